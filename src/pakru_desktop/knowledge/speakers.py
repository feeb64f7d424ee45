"""Who says a sentence and how: a speaker telling its own act or plan, another party's
act, a third party's report at the end, a belligerent's communique, a denial, quoted words
and views. Used by statements.py to tell happened from reported and commentary."""

from __future__ import annotations

import re

from .acts import NO_ACT
from .scan import at_speech, leftmost_at

# "Dixons said earlier it would allow the offer to expire": the speaker telling its own plan
# (not "it would be difficult", a view). A named party's or its own side's plan reads the same
# ("said Japan would make a formal request", "said his nation would maintain a surplus"); a
# thing's "would" ("said the move would hurt exports") is a view.
_OWN_PLAN = re.compile(
    r"\b(?:said|says|told\s+\w+|signall?ing|signall?ed|indicated)\s+(?:\w+\s+)?(?:that\s+)?"
    r"(?:it|they|he|she|(?:his|her|its|their|our)\s+(?:own\s+)?(?:nation|country|government|"
    r"company|bank|firm|group|side)|(?:the\s+)?[A-Z][\w.&'-]*(?:\s+[A-Z][\w.&'-]*){0,3})\s+"
    r"(?:would|will)\s+"
    r"(?!" + NO_ACT + r")\w+|"
    # a speaker's own "may": "Moody's said it may downgrade the debt" (a named other party's
    # "may" is a view: "warned Argentina may break off talks")
    r"\b(?:said|says|told\s+\w+)\s+(?:that\s+)?(?:it|they)\s+(?:may|might)\s+"
    r"(?!" + NO_ACT + r")\w+"
)  # fmt: skip
# Speculation: "They probably will close the Toledo plant", "would possibly meet".
_SPECULATION = re.compile(
    r"\b(?:probably|possibly|perhaps|presumably)\s+(?:will|would|could)\b|"
    r"\b(?:will|would)\s+(?:probably|possibly|perhaps|presumably)\b"
)
_SPEECH = re.compile(r"\b(?:said|says|told|added|asked)\b")


def own_plan(sentence: str) -> bool:
    """Does a speaker tell a plan ("said it would allow the offer to expire", "said Japan
    would make a formal request"), and before any speculation in the sentence?"""
    if (
        " would " not in sentence
        and " will " not in sentence
        and " may " not in sentence
        and " might " not in sentence
    ) or (
        "said" not in sentence
        and "says" not in sentence
        and "told" not in sentence
        and "signal" not in sentence
        and "indicated" not in sentence
    ):
        return False  # most sentences: no plan told (C speed before the expression)
    plan = at_speech(_OWN_PLAN, sentence, ("said", "says", "told", "signal", "indicated"))
    if plan is None:
        return False
    guess = _SPECULATION.search(sentence)
    return guess is None or guess.start() > plan.end()


def speculation(sentence: str) -> bool:
    """Is a plan only guessed at ("they probably will close the plant")?"""
    return (
        "probabl" in sentence
        or "possib" in sentence
        or "perhap" in sentence
        or "presum" in sentence
    ) and _SPECULATION.search(sentence) is not None


_QUOTE_THEN_SPEAKER = re.compile(r"[,.!?]\s*[\"”]\s+(?:[A-Z][\w.'-]*\s+){1,3}"
                                 r"(?:said|says|added|told\s+\w+)\W*\Z")  # fmt: skip


def continued_quote(sentence: str) -> bool:
    """Is the sentence the rest of a quote opened in the sentence before, with no speaker of
    its own ('They are using force and we are using peaceful methods."'), or only the
    speaker named after it ('The strikes have cost a lot of money," Zeebregts said.')?"""
    text = sentence.rstrip()
    if text.count('"') + text.count("”") == 1 and _QUOTE_THEN_SPEAKER.search(text):
        return True
    if text.count('"') != 1 or not text.endswith('"'):
        return text.endswith("”") and "“" not in text and _SPEECH.search(text) is None
    return _SPEECH.search(text) is None


# "Dixons said the Securities and Exchange Commission has authorized …": a speaker telling
# what another, named party has done (its own acts it tells as "it", "its").
# Also "It said Japan had been fully implementing the pact": a party's account of its own
# side's conduct, told by another (here its embassy), is their claim.
NAMED_OTHER = re.compile(
    r"\b(?:(?:said|says)\s+(?:that\s+)?|told\s+\w+(?:\s+\w+day)?\s+that\s+)(?:the\s+)?"
    r"[A-Z](?:[^,.;:\"]|\.(?=\S|\s+[A-Z])){0,60}?\s+"  # ("the U.S. Department of …")
    r"(?:has|had|have)\s+"
    r"(?:(?:been|not|never|already|also|fully|again|now|since|previously|recently|earlier|"
    r"just)\s+){0,2}\w+(?:ed|ing)\b"
)


