"""What a screen reader gets from the real app, and what a keyboard user sees.

The app runs under Xvfb with a private D-Bus session (and through it the AT-SPI bus, started by
at-spi2-core's bus launcher on demand) — the same path Orca uses on a Linux desktop. A walker
run with Debian's system python3 (tests/atspi_walker.py; pyatspi is a Debian package) types and
presses keys as a person would and reports what it heard and found; these tests judge it.
"""

from __future__ import annotations

import importlib.util
import json
import os
import re
import shutil
import signal
import subprocess
import sys
from pathlib import Path

import pytest

from pakru_desktop.search.engine import SearchEngine
from pakru_desktop.ui.accessibility import plain

ROOT = Path(__file__).resolve().parents[1]
SYSTEM_PYTHON = "/usr/bin/python3"
QUERY = "pipeline"
ITEM_ROLES = {"list item", "page tab", "menu item", "check menu item", "radio menu item",
              "table cell", "tree item"}  # fmt: skip
SETUP_HINT = "run `bash packaging/system-deps.sh test` (make test does) to install it"


def _missing_tools() -> list[str]:
    missing = [tool for tool in ("Xvfb", "dbus-daemon") if shutil.which(tool) is None]
    if not Path("/usr/libexec/at-spi-bus-launcher").exists():
        missing.append("at-spi2-core (at-spi-bus-launcher)")
    probe = subprocess.run([SYSTEM_PYTHON, "-c", "import pyatspi"], capture_output=True)
    if probe.returncode != 0:
        missing.append(f"python3-pyatspi for {SYSTEM_PYTHON}")
    return missing


def _start_xvfb() -> tuple[subprocess.Popen, str]:
    read, write = os.pipe()
    xvfb = subprocess.Popen(
        ["Xvfb", "-displayfd", str(write), "-screen", "0", "1400x900x24", "-nolisten", "tcp"],
        pass_fds=(write,), stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
        start_new_session=True,
    )  # fmt: skip
    os.close(write)
    with os.fdopen(read) as pipe:
        number = pipe.readline().strip()
    assert number, "Xvfb did not start"
    return xvfb, f":{number}"


def _start_session_bus(env: dict[str, str]) -> tuple[subprocess.Popen, str]:
    bus = subprocess.Popen(
        ["dbus-daemon", "--session", "--nofork", "--print-address"],
        stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True, env=env,
        start_new_session=True,  # the AT-SPI bus it activates lives in this group too
    )  # fmt: skip
    address = bus.stdout.readline().strip() if bus.stdout else ""
    assert address, "dbus-daemon did not start"
    return bus, address


def _stop(process: subprocess.Popen) -> None:
    try:
        os.killpg(process.pid, signal.SIGTERM)
    except ProcessLookupError:
        return
    try:
        process.wait(timeout=10)
    except subprocess.TimeoutExpired:
        os.killpg(process.pid, signal.SIGKILL)


@pytest.fixture(scope="module")
def heard(tmp_path_factory: pytest.TempPathFactory) -> dict:
    """Everything the walker found and heard, from one run of the real app."""
    missing = _missing_tools()
    assert not missing, f"AT-SPI test tooling missing: {', '.join(missing)}; {SETUP_HINT}"
    home = tmp_path_factory.mktemp("a11y-home")
    env = {k: v for k, v in os.environ.items() if not k.startswith(("QT_", "DBUS_", "AT_SPI"))}
    env.update(HOME=str(home), XDG_CONFIG_HOME=str(home / ".config"),
               XDG_DATA_HOME=str(home / ".local/share"), XDG_RUNTIME_DIR=str(home),
               XDG_CACHE_HOME=str(home / ".cache"), NO_AT_BRIDGE="0")  # fmt: skip
    xvfb, display = _start_xvfb()
    processes = [xvfb]
    try:
        env["DISPLAY"] = display
        bus, address = _start_session_bus(env)
        processes.append(bus)
        env["DBUS_SESSION_BUS_ADDRESS"] = address
        app_env = dict(env, QT_QPA_PLATFORM="xcb", QT_LINUX_ACCESSIBILITY_ALWAYS_ON="1")
        app = subprocess.Popen(
            [sys.executable, "-m", "pakru_desktop", "--data-dir", str(home / "data")],
            env=app_env, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True,
            start_new_session=True,
        )  # fmt: skip
        processes.append(app)
        walker = subprocess.run(
            [SYSTEM_PYTHON, str(ROOT / "tests" / "atspi_walker.py"), "pakru-desktop", QUERY, "pipelne "],
            env=env, capture_output=True, text=True, timeout=240,
        )  # fmt: skip
        assert walker.returncode == 0, f"walker failed:\n{walker.stderr[-3000:]}"
        report = json.loads(walker.stdout)
        # The walker ends with Ctrl+Q: the app (with its accessibility factory) exits cleanly.
        report["app_exit"] = app.wait(timeout=30)
        return report
    finally:
        for process in reversed(processes):
            _stop(process)


