"""English plural forms for `tr("%n article(s)", "", n)`, as Qt recommends: source texts
carry every form a translator needs, and an English "translation" picks singular or plural.

Qt does this with an English .qm file; a translator in code needs no build step (lrelease)
and no file in the bundle. A later translation (.qm) is installed after it and wins.
"""

from __future__ import annotations

import re

from PySide6.QtCore import QCoreApplication, QTranslator

_FORM = re.compile(r"\((\w+)\)")  # "article(s)", "match(es)"


class EnglishPlurals(QTranslator):
    def translate(self, context: str, source: str, disambiguation: str | None = None,
                  n: int = -1) -> str | None:  # fmt: skip
        if n < 0 or "(" not in source:
            return None  # a null string: not translated ("" would blank Qt's own texts)
        return _FORM.sub(lambda m: "" if n == 1 else m.group(1), source)

    def isEmpty(self) -> bool:  # noqa: N802 - Qt's name
        return False


def install(app: QCoreApplication | None) -> None:
    """Once per application: every window and dialog then says "1 article", "2 articles"."""
    if app is None or app.property("pakru-plurals"):
        return
    translator = EnglishPlurals(app)
    app.installTranslator(translator)
    app.setProperty("pakru-plurals", True)
