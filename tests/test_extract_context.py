"""Figures read with their context, in sentences extract had not been shown.

Four classes of phrasing read wrong or not at all, each with ten or more sentences of its
own written in the styles of wire stories, UN/OCHA situation reports, casualty monitors'
incident notes and epidemiological abstracts, beside the phrases that must stay as they
were: the percent sign said once for the two levels of a change ("rose from about 40 to
67%"), a range in brackets with no name after an estimate ("4,645 (793 to 8,498)"), the
noun after a closing bracket ("45 (low 38, high 60) people"), and verbs of harm joined
by "and" ("killed one and wounded 14"). :data:`FURTHER` holds the sentences written to
look for further gaps, each with what a careful coder takes as its figures; the tests
after it guard the classes those showed.
"""

from __future__ import annotations

from fractions import Fraction

import pytest

from pwstats import Interval, extract, parse


def read(prose: str) -> list[tuple[str, str]]:
    """Each mention's words and its (pragmatic) interval."""
    return [(m.text, str(m.amount.interval)) for m in extract(prose)]


# -- 1. the percent sign said once for the two levels of a change -------------------------

#: Each mention's words, and words that say alone what the mention means in its context.
PERCENT_OF_CHANGE: list[tuple[str, list[tuple[str, str]]]] = [
    (
        "Measles vaccination coverage rose from about 40 to 67% over the decade.",
        [("about 40", "about 40%"), ("67%", "67%")],
    ),
    (
        "Between 12 and 15 per cent of the households surveyed were headed by children.",
        [("Between 12 and 15 per cent", "between 12% and 15%")],
    ),
    (
        "The jobless rate climbed from 3.1% to nearly 5 by the end of the war.",
        [("3.1%", "3.1%"), ("nearly 5", "nearly 5%")],
    ),
    (
        "Stunting prevalence fell from roughly 38 to 29 per cent in the camps.",
        [("roughly 38", "roughly 38%"), ("29 per cent", "29%")],
    ),
    (
        "Enrolment dropped from 82 to under 60 percent after the schools were shelled.",
        [("82", "82%"), ("under 60 percent", "under 60%")],
    ),
    (
        "The share of displaced households relying on credit grew from 20% to almost 35.",
        [("20%", "20%"), ("almost 35", "almost 35%")],
    ),
    (
        "Turnout was 48%, down from 61 in the previous election.",
        [("48%", "48%"), ("61", "61%")],
    ),
    (
        "Approval of the truce slipped to 41% from about 55 in March.",
        [("41%", "41%"), ("about 55", "about 55%")],
    ),
    (
        "Positivity among those tested fell from 12% in January to about 5 in April.",
        [("12%", "12%"), ("about 5", "about 5%")],
    ),
    (
        "Access to clean water rose from 55 in 2019 to 71 per cent in 2023.",
        [("55", "55%"), ("71 per cent", "71%")],
    ),
    (
        "Acute malnutrition rates went from 9.6% to more than 14.",
        [("9.6%", "9.6%"), ("more than 14", "more than 14%")],
    ),
    (
        "The proportion of women among the displaced is now 58%, up from 51 last year.",
        [("58%", "58%"), ("51", "51%")],
    ),
    (
        "Coverage fell from 71% in March to 52 in September.",
        [("71%", "71%"), ("52", "52%")],
    ),
    (
        "The rate of wasting rose from 3.1 per cent to 4.5 over the summer.",
        [("3.1 per cent", "3.1%"), ("4.5", "4.5%")],
    ),
    ("Infections have fallen to 2.1% from 3.4.", [("2.1%", "2.1%"), ("3.4", "3.4%")]),
    ("Inflation eased to 8.2% in May from 9.1.", [("8.2%", "8.2%"), ("9.1", "9.1%")]),
    (
        "In Gaza, 70% of homes have been destroyed or damaged, up from about 55 in January.",
        [("70%", "70%"), ("about 55", "about 55%")],
    ),
    ("Coverage reached 40% in 2023, up from 35.", [("40%", "40%"), ("35", "35%")]),
    # the first level said with what it is a share of, or a stage, before "to"
    ("Deaths rose from 5% of cases to 12.", [("5%", "5%"), ("12", "12%")]),
    (
        "Seroprevalence rose from 4.1% in round one to 11.7.",
        [("4.1%", "4.1%"), ("11.7", "11.7%")],
    ),
    (
        "The case fatality ratio climbed from 1.8% of admissions to 3.2 by the end of March.",
        [("1.8%", "1.8%"), ("3.2", "3.2%")],
    ),
    (
        "School attendance fell from 64% of enrolled children to 41 after the offensive.",
        [("64%", "64%"), ("41", "41%")],
    ),
    (
        "Food insecurity went from 22% in the first round to 37 in the third.",
        [("22%", "22%"), ("37", "37%")],
    ),
    ("Stunting fell from 31% at baseline to 24 at endline.", [("31%", "31%"), ("24", "24%")]),
    (
        "The proportion testing positive rose from 2.5% of samples in wave 1 to 6.8 in wave 2.",
        [("2.5%", "2.5%"), ("6.8", "6.8%")],
    ),
    (
        "Vacancy rates dropped from about 18% of units to 9, the ministry said.",
        [("about 18%", "about 18%"), ("9", "9%")],
    ),
    (
        "Unemployment among the displaced rose from 14% of adults in May to nearly 30 in October.",
        [("14%", "14%"), ("nearly 30", "nearly 30%")],
    ),
    ("Coverage went from 40 in round one to 67%.", [("40", "40%"), ("67%", "67%")]),
]


@pytest.mark.parametrize(("prose", "found"), PERCENT_OF_CHANGE)
def test_the_percent_sign_of_one_level_of_a_change_is_both_levels(
    prose: str, found: list[tuple[str, str]]
) -> None:
    """The percent sign said once is both levels' ("from about 40 to 67%" is about 40% and
    67%, "from 3.1% to nearly 5" is 3.1% and nearly 5%), and each hedge stays with the
    level it is said of: never 40 persons beside 67%, never "about" read at 67%."""
    ms = extract(prose)
    assert [m.text for m in ms] == [words for words, _ in found]
    for m, (_, alone) in zip(ms, found, strict=True):
        said = parse(alone)
        assert (m.amount.interval, m.amount.unit, m.amount.hedge) == (
            said.interval,
            said.unit,
            said.hedge,
        ), m.text


