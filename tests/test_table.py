"""Tests of pwstats.table: reconciliation and data-set tables with footnoted provenance.

Golden outputs live in tests/golden/. After an intended change of layout, regenerate
them with

    PWSTATS_UPDATE_GOLDEN=1 python -m pytest tests/test_table.py

and review the diff before committing.
"""

from __future__ import annotations

import csv
import importlib.util
import io
import json
import os
import re
from fractions import Fraction
from pathlib import Path

import attrs
import pytest
from hypothesis import example, given, settings
from hypothesis import strategies as st

from pwstats.interval import Interval
from pwstats.model import Dataset, Figure, Measure, Source
from pwstats.report import Conflict, Estimate, Finding, Report
from pwstats.table import formats, render_rows, tabulate

GOLDEN = Path(__file__).parent / "golden"
UPDATE = os.environ.get("PWSTATS_UPDATE_GOLDEN") == "1"

# -- a hand-built report in the shape of the seed data ------------------------------

AGENCY = Source(
    name="Coordination Headquarters for the Treatment of Prisoners of War",
    affiliation="Ukraine",
    via=("Reuters",),
    url="https://example.org/reuters-exchange",
    published="2024-01-03",
    quote="more than 230",
)
OMBUDSMAN = Source(
    name="Dmytro Lubinets",
    role="Ukrainian Parliament Commissioner for Human Rights",
    affiliation="Ukraine",
    via=("Telegram", "TVA Nouvelles"),
    url="https://example.org/tva-exchange",
    published="2024-01-03",
    quote="exactly 230",
)
# The same statement carried by a second outlet: one piece of evidence, two footnotes.
OMBUDSMAN_AGAIN = Source(
    name="Dmytro Lubinets",
    role="Ukrainian Parliament Commissioner for Human Rights",
    affiliation="Ukraine",
    via=("Telegram", "Ukrainska Pravda"),
    url="https://example.org/up-exchange",
    published="2024-01-03",
    quote="exactly 230",
)
MOD = Source(
    name="Министерство обороны России",
    role="Russian Ministry of Defence",
    affiliation="Russia",
    via=("Telegram",),
    published="2024-01-03",
    quote="248 российских военнослужащих",
)
MONTHLY = Source(
    name="Petro Yatsenko",
    role="Coordination Headquarters representative",
    affiliation="Ukraine",
    via=("Politico", "RBC-Ukraine"),
    url="https://example.org/rbc",
    published="2023-12-20",
    quote="almost 2,600",
)

UA = Measure(
    id="ua-released-2024-01-03",
    label="Ukrainians released on 3 Jan 2024",
    kind="event",
)
RU = Measure(id="ru-released-2024-01-03", label="Russians released on 3 Jan 2024", kind="event")
RETURNED = Measure(
    id="ua-returned", label="Ukrainians returned since 24 Feb 2022", kind="cumulative"
)

F_MORE = Figure(id="ua-more-230", measure=UA, value="more than 230", source=AGENCY)
F_EXACT = Figure(id="ua-exactly-230", measure=UA, value="exactly 230", source=OMBUDSMAN)
F_EXACT_AGAIN = Figure(
    id="ua-exactly-230-up", measure=UA, value="exactly 230", source=OMBUDSMAN_AGAIN
)
F_RU = Figure(id="ru-248", measure=RU, value=248, source=MOD)
F_RU_AGENCY = Figure(id="ru-more-230", measure=RU, value="more than 230", source=AGENCY)
F_ALMOST = Figure(
    id="ua-returned-2023-12",
    measure=RETURNED,
    value="almost 2,600",
    source=MONTHLY,
    as_of="2023-12",
)

DATASET = Dataset(
    measures=[UA, RU, RETURNED],
    figures=[F_MORE, F_EXACT, F_EXACT_AGAIN, F_RU, F_RU_AGENCY, F_ALMOST],
)

CONTRADICTION = Conflict(
    figures=(F_MORE.id, F_EXACT.id),
    relations=(),
    kind="contradiction",
    explanation="'more than 230' excludes 230 under every reading, and 'exactly 230' is 230.",
    measure=UA.id,
    as_of=F_MORE.as_of,
)


def sample_report() -> Report:
    """Three findings, one contradiction, five distinct sources (one reused)."""
    ua = Finding(
        measure=UA.id,
        as_of=F_MORE.as_of,
        figures=(F_MORE, F_EXACT, F_EXACT_AGAIN),
        status="contradiction",
        consensus=None,
        agreeing=(F_EXACT, F_EXACT_AGAIN),
        bounds=Interval.point(230),
        estimate=Estimate(low=230, best=230, high=230, rule="median of agreeing figures"),
        independent_sources=2,
        conflicts=(CONTRADICTION,),
        readings={
            F_MORE.id: Interval.open_closed(230, 253),
            F_EXACT.id: Interval.point(230),
            F_EXACT_AGAIN.id: Interval.point(230),
        },
    )
    ru = Finding(
        measure=RU.id,
        as_of=F_RU.as_of,
        figures=(F_RU, F_RU_AGENCY),
        status="consistent",
        consensus=Interval.point(248),
        agreeing=(F_RU, F_RU_AGENCY),
        bounds=Interval.point(248),
        estimate=Estimate(low=248, best=248, high=248, rule="exact figure"),
        independent_sources=2,
        conflicts=(),
        readings={F_RU.id: Interval.point(248), F_RU_AGENCY.id: Interval.open_closed(230, 253)},
    )
    returned = Finding(
        measure=RETURNED.id,
        as_of=F_ALMOST.as_of,
        figures=(F_ALMOST,),
        status="consistent",
        consensus=Interval.closed_open(2470, 2600),
        agreeing=(F_ALMOST,),
        bounds=Interval.closed_open(2470, 2600),
        estimate=Estimate(low=2470, best=2599, high=2600, rule="highest value read"),
        independent_sources=1,
        conflicts=(),
        readings={F_ALMOST.id: Interval.closed_open(2470, 2600)},
    )
    return Report(dataset=DATASET, reading="pragmatic", findings=(ua, ru, returned))


def golden(name: str, text: str) -> None:
    """Compare ``text`` with tests/golden/<name>, or rewrite it when updating."""
    path = GOLDEN / name
    if UPDATE:
        GOLDEN.mkdir(exist_ok=True)
        path.write_text(text + "\n", encoding="utf-8")
    assert path.exists(), f"missing golden file {path}; run with PWSTATS_UPDATE_GOLDEN=1"
    assert text + "\n" == path.read_text(encoding="utf-8")


def marks_in_order(text: str) -> list[int]:
    """Every footnote number in the order it appears, e.g. '[2, 3]' gives 2, 3."""
    return [
        int(n)
        for group in re.findall(r"(?<=\w )\[(\d+(?:, \d+)*)\]", text)
        for n in group.split(", ")
    ]


# -- golden outputs ------------------------------------------------------------------

GOLDEN_FORMATS = ["github", "simple", "grid", "html", "latex", "rst", "json", "csv"]


@pytest.mark.parametrize("fmt", GOLDEN_FORMATS)
def test_report_matches_golden_output(fmt: str) -> None:
    """The sample report renders exactly as the checked-in golden output in each format."""
    golden(f"report.{fmt}.txt", tabulate(sample_report(), fmt=fmt))


