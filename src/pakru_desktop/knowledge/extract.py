"""Sentence-level facts of one article: statements carrying a figure, a date, or a named
agreement, meeting, visit, project or event — with the entities they mention."""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, field

from ..model import Block
from ..text.sentences import lower_case, sentence_spans
from .bare import act_at, says, with_act
from .dates import ArticleDate, DateMention, find_dates
from .dating import bound, dated_events, event_date, market_move
from .entities import EntityMatcher
from .figures import Figure, find_figures, singular
from .joins import speaker_clauses
from .referents import pronoun, subject
from .speakers import denial
from .splits import DATED_CLAUSE, clause_spans
from .statements import StatementRules
from .word_lists import ascii_twin, plain_ascii

# The nouns that make a statement about a named agreement, meeting, project or event, and
# the kind of fact each gives.
_EVENT_NOUNS = {
    "agreement": "agreement", "accord": "agreement", "treaty": "agreement", "deal": "agreement",
    "memorandum": "agreement", "mou": "agreement", "declaration": "agreement",
    "consensus": "agreement", "contract": "agreement", "protocol": "agreement",
    "visit": "visit", "meeting": "meeting", "talk": "meeting", "summit": "meeting",
    "forum": "meeting", "session": "meeting", "conference": "meeting", "dialogue": "meeting",
    "project": "project", "pipeline": "project", "corridor": "project", "mill": "project",
    "train": "project", "terminal": "project", "plant": "project", "initiative": "project",
    "exercise": "event", "earthquake": "event", "flood": "event", "escalation": "event",
    "election": "event", "withdrawal": "event",
}  # fmt: skip
# Searched in the lower-cased paragraph (without re.I: several times faster), only at words
# opening with a noun's first letter (ruled out at once; a noun opening otherwise has no kind).
_EVENT_NOUN = re.compile(
    r"\b(?=[" + "".join(sorted({n[0] for n in _EVENT_NOUNS})) + r"])"
    r"(?:agreements?|accords?|treat(?:y|ies)|deals?|memorand(?:um|a)|mous?|declarations?|"
    r"consensus|contracts?|protocols?|visits?|meetings?|talks|summits?|forums?|sessions?|"
    r"conferences?|dialogues?|projects?|pipelines?|corridors?|mills?|trains?|terminals?|"
    r"plants?|initiatives?|exercises|earthquakes?|floods|escalation|elections?|withdrawal)\b"
)
_MODIFIER_BEFORE = re.compile(r"\b([A-Za-z][\w’'-]*)\s+$")
# The same for plain ASCII text (word_lists.ascii_twin: the same matches, faster).
_EVENT_NOUN_ASCII, _MODIFIER_BEFORE_ASCII = ascii_twin(_EVENT_NOUN), ascii_twin(_MODIFIER_BEFORE)
# A modifier that names nothing: "the visit", "this agreement", "a potential deal".
_VAGUE = set(
    "the a an this that these those such its his her their our your any each every other "
    "another same first second third fourth fifth sixth seventh eighth ninth tenth new major "
    "important potential upcoming recent numerous various several many real current further "
    "formal separate high-level future possible planned expected proposed next last previous "
    "both two three more most some no all one during at of in on for to with and or but "
    "is was are were be been has have had will would can could should may might also "
    "level government-level held hold holds signed sign attend attended led convert practical "
    "scheduled paper kremlin the".split()
)
_KIND_ORDER = ("agreement", "project", "visit", "meeting", "figure", "date", "event", "action")
CONTENT_STOPWORDS = _VAGUE | set(
    "from by as into than then which who whom whose what when where while there here it its "
    "they them he she we you i not only just very so such said says say told according".split()
)


@dataclass
class FactDraft:
    """One fact as found in one sentence of one paragraph."""

    paragraph: int
    text: str
    kind: str
    dates: list[DateMention]
    figures: list[Figure]
    entities: list[str]
    events: list[str]  # "business forum", "readmission agreement", …
    mode: str = "happened"  # happened | planned | reported | commentary
    referent: str = ""  # whom an opening pronoun speaks of ("It" → "Dixons Group PLC")

    @property
    def date(self) -> DateMention | None:
        return self.dates[0] if self.dates else None


