"""Statistics over grouped members: tight intervals (against brute force), bests, errors."""

from __future__ import annotations

import csv
import datetime as dt
import io
import itertools
import json
import math
import statistics as pystats
import warnings
from collections.abc import Callable, Sequence
from fractions import Fraction
from typing import Literal, TypeAlias

import attrs
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import pwstats
from pwstats import Dataset, Figure, Interval, Measure, Relation, Source
from pwstats.errors import DataQualityWarning, UnitError, UnknownIdError
from pwstats.report import NO_VALUE_RULE, TILED_RULE
from pwstats.stats import (
    Statistic,
    StatisticsError,
    change,
    maximum,
    mean,
    median,
    minimum,
    rate,
    total,
)

HALF = Fraction(1, 2)
QUARTER = Fraction(1, 4)


# -- building data sets --------------------------------------------------------------


def events(intervals: Sequence[Interval], *, unit: str = "percent", group: str = "x") -> Dataset:
    """One event measure per interval, all in group g=group, each with that interval as figure."""
    measures = [
        Measure(id=f"{group}{i}", label="count", kind="event", unit=unit, dims={"g": group})
        for i in range(len(intervals))
    ]
    figures = [
        Figure(id=f"f{group}{i}", measure=f"{group}{i}", value=iv, as_of="2016-01-01")
        for i, iv in enumerate(intervals)
    ]
    return Dataset(measures=measures, figures=figures)


@st.composite
def small_intervals(draw: st.DrawFn) -> Interval:
    """Non-empty intervals with ends on the half-grid of [0, 2], each end open or closed."""
    a, b = sorted(draw(st.integers(0, 4)) * HALF for _ in range(2))
    if a == b:
        return Interval.point(a)
    return Interval(a, b, lo_closed=draw(st.booleans()), hi_closed=draw(st.booleans()))


def samples(iv: Interval) -> list[tuple[Fraction, bool]]:
    """The ends of ``iv`` and the quarter-grid points between, each with whether it is in iv."""
    lo, hi = Fraction(iv.lo), Fraction(iv.hi)
    points = [lo + k * QUARTER for k in range(int((hi - lo) / QUARTER) + 1)]
    return [(p, p in iv) for p in points]


def brute(f: Callable[[Sequence[Fraction]], Fraction], intervals: Sequence[Interval]) -> Interval:
    """The tight interval of f over the product, by enumerating sample tuples.

    The ends are the least and greatest values over the closures; an end is
    closed when some tuple of points inside the intervals attains it.
    """
    values: list[tuple[Fraction, bool]] = []
    for combo in itertools.product(*(samples(iv) for iv in intervals)):
        xs = [x for x, _ in combo]
        values.append((f(xs), all(inside for _, inside in combo)))
    lo = min(v for v, _ in values)
    hi = max(v for v, _ in values)
    lo_closed = any(inside for v, inside in values if v == lo)
    hi_closed = any(inside for v, inside in values if v == hi)
    if lo == hi and not (lo_closed and hi_closed):
        return Interval.empty()
    return Interval(lo, hi, lo_closed=lo_closed, hi_closed=hi_closed)


def _median(xs: Sequence[Fraction]) -> Fraction:
    return Fraction(pystats.median(xs))


def _mean(xs: Sequence[Fraction]) -> Fraction:
    return Fraction(sum(xs), len(xs))


ORACLES: dict[str, tuple[Callable[..., pwstats.stats.Statistics], Callable[..., Fraction]]] = {
    "total": (total, lambda xs: Fraction(sum(xs))),
    "mean": (mean, _mean),
    "median": (median, _median),
    "minimum": (minimum, lambda xs: Fraction(min(xs))),
    "maximum": (maximum, lambda xs: Fraction(max(xs))),
}


# -- tightness against brute force -------------------------------------------------------


@pytest.mark.parametrize("name", sorted(ORACLES))
@settings(max_examples=40, deadline=None)
@given(intervals=st.lists(small_intervals(), min_size=1, max_size=4))
def test_interval_is_the_tightest_over_every_member_value(
    name: str, intervals: list[Interval]
) -> None:
    """Each statistic's interval is exactly the set of values it takes over the members' bounds."""
    function, oracle = ORACLES[name]
    result = function(events(intervals), by="g")
    row = result.row(g="x")
    assert [result.member(m).interval for m in row.members] == intervals
    assert row.interval == brute(oracle, intervals)


@pytest.mark.parametrize("name", sorted(ORACLES))
@settings(max_examples=25, deadline=None)
@given(intervals=st.lists(small_intervals(), min_size=1, max_size=4))
def test_best_is_the_statistic_of_the_bests_and_lies_in_the_interval(
    name: str, intervals: list[Interval]
) -> None:
    """best is the statistic of the members' bests, inside the interval."""
    function, oracle = ORACLES[name]
    result = function(events(intervals), by="g")
    row = result[0]
    bests = [result.member(m).best for m in row.members]
    assert None not in bests
    assert row.estimate.best == oracle([Fraction(b) for b in bests if b is not None])
    assert row.estimate.best in row.interval
    assert (row.estimate.low, row.estimate.high) == (row.interval.lo, row.interval.hi)


def test_median_of_an_even_count_is_the_mean_of_the_two_middle_values() -> None:
    """An even count's median is the mean of the two middle values, for ends and best alike."""
    intervals = [Interval.point(1), Interval.point(2), Interval.closed(4, 10), Interval.point(20)]
    row = median(events(intervals), by="g")[0]
    assert row.interval == Interval.closed(3, 6)
    assert row.estimate.best == Fraction(9, 2)  # bests 1, 2, 7, 20
    assert "the mean of the two middle" in row.low.detail
    assert row.low.members == ("x1", "x2")


@pytest.mark.parametrize(
    ("name", "expected"),
    [
        ("total", Interval.more_than(3)),
        ("mean", Interval.more_than(Fraction(3, 2))),
        ("median", Interval.more_than(Fraction(3, 2))),
        ("minimum", Interval.open_closed(0, 5)),
        ("maximum", Interval.at_least(3)),
    ],
)
def test_unbounded_members_give_unbounded_ends(name: str, expected: Interval) -> None:
    """A member with no upper bound leaves the total, mean, median and maximum unbounded."""
    function, _ = ORACLES[name]
    row = function(events([Interval.more_than(0), Interval.closed(3, 5)]), by="g")[0]
    assert row.interval == expected


def test_total_high_end_says_which_member_is_unbounded() -> None:
    """The high summary of a total with an unbounded member names it."""
    row = total(events([Interval.more_than(0), Interval.closed(3, 5)]), by="g")[0]
    assert "unbounded: x0 has no upper bound" in row.high.detail
    assert row.high.members == ("x0",)


# -- rate and change ----------------------------------------------------------------------


def rate_data(top: Sequence[Interval], bottom: Sequence[Interval]) -> Dataset:
    a, b = events(top, group="n"), events(bottom, group="d")
    return Dataset.combine(a, b)


@settings(max_examples=40, deadline=None)
@given(
    top=st.lists(small_intervals(), min_size=1, max_size=2),
    bottom=st.lists(small_intervals(), min_size=1, max_size=2),
)
def test_rate_is_every_quotient_of_the_totals(top: list[Interval], bottom: list[Interval]) -> None:
    """A rate's interval is exactly the set of per × numerator total / nonzero denominator total."""
    data = rate_data(top, bottom)
    row = rate(data, {"g": "n"}, {"g": "d"}, per=10)[0]
    num, den = sum(top[1:], top[0]), sum(bottom[1:], bottom[0])
    values: list[tuple[Fraction, bool]] = []
    for (n, n_in), (d, d_in) in itertools.product(samples(num), samples(den)):
        if d != 0:
            values.append((10 * n / d, n_in and d_in))
    if not den.overlaps(Interval.more_than(0)) and not den.overlaps(Interval.less_than(0)):
        assert row.interval.is_empty
        return
    lo = min(v for v, _ in values)
    if 0 in Interval(den.lo, den.hi) and num.hi > 0:
        # The denominator comes near 0: unbounded above; the low end is still the least
        # quotient (every end here is non-negative), attained or not.
        assert row.interval.hi == float("inf")
        assert row.interval.lo == lo
        assert row.interval.lo_closed == any(i for v, i in values if v == lo)
        return
    hi = max(v for v, _ in values)
    expected = Interval(
        lo,
        hi,
        lo_closed=any(i for v, i in values if v == lo),
        hi_closed=any(i for v, i in values if v == hi),
    )
    assert row.interval == expected


def test_a_rate_puts_the_denominator_in_the_numerators_unit() -> None:
    """El Salvador, 2015: 6,656 homicides, a population of 6,312 thousand (kiloperson):
    105.4 per 100,000, not the 105,450 that dividing by 6,312 gives."""
    for unit in ("kiloperson", "1000 * person", "person"):
        population = 6312 if unit != "person" else 6_312_000
        data = Dataset(
            measures=[
                Measure(id="hom", label="homicides", kind="flow", dims={"c": "SLV", "w": "h"}),
                Measure(id="pop", label="population", unit=unit, dims={"c": "SLV", "w": "p"}),
            ],
            figures=[
                Figure(id="h", measure="hom", value=6656, as_of="2015"),
                Figure(id="p", measure="pop", value=population, as_of="2015"),
            ],
        )
        (row,) = rate(data, "hom", "pop", by="c", at="2015")
        assert row.interval == Interval.point(Fraction(665_600_000, 6_312_000))
        assert row.estimate.best == Fraction(665_600_000, 6_312_000)
        assert ("from " + unit in row.low.detail) == (unit != "person")


def test_each_row_names_its_unit_and_tables_show_one_not_of_people() -> None:
    """A total of populations in thousands printed "6312.4" with no unit: read as people."""
    data = Dataset(
        measures=[
            Measure(id="pop", label="population", unit="kiloperson", whole=False, dims={"c": "S"}),
            Measure(id="held", label="people held", dims={"c": "H"}),
        ],
        figures=[
            Figure(id="p", measure="pop", value="6,312.4", as_of="2015"),
            Figure(id="h", measure="held", value=2828, as_of="2015"),
        ],
    )
    result = total(data, by="c", at="2015")
    assert [(r.group["c"], r.unit) for r in result] == [("H", "person"), ("S", "kiloperson")]
    assert list(result.to_frame()["unit"]) == ["person", "kiloperson"]
    text = pwstats.tabulate(result, fmt="simple")
    assert text.splitlines()[0].split()[-1] == "unit"
    assert text.splitlines()[3].split()[-1] == "kiloperson"
    people = total(data, by="c", at="2015", where={"c": "H"})
    assert "unit" not in pwstats.tabulate(people, fmt="simple").splitlines()[0]
    (row,) = csv.DictReader(io.StringIO(pwstats.tabulate(people, fmt="csv")))
    assert row["unit"] == "person"  # a machine format's columns do not depend on the rows
    (row,) = json.loads(pwstats.tabulate(people, fmt="json"))["rows"]
    assert row["unit"] == "person"
    assert change(data, "pop", "2015", "2015")[0].unit == "kiloperson"


def test_a_member_bounded_to_one_value_without_a_figure_has_that_best() -> None:
    """Sea arrivals in Italy, January to March 2019 month by month: February to March is
    exactly 60 + 262, yet its total had no best (printed "—") beside the interval [322, 322]."""
    arrivals = Measure(id="it", label="sea arrivals", kind="flow", dims={"c": "ITA"})
    data = Dataset(
        measures=[arrivals],
        figures=[
            Figure(id=m, measure="it", value=v, as_of=f"2019-{k + 1:02}")
            for k, (m, v) in enumerate([("jan", 202), ("feb", 60), ("mar", 262)])
        ],
    )
    (row,) = total(data, by="c", at="2019-02/2019-03")
    assert row.interval == Interval.point(322)
    assert row.estimate.best == 322
    (loose,) = total(data, by="c", at="2019-02-15/2019-03-31")
    assert loose.estimate.best is None  # no value stated for it, and more than one possible