@pytest.mark.parametrize(
    ("table", "fmt"),
    [("figures", "github"), ("sources", "simple"), ("figures", "json"), ("sources", "csv")],
)
def test_dataset_matches_golden_output(table: str, fmt: str) -> None:
    """The sample data set's figures and sources tables render as the golden outputs."""
    golden(f"dataset.{table}.{fmt}.txt", tabulate(DATASET, fmt=fmt, table=table))  # type: ignore[arg-type]


# -- properties of the findings table -----------------------------------------------


def test_footnotes_are_numbered_by_first_appearance() -> None:
    """Footnote marks in the findings table first appear in the order 1, 2, 3, ..."""
    text = tabulate(sample_report(), fmt="github", conflicts=False)
    table = text.split("Sources")[0]
    first_seen = list(dict.fromkeys(marks_in_order(table)))
    assert first_seen == list(range(1, len(first_seen) + 1))
    assert len(first_seen) == 5


def test_same_source_gets_the_same_number() -> None:
    """A source cited by two figures of different measures has one footnote number."""
    text = tabulate(sample_report(), fmt="github")
    assert "more than 230 [1]; exactly 230 [2, 3]" in text
    assert "248 [4]; more than 230 [1]" in text
    footnote_rows = [line for line in text.splitlines() if re.match(r"\| \[\d+\]", line)]
    assert len(footnote_rows) == 5


def test_repeated_statement_is_shown_once_with_all_its_outlets() -> None:
    """A statement carried by two outlets appears once in its cell, each outlet chain once."""
    text = tabulate(sample_report(), fmt="github")
    row = next(line for line in text.splitlines() if "Ukrainians released on" in line)
    assert row.count("exactly 230") == 1
    assert text.count("Telegram, TVA Nouvelles") == 1
    assert text.count("Telegram, Ukrainska Pravda") == 1


def test_rendering_is_deterministic() -> None:
    """The same report renders to the same text every time."""
    assert tabulate(sample_report()) == tabulate(sample_report())


def test_conflict_and_explanation_are_listed_below_the_table() -> None:
    """Each conflict is printed after the findings with its kind and whole explanation."""
    text = tabulate(sample_report(), fmt="simple")
    findings, _, rest = text.partition("Conflicts")
    assert "contradiction" in findings
    assert CONTRADICTION.explanation in " ".join(rest.split())  # wrapped, every word kept
    assert "more than 230 [1]; exactly 230 [2]" in rest


def test_footnotes_show_the_whole_provenance() -> None:
    """A footnote names speaker, role, side, outlets, publication date, URL and quote."""
    text = tabulate(sample_report(), fmt="github")
    notes = text.split("Sources")[1]
    row = next(line for line in notes.splitlines() if line.startswith("| [2]"))
    for part in (
        "Dmytro Lubinets",
        OMBUDSMAN.role,
        "Ukraine",
        "Telegram, TVA Nouvelles",
        "2024-01-03",
        OMBUDSMAN.url,
        "“exactly 230”",
    ):
        assert part is not None
        assert part in row


def test_without_footnotes_no_marks_and_no_sources() -> None:
    """footnotes=False prints neither marks nor the sources section."""
    text = tabulate(sample_report(), fmt="github", footnotes=False)
    assert marks_in_order(text.split("Conflicts")[0]) == []
    assert "Sources" not in text
    assert "Dmytro Lubinets" not in text


def test_numbers_are_printed_as_written() -> None:
    """'2,600' is never turned into 2600 or 2600.0 in any tabulate format (prov-json when the
    prov extra is installed)."""
    import importlib.util

    report = sample_report()
    for fmt in formats():
        if fmt == "prov-json" and importlib.util.find_spec("prov") is None:
            continue
        text = tabulate(report, fmt=fmt)
        assert "2,600" in text, fmt
        assert "2600.0" not in text, fmt


@pytest.mark.parametrize("fmt", ["github", "simple", "grid", "pipe", "psql", "rst", "orgtbl"])
def test_cyrillic_text_stays_aligned(fmt: str) -> None:
    """The column after a Cyrillic name starts where its header does (wcwidth not needed)."""
    lines = tabulate(DATASET, fmt=fmt, table="sources").splitlines()
    header = next(line for line in lines if "said by" in line)
    row = next(line for line in lines if "Министерство" in line)
    assert row.index("Russian Ministry of Defence") == header.index("role")


def test_unknown_format_lists_the_valid_ones() -> None:
    """An unknown fmt raises ValueError naming it and every valid format."""
    with pytest.raises(ValueError, match="unknown table format 'excel'") as info:
        tabulate(sample_report(), fmt="excel")
    for fmt in ("github", "grid", "latex", "json", "csv", "markdown"):
        assert fmt in str(info.value)


def test_misspelt_format_suggests_the_nearest() -> None:
    """A format name one typo away from a valid one is named in the error."""
    with pytest.raises(ValueError, match=r"'gird' \(did you mean 'grid'\?\)"):
        tabulate(sample_report(), fmt="gird")
    with pytest.raises(ValueError, match="did you mean 'markdown'"):
        render_rows(["a"], [["1"]], fmt="markdwon")


def test_markdown_is_the_github_format() -> None:
    """fmt="markdown" renders exactly as fmt="github", for reports, data sets and rows."""
    report = sample_report()
    assert "markdown" in formats()
    assert tabulate(report, fmt="markdown") == tabulate(report, fmt="github")
    assert tabulate(DATASET, fmt="markdown") == tabulate(DATASET, fmt="github")
    rows = [["2,600", "x"]]
    assert render_rows(["a", "b"], rows, fmt="markdown") == render_rows(
        ["a", "b"], rows, fmt="github"
    )


def test_statement_count_header_says_statements() -> None:
    """The column of Finding.independent_sources is headed by what it counts: statements."""
    header = tabulate(sample_report(), fmt="github").splitlines()[2]
    assert "independent statements" in header
    assert "sources" not in header


def test_dataset_has_no_findings_table() -> None:
    """Asking a Dataset for the findings table says to reconcile it first."""
    with pytest.raises(ValueError, match="reconcile"):
        tabulate(DATASET, table="findings")


def test_other_objects_are_rejected() -> None:
    """Anything but a Report or a Dataset is a TypeError naming its type."""
    with pytest.raises(TypeError, match="not list"):
        tabulate([], fmt="github")  # type: ignore[arg-type]


def test_json_is_exact_and_structured() -> None:
    """The JSON document holds findings, conflicts and footnotes, numbers as exact strings."""
    document = json.loads(tabulate(sample_report(), fmt="json"))
    assert document["reading"] == "pragmatic"
    assert document["status"] == "contradiction"
    assert [f["measure"] for f in document["findings"]] == [UA.id, RU.id, RETURNED.id]
    first = document["findings"][0]
    assert Interval.parse(first["figures"][0]["reading"]) == Interval.open_closed(230, 253)
    assert first["estimate"] == {
        "low": "230",
        "best": "230",
        "high": "230",
        "rule": "median of agreeing figures",
    }
    assert Interval.parse(document["findings"][2]["bounds"]) == Interval.closed_open(2470, 2600)
    assert document["conflicts"][0]["figures"] == [F_MORE.id, F_EXACT.id]
    assert [n["number"] for n in document["footnotes"]] == [1, 2, 3, 4, 5]
    assert document["footnotes"][1]["via"] == ["Telegram", "TVA Nouvelles"]


