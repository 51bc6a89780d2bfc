"""Real published series over time, reconciled as a careful statistician would sign.

Flows beside their totals, running totals with their events, revised agency counts and
levels that fall. Each data set is written here from published figures; the comments
cite them. Results are checked by hand arithmetic (shown beside each) and, for flows,
against an independent oracle: the exact range of a period's count under figures over
periods is a shortest-path problem on the running count (difference constraints), solved
here by Bellman-Ford.

Sources:

- Office for National Statistics, "Deaths registered weekly in England and Wales,
  provisional": 16,387 deaths registered in the week ending 3 April 2020 (week 14,
  Saturday 28 March to Friday 3 April), 18,516 in week 15 (ending 10 April), 22,351 in
  week 16 (ending 17 April), 21,997 in week 17 (ending 24 April) and 17,953 in week 18
  (ending 1 May). ONS, "Monthly mortality analysis, England and Wales: April 2020":
  88,153 deaths registered in April 2020.
- UNHCR, Ukraine Refugee Situation (Operational Data Portal) and the High Commissioner's
  statements: more than 1 million refugees had fled Ukraine by 2 March 2022, more than 2
  million by 8 March, 3 million by 15 March, 4 million by 30 March. The portal's
  "refugees from Ukraine recorded across Europe", a stock, stood above 7.8 million at the
  end of 2022 and near 5.9 million in early 2024, after countries cleaned their registers.
- OHCHR, "Ukraine: civilian casualty update" (2 January 2023): 6,884 civilians killed
  from 24 February 2022 to 1 January 2023; OHCHR, "Civilian casualties in Ukraine,
  24 February 2022 - 15 February 2023" (21 February 2023): 8,006 killed.
- Public Health England: 46,706 UK deaths of people who had tested positive (any time
  before death), reported on 11 August 2020; on 12 August 2020 the series was redefined
  (death within 28 days of a positive test) and the toll revised down by 5,377 to 41,329.
- The exchange of prisoners of 3 January 2024: 230 Ukrainians released (Dmytro Lubinets,
  Parliament Commissioner for Human Rights); 2,828 returned from captivity in all by that
  day; "almost 2,600" in December 2023 (the seed data of docs/, DESIGN.md's worked
  example).
"""

from __future__ import annotations

import datetime as dt
import itertools
import math
import random

import pytest

import pwstats
from pwstats import Dataset, Figure, Interval, Measure, Relation, Source, stats
from pwstats.cli import main
from pwstats.stats import StatisticsError

# -- flows: ONS weekly and monthly deaths registered ------------------------------------

ONS_WEEKS = {  # week number: (first day, last day, deaths registered)
    14: ("2020-03-28", "2020-04-03", 16_387),
    15: ("2020-04-04", "2020-04-10", 18_516),
    16: ("2020-04-11", "2020-04-17", 22_351),
    17: ("2020-04-18", "2020-04-24", 21_997),
    18: ("2020-04-25", "2020-05-01", 17_953),
}
ONS_APRIL = 88_153


def _ons(weeks: tuple[int, ...] = (14, 15, 16, 17, 18), *, april: bool = True) -> Dataset:
    deaths = Measure(id="deaths", label="deaths registered", kind="flow", dims={"area": "EW"})
    ons = Source(name="ONS")
    figures = [
        Figure(
            id=f"w{n}",
            measure="deaths",
            value=ONS_WEEKS[n][2],
            as_of=f"{ONS_WEEKS[n][0]}/{ONS_WEEKS[n][1]}",
            source=ons,
        )
        for n in weeks
    ]
    if april:
        figures.append(
            Figure(id="apr", measure="deaths", value=ONS_APRIL, as_of="2020-04", source=ons)
        )
    return Dataset(measures=[deaths], figures=figures)


def test_weeks_crossing_month_ends_and_the_month_agree() -> None:
    """Five weeks from 28 March to 1 May hold April: 97,204 ≥ 88,153 ≥ 62,864 (weeks
    15-17, inside April). No conflict."""
    report = pwstats.reconcile(_ons())
    assert report.conflicts == ()
    assert {f.status for f in report.findings} == {"consistent"}


