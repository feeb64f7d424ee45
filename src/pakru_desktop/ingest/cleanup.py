"""Draft → Article: metadata, boilerplate removal, readable paragraph lengths, identity."""

from __future__ import annotations

import hashlib
import re
import unicodedata

from ..model import Article, Block, BlockKind
from .draft import Draft
from .metadata import dateline, named_source, parse_date
from .plaintext import looks_like_heading

# Site furniture that survives copy-paste from news pages, in the languages of the pages we
# measured (benchmarks/metadata_bench.py): link-list labels ("More:", "Lue myös:"), teasers
# ("Also on rt.com …", "Читайте материал …"), share and follow prompts, promo and credit lines,
# rules, poll vote counts. Each pattern holds the whole line, so article text is never cut.
_BOILERPLATE = re.compile(
    r"^(read more|also read|related|see also|you may also like|more from)\b.*$"
    r"|^more\s*:.{0,160}$"  # "More:" only with its colon: "More than 2,500 …" is text
    r"|^(lue myös|lesen sie auch|mehr zum thema|lire aussi|à lire aussi|leggi anche"
    r"|czytaj (?:też|także|również)|читайте (?:также|материал|еще|ещё)|смотрите также"
    r"|lee también|ver también|also on [\w-]+(?:\.[\w-]+)+)\b\s*:?.{0,160}$"  # (a site: "rt.com")
    r"|^leave a (reply|comment)\.?$"
    r"|^comments are (closed|disabled)\b.*$"
    r"|^(share|share this|share this article|share on \w+|click to share)\b.{0,60}$"
    r"|^(like this (story|article)|enjoyed this (story|article))\b.{0,80}$"
    r"|^(follow us|subscribe|sign up for|download (our|the) app)\b.{0,80}$"
    r"|^follow\b.{0,80}\b(on (facebook|twitter|instagram|telegram|youtube)|full coverage|"
    r"coverage of)\b.{0,120}$"
    r"|^this (article|story) (was|is|has been) (reprinted|republished|originally published|"
    r"first published|updated)\b.{0,120}$"
    r"|^.{0,100}\bclick here\W{0,3}$"
    r"|^about the (writer|author)$"
    r"|^(napisz do autora|dalsza część artykułu)\b.{0,120}$"
    r"|^(责任编辑|編集)\s*[：:].{0,30}$|^(닫기|完了しました)$"
    r"|^(copyright|©|ⓒ)(?!\s*\d{4}\s*$).{0,200}$"
    r"|^[_=*~-]{3,}$"
    r"|^\(graphic: .{0,120}\)$"
    r"|^\d[\d,. ]*\s*(votes?|голос(?:ов|а)?)$"
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
# Sentence ends: Latin, Urdu (۔ ؟), Devanagari (। ॥) and CJK (。！？) full stops.
_TERMINAL = re.compile(r"[.!?…۔؟।॥。！？][\"”’»)\]」』]*$|[\"”’»」』]$")
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

    source = named_source(str(meta.get("source") or draft.source or ""))
    if blocks and source and _comparable(blocks[0][1]) == _comparable(source):
        blocks.pop(0)  # the site's name as a first line
    elif blocks and not source and len(blocks) > 2 and _is_site_name(blocks[0][1], blocks[1][1]):
        source = blocks.pop(0)[1]
    read_on = bool(blocks) and bool(_CONTINUE.match(blocks[-1][1]))
    blocks = [(k, t) for k, t in blocks if not _is_nav_run(t) and not _BOILERPLATE.match(t)]
    blocks = _before_comments(blocks)

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
    # A teaser ending "… Read more" after a whole article is a promo or bio blurb; alone, it is
    # an excerpt (and marked incomplete below).
    while len(kept) > 2 and _TEASER_END.search(kept[-1][1]):
        kept.pop()
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
    truncated = looks_truncated(last_text, read_on)

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


# What a complete article may end with and no full stop: a source or credit line, a sign-off,
# a copyright notice, a link, a rule ("SOURCE: Al Jazeera News", "Reporting by Jason Hovet").
_CLOSING = re.compile(
    r"^(?:sources?|quelle|источник|джерело|fuente|fonte|reporting|additional reporting|writing|"
    r"editing|compiled|photo|image|credits?|via|follow|with)\b"
    r"|\b(?:reporting|editing|writing|compiled|contributed)\s+(?:by|to)\b"
    r"|©|\bcopyright\b|\(c\)|https?://|www\.|^[\W_]+$",
    re.IGNORECASE,
)
# A closing line saying the whole text is elsewhere, in a print issue or for subscribers ("Den
# kompletten Beitrag lesen Sie in der neuen Juli-Ausgabe"): the saved page is an excerpt.
_ELSEWHERE = re.compile(  # word endings bounded: "ganzganz…" × n must stay linear
    r"\b(?:komplett|vollständig|ganz|gesamt)\w{0,4}\s+(?:beitrag|artikel|text)\w{0,4}\b.{0,80}"
    r"\b(?:ausgabe|heft|abo)"
    r"|\b(?:full|complete|whole)\s+(?:article|story|text)\b.{0,80}"
    r"\b(?:issue|edition|subscribers?|subscription|print)\b"
    r"|\barticle\s+(?:complet|intégral|en entier)\b.{0,80}\b(?:numéro|édition|abonné|abonnement)"
    r"|\b(?:artículo|articolo|artigo)\s+complet[oa]\b.{0,80}"
    r"\b(?:edición|edizione|edição|suscriptor|abbonat|assinante)"
    r"|полн\w{0,4}\s+(?:текст|верси)\w{0,4}.{0,80}(?:номер|выпуск|подписчик)",
    re.I,
)
# A comments section's label ends the article: the lines under it (the rules of the debate,
# "Se retningslinjerne her") are not its text. Looked for among the last lines only.
_COMMENTS_LABEL = re.compile(
    r"^(?:comments?|kommentarer|kommentare?|commentaires?|commenti|comentarios|comentários|"
    r"reacties|komentarze|komentáře|kommentit|hozzászólások|комментарии|коментарі|коментари|"
    r"yorumlar|تعليقات|댓글|评论|評論|コメント)\s*(?:\(\d+\)|\d+)?\s*:?$",
    re.I,
)
_COMMENTS_REACH = 3
# A teaser's ending: "[…]", or an ellipsis right before "Read more". A plain "…" ends
# sentences in Russian prose and is no evidence by itself.
_TEASER_END = re.compile(
    r"\[(?:…|\.\.\.)\]\W*$|(?:…|\.\.\.)\s*\(?(?:read more|more|weiter|далее)\W*$", re.I
)
# A line inviting to read on elsewhere, after the text: the rest of the article was not saved.
_CONTINUE = re.compile(
    r"^(?:continue reading|read the (?:full|whole|rest)|keep reading|"
    r"weiterlesen|lire la suite|читать далее|subscribe to (?:read|continue))\b",
    re.I,
)
# A last line of at most this many words holding one sentence is a caption, a related
# headline or a button ("Explore further") more often than a cut sentence: it counts as cut
# only when it stops on a small word ("The talks will continue in").
_ONE_LINE_WORDS = 12
_SMALL_WORD = 3  # letters
_INNER_SENTENCE_END = re.compile(r"[.!?…。！？۔؟।॥][\"”’»)]*\s")
# A credit in brackets after the last sentence: "… Act, 2020. (With inputs from agencies)".
_CLOSING_BRACKETS = re.compile(r"(?<=[.!?…۔؟।。])\s*[(\[][^()\[\]]{1,60}[)\]]$")
# A line of mostly capitalised words is a headline or a link ("Jawaban Soal TVRI Jenjang SD
# Kelas 4-6 Senin 4 Mei 2020, Operasi Hitung Bilangan"), not prose stopping mid-sentence.
_HEADLINE_SHARE, _HEADLINE_WORDS = 0.7, 20


def looks_truncated(last: str, read_on: bool = False) -> bool:
    """Evidence that the text was cut: a teaser ending ("[…]"), a "Continue reading" line after
    a text stopping mid-sentence, or prose stopping mid-sentence with no closing furniture.
    A credit line, a sign-off, a caption or related headline (one short sentence), a table
    row ending in a code or a figure, a line ending in a colon (an embed not saved as text),
    or a link ending a complete article is no such evidence."""
    if not last or _TEASER_END.search(last) or _ELSEWHERE.search(last):
        return bool(last)
    last = _CLOSING_BRACKETS.sub("", last.rstrip())
    if _TERMINAL.search(last) or _CLOSING.search(last) or last.endswith(":"):
        return False
    if _headline_case(last):
        return False
    if read_on:
        return True
    words = last.split()
    tail = words[-1].rstrip('"”’»)]')
    # Lower case, or a script without case (its words are never upper): mid-sentence.
    mid_sentence = tail.isalpha() and not tail[0].isupper()
    if len(words) <= _ONE_LINE_WORDS and not _INNER_SENTENCE_END.search(last):
        return mid_sentence and len(tail) <= _SMALL_WORD
    # Prose stopping without a full stop: cut, unless on a code or a figure, as list items
    # and table rows end ("Oct. 10 -- … Pavilion, Houston, TX", "Total 1,450").
    return not (any(c.isdigit() for c in tail) or (tail.isupper() and len(tail) > 1))


def _before_comments(blocks: list[tuple[BlockKind, str]]) -> list[tuple[BlockKind, str]]:
    start = max(1, len(blocks) - _COMMENTS_REACH)
    at = next((i for i in range(start, len(blocks)) if _COMMENTS_LABEL.match(blocks[i][1])), 0)
    return blocks[:at] if at else blocks


def _headline_case(line: str) -> bool:
    words = [w for w in line.split() if w[0].isalpha()]
    capitals = sum(w[0].isupper() for w in words)
    return 4 <= len(words) <= _HEADLINE_WORDS and capitals >= _HEADLINE_SHARE * len(words)


def raise_empty() -> None:
    from .errors import IngestError

    raise IngestError("no article text left after removing page furniture")


def _headline_like(text: str) -> bool:
    return len(text) <= 200 and (looks_like_heading(text) or not text.rstrip().endswith("."))


def _is_site_name(first: str, second: str) -> bool:
    """A short name line right before a menu run, as pages saved from news sites begin."""
    return len(first) <= 40 and _is_nav_run(second) and not _TERMINAL.search(first)
