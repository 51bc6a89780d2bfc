"""Tests of pwstats.reconcile: grouping, conflicts, time rules, relations, estimates."""

from __future__ import annotations

import re
from fractions import Fraction
from types import SimpleNamespace
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from pwstats.errors import DatasetErrors, ParseError, UnitError
from pwstats.interval import Interval
from pwstats.model import Dataset, Figure, Kind, Measure, Relation, Source, trusted_dataset
from pwstats.reconcile import bound, bound_using, reconcile, reconcile_using
from pwstats.report import READINGS, Report

# -- a small stand-in for pwstats.parse, so these tests do not depend on its lexicon ----

_NUMBER = r"(\d[\d,]*)"


def fake_parse(text: str, *, reading: str, nonnegative: bool = True, unit: str = "person") -> Any:
    """Read a few hedges: 'about N', 'almost N', 'nearly N', 'more than N', 'over N', 'exactly N',
    'N%' and bare numbers (in ``unit``); the pragmatic reading has a 10% tolerance, lenient
    is the hull."""
    t = text.strip().lower()
    percent = t.endswith("%")
    if percent:
        unit, t = "percent", t[:-1].strip()
    m = re.fullmatch(rf"(?:(about|almost|nearly|more than|over|exactly)\s+)?{_NUMBER}", t)
    assert m is not None, text
    hedge, n = m.group(1), int(m.group(2).replace(",", ""))
    tol = Fraction(n, 10)
    floor = 0 if nonnegative else -float("inf")
    if hedge in ("almost", "nearly"):
        literal, pragmatic = Interval.closed_open(floor, n), Interval.closed_open(n - tol, n)
    elif hedge in ("more than", "over"):
        literal, pragmatic = Interval.more_than(n), Interval.open_closed(n, n + tol)
    elif hedge == "about":
        literal = pragmatic = Interval.closed(n - tol, n + tol)
    elif percent:
        literal, pragmatic = Interval.point(n), Interval.closed(n - 5, n + 5)
    else:
        literal = pragmatic = Interval.point(n)
    interval = {
        "literal": literal,
        "pragmatic": pragmatic,
        "lenient": literal.hull(pragmatic),
    }[reading]
    return SimpleNamespace(interval=interval, unit=unit, nominal=n, text=text)


def run(d: Dataset, reading: str = "pragmatic") -> Report:
    return reconcile_using(d, reading=reading, parser=fake_parse)  # type: ignore[arg-type]


def src(name: str, published: str = "2025-12-31") -> Source:
    return Source(name=name, published=published)


def one_measure(kind: Kind, *figures: tuple[str, object, str], measure: str = "t") -> Dataset:
    """A data set of one measure of ``kind`` and its figures, each ``(id, value, as_of)``."""
    return Dataset(
        measures=[Measure(id=measure, label=measure, kind=kind)],
        figures=[Figure(id=i, measure=measure, value=v, as_of=a) for i, v, a in figures],
    )


# -- the worked example of DESIGN.md --------------------------------------------------------


def worked_example() -> Dataset:
    measures = [
        Measure(id="returned", label="Ukrainians returned since 24 Feb 2022", kind="cumulative"),
        Measure(id="ua-swap", label="Ukrainians released on 3 Jan 2024", kind="event"),
        Measure(id="ru-swap", label="Russians released on 3 Jan 2024", kind="event"),
        Measure(id="held-military", label="soldiers held, confirmed"),
        Measure(id="held-civilian", label="civilians held, confirmed"),
        Measure(id="held-confirmed", label="held, confirmed"),
        Measure(id="missing", label="missing or detained"),
        Measure(id="official-share", label="share covered by official data", unit="percent"),
    ]
    ombudsman, afp, kyiv = src("Lubinets"), src("AFP"), src("Ukrainian authorities")
    figures = [
        Figure(
            id="ret-aug",
            measure="returned",
            value="nearly 2,600",
            as_of="2023-08",
            source=src("Politico"),
        ),
        Figure(
            id="ret-dec",
            measure="returned",
            value="almost 2,600",
            as_of="2023-12",
            source=src("Politico"),
        ),
        Figure(
            id="ret-jan", measure="returned", value="2,828", as_of="2024-01-03", source=ombudsman
        ),
        Figure(id="ret-2025", measure="returned", value="3,767", as_of="2025", source=src("HQ")),
        Figure(
            id="ua-afp", measure="ua-swap", value="more than 230", as_of="2024-01-03", source=afp
        ),
        Figure(
            id="ua-kyiv", measure="ua-swap", value="more than 230", as_of="2024-01-03", source=kyiv
        ),
        Figure(
            id="ua-ombudsman",
            measure="ua-swap",
            value="exactly 230",
            as_of="2024-01-03",
            source=ombudsman,
        ),
        Figure(
            id="ua-president",
            measure="ua-swap",
            value="more than 200",
            as_of="2024-01-03",
            source=src("Zelensky"),
        ),
        Figure(
            id="ru-mod",
            measure="ru-swap",
            value="248",
            as_of="2024-01-03",
            source=src("Russian MoD"),
        ),
        Figure(
            id="ru-afp", measure="ru-swap", value="more than 230", as_of="2024-01-03", source=afp
        ),
        Figure(id="mil", measure="held-military", value="3,000", as_of="2023-12", source=ombudsman),
        Figure(
            id="civ", measure="held-civilian", value="28,000", as_of="2023-12", source=ombudsman
        ),
        Figure(id="pace", measure="missing", value="over 65,000", as_of="2024", source=src("PACE")),
        Figure(
            id="share", measure="official-share", value="30%", as_of="2025", source=src("Lebedeva")
        ),
    ]
    relations = [
        Relation.accumulates("returned", ["ua-swap"], id="returns-add-up"),
        Relation.sum("held-confirmed", ["held-military", "held-civilian"], id="confirmed-parts"),
        Relation.le("held-confirmed", "missing", id="confirmed-le-missing"),
        Relation.share("held-confirmed", "missing", "official-share", id="official-share-of"),
    ]
    return Dataset(measures=measures, figures=figures, relations=relations)


def test_worked_example_running_total_is_consistent() -> None:
    """Every finding about the running total of returns is consistent."""
    report = run(worked_example())
    assert [f.status for f in report.findings_for("returned")] == ["consistent"] * 4


def test_worked_example_bound_before_the_exchange_uses_it() -> None:
    """The total on 2 Jan 2024 is at most 2,828 less the 3 January exchange, and says so."""
    b = bound_using(
        worked_example(), "returned", at="2024-01-02", reading="pragmatic", parser=fake_parse
    )
    assert b.interval.hi == 2828 - 231
    assert "returns-add-up" in b.high.relations
    assert "ret-jan" in b.high.figures
    assert {"ua-afp", "ua-kyiv"} & set(b.high.figures)
    assert "2,828" in b.high.detail
    assert b.interval.lo == 2340  # "almost 2,600" in December (fake reading [2340, 2600))
    assert "ret-dec" in b.low.figures


