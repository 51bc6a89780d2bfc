"""Model values: construction, defaults, and every validation error."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from decimal import Decimal
from fractions import Fraction
from typing import Any

import attrs
import pytest
from hypothesis import given
from hypothesis import strategies as st

import pwstats
from pwstats import (
    Dataset,
    DatasetError,
    DatasetErrors,
    DateSpan,
    Figure,
    Interval,
    Measure,
    PwstatsError,
    Relation,
    Source,
    UnitError,
    UnknownIdError,
)
from pwstats.model import Dims, measure_words_problem, time_of
from pwstats.strategies import dimensions, figures, hedged_phrases, measures, relations, sources

HELD = Measure(id="held", label="people held")
RETURNED = Measure(id="returned", label="people returned", kind="cumulative")
EXCHANGED = Measure(id="exchanged", label="people exchanged on 3 Jan 2024", kind="event")
SHARE = Measure(id="share", label="share confirmed", unit="percent")


def figure(id: str = "f", measure: str = "held", value: object = 1, **kw: object) -> Figure:
    """A figure with defaults that pass validation."""
    kw.setdefault("as_of", "2024-01-03")
    return Figure(id=id, measure=measure, value=value, **kw)  # type: ignore[arg-type]


# -- construction ---------------------------------------------------------------------


def test_source_keeps_its_chain_and_date() -> None:
    """A source reads its date from text and names the outlets that carried it, in order."""
    s = Source(name="Lubinets", via=["Telegram", "TVA"], published="2024-01-03")
    assert s.published == dt.date(2024, 1, 3)
    assert s.via == ("Telegram", "TVA")
    assert s.chain == "Lubinets, via Telegram, TVA"


def test_measure_defaults_come_from_the_unit() -> None:
    """A headcount is whole and non-negative; a percentage is non-negative but not whole."""
    assert (HELD.unit, HELD.kind, HELD.whole, HELD.nonnegative) == ("person", "level", True, True)
    assert (SHARE.whole, SHARE.nonnegative) == (False, True)
    assert HELD.domain == Interval.at_least(0)


@pytest.mark.parametrize(
    ("unit", "scale"),
    [("person", 1), ("kiloperson", 1000), ("1000 * person", 1000), ("megaperson", 10**6)],
)
@given(people=st.integers(0, 10**8))
def test_a_headcount_in_thousands_or_millions_is_whole_in_people(
    unit: str, scale: int, people: int
) -> None:
    """Every whole number of people, stated in the measure's unit, is accepted, read as
    itself, and agrees with the same count in people: people are whole, not thousands."""
    import pwstats

    counted = Measure(id="counted", label="people counted", unit=unit)
    same = Measure(id="same", label="the same people, in people")
    assert counted.whole is (scale == 1)
    assert counted.nonnegative
    said = Source(name="an office", published="2022-06-09")
    data = Dataset(
        measures=[counted, same],
        figures=[
            Figure(id="a", measure=counted, value=Fraction(people, scale), source=said),
            Figure(id="b", measure=same, value=people, source=said),
        ],
        relations=[Relation.le(counted, same), Relation.le(same, counted)],
    )
    report = pwstats.reconcile(data)
    assert report.status == "consistent"
    finding = next(f for f in report.findings if f.measure == "counted")
    assert finding.bounds == Interval.point(Fraction(people, scale))


@pytest.mark.parametrize("unit", ["percent", "%", "share", "permille"])
def test_a_flow_of_a_share_is_refused(unit: str) -> None:
    """A flow adds up over periods and a share does not (30% of a year's deaths civilian
    and 50% of its first half are both possible): a flow in a share unit is refused,
    pointing to a level; a flow of a plain dimensionless count is kept."""
    with pytest.raises(ValueError, match=r"measure 's': a flow is a count over a period"):
        Measure(id="s", label="share civilian", unit=unit, kind="flow")
    assert Measure(id="s", label="share civilian", unit=unit).kind == "level"
    assert Measure(id="n", label="attacks", unit="dimensionless", kind="flow").kind == "flow"


def test_figure_as_of_defaults_to_publication_date() -> None:
    """Without as_of, a figure speaks of the day its source was published."""
    f = Figure(id="f", measure=HELD, value="2,828", source=Source(name="X", published="2024-01-03"))
    assert f.measure == "held"
    assert f.as_of == DateSpan.parse("2024-01-03")


@pytest.mark.parametrize(
    ("kw", "statement", "interval"),
    [
        ({"value": 248}, "248", Interval.point(248)),
        ({"value": Interval.more_than(230)}, "(230, +inf)", Interval.more_than(230)),
        ({"value": "more than 230"}, "more than 230", None),
        ({"low": 200, "best": 230, "high": 250}, "200–250 (best 230)", Interval.closed(200, 250)),
        ({"low": 200}, "200–?", Interval.at_least(200)),
        ({"best": 230}, "230", Interval.point(230)),
        ({"value": 0.5}, "0.5", Interval.point(Fraction(1, 2))),
    ],
)
def test_figure_statement_and_exact_interval(
    kw: dict[str, object], statement: str, interval: Interval | None
) -> None:
    """Each way of stating a figure has a statement text, and numbers an exact interval."""
    f = Figure(id="f", measure="m", as_of="2024", **kw)  # type: ignore[arg-type]
    assert f.statement == statement
    assert f.exact_interval == interval


def test_relation_constructors_describe_themselves() -> None:
    """The named Relation constructors make the relation their name says."""
    assert Relation.sum("t", ["a", "b"]).describe() == "t = a + b"
    assert Relation.sum("t", ["a", "b"], complete=False).describe() == "t ≥ a + b"
    assert Relation.le("a", "b", offset=-3).describe() == "a ≤ b − 3"
    assert Relation.share("p", "w", 0.25).describe() == "p = [0.25, 0.25] × w"
    assert Relation.accumulates("t", ["e"]).measures == ("t", "e")


def test_dataset_indexes_figures_by_measure() -> None:
    """figures_of returns a measure's figures in order; measure() names the nearest id."""
    a, b = figure("a"), figure("b", value=2)
    d = Dataset(measures=[HELD, RETURNED], figures=[a, b])
    assert d.figures_of("held") == (a, b)
    assert d.figures_of(RETURNED) == ()
    assert d.figure("b") is b
    with pytest.raises(KeyError, match="did you mean 'held'"):
        d.measure("hold")