def test_the_days_of_april_in_a_week_that_crosses_the_month_end() -> None:
    """1-3 April: at most week 14 (16,387), at least April less weeks 15-17 less all of
    week 18 (88,153 - 62,864 - 17,953 = 7,336). 25-30 April likewise: 88,153 - 62,864 -
    16,387 = 8,902 to 17,953. The weeks inside April tile to exactly their sum."""
    data = _ons()
    first = pwstats.bound(data, "deaths", at="2020-04-01/2020-04-03")
    assert str(first.interval) == "[7336, 16387]"
    # The figures that prove the low end: April, the weeks inside it, and week 18's high.
    assert {"apr", "w15", "w16", "w17", "w18"} <= set(first.low.figures)
    assert "w14" in first.high.figures
    last = pwstats.bound(data, "deaths", at="2020-04-25/2020-04-30")
    assert str(last.interval) == "[8902, 17953]"
    assert {"apr", "w14", "w15", "w16", "w17"} <= set(last.low.figures)
    inside = pwstats.bound(data, "deaths", at="2020-04-04/2020-04-24")
    assert str(inside.interval) == str(Interval.point(18_516 + 22_351 + 21_997))
    whole = pwstats.bound(data, "deaths", at="2020-03-28/2020-05-01")
    assert str(whole.interval) == str(Interval.point(sum(w[2] for w in ONS_WEEKS.values())))


def test_a_missing_week_is_what_the_month_leaves() -> None:
    """Week 16 unpublished: April less the other weeks' parts in April. The weeks wholly
    in April (15 and 17) are exact; 14 and 18 cross the month ends, so week 16 is
    88,153 - 18,516 - 21,997 - (April's part of 14) - (April's part of 18), between
    88,153 - 40,513 - 16,387 - 17,953 = 13,300 and 88,153 - 40,513 = 47,640."""
    data = _ons((14, 15, 17, 18))
    b = pwstats.bound(data, "deaths", at="2020-04-11/2020-04-17")
    assert str(b.interval) == "[13300, 47640]"


def test_april_from_the_weeks_alone() -> None:
    """Without the monthly figure, April is weeks 15-17 (62,864) plus the parts of weeks
    14 and 18 that fall in it, none to all: [62,864, 97,204]. 5-30 April: none to all of
    week 15's part, weeks 16 and 17, none to all of week 18's: [44,348, 80,817]."""
    data = _ons(april=False)
    assert str(pwstats.bound(data, "deaths", at="2020-04").interval) == "[62864, 97204]"
    b = pwstats.bound(data, "deaths", at="2020-04-05/2020-04-30")
    assert str(b.interval) == "[44348, 80817]"


def test_a_total_of_flows_at_a_period_adds_each_members_bound() -> None:
    """Two areas at 1-3 April 2020: England and Wales as above, [7336, 16387]; a second
    area whose only figure is its April count, so its first three days are [0, 500]."""
    data = _ons()
    other = Measure(id="other", label="deaths registered", kind="flow", dims={"area": "X"})
    data = Dataset(
        measures=[*data.measures, other],
        figures=[*data.figures, Figure(id="x-apr", measure="other", value=500, as_of="2020-04")],
    )
    rows = pwstats.total(data, by=(), at="2020-04-01/2020-04-03")
    (row,) = rows
    assert str(row.interval) == "[7336, 16887]"
    assert row.members == ("deaths", "other")
    assert row.contested == ()
    by_area = pwstats.total(data, by="area", at="2020-04")
    assert str(by_area.row(area="EW").interval) == "[88153, 88153]"
    assert by_area.row(area="EW").estimate.best == ONS_APRIL


def test_a_flow_member_without_a_period_says_to_give_one() -> None:
    with pytest.raises(StatisticsError, match=r"flow measure: give at= the period to count"):
        pwstats.total(_ons(), by="area")


def test_a_bound_without_a_period_names_at() -> None:
    data = _ons()
    flow = r"'deaths' is a flow measure: give at= the period to bound it over"
    with pytest.raises(ValueError, match=rf"^bound\(\): {flow}"):
        pwstats.bound(data, "deaths", at=None)
    with pytest.raises(ValueError, match=rf"^Report\.bound\(\): {flow}"):
        pwstats.reconcile(data).bound("deaths", at=None)


def test_the_command_line_asks_for_a_period_for_flows(tmp_path, capsys) -> None:  # type: ignore[no-untyped-def]
    path = tmp_path / "ons.json"
    pwstats.dump(_ons(), path)
    assert main(["total", str(path), "--by", "area"]) != 0
    err = capsys.readouterr().err
    assert "give --at PERIOD" in err
    assert main(["total", str(path), "--by", "area", "--at", "2020-04"]) == 0
    assert "88153" in capsys.readouterr().out


