"""Links and headings of our documents as AT-SPI objects a screen reader can list and visit.

Qt exposes a QTextBrowser as one text object: its citations and headings are only styling
inside it. A factory gives each document's viewport an accessible with one child per link
(role Link, named by its text, e.g. "[S2 ¶7]") and per heading (role Heading), placed where
they are drawn. The text object itself (caret, selection) stays Qt's own.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QRect
from PySide6.QtGui import QAccessible, QAccessibleInterface, QTextCursor
from PySide6.QtWidgets import QAccessibleWidget, QTextBrowser, QWidget

from . import i18n

translate = QCoreApplication.translate  # lupdate reads translate("DocumentAccessible", …)

VIEWPORT = "qt_scrollarea_viewport"
_installed = False


def document_parts(browser: QTextBrowser) -> list[tuple[str, int, int, str, int]]:
    """(kind, start, end, text, heading level) for every link and heading, in reading order."""
    parts: list[tuple[str, int, int, str, int]] = []
    block = browser.document().begin()
    while block.isValid():
        level = block.blockFormat().headingLevel()
        if level > 0 and block.text().strip():
            parts.append(("heading", block.position(), block.position() + block.length() - 1,
                          block.text().strip(), level))  # fmt: skip
        iterator = block.begin()
        while not iterator.atEnd():
            fragment = iterator.fragment()
            href = fragment.charFormat().anchorHref() if fragment.isValid() else ""
            if href:
                start, end = fragment.position(), fragment.position() + fragment.length()
                last = parts[-1] if parts else None
                if last and last[0] == "link" and last[2] == start and last[4] == hash(href):
                    parts[-1] = ("link", last[1], end, last[3] + fragment.text(), last[4])
                else:
                    parts.append(("link", start, end, fragment.text(), hash(href)))
            iterator += 1
        block = block.next()
    return [(k, s, e, " ".join(t.split()), lv if k == "heading" else 0) for k, s, e, t, lv in parts]


class _Part(QAccessibleInterface):
    """One link or heading: no QObject of its own, kept alive by its viewport's accessible."""

    def __init__(self, owner: ViewportAccessible, kind: str, start: int, end: int, text: str,
                 level: int) -> None:  # fmt: skip
        super().__init__()
        self.owner, self.kind, self.start, self.end = owner, kind, start, end
        self.label, self.level = text, level

    def isValid(self) -> bool:  # noqa: N802 - Qt's names from here on
        return self.owner.isValid()

    def object(self):  # type: ignore[no-untyped-def]
        return None

    def window(self):  # type: ignore[no-untyped-def]
        return self.owner.window()

    def childAt(self, x: int, y: int):  # type: ignore[no-untyped-def]  # noqa: N802
        return None

    def child(self, index: int):  # type: ignore[no-untyped-def]
        return None

    def childCount(self) -> int:  # noqa: N802
        return 0

    def indexOfChild(self, child) -> int:  # type: ignore[no-untyped-def]  # noqa: N802
        return -1

    def parent(self):  # type: ignore[no-untyped-def]
        return self.owner

    def text(self, kind: QAccessible.Text) -> str:
        if kind == QAccessible.Text.Name:
            return self.label
        if kind == QAccessible.Text.Description and self.kind == "link":
            return QCoreApplication.translate(
                "Accessibility",
                "Citation: Tab to it in the document and press Enter to open the article",
            )
        return ""

    def setText(self, kind: QAccessible.Text, text: str) -> None:  # noqa: N802
        return None

    def rect(self) -> QRect:
        browser = self.owner.browser
        cursor = QTextCursor(browser.document())
        cursor.setPosition(self.start)
        first = browser.cursorRect(cursor)
        cursor.setPosition(self.end)
        area = first.united(browser.cursorRect(cursor))
        viewport = browser.viewport()
        return QRect(viewport.mapToGlobal(area.topLeft()), area.size())

    def role(self) -> QAccessible.Role:
        return QAccessible.Role.Link if self.kind == "link" else QAccessible.Role.Heading

    def state(self) -> QAccessible.State:
        state = QAccessible.State()
        state.linked = self.kind == "link"
        state.readOnly = True
        return state


class ViewportAccessible(QAccessibleWidget):
    def __init__(self, viewport: QWidget, browser: QTextBrowser) -> None:
        super().__init__(viewport, QAccessible.Role.Document)
        self.browser = browser
        self._revision = -1
        self._parts: list[_Part] = []
        self._kept: dict[tuple, _Part] = {}  # Qt holds the pointers it was given: keep them

    def parts(self) -> list[_Part]:
        revision = self.browser.document().revision()
        if revision != self._revision:
            self._revision = revision
            self._parts = []
            for found in document_parts(self.browser):
                part = self._kept.get(found)
                if part is None:
                    part = self._kept[found] = _Part(self, *found)
                self._parts.append(part)
        return self._parts

    def childCount(self) -> int:  # noqa: N802 - Qt's name
        return len(self.parts())

    def child(self, index: int):  # type: ignore[no-untyped-def]
        parts = self.parts()
        return parts[index] if 0 <= index < len(parts) else None

    def indexOfChild(self, child) -> int:  # type: ignore[no-untyped-def]  # noqa: N802
        for number, part in enumerate(self.parts()):
            if part is child:
                return number
        return -1

    def text(self, kind: QAccessible.Text) -> str:
        if kind == QAccessible.Text.Name:
            name = translate("DocumentAccessible", "%1: links and headings")
            return i18n.arg(name, self.browser.accessibleName())
        return super().text(kind)


def _factory(key: str, obj):  # type: ignore[no-untyped-def]
    if not isinstance(obj, QWidget) or obj.objectName() != VIEWPORT:
        return None
    browser = obj.parent()
    if isinstance(browser, QTextBrowser) and browser.property("pakru_document"):
        return ViewportAccessible(obj, browser)
    return None


def expose_parts(browser: QTextBrowser) -> None:
    """Give `browser`'s links and headings accessible objects of their own."""
    global _installed
    browser.setProperty("pakru_document", True)
    if not _installed:
        QAccessible.installFactory(_factory)
        _installed = True
