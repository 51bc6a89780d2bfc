"""Tests of hedges pwstats.extract once dropped: after the noun.

A hedge extract does not see must never leave a figure exact: it is read as the lexicon
reads it, or the mention is unread (``Mention.unread``) and bounds nothing.
"""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from pwstats import Interval, Mention, ParseError, extract, parse
from pwstats.lexicon import Lexicon
from pwstats.report import READINGS, Reading

P = Interval.parse


def only(prose: str, reading: Reading = "literal") -> Mention:
    """The one mention of ``prose``."""
    (m,) = extract(prose, reading=reading)
    return m


# -- 1. a hedge after the noun -----------------------------------------------------------

AFTER_NOUN = [
    ("Shelling killed 300 people at most.", "300 people at most", "[0, 300]"),
    ("Shelling killed 300 people at least.", "300 people at least", "[300, +inf)"),
    ("The attack killed 300 people (at least).", "300 people (at least)", "[300, +inf)"),
    ("Shelling killed 300 civilians or more.", "300 civilians or more", "[300, +inf)"),
    ("It killed 300 people or thereabouts.", "300 people or thereabouts", "[225, 375]"),
    (
        "It held 300 of the detainees at most; 40 were freed.",
        "300 of the detainees at most",
        "[0, 300]",
    ),
    (
        "Officials said 300 people, perhaps more, were killed.",
        "300 people, perhaps more",
        "[300, +inf)",
    ),
    ("The toll stands at 300 and counting.", "300 and counting", "[300, +inf)"),
    ("Officials counted 300 or so people.", "300 or so", "[225, 375]"),
]


@pytest.mark.parametrize(("prose", "words", "literal"), AFTER_NOUN)
def test_a_hedge_after_the_noun_was_dropped(prose: str, words: str, literal: str) -> None:
    """A known after-hedge past a short noun phrase is read as right after the number,
    and parse reads the same words the same way under every reading."""
    found = [m for m in extract(prose, reading="literal") if "300" in m.text]
    (m,) = found
    assert m.text.endswith(words)
    if m.unread is None:
        assert m.text == words
        assert m.amount.interval == P(literal)
        for r in READINGS:
            (again,) = [x for x in extract(prose, reading=r) if "300" in x.text]
            assert again.amount == parse(words, reading=r)


@pytest.mark.parametrize(
    "prose",
    [
        "300 people at least partly blamed the army",
        "about 300 people or more fled",
        "between 200 and 300 people at most fled",
        "hundreds of people at least fled",
        "300 people (unconfirmed) were killed",
        "300 people, possibly, were killed",
        "300-something people returned",
        "300 people at the very least were killed",
        "It killed 300 people approximately.",
        "It hosted 300 refugees at least until March.",
    ],
)
def test_a_hedge_after_the_noun_that_cannot_be_placed_is_unread(prose: str) -> None:
    """A marker after the noun that may not end the clause, that follows a hedge already,
    a hedge that has no row after a number, a word of doubt set off after the noun, or an
    indefinite word glued to the number: the mention is unread and bounds nothing, and
    parse refuses the same words."""
    m = extract(prose)[0]
    assert m.unread is not None
    assert m.amount.kind == "unknown"
    assert m.amount.interval == P("[0, +inf)")
    with pytest.raises(ParseError):
        parse(m.text)


def test_a_hedge_after_the_noun_before_a_number_is_the_next_figures() -> None:
    """'300 men and up to 40 women': the hedge starts the next figure, not this one's."""
    found = extract("300 men and up to 40 women were freed", reading="literal")
    assert [(m.text, str(m.amount.interval)) for m in found] == [
        ("300", "[300, 300]"),
        ("up to 40", "[0, 40]"),
    ]


def test_parse_reads_and_counting_and_a_hedge_after_the_noun() -> None:
    """parse no longer drops 'and counting' or a hedge after the noun as trailing words."""
    assert parse("300 and counting", reading="literal").interval == P("[300, +inf)")
    assert parse("300 people at most", reading="literal").interval == P("[0, 300]")
    with pytest.raises(ParseError, match="at least"):
        parse("300 people at least partly")


# -- properties over generated combinations ----------------------------------------------

LEX = Lexicon.default()
BEFORE = sorted(
    h.phrase
    for h in LEX.entries
    if getattr(h, "position", None) == "before" and h.phrase[0].isalpha()  # type: ignore[union-attr]
)
AFTER = sorted(
    h.phrase
    for h in LEX.entries
    if getattr(h, "position", None) == "after" and h.phrase[0].isalpha()  # type: ignore[union-attr]
)
NUMBERS = ["300", "2,600", "45", "1.5 million", "12,000"]
NOUNS = ["people", "civilians", "of the detainees", "displaced people"]
numbers = st.sampled_from(NUMBERS)


def _covering(prose: str, number: str, reading: Reading = "literal") -> Mention:
    """The mention whose words hold ``number``."""
    found = [m for m in extract(prose, reading=reading) if number in m.text]
    assert len(found) == 1, (prose, found)
    return found[0]


def _read_or_unread(m: Mention, *words: str) -> bool:
    """True when ``m`` is unread, or its words hold every one of ``words`` and parse
    reads them exactly as extract did."""
    if m.unread is not None:
        return m.amount.kind == "unknown"
    if not all(w.lower().rstrip(".") in m.text.lower() for w in words):  # "max." at an end
        return False
    try:
        return parse(m.text, reading=m.amount.reading) == m.amount
    except ParseError:
        return False


@settings(max_examples=300, deadline=None)
@given(st.sampled_from(AFTER), st.sampled_from(NOUNS), numbers, st.sampled_from([".", " fled."]))
def test_a_hedge_after_the_noun_is_never_dropped(
    after: str, noun: str, number: str, end: str
) -> None:
    """'n noun hedge': the hedge is read as after the number, or the mention is unread;
    only 'exactly', 'in all' and the like may be left out, which widen nothing."""
    m = _covering(f"Shelling killed {number} {noun} {after}{end}", number)
    if LEX.hedges[after].shape == "exact":
        assert m.amount.interval.contains(parse(number, reading="literal").interval), m
        return
    assert _read_or_unread(m, after), m


@settings(max_examples=300, deadline=None)
@given(st.sampled_from(BEFORE), st.sampled_from(NOUNS), numbers)
def test_a_before_hedge_said_after_the_noun_is_never_dropped(
    hedge: str, noun: str, number: str
) -> None:
    """'n noun hedge.' with a hedge the lexicon reads only before a number: unread, or
    read with the hedge's words as parse reads them; 'exactly' and the like widen
    nothing when left out."""
    m = _covering(f"Shelling killed {number} {noun} {hedge}.", number)
    if LEX.hedges[hedge].shape == "exact" and m.unread is None:
        assert m.amount.interval.contains(parse(number, reading="literal").interval), m
        return
    assert _read_or_unread(m, hedge), m
