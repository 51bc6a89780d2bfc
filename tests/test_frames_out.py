"""Tests of pwstats.frames_out: data sets and reports as pandas DataFrames."""

from __future__ import annotations

import json
import re
import sys
from fractions import Fraction
from pathlib import Path

import pytest
from hypothesis import given, settings

import pwstats
from pwstats import strategies as pst
from pwstats.interval import Interval
from pwstats.model import Dataset, Figure, Measure, Relation, Source
from pwstats.report import Estimate, Finding, Report
from pwstats.table import tabulate
from test_table import DATASET, sample_report

pd = pytest.importorskip("pandas", reason="the pandas extra is not installed")

DOCS = Path(__file__).parent.parent / "docs" / "notebooks.md"


def _end(text: object) -> Fraction | float:
    """An exact end as text back to a number (``+inf`` and ``-inf`` as floats)."""
    assert isinstance(text, str)
    if text.endswith("inf"):
        return float(text)
    return Fraction(text)


def _check_interval_columns(row: pd.Series, name: str, iv: Interval | None) -> None:
    """The seven columns of one interval say exactly ``iv``: notation, floats, text, flags."""
    if iv is None:
        assert all(pd.isna(row[f"{name}{s}"]) for s in ("", "_lo", "_hi", "_lo_exact"))
        return
    assert Interval.parse(row[name]) == iv
    if iv.is_empty:
        assert pd.isna(row[f"{name}_lo"])
        assert pd.isna(row[f"{name}_hi_exact"])
        assert pd.isna(row[f"{name}_lo_closed"])
        return
    assert _end(row[f"{name}_lo_exact"]) == iv.lo
    assert _end(row[f"{name}_hi_exact"]) == iv.hi
    assert row[f"{name}_lo"] == float(iv.lo)
    assert row[f"{name}_hi"] == float(iv.hi)
    assert bool(row[f"{name}_lo_closed"]) is iv.lo_closed
    assert bool(row[f"{name}_hi_closed"]) is iv.hi_closed


# -- data sets -----------------------------------------------------------------------------


@settings(max_examples=15)
@given(pst.datasets(max_figures=8))
def test_figures_frame_has_one_row_per_figure_and_states_it_exactly(data: Dataset) -> None:
    """Each figure is one row, in order, whose interval, numbers and as-of read back exactly."""
    frame = data.to_frame()
    assert list(frame["id"]) == [f.id for f in data.figures]
    for (_, row), f in zip(frame.iterrows(), data.figures, strict=True):
        assert row["statement"] == f.statement
        _check_interval_columns(row, "interval", f.exact_interval)
        for name in ("low", "best", "high", "nominal"):
            value = getattr(f, name)
            if value is None:
                assert pd.isna(row[name])
                assert pd.isna(row[f"{name}_exact"])
            else:
                assert Fraction(row[f"{name}_exact"]) == value
                assert row[name] == float(value)
        assert row["as_of"] == str(f.as_of)
        assert row["as_of_start"].date() == f.as_of.start
        assert row["as_of_end"].date() == f.as_of.end


def test_fractions_come_as_exact_text_and_the_nearest_float() -> None:
    """A third is "1/3" exactly and 1/3 as the nearest float; a float keeps closedness."""
    m = Measure(id="share", label="share", unit="percent")
    f = Figure(id="f", measure=m, value=Interval.closed_open(Fraction(95, 3), 40), as_of="2025")
    row = Dataset(measures=[m], figures=[f]).to_frame().iloc[0]
    assert row["interval"] == "[95/3, 40)"
    assert row["interval_lo_exact"] == "95/3"
    assert row["interval_lo"] == 95 / 3
    assert bool(row["interval_lo_closed"])
    assert not bool(row["interval_hi_closed"])


def test_open_ended_interval_has_infinite_float_and_open_flag() -> None:
    """ "more than 230" as an interval: lo 230 excluded, hi +inf (float inf, text "+inf")."""
    m = Measure(id="m", label="m")
    f = Figure(id="f", measure=m, value=Interval.more_than(230), as_of="2024")
    row = Dataset(measures=[m], figures=[f]).to_frame().iloc[0]
    assert row["interval_hi"] == float("inf")
    assert row["interval_hi_exact"] == "+inf"
    assert not bool(row["interval_lo_closed"])
    assert not bool(row["interval_hi_closed"])


