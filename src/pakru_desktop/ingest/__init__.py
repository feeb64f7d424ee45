"""Readers that turn files (text, Markdown, HTML) into clean Articles. No Qt, no network."""

from __future__ import annotations

import tomllib
from pathlib import Path

from ..model import Article
from ..paths import CATALOG_NAME
from ..safe_files import FileRefused, read_bounded, shown_name
from .cleanup import build_article
from .decode import decode_bytes
from .draft import Draft
from .errors import DuplicateArticle, IngestError
from .html_reader import read_html
from .markdown_reader import read_markdown
from .plaintext import read_plaintext

__all__ = ["DuplicateArticle", "IngestError", "read_file", "read_text", "load_catalog",
           "SUPPORTED_SUFFIXES", "MAX_FILE_BYTES"]  # fmt: skip

_READERS = {
    ".txt": read_plaintext, ".text": read_plaintext,
    ".md": read_markdown, ".markdown": read_markdown,
    ".html": read_html, ".htm": read_html, ".xhtml": read_html,
}  # fmt: skip
SUPPORTED_SUFFIXES = frozenset(_READERS)
# No news article comes near this; a larger "article" is a mistake or an attack, and refusing
# it up front keeps memory bounded.
MAX_FILE_BYTES = 8 * 1024 * 1024


def read_text(text: str, suffix: str = ".txt", metadata: dict | None = None,
              source_file: str = "") -> Article:  # fmt: skip
    """Parse already-decoded text of the given format into an Article."""
    reader = _READERS.get(suffix.lower())
    if reader is None:
        raise IngestError(f"unsupported format ({suffix or 'no extension'})")
    draft: Draft = reader(text)
    return build_article(draft, text, metadata, source_file)


def read_file(path: Path, metadata: dict | None = None) -> Article:
    """Read one file into an Article, or raise IngestError with a one-line reason."""
    suffix = path.suffix.lower()
    if suffix not in _READERS:
        raise IngestError(f"unsupported format ({suffix or 'no extension'})")
    try:  # regular files only, never more than the limit (safe_files says why not)
        data = read_bounded(path, MAX_FILE_BYTES)
    except FileRefused as error:
        raise IngestError(str(error)) from None
    return read_text(decode_bytes(data), suffix, metadata, shown_name(path.name))


def load_catalog(folder: Path) -> dict[str, dict]:
    """Curated metadata for the files of a folder (`catalog.toml`), keyed by file name."""
    path = folder / CATALOG_NAME
    if not path.is_file():
        return {}
    try:
        with path.open("rb") as handle:
            data = tomllib.load(handle)
    except (OSError, tomllib.TOMLDecodeError) as error:
        raise IngestError(f"{path.name} is not valid TOML: {error}") from None
    return {name: entry for name, entry in data.items() if isinstance(entry, dict)}
