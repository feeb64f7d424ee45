"""The desktop shell opens on the library and answers a search (offscreen)."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from pakru_desktop.library import Library
from pakru_desktop.ui.main_window import MainWindow


def test_typing_a_query_lists_hits_and_opens_the_paragraph(qtbot, library: Library) -> None:
    window = MainWindow(library)
    qtbot.addWidget(window)
    assert window.results.count() == 5  # the article list before any query
    qtbot.keyClicks(window.search_field, "pipeline")
    assert window.results.count() == 2
    window.results.setCurrentRow(0)
    assert "pipeline" in window.reader.toPlainText()


def test_self_test_runs_headless_and_reports(tmp_path: Path) -> None:
    result = subprocess.run(
        [sys.executable, "-m", "pakru_desktop", "--data-dir", str(tmp_path), "--self-test"],
        capture_output=True, text=True, timeout=120,
    )  # fmt: skip
    assert result.returncode == 0, result.stderr
    assert "self-test ok: 2 result(s) for 'pipeline'" in result.stdout
