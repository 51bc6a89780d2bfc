"""Figure.basis, Figure.confidence, Figure.cites and Figure.revises: model checks and files.

One validation path: the same checks run when a figure or data set is built in
code and when it is loaded from a file, where the error also names file and line.
"""

from __future__ import annotations

import math
import pickle
import re
from collections.abc import Callable
from decimal import Decimal
from fractions import Fraction
from pathlib import Path
from typing import Any

import attrs
import pytest
from hypothesis import Phase, find, given, settings
from hypothesis import strategies as st

import pwstats
from pwstats import Dataset, DatasetErrors, Figure, Measure, Source, UnknownIdError
from pwstats import io as pio
from pwstats.io import FORMATS
from pwstats.model import DEFAULT_CONFIDENCE, to_confidence
from pwstats.strategies import datasets

M = Measure(id="deaths", label="excess deaths")
N = Measure(id="missing", label="people missing")


def fig(id: str, measure: str = "deaths", value: object = 10, **kw: object) -> Figure:
    """A count figure with defaults that pass validation."""
    kw.setdefault("as_of", "2017")
    return Figure(id=id, measure=measure, value=value, **kw)  # type: ignore[arg-type]


def estimate(
    id: str, low: object = 793, best: object = 4645, high: object = 8498, **kw: object
) -> Figure:
    """An estimate figure, by default Kishore et al. (2018): 4,645 (95% CI 793-8,498)."""
    kw.setdefault("as_of", "2017")
    return Figure(id=id, measure="deaths", basis="estimate", low=low, best=best, high=high, **kw)  # type: ignore[arg-type]


def problems(*figures: Figure) -> list[str]:
    """The messages of the DatasetErrors a data set of ``figures`` raises."""
    with pytest.raises(DatasetErrors) as info:
        Dataset(measures=[M, N], figures=figures)
    return [str(e) for e in info.value.exceptions]


# -- the model -------------------------------------------------------------------------------


def test_new_fields_default_so_old_code_is_unchanged() -> None:
    """A figure made as before is a count at 95%, citing and revising nothing."""
    f = fig("a")
    assert (f.basis, f.confidence, f.cites, f.revises, f.is_estimate) == (
        "count", Fraction(19, 20), None, None, False,
    )  # fmt: skip
    assert f == Figure(id="a", measure="deaths", value=10, as_of="2017", basis="count")


@pytest.mark.parametrize(
    ("given_", "stored"),
    [
        (0.95, Fraction(19, 20)),
        (Decimal("0.9"), Fraction(9, 10)),
        ("99%", Fraction(99, 100)),
        (" 0.5 ", Fraction(1, 2)),
        (Fraction(2, 3), Fraction(2, 3)),
        (0.5, Fraction(1, 2)),
    ],
)
def test_confidence_is_stored_as_the_exact_decimal_given(given_: object, stored: Fraction) -> None:
    """A confidence given as a float, Decimal, decimal or percent text is the fraction typed."""
    f = estimate("e", confidence=given_)
    assert f.confidence == stored
    assert isinstance(f.confidence, Fraction)


@pytest.mark.parametrize("bad", [0, 1, 1.5, -0.1, "150%", "0%", Fraction(7, 5)])
def test_confidence_outside_0_1_is_refused(bad: object) -> None:
    """A confidence level of 0, 1 or outside [0.5, 1) is a ValueError naming the figure."""
    with pytest.raises(ValueError, match=r"figure 'e': confidence .* is outside \[0\.5, 1\)"):
        estimate("e", confidence=bad)


@pytest.mark.parametrize(("bad", "meant"), [("0.95%", "95% or 0.95"), ("0.9 %", "90% or 0.9")])
def test_a_percentage_below_one_percent_is_refused_as_a_slip(bad: str, meant: str) -> None:
    """confidence "0.95%" is no 0.95% interval: it is refused, asking which was meant, in
    the model and in a data file at the confidence key."""
    with pytest.raises(ValueError, match=rf"confidence '{bad}' is .* did you mean {meant}\?"):
        estimate("e", confidence=bad)
    text = (
        '[[measures]]\nid = "deaths"\nlabel = "deaths"\n\n[[figures]]\nid = "e"\n'
        'measure = "deaths"\nbasis = "estimate"\nlow = 1\nbest = 2\nhigh = 3\n'
        f'confidence = "{bad}"\nas_of = "2024"\n'
    )
    with pytest.raises(DatasetErrors) as info:
        pio.loads(text, format="toml", name="e.toml")
    (problem,) = info.value.exceptions
    assert str(problem).startswith(f"e.toml:12: figures.confidence: confidence '{bad}'")


