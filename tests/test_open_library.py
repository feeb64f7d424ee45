"""Opening a library or collection from a file: File → Open Library… and Recent Libraries, the
FILE argument, a second launch handing its file over, the .desktop entry's Exec line. A
collection opened so is read as it is: its exact article count, nothing added, nothing
written, its name and signature state in the title and status bar."""

from __future__ import annotations

import configparser
import hashlib
import os
import shlex
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
import shiboken6
from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QLabel

from pakru_desktop.pipeline import bootstrap
from pakru_desktop.ui.main_window import MainWindow
from pakru_desktop.ui.session import Session
from pakru_desktop.ui.single_instance import claim

from .conftest import ROOT, SEEDS, run_cli
from .ui_helpers import answer_file_dialog, menu_click

pytestmark = pytest.mark.qt_log_ignore(
    "This plugin does not support raise", "This plugin does not support grabbing the keyboard"
)
DESKTOP = ROOT / "packaging" / "linux" / "org.pakru.PakruDesktop.desktop"


def _write_articles(folder: Path) -> Path:
    folder.mkdir(parents=True)
    texts = {
        "gwadar.txt": "Gwadar port opens a new berth\n\nThe port of Gwadar opened a berth "
        "for Russian grain ships in March 2025.\n",
        "rail.txt": "Rail link study finished\n\nEngineers finished a study of the rail "
        "link from Peshawar to Termez.\n",
        "steel.txt": "Steel mill talks resume\n\nTalks on the Karachi steel mill resumed "
        "in Moscow with a delegation of 12 engineers.\n",
    }
    for name, text in texts.items():
        (folder / name).write_text(text, encoding="utf-8")
    return folder