def test_csv_has_one_row_per_finding() -> None:
    """The CSV output has a header and exactly one row per finding."""
    rows = list(csv.DictReader(io.StringIO(tabulate(sample_report(), fmt="csv"))))
    assert len(rows) == len(sample_report().findings)
    assert rows[0]["status"] == "contradiction"
    assert rows[2]["statements"].startswith("almost 2,600")


def test_figures_table_of_a_report_shows_the_readings() -> None:
    """A report's figures table has a column with each figure's interval under its reading."""
    text = tabulate(sample_report(), fmt="github", table="figures")
    assert "pragmatic reading" in text
    row = next(line for line in text.splitlines() if line.startswith("| ua-more-230 "))
    assert "(230, 253]" in row


def _units_report() -> Report:
    """A reconciled data set with a headcount, a percent share, a share and a dimensionless
    fraction."""
    from pwstats import reconcile

    share_pc = Measure(id="pc", label="share in percent", unit="percent")
    share_sh = Measure(id="sh", label="share as a share", unit="share")
    share_dl = Measure(id="dl", label="share as a fraction", unit="dimensionless")
    held = Measure(id="held", label="people held")
    dataset = Dataset(
        measures=[share_pc, share_sh, share_dl, held],
        figures=[
            Figure(id="f-pc", measure=share_pc, value="30%", as_of="2025"),
            Figure(id="f-sh", measure=share_sh, value="10 out of 100", as_of="2025"),
            Figure(id="f-dl", measure=share_dl, value="10 out of 100", as_of="2025"),
            Figure(id="f-held", measure=held, value="2,828", as_of="2025"),
        ],
    )
    return reconcile(dataset)


def test_readings_of_shares_are_printed_with_their_unit() -> None:
    """Text tables show a share's reading, consensus and estimate in percent with a '%' unit
    (a percent and a share unit alike), a dimensionless fraction as it is, and headcounts
    without a unit."""
    text = tabulate(_units_report(), fmt="github", footnotes=False)
    rows = {line.split("|")[1].strip(): line for line in text.splitlines() if "|" in line}
    pc = [c.strip() for c in rows["share in percent"].split("|")]
    sh = [c.strip() for c in rows["share as a share"].split("|")]
    dl = [c.strip() for c in rows["share as a fraction"].split("|")]
    held = [c.strip() for c in rows["people held"].split("|")]
    assert pc[4:7] == ["[29.5, 30.5] %", "[29.5, 30.5] %", "29.5 / 30 / 30.5 %"]
    assert sh[4:7] == ["[10, 10] %", "[10, 10] %", "10 / 10 / 10 %"]
    assert dl[4:7] == ["[0.1, 0.1]", "[0.1, 0.1]", "0.1 / 0.1 / 0.1"]
    assert held[4:7] == ["[2828, 2828]", "[2828, 2828]", "2828 / 2828 / 2828"]
    figures = tabulate(_units_report(), fmt="plain", table="figures", footnotes=False)
    assert "[10, 10] %" in figures
    assert "[0.1, 0.1]" in figures


@pytest.mark.parametrize("unit", ["dimensionless", "count", ""])
def test_a_plain_count_is_no_percent_in_any_output(unit: str) -> None:
    """A count in a dimensionless unit reads alike in text tables, csv and total: 2000 is
    2000 (the text table showed [200000, 200000] %, taking every dimensionless for a share)."""
    from pwstats import reconcile, total

    hh = Measure(id="hh", label="displaced households", unit=unit)
    data = Dataset(measures=[hh], figures=[Figure(id="n", measure=hh, value=2000, as_of="2024")])
    for fmt in ("github", "simple", "plain"):
        text = tabulate(reconcile(data), fmt=fmt, footnotes=False)
        assert "%" not in text, fmt
        assert "200000" not in text, fmt
        assert "[2000, 2000]" in text, fmt
        assert "2000 / 2000 / 2000" in text, fmt
    row = next(csv.DictReader(io.StringIO(tabulate(reconcile(data), fmt="csv"))))
    assert (row["consensus"], row["best"]) == ("[2000, 2000]", "2000")
    assert total(data, by=(), at="2024").rows[0].estimate.best == 2000


def test_a_headcount_in_thousands_is_printed_with_its_unit() -> None:
    """A population given in thousands (kiloperson) printed bare read as 6,312 people."""
    from pwstats import reconcile

    pop = Measure(id="pop", label="population", unit="kiloperson", whole=False)
    people = Measure(id="people", label="people held", unit="persons")
    data = Dataset(
        measures=[pop, people],
        figures=[
            Figure(id="p", measure=pop, value="6,312.4", as_of="2015"),
            Figure(id="q", measure=people, value="2,828", as_of="2015"),
        ],
    )
    text = tabulate(reconcile(data), fmt="github", footnotes=False)
    rows = {line.split("|")[1].strip(): line for line in text.splitlines() if "|" in line}
    cells = [c.strip() for c in rows["population"].split("|")]
    assert cells[4:7] == [
        "[6312.4, 6312.4] kiloperson",
        "[6312.4, 6312.4] kiloperson",
        "6312.4 / 6312.4 / 6312.4 kiloperson",
    ]
    assert [c.strip() for c in rows["people held"].split("|")][4] == "[2828, 2828]"


def test_things_counted_in_lots_are_printed_one_by_one_not_as_percent() -> None:
    """A dimensionless unit above one ("1000", "12") counts things in lots: 5 lots of
    a thousand are 5,000 things, not "500000 %" (every dimensionless unit was a share)."""
    from pwstats import reconcile

    for unit, shown in (("1000", "5000"), ("12", "60")):
        boxes = Measure(id="boxes", label="boxes", unit=unit)
        data = Dataset(
            measures=[boxes], figures=[Figure(id="b", measure=boxes, value=5, as_of="2024")]
        )
        text = tabulate(reconcile(data), fmt="github", footnotes=False)
        cells = [c.strip() for c in text.splitlines()[-1].split("|")]
        assert cells[4:7] == [
            f"[{shown}, {shown}]",
            f"[{shown}, {shown}]",
            f"{shown} / {shown} / {shown}",
        ]
        assert "%" not in text


def test_json_readings_keep_exact_values_and_name_the_unit() -> None:
    """JSON keeps each reading exact in the measure's own unit and gives the unit apart."""
    document = json.loads(tabulate(_units_report(), fmt="json"))
    by_measure = {f["measure"]: f for f in document["findings"]}
    assert by_measure["dl"]["unit"] == "dimensionless"
    assert by_measure["sh"]["consensus"] == "[0.1, 0.1]"
    assert by_measure["dl"]["consensus"] == "[0.1, 0.1]"
    assert by_measure["pc"]["unit"] == "percent"
    assert by_measure["pc"]["consensus"] == "[29.5, 30.5]"
    assert by_measure["held"]["unit"] == "person"
    rows = list(csv.DictReader(io.StringIO(tabulate(_units_report(), fmt="csv"))))
    assert {r["measure"]: r["unit"] for r in rows} == {
        "pc": "percent",
        "sh": "share",
        "dl": "dimensionless",
        "held": "person",
    }


