"""The entry points for one figure: :func:`parse`, :func:`parse_each` and :func:`prepare`."""

from __future__ import annotations

import math
import re
from collections.abc import Callable, Sequence
from fractions import Fraction
from typing import Final

import attrs

from pwstats import units
from pwstats.errors import ParseError, UnitError
from pwstats.interval import Interval, Number
from pwstats.lexicon import Lexicon
from pwstats.parse import context
from pwstats.parse.amounts import LOCALES, Amount, Locale
from pwstats.parse.clause import NUMBER_ROLES, Scanner
from pwstats.parse.found import UNNAMED, Figure, Skip, norm
from pwstats.parse.intervals import counted_unit, figure_amount, surely
from pwstats.parse.not_counts import three_decimals
from pwstats.parse.numbers import MAX_DIGITS, SHARE
from pwstats.parse.tokens import (
    DASHES,
    DECIMAL,
    SPACES,
    WELL_GROUPED,
    covered,
    phrase_text,
    read_digits,
)
from pwstats.parse.years import BAND_PART
from pwstats.report import READINGS, Reading

#: The longest text :func:`parse` reads: one figure never needs more (use :func:`extract`).
MAX_TEXT: Final = 10_000


_EXACT: Final = r"[+-]?[0-9]{1,30}(?:\.[0-9]{1,30})?(?:/[0-9]{1,30})?"
#: The way :attr:`pwstats.Figure.statement` writes numbers and low/high figures:
#: "-5", "1/3", "200–250 (best 230)", "?–250", "200–?". Exact, like interval notation; a
#: "p/q" only as docs/lexicon.md reads a slash (a proper fraction up to tenths).
_STATEMENT: Final = re.compile(
    rf"\s*(?:(?P<one>{_EXACT})|(?P<lo>{_EXACT}|\?)\s*–\s*(?P<hi>{_EXACT}|\?)"
    rf"(?:\s*\(best\s+(?P<best>{_EXACT})\))?)\s*"
)
#: Interval notation, read by :meth:`Interval.parse` ("[2500, 2600)", "(230, +inf)").
_NOTATION: Final = re.compile(r"\s*[\[(]\s*[+-]?(?:inf|[0-9])[^\[\]()]*[\])]\s*")


_OPENERS: Final = frozenset("\"“”„‘’'«»‹›([{")


