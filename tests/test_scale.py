"""pwstats.scale: compact transport of parts and findings, and plain mention records."""

from __future__ import annotations

import datetime as dt
import importlib
import pickle
import sys
from pathlib import Path
from typing import Any

import pytest
from hypothesis import given
from hypothesis import strategies as st

import pwstats
from pwstats import Dataset, DatasetError, reconcile
from pwstats.components import batches, merge_reports, plan
from pwstats.report import READINGS, Reading
from pwstats.scale import (
    FRAME_COLUMNS,
    MENTION_FIELDS,
    PART_SUFFIX,
    dump_part,
    load_findings,
    load_part,
    mention_records,
    mentions_to_frame,
    reconcile_file,
    reconcile_in_parts,
    reconcile_part,
    write_parts,
)
from pwstats.strategies import datasets

ANY_DATASET = st.one_of(
    datasets(max_figures=12),
    datasets(consistent=False, max_figures=12).map(lambda drawn: drawn[0]),
)


@given(ANY_DATASET)
def test_load_part_inverts_dump_part(dataset: Dataset) -> None:
    """load_part(dump_part(d)) == d, every value rebuilt equal."""
    assert load_part(dump_part(dataset)) == dataset


@given(ANY_DATASET, st.integers(1, 4), st.sampled_from(READINGS))
def test_findings_travel_back_equal(dataset: Dataset, count: int, reading: Reading) -> None:
    """Findings loaded from reconcile_part's bytes, merged, equal reconcile() of the whole."""
    reports = [
        load_findings(reconcile_part(dump_part(b), reading=reading), dataset)
        for b in batches(dataset, count)
    ]
    assert merge_reports(dataset, reports, reading=reading) == reconcile(dataset, reading=reading)


@given(ANY_DATASET)
def test_travelled_conflicts_hash_like_the_originals(dataset: Dataset) -> None:
    """Conflicts rebuilt from bytes (their hash cached by attrs) hash and compare equal."""
    here = [c for f in reconcile(dataset).findings for c in f.conflicts]
    back = [
        c
        for f in load_findings(reconcile_part(dump_part(dataset)), dataset).findings
        for c in f.conflicts
    ]
    assert [hash(c) for c in back] == [hash(c) for c in here]
    assert set(back) == set(here)


@given(ANY_DATASET, st.integers(1, 3), st.dates(dt.date(2021, 6, 1), dt.date(2026, 6, 30)))
def test_known_at_in_parts_equals_the_whole(dataset: Dataset, count: int, day: dt.date) -> None:
    """With known_at, reconcile_in_parts equals reconcile (the data set cut the same way)."""

    def work(parts: Any) -> list[bytes]:
        return [reconcile_part(p, known_at=day) for p in parts]

    got = reconcile_in_parts(dataset, batches_of=count, run=work, known_at=day)
    assert got == reconcile(dataset, known_at=day)


def test_loaded_findings_name_the_whole_data_sets_figures() -> None:
    """A loaded finding holds the very Figure objects of the whole data set, not copies."""
    seeds = pwstats.seeds()
    report = load_findings(reconcile_part(dump_part(seeds)), seeds)
    held = {id(f) for f in seeds.figures}
    assert report.findings
    assert all(id(f) in held for finding in report.findings for f in finding.figures)


def test_findings_bytes_are_smaller_than_a_pickled_report() -> None:
    """Findings travel as a fraction of a pickled report (figures by id, no data set)."""
    seeds = pwstats.seeds()
    compact = reconcile_part(dump_part(seeds))
    report = reconcile(seeds)
    assert len(compact) * 2 < len(pickle.dumps((report.dataset, report.findings)))


def test_reconcile_in_parts_passes_the_reading_and_checks_it() -> None:
    """reconcile_in_parts equals reconcile under the reading given, and refuses an unknown one."""
    seeds = pwstats.seeds()
    work = lambda parts: [reconcile_part(p, reading="lenient") for p in parts]  # noqa: E731
    got = reconcile_in_parts(seeds, batches_of=2, run=work, reading="lenient")
    assert got == reconcile(seeds, reading="lenient")
    with pytest.raises(ValueError, match="reading must be one of"):
        reconcile_in_parts(seeds, batches_of=2, run=work, reading="loose")  # type: ignore[arg-type]


def test_reconcile_in_parts_refuses_a_run_that_loses_a_batch() -> None:
    """A run that returns fewer results than batches is an error, not a report with gaps."""
    seeds = pwstats.seeds()
    lossy = lambda parts: [reconcile_part(p) for p in list(parts)[1:]]  # noqa: E731
    with pytest.raises(ValueError, match=r"run returned 1 results for 2 batches"):
        reconcile_in_parts(seeds, batches_of=2, run=lossy)


