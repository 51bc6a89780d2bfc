"""Real published figures, reconciled and summarised as a careful statistician would sign.

Each data set is written here from published figures; the comments cite them. The
statistical results are checked against an independent oracle: statsmodels' meta-analysis
for pooled estimates, exact interval arithmetic over the corners for totals and rates.

Sources:

- Burnham, Lafta, Doocy and Roberts, "Mortality after the 2003 invasion of Iraq: a
  cross-sectional cluster sample survey", *The Lancet* 368 (2006), 1421-1428, published
  online 11 October 2006: 654,965 excess deaths (95% CI 392,979-942,636) and 601,027
  violent deaths (95% CI 426,369-793,663), March 2003 to June 2006, for a population of
  27,139,584.
- Iraq Family Health Survey Study Group, "Violence-related mortality in Iraq from 2002 to
  2006", *New England Journal of Medicine* 358 (2008), 484-493, published 31 January 2008:
  151,000 violent deaths (95% uncertainty range 104,000-223,000), March 2003 to June 2006.
- Iraq Living Conditions Survey 2004 (Iraqi Ministry of Planning and UNDP, 2005): 24,000
  war-related deaths (95% CI 18,000-29,000), March 2003 to May 2004.
- Iraq Body Count, "Year Four: Simply the worst", press release of 18 March 2007: 65,000
  violent civilian deaths documented to date; 26,540 in the fourth year (20 March 2006 to
  19 March 2007), a total IBC's later note on the same page gives as 29,435 after
  additions to its database. BBC (2008): IBC's count by October 2007 was between 74,000
  and 81,000.
- Kishore et al., "Mortality in Puerto Rico after Hurricane Maria", *NEJM* 379 (2018),
  162-170, 29 May 2018: 4,645 excess deaths (95% CI 793-8,498), 20 September to 31
  December 2017. Santos-Lozada and Howard, *JAMA* 320 (2018), 1491-1493, 2 August 2018:
  1,139 (95% CI 1,006-1,272) (recorded for the same period, as docs/studies.md does).
  Santos-Burgoa et al. (George Washington University), *Lancet Planetary Health* 2 (2018),
  e478-e488, 11 October 2018 (report of 28 August 2018): September 2017 to February 2018,
  2,975 (95% CI 2,658-3,290) under the displacement scenario and 1,191 (836-1,544) under
  the census scenario. The Government of Puerto Rico's certified count: 64.
- UNHCR, refugees from Ukraine registered for temporary protection or similar national
  schemes in Europe as of 9 June 2022, as carried by Interfax on 14 June 2022: 3.207
  million in Europe; 1,352,364 in Poland, 565,821 in Germany, 366,490 in the Czech
  Republic.
- The exchange of prisoners of 3 January 2024: "more than 230" Ukrainians released (AFP),
  230 (Dmytro Lubinets, Ukraine's Parliament Commissioner for Human Rights).
"""

from __future__ import annotations

import itertools
import math
from fractions import Fraction
from pathlib import Path

import pytest

import pwstats
from pwstats import Dataset, Figure, Interval, Measure, Relation, Source, stats
from pwstats.cli import main

Z95 = 1.959963984540054
IRAQ_2003_2006 = "2003-03-01/2006-06-30"
IRAQ_POPULATION = 27_139_584  # Burnham et al. 2006


def _estimate(
    fid: str,
    measure: str,
    low: int,
    best: int,
    high: int,
    when: str,
    who: str,
    published: str,
    **links: str,
) -> Figure:
    return Figure(
        id=fid,
        measure=measure,
        basis="estimate",
        low=low,
        best=best,
        high=high,
        as_of=when,
        source=Source(name=who, published=published),
        **links,
    )


# -- Iraq, 2003-2006 ------------------------------------------------------------------------


