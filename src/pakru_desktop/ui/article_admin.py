"""File → Remove Article… (Delete) and File → Edit Article Details…: the article being read,
removed after a confirmation or corrected in a small dialog; File → Apply Update…: a
librarian's update pack. Only the user's own library: a collection opened from a file is
read, never changed."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QLineEdit,
    QMessageBox,
)

from ..pipeline.editing import Correction, EditError, edit_article, remove_articles
from ..pipeline.updates import UpdateError, apply_update
from . import i18n

if TYPE_CHECKING:
    from .main_window import MainWindow

translate = QCoreApplication.translate  # lupdate reads translate("ArticleAdmin", …)


def _current(window: MainWindow) -> str | None:
    article = window.reader.article
    if article is None or window.opened is not None:
        window.statusBar().showMessage(
            translate("ArticleAdmin", "Open an article of your own library first."), 5000
        )
        return None
    return article.article_id


def _chosen(window: MainWindow) -> list[str]:
    """The articles selected in the sidebar's list when several are (and the list is where
    the reader is, or the article shown is one of them); else the article shown."""
    if window.opened is not None:  # a collection is read, never changed: _current says so
        _current(window)
        return []
    selected = window.sidebar.selected_articles()
    shown = window.reader.article
    in_list = window.sidebar.views["article"].hasFocus()
    if len(selected) > 1 and (in_list or (shown is not None and shown.article_id in selected)):
        return selected
    article_id = _current(window)
    return [] if article_id is None else [article_id]


def remove_current(window: MainWindow) -> bool:
    """Delete: the article shown, or the articles selected in the list, after the user
    confirms once; True when they were removed."""
    chosen = _chosen(window)
    if not chosen:
        return False
    if len(chosen) > 1:
        return _remove(window, chosen, i18n.arg(translate(
            "ArticleAdmin", "Remove these %1 articles from the library? Their statements leave "
            "the fact sheets."), i18n.number(len(chosen))))  # fmt: skip
    title = window.reader.article.title  # type: ignore[union-attr]
    question = i18n.arg(translate("ArticleAdmin", "Remove “%1” from the library? Its "
                                  "statements leave the fact sheets."), title)  # fmt: skip
    return _remove(window, chosen, question)


def _remove(window: MainWindow, article_ids: list[str], question: str) -> bool:
    yes, no = QMessageBox.StandardButton.Yes, QMessageBox.StandardButton.No
    answer = QMessageBox.question(window, translate("ArticleAdmin", "Remove Article"), question,
                                  yes | no, no)  # fmt: skip
    if answer != yes:
        return False
    try:
        titles = remove_articles(window.library, article_ids)
    except EditError as error:
        window.statusBar().showMessage(str(error), 8000)
        return False
    window.reader.show_welcome(window.library.count(), len(window.library.sources()))
    window.library_changed()
    done = (i18n.arg(translate("ArticleAdmin", "Removed “%1”."), titles[0]) if len(titles) == 1
            else i18n.arg(translate("ArticleAdmin", "Removed %1 articles."),
                          i18n.number(len(titles))))  # fmt: skip
    window.statusBar().showMessage(done, 8000)
    return True


class EditDialog(QDialog):
    """Title, source, date and author of one article."""

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        article = window.reader.article
        assert article is not None
        self.setWindowTitle(translate("ArticleAdmin", "Edit Article Details"))
        self.setObjectName("edit-article")
        self.fields: dict[str, QLineEdit] = {}
        form = QFormLayout(self)
        labels = {"title": translate("ArticleAdmin", "&Title:"),
                  "source": translate("ArticleAdmin", "&Source:"),
                  "date": translate("ArticleAdmin", "&Date (2025, 2025-03, 2025-03-14):"),
                  "author": translate("ArticleAdmin", "&Author:")}  # fmt: skip
        for name, label in labels.items():
            field = QLineEdit(str(getattr(article, name) or ""))
            field.setObjectName(f"edit-{name}")
            field.setAccessibleName(label.replace("&", "").rstrip(":"))
            self.fields[name] = field
            form.addRow(label, field)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save
                                   | QDialogButtonBox.StandardButton.Cancel)  # fmt: skip
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)

    def correction(self) -> Correction:
        return Correction(**{name: field.text() for name, field in self.fields.items()})


def edit_current(window: MainWindow) -> None:
    """File → Edit Article Details…: the dialog; Save corrects the article and shows it."""
    article_id = _current(window)
    if article_id is None:
        return
    window.edit_dialog = dialog = EditDialog(window)
    dialog.accepted.connect(lambda: _save(window, article_id, dialog.correction()))
    dialog.open()


def _save(window: MainWindow, article_id: str, change: Correction) -> None:
    try:
        edit_article(window.library, article_id, change)
    except EditError as error:
        window.statusBar().showMessage(str(error), 8000)
        return
    window.library_changed()
    window.open_article(article_id, 1, "", record=False)


def choose_update(window: MainWindow) -> None:
    """File → Apply Update…: a file dialog (not blocking the window), then the update."""
    window.update_dialog = dialog = QFileDialog(
        window, translate("ArticleAdmin", "Apply Update"), str(Path.home()),
        translate("ArticleAdmin", "Update packs (*.update);;All files (*)"))  # fmt: skip
    dialog.setObjectName("apply-update")
    dialog.setFileMode(QFileDialog.FileMode.ExistingFile)
    dialog.fileSelected.connect(lambda path: apply_pack(window, Path(path)))
    dialog.open()


def apply_pack(window: MainWindow, path: Path) -> bool:
    """Verify, then apply; the reader's own imports and settings stay. One line either way."""
    try:
        summary = apply_update(window.library, path)
    except (UpdateError, EditError) as error:
        window.statusBar().showMessage(str(error), 30_000)
        return False
    window.library_changed()
    text = i18n.arg(translate("ArticleAdmin", "Updated: %1"), summary.text())
    window.statusBar().showMessage(text, 30_000)
    return True
