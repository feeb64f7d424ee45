"""Finding and reading the files of an import as if a stranger had laid out the folder.

A folder import never follows a symbolic link out of the folder (`notes.txt → /etc/passwd`
would otherwise end up in a distributed collection); named pipes, sockets and devices are
skipped with a reason instead of blocking or reading forever; every read stops at a size
limit, checked on the opened file itself; and a file name that is not valid UTF-8 is shown
with replacement characters instead of aborting the batch."""

from __future__ import annotations

import errno
import os
import stat
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path

from ..paths import CATALOG_NAME

_KINDS = {stat.S_IFIFO: "a named pipe", stat.S_IFSOCK: "a socket", stat.S_IFCHR:
          "a character device", stat.S_IFBLK: "a block device", stat.S_IFDIR: "a folder"}  # fmt: skip


class FileRefused(Exception):
    """A file that is not read; the message says why, in a few words."""


@dataclass(frozen=True)
class Candidate:
    """A file an import considers; `refused` says why it will not be read, when it will not."""

    path: Path
    refused: str = ""


def shown_name(path: Path | str) -> str:
    """The path as text that can be shown and stored: undecodable bytes of a file name
    become U+FFFD (a name from a FAT stick or an old archive is often not UTF-8)."""
    raw = os.fsencode(path)
    return raw.decode("utf-8", "replace")


def expand(paths: Iterable[Path]) -> Iterator[Candidate]:
    """The files to import: those given, and every file under the folders given (sorted),
    leaving out hidden files and catalogs. Inside a folder, a link is followed only when it
    stays inside that folder; anything that is not a regular file is refused with a reason."""
    for path in paths:
        path = Path(path)
        if path.is_dir() and not path.is_symlink():
            yield from _walk(path)
        elif path.is_dir():  # a link to a folder given by the user: the user chose it
            yield from _walk(Path(os.path.realpath(path)))
        else:
            yield Candidate(path, _not_regular(path, follow=True))


def _walk(root: Path) -> Iterator[Candidate]:
    real_root = Path(os.path.realpath(root))
    found: list[Path] = []
    for folder, folders, files in os.walk(root, followlinks=False):
        linked = [name for name in folders if os.path.islink(os.path.join(folder, name))]
        folders[:] = [name for name in folders if not name.startswith(".") and name not in linked]
        for name in files + linked:
            if not name.startswith(".") and name != CATALOG_NAME:
                found.append(Path(folder) / name)
    for path in sorted(found):
        if path.is_symlink():
            target = Path(os.path.realpath(path))
            if real_root != target and real_root not in target.parents:
                yield Candidate(path, "a link to a file outside the folder (not followed)")
                continue
        yield Candidate(path, _not_regular(path, follow=True))


def _not_regular(path: Path, follow: bool) -> str:
    """Why `path` is not read ('' when it is a regular file)."""
    try:
        mode = path.stat().st_mode if follow else path.lstat().st_mode
    except FileNotFoundError:
        return ""  # reported as "no such file" where it is read
    except OSError as error:
        return f"cannot read file: {error.strerror or error}"
    if stat.S_ISREG(mode):
        return ""
    return f"not a regular file ({_KINDS.get(stat.S_IFMT(mode), 'a special file')})"


MAX_METADATA_BYTES = 4 * 1024 * 1024  # a catalog of thousands of articles is ~1 MB


def read_toml(path: Path, limit: int = MAX_METADATA_BYTES) -> dict:
    """A metadata file (catalog.toml, topics, entities, statements) read as articles are:
    bounded, a regular file, never through a link (a catalog linked to a 1.5 GB file took
    3 GB of memory). Raises FileRefused with the reason, or ValueError for bad TOML."""
    import tomllib

    data = read_bounded(path, limit, follow_links=False)
    try:
        return tomllib.loads(data.decode("utf-8"))
    except UnicodeDecodeError:
        raise ValueError("not UTF-8 text") from None
    except RecursionError:
        raise ValueError("nested too deeply") from None


def read_bounded(path: Path, limit: int, follow_links: bool = True) -> bytes:
    """The bytes of a regular file of at most `limit` bytes. The type and size are checked
    on the opened descriptor (a file swapped for a pipe after listing is still refused), and
    the read stops at the limit whatever the size said (/proc and /dev/zero-like files).
    `follow_links=False`: a symbolic link is refused, not followed."""
    flags = os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_BINARY", 0)
    if not follow_links:
        if os.path.islink(path):  # where O_NOFOLLOW is missing (Windows); it closes the race
            raise FileRefused("a link (not followed)")
        flags |= getattr(os, "O_NOFOLLOW", 0)
    try:
        fd = os.open(path, flags)
    except OSError as error:
        if not follow_links and error.errno == errno.ELOOP:
            raise FileRefused("a link (not followed)") from None
        raise FileRefused(f"cannot read file: {error.strerror or error}") from None
    try:
        info = os.fstat(fd)
        if not stat.S_ISREG(info.st_mode):
            raise FileRefused(
                f"not a regular file ({_KINDS.get(stat.S_IFMT(info.st_mode), 'a special file')})"
            )
        if info.st_size > limit:
            raise FileRefused(_too_large(info.st_size, limit))
        chunks, total = [], 0
        while chunk := os.read(fd, min(1 << 20, limit + 1 - total)):
            chunks.append(chunk)
            total += len(chunk)
            if total > limit:
                raise FileRefused(_too_large(total, limit))
        return b"".join(chunks)
    except OSError as error:
        raise FileRefused(f"cannot read file: {error.strerror or error}") from None
    finally:
        os.close(fd)


def _too_large(size: int, limit: int) -> str:
    return (f"file too large ({size / 1_048_576:.1f} MB or more; the limit is "
            f"{limit // 1_048_576} MB per article)")  # fmt: skip
