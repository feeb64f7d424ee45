"""The sizes README.md and benchmarks/RESULTS.md state, written from the build's measurement.

    python packaging/sizes.py measure BUNDLE TARBALL DEB > build/sizes.toml   (make-dist.sh)
    python packaging/sizes.py write  [build/sizes.toml]    the figures into README and RESULTS
    python packaging/sizes.py check  [build/sizes.toml]    exit 1 when they differ (tests)

Each figure sits between `<!-- sizes:NAME -->` and `<!-- /sizes:NAME -->` markers, so a
build that changes a size changes the text, and a stale number cannot stay unnoticed.
"""

from __future__ import annotations

import re
import sys
import tomllib
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
REPORT = ROOT / "build" / "sizes.toml"
DOCUMENTS = (ROOT / "README.md", ROOT / "benchmarks" / "RESULTS.md")
MIB, MB = 1024 * 1024, 1_000_000


def _bytes(path: Path) -> int:
    """Apparent bytes of a file, or of every file under a folder (links count as links)."""
    if path.is_dir():
        return sum(p.lstat().st_size for p in path.rglob("*") if not p.is_dir())
    return path.lstat().st_size


def measure(bundle: Path, tarball: Path, deb: Path) -> dict[str, int]:
    """Sizes in bytes of what is handed out, and of the bundle's largest parts."""
    internal = bundle / "_internal"
    libpython = sum(_bytes(p) for p in internal.glob("libpython3*.so*"))
    qt = sum(_bytes(internal / n) for n in ("PySide6", "shiboken6") if (internal / n).exists())
    return {
        "bundle_bytes": _bytes(bundle),
        "bundle_files": sum(1 for p in bundle.rglob("*") if not p.is_dir()),
        "tarball_bytes": _bytes(tarball),
        "deb_bytes": _bytes(deb),
        "qt_bytes": qt,
        "libpython_bytes": libpython,
        "fonts_bytes": _bytes(internal / "resources" / "fonts"),
        "executable_bytes": _bytes(bundle / "pakru-desktop"),
    }


def _mib(n: int) -> str:
    return f"{n / MIB:.1f} MiB"


def figures(sizes: dict[str, int]) -> dict[str, str]:
    """The marked texts, by marker name."""
    table = "\n".join([
        "| what | bytes | MB | MiB | budget |",
        "|---|---:|---:|---:|---|",
        f"| one-folder bundle `dist/pakru-desktop/` ({sizes['bundle_files']} files) | "
        f"{sizes['bundle_bytes']:,} | {sizes['bundle_bytes'] / MB:.1f} | "
        f"{sizes['bundle_bytes'] / MIB:.1f} | ≤ 100 MB |",
        f"| `.tar.gz` (gzip -9) | {sizes['tarball_bytes']:,} | {sizes['tarball_bytes'] / MB:.1f}"
        f" | {sizes['tarball_bytes'] / MIB:.1f} | ≤ 45 MB |",
        f"| `.deb` (xz) | {sizes['deb_bytes']:,} | {sizes['deb_bytes'] / MB:.1f} | "
        f"{sizes['deb_bytes'] / MIB:.1f} | — |",
        "",
        f"Of the bundle, PySide6 and shiboken6 (Qt, its bindings, ICU) are {_mib(sizes['qt_bytes'])},"
        f" libpython {_mib(sizes['libpython_bytes'])}, the fonts {_mib(sizes['fonts_bytes'])}"
        f" (the .deb links the DejaVu ones to Debian's and carries the Urdu one), and the"
        f" desktop program's executable {_mib(sizes['executable_bytes'])}.",
    ])  # fmt: skip
    sentence = (
        f"The one-folder bundle is {_mib(sizes['bundle_bytes'])} ({sizes['bundle_files']} files),"
        f" the .tar.gz {_mib(sizes['tarball_bytes'])}, the .deb {_mib(sizes['deb_bytes'])}"
    )
    return {"table": f"\n{table}\n", "sentence": sentence}  # a table needs lines of its own


def _marked(name: str) -> re.Pattern[str]:
    return re.compile(rf"(<!-- sizes:{name} -->)(.*?)(<!-- /sizes:{name} -->)", re.DOTALL)


def rewrite(text: str, wanted: dict[str, str]) -> str:
    for name, value in wanted.items():
        text = _marked(name).sub(lambda m, v=value: f"{m[1]}{v}{m[3]}", text)
    return text


def stale(sizes: dict[str, int]) -> list[str]:
    """The documents whose marked sizes are not the measured ones."""
    wanted = figures(sizes)
    return [str(p.relative_to(ROOT)) for p in DOCUMENTS
            if rewrite(p.read_text(encoding="utf-8"), wanted) != p.read_text(encoding="utf-8")]  # fmt: skip


def main(argv: list[str]) -> int:
    if argv[:1] == ["measure"] and len(argv) == 4:
        for key, value in measure(*(Path(a) for a in argv[1:])).items():
            print(f"{key} = {value}")
        return 0
    if argv[:1] not in (["write"], ["check"]):
        print(__doc__, file=sys.stderr)
        return 2
    report = Path(argv[1]) if len(argv) > 1 else REPORT
    sizes = tomllib.loads(report.read_text(encoding="utf-8"))
    if argv[0] == "check":
        old = stale(sizes)
        if old:
            print(f"sizes: {', '.join(old)} state other sizes than {report}", file=sys.stderr)
        return 1 if old else 0
    wanted = figures(sizes)
    for path in DOCUMENTS:
        path.write_text(rewrite(path.read_text(encoding="utf-8"), wanted), encoding="utf-8")
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
