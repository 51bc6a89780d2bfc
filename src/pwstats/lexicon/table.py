"""The hedge table: every hedge, vague quantity and number word pwstats reads, with its source.

:data:`DEFAULT_ENTRIES` is the table; the citations above it are the sources its rows
name, and ``docs/lexicon.md`` is generated from it.
"""

from __future__ import annotations

from collections.abc import Iterable
from fractions import Fraction
from typing import Final

from pwstats.lexicon.entries import Entry, Hedge, Shape, Vague, Word

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
MOST_OF: Final = (
    "Merriam-Webster, 'the better part of': 'more than half of'; Cambridge Dictionary,"
    " 'the best part of something': 'most of something'"
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


CONVENTION: Final = "pwstats convention (no published coding rule; chosen to be conservative)"
ARITHMETIC: Final = "definition (what the word means in arithmetic)"


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
    "estimated at",
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
#: "The better part of n" is most of n, less than n and more than half of it: below n by
#: up to half of it (pragmatically; literally below n).
_MOST_OF: Final = ("the best part of", "the better part of", "the greater part of")
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
    add(_MOST_OF, "below", _F(1, 2), MOST_OF, True)
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
        # German "Mrd." (Milliarde, 10**9; Duden) beside "Mio.", and Polish "tys." (tysiąc,
        # a thousand), as wire copy in those languages abbreviates them
        ("mrd", 10**9),
        ("tys", 1000),
    ):
        rows.append(Word(w, "suffix", value=value, source=ARITHMETIC))
    # Indian English scales, and "lac", the older spelling of lakh that Indian newspapers
    # still print ("15 lac people"; Oxford English Dictionary, "lakh, n.": also "lac")
    for w, value in (("lakh", 10**5), ("lac", 10**5), ("crore", 10**7)):
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
    # parts per thousand and per ten thousand (ISO 80000-1 names neither; the signs are
    # Unicode's PER MILLE SIGN and PER TEN THOUSAND SIGN): "3‰" is 0.003, not 3 people
    for w in ("‰", "per mille", "permille"):
        rows.append(Word(w, "percent", value=_F(1, 1000), source=ARITHMETIC))
    rows.append(Word("‱", "percent", value=_F(1, 10000), source=ARITHMETIC))
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
