"""Statistical estimates with a confidence interval ("480 (95% CI 350-610)") in prose."""

from __future__ import annotations

import re
from fractions import Fraction
from typing import Final

import attrs

from pwstats.errors import ParseError
from pwstats.interval import Interval, Number
from pwstats.model import DEFAULT_CONFIDENCE
from pwstats.parse.amounts import Amount, Locale, Mention
from pwstats.parse.found import norm
from pwstats.parse.grammar import TIME_UNITS
from pwstats.parse.reading import (
    BRACKET_RANGE,
    CI_AFTER_RANGE,
    CI_BOUNDS,
    CI_PROSE,
    CI_RANGE_ENDS,
    LOW_HIGH,
    MARGIN,
    parse,
)
from pwstats.report import Reading

#: What may stand between an estimate's best value and its interval: the noun it counts
#: and a comma ("4,645 deaths, with a 95% confidence interval of ..."). Each word needs
#: the space before it, so the match is linear however long the text between.
_CI_GAP: Final = re.compile(r"(?:[^\S\n]+[A-Za-z-]+){0,3}[^\S\n]*(?:[,;][^\S\n]*)?")
#: Scale words an interval's end may take ("172,000 to 1.2 million").
_SCALE: Final = re.compile(r"thousand|million|billion", re.IGNORECASE)
_SCALES: Final = {"thousand": 1000, "million": 10**6, "billion": 10**9}
#: The patterns of an interval after its estimate, in the order they are found.
_PATTERNS: Final = (CI_BOUNDS, CI_PROSE, MARGIN, CI_AFTER_RANGE, LOW_HIGH, BRACKET_RANGE)
#: The words of a percentage, which make an interval's bare ends percentages too.
_PERCENT: Final = re.compile(r"%|per\s?cent\b|percent\b", re.IGNORECASE)
#: A best value in digits, not itself a figure, just before its bracket: "1.4 (95% CI
#: 1.1-1.8)" (a ratio with decimals, which :func:`extract` never reads as a count).
_BARE_BEST: Final = re.compile(r"(?<![\w.,])([0-9]+\.[0-9]+)[^\S\n]*$")


