"""Tests of phrasings extract once read as a different quantity than the figure said.

Each class of phrase is read right, or skipped as no count (an age, a label, a
multiplier), or left unread (``Mention.unread`` names the words, and the mention bounds
nothing but 0): never silently a count of the measure. The counts beside them stay.
"""

from __future__ import annotations

import pytest

from pwstats import Interval, ParseError, extract, parse
from pwstats.report import Reading


def texts(prose: str) -> list[str]:
    """The words of every mention extract reads as a figure (unread ones excluded)."""
    return [m.text for m in extract(prose) if m.unread is None]


def unread(prose: str) -> list[str | None]:
    """What each mention of ``prose`` leaves unread."""
    return [m.unread for m in extract(prose)]


# -- ages said in a sentence -------------------------------------------------------------

AGES = [
    ("A boy of 16 was among those killed.", []),
    ("A man of 60 died with 300 others.", ["300"]),
    ("Boys of 16 and 17 were freed.", []),
    ("The soldier was 16 when he was captured.", []),
    ("The victim, who was 16, died.", []),
    ("He was only 19 and had been held for months.", []),
    ("She is 16 and was freed on Monday.", []),
    ("The youngest prisoner is 19.", []),
    ("The oldest was 64, officials said.", []),
    ("The youngest were 18.", []),
    ("He turned 16 in captivity.", []),
    ("At 16, he joined the army.", []),
    ("Men between the ages of 18 and 60 cannot leave.", []),
    ("18- to 60-year-olds were mobilised.", []),
    ("Two 16-year-olds were freed with 300 others.", ["Two", "300"]),
    ("Children as young as 14 were among 300 freed.", ["300"]),
    ("A father of five was killed along with 300 others.", ["300"]),
    ("The youngest freed prisoner was 19 and the oldest 64.", []),
    ("The youngest 40 were freed.", ["40"]),
    ("The teenager, 16, was freed with 300 others.", ["300"]),
    ("He was 16 years of age.", []),
    ("Among them was a 16 y.o. boy.", []),
]


@pytest.mark.parametrize(("prose", "found"), AGES)
def test_an_age_in_a_sentence_was_read_as_a_count(prose: str, found: list[str]) -> None:
    """An age said with "was", "is", "turned", "of", "as young as", "At n, he", a
    suspended "18- to" or "ages of" is no count ("a boy of 16" was read as 16)."""
    assert texts(prose) == found


COUNTS_BESIDE_AGES = [
    ("The toll was 16.", ["16"]),
    ("The death toll is 16, officials said.", ["16"]),
    ("He was one of 16 freed.", ["16"]),
    ("They were 16 in the cell.", ["16"]),
    ("The toll was 300.", ["300"]),
    ("They turned 300 away at the border.", ["300"]),
]


@pytest.mark.parametrize(("prose", "found"), COUNTS_BESIDE_AGES)
def test_a_count_after_a_copula_stays_a_count(prose: str, found: list[str]) -> None:
    """A number after "was" is an age only when said of one person: "the toll was 16" and
    "they were 16" are counts."""
    assert texts(prose) == found


# -- numbers that name a unit ---------------------------------------------------------------


@pytest.mark.parametrize(
    ("prose", "found"),
    [
        ("It made the Top 10 list with 300 votes.", ["300"]),
        ("She had a top-5 finish; 40 runners started.", ["40"]),
        ("They finished in the top ten places.", []),
        ("It held a top 3 spot as 200 fled.", ["200"]),
        ("The top 3 officials were killed.", ["3"]),
        ("The top ten countries sent 300 troops.", ["ten", "300"]),
    ],
)
def test_a_rank_after_top_was_read_as_a_count(prose: str, found: list[str]) -> None:
    """ "the Top 10 list", "a top-5 finish": the number is a rank before a noun of ranking
    (:data:`pwstats.parse.context.RANK_NOUNS`), not a count ("the Top 10 list" gave 10);
    "the top 3 officials" counts officials."""
    assert texts(prose) == found


LABELLED = [
    ("Brigade 72 lost 40 men.", ["40"]),
    ("Battalion 3 and Regiment 12 lost 40 men.", ["40"]),
    ("Troops held Hill 203 with 40 men.", ["40"]),
    ("Flight 752 was shot down, killing 176.", ["176"]),
    ("They left from Gate 3 with 20 prisoners.", ["20"]),
    ("Resolution 2334 was adopted; Article 5 was invoked.", []),
]


@pytest.mark.parametrize(("prose", "found"), LABELLED)
def test_a_number_naming_a_formation_was_read_as_a_count(prose: str, found: list[str]) -> None:
    """A capitalised military formation or position before a number names it ("Brigade 72"
    was a count of 72)."""
    assert texts(prose) == found


# -- thresholds, verbs of passing one, modality, forecasts, averages --------------------------

UNREAD = [
    ("Casualties were pushing 300 by Friday.", "pushing"),
    ("The toll passed 300 on Monday.", "passed"),
    ("The toll climbed past 300.", "past"),
    ("Deaths breached 300.", "breached"),
    ("The toll crossed the 300 mark.", "mark"),
    ("The toll hit the 300-mark.", "mark"),
    ("The figure crossed the 1,000 threshold.", "threshold"),
    ("A target of 300 was missed.", "target of"),
    ("The prison has a capacity of 1,200.", "capacity of"),
    ("The toll could reach 300.", "could reach"),
    ("The toll may rise to 300.", "may rise to"),
    ("The strike may have killed 300 people.", "may have killed"),
    ("The deal would free 300 prisoners.", "would free"),
    ("Officials feared 300 had died.", "feared"),
    ("Fewer than the expected 300 returned.", "expected"),
    ("The toll is expected to reach 300.", "expected to reach"),
    ("Kyiv is set to free 300 prisoners.", "set to free"),
    ("An average of 300 died.", "average of"),
    ("Averaging 300, the toll rose.", "Averaging"),
    ("The number of dead rose by 50 overnight.", "rose by"),
    ("An increase of 300 was recorded.", "increase of"),
    ("The quota was cut by 300.", "cut by"),
    ("The army cut its force by 3,000.", "cut its force by"),
    ("Kyiv raised the number of its troops by 300.", "raised the number of its troops by"),
    ("They reduced the army's strength by 300.", "reduced the army's strength by"),
    ("Officials increased security by 300 police officers.", "increased security by"),
    ("It might well rise to 300.", "might well rise to"),
    ("If 300 prisoners are freed, talks will resume.", "If"),
    ("It is unclear whether 300 were freed.", "whether"),
    ("Kyiv plans to free 300 prisoners.", "plans to free"),
    ("Kyiv failed to free 300 prisoners.", "failed to free"),
    ("Kyiv demanded the release of 300 prisoners.", "demanded the release of"),
    ("Kyiv offered 300 prisoners in exchange.", "offered"),
    ("Twice as many as 300 were freed.", "Twice"),
    ("Three times more than 300 were freed.", "(three times)"),
    ("Half as many as 300 were freed.", "(half)"),
    ("They freed double the 300 of last year.", "double the"),
]


@pytest.mark.parametrize(("prose", "words"), UNREAD)
def test_a_threshold_a_possibility_a_forecast_or_a_standard_was_read_as_a_count(
    prose: str, words: str
) -> None:
    """The number a count passes, may reach, is expected to reach, averages or is compared
    against is not the count: the mention is unread, naming the words, and bounds nothing
    ("could reach 300" was read as 300)."""
    (m,) = extract(prose)
    assert m.unread == words
    assert m.amount.kind == "unknown"
    assert m.amount.interval.lo == 0
    assert m.amount.interval.hi == float("inf")


