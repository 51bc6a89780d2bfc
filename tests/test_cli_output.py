"""Tests of the command's output friction: HTML pages, Markdown cells, bound's measure and date,
and skipped plot tests that say why."""

from __future__ import annotations

import csv
import json
import subprocess
import sys
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import pwstats
from pwstats.cli import main
from pwstats.io import dump, seeds
from pwstats.model import Dataset, Figure, Measure, Source
from pwstats.table import tabulate

ROOT = Path(__file__).parent.parent


def run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    status = main(list(argv))
    out, err = capsys.readouterr()
    return status, out, err


@pytest.fixture
def cyrillic(tmp_path: Path) -> Path:
    """A data file whose source is named in Cyrillic."""
    m = Measure(id="ru", label="Russians released", kind="event")
    src = Source(name="Министерство обороны России", published="2024-01-03")
    path = tmp_path / "ru.toml"
    dump(Dataset(measures=[m], figures=[Figure(id="f", measure=m, value=248, source=src)]), path)
    return path


# -- HTML written to a file ----------------------------------------------------------------


def test_html_written_to_a_file_is_a_whole_utf8_page(
    capsys: pytest.CaptureFixture[str], cyrillic: Path, tmp_path: Path
) -> None:
    """`reconcile -o page.html` writes a whole page that declares UTF-8 and is UTF-8."""
    page = tmp_path / "page.html"
    status, out, _ = run(capsys, "reconcile", str(cyrillic), "-o", str(page))
    assert status == 0
    assert out == f"wrote {page}\n"
    raw = page.read_bytes()
    text = raw.decode("utf-8")
    assert text.startswith("<!DOCTYPE html>")
    assert text.count('<meta charset="utf-8">') == 1
    assert "Министерство обороны России" in text
    assert text.rstrip().endswith("</html>")


def test_html_to_stdout_stays_a_fragment(capsys: pytest.CaptureFixture[str]) -> None:
    """`reconcile --format html` on stdout prints the table alone, to embed in a page."""
    status, out, _ = run(capsys, "reconcile", "--format", "html")
    assert status == 0
    assert "<table>" in out
    assert "<!DOCTYPE" not in out


def test_output_suffix_chooses_the_format(
    capsys: pytest.CaptureFixture[str], cyrillic: Path, tmp_path: Path
) -> None:
    """Without --format, `-o x.json` writes JSON and `-o x.csv` CSV; --format wins over both."""
    as_json = tmp_path / "x.json"
    assert run(capsys, "reconcile", str(cyrillic), "-o", str(as_json))[0] == 0
    assert json.loads(as_json.read_text(encoding="utf-8"))["status"] == "consistent"
    as_csv = tmp_path / "x.csv"
    assert run(capsys, "reconcile", str(cyrillic), "-o", str(as_csv))[0] == 0
    assert as_csv.read_text(encoding="utf-8").startswith("measure,label,unit")
    forced = tmp_path / "y.json"
    assert run(capsys, "reconcile", str(cyrillic), "-o", str(forced), "-f", "simple")[0] == 0
    assert forced.read_text(encoding="utf-8").startswith("Reconciliation")


# -- "|" in Markdown cells -----------------------------------------------------------------


def _unescaped_pipes(line: str) -> int:
    return line.replace("\\|", "").count("|")


@settings(max_examples=25)
@given(name=st.text(alphabet="ab |\\-", min_size=1, max_size=12).filter(str.strip))
def test_pipes_in_cells_never_split_a_markdown_row(name: str) -> None:
    """In github and pipe tables every row of a table has as many unescaped | as its header."""
    m = Measure(id="m", label="a | b")
    src = Source(name=name.strip(), via=("x|y",), published="2024-01-01")
    data = Dataset(measures=[m], figures=[Figure(id="f|1", measure=m, value=3, source=src)])
    for fmt in ("github", "pipe"):
        for table in ("figures", "sources"):
            text = tabulate(data, fmt=fmt, table=table)  # type: ignore[arg-type]
            for block in text.split("\n\n"):  # the table, then its sources table
                rows = [line for line in block.splitlines() if line.startswith("|")]
                counts = {_unescaped_pipes(line) for line in rows}
                assert len(counts) <= 1, text


def test_pipes_are_escaped_in_the_findings_table() -> None:
    """A label with | shows as \\| in the github findings table, and the row keeps its cells."""
    m = Measure(id="m", label="held | detained")
    data = Dataset(measures=[m], figures=[Figure(id="f", measure=m, value=3, as_of="2024")])
    text = tabulate(pwstats.reconcile(data), fmt="github")
    assert "held \\| detained" in text