@pytest.mark.parametrize(
    ("prose", "found"),
    [
        ("Its share rose from 12% to 15 seats in parliament.", [("12%", "%"), ("15", "person")]),
        (
            "The army grew from 10% of the budget to 12,000 troops.",
            [("10%", "%"), ("12,000", "person")],
        ),
        ("Deaths rose from 1,200 in 2022 to 3,000.", [("1,200", "person"), ("3,000", "person")]),
        ("Deaths rose from 5% of cases to 12 villages.", [("5%", "%"), ("12", "person")]),
        ("Its share fell from 40% of the seats to 31 seats.", [("40%", "%"), ("31", "person")]),
        (
            "Displacement grew from 6% of the district in round one to 9,000 families.",
            [("6%", "%"), ("9,000", "person")],
        ),
        ("It grew from 2 to one in five.", [("2", "person"), ("one in five", "%")]),
        (
            "About 40% were women. Deaths rose to 300, up from 250.",
            [("About 40%", "%"), ("300", "person"), ("250", "person")],
        ),
        (
            "Cases climbed from about 1,100 to more than 4,000.",
            [("about 1,100", "person"), ("more than 4,000", "person")],
        ),
    ],
)
def test_a_level_that_names_its_thing_or_a_ratio_shares_no_percent_sign(
    prose: str, found: list[tuple[str, str]]
) -> None:
    """A noun after the other level ("to 15 seats"), counts on both sides and a ratio
    ("one in five") give no percent sign to a level."""
    got = [
        (m.text, "%" if m.amount.unit == "dimensionless" else m.amount.unit) for m in extract(prose)
    ]
    assert got == found


@pytest.mark.parametrize(
    "prose",
    [
        "Between about 12 and 15 per cent of children are wasted.",
        "The share was between 12 and nearly 15 percent.",
    ],
)
def test_a_range_of_hedged_ends_said_in_percent_is_an_unread_share(prose: str) -> None:
    """A range with a hedged end stays unread (the lexicon reads no such range), but in the
    percent its upper end says: a share in [0, 1], not persons."""
    (m,) = extract(prose)
    assert m.unread is not None
    assert (m.amount.unit, m.amount.interval) == ("dimensionless", Interval.closed(0, 1))


# -- 2. a range in brackets with no name after an estimate --------------------------------

#: The estimate's words, best value, interval and the noun it counts.
BRACKET_RANGES: list[tuple[str, str, Fraction, Fraction, Fraction, str]] = [
    (
        "The team estimated 48,300 (39,100–58,200) excess deaths over the period.",
        "estimated 48,300 (39,100–58,200)",
        Fraction(48300),
        Fraction(39100),
        Fraction(58200),
        "deaths",
    ),
    (
        "An estimated 2,960 (1,870 to 4,330) civilians died in the siege.",
        "An estimated 2,960 (1,870 to 4,330)",
        Fraction(2960),
        Fraction(1870),
        Fraction(4330),
        "civilians",
    ),
    (
        "The model attributes 12,400 (9,800-15,600) deaths to the blockade.",
        "12,400 (9,800-15,600)",
        Fraction(12400),
        Fraction(9800),
        Fraction(15600),
        "deaths",
    ),
    (
        "Mortality surveys put the toll at 151,000 (104,000–223,000) violent deaths.",
        "151,000 (104,000–223,000)",
        Fraction(151000),
        Fraction(104000),
        Fraction(223000),
        "deaths",
    ),
    (
        "We estimate that 8.4 million (7.1–9.9 million) people were displaced.",
        "8.4 million (7.1–9.9 million)",
        Fraction(8400000),
        Fraction(7100000),
        Fraction(9900000),
        "people",
    ),
    (
        "Prevalence of wasting was 17% (14–21) in the camps.",
        "17% (14–21)",
        Fraction(17, 100),
        Fraction(14, 100),
        Fraction(21, 100),
        "",
    ),
    (
        "There were an estimated 530 (410 to 680) deaths among health workers.",
        "an estimated 530 (410 to 680)",
        Fraction(530),
        Fraction(410),
        Fraction(680),
        "deaths",
    ),
    (
        "Excess deaths numbered 21,000 [16,000–27,000] in the first year of the war.",
        "21,000 [16,000–27,000]",
        Fraction(21000),
        Fraction(16000),
        Fraction(27000),
        "",
    ),
    (
        "The authors estimate 7,800 (5,900–9,700) deaths attributable to the conflict.",
        "7,800 (5,900–9,700)",
        Fraction(7800),
        Fraction(5900),
        Fraction(9700),
        "deaths",
    ),
    (
        "Household surveys suggest 24,000 (18,500 – 30,000) people have been killed.",
        "24,000 (18,500 – 30,000)",
        Fraction(24000),
        Fraction(18500),
        Fraction(30000),
        "people",
    ),
    (
        "Some 1,900 (1,500–2,300) homes were destroyed in the offensive.",
        "Some 1,900 (1,500–2,300)",
        Fraction(1900),
        Fraction(1500),
        Fraction(2300),
        "homes",
    ),
    (
        "UNICEF estimates 14,000 (11,000–17,500) unaccompanied children in the region.",
        "14,000 (11,000–17,500)",
        Fraction(14000),
        Fraction(11000),
        Fraction(17500),
        "children",
    ),
]


@pytest.mark.parametrize(("prose", "words", "best", "low", "high", "noun"), BRACKET_RANGES)
def test_a_range_in_brackets_after_an_estimate_is_its_interval_at_no_stated_level(
    prose: str, words: str, best: Fraction, low: Fraction, high: Fraction, noun: str
) -> None:
    """ "2,960 (1,870 to 4,330) civilians" is one estimate, best 2,960 in [1,870, 4,330],
    counting civilians, never a count and a range that contradict each other; the words
    name no interval, so its ``confidence`` is None, never an assumed 95%."""
    (m,) = extract(prose)
    a = m.amount
    assert (m.text, a.kind, a.nominal, a.confidence, m.noun) == (
        words,
        "estimate",
        best,
        None,
        noun,
    )
    assert a.interval == Interval.closed(low, high)


def test_an_interval_named_without_a_level_keeps_the_conventional_95_percent() -> None:
    """Naming the interval ("CI") with no level is the convention of 95%; a range with no
    name says nothing of its level."""
    named = extract("The model attributes 12,400 (CI 9,800-15,600) deaths to the blockade.")
    unnamed = extract("The model attributes 12,400 (9,800-15,600) deaths to the blockade.")
    assert named[0].amount.confidence == Fraction(19, 20)
    assert unnamed[0].amount.confidence is None
    assert named[0].amount.interval == unnamed[0].amount.interval


def test_an_estimate_of_no_stated_level_loads_at_the_default_and_says_so() -> None:
    """Its figure row gives no confidence, so it loads at the data format's default (95%),
    and its note says the level was not stated."""
    pytest.importorskip("pandas", reason="the pandas extra is not installed")
    import pwstats
    from pwstats.scale import mention_records, mentions_to_frame

    docs = [
        {"id": "d", "text": "An estimated 2,960 (1,870 to 4,330) civilians died.", "as_of": "2024"}
    ]
    frame = mentions_to_frame(mention_records(docs), measure="deaths")
    (figure,) = pwstats.from_frame(frame).figures
    assert (figure.basis, figure.best, figure.low, figure.high) == ("estimate", 2960, 1870, 4330)
    assert figure.confidence == Fraction(19, 20)
    assert "level is not stated" in figure.note


