"""Tilings of a flow's periods: the greedy walk (Tiles) and all of them at once (tile_all)."""

from __future__ import annotations

import datetime as dt
import itertools
from fractions import Fraction

from hypothesis import given, settings
from hypothesis import strategies as st

from pwstats.dates import DateSpan
from pwstats.interval import Number
from pwstats.tiling import Piece, Tiles, tile_all

DAY0 = dt.date(2020, 1, 1)


def span(first: int, last: int) -> DateSpan:
    return DateSpan(DAY0 + dt.timedelta(first), DAY0 + dt.timedelta(last))


def test_tiles_takes_the_longest_period_that_fits_from_each_day() -> None:
    """A year of months and a first quarter: the quarter, then the months after it; a
    period starting inside a piece has no tiling; nor does the piece's own span."""
    tiles = Tiles[str]()
    for m in range(1, 13):
        tiles.add(DateSpan.parse(f"2019-{m:02}"), f"m{m}")
    tiles.add(DateSpan.parse("2019-01/2019-03"), "q1")
    assert tiles.tiling(DateSpan.parse("2019")) == ["q1", *(f"m{m}" for m in range(4, 13))]
    assert tiles.tiling(DateSpan.parse("2019-01/2019-03")) == ["m1", "m2", "m3"]
    assert tiles.tiling(DateSpan.parse("2019-01-15/2019-03-31")) == []
    assert tiles.tiling(DateSpan.parse("2019-01")) == []


def _greedy(
    pieces: list[Piece], periods: list[DateSpan], value: dict[int, Number]
) -> dict[int, tuple[Number, Fraction, bool]]:
    """The oracle: Tiles, each period tiled shortest first and added once settled."""
    tiles = Tiles[tuple[Number, Fraction | None]]()
    for s, counted, estimated in pieces:
        tiles.add(s, (counted, estimated))
    out: dict[int, tuple[Number, Fraction, bool]] = {}
    for k in sorted(range(len(periods)), key=lambda k: (periods[k].days, periods[k].start)):
        found = tiles.tiling(periods[k]) or tiles.fewest(periods[k])[0]
        if not found:
            continue
        counted = sum((c for c, e in found if e is None), 0)
        estimated = sum((e for _, e in found if e is not None), Fraction(0))
        out[k] = (counted, estimated, any(e is not None for _, e in found))
        if value[k] is not None:
            tiles.add(periods[k], (value[k], None))
    return out


spans = st.tuples(st.integers(0, 14), st.integers(0, 8)).map(lambda t: (t[0], t[0] + t[1]))


@settings(max_examples=300, deadline=None)
@given(
    chosen=st.lists(spans, unique=True, max_size=40),
    kinds=st.lists(st.sampled_from(["count", "estimate", "period"]), min_size=40, max_size=40),
    values=st.lists(st.integers(0, 100), min_size=40, max_size=40),
    dropped=st.sets(st.integers(0, 39)),
    missing=st.sets(st.integers(0, 22)),
)
def test_tile_all_finds_the_tilings_tiles_finds(
    chosen: list[tuple[int, int]],
    kinds: list[str],
    values: list[int],
    dropped: set[int],
    missing: set[int],
) -> None:
    """Daily counts over three weeks, some days missing, and more pieces (counted or
    estimated) and periods to tile: every period ``tile_all`` settles, with its sums, is
    one Tiles tiles (its walk, else its fewest periods), shortest first, adding the
    periods settled to a value (``dropped`` ones settle to none); and each is settled
    after every period inside it."""
    pieces: list[Piece] = []
    periods: list[DateSpan] = []
    chosen = [(a, z) for a, z in chosen if a != z or a in missing]  # not a day's span
    pieces.extend((span(d, d), d, None) for d in range(23) if d not in missing)
    for (a, z), kind, v in zip(chosen, kinds, values, strict=False):
        if kind == "period":
            periods.append(span(a, z))
        else:
            pieces.append(
                (span(a, z), v, None) if kind == "count" else (span(a, z), 0, Fraction(v, 3))
            )
    value: dict[int, Number] = {
        k: None if k in dropped else Fraction(k, 7)
        for k in range(len(periods))  # type: ignore[misc]
    }
    settled: dict[int, tuple[Number, Fraction, bool]] = {}
    oracle = _greedy(pieces, periods, value)

    def settle(k: int, counted: Number, estimated: Fraction, pooled: bool) -> Number | None:
        for j in range(len(periods)):  # every period inside it is settled, or has none
            inner = periods[j]
            if j != k and periods[k].start <= inner.start and inner.end <= periods[k].end:
                assert j in settled or j not in oracle
        settled[k] = (counted, estimated, pooled)
        return value[k]

    tile_all(pieces, periods, settle, effort=10**9)
    assert settled == oracle


