"""Tests of reconcile's findings: every answer consistent with itself, whatever the input.

The laws (issue "reconcile as a pipeline of stages", item 2): a finding's consensus
lies within its bounds unless a conflict explains why not; its estimate lies within
its bounds; no end of a bound rests on a figure the bound sets aside; clusters
partition the figures minimally; statements partition them and count the
independent sources.
"""

from __future__ import annotations

import itertools
import re
from fractions import Fraction

import attrs
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from pwstats.interval import Interval
from pwstats.model import Dataset, Figure, Measure, Relation, Source
from pwstats.reconcile import bound, reconcile
from pwstats.report import READINGS, Estimate, Finding, Reading, Report
from pwstats.strategies import datasets
from pwstats.table import tabulate


@st.composite
def messy(draw: st.DrawFn) -> Dataset:
    """A few event measures with small, often disagreeing figures and relations between them."""
    n = draw(st.integers(1, 4))
    measures = [Measure(id=f"m{i}", label=f"m{i}", kind="event") for i in range(n)]
    figures = []
    for k in range(draw(st.integers(1, 9))):
        m = draw(st.integers(0, n - 1))
        lo = draw(st.integers(0, 12))
        width = draw(st.integers(0, 4))
        speaker = draw(st.sampled_from(["A", "B", "C", "D", None]))
        figures.append(
            Figure(
                id=f"f{k}",
                measure=f"m{m}",
                value=Interval.closed(lo, lo + width) if width else lo,
                as_of="2024-01-03",
                source=None if speaker is None else Source(name=speaker),
            )
        )
    relations = []
    for k in range(draw(st.integers(0, 3)) if n > 1 else 0):
        a, b = draw(st.lists(st.integers(0, n - 1), min_size=2, max_size=2, unique=True))
        if draw(st.booleans()):
            relations.append(
                Relation.le(f"m{a}", f"m{b}", offset=draw(st.integers(-3, 3)), id=f"r{k}")
            )
        else:
            rest = [f"m{i}" for i in range(n) if i != a]
            relations.append(Relation.sum(f"m{a}", rest, complete=draw(st.booleans()), id=f"r{k}"))
    return Dataset(measures=measures, figures=figures, relations=relations)


def _self_consistent(finding: Finding) -> None:
    bounds, consensus = finding.bounds, finding.consensus
    if finding.status in ("consistent", "derived"):
        assert not bounds.is_empty
    if consensus is not None:
        assert consensus.overlaps(bounds), (str(consensus), str(bounds))
    best = finding.estimate.best
    if best is not None:
        assert best in bounds
    if not bounds.is_empty:
        assert (finding.estimate.low, finding.estimate.high) == (bounds.lo, bounds.hi)


@given(messy())
@settings(max_examples=200, deadline=None)
def test_every_finding_is_consistent_with_itself(data: Dataset) -> None:
    """Consensus within bounds (or a conflict says why), best within bounds, status honest."""
    for finding in reconcile(data).findings:
        _self_consistent(finding)


@given(st.from_type(Dataset))
@settings(max_examples=60, deadline=None)
def test_every_finding_of_any_dataset_is_consistent_with_itself(data: Dataset) -> None:
    """The same laws on every data set pwstats' own strategy draws."""
    for finding in reconcile(data).findings:
        _self_consistent(finding)


@given(messy())
@settings(max_examples=150, deadline=None)
def test_no_bound_end_rests_on_a_figure_it_sets_aside(data: Dataset) -> None:
    """bound() never takes an end from a figure it lists in set_aside."""
    for m in data.measures:
        b = bound(data, m.id, at="2024-01-03")
        assert not set(b.low.figures + b.high.figures) & set(b.set_aside)


def test_relations_break_a_tie_and_the_consensus_follows() -> None:
    """Tied sets {2201} and {2209..2223}: a relation excluding the first leaves the second."""
    m = Measure(id="m", label="m", kind="event")
    floor = Measure(id="floor", label="floor", kind="event")
    data = Dataset(
        measures=[m, floor],
        figures=[
            Figure(id="a", measure="m", value=2201, as_of="2024"),
            Figure(id="b", measure="m", value=Interval.closed(2209, 2223), as_of="2024"),
            Figure(id="c", measure="floor", value=2205, as_of="2024"),
        ],
        relations=[Relation.le("floor", "m", id="r")],
    )
    finding = reconcile(data).findings_for("m")[0]
    assert str(finding.bounds) == "[2209, 2223]"
    assert str(finding.consensus) == "[2209, 2223]"
    assert not finding.tied
    assert [f.id for f in finding.agreeing] == ["b"]
    b = bound(data, "m", at="2024")
    assert b.set_aside == ("a",)
    assert b.low.figures == ("b",)