def test_a_group_holding_a_sums_total_and_its_parts_is_warned_of() -> None:
    """IDPs in Sudan: the national figure and the states' with one country dim. A total by
    country added the nation to its states, counting everyone twice, without a word."""
    measures = [Measure(id="nat", label="IDPs in Sudan", dims={"country": "SDN"})]
    figures = [Figure(id="n", measure="nat", value="10.7 million", as_of="2024-06-30")]
    for state, n in [("Khartoum", 3593000), ("Darfur", 1788000)]:
        measures.append(Measure(id=state, label=state, dims={"country": "SDN", "state": state}))
        figures.append(Figure(id=state[:3], measure=state, value=n, as_of="2024-06-30"))
    states = Relation.sum("nat", ["Khartoum", "Darfur"], complete=False, id="states")
    data = Dataset(measures=measures, figures=figures, relations=[states])
    with pytest.warns(pwstats.errors.DataQualityWarning, match="'nat' with its part 'Khartoum'"):
        doubled = total(data, by="country", at="2024-06-30")
    assert doubled[0].members == ("nat", "Khartoum", "Darfur")  # still combined, as asked
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        total(data, by="country", at="2024-06-30", where=lambda d: "state" in d)
        total(data, by=("country", "state"), at="2024-06-30")


def test_rate_per_100k_and_its_best() -> None:
    """rate() divides the totals, scales by per and gives the quotient of the bests."""
    deaths = Measure(id="deaths", label="deaths", kind="event", dims={"y": 2016, "w": "d"})
    pop = Measure(id="pop", label="people", dims={"y": 2016, "w": "p"})
    data = Dataset(
        measures=[deaths, pop],
        figures=[
            Figure(id="a", measure="deaths", value=30, as_of="2016"),
            Figure(id="b", measure="pop", value=Interval.closed(200_000, 300_000), as_of="2016"),
        ],
    )
    row = rate(data, {"w": "d"}, {"w": "p"}, by="y", at="2016").row(y=2016)
    assert row.interval == Interval.closed(10, 15)
    assert row.rule == "rate"
    with pytest.raises(StatisticsError, match="denominator: no measure has w = 'nothing'"):
        rate(data, {"w": "d"}, {"w": "nothing"}, by="y", at="2016")
    earlier = attrs.evolve(data, measures=[deaths, attrs.evolve(pop, dims={"y": 2015, "w": "p"})])
    with pytest.raises(StatisticsError, match="y=2016 has a numerator but no denominator"):
        rate(earlier, {"w": "d"}, {"w": "p"}, by="y", at="2016")


def deaths_and_populations() -> Dataset:
    """Deaths in 2017 (a flow) for PR only; mid-year populations for PR and VI."""
    return Dataset(
        measures=[
            Measure(id="d-PR", label="deaths", kind="flow", dims={"area": "PR", "w": "d"}),
            Measure(id="p-PR", label="residents", dims={"area": "PR", "w": "p"}),
            Measure(id="p-VI", label="residents", dims={"area": "VI", "w": "p"}),
        ],
        figures=[
            Figure(id="d", measure="d-PR", value=Interval.closed(29_000, 30_000), as_of="2017"),
            Figure(id="p", measure="p-PR", value=3_337_177, as_of="2017-07-01"),
            Figure(id="v", measure="p-VI", value=104_000, as_of="2017-07-01"),
        ],
    )


def test_a_group_with_a_denominator_but_no_numerator_is_listed_as_unknown() -> None:
    """A rate silently dropped the groups whose denominator had members but whose numerator
    had none: they are rows, unbounded (unknown, not 0), with a warning naming them."""
    pytest.importorskip("pandas")
    data = deaths_and_populations()
    with pytest.warns(DataQualityWarning, match=r"1 group has .* no numerator .*: area=VI"):
        result = rate(data, {"w": "d"}, {"w": "p"}, by="area", at="2017",
                      denominator_at="2017-07-01")  # fmt: skip
    assert [r.group["area"] for r in result] == ["PR", "VI"]
    vi = result.row(area="VI")
    assert vi.interval == Interval.unbounded()
    assert (vi.estimate.low, vi.estimate.best, vi.estimate.high) == (None, None, None)
    assert vi.rule == "rate without numerator"
    assert vi.rule in pwstats.stats.RULES
    assert vi.members == ("p-VI",)
    assert "unknown (not 0)" in vi.low.detail
    assert "at 2017-07-01" in vi.low.detail
    document = json.loads(pwstats.tabulate(result, fmt="json"))
    assert [(r["group"], r["interval"], r["rule"]) for r in document["rows"]][1] == (
        {"area": "VI"}, "(-inf, +inf)", "rate without numerator")  # fmt: skip
    csv_rows = pwstats.tabulate(result, fmt="csv").splitlines()
    assert len(csv_rows) == 3
    assert csv_rows[2].startswith("VI,")
    text = pwstats.tabulate(result, fmt="simple")
    assert "rate without numerator:" in text
    assert "best —: a member has no best value" not in text  # no member lacks a best
    frame = result.to_frame()
    assert list(frame["rule"]) == ["rate", "rate without numerator"]


@settings(max_examples=40, deadline=None)
@given(
    top=st.lists(st.sampled_from("abc"), min_size=1, max_size=3),
    bottom=st.lists(st.sampled_from("abc"), min_size=1, max_size=3),
)
def test_a_rate_has_a_row_for_every_group_of_its_denominator(
    top: list[str], bottom: list[str]
) -> None:
    """A rate's rows are exactly its denominator's groups (each numerator group needs one)."""
    measures = [
        Measure(id=f"{side}{i}", label=side, kind="event", unit="percent",
                dims={"g": g, "side": side})
        for side, groups in (("n", top), ("d", bottom))
        for i, g in enumerate(groups)
    ]  # fmt: skip
    figures = [Figure(id=f"f{m.id}", measure=m.id, value=1, as_of="2016") for m in measures]
    data = Dataset(measures=measures, figures=figures)
    if not set(top) <= set(bottom):
        with pytest.raises(StatisticsError, match="has a numerator but no denominator"):
            rate(data, {"side": "n"}, {"side": "d"}, by="g")
        return
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        result = rate(data, {"side": "n"}, {"side": "d"}, by="g")
    assert [r.group["g"] for r in result] == sorted(set(bottom))
    unknown = sorted(set(bottom) - set(top))
    assert [r.group["g"] for r in result if r.rule == "rate without numerator"] == unknown
    assert all(r.interval == Interval.unbounded() for r in result if r.group["g"] in unknown)
    assert len(caught) == (1 if unknown else 0)


def test_numerator_measures_in_no_group_are_named_when_a_rate_is_unknown() -> None:
    """Deaths without the `year` dim of the populations: every rate is unknown, and the
    warning says why (the deaths belong to no group), not only that they are."""
    data = Dataset(
        measures=[
            Measure(id="d-PR", label="deaths", kind="event", dims={"area": "PR", "w": "d"}),
            Measure(id="p-PR", label="people", dims={"area": "PR", "w": "p", "year": 2017}),
        ],
        figures=[
            Figure(id="d", measure="d-PR", value=2975, as_of="2017-12-31"),
            Figure(id="p", measure="p-PR", value=3_337_177, as_of="2017-07-01"),
        ],
    )
    with pytest.warns(DataQualityWarning, match=r"1 numerator measure \('d-PR'\) lack a value"):
        result = rate(data, {"w": "d"}, {"w": "p"}, by=("area", "year"), at="2017-07-01")
    assert [r.rule for r in result] == ["rate without numerator"]
    assert result.left_out == ("d-PR",)


def test_a_two_date_rate_carries_both_dates_everywhere_it_is_shown() -> None:
    """JSON carried only the numerator's `at`: the denominator's date was lost."""
    pytest.importorskip("pandas")
    data = deaths_and_populations()
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", DataQualityWarning)
        result = rate(data, "d-PR", "p-PR", by="area", at="2017", denominator_at="2017-07-01")
        one_date = rate(data, "d-PR", "p-PR", by="area", at="2017-07-01")
        of_levels = total(data, by="area", at="2017")
    assert (str(result.at), str(result.denominator_at)) == ("2017", "2017-07-01")
    assert "at 2017, denominator at 2017-07-01" in repr(result)
    document = json.loads(pwstats.tabulate(result, fmt="json"))
    assert (document["at"], document["denominator_at"]) == ("2017", "2017-07-01")
    header, row = pwstats.tabulate(result, fmt="csv").splitlines()
    assert header.startswith("area,statistic,at,denominator_at,interval")
    assert row.startswith("PR,rate,2017,2017-07-01,")
    assert pwstats.tabulate(result, fmt="simple").split()[:3] == ["area", "at", "denominator_at"]
    frame = result.to_frame()
    assert (frame["at"][0], frame["denominator_at"][0]) == ("2017", "2017-07-01")
    assert "<th>at</th><th>denominator_at</th>" in result._repr_html_()
    assert json.loads(pwstats.tabulate(one_date, fmt="json"))["denominator_at"] == "2017-07-01"
    assert "denominator_at" not in pwstats.tabulate(of_levels, fmt="csv")


def test_a_change_carries_its_start_and_end_everywhere_it_is_shown() -> None:
    """A change's JSON said only "at": the span from start to end, as if it were one period
    (a change from 2016 to 2017 read "2016-01-01/2017-12-31"); its two dates are kept."""
    pytest.importorskip("pandas")
    data = Dataset(
        measures=[Measure(id="p", label="people", dims={"area": "PR"})],
        figures=[
            Figure(id="a", measure="p", value=3_406_520, as_of="2016"),
            Figure(id="b", measure="p", value=3_337_177, as_of="2017"),
        ],
    )
    result = change(data, "p", "2016", "2017", by="area")
    assert (str(result.start), str(result.end)) == ("2016", "2017")
    assert "from 2016 to 2017" in repr(result)
    document = json.loads(pwstats.tabulate(result, fmt="json"))
    assert (document["start"], document["end"]) == ("2016", "2017")
    header, row = pwstats.tabulate(result, fmt="csv").splitlines()
    assert header.startswith("area,statistic,start,end,interval")
    assert row.startswith("PR,change,2016,2017,")
    frame = result.to_frame()
    assert (frame["start"][0], frame["end"][0]) == ("2016", "2017")
    assert result[0].interval == Interval.point(3_337_177 - 3_406_520)


def test_tabulating_statistics_with_known_at_is_an_error_not_ignored() -> None:
    """tabulate(statistics, known_at=...) printed the statistic of every figure, as if the
    date had been applied; a statistic is computed from a report reconciled at that date."""
    result = total(events([Interval.closed(1, 2)]), by="g")
    with pytest.raises(ValueError, match=r"known_at='2016-01-01' is for a Report or Dataset"):
        pwstats.tabulate(result, known_at="2016-01-01")


def cumulative_data() -> Dataset:
    returned = Measure(id="returned", label="returned", kind="cumulative", dims={"side": "ua"})
    return Dataset(
        measures=[returned],
        figures=[
            Figure(id="a", measure="returned", value=Interval.closed(100, 200), as_of="2023-12-01"),
            Figure(id="b", measure="returned", value=Interval.closed(150, 160), as_of="2024-01-31"),
        ],
    )


def test_change_of_a_cumulative_measure_never_falls() -> None:
    """A cumulative measure's change is end less start, cut at 0 (it never falls)."""
    row = change(cumulative_data(), "returned", "2023-12-01", "2024-01-31")[0]
    assert row.interval == Interval.closed(0, 60)


def test_change_with_end_before_start_is_an_error_not_an_empty_row() -> None:
    """Dates given the wrong way round gave an empty interval, silently."""
    with pytest.raises(StatisticsError, match="end 2023-12-01 comes before start 2024-01-31"):
        change(cumulative_data(), "returned", "2024-01-31", "2023-12-01")


def test_change_of_a_level_measure_may_be_negative() -> None:
    """A level measure's change is end less start, both free within their bounds."""
    held = Measure(id="held", label="held")
    data = Dataset(
        measures=[held],
        figures=[
            Figure(id="a", measure="held", value=Interval.closed(100, 200), as_of="2023"),
            Figure(id="b", measure="held", value=Interval.closed(150, 160), as_of="2024"),
        ],
    )
    row = change(data, "held", "2023", "2024")[0]
    assert row.interval == Interval.closed(-50, 60)


def test_change_refuses_event_measures() -> None:
    """change() of an event measure is an error: an event has no value at a date."""
    with pytest.raises(StatisticsError, match="'x0' is an event measure"):
        change(events([Interval.point(1)]), None, "2016", "2017")


# -- members, groups, dates -------------------------------------------------------------------


