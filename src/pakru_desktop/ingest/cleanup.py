"""Draft → Article: metadata, boilerplate removal, readable paragraph lengths, identity."""

from __future__ import annotations

import hashlib
import re
import unicodedata

from ..model import Article, Block, BlockKind
from .draft import Draft
from .metadata import dateline, parse_date
from .plaintext import looks_like_heading

# Site furniture that survives copy-paste from news pages.
_BOILERPLATE = re.compile(
    r"^(read more|also read|related|see also|you may also like|more from)\b.*$"
    r"|^leave a (reply|comment)\.?$"
    r"|^comments are (closed|disabled)\b.*$"
    r"|^(share|share this|share this article|share on \w+|click to share)\b.{0,60}$"
    r"|^(follow us|subscribe|sign up for)\b.{0,80}$"
    r"|^(like this|advertisement|sponsored|loading\W*)$"
    r"|^(tags?|filed under)\s*:.{0,120}$",
    re.IGNORECASE,
)
_BYLINE = re.compile(r"^\(?\s*(?:by|written by|author)\s*[:\-–]?\s*([^()]{2,80}?)\s*\)?$", re.I)
_CAMEL_JOIN = re.compile(r"[a-z][A-Z]")
# Urdu ends a sentence with ۔ (full stop) or ؟ (question mark); the script has no capitals.
_SENTENCE_BREAK = re.compile(
    r"(?<=[.!?])[\"”’»)]?\s+(?=[\"“‘«(]?[A-Z0-9А-ЯЁ])|(?<=[۔؟])[\"”’»)]?\s+(?=\S)"
)
_ABBREVIATIONS = re.compile(r"\b(?:Mr|Mrs|Ms|Dr|St|No|Gen|Lt|Col|Sr|Jr|vs|etc|U\.S|e\.g|i\.e)\.$")
_TERMINAL = re.compile(r"[.!?…۔؟][\"”’»)\]]*$|[\"”’»]$")
_ALL_CAPS_LABEL = re.compile(r"^[A-Z0-9&/,' -]{3,40}$")

LONG_PARAGRAPH = 900  # characters; longer paragraphs are split at sentence boundaries
TARGET_PARAGRAPH = 600


def normalize_space(text: str) -> str:
    return re.sub(r"\s+", " ", unicodedata.normalize("NFC", text)).strip()


def identity_of(text: str) -> str:
    """Stable id from the normalized text: same words, same id, whatever the file or encoding."""
    folded = unicodedata.normalize("NFKC", text).casefold()
    folded = re.sub(r"[’‘`´]", "'", folded)
    folded = re.sub(r"[“”]", '"', folded)
    folded = re.sub(r"\s+", " ", folded).strip()
    return hashlib.sha256(folded.encode("utf-8")).hexdigest()[:16]


def content_hash(title: str, blocks: list[Block]) -> str:
    """Hash of what the library stores for an article; `verify` recomputes it."""
    digest = hashlib.sha256(title.encode("utf-8"))
    for block in blocks:
        digest.update(f"\x1e{block.kind}\x1f{block.text}".encode())
    return digest.hexdigest()


def split_sentences(text: str) -> list[str]:
    # Pieces are gathered and joined once, and only a sentence's tail is searched for an
    # abbreviation: "Mr. " × 2 million was quadratic both ways.
    sentences: list[list[str]] = []
    for piece in _SENTENCE_BREAK.split(text):
        if sentences and _ABBREVIATIONS.search(sentences[-1][-1][-16:]):
            sentences[-1].append(piece)
        else:
            sentences.append([piece])
    return [" ".join(parts) for parts in sentences]


def split_long_paragraph(text: str) -> list[str]:
    """Keep citations useful: cut a very long paragraph into ~600-character runs of sentences."""
    if len(text) <= LONG_PARAGRAPH:
        return [text]
    parts: list[str] = []
    current = ""
    for sentence in split_sentences(text):
        if current and len(current) + len(sentence) + 1 > TARGET_PARAGRAPH:
            parts.append(current)
            current = sentence
        else:
            current = f"{current} {sentence}".strip()
    if current:
        parts.append(current)
    return parts


def _comparable(text: str) -> str:
    return re.sub(r"[\W_]+", " ", text.casefold()).strip()


