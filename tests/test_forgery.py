"""Forgeries of a signed collection: each alteration a reader could be shown is reported as
altered by `pakru verify FILE` (exit 1) and by Help → Verify Library on the opened file; with
the librarian's key pinned, an unsigned or otherwise signed file is untrusted."""

from __future__ import annotations

import os
import shutil
import sqlite3
from pathlib import Path

import pytest
import shiboken6
from PySide6.QtCore import QSettings

from pakru_desktop.ui.main_window import MainWindow
from pakru_desktop.ui.session import Session

from .conftest import SEEDS, run_cli
from .ui_helpers import menu_click

pytestmark = pytest.mark.qt_log_ignore(
    "This plugin does not support raise", "This plugin does not support grabbing the keyboard"
)


@pytest.fixture(scope="module")
def signed(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Path]:
    """A collection of the seeds signed by a key whose name carries a terminal code."""
    base = tmp_path_factory.mktemp("signed")
    key = base / "librarian.key"
    made = run_cli("keygen", str(key), "--name", "City Library\x1b[2J\x1b[31m")
    assert made.returncode == 0, made.stderr
    output = base / "seeds.pakru"
    built = run_cli("build-collection", str(SEEDS), "-o", str(output), "--sign", str(key))
    assert built.returncode == 0, built.stderr
    pinned = base / "pinned"
    pinned.mkdir()
    shutil.copy(base / "librarian.key.pub", pinned / "librarian.pub")
    return output, pinned


@pytest.fixture
def copy(signed: tuple[Path, Path], tmp_path: Path) -> Path:
    path = tmp_path / "handed.pakru"
    shutil.copy(signed[0], path)
    return path


def _alter(path: Path, *statements: str) -> None:
    with sqlite3.connect(path) as conn:
        for statement in statements:
            conn.execute(statement)


def _verify(path: Path, pinned: Path | None = None):  # type: ignore[no-untyped-def]
    env = {**os.environ, "PAKRU_TRUSTED_KEYS": str(pinned)} if pinned else None
    return run_cli("verify", str(path), env=env)


FORGERIES = {
    "added article": [
        "INSERT INTO articles (article_id, title, source, author, date, date_precision,"
        " date_estimated, section, truncated, source_file, content_hash, origin, imported_at,"
        " notes, headings, body, kinds) SELECT '0123456789abcdef', 'Forged', source, author,"
        " date, date_precision, date_estimated, section, truncated, 'forged.txt', content_hash,"
        " origin, imported_at, notes, headings, body, kinds FROM articles WHERE id = 1",
    ],
    "edited source": ["UPDATE articles SET source = 'Forged Agency' WHERE id = 2"],
    "edited date": ["UPDATE articles SET date = '1999-01-01' WHERE id = 2"],
    "edited author": ["UPDATE articles SET author = 'Someone Else' WHERE id = 2"],
    "forged statements": ["UPDATE facts SET text = 'Russia gave Pakistan 900 tanks.' WHERE id = 3"],
    "hidden body lines": [
        "UPDATE articles SET body = body || char(10) || 'A hidden line.' WHERE id = 1"
    ],  # fmt: skip
    "merged paragraphs": [
        "UPDATE articles SET body = substr(body, 1, instr(body, char(10)) - 1)"
        " || ' ' || substr(body, instr(body, char(10)) + 1),"
        " kinds = substr(kinds, 2) WHERE id = 1"
    ],  # fmt: skip
    "forged topic": [
        "UPDATE knowledge_files SET text = replace(text, 'keywords:',"
        " 'keywords: [India],') WHERE kind = 'topic' AND name = 'energy.md'"
    ],  # fmt: skip
}


def test_the_intact_signed_collection_verifies_with_its_escaped_signer(copy: Path) -> None:
    result = _verify(copy)
    assert result.returncode == 0, result.stdout + result.stderr
    assert "signed by City Library\\x1b[2J\\x1b[31m (key fingerprint" in result.stdout
    assert "\x1b" not in result.stdout  # no terminal code reaches the terminal


@pytest.mark.parametrize("forgery", list(FORGERIES))
def test_each_forgery_is_reported_altered(copy: Path, forgery: str) -> None:
    _alter(copy, *FORGERIES[forgery])
    result = _verify(copy)
    assert result.returncode == 1, (forgery, result.stdout, result.stderr)
    assert "manifest:" in result.stdout, result.stdout
    assert "Traceback" not in result.stderr


def test_a_stripped_signature_is_untrusted_under_a_pinned_key(
    copy: Path, signed: tuple[Path, Path]
) -> None:
    assert _verify(copy, signed[1]).returncode == 0  # pinned, and signed by it
    _alter(copy, "DELETE FROM meta WHERE key = 'signature'")
    assert _verify(copy).returncode == 0  # nothing pinned: merely unsigned
    result = _verify(copy, signed[1])
    assert result.returncode == 1 and "untrusted" in result.stdout


def test_another_key_is_untrusted_and_a_stripped_manifest_too(
    copy: Path, signed: tuple[Path, Path], tmp_path: Path
) -> None:
    other = tmp_path / "other.key"
    assert run_cli("keygen", str(other), "--name", "City Library").returncode == 0
    resigned = tmp_path / "resigned.pakru"
    assert run_cli("build-collection", str(SEEDS), "-o", str(resigned), "--sign",
                   str(other)).returncode == 0  # fmt: skip
    result = _verify(resigned, signed[1])
    assert result.returncode == 1 and "does not trust" in result.stdout
    _alter(copy, "DELETE FROM meta WHERE key IN ('signature', 'manifest')")
    stripped = _verify(copy, signed[1])
    assert stripped.returncode == 1 and "not a signed collection" in stripped.stdout


def test_help_verify_reports_a_forged_collection_opened_in_the_app(
    qtbot, library, variants, copy: Path
) -> None:
    _alter(copy, *FORGERIES["edited source"])
    data = library.path.parent
    settings = QSettings(str(data / "settings.ini"), QSettings.Format.IniFormat)
    session = Session(settings, variants, str(data))
    first = MainWindow(library, variants, settings, session=session)
    first.show()
    assert session.open_file(copy)
    window = session.window
    try:
        assert "ALTERED" in window.windowTitle()
        with qtbot.waitSignal(window.verifier.finished, timeout=60_000) as report:
            menu_click(qtbot, window, "Help", "Verify Library…")
        problems = report.args[0]
        assert any("differs from the collection" in p for p in problems), problems
        page = window.verifier.dialog.browser.toPlainText()
        assert "problem" in page and "differs from the collection" in page
        window.verifier.dialog.close()
    finally:
        if shiboken6.isValid(window):
            window.close()
            window.library.close()


def test_an_installer_pins_the_key_that_signed_its_collection(
    signed: tuple[Path, Path], tmp_path: Path
) -> None:
    """What packaging/build-bundle.sh does with COLLECTION=FILE: the signer's public key file,
    from the collection itself, is the one `pakru keygen` wrote (and pins that key)."""
    from pakru_desktop.pipeline.signing import signer_public_file, trusted_keys

    with sqlite3.connect(signed[0]) as conn:
        record = conn.execute("SELECT value FROM meta WHERE key = 'signature'").fetchone()[0]
    (tmp_path / "librarian.pub").write_text(signer_public_file(record), encoding="utf-8")
    assert trusted_keys(tmp_path) == trusted_keys(signed[1])
    script = (Path(__file__).parents[1] / "packaging" / "build-bundle.sh").read_text()
    assert "signer_public_file" in script and 'verify "$collection"' in script