@given(sources())
def test_generated_sources_are_valid(s: Source) -> None:
    """sources() draws sources that rebuild to an equal value."""
    assert attrs.evolve(s) == s
    assert s.name.strip()


@given(measures())
def test_generated_measures_are_valid(m: Measure) -> None:
    """measures() draws measures whose defaults follow their unit."""
    assert attrs.evolve(m) == m
    assert m.domain.contains(Interval.at_least(1))


@given(figures(measure=HELD))
def test_generated_figures_fit_their_measure(f: Figure) -> None:
    """figures(measure=m) draws figures that a data set with m accepts."""
    Dataset(measures=[HELD], figures=[f])


@given(relations())
def test_generated_relations_are_well_formed(r: Relation) -> None:
    """relations() draws relations that name no measure twice."""
    assert len(set(r.measures)) == len(r.measures)


# -- validation errors ----------------------------------------------------------------


def test_low_above_high_is_refused() -> None:
    """low > high is a ValueError naming the figure and both numbers."""
    with pytest.raises(ValueError, match="figure 'x': low 300 is above high 250"):
        Figure(id="x", measure="m", low=300, high=250, as_of="2024")


def test_best_outside_low_high_is_refused() -> None:
    """best outside [low, high] is a ValueError naming the range."""
    with pytest.raises(ValueError, match=r"best 260 is outside \[low, high\] = \[200, 250\]"):
        Figure(id="x", measure="m", low=200, best=260, high=250, as_of="2024")


def test_value_with_low_is_refused() -> None:
    """A figure gives a value or low/best/high, not both."""
    with pytest.raises(ValueError, match="either a value or low/best/high, not both"):
        Figure(id="x", measure="m", value=230, low=200, as_of="2024")


def test_no_value_at_all_is_refused() -> None:
    """A figure must state something."""
    with pytest.raises(ValueError, match="give a value, or low/best/high"):
        Figure(id="x", measure="m", as_of="2024")


@pytest.mark.parametrize("value", ["", "   "])
def test_empty_text_is_refused(value: str) -> None:
    """A figure's words cannot be blank."""
    with pytest.raises(ValueError, match="the value text is empty"):
        Figure(id="x", measure="m", value=value, as_of="2024")


def test_empty_interval_value_is_refused() -> None:
    """A figure cannot state the empty interval."""
    with pytest.raises(ValueError, match="the value is the empty interval"):
        Figure(id="x", measure="m", value=Interval.empty(), as_of="2024")


def test_as_of_after_publication_is_refused() -> None:
    """A figure cannot speak of a time after its source was published."""
    source = Source(name="X", published="2024-01-03")
    with pytest.raises(ValueError, match=r"as_of 2024-02 starts after .* \(2024-01-03\)"):
        Figure(id="x", measure="m", value=1, as_of="2024-02", source=source)


def test_missing_as_of_without_publication_date_is_refused() -> None:
    """Without as_of the source must have a publication date to default to."""
    with pytest.raises(ValueError, match="as_of is missing and its source has no publication"):
        Figure(id="x", measure="m", value=1, source=Source(name="X"))
    with pytest.raises(ValueError, match="as_of is missing"):
        Figure(id="x", measure="m", value=1)


