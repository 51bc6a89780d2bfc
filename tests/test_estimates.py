"""Tests of reconcile's treatment of estimates, citations, revisions and known_at.

Laws (issue "Estimates, citations and revisions"): adding estimates never narrows
bounds; adding a citing figure changes no bound; reconcile with revisions="latest"
equals reconcile of only the latest vintages (plus the revisions listed); a later
known_at never drops a figure an earlier one kept.
"""

from __future__ import annotations

import csv
import datetime as dt
import io
import json
import math
import re
from decimal import Decimal
from fractions import Fraction
from pathlib import Path

import attrs
import pytest
from hypothesis import assume, given, settings
from hypothesis import strategies as st

from pwstats import load, meta
from pwstats.errors import DatasetError, DatasetErrors
from pwstats.interval import Interval
from pwstats.model import Dataset, Figure, Measure, Source
from pwstats.reconcile import bound, reconcile
from pwstats.report import READINGS, Finding, Reading, rests_on_estimates
from pwstats.strategies import datasets
from pwstats.table import tabulate

DEATHS = Measure(id="deaths", label="excess deaths", kind="event")


def _study(fid: str, low: int, best: int, high: int, who: str = "a study") -> Figure:
    return Figure(
        id=fid,
        measure="deaths",
        basis="estimate",
        low=low,
        best=best,
        high=high,
        as_of="2017",
        source=Source(name=who),
    )


@st.composite
def counts_and_estimates(draw: st.DrawFn) -> tuple[Dataset, list[Figure]]:
    """Counts of one event, and estimates to add to them."""
    counts = []
    for i in range(draw(st.integers(0, 4))):
        lo = draw(st.integers(0, 50))
        counts.append(
            Figure(
                id=f"c{i}",
                measure="deaths",
                value=Interval.closed(lo, lo + draw(st.integers(0, 20))),
                as_of="2017",
                source=Source(name=f"s{i}"),
            )
        )
    studies = []
    for i in range(draw(st.integers(1, 4))):
        best = draw(st.integers(0, 100))
        low = best - draw(st.integers(0, 30))
        high = best + draw(st.integers(0, 30))
        studies.append(_study(f"e{i}", max(low, 0), best, high, who=f"study {i}"))
    return Dataset(measures=[DEATHS], figures=counts), studies


@given(counts_and_estimates())
@settings(max_examples=80, deadline=None)
def test_adding_estimates_never_narrows_the_bounds(case: tuple[Dataset, list[Figure]]) -> None:
    """Estimates say 'probably': the hard bounds with them are the bounds without them."""
    data, studies = case
    with_studies = Dataset(measures=data.measures, figures=[*data.figures, *studies])
    before = bound(data, "deaths", at="2017").interval
    after = bound(with_studies, "deaths", at="2017").interval
    assert after == before
    finding = reconcile(with_studies).findings[0]
    if finding.plausible is None:  # exactly known values that differ cannot be pooled
        assert any(c.cause == "significant-difference" for c in finding.conflicts)
    else:
        assert set(finding.plausible.figures) == {f.id for f in studies}
    assert all(c.kind == "tension" for c in finding.conflicts if c.cause != "disjoint")


@given(counts_and_estimates(), st.sampled_from(["about 40", "more than 10", "30", "nearly 3,000"]))
@settings(max_examples=60, deadline=None)
def test_a_citing_figure_changes_no_bound(case: tuple[Dataset, list[Figure]], words: str) -> None:
    """A repeat of another figure narrows nothing, whatever its words."""
    data, _ = case
    if not data.figures:
        return
    original = data.figures[0]
    repeat = Figure(
        id="repeat",
        measure="deaths",
        value=words,
        as_of="2017",
        cites=original.id,
        source=Source(name="a newspaper"),
    )
    with_repeat = Dataset(measures=data.measures, figures=[*data.figures, repeat])
    assert (
        bound(with_repeat, "deaths", at="2017").interval
        == bound(data, "deaths", at="2017").interval
    )
    finding = reconcile(with_repeat).findings[0]
    assert finding.independent_sources == reconcile(data).findings[0].independent_sources


def test_a_paraphrase_that_excludes_the_original_is_a_misquote() -> None:
    """'nearly 3,000' citing a study's 4,645 cannot be a fair repeat: a misquote (a tension)."""
    study = _study("lancet", 793, 4645, 8498)
    press = Figure(
        id="press",
        measure="deaths",
        value="nearly 3,000",
        as_of="2017",
        cites="lancet",
        source=Source(name="a newspaper"),
    )
    report = reconcile(Dataset(measures=[DEATHS], figures=[study, press]))
    (conflict,) = report.conflicts
    assert (conflict.cause, conflict.kind, conflict.figures) == (
        "misquote",
        "tension",
        ("lancet", "press"),
    )


def test_two_studies_that_differ_significantly_are_a_tension_not_a_contradiction() -> None:
    """Harvard's 4,645 (793–8,498) and GWU's 2,975 (2,658–3,290) vs a far one: tensions only."""
    data = Dataset(
        measures=[DEATHS],
        figures=[
            _study("harvard", 793, 4645, 8498, "Harvard"),
            _study("gwu", 2658, 2975, 3290, "GWU"),
            _study("low", 10, 20, 30, "a third study"),
        ],
    )
    finding = reconcile(data).findings[0]
    causes = {c.cause for c in finding.conflicts}
    assert causes == {"significant-difference"}
    assert finding.status == "tension"
    assert finding.plausible is not None
    assert finding.plausible.model == "random"
    assert str(finding.bounds) == "[0, +inf)"  # no count: estimates bound nothing


def _inside(finding: Finding) -> bool:
    """Whether the finding's plausible best value and interval (floats) lie in its bounds'
    closure, each end taken as its nearest float (as frames show them: [1/3, 1/3] holds
    no float)."""
    p, b = finding.plausible, finding.bounds
    assert p is not None
    return float(b.lo) <= p.low <= p.best <= p.high <= float(b.hi)


@given(counts_and_estimates())
@settings(max_examples=80, deadline=None)
def test_the_plausible_interval_lies_within_the_bounds(case: tuple[Dataset, list[Figure]]) -> None:
    """Whenever the bounds hold a value, the pooled best value and interval lie in them: cut
    at an end the pooling passed, with ``cut`` saying so; else they are the pooling's own."""
    data, studies = case
    finding = reconcile(Dataset(measures=[DEATHS], figures=[*data.figures, *studies])).findings[0]
    p = finding.plausible
    if p is None or finding.bounds.is_empty:
        return
    assert _inside(finding)
    if len(studies) == 1:
        (only,) = studies
        pooled: tuple[float, float, float] = (float(only.low), float(only.best), float(only.high))  # type: ignore[arg-type]
    else:
        made = meta.pool([meta.Study.of(f) for f in studies])
        pooled = (made.low, made.best, made.high)
    bounds = finding.bounds
    assert bool(p.cut) is not (float(bounds.lo) <= pooled[0] <= pooled[2] <= float(bounds.hi))
    if not p.cut:
        assert (p.low, p.best, p.high) == pooled


@given(datasets(), st.sampled_from(READINGS))
@settings(max_examples=60, deadline=None)
def test_no_finding_makes_plausible_what_its_bounds_rule_out(
    dataset: Dataset, reading: Reading
) -> None:
    """Every finding with estimates and bounds that hold a value keeps its plausible
    values inside the bounds, through relations, time rules and periods alike."""
    for finding in reconcile(dataset, reading=reading).findings:
        if finding.plausible is not None and not finding.bounds.is_empty:
            assert _inside(finding)