def _interactive(tree: list[dict]) -> list[dict]:
    return [o for o in tree if o["focusable"]]


def _unnamed(objects: list[dict]) -> list[dict]:
    return [o for o in objects if not o["name"].strip() and not o["labelled_by"]]


def test_every_interactive_object_has_a_name(heard: dict) -> None:
    trees = heard["tree_at_start"] + heard["tree_after_tab"] + heard["tree_at_end"]
    interactive = _interactive(trees)
    unnamed = _unnamed(interactive)
    reached = set(heard["tab_reached"]) | {f"{o['role']}:{o['name']}" for o in heard["f6_focus"]}
    panes = [o for o in _interactive(heard["tree_after_tab"])
             if o["showing"] and o["enabled"] and o["role"] not in ITEM_ROLES]  # fmt: skip
    unreachable = [o for o in panes if f"{o['role']}:{o['name']}" not in reached]
    print(f"\nAT-SPI: {len(heard['tree_at_end'])} objects, {len(_interactive(heard['tree_at_end']))}"
          f" interactive, {len(unnamed)} unnamed, {len(unreachable)} of {len(panes)} focusable"
          f" controls unreachable by Tab/F6")  # fmt: skip
    assert not unnamed, [f"{o['role']} at {o['path']}" for o in unnamed]
    assert not unreachable, [f"{o['role']} {o['name']!r}" for o in unreachable]


def test_combo_boxes_are_named_by_what_they_filter(heard: dict) -> None:
    combos = [o for o in heard["tree_at_end"] if o["role"] == "combo box"]
    assert len(combos) == 4
    labels = sorted(label for o in combos for label in o["labelled_by"])
    assert labels == ["Sort results", "Source filter", "Timeline topic filter", "Topic filter"]


@pytest.mark.parametrize("pane", ["reader", "timeline", "factsheet"])
def test_document_panes_have_text_and_a_caret_that_moves(heard: dict, pane: str) -> None:
    facts = heard[pane]
    print(
        f"\n{pane}: {facts.get('characters')} characters, caret {facts['caret']} "
        f"(start, 3×Down, Ctrl+End), {len(facts['links'])} links, {facts['headings']} headings"
    )
    assert facts["found"] and facts["focused"], facts
    assert facts["text"], f"{pane} has no AT-SPI text interface"
    start, after_down, at_end = facts["caret"]
    assert start < after_down < at_end <= facts["characters"]


@pytest.mark.parametrize("pane", ["timeline", "factsheet"])
def test_citations_are_links_and_headings_are_headings(heard: dict, pane: str) -> None:
    facts = heard[pane]
    citations = [name for name in facts["links"] if "¶" in name]
    assert citations, f"no citation link in the {pane}: links {facts['links'][:5]}"
    assert all(re.fullmatch(r"\[S\d+ ¶\d+\]", name) for name in citations), citations[:5]
    assert facts["headings"] >= 1


def test_results_rows_speak_title_source_date_and_snippet(heard: dict, library, variants) -> None:  # type: ignore[no-untyped-def]
    result = SearchEngine(library.conn, variants).search(QUERY)
    rows = heard["result_rows"]
    assert len(rows) == len(result.hits) > 0
    for row, hit in zip(rows, result.hits, strict=True):
        article = library.article(hit.article_id)
        assert row.startswith(plain(hit.title_html or hit.title))
        assert (article.source or "Unknown publisher") in row
        assert article.date in row
        assert plain(hit.snippet) in row
        assert "<" not in row and "&amp;" not in row