def _third_report() -> Report:
    """A reconciled share read as [19/60, 1/3): "nearly a third", beside "about 30%"."""
    from pwstats import reconcile

    share = Measure(id="share", label="share confirmed", unit="share")
    dataset = Dataset(
        measures=[share],
        figures=[
            Figure(id="third", measure=share, value="nearly a third", as_of="2025"),
            Figure(id="thirty", measure=share, value="about 30%", as_of="2025"),
        ],
    )
    return reconcile(dataset)


def test_fractions_are_rounded_in_text_tables_and_exact_in_json_and_csv() -> None:
    """A reading of [19/60, 1/3) shows as [≈31.67, ≈33.33) % in text tables, exact in json/csv."""
    report = _third_report()
    for fmt in ("github", "simple", "grid", "html", "latex"):
        text = tabulate(report, fmt=fmt, footnotes=False)
        approx = "$\\approx$" if fmt == "latex" else "≈"  # LaTeX sets it as maths
        assert f"[{approx}31.67, {approx}33.33)" in text, fmt  # LaTeX escapes the % after it
        assert "/3" not in text, fmt
    figures = tabulate(report, fmt="plain", table="figures", footnotes=False)
    assert "[≈31.67, ≈33.33) %" in figures
    finding = json.loads(tabulate(report, fmt="json"))["findings"][0]
    assert finding["figures"][0]["reading"] == "[19/60, 1/3)"
    assert finding["estimate"]["low"] == "19/60"
    (row,) = csv.DictReader(io.StringIO(tabulate(report, fmt="csv")))
    assert row["readings"].startswith("[19/60, 1/3)")
    assert row["low"] == "19/60"


def _year_report(iv: Interval) -> Report:
    """A report whose one finding has ``iv`` as its reading, consensus and low / high."""
    span = Measure(id="span", label="span", unit="year")
    figure = Figure(id="f", measure=span, value="about two years", as_of="2025")
    finding = Finding(
        measure=span.id,
        as_of=figure.as_of,
        figures=(figure,),
        status="consistent",
        consensus=iv,
        agreeing=(figure,),
        bounds=iv,
        estimate=Estimate(low=iv.lo, best=None, high=iv.hi),
        independent_sources=1,
        conflicts=(),
        readings={figure.id: iv},
    )
    return Report(
        dataset=Dataset(measures=[span], figures=[figure]), reading="pragmatic", findings=(finding,)
    )


def _shown(text: str) -> tuple[Fraction, bool]:
    """A number as a table shows it, and whether it is marked approximate."""
    return Fraction(text.removeprefix("≈")), text.startswith("≈")


EXACT_NUMBERS = st.fractions(min_value=-1000, max_value=1000, max_denominator=10**6)


@given(EXACT_NUMBERS, EXACT_NUMBERS)
@example(Fraction(333, 1000), Fraction(1, 3))  # "≈0.33" would look below 0.333
def test_rounded_ends_stay_distinct_and_close(a: Fraction, b: Fraction) -> None:
    """Each end of a text-table interval is exact when its decimal ends, else marked ≈ and
    within half a hundredth; different ends never look alike."""
    lo, hi = sorted((a, b))
    row = tabulate(_year_report(Interval.closed(lo, hi)), fmt="plain", footnotes=False)
    cells = row.splitlines()[-1]
    match = re.search(r"\[(\S+), (\S+)\] year", cells)
    assert match is not None, cells
    for exact, text in zip((lo, hi), match.groups(), strict=True):
        shown, approximate = _shown(text)
        terminates = "/" not in str(Interval.point(exact))
        assert approximate != terminates
        assert abs(shown - exact) <= Fraction(1, 200)
    if lo != hi:
        assert match.group(1) != match.group(2)
        assert _shown(match.group(1))[0] < _shown(match.group(2))[0]


def test_sources_table_lists_each_source_once() -> None:
    """The sources table has one row per distinct source of the data set."""
    text = tabulate(DATASET, fmt="plain", table="sources")
    assert len(text.splitlines()) == 1 + len(DATASET.all_sources)


def test_sources_table_numbers_match_the_figures_table() -> None:
    """A source has the same number in the sources table as in the figures' footnotes."""
    figures = json.loads(tabulate(DATASET, fmt="json"))["footnotes"]
    sources = json.loads(tabulate(DATASET, fmt="json", table="sources"))["sources"]
    assert sources == figures


def test_sources_table_skips_a_listed_source_cited_only_with_a_quote() -> None:
    """A listed source whose figures cite it with a quote is listed once, with the quote."""
    quoted = Source(name="Ministry", published="2024-01-03", quote="248 servicemen")
    bare = Source(name="Ministry", published="2024-01-03")
    data = Dataset(
        measures=[Measure(id="m", label="m")],
        figures=[Figure(id="f", measure="m", value=248, source=quoted)],
        sources=[bare],
    )
    rows = tabulate(data, fmt="plain", table="sources").splitlines()[1:]
    assert len(rows) == 1
    assert "“248 servicemen”" in rows[0]


def test_render_rows_keeps_cells_as_text() -> None:
    """render_rows keeps '007' and '2,600' as written in a tabulate format."""
    text = render_rows(["a", "b"], [["007", "2,600"]], fmt="simple")
    assert "007" in text
    assert "2,600" in text


# -- a property over generated data sets ---------------------------------------------

POOL = [AGENCY, OMBUDSMAN, OMBUDSMAN_AGAIN, MOD, MONTHLY]


@settings(max_examples=30, deadline=None)
@given(st.lists(st.integers(min_value=0, max_value=len(POOL) - 1), min_size=1, max_size=8))
def test_footnotes_are_one_per_distinct_source(picks: list[int]) -> None:
    """For any figures citing sources from a pool, notes are 1..k for the k distinct sources."""
    figures = [
        Figure(id=f"f{i}", measure="m", value=str(100 + i), source=POOL[p])
        for i, p in enumerate(picks)
    ]
    data = Dataset(measures=[Measure(id="m", label="m")], figures=figures)
    document = json.loads(tabulate(data, fmt="json"))
    distinct = list(dict.fromkeys(POOL[p] for p in picks))
    assert [n["number"] for n in document["footnotes"]] == list(range(1, len(distinct) + 1))
    assert [n["name"] for n in document["footnotes"]] == [s.name for s in distinct]
    expected = [distinct.index(POOL[p]) + 1 for p in picks]
    assert [f["footnote"] for f in document["figures"]] == expected


def _tied() -> Report:
    """An event's 100 and 150 with [90, 160]: two largest agreeing sets tie."""
    from pwstats.reconcile import reconcile

    d = Dataset(
        measures=[Measure(id="e", label="e", kind="event")],
        figures=[
            Figure(id="low", measure="e", value=100, as_of="2024"),
            Figure(id="high", measure="e", value=150, as_of="2024"),
            Figure(id="wide", measure="e", value=Interval.closed(90, 160), as_of="2024"),
        ],
    )
    return reconcile(d)


def test_a_tie_shows_no_consensus() -> None:
    """With tied largest agreeing sets the consensus cell says so instead of naming one set."""
    report = _tied()
    (finding,) = report.findings
    assert finding.tied
    assert "— (sets tie)" in tabulate(report, fmt="plain", footnotes=False)
    assert json.loads(tabulate(report, fmt="json"))["findings"][0]["tied"] is True