@pytest.mark.parametrize(
    ("level", "alpha"),
    [
        (0.05, "the confidence is 0.95 (95%)"),
        ("10%", "the confidence is 0.9 (90%)"),
        (Fraction(1, 3), "give a level such as 0.95 (95%)"),
        (Fraction(1, 10**400), "1e-400 is below 0.5"),
    ],
)
def test_a_confidence_below_one_half_is_refused(level: object, alpha: str) -> None:
    """No reported interval is at a level below 50%: 0.05 is most often the significance
    level, and the message says the confidence it stands for (an odd level is told the
    usual one, a tiny one is shown in a few characters)."""
    with pytest.raises(ValueError, match=r"figure 'e': confidence .* is below 0\.5") as info:
        estimate("e", confidence=level)
    assert alpha in str(info.value)


def test_a_confidence_of_one_half_is_a_level() -> None:
    """50% (an interquartile range, a 50% credible interval) is the lowest level taken."""
    assert estimate("e", confidence="50%").confidence == Fraction(1, 2)
    assert estimate("e", confidence=0.5).confidence == Fraction(1, 2)


@pytest.mark.parametrize(
    ("bad", "error"),
    [("high", ValueError), (math.nan, ValueError), (math.inf, ValueError), (True, TypeError)],
)
def test_confidence_that_is_no_number_is_refused(bad: object, error: type[Exception]) -> None:
    """Words, NaN, infinity and booleans are not confidence levels."""
    with pytest.raises(error, match="confidence"):
        to_confidence(bad)


@pytest.mark.parametrize(
    ("level", "shown"),
    [
        (0.9, "0.9"),
        (0.95, "0.95"),  # the default level, given: still a claim that low-high is an interval
        ("95%", "0.95"),
        (Decimal("0.95"), "0.95"),
        (Fraction(19, 20), "0.95"),  # equal to the default, but given
    ],
)
@pytest.mark.parametrize(
    "statement",
    [{"value": 10}, {"value": None, "low": 793, "best": 4645, "high": 8498}],
)
def test_a_count_takes_no_confidence(level: object, shown: str, statement: dict[str, Any]) -> None:
    """Any confidence level given on a count is refused, the default 95% too: it means an
    estimate, whose interval a count would take as hard bounds (files and frames agree)."""
    pattern = rf"figure 'c': confidence {re.escape(shown)} is given for a count"
    with pytest.raises(ValueError, match=pattern):
        fig("c", confidence=level, **statement)


def test_a_count_keeps_its_default_level_through_pickle_and_evolve() -> None:
    """A count unpickled (as Dask sends it) can still be copied with a change: its level
    comes back as the default, not as a level given."""
    count = fig("c", source=Source(name="an office"))
    back = pickle.loads(pickle.dumps(count))
    assert back == count
    assert attrs.evolve(back, id="d").id == "d"
    study = estimate("e", confidence="90%")
    assert pickle.loads(pickle.dumps(study)) == study


@pytest.mark.parametrize(
    ("kw", "missing"),
    [
        ({"best": None}, "missing best"),
        ({"low": None}, "missing low"),
        ({"low": None, "high": None}, "missing low and high"),
    ],
)
def test_an_estimate_needs_best_and_an_interval(kw: dict[str, object], missing: str) -> None:
    """An estimate without best, low or high is refused, naming what is missing."""
    with pytest.raises(ValueError, match=rf"figure 'e': an estimate needs .*; {missing}$"):
        estimate("e", **kw)


