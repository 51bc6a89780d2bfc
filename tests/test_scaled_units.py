"""A number said with a scale word counts single things, whatever lots its measure keeps.

"about 1.5 million" on a measure of displaced people in millions (``megaperson``) is
1.35 to 1.65 megapersons, not 1.5 million megapersons; "1.5" there is 1.5 megapersons.
"""

from __future__ import annotations

from collections.abc import Callable
from fractions import Fraction
from typing import TypeVar

import pytest

import pwstats
from pwstats import (
    Dataset,
    Figure,
    Interval,
    Measure,
    ParseError,
    Relation,
    Source,
    extract,
    parse,
)
from pwstats.reconcile.read import Reader
from pwstats.report import READINGS, Reading
from pwstats.scale import mention_records
from pwstats.units import factor, one_of

T = TypeVar("T")

#: Headcount units and the number of people in one of each.
UNITS = ("person", "kiloperson", "megaperson", "1000 * person", "1e6 * people")

#: Numbers whose magnitude a scale word, suffix or plural scale gives.
SCALED = (
    "1.5 million",
    "about 1.5 million",
    "one and a half million",
    "1 ½ million",
    "half a million",
    "a third of a million",
    "1.5m",
    "3.2bn",
    "300k",
    "2.5 lakh",
    "1 crore",
    "nearly 2 million",
    "more than 1 million",
    "at least 250 thousand",
    "1.5 million+",
    "1-2 million",
    "between 1 and 2 million",
    "one to two million",
    "500,000-2 million",
    "roughly 1 to 2 million",
    "more than 1 million but fewer than 2 million",
    "millions",
    "hundreds of thousands",
    "tens of thousands",
    "several million",
    "a few thousand",
    "dozens",
    "a dozen",
    "scores",
    "a couple of hundred",
    "100s",
    "1000s of people",
    "10s of thousands",
    "several dozen",
    "over a million",
    "another 1.5 million",
    "1.5 million more",
    "a record 7.1 million",
    "hundreds - thousands",
    "in the low thousands",
    "in the high hundreds of thousands",
)

#: Numbers said without one: in the measure's unit.
UNSCALED = ("1.5", "about 1.5", "2", "nearly 2", "1-2", "1,500,000", "several", "[1, 2)")


def in_people(amount: pwstats.Amount) -> Interval:
    return amount.interval * factor(amount.unit, "person")


def in_every_unit_and_reading(texts: tuple[str, ...]) -> Callable[[T], T]:
    """Parametrize a test over each of ``texts``, each headcount unit and each reading."""

    def marked(test: T) -> T:
        for mark in (
            pytest.mark.parametrize("text", texts),
            pytest.mark.parametrize("unit", UNITS),
            pytest.mark.parametrize("reading", READINGS),
        ):
            test = mark(test)
        return test

    return marked


def said(text: str, unit: str) -> tuple[Figure, Measure]:
    """A figure of ``text`` on a measure of displaced people in ``unit``, and the measure."""
    measure = Measure(id="m", label="displaced", unit=unit, whole=False)
    return Figure(id="f", measure=measure, value=text, as_of="2023-01-01"), measure


@in_every_unit_and_reading(SCALED)
def test_a_scaled_number_is_the_same_people_in_every_headcount_unit(
    text: str, unit: str, reading: Reading
) -> None:
    """The law: what the words say in people does not depend on the measure's unit."""
    people = parse(text, reading=reading)
    assert people.unit == "person"
    said = parse(text, reading=reading, unit=unit)
    assert said.unit == one_of(unit)
    assert factor(said.unit, "person") == 1
    assert in_people(said) == people.interval
    assert said.nominal == people.nominal
    assert said.code == people.code


@in_every_unit_and_reading(SCALED)
def test_the_reader_converts_a_scaled_number_into_the_measure_unit(
    text: str, unit: str, reading: Reading
) -> None:
    """Reconciliation's reading of the words, in the measure's unit, is the same people."""
    reader = Reader(None)
    in_unit, in_people = said(text, unit), said(text, "person")
    assert reader.read(*in_unit, reading) * factor(unit, "person") == reader.read(
        *in_people, reading
    )
    nominal = reader.nominal(*in_unit, reading)
    stated = reader.nominal(*in_people, reading)
    if stated is None:
        assert nominal is None
    else:
        assert nominal is not None
        assert nominal * factor(unit, "person") == stated


@in_every_unit_and_reading(UNSCALED)
def test_a_number_without_a_scale_word_is_in_the_measure_unit(
    text: str, unit: str, reading: Reading
) -> None:
    """ "1.5" on a measure in millions is 1.5 million people: the measure's unit."""
    said = parse(text, reading=reading, unit=unit)
    assert said.unit == unit
    assert said.interval == parse(text, reading=reading).interval


def test_about_one_and_a_half_million_on_a_megaperson_measure() -> None:
    """The reported case, with its numbers: 1.35 to 1.65 megapersons, not 1.5e12 people."""
    reader = Reader(None)
    m = Measure(id="m", label="displaced people, in millions", unit="megaperson")
    about = Figure(id="a", measure=m, value="about 1.5 million", as_of="2023-01-01")
    bare = Figure(id="b", measure=m, value="1.5", as_of="2023-01-01")
    assert reader.read(about, m, "pragmatic") == Interval.closed(Fraction(27, 20), Fraction(33, 20))
    assert reader.read(about, m, "literal") == Interval.closed(Fraction(9, 8), Fraction(15, 8))
    assert reader.nominal(about, m, "pragmatic") == Fraction(3, 2)
    assert reader.read(bare, m, "literal") == Interval.point(Fraction(3, 2))
    millions = Figure(id="c", measure=m, value="millions", as_of="2023-01-01")
    assert reader.read(millions, m, "lenient") == Interval.closed(2, Fraction(9999999, 10**6))


