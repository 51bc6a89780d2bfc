"""components() splits a data set into independent parts; merge_reports() puts reports back."""

from __future__ import annotations

from typing import Any

import pytest
from hypothesis import given, note
from hypothesis import strategies as st

import pwstats
from pwstats import Dataset, Figure, Measure, Relation, Source, reconcile
from pwstats.components import batches, components, merge_reports
from pwstats.model import time_of
from pwstats.report import READINGS, Reading
from pwstats.strategies import datasets


def _connected(dataset: Dataset) -> list[set[str]]:
    """The oracle: connected components of the measure graph by breadth-first search."""
    neighbours: dict[str, set[str]] = {m.id: set() for m in dataset.measures}
    for r in dataset.relations:
        for a in r.measures:
            neighbours[a].update(r.measures)
    seen: set[str] = set()
    out = []
    for m in dataset.measures:
        if m.id in seen:
            continue
        group, todo = {m.id}, [m.id]
        while todo:
            for n in neighbours[todo.pop()] - group:
                group.add(n)
                todo.append(n)
        seen |= group
        out.append(group)
    return out


@st.composite
def _chained(draw: st.DrawFn, base: st.SearchStrategy[Any]) -> Dataset:
    """A drawn data set with extra ``le`` relations between measures of one unit and one
    kind of time (a relation across them is refused).

    The extra relations join the strategy's independent parts in arbitrary ways
    (and may make the figures conflict, which reconcile reports like any other).
    """
    dataset: Dataset = draw(base)
    by_unit: dict[tuple[str, str], list[Measure]] = {}
    for m in dataset.measures:
        by_unit.setdefault((m.unit, time_of(m.kind)), []).append(m)
    pairs = [(a.id, b.id) for ms in by_unit.values() for a in ms for b in ms if a.id < b.id]
    if not pairs:
        return dataset
    chosen = draw(st.lists(st.sampled_from(pairs), max_size=3, unique=True))
    extra = [Relation.le(a, b, id=f"extra-{i}") for i, (a, b) in enumerate(chosen)]
    return Dataset(
        measures=dataset.measures,
        figures=dataset.figures,
        relations=[*dataset.relations, *extra],
        sources=dataset.sources,
    )


_PLANTED = datasets(consistent=False, max_figures=12).map(lambda drawn: drawn[0])
ANY_DATASET = st.one_of(
    datasets(max_figures=12),
    _PLANTED,
    _chained(datasets(max_figures=12)),
    _chained(_PLANTED),
)


@given(ANY_DATASET)
def test_parts_are_the_connected_components(dataset: Dataset) -> None:
    """The parts' measures are exactly the connected components of the relation graph."""
    parts = components(dataset)
    assert [{m.id for m in p.measures} for p in parts] == _connected(dataset)


@given(ANY_DATASET)
def test_everything_is_in_exactly_one_part_in_order(dataset: Dataset) -> None:
    """Every measure, figure and relation is in one part, and parts keep the data set's order."""
    parts = components(dataset)
    for field in ("measures", "figures", "relations"):
        whole = getattr(dataset, field)
        held = [x for p in parts for x in getattr(p, field)]
        assert sorted(map(id, held)) == sorted(map(id, whole))
        for p in parts:
            mine = getattr(p, field)
            assert [x for x in whole if any(x is y for y in mine)] == list(mine)
    firsts = [dataset.measures.index(p.measures[0]) for p in parts]
    assert firsts == sorted(firsts)
    for p in parts:
        ids = {m.id for m in p.measures}
        assert all(f.measure in ids for f in p.figures)
        assert all(set(r.measures) <= ids for r in p.relations)


@given(ANY_DATASET, st.sampled_from(READINGS), st.randoms(use_true_random=False))
def test_merged_reports_of_parts_equal_the_whole(
    dataset: Dataset, reading: Reading, rnd: Any
) -> None:
    """Reconciling each part and merging, in any order, gives reconcile() of the whole."""
    parts = list(components(dataset))
    note(f"{len(parts)} parts")
    reports = [reconcile(p, reading=reading) for p in parts]
    rnd.shuffle(reports)
    assert merge_reports(dataset, reports, reading=reading) == reconcile(dataset, reading=reading)


@given(ANY_DATASET, st.integers(1, 5))
def test_batches_are_runs_of_whole_parts(dataset: Dataset, count: int) -> None:
    """Batches are at most ``count`` runs of consecutive whole parts, together all of them."""
    parts = components(dataset)
    got = batches(dataset, count)
    assert (1 if parts else 0) <= len(got) <= count
    remaining = list(parts)
    for b in got:
        run: set[str] = set()
        while remaining and len(run) < len(b.measures):
            run |= {m.id for m in remaining.pop(0).measures}
        assert run == {m.id for m in b.measures}
        assert len(b.figures) == sum(len(b.figures_of(m)) for m in b.measures)
    assert not remaining


