"""Imports and everything that can happen while one runs: typing in the search field, Cancel
(early, mid-file, too late), a second import, the CLI importing while the window is open."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QSettings, Qt
from PySide6.QtWidgets import QProgressDialog, QPushButton

from pakru_desktop.knowledge.library import Library
from pakru_desktop.search.variants import Variants
from pakru_desktop.ui.main_window import MainWindow

from . import test_app
from .conftest import run_cli
from .test_import_pipeline import HOOK, reader_processes

settings, window = test_app.settings, test_app.window  # the same window fixture


def _folder(tmp_path: Path, count: int, name: str = "batch", paragraphs: int = 1) -> Path:
    folder = tmp_path / name
    folder.mkdir()
    for i in range(count):
        (folder / f"{i:04}.txt").write_text(
            f"{name} article number {i}\n\nPipeline talks in Karachi, round {i}, on gas and "
            f"wheat.\n\nA second paragraph about {name} {i}.\n"
            + f"\nMore on the pipeline, gas prices and wheat in round {i}.\n"
            * paragraphs
        )
    return folder


@pytest.mark.slow
def test_typing_in_the_search_field_during_an_import_never_undoes_it(
    qtbot, window: MainWindow, library: Library, tmp_path: Path
) -> None:
    # Enough text that the final indexing takes a while: the moment searches used to undo.
    folder = _folder(tmp_path, 400, paragraphs=150)
    finished: list[object] = []
    window.importFinished.connect(finished.append)
    committing: list[bool] = []
    window.work.importCommitting.connect(lambda: committing.append(True))
    window.import_paths([folder])
    typed = 0
    while not finished:  # a person typing (and erasing), slowly enough for each to search
        qtbot.keyClick(window.search_field, "gp"[typed % 2])
        if typed % 5 == 4:
            for _ in range(5):
                qtbot.keyClick(window.search_field, Qt.Key.Key_Backspace)
        qtbot.wait(140)  # past the search field's debounce: every key sends a search
        typed += 1
    assert typed > 5 and committing == [True]
    report = finished[0]
    assert report is not None and len(report.imported) == 400
    assert library.count() == 405 and library.verify() == []
    window.search_field.clear()
    qtbot.keyClicks(window.search_field, "karachi round")
    pane = window.search_pane

    def shown() -> bool:
        return pane.last_result is not None and pane.last_result.query == "karachi round"

    qtbot.waitUntil(shown, timeout=10_000)
    assert pane.last_result.total >= 400


def test_typing_right_after_start_still_fills_the_sidebar(
    qtbot, library: Library, variants: Variants, tmp_path: Path
) -> None:
    settings = QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)
    win = MainWindow(library, variants, settings)
    qtbot.addWidget(win)
    with qtbot.waitSignal(win.libraryLoaded, timeout=10_000):
        win.show()
        qtbot.keyClicks(win.search_field, "gas pipeline")  # before the lists have loaded
    assert win.sidebar.views["article"].model().rowCount() == library.count() == 5
    win.close()


def test_cancel_stops_a_hung_reader_mid_file_kills_its_process_and_nothing_is_saved(
    qtbot, window: MainWindow, library: Library, tmp_path: Path, monkeypatch
) -> None:
    for name, value in {**HOOK, "PAKRU_TEST_READ_DEADLINE": "60"}.items():
        monkeypatch.setenv(name, value)  # the reader workers inherit it: 0001 hangs its reader
    folder = _folder(tmp_path, 3)
    (folder / "0001.txt").write_text("pakru-test-hang: a file a reader spins on\n")
    labels: list[str] = []
    window.work.importProgress.connect(lambda _done, _total, path: labels.append(path))
    with qtbot.waitSignal(window.importFinished, timeout=20_000) as done:
        window.import_paths([folder])
        qtbot.waitUntil(lambda: any(p.endswith("0001.txt") for p in labels), timeout=10_000)
        readers = reader_processes()
        dialog = window.findChild(QProgressDialog, "import-progress")
        qtbot.waitUntil(dialog.isVisible, timeout=5_000)
        qtbot.mouseClick(dialog.findChild(QPushButton), Qt.MouseButton.LeftButton)
    assert done.args == [None]
    assert "cancelled" in window.statusBar().currentMessage()
    assert readers, "the hung reader's process was not found"
    assert reader_processes() == set()
    assert not any(Path(f"/proc/{pid}").exists() for pid in readers)
    assert library.count() == 5


def test_a_cancel_after_saving_began_is_answered_truthfully(
    qtbot, window: MainWindow, library: Library, tmp_path: Path
) -> None:
    folder = _folder(tmp_path, 20)
    labels: list[str] = []

    def cancel_now() -> None:  # the person clicks Cancel just as saving starts
        dialog = window.imports.progress
        labels.append(dialog.labelText())
        window.imports._cancel()

    window.work.importCommitting.connect(cancel_now, Qt.ConnectionType.QueuedConnection)
    with qtbot.waitSignal(window.importFinished, timeout=30_000) as done:
        window.import_paths([folder])
    assert done.args[0] is not None and len(done.args[0].imported) == 20
    assert library.count() == 25
    assert "too late to cancel" in labels[0]
    assert "Cancel came too late" in window.statusBar().currentMessage()


def test_an_import_by_the_cli_shows_up_in_the_open_window(
    qtbot, window: MainWindow, library: Library, tmp_path: Path
) -> None:
    qtbot.waitUntil(lambda: window.sidebar.views["article"].model().rowCount() == 5, timeout=10_000)
    folder = _folder(tmp_path, 4, "cli")
    result = run_cli("import", str(folder), data_dir=library.path.parent)
    assert result.returncode == 0, result.stderr
    with qtbot.waitSignal(window.libraryLoaded, timeout=15_000):
        pass
    assert window.sidebar.views["article"].model().rowCount() == 9


def test_cancel_at_the_last_file_is_still_honoured(
    qtbot, window: MainWindow, library: Library, tmp_path: Path
) -> None:
    """Cancel pressed while the last file is read (or while the batch is indexed): before
    saving starts, so nothing is saved (it used to commit anyway)."""
    folder = _folder(tmp_path, 200, paragraphs=40)

    def at_the_end(done: int, total: int, _path: str) -> None:
        dialog = window.imports.progress
        if done == total - 1 and dialog is not None and not window.imports.committing:
            qtbot.mouseClick(dialog.findChild(QPushButton), Qt.MouseButton.LeftButton)

    window.work.importProgress.connect(at_the_end)
    with qtbot.waitSignal(window.importFinished, timeout=60_000) as done:
        window.import_paths([folder])
    assert done.args == [None]
    assert "cancelled" in window.statusBar().currentMessage()
    assert library.count() == 5