@pytest.mark.parametrize(
    ("prose", "found"),
    [
        ("Deaths: 12 (14-20).", ["12", "14-20"]),
        ("They counted 300 (2019-2021).", ["300"]),
        ("At least 45 (40-50) died.", ["At least 45", "40-50"]),
        ("The toll reached 300 (20%-40%).", ["300", "20%-40%"]),
    ],
)
def test_a_bracket_that_does_not_hold_the_estimate_joins_nothing(
    prose: str, found: list[str]
) -> None:
    """A range that does not hold the number before it, years, a bound before it, a share
    beside a count make no estimate."""
    assert [m.text for m in extract(prose)] == found
    assert all(m.amount.kind != "estimate" for m in extract(prose))


def test_a_range_named_range_after_a_median_is_no_interval() -> None:
    """ "(range 2–15)" after a median is the spread of what was measured, no interval of an
    estimate at any level."""
    found = extract("The median household size was 7 (range 2–15).")
    assert all(m.amount.kind != "estimate" for m in found)


#: A range in brackets, alone or after "range", right after a duration or a summary
#: statistic is the spread of what the statistic summarises: each mention's words and
#: interval. A statistic said after "was" or ":" ("the median household size was 7") is
#: unread, never a count of persons; a duration stays a duration.
SPREAD_OF_A_STATISTIC: list[tuple[str, list[tuple[str, str]]]] = [
    (
        "Median length of hospital stay was 6 days (2–30), and 14 patients died.",
        [("6 days", "[6, 6]"), ("14", "[14, 14]")],
    ),
    (
        "The median household size was 7 (range 2–15) among the 412 families interviewed.",
        [("median household size was 7", "[0, +inf)"), ("412", "[412, 412]")],
    ),
    ("Mean age 34 years (18–70); 58 of the respondents were women.", [("58", "[58, 58]")]),
    (
        "Displaced families had been on the move for a median of 11 days (3–45) before "
        "reaching the camp.",
        [("median of 11 days (3–45)", "[0, +inf)")],
    ),
    (
        "Detainees were held an average of 19 days (range 4–62) before release, the monitors said.",
        [("average of 19 days", "[0, +inf)")],
    ),
    (
        "Household size averaged 6.2 (range 1–14) in the 230 shelters visited.",
        [("230", "[225, 235]")],
    ),
    (
        "The median number of people per tent was 9 (range 5–17).",
        [("median number of people per tent was 9", "[0, +inf)")],
    ),
    ("Mean duration of displacement: 14 months (2–40).", [("14 months", "[14, 14]")]),
    (
        "Wait times at the crossing were 3 hours (1–9), and 1,200 trucks crossed.",
        [("3 hours", "[3, 3]"), ("1,200", "[1150, 1250]")],
    ),
    (
        "Patients were followed up for 18 months (6–24); 37 were lost to follow-up.",
        [("18 months", "[18, 18]"), ("37", "[37, 37]")],
    ),
    (
        "Median household size: 7 (2–15); 300 families fled.",
        [("Median household size: 7 (2–15)", "[0, +inf)"), ("300", "[270, 330]")],
    ),
    (
        "The average number of children per household was 4 (range: 0–11), the survey found.",
        [("average number of children per household was 4", "[0, +inf)")],
    ),
    (
        "Treatment lasted a median of 8 weeks (4–16) in the 96 children enrolled.",
        [("median of 8 weeks (4–16)", "[0, +inf)"), ("96", "[96, 96]")],
    ),
    # what stays as it was: a duration restated, an estimate's interval, a count in brackets
    (
        "The journey took 2 weeks (10–14 days).",
        [("2 weeks", "[2, 2]"), ("10–14 days", "[10, 14]")],
    ),
    ("An estimated 480 (350–610) died.", [("An estimated 480 (350–610)", "[350, 610]")]),
    (
        "They were held for 3 days (300–400 people in all).",
        [("3 days", "[3, 3]"), ("300–400", "[300, 400]")],
    ),
]


@pytest.mark.parametrize(("prose", "found"), SPREAD_OF_A_STATISTIC)
def test_a_range_in_brackets_after_a_duration_or_a_statistic_is_its_spread(
    prose: str, found: list[tuple[str, str]]
) -> None:
    """ "6 days (2–30)", "the median household size was 7 (range 2–15)", "mean age 34 years
    (18–70)": the bracket belongs to the statistic before it (it was the range of persons
    [2, 30]), and neither the range nor the statistic is a count of persons."""
    assert read(prose) == found


# -- 3. the noun after a closing bracket ---------------------------------------------------


@pytest.mark.parametrize(
    ("prose", "noun"),
    [
        ("Shelling killed 45 (low 38, high 60) civilians in the district.", "civilians"),
        ("The estimate of 480 (95% CI 350-610) deaths was revised.", "deaths"),
        ("Between 350 and 610 (95% uncertainty interval) deaths occurred.", "deaths"),
        ("120 (low estimate: 100; high estimate: 150) fighters died in the offensive.", "fighters"),
        ("An estimated 9,000 (95% CrI 7,500–10,800) children were orphaned.", "children"),
        ("The strike killed 12 [low 9, high 15] people near the bridge.", "people"),
        ("The army lost 43 (low 40, high 51) soldiers in the assault.", "soldiers"),
        ("Researchers counted 2,960 (1,870 to 4,330) excess deaths in the province.", "deaths"),
        ("Officials recorded 640 (95% CI: 520-790) additional deaths among infants.", "deaths"),
        ("Forty (40) detainees were transferred to the capital.", "detainees"),
        ("An estimated 4,100 (95% CI 3,200-5,000) excess deaths occurred (Table 2).", "deaths"),
    ],
)
def test_the_noun_after_a_closing_bracket_is_the_noun_counted(prose: str, noun: str) -> None:
    """ "45 (low 38, high 60) people" counts people, as "45 people" does."""
    assert extract(prose)[0].noun == noun


# -- 4. verbs of harm joined by "and" -----------------------------------------------------