@given(ANY_DATASET, st.integers(1, 5), st.sampled_from(READINGS))
def test_reconcile_in_parts_equals_the_whole(
    dataset: Dataset, count: int, reading: Reading
) -> None:
    """Batches sent with their figures' positions come back as reconcile()'s report."""

    def work(parts: Any) -> list[bytes]:
        return [reconcile_part(p, reading=reading) for p in reversed(list(parts))]

    got = reconcile_in_parts(dataset, batches_of=count, run=work, reading=reading)
    assert got == reconcile(dataset, reading=reading)


@given(ANY_DATASET, st.integers(1, 5))
def test_a_batch_knows_where_its_figures_were(dataset: Dataset, count: int) -> None:
    """Each batch's positions name its figures in the whole; together every figure once."""
    batches_ = plan(dataset, count)
    for b in batches_:
        assert [dataset.figures[i] for i in b.positions] == list(b.figures)
    assert sorted(i for b in batches_ for i in b.positions) == list(range(len(dataset.figures)))


def test_bytes_of_another_kind_are_refused() -> None:
    """Findings bytes given as a part, or a part as findings, is a ValueError naming both."""
    seeds = pwstats.seeds()
    part = dump_part(seeds)
    with pytest.raises(ValueError, match=r"load_findings\(\) takes the bytes reconcile_part"):
        load_findings(part, seeds)
    with pytest.raises(ValueError, match=r"load_part\(\) takes the bytes dump_part"):
        load_part(reconcile_part(part))


def _in_order(frame: Any, dataset: Dataset) -> Any:
    """The frame's rows in the data set's order of measures, without per-file conflict numbers."""
    order = {m.id: i for i, m in enumerate(dataset.measures)}
    rows = frame.sort_values("measure", key=lambda s: s.map(order), kind="stable")
    return rows.drop(columns="conflicts").reset_index(drop=True)


@pytest.mark.parametrize("parts", [1, 2, 5])
def test_findings_of_part_files_are_the_whole_reports(tmp_path: Path, parts: int) -> None:
    """The frames of every written part, together, are the whole report's findings frame."""
    pd = pytest.importorskip("pandas", reason="the pandas extra is not installed")
    seeds = pwstats.seeds()
    paths = write_parts(seeds, tmp_path, parts=parts)
    assert [p.name for p in paths] == [f"part-{i:05d}{PART_SUFFIX}" for i in range(len(paths))]
    assert 1 <= len(paths) <= parts
    frames = [reconcile_file(p, reading="lenient") for p in paths]
    assert sum(len(load_part(p.read_bytes()).figures) for p in paths) == len(seeds.figures)
    got = _in_order(pd.concat(frames, ignore_index=True), seeds)
    want = reconcile(seeds, reading="lenient").to_frame().drop(columns="conflicts")
    pd.testing.assert_frame_equal(got, want)


def test_conflicts_of_a_part_file_are_numbered_in_its_report(tmp_path: Path) -> None:
    """A part file's conflicts column numbers the conflicts of that file's own report."""
    pytest.importorskip("pandas", reason="the pandas extra is not installed")
    seeds = pwstats.seeds()
    for path in write_parts(seeds, tmp_path, parts=3):
        report = reconcile(load_part(path.read_bytes()))
        assert reconcile_file(path)["conflicts"].tolist() == report.to_frame()["conflicts"].tolist()


def test_write_parts_refuses_stale_parts_and_bad_counts(tmp_path: Path) -> None:
    """Writing into a directory that holds parts, or a count below one, is a clear error."""
    seeds = pwstats.seeds()
    write_parts(seeds, tmp_path / "new" / "dir", parts=2)
    with pytest.raises(FileExistsError, match=r"already holds parts \(part-00000.pwpart"):
        write_parts(seeds, tmp_path / "new" / "dir", parts=4)
    for bad in (0, True, 1.5):
        with pytest.raises(ValueError, match="parts must be a positive int"):
            write_parts(seeds, tmp_path / "other", parts=bad)  # type: ignore[arg-type]


# -- mention records -------------------------------------------------------------------


def test_records_are_plain_and_follow_extract() -> None:
    """Each record is extract()'s mention as plain values, then the document's metadata."""
    text = "Almost 2,600 returned; 248 Russians and more than 230 Ukrainians."
    doc = {"id": "x", "text": text, "metadata": {"outlet": "AFP"}, "lang": "en"}
    records = list(mention_records([doc], reading="literal"))
    mentions = pwstats.extract(text, reading="literal")
    assert len(records) == len(mentions) == 3
    for r, m in zip(records, mentions, strict=True):
        assert list(r)[: len(MENTION_FIELDS)] == list(MENTION_FIELDS)
        assert text[r["start"] : r["end"]] == r["words"] == m.text
        assert pwstats.Interval.parse(r["interval"]) == m.amount.interval
        assert (r["outlet"], r["lang"], r["reading"]) == ("AFP", "en", "literal")
        assert all(v is None or isinstance(v, str | int) for v in r.values())