def _iraq() -> Dataset:
    violent = Measure(
        id="violent",
        label="violent deaths in Iraq",
        kind="flow",
        dims={"country": "IRQ", "what": "violent deaths"},
    )
    excess = Measure(
        id="excess",
        label="excess deaths in Iraq",
        kind="flow",
        dims={"country": "IRQ", "what": "excess deaths"},
    )
    people = Measure(
        id="people",
        label="population of Iraq",
        kind="level",
        dims={"country": "IRQ", "what": "population"},
    )
    return Dataset(
        measures=[violent, excess, people],
        figures=[
            _estimate(
                "lancet-violent",
                "violent",
                426_369,
                601_027,
                793_663,
                IRAQ_2003_2006,
                "Burnham et al.",
                "2006-10-11",
            ),
            _estimate(
                "ifhs",
                "violent",
                104_000,
                151_000,
                223_000,
                IRAQ_2003_2006,
                "Iraq Family Health Survey Study Group",
                "2008-01-31",
            ),
            _estimate(
                "ilcs",
                "violent",
                18_000,
                24_000,
                29_000,
                "2003-03-01/2004-05-31",
                "Iraq Living Conditions Survey",
                "2005-05-12",
            ),
            _estimate(
                "lancet-excess",
                "excess",
                392_979,
                654_965,
                942_636,
                IRAQ_2003_2006,
                "Burnham et al.",
                "2006-10-11",
            ),
            # The BBC's "about 655,000 Iraqis had died": a report of the survey, not a study.
            Figure(
                id="bbc",
                measure="excess",
                value="about 655,000",
                as_of=IRAQ_2003_2006,
                cites="lancet-excess",
                source=Source(name="BBC", published="2006-10-11"),
            ),
            Figure(
                id="population",
                measure="people",
                value=IRAQ_POPULATION,
                as_of=IRAQ_2003_2006,
                source=Source(name="Burnham et al."),
            ),
        ],
    )


def test_two_surveys_of_iraqs_violent_deaths_differ_significantly_but_are_both_honest() -> None:
    """601,027 against 151,000: a tension, never a contradiction, and no hard bound."""
    report = pwstats.reconcile(_iraq())
    finding = next(
        f for f in report.findings if f.measure == "violent" and str(f.as_of) == IRAQ_2003_2006
    )
    assert finding.status == "tension"
    assert [(c.cause, c.kind, c.figures) for c in finding.conflicts] == [
        ("significant-difference", "tension", ("ifhs", "lancet-violent"))
    ]
    assert str(finding.bounds) == "[0, +inf)"  # estimates never narrow a hard bound
    assert report.status == "tension"
    assert not [c for c in report.conflicts if c.kind == "contradiction"]


def test_the_pooled_iraq_estimate_matches_statsmodels() -> None:
    """DerSimonian-Laird pooling of the two surveys, against statsmodels.

    The pooled mean lies between the two bests, so each survey faces it with one side of
    its interval throughout: the Lancet survey its low side, IFHS its high side. With
    those standard errors statsmodels' textbook (symmetric) pooling is the same model.
    """
    np = pytest.importorskip("numpy")
    meta_analysis = pytest.importorskip("statsmodels.stats.meta_analysis")
    finding = next(
        f
        for f in pwstats.reconcile(_iraq()).findings
        if f.measure == "violent" and str(f.as_of) == IRAQ_2003_2006
    )
    p = finding.plausible
    assert p is not None
    se_lancet = (601_027 - 426_369) / Z95
    se_ifhs = (223_000 - 151_000) / Z95
    oracle = meta_analysis.combine_effects(
        np.array([601_027.0, 151_000.0]), np.array([se_lancet**2, se_ifhs**2]), method_re="dl"
    )
    assert p.model == "random"  # heterogeneous: I² of 95%
    assert p.best == pytest.approx(oracle.summary_frame().loc["random effect", "eff"], rel=1e-9)
    assert p.q == pytest.approx(oracle.q, rel=1e-9)
    assert p.i2 == pytest.approx(oracle.i2, rel=1e-9)
    assert p.tau2 == pytest.approx(oracle.tau2, rel=1e-9)
    assert p.low == 0.0  # the pooled interval reaches below zero: shown cut at it
    assert finding.estimate.best == round(p.best)  # no count: the pooled value


def test_a_survey_of_a_shorter_period_neither_conflicts_nor_bounds() -> None:
    """ILCS's 24,000 for March 2003 to May 2004 is an estimate of another period."""
    report = pwstats.reconcile(_iraq())
    (ilcs,) = [f for f in report.findings if str(f.as_of) == "2003-03-01/2004-05-31"]
    assert (ilcs.status, str(ilcs.bounds), ilcs.estimate.best) == (
        "consistent",
        "[0, +inf)",
        24_000,
    )


