"""Tests of pwstats.parse: every written form under the literal and pragmatic readings."""

from __future__ import annotations

import math
import time
from fractions import Fraction

import attrs
import pytest
from hypothesis import assume, given, settings
from hypothesis import strategies as st

from pwstats import Interval, ParseError, parse
from pwstats.lexicon import DEFAULT_ENTRIES, Hedge, Lexicon, Vague, Word
from pwstats.parse import MAX_MAGNITUDE, MAX_TEXT, Amount, extract
from pwstats.report import READINGS, Reading
from pwstats.strategies import hedged_phrases, intervals

INF = math.inf
F = Fraction
P = Interval.parse


def readings(text: str, **kw: object) -> tuple[Interval, Interval]:
    """The literal and the pragmatic interval of ``text``."""
    return (
        parse(text, reading="literal", **kw).interval,  # type: ignore[arg-type]
        parse(text, reading="pragmatic", **kw).interval,  # type: ignore[arg-type]
    )


# -- the contract examples ------------------------------------------------------------------

CONTRACT = [
    ("more than 230", "(230, +inf)", "(230, 253]"),
    ("almost 2,600", "[0, 2600)", "[2470, 2600)"),
    ("exactly 230", "[230, 230]", "[230, 230]"),
    ("2,828", "[2828, 2828]", "[2828, 2828]"),
    ("2,600", "[2600, 2600]", "[2550, 2650]"),
    ("hundreds", "[200, 999]", "[200, 999]"),
    ("thousands", "[2000, 9999]", "[2000, 9999]"),
    ("between 200 and 250", "[200, 250]", "[200, 250]"),
    ("10 out of 1,000", "[0.01, 0.01]", "[0.01, 0.01]"),
]


@pytest.mark.parametrize(("text", "literal", "pragmatic"), CONTRACT)
def test_contract_examples(text: str, literal: str, pragmatic: str) -> None:
    """The documented examples read exactly as the design says under both readings."""
    assert readings(text) == (P(literal), P(pragmatic))


def test_amount_fields_of_a_hedged_count() -> None:
    """An Amount keeps the words, the hedge, the number as said, the unit and the kind."""
    a = parse("almost 2,600 military and civilians")
    assert a == Amount(
        Interval.closed_open(2470, 2600),
        "person",
        "almost 2,600 military and civilians",
        "almost",
        2600,
        "pragmatic",
        kind="upper",
    )


def test_vague_words_carry_their_point_code_apart_from_any_nominal() -> None:
    """A vague word says no number: its nominal is None and its ACLED point code (hundreds
    100, dozens 12, below their intervals) is ``code``, so no nominal lies outside its
    interval (the extract table once showed "dozens" nominal 12 beside [24, 119])."""
    assert (parse("hundreds").nominal, parse("hundreds").code) == (None, 100)
    assert (parse("dozens").nominal, parse("dozens").code) == (None, 12)
    assert parse("hundreds").kind == "vague"
    assert parse("2,600").code is None
    assert parse("almost 2,600").code is None


def test_nonnegative_false_leaves_one_sided_hedges_open_below() -> None:
    """For a signed quantity literal 'almost 2,600' is (-inf, 2600); a count starts at 0."""
    assert parse("almost 2,600", reading="literal", nonnegative=False).interval == P("(-inf, 2600)")
    assert parse("almost 2,600", reading="literal").interval == P("[0, 2600)")


# -- every form -------------------------------------------------------------------------------

FORMS = [
    # grouping and decimals
    ("65,000", "[65000, 65000]", "[62500, 67500]"),
    ("65 000", "[65000, 65000]", "[62500, 67500]"),
    ("65\u2009000", "[65000, 65000]", "[62500, 67500]"),
    ("65\u00a0000", "[65000, 65000]", "[62500, 67500]"),
    ("65'000", "[65000, 65000]", "[62500, 67500]"),
    ("1,234,567", "[1234567, 1234567]", "[1234567, 1234567]"),
    ("2.5", "[2.5, 2.5]", "[2.5, 2.5]"),
    ("248", "[248, 248]", "[248, 248]"),
    ("230", "[230, 230]", "[225, 235]"),
    ("50", "[50, 50]", "[50, 50]"),
    # scale words and suffixes
    ("2.6 thousand", "[2600, 2600]", "[2550, 2650]"),
    ("1.2k", "[1200, 1200]", "[1150, 1250]"),
    ("1.5 million", "[1500000, 1500000]", "[1350000, 1650000]"),
    ("3bn", "[3000000000, 3000000000]", "[2700000000, 3300000000]"),
    ("3 bn", "[3000000000, 3000000000]", "[2700000000, 3300000000]"),
    # number words
    ("fifty", "[50, 50]", "[50, 50]"),
    ("fifty-five", "[55, 55]", "[55, 55]"),
    ("a thousand", "[1000, 1000]", "[900, 1100]"),
    ("two hundred and thirty", "[230, 230]", "[225, 235]"),
    ("a dozen", "[12, 12]", "[12, 12]"),
    ("two dozen", "[24, 24]", "[24, 24]"),
    ("one hundred thousand", "[100000, 100000]", "[90000, 110000]"),
    ("half a million", "[500000, 500000]", "[450000, 550000]"),
    ("half a dozen", "[6, 6]", "[6, 6]"),
    ("a half dozen", "[6, 6]", "[6, 6]"),
    ("a quarter million", "[250000, 250000]", "[225000, 275000]"),
    ("three quarters of a million", "[750000, 750000]", "[725000, 775000]"),
    ("one and a half million", "[1500000, 1500000]", "[1350000, 1650000]"),
    ("a third of a million", "[333333, 333334]", "[300000, 366667]"),
    # exact markers
    ("precisely 2,600", "[2600, 2600]", "[2600, 2600]"),
    ("just 22", "[22, 22]", "[22, 22]"),
    ("a total of 230", "[230, 230]", "[230, 230]"),
    # approximators: literal = widest documented tolerance, pragmatic = typical
    ("about 2,600", "[1950, 3250]", "[2340, 2860]"),
    ("around 2,600", "[1950, 3250]", "[2340, 2860]"),
    ("approximately 2,600", "[1950, 3250]", "[2340, 2860]"),
    ("roughly 2,600", "[1950, 3250]", "[2340, 2860]"),
    ("some 3,000", "[2250, 3750]", "[2700, 3300]"),
    ("circa 2,600", "[1950, 3250]", "[2340, 2860]"),
    ("~2,600", "[1950, 3250]", "[2340, 2860]"),
    ("close to 2,600", "[2340, 2860]", "[2470, 2730]"),
    ("nearly 2,600", "[0, 2600)", "[2470, 2600)"),
    ("just under 2,600", "[0, 2600)", "[2548, 2600)"),
    ("230 or so", "[172.5, 287.5]", "[207, 253]"),
    ("some dozen", "[9, 15]", "[10.8, 13.2]"),
    ("about a dozen", "[9, 15]", "[10.8, 13.2]"),
    ("some hundred thousand", "[75000, 125000]", "[90000, 110000]"),
    # lower bounds
    ("over 65,000", "(65000, +inf)", "(65000, 71500]"),
    ("above 230", "(230, +inf)", "(230, 253]"),
    ("in excess of 230", "(230, +inf)", "(230, 253]"),
    ("upwards of 230", "(230, +inf)", "(230, 253]"),
    ("at least 1,200", "[1200, +inf)", "[1200, 1320]"),
    ("no fewer than 230", "[230, +inf)", "[230, 253]"),
    ("no less than 230", "[230, +inf)", "[230, 253]"),
    ("230 or more", "[230, +inf)", "[230, 253]"),
    ("230+", "[230, +inf)", "[230, 253]"),
    ("well over 230", "(230, +inf)", "(230, 260]"),
    ("more than 2,828", "(2828, +inf)", "(2828, 2831]"),
    ("more than 5", "(5, +inf)", "(5, 6]"),
    # upper bounds
    ("fewer than 230", "[0, 230)", "[207, 230)"),
    ("less than 230", "[0, 230)", "[207, 230)"),
    ("under 230", "[0, 230)", "[207, 230)"),
    ("below 230", "[0, 230)", "[207, 230)"),
    ("at most 230", "[0, 230]", "[207, 230]"),
    ("no more than 230", "[0, 230]", "[207, 230]"),
    ("up to 230", "[0, 230]", "[207, 230]"),
    ("230 or fewer", "[0, 230]", "[207, 230]"),
    # ranges
    ("200-250", "[200, 250]", "[200, 250]"),
    ("200–250", "[200, 250]", "[200, 250]"),
    ("from 200 to 250", "[200, 250]", "[200, 250]"),
    ("200 to 250", "[200, 250]", "[200, 250]"),
    ("50 or 100", "[50, 100]", "[50, 100]"),
    ("2-3 million", "[2000000, 3000000]", "[2000000, 3000000]"),
    ("2 million-3 million", "[2000000, 3000000]", "[2000000, 3000000]"),
    # vague quantities
    ("a few", "[2, 9]", "[2, 9]"),
    ("a couple", "[2, 3]", "[2, 3]"),
    ("several", "[3, 9]", "[3, 9]"),
    ("dozens", "[24, 119]", "[24, 119]"),
    ("scores", "[40, 199]", "[40, 199]"),
    ("tens of thousands", "[20000, 99999]", "[20000, 99999]"),
    ("hundreds of thousands", "[200000, 999999]", "[200000, 999999]"),
    ("several hundred", "[300, 999]", "[300, 999]"),
    ("thousands of prisoners", "[2000, 9999]", "[2000, 9999]"),
    # shares, as fractions of 1; a bare percentage reads pragmatically as what rounds to it
    ("95%", "[0.95, 0.95]", "[0.945, 0.955]"),
    ("95 per cent", "[0.95, 0.95]", "[0.945, 0.955]"),
    ("95 percent", "[0.95, 0.95]", "[0.945, 0.955]"),
    ("7.5%", "[0.075, 0.075]", "[0.0745, 0.0755]"),
    ("60%", "[0.6, 0.6]", "[0.595, 0.605]"),
    ("100%", "[1, 1]", "[0.995, 1]"),
    ("10 out of 100", "[0.1, 0.1]", "[0.1, 0.1]"),
    ("one in five", "[0.2, 0.2]", "[0.2, 0.2]"),
    ("a third", "[1/3, 1/3]", "[1/3, 1/3]"),
    ("two thirds", "[2/3, 2/3]", "[2/3, 2/3]"),
    ("half", "[0.5, 0.5]", "[0.5, 0.5]"),
    ("more than half", "(0.5, 1]", "(0.5, 0.55]"),
    ("nearly a third", "[0, 1/3)", "[19/60, 1/3)"),
    ("almost 95%", "[0, 0.95)", "[0.92, 0.95)"),
    ("20-30%", "[0.2, 0.3]", "[0.2, 0.3]"),
    # durations
    ("nearly two years", "[0, 2)", "[1.9, 2)"),
    ("three months", "[3, 3]", "[3, 3]"),
    # interval notation is an exact statement
    ("[2500, 2600)", "[2500, 2600)", "[2500, 2600)"),
    ("(230, +inf)", "(230, +inf)", "(230, +inf)"),
]