RATES_AND_DIFFERENCES = [
    ("They were freeing 300 a day.", "a day"),
    ("300 per week were killed.", "per week"),
    ("Up to 300 a week died.", "a week"),
    ("Some 300 people a day crossed.", "a day"),
    ("About 300 died each day.", "died each day"),
    ("300 died every week.", "died every week"),
    ("The rate was 12 per 100,000 people.", "per 100,000"),
    ("They received 300 each.", "each"),
    ("Both sides swapped 75 prisoners each.", "prisoners each"),
    ("300 daily flights were cancelled.", "daily"),
    ("They freed 300-a-day.", "-a-day"),
    ("A 300-per-day rate held.", "-per-day"),
    ("They freed 300 more than last time.", "more than"),
    ("There were 300 fewer deaths than in May.", "fewer deaths than"),
]


@pytest.mark.parametrize(("prose", "words"), RATES_AND_DIFFERENCES)
def test_a_rate_or_a_difference_was_read_as_a_count(prose: str, words: str) -> None:
    """A rate ("300 a day", "300 per week") or a difference ("300 more than last time")
    is not 300 of anything: unread, naming the words after the figure, and parse refuses them."""
    (m,) = extract(prose)
    assert m.unread == words
    assert m.amount.kind == "unknown"
    with pytest.raises(ParseError, match="another quantity"):
        parse(m.text)


COUNTS_STAY = [
    ("In May 300 prisoners were freed.", ["300"]),
    ("Russia will free 300 prisoners.", ["300"]),
    ("300 people were killed in a day.", ["300"]),
    ("300 people died a day earlier.", ["300"]),
    ("300 more prisoners were freed on Friday.", ["300 more"]),
    ("Another 300 were freed.", ["Another 300"]),
    ("Over the past 30 days 300 died.", ["30 days", "300"]),
    ("The toll reached 300.", ["300"]),
    ("The loss of 300 lives was mourned.", ["300"]),
    ("The 300 who tried to flee were caught.", ["300"]),
    ("They were killed by 300 soldiers.", ["300"]),
    ("The army cut 3,000 jobs.", ["3,000"]),
    ("Prices rose in the town overrun by 300 soldiers.", ["300"]),
    ("Taxes were cut, and the town was attacked by 300 fighters.", ["300"]),
    ("He cut the ribbon watched by 300 people.", ["300"]),
    ("Israel expanded its operation, backed by 300 tanks.", ["300"]),
    ("It would be fairer than picking out 50 prisoners.", ["50"]),
    ("It freed 300 per cent more.", ["300 per cent"]),
    ("They freed 300 prisoners per the deal.", ["300"]),
    ("More than 40 but fewer than 60 households were hit.", ["More than 40 but fewer than 60"]),
]


def test_by_after_a_verb_of_change_and_its_object_gives_a_change_then_the_level() -> None:
    """ "cut its force by 3,000 to 12,000": 3,000 is the change (unread, bounding nothing),
    12,000 the level after it; "by" after a verb and its object names no passive's agent
    (3,000 was read as a count)."""
    change, level = extract("The army cut its force by 3,000 to 12,000.")
    assert (change.text, change.unread, change.amount.kind) == (
        "cut its force by 3,000",
        "cut its force by",
        "unknown",
    )
    assert (level.text, str(level.amount.interval)) == ("12,000", "[11500, 12500]")
    with pytest.raises(ParseError):
        parse("cut its force by 3,000")


@pytest.mark.parametrize(("prose", "found"), COUNTS_STAY)
def test_counts_beside_those_phrasings_are_still_read(prose: str, found: list[str]) -> None:
    """A month "May", a future "will", "in a day", "a day earlier", an increment ("300 more
    prisoners", read as the count of the increment) and "the past 30 days" keep their
    counts."""
    assert texts(prose) == found


@pytest.mark.parametrize(
    ("unit", "copies", "tail"),
    [
        ("could ", 20_000, "300"),
        ("300 a day ", 10_000, ""),
        ("300 more ", 10_000, "than"),
        ("a boy of 16 ", 10_000, ""),
        ("per ", 20_000, "300"),
        ("ages of 1, ", 10_000, ""),
    ],
)
def test_long_runs_of_the_new_trigger_words_read_as_each_copy_does(
    unit: str, copies: int, tail: str
) -> None:
    """A long run of the new trigger words reads as its copies do one by one: each copy
    as it reads alone, the last as it reads with the tail (their time is a bench row,
    ``bench/adversarial.py``)."""

    def read(text: str) -> list[tuple[str, object, str | None]]:
        return [(m.text, m.amount, m.unread) for m in extract(text)]

    assert read(unit * copies + tail) == read(unit) * (copies - 1) + read(unit + tail)


# -- numbers run together, dashes, compounds ------------------------------------------------

RUN_TOGETHER = [
    ("On March 16 300 prisoners were freed.", ["300"]),
    ("March 16 300 000 people marched.", ["300 000"]),
    ("Brigade 72 300 soldiers were freed.", ["300"]),
    ("The 16 300 prisoners were freed.", ["16 300"]),
]


@pytest.mark.parametrize(("prose", "found"), RUN_TOGETHER)
def test_a_day_and_a_count_were_read_as_one_space_grouped_number(
    prose: str, found: list[str]
) -> None:
    """Digits grouped by a space after a month or a label are a day or a name and then a
    count: "March 16 300 people" was read as 16,300."""
    assert texts(prose) == found


@pytest.mark.parametrize("dash", ["\u2212", "\u2012", "\u2010", "\u2011", "\u2015"])
def test_a_range_with_a_typeset_dash_was_read_as_its_lower_end(dash: str) -> None:
    """A minus sign, figure dash or Unicode hyphen between two numbers is a range's dash:
    "200−300" was read as 200 and an unread "−300"."""
    (m,) = extract(f"Some 200{dash}300 prisoners were freed.")
    assert m.unread is None
    assert m.amount.kind == "approximate"
    assert m.amount == parse(f"Some 200{dash}300")
    (bare,) = extract(f"200 {dash} 300 were freed.")
    assert bare.amount.interval == parse("200-300").interval


def test_a_minus_glued_to_a_lone_number_is_still_a_sign() -> None:
    """Only between two numbers is a minus sign a dash: "−5" stays a signed number."""
    assert texts("Temperatures of \u22125 and 300 people.") == ["300"]


COMPOUNDS = [
    ("A 300-page report was published.", "page"),
    ("The 300-bed hospital was hit.", "bed"),
    ("The 5,000-seat stadium was hit.", "seat"),
]


@pytest.mark.parametrize(("prose", "words"), COMPOUNDS)
def test_a_number_counting_the_noun_it_is_hyphened_to_was_read_as_a_count(
    prose: str, words: str
) -> None:
    """In "a 300-page report" the number counts pages, not the measure: unread, naming
    the noun; a compound of a person noun ("a 300-strong unit") stays a count."""
    (m,) = extract(prose)
    assert m.unread == words
    assert texts("A 300-strong unit and a 12-member delegation.") == ["300", "12"]
    assert texts("A 300-prisoner exchange took place.") == ["300"]


def test_a_figure_after_a_word_of_doubt_that_ended_the_one_before_was_certain() -> None:
    """In "300, perhaps 400" the doubt is said of both: "400" was read as certain once
    "perhaps" had been taken as the first figure's tail. "Hundreds, perhaps thousands"
    is one figure, the hull of the two vague words, never "thousands" alone."""
    assert unread("300, perhaps 400, died.") == [", perhaps", "(perhaps)"]
    (m,) = extract("Hundreds, perhaps thousands, died.", reading="literal")
    assert (m.text, m.unread, m.amount.interval) == (
        "Hundreds, perhaps thousands",
        None,
        Interval.closed(200, 9999),
    )


