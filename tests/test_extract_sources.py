"""Sentences in the styles of sources extract had not been tested on, and four classes of
misreading they showed, fixed as classes.

The four classes, each with sentences of its own and the phrases beside it that must stay
as they were:

1. "from about 40 to 67% of households" with no word of change: after "from" (or
   "between") the hedge is said of the first end only, which the lexicon does not read, so
   the range is one unread mention (a share when its upper end is one), never a range with
   both ends hedged, wider than the words; so is "from 300 to about 400" (two counts that
   would contradict each other). After a word of change ("rose from about 40 to 67%") they
   stay two levels.
2. "The mean number of deaths fell to 12": a mean, median or average of a count said
   as a level it reaches, stands at or leaves, both levels of a change included ("rose
   from 5 to 12"), is unread naming the statistic, as "was 12" already was.
3. "killed over three days (120–150)": a range in brackets after a duration is the
   duration's spread only when it holds the duration's number ("6 days (2–30)"); an order
   of magnitude or more above it, it is a count of its own, of the noun of the count said
   before the duration in its sentence; else it is unread ("for 30 days (45–60)").
4. "from 5% of the 300 detainees to 12": the percent sign of the first level reaches
   the second even when the share's base counts what it is of.

:data:`SOURCES` then holds some 160 sentences written in the styles of WHO situation
reports, OCHA flash updates, UNHCR operational data, ICRC statements, court judgments,
Airwars assessments, Iraq Body Count entries and wire copy, with numbers in words,
fractions, ranges and the hedges of those registers, each with what a careful coder takes
as its figures: words, interval, kind and counted noun. Writing them showed the further
classes guarded after it: a capacity ("designed for 20,000"), a mean said with "on
average", a comparison said with "nearer", "one" before a noun for a person after
"that", a number grouped twice by the other locale's mark ("4.200.000"), and diseases
named in the plural ("measles") taken for the noun counted.
"""

from __future__ import annotations

import pytest

from pwstats import Interval, extract

#: A mention as a test states it: words, interval (pragmatic), kind, counted noun.
Read = tuple[str, str, str, str]


def read(prose: str) -> list[Read]:
    """Each mention's words, interval, kind and noun."""
    return [(m.text, str(m.amount.interval), m.amount.kind, m.noun) for m in extract(prose)]


def texts(prose: str) -> list[tuple[str, str]]:
    """Each mention's words and interval."""
    return [(m.text, str(m.amount.interval)) for m in extract(prose)]


# -- 1. a hedge after "from" or "between" is said of the first end only ---------------------

HEDGED_FIRST_END: list[tuple[str, str, str]] = [
    # (sentence, the unread mention's words, its interval)
    ("It was from about 40 to 67% of households.", "from about 40 to 67%", "[0, 1]"),
    (
        "The survey found that from about 40 to 67% of households lacked food.",
        "from about 40 to 67%",
        "[0, 1]",
    ),
    (
        "Coverage ranged from roughly 55 to 80 per cent across the districts.",
        "from roughly 55 to 80 per cent",
        "[0, 1]",
    ),
    ("From about 300 to 400 people fled the town.", "From about 300 to 400", "[0, +inf)"),
    (
        "Anywhere from nearly 2,000 to 3,000 families were displaced.",
        "from nearly 2,000 to 3,000",
        "[0, +inf)",
    ),
    ("Estimates put it at between roughly 300-400 dead.", "between roughly 300-400", "[0, +inf)"),
    ("From 300 to about 400 people fled the town.", "From 300 to about 400", "[0, +inf)"),
    (
        "Prevalence ranged from 12 to about 20 per cent across districts.",
        "from 12 to about 20 per cent",
        "[0, 1]",
    ),
    (
        "It was from about 40 to about 67% of households.",
        "from about 40 to about 67%",
        "[0, 1]",
    ),
    (
        "Food insecurity affected from at least 30 to 45% of households.",
        "from at least 30 to 45%",
        "[0, 1]",
    ),
]


@pytest.mark.parametrize(("prose", "words", "interval"), HEDGED_FIRST_END)
def test_a_hedge_after_from_is_said_of_the_first_end_only(
    prose: str, words: str, interval: str
) -> None:
    """ "from about 40 to 67%" is one mention, unread and naming its hedge: never a range
    read with both ends hedged ([36%, 70%], wider than the words) nor two counts."""
    (m,) = extract(prose)
    assert (m.text, str(m.amount.interval), m.amount.kind) == (words, interval, "unknown")
    assert m.unread is not None
    assert m.unread.lower().startswith(("from", "between"))


@pytest.mark.parametrize(
    ("prose", "found"),
    [
        (
            "Coverage rose from about 40 to 67% of households.",
            [("about 40", "[0.36, 0.44]"), ("67%", "[0.665, 0.675]")],
        ),
        (
            "Deaths rose from 300 to about 400.",
            [("300", "[270, 330]"), ("about 400", "[360, 440]")],
        ),
        (
            "The toll went from 300 to about 400 in a week.",
            [("300", "[270, 330]"), ("about 400", "[360, 440]")],
        ),
        (
            "Deaths rose sharply from 300 to about 400.",
            [("300", "[270, 330]"), ("about 400", "[360, 440]")],
        ),
        ("From 200 to 250 people attended the funeral.", [("From 200 to 250", "[200, 250]")]),
        ("About 40 to 67% of households reported no income.", [("About 40 to 67%", "[0.36, 0.7]")]),
    ],
)
def test_a_change_or_an_unhedged_range_stays_as_it_was(
    prose: str, found: list[tuple[str, str]]
) -> None:
    """After a word of change the two numbers are two levels, each with its own hedge; a
    range with no hedge after "from", or a hedge before the whole range with no "from",
    reads as before."""
    assert texts(prose) == found


# -- 2. a summary statistic of a count is no count ------------------------------------------