def test_a_pooled_interval_past_a_count_is_cut_at_it_and_says_so() -> None:
    """Two studies of an event whose count is at most 50: the pooled interval stops at 50,
    and every table shows the cut (the text table marks it, JSON and csv give the sentence)."""
    studies = [_study("a", 20, 40, 60), _study("b", 30, 48, 80, "b")]
    at_most = Figure(
        id="count",
        measure="deaths",
        value=Interval.at_most(50),
        as_of="2017",
        source=Source(name="a registry"),
    )
    report = reconcile(Dataset(measures=[DEATHS], figures=[at_most, *studies]))
    (finding,) = report.findings
    p = finding.plausible
    assert p is not None
    pooled = meta.pool([meta.Study.of(f) for f in studies])
    assert pooled.high > 50
    assert (p.low, p.best, p.high) == (pooled.low, pooled.best, 50.0)
    assert p.cut.startswith("cut at the bounds [0, 50], which the counts and relations set")
    assert ", cut at the bounds)" in tabulate(report, fmt="simple")
    assert json.loads(tabulate(report, fmt="json"))["findings"][0]["plausible"]["cut"] == p.cut
    row = next(csv.DictReader(io.StringIO(tabulate(report, fmt="csv"))))
    assert (float(row["plausible_high"]), row["plausible_cut"]) == (50.0, p.cut)


def test_the_plausible_estimate_is_the_meta_analysis_pooling() -> None:
    """Finding.plausible equals pwstats.meta.pool over the same studies."""
    studies = [
        _study("a", 90, 100, 110),
        _study("b", 112, 125, 140, "b"),
        _study("c", 95, 104, 113, "c"),
    ]
    finding = reconcile(Dataset(measures=[DEATHS], figures=studies)).findings[0]
    pooled = meta.pool([meta.Study.of(f) for f in studies])
    assert finding.plausible is not None
    assert (finding.plausible.best, finding.plausible.low, finding.plausible.high) == (
        pooled.best,
        pooled.low,
        pooled.high,
    )
    assert finding.estimate.best == round(pooled.best)


def test_a_floor_count_does_not_replace_the_studies_best_value() -> None:
    """An official "at least 64" beside two studies: best was 64, the floor, not the pooled value.

    docs/studies.md's Hurricane Maria figures: Kishore et al. 4,645 (793–8,498),
    Santos-Lozada and Howard 1,139 (1,006–1,272), the official floor of 64.
    """
    studies = [_study("harvard", 793, 4645, 8498), _study("jama", 1006, 1139, 1272, "jama")]
    floor = Figure(
        id="official",
        measure="deaths",
        value=Interval.at_least(64),
        as_of="2017",
        source=Source(name="Government of Puerto Rico"),
    )
    alone = reconcile(Dataset(measures=[DEATHS], figures=studies)).findings[0]
    with_floor = reconcile(Dataset(measures=[DEATHS], figures=[floor, *studies])).findings[0]
    assert with_floor.conflicts == ()
    assert str(with_floor.bounds) == "[64, +inf)"
    assert alone.estimate.best is not None
    assert with_floor.estimate.best == alone.estimate.best == round(alone.plausible.best)
    assert with_floor.estimate.rule.startswith("no count states a value: the")
    assert alone.estimate.pooled
    assert with_floor.estimate.pooled
    # A floor above the pooled value moves best to the floor, the nearest value it admits.
    high_floor = attrs.evolve(floor, value=Interval.at_least(5000))
    f = reconcile(Dataset(measures=[DEATHS], figures=[high_floor, *studies])).findings[0]
    assert f.estimate.best == 5000


def test_a_count_outside_an_estimates_interval_is_a_tension() -> None:
    """A registry's 64 against a survey's 793–8,498: outside-estimate, a tension."""
    data = Dataset(
        measures=[DEATHS],
        figures=[
            _study("survey", 793, 4645, 8498),
            Figure(
                id="registry",
                measure="deaths",
                value=64,
                as_of="2017",
                source=Source(name="registry"),
            ),
        ],
    )
    finding = reconcile(data).findings[0]
    assert [(c.cause, c.kind) for c in finding.conflicts] == [("outside-estimate", "tension")]
    assert str(finding.bounds) == "[64, 64]"


AGENCY = Measure(id="cases", label="cases", kind="cumulative")


def _vintage(fid: str, value: int, day: str, published: str, who: str = "agency") -> Figure:
    return Figure(
        id=fid,
        measure="cases",
        value=value,
        as_of=day,
        source=Source(name=who, published=published),
    )


@st.composite
def vintages(draw: st.DrawFn) -> Dataset:
    """Daily counts of one agency, some days released again later with other values."""
    figures = []
    n = 0
    for day in range(1, draw(st.integers(2, 6)) + 1):
        for release in range(draw(st.integers(1, 3))):
            figures.append(
                _vintage(
                    f"v{n}",
                    draw(st.integers(0, 50)),
                    f"2024-01-{day:02}",
                    f"2024-02-{day + 5 * release:02}",
                )
            )
            n += 1
    return Dataset(measures=[AGENCY], figures=figures)


def test_a_chain_of_revisions_and_a_citation_of_its_first_figure_are_one_statement() -> None:
    """OCHA's Derna toll revised 11,300 → 3,958 → 4,333 → 4,352, a wire citing the first.

    Followed one link only, the statements were (o5, o4), (o1, o2), (o3,) and the
    wire alone: one statement shown as four.
    """
    derna = Measure(id="derna", label="deaths in the Derna flood", kind="event")

    def ocha(fid: str, words: str, published: str, revises: str | None) -> Figure:
        source = Source(name="UN OCHA", published=published)
        return Figure(
            id=fid, measure="derna", value=words, as_of="2023-09-11", source=source, revises=revises
        )

    figures = [
        ocha("o1", "11,300", "2023-09-15", None),
        ocha("o2", "3,958", "2023-09-17", "o1"),
        ocha("o3", "3,958", "2023-09-21", "o2"),
        ocha("o4", "4,333", "2023-10-10", "o3"),
        ocha("o5", "4,352", "2023-11-15", "o4"),
        Figure(
            id="wire",
            measure="derna",
            value="more than 11,000",
            as_of="2023-09-11",
            source=Source(name="Reuters", published="2023-09-15"),
            cites="o1",
        ),
    ]
    (finding,) = reconcile(Dataset(measures=[derna], figures=figures)).findings
    assert finding.statements == (("o5", "o1", "o2", "o3", "o4", "wire"),)
    assert finding.independent_sources == 1
    assert str(finding.bounds) == "[4352, 4352]"


def test_a_later_estimate_by_the_same_speaker_does_not_revise_its_count() -> None:
    """Puerto Rico's certified "at least 64" (Dec 2017) stands beside its excess-death estimate.

    The estimate (Aug 2018, same government, same period) was taken for a vintage of
    the count: the count was set aside and the bounds widened from [64, +inf) to
    [0, +inf). The interval given to the estimate here is illustrative.
    """
    government = "Government of Puerto Rico"
    count = Figure(
        id="certified",
        measure="deaths",
        value=Interval.at_least(64),
        as_of="2017",
        source=Source(name=government, published="2017-12-09"),
    )
    estimate = Figure(
        id="excess",
        measure="deaths",
        basis="estimate",
        low=1300,
        best=1427,
        high=1550,
        as_of="2017",
        source=Source(name=government, published="2018-08-09"),
    )
    (finding,) = reconcile(Dataset(measures=[DEATHS], figures=[count, estimate])).findings
    assert finding.revisions == ()
    assert str(finding.bounds) == "[64, +inf)"
    assert finding.estimate.best == 1427
    # Said explicitly, it is a revision.
    linked = attrs.evolve(estimate, revises="certified")
    (finding,) = reconcile(Dataset(measures=[DEATHS], figures=[count, linked])).findings
    assert [(r.old, r.new) for r in finding.revisions] == [("certified", "excess")]


