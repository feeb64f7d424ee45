"""Put our licence and every third-party licence into a bundle folder.

    python packaging/notices.py DEST [WORK]   (build-bundle.sh: dist/pakru-desktop and
                                              PyInstaller's work folder)

DEST gets LICENSE, THIRD-PARTY-NOTICES.md and licenses/: one folder per Python distribution
the bundle ships (pakru-desktop's requirements, followed recursively, as installed in the
environment running this script, kept only when PyInstaller's tables of contents in WORK put
one of its files into the bundle: dateparser, pytz, regex, tzlocal and pip are requirements
of requirements that never ship) with the licence files its wheel ships and its licence
metadata; Python's own LICENSE.txt; and the GNU licence texts Qt is under (from Debian's
/usr/share/common-licenses where present, else a note with their address). Run on Linux,
Windows and macOS alike (the installers workflow uses it too).
"""

from __future__ import annotations

import ast
import re
import shutil
import sys
import sysconfig
from importlib.metadata import Distribution, PackageNotFoundError, distribution
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
APP = "pakru-desktop"
GNU = {"LGPL-3": "https://www.gnu.org/licenses/lgpl-3.0.txt",
       "GPL-3": "https://www.gnu.org/licenses/gpl-3.0.txt"}  # fmt: skip


def _name(requirement: str) -> str | None:
    """The distribution a requirement names, or None when only an extra or a marker that
    does not hold here asks for it."""
    if ";" in requirement:
        marker = requirement.split(";", 1)[1]
        if "extra" in marker:
            return None
        from packaging.markers import Marker  # pip and build both vendor or install it

        if not Marker(marker).evaluate():
            return None
    match = re.match(r"\s*([A-Za-z0-9][A-Za-z0-9._-]*)", requirement)
    return match[1] if match else None


def runtime_closure(root: str = APP) -> list[Distribution]:
    """Every distribution `root` needs at run time (excluding itself), each once."""
    seen: dict[str, Distribution] = {}
    queue = [root]
    while queue:
        name = queue.pop()
        key = re.sub(r"[-_.]+", "-", name).lower()
        if key in seen:
            continue
        try:
            found = distribution(name)
        except PackageNotFoundError:
            raise SystemExit(f"notices: {name} is not installed here") from None
        seen[key] = found
        queue += [n for r in found.requires or [] if (n := _name(r))]
    return [d for k, d in sorted(seen.items()) if k != APP]


def licence_of(dist: Distribution) -> str:
    meta = dist.metadata
    expression = meta.get("License-Expression") or meta.get("License") or ""
    classifiers = [c.split(" :: ", 1)[1] for c in meta.get_all("Classifier") or []
                   if c.startswith("License ::")]  # fmt: skip
    if len(expression) > 200:  # some put the whole licence text in this field
        expression = expression.splitlines()[0]
    return "; ".join(filter(None, [expression, *classifiers])) or "see the files beside this one"


def licence_files(dist: Distribution) -> list[Path]:
    found = []
    for file in dist.files or []:
        name = file.name.upper()
        if (".dist-info/" in str(file) and ("LICEN" in name or "COPYING" in name
                                            or "NOTICE" in name or "AUTHORS" in name)):  # fmt: skip
            path = Path(str(dist.locate_file(file)))
            if path.is_file():
                found.append(path)
    return found


def bundled_sources(work: Path) -> set[str]:
    """Every source file PyInstaller put into the bundle (modules, extensions, data), read
    from the tables of contents it leaves in its work folder."""
    found: set[str] = set()
    for toc in work.rglob("*.toc"):
        todo = [ast.literal_eval(toc.read_text(encoding="utf-8"))]
        while todo:
            item = todo.pop()
            if isinstance(item, (list, tuple)):
                todo.extend(item)
            elif (
                isinstance(item, str)
                and item.startswith(("/", "\\"))
                or (isinstance(item, str) and re.match(r"^[A-Za-z]:[\\/]", item))
            ):
                found.add(str(Path(item).resolve()))
    return found


def ships(dist: Distribution, sources: set[str]) -> bool:
    """Whether any file of the distribution is in the bundle."""
    return any(str(Path(str(dist.locate_file(f))).resolve()) in sources for f in dist.files or [])


def write(dest: Path, work: Path | None = None) -> list[str]:
    """Fill dest; returns the distribution names covered."""
    shutil.copy(ROOT / "LICENSE", dest / "LICENSE")
    shutil.copy(ROOT / "THIRD-PARTY-NOTICES.md", dest / "THIRD-PARTY-NOTICES.md")
    licenses = dest / "licenses"
    shutil.rmtree(licenses, ignore_errors=True)
    licenses.mkdir()
    covered = []
    sources = bundled_sources(work) if work else None
    for dist in runtime_closure():
        if sources is not None and not ships(dist, sources):
            continue
        name, version = dist.metadata["Name"], dist.version
        folder = licenses / name
        folder.mkdir()
        (folder / "LICENSE-SUMMARY.txt").write_text(f"{name} {version}: {licence_of(dist)}\n")
        for file in licence_files(dist):
            shutil.copy(file, folder / file.name)
        covered.append(name)
    python = licenses / "python"
    python.mkdir()
    for candidate in (Path(sysconfig.get_path("stdlib")) / "LICENSE.txt",
                      Path(sys.base_prefix) / "LICENSE.txt"):  # fmt: skip
        if candidate.is_file():
            shutil.copy(candidate, python / "LICENSE.txt")
            break
    else:
        (python / "LICENSE.txt").write_text(
            f"Python {sys.version.split()[0]}: PSF-2.0, https://docs.python.org/3/license.html\n"
        )
    for text, url in GNU.items():
        system = Path("/usr/share/common-licenses") / text
        if system.is_file():
            shutil.copy(system, licenses / text)
        else:
            (licenses / text).write_text(f"The GNU licence text is at {url}\n")
    return covered


if __name__ == "__main__":
    if len(sys.argv) not in (2, 3) or not all(Path(a).is_dir() for a in sys.argv[1:]):
        raise SystemExit("usage: python packaging/notices.py BUNDLE_FOLDER [PYINSTALLER_WORK]")
    names = write(Path(sys.argv[1]), Path(sys.argv[2]) if len(sys.argv) == 3 else None)
    print(f"notices: licences of {len(names)} distributions: {', '.join(names)}")
