"""Trials of a new user's real data: exports shaped like UCDP GED, ACLED and HXL files,
read through pandas the way analysts read them, and through the command line.

Each test states what such a user relies on; each was a wrong answer, a traceback or a
misleading message before it was fixed.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import re
import warnings
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

import pwstats
from pwstats.cli import main
from pwstats.errors import DataQualityWarning, DatasetErrors
from pwstats.stats import StatisticsError

pd = pytest.importorskip("pandas")

#: One frame per reading: a preset's or pwstats' own columns, and the count column that
#: may have a missing cell.
FRAMES = {
    "ucdp-ged": (
        {
            "id": [1, 2, 3],
            "best": [10, 5, 7],
            "low": [8, 5, 7],
            "high": [12, 5, 9],
            "date_start": ["2016-01-01"] * 3,
            "date_end": ["2016-01-02"] * 3,
            "country": ["Syria"] * 3,
            "year": [2016] * 3,
        },
        ("low", "best", "high"),
    ),
    "acled": (
        {
            "event_id_cnty": ["A1", "A2", "A3"],
            "event_date": ["2024-01-01", "2024-01-02", "2024-01-03"],
            "time_precision": [1, 1, 2],
            "fatalities": [3, 4, 0],
            "country": ["X"] * 3,
        },
        ("fatalities", "time_precision"),
    ),
    None: (
        {
            "id": ["a", "b", "c"],
            "measure": ["m", "m", "n"],
            "low": [1, 2, 3],
            "high": [4, 5, 6],
            "as_of": ["2024-01-01"] * 3,
        },
        ("low", "high"),
    ),
}
#: The column types pandas gives a column of whole numbers with a missing cell.
NULLABLE = ["Int64", "UInt32", "Float64", "int64[pyarrow]", "double[pyarrow]", "object"]


def outcome(frame: object, preset: str | None) -> object:
    """The data set ``from_frame`` reads, or the text of each problem it raises."""
    try:
        return pwstats.from_frame(frame, preset=preset)  # type: ignore[arg-type]
    except DatasetErrors as exc:
        return [str(e) for e in exc.exceptions]


@pytest.mark.parametrize("dtype", NULLABLE)
@pytest.mark.parametrize("preset", list(FRAMES), ids=lambda p: p or "own")
def test_a_nullable_column_with_a_missing_cell_reads_as_a_float_column_with_nan(
    preset: str | None, dtype: str
) -> None:
    """A whole-number column of a nullable type (``read_csv(dtype_backend=...)``, Arrow)
    with a missing cell reads exactly as the same column of floats with NaN: the cell
    is empty, never pandas' 'boolean value of NA is ambiguous'."""
    if "pyarrow" in dtype:
        pytest.importorskip("pyarrow")
    columns, counts = FRAMES[preset]
    for column in counts:
        for missing in range(3):
            values = [None if i == missing else v for i, v in enumerate(columns[column])]
            nullable = pd.DataFrame({**columns, column: pd.array(values, dtype=dtype)})
            floats = pd.DataFrame({**columns, column: pd.array(values, dtype="float64")})
            assert outcome(nullable, preset) == outcome(floats, preset), (column, missing)


@pytest.mark.parametrize("dtype", NULLABLE)
@pytest.mark.parametrize("preset", list(FRAMES), ids=lambda p: p or "own")
def test_a_nullable_column_without_missing_cells_reads_as_an_int_column(
    preset: str | None, dtype: str
) -> None:
    """The same nullable types with every cell filled read as plain int64 columns do."""
    if "pyarrow" in dtype:
        pytest.importorskip("pyarrow")
    columns, counts = FRAMES[preset]
    for column in counts:
        nullable = pd.DataFrame({**columns, column: pd.array(columns[column], dtype=dtype)})
        assert outcome(nullable, preset) == outcome(pd.DataFrame(columns), preset), column