def test_an_estimate_is_not_given_as_a_value() -> None:
    """An estimate is low/best/high numbers; words or an interval value are refused."""
    with pytest.raises(ValueError, match="an estimate is given as low, best and high"):
        fig("e", value="about 4,645", basis="estimate")


def test_a_zero_width_estimate_is_allowed() -> None:
    """low == best == high is an estimate known exactly (meta treats it as exact)."""
    assert estimate("e", low=5, best=5, high=5).exact_interval == pwstats.Interval.point(5)


def test_an_unknown_basis_is_refused() -> None:
    """basis is "count" or "estimate"; anything else is a ValueError listing both."""
    with pytest.raises(ValueError, match="must be one of count, estimate, not 'guess'"):
        fig("a", basis="guess")


@pytest.mark.parametrize("key", ["cites", "revises"])
def test_a_figure_cannot_link_to_itself(key: str) -> None:
    """A figure citing or revising its own id is refused when it is made."""
    with pytest.raises(ValueError, match=f"figure 'a' {key} itself"):
        fig("a", **{key: "a"})


@pytest.mark.parametrize("key", ["cites", "revises"])
def test_a_link_must_be_an_id(key: str) -> None:
    """cites/revises must be a non-empty id without surrounding whitespace."""
    with pytest.raises(ValueError, match=f"Figure.{key} must be a non-empty id"):
        fig("a", **{key: " b"})


def test_links_to_unknown_figures_are_located_with_a_suggestion() -> None:
    """An unknown cited or revised id is a problem naming it, with the nearest known id."""
    assert problems(fig("study"), fig("press", cites="stdy"), fig("v2", revises="nope")) == [
        "figures.cites: figure 'press' cites unknown figure 'stdy' (did you mean 'study'?)",
        "figures.revises: figure 'v2' revises unknown figure 'nope'",
    ]


def test_links_stay_within_one_measure() -> None:
    """A figure can only cite or revise a figure of its own measure."""
    (message,) = problems(fig("a"), fig("b", measure="missing", revises="a"))
    assert message == (
        "figures.revises: figure 'b' revises 'a', a figure of measure 'deaths'; a figure can only"
        " revise a figure of its own measure ('missing')"
    )


def test_a_cycle_of_citations_and_revisions_is_refused() -> None:
    """Links that loop (through cites and revises alike) are one problem naming the loop."""
    (message,) = problems(
        fig("a", cites="b"), fig("b", cites="c"), fig("c", revises="a"), fig("d", cites="a")
    )
    assert message == (
        "figures.revises: figure 'c' revises 'a', closing a cycle of citations and revisions"
        " ('a' cites 'b', 'b' cites 'c', 'c' revises 'a'); each must name an earlier statement"
    )
    assert len(problems(fig("a", cites="b"), fig("b", revises="a"), fig("c", cites="d"),
                        fig("d", cites="c"))) == 2  # fmt: skip


def test_a_long_chain_is_checked_without_recursion() -> None:
    """A chain of 20,000 citations is valid, and a loop closing it is found (no recursion)."""
    chain = [fig("f0")] + [fig(f"f{i}", cites=f"f{i - 1}") for i in range(1, 20_000)]
    d = Dataset(measures=[M], figures=chain)
    assert d.original("f19999").id == "f0"
    looped = [attrs.evolve(chain[0], cites="f19999"), *chain[1:]]
    with pytest.raises(DatasetErrors, match="closing a cycle"):
        Dataset(measures=[M], figures=looped)


def test_links_resolve_through_the_dataset() -> None:
    """cited, revised, original and revised_by follow the links; None or () where none."""
    d = Dataset(
        measures=[M],
        figures=[
            estimate("study"),
            fig("agency", value=4645, cites="study"),
            fig("press", value="nearly 4,650", cites="agency"),
            fig("v2", value=4700, revises="agency"),
        ],
    )
    assert d.cited("press") == d.figure("agency")
    assert d.original(d.figure("press")) == d.figure("study")
    assert d.original("study") == d.figure("study")
    assert d.cited("study") is None
    assert d.revised("v2") == d.figure("agency")
    assert d.revised_by("agency") == (d.figure("v2"),)
    assert d.revised_by("v2") == ()
    with pytest.raises(UnknownIdError, match="no figure 'pres' \\(did you mean 'press'\\?\\)"):
        d.cited("pres")