STATISTIC_LEVELS: list[tuple[str, list[str]]] = [
    # (sentence, the words each mention names as unread)
    ("The mean number of deaths fell to 12.", ["mean number of deaths fell to"]),
    (
        "The median number of days in detention stood at 40.",
        ["median number of days in detention stood at"],
    ),
    ("The average household size reached 8 in the camps.", ["average household size reached"]),
    (
        "The mean number of deaths rose from 5 to 12.",
        ["mean number of deaths rose from", "mean number of deaths rose from ... to"],
    ),
    (
        "The median number of people per shelter rose from 8 to 11.",
        [
            "median number of people per shelter rose from",
            "median number of people per shelter rose from ... to",
        ],
    ),
    (
        "The average number of people per household dropped from 7.2 to 5.",
        ["average number of people per household dropped from ... to"],
    ),
    (
        "The mean number of deaths per incident fell to 12 in 2023.",
        ["mean number of deaths per incident fell to"],
    ),
    ("The median number of arrivals remained at 300.", ["median number of arrivals remained at"]),
    ("The mean number of children per woman hit 7.", ["mean number of children per woman hit"]),
    (
        "The mean number of deaths was between 3 and 5.",
        ["mean number of deaths was"],
    ),
]


@pytest.mark.parametrize(("prose", "unread"), STATISTIC_LEVELS)
def test_a_level_of_a_mean_or_median_is_no_count(prose: str, unread: list[str]) -> None:
    """ "The mean number of deaths fell to 12" is no 12 persons: the level a mean, median
    or average reaches, stands at or leaves is unread, naming the statistic, as "the
    median household size was 7" is; both levels of a change are."""
    found = extract(prose)
    assert [m.unread for m in found] == unread
    assert all(m.amount.kind == "unknown" for m in found)
    assert all(m.amount.interval == Interval.at_least(0) for m in found)


@pytest.mark.parametrize(
    ("prose", "found"),
    [
        (
            "The mean number of deaths rose from 5 in 2019 to 12 in 2023, and 300 people fled.",
            ["mean number of deaths rose from 5", "to 12", "300"],
        ),
        ("The death toll fell to 12.", ["12"]),
        ("Deaths rose from 5 to 12.", ["5", "12"]),
        ("The mean age was 34 and 300 soldiers died.", ["300"]),
        ("The median length of stay was 6 days.", ["6 days"]),
    ],
)
def test_what_a_statistic_does_not_govern_stays_a_count(prose: str, found: list[str]) -> None:
    """A count in the next clause, a level of a count (no statistic), an age and a
    duration said of a statistic stay as they were."""
    assert [m.text for m in extract(prose)] == found


# -- 3. a range in brackets after a duration ------------------------------------------------

AFTER_A_DURATION: list[tuple[str, list[Read]]] = [
    (
        "At least 130 people were killed over three days (120–150).",
        [
            ("At least 130", "[130, 143]", "lower", "people"),
            ("over three days", "[0, +inf)", "unknown", "days"),
            ("120–150", "[120, 150]", "range", "people"),
        ],
    ),
    (
        "Strikes killed at least 50 people over two days (45–60).",
        [
            ("at least 50", "[50, 55]", "lower", "people"),
            ("over two days", "[0, +inf)", "unknown", "days"),
            ("45–60", "[45, 60]", "range", "people"),
        ],
    ),
    (
        "Strikes killed at least 40 civilians in two days (35–55).",
        [
            ("at least 40", "[40, 45]", "lower", "civilians"),
            ("two days", "[2, 2]", "bare", "days"),
            ("35–55", "[35, 55]", "range", "civilians"),
        ],
    ),
    (
        "Airstrikes over 3 days (1,200-1,500) destroyed homes.",
        [
            ("over 3 days", "[0, +inf)", "unknown", "days"),
            ("1,200-1,500", "[1200, 1500]", "range", "homes"),
        ],
    ),
    (
        "Fighting killed 130 over three days (120–150 people).",
        [
            ("130", "[125, 135]", "bare", ""),
            ("over three days", "[0, +inf)", "unknown", "days"),
            ("120–150", "[120, 150]", "range", "people"),
        ],
    ),
    (
        "The fighting over four days (300–400 dead, according to medics) levelled the town.",
        [
            ("over four days", "[0, +inf)", "unknown", "days"),
            ("300–400", "[300, 400]", "range", ""),
        ],
    ),
    # the duration's spread: no figure
    ("The patients stayed 6 days (2–30).", [("6 days", "[6, 6]", "bare", "days")]),
    ("The siege lasted 14 days (range 10–21).", [("14 days", "[14, 14]", "bare", "days")]),
    (
        "Patients were hospitalised for a median of 5 days (2–11).",
        [("median of 5 days (2–11)", "[0, +inf)", "unknown", "days")],
    ),
    # neither: unread
    (
        "They were held for 30 days (45–60).",
        [("30 days", "[30, 30]", "bare", "days"), ("(45–60)", "[0, +inf)", "unknown", "")],
    ),
]


@pytest.mark.parametrize(("prose", "found"), AFTER_A_DURATION)
def test_a_range_in_brackets_after_a_duration_is_its_spread_or_a_count(
    prose: str, found: list[Read]
) -> None:
    """A range in brackets after a duration that holds the duration's number is its
    spread, no figure; one an order of magnitude above it is a count of its own (never
    dropped), of the noun of the count before the duration; any other is unread."""
    assert read(prose) == found


# -- 4. the percent sign of a level said with a counted base --------------------------------

