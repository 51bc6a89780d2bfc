"""Number tokens and distractors: what parse and extract read as a count, and what not.

Each test is named after a misread it guards against; where a law can be stated it is a
property over many spellings, so it holds for text never seen.
"""

from __future__ import annotations

import datetime as dt
import re
from fractions import Fraction

import pytest
from hypothesis import assume, given
from hypothesis import strategies as st

from pwstats import Interval, ParseError, extract, parse
from pwstats.strategies import hedged_phrases

P = Interval.parse


def western(n: int) -> str:
    """``n`` grouped in threes: 2,600,000."""
    return f"{n:,}"


def indian(n: int) -> str:
    """``n`` grouped the Indian way: the last three digits, then pairs (26,00,000)."""
    digits = str(n)
    head, tail = digits[:-3], digits[-3:]
    pairs = []
    while len(head) > 2:
        head, pair = head[:-2], head[-2:]
        pairs.insert(0, pair)
    return ",".join([p for p in (head, *pairs) if p] + [tail])


def counts(text: str) -> list[tuple[str, str]]:
    """Each mention's words and literal reading."""
    return [(m.text, str(m.amount.interval)) for m in extract(text, reading="literal")]


# -- 1. digit grouping ------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "value"),
    [("1,00,000", 100_000), ("2,60,000", 260_000), ("1,00,00,000", 10**7), ("12,34,567", 1234567)],
)
def test_indian_grouping_was_read_as_its_first_group(text: str, value: int) -> None:
    """A lakh written 1,00,000 is 100000 (not 1), in parse and in prose alike."""
    assert parse(text, reading="literal").interval == Interval.point(value)
    found = counts(f"Officials said {text} people were evacuated.")
    assert found == [(text, f"[{value}, {value}]")]


@given(st.integers(min_value=1000, max_value=10**15))
def test_indian_and_western_spellings_of_a_number_read_equal(n: int) -> None:
    """For any whole n, its Indian-grouped and its Western-grouped spelling read the same."""
    for reading in ("literal", "pragmatic"):
        a, b = parse(indian(n), reading=reading), parse(western(n), reading=reading)
        assert (a.interval, a.nominal) == (b.interval, b.nominal)
    (m,) = extract(f"Officials said {indian(n)} people fled.")
    assert (m.text, m.amount.nominal) == (indian(n), n)


misgrouped = st.lists(st.integers(min_value=1, max_value=5), min_size=2, max_size=5).map(
    lambda sizes: ",".join("1" + "0" * (k - 1) for k in sizes)
)


@given(misgrouped)
def test_a_misgrouped_number_is_one_unread_token_never_a_prefix(text: str) -> None:
    """Digits joined by commas in no grouping pwstats reads ('2,600,00', '26,00') are
    refused by parse, and in prose are one mention that bounds nothing (never '2,600')."""
    well = r"[0-9]{1,3}(?:,[0-9]{3})+|[0-9]{1,2}(?:,[0-9]{2})+,[0-9]{3}"
    assume(re.fullmatch(well, text) is None)
    with pytest.raises(ParseError, match="groups digits"):
        parse(text)
    (m,) = extract(f"The table shows {text} returnees.")
    assert (m.text, m.unread, m.amount.kind) == (text, text, "unknown")
    assert m.amount.interval == P("[0, +inf)")


@pytest.mark.parametrize("text", ["2,600,00", "2,60", "1,0000", "1,000,00,000"])
def test_misgrouped_numbers_gave_a_count_of_their_prefix(text: str) -> None:
    """'2,600,00' once read as 2,600 and '2,60,000' as 2 and 60,000: now one unread token."""
    assert counts(f"It lists {text} returnees.") == [(text, "[0, +inf)")]