@settings(max_examples=25)
@given(datasets(max_figures=10))
def test_generated_links_are_acyclic_and_within_a_measure(d: Dataset) -> None:
    """In generated data sets every link names a figure of the same measure and span."""
    for f in d.figures:
        for other in (d.cited(f), d.revised(f)):
            if other is not None:
                assert (other.measure, other.as_of) == (f.measure, f.as_of)
        assert d.original(f).cites is None


@pytest.mark.parametrize(
    "wanted",
    [
        pytest.param(lambda f: f.is_estimate, id="estimate"),
        pytest.param(lambda f: f.cites is not None, id="cites"),
        pytest.param(lambda f: f.revises is not None, id="revises"),
    ],
)
def test_the_strategy_draws_estimates_citations_and_revisions(
    wanted: Callable[[Figure], bool],
) -> None:
    """datasets() draws estimates, citing figures and revising figures (found unshrunk)."""
    found = find(
        datasets(min_figures=6, max_figures=8, relations=False),
        lambda d: any(wanted(f) for f in d.figures),
        settings=settings(max_examples=300, database=None, phases=[Phase.generate]),
    )
    assert any(wanted(f) for f in found.figures)


@settings(max_examples=25)
@given(datasets(max_figures=8, relations=False))
def test_generated_estimates_are_ordered_and_centred(d: Dataset) -> None:
    """Generated estimates have low ≤ best ≤ high and a confidence in (0, 1)."""
    for f in d.figures:
        if f.is_estimate:
            assert f.low is not None and f.best is not None and f.high is not None  # noqa: PT018
            assert f.low <= f.best <= f.high
            assert 0 < f.confidence < 1


# -- data files ------------------------------------------------------------------------------


@st.composite
def awkward_datasets(draw: st.DrawFn) -> Dataset:
    """Generated data sets whose estimates carry any exact confidence in [0.5, 1)."""
    d = draw(datasets(max_figures=8, relations=False))
    levels = st.fractions(min_value=Fraction(1, 2), max_value=1 - Fraction(1, 10**6),
                          max_denominator=10**6).filter(lambda c: c < 1)  # fmt: skip
    figures = [attrs.evolve(f, confidence=draw(levels)) if f.is_estimate else f for f in d.figures]
    return attrs.evolve(d, figures=figures)


@pytest.mark.parametrize("fmt", FORMATS)
@settings(max_examples=20)
@given(d=awkward_datasets())
def test_estimates_and_links_survive_a_round_trip(fmt: pio.Format, d: Dataset) -> None:
    """load(dump(d)) == d with estimates at any confidence, citations and revisions."""
    assert pio.loads(pio.dumps(d, format=fmt), format=fmt) == d


@pytest.mark.parametrize("fmt", FORMATS)
def test_defaults_are_not_written(fmt: pio.Format) -> None:
    """A count at the default confidence, linking nothing, writes none of the new keys."""
    text = pio.dumps(Dataset(measures=[M], figures=[fig("a")]), format=fmt)
    for key in ("basis", "confidence", "cites", "revises"):
        assert key not in text


def test_a_toml_file_states_estimates_and_links() -> None:
    """TOML keys basis, confidence (number or percent text), cites and revises are read."""
    d = pio.loads(
        """
[[measures]]
id = "deaths"
label = "excess deaths"

[[figures]]
id = "harvard"
measure = "deaths"
basis = "estimate"
low = 793
best = 4645
high = 8498
confidence = 0.95
as_of = "2017"

[[figures]]
id = "gwu"
measure = "deaths"
basis = "estimate"
low = 2658
best = 2975
high = 3290
confidence = "90%"
as_of = "2017"

[[figures]]
id = "press"
measure = "deaths"
value = "nearly 3,000"
as_of = "2017"
cites = "gwu"

[[figures]]
id = "gwu-2"
measure = "deaths"
number = 2982
as_of = "2017"
revises = "gwu"
""",
        format="toml",
    )
    assert d.figure("harvard").confidence == DEFAULT_CONFIDENCE
    assert d.figure("gwu").confidence == Fraction(9, 10)
    assert d.cited("press") == d.figure("gwu")
    assert d.revised_by("gwu") == (d.figure("gwu-2"),)