@pytest.mark.parametrize(("text", "literal", "pragmatic"), FORMS)
def test_every_form_reads_as_documented(text: str, literal: str, pragmatic: str) -> None:
    """Each written form has the documented literal and pragmatic interval."""
    assert readings(text) == (P(literal), P(pragmatic))


# -- vague quantities counted in units ----------------------------------------------------

VAGUE_IN_UNITS = [
    # "several" is [3, 9], "a few" [2, 9], "a couple (of)" [2, 3]; a count of units is
    # coded at its conservative low end, low × units
    ("several dozen", "[36, 119]", 36),
    ("a few dozen", "[24, 119]", 24),
    ("a couple of dozen", "[24, 47]", 24),
    ("a couple dozen", "[24, 47]", 24),
    ("several hundred", "[300, 999]", 300),
    ("a few hundred", "[200, 999]", 200),
    ("several thousand", "[3000, 9999]", 3000),
    ("a few thousand", "[2000, 9999]", 2000),
    ("several million", "[3000000, 9999999]", 3_000_000),
    ("several hundred thousand", "[300000, 999999]", 300_000),
    ("several hundreds", "[300, 999]", 300),
    ("several thousands", "[3000, 9999]", 3000),
    ("several tens of thousands", "[30000, 99999]", 30_000),
    # "dozens" [24, 119], "tens" [20, 99], "hundreds" [200, 999]
    ("dozens of thousands", "[24000, 119999]", 24_000),
    ("tens of millions", "[20000000, 99999999]", 20_000_000),
    ("hundreds of millions", "[200000000, 999999999]", 200_000_000),
    # rows of their own (ACLED), which the rule reproduces; their cited codes win
    ("tens of thousands", "[20000, 99999]", 10_000),
    ("hundreds of thousands", "[200000, 999999]", 100_000),
]


@pytest.mark.parametrize(("text", "interval", "nominal"), VAGUE_IN_UNITS)
def test_vague_counts_of_units_read_as_documented(text: str, interval: str, nominal: int) -> None:
    """A vague word before scale words reads as its whole-unit count under every reading."""
    for reading in READINGS:
        a = parse(text, reading=reading)
        assert (a.interval, a.code, a.kind, a.hedge) == (P(interval), nominal, "vague", text)
        assert a.nominal is None


def test_several_dozen_is_not_read_as_several() -> None:
    """'several dozen' and 'several hundred thousand' count dozens and hundred-thousands:
    the scale words after a vague word were once dropped ("several dozen" read [3, 10])."""
    assert parse("several dozen").interval == P("[36, 119]")
    assert parse("a few dozen").interval == P("[24, 119]")
    assert parse("several hundred thousand").interval == P("[300000, 999999]")
    assert parse("several million prisoners").interval.lo == 3_000_000


def test_a_count_of_units_is_coded_conservatively_unless_a_row_cites_its_code() -> None:
    """A vague count of units is coded at its low end ('several hundred' 300, not 1000,
    the top of [300, 999]); a phrase with a cited row of its own keeps that row's code
    (ACLED's 'tens of thousands' is 10,000, below its interval)."""
    counted = ("several hundred", "a few dozen", "several dozen", "dozens of thousands")
    assert {text: parse(text).code for text in counted} == {
        "several hundred": 300,
        "a few dozen": 24,
        "several dozen": 36,
        "dozens of thousands": 24_000,
    }
    assert parse("tens of thousands").code == 10_000
    assert parse("hundreds of thousands").code == 100_000


def _word_values(role: str) -> dict[str, int]:
    """The default table's words of ``role`` ("scale", "plural") with their whole values."""
    return {
        e.phrase: int(e.value)
        for e in DEFAULT_ENTRIES
        if isinstance(e, Word) and e.role == role and e.value is not None
    }


SCALE_WORDS = _word_values("scale")
PLURAL_WORDS = _word_values("plural")


@st.composite
def vague_counts_of_units(draw: st.DrawFn) -> tuple[str, str, int]:
    """A vague phrase, that phrase followed by scale words, and the product of their values."""
    vague = draw(st.sampled_from(VAGUE))
    form = draw(st.sampled_from(["scale", "plural", "of plural"]))
    if form == "scale":
        words = draw(st.lists(st.sampled_from(sorted(SCALE_WORDS)), min_size=1, max_size=2))
        # each larger than the last: one word of each value ("lac" and "lakh" are one)
        words = sorted({SCALE_WORDS[w]: w for w in words}.values(), key=SCALE_WORDS.__getitem__)
        return vague, f"{vague} {' '.join(words)}", math.prod(SCALE_WORDS[w] for w in words)
    plural = draw(st.sampled_from(sorted(PLURAL_WORDS)))
    if form == "of plural" and not vague.endswith(" of"):
        return vague, f"{vague} of {plural}", PLURAL_WORDS[plural]
    return vague, f"{vague} {plural}", PLURAL_WORDS[plural]


@given(vague_counts_of_units(), st.integers(-2, 2), st.data(), st.sampled_from(READINGS))
def test_vague_scale_holds_the_numbers_whose_count_of_whole_units_is_vague(
    case: tuple[str, str, int], offset: int, data: st.DataObject, reading: Reading
) -> None:
    """A whole number is in 'VAGUE MULT' exactly when its count of whole MULTs is in VAGUE."""
    vague, text, units = case
    base = parse(vague, reading=reading).interval
    if (base.hi + 1) * units > MAX_MAGNITUDE:  # past the documented limit: an error
        with pytest.raises(ParseError, match="magnitude limit"):
            parse(text, reading=reading)
        return
    counted = parse(text, reading=reading).interval
    count = data.draw(st.sampled_from([base.lo + offset, base.hi + offset]))
    remainder = data.draw(st.integers(0, units - 1))
    assert (count * units + remainder in counted) == (count in base)
    assert counted == Interval.closed(base.lo * units, (base.hi + 1) * units - 1)


def test_a_vague_word_the_lexicon_lacks_is_an_error_not_a_smaller_figure() -> None:
    """'many thousands' is refused naming 'many' (the lexicon gives it no interval)."""
    with pytest.raises(ParseError, match="'many'") as info:
        parse("many thousands")
    assert info.value.position == 0