def _disjoint_count(readings: list[Interval]) -> int:
    """The largest number of pairwise disjoint readings, by brute force."""
    live = [iv for iv in readings if not iv.is_empty]
    for k in range(len(live), 0, -1):
        for chosen in itertools.combinations(live, k):
            if all(not a.overlaps(b) for a, b in itertools.combinations(chosen, 2)):
                return k
    return 0


@given(messy())
@settings(max_examples=150, deadline=None)
def test_clusters_partition_the_figures_minimally(data: Dataset) -> None:
    """Clusters partition each finding's figures; each shares a value; their number is minimal."""
    for finding in reconcile(data).findings:
        ids = [fid for c in finding.clusters for fid in c.figures]
        assert sorted(ids) == sorted(f.id for f in finding.figures)
        for cluster in finding.clusters:
            for fid in cluster.figures:
                assert finding.readings[fid].contains(cluster.common)
        commons = [c.common for c in finding.clusters if not c.common.is_empty]
        assert all(not a.overlaps(b) for a, b in itertools.combinations(commons, 2))
        assert len(commons) == _disjoint_count(list(finding.readings.values()))


@given(messy())
@settings(max_examples=100, deadline=None)
def test_statements_partition_the_figures_and_count_the_sources(data: Dataset) -> None:
    """Finding.statements groups every figure once; independent_sources counts the sourced."""
    for finding in reconcile(data).findings:
        ids = [fid for group in finding.statements for fid in group]
        assert sorted(ids) == sorted(f.id for f in finding.figures)
        by_id = {f.id: f for f in finding.figures}
        sourced = [ids for ids in finding.statements if by_id[ids[0]].source is not None]
        assert len(sourced) == finding.independent_sources


def test_one_speaker_saying_one_number_three_ways_is_one_statement() -> None:
    """One speaker's "2,600", "2600" and 2600 on one date are one statement, counted once."""
    m = Measure(id="m", label="m", kind="event")
    who = Source(name="Ministry")
    data = Dataset(
        measures=[m],
        figures=[
            Figure(id="a", measure="m", value="2,600", as_of="2024", source=who),
            Figure(id="b", measure="m", value="2600", as_of="2024", source=who),
            Figure(id="c", measure="m", value=2600, as_of="2024", source=who),
        ],
    )
    finding = reconcile(data).findings[0]
    assert finding.independent_sources == 1
    assert finding.statements == (("a", "b", "c"),)
    # A finding made by hand from the same figures groups them by the same definition.
    by_hand = attrs.evolve(finding, statement_of=None)
    assert by_hand.statements == (("a", "b", "c"),)
    assert len({f.statement_key for f in data.figures}) == 1


def test_a_hand_made_finding_keeps_different_signed_statements_apart() -> None:
    """Figures with no measure at hand are read against one that takes any number: one
    speaker's [-3, 2] and [0, 2], -5..-1 and -6..-1 (best -3), "more than 2.5" and "at
    least 2.5" are different statements, where reading them as headcounts made them one."""
    m = Measure(id="change", label="change", unit="percent", nonnegative=False)
    who = Source(name="Bureau")
    pairs = [
        ({"value": Interval.closed(-3, 2)}, {"value": Interval.closed(0, 2)}),
        ({"low": -5, "best": -3, "high": -1}, {"low": -6, "best": -3, "high": -1}),
        ({"value": "more than 2.5"}, {"value": "at least 2.5"}),
    ]
    for one, other in pairs:
        data = Dataset(
            measures=[m],
            figures=[
                Figure(id="a", measure="change", as_of="2024", source=who, **one),
                Figure(id="b", measure="change", as_of="2024", source=who, **other),
            ],
        )
        finding = reconcile(data).findings[0]
        assert finding.statements == (("a",), ("b",))
        by_hand = attrs.evolve(finding, statement_of=None)
        assert by_hand.statements == (("a",), ("b",))


@given(messy())
@settings(max_examples=80, deadline=None)
def test_report_bound_equals_bound(data: Dataset) -> None:
    """Report.bound answers from the finished run exactly as pwstats.bound does."""
    report = reconcile(data)
    for m in data.measures:
        expected = bound(data, m.id, at="2024-01-03")
        got = report.bound(m.id, at="2024-01-03")
        assert (got.interval, got.set_aside) == (expected.interval, expected.set_aside)
        assert (got.low.figures, got.high.figures) == (expected.low.figures, expected.high.figures)