def test_a_csv_file_states_estimates_and_links_in_columns() -> None:
    """CSV columns basis, confidence, cites and revises are read like the TOML keys."""
    d = pio.loads(
        "id,measure,measure_label,low,best,high,number,basis,confidence,as_of,cites,revises\n"
        "a,deaths,excess deaths,793,4645,8498,,estimate,95%,2017,,\n"
        "b,deaths,excess deaths,,,,4645,,,2017,a,\n"
        "c,deaths,excess deaths,,,,4700,,,2017,,b\n",
        format="csv",
    )
    assert [(f.basis, f.cites, f.revises) for f in d.figures] == [
        ("estimate", None, None), ("count", "a", None), ("count", None, "b"),
    ]  # fmt: skip


BAD = """
[[measures]]
id = "deaths"
label = "excess deaths"

[[figures]]
id = "a"
measure = "deaths"
number = 3
as_of = "2017"
cites = "b"

[[figures]]
id = "b"
measure = "deaths"
number = 4
as_of = "2017"
revises = "a"

[[figures]]
id = "c"
measure = "deaths"
number = 4
as_of = "2017"
revises = "bb"
"""


def test_file_link_problems_are_located_at_their_key() -> None:
    """Link problems found by the data set name the file, the line of the key and the field."""
    with pytest.raises(DatasetErrors) as info:
        pio.loads(BAD, format="toml", name="links.toml")
    assert [str(e) for e in info.value.exceptions] == [
        "links.toml:18: figures.revises: figure 'b' revises 'a', closing a cycle of citations"
        " and revisions ('a' cites 'b', 'b' revises 'a'); each must name an earlier statement",
        "links.toml:25: figures.revises: figure 'c' revises unknown figure 'bb'"
        " (did you mean 'b'?)",
    ]


def test_file_estimate_problems_are_located() -> None:
    """An unknown basis, a bad confidence and an estimate without best name file and line."""
    text = """
[[measures]]
id = "deaths"
label = "excess deaths"

[[figures]]
id = "a"
measure = "deaths"
basis = "estimat"
low = 1
best = 2
high = 3
as_of = "2017"

[[figures]]
id = "b"
measure = "deaths"
basis = "estimate"
low = 1
best = 2
high = 3
confidence = 1.5
as_of = "2017"

[[figures]]
id = "c"
measure = "deaths"
basis = "estimate"
low = 1
high = 3
as_of = "2017"

[[figures]]
id = "d"
measure = "deaths"
basis = "estimate"
low = 1
best = 2
high = 3
confidence = "very"
as_of = "2017"
"""
    with pytest.raises(DatasetErrors) as info:
        pio.loads(text, format="toml", name="e.toml")
    assert [str(e) for e in info.value.exceptions] == [
        "e.toml:9: figures.basis: unknown basis 'estimat' (did you mean 'estimate'?): expected"
        " one of count, estimate",
        # at the line of the key, as every other field's problem is (it was the figure's)
        "e.toml:22: figures.confidence: confidence 1.5 is outside [0.5, 1); give a level such as"
        " 0.95 (95%)",
        "e.toml:25: figures: figure 'c': an estimate needs best, low and high (its interval at"
        " 95% confidence); missing best",
        "e.toml:40: figures.confidence: confidence must be a number in [0.5, 1) such as 0.95, or a"
        " percentage such as \"95%\", not 'very'",
    ]


def test_source_of_a_revision_can_be_a_listed_source() -> None:
    """A revising figure with a listed source round-trips through TOML by source id."""
    agency = Source(name="Agency", id="agency", published="2024-01-10")
    d = Dataset(
        measures=[M],
        figures=[fig("v1", as_of="2024-01-01"), fig("v2", value=12, as_of="2024-01-01",
                                                     revises="v1", source=agency)],
        sources=[agency],
    )  # fmt: skip
    text = pio.dumps(d, format="toml")
    assert 'revises = "v1"' in text
    assert pio.loads(text, format="toml") == d