# -- a whole number and a fraction ---------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "nominal", "like"),
    [
        ("one and a half million people", 1_500_000, "1.5 million"),
        ("two and a half thousand prisoners", 2500, "2.5 thousand"),
        ("one and a half thousand", 1500, "1.5 thousand"),
        ("two and a half million", 2_500_000, "2.5 million"),
        ("1 and a half million", 1_500_000, "1.5 million"),
        ("a million and a half", 1_500_000, "1.5 million"),
        ("two and three quarters million", 2_750_000, "2.75 million"),
        ("a dozen and a half", 18, "18"),
    ],
)
def test_n_and_a_fraction_before_a_scale_is_n_plus_the_fraction_in_that_scale(
    text: str, nominal: int, like: str
) -> None:
    """'one and a half million' is 1,500,000, read as '1.5 million' is under every
    reading; it was read as 'a half million', 500,000."""
    for reading in READINGS:
        a = parse(text, reading=reading)
        assert (a.nominal, a.interval) == (nominal, parse(like, reading=reading).interval)


def test_n_and_a_fraction_without_a_scale_is_their_sum() -> None:
    """'one and a half' is 3/2 and 'two and a half years' 5/2 years; 'two and a half per
    cent' is a share."""
    assert parse("one and a half").interval == Interval.point(F(3, 2))
    years = parse("two and a half years")
    assert (years.interval, years.unit) == (Interval.point(F(5, 2)), "year")
    cent = "two and a half per cent"
    assert parse(cent, reading="literal").interval == Interval.point(F(1, 40))
    # Precise to half a percent: what rounds to it is a quarter of a percent either side.
    assert parse(cent).interval == Interval.closed(F(9, 400), F(11, 400))


@pytest.mark.parametrize("text", ["2.5 and a half million", "two million and a half million"])
def test_a_fraction_that_cannot_join_the_number_before_and_is_refused(text: str) -> None:
    """A fraction after 'and' that cannot join the number before it is an error at the
    'and', never the count 'a half million' nor the number before it alone."""
    with pytest.raises(ParseError, match="fraction after 'and'") as info:
        parse(text)
    assert info.value.position == text.index(" and ") + 1


def test_between_keeps_and_as_the_joiner_of_its_ends() -> None:
    """'between 200 and a quarter million' is a range; 'between one and a half million and
    two million' one whose lower end is one and a half million."""
    assert parse("between 200 and a quarter million").interval == P("[200, 250000]")
    assert parse("between one and a half million and two million").interval == P(
        "[1500000, 2000000]"
    )


# -- a fraction of a scale that is no whole number -------------------------------------------


def test_a_third_of_a_million_reads_as_whole_numbers_with_a_halo() -> None:
    """'a third of a million' (1000000/3) is literally the two whole numbers nearest it and
    pragmatically vaguer than '330,000'; it was the exact point 1000000/3, which holds no
    whole number."""
    literal, pragmatic = readings("a third of a million")
    assert literal == P("[333333, 333334]")
    assert pragmatic.contains(parse("330,000").interval)
    assert pragmatic != parse("330,000").interval
    assert parse("a third of a million").nominal == F(1_000_000, 3)
    for reading in READINGS:
        assert not parse("a third of a million", reading=reading).interval.integral().is_empty


def test_a_whole_fraction_of_a_scale_stays_exact() -> None:
    """'a quarter million' is 250,000, literally exactly that."""
    assert parse("a quarter million", reading="literal").interval == Interval.point(250_000)


def test_a_third_of_a_million_people_is_no_conflict() -> None:
    """One figure 'a third of a million' on a headcount measure reconciles without conflict
    under every reading (it once read empty: a contradiction on its own)."""
    from pwstats import Dataset, Figure, Measure, reconcile

    d = Dataset(
        measures=[Measure(id="m", label="people")],
        figures=[Figure(id="f", measure="m", value="a third of a million", as_of="2024")],
    )
    for reading in READINGS:
        finding = reconcile(d, reading=reading).findings[0]
        assert finding.conflicts == ()
        assert finding.readings["f"].integral() == finding.readings["f"]


#: Fraction words and their values, and the words that may join them to what they are of.
FRACTION_WORDS = {
    "half": F(1, 2),
    "a half": F(1, 2),
    "a quarter": F(1, 4),
    "three quarters": F(3, 4),
}
PERCENT_WORDS = {
    "percent": F(1, 100),
    "per cent": F(1, 100),
    "pct": F(1, 100),
    "per mille": F(1, 1000),
}


@given(
    st.sampled_from(sorted(FRACTION_WORDS)),
    st.sampled_from(["", "a ", "of a "]),
    st.sampled_from(sorted(PERCENT_WORDS)),
    st.sampled_from(READINGS),
)
def test_a_fraction_of_a_percent_was_read_as_the_fraction(
    fraction: str, link: str, percent: str, reading: Reading
) -> None:
    """'half a percent' is 0.005 and 'a quarter of a per cent' 0.0025: the fraction of the
    percent, under every reading (they read as 0.5 and 0.25, a half and a quarter)."""
    text = f"{fraction} {link}{percent}"
    a = parse(text, reading=reading)
    value = FRACTION_WORDS[fraction] * PERCENT_WORDS[percent]
    assert (a.unit, a.nominal, a.interval) == ("dimensionless", value, Interval.point(value))
    (m,) = extract(f"Only {text} of the detainees were charged.", reading=reading)
    assert m.amount.interval == Interval.point(value)
    assert parse("1/3%", reading=reading).nominal == F(1, 300)  # a third of a percent


@given(
    st.integers(min_value=0, max_value=99),
    st.sampled_from([("½", F(1, 2)), ("¼", F(1, 4)), ("¾", F(3, 4))]),
    st.sampled_from([("%", F(1, 100)), (" per cent", F(1, 100)), ("‰", F(1, 1000))]),
)
def test_a_number_with_a_fraction_sign_before_a_percent_was_a_count(
    n: int, vulgar: tuple[str, Fraction], percent: tuple[str, Fraction]
) -> None:
    """'2½%' is the share 0.025 (it was 2.5 persons), and '2½‰' 0.0025."""
    (sign, frac), (word, per) = vulgar, percent
    a = parse(f"{n}{sign}{word}", reading="literal")
    assert (a.unit, a.interval) == ("dimensionless", Interval.point((n + frac) * per))


@given(st.integers(min_value=1, max_value=9999))
def test_a_per_mille_sign_was_read_as_a_count(n: int) -> None:
    """'3‰' is three thousandths, as '0.3%' is (it was 3 persons), under every reading;
    '‱' is per ten thousand."""
    tenths = f"{n // 10}.{n % 10}%" if n % 10 else f"{n // 10}%"
    for reading in READINGS:
        a = parse(f"{n}‰", reading=reading)
        assert (a.unit, a.nominal) == ("dimensionless", F(n, 1000))
        assert a.interval == parse(tenths, reading=reading).interval
    assert parse(f"{n}‱", reading="literal").interval == Interval.point(F(n, 10000))
    (m,) = extract(f"Of the voters, {n}‰ abstained.")
    assert (m.amount.unit, m.amount.nominal) == ("dimensionless", F(n, 1000))


@given(
    st.sampled_from(sorted(FRACTION_WORDS)),
    st.sampled_from(["a", "of a"]),
    st.sampled_from(["dozen", "hundred", "thousand", "million"]),
)
def test_a_hyphenated_fraction_of_a_scale_was_read_as_a_share(
    fraction: str, link: str, scale: str
) -> None:
    """'half-a-million' reads as 'half a million' (500,000) and 'half-a-dozen' as 'half a
    dozen' (6) under every reading; they read as the share 0.5."""
    spaced = f"{fraction} {link} {scale}"
    head, _, last = fraction.rpartition(" ")
    hyphened = f"{head} " * bool(head) + "-".join([last, *link.split(), scale])
    for reading in READINGS:
        assert parse(hyphened, reading=reading) == attrs.evolve(
            parse(spaced, reading=reading), text=hyphened
        )
    (m,) = extract(f"Nearly {hyphened} people fled in a week.")
    assert m.amount.nominal == FRACTION_WORDS[fraction] * {"dozen": 12, "hundred": 100}.get(
        scale, 1000 if scale == "thousand" else 10**6
    )


@given(
    st.sampled_from(["1", "15", "2.5", "two", "fifteen"]),
    st.sampled_from(
        [
            *(("lakhs", "lakh"), ("lac", "lakh"), ("lacs", "lakh"), ("crores", "crore")),
            *(("millions", "million"), ("thousands", "thousand")),
            *(("Mrd", "bn"), ("Mrd.", "bn"), ("tys.", "thousand")),
        ]
    ),
    st.sampled_from(["", "about ", "over ", "nearly "]),
    st.sampled_from(READINGS),
)
def test_a_scale_word_pwstats_did_not_know_was_dropped_from_the_number(
    number: str, spelling: tuple[str, str], hedge: str, reading: Reading
) -> None:
    """'15 lac', '15 lakhs', '2 crores', '15 Mrd' and '15 tys.' read as '15 lakh', '2 crore',
    '15 bn' and '15 thousand' do ('15 lac' was 15, '15 lakhs' refused), under every
    reading, in parse and in prose."""
    word, known = spelling
    assume(number[0].isdigit() or (known != "bn" and word != "tys."))  # "two Mrd": a suffix
    text, like = f"{hedge}{number} {word}", f"{hedge}{number} {known}"
    assert parse(text, reading=reading).interval == parse(like, reading=reading).interval
    (m,) = extract(f"Officials said {text} people were evacuated.", reading=reading)
    assert m.amount.interval == parse(like, reading=reading).interval


