"""Bylines as people read them: "By LISA MASCARO, MARY CLARE JALONICK and ERIC TUCKER" →
"Lisa Mascaro, Mary Clare Jalonick, Eric Tucker"; "Jill Disis, CNN Business" → "Jill Disis".

A byline names people. Roles and affiliations after a name, news agencies after a person, desks,
site accounts ("gto") and the publisher itself are not authors and are dropped; a byline naming
only a news agency ("Par AFP") credits the agency.
"""

from __future__ import annotations

import re

# Labels before a colon: "Author:", "Redakteur:", "Редактор:" (an editor credited alone).
_LABELS = ("author", "autor", "auteur", "autore", "автор", "editor", "redakteur", "rédacteur",
           "redactor", "redattore", "редактор", "tekst", "texto", "testo", "text",
           "kirjoittaja", "yazar", "szerző", "forfatter", "författare", "skribent")  # fmt: skip
_PREFIX = re.compile(
    r"^\s*(?:(?:written|reported|posted|published|text|story|words)\s+)?(?:by|von|par|por|di|door|"
    r"av|af|przez|автор(?:ы)?|текст|from)\b\s*:?\s*"
    rf"|^\s*(?:{'|'.join(_LABELS)})\s*:\s*",
    re.I,
)
# "and" in the languages of the pages; the one-letter ones only in lower case ("Robert E. Lee").
_JOINERS = re.compile(r"\s*(?:;|,|&|/|\b(?i:and|und|et|og|och)\b|\b(?:y|e|i|и)\b)\s*")
# News agencies: a byline naming only agencies ("Par AFP", "Af Ritzau") credits the agency
# as the author; after a person's name ("Britta Schultejans, dpa") the agency goes. Codes
# count in capitals only: "Ani" and "Tt" may be people.
_AGENCY_NAMES = (
    "associated press|reuters|dpa|epd|kna|ritzau|xinhua|interfax|belga|lusa|europa press|"
    "adnkronos|kyodo|yonhap|jiji|anadolu|bernama|antara|agerpres|tanjug|notimex|keystone-sda|"
    "agence france-presse|agencia efe|agência brasil|тасс|риа(?: новости)?|"
    "интерфакс|укрінформ|уніан"
)
_AGENCY_CODES = (
    "AFP|AP|APA|ANSA|EFE|SDA|TASS|PTI|IANS|ANI|APP|NTB|TT|STT|ANP|BNS|ELTA|LETA|PAP|ČTK|CTK|"
    "MTI|HINA|STA|BTA|AGI|AAP|UPI|AA|IRNA|ISNA|WAM"
)
_AGENCY = re.compile(rf"\b(?:(?i:{_AGENCY_NAMES})|{_AGENCY_CODES})\b")
# Words that make a byline part a role or a desk rather than a person.
_NOT_PERSON = re.compile(
    r"\b(?:staff|editorial|editors?|desk|team|redaktion|rédaction|редакция|redazione|redação|"
    r"redacción|redacció|redactie|redakcja|redakce|toimitus|redaksi|szerkesztőség|"
    r"news|business|correspondent|contributor|columnist|journalist|photographer|writer|agency|"
    r"agencies|online|digital|media|press|times|post|service|корреспондент|обозреватель|"
    r"authors|autoren|auteurs|авторы|bbc|cnn|rt|sky)\b",
    re.I,
)
_DOMAIN = re.compile(r"\w\.(?:[a-z]{2}|com|org|net|info)$", re.I)
_CREDIT = re.compile(
    r"^(?:фото|видео|снимка|світлина|photo|foto|bild|image|video|illustration|kuva|zdjęcie|"
    r"imagen|immagine)s?\b\s*:",
    re.I,
)
# A reporter's credit as East Asian pages write it: "스포츠조선=선수민 기자" (outlet=name
# reporter), "記者巫其倫" — the outlet and the role word are no part of the name.
_OUTLET_EQUALS = re.compile(r"^[^=＝\s]{1,20}\s*[=＝]\s*")
_ROLE_AFTER = re.compile(r"\s*(?:기자|특파원|記者|记者|特派員|特派员)$")
_ROLE_BEFORE = re.compile(r"^(?:記者|记者)\s*")
_URL = re.compile(r"^(?:https?:|www\.)|@|/", re.I)
_CASED = re.compile(r"[A-Za-zÀ-ɏА-яЁё]")
# A lower-case word longer than the particles of names ("van", "de la", "bin", "dos"): a role
# or a phrase, not a name. Only in scripts with capitals.
_LOWER_WORD = re.compile(r"(?<!\S)[a-zà-ɏа-яё]{5,}(?!\S)")
# A time after the name: "Posted by Ned Deily at 5:11 AM", "Ann Lee, 12:30".
_TIME_AFTER = re.compile(r"(?:\s+(?:at|um|à|o|в)|,)?\s+\d{1,2}[:.]\d{2}\b.*$", re.I)
_MAX_PEOPLE = 8


