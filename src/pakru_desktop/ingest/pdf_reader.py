"""PDF with a text layer → blocks, with pypdf (BSD-3-Clause, pure Python, no network code).

A PDF holds lines placed on pages, not paragraphs: we rebuild paragraphs across line and page
breaks (a line that ends a sentence and stops short of the column ends its paragraph), join
words hyphenated at line ends, and drop running headers/footers (the same line at the top or
bottom of most pages) and page numbers.
"""

from __future__ import annotations

import io
import re
import statistics

from ..model import BlockKind
from .draft import Draft
from .errors import IngestError
from .pdf_front import read_front

# A statement or report is tens of pages; 10,000 "pages" is an attack or not an article.
MAX_PAGES = 2000
_PAGE_NUMBER = re.compile(r"^\W{0,3}(?:page\s+)?\d{1,5}(?:\s*(?:of|/)\s*\d{1,5})?\W{0,3}$", re.I)
_SENTENCE_END = re.compile(r"[.!?…:۔؟][\"”’»)\]]*$")
_HYPHENATED = re.compile(r"[a-zа-яё]-$")


def read_pdf(data: bytes) -> Draft:
    """PDF bytes → a Draft; IngestError for encrypted, scanned, damaged or huge files."""
    from pypdf import PdfReader  # lazily: only a PDF import needs it

    try:
        reader = PdfReader(io.BytesIO(data), strict=False)
        if reader.is_encrypted and not reader.decrypt(""):
            raise IngestError("password-protected PDF: open it and save a copy without password")
        count = len(reader.pages)
        if count > MAX_PAGES:
            raise IngestError(f"PDF too long ({count:,} pages; the limit is {MAX_PAGES:,})")
        spans: list[tuple[float, str]] = []  # page 1's text with its size, for the title
        pages = [
            (page.extract_text(visitor_text=_span_collector(spans) if not index else None) or "")
            for index, page in enumerate(reader.pages)
        ]
        info = reader.metadata or {}
    except IngestError:
        raise
    except RecursionError:
        raise IngestError("damaged PDF (its objects refer to each other endlessly)") from None
    except Exception as error:  # pypdf raises many types on damaged files; all mean the same
        if "decrypt" in str(error).lower() or "password" in str(error).lower():
            raise IngestError("password-protected PDF") from None
        raise IngestError(f"damaged PDF ({type(error).__name__}: {error})"[:200]) from None
    lines = _without_furniture([_lines(text) for text in pages])
    if not any(lines):
        raise IngestError("no text layer (scanned image): this PDF holds pictures of pages")
    front = read_front(lines[0], spans, str(info.get("/Title", "") or ""),
                       str(info.get("/Author", "") or ""))  # fmt: skip
    # The title and the name lines under it are metadata, not the first paragraph.
    header: list[tuple[BlockKind, str]] = [("paragraph", "; ".join(front.header))]
    lines[0] = lines[0][front.skip :]
    draft = Draft(blocks=(header if front.header else []) + _paragraphs(lines))
    draft.title, draft.author, draft.date = front.title, front.authors, front.date
    created = str(info.get("/CreationDate", "") or "")
    if not draft.date and created.startswith("D:") and created[2:10].isdigit():
        draft.date = f"{created[2:6]}-{created[6:8]}-{created[8:10]}"  # only a file stamp
    draft.title_from_first_line = not draft.title
    return draft


def _span_collector(spans: list[tuple[float, str]]):  # noqa: ANN202 (pypdf's visitor)
    """A pypdf text visitor noting each piece of text with its size on the page."""

    def visit(text: str, cm: list[float], tm: list[float], font: object, size: float) -> None:
        if text.strip() and len(spans) < 5000:
            scale = (abs(tm[3]) or abs(tm[0]) or 1) * (abs(cm[3]) or abs(cm[0]) or 1)
            spans.append((round(float(size or 0) * scale, 1), text))

    return visit


def _lines(text: str) -> list[str]:
    return [" ".join(line.split()) for line in text.splitlines()]


def _shape(line: str) -> str:
    return re.sub(r"\d+", "#", line.casefold())


def _without_furniture(pages: list[list[str]]) -> list[list[str]]:
    """Drop page numbers, and lines repeated at the top or bottom of most pages."""
    edges: dict[str, int] = {}
    for lines in pages:
        content = [ln for ln in lines if ln]
        for line in {_shape(ln) for ln in content[:2] + content[-2:]}:
            edges[line] = edges.get(line, 0) + 1
    running = {s for s, n in edges.items() if len(pages) >= 3 and n >= 0.6 * len(pages)}
    cleaned = []
    for lines in pages:
        content = [ln for ln in lines if ln]
        last = len(content) - 2
        cleaned.append([
            line for index, line in enumerate(content)
            if not ((index < 2 or index >= last)
                    and (_shape(line) in running or _PAGE_NUMBER.match(line)))
        ])  # fmt: skip
    return cleaned


def _paragraphs(pages: list[list[str]]) -> list[tuple[BlockKind, str]]:
    lengths = [len(ln) for lines in pages for ln in lines if ln]
    width = statistics.quantiles(lengths, n=10)[7] if len(lengths) >= 10 else max(lengths)
    paragraphs: list[tuple[BlockKind, str]] = []
    current = ""
    for lines in pages:  # a paragraph may go on over a page break
        for line in lines:
            if not current and len(line) < 0.6 * width and not _SENTENCE_END.search(line):
                paragraphs.append(("heading", line))  # a short line standing alone
                continue
            if current and _HYPHENATED.search(current) and line[:1].islower():
                current = current[:-1] + line
            else:
                current = f"{current} {line}".strip()
            if _SENTENCE_END.search(line) and len(line) < 0.8 * width:
                paragraphs.append(("paragraph", current))
                current = ""
    if current:
        paragraphs.append(("paragraph", current))
    return paragraphs