def test_records_stream_document_by_document() -> None:
    """A generator of documents is read lazily: the first record comes before later documents."""
    seen: list[int] = []

    def documents():  # type: ignore[no-untyped-def]
        for i in range(1000):
            seen.append(i)
            yield {"id": i, "text": f"{i + 2000} people"}

    first = next(mention_records(documents()))
    assert first["document"] == 0
    assert seen == [0]


@pytest.mark.parametrize(
    ("document", "message"),
    [
        ("text", "a document is a mapping with 'id' and 'text', not str"),
        ({"text": "1"}, "document 0: 'id' must be a str or int, not None"),
        ({"id": True, "text": "1"}, "'id' must be a str or int, not True"),
        ({"id": "d", "text": b"1"}, r"document 0 \(id 'd'\): 'text' must be a str, not bytes"),
        ({"id": "d", "text": b"1"}, r"not bytes: decode it first"),
        ({"id": 1.0, "text": "1"}, "'id' must be a str or int, not 1.0"),
        ({"id": "d", "text": "1", "metadata": [1]}, "'metadata' must be a mapping, not list"),
        ({"id": "d", "text": "1", "start": 3}, "metadata key 'start' is taken"),
    ],
)
def test_bad_documents_are_named(document: object, message: str) -> None:
    """A document of the wrong shape is a DatasetError naming its position, id and fault."""
    with pytest.raises(DatasetError, match=message):
        list(mention_records([document]))  # type: ignore[list-item]


def test_a_numpy_integer_id_is_the_document_id_as_an_int() -> None:
    """A document id of numpy's int64 (a frame's rows give one) names its records as an int;
    numpy's boolean is refused as Python's is."""
    np = pytest.importorskip("numpy")
    (record,) = mention_records([{"id": np.int64(7), "text": "300 freed"}])
    assert record["document"] == 7
    assert type(record["document"]) is int
    with pytest.raises(DatasetError, match="'id' must be a str or int"):
        list(mention_records([{"id": np.bool_(True), "text": "300 freed"}]))


def test_frame_rows_are_figures_a_csv_load_reads(tmp_path: Path) -> None:
    """The frame, written as CSV, loads as figures whose words read as the mentions did."""
    pytest.importorskip("pandas", reason="the dask extra (with pandas) is not installed")
    docs = [
        {
            "id": "afp-1",
            "text": "More than 230 were freed, the agency said; Kyiv said exactly 230.",
            "metadata": {
                "measure": "released",
                "measure_label": "people released",
                "measure_kind": "event",
                "source_name": "AFP",
                "source_published": "2024-01-03",
            },
        }
    ]
    frame = mentions_to_frame(mention_records(docs))
    assert list(frame.columns) == list(FRAME_COLUMNS)
    path = tmp_path / "mentions.csv"
    frame.to_csv(path, index=False)
    data = pwstats.load(path)
    assert [f.id for f in data.figures] == ["afp-1:0-13", "afp-1:53-64"]
    assert [f.value for f in data.figures] == ["More than 230", "exactly 230"]
    assert [f.source.name if f.source else None for f in data.figures] == ["AFP", "AFP"]
    assert reconcile(data).status == "contradiction"


def test_mentions_that_make_no_figure_say_why_and_can_be_left_out(tmp_path: Path) -> None:
    """An unread mention carries its words of doubt; skip_unread leaves it (and an
    estimate with no best value) out of the frame, and the rest loads."""
    pytest.importorskip("pandas", reason="the dask extra (with pandas) is not installed")
    texts = [
        "Officials counted 212 deaths.",
        "300 feared dead.",
        "Deaths were between 350 and 610 (95% uncertainty interval).",
        "An estimated 480 deaths (95% CI 350-610).",
    ]
    docs = [{"id": f"d{i}", "text": text, "as_of": "2024-05"} for i, text in enumerate(texts)]
    records = list(mention_records(docs))
    assert [r["document"] for r in records] == ["d0", "d1", "d2", "d3"]
    assert [r["unread"] is not None for r in records] == [False, True, False, False]
    measures = tmp_path / "measure.toml"
    measures.write_text('[[measures]]\nid = "deaths"\nlabel = "deaths"\nkind = "event"\n')
    everything = tmp_path / "all.csv"
    mentions_to_frame(records, measure="deaths").to_csv(everything, index=False)
    with pytest.raises(pwstats.PwstatsError, match="feared dead") as refused:
        pwstats.load(measures, everything)  # by default each is a row, which load refuses
    assert "missing best" in "".join(str(e) for e in refused.value.exceptions)
    frame = mentions_to_frame(records, measure="deaths", skip_unread=True)
    assert [i.split(":")[0] for i in frame["id"]] == ["d0", "d3"]
    path = tmp_path / "figures.csv"
    frame.to_csv(path, index=False)
    data = pwstats.load(measures, path)
    assert [f.basis for f in data.figures] == ["count", "estimate"]
    assert data.figures[1].best == 480