@given(
    st.integers(min_value=1, max_value=900),
    st.integers(min_value=1, max_value=99),
    st.sampled_from(["{}-{}", "{} to {}", "between {} and {}", "{} or {}", "from {} to {}"]),
)
def test_a_range_that_may_share_its_upper_ends_thousands_was_read_as_written(
    low: int, more: int, joined: str
) -> None:
    """'Some 8-10,000' read as [6, 12500] though it likely means 8,000-10,000: such a range
    is refused by parse and unread in prose, never a count from 8 — joined by a dash or in
    words ("8 to 10,000", "between 15 and 20,000", "2 or 3,000" were read as written)."""
    text = joined.format(low, f"{low + more:,},000")
    with pytest.raises(ParseError, match="ambiguous"):
        parse(text)
    (m,) = extract(f"Some {text} people were detained.")
    numbers = text.removeprefix("between ").removeprefix("from ")  # the unread numbers
    assert (m.unread, m.amount.kind, m.amount.interval) == (numbers, "unknown", P("[0, +inf)"))
    assert counts("500-1,000 died and 1,000-2,000 fled") == [
        ("500-1,000", "[500, 1000]"),
        ("1,000-2,000", "[1000, 2000]"),
    ]


@given(st.integers(min_value=1, max_value=999), st.integers(min_value=0, max_value=999))
def test_a_count_with_three_decimals_was_read_as_a_fraction_of_a_person(
    whole: int, frac: int
) -> None:
    """'2.600 prisoners' read as 2.6 people in English prose: a count whose number reads a
    thousand times larger under the other locale is unread, under either locale."""
    for locale, mark in (("en", "."), ("eu", ",")):
        number = f"{whole}{mark}{frac:03d}"
        (m,) = extract(f"The ministry said {number} prisoners were returned.", locale=locale)
        assert (m.text, m.unread, m.amount.kind) == (number, number, "unknown")


# -- 2. negative numbers --------------------------------------------------------------------


@given(st.integers(min_value=1, max_value=10**9), st.sampled_from(["-", "\u2212"]))
def test_a_negative_number_never_yields_a_non_negative_count(n: int, sign: str) -> None:
    """'-300 people' once read as +300: a signed number gives no count in prose, and parse
    refuses it for a non-negative quantity (docs: such a quantity never goes below 0)."""
    for text in (f"The net change was {sign}{n:,} people.", f"The balance is ({sign}{n})."):
        assert extract(text) == []
    with pytest.raises(ParseError, match="negative"):
        parse(f"{sign}{n}" if sign == "-" else f"about {sign}{n}")
    assert parse(f"-{n}", nonnegative=False).interval == Interval.point(-n)


def test_a_range_or_a_name_with_a_hyphen_is_no_sign() -> None:
    """A hyphen glued to a word or number before it is no minus: '200-300', 'Su-25'."""
    assert counts("200-300 people and Su-25 jets") == [("200-300", "[200, 300]")]


# -- 3. p/q forms ---------------------------------------------------------------------------


@given(st.integers(min_value=0, max_value=99), st.integers(min_value=0, max_value=99))
def test_parse_reads_a_slash_only_as_a_proper_fraction_up_to_tenths(p: int, q: int) -> None:
    """parse('9/11') gave 9/11 people and '12/5' 2.4: docs/lexicon.md reads p/q only when
    0 < p < q <= 10 without a leading zero; any other p/q is refused as a code."""
    for text in (f"{p}/{q}", f"{p:02d}/{q:02d}"):
        proper = 0 < p < q <= 10 and "0" not in (text[0], text.partition("/")[2][0])
        if proper:
            assert parse(text).nominal == Fraction(p, q)
        else:
            with pytest.raises(ParseError):
                parse(text)


def test_leading_zero_slash_codes_were_read_as_shares() -> None:
    """'ICC-01/04-01/06' gave shares 1/4 and 1/6; a leading-zero number is a code."""
    assert counts("ICC-01/04-01/06 names 3 suspects.") == [("3", "[3, 3]")]
    assert counts("It ran 24/7 since 9/11 with 12/5 staff.") == []