@pytest.mark.parametrize("preset", list(FRAMES), ids=lambda p: p or "own")
def test_a_column_named_twice_is_an_error_naming_it(preset: str | None) -> None:
    """A frame with two columns of a name it reads (``pd.concat`` of two sheets, a
    renamed column) is one problem naming the column, not an AttributeError; a
    repeated name the reading does not use is no problem."""
    columns, counts = FRAMES[preset]
    frame = pd.DataFrame(columns)
    twice = pd.concat([frame, frame[[counts[0]]]], axis=1)
    with pytest.raises(DatasetErrors) as caught:
        pwstats.from_frame(twice, preset=preset)  # type: ignore[arg-type]
    (problem,) = caught.value.exceptions
    assert problem.field == counts[0]
    assert f"2 columns are named {counts[0]!r}" in problem.message
    unread = pd.concat([frame, pd.DataFrame([[1, 2]] * 3, columns=["extra", "extra"])], axis=1)
    assert pwstats.from_frame(unread, preset=preset) == pwstats.from_frame(frame, preset=preset)  # type: ignore[arg-type]


# -- the command line names a bad row of an export by its line --------------------------------

HEADER = ["event_id_cnty", "event_date", "time_precision", "country", "notes", "fatalities"]


@st.composite
def exports(draw: st.DrawFn) -> tuple[str, dict[str, int]]:
    """The text of an ACLED export with blank lines, notes across lines, any line end
    and any delimiter, and the line each bad row (no fatalities) starts on."""
    sep = draw(st.sampled_from([",", ";", "\t"]))
    newline = draw(st.sampled_from(["\n", "\r\n", "\r"]))
    chunks = [sep.join(HEADER)]  # each chunk one record or one blank line
    used = 1  # the lines the chunks take
    bad: dict[str, int] = {}
    for i in range(draw(st.integers(1, 12))):
        for _ in range(draw(st.integers(0, 2))):  # blank lines, skipped by every reader
            chunks.append("")
            used += 1
        broken = draw(st.booleans())
        note = draw(st.sampled_from(["plain", "two\nlines", "three\nlines\nhere", ""]))
        if broken:
            bad[f"E{i}"] = used + 1
        cells = [f"E{i}", "2024-01-03", "1", "X", f'"{note}"', "" if broken else str(i)]
        chunks.append(sep.join(cells).replace("\n", newline))
        used += 1 + note.count("\n")
    return newline.join(chunks) + newline, bad


@given(exports())
def test_a_rejected_row_of_an_export_is_named_by_its_line_in_the_file(
    export: tuple[str, dict[str, int]],
) -> None:
    """Each row --preset rejects is named by the line it starts on, as a data file's are,
    however many blank lines and line breaks inside quoted cells come before it; never
    by its place in pandas' frame (row 2 for the fourth line)."""
    import contextlib
    import io
    import tempfile

    text, bad = export
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "acled.csv"
        path.write_bytes(text.encode())
        where = re.escape(str(path))
        for policy in ("raise", "warn"):
            err = io.StringIO()
            with contextlib.redirect_stderr(err), contextlib.redirect_stdout(io.StringIO()):
                status = main(
                    ["reconcile", str(path), "--preset", "acled", "--on-bad-records", policy]
                )
            assert status == (2 if bad and policy == "raise" else 0)
            lines = [int(n) for n in re.findall(rf"{where}:(\d+): ", err.getvalue())]
            assert lines == sorted(bad.values()), (policy, err.getvalue())
            if policy == "warn":
                named = re.findall(rf"{where}:(\d+): record '(E\d+)' rejected", err.getvalue())
                assert {ident: int(line) for line, ident in named} == bad


# -- an export with a header and no rows ---------------------------------------------------

STATISTICS = ["total", "mean", "median", "minimum", "maximum"]


@pytest.mark.parametrize("statistic", STATISTICS)
def test_a_statistic_of_a_data_set_with_no_measure_has_no_rows(statistic: str) -> None:
    """Grouped by any dimensions, a statistic of a data set with nothing in it has no rows,
    as it has none ungrouped and as its reconciliation has no findings; never "no measure
    has the dimension 'country'", which sends the user looking for a missing column."""
    function = getattr(pwstats.stats, statistic)
    for by in [(), ("country",), ("country", "year")]:
        found = function(pwstats.Dataset(), by=by, where={"country": "X"} if by else None)
        assert (found.rows, found.by) == ((), by)


