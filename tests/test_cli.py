"""Tests of the ``pwstats`` command: output, exit status and every error path."""

from __future__ import annotations

import csv
import io
import json
import os
import re
import shlex
import subprocess
import sys
from pathlib import Path

import pytest

from pwstats.cli import BROKEN_PIPE_STATUS, PLOT_NEEDS, main
from pwstats.errors import PwstatsError

CONSISTENT = """\
[[sources]]
id = "mod"
name = "Ministry of Defence"
affiliation = "Russia"
via = ["Telegram"]
published = 2024-01-03

[[sources]]
id = "agency"
name = "News agency"
published = 2024-01-03

[[measures]]
id = "released"
label = "People released on 3 Jan 2024"
kind = "event"

[[figures]]
id = "released-mod"
measure = "released"
number = 248
source = "mod"
quote = "248 servicemen"

[[figures]]
id = "released-agency"
measure = "released"
value = "more than 230"
source = "agency"
"""

CONTRADICTORY = (
    CONSISTENT
    + """
[[figures]]
id = "released-exact"
measure = "released"
value = "exactly 230"
source = "agency"
"""
)

# Two problems in one file: a figure on an unknown measure, and a duplicate id.
BROKEN = (
    CONSISTENT
    + """
[[figures]]
id = "released-typo"
measure = "relesed"
number = 1
source = "mod"

[[figures]]
id = "released-mod"
measure = "released"
number = 2
source = "mod"
"""
)

CLI_DOC = Path(__file__).parent.parent / "docs" / "cli.md"

ARTICLE = "Russia said it released 248 soldiers, while Kyiv said almost 2,600 had returned.\n"


def without_because(out: str) -> list[str]:
    """The lines of a statistics csv without its last two columns (what gives each end)."""
    rows = list(csv.reader(io.StringIO(out)))
    assert rows[0][-2:] == ["because_low", "because_high"]
    lines = []
    for row in rows:
        text = io.StringIO()
        csv.writer(text, lineterminator="").writerow(row[:-2])
        lines.append(text.getvalue())
    return lines


def run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    """Run the command; return its exit status, stdout and stderr."""
    status = main(list(argv))
    out, err = capsys.readouterr()
    return status, out, err


@pytest.fixture
def consistent(tmp_path: Path) -> Path:
    path = tmp_path / "consistent.toml"
    path.write_text(CONSISTENT, encoding="utf-8")
    return path


@pytest.fixture
def contradictory(tmp_path: Path) -> Path:
    path = tmp_path / "contradictory.toml"
    path.write_text(CONTRADICTORY, encoding="utf-8")
    return path


@pytest.fixture
def broken(tmp_path: Path) -> Path:
    path = tmp_path / "broken.toml"
    path.write_text(BROKEN, encoding="utf-8")
    return path


# -- help, version, usage ------------------------------------------------------------


def test_version(capsys: pytest.CaptureFixture[str]) -> None:
    """--version prints the package version and exits 0."""
    from pwstats import __version__

    assert run(capsys, "--version") == (0, f"pwstats {__version__}\n", "")


@pytest.mark.parametrize(
    "command", ["reconcile", "bound", "parse", "extract", "check", "plot", "total"]
)
def test_every_command_has_help_with_an_example(
    capsys: pytest.CaptureFixture[str], command: str
) -> None:
    """`pwstats COMMAND --help` exits 0 and shows an example of the command."""
    status, out, _ = run(capsys, command, "--help")
    assert status == 0
    assert "example:" in out
    assert f"pwstats {command}" in out.split("example:")[1]


def test_no_command_prints_usage(capsys: pytest.CaptureFixture[str]) -> None:
    """Without a command, the usage goes to stderr and the status is 2."""
    status, out, err = run(capsys)
    assert (status, out) == (2, "")
    assert "usage: pwstats" in err


def test_bad_reading_is_a_usage_error(capsys: pytest.CaptureFixture[str]) -> None:
    """An unknown --reading exits 2 and names the valid readings."""
    status, _, err = run(capsys, "check", "--reading", "sloppy")
    assert status == 2
    assert "invalid choice: 'sloppy'" in err
    assert "pragmatic" in err


def test_help_imports_nothing_heavy() -> None:
    """`pwstats --help` loads neither tabulate, pint, matplotlib nor attrs."""
    code = (
        "import sys\nfrom pwstats.cli import main\nmain(['--help'])\n"
        "print([m for m in ('tabulate', 'pint', 'matplotlib', 'attrs') if m in sys.modules])"
    )
    done = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True, timeout=60
    )
    assert done.stdout.strip().splitlines()[-1] == "[]"


@pytest.mark.parametrize(
    "argv", [["reconcile"], ["parse", "almost 2,600"]], ids=["long output", "short output"]
)
def test_output_cut_by_a_closed_pipe_ends_quietly(argv: list[str]) -> None:
    """Output into a closed pipe (`pwstats reconcile | head`) ends with status 141, no message."""
    read_end, write_end = os.pipe()
    os.close(read_end)  # the reader is gone before the first write
    try:
        done = subprocess.run(
            [sys.executable, "-m", "pwstats", *argv],
            stdout=write_end,
            stderr=subprocess.PIPE,
            text=True,
            timeout=60,
        )
    finally:
        os.close(write_end)
    assert (done.returncode, done.stderr) == (BROKEN_PIPE_STATUS, "")