@pytest.mark.parametrize("prose", ["The 1939-45 war.", "The 1914-18 war.", "In 2014-22 it grew."])
def test_a_span_of_years_in_two_digits_was_read_as_a_count(prose: str) -> None:
    """A year and a later one in two digits is a span of years: "1939-45" left 45 a count."""
    assert extract(prose) == []


# -- scales after a hyphen, one-letter suffixes ------------------------------------------------


@pytest.mark.parametrize(
    ("prose", "value"),
    [("1.5-million people fled.", 1_500_000), ("A 2-million-strong army.", 2_000_000)],
)
def test_a_scale_after_a_hyphen_was_dropped(prose: str, value: int) -> None:
    """ "1.5-million people" was read as 1.5: a scale word hyphened to a number is its scale."""
    (m,) = extract(prose)
    assert m.amount.nominal == value
    assert m.amount == parse(m.text)


@pytest.mark.parametrize("prose", ["300 m people fled.", "300 k people fled.", "300 b fled."])
def test_a_spaced_one_letter_suffix_was_dropped(prose: str) -> None:
    """ "300 m people" was read as 300: spaced, "m" may be million or metres, so the figure
    is unread, naming it; glued ("300m people") it is the suffix."""
    (m,) = extract(prose)
    assert m.unread == prose.split()[1]
    assert texts("300m people fled.") == ["300m"]


@pytest.mark.parametrize(
    "prose", ["It fell 300m from the target.", "A 300m-long convoy.", "The wall is 300m high."]
)
def test_metres_were_read_as_millions(prose: str) -> None:
    """ "300m from the target" was read as 300 million: before a word of distance or size
    the m is metres, a measurement."""
    assert extract(prose) == []


@pytest.mark.parametrize(
    ("prose", "found"),
    [
        ("By 1700 local time, 300 had crossed.", ["300"]),
        ("Around 1400 GMT the convoy of 300 left.", ["300"]),
        ("At 2330 hours 300 crossed.", ["300"]),
        ("At 15.30 300 crossed.", ["300"]),
        ("From 0800 to 1700 GMT 300 crossed.", ["300"]),
        ("He spent 1200 hours in captivity.", ["1200 hours"]),
        ("They freed 1500 prisoners.", ["1500"]),
    ],
)
def test_a_time_of_day_in_digits_was_read_as_a_count(prose: str, found: list[str]) -> None:
    """ "1700 local time", "1400 GMT", "at 2330 hours" and "at 15.30" are times of day:
    "1700" was read as a count of 1,700, "15.30" as 15.3."""
    assert texts(prose) == found


@pytest.mark.parametrize(
    ("prose", "unread"),
    [("1.234,5 people fled.", "1.234"), ("1.234.567 people fled.", "1.234.567")],
)
def test_the_rest_of_a_number_in_the_other_locale_was_read_as_a_count(
    prose: str, unread: str
) -> None:
    """In English "1.234,5" and "1.234.567" are numbers written the European way: the
    first part was left unread but the digits after the second mark were read as a count
    of 5 or 567. A number grouped twice by dots is one unread number, whole."""
    (m,) = extract(prose)
    assert m.unread == unread
    assert m.amount.interval == Interval.at_least(0)


@pytest.mark.parametrize(
    ("prose", "found"),
    [
        ("At least 300 died.[12]", ["At least 300"]),
        ("At least 300 died [12].", ["At least 300"]),
        ("Section 3(2) applies to 300 cases.", ["300"]),
        ("Round 4 of talks freed 300.", ["300"]),
        ("It killed 300 (12 children).", ["300", "12"]),
    ],
)
def test_a_reference_or_a_subsection_was_read_as_a_count(prose: str, found: list[str]) -> None:
    """A citation mark ("died.[12]"), a subsection glued to its section ("3(2)") and a
    numbered round of talks ("Round 4") name things; a spaced aside "(12 children)" counts."""
    assert texts(prose) == found


@pytest.mark.parametrize(
    ("prose", "found"),
    [
        ("The EU pledged 300 million in aid.", []),
        ("Aid worth 300 million was sent.", []),
        ("A budget of 300 million was approved.", []),
        ("It paid 300 in damages.", []),
        ("The cost of 300 lives was mourned.", ["300"]),
        ("300 people in aid camps.", ["300"]),
    ],
)
def test_money_without_a_currency_word_was_read_as_a_count(prose: str, found: list[str]) -> None:
    """ "300 million in aid", "worth 300 million", "a budget of 300 million" are amounts of
    money whose currency is unsaid: they were counts of 300 million."""
    assert texts(prose) == found


@pytest.mark.parametrize(
    ("prose", "value"),
    [
        ("Three-hundred prisoners were freed.", 300),
        ("Some two-thousand prisoners were freed.", 2000),
        ("A three-hundred-strong unit.", 300),
    ],
)
def test_a_number_word_hyphened_to_its_scale_was_read_without_it(prose: str, value: int) -> None:
    """ "three-hundred prisoners" was read as 3: a scale word after a hyphen is the number's."""
    (m,) = extract(prose)
    assert m.amount.nominal == value
    assert m.amount == parse(m.text)


def test_one_before_or_and_a_number_was_dropped_from_the_range() -> None:
    """ "one or two hundred" was read as "two hundred": a lone "one" is skipped as a
    pronoun, but before "or" or "to" and a number it starts a range."""
    assert [(m.text, str(m.amount.interval)) for m in extract("One or two hundred fled.")] == [
        ("One or two hundred", "[100, 200]")
    ]
    assert texts("One of them died.") == []


def test_a_dozen_or_two_was_read_as_a_dozen_and_a_count_of_two() -> None:
    """ "a dozen or two" is from one dozen to two: unread, never 12 and a count of 2."""
    assert unread("A dozen or two fled.") == ["or two"]


@pytest.mark.parametrize(
    ("prose", "words"),
    [
        ("300 – possibly 400 – died.", ["– possibly", "(possibly)"]),
        ("300, if not 400, died.", [", if", "not"]),
        ("300 or perhaps 400 died.", ["or perhaps", "(perhaps)"]),
        ("300 to perhaps 400 died.", ["to perhaps", "(perhaps)"]),
    ],
)
def test_a_figure_before_a_doubted_other_figure_was_read_as_certain(
    prose: str, words: list[str]
) -> None:
    """In "300 or perhaps 400" the first figure may be the second: 300 was read as
    [270, 330]. (Vague words so joined are one figure, their hull: see
    test_a_vague_word_going_on_to_a_larger_one_was_read_alone.)"""
    assert unread(prose) == words
    assert texts("300 or 400 died.") == ["300 or 400"]


@pytest.mark.parametrize("prose", ["A 50-50 split.", "It ended in a 2-2 draw."])
def test_a_split_or_a_tie_was_read_as_a_count(prose: str) -> None:
    """ "a 50-50 split" was read as a range of one count, 50: in prose equal ends joined by
    a hyphen are a split or a score, unread (parse, given the figure alone, reads the
    range it writes)."""
    (m,) = extract(prose)
    assert m.unread == m.text


@pytest.mark.parametrize(
    ("prose", "found"),
    [
        ("1. Ukraine returned 300 prisoners.\n2. Russia returned 250.", ["300", "250"]),
        ("(2) Russia returned 250.", ["250"]),
        ("He said: “49. Exactly 230 were freed.”", ["Exactly 230"]),
        ("The toll was 49. Exactly 230 were freed.", ["49", "Exactly 230"]),
        ("They freed (12) Ukrainians.", ["12"]),
        ("Returned: 300. Missing: 40.", ["300", "40"]),
    ],
)
def test_the_number_of_a_list_item_was_read_as_a_count(prose: str, found: list[str]) -> None:
    """ "1. Ukraine returned 300" read the item number 1 as a count: a number below 100 that
    starts a line or sentence (or an opening quote after "said:") and ends in "." or ")"
    before a capital is a list number."""
    assert texts(prose) == found