# -- pwstats bound: the seed data, labels, events ------------------------------------------


def test_bound_of_an_unknown_measure_says_it_looked_in_the_seed_data(
    capsys: pytest.CaptureFixture[str],
) -> None:
    """With no file, an unknown measure's error says the seed data set was searched."""
    status, out, err = run(capsys, "bound", "my-measure", "--at", "2024")
    assert (status, out) == (2, "")
    assert "no measure 'my-measure'" in err
    assert "in the bundled seed data set (no data file was given" in err


def test_bound_takes_a_label_and_an_event_needs_no_date(capsys: pytest.CaptureFixture[str]) -> None:
    """A measure's label is taken (with a note giving its id); an event measure needs no --at."""
    m = seeds().measure("ru-released-2024-01-03")
    status, out, err = run(capsys, "bound", m.label.upper())
    assert status == 0
    assert err == (
        f"pwstats bound: taking {m.label.upper()!r} as the label of measure"
        " 'ru-released-2024-01-03'"
        " (give the id ru-released-2024-01-03 to skip this note)\n"
    )
    assert out.startswith(
        f"{m.label} (ru-released-2024-01-03) (an event), bounded under the pragmatic reading:"
    )
    assert "[248, 248]" in out.splitlines()[0]


def test_event_bound_without_a_date_equals_the_bound_at_any_date(
    capsys: pytest.CaptureFixture[str],
) -> None:
    """An event's bound printed without --at is the one pwstats.bound gives at any date."""
    status, out, _ = run(capsys, "bound", "ua-released-2024-01-03")
    assert status == 0
    expected = pwstats.bound(seeds(), "ua-released-2024-01-03", at="1999").interval
    assert out.splitlines()[0].endswith(f": {expected}")


def test_bound_of_a_level_measure_without_a_date_lists_its_dates(
    capsys: pytest.CaptureFixture[str],
) -> None:
    """A level measure without --at is an error naming the kind and the figures' dates."""
    status, out, err = run(capsys, "bound", "ua-held-military")
    assert (status, out) == (2, "")
    assert "give the date to bound level measure 'ua-held-military' at: --at" in err
    assert "its figures speak of 2024-01-03, 2025-08" in err


def test_a_near_label_is_suggested(capsys: pytest.CaptureFixture[str]) -> None:
    """A misspelt label suggests the measure whose label it nearly is."""
    m = seeds().measure("ru-released-2024-01-03")
    status, _, err = run(capsys, "bound", m.label[:-2] + "xx")
    assert status == 2
    assert f"did you mean 'ru-released-2024-01-03', labelled {m.label!r}?" in err


# -- skipped plot tests say why ------------------------------------------------------------


