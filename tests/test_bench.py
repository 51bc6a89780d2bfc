"""Smoke tests of the benchmark suite: every benchmark runs at a tiny size and says something.

They assert nothing about speed (the machines are shared and noisy); they fail when a
benchmark is broken: it crashes, its contenders disagree on the work, or its phrase list
does not read.
"""

from __future__ import annotations

import sys
from fractions import Fraction
from pathlib import Path
from types import SimpleNamespace

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from bench import (
    _timing,
    adversarial,
    extraction,
    frames,
    intervals,
    loading,
    parsing,
    reconcile,
    scale,
    startup,
    synth,
    tables,
)
from bench.run import render, versions

from pwstats import Interval


def _module_missing(name: str) -> bool:
    try:
        __import__(name)
    except ImportError:
        return True
    return False


def test_interleaved_reports_each_side_and_the_ratio() -> None:
    """interleaved() runs both sides `repeats` times and the ratio compares their times."""
    calls: list[str] = []

    def slow() -> None:
        calls.append("a")
        sum(range(20_000))

    c = _timing.interleaved(slow, lambda: calls.append("b"), repeats=4)
    assert calls.count("a") == calls.count("b") == 5  # 4 timed + 1 warm-up each
    assert c.repeats == 4
    assert c.a > c.b
    assert c.ratio > 1


def test_rotated_runs_every_workload_in_every_round() -> None:
    """rotated() returns one phase dict per round for each workload, whatever the order."""
    out = _timing.rotated([lambda: {"x": 1.0}, lambda: {"x": 2.0}, lambda: {"x": 4.0}], repeats=3)
    assert [len(r) for r in out] == [3, 3, 3]
    assert _timing.phase_ratio(out[0], out[2], ["x"]).ratio == 0.25


def test_interval_contenders_agree_on_every_group() -> None:
    """pwstats' intersections and hulls equal the plain-tuple ones on the benchmark's data."""
    los, his = intervals.make_ends(2_000, seed=3)
    intervals.check_agreement(los, his)


def test_interval_benchmark_rows() -> None:
    """The interval benchmark gives a build/intersect/hull/total row against each rival."""
    rows = intervals.run(n=300, repeats=1)
    assert len(rows) == 8
    targets = [r for r in rows if r.target]
    assert len(targets) == 1
    assert targets[0].against in ("portion", "")
    assert all(r.ratio.endswith("x") or r.verdict == "n/a" for r in rows)


def test_phrase_list_reads_and_is_large_enough() -> None:
    """bench/phrases.tsv has about a hundred distinct phrases, each with a non-empty interval."""
    phrases = parsing.load_phrases()
    assert len(phrases) >= 100
    assert len({p.text for p in phrases}) == len(phrases)
    assert all(not p.literal.is_empty for p in phrases)
    examples = {p.text: p.literal for p in phrases}
    assert examples["almost 2,600"] == Interval.closed_open(0, 2600)
    assert examples["more than 230"] == Interval.more_than(230)
    assert examples["10 out of 1,000"] == Interval.point(Fraction(1, 100))


def test_variants_shift_numbers_but_keep_ranges_ordered() -> None:
    """Throughput variants change whole numbers by one offset, so every range stays ordered."""
    phrases = parsing.load_phrases()
    texts = parsing.variants(phrases, 3 * len(phrases), seed=1)
    assert len(texts) == 3 * len(phrases)
    assert len(set(texts)) > len(phrases)
    for t in texts:
        words = t.split()
        if t.startswith("between ") and "%" not in t and words[1][0].isdigit():
            lo, hi = (int(x.replace(",", "")) for x in words[1:4:2])
            assert lo <= hi


def test_accuracy_counts_only_exact_intervals() -> None:
    """A reader is right on a phrase only when it returns exactly the expected interval."""
    phrases = parsing.load_phrases()[:10]
    answers = {p.text: p.literal for p in phrases[:4]}
    right, missed = parsing.accuracy(phrases, answers.get)
    assert right == 4
    assert len(missed) == 6
    wanted = ("2,828", "almost 2,600", "hundreds")
    hedged = [p for p in parsing.load_phrases() if p.text in wanted]
    right, missed = parsing.accuracy(hedged, parsing._floor_interval)
    assert right == 1  # a bare 2,600 for "almost 2,600" is wrong
    assert len(missed) == 2


