"""The :class:`Lexicon`: a table of entries indexed for the parser, with its numeric settings."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from fractions import Fraction
from typing import Final

import attrs

from pwstats.interval import Number
from pwstats.lexicon.entries import Entry, Hedge, Vague, Word, to_fraction, to_number
from pwstats.lexicon.table import DEFAULT_ENTRIES
from pwstats.lexicon.trie import (
    TYPO_MIN,
    Trie,
    deletions,
    joined,
    longest_word,
    near,
    one_slip,
    phrase_tokens,
    phrase_trie,
)


def _entries(value: Iterable[Entry]) -> tuple[Entry, ...]:
    return tuple(value)


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
    floor_cap: Fraction = attrs.field(default=Fraction(1, 20), converter=to_fraction, kw_only=True)
    halo_min: Number = attrs.field(default=100, converter=to_number, kw_only=True)
    halo_cap: Fraction = attrs.field(default=Fraction(1, 10), converter=to_fraction, kw_only=True)
    round_digits: int = attrs.field(default=2, kw_only=True)
    _before: Trie = attrs.field(init=False, eq=False, repr=False, hash=False)
    _after: Trie = attrs.field(init=False, eq=False, repr=False, hash=False)
    _vague: Trie = attrs.field(init=False, eq=False, repr=False, hash=False)
    _words: Trie = attrs.field(init=False, eq=False, repr=False, hash=False)
    _single: dict[str, Word] = attrs.field(init=False, eq=False, repr=False, hash=False)
    _hedges: dict[str, Hedge] = attrs.field(init=False, eq=False, repr=False, hash=False)
    _starters: frozenset[str] = attrs.field(init=False, eq=False, repr=False, hash=False)
    joined: dict[str, str] = attrs.field(init=False, eq=False, repr=False, hash=False)
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
        _set(self, "_before", phrase_trie(kinds["before"]))
        _set(self, "_after", phrase_trie(kinds["after"]))
        _set(self, "_vague", phrase_trie(kinds["vague"]))
        _set(self, "_words", phrase_trie(kinds["word"]))
        single = {t[0]: e for t, e in kinds["word"] if len(t) == 1 and isinstance(e, Word)}
        _set(self, "_single", single)
        hedges = {e.phrase: e for e in self.entries if isinstance(e, Hedge)}
        _set(self, "_hedges", hedges)
        starters = set(self._before) | set(self._vague)
        starters |= {"between", "from", "anywhere", "somewhere"}
        starters |= {w for w, e in single.items() if e.role in ("number", "article", "fraction")}
        _set(self, "_starters", frozenset(starters))
        _set(self, "joined", joined(kinds["before"]))
        _set(self, "_verbs", _comparison_verbs(kinds["before"], hedges))
        _set(
            self,
            "_first_slips",
            {after: deletions(self._after if after else self._before) for after in (False, True)},
        )
        _set(self, "_longest_slip", 1 + max(longest_word(self._before), longest_word(self._after)))

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

    def _longest(self, table: Trie, tokens: Sequence[str], i: int) -> tuple[Entry, int] | None:
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
        return self.joined.get(word)

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
                keys = near(first, token) if first is not None else sorted(table)
                node = next((table[k] for k in keys if len(k) >= 4 and one_slip(token, k)), None)
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
