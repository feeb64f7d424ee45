"""What screen-reader and keyboard-only users get: names and descriptions Qt cannot guess,
documents with a caret, spoken announcements, F6 pane cycling and keyboard pane resizing.

Kept in one module wired by a few lines in the main window, so the panes stay about what they
show. On Linux all of this reaches Orca through Qt's AT-SPI bridge; tests/test_accessibility.py
walks that tree from a separate process."""

from __future__ import annotations

import html
import re
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt, Signal
from PySide6.QtGui import QAccessible, QAccessibleAnnouncementEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QAbstractScrollArea,
    QComboBox,
    QLabel,
    QLineEdit,
    QMenu,
    QMenuBar,
    QPushButton,
    QScrollBar,
    QSizeGrip,
    QSplitter,
    QTextBrowser,
    QToolBar,
    QToolButton,
    QWidget,
)

from ..model import Hit, ImportReport
from ..render import article as render
from . import i18n
from .document_accessible import expose_parts

if TYPE_CHECKING:
    from .main_window import MainWindow

_TAG = re.compile(r"<[^>]+>")
# A caret the arrow keys move (and AT-SPI reports), links reachable by Tab and Enter.
DOCUMENT_FLAGS = (
    Qt.TextInteractionFlag.TextBrowserInteraction | Qt.TextInteractionFlag.TextSelectableByKeyboard
)
PANE_STEP = 40  # pixels a pane grows or shrinks per Alt+Shift+Left/Right
# What is spoken, in the interface's language; counted words say "problems found: 2" rather
# than need plural forms (lupdate reads those from self.tr only).
translate = QCoreApplication.translate


def plain(html_text: str) -> str:
    """Rich text as a screen reader should speak it: no tags, entities decoded."""
    return " ".join(html.unescape(_TAG.sub(" ", html_text)).split())


def result_row_text(hit: Hit, source: str, date: str) -> str:
    """One results row read aloud: title, source, date, paragraph, then the snippet."""
    more = translate("Accessibility", ", %1 more in this article") if hit.more_hits else ""
    where = i18n.arg(translate("Accessibility", "%1 — %2, %3, paragraph %4"),
                     plain(hit.title_html or hit.title), source, date, i18n.number(hit.paragraph))  # fmt: skip
    return f"{where}{i18n.arg(more, i18n.number(hit.more_hits))}: {plain(hit.snippet)}"


def import_text(report: ImportReport | None) -> str:
    if report is None:
        return translate("Accessibility", "The import was cancelled or failed; the library is as it was.")  # fmt: skip
    counts = (i18n.number(len(files)) for files in (report.imported, report.skipped, report.failed))
    return i18n.arg(translate("Accessibility", "Import finished: %1 imported, %2 skipped, %3 failed."), *counts)  # fmt: skip


def verify_text(problems: list[str] | None) -> str:
    if problems is None:
        return translate("Accessibility", "Verification cancelled.")
    if not problems:
        return translate("Accessibility", "Verification finished: the library is sound.")
    found = translate("Accessibility", "Verification finished: %1 problem(s) found.")
    return i18n.arg(found, i18n.number(len(problems)))


class Announcer(QObject):
    """Speaks a line through the platform's accessibility API (AT-SPI's Announcement event on
    Linux): a screen reader says it without the focus moving. `announced` lets tests see it."""

    announced = Signal(str)

    def __init__(self, source: QWidget) -> None:
        super().__init__(source)
        self.source = source
        self.last = ""

    def say(self, text: str, assertive: bool = False) -> None:
        if not text:
            return
        self.last = text
        event = QAccessibleAnnouncementEvent(self.source, text)
        if assertive:
            event.setPoliteness(QAccessible.AnnouncementPoliteness.Assertive)
        QAccessible.updateAccessibility(event)
        self.announced.emit(text)


