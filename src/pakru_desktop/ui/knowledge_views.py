"""The fact sheets and the timeline in the main window: what is shown, reloading after an
import, and exporting a sheet (Markdown, HTML, PDF)."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QFileDialog, QWidget

from ..knowledge.topics import Topic
from . import i18n
from .factsheet_pane import FactSheetPane
from .timeline_pane import TimelinePane
from .workers import BackgroundWork

if TYPE_CHECKING:
    from ..knowledge.sheet import FactSheet

EXPORT_FILTERS = {"Markdown (*.md)": "md", "HTML (*.html)": "html", "PDF (*.pdf)": "pdf"}


class KnowledgeViews(QObject):
    sheetShown = Signal(str, int)  # slug, number of facts
    timelineShown = Signal(str, int)  # slug or "", number of entries
    message = Signal(str)

    def __init__(self, work: BackgroundWork, topics: list[Topic], sheet_pane: FactSheetPane,
                 timeline_pane: TimelinePane, parent: QWidget) -> None:  # fmt: skip
        super().__init__(parent)
        self.work = work
        self.topics = topics
        self.sheet_pane = sheet_pane
        self.timeline_pane = timeline_pane
        self.window = parent
        self.css = ""
        timeline_pane.set_topics(topics)
        work.topicLoaded.connect(self._sheet_loaded)
        work.timelineLoaded.connect(self._timeline_loaded)
        timeline_pane.topicChosen.connect(self.load_timeline)

    def set_show_commentary(self, on: bool) -> None:
        """Commentary (opinion with no actor doing anything concrete) is left off the sheets
        unless the reader asks for it; the choice is remembered and applies to exports."""
        self.window.settings.setValue("show_commentary", "true" if on else "false")
        self.sheet_pane.set_show_commentary(on)

    def load_sheet(self, topic: Topic) -> None:
        self.sheet_pane.show_loading(topic)
        self.work.load_topic(topic.slug)

    def load_timeline(self, slug: str) -> None:
        self.timeline_pane.show_loading(slug)
        self.work.load_timeline(slug)

    def reload(self) -> None:
        """After an import: whatever sheet or timeline is open shows the new facts."""
        if self.sheet_pane.topic is not None:
            self.work.load_topic(self.sheet_pane.topic.slug)
        if self.timeline_pane.chart.entries or self.timeline_pane.slug:
            self.work.load_timeline(self.timeline_pane.slug)

    def _sheet_loaded(self, slug: str, sheet: FactSheet, sheet_html: str) -> None:
        topic = self.sheet_pane.topic
        if topic is not None and topic.slug == slug:
            self.sheet_pane.show_sheet(topic, sheet, sheet_html)
            self.sheetShown.emit(slug, len(sheet.facts))

    def _timeline_loaded(self, slug: str, entries: list, list_html: str) -> None:
        if slug == self.timeline_pane.slug:
            self.timeline_pane.show_entries(slug, entries, list_html, self.css)
            self.timelineShown.emit(slug, len(entries))

    # -- export ----------------------------------------------------------------------------

    def export_sheet(self, path: Path, kind: str) -> bool:
        sheet = self.sheet_pane.sheet
        if sheet is None:
            return False
        from ..render.export import ExportError, write_sheet
        from .pdf import html_to_pdf

        try:
            write_sheet(sheet, path, kind,  # type: ignore[arg-type]
                        show_commentary=self.sheet_pane.show_commentary,
                        language=i18n.language(),
                        pdf_writer=html_to_pdf)  # fmt: skip
        except ExportError as error:
            self.message.emit(str(error))
            return False
        except OSError as error:
            reason = error.strerror or str(error)
            self.message.emit(i18n.arg(self.tr("Could not write %1: %2"), path, reason))
            return False
        self.message.emit(i18n.arg(self.tr("Saved %1"), path))
        return True

    def export_sheet_dialog(self) -> None:
        topic = self.sheet_pane.topic
        if topic is None or self.sheet_pane.sheet is None:
            self.message.emit(self.tr("Open a topic's fact sheet first."))
            return
        suggested = str(Path.home() / f"{topic.slug}-fact-sheet.md")
        path, chosen = QFileDialog.getSaveFileName(
            self.window, self.tr("Export Fact Sheet"), suggested, ";;".join(EXPORT_FILTERS)
        )
        if not path:
            return
        target = Path(path)
        typed = target.suffix.lower().lstrip(".")
        # A typed extension chooses the format (trade.html is HTML); the filter is the fallback.
        kind = typed if typed in EXPORT_FILTERS.values() else EXPORT_FILTERS.get(chosen, "md")
        if typed != kind:
            target = target.with_suffix(f".{kind}")
        self.export_sheet(target, kind)
