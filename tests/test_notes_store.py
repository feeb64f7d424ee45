"""The reader's own data: a notes file apart from the library, marks that follow their
paragraph by text after an update, export and import through the real CLI."""

from __future__ import annotations

import json
import sqlite3
from dataclasses import replace
from pathlib import Path

import pytest

from pakru_desktop.db.anchoring import ARTICLE_GONE, CHANGED, GONE, MOVED, SAME, place
from pakru_desktop.db.notes import NOTES_FILE, Mark, NotesError, NotesStore
from pakru_desktop.knowledge.library import Library
from pakru_desktop.model import Article, Block
from pakru_desktop.search.notes import find_notes

from .conftest import run_cli


def _note_on(article: Article, number: int, body: str, quote: str = "") -> Mark:
    block = article.blocks[number - 1]
    return Mark("note", article.article_id, number, block.text, quote=quote, body=body,
                title=article.title)  # fmt: skip


def _remove_article(library: Library, article_id: str) -> None:
    # From outside the app, as an update pack or another tool would (the app's own
    # connection is defensive: it writes the search index only through its own statements).
    with sqlite3.connect(library.path) as conn:
        conn.execute("DELETE FROM articles WHERE article_id = ?", (article_id,))


def _replace_article(library: Library, article: Article) -> None:
    """An update of the article's text, keeping its id (an update pack, an edit)."""
    _remove_article(library, article.article_id)
    library.add_articles([article])


def test_notes_live_in_their_own_versioned_file(tmp_path: Path) -> None:
    with NotesStore(tmp_path / NOTES_FILE) as store:
        store.add(Mark("bookmark", "0123456789abcdef", 0, title="A"))
    conn = sqlite3.connect(tmp_path / NOTES_FILE)
    assert conn.execute("PRAGMA user_version").fetchone()[0] == 1
    assert [r[0] for r in conn.execute("SELECT kind FROM marks")] == ["bookmark"]
    conn.close()


def test_a_foreign_or_newer_notes_file_is_refused_in_one_line(tmp_path: Path) -> None:
    alien = tmp_path / "alien.sqlite3"
    conn = sqlite3.connect(alien)
    conn.execute("CREATE TABLE marks (x)")
    conn.commit()
    conn.close()
    with pytest.raises(NotesError, match="not a pakru notes file"):
        NotesStore(alien)
    newer = tmp_path / "newer.sqlite3"
    conn = sqlite3.connect(newer)
    conn.execute("PRAGMA user_version = 99")
    conn.close()
    with pytest.raises(NotesError, match="newer version"):
        NotesStore(newer)


def test_a_note_follows_its_paragraph_through_an_update(library: Library, tmp_path: Path) -> None:
    article = library.article(library.summaries()[0].article_id)
    assert article is not None and len(article.blocks) > 5
    store = NotesStore(tmp_path / NOTES_FILE)
    moved = store.add(_note_on(article, 3, "moves"))
    edited = store.add(_note_on(article, 4, "edited", quote=article.blocks[3].text[:30]))
    removed = store.add(_note_on(article, 5, "removed"))
    same = store.add(_note_on(article, 2, "same"))
    # The update: a new paragraph 3, paragraph 4 gains words, paragraph 5 goes away.
    blocks = list(article.blocks)
    new_text = [b.text for b in blocks]
    new_text[3] = new_text[3] + " A sentence added by the update."
    del new_text[4]
    new_text.insert(2, "A paragraph the update inserted.")
    updated = replace(article, blocks=[Block(n, "paragraph", t) for n, t in
                                       enumerate(new_text, 1)])  # fmt: skip
    _replace_article(library, updated)
    fresh = library.article(article.article_id)
    assert fresh is not None and fresh.blocks[2].text == "A paragraph the update inserted."
    assert place(store.get(same.id), fresh).status == SAME  # type: ignore[arg-type]
    assert place(store.get(moved.id), fresh).paragraph == 4  # type: ignore[arg-type]
    assert place(store.get(moved.id), fresh).status == MOVED  # type: ignore[arg-type]
    changed = place(store.get(edited.id), fresh)  # type: ignore[arg-type]
    assert (changed.paragraph, changed.status) == (5, CHANGED)
    assert place(store.get(removed.id), fresh).status == GONE  # type: ignore[arg-type]
    _remove_article(library, article.article_id)
    assert place(store.get(same.id), library.article(article.article_id)).status == ARTICLE_GONE  # type: ignore[arg-type]
    store.close()


