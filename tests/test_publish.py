"""Tests of pwstats.publish: great_tables tables and W3C PROV documents of reports."""

from __future__ import annotations

import json
import re
import sys
from html import unescape
from html.parser import HTMLParser
from typing import Any
from urllib.parse import quote, unquote

import pytest
from hypothesis import given, settings

import pwstats
from pwstats import strategies as pst
from pwstats.model import Dataset, Figure, Measure, Relation, Source
from pwstats.publish import to_gt, to_prov
from pwstats.table import findings_cells, footnote_sources
from test_table import OMBUDSMAN, sample_report

URI = "urn:pwstats:"


def _prov_json(report_or_dataset: Any) -> dict[str, Any]:
    """The PROV-JSON text of ``to_prov``, parsed back with the json module."""
    prov = pytest.importorskip("prov", reason="the prov extra is not installed")
    assert prov is not None
    document: dict[str, Any] = json.loads(to_prov(report_or_dataset).serialize(indent=2))
    return document


def _pairs(document: dict[str, Any], relation: str, a: str, b: str) -> set[tuple[str, str]]:
    return {(r[a], r[b]) for r in document.get(relation, {}).values()}


def _local(name: str) -> str:
    return f"pw:{name}"


# -- PROV ----------------------------------------------------------------------------------


def test_each_figure_is_attributed_to_its_speaker() -> None:
    """Every figure is an entity attributed to the agent of its speaker, labelled by name."""
    report = sample_report()
    document = _prov_json(report)
    agents = document["agent"]
    attributed = _pairs(document, "wasAttributedTo", "prov:entity", "prov:agent")
    for finding in report.findings:
        for f in finding.figures:
            entity = _local(f"figure/{f.id}")
            assert document["entity"][entity]["pw:statement"] == f.statement
            assert f.source is not None
            speakers = [a for e, a in attributed if e == entity]
            assert len(speakers) == 1
            assert agents[speakers[0]]["prov:label"] == f.source.name


def test_outlets_are_a_chain_of_quotations_from_the_speaker_to_the_reader() -> None:
    """Each outlet of a figure's via chain is an entity derived from the one before it,
    nearest the speaker first, attributed to the outlet, the last holding the URL."""
    document = _prov_json(sample_report())
    figure = _local("figure/ua-exactly-230")
    first = _local("figure/ua-exactly-230/via/1")
    second = _local("figure/ua-exactly-230/via/2")
    derived = {
        (r["prov:generatedEntity"], r["prov:usedEntity"]): r.get("prov:type")
        for r in document["wasDerivedFrom"].values()
    }
    assert (first, figure) in derived
    assert (second, first) in derived
    assert "Quotation" in str(derived[(second, first)])
    attributed = _pairs(document, "wasAttributedTo", "prov:entity", "prov:agent")
    outlets = {e: document["agent"][a]["prov:label"] for e, a in attributed}
    assert outlets[first] == "Telegram"
    assert outlets[second] == "TVA Nouvelles"
    assert document["entity"][second]["pw:url"] == OMBUDSMAN.url
    assert "Organization" in str(document["agent"][_local("outlet/Telegram")]["prov:type"])


def test_bound_ends_derive_from_the_figures_and_relations_bound_names() -> None:
    """Each finding's low and high ends carry the exact end and derive from exactly the
    figures and relations that pwstats.bound says give that end."""
    data = pwstats.seeds()
    report = pwstats.reconcile(data)
    document = _prov_json(report)
    derived = _pairs(document, "wasDerivedFrom", "prov:generatedEntity", "prov:usedEntity")
    for n, finding in enumerate(report.findings, start=1):
        assert finding.as_of is not None
        b = pwstats.bound(data, finding.measure, at=finding.as_of, reading=report.reading)
        for which, because in (("low", b.low), ("high", b.high)):
            entity = _local(f"finding/{n}/{which}")
            used = {u for g, u in derived if g == entity}
            expected = {_local(f"figure/{quote(f, safe='')}") for f in because.figures} | {
                _local(f"relation/{quote(r, safe='')}") for r in because.relations
            }
            assert used == expected


@settings(max_examples=10)
@given(pst.datasets(max_figures=8))
def test_bound_ends_per_component_equal_bounds_over_the_whole_data_set(data: Dataset) -> None:
    """to_prov bounds each finding within its measure's related part of the data set; the
    derivations it records are those of pwstats.bound over the whole data set."""
    report = pwstats.reconcile(data)
    document = _prov_json(report)
    derived = _pairs(document, "wasDerivedFrom", "prov:generatedEntity", "prov:usedEntity")
    for n, finding in enumerate(report.findings, start=1):
        if finding.as_of is None or finding.bounds.is_empty:
            continue
        b = pwstats.bound(data, finding.measure, at=finding.as_of, reading=report.reading)
        for which, because in (("low", b.low), ("high", b.high)):
            entity = _local(f"finding/{n}/{which}")
            expected = {_local(f"figure/{quote(f, safe='')}") for f in because.figures} | {
                _local(f"relation/{quote(r, safe='')}") for r in because.relations
            }
            assert {u for g, u in derived if g == entity} == expected


