"""Word .docx → blocks: headings, paragraphs and list items in document order, and the core
properties (title, author, date). Read with the standard library's zipfile and ElementTree:
the format needs no more, and every size is checked before anything is inflated."""

from __future__ import annotations

import io
import zipfile
from xml.etree import ElementTree

from .draft import Draft
from .errors import IngestError

_W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
_DOCUMENT = "word/document.xml"
_CORE = "docProps/core.xml"
# A long report's document.xml is a few MB; more is a zip bomb or not a brief.
_MAX_PART_BYTES = 50 * 1024 * 1024
_MAX_RATIO = 200  # inflated/compressed: text XML compresses ~10×, bombs 1000×+
_MAX_ENTRIES = 10_000


def _part(archive: zipfile.ZipFile, name: str) -> bytes | None:
    try:
        info = archive.getinfo(name)
    except KeyError:
        return None
    if info.file_size > _MAX_PART_BYTES or info.file_size > _MAX_RATIO * max(
        info.compress_size, 1024
    ):
        raise IngestError(f"Word file refused: {name} would inflate to {info.file_size:,} bytes")
    with archive.open(info) as handle:
        data = handle.read(_MAX_PART_BYTES + 1)  # the header's size may lie
    if len(data) > _MAX_PART_BYTES:
        raise IngestError(f"Word file refused: {name} inflates past {_MAX_PART_BYTES:,} bytes")
    if b"<!DOCTYPE" in data[:4096] or b"<!ENTITY" in data:
        raise IngestError("Word file refused: it declares XML entities (never in real .docx)")
    return data


def _xml(data: bytes) -> ElementTree.Element:
    try:
        return ElementTree.fromstring(data)
    except ElementTree.ParseError as error:
        raise IngestError(f"damaged Word file (bad XML: {error})") from None


def _kind(paragraph: ElementTree.Element) -> tuple[str, int]:
    """("title" | "heading" | "item" | "paragraph", heading level)."""
    props = paragraph.find(f"{_W}pPr")
    style = ""
    if props is not None:
        node = props.find(f"{_W}pStyle")
        style = (node.get(f"{_W}val", "") if node is not None else "").lower().replace(" ", "")
        if props.find(f"{_W}numPr") is not None:
            return "item", 0
    if style == "title":
        return "title", 0
    if style.startswith("heading") and style[7:].isdigit():
        return "heading", int(style[7:])
    if style.startswith("list"):
        return "item", 0
    return "paragraph", 0


def _text(paragraph: ElementTree.Element) -> str:
    pieces = []
    for node in paragraph.iter():
        if node.tag == f"{_W}t" and node.text:
            pieces.append(node.text)
        elif node.tag in (f"{_W}tab", f"{_W}br", f"{_W}cr"):
            pieces.append(" ")
    return "".join(pieces)


def read_docx(data: bytes) -> Draft:
    """.docx bytes → a Draft, or IngestError with the reason (damaged, bomb, encrypted…)."""
    try:
        archive = zipfile.ZipFile(io.BytesIO(data))
    except (zipfile.BadZipFile, ValueError, OSError):
        if data.startswith(b"\xd0\xcf\x11\xe0"):
            raise IngestError("password-protected or old-format Word file (.doc)") from None
        raise IngestError("damaged Word file (not a complete .docx archive)") from None
    with archive:
        if len(archive.infolist()) > _MAX_ENTRIES:
            raise IngestError("Word file refused: too many parts in the archive")
        try:
            document = _part(archive, _DOCUMENT)
            core = _part(archive, _CORE)
        except (zipfile.BadZipFile, EOFError, OSError, NotImplementedError) as error:
            raise IngestError(f"damaged Word file ({error})") from None
    if document is None:
        raise IngestError("not a Word document (no word/document.xml in the archive)")
    draft = Draft()
    body = _xml(document).find(f"{_W}body")
    for paragraph in body.iter(f"{_W}p") if body is not None else ():
        text = " ".join(_text(paragraph).split())
        if not text:
            continue
        kind, level = _kind(paragraph)
        if kind == "title" or (kind == "heading" and level == 1 and not draft.title):
            draft.title = draft.title or text
            if draft.title == text:
                continue
            kind = "heading"
        draft.blocks.append((kind, text))  # type: ignore[arg-type]
    if core is not None:
        _core_properties(_xml(core), draft)
    draft.title_from_first_line = not draft.title
    return draft


def _core_properties(core: ElementTree.Element, draft: Draft) -> None:
    for node in core:
        name, value = node.tag.rsplit("}", 1)[-1], (node.text or "").strip()
        if name == "title" and value and not draft.title:
            draft.title = value
        elif name == "creator" and value:
            draft.author = value
        elif name == "created" and value and not draft.date:
            draft.date = value
