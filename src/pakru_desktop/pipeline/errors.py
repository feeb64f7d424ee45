"""How an import ends when it does not finish: its own module, so that the readers, the
writer and the import that drives them share the exceptions without importing each other."""

from __future__ import annotations

from ..db.schema import LibraryError


class ImportCancelled(Exception):
    """The user cancelled an import; the library was left as it was before."""


class ImportFailed(LibraryError):
    """An import failed as a whole (disk full, another import running …); nothing of it was
    stored. The message is the true reason, in one line."""