def test_a_rate_after_a_quoted_word_was_read_as_a_count() -> None:
    """In "50 or 100 ‘special’ individuals a month" the quote marks stopped the scan for a
    rate after the noun, so the range was read as a count; quote marks around a word of
    the noun phrase are read past, for rates and hedges alike."""
    assert unread("picking out 50 or 100 ‘special’ individuals a month") == ["a month"]
    (m,) = extract("It killed 300 “enemy” fighters at most.")
    assert m.amount.interval == parse("300 at most").interval


@pytest.mark.parametrize(
    ("prose", "words"),
    [
        ("Roughly 300 people were killed per day in May.", "people were killed per day"),
        ("In May 300 prisoners were freed each week.", "prisoners were freed each week"),
        ("Each day, 300 died.", "Each day,"),
        ("Every week some 300 die.", "Every week"),
        ("The daily toll was 300.", "daily toll was"),
    ],
)
def test_a_rate_said_elsewhere_in_the_clause_was_read_as_a_count(prose: str, words: str) -> None:
    """A rate after the verb ("300 were killed per day") or before the figure ("Each day,
    300 died", "the daily toll was 300") makes it a rate as one right after it does."""
    (m,) = extract(prose)
    assert m.unread == words


@pytest.mark.parametrize(
    ("prose", "found"),
    [
        ("300 were killed in a day.", ["300"]),
        ("300 were freed a day after the talks.", ["300"]),
        ("On the first day, 300 died.", ["300"]),
        ("Kyiv freed 300 prisoners on Friday.", ["300"]),
        ("300 died and 40 fled each day.", ["300"]),
    ],
)
def test_a_count_beside_a_period_stays_a_count(prose: str, found: list[str]) -> None:
    """ "in a day", "a day after", "on the first day" and a rate in the next clause leave a
    count a count."""
    assert texts(prose) == found


# -- decades of counts: "the mid-300s", "in the 300s" ------------------------------------

DECADES = [
    ("Casualties were in the mid-300s.", "in the mid-300s", "[340, 369]"),
    ("The toll reached the low 200s by Friday.", "the low 200s", "[200, 239]"),
    ("Deaths rose into the upper 400s.", "into the upper 400s", "[470, 499]"),
    ("Estimates were in the 300s.", "in the 300s", "[300, 399]"),
    ("The count was in the 300's.", "in the 300's", "[300, 399]"),
    ("Losses are in the high-300s now.", "in the high-300s", "[370, 399]"),
    ("The toll was in the early 300s.", "in the early 300s", "[300, 339]"),
    ("The toll was in the late 1,200s.", "in the late 1,200s", "[1270, 1299]"),
    ("Numbers were in the middle 2,000s.", "in the middle 2,000s", "[2400, 2699]"),
    ("It is now in the mid-to-high 300s.", "in the mid-to-high 300s", "[340, 399]"),
    ("Estimates run in the low to mid 200s.", "in the low to mid 200s", "[200, 269]"),
    ("They freed the 250s.", "the 250s", "[250, 259]"),
    ("in the 3000s", "in the 3000s", "[3000, 3999]"),
    # a power of ten: the band of its scale word holds "1,000 to 1,999" and "thousands"
    ("Deaths were in the 1,000s.", "in the 1,000s", "[1000, 9999]"),
    ("Deaths were in the 100s.", "in the 100s", "[100, 999]"),
]


@pytest.mark.parametrize(("prose", "words", "interval"), DECADES)
@pytest.mark.parametrize("reading", ["literal", "pragmatic", "lenient"])
def test_a_decade_of_counts_reads_as_its_documented_band(
    prose: str, words: str, interval: str, reading: Reading
) -> None:
    """'the mid-300s' is the middle third of 300-399 by its next digit, [340, 369], under
    every reading, with its words; it was skipped as a name (or, for 1,000s, read as
    'thousands' whatever part was said)."""
    (m,) = extract(prose, reading=reading)
    assert (m.text, m.unread, m.amount.kind) == (words, None, "vague")
    assert m.amount.interval == Interval.parse(interval)
    assert parse(words, reading=reading).interval == Interval.parse(interval)


@pytest.mark.parametrize(
    ("prose", "words"),
    [
        ("The toll was in the early 1,000s.", "in the early 1,000s"),
        ("Deaths are in the mid-100s.", "in the mid-100s"),
        ("The low 10,000s were reached.", "The low 10,000s"),
        ("They counted 300s of bodies.", "300s"),
        ("It is in the upper-to-low 300s.", "in the upper-to-low 300s"),
    ],
)
def test_a_decade_pwstats_cannot_place_is_unread(prose: str, words: str) -> None:
    """'the early 1,000s' (early thousands, or 1,000-1,399?), a bare '300s' and inverted
    parts are one unread mention that bounds nothing; parse refuses them."""
    (m,) = extract(prose)
    assert (m.text, m.unread, m.amount.kind) == (words, words, "unknown")
    assert m.amount.interval == Interval.at_least(0)
    with pytest.raises(ParseError):
        parse(words)


@pytest.mark.parametrize(
    "prose",
    [
        "In the 1990s, 12 died.",
        "By the mid-1990s, 12 died.",
        "In the early 2000s, 12 died.",
        "in the 1800s 12 died",
        "Most were in their 20s; 12 died.",
        "temperatures in the mid-30s; 12 died",
    ],
)
def test_a_decade_of_years_or_ages_is_no_count(prose: str) -> None:
    """'the 1990s' is ten years and 'their 20s' an age: no count, never a band."""
    assert [m.text for m in extract(prose)] == ["12"]


# -- a possibility, fear or belief said after the figure ----------------------------------

MODALITY_AFTER = [
    ("300 feared dead after the flood", "300 feared dead", "feared dead"),
    ("Up to 300 feared killed in the blast.", "Up to 300 feared killed", "feared killed"),
    ("Some 300 people are feared dead.", "Some 300 people are feared", "people are feared"),
    ("300 presumed dead", "300 presumed dead", "presumed dead"),
    ("300 are presumed dead.", "300 are presumed", "are presumed"),
    ("300 believed killed in the raid", "300 believed killed", "believed killed"),
    ("As many as 300 are believed to have died.", "As many as 300 are believed", "are believed"),
    ("More than 300 are thought to have perished.", "More than 300 are thought", "are thought"),
    ("Hundreds are feared dead.", "Hundreds are feared", "are feared"),
    ("dozens feared dead", "dozens feared dead", "feared dead"),
    ("300 are now feared dead", "300 are now feared", "are now feared"),
    ("Around 40 were presumed drowned.", "Around 40 were presumed", "were presumed"),
    ("300 people may have died.", "300 people may have", "people may have"),
    (
        "Up to 1,000 people may have been killed.",
        "Up to 1,000 people may have",
        "people may have",
    ),
    ("300 could be dead.", "300 could be", "could be"),
    ("300 might die in the cold.", "300 might", "might"),
    ("300 probably died.", "300 probably", "probably"),
    ("300 civilians are likely dead.", "300 civilians are likely", "civilians are likely"),
    ("300 are suspected dead.", "300 are suspected", "are suspected"),
    ("300 are expected to die.", "300 are expected", "are expected"),
]


@pytest.mark.parametrize(("prose", "words", "said"), MODALITY_AFTER)
def test_a_figure_feared_or_believed_is_unread(prose: str, words: str, said: str) -> None:
    """'300 feared dead', '300 believed killed', '300 may have died': a possibility after
    the figure is unread, as 'feared 300 had died' and 'may have killed 300' are; it was
    a count of 300."""
    found = extract(prose)
    assert [(m.text, m.unread, m.amount.kind) for m in found] == [(words, said, "unknown")]
    assert found[0].amount.interval == Interval.at_least(0)
    with pytest.raises(ParseError, match="uncertain"):
        parse(words)
    with pytest.raises(ParseError, match="uncertain"):
        parse(prose)


