"""Which library the window shows: the user's own, or a library or collection opened from a
file (File → Open Library…, File → Recent Libraries, `pakru-desktop FILE`, a file handed over
by a second launch). Opening one replaces the window with one on that library."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QObject, QSettings, Signal
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QFileDialog, QLabel, QMenu, QMessageBox, QSizePolicy

from .. import paths
from ..db.notes import NotesStore
from ..db.schema import LibraryError
from ..knowledge.library import Library
from ..pipeline.bootstrap import OpenedLibrary, open_user_library
from ..pipeline.collection import ManifestCheck, check_manifest
from ..pipeline.signing import escape_controls
from ..search.variants import Variants
from . import i18n

if TYPE_CHECKING:
    from .main_window import MainWindow

RECENT_KEY = "recent_libraries"
RECENT_MAX = 8
EXTENSION = ".pakru"  # a collection's own extension (packaging/linux/pakru-collection.xml)
translate = QCoreApplication.translate  # lupdate reads translate("Session", …)


def recent_libraries(settings: QSettings) -> list[Path]:
    value = settings.value(RECENT_KEY, [])
    names = [value] if isinstance(value, str) else list(value or [])
    return [Path(name) for name in names if name][:RECENT_MAX]


def remember(settings: QSettings, path: Path) -> None:
    names = [str(path)] + [str(p) for p in recent_libraries(settings) if p != path]
    settings.setValue(RECENT_KEY, names[:RECENT_MAX])


class Session(QObject):
    """The app's one window at a time, and the library it shows."""

    windowOpened = Signal(object)  # the new MainWindow
    openFailed = Signal(str)  # one line: why the file could not be opened

    def __init__(self, settings: QSettings, variants: Variants, data_dir: str | None = None,
                 notes: NotesStore | None = None,
                 window_type: type[MainWindow] | None = None) -> None:  # fmt: skip
        super().__init__()
        # The window class, given by whoever starts the session (the app, or a window made
        # alone): this module never imports the main window it serves.
        self.window_type = window_type
        self.settings = settings
        self.variants = variants
        self.data_dir = data_dir
        # The reader's own marks live in their data folder, whatever library is shown.
        self.notes = notes
        self.window: MainWindow | None = None

    def own_library(self) -> Path:
        return paths.library_path(paths.user_data_dir(self.data_dir)).resolve()

    def open_file(self, path: Path) -> bool:
        """Show the library at `path` in a new window in place of the current one; the
        user's own library opens as itself, any other file read-only. On failure the window
        stays and the reason is said in one line."""
        path = Path(path).expanduser().resolve()
        try:
            library: Library = (open_user_library(self.data_dir) if path == self.own_library()
                                else OpenedLibrary(path))  # fmt: skip
        except (LibraryError, OSError) as error:
            why = error.strerror if isinstance(error, OSError) and error.strerror else str(error)
            self.openFailed.emit(why)
            if self.window is not None:
                text = i18n.arg(translate("Session", "Cannot open %1: %2"), path.name, why)
                self.window.statusBar().showMessage(text, 15_000)
            return False
        remember(self.settings, path)
        self.show(library)
        return True

    def show(self, library: Library) -> MainWindow:
        """A window on `library`, replacing (and closing) the one shown before."""
        old = self.window
        assert self.window_type is not None, "a session shows windows of a type it was given"
        window = self.window_type(
            library, library.knowledge.variants, self.settings, session=self, notes=self.notes
        )
        self.window = window
        window.show()
        window.activateWindow()
        if old is not None:
            old.close()
            old.library.close()
            old.deleteLater()
        self.windowOpened.emit(window)
        return window

    def receive(self, files: list[Path]) -> None:
        """Files handed over by a later launch: the first is opened; none, the window shows."""
        if files:
            self.open_file(files[0])
        self.raise_window()

    def adopt(self, window: MainWindow) -> None:
        """A window made elsewhere (the first one) becomes the session's."""
        self.window = window
        self.window_type = self.window_type or type(window)

    def raise_window(self) -> None:
        if self.window is not None:
            self.window.showNormal()
            self.window.raise_()
            self.window.activateWindow()

    # -- File menu -------------------------------------------------------------------------

    def choose_file(self) -> None:
        """File → Open Library…: a file dialog (not blocking the window), then the library."""
        recent = recent_libraries(self.settings)
        start = str(recent[0].parent) if recent else str(Path.home())
        kinds = translate(
            "Session", "Libraries and collections (*%1 *.sqlite3 *.db);;All files (*)"
        )
        self.dialog = QFileDialog(self.window, translate("Session", "Open Library"), start,
                                  i18n.arg(kinds, EXTENSION))  # fmt: skip
        self.dialog.setObjectName("open-library")
        self.dialog.setFileMode(QFileDialog.FileMode.ExistingFile)
        self.dialog.fileSelected.connect(lambda path: self.open_file(Path(path)))
        self.dialog.open()

    def fill_recent_menu(self, menu: QMenu) -> None:
        """File → Recent Libraries: the files opened last, newest first, and the user's own."""
        menu.clear()
        own = self.own_library()
        shown = [own, *[p for p in recent_libraries(self.settings) if p != own]]
        for number, path in enumerate(shown, start=1):
            label = (translate("Session", "My Library") if path == own
                     else path.name.replace("&", "&&"))  # fmt: skip
            action = menu.addAction(f"&{number} {label}" if number < 10 else label)
            action.setToolTip(str(path))
            action.setData(str(path))
            action.triggered.connect(lambda _checked=False, p=path: self.open_file(p))


