"""File → Edit Topics…: a library's own topics — name, keywords, required entities and the
introduction — with a preview of the articles the keywords take. Saving stores the topic file
in the library (pipeline/curation.py, where every statement is found again) and shows the
library anew, its sidebar and sheets with the changed topics."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QPlainTextEdit,
)

from ..knowledge.topics import Topic, topic_articles
from ..pipeline.curation import CurationError, add_topic_text
from ..search.engine import SearchEngine
from . import i18n

if TYPE_CHECKING:
    from .main_window import MainWindow

translate = QCoreApplication.translate  # lupdate reads translate("TopicEditor", …)


def _items(text: str) -> list[str]:
    """`gas, "gas pipeline", LNG` → ['gas', '"gas pipeline"', 'LNG']."""
    return [item.strip() for item in re.findall(r'"[^"]*"|[^,]+', text) if item.strip()]


def topic_file(slug: str, title: str, order: int, keywords: list[str], requires: list[str],
               introduction: str) -> str:  # fmt: skip
    """A topic file's text, as resources/topics/*.md are written."""
    lines = ["---", f"slug: {slug}", f"title: {title}", f"order: {order}",
             f"keywords: [{', '.join(keywords)}]"]  # fmt: skip
    if requires:
        lines.append(f"requires: [{', '.join(requires)}]")
    return "\n".join([*lines, "---", introduction.strip(), ""])


class TopicEditor(QDialog):
    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window_ = window
        self.engine = SearchEngine(window.library.conn, window.library.knowledge.variants)
        self.setWindowTitle(translate("TopicEditor", "Edit Topics"))
        self.setObjectName("topic-editor")
        form = QFormLayout(self)
        self.choice = QComboBox(accessibleName=translate("TopicEditor", "Topic"))
        self.choice.addItem(translate("TopicEditor", "New topic"), "")
        for topic in window.topics:
            self.choice.addItem(topic.title, topic.slug)
        self.name = QLineEdit(objectName="topic-name")
        self.keywords = QLineEdit(objectName="topic-keywords")
        self.requires = QLineEdit(objectName="topic-requires")
        self.introduction = QPlainTextEdit(objectName="topic-introduction")
        self.preview = QListWidget(objectName="topic-preview")
        self.preview.setAccessibleName(translate("TopicEditor", "Articles the topic takes"))
        self.count = QLabel("")
        for label, widget in ((translate("TopicEditor", "&Topic:"), self.choice),
                              (translate("TopicEditor", "&Name:"), self.name),
                              (translate("TopicEditor", "&Keywords (comma-separated):"), self.keywords),
                              (translate("TopicEditor", "&Required entities:"), self.requires),
                              (translate("TopicEditor", "&Introduction:"), self.introduction),
                              (self.count, self.preview)):  # fmt: skip
            if not isinstance(label, QLabel):
                widget.setAccessibleName(label.replace("&", "").rstrip(":"))
            form.addRow(label, widget)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save
                                   | QDialogButtonBox.StandardButton.Cancel)  # fmt: skip
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)
        self.choice.currentIndexChanged.connect(self._load)
        self.keywords.textChanged.connect(self._preview)
        self.resize(560, 520)

    def _load(self) -> None:
        topic = next((t for t in self.window_.topics if t.slug == self.choice.currentData()), None)
        if topic is not None:
            self.name.setText(topic.title)
            self.keywords.setText(", ".join(topic.keywords))
            self.introduction.setPlainText(topic.introduction)

    def _topic(self) -> Topic:
        slug = self.choice.currentData() or re.sub(r"[^a-z0-9]+", "-",
                                                   self.name.text().lower()).strip("-")[:40]  # fmt: skip
        return Topic(slug or "topic", self.name.text().strip(), 500, tuple(_items(self.keywords.text())),
                     self.introduction.toPlainText())  # fmt: skip

    def _preview(self) -> None:
        """The articles the keywords would take, as the sheet will list them."""
        self.preview.clear()
        topic = self._topic()
        rows = topic_articles(self.window_.library.conn, self.engine.topic_expression(topic)) \
            if topic.keywords else []  # fmt: skip
        self.preview.addItems([row.title for row in rows])
        taken = len(rows)  # a call among translate()'s arguments hides the text from lupdate
        # self.tr: lupdate reads plural forms only from it (translate(…, n) of a one-form
        # message fell back to English for every count but 1)
        self.count.setText(self.tr("%n article(s):", "", taken))

    def save(self) -> None:
        topic = self._topic()
        if not topic.title or not topic.keywords:
            self.count.setText(translate("TopicEditor", "A topic needs a name and keywords."))
            return
        order = next((t.order for t in self.window_.topics if t.slug == topic.slug), 500)
        text = topic_file(topic.slug, topic.title, order, list(topic.keywords),
                          _items(self.requires.text()), topic.introduction)  # fmt: skip
        window = self.window_
        try:
            add_topic_text(window.library, f"{topic.slug}.md", text)
        except CurationError as error:
            self.count.setText(str(error))
            return
        self.accept()
        message = i18n.arg(translate("TopicEditor", "Topic saved: %1"), topic.title)
        # The window was built with the topics it had: the library is shown anew.
        if window.session.open_file(window.library.path):
            window.session.window.statusBar().showMessage(message, 10_000)


def edit_topics(window: MainWindow) -> None:
    """File → Edit Topics… (the user's own library only; an opened collection is read)."""
    if window.opened is not None:
        return
    window.topic_editor = TopicEditor(window)
    window.topic_editor.open()