def _is_nav_run(text: str) -> bool:
    """'Big storiesHeadlinesMOST POPULARNews Ticker…': menu labels glued together."""
    return len(_CAMEL_JOIN.findall(text)) >= 2 and not _TERMINAL.search(text) and len(text) < 300


def build_article(draft: Draft, raw_text: str, metadata: dict | None = None,
                  source_file: str = "", notes: list[str] | None = None) -> Article:  # fmt: skip
    """Turn a reader's draft into a clean Article, with catalog metadata taking precedence."""
    meta = metadata or {}
    blocks = [(kind, normalize_space(text)) for kind, text in draft.blocks]
    blocks = [(kind, text) for kind, text in blocks if text]
    notes = list(notes or [])

    source = meta.get("source") or draft.source
    if blocks and source and _comparable(blocks[0][1]) == _comparable(source):
        blocks.pop(0)  # the site's name as a first line
    elif blocks and not source and len(blocks) > 2 and _is_site_name(blocks[0][1], blocks[1][1]):
        source = blocks.pop(0)[1]
    blocks = [(k, t) for k, t in blocks if not _is_nav_run(t) and not _BOILERPLATE.match(t)]

    section = meta.get("section") or draft.section
    if blocks and _ALL_CAPS_LABEL.match(blocks[0][1]) and len(blocks) > 1:
        label = blocks.pop(0)[1]
        section = section or label.title()

    title = normalize_space(meta.get("title") or draft.title)
    if not title and draft.title_from_first_line and blocks and _headline_like(blocks[0][1]):
        title = blocks.pop(0)[1]
    author = meta.get("author") or draft.author
    kept: list[tuple[BlockKind, str]] = []
    for kind, text in blocks:
        byline = _BYLINE.match(text) if len(text) < 90 else None
        if byline and not kept:
            author = author or byline.group(1).strip()
            continue
        if title and not kept and _comparable(text) == _comparable(title):
            continue  # the headline repeated as the first paragraph
        kept.append((kind, text))
    while kept and kept[-1][0] == "heading":
        kept.pop()  # a heading with nothing under it (the rest was boilerplate)
    if not kept:
        raise_empty()
    if not title:
        first = split_sentences(kept[0][1])[0]
        title = first if len(first) <= 120 else first[:117].rsplit(" ", 1)[0] + "…"
        notes.append("no headline in the file: title taken from the first sentence")

    final: list[Block] = []
    for kind, text in kept:
        pieces = split_long_paragraph(text) if kind == "paragraph" else [text]
        for piece in pieces:
            final.append(Block(number=len(final) + 1, kind=kind, text=piece))
    last_text = next((b.text for b in reversed(final) if b.kind != "heading"), "")
    truncated = bool(last_text) and not _TERMINAL.search(last_text)

    date, precision = parse_date(str(meta.get("date") or draft.date or ""))
    if not date:  # "ISLAMABAD, 14 November 2025 — …" opening the text
        paragraphs = [text for kind, text in kept if kind == "paragraph"][:2]
        date = next((d for d in (dateline(text)[0] for text in paragraphs) if d), "")
        precision = "day" if date else ""
    if draft.url:
        notes.append(f"saved from {draft.url} (the page's own address; never opened)")
    if meta.get("date_precision"):
        precision = meta["date_precision"]
    return Article(
        article_id=identity_of(raw_text),
        title=title,
        blocks=final,
        source=normalize_space(source or ""),
        author=normalize_space(author or ""),
        date=date,
        date_precision=precision,  # type: ignore[arg-type]
        date_estimated=bool(meta.get("estimated", False)),
        section=normalize_space(section or ""),
        truncated=truncated,
        source_file=source_file,
        content_hash=content_hash(title, final),
        notes=notes,
    )


def raise_empty() -> None:
    from .errors import IngestError

    raise IngestError("no article text left after removing page furniture")


def _headline_like(text: str) -> bool:
    return len(text) <= 200 and (looks_like_heading(text) or not text.rstrip().endswith("."))


def _is_site_name(first: str, second: str) -> bool:
    """A short name line right before a menu run, as pages saved from news sites begin."""
    return len(first) <= 40 and _is_nav_run(second) and not _TERMINAL.search(first)
