"""The library with what is known from it: the topics and names its facts are found with
(its own, stored in it, else the installation's) and those facts, kept current with its
articles. The file itself (rows, index, checks) is db.library's; this floor adds the facts,
so the library file never reaches up into the knowledge layer."""

from __future__ import annotations

from collections.abc import Callable, Iterable
from pathlib import Path

from ..db.indexing import WordCounter, add_word_counts, index_new_articles
from ..db.knowledge_files import knowledge_folder
from ..db.library import Library as LibraryFile
from ..model import Article
from ..paths import resources_dir
from .config import KnowledgeConfig
from .store import FactIndex


class Library(LibraryFile):
    """One library file and its facts. Pass it to whoever needs it; no global instance."""

    def __init__(self, path: Path, *, read_only: bool = False,
                 knowledge: KnowledgeConfig | None = None, migrate: bool = True) -> None:  # fmt: skip
        self._knowledge = knowledge
        super().__init__(path, read_only=read_only, migrate=migrate)

    @property
    def knowledge(self) -> KnowledgeConfig:
        """Topics and entities facts are found with: the library's own (stored in it), else
        the installation's (db/knowledge_files.py), unless given."""
        if self._knowledge is None:
            self._knowledge = KnowledgeConfig.load(knowledge_folder(self.conn, resources_dir()))
        return self._knowledge

    def forget_knowledge(self) -> None:
        """The stored topics or entities changed: read them again on next use."""
        self._knowledge = None

    def facts(self) -> FactIndex:
        return FactIndex(self.conn, self.knowledge)

    def ensure_facts(self, progress: Callable[[int, int], None] | None = None) -> bool:
        """Find the facts again if the topics or entities changed since they were found;
        True when they are current (a read-only library cannot be brought up to date)."""
        index = self.facts()
        if index.is_current():
            return True
        if self.read_only:
            return False
        with self.transaction():
            index.rebuild(progress)
        return True

    def index_added(self, last_id: int, words: WordCounter, any_added: bool) -> None:
        """Index the rows this transaction added after `last_id`: search index, word counts,
        facts (one pass each, at the end of the transaction)."""
        index_new_articles(self.conn, last_id)
        add_word_counts(self.conn, words.finish())
        if any_added:
            self.facts().index_new(last_id)

    def add_articles(self, articles: Iterable[Article], origin: str = "user") -> int:
        """Store already-read articles in one transaction; duplicates are ignored. Returns the
        number added."""
        added = 0
        words = WordCounter()
        try:
            with self.transaction():
                last_id = self._last_id()
                for article in articles:
                    if self.has_article(article.article_id):
                        continue  # also a duplicate within this batch: it was inserted above
                    self._insert(article, origin, words)
                    added += 1
                self.index_added(last_id, words, added > 0)
        finally:
            words.finish()
        return added