#: Each mention's words, number and noun.
HARMED: list[tuple[str, list[tuple[str, int, str]]]] = [
    ("A missile hit the depot, killing one and wounding six.", [("one", 1, ""), ("six", 6, "")]),
    ("The blast killed one and injured 22 at the market.", [("one", 1, ""), ("22", 22, "")]),
    (
        "Rebels killed three villagers and abducted at least 12 others.",
        [("three", 3, "villagers"), ("at least 12", 12, "others")],
    ),
    ("Police said 7 were dead and 19 hurt after the collapse.", [("7", 7, ""), ("19", 19, "")]),
    ("4 dead, 31 injured as storm hits coast", [("4", 4, ""), ("31", 31, "")]),
    (
        "One dead and three missing after boat capsizes off Lampedusa",
        [("One", 1, ""), ("three", 3, "")],
    ),
    (
        "An ambush killed four soldiers and wounded one.",
        [("four", 4, "soldiers"), ("one", 1, "")],
    ),
    (
        "Security forces arrested 35 protesters and detained one journalist.",
        [("35", 35, "protesters"), ("one", 1, "journalist")],
    ),
    (
        "Gunmen killed one man and kidnapped five near the border.",
        [("one", 1, "man"), ("five", 5, "")],
    ),
    ("One was killed and another wounded when the shell landed.", [("One", 1, "")]),
    (
        "Two militants were killed and one soldier was injured.",
        [("Two", 2, "militants"), ("one", 1, "soldier")],
    ),
    ("One killed, two wounded as drone hits apartment block", [("One", 1, ""), ("two", 2, "")]),
    ("A suicide bomber killed one and injured dozens.", [("one", 1, ""), ("dozens", 0, "")]),
    ("Police arrested one in Bristol and two in Leeds.", [("one", 1, ""), ("two", 2, "")]),
    (
        "Police arrested one suspect and questioned two others.",
        [("one", 1, "suspect"), ("two", 2, "others")],
    ),
    ("They rescued one, and the other drowned.", [("one", 1, "")]),
]


@pytest.mark.parametrize(("prose", "found"), HARMED)
def test_each_verb_of_harm_has_its_own_count(prose: str, found: list[tuple[str, int, str]]) -> None:
    """ "killed one and wounded 14" is two figures, 1 and 14, each with its own noun; "one"
    after a verb of harm, or before one, is a count of one, not the pronoun."""
    ms = extract(prose)
    assert [(m.text, m.noun) for m in ms] == [(w, noun) for w, _, noun in found]
    for m, (_, value, _) in zip(ms, found, strict=True):
        if m.amount.kind != "vague":
            assert m.amount.nominal == value


@pytest.mark.parametrize(
    "prose",
    [
        "They killed one another in the feud.",
        "The hostages were released one by one.",
        "No one was hurt in the fire.",
        "Not one was injured, the mayor said.",
        "One of the wounded died later in hospital.",
        "The one killed was a volunteer medic.",
        "One said the shelling had lasted all night.",
        "He was killed one day after the ceasefire.",
    ],
)
def test_one_as_a_pronoun_stays_no_count(prose: str) -> None:
    assert extract(prose) == []


# -- 5. further sentences, and the classes they showed -----------------------------------