def test_report_bound_equals_bound_when_a_relation_makes_the_cell_of_a_contradiction() -> None:
    """A cell only a relation makes is numbered alike in both, so the same cells empty.

    m0 ≥ m1 + m2 + 1 and m0 ≤ m1 cannot hold; which cell propagation empties
    depends on the order of the cells, and ``bound`` made the asked cell first.
    """
    events = [Measure(id=f"m{i}", label=f"m{i}", kind="event") for i in range(4)]
    data = Dataset(
        measures=events,
        figures=[Figure(id="f0", measure="m3", value=1, as_of="2024-01-03")],
        relations=[
            Relation.sum("m0", ["m1", "m2", "m3"], complete=False, id="r0"),
            Relation.le("m0", "m1", id="r1"),
            Relation.le("m0", "m2", id="r2"),
        ],
    )
    report = reconcile(data)
    for m in events:
        expected = bound(data, m.id, at="2024-01-03")
        got = report.bound(m.id, at="2024-01-03")
        assert (got.interval, got.set_aside) == (expected.interval, expected.set_aside)


def _running_total(*figures: tuple[str, int | Interval, str]) -> Dataset:
    """A running total ``t`` with these (id, value, as of) figures."""
    total = Measure(id="t", label="total", kind="cumulative")
    return Dataset(
        measures=[total],
        figures=[Figure(id=i, measure="t", value=v, as_of=day) for i, v, day in figures],
    )


def test_report_bound_at_a_date_no_figure_speaks_of_reconciles_the_component() -> None:
    """A running total between its figures: the report works it out, as bound() does."""
    data = _running_total(
        ("aug", Interval.closed(2470, 2600), "2023-08"), ("jan", 2828, "2024-01-03")
    )
    b = reconcile(data).bound("t", at="2023-10-01")
    assert (str(b.interval), b.low.figures, b.high.figures) == ("[2470, 2828]", ("aug",), ("jan",))


def test_a_report_pickles_to_an_equal_report() -> None:
    """A report travels between processes (its finished run stays behind)."""
    import pickle

    from pwstats.io import seeds

    report = reconcile(seeds())
    again = pickle.loads(pickle.dumps(report))
    assert again == report
    assert (
        again.bound("ua-returned-total", at="2024-01-02").interval
        == report.bound("ua-returned-total", at="2024-01-02").interval
    )


@given(
    st.one_of(
        datasets(max_figures=12), datasets(consistent=False, max_figures=12).map(lambda d: d[0])
    ),
    st.sampled_from(READINGS),
)
@settings(max_examples=80, deadline=None)
def test_report_bound_of_every_finding_equals_bound(data: Dataset, reading: Reading) -> None:
    """Report.bound, answering from the finished run (set-aside figures indexed once),
    gives what pwstats.bound gives for every finding's measure and time, any kind."""
    report = reconcile(data, reading=reading)
    for finding in report.findings:
        expected = bound(data, finding.measure, at=finding.as_of, reading=reading)
        got = report.bound(finding.measure, at=finding.as_of)
        assert (got.interval, got.set_aside) == (expected.interval, expected.set_aside)
        assert (got.low, got.high) == (expected.low, expected.high)


def test_report_bound_sets_aside_a_running_totals_figures_at_every_date() -> None:
    """Bounding a running total at one date sets aside what disagrees at any date."""
    data = _running_total(
        ("a", 100, "2024-01-01"),
        ("b", 200, "2024-02-01"),
        ("c", 200, "2024-02-01"),
        ("d", 900, "2024-02-01"),
    )
    report = reconcile(data)
    for day in ("2024-01-01", "2024-02-01"):
        assert report.bound("t", at=day).set_aside == ("d",)
        assert bound(data, "t", at=day).set_aside == ("d",)


def test_a_report_keeps_what_answers_bounds_not_the_network() -> None:
    """The finished run's network, rules and groups are freed once the report is made;
    Report.bound still answers from what it kept."""
    import gc
    import weakref
    from unittest import mock

    from pwstats.reconcile import cells

    made: list[weakref.ref[object]] = []
    build = cells.build

    def spy(*args: object, **kwargs: object) -> object:
        network, query = build(*args, **kwargs)  # type: ignore[arg-type]
        made.append(weakref.ref(network.net))
        return network, query

    data = _running_total(("a", 100, "2024-01-01"), ("b", 90, "2024-02-01"))
    with mock.patch.object(cells, "build", spy):
        report = reconcile(data)
    gc.collect()
    assert made
    assert all(ref() is None for ref in made)
    assert report.bound("t", at="2024-01-01") == bound(data, "t", at="2024-01-01")


