"""Hostile input, round 2 (issue 15): each escape an attack found, as a regression test.

Each test is named after what broke. Fuzzing of the same classes lives in
``tests/test_fuzz.py``; the number limit in ``tests/test_limits.py``.
"""

from __future__ import annotations

import csv
import errno
import io
import os
import subprocess
import sys
from fractions import Fraction
from pathlib import Path
from typing import Any

import pytest
from hypothesis import assume, given, settings
from hypothesis import strategies as st

import pwstats
from pwstats import Dataset, Figure, Measure, Relation
from pwstats import io as pio
from pwstats.cli import main
from pwstats.errors import DatasetErrors
from pwstats.io import files as pio_files
from pwstats.model import trusted_dataset

BIG = int(1.7e308)  # within the documented limit (the largest double is about 1.8e308)


def _huge_with_sum_and_share() -> Dataset:
    """Two figures of 1.7e308 whose sum is beyond the largest double, and a share of it."""
    return Dataset(
        measures=[
            *(Measure(id=i, label=i) for i in ("a", "b", "t")),
            Measure(id="s", label="s", unit="dimensionless"),
        ],
        figures=[
            Figure(id="fa", measure="a", value=BIG, as_of="2024"),
            Figure(id="fb", measure="b", value=BIG, as_of="2024"),
        ],
        relations=[Relation.sum("t", ["a", "b"]), Relation.share("a", "t", "s")],
    )


def test_figures_near_the_largest_double_with_a_sum_and_a_share_do_not_overflow() -> None:
    """reconcile and bound used to raise OverflowError (_corner turned an int into a float)."""
    data = _huge_with_sum_and_share()
    report = pwstats.reconcile(data)
    assert all(f.status != "contradiction" for f in report.findings)
    assert pwstats.bound(data, "t", at="2024").interval == pwstats.Interval.point(2 * BIG)
    share = pwstats.bound(data, "s", at="2024").interval
    assert Fraction(1, 2) in share


def test_check_of_huge_figures_exits_0_not_1(tmp_path: Path) -> None:
    """`check` used to exit 1 ("contradiction") on the OverflowError of huge figures."""
    path = tmp_path / "huge.json"
    pwstats.dump(_huge_with_sum_and_share(), path)
    assert main(["check", str(path)]) == 0


def test_plot_copes_with_any_finite_bound(tmp_path: Path) -> None:
    """plot used to raise OverflowError turning a bound beyond float range into a float."""
    pytest.importorskip("matplotlib")
    from pwstats.plot import timeline

    data = Dataset(
        measures=[Measure(id="m", label="m")],
        figures=[
            Figure(id="f", measure="m", value=pwstats.Interval.closed(10**300, BIG), as_of="2024"),
            Figure(id="g", measure="m", value=BIG, as_of="2024"),
        ],
        relations=[],
    )
    figure = timeline(data, "m", path=tmp_path / "huge.png")
    notes = [t.get_text() for t in figure.axes[0].texts]
    assert any("drawn at ±1e300" in n for n in notes)
    assert (tmp_path / "huge.png").stat().st_size > 0
    report = pwstats.reconcile(_huge_with_sum_and_share())
    timeline(report, "a", path=tmp_path / "sum.png")  # bounds of 2 * BIG in the report


# -- files: duplicate keys, deep lists, what is not a regular file -----------------------

_JSON_FIGURE = '{"id": "f", "measure": "m", "number": 1, "as_of": "2024"}'


def _problems_of(text: str, fmt: pio.Format, name: str) -> list[str]:
    with pytest.raises(DatasetErrors) as caught:
        pio.loads(text, format=fmt, name=name)
    return [str(e) for e in caught.value.exceptions]


def test_a_json_table_given_twice_at_the_top_is_refused() -> None:
    """ "figures" twice used to keep the last array and drop the rest silently; check gave 0."""
    text = (
        '{"measures": [{"id": "m", "label": "m"}],\n"figures": [' + _JSON_FIGURE + "],\n"
        '"figures": []}'
    )
    assert _problems_of(text, "json", "d.json") == [
        "d.json:2: figures: key 'figures' is given twice at the top level; give each table once"
    ]