BASE_WITH_A_COUNT: list[tuple[str, list[tuple[str, str]]]] = [
    (
        "The share fell from 5% of the 300 detainees to 12.",
        [("5%", "[0.045, 0.055]"), ("300", "[270, 330]"), ("12", "[0.115, 0.125]")],
    ),
    (
        "Vaccination coverage rose from 38% of the 1,200 children surveyed to 61 by June.",
        [("38%", "[0.375, 0.385]"), ("1,200", "[1150, 1250]"), ("61", "[0.605, 0.615]")],
    ),
    (
        "Positivity rose from 4% of the 2 400 samples tested to 9.",
        [("4%", "[0.035, 0.045]"), ("2 400", "[2350, 2450]"), ("9", "[0.085, 0.095]")],
    ),
    (
        "Mortality fell from 3.1% of the 450 admissions in January to 1.8 in March.",
        [("3.1%", "[0.0305, 0.0315]"), ("450", "[425, 475]"), ("1.8", "[0.0175, 0.0185]")],
    ),
    (
        "Rates rose from 6% of the 500 children screened to 11 by August.",
        [("6%", "[0.055, 0.065]"), ("500", "[450, 550]"), ("11", "[0.105, 0.115]")],
    ),
    (
        "Coverage fell from 88% of the 2,000 households surveyed in 2021 to 64 in 2023.",
        [("88%", "[0.875, 0.885]"), ("2,000", "[1800, 2200]"), ("64", "[0.635, 0.645]")],
    ),
]


@pytest.mark.parametrize(("prose", "found"), BASE_WITH_A_COUNT)
def test_the_percent_of_the_first_level_reaches_past_a_counted_base(
    prose: str, found: list[tuple[str, str]]
) -> None:
    """ "from 5% of the 300 detainees to 12": 12 is 12%, never 12 persons beside 5%; the
    base's count stays a count."""
    assert texts(prose) == found


def test_a_count_after_a_base_without_a_percent_stays_a_count() -> None:
    """With no percent sign said, both levels and the base are counts."""
    assert texts("Deaths rose from 5 of the 300 detainees to 12.") == [
        ("5", "[5, 5]"),
        ("300", "[270, 330]"),
        ("12", "[12, 12]"),
    ]


# -- sentences of sources not tested before -------------------------------------------------