def estimates(
    text: str, mentions: list[Mention], locale: Locale, reading: Reading, unit: str
) -> list[Mention]:
    """``mentions`` with each estimate and its confidence interval made one mention.

    "480 (95% CI 350-610)" is one estimate (best 480, interval [350, 610] at 95%), never
    three figures with "95%" a share; so is "between 350 and 610 (95% uncertainty
    interval)", which gives no best value, and an interval or a margin of error named
    in prose after its estimate ("4,645, with a 95% confidence interval of 793 to
    8,498", "34%, with a margin of error of ±3 points": [31%, 37%]). The level is 95%
    when the words name the interval but give no level ("(CI 350-610)", a margin of
    error). A range in brackets with no name right after its estimate ("601,027
    (426,369–793,663) excess deaths") is its interval too, at a level the words do not
    say: its ``confidence`` is None, never an assumed 95%. An interval that does
    not hold its best value is left as found. ``mentions`` are in text order, and so is
    the result; each kind of interval is found in one pass over them, however many
    estimates the text holds.
    """
    for pattern in _PATTERNS:
        out: list[Mention] = []  # the mentions before the interval, estimates made so far
        rest = iter(mentions)
        pending = next(rest, None)
        for match in pattern.finditer(text):
            start, end = match.span()
            while pending is not None and pending.span[1] <= start:
                out.append(pending)
                pending = next(rest, None)
            if (
                pending is not None
                and pending.span[0] < start
                and pending.amount.kind == "estimate"
            ):
                continue  # inside an estimate already made: "(95% CI 350-610)" in prose
            made = _estimate(match, out[-1] if out else None, text, locale, reading, unit)
            if made is None:
                continue
            while out and out[-1].span[1] > made.span[0]:  # the best value, now inside
                out.pop()
            while pending is not None and pending.span[0] < end:  # the interval's numbers
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
    """The estimate an interval ``match`` makes with ``best_m``, the mention just before it.

    None when it makes none: bounds that cannot be read, or that do not hold the best
    value, or a level that is no probability; a margin of error or a prose interval
    with no best value just before it.
    """
    start, end = match.span()
    before = start - 1
    while before >= 0 and text[before] in " \t":
        before -= 1
    if match.re is CI_PROSE and before >= 0 and text[before] in "([":
        return None  # an interval in brackets is :data:`CI_BOUNDS`'s, whole or not at all
    ends = None
    if best_m is not None:
        gap = _CI_GAP.fullmatch(text, best_m.span[1], start)
        if match.re is not CI_BOUNDS and gap is not None and "\n" in text[best_m.span[1] : start]:
            gap = None  # prose runs on within a line
        if (
            match.re is BRACKET_RANGE
            and best_m.amount.unit in TIME_UNITS
            and not _holds(match, best_m.amount.nominal, locale)
        ):
            return None  # "over three days (120–150)": no spread of the duration (a count)
        if gap is not None and best_m.unread is not None and match.re is not CI_AFTER_RANGE:
            # "35 per 100,000 (95% CI 30-41)", "rose by 12% (95% CI 8-16%)": the interval of
            # a figure pwstats cannot read is unread with it, never counts of its own
            words = text[best_m.span[0] : end].rstrip()
            amount = attrs.evolve(best_m.amount, text=words)
            span = (best_m.span[0], best_m.span[0] + len(words))
            return Mention(span, words, amount, unread=best_m.unread, noun=best_m.noun)
        usable = best_m.unread is None and gap is not None
        if match.re is CI_AFTER_RANGE:
            ends = CI_RANGE_ENDS.search(best_m.text)
            usable = usable and (best_m.amount.kind == "range" or ends is not None)
            usable = usable and best_m.amount.nominal is None
        else:
            usable = usable and best_m.amount.kind in ("bare", "exact", "approximate")
        if match.re is BRACKET_RANGE and best_m.amount.unit in TIME_UNITS:
            usable = False  # "6 days (2-30)": the range of a duration's distribution
        best_m = best_m if usable else None
    percent = best_m is not None and best_m.amount.unit == "dimensionless"
    percent = percent and _PERCENT.search(best_m.text) is not None if best_m else False
    best: object = None if best_m is None else best_m.amount.nominal
    if isinstance(best, int):
        best = Fraction(best)
    named = unit if best_m is None else best_m.amount.unit
    first = start if best_m is None else best_m.span[0]
    low: object
    high: object
    if match.re is CI_AFTER_RANGE:
        if best_m is None:
            return None
        iv = best_m.amount.interval
        low, high, best = Fraction(iv.lo), Fraction(iv.hi), None
        if ends is not None:  # "estimated at between 8,000 and 12,000": the ends as said
            low, high = _number(ends["low"], locale), _number(ends["high"], locale)
            low = _shared_scale(low, high, ends["low"], ends["high"])
    elif match.re is MARGIN:
        if best_m is None or not isinstance(best, int | Fraction):
            return None
        margin = _number(match["margin"], locale)
        if margin is None:
            return None
        if match["points"] is not None and percent:
            margin /= 100  # percentage points of a percentage
        elif match["points"] is not None:
            if _PERCENT.fullmatch(match["points"]) is None:
                return None  # "points" of a count
            margin = margin * best / 100  # a relative margin: "12,000 ± 5%"
        low, high = best - margin, best + margin
    else:
        low, high = _number(match["low"], locale), _number(match["high"], locale)
        if low is None or high is None:
            return None
        low = _shared_scale(low, high, match["low"], match["high"])
        if low is None:
            return None
        if best_m is None and match.re is BRACKET_RANGE:
            return None  # a range in brackets is an interval only after its estimate
        if best_m is None:  # "(95% CI 1.2-1.8 million)": a scale word sizes the ends
            named = _ends_unit(unit, locale, match["low"], match["high"])
        if best_m is None and match.re is CI_BOUNDS:
            bare = _BARE_BEST.search(text, max(0, start - 40), start)
            if bare is not None:  # "1.4 (95% CI 1.1-1.8)": a ratio, no count
                best, first, named = _number(bare[1], locale), bare.start(1), "dimensionless"
        if percent or _PERCENT.search(match["low"]) or _PERCENT.search(match["high"]):
            if not percent and best_m is not None:
                return None  # "300 (95% CI 20%-40%)": a share beside a count
            low, high = low / 100, high / 100
            named = "dimensionless"
    if not isinstance(low, Fraction) or not isinstance(high, Fraction):
        return None
    if best is not None and not isinstance(best, Fraction):
        return None
    if not low <= high or (best is not None and not low <= best <= high):
        return None
    if best is None and (low.denominator != 1 or high.denominator != 1):
        named = "dimensionless"  # "(95% CI 2.1-3.7)" with no best said: a rate, no headcount
    if match.re is LOW_HIGH:  # a count's low, best and high: hard ends, no probability
        if best_m is None or best is None or percent or named == "dimensionless":
            return None
        words = text[first:end].rstrip()
        amount = Amount(
            Interval.closed(norm(low), norm(high)),
            named,
            words,
            "low/high",
            norm(best),
            reading,
            kind="range",
        )
        return Mention((first, first + len(words)), words, amount, noun=best_m.noun)
    level = match.groupdict().get("level")
    confidence: Fraction | None = None  # "601,027 (426,369–793,663)": the words say no level
    if match.re is not BRACKET_RANGE:
        confidence = DEFAULT_CONFIDENCE if level is None else Fraction(level) / 100
        if not 0 < confidence < 1:
            return None
    words = text[first:end].rstrip()
    amount = Amount(
        Interval.closed(norm(low), norm(high)),
        named,
        words,
        None if best_m is None else best_m.amount.hedge,
        None if best is None else norm(best),
        reading,
        kind="estimate",
        confidence=confidence,
    )
    return Mention(
        (first, first + len(words)), words, amount, noun="" if best_m is None else best_m.noun
    )


