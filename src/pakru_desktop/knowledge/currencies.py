"""Words of money written after or before a figure ("dlrs", "stg", "$"), and whose dollars or
cents they are when a nation is named before them."""

from __future__ import annotations

import re

_CURRENCY_BEFORE = {"us$": "USD", "$": "USD", "usd": "USD", "€": "EUR", "eur": "EUR",
                    "£": "GBP", "rs": "PKR", "rs.": "PKR", "pkr": "PKR", "rub": "RUB",
                    "₽": "RUB"}  # fmt: skip
_CURRENCY_AFTER = {"dollars": "USD", "dollar": "USD", "dlrs": "USD", "dlr": "USD",
                   "cts": "US cents", "cents": "US cents", "yen": "JPY", "stg": "GBP",
                   "sterling": "GBP", "marks": "DEM", "francs": "FRF", "pesos": "peso",
                   "sucres": "sucre", "bolivars": "bolivar", "cruzados": "cruzado",
                   "euros": "EUR", "rupees": "PKR", "guilders": "NLG", "guilder": "NLG",
                   "ecus": "ECU", "ecu": "ECU", "crowns": "crown", "crown": "crown",
                   "sdrs": "SDR", "sdr": "SDR", "special drawing rights": "SDR",
                   "roubles": "RUB", "rubles": "RUB", "pounds": "GBP"}  # fmt: skip

# Whose dollars or cents a figure is, named before them ("10 mln Canadian dlrs", "3.87
# billion Can dlrs", "201.66 Malaysian/Singapore cents"): another currency than bare "dlrs".
_NATIONS = {"canadian": "CAD", "can": "CAD", "u.s.": "USD", "australian": "AUD",
            "hong kong": "HKD", "new zealand": "NZD", "singapore": "SGD", "taiwan": "TWD",
            "malaysian/singapore": "Malaysian/Singapore"}  # fmt: skip
_NATION = r"(?:(?P<nation>" + "|".join(re.escape(n) for n in _NATIONS) + r")\s+)?"


def _currency_after(match: re.Match[str]) -> str:
    currency = _CURRENCY_AFTER[match["currency"].lower()]
    nation = _NATIONS.get((match["nation"] or "").lower(), "")
    if nation in ("", "USD") or currency not in ("USD", "US cents"):
        return currency
    if currency == "USD":
        return nation if nation.isupper() else f"{nation} dollars"
    return f"{nation} cents"


# Every unit of money a figure may have (a bare scaled number after one is money too).
MONEY_UNITS = (frozenset(_CURRENCY_BEFORE.values()) | frozenset(_CURRENCY_AFTER.values())
               | {n for n in _NATIONS.values() if n.isupper()})  # fmt: skip
