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

The package's modules, lowest first: ``entries`` (the kinds of entry), ``table`` (the
hedge table and its citations), ``trie`` (phrases as tokens, the trie and near misses),
``lookup`` (:class:`Lexicon`) and ``rules`` (the numeric rules).

>>> lex = Lexicon.default()
>>> lex.prefix_hedge(("almost", "2,600"), 0)
(Hedge(phrase='almost', shape='below', tolerance=Fraction(1, 20), ...), 1)
>>> str(hedge_interval(lex.hedges["more than"], 230, 10, "pragmatic", lexicon=lex))
'(230, 253]'
"""

from __future__ import annotations

from pwstats.lexicon.entries import APPROXIMATE_AFTER as APPROXIMATE_AFTER
from pwstats.lexicon.entries import SHAPES as SHAPES
from pwstats.lexicon.entries import WORD_ROLES as WORD_ROLES
from pwstats.lexicon.entries import Entry, Hedge, Shape, Vague, Word, WordRole
from pwstats.lexicon.entries import Position as Position
from pwstats.lexicon.lookup import Lexicon
from pwstats.lexicon.rules import granularity, halo, hedge_interval, is_round, tolerance
from pwstats.lexicon.table import ACLED as ACLED
from pwstats.lexicon.table import ARITHMETIC as ARITHMETIC
from pwstats.lexicon.table import CONVENTION as CONVENTION
from pwstats.lexicon.table import CUMMINS as CUMMINS
from pwstats.lexicon.table import DEFAULT_ENTRIES
from pwstats.lexicon.table import FERSON as FERSON
from pwstats.lexicon.table import JANSEN_POLLMANN as JANSEN_POLLMANN
from pwstats.lexicon.table import KRIFKA as KRIFKA
from pwstats.lexicon.table import LEARNERS as LEARNERS
from pwstats.lexicon.table import NOUWEN as NOUWEN
from pwstats.lexicon.table import ODD as ODD
from pwstats.lexicon.table import SAUERLAND_STATEVA as SAUERLAND_STATEVA
from pwstats.lexicon.table import SNACS as SNACS
from pwstats.lexicon.table import WILLIAMS_POWER as WILLIAMS_POWER
from pwstats.lexicon.trie import TYPO_MIN as TYPO_MIN
from pwstats.lexicon.trie import phrase_tokens as phrase_tokens

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
