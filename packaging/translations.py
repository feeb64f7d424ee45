"""Interface translations: `update` collects the strings marked with tr() into
resources/translations/pakru_<lang>.ts (keeping what translators wrote); `release` compiles
each .ts to the .qm the app loads (a build output beside it, not committed): ours, and
qtbase_ur.ts, Qt's own strings in Urdu (file dialogs, text fields' menus), which Qt does not
ship.

    python packaging/translations.py update     # after changing user-visible strings
    python packaging/translations.py release    # run by the Makefile and the bundle build

Both tools ship with PySide6-Essentials (pyside6-lupdate, pyside6-lrelease).
"""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SOURCES = ROOT / "src" / "pakru_desktop" / "ui"
TRANSLATIONS = ROOT / "resources" / "translations"
LANGUAGES = ("ur", "ru")


def tool(name: str) -> str:
    """The PySide6 tool beside this Python (the venv), else on PATH."""
    beside = Path(sys.executable).with_name(name)
    found = str(beside) if beside.exists() else shutil.which(name)
    if not found:
        raise SystemExit(f"translations: {name} not found (pip install PySide6-Essentials)")
    return found


def update() -> None:
    sources = sorted(str(path) for path in SOURCES.glob("*.py"))
    for language in LANGUAGES:
        target = TRANSLATIONS / f"pakru_{language}.ts"
        subprocess.run(
            [tool("pyside6-lupdate"), *sources, "-locations", "none", "-no-obsolete",
             "-target-language", language, "-ts", str(target)],
            check=True,
        )  # fmt: skip


def release(folder: Path = TRANSLATIONS) -> list[Path]:
    compiled = []
    for source in sorted([*folder.glob("pakru_*.ts"), *folder.glob("qtbase_*.ts")]):
        target = source.with_suffix(".qm")
        if target.exists() and target.stat().st_mtime >= source.stat().st_mtime:
            compiled.append(target)
            continue
        subprocess.run([tool("pyside6-lrelease"), "-silent", str(source), "-qm", str(target)],
                       check=True)  # fmt: skip
        compiled.append(target)
    return compiled


def main(argv: list[str]) -> int:
    if argv[:1] == ["update"]:
        update()
    elif argv[:1] == ["release"]:
        release()
    else:
        print(__doc__, file=sys.stderr)
        return 2
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