def test_worked_example_exchange_shows_the_contradiction() -> None:
    """'more than 230' against 'exactly 230' is a contradiction under every reading."""
    for reading in ("literal", "pragmatic", "lenient"):
        (finding,) = run(worked_example(), reading).findings_for("ua-swap")
        assert finding.status == "contradiction"
        pairs = {(c.figures, c.kind) for c in finding.conflicts}
        assert (("ua-afp", "ua-ombudsman"), "contradiction") in pairs
        text = next(c.explanation for c in finding.conflicts if "ua-ombudsman" in c.figures)
        assert "'exactly 230'" in text
        assert "'more than 230'" in text
        assert "share no value" in text


def test_worked_example_russian_side_is_consistent() -> None:
    """248 and 'more than 230' released Russians agree."""
    (finding,) = run(worked_example()).findings_for("ru-swap")
    assert finding.status == "consistent"
    assert finding.estimate.best == 248


def test_worked_example_share_gives_a_tension_with_the_confirmed() -> None:
    """30% of 'over 65,000' cannot be 3,000 + 28,000 pragmatically, but can leniently."""
    report = run(worked_example())
    tensions = [c for c in report.conflicts if "official-share-of" in c.relations]
    assert tensions
    assert all(c.kind == "tension" for c in tensions)
    # minimal: 28,000 civilians alone already exceed 35% of at most 71,500
    assert set(tensions[0].figures) == {"share", "pace", "civ"}
    (share_finding,) = report.findings_for("official-share")
    assert share_finding.status == "tension"
    assert not any(
        c.kind == "contradiction" for f in report.findings_for("missing") for c in f.conflicts
    )


def test_worked_example_with_the_real_parser() -> None:
    """With pwstats.parse, the exchange is still a contradiction and the total consistent."""
    report = reconcile(worked_example())
    assert all(f.status == "consistent" for f in report.findings_for("returned"))
    assert report.findings_for("ua-swap")[0].status == "contradiction"
    b = bound(worked_example(), "returned", at="2024-01-02")
    assert "returns-add-up" in b.high.relations


# -- rules one by one ------------------------------------------------------------------------


def test_falling_running_total_is_a_contradiction_naming_the_time_rule() -> None:
    """3,000 in 2023 and 2,000 in 2024 for a running total cannot both hold."""
    m = Measure(id="t", label="total", kind="cumulative")
    d = Dataset(
        measures=[m],
        figures=[
            Figure(id="a", measure="t", value=3000, as_of="2023"),
            Figure(id="b", measure="t", value=2000, as_of="2024"),
        ],
    )
    report = run(d)
    (conflict,) = report.conflicts
    assert conflict.figures == ("a", "b")
    assert conflict.relations == ("t never falls",)
    assert conflict.kind == "contradiction"
    assert {f.status for f in report.findings} == {"contradiction"}


def test_falling_hedged_total_is_only_a_tension() -> None:
    """'about 3,000' then 'about 2,800' falls pragmatically but not leniently: a tension."""
    m = Measure(id="t", label="total", kind="cumulative")
    d = Dataset(
        measures=[m],
        figures=[
            Figure(id="a", measure="t", value="exactly 3,000", as_of="2023"),
            Figure(id="b", measure="t", value="almost 3,000", as_of="2024"),
        ],
    )
    (conflict,) = run(d).conflicts
    assert conflict.kind == "contradiction"  # "almost 3,000" is below 3,000 under every reading
    d2 = Dataset(
        measures=[m],
        figures=[
            Figure(id="a", measure="t", value="3,000", as_of="2023"),
            Figure(id="b", measure="t", value="about 2,800", as_of="2024"),
        ],
    )
    report = run(d2)
    assert report.status == "consistent"  # [2520, 3080] reaches 3,000


def test_level_figures_at_overlapping_spans_give_at_most_a_tension() -> None:
    """Level figures of 2023 and of August 2023 that disagree are a tension, not more."""
    m = Measure(id="held", label="held")
    d = Dataset(
        measures=[m],
        figures=[
            Figure(id="year", measure="held", value=100, as_of="2023"),
            Figure(id="aug", measure="held", value=300, as_of="2023-08"),
        ],
    )
    report = run(d)
    assert [f.status for f in report.findings] == ["tension", "tension"]
    assert report.conflicts[0].kind == "tension"


def test_incompatible_units_are_refused_never_converted() -> None:
    """A percentage stated for a headcount is refused when the data set is made, never converted;
    a data set built without that check (as pwstats builds its parts) still gets a UnitError."""
    m = Measure(id="held", label="held")
    f = Figure(id="f", measure="held", value="30%", as_of="2024")
    with pytest.raises(DatasetErrors, match=r"figure 'f': '30%' .* measure 'held' is in 'person'"):
        Dataset(measures=[m], figures=[f])
    with pytest.raises(UnitError, match="percent"):
        run(trusted_dataset(measures=[m], figures=[f]))


def test_unknown_reading_is_rejected_with_the_choices() -> None:
    """A reading outside literal / pragmatic / lenient is a ValueError naming them."""
    with pytest.raises(ValueError, match="'literal', 'pragmatic', 'lenient'"):
        reconcile(Dataset(), reading="loose")  # type: ignore[arg-type]


def test_repeats_of_one_statement_count_once() -> None:
    """Three outlets repeating one statement are one independent source and one vote."""
    m = Measure(id="e", label="e", kind="event")
    said = Source(name="MoD", published="2024-01-03")
    figures = [
        Figure(
            id=f"r{i}",
            measure="e",
            value=Interval.closed(240, 260),
            as_of="2024-01-03",
            source=Source(name="MoD", via=(f"outlet{i}",), published="2024-01-03"),
        )
        for i in range(3)
    ]
    figures.append(
        Figure(
            id="other",
            measure="e",
            low=240,
            best=260,
            high=260,
            as_of="2024-01-03",
            source=Source(name="AFP", published="2024-01-03"),
        )
    )
    figures.append(
        Figure(
            id="third",
            measure="e",
            low=240,
            best=241,
            high=260,
            as_of="2024-01-03",
            source=Source(name="TASS", published="2024-01-03"),
        )
    )
    figures.append(
        Figure(
            id="mod", measure="e", value=Interval.closed(240, 260), as_of="2024-01-03", source=said
        )
    )
    (finding,) = run(Dataset(measures=[m], figures=figures)).findings
    assert finding.independent_sources == 3
    # votes: 250 (the MoD statement, once), 260, 241 -> median 250
    assert finding.estimate.best == 250


def test_empty_bounds_give_no_best() -> None:
    """When relations leave no value, the estimate says so instead of inventing a number."""
    ms = [Measure(id="a", label="a"), Measure(id="b", label="b")]
    d = Dataset(
        measures=ms,
        figures=[
            Figure(id="fa", measure="a", value=10, as_of="2024"),
            Figure(id="fb", measure="b", value=5, as_of="2024"),
        ],
        relations=[Relation.le("a", "b", id="a-le-b")],
    )
    report = run(d)
    assert report.status == "contradiction"
    emptied = [f for f in report.findings if f.bounds.is_empty]
    assert emptied
    assert all(f.estimate.best is None for f in emptied)
    (conflict,) = report.conflicts
    assert conflict.figures == ("fa", "fb")
    assert conflict.relations == ("a-le-b",)