FURTHER: list[tuple[str, list[tuple[str, str]]]] = [
    (
        "Israeli strikes on the camp killed at least 45 people, including 23 children, the health "
        "ministry said on Sunday.",
        [("at least 45", "[45, 48]"), ("23", "[23, 23]")],
    ),
    (
        "Rescuers pulled 12 survivors from the rubble; another 30 remain unaccounted for.",
        [("12", "[12, 12]"), ("another 30", "[30, 30]")],
    ),
    (
        "The toll has risen to 1,034, up from 987 on Friday.",
        [("1,034", "[1034, 1034]"), ("987", "[987, 987]")],
    ),
    (
        "A car bomb in the city centre killed seven and wounded more than 40, police said.",
        [("seven", "[7, 7]"), ("more than 40", "(40, 45]")],
    ),
    (
        "Security forces shot dead three protesters and injured dozens more.",
        [("three", "[3, 3]"), ("dozens more", "[24, 119]")],
    ),
    (
        "Two soldiers were killed and a third was seriously wounded in the ambush.",
        [("Two", "[2, 2]")],
    ),
    (
        "The coalition acknowledged one civilian death in the strike, while local sources "
        "reported up to 11.",
        [("one", "[1, 1]"), ("up to 11", "[9.9, 11]")],
    ),
    (
        "Airwars assesses that between 9 and 14 civilians were likely killed in the incident.",
        [("between 9 and 14 civilians were likely", "[0, +inf)")],
    ),
    ("Local media reported 6–8 fatalities, among them a child aged four.", [("6–8", "[6, 8]")]),
    (
        "IBC records 3 deaths (2 men, 1 woman) from gunfire in Baquba.",
        [("3", "[3, 3]"), ("2", "[2, 2]"), ("1", "[1, 1]")],
    ),
    (
        "ACLED recorded 312 political violence events in the country in May, a 17% increase on "
        "April.",
        [("312", "[312, 312]"), ("17%", "[0.165, 0.175]")],
    ),
    (
        "Fatalities in the week reached 148, the highest weekly total since January 2022.",
        [("148", "[148, 148]")],
    ),
    (
        "As of 30 June, 4.3 million people were internally displaced, 53 per cent of them women "
        "and girls.",
        [("4.3 million", "[4250000, 4350000]"), ("53 per cent", "[0.525, 0.535]")],
    ),
    (
        "Some 2.1 million people need humanitarian assistance, up from 1.6 million at the start "
        "of the year.",
        [("Some 2.1 million", "[1890000, 2310000]"), ("1.6 million", "[1550000, 1650000]")],
    ),
    (
        "Humanitarian partners reached 780,000 people with food assistance in May, against a "
        "target of 1.2 million.",
        [("780,000", "[775000, 785000]"), ("target of 1.2 million", "[0, +inf)")],
    ),
    (
        "The response plan is only 18% funded, with US$310 million received of the $1.7 billion "
        "required.",
        [("only 18%", "[0.18, 0.18]")],
    ),
    (
        "Acute malnutrition among children under five rose from 9.6 to 14.2 per cent between "
        "rounds.",
        [("9.6", "[0.0955, 0.0965]"), ("14.2 per cent", "[0.1415, 0.1425]")],
    ),
    (
        "Global acute malnutrition prevalence was 16.4% (95% CI 13.8–19.3), above the emergency "
        "threshold of 15%.",
        [("16.4% (95% CI 13.8–19.3)", "[0.138, 0.193]"), ("threshold of 15%", "[0, 1]")],
    ),
    ("The crude mortality rate was 1.3 deaths per 10,000 people per day.", []),
    (
        "Of the 1,208 households surveyed, 61% reported at least one member sick in the past two "
        "weeks.",
        [
            ("1,208", "[1208, 1208]"),
            ("61%", "[0.605, 0.615]"),
            ("at least one", "[1, 2]"),
            ("two weeks", "[2, 2]"),
        ],
    ),
    (
        "We estimated 9,200 (7,600–11,100) deaths attributable to the conflict between 2014 and "
        "2018.",
        [("estimated 9,200 (7,600–11,100)", "[7600, 11100]")],
    ),
    (
        "Excess mortality was estimated at 0.42 million (95% UI 0.31–0.55 million).",
        [("estimated at 0.42 million (95% UI 0.31–0.55 million)", "[310000, 550000]")],
    ),
    ("The hazard ratio for death was 1.8 (1.3 to 2.4) among displaced persons.", []),
    (
        "Seroprevalence increased from 4.1% in round one to 11.7 in round two.",
        [("4.1%", "[0.0405, 0.0415]"), ("11.7", "[0.1165, 0.1175]")],
    ),
    (
        "Vaccination coverage fell from roughly 80 to 62 per cent during the conflict.",
        [("roughly 80", "[0.72, 0.88]"), ("62 per cent", "[0.615, 0.625]")],
    ),
    (
        "Cholera cases climbed from about 1,100 to more than 4,000 in three weeks.",
        [
            ("about 1,100", "[990, 1210]"),
            ("more than 4,000", "(4000, 4500]"),
            ("three weeks", "[3, 3]"),
        ],
    ),
    (
        "The number of detainees held without charge grew from 400 to nearly 700.",
        [("400", "[360, 440]"), ("nearly 700", "[665, 700)")],
    ),
    (
        "Overall, 27% (n=341) of respondents reported a death in the household.",
        [("27%", "[0.265, 0.275]")],
    ),
    (
        "Among 2,500 deaths, 1,900 (76%) were attributed to violence.",
        [("2,500", "[2250, 2750]"), ("1,900", "[1850, 1950]"), ("76%", "[0.755, 0.765]")],
    ),
    (
        "Roughly one in three schools has been damaged, and 40 per cent of health facilities are "
        "closed.",
        [("Roughly one in three", "[0.3, 11/30]"), ("40 per cent", "[0.395, 0.405]")],
    ),
    (
        "At least 120 people have died of cholera since August, and 8,000 suspected cases have "
        "been reported.",
        [("At least 120", "[120, 132]"), ("8,000", "[7500, 8500]")],
    ),
    (
        "The ministry said 14 people were killed and 56 wounded in overnight shelling.",
        [("14", "[14, 14]"), ("56", "[56, 56]")],
    ),
    (
        "Shelling killed three civilians and wounded seven others in Kherson on Tuesday.",
        [("three", "[3, 3]"), ("seven", "[7, 7]")],
    ),
    ("A drone strike killed two fighters and injured one.", [("two", "[2, 2]"), ("one", "[1, 1]")]),
    (
        "Three people were killed, including a 10-year-old boy, and 17 were injured.",
        [("Three", "[3, 3]"), ("17", "[17, 17]")],
    ),
    (
        "Police said one person was killed and at least six were hurt in the stampede.",
        [("one", "[1, 1]"), ("at least six", "[6, 7]")],
    ),
    ("The attack left 11 dead and scores injured.", [("11", "[11, 11]"), ("scores", "[40, 199]")]),
    (
        "Between 200 and 300 families fled the village overnight.",
        [("Between 200 and 300", "[200, 300]")],
    ),
    (
        "Around 3,500 to 4,000 people are sheltering in the stadium.",
        [("Around 3,500 to 4,000", "[3150, 4400]")],
    ),
    (
        "Nearly half of the 12,000 residents have left.",
        [("Nearly half", "[0.475, 0.5)"), ("12,000", "[11500, 12500]")],
    ),
    (
        "More than two-thirds of the displaced are children.",
        [("More than two-thirds", "(2/3, 11/15]")],
    ),
    (
        "The death toll could rise above 100, officials warned.",
        [("could rise above 100", "[0, +inf)")],
    ),
    (
        "Authorities confirmed 25 deaths but residents said the real figure was closer to 60.",
        [("25", "[25, 25]"), ("closer to 60", "[0, +inf)")],
    ),
    (
        "A total of 1,367 migrants were intercepted at sea in the first quarter, compared with "
        "2,109 in the same period last year.",
        [("A total of 1,367", "[1367, 1367]"), ("2,109", "[2109, 2109]")],
    ),
    (
        "Over the reporting period, 14 incidents affecting aid workers were recorded, resulting "
        "in two deaths.",
        [("14", "[14, 14]"), ("two", "[2, 2]")],
    ),
    ("Of the 48 trucks that entered, 36 carried food.", [("48", "[48, 48]"), ("36", "[36, 36]")]),
    (
        "The prison held 2,400 inmates, nearly twice its capacity of 1,300.",
        [("2,400", "[2350, 2450]"), ("capacity of 1,300", "[0, +inf)")],
    ),
    (
        "Since the start of the year, UNHCR has registered 18,450 new arrivals, 62% of them "
        "children.",
        [("18,450", "[18450, 18450]"), ("62%", "[0.615, 0.625]")],
    ),
    (
        "The number of people in IPC Phase 4 or above rose from 1.9 million to 2.4 million.",
        [("1.9 million", "[1850000, 1950000]"), ("2.4 million", "[2350000, 2450000]")],
    ),
    ("Of those, 340,000 are in Phase 5 (Catastrophe).", [("340,000", "[335000, 345000]")]),
    (
        "The survey found that 58.3% (95% CI: 54.1–62.4%) of households had a member with a "
        "chronic illness.",
        [("58.3% (95% CI: 54.1–62.4%)", "[0.541, 0.624]")],
    ),
    ("Median length of stay was 6 days (IQR 3–11).", [("6 days", "[6, 6]")]),
    (
        "We identified 2,187 deaths, of which 1,402 (64.1%) were male.",
        [("2,187", "[2187, 2187]"), ("1,402", "[1402, 1402]"), ("64.1%", "[0.6405, 0.6415]")],
    ),
    ("The cumulative incidence was 2.3 per 1,000 population.", []),
    (
        "In total, 97 of the 112 facilities assessed (87%) reported stock-outs.",
        [("97", "[97, 97]"), ("112", "[112, 112]"), ("87%", "[0.865, 0.875]")],
    ),
    ("Mortality rose sharply from 0.5 to 2.1 deaths per 10,000 per day.", []),
    (
        "The proportion of children vaccinated dropped from 71% in 2019 to about 52.",
        [("71%", "[0.705, 0.715]"), ("about 52", "[0.49, 0.55]")],
    ),
    (
        "Between 30 and 40 per cent of the crop was lost.",
        [("Between 30 and 40 per cent", "[0.3, 0.4]")],
    ),
    (
        "An estimated 35–40% of the population depends on aid.",
        [("An estimated 35–40%", "[0.315, 0.44]")],
    ),
    ("The ratio of men to women among the dead was 3 to 1.", [("3 to 1", "[0, +inf)")]),
    (
        "Deaths among children under five accounted for 18 (22%) of the 82 deaths.",
        [("18", "[18, 18]"), ("22%", "[0.215, 0.225]"), ("82", "[82, 82]")],
    ),
    (
        "Twenty-three people were killed and 41 injured when a missile struck the station.",
        [("Twenty-three", "[23, 23]"), ("41", "[41, 41]")],
    ),
    (
        "At least six people died and dozens were hurt after the building collapsed.",
        [("At least six", "[6, 7]"), ("dozens", "[24, 119]")],
    ),
    (
        "Gunmen killed 11 villagers and abducted 25 others in Zamfara state.",
        [("11", "[11, 11]"), ("25", "[25, 25]")],
    ),
    ("The raid killed a commander and two of his guards.", [("two", "[2, 2]")]),
    (
        "Two killed, 13 wounded in shelling of Kharkiv, governor says",
        [("Two", "[2, 2]"), ("13", "[13, 13]")],
    ),
    (
        "A child was among four people killed, and nine others were wounded.",
        [("four", "[4, 4]"), ("nine", "[9, 9]")],
    ),
    (
        "The strike killed one woman and wounded her two children.",
        [("one", "[1, 1]"), ("two", "[2, 2]")],
    ),
    (
        "Eight soldiers were killed and 22 wounded, while the insurgents lost about 50.",
        [("Eight", "[8, 8]"), ("22", "[22, 22]"), ("about 50", "[45, 55]")],
    ),
    (
        "The army said it had killed 45 militants and lost 3 soldiers.",
        [("45", "[45, 45]"), ("3", "[3, 3]")],
    ),
    ("One policeman was killed and another injured in the clash.", [("One", "[1, 1]")]),
    ("They killed one of the hostages and released the rest.", []),
    (
        "About 1,200 people were evacuated, and 300 more were waiting.",
        [("About 1,200", "[1080, 1320]"), ("300 more", "[270, 330]")],
    ),
    (
        "The IOM estimates that 1.1 million people have returned, up from roughly 900,000 in "
        "March.",
        [("1.1 million", "[1050000, 1150000]"), ("roughly 900,000", "[810000, 990000]")],
    ),
    (
        "Food prices have increased by 40 percent compared to last year.",
        [("increased by 40 percent", "[0, 1]")],
    ),
    (
        "A total of 87 incidents were documented in July (compared with 64 in June).",
        [("A total of 87", "[87, 87]"), ("64", "[64, 64]")],
    ),
    (
        "The ministry reported 3,012 cases (up 14% from last week) and 21 deaths.",
        [("3,012", "[3012, 3012]"), ("up 14%", "[0, 1]"), ("21", "[21, 21]")],
    ),
    (
        "More than 10,000 people (including 4,000 children) are estimated to have been killed.",
        [("More than 10,000", "(10000, 15000]"), ("4,000", "[3600, 4400]")],
    ),
    (
        "The shelter, designed for 500, now hosts more than 1,800.",
        [("designed for 500", "[0, +inf)"), ("more than 1,800", "(1800, 1980]")],
    ),
    ("Only 9 of the 24 ambulances are operational.", [("Only 9", "[9, 9]"), ("24", "[24, 24]")]),
    ("Up to 70% of the water network has been damaged.", [("Up to 70%", "[0.63, 0.7]")]),
    (
        "The civilian death toll stands at 312, with 1,045 wounded.",
        [("312", "[312, 312]"), ("1,045", "[1045, 1045]")],
    ),
    (
        "Around 60 to 70 per cent of the victims were women and children.",
        [("Around 60 to 70 per cent", "[0.54, 0.77]")],
    ),
    (
        "Antibodies were found in 9% of samples in round two and 14% in round three.",
        [("9%", "[0.085, 0.095]"), ("14%", "[0.135, 0.145]")],
    ),
    ("In the first round 300 prisoners were swapped.", [("300", "[270, 330]")]),
    ("Data from wave 3 show that 1,150 households had moved.", [("1,150", "[1150, 1150]")]),
    (
        "Phase 3 trials enrolled 4,000 volunteers in 12 countries.",
        [("4,000", "[3600, 4400]"), ("12", "[12, 12]")],
    ),
    (
        "Patients waited a median of 9 days (IQR 4–17) for surgery, and 212 died.",
        [("median of 9 days", "[0, +inf)"), ("212", "[212, 212]")],
    ),
    (
        "Weight-for-height z-scores averaged -1.2 (SD 1.1) among the 640 children measured.",
        [("640", "[635, 645]")],
    ),
    ("Two guards were shot dead and a third was wounded in the escape.", [("Two", "[2, 2]")]),
    ("Of the 90 detainees, a third were minors.", [("90", "[90, 90]"), ("a third", "[1/3, 1/3]")]),
    ("Three journalists were detained and a fourth is missing.", [("Three", "[3, 3]")]),
    (
        "Some 2,000 people held without trial rose up in the prison riot.",
        [("Some 2,000", "[1800, 2200]")],
    ),
    (
        "The number of families living without shelter grew from 900 to about 1,400.",
        [("900", "[850, 950]"), ("about 1,400", "[1260, 1540]")],
    ),
    ("Children received 150 g/kg of therapeutic food, and 85 recovered.", [("85", "[85, 85]")]),
    (
        "Coverage fell from 71% in March to 52 in September.",
        [("71%", "[0.705, 0.715]"), ("52", "[0.515, 0.525]")],
    ),
    (
        "Israeli forces detained 27 Palestinians overnight, bringing the total since October to "
        "more than 4,500.",
        [("27", "[27, 27]"), ("more than 4,500", "(4500, 4950]")],
    ),
    (
        "At least 19 migrants drowned and 40 were rescued after their boat sank off Djibouti.",
        [("At least 19", "[19, 20.9]"), ("40", "[40, 40]")],
    ),
    (
        "The fire killed 11, among them three firefighters, and injured 26.",
        [("11", "[11, 11]"), ("three", "[3, 3]"), ("26", "[26, 26]")],
    ),
    (
        "Floods have affected 1.2 million people and killed at least 312, with 46 still missing.",
        [("1.2 million", "[1150000, 1250000]"), ("at least 312", "[312, 315]"), ("46", "[46, 46]")],
    ),
    (
        "Only three of the 40 wells in the district are functioning.",
        [("Only three", "[3, 3]"), ("40", "[40, 40]")],
    ),
    (
        "About two-thirds of the 450,000 displaced live in informal settlements.",
        [("About two-thirds", "[0.6, 11/15]"), ("450,000", "[425000, 475000]")],
    ),
    ("The convoy of 13 trucks carried 180 tonnes of food.", [("13", "[13, 13]")]),
    (
        "Nearly 9 in 10 displaced households report insufficient food consumption.",
        [("Nearly 9 in 10", "[0.855, 0.9)")],
    ),
    (
        "The rate of severe acute malnutrition doubled, from 1.5% to 3%.",
        [("1.5%", "[0.0145, 0.0155]"), ("3%", "[0.025, 0.035]")],
    ),
    (
        "A total of 38 attacks on schools were verified, up from 21 in the previous quarter.",
        [("A total of 38", "[38, 38]"), ("21", "[21, 21]")],
    ),
    (
        "In the past 24 hours, 142 new cases and 3 deaths were reported.",
        [("24 hours", "[24, 24]"), ("142", "[142, 142]"), ("3", "[3, 3]")],
    ),
    (
        "The cumulative case count stands at 23,540, including 410 deaths (CFR 1.7%).",
        [("23,540", "[23540, 23540]"), ("410", "[405, 415]"), ("1.7%", "[0.0165, 0.0175]")],
    ),
    (
        "The strike on the bakery killed at least 28 people waiting in line, local officials said.",
        [("at least 28", "[28, 30.8]")],
    ),
    (
        "Amnesty documented 14 strikes that killed 187 civilians, including 43 children.",
        [("14", "[14, 14]"), ("187", "[187, 187]"), ("43", "[43, 43]")],
    ),
    (
        'An Airwars assessment graded the incident as "fair", with 6–10 civilians reported killed.',
        [("6–10", "[6, 10]")],
    ),
    (
        "Between January and March, 1,046 children were killed or maimed.",
        [("1,046", "[1046, 1046]")],
    ),
    (
        "We found 43 (31%) of 139 children had anaemia.",
        [("43", "[43, 43]"), ("31%", "[0.305, 0.315]"), ("139", "[139, 139]")],
    ),
    (
        "Some 40,000 people fled in the first week, and another 25,000 in the second.",
        [("Some 40,000", "[36000, 44000]"), ("another 25,000", "[22500, 27500]")],
    ),
    (
        "The government put the death toll at 89; the opposition says over 300 were killed.",
        [("89", "[89, 89]"), ("over 300", "(300, 350]")],
    ),
    (
        "Seven people, five of them children, died when a shell hit their home.",
        [("Seven", "[7, 7]"), ("five", "[5, 5]")],
    ),
    (
        "Of the 2.3 million residents, around 1.9 million (83%) are displaced.",
        [
            ("2.3 million", "[2250000, 2350000]"),
            ("around 1.9 million", "[1710000, 2090000]"),
            ("83%", "[0.825, 0.835]"),
        ],
    ),
    (
        "Troop numbers will rise from 4,000 to 6,500 by June.",
        [("4,000", "[3600, 4400]"), ("6,500", "[6250, 6750]")],
    ),
    (
        "The force lost an estimated 15 to 20% of its armour.",
        [("an estimated 15 to 20%", "[0.135, 0.22]")],
    ),
    (
        "Rights groups say at least 1,300 people were arrested, some 200 of whom remain in "
        "custody.",
        [("at least 1,300", "[1300, 1430]"), ("some 200", "[180, 220]")],
    ),
    (
        "A further 2,000 fighters are believed to be trapped in the plant.",
        [("A further 2,000 fighters are believed", "[0, +inf)")],
    ),
    (
        "Forty-one bodies were recovered and 12 people remain missing.",
        [("Forty-one", "[41, 41]"), ("12", "[12, 12]")],
    ),
    (
        "The clinic sees between 150 and 200 patients a day.",
        [("between 150 and 200 patients a day", "[0, +inf)")],
    ),
    (
        "Two weeks later, 34 of the 50 returnees had left again.",
        [("Two weeks", "[2, 2]"), ("34", "[34, 34]"), ("50", "[50, 50]")],
    ),
    (
        "Unemployment among youth reached 38.4 per cent, against 12 per cent nationally.",
        [("38.4 per cent", "[0.3835, 0.3845]"), ("12 per cent", "[0.115, 0.125]")],
    ),
    ("The shelling left one child dead and four injured.", [("one", "[1, 1]"), ("four", "[4, 4]")]),
    ("The death toll rose to 57 from 43 a day earlier.", [("57", "[57, 57]"), ("43", "[43, 43]")]),
    (
        "The unemployment rate edged down to 4.9 percent from 5.1 percent.",
        [("4.9 percent", "[0.0485, 0.0495]"), ("5.1 percent", "[0.0505, 0.0515]")],
    ),
    (
        "The number of refugees has tripled, to about 1.5 million.",
        [("about 1.5 million", "[1350000, 1650000]")],
    ),
    (
        "At least 70 people died, and more than 200 were injured, many critically.",
        [("At least 70", "[70, 77]"), ("more than 200", "(200, 250]")],
    ),
    ("Among the dead were 12 children and 9 women.", [("12", "[12, 12]"), ("9", "[9, 9]")]),
    (
        "The bomb killed 4 people and injured 17, two of them seriously.",
        [("4", "[4, 4]"), ("17", "[17, 17]"), ("two", "[2, 2]")],
    ),
    (
        "Of 1,500 respondents, 34% said they had lost a relative (margin of error ±2.5 points).",
        [("1,500", "[1350, 1650]"), ("34%", "[0.335, 0.345]")],
    ),
    (
        "Fighters killed one, and wounded two, before fleeing.",
        [("one", "[1, 1]"), ("two", "[2, 2]")],
    ),
    ("The fire left three dead, one of them a child.", [("three", "[3, 3]")]),
    (
        "An estimated 1.3 million (1.1–1.6 million) people are food insecure.",
        [("An estimated 1.3 million (1.1–1.6 million)", "[1100000, 1600000]")],
    ),
    (
        "Mortality was 3.2% (2.6-3.9) in the intervention arm.",
        [("3.2% (2.6-3.9)", "[0.026, 0.039]")],
    ),
    ("The prevalence of PTSD was 26% (21% to 31%).", [("26% (21% to 31%)", "[0.21, 0.31]")]),
    (
        "Local sources reported between two and four civilians killed, including a child.",
        [("between two and four", "[2, 4]")],
    ),
    (
        "Civilian harm: 3–5 killed, 7 injured (Airwars grade: fair).",
        [("3–5", "[3, 5]"), ("7", "[7, 7]")],
    ),
    (
        "The Iraqi ministry said 8 people, among them 2 policemen, died in the blast.",
        [("8", "[8, 8]"), ("2", "[2, 2]")],
    ),
    (
        "In the intervention group, 112 of 1,204 participants (9.3%) died compared with 147 of "
        "1,198 (12.3%) in the control group.",
        [
            ("112", "[112, 112]"),
            ("1,204", "[1204, 1204]"),
            ("9.3%", "[0.0925, 0.0935]"),
            ("147", "[147, 147]"),
            ("1,198", "[1198, 1198]"),
            ("12.3%", "[0.1225, 0.1235]"),
        ],
    ),
    ("The adjusted odds ratio was 2.3 (95% CI 1.4–3.8).", [("2.3 (95% CI 1.4–3.8)", "[1.4, 3.8]")]),
    (
        "Excess deaths were estimated at 11,500 (95% UI 9,200 to 14,100) over 18 months.",
        [
            ("estimated at 11,500 (95% UI 9,200 to 14,100)", "[9200, 14100]"),
            ("over 18 months", "[0, +inf)"),
        ],
    ),
    (
        "A total of 5,012 people were screened; 1,310 (26.1%) had moderate acute malnutrition.",
        [
            ("A total of 5,012", "[5012, 5012]"),
            ("1,310", "[1310, 1310]"),
            ("26.1%", "[0.2605, 0.2615]"),
        ],
    ),
    (
        "Displacement rose by a third, to 1.8 million, in the first half of the year.",
        [("rose by a third", "[0, 1]"), ("1.8 million", "[1750000, 1850000]")],
    ),
    (
        "The toll rose to 212, from 180 earlier in the day.",
        [("212", "[212, 212]"), ("180", "[175, 185]")],
    ),
    (
        "About 1 in 4 children (24.6%) were stunted.",
        [("About 1 in 4", "[0.225, 0.275]"), ("24.6%", "[0.2455, 0.2465]")],
    ),
    (
        "The number of IDPs fell to 1.1 million from 1.4 million.",
        [("1.1 million", "[1050000, 1150000]"), ("1.4 million", "[1350000, 1450000]")],
    ),
    (
        "Case fatality fell from 2.6 to 1.1 per cent after treatment centres opened.",
        [("2.6", "[0.0255, 0.0265]"), ("1.1 per cent", "[0.0105, 0.0115]")],
    ),
    (
        "Some 60–70 people were detained, and between 10 and 15 were later released.",
        [("Some 60–70", "[54, 77]"), ("between 10 and 15", "[10, 15]")],
    ),
    (
        "Four members of one family were among the 13 killed.",
        [("Four", "[4, 4]"), ("13", "[13, 13]")],
    ),
    ("The raid left two dead, including a teenager, and wounded a third.", [("two", "[2, 2]")]),
]