@dataclass
class OpenedState:
    """What a window on an opened file says about it (title bar and status bar)."""

    path: Path
    title: str
    status: str
    check: ManifestCheck


def describe_opened(library: Library) -> OpenedState | None:
    """None for the user's own library; else its name, builder and signature state, from
    the manifest checked against every article (a collection is small enough to hash)."""
    if not isinstance(library, OpenedLibrary):
        return None
    check = check_manifest(library.conn, strict=True)
    name = escape_controls(check.name or library.original.name)
    count = i18n.arg(translate("Session", "%1 articles"), i18n.number(library.count()))
    if not check.present:
        title = i18n.arg(translate("Session", "%1 (read-only)"), name)
        status = i18n.arg(
            translate("Session", "Read-only library %1: %2; not a collection, unsigned"),
            str(library.original), count)  # fmt: skip
        return OpenedState(library.original, title, status, check)
    signature = check.signature
    if check.problems:
        state = translate("Session", "ALTERED")
        said = i18n.arg(translate("Session", "altered since it was built: %1 problem(s), "
                                             "see Help → Verify Library"),
                        str(len(check.problems)))  # fmt: skip
    elif signature.state == "signed":
        state = i18n.arg(translate("Session", "signed by %1"), signature.name)
        said = i18n.arg(translate("Session", "signed by %1 (key fingerprint %2)"), signature.name,
                        signature.fingerprint)  # fmt: skip
    else:
        state, said = translate("Session", "unsigned"), translate("Session", "unsigned")
    title = f"{name} — {state}"
    status = i18n.arg(translate("Session", "Collection %1 (read-only), %2, built %3: %4"),
                      name, count, check.built_at, said)  # fmt: skip
    return OpenedState(library.original, title, status, check)


def show_opened_state(window: MainWindow) -> None:
    """A window on an opened file: the state in the status bar, imports and rebuilds off."""
    if window.opened is None:
        return
    label = QLabel(window.opened.status)
    label.setObjectName("opened-library")
    label.setAccessibleName(translate("Session", "Library shown"))
    label.setToolTip(str(window.opened.path))
    # Long names are cut, never widen the window past a small screen.
    label.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
    window.statusBar().addPermanentWidget(label)
    window.opened_label = label
    rebuild = window.findChild(QAction, "rebuild-library")
    for action in (
        window.act_import_files,
        window.act_import_folder,
        window.act_edit_article,
        window.act_remove_article,
        window.act_apply_update,
        window.act_edit_topics,
        rebuild,
    ):
        if action is not None:
            action.setEnabled(False)  # the file is someone else's: it is read, never changed


def warn_unopened(path: Path, why: str) -> None:
    """At start, a file named on the command line that cannot be opened: said on screen."""
    text = i18n.arg(QCoreApplication.translate("Session", "Cannot open %1"), str(path))
    QMessageBox.critical(None, "pakru-desktop", f"{text}\n\n{why}")