def test_a_sums_total_no_figure_states_takes_its_place_in_span_order() -> None:
    """A derived finding (the total of parts stated on 1 January) comes before the
    total's own finding of 1 February, as findings are ordered by measure, then span."""
    total = Measure(id="T", label="total", kind="level")
    parts = [Measure(id=p, label=p, kind="level") for p in ("p1", "p2")]
    data = Dataset(
        measures=[total, *parts],
        figures=[
            Figure(id="t", measure="T", value=10, as_of="2024-02-01"),
            Figure(id="x", measure="p1", value=3, as_of="2024-01-01"),
            Figure(id="y", measure="p2", value=4, as_of="2024-01-01"),
            Figure(id="x2", measure="p1", value=5, as_of="2024-02-01"),
            Figure(id="y2", measure="p2", value=5, as_of="2024-02-01"),
        ],
        relations=[Relation.sum("T", ["p1", "p2"], id="s")],
    )
    found = [(f.measure, str(f.as_of), f.status) for f in reconcile(data).findings]
    assert found[:2] == [("T", "2024-01-01", "derived"), ("T", "2024-02-01", "tension")]
    assert [m for m, _, _ in found] == ["T", "T", "p1", "p1", "p2", "p2"]


@given(
    st.one_of(
        datasets(max_figures=12), datasets(consistent=False, max_figures=12).map(lambda d: d[0])
    ),
    st.sampled_from(READINGS),
)
@settings(max_examples=100, deadline=None)
def test_findings_are_in_the_data_sets_order_of_measures_then_by_span(
    data: Dataset, reading: Reading
) -> None:
    """Measures in the data set's order; a measure's findings by (start, end), once each."""
    order = {m.id: i for i, m in enumerate(data.measures)}
    keys = [
        (order[f.measure], f.as_of.start, f.as_of.end)
        for f in reconcile(data, reading=reading).findings
    ]
    assert keys == sorted(keys)
    assert len(set(keys)) == len(keys)


def test_a_check_against_figures_at_other_dates_adds_no_derived_finding() -> None:
    """A relation checked against a level figure of another date (a tension) gives the
    sum's total no conflict: m0, which no figure states, has a derived finding wherever
    the relations bound it (on 5 January, m0 = m3 >= m2 >= 46), each "derived"."""
    measures = [Measure(id=m, label=m, kind="level") for m in ("m0", "m2", "m3")]
    data = Dataset(
        measures=measures,
        figures=[
            Figure(id="a", measure="m2", value=Interval.closed(46, 49), as_of="2024-01-05"),
            Figure(id="b", measure="m3", value=Interval.closed(6, 7), as_of="2024-01-01"),
        ],
        relations=[Relation.le("m2", "m3", id="r0"), Relation.sum("m0", ["m3"], id="r1")],
    )
    report = reconcile(data, reading="literal")
    found = [(f.measure, str(f.as_of), f.status) for f in report.findings]
    assert found == [
        ("m0", "2024-01-01", "derived"),
        ("m0", "2024-01-05", "derived"),
        ("m2", "2024-01-05", "tension"),
        ("m3", "2024-01-01", "tension"),
    ]
    assert {c.relations for c in report.conflicts} == {("r0",), ("r1", "r0")}
    assert str(report.findings[1].bounds) == "[46, +inf)"


def test_a_derived_finding_the_relations_leave_one_value_has_it_as_best() -> None:
    """a = b + c and b = a + d with a = 10: b is 10 and c, d are 0, though no figure says
    so. Each derived finding's best is that value (the table had "—" where pwstats.total
    gave it), and one whose bounds hold more than one value still has none."""
    measures = [Measure(id=m, label=m, kind="event") for m in "abcdef"]
    data = Dataset(
        measures=measures,
        figures=[
            Figure(id="fa", measure="a", value=10, as_of="2024-01-01"),
            Figure(id="fe", measure="e", value=Interval.closed(1, 5), as_of="2024-01-01"),
        ],
        relations=[
            Relation.sum("a", ["b", "c"], id="r1"),
            Relation.sum("b", ["a", "d"], id="r2"),
            Relation.le("e", "a", id="r3"),
            Relation.le("f", "a", id="r4"),
        ],
    )
    report = reconcile(data)
    bests = {f.measure: (str(f.bounds), f.estimate.best) for f in report.findings}
    assert bests == {
        "a": ("[10, 10]", 10),
        "b": ("[10, 10]", 10),
        "c": ("[0, 0]", 0),
        "d": ("[0, 0]", 0),
        "e": ("[1, 5]", 3),
        "f": ("[0, 10]", None),
    }
    assert [f.measure for f in report.findings if "the one value" in f.estimate.rule] == [
        "b",
        "c",
        "d",
    ]