def trailing_speaker(reporters: list[str], speech: list[str]) -> re.Pattern[str] | None:
    """A sentence that ends by naming a third party telling it ("…, a British naval source in
    the Gulf said", "…, the CBC said"): the report is theirs whoever acts in it. `reporters`:
    words that name such a party (source, service, newspaper); `speech`: verbs of saying."""
    if not reporters or not speech:
        return None
    return re.compile(
        r",\s+(?:according\s+to\s+[^,;:\"]{0,50}?\b(?:" + "|".join(map(re.escape, reporters))
        + r")\b[^,;:\"]{0,50}|(?:[^,;:\"]{0,50}?\s)?(?:" + "|".join(map(re.escape, reporters))
        + r")\b[^,;:\"]{0,40}?\s(?:" + "|".join(map(re.escape, speech))
        + r")\b[^,;:\"]{0,20})\W*\Z", re.I
    )  # fmt: skip


def unnamed_speaker(speech: list[str], unnamed: list[str]) -> re.Pattern[str] | None:
    """ "said a shareholder had", "told Reuters that some": a speaker telling what an unnamed
    party did. `unnamed`: the words that open such a party ("a", "some", "sources")."""
    if not speech or not unnamed:
        return None
    return re.compile(
        r"\b(?:" + "|".join(re.escape(w) for w in speech)
        + r")(?:\s+(?!in\b|at\b|on\b|to\b|during\b|after\b)\w+)?\s+"
        r"(?:that\s+)?(?:" + "|".join(re.escape(w) for w in unnamed)
        + r")(?:\s+[\w.'’-]+){1,3}?\s+(?:had|has|have|was|were|is|are|would|will|\w+ed)\b"
    )  # fmt: skip


# "Iran denied as baseless reports that it intended…": denying is the act (happened) and the
# reports it denies are no event; the hearsay cue in the object is not the sentence's.
_DENIAL = re.compile(
    r"(?<!nor )(?<!not )(?<!to )\b(?:denied|denies|deny|(?:remained|remains|kept)\s+silent\s+on|"
    r"(?:declined|refused)\s+to\s+comment\s+on)\s+(?:as\s+\w+\s+)?"
    r"(?:(?:press|newspaper|published|the|market)\s+)?"
    r"(?:reports?|rumou?rs|speculation|claims|allegations)\b"
)


def denial(sentence: str) -> bool:
    """Does the sentence deny reports ("TransCanada denied reports that it raised…")?"""
    return (
        "denie" in sentence
        or "deny" in sentence
        or "silent" in sentence
        or "comment on" in sentence
    ) and _DENIAL.search(sentence) is not None


# Quoted opinion: a sentence that opens inside quotation marks, or calls something "…", or
# ends on a speaker's few quoted words ('he said "slim to none."').
QUOTED = re.compile(r"\s*[\"“‘]")
SAID_QUOTE = re.compile(r"\b(?:said|says|replied|answered)\s*[,:]?\s*[\"“][^\"”]{1,60}[\"”]\W*\Z")
# 'Chairman Saba stated: "EIAJ believes that it is premature …"': the sentence is the quote.
COLON_QUOTE = re.compile(
    r"\b(?:said|says|stated|states|added|declared)\s*:\s*[\"“][^\"”]+[\"”]?\W*\Z"
)


def closing_quote(sentence: str) -> re.Match[str] | None:
    """Where the sentence ends on a speaker's quoted words ('he said "slim to none."',
    'stated: "…"'), or None: SAID_QUOTE's search, else COLON_QUOTE's (each tried only where
    its verbs stand; the second needs a colon)."""
    return leftmost_at(SAID_QUOTE, sentence, ("said", "says", "replied", "answered")) or (
        leftmost_at(COLON_QUOTE, sentence, ("said", "says", "stated", "states", "added",
                                            "declared")) if ":" in sentence else None)  # fmt: skip


CALLED = re.compile(r"\b(?:called|termed|described)\b[^\"“]{0,80}[\"“][^\"”]{1,60}[\"”]", re.I)


