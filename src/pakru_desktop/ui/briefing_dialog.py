"""Notes → Briefing Pack…: choose topics, bookmarks and notes; one PDF, HTML and Markdown
document is written (render/briefing.py), with a cover saying who prepared it and when."""

from __future__ import annotations

import getpass
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
)

from . import i18n

if TYPE_CHECKING:
    from .workbench import Workbench

ROLE = Qt.ItemDataRole.UserRole + 21


class BriefingDialog(QDialog):
    written = Signal(list)  # the files written

    def __init__(self, bench: Workbench) -> None:
        super().__init__(bench.window)
        self.bench = bench
        window = bench.window
        self.setWindowTitle(self.tr("Briefing Pack"))
        self.setAccessibleName(self.tr("Make a briefing pack"))
        settings = window.settings
        self.title = QLineEdit(str(settings.value("briefing_title", self.tr("Briefing pack"))))
        self.author = QLineEdit(str(settings.value("briefing_author", _user_name())))
        self.today = date.today().isoformat()
        folder = Path(str(settings.value("briefing_folder", str(Path.home()))))
        self.target = QLineEdit(str(folder / f"briefing-{self.today}"))
        browse = QPushButton(self.tr("&Browse…"))
        browse.setAccessibleName(self.tr("Choose where to save the pack"))
        browse.clicked.connect(self._browse)
        self.lists: dict[str, QListWidget] = {}
        for kind, name in (("topic", self.tr("Fact sheets")), ("bookmark", self.tr("Bookmarks")),
                           ("note", self.tr("Notes and highlights"))):  # fmt: skip
            view = QListWidget()
            view.setAccessibleName(name)
            self.lists[kind] = view
        shown = window.factsheet.topic.slug if window.factsheet.topic is not None else ""
        for topic in window.topics:
            self._item("topic", topic.title, topic.slug, topic.slug == shown)
        for mark in bench.store.all():
            kind = "bookmark" if mark.kind == "bookmark" else "note"
            words = (mark.body or mark.quote).splitlines()
            text = f"{words[0][:80]} — {mark.title}" if words else mark.title
            self._item(kind, text, str(mark.id), True)
        self.formats = {kind: QCheckBox(label) for kind, label in
                        (("pdf", "&PDF"), ("html", "&HTML"), ("md", "&Markdown"))}  # fmt: skip
        form = QFormLayout()
        for label, widget, name in ((self.tr("&Title:"), self.title, self.tr("Title")),
                                    (self.tr("Prepared &by:"), self.author, self.tr("Prepared by"))):  # fmt: skip
            widget.setAccessibleName(name)
            form.addRow(label, widget)
        form.addRow(self.tr("Date:"), QLabel(i18n.date_text(self.today)))
        where = QHBoxLayout()
        self.target.setAccessibleName(self.tr("Save the pack as"))
        where.addWidget(self.target, 1)
        where.addWidget(browse)
        save_as = QLabel(self.tr("&Save as:"))
        save_as.setBuddy(self.target)  # Alt+S reaches the field (a row of a layout has none)
        form.addRow(save_as, where)
        kinds = QHBoxLayout()
        for box in self.formats.values():
            box.setChecked(True)
            kinds.addWidget(box)
        form.addRow(self.tr("Formats:"), kinds)
        columns = QHBoxLayout()
        for view in self.lists.values():
            column = QVBoxLayout()
            column.addWidget(QLabel(view.accessibleName()))
            column.addWidget(view)
            columns.addLayout(column)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.create = buttons.addButton(
            self.tr("&Create Pack"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.create.setAccessibleName(self.tr("Create the briefing pack"))
        buttons.accepted.connect(self._create)
        buttons.rejected.connect(self.reject)
        self.status = QLabel("")
        self.status.setWordWrap(True)
        self.status.setAccessibleName(self.tr("Briefing pack status"))
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addLayout(columns, 1)
        layout.addWidget(self.status)
        layout.addWidget(buttons)
        self.resize(760, 520)

    def _item(self, kind: str, text: str, key: str, checked: bool) -> None:
        item = QListWidgetItem(text)
        item.setData(ROLE, key)
        item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
        item.setCheckState(Qt.CheckState.Checked if checked else Qt.CheckState.Unchecked)
        self.lists[kind].addItem(item)

    def chosen(self, kind: str) -> list[str]:
        view = self.lists[kind]
        return [view.item(n).data(ROLE) for n in range(view.count())
                if view.item(n).checkState() == Qt.CheckState.Checked]  # fmt: skip

    def _browse(self) -> None:
        path, _ = QFileDialog.getSaveFileName(self, self.windowTitle(), self.target.text())
        if path:
            self.target.setText(str(Path(path).with_suffix("")))

    def _create(self) -> None:
        written = self.write()
        if written:
            self.bench.window.statusBar().showMessage(
                i18n.arg(self.tr("Briefing pack written: %1"), ", ".join(p.name for p in written)),
                10000)  # fmt: skip
            self.written.emit(written)
            self.accept()

    def write(self) -> list[Path]:
        """Build the pack from what is chosen and write each format asked for."""
        from ..knowledge.sheet import build_sheet
        from ..knowledge.topics import find_topic
        from ..render.briefing import briefing_html, briefing_markdown, gather
        from ..render.export import ExportError
        from .pdf import html_to_pdf as write_pdf  # the shell writes PDFs (Qt text engine)

        window = self.bench.window
        base = Path(self.target.text().strip()).expanduser()
        if not base.name or not base.parent.is_dir():
            self.status.setText(self.tr("Choose a file in an existing folder."))
            return []
        library = window.library
        library.ensure_facts()
        sheets = []
        for slug in self.chosen("topic"):
            topic = find_topic(window.topics, slug)
            if topic is not None:
                expression = window.engine.topic_expression(topic)
                sheets.append(build_sheet(library.conn, library.knowledge, topic, expression))
        ids = {int(key) for key in self.chosen("bookmark") + self.chosen("note")}
        marks = [m for m in self.bench.store.all() if m.id in ids]
        title = self.title.text().strip() or self.tr("Briefing pack")
        briefing = gather(library, title, self.author.text().strip(), self.today, sheets, marks)
        written: list[Path] = []
        try:
            page = briefing_html(briefing)
            for kind, box in self.formats.items():
                if not box.isChecked():
                    continue
                path = base.with_name(base.name + f".{kind}")
                if kind == "pdf":
                    write_pdf(page, path, title)
                else:
                    text = page if kind == "html" else briefing_markdown(briefing)
                    temporary = path.with_name(path.name + ".part")
                    temporary.write_text(text, encoding="utf-8")
                    temporary.replace(path)
                written.append(path)
        except (OSError, ExportError) as error:
            self.status.setText(i18n.arg(self.tr("Could not write the pack: %1"), str(error)))
            return []
        settings = window.settings
        settings.setValue("briefing_title", title)
        settings.setValue("briefing_author", self.author.text().strip())
        settings.setValue("briefing_folder", str(base.parent))
        return written


def _user_name() -> str:
    try:
        return getpass.getuser()
    except (OSError, KeyError):
        return ""