#: A confidence level said before an interval's name: "95%", "90 per cent".
_CI_LEVEL: Final = r"(?P<level>[0-9]{1,2}(?:\.[0-9]+)?)\s*(?:%|per\s?cent\b)\s*"
#: The names of a statistical interval: confidence, credible or uncertainty interval, range,
#: bounds or limits ("95% uncertainty range", IFHS 2008), with the abbreviation after it
#: that a paper may define there ("95% confidence interval [CI]").
_CI_NAME: Final = (
    r"(?:CI|CrI|UI|C\.I\.|(?:confidence|credible|credibility|uncertainty)[^\S\n]+"
    r"(?:interval|int\.|range|bounds?|limits?)(?:[^\S\n]*[(\[](?:CI|CrI|UI)[)\]])?)"
)
#: A number in an interval: at most seven groups of digits, so that a run of "1,1,1,..."
#: with no bracket closing it cannot be split every way (the search stays linear); a
#: percent sign may follow it ("30%-38%").
_CI_NUMBER: Final = (
    r"[0-9]+(?:[.,'\u00a0\u2009\u202f][0-9]+){0,6}"
    r"(?:[^\S\n]*(?:%|per[^\S\n]?cent\b)|[^\S\n]+(?:thousand|million|billion)\b)?"
)
#: The ends of a range at the end of an estimate's words ("between 8,000 and 12,000").
CI_RANGE_ENDS: Final = re.compile(
    rf"(?P<low>{_CI_NUMBER})[^\S\n]*(?:[-–—]|to\b|and\b)[^\S\n]*(?P<high>{_CI_NUMBER})$",
    re.IGNORECASE,
)
#: What joins an interval's two ends.
_CI_JOIN: Final = r"\s*(?:[-–—]|to\b|,|and\b)\s*"
#: An interval in brackets after an estimate's best value: "(95% CI 350-610)", "(95% CI:
#: 350 to 610)", "[95% confidence interval 793, 8498]", "(CI 350–610)", "(95% uncertainty
#: range, 104,000 to 223,000)".
CI_BOUNDS: Final = re.compile(
    rf"[(\[]\s*(?:{_CI_LEVEL})?{_CI_NAME}\s*(?:[:,=]\s*|of\s+|from\s+)?"
    rf"(?P<low>{_CI_NUMBER}){_CI_JOIN}(?P<high>{_CI_NUMBER})\s*[)\]]",
    re.IGNORECASE,
)
#: An interval named in running prose after its estimate: "4,645, with a 95% confidence
#: interval of 793 to 8,498", "2,975 deaths (95% credible interval from 2,658 to
#: 3,290", "and a 90% CI of 1.1-1.8".
CI_PROSE: Final = re.compile(
    rf"(?:\b(?:with|and|giving|gives|had|has)[^\S\n]+)?(?:\b(?:an?|the|its)[^\S\n]+)?"
    rf"(?<![\w.,])(?:{_CI_LEVEL})?{_CI_NAME}[^\S\n]*"
    r"(?:[:,=][^\S\n]*|(?:of|from|was|is|being|ranging[^\S\n]+from|ran[^\S\n]+from)[^\S\n]+)?"
    rf"(?:between[^\S\n]+)?(?P<low>{_CI_NUMBER}){_CI_JOIN}(?P<high>{_CI_NUMBER})(?![\w.,]*[0-9])",
    re.IGNORECASE,
)
#: A margin of error said after an estimate: "34%, with a margin of error of ±3 percentage
#: points", "12,000 (margin of error: plus or minus 3,000)"; the margin is in the
#: estimate's unit, in percentage points after a percentage ("points", "%", "pp").
MARGIN: Final = re.compile(
    r"(?:[(\[][^\S\n]*)?(?:\b(?:with|and|had|has)[^\S\n]+)?(?:\b(?:an?|the|its)[^\S\n]+)?"
    r"\bmargin[^\S\n]+of[^\S\n]+error[^\S\n]*"
    r"(?:[:,=][^\S\n]*|(?:of|was|is)[^\S\n]+)?"
    r"(?:±|\+/-|\+/−|\+-|plus[^\S\n]+or[^\S\n]+minus[^\S\n]+)?[^\S\n]*"
    r"(?P<margin>[0-9]+(?:[.,'\u00a0\u2009\u202f][0-9]+){0,6})(?![.,]?[0-9])[^\S\n]*"
    r"(?P<points>%|per[^\S\n]?cent\b|percentage[^\S\n]+points?\b|points?\b|pp\b|p\.p\.)?"
    r"(?:[^\S\n]*[)\]])?",
    re.IGNORECASE,
)
#: The low and high figures said after a best one, as conflict-event data sets code a
#: count (UCDP's and ACLED's low, best and high): "45 (low 38, high 60)", "45, with a low of
#: 38 and a high of 60", "45 (low estimate: 38; high estimate: 60)".
LOW_HIGH: Final = re.compile(
    r"(?:[(\[][^\S\n]*|,?[^\S\n]*\bwith[^\S\n]+an?[^\S\n]+)"
    r"low(?:[^\S\n]+estimate)?[^\S\n]*(?::[^\S\n]*|of[^\S\n]+|=[^\S\n]*)?"
    rf"(?P<low>{_CI_NUMBER})[^\S\n]*(?:[,;][^\S\n]*|and[^\S\n]+)(?:an?[^\S\n]+)?"
    r"high(?:[^\S\n]+estimate)?[^\S\n]*(?::[^\S\n]*|of[^\S\n]+|=[^\S\n]*)?"
    rf"(?P<high>{_CI_NUMBER})(?![\w.,]*[0-9])(?:[^\S\n]*[)\]])?",
    re.IGNORECASE,
)
#: A range in brackets, with no name, right after an estimate: "601,027 (426,369–793,663)
#: excess deaths", "an estimated 4,645 (793 to 8,498) deaths": an interval whose level the
#: words do not say. "(range 2-15)" after a median is its spread, no interval: not this.
BRACKET_RANGE: Final = re.compile(
    rf"[(\[][^\S\n]*(?P<low>{_CI_NUMBER})[^\S\n]*(?:[-–—]|to\b)[^\S\n]*"
    rf"(?P<high>{_CI_NUMBER})[^\S\n]*[)\]]",
    re.IGNORECASE,
)
#: The name of an interval in brackets after a range: "between 350 and 610 (95% uncertainty
#: interval)".
CI_AFTER_RANGE: Final = re.compile(rf"[(\[]\s*(?:{_CI_LEVEL})?{_CI_NAME}\s*[)\]]", re.IGNORECASE)


def check_options(reading: object, locale: object, lexicon: object, unit: object) -> Lexicon:
    """Validate the options of :func:`parse` and :func:`extract`; the lexicon to read with."""
    if not isinstance(unit, str):
        raise TypeError(
            f"unit must be a str naming a unit such as 'person' or 'percent',"
            f" not {type(unit).__name__} ({unit!r})"
        )
    if reading not in READINGS:
        raise ValueError(
            f"reading must be one of {', '.join(map(repr, READINGS))}, not {reading!r}"
        )
    if locale not in LOCALES:
        raise ValueError(f"locale must be 'en' (1,234.5) or 'eu' (1.234,5), not {locale!r}")
    if lexicon is None:
        return Lexicon.default()
    if not isinstance(lexicon, Lexicon):
        raise TypeError(f"lexicon must be a pwstats.lexicon.Lexicon, not {lexicon!r}")
    return lexicon