# "…, Reagan Administration officials said": officials named by a party the sentence does not
# otherwise name tell what another party did (a company's own officials tell its own acts).
_OFFICIALS = re.compile(
    # ("…, a Reagan administration official said": a word or two may stand between)
    r",\s+(?:(?:the|a|an|one)\s+)?((?:[A-Z][\w.&-]*\s+){1,4})(?:[a-z]+\s+){0,2}"
    r"(?:officials?|spokes(?:man|woman|men))\s+"
    r"(?:said|say|says|told\s+\w+)\b[^,;:\"]{0,20}\W*\Z"
)


def other_party_speaker(sentence: str, last: int) -> bool:
    """Does the sentence end by naming officials of a party it does not otherwise name?
    `last`: where its last comma is (the speaker follows it)."""
    tail = sentence[last:]  # (the speaker's words are after the last comma: a short look)
    if last < 0 or ("fficial" not in tail and "spokes" not in tail):
        return False
    match = _OFFICIALS.match(sentence, last)
    if match is None:
        return False
    # Whose act: the sentence's subject, the words before its first verb ("France's Renault
    # agreed to forgive …, a Chrysler official said" is Chrysler telling of Renault's act,
    # even where the sentence names Chrysler later).
    told = sentence[: match.start()]
    verb = _FIRST_VERB.search(told)
    subject = told[: verb.start()] if verb is not None else told
    # A party by its initials is the party ("U.S. officials" of "The United States").
    initials = "".join(w[0] for w in re.findall(r"\b[A-Z][a-z]+", subject))
    return not any(word in subject or word.replace(".", "") in initials
                   for word in match.group(1).split())  # fmt: skip


_FIRST_VERB = re.compile(
    r"\b(?:said|says|has|have|had|is|are|was|were|will|would|[a-z]\w*ed)\b"
)  # not "United"


def war_claim(speech: list[str], force: list[str], arms: list[str]) -> re.Pattern[str] | None:
    """A speaker telling of a strike: a verb of saying, then a verb of `force` ("said its
    warplanes had attacked") or its `arms` striking ("said its warplanes hit two ships")."""
    if not speech or not (force or arms):
        return None
    verbs = "|".join(re.escape(f) for f in force)
    struck = r"(?:had\s+|have\s+|has\s+)?(?:hit|struck|fired\s+on|" + (verbs or "x^") + r")\b"
    armed = r"(?:" + "|".join(re.escape(a) for a in arms) + r")\s+" + struck if arms else ""
    return re.compile(
        r"\b(?:" + "|".join(re.escape(w) for w in speech) + r")\b[^.;]*?\b(?:"
        + "|".join(p for p in (r"(?:" + verbs + r")\b" if verbs else "", armed) if p)
        + r")", re.I
    )  # fmt: skip


# "Allegheny said it has entered into an agreement", "said they sold their stake": a speaker
# telling of its own act in a verb no list names (the lists can never hold every verb). Not
# a state ("said it was pleased": no auxiliary of the passive or the state is taken).
_OWN_ACT = re.compile(
    r"\b(?:said|says)\s+(?:that\s+)?(?:it|they|he|she|we|the\s+(?:company|firm|group|bank|"
    r"airline|carrier|corporation|government|ministry))(?:\s+and\s+[^,;:\"]{1,60}?)?\s+"
    r"(?:(?:has|have|had|is|are)\s+(?=\w))?(?:(?:also|now|already|just|jointly)\s+)?"
    r"(?!(?:pleased|concerned|disappointed|surprised|interested|committed|prepared|opposed|"
    r"satisfied|convinced|encouraged|needed|wanted|hoped|expected|believed|feared|"
    r"intended|planned|liked|preferred|expecting|hoping|looking|waiting|considering|"
    r"studying|weighing|going|seeking|planning|willing|unable|able)\b)"
    # "said it is deferring interest payments": its act under way
    r"(?:(?<=it is )\w{3,}ing|(?<=they are )\w{3,}ing|(?<=we are )\w{3,}ing|"
    r"(?<!is )(?<!are )\w+ed|(?<=has )had|(?<=have )had|sold|bought|won|took|made|paid|set|began|sent|gave|"
    r"got|held|led|lost|"
    r"met|put|spent|told|went|wrote|brought|chose|struck|left|rose|fell)\b"
)


