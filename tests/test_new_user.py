"""A new user's first files: published exports as they arrive, and the errors they meet.

A data journalist or conflict-data coder downloads a UCDP GED or ACLED export, opens it
in a spreadsheet or a statistics package and saves it again, and hands it to pwstats.
The headers may come back in capitals or padded, the text in Latin-1, the file empty or
cut short. Each test states what such a user relies on: the same data set as from the
clean export, or one line naming the file (and the line) of what is wrong.
"""

from __future__ import annotations

import warnings
from pathlib import Path

import pytest

import pwstats
from pwstats.cli import main
from pwstats.errors import DatasetErrors

pd = pytest.importorskip("pandas")

FIXTURES = Path(__file__).parent / "fixtures"
EXPORTS = [("ged_sample.csv", "ucdp-ged"), ("acled_sample.csv", "acled")]


def quietly_from_frame(frame: object, **options: object) -> pwstats.Dataset:
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", pwstats.errors.PwstatsWarning)
        return pwstats.from_frame(frame, **options)  # type: ignore[arg-type]


def run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    status = main(list(argv))
    out, err = capsys.readouterr()
    return status, out, err


# -- headers a spreadsheet or a statistics package rewrote --------------------------------


@pytest.mark.parametrize(("fixture", "preset"), EXPORTS)
@pytest.mark.parametrize(
    "respell",
    [str.upper, str.title, lambda c: f" {c} "],
    ids=["upper", "title", "padded"],
)
def test_a_preset_reads_its_columns_in_any_case_or_padded(
    fixture: str, preset: str, respell: object
) -> None:
    """An export whose headers differ from the codebook's only in case or surrounding
    spaces reads to the same data set as the export itself, dims named as the codebook
    names them."""
    frame = pd.read_csv(FIXTURES / fixture)
    expected = quietly_from_frame(frame, preset=preset, on_bad_records="skip")
    respelled = frame.rename(columns=respell)
    assert quietly_from_frame(respelled, preset=preset, on_bad_records="skip") == expected
    assert any(m.dims for m in expected.measures)


def test_a_column_spelled_twice_in_other_cases_is_named_not_guessed() -> None:
    """Two columns that both spell a required preset column otherwise ('ID', 'Id') are
    not chosen between: the error names both."""
    frame = pd.read_csv(FIXTURES / "ged_sample.csv").rename(columns={"id": "ID"})
    frame["Id"] = frame["ID"]
    with pytest.raises(DatasetErrors) as caught:
        pwstats.from_frame(frame, preset="ucdp-ged")
    (problem,) = caught.value.exceptions
    assert "'ID', 'Id'" in str(problem)
    assert problem.field == "id"