def test_a_misspelt_dimension_of_a_data_set_with_measures_is_still_named() -> None:
    """The check the empty data set skips still names a dimension no measure has."""
    events = pwstats.from_frame(pd.DataFrame(FRAMES["acled"][0]), preset="acled")
    with pytest.raises(StatisticsError, match=r"'contry'.*did you mean 'country'"):
        pwstats.total(events, by="contry")


@pytest.mark.parametrize("preset", ["ucdp-ged", "acled"])
def test_the_header_of_an_export_alone_totals_to_an_empty_table(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], preset: str
) -> None:
    """``pwstats total --preset`` of an export holding its header and no rows (a query
    that matched nothing) prints an empty table with status 0, as reconcile does."""
    columns, _ = FRAMES[preset]
    path = tmp_path / "export.csv"
    path.write_text(",".join(columns) + "\n")
    status = main(["total", str(path), "--preset", preset, "--by", "country", "-f", "csv"])
    out, err = capsys.readouterr()
    header = "country,statistic,interval,low,best,high,members,contested,rule,unit"
    assert (status, out, err) == (0, f"{header},because_low,because_high\n", "")


def test_a_number_too_large_for_a_float_is_named_as_one(tmp_path: Path) -> None:
    """An export's 1e400, which pandas reads as inf, is refused with a message that says
    so: the cell does not read 'inf'."""
    frame = pd.DataFrame({**FRAMES["acled"][0], "fatalities": ["1e400", "2", "3"]})
    frame["fatalities"] = pd.to_numeric(frame["fatalities"])
    with pytest.raises(DatasetErrors) as caught:
        pwstats.from_frame(frame, preset="acled")
    (problem,) = caught.value.exceptions
    assert "found inf (a CSV reader reads a number beyond 1.8e308, such as 1e400" in str(problem)


# -- a file saved as "Unicode Text" ---------------------------------------------------------

WIDE = ["utf-16", "utf-16-le", "utf-16-be", "utf-32", "utf-32-le", "utf-32-be"]
DATA_FILES = {
    "data.toml": '[[measures]]\nid = "m"\nlabel = "killed"\n',
    "data.json": '{"measures": [{"id": "m", "label": "killed"}]}',
    "data.csv": "record,measure,measure_label\nmeasure,m,killed\n",
}


@pytest.mark.parametrize("encoding", WIDE)
@pytest.mark.parametrize("name", list(DATA_FILES))
def test_a_data_file_in_utf16_or_utf32_is_named_so(
    tmp_path: Path, name: str, encoding: str
) -> None:
    """A data file saved in UTF-16 or UTF-32 (with a byte-order mark or without) is one
    problem naming its encoding; without a mark it was read as letters between NULs
    ("unknown columns 'r\\x00e\\x00c...'")."""
    path = tmp_path / name
    path.write_text(DATA_FILES[name], encoding="utf-8")
    assert [m.id for m in pwstats.load(path).measures] == ["m"]  # the control
    path.write_bytes(DATA_FILES[name].encode(encoding))
    with pytest.raises(DatasetErrors) as caught:
        pwstats.load(path)
    (problem,) = caught.value.exceptions
    wanted = encoding[:6].upper()
    assert str(problem) == f"{path}: {wanted} text, not UTF-8: save the file as UTF-8"


@pytest.mark.parametrize("encoding", WIDE)
def test_an_export_or_an_article_in_utf16_is_named_so(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], encoding: str
) -> None:
    """``--preset`` and ``extract`` name the encoding of a UTF-16 or UTF-32 file in one
    line, status 2; pandas read one without a mark as cells the header did not name."""
    export = tmp_path / "acled.csv"
    frame = pd.DataFrame(FRAMES["acled"][0])
    export.write_bytes(frame.to_csv(index=False, sep="\t").encode(encoding))
    article = tmp_path / "article.txt"
    article.write_bytes("More than 230 were freed.".encode(encoding))
    wanted = encoding[:6].upper()
    status = main(["total", str(export), "--preset", "acled", "--by", "country"])
    assert (status, *capsys.readouterr()) == (
        2,
        "",
        f"pwstats total: {export}: {wanted} text, not UTF-8: save the file as UTF-8"
        " (a spreadsheet's 'CSV UTF-8')\n",
    )
    status = main(["extract", str(article)])
    assert (status, *capsys.readouterr()) == (
        2,
        "",
        f"pwstats extract: {article}: {wanted} text, not UTF-8: save the text as UTF-8\n",
    )


