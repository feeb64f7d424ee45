"""Update packs: a librarian builds a signed update from edition 1 to 2 of a collection; a
reader whose library is edition 1 (with imports of their own) applies it with `pakru update`
or File → Apply Update…; it is verified before anything changes and refused when it is
altered, signed by an untrusted key, or not for the reader's edition."""

from __future__ import annotations

import json
import os
import shutil
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings

from pakru_desktop.knowledge.library import Library

from .conftest import run_cli
from .ui_helpers import answer_file_dialog, menu_click, open_window

pytestmark = pytest.mark.qt_log_ignore(
    "This plugin does not support raise", "This plugin does not support grabbing the keyboard"
)
TEXTS = {
    "wheat.txt": "Wheat deal\n\nA wheat deal was signed in Islamabad in March 2025.\n",
    "rail.txt": "Rail study\n\nEngineers studied the rail link to Termez.\n",
    "old.txt": "Old report\n\nThis report is withdrawn in the next edition.\n",
    "steel.txt": "Steel talks\n\nSteel talks resumed in Karachi with 12 engineers.\n",
}


@pytest.fixture(scope="module")
def editions(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    base = tmp_path_factory.mktemp("editions")
    key = base / "librarian.key"
    assert run_cli("keygen", str(key), "--name", "City Library").returncode == 0
    made = {"key": key, "pub": base / "librarian.key.pub"}
    for edition, names in ((1, ["wheat.txt", "rail.txt", "old.txt"]),
                           (2, ["wheat.txt", "rail.txt", "steel.txt"])):  # fmt: skip
        folder = base / f"v{edition}"
        (folder / "topics").mkdir(parents=True)
        for name in names:
            (folder / name).write_text(TEXTS[name], encoding="utf-8")
        (folder / "topics" / "rail.md").write_text(
            f"---\nslug: rail\ntitle: Railways {edition}\nkeywords: [rail, steel]\n---\nTrains.\n"
        )
        output = base / f"v{edition}.pakru"
        built = run_cli("build-collection", str(folder), "-o", str(output), "--sign", str(key),
                        "--edition", str(edition))  # fmt: skip
        assert built.returncode == 0, built.stderr
        made[f"v{edition}"] = output
    pack = base / "v2.update"
    result = run_cli("build-update", str(made["v1"]), str(made["v2"]), "--sign", str(key),
                     "-o", str(pack))  # fmt: skip
    assert result.returncode == 0, result.stderr
    assert "edition 1 → 2: 1 article(s) added, 0 changed, 1 removed" in result.stdout
    made["pack"] = pack
    return made


@pytest.fixture
def reader(editions: dict[str, Path], tmp_path: Path) -> Path:
    """A reader's data folder: edition 1 of the collection, and a note of their own."""
    data = tmp_path / "reader"
    data.mkdir()
    shutil.copy(editions["v1"], data / "library.sqlite3")
    mine = tmp_path / "mine.txt"
    mine.write_text("My own note\n\nGwadar and the corridor, in my words.\n", encoding="utf-8")
    assert run_cli("import", str(mine), data_dir=data).returncode == 0
    (data / "settings.ini").write_text("[General]\nzoom=2\n", encoding="utf-8")
    return data


def _titles(data: Path) -> set[str]:
    result = run_cli("articles", "--json", data_dir=data)
    return {a["title"] for a in json.loads(result.stdout)}


def test_an_update_brings_edition_2_and_keeps_the_readers_own(
    editions: dict[str, Path], reader: Path
) -> None:
    result = run_cli("update", str(editions["pack"]), data_dir=reader)
    assert result.returncode == 0, result.stderr
    assert "edition 1 → 2" in result.stdout
    assert _titles(reader) == {"Wheat deal", "Rail study", "Steel talks", "My own note"}
    topics = json.loads(run_cli("topics", "--json", data_dir=reader).stdout)
    assert [t["title"] for t in topics] == ["Railways 2"]
    verified = run_cli("verify", data_dir=reader)
    assert verified.returncode == 0, verified.stdout
    assert "signed by City Library" in verified.stdout and "1 other article(s)" in verified.stdout
    assert "zoom=2" in (reader / "settings.ini").read_text()
    again = run_cli("update", str(editions["pack"]), data_dir=reader)
    assert again.returncode == 1 and "this library is edition 2" in again.stderr


def test_an_altered_or_untrusted_update_changes_nothing(
    editions: dict[str, Path], reader: Path, tmp_path: Path
) -> None:
    before = (reader / "library.sqlite3").read_bytes()
    outer = json.loads(editions["pack"].read_text(encoding="utf-8"))
    outer["pack"] = outer["pack"].replace("Steel talks resumed", "Steel talks collapsed")
    forged = tmp_path / "forged.update"
    forged.write_text(json.dumps(outer), encoding="utf-8")
    result = run_cli("update", str(forged), data_dir=reader)
    assert result.returncode == 1 and "altered after signing" in result.stderr
    other = tmp_path / "pinned"
    other.mkdir()
    stranger = tmp_path / "stranger.key"
    assert run_cli("keygen", str(stranger), "--name", "Stranger").returncode == 0
    shutil.copy(f"{stranger}.pub", other / "stranger.pub")
    env = {**os.environ, "PAKRU_TRUSTED_KEYS": str(other)}
    untrusted = run_cli("update", str(editions["pack"]), data_dir=reader, env=env)
    assert untrusted.returncode == 1 and "does not trust" in untrusted.stderr
    assert (reader / "library.sqlite3").read_bytes() == before
    assert "Steel talks" not in _titles(reader)


def test_an_update_for_another_edition_is_refused(
    editions: dict[str, Path], tmp_path: Path
) -> None:
    data = tmp_path / "newer"
    data.mkdir()
    shutil.copy(editions["v2"], data / "library.sqlite3")
    result = run_cli("update", str(editions["pack"]), data_dir=data)
    assert result.returncode == 1 and "from edition 1 to 2" in result.stderr
    wrong = run_cli("build-update", str(editions["v2"]), str(editions["v1"]), "--sign",
                    str(editions["key"]), "-o", str(tmp_path / "back.update"))  # fmt: skip
    assert wrong.returncode == 1 and "edition" in wrong.stderr


def test_file_apply_update_in_the_app(
    qtbot, variants, editions: dict[str, Path], reader: Path
) -> None:  # type: ignore[no-untyped-def]
    library = Library(reader / "library.sqlite3")
    settings = QSettings(str(reader / "settings.ini"), QSettings.Format.IniFormat)
    window = open_window(qtbot, library, variants, settings)
    try:
        answer_file_dialog(qtbot, editions["pack"])
        with qtbot.waitSignal(window.work.summariesLoaded, timeout=30_000) as loaded:
            menu_click(qtbot, window, "File", "Apply Update…")
        assert len(loaded.args[0]) == 4  # three of edition 2 and the reader's own note
        assert "Updated: edition 1 → 2" in window.statusBar().currentMessage()
    finally:
        window.close()
        library.close()


def test_notes_follow_their_paragraphs_through_an_update_that_changes_and_removes_them(
    tmp_path: Path, qtbot
) -> None:
    """A reader's notes on edition 1: one on a paragraph edition 2 rewrites (the article's
    text, and so its id, changes), one on an article edition 2 withdraws. After `pakru update`
    the window shows the first after its paragraph, saying it changed, and lists the second
    as gone; nothing of the reader's is lost."""
    from pakru_desktop.db.anchoring import ARTICLE_GONE, CHANGED, follow_articles, place
    from pakru_desktop.db.notes import Mark, NotesStore

    key = tmp_path / "librarian.key"
    assert run_cli("keygen", str(key), "--name", "City Library").returncode == 0
    texts = {1: "Gwadar port\n\nThe port opened in 2007.\n\nTraffic grew to 40 ships a month "
                "by the end of the year.\n",
             2: "Gwadar port\n\nThe port opened in 2007.\n\nTraffic grew to 55 ships a month "
                "by the end of the year.\n"}  # fmt: skip
    for edition in (1, 2):
        folder = tmp_path / f"v{edition}"
        folder.mkdir()
        (folder / "port.txt").write_text(texts[edition], encoding="utf-8")
        if edition == 1:
            (folder / "old.txt").write_text("Old report\n\nThis report is withdrawn.\n")
        built = run_cli("build-collection", str(folder), "-o", str(tmp_path / f"v{edition}.pakru"),
                        "--sign", str(key), "--edition", str(edition))  # fmt: skip
        assert built.returncode == 0, built.stderr
    pack = tmp_path / "v2.update"
    assert run_cli("build-update", str(tmp_path / "v1.pakru"), str(tmp_path / "v2.pakru"),
                   "--sign", str(key), "-o", str(pack)).returncode == 0  # fmt: skip
    data = tmp_path / "reader"
    data.mkdir()
    shutil.copy(tmp_path / "v1.pakru", data / "library.sqlite3")
    store = NotesStore(data / "notes.sqlite3")
    with Library(data / "library.sqlite3") as library:
        ids = {a.title: a.article_id for a in library.summaries()}
        port = library.article(ids["Gwadar port"])
        old = library.article(ids["Old report"])
    assert port is not None and old is not None
    store.add(Mark("note", port.article_id, 2, port.blocks[1].text, quote="40 ships a month",
                   body="Ask about the ships", title=port.title))  # fmt: skip
    store.add(Mark("note", old.article_id, 1, old.blocks[0].text, body="Withdrawn?",
                   title=old.title))  # fmt: skip

    updated = run_cli("update", str(pack), data_dir=data)
    assert updated.returncode == 0, updated.stderr

    settings = QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)
    with Library(data / "library.sqlite3") as library:
        window = open_window(qtbot, library, library.knowledge.variants, settings)
        # The window's own notes file is the reader's (beside the library): opening it is
        # what moves the notes to the updated article.
        new_port = next(a for a in library.summaries() if a.title == "Gwadar port")
        assert new_port.article_id != port.article_id  # the text changed: a new id
        marks = {m.body: m for m in store.all()}
        assert len(marks) == 2  # nothing of the reader's lost
        moved = marks["Ask about the ships"]
        assert moved.article_id == new_port.article_id
        assert place(moved, library.article(new_port.article_id)).status == CHANGED
        assert place(marks["Withdrawn?"], library.article(old.article_id)).status == ARTICLE_GONE
        window.open_article(new_port.article_id, 2, "")
        window.reader.grab()
        shown = window.reader.toPlainText()
        assert "Ask about the ships" in shown and "changed" in shown
        assert follow_articles(store, library) == 0  # already followed: nothing moves twice
        window.close()