def test_words_have_no_exact_interval_and_keep_their_source() -> None:
    """A figure in words has missing interval columns; its source's fields fill their columns."""
    row = DATASET.to_frame().iloc[1]
    assert row["statement"] == "exactly 230"
    assert pd.isna(row["interval"])
    assert pd.isna(row["interval_lo"])
    assert row["source_name"] == "Dmytro Lubinets"
    assert row["source_via"] == "Telegram, TVA Nouvelles"
    assert str(row["source_published"].date()) == "2024-01-03"
    assert row["label"] == "Ukrainians released on 3 Jan 2024"


def test_measures_sources_and_relations_tables() -> None:
    """measures count their figures; sources count who cites them; relations show each field."""
    a = Measure(id="a", label="a")
    b = Measure(id="b", label="b")
    total = Measure(id="t", label="total")
    src = Source(name="AFP", published="2024-01-01")
    data = Dataset(
        measures=[a, b, total],
        figures=[
            Figure(id="fa", measure=a, value=3, source=src),
            Figure(id="fb", measure=b, value=4, source=src),
        ],
        relations=[Relation.sum(total, [a, b], complete=False), Relation.le(a, b, offset=1)],
    )
    measures = data.to_frame("measures")
    assert list(measures["figures"]) == [1, 1, 0]
    assert str(measures["figures"].dtype) == "Int64"
    sources = data.to_frame("sources")
    assert list(sources["name"]) == ["AFP"]
    assert list(sources["figures"]) == [2]
    relations = data.to_frame("relations")
    assert list(relations["kind"]) == ["sum", "le"]
    assert relations.loc[0, "parts"] == "a; b"
    assert not relations.loc[0, "complete"]
    assert pd.isna(relations.loc[1, "complete"])
    assert relations.loc[1, "offset"] == "1"


def test_empty_dataset_gives_empty_frames_with_every_column() -> None:
    """An empty data set's tables have no row but the same columns and dtypes as a full one."""
    for table in ("figures", "measures", "sources", "relations"):
        empty = Dataset().to_frame(table)
        assert len(empty) == 0
    full = DATASET.to_frame()
    empty = Dataset().to_frame()
    assert list(empty.columns) == list(full.columns)
    assert list(empty.dtypes) == list(full.dtypes)


def test_unknown_table_names_the_valid_ones() -> None:
    """A table name that does not exist is a ValueError listing the valid names."""
    with pytest.raises(ValueError, match=r"unknown table 'finding'.*figures, measures"):
        DATASET.to_frame("finding")  # type: ignore[arg-type]
    with pytest.raises(ValueError, match="findings, conflicts, sources"):
        sample_report().to_frame("figures")  # type: ignore[arg-type]


def test_missing_pandas_says_which_extra_to_install(monkeypatch: pytest.MonkeyPatch) -> None:
    """Without pandas, to_frame raises one line naming the pandas extra."""
    monkeypatch.setitem(sys.modules, "pandas", None)
    with pytest.raises(ImportError, match=re.escape("pip install 'pwstats[pandas]'")) as info:
        DATASET.to_frame()
    assert "\n" not in str(info.value)


# -- reports -------------------------------------------------------------------------------


def test_findings_frame_has_one_row_per_finding_with_exact_bounds() -> None:
    """Each finding is one row in order: its bounds, consensus and estimate read back exactly."""
    report = pwstats.reconcile(pwstats.seeds())
    frame = report.to_frame()
    assert len(frame) == len(report.findings)
    for (_, row), f in zip(frame.iterrows(), report.findings, strict=True):
        assert row["measure"] == f.measure
        assert row["status"] == f.status
        _check_interval_columns(row, "bounds", f.bounds)
        _check_interval_columns(row, "consensus", f.consensus)
        for name in ("low", "best", "high"):
            value = getattr(f.estimate, name)
            assert (pd.isna(row[name]) and value is None) or _end(row[f"{name}_exact"]) == value
        assert row["figures"] == "; ".join(x.id for x in f.figures)
        assert row["independent_sources"] == f.independent_sources


@settings(max_examples=10)
@given(pst.datasets(max_figures=8))
def test_findings_frame_states_any_report_exactly(data: Dataset) -> None:
    """For any data set, each finding's row reads back to its bounds, consensus and status."""
    report = pwstats.reconcile(data)
    frame = report.to_frame()
    assert len(frame) == len(report.findings)
    for (_, row), f in zip(frame.iterrows(), report.findings, strict=True):
        assert row["status"] == f.status
        _check_interval_columns(row, "bounds", f.bounds)
        _check_interval_columns(row, "consensus", f.consensus)
        assert row["clusters"] == len(f.clusters)


