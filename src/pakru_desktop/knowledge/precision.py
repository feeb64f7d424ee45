"""The values a figure allows: its stated precision ("160" is 155–165, "13/16" is exact to
its sixteenth), widened by its qualifier ("about", "more than", "up to"), or its range; and
whether two figures agree within what they state."""

from __future__ import annotations

import re

from .figures import Figure, parse_number

ABOUT = 0.02  # "about", "nearly": within two per cent,
ABOUT_STEPS = 5  # and within five steps of its last digit
ABOUT_LOOSE = 0.05  # on one measure's line (never a disagreement): within five per cent
OVER = 0.10  # "more than", "just over": up to ten per cent above
_FRACTION = re.compile(r"(?:\d+-)?(\d+)/(\d+)")


def bounds(figure: Figure, loose: bool = False) -> tuple[float, float]:
    """The values a figure allows: its stated precision ("160" is 155–165, "21.7" is
    21.65–21.75), widened by its qualifier ("about", "more than", "up to"), or its range."""
    low, high = figure.value, figure.high or figure.value
    number = re.search(r"\d[\d,]*(?:\.\d+)?", figure.text)
    half, unit_step = 0.5, 1.0
    # "13/16 pct" is exact to its sixteenth: a quarter of it either side, never "7/8 pct".
    fraction = _FRACTION.search(figure.text)
    parts = parse_number(fraction.group(0)) * float(fraction.group(2)) if fraction else 0.0
    if parts > 0:
        half, unit_step, number = 0.25 * figure.value / parts, figure.value / parts, None
    if number is not None:
        written = number.group(0).replace(",", "")
        if "." in written:
            half = 0.5 * 10 ** -len(written.split(".")[1])
        else:
            zeros = len(written) - len(written.rstrip("0"))
            # "160" may round 158, but "100" is not 50 to 150: at most two per cent.
            rounding = min(0.5 * 10**zeros, 0.02 * float(written)) if zeros else 0.5
            half = max(0.5, rounding)
        scale = figure.value / float(written) if float(written) else 1.0
        half *= scale
        unit_step = _last_digit(written) * scale
    low, high = low - half, high + half
    if figure.qualifier == "~":
        # "About" widens a figure by a little, and by less the more digits it gives: "about
        # 388 mln" allows 384, "about 9.8 pct" not 9.4, "about 2,445,000" not 2,455,000.
        about = min(figure.value * ABOUT, ABOUT_STEPS * unit_step)
        if loose:  # one line of a measure may hold what "about" could stretch to
            about = figure.value * ABOUT_LOOSE
        low, high = min(low, figure.value - about), max(high, figure.value + about)
    elif figure.qualifier == ">":
        high = max(high, figure.value * (1 + OVER))
    elif figure.qualifier == "<":  # "up to 100 pct" is 100, or a little under
        low = min(low, figure.value * (1 - OVER))
    return low, high


def _last_digit(written: str) -> float:
    """The place of the figure's last significant digit: 1000 for "2,445,000", 0.1 for "9.8"."""
    if "." in written:
        return 10.0 ** -len(written.split(".")[1])
    zeros = len(written) - len(written.rstrip("0"))
    return 10.0 ** min(zeros, len(written) - 1)


def agree(a: Figure, b: Figure, loose: bool = False) -> bool:
    """Do two values agree within what they state (`loose`: within what "about" could
    stretch to, enough to share a measure's line, never to hide a disagreement)?"""
    (la, ha), (lb, hb) = bounds(a, loose), bounds(b, loose)
    return la <= hb and lb <= ha