def test_the_command_reads_the_export_it_recognised_in_capitals(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    """A GED export with capitalised headers, which the command recognises as GED
    without --preset, is read with --preset as the lowercase export is."""
    text = (FIXTURES / "ged_sample.csv").read_text(encoding="utf-8")
    header, body = text.split("\n", 1)
    upper = tmp_path / "GED.csv"
    upper.write_text(header.upper() + "\n" + body, encoding="utf-8")
    status, _, err = run(capsys, "total", str(upper), "--by", "country,year")
    assert status == 2
    assert "give --preset ucdp-ged" in err
    argv = ["total", "--by", "country,year", "--preset", "ucdp-ged", "--format", "csv"]
    argv += ["--on-bad-records", "skip"]
    status, out_upper, _ = run(capsys, *argv, str(upper))
    assert status == 0
    status, out_lower, _ = run(capsys, *argv, str(FIXTURES / "ged_sample.csv"))
    assert out_upper == out_lower


# -- exports that cannot be read at all -----------------------------------------------------


def latin1(path: Path) -> tuple[str, str]:
    header = "event_id_cnty,event_date,year,country,admin1,fatalities,source,notes\n"
    row = 'COL1,2023-10-07,2023,Colombia,"Bogotá, D.C.",1,Policía,ataque\n'
    path.write_bytes((header + row).encode("latin-1"))
    offset = len(header.encode()) + row.encode("latin-1").index(b"\xe1")
    return f":2: not UTF-8: byte 0xE1 at offset {offset} cannot be read", "save the file as UTF-8"


def empty(path: Path) -> tuple[str, str]:
    path.write_bytes(b"")
    return ": empty file", "no header"


def cut_short(path: Path) -> tuple[str, str]:
    path.write_text('event_id_cnty,event_date,fatalities\nA1,2023-01-01,3\n"A2,2023-01-02,4\n')
    return ": not a readable CSV file", "EOF inside string"


def missing(path: Path) -> tuple[str, str]:
    return ": no such file", ""


def directory(path: Path) -> tuple[str, str]:
    path.mkdir()
    return ": is a directory", ""


@pytest.mark.parametrize("make", [latin1, empty, cut_short, missing, directory])
def test_an_export_that_cannot_be_read_is_one_line_naming_the_file(
    capsys: pytest.CaptureFixture[str], tmp_path: Path, make: object
) -> None:
    """--preset on a file pandas cannot read (not UTF-8, empty, an unclosed quote,
    missing, a directory) prints one line naming the file and what is wrong, exit 2."""
    path = tmp_path / "acled.csv"
    where, what = make(path)  # type: ignore[operator]
    status, out, err = run(capsys, "total", str(path), "--preset", "acled", "--by", "country")
    assert status == 2
    assert out == ""
    assert err.count("\n") == 1
    assert err.startswith(f"pwstats total: {path}{where}")
    assert what in err


def test_the_first_bad_byte_is_found_past_the_first_megabyte(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    """The byte named is the file's first that is not UTF-8, with its true offset and
    line, also when it lies after a character cut by a read's end."""
    header = "event_id_cnty,event_date,year,country,fatalities,notes\n"
    row = "A{},2023-10-07,2023,Peru,1,ñandú\n"
    rows = [row.format(i) for i in range(40_000)]
    good = (header + "".join(rows)).encode("utf-8")
    assert len(good) > 1 << 20
    path = tmp_path / "big.csv"
    path.write_bytes(good + b"B1,2023-10-07,2023,Per\xfa,1,x\n")
    status, _, err = run(capsys, "total", str(path), "--preset", "acled", "--by", "country")
    assert status == 2
    offset = len(good) + len(b"B1,2023-10-07,2023,Per")
    assert f"{path}:{len(rows) + 2}: not UTF-8: byte 0xFA at offset {offset} " in err


# -- problems named once, and only what differs ---------------------------------------------


def test_a_duplicate_event_id_is_one_problem() -> None:
    """Two ACLED rows with one event id (coded in different provinces) are one problem,
    the duplicate id, not also a measure 'defined differently'."""
    frame = pd.read_csv(FIXTURES / "acled_sample.csv")
    frame.loc[1, "event_id_cnty"] = frame.loc[0, "event_id_cnty"]
    frame.loc[1, "admin1"] = "Elsewhere"
    rejected: list[pwstats.Rejected] = []
    quietly_from_frame(frame, preset="acled", on_bad_records=rejected.append)
    (row,) = [r for r in rejected if r.line == 1]
    (problem,) = row.errors
    assert "duplicate id 'acled-XYZ1001' (first on row 0)" in str(problem)


def test_rows_of_one_measure_that_disagree_name_only_the_dims_that_differ() -> None:
    """A measure whose rows give different dims is refused naming each differing
    dimension with both values, not the whole key of each row."""
    frame = pd.DataFrame(
        {
            "id": ["a", "b"],
            "measure": ["killed", "killed"],
            "number": [3, 4],
            "as_of": ["2023", "2023"],
            "country": ["Iraq", "Syria"],
            "year": ["2023", "2023"],
        }
    )
    with pytest.raises(DatasetErrors) as caught:
        pwstats.from_frame(frame, columns={"dims": ["country", "year"]})
    (problem,) = caught.value.exceptions
    assert "dims country 'Syria' here, 'Iraq' there" in str(problem)
    assert "year" not in str(problem)


def test_a_missing_export_column_is_named_in_the_commands_words(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    """An export without a column its preset needs names the file and the column, and
    asks for the header to be renamed: the command has no columns= to pass."""
    frame = pd.read_csv(FIXTURES / "acled_sample.csv").rename(columns={"event_date": "date"})
    path = tmp_path / "acled.csv"
    frame.to_csv(path, index=False)
    status, _, err = run(capsys, "total", str(path), "--preset", "acled", "--by", "country")
    assert status == 2
    assert err.startswith(f"pwstats total: {path}: event_date: the file has no column")
    assert "rename the file's column" in err
    assert "columns=" not in err


def test_a_negative_count_in_a_sheet_says_what_and_where_in_that_order(tmp_path: Path) -> None:
    """A negative headcount in a CSV file is refused at its line and column, saying what
    is wrong, how a signed measure is declared, and then where the sign stands."""
    path = tmp_path / "killed.csv"
    path.write_text(
        "id,measure,measure_label,measure_kind,value,as_of\na,killed,killed,event,-3,2023-10-07\n",
        encoding="utf-8",
    )
    with pytest.raises(DatasetErrors) as caught:
        pwstats.load(path)
    (problem,) = caught.value.exceptions
    assert (problem.line, problem.field) == (2, "value")
    message = str(problem)
    assert "a negative number where the quantity is non-negative" in message
    assert message.endswith(
        "set the measure's nonnegative to false): the sign at character 0 of '-3'"
    )


# -- frames a notebook adds up ----------------------------------------------------------------


def test_totals_frame_adds_up_as_the_findings_frame_does() -> None:
    """Statistics.to_frame() holds numbers where Report.to_frame() does: each column
    name the two share has one dtype, and summing best gives the sum of the rows' bests
    (it concatenated their text: '10' + '16' + '1200')."""
    frame = pd.read_csv(FIXTURES / "ged_sample.csv")
    data = quietly_from_frame(frame, preset="ucdp-ged", on_bad_records="skip")
    report = pwstats.reconcile(data)
    totals = pwstats.total(report, by=("country", "year"))
    found, summed = report.to_frame(), totals.to_frame()
    shared = set(found.columns) & set(summed.columns)
    assert {"low", "best", "high", "low_exact", "best_exact", "high_exact", "rule"} <= shared
    assert {c: str(summed[c].dtype) for c in shared} == {c: str(found[c].dtype) for c in shared}
    bests = [r.estimate.best for r in totals.rows]
    assert summed["best"].sum() == float(sum(b for b in bests if b is not None))
    for row, (_, cells) in zip(totals.rows, summed.iterrows(), strict=True):
        assert pwstats.Interval.parse(cells["interval"]) == row.interval
        assert cells["interval_lo_exact"] == str(row.interval.lo)


# -- a rejected record's line names its place once ----------------------------------------


def test_a_rejected_line_of_a_file_names_its_place_once(tmp_path: Path) -> None:
    """A rejected record of a file reads "file:line: record 'id' rejected: field: what",
    the file and line not repeated before each reason."""
    path = tmp_path / "held.csv"
    path.write_text(
        "id,measure,measure_label,value,as_of\nf1,m,held,about 300,2024\nf2,m,,lots,2023-W41\n",
        encoding="utf-8",
    )
    rejected: list[pwstats.Rejected] = []
    pwstats.load(path, on_bad_records=rejected.append)
    (bad,) = rejected
    line = str(bad)
    assert line.startswith(f"{path}:3: record 'f2' rejected: ")
    assert line.count(str(path)) == 1
    reasons = line.split(" rejected: ", 1)[1].split("; ")
    assert [r.split(":", 1)[0] for r in reasons] == ["as_of", "value"]


@pytest.mark.parametrize("ident", ["E (1)", "a)b", None])
def test_a_rejected_row_of_a_frame_names_its_place_once(ident: str | None) -> None:
    """A rejected row of a frame reads "row N: record 'id' rejected: column: what",
    without "row N (id ...)" again before the reason, whatever its id holds."""
    frame = pd.DataFrame(
        {
            "id": ["ok", ident],
            "measure": ["m", "m"],
            "measure_label": ["held", None],
            "number": [3, -4],
            "as_of": ["2024", "2024"],
        }
    )
    rejected: list[pwstats.Rejected] = []
    quietly_from_frame(frame, on_bad_records=rejected.append)
    (bad,) = rejected
    shown = "a record" if ident is None else f"record {ident!r}"
    assert str(bad).startswith(f"row 1: {shown} rejected: number: ")
    assert str(bad).count("row 1") == 1


# -- dates a spreadsheet wrote -------------------------------------------------------------


def suggested(text: str) -> str:
    """The text a date error suggests writing instead (between 'as ' / ', ' and ', not')."""
    with pytest.raises(pwstats.ParseError) as caught:
        pwstats.DateSpan.parse(text)
    message = str(caught.value)
    assert message.endswith(f"not {text!r}")
    return message.rsplit(", not ", 1)[0].rsplit(", ", 1)[1]


@pytest.mark.parametrize("year", [2020, 2023, 2026])
def test_an_iso_week_is_refused_naming_its_seven_days(year: int) -> None:
    """Every ISO week of a year ('2023-W41', '2023W41') is refused with the span of its
    days as partial ISO text, which reads back to exactly the days of that week."""
    import datetime as dt

    weeks = dt.date(year, 12, 28).isocalendar().week  # the last week of the year
    for week in range(1, weeks + 1):
        for text in (f"{year}-W{week:02d}", f"{year}W{week:02d}"):
            span = pwstats.DateSpan.parse(suggested(text))
            assert span.days == 7
            assert span.start.isocalendar()[:3] == (year, week, 1)
            assert span.end.isocalendar()[:3] == (year, week, 7)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("2023-10-07T00:00:00Z", "2023-10-07"),
        ("2023-10-07 14:30:00", "2023-10-07"),
        ("2023-10-07T23:59:59+02:00", "2023-10-07"),
        ("13/10/2023", "YYYY-MM-DD (2023-10-13 if day-first)"),
        ("1/13/2023", "YYYY-MM-DD (2023-01-13 if month-first)"),
        ("07.10.2023", "YYYY-MM-DD (2023-10-07 if day-first"),
    ],
)
def test_a_timestamp_or_numeric_date_in_a_data_file_says_what_to_write(
    tmp_path: Path, text: str, expected: str
) -> None:
    """A figure's as_of written as a timestamp or a numeric date is refused at its line
    and column, naming the ISO text to write (both readings when the order is unknown)."""
    path = tmp_path / "events.csv"
    path.write_text(
        f"id,measure,measure_label,measure_kind,number,as_of\na,m,killed,event,3,{text}\n",
        encoding="utf-8",
    )
    with pytest.raises(DatasetErrors) as caught:
        pwstats.load(path)
    (problem,) = caught.value.exceptions
    assert (problem.line, problem.field) == (2, "as_of")
    assert expected in problem.message
    assert problem.message.endswith(f"not {text!r}")


# -- the Python API: a pwstats error for every value a data set cannot hold -----------------

KILLED = pwstats.Measure(id="k", label="killed", kind="event")


def figure(**fields: object) -> pwstats.Figure:
    return pwstats.Figure(**{"id": "a", "measure": "k", "as_of": "2024", **fields})  # type: ignore[arg-type]


@pytest.mark.parametrize(
    ("build", "words"),
    [
        (lambda: figure(low=5, high=3), "low 5 is above high 3"),
        (lambda: figure(low=1, best=9, high=3), "best 9 is outside"),
        (lambda: figure(best=float("nan")), "NaN"),
        (lambda: figure(value=""), "empty"),
        (lambda: figure(value="3", cites="a"), "cites itself"),
        (lambda: figure(basis="guess", best=3), "basis"),
        (lambda: pwstats.Measure(id="x", label="x", kind="events"), "kind"),
        (lambda: pwstats.Measure(id="x", label="x", dims={"Country": "X"}), "'Country'"),
        (lambda: pwstats.Measure(id=" x", label="x"), "id"),
        (lambda: pwstats.Source(name=""), "Source.name"),
        (lambda: pwstats.Relation.sum("k", ["k"]), "part of itself"),
        (lambda: pwstats.Relation.le("k", "k"), "with itself"),
    ],
)
def test_a_value_no_data_set_can_hold_is_a_dataset_error(build: object, words: str) -> None:
    """Building a figure, measure, source or relation from values a data set cannot hold
    raises a DatasetError (a PwstatsError and a ValueError) whose message says what."""
    with pytest.raises(pwstats.DatasetError) as caught:
        build()  # type: ignore[operator]
    assert isinstance(caught.value, pwstats.PwstatsError)
    assert isinstance(caught.value, ValueError)
    assert words in str(caught.value)


def test_hxl_totals_keep_killed_and_injured_apart_by_hashtag() -> None:
    """Each HXL count column's measures carry dim hashtag (its hashtag), so a total by
    place and hashtag equals, per hashtag, the sum of that column alone (brute force)."""
    frame = pd.read_csv(FIXTURES / "hxl_sample.csv")
    data = quietly_from_frame(frame, preset="hxl", on_bad_records="skip")
    totals = pwstats.total(data, by=("adm1_name", "hashtag"))
    by_group: dict[tuple[str, str], object] = {}
    for finding in pwstats.reconcile(data).findings:  # each member's own best
        dims = data.measure(finding.measure).dims
        assert finding.measure.endswith("-" + dims["hashtag"].lstrip("#"))
        key = (dims["adm1_name"], dims["hashtag"])
        by_group[key] = by_group.get(key, 0) + finding.estimate.best  # type: ignore[operator]
    got = {(r.group["adm1_name"], r.group["hashtag"]): r.estimate.best for r in totals.rows}
    assert got == by_group
    assert {h for _, h in got} == {"#affected+killed", "#affected+injured"}
    killed = pwstats.total(data, by="adm1_name", where={"hashtag": "#affected+killed"})
    assert {r.group["adm1_name"]: r.estimate.best for r in killed.rows} == {
        place: best for (place, tag), best in by_group.items() if tag == "#affected+killed"
    }


# -- exports given together ---------------------------------------------------------------------


def overlapping_exports(tmp_path: Path) -> tuple[Path, Path, int]:
    """Two GED exports sharing some events: the second is a later release."""
    frame = pd.read_csv(FIXTURES / "ged_sample.csv")
    good = frame[~frame["id"].isin([900005, 900006])]  # the sample's two bad rows
    first, later = tmp_path / "ged-23.csv", tmp_path / "ged-24.csv"
    good.iloc[:4].to_csv(first, index=False)
    good.iloc[2:].to_csv(later, index=False)
    return first, later, 2


def test_overlapping_exports_are_one_line_per_file_not_one_per_event(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    """Two exports holding the same events give one line for the later file, naming
    the earlier one and how many events repeat, exit 2; not a line per id and table."""
    first, later, shared = overlapping_exports(tmp_path)
    argv = ["total", str(first), str(later), "--preset", "ucdp-ged", "--by", "country"]
    status, out, err = run(capsys, *argv)
    assert status == 2
    assert out == ""
    lines = [line for line in err.splitlines() if "warning" not in line]
    assert lines == [
        f"pwstats total: {later}: {shared} events of this file are also in {first}"
        " (ged-900003, ged-900004): give each event once, or --on-bad-records"
        f" skip to keep {first}'s"
    ]


def test_overlapping_exports_skipped_keep_the_first_files_events(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    """With --on-bad-records skip the repeats of a later file are left out: the total
    is that of the union of the files' events, each once (the frames' own union)."""
    first, later, _ = overlapping_exports(tmp_path)
    argv = ["total", str(first), str(later), "--preset", "ucdp-ged", "--by", "country"]
    status, out, _ = run(capsys, *argv, "--on-bad-records", "skip", "--format", "csv")
    assert status == 0
    union = pd.concat([pd.read_csv(first), pd.read_csv(later)]).drop_duplicates("id")
    union_path = tmp_path / "union.csv"
    union.to_csv(union_path, index=False)
    argv = ["total", str(union_path), "--preset", "ucdp-ged", "--by", "country"]
    status, expected, _ = run(capsys, *argv, "--on-bad-records", "skip", "--format", "csv")
    assert status == 0
    assert out == expected


# -- a pwstats sheet read through pandas ------------------------------------------------------

SHEET = """\
id,measure,measure_label,measure_kind,value,as_of,source_name,dim_country,dim_year
a,killed-gaza,Killed in Gaza,event,"about 1,200",2023-10-07,MoH,PSE,2023
b,killed-gaza,,,more than 1000,2023-10-07,OCHA,PSE,2023
c,killed-isr,Killed in Israel,event,"1,139",2023-10-07,AFP,ISR,2023
"""


def test_a_sheet_with_dims_reads_the_same_from_a_file_and_from_pandas(tmp_path: Path) -> None:
    """A pwstats CSV sheet's dim_<name> columns are the measures' dims whether the file
    is loaded or read with pandas.read_csv and from_frame (from_frame dropped them), so
    totals by those dims agree."""
    path = tmp_path / "sheet.csv"
    path.write_text(SHEET, encoding="utf-8")
    loaded = pwstats.load(path)
    framed = pwstats.from_frame(pd.read_csv(path, dtype=str))
    assert [dict(m.dims) for m in framed.measures] == [dict(m.dims) for m in loaded.measures]
    assert dict(framed.measure("killed-isr").dims) == {"country": "ISR", "year": "2023"}
    by = ("country",)
    assert pwstats.total(framed, by=by).rows == pwstats.total(loaded, by=by).rows


def test_a_misspelled_field_column_of_a_frame_is_warned_not_ignored_silently() -> None:
    """A frame column named like a pwstats field but misspelled (measure_lable) reads as
    nothing; one DataQualityWarning names it and the field it looks like."""
    frame = pd.DataFrame(
        {
            "id": ["a"],
            "measure": ["m"],
            "measure_lable": ["Killed"],
            "value": ["12"],
            "as_of": ["2023"],
            "region": ["North"],
        }
    )
    with pytest.warns(pwstats.errors.DataQualityWarning) as caught:
        data = pwstats.from_frame(frame)
    (warning,) = caught
    assert "'measure_lable' (did you mean 'measure_label'?)" in str(warning.message)
    assert "region" not in str(warning.message)
    assert data.measure("m").label == "m"


def test_a_spreadsheet_workbook_is_refused_saying_to_save_it_as_csv(tmp_path: Path) -> None:
    """A workbook (.xlsx, .ods) given as a data file is refused naming it and saying to
    save the sheet as CSV UTF-8."""
    for suffix in (".xlsx", ".ods"):
        path = tmp_path / f"events{suffix}"
        path.write_bytes(b"PK\x03\x04")
        with pytest.raises(DatasetErrors) as caught:
            pwstats.load(path)
        (problem,) = caught.value.exceptions
        assert problem.file == str(path)
        assert "save a spreadsheet's sheet as CSV UTF-8" in str(problem)


@pytest.mark.parametrize(
    ("name", "written"),
    [("Country", "country"), ("Admin 1", "admin_1"), ("conflict-id", "conflict_id")],
)
def test_a_dimension_name_in_other_spelling_says_the_name_to_write(
    capsys: pytest.CaptureFixture[str], name: str, written: str
) -> None:
    """A dimension named with capitals, spaces or hyphens (--by Country) is refused
    saying the valid name to write; a name no respelling makes valid gets no hint."""
    with pytest.raises(pwstats.DatasetError, match=f": write {written!r}$"):
        pwstats.model.Dims.check_name(name)
    with pytest.raises(pwstats.DatasetError) as caught:
        pwstats.model.Dims.check_name("1st")
    assert "write" not in str(caught.value)
    status, _, err = run(capsys, "total", "--by", name)
    assert status == 2
    assert err.rstrip().endswith(f": write {written!r}")


# -- how a spreadsheet saved the export --------------------------------------------------------


def export_rows() -> list[list[str]]:
    import csv

    with (FIXTURES / "acled_sample.csv").open(encoding="utf-8", newline="") as handle:
        return list(csv.reader(handle))


def saved(rows: list[list[str]], sep: str, newline: str = "\n") -> str:
    import csv
    import io

    text = io.StringIO()
    csv.writer(text, delimiter=sep, lineterminator=newline).writerows(rows)
    return text.getvalue()


def assert_totals_as_the_sample(capsys: pytest.CaptureFixture[str], path: Path) -> None:
    """``pwstats total --preset acled`` of ``path`` prints what it prints of the sample."""
    argv = ["--preset", "acled", "--by", "country", "--on-bad-records", "skip", "-f", "csv"]
    status, out, _ = run(capsys, "total", str(path), *argv)
    assert status == 0
    status, expected, _ = run(capsys, "total", str(FIXTURES / "acled_sample.csv"), *argv)
    assert out == expected


@pytest.mark.parametrize(
    ("sep", "newline", "bom"),
    [(";", "\r\n", True), (";", "\n", False), ("\t", "\r\n", False), (",", "\r\n", True)],
    ids=["semicolons-excel", "semicolons", "tabs", "commas-excel"],
)
def test_an_export_saved_with_semicolons_or_tabs_reads_as_the_export(
    capsys: pytest.CaptureFixture[str], tmp_path: Path, sep: str, newline: str, bom: bool
) -> None:
    """--preset reads an export a spreadsheet saved with semicolons or tabs (Windows line
    ends, a byte-order mark) as the comma-separated export, as a data file is read."""
    rows = export_rows()
    path = tmp_path / "acled.csv"
    path.write_bytes(b"\xef\xbb\xbf" * bom + saved(rows, sep, newline).encode("utf-8"))
    assert_totals_as_the_sample(capsys, path)


def test_a_delimiter_ending_each_row_does_not_shift_the_columns(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    """Rows that each end with a delimiter (an empty last cell the header does not name)
    read as the export; pandas alone shifts every name one column right of its cells."""
    rows = export_rows()
    text = saved(rows, ",").splitlines()
    path = tmp_path / "trailing.csv"
    path.write_text("\n".join([text[0], *(line + "," for line in text[1:])]) + "\n")
    assert_totals_as_the_sample(capsys, path)


def test_a_last_cell_the_header_does_not_name_is_an_error_not_a_shift(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    """Rows with one more filled cell than the header has names are one line, exit 2."""
    text = saved(export_rows(), ",").splitlines()
    path = tmp_path / "extra.csv"
    path.write_text("\n".join([text[0], *(line + ",x" for line in text[1:])]) + "\n")
    status, out, err = run(capsys, "total", str(path), "--preset", "acled", "--by", "country")
    assert status == 2
    assert out == ""
    assert err.startswith(f"pwstats total: {path}:2: each row has ")
    assert err.count("\n") == 1


@pytest.mark.parametrize("mark", ["NA", "N/A", "#N/A", "NaN", "null", "n.a."])
def test_a_missing_value_mark_in_a_sheet_is_named_as_one(tmp_path: Path, mark: str) -> None:
    """A value cell holding what R, pandas or a spreadsheet write for 'no data' is refused
    at its line and column as a missing-value mark, saying to leave the record out."""
    path = tmp_path / "killed.csv"
    path.write_text(
        f"id,measure,measure_label,measure_kind,value,as_of\na,killed,killed,event,{mark},2023\n",
        encoding="utf-8",
    )
    with pytest.raises(DatasetErrors) as caught:
        pwstats.load(path)
    (problem,) = caught.value.exceptions
    assert (problem.line, problem.field) == (2, "value")
    assert f"not the missing-value mark {mark!r}" in str(problem)
    assert "leave it out" in str(problem)


@pytest.mark.parametrize("sep", [";", "\t"])
def test_a_frame_read_with_the_wrong_delimiter_names_the_delimiter(sep: str) -> None:
    """An export saved with semicolons (or tabs) and read by pandas.read_csv with its
    default commas is one column: from_frame says which delimiter to pass, once, rather
    than naming every column as missing."""
    import io

    text = saved(export_rows(), sep)
    frame = pd.read_csv(io.StringIO(text))
    assert len(frame.columns) == 1
    with pytest.raises(DatasetErrors) as caught:
        pwstats.from_frame(frame, preset="acled")
    (problem,) = caught.value.exceptions
    assert f"read it with pandas.read_csv(path, sep={sep!r})" in str(problem)
    data = quietly_from_frame(
        pd.read_csv(io.StringIO(text), sep=sep), preset="acled", on_bad_records="skip"
    )
    assert data.figures


SIGNED_SHEET = """\
id,measure,measure_label,measure_kind,measure_unit,measure_whole,measure_nonnegative,value,as_of
a,net-migration,net migration,flow,person,,false,-1200,2023
b,net-migration,,,,,,-1150,2023
c,share-fled,share who fled,level,percent,TRUE,,30,2023
"""


def test_a_sheets_whole_and_nonnegative_columns_read_the_same_from_pandas(
    tmp_path: Path,
) -> None:
    """measure_whole and measure_nonnegative (CSV format booleans: true/false, yes/no,
    1/0, any case) set the measure from a frame as from the file: a signed measure takes
    a negative figure; from_frame ignored both columns without a word."""
    path = tmp_path / "signed.csv"
    path.write_text(SIGNED_SHEET, encoding="utf-8")
    loaded = pwstats.load(path)
    for frame in (pd.read_csv(path, dtype=str), pd.read_csv(path)):
        framed = pwstats.from_frame(frame)
        assert framed.measures == loaded.measures
        assert framed.measure("net-migration").nonnegative is False
        assert framed.measure("share-fled").whole is True
    report = pwstats.reconcile(loaded)
    (migration,) = report.findings_for("net-migration")
    assert migration.bounds.hi < 0


def test_a_boolean_cell_that_says_neither_is_refused_at_its_column() -> None:
    """A measure_whole cell that is not true/false/yes/no/1/0 rejects its row, naming it."""
    frame = pd.DataFrame(
        {
            "id": ["a"],
            "measure": ["m"],
            "measure_whole": ["maybe"],
            "number": [3],
            "as_of": ["2023"],
        }
    )
    rejected: list[pwstats.Rejected] = []
    pwstats.from_frame(frame, on_bad_records=rejected.append)
    (row,) = rejected
    assert "measure_whole: expected true or false, found 'maybe'" in str(row)


# -- bounding one event --------------------------------------------------------------------------


def test_an_event_is_bounded_without_a_date_as_at_any_date() -> None:
    """bound() and Report.bound() of an event measure need no at: the answer equals the
    bound at any date; a level or running total without at is a ValueError listing the
    dates its figures speak of."""
    frame = pd.read_csv(FIXTURES / "ged_sample.csv")
    data = quietly_from_frame(frame, preset="ucdp-ged", on_bad_records="skip")
    report = pwstats.reconcile(data)
    for measure in data.measures:
        found = pwstats.bound(data, measure.id)
        for at in ("1999", "2017-06-15", "2030"):
            assert pwstats.bound(data, measure.id, at=at).interval == found.interval
        assert report.bound(measure.id).interval == found.interval
    seeds = pwstats.seeds()
    with pytest.raises(ValueError, match=r"give at= the date .* 2023-08, 2023-12, 2024-01-03"):
        pwstats.bound(seeds, "ua-returned-total")
    with pytest.raises(ValueError, match="'ua-held' is a level measure"):
        pwstats.reconcile(seeds).bound("ua-held")