def test_an_explanation_counts_one_more_figure_in_the_singular() -> None:
    """Six figures behind the low end of 1-3 April once a sixth week is added: five are
    named and the rest counted, "and 1 more figure", not "figures"."""
    data = _ons()
    week13 = Figure(id="w13", measure="deaths", value=11_141, as_of="2020-03-21/2020-03-27")
    data = Dataset(measures=data.measures, figures=[week13, *data.figures])
    text = pwstats.bound(data, "deaths", at="2020-03-21/2020-05-01").low.detail
    assert "and 1 more figure" in text
    assert "more figures" not in text


def test_a_period_is_at_least_every_period_it_holds() -> None:
    """Week 18 (25 April - 1 May, 17,953) lies inside 25 April - 31 May, so that period
    counts at least 17,953; and inside 20 April - 1 May, which is also at most 88,153 +
    17,953 (April, and the rest of week 18)."""
    data = _ons((18,))
    assert str(pwstats.bound(data, "deaths", at="2020-04-25/2020-05-31").interval) == (
        "[17953, +inf)"
    )
    assert str(pwstats.bound(data, "deaths", at="2020-04-20/2020-05-01").interval) == (
        "[17953, 106106]"
    )


# The oracle: S(t) is the count from the first day to day t; a figure over [a, z] says
# lo <= S(z) - S(a - 1) <= hi, and S never falls. The range of S(j) - S(i - 1) is given by
# the shortest paths of the constraint graph (an edge u -> v of weight w for
# S(v) - S(u) <= w): its high end is the distance from i - 1 to j, its low end minus the
# distance from j to i - 1, unbounded without a path.


def _shortest(edges: list[tuple[int, int, int]], n: int, source: int) -> list[float]:
    dist = [math.inf] * n
    dist[source] = 0
    for _ in range(n):
        for u, v, w in edges:
            if dist[u] + w < dist[v]:
                dist[v] = dist[u] + w
    return dist


def _oracle(
    figures: list[tuple[int, int, int, int]], days: int, i: int, j: int
) -> tuple[float, float]:
    edges = [(t + 1, t, 0) for t in range(days)]  # node t + 1 is S(t); node 0 is S(-1)
    for a, z, lo, hi in figures:
        edges += [(a, z + 1, hi), (z + 1, a, -lo)]
    return -_shortest(edges, days + 1, j + 1)[i], _shortest(edges, days + 1, i)[j + 1]


def _day(i: int) -> str:
    return (dt.date(2020, 4, 1) + dt.timedelta(days=i)).isoformat()


def _span(i: int, j: int) -> str:
    return _day(i) if i == j else f"{_day(i)}/{_day(j)}"


def test_flow_bounds_hold_every_count_the_figures_allow() -> None:
    """Counts over random periods of seven days, around a hidden daily series: every
    bound is the oracle's range, neither narrower nor wider than what the figures
    allow, whether the periods nest, tile or partly overlap one another."""
    rng = random.Random(20200401)
    days = 7
    measure = Measure(id="k", label="killed", kind="flow")
    for trial in range(120):
        truth = [rng.randint(0, 4) for _ in range(days)]
        laminar = trial % 2 == 0
        figures: list[tuple[int, int, int, int]] = []
        for _ in range(rng.randint(1, 5)):
            i = rng.randrange(days)
            j = rng.randrange(i, days)
            if laminar and any(
                a < i <= z < j or i < a <= j < z for a, z, _, _ in figures
            ):  # crossing an earlier period
                continue
            s = sum(truth[i : j + 1])
            lo, hi = max(0, s - rng.randint(0, 3)), s + rng.randint(0, 3)
            figures.append((i, j, lo, hi))
        data = Dataset(
            measures=[measure],
            figures=[
                Figure(id=f"f{n}", measure="k", value=Interval.closed(lo, hi), as_of=_span(a, z))
                for n, (a, z, lo, hi) in enumerate(figures)
            ],
        )
        for _ in range(3):
            i = rng.randrange(days)
            j = rng.randrange(i, days)
            got = pwstats.bound(data, "k", at=_span(i, j)).interval
            low, high = _oracle(figures, days, i, j)
            where = (figures, i, j, str(got))
            assert (got.lo, got.hi) == (low, high), where