class WindowAccessibility(QObject):
    """Installs names, documents, announcements and pane keys on the main window."""

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window = window
        self.announcer = Announcer(window)
        self._name_controls()
        self._make_documents()
        self._pane_keys()
        pane = window.search_pane
        pane.resultsShown.connect(self._results_shown)
        window.reader.hitChanged.connect(self._hit_changed)
        window.importFinished.connect(lambda report: self.announcer.say(import_text(report)))
        window.verifier.finished.connect(lambda problems: self.announcer.say(verify_text(problems)))
        window.knowledge.sheetShown.connect(
            lambda _slug, facts: self.announcer.say(
                self.tr("Fact sheet shown: %Ln fact(s).", "", facts)
            )
        )
        window.knowledge.timelineShown.connect(
            lambda _slug, entries: self.announcer.say(
                self.tr("Timeline shown: %Ln dated fact(s).", "", entries)
            )
        )

    # -- names -----------------------------------------------------------------------------

    def _name_controls(self) -> None:
        w = self.window
        pane = w.search_pane
        # On Linux Qt names a combo box by its current value; the label it is the buddy of
        # (AT-SPI "labelled by") says what it filters, and gives it an Alt key.
        _label_before(pane.source_filter, self.tr("&Source"), self.tr("Source filter"))
        _label_before(pane.topic_filter, self.tr("T&opic"), self.tr("Topic filter"))
        _label_before(w.timeline.topic_filter, self.tr("Topic"), self.tr("Timeline topic filter"))
        _label_before(pane.sort, self.tr("So&rt"), self.tr("Sort results"))
        pane.status.setAccessibleName(self.tr("Search status"))
        # "Did you mean" is a link in the status line: Tab reaches it, Enter follows it.
        pane.status.setTextInteractionFlags(Qt.TextInteractionFlag.TextBrowserInteraction)
        self._link_on_focus = LinkOnFocus(pane.status)
        _name_suggestion(pane.suggestion)
        pane.list.setAccessibleDescription(
            self.tr("Enter opens the selected result at its paragraph")
        )
        w.search_field.setAccessibleDescription(
            self.tr("Results appear as you type. Shortcut: Ctrl+K")
        )
        w.hit_label.setAccessibleName(self.tr("Hit position"))
        w.sidebar.filter.setAccessibleDescription(
            self.tr("Narrows the articles, topics and sources")
        )
        w.sidebar.tabs.tabBar().setAccessibleName(self.tr("Library sections"))
        # The tab widget is no stop of its own (its tab bar is); NoFocus is passed down to
        # the bar, so give that its Tab focus back.
        w.sidebar.tabs.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        w.sidebar.tabs.tabBar().setFocusPolicy(Qt.FocusPolicy.TabFocus)
        w.timeline.count_label.setAccessibleName(self.tr("Dated facts shown"))
        chart = w.timeline.chart
        # The picture repeats the list below it: presentational, and the focus skips to the list.
        chart.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        chart.setAccessibleDescription(
            self.tr("A picture of the entries in the timeline list below")
        )
        w.timeline.scroll.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        for combo in w.findChildren(QComboBox):  # every list that drops down, named for its box
            combo.view().setAccessibleName(i18n.arg(self.tr("%1 choices"), combo.accessibleName()))
        for combo in (pane.source_filter, pane.topic_filter, w.timeline.topic_filter):
            # Room for the labels on small screens: a filter may elide its longest choice.
            combo.setSizeAdjustPolicy(
                QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
            )
            combo.setMinimumContentsLength(5)
        for button in w.sidebar.tabs.tabBar().findChildren(QToolButton):
            button.setAccessibleName(self.tr("Scroll the library sections"))
        for toolbar in w.findChildren(QToolBar):
            toolbar.setAccessibleName(toolbar.windowTitle() or self.tr("Toolbar"))
            for action in toolbar.actions():
                button = toolbar.widgetForAction(action)
                keys = action.shortcut().toString(QKeySequence.SequenceFormat.PortableText)
                if button is not None and not isinstance(button, QLabel) and action.text():
                    button.setAccessibleName(action.text().replace("&", ""))
                    if keys:
                        button.setAccessibleDescription(i18n.arg(self.tr("Shortcut: %1"), keys))
                        action.setToolTip(f"{action.text().replace('&', '')} ({keys})")

        _name_hidden_parts(w)

    def _make_documents(self) -> None:
        w = self.window
        for browser, description in (
            (
                w.reader,
                self.tr("The article. Arrow keys move the reading position; Tab moves to links"),
            ),
            (w.factsheet, self.tr("The topic's facts; each citation is a link to its article")),
            (w.timeline.list, self.tr("Every dated fact, in order; each citation is a link")),
        ):
            browser.setTextInteractionFlags(DOCUMENT_FLAGS)
            expose_parts(browser)  # links and headings as objects of their own
            browser.setAccessibleDescription(description)
        for view in w.findChildren(QAbstractItemView):
            view.setTabKeyNavigation(False)  # Tab leaves a list: no focus trap

    # -- announcements ---------------------------------------------------------------------

    def _results_shown(self, result) -> None:  # type: ignore[no-untyped-def]
        """Give each row its full spoken text, then say how many articles were found."""
        pane = self.window.search_pane
        for row in range(pane.model.rowCount()):
            item = pane.model.item(row)
            hit = pane.model.index(row, 0).data(Qt.ItemDataRole.UserRole + 2)
            article = self.window.library.article(hit.article_id) if hit is not None else None
            if item is not None and hit is not None:
                source = i18n.source_name(article.source if article else "")
                date = render.date_label(article) if article else self.tr("undated")
                item.setData(result_row_text(hit, source, date), Qt.ItemDataRole.AccessibleTextRole)
        _name_suggestion(pane.suggestion)
        if not result.query:
            return
        query = result.query.strip()
        text = i18n.arg(
            self.tr("about %Ln article(s) found for %1.", "", result.total)
            if result.total_is_estimate
            else self.tr("%Ln article(s) found for %1.", "", result.total),
            query,
        )
        if result.suggestion:
            said = self.tr(" Did you mean %1? Down, then Enter, uses it.")
            text += i18n.arg(said, result.suggestion)
        if result.notice:
            text += f" {result.notice}"
        self.announcer.say(text)

    def _hit_changed(self, current: int, count: int) -> None:
        if count:
            self.announcer.say(
                i18n.arg(self.tr("%1 of %2 hits"), i18n.number(current), i18n.number(count))
            )

    # -- keyboard --------------------------------------------------------------------------

    def _pane_keys(self) -> None:
        w = self.window
        # F6 / Shift+F6 are the window's Next/Previous Pane actions: say where they landed.
        for action in (w.act_next_pane, w.act_prev_pane):
            action.triggered.connect(self._say_pane)
        for keys, slot in (
            ("Alt+Shift+Right", lambda: self.resize_pane(+PANE_STEP)),
            ("Alt+Shift+Left", lambda: self.resize_pane(-PANE_STEP)),
        ):
            shortcut = QShortcut(QKeySequence(keys), w)
            shortcut.setContext(Qt.ShortcutContext.WindowShortcut)
            shortcut.activated.connect(slot)

    def _say_pane(self) -> None:
        focused = self.window.focusWidget()
        if focused is not None and focused.accessibleName():
            self.announcer.say(i18n.arg(self.tr("%1 pane"), focused.accessibleName()))

    def resize_pane(self, pixels: int) -> None:
        """Alt+Shift+Right / Left: move the focused pane's right edge (the splitter handle)."""
        splitter = self.window.splitter
        focused = self.window.focusWidget()
        sizes = splitter.sizes()
        for number in range(splitter.count()):
            pane = splitter.widget(number)
            if focused is not None and pane.isAncestorOf(focused):
                other = number + 1 if number + 1 < len(sizes) else number - 1
                pixels = pixels if other > number else -pixels
                moved = max(-sizes[number] + 60, min(pixels, sizes[other] - 60))
                sizes[number] += moved
                sizes[other] -= moved
                splitter.setSizes(sizes)
                width = i18n.number(splitter.sizes()[number])
                self.announcer.say(i18n.arg(self.tr("Pane width %1 pixels"), width))
                return