@pytest.mark.parametrize(("prose", "figures"), FURTHER)
def test_a_further_sentence_reads_as_a_coder_reads_it(
    prose: str, figures: list[tuple[str, str]]
) -> None:
    """Every figure of the sentence, with its words and interval, and nothing else."""
    assert read(prose) == figures


def test_the_further_sentences_are_many_and_new() -> None:
    """60 or more sentences, none twice, none in the unseen registers' table."""
    from tests.test_extract_unseen import UNSEEN

    sentences = [prose for prose, _ in FURTHER]
    assert len(sentences) >= 60
    assert len(set(sentences)) == len(sentences)
    assert not set(sentences) & {prose for prose, _ in UNSEEN}


@pytest.mark.parametrize(
    ("prose", "found"),
    [
        ("Antibodies were found in 9% in round two.", ["9%"]),
        ("Data from wave 3 show that 1,150 households had moved.", ["1,150"]),
        ("The number in IPC Phase 4 or above doubled to 2.4 million.", ["2.4 million"]),
        ("In the first round 300 prisoners were swapped.", ["300"]),
        ("In the first wave 300 died.", ["300"]),
    ],
)
def test_the_number_of_a_round_wave_or_phase_is_no_count(prose: str, found: list[str]) -> None:
    """ "in round two", "of wave 3", "Phase 4 or above" name a stage ("4 or above" was a
    count of at least 4); after a determiner the number counts ("the first round 300")."""
    assert [m.text for m in extract(prose)] == found


