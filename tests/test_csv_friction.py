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


def test_european_low_best_high_are_refused_each_at_its_column() -> None:
    """1.000, 1.200, 1.500 for a headcount (1,000 to 1,500 in the European style) is no
    "1 to 1.5 (best 1.2)": each column is refused at the row, naming the figure and the
    number to write; 1.000 too, though it reads as the whole number 1."""
    problems = _problems(
        "id,measure,low,best,high,as_of,measure_label\nf1,m,1.000,1.200,1.500,2024,killed\n"
    )
    assert problems == [
        "x.csv:2: low: figure 'f1' states low '1.000' for 'm', which counts whole persons:"
        " pwstats does not guess whether '1.000' is 1 with three decimals or 1,000 written"
        " with a European thousands separator; write 1000, or 1",
        "x.csv:2: best: figure 'f1' states best 1.2 for 'm', which counts whole persons; if"
        " 1.200 is 1,200 written with a European thousands separator, write 1200",
        "x.csv:2: high: figure 'f1' states high 1.5 for 'm', which counts whole persons; if"
        " 1.500 is 1,500 written with a European thousands separator, write 1500",
    ]


def _refused(text: str, form: str) -> list[str]:
    """The problems loading ``text`` (a file named ``x.<form>``) is refused with."""
    with pytest.raises(DatasetErrors) as caught:
        loads(text, format=form, name=f"x.{form}")
    return [str(e) for e in caught.value.exceptions]


@pytest.mark.parametrize("form", ["toml", "json"])
def test_a_fractional_best_between_whole_ends_is_refused_at_best(form: str) -> None:
    """low = 1.0, best = 1.2, high = 2 on a headcount: best is refused at its key's line,
    as number = 2.5 is; 1.0 is the whole number 1, as number = 1.0 is."""
    if form == "toml":
        text = (
            '[[measures]]\nid = "m"\nlabel = "killed"\n\n[[figures]]\nid = "f1"\n'
            'measure = "m"\nlow = 1.0\nbest = 1.2\nhigh = 2\nas_of = "2024"\n'
        )
        where = "x.toml:9: figures.best"
    else:
        text = (
            '{"measures": [{"id": "m", "label": "killed"}],\n"figures": [{"id": "f1",'
            ' "measure": "m", "low": 1.0, "best": 1.2, "high": 2, "as_of": "2024"}]}\n'
        )
        where = "x.json:2: figures.best"
    assert _refused(text, form) == [
        f"{where}: figure 'f1' states best 1.2 for 'm', which counts whole persons;"
        " give a whole number"
    ]


@pytest.mark.parametrize("form", ["csv", "toml"])
def test_a_negative_low_of_a_headcount_is_refused_at_low(form: str) -> None:
    """low -2 beside best 5 and high 6 on a headcount is refused, as number = -5 is."""
    if form == "csv":
        text = "id,measure,measure_label,low,best,high,as_of\nneglow,m,killed,-2,5,6,2024\n"
        where = "x.csv:2: low"
    else:
        text = (
            '[[measures]]\nid = "m"\nlabel = "killed"\n\n[[figures]]\nid = "neglow"\n'
            'measure = "m"\nlow = -2\nbest = 5\nhigh = 6\nas_of = "2024"\n'
        )
        where = "x.toml:8: figures.low"
    assert _refused(text, form) == [
        f"{where}: figure 'neglow' states low -2 for 'm', which cannot be negative; for a"
        " signed quantity, set the measure's nonnegative to false"
    ]


@pytest.mark.parametrize(
    ("words", "number"),
    [("12.000", "12.000"), ("about 12.000", "12.000"), ("12.000 to 15.000", "12.000"),
     ("250.000 people", "250.000")],
)  # fmt: skip
def test_three_decimals_in_words_of_a_headcount_are_ambiguous(words: str, number: str) -> None:
    """ "12.000" people may be 12 or 12,000: refused as "1,5" is, saying what to write."""
    (problem,) = _problems(f'id,measure,measure_label,value,as_of\nf1,m,held,"{words}",2024\n')
    assert f"{words!r} for 'm', which counts whole persons, is ambiguous" in problem
    assert f"pwstats does not guess whether {number!r} is" in problem
    assert f"write {number.replace('.', '')}, or {int(float(number))}" in problem


def test_three_decimals_in_a_number_cell_of_a_headcount_are_ambiguous() -> None:
    """The number column's "12.000" is refused as the value column's is."""
    (problem,) = _problems("id,measure,measure_label,number,as_of\nf1,m,held,12.000,2024\n")
    assert "x.csv:2: number: figure 'f1' states '12.000' for 'm'" in problem
    assert "write 12000, or 12" in problem


@pytest.mark.parametrize(
    ("column", "text", "unit"),
    [("value", "1.5 million", ""), ("value", "1.500 million", ""), ("value", "12,000", ""),
     ("value", "2.5", "km"), ("value", "12.000", "km"), ("number", "12.000", "km"),
     ("number", "12.0", ""), ("best", "1.0", "")],
)  # fmt: skip
def test_numbers_that_are_not_ambiguous_still_load(column: str, text: str, unit: str) -> None:
    """English decimals before a scale word, grouped thousands, and any decimals on a
    measure of fractional amounts load; so does a whole number with fewer decimals."""
    data = loads(
        f'id,measure,measure_label,measure_unit,{column},as_of\nf1,m,held,{unit},"{text}",2024\n',
        format="csv",
    )
    assert [f.id for f in data.figures] == ["f1"]


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
