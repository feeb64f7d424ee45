"""The interface language: our translations and Qt's own, right-to-left for Urdu, and the
numbers and dates the panes show written the language's way (QLocale).

Translations are Qt Linguist files kept in `resources/translations/pakru_<lang>.ts` (edited
by people, reviewed in diffs) and compiled to `.qm` beside them at build time
(`packaging/translations.py release`, run by the Makefile and the bundle build). Qt's own
strings (file dialogs, standard buttons) come from the `qtbase_<lang>.qm` that ships with Qt
where Qt has one (Russian); Qt has no Urdu one, so ours, `resources/translations/qtbase_ur.ts`,
gives its file dialogs, text fields' menus and standard buttons in Urdu (the buttons our own
dialogs use are in our catalogues too: QT_BUTTONS).
"""

from __future__ import annotations

import re
from functools import lru_cache
from pathlib import Path

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QCoreApplication,
    QDate,
    QLibraryInfo,
    QLocale,
    QSettings,
    Qt,
    QTranslator,
)
from PySide6.QtGui import QAction, QActionGroup
from PySide6.QtWidgets import QApplication, QMenu, QMessageBox, QWidget

from .. import paths
from ..text.languages import is_right_to_left

# Language code → the language's own name, as a reader of it looks for it in a menu.
LANGUAGES: dict[str, str] = {"en": "English", "ur": "اردو", "ru": "Русский"}
SETTING = "language"  # "" or missing: follow the system locale
# The standard buttons our dialogs show, in Qt's own words (QPlatformTheme's): listed so that
# `translations.py update` keeps them in our catalogues, for Urdu, which Qt does not translate.
# Ours is installed after Qt's and wins, so Russian repeats qtbase_ru's words.
QT_BUTTONS = (
    QT_TRANSLATE_NOOP("QPlatformTheme", "OK"),
    QT_TRANSLATE_NOOP("QPlatformTheme", "Cancel"),
    QT_TRANSLATE_NOOP("QPlatformTheme", "Close"),
    QT_TRANSLATE_NOOP("QPlatformTheme", "Save"),
    QT_TRANSLATE_NOOP("QPlatformTheme", "&Yes"),
    QT_TRANSLATE_NOOP("QPlatformTheme", "&No"),
)
# The file dialog's two labels Qt 6.11 writes with an accelerator ("&Look in:", "Files of
# &type:"): Qt's own Russian still has only the older texts, so ours gives them.
QT_FILE_DIALOG = (
    QT_TRANSLATE_NOOP("QFileDialog", "&Look in:"),
    QT_TRANSLATE_NOOP("QFileDialog", "Files of &type:"),
)
_PLACEHOLDER = re.compile(r"%(\d)")


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


def arg(text: str, *values: object) -> str:
    """QString::arg for Python strings: %1…%9 filled in one pass, so a value that itself
    contains "%2" (a title, a query) is never filled in again."""

    def fill(match: re.Match[str]) -> str:
        number = int(match[1])
        return str(values[number - 1]) if 1 <= number <= len(values) else match[0]

    return _PLACEHOLDER.sub(fill, text)


def number(value: int) -> str:
    """A count as the interface language writes it (1,234 · 1 234)."""
    return QLocale().toString(int(value))


def date_text(iso: str, precision: str = "", short: bool = False) -> str:
    """An ISO date (or year-month, or year) as the interface language writes it:
    3 September 2024 · 3 сентября 2024 · 3 ستمبر 2024 (`short`: 3 Sep 2024 · 3 сент. 2024, the
    month abbreviated where the language does); a decade as 1970s · 1970-е."""
    return _date_text(iso, precision, short)


# A 100,000-article sidebar has a few thousand distinct dates; asking QLocale for each row
# took longer than building the row. Cleared when Translators.install changes the locale.
@lru_cache(maxsize=8192)
def _date_text(iso: str, precision: str, short: bool) -> str:
    locale = QLocale()
    parts = iso.split("-")
    if not parts[0].isdigit():
        return iso
    if precision == "decade":
        return arg(QCoreApplication.translate("Dates", "%1s", "a decade: 1970s"), parts[0])
    year = int(parts[0])
    month = int(parts[1]) if len(parts) > 1 and parts[1].isdigit() else 0
    day = int(parts[2]) if len(parts) > 2 and parts[2].isdigit() else 0
    if day and QDate(year, month, day).isValid():
        return locale.toString(QDate(year, month, day), "d MMM yyyy" if short else "d MMMM yyyy")
    if 1 <= month <= 12:  # the month's own (nominative) name: май 2024, not мая 2024
        name = locale.standaloneMonthName(month)  # a label: Сентябрь 2024
        return f"{name[:1].upper()}{name[1:]} {parts[0]}"
    return parts[0]