@pytest.mark.parametrize("bad", ["", " held", "a\tb"])
def test_bad_ids_are_refused(bad: str) -> None:
    """Ids are non-empty and carry no surrounding or control whitespace."""
    with pytest.raises(ValueError, match="non-empty id"):
        Measure(id=bad, label="x")


def test_unknown_kind_is_refused() -> None:
    """A measure's kind is level, cumulative or event."""
    with pytest.raises(ValueError, match="one of level, cumulative, event, flow, not 'stock'"):
        Measure(id="m", label="m", kind="stock")  # type: ignore[arg-type]


def test_unknown_unit_is_a_unit_error() -> None:
    """An unknown unit raises UnitError (a PwstatsError and ValueError) naming it."""
    with pytest.raises(UnitError, match="unknown unit 'furlongs of cheese'") as info:
        Measure(id="m", label="m", unit="furlongs of cheese")
    assert isinstance(info.value, PwstatsError)
    assert isinstance(info.value, ValueError)


def test_float_text_is_not_a_number() -> None:
    """low/best/high must be numbers; text there is a TypeError."""
    with pytest.raises(TypeError, match="expected a number, not the text '230'"):
        Figure(id="x", measure="m", low="230", as_of="2024")


def test_blank_source_name_is_refused() -> None:
    """A source must say whose statement it is."""
    with pytest.raises(ValueError, match=r"Source\.name must not be empty"):
        Source(name="  ")


def test_publication_span_must_be_one_day() -> None:
    """A publication date is one day, not a month."""
    with pytest.raises(ValueError, match="must be one day"):
        Source(name="X", published="2024-01")


@pytest.mark.parametrize(
    ("make", "message"),
    [
        (lambda: Relation.sum("t", ["t", "a"]), "'t' cannot be a part of itself"),
        (lambda: Relation.sum("t", ["a", "a"]), "a part is named twice"),
        (lambda: Relation.le("a", "a"), "compares 'a' with itself"),
        (lambda: Relation.share("a", "a", 0.5), "part and whole are both 'a'"),
        (lambda: Relation.accumulates("t", ["t"]), "'t' cannot accumulate itself"),
    ],
)
def test_relation_self_reference_is_refused(make: object, message: str) -> None:
    """No relation ties a measure to itself."""
    with pytest.raises(ValueError, match=message):
        make()  # type: ignore[operator]


def _problems(**kw: object) -> list[str]:
    with pytest.raises(DatasetErrors) as info:
        Dataset(**kw)
    group = info.value
    assert isinstance(group, ExceptionGroup)
    assert isinstance(group, PwstatsError)
    assert all(isinstance(e, DatasetError) for e in group.exceptions)
    return [str(e) for e in group.exceptions]


def test_duplicate_ids_are_dataset_errors() -> None:
    """Two measures, figures or relations with one id are each reported."""
    problems = _problems(
        measures=[HELD, HELD],
        figures=[figure("f"), figure("f")],
        relations=[Relation.le("held", "held2", id="r"), Relation.le("held", "held2", id="r")],
    )
    assert "measures.id: duplicate id 'held'" in problems
    assert "figures.id: duplicate id 'f'" in problems
    assert "relations.id: duplicate id 'r'" in problems


def test_unknown_measure_suggests_the_nearest() -> None:
    """A figure naming an unknown measure gets a 'did you mean' with the closest id."""
    (problem,) = _problems(measures=[RETURNED], figures=[figure("f", measure="retuned")])
    assert "unknown measure 'retuned' (did you mean 'returned'?)" in problem


def test_looking_up_an_unknown_id_is_a_readable_key_error() -> None:
    """Dataset.measure / .figure raise UnknownIdError: a KeyError whose message is a sentence."""
    d = Dataset(measures=[RETURNED], figures=[figure("first", measure="returned")])
    with pytest.raises(UnknownIdError) as caught:
        d.measure("retuned")
    assert isinstance(caught.value, KeyError)
    assert str(caught.value) == "no measure 'retuned' (did you mean 'returned'?)"
    with pytest.raises(KeyError, match=r"^no figure 'frist' \(did you mean 'first'\?\)$"):
        d.figure("frist")


def test_negative_headcount_is_refused() -> None:
    """A headcount figure entirely below 0 is a dataset error."""
    (problem,) = _problems(measures=[HELD], figures=[figure("f", value=-3)])
    assert "figure 'f' states -3 for 'held', which cannot be negative" in problem


def test_fractional_headcount_point_is_refused() -> None:
    """A headcount cannot be exactly 2.5 people."""
    (problem,) = _problems(measures=[HELD], figures=[figure("f", value=Fraction(5, 2))])
    assert "which counts whole persons" in problem


