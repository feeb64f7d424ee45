"""What the installers say about the project, each from its one place in the repository.

    python3 packaging/project_info.py maintainer       "Name <email>"  (pyproject.toml)
    python3 packaging/project_info.py homepage         (pyproject.toml [project.urls])
    python3 packaging/project_info.py metainfo         the AppStream file, placeholders filled
    python3 packaging/project_info.py changelog        Debian changelog from its <releases>
    python3 packaging/project_info.py copyright        DEP-5 copyright of the .deb

Standard library only: make dist runs it with any Python 3.11.
"""

from __future__ import annotations

import sys
import textwrap
import tomllib
import xml.etree.ElementTree as ET
from datetime import UTC, datetime
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
METAINFO = ROOT / "packaging/linux/org.pakru.PakruDesktop.metainfo.xml"
COPYRIGHT = ROOT / "packaging/linux/copyright.in"


def project() -> dict:
    with (ROOT / "pyproject.toml").open("rb") as file:
        return tomllib.load(file)["project"]


def maintainer() -> tuple[str, str]:
    (first, *_others) = project()["maintainers"]
    return first["name"], first["email"]


def homepage() -> str:
    return project()["urls"]["Homepage"].rstrip("/")


def _filled(text: str) -> str:
    name, email = maintainer()
    return (text.replace("@HOMEPAGE@", homepage()).replace("@DEVELOPER@", name)
            .replace("@EMAIL@", email))  # fmt: skip


def metainfo() -> str:
    return _filled(METAINFO.read_text(encoding="utf-8"))


def releases() -> list[tuple[str, str, list[str]]]:
    """(version, date, paragraphs) from the metainfo, newest first."""
    root = ET.fromstring(METAINFO.read_text(encoding="utf-8"))
    found = []
    for release in root.iterfind("releases/release"):
        notes = [" ".join("".join(p.itertext()).split()) for p in release.iterfind("description/p")]
        found.append((release.get("version", ""), release.get("date", ""), notes))
    return found


def changelog() -> str:
    """The Debian changelog (native package: no Debian revision), one entry per release."""
    name, email = maintainer()
    entries = []
    for version, date, notes in releases():
        when = datetime.strptime(date, "%Y-%m-%d").replace(hour=12, tzinfo=UTC)
        bullets = "\n".join(textwrap.fill(note, 78, initial_indent="  * ", subsequent_indent="    ")
                            for note in notes or [f"Release {version}."])  # fmt: skip
        entries.append(f"pakru-desktop ({version}) unstable; urgency=medium\n\n{bullets}\n\n"
                       f" -- {name} <{email}>  {when.strftime('%a, %d %b %Y %H:%M:%S %z')}\n")  # fmt: skip
    return "\n".join(entries)


def copyright_file() -> str:
    return _filled(COPYRIGHT.read_text(encoding="utf-8"))


if __name__ == "__main__":
    what = sys.argv[1] if len(sys.argv) == 2 else ""
    if what == "maintainer":
        print("{} <{}>".format(*maintainer()))
    elif what == "homepage":
        print(homepage())
    elif what == "metainfo":
        sys.stdout.write(metainfo())
    elif what == "changelog":
        sys.stdout.write(changelog())
    elif what == "copyright":
        sys.stdout.write(copyright_file())
    else:
        raise SystemExit(__doc__)