# -- 4. money -------------------------------------------------------------------------------

SIGNS = ["$", "US$", "A$", "HK$", "£", "€", "¥", "₹", "₴", "₽", "₦", "₪"]
BEFORE = [*SIGNS, "Rs.", "Rs", "INR", "EUR", "USD", "KES", "Rp", "KSh", "NIS"]
AFTER = ["euros", "US dollars", "rupees", "shekels", "KES", "€", "-dollar", "-euro"]
AMOUNTS = ["300", "5,000", "4.3 million", "2 crore", "2.5m"]


@given(st.sampled_from(BEFORE), st.sampled_from(["", " "]), st.sampled_from(AMOUNTS))
def test_money_after_a_sign_code_or_abbreviation_was_a_headcount(
    money: str, space: str, amount: str
) -> None:
    """'US$ 4.3 million', '$ 2.5 million', 'Rs. 5,000', 'INR 2 crore' were read as people:
    a number after a currency sign (with or without a space), an ISO 4217 code or an
    abbreviation is money, and the count beside it is still read."""
    assume(space or not money[-1].isalpha())  # "INR300" is a code, tested elsewhere
    assert counts(f"{money}{space}{amount} went to 12 NGOs.") == [("12", "[12, 12]")]


@given(st.sampled_from(AFTER), st.sampled_from(AMOUNTS[:3]))
def test_money_before_a_currency_word_or_in_a_compound_was_a_headcount(
    money: str, amount: str
) -> None:
    """'a 500-dollar grant' was read as 500 people: a number before a currency word, code
    or sign, or joined to one by a hyphen, is money."""
    sep = "" if money.startswith("-") else " "
    assert counts(f"A {amount}{sep}{money} grant went to 80 households.") == [("80", "[80, 80]")]


def test_a_currency_code_is_money_only_in_capitals_and_never_an_english_word() -> None:
    """'ALL 300 PASSENGERS' is a count (ALL, the lek's code, is left out as a word)."""
    assert counts("ALL 300 PASSENGERS were saved.") == [("300", "[300, 300]")]
    with pytest.raises(ParseError, match="money"):
        parse("$ 300")


# -- 5. codes, decades, ratios, phone numbers and time units ----------------------------------


@given(st.sampled_from(["20", "30", "40", "50", "60", "70", "80", "90", "1990", "1800", "2000"]))
def test_a_decade_was_read_as_scores(decade: str) -> None:
    """'in their 20s' read as 'scores' [40, 199]: a decade or century in digits is no count,
    while a power of ten stays its vague word ('100s', '1000s of people')."""
    for text in (
        f"Most were in their {decade}s.",
        f"In the {decade}s, 12 died.",
        f"the '{decade}s",
    ):
        assert [m.text for m in extract(text)] == (["12"] if "12" in text else [])
    assert [m.text for m in extract("1000s of people and 100s more")] == ["1000s", "100s more"]


@given(st.integers(min_value=1, max_value=999), st.integers(min_value=1, max_value=999))
def test_a_ratio_with_a_colon_was_read_as_counts(a: int, b: int) -> None:
    """'3:1' is a ratio (or a score or a time), never the counts 3 and 1."""
    assert extract(f"The ratio of soldiers to civilians was {a}:{b}.") == []


@pytest.mark.parametrize(
    "text",
    [
        "The helpline, 1-800-555-0199, received 4,000 calls.",
        "Dial 911 for help; 4,000 calls came in.",
        "People can call 112 or the hotline 1545; 4,000 calls came in.",
    ],
)
def test_a_phone_number_was_read_as_a_count(text: str) -> None:
    """'1-800-555-0199' and 'Dial 911' are phone numbers, not counts."""
    assert [m.text for m in extract(text)] == ["4,000"]