def test_a_press_report_of_a_survey_is_not_a_second_survey() -> None:
    """The BBC's "about 655,000" repeats the Lancet's 654,965: one statement, no misquote."""
    report = pwstats.reconcile(_iraq())
    (excess,) = [f for f in report.findings if f.measure == "excess"]
    assert excess.status == "consistent"
    assert excess.independent_sources == 1
    assert excess.estimate.best == 654_965
    assert excess.plausible is not None
    assert excess.plausible.figures == ("lancet-excess",)


def test_violent_deaths_per_100000_keep_the_surveys_interval() -> None:
    """IFHS's rate per 100,000 people: its interval over the population, corner by corner."""
    data = _iraq()
    (row,) = stats.rate(data, ["violent"], "people", by="country", at=IRAQ_2003_2006)
    # Both surveys pool into one member (random effects); its interval is the pooled one.
    (finding,) = [
        f
        for f in pwstats.reconcile(data).findings
        if f.measure == "violent" and str(f.as_of) == IRAQ_2003_2006
    ]
    assert finding.plausible is not None
    assert row.rule == "rate of independent estimates"
    assert str(row.interval) == "[0, +inf)"  # nothing hard bounds the deaths
    assert row.estimate.best == Fraction(finding.estimate.best, IRAQ_POPULATION) * 100_000
    high = Fraction(math.ceil(finding.plausible.high), IRAQ_POPULATION) * 100_000
    assert (row.estimate.low, row.estimate.high) == (0, high)
    # IFHS alone: 383 to 822 per 100,000 over three years and four months.
    only = Dataset(
        measures=data.measures, figures=[f for f in data.figures if f.id in ("ifhs", "population")]
    )
    (row,) = stats.rate(only, "violent", "people", by="country", at=IRAQ_2003_2006)
    corners = [Fraction(n, IRAQ_POPULATION) * 100_000 for n in (104_000, 223_000)]
    assert (row.estimate.low, row.estimate.high) == (min(corners), max(corners))
    assert row.estimate.best == Fraction(151_000, IRAQ_POPULATION) * 100_000


# -- Iraq Body Count: a count revised upwards ------------------------------------------------


def _ibc() -> Dataset:
    documented = Measure(
        id="ibc", label="civilian deaths documented by IBC since March 2003", kind="cumulative"
    )
    year = Measure(id="ibc-year", label="civilian deaths documented by IBC in a year", kind="flow")
    ibc = Source(name="Iraq Body Count", published="2007-03-18")
    year_four = "2006-03-20/2007-03-19"
    return Dataset(
        measures=[documented, year],
        figures=[
            Figure(id="ibc-2007-03", measure="ibc", value="65,000", as_of="2007-03-18", source=ibc),
            Figure(
                id="ibc-2007-10",
                measure="ibc",
                value="between 74,000 and 81,000",
                as_of="2007-10",
                source=Source(name="Iraq Body Count", via=("BBC",)),
            ),
            Figure(id="year-four", measure="ibc-year", value="26,540", as_of=year_four, source=ibc),
            Figure(
                id="year-four-update",
                measure="ibc-year",
                value="29,435",
                as_of=year_four,
                source=Source(name="Iraq Body Count"),
                revises="year-four",
            ),
        ],
    )


def test_a_revised_count_supersedes_and_bounds_rest_on_the_revision() -> None:
    """26,540 revised to 29,435: set aside, not a contradiction, and no bound cites it."""
    data = _ibc()
    report = pwstats.reconcile(data)
    assert report.status == "consistent"
    (year,) = [f for f in report.findings if f.measure == "ibc-year"]
    assert [(r.old, r.new, r.change) for r in year.revisions] == [
        ("year-four", "year-four-update", 2895)
    ]
    assert str(year.bounds) == "[29435, 29435]"
    # The first nine months of year four: at most the whole year's revised count.
    b = pwstats.bound(data, "ibc-year", at="2006-03-20/2006-12-31")
    assert str(b.interval) == "[0, 29435]"
    assert b.high.figures == ("year-four-update",)
    assert "year-four" not in (*b.low.figures, *b.high.figures)


