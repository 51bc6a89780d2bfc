"""The law users rely on: what extract finds loads as what it found.

Over every sentence of the extraction tests (:mod:`extraction_corpus`), under each
reading: a mention's words read alone as the mention (or the context gave them
what the words do not say, which the mention's figure row then says), and the
mention, made a figure row by :func:`pwstats.scale.mentions_to_frame` and loaded by
:func:`pwstats.from_frame`, reads as the mention under its reading — or makes no
figure, with the reason on its record. Never a figure of another number.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

import pwstats
from extraction_corpus import sentences
from pwstats import Interval, extract, parse
from pwstats.errors import DatasetError, ParseError
from pwstats.interval import format_number
from pwstats.reconcile.read import Reader
from pwstats.report import READINGS, Reading
from pwstats.scale import loads_as_figure, mention_records, mentions_to_frame


def _records(reading: Reading) -> list[dict[str, Any]]:
    """Every mention of the corpus as a record, on a measure of its own unit."""
    docs = [{"id": i, "text": text, "as_of": "2024-01"} for i, text in enumerate(sentences())]
    records = list(mention_records(docs, reading=reading))
    for r in records:
        r["measure"] = f"m-{r['unit']}"
        r["measure_unit"] = r["unit"]
        r["measure_label"] = f"mentions in {r['unit']}"
    return records


def _same(a: pwstats.parse.Amount, b: pwstats.parse.Amount) -> bool:
    """True when two amounts state one number: their interval in one unit."""
    return (a.interval, a.unit) == (b.interval, b.unit)


def _context_gave(m: pwstats.parse.Mention, said: pwstats.parse.Amount) -> bool:
    """True when the mention's amount is its words' and what its context added: a share
    said by the words after it ("12" in "from 12 to 15 per cent"), or the band of a
    decade listed after another ("400s" in "the 300s and 400s")."""
    if m.amount.unit == "dimensionless" and said.unit != "dimensionless":
        return _same(parse(f"{m.text}%", reading=m.amount.reading), m.amount)
    return False


def test_the_corpus_is_the_extraction_tests() -> None:
    """The corpus holds the tables of the extraction tests, without a copy of them."""
    corpus = set(sentences())
    assert len(corpus) > 1000
    assert {"Only 3 in 1500 survive.", "Unemployment rose from 12 to 15 per cent."} <= corpus


@pytest.mark.parametrize("reading", READINGS)
def test_each_mention_reads_as_parse_reads_its_words(reading: Reading) -> None:
    """parse and extract agree on a mention's words: "Only 3 in 1500" is the share
    extract found in "Only 3 in 1500 survive.", not 3 persons in the year 1500."""
    differ = []
    for text in sentences():
        for m in extract(text, reading=reading):
            a = m.amount
            if m.unread is not None or a.kind in ("unknown", "estimate") or a.hedge == "low/high":
                continue  # no count its words state (the frame states an estimate's numbers)
            try:
                said = parse(m.text, reading=reading, unit=a.unit)
            except ParseError as e:
                if a.kind == "vague" and _same(parse(f"the {m.text}", reading=reading), a):
                    continue  # "400s" after "the 300s and": a decade in a list
                differ.append((text, m.text, f"refused: {e}"))
                continue
            if not _same(said, a) and not _context_gave(m, parse(m.text, reading=reading)):
                differ.append((text, m.text, f"{said.interval} {said.unit} != {a.interval}"))
    assert differ == [], "\n".join(map(repr, differ))


@pytest.mark.parametrize("reading", READINGS)
def test_each_mention_loads_as_what_extract_found(reading: Reading, tmp_path: Path) -> None:
    """mention -> frame -> from_frame (and CSV -> load): each figure reads (under the
    mention's reading) as the mention's interval in its unit, or the mention makes no
    figure and its record says why."""
    pytest.importorskip("pandas", reason="the pandas extra is not installed")
    records = _records(reading)
    frame = mentions_to_frame(records, skip_unread=True)
    data = pwstats.from_frame(frame)
    path = tmp_path / "mentions.csv"
    frame.to_csv(path, index=False)
    assert pwstats.load(path).figures == data.figures  # the CSV says what the frame does
    kept = {f.id: f for f in data.figures}
    measures = {m.id: m for m in data.measures}
    reader = Reader(None)
    wrong = []
    for r in records:
        ident = f"{r['document']}:{r['start']}-{r['end']}"
        if ident not in kept:
            assert not loads_as_figure(r), (r["words"], sentences()[r["document"]])
            assert r["unread"] is not None or r["kind"] in ("unknown", "estimate")
            continue
        f = kept[ident]
        measure = measures[f.measure]
        got = reader.read(f, measure, r["reading"])
        if got != Reader._finish(Interval.parse(r["interval"]), measure):  # its domain
            wrong.append((sentences()[r["document"]], r["words"], f.value, str(got), r["interval"]))
        if r["kind"] == "estimate":
            assert (f.basis, format_number(f.best)) == ("estimate", r["nominal"])
    assert wrong == []
    assert len(kept) == sum(map(loads_as_figure, records))


def test_a_mention_its_words_cannot_state_is_refused_not_misread() -> None:
    """A record whose words read otherwise alone, and that no row can state, is an error
    naming it (or, with skip_unread, left out): never a row of another number."""
    pytest.importorskip("pandas", reason="the pandas extra is not installed")
    (record,) = mention_records([{"id": "d", "text": "12 fled"}])
    record["interval"] = "[13, 13]"  # as if its context had made it 13
    assert not loads_as_figure(record)
    with pytest.raises(DatasetError, match=r"mention '12' at 0-2 of document 'd' reads \[13, 13\]"):
        mentions_to_frame([record], measure="m")
    assert mentions_to_frame([record], measure="m", skip_unread=True).empty


@pytest.mark.parametrize(
    ("text", "words", "value", "interval", "unit"),
    [
        ("Only 3 in 1500 survive.", "Only 3 in 1500", "Only 3 in 1500", "[0.002, 0.002]", None),
        ("Unemployment rose from 12 to 15 per cent.", "12", "12%", "[0.115, 0.125]", None),
        ("Inflation rose from 4.5 to 5.25 per cent.", "4.5", "4.5%", "[0.0445, 0.0455]", None),
        ("Tolls were in the 300s and 400s.", "400s", "the 400s", "[400, 499]", "person"),
    ],
)
def test_a_row_says_what_the_context_gave_the_words(
    text: str, words: str, value: str, interval: str | None, unit: str | None
) -> None:
    """The row of a mention whose context made its number states it: "12%" for "12" in
    "from 12 to 15 per cent" (which loaded as 12 persons), "the 400s" for a listed "400s"
    (which load refused); "Only 3 in 1500" reads as the share it is."""
    pytest.importorskip("pandas", reason="the pandas extra is not installed")
    records = [r for r in mention_records([{"id": "d", "text": text}]) if r["words"] == words]
    (record,) = records
    if interval is not None:
        assert record["interval"] == interval
    (row,) = mentions_to_frame(records, measure="m").to_dict("records")
    assert row["value"] == value
    amount = parse(value)
    assert (str(amount.interval), amount.unit) == (record["interval"], record["unit"])
    assert unit is None or record["unit"] == unit