def test_fractional_best_between_whole_ends_is_refused() -> None:
    """Each of low, best and high of a headcount must be whole, not only a lone point:
    best 1.2 persons between 1 and 2 is refused at best, as number 2.5 is."""
    f = figure("f", value=None, low=1, best=Fraction(6, 5), high=2)
    with pytest.raises(DatasetErrors) as info:
        Dataset(measures=[HELD], figures=[f])
    (problem,) = info.value.exceptions
    assert problem.field == "figures.best"
    assert "figure 'f' states best 1.2 for 'held', which counts whole persons" in str(problem)
    assert "give a whole number" in str(problem)


def test_negative_low_of_a_headcount_is_refused() -> None:
    """low -2 on a headcount is refused at low, though [-2, 6] meets the domain."""
    f = figure("f", value=None, low=-2, best=5, high=6)
    with pytest.raises(DatasetErrors) as info:
        Dataset(measures=[HELD], figures=[f])
    (problem,) = info.value.exceptions
    assert problem.field == "figures.low"
    assert "figure 'f' states low -2 for 'held', which cannot be negative" in str(problem)


def test_an_estimates_numbers_need_only_meet_a_headcounts_values() -> None:
    """An estimate's best and interval are statistics: 4645.5 and a symmetric interval
    reaching below 0 fit a headcount; an interval wholly below 0 does not."""
    ok = figure("e", value=None, basis="estimate", low=-30, best=Fraction(101, 2), high=130)
    Dataset(measures=[HELD], figures=[ok])
    bad = figure("e", value=None, basis="estimate", low=-30, best=-20, high=-10)
    (problem,) = _problems(measures=[HELD], figures=[bad])
    assert "which cannot be negative" in problem


_LOW_BEST_HIGH = st.one_of(st.none(), st.integers(-3, 3), st.fractions(-3, 3, max_denominator=4))


@given(_LOW_BEST_HIGH, _LOW_BEST_HIGH, _LOW_BEST_HIGH)
def test_a_headcount_takes_low_best_high_exactly_when_each_is_whole_and_not_negative(
    low: Fraction | int | None, best: Fraction | int | None, high: Fraction | int | None
) -> None:
    """A data set accepts a count's low/best/high on a headcount iff every number given is
    a whole number of 0 or more (the rule a lone number keeps)."""
    stated = [x for x in (low, best, high) if x is not None]
    ordered = stated == sorted(stated) and (low is None or high is None or low <= high)
    try:
        f = Figure(id="f", measure="held", low=low, best=best, high=high, as_of="2024")
    except DatasetError:
        assert not stated or not ordered
        return
    fits = all(x >= 0 and Fraction(x).denominator == 1 for x in stated)
    try:
        Dataset(measures=[HELD], figures=[f])
    except DatasetErrors:
        assert not fits
    else:
        assert fits


def test_fractional_share_is_fine() -> None:
    """A percentage may be fractional."""
    Dataset(measures=[SHARE], figures=[figure("f", measure="share", value=Fraction(5, 2))])


def test_inexact_float_share_constant_is_refused_not_rounded() -> None:
    """A float share whose binary value is not its printed decimal (0.3) is a ValueError."""
    with pytest.raises(
        ValueError, match=r"float share 0\.3 .*Fraction\(3, 10\).*Decimal\(\"0\.3\"\)"
    ):
        Relation.share("part", "whole", 0.3)


@pytest.mark.parametrize("share", [0.5, 0.25, 0.0, 1.0])
def test_exact_float_share_constant_is_kept_exactly(share: float) -> None:
    """A float share that binary holds exactly (0.5, 0.25) becomes that exact point."""
    relation = Relation.share("part", "whole", share)
    assert relation.ratio == Interval.point(Fraction(share))


@pytest.mark.parametrize(
    "share", [30, Decimal("1.5"), Interval.closed(2, 3), Interval.open_closed(1, 2)]
)
def test_a_share_above_one_is_refused_with_the_percent_hint(share: object) -> None:
    """share = 30 almost always means 30 percent: it is refused, saying to write 0.3."""
    with pytest.raises(ValueError, match=r"is above 1.*write 0\.3, not 30, for 30 percent"):
        Relation.share("part", "whole", share)  # type: ignore[arg-type]


@pytest.mark.parametrize("share", [1, Interval.closed(Fraction(1, 2), 2)])
def test_a_share_that_may_be_one_or_below_is_taken(share: object) -> None:
    """A share of exactly 1, or an interval reaching below 1, is a possible share."""
    Relation.share("part", "whole", share)  # type: ignore[arg-type]