def test_rival_outputs_map_to_intervals() -> None:
    """quantulum3's value±uncertainty and percentages, and Recognizers' values, become intervals."""
    q = SimpleNamespace(value=225.0, uncertainty=25.0, unit=SimpleNamespace(name="dimensionless"))
    assert parsing._quantulum_interval(q) == Interval.closed(200, 250)
    pct = SimpleNamespace(value=30.0, uncertainty=None, unit=SimpleNamespace(name="percentage"))
    assert parsing._quantulum_interval(pct) == Interval.point(Fraction(3, 10))
    r = SimpleNamespace(resolution={"value": "30%"})
    assert parsing._recognizers_interval(r) == Interval.point(Fraction(3, 10))
    assert parsing._recognizers_interval(SimpleNamespace(resolution={"value": "2600"})) == (
        Interval.point(2600)
    )


@pytest.mark.skipif(_module_missing("pwstats.parse"), reason="pwstats.parse not written yet")
def test_parsing_benchmark_rows() -> None:
    """The parsing benchmark gives a throughput row and an accuracy row against the floor."""
    rows, misses = parsing.run(n=200, rival_n=5, repeats=1, rivals=False)
    assert [r.against for r in rows] == ["regex + int() floor", "regex + int() floor"]
    assert rows[0].pwstats.endswith("phrases/s")
    assert "pwstats" in misses


def test_synthetic_data_has_the_promised_shape() -> None:
    """Synthetic data: ten figures per measure, one relation per ten measures, all kinds."""
    s = synth.make(1_000)
    d = s.dataset
    assert len(d.figures) == len(s.rows) == 1_000
    assert len(d.measures) == 100
    assert len(d.relations) == 10
    assert {m.kind for m in d.measures} == {"level", "cumulative", "event"}
    assert any(isinstance(f.value, str) for f in d.figures)
    assert any(isinstance(f.value, Interval) for f in d.figures)


def test_baseline_bounds_every_group() -> None:
    """The plain-tuple baseline returns a bound for every (measure, day) group of figures."""
    s = synth.make(1_000)
    bounds = synth.baseline(s)
    assert set(bounds) == {(m, day) for m, _, day, _, _ in s.rows}


@pytest.mark.skipif(_module_missing("pwstats.reconcile"), reason="pwstats.reconcile not written")
def test_reconcile_benchmark_rows() -> None:
    """The reconcile benchmark times two sizes, their growth, and memory per figure (on
    the synthetic data and on a long series)."""
    rows = reconcile.run(sizes=(200, 400), repeats=1, memory_size=200)
    assert [r.group for r in rows] == ["reconcile"] * 5
    assert rows[2].what.startswith("growth")
    assert rows[3].pwstats.endswith("B")
    assert "daily figures" in rows[4].what
    assert rows[4].pwstats.endswith("B")


def test_startup_benchmark_rows() -> None:
    """The start-up benchmark times both imports and says something about --help."""
    rows = startup.run(repeats=1)
    assert [r.against for r in rows[:2]] == ["import attrs", "import attrs"]
    assert rows[2].what.endswith("--help (wall)")


@pytest.mark.skipif(
    _module_missing("pwstats.reconcile") or _module_missing("pwstats.io"),
    reason="pwstats.reconcile or pwstats.io not written",
)
def test_tables_benchmark_rows() -> None:
    """The table benchmark renders a findings table and runs the reconcile command."""
    rows = tables.run(rows=30, figures=200, repeats=1)
    assert len(rows) == 2
    assert rows[0].against == "bare tabulate, same rows"


def test_loading_benchmark_rows() -> None:
    """The loading benchmark loads back the data set it dumped and compares with csv."""
    row, *phases = loading.run(rows=300, repeats=1)
    assert row.group == "loading"
    assert row.data["csv_rows"] > 300  # figure rows plus measures, sources, relations
    assert row.target == ""  # the 3x target is judged at a million rows only
    assert [p.data["phase"] for p in phases] == [
        "reading rows into records",
        "building the data set",
    ]


def test_wire_documents_are_seeded_and_full_of_figures() -> None:
    """A wire document is the same for the same number, and holds figures among non-figures."""
    import pwstats
    from pwstats.scale import mention_records

    assert scale.wire_document(3) == scale.wire_document(3)
    assert scale.wire_document(3) != scale.wire_document(4)
    doc = scale.wire_document(11)
    assert 600 < len(doc["text"]) < 3000
    found = list(mention_records([doc]))
    assert len(found) >= 8
    assert all(r["source_name"] == doc["metadata"]["source_name"] for r in found)
    assert len(pwstats.extract(doc["text"])) == len(found)


def test_render_prints_every_row_and_versions_name_the_rivals() -> None:
    """The printed table has a line per result; versions() names every comparison package."""
    rows = [_timing.not_available("g", f"thing {i}", "why") for i in range(3)]
    assert render(rows).count("thing ") == 3
    assert {"python", "pwstats", "portion", "quantulum3"} <= set(versions())