def test_plot_tests_without_matplotlib_say_why_they_are_skipped() -> None:
    """Without matplotlib the run names the missing extra in its header and each skip's reason."""
    code = (
        "import sys; sys.modules['matplotlib'] = None\n"
        "import pytest\n"
        "sys.exit(pytest.main(['tests/test_plot.py']))\n"
    )
    done = subprocess.run(
        [sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True, timeout=120
    )
    assert done.returncode == 0, done.stdout + done.stderr
    assert "extras not installed, their tests are skipped: matplotlib" in done.stdout
    assert "SKIPPED" in done.stdout
    assert "the plot extra (matplotlib) is not installed" in done.stdout


# -- csv output that a spreadsheet opens, and a "|" in jira and orgtbl ---------------------


@pytest.fixture
def formula_file(tmp_path: Path) -> Path:
    """A data file whose source name and label a spreadsheet would run as formulas."""
    m = Measure(id="m", label="=label", kind="event")
    src = Source(name="@Agency | Ministry", published="2024-01-03")
    path = tmp_path / "formulas.csv"
    dump(Dataset(measures=[m], figures=[Figure(id="f", measure=m, value=230, source=src)]), path)
    return path


def test_cli_csv_escapes_formulas_unless_raw(
    capsys: pytest.CaptureFixture[str], formula_file: Path
) -> None:
    """pwstats reconcile --format csv writes "'=label"; --formulas raw writes "=label"; the
    data file pwstats wrote with the same escape loads back unchanged."""
    status, out, _ = run(capsys, "reconcile", str(formula_file), "--format", "csv")
    assert status == 0
    assert ",'=label," in out
    status, out, _ = run(capsys, "reconcile", str(formula_file), "--table", "sources", "-f", "csv")
    assert "'@Agency | Ministry" in out
    status, out, _ = run(
        capsys, "reconcile", str(formula_file), "--format", "csv", "--formulas", "raw"
    )
    assert ",=label," in out
    assert pwstats.load(str(formula_file)).measures[0].label == "=label"


@pytest.mark.parametrize(("fmt", "escaped"), [("jira", "\\|"), ("orgtbl", "\\vert{}")])
def test_cli_bar_in_a_source_name_keeps_the_sources_row(
    capsys: pytest.CaptureFixture[str], formula_file: Path, fmt: str, escaped: str
) -> None:
    """pwstats reconcile --table sources --format jira|orgtbl: the row has its columns."""
    status, out, _ = run(capsys, "reconcile", str(formula_file), "--table", "sources", "-f", fmt)
    assert status == 0
    row = next(line for line in out.splitlines() if "Agency" in line)
    assert f"@Agency {escaped} Ministry" in row
    assert row.replace(escaped, "").count("|") == 4  # "| [1] | name | published |"


# -- dates in machine-readable output ----------------------------------------------------


@pytest.fixture
def period_dated(tmp_path: Path) -> Path:
    """Figures dated by a period ("2024-01-01/2024-01-31"), a span ("2024-01-05/2024-01-20")
    and single days, with an event whose two figures share no day."""
    jan = Measure(id="jan", label="deaths in January", kind="flow")
    ev = Measure(id="ev", label="released in the exchange", kind="event")
    a = Source(name="Agency A", published="2024-02-01")
    b = Source(name="Ministry B", published="2024-02-03")
    figures = [
        Figure(id="jan-a", measure=jan, value="300", as_of="2024-01-01/2024-01-31", source=a),
        Figure(id="jan-b", measure=jan, value="about 310", as_of="2024-01-01/2024-01-31", source=b),
        Figure(id="mid-b", measure=jan, value="100", as_of="2024-01-05/2024-01-20", source=b),
        Figure(id="ev-a", measure=ev, value="about 200", as_of="2024-01-03", source=a),
        Figure(id="ev-b", measure=ev, value="230", as_of="2024-01-05", source=b),
    ]
    path = tmp_path / "period.toml"
    dump(Dataset(measures=[jan, ev], figures=figures), path)
    return path


@pytest.mark.parametrize("which", ["seeds", "period"])
def test_json_and_csv_write_every_as_of_as_iso_text_that_reads_back(
    capsys: pytest.CaptureFixture[str], period_dated: Path, which: str
) -> None:
    """Every as-of that `reconcile --format json/csv` writes (findings, figures, conflicts;
    an event whose figures share no day included) is ISO text that DateSpan.parse and a
    data file's as_of read back as the very span, never the tables' 'figures dated X to Y'."""
    files = [] if which == "seeds" else [str(period_dated)]
    dataset = seeds() if which == "seeds" else pwstats.load(period_dated)
    report = pwstats.reconcile(dataset)
    spans = {(f.measure, f.as_of) for f in report.findings}
    assert which == "seeds" or any(f.dated != str(f.as_of) for f in report.findings)
    status, out, _ = run(capsys, "reconcile", *files, "--format", "json")
    assert status == 0
    document = json.loads(out)
    found = {(f["measure"], pwstats.DateSpan.parse(f["as_of"])) for f in document["findings"]}
    assert found == spans
    by_id = {f.id: f for f in dataset.figures}
    for finding in document["findings"]:
        for figure in finding["figures"]:
            assert pwstats.DateSpan.parse(figure["as_of"]) == by_id[figure["id"]].as_of
    for conflict in document["conflicts"]:
        assert (conflict["measure"], pwstats.DateSpan.parse(conflict["as_of"])) in spans
    status, out, _ = run(capsys, "reconcile", *files, "--format", "csv")
    assert status == 0
    rows = list(csv.DictReader(out.splitlines()))
    assert {(r["measure"], pwstats.DateSpan.parse(r["as_of"])) for r in rows} == spans
    status, out, _ = run(capsys, "reconcile", *files, "--table", "figures", "--format", "csv")
    assert status == 0
    for row in csv.DictReader(out.splitlines()):
        # as a data file's as_of, the text loads back as the figure's own span
        m = Measure(id="m", label="m")
        again = Figure(id="x", measure=m, value=1, as_of=row["as_of"])
        assert again.as_of == by_id[row["id"]].as_of