def test_cycle_near_a_trillion_terminates_with_a_conflict() -> None:
    """a ≤ b and b ≤ a − 1 with ends near 10^12 stop quickly and are declared in conflict."""
    ms = [Measure(id="a", label="a"), Measure(id="b", label="b")]
    big = 10**12
    d = Dataset(
        measures=ms,
        figures=[
            Figure(id="fa", measure="a", value=Interval.closed(0, big), as_of="2024"),
            Figure(id="fb", measure="b", value=Interval.closed(0, big), as_of="2024"),
        ],
        relations=[Relation.le("a", "b", id="r1"), Relation.le("b", "a", offset=-1, id="r2")],
    )
    report = run(d)
    assert report.status == "contradiction"
    assert any({"r1", "r2"} <= set(c.relations) for c in report.conflicts)


def test_long_chain_of_measures_propagates_to_the_end() -> None:
    """A chain m0 ≤ m1 ≤ … ≤ m2999 carries the first lower bound to the last measure."""
    n = 3000
    ms = [Measure(id=f"m{i}", label=f"m{i}") for i in range(n)]
    rels = [Relation.le(f"m{i}", f"m{i + 1}", id=f"r{i}") for i in range(n - 1)]
    d = Dataset(
        measures=ms,
        relations=rels,
        figures=[Figure(id="start", measure="m0", value=7, as_of="2024")],
    )
    b = bound(d, f"m{n - 1}", at="2024")
    assert b.interval.lo == 7
    assert b.low.figures == ("start",)
    assert len(b.low.relations) == n - 1


def test_bound_beyond_the_figures() -> None:
    """After the last figure a running total is only bounded below; before the first, above."""
    d = one_measure("cumulative", ("a", 100, "2023-06"), ("b", 200, "2024-06"))
    late, early = bound(d, "t", at="2030"), bound(d, "t", at="2020-01-01")
    assert str(late.interval) == "[200, +inf)"
    assert late.low.figures == ("b",)
    assert str(early.interval) == "[0, 100]"
    assert early.high.figures == ("a",)
    assert "cannot be negative" in early.low.detail


def test_an_unbounded_end_is_no_figures_doing() -> None:
    """A floor [64, +inf) bounded only from below: its high end was "at most +inf from" it."""
    deaths = Measure(id="deaths", label="deaths", kind="event")
    floor = Figure(id="official", measure="deaths", value=Interval.at_least(64), as_of="2017")
    ceiling = Figure(id="cap", measure="deaths", value=Interval.at_most(90), as_of="2017")
    b = bound(Dataset(measures=[deaths], figures=[floor]), "deaths", at="2017")
    assert str(b.interval) == "[64, +inf)"
    assert b.low.figures == ("official",)
    assert b.high.figures == ()
    assert "no figure or relation bounds deaths from above" in b.high.detail
    b = bound(Dataset(measures=[deaths], figures=[floor, ceiling]), "deaths", at="2017")
    assert (b.low.figures, b.high.figures) == (("official",), ("cap",))


def test_a_level_bound_at_a_day_of_a_month_figure_says_why_it_is_unbounded() -> None:
    """A level figure as of a month bounds the month only (a level can change within it);
    the unbounded answer at a day of that month names the figure and says so."""
    idp = Measure(id="idp", label="displaced", kind="level")
    d = Dataset(
        measures=[idp],
        figures=[Figure(id="f1", measure="idp", value="about 1.2 million", as_of="2024-05")],
    )
    assert str(bound(d, "idp", at="2024-05").interval) == "[1080000, 1320000]"
    b = bound(d, "idp", at="2024-05-15")
    assert str(b.interval) == "[0, +inf)"
    for end in b.because:
        assert "no figure of idp is as of 2024-05-15" in end.detail
        assert "(f1) is as of 2024-05, a month that holds 2024-05-15" in end.detail
        assert "a level can rise or fall within a span" in end.detail
    assert "no figure or relation bounds idp from above" in b.high.detail
    later = bound(d, "idp", at="2024-06-15")
    assert "the nearest of its figures are as of 2024-05" in later.high.detail
    assert bound(d, "idp", at="2024-05-15") == reconcile(d).bound("idp", at="2024-05-15")


def test_a_level_bound_beside_an_estimate_of_its_date_does_not_say_no_figure_is_there() -> None:
    """An estimate as of the date bounds nothing, but it is a figure as of that date: the
    unbounded ends say no count is, not that no figure is."""
    idp = Measure(id="idp", label="displaced", kind="level")
    guess = Figure(
        id="e1",
        measure="idp",
        basis="estimate",
        low=10**6,
        best=11 * 10**5,
        high=12 * 10**5,
        as_of="2024-05-15",
    )
    d = Dataset(
        measures=[idp],
        figures=[
            Figure(id="f1", measure="idp", value="about 1.2 million", as_of="2024-05"),
            guess,
        ],
    )
    b = bound(d, "idp", at="2024-05-15")
    assert str(b.interval) == "[0, +inf)"
    for end in b.because:
        assert "no figure of idp is as of 2024-05-15" not in end.detail
        assert "no count of idp is as of 2024-05-15" in end.detail
        assert "(f1) is as of 2024-05, a month that holds 2024-05-15" in end.detail