def test_a_json_key_given_twice_in_a_nested_table_is_refused() -> None:
    """A key twice inside a figure's source table is refused with its dotted field."""
    text = (
        '{"measures": [{"id": "m", "label": "m"}], "figures": [{"id": "f", "measure": "m",'
        ' "number": 1, "as_of": "2024", "source": {"name": "A", "name": "B"}}]}'
    )
    (problem,) = _problems_of(text, "json", "d.json")
    assert "figures.source.name: key 'source.name' is given twice" in problem


def test_check_exits_2_on_a_json_key_given_twice(tmp_path: Path) -> None:
    """The CLI sees the duplicate too: exit 2 (unreadable), not 0."""
    path = tmp_path / "twice.json"
    path.write_text('{"measures": [], "measures": []}')
    assert main(["check", str(path)]) == 2


def test_a_csv_list_cell_of_50000_brackets_is_a_located_error() -> None:
    """A list cell of 50,000 '[' used to raise RecursionError out of load and the CLI."""
    for column, cell in (("source_via", "[" * 50_000), ("parts", "[" * 50_000)):
        if column == "parts":
            text = f"record,id,kind,total,parts\nrelation,r,sum,m,{cell}\n"
        else:
            header = f"id,measure,number,as_of,measure_label,source_name,{column}"
            text = f"{header}\nf,m,1,2024,m,A,{cell}\n"
        problems = _problems_of(text, "csv", "deep.csv")
        assert any(p.startswith(f"deep.csv:2: {column}: expected items") for p in problems)
        assert all(len(p) < 300 for p in problems), "the cell is quoted, not dumped"
    share = (
        'record,id,kind,part,whole,share\nrelation,r,share,a,b,"' + '"' * 2 + "[" * 50_000 + '"\n'
    )
    _problems_of(share, "csv", "deep.csv")  # a pwstats error, not a RecursionError


@pytest.mark.skipif(not Path("/dev/zero").exists(), reason="needs /dev/zero")
def test_a_device_is_refused_before_it_is_read() -> None:
    """`pwstats check /dev/zero` used to read until memory ran out."""
    with pytest.raises(DatasetErrors, match="not a regular file"):
        pwstats.load("/dev/zero")
    assert main(["check", "/dev/zero"]) == 2


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="needs FIFOs")
def test_a_fifo_is_refused_without_blocking(tmp_path: Path) -> None:
    """A FIFO used to block load forever, waiting for a writer."""
    fifo = tmp_path / "data.csv"
    os.mkfifo(fifo)
    with pytest.raises(DatasetErrors, match="not a regular file"):
        pwstats.load(fifo)


def test_a_path_holding_nul_is_a_located_error() -> None:
    """load('a\\0b.csv') used to raise ValueError from os.stat; the NUL is shown escaped."""
    with pytest.raises(DatasetErrors) as caught:
        pwstats.load("a\0b.csv")
    assert str(caught.value.exceptions[0]) == (
        "a\\0b.csv: the path holds a NUL character, which no file name can"
    )