@pytest.mark.parametrize(
    ("prose", "found"),
    [
        ("300 reported dead", ["300"]),
        ("300 people were reported dead.", ["300"]),
        ("300 are said to have died.", ["300"]),
        ("300 are still missing.", ["300"]),
        ("300 people feared the worst.", ["300"]),
        ("300 people thought it was safe.", ["300"]),
        ("300 could not be saved.", ["300"]),
        ("Up to and including 300 people may apply.", ["Up to and including 300"]),
        ("300 missing, presumed dead", ["300"]),
        ("An estimated 300 people died.", ["An estimated 300"]),
        ("300 were killed, and 40 may have fled.", ["300"]),
    ],
)
def test_attribution_and_other_verbs_after_a_figure_leave_a_count(
    prose: str, found: list[str]
) -> None:
    """Attribution ('300 reported dead', 'said to have died'), a verb the figure is the
    subject of ('300 people feared the worst'), a permission or what was not possible, a
    modal in the next clause, and 'an estimated 300' (an approximator) keep the count."""
    assert texts(prose) == found


# -- increments: "another 300", "300 more" ------------------------------------------------

INCREMENTS = [
    ("Another 300 prisoners were freed on Friday.", "Another 300", "another", "[270, 330]"),
    ("A further 300 were released.", "A further 300", "a further", "[270, 330]"),
    ("300 more were released.", "300 more", "more", "[270, 330]"),
    ("An additional 300 detainees were swapped.", "An additional 300", "an additional", None),
    ("300 additional prisoners were freed.", "300 additional", "additional", None),
    ("They sent an extra 2,000 troops.", "an extra 2,000", "an extra", "[1800, 2200]"),
    ("Yet another 300 fled.", "Yet another 300", "yet another", None),
    ("another 300 or so", "another 300 or so", "another", "[270, 330]"),
    ("Some 300 more fled.", "Some 300 more", "more", "[270, 330]"),
    ("At least 300 more prisoners were freed.", "At least 300 more", "more", "[300, 350]"),
    ("Hundreds more fled.", "Hundreds more", "more", "[200, 999]"),
    ("a further 1,234 were registered", "a further 1,234", "a further", "[1234, 1234]"),
]


@pytest.mark.parametrize(("prose", "words", "increment", "interval"), INCREMENTS)
def test_an_increment_is_read_as_the_increment_and_says_so(
    prose: str, words: str, increment: str, interval: str | None
) -> None:
    """'another 300', 'a further 300', '300 more': the count of the increment, as said,
    with Amount.increment naming the words (it passed silently as a plain count)."""
    (m,) = extract(prose)
    assert (m.text, m.unread, m.amount.increment) == (words, None, increment)
    if interval is not None:
        assert m.amount.interval == Interval.parse(interval)
    assert parse(words) == m.amount


@pytest.mark.parametrize(
    "prose",
    ["300 prisoners were freed.", "The other 300 stayed.", "300 more than last year fled."],
)
def test_a_total_or_a_difference_is_no_increment(prose: str) -> None:
    """A plain count, 'the other 300' and a difference ('300 more than last year') name no
    increment."""
    assert all(m.amount.increment is None for m in extract(prose))


# -- vote tallies and scores --------------------------------------------------------------

TALLIES = [
    ("The bill passed 300–120.", "300–120"),
    ("The motion passed 300-120 on Tuesday.", "300-120"),
    ("It was a 3-2 decision.", "3-2"),
    ("The court ruled 5-4.", "5-4"),
    ("a 5–4 ruling", "5–4"),
    ("They won 3-1.", "3-1"),
    ("It ended in a 2-3 defeat.", "2-3"),
    ("The Senate voted 52-48.", "52-48"),
    ("a 52-48 vote", "52-48"),
    ("approved by a vote of 300-120", "300-120"),
    ("The resolution was adopted 120-3-5.", "120-3-5"),
    ("Lawmakers voted 300 to 120 in favour.", "300 to 120"),
    ("Parliament approved the bill 300 to 120.", "300 to 120"),
    ("a 300 to 120 vote", "300 to 120"),
    ("It was won by 300 votes to 200.", "300 votes to 200"),
    ("The vote was 300 for and 120 against.", "300 for and 120 against"),
    ("The vote was 300 in favour, 120 against.", "300 in favour, 120 against"),
    ("The vote ended 50-50.", "50-50"),
    ("The vote was 120-300.", "120-300"),
    ("The final score was 1-2 after extra time.", "1-2"),
    ("It passed by a margin of 120 to 300.", "120 to 300"),
    ("The motion passed by 15 votes to none.", "15 votes to none"),
    ("It was rejected by 9 votes to nil.", "9 votes to nil"),
    ("She won 43 votes to her 38.", "43 votes to her 38"),
    ("He won 43 votes to their 38 votes.", "43 votes to their 38 votes"),
    ("It passed fifteen votes to twelve.", "passed fifteen votes to twelve"),
]


@pytest.mark.parametrize(("prose", "words"), TALLIES)
def test_a_vote_tally_or_score_is_unread_never_a_range(prose: str, words: str) -> None:
    """'passed 300-120', 'a 3-2 decision', 'voted 300 to 120': one unread mention that
    bounds nothing, never two counts (300 and 120) nor the range [120, 300]."""
    found = extract(prose)
    assert [(m.text, m.amount.kind) for m in found] == [(words, "unknown")]
    assert found[0].unread is not None
    assert found[0].amount.interval == Interval.at_least(0)


@pytest.mark.parametrize(
    ("prose", "found"),
    [
        ("They gave 300 votes to her 38 rivals.", ["300", "38"]),
        ("He got 43 votes to the 38 cast for her.", ["43", "38"]),
        ("They sent 300 votes to one million voters.", ["300", "one million"]),
        ("None of the 300 voters came.", ["300"]),
    ],
)
def test_counts_after_votes_to_stay_counts(prose: str, found: list[str]) -> None:
    """The other side of a tally that is owned ("her 38") or in words ("one million") and
    then counts a noun of its own ("her 38 rivals") is no tally: both stay counts."""
    assert [m.text for m in extract(prose)] == found


@pytest.mark.parametrize(
    "text",
    [
        "300-120",
        "3-2 decision",
        "a 2-3 defeat",
        "52-48 vote",
        "300 votes to 200",
        "300 for and 120 against",
        "15 votes to none",
        "43 votes to her 38",
    ],
)
def test_parse_refuses_a_tally(text: str) -> None:
    """parse never reads a tally or score as a range or a count."""
    with pytest.raises(ParseError):
        parse(text)


@pytest.mark.parametrize(
    ("prose", "words"),
    [
        ("Codes 0-1-2-3-4-5-6-7-8-9 were used.", "0-1-2-3-4-5-6-7-8-9"),
        ("They played a 4-4-2 formation.", "4-4-2"),
        ("Between 2-3-4 people came.", "2-3-4"),
        ("1-2-3-4-5-6-7-8-9-10-11-12-13-14 killed", "1-2-3-4-5-6-7-8-9-10-11-12-13-14"),
        ("a 9-8-7 countdown", "9-8-7"),
    ],
)
def test_a_chain_of_three_dashed_numbers_is_one_unread_mention(prose: str, words: str) -> None:
    """Numbers joined by glued dashes, three or more, are a code, a score or a formation:
    one unread mention, never ranges of their pairs ('0-1' and '2-3' were read as counts)."""
    found = extract(prose)
    assert [(m.text, m.amount.interval) for m in found] == [(words, Interval.at_least(0))]
    assert found[0].unread == words