# -- running totals: UNHCR, OHCHR, PHE, the exchange of 3 January 2024 -----------------

FLED = Measure(id="fled", label="refugees who fled Ukraine since 24 Feb 2022", kind="cumulative")


def _unhcr_fled() -> Dataset:
    unhcr = Source(name="UNHCR")
    said = [
        ("m02", "more than 1 million", "2022-03-02"),
        ("m08", "more than 2 million", "2022-03-08"),
        ("m15", "3 million", "2022-03-15"),
        ("m30", "4 million", "2022-03-30"),
    ]
    figures = [
        Figure(id=fid, measure="fled", value=text, as_of=day, source=unhcr)
        for fid, text, day in said
    ]
    return Dataset(measures=[FLED], figures=figures)


def test_refugees_who_fled_between_the_milestones() -> None:
    """On 10 March: above "more than 2 million" (8 March) and at most what "3 million"
    (15 March) allows, 3.3 million. The change from 2 to 15 March: at least 2.7 million
    less 1.5 million, at most 3.3 million less 1,000,001."""
    data = _unhcr_fled()
    assert pwstats.reconcile(data).conflicts == ()
    b = pwstats.bound(data, "fled", at="2022-03-10")
    assert str(b.interval) == "[2000001, 3300000]"
    assert (b.low.figures, b.high.figures) == (("m08",), ("m15",))
    (row,) = stats.change(data, "fled", "2022-03-02", "2022-03-15")
    assert str(row.interval) == "[1200000, 2299999]"
    assert row.estimate.best == 3_000_000 - 1_000_001


def test_a_figure_dated_by_its_month_bounds_the_months_last_and_first_days() -> None:
    """ "4 million" as of March 2022 (some day of March) is at least 3.6 million on 31
    March and at most 4.4 million on 1 March: no day of March is after the 31st or before
    the 1st. It was [0, +inf) on both days, though 15 April got 3.6 million."""
    data = Dataset(
        measures=[FLED],
        figures=[Figure(id="mar", measure="fled", value="4 million", as_of="2022-03")],
    )
    end = pwstats.bound(data, "fled", at="2022-03-31")
    assert str(end.interval) == "[3600000, +inf)"
    assert end.low.figures == ("mar",)
    assert str(pwstats.bound(data, "fled", at="2022-03-01").interval) == "[0, 4400000]"


def test_a_total_that_falls_within_the_last_day_of_a_month_is_a_contradiction() -> None:
    """A misprint, 400,000 on 31 March, after "4 million" as of March: whichever day of
    March the 4 million is of, it is not after the 31st, so the total fell."""
    typo = Figure(id="typo", measure="fled", value="400,000", as_of="2022-03-31")
    data = Dataset(
        measures=[FLED],
        figures=[Figure(id="mar", measure="fled", value="4 million", as_of="2022-03"), typo],
    )
    (conflict,) = pwstats.reconcile(data).conflicts
    assert conflict.figures == ("mar", "typo")
    assert (conflict.cause, conflict.kind) == ("fall", "contradiction")
    assert conflict.relations == ("fled never falls",)


def test_ohchr_civilians_killed_and_a_misprint_that_falls() -> None:
    """6,884 killed by 1 January 2023, 8,006 by 15 February; a misprinted 7,100 on
    20 February (constructed) falls below 8,006: a contradiction of those two, cause
    "fall". Between the true figures the bound rests on them, and sets the misprint
    aside."""
    killed = Measure(id="killed", label="civilians killed since 24 Feb 2022", kind="cumulative")
    ohchr = Source(name="OHCHR")
    figures = [
        Figure(id="jan", measure="killed", value=6_884, as_of="2023-01-01", source=ohchr),
        Figure(id="feb", measure="killed", value=8_006, as_of="2023-02-15", source=ohchr),
        Figure(id="typo", measure="killed", value=7_100, as_of="2023-02-20"),
    ]
    data = Dataset(measures=[killed], figures=figures)
    (conflict,) = pwstats.reconcile(data).conflicts
    assert conflict.figures == ("feb", "typo")
    assert (conflict.cause, conflict.kind) == ("fall", "contradiction")
    b = pwstats.bound(data, "killed", at="2023-02-01")
    assert str(b.interval) == "[6884, 8006]"
    assert (b.low.figures, b.high.figures) == (("jan",), ("feb",))
    assert "typo" in b.set_aside