@dataclass
class ArticleKnowledge:
    facts: list[FactDraft] = field(default_factory=list)
    # (entity name, paragraph) → mentions; candidates the same with unknown names.
    mentions: Counter[tuple[str, int]] = field(default_factory=Counter)
    candidates: Counter[tuple[str, int]] = field(default_factory=Counter)


def event_spans(text: str, lowered: str | None = None) -> list[tuple[str, str, int]]:
    """(event key, kind, start) of each named event of a paragraph."""
    found = []
    lowered = lower_case(text) if lowered is None else lowered
    ascii = plain_ascii(text)
    modifier_before = _MODIFIER_BEFORE_ASCII if ascii else _MODIFIER_BEFORE
    for match in (_EVENT_NOUN_ASCII if ascii else _EVENT_NOUN).finditer(lowered):
        before = modifier_before.search(text, max(0, match.start() - 40), match.start())
        if before is None:
            continue
        modifier = before.group(1)
        if modifier.lower() in _VAGUE or modifier.lower().endswith("ly"):
            continue
        noun = match.group(0).lower()
        noun = "memorandum" if noun.startswith("memorand") else noun
        noun = "talk" if noun == "talks" else singular(noun)
        kind = _EVENT_NOUNS.get(noun)
        if kind is None:
            continue
        modifier_key = modifier.lower().replace("’s", "").replace("'s", "")
        found.append((f"{modifier_key} {noun}", kind, before.start(1)))
    return found


def extract(blocks: list[Block], date: ArticleDate, matcher: EntityMatcher,
            rules: StatementRules | None = None) -> ArticleKnowledge:  # fmt: skip
    """Every fact, entity mention and candidate name of an article's blocks."""
    rules = rules or StatementRules()
    knowledge = ArticleKnowledge()
    previous = ""  # the sentence before: an opening pronoun's referent is its subject
    last: FactDraft | None = None  # the fact found last (its referent, for a chain)
    dated: dict[str, DateMention] = {}  # events the article dated ("Sunday's elections")
    for block in blocks:
        if block.kind == "heading":
            continue  # a heading states nothing
        text = block.text
        # Names are found once per paragraph, then shared out to its sentences.
        mentions = matcher.find(text)
        lowered = lower_case(text)
        events = event_spans(text, lowered)
        # Actors ("the two countries") are looked for in a sentence only when the paragraph
        # has one of their words at all.
        actors = rules.has_actor_words(lowered)
        unknown = matcher.candidates(text, [(s, e) for _, s, e in mentions])
        for name in unknown:
            knowledge.candidates[(name, block.number)] += 1
        lines = speaker_clauses(text, lowered, clause_spans(text, sentence_spans(text)), rules)
        for start, end, main in lines:
            names = list(dict.fromkeys(e.name for e, s, _ in mentions if start <= s < end))
            for name in names:
                knowledge.mentions[(name, block.number)] += 1
            here = [(key, kind) for key, kind, at in events if start <= at < end]
            fact = _fact(text, lowered, (start, end), block.number, date, names, here, rules,
                         actors, unknown)  # fmt: skip
            if fact is not None and main == DATED_CLAUSE:
                # the event of a noun's dated clause: it took place (a date ahead makes it a
                # plan below); its figures are the sentence's, counted once with it
                fact.mode, fact.figures = "happened", []
            if fact is not None and main >= 0:
                # ", saying it had no choice": the subject of the act before tells it
                fact.referent = subject(text[main:start])
                fact.mode = "reported" if fact.mode == "happened" else fact.mode
            if fact is not None:
                if last is not None and last.text == previous and last.mode in (
                        "reported", "commentary") and fact.mode == "happened" and (
                        _THEY_ADDED.search(fact.text)):  # fmt: skip
                    # "…, they added": the speakers before go on; after their view, an act
                    # they count out is their account of it
                    fact.mode = "reported" if fact.figures else last.mode
                _date_the_news(fact, date, lead=not knowledge.facts)
                if dated and not fact.dates and fact.mode == "happened":
                    named = event_date(fact.text, dated)  # "in the assembly elections"
                    fact.dates += [named] if named else []
                dated.update(dated_events(fact.text, fact.dates))
                if fact.mode in ("happened", "commentary") and _ahead(fact, date):
                    # "is withdrawing the subsidy as from July 1", "Machinea leaves for New
                    # York tomorrow": told in the present, dated ahead — a schedule.
                    fact.mode = "planned"
                opening = pronoun(fact.text)
                if opening:
                    fact.referent = subject(previous, opening in ("He", "She"))
                    if not fact.referent and last is not None and last.text == previous:
                        # "It said …" after "The company said …": the one that line meant.
                        fact.referent = last.referent
                    if last is not None and last.text == previous:
                        _date_from_before(fact, last)
                knowledge.facts.append(fact)
                last = fact
            previous = text[start:end]
    return knowledge


