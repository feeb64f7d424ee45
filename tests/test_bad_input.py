"""Hostile and broken input through the real `pakru` CLI: every bad file gets a one-line
reason, the rest of the batch goes on, nothing prints a traceback, and a killed import leaves
the library exactly as it was."""

from __future__ import annotations

import codecs
import io
import json
import os
import random
import shutil
import signal
import subprocess
import sys
import time
import zipfile
from collections.abc import Callable
from pathlib import Path

import pytest

from .conftest import SEEDS, run_cli

SEED_FILE = SEEDS / "000_a5c53cf755282275.txt"
FORTY_MB = 40 * 1024 * 1024

GOOD_ONE = (
    "Islamabad And Moscow Sign Rail Accord\n\n"
    "Pakistan and Russia signed an accord on Tuesday to study a freight rail link through "
    "Central Asia, officials in Islamabad said.\n\n"
    "The agreement covers feasibility studies, gauge questions and financing, and a joint "
    "working group will meet again in the spring.\n"
)
GOOD_TWO = (
    "# Wheat Shipments Resume Through Karachi\n\n"
    "Russian wheat shipments to Pakistan resumed this week after a pause over payment terms, "
    "traders in Karachi said.\n\n"
    "Both governments described the settlement in local currencies as a model for other "
    "commodities.\n"
)


# -- helpers ---------------------------------------------------------------------------------


def assert_no_traceback(result: subprocess.CompletedProcess[str]) -> None:
    assert "Traceback" not in result.stdout, result.stdout
    assert "Traceback" not in result.stderr, result.stderr


def import_json(data_dir: Path, *paths: Path, timeout: float = 300) -> tuple[int, dict]:
    """Run `pakru import --json`; returns (exit status, report). The timeout only stops a
    hang (a loaded CI machine is slow); speed is measured in benchmarks/, not here."""
    result = run_cli("import", *map(str, paths), "--json", data_dir=data_dir, timeout=timeout)
    assert_no_traceback(result)
    assert result.returncode in (0, 1), (result.returncode, result.stderr)
    report = json.loads(result.stdout)  # stdout is exactly one JSON document
    assert set(report) == {"imported", "skipped", "failed"}
    return result.returncode, report


def outcomes(report: dict) -> dict[str, tuple[str, str, str]]:
    """path → (status, reason, article_id); every path appears exactly once."""
    found: dict[str, tuple[str, str, str]] = {}
    for status, reason_key in (("imported", None), ("skipped", "reason"), ("failed", "error")):
        for entry in report[status]:
            assert entry["path"] not in found, f"{entry['path']} reported twice"
            reason = entry[reason_key] if reason_key else ""
            found[entry["path"]] = (status, reason, entry.get("article_id", ""))
    return found


def assert_one_line_reason(reason: str) -> None:
    assert reason.strip(), "a skipped or failed file must say why"
    assert "\n" not in reason and "\r" not in reason, repr(reason)
    assert "Traceback" not in reason


def articles(data_dir: Path) -> list[dict]:
    result = run_cli("articles", "--json", data_dir=data_dir)
    assert_no_traceback(result)
    assert result.returncode == 0, result.stderr
    return json.loads(result.stdout)


def article_ids(data_dir: Path) -> set[str]:
    return {a["article_id"] for a in articles(data_dir)}


def verify_ok(data_dir: Path) -> dict:
    result = run_cli("verify", "--json", data_dir=data_dir)
    assert_no_traceback(result)
    assert result.returncode == 0, (result.stdout, result.stderr)
    document = json.loads(result.stdout)
    assert document["ok"] is True and document["problems"] == []
    return document


def tiny_docx() -> bytes:
    """A real (minimal) Word document: a ZIP with the parts Word needs."""
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr(
            "[Content_Types].xml",
            '<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.'
            'org/package/2006/content-types"><Default Extension="xml" ContentType="application/'
            'xml"/><Override PartName="/word/document.xml" ContentType="application/vnd.openxml'
            'formats-officedocument.wordprocessingml.document.main+xml"/></Types>',
        )
        archive.writestr(
            "word/document.xml",
            '<?xml version="1.0" encoding="UTF-8"?><w:document xmlns:w="http://schemas.openxml'
            'formats.org/wordprocessingml/2006/main"><w:body><w:p><w:r><w:t>Pakistan and Russia '
            "agree on trade.</w:t></w:r></w:p></w:body></w:document>",
        )
    return buffer.getvalue()


