"""The laws docs/invariants.md lists for reconciliation and readings, over pwstats' strategies."""

from __future__ import annotations

import re
from collections import Counter
from pathlib import Path
from typing import Any

import pytest
from hypothesis import given
from hypothesis import strategies as st

from pwstats import Dataset, DateSpan, Figure, Interval, Report, reconcile
from pwstats.report import READINGS, Finding, Reading
from pwstats.strategies import Planted, Truth, datasets, figures, hedged_phrases, intervals

readings = st.sampled_from(READINGS)


def _truth_at(truth: Truth, finding: Finding) -> Any:
    """The truth of the finding's measure at its time (an event has one truth)."""
    if finding.as_of is not None and (finding.measure, finding.as_of) in truth:
        return truth[finding.measure, finding.as_of]
    (value,) = [v for (m, _), v in truth.items() if m == finding.measure]
    return value


def _summary(report: Report) -> dict[tuple[str, DateSpan | None], tuple[Any, ...]]:
    """What a report says per finding, in a form that ignores the order of figures."""
    return {
        (f.measure, f.as_of): (
            f.status,
            f.bounds,
            f.consensus,
            frozenset(x.id for x in f.figures),
            frozenset(frozenset(c.figures) for c in f.conflicts),
        )
        for f in report.findings
    }


# -- reconciliation -------------------------------------------------------------------------


@given(datasets(with_truth=True), readings)
def test_data_built_around_a_truth_has_no_conflict(
    example: tuple[Dataset, Truth], reading: Reading
) -> None:
    """Figures and relations that a common truth satisfies give no conflict under any reading."""
    dataset, _ = example
    report = reconcile(dataset, reading=reading)
    assert report.conflicts == ()
    assert report.status == "consistent"


@given(datasets(with_truth=True), readings)
def test_bounds_contain_the_truth(example: tuple[Dataset, Truth], reading: Reading) -> None:
    """Propagation never narrows a bound past the truth of a consistent data set."""
    dataset, truth = example
    for finding in reconcile(dataset, reading=reading).findings:
        assert _truth_at(truth, finding) in finding.bounds, finding


@given(datasets(max_figures=8), readings, st.randoms(use_true_random=False))
def test_reconcile_ignores_figure_order(dataset: Dataset, reading: Reading, rnd: Any) -> None:
    """Shuffling the figures of a data set does not change any finding."""
    shuffled = list(dataset.figures)
    rnd.shuffle(shuffled)
    again = Dataset(measures=dataset.measures, figures=shuffled, relations=dataset.relations)
    assert _summary(reconcile(again, reading=reading)) == _summary(
        reconcile(dataset, reading=reading)
    )


@given(datasets(consistent=False, max_figures=8), readings)
def test_consensus_lies_within_each_agreeing_figure(
    example: tuple[Dataset, Planted], reading: Reading
) -> None:
    """A finding's consensus is inside the reading of every agreeing figure."""
    dataset, _ = example
    for finding in reconcile(dataset, reading=reading).findings:
        if finding.consensus is None:
            continue
        for f in finding.agreeing:
            assert finding.readings[f.id].contains(finding.consensus)


@given(datasets(with_truth=True, max_figures=8), readings, st.data())
def test_adding_a_figure_never_widens_a_bound(
    example: tuple[Dataset, Truth], reading: Reading, data: st.DataObject
) -> None:
    """A further figure that holds the truth leaves every bound the same or narrower."""
    dataset, truth = example
    measure_id, as_of = data.draw(st.sampled_from(sorted(truth, key=str)))
    extra = data.draw(
        figures(
            measure=dataset.measure(measure_id),
            truth=truth[measure_id, as_of],
            reading=reading,
            as_of=as_of,
            ids=st.just("extra"),
        )
    )
    more = Dataset(
        measures=dataset.measures, figures=[*dataset.figures, extra], relations=dataset.relations
    )
    before = {(f.measure, f.as_of): f.bounds for f in reconcile(dataset, reading=reading).findings}
    for f in reconcile(more, reading=reading).findings:
        if (f.measure, f.as_of) in before:
            assert before[f.measure, f.as_of].contains(f.bounds)


@given(datasets(consistent=False, max_figures=8), readings)
def test_planted_contradiction_is_found_exactly(
    example: tuple[Dataset, Planted], reading: Reading
) -> None:
    """A planted pair that no reading reconciles is reported as one contradiction, and only it."""
    dataset, planted = example
    report = reconcile(dataset, reading=reading)
    assert [(set(c.figures), c.kind) for c in report.conflicts] == [
        (set(planted.figures), "contradiction")
    ]
    (finding,) = report.findings_for(planted.measure)
    assert finding.status == "contradiction"


