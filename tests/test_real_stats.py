"""Statistics over real published figures, each checked against an independent oracle.

tests/test_real_data.py and tests/test_real_series.py reconcile these and other figures;
this file asks `pwstats.stats` what a careful statistician computes from them: rates over
a population at mid-period, totals of populations counted at different dates, changes and
totals of estimates, pooled estimates that disagree.

Sources:

- Kishore et al., "Mortality in Puerto Rico after Hurricane Maria", *NEJM* 379 (2018),
  162-170, 29 May 2018: 4,645 excess deaths (95% CI 793-8,498), 20 September to 31
  December 2017. Santos-Lozada and Howard, *JAMA* 320 (2018), 1491-1493, 2 August 2018:
  1,139 (95% CI 1,006-1,272) (recorded for the same period, as docs/studies.md does). The
  Government of Puerto Rico's certified count: 64.
- U.S. Census Bureau: Puerto Rico's resident population, 3,725,789 at the census of 1
  April 2010, and 3,337,177 on 1 July 2017 (Vintage 2017 estimates, released December
  2017). The U.S. Virgin Islands, 106,405 at the census of 1 April 2010 (the Bureau
  publishes no yearly estimates for the Islands).
- Iraq Body Count, "Year Four: Simply the worst", 18 March 2007: 65,000 violent civilian
  deaths documented to date; BBC (2008): IBC's count by October 2007 was between 74,000
  and 81,000.
"""

from __future__ import annotations

import itertools
import math
import warnings
from fractions import Fraction

import pytest

import pwstats
from pwstats import Dataset, Figure, Interval, Measure, Source, meta, stats
from pwstats.errors import DataQualityWarning
from pwstats.stats import StatisticsError

Z95 = 1.959963984540054
TO_DEC_2017 = "2017-09-20/2017-12-31"
MID_2017 = "2017-07-01"
CENSUS_2010 = "2010-04-01"
PR_MID_2017 = 3_337_177
PR_2010 = 3_725_789
VI_2010 = 106_405


def _estimate(fid: str, measure: str, low: int, best: int, high: int, when: str) -> Figure:
    return Figure(
        id=fid, measure=measure, basis="estimate", low=low, best=best, high=high, as_of=when
    )


def _maria_and_people() -> Dataset:
    deaths = Measure(
        id="deaths",
        label="deaths caused by Hurricane Maria",
        kind="flow",
        dims={"area": "PR", "what": "deaths"},
    )
    people = Measure(id="people", label="resident population", kind="level", dims={"area": "PR"})
    census = Source(name="U.S. Census Bureau")
    return Dataset(
        measures=[deaths, people],
        figures=[
            Figure(id="official", measure="deaths", value=Interval.at_least(64), as_of=TO_DEC_2017),
            _estimate("kishore", "deaths", 793, 4645, 8498, TO_DEC_2017),
            _estimate("santos-lozada", "deaths", 1006, 1139, 1272, TO_DEC_2017),
            Figure(id="v2017", measure="people", value=PR_MID_2017, as_of=MID_2017, source=census),
            Figure(id="c2010", measure="people", value=PR_2010, as_of=CENSUS_2010, source=census),
        ],
    )


# -- a rate of a flow over a level: two dates ------------------------------------------------


def test_deaths_over_a_period_per_100000_of_the_mid_year_population() -> None:
    """Maria's deaths to December 2017 per 100,000 residents on 1 July 2017: the deaths
    over their period (at=), the population at its date (denominator_at=). The estimate's
    ends are every quotient of the studies' pooled range and the population (statsmodels'
    DerSimonian-Laird pooling of the two studies as oracle)."""
    np = pytest.importorskip("numpy")
    meta_analysis = pytest.importorskip("statsmodels.stats.meta_analysis")
    data = _maria_and_people()
    with warnings.catch_warnings():
        warnings.simplefilter("error", DataQualityWarning)
        result = stats.rate(
            data, "deaths", "people", by="area", at=TO_DEC_2017, denominator_at=MID_2017
        )
    (row,) = result
    oracle = meta_analysis.combine_effects(
        np.array([4645.0, 1139.0]),
        np.array([((4645 - 793) / Z95) ** 2, ((1272 - 1139) / Z95) ** 2]),
        method_re="dl",
    )
    mean_ = oracle.summary_frame().loc["random effect", "eff"]
    # The pooled mean lies between the bests: the high end uses both studies' high sides.
    weights = [
        1 / (((8498 - 4645) / Z95) ** 2 + oracle.tau2),
        1 / (((1272 - 1139) / Z95) ** 2 + oracle.tau2),
    ]
    high = math.ceil(mean_ + Z95 / math.sqrt(sum(weights)))
    per = Fraction(100_000, PR_MID_2017)
    assert row.interval == Interval.at_least(64 * per)  # the floor over the population
    assert row.estimate.best == round(mean_) * per
    assert (row.estimate.low, row.estimate.high) == (64 * per, high * per)
    assert row.rule == "rate of independent estimates"
    assert f"at {MID_2017}" in row.low.detail
    assert f"at {TO_DEC_2017}" in row.low.detail
    # Each member is looked up at its own side's date.
    assert result.member("people").interval == Interval.point(PR_MID_2017)
    assert result.member("deaths").finding is not None