def test_a_search_and_an_opened_hit_are_announced(heard: dict, library, variants) -> None:  # type: ignore[no-untyped-def]
    result = SearchEngine(library.conn, variants).search(QUERY)
    said = heard["announcements_after_search"]
    print(f"\nannounced after the search: {said}; after Enter: {heard['announcements_after_open']}")
    assert any(f"{result.total} article" in text and QUERY in text for text in said), said
    assert any(text.startswith("1 of ") and text.endswith("hits")
               for text in heard["announcements_after_open"])  # fmt: skip


def test_did_you_mean_is_announced_and_taken_with_tab_and_enter(heard: dict) -> None:
    assert any("Did you mean pipeline?" in text for text in heard["announcements_misspelt"]), heard[
        "announcements_misspelt"
    ]
    taken = heard["announcements_after_suggestion"]
    assert any("found for pipeline" in text for text in taken), taken


def test_the_app_quits_cleanly_after_being_read(heard: dict) -> None:
    assert heard["app_exit"] == 0


def test_f6_cycles_through_every_pane_and_back(heard: dict) -> None:
    stops = [f"{o['role']}:{o['name']}" for o in heard["f6_focus"]]
    assert len(set(stops[:3])) == 3, stops  # sidebar, results, the page shown
    assert stops[3] == stops[0], stops  # round the window and back: no trap


def _focus_contrast():  # type: ignore[no-untyped-def]
    spec = importlib.util.spec_from_file_location(
        "focus_contrast", ROOT / "packaging/focus_contrast.py"
    )
    module = importlib.util.module_from_spec(spec)  # type: ignore[arg-type]
    spec.loader.exec_module(module)  # type: ignore[union-attr]
    return module


def test_focus_is_visible_at_three_to_one_in_both_themes(qapp) -> None:  # type: ignore[no-untyped-def]
    rows = _focus_contrast().run()
    assert {row["theme"] for row in rows} == {"light", "dark"}
    for row in rows:
        print(f"{row['theme']:5} {row['widget']:15} ring median {row['median']:.2f}:1, "
              f"area at ≥3:1 {row['area_3to1']:.2f}× a 2 px perimeter")  # fmt: skip
    # WCAG 2.2 focus appearance: at least a 2 px perimeter's area changes by 3:1 or more.
    weak = [row for row in rows if row["area_3to1"] < 1.0 or not row["took_focus"]]
    assert not weak, weak


# -- the same window offscreen: keys a person presses, what the announcer says -------------


@pytest.fixture
def window(qtbot, library, variants, tmp_path: Path):  # type: ignore[no-untyped-def]
    from PySide6.QtCore import QSettings

    from pakru_desktop.ui.main_window import MainWindow

    settings = QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)
    win = MainWindow(library, variants, settings)
    qtbot.addWidget(win)
    win.show()
    win.activateWindow()
    qtbot.waitActive(win)
    yield win
    win.close()


def test_alt_shift_arrows_move_the_focused_panes_splitter(qtbot, window) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtCore import Qt

    results = window.search_pane.list
    results.setFocus()
    qtbot.waitUntil(results.hasFocus)
    before = window.splitter.sizes()
    alt_shift = Qt.KeyboardModifier.AltModifier | Qt.KeyboardModifier.ShiftModifier
    qtbot.keyClick(results, Qt.Key.Key_Right, alt_shift)
    after = window.splitter.sizes()
    assert after[1] > before[1] and sum(after) == sum(before)
    qtbot.keyClick(results, Qt.Key.Key_Left, alt_shift)
    assert window.splitter.sizes()[1] < after[1]
    window.grab()


def test_import_and_verify_results_are_announced(qtbot, window, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtGui import QAction

    said = []
    window.accessibility.announcer.announced.connect(said.append)
    article = tmp_path / "wheat.md"
    article.write_text("# Wheat exports grow\n\nPakistan bought Russian wheat in 2023.\n")
    with qtbot.waitSignal(window.importFinished, timeout=30_000):
        window.import_paths([article])  # as a drop on the window does
    assert "Import finished: 1 imported, 0 skipped, 0 failed." in said
    verify = window.findChild(QAction, "verify-library")  # Help → Verify Library
    with qtbot.waitSignal(window.verifier.finished, timeout=30_000):
        verify.trigger()
    assert said[-1] == "Verification finished: the library is sound."
    window.grab()