SOURCES: list[tuple[str, list[Read]]] = [
    # -- WHO situation reports and outbreak bulletins
    (
        "As of 12 March, a cumulative total of 4,312 suspected cholera cases, including 87 "
        "deaths, have been reported.",
        [
            ("4,312", "[4312, 4312]", "bare", "cases"),
            ("87", "[87, 87]", "bare", "deaths"),
        ],
    ),
    (
        "The case fatality ratio stands at 2.0%, above the 1% benchmark.",
        [("2.0%", "[0.0195, 0.0205]", "bare", ""), ("1% benchmark", "[0, 1]", "unknown", "")],
    ),
    (
        "Of the 1,245 samples tested, 318 were positive for Vibrio cholerae.",
        [("1,245", "[1245, 1245]", "bare", "samples"), ("318", "[318, 318]", "bare", "")],
    ),
    (
        "WHO has delivered 26 tonnes of medical supplies to 14 health facilities.",
        [("14", "[14, 14]", "bare", "facilities")],
    ),
    (
        "Between 40 and 60 new cases are being reported each day in the district.",
        [
            (
                "Between 40 and 60 new cases are being reported each day",
                "[0, +inf)",
                "unknown",
                "cases",
            )
        ],
    ),
    (
        "Some two-thirds of health facilities in the north are not functioning.",
        [("Some two-thirds", "[0.6, 11/15]", "approximate", "facilities")],
    ),
    (
        "Only one in three hospitals remains partially operational.",
        [("Only one in three", "[1/3, 1/3]", "exact", "hospitals")],
    ),
    (
        "A total of 1 870 measles cases and 23 deaths were notified in week 9.",
        [
            ("A total of 1 870", "[1870, 1870]", "exact", "cases"),
            ("23", "[23, 23]", "bare", "deaths"),
        ],
    ),
    (
        "Around 3.4 million people are in need of health assistance.",
        [("Around 3.4 million", "[3100000, 3700000]", "approximate", "people")],
    ),
    (
        "No fewer than 18 attacks on health care were verified this month.",
        [("No fewer than 18", "[18, 19.8]", "lower", "attacks")],
    ),
    (
        "Twelve health workers have been killed and 31 injured since the start of the year.",
        [("Twelve", "[12, 12]", "bare", "workers"), ("31", "[31, 31]", "bare", "")],
    ),
    (
        "Nearly half of the 212 primary health care centres have closed.",
        [
            ("Nearly half", "[0.475, 0.5)", "upper", "centres"),
            ("212", "[212, 212]", "bare", "centres"),
        ],
    ),
    (
        "Vaccination teams reached 1.2 million children under five, or 94 per cent of the target.",
        [
            ("1.2 million", "[1150000, 1250000]", "bare", "children"),
            ("94 per cent", "[0.935, 0.945]", "bare", ""),
        ],
    ),
    (
        "Up to 70% of the population lacks access to safe water.",
        [("Up to 70%", "[0.63, 0.7]", "upper", "")],
    ),
    (
        "As many as 500 patients remain in the hospital without power.",
        [("As many as 500", "[450, 500]", "upper", "patients")],
    ),
    (
        "The outbreak has affected 9 of the country's 16 governorates.",
        [("9", "[9, 9]", "bare", ""), ("16", "[16, 16]", "bare", "governorates")],
    ),
    (
        "More than 1,000 suspected dengue cases were reported, a threefold increase on last year.",
        [("More than 1,000", "(1000, 1500]", "lower", "cases")],
    ),
    (
        "Flash update: at least 27 civilians were killed and dozens injured when shelling hit "
        "a market.",
        [("at least 27", "[27, 29.7]", "lower", "civilians"), ("dozens", "[24, 119]", "vague", "")],
    ),
    # -- OCHA flash updates
    (
        "An estimated 45,000 people have been displaced in the past 72 hours.",
        [
            ("An estimated 45,000", "[40500, 49500]", "approximate", "people"),
            ("72 hours", "[72, 72]", "bare", "hours"),
        ],
    ),
    (
        "Humanitarian partners have reached some 320,000 people with food assistance.",
        [("some 320,000", "[290000, 350000]", "approximate", "people")],
    ),
    (
        "Approximately 3,500 households lost their shelters to the floods.",
        [("Approximately 3,500", "[3150, 3850]", "approximate", "households")],
    ),
    (
        "The number of IDPs in the province has risen from 210,000 to 265,000 since January.",
        [("210,000", "[205000, 215000]", "bare", ""), ("265,000", "[265000, 265000]", "bare", "")],
    ),
    (
        "Three aid workers were killed in the attack, bringing the total this year to 42.",
        [("Three", "[3, 3]", "bare", "workers"), ("42", "[42, 42]", "bare", "")],
    ),
    (
        "About 80 per cent of Gaza's population is now displaced.",
        [("About 80 per cent", "[0.72, 0.88]", "approximate", "")],
    ),
    (
        "Some 600 trucks are needed every day; fewer than 100 entered on average.",
        [
            ("Some 600 trucks are needed every day", "[0, +inf)", "unknown", "trucks"),
            ("fewer than 100 entered on average", "[0, +inf)", "unknown", ""),
        ],
    ),
    (
        "Between 15 and 20 per cent of children screened were acutely malnourished.",
        [("Between 15 and 20 per cent", "[0.15, 0.2]", "range", "")],
    ),
    (
        "Over a quarter of a million people have fled across the border.",
        [("Over a quarter of a million", "(250000, 275000]", "lower", "people")],
    ),
    (
        "An additional 2,300 families were registered at the transit centre.",
        [("An additional 2,300", "[2250, 2350]", "bare", "families")],
    ),
    (
        "UNHCR has registered 1 245 678 refugees in the region.",
        [("1 245 678", "[1245678, 1245678]", "bare", "refugees")],
    ),
    (
        "The camp, designed for 20,000 people, now hosts more than 44,000.",
        [
            ("designed for 20,000", "[0, +inf)", "unknown", "people"),
            ("more than 44,000", "(44000, 47000]", "lower", ""),
        ],
    ),
    # -- UNHCR operational data
    (
        "Arrivals averaged 850 a day during the first week of May.",
        [("averaged 850 a day", "[0, +inf)", "unknown", "")],
    ),
    (
        "Women and children make up 81 per cent of new arrivals.",
        [("81 per cent", "[0.805, 0.815]", "bare", "")],
    ),
    (
        "Some 5.8 million Ukrainian refugees were recorded across Europe.",
        [("Some 5.8 million", "[5500000, 6100000]", "approximate", "refugees")],
    ),
    (
        "Of the 12,500 people relocated, 7,200 were children.",
        [("12,500", "[12500, 12500]", "bare", "people"), ("7,200", "[7150, 7250]", "bare", "")],
    ),
    (
        "Nearly 3 in 4 refugees live in urban areas.",
        [("Nearly 3 in 4", "[0.7125, 0.75)", "upper", "refugees")],
    ),
    (
        "A further 430 refugees were resettled to third countries in April.",
        [("A further 430", "[425, 435]", "bare", "refugees")],
    ),
    # -- ICRC statements
    (
        "The ICRC facilitated the release of 230 detainees on Tuesday.",
        [("230", "[225, 235]", "bare", "detainees")],
    ),
    (
        "Our teams visited 1,600 detainees in 14 places of detention.",
        [("1,600", "[1550, 1650]", "bare", "detainees"), ("14", "[14, 14]", "bare", "places")],
    ),
    (
        "ICRC delegates brought back the remains of 63 people.",
        [("63", "[63, 63]", "bare", "people")],
    ),
    (
        "The ICRC has registered some 23,000 people as missing.",
        [("some 23,000", "[20700, 25300]", "approximate", "people")],
    ),
    (
        "We have received 8,000 requests from families searching for relatives.",
        [("8,000", "[7500, 8500]", "bare", "requests")],
    ),
    # -- court judgments
    (
        "The Trial Chamber found that at least 7,000 Bosnian Muslim men and boys were killed.",
        [("at least 7,000", "[7000, 7700]", "lower", "men")],
    ),
    (
        "The accused was found guilty of the murder of two hundred and thirty civilians.",
        [("two hundred and thirty", "[225, 235]", "bare", "civilians")],
    ),
    (
        "The Chamber is satisfied that no fewer than 150 detainees were held at the camp.",
        [("no fewer than 150", "[150, 175]", "lower", "detainees")],
    ),
    (
        "The prosecution alleged that between 1,000 and 1,500 prisoners were executed.",
        [("between 1,000 and 1,500", "[1000, 1500]", "range", "prisoners")],
    ),
    (
        "The court found that approximately 200 persons were transported to the site.",
        [("approximately 200", "[180, 220]", "approximate", "persons")],
    ),
    (
        "The judgment records that a dozen witnesses identified the accused.",
        [("a dozen", "[12, 12]", "bare", "witnesses")],
    ),
    # -- Airwars civilian-harm assessments
    (
        "Airwars assesses that between 8 and 12 civilians were killed in the strike.",
        [("between 8 and 12", "[8, 12]", "range", "civilians")],
    ),
    (
        "Local sources reported that up to 20 civilians died, including seven children.",
        [("up to 20", "[15, 20]", "upper", "civilians"), ("seven", "[7, 7]", "bare", "children")],
    ),
    (
        "Airwars graded this incident as fair, with 3–5 civilian deaths alleged.",
        [("3–5", "[3, 5]", "range", "deaths")],
    ),
    (
        "The coalition conceded that one civilian was likely killed.",
        [("one civilian was likely", "[0, +inf)", "unknown", "civilian")],
    ),
    (
        "Between four and seven members of one family were reportedly killed.",
        [("Between four and seven", "[4, 7]", "range", "members")],
    ),
    # -- Iraq Body Count entries
    ("IBC: 14 killed by car bomb in Baghdad market.", [("14", "[14, 14]", "bare", "")]),
    ("IBC records 4–6 bodies found in Mosul.", [("4–6", "[4, 6]", "range", "bodies")]),
    (
        "Two policemen and three civilians were killed by a roadside bomb.",
        [("Two", "[2, 2]", "bare", "policemen"), ("three", "[3, 3]", "bare", "civilians")],
    ),
    ("Body of 1 man found shot in Kirkuk.", [("1", "[1, 1]", "bare", "man")]),
    (
        "Gunmen killed 12 people, including a child, at a checkpoint near Baquba.",
        [("12", "[12, 12]", "bare", "people")],
    ),
    # -- wire copy, British and American
    (
        "Russia and Ukraine swapped 95 prisoners each on Tuesday, officials said.",
        [("95", "[95, 95]", "bare", "prisoners")],
    ),
    (
        "Police said 32 people were arrested after clashes in central London.",
        [("32", "[32, 32]", "bare", "people")],
    ),
    (
        "The death toll rose to 1,487, the health ministry said on Friday.",
        [("1,487", "[1487, 1487]", "bare", "")],
    ),
    (
        "At least 2,600 people have died, according to the UN.",
        [("At least 2,600", "[2600, 2860]", "lower", "people")],
    ),
    (
        "Rescuers pulled 17 survivors from the rubble, state media reported.",
        [("17", "[17, 17]", "bare", "survivors")],
    ),
    (
        "Some 4,000 soldiers are believed captured, a Kyiv official said.",
        [("Some 4,000 soldiers are believed", "[0, +inf)", "unknown", "soldiers")],
    ),
    (
        "The army said it had killed as many as 150 militants in the operation.",
        [("as many as 150", "[125, 150]", "upper", "militants")],
    ),
    (
        "Officials put the toll at between 300 and 350 dead.",
        [("between 300 and 350", "[300, 350]", "range", "")],
    ),
    (
        "Nearly 3,000 homes were destroyed or damaged by the storm.",
        [("Nearly 3,000", "[2850, 3000)", "upper", "homes")],
    ),
    # -- thousands separators: '2.600', '4.200.000', '2 600', '2,600'
    (
        "The figure was 2.600 according to the German ministry.",
        [("2.600", "[0, +inf)", "unknown", "")],
    ),
    (
        "Eurostat counted 4.200.000 beneficiaries of temporary protection.",
        [("4.200.000", "[0, +inf)", "unknown", "beneficiaries")],
    ),
    (
        "Around 2 600 people returned to the village in December.",
        [("Around 2 600", "[2340, 2860]", "approximate", "people")],
    ),
    (
        "The government said 2,600 had returned, while NGOs put the figure nearer 3,000.",
        [("2,600", "[2550, 2650]", "bare", ""), ("nearer 3,000", "[0, +inf)", "unknown", "")],
    ),
    # -- numbers in words, 'a dozen', fractions
    ("A dozen people were wounded in the blast.", [("A dozen", "[12, 12]", "bare", "people")]),
    (
        "Several dozen families remain trapped.",
        [("Several dozen", "[36, 119]", "vague", "families")],
    ),
    (
        "Two-thirds of the 9,000 displaced are women.",
        [("Two-thirds", "[2/3, 2/3]", "bare", ""), ("9,000", "[8500, 9500]", "bare", "")],
    ),
    (
        "Three-quarters of respondents said they had not received aid.",
        [("Three-quarters", "[0.75, 0.75]", "bare", "respondents")],
    ),
    (
        "Half of the 40 schools were used as shelters.",
        [("Half", "[0.5, 0.5]", "bare", "schools"), ("40", "[40, 40]", "bare", "schools")],
    ),
    ("One third of the camp's population are children.", [("One third", "[1/3, 1/3]", "bare", "")]),
    (
        "A quarter of all deaths were among children under five.",
        [("A quarter", "[0.25, 0.25]", "bare", "")],
    ),
    (
        "Hundreds of thousands of people have fled.",
        [("Hundreds of thousands", "[200000, 999999]", "vague", "people")],
    ),
    (
        "Tens of thousands remain without electricity.",
        [("Tens of thousands", "[20000, 99999]", "vague", "")],
    ),
    (
        "Fifteen hundred people gathered outside the court.",
        [("Fifteen hundred", "[1350, 1650]", "bare", "people")],
    ),
    (
        "Two thousand five hundred tents were distributed.",
        [("Two thousand five hundred", "[2250, 2750]", "bare", "tents")],
    ),
    (
        "Nine hundred and fifty families received cash assistance.",
        [("Nine hundred and fifty", "[925, 975]", "bare", "families")],
    ),
    (
        "Forty-two per cent of households reported debt.",
        [("Forty-two per cent", "[0.415, 0.425]", "bare", "")],
    ),
    # -- ranges with 'to', 'and', en dash and '-', hedged or not
    (
        "Some 1.5m people are thought to be in need.",
        [("Some 1.5m people are thought", "[0, +inf)", "unknown", "people")],
    ),
    (
        "Up to 3,000-4,000 people may have been affected.",
        [("Up to 3,000-4,000 people may have", "[0, +inf)", "unknown", "people")],
    ),
    ("Between 300-400 people were evacuated.", [("300-400", "[300, 400]", "range", "people")]),
    (
        "From 200 to 250 people attended the funeral.",
        [("From 200 to 250", "[200, 250]", "range", "people")],
    ),
    (
        "The protest drew 10,000 to 15,000 people.",
        [("10,000 to 15,000", "[10000, 15000]", "range", "people")],
    ),
    # -- tallies, tables flattened to text, changes
    (
        "The shelling killed 8 and injured 23.",
        [("8", "[8, 8]", "bare", ""), ("23", "[23, 23]", "bare", "")],
    ),
    (
        "Five people died and 20 were hurt.",
        [("Five", "[5, 5]", "bare", "people"), ("20", "[20, 20]", "bare", "")],
    ),
    (
        "Casualties included 6 dead and 14 wounded.",
        [("6", "[6, 6]", "bare", ""), ("14", "[14, 14]", "bare", "")],
    ),
    (
        "Fatalities: 14. Injured: 37.",
        [("14", "[14, 14]", "bare", ""), ("37", "[37, 37]", "bare", "")],
    ),
    (
        "Killed: 3 (including 1 child); injured: 11.",
        [
            ("3", "[3, 3]", "bare", ""),
            ("1", "[1, 1]", "bare", "child"),
            ("11", "[11, 11]", "bare", ""),
        ],
    ),
    ("Total displaced as of 30 June: 112,450.", [("112,450", "[112450, 112450]", "bare", "")]),
    (
        "Of these, 61 per cent are in camps and 39 per cent in host communities.",
        [
            ("61 per cent", "[0.605, 0.615]", "bare", ""),
            ("39 per cent", "[0.385, 0.395]", "bare", ""),
        ],
    ),
    (
        "In 2022, 1,203 civilians were killed, compared with 987 in 2021.",
        [("1,203", "[1203, 1203]", "bare", "civilians"), ("987", "[987, 987]", "bare", "")],
    ),
    (
        "The number of returnees more than doubled to 48,000.",
        [("48,000", "[47500, 48500]", "bare", "")],
    ),
    (
        "Detentions fell by a third to 600.",
        [("fell by a third", "[0, 1]", "unknown", ""), ("600", "[550, 650]", "bare", "")],
    ),
    (
        "Arrivals were down 40% on the previous month at 2,100.",
        [("down 40%", "[0, 1]", "unknown", ""), ("2,100", "[2050, 2150]", "bare", "")],
    ),
    (
        "About 40 to 67% of households reported no income.",
        [("About 40 to 67%", "[0.36, 0.7]", "approximate", "households")],
    ),
    # -- the four classes fixed beside this table, in context
    (
        "The survey found that from about 40 to 67% of households lacked food.",
        [("from about 40 to 67%", "[0, 1]", "unknown", "households")],
    ),
    (
        "Prevalence ranged from 12 to about 20 per cent across districts.",
        [("from 12 to about 20 per cent", "[0, 1]", "unknown", "")],
    ),
    (
        "The mean number of deaths per incident fell to 12 in 2023.",
        [("mean number of deaths per incident fell to 12", "[0, +inf)", "unknown", "")],
    ),
    ("The average household size was 6.4 persons.", []),
    (
        "The median number of people per shelter rose from 8 to 11.",
        [
            ("median number of people per shelter rose from 8", "[0, +inf)", "unknown", ""),
            ("to 11", "[0, +inf)", "unknown", ""),
        ],
    ),
    (
        "The average number of daily arrivals stood at 1,200.",
        [("daily arrivals stood at 1,200", "[0, +inf)", "unknown", "")],
    ),
    (
        "Strikes killed at least 50 people over two days (45–60).",
        [
            ("at least 50", "[50, 55]", "lower", "people"),
            ("over two days", "[0, +inf)", "unknown", "days"),
            ("45–60", "[45, 60]", "range", "people"),
        ],
    ),
    ("The siege lasted 14 days (range 10–21).", [("14 days", "[14, 14]", "bare", "days")]),
    (
        "Patients were hospitalised for a median of 5 days (2–11).",
        [("median of 5 days (2–11)", "[0, +inf)", "unknown", "days")],
    ),
    (
        "The fighting over four days (300–400 dead, according to medics) levelled the town.",
        [
            ("over four days", "[0, +inf)", "unknown", "days"),
            ("300–400", "[300, 400]", "range", ""),
        ],
    ),
    (
        "Rates rose from 6% of the 500 children screened to 11 by August.",
        [
            ("6%", "[0.055, 0.065]", "bare", "children"),
            ("500", "[450, 550]", "bare", "children"),
            ("11", "[0.105, 0.115]", "bare", ""),
        ],
    ),
    (
        "Coverage fell from 88% of the 2,000 households surveyed in 2021 to 64 in 2023.",
        [
            ("88%", "[0.875, 0.885]", "bare", "households"),
            ("2,000", "[1800, 2200]", "bare", "households"),
            ("64", "[0.635, 0.645]", "bare", ""),
        ],
    ),
    (
        "At least 200 people, and possibly as many as 300, were killed.",
        [
            ("At least 200", "[200, 250]", "lower", "people"),
            ("possibly as many as 300", "[0, +inf)", "unknown", ""),
        ],
    ),
    # -- wire copy and agency updates
    (
        "Officials said 45 people, most of them women, were rescued.",
        [("45", "[45, 45]", "bare", "people")],
    ),
    (
        "The number killed is estimated at 600 to 800.",
        [("estimated at 600 to 800", "[540, 880]", "approximate", "")],
    ),
    (
        "A total of 3 200 people were registered.",
        [("A total of 3 200", "[3200, 3200]", "exact", "people")],
    ),
    (
        "Some 14,000-odd residents remain.",
        [("Some 14,000-odd", "(14000, 15400]", "lower", "residents")],
    ),
    (
        "More than 20 000 people crossed the border on Sunday.",
        [("More than 20 000", "(20000, 25000]", "lower", "people")],
    ),
    ("The 2,000-strong force arrived on Monday.", [("2,000", "[1800, 2200]", "bare", "")]),
    ("A 300-bed hospital was damaged.", [("300-bed", "[0, +inf)", "unknown", "")]),
    (
        "A further 12 bodies were recovered overnight.",
        [("A further 12", "[12, 12]", "bare", "bodies")],
    ),
    (
        "Another 85 people were treated for injuries.",
        [("Another 85", "[85, 85]", "bare", "people")],
    ),
    (
        "At least 9 people died, among them 4 children.",
        [("At least 9", "[9, 10]", "lower", "people"), ("4", "[4, 4]", "bare", "children")],
    ),
    (
        "Twenty-three people, including eight children, were killed.",
        [("Twenty-three", "[23, 23]", "bare", "people"), ("eight", "[8, 8]", "bare", "children")],
    ),
    (
        "The ministry listed 1,028 dead and 3,400 injured.",
        [("1,028", "[1028, 1028]", "bare", ""), ("3,400", "[3350, 3450]", "bare", "")],
    ),
    (
        "Only 7 of the 35 hospitals in the north are functioning.",
        [("Only 7", "[7, 7]", "exact", "hospitals"), ("35", "[35, 35]", "bare", "hospitals")],
    ),
    (
        "Thirty-one of the 36 hospitals have been damaged.",
        [("Thirty-one", "[31, 31]", "bare", "hospitals"), ("36", "[36, 36]", "bare", "hospitals")],
    ),
    (
        "In all, 418 detainees were released in two rounds.",
        [("418", "[418, 418]", "bare", "detainees"), ("two", "[2, 2]", "bare", "rounds")],
    ),
    (
        "Just under 5,000 people have registered for relocation.",
        [("Just under 5,000", "[4750, 5000)", "upper", "people")],
    ),
    (
        "Well over 10,000 people remain unaccounted for.",
        [("Well over 10,000", "(10000, 12500]", "lower", "people")],
    ),
    (
        "Roughly one in five children is stunted.",
        [("Roughly one in five", "[0.18, 0.22]", "approximate", "children")],
    ),
    (
        "Close to 90 per cent of schools have been damaged.",
        [("Close to 90 per cent", "[0.855, 0.945]", "approximate", "")],
    ),
    (
        "An estimated 250,000 to 300,000 people are trapped.",
        [("An estimated 250,000 to 300,000", "[225000, 330000]", "approximate", "people")],
    ),
    (
        "More than two million people have been displaced, almost half of them children.",
        [
            ("More than two million", "(2000000, 2500000]", "lower", "people"),
            ("almost half", "[0.475, 0.5)", "upper", ""),
        ],
    ),
    (
        "The toll stands at 1,100, up from 900 on Sunday.",
        [("1,100", "[1050, 1150]", "bare", ""), ("900", "[850, 950]", "bare", "")],
    ),
    (
        "Deaths this week: 34 (last week: 28).",
        [("34", "[34, 34]", "bare", ""), ("28", "[28, 28]", "bare", "")],
    ),
    (
        "Some 60 per cent of the 1,800 health workers have not been paid.",
        [
            ("Some 60 per cent", "[0.54, 0.66]", "approximate", ""),
            ("1,800", "[1750, 1850]", "bare", "workers"),
        ],
    ),
    ("A 12-year-old boy was among the 6 dead.", [("6", "[6, 6]", "bare", "")]),
    (
        "The 3 women and 2 men were taken to hospital.",
        [("3", "[3, 3]", "bare", "women"), ("2", "[2, 2]", "bare", "men")],
    ),
    # -- numbers in words and hedges of wire copy
    (
        "Two hundred and thirty prisoners were exchanged on Wednesday.",
        [("Two hundred and thirty", "[225, 235]", "bare", "prisoners")],
    ),
    (
        "Some two hundred families sheltered in the mosque.",
        [("Some two hundred", "[180, 220]", "approximate", "families")],
    ),
    (
        "A couple of dozen protesters were detained.",
        [("A couple of dozen", "[24, 47]", "vague", "protesters")],
    ),
    (
        "Upwards of 5,000 people marched in Belfast on Saturday.",
        [("Upwards of 5,000", "(5000, 5500]", "lower", "people")],
    ),
    (
        "In excess of 1,200 migrants were rescued in the Channel this week.",
        [("In excess of 1,200", "(1200, 1320]", "lower", "migrants")],
    ),
    (
        "Police estimated the crowd at 8,000–10,000.",
        [("estimated the crowd at 8,000–10,000", "[0, +inf)", "unknown", "")],
    ),
    (
        "Between two and three thousand people were evacuated.",
        [("Between two and three thousand", "[2000, 3000]", "range", "people")],
    ),
    (
        "Around 1,500 to 2,000 troops remain in the region.",
        [("Around 1,500 to 2,000", "[1350, 2200]", "approximate", "troops")],
    ),
    (
        "No fewer than 40 journalists have been killed.",
        [("No fewer than 40", "[40, 45]", "lower", "journalists")],
    ),
    (
        "As many as two-thirds of the 1,500 detainees were released.",
        [
            ("As many as two-thirds", "[0.6, 2/3]", "upper", "detainees"),
            ("1,500", "[1350, 1650]", "bare", "detainees"),
        ],
    ),
    (
        "Roughly 2 600 prisoners returned between August and December.",
        [("Roughly 2 600", "[2340, 2860]", "approximate", "prisoners")],
    ),
    (
        "Nearly 2,600 had returned by the end of the year.",
        [("Nearly 2,600", "[2470, 2600)", "upper", "")],
    ),
    (
        "The strike killed seven people, five of them children.",
        [("seven", "[7, 7]", "bare", "people"), ("five", "[5, 5]", "bare", "")],
    ),
    (
        "A total of eleven bodies were recovered from the river.",
        [("A total of eleven", "[11, 11]", "exact", "bodies")],
    ),
    (
        "Fewer than a hundred residents remain in the village.",
        [("Fewer than a hundred", "[50, 100)", "upper", "residents")],
    ),
    (
        "Less than half of the promised aid has arrived.",
        [("Less than half", "[0.45, 0.5)", "upper", "")],
    ),
    (
        "The toll climbed from 70 on Monday to nearly 200.",
        [("70", "[70, 70]", "bare", ""), ("nearly 200", "[190, 200)", "upper", "")],
    ),
    (
        "The figure was revised down from 1,400 to 1,139.",
        [("1,400", "[1350, 1450]", "bare", ""), ("1,139", "[1139, 1139]", "bare", "")],
    ),
    (
        "Between a third and a half of households skipped meals.",
        [("Between a third and a half", "[1/3, 0.5]", "range", "households")],
    ),
    (
        "About one in ten children is acutely malnourished.",
        [("About one in ten", "[0.09, 0.11]", "approximate", "children")],
    ),
]