def test_one_date_for_a_flow_and_a_level_is_an_error_saying_how_to_ask() -> None:
    """At the deaths' period the population has no figure (a level is stated at a date,
    not over a period): the rate was (0, +inf) with a warning; it is an error naming the
    group, the member, its dates and denominator_at=."""
    data = _maria_and_people()
    with pytest.raises(
        StatisticsError,
        match=r"the denominator of area=PR has no value at 2017-09-20/2017-12-31: 'people' has"
        r" no figure as of 2017-09-20/2017-12-31 \(its figures are as of .*denominator_at=",
    ):
        stats.rate(data, "deaths", "people", by="area", at=TO_DEC_2017)
    (row,) = stats.rate(data, "deaths", "people", by="area", at=TO_DEC_2017,
                        denominator_at="latest")  # fmt: skip
    assert str(row.denominator_at) == MID_2017  # the latest on or before December 2017


# -- a total of levels stated at different dates ---------------------------------------------


def _islands() -> Dataset:
    census = Source(name="U.S. Census Bureau")
    pr = Measure(id="pr", label="resident population of Puerto Rico", dims={"what": "people"})
    vi = Measure(
        id="vi", label="resident population of the U.S. Virgin Islands", dims={"what": "people"}
    )
    return Dataset(
        measures=[pr, vi],
        figures=[
            Figure(id="pr-2010", measure="pr", value=PR_2010, as_of=CENSUS_2010, source=census),
            Figure(id="pr-2017", measure="pr", value=PR_MID_2017, as_of=MID_2017, source=census),
            Figure(id="vi-2010", measure="vi", value=VI_2010, as_of=CENSUS_2010, source=census),
        ],
    )


def test_a_total_of_levels_at_a_date_one_member_was_not_counted_says_so() -> None:
    """Puerto Rico has an estimate for 1 July 2017, the Virgin Islands only their 2010
    census: at 1 July 2017 the Islands are bounded by nothing (a population can rise or
    fall), the total has no upper end and no best, each end's summary names the Islands
    and the date of their figure, and a warning says so; the 2010 census is never
    silently taken for 2017."""
    with pytest.warns(
        DataQualityWarning,
        match=r"'vi' has no figure as of 2017-07-01 \(its figures are as of 2010-04-01\).*give at=",
    ):
        (row,) = pwstats.total(_islands(), by="what", at=MID_2017)
    assert row.interval == Interval.at_least(PR_MID_2017)
    assert row.estimate.best is None
    for summary in (row.low, row.high):
        assert "no figure as of 2017-07-01: vi (its figures are as of 2010-04-01)" in str(summary)
    with warnings.catch_warnings():
        warnings.simplefilter("error", DataQualityWarning)
        (row,) = pwstats.total(_islands(), by="what", at=CENSUS_2010)
    assert row.interval == Interval.point(PR_2010 + VI_2010)
    assert "no figure" not in str(row.low)


# -- the change of a running count between releases ------------------------------------------


def test_iraq_body_counts_rise_between_two_releases_is_every_difference_of_their_readings() -> None:
    """IBC's documented deaths from 18 March 2007 ("65,000": [62,500, 67,500]) to October
    2007 ("between 74,000 and 81,000"): brute force over the readings' ends."""
    ibc = Measure(id="ibc", label="civilian deaths documented by IBC", kind="cumulative")
    data = Dataset(
        measures=[ibc],
        figures=[
            Figure(id="march", measure="ibc", value="65,000", as_of="2007-03-18"),
            Figure(id="october", measure="ibc", value="between 74,000 and 81,000", as_of="2007-10"),
        ],
    )
    (row,) = stats.change(data, "ibc", "2007-03-18", "2007-10")
    rises = [max(b - a, 0) for a, b in itertools.product((62_500, 67_500), (74_000, 81_000))]
    assert row.interval == Interval.closed(min(rises), max(rises))
    assert row.estimate.best == 77_500 - 65_000  # the range's midpoint less the stated value


# -- one rule for every estimate's range ------------------------------------------------------


def _displaced() -> Dataset:
    """Two level measures, each a count at one date and an estimate at the other."""
    ms = [
        Measure(id=f"m{i}", label="displaced", kind="level", dims={"what": "idp"}) for i in (1, 2)
    ]
    return Dataset(
        measures=ms,
        figures=[
            Figure(id="m1-start", measure="m1", value=110, as_of="2017-01-01"),
            _estimate("m1-end", "m1", 250, 300, 400, "2018-01-01"),
            _estimate("m2-start", "m2", 40, 50, 70, "2017-01-01"),
            Figure(id="m2-end", measure="m2", value=80, as_of="2018-01-01"),
        ],
    )