@pytest.mark.parametrize("unit", ["percent", "dimensionless", "share", "year", "person / day"])
def test_a_unit_that_is_no_lot_of_things_keeps_scaled_numbers(unit: str) -> None:
    """A rate or duration counts in its own unit: "30 thousand" on a rate is 30,000 of it,
    as "30 thousand percent" is 30,000 percent. On a share ("percent", "share") a number
    sized by a scale word is refused: a count typed where a share was meant."""
    assert one_of(unit) == unit
    if unit in ("percent", "share"):
        with pytest.raises(ParseError, match="is a share, which is not counted"):
            parse("30 thousand", reading="literal", unit=unit)
        return
    said = parse("30 thousand", reading="literal", unit=unit)
    assert said.unit == unit
    assert said.interval == Interval.point(30_000)
    assert parse("30 thousand percent", reading="literal").interval * factor(
        "dimensionless", "percent"
    ) == Interval.point(30_000)


def test_a_plain_count_kept_in_thousands_counts_ones() -> None:
    """A dimensionless unit above 1 ("1000") keeps a count in lots, as a headcount's may."""
    assert one_of("1000") == "dimensionless"
    said = parse("1.5 million", reading="literal", unit="1000")
    assert said.interval * factor(said.unit, "1000") == Interval.point(1500)


def test_extract_names_the_unit_of_a_scaled_mention() -> None:
    """A mention's amount says which unit its interval is in, so a record converts it."""
    found = extract(
        "About 1.5 million people fled, and 2 more left.", unit="megaperson", reading="literal"
    )
    assert [(m.text, m.amount.unit) for m in found] == [
        ("About 1.5 million", "person"),
        ("2 more", "megaperson"),
    ]
    records = list(
        mention_records([{"id": 1, "text": "about 1.5 million fled"}], unit="kiloperson")
    )
    assert records[0]["unit"] == "person"


def _displaced(words: str, per_person: str, unit: str = "megaperson") -> Dataset:
    said = Source(name="an agency", published="2023-03-01")
    other = Source(name="a ministry", published="2023-03-01")
    millions = Measure(id="millions", label="displaced people, in millions", unit=unit)
    people = Measure(id="people", label="the same people, counted", unit="person")
    return Dataset(
        measures=[millions, people],
        figures=[
            Figure(id="in-millions", measure=millions, value=words, source=said),
            Figure(id="in-people", measure=people, value=per_person, source=other),
        ],
        relations=[Relation.sum(people, [millions])],
    )


@pytest.mark.parametrize("unit", ["megaperson", "kiloperson", "1000 * person"])
@pytest.mark.parametrize("reading", READINGS)
def test_scaled_words_agree_with_the_count_in_people(unit: str, reading: Reading) -> None:
    """ "about 1.5 million" in millions and "1,500,000" in people are one count."""
    report = pwstats.reconcile(_displaced("about 1.5 million", "1,500,000", unit), reading=reading)
    assert report.status == "consistent"
    (people,) = report.findings_for("people")
    (millions,) = report.findings_for("millions")
    assert 1_500_000 in people.bounds
    assert 1_500_000 * factor("person", unit) in millions.bounds


@pytest.mark.parametrize("reading", READINGS)
def test_scaled_words_that_differ_from_the_count_contradict_it(reading: Reading) -> None:
    """The converse: "about 5 million" in millions is no 1,500,000 people."""
    report = pwstats.reconcile(_displaced("about 5 million", "1,500,000"), reading=reading)
    assert report.status == "contradiction"


def test_a_scaled_statement_is_the_same_statement_as_its_number() -> None:
    """ "1.5 million" and 1.5 said by one source on one day on a measure in millions are
    one statement; "1,500,000" there is another (1.5 million megapersons)."""
    m = Measure(id="m", label="refugees, in millions", unit="megaperson")
    said = Source(name="UNHCR", published="2023-01-01")
    reader = Reader(None)
    words = Figure(id="a", measure=m, value="1.5 million", source=said)
    number = Figure(id="b", measure=m, value=Fraction(3, 2), source=said)
    digits = Figure(id="c", measure=m, value="1,500,000", source=said)
    assert reader.statement_key(words, m) == reader.statement_key(number, m)
    assert reader.statement_key(digits, m) != reader.statement_key(number, m)


@pytest.mark.parametrize("unit", UNITS)
@pytest.mark.parametrize(
    "text",
    [
        "1.5 million (95% CI 1.2-1.8 million) fled",
        "An estimated 1.5 million (95% CI: 1.2 to 1.8 million) fled",
        "Those who fled (95% CI 1.2-1.8 million) were many",
        "1.5 million (low 1.2 million, high 1.8 million) fled",
        "1.5 million ± 300,000 fled",
    ],
)
def test_an_estimate_sized_by_a_scale_word_is_the_same_people(text: str, unit: str) -> None:
    """An estimate's interval and best value, in people, do not depend on the unit."""
    (people,) = extract(text)
    (said,) = extract(text, unit=unit)
    assert said.amount.kind == people.amount.kind
    assert in_people(said.amount) == people.amount.interval == Interval.closed(1_200_000, 1_800_000)
    if people.amount.nominal is not None:
        assert said.amount.nominal * factor(said.amount.unit, "person") == people.amount.nominal