# -- numbers in a date column --------------------------------------------------------------

NUMBERS_IN_DATES = [0, -1, 1, 1900, 2024, 9999, 45294, 20240103, 99999999, 123456789]


def dated(values: list[object]) -> object:
    """``outcome`` of an ACLED frame whose event dates are ``values`` (warnings ignored)."""
    import warnings

    n = len(values)
    frame = pd.DataFrame(
        {
            "event_id_cnty": [f"A{i}" for i in range(n)],
            "event_date": values,
            "time_precision": [1] * n,
            "fatalities": [1] * n,
            "year": [2024] * n,
        }
    )
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        return outcome(frame, "acled")


@pytest.mark.parametrize("number", NUMBERS_IN_DATES)
def test_a_number_in_a_date_column_reads_as_its_digits_as_text(number: int) -> None:
    """An int in a date column (a spreadsheet's day number, YYYYMMDD from a statistics
    package, 9999 for unknown) is read as the same digits in a text column, and a whole
    float (an int column with a gap) as that int: 45294 was taken for a placeholder,
    its event quietly dated by its year column alone."""
    as_text = dated([str(number)])
    assert dated([number]) == as_text
    assert dated([float(number), None]) == dated([str(number), None])


@given(st.integers(10_000, 2_958_465))  # five to seven digits: never YYYYMMDD
def test_a_spreadsheet_day_number_in_a_date_column_is_named_with_its_day(number: int) -> None:
    """A date column of serial day numbers (a sheet whose dates were formatted as
    numbers) is refused, and the message gives the day the number is, as pandas counts
    a spreadsheet's days from 1899-12-30."""
    day = pd.Timestamp("1899-12-30") + pd.Timedelta(days=number)
    problems = dated([number])
    assert isinstance(problems, list)
    assert f"as a spreadsheet's serial day number it is {day.date().isoformat()}" in problems[0]


def test_eight_digits_in_a_date_column_are_named_as_yyyymmdd() -> None:
    """20240103 is refused with the ISO date it would be as YYYYMMDD."""
    (problem,) = dated([20240103])  # type: ignore[misc]
    assert problem.endswith("found '20240103'; if it is YYYYMMDD, write 2024-01-03")


@pytest.mark.parametrize("sep", [",", ";", "\t"])
def test_an_export_with_a_read_column_named_twice_is_an_error(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], sep: str
) -> None:
    """An export whose header names a column the preset reads twice (two ``fatalities``)
    is one error naming it, status 2: pandas renamed the second ``fatalities.1``, and
    the first was read without a word. A column the preset does not read may repeat."""
    frame = pd.DataFrame(FRAMES["acled"][0])
    path = tmp_path / "acled.csv"
    argv = ["total", str(path), "--preset", "acled", "--by", "country", "-f", "csv"]
    frame.to_csv(path, index=False, sep=sep)
    assert main(argv) == 0
    expected = capsys.readouterr().out
    twice = pd.concat([frame, frame[["fatalities"]] * 100], axis=1)
    twice.to_csv(path, index=False, sep=sep)
    assert main(argv) == 2
    out, err = capsys.readouterr()
    assert (out, err) == (
        "",
        f"pwstats total: {path}: fatalities: 2 columns are named 'fatalities': rename or"
        " drop all but the one to read\n",
    )
    unread = pd.concat([frame, pd.DataFrame([["a", "b"]] * 3, columns=["actor1"] * 2)], axis=1)
    unread.to_csv(path, index=False, sep=sep)
    assert main(argv) == 0
    assert capsys.readouterr().out == expected