def test_a_running_count_between_two_releases() -> None:
    """IBC's running count in June 2007 lies between March's 65,000 and October's range."""
    b = pwstats.bound(_ibc(), "ibc", at="2007-06-30")
    assert b.low.figures == ("ibc-2007-03",)
    assert b.high.figures == ("ibc-2007-10",)
    assert b.interval.hi == 81_000
    assert b.interval.lo == 62_500  # "65,000" is a round number: read [62500, 67500]


# -- Hurricane Maria ----------------------------------------------------------------------------


TO_DEC_2017 = "2017-09-20/2017-12-31"
TO_FEB_2018 = "2017-09-20/2018-02-28"


def _maria() -> Dataset:
    deaths = Measure(
        id="maria", label="deaths caused by Hurricane Maria", kind="flow", dims={"storm": "Maria"}
    )
    return Dataset(
        measures=[deaths],
        figures=[
            # The certified count is a floor: deaths whose certificates name the storm.
            Figure(
                id="official",
                measure="maria",
                value=Interval.at_least(64),
                as_of=TO_DEC_2017,
                source=Source(name="Government of Puerto Rico", published="2017-12-09"),
            ),
            _estimate(
                "kishore", "maria", 793, 4645, 8498, TO_DEC_2017, "Kishore et al.", "2018-05-29"
            ),
            _estimate(
                "santos-lozada",
                "maria",
                1006,
                1139,
                1272,
                TO_DEC_2017,
                "Santos-Lozada and Howard",
                "2018-08-02",
            ),
            _estimate(
                "gwu-displacement",
                "maria",
                2658,
                2975,
                3290,
                TO_FEB_2018,
                "Santos-Burgoa et al.",
                "2018-08-28",
            ),
            _estimate(
                "gwu-census",
                "maria",
                836,
                1191,
                1544,
                TO_FEB_2018,
                "Santos-Burgoa et al.",
                "2018-08-28",
            ),
            _estimate(
                "governor",
                "maria",
                2658,
                2975,
                3290,
                TO_FEB_2018,
                "Governor of Puerto Rico",
                "2018-08-28",
                cites="gwu-displacement",
            ),
        ],
    )


def test_a_floor_and_studies_of_maria_deaths() -> None:
    """The floor bounds; the studies pool; the two GWU scenarios differ significantly."""
    report = pwstats.reconcile(_maria())
    to_dec, to_feb = report.findings
    assert str(to_dec.bounds) == str(to_feb.bounds) == "[64, +inf)"
    assert to_dec.conflicts == ()  # a wide survey and a narrow study: not significant
    assert to_dec.estimate.best == 2342  # the pooled value, not the floor's end
    assert [(c.cause, c.kind, c.figures) for c in to_feb.conflicts] == [
        ("significant-difference", "tension", ("gwu-census", "gwu-displacement"))
    ]
    assert to_feb.independent_sources == 2  # the Governor adopts GWU's figure


def test_a_total_of_maria_deaths_keeps_the_studies_range_above_the_floor() -> None:
    """The total to December 2017: the pooled interval of the studies, cut at the floor."""
    np = pytest.importorskip("numpy")
    meta_analysis = pytest.importorskip("statsmodels.stats.meta_analysis")
    report = pwstats.reconcile(_maria())
    (row,) = pwstats.total(report, by="storm", at=TO_DEC_2017).rows
    # The pooled mean (2,342) lies between the bests: Kishore faces it with its low side,
    # Santos-Lozada with its high side; the high end uses both high sides.
    oracle = meta_analysis.combine_effects(
        np.array([4645.0, 1139.0]),
        np.array([((4645 - 793) / Z95) ** 2, ((1272 - 1139) / Z95) ** 2]),
        method_re="dl",
    )
    mean_ = oracle.summary_frame().loc["random effect", "eff"]
    weights = [
        1 / (((8498 - 4645) / Z95) ** 2 + oracle.tau2),
        1 / (((1272 - 1139) / Z95) ** 2 + oracle.tau2),
    ]
    high = mean_ + Z95 / math.sqrt(sum(weights))
    assert str(row.interval) == "[64, +inf)"
    assert row.estimate.best == round(mean_) == 2342
    assert row.estimate.low == 64
    assert row.estimate.high == math.ceil(high)