@given(vintages())
@settings(max_examples=60, deadline=None)
def test_latest_revisions_equal_reconciling_only_the_latest_vintages(data: Dataset) -> None:
    """revisions='latest' gives the bounds of the latest vintages alone, and lists the others."""
    report = reconcile(data)
    revised = {r.old for f in report.findings for r in f.revisions}
    latest = Dataset(
        measures=data.measures, figures=[f for f in data.figures if f.id not in revised]
    )
    alone = reconcile(latest)
    assert [(f.as_of, f.bounds, f.status) for f in report.findings] == [
        (f.as_of, f.bounds, f.status) for f in alone.findings
    ]
    # Revised figures are set aside, so they are in no agreeing group either.
    assert [f.clusters for f in report.findings] == [f.clusters for f in alone.findings]
    newest: dict[str, dt.date] = {}
    for f in data.figures:
        assert f.source is not None
        assert f.source.published is not None
        newest[str(f.as_of)] = max(newest.get(str(f.as_of), f.source.published), f.source.published)
    for f in data.figures:
        assert f.source is not None
        assert (f.id in revised) == (f.source.published < newest[str(f.as_of)])


def test_a_revised_daily_count_is_not_a_contradiction() -> None:
    """An agency's corrected figure for one day replaces its first release: no conflict."""
    data = Dataset(
        measures=[AGENCY],
        figures=[
            _vintage("first", 100, "2024-01-01", "2024-01-02"),
            _vintage("corrected", 90, "2024-01-01", "2024-01-09"),
            _vintage("next", 95, "2024-01-02", "2024-01-03"),
        ],
    )
    report = reconcile(data)
    assert report.status == "consistent"
    (finding, _) = report.findings
    assert [(r.old, r.new, r.change) for r in finding.revisions] == [("first", "corrected", -10)]
    compared = reconcile(data, revisions="compare")
    assert compared.status == "contradiction"


def test_a_speakers_corrected_toll_of_one_event_is_a_revision_whatever_its_date() -> None:
    """New York City's toll of the World Trade Center attack, corrected over ten years
    (6,453 missing, 3,899, 2,749, 2,753), each figure dated by its publication: an event's
    figures are all of the one event, so these are vintages, not a contradiction."""
    wtc = Measure(id="wtc", label="deaths at the World Trade Center", kind="event")
    series = [
        ("2001-09-25", "6,453"),
        ("2001-11-20", "3,899"),
        ("2004-01-23", "2,749"),
        ("2011-09-01", "2,753"),
    ]
    data = Dataset(
        measures=[wtc],
        figures=[
            Figure(
                id=f"nyc-{day}",
                measure="wtc",
                value=value,
                source=Source(name="City of New York", published=day),
            )
            for day, value in series
        ],
    )
    (finding,) = reconcile(data).findings
    assert finding.status == "consistent"
    assert str(finding.bounds) == "[2753, 2753]"
    assert {r.old for r in finding.revisions} == {f"nyc-{day}" for day, _ in series[:-1]}
    # The earlier releases are set aside: one agreeing group, and no such column.
    assert [(c.figures, str(c.common)) for c in finding.clusters] == [
        (("nyc-2011-09-01",), "[2753, 2753]")
    ]
    assert "agreeing groups" not in tabulate(reconcile(data), fmt="github")
    assert reconcile(data, revisions="compare").status == "contradiction"
    (then,) = reconcile(data, known_at="2002-01-01").findings
    assert str(then.bounds) == "[3899, 3899]"


def _relayed(fid: str, value: int | str | Interval, published: str, via: str = "") -> Figure:
    """The Gaza Ministry of Health's toll as of 8 May 2024, as a relay published it."""
    return Figure(
        id=fid,
        measure="killed",
        value=value,
        as_of="2024-05-08",
        source=Source(
            name="Gaza Ministry of Health", via=(via,) if via else (), published=published
        ),
    )


KILLED = Measure(id="killed", label="killed", kind="cumulative")


def test_a_relays_rounded_repeat_published_later_is_no_correction() -> None:
    """OCHA relayed the ministry's 34,844 on 8 May; a broadcaster relayed "more than
    34,800" on 9 May. The later words allow 34,844: the same statement rounded, not a
    correction of -44. Both stand, as one statement: the bounds are 34,844. A relay whose
    words exclude 34,844, or the speaker's own later release, still supersedes."""
    exact = _relayed("ocha", 34844, "2024-05-08", via="UN OCHA")
    rounded = _relayed("aj", "more than 34,800", "2024-05-09", via="Al Jazeera")
    for reading in READINGS:
        (finding,) = reconcile(
            Dataset(measures=[KILLED], figures=[exact, rounded]), reading=reading
        ).findings
        assert finding.revisions == ()
        assert str(finding.bounds) == "[34844, 34844]"
        assert finding.independent_sources == 1
        assert finding.statements == (("ocha", "aj"),)  # the statement, then its repeat
    moved = _relayed("ap", "more than 35,000", "2024-05-09", via="AP")
    (finding,) = reconcile(Dataset(measures=[KILLED], figures=[exact, moved])).findings
    assert [(r.old, r.new) for r in finding.revisions] == [("ocha", "ap")]
    own = _relayed("moh", "more than 34,800", "2024-05-09")
    (finding,) = reconcile(Dataset(measures=[KILLED], figures=[exact, own])).findings
    assert [(r.old, r.new) for r in finding.revisions] == [("ocha", "moh")]
    said = attrs.evolve(rounded, revises="ocha")  # said to revise it: a revision
    (finding,) = reconcile(Dataset(measures=[KILLED], figures=[exact, said])).findings
    assert [(r.old, r.new) for r in finding.revisions] == [("ocha", "aj")]
    assert finding.statements == (("aj", "ocha"),)


def test_a_floor_in_words_gives_way_to_the_studies_as_a_floor_interval_does() -> None:
    """A monitor's "at least 340" deaths read literally is [340, +inf), the floor that
    ``Interval.at_least(340)`` writes: beside a survey's 1,150 (720–1,580) the best value
    is the survey's either way. The words' 340 was taken for a value (best 340) while the
    interval gave 1,150. A count that states a value, 340, keeps it."""
    deaths = Measure(id="d", label="deaths", kind="event")
    survey = Figure(
        id="survey", measure="d", basis="estimate", low=720, best=1150, high=1580, as_of="2023"
    )
    for floor in ("at least 340", Interval.at_least(340)):
        count = Figure(id="floor", measure="d", value=floor, as_of="2023")
        data = Dataset(measures=[deaths], figures=[count, survey])
        (finding,) = reconcile(data, reading="literal").findings
        assert str(finding.bounds) == "[340, +inf)"
        assert finding.estimate.best == 1150, floor
        assert finding.estimate.rule.startswith("no count states a value")
    count = Figure(id="floor", measure="d", value=340, as_of="2023")
    data = Dataset(measures=[deaths], figures=[count, survey])
    (finding,) = reconcile(data, reading="literal").findings
    assert finding.estimate.best == 340


