"""What :func:`pwstats.parse` and :func:`pwstats.extract` give back: an Amount, a Mention."""

from __future__ import annotations

from fractions import Fraction
from typing import Final, Literal, TypeAlias, get_args

import attrs

from pwstats.interval import Interval, Number
from pwstats.report import Reading

#: What kind of statement a figure is: a bare number ("2,600"), an exact one
#: ("exactly 230"), an approximate one ("about 3,000"), a lower or an upper
#: bound ("more than 230", "almost 2,600"), a range, a vague quantity
#: ("hundreds"), interval notation ("[2500, 2600)"), or, from :func:`extract`, a
#: number after words pwstats cannot read that might hedge it either way ("perhaps
#: 300"), which bounds nothing, or a statistical estimate with its confidence interval
#: ("480 (95% CI 350-610)"), which claims no hard bound.
AmountKind: TypeAlias = Literal[
    "bare",
    "exact",
    "approximate",
    "lower",
    "upper",
    "range",
    "vague",
    "interval",
    "unknown",
    "estimate",
]
#: How digits are grouped: ``"en"`` groups with ``,`` and marks decimals with
#: ``.``; ``"eu"`` (continental) groups with ``.`` and marks decimals with ``,``.
#: Both also group with a space, thin space, no-break space or apostrophe.
Locale: TypeAlias = Literal["en", "eu"]
LOCALES: Final[tuple[Locale, ...]] = get_args(Locale)


@attrs.frozen
class Amount:
    """A figure read under a reading: an interval in a unit, and what was said.

    ``interval`` is what the words mean under ``reading``; ``unit`` is
    ``"dimensionless"`` for shares (fractions of 1: "95%" is 19/20), a time
    unit ("day", "month", "year", ...) for durations, and for a number whose
    text names no unit the ``unit`` given to :func:`parse` (``"person"``
    unless told otherwise), or one of the things it counts when a scale word
    sizes the number ("1.5 million" on ``"megaperson"`` is in ``"person"``,
    :func:`pwstats.units.one_of`). ``text`` is the figure as given, ``hedge`` the
    hedge or vague word found (lower-case, e.g. ``"almost"``, ``"more than"``, ``"hundreds"``),
    ``nominal`` the number as said (2600 for "almost 2,600"; None for a range
    and for a vague word, which says no number, so a nominal always lies in the
    literal interval; a range said with its best count, "45 (low 38, high 60)", has it as
    ``nominal``), ``code`` a vague word's point code, the conservative
    count conflict-data coders record for it (ACLED codes "hundreds" 100, below
    its interval [200, 999]; None for every other kind) and ``kind`` what sort
    of statement it is. ``increment`` names the words that make the figure
    an increment over an earlier count ("another", "a further", "an additional",
    "more" in "300 more"), else None: the interval is the increment's, never the
    running total's, and a user adding it to a total must know which total.

    >>> from pwstats import parse
    >>> parse("another 300").increment, str(parse("300 more").interval)
    ('another', '[270, 330]')

    >>> a = parse("more than 230 prisoners")
    >>> a.interval, a.hedge, a.nominal, a.kind
    (Interval.parse('(230, 253]'), 'more than', 230, 'lower')
    >>> v = parse("dozens")
    >>> str(v.interval), v.nominal, v.code
    ('[24, 119]', None, 12)

    An estimate found by :func:`extract` ("480 (95% CI 350-610)") has ``kind``
    ``"estimate"``: ``nominal`` is its best value (None when only the interval is
    given), ``interval`` its interval ``[low, high]`` at ``confidence`` (an exact
    fraction; 19/20 when the words name a confidence interval but give no level, "(CI
    350-610)"; None when they name no interval at all, "601,027 (426,369–793,663)",
    whose level pwstats cannot know). Its interval is what the
    estimate makes probable, not a hard bound, as for a figure of
    ``basis="estimate"``. ``confidence`` is None for every other kind.

    >>> from pwstats import extract
    >>> e = extract("an estimated 4,645 (793 to 8,498) deaths")[0].amount
    >>> e.kind, e.nominal, str(e.interval), e.confidence
    ('estimate', 4645, '[793, 8498]', None)
    """

    interval: Interval
    unit: str
    text: str
    hedge: str | None
    nominal: Number | None
    reading: Reading
    kind: AmountKind = attrs.field(default="bare", kw_only=True)
    increment: str | None = attrs.field(default=None, kw_only=True)
    confidence: Fraction | None = attrs.field(default=None, kw_only=True)
    code: Number | None = attrs.field(default=None, kw_only=True)


@attrs.frozen
class Mention:
    """One figure found in prose: its character span, its words, and what it reads as.

    >>> from pwstats import extract
    >>> m = extract("Russia holds 3,000 defenders and 28,000 civilians.")[1]
    >>> m.span, m.text, m.amount.nominal
    ((33, 39), '28,000', 28000)
    """

    span: tuple[int, int]
    text: str
    amount: Amount
    #: Words before or after the figure, as written, that modify its number and that the
    #: lexicon cannot read ("perhaps", "a probable", "≳", "not even", "at least" in "300
    #: people at least partly"), or the figure itself when its digits cannot be read
    #: ("2,600,00"), else None; see :func:`extract`.
    unread: str | None = attrs.field(default=None, kw_only=True)
    #: The noun the figure counts, as written: the first plural noun (or known noun) in
    #: the few words right after its number, past "of" and a determiner, capitalised
    #: words, codes and "more" ("300 Ukrainian prisoners", "12 T-72 tanks", "hundreds of
    #: civilians" count "prisoners", "tanks", "civilians"); "" when none follows ("300
    #: fled", "300 in Kyiv"). What the text counts, where ``amount.unit`` for a number
    #: whose text names no unit is only the ``unit`` assumed (:func:`extract`).
    noun: str = attrs.field(default="", kw_only=True)