def test_report_bound_names_a_measure_given_as_neither_id_nor_measure() -> None:
    """A measure given by number is refused with what was expected, not a deep
    traceback; a Measure works as its id does, as in pwstats.bound."""
    import pytest

    data = _running_total(("a", 100, "2024-01-01"))
    report = reconcile(data)
    with pytest.raises(TypeError, match=r"by its id \(str\) or a Measure, not int"):
        report.bound(42, at="2024-01-01")  # type: ignore[arg-type]
    with pytest.raises(TypeError, match=r"by its id \(str\) or a Measure, not int"):
        bound(data, 42, at="2024-01-01")  # type: ignore[arg-type]
    with pytest.raises(TypeError, match=r"a figure is given by its id \(str\), not int"):
        data.figure(7)  # type: ignore[arg-type]
    by_measure = report.bound(data.measures[0], at="2024-01-01")
    assert by_measure == report.bound("t", at="2024-01-01")


def test_a_long_chain_of_citations_is_followed_once_for_its_statements(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """Each figure of a chain of citations (each repeating the one before) is the statement
    of its first figure, found by following the chain once, not once a figure (which made
    reconciling the chain quadratic)."""
    n = 1000
    said = [Figure(id="f0", measure="m", value="312", as_of="2025", source=Source(name="M"))]
    said += [
        Figure(
            id=f"f{i}",
            measure="m",
            value="312",
            cites=f"f{i - 1}",
            as_of="2025",
            source=Source(name=f"outlet {i}"),
        )
        for i in range(1, n)
    ]
    data = Dataset(measures=[Measure(id="m", label="m", kind="event")], figures=said)
    looked: list[str] = []
    figure = Dataset.figure

    def counted(self: Dataset, id: str) -> Figure:
        looked.append(id)
        return figure(self, id)

    monkeypatch.setattr(Dataset, "figure", counted)
    (finding,) = reconcile(data).findings
    (statement,) = finding.statements
    assert statement[0] == "f0"
    assert sorted(statement) == sorted(f.id for f in said)
    assert finding.independent_sources == 1
    assert len(looked) <= 4 * n


def test_a_finding_whose_every_figure_is_set_aside_has_no_best_value_and_no_cluster() -> None:
    """A level's only figure revised by a later one leaves its date with no count: no
    best value (it showed 0, the measure's floor) and no agreeing group (it showed one
    of the set-aside figure, with an empty common interval)."""
    m = Measure(id="held", label="held", kind="level")
    who = Source(name="Ministry")
    data = Dataset(
        measures=[m],
        figures=[
            Figure(id="a", measure="held", value="300", as_of="2024-01", source=who),
            Figure(id="b", measure="held", value="320", as_of="2024-02", source=who, revises="a"),
        ],
    )
    first, second = reconcile(data).findings
    assert [f.id for f in first.figures] == ["a"]
    assert first.estimate.best is None
    assert first.estimate.rule.startswith("no count")
    assert first.clusters == ()
    assert second.estimate.best == 320
    assert [c.figures for c in second.clusters] == [("b",)]


@st.composite
def running_totals(draw: st.DrawFn) -> Dataset:
    """A running total and a part of it on a few days, with small figures that often fall
    or break the sum: cells the figures and rules leave with no value."""
    total = Measure(id="t", label="t", kind="cumulative")
    part = Measure(id="p", label="p", kind="cumulative")
    figures = []
    for k in range(draw(st.integers(1, 7))):
        lo, width = draw(st.integers(0, 12)), draw(st.integers(0, 3))
        figures.append(
            Figure(
                id=f"f{k}",
                measure=draw(st.sampled_from(["t", "p"])),
                value=Interval.closed(lo, lo + width) if width else lo,
                as_of=f"2024-01-0{draw(st.integers(1, 4))}",
                source=Source(name=draw(st.sampled_from("ABC"))),
            )
        )
    relations = [Relation.le("p", "t", id="r")] if draw(st.booleans()) else []
    return Dataset(measures=[total, part], figures=figures, relations=relations)


def _consensus_shown_within_bounds(report: Report) -> None:
    """The law on the finding and on every output of it: a consensus shares a value with
    the bounds beside it, and the text and HTML tables show no value of it beyond them (cut
    to them, saying so); bounds with no value come with a status that says so."""
    import json

    from pwstats.table import findings_cells

    rows = json.loads(tabulate(report, fmt="json"))["findings"]
    frame = report.to_frame()
    headers, cells = findings_cells(report)
    column = headers.index("consensus")
    for i, (finding, row) in enumerate(zip(report.findings, rows, strict=True)):
        _self_consistent(finding)
        if finding.bounds.is_empty:
            assert finding.status in ("contradiction", "tension")
            assert finding.consensus is None, finding
        assert row["consensus"] == (None if finding.consensus is None else str(finding.consensus))
        if row["consensus"] is not None:
            assert Interval.parse(row["consensus"]).overlaps(Interval.parse(row["bounds"]))
        assert (frame["consensus"].iloc[i] is pd_na()) == (finding.consensus is None)
        shown = re.search(r"consensus</th><td[^>]*>([^<]*)</td>", finding._repr_html_())
        assert shown is not None
        if finding.tied:  # no one consensus: the table and the notebook say so alike
            assert cells[i][column] == shown.group(1) == "— (sets tie)"
        elif finding.consensus is None:
            assert cells[i][column] in ("—", "— (sets tie)")
            assert shown.group(1) == "—"
        else:
            # Tables show what the bounds leave of it, saying so when they narrow it.
            within = finding.consensus & finding.bounds
            said, cut, rest = shown.group(1).partition(" (cut at the bounds")
            assert Interval.parse(said) == within
            assert bool(cut) == (within != finding.consensus)
            assert not cut or rest == f"; the figures share {finding.consensus})"
            # The text table's cell is in the measure's unit ("[0, 0] %").
            text = cells[i][column]
            assert text.endswith(" (cut at the bounds)") == (within != finding.consensus), text


def pd_na() -> object:
    import pandas as pd

    return pd.NA


@given(st.one_of(messy(), running_totals(), st.from_type(Dataset)), st.sampled_from(READINGS))
@settings(max_examples=150, deadline=None)
def test_no_output_shows_a_consensus_its_bounds_rule_out(data: Dataset, reading: Reading) -> None:
    """Every finding's consensus is None or shares a value with its bounds (empty bounds:
    None, and a contradiction or tension says why), in the finding, JSON, frames, the text
    table and HTML alike; the tables show it cut to the bounds."""
    _consensus_shown_within_bounds(reconcile(data, reading=reading))


def test_a_total_below_its_parts_shows_no_consensus_beside_bounds_with_no_value() -> None:
    """t = a + b with 10, 6 and 7: t's figure still reads [10, 10], but its finding, which
    has no value, shows no consensus (was [10, 10] beside empty bounds)."""
    events = [Measure(id=i, label=i, kind="event") for i in ("t", "a", "b")]
    data = Dataset(
        measures=events,
        figures=[
            Figure(id=f"f{m}", measure=m, value=v, as_of="2024-01-03")
            for m, v in (("t", 10), ("a", 6), ("b", 7))
        ],
        relations=[Relation.sum("t", ["a", "b"], id="r")],
    )
    report = reconcile(data)
    (t,) = report.findings_for("t")
    assert (t.status, t.consensus, str(t.bounds)) == ("contradiction", None, "empty")
    assert str(t.readings["ft"]) == "[10, 10]"
    assert [(c.figures, str(c.common)) for c in t.clusters] == [(("ft",), "[10, 10]")]
    _consensus_shown_within_bounds(report)


def test_a_finding_made_with_a_consensus_its_bounds_rule_out_is_refused() -> None:
    """Finding(consensus=[10, 10], bounds=empty) is a ValueError naming both."""
    with pytest.raises(ValueError, match=r"consensus \[10, 10\] is outside its bounds"):
        Finding(
            measure="t",
            as_of=None,
            figures=(),
            status="contradiction",
            consensus=Interval.point(10),
            agreeing=(),
            bounds=Interval.empty(),
            estimate=Estimate(None, None, None),
            independent_sources=0,
            conflicts=(),
        )


@st.composite
def linked_across_dates(draw: st.DrawFn) -> Dataset:
    """A level on a few days whose figures often cite or revise a figure of another day
    (misquotes and revisions across spans), some without a source."""
    m = Measure(id="m", label="m", kind="level")
    figures: list[Figure] = []
    for k in range(draw(st.integers(1, 6))):
        link = draw(st.sampled_from([None, "cites", "revises"])) if figures else None
        target = draw(st.sampled_from(figures)).id if link else None
        speaker = draw(st.sampled_from(["A", "B", None]))
        figures.append(
            Figure(
                id=f"f{k}",
                measure="m",
                value=draw(st.integers(0, 5)),
                as_of=f"2024-01-0{draw(st.integers(1, 3))}",
                source=None
                if speaker is None
                else Source(name=speaker, published=f"2024-02-0{k + 1}"),
                cites=target if link == "cites" else None,
                revises=target if link == "revises" else None,
            )
        )
    return Dataset(measures=[m], figures=figures)


@given(st.one_of(linked_across_dates(), st.from_type(Dataset)))
@settings(max_examples=150, deadline=None)
def test_statements_count_the_sourced_whatever_their_links(data: Dataset) -> None:
    """independent_sources is the number of Finding.statements whose figure shown has a
    source, also when a finding's figures repeat, misquote or are revised by figures of
    other findings."""
    for finding in reconcile(data).findings:
        by_id = {f.id: f for f in finding.figures}
        sourced = [ids for ids in finding.statements if by_id[ids[0]].source is not None]
        assert len(sourced) == finding.independent_sources


def test_a_finding_whose_only_figure_misquotes_another_date_holds_one_statement() -> None:
    """b cites a's 100 of another day as 50: a misquote, and b is the finding's one
    statement (was 'independent statements 0')."""
    m = Measure(id="m", label="m", kind="level")
    data = Dataset(
        measures=[m],
        figures=[
            Figure(id="a", measure="m", value=100, as_of="2024-01-03", source=Source(name="X")),
            Figure(
                id="b",
                measure="m",
                value=50,
                as_of="2024-01-05",
                source=Source(name="Y"),
                cites="a",
            ),
        ],
    )
    report = reconcile(data)
    (conflict,) = report.conflicts
    assert conflict.cause == "misquote"
    later = report.findings_for("m")[1]
    assert [f.id for f in later.figures] == ["b"]
    assert (later.statements, later.independent_sources) == ((("b",),), 1)
    headers, cells = findings_cells_of(report)
    assert cells[1][headers.index("independent statements")] == "1"


def findings_cells_of(report: Report) -> tuple[list[str], list[list[str]]]:
    from pwstats.table import findings_cells

    return findings_cells(report)


def test_the_finding_a_conflict_is_at_carries_it() -> None:
    """The seeds' tension between the confirmed parts, the 30% share and "over 65,000" is
    at the derived total of the confirmed held (2023-12), a finding of its own: that
    finding says tension and lists it (it said "derived", so filtering the table by
    status left out the measure the conflict names)."""
    from pwstats import seeds

    report = reconcile(seeds())
    for conflict in report.conflicts:
        at = [f for f in report.findings_for(conflict.measure) if f.as_of == conflict.as_of]
        for finding in at:
            assert conflict in finding.conflicts, (conflict, finding)
    (held,) = [f for f in report.findings_for("ua-held-confirmed") if str(f.as_of) == "2023-12"]
    assert held.status == "tension"
    assert [c.cause for c in held.conflicts] == ["relation"]


@given(st.one_of(messy(), running_totals(), st.from_type(Dataset)), st.sampled_from(READINGS))
@settings(max_examples=100, deadline=None)
def test_a_finding_at_a_conflicts_measure_and_date_carries_it(
    data: Dataset, reading: Reading
) -> None:
    """Wherever a finding is at the measure and date a conflict names, it lists that
    conflict, and its status is no milder than the conflict's kind."""
    report = reconcile(data, reading=reading)
    for conflict in report.conflicts:
        for finding in report.findings_for(conflict.measure):
            if finding.as_of == conflict.as_of:
                assert conflict in finding.conflicts, (conflict, finding)
                assert finding.status in (
                    ("contradiction",)
                    if conflict.kind == "contradiction"
                    else ("tension", "contradiction")
                )


def test_a_figure_votes_for_best_within_its_own_reading() -> None:
    """Three figures of one exchange, each alone in its agreeing set (a three-way tie):
    best is the median of their votes, and "more than 230" votes 231, the value it
    gives alone, not the 230 it excludes."""
    sources = [Source(id=s, name=s) for s in "ABC"]
    d = Dataset(
        measures=[Measure(id="released", label="released", kind="event")],
        sources=sources,
        figures=[
            Figure(id=f"f{s.id}", measure="released", value=v, source=s, as_of="2024-01-03")
            for s, v in zip(sources, ["exactly 200", "more than 230", "exactly 300"], strict=True)
        ],
    )
    (finding,) = reconcile(d).findings
    assert finding.estimate.best == 231
    alone = reconcile(attrs.evolve(d, figures=[d.figures[1]])).findings[0]
    assert alone.estimate.best == 231


def _best_of(unit: str, words: list[str]) -> object:
    sources = [Source(id=f"s{i}", name=f"s{i}") for i in range(len(words))]
    d = Dataset(
        measures=[Measure(id="m", label="m", unit=unit, kind="event")],
        sources=sources,
        figures=[
            Figure(id=f"f{i}", measure="m", value=v, source=s, as_of="2024-01-03")
            for i, (v, s) in enumerate(zip(words, sources, strict=True))
        ],
    )
    return reconcile(d).findings[0].estimate.best


@pytest.mark.parametrize(
    ("unit", "words", "best"),
    [
        ("percent", ["less than 30%", "29.9%"], Fraction("29.9")),
        ("kiloperson", ["fewer than 10 thousand", "9.9 thousand"], Fraction("9.9")),
        ("kiloperson", ["fewer than 10 thousand", "about 9.9 thousand"], Fraction("9.9")),
        ("person", ["fewer than 10 thousand", "about 9.9 thousand"], 9900),
        ("person", ["more than 230", "exactly 231", "more than 230"], 231),
    ],
)
def test_moving_the_median_into_its_reading_moves_no_other_vote(
    unit: str, words: list[str], best: object
) -> None:
    """The median is taken over the numbers as stated; only the one chosen is moved into
    its own figure's reading, when that excludes it. Moving every vote first jumped
    "less than 30%" (30 moved to 29.85, half the width of its reading) past "29.9%",
    and best became the low end of the bounds, which no one stated."""
    assert _best_of(unit, words) == best


def test_a_measure_no_figure_states_has_a_finding_where_relations_bound_it() -> None:
    """Children in camps, stated by no figure, are a share of the camp's "some 28,000"
    (pragmatic [25200, 30800]) given as "nearly two-thirds" and "about 60%": a derived
    finding with the bounds the relations give, which pwstats.bound gives too. Where
    relations leave it its whole domain, no finding (nothing to say)."""
    measures = [
        Measure(id="camp", label="people in camps", kind="level"),
        Measure(id="kids", label="children in camps", kind="level"),
        Measure(id="share", label="share of children", kind="level", unit="percent"),
        Measure(id="other", label="another measure", kind="level"),
    ]
    data = Dataset(
        measures=measures,
        figures=[
            Figure(id="c", measure="camp", value="some 28,000", as_of="2024-03-31"),
            Figure(id="s1", measure="share", value="nearly two-thirds", as_of="2024-03-31"),
            Figure(id="s2", measure="share", value="about 60%", as_of="2024-03-31"),
        ],
        relations=[
            Relation.share("kids", "camp", "share", id="kids-of-camp"),
            Relation.le("other", "camp", id="free"),
        ],
    )
    report = reconcile(data)
    (kids,) = report.findings_for("kids")
    assert (kids.status, kids.figures, str(kids.as_of)) == ("derived", (), "2024-03-31")
    assert kids.bounds == bound(data, "kids", at="2024-03-31").interval
    assert str(kids.bounds) == "[15960, 20328]"
    (other,) = report.findings_for("other")  # at most the camp: bounded above
    assert str(other.bounds) == "[0, 30800]"
    alone = Dataset(measures=measures, figures=data.figures, relations=data.relations[:1])
    assert reconcile(alone).findings_for("other") == ()  # its domain: nothing to say
    # A statistic over it says that no figure states it, and names no dates of figures.
    from pwstats.stats import total

    keyed = [attrs.evolve(m, dims={"g": m.id}) if m.id == "kids" else m for m in measures]
    (row,) = total(attrs.evolve(data, measures=keyed), by="g", at="2024-03-31")
    assert row.interval == kids.bounds
    assert "no figure as of 2024-03-31: kids (it has no figure)" in row.low.detail