def test_parse_refuses_a_chain_of_dashed_numbers() -> None:
    """parse names a chain of three numbers as no figure, never reads its first two."""
    with pytest.raises(ParseError, match="chain of numbers"):
        parse("1-2-3")


def test_estimates_beside_each_other_are_each_one_mention() -> None:
    """Many estimates in one text are each one estimate, in order, with nothing between."""
    text = " ".join(f"{400 + i} (95% CI 350-{600 + i})" for i in range(50))
    found = extract(text)
    assert [m.amount.kind for m in found] == ["estimate"] * 50
    assert [m.amount.nominal for m in found] == [400 + i for i in range(50)]
    assert [m.amount.interval for m in found] == [Interval.closed(350, 600 + i) for i in range(50)]


@pytest.mark.parametrize(
    ("prose", "found"),
    [
        ("Troops defeated 200-300 fighters.", ["200-300"]),
        ("They killed 200-300 fighters.", ["200-300"]),
        ("the count fell from 1,400 to 1,200", ["1,400", "1,200"]),
        ("The toll fell by 300 to 120.", ["120"]),
        ("Between 120 and 300 were freed.", ["Between 120 and 300"]),
        ("300 votes were cast.", ["300"]),
        ("The death count was 200-300.", ["200-300"]),
        ("It won a majority of 120-300 seats.", ["120-300"]),
    ],
)
def test_ranges_and_changes_beside_tally_words_stay(prose: str, found: list[str]) -> None:
    """A range of a counted noun after a verb of winning, a change and a level, and a count
    of votes are read as before."""
    assert texts(prose) == found


# -- a year after "to", "until", "through", "by" ---------------------------------------------

YEARS_AFTER_TO = [
    ("They freed 3,000 to 2023.", ["3,000"]),
    ("Kyiv freed 300 to 2023.", ["300"]),
    ("Kyiv had freed 1,200 until 2023, officials said.", ["1,200"]),
    ("The toll rose from 1,200 in 2022 to 3,000 by 2024.", ["1,200", "3,000"]),
    ("the count grew from 1,200 in 2022 to 3,000", ["1,200", "3,000"]),
    ("It climbed from 300 in 2019 to 2,000 in 2023.", ["300", "2,000"]),
    ("Deaths went from 40 in 2020 to 300 in 2023.", ["40", "300"]),
    ("Up to 2023, 300 were freed.", ["300"]),
    ("They freed 3,000 up to 2023.", ["3,000"]),
    ("They freed up to 3,000 through 2023.", ["up to 3,000"]),
    ("300 were freed through 2024.", ["300"]),
    ("It held 300 up until 2023.", ["300"]),
    ("Since 2014, 3,000 to 2023 have been freed.", ["3,000"]),
]


@pytest.mark.parametrize(("prose", "found"), YEARS_AFTER_TO)
def test_a_year_after_to_was_read_as_a_count_or_a_range_end(prose: str, found: list[str]) -> None:
    """A year is never a count nor the end of a count range: "from 1,200 in 2022 to 3,000"
    was read as the range [2022, 3000], "up to 2023" as at most 2,023 and "300 to 2023" as
    [300, 2023]; a year after "to", "until", "through" or "by" before no noun is a date."""
    assert texts(prose) == found
    assert all(m.unread is None for m in extract(prose))


@pytest.mark.parametrize(
    ("prose", "found"),
    [
        ("Up to 2023 people were freed.", ["Up to 2023"]),
        ("Between 300 and 2000 people fled.", ["Between 300 and 2000"]),
        ("The 200-2000 people who fled.", ["200-2000"]),
        ("They freed 300 to 2,023 prisoners.", ["300 to 2,023"]),
    ],
)
def test_a_year_like_count_before_its_noun_stays_a_count(prose: str, found: list[str]) -> None:
    """A four-digit number before the noun it counts ("up to 2023 people", "200-2000
    people") is a count, as "2023 people" is."""
    assert texts(prose) == found


@pytest.mark.parametrize(
    ("prose", "said"),
    [
        ("Prices went up to 2023.", "up to 2023"),
        ("The toll rose to 2023.", "2023"),
        ("The toll rose from 300 to 2023.", "2023"),
        ("The toll fell from 3,000 to 2023.", "2023"),
        ("The toll rose to 2023 by May.", "2023"),
        ("Estimates put the toll at 300 to 2000.", "300 to 2000"),
        ("The toll could be up to 2000.", "up to 2000"),
        ("They freed 300 to 2023 in total.", "300 to 2023"),
    ],
)
def test_a_year_or_a_count_after_to_is_unread(prose: str, said: str) -> None:
    """After a word of change ("rose to 2023.": a level of 2,023, or until 2023?), as a
    whole hundred ("up to 2000.") or before a word of time ("to 2023 in total") a
    year-like number after "to" may be either: unread, never silently one; "rose to
    2023." was skipped as a year."""
    found = [m for m in extract(prose) if m.unread is not None]
    assert [m.unread for m in found] == [said]
    assert found[0].amount.interval == Interval.at_least(0)


def test_parse_refuses_a_count_range_from_a_year() -> None:
    """parse never reads "2022 to 3,000" (a year and a count) as the range [2022, 3000]."""
    with pytest.raises(ParseError):
        parse("in 2022 to 3,000")


# -- phrasal verbs whose particle is a hedge word -----------------------------------------

PARTICLE_NOT_HEDGE = [
    ("Russia handed over 2-3 bodies.", "2-3", "[2, 3]"),
    ("Russia handed over 200 prisoners.", "200", "[180, 220]"),
    ("Kyiv hands over 1,234 bodies.", "1,234", "[1234, 1234]"),
    ("They turned over 40 documents.", "40", "[40, 40]"),
    ("Police are turning over 300 files.", "300", "[270, 330]"),
    ("Russia handed over more than 200 prisoners.", "more than 200", "(200, 250]"),
    ("Russia handed over about 200 prisoners.", "about 200", None),
    ("They turned over some 40 documents.", "some 40", None),
    ("Russia has handed over up to 300 bodies.", "up to 300", None),
]


@pytest.mark.parametrize(("prose", "words", "interval"), PARTICLE_NOT_HEDGE)
def test_the_particle_of_a_verb_of_handing_over_was_read_as_a_hedge(
    prose: str, words: str, interval: str | None
) -> None:
    """In "handed over 2-3 bodies" and "turned over 40 documents" "over" is the verb's
    particle (a transfer), not "more than": they were read as (2, 4] and (40, 45]; a hedge
    after the particle ("handed over about 200") was left unread as a second hedge."""
    (m,) = extract(prose)
    assert (m.text, m.unread) == (words, None)
    assert m.amount == parse(words)
    if interval is not None:
        assert m.amount.interval == Interval.parse(interval)


PARTICLE_OR_HEDGE = [
    ("The army took over 200 positions.", "took over 200", "took over"),
    ("Rebels have taken over 40 towns.", "taken over 40", "taken over"),
    ("They gave over 300 prisoners.", "gave over 300", "gave over"),
    ("Kyiv sent over 300 troops.", "sent over 300", "sent over"),
    ("He signed over 40 decrees.", "signed over 40", "signed over"),
    ("Investigators went over 300 files.", "went over 300", "went over"),
    ("The truck ran over 12 people.", "ran over 12", "ran over"),
    ("Kharkiv came under 40 missile strikes.", "came under 40", "came under"),
    ("The toll has come under 300.", "come under 300", "come under"),
]


@pytest.mark.parametrize(("prose", "words", "said"), PARTICLE_OR_HEDGE)
def test_a_verb_whose_over_may_be_its_particle_or_a_hedge_is_unread(
    prose: str, words: str, said: str
) -> None:
    """ "took over 200 positions" is "seized 200" or "took more than 200", "came under 40
    strikes" "struck 40 times" or "fewer than 40": pwstats cannot tell, so the mention is
    unread, naming the verb and its particle, and bounds nothing; it was read as more than
    200 and fewer than 40."""
    (m,) = extract(prose)
    assert (m.text, m.unread, m.amount.kind) == (words, said, "unknown")
    assert m.amount.interval == Interval.at_least(0)


