"""Reported figures as words → exact intervals, under a reading.

:func:`parse` reads one figure ("almost 2,600", "more than 230", "hundreds",
"95%", "nearly two years", "[2500, 2600)") into an :class:`Amount`;
:func:`extract` finds every figure in a paragraph of prose. Every word comes
from the :mod:`pwstats.lexicon` table; this package only knows the grammar:
a figure is an optional hedge, a quantity (digits, number words, a share, a
range or a vague word), an optional hedge after it and an optional time unit.

Readings (see ``docs/lexicon.md``): ``"literal"`` is what the words entail,
``"pragmatic"`` what a careful reader takes them to mean, ``"lenient"`` the
hull of both.

>>> str(parse("almost 2,600").interval), str(parse("almost 2,600", reading="literal").interval)
('[2470, 2600)', '[0, 2600)')
>>> [(m.text, str(m.amount.interval)) for m in extract("the 49th. Exactly 230 returned at 5 p.m.")]
[('Exactly 230', '[230, 230]')]

The package is the scanner in layers, lowest first, each module importing only
those before it: ``amounts`` (:class:`Amount`, :class:`Mention`), ``found`` (what the
scanner finds), ``tokens`` (the tokeniser), ``numbers`` (the number reader), ``years``
(years, dates, decades, clock times), ``not_counts`` (money, ages, names, labels,
tallies...), ``grammar`` (the figure grammar), ``clause`` (a figure in its clause),
``intervals`` (a figure as an :class:`Amount` under a reading), ``reading``
(:func:`parse`, :func:`parse_each`, :func:`prepare`), ``estimates`` (estimates with a
confidence interval) and ``extracting`` (:func:`extract`).
"""

from __future__ import annotations

from pwstats.parse.amounts import LOCALES as LOCALES
from pwstats.parse.amounts import Amount, AmountKind, Locale, Mention
from pwstats.parse.extracting import extract
from pwstats.parse.intervals import MAX_MAGNITUDE as MAX_MAGNITUDE
from pwstats.parse.numbers import MAX_DIGITS as MAX_DIGITS
from pwstats.parse.reading import MAX_TEXT as MAX_TEXT
from pwstats.parse.reading import parse, parse_each, prepare

__all__ = ["Amount", "AmountKind", "Locale", "Mention", "extract", "parse", "parse_each", "prepare"]
