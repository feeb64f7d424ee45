"""Figures written in Russian and Urdu: "1,5 млрд долларов", "20 процентов", "5 ارب روپے",
"12 فیصد" (read by `figures.find_figures` in a sentence in those scripts)."""

from __future__ import annotations

import re

# A comma before one or two digits is a decimal comma here ("1,5"), never a thousands separator.
_RU_UR_SCALES = {"млрд": 1e9, "миллиард": 1e9, "млн": 1e6, "миллион": 1e6, "тыс": 1e3,
                 "тысяч": 1e3, "ارب": 1e9, "کروڑ": 1e7, "لاکھ": 1e5, "ہزار": 1e3,
                 "ملین": 1e6, "بلین": 1e9}  # fmt: skip
_RU_UR_CURRENCY = {"долл": "USD", "доллар": "USD", "руб": "RUB", "рубл": "RUB", "рупи": "PKR",
                   "евро": "EUR", "ڈالر": "USD", "روپے": "PKR", "روپیہ": "PKR", "روبل": "RUB"}  # fmt: skip
_RU_UR_NUMBER = r"(?P<number>\d+(?:[.,]\d{1,2}(?!\d))?)"
_RU_UR_MONEY = re.compile(
    r"(?<![\d.,])" + _RU_UR_NUMBER
    + r"\s*(?P<scale>млрд|миллиард\w*|млн|миллион\w*|тыс|тысяч\w*|ارب|کروڑ|لاکھ|ہزار|ملین|بلین)?\.?"
    r"\s*(?P<currency>(?i:долл\w*|руб\w*|рупи\w*|евро)|ڈالر|روپے|روپیہ|روبل)(?!\w)"
)  # fmt: skip
_RU_UR_PERCENT = re.compile(r"(?<![\d.,])" + _RU_UR_NUMBER + r"\s*(?:(?i:процент\w*)|فیصد)")
_RU_UR_QUANTITY = re.compile(
    r"(?<![\d.,])" + _RU_UR_NUMBER
    + r"\s*(?P<scale>млрд|млн|тыс|ارب|کروڑ|لاکھ|ہزار|ملین)\.?\s+(?P<unit>(?i:тонн\w*|баррел\w*)|ٹن)"
)  # fmt: skip
_RU_UR_UNITS = {"тонн": "tonnes", "баррел": "barrels", "ٹن": "tonnes"}


_RU_UR_PATTERNS = (
    (_RU_UR_MONEY, None, lambda m: _prefixed(_RU_UR_CURRENCY, m["currency"]) or "", None),
    (_RU_UR_PERCENT, None, lambda m: "%", None),
    (_RU_UR_QUANTITY, None, lambda m: _prefixed(_RU_UR_UNITS, m["unit"]) or "", None),
)
_NOT_LATIN = re.compile(r"[\u0400-\u04ff\u0600-\u06ff]")  # Cyrillic or Arabic script


def _prefixed(table: dict[str, str] | dict[str, float], word: str) -> str | float | None:
    word = word.lower()
    return next((v for k, v in table.items() if word.startswith(k)), None)


_DECIMAL_COMMA = (_RU_UR_MONEY, _RU_UR_PERCENT, _RU_UR_QUANTITY)
