"""Word .docx → blocks: headings, paragraphs and list items in document order, and the core
properties (title, author, date). Read with the standard library's zipfile and ElementTree:
the format needs no more, and every size is checked before anything is inflated.

Headings are found as Word finds them: by the style's NAME ("heading 1", "Title") or outline
level in styles.xml, following `basedOn`. The style id is translated by Word (a German Word
writes "berschrift1", a Russian one "1" or "11"), so it is never the test. Text boxes are
written twice in a file (the drawing and its VML fallback): the fallback is skipped, and a box's
paragraphs come once, after the paragraph holding them. One walk over the tree: nested
paragraphs cost no more than flat ones."""

from __future__ import annotations

import io
import re
import zipfile
from xml.etree import ElementTree

from .draft import Draft
from .errors import IngestError

_W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
_MC_FALLBACK = "{http://schemas.openxmlformats.org/markup-compatibility/2006}Fallback"
_DOCUMENT = "word/document.xml"
_STYLES = "word/styles.xml"
_HEADING_NAME = re.compile(r"^heading\s*([1-9])$")
_MAX_BASED_ON = 10  # a style's basedOn chain; loops in a hostile file stop here
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
    # UTF-16 (or -32) XML writes "<!ENTITY" with NULs between the letters: look without them.
    probe = data.replace(b"\x00", b"") if b"\x00" in data[:64] else data
    if b"<!DOCTYPE" in probe[:4096] or b"<!ENTITY" in probe:
        raise IngestError("Word file refused: it declares XML entities (never in real .docx)")
    return data


def _xml(data: bytes) -> ElementTree.Element:
    try:
        return ElementTree.fromstring(data)
    except ElementTree.ParseError as error:
        raise IngestError(f"damaged Word file (bad XML: {error})") from None


Style = tuple[str, int]  # ("title" | "heading" | "item" | "paragraph", heading level)


def _styles(root: ElementTree.Element | None) -> dict[str, Style]:
    """Paragraph style id → what its name or outline level makes it (through basedOn)."""
    if root is None:
        return {}
    own: dict[str, tuple[str, str, int | None, bool]] = {}
    for style in root.iter(f"{_W}style"):
        style_id = style.get(f"{_W}styleId", "")
        name = style.find(f"{_W}name")
        based = style.find(f"{_W}basedOn")
        props = style.find(f"{_W}pPr")
        outline = props.find(f"{_W}outlineLvl") if props is not None else None
        level = outline.get(f"{_W}val", "") if outline is not None else ""
        own[style_id] = (
            (name.get(f"{_W}val", "") if name is not None else "").strip().lower(),
            based.get(f"{_W}val", "") if based is not None else "",
            int(level) if level.isdigit() else None,
            props is not None and props.find(f"{_W}numPr") is not None,
        )
    return {style_id: _resolve(own, style_id) for style_id in own}


def _resolve(own: dict[str, tuple[str, str, int | None, bool]], style_id: str) -> Style:
    for _ in range(_MAX_BASED_ON):
        if style_id not in own:
            break
        name, based, level, numbered = own[style_id]
        if name == "title":
            return "title", 0
        heading = _HEADING_NAME.match(name)
        if heading:
            return "heading", int(heading[1])
        if level is not None and level < 9:
            return "heading", level + 1
        if numbered or name.startswith("list"):
            return "item", 0
        style_id = based
    return "paragraph", 0


def _built_in(style_id: str) -> Style:
    name = style_id.lower().replace(" ", "")
    if name == "title":
        return "title", 0
    if name.startswith("heading") and name[7:].isdigit():
        return "heading", int(name[7:])
    return ("item", 0) if name.startswith("list") else ("paragraph", 0)


def _kind(paragraph: ElementTree.Element, styles: dict[str, Style]) -> Style:
    props = paragraph.find(f"{_W}pPr")
    if props is None:
        return "paragraph", 0
    outline = props.find(f"{_W}outlineLvl")
    level = outline.get(f"{_W}val", "") if outline is not None else ""
    if level.isdigit() and int(level) < 9:
        return "heading", int(level) + 1
    node = props.find(f"{_W}pStyle")
    style_id = node.get(f"{_W}val", "") if node is not None else ""
    # A style the file does not define is one of Word's built-ins, named by its English id.
    kind = styles[style_id] if style_id in styles else _built_in(style_id)
    if kind[0] == "paragraph" and props.find(f"{_W}numPr") is not None:
        return "item", 0
    return kind


def _paragraphs(body: ElementTree.Element) -> list[tuple[ElementTree.Element, str]]:
    """Every paragraph with its own text, in reading order, in one walk: a text box's
    paragraphs come after the paragraph that holds them; VML fallbacks are skipped."""
    done: list[tuple[ElementTree.Element, str]] = []
    open_paragraphs: list[tuple[ElementTree.Element, list[str]]] = []
    stack: list[tuple[ElementTree.Element, bool]] = [(body, False)]
    while stack:
        node, leaving = stack.pop()
        if leaving:  # the paragraph is complete: its text excludes nested paragraphs'
            element, pieces = open_paragraphs.pop()
            done.append((element, "".join(pieces)))
            continue
        tag = node.tag
        if tag == _MC_FALLBACK:
            continue
        if tag == f"{_W}p":
            open_paragraphs.append((node, []))
            stack.append((node, True))
        elif open_paragraphs:
            if tag == f"{_W}t" and node.text:
                open_paragraphs[-1][1].append(node.text)
            elif tag in (f"{_W}tab", f"{_W}br", f"{_W}cr"):
                open_paragraphs[-1][1].append(" ")
        stack.extend((child, False) for child in reversed(node))
    # A paragraph closes after the boxes inside it: put each holder before its boxes.
    order = {id(element): index for index, element in enumerate(body.iter(f"{_W}p"))}
    return sorted(done, key=lambda item: order[id(item[0])])


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
            styles_part = _part(archive, _STYLES)
        except (zipfile.BadZipFile, EOFError, OSError, NotImplementedError) as error:
            raise IngestError(f"damaged Word file ({error})") from None
    if document is None:
        raise IngestError("not a Word document (no word/document.xml in the archive)")
    styles = _styles(_xml(styles_part) if styles_part is not None else None)
    draft = Draft()
    body = _xml(document).find(f"{_W}body")
    for paragraph, raw in _paragraphs(body) if body is not None else ():
        text = " ".join(raw.split())
        if not text:
            continue
        kind, level = _kind(paragraph, styles)
        if kind == "title" or (kind == "heading" and level == 1 and not draft.title):
            draft.title = draft.title or text
            if draft.title == text:
                continue
            kind = "heading"
        draft.blocks.append((kind, text))  # type: ignore[arg-type]
    if core is not None:
        _core_properties(_xml(core), draft)
    if not draft.blocks:
        raise IngestError("empty document" if not draft.title else "only a title, no text")
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