def test_report_bounds_of_a_level_series_do_not_scan_its_figures_per_query(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """Report.bound at each date of a level series with an open end reads the measure's
    figures once, not once a query (which made querying every date quadratic)."""
    dates = [f"2024-01-{d:02d}" for d in range(1, 29)]
    d = Dataset(
        measures=[Measure(id="held", label="held", kind="level")],
        figures=[
            Figure(id=f"f{i}", measure="held", value=Interval.at_least(100 + i), as_of=day)
            for i, day in enumerate(dates)
        ],
    )
    report = reconcile(d)
    calls = []
    figures_of = Dataset.figures_of

    def counted(self: Dataset, measure: str | Measure) -> tuple[Figure, ...]:
        calls.append(measure)
        return figures_of(self, measure)

    monkeypatch.setattr(Dataset, "figures_of", counted)
    for i, day in enumerate(dates):
        b = report.bound("held", at=day)
        assert str(b.interval) == f"[{100 + i}, +inf)"
    assert len(calls) <= 1


def test_bound_names_the_figures_it_set_aside() -> None:
    """Figures outside the agreeing set are named, not silently dropped from the bound."""
    d = one_measure(
        "level",
        ("a", 100, "2024-03"),
        ("b", Interval.closed(90, 110), "2024-03"),
        ("c", 150, "2024-03"),
        ("later", 500, "2024-04"),
    )
    b = bound(d, "t", at="2024-03")
    assert str(b.interval) == "[100, 100]"
    assert b.set_aside == ("c",)  # a level's figures at other dates do not bear on it
    assert "set aside, in conflict with others: c" in str(b)
    assert bound(d, "t", at="2024-04").set_aside == ()


def test_a_running_total_bound_names_conflicts_at_any_date() -> None:
    """A running total's figures bind every date, so a conflict at one date is named at all."""
    d = one_measure(
        "cumulative", ("a", 100, "2023-06-01"), ("b", 300, "2023-06-01"), ("c", 100, "2023-06-01")
    )
    late = bound(d, "t", at="2030")
    assert str(late.interval) == "[100, +inf)"
    assert late.set_aside == ("b",)


def test_a_bound_over_tied_sets_rests_only_on_figures_it_keeps() -> None:
    """With tied largest sets the bound spans them all, and sets aside only figures in none.

    Each end comes from a figure of a tied set (one of them is right, so the
    bound holds whichever): none of those is set aside (it was, and the bound
    then rested on figures it said it set aside).
    """
    d = one_measure(
        "event",
        ("low", 100, "2024"),
        ("high", 150, "2024"),
        ("wide", Interval.closed(90, 160), "2024"),
        ("off", 500, "2024"),
        measure="e",
    )
    b = bound(d, "e", at="2024")
    assert str(b.interval) == "[100, 150]"
    assert (b.low.figures, b.high.figures) == (("low",), ("high",))
    assert b.set_aside == ("off",)
    assert not set(b.low.figures + b.high.figures) & set(b.set_aside)


def test_str_of_a_bound_says_each_end_and_why() -> None:
    """str(bound) is a readable explanation: the interval, then what gives each end."""
    d = one_measure("cumulative", ("a", 100, "2023-06"))
    text = str(bound(d, "t", at="2024"))
    assert text.splitlines() == [
        "t at 2024: [100, +inf)",
        "  low:  at least 100 from '100' (a, 2023-06), through t is a running total: it never"
        " falls, so a later value is at least any earlier one",
        "  high: no figure or relation bounds t from above",
    ]


@pytest.mark.parametrize(("released", "conflicts"), [(1523, 1), (1524, 0)])
def test_a_conflict_made_only_by_whole_numbers_says_so(released: int, conflicts: int) -> None:
    """1523 released = 3/10 of those held has no whole solution; the explanation says why."""
    d = Dataset(
        measures=[Measure(id="released", label="r"), Measure(id="held", label="h")],
        figures=[Figure(id="m", measure="released", value=released, as_of="2024-03")],
        relations=[Relation.share("released", "held", Fraction(3, 10), id="s")],
    )
    found = reconcile(d).conflicts
    assert len(found) == conflicts
    if found:
        assert "Only because held and released must be whole numbers" in found[0].explanation


def test_a_conflict_that_fractions_would_not_resolve_does_not_blame_whole_numbers() -> None:
    """A sum that fails by a whole margin says nothing about whole numbers."""
    d = Dataset(
        measures=[Measure(id=x, label=x) for x in ("t", "a", "b")],
        figures=[
            Figure(id="ft", measure="t", value=10, as_of="2024"),
            Figure(id="fa", measure="a", value=6, as_of="2024"),
            Figure(id="fb", measure="b", value=6, as_of="2024"),
        ],
        relations=[Relation.sum("t", ["a", "b"], id="s")],
    )
    (conflict,) = reconcile(d).conflicts
    assert "whole numbers" not in conflict.explanation


def test_unreadable_words_are_refused_naming_the_figure() -> None:
    """Words pwstats cannot read are refused by Dataset(...) naming the figure; a data set
    built without that check still fails in reconcile naming the figure, never silently."""
    m = Measure(id="m", label="m")
    f = Figure(id="f", measure="m", value="a lot", as_of="2024")
    with pytest.raises(DatasetErrors, match=r"figure 'f': pwstats cannot read the value: .*"):
        Dataset(measures=[m], figures=[f])
    with pytest.raises(ParseError, match=r"^figure 'f' of measure 'm': .* of 'a lot'$"):
        reconcile(trusted_dataset(measures=[m], figures=[f]))


@pytest.mark.parametrize("call", [reconcile, lambda d: bound(d, "m", at="2024")])
def test_something_other_than_a_dataset_is_a_type_error(call: Any) -> None:
    """A list (or anything but a Dataset) is a TypeError saying what is expected."""
    with pytest.raises(TypeError, match=r"takes a Dataset .* not list"):
        call([Figure(id="f", measure="m", value=1, as_of="2024")])


def test_share_with_a_ratio_that_may_be_zero_does_not_divide_by_zero() -> None:
    """A share in [0, 1] still bounds the whole from below when the part is positive."""
    ms = [Measure(id="p", label="p"), Measure(id="w", label="w")]
    d = Dataset(
        measures=ms,
        figures=[Figure(id="fp", measure="p", value=50, as_of="2024")],
        relations=[Relation.share("p", "w", Interval.closed(0, Fraction(1, 2)), id="s")],
    )
    assert str(bound(d, "w", at="2024").interval) == "[100, +inf)"


# -- properties ------------------------------------------------------------------------------


@st.composite
def intervals(draw: st.DrawFn, *, around: int | None = None) -> Interval:
    lo = draw(st.integers(0, 60))
    hi = draw(st.integers(lo, 70))
    if around is not None:
        lo, hi = min(lo, around), max(hi, around)
    kind = draw(st.sampled_from(["closed", "more_than", "at_least", "point"]))
    if kind == "more_than" and (around is None or around > lo):
        return Interval.more_than(lo)
    if kind == "at_least":
        return Interval.at_least(lo)
    if kind == "point" and around is None:
        return Interval.point(lo)
    return Interval.closed(lo, hi)


TEXTS = st.builds(
    lambda hedge, n: f"{hedge} {n}".strip(),
    st.sampled_from(["", "about", "almost", "more than", "exactly"]),
    st.integers(10, 60).map(lambda x: x * 10),
)


@st.composite
def datasets(draw: st.DrawFn, *, texts: bool = False) -> Dataset:
    """Up to four measures (two events, a level, a running total) with figures and a
    relation or two, each between measures of one kind of time."""
    measures = [
        Measure(id="e", label="e", kind="event"),
        Measure(id="e2", label="e2", kind="event"),
        Measure(id="l", label="l"),
        Measure(id="c", label="c", kind="cumulative"),
    ]
    n = draw(st.integers(1, 7))
    figures = []
    for i in range(n):
        mid = draw(st.sampled_from(["e", "e2", "l", "c"]))
        as_of = draw(st.sampled_from(["2023", "2024", "2024-06"]))
        value: Any = draw(TEXTS) if texts and draw(st.booleans()) else draw(intervals())
        who = draw(st.sampled_from(["A", "B", "C"]))
        figures.append(
            Figure(id=f"f{i}", measure=mid, value=value, as_of=as_of, source=Source(name=who))
        )
    relations = draw(
        st.sampled_from(
            [
                [],
                [Relation.le("e2", "e", id="e2-le-e")],
                [Relation.accumulates("c", ["e"], id="acc")],
                [
                    Relation.sum("e", ["e2"], complete=False, id="sum"),
                    Relation.le("l", "c", id="l-le-c"),
                ],
            ]
        )
    )
    return Dataset(measures=measures, figures=figures, relations=relations)


def _findings(report: Report) -> list[Any]:
    return [
        (f.measure, f.as_of, f.figures, f.status, f.bounds, f.estimate, f.conflicts)
        for f in report.findings
    ]


@settings(max_examples=40, deadline=None)
@given(datasets(texts=True), st.randoms(use_true_random=False))
def test_result_does_not_depend_on_figure_order(d: Dataset, rnd: Any) -> None:
    """Shuffling the figures of a data set gives the same findings."""
    shuffled = list(d.figures)
    rnd.shuffle(shuffled)
    other = Dataset(measures=d.measures, figures=shuffled, relations=d.relations)
    assert _findings(run(d)) == _findings(run(other))


@settings(max_examples=40, deadline=None)
@given(datasets(texts=True))
def test_consensus_lies_inside_every_agreeing_reading(d: Dataset) -> None:
    """The consensus of a finding is inside the reading of each of its agreeing figures;
    agreeing figures have none only when the bounds rule out every value they share."""
    for finding in run(d).findings:
        assert finding.agreeing or finding.consensus is None
        if finding.agreeing and finding.consensus is None:
            shared = finding.readings[finding.agreeing[0].id]
            for f in finding.agreeing[1:]:
                shared = shared & finding.readings[f.id]
            assert not shared.overlaps(finding.bounds)
            assert finding.status in ("contradiction", "tension")
        for f in finding.agreeing:
            if finding.consensus is not None:
                assert finding.readings[f.id].contains(finding.consensus)


@settings(max_examples=40, deadline=None)
@given(datasets(texts=True), st.sampled_from(["literal", "pragmatic", "lenient"]))
def test_every_figure_is_in_exactly_one_finding(d: Dataset, reading: str) -> None:
    """Nothing is lost: each input figure appears in exactly one finding."""
    ids = [f.id for finding in run(d, reading).findings for f in finding.figures]
    assert sorted(ids) == sorted(f.id for f in d.figures)


@st.composite
def truthful(draw: st.DrawFn) -> tuple[Dataset, dict[str, int]]:
    """Figures generated around hidden true values, each containing its truth."""
    e_true = draw(st.integers(0, 40))
    e2_true = draw(st.integers(0, e_true))
    c_2023 = draw(st.integers(0, 50))
    c_2024 = c_2023 + e_true + draw(st.integers(0, 20))
    # The level holds still (a relation is checked against a level's figures at other
    # dates, a tension if they differ): at most the running total's first value.
    l_true = draw(st.integers(0, c_2023))
    truth = {"e": e_true, "e2": e2_true, "l": l_true, "c2023": c_2023, "c2024": c_2024}
    measures = [
        Measure(id="e", label="e", kind="event"),
        Measure(id="e2", label="e2", kind="event"),
        Measure(id="l", label="l"),
        Measure(id="c", label="c", kind="cumulative"),
    ]
    figures = []
    plan = [
        ("e", e_true, "2024-03-01"),
        ("e2", e2_true, "2024-03-01"),
        ("l", l_true, "2024-06"),
        ("c", c_2023, "2023"),
        ("c", c_2024, "2024-06"),
    ]
    for mid, value, as_of in plan:
        for _ in range(draw(st.integers(0, 3))):
            figures.append(
                Figure(
                    id=f"f{len(figures)}",
                    measure=mid,
                    value=draw(intervals(around=value)),
                    as_of=as_of,
                )
            )
    relations = [
        Relation.le("e2", "e", id="e2-le-e"),
        Relation.le("l", "c", id="l-le-c"),
        Relation.accumulates("c", ["e"], id="acc"),
    ]
    return Dataset(measures=measures, figures=figures, relations=relations), truth


def _truth_at(f: Any, truth: dict[str, int]) -> int:
    if f.measure == "c":
        return truth["c2023"] if str(f.as_of) == "2023" else truth["c2024"]
    return truth[f.measure]


@settings(max_examples=60, deadline=None)
@given(truthful())
def test_figures_around_a_hidden_truth_never_conflict(case: tuple[Dataset, dict[str, int]]) -> None:
    """When every figure contains the truth there is no conflict and every bound holds it."""
    d, truth = case
    report = run(d)
    assert report.conflicts == ()
    for finding in report.findings:
        if not finding.figures:  # derived: a measure no figure states, bound by relations
            assert finding.status == "derived"
            if finding.measure != "c" or str(finding.as_of) in ("2023", "2024-06"):
                assert _truth_at(finding, truth) in finding.bounds
            continue
        assert _truth_at(finding.figures[0], truth) in finding.bounds
        assert finding.estimate.best is not None
        assert finding.estimate.best in finding.bounds


@settings(max_examples=40, deadline=None)
@given(truthful(), st.data())
def test_adding_a_figure_never_widens_a_bound(
    case: tuple[Dataset, dict[str, int]], data: st.DataObject
) -> None:
    """A further truthful figure leaves every bound the same or narrower."""
    d, truth = case
    mid, as_of, key = data.draw(
        st.sampled_from(
            [
                ("e", "2024-03-01", "e"),
                ("e2", "2024-03-01", "e2"),
                ("l", "2024-06", "l"),
                ("c", "2023", "c2023"),
            ]
        )
    )
    extra = Figure(
        id="extra", measure=mid, value=data.draw(intervals(around=truth[key])), as_of=as_of
    )
    bigger = Dataset(measures=d.measures, figures=[*d.figures, extra], relations=d.relations)
    for m, at in (
        ("e", "2024-03-01"),
        ("e2", "2024"),
        ("l", "2024-06"),
        ("c", "2023"),
        ("c", "2024-01"),
    ):
        before, after = bound(d, m, at=at).interval, bound(bigger, m, at=at).interval
        assert before.contains(after)


@settings(max_examples=60, deadline=None)
@given(datasets(texts=True))
def test_lenient_contradictions_are_conflicts_under_every_reading(d: Dataset) -> None:
    """Figures in a contradiction read leniently cannot hold read literally or pragmatically."""
    lenient = run(d, "lenient")
    for reading in ("literal", "pragmatic"):
        for conflict in lenient.conflicts:
            assert conflict.kind == "contradiction" or "different dates" in conflict.explanation
            if conflict.kind != "contradiction":
                continue
            sub = Dataset(
                measures=d.measures,
                figures=[f for f in d.figures if f.id in conflict.figures],
                relations=[r for r in d.relations if r.id in conflict.relations],
            )
            assert run(sub, reading).status == "contradiction"


@settings(max_examples=60, deadline=None)
@given(datasets(texts=True))
def test_every_conflict_is_minimal(d: Dataset) -> None:
    """A conflict's figures and relations conflict; without any one of them they do not."""
    for conflict in run(d).conflicts:
        figures = [f for f in d.figures if f.id in conflict.figures]
        relations = [r for r in d.relations if r.id in conflict.relations]

        def conflicted(fs: list[Figure], rs: list[Any]) -> bool:
            sub = Dataset(measures=d.measures, figures=fs, relations=rs)
            return run(sub).status != "consistent"

        assert conflicted(figures, relations)
        for f in figures:
            assert not conflicted([g for g in figures if g is not f], relations)
        for r in relations:
            assert not conflicted(figures, [s for s in relations if s is not r])


def test_seed_data_gives_the_worked_example() -> None:
    """reconcile(seeds()) shows what DESIGN.md's worked example says it must."""
    import pwstats

    d = pwstats.seeds()
    report = reconcile(d)
    assert {f.status for f in report.findings_for("ua-returned-total")} == {"consistent"}
    (swap,) = report.findings_for("ua-released-2024-01-03")
    assert swap.status == "contradiction"
    assert any(c.kind == "contradiction" and len(c.figures) == 2 for c in swap.conflicts)
    (russian,) = report.findings_for("ru-released-2024-01-03")
    assert russian.status == "consistent"
    share = [c for c in report.conflicts if any("share" in r for r in c.relations)]
    assert share
    assert all(c.kind == "tension" for c in share)
    b = bound(d, "ua-returned-total", at="2024-01-02")
    assert b.interval.hi < 2600
    assert any("accumulates" in r for r in b.high.relations)


def test_bare_number_text_on_a_percent_measure_is_in_percent() -> None:
    """A text figure naming no unit ("30") is read in its measure's unit, not as people."""
    share = Measure(id="share", label="share covered", unit="percent")
    d = Dataset(
        measures=[share],
        figures=[
            Figure(id="words", measure="share", value="30", as_of="2025"),
            Figure(id="sign", measure="share", value="30%", as_of="2025"),
        ],
    )
    finding = reconcile(d, reading="literal").findings[0]
    assert finding.status == "consistent"
    assert finding.consensus == Interval.point(30)


def test_hedged_percentage_on_a_percent_measure_is_about_that_many_percent() -> None:
    """ "about 30%" on a percent measure reads a few percent either side of 30, not 0.3."""
    share = Measure(id="share", label="share covered", unit="percent")
    d = Dataset(
        measures=[share],
        figures=[Figure(id="f", measure="share", value="about 30%", as_of="2025")],
    )
    (finding,) = reconcile(d).findings
    assert 30 in finding.bounds
    assert Interval.closed(25, 35).contains(finding.bounds)
    assert finding.bounds.width >= 2


def test_bare_number_on_a_people_measure_is_people() -> None:
    """A measure counted in "people" reads "2,600" as 2,600 people, with its round-number halo."""
    held = Measure(id="held", label="held", unit="people")
    d = Dataset(
        measures=[held],
        figures=[Figure(id="f", measure="held", value="2,600", as_of="2024")],
    )
    (finding,) = reconcile(d).findings
    assert finding.bounds == Interval.closed(2550, 2650)
    assert reconcile(d, reading="literal").findings[0].bounds == Interval.point(2600)


def test_bare_number_on_a_duration_measure_is_in_its_time_unit() -> None:
    """ "18" on a measure in months is 18 months; "nearly two years" is converted to months."""
    m = Measure(id="held-for", label="months in captivity", unit="month", kind="event")
    d = Dataset(
        measures=[m],
        figures=[
            Figure(id="n", measure="held-for", value="18", as_of="2024"),
            Figure(id="y", measure="held-for", value="nearly two years", as_of="2024"),
        ],
    )
    bounds = {
        f: reconcile(Dataset(measures=[m], figures=[d.figure(f)]), reading="literal")
        .findings[0]
        .bounds
        for f in ("n", "y")
    }
    assert bounds["n"] == Interval.point(18)
    assert bounds["y"].hi == 24


def test_custom_parser_receives_the_measure_unit() -> None:
    """reconcile_using calls the parser with unit= the figure's measure unit, for every measure."""
    calls: list[tuple[str, str]] = []

    def parser(text: str, *, reading: str, nonnegative: bool, unit: str) -> Any:
        calls.append((text, unit))
        return SimpleNamespace(interval=Interval.point(30), unit=unit, nominal=30, text=text)

    d = Dataset(
        measures=[
            Measure(id="share", label="share", unit="percent"),
            Measure(id="days", label="days", unit="day"),
        ],
        figures=[
            Figure(id="a", measure="share", value="30", as_of="2024"),
            Figure(id="b", measure="days", value="30", as_of="2024"),
        ],
    )
    report = reconcile_using(d, reading="literal", parser=parser)
    assert sorted(set(calls)) == [("30", "day"), ("30", "percent")]
    assert [f.bounds for f in report.findings] == [Interval.point(30)] * 2


# -- regressions from review ---------------------------------------------------------------


def test_cap_without_proof_gives_no_contradiction() -> None:
    """Rules converging forever (p = w/2, w = p + q, q = 1) leave the data consistent."""
    ms = [Measure(id=i, label=i, unit="dimensionless") for i in "wpq"]
    d = Dataset(
        measures=ms,
        figures=[
            Figure(id="fq", measure="q", value=1, as_of="2024"),
            Figure(id="fp", measure="p", value=Interval.closed(0, 100), as_of="2024"),
        ],
        relations=[
            Relation.share(part="p", whole="w", share=Fraction(1, 2)),
            Relation.sum(total="w", parts=["p", "q"]),
        ],
    )
    report = run(d)
    assert report.status == "consistent"
    (p,) = report.findings_for("p")
    assert 1 in p.bounds


def test_complete_accumulation_with_an_undated_event_keeps_only_the_lower_half() -> None:
    """With an event lacking figures, a complete accumulation bounds the rise from below only."""
    d = Dataset(
        measures=[
            Measure(id="c", label="c", kind="cumulative"),
            Measure(id="e1", label="e1", kind="event"),
            Measure(id="e2", label="e2", kind="event"),
        ],
        figures=[
            Figure(id="a", measure="c", value=100, as_of="2023-01-01"),
            Figure(id="b", measure="c", value=500, as_of="2023-03-01"),
            Figure(id="x", measure="e1", value=50, as_of="2023-02-01"),
        ],
        relations=[Relation.accumulates(total="c", events=["e1", "e2"], complete=True)],
    )
    assert run(d).status == "consistent"
    assert bound(d, "c", at="2023-02-15").interval == Interval.closed(150, 500)
    short = attrs_evolve_value(d, "b", 120)
    assert run(short).status == "contradiction"  # the lower half still holds: 100 + 50 > 120


def attrs_evolve_value(d: Dataset, fid: str, value: int) -> Dataset:
    figures = [
        Figure(id=f.id, measure=f.measure, value=value, as_of=f.as_of) if f.id == fid else f
        for f in d.figures
    ]
    return Dataset(measures=d.measures, figures=figures, relations=d.relations)


def test_a_figure_overlapping_an_event_does_not_hide_a_sure_rise() -> None:
    """Adding a figure whose span holds an event never removes the contradiction of a sure rise."""
    measures = [
        Measure(id="c", label="c", kind="cumulative"),
        Measure(id="e", label="e", kind="event"),
    ]
    figures = [
        Figure(id="a", measure="c", value=100, as_of="2022-12-31"),
        Figure(id="cc", measure="c", value=120, as_of="2023-02-01"),
        Figure(id="x", measure="e", value=50, as_of="2023-01-15"),
    ]
    rel = [Relation.accumulates(total="c", events=["e"])]
    without = run(Dataset(measures=measures, figures=figures, relations=rel))
    extra = Figure(id="b", measure="c", value=Interval.closed(100, 1000), as_of="2023-01")
    with_b = run(Dataset(measures=measures, figures=[*figures, extra], relations=rel))
    assert without.status == with_b.status == "contradiction"
    assert {c.figures for c in with_b.conflicts} == {("a", "cc", "x")}


def test_running_total_figures_as_of_one_wide_span_give_only_a_tension() -> None:
    """100 and 500 returned 'as of 2023' may be of different days, so they are only a tension."""
    total = Measure(id="c", label="c", kind="cumulative")
    wide = Dataset(
        measures=[total],
        figures=[
            Figure(id="a", measure="c", value=100, as_of="2023"),
            Figure(id="b", measure="c", value=500, as_of="2023"),
        ],
    )
    (conflict,) = run(wide).conflicts
    assert conflict.kind == "tension"
    assert conflict.figures == ("a", "b")
    day = Dataset(
        measures=[total],
        figures=[
            Figure(id="a", measure="c", value=100, as_of="2023-05-01"),
            Figure(id="b", measure="c", value=500, as_of="2023-05-01"),
        ],
    )
    assert run(day).status == "contradiction"


@pytest.mark.parametrize(
    ("iv", "whole", "best"),
    [
        (Interval.more_than(30), False, Fraction(61, 2)),
        (Interval.open_closed(30, 35), False, Fraction(61, 2)),
        (Interval.open_closed(30, 30.25), False, Fraction(241, 8)),
        (Interval.more_than(30), True, 31),
        (Interval.closed_open(25, 30), False, Fraction(59, 2)),
        (Interval.closed(25, 35), False, 30),
    ],
)
def test_best_for_an_open_end_at_the_nominal_is_the_nearest_member(
    iv: Interval, whole: bool, best: Fraction
) -> None:
    """A nominal at an open end gives a best just inside that end, never a crash or the far end."""
    m = Measure(id="s", label="s", unit="percent" if not whole else "person")
    text = "30%" if not whole else "30"
    d = Dataset(
        measures=[m],
        figures=[Figure(id="f", measure="s", value=text, as_of="2024")],
    )

    def parser(text: str, *, reading: str, nonnegative: bool, unit: str) -> Any:
        return SimpleNamespace(interval=iv, unit=None, nominal=30, text=text)

    (finding,) = reconcile_using(d, reading="literal", parser=parser).findings
    assert finding.estimate.best == best
    assert finding.estimate.best in finding.bounds


def test_repeats_of_one_statement_do_not_outvote_independent_sources() -> None:
    """Three outlets carrying one agency's statement count once against two other speakers."""

    def fig(i: str, v: str, who: str, via: str = "") -> Figure:
        return Figure(
            id=i, measure="m", value=v, as_of="2024-01-03", source=Source(name=who, via=(via,))
        )

    d = Dataset(
        measures=[Measure(id="m", label="m", kind="event")],
        figures=[
            fig("afp1", "more than 230", "AFP", "Le Monde"),
            fig("afp2", "more than 230", "AFP", "TVA"),
            fig("afp3", "more than 230", "AFP", "BBC"),
            fig("om", "exactly 230", "Ombudsman"),
            fig("mod", "exactly 230", "Ministry"),
        ],
    )
    (finding,) = run(d).findings
    assert sorted(f.id for f in finding.agreeing) == ["mod", "om"]
    assert finding.independent_sources == 3


def test_repeats_written_differently_count_once() -> None:
    """'2,600', '2600' and 2600 from one speaker on one date are one independent source."""
    who = Source(name="X")
    d = Dataset(
        measures=[Measure(id="m", label="m", kind="event")],
        figures=[
            Figure(id="a", measure="m", value="2,600", as_of="2024-01-03", source=who),
            Figure(id="b", measure="m", value="2600", as_of="2024-01-03", source=who),
            Figure(id="c", measure="m", value=2600, as_of="2024-01-03", source=who),
        ],
    )
    (finding,) = run(d, "literal").findings
    assert finding.independent_sources == 1


def test_measure_order_does_not_move_tensions() -> None:
    """The same data with its measures listed in any order gives the same statuses and conflicts."""
    import itertools

    figures = [
        Figure(id="fl0", measure="A", value=Interval.closed(31, 33), as_of="2023-01-11"),
        Figure(id="fl1", measure="L", value=28, as_of="2023-01-21"),
        Figure(id="fl2", measure="B", value=Interval.closed(0, 10), as_of="2023-01-11"),
        Figure(id="fl3", measure="B", value=Interval.at_least(3), as_of="2023-01-01"),
    ]
    rel = [Relation.sum(total="L", parts=["A", "B"])]
    seen = set()
    for order in itertools.permutations("LAB"):
        d = Dataset(
            measures=[Measure(id=i, label=i) for i in order],
            figures=figures[::-1] if order[0] == "A" else figures,
            relations=rel,
        )
        report = run(d)
        seen.add(
            tuple(
                sorted(
                    (f.measure, str(f.as_of), f.status, tuple(c.figures for c in f.conflicts))
                    for f in report.findings
                )
            )
        )
    assert len(seen) == 1


def test_only_figures_in_the_minimal_conflict_are_marked() -> None:
    """A part whose figure a relation conflict does not need keeps a consistent finding."""
    ms = [Measure(id=i, label=i) for i in ("total", "soldiers", "civilians", "missing")]
    d = Dataset(
        measures=ms,
        figures=[
            Figure(id="s", measure="soldiers", value=3000, as_of="2023-12"),
            Figure(id="c", measure="civilians", value=28000, as_of="2023-12"),
            Figure(id="m", measure="missing", value=20000, as_of="2023-12"),
        ],
        relations=[
            Relation.sum(total="total", parts=["soldiers", "civilians"]),
            Relation.le("total", "missing"),
        ],
    )
    report = run(d)
    (conflict,) = report.conflicts
    assert conflict.figures == ("c", "m")
    (soldiers,) = report.findings_for("soldiers")
    assert soldiers.status == "consistent"
    assert {f.status for f in report.findings_for("civilians")} == {"contradiction"}


def test_unit_error_names_the_figure_and_measure() -> None:
    """A figure in a unit its measure cannot take is refused naming figure, words and measure."""
    with pytest.raises(DatasetErrors, match=r"f30.*'30%'.*held"):
        Dataset(
            measures=[Measure(id="held", label="held")],
            figures=[Figure(id="f30", measure="held", value="30%", as_of="2024")],
        )


def test_conflict_of_relations_alone_reaches_the_report() -> None:
    """a ≤ b and b ≤ a − 1 over signed measures with figures at no date still give a conflict."""
    ms = [Measure(id=i, label=i, nonnegative=False) for i in "ab"]
    d = Dataset(
        measures=ms,
        figures=[Figure(id="fa", measure="a", value=Interval.unbounded(), as_of="2023")],
        relations=[Relation.le("a", "b", id="r1"), Relation.le("b", "a", offset=-1, id="r2")],
    )
    report = run(d)
    assert report.status == "contradiction"
    assert any(set(c.relations) == {"r1", "r2"} for c in report.conflicts)


def test_tied_agreeing_sets_do_not_pretend_to_certainty() -> None:
    """When largest agreeing sets tie, bounds, estimate and propagation span every tied set."""
    swap = Measure(id="swap", label="released", kind="event")
    upper = Measure(id="upper", label="at most the released", kind="event")
    d = Dataset(
        measures=[swap, upper],
        figures=[
            Figure(id="afp", measure="swap", value=Interval.more_than(230), as_of="2024-01-03"),
            Figure(id="ombudsman", measure="swap", value=230, as_of="2024-01-03"),
            Figure(
                id="president", measure="swap", value=Interval.closed(201, 250), as_of="2024-01-03"
            ),
        ],
        relations=[Relation.le("upper", "swap", id="le")],
    )
    (finding,) = reconcile(d).findings_for("swap")
    # One deterministic agreeing set (the leftmost) and its consensus, as documented ...
    assert [f.id for f in finding.agreeing] == ["ombudsman", "president"]
    assert finding.consensus == Interval.point(230)
    # ... but the bounds hold the other tied set, {afp, president} at [231, 250], too.
    assert finding.bounds == Interval.closed(230, 250)
    assert (finding.estimate.low, finding.estimate.high) == (230, 250)
    assert finding.estimate.best is not None
    assert finding.estimate.best in finding.bounds
    assert "tied" in finding.estimate.rule
    # Relations see the honest bounds: "upper <= swap" leaves upper up to 250, not 230.
    b = bound(d, "upper", at="2024-01-03")
    assert b.interval == Interval.closed(0, 250)
    assert b.high.figures == ("president",)
    # The seed exchange of 3 Jan 2024 is such a tie; 2 January stays [2470, 2598].
    import pwstats

    seeds = pwstats.seeds()
    (exchange,) = reconcile(seeds).findings_for("ua-released-2024-01-03")
    assert exchange.consensus == Interval.point(230)
    assert exchange.bounds == Interval.closed(230, 250)
    estimate = exchange.estimate
    assert (estimate.low, estimate.best, estimate.high) == (230, 230, 250)
    before = bound(seeds, "ua-returned-total", at="2024-01-02")
    assert before.interval == Interval.closed(2470, 2598)


@st.composite
def one_event(draw: st.DrawFn) -> Dataset:
    """Up to six figures of one event, each its own statement, often in tied groups."""
    n = draw(st.integers(1, 6))
    figures = [
        Figure(id=f"f{i}", measure="e", value=draw(intervals()), as_of="2024-01-03")
        for i in range(n)
    ]
    return Dataset(measures=[Measure(id="e", label="e", kind="event")], figures=figures)


@settings(max_examples=80, deadline=None)
@given(one_event())
def test_bounds_are_the_hull_of_every_largest_agreeing_set(d: Dataset) -> None:
    """Without relations, the bounds are the hull of every largest agreeing set's consensus."""
    (finding,) = reconcile(d).findings
    readings = [finding.readings[f.id] for f in finding.figures]
    best_size, hull = 0, Interval.empty()
    for mask in range(1, 1 << len(readings)):
        chosen = [iv for i, iv in enumerate(readings) if mask >> i & 1]
        common = Interval.unbounded()
        for iv in chosen:
            common = common & iv
        if common.is_empty:
            continue
        if len(chosen) > best_size:
            best_size, hull = len(chosen), common
        elif len(chosen) == best_size:
            hull = hull.hull(common)
    assert len(finding.agreeing) == best_size
    assert finding.bounds == hull
    if not hull.is_empty:
        assert finding.estimate.best in finding.bounds


@settings(max_examples=60, deadline=None)
@given(datasets(texts=True), st.sampled_from(["literal", "pragmatic"]))
def test_kind_of_conflict_is_decided_by_the_lenient_reading(d: Dataset, reading: str) -> None:
    """A contradiction still conflicts read leniently; a same-date tension does not."""
    for conflict in run(d, reading).conflicts:
        if "different dates" in conflict.explanation:
            continue
        sub = Dataset(
            measures=d.measures,
            figures=[f for f in d.figures if f.id in conflict.figures],
            relations=[r for r in d.relations if r.id in conflict.relations],
        )
        leniently = run(sub, "lenient").status
        if conflict.kind == "contradiction":
            assert leniently == "contradiction", conflict.explanation
        else:
            assert leniently == "consistent", conflict.explanation


def test_relation_conflict_holding_a_smaller_conflict_is_not_reported() -> None:
    """A conflict through relations whose own figures already conflict is not minimal."""
    d = Dataset(
        measures=[
            Measure(id="p", label="p"),
            Measure(id="l", label="l"),
            Measure(id="c", label="c", kind="cumulative"),
        ],
        figures=[
            Figure(id="f0", measure="c", value=Interval.point(0), as_of="2023"),
            Figure(id="f1", measure="p", value=100, as_of="2023"),
            Figure(id="f2", measure="p", value=100, as_of="2023"),
            Figure(id="f3", measure="l", value=Interval.more_than(0), as_of="2024"),
            Figure(id="f4", measure="c", value=Interval.point(1), as_of="2023"),
        ],
        relations=[Relation.sum("l", ["p"], complete=False, id="sum"), Relation.le("l", "c")],
    )
    conflicts = reconcile(d).conflicts
    assert conflicts
    for conflict in conflicts:
        assert not (set(conflict.figures) >= {"f0", "f4"} and conflict.relations)


def test_a_reader_keeps_few_scans_and_reads_alike_when_it_scans_again(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """A long series of worded figures keeps only the latest scans, to the same report.

    With room for two scans, every text read again under another reading (the
    lenient one of a conflict, the literal one of a statement) is scanned again.
    """
    from pwstats.reconcile import read

    total = Measure(id="t", label="t", kind="cumulative")
    who = [Source(name=name) for name in ("AFP", "UN", "Reuters")]
    words = ["about {n}", "more than {n}", "nearly {n}", "at least {n}", "{n}"]
    data = Dataset(
        measures=[total],
        figures=[
            Figure(
                id=f"f{i}",
                measure="t",
                value=words[i % 5].format(n=1000 + 7 * (i // 3) - 40 * (i % 4 == 3)),
                as_of=f"2024-01-{1 + i // 3:02d}",
                source=who[i % 3],
            )
            for i in range(60)
        ],
    )
    expected = [reconcile(data, reading=r) for r in READINGS]
    monkeypatch.setattr(read, "SCANS_KEPT", 2)
    reader = read.Reader(None)
    for f in data.figures:
        reader.read(f, total, "pragmatic")
    assert len(reader._scans) == 2
    assert [reconcile(data, reading=r) for r in READINGS] == expected
    assert any(f.conflicts for f in expected[1].findings)  # lenient re-reads were needed


def test_a_repeat_of_a_revised_figure_is_in_no_agreeing_group() -> None:
    """A figure citing an earlier release is set aside with it: a consistent finding shows
    one agreeing group, not the old release's repeat as a disagreement."""
    said = [
        ("old", "312", "Ministry", "2025-01-01", None),
        ("new", "320", "Ministry", "2025-02-01", None),
        ("rep", "312", "Agency", "2025-01-02", "old"),
        ("rep-of-rep", "312", "Radio", "2025-01-03", "rep"),
        ("rep-new", "320", "Agency", "2025-02-02", "new"),
    ]
    figures = [
        Figure(
            id=i,
            measure="m",
            value=v,
            cites=c,
            as_of="2025-01-01",
            source=Source(name=who, published=day),
        )
        for i, v, who, day, c in said
    ]
    for kind in ("event", "level"):
        d = Dataset(measures=[Measure(id="m", label="m", kind=kind)], figures=figures)
        (finding,) = reconcile(d).findings
        assert finding.status == "consistent"
        assert [c.figures for c in finding.clusters] == [("new", "rep-new")]