@pytest.mark.parametrize(("prose", "found"), SOURCES)
def test_a_sentence_of_an_untested_source_reads_as_a_coder_reads_it(
    prose: str, found: list[Read]
) -> None:
    """Every figure of the sentence, with its words, interval, kind and noun, and nothing
    else."""
    assert read(prose) == found


def test_the_table_is_large_and_its_sentences_are_new() -> None:
    """Some 150 sentences, none repeated."""
    sentences = [prose for prose, _ in SOURCES]
    assert len(sentences) >= 150
    assert len(set(sentences)) == len(sentences)


# -- classes the table showed ----------------------------------------------------------------


@pytest.mark.parametrize(
    ("prose", "unread"),
    [
        ("The camp, designed for 20,000 people, now hosts 44,000.", "designed for"),
        ("The shelter, built for 500, houses 1,400.", "built for"),
        ("The school has room for 300 pupils.", "room for"),
        ("The centre can accommodate up to 800 people.", "can accommodate"),
        ("A prison built to hold 1,000 inmates now holds 3,000.", "built to hold"),
        ("The hall can seat 500.", "can seat"),
        ("The ward could take 40 more patients.", "could take"),
    ],
)
def test_a_capacity_is_no_count(prose: str, unread: str) -> None:
    """How many a place is built for, has room for or can hold is no count of those in
    it: unread, naming the words; what it hosts or holds now stays a count."""
    first, *rest = extract(prose)
    assert first.unread == unread
    assert first.amount.interval == Interval.at_least(0)
    assert all(m.unread is None for m in rest)