def scan(scanner: Scanner, *, parse_mode: bool) -> list[Figure | Skip]:
    """Every figure and skipped stretch, left to right; in parse mode, stop at the second figure."""
    found: list[Figure | Skip] = []
    figures = 0
    kinds = scanner.kinds
    toks = scanner.toks
    lex = scanner.lex
    first = 0
    if parse_mode:
        while first < scanner.n and toks[first] in _OPENERS:
            first += 1
        scanner.lead = first
    i = 0
    n = scanner.n
    starters = lex.starters
    while i < n:
        if kinds[i] not in ("n", "u") and toks[i] not in starters:
            i += 1
            continue
        got = scanner.figure(i, leading=parse_mode and i == first)
        if got is None:
            i += 1
            continue
        found.append(got)
        i = max(got.end, i + 1)
        if parse_mode and isinstance(got, Figure):
            figures += 1
            if figures == 2:
                break
    return found


def parse(
    text: str,
    *,
    reading: Reading = "pragmatic",
    locale: Locale = "en",
    lexicon: Lexicon | None = None,
    nonnegative: bool = True,
    unit: str = "person",
) -> Amount:
    """Read one reported figure as an :class:`Amount` under ``reading``.

    The figure must start the text (after any opening quote); words after it
    ("2,828 defenders") are ignored, but a second figure is an error naming
    both. Interval notation ("[2500, 2600)") is an exact statement and reads
    as itself, so ``parse(str(amount.interval))`` gives the interval back.
    ``nonnegative`` (the default, right for every headcount) keeps every
    reading at or above 0: literal "almost 2,600" is ``[0, 2600)``, not
    ``(-inf, 2600)``. Anything unreadable is a :class:`~pwstats.ParseError`
    with the character position; a non-``str`` is a ``TypeError``.

    ``unit`` is the unit of a number whose text names none (no "%", "per
    cent", "out of", fraction word or time word): "30", "about 0.3", interval
    notation and "200–250" are in ``unit``, a headcount (``"person"``) unless
    told otherwise; reconciliation passes the measure's unit, so "30" on a
    percent measure is 30 percent. ``unit`` must be a non-blank ``str``; its
    name is checked where it is converted (:mod:`pwstats.units`), not here. A
    share of a whole ("95%", "10 out of 100", "one in five", "a third") is
    ``"dimensionless"`` whatever ``unit`` is, a fraction of 1 whose readings
    never go past 1 when it is at most 100% ("about 99%" is ``[0.96, 1]``),
    and a duration ("nearly two years") keeps its time unit. ``unit`` changes
    no interval: "about 5" reads ``[4, 6]`` in any unit.

    A number given its magnitude by a scale word ("about 1.5 million", "1-2
    million", "3.2bn", "tens of thousands", "in the low thousands") counts single
    things, whatever lots ``unit`` keeps them in: on a headcount in millions
    (``"megaperson"``, ``"1000 * person"``) it is in ``"person"``, and converting
    its interval gives 1.35 to 1.65 megapersons, never 1.5 million megapersons
    (:func:`pwstats.units.one_of`). A number without one ("1.5") is in ``unit``.

    A fraction of a scale is a count: "one and a half million" reads as "1.5
    million" does. One that is no whole number ("a third of a million") reads
    as the whole numbers around it, literally the two nearest, pragmatically
    its halo widened to whole ends (``docs/lexicon.md``, "Fractions of a scale").
    A range's lower end said without a scale shares its upper end's ("2-3
    million", "one to two million"), and is an error when that puts it above
    the upper end ("3-2 million" is an inverted range); one of a thousand or
    more keeps its value ("500,000-2 million").

    >>> [str(parse("more than 230", reading=r).interval) for r in READINGS]
    ['(230, +inf)', '(230, 253]', '(230, +inf)']
    >>> str(parse("2,600").interval), str(parse("2,828").interval), str(parse("hundreds").interval)
    ('[2550, 2650]', '[2828, 2828]', '[200, 999]')
    >>> a = parse("95%"); a.unit, a.interval
    ('dimensionless', Interval.parse('[0.945, 0.955]'))
    >>> parse("30").unit, str(parse("about 99%").interval), str(parse("about 0.3").interval)
    ('person', '[0.96, 1]', '[0.27, 0.33]')
    >>> parse("30", unit="percent").unit, parse("95%", unit="percent").unit
    ('percent', 'dimensionless')
    >>> parse("1.5", unit="megaperson").unit, parse("about 1.5 million", unit="megaperson").unit
    ('megaperson', 'person')
    >>> parse("2.600", locale="eu").nominal, parse("2.600").nominal
    (2600, Fraction(13, 5))
    >>> str(parse("one and a half million").interval), str(parse("1.5 million").interval)
    ('[1350000, 1650000]', '[1350000, 1650000]')
    >>> [str(parse("a third of a million", reading=r).interval) for r in READINGS[:2]]
    ['[333333, 333334]', '[300000, 366667]']

    Symbols, compounds and markers read as their words do (``docs/lexicon.md``,
    "Compounds and markers"): a hedge before a range reads at both ends, two
    one-sided bounds meet, a stated spread is its range, and a word after the
    figure that would change its number but cannot join it is an error.

    >>> [str(parse(t, reading="literal").interval) for t in
    ...  ("> 2,000", "roughly 1,000 to 2,000", "more than 40 but fewer than 60", "300 ± 25",
    ...   "200–300+", "1 ½ million")]
    ['(2000, +inf)', '[750, 2500]', '(40, 60)', '[275, 325]', '[200, +inf)', '[1500000, 1500000]']
    >>> parse("3,000 soldiers and 28,000 civilians")
    Traceback (most recent call last):
    ...
    pwstats.errors.ParseError: two figures, '3,000' and '28,000': parse reads one ...

    An estimate with its confidence interval ("480 (95% CI 350-610)") is no count, so
    ``parse`` refuses it rather than read one of its numbers; :func:`extract` gives it as
    one mention of kind ``"estimate"``, and a data file states it with ``basis``.

    >>> parse("480 (95% CI 350-610)")
    Traceback (most recent call last):
    ...
    pwstats.errors.ParseError: an estimate with its confidence interval is not a count, ...
    """
    check_options(reading, locale, lexicon, unit)
    under = prepare(text, locale=locale, lexicon=lexicon, nonnegative=nonnegative, unit=unit)
    return under(reading)


