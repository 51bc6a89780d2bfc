"""Tests of pwstats.formulas: CSV cells a spreadsheet would run, escaped and read back."""

from __future__ import annotations

from fractions import Fraction

from hypothesis import example, given
from hypothesis import strategies as st

from pwstats.formulas import FORMULA_STARTS, escape, needs_escape, unescape
from pwstats.interval import format_number

#: Text that starts with what escape looks at: quotes, formula characters, digits.
STARTS = st.text(alphabet="'=+-@\t\r0123456789.,e/x ", max_size=6)


@given(text=st.one_of(st.text(), STARTS.flatmap(lambda s: st.text().map(s.__add__))))
@example(text="'")
@example(text="''=1")
@example(text="-")
@example(text="'-5")
def test_unescape_inverts_escape(text: str) -> None:
    """unescape(escape(text)) is text, for every text."""
    assert unescape(escape(text)) == text


@given(text=st.text())
@example(text='=HYPERLINK("http://x", "y")')
@example(text="-2+3+cmd|' /C calc'!A0")
@example(text="@SUM(1)")
@example(text="\t=1")
def test_escaped_text_is_never_a_formula(text: str) -> None:
    """An escaped cell starts with no formula character, unless it is a number."""
    cell = escape(text)
    assert cell[:1] not in FORMULA_STARTS or (cell == text and not needs_escape(text))


@given(
    number=st.one_of(
        st.integers(),
        st.fractions(),
        st.decimals(allow_nan=False, allow_infinity=False).map(Fraction),
        st.sampled_from([float("inf"), float("-inf")]),
    )
)
def test_numbers_stay_numbers(number: int | Fraction | float) -> None:
    """A number as pwstats writes it (-5, -1/3, -2.5, -inf) is never escaped."""
    text = format_number(number)
    assert escape(text) == text
    assert escape(f"{number:,}" if isinstance(number, int) else text) == (
        f"{number:,}" if isinstance(number, int) else text
    )
