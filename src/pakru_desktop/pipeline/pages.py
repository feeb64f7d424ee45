"""Article rows read straight from the pages of a library file whose schema cannot be read.

When `sqlite_master` is damaged SQLite reads nothing of the file, though the pages holding
the articles may be intact (and this Python's SQLite has no `sqlite_dbpage` or `.recover`).
So every page is looked at as SQLite's file format describes it
(https://www.sqlite.org/fileformat2.html): each table-leaf page's cells are decoded, their
overflow chains followed, and a record shaped like an article row (18 values, the second an
article id in our form) is handed back. The checks of a rebuild (recovery._sound, the hash)
then decide what is kept. Bounded: each page is read once for its cells, an overflow chain
never longer than the file, a record never larger than the limit below.
"""

from __future__ import annotations

import struct
from collections.abc import Callable, Iterator
from pathlib import Path

from ..db.safe_db import is_article_id

COLUMN_COUNT = 18  # id, then recovery.COLUMNS
MAX_RECORD = 64 * 1024 * 1024
_LEAF_TABLE = 0x0D
_ENCODINGS = {1: "utf-8", 2: "utf-16-le", 3: "utf-16-be"}


class _File:
    def __init__(self, handle, size: int) -> None:  # type: ignore[no-untyped-def]
        self.handle = handle
        header = self._read(0, 100)
        if len(header) < 100 or not header.startswith(b"SQLite format 3\x00"):
            raise ValueError("not an SQLite file")
        page_size = struct.unpack(">H", header[16:18])[0]
        self.page_size = 65536 if page_size == 1 else page_size
        if self.page_size < 512 or self.page_size & (self.page_size - 1):
            self.page_size = 4096  # a damaged header: the size pakru's libraries use
        self.usable = self.page_size - header[20]
        self.encoding = _ENCODINGS.get(struct.unpack(">I", header[56:60])[0], "utf-8")
        self.pages = size // self.page_size

    def _read(self, offset: int, length: int) -> bytes:
        self.handle.seek(offset)
        return self.handle.read(length)

    def page(self, number: int) -> bytes:
        return self._read((number - 1) * self.page_size, self.page_size)


def article_records(path: Path, progress: Callable[[int, int], None] | None = None,
                    should_cancel: Callable[[], bool] | None = None) -> Iterator[list]:  # fmt: skip
    """Every record of `path` shaped like an article row, its rowid in place of the id."""
    with open(path, "rb") as handle:
        try:
            file = _File(handle, path.stat().st_size)
        except (ValueError, struct.error):
            return
        for number in range(1, file.pages + 1):
            if number % 256 == 0:
                if should_cancel is not None and should_cancel():
                    return
                if progress is not None:
                    progress(number, file.pages)
            page = file.page(number)
            start = 100 if number == 1 else 0
            if len(page) < start + 8 or page[start] != _LEAF_TABLE:
                continue
            for rowid, payload in _cells(file, page, start):
                values = _record(payload, file.encoding)
                if values is not None and len(values) == COLUMN_COUNT and is_article_id(values[1]):
                    yield [rowid, *values[1:]]


def _cells(file: _File, page: bytes, start: int) -> Iterator[tuple[int, bytes]]:
    count = struct.unpack(">H", page[start + 3 : start + 5])[0]
    pointers = page[start + 8 : start + 8 + 2 * count]
    for index in range(len(pointers) // 2):
        offset = struct.unpack(">H", pointers[2 * index : 2 * index + 2])[0]
        try:
            size, at = _varint(page, offset)
            rowid, at = _varint(page, at)
            if size > MAX_RECORD:
                continue
            payload = _payload(file, page, at, size)
        except (IndexError, ValueError, struct.error):
            continue  # a damaged cell: the next one may be sound
        if payload is not None:
            yield _signed(rowid), payload


def _payload(file: _File, page: bytes, at: int, size: int) -> bytes | None:
    usable = file.usable
    most = usable - 35
    if size <= most:
        return page[at : at + size]
    least = (usable - 12) * 32 // 255 - 23
    local = least + (size - least) % (usable - 4)
    if local > most:
        local = least
    parts = [page[at : at + local]]
    remaining = size - local
    following = struct.unpack(">I", page[at + local : at + local + 4])[0]
    seen = 0
    while remaining > 0:
        if not 1 <= following <= file.pages or seen > file.pages:
            return None  # a chain that leaves the file or loops
        overflow = file.page(following)
        parts.append(overflow[4 : 4 + min(remaining, usable - 4)])
        remaining -= usable - 4
        following = struct.unpack(">I", overflow[:4])[0]
        seen += 1
    return b"".join(parts)[:size]


def _record(payload: bytes, encoding: str) -> list | None:
    try:
        header_size, at = _varint(payload, 0)
        types = []
        while at < header_size:
            kind, at = _varint(payload, at)
            types.append(kind)
        values: list = []
        at = header_size
        for kind in types:
            value, at = _value(payload, at, kind, encoding)
            values.append(value)
    except (IndexError, ValueError, struct.error, UnicodeDecodeError):
        return None
    return values if at == len(payload) else None


_INTS = {1: 1, 2: 2, 3: 3, 4: 4, 5: 6, 6: 8}


def _value(data: bytes, at: int, kind: int, encoding: str) -> tuple[object, int]:
    if kind == 0:
        return None, at
    if kind in _INTS:
        width = _INTS[kind]
        if at + width > len(data):
            raise ValueError("short record")
        return int.from_bytes(data[at : at + width], "big", signed=True), at + width
    if kind == 7:
        return struct.unpack(">d", data[at : at + 8])[0], at + 8
    if kind in (8, 9):
        return kind - 8, at
    if kind < 12:
        raise ValueError("reserved serial type")
    length = (kind - 12) // 2
    if at + length > len(data):
        raise ValueError("short record")
    raw = data[at : at + length]
    return (raw if kind % 2 == 0 else raw.decode(encoding)), at + length


def _varint(data: bytes, at: int) -> tuple[int, int]:
    value = 0
    for index in range(8):
        byte = data[at + index]
        value = (value << 7) | (byte & 0x7F)
        if byte < 0x80:
            return value, at + index + 1
    return (value << 8) | data[at + 8], at + 9


def _signed(value: int) -> int:
    return value - (1 << 64) if value >= 1 << 63 else value