def parse_each(
    text: str,
    readings: Sequence[Reading],
    *,
    locale: Locale = "en",
    lexicon: Lexicon | None = None,
    nonnegative: bool = True,
    unit: str = "person",
) -> tuple[Amount, ...]:
    """:func:`parse` under each of ``readings``, reading the words once.

    The text is scanned and its figure found once (:func:`prepare`); only the last
    step, which applies a reading, runs per reading. ``parse_each(t, rs)[i]``
    equals ``parse(t, reading=rs[i])``.

    >>> [str(a.interval) for a in parse_each("almost 2,600", ("literal", "pragmatic"))]
    ['[0, 2600)', '[2470, 2600)']
    """
    if not readings:
        raise ValueError("parse_each() needs at least one reading")
    for r in readings:
        check_options(r, locale, lexicon, unit)
    under = prepare(text, locale=locale, lexicon=lexicon, nonnegative=nonnegative, unit=unit)
    return tuple(under(r) for r in readings)


def _check_share_unscaled(scanner: Scanner, fig: Figure, unit: str) -> None:
    """Refuse a number sized by a scale word on a share: "about 1.2 million" on a percent
    measure would read 1,200,000 % (a count typed where a percentage was meant). A unit
    pint does not know is no share here: it is refused where it is converted."""
    try:
        if not units.is_share(unit):
            return
    except UnitError:
        return
    for t in range(fig.start, fig.end):
        if scanner.role(t) in ("scale", "plural", "suffix") and _thousands(scanner, t):
            shown = covered(scanner, fig)
            raise ParseError(
                f"{shown!r} is sized by {scanner.toks[t]!r}, but its unit {unit!r} is a"
                " share, which is not counted in thousands or millions: give the share itself"
                " ('61%', '0.61'), or record the count on a measure of what it counts",
                text=scanner.text,
                position=scanner.starts[t],
            )


def _thousands(scanner: Scanner, t: int) -> bool:
    """Whether the scale word at token ``t`` counts in thousands or more ("million", "k",
    "thousands"), not in hundreds or dozens ("one hundred and five" percent is a share)."""
    word = scanner.lex.single(scanner.toks[t])
    return word is not None and word.value is not None and word.value >= 1000


#: A letter after a digit, or no digit at all (a number in words): where a noun counted
#: may follow a figure's number.
_NOUN_MAY_FOLLOW: Final = re.compile(r"\d\D*?[^\W\d_]|^\D*$")