def test_an_empty_bound_says_why_once() -> None:
    """An empty bound's ``pw:because`` is the sentence of pwstats.bound, once (its low and
    high ends give the same one; it was written twice)."""
    m = Measure(id="x", label="x", kind="event")
    data = Dataset(
        measures=[m, Measure(id="a", label="a", kind="event")],
        figures=[
            Figure(id="x1", measure="x", value=10, as_of="2024"),
            Figure(id="a1", measure="a", value=12, as_of="2024"),
        ],
        relations=[Relation.sum("x", ["a"])],
    )
    report = pwstats.reconcile(data)
    document = _prov_json(report)
    (n, finding), *_ = [(n, f) for n, f in enumerate(report.findings, 1) if f.bounds.is_empty]
    b = pwstats.bound(data, finding.measure, at=finding.as_of)
    entity = document["entity"][_local(f"finding/{n}/bounds")]
    assert entity["pw:because"] == b.low.detail == b.high.detail


def test_bound_end_values_are_exact_text() -> None:
    """A bound end's prov:value is the exact end, as format_number writes it."""
    from pwstats.interval import format_number

    report = pwstats.reconcile(pwstats.seeds())
    document = _prov_json(report)
    for n, finding in enumerate(report.findings, start=1):
        low = document["entity"][_local(f"finding/{n}/low")]
        high = document["entity"][_local(f"finding/{n}/high")]
        assert low["prov:value"] == format_number(finding.bounds.lo)
        assert high["prov:value"] == format_number(finding.bounds.hi)
        assert low["pw:included"] == ("true" if finding.bounds.lo_closed else "false")


def test_every_relation_a_bound_uses_is_an_entity_described_in_words() -> None:
    """A relation that gives a bound end is an entity labelled with its description (a time
    rule such as "never falls", which is no relation of the data set, by its own words)."""
    data = pwstats.seeds()
    document = _prov_json(pwstats.reconcile(data))
    relations = {r.id: r.describe() for r in data.relations}
    used = [e for e in document["entity"] if e.startswith("pw:relation/")]
    assert any(unquote(e.removeprefix("pw:relation/")) in relations for e in used)
    for e in used:
        rid = unquote(e.removeprefix("pw:relation/"))
        assert document["entity"][e]["prov:label"] == relations.get(rid, rid)


def test_citing_figures_are_quotations_and_revisions_are_revisions() -> None:
    """A figure that cites another derives from it as a quotation; one that revises another
    is a prov:Revision of it."""
    m = Measure(id="m", label="deaths")
    ministry = Source(name="Ministry", published="2024-01-01")
    later = Source(name="Ministry", published="2024-02-01")
    paper = Source(name="Paper", published="2024-01-05")
    data = Dataset(
        measures=[m],
        figures=[
            Figure(id="v1", measure=m, value=100, source=ministry, as_of="2023"),
            Figure(id="v2", measure=m, value=104, source=later, as_of="2023", revises="v1"),
            Figure(id="echo", measure=m, value=100, source=paper, as_of="2023", cites="v1"),
        ],
    )
    document = _prov_json(data)
    derived = {
        (r["prov:generatedEntity"], r["prov:usedEntity"]): str(r.get("prov:type"))
        for r in document["wasDerivedFrom"].values()
    }
    assert "Quotation" in derived[(_local("figure/echo"), _local("figure/v1"))]
    assert "Revision" in derived[(_local("figure/v2"), _local("figure/v1"))]


def test_prov_document_round_trips_through_the_prov_package() -> None:
    """The PROV-JSON text reads back with prov into an equal document."""
    model = pytest.importorskip("prov.model", reason="the prov extra is not installed")
    doc = to_prov(pwstats.reconcile(pwstats.seeds()))
    again = model.ProvDocument.deserialize(content=doc.serialize(), format="json")
    assert again == doc


def test_ids_with_spaces_and_slashes_stay_one_name() -> None:
    """A figure id with a space or a slash becomes one percent-encoded local name."""
    m = Measure(id="m", label="m")
    src = Source(name="A / B", published="2024-01-01")
    data = Dataset(measures=[m], figures=[Figure(id="f 1/2", measure=m, value=3, source=src)])
    document = _prov_json(data)
    assert _local("figure/f%201%2F2") in document["entity"]
    assert document["agent"][_local("speaker/A%20%2F%20B")]["prov:label"] == "A / B"


def test_reconcile_format_prov_json_prints_the_document(capsys: pytest.CaptureFixture[str]) -> None:
    """`pwstats reconcile --format prov-json` prints the PROV-JSON of to_prov."""
    from pwstats.cli import main

    pytest.importorskip("prov", reason="the prov extra is not installed")
    assert main(["reconcile", "--format", "prov-json"]) == 0
    printed = json.loads(capsys.readouterr().out)
    assert printed == json.loads(to_prov(pwstats.reconcile(pwstats.seeds())).serialize())