@pytest.mark.parametrize("preset", list(FRAMES), ids=lambda p: p or "own")
def test_a_column_pandas_renamed_as_a_repeat_is_named_in_a_warning(
    tmp_path: Path, preset: str | None
) -> None:
    """``read_csv`` of a file naming a column twice gives the second ``best.1``; from_frame
    reads the first and warns, naming both, so the second is not lost without a word."""
    import warnings

    columns, counts = FRAMES[preset]
    path = tmp_path / "export.csv"
    frame = pd.DataFrame(columns)
    pd.concat([frame, frame[[counts[0]]]], axis=1).to_csv(path, index=False)
    read = pd.read_csv(path)
    assert f"{counts[0]}.1" in read.columns
    with pytest.warns(pwstats.errors.DataQualityWarning) as caught:
        data = pwstats.from_frame(read, preset=preset)  # type: ignore[arg-type]
    (warning,) = caught
    assert f"read {counts[0]!r} and not '{counts[0]}.1', pandas' name" in str(warning.message)
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        assert data == pwstats.from_frame(frame, preset=preset)  # type: ignore[arg-type]


# -- a registry's count written as an estimate -----------------------------------------------


def test_estimates_that_cannot_be_pooled_say_so_in_the_rule() -> None:
    """Two 'estimates' of zero width that differ (a registry's counts entered with
    low = best = high) cannot be pooled: the finding has no best value, and its rule
    says why, not that every figure was revised or repeats another."""
    from pwstats import Dataset, Figure, Measure, Source
    from pwstats.report import NO_COUNT_RULE, UNPOOLED_RULE

    deaths = Measure(id="d", label="deaths", kind="flow")
    period = "2017-09-20/2017-12-31"

    def study(fid: str, low: int, best: int, high: int, **links: str) -> Figure:
        return Figure(
            id=fid, measure="d", basis="estimate", low=low, best=best, high=high,
            as_of=period, source=Source(name=fid, published="2018-01-01"), **links,
        )  # fmt: skip

    unpooled = pwstats.reconcile(
        Dataset(measures=[deaths], figures=[study("a", 100, 100, 100), study("b", 101, 101, 101)])
    )
    (finding,) = unpooled.findings
    assert (finding.estimate.best, finding.estimate.rule) == (None, UNPOOLED_RULE)
    assert [c.cause for c in unpooled.conflicts] == ["significant-difference"]
    citing = pwstats.reconcile(
        Dataset(
            measures=[deaths],
            figures=[
                Figure(id="count", measure="d", value=64, as_of=period),
                Figure(id="again", measure="d", value=64, as_of="2018", cites="count"),
            ],
        )
    )
    repeat = next(f for f in citing.findings if [g.id for g in f.figures] == ["again"])
    assert (repeat.estimate.best, repeat.estimate.rule) == (None, NO_COUNT_RULE)


@pytest.mark.parametrize("titles", [True, False], ids=["titles-then-hashtags", "hashtags"])
def test_a_bad_row_of_an_hxl_file_is_named_by_its_line(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], titles: bool
) -> None:
    """An HXL file's hashtag row may follow a row of titles: the bad row is named by its
    own line either way."""
    rows = ["#event+id,#date+occurred,#country+name,#affected+killed"]
    rows = ["Incident,Date,Country,Killed", *rows] if titles else rows
    rows += ["inc-1,2023-05-01,X,12", "inc-2,2023-05-02,X,-3"]
    path = tmp_path / "hxl.csv"
    path.write_text("\n".join(rows) + "\n")
    assert main(["total", str(path), "--preset", "hxl", "--by", "country"]) == 2
    line = len(rows)
    assert capsys.readouterr().err == (
        f"pwstats total: {path}:{line}: #affected+killed: -3 is negative, and a count cannot be\n"
    )