def test_phrase_list_covers_issue_17() -> None:
    """bench/phrases.tsv has at least 400 distinct phrases and pwstats reads them all right."""
    phrases = parsing.load_phrases()
    assert len(phrases) >= 400
    right, missed = parsing.accuracy(phrases, parsing._pwstats_reader("literal"))
    assert right == len(phrases), missed


def test_labelled_paragraphs_load_and_score() -> None:
    """The labelled paragraphs parse, and extract meets the issue's targets on them:
    precision of at least 95% at full recall and no silently wrong interval."""
    paragraphs = extraction.load_paragraphs()
    assert len(paragraphs) >= 20
    assert all(
        p.text[a:b] == lab.words for p in paragraphs for lab in p.labels for a, b in [lab.span]
    )
    found = extraction.score(
        paragraphs, extraction._pwstats_spans, readings=extraction._pwstats_readings
    )
    assert found.recall == 1, found.problems
    assert found.precision >= 0.95, found.problems
    assert found.silent_wrong == 0, found.problems
    floor = extraction.score(paragraphs, extraction._floor_spans)
    assert floor.precision < found.precision  # the labels are not trivially every number


def test_stats_benchmark_rows_and_its_floor_agree() -> None:
    """The statistics benchmark checks total() against its floor and times two sizes."""
    from bench import stats as stats_bench

    rows = stats_bench.run(sizes=(300, 600), repeats=1)
    assert [r.group for r in rows] == ["stats"] * 6
    assert rows[0].against == "dict-of-sums floor"
    assert rows[-2].what.startswith("growth of total")
    assert rows[-1].what.startswith("flow of")
    events = stats_bench.make(50, groups=5)
    assert len(stats_bench.floor(events.rows)) == 5


def test_frames_benchmark_files_load_every_row(tmp_path: Path) -> None:
    """The GED-shaped file and the file of pwstats' own columns bench/frames.py writes load
    with no row rejected; every row of the benchmark runs."""
    pd = pytest.importorskip("pandas")
    from pwstats import from_frame

    path = tmp_path / "ged.csv"
    frames.write_ged(path, 200)
    seen: list[object] = []
    data = from_frame(pd.read_csv(path), preset="ucdp-ged", on_bad_records=seen.append)
    assert not seen
    assert len(data.figures) == 200
    path = tmp_path / "own.csv"
    frames.write_own(path, 200)
    data = from_frame(pd.read_csv(path), on_bad_records=seen.append)
    assert not seen
    assert (len(data.figures), len(data.measures)) == (200, 3)
    wall, cpu, own_wall, own_cpu = frames.run(n=200, repeats=1)
    assert wall.data["rows"] == cpu.data["rows"] == own_wall.data["rows"] == 200
    assert cpu.what.endswith("(CPU time)")
    assert own_cpu.what.endswith("(CPU time)")
    assert "own columns" in own_wall.what


def test_extreme_magnitude_rows_compare_with_ordinary_ones() -> None:
    """The adversarial benchmark times each extreme shape against its ordinary twin."""
    rows = adversarial.extremes(size=2, repeats=1)
    assert len(rows) == len(adversarial.EXTREMES)
    assert all(r.against == "ordinary magnitudes" and r.ratio.endswith("x") for r in rows)
    assert all(r.verdict in ("ok", "MISSED") for r in rows)


#: Hostile shapes that time an optional extra: (package, extra) each needs.
_SHAPE_NEEDS = {
    "Report.to_frame() of N findings and N conflicts": (("pandas", "pandas"),),
    "to_gt() of N findings and N conflicts": (("great_tables", "gt"), ("pandas", "gt")),
    "to_prov() of N findings and N conflicts": (("prov", "prov"),),
    "from_frame() of N rows, most bad, skipped": (("pandas", "pandas"),),
}


@pytest.mark.parametrize("name", sorted(adversarial.SHAPES))
def test_every_adversarial_shape_runs_at_a_small_size(name: str) -> None:
    """Each hostile shape builds and runs (the benchmark times them at larger sizes); one
    timing an optional extra is skipped, naming it, where the extra is not installed (the
    README's test command installs only the test extra)."""
    import importlib.util

    for package, extra in _SHAPE_NEEDS.get(name, ()):
        if importlib.util.find_spec(package) is None:
            pytest.skip(f"needs {package}: pip install 'pwstats[{extra}]'")
    assert adversarial.SHAPES[name](4)() is not None
