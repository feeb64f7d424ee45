"""Importing a file again after its text changed replaces the article it made (the same file
name and title, or the same page address): `pakru import` in a subprocess, and the app's
import summary. The old text leaves search, the word list and the sheets; an identical file
is still a skipped duplicate; the built-in articles are never replaced by the user's."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest
from PySide6.QtCore import QMimeData, QPointF, QSettings, Qt, QUrl
from PySide6.QtGui import QDropEvent

from pakru_desktop.knowledge.library import Library

from .conftest import ROOT, run_cli
from .ui_helpers import open_window

COMMISSION = ROOT / "tests" / "data" / "import_scenario" / "01-commission-tenth-session.md"
OLD_FIGURE, NEW_FIGURE = "$1.1 billion", "$1.4 billion"


def _json(*args: str, data_dir: Path) -> object:
    result = run_cli(*args, data_dir=data_dir)
    assert result.returncode == 0, (args, result.stderr)
    return json.loads(result.stdout)


def _total(data: Path, query: str) -> int:
    return _json("search", query, "--json", data_dir=data)["total"]  # type: ignore[index]


def changed_copy(folder: Path) -> Path:
    """The commission article as first saved; `revise` gives it its corrected text."""
    folder.mkdir(parents=True, exist_ok=True)
    return Path(shutil.copy(COMMISSION, folder / COMMISSION.name))


def revise(path: Path) -> None:
    text = path.read_text(encoding="utf-8").replace(OLD_FIGURE, NEW_FIGURE)
    text = text.replace("railway freight", "railway freight and zangeziquor")
    path.write_text(text, encoding="utf-8")


def _trade_figures(data: Path) -> list[str]:
    sheet = _json("factsheet", "trade", "--format", "json", data_dir=data)
    return [figure for fact in sheet["facts"]  # type: ignore[index]
            if any(c["source_file"] == COMMISSION.name for c in fact["citations"])
            for figure in fact["figures"]]  # fmt: skip


def test_a_changed_file_replaces_its_article(tmp_path: Path) -> None:
    data = tmp_path / "data"
    path = changed_copy(tmp_path / "saved")
    first = run_cli("import", str(path), data_dir=data)
    assert first.returncode == 0 and "1 imported" in first.stdout, first.stderr
    count = len(_json("articles", "--json", data_dir=data))  # type: ignore[arg-type]
    assert OLD_FIGURE in _trade_figures(data) and _total(data, "zangeziquor") == 0

    revise(path)
    again = run_cli("import", str(path), "--json", data_dir=data)
    assert again.returncode == 0, again.stderr
    imported = json.loads(again.stdout)["imported"]
    assert len(imported) == 1 and imported[0]["replaced"] is True
    articles = _json("articles", "--json", data_dir=data)
    assert len(articles) == count  # type: ignore[arg-type]
    ours = [a for a in articles if a["source_file"] == COMMISSION.name]  # type: ignore[union-attr]
    assert [a["article_id"] for a in ours] == [imported[0]["article_id"]]
    assert _total(data, "zangeziquor") == 1  # the new text is found
    assert _total(data, '"1.1 billion"') == 0  # and the old one is not
    figures = _trade_figures(data)
    assert NEW_FIGURE in figures and OLD_FIGURE not in figures  # the sheet follows
    assert run_cli("verify", data_dir=data).returncode == 0  # index, words and facts sound

    # The same text once more is a duplicate, as ever; the plain report says "replaced".
    same = run_cli("import", str(path), data_dir=data)
    assert same.returncode == 0 and "duplicate" in same.stdout and "0 imported" in same.stdout
    path.write_text(path.read_text(encoding="utf-8") + "\nA closing line.\n", encoding="utf-8")
    plain = run_cli("import", str(path), data_dir=data)
    assert plain.returncode == 0, plain.stderr
    assert f"replaced  {path}: Tenth session" in plain.stdout
    assert "1 imported (1 replaced), 0 skipped, 0 failed" in plain.stdout
    assert len(_json("articles", "--json", data_dir=data)) == count  # type: ignore[arg-type]


def test_a_user_file_never_replaces_a_built_in_article(tmp_path: Path) -> None:
    data = tmp_path / "data"
    seeds = {a["source_file"]: a for a in _json("articles", "--json", data_dir=data)}  # type: ignore[union-attr]
    name, seed = next(iter(seeds.items()))
    mine = tmp_path / "mine" / name
    mine.parent.mkdir()
    mine.write_text(f"# {seed['title']}\n\nMy own notes on this, quite different.\n",
                    encoding="utf-8")  # fmt: skip
    result = run_cli("import", str(mine), data_dir=data)
    assert result.returncode == 0 and "imported  " in result.stdout, result.stderr
    after = {a["article_id"] for a in _json("articles", "--json", data_dir=data)}  # type: ignore[union-attr]
    assert seed["article_id"] in after and len(after) == len(seeds) + 1


def _drop(qtbot, window, path: Path):  # type: ignore[no-untyped-def]
    """Drop `path` on the window, as a person dragging it from a file manager; the report."""
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(path))])
    event = QDropEvent(QPointF(50, 50), Qt.DropAction.CopyAction, mime,
                       Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier)  # fmt: skip
    with qtbot.waitSignal(window.importFinished, timeout=30_000) as done:
        window.dropEvent(event)
    return done.args[0]


@pytest.mark.qt_log_ignore("This plugin does not support raise")
def test_dropping_a_changed_file_again_says_replaced(  # type: ignore[no-untyped-def]
    qtbot, library: Library, variants, tmp_path: Path
) -> None:
    settings = QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)
    window = open_window(qtbot, library, variants, settings)
    path = changed_copy(tmp_path / "saved")
    assert len(_drop(qtbot, window, path).imported) == 1
    count = library.count()
    revise(path)
    report = _drop(qtbot, window, path)
    assert [o.replaced for o in report.imported] == [True]
    assert library.count() == count
    summary = window.imports.summary_dialog.browser.toPlainText()
    assert "1 imported, 0 skipped, 0 failed" in summary
    assert "replaced the earlier version" in summary
    window.imports.summary_dialog.grab()
