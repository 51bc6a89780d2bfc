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
from pwstats import Dataset, Figure, Interval, Measure, ParseError, PwstatsError, limits
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


def _number_read(fmt: str, token: str, *, text: bool) -> tuple[str, object]:
    """What a figure's ``number`` written as ``token`` reads to in a data file (``text``:
    as a string; else as the format's bare float), or in a frame's text cell: ``("ok",
    number)``, or ``("refused", why)`` with why "too large", "too fine" or the message."""
    header = "id,measure,number,as_of,measure_label,measure_unit,measure_nonnegative\n"
    measure = '"id": "m", "label": "m", "unit": "dimensionless", "nonnegative": false'
    written = f'"{token}"' if text else token
    try:
        if fmt == "toml":
            data = pio.loads(
                '[[measures]]\nid = "m"\nlabel = "m"\nunit = "dimensionless"\n'
                'nonnegative = false\n[[figures]]\nid = "f"\nmeasure = "m"\n'
                f'number = {written}\nas_of = "2024"\n',
                format="toml",
            )
        elif fmt == "json":
            data = pio.loads(
                f'{{"measures": [{{{measure}}}], "figures": [{{"id": "f", "measure": "m",'
                f' "number": {written}, "as_of": "2024"}}]}}',
                format="json",
            )
        elif fmt == "csv":
            data = pio.loads(f"{header}f,m,{token},2024,m,dimensionless,false\n", format="csv")
        else:
            pd = pytest.importorskip("pandas")
            frame = pd.DataFrame(
                [
                    dict(
                        zip(
                            header.strip().split(","),
                            ["f", "m", token, "2024", "m", "dimensionless", "false"],
                            strict=True,
                        )
                    )
                ]
            )
            data = pwstats.from_frame(frame)
    except DatasetErrors as caught:
        (problem,) = caught.exceptions
        message = str(problem)
        for why in ("too large", "too fine"):
            if why in message:
                return "refused", why
        return "refused", message
    return "ok", data.figures[0].value


#: Decimal text with an exponent, as TOML and JSON write a float: no leading zeros, and a
#: sign only before the mantissa's minus (JSON has no '+').
_EXPONENT_TEXT = st.builds(
    lambda sign, whole, places, e, esign, exponent: (
        f"{sign}{whole}{'.' + places if places else ''}{e}{esign}{exponent}"
    ),
    st.sampled_from(["", "-"]),
    st.one_of(st.just("0"), st.integers(1, 10**30).map(str)),
    st.one_of(st.just(""), st.text("0123456789", min_size=1, max_size=12)),
    st.sampled_from(["e", "E"]),
    st.sampled_from(["", "+", "-"]),
    st.one_of(st.integers(0, 1100), st.just(10**20), st.just(999999999)),
)


@given(_EXPONENT_TEXT)
def test_number_text_with_an_exponent_reads_as_the_float_of_the_same_characters(
    token: str,
) -> None:
    """ "1e299" as text in TOML, JSON, CSV and a frame's text cell reads exactly as the bare
    TOML and JSON float 1e299 does, and what the limit refuses is refused alike (it was
    'expected a number' for the text only)."""
    expected = _number_read("toml", token, text=False)
    assert _number_read("json", token, text=False) == expected
    for fmt in ("toml", "json", "csv", "frame"):
        assert _number_read(fmt, token, text=True) == expected, fmt
    if expected[0] == "ok":
        assert expected[1] == Fraction(limits.decimal(token))


def test_number_text_in_scientific_notation_is_taken_within_the_limit() -> None:
    """low = "1e299" with best = 2e299: the text and the float are the same kind of number."""
    assert _number_read("toml", "1e299", text=True) == ("ok", 10**299)
    assert _number_read("csv", "2.5E-3", text=True) == ("ok", Fraction(1, 400))
    assert _number_read("toml", "1e400", text=True) == ("refused", "too large")
    assert _number_read("csv", "1e-1001", text=True) == ("refused", "too fine")


def test_a_float_whose_exponent_no_decimal_holds_is_refused_with_its_line() -> None:
    """A TOML or JSON float of exponent 10^20 was a bare decimal.InvalidOperation from load."""
    toml = '[[measures]]\nid = "m"\nlabel = "m"\n[[figures]]\nid = "f"\nmeasure = "m"\n'
    with pytest.raises(DatasetErrors, match=r"x\.toml:7: .*too large") as caught:
        pio.loads(
            toml + 'number = 1e100000000000000000000\nas_of = "2024"\n',
            format="toml",
            name="x.toml",
        )
    assert caught.value.exceptions[0].line == 7
    js = (
        '{"measures": [{"id": "m", "label": "m"}],\n'
        ' "figures": [{"number": 1e-100000000000000000000}]}'
    )
    with pytest.raises(DatasetErrors, match=r"x\.json:2: .*too fine"):
        pio.loads(js, format="json", name="x.json")