@pytest.mark.parametrize(
    ("prose", "words"),
    [
        ("They killed over 200 people.", "over 200"),
        ("Over 200 prisoners were handed over.", "Over 200"),
        ("Russia handed back over 200 prisoners.", "over 200"),
        ("They set about 40 fires.", "about 40"),
        ("It brought about 300 deaths.", "about 300"),
        ("They gave up 30 prisoners.", "30"),
        ("He handed them over 200 letters.", "over 200"),
    ],
)
def test_a_hedge_after_another_verb_stays_a_hedge(prose: str, words: str) -> None:
    """After a verb that takes no particle "over" is "more than"; "about" after "set" or
    "brought" reads as an approximator, whose interval holds the bare number too; "handed
    back over 200" is more than 200 handed back."""
    (m,) = extract(prose)
    assert (m.text, m.unread) == (words, None)


def test_parse_refuses_a_figure_after_a_phrasal_verb() -> None:
    """parse never reads "handed over 2-3" as "over 2-3": words before a figure are refused."""
    with pytest.raises(ParseError):
        parse("handed over 2-3 bodies")


# -- "missing, presumed dead" ----------------------------------------------------------------


@pytest.mark.parametrize(
    "prose",
    [
        "300 missing, presumed dead",
        "Some 300 are missing, presumed dead.",
        "300 missing presumed dead",
        "300 soldiers missing presumed killed",
    ],
)
def test_missing_presumed_dead_is_a_count_of_the_missing(prose: str) -> None:
    """ "300 missing, presumed dead" counts 300 missing: the presumption is about their fate,
    not the number, so it stays a count (of the missing); "300 presumed dead" alone is
    unread (a fear said of the figure)."""
    (m,) = extract(prose)
    assert m.unread is None
    assert m.amount.nominal == 300


# -- decades in a list ----------------------------------------------------------------------

DECADE_LISTS = [
    ("Tolls were in the 300s and 400s.", [("in the 300s", "[300, 399]"), ("400s", "[400, 499]")]),
    (
        "Tolls were in the 300s, 400s and 500s.",
        [("in the 300s", "[300, 399]"), ("400s", "[400, 499]"), ("500s", "[500, 599]")],
    ),
    ("the 1,200s and 1,300s", [("the 1,200s", "[1200, 1299]"), ("1,300s", "[1300, 1399]")]),
    ("the low 300s and high 400s", [("the low 300s", "[300, 339]"), ("high 400s", "[470, 499]")]),
    ("Deaths were in the 300s or 400s.", [("in the 300s or 400s", "[300, 499]")]),
    ("the 1,200s or 1,300s", [("the 1,200s or 1,300s", "[1200, 1399]")]),
    ("in the 300s to 400s", [("in the 300s to 400s", "[300, 499]")]),
    ("the 300s-400s", [("the 300s-400s", "[300, 499]")]),
    ("in the 300s & 400s", [("in the 300s", "[300, 399]"), ("400s", "[400, 499]")]),
    ("in the high 300s or low 400s", [("in the high 300s or low 400s", "[370, 439]")]),
    ("Tolls were in the 300s, 400s or 500s.", [("in the 300s, 400s or 500s", "[300, 599]")]),
    ("the 300s, 400s, or 500s", [("the 300s, 400s, or 500s", "[300, 599]")]),
    ("the 300s, 400s, 500s or 600s", [("the 300s, 400s, 500s or 600s", "[300, 699]")]),
    ("the 300s, the 400s or the 500s", [("the 300s, the 400s or the 500s", "[300, 599]")]),
    ("the high 300s, 400s or low 500s", [("the high 300s, 400s or low 500s", "[370, 539]")]),
    (
        "the 300s, 400s, and 500s",
        [("the 300s", "[300, 399]"), ("400s", "[400, 499]"), ("500s", "[500, 599]")],
    ),
    ("the 300s, 400s", [("the 300s", "[300, 399]"), ("400s", "[400, 499]")]),
    ("the 300s or even 400s", [("the 300s or even 400s", "[300, 499]")]),
    ("the 300s, 400s or even 500s", [("the 300s, 400s or even 500s", "[300, 599]")]),
    ("the 300s, 400s or more", [("the 300s, 400s or more", "[300, 502]")]),
]


@pytest.mark.parametrize(("prose", "found"), DECADE_LISTS)
def test_a_second_decade_in_a_list_was_unread(prose: str, found: list[tuple[str, str]]) -> None:
    """ "in the 300s and 400s" left "400s" unread: a decade after "and" or a comma that
    follows a decade reads as its band; two joined by "or" or "to", or a list of them
    whose last is joined by "or" ("the 300s, 400s or 500s", which left "500s" unread),
    are one figure, their hull, as "300 or 400" is one range."""
    got = extract(prose)
    assert [(m.text, str(m.amount.interval)) for m in got] == found
    assert all(m.unread is None for m in got)


def test_parse_reads_or_refuses_a_list_of_decades() -> None:
    """parse read "in the 300s and 400s" as [300, 399], dropping "400s": two figures are an
    error, and "the 300s or 400s" is their hull."""
    with pytest.raises(ParseError, match="two figures"):
        parse("in the 300s and 400s")
    assert parse("the 300s or 400s").interval == Interval.closed(300, 499)
    assert parse("the 300s, 400s or 500s").interval == Interval.closed(300, 599)


# -- an unread increment ----------------------------------------------------------------------

UNREAD_INCREMENTS = [
    ("Another 200 are expected.", "another"),
    ("Another 200 are feared dead.", "another"),
    ("A further 300 may have died.", "a further"),
    ("300 more are expected to arrive.", "more"),
    ("Perhaps another 300 fled.", "another"),
    ("An additional 300 could be freed.", "an additional"),
]


@pytest.mark.parametrize(("prose", "increment"), UNREAD_INCREMENTS)
def test_an_unread_increment_did_not_say_it_was_one(prose: str, increment: str) -> None:
    """ "another 200 are expected" is unread (a forecast) and an increment: the unread
    mention named no increment, so a reader could take it for a running total."""
    (m,) = extract(prose)
    assert m.unread is not None
    assert m.amount.increment == increment
    assert m.amount.interval == Interval.at_least(0)


# -- neighbouring phrasings ---------------------------------------------------------------------


@pytest.mark.parametrize(
    ("prose", "words", "interval"),
    [
        ("more or less 300 died", "more or less 300", "[270, 330]"),
        ("300 or so died", "300 or so", "[270, 330]"),
        ("300, more or less, died", "300, more or less", "[270, 330]"),
    ],
)
def test_more_or_less_and_or_so_are_approximators(prose: str, words: str, interval: str) -> None:
    """ "more or less 300" and "300 or so" read as "about 300", never as "more than" or
    "less than" 300."""
    (m,) = extract(prose)
    assert (m.text, m.unread, str(m.amount.interval)) == (words, None, interval)


@pytest.mark.parametrize(
    ("prose", "words"),
    [
        ("300 died over 3 days.", "over 3 days"),
        ("They were held over 2-3 days.", "over 2-3 days"),
        ("Talks ran over two weeks.", "over two weeks"),
    ],
)
def test_over_before_a_duration_is_unread(prose: str, words: str) -> None:
    """ "300 died over 3 days" is during 3 days, "held for over 3 days" more than 3: after
    no "for" "over" before a duration may be either, so the duration is unread; it was
    read as more than 3 days."""
    found = [m for m in extract(prose) if m.text == words]
    assert len(found) == 1
    assert found[0].unread == "over"
    (held,) = extract("They were held for over 3 days.")
    assert (held.text, held.unread, held.amount.kind) == ("over 3 days", None, "lower")


