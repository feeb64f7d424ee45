"""File → Edit Topics…: a new topic typed into the editor, its preview listing the articles
its keywords take, saved into the library and shown in the sidebar with its sheet."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox, QLineEdit, QListWidget, QPlainTextEdit

from pakru_desktop.db.knowledge_files import stored_files
from pakru_desktop.ui.session import Session

from .test_open_library import session_window  # noqa: F401 - the fixture
from .ui_helpers import menu_click

pytestmark = pytest.mark.qt_log_ignore(
    "This plugin does not support raise", "This plugin does not support grabbing the keyboard"
)


def test_a_topic_typed_into_the_editor_is_previewed_saved_and_shown(
    qtbot,
    session_window: Session,  # noqa: F811 - the fixture imported above
) -> None:  # type: ignore[no-untyped-def]
    window = session_window.window
    menu_click(qtbot, window, "File", "Edit Topics…")
    editor = window.topic_editor
    qtbot.waitUntil(editor.isVisible)
    qtbot.keyClicks(editor.findChild(QLineEdit, "topic-name"), "Gas pipelines")
    qtbot.keyClicks(editor.findChild(QLineEdit, "topic-keywords"), "pipeline, LNG")
    qtbot.keyClicks(editor.findChild(QPlainTextEdit, "topic-introduction"), "The port.")
    preview = editor.findChild(QListWidget, "topic-preview")
    qtbot.waitUntil(lambda: preview.count() > 0)
    taken = preview.count()
    editor.grab()
    save = editor.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Save)
    with qtbot.waitSignal(session_window.windowOpened, timeout=20_000):
        qtbot.mouseClick(save, Qt.MouseButton.LeftButton)
    shown = session_window.window
    assert any(t.slug == "gas-pipelines" for t in shown.topics)
    qtbot.waitUntil(lambda: "gas-pipelines" in [r[0] for r in shown.sidebar.models["topic"].rows])
    names = [name for kind, name, _text in stored_files(shown.library.conn) if kind == "topic"]
    assert "gas-pipelines.md" in names and len(names) == 14  # the 13 defaults became its own
    with qtbot.waitSignal(shown.topicShown, timeout=30_000) as sheet:
        shown.open_topic("gas-pipelines")
    assert sheet.args[0] == "gas-pipelines" and taken >= 1