def test_empty_bounds_have_missing_ends() -> None:
    """A finding whose bounds are empty shows "empty" and missing ends, never ±inf."""
    base = sample_report()
    empty = Finding(
        measure="m",
        as_of=None,
        figures=(),
        status="contradiction",
        consensus=None,
        agreeing=(),
        bounds=Interval.empty(),
        estimate=Estimate(low=None, best=None, high=None),
        independent_sources=0,
        conflicts=(),
    )
    report = Report(dataset=base.dataset, reading="pragmatic", findings=(empty,))
    row = report.to_frame().iloc[0]
    assert row["bounds"] == "empty"
    _check_interval_columns(row, "bounds", Interval.empty())
    assert pd.isna(row["as_of"])
    assert pd.isna(row["as_of_start"])


def test_conflicts_frame_numbers_conflicts_as_the_findings_frame_cites_them() -> None:
    """One row per conflict; a finding's "conflicts" cell lists the numbers of its conflicts."""
    report = pwstats.reconcile(pwstats.seeds())
    conflicts = report.to_frame("conflicts")
    assert len(conflicts) == len(report.conflicts)
    assert list(conflicts["number"]) == list(range(1, len(report.conflicts) + 1))
    by_number = dict(zip(conflicts["number"], conflicts["explanation"], strict=True))
    findings = report.to_frame()
    for cell, f in zip(findings["conflicts"], report.findings, strict=True):
        numbers = [int(n) for n in cell.split("; ")] if cell else []
        assert [by_number[n] for n in numbers] == [c.explanation for c in f.conflicts]


def test_sources_frame_numbers_sources_as_the_footnotes_do() -> None:
    """Source n of report.to_frame("sources") is footnote [n] of tabulate(report)."""
    for report in (sample_report(), pwstats.reconcile(pwstats.seeds())):
        sources = report.to_frame("sources")
        notes = json.loads(tabulate(report, fmt="json"))["footnotes"]
        assert list(sources["number"]) == [n["number"] for n in notes]
        assert list(sources["name"]) == [n["name"] for n in notes]
        assert list(sources["quote"].fillna("")) == [n["quote"] or "" for n in notes]


def _listed_uncited_and_later() -> Dataset:
    """A data set listing a source no figure cites, one with no date, and one published
    after the others (2024-03-01), which cites a figure of its own."""
    m = Measure(id="m", label="released", kind="event")
    early = Source(id="early", name="Agency A", published="2024-01-05")
    later = Source(id="later", name="Ministry B", published="2024-03-01")
    idle = Source(id="idle", name="Observer C", published="2024-01-02")
    undated = Source(id="undated", name="Monitor D")
    return Dataset(
        measures=[m],
        figures=[
            Figure(id="a", measure=m, value="about 200", as_of="2024-01-03", source=early),
            Figure(id="b", measure=m, value="230", as_of="2024-01-03", source=later),
        ],
        sources=[early, later, idle, undated],
    )


def test_dataset_sources_frame_lists_what_the_sources_table_lists() -> None:
    """dataset.to_frame("sources") has the rows and numbers of `tabulate(dataset,
    table="sources")`: a listed source cited with a quote once showed as a row of 0
    figures beside its quoted form, numbered in list order rather than by citation."""
    data = pwstats.seeds()
    frame = data.to_frame("sources")
    table = json.loads(tabulate(data, fmt="json", table="sources"))["sources"]
    assert list(frame["name"]) == [s["name"] for s in table]
    assert [None if pd.isna(n) else int(n) for n in frame["number"]] == [s["number"] for s in table]
    cited = frame[frame["number"].notna()]
    assert (cited["figures"] > 0).all()
    assert int(cited["figures"].sum()) == sum(f.source is not None for f in data.figures)


@pytest.mark.parametrize("known_at", [None, "2024-02-01"])
def test_sources_frame_lists_what_the_sources_table_lists(known_at: str | None) -> None:
    """report.to_frame("sources") has the rows of `tabulate(report, table="sources")` (the
    CLI's sources table): listed sources no figure cites too, with no number and 0 figures
    (the frame once left them out); with known_at, a source published later is in neither
    (the table once listed it as "(no figure)"), an undated one in both."""
    report = pwstats.reconcile(_listed_uncited_and_later(), known_at=known_at)
    frame = report.to_frame("sources")
    table = json.loads(tabulate(report, fmt="json", table="sources"))["sources"]
    assert list(frame["name"]) == [s["name"] for s in table]
    assert [None if pd.isna(n) else int(n) for n in frame["number"]] == [s["number"] for s in table]
    names = list(frame["name"])
    assert ("Ministry B" in names) == (known_at is None)
    assert {"Observer C", "Monitor D"} <= set(names)
    uncited = frame[frame["number"].isna()]
    assert set(uncited["name"]) == {"Observer C", "Monitor D"}
    assert list(uncited["figures"]) == [0, 0]