def prepare(
    text: str,
    *,
    locale: Locale = "en",
    lexicon: Lexicon | None = None,
    nonnegative: bool = True,
    unit: str = "person",
) -> Callable[[Reading], Amount]:
    """The words of one figure read once: a function giving its :class:`Amount` under a reading.

    Raises :class:`~pwstats.ParseError` at once for words :func:`parse` cannot read;
    the function it returns then never fails.

    >>> under = prepare("more than 230")
    >>> str(under("literal").interval), str(under("pragmatic").interval)
    ('(230, +inf)', '(230, 253]')
    """
    if not isinstance(text, str):
        raise TypeError(f"parse() expects a str, not {type(text).__name__} ({text!r})")
    lex = check_options("literal", locale, lexicon, unit)
    read, _ = read_digits(text, locale)
    if read is not text:  # "٢٬٦٠٠", "2·5%": read as their ASCII digits, given as written
        try:
            under = prepare(
                read, locale=locale, lexicon=lexicon, nonnegative=nonnegative, unit=unit
            )
        except ParseError as error:
            raise ParseError(error.message, text=text, position=error.position) from None
        return lambda r: attrs.evolve(under(r), text=text)
    if len(text) > MAX_TEXT:
        raise ParseError(
            f"text of {len(text):,} characters is too long for one figure (at most"
            f" {MAX_TEXT:,}); use extract() to find the figures in prose",
            text=text,
            position=MAX_TEXT,
        )
    ci = CI_BOUNDS.search(text) or CI_PROSE.search(text) or CI_AFTER_RANGE.search(text)
    if ci is not None:
        raise ParseError(
            "an estimate with its confidence interval is not a count, which parse reads:"
            " give it as basis 'estimate' with best, low, high and confidence"
            " (docs/data-format.md), or find it with extract() (one mention of kind"
            f" 'estimate'); found {ci.group()!r}",
            text=text,
            position=ci.start(),
        )
    head = text[:1]
    if not head.isalpha() or text.strip() in ("empty", "∅"):  # words never need these
        if _is_notation(text, locale):
            iv = Interval.parse(text)
            if iv.is_empty:
                raise ParseError("the empty interval states no value", text=text, position=0)
            return lambda r: Amount(iv, unit, text, None, None, r, kind="interval")
        if _statement(text, "literal", unit) is not None:
            negative = _NEGATIVE.search(text)
            if nonnegative and negative is not None:
                raise ParseError(
                    "a negative number where the quantity is non-negative (as every"
                    " headcount is; for a signed quantity, set the measure's nonnegative"
                    " to false): the sign",
                    text=text,
                    position=negative.start(),
                )
            return lambda r: surely(_statement(text, r, unit))
    band = proportion_or_band(text, "literal", unit)
    if band is not None:
        if band.kind == "vague" and band.hedge is not None:
            _check_band_tail(text, band.hedge, lex, locale)
        return lambda r: surely(proportion_or_band(text, r, unit))
    scanner = Scanner(text, lex, locale)
    found = scan(scanner, parse_mode=True)
    figures = [f for f in found if isinstance(f, Figure)]
    if not figures:
        raise _nothing(scanner, found)
    header = next((f for f in found if isinstance(f, Skip) and f.header), None)
    if header is not None:
        raise ParseError(
            f"{covered(scanner, header)!r} gives a scale for the figures near it, which"
            " parse does not apply: give the figure scaled ('3,400 thousand', '41.2 million')",
            text=text,
            position=scanner.starts[header.start],
        )
    first = figures[0]
    lead = 0
    while lead < first.start and scanner.toks[lead] in _OPENERS:
        lead += 1
    while lead < first.start and (
        scanner.toks[lead] in context.ATTRIBUTIONS
        or (scanner.toks[lead] == "yet" and scanner.tok(lead + 1) == "another")
    ):
        lead += 1  # "a record 7.1 million", "reportedly 300": words that do not hedge
    if (
        lead < first.start
        and first.kind == "range"
        and first.hedge is None
        and not first.parts
        and RANGE_OPENER.fullmatch(text, scanner.starts[lead], scanner.starts[first.start])
    ):
        lead = first.start  # "between 1,000-2,000": the range says it again, as extract reads
    if lead < first.start:
        s = scanner.starts[lead]
        e = scanner.ends[first.start - 1]
        if RANGE_OPENER.fullmatch(text, s, scanner.starts[first.start]):
            at = scanner.starts[first.start]
            if all(f.hedge is None for f in figures):
                # With no hedge, what follows "between" is wrong in itself ("between 10-5"):
                # its own error says what.
                try:
                    prepare(
                        text[at:],
                        locale=locale,
                        lexicon=lexicon,
                        nonnegative=nonnegative,
                        unit=unit,
                    )
                except ParseError as e:
                    where = None if e.position is None else at + e.position
                    raise ParseError(e.message, text=text, position=where) from None
            raise ParseError(
                f"{text[s:]!r} is a range with a hedged end, which pwstats does not read:"
                " give its ends as numbers, as 'between 250 and 450' does, or the figure as"
                " low and high",
                text=text,
                position=scanner.starts[first.start],
            )
        raise ParseError(
            f"unexpected {text[s:e]!r} before the figure {covered(scanner, first)!r};"
            " a figure must start the text (hedges the lexicon does not know are not skipped)",
            text=text,
            position=s,
        )
    _check_after(scanner, first)
    added = scanner.increment(first, 0)
    increment = None if added is None else phrase_text(scanner, *added)
    if len(figures) > 1:
        second = figures[1]
        between = text[scanner.ends[first.end - 1] : scanner.starts[second.start]]
        if between in (",", ".") and first.end == first.start + 1:
            other = "eu" if locale == "en" else "en"
            raise ParseError(
                f"{text[scanner.starts[first.start] : scanner.ends[second.start]]!r} is not a"
                f" number under locale {locale!r}, where {between!r} groups digits in threes;"
                f" pass locale={other!r} if {between!r} marks decimals",
                text=text,
                position=scanner.ends[first.end - 1],
            )
        raise ParseError(
            f"two figures, {covered(scanner, first)!r} and {covered(scanner, second)!r}:"
            " parse reads one figure; pass each separately or use extract()",
            text=text,
            position=scanner.starts[second.start],
        )
    # A noun that names a countable thing names the unit of a number that names none:
    # "12,000 people" is in persons on any measure, "2,000 households" in households.
    if _NOUN_MAY_FOLLOW.search(text) is not None:  # not "about 2,600": no word after it
        from pwstats.parse.extracting import counted_noun  # lazily: extracting reads with this

        noun = counted_noun(scanner, first.start, first.end, vague=first.kind == "vague")
        if noun:
            unit = units.counted_in(noun.split()[-1], unit)
    if first.unit == UNNAMED:
        _check_share_unscaled(scanner, first, unit)
    if increment is not None:
        return lambda r: attrs.evolve(
            figure_amount(scanner, first, r, lex, nonnegative, text, unit), increment=increment
        )
    return lambda r: figure_amount(scanner, first, r, lex, nonnegative, text, unit)