@pytest.mark.parametrize(
    ("prose", "found"),
    [
        ("Median length of stay was 6 days (IQR 3–11).", ["6 days"]),
        ("The mean gain was 5 g/kg/day (SD: 2–8), and 40 children recovered.", ["40"]),
        ("Weight-for-height z-scores averaged -1.2 (SD 1.1) in 640 children.", ["640"]),
    ],
)
def test_a_dispersion_or_a_measure_is_no_count(prose: str, found: list[str]) -> None:
    """The numbers of an interquartile range or a standard deviation ("(IQR 3–11)" was the
    range of persons [3, 11]), grams ("5 g/kg/day") and "z-scores" (the vague word
    "scores", read [40, 199]) count nothing."""
    assert [m.text for m in extract(prose)] == found


@pytest.mark.parametrize(
    ("prose", "found"),
    [
        ("Two guards were shot dead and a third was wounded.", ["Two"]),
        ("Three journalists were detained and a fourth is missing.", ["Three"]),
        ("Of the 90 detainees, a third were minors.", ["90", "a third"]),
        ("A quarter is spent on food.", ["A quarter"]),
        ("The raid left two dead and wounded a third.", ["two"]),
        ("The epidemic killed a third of the herd.", ["a third"]),
        ("In the first half of the year, 300 fled.", ["300"]),
        ("Sales in the second quarter fell, and half the staff left.", ["half"]),
    ],
)
def test_and_a_third_was_is_the_next_one_not_a_fraction(prose: str, found: list[str]) -> None:
    """ "and a third was wounded" and "wounded a third." are a third person (they were the
    share 1/3), "the first half of the year" a period; "a third were minors", "killed a
    third of" and "A quarter is spent" stay fractions."""
    assert [m.text for m in extract(prose)] == found