@pytest.mark.parametrize(
    "argv",
    [
        ["reconcile", "-"],
        ["check", "-"],
        ["total", "-", "--by", "country"],
        ["total", "-", "--preset", "acled", "--by", "country"],
    ],
)
def test_a_dash_for_standard_input_is_named_as_one(
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
    argv: list[str],
) -> None:
    """``cat data.csv | pwstats reconcile -``: the data commands read files, and the
    message says so, not "-: no such file"."""
    monkeypatch.chdir(tmp_path)  # no file named "-" here
    assert main(argv) == 2
    out, err = capsys.readouterr()
    assert (out, err) == (
        "",
        f"pwstats {argv[0]}: -: {argv[0]} reads data files, not standard input (only extract"
        " reads it): save the data to a file and name it\n",
    )


def test_an_hxl_count_tagged_twice_is_an_error_not_the_first_column() -> None:
    """Two columns tagged ``#affected+killed`` (two sources' counts side by side) are one
    error naming the hashtag; the second column was dropped without a word. A hashtag
    that is not read may repeat."""
    frame = pd.DataFrame(
        [
            ["#event+id", "#date", "#country+name", "#affected+killed", "#affected+killed"],
            ["inc-1", "2023-05-01", "X", 12, 40],
        ],
        columns=["Incident", "Date", "Country", "Killed (A)", "Killed (B)"],
    )
    with pytest.raises(DatasetErrors) as caught:
        pwstats.from_frame(frame, preset="hxl")
    (problem,) = caught.value.exceptions
    assert problem.field == "#affected+killed"
    assert "2 columns are named '#affected+killed'" in problem.message
    sectors = frame.iloc[:, :4].assign(a="#sector", b="#sector")
    sectors.iloc[1, 4:] = ["health", "food"]
    (figure,) = pwstats.from_frame(sectors, preset="hxl").figures
    assert figure.best == 12


def test_the_figures_table_of_a_data_set_given_back_to_from_frame_is_named() -> None:
    """``from_frame(data.to_frame())`` is one problem saying what the frame is and how to
    keep a data set; it was "no value" for each row with words, and a suggestion that
    its ``source_id`` column meant ``source_via``."""
    data = pwstats.seeds()
    with pytest.raises(DatasetErrors) as caught:
        pwstats.from_frame(data.to_frame())
    (problem,) = caught.value.exceptions
    assert problem.message.startswith("the frame is the figures table of Dataset.to_frame()")
    assert "pwstats.dump and pwstats.load" in problem.message


@pytest.mark.parametrize(
    "cell", [10**400, -(10**400), "1" * 400, "1" * 3500], ids=["int", "negative", "text", "long"]
)
@pytest.mark.parametrize("preset", list(FRAMES), ids=lambda p: p or "own")
def test_a_number_beyond_the_limit_is_refused_naming_its_column(
    preset: str | None, cell: object
) -> None:
    """A count past the number limit (docs/data-format.md, "The number limit") is refused
    with the column it stands in, as any other bad cell is; the problem named the row
    only, leaving the user to find which of low, best and high it was."""
    columns, counts = FRAMES[preset]
    column = counts[-1] if preset != "acled" else "fatalities"
    values: list[object] = list(columns[column])
    values[1] = cell
    with pytest.raises(DatasetErrors) as caught:
        pwstats.from_frame(pd.DataFrame({**columns, column: values}), preset=preset)  # type: ignore[arg-type]
    (problem,) = caught.value.exceptions
    assert problem.field is not None
    assert problem.field.endswith(f", {column}")
    assert "too large" in problem.message or "too long" in problem.message


# -- a year column that disagrees with the event's date ------------------------------------

#: The first day events are drawn from: a fortnight before a new year, so spans cross it.
_NEAR_NEW_YEAR = dt.date(2016, 12, 18)


@st.composite
def ged_years(draw: st.DrawFn) -> list[tuple[dt.date, dt.date, int | None]]:
    """GED events near a new year: date_start, date_end and a year column (None: empty)."""
    events = []
    for _ in range(draw(st.integers(1, 14))):
        start = _NEAR_NEW_YEAR + dt.timedelta(days=draw(st.integers(0, 30)))
        end = start + dt.timedelta(days=draw(st.integers(0, 20)))
        year = draw(st.one_of(st.none(), st.integers(2015, 2018)))
        events.append((start, end, year))
    return events