def _fact(text: str, lowered: str, span: tuple[int, int], paragraph: int, date: ArticleDate,
          names: list[str], events: list[tuple[str, str]], rules: StatementRules,
          actors: bool = True, unknown: list[str] | None = None) -> FactDraft | None:  # fmt: skip
    start, end = span
    sentence = text[start:end]
    if len(sentence) < 25 or sentence.rstrip().endswith("?"):
        return None  # fragments and questions state nothing
    low = lowered[start:end]
    dates = find_dates(sentence, date, low)
    figures = find_figures(sentence, [(d.start, d.end) for d in dates], low)
    if dates and " by " in sentence:
        dates = [d for d in dates if not _participles_date(sentence, d)]
    if dates and ("before" in low or "ahead of" in low or "prior to" in low):
        dates = [bound(sentence, d) for d in dates]
        dates = [d for d in dates if d is not None]
    if len(dates) > 1 and _speech_date(sentence, dates[0]):
        dates = [*dates[1:], dates[0]]  # "today said Dome broke off talks last night"
    bare = not (dates or figures or events)
    # Someone says it ("X said the offer was inadequate", "Striking seamen said they would",
    # "…, exporters said"): a speaker, named or a described group, and what they say.
    said = bare and says(low)
    acting = (-2, False)  # where a subject's act in a verb no list names stands (bare.py)
    if bare and not (said or names or any(name in sentence for name in unknown or ())
                     or pronoun(sentence)
                     or (actors and rules.has_actor_words(lowered, start, end))):  # fmt: skip
        # Nothing to count or date, and nobody to act — a name of the entity files, one no
        # file knows ("Corporacion Estatal Petrolera", "CEPE": newswire's companies act in
        # sentences with no figure), one named before ("It", "The group") or an actor: most
        # sentences; unless a subject acts ("Salvage experts intend to raise the ship").
        acting = act_at(rules, sentence)
        if acting[0] < 0:
            return None
    # The cues are read only now, for the few sentences that may be statements.
    found = rules.cues(text, lowered, start, end)
    cues = [kinds for _, kinds in found]
    # A statement with nothing to count or date: an actor must be doing something (the act
    # is one of the cues, or an act of a subject that acts in a verb no list names), or say it.
    if bare and not said and not any(k.startswith("action ") for kinds in cues for k in kinds):
        acting = act_at(rules, sentence) if acting[0] == -2 else acting
        if acting[0] < 0:
            return None
        found = with_act(found, start, acting)  # "The company has instituted an inquiry"
        cues = [kinds for _, kinds in found]
    action, mode = rules.classify(sentence, cues, bool(figures or events),
                                  [at - start for at, _ in found])  # fmt: skip
    if bare and not action and not said:
        return None
    kinds = {kind for _, kind in events}
    if action:
        kinds.add(action)
    elif bare:
        kinds.add("action")  # no act: what a speaker says, a view (commentary) or a claim
    if figures:
        kinds.add("figure")
    if dates:
        kinds.add("date")
    kind = next(k for k in _KIND_ORDER if k in kinds)
    event_keys = list(dict.fromkeys(key for key, _ in events))
    return FactDraft(paragraph, sentence, kind, dates, figures, names, event_keys, mode)


# "Acme said it has filed suit", "said its board urged": a speaker telling of its own act.
_OWN_ACT = re.compile(r"\bsaid\s+(?:that\s+)?(?:it|its|they|their)\b")
# A date that belongs to a noun, not to the act: "the offer made March 18", "dated May 2".
_NOUNS_DATE = re.compile(r"\b(?:made|dated|launched|announced|signed|filed|of|from)\s+(?:on\s+)?\Z")
# "set May 5 as the new target date": the date is what the act sets, not when it happened.
_SET_AS = re.compile(
    r"\s+as\s+(?:the|a|an|its|their)\s+(?:[\w-]+\s+){0,2}"
    r"(?:date|deadline|target|day)\b"
)
# The new deadline of a extended, reopened or postponed thing ("extended its offer to March 20",
# "until April three") is the thing's date, not the act's.
_DEADLINE = re.compile(
    r"\b(?:extend|reopen|postpon|delay|adjourn|put\s+off|push\w*\s+back)\w*\b"
    r"[^.;]*\b(?:to|until|till|through)\s+(?:midnight\s+|noon\s+|the\s+close\s+of\s+)?\Z"
)

