"""Report.bound at spans the finished run has no cell for: the same answer as pwstats.bound.

A report answers such a query by reading the settled cells around the span where that
provably gives what a run with a cell there gives (``findings.OffCell``), else by
running the measure's component again; ``pwstats.bound`` always runs again and is the
reference. The law is equality of the whole :class:`~pwstats.Bound`: interval, each
end's figures, relations and sentence, and the figures set aside.
"""

from __future__ import annotations

import datetime as dt
import importlib
import sys
from collections.abc import Iterator
from fractions import Fraction
from pathlib import Path
from types import ModuleType
from typing import Any

import pytest
from hypothesis import example, given, settings
from hypothesis import strategies as st

import pwstats
from pwstats import Dataset, DateSpan, Figure, Interval, Measure, Relation, Source
from pwstats.reconcile import findings
from pwstats.strategies import datasets

#: The reconcile stage's module (``pwstats.reconcile`` the name is its function).
STAGE = sys.modules["pwstats.reconcile"]

DAY0 = dt.date(2024, 1, 1)


def _count_runs(monkeypatch: pytest.MonkeyPatch) -> list[object]:
    """From now on, the dates at which ``Report.bound`` reconciles again (none when it
    reads its answer off the run), in order."""
    ran: list[object] = []
    real = STAGE._bound

    def counting(*args: object, **kw: object) -> object:
        ran.append(args[2])
        return real(*args, **kw)

    monkeypatch.setattr(STAGE, "_bound", counting)
    return ran


def _bench_shapes() -> ModuleType:
    """``bench/adversarial.py``, whose shapes some tests here take."""
    sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
    return importlib.import_module("bench.adversarial")


def _day(n: int) -> dt.date:
    return DAY0 + dt.timedelta(days=n)


@st.composite
def spans(draw: st.DrawFn, *, within: int = 80) -> str:
    """A day, a month, a year or a span of days near the start of 2024."""
    kind = draw(st.sampled_from(["day", "day", "day", "month", "range", "year"]))
    first = draw(st.sampled_from([-1, 30, 31, within]) | st.integers(-20, within))
    if kind == "day":
        return str(_day(first))
    if kind == "month":
        d = _day(first)
        return f"{d.year}-{d.month:02}"
    if kind == "range":
        return f"{_day(first)}/{_day(first + draw(st.integers(1, 9)))}"
    return str(_day(first).year)


@st.composite
def values(draw: st.DrawFn, *, events: bool = False) -> dict[str, object]:
    """A figure's statement: a number, an interval (maybe open-ended), words, an estimate."""
    top = 60 if events else 400
    lo = draw(st.integers(0, top))
    form = draw(st.sampled_from(["number", "number", "interval", "words", "estimate"]))
    if form == "number":
        return {"value": lo}
    if form == "interval":
        hi = lo + draw(st.integers(0, 40))
        right = draw(st.sampled_from([hi, None]))
        if right is None:
            return {"value": Interval.more_than(lo)}
        return {"value": Interval(lo, hi, lo_closed=hi == lo or draw(st.booleans()))}
    if form == "words":
        word = draw(st.sampled_from(["about", "more than", "almost", "at least"]))
        return {"value": f"{word} {max(lo, 1) * 10}"}
    return {"basis": "estimate", "low": lo, "best": lo + 5, "high": lo + 10}


@st.composite
def data_sets(draw: st.DrawFn) -> Dataset:
    """Running totals (some accumulating events), levels, a flow, relations between some.

    Figures rise or fall at random (falls are contradictions of a running total), are
    revised by their speaker or revise an earlier figure explicitly, and are published
    on dates that ``known_at`` can cut.
    """
    measures = [
        Measure(id="t", label="t", kind="cumulative"),
        Measure(id="u", label="u", kind="cumulative"),
        Measure(id="lv", label="lv", kind="level"),
        Measure(id="lw", label="lw", kind="level"),
        Measure(id="fl", label="fl", kind="flow"),
        Measure(id="e1", label="e1", kind="event"),
        Measure(id="e2", label="e2", kind="event"),
    ]
    figures: list[Figure] = []
    speakers = ["A", "B", "C", None]
    for k in range(draw(st.integers(0, 14))):
        m = draw(st.sampled_from(["t", "t", "t", "u", "lv", "lw", "fl", "e1", "e2"]))
        as_of = draw(spans())
        if m.startswith("e"):
            as_of = str(_day(draw(st.integers(-20, 80))))
        speaker = draw(st.sampled_from(speakers))
        published = DateSpan.parse(as_of).start + dt.timedelta(days=draw(st.integers(0, 60)))
        source = None if speaker is None else Source(name=speaker, published=published)
        statement = draw(values(events=m.startswith("e")))
        earlier = [f.id for f in figures if f.measure == m and str(f.as_of) == as_of]
        revises = draw(st.sampled_from([None, *earlier])) if earlier else None
        if revises is not None and "basis" in statement:
            revises = None
        figures.append(
            Figure(id=f"f{k}", measure=m, as_of=as_of, source=source, revises=revises, **statement)
        )
    relations: list[Relation] = []
    for i, kind in enumerate(
        draw(st.lists(st.sampled_from(["acc", "sum", "le", "le2"]), max_size=3, unique=True))
    ):
        if kind == "acc":
            complete = draw(st.booleans())
            relations.append(Relation.accumulates("u", ["e1", "e2"], complete=complete, id=f"r{i}"))
        elif kind == "sum":
            relations.append(
                Relation.sum("lv", ["lw", "t"], complete=draw(st.booleans()), id=f"r{i}")
            )
        elif kind == "le":
            relations.append(Relation.le("lw", "lv", id=f"r{i}"))
        else:
            relations.append(Relation.le("e1", "e2", id=f"r{i}"))
    return Dataset(measures=measures, figures=figures, relations=relations)


