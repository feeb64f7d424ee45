"""Bytes → text: BOMs, UTF-8, legacy single-byte encodings, and refusing binary data."""

from __future__ import annotations

import codecs

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
    return _guess_legacy(data)


def _strict(data: bytes, encoding: str) -> str:
    try:
        text = data.decode(encoding)
    except UnicodeDecodeError as error:
        raise IngestError(f"undecodable bytes for {encoding} at offset {error.start}") from None
    if "\x00" in text:
        raise IngestError("binary file (contains NUL characters), not text")
    return text


def _guess_legacy(data: bytes) -> str:
    """Text that is not UTF-8: most often cp1252 from old Windows tools."""
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