# -- the bad inputs --------------------------------------------------------------------------


def _write(name: str, data: bytes) -> Callable[[Path], Path]:
    def build(folder: Path) -> Path:
        path = folder / name
        path.write_bytes(data)
        return path

    return build


def _random_bytes(seed: int, size: int, low: int, high: int) -> bytes:
    rng = random.Random(seed)
    return bytes(rng.randrange(low, high + 1) for _ in range(size))


def _png_bytes() -> bytes:
    return b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + _random_bytes(1, 2000, 0, 255)


def _nul_in_text() -> bytes:
    text = GOOD_ONE.replace("Rail Accord", "Port Accord").encode()
    middle = len(text) // 2
    return text[:middle] + b"\x00\x00\x00" + text[middle:]


def _too_large(folder: Path) -> Path:
    """40 MB of perfectly ordinary article text, written in 1 MB chunks."""
    path = folder / "huge.txt"
    line = b"Pakistan and Russia discussed trade, energy and rail links at length today.\n"
    chunk = line * (1_048_576 // len(line) + 1)
    with path.open("wb") as handle:
        while handle.tell() < FORTY_MB:
            handle.write(chunk[: FORTY_MB - handle.tell()])
    assert path.stat().st_size == FORTY_MB
    return path


def _deep_html(folder: Path) -> Path:
    path = folder / "deep.html"
    depth = 100_000
    path.write_text(
        "<!doctype html><html><head><title>Deep Page</title></head><body>"
        + "<div>" * depth
        + "<p>A paragraph buried one hundred thousand levels deep in the page.</p>"
        + "</div>" * depth
        + "</body></html>",
        encoding="utf-8",
    )
    return path


def _seed_copy(folder: Path) -> Path:
    path = folder / "my_own_copy_of_an_article.txt"
    shutil.copyfile(SEED_FILE, path)
    return path


def _missing(name: str) -> Callable[[Path], Path]:
    return lambda folder: folder / name


MISSING_WORDS = ("no such file", "not exist", "not found", "missing")


# name → (builder, allowed statuses, words of which the reason must contain one)
BAD_INPUTS: dict[str, tuple[Callable[[Path], Path], set[str], tuple[str, ...]]] = {
    "empty": (_write("empty.txt", b""), {"skipped"}, ("empty",)),
    "whitespace": (_write("blank.txt", b"  \r\n\t \n\n   \t\n"), {"skipped"}, ("empty",)),
    # Whitespace-only files as editors save them: with a BOM, or with Unicode spaces.
    "whitespace_utf8_bom": (
        _write("blank_bom.txt", codecs.BOM_UTF8 + b" \r\n\t\n"),
        {"skipped"},
        ("empty",),
    ),
    "whitespace_utf16": (
        _write("blank16.txt", codecs.BOM_UTF16_LE + " \r\n \n".encode("utf-16-le")),
        {"skipped"},
        ("empty",),
    ),
    "whitespace_unicode": (
        _write("blank_nbsp.md", "\u00a0\u2003\n\u3000 \n".encode()),
        {"skipped"},
        ("empty",),
    ),
    "png_as_txt": (_write("photo.txt", _png_bytes()), {"failed"}, ("binary",)),
    "random_bytes_with_nuls": (
        _write("noise.txt", _random_bytes(2, 4096, 0, 255)),
        {"failed"},
        ("binary", "nul"),
    ),
    "nul_inside_text": (_write("nul.txt", _nul_in_text()), {"failed"}, ("nul", "binary")),
    # Invalid UTF-8, no NULs, no control characters: only high bytes, no encoding fits.
    "undecodable_high_bytes": (
        _write("mojibake.txt", _random_bytes(3, 4096, 0x80, 0xFF)),
        {"failed"},
        ("undecodable", "encoding", "decode"),
    ),
    # Invalid UTF-8 full of C0 control characters (but no NUL).
    "undecodable_control_bytes": (
        _write("controls.md", _random_bytes(4, 4096, 1, 255)),
        {"failed"},
        ("undecodable", "encoding", "decode", "binary"),
    ),
    "docx": (_write("report.docx", tiny_docx()), {"imported"}, ()),  # read since issue 10
    "docx_renamed_txt": (_write("report.txt", tiny_docx()), {"failed"}, ("binary", "zip")),
    "duplicate_of_seed": (_seed_copy, {"skipped"}, ("duplicate",)),
    "too_large_40mb": (_too_large, {"skipped", "failed"}, ("too large",)),
    "deep_html": (_deep_html, {"imported", "failed"}, ()),
    "missing_file": (_missing("no_such_article.txt"), {"failed"}, MISSING_WORDS),
    # A mistyped folder name (no extension) must not pass as "unsupported format", exit 0.
    "missing_folder": (_missing("no_such_folder"), {"failed"}, MISSING_WORDS),
}


def wrong_outcome(name: str, outcome: tuple[str, str, str]) -> str | None:
    """What is wrong with how a bad input was reported, or None."""
    _, statuses, words = BAD_INPUTS[name]
    status, reason, _ = outcome
    one_line = reason.strip() and not any(bad in reason for bad in ("\n", "\r", "Traceback"))
    if status != "imported" and not one_line:
        return f"{name}: reason is not one non-empty line: {reason!r}"
    if status not in statuses:
        return f"{name}: {status} ({reason!r}), expected {' or '.join(sorted(statuses))}"
    if status != "imported" and not any(word in reason.lower() for word in words):
        return f"{name}: reason {reason!r} mentions none of {words}"
    return None


@pytest.mark.parametrize("name", list(BAD_INPUTS))
def test_bad_input_alone_gets_a_one_line_reason(name: str, tmp_path: Path) -> None:
    folder = tmp_path / "in"
    folder.mkdir()
    path = BAD_INPUTS[name][0](folder)

    code, report = import_json(tmp_path / "data", path)

    found = outcomes(report)
    assert set(found) == {str(path)}
    problem = wrong_outcome(name, found[str(path)])
    assert problem is None, problem
    assert code == (1 if found[str(path)][0] == "failed" else 0)


def test_bad_inputs_in_one_batch_do_not_stop_the_good_files(tmp_path: Path) -> None:
    folder = tmp_path / "in"
    folder.mkdir()
    bad = {BAD_INPUTS[name][0](folder): name for name in BAD_INPUTS}
    good_one = folder / "good_one.txt"
    good_one.write_text(GOOD_ONE, encoding="utf-8")
    good_two = folder / "good_two.md"
    good_two.write_text(GOOD_TWO, encoding="utf-8")
    bad_paths = list(bad)
    middle = len(bad_paths) // 2
    batch = [good_one, *bad_paths[:middle], good_two, *bad_paths[middle:]]
    data = tmp_path / "data"

    code, report = import_json(data, *batch)

    found = outcomes(report)
    assert set(found) == {str(p) for p in batch}
    assert found[str(good_one)][0] == "imported"
    assert found[str(good_two)][0] == "imported"
    assert code == 1  # some files failed
    ids = article_ids(data)
    assert found[str(good_one)][2] in ids and found[str(good_two)][2] in ids
    deep = found[str(folder / "deep.html")]
    assert len(ids) == 5 + 2 + (deep[0] == "imported") + 1  # + the real .docx (issue 10)
    verify_ok(data)

    # The human-readable report: one line per file plus a summary, no traceback.
    text = run_cli("import", *map(str, batch), data_dir=data, timeout=60)
    assert_no_traceback(text)
    assert text.returncode == 1
    lines = text.stdout.rstrip("\n").split("\n")
    assert len(lines) == len(batch) + 1, text.stdout
    assert len(article_ids(data)) == len(ids)

    problems = [wrong_outcome(name, found[str(path)]) for path, name in bad.items()]
    assert [p for p in problems if p] == []


def test_folder_import_recurses_and_leaves_out_hidden_files(tmp_path: Path) -> None:
    root = tmp_path / "clippings"
    (root / "sub" / "deeper").mkdir(parents=True)
    (root / ".hidden_folder").mkdir()
    top = root / "top.txt"
    top.write_text(GOOD_ONE, encoding="utf-8")
    nested = root / "sub" / "nested.md"
    nested.write_text(GOOD_TWO, encoding="utf-8")
    deepest = root / "sub" / "deeper" / "deepest.html"
    deepest.write_text(
        "<html><head><title>Energy Talks Continue</title></head><body><article><h1>Energy "
        "Talks Continue</h1><p>Negotiators from Pakistan and Russia met again over the gas "
        "pipeline and agreed on a timetable.</p></article></body></html>",
        encoding="utf-8",
    )
    empty = root / "sub" / "deeper" / "empty.txt"
    empty.write_bytes(b"")
    hidden_text = GOOD_ONE.replace("Rail Accord", "Secret Accord")
    (root / ".hidden.txt").write_text(hidden_text, encoding="utf-8")
    (root / "sub" / ".also_hidden.md").write_text(hidden_text + "\nMore.\n", encoding="utf-8")
    (root / ".hidden_folder" / "visible_name.txt").write_text(
        hidden_text + "\nOther.\n", encoding="utf-8"
    )
    data = tmp_path / "data"

    code, report = import_json(data, root)

    found = outcomes(report)
    assert set(found) == {str(top), str(nested), str(deepest), str(empty)}
    assert all(found[str(p)][0] == "imported" for p in (top, nested, deepest))
    assert found[str(empty)][0] == "skipped"
    assert_one_line_reason(found[str(empty)][1])
    assert code == 0
    assert len(article_ids(data)) == 5 + 3


def test_duplicate_of_a_seed_is_skipped_and_changes_nothing(tmp_path: Path) -> None:
    folder = tmp_path / "in"
    folder.mkdir()
    copy = _seed_copy(folder)
    data = tmp_path / "data"
    before = articles(data)
    assert len(before) == 5

    for _ in range(2):
        code, report = import_json(data, copy)
        assert code == 0
        assert report["imported"] == [] and report["failed"] == []
        [skipped] = report["skipped"]
        assert skipped["path"] == str(copy)
        assert_one_line_reason(skipped["reason"])
        assert "duplicate" in skipped["reason"].lower()
        assert articles(data) == before
    verify_ok(data)


# -- encodings -------------------------------------------------------------------------------

ENC_TITLE = "Moscow Café Talks Resume"
ENC_BODY = (
    "The envoy said “trade will grow” after the café meeting in Moscow. It’s the first such "
    "visit — a step both sides welcomed, and Zakharova’s office confirmed the dates."
)
ENC_TEXT = f"{ENC_TITLE}\r\n\r\n{ENC_BODY}\r\n"

ENCODINGS: dict[str, bytes] = {
    "utf-8": ENC_TEXT.encode("utf-8"),
    "utf-8-bom": codecs.BOM_UTF8 + ENC_TEXT.encode("utf-8"),
    "utf-16-le-bom": codecs.BOM_UTF16_LE + ENC_TEXT.encode("utf-16-le"),
    "utf-16-be-bom": codecs.BOM_UTF16_BE + ENC_TEXT.encode("utf-16-be"),
    "cp1252": ENC_TEXT.encode("cp1252"),
}


@pytest.mark.parametrize("encoding", list(ENCODINGS))
def test_encoding_is_decoded_correctly(encoding: str, tmp_path: Path) -> None:
    path = tmp_path / f"article_{encoding}.txt"
    path.write_bytes(ENCODINGS[encoding])
    data = tmp_path / "data"

    code, report = import_json(data, path)

    assert code == 0 and report["failed"] == [] and report["skipped"] == []
    [imported] = report["imported"]
    assert imported["title"] == ENC_TITLE  # no BOM, no mojibake
    shown = run_cli("show", imported["article_id"], data_dir=data)
    assert_no_traceback(shown)
    assert shown.returncode == 0
    assert ENC_BODY in shown.stdout
    assert "\ufeff" not in shown.stdout and "\ufffd" not in shown.stdout


def test_same_text_in_any_encoding_is_one_article(tmp_path: Path) -> None:
    ids = {}
    for encoding in ("utf-8", "utf-16-le-bom"):
        path = tmp_path / f"article_{encoding}.txt"
        path.write_bytes(ENCODINGS[encoding])
        _, report = import_json(tmp_path / f"data_{encoding}", path)
        [imported] = report["imported"]
        ids[encoding] = imported["article_id"]
    assert ids["utf-8"] == ids["utf-16-le-bom"]

    # Into the library that has the UTF-8 copy, every other encoding is a duplicate.
    data = tmp_path / "data_utf-8"
    others = []
    for encoding in ENCODINGS:
        if encoding != "utf-8":
            others.append(tmp_path / f"again_{encoding}.txt")
            others[-1].write_bytes(ENCODINGS[encoding])
    code, report = import_json(data, *others)
    assert code == 0 and report["imported"] == [] and report["failed"] == []
    assert {s["path"] for s in report["skipped"]} == {str(p) for p in others}
    for skipped in report["skipped"]:
        assert "duplicate" in skipped["reason"].lower()
    assert len(article_ids(data)) == 6


# -- a damaged library file ------------------------------------------------------------------

GARBAGE = {
    "random_bytes": _random_bytes(5, 64 * 1024, 0, 255),
    "sqlite_header_then_garbage": b"SQLite format 3\x00" + _random_bytes(6, 64 * 1024, 0, 255),
}


@pytest.mark.parametrize("garbage", list(GARBAGE))
@pytest.mark.parametrize("command", [("search", "x"), ("verify",), ("verify", "--json")])
def test_corrupt_library_is_refused_and_left_alone(
    garbage: str, command: tuple[str, ...], tmp_path: Path
) -> None:
    data = tmp_path / "data"
    data.mkdir()
    library_file = data / "library.sqlite3"
    library_file.write_bytes(GARBAGE[garbage])

    result = run_cli(*command, data_dir=data, timeout=30)

    assert result.returncode == 1, (result.stdout, result.stderr)  # runtime, not usage
    assert_no_traceback(result)
    message = result.stderr.strip()
    assert message and "\n" not in message, result.stderr
    assert message.startswith("pakru:")
    assert library_file.read_bytes() == GARBAGE[garbage]


# -- a killed import -------------------------------------------------------------------------

KILL_WAL_BYTES = 2 * 1024 * 1024  # the batch writes ~14 MB of WAL for 3000 articles


def _generate_articles(folder: Path, start: int, stop: int) -> None:
    rng = random.Random(start)
    words = [
        "pakistan", "russia", "moscow", "islamabad", "trade", "energy", "pipeline", "gas",
        "minister", "visit", "talks", "agreement", "defence", "wheat", "railway", "corridor",
        "summit", "policy", "bank", "rouble", "karachi", "envoy",
    ]  # fmt: skip
    for number in range(start, stop):
        paragraphs = [
            " ".join(rng.choice(words) for _ in range(60)).capitalize() + "." for _ in range(5)
        ]
        text = f"Generated Article Number {number}\n\n" + "\n\n".join(paragraphs) + "\n"
        (folder / f"article_{number:05d}.txt").write_text(text, encoding="utf-8")


def _kill_when_mid_import(process: subprocess.Popen[bytes], wal: Path) -> bool:
    """SIGKILL the import once it has written part of its transaction; False if it finished
    first."""
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline:
        if process.poll() is not None:
            return False
        if wal.exists() and wal.stat().st_size > KILL_WAL_BYTES:
            os.kill(process.pid, signal.SIGKILL)
            process.wait(timeout=30)
            # Killed by the signal, not exited by itself just before it.
            assert process.returncode == -signal.SIGKILL
            return True
        time.sleep(0.005)
    os.kill(process.pid, signal.SIGKILL)
    process.wait(timeout=30)
    raise AssertionError("the import neither finished nor grew its WAL within 60 s")


def test_killed_import_leaves_the_library_as_it_was(tmp_path: Path) -> None:
    folder = tmp_path / "batch"
    folder.mkdir()
    generated = 0
    extra = tmp_path / "extra.txt"
    extra.write_text(GOOD_ONE, encoding="utf-8")

    for attempt, count in enumerate((3000, 6000, 12000)):
        _generate_articles(folder, generated, count)
        generated = count
        data = tmp_path / f"data_{attempt}"
        seeds = article_ids(data)  # a fresh data dir: built from the bundled seeds
        assert len(seeds) == 5
        code, report = import_json(data, extra)
        assert code == 0
        [imported] = report["imported"]
        expected = seeds | {imported["article_id"]}
        wal = data / "library.sqlite3-wal"

        with (tmp_path / f"stderr_{attempt}.txt").open("wb") as stderr:
            process = subprocess.Popen(
                [sys.executable, "-m", "pakru_desktop.cli", "--data-dir", str(data),
                 "import", str(folder), "--json"],
                stdout=subprocess.DEVNULL,
                stderr=stderr,
            )  # fmt: skip
            killed = _kill_when_mid_import(process, wal)
        if killed:
            break
    else:
        raise AssertionError(f"the import of {generated} files always finished before the kill")

    assert verify_ok(data)["articles"] == 6
    assert article_ids(data) == expected