def test_a_misprint_beside_another_figure_of_its_month_still_falls() -> None:
    """In March 2023 "more than 8,000" and a misprinted 800 (constructed), after 8,006 on
    15 February: two figures of one month that share no value are only in tension (the
    total may rise within March), but 800 on any day of March is below 8,006 a month
    before: a contradiction, cause "fall". It was reported as the tension alone."""
    killed = Measure(id="killed", label="civilians killed since 24 Feb 2022", kind="cumulative")
    data = Dataset(
        measures=[killed],
        figures=[
            Figure(id="feb", measure="killed", value=8_006, as_of="2023-02-15"),
            Figure(id="mar", measure="killed", value="more than 8,000", as_of="2023-03"),
            Figure(id="typo", measure="killed", value=800, as_of="2023-03"),
        ],
    )
    found = {(c.figures, c.cause, c.kind) for c in pwstats.reconcile(data).conflicts}
    assert found == {
        (("feb", "typo"), "fall", "contradiction"),
        (("mar", "typo"), "disjoint", "tension"),
    }
    # The other way: a misprint that is too high, before a lower total.
    data = Dataset(
        measures=[killed],
        figures=[
            Figure(id="jan", measure="killed", value="about 7,000", as_of="2023-01"),
            Figure(id="typo", measure="killed", value=70_000, as_of="2023-01"),
            Figure(id="feb", measure="killed", value=8_006, as_of="2023-02-15"),
        ],
    )
    found = {(c.figures, c.cause, c.kind) for c in pwstats.reconcile(data).conflicts}
    assert (("feb", "typo"), "fall", "contradiction") in found


def _days_of(i: int, j: int) -> str:
    first = dt.date(2023, 1, 1)
    a, z = first + dt.timedelta(days=i), first + dt.timedelta(days=j)
    return a.isoformat() if i == j else f"{a.isoformat()}/{z.isoformat()}"


def test_running_total_bounds_and_falls_against_brute_force() -> None:
    """Random figures of a running total over six days, each as of a day or a few, with
    spans that meet at most on the day one ends and the other starts (or are the same).
    Against every non-decreasing series of 0..5 that the figures allow (a figure as of
    a span holds on some day of it): no allowed series means a contradiction is
    reported; else none is, and when no tension is either, the bound on each day is
    exactly the range of the allowed series (+inf standing for the cap of 5)."""
    rng = random.Random(20230215)
    days, cap = 6, 5
    series = list(itertools.combinations_with_replacement(range(cap + 1), days))
    measure = Measure(id="k", label="killed", kind="cumulative")
    for _ in range(400):
        figures: list[tuple[int, int, int, int]] = []
        for _ in range(rng.randint(1, 4)):
            i = rng.randrange(days)
            j = min(days - 1, i + rng.choice([0, 0, 1, 2]))
            if any(
                a < i < z or a < j < z or i < a < j or i < z < j or (i == a) != (j == z)
                for a, z, _, _ in figures
            ):
                continue
            lo = rng.randint(0, cap)
            figures.append((i, j, lo, rng.randint(lo, cap)))
        allowed = [
            s
            for s in series
            if all(any(lo <= s[t] <= hi for t in range(a, z + 1)) for a, z, lo, hi in figures)
        ]
        data = Dataset(
            measures=[measure],
            figures=[
                Figure(id=f"f{n}", measure="k", value=Interval.closed(lo, hi), as_of=_days_of(a, z))
                for n, (a, z, lo, hi) in enumerate(figures)
            ],
        )
        conflicts = pwstats.reconcile(data).conflicts
        contradictions = [c for c in conflicts if c.kind == "contradiction"]
        assert bool(contradictions) == (not allowed), (figures, conflicts)
        if not allowed or conflicts:
            continue
        for t in range(days):
            got = pwstats.bound(data, "k", at=_days_of(t, t)).interval
            low, high = min(s[t] for s in allowed), max(s[t] for s in allowed)
            assert got.lo == low, (figures, t, str(got))
            assert got.hi == high or (got.hi == math.inf and high == cap), (figures, t, str(got))


