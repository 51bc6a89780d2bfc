"""Tests of pwstats.extract: every figure in prose, and nothing that only looks like one."""

from __future__ import annotations

from fractions import Fraction

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from pwstats import Interval, Mention, ParseError, extract, parse
from pwstats.report import READINGS, Reading

P = Interval.parse

PARAGRAPH = (
    "Since the start of the full-scale war on February 24, 2022, Ukraine has returned "
    "almost 2,600 military and civilians. On 3 January 2024 the ombudsman said 2,828 "
    "defenders were home; the exchange was the 49th. Exactly 230 Ukrainian soldiers came "
    "back, while the ministry reported 248 Russians and the agency more than 230 on each "
    "side. Russia holds 3,000 defenders and 28,000 civilians, and over 65,000 are missing; "
    "official data covers only 30% of them. In 2025, 3,767 people, of whom 168 civilians, "
    "were back after nearly two years. Su-25 and T-72 losses are not counts."
)


def texts(found: list[Mention]) -> list[str]:
    """The words of each mention."""
    return [m.text for m in found]


def test_every_figure_of_a_paragraph_is_found_in_order() -> None:
    """extract finds each figure once, in reading order, and no date, year, ordinal or weapon
    name."""
    assert texts(extract(PARAGRAPH)) == [
        "almost 2,600",
        "2,828",
        "Exactly 230",
        "248",
        "more than 230",
        "3,000",
        "28,000",
        "over 65,000",
        "only 30%",
        "3,767",
        "168",
        "nearly two years",
    ]


def test_a_sentence_number_is_not_glued_to_the_next() -> None:
    """'was the 49th. Exactly 230' is exactly 230 (and an ordinal, no count), never one figure."""
    found = extract("The exchange was the 49th. Exactly 230 Ukrainian soldiers returned.")
    assert [(m.text, m.amount.interval) for m in found] == [("Exactly 230", P("[230, 230]"))]


def test_garbled_seed_text_gives_the_count_not_the_number_of_the_exchange() -> None:
    """The seed's garbled '“49. Exactly 230 Ukrainian soldiers' (the 49th exchange) gives
    exactly 230; the 49 that opens the quote before a full stop and a capital numbers the
    exchange like a list item and is no count (it was read as one)."""
    found = extract("said Dmytro Loubinets, “49. Exactly 230 Ukrainian soldiers have")
    assert [(m.text, m.amount.hedge, m.amount.nominal) for m in found] == [
        ("Exactly 230", "exactly", 230),
    ]


def test_a_part_named_after_its_whole_is_a_separate_figure() -> None:
    """'3,767 people, of whom 168 civilians' keeps the total and the part apart."""
    assert texts(extract("only 3,767 people, of whom 168 civilians, have returned")) == [
        "only 3,767",
        "168",
    ]


def test_years_dates_times_and_names_are_not_counts() -> None:
    """Years, calendar dates, clock times, model names, paths and document numbers are skipped."""
    prose = (
        "In 2023 talks resumed; since 2014 the war; on August 7, 2023 and 7 August and "
        "2024-01-03 at 10:30; the 2022-2023 winter; Su-25, MiG-29, T-72 and A320 jets; "
        "resolution No. 2573; see t.me/channel/6437; it cost $5 million."
    )
    assert extract(prose) == []


def test_a_four_digit_count_is_still_a_count() -> None:
    """A number that could be a year counts when it is hedged or followed by a noun."""
    assert texts(extract("about 2000 were held and 2000 people came back")) == [
        "about 2000",
        "2000",
    ]


def test_spans_point_at_the_words() -> None:
    """Each mention's span cuts its own words out of the text."""
    for m in extract(PARAGRAPH):
        start, end = m.span
        assert PARAGRAPH[start:end] == m.text


def test_each_mention_reads_as_parse_reads_its_words() -> None:
    """A mention's amount is what parse gives for the mention's words, under each reading."""
    for reading in READINGS:
        for m in extract(PARAGRAPH, reading=reading):
            assert m.amount == parse(m.text, reading=reading)


