"""Where a mark sits in the article as it is now: a note follows its paragraph by text.

An update can renumber, change or remove paragraphs. A mark keeps the paragraph's text and
its hash; it is placed, in order of trust: at its number when the text there is the same; at
the paragraph with the same text elsewhere (moved); at the paragraph holding its quote, or the
one most like the old text (changed, and it says so); nowhere (the paragraph went away)."""

from __future__ import annotations

from dataclasses import dataclass
from difflib import SequenceMatcher

from ..model import Article
from .library import Library
from .notes import Mark, NotesStore, text_hash

SAME, MOVED, CHANGED, GONE, ARTICLE_GONE = "same", "moved", "changed", "gone", "article gone"
SIMILAR = 0.6  # below this a paragraph is another paragraph, not the old one edited


@dataclass(frozen=True)
class Placement:
    """Where a mark is shown now (`paragraph` 0: nowhere, or the whole article)."""

    paragraph: int
    status: str

    @property
    def changed(self) -> bool:
        return self.status in (CHANGED, GONE, ARTICLE_GONE)


def place(mark: Mark, article: Article | None) -> Placement:
    """The paragraph of `article` that `mark` belongs to now, and how sure that is."""
    if article is None:
        return Placement(0, ARTICLE_GONE)
    if mark.paragraph == 0 or not mark.paragraph_text:
        return Placement(mark.paragraph, SAME)  # the whole article, or a sheet line's article
    wanted = mark.paragraph_hash or text_hash(mark.paragraph_text)
    hashes = {block.number: text_hash(block.text) for block in article.blocks}
    if hashes.get(mark.paragraph) == wanted:
        return Placement(mark.paragraph, SAME)
    moved = [number for number, digest in hashes.items() if digest == wanted]
    if moved:
        return Placement(min(moved, key=lambda n: abs(n - mark.paragraph)), MOVED)
    if mark.quote.strip():
        holding = [b.number for b in article.blocks if mark.quote.strip() in b.text]
        if holding:
            return Placement(min(holding, key=lambda n: abs(n - mark.paragraph)), CHANGED)
    best, score = 0, 0.0
    for block in article.blocks:
        matcher = SequenceMatcher(None, mark.paragraph_text, block.text, autojunk=False)
        if matcher.real_quick_ratio() < SIMILAR or matcher.quick_ratio() < SIMILAR:
            continue
        ratio = matcher.ratio()
        if ratio > score:
            best, score = block.number, ratio
    if score >= SIMILAR:
        return Placement(best, CHANGED)
    return Placement(0, GONE)


def status_text(placement: Placement) -> str:
    """The line a note carries when its paragraph is not as it was (English; the shell
    translates its own)."""
    return {
        CHANGED: "The paragraph changed since this was written.",
        GONE: "The paragraph this was written on is no longer in the article.",
        ARTICLE_GONE: "The article is no longer in the library.",
    }.get(placement.status, "")


def follow_articles(store: NotesStore, library: Library) -> int:
    """Marks whose article is no longer in the library move to the article that now carries
    them. An update pack or a new import that changes an article's text changes its id (ids
    are made of the text), so a note would otherwise lose its article; the article with the
    mark's title takes it (only when exactly one has it), and `place` then finds the
    paragraph by its text as ever: same, moved, changed or gone. Returns how many moved."""
    moved = 0
    for mark in store.all():
        if not mark.article_id or mark.topic or not mark.title:
            continue
        if library.has_article(mark.article_id):
            continue
        rows = library.conn.execute(
            "SELECT article_id FROM articles WHERE title = ? LIMIT 2", (mark.title,)
        ).fetchall()
        if len(rows) == 1:
            store.move_to_article(mark.id, rows[0][0])
            moved += 1
    return moved
