"""The one error type readers raise: its message is the one-line reason a user sees."""


class IngestError(Exception):
    """A file could not become an article; str(error) is a short, user-facing reason."""


class DuplicateArticle(IngestError):
    """The text is already in the library (same normalized text, whatever the file name)."""