@pytest.mark.parametrize("word", ["thou", "mill"])
def test_a_word_that_may_be_a_scale_was_dropped_from_the_number(word: str) -> None:
    """'15 thou' (a thousand, or thousandths of an inch?) and '15 mill' (a million, or '3
    mill workers'?) are refused by parse and unread in prose; they were 15."""
    with pytest.raises(ParseError, match=word):
        parse(f"15 {word}")
    (m,) = extract(f"Some 15 {word} people were evacuated.")
    assert (m.unread, m.amount.interval) == (word, Interval.at_least(0))


# -- inverted ranges ---------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "low", "high", "position"),
    [
        ("1,400-1,200", "1,400", "1,200", 0),
        ("1,400–1,200", "1,400", "1,200", 0),
        ("1,400 to 1,200 prisoners", "1,400", "1,200", 0),
        ("between 1,400 and 1,200", "1,400", "1,200", 8),
        ("from 1,400 to 1,200", "1,400", "1,200", 5),
        ("3 million-2 million", "3 million", "2 million", 0),
        ("3-2 million", "3, read as 3 million like its upper end,", "2 million", 0),
        ("2.5-2 million", "2.5, read as 2.5 million like its upper end,", "2 million", 0),
        ("500-2 million", "500, read as 500 million like its upper end,", "2 million", 0),
        ("between 3 and 2 million", "3, read as 3 million like its upper end,", "2 million", 8),
        (
            "three to two million",
            "three, read as three million like its upper end,",
            "two million",
            0,
        ),
        ("30-20%", "30", "20%", 0),
        ("“1,400-1,200”", "1,400", "1,200", 1),
    ],
)
def test_an_inverted_range_is_an_error_that_says_so(
    text: str, low: str, high: str, position: int
) -> None:
    """A range whose first end is above its second is refused as inverted, at its lower end;
    it was once reported as 'two figures' or read as its first number alone."""
    with pytest.raises(ParseError, match="inverted range") as info:
        parse(text)
    assert f"lower end {low} is above its upper end {high}" in str(info.value)
    assert "figure's value" in str(info.value)
    assert info.value.position == position


@pytest.mark.parametrize(
    ("text", "interval"),
    [
        ("1-2 million", "[1000000, 2000000]"),
        ("1.5-2 million", "[1500000, 2000000]"),
        ("500,000-2 million", "[500000, 2000000]"),
        ("2-3 million", "[2000000, 3000000]"),
        ("one to two million", "[1000000, 2000000]"),
        ("fifty to sixty thousand", "[50000, 60000]"),
        ("one and a half to two million", "[1500000, 2000000]"),
        ("between one and a half and two million", "[1500000, 2000000]"),
        ("a dozen to two million", "[12, 2000000]"),
        ("200 to a quarter million", "[200, 250000]"),
    ],
)
def test_a_lower_end_without_a_scale_shares_the_upper_ends_when_that_fits(
    text: str, interval: str
) -> None:
    """'1.5-2 million' and 'one and a half to two million' are 1.5 to 2 million (the words
    were read as 1.5 to 2,000,000); a lower end that is a whole number of its own
    ('500,000': no number said before a scale word reaches a thousand) or that names a
    scale ('a dozen') keeps its value, and so does any before an upper end led by 'a'."""
    assert parse(text).interval == P(interval)


def test_a_year_or_date_after_a_joiner_is_not_an_inverted_range() -> None:
    """'3,000 to 2023' and '230 to 7 August' name a time, so they are not refused as ranges."""
    assert parse("3,000 to 2023").nominal == 3000
    assert parse("230 to 7 August").nominal == 230


@pytest.mark.parametrize(
    ("text", "literal", "pragmatic"),
    [
        ("about 99%", "[0.7425, 1]", "[0.96, 1]"),
        ("more than 99%", "(0.99, 1]", "(0.99, 1]"),
        ("about 100%", "[0.75, 1]", "[0.9, 1]"),
        ("nearly 100%", "[0, 1)", "[0.95, 1)"),
        ("up to 100 per cent", "[0, 1]", "[0.5, 1]"),
        ("about 99 out of 100", "[0.7425, 1]", "[0.891, 1]"),
    ],
)
def test_share_readings_past_100_percent(text: str, literal: str, pragmatic: str) -> None:
    """A share of a whole of at most 100% never reads above 1 ("about 99%" is [0.96, 1])."""
    assert readings(text) == (P(literal), P(pragmatic))


@given(
    hedge=st.sampled_from(
        sorted(
            {e.phrase for e in DEFAULT_ENTRIES if isinstance(e, Hedge) and e.position == "before"}
        )
    ),
    pct=st.integers(0, 99),
    word=st.sampled_from(["%", " per cent", " percent"]),
    reading=st.sampled_from(READINGS),
)
def test_share_readings_never_exceed_the_whole(
    hedge: str, pct: int, word: str, reading: Reading
) -> None:
    """Every reading of a hedged percentage below 100 stays within [0, 1]."""
    try:
        iv = parse(f"{hedge} {pct}{word}", reading=reading).interval
    except ParseError:  # "less than 0%" admits no value
        return
    assert Interval.closed(0, 1).contains(iv)


def test_a_percentage_above_100_is_a_ratio_and_keeps_its_readings() -> None:
    """Only a share of at most 100% is capped: "about 150%" and "more than 100%" exceed 1."""
    assert readings("about 150%") == (P("[1.125, 1.875]"), P("[1.35, 1.65]"))
    assert readings("more than 100%") == (P("(1, +inf)"), P("(1, 1.5]"))


@pytest.mark.parametrize(
    ("text", "literal", "pragmatic"),
    [
        ("about 0.3", "[0.225, 0.375]", "[0.27, 0.33]"),
        ("more than 0.5", "(0.5, +inf)", "(0.5, 0.55]"),
        ("under 0.3", "[0, 0.3)", "[0.25, 0.3)"),
        ("about 2.5", "[1.875, 3.125]", "[2.25, 2.75]"),
        ("more than 5", "(5, +inf)", "(5, 6]"),
    ],
)
def test_decimal_is_not_given_the_headcount_floor(text: str, literal: str, pragmatic: str) -> None:
    """The tolerance floor of 1 applies to whole numbers only: "about 0.3" is not [0, 1.3]."""
    assert readings(text) == (P(literal), P(pragmatic))


@pytest.mark.parametrize(
    ("text", "literal", "pragmatic"),
    [
        ("almost 1,000", "[0, 1000)", "[950, 1000)"),
        ("nearly 10,000", "[0, 10000)", "[9500, 10000)"),
        ("about 100", "[75, 125]", "[90, 110]"),
        ("close to 100", "[90, 110]", "[95, 105]"),
    ],
)
def test_one_significant_digit_hedge_reads_a_narrow_tolerance(
    text: str, literal: str, pragmatic: str
) -> None:
    """A one-digit round number's pragmatic tolerance is a share of it, not half its unit,
    and an approximator's literal reading stays wider than its pragmatic one."""
    assert readings(text) == (P(literal), P(pragmatic))


@pytest.mark.parametrize(
    ("text", "unit"),
    [
        ("95%", "dimensionless"),
        ("10 out of 1,000", "dimensionless"),
        ("more than half", "dimensionless"),
        ("nearly two years", "year"),
        ("three months", "month"),
        ("22 days", "day"),
        ("2,828 defenders", "person"),
        ("hundreds", "person"),
    ],
)
def test_units(text: str, unit: str) -> None:
    """Counts are in persons, shares dimensionless fractions of 1, durations in a time unit."""
    assert parse(text).unit == unit


@pytest.mark.parametrize(
    "text",
    ["30", "about 0.3", "2,600", "hundreds", "between 20 and 30", "20-30", "[25, 35)", "-5", "2/3"],
)
def test_a_number_naming_no_unit_takes_the_given_unit(text: str) -> None:
    """A number whose text names no unit is in ``unit``: "30" with unit="percent" is 30 percent
    (a number sized by a scale word, "hundreds", is no share: in days here)."""
    signed = text.startswith("-")  # a negative number is refused for a non-negative quantity
    unit = "day" if text == "hundreds" else "percent"
    assert parse(text, unit=unit, nonnegative=not signed).unit == unit
    assert parse(text, nonnegative=not signed).unit == "person"


@pytest.mark.parametrize(
    ("text", "unit"),
    [
        ("95%", "dimensionless"),
        ("about 30 per cent", "dimensionless"),
        ("20-30%", "dimensionless"),
        ("one in five", "dimensionless"),
        ("a third", "dimensionless"),
        ("nearly two years", "year"),
        ("22 days", "day"),
    ],
)
def test_shares_and_durations_keep_their_unit_whatever_unit_is(text: str, unit: str) -> None:
    """A share stays dimensionless and a duration keeps its time unit under any ``unit``."""
    assert parse(text, unit="percent").unit == unit
    assert parse(text, unit="day").unit == unit


