"""Readers that turn files (text, Markdown, HTML, PDF, Word, MHTML) into clean Articles.
No Qt, no network: the libraries behind the readers are imported when a file needs them."""

from __future__ import annotations

import os
import tomllib
from pathlib import Path

from ..model import Article
from ..paths import CATALOG_NAME
from .cleanup import build_article
from .decode import decode_bytes, mojibake_notes
from .draft import Draft, refuse_oversized
from .errors import DuplicateArticle, IngestError
from .formats import BINARY_SUFFIXES, FILE_DIALOG_FILTER, SUPPORTED_SUFFIXES
from .html_reader import read_html
from .markdown_reader import read_markdown
from .plaintext import read_plaintext
from .safe_files import FileRefused, read_bounded, read_toml, shown_name

__all__ = ["DuplicateArticle", "IngestError", "read_file", "read_text", "load_catalog",
           "SUPPORTED_SUFFIXES", "FILE_DIALOG_FILTER", "MAX_FILE_BYTES"]  # fmt: skip

_READERS = {
    ".txt": read_plaintext, ".text": read_plaintext,
    ".md": read_markdown, ".markdown": read_markdown,
    ".html": read_html, ".htm": read_html, ".xhtml": read_html,
}  # fmt: skip
_HTML_SUFFIXES = (".html", ".htm", ".xhtml")
# No news article comes near this; a larger "article" is a mistake or an attack, and refusing
# it up front keeps memory bounded.
MAX_FILE_BYTES = 8 * 1024 * 1024
# PDFs and Word files carry images and fonts beside their text: a statement can be 20 MB.
MAX_BINARY_BYTES = 64 * 1024 * 1024


def read_text(text: str, suffix: str = ".txt", metadata: dict | None = None,
              source_file: str = "") -> Article:  # fmt: skip
    """Parse already-decoded text of the given format into an Article."""
    reader = _READERS.get(suffix.lower())
    if reader is None:
        raise IngestError(f"unsupported format ({suffix or 'no extension'})")
    refuse_oversized(text)
    text, notes = mojibake_notes(text)
    draft: Draft = reader(text)
    refuse_oversized(blocks=len(draft.blocks))
    return build_article(draft, text, metadata, source_file, notes)


def _read_binary(data: bytes, suffix: str) -> Draft:
    if suffix == ".pdf":
        from .pdf_reader import read_pdf

        return read_pdf(data)
    if suffix == ".docx":
        from .docx_reader import read_docx

        return read_docx(data)
    from .mhtml_reader import read_mhtml

    return read_mhtml(data)


def read_file(path: Path, metadata: dict | None = None) -> Article:
    """Read one file into an Article, or raise IngestError with a one-line reason."""
    suffix = path.suffix.lower()
    if suffix not in SUPPORTED_SUFFIXES:
        raise IngestError(f"unsupported format ({suffix or 'no extension'})")
    limit = MAX_BINARY_BYTES if suffix in BINARY_SUFFIXES else MAX_FILE_BYTES
    try:  # regular files only, never more than the limit (safe_files says why not)
        data = read_bounded(path, limit)
    except FileRefused as error:
        raise IngestError(str(error)) from None
    if suffix in _HTML_SUFFIXES and data.count(b"\x00") * 1000 < len(data):
        data = data.replace(b"\x00", b"")  # a few stray NULs in a saved page: not binary
    name = shown_name(path.name)
    if suffix not in BINARY_SUFFIXES:
        return read_text(decode_bytes(data), suffix, metadata, name)
    if not data.strip():
        raise IngestError("empty file")
    draft = _read_binary(data, suffix)
    refuse_oversized(blocks=len(draft.blocks))
    # The identity of a PDF/Word/MHTML article is its text, whatever the container's bytes.
    text = "\n".join(words for _, words in draft.blocks)
    text, notes = mojibake_notes(text)
    return build_article(draft, text, metadata, name, notes)


def load_catalog(folder: Path) -> dict[str, dict]:
    """Curated metadata for the files of a folder (`catalog.toml`), keyed by file name; read
    bounded and never through a link, as articles are."""
    path = folder / CATALOG_NAME
    if not os.path.lexists(path):
        return {}
    try:
        data = read_toml(path)
    except FileRefused as error:
        raise IngestError(f"{path.name} is not read: {error}") from None
    except (ValueError, tomllib.TOMLDecodeError) as error:
        raise IngestError(f"{path.name} is not valid TOML: {error}") from None
    return {name: entry for name, entry in data.items() if isinstance(entry, dict)}