def test_a_tie_is_said_by_every_output() -> None:
    """With tied largest agreeing sets, every output says so: the text and HTML tables and
    the notebook's finding by the consensus cell, csv, JSON and the frame by ``tied`` beside
    the same consensus (one of the tied sets); csv once settled on that set silently."""
    report = _tied()
    (finding,) = report.findings
    assert finding.tied
    consensus = str(finding.consensus)
    for fmt in ("plain", "github", "html"):
        assert "— (sets tie)" in tabulate(report, fmt=fmt, footnotes=False), fmt
    rows = dict(re.findall(r"<th[^>]*>([^<]*)</th><td[^>]*>([^<]*)</td>", finding._repr_html_()))
    assert rows["consensus"] == "— (sets tie)"
    assert rows["agreeing"].endswith("(one of the tied largest sets)")
    (row,) = csv.DictReader(io.StringIO(tabulate(report, fmt="csv")))
    assert (row["consensus"], row["tied"]) == (consensus, "true")
    shown = json.loads(tabulate(report, fmt="json"))["findings"][0]
    assert (shown["consensus"], shown["tied"]) == (consensus, True)
    if importlib.util.find_spec("pandas") is not None:
        frame = report.to_frame()
        assert (frame["consensus"][0], bool(frame["tied"][0])) == (consensus, True)


def test_the_csv_says_when_sets_do_not_tie() -> None:
    """Findings whose largest agreeing set is one have ``tied`` false in csv, as in JSON."""
    rows = list(csv.DictReader(io.StringIO(tabulate(sample_report(), fmt="csv"))))
    assert [row["tied"] for row in rows] == ["false"] * len(sample_report().findings)


# -- statistics ---------------------------------------------------------------------------


def _statistics() -> object:
    from pwstats import Dataset, Figure, Interval, Measure
    from pwstats.stats import mean

    ms = [Measure(id=f"e{i}", label="killed", kind="event", dims={"year": 2016}) for i in range(3)]
    fs = [
        Figure(id="a", measure="e0", value=Interval.closed(0, 1), as_of="2016"),
        Figure(id="b", measure="e1", value=1, as_of="2016"),
        Figure(id="c", measure="e2", value=1, as_of="2016"),
    ]
    return mean(Dataset(measures=ms, figures=fs), by="year")


@pytest.mark.parametrize("fmt", ["github", "grid", "plain", "html", "latex", "rst"])
def test_statistics_tables_round_fractions_in_text_formats(fmt: str) -> None:
    """A statistic's text table shows a mean of 2/3 as ≈0.67 and states its rule below."""
    text = tabulate(_statistics(), fmt=fmt)  # type: ignore[arg-type]
    assert ("$\\approx$0.67" if fmt == "latex" else "≈0.67") in text
    assert "mean: interval and best" in text


def test_statistics_json_and_csv_keep_exact_numbers() -> None:
    """JSON and CSV keep a statistic's exact ends (2/3), with each row's rule and because."""
    document = json.loads(tabulate(_statistics(), fmt="json"))  # type: ignore[arg-type]
    row = document["rows"][0]
    assert (row["interval"], row["low"], row["high"]) == ("[2/3, 1]", "2/3", "1")
    assert row["because"]["low"].startswith("mean of 3 members' low ends")
    assert row["rule"] == "mean"
    csv_text = tabulate(_statistics(), fmt="csv")  # type: ignore[arg-type]
    (csv_row,) = csv.DictReader(io.StringIO(csv_text))
    assert csv_row["because_low"] == row["because"]["low"]
    assert csv_row["because_high"] == row["because"]["high"]
    assert csv_text.splitlines()[1].startswith('2016,mean,"[2/3, 1]",2/3,2/3,1,3,0,mean,person,')


def _between_figures() -> object:
    """A total of a level at a date between its figures: no best there."""
    from pwstats import Dataset, Figure, Measure
    from pwstats.stats import total

    data = Dataset(
        measures=[
            Measure(id="held", label="held", dims={"c": "H"}),
            Measure(id="share", label="share", unit="percent", dims={"c": "S"}),
        ],
        figures=[
            Figure(id="h1", measure="held", value=100, as_of="2016-01"),
            Figure(id="h2", measure="held", value=200, as_of="2016-03"),
            Figure(id="s1", measure="share", value=30, as_of="2016-02-15"),
        ],
    )
    with pytest.warns(Warning, match="no figure as of 2016-02-15"):
        return total(data, by="c", at="2016-02-15")


def test_statistics_csv_leaves_a_missing_best_empty() -> None:
    """A missing best is empty in csv, as in the report's csv (JSON null, the frame NaN);
    it was the text tables' dash "—"."""
    result = _between_figures()
    rows = list(csv.DictReader(io.StringIO(tabulate(result, fmt="csv"))))  # type: ignore[arg-type]
    assert [(r["c"], r["best"]) for r in rows] == [("H", ""), ("S", "30")]
    document = json.loads(tabulate(result, fmt="json"))  # type: ignore[arg-type]
    assert [r["best"] for r in document["rows"]] == [None, "30"]
    assert "| —" in tabulate(result, fmt="github")  # type: ignore[arg-type]


def test_statistics_csv_columns_do_not_depend_on_the_rows() -> None:
    """The csv's columns are the same whatever the rows: ``statistic``, ``rule``, ``unit``
    and what gives each end are there when every row counts people, and when some do not."""
    from pwstats.stats import Statistics

    both = _between_figures()
    assert isinstance(both, Statistics)
    people = attrs.evolve(both, rows=both.rows[:1])
    headers = [tabulate(r, fmt="csv").splitlines()[0] for r in (both, people)]
    assert (
        headers[0]
        == headers[1]
        == (
            "c,statistic,interval,low,best,high,members,contested,rule,unit,because_low,because_high"
        )
    )
    rows = list(csv.DictReader(io.StringIO(tabulate(both, fmt="csv"))))
    assert [(r["statistic"], r["rule"], r["unit"]) for r in rows] == [
        ("total", "sum", "person"),
        ("total", "sum", "percent"),
    ]


def test_a_change_of_a_percentage_is_shown_in_percentage_points() -> None:
    """A change of a measure in percent is labelled percentage points in the text tables
    (it was labelled "percent", a relative change); a change of people keeps "person",
    a total of percentages "percent", and machine formats keep the unit's name."""
    from pwstats import Dataset, Figure, Measure
    from pwstats.stats import change, total

    data = Dataset(
        measures=[
            Measure(id="held", label="held", dims={"c": "H"}),
            Measure(id="rate", label="rate", unit="percent", dims={"c": "R"}),
        ],
        figures=[
            Figure(id="h1", measure="held", value=100, as_of="2016"),
            Figure(id="h2", measure="held", value=90, as_of="2017"),
            Figure(id="r1", measure="rate", value=20, as_of="2016"),
            Figure(id="r2", measure="rate", value=25, as_of="2017"),
        ],
    )
    changed = change(data, ["held", "rate"], "2016", "2017", by="c")
    for fmt in ("simple", "github", "html"):
        text = tabulate(changed, fmt=fmt)
        assert re.search(r"\bpercentage points\b", text), fmt
        assert not re.search(r"\bpercent\b", text), fmt
        assert "not a relative change" in text, fmt
    lines = tabulate(changed, fmt="simple").splitlines()
    assert lines[2].split()[-1] == "person"
    assert " ".join(lines[3].split()[-2:]) == "percentage points"
    (_, row) = json.loads(tabulate(changed, fmt="json"))["rows"]
    assert (row["best"], row["unit"]) == ("5", "percent")
    rows = list(csv.DictReader(io.StringIO(tabulate(changed, fmt="csv"))))
    assert [(r["statistic"], r["unit"]) for r in rows] == [
        ("change", "person"),
        ("change", "percent"),
    ]
    levels = tabulate(total(data, by="c", at="2017"), fmt="simple")
    assert "percentage points" not in levels
    assert levels.splitlines()[3].split()[-1] == "percent"


