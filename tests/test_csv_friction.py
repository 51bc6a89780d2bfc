"""Friction a new user hit with CSV files: each mistake gets a message saying what to do."""

from __future__ import annotations

from pathlib import Path

import pytest

from pwstats import DatasetErrors
from pwstats.cli import main
from pwstats.io import loads


def _problems(text: str) -> list[str]:
    with pytest.raises(DatasetErrors) as caught:
        loads(text, format="csv", name="x.csv")
    return [str(e) for e in caught.value.exceptions]


def test_a_date_column_suggests_as_of() -> None:
    """A 'date' column is refused with the advice to call it as_of."""
    (problem,) = _problems("id,measure,measure_label,number,date\nf1,m,held,5,2024\n")
    assert "unknown column 'date': the date a figure speaks of goes in as_of" in problem


def test_value_beside_estimates_says_to_use_best() -> None:
    """value with low/high on one row: put the point estimate in best."""
    (problem,) = _problems(
        "id,measure,measure_label,value,low,high,as_of\nf1,m,h,230,200,250,2024\n"
    )
    assert "give the value one way only" in problem
    assert "put the point estimate in best" in problem


def test_an_unknown_source_in_a_csv_suggests_a_source_name_column() -> None:
    """A source id that no row defines: the advice is CSV's (source_name), not TOML's."""
    (problem,) = _problems(
        "id,measure,measure_label,number,as_of,source\nf1,m,h,5,2024,ombudsman\n"
    )
    assert "add a source_name column" in problem
    assert "table" not in problem


def test_an_unknown_source_in_toml_keeps_toml_wording() -> None:
    """In TOML, the advice is to list the source under sources."""
    text = (
        '[[measures]]\nid = "m"\nlabel = "held"\n'
        '[[figures]]\nid = "f1"\nmeasure = "m"\nnumber = 5\nas_of = "2024"\nsource = "x"\n'
    )
    with pytest.raises(DatasetErrors, match="list it under sources"):
        loads(text, format="toml")


@pytest.mark.parametrize("column", ["number", "best"])
def test_a_european_thousands_separator_in_a_number(column: str) -> None:
    """1.517 for a headcount reads fractional: the message names the separator and 1517."""
    (problem,) = _problems(f"id,measure,measure_label,{column},as_of\nf1,m,held,1.517,2024\n")
    assert "European thousands separator, write 1517" in problem


@pytest.mark.parametrize("words", ["1.517", "about 1.517"])
def test_a_european_thousands_separator_in_words(words: str) -> None:
    """Words that read as no whole number of people say so, with the separator hint."""
    (problem,) = _problems(f'id,measure,measure_label,value,as_of\nf1,m,held,"{words}",2024\n')
    assert "holds no whole number, but 'm' counts whole persons" in problem
    assert "write 1517" in problem


def test_a_fraction_that_is_not_a_separator_gets_no_hint() -> None:
    """2.5 people is refused without suggesting 2500."""
    (problem,) = _problems("id,measure,measure_label,number,as_of\nf1,m,held,2.5,2024\n")
    assert "counts whole persons" in problem
    assert "European" not in problem


def test_check_warns_about_figures_without_a_source(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """pwstats check names the figures without a source on stderr; it still exits 0."""
    path = tmp_path / "data.csv"
    path.write_text("id,measure,measure_label,number,as_of\nf1,m,held,5,2024\nf2,m,held,5,2024\n")
    assert main(["check", str(path)]) == 0
    err = capsys.readouterr().err
    assert "warning: 2 figures without a source (f1, f2)" in err
    assert "not independent evidence" in err


def test_check_is_silent_when_every_figure_has_a_source(
    capsys: pytest.CaptureFixture[str],
) -> None:
    """The seed data set sources every figure: no warning."""
    main(["check"])
    assert "without a source" not in capsys.readouterr().err