@pytest.fixture(scope="module")
def collection(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A librarian's collection of three articles of its own, signed."""
    base = tmp_path_factory.mktemp("librarian")
    articles = _write_articles(base / "articles")
    key = base / "librarian.key"
    assert run_cli("keygen", str(key), "--name", "City Library").returncode == 0
    output = base / "briefing.pakru"
    result = run_cli("build-collection", str(articles), "-o", str(output), "--sign", str(key),
                     "--name", "Energy Briefing")  # fmt: skip
    assert result.returncode == 0, result.stderr
    return output


@pytest.fixture
def handed(collection: Path, tmp_path: Path) -> Path:
    """The collection as a reader received it: a copy somewhere of their own."""
    path = tmp_path / "received" / "briefing.pakru"
    path.parent.mkdir()
    shutil.copy(collection, path)
    return path


@pytest.fixture
def session_window(qtbot, library, variants, tmp_path: Path):  # type: ignore[no-untyped-def]
    """The app as `pakru-desktop --data-dir DATA` starts it: a session on the user's library."""
    data = library.path.parent
    settings = QSettings(str(data / "settings.ini"), QSettings.Format.IniFormat)
    session = Session(settings, variants, str(data))
    window = MainWindow(library, variants, settings, session=session)
    session.adopt(window)
    with qtbot.waitSignal(window.libraryLoaded, timeout=15_000):
        window.show()
    qtbot.waitExposed(window)
    yield session
    # Each window the session opened replaced (and deleted) the one before: close the last.
    if session.window is not None and shiboken6.isValid(session.window):
        session.window.close()
        if session.window is not window:
            session.window.library.close()


def _digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def _sidebar_count(window: MainWindow) -> int:
    return len(window.sidebar.models["article"].rows)


def _loaded(qtbot, session: Session) -> MainWindow:  # type: ignore[no-untyped-def]
    window = session.window
    qtbot.waitUntil(lambda: _sidebar_count(window) > 0, timeout=15_000)
    return window


def test_file_open_library_shows_the_collection_read_only_with_its_exact_count(
    qtbot, session_window: Session, handed: Path
) -> None:
    before = _digest(handed)
    first = session_window.window
    assert _sidebar_count(first) == 5  # the user's own library: the seeds
    answer_file_dialog(qtbot, handed)
    with qtbot.waitSignal(session_window.windowOpened, timeout=20_000):
        menu_click(qtbot, first, "File", "Open Library…")
    window = _loaded(qtbot, session_window)
    assert _sidebar_count(window) == 3  # the librarian's three; no seed was added
    assert "Energy Briefing" in window.windowTitle()
    assert "signed by City Library" in window.windowTitle()
    label = window.findChild(QLabel, "opened-library")
    assert "read-only" in label.text() and "3 articles" in label.text()
    assert "key fingerprint" in label.text()
    assert not window.act_import_files.isEnabled() and not window.acceptDrops()
    window.grab()
    # A sheet is found from the collection's own text, and the file stays as it came.
    with qtbot.waitSignal(window.topicShown, timeout=30_000):
        window.open_topic("steel")
    window.close()
    assert _digest(handed) == before
    assert sorted(p.name for p in handed.parent.iterdir()) == ["briefing.pakru"]


def test_recent_libraries_reopen_a_collection_and_the_users_own(
    qtbot, session_window: Session, handed: Path
) -> None:
    assert session_window.open_file(handed)  # opened once (as by File → Open): now recent
    window = _loaded(qtbot, session_window)
    with qtbot.waitSignal(session_window.windowOpened, timeout=20_000):
        menu_click(qtbot, window, "File", "Recent Libraries", "My Library")
    own = _loaded(qtbot, session_window)
    assert _sidebar_count(own) == 5 and own.act_import_files.isEnabled()
    assert own.findChild(QLabel, "opened-library") is None
    with qtbot.waitSignal(session_window.windowOpened, timeout=20_000):
        menu_click(qtbot, own, "File", "Recent Libraries", str(handed))
    again = _loaded(qtbot, session_window)
    assert _sidebar_count(again) == 3 and "Energy Briefing" in again.windowTitle()


def test_an_altered_collection_says_so_in_the_title(
    qtbot, session_window: Session, handed: Path
) -> None:
    import sqlite3

    with sqlite3.connect(handed) as conn:
        conn.execute("UPDATE articles SET title = 'Forged' WHERE rowid = 1")
    assert session_window.open_file(handed)
    window = _loaded(qtbot, session_window)
    assert "ALTERED" in window.windowTitle()
    assert "altered" in window.findChild(QLabel, "opened-library").text()


def _runtime(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> dict[str, str]:
    runtime = tmp_path / "runtime"
    runtime.mkdir(mode=0o700)
    monkeypatch.setenv("XDG_RUNTIME_DIR", str(runtime))
    return {**os.environ, "XDG_RUNTIME_DIR": str(runtime)}


def _launch_and_wait(qtbot, command: list[str], env: dict[str, str]) -> int:  # type: ignore[no-untyped-def]
    """A second launch, while this test's window keeps running its event loop."""
    process = subprocess.Popen(command, env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    try:
        qtbot.waitUntil(lambda: process.poll() is not None, timeout=60_000)
    finally:
        if process.poll() is None:
            process.kill()
    return process.returncode


def test_a_second_launch_hands_its_file_to_the_running_window_and_exits(
    qtbot, session_window: Session, handed: Path, tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:  # fmt: skip
    env = _runtime(tmp_path, monkeypatch)
    data = session_window.data_dir
    server = claim(data, [])
    assert server is not None  # this process is the running instance
    server.filesReceived.connect(session_window.receive)
    try:
        with qtbot.waitSignal(session_window.windowOpened, timeout=60_000):
            code = _launch_and_wait(
                qtbot, [sys.executable, "-m", "pakru_desktop", "--data-dir", data, str(handed)],
                env)  # fmt: skip
        assert code == 0
        window = _loaded(qtbot, session_window)
        assert _sidebar_count(window) == 3 and "Energy Briefing" in window.windowTitle()
    finally:
        server.close()


def test_the_desktop_entrys_exec_line_opens_a_double_clicked_collection(
    qtbot, session_window: Session, handed: Path, tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:  # fmt: skip
    entry = configparser.ConfigParser(interpolation=None)
    entry.optionxform = str  # type: ignore[assignment,method-assign]
    entry.read(DESKTOP, encoding="utf-8")
    section = entry["Desktop Entry"]
    assert "application/x-pakru-collection" in section["MimeType"].split(";")
    exec_line = shlex.split(section["Exec"])
    assert exec_line == ["pakru-desktop", "%f"]
    # What the desktop runs for a double-click on briefing.pakru (its data folder from the
    # environment, as a session's settings would give it).
    command = [sys.executable, "-m", "pakru_desktop"] + [
        str(handed) if arg == "%f" else arg for arg in exec_line[1:]
    ]
    env = {**_runtime(tmp_path, monkeypatch), "PAKRU_DATA_DIR": session_window.data_dir}
    server = claim(session_window.data_dir, [])
    server.filesReceived.connect(session_window.receive)
    try:
        with qtbot.waitSignal(session_window.windowOpened, timeout=60_000):
            assert _launch_and_wait(qtbot, command, env) == 0
        window = _loaded(qtbot, session_window)
        assert _sidebar_count(window) == 3
    finally:
        server.close()


def test_mime_type_names_the_collection_extension() -> None:
    xml = (ROOT / "packaging/linux/org.pakru.PakruDesktop.xml").read_text(encoding="utf-8")
    assert 'type="application/x-pakru-collection"' in xml and 'pattern="*.pakru"' in xml
    if shutil.which("desktop-file-validate"):
        check = subprocess.run(["desktop-file-validate", str(DESKTOP)], capture_output=True,
                               text=True)  # fmt: skip
        assert check.returncode == 0, check.stdout + check.stderr


def test_the_app_opens_a_file_given_on_the_command_line(tmp_path: Path) -> None:
    handed = tmp_path / "seeds.pakru"  # the self-test searches, and cites, the seeds' words
    assert run_cli("build-collection", str(SEEDS), "-o", str(handed)).returncode == 0
    result = subprocess.run(
        [sys.executable, "-m", "pakru_desktop", "--data-dir", str(tmp_path / "data"),
         str(handed), "--self-test"], capture_output=True, text=True, timeout=120,
    )  # fmt: skip
    assert result.returncode == 0, result.stderr
    assert "self-test ok" in result.stdout
    assert not (tmp_path / "data" / "library.sqlite3").exists()  # the user's was not touched
    missing = subprocess.run(
        [sys.executable, "-m", "pakru_desktop", "--data-dir", str(tmp_path / "data"),
         str(tmp_path / "nope.pakru"), "--self-test"], capture_output=True, text=True, timeout=120,
    )  # fmt: skip
    assert missing.returncode == 2 and "no library file at" in missing.stderr
    assert "Traceback" not in missing.stderr


def test_a_collection_in_the_data_folder_never_gets_the_built_in_seeds(
    collection: Path, tmp_path: Path
) -> None:
    data = tmp_path / "data"
    data.mkdir()
    shutil.copy(collection, data / "library.sqlite3")
    result = run_cli("articles", "--json", data_dir=data)
    assert result.returncode == 0, result.stderr
    assert len(__import__("json").loads(result.stdout)) == 3
    with bootstrap.open_user_library(data) as library:
        assert library.count() == 3
    verify = run_cli("verify", data_dir=data)
    assert verify.returncode == 0 and "all intact" in verify.stdout
    # … while a new user library still starts with them.
    with bootstrap.open_user_library(tmp_path / "fresh") as library:
        assert library.count() == len(list(SEEDS.glob("*.txt")))
