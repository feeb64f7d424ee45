"""Publishers' names as a library lists them, and the copyright notice of a page.

A page's copyright notices are many: its footer's ("© 2020 Sputnik. All rights reserved"), and
its photo credits ("© REUTERS / EGYPTIAN HEALTH MINISTRY", "&copy; Douglas" under a teaser
picture). The footer's is the one naming a year or reserving rights, and it comes after the
article; a credit naming an agency and a photographer ("A / B") is never the publisher's.
"""

from __future__ import annotations

import re
from urllib.parse import urlsplit

# "All rights reserved" in the languages of the pages measured: it ends a holder's name, and
# a notice saying it (or naming a year) is the site's own; a bare "© Name" is as often a
# photo credit.
_RIGHTS = (
    "all rights|rights reserved|alle rechte|rechte vorbehalten|tous droits|droits réservés|"
    "todos los derechos|derechos reservados|direitos reservados|tutti i diritti|"
    "diritti riservati|alle rechten|kaikki oikeudet|alle rettigheder|minden jog|wszelkie prawa|"
    "prawa zastrzeżone|všechna práva|все права|усі права|всички права|الحقوق محفوظة|"
    "무단 전재|版權所有|版权所有|無断転載"
)
_COPYRIGHT = re.compile(
    r"(?:(?:©|ⓒ|Ⓒ|\(c\)|copyrights?)\s*)+"  # "© Copyright Gannett 2018", "Copyright ©"
    r"(?:(?:19|20)\d{2}\s*(?:[-–]\s*(?:19|20)\d{2})?\s*,?\s*)?"
    # The holder: "NEWS.am" keeps its dot, "Sputnik." ends at its full stop.
    r"([^\W\d](?:[^.|©ⓒ\n]|\.(?=\w)){1,60}?)"
    rf"\s*(?:\.(?!\w)|[|,]|{_RIGHTS}|$)",
    re.I,
)
COPYRIGHT_MARK = re.compile(r"[©ⓒⒸ]|opyright")
_OWN_NOTICE = re.compile(rf"(?:19|20)\d{{2}}|{_RIGHTS}", re.I)
_RIGHTS_ONLY = re.compile(rf"(?:{_RIGHTS})", re.I)
_YEAR_TAIL = re.compile(r"\s+(?:19|20)\d{2}(?:\s*[-–]\s*(?:19|20)\d{2})?$")
_COMPANY = re.compile(
    r"[\s,]+(?:company|co|inc|llc|ltd|limited|gmbh|ag|sa|plc|group|corp)\.?$", re.I
)
# A holder whose name says it is a media group owns the site rather than names it
# ("Sjællandske Medier" publishes sn.dk, "dfv Mediengruppe" HORIZONT): the domain is nearer.
_GROUP = re.compile(
    r"\b(?:medi[ae]r?|medien|mediengruppe|médias|mídia|verlag|verlagsgruppe|gruppe|groupe|"
    r"grupo|gruppo|holdings?|publishing|publications|communications)$",
    re.I,
)
_PLACEHOLDERS = {"", "unknown", "unknown publisher", "unknown source", "n/a", "none", "null", "-"}
_MAX_NOTICES = 40


def named_source(name: str) -> str:
    """A source as given (a catalog's, a front matter's), or "" for a placeholder such as
    "Unknown" or "Unknown publisher": the library then lists it under its one "Unknown
    publisher", never under a second entry spelled like it."""
    name = " ".join(name.split())
    return "" if name.casefold() in _PLACEHOLDERS else name


def clean_source(name: str) -> str:
    """A publisher's name as the Sources tab lists it; "" for placeholders ("Unknown",
    "n/a"), so one "Unknown publisher" covers every source nobody named. "The Jerusalem Post |
    JPost.com" → "The Jerusalem Post"; "Neue Zürcher Zeitung AG, Schweiz" → "Neue Zürcher
    Zeitung"; "@politifact" → "politifact"."""
    name = " ".join(name.split()).lstrip("@")
    name = re.split(r"\s+[|–—]\s+|\s+-\s+|,\s", name, maxsplit=1)[0].strip()
    name = _COMPANY.sub("", name).strip() or name
    return "" if name.casefold() in _PLACEHOLDERS or name.startswith(("http:", "https:")) else name


def registered_domain(url: str) -> str:
    """nytimes.com, mk.ru, bbc.co.uk (a generic second level kept) of an address, or ""."""
    host = urlsplit(url).hostname or "" if url.startswith(("http:", "https:")) else ""
    labels = host.split(".")
    keep = 3 if len(labels) > 2 and labels[-2] in ("co", "com", "org", "net", "ac", "gov") else 2
    return ".".join(labels[-keep:]) if host else ""


class CopyrightNotices:
    """The short texts of a page holding a copyright sign, in page order (bounded)."""

    def __init__(self) -> None:
        self.texts: list[str] = []

    def add(self, text: str) -> None:
        if len(self.texts) < _MAX_NOTICES:
            self.texts.append(text)
        else:
            self.texts[-1] = text  # the footer's comes last: keep the latest

    def holder(self) -> str:
        """The site's copyright holder: the last notice dating itself or reserving rights,
        else the last notice; never a credit "Agency / Photographer", never a media group."""
        found = []
        for text in self.texts:
            match = _COPYRIGHT.search(text)
            name = clean_source(_YEAR_TAIL.sub("", match[1].strip())) if match else ""
            if name and "/" not in name and not _RIGHTS_ONLY.match(name):
                found.append((bool(_OWN_NOTICE.search(text)), name))
        own = [name for dated, name in found if dated] or [name for _, name in found]
        return "" if not own or _GROUP.search(own[-1]) else own[-1]