def test_known_at_leaves_out_later_sources_in_every_format(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    """`pwstats reconcile --known-at DATE --table sources` lists no source first published
    after DATE, in the text table and in CSV."""
    from pwstats.cli import main

    path = tmp_path / "d.toml"
    pwstats.dump(_listed_uncited_and_later(), path)
    for fmt in ("github", "csv"):
        assert (
            main(
                [
                    "reconcile",
                    str(path),
                    "--known-at",
                    "2024-02-01",
                    "--table",
                    "sources",
                    "--format",
                    fmt,
                ]
            )
            == 0
        )
        out = capsys.readouterr().out
        assert "Ministry B" not in out
        assert "Observer C" in out
        assert "Agency A" in out


def _undocumented(columns: list[str]) -> list[str]:
    """The columns docs/notebooks.md does not name: by name, or as an interval, number or span
    column whose derived columns the page explains once (``x_lo``, ``x_exact``, ``x_start``)."""
    text = DOCS.read_text(encoding="utf-8")
    missing = []
    for column in columns:
        base = re.sub(r"_(lo|hi)(_exact|_closed)?$|_(start|end|exact)$", "", column)
        if f"`{column}`" not in text and f"`{base}`" not in text:
            missing.append(column)
    return missing


@pytest.mark.parametrize("table", ["findings", "conflicts", "sources"])
def test_every_report_column_is_documented(table: str) -> None:
    """Every column of every report table is named in docs/notebooks.md."""
    frame = sample_report().to_frame(table)  # type: ignore[arg-type]
    assert _undocumented(list(frame.columns)) == []


@pytest.mark.parametrize("table", ["figures", "measures", "sources", "relations"])
def test_every_dataset_column_is_documented(table: str) -> None:
    """Every column of every data-set table is named in docs/notebooks.md."""
    frame = pwstats.seeds().to_frame(table)  # type: ignore[arg-type]
    assert _undocumented(list(frame.columns)) == []


def test_report_frame_of_a_derived_total_beyond_the_largest_float() -> None:
    """A derived sum past 1.8e308 made Report.to_frame() raise OverflowError; its nearest-float
    columns are now +inf and the exact text is kept."""
    big = 17 * 10**307
    data = Dataset(
        measures=[Measure(id=m, label=m, kind="event") for m in ("total", "a", "b")],
        figures=[Figure(id=f"f{m}", measure=m, value=big, as_of="2024") for m in ("a", "b")],
        relations=[Relation.sum("total", ["a", "b"])],
    )
    frame = pwstats.reconcile(data).to_frame()
    row = frame[frame["measure"] == "total"].iloc[0]
    assert (row["bounds_lo"], row["bounds_hi"], row["best"]) == (float("inf"),) * 3
    assert row["bounds_lo_exact"] == row["best_exact"] == str(2 * big)
    assert Interval.parse(row["bounds"]) == Interval.point(2 * big)


def test_findings_frame_keeps_what_the_estimates_say_together() -> None:
    """The findings table and JSON show the pooled estimate of a finding's studies
    ("plausible"); the findings frame had no column for it. Lancet 2006 (601,027, 95% CI
    426,369-793,663) and IFHS 2008 (151,000, 104,000-223,000), violent deaths in Iraq."""
    pytest.importorskip("pandas")
    deaths = Measure(id="violent", label="violent deaths", kind="flow")
    period = "2003-03-01/2006-06-30"
    figures = [
        Figure(
            id=i,
            measure="violent",
            basis="estimate",
            low=lo,
            best=b,
            high=hi,
            as_of=period,
            source=pwstats.Source(name=i),
        )
        for i, lo, b, hi in (
            ("lancet", 426_369, 601_027, 793_663),
            ("ifhs", 104_000, 151_000, 223_000),
        )
    ]
    report = pwstats.reconcile(Dataset(measures=[deaths], figures=figures))
    (finding,) = report.findings
    row = report.to_frame().iloc[0]
    p = finding.plausible
    assert p is not None
    assert row["plausible_model"] == p.model == "random"
    assert (row["plausible_best"], row["plausible_low"], row["plausible_high"]) == (
        p.best,
        p.low,
        p.high,
    )
    assert (row["plausible_confidence"], row["plausible_i2"]) == (0.95, p.i2)
    counted = pwstats.reconcile(pwstats.seeds()).to_frame()
    assert counted["plausible_model"].isna().all()  # no estimates: missing, not zero