def _ged_frame(events: list[tuple[dt.date, dt.date, int | None]]) -> object:
    n = len(events)
    return pd.DataFrame(
        {
            "id": list(range(1, n + 1)),
            "best": [2] * n,
            "low": [1] * n,
            "high": [3] * n,
            "date_start": [s.isoformat() for s, _, _ in events],
            "date_end": [e.isoformat() for _, e, _ in events],
            "country": ["Syria"] * n,
            "year": pd.array([y for _, _, y in events], dtype="Int64"),
        }
    )


@given(ged_years())
def test_a_ged_year_column_that_disagrees_with_the_dates_gives_way_to_them(
    events: list[tuple[dt.date, dt.date, int | None]],
) -> None:
    """An event is grouped by the year of its dates: a year column naming a year none of
    its days is in gives way to date_start's year, and those rows (only those, in order)
    are named in one warning; a column naming a year of its days is kept. The clean-row
    path and the checked path agree."""
    from unittest import mock

    from pwstats import frames

    expected, clashing = [], []
    for i, (start, end, year) in enumerate(events):
        if year is None:
            expected.append(None)
        elif start.year <= year <= end.year:
            expected.append(str(year))
        else:
            expected.append(str(start.year))
            clashing.append(f"row {i} (id {i + 1}): year {year}, date_start {start}")
    frame = _ged_frame(events)
    results = []
    for fast in (True, False):
        with warnings.catch_warnings(record=True) as caught, contextlib.ExitStack() as stack:
            warnings.simplefilter("always")
            if not fast:
                stack.enter_context(mock.patch.object(frames._GED, "read_rows", None))
            data = pwstats.from_frame(frame, preset="ucdp-ged")
        assert [m.dims.get("year") for m in data.measures] == expected
        said = [str(w.message) for w in caught if "by the year of" in str(w.message)]
        if clashing:
            assert len(said) == 1
            rows = said[0].split("(", 1)[1].rsplit(")", 1)[0]
            assert rows.split("; ")[: len(clashing)] == clashing[:10]
            assert f"grouped {len(clashing)} row" in said[0]
            if len(clashing) > 10:
                assert f"and {len(clashing) - 10} more" in said[0]
        else:
            assert said == []
        results.append(data)
    assert results[0] == results[1]