def test_a_ceiling_gives_way_to_the_studies_as_a_floor_does() -> None:
    """A census bureau's ceiling of 10,000 excess deaths ([0, 10000], or ``high`` alone)
    states no value, as a floor does not: beside a survey's 12,400 (8,100–16,700) the
    best is the survey's clamped into the bounds, 10,000 — not the ceiling's midpoint,
    5,000, below the survey's whole interval; so does "at most 10,000" read literally.
    A range away from zero keeps its midpoint, and a count of 0 is a value."""
    deaths = Measure(id="d", label="deaths", kind="event")
    survey = Figure(
        id="survey", measure="d", basis="estimate", low=8100, best=12400, high=16700, as_of="2023"
    )
    ceilings = [{"value": Interval(0, 10000)}, {"high": 10000}, {"value": "at most 10,000"}]
    for ceiling in ceilings:
        count = Figure(id="cap", measure="d", as_of="2023", **ceiling)  # type: ignore[arg-type]
        # Read pragmatically, "at most 10,000" is a hedged value, [5000, 10000].
        for reading in ("literal",) if isinstance(ceiling.get("value"), str) else READINGS:
            (finding,) = reconcile(
                Dataset(measures=[deaths], figures=[count, survey]), reading=reading
            ).findings
            assert str(finding.bounds) == "[0, 10000]", (ceiling, reading)
            assert finding.estimate.best == 10000, (ceiling, reading)
            assert finding.estimate.rule.startswith("no count states a value"), ceiling
    between = Figure(id="range", measure="d", value=Interval(9000, 11000), as_of="2023")
    (finding,) = reconcile(Dataset(measures=[deaths], figures=[between, survey])).findings
    assert finding.estimate.best == 10000
    assert not finding.estimate.pooled
    none = Figure(id="none", measure="d", value=0, as_of="2023")
    (finding,) = reconcile(Dataset(measures=[deaths], figures=[none, survey])).findings
    assert finding.estimate.best == 0


def test_a_count_stating_a_value_inside_a_reading_from_zero_keeps_it() -> None:
    """A coder's low 0, best 3, high 6 and "about 1" (read [0, 2]) run from 0 but state a
    value inside: beside a study of 8 (5–12) the best is theirs, not the study's. Only a
    count stating no value inside its reading ("at least 3", ``high`` alone, "more than
    3", which excludes its 3) gives way."""
    deaths = Measure(id="e", label="deaths", kind="event")
    study = Figure(id="s", measure="e", basis="estimate", low=5, best=8, high=12, as_of="2023")
    cases = [
        ({"low": 0, "best": 3, "high": 6}, 3),
        ({"low": 0, "best": 0, "high": 4}, 0),
        ({"value": "about 1"}, 1),
        ({"value": "at least 3"}, 8),
        ({"high": 10}, 8),
        ({"value": "more than 3"}, 8),
    ]
    for stated, best in cases:
        count = Figure(id="c", measure="e", as_of="2023", **stated)  # type: ignore[arg-type]
        data = Dataset(measures=[deaths], figures=[count, study])
        (finding,) = reconcile(data, reading="literal").findings
        assert finding.estimate.best == best, stated
        assert finding.estimate.pooled == (best == 8), stated


def test_the_studies_choose_among_tied_counts_for_the_best_value() -> None:
    """An official "at least 2,905" (pragmatic: [2905, 2908]) and a registry's floor of
    6,400 cannot both hold, and tie; three surveys pool at 11,613. The bounds span both
    sets, [2905, +inf); the best comes from the set the studies' pooled best lies in —
    the registry's floor, which states no value — so it is the pooled 11,613, not the
    official 2,905 below every survey's interval. Where the pooled best lies in both
    sets or in neither, every tied set votes, as before."""
    deaths = Measure(id="d", label="deaths", kind="flow")

    def survey(i: str, low: int, best: int, high: int) -> Figure:
        return Figure(
            id=i, measure="d", basis="estimate", low=low, best=best, high=high, as_of="2023"
        )

    surveys = [survey("a", 8100, 12400, 16700), survey("b", 7200, 9800, 12900)]
    official = Figure(id="moh", measure="d", value="at least 2,905", as_of="2023")
    registry = Figure(id="reg", measure="d", value=Interval.at_least(6400), as_of="2023")
    data = Dataset(measures=[deaths], figures=[official, registry, *surveys])
    (finding,) = reconcile(data).findings
    assert finding.tied
    assert str(finding.bounds) == "[2905, +inf)"
    assert finding.plausible is not None
    pooled = round(finding.plausible.best)
    assert finding.estimate.best == pooled
    assert finding.estimate.rule.startswith("no count states a value")
    # The studies in the official's set: its stated value is the best.
    low = [survey("a", 2000, 2906, 3800), survey("b", 2100, 2907, 3700)]
    (finding,) = reconcile(Dataset(measures=[deaths], figures=[official, registry, *low])).findings
    assert finding.tied
    assert finding.estimate.best == 2905
    assert finding.estimate.rule.startswith(
        "median of the stated values of the figures of the tied"
    )
    # In neither set: every tied set votes (the registry's states nothing): 2,905.
    between = [survey("a", 3000, 4000, 5000), survey("b", 3100, 4100, 5100)]
    (finding,) = reconcile(
        Dataset(measures=[deaths], figures=[official, registry, *between])
    ).findings
    assert finding.estimate.best == 2905
    assert "every tied largest agreeing set" in finding.estimate.rule


def test_whether_a_relay_restates_does_not_turn_on_the_reading() -> None:
    """A speaker's 18 on 20 August, and a wire's "nearly 20" relaying it the next day:
    read pragmatically "nearly 20" is 19, yet a wire rounding 18 up says nothing new.
    The relay's words are read leniently to judge it, so under every reading it is the
    speaker's statement repeated: no revision of +2, and the bound stays 18. Words that
    cannot mean 18 ("more than 20") are a misquote of it, not a correction: the
    speaker's own figure stands. Relayed by an agency, the 18 is itself a relay: the
    wire's later words then supersede it."""
    un = _relayed("un", 18, "2024-08-20")
    wire = _relayed("wire", "nearly 20", "2024-08-21", via="Wire agency")
    for reading in READINGS:
        (finding,) = reconcile(
            Dataset(measures=[KILLED], figures=[un, wire]), reading=reading
        ).findings
        assert finding.revisions == (), reading
        assert str(finding.bounds) == "[18, 18]", reading
    more = _relayed("wire", "more than 20", "2024-08-21", via="Wire agency")
    relayed = _relayed("un", 18, "2024-08-20", via="UN News")
    for reading in READINGS:
        (finding,) = reconcile(
            Dataset(measures=[KILLED], figures=[un, more]), reading=reading
        ).findings
        assert finding.revisions == (), reading
        assert str(finding.bounds) == "[18, 18]", reading
        assert [(c.cause, c.figures) for c in finding.conflicts] == [
            ("misquote", ("un", "wire"))
        ], reading
        (finding,) = reconcile(
            Dataset(measures=[KILLED], figures=[relayed, more]), reading=reading
        ).findings
        assert [(r.old, r.new) for r in finding.revisions] == [("un", "wire")], reading


def test_a_relays_repeat_is_no_second_voice_against_another_speaker() -> None:
    """A relay's repeat of the ministry's toll does not outvote the UN's figure: the two
    speakers' statements tie, one each, and the bound spans them (it was the largest
    agreeing set: the ministry's figure twice against the UN's once)."""
    exact = _relayed("ocha", 34844, "2024-05-08", via="UN OCHA")
    rounded = _relayed("aj", "more than 34,800", "2024-05-09", via="Al Jazeera")
    other = Figure(
        id="un", measure="killed", value=31112, as_of="2024-05-08", source=Source(name="UN")
    )
    (finding,) = reconcile(Dataset(measures=[KILLED], figures=[exact, rounded, other])).findings
    assert finding.tied
    assert str(finding.bounds) == "[31112, 34844]"
    assert finding.independent_sources == 2
    assert sorted(map(sorted, finding.statements)) == [["aj", "ocha"], ["un"]]