def test_python_dash_m_runs_the_command() -> None:
    """`python -m pwstats --version` runs the same command."""
    done = subprocess.run(
        [sys.executable, "-m", "pwstats", "--version"],
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert done.returncode == 0
    assert done.stdout.startswith("pwstats ")


# -- reconcile -----------------------------------------------------------------------


def test_reconcile_seeds_shows_the_exchange_contradiction(
    capsys: pytest.CaptureFixture[str],
) -> None:
    """With no file the seed data set shows the 3 Jan 2024 contradiction and its sources."""
    status, out, err = run(capsys, "reconcile")
    assert (status, err) == (0, "")
    table, _, rest = out.partition("Conflicts")
    assert "more than 230" in table
    assert "exactly 230" in table
    conflicts, _, sources = rest.partition("Sources")
    row = next(line for line in conflicts.splitlines() if "exactly 230" in line)
    assert "contradiction" in row
    assert "2024-01-03" in row
    assert "Dmytro Lubinets" in sources
    assert "TVA Nouvelles" in sources


def test_reconcile_file_in_json(capsys: pytest.CaptureFixture[str], consistent: Path) -> None:
    """--format json prints one JSON document about the file's findings."""
    status, out, _ = run(capsys, "reconcile", str(consistent), "--format", "json")
    assert status == 0
    document = json.loads(out)
    assert [f["measure"] for f in document["findings"]] == ["released"]
    assert {n["name"] for n in document["footnotes"]} == {"Ministry of Defence", "News agency"}


def test_reconcile_filters_by_status(
    capsys: pytest.CaptureFixture[str], contradictory: Path
) -> None:
    """--status keeps only the findings with that status."""
    _, none, _ = run(
        capsys, "reconcile", str(contradictory), "--status", "consistent", "--format", "csv"
    )
    _, some, _ = run(
        capsys, "reconcile", str(contradictory), "--status", "contradiction", "--format", "csv"
    )
    assert len(none.splitlines()) == 1
    assert len(some.splitlines()) == 2
    assert "contradiction" in some


def test_reconcile_unknown_measure_suggests_the_nearest(
    capsys: pytest.CaptureFixture[str], consistent: Path
) -> None:
    """An unknown --measure exits 2 with one line naming the nearest measure id."""
    status, out, err = run(capsys, "reconcile", str(consistent), "--measure", "relesed")
    assert (status, out) == (2, "")
    assert err == "pwstats reconcile: no measure 'relesed' (did you mean 'released'?)\n"


def test_reconcile_unknown_format_lists_formats(
    capsys: pytest.CaptureFixture[str], consistent: Path
) -> None:
    """An unknown --format exits 2 with one line listing the valid formats."""
    status, _, err = run(capsys, "reconcile", str(consistent), "--format", "excel")
    assert status == 2
    assert err.count("\n") == 1
    assert "valid formats:" in err
    assert "github" in err


def test_reconcile_markdown_format_is_github(
    capsys: pytest.CaptureFixture[str], consistent: Path
) -> None:
    """--format markdown prints the same Markdown table as --format github."""
    markdown = run(capsys, "reconcile", str(consistent), "--format", "markdown")
    github = run(capsys, "reconcile", str(consistent), "--format", "github")
    assert markdown == github
    assert markdown[0] == 0


def test_missing_file_is_one_line(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    """A file that does not exist exits 2 with one line naming it, and no traceback."""
    missing = tmp_path / "nope.toml"
    status, out, err = run(capsys, "reconcile", str(missing))
    assert (status, out) == (2, "")
    assert err.count("\n") == 1
    assert str(missing) in err
    assert "Traceback" not in err


def test_bad_file_gives_one_line_per_problem(
    capsys: pytest.CaptureFixture[str], broken: Path
) -> None:
    """Each problem of a bad data file is one stderr line naming the file and line."""
    status, out, err = run(capsys, "reconcile", str(broken))
    assert (status, out) == (2, "")
    lines = err.splitlines()
    assert len(lines) == 2
    for line in lines:
        assert line.startswith(f"pwstats reconcile: {broken}:")
    assert any("'relesed'" in line for line in lines)
    assert any("duplicate" in line for line in lines)


def test_debug_shows_the_traceback(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    """With --debug the underlying exception propagates instead of a one-line message."""
    with pytest.raises(PwstatsError, match="nope"):
        main(["reconcile", str(tmp_path / "nope.toml"), "--debug"])


# -- bound -----------------------------------------------------------------------------


def test_bound_explains_each_end(capsys: pytest.CaptureFixture[str]) -> None:
    """`bound` prints the interval, then a line for each end with the figures behind it."""
    status, out, _ = run(capsys, "bound", "ua-returned-total", "--at", "2024-01-10")
    assert status == 0
    lines = out.splitlines()
    assert lines[0].startswith("Ukrainians")
    assert "(ua-returned-total) at 2024-01-10" in lines[0]
    low = next(i for i, line in enumerate(lines) if line.startswith("low "))
    assert lines[low].startswith("low  2828 (included)")
    assert any("2,828" in line and "Lubinets" in line for line in lines[low + 1 :])
    assert any(line.startswith("high ") for line in lines)


def test_bound_lists_the_figures_it_set_aside(
    capsys: pytest.CaptureFixture[str], contradictory: Path
) -> None:
    """A bound over contradicting figures says which figures it left out, and where from."""
    status, out, _ = run(capsys, "bound", str(contradictory), "released", "--at", "2024")
    assert status == 0
    lines = out.splitlines()
    start = next(i for i, line in enumerate(lines) if line.startswith("set aside: "))
    assert lines[start].startswith("set aside: 1 figure in conflict with others")
    assert lines[start + 1 :] == [
        "  figure released-exact: 'exactly 230' as of 2024-01-03 — News agency, 2024-01-03"
    ]


def test_bound_over_agreeing_figures_sets_nothing_aside(
    capsys: pytest.CaptureFixture[str], consistent: Path
) -> None:
    """No 'set aside' line when every figure was used."""
    _, out, _ = run(capsys, "bound", str(consistent), "released", "--at", "2024")
    assert "set aside" not in out


def test_bound_bad_date(capsys: pytest.CaptureFixture[str], consistent: Path) -> None:
    """An impossible --at date exits 2 with one line saying what is wrong with it."""
    status, _, err = run(capsys, "bound", str(consistent), "released", "--at", "2024-13-01")
    assert status == 2
    assert err.count("\n") == 1
    assert "month 13 is out of range" in err
    assert err.startswith("pwstats bound: --at: ")


@pytest.mark.parametrize(
    ("args", "option"),
    [
        (["bound", "released", "--at", "2024", "--known-at", "yesterday"], "--known-at"),
        (["bound", "released", "--at", "2024/01", "--known-at", "2024"], "--at"),
        (["reconcile", "--known-at", "2024-02-30"], "--known-at"),
        (["check", "--known-at", "Jan 2024"], "--known-at"),
    ],
)
def test_a_bad_date_option_is_named(
    capsys: pytest.CaptureFixture[str], consistent: Path, args: list[str], option: str
) -> None:
    """With --at and --known-at both given, the error says which of them is wrong."""
    status, _, err = run(capsys, *args[:1], str(consistent), *args[1:])
    assert status == 2
    assert err.count("\n") == 1
    assert err.startswith(f"pwstats {args[0]}: {option}: ")


def test_known_at_says_how_many_figures_it_left_out(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    """--known-at names the figures published by then and those left out, in a sentence
    whose verb agrees with the number (one figure "is" left out)."""
    later = tmp_path / "later.toml"
    later.write_text(
        CONSISTENT.replace("published = 2024-01-03", "published = 2024-01-05", 1),
        encoding="utf-8",
    )
    status, _, err = run(capsys, "reconcile", str(later), "--known-at", "2024-01-04")
    assert status == 0
    assert err == (
        "pwstats reconcile: --known-at 2024-01-04: 1 of 2 figures were published by then;"
        " 1 published later is left out\n"
    )


def test_bound_unknown_measure(capsys: pytest.CaptureFixture[str], consistent: Path) -> None:
    """An unknown measure for `bound` exits 2 and suggests the nearest id."""
    status, _, err = run(capsys, "bound", str(consistent), "releasd", "--at", "2024")
    assert status == 2
    assert "did you mean 'released'?" in err


@pytest.mark.parametrize(
    "order",
    [
        ["released", "--at", "2024", "FILE"],
        ["released", "FILE", "--at", "2024"],
        ["--at", "2024", "FILE", "released"],
    ],
)
def test_bound_measure_may_come_before_or_after_the_files(
    capsys: pytest.CaptureFixture[str], consistent: Path, order: list[str]
) -> None:
    """`bound` takes its measure before, after or between the files and options."""
    expected = run(capsys, "bound", str(consistent), "released", "--at", "2024")
    argv = [str(consistent) if a == "FILE" else a for a in order]
    assert run(capsys, "bound", *argv) == expected
    assert expected[0] == 0
    assert "(released) (an event: its bound is the same at any date, 2024 included)" in expected[1]


def test_bound_without_a_measure_lists_measure_ids(
    capsys: pytest.CaptureFixture[str], consistent: Path
) -> None:
    """`bound FILE --at DATE` with no measure asks for one and lists the data's measure ids."""
    status, out, err = run(capsys, "bound", str(consistent), "--at", "2024-03")
    assert (status, out) == (2, "")
    assert err == "pwstats bound: name the measure to bound (one of: released)\n"


def test_bound_without_a_measure_lists_a_few_seed_ids(capsys: pytest.CaptureFixture[str]) -> None:
    """With many measures, the error lists the first five ids, counts the others, and says
    that they are the seed data set's (no file was given)."""
    from pwstats.io import seeds

    ids = [m.id for m in seeds().measures]
    status, _, err = run(capsys, "bound", "--at", "2024")
    assert status == 2
    assert err == (
        f"pwstats bound: name the measure to bound (one of: {', '.join(ids[:5])},"
        f" and {len(ids) - 5} more) in the bundled seed data set (no data file was given:"
        " name a .toml, .json or .csv file to use your own)\n"
    )


def test_bound_with_two_measures_names_both(
    capsys: pytest.CaptureFixture[str], consistent: Path
) -> None:
    """Two arguments that are not data files are named in one error line, before loading."""
    status, out, err = run(capsys, "bound", "released", str(consistent), "held", "--at", "2024")
    assert (status, out) == (2, "")
    assert err.startswith("pwstats bound: name one measure to bound, not 2: 'released' and 'held'")
    assert err.count("\n") == 1


def test_bound_file_named_without_a_data_suffix_is_a_file(
    capsys: pytest.CaptureFixture[str], consistent: Path, tmp_path: Path
) -> None:
    """An existing file is a file even without .toml, so its unknown suffix is the error."""
    odd = tmp_path / "figures.txt"
    odd.write_text(CONSISTENT, encoding="utf-8")
    status, _, err = run(capsys, "bound", str(odd), "released", "--at", "2024")
    assert status == 2
    assert "name one measure" not in err
    assert "figures.txt" in err


def test_bound_unknown_option_is_still_a_usage_error(
    capsys: pytest.CaptureFixture[str], consistent: Path
) -> None:
    """An option `bound` does not know exits 2 as an unrecognized argument, not a measure."""
    status, _, err = run(capsys, "bound", str(consistent), "released", "--at", "2024", "--fast")
    assert status == 2
    assert "unrecognized arguments: --fast" in err
    assert err.startswith("pwstats bound: ")  # the command's, not the top level's
    assert err.endswith("see pwstats bound --help\n")
    assert err.count("\n") == 1


def test_other_commands_still_reject_extra_arguments(capsys: pytest.CaptureFixture[str]) -> None:
    """A second text after an option of `parse` is an unrecognized argument, as before."""
    status, _, err = run(capsys, "parse", "230", "--signed", "240")
    assert status == 2
    assert "unrecognized arguments: 240" in err


# -- parse and extract ----------------------------------------------------------------


def test_parse_prints_every_reading(capsys: pytest.CaptureFixture[str]) -> None:
    """`parse` prints the hedge, nominal number and the interval under each reading."""
    status, out, _ = run(capsys, "parse", "almost 2,600")
    assert status == 0
    fields = dict(line.split(":", 1) for line in out.splitlines())
    assert fields["nominal"].strip() == "2600"
    assert fields["literal"].strip() == "[0, 2600)"
    for reading in ("pragmatic", "lenient"):
        assert fields[reading].strip().endswith("2600)")


def test_parse_one_reading(capsys: pytest.CaptureFixture[str]) -> None:
    """`parse --reading literal` prints only the literal interval."""
    status, out, _ = run(capsys, "parse", "more than 230", "--reading", "literal")
    assert status == 0
    assert "literal:" in out
    assert "(230, +inf)" in out
    assert "pragmatic:" not in out


def test_parse_unit_names_the_unit_of_a_number_naming_none(
    capsys: pytest.CaptureFixture[str],
) -> None:
    """`parse --unit percent` prints "30" in percent, "30%" as a share, and person by default."""

    def fields(*argv: str) -> dict[str, str]:
        status, out, _ = run(capsys, "parse", *argv, "--reading", "literal")
        assert status == 0
        return {k: v.strip() for k, v in (line.split(":", 1) for line in out.splitlines())}

    assert fields("30", "--unit", "percent") == {
        "text": "30",
        "hedge": "",
        "nominal": "30",
        "unit": "percent",
        "literal": "[30, 30]",
    }
    assert fields("30%", "--unit", "percent")["unit"] == "dimensionless"
    assert fields("30")["unit"] == "person"


def test_parse_unknown_unit_is_one_line(capsys: pytest.CaptureFixture[str]) -> None:
    """`parse --unit` with a name pint does not know exits 2 naming the unit."""
    status, out, err = run(capsys, "parse", "30", "--unit", "widgetz")
    assert (status, out) == (2, "")
    assert err.count("\n") == 1
    assert "'widgetz'" in err


def test_parse_error_is_one_line(capsys: pytest.CaptureFixture[str]) -> None:
    """Text with no figure exits 2 with one line and no traceback."""
    status, out, err = run(capsys, "parse", "no number here")
    assert (status, out) == (2, "")
    assert err.count("\n") == 1
    assert err.startswith("pwstats parse: ")


def test_extract_reads_a_file(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    """`extract FILE` lists each figure of the article with its span and interval."""
    article = tmp_path / "article.txt"
    article.write_text(ARTICLE, encoding="utf-8")
    status, out, _ = run(capsys, "extract", str(article), "--format", "csv")
    assert status == 0
    rows = out.splitlines()
    assert rows[0] == (
        "start,end,words,hedge,nominal,code,unit,noun,interval,unread,increment,confidence"
    )
    assert any("248" in row for row in rows[1:])
    assert any("2,600" in row for row in rows[1:])


def test_extract_reads_stdin(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    """`extract -` reads the article from standard input."""
    monkeypatch.setattr(sys, "stdin", io.StringIO(ARTICLE))
    status, out, _ = run(capsys, "extract", "-")
    assert status == 0
    assert "almost 2,600" in out


def test_extract_marks_a_figure_after_unread_words(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    """A figure after words pwstats cannot read is marked UNREAD with those words."""
    monkeypatch.setattr(sys, "stdin", io.StringIO("perhaps 300 fled; 200 stayed"))
    status, out, _ = run(capsys, "extract", "-", "--format", "csv")
    assert status == 0
    rows = out.splitlines()[1:]
    assert rows[0].endswith('"[0, +inf)",UNREAD: perhaps,,')
    assert rows[1].endswith('"[180, 220]",,,')


def test_extract_names_an_increment(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    """A figure said as an increment ("another 300") names its words in the increment
    column, so it is never taken for a running total."""
    monkeypatch.setattr(sys, "stdin", io.StringIO("Another 300 were freed; 200 more fled."))
    status, out, _ = run(capsys, "extract", "-", "--format", "csv")
    assert status == 0
    rows = out.splitlines()[1:]
    assert rows[0].endswith(",another,")
    assert rows[1].endswith(",more,")


def test_extract_missing_file(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    """A missing article exits 2 with one line naming it."""
    status, _, err = run(capsys, "extract", str(tmp_path / "gone.txt"))
    assert status == 2
    assert "gone.txt: no such file" in err


def test_extract_reading_and_unit_options(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    """`extract --reading literal --unit percent` reads each figure as parse would with them;
    without them the reading is pragmatic and the unit person."""

    def rows(*argv: str) -> list[str]:
        monkeypatch.setattr(sys, "stdin", io.StringIO("almost 2,600 held; about 30 of them"))
        status, out, _ = run(capsys, "extract", "-", "--format", "csv", *argv)
        assert status == 0
        return out.splitlines()[1:]

    assert rows() == [
        '0,12,"almost 2,600",almost,2600,,person,,"[2470, 2600)",,,',
        '19,27,about 30,about,30,,person,,"[27, 33]",,,',
    ]
    assert rows("--reading", "literal", "--unit", "percent") == [
        '0,12,"almost 2,600",almost,2600,,percent,,"[0, 2600)",,,',
        '19,27,about 30,about,30,,percent,,"[22.5, 37.5]",,,',
    ]


def test_extract_shows_no_vague_code_as_a_nominal_outside_its_interval(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    """A vague word's coding convention is its own `code` column, never the `nominal`: the
    table once showed "dozens" with nominal 12 beside its interval [24, 119]."""
    monkeypatch.setattr(sys, "stdin", io.StringIO("Dozens of soldiers and several hundred held"))
    status, out, _ = run(capsys, "extract", "-", "--format", "csv")
    assert status == 0
    assert out.splitlines()[1:] == [
        '0,6,Dozens,dozens,,12,person,soldiers,"[24, 119]",,,',
        '23,38,several hundred,several hundred,,300,person,,"[300, 999]",,,',
    ]


def test_extract_unknown_unit_is_one_line(capsys: pytest.CaptureFixture[str]) -> None:
    """`extract --unit` with a name pint does not know exits 2 naming the unit."""
    status, out, err = run(capsys, "extract", "-", "--unit", "widgetz")
    assert (status, out) == (2, "")
    assert err.count("\n") == 1
    assert "'widgetz'" in err


def test_parse_help_says_what_no_reading_shows(capsys: pytest.CaptureFixture[str]) -> None:
    """`parse --help` says that without --reading all three readings are shown, never
    "(default: None)"."""
    status, out, _ = run(capsys, "parse", "--help")
    assert status == 0
    out = " ".join(out.split())
    assert "default: None" not in out
    assert "all three readings" in out


# -- check -------------------------------------------------------------------------------


def test_check_consistent_exits_0(capsys: pytest.CaptureFixture[str], consistent: Path) -> None:
    """`check` on figures that agree exits 0 and reports no contradiction."""
    status, out, _ = run(capsys, "check", str(consistent))
    assert status == 0
    assert "0 contradictions" in out


def test_check_contradiction_exits_1(
    capsys: pytest.CaptureFixture[str], contradictory: Path
) -> None:
    """`check` exits 1 when a contradiction remains, and prints it on its own line."""
    status, out, _ = run(capsys, "check", str(contradictory))
    assert status == 1
    assert any(line.startswith("contradiction: released") for line in out.splitlines())


def test_check_seeds_finds_the_contradiction(capsys: pytest.CaptureFixture[str]) -> None:
    """`check` on the seed data set exits 1: 'more than 230' contradicts 'exactly 230'."""
    status, out, _ = run(capsys, "check")
    assert status == 1
    assert any(
        line.startswith("contradiction: ua-released-2024-01-03") for line in out.splitlines()
    )


def test_check_unreadable_exits_2(capsys: pytest.CaptureFixture[str], broken: Path) -> None:
    """`check` on a file it cannot read exits 2."""
    status, out, _ = run(capsys, "check", str(broken))
    assert (status, out) == (2, "")


# -- plot ---------------------------------------------------------------------------------


def test_plot_unknown_measure(
    capsys: pytest.CaptureFixture[str], tmp_path: Path, consistent: Path
) -> None:
    """`plot` of an unknown measure exits 2 with the nearest id, and writes nothing."""
    pytest.importorskip("matplotlib", reason="the plot extra (matplotlib) is not installed")
    out = tmp_path / "x.png"
    status, _, err = run(capsys, "plot", str(consistent), "relased", "-o", str(out))
    assert status == 2
    assert "did you mean 'released'?" in err
    assert not out.exists()


@pytest.mark.parametrize("suffix", [".png", ".svg"])
def test_plot_writes_the_image(
    capsys: pytest.CaptureFixture[str], tmp_path: Path, contradictory: Path, suffix: str
) -> None:
    """`plot` writes a PNG or SVG of the measure's timeline."""
    pytest.importorskip("matplotlib", reason="the plot extra (matplotlib) is not installed")
    out = tmp_path / f"released{suffix}"
    status, stdout, _ = run(capsys, "plot", str(contradictory), "released", "-o", str(out))
    assert status == 0
    assert stdout == f"wrote {out}\n"
    head = out.read_bytes()[:200]
    assert head.startswith(b"\x89PNG\r\n\x1a\n") if suffix == ".png" else b"<svg" in head


@pytest.mark.parametrize("out", ["missing/", "missing/released.png"])
def test_plot_into_a_missing_folder_says_so_before_any_work(
    capsys: pytest.CaptureFixture[str], tmp_path: Path, consistent: Path, out: str
) -> None:
    """`plot -o missing/` (or `missing/x.png`) names the missing folder in one line: it
    reconciled and drew first, then failed with a bare "No such file or directory"."""
    pytest.importorskip("matplotlib", reason="the plot extra (matplotlib) is not installed")
    status, stdout, err = run(
        capsys, "plot", str(consistent), "released", "-o", f"{tmp_path}/{out}"
    )
    assert (status, stdout) == (2, "")
    assert f"the folder '{tmp_path}/missing' does not exist" in err
    assert err.count("\n") == 1
    assert not (tmp_path / "missing").exists()


def test_plot_measure_may_come_before_the_files(
    capsys: pytest.CaptureFixture[str], tmp_path: Path, consistent: Path
) -> None:
    """`plot MEASURE FILE -o OUT` works as `plot FILE MEASURE -o OUT` does."""
    pytest.importorskip("matplotlib", reason="the plot extra (matplotlib) is not installed")
    out = tmp_path / "released.svg"
    status, stdout, _ = run(capsys, "plot", "released", "-o", str(out), str(consistent))
    assert (status, stdout) == (0, f"wrote {out}\n")
    assert "People released on 3 Jan 2024" in out.read_text(encoding="utf-8")


def test_plot_without_a_measure_lists_measure_ids(
    capsys: pytest.CaptureFixture[str], tmp_path: Path, consistent: Path
) -> None:
    """`plot FILE -o OUT` with no measure asks for one, lists the ids and writes nothing."""
    pytest.importorskip("matplotlib", reason="the plot extra (matplotlib) is not installed")
    out = tmp_path / "x.png"
    status, _, err = run(capsys, "plot", str(consistent), "-o", str(out))
    assert status == 2
    assert err == "pwstats plot: name the measure to plot (one of: released)\n"
    assert not out.exists()


def test_plot_without_matplotlib(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    """Without matplotlib, `plot` prints the one-line install hint and exits 2."""
    monkeypatch.setitem(sys.modules, "matplotlib", None)
    status, out, err = run(capsys, "plot", "ua-returned-total", "-o", str(tmp_path / "x.png"))
    assert (status, out) == (2, "")
    assert err == f"{PLOT_NEEDS}\n"


def test_reconcile_one_measure_by_id(
    capsys: pytest.CaptureFixture[str], contradictory: Path
) -> None:
    """--measure keeps that measure's findings, and --ids shows its id instead of its label."""
    status, out, _ = run(capsys, "reconcile", str(contradictory), "--measure", "released", "--ids")
    assert status == 0
    rows = [line for line in out.split("Conflicts")[0].splitlines() if line.startswith("| re")]
    assert len(rows) == 1
    assert rows[0].startswith("| released ")


def test_reconcile_sources_table(capsys: pytest.CaptureFixture[str], consistent: Path) -> None:
    """--table sources lists each source of the data once, numbered."""
    status, out, _ = run(
        capsys, "reconcile", str(consistent), "--table", "sources", "--format", "plain"
    )
    assert status == 0
    assert [line.split()[0] for line in out.splitlines()[1:]] == ["[1]", "[2]"]


def test_check_summary_counts_in_the_singular_for_one(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """`pwstats check` says "1 measure", not "1 measures"."""
    path = tmp_path / "one.csv"
    path.write_text(
        "id,measure,measure_label,measure_kind,value,as_of\n"
        "f1,released,released,event,more than 230,2024-01-03\n"
        "f2,released,released,event,exactly 230,2024-01-03\n"
    )
    assert main(["check", str(path)]) == 1
    out = capsys.readouterr().out
    assert "2 figures about 1 measure, 0 relations; 1 contradiction, 0 tensions" in out


# -- the examples of docs/cli.md ----------------------------------------------------------


def _doc_sessions() -> list[tuple[str, str]]:
    """Each `$ pwstats ...` command of a text block in docs/cli.md, with the lines under it."""
    text = CLI_DOC.read_text(encoding="utf-8")
    sessions = []
    for block in re.findall(r"```text\n(.*?)```", text, flags=re.DOTALL):
        for chunk in re.split(r"^\$ ", block, flags=re.MULTILINE)[1:]:
            command, _, output = chunk.partition("\n")
            sessions.append((command, output))
    return sessions


@pytest.mark.parametrize(("command", "shown"), _doc_sessions(), ids=lambda x: x[:40])
def test_doc_examples_print_what_the_doc_shows(
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
    tmp_path: Path,
    command: str,
    shown: str,
) -> None:
    """Every `$ pwstats ...` example in docs/cli.md prints exactly the lines shown under it,
    run beside the doc's broken.toml."""
    doc = CLI_DOC.read_text(encoding="utf-8")
    broken_toml = re.search(r"`broken.toml`.*?```toml\n(.*?)```", doc, flags=re.DOTALL)
    assert broken_toml is not None, "docs/cli.md shows no broken.toml"
    (tmp_path / "broken.toml").write_text(broken_toml.group(1), encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    program, *argv = shlex.split(command)
    assert program == "pwstats"
    main(argv)
    out, err = capsys.readouterr()
    assert out + err == shown


# -- extract over many files (--jobs) -----------------------------------------------------


def _articles(tmp_path: Path, n: int) -> list[str]:
    """``n`` article files, each with figures of its own (so order mistakes show)."""
    paths = []
    for i in range(n):
        path = tmp_path / f"a{i:02d}.txt"
        path.write_text(f"{ARTICLE}Officials counted exactly {1000 + i} more.\n", encoding="utf-8")
        paths.append(str(path))
    return paths


def test_extract_jobs_gives_the_output_of_one_process(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    """`extract --jobs 2 F...` prints exactly what one process prints, in input order."""
    paths = _articles(tmp_path, 7)
    paths.reverse()  # input order, not name order
    status1, one, _ = run(capsys, "extract", *paths, "--format", "csv")
    status2, two, _ = run(capsys, "extract", "--jobs", "2", *paths, "--format", "csv")
    assert status1 == status2 == 0
    assert one == two
    rows = one.splitlines()
    assert rows[0] == (
        "file,start,end,words,hedge,nominal,code,unit,noun,interval,unread,increment,confidence"
    )
    files = [row.split(",")[0] for row in rows[1:]]
    assert list(dict.fromkeys(files)) == paths
    assert [row.split(",")[5] for row in rows[1:] if "exactly" in row] == [
        str(1000 + int(Path(p).stem[1:])) for p in paths
    ]


def test_extract_one_file_has_no_file_column(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    """With one file the table is the single-article table, whatever --jobs says."""
    (path,) = _articles(tmp_path, 1)
    _, with_jobs, _ = run(capsys, "extract", "-j", "3", path, "--format", "csv")
    _, plain, _ = run(capsys, "extract", path, "--format", "csv")
    assert with_jobs == plain
    assert plain.startswith("start,end,words")


def test_extract_jobs_missing_file_is_one_line(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    """A missing file read in a worker process exits 2 with one line naming it."""
    paths = [*_articles(tmp_path, 2), str(tmp_path / "gone.txt")]
    status, out, err = run(capsys, "extract", "--jobs", "2", *paths)
    assert status == 2
    assert out == ""
    gone = tmp_path / "gone.txt"
    assert err.splitlines() == [f"pwstats extract: {gone}: no such file"]


def test_extract_jobs_must_be_positive(capsys: pytest.CaptureFixture[str]) -> None:
    """`--jobs 0` exits 2 with one line saying what is expected."""
    status, _, err = run(capsys, "extract", "--jobs", "0", "-")
    assert status == 2
    assert err.strip() == "pwstats extract: --jobs must be at least 1, not 0"


# -- pwstats total ---------------------------------------------------------------------------

EVENTS_CSV = """\
id,measure,measure_label,measure_kind,dim_conflict,dim_year,low,best,high,as_of
f1,e1,killed,event,299,2016,1,2,3,2016-03-01
f2,e2,killed,event,299,2016,10,12,20,2016-04-01
f3,e3,killed,event,299,2017,0,0,4,2017-01-01
f4,e4,killed,event,333,2016,5,5,5,2016-01-01
"""


def test_total_prints_one_row_per_group(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """pwstats total --by conflict,year prints each group's interval, low/best/high and members."""
    path = tmp_path / "events.csv"
    path.write_text(EVENTS_CSV)
    assert main(["total", str(path), "--by", "conflict,year", "--format", "csv"]) == 0
    lines = without_because(capsys.readouterr().out)
    assert lines == [
        "conflict,year,statistic,interval,low,best,high,members,contested,rule,unit",
        '299,2016,total,"[11, 23]",11,14,23,2,0,sum,person',
        '299,2017,total,"[0, 4]",0,0,4,1,0,sum,person',
        '333,2016,total,"[5, 5]",5,5,5,1,0,sum,person',
    ]


def test_total_warns_in_one_line_of_a_group_holding_a_total_and_its_parts(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """A national figure and its states with one country dim: the double count is one line."""
    path = tmp_path / "sudan.toml"
    path.write_text(
        "[[measures]]\nid = 'nat'\nlabel = 'IDPs'\ndims = { country = 'SDN' }\n"
        "[[measures]]\nid = 'kh'\nlabel = 'IDPs in Khartoum'\ndims = { country = 'SDN' }\n"
        "[[figures]]\nid = 'n'\nmeasure = 'nat'\nnumber = 7000000\nas_of = '2024-06-30'\n"
        "[[figures]]\nid = 'k'\nmeasure = 'kh'\nnumber = 3593000\nas_of = '2024-06-30'\n"
        "[[relations]]\nkind = 'sum'\ntotal = 'nat'\nparts = ['kh']\ncomplete = false\n"
    )
    args = ["total", str(path), "--by", "country", "--at", "2024-06-30", "--format", "csv"]
    assert main(args) == 0
    out, err = capsys.readouterr()
    assert out.splitlines()[1].startswith('SDN,total,"[10593000, 10593000]"')
    (line,) = err.splitlines()
    assert line.startswith("pwstats total: warning: a group holds a sum's total")
    assert "'nat' with its part 'kh'" in line
    assert line.endswith("filter one of them out with --where")


def test_total_takes_a_statistic_a_filter_and_json(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """--stat median --where conflict=299 --format json gives the filtered medians as JSON."""
    path = tmp_path / "events.csv"
    path.write_text(EVENTS_CSV)
    args = ["total", str(path), "--by", "year", "--stat", "median", "--where", "conflict=299"]
    assert main([*args, "--format", "json"]) == 0
    document = json.loads(capsys.readouterr().out)
    assert document["statistic"] == "median"
    assert [(r["group"], r["interval"], r["best"]) for r in document["rows"]] == [
        ({"year": "2016"}, "[5.5, 11.5]", "7"),
        ({"year": "2017"}, "[0, 4]", "0"),
    ]


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["--by", "yaer"], "pwstats total: by: no measure has the dimension 'yaer' (did you mean"),
        (["--by", "year", "--where", "conflict"], "--where takes DIM=VALUE[,VALUE...]"),
        (["--by", "year", "--where", "confict=1"], "where: no measure has the dimension"),
        (
            ["--by", "year", "--where", "conflict=298"],
            "where: no measure has conflict = '298' (did you mean '299'?); its values are 299, 333",
        ),
        (["--by", "year", "--where", "conflict=1,2"], "no measure has conflict = '1', '2'"),
    ],
)
def test_total_input_errors_are_one_line(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], args: list[str], message: str
) -> None:
    """A bad --by or --where is one line on stderr naming it, and exit status 2."""
    path = tmp_path / "events.csv"
    path.write_text(EVENTS_CSV)
    assert main(["total", str(path), *args]) == 2
    err = capsys.readouterr().err
    assert message in err
    assert len(err.splitlines()) == 1


RATES_CSV = """\
id,measure,measure_label,measure_kind,dim_area,dim_what,number,as_of
d,deaths-pr,deaths,flow,PR,deaths,29500,2017
p16,residents-pr,residents,level,PR,residents,3406520,2016-07-01
p17,residents-pr,residents,level,PR,residents,3337177,2017-07-01
v17,residents-vi,residents,level,VI,residents,104000,2017-07-01
"""


def test_total_stat_rate_divides_a_flow_by_a_level_at_its_own_date(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """--stat rate --numerator/--denominator by dims, --at for the deaths' year and
    --denominator-at for the mid-year population; the group without deaths is listed as
    unknown, with one warning line."""
    path = tmp_path / "rates.csv"
    path.write_text(RATES_CSV)
    args = ["total", str(path), "--by", "area", "--stat", "rate", "--numerator", "what=deaths"]
    args += ["--denominator", "what=residents", "--at", "2017", "--denominator-at", "2017-07-01"]
    assert main([*args, "--format", "csv", "--per", "1000"]) == 0
    out, err = capsys.readouterr()
    assert without_because(out) == [
        "area,statistic,at,denominator_at,interval,low,best,high,members,contested,rule,unit",
        'PR,rate,2017,2017-07-01,"[29500000/3337177, 29500000/3337177]",29500000/3337177,'
        "29500000/3337177,29500000/3337177,2,0,rate,",
        'VI,rate,2017,2017-07-01,"(-inf, +inf)",,,,1,0,rate without numerator,',
    ]
    (line,) = err.splitlines()
    assert line.startswith("pwstats total: warning: 1 group has denominator members but no")
    assert line.endswith("area=VI; where the numerator is truly 0, record a figure of 0 for it")


def test_total_stat_change_takes_start_end_and_measures(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """--stat change --measure IDS --start --end: each level at the end less at the start."""
    path = tmp_path / "rates.csv"
    path.write_text(RATES_CSV)
    args = ["total", str(path), "--by", "area", "--stat", "change", "--measure", "residents-pr"]
    assert main([*args, "--start", "2016-07-01", "--end", "2017-07-01", "-f", "json"]) == 0
    document = json.loads(capsys.readouterr().out)
    assert document["statistic"] == "change"
    assert (document["start"], document["end"]) == ("2016-07-01", "2017-07-01")
    assert [(r["group"], r["interval"]) for r in document["rows"]] == [
        ({"area": "PR"}, "[-69343, -69343]")
    ]


def test_total_change_and_rate_without_by_are_one_group_as_in_python(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """--stat change and rate without --by are one group of all, as stats.change and
    stats.rate default by=() (was: argparse's 'the following arguments are required: --by');
    the other statistics still need --by, in one line naming --by ''."""
    import pwstats

    path = tmp_path / "rates.csv"
    path.write_text(RATES_CSV)
    args = ["total", str(path), "--stat", "change", "--measure", "residents-pr"]
    assert main([*args, "--start", "2016-07-01", "--end", "2017-07-01", "-f", "json"]) == 0
    rows = json.loads(capsys.readouterr().out)["rows"]
    python = pwstats.stats.change(pwstats.load(path), "residents-pr", "2016-07-01", "2017-07-01")
    assert [(r["group"], r["interval"]) for r in rows] == [({}, str(python.rows[0].interval))]
    args = ["total", str(path), "--stat", "rate", "--numerator", "deaths-pr"]
    args += ["--denominator", "residents-pr", "--at", "2017", "--denominator-at", "2017-07-01"]
    assert main([*args, "-f", "json"]) == 0
    assert [r["group"] for r in json.loads(capsys.readouterr().out)["rows"]] == [{}]
    assert main(["total", str(path)]) == 2
    (line,) = capsys.readouterr().err.splitlines()
    assert line.startswith("pwstats total: --stat total needs --by DIMS")
    assert "--by ''" in line


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["--stat", "rate", "--numerator", "what=deaths"], "--stat rate needs --denominator"),
        (["--numerator", "what=deaths"], "--numerator is for --stat rate, not --stat total"),
        (["--stat", "change", "--start", "2016", "--end", "2017", "--at", "2017"], "--at is for"),
        (["--stat", "change", "--start", "2016"], "--stat change needs --end"),
        (["--stat", "rate", "--numerator", "what=death", "--denominator", "what=residents",
          "--at", "2017", "--denominator-at", "2017-07-01"],
         "numerator: no measure has what = 'death' (did you mean 'deaths'?)"),
        # was "the group area=PR has a numerator but no denominator member"
        (["--stat", "rate", "--numerator", "what=deaths", "--denominator", "what=resident",
          "--at", "2017", "--denominator-at", "2017-07-01"],
         "denominator: no measure has what = 'resident' (did you mean 'residents'?)"),
        (["--stat", "rate", "--numerator", "what=deaths", "--denominator", "what=residents",
          "--where", "area=RP", "--at", "2017", "--denominator-at", "2017-07-01"],
         "where: no measure has area = 'RP'"),
        # a change's were an empty table, with no word
        (["--stat", "change", "--start", "2016", "--end", "2017", "--where", "area=RP"],
         "where: no measure has area = 'RP'"),
        (["--stat", "change", "--start", "2016", "--end", "2017", "--measure", "what=resident"],
         "measure: no measure has what = 'resident' (did you mean 'residents'?)"),
        (["--stat", "rate", "--numerator", "d-pr", "--numerator", "what=deaths",
          "--denominator", "x"],
         "takes measure ids (ID[,ID...]) or dims"),
        (["--stat", "rate", "--numerator", "deaths-pr", "--denominator", "residents-pr",
          "--per", "-5"], "--per takes a positive number"),
        (["--stat", "rate", "--numerator", "deaths-pr", "--denominator", "residents-pr",
          "--denominator-at", "2017-13"], "--denominator-at: month 13 is out of range"),
    ],
)  # fmt: skip
def test_total_rate_and_change_option_errors_are_one_line(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], args: list[str], message: str
) -> None:
    """An option the statistic does not take, or one it needs and lacks, is one line, status 2."""
    path = tmp_path / "rates.csv"
    path.write_text(RATES_CSV)
    assert main(["total", str(path), "--by", "area", *args]) == 2
    (line,) = capsys.readouterr().err.splitlines()
    assert message in line


CENSUSES_CSV = """\
id,measure,measure_label,measure_kind,dim_area,dim_what,number,as_of
d,deaths-pr,deaths,flow,PR,deaths,29500,2017
dv,deaths-vi,deaths,flow,VI,deaths,120,2017
p17,residents-pr,residents,level,PR,residents,3337177,2017-07-01
v10,residents-vi,residents,level,VI,residents,106405,2010-04-01
v20,residents-vi,residents,level,VI,residents,87146,2020-04-01
"""


@pytest.mark.parametrize(
    ("dates", "expected"),
    [
        (["latest"], ["PR,rate,2017,2017-07-01,", "VI,rate,2017,2010-04-01,"]),
        (
            ["PR=2017-07-01", "VI=2020-04-01"],
            ["PR,rate,2017,2017-07-01,", "VI,rate,2017,2020-04-01,"],
        ),
    ],
)
def test_total_stat_rate_takes_each_groups_denominator_date(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], dates: list[str], expected: list[str]
) -> None:
    """Populations from different censuses: --denominator-at latest, or VALUE=DATE per
    group, takes each group's own, and the CSV's denominator_at column says which."""
    path = tmp_path / "censuses.csv"
    path.write_text(CENSUSES_CSV)
    args = ["total", str(path), "--by", "area", "--stat", "rate", "--numerator", "what=deaths"]
    args += ["--denominator", "what=residents", "--at", "2017", "-f", "csv"]
    assert main([*args, *(x for d in dates for x in ("--denominator-at", d))]) == 0
    out, err = capsys.readouterr()
    lines = out.splitlines()
    assert lines[0].startswith("area,statistic,at,denominator_at,")
    assert [line[: len(e)] for line, e in zip(lines[1:], expected, strict=True)] == expected
    assert err == ""


@pytest.mark.parametrize(
    ("dates", "message"),
    [
        (["2017-07-01"], "the denominator of area=VI has no value at 2017-07-01: 'residents-vi'"
         " has no figure as of 2017-07-01 (its figures are as of 2010-04-01, 2020-04-01) and"
         " nothing bounds it then; give --denominator-at a date of its figures,"
         " VALUE[,VALUE...]=DATE for each group, or latest"),
        (["PR=2017-07-01"], "--denominator-at gives no date for 1 group: area=VI"),
        (["PR,x=2017"], "--denominator-at takes VALUE[,VALUE...]=DATE, one value for each --by"),
        (["2017", "2018"], "--denominator-at takes one DATE (or 'latest')"),
        (["VI=2017-02-30"], "--denominator-at: day 30 is out of range"),
    ],
)  # fmt: skip
def test_a_denominator_date_no_group_has_is_one_line_naming_it(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], dates: list[str], message: str
) -> None:
    """A group with no population at the date asked is an error naming it (the rate was
    [0, x] with a warning), in the command's words; so is a malformed --denominator-at."""
    path = tmp_path / "censuses.csv"
    path.write_text(CENSUSES_CSV)
    args = ["total", str(path), "--by", "area", "--stat", "rate", "--numerator", "what=deaths"]
    args += ["--denominator", "what=residents", "--at", "2017"]
    assert main([*args, *(x for d in dates for x in ("--denominator-at", d))]) == 2
    (line,) = capsys.readouterr().err.splitlines()
    assert message in line


def test_plot_prints_warnings_as_one_line_notes_not_python_warnings(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """`pwstats plot --by` printed "…/cli.py:621: DataQualityWarning: total(): …" and the
    source line under it; every warning of a command is one "pwstats CMD: warning:" line."""
    pytest.importorskip("matplotlib")
    path = tmp_path / "rates.csv"
    path.write_text(RATES_CSV)
    out_png = tmp_path / "totals.png"
    args = ["plot", str(path), "--by", "area", "--where", "what=residents", "--at", "2017"]
    assert main([*args, "-o", str(out_png)]) == 0
    err = capsys.readouterr().err.splitlines()
    assert err == [
        "pwstats plot: warning: 'residents-pr' has no figure as of 2017 (its figures are as of"
        " 2016-07-01, 2017-07-01), so nothing bounds it from above then (and 1 more such"
        " members) and the total says little there; give --at a date of their figures"
    ]


def test_plot_by_takes_known_at_and_the_statistics_options(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    """`pwstats plot --by` reconciled every figure whatever --known-at said (the chart of a
    later date); it now charts what `pwstats total` prints, --known-at and --stat rate too."""
    pytest.importorskip("matplotlib")
    import pwstats.plot_stats
    from pwstats.stats import Statistics

    drawn: list[Statistics] = []
    monkeypatch.setattr(pwstats.plot_stats, "chart", lambda s, **kw: drawn.append(s))
    path = tmp_path / "revised.csv"
    path.write_text(
        "id,measure,measure_label,measure_kind,dim_area,number,as_of,source_name,source_published\n"
        "a,held,held,level,north,100,2024-01-01,Ministry,2024-01-02\n"
        "b,held,held,level,north,130,2024-01-01,Ministry,2024-03-01\n"
        "c,held,held,level,north,120,2023-12-01,Ministry,2023-12-02\n"
    )
    args = ["plot", str(path), "--by", "area", "--at", "2024-01-01", "-o", str(tmp_path / "p.png")]
    assert main([*args, "--known-at", "2024-02-01"]) == 0
    assert main(args) == 0
    assert [str(s[0].interval) for s in drawn] == ["[100, 100]", "[130, 130]"]
    rate = ["--stat", "rate", "--numerator", "held", "--denominator", "held", "--per", "1"]
    assert main([*args, *rate, "--denominator-at", "2023-12-01"]) == 0  # held now per then
    assert drawn[-1].statistic == "rate"
    assert str(drawn[-1][0].interval) == "[13/12, 13/12]"
    capsys.readouterr()


def test_every_warning_of_a_command_is_one_line_naming_it(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    """Any warning raised while a command runs, pwstats' or another library's, several lines
    or one, is printed as one line "pwstats COMMAND: warning: ..."."""
    import warnings

    import pwstats.cli

    def noisy(args: object) -> int:
        warnings.warn("a library's\nwarning over two lines", RuntimeWarning, stacklevel=1)
        warnings.warn(pwstats.errors.DataQualityWarning("at= the day"), stacklevel=1)
        return 0

    monkeypatch.setattr(pwstats.cli, "cmd_check", noisy)
    assert main(["check"]) == 0
    assert capsys.readouterr().err.splitlines() == [
        "pwstats check: warning: a library's warning over two lines",
        "pwstats check: warning: at= the day",
    ]


LEVELS_CSV = """\
id,measure,measure_label,measure_kind,dim_place,number,as_of
h1,held,held,level,north,10,2024-01
h2,held-south,held,level,south,4,2024-01
"""


def test_total_where_a_known_value_matches_nothing_is_an_empty_table(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """Values each some measure has, but no measure both: no rows, and no error."""
    path = tmp_path / "events.csv"
    path.write_text(EVENTS_CSV)
    args = ["total", str(path), "--by", "year", "--where", "conflict=333", "--where", "year=2017"]
    assert main([*args, "--format", "json"]) == 0
    assert json.loads(capsys.readouterr().out)["rows"] == []


def test_total_without_at_names_the_at_option_not_the_python_keyword(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """A level measure and no --at: the one line says --at DATE; it said "give at= the date"."""
    path = tmp_path / "levels.csv"
    path.write_text(LEVELS_CSV)
    assert main(["total", str(path), "--by", "place"]) == 2
    err = capsys.readouterr().err
    assert err.startswith(
        "pwstats total: 'held' (in place=north) is a level measure: give --at DATE"
    )
    assert "at=" not in err
    assert "total()" not in err
    assert len(err.splitlines()) == 1


UNBOUNDED_TOML = """\
[[measures]]
id = "deaths"
label = "Deaths"
kind = "event"

[[figures]]
id = "official"
measure = "deaths"
interval = "[64, +inf)"
as_of = "2017-09-20"
"""


def test_bound_says_an_infinite_end_is_no_bound_not_at_most_inf_from_a_figure(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """An unbounded high end reads "no upper bound"; it read "at most +inf from '[64, +inf)'"."""
    path = tmp_path / "unbounded.toml"
    path.write_text(UNBOUNDED_TOML)
    status, out, _ = run(capsys, "bound", str(path), "deaths")
    assert status == 0
    lines = out.splitlines()
    assert lines[1].startswith("low  64 (included): at least 64 from '[64, +inf)'")
    assert lines[-1] == "high: no upper bound: nothing bounds deaths from above"
    assert "+inf from" not in out


def test_bound_of_a_level_at_a_day_of_its_month_figure_says_why_nothing_bounds_it(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """A level figure as of 2024-05 gives no bound at 2024-05-15, and the output says why."""
    path = tmp_path / "idp.csv"
    path.write_text(
        "id,measure,value,as_of,measure_label,measure_kind\n"
        "f1,idp,about 1.2 million,2024-05,displaced,level\n"
    )
    status, out, _ = run(capsys, "bound", str(path), "idp", "--at", "2024-05-15")
    assert status == 0
    lines = out.splitlines()
    assert lines[0].endswith("[0, +inf)")
    assert lines[-1].startswith("high: no upper bound: no figure or relation bounds idp")
    for line in lines[1:]:
        assert "(f1) is as of 2024-05, a month that holds 2024-05-15" in line


def test_check_does_not_present_an_events_reporting_dates_as_its_date(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """An event's conflict, its figures dated only by their reports, says "reported"."""
    path = tmp_path / "flood.csv"
    path.write_text(
        "id,measure,value,source_name,source_published,measure_label,measure_kind\n"
        "a,deaths,300,Ministry,2025-03-05,deaths,event\n"
        "b,deaths,400-600,NGO,2025-06-01,,\n"
    )
    status, out, _ = run(capsys, "check", str(path))
    assert status == 1
    assert "contradiction: deaths, reported 2025-03-05 to 2025-06-01: " in out
    assert "2025-03-05/2025-06-01" not in out


# -- exports of published data sets (--preset) -----------------------------------------------

FIXTURES = Path(__file__).parent / "fixtures"


def test_ged_csv_without_preset_names_the_preset_in_one_line_first(
    capsys: pytest.CaptureFixture[str],
) -> None:
    """A UCDP GED CSV says first that it is one (give --preset ucdp-ged), then one line
    listing the unknown columns; it printed one "unknown column" line per column (45)."""
    path = str(FIXTURES / "ged_sample.csv")
    status, _, err = run(capsys, "total", path, "--by", "country,year")
    assert status == 2
    first, second = err.splitlines()
    assert first.startswith(f"pwstats total: {path}:1: this looks like a UCDP GED export")
    assert "give --preset ucdp-ged" in first
    assert "unknown columns: 'relid', 'year'," in second
    assert " more; see docs/data-format.md" in second


@pytest.mark.parametrize(
    ("fixture", "preset"), [("ged_sample.csv", "ucdp-ged"), ("acled_sample.csv", "acled")]
)
def test_preset_reads_an_export(
    capsys: pytest.CaptureFixture[str], fixture: str, preset: str
) -> None:
    """--preset reads the file as from_frame(read_csv(path), preset=...) does; --on-bad-records
    warn prints each rejected row naming the file."""
    pytest.importorskip("pandas")
    path = str(FIXTURES / fixture)
    args = ["total", path, "--by", "country", "--preset", preset, "--format", "csv"]
    status, out, err = run(capsys, *args, "--on-bad-records", "warn")
    assert status == 0
    assert out.startswith("country,statistic,interval,low,best,high,members,contested,rule,unit,")
    assert all(line.startswith(f"pwstats total: warning: {path}:") for line in err.splitlines())


def test_preset_exports_combine_with_a_data_file_of_populations(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """Deaths per 100,000 from a GED export and a populations file: --preset read every
    file as an export and refused the populations ("no column 'best'"), so no rate of
    events could be asked from the shell. A pwstats CSV (a measure column, no preset's
    header) or TOML file among the exports is read as a data file."""
    pytest.importorskip("pandas")
    populations = tmp_path / "people.csv"
    populations.write_text(
        "id,measure,measure_label,dim_country,dim_what,number,as_of\n"
        "p10,people,residents,Exampleland,people,2000000,2010-07-01\n"
        "p16,people,residents,Exampleland,people,2500000,2016-07-01\n"
    )
    ged = str(FIXTURES / "ged_sample.csv")
    args = ["total", ged, str(populations), "--preset", "ucdp-ged", "--by", "country"]
    args += ["--stat", "rate", "--numerator", "year=2017", "--denominator", "what=people"]
    status, out, _ = run(capsys, *args, "--denominator-at", "latest", "--at", "2017", "-f", "csv",
                         "--on-bad-records", "skip")  # fmt: skip
    assert status == 0
    header, row = without_because(out)
    assert header == (
        "country,statistic,at,denominator_at,interval,low,best,high,members,contested,rule,unit"
    )
    # GED's 2017 events: low 5 + 9 + 12, best 5 + 10 + 12, high 7 + 14 + 12, per 2,500,000.
    assert row == ('Exampleland,rate,2017,2016-07-01,"[1.04, 1.32]",1.04,1.08,1.32,4,0,rate,')


def test_preset_date_warning_names_the_date_order_option(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """All-ambiguous dates warn in one line naming --date-order; --date-order month-first
    reads them month-first, without a warning."""
    pytest.importorskip("pandas")
    path = tmp_path / "acled.csv"
    path.write_text(
        "event_id_cnty,event_date,time_precision,fatalities,country\n"
        "A1,01/02/2023,1,3,S\nA2,03/04/2023,1,2,S\n"
    )
    status, _, err = run(capsys, "bound", str(path), "acled-A1", "--preset", "acled")
    assert status == 0
    assert err == (
        f"pwstats bound: warning: {path}: read 2 rows of event_date day-first"
        " ('01/02/2023' as 2023-02-01):"
        " no date of the column has a part above 12 to tell whether it is day-first or"
        " month-first; pass --date-order month-first if it is ('01/02/2023' as 2023-01-02),"
        " or write ISO dates\n"
    )
    argv = ["bound", str(path), "acled-A1", "--preset", "acled", "--date-order", "month-first"]
    status, out, err = run(capsys, *argv)
    assert (status, err) == (0, "")
    assert "(an event)" in out


def test_preset_without_pandas_is_one_line(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    """Without pandas, --preset says which extra to install, in one line, exit 2."""
    monkeypatch.setitem(sys.modules, "pandas", None)
    path = str(FIXTURES / "ged_sample.csv")
    status, _, err = run(capsys, "check", path, "--preset", "ucdp-ged")
    assert status == 2
    assert err == "pwstats check: --preset needs pandas: pip install 'pwstats[pandas]'\n"


def test_date_order_without_preset_is_an_error_not_ignored(
    capsys: pytest.CaptureFixture[str], consistent: Path
) -> None:
    """--date-order applies to --preset exports; with a data file it is one line, exit 2."""
    status, _, err = run(capsys, "check", str(consistent), "--date-order", "month-first")
    assert status == 2
    assert err.startswith("pwstats check: --date-order reads the numeric dates of an export")


def test_cli_presets_and_date_orders_are_from_frames() -> None:
    """The choices of --preset and --date-order are pwstats.frames' (not imported by --help)."""
    from pwstats import cli, frames

    assert cli.PRESETS == frames.PRESETS
    assert cli.DATE_ORDERS == frames.DATE_ORDERS


def test_json_on_an_ascii_terminal_is_still_json(tmp_path: Path) -> None:
    """PYTHONIOENCODING=ascii wrote "\\U0001f469", which no JSON reader takes."""
    data = tmp_path / "emoji.toml"
    data.write_text(
        '[[measures]]\nid = "m"\nlabel = "r\\u00e9fugi\\u00e9s \\U0001F469"\nkind = "event"\n\n'
        '[[figures]]\nid = "a"\nmeasure = "m"\nvalue = "230"\nas_of = "2024-01-03"\n',
        encoding="utf-8",
    )
    env = {**os.environ, "PYTHONIOENCODING": "ascii"}
    done = subprocess.run(
        [sys.executable, "-m", "pwstats", "reconcile", str(data), "-f", "json"],
        capture_output=True,
        env=env,
        timeout=60,
    )
    assert done.returncode == 0, done.stderr
    document = json.loads(done.stdout.decode("ascii"))
    assert document["findings"][0]["label"] == "réfugiés 👩"


def test_extract_gives_an_estimate_with_its_confidence(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    """`extract` lists '480 (95% CI 350-610)' as one estimate, its level in `confidence`."""
    article = tmp_path / "article.txt"
    article.write_text("An estimated 480 deaths (95% CI 350-610).", encoding="utf-8")
    status, out, _ = run(capsys, "extract", str(article), "--format", "csv")
    assert status == 0
    assert out.splitlines()[1:] == [
        "0,40,An estimated 480 deaths (95% CI 350-610),an estimated,480,,person,deaths,"
        '"[350, 610]",,,0.95'
    ]


@pytest.mark.parametrize(
    ("argv", "option"),
    [
        (("reconcile", "-format", "grid"), "--format"),
        (("reconcile", "-status=tension"), "--status"),
        (("-debug", "check"), "--debug"),
    ],
)
def test_a_long_option_with_one_dash_gets_did_you_mean(
    capsys: pytest.CaptureFixture[str], argv: tuple[str, ...], option: str
) -> None:
    """`-format grid` is a usage error suggesting --format, not "grid: no such file"."""
    status, _, err = run(capsys, *argv)
    assert status == 2
    assert f"did you mean {option}?" in err
    assert "no such file" not in err


def test_a_date_error_quotes_the_date_once(capsys: pytest.CaptureFixture[str]) -> None:
    """A bad date that is the whole text is quoted once, not "found 'x' in 'x'"."""
    status, _, err = run(capsys, "bound", "ua-held", "--at", "May-2024")
    assert status == 2
    assert err.count("'May-2024'") == 1


def test_a_missing_file_is_worded_alike_in_every_command(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    """`extract` and the data commands both say "FILE: no such file"."""
    gone = str(tmp_path / "gone.txt")
    for argv in (("extract", gone), ("reconcile", gone)):
        status, _, err = run(capsys, *argv)
        assert status == 2
        assert err == f"pwstats {argv[0]}: {gone}: no such file\n"


@pytest.mark.parametrize("command", ["bound", "plot"])
def test_the_usage_line_names_every_option(
    capsys: pytest.CaptureFixture[str], command: str
) -> None:
    """The usage of `bound` and `plot` lists each of their long options."""
    status, out, _ = run(capsys, command, "--help")
    assert status == 0
    usage = out.split("\n\n", 1)[0]
    options = set(re.findall(r"^\s+(?:-\w, )?(--[\w-]+)", out, re.MULTILINE)) - {"--help"}
    assert options
    assert {o for o in options if o not in usage} == set()


def test_extract_json_writes_offsets_as_numbers(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    """`extract --format json` gives start and end as integers, the words as text."""
    monkeypatch.setattr(sys, "stdin", io.StringIO("hi 300"))
    status, out, _ = run(capsys, "extract", "-", "--format", "json")
    assert status == 0
    (record,) = json.loads(out)
    assert (record["start"], record["end"], record["nominal"]) == (3, 6, "300")


def test_stat_sum_is_the_total(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    """`--stat sum` gives what `--stat total` gives, whose rule line says "sum:"."""
    data = tmp_path / "events.csv"
    data.write_text(
        "id,measure,value,as_of,measure_label,measure_kind,dim_year\n"
        "a,m1,12,2016-03-01,M1,event,2016\nb,m2,30,2016-05-01,M2,event,2016\n",
        encoding="utf-8",
    )
    outs = [run(capsys, "total", str(data), "--by", "year", "--stat", s) for s in ("sum", "total")]
    assert outs[0] == outs[1]
    assert outs[0][0] == 0
    assert "sum:" in outs[0][1]


def test_warnings_name_the_command(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    """A rejected record under --on-bad-records warn starts "pwstats reconcile: warning:"."""
    data = tmp_path / "d.csv"
    data.write_text(
        "id,measure,value,as_of,measure_label\nf1,m,300,2024-01,M\nf2,m,lots,2024-01,\n",
        encoding="utf-8",
    )
    status, _, err = run(capsys, "reconcile", str(data), "--on-bad-records", "warn")
    assert status == 0
    assert err.splitlines()
    assert all(line.startswith("pwstats reconcile: warning: ") for line in err.splitlines())


def test_check_says_how_many_records_it_left_out(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    """check --on-bad-records skip keeps going past a rejected record, and its summary says
    how many were left out: a clean result on what is left must not read as all of it."""
    data = tmp_path / "d.csv"
    data.write_text(
        "id,measure,value,as_of,measure_label\nf1,m,300,2024-01,M\nf2,m,lots,2024-01,\n",
        encoding="utf-8",
    )
    for policy in ("skip", "warn"):
        status, out, _ = run(capsys, "check", str(data), "--on-bad-records", policy)
        assert status == 0
        assert "1 figure about 1 measure, 0 relations (1 record rejected and left out," in out
        assert f"--on-bad-records {policy})" in out
    status, _, err = run(capsys, "check", str(data), "--on-bad-records", "raise")
    assert status == 2  # the default: every problem listed, nothing checked
    assert "lots" in err


def test_extract_names_the_counted_noun(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    """A bare number keeps the assumed unit, and the noun column says what the text counts:
    "Three hospitals" is 3 person with noun "hospitals", so it can be filtered out."""
    monkeypatch.setattr(sys, "stdin", io.StringIO("Three hospitals were hit; 12 tanks burned."))
    status, out, _ = run(capsys, "extract", "-", "--format", "json")
    assert status == 0
    rows = json.loads(out)
    assert [(r["words"], r["unit"], r["noun"]) for r in rows] == [
        ("Three", "person", "hospitals"),
        ("12", "person", "tanks"),
    ]


@pytest.mark.parametrize(
    ("args", "said"),
    [
        (["-o", "table.xlsx"], "pwstats writes tables as .html"),
        (["-o", "table"], "not a file without a suffix"),
        (["-o", "sub/"], "names a folder"),
        (["-o", "missing/t.html"], "the folder 'missing' does not exist"),
    ],
)
def test_reconcile_output_that_would_be_written_wrongly_is_refused(
    capsys: pytest.CaptureFixture[str],
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    args: list[str],
    said: str,
) -> None:
    """`-o table.xlsx` wrote a Markdown table Excel refuses, saying "wrote": refused before
    any work, in one line, exit 2, and nothing written (--format, given, wins)."""
    monkeypatch.chdir(tmp_path)
    (tmp_path / "sub").mkdir()
    status, out, err = run(capsys, "reconcile", *args)
    assert (status, out) == (2, "")
    assert err.count("\n") == 1
    assert said in err
    assert sorted(p.name for p in tmp_path.iterdir()) == ["sub"]


def test_locale_is_an_option_of_parse_and_extract(capsys: pytest.CaptureFixture[str]) -> None:
    """The advice "pass locale='eu'" could not be followed on the command line: parse and
    extract take --locale, and their errors name it as the option."""
    status, out, _ = run(capsys, "parse", "about 1,2 million", "--locale", "eu")
    assert status == 0
    assert "1200000" in out
    status, _, err = run(capsys, "parse", "about 1,2 million")
    assert status == 2
    assert "pass --locale eu" in err
    assert "locale='eu'" not in err


def test_bound_of_an_event_says_at_is_not_used(capsys: pytest.CaptureFixture[str]) -> None:
    """`bound EVENT --at 2023` printed "at 2023" for an event of 2024 as if the date had
    been used: an event's bound is the same at any date, and the line says so."""
    status, out, _ = run(capsys, "bound", "ru-released-2024-01-03", "--at", "2023")
    assert status == 0
    first = out.splitlines()[0]
    assert "(an event: its bound is the same at any date, 2023 included)" in first
    assert "[248, 248]" in first


def test_output_dash_is_standard_output(capsys: pytest.CaptureFixture[str]) -> None:
    """`-o -` was refused as "a file without a suffix": it is standard output."""
    status, out, _ = run(capsys, "reconcile", "-o", "-", "--format", "csv")
    assert status == 0
    assert out.startswith("measure,label,unit")