def conflict_years() -> Dataset:
    ms, fs = [], []
    for i, (conflict, year, low, high) in enumerate(
        [("299", 2016, 1, 3), ("299", 2016, 10, 12), ("299", 2017, 5, 5), ("333", 2016, 0, 2)]
    ):
        ms.append(
            Measure(
                id=f"e{i}", label="killed", kind="event", dims={"conflict": conflict, "year": year}
            )
        )
        fs.append(Figure(id=f"f{i}", measure=f"e{i}", low=low, high=high, as_of=f"{year}-06"))
    ms.append(Measure(id="loose", label="killed", kind="event", dims={"conflict": "299"}))
    fs.append(Figure(id="fl", measure="loose", value=1, as_of="2016"))
    return Dataset(measures=ms, figures=fs)


def test_groups_are_the_by_values_in_natural_order() -> None:
    """total() makes one row per combination of by-values, sorted, numbers numerically."""
    result = total(conflict_years(), by=("conflict", "year"))
    assert [str(r.group) for r in result.rows] == [
        "conflict=299, year=2016",
        "conflict=299, year=2017",
        "conflict=333, year=2016",
    ]
    assert result.row(conflict="299", year=2016).interval == Interval.closed(11, 15)
    assert result.left_out == ("loose",)


def test_measures_in_no_group_are_said_in_the_repr_and_the_frame() -> None:
    """A measure lacking a `by` dimension was named only in left_out and the text table's
    notes: a notebook's repr and DataFrame showed no trace of it."""
    pytest.importorskip("pandas")
    result = total(conflict_years(), by=("conflict", "year"))
    assert repr(result).endswith(", 1 left out (no value for conflict, year)>")
    assert result.to_frame().attrs["left_out"] == ["loose"]


def test_where_filters_by_mapping_or_predicate() -> None:
    """where keeps members whose dims match a mapping (value or values) or pass a function."""
    data = conflict_years()
    by_map = total(data, by="year", where={"conflict": "299"})
    by_values = total(data, by="year", where={"conflict": ["299"]})
    by_test = total(data, by="year", where=lambda d: d.get("conflict") == "299")
    assert by_map.rows == by_values.rows == by_test.rows
    assert [r.members for r in by_map] == [("e0", "e1"), ("e2",)]


def test_a_report_gives_the_same_statistics_as_its_dataset() -> None:
    """total(report) equals total(dataset) reconciled under the same reading."""
    data = conflict_years()
    report = pwstats.reconcile(data, reading="lenient")
    assert total(report, by="year").rows == total(data, by="year", reading="lenient").rows
    with pytest.raises(StatisticsError, match="reconciled under the 'lenient' reading"):
        total(report, by="year", reading="literal")


def test_unknown_dimension_is_named_with_the_nearest() -> None:
    """A by or where dimension that no measure has is an error suggesting the nearest."""
    with pytest.raises(StatisticsError, match=r"dimension 'yaer' \(did you mean 'year'\?\)"):
        total(conflict_years(), by="yaer")
    with pytest.raises(StatisticsError, match="'conflcit'"):
        total(conflict_years(), by="year", where={"conflcit": "299"})
    with pytest.raises(ValueError, match="dimension name 'Year' must be lowercase"):
        total(conflict_years(), by="Year")
    with pytest.raises(TypeError, match="takes a Dataset or a Report"):
        total([], by="year")  # type: ignore[arg-type]


def test_a_group_must_share_one_unit() -> None:
    """Members of one group in units of different kinds are a UnitError naming both."""
    a = Measure(id="a", label="a", kind="event", dims={"g": "x"})
    b = Measure(id="b", label="b", kind="event", unit="day", dims={"g": "x"})
    data = Dataset(
        measures=[a, b],
        figures=[
            Figure(id="fa", measure="a", value=1, as_of="2016"),
            Figure(id="fb", measure="b", value=1, as_of="2016"),
        ],
    )
    with pytest.raises(UnitError, match="'a' is in 'person' but 'b' of the same group"):
        total(data, by="g")


_SIZES = {"person": 1, "kiloperson": 1000, "1000 * person": 1000, "megaperson": 10**6}


@settings(max_examples=60)
@given(
    st.lists(
        st.tuples(
            st.sampled_from(sorted(_SIZES)),
            st.integers(min_value=0, max_value=50),
            st.integers(min_value=0, max_value=9),
        ),
        min_size=2,
        max_size=4,
    )
)
def test_a_group_in_units_of_one_kind_is_converted_exactly(
    members: list[tuple[str, int, int]],
) -> None:
    """Members of one group in units of one kind (person, kiloperson, ...) are put in the
    first member's unit exactly: total, minimum and maximum are those of the members' ends
    so converted (they were refused: "a group's members must share a unit")."""
    measures = [
        Measure(id=f"m{i}", label="m", unit=u, whole=u == "person", dims={"g": "x"})
        for i, (u, _, _) in enumerate(members)
    ]
    figures = [
        Figure(id=f"f{i}", measure=f"m{i}", value=Interval.closed(lo, lo + w), as_of="2020")
        for i, (_, lo, w) in enumerate(members)
    ]
    data = Dataset(measures=measures, figures=figures)
    first = _SIZES[members[0][0]]
    ends = [
        (Fraction(lo * _SIZES[u], first), Fraction((lo + w) * _SIZES[u], first))
        for u, lo, w in members
    ]
    (row,) = total(data, by="g", at="2020")
    assert row.interval == Interval.closed(sum(lo for lo, _ in ends), sum(hi for _, hi in ends))
    assert row.unit == members[0][0]
    (low,) = minimum(data, by="g", at="2020")
    assert low.interval == Interval.closed(min(lo for lo, _ in ends), min(hi for _, hi in ends))
    (high,) = maximum(data, by="g", at="2020")
    assert high.interval == Interval.closed(max(lo for lo, _ in ends), max(hi for _, hi in ends))