def own_act(sentence: str) -> bool:
    """Does a speaker tell of its own act ("said it has entered into", "said they sold")?"""
    return at_speech(_OWN_ACT, sentence, ("said", "says")) is not None


# "described the court ruling as a victory": a view of the thing, not an act.
DESCRIBED_AS = re.compile(r"\b(?:described|characteri[sz]ed|hailed|branded|dismissed)\s+"
                          r"[^.;:\"]{1,60}?\s+as\s+(?:an?|the|very|\w+ly)\b")  # fmt: skip


# "He denied Kuwait was pumping above its quota": denying a fact (not reports) is the
# denier's claim about it, as disputed as the fact.
_DENIED_FACT = re.compile(
    r"\b(?:denied|denies|deny)\s+(?:that\s+)?(?:it|he|she|they|its|the\s+\w+|[A-Z][\w-]+)"
    r"(?:\s+[\w-]+){0,3}?\s+(?:was|were|is|are|had|has|have|would|will|did)\b"
)


def denied_fact(sentence: str) -> bool:
    """Does the sentence deny a fact rather than reports of it?"""
    return ("denie" in sentence or "deny" in sentence) and _DENIED_FACT.search(sentence) is not None


# "Lukman put the shortfall in February at 900,000 bpd": an estimate is its maker's.
_PUT_AT = re.compile(r"\b(?:put|puts|putting|estimated|estimates)\s+(?:the\s+|its\s+|their\s+|a\s+|an\s+)?"
                     r"(?:[\w'’-]+\s+){0,6}?(?:at|of)\s+(?:about\s+|around\s+|some\s+)?\d")  # fmt: skip


def estimate(sentence: str) -> bool:
    """Does the sentence give someone's estimate ("put the shortfall at 900,000 bpd")?"""
    return at_speech(_PUT_AT, sentence, ("put", "estimat")) is not None


# A quote, or a speaker's words in quotes to the sentence's end, telling what others do or
# did ('"OPEC members produced below their quota," Lukman said', 'told al-Anba "All OPEC
# states are producing within quotas."'): the speaker's claim. Its own acts it tells as
# "we", "our", "I".
_QUOTE_SAID = re.compile(r"[,.!?]\s*[\"”]\s+[^\"“”]{1,80}?\b(?:said|says|added|told\s+\w+)\W*\Z")
_SPEAKER_QUOTE = re.compile(
    r"\b(?:said|says|told\s+[\w' -]{1,40}?|stated|added)\s*[,:]?\s*[\"“][^\"”]+[\"”]?\W*\Z"
)
# The speaker's own act: "we" or "I" doing ("We bought 20 pct"; not "We are in a position to
# confirm that OPEC members produced …").
_FIRST_PERSON = re.compile(
    r"\b(?:we|i)\s+(?:(?:have|had|also|already|just|currently|now)\s+)*(?:anticipate|expect|"
    r"plan|intend|\w+ed|bought|sold|won|took|made|"
    r"paid|set|began|sent|gave|got|held|met|put|cut|signed|agreed|"
    r"\w+en)\b",
    re.I,
)


def quoted_claim(sentence: str) -> bool:
    """Is the sentence a quote of a speaker telling what others do, not its own act?"""
    if '"' not in sentence and "“" not in sentence:
        return False
    # A quote to a closing mark and its speaker: one opened in this sentence, or the rest of
    # one opened before it ('… OPEC members produced below quota," Lukman said': one mark).
    opened = QUOTED.match(sentence) is not None or (
        sentence.count('"') + sentence.count("”") == 1 and "“" not in sentence
    )
    whole = opened and _QUOTE_SAID.search(sentence) is not None
    tail = leftmost_at(_SPEAKER_QUOTE, sentence, ("said", "says", "told", "stated", "added"))
    if not whole and tail is None:
        return False
    words = sentence if whole else sentence[tail.start() :]  # type: ignore[union-attr]
    return _FIRST_PERSON.search(words) is None


# "Kuwait, they said, was pumping 1.2 mln bpd": a named party's act told by someone else.
_SAID_BETWEEN = re.compile(r"\A\W*(?:[A-Z][\w.&'-]*\s*){1,4},\s+(?:they|he|she|sources|officials|"
                           r"traders|analysts)\s+(?:said|say|says|added),")  # fmt: skip


def told_between(sentence: str) -> bool:
    """Is a named party's act told by a speaker set between ("Kuwait, they said, was …")?"""
    return (
        "said," in sentence or "say," in sentence or "says," in sentence or "added," in sentence
    ) and _SAID_BETWEEN.match(sentence) is not None