@pytest.mark.parametrize(
    "make",
    [
        lambda: Figure(id="f", measure="m", value=0.1, as_of="2024"),
        lambda: Figure(id="f", measure="m", low=0.1, best=0.2, high=1, as_of="2024"),
        lambda: Relation.le("a", "b", offset=0.1),
    ],
)
def test_an_inexact_float_figure_is_refused_not_taken_in_binary(make: Callable[[], object]) -> None:
    """value=0.1 would be 0.1000000000000000055...: refused, suggesting Fraction or Decimal."""
    with pytest.raises(ValueError, match=r"float 0\.1 is not exactly 0\.1.*Fraction\(1, 10\)"):
        make()


def test_an_exact_float_figure_is_taken() -> None:
    """Floats binary holds exactly (0.5, 2.0) are exact numbers."""
    assert Figure(id="f", measure="m", value=0.5, as_of="2024").value == Fraction(1, 2)
    assert Figure(id="f", measure="m", value=2.0, as_of="2024").value == 2


def test_a_negative_share_is_refused() -> None:
    """A share entirely below 0 is no share of a whole."""
    with pytest.raises(ValueError, match="is below 0"):
        Relation.share("part", "whole", Fraction(-1, 2))


def test_share_constant_given_exactly_agrees_with_matching_figures() -> None:
    """share 3/10 with whole 100 and part 30 reconciles with no conflict (the r2 false alarm)."""
    from pwstats import reconcile

    dataset = Dataset(
        measures=[Measure(id="w", label="w"), Measure(id="p", label="p")],
        figures=[figure("fw", measure="w", value=100), figure("fp", measure="p", value=30)],
        relations=[Relation.share("p", "w", Fraction(3, 10))],
    )
    assert not reconcile(dataset).conflicts


def test_relation_over_different_units_is_refused() -> None:
    """A sum joining a headcount with a percentage is a dataset error naming both units."""
    (problem,) = _problems(measures=[HELD, SHARE], relations=[Relation.sum("held", ["share"])])
    assert "joins 'held' in 'person' with 'share' in 'percent'" in problem


def test_share_relation_needs_a_dimensionless_share() -> None:
    """The share measure of a share relation must be dimensionless."""
    relation = Relation.share("held", "exchanged", "returned")
    problems = _problems(measures=[HELD, EXCHANGED, RETURNED], relations=[relation])
    assert any("is in 'person', not a share" in p for p in problems)


def test_accumulates_needs_a_cumulative_total_and_events() -> None:
    """accumulates on a level total or over a non-event is a dataset error."""
    problems = _problems(
        measures=[HELD, RETURNED], relations=[Relation.accumulates("held", ["returned"])]
    )
    assert any("'held' is a level measure; only a cumulative total" in p for p in problems)
    assert any("'returned' is a cumulative measure, not an event" in p for p in problems)


_KINDS = ["level", "cumulative", "flow", "event"]
_BUILDERS: dict[str, Callable[[str, str], Relation]] = {
    "le": lambda a, b: Relation.le(a, b),
    "ge": lambda a, b: Relation.le(b, a, offset=3),
    "sum": lambda a, b: Relation.sum(a, [b], complete=False),
    "sum of two": lambda a, b: Relation.sum(b, [b + "2", a]),
    "share": lambda a, b: Relation.share(a, b, Fraction(1, 2)),
}


@pytest.mark.parametrize("relation", list(_BUILDERS))
@pytest.mark.parametrize("kind_b", _KINDS)
@pytest.mark.parametrize("kind_a", _KINDS)
def test_a_relation_ties_measures_of_one_kind_of_time_only(
    kind_a: str, kind_b: str, relation: str
) -> None:
    """A sum, ≤ or share ties values at one instant (levels and running totals), over one
    period (flows) or of one event; across them it is refused, naming the relation and
    both kinds, since it would be applied at dates where it has no meaning."""
    measures = [
        Measure(id="a", label="a", kind=kind_a),  # type: ignore[arg-type]
        Measure(id="b", label="b", kind=kind_b),  # type: ignore[arg-type]
        Measure(id="b2", label="like b", kind=kind_b),  # type: ignore[arg-type]
    ]
    made = _BUILDERS[relation]("a", "b")
    if time_of(kind_a) == time_of(kind_b):  # type: ignore[arg-type]
        assert Dataset(measures=measures, relations=[made]).relations == (made,)
        return
    (problem,) = _problems(measures=measures, relations=[made])
    assert problem.startswith(f"relations: relation {made.id!r} ({made.describe()}) joins")
    for x, kind in (("a", kind_a), ("b", kind_b)):
        assert f"{x!r}, a{'n' if kind == 'event' else ''} {kind} measure" in problem
    assert ("Relation.accumulates" in problem) is ("event" in (kind_a, kind_b))


