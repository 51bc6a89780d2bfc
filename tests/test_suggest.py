"""suggest: did-you-mean for unknown names, a transposition counted as one edit."""

from __future__ import annotations

import functools

from hypothesis import given
from hypothesis import strategies as st

from pwstats.suggest import Suggester, closest, distance

_WORDS = st.text(alphabet="abcd", max_size=6)


@given(_WORDS, _WORDS)
def test_distance_is_symmetric_and_zero_only_between_equals(a: str, b: str) -> None:
    """distance(a, b) == distance(b, a), and it is 0 exactly when a == b."""
    assert distance(a, b) == distance(b, a)
    assert (distance(a, b) == 0) == (a == b)


@given(_WORDS, _WORDS)
def test_distance_lies_between_the_length_difference_and_the_longer_length(a: str, b: str) -> None:
    """|len a - len b| <= distance(a, b) <= max(len a, len b)."""
    assert abs(len(a) - len(b)) <= distance(a, b) <= max(len(a), len(b))


@given(st.text(alphabet="abcd", min_size=2, max_size=8), st.data())
def test_swapping_two_adjacent_different_letters_is_one_edit(
    word: str, data: st.DataObject
) -> None:
    """Two neighbours swapped (and different) are one edit away, as one letter changed is."""
    i = data.draw(st.integers(min_value=0, max_value=len(word) - 2))
    swapped = word[:i] + word[i + 1] + word[i] + word[i + 2 :]
    assert distance(word, swapped) == (0 if word[i] == word[i + 1] else 1)


def _osa(a: str, b: str) -> int:
    """The optimal string alignment distance by its recurrence, memoised (the oracle)."""

    @functools.cache
    def d(i: int, j: int) -> int:
        if min(i, j) == 0:
            return max(i, j)
        best = min(d(i - 1, j) + 1, d(i, j - 1) + 1, d(i - 1, j - 1) + (a[i - 1] != b[j - 1]))
        if i > 1 and j > 1 and a[i - 1] == b[j - 2] and a[i - 2] == b[j - 1]:
            best = min(best, d(i - 2, j - 2) + 1)
        return best

    return d(len(a), len(b))


@given(_WORDS, _WORDS)
def test_distance_is_the_optimal_string_alignment_recurrence(a: str, b: str) -> None:
    """distance equals the recurrence that defines it (insert, delete, replace, swap)."""
    assert distance(a, b) == _osa(a, b)


def test_a_transposition_is_suggested_where_the_ratio_alone_finds_it_too_far() -> None:
    """'hihg', 'hgih', 'lwo' and 'bset' suggest 'high', 'high', 'low' and 'best', at the
    strict cutoff from_frame's column check uses; 'row' (one letter changed) does not."""
    fields = ["low", "best", "high", "note"]
    for typo, meant in [("hihg", "high"), ("hgih", "high"), ("lwo", "low"), ("bset", "best")]:
        assert closest(typo, fields, cutoff=0.8) == meant
        assert Suggester(fields).closest(typo) == meant
    assert closest("row", fields, cutoff=0.8) is None
    assert closest("hight", fields, cutoff=0.8) == "high"