def _phe(*, explicit: bool) -> Dataset:
    deaths = Measure(id="uk", label="UK COVID-19 deaths", kind="cumulative")
    return Dataset(
        measures=[deaths],
        figures=[
            Figure(
                id="old",
                measure="uk",
                value="46,706",
                as_of="2020-08-11",
                source=Source(name="PHE", published="2020-08-11"),
            ),
            Figure(
                id="new",
                measure="uk",
                value="41,329",
                as_of="2020-08-12",
                source=Source(name="PHE", published="2020-08-12"),
                revises="old" if explicit else None,
            ),
        ],
    )


def test_a_redefined_toll_is_a_revision_not_a_fall() -> None:
    """PHE's 12 August toll replaces the series: with revisions="latest" the old figure
    is set aside as revised (change -5,377), no conflict; compared as statements, the
    total fell: a contradiction of the two. Unlinked, they are two dates of one running
    total, not vintages of one statement: a fall."""
    data = _phe(explicit=True)
    report = pwstats.reconcile(data)
    assert report.conflicts == ()
    (revision,) = {r for f in report.findings for r in f.revisions}
    assert (revision.old, revision.new, revision.change) == ("old", "new", -5_377)
    later = pwstats.bound(data, "uk", at="2020-08-20")
    assert str(later.interval) == "[41329, +inf)"
    assert later.low.figures == ("new",)
    (fall,) = pwstats.reconcile(data, revisions="compare").conflicts
    assert (fall.figures, fall.cause, fall.kind) == (("new", "old"), "fall", "contradiction")
    (unlinked,) = pwstats.reconcile(_phe(explicit=False)).conflicts
    assert unlinked.cause == "fall"


def test_what_a_reader_knew_on_11_august_2020() -> None:
    """On 11 August only the old definition's 46,706 was published: a reader then
    bounds 20 August from below by it, and sees no revision."""
    data = _phe(explicit=True)
    then = pwstats.reconcile(data, known_at="2020-08-11")
    assert then.conflicts == ()
    assert all(f.revisions == () for f in then.findings)
    b = pwstats.bound(data, "uk", at="2020-08-20", known_at="2020-08-11")
    assert str(b.interval) == "[46706, +inf)"
    assert b.low.figures == ("old",)


def test_the_exchange_of_3_january_2024_rises_the_running_total() -> None:
    """2,828 returned by 3 January 2024, 230 of them that day: on 2 January at most
    2,828 - 230 = 2,598, which the exchange and the later total prove together."""
    returned = Measure(id="returned", label="returned from captivity", kind="cumulative")
    exchange = Measure(id="x0103", label="released on 3 Jan 2024", kind="event")
    data = Dataset(
        measures=[returned, exchange],
        figures=[
            Figure(id="dec", measure="returned", value="almost 2,600", as_of="2023-12"),
            Figure(id="jan3", measure="returned", value=2_828, as_of="2024-01-03"),
            Figure(id="lubinets", measure="x0103", value=230, as_of="2024-01-03"),
        ],
        relations=[Relation.accumulates("returned", ["x0103"])],
    )
    assert pwstats.reconcile(data).conflicts == ()
    b = pwstats.bound(data, "returned", at="2024-01-02")
    assert b.interval.hi == 2_598
    assert set(b.high.figures) == {"jan3", "lubinets"}
    assert b.high.relations == ("accumulates(returned, x0103)",)


# -- levels: UNHCR refugees recorded across Europe -------------------------------------


def _recorded(kind: str) -> Dataset:
    europe = Measure(id="europe", label="refugees from Ukraine recorded in Europe", kind=kind)  # type: ignore[arg-type]
    return Dataset(
        measures=[europe],
        figures=[
            Figure(id="y22", measure="europe", value="more than 7.8 million", as_of="2022-12"),
            Figure(id="y24", measure="europe", value="about 5.9 million", as_of="2024-02"),
        ],
    )


def test_a_stock_that_falls_is_no_conflict_but_a_running_total_cannot() -> None:
    """Refugees recorded across Europe is a stock: it fell as registers were cleaned, and
    its change is negative. Read as a running total, the same figures are a fall."""
    level = _recorded("level")
    assert pwstats.reconcile(level).conflicts == ()
    (row,) = stats.change(level, "europe", "2022-12", "2024-02")
    assert row.interval.hi < 0
    (fall,) = pwstats.reconcile(_recorded("cumulative")).conflicts
    assert (fall.figures, fall.cause, fall.kind) == (("y22", "y24"), "fall", "contradiction")