# -- Refugees from Ukraine, June 2022: a total and its parts ----------------------------------


def test_a_regional_total_bounds_its_parts() -> None:
    """Europe's 3.207 million is at least Poland's, Germany's and the Czech Republic's sum,
    and bounds any one of them from above through the others."""
    june = "2022-06-09"
    carried = Source(name="UNHCR", via=("Interfax",), published="2022-06-14")
    countries = {"POL": 1_352_364, "DEU": 565_821, "CZE": 366_490}
    measures = [Measure(id="europe", label="refugees from Ukraine in Europe")]
    measures += [Measure(id=c, label=f"refugees from Ukraine in {c}") for c in countries]
    figures = [
        Figure(id="europe", measure="europe", value="3.207 million", as_of=june, source=carried)
    ]
    figures += [
        Figure(id=c.lower(), measure=c, value=n, as_of=june, source=carried)
        for c, n in countries.items()
        if c != "POL"
    ]
    data = Dataset(
        measures=measures,
        figures=figures,
        relations=[Relation.sum("europe", list(countries), complete=False, id="three")],
    )
    assert pwstats.reconcile(data).status == "consistent"
    b = pwstats.bound(data, "POL", at=june)
    # At most 3,207,500 (the halo of "3.207 million") less the two others.
    assert b.interval == Interval.closed(0, 3_207_500 - 565_821 - 366_490)
    assert set(b.high.figures) == {"europe", "deu", "cze"}
    assert b.high.relations == ("three",)


# -- "more than 230" and "exactly 230" -----------------------------------------------------


def test_more_than_230_and_exactly_230_cannot_both_be_true(tmp_path: Path) -> None:
    """A contradiction under every reading, from the command line as from Python."""
    path = tmp_path / "exchange.toml"
    path.write_text(
        """\
[[measures]]
id = "released"
label = "Ukrainians released in the exchange of 3 January 2024"
kind = "event"

[[figures]]
id = "afp"
measure = "released"
value = "more than 230"
as_of = "2024-01-03"
source = { name = "AFP", published = 2024-01-03 }

[[figures]]
id = "lubinets"
measure = "released"
value = "exactly 230"
as_of = "2024-01-03"
source = { name = "Dmytro Lubinets", published = 2024-01-03 }
""",
        encoding="utf-8",
    )
    data = pwstats.load(path)
    for reading in ("literal", "pragmatic", "lenient"):
        (conflict,) = pwstats.reconcile(data, reading=reading).conflicts
        assert (conflict.kind, conflict.cause, conflict.figures) == (
            "contradiction",
            "disjoint",
            ("afp", "lubinets"),
        )
    assert main(["check", str(path)]) == 1


# -- events with low, best and high (UCDP GED's columns) -----------------------------------


def test_yearly_totals_of_ged_like_events_match_brute_force() -> None:
    """Illustrative events in UCDP GED's columns: each year's total against the corners."""
    pd = pytest.importorskip("pandas")
    rows = [
        (1, 12, 10, 20, "2016-12-30", "2017-01-02", 2016),
        (2, 3, 3, 5, "2016-04-10", "2016-04-10", 2016),
        (3, 40, 35, 60, "2017-01-09", "2017-01-09", 2017),
        (4, 0, 0, 2, "2017-05-01", "2017-05-03", 2017),
        (5, 7, 5, 7, "2017-12-31", "2017-12-31", 2017),
    ]
    events = pd.DataFrame(
        rows, columns=["id", "best", "low", "high", "date_start", "date_end", "year"]
    )
    events["country"] = "Exampleland"
    data = pwstats.from_frame(events, preset="ucdp-ged")
    result = pwstats.total(data, by="year")
    for row in result:
        mine = [r for r in rows if str(r[6]) == row.group["year"]]
        sums = [sum(c) for c in itertools.product(*[(lo, hi) for _, _, lo, hi, *_ in mine])]
        assert row.interval == Interval.closed(min(sums), max(sums))
        assert row.estimate.best == sum(r[1] for r in mine)