def _queries(data: Dataset, asked: list[str]) -> Iterator[tuple[str, str]]:
    for m in data.measures:
        for at in asked:
            yield m.id, at


def _assert_report_bound_is_bound(data: Dataset, asked: list[str], **options: Any) -> None:
    """Report.bound is pwstats.bound in every field, for each query of :func:`_queries`."""
    report = pwstats.reconcile(data, **options)
    place = {f.id: i for i, f in enumerate(data.figures)}
    for measure, at in _queries(data, asked):
        got = report.bound(measure, at=at)
        assert got == pwstats.bound(data, measure, at=at, **options), (measure, at)
        for end in (got.low, got.high):
            assert list(end.figures) == sorted(end.figures, key=place.__getitem__)


@given(
    data_sets(),
    st.lists(spans(), min_size=1, max_size=8),
    st.sampled_from(["pragmatic", "literal", "lenient"]),
    st.sampled_from([None, "2024-01-20", "2024-03-01"]),
)
@settings(max_examples=300, deadline=None)
def test_report_bound_off_cells_equals_bound(
    data: Dataset, asked: list[str], reading: str, known_at: str | None
) -> None:
    """At any span, with or without a cell, Report.bound is pwstats.bound in every field."""
    _assert_report_bound_is_bound(data, asked, reading=reading, known_at=known_at)


@st.composite
def series(draw: st.DrawFn) -> Dataset:
    """One running total of figures on days, months and short spans, with few falls."""
    dates = sorted(
        draw(st.lists(spans(within=40), max_size=25, unique=True)),
        key=lambda text: (DateSpan.parse(text).start, DateSpan.parse(text).end),
    )
    figures = []
    value = 0
    for k, as_of in enumerate(dates):
        value += draw(st.sampled_from([0, 1, 2, 5, 10, 20, -3]))
        statement = draw(st.sampled_from(["number", "number", "number", "interval"]))
        if statement == "number":
            said: int | Interval = max(value, 0)
        else:
            said = Interval.closed(max(value - 4, 0), max(value, 0) + draw(st.integers(0, 6)))
        figures.append(Figure(id=f"f{k}", measure="t", value=said, as_of=as_of))
    return Dataset(measures=[Measure(id="t", label="t", kind="cumulative")], figures=figures)


@given(series(), st.lists(spans(within=40), min_size=1, max_size=12))
@settings(max_examples=300, deadline=None)
def test_report_bound_between_a_running_totals_figures_equals_bound(
    data: Dataset, asked: list[str]
) -> None:
    """Between, before and after a running total's figures, overlapping them or not, the
    answer read off the settled cells is the answer of a run with a cell there."""
    report = pwstats.reconcile(data)
    for at in asked:
        assert report.bound("t", at=at) == pwstats.bound(data, "t", at=at), at