@pytest.mark.parametrize(
    ("prose", "found"),
    [
        ("Their scores improved after the programme.", []),
        ("The test scores fell sharply in the occupied districts.", []),
        ("Low z-scores were common among the children measured.", []),
        ("Scores were killed when the market was shelled.", ["Scores"]),
        ("The blast killed 40, and scores were wounded.", ["40", "scores"]),
        ("The attack left scores dead.", ["scores"]),
        ("Scores of people fled.", ["Scores"]),
    ],
)
def test_scores_the_noun_is_no_vague_quantity(prose: str, found: list[str]) -> None:
    """ "test scores", "their scores" and "z-scores" are the noun (they read as 40 to 199
    people); "scores of", "scores were killed" and "left scores dead" are the quantity."""
    assert [m.text for m in extract(prose)] == found


@pytest.mark.parametrize(
    ("prose", "found"),
    [
        ("Troop numbers will rise from 4,000 to 6,500 by June.", ["4,000", "6,500"]),
        ("Severe malnutrition doubled, from 1.5% to 3%.", ["1.5%", "3%"]),
        ("Prices climb from 900 to 1,400 in the dry season.", ["900", "1,400"]),
        ("Rates range from 12 to 15% across the camps.", ["from 12 to 15%"]),
        ("Between 200 and 300 families fled.", ["Between 200 and 300"]),
    ],
)
def test_the_two_levels_of_a_change_are_two_figures(prose: str, found: list[str]) -> None:
    """After any form of a verb of change ("will rise from", "doubled, from") the two levels
    are two figures, not the range [4,000, 6,500]; a range stays one."""
    assert [m.text for m in extract(prose)] == found


def test_without_negates_only_its_object() -> None:
    """ "held without charge grew from 400" is no negated figure: "without" negates its
    object; "without even 300" stays unread."""
    found = read("The number of detainees held without charge grew from 400 to nearly 700.")
    assert found == [("400", "[360, 440]"), ("nearly 700", "[665, 700)")]
    (m,) = extract("They left without even 300 rations.")
    assert m.unread is not None
