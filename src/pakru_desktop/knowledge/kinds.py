"""The mode of a sentence — happened, planned, called off, reported or commentary — from its
cues and its grammar: who speaks, of whose act, in what tense, under what condition. The
cues come from StatementRules (statements.py); the rules of speakers and clauses from
speakers.py, hearsay.py and clauses.py."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from .acts import (
    NO_ACT,
    body_act,
    decided_for_later,
    forecast,
    lead_act,
    prediction,
    will_act,
)
from .calling_off import ends_an_act, rescheduled
from .clauses import (
    CONDITION,
    acts,
    attributed,
    equates_figure,
    planned_cue,
    time_clause,
)
from .scan import at_speech, leftmost_at
from .speakers import (
    CALLED,
    DESCRIBED_AS,
    QUOTED,
    closing_quote,
    continued_quote,
    denial,
    denied_fact,
    estimate,
    first_person_act,
    leading_reporter,
    own_act,
    own_plan,
    quoted_claim,
    speculation,
    thing_would,
    told_between,
    unnamed_opener,
)

if TYPE_CHECKING:
    from .statements import StatementRules

# What is believed, said in the passive, is hearsay whoever believes it (not "he believed",
# a view).
_BELIEVED = re.compile(r"\b(?:is|are|was|were|been|being)\s+(?:\w+ly\s+|also\s+)?believed\b")
# "climbed 2-1/2 on rumors the company was about to …": the move took place, the rumour is
# hearsay, and a sentence is one line of one kind.
_ON_RUMOURS = re.compile(r"\b(?:on|amid)\s+(?:\w+\s+)?(?:rumou?rs|reports|speculation|talk)\b")
# What a speaker says of others, opening right after the verb of saying ("said creditor
# banks were divided"), not of itself ("said it supports the proposal": its view).
_TOLD_OF = re.compile(
    r"\b(?:said|says|told\s+(?:\w+\s+){1,2}?(?=that\b))"
    r"(?:\s+(?:on|in|at|after|before|during|when|while)\b[^,]{0,60}?(?=\s+that\b))?"
    r"\s+(?:that\s+)?(\w+)(?:\s+(\w+))?"
)
_OWN_WORDS = frozenset("it its they their he his she her we our i this there".split())
# "said the company is turning around": the speaker's own company, bank or group; "said the
# time has come", "said the outlook is": no party at all, a view.
_OWN_NOUNS = frozenset("company bank group firm corporation board management".split())
_NOT_YET_TOLD = frozenset("on in at after before during when while today yesterday".split())
_VIEW_NOUNS = frozenset("time outlook situation future prospects mood".split())


def about_others(sentence: str) -> bool:
    """Does a speaker tell, right after the verb of saying, of someone else?"""
    told = leftmost_at(_TOLD_OF, sentence, ("said", "says", "told"))
    if told is None or told.group(1).lower() in _OWN_WORDS | _NOT_YET_TOLD:
        return False  # (after "said on leaving Tokyo" whom it tells of is not yet known)
    return not (
        told.group(1).lower() == "the"
        and (told.group(2) or "").lower() in (_OWN_NOUNS | _VIEW_NOUNS)
    )


# A group that speaks for the meeting or the body, named at the sentence's end: what it says
# will be done is the schedule ("…, bankers said"; not "…, sources said": hearsay).
_GROUP_TELLS = re.compile(r",\s+(?:[\w.'-]+\s+){0,3}(?:bankers|officials|delegates|spokesman|"
                          r"spokeswoman)\s+(?:said|say|says|told\s+\w+)\W*\Z")  # fmt: skip
# "…, according to analysts who attended the meeting": the whole sentence is their account
# (not "according to the agreement": the terms, no one's word).
_ACCORDING_TAIL = re.compile(
    r",\s+according\s+to\s+(?!(?:the|a|an|its|their)\s+(?:[\w-]+\s+){0,2}?(?:agreement|accord|"
    r"pact|plan|terms|rules|contract|proposal|formula|scale|set|law|schedule)\b)[^,;]{3,80}\W*\Z"
)
# A party's own "may" or a plan it is pursuing, told by its own side at the sentence's end:
# "BankAmerica Corp may place its loans to Brazil on nonaccrual status if …, the bank holding
# company said in a filing"; "Nippon Life is pursuing a link with …, a company spokesman said".
_COMPANY_MAY = re.compile(
    r"\W*(?:<?[A-Z][\w.&'-]*>?\s+){1,5}(?:may|might|is\s+pursuing|is\s+exploring)\s+"
    r"(?!" + NO_ACT + r")\w+"
)
_OWN_TAIL = re.compile(
    r",\s+(?:the\s+(?:[\w-]+\s+){0,2}(?:company|bank|group|firm|corporation)|(?:a|its)\s+"
    r"(?:company\s+)?spokes(?:man|woman))\s+(?:said|says|told\s+\w+)\b[^,]*\W*\Z"
)
# A deal's terms under its condition: "If the deal goes ahead, the statement said, AMC
# shareholders will receive Chrysler shares" (not "If it fails, prices would fall": a view).
_IF_THEN_WILL = re.compile(r"\W*If\s+[^,]{3,60},\s+(?:[^,]{3,40},\s+)?[^,]{3,80}?\bwill\s+"
                           r"(?:receive|get|be\s+paid|be\s+offered|own|hold)\b")  # fmt: skip
_FIRST_WORD = re.compile(r"\W*(\w+)")
# A condition told by inversion, and what would follow: a view of what might be.
_SHOULD_IT = re.compile(r"\b[Ss]hould\s+(?:the\s+)?[A-Z][\w.'-]*\b[^.;]{0,80}\bwould\b")
# A speaker's few words quoted inside what it tells of others: its characterisation of them.
_WORDS_QUOTED = re.compile(r"\b(?:said|says)\b[^\"“]{1,120}[\"“](?:[^\s\"”]+\s){0,3}[^\s\"”]+[\"”]")
# A noun's clause of what it would or could do: "a bill that would impose …".
_THAT_WOULD = re.compile(r"\b(?:that|which)\s+(?:would|could|might)\b")
# What a speaker says another party or a thing should do: its advice or its view ("said that
# the won should begin to move", "said Venezuela, which …, should have no problems").
_SHOULD_VIEW = re.compile(
    r"(?:said|says|told\s+\w+)\s+(?:that\s+)?(?:the\s+)?[A-Z][^;:\"]{0,90}?\s+should\s+"
    r"(?!be\s+(?:finished|completed|ready|signed|held|paid)\b)[a-z]+"
)
# A party's charge against another: "charged Harcourt is unlawfully coercing …", "accused
# the U.S. of increasing protectionism" — its claim, disputed (not "was charged with fraud").
_CHARGED = re.compile(r"\b(?:charged|charges|accused|accuses)\s+(?:that\s+)?(?:the\s+)?"
                      r"[A-Z][\w.&'-]*(?:\s+[A-Z][\w.&'-]*){0,3}\s+(?:is|was|were|are|had|has|"
                      r"have|of)\b")  # fmt: skip
# A speaker's view held in its own words: "said he thought …", "says it feels …", "said he
# hoped that …", "said it considered the offer too low" (not "considers a bid": a plan weighed;
# not "hopes to sign": an intent).
_HELD_VIEW = re.compile(r"\b(?:said|says|told\s+\w+)\s+(?:that\s+)?(?:he|she|they|it|we|I)\s+"
                        r"(?:thought|thinks|think|felt|feels|feel|hoped|hopes|hope|considered|"
                        r"considers|consider|(?:was|is|were|are)\s+(?:\w+ly\s+)?optimistic)\b"
                        r"(?!\s+to\b)(?!\s+(?:a|an|the)\s+(?:[\w-]+\s+){0,2}?(?:bid|offer|"
                        r"proposal|plan|sale|request)s?\b)")  # fmt: skip
# "… in what bankers called a desperate move", "in what was described as": a name for the act.
_IN_WHAT = re.compile(r"\s+in\s+what\s+(?:[\w.'-]+\s+){0,4}?(?:called|call|calls|termed|"
                      r"described\s+as|was\s+seen\s+as|is\s+seen\s+as|see\s+as|sees\s+as|"
                      r"saw\s+as)\b")  # fmt: skip
# "BPCC launched a rights issue and said the money would enable it to renew its bid": the act
# comes first, what it said of it after.
_AND_SAID = " and said "


def _acted_before_saying(sentence: str, cues: list[frozenset[str]],
                         positions: list[int] | None) -> bool:  # fmt: skip
    """Does an act's cue come before "and said"?"""
    at = sentence.find(_AND_SAID)
    return at > 0 and any(p < at and acts(kinds)
                          for kinds, p in zip(cues, positions or [], strict=False))  # fmt: skip