@st.composite
def accumulating(draw: st.DrawFn) -> Dataset:
    """A running total of figures on days, months and short spans, and events accumulating
    into it: dated by days or spans, some with no figure, in one or two relations (some
    complete); with a cap, another total below it and an event below another, a sum
    over it or a share of it (read off the run where the links a new cell cuts are
    carried through it, else a run again)."""
    total = draw(series())
    events = [
        Measure(
            id=f"e{i}",
            label="event",
            kind="event",
        )
        for i in range(draw(st.integers(1, 12)))
    ]
    figures = list(total.figures)
    for k, e in enumerate(events):
        if draw(st.integers(0, 5)) == 0:
            continue  # no figure: an event of no known date
        first = draw(st.integers(-5, 45))
        length = draw(st.sampled_from([0, 0, 0, 1, 3, 10]))
        as_of = str(_day(first)) if not length else f"{_day(first)}/{_day(first + length)}"
        said = draw(st.sampled_from([1, 2, 5, 10, Interval.closed(1, 4), Interval.at_least(2)]))
        figures.append(Figure(id=f"x{k}", measure=e.id, value=said, as_of=as_of))
    ids = [e.id for e in events]
    cut = draw(st.integers(0, len(ids)))
    complete = draw(st.sampled_from([False, False, False, True]))
    if draw(st.booleans()) and 0 < cut < len(ids):
        relations = [
            Relation.accumulates("t", ids[:cut], id="acc"),
            Relation.accumulates("t", ids[cut:], complete=complete, id="acc2"),
        ]
    else:
        relations = [Relation.accumulates("t", ids, complete=complete, id="acc")]
    # Other measures tied to the total or its events: ≤ relations, a sum, a share.
    others = [
        Measure(id="cap", label="cap", kind="level"),
        Measure(id="t2", label="t2", kind="cumulative"),
        Measure(id="part", label="part", kind="level"),
    ]
    for k in range(draw(st.integers(0, 6))):
        m = draw(st.sampled_from(["cap", "t2", "part"]))
        said = draw(st.integers(0, 120))
        figures.append(Figure(id=f"o{k}", measure=m, value=said, as_of=draw(spans(within=40))))
    ties = draw(st.lists(st.sampled_from(["cap", "t2", "events", "sum", "share"]), unique=True))
    if "cap" in ties:
        relations.append(Relation.le("t", "cap", id="le-cap"))
    if "t2" in ties:
        relations.append(Relation.le("t2", "t", id="le-t2"))
    if "events" in ties and len(ids) > 1:
        relations.append(Relation.le(ids[0], ids[1], id="le-events"))
    if "sum" in ties:
        relations.append(Relation.sum("cap", ["t", "part"], id="sum"))
    if "share" in ties:
        relations.append(Relation.share("part", "t", Fraction(1, 2), id="share"))
    return Dataset(
        measures=[*total.measures, *events, *others], figures=figures, relations=relations
    )


@given(accumulating(), st.lists(spans(within=40), min_size=1, max_size=6))
@settings(max_examples=150, deadline=None)
def test_report_bound_of_an_accumulating_total_equals_bound(
    data: Dataset, asked: list[str]
) -> None:
    """Between, before and after the figures of a running total its events accumulate into,
    Report.bound is pwstats.bound in every field (interval, each end's figures, relations
    and sentences, the figures set aside)."""
    report = pwstats.reconcile(data)
    for at in asked:
        for m in ("t", "t2", "cap"):
            assert report.bound(m, at=at) == pwstats.bound(data, m, at=at), (m, at)