_RELAYS = st.sampled_from(["", "AP", "Reuters"])


@st.composite
def _relayed_vintages(draw: st.DrawFn) -> list[Figure]:
    values = st.integers(0, 30) | st.builds(
        lambda a, w: Interval.closed(a, a + w), st.integers(0, 30), st.integers(0, 10)
    )
    return [
        _relayed(f"v{k}", draw(values), f"2024-05-{draw(st.integers(8, 12)):02}", draw(_RELAYS))
        for k in range(draw(st.integers(1, 5)))
    ]


@given(_relayed_vintages(), st.integers(0, 10), st.integers(0, 10), _RELAYS.filter(bool))
@settings(max_examples=150, deadline=None)
def test_a_later_relay_that_allows_the_standing_values_changes_nothing(
    figures: list[Figure], below: int, above: int, via: str
) -> None:
    """Laws of relayed restatements: a relay published after every vintage whose words
    allow every value the finding's bounds allow changes neither the bounds, nor the
    revisions, nor the count of independent statements; one whose words leave out a
    value the bounds allow supersedes every figure standing when all are relays, and
    changes nothing when the speaker said one of them directly: a relay repeats the
    speaker's statement, it is no release of its own."""
    before = reconcile(Dataset(measures=[KILLED], figures=figures))
    (finding,) = before.findings
    assume(finding.status == "consistent" and finding.bounds.is_bounded)
    lo, hi = int(finding.bounds.lo), int(finding.bounds.hi)
    wider = _relayed("late", Interval.closed(max(0, lo - below), hi + above), "2024-05-20", via)
    (after,) = reconcile(Dataset(measures=[KILLED], figures=[*figures, wider])).findings
    assert after.bounds == finding.bounds
    assert after.revisions == finding.revisions
    assert after.independent_sources == finding.independent_sources
    if lo == hi:
        return
    narrower = _relayed("late", Interval.closed(lo, hi - 1), "2024-05-20", via)
    (after,) = reconcile(Dataset(measures=[KILLED], figures=[*figures, narrower])).findings
    if any(f.source is not None and not f.source.via for f in figures):
        assert after.bounds == finding.bounds
        assert after.revisions == finding.revisions
        assert after.independent_sources == finding.independent_sources
        assert after.status == "consistent"  # its words overlap the bounds: no misquote
        return
    assert str(after.bounds) == f"[{lo}, {hi - 1}]"
    assert {r.old for r in after.revisions} == {f.id for f in figures}
    assert {r.new for r in after.revisions} == {"late"}


def test_a_stale_relay_published_later_never_supersedes_the_speakers_own_figure() -> None:
    """The ministry's own 34,844 (8 May), OCHA's "more than 34,800" relaying it (9 May)
    and a radio's stale "34,000" relaying it (10 May), all as of 8 May: the radio's figure
    was taken for the ministry's latest release, revising 34,844 by -844 with bounds
    [33500, 34500] that exclude the ministry's own figure. A relay repeats some
    statement of its speaker, no release of its own: 34,844 stands, the radio's words
    are a misquote of it (a tension), and nothing is revised. The ministry's own later
    release, or a relay said to revise it, still does."""
    own = _relayed("moh", 34844, "2024-05-08")
    ocha = _relayed("ocha", "more than 34,800", "2024-05-09", via="OCHA")
    radio = _relayed("radio", "34,000", "2024-05-10", via="Local Radio")
    data = Dataset(measures=[KILLED], figures=[own, ocha, radio])
    for reading in READINGS:
        report = reconcile(data, reading=reading)
        (finding,) = report.findings
        assert finding.revisions == (), reading
        assert str(finding.bounds) == "[34844, 34844]", reading
        assert finding.status == "tension", reading
        assert [(c.cause, c.figures) for c in finding.conflicts] == [
            ("misquote", ("moh", "radio"))
        ], reading
        assert "relays, via Local Radio" in finding.conflicts[0].explanation
        assert finding.independent_sources == 1
        assert 34844 in bound(data, "killed", at="2024-05-08", reading=reading).interval
    release = _relayed("moh2", 34000, "2024-05-10")
    (finding,) = reconcile(Dataset(measures=[KILLED], figures=[own, ocha, release])).findings
    assert {(r.old, r.new) for r in finding.revisions} == {("moh", "moh2"), ("ocha", "moh2")}
    said = attrs.evolve(radio, revises="moh")
    (finding,) = reconcile(Dataset(measures=[KILLED], figures=[own, said])).findings
    assert [(r.old, r.new) for r in finding.revisions] == [("moh", "radio")]


def test_a_relay_published_before_the_speakers_own_release_is_superseded_by_it() -> None:
    """A relay published before the speaker's own figure repeats a statement made by its
    own date: the speaker's later release supersedes it, as any later vintage does."""
    early = _relayed("wire", "about 34,000", "2024-05-08", via="Wire")
    own = _relayed("moh", 34844, "2024-05-09")
    (finding,) = reconcile(Dataset(measures=[KILLED], figures=[early, own])).findings
    assert [(r.old, r.new) for r in finding.revisions] == [("wire", "moh")]
    assert str(finding.bounds) == "[34844, 34844]"


@given(_relayed_vintages())
@settings(max_examples=150, deadline=None)
def test_a_relay_never_silently_overrides_its_speakers_own_figure(figures: list[Figure]) -> None:
    """Laws of relays beside the speaker's own figures: no relay revises a figure the
    speaker published itself; the speaker's latest own figures are never set aside; and
    every relay published on or after the speaker's latest own figure either agrees with
    it or is in a misquote conflict naming it."""
    own = [f for f in figures if f.source is not None and not f.source.via]
    assume(own)
    report = reconcile(Dataset(measures=[KILLED], figures=figures), reading="lenient")
    (finding,) = report.findings
    relays = {f.id for f in figures if f not in own}
    assert not any(r.new in relays and r.old not in relays for r in finding.revisions)
    day = max(f.source.published for f in own if f.source is not None)
    latest = {f.id for f in own if f.source is not None and f.source.published == day}
    assert not latest & {r.old for r in finding.revisions}
    misquoted = {fid for c in finding.conflicts if c.cause == "misquote" for fid in c.figures}

    def said(f: Figure) -> Interval:  # a number or an interval: the same under every reading
        return f.value if isinstance(f.value, Interval) else Interval.point(f.value)

    for f in figures:
        if f.id in relays and f.source is not None and f.source.published >= day:
            agrees = any(said(f).overlaps(said(o)) for o in own if o.id in latest)
            assert agrees or f.id in misquoted, f.id


@given(vintages(), st.integers(1, 28), st.integers(0, 10))
@settings(max_examples=60, deadline=None)
def test_a_later_known_at_never_drops_a_figure(data: Dataset, day: int, later: int) -> None:
    """What was known at one date is still known at any later date."""
    early = dt.date(2024, 2, day)

    def known(at: dt.date) -> set[str]:
        return {f.id for finding in reconcile(data, known_at=at).findings for f in finding.figures}

    assert known(early) <= known(early + dt.timedelta(later))


def test_tabulate_known_at_shows_what_was_published_by_then() -> None:
    """tabulate(..., known_at=) shows a data set's figures, or a report, as known at a date."""
    from pwstats.table import tabulate

    data = Dataset(
        measures=[AGENCY],
        figures=[
            _vintage("first", 100, "2024-01-01", "2024-01-02"),
            _vintage("corrected", 90, "2024-01-01", "2024-01-09"),
        ],
    )
    early = tabulate(data, fmt="json", known_at="2024-01-05")
    assert '"first"' in early
    assert '"corrected"' not in early
    report = reconcile(data)
    assert "corrected" not in tabulate(report, fmt="json", known_at="2024-01-05")
    assert "corrected" in tabulate(report, fmt="json")