@pytest.mark.parametrize(
    ("prose", "text"),
    [
        ("Fewer than 100 trucks entered on average.", "Fewer than 100 trucks entered on average"),
        ("On average, 300 people died.", "On average, 300"),
        ("In 2023, on average, 300 people died.", "on average, 300"),
        ("On average 300 people died each month.", "On average 300 people died each month"),
    ],
)
def test_a_figure_said_on_average_is_a_mean(prose: str, text: str) -> None:
    """ "on average" before the figure or after it in its clause makes it a mean, unread."""
    (m,) = extract(prose)
    assert (m.text, m.amount.kind) == (text, "unknown")


@pytest.mark.parametrize(
    ("prose", "found"),
    [
        ("NGOs put the figure nearer 3,000.", ("nearer 3,000", "nearer")),
        ("Medics said the toll was nearer 500.", ("nearer 500", "nearer")),
        ("Others put it nearer to 3,000.", ("nearer to 3,000", "nearer to")),
    ],
)
def test_a_comparison_said_as_a_preposition_is_unread(prose: str, found: tuple[str, str]) -> None:
    """ "nearer 3,000" compares with 3,000 and states no figure: unread, as "closer to"."""
    (m,) = extract(prose)
    assert (m.text, m.unread) == found


@pytest.mark.parametrize(
    ("prose", "noun"),
    [
        ("The coalition conceded that one civilian was killed.", "civilian"),
        ("The one child who survived was taken to hospital.", "child"),
        ("They said that one soldier died.", "soldier"),
    ],
)
def test_one_before_a_noun_for_a_person_counts_after_that_or_the(prose: str, noun: str) -> None:
    """ "that one civilian was killed" is a count of one, never dropped as a pronoun."""
    (m,) = extract(prose)
    assert (m.text, m.amount.interval, m.noun) == ("one", Interval.point(1), noun)


