"""Units: dimensions, exact conversion factors, and refusal of unknown or mixed units."""

from __future__ import annotations

import subprocess
import sys
from fractions import Fraction

import pytest

from pwstats import Measure, UnitError, units
from pwstats.units import compatible, counts_people, dimension, factor, is_headcount


@pytest.mark.parametrize("unit", ["person", "persons", "people"])
def test_headcount_spellings_are_one_unit(unit: str) -> None:
    """Every spelling of a person is a headcount, convertible to 'person' by factor 1."""
    assert is_headcount(unit)
    assert factor(unit, "person") == 1


@pytest.mark.parametrize(
    ("unit", "people"),
    [
        ("person", True),
        ("people", True),
        (" persons ", True),
        ("1 * person", True),
        ("kiloperson", False),
        ("megaperson", False),
        ("1000 * person", False),
        ("1e6 * person", False),
        ("percent", False),
        ("day", False),
    ],
)
def test_only_a_unit_of_one_person_counts_people(unit: str, people: bool) -> None:
    """A headcount in thousands or millions is a headcount, but its unit is no single person."""
    assert counts_people(unit) is people
    assert is_headcount(unit) is (people or "person" in unit)


@pytest.mark.parametrize(
    ("unit", "to", "expected"),
    [
        ("percent", "dimensionless", Fraction(1, 100)),
        ("dimensionless", "percent", Fraction(100)),
        ("week", "day", Fraction(7)),
        ("years", "months", Fraction(12)),
    ],
)
def test_known_factors_are_exact(unit: str, to: str, expected: Fraction) -> None:
    """Conversion factors between common units are exact fractions."""
    assert factor(unit, to) == expected


@pytest.mark.parametrize(("a", "b"), [("person", "percent"), ("day", "person"), ("%", "week")])
def test_different_dimensions_do_not_mix(a: str, b: str) -> None:
    """A share is never converted into a headcount, nor a duration into either."""
    assert not compatible(a, b)
    with pytest.raises(UnitError, match=f"cannot convert {a!r}"):
        factor(a, b)


def test_pint_units_are_read_by_pint() -> None:
    """A unit outside the built-in table is looked up in pint's registry."""
    assert dimension("kilometre / hour") == "[length] / [time]"
    assert factor("minute", "second") == 60


def test_a_scaled_unit_converts_by_its_factor() -> None:
    """A unit with a number in it ("1000 * person", a population in thousands) is accepted by
    Measure, so it must convert: pint's Quantity(1, unit) refused it with a bare ValueError."""
    assert factor("1000 * person", "person") == 1000
    assert factor("person", "1000 * person") == Fraction(1, 1000)
    assert factor("kiloperson", "1000 * person") == 1
    assert factor("1e3 * person", "megaperson") == Fraction(1, 1000)


def test_unknown_unit_is_a_unit_error_that_suggests_names() -> None:
    """An unknown unit raises UnitError naming it and suggesting valid names."""
    with pytest.raises(UnitError, match=r"unknown unit 'soldierz'.*'person', 'percent' or 'day'"):
        dimension("soldierz")


def test_unit_must_be_text() -> None:
    """A unit is a str."""
    with pytest.raises(TypeError, match="a unit is a str"):
        dimension(3)


def test_common_units_do_not_load_pint() -> None:
    """Checking headcount and percentage units does not import pint."""
    code = (
        "import sys; from pwstats import units; units.dimension('person');"
        " units.factor('percent', 'share'); print('pint' in sys.modules)"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "False"


@pytest.mark.parametrize("unit", ["inf", "nan", "1e400", "0", "-1", "-person", "0 * person"])
def test_a_unit_of_no_positive_finite_size_is_refused(unit: str) -> None:
    """A unit pint reads as an infinite, zero or negative amount is a UnitError naming it,
    never a scale that turns 5 into 0, -5 or an error deep inside."""
    with pytest.raises(UnitError, match="a unit is a positive, finite amount"):
        dimension(unit)
    with pytest.raises(UnitError):
        Measure(id="m", label="m", unit=unit)


@pytest.mark.parametrize("unit", ["2023-01-01", "2023-01-01 00:00:00", "person 2024-1-1"])
def test_a_date_in_a_unit_column_is_refused(unit: str) -> None:
    """A date where a unit belongs is a UnitError, not arithmetic (2023-01-01 is 2021)."""
    with pytest.raises(UnitError, match="it is a date, not a unit"):
        dimension(unit)


@pytest.mark.parametrize("unit", ["household", "family", "dwelling"])
def test_things_that_hold_people_are_units_of_their_own_kind(unit: str) -> None:
    """A household, a family and a dwelling are units (unit='household' was unknown), each
    whole and non-negative by default, converting to their own multiples and never to or
    from persons or one another."""
    m = Measure(id="m", label="m", unit=unit)
    assert m.whole
    assert m.nonnegative
    assert factor(f"kilo{unit}", unit) == 1000
    assert factor(f"{unit}s" if unit != "family" else "families", unit) == 1
    for other in {"person", "household", "family", "dwelling", "percent"} - {unit}:
        assert not compatible(unit, other)
        with pytest.raises(UnitError, match="cannot convert"):
            factor(unit, other)


def test_a_lot_of_things_is_no_share() -> None:
    """A count kept in lots ("1000") was taken for a share, so a flow in it was refused
    ("'1000' is a share") while parse kept its scaled numbers as a count: a share is a
    fraction of 1 (or named "share"), and a flow may count in lots (review)."""
    assert not units.is_share("1000")
    assert not units.is_share("1000 * dimensionless")
    assert units.is_share("percent")
    assert units.is_share("share")
    Measure(id="m", label="arrivals, in thousands", unit="1000", kind="flow")
    with pytest.raises(ValueError, match="share"):
        Measure(id="s", label="s", unit="percent", kind="flow")