@pytest.mark.parametrize("kind", ["level", "cumulative", "flow"])
def test_a_share_with_a_ratio_measure_of_another_time_is_refused(kind: str) -> None:
    """The ratio measure of a share is one of its measures: an event's ratio with flows, or
    a level ratio with an event's part and whole, is refused too."""
    measures = [
        Measure(id="part", label="part", kind="event"),
        Measure(id="whole", label="whole", kind="event"),
        Measure(id="ratio", label="ratio", unit="dimensionless", kind=kind),  # type: ignore[arg-type]
    ]
    (problem,) = _problems(measures=measures, relations=[Relation.share("part", "whole", "ratio")])
    assert "with 'ratio'" in problem


def test_a_relation_between_kinds_of_time_is_refused_at_its_line_in_a_file() -> None:
    """Loaded from a file, the relation is refused at its record, with the same words."""
    from pwstats.io import loads

    text = """\
[[measures]]
id = "documented"
label = "documented since 20 March 2003"
kind = "cumulative"

[[measures]]
id = "violent"
label = "violent deaths"
kind = "flow"

[[relations]]
kind = "le"
a = "documented"
b = "violent"
"""
    with pytest.raises(DatasetErrors) as info:
        loads(text, format="toml", name="iraq.toml")
    (problem,) = info.value.exceptions
    assert str(problem).startswith("iraq.toml:11: relations: relation 'le(documented, violent)'")
    assert "a flow counts over a period" in str(problem)


def test_relation_naming_unknown_measure_is_refused() -> None:
    """A relation's measures must exist."""
    (problem,) = _problems(measures=[HELD], relations=[Relation.le("held", "heldd")])
    assert "names unknown measure 'heldd' (did you mean 'held'?)" in problem


def test_all_problems_are_reported_together() -> None:
    """Every problem of a data set comes back in one DatasetErrors group, counted."""
    with pytest.raises(DatasetErrors) as info:
        Dataset(
            measures=[HELD, HELD],
            figures=[figure("a", value=-1), figure("b", measure="nope")],
        )
    assert len(info.value.exceptions) == 3
    assert str(info.value).startswith("3 problems in the data set; first:")
    with pytest.raises(DatasetErrors) as again:
        Dataset(measures=[HELD, HELD])
    assert isinstance(again.value, PwstatsError)


def test_wrong_member_types_are_refused() -> None:
    """A data set's measures must be Measure values."""
    with pytest.raises(TypeError, match="must hold Measure values, found str"):
        Dataset(measures=["held"])


# -- Dims -------------------------------------------------------------------------------


def test_dims_are_a_frozen_sorted_mapping() -> None:
    """Dims sort by name, equal any mapping with the same items, hash, and refuse assignment."""
    d = Dims({"year": "2016", "conflict": "299"})
    assert list(d) == ["conflict", "year"]
    assert d == {"conflict": "299", "year": "2016"} == Dims(conflict="299", year="2016")
    assert hash(d) == hash(Dims(year="2016", conflict="299"))
    assert d != Dims(year="2016")
    assert "year" in d
    assert "country" not in d
    assert d.get("country") is None
    assert d.get("year") == "2016"
    with pytest.raises(TypeError):
        d["year"] = "2017"  # type: ignore[index]
    assert repr(d) == "Dims(conflict='299', year='2016')"
    assert eval(repr(d)) == d


def test_dims_integers_are_their_decimal_text() -> None:
    """An integer value is stored as its decimal text; a float or bool is refused."""
    assert Dims(year=2016) == Dims(year="2016")
    with pytest.raises(TypeError, match="dimension 'year': a value must be text or an integer"):
        Dims(year=2016.0)
    with pytest.raises(TypeError, match="not bool"):
        Dims(flag=True)


@pytest.mark.parametrize(
    ("dims", "message"),
    [
        ({"Year": "1"}, "dimension name 'Year' must be lowercase"),
        ({"1st": "1"}, "not starting with a digit"),
        ({"a-b": "1"}, "must be lowercase letters, digits and underscores"),
        ({"year": ""}, "must be non-empty text"),
        ({"year": " 2016"}, "without surrounding or control whitespace"),
        ({3: "x"}, "a dimension name must be str"),
    ],
)
def test_bad_dims_say_which_dimension(dims: dict[Any, Any], message: str) -> None:
    """A bad dimension name or value is an error naming it and saying what is accepted."""
    with pytest.raises((TypeError, ValueError), match=message):
        Measure(id="m", label="m", dims=dims)


@given(dimensions())
def test_measure_dims_accept_a_dict_and_keep_it(dims: Dims) -> None:
    """A measure made with dims as a plain dict has dims equal to it, and stays hashable."""
    m = Measure(id="m", label="m", dims=dict(dims))
    assert m.dims == dims
    assert hash(m) == hash(Measure(id="m", label="m", dims=dims))


#: Words naming another unit than people, or none, and vague words that state no number.
_UNIT_WORDS = (
    "30%",
    "about 40 per cent",
    "one in five",
    "nearly two years",
    "dozens",
    "hundreds",
    "about 3 million",
    "-5",
    "[-3, 2]",
    "more than 2.5",
    "a third",
    "no such words",
)