@pytest.mark.parametrize("prose", ["Not one civilian was killed.", "No one was hurt."])
def test_no_one_stays_no_count(prose: str) -> None:
    """ "Not one civilian" and "no one" count nobody: no figure, as before."""
    assert extract(prose) == []


@pytest.mark.parametrize(
    ("prose", "words"),
    [
        ("Eurostat counted 4.200.000 beneficiaries.", "4.200.000"),
        ("The ministry counted 2.600.000 people.", "2.600.000"),
        ("Some 12.500.000 were registered.", "12.500.000"),
    ],
)
def test_a_number_grouped_twice_by_dots_is_one_unread_number(prose: str, words: str) -> None:
    """In English "4.200.000" is grouped as the European locale groups: one unread mention
    of the whole number, never "4.200" unread and "000" dropped."""
    found = extract(prose)
    assert [(m.text, m.unread) for m in found] == [(words, words)]


def test_a_number_grouped_twice_by_dots_reads_in_the_european_locale() -> None:
    """Under locale="eu" the same number is four million two hundred thousand."""
    (m,) = extract("Eurostat counted 4.200.000 beneficiaries.", locale="eu")
    assert m.amount.nominal == 4_200_000


@pytest.mark.parametrize(
    "prose",
    ["A total of 1 870 measles cases were notified.", "Some 300 mumps cases were reported."],
)
def test_a_disease_named_in_the_plural_is_no_counted_noun(prose: str) -> None:
    """ "measles", "mumps" end in "s" but are no plural: the noun counted is "cases" after
    them, never the disease."""
    assert [m.noun for m in extract(prose)] == ["cases"]
