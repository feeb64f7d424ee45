"""Bylines as people read them: "By LISA MASCARO, MARY CLARE JALONICK and ERIC TUCKER" →
"Lisa Mascaro, Mary Clare Jalonick, Eric Tucker"; "Jill Disis, CNN Business" → "Jill Disis".

A byline names people. Roles and affiliations after a name, news agencies, desks, site accounts
("gto") and the publisher itself are not authors and are dropped.
"""

from __future__ import annotations

import re

_PREFIX = re.compile(
    r"^\s*(?:(?:written|reported|posted|published|text|story|words)\s+)?(?:by|von|par|por|di|door|av|przez|"
    r"автор(?:ы)?|текст|from)\b\s*:?\s*|^\s*(?:author|autor|auteur|автор)\s*:\s*",
    re.I,
)
# "and" in the languages of the pages; the one-letter ones only in lower case ("Robert E. Lee").
_JOINERS = re.compile(r"\s*(?:;|,|&|/|\b(?i:and|und|et)\b|\b(?:y|e|i|и)\b)\s*")
# Words that make a byline part a role, a desk or an agency rather than a person.
_NOT_PERSON = re.compile(
    r"\b(?:staff|editorial|editors?|desk|team|redaktion|rédaction|редакция|news|business|"
    r"correspondent|contributor|columnist|journalist|photographer|agency|"
    r"agencies|online|digital|media|press|times|post|service|корреспондент|обозреватель|"
    r"authors|autoren|auteurs|авторы|"
    r"reuters|afp|ap|dpa|apa|ansa|efe|sda|kna|epd|tass|тасс|риа|интерфакс|xinhua|pti|ians|app|"
    r"bbc|cnn|rt|sky)\b",
    re.I,
)
_DOMAIN = re.compile(r"\w\.(?:[a-z]{2}|com|org|net|info)$", re.I)
_CREDIT = re.compile(r"^(?:фото|видео|photo|foto|bild|image|video|illustration)s?\b\s*:", re.I)
_URL = re.compile(r"^(?:https?:|www\.)|@|/", re.I)
_CASED = re.compile(r"[A-Za-zÀ-ɏА-яЁё]")
_MAX_PEOPLE = 8


def _person_case(name: str) -> str:
    """LISA MASCARO → Lisa Mascaro; names already in mixed case are kept as written."""
    if name.isupper() and len(name) > 3:
        return " ".join(word.capitalize() for word in name.split())
    return name


def _is_person(part: str, publisher: str) -> bool:
    if not part or _URL.search(part) or len(part) > 60 or _NOT_PERSON.search(part):
        return False
    if _DOMAIN.search(part) or (part.isupper() and " " not in part and len(part) <= 5):
        return False  # "Repubblica.it", "NDR": a site or an acronym, not a person
    if _fold(part) and _fold(publisher).startswith(_fold(part)):
        return False
    # A handle ("gto", "kei_eno") has no capital in a script that has capitals.
    if _CASED.search(part) and not any(c.isupper() for c in part):
        return False
    return not any(ch.isdigit() for ch in part)


def _fold(text: str) -> str:
    return " ".join(re.sub(r"[\W_]+", " ", text.casefold()).split())


def clean_byline(text: str, publisher: str = "") -> str:
    """The people a byline names, comma-separated, or "" when it names none."""
    text = " ".join(text.split())
    if len(text) > 300 or _CREDIT.match(text):
        return ""  # a photo or video credit names who took the picture, not who wrote
    text = _PREFIX.sub("", text, count=1)
    text = re.sub(r"\s*[|–—-]\s.*$", "", text)  # "Name — Reporter", "Name | Site"
    people: list[str] = []
    for part in _JOINERS.split(text):
        part = re.sub(r"\s*\(.*$", "", part).strip(" .:()")  # "(AA)", "(mwo)": initials
        if _is_person(part, publisher) and _person_case(part) not in people:
            people.append(_person_case(part))
    return ", ".join(people[:_MAX_PEOPLE])


# A line that is a byline: "By …" with a name (capitalised) soon after.
_BYLINE_LINE = re.compile(r"^(?:by|von|par|por|автор:?)\s+\S", re.I)
# A line signing a blog post off: "Posted by Alon Zakai.", "Written by …" (not "Reporting by").
SIGN_OFF_LINE = re.compile(r"^\s*(?:posted|written|published)\s+by\s+\S", re.I)


def byline_in(lines: list[str], publisher: str = "", closing: bool = False) -> str:
    """The people of the first byline among a page's opening lines (or, `closing`, of the
    first "Posted by …" sign-off among the given lines), or ""."""
    pattern = SIGN_OFF_LINE if closing else _BYLINE_LINE
    for line in lines:
        if len(line) <= 160 and pattern.match(line):
            people = clean_byline(line, publisher)
            if people:
                return people
    return ""