def test_notes_are_found_by_their_folded_words(tmp_path: Path) -> None:
    with NotesStore(tmp_path / NOTES_FILE) as store:
        store.add(Mark("note", "0123456789abcdef", 1, "p", body="Ask about the Stéel mills"))
        store.add(Mark("note", "0123456789abcdef", 2, "q", body="وزیر اعظم سے پوچھیں"))
        store.add(Mark("note", "0123456789abcdef", 3, "r", body="Спросить о газопроводе"))
        marks = store.all()
    assert [m.paragraph for m in find_notes(marks, "steel")] == [1]
    assert [m.paragraph for m in find_notes(marks, "mill*")] == [1]
    assert [m.paragraph for m in find_notes(marks, "وزير")] == [2]  # Arabic yeh finds Urdu
    assert [m.paragraph for m in find_notes(marks, "ГАЗОПРОВОДЕ")] == [3]
    assert find_notes(marks, "pipeline") == []


def test_notes_export_and_import_through_the_cli(tmp_path: Path) -> None:
    home, other = tmp_path / "home", tmp_path / "other"
    with NotesStore(home / NOTES_FILE) as store:
        store.add(Mark("highlight", "0123456789abcdef", 2, "para", quote="para", colour="green"))
        store.add(Mark("note", "0123456789abcdef", 2, "para", body="Спросить"))
    exported = tmp_path / "mine.json"
    done = run_cli("notes", "export", str(exported), data_dir=home)
    assert done.returncode == 0, done.stderr
    assert json.loads(exported.read_text(encoding="utf-8"))["format"] == "pakru-notes"
    done = run_cli("notes", "import", str(exported), "--json", data_dir=other)
    assert json.loads(done.stdout) == {"added": 2, "skipped": 0, "file": str(exported)}
    again = run_cli("notes", "import", str(exported), "--json", data_dir=other)
    assert json.loads(again.stdout)["skipped"] == 2
    with NotesStore(other / NOTES_FILE) as store:
        assert sorted(m.body for m in store.all()) == ["", "Спросить"]
    assert not (other / "library.sqlite3").exists()  # the library is never opened for notes


@pytest.mark.parametrize("content, says", [
    ("not json", "not JSON"),
    ('{"format": "other"}', "not a pakru notes file"),
    ('{"format": "pakru-notes", "version": 1, "marks": [{"kind": "virus"}]}', "mark 1: unknown kind"),
    ('{"format": "pakru-notes", "version": 1, "marks": [{"kind": "note", "article_id": "../x"}]}',
     "not an article id"),
    ('{"format": "pakru-notes", "version": 1, "marks": [{"kind": "note", "article_id": '
     '"0123456789abcdef", "paragraph": "3"}]}', "paragraph must be a number"),
])  # fmt: skip
def test_a_bad_notes_file_is_refused_in_one_line_and_adds_nothing(
    tmp_path: Path, content: str, says: str
) -> None:
    bad = tmp_path / "bad.json"
    bad.write_text(content, encoding="utf-8")
    done = run_cli("notes", "import", str(bad), data_dir=tmp_path)
    assert done.returncode == 1
    assert says in done.stderr and "Traceback" not in done.stderr
    assert len(done.stderr.strip().splitlines()) == 1
    with NotesStore(tmp_path / NOTES_FILE) as store:
        assert store.all() == []