def test_a_rate_takes_denominators_in_persons_and_kilopersons_together() -> None:
    """A rate over regions whose populations are in person and kiloperson equals the rate
    with every population in persons (it was refused: "a group's members must share a
    unit", though the denominator is converted to the numerator's unit)."""

    def rates(unit: str) -> Statistic:
        size = 1000 if unit == "kiloperson" else 1
        data = Dataset(
            measures=[
                Measure(id="d-a", label="deaths A", kind="flow", dims={"r": "A", "w": "d"}),
                Measure(id="d-b", label="deaths B", kind="flow", dims={"r": "B", "w": "d"}),
                Measure(id="p-a", label="population A", dims={"r": "A", "w": "p"}),
                Measure(id="p-b", label="population B", unit=unit, dims={"r": "B", "w": "p"}),
            ],
            figures=[
                Figure(id="fd-a", measure="d-a", low=120, best=150, high=200, as_of="2023"),
                Figure(id="fd-b", measure="d-b", value="more than 80", as_of="2023"),
                Figure(id="fp-a", measure="p-a", value="about 1.2 million", as_of="2023-07"),
                Figure(
                    id="fp-b",
                    measure="p-b",
                    value=Interval.closed(400_000 // size, 450_000 // size),
                    as_of="2023-07",
                ),
            ],
        )
        with warnings.catch_warnings():
            warnings.simplefilter("ignore", DataQualityWarning)
            (row,) = rate(data, {"w": "d"}, {"w": "p"}, by=(), at="2023", denominator_at="2023-07")
        return row

    mixed, people = rates("kiloperson"), rates("person")
    assert mixed.interval == people.interval
    assert mixed.estimate.best == people.estimate.best


def level_data() -> Dataset:
    ms = [Measure(id=f"held{i}", label="held", dims={"side": s}) for i, s in enumerate("ab")]
    fs = [
        Figure(id="h0", measure="held0", value=Interval.closed(10, 20), as_of="2024-01"),
        Figure(id="h1", measure="held1", value=5, as_of="2024-01"),
        Figure(id="h2", measure="held1", value=7, as_of="2024-02"),
    ]
    return Dataset(measures=ms, figures=fs)


def test_level_members_need_at_and_are_taken_at_it() -> None:
    """A level member needs at=; its bound is its finding as of exactly that date."""
    with pytest.raises(StatisticsError, match=r"'held0' .* is a level measure: give at="):
        total(level_data(), by=())
    row = total(level_data(), by=(), at="2024-01")[0]
    assert row.interval == Interval.closed(15, 25)
    assert str(row.group) == ""


def test_a_member_without_a_finding_at_the_date_is_bounded_there() -> None:
    """A level member with no figure at ``at`` contributes its bound there (unbounded above)."""
    with pytest.warns(DataQualityWarning, match=r"'held0' has no figure as of 2024-02 \(its"):
        row = total(level_data(), by=(), at="2024-02")[0]
    assert row.interval == Interval.at_least(7)
    assert row.estimate.best is None


def test_a_cumulative_member_between_figures_is_bounded_by_both() -> None:
    """A cumulative member at a date between its figures is bounded below and above by them."""
    row = total(cumulative_data(), by="side", at="2024-01-01")[0]
    assert row.interval == Interval.closed(100, 160)


def test_contested_members_are_listed_and_still_counted() -> None:
    """A member whose finding is a contradiction is in contested and in the total."""
    m = Measure(id="swap", label="released", kind="event", dims={"g": "x"})
    n = Measure(id="other", label="released", kind="event", dims={"g": "x"})
    data = Dataset(
        measures=[m, n],
        figures=[
            Figure(id="a", measure="swap", value="more than 230", as_of="2024-01-03"),
            Figure(id="b", measure="swap", value=230, as_of="2024-01-03"),
            Figure(id="c", measure="other", value=10, as_of="2024-01-03"),
        ],
    )
    row = total(data, by="g")[0]
    assert row.contested == ("swap",)
    assert row.members == ("swap", "other")
    assert 10 + 231 in row.interval


def test_members_tied_by_a_relation_keep_their_own_bounds() -> None:
    """A relation between members narrows the total only through each member's bound."""
    data = Dataset(
        measures=[
            Measure(id="a", label="a", kind="event", dims={"g": "x"}),
            Measure(id="b", label="b", kind="event", dims={"g": "x"}),
        ],
        figures=[Figure(id="fa", measure="a", value=Interval.closed(0, 10), as_of="2016")],
        relations=[Relation.le("b", "a")],
    )
    row = total(data, by="g")[0]
    assert row.interval == Interval.closed(0, 20)


def test_summaries_name_counts_and_the_largest_member() -> None:
    """A total's low summary counts the members and names the largest low end; all ids are data."""
    row = total(conflict_years(), by="conflict").row(conflict="299")
    assert row.low.detail == "sum of 4 members' low ends; largest: e1 at 10"
    assert row.low.members == row.members == ("e0", "e1", "e2", "loose")
    assert repr(row.low) == 'Summary("sum of 4 members\' low ends; largest: e1 at 10", 4 members)'


def test_summaries_of_one_member_say_its_end_in_the_singular() -> None:
    """One unbounded member: "1 member's high end", never "1 member' high ends"."""
    data = Dataset(
        measures=[Measure(id="syr", label="Syrian refugees in Türkiye", dims={"coo": "SYR"})],
        figures=[Figure(id="f", measure="syr", value=Interval.at_least(3200000), as_of="2023")],
    )
    for statistic, verb in ((total, "sum"), (mean, "mean"), (median, "median")):
        row = statistic(data, by="coo", at="2023")[0]
        for summary in (row.low, row.high):
            assert "member' " not in summary.detail
            assert "1 member's" in summary.detail
        assert row.high.detail.startswith(f"{verb} of 1 member's high end")
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", DataQualityWarning)  # no figure as of 2024
        (row,) = change(data, "syr", "2023", "2024")
    assert row.low.detail.startswith("sum of 1 member's lowest rise (")
    (row,) = change(data, "syr", "2023", "2023")
    assert row.low.detail.endswith(", 0 (1 member)")


def test_unknown_member_and_group_are_errors() -> None:
    """Asking Statistics for a member or group it does not hold is a StatisticsError."""
    result = total(conflict_years(), by="conflict")
    with pytest.raises(StatisticsError, match="'nope' is a member of no group"):
        result.member("nope")
    with pytest.raises(StatisticsError, match="no group conflict=1"):
        result.row(conflict=1)
    with pytest.raises(UnknownIdError):
        rate(conflict_years(), "nope", "e1")


def test_empty_member_bounds_make_the_statistic_empty() -> None:
    """A member with empty bounds (no possible value) makes every statistic of its group empty."""
    data = Dataset(
        measures=[
            Measure(id="a", label="a", kind="event", dims={"g": "x"}),
            Measure(id="b", label="b", kind="event", dims={"g": "x"}),
        ],
        figures=[
            Figure(id="fa", measure="a", value=5, as_of="2016"),
            Figure(id="fb", measure="b", value=1, as_of="2016"),
        ],
        relations=[Relation.le("a", "b")],
    )
    report = pwstats.reconcile(data)
    # a ≤ b with a = 5 and b = 1: the relation leaves a member with no value.
    assert any(f.bounds.is_empty for f in report.findings)
    for function, _ in ORACLES.values():
        row = function(report, by="g")[0]
        assert row.interval.is_empty
        assert row.estimate.best is None


# -- output ---------------------------------------------------------------------------------


def test_repr_is_short_and_html_is_a_table() -> None:
    """repr names the statistic, grouping and counts; _repr_html_ is one table row per group."""
    result = total(conflict_years(), by=("conflict", "year"))
    assert repr(result) == (
        "<Statistics total by conflict, year: 3 rows, 4 members, 1 left out (no value for"
        " conflict, year)>"
    )
    assert repr(result[0]).startswith("<Statistic total conflict=299, year=2016: [11, 15]")
    html = result._repr_html_()
    assert html.count("<tr>") == 4
    assert "<th>conflict</th>" in html


def test_to_frame_has_exact_text_floats_and_closedness() -> None:
    """to_frame() has a column per by-dimension, exact ends as text, floats and closed flags."""
    pytest.importorskip("pandas")
    frame = total(events([Interval.more_than(0), Interval.closed(3, 5)]), by="g").to_frame()
    record = frame.to_dict("records")[0]
    assert record["g"] == "x"
    assert record["interval"] == "(3, +inf)"
    assert (record["interval_lo_exact"], record["interval_hi_exact"]) == ("3", "+inf")
    assert record["interval_hi"] == float("inf")
    assert (record["interval_lo_closed"], record["interval_hi_closed"]) == (False, False)
    assert record["members"] == 2


# -- laws over random keys --------------------------------------------------------------------


@st.composite
def keyed_events(draw: st.DrawFn) -> Dataset:
    """Event measures with random dims over two names and small interval figures."""
    n = draw(st.integers(1, 8))
    dims = st.dictionaries(st.sampled_from(("a", "b")), st.sampled_from(("1", "2", "x")))
    measures = [
        Measure(id=f"m{i}", label="m", kind="event", unit="percent", dims=draw(dims))
        for i in range(n)
    ]
    figures = [
        Figure(id=f"f{i}", measure=f"m{i}", value=draw(small_intervals()), as_of="2016")
        for i in range(n)
    ]
    return Dataset(measures=measures, figures=figures)


@settings(max_examples=40, deadline=None)
@given(data=keyed_events(), by=st.sampled_from([("a",), ("b",), ("a", "b")]))
def test_every_measure_is_in_one_group_or_left_out(data: Dataset, by: tuple[str, ...]) -> None:
    """Groups partition the measures that have every by-dimension; the rest are left out."""
    try:
        result = total(data, by=by)
    except StatisticsError:  # no measure has one of the dimensions: nothing to group
        assert not all(any(d in m.dims for m in data.measures) for d in by)
        return
    members = [m for row in result for m in row.members]
    assert sorted(members + list(result.left_out)) == sorted(m.id for m in data.measures)
    assert len({row.group for row in result}) == len(result)
    for row in result:
        for m in row.members:
            assert {d: data.measure(m).dims[d] for d in by} == row.group


@settings(max_examples=40, deadline=None)
@given(data=keyed_events())
def test_the_total_of_group_totals_is_the_grand_total(data: Dataset) -> None:
    """Summing the groups' totals by a dimension gives the total over all their members."""
    report = pwstats.reconcile(data)
    grand = total(report, by=())
    assert len(grand) == 1
    if not any("a" in m.dims for m in data.measures):
        return
    by_a = total(report, by="a")
    members = [m for row in by_a for m in row.members]
    ungrouped = total(report, by=(), where=lambda d: "a" in d)[0]
    assert sorted(members) == sorted(ungrouped.members)
    pieces = [row.interval for row in by_a]
    assert sum(pieces[1:], pieces[0]) == ungrouped.interval


@settings(max_examples=30, deadline=None)
@given(start=small_intervals(), end=small_intervals())
def test_change_of_a_running_total_is_every_rise_its_bounds_allow(
    start: Interval, end: Interval
) -> None:
    """A cumulative member's change is exactly {e - s : s, e in its bounds, e >= s}."""
    m = Measure(id="c", label="c", kind="cumulative", unit="percent", dims={"g": "x"})
    data = Dataset(
        measures=[m],
        figures=[
            Figure(id="a", measure="c", value=start, as_of="2016-01-01"),
            Figure(id="b", measure="c", value=end, as_of="2016-06-01"),
        ],
    )
    report = pwstats.reconcile(data)
    bounds = {str(f.as_of): f.bounds for f in report.findings_for("c")}
    s_bound, e_bound = bounds["2016-01-01"], bounds["2016-06-01"]
    row = change(report, "c", "2016-01-01", "2016-06-01")[0]
    if s_bound.is_empty or e_bound.is_empty:
        assert row.interval.is_empty
        return
    values = [
        (e - s, s_in and e_in)
        for (s, s_in), (e, e_in) in itertools.product(samples(s_bound), samples(e_bound))
        if e >= s
    ]
    if not values:
        assert row.interval.is_empty
        return
    lo = min(v for v, _ in values)
    hi = max(v for v, _ in values)
    expected = Interval(
        lo,
        hi,
        lo_closed=any(i for v, i in values if v == lo),
        hi_closed=any(i for v, i in values if v == hi),
    )
    assert row.interval == expected


def test_a_total_of_estimates_sums_bests_and_adds_standard_errors_in_quadrature() -> None:
    """Members known only from estimates: best Σ best, interval as independent estimates sum."""
    from pwstats import Dataset, Figure, Measure, total

    measures = [
        Measure(id=f"e{i}", label="event", kind="event", dims={"conflict": "1"}) for i in range(3)
    ]
    figures = [
        Figure(id="a", measure="e0", basis="estimate", low=0, best=10, high=20, as_of="2024"),
        Figure(id="b", measure="e1", basis="estimate", low=5, best=20, high=35, as_of="2024"),
        Figure(id="c", measure="e2", value=7, as_of="2024"),
    ]
    (row,) = total(Dataset(measures=measures, figures=figures), by="conflict").rows
    z = 1.959963984540054
    half = z * ((10 / z) ** 2 + (15 / z) ** 2) ** 0.5  # se of a sum: quadrature
    assert row.rule == "sum of independent estimates"
    assert row.estimate.best == 37
    assert (row.estimate.low, row.estimate.high) == (
        7 + math.floor(30 - half),
        7 + math.ceil(30 + half),
    )
    assert str(row.interval) == "[7, +inf)"  # estimates bound nothing hard


def test_a_total_of_one_member_known_from_an_estimate_is_its_estimate() -> None:
    """Gaza: counts 34,844 (8 May) and 41,909 (7 Oct 2024) bound 30 June; a study says 64,260.

    The total added the study's interval (55,298–78,525) to nothing and gave low
    55,298 above best 41,909, both outside the total's own interval.
    """
    killed = Measure(id="killed", label="killed", kind="cumulative", dims={"place": "Gaza"})
    data = Dataset(
        measures=[killed],
        figures=[
            Figure(id="ocha", measure="killed", value="34,844", as_of="2024-05-08"),
            Figure(id="moh", measure="killed", value="41,909", as_of="2024-10-07"),
            Figure(
                id="lancet",
                measure="killed",
                basis="estimate",
                low=55298,
                best=64260,
                high=78525,
                as_of="2024-06-30",
            ),
        ],
    )
    report = pwstats.reconcile(data)
    (finding,) = [f for f in report.findings if str(f.as_of) == "2024-06-30"]
    (row,) = total(report, by="place", at="2024-06-30").rows
    assert str(row.interval) == str(finding.bounds) == "[34844, 41909]"
    assert row.estimate == attrs.evolve(
        finding.estimate, rule=row.estimate.rule, pooled=row.estimate.pooled
    )


@settings(max_examples=150, deadline=None)
@given(
    counts=st.lists(st.integers(0, 400), min_size=0, max_size=2),
    studies=st.lists(
        st.tuples(st.integers(0, 300), st.integers(0, 200), st.integers(0, 200)),
        min_size=1,
        max_size=3,
    ),
)
def test_a_total_of_estimates_keeps_low_best_high_in_order_within_its_interval(
    counts: list[int], studies: list[tuple[int, int, int]]
) -> None:
    """Whatever counts and studies say, low ≤ best ≤ high, all inside the total's interval."""
    run = Measure(id="run", label="running total", kind="cumulative", dims={"g": "x"})
    other = Measure(id="other", label="study only", kind="event", dims={"g": "x"})
    figures = [
        Figure(id=f"c{i}", measure="run", value=n, as_of=f"2024-0{1 + 4 * i}-01")
        for i, n in enumerate(sorted(counts))
    ]
    for i, (lo, below, above) in enumerate(studies):
        figures.append(
            Figure(
                id=f"s{i}",
                measure="run" if i % 2 == 0 else "other",
                basis="estimate",
                low=lo,
                best=lo + below,
                high=lo + below + above,
                as_of="2024-03-01",
            )
        )
    report = pwstats.reconcile(Dataset(measures=[run, other], figures=figures))
    for row in total(report, by="g", at="2024-03-01").rows:
        est = row.estimate
        if row.interval.is_empty:
            continue
        assert est.low is not None
        assert est.high is not None
        assert row.interval.lo <= est.low <= est.high <= row.interval.hi
        if est.best is not None:
            assert est.low <= est.best <= est.high
            assert est.best in row.interval


def test_a_table_says_why_a_total_has_no_best_value() -> None:
    """Between two figures of a running total the member has bounds but no best: say so."""
    returned = Measure(id="ret", label="returned", kind="cumulative", dims={"side": "UA"})
    data = Dataset(
        measures=[returned],
        figures=[
            Figure(id="a", measure="ret", value="2,828", as_of="2024-01-03"),
            Figure(id="b", measure="ret", value="3,956", as_of="2024-12-30"),
        ],
    )
    between = total(data, by="side", at="2024-06-01")
    assert str(between.rows[0].interval) == "[2828, 3956]"
    assert between.rows[0].estimate.best is None
    assert "best —: a member has no best value there" in pwstats.tabulate(between)
    on_the_day = total(data, by="side", at="2024-01-03")
    assert "no best value" not in pwstats.tabulate(on_the_day)


def test_to_frame_of_a_total_beyond_the_largest_float_is_inf_with_the_exact_text() -> None:
    """A total past 1.8e308 raised OverflowError in to_frame(); its float columns are now
    +inf and its exact text reads back as the interval."""
    pd = pytest.importorskip("pandas")
    big = 17 * 10**307
    data = Dataset(
        measures=[
            Measure(id=f"m{i}", label=f"m{i}", kind="event", dims={"g": "a"}) for i in (1, 2, 3)
        ],
        figures=[Figure(id=f"f{i}", measure=f"m{i}", value=big, as_of="2024") for i in (1, 2, 3)],
    )
    result = total(data, by=("g",))
    row = result.to_frame().iloc[0]
    assert (row["interval_lo"], row["interval_hi"], row["best"]) == (math.inf,) * 3
    assert row["interval_lo_exact"] == row["interval_hi_exact"] == str(3 * big)
    assert row["best_exact"] == str(3 * big)
    assert Interval.parse(row["interval"]) == result.rows[0].interval == Interval.point(3 * big)
    del pd


# -- estimates in totals, means and rates --------------------------------------------------


def _maria(*, floor: bool) -> Dataset:
    """Deaths caused by Hurricane Maria to 31 Dec 2017: two studies, and maybe a floor.

    Kishore et al., NEJM 379 (2018): 4,645 (95% CI 793–8,498); Santos-Lozada and
    Howard, JAMA 320 (2018): 1,139 (95% CI 1,006–1,272); the Government of Puerto
    Rico's certified count, 64, read as a floor (at least 64).
    """
    deaths = Measure(id="pr", label="deaths", kind="flow", dims={"storm": "Maria"})
    period = "2017-09-20/2017-12-31"
    figures = [
        Figure(id=f, measure="pr", basis="estimate", low=lo, best=b, high=hi, as_of=period)
        for f, lo, b, hi in (("kishore", 793, 4645, 8498), ("santos", 1006, 1139, 1272))
    ]
    if floor:
        figures.append(
            Figure(id="official", measure="pr", value=Interval.at_least(64), as_of=period)
        )
    return Dataset(measures=[deaths], figures=figures)


def _random_effects_interval(studies: Sequence[tuple[int, int, int]]) -> tuple[float, float]:
    """An independent DerSimonian–Laird interval (statsmodels), with symmetric errors."""
    meta_analysis = pytest.importorskip("statsmodels.stats.meta_analysis")
    z = 1.959963984540054
    np = pytest.importorskip("numpy")
    result = meta_analysis.combine_effects(
        np.array([float(b) for _, b, _ in studies]),
        np.array([((hi - lo) / (2 * z)) ** 2 for lo, _, hi in studies]),
        method_re="dl",
    )
    frame = result.summary_frame()
    return float(frame.loc["random effect", "ci_low"]), float(frame.loc["random effect", "ci_upp"])


def test_a_floor_beside_estimates_keeps_their_range_in_a_total_and_a_mean() -> None:
    """'At least 64' beside two studies: the finding's best is still the pooled one,
    but the total's estimate high became +inf (rule 'sum'): adding a floor the studies
    respect threw their range away. It is the studies' range cut at the floor."""
    period = "2017-09-20/2017-12-31"
    _, oracle_high = _random_effects_interval([(793, 4645, 8498), (1006, 1139, 1272)])
    without = total(_maria(floor=False), by="storm", at=period).rows[0].estimate
    for statistic in (total, mean):
        (row,) = statistic(_maria(floor=True), by="storm", at=period).rows
        assert str(row.interval) == "[64, +inf)"  # estimates bound nothing hard
        assert row.rule.endswith("of independent estimates")
        assert row.estimate.best == without.best == 2342
        assert row.estimate.low == 64  # the pooled low end is below the floor
        assert row.estimate.high == without.high
        assert row.estimate.high == pytest.approx(oracle_high, abs=2)


def test_a_mean_of_estimates_is_their_sums_estimate_over_the_members() -> None:
    """A mean of members known from estimates had low 0 and high +inf: the hard bounds."""
    measures = [Measure(id=f"e{i}", label="e", kind="event", dims={"g": "1"}) for i in range(3)]
    figures = [
        Figure(id="a", measure="e0", basis="estimate", low=0, best=10, high=20, as_of="2024"),
        Figure(id="b", measure="e1", basis="estimate", low=5, best=20, high=35, as_of="2024"),
        Figure(id="c", measure="e2", value=7, as_of="2024"),
    ]
    data = Dataset(measures=measures, figures=figures)
    (row,) = mean(data, by="g").rows
    (summed,) = total(data, by="g").rows
    z = 1.959963984540054
    half = z * math.hypot(10 / z, 15 / z)  # independent estimates: quadrature
    assert row.rule == "mean of independent estimates"
    assert row.estimate.best == Fraction(37, 3)
    assert row.estimate.low == Fraction(7 + math.floor(30 - half), 3) == summed.estimate.low / 3
    assert row.estimate.high == Fraction(7 + math.ceil(30 + half), 3)
    assert str(row.interval) == "[7/3, +inf)"


def test_a_rate_of_an_estimate_keeps_its_interval() -> None:
    """Violent deaths in Iraq, March 2003 to June 2006, per 100,000 people.

    IFHS (NEJM 358, 2008): 151,000 (95% uncertainty range 104,000–223,000); a
    population of 26 to 28 million (Burnham et al. 2006 used 27,139,584). The rate's
    estimate was 0 to +inf, the hard interval, as if the study had no interval.
    """
    period = "2003-03-01/2006-06-30"
    violent = Measure(id="violent", label="violent deaths", kind="flow", dims={"c": "IRQ"})
    people = Measure(id="pop", label="population", dims={"c": "IRQ"})
    data = Dataset(
        measures=[violent, people],
        figures=[
            Figure(
                id="ifhs",
                measure="violent",
                basis="estimate",
                low=104_000,
                best=151_000,
                high=223_000,
                as_of=period,
            ),
            Figure(
                id="p",
                measure="pop",
                low=26 * 10**6,
                best=27_139_584,
                high=28 * 10**6,
                as_of=period,
            ),
        ],
    )
    (row,) = rate(data, "violent", "pop", by="c", at=period).rows
    corners = [
        Fraction(n) / d * 100_000 for n in (104_000, 223_000) for d in (26 * 10**6, 28 * 10**6)
    ]
    assert str(row.interval) == "[0, +inf)"
    assert row.rule == "rate of independent estimates"
    assert (row.estimate.low, row.estimate.high) == (min(corners), max(corners))
    assert row.estimate.best == Fraction(151_000 * 100_000, 27_139_584)
    assert "rate of independent estimates" in pwstats.stats.RULES


@pytest.mark.parametrize("statistic", [median, minimum, maximum])
def test_an_order_statistic_of_estimates_ranges_over_the_members_intervals(
    statistic: Callable[..., pwstats.Statistics],
) -> None:
    """The median of one study showed +inf as its estimate's high where its mean showed
    the study's interval. Each member now ranges over its study's interval (a count
    over its bounds), checked against brute force over the corners."""
    ranges = {"e0": (0, 10, 20), "e1": (5, 20, 35), "e2": (40, 45, 60)}
    measures = [Measure(id=m, label="e", kind="event", dims={"g": "1"}) for m in [*ranges, "c"]]
    figures = [
        Figure(id=f"f{m}", measure=m, basis="estimate", low=lo, best=b, high=hi, as_of="2024")
        for m, (lo, b, hi) in ranges.items()
    ]
    figures.append(Figure(id="fc", measure="c", value=Interval.closed(12, 30), as_of="2024"))
    (row,) = statistic(Dataset(measures=measures, figures=figures), by="g").rows
    corners = [(lo, hi) for lo, _, hi in ranges.values()] + [(12, 30)]
    of = {median: pystats.median, minimum: min, maximum: max}[statistic]
    values = [of(list(c)) for c in itertools.product(*corners)]
    assert row.rule == f"{row.statistic} of estimate ranges"
    assert (row.estimate.low, row.estimate.high) == (min(values), max(values))
    assert row.estimate.best == of([10, 20, 45, 21])


def test_a_total_of_pooled_estimates_uses_their_standard_errors_before_the_cut_at_zero() -> None:
    """Two heterogeneous studies per member pool (random effects) to an interval that
    reaches below zero, which a finding shows cut at 0. The total took its standard
    error from the cut interval: too small, so its low end was too high (Lancet 2006
    and IFHS 2008 for two members: 215,973 where the sum of the pooled estimates gives
    115,294). Checked against statsmodels' DerSimonian-Laird pooling."""
    np = pytest.importorskip("numpy")
    meta_analysis = pytest.importorskip("statsmodels.stats.meta_analysis")
    pair = ((200, 250, 300), (850, 900, 950))  # symmetric, so statsmodels' model is ours
    measures = [Measure(id=f"m{i}", label="m", kind="event", dims={"g": "1"}) for i in (1, 2)]
    figures = [
        Figure(
            id=f"s{i}{j}",
            measure=f"m{i}",
            basis="estimate",
            low=lo,
            best=b,
            high=hi,
            as_of="2024",
            source=pwstats.Source(name=f"team {j}"),
        )
        for i in (1, 2)
        for j, (lo, b, hi) in enumerate(pair)
    ]
    report = pwstats.reconcile(Dataset(measures=measures, figures=figures))
    assert {f.plausible.low for f in report.findings if f.plausible} == {0.0}  # cut
    (row,) = total(report, by="g").rows
    z = 1.959963984540054
    frame = meta_analysis.combine_effects(
        np.array([250.0, 900.0]), np.array([(50 / z) ** 2] * 2), method_re="dl"
    ).summary_frame()
    mean_, sd = frame.loc["random effect", "eff"], frame.loc["random effect", "sd_eff"]
    oracle_low = 2 * mean_ - z * math.sqrt(2) * sd  # two independent members
    oracle_high = 2 * mean_ + z * math.sqrt(2) * sd
    assert oracle_low > 0  # the sum's interval does not reach zero
    assert row.estimate.low == math.floor(oracle_low)
    assert row.estimate.high == math.ceil(oracle_high)


def test_to_frame_keeps_the_estimates_low_and_high() -> None:
    """A total's estimate low and high (5,605 for the Maria studies beside a floor) were
    in its table, JSON and CSV but not in to_frame(), which had only the interval's."""
    pytest.importorskip("pandas")
    result = total(_maria(floor=True), by="storm", at="2017-09-20/2017-12-31")
    (row,) = json.loads(pwstats.tabulate(result, fmt="json"))["rows"]
    frame = result.to_frame().iloc[0]
    exact = (frame["low_exact"], frame["best_exact"], frame["high_exact"])
    assert exact == (row["low"], row["best"], row["high"])
    assert (frame["low_exact"], frame["high_exact"], frame["interval_hi_exact"]) == (
        "64",
        "5605",
        "+inf",
    )
    assert (frame["low"], frame["high"]) == (64.0, 5605.0)


def test_an_estimates_end_beside_an_unbounded_interval_is_explained() -> None:
    """The JSON table gave "high": "5605" beside "because": "... unbounded: pr has no upper
    bound", with nothing saying where 5,605 came from."""
    result = total(_maria(floor=True), by="storm", at="2017-09-20/2017-12-31")
    (row,) = json.loads(pwstats.tabulate(result, fmt="json"))["rows"]
    assert row["high"] == "5605"
    assert row["because"]["high"] == (
        "sum of 1 member's high end; unbounded: pr has no upper bound; the estimate's high"
        " end, 5605, comes from the estimates (sum of independent estimates), which bound"
        " nothing hard"
    )
    assert row["because"]["low"] == "sum of 1 member's low end: pr at 64"  # the same end


def test_a_change_between_estimates_keeps_their_intervals() -> None:
    """A level known from a survey at each date: the change's estimate was the hard
    interval, (-inf, +inf) here, whatever the surveys' intervals. It is the difference
    of independent estimates: standard errors in quadrature, the start's sides swapped
    (checked by hand), plus a count member's change by interval arithmetic."""
    displaced = Measure(
        id="idp", label="displaced", kind="level", dims={"g": "1"}, nonnegative=False
    )
    camp = Measure(id="camp", label="in one camp", kind="level", dims={"g": "1"})
    data = Dataset(
        measures=[displaced, camp],
        figures=[
            Figure(
                id="r1",
                measure="idp",
                basis="estimate",
                low=6_000,
                best=7_000,
                high=9_000,
                as_of="2022-04",
            ),
            Figure(
                id="r2",
                measure="idp",
                basis="estimate",
                low=5_500,
                best=6_000,
                high=6_200,
                as_of="2022-06",
            ),
            Figure(id="c1", measure="camp", value=Interval.closed(100, 120), as_of="2022-04"),
            Figure(id="c2", measure="camp", value=Interval.closed(90, 95), as_of="2022-06"),
        ],
    )
    (row,) = change(data, ["idp", "camp"], "2022-04", "2022-06", by="g").rows
    z = 1.959963984540054
    below = z * math.hypot(500 / z, 2_000 / z)  # the end's low side, the start's high side
    above = z * math.hypot(200 / z, 1_000 / z)  # the end's high side, the start's low side
    assert row.rule == "change of independent estimates"
    assert row.estimate.best == (6_000 - 7_000) + (92 - 110)  # [90, 95] votes 92, whole
    assert row.estimate.low == (90 - 120) + math.floor(-1_000 - below)
    assert row.estimate.high == (95 - 100) + math.ceil(-1_000 + above)
    assert str(row.interval) == "(-inf, +inf)"


# -- against pandas on event exports ------------------------------------------------------------


@st.composite
def ged_exports(draw: st.DrawFn) -> list[dict[str, object]]:
    """Rows of a UCDP GED export: low <= best <= high deaths (ties and zeros included), a
    day in the event's year, and the grouping columns country, year and type of violence."""
    rows = []
    for i in range(draw(st.integers(1, 20))):
        low = draw(st.integers(0, 40))
        best = low + draw(st.integers(0, 15))
        year = draw(st.sampled_from([2015, 2016]))
        day = f"{year}-{draw(st.integers(1, 12)):02}-{draw(st.integers(1, 28)):02}"
        rows.append(
            {
                "id": i + 1,
                "low": low,
                "best": best,
                "high": best + draw(st.integers(0, 60)),
                "date_start": day,
                "date_end": day,
                "country": draw(st.sampled_from(["Syria", "Iraq", "Yemen"])),
                "year": year,
                "type_of_violence": draw(st.sampled_from([1, 2, 3])),
            }
        )
    return rows


@pytest.mark.parametrize(
    ("name", "agg"),
    [("total", "sum"), ("mean", lambda s: Fraction(int(s.sum()), len(s))),
     ("median", "median"), ("minimum", "min"), ("maximum", "max")],
)  # fmt: skip
@settings(max_examples=15, deadline=None)
@given(rows=ged_exports())
def test_statistics_of_a_ged_export_are_pandas_groupby_of_its_low_best_and_high(
    name: str, agg: object, rows: list[dict[str, object]]
) -> None:
    """Each group's interval is pandas' aggregate of the events' low and high columns, and its
    best that of the best column: every statistic is nondecreasing in every event."""
    pd = pytest.importorskip("pandas")
    frame = pd.DataFrame(rows)
    by = ["country", "year", "type_of_violence"]
    result = getattr(pwstats.stats, name)(pwstats.from_frame(frame, preset="ucdp-ged"), by=by)
    expected = frame.groupby(by)[["low", "best", "high"]].agg(agg)
    assert len(result) == len(expected)
    for row in result:
        low, best, high = expected.loc[row.group["country"], int(row.group["year"]),
                                       int(row.group["type_of_violence"])]  # fmt: skip
        assert row.interval == Interval.closed(Fraction(low), Fraction(high))
        assert row.estimate.best == Fraction(best)


# -- a flow over a period its figures tile ------------------------------------------------


QUARTERS = {"2019-01/2019-03": (1, 3), "2019-04/2019-06": (4, 6), "2019-07/2019-09": (7, 9)}


@settings(max_examples=60, deadline=None)
@given(
    truth=st.lists(st.integers(0, 50), min_size=9, max_size=9),
    months=st.sets(st.integers(1, 9)),
    quarters=st.sets(st.sampled_from(sorted(QUARTERS))),
    slack=st.integers(0, 5),
    period=st.sampled_from(["2019-01/2019-09", "2019-01/2019-06", "2019-04/2019-09", "2019-02"]),
)
def test_a_flows_best_over_a_period_its_figures_tile_is_the_sum_of_their_bests(
    truth: list[int],
    months: set[int],
    quarters: set[str],
    slack: int,
    period: str,
) -> None:
    """A flow total over covered months had low and high but no best. Its best is the sum of
    the bests of the fewest findings whose periods tile the period (brute force over every
    set of findings), inside [low, high]; None when no findings tile it."""
    flow = Measure(id="arrivals", label="sea arrivals", kind="flow", dims={"c": "ITA"})
    figures = [
        Figure(id=f"m{k}", measure="arrivals", low=max(truth[k - 1] - slack, 0),
               best=truth[k - 1], high=truth[k - 1] + slack, as_of=f"2019-{k:02}")
        for k in sorted(months)
    ]  # fmt: skip
    for q in sorted(quarters):
        a, b = QUARTERS[q]
        figures.append(Figure(id=f"q{a}", measure="arrivals", value=sum(truth[a - 1 : b]), as_of=q))
    report = pwstats.reconcile(Dataset(measures=[flow], figures=figures))
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", DataQualityWarning)  # a period no figure covers
        (row,) = total(report, by="c", at=period)
    wanted = pwstats.DateSpan.parse(period)
    findings = [f for f in report.findings if f.as_of is not None and f.as_of == wanted]
    if findings:  # a figure states the period itself: its finding's best, as before
        assert row.estimate.best == findings[0].estimate.best
        return
    inside = [
        f
        for f in report.findings
        if f.as_of is not None
        and wanted.start <= f.as_of.start
        and f.as_of.end <= wanted.end
        and f.estimate.best is not None
    ]
    days = {wanted.start + dt.timedelta(days=i) for i in range(wanted.days)}
    tilings = []
    for size in range(1, len(inside) + 1):
        for chosen in itertools.combinations(inside, size):
            covered = [d for f in chosen for d in days if f.as_of is not None and d in f.as_of]
            if len(covered) == len(days) and set(covered) == days:
                tilings.append(chosen)
        if tilings:
            break  # the fewest periods
    if not tilings:
        assert row.estimate.best is None or row.interval.is_point
        return
    assert row.estimate.best is not None
    assert row.estimate.best in row.interval
    sums = {sum(f.estimate.best for f in t if f.estimate.best is not None) for t in tilings}
    if len(sums) == 1 and (only := sums.pop()) in row.interval:
        assert row.estimate.best == only
    assert "the sum of the bests of the figures' periods that tile" in row.low.detail or (
        row.interval.is_point
    )


def test_a_floor_over_the_period_leaves_the_best_to_the_periods_that_tile_it() -> None:
    """Monthly estimates of excess deaths (100, 200, 300) and a floor of 400 over the
    quarter: the floor states no value, so the quarter's best is the months' 600, as it
    is without the floor — not the floor's end, 400 — and the sentence says so. A
    quarter's count that states a value keeps it; a floor the months' sum is below
    moves the best up to it."""
    flow = Measure(id="x", label="excess deaths", kind="flow", dims={"area": "A"})
    months = [
        Figure(id=f"m{k}", measure="x", basis="estimate", low=80 * k, best=100 * k,
               high=120 * k, as_of=f"2023-{k:02}")
        for k in (1, 2, 3)
    ]  # fmt: skip

    def quarter(**value: object) -> Figure:
        return Figure(id="q1", measure="x", as_of="2023-01/2023-03", **value)  # type: ignore[arg-type]

    for floor, best in ((400, 600), (700, 700)):
        data = Dataset(measures=[flow], figures=[*months, quarter(low=floor)])
        (row,) = total(data, by="area", at="2023-01/2023-03")
        assert str(row.interval) == f"[{floor}, +inf)"
        assert row.estimate.best == best
        assert "state no value then: the best is the sum of the bests" in row.low.detail
        (finding,) = pwstats.reconcile(data).findings_for("x")[1:2]
        # The table says what the total says: the quarter's best is the months'.
        assert finding.estimate.rule == TILED_RULE
        assert finding.estimate.best == best
    data = Dataset(measures=[flow], figures=[*months, quarter(value="about 650")])
    (row,) = total(data, by="area", at="2023-01/2023-03")
    assert row.estimate.best == 650
    assert "state no value" not in row.low.detail


HALVES = {"2019-01/2019-06": (1, 6), **QUARTERS, "2019-01/2019-09": (1, 9)}
STATED = st.sampled_from(["count", "estimate", "floor", "ceiling"])


@settings(max_examples=80, deadline=None)
@given(
    truth=st.lists(st.integers(0, 50), min_size=9, max_size=9),
    months=st.dictionaries(st.integers(1, 9), STATED),
    longer=st.dictionaries(st.sampled_from(sorted(HALVES)), STATED, min_size=1),
)
def test_the_table_and_the_total_give_one_best_for_each_period_of_a_flow(
    truth: list[int], months: dict[int, str], longer: dict[str, str]
) -> None:
    """Months, quarters, a half-year and nine months, each stated as a count, an
    estimate, a floor or a ceiling. Whatever states them, the reconciled finding of a
    period and the total over that period give the same best. A finding whose counts
    state no value, over a period that the periods of findings stating one tile, takes
    the sum of their bests (the coarsest: brute force over every set of them), moved
    into its bounds, under TILED_RULE."""
    flow = Measure(id="arrivals", label="sea arrivals", kind="flow", dims={"c": "ITA"})

    def figure(fid: str, value: int, how: str, as_of: str) -> Figure:
        kw: dict[str, object] = {
            "count": {"value": value},
            "estimate": {"basis": "estimate", "low": value // 2, "best": value,
                         "high": value * 2 + 1},
            "floor": {"low": value // 2},
            "ceiling": {"high": value * 2 + 1},
        }[how]  # fmt: skip
        return Figure(id=fid, measure="arrivals", as_of=as_of, **kw)  # type: ignore[arg-type]

    figures = [figure(f"m{k}", truth[k - 1], how, f"2019-{k:02}") for k, how in months.items()]
    for span, how in longer.items():
        a, b = HALVES[span]
        figures.append(figure(f"p{a}{b}", sum(truth[a - 1 : b]), how, span))
    report = pwstats.reconcile(Dataset(measures=[flow], figures=figures))
    valued = [
        f
        for f in report.findings
        if f.as_of is not None and f.figures and f.estimate.best is not None
        and f.estimate.rule != NO_VALUE_RULE
    ]  # fmt: skip
    for finding in report.findings:
        span = finding.as_of
        assert span is not None
        (row,) = total(report, by="c", at=span)
        assert row.estimate.best == finding.estimate.best, span
        if finding.estimate.rule not in (NO_VALUE_RULE, TILED_RULE):
            continue
        days = {span.start + dt.timedelta(days=i) for i in range(span.days)}
        inside = [f for f in valued if f.as_of != span and f.as_of is not None
                  and span.start <= f.as_of.start and f.as_of.end <= span.end]  # fmt: skip
        fewest = next(
            (
                chosen
                for size in range(1, len(inside) + 1)
                for chosen in itertools.combinations(inside, size)
                if sum(f.as_of.days for f in chosen) == len(days)  # type: ignore[union-attr]
                and {d for f in chosen for d in days if d in f.as_of} == days  # type: ignore[operator]
            ),
            None,
        )
        assert (finding.estimate.rule == TILED_RULE) == (fewest is not None), span
        if fewest is None:
            continue
        whole = sum(f.estimate.best for f in fewest)  # type: ignore[misc]
        bounds = finding.bounds
        assert finding.estimate.best == (
            whole if whole in bounds else bounds.lo if whole < bounds.lo else bounds.hi
        )


def test_a_tiled_best_moved_into_a_floor_enters_a_groups_total_as_moved() -> None:
    """Months pooled to 605 under a quarter's floor of 700: the member's best is 700, and
    a group of it and another member's 1,500 totals 2,200 — not 2,105, the months' sum
    before the floor moved it. A ceiling over the quarter, which states no value either,
    leaves the best to the months as a floor does (not its midpoint)."""

    def flow(i: str) -> Measure:
        return Measure(id=i, label=i, kind="flow", dims={"area": "A", "k": i})

    def months(scale: int = 1) -> list[Figure]:
        return [
            Figure(id=f"m{k}{s}", measure="x", basis="estimate", low=lo * k, best=b * k,
                   high=hi * k, as_of=f"2023-{k:02}")
            for k in (1, 2, 3)
            for s, (lo, b, hi) in {"a": (80, 100, 120), "b": (90, 101, 111)}.items()
        ]  # fmt: skip

    q = "2023-01/2023-03"
    other = Figure(id="yq", measure="y", as_of=q, value="some 1,500")
    floor = Figure(id="q1", measure="x", as_of=q, low=700)
    data = Dataset(measures=[flow("x"), flow("y")], figures=[*months(), floor, other])
    assert [r.estimate.best for r in total(data, by="k", at=q)] == [700, 1500]
    (row,) = total(data, by="area", at=q)
    assert row.estimate.best == 2200
    for ceiling in ({"high": 10000}, {"value": Interval(0, 10000)}):
        cap = Figure(id="q1", measure="x", as_of=q, **ceiling)  # type: ignore[arg-type]
        data = Dataset(measures=[flow("x")], figures=[*months(), cap])
        (row,) = total(data, by="k", at=q)
        assert row.estimate.best == 605, ceiling
        assert "state no value then" in row.high.detail


def test_a_flows_best_over_months_is_their_sum_in_every_output() -> None:
    """Deaths month by month, totalled over the year: best 936, the twelve months' bests,
    beside [780, 1170]; the sentence of each end says where the best comes from."""
    pytest.importorskip("pandas")
    flow = Measure(id="deaths", label="deaths", kind="flow", dims={"region": "A"})
    figures = [
        Figure(id=f"m{k}", measure="deaths", low=10 * k, best=12 * k, high=15 * k,
               as_of=f"2017-{k:02}")
        for k in range(1, 13)
    ]  # fmt: skip
    result = total(Dataset(measures=[flow], figures=figures), by="region", at="2017")
    (row,) = result
    assert (row.interval, row.estimate.best) == (Interval.closed(780, 1170), 936)
    assert "tile 2017 (12 periods)" in row.high.detail
    assert result.to_frame()["best"][0] == 936
    assert "best —" not in pwstats.tabulate(result, fmt="simple")
    with pytest.warns(DataQualityWarning, match="'deaths' has no figure as of 2017"):
        (short,) = total(Dataset(measures=[flow], figures=figures[:11]), by="region", at="2017")
    assert short.estimate.best is None  # December has no figure: no best for the year


# -- a rate whose groups' denominators are from different dates ---------------------------


def censuses(dates: dict[str, list[str]]) -> Dataset:
    """Deaths in 2017 per area (1,000 each) and each area's population at its census dates
    (100,000 more at each later census)."""
    measures, figures = [], []
    for area, when in dates.items():
        measures += [
            Measure(id=f"d-{area}", label="deaths", kind="flow", dims={"area": area, "w": "d"}),
            Measure(id=f"p-{area}", label="people", dims={"area": area, "w": "p"}),
        ]
        figures.append(Figure(id=f"fd-{area}", measure=f"d-{area}", value=1000, as_of="2017"))
        for k, day in enumerate(sorted(when)):
            figures.append(
                Figure(id=f"fp-{area}-{k}", measure=f"p-{area}", value=100_000 * (k + 1),
                       as_of=day)
            )  # fmt: skip
    return Dataset(measures=measures, figures=figures)


CENSUS_DAYS = ["2009-04-01", "2010-04-01", "2015-07-01", "2017-07-01", "2018-10-01"]


@settings(max_examples=40, deadline=None)
@given(
    dates=st.dictionaries(
        st.sampled_from(["AA", "BB", "CC", "DD"]),
        st.lists(st.sampled_from(CENSUS_DAYS), min_size=1, max_size=3, unique=True),
        min_size=1,
        max_size=4,
    )
)
def test_latest_gives_each_group_its_latest_census_on_or_before_at(
    dates: dict[str, list[str]],
) -> None:
    """denominator_at='latest' takes each group's population at its own latest census up to
    the end of 2017 (by hand: the latest such date and the population then), shows that date
    in each row and in every table, and is an error naming a group with none."""
    data = censuses(dates)
    usable = {a: [d for d in sorted(w) if d <= "2017-12-31"] for a, w in dates.items()}
    if not all(usable.values()):
        without = "|".join(a for a, w in usable.items() if not w)  # the first of them is named
        with pytest.raises(StatisticsError, match=f"denominator of area=({without}) has no date"):
            rate(data, {"w": "d"}, {"w": "p"}, by="area", at="2017", denominator_at="latest")
        return
    result = rate(data, {"w": "d"}, {"w": "p"}, by="area", at="2017",
                  denominator_at="latest")  # fmt: skip
    explicit = rate(data, {"w": "d"}, {"w": "p"}, by="area", at="2017",
                    denominator_at={a: w[-1] for a, w in usable.items()})  # fmt: skip
    assert result.rows == explicit.rows
    csv_rows = pwstats.tabulate(result, fmt="csv").splitlines()[1:]
    for row, line in zip(result, csv_rows, strict=True):
        area = row.group["area"]
        latest = usable[area][-1]
        population = 100_000 * (sorted(dates[area]).index(latest) + 1)
        assert str(row.denominator_at) == latest
        assert row.interval == Interval.point(Fraction(1000 * 100_000, population))
        assert line.startswith(f"{area},rate,2017,{latest},")
        assert f"at {latest}" in row.low.detail or latest == "2017"
    one = {usable[a][-1] for a in usable}
    assert (str(result.denominator_at) if len(one) == 1 else None) == (
        None if result.denominator_at is None else str(result.denominator_at)
    )
    document = json.loads(pwstats.tabulate(result, fmt="json"))
    assert [r["denominator_at"] for r in document["rows"]] == [
        usable[r.group["area"]][-1] for r in result
    ]


def test_one_denominator_date_missing_for_a_group_is_an_error_naming_it() -> None:
    """One date for every group took a population counted at another census as unbounded:
    the rate was [0, x] with a warning. It is an error naming the group, the member and its
    dates; a mapping of group to date, or 'latest', asks for each group's own."""
    data = censuses({"PR": ["2017-07-01"], "VI": ["2010-04-01", "2020-04-01"]})
    with pytest.raises(
        StatisticsError,
        match=r"denominator of area=VI has no value at 2017-07-01: 'p-VI' has no figure as of"
        r" 2017-07-01 \(its figures are as of 2010-04-01, 2020-04-01\).*'latest'",
    ):
        rate(data, {"w": "d"}, {"w": "p"}, by="area", at="2017", denominator_at="2017-07-01")
    mapped = rate(data, {"w": "d"}, {"w": "p"}, by="area", at="2017",
                  denominator_at={"PR": "2017-07-01", "VI": "2020-04-01"})  # fmt: skip
    assert [str(r.denominator_at) for r in mapped] == ["2017-07-01", "2020-04-01"]
    assert mapped.denominator_at is None  # the groups' dates differ
    assert "denominator at each group's own date (2 dates)" in repr(mapped)
    assert "each group's denominator is taken at its own date" in pwstats.tabulate(mapped)
    assert list(mapped.to_frame()["denominator_at"]) == ["2017-07-01", "2020-04-01"]
    assert mapped.date_columns() == {"at": "2017", "denominator_at": ""}
    events_over_people = Dataset(
        measures=[Measure(id="e", label="deaths", kind="event"), Measure(id="p", label="people")],
        figures=[Figure(id="fe", measure="e", value=3, as_of="2017-03-01"),
                 Figure(id="fp", measure="p", value=300, as_of="2017-07-01")],
    )  # fmt: skip
    with pytest.raises(StatisticsError, match=r"'p' .* level measure: .*or denominator_at="):
        rate(events_over_people, "e", "p")  # no date at all: say both ways to give one
    with pytest.raises(StatisticsError, match=r"gives no date for 1 group: area=VI"):
        rate(data, {"w": "d"}, {"w": "p"}, by="area", at="2017",
             denominator_at={"PR": "2017-07-01"})  # fmt: skip
    with pytest.raises(StatisticsError, match=r"names the group area=GU, which has no denom"):
        rate(data, {"w": "d"}, {"w": "p"}, by="area", at="2017",
             denominator_at={"PR": "2017-07-01", "VI": "2010-04-01", "GU": "2010"})  # fmt: skip
    with pytest.raises(StatisticsError, match=r"names groups by a value, not \('PR', 'x'\)"):
        rate(data, {"w": "d"}, {"w": "p"}, by="area", at="2017",
             denominator_at={("PR", "x"): "2017-07-01"})  # fmt: skip


@settings(max_examples=60, deadline=None)
@given(
    studies=st.lists(
        st.tuples(st.integers(0, 500), st.integers(0, 300), st.integers(0, 300)),
        min_size=1,
        max_size=5,
    ),
    level=st.sampled_from([0.9, 0.95, 0.99]),
)
def test_a_total_of_independent_estimates_matches_normal_theory(
    studies: list[tuple[int, int, int]], level: float
) -> None:
    """Each member one study (best, and a CI at one level, maybe asymmetric): the total's best
    is Σ best, and each end of its range is Σ best ∓ z·√Σ se² on that side, se = the side's
    half-width / z, rounded outwards and never below 0 (statistics.NormalDist as oracle)."""
    measures = [
        Measure(id=f"e{i}", label="killed", kind="event", dims={"g": "x"})
        for i in range(len(studies))
    ]
    figures = [
        Figure(id=f"s{i}", measure=f"e{i}", basis="estimate", low=lo, best=lo + below,
               high=lo + below + above, confidence=level, as_of="2024")
        for i, (lo, below, above) in enumerate(studies)
    ]  # fmt: skip
    (row,) = total(Dataset(measures=measures, figures=figures), by="g")
    z = pystats.NormalDist().inv_cdf(0.5 + level / 2)
    best = sum(lo + below for lo, below, _ in studies)
    low_half = z * math.sqrt(sum((below / z) ** 2 for _, below, _ in studies))
    high_half = z * math.sqrt(sum((above / z) ** 2 for _, _, above in studies))
    assert row.estimate.best == best
    assert row.rule == "sum of independent estimates"
    assert row.estimate.low is not None
    assert row.estimate.high is not None
    # Outward rounding of a float sum: allow one unit either way at an exact integer.
    assert abs(row.estimate.low - max(math.floor(best - low_half), 0)) <= 1
    assert abs(row.estimate.high - math.ceil(best + high_half)) <= 1
    assert row.estimate.low <= best <= row.estimate.high
    assert row.interval == Interval.at_least(0)


def test_a_dim_value_of_superscript_digits_sorts_as_text_not_a_crash() -> None:
    """Groups are ordered numbers first: a value such as "²" (a digit to str.isdigit, not to
    int) raised a bare ValueError from int() instead of sorting as text."""
    measures = [
        Measure(id=f"e{i}", label="x", kind="event", dims={"g": v})
        for i, v in enumerate(["²", "10", "9", "b"])
    ]
    figures = [Figure(id=f"f{i}", measure=f"e{i}", value=1, as_of="2016") for i in range(4)]
    result = total(Dataset(measures=measures, figures=figures), by="g")
    assert [r.group["g"] for r in result] == ["9", "10", "b", "²"]


@settings(max_examples=40, deadline=None)
@given(
    reports=st.lists(
        st.tuples(
            st.integers(0, 3),  # which event
            st.integers(0, 60),  # low
            st.integers(0, 30),  # width
            st.integers(1, 28),  # published on that day of February 2024
            st.sampled_from(["ministry", "monitor", "agency"]),
        ),
        min_size=1,
        max_size=8,
    ),
    day=st.integers(1, 28),
    name=st.sampled_from(sorted(ORACLES)),
)
def test_a_statistic_known_at_a_date_is_that_of_the_figures_published_by_then(
    reports: list[tuple[int, int, int, int, str]], day: int, name: str
) -> None:
    """Every statistic of a report reconciled with known_at equals the statistic of the data
    set holding only the figures published by that date (revisions and ranges included)."""
    measures = [
        Measure(id=f"e{i}", label="killed", kind="event", dims={"g": "x"}) for i in range(4)
    ]
    figures = [
        Figure(id=f"f{k}", measure=f"e{event}", value=Interval.closed(lo, lo + width),
               as_of="2024-01-15", source=Source(name=who, published=f"2024-02-{published:02}"))
        for k, (event, lo, width, published, who) in enumerate(reports)
    ]  # fmt: skip
    function = ORACLES[name][0]
    when = f"2024-02-{day:02}"
    known = [
        f for f in figures if f.source.published is not None and str(f.source.published) <= when
    ]
    then = pwstats.reconcile(Dataset(measures=measures, figures=figures), known_at=when)
    only = pwstats.reconcile(Dataset(measures=measures, figures=known))
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", DataQualityWarning)
        got, expected = function(then, by="g"), function(only, by="g")
    assert [(r.interval, r.estimate.best, r.members) for r in got] == [
        (r.interval, r.estimate.best, r.members) for r in expected
    ]


def test_a_measure_on_both_sides_of_a_rate_is_an_error() -> None:
    """A population carrying the deaths' `year` dim, selected by {"year": 2017} for the
    numerator too, was added to the deaths (unbounded then, with a warning about a date):
    a measure on both sides of the quotient is an error naming it."""
    data = Dataset(
        measures=[
            Measure(id="deaths", label="deaths", kind="event", dims={"year": 2017, "w": "d"}),
            Measure(id="people", label="people", dims={"year": 2017, "w": "p"}),
        ],
        figures=[
            Figure(id="d", measure="deaths", value=30, as_of="2017-03-01"),
            Figure(id="p", measure="people", value=300_000, as_of="2017-07-01"),
        ],
    )
    with pytest.raises(StatisticsError, match=r"'people' is selected by both the numerator"):
        rate(data, {"year": 2017}, {"w": "p"}, at="2017-07-01")
    (row,) = rate(data, {"w": "d"}, {"w": "p"}, at="2017-07-01")
    assert row.interval == Interval.point(10)
    grown = Dataset(
        measures=data.measures,
        figures=[*data.figures, Figure(id="p0", measure="people", value=250_000, as_of="2016")],
    )
    (ratio,) = rate(grown, "people", "people", at="2017-07-01", denominator_at="2016", per=1)
    assert ratio.interval == Interval.point(Fraction(6, 5))  # a measure over itself a year ago
    with pytest.raises(StatisticsError, match=r"'people' is selected by both .* same date"):
        rate(grown, "people", "people", at="2016", per=1)


def test_a_tiled_flows_best_is_moved_into_bounds_another_figure_narrows() -> None:
    """Months of best 10 each, and exactly 20 over January to April: the first quarter's
    months sum to 30, outside its bounds [0, 20]; its best is 20, never outside them."""
    flow = Measure(id="a", label="arrivals", kind="flow", dims={"c": "X"})
    figures = [
        Figure(id=f"m{k}", measure="a", low=0, best=10, high=100, as_of=f"2019-{k:02}")
        for k in range(1, 5)
    ]
    figures.append(Figure(id="jan-apr", measure="a", value=20, as_of="2019-01/2019-04"))
    (row,) = total(Dataset(measures=[flow], figures=figures), by="c", at="2019-01/2019-03")
    assert (row.interval, row.estimate.best) == (Interval.closed(0, 20), 20)


@settings(max_examples=40, deadline=None)
@given(
    top=st.lists(small_intervals(), min_size=1, max_size=2),
    bottom=st.lists(small_intervals(), min_size=1, max_size=2),
)
def test_a_statistic_of_one_possible_value_has_it_as_its_best(
    top: list[Interval], bottom: list[Interval]
) -> None:
    """0 over a population "at least 0" is [0, 0] whatever the population: its best was None
    (the population has none). Whenever the interval is one value, best is that value; and
    a best is always inside the interval."""
    data = rate_data(top, bottom)
    results = [rate(data, {"g": "n"}, {"g": "d"}, per=10)]
    results += [function(data, by="g") for function, _ in ORACLES.values()]
    for result in results:
        for row in result:
            if row.interval.is_point:
                assert row.estimate.best == row.interval.lo
            if row.estimate.best is not None:
                assert row.estimate.best in row.interval


def test_zero_over_an_unbounded_population_has_best_zero() -> None:
    """0 deaths over "at least 0" people: [0, 0], and best 0, not None."""
    measures = [Measure(id=i, label=i, kind="event", unit="percent") for i in ("n", "d")]
    figures = [
        Figure(id="fn", measure="n", value=0, as_of="2016"),
        Figure(id="fd", measure="d", value=Interval.at_least(0), as_of="2016"),
    ]
    (row,) = rate(Dataset(measures=measures, figures=figures), "n", "d", per=1)
    assert (row.interval, row.estimate.best) == (Interval.point(0), 0)


def test_a_where_value_no_measure_has_is_warned_of_beside_the_others() -> None:
    """where={"conflict": ["299", "33"]}: "33" (for "333") gave no row and no word, beside
    299's rows; a warning names it and the nearest value."""
    with pytest.warns(DataQualityWarning, match=r"no measure has conflict = '33' \(did you mean"):
        result = total(conflict_years(), by="year", where={"conflict": ["299", "33"]})
    assert {r.group["year"] for r in result} == {"2016", "2017"}
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        total(conflict_years(), by="year", where={"conflict": ["299", "333"]})


# -- brute force over whole-numbered figures ------------------------------------------------
#
# Members count people (whole numbers) and are stated as the conflict-event convention
# states them, low / best / high, sometimes beside a second figure, an interval whose ends
# may be open. The oracle enumerates every whole value each member's figures allow and
# computes the statistic of every combination, with no pwstats arithmetic in between.


#: A whole-numbered member: its low / best / high and a second figure's interval (or None).
Stated: TypeAlias = tuple[tuple[int, int, int], Interval | None]


@st.composite
def whole_members(draw: st.DrawFn, *, signed: bool = False) -> Stated:
    """A member's low <= best <= high (from -3 if ``signed``, else 0, to 4), and maybe a
    second figure: an interval of integer ends, each open or closed, sharing a whole
    value with the first."""
    least = -3 if signed else 0
    low, best, high = sorted(draw(st.integers(least, 4)) for _ in range(3))
    if not draw(st.booleans()):
        return (low, best, high), None
    a = draw(st.integers(least - 1, high))
    b = draw(st.integers(max(a, low), 5))
    second = Interval(a, b, lo_closed=draw(st.booleans()), hi_closed=draw(st.booleans()))
    if not any(second.lo <= v <= second.hi and v in second for v in range(low, high + 1)):
        second = Interval.closed(low, high)  # no whole value in common: agree instead
    return (low, best, high), second


def allowed(stated: Stated) -> list[int]:
    """Every whole value a member's figures allow together."""
    (low, _, high), second = stated
    return [v for v in range(low, high + 1) if second is None or v in second]


def stated_best(stated: Stated) -> int:
    """The best of a member stated by one figure."""
    assert stated[1] is None
    return stated[0][1]


def whole_events(
    members: Sequence[Stated], *, group: str = "x", signed: bool = False, what: str = "n"
) -> Dataset:
    """One event measure of people per member, dims g=group and what=what."""
    measures, figures = [], []
    for i, ((low, best, high), second) in enumerate(members):
        mid = f"{what}{group}{i}"
        measures.append(
            Measure(
                id=mid, label="killed", kind="event", nonnegative=not signed,
                dims={"g": group, "what": what},
            )
        )  # fmt: skip
        figures.append(Figure(id=f"{mid}-ged", measure=mid, low=low, best=best, high=high,
                              as_of="2016-01-01"))  # fmt: skip
        if second is not None:
            figures.append(Figure(id=f"{mid}-ibc", measure=mid, value=second, as_of="2016-01-01"))
    return Dataset(measures=measures, figures=figures)


@pytest.mark.parametrize("name", sorted(ORACLES))
@settings(max_examples=60, deadline=None)
@given(data=st.data(), signed=st.booleans())
def test_every_statistic_of_whole_figures_is_every_value_they_allow(
    name: str, data: st.DataObject, signed: bool
) -> None:
    """Each statistic of whole-numbered members is exactly [least, greatest] of its values over
    every combination of whole values the figures allow, and its best that of the bests."""
    members = data.draw(st.lists(whole_members(signed=signed), min_size=1, max_size=4))
    function, oracle = ORACLES[name]
    (row,) = function(whole_events(members, signed=signed), by="g")
    values = [oracle(list(map(Fraction, c))) for c in itertools.product(*map(allowed, members))]
    assert row.interval == Interval.closed(min(values), max(values))
    if all(second is None for _, second in members):  # one stated best each
        assert row.estimate.best == oracle([Fraction(stated_best(m)) for m in members])
    assert row.estimate.best in row.interval
    assert (row.estimate.low, row.estimate.high) == (min(values), max(values))
    assert row.contested == ()


@settings(max_examples=150, deadline=None)
@given(
    top=st.lists(whole_members(), min_size=1, max_size=2),
    bottom=st.lists(whole_members(signed=True), min_size=1, max_size=2),
    per=st.sampled_from([1, 10, 100_000]),
)
def test_a_rate_of_whole_figures_is_every_quotient_they_allow(
    top: list[Stated], bottom: list[Stated], per: int
) -> None:
    """A rate of whole-numbered members is exactly [least, greatest] of per × numerator /
    denominator over every combination the figures allow with a nonzero denominator (a
    population of 0 to 3 people divides by 1, 2 or 3: never unbounded), empty when the
    denominator can only be 0; its best is the quotient of the bests."""
    data = Dataset.combine(
        whole_events(top, what="deaths"), whole_events(bottom, what="people", signed=True)
    )
    (row,) = rate(data, {"what": "deaths"}, {"what": "people"}, per=per, by="g")
    values = [
        Fraction(per * sum(n), sum(d))
        for n in itertools.product(*map(allowed, top))
        for d in itertools.product(*map(allowed, bottom))
        if sum(d) != 0
    ]
    if not values:
        assert row.interval.is_empty
        assert row.estimate.best is None
        return
    assert row.interval == Interval.closed(min(values), max(values))
    if any(second is not None for _, second in (*top, *bottom)):
        return  # a best moved among several figures' values: reconcile's rule, not this law
    below = sum(map(stated_best, bottom))
    if below != 0:
        assert row.estimate.best == Fraction(per * sum(map(stated_best, top)), below)
    else:  # no quotient of the bests: a best only where the rate has one value
        assert row.estimate.best == (min(values) if min(values) == max(values) else None)


@settings(max_examples=80, deadline=None)
@given(
    pairs=st.lists(st.tuples(whole_members(), whole_members()), min_size=1, max_size=3),
    kind=st.sampled_from(["level", "cumulative"]),
)
def test_a_change_of_whole_figures_is_every_rise_they_allow(
    pairs: list[tuple[Stated, Stated]], kind: Literal["level", "cumulative"]
) -> None:
    """A change of whole-numbered members stated at two dates is exactly [least, greatest]
    of Σ (end − start) over every combination the figures allow, a running total's end
    never below its start (such members whose figures fall are left out of the draw)."""
    measures, figures = [], []
    for i, (start, end) in enumerate(pairs):
        measures.append(Measure(id=f"m{i}", label="held", kind=kind, dims={"g": "x"}))
        for day, ((low, best, high), second) in (("2016-01-01", start), ("2016-06-01", end)):
            fid = f"m{i}-{day}"
            figures.append(Figure(id=f"{fid}-a", measure=f"m{i}", low=low, best=best,
                                  high=high, as_of=day))  # fmt: skip
            if second is not None:
                figures.append(Figure(id=f"{fid}-b", measure=f"m{i}", value=second, as_of=day))
    rises = []
    for start, end in pairs:
        steps = {b - a for a in allowed(start) for b in allowed(end)}
        if kind == "cumulative":
            steps = {s for s in steps if s >= 0}
        rises.append(steps)
    if not all(rises):  # a running total that can only fall: a conflict, not this law
        return
    data = Dataset(measures=measures, figures=figures)
    (row,) = change(data, None, "2016-01-01", "2016-06-01", by="g")
    values = [sum(c) for c in itertools.product(*rises)]
    assert row.interval == Interval.closed(min(values), max(values))


def test_an_event_member_with_no_figure_at_all_is_said_at_both_ends() -> None:
    """An event with no figure (its figure rejected by a partial load) made a total
    [5, +inf) whose sentences said only "unbounded: b has no upper bound"; both ends now say
    b has no figure at all, in a total and on either side of a rate."""
    measures = [
        Measure(id=i, label=i, kind="event", dims={"g": "x", "what": w})
        for i, w in (("a", "deaths"), ("b", "deaths"), ("p", "people"), ("q", "people"))
    ]
    data = Dataset(
        measures=measures,
        figures=[Figure(id="fa", measure="a", value=5, as_of="2020"),
                 Figure(id="fp", measure="p", value=100, as_of="2020")],
    )  # fmt: skip
    row = total(data, by="g", where={"what": "deaths"}).row(g="x")
    assert row.interval == Interval.at_least(5)
    for end in (row.low, row.high):
        assert "b has no figure at all" in end.detail
    (ratio,) = rate(data, {"what": "deaths"}, {"what": "people"}, by="g")
    numerator, denominator = ratio.low.detail.split(" over ")
    assert "b has no figure at all" in numerator
    assert "q has no figure at all" in denominator


@pytest.mark.parametrize("kind", ["level", "cumulative", "flow"])
@pytest.mark.parametrize("day", ["2020-01-01", "2019-06-01"])
def test_a_change_from_a_date_to_itself_is_zero_not_a_bound_less_itself(
    kind: str, day: str
) -> None:
    """A member's value at one date less its value at that date is 0: a level of [10, 20]
    changed by [-10, 10] from 2020-01-01 to 2020-01-01 (its bound less itself), a running
    total by [0, 10], and an estimate beside it widened that as independent estimates."""
    m = Measure(id="m", label="held", kind=kind, dims={"g": "x"})  # type: ignore[arg-type]
    data = Dataset(
        measures=[m],
        figures=[
            Figure(id="a", measure="m", value=Interval.closed(10, 20), as_of="2020-01-01"),
            Figure(id="e", measure="m", basis="estimate", low=1, best=15, high=30,
                   as_of="2020-01-01"),
        ],
    )  # fmt: skip
    with warnings.catch_warnings():
        warnings.simplefilter("error")  # nothing to warn of: the change is 0 whatever m is then
        (row,) = change(data, "m", day, day)
    assert row.interval == Interval.point(0)
    assert (row.estimate.low, row.estimate.best, row.estimate.high) == (0, 0, 0)
    assert row.rule == "change"
    assert "start and end are one date" in row.low.detail
