"""Data that crosses layers: plain dataclasses, no behaviour beyond small derived values."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import cached_property
from typing import Literal

BlockKind = Literal["paragraph", "heading", "item"]
DatePrecision = Literal["day", "month", "year", "decade", ""]


@dataclass(frozen=True)
class Block:
    """One readable unit of an article: a paragraph, a heading or a list item.

    `number` is 1-based and counts every block as shown, so a citation "paragraph 7" is the
    seventh block a reader sees.
    """

    number: int
    kind: BlockKind
    text: str


@dataclass
class Article:
    """An article as read from a file, before or after it is stored in the library."""

    article_id: str
    title: str
    blocks: list[Block]
    source: str = ""
    author: str = ""
    date: str = ""
    date_precision: DatePrecision = ""
    date_estimated: bool = False
    section: str = ""
    truncated: bool = False
    source_file: str = ""
    content_hash: str = ""
    notes: list[str] = field(default_factory=list)

    @property
    def headings(self) -> list[str]:
        return [b.text for b in self.blocks if b.kind == "heading"]

    @property
    def body_text(self) -> str:
        return "\n".join(b.text for b in self.blocks if b.kind != "heading")


@dataclass(frozen=True)
class ArticleSummary:
    """A row of the article list: what the sidebar and `pakru articles` show."""

    article_id: str
    title: str
    source: str
    source_file: str
    date: str
    date_precision: str
    date_estimated: bool
    paragraph_count: int


@dataclass(frozen=True)
class Hit:
    """One article in a result list, pointing at its best paragraph."""

    article_id: str
    title: str
    source_file: str
    paragraph: int
    snippet: str  # safe HTML: escaped text with <mark> around matched terms
    score: float
    title_html: str = ""
    more_hits: int = 0  # further matching paragraphs in the same article
    hit_paragraphs: tuple[int, ...] = ()
    date: str = ""  # the article's date (its estimate when date_estimated)
    date_estimated: bool = False
    source: str = ""  # the publisher, as the sidebar names it ("" when unknown)


@dataclass
class SearchResult:
    query: str
    total: int
    hits: list[Hit]
    suggestion: str | None = None
    notice: str | None = None
    total_is_estimate: bool = False


@dataclass(frozen=True)
class ImportOutcome:
    """What happened to one file in an import batch."""

    path: str
    status: Literal["imported", "skipped", "failed"]
    article_id: str = ""
    title: str = ""
    reason: str = ""  # for "imported": "replaced" when it took the place of an earlier version

    @property
    def replaced(self) -> bool:
        return self.status == "imported" and self.reason == REPLACED


REPLACED = "replaced"


@dataclass
class ImportReport:
    imported: list[ImportOutcome] = field(default_factory=list)
    skipped: list[ImportOutcome] = field(default_factory=list)
    failed: list[ImportOutcome] = field(default_factory=list)

    def add(self, outcome: ImportOutcome) -> None:
        getattr(self, outcome.status).append(outcome)

    def to_json(self) -> dict:
        return {
            "imported": [
                {
                    "path": o.path,
                    "article_id": o.article_id,
                    "title": o.title,
                    "replaced": o.replaced,
                }
                for o in self.imported
            ],
            "skipped": [{"path": o.path, "reason": o.reason} for o in self.skipped],
            "failed": [{"path": o.path, "error": o.reason} for o in self.failed],
        }


# -- the row codec: how an article's blocks are stored (body lines + one kind letter each) -----
_KIND_LETTER: dict[str, str] = {"paragraph": "p", "heading": "h", "item": "i"}
_LETTER_KIND: dict[str, BlockKind] = {"p": "paragraph", "h": "heading", "i": "item"}


def encode_blocks(blocks: list[Block]) -> tuple[str, str]:
    """(body, kinds): how an article's blocks are stored; blocks_of reads them back."""
    return "\n".join(b.text for b in blocks), "".join(_KIND_LETTER[b.kind] for b in blocks)


def blocks_of(body: str, kinds: str) -> list[Block]:
    """Blocks back from a stored body (one line per block) and its kind letters."""
    texts = body.split("\n") if body else []
    return [
        Block(number=i + 1, kind=_LETTER_KIND.get(letter, "paragraph"), text=text)
        for i, (letter, text) in enumerate(zip(kinds, texts, strict=False))
    ]