def test_an_acled_export_whose_year_disagrees_is_named_by_file_and_line(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """--preset acled: rows whose year column is not their event_date's year are totalled
    under the date's year, and one warning names each by file:line (the first ten, then
    how many more), as a rejected row of an export is named."""
    n = 14
    rows = ["event_id_cnty,event_date,year,fatalities,country"]
    for i in range(n):
        year = 2023 if i % 3 == 0 and i else 2024  # rows 3, 6, 9, 12: a year too early
        rows.append(f"E{i},2024-01-0{i % 9 + 1},{year},{i},X")
    rows.append("F0,2023-12-31,2024,5,X")  # a year too late, on the last line
    path = tmp_path / "acled.csv"
    path.write_text("\n".join(rows) + "\n")
    status = main(["total", str(path), "--preset", "acled", "--by", "year"])
    out, err = capsys.readouterr()
    assert status == 0, err
    assert re.search(r"\b2023\b", out), out  # the row dated 2023-12-31 is totalled there
    named = re.findall(rf"{re.escape(str(path))}:(\d+) \(id (\w+)\): year (\d+)", err)
    assert named == [
        ("5", "E3", "2023"),
        ("8", "E6", "2023"),
        ("11", "E9", "2023"),
        ("14", "E12", "2023"),
        ("16", "F0", "2024"),
    ]
    assert err.count("by the year of") == 1
    with pytest.warns(DataQualityWarning, match="by the year of"):
        data = pwstats.from_frame(pd.read_csv(path), preset="acled")
    totals = {m.dims["year"]: 0 for m in data.measures}
    for f in data.figures:
        totals[data.measure(f.measure).dims["year"]] += int(f.best or 0)
    assert totals == {"2024": sum(range(n)), "2023": 5}


def test_an_acled_year_column_read_from_gaps_or_text_is_compared_as_its_year() -> None:
    """A year column pandas read as floats (a gap in it) or as padded text agrees with its
    date when it names the date's year: no warning; an empty cell is no year at all."""
    frame = pd.DataFrame(
        {
            "event_id_cnty": ["A1", "A2", "A3"],
            "event_date": ["2024-01-01", "2024-01-02", "2024-01-03"],
            "year": [2024.0, None, 2024.0],
            "fatalities": [1, 2, 3],
        }
    )
    texts = frame.assign(year=[" 2024", "", "2024 "])
    for each in (frame, texts):
        with warnings.catch_warnings():
            warnings.simplefilter("error")
            data = pwstats.from_frame(each, preset="acled")
        assert [m.dims.get("year") for m in data.measures] == ["2024", None, "2024"]


# -- a boolean dimension ---------------------------------------------------------------------


@pytest.mark.parametrize("how", ["dim_ column", "columns dims", "numpy bool in object column"])
def test_a_boolean_dimension_is_refused_at_its_cells_naming_the_fix(how: str) -> None:
    """A dimension's value is text or an integer, in a frame as in a data file (a TOML or
    JSON file refuses true): a boolean cell is refused naming its column and the mapping
    to words, never grouped as 'True'/'False' where the same CSV file loads 'true'."""
    import numpy as np

    column = "flag" if how == "columns dims" else "dim_flag"
    columns = {"dims": {"flag": "flag"}} if how == "columns dims" else None
    cells = pd.Series([True, False])  # a bool column, as read_csv reads true and false
    if how.startswith("numpy"):
        cells = pd.Series([np.True_, np.False_, "x"], dtype=object)
    n = len(cells)
    frame = pd.DataFrame(
        {
            "id": [f"f{i}" for i in range(n)],
            "measure": [f"m{i}" for i in range(n)],
            "best": list(range(n)),
            "as_of": ["2024"] * n,
            column: cells,
        }
    )
    with pytest.raises(DatasetErrors) as caught:
        pwstats.from_frame(frame, columns=columns)  # type: ignore[arg-type]
    problems = [str(e) for e in caught.value.exceptions]
    assert len(problems) == 2  # the two boolean rows, each named; "x" is a fine value
    for i, text in enumerate(problems):
        assert text.startswith(f"row {i} (id f{i}): {column} holds the boolean {i == 0}")
        assert f"frame[{column!r}].map({{True: 'yes', False: 'no'}})" in text
    words = frame.assign(**{column: frame[column].map({True: "yes", False: "no", "x": "x"})})
    data = pwstats.from_frame(words, columns=columns)  # type: ignore[arg-type]
    assert [m.dims["flag"] for m in data.measures] == ["yes", "no", "x"][:n]


def test_a_boolean_dimension_agrees_with_a_data_file(tmp_path: Path) -> None:
    """The same dimension as a data file gives it: a TOML file refuses a boolean value, and
    so does from_frame; a CSV file's word 'true' is text in both."""
    toml = tmp_path / "flag.toml"
    toml.write_text(
        '[[measures]]\nid = "m"\nlabel = "M"\ndims = {flag = true}\n'
        '[[figures]]\nid = "f"\nmeasure = "m"\nnumber = 1\nas_of = "2024"\n'
    )
    with pytest.raises(DatasetErrors, match=r"dimension 'flag'.*not bool True"):
        pwstats.load(toml)
    frame = pd.DataFrame({"id": ["f"], "measure": ["m"], "best": [1], "as_of": ["2024"]})
    with pytest.raises(DatasetErrors, match="dim_flag holds the boolean True"):
        pwstats.from_frame(frame.assign(dim_flag=[True]))
    csv = tmp_path / "flag.csv"
    csv.write_text("id,measure,measure_label,number,as_of,dim_flag\nf,m,m,1,2024,true\n")
    loaded = pwstats.load(csv)
    framed = pwstats.from_frame(frame.assign(dim_flag=["true"]))
    assert loaded.measures[0].dims == framed.measures[0].dims == {"flag": "true"}