def test_unit_must_be_a_str() -> None:
    """A non-str unit is a TypeError naming the option."""
    with pytest.raises(TypeError, match="unit must be a str"):
        parse("30", unit=None)  # type: ignore[arg-type]
    with pytest.raises(TypeError, match="unit"):
        extract("30 people", unit=1)  # type: ignore[arg-type]


def test_a_dimensionless_measure_reads_its_numbers() -> None:
    """A measure's unit may be "" (dimensionless, as pint reads it): parse takes it as is,
    and a data set with such a measure loads and reconciles (a fuzz-found regression)."""
    from pwstats import Dataset, Figure, Measure, reconcile
    from pwstats.io import dumps, loads

    assert parse("30", unit="").unit == ""
    d = Dataset(
        measures=[Measure(id="m", label="m", unit="")],
        figures=[
            Figure(id="a", measure="m", value="almost 2,600", as_of="2024"),
            Figure(id="b", measure="m", value="30%", as_of="2024"),
        ],
    )
    for fmt in ("toml", "json", "csv"):
        assert loads(dumps(d, format=fmt), format=fmt) == d
    finding = reconcile(d).findings[0]
    assert str(finding.readings["b"]) == "[0.295, 0.305]"


def test_extract_gives_unitless_mentions_the_given_unit() -> None:
    """extract's ``unit`` is parse's: numbers naming no unit take it, shares do not."""
    mentions = extract("30 of them, about 40% of all", unit="percent")
    assert [(m.text, m.amount.unit) for m in mentions] == [
        ("30", "percent"),
        ("about 40%", "dimensionless"),
    ]


@pytest.mark.parametrize(
    ("text", "hedge", "nominal", "kind"),
    [
        ("more than 230", "more than", 230, "lower"),
        ("230 or more", "or more", 230, "lower"),
        ("Nearly 2,600", "nearly", 2600, "upper"),
        ("some 3,000", "some", 3000, "approximate"),
        ("exactly 230", "exactly", 230, "exact"),
        ("2,828", None, 2828, "bare"),
        ("95%", None, F(19, 20), "bare"),
        ("between 200 and 250", "between", None, "range"),
        ("[2500, 2600)", None, None, "interval"),
        ("tens of thousands", "tens of thousands", None, "vague"),
        ("more\nthan 100", "more than", 100, "lower"),
    ],
)
def test_hedge_nominal_and_kind(text: str, hedge: str | None, nominal: object, kind: str) -> None:
    """The hedge is normalised to lower case, the nominal is the number as said."""
    a = parse(text)
    assert (a.hedge, a.nominal, a.kind) == (hedge, nominal, kind)


def test_trailing_words_are_ignored() -> None:
    """Nouns after a figure do not change it."""
    assert parse("230 prisoners of war").interval == parse("230").interval
    assert parse("exactly 230 Ukrainian soldiers").interval == P("[230, 230]")


def test_figure_statement_notation_reads_back() -> None:
    """The forms Figure.statement writes (signs, p/q, '?', best) read as what they state."""
    assert parse("200–250 (best 230)").interval == P("[200, 250]")
    assert parse("200–250 (best 230)").nominal == 230
    assert parse("?–250").interval == P("(-inf, 250]")
    assert parse("200–?").interval == P("[200, +inf)")
    assert parse("2/3").interval == P("[2/3, 2/3]")
    assert parse("-5", nonnegative=False).interval == P("[-5, -5]")


# -- locales ---------------------------------------------------------------------------------


def test_locale_decides_what_a_dot_means() -> None:
    """'2.600' is 2.6 in English and 2600 in continental notation, never silently mixed."""
    assert parse("2.600").nominal == F(13, 5)
    assert parse("2.600", locale="eu").nominal == 2600
    assert parse("2,5 million", locale="eu").nominal == 2_500_000
    assert parse("65 000", locale="eu").nominal == 65000


def test_a_decimal_comma_under_en_is_an_error_that_names_the_locale() -> None:
    """'1,5' under locale 'en' is refused with a hint to pass locale='eu'."""
    with pytest.raises(ParseError, match="locale='eu'") as info:
        parse("1,5")
    assert info.value.position == 1


def test_an_unknown_locale_is_refused() -> None:
    """Only the documented locales are accepted."""
    with pytest.raises(ValueError, match="locale"):
        parse("230", locale="fr")  # type: ignore[arg-type]


# -- bad input -------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "message", "position"),
    [
        ("", "empty", 0),
        ("almost", "must be followed by a number", 6),
        ("returned almost 2,600", "before the figure", 0),
        ("3,000 soldiers and 28,000 civilians", "'3,000' and '28,000'", 19),
        ("Su-25", "name", 3),
        ("3 January 2024", "date", 0),
        ("less than 0", "admits no value", 0),
        ("[3, 1]", "above upper end", 1),
        ("nothing here", "expected a figure", 0),
        ("9" * 40, "more than 30 digits", 0),
    ],
)
def test_bad_text_is_a_located_parse_error(text: str, message: str, position: int) -> None:
    """Unreadable text raises ParseError saying what was wrong and where."""
    with pytest.raises(ParseError, match=message) as info:
        parse(text)
    assert info.value.text == text
    assert info.value.position == position


def test_non_str_is_a_type_error() -> None:
    """parse takes text only."""
    with pytest.raises(TypeError, match="str"):
        parse(2600)  # type: ignore[arg-type]


def test_an_unknown_reading_is_refused() -> None:
    """The reading is one of the three documented names."""
    with pytest.raises(ValueError, match="reading"):
        parse("230", reading="generous")  # type: ignore[arg-type]


