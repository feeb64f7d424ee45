"""An unexpected error in the app: its traceback goes to the log file, the user gets one line.

A GUI started from a menu has no terminal: without this, a crash leaves nothing anyone can
read. The hook writes the traceback to the log (logs.py) and shows a one-line dialog saying
where it is; the app keeps running when it can (Qt calls the hook from its event loop)."""

from __future__ import annotations

import logging
import sys
import threading
from pathlib import Path
from types import TracebackType

from PySide6.QtCore import QCoreApplication, QObject, Qt, Signal
from PySide6.QtWidgets import QApplication, QMessageBox

from . import i18n

translate = QCoreApplication.translate  # lupdate reads translate("Crash", …)
log = logging.getLogger("pakru_desktop.crash")


class _Reporter(QObject):
    """Shows the dialog on the GUI thread, whichever thread the error happened on."""

    report = Signal(str)

    def __init__(self, log_file: Path | None) -> None:
        super().__init__()
        self.log_file = log_file
        self.box: QMessageBox | None = None
        self.report.connect(self._show, Qt.ConnectionType.QueuedConnection)

    def _show(self, what: str) -> None:
        if self.box is not None and self.box.isVisible():
            return  # one dialog at a time: a loop of errors must not bury the screen
        if self.log_file:
            text = translate("Crash", "pakru-desktop hit an unexpected error (%1); the details "
                             "are in %2.")  # fmt: skip
        else:
            text = translate("Crash", "pakru-desktop hit an unexpected error (%1); no log could "
                             "be written.")  # fmt: skip
        self.box = QMessageBox(QMessageBox.Icon.Critical, "pakru-desktop",
                               i18n.arg(text, what, self.log_file))  # fmt: skip
        self.box.setObjectName("crash-report")
        self.box.setTextFormat(Qt.TextFormat.PlainText)
        self.box.open()


_reporter: list[_Reporter] = []  # kept alive for the app's life (the hook holds no object)


def install_crash_handler(log_file: Path | None) -> None:
    """sys.excepthook and threading.excepthook: the traceback to the log, a line on screen."""
    reporter = _Reporter(log_file)
    app = QCoreApplication.instance()
    if app is not None:
        reporter.moveToThread(app.thread())
    _reporter[:] = [reporter]

    def hook(kind: type[BaseException], error: BaseException,
             trace: TracebackType | None) -> None:  # fmt: skip
        log.error("unexpected error", exc_info=(kind, error, trace))
        if issubclass(kind, KeyboardInterrupt):
            QApplication.quit()
            return
        reporter.report.emit(f"{kind.__name__}: {str(error)[:120]}")

    def thread_hook(args: threading.ExceptHookArgs) -> None:
        if args.exc_value is not None:
            hook(args.exc_type, args.exc_value, args.exc_traceback)

    sys.excepthook = hook
    threading.excepthook = thread_hook