@pytest.mark.parametrize(
    ("text", "unit"),
    [("2 hrs", "hour"), ("3 yrs", "year"), ("10 secs", "second"), ("5 mins", "minute")],
)
def test_an_abbreviated_time_unit_was_read_as_people(text: str, unit: str) -> None:
    """'2 hrs' was 2 people: abbreviated time units are durations as the full words are."""
    assert parse(text).unit == unit
    assert [m.amount.unit for m in extract(f"It lasted {text} and carried 80 people.")] == [
        unit,
        "person",
    ]


@given(
    st.sampled_from(["Alpha", "Bravo", "Charlie", "Delta", "Echo", "Tango", "Zulu"]),
    st.integers(min_value=1, max_value=999),
)
def test_a_call_sign_number_was_read_as_a_count(label: str, n: int) -> None:
    """'code-named Bravo 7' gave a count of 7: a number after a capitalised word of the
    spelling alphabet names a thing; lower case it does not."""
    assert [m.text for m in extract(f"{label} {n} lost 40 men.")] == ["40"]
    assert [m.amount.nominal for m in extract(f"the {label.lower()} {n} men strong")] == [n]


# -- 6. years -------------------------------------------------------------------------------

YEAR_FRAMES = [
    "The figure for {y} was 1,203.",
    "Figures for {y} and {z} show 1,203 deaths.",
    "In {y}, {z} and {w}, 1,203 died.",
    "{y} was the worst year, with 1,203 killed.",
    "It said {y} saw 1,203 killed.",
    "Violence rose. {y} has seen 1,203 deaths.",
    "In {y}-{s}, 1,203 people returned.",
    "Throughout {y}, 1,203 people returned.",
]


@given(st.integers(min_value=1900, max_value=2098), st.sampled_from(YEAR_FRAMES))
def test_a_year_in_a_year_context_was_read_as_a_count(year: int, frame: str) -> None:
    """'The figure for 2023 was', 'Figures for 2019 and 2020', '2022 was the worst year'
    and 'In 2023-24' gave counts of the years: a year is no count, the figure beside it is."""
    text = frame.format(y=year, z=year + 1, w=year + 2, s=f"{(year + 1) % 100:02d}")
    assert [m.text for m in extract(text)] == ["1,203"]


@given(st.integers(min_value=1900, max_value=2100))
def test_a_year_shaped_number_before_a_noun_stays_a_count(n: int) -> None:
    """'2023 people' and 'food for 2000 people' are counts, whatever their digits."""
    assert [m.amount.nominal for m in extract(f"Officials said {n} people fled.")] == [n]
    assert [m.amount.nominal for m in extract(f"They brought food for {n} people.")] == [n]


OLD_YEAR_FRAMES = [
    "In {y}, 1,203 died.",
    "Peace came in {y}. 1,203 returned.",
    "The {y} battle killed 1,203.",
    "Since {y} the town has had 1,203 people.",
    "In {y} and {z}, 1,203 died.",
    "After the treaty of {y} ended it, 1,203 returned.",
    "By {y} Sweden had 1,203 ships.",
]


@given(st.integers(min_value=1000, max_value=1798), st.sampled_from(OLD_YEAR_FRAMES))
def test_a_year_before_1800_was_read_as_a_count(year: int, frame: str) -> None:
    """ "in 1648", "the 1415 battle", "the treaty of 1648" gave counts of the years: the
    year rules stopped at 1800. A year before it is no count where a count cannot stand."""
    assert [m.text for m in extract(frame.format(y=year, z=year + 1))] == ["1,203"]


@given(
    st.integers(min_value=1000, max_value=1799),
    st.sampled_from(
        [
            "They died in {y} attacks.",
            "It was held by {y} soldiers.",
            "The {y} soldiers fled.",
            "A force of {y} men held it.",
            "The siege of {y} soldiers ended.",
            "In {y}-{z}, people fled.",
            "They were {y}.",
        ]
    ),
)
def test_a_number_that_could_be_an_old_year_stays_a_count(n: int, frame: str) -> None:
    """A number from 1000 to 1799 before a noun it counts, or ending a range, stays a
    count: "in 1500 attacks", "by 1500 soldiers", "the 1500 soldiers"."""
    (m,) = extract(frame.format(y=n, z=n + 1))
    assert m.text == (f"{n}-{n + 1}" if "-" in frame else str(n))
    assert m.unread is None