def test_an_accumulating_total_between_its_figures_is_answered_without_a_run(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """The common shape (dated figures, an event a day between them) runs nothing again."""
    real = STAGE._bound

    adversarial = _bench_shapes()

    data, between = adversarial.accumulating_running_total(12)
    assert isinstance(data, Dataset)
    report = pwstats.reconcile(data)
    ran = _count_runs(monkeypatch)
    got = [report.bound("returned", at=d) for d in between]
    assert ran == []
    assert got == [
        real(data, "returned", DateSpan.parse(d), "pragmatic", None, None, "latest")
        for d in between
    ]
    assert all(b.interval.lo > 0 and b.low.figures for b in got[1:])


def test_the_answer_between_figures_is_read_off_the_run(monkeypatch: pytest.MonkeyPatch) -> None:
    """A daily query between a running total's figures is answered without a run (and right)."""

    figures = [
        Figure(id=f"f{i}", measure="t", value=10 * i, as_of=str(_day(2 * i))) for i in range(20)
    ]
    data = Dataset(measures=[Measure(id="t", label="t", kind="cumulative")], figures=figures)
    report = pwstats.reconcile(data)
    ran = _count_runs(monkeypatch)
    b = report.bound("t", at=str(_day(7)))
    assert not ran
    assert str(b.interval) == "[30, 40]"
    assert (b.low.figures, b.high.figures) == (("f3",), ("f4",))
    assert b.low.relations == ("t never falls",)
    assert b == pwstats.bound(data, "t", at=str(_day(7)))


def test_a_wrong_answer_off_the_cells_is_caught(monkeypatch: pytest.MonkeyPatch) -> None:
    """The law can fail: an answer read off the wrong neighbour differs from pwstats.bound."""
    real = findings.OffCell._end

    def shifted(self: findings.OffCell, series: Any, positions: list[int], *, high: bool) -> Any:
        earlier = [p - 1 for p in positions if p > 0]  # the cell before each linked one
        return real(self, series, positions if high else earlier, high=high)

    monkeypatch.setattr(findings.OffCell, "_end", shifted)
    figures = [
        Figure(id=f"f{i}", measure="t", value=10 * i, as_of=str(_day(2 * i))) for i in range(5)
    ]
    data = Dataset(measures=[Measure(id="t", label="t", kind="cumulative")], figures=figures)
    at = str(_day(5))
    assert pwstats.reconcile(data).bound("t", at=at) != pwstats.bound(data, "t", at=at)


def test_a_level_with_no_figure_at_the_date_is_bounded_by_its_domain_only() -> None:
    """A level no relation mentions, asked at a date of no figure: its domain, and why."""
    data = Dataset(
        measures=[Measure(id="held", label="held", kind="level")],
        figures=[Figure(id="a", measure="held", value=3000, as_of="2023-12")],
    )
    b = pwstats.reconcile(data).bound("held", at="2023-12-15")
    assert b == pwstats.bound(data, "held", at="2023-12-15")
    assert str(b.interval) == "[0, +inf)"
    assert "a level can rise or fall within a span" in b.high.detail


def test_an_off_cell_date_is_answered_once(monkeypatch: pytest.MonkeyPatch) -> None:
    """A query that needs a run of its own runs once however often it is asked."""
    real = STAGE._bound

    data = Dataset(
        measures=[
            Measure(id="u", label="u", kind="cumulative"),
            Measure(id="e", label="e", kind="event"),
        ],
        figures=[
            Figure(id="a", measure="u", value=10, as_of="2024-01-01"),
            Figure(id="b", measure="u", value=30, as_of="2024-01-09"),
            Figure(id="x", measure="e", value=5, as_of="2024-01-04"),
        ],
        # Complete: its events bound rises from above too, which a run works out again.
        relations=[Relation.accumulates("u", ["e"], complete=True, id="acc")],
    )
    report = pwstats.reconcile(data)
    ran = _count_runs(monkeypatch)
    first = report.bound("u", at="2024-01-06")
    assert (
        report.bound("u", at="2024-01-06")
        == first
        == real(data, "u", DateSpan.parse("2024-01-06"), "pragmatic", None, None, "latest")
    )
    assert len(ran) == 1


@given(
    st.data(),
    datasets(max_figures=12) | datasets(consistent=False, max_figures=12).map(lambda dp: dp[0]),
)
@settings(max_examples=100, deadline=None)
def test_report_bound_off_cells_equals_bound_on_drawn_data_sets(
    data: st.DataObject, dataset: Dataset
) -> None:
    """The same law on pwstats' own data sets, asked near and between their figures' dates."""
    report = pwstats.reconcile(dataset)
    days = sorted({f.as_of.start for f in dataset.figures}) or [DAY0]
    for m in dataset.measures:
        near = data.draw(st.sampled_from(days)) + dt.timedelta(days=data.draw(st.integers(-3, 3)))
        for at in (str(near), f"{near.year}-{near.month:02}", f"{near}/{near + dt.timedelta(2)}"):
            assert report.bound(m.id, at=at) == pwstats.bound(dataset, m.id, at=at), (m.id, at)


def test_the_benchmark_asks_between_figures_and_gets_the_reference_answers() -> None:
    """The adversarial row's queries have no cell of their own, and each answer is bound()'s."""
    adversarial = _bench_shapes()

    got = adversarial.report_bound_between_figures(6)()
    assert isinstance(got, list)
    assert len(got) == 6
    figures = [
        Figure(
            id=f"f{i}", measure="t", value=10 * i + i % 3, as_of=str(dt.date(2000, 1, 1 + 2 * i))
        )
        for i in range(6)
    ]
    data = Dataset(measures=[Measure(id="t", label="t", kind="cumulative")], figures=figures)
    assert {f.as_of for f in figures}.isdisjoint(b.at for b in got)
    assert got == [pwstats.bound(data, "t", at=b.at) for b in got]


@st.composite
def related(draw: st.DrawFn) -> Dataset:
    """Levels and running totals tied by sums, ≤ (with offsets) and shares (an event is
    related to no other kind: such a relation is refused); figures on a few days, months
    and spans."""
    measures = [
        *(Measure(id=f"l{i}", label=f"l{i}", kind="level") for i in range(4)),
        *(Measure(id=f"c{i}", label=f"c{i}", kind="cumulative") for i in range(2)),
        Measure(id="e", label="e", kind="event"),
        Measure(id="pct", label="pct", kind="level", unit="percent"),
    ]
    choices = {
        "sum": lambda i: Relation.sum("l0", ["l1", "l2"], complete=draw(st.booleans()), id=i),
        "sum-total": lambda i: Relation.sum("l3", ["l1", "c0"], id=i),
        "le": lambda i: Relation.le("l1", "l3", offset=draw(st.integers(0, 20)), id=i),
        "le-totals": lambda i: Relation.le("c0", "c1", id=i),
        "share": lambda i: Relation.share("l1", "l0", "pct", id=i),
        "sum-totals": lambda i: Relation.sum("c1", ["c0", "l2"], id=i),
    }
    kinds = draw(st.lists(st.sampled_from(sorted(choices)), min_size=1, max_size=4, unique=True))
    relations = [choices[k](f"r{n}") for n, k in enumerate(kinds)]
    figures: list[Figure] = []
    for k in range(draw(st.integers(0, 12))):
        m = draw(st.sampled_from([m.id for m in measures]))
        as_of = str(_day(draw(st.integers(0, 40)))) if m == "e" else draw(spans(within=40))
        if m == "pct":
            figures.append(
                Figure(id=f"f{k}", measure=m, value=draw(st.integers(0, 100)), as_of=as_of)
            )
        else:
            figures.append(Figure(id=f"f{k}", measure=m, as_of=as_of, **draw(values())))
    return Dataset(measures=measures, figures=figures, relations=relations)


@given(
    related(),
    st.lists(spans(within=40), min_size=1, max_size=8),
    st.sampled_from(["pragmatic", "literal", "lenient"]),
)
@settings(max_examples=100, deadline=None)
def test_report_bound_of_related_measures_off_cells_equals_bound(
    data: Dataset, asked: list[str], reading: str
) -> None:
    """A measure in relations, at a span the run has no cell for (answered from the
    cells the relations make at that span alone, where that provably gives a run's
    answer): every field of pwstats.bound."""
    _assert_report_bound_is_bound(data, asked, reading=reading)


@given(related(), st.sampled_from(["pragmatic", "literal", "lenient"]))
@example(
    # A fall from "more than 5" to 0, then 7: the 0's date is left with no value, which
    # cut 1 January off from the 7. The bound there, past the cut, is [6, 7]; the
    # finding said [6, +inf).
    Dataset(
        measures=[Measure(id="t", label="total", kind="cumulative")],
        figures=[
            Figure(id="a", measure="t", value="more than 5", as_of="2025-01-01"),
            Figure(id="b", measure="t", value=0, as_of="2025-01-02"),
            Figure(id="c", measure="t", value=7, as_of="2025-01-03"),
        ],
    ),
    "literal",
)
@settings(max_examples=150, deadline=None)
def test_each_findings_bounds_are_report_bound_at_its_date(data: Dataset, reading: str) -> None:
    """Past a contradiction too, a finding's bounds are the interval ``Report.bound``
    gives at its measure and date (which takes an end nothing bounds again without the
    figures set aside): one answer, not a looser one in the table."""
    report = pwstats.reconcile(data, reading=reading)  # type: ignore[arg-type]
    for f in report.findings:
        if f.as_of is not None:
            assert report.bound(f.measure, at=f.as_of).interval == f.bounds, (f.measure, f.as_of)


def test_a_tied_date_past_the_cut_still_spans_its_tied_sets() -> None:
    """January 2024 said 0 and "more than 36" (tied sets), then "more than 35" on 25
    January and 35 on 5 February (a fall). The run past the fall's cut leaves out the
    contested figures, but not the tied "more than 36": without it the bound at January
    was [0, 0], resting on the tie's 0 alone while the tie spans both."""
    data = Dataset(
        measures=[Measure(id="t", label="t", kind="cumulative")],
        figures=[
            Figure(id="a", measure="t", as_of="2024-01", value=0),
            Figure(id="b", measure="t", as_of="2024-01", value="more than 36"),
            Figure(id="c", measure="t", as_of="2024-01-25", value="more than 35"),
            Figure(id="d", measure="t", as_of="2024-02-05", value=35),
        ],
    )
    report = pwstats.reconcile(data, reading="literal")
    b = report.bound("t", at="2024-01")
    assert str(b.interval) == "[0, +inf)"
    assert b == pwstats.bound(data, "t", at="2024-01", reading="literal")
    assert report.findings[0].bounds == b.interval


def test_an_estimate_is_checked_against_the_bounds_taken_past_a_cut() -> None:
    """ "More than 5" on 1 January, 0 on 2 January, 7 on 3 January, and a study's 105
    (100–110) on 1 January: the finding's bounds past the fall's cut are [6, 7], and the
    study is found outside them, resting on the 7 that bounds them (it was checked
    against the run's [6, +inf) and said nothing, while its pooled value was cut at
    [6, 7])."""
    data = Dataset(
        measures=[Measure(id="t", label="total", kind="cumulative")],
        figures=[
            Figure(id="a", measure="t", value="more than 5", as_of="2025-01-01"),
            Figure(
                id="e",
                measure="t",
                basis="estimate",
                low=100,
                best=105,
                high=110,
                as_of="2025-01-01",
            ),
            Figure(id="b", measure="t", value=0, as_of="2025-01-02"),
            Figure(id="c", measure="t", value=7, as_of="2025-01-03"),
        ],
    )
    report = pwstats.reconcile(data, reading="literal")
    assert str(report.findings[0].bounds) == "[6, 7]"
    outside = [c for c in report.conflicts if c.cause == "outside-estimate"]
    assert [c.figures for c in outside] == [("c", "e")]
    assert "put t at [6, 7], below the whole interval" in outside[0].explanation


def test_a_level_in_a_sum_between_its_figures_is_answered_without_a_run(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """A daily query of a sum's total, its parts stated every other day: no run per day,
    and each answer names only the figures it rests on."""

    adversarial = _bench_shapes()

    data, between = adversarial.related_levels(6)
    report = pwstats.reconcile(data)  # type: ignore[arg-type]
    ran = _count_runs(monkeypatch)
    got = [report.bound("held", at=at) for at in between]
    assert not ran
    monkeypatch.undo()
    assert got == [pwstats.bound(data, "held", at=at) for at in between]  # type: ignore[arg-type]
    for b, at in zip(got, between, strict=True):
        assert str(b.interval) == "[50, +inf)", at
        low = (b.low.figures, b.low.relations, b.high.figures)
        assert low == (("t",), ("s", "transferred never falls"), ()), at


def test_the_seeds_returned_total_is_read_off_the_run_at_any_date(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """The seeds' running totals that releases accumulate into (under ≤ relations): at
    dates across the war, Report.bound runs nothing again and is pwstats.bound."""
    data = pwstats.seeds()
    report = pwstats.reconcile(data)

    dates = [str(dt.date(2022, 3, 1) + dt.timedelta(days=k)) for k in range(0, 1200, 61)]
    measures = ["ua-returned-total", "ua-returned-civilian-total", "ru-captured-kursk"]
    ran = _count_runs(monkeypatch)
    got = {(m, d): report.bound(m, at=d) for m in measures for d in dates}
    assert ran == []
    monkeypatch.undo()
    assert all(b == pwstats.bound(data, m, at=d) for (m, d), b in got.items())


@st.composite
def flows(draw: st.DrawFn) -> Dataset:
    """Flows counted over days, months and spans (some nested, some apart), alone or tied
    to other flows by a sum, a ≤ or a share."""
    measures = [
        Measure(id="deaths", label="deaths", kind="flow"),
        Measure(id="civilian", label="civilian", kind="flow"),
        Measure(id="military", label="military", kind="flow"),
        Measure(id="missing", label="missing", kind="flow"),
    ]
    choices = {
        "sum": lambda i: Relation.sum(
            "deaths", ["civilian", "military"], complete=draw(st.booleans()), id=i
        ),
        "le": lambda i: Relation.le("missing", "civilian", offset=draw(st.integers(0, 9)), id=i),
        "share": lambda i: Relation.share("military", "deaths", Fraction(1, 3), id=i),
    }
    kinds = draw(st.lists(st.sampled_from(sorted(choices)), max_size=3, unique=True))
    relations = [choices[k](f"r{n}") for n, k in enumerate(kinds)]
    figures = [
        Figure(
            id=f"f{k}",
            measure=draw(st.sampled_from([m.id for m in measures])),
            as_of=draw(spans(within=40)),
            **draw(values()),
        )
        for k in range(draw(st.integers(0, 10)))
    ]
    return Dataset(measures=measures, figures=figures, relations=relations)


@given(flows(), st.lists(spans(within=60), min_size=1, max_size=5))
@settings(max_examples=60, deadline=None)
def test_report_bound_of_a_flow_off_its_periods_equals_bound(
    data: Dataset, asked: list[str]
) -> None:
    """A flow (alone or in relations) at a period the run has no cell for, apart from its
    periods or among them: Report.bound is pwstats.bound in every field."""
    _assert_report_bound_is_bound(data, asked)


@pytest.mark.parametrize(
    ("shape", "measure"),
    [
        ("accumulating_total_in_a_sum", "returned"),
        ("completely_accumulating_total", "returned"),
        ("flow_between_its_weeks", "deaths"),
    ],
)
def test_the_benchmarks_dates_between_figures_are_read_off_the_run(
    monkeypatch: pytest.MonkeyPatch, shape: str, measure: str
) -> None:
    """A running total in a sum, one its complete list of events accumulates into, and a
    flow at weeks apart from its parts': a query a day (or week) between figures runs
    nothing again, and each answer is pwstats.bound's in every field."""
    adversarial = _bench_shapes()

    data, between = getattr(adversarial, shape)(12)
    assert isinstance(data, Dataset)
    report = pwstats.reconcile(data)

    ran = _count_runs(monkeypatch)
    got = [report.bound(measure, at=at) for at in between]
    assert ran == []
    monkeypatch.undo()
    assert got == [pwstats.bound(data, measure, at=at) for at in between]
    if measure == "returned":  # between figures: each end rests on a figure
        assert all(b.low.figures and b.high.figures for b in got[1:-1])


A, B, C = (Source(name=name) for name in "ABC")


@st.composite
def lone_flows(draw: st.DrawFn) -> Dataset:
    """One flow in no relation: periods of days, weeks and months, some nested, some apart,
    some in conflict; repeats and revisions of one speaker, estimates, figures published
    late (for known_at)."""
    figures = []
    for k in range(draw(st.integers(0, 12))):
        first = draw(st.integers(0, 40))
        length = draw(st.sampled_from([0, 0, 1, 3, 6, 13, 29]))
        as_of = str(_day(first)) if not length else f"{_day(first)}/{_day(first + length)}"
        speaker = draw(st.sampled_from(["A", "B", None]))
        published = _day(first + length + draw(st.integers(0, 30)))
        source = None if speaker is None else Source(name=speaker, published=published)
        figures.append(
            Figure(id=f"f{k}", measure="deaths", as_of=as_of, source=source, **draw(values()))
        )
    return Dataset(measures=[Measure(id="deaths", label="deaths", kind="flow")], figures=figures)


@given(
    lone_flows(),
    st.lists(spans(within=45), min_size=1, max_size=6),
    st.sampled_from(["pragmatic", "literal", "lenient"]),
    st.sampled_from([None, "2024-01-20", "2024-02-15"]),
)
# A figure of one stretch set aside in conflict: a bound in another stretch names it.
@example(
    Dataset(
        measures=[Measure(id="deaths", label="deaths", kind="flow")],
        figures=[
            *(
                Figure(id=i, measure="deaths", value=v, as_of="2024-01-01/2024-01-02", source=s)
                for i, v, s in (("a", 5, A), ("b", 5, B), ("x", 9, C))
            ),
            Figure(id="c", measure="deaths", value=70, as_of="2024-01-10/2024-01-16"),
        ],
    ),
    ["2024-01-12", "2024-01-01"],
    "pragmatic",
    None,
)
@settings(max_examples=150, deadline=None)
def test_report_bound_of_a_lone_flow_among_its_periods_equals_bound(
    data: Dataset, asked: list[str], reading: str, known_at: str | None
) -> None:
    """A flow in no relation, at a period among its periods (answered by a run of the
    stretches the period joins alone): every field of pwstats.bound."""
    report = pwstats.reconcile(data, reading=reading, known_at=known_at)  # type: ignore[arg-type]
    for at in asked:
        expected = pwstats.bound(data, "deaths", at=at, reading=reading, known_at=known_at)  # type: ignore[arg-type]
        assert report.bound("deaths", at=at) == expected, at


def test_a_day_inside_a_flows_weeks_runs_only_its_week(monkeypatch: pytest.MonkeyPatch) -> None:
    """The daily table of weekly figures: a day inside each week runs the flow again
    nowhere, only the week's own stretch, once a day; each answer is pwstats.bound's."""
    adversarial = _bench_shapes()

    data, days = adversarial.flow_days_inside_its_weeks(12)
    assert isinstance(data, Dataset)
    report = pwstats.reconcile(data)
    ran = _count_runs(monkeypatch)
    stretches: list[int] = []
    real = STAGE._bound_in_stretch

    def counting(part: Dataset, *args: Any) -> Any:
        stretches.append(len(part.figures))
        return real(part, *args)

    monkeypatch.setattr(STAGE, "_bound_in_stretch", counting)
    got = [report.bound("deaths", at=d) for d in days]
    assert ran == []
    assert stretches == [1] * len(days)  # one week's figure each
    monkeypatch.undo()
    assert got == [pwstats.bound(data, "deaths", at=d) for d in days]
    assert all(b.high.figures for b in got)  # each day is at most its week


@st.composite
def capped(draw: st.DrawFn) -> Dataset:
    """Running totals tied by ≤ (with offsets) and sums to other running totals and levels,
    stated on a few days, months and spans: queries between their figures make cells for
    the tied measures at the same date, read off the run where that provably is a run's."""
    measures = [
        Measure(id="returned", label="returned", kind="cumulative"),
        Measure(id="cap", label="cap", kind="cumulative"),
        Measure(id="other", label="other", kind="cumulative"),
        Measure(id="held", label="held", kind="level"),
    ]
    choices = {
        "le": lambda i: Relation.le("returned", "cap", offset=draw(st.integers(0, 20)), id=i),
        "le-other": lambda i: Relation.le("other", "cap", id=i),
        "sum": lambda i: Relation.sum(
            "cap", ["returned", "other"], complete=draw(st.booleans()), id=i
        ),
        "sum-level": lambda i: Relation.sum("held", ["returned", "other"], complete=False, id=i),
    }
    kinds = draw(st.lists(st.sampled_from(sorted(choices)), min_size=1, max_size=3, unique=True))
    relations = [choices[k](f"r{n}") for n, k in enumerate(kinds)]
    figures = [
        Figure(
            id=f"f{k}",
            measure=draw(st.sampled_from([m.id for m in measures])),
            as_of=draw(spans(within=40)),
            **draw(values()),
        )
        for k in range(draw(st.integers(0, 12)))
    ]
    return Dataset(measures=measures, figures=figures, relations=relations)


@given(
    capped(),
    st.lists(spans(within=40), min_size=1, max_size=8),
    st.sampled_from(["pragmatic", "literal", "lenient"]),
)
@settings(max_examples=150, deadline=None)
def test_report_bound_of_a_capped_running_total_equals_bound(
    data: Dataset, asked: list[str], reading: str
) -> None:
    """A running total in ≤ and sum relations, at spans between its figures (the relations
    make cells for the measures tied to it there): every field of pwstats.bound."""
    _assert_report_bound_is_bound(data, asked, reading=reading)


def test_an_end_reached_through_other_cells_names_its_figures_as_bound_does() -> None:
    """A day whose high end a report reads through the month's cell (at most the month,
    at most the 31st) and a fresh run through the 31st's cell alone: the same figures,
    named in the data set's order either way."""
    measures = [
        Measure(id="returned", label="returned", kind="cumulative"),
        Measure(id="cap", label="cap", kind="cumulative"),
        Measure(id="other", label="other", kind="cumulative"),
    ]
    data = Dataset(
        measures=measures,
        figures=[
            Figure(id="cap-jan", measure="cap", as_of="2024-01", value=3),
            Figure(id="r-dec", measure="returned", as_of="2023-12-31", value=0),
            Figure(id="r-jan", measure="returned", as_of="2024-01-31", value=1),
            Figure(
                id="o-2024", measure="other", as_of="2024", value=Interval(0, 1, lo_closed=False)
            ),
        ],
        relations=[
            Relation.sum("cap", ["returned", "other"], complete=True, id="s"),
            Relation.le("other", "cap", id="le"),
        ],
    )
    got = pwstats.reconcile(data).bound("cap", at="2024-01-01")
    assert got == pwstats.bound(data, "cap", at="2024-01-01")
    assert str(got.interval) == "[0, 2]"
    assert got.high.figures == ("r-jan", "o-2024")


def test_a_running_total_under_a_cap_between_its_figures_is_answered_without_a_run(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """A running total stated every other day under a cap (≤) stated once at the end: a
    query a day between its figures runs nothing again, save the last day, where two
    rules tie at the cap with different explanations (a run picks one by its order); each
    answer is pwstats.bound's in every field."""
    adversarial = _bench_shapes()

    data, between = adversarial.related_running_total(12)
    assert isinstance(data, Dataset)
    report = pwstats.reconcile(data)
    ran = _count_runs(monkeypatch)
    got = [report.bound("returned", at=at) for at in between]
    assert ran == [DateSpan.parse(between[-1])]
    monkeypatch.undo()
    assert got == [pwstats.bound(data, "returned", at=at) for at in between]
    for i, b in enumerate(got[1:-1], start=1):
        assert str(b.interval) == f"[{10 * i}, {10 * (i + 1)}]"
        assert (b.low.figures, b.high.figures) == ((f"r{i}",), (f"r{i + 1}",))