def _reader_statement_key(f: Figure) -> tuple[object, ...]:
    """Reconciliation's reader's key for a figure on the measure Figure.statement_key takes:
    of the unit its words name (people if none), taking any number."""
    from pwstats import ParseError, parse
    from pwstats.reconcile.read import Reader

    unit = "person"
    if isinstance(f.value, str) and f.source is not None:
        try:
            unit = parse(f.value, reading="literal", nonnegative=False).unit or unit
        except ParseError:
            words = " ".join(f.value.casefold().split())
            return (f.source.name.strip().casefold(), f.as_of.start, f.as_of.end, words)
    m = Measure(id=f.measure, label=f.measure, unit=unit, whole=False, nonnegative=False)
    return Reader(None).statement_key(f, m)


@given(
    value=st.one_of(
        hedged_phrases().map(lambda p: p[0]),
        st.sampled_from(_UNIT_WORDS),
        st.integers(-(10**6), 10**6),
        st.fractions(max_denominator=100),
        st.builds(Interval.closed, st.integers(-50, 0), st.integers(0, 50)),
    ),
    source=st.none() | sources(published=st.none()),
)
def test_a_figures_statement_key_is_the_readers(value: object, source: Source | None) -> None:
    """Figure.statement_key reads a figure alone as reconciliation's reader reads it on a
    measure of the unit its words name: the one definition, not a second one."""
    f = Figure(id="f", measure="m", value=value, as_of="2024-01-05", source=source)  # type: ignore[arg-type]
    assert f.statement_key == _reader_statement_key(f)


def test_many_broken_cites_are_each_reported_with_a_hint_where_one_is_near() -> None:
    """Every figure citing a missing id is reported, naming both; a near miss is suggested,
    within the suggester's budget of comparisons (each broken link once compared its id
    with every figure's: a file of N broken links took N² comparisons)."""
    figures = [
        Figure(id="released-2024", measure="m", value=1, as_of="2024"),
        Figure(id="typo", measure="m", value=1, as_of="2024", cites="released-2042"),
    ]
    figures += [
        Figure(id=f"f{i}", measure="m", value=1, as_of="2024", cites=f"gone{i}") for i in range(300)
    ]
    with pytest.raises(DatasetErrors) as info:
        Dataset(measures=[Measure(id="m", label="m")], figures=figures)
    messages = [str(e) for e in info.value.exceptions]
    assert len(messages) == 301
    assert "cites unknown figure 'released-2042' (did you mean 'released-2024'?)" in messages[0]
    for i in range(300):
        assert f"figure 'f{i}' cites unknown figure 'gone{i}'" in messages[i + 1]


def test_a_range_sharing_a_scale_word_is_read_not_refused_as_ambiguous() -> None:
    """ "1.500 to 2.000 million" people: the scale word after the second end is the
    first's too, so neither end is a European "1,500"; "12.000 to 15.000" people is."""
    people = Measure(id="m", label="people")
    for words, low in (
        ("1.500 to 2.000 million", 1500000),
        ("between 1.250 and 1.500 million", 1250000),
        ("1.200 to 1.500 thousand", 1200),
    ):
        data = Dataset(
            measures=[people], figures=[Figure(id="f", measure="m", value=words, as_of="2024")]
        )
        assert data.figures[0].value == words
        assert pwstats.parse(words).interval.lo == low
    with pytest.raises(DatasetErrors, match="is ambiguous"):
        Dataset(
            measures=[people],
            figures=[Figure(id="f", measure="m", value="12.000 to 15.000", as_of="2024")],
        )


def test_number_fits_messages_name_the_key_the_sign_and_the_things_counted() -> None:
    """An estimate all below 0 on a headcount is told at its best, with the fix; "-12.000"
    on a signed whole measure is as ambiguous as "12.000"; a whole dimensionless measure
    counts whole numbers, not "dimensionlesss"."""
    from pwstats.model import fits

    people = Measure(id="m", label="people")
    estimate = Figure(id="e", measure="m", basis="estimate", low=-30, best=-20, high=-10,
                      as_of="2024")  # fmt: skip
    (problem,) = fits(estimate, people)
    assert problem.field == "figures.best"
    assert "set the measure's nonnegative to false" in problem.message
    signed = Measure(id="s", label="net change", nonnegative=False)
    (problem,) = fits(
        Figure(id="f", measure="s", value=-12, as_of="2024"), signed, {"number": "-12.000"}
    )
    assert "pwstats does not guess whether '-12.000'" in problem.message
    ratio = Measure(id="r", label="ratio", unit="dimensionless", whole=True)
    (problem,) = fits(Figure(id="f", measure="r", value=Fraction(5, 2), as_of="2024"), ratio)
    assert "counts whole numbers" in problem.message


