"""The one number limit (pwstats.limits): where it holds, what it refuses, and that inside
it every exact number round-trips through interval notation and every data-file format."""

from __future__ import annotations

import time
from decimal import Decimal
from fractions import Fraction

import pytest
from hypothesis import given
from hypothesis import strategies as st

import pwstats
from pwstats import Dataset, Figure, Interval, Measure, ParseError, PwstatsError
from pwstats import io as pio
from pwstats.errors import DatasetErrors
from pwstats.limits import MAX_DIGITS, MAX_MAGNITUDE, LimitError, check, check_decimal

FORMATS: tuple[pio.Format, ...] = ("toml", "json", "csv")


def _one_figure(value: object, *, unit: str = "dimensionless") -> Dataset:
    return Dataset(
        measures=[Measure(id="m", label="m", unit=unit, nonnegative=False)],
        figures=[Figure(id="f", measure="m", value=value, as_of="2024")],
    )


#: Exact numbers at the edges of the limit: the largest magnitude, the finest denominator,
#: and a power of two whose decimal form would need more places than the limit allows.
EDGES = [
    MAX_MAGNITUDE,
    -MAX_MAGNITUDE,
    Fraction(1, 10**MAX_DIGITS),
    Fraction(1, 2**3000),  # 904-digit denominator, 3000 decimal places: written as p/q
    Fraction(3, 2**MAX_DIGITS),
    Fraction(MAX_MAGNITUDE, 7),
    Fraction(-(10**300) + 1, 3**600),
]


@pytest.mark.parametrize("x", EDGES, ids=range(len(EDGES)))
def test_numbers_at_the_limit_round_trip_through_every_format(x: Fraction | int) -> None:
    """A number within the limit is written so that every format reads it back exactly."""
    check(x)
    assert Interval.parse(str(Interval.point(x))) == Interval.point(x)
    data = _one_figure(x)
    for fmt in FORMATS:
        assert pio.loads(pio.dumps(data, format=fmt), format=fmt) == data, fmt
    iv_data = _one_figure(Interval.closed_open(min(x, 0), max(x, 0)))
    for fmt in FORMATS:
        assert pio.loads(pio.dumps(iv_data, format=fmt), format=fmt) == iv_data, fmt


@given(
    st.integers(0, MAX_DIGITS * 3).flatmap(
        lambda bits: st.tuples(st.integers(-(10**308), 10**308), st.just(2**bits))
    )
)
def test_fractions_of_any_power_of_two_within_the_limit_round_trip(pq: tuple[int, int]) -> None:
    """p/2**k (decimal places up to 3000) round-trips through interval notation."""
    x = Fraction(*pq)
    if x.denominator > 10**MAX_DIGITS:
        return
    assert Interval.parse(str(Interval.point(x))) == Interval.point(x)


def test_a_fraction_finer_than_the_limit_is_refused_when_loaded() -> None:
    """1/2**5000 used to load and then not round-trip; now it is refused with its field."""
    text = f"id,measure,number,as_of,measure_label\nf,m,1/{2**5000},2024,m\n"
    with pytest.raises(DatasetErrors) as caught:
        pio.loads(text, format="csv", name="fine.csv")
    assert "fine.csv:2: number: the number a fraction is too fine" in str(caught.value)


def test_a_decimal_with_a_huge_exponent_is_refused_at_once() -> None:
    """Interval.point(Decimal('1e999999999')) used to hang expanding 10**999999999."""
    started = time.perf_counter()
    for text in ("1e999999999", "-1e999999999", "1e-999999999", "1.5e309"):
        with pytest.raises(LimitError):
            Interval.point(Decimal(text))
        with pytest.raises(LimitError):
            check_decimal(Decimal(text))
    assert time.perf_counter() - started < 1.0


def test_a_decimal_at_the_limit_is_taken() -> None:
    """Decimals within the limit (1000 places, up to the largest double) are exact."""
    assert Interval.point(Decimal("1e-1000")).lo == Fraction(1, 10**1000)
    assert Interval.point(Decimal("1.7e308")).lo == 17 * 10**307
    assert Interval.point(Decimal("0e999999999")).lo == 0


def test_data_files_refuse_a_huge_exponent_without_expanding_it() -> None:
    """TOML and JSON floats with a huge exponent are refused with their line, quickly."""
    started = time.perf_counter()
    toml = '[[measures]]\nid = "m"\nlabel = "m"\n[[figures]]\nid = "f"\nmeasure = "m"\n'
    for number in ("1e999999999", "1e-999999999"):
        with pytest.raises(DatasetErrors, match=r"figures\.number: the number"):
            pio.loads(toml + f'number = {number}\nas_of = "2024"\n', format="toml")
        js = (
            '{"measures": [{"id": "m", "label": "m"}], "figures": [{"id": "f",'
            f' "measure": "m", "number": {number}, "as_of": "2024"}}]}}'
        )
        with pytest.raises(DatasetErrors, match=r"figures\.number: the number"):
            pio.loads(js, format="json")
    assert time.perf_counter() - started < 2.0


def test_interval_notation_reads_what_str_writes_and_data_files_keep_the_limit() -> None:
    """Interval.parse reads ends beyond the limit (str writes them for totals and products),
    refuses over-long text with its position, and a data file still refuses such an end."""
    assert Interval.parse(f"[0, {10**309}]") == Interval.closed(0, 10**309)
    assert Interval.parse(f"[0, 1/{2**5000}]") == Interval.closed(0, Fraction(1, 2**5000))
    with pytest.raises(ParseError, match="decimal places"):
        Interval.parse("[0, 0." + "0" * 1000 + "1]")
    with pytest.raises(ParseError, match="longer than"):
        Interval.parse("[0, " + "9" * 300_000 + "]")
    toml = '[[measures]]\nid = "m"\nlabel = "m"\n[[figures]]\nid = "f"\nmeasure = "m"\n'
    with pytest.raises(DatasetErrors, match="too large"):
        pio.loads(toml + f'interval = "[0, {10**309}]"\nas_of = "2024"\n', format="toml")
    with pytest.raises(DatasetErrors, match="too large"):  # as the words of a figure, too
        pio.loads(toml + f'value = "[0, {10**309}]"\nas_of = "2024"\n', format="toml")


def test_a_data_set_holds_no_number_a_data_file_could_not() -> None:
    """Dataset(...) refuses a figure beyond the limit, as load does, so dump never fails load."""
    for value in (10**309, Fraction(1, 2**5000), Interval.closed(0, 10**400)):
        with pytest.raises(LimitError):
            _one_figure(value)
    with pytest.raises(LimitError):
        Figure(id="f", measure="m", low=0, high=-(10**309), as_of="2024")


def test_the_limit_error_is_a_pwstats_value_error() -> None:
    """LimitError is caught by ``except PwstatsError`` and ``except ValueError``."""
    assert issubclass(LimitError, PwstatsError)
    assert issubclass(LimitError, ValueError)
    assert pwstats.limits.check(Fraction(1, 3)) == Fraction(1, 3)