# A clause of time or condition after the main verb: "will remain shut until it can examine
# the mine" — its "can" weighs nothing of the plan before it.
_LATER_CLAUSE = re.compile(r"\b(?:until|unless|once|when|before|after|so\s+that|if)\b")


def _plan_before_clause(sentence: str, cues: list[frozenset[str]],
                        positions: list[int] | None) -> bool:  # fmt: skip
    """Is there a plan cue, and every view cue after it in a later clause of time or
    condition?"""
    if not positions or "until" not in sentence and "unless" not in sentence and (
            "once" not in sentence and "when" not in sentence and "before" not in sentence
            and "after" not in sentence and "so that" not in sentence and "if " not in sentence):  # fmt: skip
        return False
    plans = [at for kinds, at in zip(cues, positions, strict=False) if "mode planned" in kinds]
    views = [at for kinds, at in zip(cues, positions, strict=False) if "mode commentary" in kinds]
    if not plans or not views:
        return False
    clause = _LATER_CLAUSE.search(sentence, plans[0])
    return clause is not None and all(at >= clause.start() for at in views)


def _views_in_nouns_clauses(sentence: str, cues: list[frozenset[str]],
                            positions: list[int] | None) -> bool:  # fmt: skip
    """Is every view's cue in a noun's clause ("A bill that would impose a fee was introduced
    by 12 Congressmen": what the bill would do, not the sentence's view)?"""
    views = [at for kinds, at in zip(cues, positions or [], strict=False)
             if "mode commentary" in kinds]  # fmt: skip
    return bool(views) and all(_THAT_WOULD.search(sentence, max(0, at - 12), at + 6)
                               for at in views)  # fmt: skip