@given(ANY_DATASET, st.integers(1, 4), st.sampled_from(READINGS))
def test_merged_reports_of_batches_equal_the_whole(
    dataset: Dataset, count: int, reading: Reading
) -> None:
    """Reconciling batches of parts and merging gives reconcile() of the whole."""
    reports = [reconcile(b, reading=reading) for b in batches(dataset, count)]
    assert merge_reports(dataset, reports, reading=reading) == reconcile(dataset, reading=reading)


def test_batches_hold_about_equal_figures() -> None:
    """Many equal parts are cut into batches whose figure counts differ by at most one part."""
    d = Dataset(
        measures=[Measure(id=f"m{i}", label="m") for i in range(100)],
        figures=[
            Figure(id=f"f{i}-{k}", measure=f"m{i}", value=k + 1, as_of="2024")
            for i in range(100)
            for k in range(3)
        ],
    )
    sizes = [len(b.figures) for b in batches(d, 7)]
    assert sum(sizes) == 300
    assert max(sizes) - min(sizes) <= 3


@pytest.mark.parametrize("count", [0, -1, 1.5, True, "2"])
def test_batches_refuses_a_count_that_is_not_a_positive_int(count: object) -> None:
    """A count that is not a positive int is a ValueError naming it."""
    with pytest.raises(ValueError, match="count must be a positive int"):
        batches(Dataset(), count)  # type: ignore[arg-type]


@pytest.mark.parametrize("reading", READINGS)
def test_seed_data_merged_equals_whole(reading: Reading) -> None:
    """On the seed data the merged report equals the whole's, conflicts and all."""
    seeds = pwstats.seeds()
    parts = components(seeds)
    assert len(parts) > 1
    merged = merge_reports(seeds, [reconcile(p, reading=reading) for p in parts])
    whole = reconcile(seeds, reading=reading)
    assert merged == whole
    assert merged.conflicts == whole.conflicts


def test_listed_sources_go_with_the_figures_that_cite_them() -> None:
    """A listed source is in each part whose figures cite it, and in no other."""
    a, b, spare = (Source(name=n, id=n) for n in ("a", "b", "spare"))
    d = Dataset(
        measures=[Measure(id="x", label="x"), Measure(id="y", label="y")],
        figures=[
            Figure(id="fx", measure="x", value=1, as_of="2024", source=a),
            Figure(id="fy", measure="y", value=1, as_of="2024", source=Source(name="b", id="b")),
            Figure(id="fy2", measure="y", value=2, as_of="2024", source=a),
        ],
        sources=[spare, b, a],
    )
    px, py = components(d)
    assert px.sources == (a,)
    assert py.sources == (b, a)


def test_one_part_is_the_data_set_itself() -> None:
    """When relations tie every measure, the only part is the data set, not a copy."""
    d = Dataset(
        measures=[Measure(id="x", label="x"), Measure(id="y", label="y")],
        relations=[Relation.le("x", "y")],
    )
    assert components(d) == (d,)
    assert components(d)[0] is d


def test_empty_data_set_has_no_parts() -> None:
    """An empty data set has no part, and merging no report gives its (empty) report."""
    d = Dataset()
    assert components(d) == ()
    assert merge_reports(d, [], reading="literal") == reconcile(d, reading="literal")


def test_components_rejects_what_is_not_a_dataset() -> None:
    """Passing something else is a TypeError naming what was passed."""
    with pytest.raises(TypeError, match=r"expects a pwstats\.Dataset, not list"):
        components([])  # type: ignore[arg-type]


def _two_measures() -> Dataset:
    return Dataset(
        measures=[Measure(id="a", label="a"), Measure(id="b", label="b")],
        figures=[
            Figure(id="fa", measure="a", value=1, as_of="2024"),
            Figure(id="fb", measure="b", value=2, as_of="2024"),
        ],
    )


def test_merge_refuses_a_part_given_twice() -> None:
    """Two reports about one measure are an error naming the measure."""
    d = _two_measures()
    first = reconcile(components(d)[0])
    with pytest.raises(ValueError, match="measure 'a' come from two reports"):
        merge_reports(d, [first, first, reconcile(components(d)[1])])


def test_merge_refuses_mixed_readings_and_foreign_measures() -> None:
    """Reports under different readings, or about another data set, are refused."""
    d = _two_measures()
    pa, pb = components(d)
    with pytest.raises(ValueError, match="different readings"):
        merge_reports(d, [reconcile(pa, reading="literal"), reconcile(pb)])
    with pytest.raises(ValueError, match="different readings"):
        merge_reports(d, [reconcile(pa), reconcile(pb)], reading="lenient")
    other = Dataset(
        measures=[Measure(id="z", label="z")],
        figures=[Figure(id="fz", measure="z", value=1, as_of="2024")],
    )
    with pytest.raises(ValueError, match="measure 'z', which is not in the data set"):
        merge_reports(d, [reconcile(pa), reconcile(pb), reconcile(other)])
