"""numpy scalars are numbers wherever pwstats takes a number, converted exactly; bool_ never."""

from __future__ import annotations

from fractions import Fraction

import pytest
from hypothesis import given
from hypothesis import strategies as st

from pwstats import Figure, Interval, Relation
from pwstats.interval import exact

np = pytest.importorskip("numpy")

INTEGER_TYPES = [np.int8, np.int16, np.int32, np.int64, np.uint8, np.uint16, np.uint32, np.uint64]
FLOAT_TYPES = [np.float16, np.float32, np.float64, np.longdouble]


@pytest.mark.parametrize("kind", INTEGER_TYPES)
def test_numpy_integers_are_python_ints(kind: type) -> None:
    """Every numpy integer type becomes the Python int of the same value."""
    x = exact(kind(100))
    assert type(x) is int
    assert x == 100


def test_the_largest_uint64_is_not_rounded() -> None:
    """uint64's maximum (beyond float precision) keeps every digit."""
    assert exact(np.uint64(2**64 - 1)) == 2**64 - 1


@pytest.mark.parametrize("kind", FLOAT_TYPES)
def test_numpy_floats_convert_to_their_exact_binary_value(kind: type) -> None:
    """A numpy float becomes the Fraction of its exact binary value, at its own precision."""
    value = kind(0.1)
    assert exact(value) == Fraction(*value.as_integer_ratio())
    assert exact(kind(2.5)) == Fraction(5, 2)
    assert type(exact(kind(4.0))) is int


@given(st.floats(allow_nan=False, allow_infinity=False, width=32))
def test_float32_converts_exactly(x: float) -> None:
    """exact(float32(x)) is exactly the float32's value: converting back gives it unchanged."""
    value = np.float32(x)
    assert exact(value) == Fraction(float(value))


@given(st.floats(allow_nan=False, allow_infinity=False))
def test_float64_is_a_float(x: float) -> None:
    """np.float64 converts exactly as the Python float of the same value does."""
    assert exact(np.float64(x)) == exact(x)


def test_numpy_nan_and_infinity() -> None:
    """numpy NaN is refused as Python's is; numpy infinity is an infinite end."""
    with pytest.raises(ValueError, match="NaN"):
        exact(np.float32("nan"))
    assert exact(np.float32("inf")) == float("inf")
    assert Interval.at_least(np.int64(3)).lo == 3


@pytest.mark.parametrize("value", [np.bool_(True), np.bool_(False), True])
def test_booleans_never_become_numbers(value: object) -> None:
    """A boolean, numpy's bool_ included, is refused with a message saying it is a boolean."""
    with pytest.raises(TypeError, match="not a boolean"):
        exact(value)
    with pytest.raises(TypeError, match="not a boolean"):
        Figure(id="f", measure="m", best=value, as_of="2024")


def test_figure_takes_numpy_numbers() -> None:
    """The issue's failure: Figure(best=np.float64(4.0)) works, and equals the int figure."""
    numpy_figure = Figure(
        id="f",
        measure="m",
        low=np.int64(2),
        best=np.float64(4.0),
        high=np.float32(6.5),
        as_of="2024",
    )
    plain = Figure(id="f", measure="m", low=2, best=4, high=Fraction(13, 2), as_of="2024")
    assert numpy_figure == plain
    assert Figure(id="f", measure="m", value=np.uint16(248), as_of="2024").value == 248


@pytest.mark.parametrize("kind", [np.float32, np.float64])
def test_inexact_numpy_floats_are_refused_like_python_floats(kind: type) -> None:
    """0.1 as a numpy float is refused with the decimal it printed as and a suggestion."""
    with pytest.raises(ValueError, match=r'0\.1 is not exactly 0\.1 .*Decimal\("0\.1"\)'):
        Figure(id="f", measure="m", best=kind(0.1), as_of="2024")


def test_relations_take_numpy_numbers() -> None:
    """An offset and a constant share may be numpy numbers."""
    assert Relation.le("a", "b", offset=np.int32(5)).offset == 5
    share = Relation.share("a", "b", np.float64(0.5))
    assert share.measures == ("a", "b")


@pytest.mark.parametrize("x", [np.int64(3), np.uint8(3), np.float32(2.5), np.float64(2.5)])
def test_interval_arithmetic_with_numpy_numbers_on_either_side(x: object) -> None:
    """iv + x, x + iv, iv * x, x * iv and membership give what the Python number gives."""
    iv = Interval.closed(1, 10)
    plain = exact(x)
    assert iv + x == x + iv == iv + plain
    assert iv * x == x * iv == iv * plain
    assert (x in iv) == (plain in iv)