#: A minus sign in the forms :attr:`pwstats.Figure.statement` writes ("-5", "-10–-5").
_NEGATIVE: Final = re.compile(r"-\s*[0-9]")


def _check_after(scanner: Scanner, fig: Figure) -> None:
    """Refuse a word or symbol right after a figure that would change its number.

    Nouns after a figure are ignored ("230 prisoners"), but a scale word, fraction,
    percent word or mathematical symbol the grammar did not take ("1 trillion
    trillion", "300 ≈", "5 ⅔⅔") would be silently dropped: it is an error instead.
    """
    if fig.tail is not None:
        at = fig.tail[0]
        said = scanner.text[scanner.starts[fig.start] : scanner.ends[at - 1]]
        raise ParseError(
            f"{fig.tail[1]!r} after {said!r} may hedge the figure, say it is uncertain or"
            " make it another quantity (a rate, a difference, a threshold), in a way pwstats"
            " cannot read there; give the hedge before the number, or the figure without it",
            text=scanner.text,
            position=scanner.starts[at],
        )
    k = fig.end
    if k >= scanner.n:
        return
    tok = scanner.toks[k]
    if (
        tok in DASHES
        and scanner.glued(k)
        and scanner.glued(k + 1)
        and scanner.kinds[k + 1 : k + 2] == ["n"]
    ):
        shown = scanner.text[scanner.starts[k] : scanner.ends[k + 1]]
        raise ParseError(
            f"unexpected {shown!r} after the figure {covered(scanner, fig)!r}: a range"
            " whose ends pwstats cannot join",
            text=scanner.text,
            position=scanner.starts[k],
        )
    if scanner.role(k) in NUMBER_ROLES or (
        scanner.kinds[k] == "s" and (context.is_comparison_symbol(tok) or tok in "~_/")
    ):
        shown = scanner.text[scanner.starts[k] : scanner.ends[k]]
        raise ParseError(
            f"unexpected {shown!r} after the figure {covered(scanner, fig)!r}: it would"
            " change the number, and pwstats does not read it there",
            text=scanner.text,
            position=scanner.starts[k],
        )


#: "Most" and "the majority" say more than half (Hackl 2009): the share (1/2, 1].
_MAJORITY: Final = re.compile(
    r"""\s*["“']?(?P<w>most|(?:a|the)\s+(?:clear\s+|vast\s+|large\s+)?majority)"""
    r"(?:\s+of\b.*)?\s*",
    re.IGNORECASE | re.DOTALL,
)
#: "In the low thousands": a third of the decade a plural scale word names.
_BAND: Final = re.compile(
    r"\s*(?:in(?:to)?\s+the\s+(?:(?P<part>low|lower|mid|middle|high|upper)[\s-]+)?"
    r"|the\s+(?P<part2>low|lower|mid|middle|high|upper)[\s-]+)"
    r"(?P<scale>tens of thousands|hundreds of thousands|tens|hundreds|thousands|millions)\b.*",
    re.IGNORECASE | re.DOTALL,
)


_BAND_SCALE: Final = {
    "tens": 10,
    "hundreds": 100,
    "thousands": 1000,
    "millions": 10**6,
    "tens of thousands": 10**4,
    "hundreds of thousands": 10**5,
}


def _check_band_tail(text: str, words: str, lex: Lexicon, locale: Locale) -> None:
    """Refuse a hedge after a band ("in the low thousands or more"): its words were read
    as the band alone. ``words`` are the band's own, lower-cased, at the start of ``text``."""
    begin = len(text) - len(text.lstrip()) + len(words)
    rest = Scanner(text[begin:], lex, locale)
    at = 1 if rest.tok(0) == "," else 0
    found = lex.suffix_hedge(rest.toks, at) if rest.n > at else None
    if found is not None and found[0].shape not in ("around", "exact"):  # "or so" adds nothing
        raise ParseError(
            f"{text[begin:].strip()!r} after the band {text[:begin].strip()!r} would change"
            " its interval (from its low end, or from the vague word's?), and pwstats does"
            " not read a hedge after a band; give the bound as a number",
            text=text,
            position=begin + rest.starts[at],
        )