def test_a_change_and_a_total_of_estimates_round_and_clamp_alike() -> None:
    """A change's estimate is the counts' ends plus the sum of independent estimates (a
    start's negated), rounded outwards to whole numbers: computed here by hand from the
    standard errors, as a total's is."""
    data = _displaced()
    (change,) = stats.change(data, None, "2017-01-01", "2018-01-01", by="what")
    # counts: m2's 80 at the end less m1's 110 at the start; estimates: m1's end less m2's
    # start, the start's sides swapped (its high side faces down once negated)
    studies = [meta.Study.from_interval(250, 300, 400), meta.Study.from_interval(-70, -50, -40)]
    lo, hi = meta.sum_of(studies).interval(0.95)
    assert (math.floor(lo), math.ceil(hi)) == (196, 351)
    assert change.estimate == pwstats.Estimate(
        low=80 - 110 + 196, best=220, high=80 - 110 + 351, rule="change of independent estimates"
    )
    (total,) = stats.total(data, by="what", at="2018-01-01")
    assert (total.estimate.low, total.estimate.best, total.estimate.high) == (
        80 + 250,
        380,
        80 + 400,
    )


# -- a chart of a total known from studies ---------------------------------------------------


def test_a_chart_shows_the_best_and_the_range_of_a_total_known_from_studies() -> None:
    """Maria's deaths to December 2017 beside another year: the floor's interval runs to
    +inf, and the best (2,342) and the studies' range (64 to 5,605) lie far above the one
    finite end; the chart's axis holds them and draws the range (it held only the
    interval's finite ends, leaving the best off the plot and the range undrawn)."""
    pytest.importorskip("matplotlib")
    from pwstats.plot_stats import chart

    data = _maria_and_people()
    later = Measure(id="later", label="deaths", kind="flow", dims={"area": "VI", "what": "deaths"})
    data = Dataset(
        measures=[*data.measures, later],
        figures=[*data.figures, Figure(id="vi", measure="later", value=100, as_of=TO_DEC_2017)],
    )
    result = pwstats.total(data, by="area", where={"what": "deaths"}, at=TO_DEC_2017)
    row = result.row(area="PR")
    assert row.rule == "sum of independent estimates"
    low, best, high = row.estimate.low, row.estimate.best, row.estimate.high
    assert (low, best) == (64, 2342)
    ax = chart(result).axes[0]
    bottom, top = ax.get_ylim()
    assert bottom <= 64
    assert high is not None
    assert high <= top
    drawn = [tuple(line.get_ydata()) for line in ax.get_lines()]
    assert (64, high) in drawn  # the estimate's range, a thin line beside the bar


# -- estimates at different confidence levels -------------------------------------------------


def test_a_total_of_estimates_at_different_levels_names_the_level_of_its_range() -> None:
    """The Lancet's excess deaths in Iraq (654,965, 95% CI 392,979-942,636) beside a study
    stated at 90% (illustrative: GWU's 2,975, 2,658-3,290, read as a 90% interval). The
    total's range is the sum's at the lower level, 90%: narrower than the Lancet's own 95%
    interval, so the summary must say so; a median takes each member's own range."""
    period = "2003-03-01/2006-06-30"
    ms = [Measure(id=i, label="excess deaths", kind="flow", dims={"g": "x"}) for i in "ab"]
    lancet = Figure(
        id="lancet",
        measure="a",
        basis="estimate",
        low=392_979,
        best=654_965,
        high=942_636,
        as_of=period,
    )
    ninety = Figure(
        id="ninety",
        measure="b",
        basis="estimate",
        low=2658,
        best=2975,
        high=3290,
        as_of=period,
        confidence=Fraction(9, 10),
    )
    data = Dataset(measures=ms, figures=[lancet, ninety])
    (row,) = stats.total(data, by="g", at=period)
    lo, hi = meta.sum_of([meta.Study.of(lancet), meta.Study.of(ninety)]).interval(0.9)
    assert (row.estimate.low, row.estimate.high) == (math.floor(lo), math.ceil(hi))
    assert row.estimate.low > 392_979 + 2658  # narrower than the 95% intervals' sum
    for summary in (row.low, row.high):
        assert "at 90% confidence, the lowest of the estimates' levels (90% to 95%)" in str(summary)
    assert "unbounded: a and 1 more have no upper bound" in str(row.high)
    (row,) = stats.median(data, by="g", at=period)
    assert "each member's range at its own confidence level (90% to 95%)" in str(row.high)
    (only,) = stats.total(Dataset(measures=ms[:1], figures=[lancet]), by="g", at=period)
    assert "confidence" not in str(only.high)