def _person_case(name: str) -> str:
    """LISA MASCARO → Lisa Mascaro; names already in mixed case are kept as written."""
    if name.isupper() and len(name) > 3:
        return " ".join(word.capitalize() for word in name.split())
    return name


def _is_person(part: str, publisher: str) -> bool:
    if not part or _URL.search(part) or len(part) > 60 or _NOT_PERSON.search(part):
        return False
    if _AGENCY.search(part) or _LOWER_WORD.search(part) or part.startswith("The "):
        return False  # "AP Auto Writer"; "The Russian and Syrian defense ministries"
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


def is_credit(text: str) -> bool:
    """Whether a line credits a picture or a video ("Photo: …", "Снимка: …")."""
    return bool(_CREDIT.match(text.strip()))


def is_agency(name: str) -> bool:
    """Whether a name is a news agency's ("AFP", "Associated Press", "Ritzau")."""
    return bool(_AGENCY.fullmatch(name.strip()))


def clean_byline(text: str, publisher: str = "") -> str:
    """The people a byline names, comma-separated; the agencies when it names only agencies
    (not the publisher itself: ANSA's own byline on ansa.it is no author); or ""."""
    text = " ".join(text.split())
    if len(text) > 300 or is_credit(text):
        return ""  # a photo or video credit names who took the picture, not who wrote
    text = _TIME_AFTER.sub("", _PREFIX.sub("", text, count=1))
    text = _ROLE_BEFORE.sub("", _ROLE_AFTER.sub("", _OUTLET_EQUALS.sub("", text)))
    text = re.sub(r"\s*[|–—-]\s.*$", "", text)  # "Name — Reporter", "Name | Site"
    people: list[str] = []
    agencies: list[str] = []
    for part in _JOINERS.split(text):
        part = re.sub(r"\s*\(.*$", "", part).strip(" .:()")  # "(AA)", "(mwo)": initials
        if is_agency(part) and not _fold(publisher).startswith(_fold(part)):
            agencies.append(part)
        elif _is_person(part, publisher) and _person_case(part) not in people:
            people.append(_person_case(part))
    return ", ".join(people[:_MAX_PEOPLE] or agencies[:_MAX_PEOPLE])


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


# A reporter's credit opening an East Asian article: "〔記者巫其倫／台北報導〕" (reporter,
# place, "reports"), "[부산=스포츠조선 선수민 기자]" (place=outlet, name, reporter).
_LEAD_CREDIT = re.compile(r"^\s*[\[〔【(（]([^\]〕】)）]{2,40})[\]〕】)）]")
_REPORTER = re.compile(
    r"(?:記者|记者)\s*([^\s／/=＝]{2,12}?)\s*(?:[／/]|報導|报道|$)"
    r"|([^\s／/=＝]{2,4})\s*(?:기자|記者|记者|특파원)"
)


def reporter_in(paragraphs: list[str]) -> str:
    """The reporter(s) an article's opening paragraphs credit in brackets, or ""."""
    for text in paragraphs:
        lead = _LEAD_CREDIT.match(text)
        found = _REPORTER.search(lead[1]) if lead else None
        if found:
            return ", ".join(re.split(r"[、，,]", found[1] or found[2]))
    return ""