@pytest.mark.parametrize(
    ("prose", "words", "interval"),
    [
        ("The trial ran for over 212 trial days.", "over 212 trial days", "(212, 215]"),
        ("Payment is due in 10 working days.", "10 working days", "[10, 10]"),
        ("Shelling went on for three straight days.", "three straight days", "[3, 3]"),
        ("The court sat for 40 court days.", "40 court days", "[40, 40]"),
    ],
)
def test_a_word_between_a_number_and_its_time_unit_keeps_it_a_duration(
    prose: str, words: str, interval: str
) -> None:
    """ "212 trial days" is a duration of 212 days, as "212 days" is: its unit is the day,
    its noun "days" ("over 212 trial days" was "over 212", a count of 212 people)."""
    (m,) = extract(prose)
    assert (m.text, m.unread, str(m.amount.interval)) == (words, None, interval)
    assert (m.amount.unit, m.noun) == ("day", "days")
    assert parse(words).unit == "day"


@pytest.mark.parametrize(
    ("prose", "found"),
    [
        ("300 civilians days later fled.", [("300", "person")]),
        ("Some 300 school children fled.", [("Some 300", "person")]),
        ("They held 300 trial witnesses.", [("300", "person")]),
        (
            "Over 3 consecutive days, 300 died.",
            [("Over 3 consecutive days", "day"), ("300", "person")],
        ),
    ],
)
def test_counts_beside_a_duration_word_stay_counts(
    prose: str, found: list[tuple[str, str]]
) -> None:
    """A word of :data:`pwstats.parse.context.DURATION_MODIFIERS` makes a duration only
    before a time unit: "300 school children" and "300 trial witnesses" are counts."""
    assert [(m.text, m.amount.unit) for m in extract(prose)] == found


# -- a hedge after a vague word or a decade -------------------------------------------------

VAGUE_THEN_HEDGE = [
    ("Hundreds or more were killed.", "Hundreds or more", "[200, +inf)"),
    ("Dozens or fewer fled.", "Dozens or fewer", "[0, 119]"),
    ("Thousands or more people fled.", "Thousands or more", "[2000, +inf)"),
    ("Several hundred or more died.", "Several hundred or more", "[300, +inf)"),
    ("Casualties were in the 300s or more.", "in the 300s or more", "[300, +inf)"),
    ("Hundreds at most died.", "Hundreds at most", "[0, 999]"),
    ("Dozens+ fled.", "Dozens+", "[24, +inf)"),
    ("Hundreds or so fled.", "Hundreds", "[200, 999]"),
]


@pytest.mark.parametrize(("prose", "words", "interval"), VAGUE_THEN_HEDGE)
def test_a_hedge_after_a_vague_word_was_dropped(prose: str, words: str, interval: str) -> None:
    """ "hundreds or more" was read as [200, 999] and "dozens or fewer" as [24, 119]: the
    hedge after a vague word or a decade reads at both ends of its interval, as after a
    range ("200-300+"); an approximator adds nothing to a vague word."""
    (m,) = extract(prose, reading="literal")
    assert (m.text, m.unread, str(m.amount.interval)) == (words, None, interval)
    assert parse(words, reading="literal") == m.amount


@pytest.mark.parametrize(
    ("prose", "said"),
    [
        ("Deaths ran into the thousands or more.", "or more"),
        ("in the low hundreds, at least, died", ", at least"),
    ],
)
def test_a_hedge_after_a_band_is_unread(prose: str, said: str) -> None:
    """ "in the thousands or more" (from 1,000, or from the 2,000 of "thousands"?) is
    unread, and parse refuses a one-sided hedge after a band; it read as the band."""
    (m,) = extract(prose)
    assert m.unread == said
    assert m.amount.interval == Interval.at_least(0)
    for text in ("in the low thousands or more", "in the thousands, at least"):
        with pytest.raises(ParseError, match="after the band"):
            parse(text)
    assert parse("in the thousands or so").interval == Interval.closed(1000, 9999)


@pytest.mark.parametrize(
    ("prose", "words", "literal"),
    [
        ("Hundreds, possibly thousands, died.", "Hundreds, possibly thousands", "[200, 9999]"),
        ("Hundreds, if not thousands, died.", "Hundreds, if not thousands", "[200, 9999]"),
        ("Hundreds if not thousands died.", "Hundreds if not thousands", "[200, 9999]"),
        ("Hundreds or even thousands died.", "Hundreds or even thousands", "[200, 9999]"),
        ("Hundreds or thousands died.", "Hundreds or thousands", "[200, 9999]"),
        ("Hundreds — perhaps thousands — died.", "Hundreds — perhaps thousands", "[200, 9999]"),
        ("Dozens, maybe hundreds, fled.", "Dozens, maybe hundreds", "[24, 999]"),
        ("Dozens and likely hundreds fled.", "Dozens and likely hundreds", "[24, 999]"),
        ("Hundreds, even thousands, died.", "Hundreds, even thousands", "[200, 9999]"),
        ("Hundreds, maybe even thousands, died.", "Hundreds, maybe even thousands", "[200, 9999]"),
        (
            "Tens, if not hundreds, of thousands fled.",
            "Tens, if not hundreds, of thousands",
            "[20000, 999999]",
        ),
        (
            "Tens if not hundreds of thousands fled.",
            "Tens if not hundreds of thousands",
            "[20, 999999]",
        ),
    ],
)
def test_a_vague_word_going_on_to_a_larger_one_was_read_alone(
    prose: str, words: str, literal: str
) -> None:
    """A vague word that goes on to a larger one ("hundreds, possibly thousands") is one
    figure, the hull of both, under every reading; "hundreds" was read as a certain
    [200, 999] or the pair left unread."""
    for reading in ("literal", "pragmatic", "lenient"):
        (m,) = extract(prose, reading=reading)
        assert (m.text, m.unread, str(m.amount.interval)) == (words, None, literal)


@pytest.mark.parametrize(
    ("prose", "words", "literal"),
    [
        ("Hundreds or more than that were killed.", "Hundreds or more than that", "[200, +inf)"),
        ("Dozens, if not more, died.", "Dozens, if not more", "[24, +inf)"),
        ("Dozens or even more than that died.", "Dozens or even more than that", "[24, +inf)"),
        ("At least hundreds died.", "At least hundreds", "[200, +inf)"),
        ("300 or more than that died.", "300 or more than that", "[300, +inf)"),
        ("Hundreds or fewer than that remain.", "Hundreds or fewer than that", "[0, 999]"),
        ("Hundreds and rising were held.", "Hundreds and rising", "[200, +inf)"),
        ("The toll, 300 and climbing, rose.", "300 and climbing", "[300, +inf)"),
    ],
)
def test_a_hedge_after_a_vague_word_naming_its_standard_was_dropped(
    prose: str, words: str, literal: str
) -> None:
    """'or more than that' is 'or more' with its standard named: 'hundreds or more than
    that' was read as 'hundreds', [200, 999]; it reads as 'hundreds or more'."""
    (m,) = extract(prose, reading="literal")
    assert (m.text, m.unread, str(m.amount.interval)) == (words, None, literal)
    assert parse(words, reading="literal").interval == Interval.parse(literal)


@pytest.mark.parametrize(
    "prose", ["Hundreds, thousands, millions.", "Dozens and hundreds.", "Hundreds or dozens."]
)
def test_vague_words_not_going_on_upwards_stay_apart(prose: str) -> None:
    """A list, "and" with no adverb, or a step down joins nothing: each vague word is its
    own figure, as before."""
    assert len(extract(prose)) >= 2