@given(datasets(consistent=False, max_figures=8), readings)
def test_conflicts_are_minimal(example: tuple[Dataset, Planted], reading: Reading) -> None:
    """Leaving out any one figure of a reported conflict lets the rest hold together."""
    dataset, _ = example
    for conflict in reconcile(dataset, reading=reading).conflicts:
        related = [r for r in dataset.relations if r.id in conflict.relations]
        for left_out in conflict.figures:
            rest = [dataset.figure(i) for i in conflict.figures if i != left_out]
            smaller = Dataset(measures=dataset.measures, figures=rest, relations=related)
            assert reconcile(smaller, reading=reading).conflicts == ()


@given(st.one_of(datasets(), datasets(consistent=False).map(lambda pair: pair[0])), readings)
def test_nothing_is_lost(dataset: Dataset, reading: Reading) -> None:
    """Every input figure appears in exactly one finding."""
    seen = Counter(
        f.id for finding in reconcile(dataset, reading=reading).findings for f in finding.figures
    )
    assert seen == Counter(f.id for f in dataset.figures)


@given(st.one_of(datasets(), datasets(consistent=False).map(lambda pair: pair[0])), readings)
def test_every_conflict_is_in_the_findings_of_its_figures(
    dataset: Dataset, reading: Reading
) -> None:
    """A conflict is listed by the finding of every figure it names, never "consistent"."""
    report = reconcile(dataset, reading=reading)
    holding = {f.id: finding for finding in report.findings for f in finding.figures}
    for conflict in report.conflicts:
        for fid in conflict.figures:
            assert conflict in holding[fid].conflicts
            assert holding[fid].status != "consistent"


# -- readings -----------------------------------------------------------------------------


def _parse() -> Any:
    from pwstats.parse import parse

    return parse


@pytest.mark.parametrize("reading", READINGS)
def test_hedged_phrases_parse_to_their_documented_interval(reading: Reading) -> None:
    """Phrases with an exactly documented meaning parse to that interval."""
    parse = _parse()

    @given(hedged_phrases(reading=reading))
    def check(pair: tuple[str, Interval]) -> None:
        text, expected = pair
        assert parse(text, reading=reading).interval == expected

    check()


@given(hedged_phrases(reading="literal").map(lambda pair: pair[0]))
def test_lenient_contains_literal_and_pragmatic(text: str) -> None:
    """The lenient reading of a phrase contains its literal and its pragmatic reading."""
    parse = _parse()
    lenient = parse(text, reading="lenient").interval
    assert lenient.contains(parse(text, reading="literal").interval)
    assert lenient.contains(parse(text, reading="pragmatic").interval)


@given(
    figures(reading="lenient")
    .filter(lambda f: isinstance(f.value, str))
    .map(lambda f: f.statement),
    readings,
)
def test_lenient_contains_every_reading_of_figure_words(text: str, reading: Reading) -> None:
    """For the words figures are stated in, lenient contains the literal and pragmatic readings."""
    parse = _parse()
    assert parse(text, reading="lenient").interval.contains(parse(text, reading=reading).interval)


@given(intervals(min_value=0), readings)
def test_printed_interval_parses_back(iv: Interval, reading: Reading) -> None:
    """parse(str(iv)) is iv under every reading: interval notation is never hedged."""
    parse = _parse()
    assert parse(str(iv), reading=reading).interval == iv


def test_figures_are_unchanged_by_reconcile() -> None:
    """reconcile keeps each figure object it was given (findings hold the input figures)."""
    f = Figure(id="a", measure="m", value=3, as_of="2024")
    from pwstats import Measure

    d = Dataset(measures=[Measure(id="m", label="m")], figures=[f])
    (finding,) = reconcile(d).findings
    assert finding.figures == (f,)


def test_invariants_page_names_existing_tests() -> None:
    """Every path::test_name on docs/invariants.md is a test function in that file."""
    root = Path(__file__).resolve().parent.parent
    page = (root / "docs" / "invariants.md").read_text(encoding="utf-8")
    links = re.findall(r"`(tests/[\w/]+\.py)::(test_\w+)`", page)
    assert len(links) >= 40
    missing = [
        f"{path}::{name}"
        for path, name in links
        if not (root / path).is_file()
        or not re.search(rf"^\s*def {name}\(", (root / path).read_text(encoding="utf-8"), re.M)
    ]
    assert missing == []