def _proposal_terms(terms: re.Pattern[str], sentence: str) -> bool:
    """Does `terms` ("the proposal would pay") match from 70 characters before the first of
    " would ", " call", " provide" (in that order of preference) the sentence holds?"""
    for word in (" would ", " call", " provide"):
        at = sentence.find(word)
        if at >= 0:
            return terms.search(sentence, max(0, at - 70)) is not None
    return False


def classify(
    rules: StatementRules,
    sentence: str,
    cues: list[frozenset[str]],
    concrete: bool,
    positions: list[int] | None = None,
) -> tuple[str, str]:
    """(action kind or "", mode) of a sentence from its cues; `concrete`: it has a
    figure or a named event of its own (a date alone, with nobody acting, is not).
    `positions`: where each cue starts in the sentence (for the scope of hearsay)."""
    if positions and ("represent" in sentence or "reflect" in sentence):
        # A figure restated ("represents just over 54 pct of the shares") is no view.
        kept = [(c, a) for c, a in zip(cues, positions, strict=False)
                if not equates_figure(sentence, a)]  # fmt: skip
        cues, positions = [c for c, _ in kept], [a for _, a in kept]
    if " in what " in sentence and (named := _IN_WHAT.search(sentence)) is not None:
        # "Taiwan imposed currency controls today in what bankers called a desperate move":
        # their name for the act, not their account of it
        kept = [(c, a) for c, a in zip(cues, positions or [], strict=False) if a < named.start()]
        return classify(rules, sentence[: named.start()], [c for c, _ in kept], concrete,
                        [a for _, a in kept] if positions else None)  # fmt: skip
    present = frozenset().union(*cues) if cues else frozenset()
    action = ""
    for categories in cues:  # (a loop, not next() over a generator: run for every sentence)
        action = rules._action_of(categories)
        if action:
            break
    if not action and (will_act(sentence) or lead_act(sentence)):
        action = "action"  # "Saudi Arabia will continue to …", "Brazil today suggested …"
    opening = _FIRST_WORD.match(sentence)
    if rules._opener_words is None or (
            opening is not None and opening.group(1).lower() in rules._opener_words):  # fmt: skip
        for mode, opener in rules._openers:
            if opener.match(sentence):
                if _IF_THEN_WILL.match(sentence):
                    return action, "planned"  # "If the deal goes ahead, holders will receive …"
                return action, mode
    if "according to" in sentence and _ACCORDING_TAIL.search(sentence):
        return action, "reported"  # "…, according to a telex from the committee's chairman"
    # Quoted opinion is commentary (a quoted act is read as any other: "we imported").
    quoted = '"' in sentence or "“" in sentence
    if quoted and not action and first_person_act(sentence):
        action = "action"  # '"We have taken the appropriate action," Johnson said'
    if quoted and not action and (CALLED.search(sentence) or QUOTED.match(sentence)):
        return action, "commentary"
    if ("described" in sentence or "characteri" in sentence or "hailed" in sentence
            or "branded" in sentence or "dismissed" in sentence) and (
            DESCRIBED_AS.search(sentence)):  # fmt: skip
        return action, "commentary"  # "described the ruling as a victory": a view
    closing = closing_quote(sentence) if quoted else None
    if closing is not None and not any(
            at >= closing.start() and acts(kinds)
            and not time_clause(sentence, at)
            for kinds, at in zip(cues, positions or [], strict=False)):  # fmt: skip
        # The sentence ends on the speaker's words, with no act of theirs in them: 'he
        # said "slim to none."', 'stated: "… premature to judge the pact after it was
        # signed"' (not 'said: "We bought 20 pct"').
        return action, "commentary"
    if quoted and not concrete and continued_quote(sentence):
        return action, "commentary"  # the rest of a speaker's quote: its words, no act
    if rules._told_event.market_move(sentence) and not forecast(
            sentence) and (
            not _ON_RUMOURS.search(sentence)):  # fmt: skip
        return action, "happened"  # "Crude oil prices rallied today, …, analysts said"
    if _OWN_TAIL.search(sentence) and (  # (the tail first: its search skips to the commas)
            "may " in sentence or "might " in sentence or "is " in sentence) and (
            _COMPANY_MAY.match(sentence)):  # fmt: skip
        return action, "planned"  # "Norland may place its loans on nonaccrual, the bank said"
    if "believed" in sentence and _BELIEVED.search(sentence):
        return action, "reported"  # "is believed by analysts to be preparing": hearsay
    if "mode opinion" in present and attributed("mode opinion", sentence, cues, positions):
        if rules._things.told(sentence):
            return action, "reported"  # "A lawsuit pushed Hughes into an about-face, analysts said"
        return action, "commentary"  # an analyst's view or estimate
    if denial(sentence):
        return action, "happened"  # the denial is the act; what it denies is no event
    if (" thought " in sentence or " felt " in sentence or " think" in sentence
            or " feel" in sentence or " hope" in sentence or " consider" in sentence
            or "optimistic" in sentence) and (
            _HELD_VIEW.search(sentence)):  # fmt: skip
        return action, "commentary"  # "said he thought US pressure had more to do with it"
    if " should " in sentence and at_speech(_SHOULD_VIEW, sentence, ("said", "says", "told")):
        return action, "commentary"  # "said Congress should plan to provide 800 mln dlrs"
    if prediction(sentence) >= 0:
        return action, "commentary"  # "Insurers could face 30 mln stg of claims, a spokesman said"
    if ("charge" in sentence or "accuse" in sentence) and _CHARGED.search(sentence):
        return action, "reported"  # "also charged Harcourt is unlawfully coercing holders"
    if denied_fact(sentence) or estimate(sentence) or told_between(sentence) or (
            quoted_claim(sentence) or unnamed_opener(sentence) or leading_reporter(sentence)):  # fmt: skip
        return action, "reported"  # "denied Kuwait was pumping", "put the shortfall at"
    guessed = forecast(sentence)
    if guessed:
        return action, "commentary"  # "the dollar is expected to decline, dealers said"
    if "mode judgements" in present:
        return action, "commentary"  # "is unlikely to do more than stem the decline, … said"
    if "will " in sentence and _GROUP_TELLS.match(sentence, max(0, sentence.rfind(","))) and will_act(
            sentence[: sentence.rfind(",")]):  # fmt: skip
        return action, "planned"  # "Gros will meet bankers here today, bankers said"
    if "mode hearsay" not in present and rules._things.told(sentence):
        return action, "happened"  # "said 38 mln shares were tendered": the news it gives
    if rules._hearsay_rules.claim(sentence, cues, positions, present):
        return action, "reported"
    if concrete and rules._terms and _proposal_terms(rules._terms, sentence):
        return action, "planned"  # a proposal's terms: "the proposal would pay 3.87 bln"
    if thing_would(sentence) and not _acted_before_saying(sentence, cues, positions):
        return action, "commentary"  # "said a ruling would halt its credit agreements"
    if own_plan(sentence):  # before any speculation in the sentence
        return action, "planned"  # "said it (Japan) would make a formal request"
    if speculation(sentence) or guessed:
        return action, "commentary"  # "they probably will close", "demand will increase"
    if not action:
        weighed = "considering" in sentence and rules._considering
        if weighed and weighed.search(sentence):
            return "", "planned"  # "is considering a takeover bid"
        if own_act(sentence):
            action = "action"  # "said it has entered into an agreement": its own act
        elif "mode commentary" in present and not _plan_before_clause(
                sentence, cues, positions) and not _views_in_nouns_clauses(
                sentence, cues, positions):  # fmt: skip
            return "", "commentary"
        elif "mode planned" in present and planned_cue(sentence, cues, positions):
            return "", "planned"  # "said the company plans to go forward with its offering"
        elif rules._told_event and rules._told_event.tells(sentence):
            action = "action"  # "the fire broke out last night, officials said": it took place
        elif body_act(sentence):
            action = "action"  # "The joint committee … awarded contracts …, a spokesman said"
        elif "mode reported" in present and (concrete or about_others(sentence)):
            return "", "reported"  # "the minister said no member was exceeding its quota"
        elif not concrete:
            return "", "commentary"
    offs = [at for kinds, at in zip(cues, positions or [], strict=False)
            if "mode called_off" in kinds] if "mode called_off" in present else []  # fmt: skip
    if offs and all(rescheduled(sentence, at) for at in offs):
        return action, "planned"  # "has been delayed by one day and will now run …"
    if "mode called_off" in present and not any(ends_an_act(sentence, at) for at in offs):
        return action, "called off"  # (not "the union called off the strikes": an act)
    if decided_for_later(sentence) or (
        "mode planned" in present
        and planned_cue(sentence, cues, positions)
        or ("if " in sentence or "unless" in sentence)
        and CONDITION.search(sentence)
    ):
        return action, "planned"
    if "would" in sentence and _SHOULD_IT.search(sentence):
        return action, "commentary"  # "should Seoul revalue the won, Korea would run a deficit"
    if quoted and action and _WORDS_QUOTED.search(sentence) and about_others(sentence):
        return action, "reported"  # 'said the "narrow interest" of creditor banks was holding up'
    return action, "happened"