def test_a_repeat_never_hides_the_words_of_the_statement_it_cites() -> None:
    """The table shows a study's own words, not those of a paraphrase that cites it."""
    from pwstats.table import tabulate

    study = _study("survey", 793, 4645, 8498)
    press = Figure(
        id="press",
        measure="deaths",
        value="nearly 5,000",
        as_of="2017",
        cites="survey",
        source=Source(name="a newspaper"),
    )
    finding = reconcile(Dataset(measures=[DEATHS], figures=[study, press])).findings[0]
    assert finding.statements == (("survey", "press"),)
    text = tabulate(reconcile(Dataset(measures=[DEATHS], figures=[study, press])), fmt="plain")
    assert "4,645 (95% CI 793–8,498)" in text


def _conflicts_shown_by_their_figures(data: Dataset) -> None:
    """Every conflict of the report is in the finding of each figure it names."""
    report = reconcile(data)
    holding = {f.id: finding for finding in report.findings for f in finding.figures}
    for conflict in report.conflicts:
        for fid in conflict.figures:
            finding = holding[fid]
            assert conflict in finding.conflicts, (fid, conflict.cause)
            assert finding.status != "consistent"


def test_counts_outside_an_estimate_show_the_tension_in_their_own_findings() -> None:
    """Sudan Research Group's 61,202 (34,704–88,268) deaths in Khartoum state, Apr 2023–Jun
    2024, beside a ministry's 50,000 and 45,000 for the two parts of the period: the
    conflict named the ministry's figures, whose findings still said "consistent"."""
    kht = Measure(id="kht", label="deaths in Khartoum state", kind="flow")
    ministry = Source(name="MoH", published="2024-12-01")
    data = Dataset(
        measures=[kht],
        figures=[
            Figure(
                id="srg",
                measure="kht",
                basis="estimate",
                low=34704,
                best=61202,
                high=88268,
                as_of="2023-04-15/2024-06-30",
                source=Source(name="Sudan Research Group", published="2024-11-13"),
            ),
            Figure(
                id="h1", measure="kht", value=50000, as_of="2023-04-15/2023-12-31", source=ministry
            ),
            Figure(
                id="h2", measure="kht", value=45000, as_of="2024-01-01/2024-06-30", source=ministry
            ),
        ],
    )
    (conflict,) = reconcile(data).conflicts
    assert conflict.cause == "outside-estimate"
    assert [f.status for f in reconcile(data).findings] == ["tension"] * 3
    _conflicts_shown_by_their_figures(data)


def test_a_misquote_of_another_span_shows_in_the_original_figures_finding() -> None:
    held = Measure(id="held", label="held", kind="level")
    data = Dataset(
        measures=[held],
        figures=[
            Figure(id="orig", measure="held", value="3,000", as_of="2023-12"),
            Figure(id="cite", measure="held", value="300", as_of="2024-01", cites="orig"),
        ],
    )
    assert [c.cause for c in reconcile(data).conflicts] == ["misquote"]
    _conflicts_shown_by_their_figures(data)


@st.composite
def periods_with_a_study(draw: st.DrawFn) -> Dataset:
    """Counts of a flow over some days, a study of some period, and a figure citing one."""
    start = dt.date(2024, 1, 1)
    flow = Measure(id="deaths", label="deaths", kind="flow")

    def span() -> str:
        a, b = sorted(draw(st.tuples(st.integers(0, 9), st.integers(0, 9))))
        return f"{start + dt.timedelta(a)}/{start + dt.timedelta(b)}"

    figures = [
        Figure(
            id=f"c{i}",
            measure="deaths",
            value=draw(st.integers(0, 40)),
            as_of=span(),
            source=Source(name=f"s{i}"),
        )
        for i in range(draw(st.integers(1, 4)))
    ]
    best = draw(st.integers(0, 60))
    figures.append(
        Figure(
            id="study",
            measure="deaths",
            basis="estimate",
            as_of=span(),
            low=max(0, best - draw(st.integers(0, 20))),
            best=best,
            high=best + draw(st.integers(0, 20)),
            source=Source(name="study"),
        )
    )
    if draw(st.booleans()):
        figures.append(
            Figure(
                id="cite",
                measure="deaths",
                value=draw(st.integers(0, 40)),
                as_of=span(),
                cites=draw(st.sampled_from([f.id for f in figures])),
                source=Source(name="press"),
            )
        )
    return Dataset(measures=[flow], figures=figures)


@given(periods_with_a_study())
@settings(max_examples=80, deadline=None)
def test_every_conflict_shows_in_the_findings_of_its_figures(data: Dataset) -> None:
    _conflicts_shown_by_their_figures(data)


def test_precise_studies_that_exclude_each_other_are_found_between_wide_ones() -> None:
    """Santos-Burgoa et al. (GWU; Lancet Planetary Health, 2018), excess deaths after
    Hurricane Maria to February 2018: 1,191 (95% CI 836-1,544) under the census
    scenario and 2,975 (2,658-3,290) under the displacement one. Beside two wide
    surveys with the lowest and highest best values, the finding said "consistent":
    each study was tested only against those two."""
    data = Dataset(
        measures=[DEATHS],
        figures=[
            _study("census", 836, 1191, 1544, "GWU"),
            _study("displacement", 2658, 2975, 3290, "GWU"),
            _study("survey-a", 100, 800, 6000, "survey A"),
            _study("survey-b", 793, 4645, 8498, "survey B"),
        ],
    )
    (finding,) = reconcile(data).findings
    assert finding.status == "tension"
    assert [(c.cause, c.kind, c.figures) for c in finding.conflicts] == [
        ("significant-difference", "tension", ("census", "displacement"))
    ]


@settings(max_examples=200, deadline=None)
@given(
    st.lists(
        st.tuples(
            st.integers(0, 100),
            st.sampled_from([1, 3, 10, 100]),
            st.sampled_from([1, 3, 10, 100]),
            st.sampled_from([Fraction(9, 10), Fraction(19, 20), Fraction(99, 100)]),
        ),
        min_size=2,
        max_size=7,
    )
)
def test_every_study_whose_interval_another_excludes_is_in_a_significant_difference(
    studied: list[tuple[int, int, int, Fraction]],
) -> None:
    """Brute force over every pair: intervals at 95% that share no value differ
    significantly at 5%, whatever level each study printed its interval at (its interval
    at 95% restated from its standard errors)."""
    studies = [
        attrs.evolve(_study(f"s{i}", b - lo, b, b + hi, f"team {i}"), confidence=level)
        for i, (b, lo, hi, level) in enumerate(studied)
    ]
    (finding,) = reconcile(Dataset(measures=[DEATHS], figures=studies)).findings
    named = {
        fid for c in finding.conflicts if c.cause == "significant-difference" for fid in c.figures
    }
    ends = {f.id: meta.Study.of(f).interval(0.95) for f in studies}
    for f in studies:
        for g in studies:
            if ends[g.id][0] > ends[f.id][1]:
                assert {f.id, g.id} <= named
                assert meta.compare(meta.Study.of(f), meta.Study.of(g)).significant
    assert len(finding.conflicts) <= 4 * len(studies)  # linear in the studies


# -- the test's level is the analysis's, not the level a paper printed -------------------------

NET = Measure(id="net", label="net change", kind="event", nonnegative=False)