def test_statistics_have_one_table() -> None:
    """tabulate(statistics, table=...) is an error: the table choice is for reports."""
    with pytest.raises(ValueError, match="Statistics have one table"):
        tabulate(_statistics(), table="figures")  # type: ignore[arg-type]


def _two_sources_with(name: str) -> Report:
    import pwstats

    released = Measure(id="released", label="released", kind="event")
    figures = [
        Figure(
            id="a",
            measure="released",
            value="more than 230",
            source=Source(name=name, published="2024-01-03"),
        ),
        Figure(
            id="b",
            measure="released",
            value="exactly 230",
            source=Source(name="Ombudsman", published="2024-01-03"),
        ),
    ]
    return pwstats.reconcile(Dataset(measures=[released], figures=figures))


def test_latex_sources_after_the_first_are_not_read_as_a_row_spacing() -> None:
    """Row "[2] & ..." after "\\\\" read as \\\\[2], a length: pdflatex stopped."""
    text = tabulate(_two_sources_with("Agency"), fmt="latex")
    assert "{}[2]" in text
    assert not re.search(r"\\\\\s*\[", text)


def test_latex_has_no_approximately_sign_outside_maths() -> None:
    """pdflatex cannot set a bare "≈"; it is written $\\approx$."""
    share = Measure(id="share", label="share", unit="percent", kind="event")
    data = Dataset(
        measures=[share],
        figures=[Figure(id="a", measure="share", value="nearly a third", as_of="2024")],
    )
    import pwstats

    text = tabulate(pwstats.reconcile(data), fmt="latex")
    assert "≈" not in text
    assert "$\\approx$" in text


def test_markdown_keeps_names_as_text_and_explanations_on_one_line() -> None:
    """A source named with HTML, or with blank lines, stays text in its cell and in "Why:"."""
    name = "Agency <img src=x onerror=alert(1)>\n\n## Injected heading\n"
    text = tabulate(_two_sources_with(name), fmt="github")
    assert "<img" not in text
    assert "&lt;img src=x onerror=alert(1)&gt;" in text
    assert "\n## Injected" not in text
    why = text.split("Why:\n\n", 1)[1].split("\n\n", 1)[0]
    assert why.count("\n") == 0
    assert why.startswith("1. ")


# -- a "|", a newline or a tab in a name never breaks a row ----------------------------


def _named(bar: str, newline: str) -> Dataset:
    """A data set whose ids, names, labels, dims and quotes hold ``bar`` and ``newline``."""
    source = Source(
        name=f"Agency {bar} Ministry{newline}of{newline}Defence",
        role=f"spokes{bar}person",
        affiliation=f"Side {bar}",
        via=(f"Out{bar}let",),
        published="2024-01-03",
        quote=f"more {bar}{newline}than 230",
    )
    measure = Measure(
        id=f"m{bar}1",
        label=f"Released {bar} in{newline}the exchange",
        kind="event",
        dims={"side": f"A {bar} B"},
    )
    return Dataset(
        measures=[measure],
        figures=[Figure(id=f"f{bar}1", measure=measure, value="more than 230", source=source)],
    )


#: The formats whose cells are separated by "|" (in rst, "|" starts a substitution).
_BAR_FORMATS = frozenset(
    [
        "github",
        "pipe",
        "asciidoc",
        "jira",
        "youtrack",
        "rst",
        "grid",
        "colon_grid",
        "outline",
        "psql",
        "pretty",
        "presto",
        "orgtbl",
        "textile",
        "moinmoin",
    ]
)


def _separators(fmt: str, line: str) -> int:
    """How many cell separators ``line`` of a table in ``fmt`` holds."""
    bar = r"(?<!\\)\|" if fmt in _BAR_FORMATS else "[│║┃]"  # the box-drawing formats' rules
    pattern = {
        "tsv": r"\t",
        "html": r"<t[dh]>",
        "unsafehtml": r"<t[dh]>",
        "mediawiki": r"\|\||!!",
        "latex": r"(?<!\\)&",
        "latex_raw": r"(?<!\\)&",
        "latex_booktabs": r"(?<!\\)&",
        "latex_longtable": r"(?<!\\)&",
    }.get(fmt, bar)
    return len(re.findall(pattern, line))


def _tables(data: Dataset, fmt: str) -> list[str]:
    import pwstats

    report = pwstats.reconcile(data)
    return [
        tabulate(data, fmt=fmt, table="figures"),
        tabulate(data, fmt=fmt, table="sources"),
        tabulate(report, fmt=fmt, conflicts=False),
        tabulate(pwstats.total(report, by=("side",)), fmt=fmt),
        render_rows(["wo|rds!!"], [["a|b\tc\nd"]], fmt=fmt),
    ]


TEXT_FORMATS = [f for f in formats() if f not in ("json", "csv", "prov-json")]


@pytest.mark.parametrize("fmt", TEXT_FORMATS)
def test_bar_newline_or_tab_in_a_name_keeps_every_row_its_columns(fmt: str) -> None:
    """A "|", newline or tab in an id, name, label, dimension or quote gives each line the
    cells it has without them: escaped as the format escapes "|", or one line of text."""
    hostile = _tables(_named("|", "\n\t"), fmt)
    clean = _tables(_named("/", " "), fmt)
    clean[-1] = render_rows(["wo/rds//"], [["a/b c d"]], fmt=fmt)
    for bad, good in zip(hostile, clean, strict=True):
        bad_lines, good_lines = bad.splitlines(), good.splitlines()
        assert len(bad_lines) == len(good_lines), bad
        for b, g in zip(bad_lines, good_lines, strict=True):
            assert _separators(fmt, b) == _separators(fmt, g), (b, g)


@pytest.mark.parametrize(
    ("fmt", "shown"),
    [
        ("github", "Agency \\| Ministry of Defence"),
        ("pipe", "Agency \\| Ministry of Defence"),
        ("asciidoc", "Agency \\| Ministry of Defence"),
        ("jira", "Agency \\| Ministry of Defence"),
        ("rst", "Agency \\| Ministry of Defence"),
        ("grid", "Agency \\| Ministry of Defence"),
        ("orgtbl", "Agency \\vert{} Ministry of Defence"),
        ("mediawiki", "Agency &#124; Ministry of Defence"),
        ("textile", "Agency &#124; Ministry of Defence"),
        ("moinmoin", "Agency &#124; Ministry of Defence"),
        ("latex", "Agency \\textbar{} Ministry of Defence"),
        ("html", "Agency | Ministry of Defence"),
        ("fancy_grid", "Agency | Ministry of Defence"),
        ("tsv", "Agency | Ministry of Defence"),
    ],
)
def test_bar_in_a_name_is_written_as_the_format_escapes_it(fmt: str, shown: str) -> None:
    """The name still reads "Agency | Ministry of Defence", in the format's own escape."""
    assert shown in tabulate(_named("|", "\n"), fmt=fmt, table="sources")


