"""Statistical estimates with a confidence interval ("480 (95% CI 350-610)") in prose."""

from __future__ import annotations

import re
from fractions import Fraction
from typing import Final

from pwstats.errors import ParseError
from pwstats.interval import Interval
from pwstats.model import DEFAULT_CONFIDENCE
from pwstats.parse.amounts import Amount, Locale, Mention
from pwstats.parse.reading import CI_AFTER_RANGE, CI_BOUNDS, parse
from pwstats.report import Reading

#: What may stand between an estimate's best value and its bracket: the noun it counts.
_CI_GAP: Final = re.compile(r"[^\S\n]*(?:[A-Za-z-]+[^\S\n]+){0,3}", re.IGNORECASE)


def estimates(
    text: str, mentions: list[Mention], locale: Locale, reading: Reading, unit: str
) -> list[Mention]:
    """``mentions`` with each estimate and its confidence interval made one mention.

    "480 (95% CI 350-610)" is one estimate (best 480, interval [350, 610] at 95%), never
    three figures with "95%" a share; so is "between 350 and 610 (95% uncertainty
    interval)", which gives no best value. The level is 95% when the words give none
    ("(CI 350-610)"). An interval that does not hold its best value is left as found.
    ``mentions`` are in text order, and so is the result; each kind of bracket is found
    in one pass over them, however many estimates the text holds.
    """
    for pattern in (CI_BOUNDS, CI_AFTER_RANGE):
        out: list[Mention] = []  # the mentions before the bracket, estimates made so far
        rest = iter(mentions)
        pending = next(rest, None)
        for match in pattern.finditer(text):
            start, end = match.span()
            while pending is not None and pending.span[1] <= start:
                out.append(pending)
                pending = next(rest, None)
            made = _estimate(match, out[-1] if out else None, text, locale, reading, unit)
            if made is None:
                continue
            while out and out[-1].span[1] > made.span[0]:  # the best value, now inside
                out.pop()
            while pending is not None and pending.span[0] < end:  # the bracket's numbers
                pending = next(rest, None)
            out.append(made)
        if pending is not None:
            out.append(pending)
        out.extend(rest)
        mentions = out
    return mentions


def _estimate(
    match: re.Match[str],
    best_m: Mention | None,
    text: str,
    locale: Locale,
    reading: Reading,
    unit: str,
) -> Mention | None:
    """The estimate a bracket ``match`` makes with ``best_m``, the mention just before it.

    None when it makes none: bounds that cannot be read, or that do not hold the best
    value, or a level that is no probability.
    """
    start, end = match.span()
    if best_m is not None:
        gap = _CI_GAP.fullmatch(text, best_m.span[1], start)
        usable = best_m.unread is None and gap is not None
        if "low" in match.groupdict() and match["low"] is not None:
            usable = usable and best_m.amount.kind in ("bare", "exact", "approximate")
        else:
            usable = usable and best_m.amount.kind == "range"
        best_m = best_m if usable else None
    low: object
    high: object
    if match.re is CI_BOUNDS:
        try:
            low = parse(match["low"], locale=locale, reading="literal").nominal
            high = parse(match["high"], locale=locale, reading="literal").nominal
        except ParseError:
            return None
        best = None if best_m is None else best_m.amount.nominal
    elif best_m is None:
        return None
    else:
        low, high, best = best_m.amount.interval.lo, best_m.amount.interval.hi, None
    if not isinstance(low, int | Fraction) or not isinstance(high, int | Fraction):
        return None
    if not low <= high or (best is not None and not low <= best <= high):
        return None
    first = start if best_m is None else best_m.span[0]
    level = match["level"]
    confidence = DEFAULT_CONFIDENCE if level is None else Fraction(level) / 100
    if not 0 < confidence < 1:
        return None
    words = text[first:end]
    amount = Amount(
        Interval.closed(low, high),
        unit if best_m is None else best_m.amount.unit,
        words,
        None if best_m is None else best_m.amount.hedge,
        best,
        reading,
        kind="estimate",
        confidence=confidence,
    )
    return Mention((first, end), words, amount, noun="" if best_m is None else best_m.noun)
