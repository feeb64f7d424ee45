"""The interface language: our translations and Qt's own, right-to-left for Urdu.

Translations are Qt Linguist files kept in `resources/translations/pakru_<lang>.ts` (edited
by people, reviewed in diffs) and compiled to `.qm` beside them at build time
(`packaging/translations.py release`, run by the Makefile and the bundle build). Qt's own
strings (file dialogs, standard buttons) come from the `qtbase_<lang>.qm` that ships with Qt
where Qt has one (Russian yes; Qt has no Urdu translation, so those dialogs stay English).
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QSettings, Qt, QTranslator
from PySide6.QtGui import QAction, QActionGroup
from PySide6.QtWidgets import QApplication, QMenu, QMessageBox, QWidget

from .. import paths

# Language code → the language's own name, as a reader of it looks for it in a menu.
LANGUAGES: dict[str, str] = {"en": "English", "ur": "اردو", "ru": "Русский"}
RIGHT_TO_LEFT = frozenset({"ur"})
SETTING = "language"  # "" or missing: follow the system locale


def translations_dir() -> Path:
    return paths.resource_path("translations")


def system_language() -> str:
    """The system locale's language if we have a translation for it, else English."""
    for name in QLocale.system().uiLanguages():
        code = name.replace("_", "-").split("-")[0].lower()
        if code in LANGUAGES:
            return code
    return "en"


def resolve(setting: object) -> str:
    """The language to use for a stored setting ("" or unknown → the system's)."""
    code = str(setting or "").strip().lower()
    return code if code in LANGUAGES else system_language()


class Translators:
    """Installs and swaps the translators of one application."""

    def __init__(self, app: QCoreApplication) -> None:
        self.app = app
        self.installed: list[QTranslator] = []
        self.language = "en"

    def install(self, language: str) -> bool:
        """Switch to `language`; returns whether our own translation for it was found
        (English needs none). Widgets get a LanguageChange event and retranslate."""
        for translator in self.installed:
            self.app.removeTranslator(translator)
        self.installed = []
        self.language = language if language in LANGUAGES else "en"
        QLocale.setDefault(QLocale(self.language))
        if isinstance(self.app, QApplication):
            direction = (
                Qt.LayoutDirection.RightToLeft
                if self.language in RIGHT_TO_LEFT
                else Qt.LayoutDirection.LeftToRight
            )
            self.app.setLayoutDirection(direction)
        if self.language == "en":
            return True
        qt_own = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
        self._load(f"qtbase_{self.language}", qt_own)
        return self._load(f"pakru_{self.language}", str(translations_dir()))

    def _load(self, name: str, folder: str) -> bool:
        translator = QTranslator(self.app)
        if not translator.load(name, folder):
            return False
        self.app.installTranslator(translator)
        self.installed.append(translator)
        return True


def add_language_menu(window: QWidget, parent_menu: QMenu, settings: QSettings) -> QActionGroup:
    """View → Language: the system's language or one of ours, remembered in the settings.
    The choice applies at the next start, as in calibre: every pane then builds its text,
    layout direction and date formats in the new language from the beginning."""
    menu = parent_menu.addMenu(QCoreApplication.translate("Language", "&Language"))
    group = QActionGroup(window)
    current = str(settings.value(SETTING, "") or "")
    choices = [("", QCoreApplication.translate("Language", "System Default")), *LANGUAGES.items()]
    for code, name in choices:
        action = QAction(name, window, checkable=True)
        action.setChecked(code == current)
        action.setData(code)
        action.triggered.connect(lambda _checked, c=code: _choose(window, settings, c))
        group.addAction(action)
        menu.addAction(action)
    return group


def _choose(window: QWidget, settings: QSettings, code: str) -> None:
    if str(settings.value(SETTING, "") or "") == code:
        return
    settings.setValue(SETTING, code)
    settings.sync()
    language = resolve(code)
    QMessageBox.information(
        window,
        QCoreApplication.translate("Language", "Language"),
        QCoreApplication.translate(
            "Language", "pakru-desktop will show its menus and panes in %1 the next time it starts."
        ).replace("%1", LANGUAGES[language]),
    )