def test_mediawiki_header_with_two_exclamation_marks_stays_one_header() -> None:
    """ "!!" separates MediaWiki header cells: a header "a!!b" is one column."""
    text = render_rows(["a!!b", "c"], [["x", "y!!z"]], fmt="mediawiki")
    assert re.search(r"^! a&#33;&#33;b +!! c$", text, re.MULTILINE)
    assert re.search(r"^\| x +\|\| y!!z$", text, re.MULTILINE)


# -- csv and tsv: text a spreadsheet would run as a formula ---------------------------


def _formula_data() -> Dataset:
    """A data set whose names, labels, quotes and dimensions a spreadsheet would run."""
    source = Source(
        name='=HYPERLINK("http://x", "y")',
        role="+role",
        affiliation="@side",
        via=("-2+3",),
        published="2024-01-03",
        quote="-2+3+cmd|' /C calc'!A0",
    )
    measure = Measure(
        id="change", label="=label", kind="event", dims={"side": "@x"}, nonnegative=False
    )
    return Dataset(
        measures=[measure],
        figures=[Figure(id="f", measure="change", value=-5, source=source, note="=note")],
    )


def _csv_cells(text: str, delimiter: str = ",") -> list[str]:
    return [c.strip() for row in csv.reader(io.StringIO(text), delimiter=delimiter) for c in row]


def _formula_tables(formulas: str) -> list[tuple[str, str]]:
    import pwstats

    data = _formula_data()
    report = pwstats.reconcile(data)
    stats = pwstats.total(report, by=("side",))
    out = []
    for fmt, delimiter in (("csv", ","), ("tsv", "\t")):
        for text in (
            tabulate(report, fmt=fmt, formulas=formulas),  # type: ignore[arg-type]
            tabulate(data, fmt=fmt, formulas=formulas),  # type: ignore[arg-type]
            tabulate(data, fmt=fmt, table="sources", formulas=formulas),  # type: ignore[arg-type]
            tabulate(stats, fmt=fmt, formulas=formulas),  # type: ignore[arg-type]
            render_rows(["=h"], [["@cell"], ["-5"]], fmt=fmt, formulas=formulas),  # type: ignore[arg-type]
        ):
            out.append((text, delimiter))
    return out


def test_csv_and_tsv_text_that_a_spreadsheet_would_run_starts_with_a_quote() -> None:
    """In csv and tsv no text cell starts with =, +, -, @, tab or CR: it gets a leading "'";
    a number such as -5 stays a number."""
    seen: set[str] = set()
    for text, delimiter in _formula_tables("escape"):
        cells = _csv_cells(text, delimiter)
        seen.update(cells)
        risky = [c for c in cells if c[:1] and c[0] in "=+-@\t\r"]
        assert all(re.fullmatch(r"-\d+", c) for c in risky), risky
    assert {'\'=HYPERLINK("http://x", "y")', "'+role", "'@side", "'-2+3", "'=h", "'@cell"} <= seen
    assert {"'=label", "'@x", "-5"} <= seen


def test_csv_formulas_raw_writes_cells_as_they_are() -> None:
    """formulas="raw" keeps every cell as given, for programs that read the file."""
    cells = {c for text, d in _formula_tables("raw") for c in _csv_cells(text, d)}
    assert {'=HYPERLINK("http://x", "y")', "+role", "@side", "=h", "@cell", "=label"} <= cells
    assert not any(c.startswith("'") for c in cells)


# -- revisions: the latest words carry their own footnotes only -----------------------


def _revised_toll() -> Dataset:
    """A ministry's toll released three times (at least 120, nearly 300, 312) beside an NGO."""
    releases = [("m1", "at least 120", "2025-03-05"), ("m2", "nearly 300", "2025-03-20")]
    releases.append(("m3", "312", "2025-04-10"))
    figures = [
        Figure(id=i, measure="deaths", value=v, source=Source(name="Ministry", published=d))
        for i, v, d in releases
    ]
    figures.append(
        Figure(
            id="n1",
            measure="deaths",
            value="300-350",
            source=Source(name="NGO", published="2025-03-10"),
        )
    )
    return Dataset(measures=[Measure(id="deaths", label="deaths", kind="event")], figures=figures)


def test_revised_statement_does_not_carry_the_footnotes_of_earlier_releases() -> None:
    """The latest figure of a revised series is marked with its own source only; each
    earlier release it revised is shown as such, with its own footnote."""
    from pwstats import reconcile

    text = tabulate(reconcile(_revised_toll()), fmt="github")
    assert "312 [1] (revised from at least 120 [2], nearly 300 [3]); 300-350 [4]" in text
    assert "312 [1, 2, 3]" not in text
    sources = text.split("Sources")[1]
    assert re.search(r"\[1\]\s*\|\s*Ministry\s*\|\s*2025-04-10", sources)
    assert re.search(r"\[2\]\s*\|\s*Ministry\s*\|\s*2025-03-05", sources)


def test_json_marks_earlier_releases_as_revised_by_the_latest() -> None:
    """In JSON each figure's footnote is its own source, and an earlier release names the
    figure that revised it."""
    from pwstats import reconcile

    document = json.loads(tabulate(reconcile(_revised_toll()), fmt="json"))
    figures = {f["id"]: f for f in document["findings"][0]["figures"]}
    assert figures["m1"]["revised_by"] == figures["m2"]["revised_by"] == "m3"
    assert "revised_by" not in figures["m3"]
    notes = {n["number"]: n["published"] for n in document["footnotes"]}
    assert notes[figures["m3"]["footnote"]] == "2025-04-10"
    assert notes[figures["m1"]["footnote"]] == "2025-03-05"


def test_footnote_sources_number_revisions_as_the_table_does() -> None:
    """footnote_sources (used by to_gt and frames) numbers sources as tabulate shows them."""
    from pwstats import reconcile
    from pwstats.table import footnote_sources

    report = reconcile(_revised_toll())
    dates = [s.published.isoformat() for s in footnote_sources(report) if s.published]
    assert dates == ["2025-04-10", "2025-03-05", "2025-03-20", "2025-03-10"]


def test_sources_table_of_a_report_numbers_sources_as_its_footnotes() -> None:
    """--table sources of a report gives each source the number of its footnote in the
    findings table (which numbers by first appearance there, not in data-set order)."""
    from pwstats import reconcile

    data = _revised_toll()
    report = reconcile(data)
    footnotes = json.loads(tabulate(report, fmt="json"))["footnotes"]
    sources = json.loads(tabulate(report, fmt="json", table="sources"))["sources"]
    assert sources == footnotes
    assert [s["published"] for s in sources][:2] == ["2025-04-10", "2025-03-05"]
    rows = tabulate(report, fmt="plain", table="sources").splitlines()[1:]
    assert rows[0].startswith("[1]")
    assert "2025-04-10" in rows[0]