def use_locale(locale: QLocale) -> None:
    """The locale numbers and dates are written in (the dates' cache follows it)."""
    QLocale.setDefault(locale)
    _date_text.cache_clear()


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
            translator.deleteLater()
        self.installed = []
        self.language = language if language in LANGUAGES else "en"
        use_locale(QLocale(self.language))
        if isinstance(self.app, QApplication):
            direction = (
                Qt.LayoutDirection.RightToLeft
                if is_right_to_left(self.language)
                else Qt.LayoutDirection.LeftToRight
            )
            self.app.setLayoutDirection(direction)
        if self.language == "en":
            return True
        # Qt's own first (ours, installed after it, wins where both translate a text): the
        # bundle carries it beside ours, a development checkout finds it inside PySide6.
        qt_own = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
        for folder in (str(translations_dir()), qt_own):
            if self._load(f"qtbase_{self.language}", folder):
                break
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
    The choice applies when the window starts again (Restart Now, or the next start): every
    pane then builds its text, layout direction and date formats in the new language from
    the beginning, rather than each pane having to re-translate itself in place."""
    menu = parent_menu.addMenu(QCoreApplication.translate("Language", "&Language"))
    menu.setObjectName("language-menu")
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
    asked = QCoreApplication.translate(
        "Language", "Language: %1. The menus and panes change when pakru-desktop starts again."
    )
    title = QCoreApplication.translate("Language", "Language")
    box = QMessageBox(QMessageBox.Icon.Information, title, arg(asked, LANGUAGES[resolve(code)]),
                      parent=window)  # fmt: skip
    restart = box.addButton(
        QCoreApplication.translate("Language", "&Restart Now"), QMessageBox.ButtonRole.AcceptRole
    )
    box.addButton(
        QCoreApplication.translate("Language", "&Later"), QMessageBox.ButtonRole.RejectRole
    )
    box.setDefaultButton(restart)
    box.exec()
    if box.clickedButton() is restart:
        request_restart(window)


RESTART = "pakru-restart"  # an application property: run() starts the window again


def request_restart(window: QWidget) -> None:
    """Close the window (saving its state as any close does) and have the application start
    a new one in the stored language, in the same process (application.run)."""
    app = QCoreApplication.instance()
    if app is not None:
        app.setProperty(RESTART, True)
    window.close()


def article_date_text(iso: str, estimated: bool) -> str:
    """An article's date as the sidebar and the result rows show it: short, in the
    interface's language, ≈ before an estimate."""
    from ..render.article import ESTIMATED

    shown = date_text(iso, short=True)
    return f"{ESTIMATED} {shown}" if estimated else shown


def language() -> str:
    """The interface's language code (en, ru, ur), for the core's own words
    (text/messages.py: sheets, timeline, notices, skip reasons)."""
    code = QLocale().name().split("_")[0].lower()
    return code if code in LANGUAGES else "en"


def core_text(text: str) -> str:
    """A message the core wrote in English, in the interface's language where it has one."""
    from ..text.messages import translate

    return translate(text, language())


# The key of the one source that stands for articles naming no publisher, in the sidebar and
# the search pane's filter (where "" means "All sources").
UNKNOWN_SOURCE_KEY = "\x1funknown"


def source_name(name: str) -> str:
    """A publisher's name, or the one name a missing publisher has (as the seeds spell it)."""
    if name == UNKNOWN_SOURCE_KEY:
        name = ""
    return name or QCoreApplication.translate("Library", "Unknown publisher")


def row_direction() -> str:
    """The interface's own direction, for lines of its words inside a document."""
    app = QCoreApplication.instance()
    rtl = isinstance(app, QApplication) and app.layoutDirection() == Qt.LayoutDirection.RightToLeft
    return "rtl" if rtl else "ltr"
