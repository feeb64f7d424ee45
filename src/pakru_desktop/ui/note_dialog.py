"""Writing a note: the words it is on, above a field the note is typed in. The field lays
out each line in the direction it was typed (Urdu right-to-left, Russian left-to-right)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QTextOption
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QTextEdit,
    QVBoxLayout,
    QWidget,
)

from ..render.article import direction, text_language


class NoteDialog(QDialog):
    def __init__(self, quote: str, body: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Note"))
        self.setAccessibleName(self.tr("Write a note"))
        self.quote = QLabel(quote[:400] + ("…" if len(quote) > 400 else ""))
        self.quote.setWordWrap(True)
        self.quote.setTextFormat(Qt.TextFormat.PlainText)  # an article's words, never markup
        self.quote.setAccessibleName(self.tr("The words the note is on"))
        rtl = direction(text_language(quote)) == "rtl"
        self.quote.setLayoutDirection(
            Qt.LayoutDirection.RightToLeft if rtl else Qt.LayoutDirection.LeftToRight
        )
        self.quote.setAlignment(Qt.AlignmentFlag.AlignLeading)
        # A QTextEdit (plain text only): its layout sets each paragraph's alignment by the
        # paragraph's own direction, which QPlainTextEdit does not.
        self.editor = QTextEdit()
        self.editor.setAcceptRichText(False)
        self.editor.setAccessibleName(self.tr("Note text"))
        self.editor.setPlaceholderText(self.tr("What to raise, ask or remember…"))
        self.editor.setTabChangesFocus(True)  # Tab reaches the buttons, as in any form
        option = self.editor.document().defaultTextOption()
        # Each paragraph takes the direction of its first strong letter, as typed.
        option.setTextDirection(Qt.LayoutDirection.LayoutDirectionAuto)
        option.setWrapMode(QTextOption.WrapMode.WrapAtWordBoundaryOrAnywhere)
        self.editor.document().setDefaultTextOption(option)
        self.editor.setPlainText(body)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.button(QDialogButtonBox.StandardButton.Save).setAccessibleName(self.tr("Save note"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        self.buttons = buttons
        layout = QVBoxLayout(self)
        layout.addWidget(self.quote)
        layout.addWidget(self.editor, 1)
        layout.addWidget(buttons)
        self.resize(460, 300)
        self.editor.setFocus()

    def text(self) -> str:
        return self.editor.toPlainText().strip()
