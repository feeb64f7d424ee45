"""Bytes → text: BOMs, UTF-8, legacy single-byte encodings, and refusing binary data."""

from __future__ import annotations

import codecs
import re

from .errors import IngestError

# Signatures of formats that are never article text, so we can name them in the reason.
_BINARY_SIGNATURES = {
    b"%PDF": "a PDF document",
    b"PK\x03\x04": "a ZIP archive (e.g. .docx, .epub)",
    b"\x89PNG": "a PNG image",
    b"\xff\xd8\xff": "a JPEG image",
    b"GIF8": "a GIF image",
    b"\x7fELF": "an executable",
    b"\xd0\xcf\x11\xe0": "an old Office document",
    b"SQLite format 3": "an SQLite database",
}


def decode_bytes(data: bytes) -> str:
    """Decode file contents to text, or raise IngestError saying why it is not text."""
    text = _decode(data)
    if not text.strip():  # also a BOM followed by spaces, or only Unicode spaces
        raise IngestError("empty file")
    return text


def _decode(data: bytes) -> str:
    if not data.strip():
        raise IngestError("empty file")
    for signature, what in _BINARY_SIGNATURES.items():
        if data.startswith(signature):
            raise IngestError(f"binary file ({what}), not text")
    if data.startswith(codecs.BOM_UTF8):
        return _strict(data[len(codecs.BOM_UTF8) :], "utf-8")
    if data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        return _strict(data, "utf-16")
    if b"\x00" in data:
        raise IngestError("binary file (contains NUL bytes), not text")
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        pass
    return _mostly_utf8(data) or _guess_legacy(data)


def _mostly_utf8(data: bytes) -> str:
    """UTF-8 text with a few broken bytes (a page cut and pasted together): a replacement
    character for each beats decoding every other accented letter wrongly as cp1252. Legacy
    text almost never forms valid multi-byte UTF-8 sequences, so those decide."""
    text = data.decode("utf-8", errors="replace")
    broken = text.count("\ufffd")
    decoded = sum(1 for char in text if ord(char) > 127) - broken
    return text if decoded >= 5 * broken and broken * 100 <= len(text) else ""


def _strict(data: bytes, encoding: str) -> str:
    try:
        text = data.decode(encoding)
    except UnicodeDecodeError as error:
        raise IngestError(f"undecodable bytes for {encoding} at offset {error.start}") from None
    if "\x00" in text:
        raise IngestError("binary file (contains NUL characters), not text")
    return text


# UTF-8 read as cp1252: "Ã©" for é, "â€™" for ’, "Â " for a no-break space.
_MOJIBAKE = re.compile(
    "[ÃÂ][\u00a0-\u00bf\u0152\u0153\u0160\u0161\u0178\u017d\u017e\u0192\u02c6\u02dc"
    "\u2013\u2014\u2018-\u201e\u2020-\u2022\u2026\u2030\u2039\u203a\u20ac\u2122]"
    "|â€[\u0080-\u00bf\u0153\u0161\u02dc\u2018-\u201e\u2022\u2122]"
)
# Western text decoded as cp1252 has few letters outside ASCII; Cyrillic, Greek or Arabic
# decoded as cp1252 is nearly all "accented letters".
_WESTERN_MAX_ACCENTED = 0.3


def mojibake_notes(text: str) -> tuple[str, list[str]]:
    """(text, notes): text that was UTF-8 decoded as cp1252 somewhere on its way is repaired
    when the whole text converts back exactly, and reported either way."""
    found = _MOJIBAKE.findall(text[:200_000])
    if len(found) < 2:
        return text, []
    try:
        repaired = text.encode("cp1252").decode("utf-8")
    except (UnicodeEncodeError, UnicodeDecodeError):
        return text, [f"the text looks mis-encoded (such as {found[0]!r}): check the original file"]
    return repaired, [f"mis-encoded text repaired (UTF-8 read as cp1252, such as {found[0]!r})"]


def _guess_legacy(data: bytes) -> str:
    """Text that is not UTF-8: cp1252 (old Windows tools) unless another encoding is clearly
    better, i.e. cp1252 cannot decode it or turns it into mostly accented letters."""
    try:
        western = data.decode("cp1252")
    except UnicodeDecodeError:
        western = ""
    letters = [c for c in western[:200_000] if c.isalpha()]
    accented = sum(1 for c in letters if ord(c) > 127)
    if letters and accented / len(letters) <= _WESTERN_MAX_ACCENTED:
        if _control_ratio(data) > 0.05:
            raise IngestError("undecodable bytes: not UTF-8 and no text encoding fits")
        return western
    from charset_normalizer import from_bytes

    best = from_bytes(data[:200_000]).best()
    encoding = best.encoding if best is not None else None
    if encoding is None or _control_ratio(data) > 0.05:
        raise IngestError("undecodable bytes: not UTF-8 and no text encoding fits")
    try:
        text = data.decode(encoding)
    except (UnicodeDecodeError, LookupError):
        try:
            text = data.decode("cp1252")
        except UnicodeDecodeError:
            raise IngestError("undecodable bytes: not UTF-8 and no text encoding fits") from None
    return text


def _control_ratio(data: bytes) -> float:
    """Share of bytes that are C0 control characters other than whitespace."""
    sample = data[:100_000]
    controls = sum(1 for b in sample if b < 32 and b not in (9, 10, 12, 13))
    return controls / max(1, len(sample))