def test_a_file_that_grows_past_the_limit_is_refused(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The read is bounded: never more than MAX_BYTES + 1 bytes, whatever stat said."""
    path = tmp_path / "big.csv"
    path.write_text("id,measure,value,as_of\n" + "f,m,1,2024\n" * 100)
    real_stat = os.stat

    def small_stat(name: Any, *args: Any, **kwargs: Any) -> Any:
        info = real_stat(name, *args, **kwargs)
        if str(name) == str(path):
            return os.stat_result((*info[:6], 10, *info[7:]))  # claims 10 bytes
        return info

    monkeypatch.setattr(pio_files, "MAX_BYTES", 100)
    monkeypatch.setattr(pio_files.os, "stat", small_stat)
    with pytest.raises(DatasetErrors, match="larger than 100 bytes"):
        pwstats.load(path)


# -- numbers: Unicode digits -------------------------------------------------------------


def test_arabic_indic_digits_in_data_file_numbers_are_refused() -> None:
    """Number text '٢٨٢٨' in a data file's number column is refused (the column is a
    machine format of ASCII digits); a figure's words, which parse reads as prose, read
    the digits of one script as their ASCII digits ('٢٨٢٨' is 2828, 'almost ٢٬٦٠٠' is
    almost 2,600)."""
    text = "id,measure,number,as_of,measure_label\nf,m,٢٨٢٨,2024,m\n"
    (problem,) = _problems_of(text, "csv", "u.csv")
    assert problem.startswith("u.csv:2: number: expected a number")
    assert "digits must be ASCII 0-9" in problem
    assert pwstats.parse("٢٨٢٨", reading="literal").nominal == 2828


def test_arabic_indic_digits_in_dates_are_refused() -> None:
    """A date '٢٠٢٤' used to be read as 2024; now it is refused with where and why."""
    text = "id,measure,number,as_of,measure_label\nf,m,1,٢٠٢٤-٠١-٠٣,m\n"
    (problem,) = _problems_of(text, "csv", "u.csv")
    assert problem.startswith("u.csv:2: as_of:")
    assert "digits 0-9 only" in problem
    with pytest.raises(pwstats.ParseError):
        pwstats.DateSpan.parse("٢٠٢٤")
    toml = '[[sources]]\nid = "s"\nname = "S"\npublished = "٢٠٢٤-٠١-٠٣"\n'
    (problem,) = _problems_of(toml, "toml", "u.toml")
    assert "sources.published" in problem


# -- one validation path for Dataset(...) and load -------------------------------------


@pytest.mark.parametrize(
    ("words", "why"),
    [("lots", "cannot read"), ("30%", "unit must convert"), ("1.517", "European thousands")],
)
def test_dataset_refuses_value_words_that_load_refuses(words: str, why: str) -> None:
    """Dataset(...) and load refuse the same words with the same message (one check), so
    no data set dump writes can fail to load; load's is located, the data set's names the id."""
    measure = Measure(id="m", label="m")
    figure = Figure(id="f", measure="m", value=words, as_of="2024")
    with pytest.raises(DatasetErrors) as made:
        Dataset(measures=[measure], figures=[figure])
    (problem,) = made.value.exceptions
    assert problem.message.startswith("figure 'f': ")
    assert why in problem.message
    text = f"id,measure,value,as_of,measure_label\nf,m,{words},2024,m\n"
    with pytest.raises(DatasetErrors) as loaded:
        pio.loads(text, format="csv", name="w.csv")
    (located,) = loaded.value.exceptions
    assert (located.file, located.line, located.field) == ("w.csv", 2, "value")
    assert problem.message == f"figure 'f': {located.message}"


@settings(max_examples=60, deadline=None)
@given(
    words=st.sampled_from(["about 300", "30%", "1.517", "lots", "2.5", "-4", "hundreds"])
    | st.text(alphabet="0123456789 ,.%<>-abmostu", min_size=1, max_size=12),
    nonnegative=st.booleans(),
)
def test_dataset_and_load_accept_the_same_words(words: str, nonnegative: bool) -> None:
    """For any words, Dataset(...) accepts them exactly when load of the same figure does."""
    assume(words.strip() == words and words)
    measure = Measure(id="m", label="m", unit="person", nonnegative=nonnegative)
    try:
        data = Dataset(
            measures=[measure], figures=[Figure(id="f", measure="m", value=words, as_of="2024")]
        )
    except DatasetErrors:
        data = None
    out = io.StringIO()
    writer = csv.writer(out)
    writer.writerow(["id", "measure", "value", "as_of", "measure_label", "measure_nonnegative"])
    writer.writerow(["f", "m", words, "2024", "m", str(nonnegative).lower()])
    try:
        loaded = pio.loads(out.getvalue(), format="csv")
    except DatasetErrors:
        loaded = None
    assert (data is None) == (loaded is None)
    assert loaded == data


def test_dump_still_refuses_words_of_a_data_set_built_without_the_check() -> None:
    """dump checks words itself too: a data set built unchecked cannot write an unloadable file."""
    data = trusted_dataset(
        measures=[Measure(id="m", label="m")],
        figures=[Figure(id="f", measure="m", value="lots", as_of="2024")],
    )
    for fmt in ("toml", "json", "csv"):
        with pytest.raises(DatasetErrors, match=r"figure 'f' cannot be written: .*cannot read"):
            pio.dumps(data, format=fmt)


def test_every_data_set_that_dumps_loads_back() -> None:
    """For accepted words, dump then load gives the same data set in every format."""
    measure = Measure(id="m", label="m")
    for words in ("almost 2,600", "more than 230", "hundreds", "about 1.5 million"):
        figure = Figure(id="f", measure="m", value=words, as_of="2024")
        data = Dataset(measures=[measure], figures=[figure])
        for fmt in ("toml", "json", "csv"):
            assert pio.loads(pio.dumps(data, format=fmt), format=fmt) == data


# -- the command line: closed streams, encodings, output paths ----------------------------


def _pwstats(*args: str, **kwargs: Any) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "pwstats", *args],
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
        **kwargs,
    )


def test_a_closed_standard_output_is_one_line_and_exit_2() -> None:
    """`pwstats reconcile >&-` used to end in an AttributeError traceback."""
    result = subprocess.run(
        [
            sys.executable,
            "-c",
            "import os, sys, subprocess; os.close(1);"
            " sys.exit(subprocess.call([sys.executable, '-m', 'pwstats', 'reconcile']))",
        ],
        capture_output=False,
        stderr=subprocess.PIPE,
        text=True,
        timeout=120,
        check=False,
    )
    assert result.returncode == 2
    assert result.stderr.strip() == "pwstats: standard output is closed: nothing can be written"


def test_a_closed_standard_input_is_one_line_and_exit_2() -> None:
    """`pwstats extract - <&-` used to end in an AttributeError traceback."""
    result = subprocess.run(
        [
            sys.executable,
            "-c",
            "import os, sys, subprocess; os.close(0);"
            " sys.exit(subprocess.call([sys.executable, '-m', 'pwstats', 'extract', '-']))",
        ],
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert result.returncode == 2
    assert "Traceback" not in result.stderr
    assert "standard input is closed" in result.stderr


def test_extract_of_a_latin1_file_names_the_file(tmp_path: Path) -> None:
    """A Latin-1 article used to give a codec error without the file name."""
    path = tmp_path / "article.txt"
    path.write_bytes("café: about 300 people".encode("latin-1"))
    result = _pwstats("extract", str(path))
    assert result.returncode == 2
    assert result.stderr.strip() == (
        f"pwstats extract: {path}: not UTF-8: byte 0xE9 at offset 3 (line 1) cannot be read;"
        " save the text as UTF-8"
    )


def test_an_ascii_terminal_gets_the_table_with_escapes() -> None:
    """PYTHONIOENCODING=ascii used to refuse the whole table for one dash."""
    result = _pwstats("reconcile", env={**os.environ, "PYTHONIOENCODING": "ascii"})
    assert result.returncode == 0, result.stderr
    assert "\\u2014" in result.stdout
    assert result.stdout.isascii()


@pytest.mark.parametrize("given", ["DIR", "DIR/"])
def test_plot_into_a_folder_writes_a_named_file_inside_it(tmp_path: Path, given: str) -> None:
    """`plot -o DIR` used to write DIR.png and report "wrote DIR"."""
    pytest.importorskip("matplotlib")
    folder = tmp_path / "plots"
    folder.mkdir()
    out = given.replace("DIR", str(folder))
    result = _pwstats("plot", "ua-held", "-o", out)
    assert result.returncode == 0, result.stderr
    written = folder / "ua-held.png"
    assert result.stdout.strip() == f"wrote {os.path.join(out, 'ua-held.png')}"
    assert written.read_bytes()[:4] == b"\x89PNG"
    assert not (tmp_path / "plots.png").exists()


def test_plot_writes_what_it_reports(tmp_path: Path) -> None:
    """`-o name` without a suffix reports name.png, the file written; `-o ''` is refused."""
    pytest.importorskip("matplotlib")
    result = _pwstats("plot", "ua-held", "-o", str(tmp_path / "held"))
    assert result.stdout.strip() == f"wrote {tmp_path / 'held.png'}"
    assert (tmp_path / "held.png").exists()
    result = _pwstats("plot", "ua-held", "-o", "", cwd=tmp_path)
    assert result.returncode == 2
    assert "-o needs a file name" in result.stderr
    assert not (tmp_path / ".png").exists()


# -- dump: errors name the target, temporary files, symlinks --------------------------------

_SMALL = Dataset(measures=[Measure(id="m", label="held")])


def _dump_error(path: Path | str) -> str:
    with pytest.raises(pwstats.DatasetError) as caught:
        pwstats.dump(_SMALL, path)
    assert ".tmp" not in str(caught.value)
    return str(caught.value)


def test_dump_errors_name_the_target_not_the_temporary_file(tmp_path: Path) -> None:
    """Missing folder, a directory in the way, a trailing slash: pwstats errors, not OSError."""
    missing = tmp_path / "no" / "d.toml"
    assert (
        _dump_error(missing)
        == f"{missing}: no such folder {str(missing.parent)!r}: create it first"
    )
    (tmp_path / "d.toml").mkdir()
    assert (
        _dump_error(tmp_path / "d.toml")
        == f"{tmp_path / 'd.toml'}: is a directory: name a file to write"
    )
    assert "cannot end in a slash" in _dump_error(f"{tmp_path}/x.toml/")


@pytest.mark.skipif(os.name != "posix" or os.geteuid() == 0, reason="root writes anywhere")
def test_dump_into_a_read_only_folder_is_a_pwstats_error(tmp_path: Path) -> None:
    """A read-only folder used to give a raw PermissionError naming the temporary file."""
    tmp_path.chmod(0o500)
    try:
        assert "permission denied" in _dump_error(tmp_path / "d.toml")
    finally:
        tmp_path.chmod(0o700)


def test_dump_on_a_full_disk_names_the_target_and_leaves_no_temporary_file(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """ENOSPC while writing is a DatasetError naming the target; the old file stays."""
    target = tmp_path / "d.json"
    target.write_text("old")

    def full(fd: int) -> None:
        raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC))

    monkeypatch.setattr(pio_files.os, "fsync", full)
    message = _dump_error(target)
    assert message == f"{target}: cannot write: {os.strerror(errno.ENOSPC)}"
    assert target.read_text() == "old"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["d.json"]


def test_a_killed_dump_leaves_a_recognisable_file_the_next_dump_removes(tmp_path: Path) -> None:
    """Temporary files carry the target's name and pid; a dead process's are cleaned up."""
    dead = subprocess.run(
        [sys.executable, "-c", "import os; print(os.getpid())"],
        capture_output=True,
        text=True,
        check=True,
    )
    pid = int(dead.stdout)
    stale = tmp_path / f".d.toml.pwstats-{pid}-abcdef012345.tmp"
    stale.write_text("half a dump")
    live = tmp_path / f".d.toml.pwstats-{os.getppid()}-abcdef012345.tmp"
    live.write_text("another process is still writing")
    other = tmp_path / f".e.toml.pwstats-{pid}-abcdef012345.tmp"
    other.write_text("another target's")
    pwstats.dump(_SMALL, tmp_path / "d.toml")
    assert not stale.exists()
    assert live.exists()
    assert other.exists()
    assert pwstats.load(tmp_path / "d.toml") == _SMALL


@pytest.mark.skipif(not hasattr(os, "symlink"), reason="needs symlinks")
def test_dump_over_a_symlink_writes_through_it(tmp_path: Path) -> None:
    """dump used to replace the symlink itself with a regular file."""
    real = tmp_path / "real"
    real.mkdir()
    target = real / "d.toml"
    target.write_text("old")
    link = tmp_path / "link.toml"
    link.symlink_to(target)
    pwstats.dump(_SMALL, link)
    assert link.is_symlink()
    assert pwstats.load(target) == _SMALL


def test_a_crash_inside_check_is_status_3_never_1(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    """An OverflowError in check used to exit 1, which means "contradiction"; now it is 3."""
    import pwstats.cli as cli

    def broken(*_: object, **__: object) -> None:
        raise OverflowError("int too large to convert to float")

    monkeypatch.setattr(cli, "_reconcile", broken)
    assert main(["check"]) == cli.INTERNAL_ERROR_STATUS == 3
    err = capsys.readouterr().err
    assert err.startswith("pwstats check: internal error (OverflowError: int too large")
    assert "Traceback" not in err