def test_extract_passes_locale_on() -> None:
    """Continental grouping and decimal commas are read when asked for."""
    found = extract("Plus de 2.600 soldats, soit 95,5 %.", locale="eu")
    assert [(m.text, m.amount.nominal) for m in found] == [
        ("2.600", 2600),
        ("95,5 %", Fraction(191, 200)),
    ]


def test_a_vague_word_keeps_the_scale_words_after_it() -> None:
    """'several dozen women' is several dozen, not 'several'; each mention reads as parse
    reads it (the scale word after a vague word was once dropped)."""
    prose = (
        "Police held 12 people, among them several dozen women, half a dozen minors and"
        " a few hundred thousand leaflets; dozens of thousands of people marched."
    )
    found = extract(prose)
    assert [(m.text, str(m.amount.interval)) for m in found] == [
        ("12", "[12, 12]"),
        ("several dozen", "[36, 119]"),
        ("half a dozen", "[6, 6]"),
        ("a few hundred thousand", "[200000, 999999]"),
        ("dozens of thousands", "[24000, 119999]"),
    ]
    for m in found:
        assert m.amount == parse(m.text)


def test_n_and_a_fraction_before_a_scale_is_one_figure() -> None:
    """'one and a half million people' is one mention of 1,500,000 and 'two and a half
    thousand' one of 2,500; they were read as 'a half million' (500,000), or as 'two' and
    'a half thousand'."""
    prose = (
        "Some one and a half million people fled, two and a half thousand prisoners were"
        " freed and a million and a half were displaced."
    )
    found = extract(prose)
    assert [(m.text, m.amount.nominal) for m in found] == [
        ("Some one and a half million", 1_500_000),
        ("two and a half thousand", 2500),
        ("a million and a half", 1_500_000),
    ]
    for m in found:
        assert m.amount == parse(m.text)


def test_a_fraction_after_and_and_a_number_is_never_a_count_of_its_own() -> None:
    """A fraction that cannot join the number before its 'and' is no count: '2.5 and a
    half million' never yields 'a half million' (500,000); 'a third of them' stays a share."""
    assert texts(extract("a score of 2.5 and a half million")) == ["a score"]
    assert texts(extract("freed two million and a half million")) == ["two million"]
    assert texts(extract("freed 300 and a third of them were ill")) == ["300", "a third"]


def test_two_numbers_from_high_to_low_in_prose_are_two_figures_or_a_tally() -> None:
    """In prose 'fell from 1,400 to 1,200' is two figures, not an inverted range; a
    '1,400-1,200' vote is a tally, one unread mention, never two counts nor a range
    (parse, which reads one figure's value, refuses both as inverted)."""
    assert texts(extract("the count fell from 1,400 to 1,200")) == ["1,400", "1,200"]
    (m,) = extract("a 1,400-1,200 vote")
    assert (m.text, m.unread, m.amount.kind) == ("1,400-1,200", "1,400-1,200", "unknown")


def test_a_figure_that_admits_no_value_is_left_out() -> None:
    """'fewer than 0' of a non-negative count is no figure; extract does not raise."""
    assert texts(extract("fewer than 0 people and 5 others")) == ["5"]