# "…, they added": the speaker of the sentence before goes on, at its end.
_THEY_ADDED = re.compile(
    r",\s+(?:they|he|she|the\s+sources?)\s+(?:added|said|say|says)\W*(?:REUTER\W*)?\Z"
    r"|\A\W*(?:They|He|She)\s+(?:said|added|say|says)\b"  # "They said the central bank bought"
)
# "It said …", "He added …": the speaker of the sentence before goes on.
_GOES_ON = re.compile(r"\W*(?:It|He|She|They)\s+(?:said|added|told)\b")
# What points back to an event the sentence before told: "due to the tremor", "the move".
_BACK = re.compile(r"\b(?:the|this|that)\s+(?:\w+\s+)?(?:tremor|quake|earthquake|flood|fire|"
                   r"blast|explosion|accident|attack|outage|move|decision|step|measure|ruling|"
                   r"strike|stoppage|offer|bid|suit)\b")  # fmt: skip
# "has now ended", "have now returned": done by the article's day, on a day not told.
_NOW_DONE = re.compile(r"\b(?:has|have)\s+now\s+(?!been\b)\w+ed\b")
# A date in a noun's clause (", which began on February 27,") is the noun's, not the act's.
_NOUNS_CLAUSE = re.compile(r",\s*(?:which|who)\s+[^,]*\Z")


def _date_from_before(fact: FactDraft, before: FactDraft) -> None:
    """A speaker going on about what the sentence before dated ("Ecuador today suspended its
    exports …" / "It said the state oil firm … was declaring force majeure … due to the
    tremor"): the act takes that date. Only where the text links the two: the same speaker
    goes on, and the sentence points back; only acts that happened."""
    if fact.dates or fact.mode != "happened" or before.mode != "happened" or not before.dates:
        return
    if _GOES_ON.match(fact.text) and _BACK.search(fact.text):
        first = before.dates[0]
        fact.dates.append(DateMention(first.iso, "", first.precision, True, 0, 0))


_SAID_AFTER = re.compile(r"\s*(?:said|says|told|announced|reported)\b")
_SAID_BEFORE = re.compile(r"\b(?:said|says|told|announced|reported)\s+\Z")


def _speech_date(text: str, mention: DateMention) -> bool:
    """Does the date tell when something was said ("today said", "said on Monday"), not when
    the act it tells of happened?"""
    return (_SAID_AFTER.match(text, mention.end) is not None
            or _SAID_BEFORE.search(text, max(0, mention.start - 12), mention.start) is not None)  # fmt: skip


_DECIDED_TO = re.compile(
    r"\b(?:decided|decides|agreed|agrees|voted|votes|planned|plans|"
    r"expects|intends|promised|pledged|asked|called)\b[^.;]*?\bto\s+[a-z]+"
)

_MODAL = re.compile(
    r"\b(?:[Cc]ould|[Mm]ight|may|[Ww]ould|[Ss]hould|[Ii]f|[Uu]nless|[Ww]hether|"
    r"[Hh]opes?|[Bb]elieves?)\b"
)  # ("May 28" is no "may")


def _ahead(fact: FactDraft, date: ArticleDate) -> bool:
    """Is the act dated to a day after the article's (an act told in the present that takes
    effect later: "is withdrawing the subsidy as from July 1")?"""
    first = fact.date
    if first is None or first.precision != "day" or len(date.iso) != 10 or first.iso <= date.iso:
        return False
    if _deadline(fact.text, first):
        return False  # "extended its offer until May 4": the offer's new deadline
    if fact.mode == "commentary" and (_MODAL.search(fact.text) or _HOLDERS_OPEN.match(fact.text)):
        return False  # "could be signed in August", "most analysts are looking for …": views
    # "decided to hold a hearing on March 13": the date is what was decided, not the deciding.
    return _DECIDED_TO.search(fact.text, 0, max(0, first.start)) is None


