"""Light and dark themes: the widget palette and the reader's style sheet, chosen together so
highlights and links stay readable in both."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QFontDatabase, QGuiApplication, QPalette
from PySide6.QtWidgets import QApplication

from ..paths import resources_dir

THEMES = ("system", "light", "dark")


@dataclass(frozen=True)
class Colours:
    window: str
    base: str
    text: str
    muted: str
    link: str
    hit_back: str
    hit_text: str
    current_back: str
    highlight: str
    notice_back: str


LIGHT = Colours("#f4f4f2", "#ffffff", "#1d1d1f", "#5f6368", "#0b57d0", "#ffe27a", "#1d1d1f",
                "#ff9f43", "#cfe0fc", "#fff4d6")  # fmt: skip
# Dark: the current hit (white on #a35000, 5.7:1) and the grey detail line of a selected
# result (#c4c8cf on #2f4a78, 5.3:1) reach WCAG AA's 4.5:1.
DARK = Colours("#202124", "#17181a", "#e8eaed", "#c4c8cf", "#8ab4f8", "#7a5c00", "#ffffff",
               "#a35000", "#2f4a78", "#3a3220")  # fmt: skip


def load_bundled_fonts() -> list[str]:
    """Register the fonts shipped in resources/fonts so text renders on bare systems."""
    families: list[str] = []
    for path in sorted((resources_dir() / "fonts").glob("*.ttf")):
        font_id = QFontDatabase.addApplicationFont(str(path))
        if font_id >= 0:
            families += QFontDatabase.applicationFontFamilies(font_id)
    return sorted(set(families))


def resolve(theme: str) -> str:
    """'system' → 'light' or 'dark', following the desktop's colour scheme."""
    if theme in ("light", "dark"):
        return theme
    hints = QGuiApplication.styleHints()
    return "dark" if hints.colorScheme() == Qt.ColorScheme.Dark else "light"


def colours_for(theme: str) -> Colours:
    return DARK if resolve(theme) == "dark" else LIGHT


def apply_theme(app: QApplication, theme: str) -> Colours:
    colours = colours_for(theme)
    if app.style().name().lower() != "fusion":
        # The same look on every platform, and a palette it fully honours. Set once: a new
        # style object on every theme change repolishes (and has crashed on) live widgets.
        app.setStyle("Fusion")
    palette = QPalette()
    roles = {
        QPalette.ColorRole.Window: colours.window,
        QPalette.ColorRole.WindowText: colours.text,
        QPalette.ColorRole.Base: colours.base,
        QPalette.ColorRole.AlternateBase: colours.window,
        QPalette.ColorRole.Text: colours.text,
        QPalette.ColorRole.Button: colours.window,
        QPalette.ColorRole.ButtonText: colours.text,
        QPalette.ColorRole.ToolTipBase: colours.base,
        QPalette.ColorRole.ToolTipText: colours.text,
        QPalette.ColorRole.PlaceholderText: colours.muted,
        QPalette.ColorRole.Highlight: colours.highlight,
        QPalette.ColorRole.HighlightedText: colours.text,
        QPalette.ColorRole.Link: colours.link,
        QPalette.ColorRole.LinkVisited: colours.link,
    }
    for role, value in roles.items():
        palette.setColor(role, QColor(value))
    for role in (QPalette.ColorRole.WindowText, QPalette.ColorRole.Text,
                 QPalette.ColorRole.ButtonText):  # fmt: skip
        palette.setColor(QPalette.ColorGroup.Disabled, role, QColor(colours.muted))
    app.setPalette(palette)
    app.setStyleSheet(focus_css(colours))
    return colours


def focus_ring(colours: Colours) -> str:
    return "#0a3d91" if colours is LIGHT else colours.link  # darker than the light link blue


def focus_css(colours: Colours) -> str:
    """A focus ring ≥ 3:1 against the unfocused look (Fusion's own is the pale highlight
    colour, 1.0–1.4:1): the link colour, 2 px, on every focusable kind of widget."""
    ring = focus_ring(colours)
    # A frame as wide as the ring when unfocused: a border that grew on focus would not
    # re-lay out a scroll area's viewport, and only 1 px of the ring would show.
    frame = "#c4c4c4" if colours is LIGHT else "#3c4043"
    return f"""
    QAbstractScrollArea {{ border: 2px solid {frame}; }}
    QAbstractScrollArea:focus {{ border-color: {ring}; }}
    QLineEdit:focus {{ border: 2px solid {ring}; border-radius: 3px; padding: 1px 2px;
                       background: {colours.base}; }}
    QComboBox:focus {{ border: 2px solid {ring}; border-radius: 3px; padding: 1px 18px 1px 4px;
                       background: {colours.window}; color: {colours.text}; }}
    QTabBar::tab:focus {{ border: 2px solid {ring}; padding: 4px 8px; }}
    QLabel:focus, QPushButton:focus, QToolButton:focus {{ border: 2px solid {ring}; }}
    """


def reader_css(colours: Colours) -> str:
    """Qt's rich text knows no <mark>: hits are spans of class `hit` (and `current`). Urdu
    blocks (render's lang="ur") take the Naskh font first: letters of one word drawn from
    two fonts do not join."""
    return f"""
    body {{ color: {colours.text}; }}
    h1 {{ font-size: x-large; margin-bottom: 4px; }}
    h2 {{ font-size: large; margin-top: 14px; }}
    p, li {{ line-height: 140%; }}
    a {{ color: {colours.link}; }}
    .meta {{ color: {colours.muted}; }}
    .notice {{ background-color: {colours.notice_back}; }}
    .hit {{ background-color: {colours.hit_back}; color: {colours.hit_text}; }}
    .current {{ background-color: {colours.current_back}; color: {colours.hit_text};
                text-decoration: underline; font-weight: bold; }}
    .pnum {{ color: {colours.muted}; font-size: small; }}
    [lang="ur"], [lang="ar"], [lang="fa"] {{ font-family: "Noto Naskh Arabic", "DejaVu Sans"; }}
    """


def field_css(colours: Colours) -> str:
    """The search field's frame, visible on both themes (Fusion draws it darker than the
    window, which vanishes on a dark one)."""
    # A widget's own style sheet wins over the application's focus ring: repeat it here, 4 px
    # (its outer pixel replaces the grey frame, the 3 inside it the field's background) and
    # the padding less by as much, so the text does not move.
    return (f"QLineEdit {{ border: 1px solid {colours.muted}; border-radius: 3px; "
            f"padding: 3px 4px; background: {colours.base}; color: {colours.text}; }}"
            f"QLineEdit:focus {{ border: 4px solid {focus_ring(colours)}; padding: 0px 1px; }}")  # fmt: skip


def contrast(one: str, other: str) -> float:
    """WCAG 2 contrast ratio of two #rrggbb colours (1 to 21)."""

    def luminance(colour: str) -> float:
        channels = [int(colour.lstrip("#")[i : i + 2], 16) / 255 for i in (0, 2, 4)]
        r, g, b = (c / 12.92 if c <= 0.03928 else ((c + 0.055) / 1.055) ** 2.4 for c in channels)
        return 0.2126 * r + 0.7152 * g + 0.0722 * b

    high, low = sorted((luminance(one), luminance(other)), reverse=True)
    return (high + 0.05) / (low + 0.05)


def qt_marks(html_text: str) -> str:
    """Turn the core's <mark> tags into spans Qt can style."""
    return html_text.replace("<mark>", '<span class="hit">').replace("</mark>", "</span>")