def test_a_long_text_is_read_in_linear_time() -> None:
    """100,000 characters of prose are scanned without catastrophic backtracking."""
    text = (PARAGRAPH + " ") * (100_000 // len(PARAGRAPH))
    assert len(extract(text)) == 12 * (100_000 // len(PARAGRAPH))


PROSE_WORDS = (
    "the 49th. Exactly 230 , of whom 168 civilians nearly two years almost 2,600 more than"
    " in 2023 August 7 Su-25 between and 200 250 - – to or 95% half a third hundreds of"
    " thousands No. 2573 ( ) “ ” 1,000 3bn one in five out over some several dozen tens"
    " million 1,400 1,200"
)
prose_words = st.sampled_from(PROSE_WORDS.split())


@settings(max_examples=150)
@given(st.lists(prose_words, max_size=25).map(" ".join), st.sampled_from(READINGS))
def test_mentions_are_ordered_disjoint_and_parse_alike(text: str, reading: Reading) -> None:
    """Mentions come in order, never overlap, and each reads as parse reads its words;
    one with unread words holds every value the words without them entail."""
    found = extract(text, reading=reading)
    ends = -1
    for m in found:
        start, end = m.span
        assert ends <= start < end
        ends = end
        assert text[start:end] == m.text
        if m.unread is None:
            assert m.amount == parse(m.text, reading=reading)
        else:
            rests = [m.text]  # the words without the unread ones, before or after the figure
            if m.text.startswith(m.unread):
                rests = [m.text[len(m.unread) :].lstrip()]
            if m.text.endswith(m.unread):  # "300 people at least partly"
                rests.append(m.text[: -len(m.unread)].rstrip())
            entailed = []
            for rest in rests:
                try:
                    entailed.append(parse(rest, reading="literal").interval)
                except ParseError:
                    continue
            if entailed:
                assert any(m.amount.interval.contains(iv) for iv in entailed)
            else:  # unread words on both sides ("perhaps 300 people at least partly")
                assert m.amount.kind == "unknown"


@settings(max_examples=150)
@given(st.text(), st.sampled_from(["en", "eu"]))
def test_extract_never_raises_on_text(text: str, locale: str) -> None:
    """Any text gives a list of mentions, each with a non-empty interval."""
    try:
        found = extract(text, locale=locale)  # type: ignore[arg-type]
    except ParseError as exc:  # pragma: no cover - the property is that this never happens
        raise AssertionError(f"extract raised {exc}") from exc
    assert all(not m.amount.interval.is_empty for m in found)


def test_spans_of_years_in_prose_are_not_ranges() -> None:
    """'between 2022 and 2023' and 'from 2014 to 2022' in prose are years, not a range of counts."""
    prose = "between 2022 and 2023 and from 2014 to 2022 the war went on; 1 in 2023 saw it"
    assert texts(extract(prose)) == ["1"]


def test_ordinals_are_not_counts() -> None:
    """'3rd Brigade', 'the 12th', '93rd' and 'the 1,000th day' are ranks, not headcounts
    ('1,000th' once read as [900, 1100] people); parse names why it refuses one."""
    prose = "the 3rd Brigade on the 12th, the 93rd and the 1,000th day of the war"
    assert extract(prose) == []
    with pytest.raises(ParseError, match="ordinal"):
        parse("93rd")


def test_ages_are_not_counts_or_durations() -> None:
    """Ages ('a 45-year-old man', '7-month-old baby', 'aged 7 and 9', 'a 45 year old') are
    neither headcounts nor durations."""
    prose = (
        "a 45-year-old man, a 7-month-old baby and children aged 7 and 9; a 45 year old"
        " woman, 12 years old, aged between 18 and 60"
    )
    assert extract(prose) == []


def test_clock_times_are_not_counts() -> None:
    """'5 p.m.', '5pm', 'at 17:00', '10 a.m.', '10 am' and 'about 5 PM' are times of day."""
    prose = "at 5 p.m. and 5pm, at 17:00, from 10 a.m. to about 5 PM, at 10 am, at 7 o'clock"
    assert extract(prose) == []


def test_identifiers_after_a_label_word_are_not_counts() -> None:
    """A number after a label word (Article, Resolution, Route, No., Section, Chapter,
    Building, Highway) names a thing."""
    prose = (
        "Article 5, Resolution 1325, Route 7, No. 12, Section 3, Chapter 2, Building 4,"
        " Highway 20 and article 51"
    )
    assert extract(prose) == []


def test_measurements_are_not_counts() -> None:
    """Distances, weights and temperatures ('15 km', '20 kilometres', '-5 degrees', '30 kg',
    '2 metres', 'a 10-km march', 'hundreds of kilometres') are not headcounts."""
    prose = (
        "15 km away, 20 kilometres, -5 degrees, 30 kg, 2 metres, about 40 miles, a 10-km"
        " march and hundreds of kilometres"
    )
    assert extract(prose) == []


def test_counts_near_the_skipped_forms_stay() -> None:
    """Real counts beside the skipped forms are kept: nouns, durations, shares and numbers
    after a word that is no label (lower-case 'building 4 houses'; 'Brigade 3' names a
    brigade since military formations became labels)."""
    prose = (
        "3 soldiers; 3,000 defenders and 28,000 civilians; over 2 weeks; in 2024 one in five"
        " and 95% of them; they were building 4 houses; 13 pm; 3 years on; the"
        " 3rd Brigade lost 40 men aged 20 to 30 and 5 tanks; a man aged 45 and 3 children"
    )
    assert [(m.text, m.amount.unit) for m in extract(prose)] == [
        ("3", "person"),
        ("3,000", "person"),
        ("28,000", "person"),
        ("over 2 weeks", "week"),
        ("one in five", "dimensionless"),
        ("95%", "dimensionless"),
        ("4", "person"),
        ("13", "person"),
        ("3 years", "year"),
        ("40", "person"),
        ("5", "person"),
        ("3", "person"),
    ]


# -- issue 17: not counts, and words extract cannot read -------------------------------------

NOT_COUNTS = [
    "Call 555-0123 or +44 20 7946 0958, or (555) 123-4567 after hours.",
    "See page 9, and pages 3-7; p. 12 and pp. 40-41 cite it.",
    "In case No. 5-812/2019 the judge in Room 12 of Court 3 ruled.",
    "Jones, 64, and Smith, 70, said so; John Brown (45) agreed.",
    "Children under ten and men over 60 were released.",
    "For a fourth consecutive day, the third time this month, talks failed.",
    "The code 0123 and file 10_000 and the 9/11 attacks.",
    "The agency's 2023 appeal, on day 3 of the trial, at 42 Shevchenko Street.",
    "Temperatures fell to minus 20 after a magnitude 7.8 quake; 603,628 km² flooded.",
    "It pledged 3.4 bln hryvnias, USD 5 million and 2 million euros.",
]


@pytest.mark.parametrize("prose", NOT_COUNTS)
def test_numbers_that_are_not_counts_are_not_extracted(prose: str) -> None:
    """Phone, page, case, room and court numbers, ages, age limits and ordinals are no figures."""
    assert [m.text for m in extract(prose)] == []


def test_counts_beside_not_counts_are_kept() -> None:
    """The not-a-count rules leave the real counts of the same sentence alone."""
    prose = (
        "Jones, 64, said 300 prisoners were freed; children under ten, 45 in all,"
        " and a third of the 1,200 detainees were sick on page 9."
    )
    assert [m.text for m in extract(prose)] == ["300", "45 in all", "a third", "1,200"]


UNREAD = [
    ("perhaps 300 fled", "perhaps", "[0, +inf)"),
    ("a probable 300 fled", "a probable", "[0, +inf)"),
    ("an unconfirmed 1,200 were killed", "an unconfirmed", "[0, +inf)"),
    ("≳ 300 fled", "≳", "[0, +inf)"),
    ("abt. 300 fled", "abt.", "[0, +inf)"),
    ("They counted avg. 300 a day", "avg.", "[0, +inf)"),
    ("tot. 300 fled", "tot.", "[0, +inf)"),
    ("taller than 20 fled", "taller than", "[0, +inf)"),
    ("vastly more than 300 fled", "vastly", "(300, +inf)"),
    ("possibly more than 300 fled", "possibly", "[0, +inf)"),
    ("perhaps 40% of them", "perhaps", "[0, 1]"),
]


@pytest.mark.parametrize(("prose", "words", "interval"), UNREAD)
@pytest.mark.parametrize("reading", READINGS)
def test_a_figure_after_unread_words_is_never_exact(
    prose: str, words: str, interval: str, reading: Reading
) -> None:
    """Unread modifying words are carried and bound nothing on the sides they might hedge."""
    (m,) = extract(prose, reading=reading)
    assert m.unread == words
    assert m.text.startswith(words)
    assert m.amount.interval == Interval.parse(interval)
    with pytest.raises(ParseError):
        parse(m.text)


@pytest.mark.parametrize(
    "prose",
    [
        "They were found dead. 300 were missing.",
        "Officials counted 212 dead. 300 fled.",
        "Many fled home. 300 stayed.",
        "It was the war. 300 died.",
        "Rain fell all day. 300 fled.",
    ],
)
def test_a_sentence_ending_in_a_short_word_is_no_abbreviation(prose: str) -> None:
    """A number opening a sentence after a short word is read: the word ends the sentence
    (it has two vowels, or a determiner comes before it), unlike "abt. 300"."""
    last = extract(prose)[-1]
    assert last.unread is None
    assert last.text == "300"


@pytest.mark.parametrize(
    "prose", ["reportedly 300 fled", "a further 300 fled", "a record 300 fled", "another 300"]
)
def test_attribution_and_emphasis_do_not_hedge(prose: str) -> None:
    """'reportedly 300', 'a record 300': words that do not hedge leave the figure as said."""
    (m,) = extract(prose)
    assert m.unread is None
    assert m.text.endswith("300")


def test_a_change_and_a_level_are_two_figures() -> None:
    """'rose from 1,200 to 1,500' and 'raised by 180,000 to 1.5 million' are two figures of
    two times, not one range; 'from 1,200 to 1,500 people fled' stays a range."""
    assert [m.text for m in extract("The toll rose from 1,200 to 1,500.")] == ["1,200", "1,500"]
    change, level = extract("raising it by 180,000 to 1.5 million")
    assert (change.text, change.unread) == ("raising it by 180,000", "raising it by")
    assert level.text == "1.5 million"
    assert [m.text for m in extract("from 1,200 to 1,500 people fled")] == ["from 1,200 to 1,500"]


def test_an_age_beside_a_person_noun_is_no_count() -> None:
    """'her mother, 34, was hurt': a number set off by commas after a person noun is an age."""
    assert [m.text for m in extract("her mother, 34, was hurt; 40 others were not")] == ["40"]


def test_a_figure_marked_uncertain_after_it_is_unknown_hedged() -> None:
    """'300 (unconfirmed)' is not an exact 300: extract marks it, parse refuses it."""
    (m,) = extract("300 (unconfirmed) died")
    assert m.unread == "(unconfirmed)"
    assert m.amount.kind == "unknown"
    with pytest.raises(ParseError, match="uncertain"):
        parse("300 (unconfirmed)")


@pytest.mark.parametrize(
    ("text", "best", "low", "high"),
    [
        ("estimated 480 deaths (95% CI 350-610)", 480, 350, 610),
        ("480 (95% CI: 350 to 610)", 480, 350, 610),
        ("an estimated 4,645 deaths (95% confidence interval 793–8,498)", 4645, 793, 8498),
        ("4,645 [95% CI 793, 8498]", 4645, 793, 8498),
        ("480 (CI 350–610)", 480, 350, 610),
        ("between 350 and 610 (95% uncertainty interval)", None, 350, 610),
    ],
)
def test_an_estimate_and_its_confidence_interval_are_one_mention(
    text: str, best: int | None, low: int, high: int
) -> None:
    """An estimate with its confidence interval is one estimate mention, never a share of 0.95."""
    (m,) = extract(f"The study found {text}. Then 20 fled.")[:-1]
    assert m.text == text
    assert m.amount.kind == "estimate"
    assert m.amount.nominal == best
    assert m.amount.interval == Interval.closed(low, high)
    assert m.amount.confidence == Fraction(19, 20)


def test_an_estimate_keeps_its_stated_confidence_level() -> None:
    """A 90% interval is at confidence 9/10."""
    (m,) = extract("480 (90% CI 350-610)")
    assert m.amount.confidence == Fraction(9, 10)


def test_an_interval_that_misses_its_best_value_is_left_as_found() -> None:
    """'300 (CI 400-500)' is no estimate: its figures stay separate."""
    assert [m.amount.kind for m in extract("300 (CI 400-500)")] == ["bare", "range"]


def test_parse_refuses_an_estimate_rather_than_read_one_of_its_numbers() -> None:
    """parse() names the estimate and how to state it, never reads 480 alone."""
    with pytest.raises(ParseError, match="estimate with its confidence interval"):
        parse("480 (95% CI 350-610)")


# -- the counted noun ---------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "nouns"),
    [
        ("Three hospitals were hit.", [("Three", "hospitals")]),
        ("12 tanks and 40 aircraft were lost.", [("12", "tanks"), ("40", "aircraft")]),
        ("12 T-72 tanks burned.", [("12", "tanks")]),
        ("It freed 300 Ukrainian POWs.", [("300", "POWs")]),
        ("Hundreds of civilians fled.", [("Hundreds", "civilians")]),
        ("300 of the detainees at least", [("300 of the detainees at least", "detainees")]),
        ("It killed 300 people at most.", [("300 people at most", "people")]),
        ("300 more prisoners came home.", [("300 more", "prisoners")]),
        ("between 300 and 2,000 people", [("between 300 and 2,000", "people")]),
        ("3.5 million refugees", [("3.5 million", "refugees")]),
        ("248 Russian servicemen were freed", [("248", "servicemen")]),
        ("two Boeing 787 jets", [("two", "jets")]),
        ("12 T-72s and two Su-25s were hit.", [("12", "T-72s"), ("two", "Su-25s")]),
        ("5 virus cases", [("5", "cases")]),
    ],
)
def test_a_mention_names_the_noun_it_counts(text: str, nouns: list[tuple[str, str]]) -> None:
    """The noun after a figure's number, past 'of', capitalised words, codes and 'more',
    is what the figure counts, whatever unit a bare number is assumed to be in."""
    found = extract(text)
    assert [(m.text, m.noun) for m in found] == nouns
    assert all(m.amount.unit == "person" for m in found)


@pytest.mark.parametrize(
    "text",
    [
        "Almost 2,600 returned.",
        "300 in Kyiv were hit.",
        "300, officials said.",
        "300 was the toll.",
        "about 40 of them",
        "dozens, if not more, died",
        "a 300-strong unit",
        "300 fled homes",
        "300 killed, including children",
    ],
)
def test_no_noun_is_named_where_none_follows(text: str) -> None:
    """A verb, a preposition, a mark or a singular with no plural after it names no noun:
    the field is empty, never a guess."""
    assert [m.noun for m in extract(text)] == [""]


@pytest.mark.parametrize(
    "prose",
    [
        "They said between about 300 and 400 died.",
        "between roughly 300 and 400 people",
        "between 300 and about 400 people",
        "Between nearly 50 and 60 fled.",
    ],
)
def test_a_range_of_hedged_ends_is_one_unread_mention(prose: str) -> None:
    """'between about 300 and 400' is no 'about 300' beside a '400' (two counts that would
    contradict each other): one unread mention, bounding nothing."""
    (m,) = extract(prose)
    assert m.text.lower().startswith("between")
    assert m.unread is not None
    assert m.amount.interval == Interval.at_least(0)


def test_a_change_from_a_hedged_figure_stays_two_figures() -> None:
    """'rose from about 300 to 400' is a change: two figures of two times, as before."""
    assert [m.text for m in extract("It rose from about 300 to 400.")] == ["about 300", "400"]


@pytest.mark.parametrize(
    ("text", "read"),
    [
        ("between 1,000-2,000", "[1000, 2000]"),
        ("Between 1,000 – 2,000 people", "[1000, 2000]"),
        ("between 20-30%", "[0.2, 0.3]"),
    ],
)
def test_between_a_range_reads_the_range(text: str, read: str) -> None:
    """'between 1,000-2,000' says the range twice over: parse reads it as extract does
    (it was refused as a range with a hedged end)."""
    assert str(parse(text).interval) == read
    (mention,) = extract(f"Officials said {text} fled.")
    assert str(mention.amount.interval) == read


@pytest.mark.parametrize(
    ("text", "says"),
    [("between 10-5", "inverted range '10-5'"), ("between 500-1 million", "inverted range")],
)
def test_between_a_wrong_range_is_refused_saying_what_is_wrong(text: str, says: str) -> None:
    """'between 10-5' is refused as '10-5' is, at the range (it was called a range with a
    hedged end)."""
    with pytest.raises(ParseError, match=says) as caught:
        parse(text)
    assert caught.value.position == len("between ")


@pytest.mark.parametrize(
    "text", ["between about 300 and 400", "Between 300 and roughly 400", "between about 300-400"]
)
def test_parse_says_a_range_of_hedged_ends_is_not_read(text: str) -> None:
    """A data file's 'between about 300 and 400' is refused naming what it is, not as an
    unexpected 'between'."""
    with pytest.raises(ParseError, match="a range with a hedged end"):
        parse(text)