@dataclass(frozen=True)
class Topic:
    """A topic of the library: its keywords are queries in the search language; the knowledge
    layer reads topic files into it, search turns it into a filter."""

    slug: str
    title: str
    order: int
    keywords: tuple[str, ...]  # each one a query in the search language
    introduction: str  # Markdown
    requires: tuple[str, ...] = ()  # entities an article must name to be of the topic
    # The story's event told in other words: (event keyword, what it means, (pattern, ...)),
    # every pattern found in a lead ("raised its stake in Acme" tells of Acme's takeover).
    # The knowledge layer, which knows what words mean, fills it when it reads a topic file.
    senses: tuple[tuple[str, str, tuple[str, ...]], ...] = ()
    # Event words that are always some company's own, with how many companies they take
    # (takeover 2, divest* 1): an article naming them and none of the story's companies,
    # or one company where they take two, is another deal.
    party_events: tuple[tuple[str, int], ...] = ()
    # Meanings told from the other side of the story's event (a buyer's takeover telling of
    # a company's sale): they count only in an article naming two of the story's parties.
    other_side: tuple[str, ...] = ()

    @cached_property
    def keyword_patterns(self) -> list[re.Pattern[str]]:
        """Each keyword as its own plain regular expression (see `pattern`)."""
        words = [k.strip('"').lower() for k in self.keywords if k.strip('"')]
        return [re.compile(r"\b" + r"\s+".join(re.escape(w.rstrip("*")) for w in k.split()), re.I)
                for k in words]  # fmt: skip

    def keywords_in(self, text: str) -> list[str]:
        """The topic's keywords a text holds, each once; a keyword found only inside another
        one's match ("seamen" in "seamen's strike") does not count on its own."""
        spans = {}
        for keyword, pattern in zip(self.keywords, self.keyword_patterns, strict=True):
            found = [m.span() for m in pattern.finditer(text)]
            if found:
                spans[keyword.strip('"')] = found
        return [k for k, found in spans.items()
                if any(not any(o != k and s0 <= a and b <= e0 and (s0, e0) != (a, b)
                               for o, others in spans.items() for s0, e0 in others)
                       for a, b in found)]  # fmt: skip

    def holds(self, text: str, entities: set[str], title: str = "") -> bool:
        """Can an article be of the topic: it names every entity the topic requires (its
        sentences then join by the topic's keywords), or — a topic requiring nobody — it
        holds two of the topic's keywords and they run through it, named in at least a
        quarter of its paragraphs. One keyword is a company or a country on another
        matter, even in the headline ("ACME TO BUILD PLANT" is not Acme's takeover); a
        long piece naming the story in a paragraph or two is about something else. The two
        words must also meet (see `_words_meet`), and a lead naming one party of the story
        alone needs the story's event (see `event_words`), in the topic's words or in
        others that mean it (see `senses`: "raised its stake in Acme")."""
        if any(name not in entities for name in self.requires):
            return False
        if self.requires:
            return True
        families = self.keyword_families
        paragraphs = [line for line in text.split("\n") if line.strip()]
        # A lead telling of the story's event in other words names the event.
        named = {families[k] for k in self.keywords_in(f"{title}\n{text}")}
        told = {told[0] for told in self._told_with(title, paragraphs[:1], named)}
        found = named | told
        if len(found) < min(2, len(set(families.values()))):
            return False
        if self._another_deal(named | told, named):
            return False
        naming = [line for line in paragraphs if self.pattern.search(line)]
        if len(naming) * 4 < len(paragraphs):
            return False
        if len(found) < 2:  # a topic of one word (rail, railway): nothing else to meet
            return True
        lead = {families[k] for k in self.keywords_in("\n".join([title, *paragraphs[:1]]))}
        lead |= told
        # A headline and first paragraph about one of the story's companies or countries
        # alone ("AMERICAN MOTORS TO RESUME LABOR TALKS") are that party on its own matter
        # unless the article speaks of the story's event (takeover, strike) too.
        events = self.event_words
        if len(lead) == 1 and not lead & events and events and not found & events:
            return False
        return len(lead) >= 2 or self._words_meet(paragraphs, naming)

    def _another_deal(self, found: set[str], named: set[str]) -> bool:
        """Is an article about another deal than the story's: it names the story's deal
        words and none of its companies (unless the topic names no company: deals are then
        its matter), or — in a story of several companies — one company with only deal
        words that take two ("USAIR'S PURCHASE OF PACIFIC SOUTHWEST" is not its purchase
        of Piedmont)."""
        families = self.keyword_families
        deals = {families[k] for k, _ in self.party_events}
        names = set(families.values()) - self.event_words
        if found <= deals and names:
            return True
        two = {families[k] for k, parties in self.party_events if parties > 1}
        return (
            len(names) > 1
            and len(named - self.event_words) == 1
            and bool(named & deals)
            and named & deals <= two
        )

    def _words_meet(self, paragraphs: list[str], naming: list[str]) -> bool:
        """Two of a story's words meet in an article whose lead names one at most: both in
        one paragraph, or each named in a quarter of its paragraphs. A report on another
        matter names the story once, apart, in passing ("A national seamen's strike … is
        still continuing" in a piece on the bankworkers' strike)."""
        families = self.keyword_families
        counts: dict[str, int] = {}
        for line in naming:
            here = {families[k] for k in self.keywords_in(line)}
            if len(here) >= 2:
                return True
            for family in here:
                counts[family] = counts.get(family, 0) + 1
        return sum(1 for n in counts.values() if n * 4 >= len(paragraphs)) >= 2

    @cached_property
    def event_words(self) -> set[str]:
        """The keyword families a librarian wrote in lower case — the story's event or matter
        (takeover, merger, strike, tariff*) — as against its names (Chrysler, AMC, Brazil)."""
        return {family for keyword, family in self.keyword_families.items()
                if keyword[:1].islower()}  # fmt: skip

    @cached_property
    def keyword_families(self) -> dict[str, str]:
        """Each keyword (as `keywords_in` gives it) → the shortest keyword it starts with:
        "Brazilian" and "Brazil", "seamen's strike" and "seamen" are one word of the topic."""
        words = [k.strip('"') for k in self.keywords if k.strip('"')]
        families = {w: min((o for o in words if w.lower().startswith(o.lower().rstrip("*"))),
                           key=len) for w in words}  # fmt: skip
        # One party under its full and its short name: "E.F. Hutton" and "Hutton" (a name
        # ending in another name). Not initials: "International Coffee Organization" and
        # "ICO" joined so drop true articles (story27) whose two words were these two.
        for w in words:
            short = next((o for o in words if o != w and w[:1].isupper() and o[:1].isupper()
                          and w.endswith(" " + o)), None)  # fmt: skip
            if short is not None:
                families[w] = families[short]
        return families

    @cached_property
    def _sense_patterns(self) -> list[tuple[str, str, list[re.Pattern[str]]]]:
        """The senses' patterns, `{party}` standing for any of the story's names ("a stake
        in {party}" is the story's company owned, not the company owning another's)."""
        names = [k.strip('"') for k in self.keywords
                 if k.strip('"') and not k.strip('"')[:1].islower()]  # fmt: skip
        party = "(?:" + "|".join(r"\s+".join(re.escape(w.rstrip("*")) for w in name.split())
                                 for name in names) + ")"  # fmt: skip
        return [(family, meaning, [re.compile(p.replace("{party}", party), re.I)
                                   for p in patterns])
                for family, meaning, patterns in self.senses]  # fmt: skip

    def told_in(self, text: str) -> list[tuple[str, str, str]]:
        """The story's events a text tells in other words: (event keyword, what it means,
        the words that tell it), each meaning once ("takeover", "ownership or financing",
        "stake")."""
        told: dict[str, tuple[str, str, str]] = {}
        for family, meaning, patterns in self._sense_patterns:
            matches = [p.search(text) for p in patterns]
            if meaning not in told and all(matches):
                told[meaning] = (
                    family,
                    meaning,
                    " … ".join(m.group(0).lower() for m in matches if m),
                )
        return list(told.values())

    def _told_with(self, title: str, lead: list[str], named: set[str]) -> list[tuple[str, ...]]:
        """What a lead tells in other words (see `told_in`), a meaning told from the other
        side of the event only when the article (whose keyword families are `named`) names
        two of the story's parties: Boliden's takeover is Allis-Chalmers' sale only in a
        piece naming Allis-Chalmers."""
        parties = len(named - self.event_words)
        return [told for told in self.told_in("\n".join([title, *lead]))
                if parties > 1 or told[1] not in self.other_side]  # fmt: skip

    def why(self, text: str, headline: str = "") -> str:
        """Why a text is of the topic, for a librarian: the names it must hold, the
        keywords it holds, and the story's event it or its headline tell in other words
        (a lead may join a story by those alone, see `holds`)."""
        found = self.keywords_in(text)
        names = f"names {' and '.join(self.requires)}; " if self.requires else ""
        told = "".join(f"; tells of {meaning}: {words}"
                       for _, meaning, words in self.told_in(f"{headline}\n{text}"))  # fmt: skip
        return f"{names}keywords: {', '.join(found[:6]) or '—'}{told}"

    @cached_property
    def pattern(self) -> re.Pattern[str]:
        """The keywords as one plain regular expression (words as prefixes, phrases as
        written): a cheap test of whether a clause speaks of the topic."""
        words = [k.strip('"').lower() for k in self.keywords if k.strip('"')]
        parts = [r"\s+".join(re.escape(w.rstrip("*")) for w in k.split()) for k in words]
        return re.compile(r"\b(?:" + "|".join(parts) + r")", re.I)

    @property
    def query(self) -> str:
        """One query that a sentence or article of the topic matches."""
        return " OR ".join(self.keywords)