def test_long_text_returns_at_once() -> None:
    """A 100,000-character input is answered in well under a second."""
    text = "almost 2,600 " + "and 1, " * 14_000
    start = time.process_time()
    with pytest.raises(ParseError, match="too long"):
        parse(text)
    just_short = "almost 2,600 " + "a " * ((MAX_TEXT - 20) // 2)
    assert parse(just_short).nominal == 2600
    assert time.process_time() - start < 1


# -- properties ------------------------------------------------------------------------------

PHRASE_HEDGES = sorted(
    {e.phrase for e in DEFAULT_ENTRIES if isinstance(e, Hedge) and e.position == "before"}
)
AFTER_HEDGES = sorted(
    {e.phrase for e in DEFAULT_ENTRIES if isinstance(e, Hedge) and e.position == "after"}
)
VAGUE = sorted({e.phrase for e in DEFAULT_ENTRIES if isinstance(e, Vague)})


@st.composite
def numbers_as_written(draw: st.DrawFn) -> str:
    n = draw(st.integers(0, 10**7))
    style = draw(st.sampled_from(["plain", "comma", "space", "percent", "decimal", "scale"]))
    if style == "comma":
        return f"{n:,}"
    if style == "space":
        return f"{n:,}".replace(",", " ")
    if style == "percent":
        return f"{n % 101}%"
    if style == "decimal":
        return f"{n // 100}.{n % 100:02d}"
    if style == "scale":
        return f"{n % 1000 / 10:g} {draw(st.sampled_from(['thousand', 'million']))}"
    return str(n)


@st.composite
def phrases(draw: st.DrawFn) -> str:
    number = draw(numbers_as_written())
    form = draw(st.sampled_from(["bare", "before", "after", "vague", "range"]))
    if form in ("before", "after"):
        # "almost 0" admits no value of a non-negative quantity: parse refuses it, rightly.
        assume(any(c in "123456789" for c in number))
    if form == "before":
        return f"{draw(st.sampled_from(PHRASE_HEDGES))} {number}"
    if form == "after":
        hedge = draw(st.sampled_from(AFTER_HEDGES))
        glue = "" if not hedge[0].isalpha() else " "
        return f"{number}{glue}{hedge}"
    if form == "vague":
        return draw(st.sampled_from(VAGUE))
    if form == "range":
        a, b = sorted((draw(st.integers(0, 10**6)), draw(st.integers(0, 10**6))))
        # "between 8 and 10,000" may be 8,000 to 10,000: parse refuses it as ambiguous
        assume(not (0 < a < 1000 <= b and a <= int(f"{b:,}".split(",")[0]) and a * 1000 < b))
        return draw(st.sampled_from([f"between {a:,} and {b:,}", f"{a}-{b}", f"{a} to {b}"]))
    return number


@given(phrases(), st.booleans())
def test_lenient_contains_literal_and_pragmatic(text: str, nonnegative: bool) -> None:
    """For every phrase, the lenient reading is the hull of the literal and pragmatic ones."""
    literal = parse(text, reading="literal", nonnegative=nonnegative)
    pragmatic = parse(text, reading="pragmatic", nonnegative=nonnegative)
    lenient = parse(text, reading="lenient", nonnegative=nonnegative)
    assert lenient.interval.contains(literal.interval)
    assert lenient.interval.contains(pragmatic.interval)
    assert lenient.interval == literal.interval.hull(pragmatic.interval)


@given(phrases())
def test_literal_contains_pragmatic_except_bare_numbers(text: str) -> None:
    """A hedge's literal reading contains its pragmatic one; only bare numbers have a halo."""
    literal = parse(text, reading="literal")
    pragmatic = parse(text, reading="pragmatic")
    if literal.kind == "bare":
        assert pragmatic.interval.contains(literal.interval)
    else:
        assert literal.interval.contains(pragmatic.interval)


@given(phrases(), st.sampled_from(READINGS), st.booleans())
def test_interval_notation_of_a_reading_parses_back(
    text: str, reading: Reading, nonnegative: bool
) -> None:
    """parse(str(amount.interval)) gives the same interval back: notation is exact."""
    iv = parse(text, reading=reading, nonnegative=nonnegative).interval
    assert parse(str(iv), reading=reading).interval == iv


@given(intervals(), st.sampled_from(READINGS))
def test_any_printed_interval_parses_back(iv: Interval, reading: Reading) -> None:
    """Every non-empty interval's notation reads back as itself under every reading."""
    assert parse(str(iv), reading=reading).interval == iv


@given(hedged_phrases(reading="literal"))
def test_phrases_with_a_documented_literal_meaning(pair: tuple[str, Interval]) -> None:
    """The strategies' documented literal meanings agree with parse."""
    text, expected = pair
    assert parse(text, reading="literal").interval == expected


_WORDS = (
    "1 2,600 95 % - – to or between and out of in a half thousand k . , 2023 August 7th Su"
    " ( ) [ ] ? + ~ best 200–250 5/2 -5 (230, +inf)"
)


def _outcome(text: str, **kw: object) -> Amount | ParseError:
    """parse's answer: an Amount, or the ParseError it raised (any other error propagates)."""
    try:
        return parse(text, **kw)  # type: ignore[arg-type]
    except ParseError as exc:
        return exc


@settings(max_examples=200)
@given(st.text(), st.sampled_from(READINGS), st.sampled_from(["en", "eu"]), st.booleans())
def test_arbitrary_text_gives_an_amount_or_a_parse_error(
    text: str, reading: Reading, locale: str, nonnegative: bool
) -> None:
    """No text makes parse raise anything but ParseError; errors are located inside the text."""
    got = _outcome(text, reading=reading, locale=locale, nonnegative=nonnegative)
    if isinstance(got, ParseError):
        assert got.text == text
        assert got.position is None or 0 <= got.position <= len(text)
    else:
        assert not got.interval.is_empty


@settings(max_examples=200)
@given(
    st.lists(st.sampled_from([*PHRASE_HEDGES, *VAGUE, *_WORDS.split()]), max_size=8).map(" ".join),
    st.sampled_from(READINGS),
)
def test_figure_like_text_gives_an_amount_or_a_parse_error(text: str, reading: Reading) -> None:
    """Text built from the lexicon's own words never breaks parse with another exception."""
    got = _outcome(text, reading=reading)
    assert isinstance(got, (Amount, ParseError))


@settings(max_examples=200)
@given(
    st.lists(st.sampled_from([*PHRASE_HEDGES, *VAGUE, *_WORDS.split()]), max_size=8).map(" ".join),
    st.sampled_from(READINGS),
)
def test_unit_changes_nothing_but_the_unit_of_a_number_naming_none(
    text: str, reading: Reading
) -> None:
    """Any ``unit`` reads every text as the default does, with ``unit`` in place of "person";
    on a share, a number sized by a scale word of thousands or more ("about 1.2 million",
    "thousands") is refused, a count typed where a share was meant (it read 1,200,000 %)."""
    default = _outcome(text, reading=reading)
    for unit in ("day", "percent"):
        other = _outcome(text, reading=reading, unit=unit)
        if isinstance(default, ParseError):
            assert isinstance(other, ParseError)
            assert str(other) == str(default)
            continue
        if unit == "percent" and default.unit == "person" and _sized(text):
            assert isinstance(other, ParseError)
            assert "is a share, which is not counted in thousands" in str(other)
            continue
        assert isinstance(other, Amount)
        assert other.unit == (unit if default.unit == "person" else default.unit)
        assert attrs.evolve(other, unit=default.unit) == default


LEXICON = Lexicon.default()


def _sized(text: str) -> bool:
    """Whether ``text`` holds a word of the lexicon that sizes a number in thousands or
    more (a scale word: "thousand", "millions")."""
    roles = ("scale", "plural", "suffix")
    return any(
        w.role in roles and w.value is not None and w.value >= 1000
        for t in text.split()
        if (w := LEXICON.single(t)) is not None
    )


def test_year_like_numbers_are_counts_when_they_are_the_whole_figure() -> None:
    """Numbers from 1800 to 2100 given to parse are counts: 'between 1799 and 1800' is a range."""
    assert parse("between 1799 and 1800").interval == P("[1799, 1800]")
    assert parse("2022-2023").interval == P("[2022, 2023]")
    assert parse("1 in 2000").interval == P("[0.0005, 0.0005]")
    assert parse("2000").nominal == 2000


def test_hedged_zero_of_a_nonnegative_quantity_is_refused() -> None:
    """'almost 0' of a count admits no value, so parse says so rather than invent one."""
    with pytest.raises(ParseError, match="admits no value"):
        parse("almost 0", reading="literal", nonnegative=True)


# -- issue 17: what reports actually write --------------------------------------------------

#: Each form with the literal interval its words entail by the lexicon's rules.
REPORTED_FORMS = [
    # comparison symbols, with and without a space
    ("> 2,000", "(2000, +inf)"),
    (">2,000", "(2000, +inf)"),
    ("<40", "[0, 40)"),
    ("≥ 900", "[900, +inf)"),
    ("≤15", "[0, 15]"),
    (">= 50", "[50, +inf)"),
    ("<=50", "[0, 50]"),
    ("≈ 4,000", "[3000, 5000]"),
    ("~700", "[525, 875]"),
    # hedges of the same families, checked shape by shape
    ("north of 10,000", "(10000, +inf)"),
    ("shy of 500", "[0, 500)"),
    ("approaching 3,000", "[0, 3000)"),
    ("slightly under 70", "[0, 70)"),
    ("well below 1,000", "[0, 1000)"),
    ("far fewer than 100", "[0, 100)"),
    ("a little more than 50", "(50, +inf)"),
    ("est. 1,200", "[900, 1500]"),
    ("on the order of 5,000", "[3750, 6250]"),
    ("something close to 80", "[72, 88]"),
    ("as many as 300", "[0, 300]"),
    ("as much as 300", "[0, 300]"),
    ("as few as 30", "[30, +inf)"),
    ("300 tops", "[0, 300]"),
    ("300 at least", "[300, +inf)"),
    # compounds
    ("anywhere from 20 to 40", "[20, 40]"),
    ("more than 40 but fewer than 60", "(40, 60)"),
    ("at least 40 and no more than 60", "[40, 60]"),
    ("300 ± 25", "[275, 325]"),
    ("300 +/- 25", "[275, 325]"),
    ("300 plus or minus 10%", "[270, 330]"),
    ("roughly 1,000 to 2,000", "[750, 2500]"),
    ("an estimated 10,000–12,000", "[7500, 15000]"),
    ("between a dozen and fifteen", "[12, 15]"),
    ("at least several thousand", "[3000, +inf)"),
    ("one in every three", "[1/3, 1/3]"),
    # suffixes and markers
    ("200–300+", "[200, +inf)"),
    ("500+", "[500, +inf)"),
    ("8,000 (est.)", "[6000, 10000]"),
    ("8,000 (approx.)", "[6000, 10000]"),
    ("3.4 bln", "[3400000000, 3400000000]"),
    ("5m-6m", "[5000000, 6000000]"),
    ("15pc", "[0.15, 0.15]"),
    ("300-odd", "(300, +inf)"),
    # fractions
    ("¾", "[0.75, 0.75]"),
    ("1 ½ million", "[1500000, 1500000]"),
    ("1½ million", "[1500000, 1500000]"),
    ("3/4 million", "[750000, 750000]"),
    ("2/3 of the prisoners", "[2/3, 2/3]"),
]


@pytest.mark.parametrize(("text", "literal"), REPORTED_FORMS)
def test_reported_forms_read_to_their_literal_interval(text: str, literal: str) -> None:
    """Symbols, hedge families, compounds, markers and fractions entail the documented interval."""
    assert parse(text, reading="literal").interval == P(literal)


@pytest.mark.parametrize("text", ["10_000", "9/11", "24/7"])
def test_a_code_is_refused_never_read_as_its_first_digits(text: str) -> None:
    """'10_000' is not 10 and '24/7' is not 24: text that is no figure is a ParseError."""
    if text in ("9/11", "24/7"):  # docs/lexicon.md: only a proper p/q up to tenths is read
        assert [m.text for m in extract(f"since {text} began")] == []
        with pytest.raises(ParseError, match="code"):
            parse(text)
        return
    with pytest.raises(ParseError, match="name or code"):
        parse(text)


@pytest.mark.parametrize("text", ["5km", "around 5km", "12ft", "10MM"])
def test_a_unit_glued_to_its_number_is_a_measurement_not_a_code(text: str) -> None:
    """'5km' is refused as '5 km' is, as a measurement; it was called a name or code."""
    with pytest.raises(ParseError, match="is a measurement, not a figure"):
        parse(text)
    assert [m.text for m in extract(f"they walked {text} and 300 died")] == ["300"]


@pytest.mark.parametrize(
    ("inner", "outer"),
    [
        ("several hundred", "hundreds"),
        ("a few hundred", "hundreds"),
        ("a few dozen", "dozens"),
        ("several dozen", "dozens"),
        ("several thousand", "thousands"),
        ("a few thousand", "thousands"),
        ("several tens of thousands", "tens of thousands"),
        ("several hundred thousand", "hundreds of thousands"),
    ],
)
def test_vague_words_nest_as_their_words_say(inner: str, outer: str) -> None:
    """A vague count of units lies inside the plural it counts ('several hundred' in 'hundreds')."""
    assert parse(outer).interval.contains(parse(inner).interval)


two_sided = st.tuples(
    st.sampled_from(["more than", "at least", "over", "no fewer than"]),
    st.sampled_from(["fewer than", "at most", "under", "no more than"]),
    st.integers(1, 10**6),
    st.integers(1, 10**6),
    st.sampled_from(["but", "and", ", but"]),
)


@given(two_sided, st.sampled_from(READINGS))
def test_a_two_sided_bound_is_the_meet_of_what_its_sides_entail(
    parts: tuple[str, str, int, int, str], reading: Reading
) -> None:
    """'more than a but fewer than b' reads, under every reading, as what 'more than a'
    and 'fewer than b' entail together: each side bounds the other's far end."""
    low_hedge, high_hedge, a, b, joiner = parts
    lo_text, hi_text = f"{low_hedge} {a:,}", f"{high_hedge} {b:,}"
    sep = "," if joiner.startswith(",") else ""
    text = f"{lo_text}{sep} {joiner.lstrip(', ')} {hi_text}"
    expected = (
        parse(lo_text, reading="literal").interval & parse(hi_text, reading="literal").interval
    )
    try:
        got = parse(text, reading=reading).interval
    except ParseError:
        assert expected.is_empty  # no value satisfies both sides
        return
    assert got == expected


@given(
    st.sampled_from(["about", "roughly", "at least", "up to", "more than", "almost"]),
    st.integers(1, 10**6),
    st.integers(0, 10**6),
    st.sampled_from(READINGS),
)
def test_a_hedged_range_is_the_hull_of_its_hedged_ends(
    hedge: str, low: int, extra: int, reading: Reading
) -> None:
    """'roughly a to b' reads as the hull of 'roughly a' and 'roughly b', under every
    reading — unless the lower end may be said in the upper end's thousands ("about 8
    to 10,000": eight to ten thousand?), which is refused as ambiguous."""
    high = low + extra
    if (
        low < 1000 <= high
        and low <= high // 1000 ** (len(f"{high:,}".split(",")) - 1)
        and (low * 1000 < high)
    ):
        with pytest.raises(ParseError, match="ambiguous"):
            parse(f"{hedge} {low:,} to {high:,}", reading=reading)
        return
    got = parse(f"{hedge} {low:,} to {high:,}", reading=reading).interval
    ends = [parse(f"{hedge} {n:,}", reading=reading).interval for n in (low, high)]
    assert got == ends[0].hull(ends[1])


@given(st.integers(0, 10**6), st.integers(0, 10**5), st.sampled_from(READINGS))
def test_a_stated_spread_is_the_same_range_under_every_reading(
    n: int, e: int, reading: Reading
) -> None:
    """'n ± e' is [n − e, n + e] (cut at 0 for a count) under every reading."""
    got = parse(f"{n:,} ± {e:,}", reading=reading).interval
    assert got == Interval.closed(max(n - e, 0), n + e)


@pytest.mark.parametrize(
    "text", ["1 trillion trillion trillion", "a million billion", "300 ≈", "5 ½ ½", "300 + 20"]
)
def test_a_word_that_would_change_the_number_is_never_dropped(text: str) -> None:
    """A scale word, fraction or symbol the grammar cannot attach is an error, not ignored."""
    with pytest.raises(ParseError, match="after the figure"):
        parse(text)


@pytest.mark.parametrize(
    "text", ["999999999999999999999999999999 trillion", "1 thousand million billion trillion"]
)
def test_a_number_beyond_the_magnitude_limit_is_a_parse_error(text: str) -> None:
    """Past 10**30 a figure is a ParseError (printable), never a raw ValueError."""
    with pytest.raises(ParseError, match="magnitude limit") as info:
        parse(text)
    assert "magnitude" in str(info.value)
    assert [m.text for m in extract(f"{text} and 5")] == ["5"]


def test_extract_is_linear_in_repeated_scale_words() -> None:
    """'1 bn bn bn …' never builds a huge integer: each scale word must be larger than the last."""
    start = time.perf_counter()
    found = extract("1 bn " + "bn " * 20_000)
    assert time.perf_counter() - start < 2
    assert [m.amount.nominal for m in found] == [10**9]


@pytest.mark.parametrize(
    ("text", "literal"),
    [
        ("hundreds upon hundreds", "[200, 999]"),
        ("dozens and dozens", "[24, 119]"),
        ("100s of people", "[200, 999]"),
        ("1000s", "[2000, 9999]"),
        ("10s of thousands", "[20000, 99999]"),
        ("some tens of thousands", "[20000, 99999]"),
        ("a record 7.1 million", "[7100000, 7100000]"),
        ("reportedly 300", "[300, 300]"),
    ],
)
def test_vague_repeats_digit_plurals_and_attributions(text: str, literal: str) -> None:
    """Repeated and digit-written vague words read as the word; attributions do not hedge."""
    assert parse(text, reading="literal").interval == P(literal)


def test_a_two_sided_bound_is_not_empty_pragmatically() -> None:
    """'more than 40 but fewer than 60' is (40, 60) pragmatically too: the sides' pragmatic
    tolerances, (40, 45] and [54, 60), once met in nothing and dropped the figure."""
    assert parse("more than 40 but fewer than 60").interval == P("(40, 60)")
    # "per household" would make it a rate, left unread: the households are counted here
    assert [m.text for m in extract("more than 40 but fewer than 60 households")] == [
        "more than 40 but fewer than 60"
    ]


@pytest.mark.parametrize(
    ("text", "literal"),
    [
        ("most", "(1/2, 1]"),
        ("the majority of them", "(1/2, 1]"),
        ("a half-dozen", "[6, 6]"),
        ("billions", "[2000000000, 9999999999]"),
        ("in the low thousands", "[1000, 3999]"),
        ("in the high hundreds", "[700, 999]"),
        ("in the thousands", "[1000, 9999]"),
        ("the hundreds of prisoners", "[200, 999]"),
    ],
)
def test_proportions_bands_and_half_dozens(text: str, literal: str) -> None:
    """'most' is more than half; 'in the low thousands' a third of the band; 'a half-dozen' 6."""
    assert parse(text, reading="literal").interval == P(literal)


@pytest.mark.parametrize(
    ("text", "literal"),
    [
        ("an estimated 20,000 or more", "[15000, +inf)"),
        ("about 200 or fewer", "[0, 250]"),
        ("over 1,000 (est.)", "[750, +inf)"),
        ("close to 4,000, or more", "[3600, +inf)"),
        ("between 500 and 1,000, possibly more", "[500, +inf)"),
        ("1 out of every 5", "[1/5, 1/5]"),
        ("one-in-five", "[1/5, 1/5]"),
        ("one of every five", "[1/5, 1/5]"),
    ],
)
def test_a_hedge_on_each_side_of_a_number_admits_either(text: str, literal: str) -> None:
    """A hedge before and one after a number read as the hull of both ('an estimated
    20,000 or more' is no longer the estimate alone); ratios with 'every' read."""
    assert parse(text, reading="literal").interval == P(literal)


def test_a_vague_word_and_a_dangling_joiner_is_no_crash() -> None:
    """'thousands and' (a repeat that never comes) once raised IndexError."""
    assert parse("thousands and").interval == P("[2000, 9999]")
    assert [m.text for m in extract("thousands and")] == ["thousands"]


@pytest.mark.parametrize(
    ("text", "literal"),
    [
        ("50-plus per cent", "[1/2, 1]"),
        ("20pc-30pc", "[1/5, 3/10]"),
        ("hundreds to thousands", "[200, 9999]"),
        ("dozens to hundreds", "[24, 999]"),
        ("several hundred to a thousand", "[300, 1000]"),
    ],
)
def test_markers_before_a_percent_word_and_ranges_of_vague_words(text: str, literal: str) -> None:
    """'50-plus per cent' is a share (it was 50 people and up); vague words make ranges."""
    assert parse(text, reading="literal").interval == P(literal)


def test_a_range_whose_ends_cannot_join_is_refused() -> None:
    """A dash and a number after a figure that cannot take them as its range ('20pc-30 km')
    is an error, not a figure with its tail dropped ('20pc-30pc' once read 20%)."""
    with pytest.raises(ParseError, match="cannot join"):
        parse("20pc-30 km")


def test_parse_each_equals_parse_under_every_reading() -> None:
    """Reading the words once for all readings gives what parse gives reading by reading."""
    import csv
    from pathlib import Path

    from pwstats.parse import parse_each
    from pwstats.report import READINGS

    path = Path(__file__).parent.parent / "bench" / "phrases.tsv"
    lines = [ln for ln in path.read_text("utf-8").splitlines() if ln and not ln.startswith("#")]
    phrases = [row[0] for row in csv.reader(lines, delimiter="\t") if row]
    assert len(phrases) > 300
    for text in phrases:
        try:
            expected = [parse(text, reading=r) for r in READINGS]
        except ParseError:
            with pytest.raises(ParseError):
                parse_each(text, READINGS)
            continue
        assert list(parse_each(text, READINGS)) == expected, text


@pytest.mark.parametrize("text", ["1.0/1 ", "2.5/3", "1/2.0"])
def test_a_slash_number_with_a_decimal_mark_crashed_parse(text: str) -> None:
    """ "1.0/1" raised a bare ValueError from int() (found by the fuzz suite); a p/q with a
    decimal mark is a code, refused with a ParseError."""
    with pytest.raises(ParseError, match="code"):
        parse(text)


@pytest.mark.parametrize("text", ["300-odd", "300 odd", "some 300-odd", "300-odd people"])
def test_300_odd_reads_as_more_than_300(text: str) -> None:
    """'300-odd' is somewhat more than 300: read as 'more than 300' under every reading."""
    for reading in READINGS:
        expected = parse("more than 300", reading=reading).interval
        assert parse(text, reading=reading).interval == expected


def _said_with(entry: Hedge | Vague | Word, n: int) -> str | None:
    """Words that use lexicon ``entry`` with the number ``n`` (None for an article or an
    ordinal, which say no figure alone, and a plural scale word, which the vague rows
    cover); a hedge that is punctuation alone ("+") is glued to its number."""
    if isinstance(entry, Vague):
        return entry.phrase
    if isinstance(entry, Hedge):
        gap = "" if not any(c.isalnum() for c in entry.phrase) else " "
        return (
            f"{entry.phrase}{gap}{n}" if entry.position == "before" else f"{n}{gap}{entry.phrase}"
        )
    said = {
        "number": entry.phrase,
        "scale": f"two {entry.phrase}",
        "suffix": f"{n}{entry.phrase}",
        "percent": f"{n} {entry.phrase}",
        "unit": f"{n} {entry.phrase}",
        "fraction": entry.phrase if entry.standalone else f"a {entry.phrase}",
    }
    return said.get(entry.role)


@given(
    entry=st.sampled_from(DEFAULT_ENTRIES),
    n=st.integers(1, 10**6),
    reading=st.sampled_from(READINGS),
)
def test_every_lexicon_entry_reads_with_its_nominal_inside_its_interval(
    entry: Hedge | Vague | Word, n: int, reading: Reading
) -> None:
    """For every lexicon entry, the nominal a figure using it reads with (if any) lies in
    its interval under every reading — at the end a one-sided hedge bounds ("more than
    230": 230 is the open end of (230, 253]) — and a vague word's coding-convention code
    is apart from it, a conservative count no greater than the interval's top."""
    text = _said_with(entry, n)
    assume(text is not None)
    assert text is not None
    a = parse(text, reading=reading)
    iv = a.interval
    if isinstance(entry, Vague):
        assert a.nominal is None
        assert a.code is not None
        assert 0 <= a.code <= iv.hi
        return
    assert a.code is None
    if a.nominal is None:
        return
    if isinstance(entry, Hedge) and entry.shape not in ("around", "exact"):
        assert a.nominal in (iv.lo, iv.hi)
    else:
        assert a.nominal in iv


@pytest.mark.parametrize("text", ["no civilians", "None", "nobody"])
def test_a_word_for_none_is_told_to_write_zero(text: str) -> None:
    """'no civilians' (a military statement) is no figure parse reads: the error says to
    write 0, which it reads, rather than only naming the word."""
    with pytest.raises(ParseError, match="for none at all, write the number 0 or the word 'zero'"):
        parse(text)
    assert parse("0").interval == parse("zero").interval == Interval.point(0)


NUMBER_WORDS = ["a", "two", "three", "four", "five", "six", "seven", "eight", "nine"]


@settings(deadline=None)
@given(
    n=st.integers(1, 9),
    hedge=st.sampled_from(["", "more than ", "at least ", "fewer than ", "about ", "nearly "]),
    lot=st.sampled_from(["dozen", "score"]),
    reading=st.sampled_from(READINGS),
)
def test_a_number_of_lots_in_words_reads_as_in_digits(
    n: int, hedge: str, lot: str, reading: Reading
) -> None:
    """ "more than two dozen" is precise to the dozen, as "more than 2 dozen" is: the same
    interval under every reading (it was (24, 26.4] beside (24, 30]), and "more than a
    dozen" is no narrower than "more than ten" is, relative to its lot."""
    words = parse(f"{hedge}{NUMBER_WORDS[n - 1]} {lot}", reading=reading)
    digits = parse(f"{hedge}{n} {lot}", reading=reading)
    assert words.interval == digits.interval


def test_more_than_a_dozen_reads_up_to_half_a_dozen_more() -> None:
    """A dozen is a round landmark as ten is: "more than ten" reads (10, 15] and "more
    than a dozen" (12, 18], not (12, 13.2] — under which "more than a dozen" beside 17
    was a tension."""
    assert str(parse("more than ten").interval) == "(10, 15]"
    assert str(parse("more than a dozen").interval) == "(12, 18]"
    assert str(parse("at least two dozen").interval) == "[24, 30]"
    assert str(parse("more than twelve").interval) == "(12, 13.2]"


@pytest.mark.parametrize("text", ["1.000,5", "1.234,5 people", "about 1.000,5", "12.5,3"])
def test_a_number_with_both_decimal_marks_is_refused_not_cut(text: str) -> None:
    """'1.234,5 people' read as 1.234 persons, ',5' dropped: refused, naming both parts."""
    with pytest.raises(ParseError, match="is no number pwstats reads"):
        parse(text)


def test_the_better_part_of_a_number_is_most_of_it() -> None:
    """ "the better part of 1,000" is most of 1,000, not almost all of it: pragmatically
    [500, 1000), where it read [950, 1000) as "almost 1,000" does."""
    assert str(parse("the better part of 1,000").interval) == "[500, 1000)"
    assert str(parse("the best part of 500", reading="literal").interval) == "[0, 500)"
    assert str(parse("almost 1,000").interval) == "[950, 1000)"


@pytest.mark.parametrize("text", ["about 1.2 million", "30 thousand", "thousands", "1.2m", "2k"])
def test_a_number_sized_by_a_scale_word_is_no_share(text: str) -> None:
    """ "about 1.2 million" on a percent measure read [1080000, 1320000] %, so beside
    "61%" it was a contradiction between two sources: a count typed where a share was
    meant. On a share it is refused, saying to give the share itself; "61%", "0.61" and
    "150%" stay shares, and on a count the same words read as before."""
    for unit in ("percent", "share"):
        with pytest.raises(ParseError, match="is a share, which is not counted in thousands"):
            parse(text, unit=unit)
    parse(text)  # a count
    for share in ("61%", "0.61", "150%", "30", "one hundred and five", "a dozen", "hundreds"):
        parse(share, unit="percent")  # hundreds and dozens may be percentages (review)


@pytest.mark.parametrize(
    "text",
    [
        "between 10 and 20 thousand percent",
        "10-20 thousand %",
        "10-20 thousand per cent",
        "10 to 20 thousand pct",
    ],
)
def test_a_range_shares_its_upper_ends_scale_before_a_percent(text: str) -> None:
    """ "between 10 and 20 thousand percent" read [0.1, 200] — 10% to 20,000% — where
    "between 10 and 20 thousand" reads [10000, 20000]: the lower end shares the upper
    end's scale before a percent word as before none (review)."""
    assert parse(text, reading="literal").interval == Interval.closed(100, 200)
    assert str(parse("20-30%", reading="literal").interval) == "[0.2, 0.3]"