def _holds(match: re.Match[str], value: Number | None, locale: Locale) -> bool:
    """True when the range ``match`` names holds ``value``: "6 days (2–30)" is the spread
    of the duration, "three days (120–150)" is not."""
    low, high = _number(match["low"], locale), _number(match["high"], locale)
    return value is not None and low is not None and high is not None and low <= value <= high


def _shared_scale(
    low: Fraction | None, high: Fraction | None, low_said: str, high_said: str
) -> Fraction | None:
    """``low`` in the scale word said only after ``high`` ("1.2 to 1.8 million" is 1.2
    million to 1.8 million) when so it is still no more than ``high``."""
    if low is None or high is None or _SCALE.search(low_said) or not _SCALE.search(high_said):
        return low
    found = _SCALE.search(high_said)
    assert found is not None
    scaled = low * _SCALES[found[0].lower()]
    return scaled if scaled <= high else low


def _ends_unit(unit: str, locale: Locale, *said: str) -> str:
    """The unit of an interval's ends said without a best value: one of the things ``unit``
    counts when a scale word sizes either end ("1.2-1.8 million" on a measure in millions
    is in persons, as :func:`parse` reads it), else ``unit``."""
    for words in said:
        try:
            ends = parse(
                _PERCENT.sub("", words).strip(), locale=locale, reading="literal", unit=unit
            )
            named = ends.unit
        except ParseError:
            continue
        if named != unit:
            return named
    return unit


def _number(said: str, locale: Locale) -> Fraction | None:
    """The number of one end of an interval or of a margin ("8,498", "30%" as 30), else None."""
    digits = _PERCENT.sub("", said).strip()
    try:
        value = parse(digits, locale=locale, reading="literal").nominal
    except ParseError:
        return None
    return Fraction(value) if isinstance(value, int | Fraction) else None