class LinkOnFocus(QObject):
    """A label reached by Tab puts its (first) link under the keyboard at once: Enter follows
    it, and the next Tab leaves (Qt would first stop on the label, then on the link)."""

    def __init__(self, label: QLabel) -> None:
        super().__init__(label)
        label.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt's name
        if (
            event.type() == QEvent.Type.FocusIn
            and isinstance(watched, QLabel)
            and "<a " in watched.text()
            and not watched.hasSelectedText()
        ):
            watched.focusNextPrevChild(True)
        return False


def _name_hidden_parts(window: QWidget) -> None:
    """The parts Qt makes and leaves nameless — a field's clear button, the toolbar's
    overflow button, menus, scroll bars, splitter handles, the size grip: a screen reader
    lists them (hidden ones too) and reads an unnamed one as "button"."""
    for field in window.findChildren(QLineEdit):
        for button in field.findChildren(QToolButton):  # the clear button (clearButtonEnabled)
            name = field.accessibleName() or field.placeholderText()
            button.setAccessibleName(i18n.arg(translate("Accessibility", "Clear %1"), name))
    for toolbar in window.findChildren(QToolBar):
        for button in toolbar.findChildren(QToolButton):
            if not button.accessibleName() and button.defaultAction() is None:
                button.setAccessibleName(translate("Accessibility", "More toolbar buttons"))
    for menu in window.findChildren(QMenu):
        menu.setAccessibleName(menu.title().replace("&", "") or translate("Accessibility", "Menu"))
    for bar in window.findChildren(QMenuBar):
        bar.setAccessibleName(translate("Accessibility", "Menu bar"))
    for area in window.findChildren(QAbstractScrollArea):
        for bar, name in (
            (area.verticalScrollBar(), translate("Accessibility", "Scroll %1 up or down")),
            (area.horizontalScrollBar(), translate("Accessibility", "Scroll %1 sideways")),
        ):
            bar.setAccessibleName(i18n.arg(name, area.accessibleName() or area.windowTitle()))
    for bar in window.findChildren(QScrollBar):
        if not bar.accessibleName():
            bar.setAccessibleName(translate("Accessibility", "Scroll bar"))
    for splitter in window.findChildren(QSplitter):
        for number in range(splitter.count()):
            splitter.handle(number).setAccessibleName(
                translate("Accessibility", "Resize the panes")
            )
    for grip in window.findChildren(QSizeGrip):
        grip.setAccessibleName(translate("Accessibility", "Resize the window"))


def _name_suggestion(button: QPushButton) -> None:
    """The 'did you mean' button is named by its text; hidden and empty it still needs one."""
    empty = QCoreApplication.translate("Accessibility", "Did you mean: no suggestion")
    button.setAccessibleName(button.text() or empty)


def _label_before(field: QWidget, text: str, name: str) -> QLabel:
    """A visible label whose buddy is `field`, put just before it in its layout."""
    label = QLabel(text)
    label.setAccessibleName(name)
    label.setBuddy(field)
    parent = field.parentWidget()
    layout = _layout_holding(parent.layout(), field) if parent is not None else None
    if layout is not None:
        layout.insertWidget(layout.indexOf(field), label)
    return label


def _layout_holding(layout, field: QWidget):  # type: ignore[no-untyped-def]
    if layout is None:
        return None
    if layout.indexOf(field) >= 0:
        return layout
    for number in range(layout.count()):
        found = _layout_holding(layout.itemAt(number).layout(), field)
        if found is not None:
            return found
    return None


def is_document(widget: QWidget) -> bool:
    return isinstance(widget, QTextBrowser) and bool(
        widget.textInteractionFlags() & Qt.TextInteractionFlag.TextSelectableByKeyboard
    )