def test_tile_all_sums_a_staircase_of_long_periods() -> None:
    """n periods of n days, each a day after the last, over daily counts: every period's
    tiling is n pieces (bench/adversarial.py times it against n / 2)."""
    n = 1000
    pieces: list[Piece] = [(span(d, d), 1, None) for d in range(2 * n)]
    periods = [span(k, k + n - 1) for k in range(n)]
    sums: dict[int, Number] = {}

    def settle(k: int, counted: Number, estimated: Fraction, pooled: bool) -> Number | None:
        sums[k] = counted
        return None

    tile_all(pieces, periods, settle)
    assert sums == dict.fromkeys(range(n), n)


def test_a_period_tiled_is_a_piece_of_the_longer_ones() -> None:
    """Floors since the first day over daily counts: each period is its predecessor and
    one day, so each settled value (here, the sum plus one) carries into the next."""
    pieces: list[Piece] = [(span(d, d), 10, None) for d in range(5)]
    periods = [span(0, z) for z in range(1, 5)]
    got: list[Number] = []

    def settle(k: int, counted: Number, estimated: Fraction, pooled: bool) -> Number | None:
        got.append(counted)
        return counted + 1  # type: ignore[operator]

    tile_all(pieces, periods, settle)
    assert got == [20, 31, 42, 53]
    assert list(itertools.accumulate([20, 11, 11, 11])) == got


def test_a_dead_end_of_the_walk_falls_back_to_the_fewest_periods() -> None:
    """January, February and 1 January – 10 February, each with a value: the walk from
    1 January takes the longest period and finds none from 11 February; January and
    February tile January–February all the same (review: a best the old search gave was
    lost). Of equally few, the first found taking the longest period first."""
    tiles = Tiles[str]()
    for name, span_ in [("jan", "2019-01"), ("feb", "2019-02"), ("long", "2019-01-01/2019-02-10")]:
        tiles.add(DateSpan.parse(span_), name)
    period = DateSpan.parse("2019-01/2019-02")
    assert tiles.tiling(period) == []
    assert tiles.fewest(period) == (["jan", "feb"], 3)
    assert tiles.fewest(period, limit=1) == ([], 2)
    sums: dict[int, Number] = {}

    def settle(k: int, counted: Number, estimated: Fraction, pooled: bool) -> Number | None:
        sums[k] = counted
        return counted

    pieces: list[Piece] = [(DateSpan.parse("2019-01"), 60, None),
                           (DateSpan.parse("2019-02"), 110, None),
                           (DateSpan.parse("2019-01-01/2019-02-10"), 120, None)]  # fmt: skip
    tile_all(pieces, [period], settle)
    assert sums == {0: 170}
    sums.clear()
    tile_all(pieces, [period], settle, effort=0)  # past the effort: left untiled
    assert sums == {}


@settings(max_examples=100, deadline=None)
@given(
    chosen=st.lists(spans, unique=True, max_size=30),
    kinds=st.lists(st.booleans(), min_size=30, max_size=30),
    effort=st.integers(0, 4),
)
def test_tile_all_within_its_effort_tiles_only_as_tiles_does(
    chosen: list[tuple[int, int]], kinds: list[bool], effort: int
) -> None:
    """With little effort, a period is left untiled or tiled as Tiles tiles it: never
    with other sums."""
    pieces: list[Piece] = []
    periods: list[DateSpan] = []
    for (a, z), piece in zip(chosen, kinds, strict=False):
        if piece:
            pieces.append((span(a, z), a + 1, None))
        else:
            periods.append(span(a, z))
    value: dict[int, Number] = dict.fromkeys(range(len(periods)), None)
    oracle = _greedy(pieces, periods, value)
    settled: dict[int, tuple[Number, Fraction, bool]] = {}

    def settle(k: int, counted: Number, estimated: Fraction, pooled: bool) -> Number | None:
        settled[k] = (counted, estimated, pooled)
        return None

    tile_all(pieces, periods, settle, effort=effort)
    assert all(oracle[k] == sums for k, sums in settled.items())
