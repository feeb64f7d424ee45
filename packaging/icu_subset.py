"""A smaller ICU data library for the Linux bundle: 32 MB of PySide6's 100 go to ICU's data.

Qt needs ICU for a few things only: collation (QCollator), locale-aware case mapping,
normalisation and IDNA. Its own CLDR tables give QLocale its names and formats, Python does
all our text decoding, and line breaking is Qt's own. So the bundle keeps ICU's core tables,
the root/English/Urdu/Russian locales, collation and break rules, and drops the legacy
converters (`*.cnv`), the CJK/Thai/Khmer/Lao/Burmese word dictionaries, transliteration and
the display-name trees (currencies, languages, regions, units, zones, spell-out rules).
ICU answers a request for a dropped item as it does for any missing locale: by falling back
to root, never by failing.

The data is the blob behind the `icudt<N>_dat` symbol of libicudata; `icupkg` (Debian's
icu-devtools) removes items from it, and a one-line assembly file with `.incbin` makes a
library with the same soname and symbol again. Set PAKRU_FULL_ICU=1 to ship ICU untouched.

    python packaging/icu_subset.py LIBICUDATA OUTPUT_DIR   → prints the new library's path
"""

from __future__ import annotations

import re
import shutil
import subprocess
import sys
from pathlib import Path

KEEP_LANGUAGES = {"root", "en", "ur", "ru"}
DROP_TREES = {"curr", "lang", "region", "unit", "zone", "rbnf", "translit"}
# a locale bundle: a 2–3 letter language code, optionally with script/region/variant
LOCALE = re.compile(r"^([a-z]{2,3})(_\w*)?\.res$")
SPECIAL = {"res_index.res"}  # matches LOCALE but lists the tree's locales: always kept


def dropped(item: str) -> bool:
    """Whether an item of ICU's data package (e.g. `coll/de.res`) is left out."""
    tree, _, name = item.rpartition("/")
    if name.endswith(".cnv") or tree in DROP_TREES or name.endswith(".dict"):
        return True
    match = LOCALE.match(name)
    return bool(match) and name not in SPECIAL and match[1] not in KEEP_LANGUAGES


def _data_symbol(library: Path) -> tuple[str, int, int]:
    """(symbol name, file offset, size) of the ICU data blob in libicudata."""
    symbols = subprocess.run(["readelf", "-sW", "--dyn-syms", str(library)], check=True,
                             capture_output=True, text=True).stdout  # fmt: skip
    found = re.search(r"\s([0-9a-f]+)\s+(\d+|0x[0-9a-f]+)\s+OBJECT\s+GLOBAL\s+\w+\s+(\d+)\s+"
                      r"(icudt\d+_dat)$", symbols, re.MULTILINE)  # fmt: skip
    if not found:
        raise SystemExit(f"icu_subset: no icudt*_dat symbol in {library}")
    address, size, section = int(found[1], 16), int(found[2], 0), int(found[3])
    sections = subprocess.run(["readelf", "-SW", str(library)], check=True,
                              capture_output=True, text=True).stdout  # fmt: skip
    row = re.search(rf"\[\s*{section}\]\s+\S+\s+\S+\s+([0-9a-f]+)\s+([0-9a-f]+)", sections)
    if not row:
        raise SystemExit(f"icu_subset: cannot read section {section} of {library}")
    offset = address - int(row[1], 16) + int(row[2], 16)
    return found[4], offset, size


def subset(library: Path, work: Path) -> Path:
    """Write a smaller libicudata (same file name, soname and symbol) into `work`."""
    for tool in ("icupkg", "gcc", "readelf"):
        if shutil.which(tool) is None:
            raise SystemExit(f"icu_subset: `{tool}` is missing (apt-get install icu-devtools "
                             "gcc binutils, or build with PAKRU_FULL_ICU=1)")  # fmt: skip
    work.mkdir(parents=True, exist_ok=True)
    symbol, offset, size = _data_symbol(library)
    # icupkg names the items after the output file: it must be icudt<N>l.dat, as ICU expects
    package = f"{symbol[:-4]}l.dat"
    full, small = work / "full" / package, work / "subset" / package
    full.parent.mkdir(exist_ok=True)
    small.parent.mkdir(exist_ok=True)
    with library.open("rb") as handle:
        handle.seek(offset)
        full.write_bytes(handle.read(size))
    items = subprocess.run(["icupkg", "-l", str(full)], check=True, capture_output=True,
                           text=True).stdout.split()  # fmt: skip
    removal = work / "removed-items.txt"
    removal.write_text("\n".join(i for i in items if dropped(i)) + "\n", encoding="utf-8")
    # The break rules name the word dictionaries we drop; ICU then breaks those scripts by
    # rule alone. Any other missing dependency means `dropped` cut too much: stop.
    run = subprocess.run(["icupkg", "--ignore-deps", "-r", str(removal), str(full), str(small)],
                         capture_output=True, text=True)  # fmt: skip
    missing = set(re.findall(r"depends on missing item (\S+)", run.stdout + run.stderr))
    if run.returncode != 0 or {m for m in missing if not m.endswith(".dict")}:
        raise SystemExit(f"icu_subset: icupkg failed: {run.stderr.strip() or run.stdout}")
    source = work / "icudata.S"
    source.write_text(
        f"\t.section .rodata\n\t.globl {symbol}\n\t.type {symbol}, @object\n\t.balign 16\n"
        f'{symbol}:\n\t.incbin "{small}"\n\t.size {symbol}, . - {symbol}\n'
        '\t.section .note.GNU-stack,"",@progbits\n',
        encoding="utf-8",
    )
    output = work / library.name
    subprocess.run(["gcc", "-shared", "-nostdlib", "-s", f"-Wl,-soname,{library.name}",
                    "-o", str(output), str(source)], check=True)  # fmt: skip
    full.unlink()
    return output


if __name__ == "__main__":
    print(subset(Path(sys.argv[1]), Path(sys.argv[2])))