def proportion_or_band(text: str, reading: Reading, unit: str) -> Amount | None:
    """ "most", "the majority" → (1/2, 1]; "in the low thousands" → [1000, 3999].

    A band of a plural scale *m* ("in the thousands") is [m, 10m − 1]; its low, mid
    and high parts are its thirds by leading digit, 1–3, 4–6 and 7–9 ("in the low
    thousands" [1000, 3999], "in the high hundreds" [700, 999]). Every reading is the
    same: the words entail the interval and a careful reader takes nothing narrower.
    """
    if "he " not in text and "HE " not in text and "ost" not in text and "OST" not in text:
        return None  # neither "the ..." nor "most": the common case, without a regex
    m = _MAJORITY.fullmatch(text)
    if m is not None:
        iv = Interval.open_closed(Fraction(1, 2), 1)
        word = " ".join(m.group("w").lower().split())
        return Amount(iv, SHARE, text, word, Fraction(1, 2), reading, kind="lower")
    m = _BAND.fullmatch(text)
    if m is None:
        return None
    scale = _BAND_SCALE[" ".join(m.group("scale").lower().split())]
    part = m.group("part") or m.group("part2")
    if part is None:
        low, high = scale, 10 * scale - 1
    else:
        third = BAND_PART[part.lower()]
        low, high = (1 + 3 * third) * scale, (4 + 3 * third) * scale - 1
    words = text[: m.end("scale")].strip().lower()
    named = counted_unit(unit)  # a plural scale counts single things
    return Amount(Interval.closed(low, high), named, text, words, None, reading, kind="vague")


def _statement(text: str, reading: Reading, unit: str) -> Amount | None:
    """Read :attr:`pwstats.Figure.statement` forms prose cannot: signs, p/q, "?" and "best".

    A plain "230" or "200–250" is left to the prose reader (same meaning, plus the
    round-number halo of a bare number).
    """
    m = _STATEMENT.fullmatch(text)
    if m is None:
        return None
    for name in ("one", "lo", "hi", "best"):
        _check_slash(m.group(name), text, m.start(name))
    one, lo, hi, best = m.group("one", "lo", "hi", "best")
    if one is not None:
        if one[0] not in "+-" and "/" not in one:
            return None
        value = _exact_number(one, text, m.start("one"))
        return Amount(Interval.point(value), unit, text, None, value, reading, kind="exact")
    if "?" not in (lo, hi) and best is None and "/" not in text and "-" not in text:
        return None
    low = None if lo == "?" else _exact_number(lo, text, m.start("lo"))
    high = None if hi == "?" else _exact_number(hi, text, m.start("hi"))
    nominal = None if best is None else _exact_number(best, text, m.start("best"))
    if low is None and high is None:
        raise ParseError("a range needs at least one known end", text=text, position=0)
    iv = Interval(-math.inf if low is None else low, math.inf if high is None else high)
    if iv.is_empty:
        raise ParseError(f"low {lo} is above high {hi}", text=text, position=m.start("lo"))
    if nominal is not None and nominal not in iv:
        raise ParseError(
            f"best {best} is outside the range {iv}", text=text, position=m.start("best")
        )
    return Amount(iv, unit, text, None, nominal, reading, kind="range")


def _check_slash(token: str | None, text: str, position: int) -> None:
    """Refuse a ``p/q`` that is not a proper fraction with a denominator of at most 10.

    ``docs/lexicon.md`` ("Fractions of a scale"): "3/4" and "2/3" are read; any other
    ``p/q`` ("9/11", "24/7", "12/5") or one with a leading zero ("01/04") is a code.
    """
    if token is None or "/" not in token:
        return
    num, _, den = token.lstrip("+-").partition("/")
    if (
        num.isdigit()
        and den.isdigit()
        and num[:1] != "0"
        and den[:1] != "0"
        and 0 < int(num) < int(den) <= 10
    ):
        return  # "1.0/1" has a decimal mark: a code, refused below, never a crash
    raise ParseError(
        f"{token!r} is a code or a date, not a figure: a number with a slash is read"
        " when it is a proper fraction with a denominator of at most 10 and no leading"
        " zero ('3/4', '2/3'); write any other value as a decimal or in interval"
        " notation ('[2.4, 2.4]')",
        text=text,
        position=position,
    )


def _exact_number(token: str, text: str, position: int) -> Number:
    num, _, den = token.partition("/")
    value = Fraction(num)
    if den:
        if int(den) == 0:
            raise ParseError("zero denominator", text=text, position=position)
        value /= int(den)
    return norm(value)


def _is_notation(text: str, locale: Locale) -> bool:
    """True for interval notation; "(2,600)" is a number in brackets, not ``(2, 600)``."""
    stripped = text.strip()
    if stripped in ("empty", "∅"):
        return True
    if _NOTATION.fullmatch(text) is None:
        return False
    if stripped[0] == "(" and stripped[-1] == ")":
        return _ONE_NUMBER[locale].fullmatch(stripped[1:-1].strip()) is None
    return True


_ONE_NUMBER: Final[dict[Locale, re.Pattern[str]]] = {
    loc: re.compile(
        rf"(?:{well.pattern}|[0-9]{{1,3}}(?P<sep>[{SPACES}])[0-9]{{3}}(?:(?P=sep)[0-9]{{3}})*"
        rf"|[0-9]+)(?:{re.escape(DECIMAL[loc])}[0-9]+)?"
    )
    for loc, well in WELL_GROUPED.items()
}