def test_a_problem_is_located_at_its_figure_even_with_quotes_in_the_id() -> None:
    """An id holding quotes still locates its link problem at its own record's key."""
    text = """
[[measures]]
id = "deaths"
label = "excess deaths"

[[figures]]
id = "it's"
measure = "deaths"
number = 3
as_of = "2017"

[[figures]]
id = 'say "it"'
measure = "deaths"
number = 3
as_of = "2017"
cites = "its"
"""
    with pytest.raises(DatasetErrors) as info:
        pio.loads(text, format="toml", name="q.toml")
    assert [str(e) for e in info.value.exceptions] == [
        "q.toml:17: figures.cites: figure 'say \"it\"' cites unknown figure 'its'"
        ' (did you mean "it\'s"?)'
    ]


def test_link_problems_of_several_files_come_in_the_order_of_the_files(tmp_path: Path) -> None:
    """Problems found across files are listed file by file, in the order the files were given."""
    first, second = tmp_path / "z.toml", tmp_path / "a.toml"
    first.write_text(
        '[[measures]]\nid = "deaths"\nlabel = "deaths"\n\n'
        '[[figures]]\nid = "x"\nmeasure = "deaths"\nnumber = 1\nas_of = "2017"\ncites = "nope"\n',
        encoding="utf-8",
    )
    second.write_text(
        '[[figures]]\nid = "y"\nmeasure = "deaths"\nnumber = 1\nas_of = "2017"\ncites = "nada"\n',
        encoding="utf-8",
    )
    with pytest.raises(DatasetErrors) as info:
        pio.load(first, second)
    assert [(e.file, e.line) for e in info.value.exceptions] == [
        (str(first), 10),
        (str(second), 6),
    ]


#: A CSV file with a record problem (a negative headcount), a misspelt cites id, a link to
#: that broken figure, and a cycle: every one of them must come back from one run.
LINKS_AND_RECORDS = """id,measure,number,as_of,cites,revises,measure_label
study,deaths,120,2017,,,excess deaths
press,deaths,120,2017,stdy,,excess deaths
broken,deaths,-5,2017,,,excess deaths
echo,deaths,5,2017,broken,,excess deaths
x,deaths,7,2017,y,,excess deaths
y,deaths,7,2017,,x,excess deaths
"""


def test_link_errors_come_with_record_errors_in_one_run() -> None:
    """A misspelt cites id is reported (with its did-you-mean) in the same run as a record's
    own problem, at its line; a link to a figure that has its own problem is not reported
    again; a cycle is reported too."""
    with pytest.raises(DatasetErrors) as info:
        pio.loads(LINKS_AND_RECORDS, format="csv", name="l.csv")
    shown = [str(e) for e in info.value.exceptions]
    assert shown[0] == (
        "l.csv:3: cites: figure 'press' cites unknown figure 'stdy' (did you mean 'study'?)"
    )
    assert shown[1].startswith("l.csv:4: number: ")
    assert "negative" in shown[1]
    assert shown[2].startswith("l.csv:7: revises: figure 'y' revises 'x', closing a cycle")
    assert len(shown) == 3


def test_check_reports_link_errors_with_record_errors(tmp_path: Path, capsys: Any) -> None:
    """`pwstats check` lists the misspelt link beside the record problem, in one run."""
    from pwstats.cli import main

    path = tmp_path / "l.csv"
    path.write_text(LINKS_AND_RECORDS, encoding="utf-8")
    status = main(["check", str(path)])
    out = capsys.readouterr()
    text = out.out + out.err
    assert status != 0
    assert "did you mean 'study'?" in text
    assert "negative" in text