# Those whose word is a view, opening the sentence as its subject.
_HOLDERS_OPEN = re.compile(r"\W*(?:however,?\s+)?(?:(?:most|many|some|several|other|the)\s+)?"
                           r"(?:analysts|economists|dealers|traders|observers|forecasters)\b", re.I)  # fmt: skip
# "the financing program for 1987 and 1988": years a noun covers, not when the act happened.
_FOR_YEAR = re.compile(r"\b(?:for|of|in\s+fiscal|fiscal)\s+(?:\d{4}\s+and\s+)?\Z")


def _date_the_news(fact: FactDraft, date: ArticleDate, lead: bool = False) -> None:
    """A wire story telling of the speaker's own act ("Acme said it has filed suit"), with no
    date of its own, tells the news of the article's day: the act is dated the article's date
    (inferred, as a year the article lends). Dates of the nouns it names ("the offer made
    March 18") are not the act's; background is dated in its own words ("last year")."""
    if fact.mode != "happened" or len(date.iso) < 7:
        return
    now = _NOW_DONE.search(fact.text) if "now" in fact.text else None  # C-speed test first
    if now is not None and all(_NOUNS_CLAUSE.search(fact.text, 0, d.start) for d in fact.dates):
        # "The strike, which began on February 27, has now ended": ended by the article's
        # day, the day not told; the date in the noun's clause is the strike's start.
        fact.dates.insert(0, DateMention(date.iso[:7], "", "month", True, 0, 0))
        return
    if len(date.iso) != 10:
        return
    # A denial is the denier's own act, told as the day's news as "X said it …" is.
    nouns_years = fact.dates and all(d.precision == "year" and _FOR_YEAR.search(
        fact.text, max(0, d.start - 20), d.start) for d in fact.dates)  # fmt: skip
    if lead and fact.paragraph == 1 and (not fact.dates or nouns_years) and (
            " had " not in fact.text):  # fmt: skip
        # A wire story's first statement is the day's news ("The two sides have agreed to
        # appoint a chairman, a spokesman said", "ICCO producers and consumers accepted the
        # principles of a compromise, delegates said"); not a past before it ("had resigned").
        fact.dates.insert(0, DateMention(date.iso, "", "day", True, 0, 0))
        return
    if not fact.dates and market_move(fact.text):
        fact.dates.insert(0, DateMention(date.iso, "", "day", True, 0, 0))
        return  # a price moved in the day's trading the story reports
    if not ("said" in fact.text and _OWN_ACT.search(fact.text)) and not denial(fact.text):
        # "Dixons extended its offer to March 25": the news of the day, not of the deadline.
        if not fact.dates or any(not _deadline(fact.text, d) for d in fact.dates):
            return
    elif any(not _nouns_date(fact.text, d) for d in fact.dates):
        return
    fact.dates.insert(0, DateMention(date.iso, "", "day", True, 0, 0))


# "the members of its board appointed last week by Dixons had resigned": the date of a
# participle describing a noun (no auxiliary before it, its agent after) is that noun's
# past, not the sentence's act.
_PARTICIPLE_BEFORE = re.compile(r"\b(?P<aux>was|were|is|are|been|be|being|has|have|had)?\s*"
                                r"\b\w+ed\s+\Z")  # fmt: skip
_BY_AFTER = re.compile(r"\s+by\b")


def _participles_date(text: str, mention: DateMention) -> bool:
    if _BY_AFTER.match(text, mention.end) is None:
        return False
    before = _PARTICIPLE_BEFORE.search(text[max(0, mention.start - 40) : mention.start])
    return before is not None and before.group("aux") is None


def _nouns_date(text: str, mention: DateMention) -> bool:
    """Is the date a noun's ("the offer made March 18") or a deadline the act sets ("extended
    the offer to March 20", "agreed to set May 5 as the new target date"), not the act's own?"""
    if _NOUNS_DATE.search(text, max(0, mention.start - 20), mention.start):
        return True
    if _SET_AS.match(text, mention.end):
        return True
    return _deadline(text, mention)


def _deadline(text: str, mention: DateMention) -> bool:
    return _DEADLINE.search(text[max(0, mention.start - 120) : mention.start]) is not None