def _at_level(
    fid: str, best: float, se_low: float, se_high: float, level: Fraction, who: str = "a study"
) -> Figure:
    """The estimate ``best`` with standard errors ``se_low`` and ``se_high``, its interval
    printed at ``level`` (each end best ∓ z standard errors, z of that level, as the
    float's exact value)."""
    z = meta.z_value(level)
    low, high = Fraction(best - z * se_low), Fraction(best + z * se_high)
    return Figure(id=fid, measure="net", basis="estimate", low=low, best=Fraction(best),
                  high=high, confidence=level, as_of="2023", source=Source(name=who))  # fmt: skip


def _significant_pairs(finding: Finding) -> list[tuple[str, ...]]:
    return [c.figures for c in finding.conflicts if c.cause == "significant-difference"]


def test_the_verdict_does_not_depend_on_the_level_a_study_printed_its_interval_at() -> None:
    """Trial 19: JHU's 9,800 (95% CI 7,200-12,900) beside MSF's 15,100 printed as a 90% CI
    (11,000-19,200) or, the same standard error (4,100 / 1.645), as a 95% CI. z = -1.80,
    p = 0.073 (scipy's normal, the oracle): not significant at the 5% level either way.
    Tested at the 90% of the printed interval, the first was a tension. The pooled
    interval is at 95% both times, and nearly the same (the 95% file's ends are rounded)."""
    scipy_stats = pytest.importorskip("scipy.stats")
    excess = Measure(id="excess", label="Excess deaths, 2023", kind="flow")
    jhu = Figure(id="jhu", measure="excess", basis="estimate", low=7200, best=9800,
                 high=12900, as_of="2023", source=Source(name="JHU"))  # fmt: skip
    msf = {
        level: Figure(id="msf", measure="excess", basis="estimate", low=low, best=15100,
                      high=high, confidence=level, as_of="2023", source=Source(name="MSF"))
        for level, low, high in (
            (Fraction(9, 10), 11000, 19200), (Fraction(19, 20), Decimal("10215.5"),
            Decimal("19984.5")),
        )
    }  # fmt: skip
    se_msf = 4100 / scipy_stats.norm.ppf(0.95)
    se_jhu = (12900 - 9800) / scipy_stats.norm.ppf(0.975)  # the side facing MSF's best
    z = (9800 - 15100) / math.hypot(se_jhu, se_msf)
    p = 2 * scipy_stats.norm.sf(abs(z))
    assert (round(z, 2), round(p, 3)) == (-1.8, 0.073)
    findings = [
        reconcile(Dataset(measures=[excess], figures=[jhu, f])).findings for f in msf.values()
    ]
    for (finding,) in findings:
        assert finding.status == "consistent"
        assert finding.conflicts == ()
        assert finding.plausible is not None
        assert finding.plausible.confidence == 0.95
    pooled = [(f.plausible.best, f.plausible.low, f.plausible.high) for (f,) in findings]  # type: ignore[union-attr]
    assert pooled[0] == pytest.approx(pooled[1], rel=1e-3)


def test_a_significant_difference_says_the_level_it_was_tested_at() -> None:
    """Two studies printed at 90% that differ at 5%: the sentence names the 5% level,
    and its z and p are scipy's."""
    scipy_stats = pytest.importorskip("scipy.stats")
    a = _at_level("a", 100.0, 10.0, 10.0, Fraction(9, 10))
    b = _at_level("b", 140.0, 10.0, 10.0, Fraction(9, 10))
    (conflict,) = reconcile(Dataset(measures=[NET], figures=[a, b])).conflicts
    z = (100 - 140) / math.hypot(10, 10)
    p = 2 * scipy_stats.norm.sf(abs(z))
    assert conflict.cause == "significant-difference"
    assert f"(z = {z:.2f}, p = {p:.2g}, two-sided, significant at the 5% level)" in (
        conflict.explanation
    )


def test_intervals_printed_at_50_percent_hide_no_pair_that_differs() -> None:
    """The pairs are found through intervals at 95%, not the narrower ones a study printed:
    c and d, printed at 50%, have the highest low end (1,083) and the lowest high end
    (1,017) as printed, so a (1,000 ± 10) and b (1,100 ± 10), whose 95% intervals share no
    value (z = 7.1), would be tested against them and the wide surveys only."""
    half = Fraction(1, 2)
    figures = [
        _at_level("a", 1000, 10, 10, Fraction(19, 20)),
        _at_level("b", 1100, 10, 10, Fraction(19, 20)),
        _at_level("c", 1150, 100, 100, half),
        _at_level("d", 950, 100, 100, half),
        _at_level("survey-low", 0, 1000, 1000, Fraction(19, 20)),
        _at_level("survey-high", 5000, 3000, 1000, Fraction(19, 20)),
    ]
    assert max(figures, key=lambda f: f.low).id == "c"  # type: ignore[arg-type,return-value]
    assert min(figures, key=lambda f: f.high).id == "d"  # type: ignore[arg-type,return-value]
    (finding,) = reconcile(Dataset(measures=[NET], figures=figures)).findings
    assert ("a", "b") in _significant_pairs(finding)


_LEVELS = st.sampled_from([Fraction(1, 2), Fraction(9, 10), Fraction(19, 20), Fraction(99, 100)])
_STUDY = st.tuples(
    st.integers(-1000, 1000),
    st.integers(1, 400),
    st.integers(1, 400),
    _LEVELS,
    _LEVELS,
)


@settings(max_examples=200, deadline=None)
@given(st.lists(_STUDY, min_size=2, max_size=2))
def test_a_verdict_is_invariant_under_restating_an_interval_at_another_level(
    studies: list[tuple[int, int, int, Fraction, Fraction]],
) -> None:
    """Two studies, each with a best value and a standard error a side, printed at one
    level or another with the same standard errors: the same verdict, which is scipy's
    two-sided z-test at 5% (z = (a − b) / √(s_a² + s_b²), each s the side facing the
    other's best), and the same pooled estimate, its interval at 95%."""
    scipy_stats = pytest.importorskip("scipy.stats")
    (b1, lo1, hi1, _, _), (b2, lo2, hi2, _, _) = studies
    facing1, facing2 = (hi1, lo2) if b1 < b2 else (lo1, hi2)
    z = (b1 - b2) / math.hypot(facing1, facing2)
    p = 2 * scipy_stats.norm.sf(abs(z))
    assume(abs(p - 0.05) > 1e-6)  # on the edge: float noise in the restated ends decides
    verdicts = []
    for printed in (0, 1):  # each study's interval at its first level, then at its second
        figures = [
            _at_level(f"s{i}", b, lo, hi, levels[printed], who=f"team {i}")
            for i, (b, lo, hi, *levels) in enumerate(studies)
        ]
        (finding,) = reconcile(Dataset(measures=[NET], figures=figures)).findings
        assert finding.plausible is not None
        assert finding.plausible.confidence == 0.95
        p_ = finding.plausible
        verdicts.append((_significant_pairs(finding), (p_.model, p_.best, p_.low, p_.high)))
    assert verdicts[0][0] == verdicts[1][0] == ([("s0", "s1")] if p < 0.05 else [])
    if verdicts[0][1][0] == verdicts[1][1][0]:  # the model's choice may sit on its own edge
        assert verdicts[0][1][1:] == pytest.approx(verdicts[1][1][1:], rel=1e-9, abs=1e-9)