def test_partial_load_rejects_bad_links_and_links_to_rejected_figures() -> None:
    """With on_bad_records, a figure with a broken link, or linking to a rejected figure, or
    closing a cycle, is rejected with its reason (x then cites rejected y); the rest load."""
    seen: list[pwstats.Rejected] = []
    data = pio.loads(LINKS_AND_RECORDS, format="csv", name="l.csv", on_bad_records=seen.append)
    assert [f.id for f in data.figures] == ["study"]
    reasons = {r.record: " ".join(e.message for e in r.errors) for r in seen}
    assert set(reasons) == {"press", "broken", "echo", "x", "y"}
    assert "'y', which was rejected" in reasons["x"]
    assert "did you mean 'study'?" in reasons["press"]
    assert "'broken', which was rejected" in reasons["echo"]
    assert "closing a cycle" in reasons["y"]
    assert [r.line for r in seen] == sorted(r.line for r in seen)


def test_a_confidence_level_in_a_file_is_refused_at_its_own_key() -> None:
    """'confidence = 95' (a percentage typed as a number) and a level on a count were
    reported at the figure's first line, field 'figures'; they are at the key's."""
    text = """\
[[measures]]
id = "violent"
label = "violent deaths in Iraq, March 2003 to June 2006"
kind = "flow"

[[figures]]
id = "ifhs"
measure = "violent"
basis = "estimate"
low = 104000
best = 151000
high = 223000
confidence = 95
as_of = "2003-03-01/2006-06-30"

[[figures]]
id = "ibc"
measure = "violent"
low = 43394
high = 48539
confidence = 0.9
as_of = "2003-03-01/2006-06-30"
"""
    with pytest.raises(DatasetErrors) as info:
        pio.loads(text, format="toml", name="iraq.toml")
    assert [str(e) for e in info.value.exceptions] == [
        "iraq.toml:13: figures.confidence: confidence 95 is outside [0.5, 1); give a level such"
        " as 0.95 (95%)",
        "iraq.toml:21: figures.confidence: confidence 0.9 is given for a count (no basis ="
        " 'estimate'), whose low and high would be read as hard bounds; a confidence level"
        " belongs to an estimate: add basis = 'estimate'",
    ]
    sheet = "id,measure,basis,low,best,high,confidence,as_of,measure_label\n"
    sheet += "f,m,estimate,1,2,3,95%,2024,x\ng,m,,1,2,3,95,2024,\n"
    with pytest.raises(DatasetErrors) as info:
        pio.loads(sheet, format="csv", name="s.csv")
    assert [str(e) for e in info.value.exceptions] == [
        "s.csv:3: confidence: confidence 95 is outside [0.5, 1); give a level such as 0.95 (95%)"
    ]


def test_an_estimate_given_as_an_interval_is_refused_at_that_key() -> None:
    """IFHS's range typed as `interval` on an estimate was refused at the figure's first
    line as "not as a value"; it is refused at the `interval` key, named as given."""
    text = """\
[[measures]]
id = "violent"
label = "violent deaths"
kind = "flow"

[[figures]]
id = "ifhs"
measure = "violent"
basis = "estimate"
interval = "[104000, 223000]"
as_of = "2003-03-01/2006-06-30"
"""
    with pytest.raises(DatasetErrors) as info:
        pio.loads(text, format="toml", name="iraq.toml")
    assert [str(e) for e in info.value.exceptions] == [
        "iraq.toml:10: figures.interval: an estimate is given as low, best and high numbers"
        " (its interval and best value), not as 'interval'"
    ]


def test_a_level_end_beside_an_estimate_says_no_count_bounds_it() -> None:
    """A level with a count of another month and an estimate as of the date: the end
    nothing bounds says no count bounds it, as the sentence after it does (it said "no
    figure ... bounds" beside "no count ... is as of", contradicting itself)."""
    from pwstats import bound

    held = Measure(id="held", label="held", kind="level")
    data = Dataset(
        measures=[held],
        figures=[
            Figure(id="c", measure="held", value=300, as_of="2024-01"),
            Figure(
                id="e",
                measure="held",
                low=200,
                best=400,
                high=600,
                basis="estimate",
                as_of="2024-03",
            ),
        ],
    )
    high = bound(data, "held", at="2024-03").high.detail
    assert high.startswith("no count or relation bounds held from above")
    assert "no figure" not in high