# "One ICCO delegate describing the split said …": an unnamed speaker opens the sentence.
# ("A bureau official said bonding began" is the bureau telling its own act: an official of
# the body speaks for it; one of many delegates, a source or a trader does not.)
_UNNAMED_OPENER = re.compile(
    r"\W*(?:(?:One|Another|Some|Several)\s+(?:[\w.-]+\s+){0,3}(?:delegates?|officials?|"
    r"bankers?|executives?|sources?|diplomats?|traders?|dealers?|insiders?|observers?)|"
    r"(?:A|An)\s+(?:[\w.-]+\s+){0,3}(?:sources?|diplomats?|traders?|dealers?|insiders?|"
    r"observers?))\b"
)


def unnamed_opener(sentence: str) -> bool:
    """Does an unnamed speaker open the sentence ("One delegate said", "A banker said")?"""
    if not sentence.lstrip('"“ ').startswith(
        ("One ", "A ", "An ", "Another ", "Some ", "Several ")
    ):
        return False  # C speed: most sentences open otherwise
    return _UNNAMED_OPENER.match(sentence) is not None and _SPEECH.search(sentence) is not None


def first_person_act(sentence: str) -> bool:
    """Does the speaker tell its own act in the first person ("We have taken action")?"""
    if "we " not in sentence and "We " not in sentence and "I " not in sentence:
        return False
    return _FIRST_PERSON.search(sentence) is not None


# "Texaco said a ruling forcing it to post a bond would halt its credit agreements": what a
# thing would do, told by a speaker, is a prediction or a warning — not an act, not a plan
# (a thing's plan keeps its verb: "the agreement would take effect", "the offer would expire").
_THING_WOULD = re.compile(
    r"\b(?:said|says|argued|argues|contended|contends|warned|warns)\s+(?:that\s+)?"
    r"(?:a|an|the|any|such)\s+[a-z][^,;:\"]{0,120}?\s+would\s+(?:\w+ly\s+)?"
    r"(?!take\s+effect\b|expire\b|begin\b|start\b|end\b|close\b|be\s+(?:held|signed|"
    r"completed|paid|filed|considered|announced|presented|discussed|debated|voted|examined|"
    r"reviewed|approved|published|introduced)\b|pay\b|give\b|receive\b|own\b|hold\b|"
    r"undergo\b)[a-z]+"
)


def thing_would(sentence: str) -> bool:
    """Does a speaker tell what a thing would do ("said a ruling would halt …")?"""
    return (
        " would " in sentence
        and at_speech(
            _THING_WOULD,
            sentence,
            ("said", "says", "argued", "argues", "contended", "contends", "warned", "warns"),
        )
        is not None
    )


# "Kyodo News Agency said a group of members filed a complaint": a news agency, a newspaper
# or a broadcaster opening the sentence tells what others did — its report.
_LEADING_REPORTER = re.compile(
    r"\W*(?:The\s+)?(?:[A-Z][\w.'&-]*\s+){0,4}(?:[Nn]ews\s+[Aa]gency|[Aa]gency|[Nn]ewspaper|"
    r"[Dd]aily|[Rr]adio|[Tt]elevision|[Tt]imes|[Pp]ost|[Jj]ournal)\s+(?:said|says|reported|"
    r"quoted)\b"
)


# "According to Funaro, the creditor banks agreed …": what one party says others did.
_ACCORDING_OPENER = re.compile(r"\W*According\s+to\s+[A-Z][^,]{0,60},")


# "Bankers said Mexico became so frustrated …": an unnamed group opening the sentence tells
# what others did — its account, not an event the article vouches for.
_LEADING_GROUP = re.compile(r"\W*(?:(?:Some|Several|Other|Many|Western|Foreign)\s+)?(?:Bankers|"
                            r"Traders|Dealers|Diplomats|Sources)\s+(?:said|say|says)\b")  # fmt: skip


def leading_reporter(sentence: str) -> bool:
    """Does a news agency, a newspaper or an unnamed group open the sentence telling it
    ("Kyodo said …", "Bankers said …"), or does it open "According to <someone>,"?"""
    return (
        _LEADING_REPORTER.match(sentence) is not None
        or (
            sentence.lstrip().startswith("According")
            and _ACCORDING_OPENER.match(sentence) is not None
        )
        or _LEADING_GROUP.match(sentence) is not None
    )