#: What spreadsheets, R, pandas and databases write for "no data" (compared casefolded).
MISSING_MARKS: Final = frozenset(("na", "n/a", "n.a.", "#n/a", "nan", "null"))


def _nothing(scanner: Scanner, found: list[Figure | Skip]) -> ParseError:
    """The error for a text with no figure: say what was found instead."""
    text = scanner.text
    expected = "expected a figure such as '2,828', 'almost 2,600', 'hundreds' or '95%'"
    if scanner.n == 0:
        return ParseError(f"no figure in an empty text: {expected}", text=text, position=0)
    if found:
        skip = found[0]
        assert isinstance(skip, Skip)
        if skip.unread is not None and scanner.misgrouped(skip.start):
            return _misgrouped(scanner, skip.start)
        return ParseError(
            f"{covered(scanner, skip)!r} is {skip.why}, not a figure: {expected}",
            text=text,
            position=scanner.starts[skip.start],
        )
    if text.strip().casefold() in MISSING_MARKS:
        return ParseError(
            f"{expected}, not the missing-value mark {text.strip()!r} (a record that states no"
            " number is no figure: leave it out)",
            text=text,
            position=len(text) - len(text.lstrip()),
        )
    for i in range(scanner.n):
        if scanner.toks[i] in _OPENERS:
            continue
        hedged = scanner.lex.prefix_hedge(scanner.toks, i)
        if hedged is not None:
            k = hedged[1]
            pos = scanner.starts[k] if k < scanner.n else len(text)
            return ParseError(
                f"the hedge {phrase_text(scanner, i, k)!r} must be followed by a number",
                text=text,
                position=pos,
            )
        if scanner.kinds[i] == "n":
            j = i + 1
            if j < scanner.n and scanner.glued(j) and scanner.kinds[j] == "w":
                return ParseError(
                    f"letters {scanner.toks[j]!r} glued to the number {scanner.toks[i]!r}:"
                    " not a scale suffix (k, m, bn), percent or ordinal the lexicon knows",
                    text=text,
                    position=scanner.starts[j],
                )
            return ParseError(
                f"the number {scanner.toks[i]!r} is too long (over {MAX_DIGITS} digits)"
                " or part of a name",
                text=text,
                position=scanner.starts[i],
            )
        shown = text[scanner.starts[i] : scanner.ends[i]]
        none = ""
        if shown.casefold() in _NONE_WORDS:  # "no civilians were harmed"
            none = "; for none at all, write the number 0 or the word 'zero'"
        return ParseError(f"{expected}, not {shown!r}{none}", text=text, position=scanner.starts[i])
    return ParseError(f"no figure: {expected}", text=text, position=0)


def other_locale_number(text: str, *, locale: Locale = "en") -> str | None:
    """The number in one figure's words that reads a thousand times larger under the other
    locale, or None: "12.000" is 12 in English and 12,000 in German.

    One to three digits, the decimal mark and exactly three digits, not before a scale word
    (the rule :func:`extract` leaves such a count unread by). pwstats does not guess which
    a figure of whole things means: :func:`pwstats.model.words_problem` refuses it.

    >>> other_locale_number("about 12.000 people"), other_locale_number("1.500 million")
    ('12.000', None)
    >>> other_locale_number("2.5"), other_locale_number("12,000"), other_locale_number("1234.000")
    (None, None, None)
    """
    scanner = Scanner(text, Lexicon.default(), locale)
    return three_decimals(scanner, 0, scanner.n)


#: Words that say "none" but are no figure pwstats reads ("no" also starts "no more than").
_NONE_WORDS: Final = frozenset(("no", "none", "nobody", "nil"))


def _misgrouped(scanner: Scanner, i: int) -> ParseError:
    """The error for a number token ``i`` whose digits are grouped in no way pwstats reads."""
    raw, mark = scanner.toks[i], scanner.gmark
    locale, other = ("en", "eu") if mark == "," else ("eu", "en")
    hint = ""
    if raw.count(mark) == 1 and scanner.dec not in raw:
        hint = f"; pass locale={other!r} if {mark!r} marks decimals"
    at = raw.find(mark)
    if at < 0:  # "4.200.000" in English: grouped as the other locale groups
        hint = f"; pass locale={other!r} if {scanner.dec!r} groups digits"
        at = raw.index(scanner.dec)
    indian = " (or, in English, the Indian way: 2,60,000)" if locale == "en" else ""
    return ParseError(
        f"{raw!r} is not a number under locale {locale!r}, where {mark!r} groups digits in"
        f" threes{indian}: pwstats does not guess what a misgrouped number means{hint}",
        text=scanner.text,
        position=scanner.starts[i] + at,
    )


#: "between" right before a figure, and "and" or "to" (or a dash) between it and the
#: next: the two are the ends of one range. ("from ... to" is not: "rose from about 300
#: to 400" is a change, two figures of two times.)
RANGE_OPENER: Final = re.compile(r"\bbetween[^\S\n]+$", re.IGNORECASE)