# -- 7. scale headers -----------------------------------------------------------------------

HEADERS = [
    "(thousands):",
    "(in thousands)",
    "(in millions):",
    "(millions) |",
    "(000s):",
    ", 000s |",
]


@given(st.sampled_from(HEADERS), st.integers(min_value=1, max_value=10**6))
def test_a_figure_under_a_scale_header_was_read_as_people(header: str, n: int) -> None:
    """'Displaced (thousands): 3,400' read 3,400 people (and 'thousands' as a count): a
    figure under a scale header is unread, bounding nothing, and names the header."""
    mentions = extract(f"Displaced {header} {n:,}")
    assert len(mentions) == 1
    (m,) = mentions
    assert (m.text, m.amount.kind, m.amount.interval) == (f"{n:,}", "unknown", P("[0, +inf)"))
    assert m.unread is not None
    assert m.unread.strip(",| :") in header
    if header.startswith("("):
        with pytest.raises(ParseError, match="scale"):
            parse(f"{n:,} {header.strip('|: ')}")


def test_a_scale_header_holds_to_the_end_of_its_sentence_only() -> None:
    """After the header's sentence or table ends, counts read as counts again; a vague
    word in brackets in prose ('many (thousands) fled') is still a count."""
    text = "Displaced (thousands): 3,400. Later 300 people fled."
    assert [(m.text, m.unread) for m in extract(text)] == [("3,400", "(thousands)"), ("300", None)]
    assert [m.text for m in extract("Many (thousands) fled.")] == ["thousands"]


# -- a crash found while testing ------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    ["Exactly hundreds - hundreds", "about dozens to hundreds", "at least hundreds to thousands"],
)
def test_a_hedge_before_a_range_of_vague_words_crashed_extract(text: str) -> None:
    """'Exactly hundreds - hundreds' raised AssertionError in extract (which never raises).

    A hedge before a range of vague words is one parse refuses; extract gives the
    whole phrase as one mention that names the hedge as unread and bounds nothing.
    """
    (mention,) = extract(text)
    assert mention.text == text
    assert mention.unread is not None
    assert str(mention.amount.interval) == "[0, +inf)"
    with pytest.raises(ParseError):
        parse(text, reading="literal")


# -- 9. designations: a number that is part of a name ------------------------------------------


@pytest.mark.parametrize(
    "name",
    [
        "Boeing 737-300s",
        "Boeing 787",
        "Boeing 737 MAX 8",
        "Airbus A320",
        "an Mi-8",
        "F-16s",
        "Su-25",
        "T-72",
        "S-300",
        "Leopard 2",
        "Challenger 2",
        "Shahed 136",
        "Route 66",
        "Highway 1",
        "Interstate 95",
        "Flight 370",
        "Apollo 11",
        "Resolution 2334",
        "UN Security Council Resolution 242",
        "Article 5",
        "Brigade 93",
        "the 3rd Brigade",
        "3 Battalion",
        "1 Corps",
        "the 747-400s",
        "UNSCR 2334",
        "Task Force 88",
        "SEAL Team 6",
        "Detention Centre 2",
        "Kindergarten 5",
        "Kosmos 2553",
    ],
)
def test_a_number_in_a_designation_was_read_as_a_count(name: str) -> None:
    """A number that is part of a model, road, flight, resolution or formation name is
    no count, and the count beside it is still read."""
    frames = {
        "{name} lost 40 men.": ["40"],
        "Officials said 40 tanks near {name} were hit.": ["40"],
    }
    for frame, found in {**frames, "{name}": []}.items():
        text = frame.format(name=name)
        assert [m.text for m in extract(text)] == found, text


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("14 Leopard 2 tanks and two Boeing 787 jets", ["14", "two"]),
        ("3 battalions fought", ["3"]),
        ("300 Army soldiers", ["300"]),
        ("a challenger 2 seats behind", ["a challenger 2"]),
    ],
)
def test_a_designation_word_names_a_number_only_in_its_form(text: str, found: list[str]) -> None:
    """A maker or formation names the number only capitalised and singular ('3 Battalion',
    'Leopard 2'); '3 battalions' and a count beside a name are still counts, and a
    lower-case word is no name."""
    assert [m.text for m in extract(text)] == found


