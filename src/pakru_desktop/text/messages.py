"""The core's words in the reader's language: sheet and timeline text, search notices, the
reasons a file was skipped — produced in English by the core, shown in Russian or Urdu.

The interface (Qt) has its own .ts catalogues; the core must stay Qt-free and is also used by
the CLI, so its few hundred words live in `resources/translations/core_<lang>.toml`, one
English text → its translation a line, edited by people and reviewed in diffs. The caller
passes the language in (the app its interface language, the CLI English); nothing here is
global. A text with no translation is shown in English, never dropped.

Texts with values in them are templates: `"Articles ({n})"`, filled by the caller. Notices
(`[notices]`: search notices, the reasons a file was skipped) are finished by the core with
f-strings deep inside it; `translate` matches such a finished English message against their
templates where it is shown, without the core knowing, and a message of several sentences
sentence by sentence. Counts take the language's plural form
(`plural`): Russian has three, Urdu and English two.
"""

from __future__ import annotations

import re
import tomllib
from functools import lru_cache

from .. import paths

LANGUAGES = ("en", "ru", "ur")
_FIELD = re.compile(r"\{(\w+)\}")
_SENTENCE_END = re.compile(r"(?<=[.!?])\s+(?=\S)")


@lru_cache(maxsize=8)
def catalogue(language: str) -> tuple[dict[str, str], dict[str, list[str]], list[tuple]]:
    """(texts, plural forms, compiled templates) of one language; empty when there is none."""
    if language not in LANGUAGES or language == "en":
        return {}, {}, []
    try:
        path = paths.resource_path(f"translations/core_{language}.toml")
        data = tomllib.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError, tomllib.TOMLDecodeError):
        return {}, {}, []  # a missing or broken catalogue: English, as with no translation
    texts = {str(k): str(v) for k, v in data.get("messages", {}).items()}
    notices = {str(k): str(v) for k, v in data.get("notices", {}).items()}
    texts.update(notices)
    plurals = {str(k): [str(f) for f in v] for k, v in data.get("plurals", {}).items()}
    templates = []
    # Only notices (messages the core finishes, shown later) are matched as templates: a
    # sheet's own templates ("{start} to {end}") are filled by their caller, and matched
    # against any text they would take it apart.
    for english, translated in notices.items():
        if _FIELD.search(english):
            parts = _FIELD.split(english)  # text, name, text, name, …, text
            pattern = "".join(
                re.escape(part) if i % 2 == 0 else f"(?P<{part}>(?:(?![.!?]\\s).)+?)"
                for i, part in enumerate(parts)
            )
            templates.append((re.compile(pattern + r"\Z", re.DOTALL), translated))
    return texts, plurals, templates


def translate(text: str, language: str, **values: object) -> str:
    """`text` in `language`: a catalogue text (filled with `values`), a finished message
    matched against the catalogue's templates, or, sentence by sentence, a longer one."""
    texts, _, templates = catalogue(language)
    if not texts:
        return text.format(**values) if values else text
    if text in texts:
        found = texts[text]
        return found.format(**values) if values else found
    if values:
        return text.format(**values)
    whole = _by_template(text, templates, language)
    if whole is not None:
        return whole
    pieces = _SENTENCE_END.split(text)
    if len(pieces) == 1:
        return text
    return " ".join(translate(piece, language) for piece in pieces)


def _by_template(text: str, templates: list[tuple], language: str) -> str | None:
    for pattern, translated in templates:
        match = pattern.match(text)
        if match is not None:  # a value may be a notice of its own ("Not searched: {error}.")
            values = {k: translate(v, language) for k, v in match.groupdict().items()}
            return translated.format(**values)
    return None


def plural(count: int, singular: str, plural_text: str, language: str) -> str:
    """ "{n} article" / "{n} articles" for `count`, in `language`'s plural form."""
    _, forms, _ = catalogue(language)
    choices = forms.get(singular)
    if not choices:
        return (singular if count == 1 else plural_text).format(n=count)
    return choices[min(_form(count, language), len(choices) - 1)].format(n=count)


def _form(count: int, language: str) -> int:
    """Which plural form a count takes (CLDR rules for integers)."""
    if language == "ru":
        if count % 10 == 1 and count % 100 != 11:
            return 0
        if 2 <= count % 10 <= 4 and not 12 <= count % 100 <= 14:
            return 1
        return 2
    return 0 if count == 1 else 1


_MONTHS = {
    "ru": ("января февраля марта апреля мая июня июля августа сентября октября ноября декабря",
           "январь февраль март апрель май июнь июль август сентябрь октябрь ноябрь декабрь"),
    "ur": ("جنوری فروری مارچ اپریل مئی جون جولائی اگست ستمبر اکتوبر نومبر دسمبر",) * 2,
}  # fmt: skip


def date_words(iso: str, precision: str, language: str) -> str | None:
    """A date as `language` writes it in a sentence ("13 мая 2025", "مئی 2025", "1970-е"),
    or None for English (the caller's own form)."""
    if language not in _MONTHS:
        return None
    if precision == "decade":
        return f"{iso[:4]}-е" if language == "ru" else f"{iso[:4]} کی دہائی"
    parts = iso.split("-")
    if len(parts) < 2 or not parts[1].isdigit() or not 1 <= int(parts[1]) <= 12:
        return iso[:4] if parts[0].isdigit() else iso
    day_months, months = (names.split() for names in _MONTHS[language])
    month = int(parts[1]) - 1
    if len(parts) == 3 and parts[2].isdigit():
        return f"{int(parts[2])} {day_months[month]} {parts[0]}"
    return f"{months[month]} {parts[0]}"