def test_sources_table_marks_a_listed_source_no_figure_cites() -> None:
    """A source the data set lists but no figure cites comes last, without a number, and
    says so; footnote numbers stay those of the main table."""
    from pwstats import reconcile

    data = _revised_toll()
    unused = Source(name="Nobody", published="2025-01-01")
    data = Dataset(measures=data.measures, figures=data.figures, sources=[unused])
    for shown in (data, reconcile(data)):
        rows = tabulate(shown, fmt="plain", table="sources").splitlines()[1:]
        assert rows[-1].startswith("(no figure)")
        assert "Nobody" in rows[-1]
        assert [r.split()[0] for r in rows[:-1]] == ["[1]", "[2]", "[3]", "[4]"]
        sources = json.loads(tabulate(shown, fmt="json", table="sources"))["sources"]
        assert sources[-1]["number"] is None
        assert sources[-1]["name"] == "Nobody"
        assert tabulate(shown, fmt="csv", table="sources").splitlines()[-1].startswith(",Nobody")


# -- an event's as-of: the days its figures share, or a range that says what it is ----------


def test_event_dated_only_by_its_reports_shows_the_reporting_range_as_such() -> None:
    """An event whose figures are dated by their publication, on different days, shows
    "reported <first> to <last>", not a bare span that reads as when the event was; the
    finding's as_of (which relations use) and JSON keep the span."""
    from pwstats import reconcile

    report = reconcile(_revised_toll())
    finding = report.findings[0]
    assert str(finding.as_of) == "2025-03-05/2025-04-10"
    assert finding.dated == "reported 2025-03-05 to 2025-04-10"
    text = tabulate(report, fmt="github")
    assert "| reported 2025-03-05 to 2025-04-10 |" in text
    assert "2025-03-05/2025-04-10" not in text
    document = json.loads(tabulate(report, fmt="json"))
    assert document["findings"][0]["as_of"] == "2025-03-05/2025-04-10"


def test_event_as_of_is_the_common_days_or_the_figures_dates() -> None:
    """An event's figures that share days show those days; figures given different dates
    of their own show "figures dated <first> to <last>"."""
    from pwstats import reconcile

    event = Measure(id="e", label="e", kind="event")
    shared = Dataset(
        measures=[event],
        figures=[
            Figure(id="a", measure="e", value=30, as_of="2025-03"),
            Figure(id="b", measure="e", value=30, as_of="2025-03-01"),
        ],
    )
    assert reconcile(shared).findings[0].dated == "2025-03-01"
    apart = Dataset(
        measures=[event],
        figures=[
            Figure(id="a", measure="e", value=30, as_of="2025-03-01"),
            Figure(id="b", measure="e", value=47, as_of="2025-03-02"),
        ],
    )
    report = reconcile(apart)
    assert report.findings[0].dated == "figures dated 2025-03-01 to 2025-03-02"
    conflicts = tabulate(report, fmt="github").split("Conflicts")[1]
    assert "figures dated 2025-03-01 to 2025-03-02" in conflicts


def test_a_chain_of_citations_of_an_earlier_release_is_walked_once() -> None:
    """Each figure of a long chain of citations (each repeating the one before) is placed
    with the release it repeats after one walk of the chain, not one walk per figure,
    which made the table quadratic in the chain's length."""
    from pwstats.report import releases

    class Counted(frozenset[str]):
        looked = 0

        def __contains__(self, item: object) -> bool:
            Counted.looked += 1
            return super().__contains__(item)

    n = 2000
    said = Source(name="Ministry", published="2025-01-01")
    chain = [Figure(id="f0", measure="m", value="312", source=said)]
    chain += [
        Figure(id=f"f{i}", measure="m", value="312", cites=f"f{i - 1}", source=said)
        for i in range(1, n)
    ]
    latest = Figure(id="new", measure="m", value="320", source=said)
    own, earlier = releases([latest, *reversed(chain)], Counted({"f0"}))
    assert [f.id for f in own] == ["new"]
    assert [f.id for f in earlier[0]] == ["f0", *(f"f{i}" for i in range(n - 1, 0, -1))]
    assert Counted.looked <= 4 * (n + 1)


def test_tabulate_of_a_bound_or_finding_says_what_to_print_instead() -> None:
    """tabulate(bound) named only Report and Dataset (Statistics are taken too) and left
    the user to guess that a Bound prints itself; known_at= gives the same message."""
    import pwstats

    seeds = pwstats.seeds()
    bound = pwstats.bound(seeds, "ua-returned-total", at="2024-01-02")
    with pytest.raises(
        TypeError, match=r"Report, Dataset or Statistics, not Bound: print\(bound\)"
    ):
        pwstats.tabulate(bound)
    with pytest.raises(TypeError, match="not Bound: print"):
        pwstats.tabulate(bound, known_at="2024")  # type: ignore[arg-type]
    finding = pwstats.reconcile(seeds).findings[0]
    with pytest.raises(TypeError, match="not Finding: a finding is one row of its report"):
        pwstats.tabulate(finding)  # type: ignore[arg-type]


def test_an_estimate_wholly_outside_a_range_of_bounds_says_it_was_cut_to_the_nearer_end() -> None:
    """Counts of 230 to 253 and a survey's 4,645 (793–8,498): the plausible value cut at
    the bounds is their high end, and the table says the estimate lay wholly outside them
    (not that the bounds "leave this one value": they leave 24)."""
    from pwstats import Dataset, Figure, Interval, Measure, reconcile, tabulate

    data = Dataset(
        measures=[Measure(id="d", label="deaths")],
        figures=[
            Figure(id="count", measure="d", value=Interval.closed(230, 253), as_of="2024-03-03"),
            Figure(
                id="survey",
                measure="d",
                basis="estimate",
                low=793,
                best=4645,
                high=8498,
                as_of="2024-03-03",
            ),
        ],
    )
    table = tabulate(reconcile(data), fmt="simple")
    assert "253 (wholly outside the bounds: cut to their nearer end)" in table
    assert "leave this one value" not in table


def test_the_seed_table_shows_no_shared_values_beyond_a_findings_bounds() -> None:
    """The seeds: "almost 2,600" reads [2470, 2599], and the exchange of at least 230 on 3 January
    leaves the running total [2470, 2598] before it: the consensus column shows what the
    bounds leave, saying so (it showed [2470, 2599] beside a high of 2598). So does each
    agreeing group: "more than 230" alone is [231, 253], the exchange at most 250."""
    from pwstats import reconcile, seeds
    from pwstats.table import findings_cells

    report = reconcile(seeds())
    headers, cells = findings_cells(report)
    consensus, groups = headers.index("consensus"), headers.index("agreeing groups")
    shown = {
        (f.measure, f.dated): (row[consensus], row[groups])
        for f, row in zip(report.findings, cells, strict=True)
    }
    assert shown["ua-returned-total", "2023-12"] == ("[2470, 2598] (cut at the bounds)", "—")
    assert shown["ua-released-2024-01-03", "2024-01-03"] == (
        "— (sets tie)",
        "[230, 230]; [231, 250] (cut at the bounds)",
    )
    for f, row in zip(report.findings, cells, strict=True):
        for text in (row[consensus], *row[groups].split("; ")):
            said = text.removesuffix(" (cut at the bounds)")
            if said.startswith("[") and not f.bounds.is_empty:
                iv = Interval.parse(said.removesuffix(" %"))
                assert f.bounds.contains(iv) or not f.bounds.overlaps(iv), (f, text)