@pytest.mark.parametrize(
    "text",
    [
        "The toll was between 300 and 2023.",
        "They killed between 300 and 2023 in total.",
        "Between 300 and 2023, officials said, many fled.",
        "It held between 300 and 2023 since May.",
        "Between 300 and 2000.",
        "The toll ran from 300 to 2023.",
    ],
)
def test_a_year_as_the_end_of_a_between_range_was_read_as_a_count(text: str) -> None:
    """ "between 300 and 2023" before a clause end, a capital or a word of time may run to
    a year: unread, never the range [300, 2023]; before a noun it is a range."""
    (m,) = extract(text, reading="literal")
    assert m.unread is not None
    assert m.amount.interval == Interval.at_least(0)


@pytest.mark.parametrize(
    ("text", "literal"),
    [
        ("between 300 and 2023 people", "[300, 2023]"),
        ("between 300 and 2,000 people", "[300, 2000]"),
        ("Between 300 and 2000 were killed.", "[300, 2000]"),
        ("between 1,000 and 1,500.", "[1000, 1500]"),
    ],
)
def test_a_between_range_to_a_year_shaped_count_stays_a_range(text: str, literal: str) -> None:
    """A year-shaped end before a noun or a verb, or one written with a group mark, is a
    count: the range is read."""
    (m,) = extract(text, reading="literal")
    assert (m.unread, str(m.amount.interval)) == (None, literal)
    assert str(parse("between 300 and 2023", reading="literal").interval) == "[300, 2023]"


# -- 10. digits of other scripts, and marks between digits -------------------------------------

#: Decimal digits of other scripts: Arabic-Indic, Extended Arabic-Indic (Persian, Urdu),
#: Devanagari, Bengali and full-width.
SCRIPTS = ("\u0660", "\u06f0", "\u0966", "\u09e6", "\uff10")


def in_script(text: str, zero: str) -> str:
    """``text`` with its ASCII digits written in the script whose zero is ``zero``."""
    return "".join(chr(ord(zero) + int(c)) if "0" <= c <= "9" else c for c in text)


def readings(text: str, **options: str) -> list[tuple[tuple[int, int], str, object, bool]]:
    """Each mention's span, interval, nominal and whether it is unread: all but its words."""
    return [
        (m.span, str(m.amount.interval), m.amount.nominal, m.unread is None)
        for m in extract(text, **options)  # type: ignore[arg-type]
    ]


@given(hedged_phrases(reading="literal"), st.sampled_from(SCRIPTS))
def test_digits_of_another_script_were_dropped_in_extract_and_refused_in_parse(
    pair: tuple[str, Interval], zero: str
) -> None:
    """A figure written in the digits of one other script reads as its ASCII digits do, in
    parse and in prose, its words given as written."""
    text, expected = pair
    native = in_script(text, zero)
    amount = parse(native, reading="literal")
    assert (amount.interval, amount.text) == (expected, native)
    sentence = f"Officials said {text} people returned."
    written = f"Officials said {native} people returned."
    assert readings(written) == readings(sentence)
    assert [m.text for m in extract(written)] == [
        in_script(m.text, zero) for m in extract(sentence)
    ]