def test_a_count_stated_with_its_low_and_high_ends_loads_as_those_three_numbers(
    tmp_path: Path,
) -> None:
    """extract reads "45 (low 38, high 60)" as one count; its row carries low, best and
    high (the words hold three numbers, which no value reads), and it loads as a count."""
    pytest.importorskip("pandas", reason="the dask extra (with pandas) is not installed")
    texts = [
        "Officials said 45 (low 38, high 60) people died.",
        "The toll was 120 (low estimate: 100; high estimate: 150).",
        "At least 12 died.",
    ]
    docs = [
        {"id": f"d{i}", "text": t, "as_of": "2024-05", "measure_label": "deaths"}
        for i, t in enumerate(texts)
    ]
    frame = mentions_to_frame(mention_records(docs), measure="deaths")
    path = tmp_path / "figures.csv"
    frame.to_csv(path, index=False)
    data = pwstats.load(path)
    got = [(f.basis, f.value, f.low, f.best, f.high) for f in data.figures]
    assert got == [
        ("count", None, 38, 45, 60),
        ("count", None, 100, 120, 150),
        ("count", "At least 12", None, None, None),
    ]


def test_frame_needs_a_measure() -> None:
    """A mention with no measure (argument or metadata) is a DatasetError naming it."""
    pytest.importorskip("pandas", reason="the dask extra (with pandas) is not installed")
    records = mention_records([{"id": "d", "text": "exactly 12"}])
    with pytest.raises(DatasetError, match="mention at 0-10 of document 'd' names no measure"):
        mentions_to_frame(records)
    assert mentions_to_frame(mention_records([{"id": "d", "text": "exactly 12"}]), measure="m")[
        "measure"
    ].tolist() == ["m"]


def test_missing_pandas_is_one_line_naming_the_extra(monkeypatch: pytest.MonkeyPatch) -> None:
    """Without pandas, mentions_to_frame raises one ImportError saying what to install."""
    monkeypatch.setitem(sys.modules, "pandas", None)
    with pytest.raises(ImportError, match=r"needs pandas: pip install 'pwstats\[dask\]'$"):
        mentions_to_frame([], measure="m")


def test_missing_dask_is_one_line_naming_the_extra(monkeypatch: pytest.MonkeyPatch) -> None:
    """Without Dask, importing pwstats.dask raises one ImportError saying what to install."""
    monkeypatch.setitem(sys.modules, "dask", None)
    monkeypatch.delitem(sys.modules, "pwstats.dask", raising=False)
    with pytest.raises(ImportError, match=r"^pwstats\.dask needs Dask: pip install"):
        importlib.import_module("pwstats.dask")


def test_an_extracted_estimate_loads_as_an_estimate() -> None:
    """A mention '480 (95% CI 350-610)' becomes a figure of basis 'estimate' via the frame."""
    pytest.importorskip("pandas")
    docs = [{"id": "d", "text": "An estimated 480 deaths (95% CI 350-610).", "as_of": "2024"}]
    (record,) = mention_records(docs)
    assert (record["kind"], record["nominal"], record["interval"], record["confidence"]) == (
        "estimate",
        "480",
        "[350, 610]",
        "0.95",
    )
    (figure,) = pwstats.from_frame(mentions_to_frame([record], measure="deaths")).figures
    assert (figure.basis, figure.low, figure.best, figure.high) == ("estimate", 350, 480, 610)


def test_a_mention_record_and_its_figure_row_name_the_counted_noun() -> None:
    """A record carries the noun its figure counts, and the figure row's default note
    says it, so a count of hospitals is never taken unseen for a count of persons."""
    pytest.importorskip("pandas", reason="the pandas extra is not installed")
    docs = [{"id": "d1", "text": "Three hospitals were hit; 300 fled."}]
    records = list(mention_records(docs))
    assert [(r["words"], r["unit"], r["noun"]) for r in records] == [
        ("Three", "person", "hospitals"),
        ("300", "person", ""),
    ]
    notes = mentions_to_frame(records, measure="m")["note"].tolist()
    assert notes == [
        "found in document d1 at characters 0-5, counting hospitals",
        "found in document d1 at characters 26-29",
    ]