def test_a_low_confidence_names_a_significance_level_only_when_it_looks_like_one() -> None:
    """0.05 reads as a 95% interval's significance level; 0.3 or 0.499 do not."""
    from pwstats.model import outside_confidence

    assert "significance level" in (outside_confidence(Fraction(1, 20)) or "")
    for level in (Fraction(3, 10), Fraction(499, 1000)):
        said = outside_confidence(level) or ""
        assert "below 0.5" in said
        assert "significance" not in said
    assert "[0.5, 1)" in (outside_confidence(Fraction(95)) or "")


def test_a_european_number_before_another_figures_scale_word_is_still_unread() -> None:
    """ "between 12.000 and 2 million": the scale word is the second figure's, not the
    first's, so "12.000" (12 or 12,000?) stays unread in extract, not read as 12; the
    range "1.500 to 2.000 million" is one figure and reads as millions."""
    mentions = pwstats.extract("between 12.000 and 2 million. They fled 1.500 to 2.000 million.")
    by_text = {m.text: str(m.amount.interval) for m in mentions}
    assert by_text["12.000"] == "[0, +inf)"
    assert by_text["1.500 to 2.000 million"] == "[1500000, 2000000]"


# -- a figure's noun names its unit ----------------------------------------------------

#: Figures said with their noun, in several forms: bare, hedged, bounded, vague, scaled.
_SAID_WITH = ("12,000 {}", "about 300 {}", "more than 2,000 {}", "hundreds of {}", "2 million {}")


def _one_figure(unit: str, value: str) -> Dataset:
    return Dataset(
        measures=[Measure(id="m", label="m", unit=unit)],
        figures=[Figure(id="f", measure="m", value=value, as_of="2024")],
    )


@pytest.mark.parametrize("said", _SAID_WITH)
@pytest.mark.parametrize("noun", ["people", "soldiers", "civilians", "Ukrainian prisoners"])
@pytest.mark.parametrize("unit", ["percent", "month", "dimensionless", "count", "household"])
def test_words_naming_people_are_refused_on_a_measure_of_no_people(
    said: str, noun: str, unit: str
) -> None:
    """A figure whose words count people ("12,000 people") on a measure that counts no
    people is refused, naming the figure, its words and the measure's unit (it was read
    as 12,000 percent, months or households)."""
    value = said.format(noun)
    with pytest.raises(DatasetErrors) as refused:
        _one_figure(unit, value)
    (problem,) = refused.value.exceptions
    message = str(problem)
    assert "figure 'f'" in message, message
    assert repr(value) in message, message
    assert f"measure 'm' is in {unit!r}" in message, message
    assert "'person'" in message, message


@pytest.mark.parametrize("said", _SAID_WITH)
@pytest.mark.parametrize(
    ("noun", "unit"), [("households", "household"), ("families", "family"), ("homes", "dwelling")]
)
def test_households_families_and_homes_are_no_people(said: str, noun: str, unit: str) -> None:
    """'2,000 households', '3,000 families', '3,000 homes' on a person measure are refused
    (they read as that many people); on a measure in their own unit they read as said."""
    value = said.format(noun)
    with pytest.raises(DatasetErrors, match=f"is in {unit!r}, the unit its noun names"):
        _one_figure("person", value)
    assert measure_words_problem(value, Measure(id="m", label="m", unit=unit)) is None
    data = _one_figure(unit, value)
    reading = pwstats.parse(value, unit="person").interval
    (finding,) = pwstats.reconcile(data).findings
    assert finding.consensus == reading.integral()


@pytest.mark.parametrize("said", _SAID_WITH)
@pytest.mark.parametrize("unit", ["person", "persons", "people", "kiloperson", "1000 * person"])
def test_words_naming_people_stand_on_every_headcount(said: str, unit: str) -> None:
    """Words counting people are read on any headcount, converted to its lots: '12,000
    people' on kiloperson is 12 (it read as 12,000 kilopersons)."""
    value = said.format("people")
    (finding,) = pwstats.reconcile(_one_figure(unit, value)).findings
    persons = pwstats.parse(value, reading="pragmatic").interval
    expected = persons / pwstats.units.factor(unit, "person")
    whole = Measure(id="m", label="m", unit=unit).whole
    assert finding.consensus == (expected.integral() if whole else expected)


def test_extract_reports_the_nouns_of_households_and_people() -> None:
    """extract reports every mention with its noun, whatever the noun counts."""
    found = pwstats.extract("2,000 households, 3,000 families and 12,000 people fled; 300 homes")
    assert [(m.text, m.noun) for m in found] == [
        ("2,000", "households"),
        ("3,000", "families"),
        ("12,000", "people"),
        ("300", "homes"),
    ]
