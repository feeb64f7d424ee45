"""Focus visibility, measured: each focusable widget of the real window is grabbed unfocused and
focused, in the light and the dark theme, and the pixels of its outer ring (where the focus
indicator is drawn) are compared. WCAG 2.2 asks ≥ 3:1 between the two states.

    .venv/bin/python packaging/focus_contrast.py [--json]

Prints one line per widget and theme: the median contrast over the outer 2 px ring,
the share of ring pixels at ≥ 3:1, and WCAG 2.2's focus-appearance area (pixels changing by
≥ 3:1, in units of a 2 px perimeter). Exit status 1 when an area is below 1.
"""

from __future__ import annotations

import json
import os
import statistics
import sys
import tempfile
from collections.abc import Callable
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QEventLoop, QRect, QSettings, QTimer  # noqa: E402
from PySide6.QtGui import QColor, QImage  # noqa: E402
from PySide6.QtWidgets import QApplication, QWidget  # noqa: E402

RING = 2  # px: the outer band of a widget where a border-style indicator sits
MINIMUM = 3.0


def luminance(colour: QColor) -> float:
    def channel(value: float) -> float:
        return value / 12.92 if value <= 0.04045 else ((value + 0.055) / 1.055) ** 2.4

    return (
        0.2126 * channel(colour.redF())
        + 0.7152 * channel(colour.greenF())
        + 0.0722 * channel(colour.blueF())
    )


def contrast(a: QColor, b: QColor) -> float:
    light, dark = sorted((luminance(a), luminance(b)), reverse=True)
    return (light + 0.05) / (dark + 0.05)


def changed_area(unfocused: QImage, focused: QImage, rect: QRect) -> float:
    """WCAG 2.2's focus appearance: the area that changes by ≥ 3:1, in units of the area of
    a 2 px perimeter of `rect` (≥ 1.0 passes)."""
    count = 0
    for y in range(rect.top(), rect.bottom() + 1):
        for x in range(rect.left(), rect.right() + 1):
            if contrast(unfocused.pixelColor(x, y), focused.pixelColor(x, y)) >= MINIMUM:
                count += 1
    perimeter = 2 * 2 * (rect.width() + rect.height()) - 16
    return count / perimeter


def ring_contrasts(unfocused: QImage, focused: QImage, rect: QRect) -> list[float]:
    """Per-pixel contrast between the two states over the RING-px band inside `rect`."""
    ratios = []
    for y in range(rect.top(), rect.bottom() + 1):
        for x in range(rect.left(), rect.right() + 1):
            inner = (rect.left() + RING <= x <= rect.right() - RING
                     and rect.top() + RING <= y <= rect.bottom() - RING)  # fmt: skip
            if not inner:
                ratios.append(contrast(unfocused.pixelColor(x, y), focused.pixelColor(x, y)))
    return ratios


def measure(widget: QWidget, away: QWidget, area: Callable[[], QRect] | None = None) -> dict:
    """Grab `widget` with the focus on `away`, then on itself; compare the rings."""
    app = QApplication.instance()
    away.setFocus()
    app.processEvents()
    before = widget.grab().toImage()
    widget.setFocus()
    app.processEvents()
    focused = widget.hasFocus()
    after = widget.grab().toImage()
    away.setFocus()
    app.processEvents()
    scale = before.devicePixelRatio()
    rect = area() if area is not None else widget.rect()
    rect = QRect(int(rect.x() * scale), int(rect.y() * scale),
                 int(rect.width() * scale), int(rect.height() * scale))  # fmt: skip
    rect = rect.intersected(before.rect()).intersected(after.rect())
    ratios = ring_contrasts(before, after, rect)
    return {
        "median": round(statistics.median(ratios), 2),
        "share_3to1": round(sum(r >= MINIMUM for r in ratios) / len(ratios), 2),
        "area_3to1": round(changed_area(before, after, rect), 3),
        "took_focus": focused,
    }


def focusables(window) -> dict[str, tuple[QWidget, Callable[[], QRect] | None]]:  # type: ignore[no-untyped-def]
    """Every kind of focusable widget a person meets, by a short name."""
    tabs = window.sidebar.tabs.tabBar()
    return {
        "search field": (window.search_field, None),
        "source filter": (window.search_pane.source_filter, None),
        "topic filter": (window.search_pane.topic_filter, None),
        "results list": (window.search_pane.list, None),
        "library tabs": (tabs, lambda: tabs.tabRect(tabs.currentIndex())),
        "articles list": (window.sidebar.views["article"], None),
        "library filter": (window.sidebar.filter, None),
        "reader": (window.reader, None),
    }


def run() -> list[dict]:
    from pakru_desktop.db.library import Library
    from pakru_desktop.pipeline.bootstrap import load_variants
    from pakru_desktop.pipeline.importing import sync_seeds
    from pakru_desktop.ui.application import make_application
    from pakru_desktop.ui.main_window import MainWindow

    app = make_application()
    folder = Path(tempfile.mkdtemp(prefix="focus-contrast-"))
    library = Library(folder / "library.sqlite3")
    sync_seeds(library, Path(__file__).resolve().parents[1] / "seeds")
    settings = QSettings(str(folder / "settings.ini"), QSettings.Format.IniFormat)
    window = MainWindow(library, load_variants(), settings)
    window.resize(1300, 800)
    window.show()
    window.activateWindow()
    app.processEvents()
    loop = QEventLoop()
    window.search_pane.resultsShown.connect(lambda _result: loop.quit())
    QTimer.singleShot(20_000, loop.quit)
    window.search_field.setText("pipeline")  # the results list is measured with rows in it
    loop.exec()
    rows = []
    for theme_name in ("light", "dark"):
        window.apply_theme(theme_name)
        app.processEvents()
        for name, (widget, area) in focusables(window).items():
            away = window.reader if widget is not window.reader else window.search_field
            figures = measure(widget, away, area)
            rows.append({"theme": theme_name, "widget": name, **figures})
    window.close()
    library.close()
    return rows


def main() -> int:
    rows = run()
    if "--json" in sys.argv:
        print(json.dumps(rows, indent=1))
    else:
        for row in rows:
            print(f"{row['theme']:5}  {row['widget']:15}  median {row['median']:5.2f}:1  "
                  f"ring ≥3:1 {row['share_3to1']:.0%}  area ≥3:1 {row['area_3to1']:.2f}×")  # fmt: skip
    return 0 if all(row["area_3to1"] >= 1.0 for row in rows) else 1


if __name__ == "__main__":
    sys.exit(main())