def test_an_end_no_count_gives_names_the_estimates_that_bound_nothing() -> None:
    """Two studies of Maria's deaths and no count: the bound said "no figure or relation
    bounds deaths from above", as if there were no figure; it names the studies."""
    data = Dataset(
        measures=[DEATHS],
        figures=[
            _study("kishore", 793, 4645, 8498, "Kishore et al."),
            _study("santos", 1006, 1139, 1272, "Santos-Lozada and Howard"),
        ],
    )
    for b in (bound(data, "deaths", at="2017"), reconcile(data).bound("deaths", at="2017")):
        assert str(b.interval) == "[0, +inf)"
        assert b.high.detail == (
            "no count or relation bounds deaths from above; estimates ('4,645 (95% CI"
            " 793–8,498)' (kishore), '1,139 (95% CI 1,006–1,272)' (santos)) bound nothing: an"
            " estimate is only probably in its interval"
        )
        assert b.low.detail.startswith("deaths cannot be negative; estimates (")
    floor = Figure(id="official", measure="deaths", value=Interval.at_least(64), as_of="2017")
    with_floor = attrs.evolve(data, figures=[*data.figures, floor])
    b = bound(with_floor, "deaths", at="2017")
    assert b.low.detail == "at least 64 from '[64, +inf)' (official, 2017)"
    assert b.high.detail.startswith("no count or relation bounds deaths from above; estimates (")


def test_whether_a_best_value_rests_on_estimates_is_data_not_words() -> None:
    """rests_on_estimates reads Estimate.pooled, which reconciliation sets exactly when best
    is the estimates' pooled value: a count stating a value beside studies is no such
    finding, and the words of the rule decide nothing."""
    studies = [_study("harvard", 793, 4645, 8498), _study("jama", 1006, 1139, 1272, "jama")]
    count = Figure(id="official", measure="deaths", value=2975, as_of="2017")
    counted = reconcile(Dataset(measures=[DEATHS], figures=[count, *studies])).findings[0]
    assert counted.plausible is not None
    assert not counted.estimate.pooled
    assert not rests_on_estimates(counted)
    worded = attrs.evolve(
        counted, estimate=attrs.evolve(counted.estimate, rule="no count: the words say so")
    )
    assert not rests_on_estimates(worded)
    pooled = attrs.evolve(counted, estimate=attrs.evolve(counted.estimate, pooled=True))
    assert rests_on_estimates(pooled)


# -- estimates beyond what floating-point pooling can square ------------------------------


@pytest.mark.parametrize(
    ("low", "best", "high", "confidence", "said"),
    [
        (Decimal("1e299"), Decimal("2e300"), Decimal("3e300"), Fraction(95, 100), "best 2e+300"),
        (-(10**150), 0, 10**150, Fraction(1, 2), "se_low"),
        (
            Fraction(1, 10**200),
            Fraction(2, 10**200),
            Fraction(3, 10**200),
            Fraction(95, 100),
            "se_low",
        ),
    ],
)
def test_an_estimate_reconcile_could_not_pool_is_refused_where_it_is_given(
    low: object, best: object, high: object, confidence: Fraction, said: str
) -> None:
    """An estimate past ±1e150 (or with standard errors past 1e±150) stopped ``reconcile``
    with a bare ValueError from the pooling, naming no figure; it is refused as a figure."""
    with pytest.raises(
        DatasetError, match=rf"figure 'huge': .*{re.escape(said)}.*larger or smaller unit"
    ):
        Figure(
            id="huge",
            measure="deaths",
            basis="estimate",
            low=low,
            best=best,
            high=high,
            confidence=confidence,
            as_of="2020",
        )


def test_an_estimate_too_large_to_pool_is_named_by_its_file_line(tmp_path: Path) -> None:
    data = tmp_path / "big.toml"
    data.write_text(
        '[[measures]]\nid = "deaths"\nlabel = "excess deaths"\nkind = "flow"\n\n'
        '[[figures]]\nid = "huge"\nmeasure = "deaths"\nbasis = "estimate"\n'
        'low = 1e299\nbest = 2e300\nhigh = 3e300\nas_of = "2017"\n',
        encoding="utf-8",
    )
    with pytest.raises(DatasetErrors) as caught:
        load(data)
    (error,) = caught.value.exceptions
    assert str(error).startswith(f"{data}:6: ")
    assert "figure 'huge': best 2e+300 is beyond ±1e+150" in str(error)


# -- the pooled estimate against statsmodels, at mixed confidence levels -------------------------


@settings(max_examples=60, deadline=None)
@given(
    studies=st.lists(
        st.tuples(
            st.integers(-500, 500),
            st.integers(1, 200),
            st.sampled_from([Fraction(9, 10), Fraction(19, 20), Fraction(99, 100)]),
        ),
        min_size=2,
        max_size=6,
    )
)
def test_a_pooled_estimate_at_mixed_levels_is_statsmodels_pooling(
    studies: list[tuple[int, int, Fraction]],
) -> None:
    """Symmetric estimates of one quantity at 90%, 95% and 99%: each study's variance is its
    half-width over its own level's z, squared, and Finding.plausible is statsmodels'
    combine_effects (DerSimonian–Laird) of them, its interval at 95% whatever the studies'
    levels, its model random exactly when Q's p-value is below 0.10 or I² at least 50%; a
    total of the one member ranges over that interval rounded outwards."""
    meta_analysis = pytest.importorskip("statsmodels.stats.meta_analysis")
    np = pytest.importorskip("numpy")
    scipy_stats = pytest.importorskip("scipy.stats")
    from pwstats import stats

    measure = Measure(id="net", label="net change", kind="event", nonnegative=False,
                      dims={"g": "x"})  # fmt: skip
    figures = [
        Figure(id=f"s{i}", measure="net", basis="estimate", low=best - half, best=best,
               high=best + half, confidence=level, as_of="2020", source=Source(name=f"s{i}"))
        for i, (best, half, level) in enumerate(studies)
    ]  # fmt: skip
    report = reconcile(Dataset(measures=[measure], figures=figures))
    (finding,) = report.findings
    p = finding.plausible
    assert p is not None
    y = np.array([float(best) for best, _, _ in studies])
    v = np.array(
        [(half / scipy_stats.norm.ppf(0.5 + float(level) / 2)) ** 2 for _, half, level in studies]
    )
    with np.errstate(all="ignore"):
        theirs = meta_analysis.combine_effects(y, v, method_re="dl")
        alpha = 0.05
        (fe_low, fe_high), (re_low, re_high) = theirs.conf_int(alpha=alpha, use_t=False)[:2]
    i2 = max(0.0, theirs.i2) if theirs.q > 0 else 0.0
    heterogeneous = scipy_stats.chi2.sf(theirs.q, theirs.df) < 0.10 or i2 >= 0.5
    assert p.confidence == 0.95
    assert p.q == pytest.approx(theirs.q, rel=1e-7, abs=1e-9)
    assert p.i2 == pytest.approx(i2, rel=1e-7, abs=1e-9)
    if abs(scipy_stats.chi2.sf(theirs.q, theirs.df) - 0.10) < 1e-6 or abs(i2 - 0.5) < 1e-6:
        return  # on the edge of the model's choice: float noise may take either side
    assert p.model == ("random" if heterogeneous else "fixed")
    if heterogeneous:
        expected = (theirs.mean_effect_re, re_low, re_high)
    else:
        expected = (theirs.mean_effect_fe, fe_low, fe_high)
    assert (p.best, p.low, p.high) == pytest.approx(expected, rel=1e-7, abs=1e-7)
    (row,) = stats.total(report, by="g")
    assert row.rule == "sum of independent estimates"
    assert row.estimate.low is not None
    assert row.estimate.high is not None
    assert abs(row.estimate.low - math.floor(expected[1])) <= 1
    assert abs(row.estimate.high - math.ceil(expected[2])) <= 1