@given(st.integers(min_value=1000, max_value=10**12), st.sampled_from(["\u066c", "\uff0c"]))
def test_a_non_ascii_thousands_sign_split_one_number_into_two_counts(n: int, mark: str) -> None:
    """The Arabic thousands sign and the full-width comma group digits as "," does in English
    ("2٬600" is 2600, one mention), and as "." does in German."""
    written = western(n).replace(",", mark)
    assert parse(written).interval == parse(western(n)).interval
    sentence = f"Officials said {written} people returned."
    assert readings(sentence) == readings(sentence.replace(mark, ","))
    german = f"{n:,}".replace(",", ".")
    assert parse(written.replace("\uff0c", "\u066c"), locale="eu").nominal == n
    assert parse(german, locale="eu").nominal == n


@given(
    st.integers(min_value=1, max_value=999),
    st.integers(min_value=1, max_value=9),
    st.sampled_from(["\u066b", "\u00b7"]),
    st.sampled_from(["", " million", "%"]),
)
def test_a_decimal_sign_or_a_lancet_point_split_one_number_into_two_counts(
    whole: int, tenth: int, mark: str, after: str
) -> None:
    """The Arabic decimal sign and the middle dot between digits (The Lancet's "2·5%") mark
    decimals: "2·5 million" reads as "2.5 million", never as 2 and 5 million."""
    ascii_text = f"{whole}.{tenth}{after}"
    written = f"{whole}{mark}{tenth}{after}"
    assert parse(written).interval == parse(ascii_text).interval
    sentence = f"Of them, about {written} were displaced."
    assert readings(sentence) == readings(sentence.replace(mark, "."))
    german = f"{whole},{tenth}{after}"
    assert parse(written, locale="eu").interval == parse(german, locale="eu").interval


def test_a_lancet_abstract_was_read_as_counts_of_the_digits_around_its_points() -> None:
    """An abstract with raised decimal points reads as the same abstract with full stops."""
    abstract = (
        "We estimate 412,300 (95% CI 268,100–610,900) excess deaths, 2·5% of the"
        " population; the rate was 13·3 (10·9–16·1) per 1000 and 5·5 per 1000 before."
    )
    assert readings(abstract) == readings(abstract.replace("·", "."))
    assert ("2·5%", "[0.025, 0.025]") in counts(abstract)
    assert parse("2·5%").nominal == Fraction(1, 40)
    (m,) = extract("an odds ratio of 1·4 (95% CI 1·1–1·8)")
    assert (m.amount.kind, m.amount.nominal, m.amount.interval) == (
        "estimate",
        Fraction(7, 5),
        Interval.closed(Fraction(11, 10), Fraction(9, 5)),
    )


@pytest.mark.parametrize(
    ("text", "unread"),
    [
        ("Some 2·600 people fled.", "2·600"),  # "2.600": 2.6 or 2,600?
        ("Some 2\u2024600 people fled.", "2\u2024600"),  # a one-dot leader, read as "."
    ],
)
def test_a_point_before_three_digits_split_one_number_into_two_counts(
    text: str, unread: str
) -> None:
    """A raised point or a one-dot leader before three digits is as ambiguous as "2.600":
    one unread mention, never 2 and 600."""
    (m,) = extract(text)
    assert (m.unread, m.amount.interval) == (unread, Interval.at_least(0))


def _unknown_mark(c: str) -> bool:
    import unicodedata

    return unicodedata.normalize("NFKC", c) not in (",", ".") and c not in "\u00b7\u066b\u066c"


@given(
    st.integers(min_value=1, max_value=999),
    st.integers(min_value=0, max_value=999),
    st.characters(categories=("Po", "Cf"), min_codepoint=128).filter(_unknown_mark),
)
def test_a_mark_between_digits_that_pwstats_does_not_read_split_one_number(
    a: int, b: int, mark: str
) -> None:
    """Any other punctuation or invisible mark between digits ("2،600", "2\u200b600", "5′11")
    makes one unread mention of the digits and the mark: never two counts."""
    number = f"{a}{mark}{b:03d}"
    (m,) = extract(f"Some {number} people fled.")
    assert (m.text, m.unread, m.amount.interval) == (number, number, Interval.at_least(0))
    with pytest.raises(ParseError, match="pwstats does not read"):
        parse(number)


