"""Hedge words, vague quantities and number words as data, each with its source.

The lexicon is one table, :data:`DEFAULT_ENTRIES`: a tuple of frozen entries.
:func:`pwstats.parse` consults it and holds no word of its own, so a user can
pass a :class:`Lexicon` with other words or other tolerances. Three kinds of
entry exist:

- :class:`Hedge` — a word that bounds or blurs a number ("almost", "more than",
  "or more"), with the *shape* of what it says and its tolerances;
- :class:`Vague` — a quantity without a number ("hundreds"), with its interval
  and the point code conflict-data coders give it;
- :class:`Word` — number words, scale words and suffixes, plural scale words,
  fractions, percent words, time units and ordinal suffixes.

How a hedge's shape and tolerances become an interval is :func:`hedge_interval`;
how precise a written number is, :func:`granularity`; the halo of a bare round
number, :func:`halo`; a vague quantity counted in units of a scale word ("several
dozen"), :meth:`Vague.in_units`. ``docs/lexicon.md`` is generated from this table by
``python tools/gen_lexicon_doc.py``, which owns the page's layout (the package does
not import the parser here, so lexicon and parse never import each other).

>>> lex = Lexicon.default()
>>> lex.prefix_hedge(("almost", "2,600"), 0)
(Hedge(phrase='almost', shape='below', tolerance=Fraction(1, 20), ...), 1)
>>> str(hedge_interval(lex.hedges["more than"], 230, 10, "pragmatic", lexicon=lex))
'(230, 253]'
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from fractions import Fraction
from typing import Final, Literal, TypeAlias, get_args

import attrs

from pwstats.interval import Interval, Number
from pwstats.report import Reading

__all__ = [
    "DEFAULT_ENTRIES",
    "Entry",
    "Hedge",
    "Lexicon",
    "Shape",
    "Vague",
    "Word",
    "WordRole",
    "granularity",
    "halo",
    "hedge_interval",
    "is_round",
    "tolerance",
]

#: What a hedge says about the number it modifies. ``exact``: that number;
#: ``around``: near it on either side; ``below``: less than it; ``at_most``: it
#: or less; ``above``: more than it; ``at_least``: it or more.
Shape: TypeAlias = Literal["exact", "around", "below", "at_most", "above", "at_least"]
SHAPES: Final[tuple[Shape, ...]] = get_args(Shape)
#: Where a hedge stands: before the number ("more than 230") or after it ("230 or more").
Position: TypeAlias = Literal["before", "after"]
#: What a :class:`Word` is: a number word ("fifty"), an article read as one before a
#: scale ("a thousand"), a scale word ("thousand", "dozen"), a plural scale word that
#: counts a vague quantity in its unit ("several hundreds", "dozens of thousands"), a
#: suffix glued to digits ("1.2k"), a fraction ("third"), a percent word ("per cent"), a
#: unit ("years") or an ordinal suffix ("49th").
WordRole: TypeAlias = Literal[
    "number", "article", "scale", "plural", "suffix", "fraction", "percent", "unit", "ordinal"
]
WORD_ROLES: Final[tuple[WordRole, ...]] = get_args(WordRole)

# -- citations ---------------------------------------------------------------------------

FERSON: Final = (
    "Ferson, O'Rawe, Antonenko, Siegrist, Mickley, Luhmann, Sentz & Finkel (2015),"
    " 'Natural language of uncertainty: numeric hedge words', International Journal of"
    " Approximate Reasoning 57: 19-39"
)
KRIFKA: Final = (
    "Krifka (2007), 'Approximate interpretation of number words: a case for strategic"
    " communication'; Krifka (2009), 'Approximate interpretations of number words', in"
    " Theory and Evidence in Semantics"
)
WILLIAMS_POWER: Final = (
    "Williams & Power (2009), 'Precision and mathematical form in first and subsequent"
    " mentions of numerical facts', ENLG 2009"
)
JANSEN_POLLMANN: Final = (
    "Jansen & Pollmann (2001), 'On round numbers: pragmatic aspects of numerical"
    " expressions', Journal of Quantitative Linguistics 8(3): 187-201"
)
CUMMINS: Final = (
    "Cummins, Sauerland & Solt (2012), 'Granularity and scalar implicature in numerical"
    " expressions', Linguistics and Philosophy 35: 135-169"
)
ACLED: Final = (
    "ACLED, 'Uses and limitations of ACLED data: Fatalities' (FAQ, last updated 7 May 2024;"
    " the ACLED Codebook's 'Reported fatalities' section): a vague estimate is coded as its"
    " most conservative number, 'tens' as 10, 'dozens' as 12, 'hundreds' as 100 and so on;"
    " the page gives no number for 'several'"
)
NOUWEN: Final = (
    "Nouwen (2010), 'Two kinds of modified numerals', Semantics and Pragmatics 3(3): 1-41"
    " (comparative 'more/fewer than' and superlative 'at least/at most/up to' modifiers)"
)
SNACS: Final = (
    "Schneider et al. (2018), 'Comprehensive supersense disambiguation of English"
    " prepositions and possessives', ACL 2018 (SNACS supersenses Approximator and"
    " ComparisonRef: 'about', 'around', 'in the vicinity of', 'on the order of')"
)
SAUERLAND_STATEVA: Final = (
    "Sauerland & Stateva (2007), 'Scalar vs. epistemic vagueness: evidence from"
    " approximators', SALT 17 ('close to', 'about' entail nearness, not a side)"
)
LEARNERS: Final = (
    "Merriam-Webster's Learner's Dictionary, 'count' ('and counting: with more to come')"
)
ODD: Final = (
    "Merriam-Webster Dictionary, 'odd' (adjective): 'somewhat more than the indicated"
    " approximate quantity, extent, or degree', usually in combination ('300-odd pages')"
)
#: Markers after a number that are approximate in themselves ("300-odd" is somewhat more
#: than 300): an approximator before the number adds nothing ("some 300-odd" is "300-odd").
APPROXIMATE_AFTER: Final = frozenset({"odd", "-odd"})
CONVENTION: Final = "pwstats convention (no published coding rule; chosen to be conservative)"
ARITHMETIC: Final = "definition (what the word means in arithmetic)"

_PHRASE: Final = re.compile(r"[^\s]+(?: [^\s]+)*")


def _phrase(instance: object, attribute: attrs.Attribute[str], value: object) -> None:
    if not isinstance(value, str):
        raise TypeError(f"{type(instance).__name__}.{attribute.name} must be str, not {value!r}")
    if not value or value != value.lower() or _PHRASE.fullmatch(value) is None:
        raise ValueError(
            f"{type(instance).__name__}.{attribute.name} must be non-empty lower-case words"
            f" separated by single spaces, not {value!r}"
        )


def _fraction(value: object) -> Fraction:
    if isinstance(value, bool) or not isinstance(value, (int, Fraction)):
        raise TypeError(f"a tolerance is an int or Fraction, not {value!r}")
    return Fraction(value)


def _optional_fraction(value: object) -> Fraction | None:
    return None if value is None else _fraction(value)


def _number(value: object) -> Number:
    if isinstance(value, bool) or not isinstance(value, (int, Fraction)):
        raise TypeError(f"a lexicon number is an int or Fraction, not {value!r}")
    if isinstance(value, Fraction) and value.denominator == 1:
        return value.numerator
    return value


def _optional_number(value: object) -> Number | None:
    return None if value is None else _number(value)


@attrs.frozen
class Hedge:
    """A word that bounds or blurs the number it stands beside.

    ``shape`` says what the words entail (the literal reading); ``tolerance``
    is the typical distance, as a share of the number, that a reader allows
    beyond what is entailed (the pragmatic reading); ``widest`` is, for an
    ``around`` hedge, the widest such share the lexicon documents, which is
    its literal reading (an approximator entails no sharp bound). ``position``
    is ``"after"`` for "230 or more". ``granular`` marks a comparative
    quantifier ("more than", "fewer than", "at least", "up to") whose pragmatic
    bound follows the number's granularity (Cummins, Sauerland & Solt: "more
    than 200" leaves room up to 250), so its half-unit floor is not capped;
    a proximity hedge ("almost", "about") keeps close to its number. See
    :func:`tolerance` and :func:`hedge_interval`.

    >>> Hedge("about", "around", tolerance=Fraction(1, 10), widest=Fraction(1, 4),
    ...       source="example").shape
    'around'
    >>> Hedge("about", "around", tolerance=Fraction(1, 10), source="example")
    Traceback (most recent call last):
    ...
    ValueError: hedge 'about': an 'around' hedge needs widest >= tolerance, got None
    """

    phrase: str = attrs.field(validator=_phrase)
    shape: Shape
    tolerance: Fraction = attrs.field(default=Fraction(0), converter=_fraction, kw_only=True)
    widest: Fraction | None = attrs.field(default=None, converter=_optional_fraction, kw_only=True)
    position: Position = attrs.field(default="before", kw_only=True)
    granular: bool = attrs.field(default=False, kw_only=True)
    source: str = attrs.field(default="", kw_only=True)

    def __attrs_post_init__(self) -> None:
        where = f"hedge {self.phrase!r}"
        if self.shape not in SHAPES:
            raise ValueError(f"{where}: shape must be one of {SHAPES}, not {self.shape!r}")
        if self.position not in ("before", "after"):
            raise ValueError(f"{where}: position must be 'before' or 'after'")
        if self.tolerance < 0 or self.tolerance > 1:
            raise ValueError(f"{where}: tolerance must be in [0, 1], got {self.tolerance}")
        if self.shape == "exact" and self.tolerance != 0:
            raise ValueError(f"{where}: an 'exact' hedge has tolerance 0")
        if self.shape == "around" and (self.widest is None or self.widest < self.tolerance):
            raise ValueError(
                f"{where}: an 'around' hedge needs widest >= tolerance, got {self.widest}"
            )
        if self.shape != "around" and self.widest is not None:
            raise ValueError(f"{where}: only an 'around' hedge has a widest tolerance")


@attrs.frozen
class Vague:
    """A quantity said without a number ("hundreds"), read as ``[low, high]``.

    The interval is the same under every reading: a vague word entails its
    range and a careful reader takes nothing narrower. ``code`` is the point
    value conflict-data coders record for it (ACLED codes "hundreds" as 100,
    below the range: a code is a conservative count, not a best guess).

    >>> Vague("hundreds", low=200, high=999, code=100, source="example").interval
    Interval.parse('[200, 999]')
    """

    phrase: str = attrs.field(validator=_phrase)
    low: Number = attrs.field(converter=_number, kw_only=True)
    high: Number = attrs.field(converter=_number, kw_only=True)
    code: Number = attrs.field(converter=_number, kw_only=True)
    source: str = attrs.field(default="", kw_only=True)

    def __attrs_post_init__(self) -> None:
        if not 0 <= self.low <= self.high:
            raise ValueError(
                f"vague quantity {self.phrase!r}: need 0 <= low <= high, got"
                f" [{self.low}, {self.high}]"
            )

    @property
    def interval(self) -> Interval:
        """``[low, high]``."""
        return Interval.closed(self.low, self.high)

    def in_units(self, multiplier: int, *, phrase: str) -> Vague:
        """This quantity counted in units of ``multiplier``: "several" in dozens, "several dozen".

        A whole number is "several dozen" when the number of whole dozens in it
        is "several": with "several" at [3, 9], every count from 3 dozen to 9
        dozen and 11, ``[36, 119]``. In numbers, ``[low × m, (high + 1) × m − 1]``.
        The default table's "tens", "dozens", "scores", "hundreds", "thousands"
        and "millions" are 2 to 9 units by this rule ("hundreds" is [200, 999],
        "dozens" [24, 119]), so "several hundred" lies inside "hundreds" and "a few
        dozen" and "several dozen" inside "dozens"; ACLED's "tens of thousands" (``[20000,
        99999]``) and "hundreds of thousands" are "tens" and "hundreds" counted in
        thousands. The code is the count's conservative end, ``low × m``
        ("several dozen" 36, "several hundred" 300), as a code is a conservative
        count, not a best guess: ``code × m`` would code "several hundred" 1000,
        the top of its interval. A phrase the table cites a row for ("tens of
        thousands", ACLED's 10,000) is read from that row, not by this rule.

        >>> several = Vague("several", low=3, high=9, code=3, source="example")
        >>> several.in_units(12, phrase="several dozen")
        Vague(phrase='several dozen', low=36, high=119, code=36, source='example')
        """
        if isinstance(multiplier, bool) or not isinstance(multiplier, int) or multiplier < 1:
            raise ValueError(
                f"vague quantity {self.phrase!r}: a unit to count it in is a whole number"
                f" of at least 1, not {multiplier!r}"
            )
        return Vague(
            phrase,
            low=self.low * multiplier,
            high=(self.high + 1) * multiplier - 1,
            code=self.low * multiplier,
            source=self.source,
        )


@attrs.frozen
class Word:
    """A number word, scale, plural scale, suffix, fraction, percent word, unit or ordinal.

    ``value`` is the number a ``number``/``article`` word stands for, the
    multiplier of a ``scale``/``plural``/``suffix``/``percent`` word (a
    ``plural`` one, "thousands", only counts a vague quantity in its unit:
    "dozens of thousands", see :meth:`Vague.in_units`), or the size of a
    ``fraction`` ("third" is 1/3); ``unit`` is the unit name a ``unit`` word
    gives ("years" gives "year"). A ``fraction`` with ``standalone=True`` needs
    no count before it ("half"; but "a third", not "third").

    >>> Word("dozen", "scale", value=12, source="example").value
    12
    """

    phrase: str = attrs.field(validator=_phrase)
    role: WordRole
    value: Number | None = attrs.field(default=None, converter=_optional_number, kw_only=True)
    unit: str | None = attrs.field(default=None, kw_only=True)
    standalone: bool = attrs.field(default=False, kw_only=True)
    source: str = attrs.field(default="", kw_only=True)

    def __attrs_post_init__(self) -> None:
        where = f"word {self.phrase!r}"
        if self.role not in WORD_ROLES:
            raise ValueError(f"{where}: role must be one of {WORD_ROLES}, not {self.role!r}")
        needs_value = self.role not in ("unit", "ordinal")
        if needs_value and (self.value is None or self.value < 0):
            raise ValueError(f"{where}: a {self.role} word needs a non-negative value")
        if self.role == "unit" and not self.unit:
            raise ValueError(f"{where}: a unit word needs the unit name it gives")


#: One row of the lexicon.
Entry: TypeAlias = Hedge | Vague | Word


_F = Fraction
_TEN: Final = _F(1, 10)
_QUARTER: Final = _F(1, 4)


#: Intensifiers that make a comparative hug its number ("just over", "slightly under")
#: or leave room ("well over", "far fewer than"). Each one combines with every
#: comparative of :data:`_ABOVE` and :data:`_BELOW`, so the family is complete by
#: construction rather than phrase by phrase.
_SMALL_GAP: Final[tuple[str, ...]] = (
    "just",
    "slightly",
    "a little",
    "a bit",
    "marginally",
    "a shade",
    "fractionally",
    "somewhat",
)
_WIDE_GAP: Final = ("well", "far", "much", "way", "considerably", "significantly")
_WIDE_GAP_MORE: Final = (*_WIDE_GAP, "substantially", "many")
#: Comparatives that say "more than n" (Nouwen's class A) and "less than n".
_ABOVE: Final = ("more than", "over", "above", "greater than", "higher than", "larger than")
_ABOVE_ALSO: Final[tuple[str, ...]] = (
    "in excess of",
    "north of",
    "upwards of",
    "upward of",
    "beyond",
    "exceeding",
    "topping",
    "surpassing",
    ">",
    "bigger than",
)
_BELOW: Final = ("less than", "fewer than", "under", "below", "lower than", "south of")
_BELOW_ALSO: Final = ("smaller than", "<")
#: Phrases for "near n" that entail no side (SNACS Approximator; Sauerland & Stateva).
_AROUND: Final = ("about", "around", "approximately", "approx", "approx.", "appr.", "roughly")
_AROUND_ALSO: Final = ("some", "circa", "ca", "ca.", "c.", "~", "∼", "≈", "an estimated")
_AROUND_MORE: Final[tuple[str, ...]] = (
    "estimated",
    "est",
    "est.",
    "an est.",
    "an est",
    "more or less",
    "in the region of",
    "something like",
    "something in the region of",
    "on the order of",
    "in the order of",
    "of the order of",
    "somewhere around",
    "in the neighbourhood of",
    "in the neighborhood of",
    "in the vicinity of",
    "around about",
    "round about",
    "an approximate",
    "approximate",
    "a rough",
    "somewhere in the region of",
    "roughly around",
    "roughly about",
)
#: Markers after a number that say it is an estimate ("8,000 (est.)", "300 or so").
_AROUND_AFTER: Final[tuple[str, ...]] = (
    "or so",
    "or thereabouts",
    "give or take",
    "ish",
    "-ish",
    "(est.)",
    "(est)",
    "(estimate)",
    "(estimated)",
    "(approx.)",
    "(approx)",
    "(approximately)",
    "(about)",
    "(circa)",
    "(ca.)",
    "(c.)",
    "(roughly)",
    "(estimates)",
    "est.",
    "approx.",
    "(approximate)",
    "more or less",
    "or about",
    "or around",
    "(more or less)",
)
#: "Close to n" is nearness without a side ("31 is close to 30"), closer than "about".
_CLOSE: Final = ("close to", "something close to", "somewhere close to", "near")
#: Proximity from below: "almost n" entails less than n (polar approximators).
_ALMOST: Final[tuple[str, ...]] = (
    "almost",
    "nearly",
    "not quite",
    "close on",
    "approaching",
    "nearing",
    "nigh on",
    "nigh",
    "getting on for",
    "the best part of",
    "shy of",
    "short of",
    "very nearly",
    "just about",
)


def _approximators() -> list[Hedge]:
    words = _AROUND + _AROUND_ALSO + _AROUND_MORE
    found = [Hedge(w, "around", tolerance=_TEN, widest=_QUARTER, source=SNACS) for w in words]
    found += [
        Hedge(w, "around", tolerance=_F(1, 20), widest=_TEN, source=SAUERLAND_STATEVA)
        for w in _CLOSE
    ]
    found += [
        Hedge(w, "around", tolerance=_TEN, widest=_QUARTER, position="after", source=FERSON)
        for w in _AROUND_AFTER
    ]
    return found


def _one_sided() -> list[Hedge]:
    above = _ABOVE + _ABOVE_ALSO
    below = _BELOW + _BELOW_ALSO
    rows: list[Hedge] = []

    def add(
        words: Iterable[str], shape: Shape, tol: Fraction, src: str, granular: bool = False
    ) -> None:
        seen = {h.phrase for h in rows}
        rows.extend(
            Hedge(w, shape, tolerance=tol, granular=granular, source=src)
            for w in words
            if w not in seen
        )

    add(_ALMOST, "below", _F(1, 20), FERSON)
    near_side = ("over", "above", "more than", "north of", "greater than", "higher than")
    add((f"{i} {c}" for i in _SMALL_GAP for c in near_side), "above", _F(1, 50), FERSON)
    add(
        (f"{i} {c}" for i in _SMALL_GAP for c in (*_BELOW, "short of", "shy of")),
        "below",
        _F(1, 50),
        FERSON,
    )
    add((f"{i} {c}" for i in _WIDE_GAP_MORE for c in _ABOVE), "above", _QUARTER, CUMMINS)
    add(("well in excess of", "far in excess of", "well north of"), "above", _QUARTER, CUMMINS)
    add((f"{i} {c}" for i in _WIDE_GAP for c in _BELOW), "below", _QUARTER, CUMMINS)
    add(("many fewer than", "well short of", "far short of"), "below", _QUARTER, CUMMINS)
    add(below, "below", _TEN, NOUWEN, True)
    add(above, "above", _TEN, NOUWEN, True)
    at_most: tuple[str, ...] = (
        "at most",
        "no more than",
        "not more than",
        "up to",
        "as many as",
        "as much as",
        "as high as",
        "a maximum of",
        "maximum",
        "max",
        "max.",
        "no greater than",
        "not exceeding",
        "no higher than",
        "at the most",
        "at the very most",
        "≤",
        "<=",
        "=<",
        "⩽",
        "no larger than",
        "not over",
        "up to and including",
    )
    add(at_most, "at_most", _TEN, NOUWEN, True)
    at_least: tuple[str, ...] = (
        "at least",
        "no fewer than",
        "no less than",
        "not less than",
        "not fewer than",
        "a minimum of",
        "minimum",
        "min.",
        "as few as",
        "as low as",
        "as little as",
        "at the very least",
        "≥",
        ">=",
        "=>",
        "⩾",
        "not under",
    )
    add(at_least, "at_least", _TEN, NOUWEN, True)
    after: tuple[tuple[tuple[str, ...], Shape], ...] = (
        (
            (
                *("or more", "and more", "or above", "and above", "or over", "plus", "-plus"),
                *("+", "or higher", "and up", "and upwards", "or greater", "at least"),
                *("at a minimum", "minimum", "(at least)", "(minimum)", "and over", "or upwards"),
                *("possibly more", "perhaps more", "maybe more", "if not more", "or even more"),
                *("and possibly more", "and perhaps more", "or possibly more", "probably more"),
                *("likely more", "and likely more", "or perhaps more"),
                # the standard named by a pronoun: "hundreds or more than that"
                *("or more than that", "or even more than that", "and more than that"),
                *("if not more than that", "possibly more than that", "perhaps more than that"),
            ),
            "at_least",
        ),
        (
            (
                *("or fewer", "or less", "and fewer", "and less", "or under", "and under"),
                *("or below", "and below", "at most", "at the most", "maximum", "max", "tops"),
                *("(max)", "(maximum)", "(at most)", "or lower", "possibly fewer"),
                *("perhaps fewer", "if not fewer", "if not less", "possibly less", "or even fewer"),
                *("or fewer than that", "or less than that", "if not fewer than that"),
            ),
            "at_most",
        ),
    )
    rows += [
        Hedge(w, shape, tolerance=_TEN, position="after", granular=True, source=NOUWEN)
        for words, shape in after
        for w in words
    ]
    # "300-odd", "300 odd": somewhat more than 300, read as "more than 300" is.
    rows += [
        Hedge(w, "above", tolerance=_TEN, position="after", granular=True, source=ODD)
        for w in ("odd", "-odd")
    ]
    # "300 and counting", "300 and rising": the count so far, with more to come.
    rows += [
        Hedge(
            words,
            "at_least",
            tolerance=_TEN,
            position="after",
            granular=True,
            source=LEARNERS,
        )
        for words in ("and counting", "and rising", "and climbing")
    ]
    return rows


def _exact() -> list[Hedge]:
    before: tuple[str, ...] = (
        "exactly",
        "precisely",
        "just",
        "only",
        "a total of",
        "in total",
        "totalling",
        "totaling",
        "a mere",
        "merely",
        "=",
        "exactly equal to",
    )
    rows = [Hedge(w, "exact", source=FERSON) for w in before]
    after = ("exactly", "in total", "in all", "precisely", "(exact)", "(exactly)")
    rows += [Hedge(w, "exact", position="after", source=FERSON) for w in after]
    return rows


def _vague() -> list[Vague]:
    def v(phrase: str, low: int, high: int, code: int, source: str) -> Vague:
        return Vague(phrase, low=low, high=high, code=code, source=source)

    return [
        v("a couple", 2, 3, 2, CONVENTION),
        v("a couple of", 2, 3, 2, CONVENTION),
        v("a few", 2, 9, 3, CONVENTION),
        v("a handful", 2, 9, 5, CONVENTION),
        # ACLED's page names no code for "several" (an older reading of its codebook coded
        # it 10, above every count "several" admits); its rule, the most conservative
        # number, is the interval's low end.
        v("several", 3, 9, 3, CONVENTION),
        v("tens", 20, 99, 10, ACLED),
        v("dozens", 24, 119, 12, ACLED),
        v("scores", 40, 199, 40, CONVENTION),
        v("hundreds", 200, 999, 100, ACLED),
        v("thousands", 2_000, 9_999, 1_000, ACLED),
        # "several hundred", "a few dozen", "dozens of thousands": a vague word counted
        # in units of scale words (Vague.in_units), not rows of their own.
        v("tens of thousands", 20_000, 99_999, 10_000, ACLED),
        v("hundreds of thousands", 200_000, 999_999, 100_000, ACLED),
        v("millions", 2_000_000, 9_999_999, 1_000_000, ACLED),
        v("billions", 2_000_000_000, 9_999_999_999, 1_000_000_000, CONVENTION),
    ]


#: Fractions written as one character ("½", "¾"): each is its value, alone or after a
#: whole number ("1 ½ million", "1½ million").
_VULGAR: Final[dict[str, tuple[int, int]]] = {
    "½": (1, 2),
    "⅓": (1, 3),
    "⅔": (2, 3),
    "¼": (1, 4),
    "¾": (3, 4),
    "⅕": (1, 5),
    "⅖": (2, 5),
    "⅗": (3, 5),
    "⅘": (4, 5),
    "⅙": (1, 6),
    "⅚": (5, 6),
    "⅛": (1, 8),
    "⅜": (3, 8),
    "⅝": (5, 8),
    "⅞": (7, 8),
}


def _words() -> list[Word]:
    names = [
        "zero",
        "one",
        "two",
        "three",
        "four",
        "five",
        "six",
        "seven",
        "eight",
        "nine",
        "ten",
        "eleven",
        "twelve",
        "thirteen",
        "fourteen",
        "fifteen",
        "sixteen",
        "seventeen",
        "eighteen",
        "nineteen",
    ]
    rows = [Word(w, "number", value=i, source=ARITHMETIC) for i, w in enumerate(names)]
    tens = ["twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"]
    rows += [Word(w, "number", value=20 + 10 * i, source=ARITHMETIC) for i, w in enumerate(tens)]
    rows += [Word(w, "article", value=1, source=ARITHMETIC) for w in ("a", "an")]
    for w, value in (
        ("dozen", 12),
        ("score", 20),
        ("hundred", 100),
        ("thousand", 1000),
        ("million", 10**6),
        ("billion", 10**9),
        ("trillion", 10**12),
    ):
        rows.append(Word(w, "scale", value=value, source=ARITHMETIC))
    for w, value in (
        ("tens", 10),
        ("dozens", 12),
        ("scores", 20),
        ("hundreds", 100),
        ("thousands", 1000),
        ("millions", 10**6),
        ("billions", 10**9),
    ):
        rows.append(Word(w, "plural", value=value, source=ARITHMETIC))
    for w, value in (
        ("k", 1000),
        ("m", 10**6),
        ("mn", 10**6),
        ("mln", 10**6),
        ("bn", 10**9),
        ("b", 10**9),
        ("tn", 10**12),
        ("bln", 10**9),
        ("bil", 10**9),
        ("trn", 10**12),
        ("mio", 10**6),
        ("mil", 10**6),
    ):
        rows.append(Word(w, "suffix", value=value, source=ARITHMETIC))
    for w, value in (("lakh", 10**5), ("crore", 10**7)):  # Indian English scales
        rows.append(Word(w, "scale", value=value, source=ARITHMETIC))
        rows.append(Word(w + "s", "plural", value=value, source=ARITHMETIC))
    for w, frac, alone in (
        ("half", _F(1, 2), True),
        ("halves", _F(1, 2), False),
        ("third", _F(1, 3), False),
        ("thirds", _F(1, 3), False),
        ("quarter", _F(1, 4), False),
        ("quarters", _F(1, 4), False),
        ("fifth", _F(1, 5), False),
        ("fifths", _F(1, 5), False),
        ("tenth", _F(1, 10), False),
        ("tenths", _F(1, 10), False),
        ("fourth", _F(1, 4), False),
        ("fourths", _F(1, 4), False),
        ("sixth", _F(1, 6), False),
        ("sixths", _F(1, 6), False),
        ("eighth", _F(1, 8), False),
        ("eighths", _F(1, 8), False),
        *((c, _F(n, d), True) for c, (n, d) in _VULGAR.items()),
    ):
        rows.append(Word(w, "fraction", value=frac, standalone=alone, source=ARITHMETIC))
    for w in ("%", "per cent", "percent", "pct", "per centum", "pc", "p.c."):
        rows.append(Word(w, "percent", value=_F(1, 100), source=ARITHMETIC))
    for unit in ("second", "minute", "hour", "day", "week", "month", "year"):
        rows += [Word(w, "unit", unit=unit, source=ARITHMETIC) for w in (unit, unit + "s")]
    # Their abbreviations in English prose ("2 hrs", "3 yrs"; Chicago Manual of Style,
    # ch. 10, "Abbreviations", units of time); "min" and "h" are left out: "min." is a
    # hedge (minimum) and "h" too short to be sure of.
    for unit, short in (
        ("second", ("sec", "secs")),
        ("minute", ("mins",)),
        ("hour", ("hr", "hrs")),
        ("week", ("wk", "wks")),
        ("month", ("mth", "mths")),
        ("year", ("yr", "yrs")),
    ):
        rows += [Word(w, "unit", unit=unit, source=ARITHMETIC) for w in short]
    rows += [Word(w, "ordinal", source=ARITHMETIC) for w in ("st", "nd", "rd", "th")]
    return rows


#: The default lexicon: every hedge, vague quantity and number word pwstats reads.
DEFAULT_ENTRIES: Final[tuple[Entry, ...]] = (
    *_exact(),
    *_approximators(),
    *_one_sided(),
    *_vague(),
    *_words(),
)

# -- tokens ---------------------------------------------------------------------------------

#: How phrases are cut into tokens: runs of letters, runs of digits, single symbols.
_PHRASE_TOKEN: Final = re.compile(r"[^\W\d_]+|\d+|\S")


def phrase_tokens(phrase: str) -> tuple[str, ...]:
    """The tokens the parser sees for ``phrase``: letters, digits and single symbols.

    >>> phrase_tokens("c."), phrase_tokens("more than")
    (('c', '.'), ('more', 'than'))
    """
    return tuple(_PHRASE_TOKEN.findall(phrase))


def _entries(value: Iterable[Entry]) -> tuple[Entry, ...]:
    return tuple(value)


class _Node:
    """A node of a phrase trie: the entry whose phrase ends here, and the tokens that go on."""

    __slots__ = ("entry", "next")

    def __init__(self) -> None:
        self.entry: Entry | None = None
        self.next: dict[str, _Node] = {}


#: Phrases as a trie keyed by their first token: a longest match costs one dict lookup a token.
_Table: TypeAlias = dict[str, _Node]


def _longest_word(table: _Table) -> int:
    """The length of the longest word of any phrase of a trie (0 for none)."""
    longest, tables = 0, [table]
    while tables:
        for word, node in tables.pop().items():
            longest = max(longest, len(word))
            tables.append(node.next)
    return longest


def _index(entries: Iterable[tuple[tuple[str, ...], Entry]]) -> _Table:
    """A trie of the phrases, for greedy longest-match lookup."""
    root = _Node()
    for tokens, entry in entries:
        node = root
        for t in tokens:
            node = node.next.setdefault(t, _Node())
        node.entry = entry
    return root.next


@attrs.frozen
class Lexicon:
    """The words :func:`pwstats.parse` reads, and the rules that turn them into intervals.

    ``entries`` is the table (:data:`DEFAULT_ENTRIES` by default). The three
    numeric rules are documented with :func:`tolerance` and :func:`halo`:
    ``cap_units`` (a pragmatic tolerance never exceeds this many granularity
    units of the number: a precise figure gets a narrow tolerance),
    ``floor_cap`` (the half-unit floor of a proximity hedge's tolerance is at
    most this share of the number, so "almost 1,000" is not read as
    [500, 1000); keep it below every approximator's ``widest`` so a literal
    reading stays wider than the pragmatic one), ``halo_min`` (bare numbers
    below it are never read with a rounding halo), ``halo_cap`` (the halo
    is at most this share of the number) and ``round_digits`` (a bare number
    with more significant digits than this is precise, not round, and has no
    halo: "1,490" reads exactly). A phrase may appear once per kind
    of entry (a before-hedge, an after-hedge, a vague quantity, a word).

    >>> mine = Lexicon.default().with_entries(
    ...     Hedge("give or take", "around", tolerance=Fraction(1, 20),
    ...           widest=Fraction(1, 5), position="after", source="house style"))
    >>> mine.suffix_hedge(("230", "give", "or", "take"), 1)[0].phrase
    'give or take'
    """

    entries: tuple[Entry, ...] = attrs.field(default=DEFAULT_ENTRIES, converter=_entries)
    cap_units: int = attrs.field(default=3, kw_only=True)
    floor_cap: Fraction = attrs.field(default=_F(1, 20), converter=_fraction, kw_only=True)
    halo_min: Number = attrs.field(default=100, converter=_number, kw_only=True)
    halo_cap: Fraction = attrs.field(default=_TEN, converter=_fraction, kw_only=True)
    round_digits: int = attrs.field(default=2, kw_only=True)
    _before: _Table = attrs.field(init=False, eq=False, repr=False, hash=False)
    _after: _Table = attrs.field(init=False, eq=False, repr=False, hash=False)
    _vague: _Table = attrs.field(init=False, eq=False, repr=False, hash=False)
    _words: _Table = attrs.field(init=False, eq=False, repr=False, hash=False)
    _single: dict[str, Word] = attrs.field(init=False, eq=False, repr=False, hash=False)
    _hedges: dict[str, Hedge] = attrs.field(init=False, eq=False, repr=False, hash=False)
    _starters: frozenset[str] = attrs.field(init=False, eq=False, repr=False, hash=False)
    _joined: dict[str, str] = attrs.field(init=False, eq=False, repr=False, hash=False)
    _verbs: dict[str, str] = attrs.field(init=False, eq=False, repr=False, hash=False)
    _first_slips: dict[bool, dict[str, tuple[str, ...]]] = attrs.field(
        init=False, eq=False, repr=False, hash=False
    )
    #: The longest word a slip of a hedge's word may be: one letter past the longest.
    _longest_slip: int = attrs.field(init=False, eq=False, repr=False, hash=False)

    def __attrs_post_init__(self) -> None:
        if isinstance(self.cap_units, bool) or not isinstance(self.cap_units, int):
            raise TypeError(f"cap_units must be an int, not {self.cap_units!r}")
        if (
            isinstance(self.round_digits, bool)
            or not isinstance(self.round_digits, int)
            or self.round_digits < 1
        ):
            raise ValueError(
                f"round_digits must be an int of at least 1, not {self.round_digits!r}"
            )
        if (
            self.cap_units < 1
            or self.halo_min < 0
            or not 0 <= self.halo_cap <= 1
            or not 0 <= self.floor_cap <= 1
        ):
            raise ValueError(
                "need cap_units >= 1, halo_min >= 0, 0 <= halo_cap <= 1 and"
                f" 0 <= floor_cap <= 1, got {self.cap_units}, {self.halo_min},"
                f" {self.halo_cap}, {self.floor_cap}"
            )
        kinds: dict[str, list[tuple[tuple[str, ...], Entry]]] = {
            "before": [],
            "after": [],
            "vague": [],
            "word": [],
        }
        seen: dict[tuple[str, str], Entry] = {}
        for entry in self.entries:
            if not isinstance(entry, (Hedge, Vague, Word)):
                raise TypeError(f"a lexicon entry is a Hedge, Vague or Word, not {entry!r}")
            kind = (
                entry.position
                if isinstance(entry, Hedge)
                else ("vague" if isinstance(entry, Vague) else "word")
            )
            if (kind, entry.phrase) in seen:
                raise ValueError(
                    f"the lexicon lists {entry.phrase!r} twice as a {kind} entry:"
                    f" {seen[kind, entry.phrase]!r} and {entry!r}"
                )
            seen[kind, entry.phrase] = entry
            kinds[kind].append((phrase_tokens(entry.phrase), entry))
        _set = object.__setattr__
        _set(self, "_before", _index(kinds["before"]))
        _set(self, "_after", _index(kinds["after"]))
        _set(self, "_vague", _index(kinds["vague"]))
        _set(self, "_words", _index(kinds["word"]))
        single = {t[0]: e for t, e in kinds["word"] if len(t) == 1 and isinstance(e, Word)}
        _set(self, "_single", single)
        hedges = {e.phrase: e for e in self.entries if isinstance(e, Hedge)}
        _set(self, "_hedges", hedges)
        starters = set(self._before) | set(self._vague)
        starters |= {"between", "from", "anywhere", "somewhere"}
        starters |= {w for w, e in single.items() if e.role in ("number", "article", "fraction")}
        _set(self, "_starters", frozenset(starters))
        _set(self, "_joined", _joined(kinds["before"]))
        _set(self, "_verbs", _comparison_verbs(kinds["before"], hedges))
        _set(
            self,
            "_first_slips",
            {after: _deletions(self._after if after else self._before) for after in (False, True)},
        )
        _set(
            self, "_longest_slip", 1 + max(_longest_word(self._before), _longest_word(self._after))
        )

    @classmethod
    def default(cls) -> Lexicon:
        """The lexicon of :data:`DEFAULT_ENTRIES` with the default rules (built once)."""
        return _DEFAULT

    def with_entries(self, *entries: Entry) -> Lexicon:
        """A copy with ``entries`` added; an entry with a phrase already listed replaces it.

        >>> lex = Lexicon.default().with_entries(Hedge("almost", "below",
        ...                                        tolerance=Fraction(1, 10)))
        >>> lex.hedges["almost"].tolerance
        Fraction(1, 10)
        """

        def key(e: Entry) -> tuple[str, str]:
            if isinstance(e, Hedge):
                return e.position, e.phrase
            return ("vague" if isinstance(e, Vague) else "word"), e.phrase

        new = {key(e) for e in entries}
        kept = tuple(e for e in self.entries if key(e) not in new)
        return Lexicon(
            kept + tuple(entries),
            cap_units=self.cap_units,
            floor_cap=self.floor_cap,
            halo_min=self.halo_min,
            halo_cap=self.halo_cap,
            round_digits=self.round_digits,
        )

    @property
    def hedges(self) -> dict[str, Hedge]:
        """Every hedge by phrase (a before-hedge wins over an after-hedge of the same words)."""
        return dict(self._hedges)

    def _longest(self, table: _Table, tokens: Sequence[str], i: int) -> tuple[Entry, int] | None:
        node = table.get(tokens[i])
        found: tuple[Entry, int] | None = None
        n = len(tokens)
        while node is not None:
            i += 1
            if node.entry is not None:
                found = (node.entry, i)
            if i >= n:
                break
            node = node.next.get(tokens[i])
        return found

    def prefix_hedge(self, tokens: Sequence[str], i: int) -> tuple[Hedge, int] | None:
        """The longest before-hedge starting at token ``i``, and the index after it."""
        return self._longest(self._before, tokens, i)  # type: ignore[return-value]

    def suffix_hedge(self, tokens: Sequence[str], i: int) -> tuple[Hedge, int] | None:
        """The longest after-hedge starting at token ``i``, and the index after it."""
        return self._longest(self._after, tokens, i)  # type: ignore[return-value]

    def vague(self, tokens: Sequence[str], i: int) -> tuple[Vague, int] | None:
        """The longest vague quantity starting at token ``i``, and the index after it."""
        return self._longest(self._vague, tokens, i)  # type: ignore[return-value]

    def word(self, tokens: Sequence[str], i: int) -> tuple[Word, int] | None:
        """The longest :class:`Word` starting at token ``i``, and the index after it."""
        return self._longest(self._words, tokens, i)  # type: ignore[return-value]

    def single(self, token: str) -> Word | None:
        """The one-token :class:`Word` ``token`` is, if any (a dict lookup)."""
        return self._single.get(token)

    @property
    def plurals(self) -> tuple[Word, ...]:
        """Every plural scale word ("tens", "hundreds", "thousands"), in table order."""
        return tuple(e for e in self.entries if isinstance(e, Word) and e.role == "plural")

    @property
    def starters(self) -> frozenset[str]:
        """Every word or symbol a figure can begin with (the parser skips all others)."""
        return self._starters

    def run_together(self, word: str) -> str | None:
        """The before-hedge of several words that ``word`` spells without its spaces.

        A hedge written as one word ("upto", "atleast", "at-least" once its hyphen
        is dropped) is no row of the table; the prose reader marks it unread rather
        than drop it.

        >>> Lexicon.default().run_together("atleast"), Lexicon.default().run_together("least")
        ('at least', None)
        """
        return self._joined.get(word)

    def comparison_verb(self, word: str) -> str | None:
        """The one-sided participle hedge ``word`` is another form of ("exceed" → "exceeding").

        "exceeding 300" is a row of the table; "may exceed 300" and "topped 300"
        compare with the number in a way the table does not read (tense, mood).

        >>> Lexicon.default().comparison_verb("exceed"), Lexicon.default().comparison_verb("topped")
        ('exceeding', 'topping')
        """
        return self._verbs.get(word)

    def misspelt(
        self, tokens: Sequence[str], i: int, *, after: bool = False
    ) -> tuple[str, int] | None:
        """The before-hedge (with ``after``, the after-hedge) that the tokens from ``i``
        spell with one typing slip, and the index after it; None for a hedge spelt
        right, or for no hedge.

        One word may be one edit (a letter added, dropped, changed, or two swapped)
        from the hedge's word, and no inflection of it ("estimates" is no slip for
        "estimated"): a first word of at least :data:`TYPO_MIN` letters, a later one
        of at least four, after the words before it spelt right ("more tahn"). Short
        first words are left alone: "year" is one edit from "near", "same" from "some".

        >>> lex = Lexicon.default()
        >>> lex.misspelt(("arround", "300"), 0), lex.misspelt(("more", "tahn", "300"), 0)
        (('around', 1), ('more than', 2))
        >>> lex.misspelt(("around", "300"), 0), lex.misspelt(("estimates",), 0)
        (None, None)
        """
        table, slipped, found = (self._after if after else self._before), False, None
        first: dict[str, tuple[str, ...]] | None = self._first_slips[after]
        while i < len(tokens):
            token = tokens[i]
            node = table.get(token)
            if (
                node is None
                and not slipped
                and (4 if first is None else TYPO_MIN) <= len(token) <= self._longest_slip
            ):
                # a first word: the keys sharing a one-letter deletion with it; later: all
                keys = _near(first, token) if first is not None else sorted(table)
                node = next((table[k] for k in keys if len(k) >= 4 and _one_slip(token, k)), None)
                slipped = node is not None
            if node is None:
                break
            i += 1
            if node.entry is not None and slipped:
                found = (node.entry.phrase, i)
            table, first = node.next, None
        return found

    def hedge_depth(self, tokens: Sequence[str], i: int) -> int:
        """How many tokens from ``i`` on follow some before-hedge's words, whole or not.

        >>> Lexicon.default().hedge_depth(("in", "the", "ballpark", "of"), 0)
        2
        """
        depth, node = 0, self._before.get(tokens[i]) if i < len(tokens) else None
        while node is not None:
            depth += 1
            if i + depth >= len(tokens):
                break
            node = node.next.get(tokens[i + depth])
        return depth


#: The shortest first word :meth:`Lexicon.misspelt` takes for a slip in a hedge's word.
TYPO_MIN: Final = 5


def _deletions(table: _Table) -> dict[str, tuple[str, ...]]:
    """The first words of a trie's phrases (of at least :data:`TYPO_MIN` letters) by
    each string one letter shorter or the same: a word one edit from a key shares one."""
    index: dict[str, set[str]] = {}
    for key in table:
        if len(key) >= TYPO_MIN:
            for variant in (key, *(key[:k] + key[k + 1 :] for k in range(len(key)))):
                index.setdefault(variant, set()).add(key)
    return {variant: tuple(sorted(keys)) for variant, keys in index.items()}


def _near(index: dict[str, tuple[str, ...]], word: str) -> list[str]:
    """The keys of a :func:`_deletions` index that may be one edit from ``word``."""
    found: set[str] = set()
    for variant in (word, *(word[:k] + word[k + 1 :] for k in range(len(word)))):
        found.update(index.get(variant, ()))
    return sorted(found)


def _one_slip(word: str, key: str) -> bool:
    """True when ``word`` is one edit from ``key`` (a letter added, dropped, changed, or
    two neighbours swapped) but no inflection of it (only its last letters differ)."""
    if word == key or abs(len(word) - len(key)) > 1:
        return False
    stem = min(len(word), len(key)) - 1
    if word[:stem] == key[:stem]:
        return False  # "estimates", "estimated"; "nearer", "near": an inflection, not a slip
    if len(word) == len(key):
        diff = [k for k in range(len(word)) if word[k] != key[k]]
        if len(diff) == 1:
            return True
        a, b = diff[0], diff[-1]
        return len(diff) == 2 and b == a + 1 and word[a] == key[b] and word[b] == key[a]
    short, long = (word, key) if len(word) < len(key) else (key, word)
    k = next((k for k in range(len(short)) if short[k] != long[k]), len(short))
    return short[k:] == long[k + 1 :]


def _joined(before: Iterable[tuple[tuple[str, ...], Entry]]) -> dict[str, str]:
    """Before-hedges of several words, by their letters run together ("upto" → "up to")."""
    return {
        "".join(tokens): entry.phrase
        for tokens, entry in before
        if len(tokens) > 1 and all(t.isalpha() for t in tokens)
    }


def _comparison_verbs(
    before: Iterable[tuple[tuple[str, ...], Entry]], hedges: dict[str, Hedge]
) -> dict[str, str]:
    """Other forms of the one-sided participle hedges ("exceeding": exceed, exceeds, exceeded)."""
    forms: dict[str, str] = {}
    for tokens, entry in before:
        phrase = entry.phrase
        if (
            len(tokens) != 1
            or not phrase.endswith("ing")
            or len(phrase) < 7
            or not isinstance(entry, Hedge)
            or entry.shape in ("exact", "around")
        ):
            continue
        stem = phrase[:-3]  # "exceed", "topp", "surpass", "approach", "near"
        doubled = stem[-1] == stem[-2] and stem[-1] not in "sl"  # "topping": top
        bases = {stem[:-1]} if doubled else {stem}
        for base in bases:
            third = base + ("es" if base.endswith(("s", "ch", "sh", "x")) else "s")
            for form in (base, third, stem + "ed"):
                if form not in hedges:
                    forms.setdefault(form, phrase)
    return forms


_DEFAULT: Final = Lexicon()

# -- the numeric rules -------------------------------------------------------------------------


def granularity(mantissa: int, decimals: int, scale: Number = 1) -> Number:
    """How precise a written number is: the unit of its last significant digit.

    The number is ``mantissa / 10**decimals * scale`` as written ("2.600" is
    mantissa 2600 with 3 decimals; "2.6 thousand" is 26, 1 decimal, scale 1000).
    Trailing zeros after a decimal point are significant; trailing zeros of a
    whole number are not (Krifka's round numbers: "2,600" is precise to the
    hundred). A last significant digit 5 that follows another digit and stands
    for tens or more makes the number round to five of that unit ("65,000" to
    5,000 and "2,650" to 50, Williams & Power's 'rounded to the nearest 5').

    >>> granularity(2600, 0), granularity(2828, 0), granularity(2600, 3)
    (100, 1, Fraction(1, 1000))
    >>> granularity(65000, 0), granularity(2650, 0), granularity(500, 0), granularity(125, 0)
    (5000, 50, 100, 1)
    >>> granularity(26, 1, 1000)
    100
    """
    zeros = 0
    m = mantissa
    if decimals == 0 and m:
        while m % 10 == 0:
            m //= 10
            zeros += 1
    if decimals == 0 and isinstance(scale, int):
        whole: int = 10**zeros * scale
        return whole * 5 if m % 10 == 5 and m >= 10 and whole >= 10 else whole
    unit = Fraction(10**zeros, 10**decimals) * scale
    if m % 10 == 5 and m >= 10 and unit >= 10:
        unit *= 5
    return unit.numerator if unit.denominator == 1 else unit


def tolerance(
    share: Fraction,
    nominal: Number,
    unit: Number | None,
    *,
    lexicon: Lexicon,
    count: bool,
    granular: bool = False,
) -> Number:
    """The distance a hedge allows beyond its number: grows with size, shrinks with precision.

    ``share × |nominal|``, but at most ``lexicon.cap_units`` granularity units
    (a precise "more than 2,828" allows 3, not 283) and at least half a unit
    (a hedge never claims more precision than its number has). For a
    proximity hedge that floor is itself at most ``lexicon.floor_cap`` of the
    number: a number with one significant digit is not read as half its own
    size ("almost 1,000" is [950, 1000), not [500, 1000)); for a ``granular``
    comparative ("more than 200" is (200, 250]) it is not capped. For a count
    with a whole nominal it is at
    least 1, so "more than 5" still admits a whole number; a decimal ("about
    0.3") keeps its proportional tolerance. ``unit`` None (ratios, fraction
    words) means the relative share alone.

    >>> lex = Lexicon.default()
    >>> tolerance(Fraction(1, 20), 2600, 100, lexicon=lex, count=True)
    130
    >>> tolerance(Fraction(1, 10), 2828, 1, lexicon=lex, count=True)
    3
    >>> tolerance(Fraction(1, 10), 5, 1, lexicon=lex, count=True)
    1
    >>> tolerance(Fraction(1, 20), 1000, 1000, lexicon=lex, count=True)
    50
    >>> tolerance(Fraction(1, 10), 200, 100, lexicon=lex, count=True, granular=True)
    50
    >>> tolerance(Fraction(1, 10), Fraction(3, 10), Fraction(1, 10), lexicon=lex, count=True)
    Fraction(3, 100)
    """
    if isinstance(nominal, int) and isinstance(unit, int):  # the common case, in integers
        size = abs(nominal)
        num: int = share.numerator * size
        den: int = share.denominator
        cap = lexicon.cap_units * unit
        if num > cap * den:
            num, den = cap, 1
        if 2 * num < unit * den:  # below half a unit: raise to the floor, capped by floor_cap
            fc = lexicon.floor_cap
            if granular or unit * fc.denominator <= 2 * fc.numerator * size:
                num, den = unit, 2
            elif num * fc.denominator < fc.numerator * size * den:
                num, den = fc.numerator * size, fc.denominator
        if count and num < den:
            num, den = 1, 1
        return num // den if num % den == 0 else Fraction(num, den)
    size_f = abs(Fraction(nominal))
    t: Fraction = share * size_f
    if unit is not None:
        t = min(t, lexicon.cap_units * Fraction(unit))
        floor = Fraction(unit) / 2
        t = max(t, floor if granular else min(floor, lexicon.floor_cap * size_f))
    if count and t < 1 and size_f.denominator == 1:
        t = Fraction(1)
    return t.numerator if t.denominator == 1 else t


def is_round(number: Number, digits: int) -> bool:
    """True when ``number`` is whole with at most ``digits`` significant digits, or not whole.

    Significant digits of a whole number are its digits less trailing zeros
    ("2,600" has 2, "65,000" 2, "1,490" 3). A number that is not whole (a
    fraction of a scale, "a third of a million") is as precise as its
    granularity says, so the digit count does not apply and it counts as round.

    >>> is_round(2600, 2), is_round(65000, 2), is_round(1490, 2), is_round(0, 2)
    (True, True, False, True)
    >>> is_round(Fraction(1000000, 3), 2)
    True
    """
    if isinstance(number, Fraction):
        if number.denominator != 1:
            return True
        number = number.numerator
    m: int = abs(number)
    while m and m % 10 == 0:
        m //= 10
    limit: int = 10**digits
    return m < limit


def halo(nominal: Number, unit: Number, *, lexicon: Lexicon, scaled: bool = False) -> Interval:
    """The pragmatic reading of a bare round number: half its rounding unit either side.

    Krifka's round-number halo: "2,600" said without a hedge is read as any
    number that rounds to it, ``[2550, 2650]``. Only a *round* number has one:
    at least ``lexicon.halo_min``, with a granularity of 10 or more and at most
    ``lexicon.round_digits`` significant digits (Jansen & Pollmann 2001: round
    numbers are the ones with few significant digits; Krifka 2009: a speaker
    who says "2,828" chose a precise form, so it reads as itself, while
    "2,600" may stand for any number that rounds to it). "1,490", "2,650"
    and "2,828" read exactly; small counts too. A number said with a scale word or
    suffix (``scaled``) is round however many digits it has: "11.2 million" is
    rounded to the hundred thousand by the way it is written, so it reads
    [11150000, 11250000], while "11,200,000" written out reads exactly. The halo is at
    most ``halo_cap`` of the number ("100" is [90, 110], not [50, 150]).

    >>> lex = Lexicon.default()
    >>> str(halo(2600, 100, lexicon=lex)), str(halo(2828, 1, lexicon=lex))
    ('[2550, 2650]', '[2828, 2828]')
    >>> str(halo(100, 100, lexicon=lex)), str(halo(65000, 5000, lexicon=lex))
    ('[90, 110]', '[62500, 67500]')
    >>> str(halo(1490, 10, lexicon=lex)), str(halo(2650, 50, lexicon=lex))
    ('[1490, 1490]', '[2650, 2650]')
    >>> str(halo(11200000, 100000, lexicon=lex, scaled=True))
    '[11150000, 11250000]'
    """
    if nominal < lexicon.halo_min or unit < 10:
        return Interval.point(nominal)
    if not scaled and not is_round(nominal, lexicon.round_digits):
        return Interval.point(nominal)
    if type(nominal) is int and type(unit) is int and unit % 2 == 0:
        cap = lexicon.halo_cap
        h_int = unit // 2
        if h_int * cap.denominator <= cap.numerator * nominal:
            return Interval.closed(nominal - h_int, nominal + h_int)
    h = min(Fraction(unit) / 2, lexicon.halo_cap * abs(Fraction(nominal)))
    return Interval.closed(nominal - h, nominal + h)


def hedge_interval(
    hedge: Hedge,
    nominal: Number,
    unit: Number | None,
    reading: Reading,
    *,
    lexicon: Lexicon,
    count: bool = True,
    nonnegative: bool = True,
    ceiling: Number | None = None,
) -> Interval:
    """The interval ``hedge`` + ``nominal`` reads as under ``reading``.

    Literal (what the words entail): ``exact`` is the point; ``below`` is
    ``[0, n)`` for a non-negative quantity, else ``(-inf, n)``; ``at_most``
    ``[0, n]``; ``above`` ``(n, +inf)``; ``at_least`` ``[n, +inf)``; ``around``
    ``n ± widest×n`` (no sharp bound is entailed, so the widest documented
    tolerance). Pragmatic: the same open or closed end at ``n`` and, on the
    other side, :func:`tolerance` of the hedge's typical share: "almost 2,600"
    is ``[2470, 2600)``, "more than 230" ``(230, 253]``. Lenient: the hull of
    both. A non-negative quantity never goes below 0; ``ceiling`` (1 for a
    share of a whole) caps the top.

    >>> lex = Lexicon.default()
    >>> [str(hedge_interval(lex.hedges["almost"], 2600, 100, r, lexicon=lex))
    ...  for r in ("literal", "pragmatic", "lenient")]
    ['[0, 2600)', '[2470, 2600)', '[0, 2600)']
    >>> str(hedge_interval(lex.hedges["about"], 2600, 100, "pragmatic", lexicon=lex))
    '[2340, 2860]'
    """
    if reading == "lenient":
        lit = hedge_interval(
            hedge,
            nominal,
            unit,
            "literal",
            lexicon=lexicon,
            count=count,
            nonnegative=nonnegative,
            ceiling=ceiling,
        )
        prag = hedge_interval(
            hedge,
            nominal,
            unit,
            "pragmatic",
            lexicon=lexicon,
            count=count,
            nonnegative=nonnegative,
            ceiling=ceiling,
        )
        return lit.hull(prag)
    n = nominal
    shape = hedge.shape
    if shape == "exact":
        return Interval.point(n)
    t = tolerance(hedge.tolerance, n, unit, lexicon=lexicon, count=count, granular=hedge.granular)
    literal = reading == "literal"
    inf = float("inf")
    floor: Number | float = 0 if nonnegative else -inf
    top: Number | float = inf if ceiling is None else ceiling
    if shape == "around":
        if literal:
            assert hedge.widest is not None
            t = max(t, hedge.widest * abs(Fraction(n)))
        lo: Number | float = n - t
        hi: Number | float = n + t
        lo_closed = hi_closed = True
    elif shape in ("below", "at_most"):
        lo, hi = (floor if literal else n - t), n
        lo_closed, hi_closed = True, shape == "at_most"
    else:
        lo, hi = n, (top if literal else n + t)
        lo_closed, hi_closed = shape == "at_least", True
    if lo < floor:
        lo, lo_closed = floor, True
    if hi > top:
        hi, hi_closed = top, True
    return Interval(lo, hi, lo_closed=lo_closed, hi_closed=hi_closed)
