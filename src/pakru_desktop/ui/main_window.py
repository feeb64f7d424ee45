"""Placeholder main window until the desktop issue lands: article list and a search field."""

from __future__ import annotations

import argparse
import os
import sys

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QApplication,
    QLineEdit,
    QListWidget,
    QMainWindow,
    QSplitter,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from .. import __version__, render
from ..bootstrap import load_variants, open_user_library
from ..library import Library
from ..search import SearchEngine


class MainWindow(QMainWindow):
    def __init__(self, library: Library) -> None:
        super().__init__()
        self.library = library
        self.engine = SearchEngine(library.conn, load_variants())
        self.setWindowTitle(f"pakru-desktop {__version__}")
        self.search_field = QLineEdit(placeholderText="Search the library…")
        self.search_field.setAccessibleName("Search")
        self.results = QListWidget()
        self.results.setAccessibleName("Articles and results")
        self.reader = QTextBrowser()
        self.reader.setOpenExternalLinks(False)
        self.reader.setAccessibleName("Reader")
        left = QWidget()
        layout = QVBoxLayout(left)
        layout.addWidget(self.search_field)
        layout.addWidget(self.results)
        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.addWidget(left)
        splitter.addWidget(self.reader)
        splitter.setSizes([360, 720])
        self.setCentralWidget(splitter)
        self.resize(1100, 720)
        self.search_field.textChanged.connect(self.show_results)
        self.results.currentRowChanged.connect(self.open_row)
        self._ids: list[tuple[str, int]] = []
        self.show_results("")

    def show_results(self, text: str) -> None:
        self.results.clear()
        if text.strip():
            result = self.engine.search(text, live=True)
            self._ids = [(h.article_id, h.paragraph) for h in result.hits]
            self.results.addItems([f"{h.title}  (¶{h.paragraph})" for h in result.hits])
        else:
            summaries = self.library.summaries()
            self._ids = [(s.article_id, 1) for s in summaries]
            self.results.addItems([s.title for s in summaries])

    def open_row(self, row: int) -> None:
        if 0 <= row < len(self._ids):
            article = self.library.article(self._ids[row][0])
            if article is not None:
                self.reader.setHtml(render.article_html(article))
                self.reader.scrollToAnchor(f"p{self._ids[row][1]}")


def run(args: argparse.Namespace) -> int:
    if args.self_test and not os.environ.get("DISPLAY") and not os.environ.get("WAYLAND_DISPLAY"):
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    app = QApplication.instance() or QApplication(sys.argv[:1])
    library = open_user_library(args.data_dir)
    window = MainWindow(library)
    window.show()
    if args.self_test:
        window.search_field.setText("pipeline")
        window.results.setCurrentRow(0)
        print(f"self-test ok: {window.results.count()} result(s) for 'pipeline', "
              f"opened {window._ids[0][0] if window._ids else 'nothing'}")  # fmt: skip
        return 0
    return app.exec()