@given(
    st.integers(min_value=10, max_value=10**9),
    st.sampled_from(SCRIPTS),
    st.data(),
)
def test_a_number_mixing_the_digits_of_two_scripts_was_read(
    n: int, zero: str, data: st.DataObject
) -> None:
    """A run of digits of two scripts ("2٦00") is no number pwstats reads: unread in prose,
    an error in parse, whatever the digits."""
    digits = str(n)
    k = data.draw(st.integers(min_value=0, max_value=len(digits) - 1))
    first = data.draw(st.booleans())
    mixed = "".join(in_script(c, zero) if (j == k) != first else c for j, c in enumerate(digits))
    assume(not mixed.isascii() and any("0" <= c <= "9" for c in mixed))
    (m,) = extract(f"About {mixed} people fled.")
    assert (m.text, m.unread) == (mixed, mixed)
    with pytest.raises(ParseError, match="digits of two scripts"):
        parse(mixed)


@pytest.mark.parametrize("space", ["\u2007", "\u2008", "\u2002", "\u205f"])
def test_a_figure_space_between_digit_groups_split_one_number(space: str) -> None:
    """A figure space (made to group digits) and the other fixed-width spaces group digits
    in threes as a thin space does."""
    assert readings(f"Some 12{space}500 people fled.") == readings("Some 12\u2009500 people fled.")


def test_a_persian_slash_decimal_was_read_as_a_fraction() -> None:
    """ "۲/۵" is 2.5 in Persian as often as it is 2/5: unread, never the share 2/5."""
    (m,) = extract("Some ۲/۵ million people fled.")
    assert m.unread == "۲/۵"
    with pytest.raises(ParseError):
        parse("۲/۵")


@given(
    st.integers(min_value=1, max_value=99),
    st.sampled_from([("crore", ["lakh", "thousand", ""]), ("lakh", ["thousand", ""])]),
    st.integers(min_value=1, max_value=99),
    st.data(),
)
def test_a_number_said_in_two_parts_was_two_counts(
    a: int, scales: tuple[str, list[str]], b: int, data: st.DataObject
) -> None:
    """'3 lakh 20 thousand', '1 crore 20 lakh', '12 thousand 500': one number said in two
    parts is one mention, unread (pwstats does not add them up), never two counts."""
    big, smaller = scales
    small = data.draw(st.sampled_from([*smaller, "million"] if big == "crore" else smaller))
    text = f"{a} {big} {b} {small}".strip()
    (m,) = extract(f"Officials said {text} people were vaccinated.")
    assert (m.text, m.unread is not None, m.amount.interval) == (
        text,
        True,
        Interval.at_least(0),
    )
    for said in ("12 thousand 500", "2 million 300 thousand"):
        (m,) = extract(f"In all, {said} people fled.")
        assert m.unread is not None
    with pytest.raises(ParseError):
        parse(text)


@given(st.dates(min_value=dt.date(1900, 1, 1)), st.sampled_from(SCRIPTS), st.booleans())
def test_a_date_with_slashes_in_another_script_is_a_date_not_an_unread_figure(
    day: dt.date, zero: str, year_first: bool
) -> None:
    """ "On ١٢/٠٣/٢٠٢٤ some 40 died" gave an unread mention for the date beside the count,
    as a Persian slash decimal does: a date is skipped as its ASCII form is (review)."""
    ascii_date = (
        f"{day.year}/{day.month}/{day.day}" if year_first else f"{day.day}/{day.month}/{day.year}"
    )
    date = "".join(in_script(c, zero) if c.isdigit() else c for c in ascii_date)
    assert readings(f"On {date} some 40 died.") == readings(f"On {ascii_date} some 40 died.")