def test_missing_prov_says_which_extra_to_install(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    """Without prov, to_prov and --format prov-json say in one line to install the extra."""
    from pwstats.cli import main

    monkeypatch.setitem(sys.modules, "prov", None)
    monkeypatch.setitem(sys.modules, "prov.model", None)
    with pytest.raises(ImportError, match=re.escape("pip install 'pwstats[prov]'")):
        to_prov(sample_report())
    assert main(["reconcile", "--format", "prov-json"]) == 2
    assert capsys.readouterr().err == (
        "pwstats reconcile: to_prov() needs prov: pip install 'pwstats[prov]'\n"
    )


def test_to_prov_refuses_what_is_not_a_report_or_data_set() -> None:
    """to_prov of anything else is a TypeError naming what it got."""
    with pytest.raises(TypeError, match="Report or Dataset, not list"):
        to_prov([])  # type: ignore[arg-type]


# -- great_tables ---------------------------------------------------------------------------


def _gt_html(report: Any) -> str:
    pytest.importorskip("great_tables", reason="the gt extra is not installed")
    html: str = to_gt(report).as_raw_html()
    return html


def test_gt_footnotes_every_source_and_marks_the_figures_cells() -> None:
    """The GT table's HTML footnotes each distinct source once, with its speaker and outlets,
    and marks each finding's figures cell."""
    report = sample_report()
    html = _gt_html(report)
    footer = html[html.index("<tfoot") :]
    for source in footnote_sources(report):
        assert source.name in footer
        if source.via:
            assert "via " + ", ".join(source.via) in footer
    assert footer.count('class="gt_footnote"') == len(footnote_sources(report))
    body = html[html.index("<tbody") : html.index("</tbody>")]
    assert body.count("gt_footnote_marks") >= len(report.findings)


def test_gt_has_one_row_per_finding_and_conflicts_as_source_notes() -> None:
    """One body row per finding; each conflict's explanation is a source note."""
    report = pwstats.reconcile(pwstats.seeds())
    html = _gt_html(report)
    body = html[html.index("<tbody") : html.index("</tbody>")]
    assert body.count("<tr") == len(report.findings)
    notes = unescape(html[html.index('class="gt_sourcenotes"') :])
    for conflict in report.conflicts:
        assert conflict.explanation in notes


def test_gt_escapes_what_the_data_says() -> None:
    """A label, source name or quote with markup shows as text in the GT table."""
    m = Measure(id="m", label="<b>m</b>")
    src = Source(name="<script>x</script>", published="2024-01-01", quote="<i>3</i>")
    data = Dataset(measures=[m], figures=[Figure(id="f", measure=m, value=3, source=src)])
    html = _gt_html(pwstats.reconcile(data))
    assert "<script>x" not in html
    assert "&lt;script&gt;x&lt;/script&gt;" in html
    assert "<i>3" not in html


class _BodyCells(HTMLParser):
    """The text of each body cell of a table, row by row, footnote marks left out."""

    def __init__(self) -> None:
        super().__init__()
        self.rows: list[list[str]] = []
        self._in_body = self._in_cell = self._in_mark = False

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag == "tbody":
            self._in_body = True
        elif self._in_body and tag == "tr":
            self.rows.append([])
        elif self._in_body and tag == "td":
            self._in_cell = True
            self.rows[-1].append("")
        elif tag == "span" and ("class", "gt_footnote_marks") in attrs:
            self._in_mark = True

    def handle_endtag(self, tag: str) -> None:
        if tag == "tbody":
            self._in_body = False
        elif tag == "td":
            self._in_cell = False
        elif tag == "span":
            self._in_mark = False

    def handle_data(self, data: str) -> None:
        if self._in_cell and not self._in_mark:
            self.rows[-1][-1] += data


def test_gt_cells_are_the_findings_table_cells() -> None:
    """Each body row of the GT table holds the cells of the text findings table, unmarked."""
    for report in (sample_report(), pwstats.reconcile(pwstats.seeds())):
        parser = _BodyCells()
        parser.feed(_gt_html(report))
        headers, rows = findings_cells(report)
        assert parser.rows == rows
        assert len(headers) == len(rows[0])


def test_a_large_gt_table_has_tabulates_marks_and_numbered_source_notes(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """Beyond GT_FOOTNOTED_ROWS findings, the cells carry tabulate's [n] marks and source n is
    the numbered source note [n], as footnote n of tabulate(report) is."""
    import pwstats.publish

    monkeypatch.setattr(pwstats.publish, "GT_FOOTNOTED_ROWS", 1)
    report = sample_report()
    html = _gt_html(report)
    assert '<span class="gt_footnote_marks"' not in html
    parser = _BodyCells()
    parser.feed(html)
    assert parser.rows == findings_cells(report, marks=True)[1]
    assert any("[1]" in cell for row in parser.rows for cell in row)
    notes = unescape(html[html.index('class="gt_sourcenotes"') :])
    for n, source in enumerate(footnote_sources(report), start=1):
        assert f"[{n}] {source.name}" in notes


def test_missing_great_tables_says_which_extra_to_install(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """Without great-tables, to_gt says in one line to install the gt extra."""
    monkeypatch.setitem(sys.modules, "great_tables", None)
    with pytest.raises(ImportError, match=re.escape("pip install 'pwstats[gt]'")):
        to_gt(sample_report())
