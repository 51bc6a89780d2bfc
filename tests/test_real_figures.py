"""Real published figures: counts, hedged press reports, surveys and revisions, read as a
careful statistician would sign them.

Each data set is built here from published figures — as a data file in the CSV format of
docs/data-format.md, or as a pandas frame through ``pwstats.from_frame`` — and run through
``reconcile``, ``bound``, the statistics and the command line. Every verdict asserted is
one a statistician would sign: a survey's interval beside a registry's floor is no
conflict; a count outside a survey's interval is a tension, never a contradiction; a
later release supersedes an earlier one of the same speaker; estimates of one quantity
pool, and the pooled value is checked against statsmodels; hedges get the intervals of
the lexicon; bounds name the figures that prove them; nothing is dropped.

Sources (figures as published; the comment at each data set says which it uses):

- Gaza Ministry of Health, Palestinians killed in Gaza since 7 October 2023, as carried
  by Reuters, AP and UN OCHA: 10,022 (6 November 2023; Reuters: "more than 10,000"),
  20,057 (22 December 2023), 30,035 (29 February 2024; AP: "over 30,000"), 34,844
  (8 May 2024), 37,877 (30 June 2024), 40,005 (15 August 2024).
- UN OCHA, Flash Update of 8 May 2024, citing the Ministry's identified dead as of 30
  April 2024: 24,686 identified, of whom 7,797 children, 4,959 women, 1,924 elderly and
  10,006 men; OCHA of 6 May 2024, citing the Gaza Government Media Office: "more than
  14,500 children" killed.
- Jamaluddine et al., "Traumatic injury mortality in the Gaza Strip from Oct 7, 2023, to
  June 30, 2024: a capture-recapture analysis", *The Lancet* 405 (2025), published 9/10
  January 2025: 64,260 deaths (95% CI 55,298-78,525) over that period, against the
  Ministry's 37,877 recorded by 30 June 2024.
- The explosion at al-Ahli Arab hospital, Gaza City, 17 October 2023: the Ministry said
  500 killed that night and 471 on 18 October; an unclassified US intelligence assessment
  reported on 19 October (Reuters, AP, AFP) put the toll "probably at the low end of the
  100-to-300 spectrum".
- Roberts, Lafta, Garfield, Khudhairi and Burnham, "Mortality before and after the 2003
  invasion of Iraq: cluster sample survey", *The Lancet* 364 (2004), 1857-1864,
  published online 29 October 2004: about 98,000 excess deaths (95% CI 8,000-194,000)
  from March 2003 to September 2004, Falluja excluded. Burnham et al., *The Lancet* 368
  (2006), 1421-1428, 11 October 2006, for the same 18 months: 112,000 (95% CI
  69,000-155,000).
- The Haiti earthquake of 12 January 2010: the Government of Haiti's toll of 230,000 (9
  February 2010), raised to 316,000 on the first anniversary (12 January 2011); a report
  for USAID by LTL Strategies (May 2011) put it between 46,000 and 85,000.
- Excess deaths in the Democratic Republic of Congo since August 1998: 3.9 million to
  April 2004 (Coghlan et al., *The Lancet* 367 (2006), 44-51, 7 January 2006) and 5.4
  million to April 2007 (International Rescue Committee, 22 January 2008), of which 2.83
  million from January 2001 to April 2007; the Human Security Report 2009/2010 (20
  January 2010) put the latter at 863,000 with another baseline mortality rate.
- WHO and UNICEF on cholera in Yemen since 27 April 2017: "more than 500,000 suspected
  cases and nearly 2,000 deaths" (joint statement, 14 August 2017), 1,975 deaths in
  WHO's count that day; 1 million suspected cases and 2,227 deaths (WHO, 21 December
  2017).
"""

from __future__ import annotations

import statistics as pystats
from collections.abc import Sequence
from fractions import Fraction
from pathlib import Path

import pytest

import pwstats
from pwstats import Dataset, Figure, Interval, Measure, Relation, Source, stats
from pwstats.cli import main
from pwstats.errors import DataQualityWarning
from pwstats.report import Reading

Z95 = 1.959963984540054
READINGS: tuple[Reading, ...] = ("literal", "pragmatic", "lenient")

# -- Gaza: a ministry's running count, press reports of it, and a survey ---------------------

#: The Ministry's running count, two press reports citing it, and the traumatic-injury
#: deaths of 7 Oct 2023 - 30 Jun 2024: the capture-recapture estimate beside the Ministry's
#: 37,877 as a floor (it counts the dead it has recorded, which the true toll is at least).
GAZA_COLUMNS = (
    "id,measure,value,number,interval,low,best,high,basis,as_of,cites,"
    "measure_label,measure_kind,source_name,source_via,source_published"
)
KILLED = "Palestinians killed in Gaza since 7 Oct 2023"
TRAUMA = "Traumatic-injury deaths in Gaza 7 Oct 2023 - 30 Jun 2024"
MOH = "Gaza Ministry of Health"
GAZA_ROWS = [
    ("moh-2023-11-06", "gaza-killed", "", "10022", "", "", "", "", "", "2023-11-06", "",
     KILLED, "cumulative", MOH, "Reuters", "2023-11-06"),
    ("reuters-2023-11-06", "gaza-killed", "more than 10,000", "", "", "", "", "", "",
     "2023-11-06", "moh-2023-11-06", "", "", "Reuters", "", "2023-11-06"),
    ("moh-2023-12-22", "gaza-killed", "", "20057", "", "", "", "", "", "2023-12-22", "",
     "", "", MOH, "", "2023-12-22"),
    ("moh-2024-02-29", "gaza-killed", "", "30035", "", "", "", "", "", "2024-02-29", "",
     "", "", MOH, "AP", "2024-02-29"),
    ("ap-2024-02-29", "gaza-killed", "over 30,000", "", "", "", "", "", "", "2024-02-29",
     "moh-2024-02-29", "", "", "AP", "", "2024-02-29"),
    ("moh-2024-06-30", "gaza-killed", "", "37877", "", "", "", "", "", "2024-06-30", "",
     "", "", MOH, "", "2024-06-30"),
    ("moh-2024-08-15", "gaza-killed", "", "40005", "", "", "", "", "", "2024-08-15", "",
     "", "", MOH, "", "2024-08-15"),
    ("lancet-2025", "gaza-trauma", "", "", "", "55298", "64260", "78525", "estimate",
     "2023-10-07/2024-06-30", "", TRAUMA, "flow", "Jamaluddine et al.", "The Lancet",
     "2025-01-09"),
    ("moh-recorded", "gaza-trauma", "", "", "[37877, +inf)", "", "", "", "",
     "2023-10-07/2024-06-30", "", "", "", MOH, "", "2024-06-30"),
]  # fmt: skip


def _csv(rows: Sequence[tuple[str, ...]]) -> str:
    lines = [GAZA_COLUMNS]
    for row in rows:
        assert len(row) == GAZA_COLUMNS.count(",") + 1
        lines.append(",".join(f'"{cell}"' if "," in cell else cell for cell in row))
    return "\n".join(lines) + "\n"


@pytest.fixture
def gaza(tmp_path: Path) -> Path:
    path = tmp_path / "gaza.csv"
    path.write_text(_csv(GAZA_ROWS), encoding="utf-8")
    return path


def _finding(report: pwstats.Report, measure: str, as_of: str) -> pwstats.Finding:
    (finding,) = [f for f in report.findings_for(measure) if str(f.as_of) == as_of]
    return finding


def test_press_reports_of_a_running_count_are_one_statement_each_day(gaza: Path) -> None:
    """Reuters' "more than 10,000" and AP's "over 30,000" repeat the Ministry: faithful
    (their readings hold its number), not second witnesses, and every figure is in
    exactly one finding of a consistent report."""
    data = pwstats.load(gaza)
    for reading in READINGS:
        report = pwstats.reconcile(data, reading=reading)
        assert report.status == "consistent", reading
        ids = sorted(f.id for finding in report.findings for f in finding.figures)
        assert ids == sorted(f.id for f in data.figures)
        for day, number in (("2023-11-06", 10_022), ("2024-02-29", 30_035)):
            finding = _finding(report, "gaza-killed", day)
            assert finding.independent_sources == 1
            assert str(finding.bounds) == f"[{number}, {number}]"
            assert finding.estimate.best == number


def test_a_running_count_between_two_releases_is_bounded_by_them(gaza: Path) -> None:
    """On 15 January 2024 the count lay between 22 December's 20,057 and 29 February's
    30,035, each end proved by its release through "a running total never falls"."""
    data = pwstats.load(gaza)
    bound = pwstats.bound(data, "gaza-killed", at="2024-01-15")
    assert str(bound.interval) == "[20057, 30035]"
    assert bound.low.figures == ("moh-2023-12-22",)
    assert bound.high.figures == ("moh-2024-02-29",)
    # Before the first release only the first release bounds it; after the last, nothing
    # bounds it from above.
    assert str(pwstats.bound(data, "gaza-killed", at="2023-10-07").interval) == "[0, 10022]"
    after = pwstats.bound(data, "gaza-killed", at="2025-01-01")
    assert str(after.interval) == "[40005, +inf)"
    assert after.low.figures == ("moh-2024-08-15",)


def test_a_survey_beside_a_registry_floor_is_no_conflict(gaza: Path) -> None:
    """The Lancet's 64,260 (55,298-78,525) above the Ministry's 37,877 recorded dead: a
    floor and an estimate agree. The floor alone bounds; the survey gives the best value
    and the plausible interval, unchanged by the floor it lies above."""
    report = pwstats.reconcile(pwstats.load(gaza))
    finding = _finding(report, "gaza-trauma", "2023-10-07/2024-06-30")
    assert (finding.status, finding.conflicts) == ("consistent", ())
    assert str(finding.bounds) == "[37877, +inf)"
    assert finding.estimate.best == 64_260
    p = finding.plausible
    assert p is not None
    assert (p.figures, p.model, p.cut) == (("lancet-2025",), "single", "")
    assert (p.low, p.best, p.high) == (55_298, 64_260, 78_525)
    bound = report.bound("gaza-trauma", at="2023-10-07/2024-06-30")
    assert bound.low.figures == ("moh-recorded",)
    assert bound.high.figures == ()  # an estimate bounds nothing
    assert "lancet-2025" in bound.high.detail


def test_a_count_claimed_as_the_toll_outside_a_survey_is_a_tension_under_every_reading(
    gaza: Path,
) -> None:
    """Read as the toll itself, 37,877 lies below the survey's whole interval: an
    "outside-estimate" tension, never a contradiction (a survey can be honest and still
    miss), whatever the reading."""
    rows = [r if r[0] != "moh-recorded" else (*r[:3], "37877", "", *r[5:]) for r in GAZA_ROWS]
    path = gaza.with_name("gaza-count.csv")
    path.write_text(_csv(rows), encoding="utf-8")
    data = pwstats.load(path)
    for reading in READINGS:
        finding = _finding(
            pwstats.reconcile(data, reading=reading), "gaza-trauma", "2023-10-07/2024-06-30"
        )
        assert finding.status == "tension", reading
        (conflict,) = finding.conflicts
        assert (conflict.kind, conflict.cause) == ("tension", "outside-estimate")
        assert set(conflict.figures) == {"lancet-2025", "moh-recorded"}
        assert str(finding.bounds) == "[37877, 37877]"


def test_an_estimate_cut_to_one_value_is_not_shown_as_a_confidence_interval(
    gaza: Path,
) -> None:
    """The survey's interval lies wholly above the count's one value, so the plausible
    range cut at the bounds is that value alone: the table says so, rather than calling
    "37,877-37,877" a 95% confidence interval."""
    rows = [r if r[0] != "moh-recorded" else (*r[:3], "37877", "", *r[5:]) for r in GAZA_ROWS]
    path = gaza.with_name("gaza-count.csv")
    path.write_text(_csv(rows), encoding="utf-8")
    table = pwstats.tabulate(pwstats.reconcile(pwstats.load(path)), fmt="simple")
    assert "37,877 (cut at the bounds, which leave this one value)" in table
    assert "CI 37,877–37,877" not in table
    # A cut that leaves a range still shows it as the interval it is.
    (finding,) = pwstats.reconcile(_iraq_18_months()).findings
    assert finding.plausible is not None
    assert "(95% CI 70,861–148,904)" in pwstats.tabulate(pwstats.reconcile(_iraq_18_months()))


def test_the_command_line_reconciles_and_bounds_the_gaza_file(
    gaza: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """`pwstats check` passes (no contradiction); `pwstats bound` names both releases."""
    assert main(["check", str(gaza)]) == 0
    capsys.readouterr()
    assert main(["bound", str(gaza), "gaza-killed", "--at", "2024-01-15"]) == 0
    out = capsys.readouterr().out
    assert "[20057, 30035]" in out
    assert "moh-2023-12-22" in out
    assert "moh-2024-02-29" in out


# -- Gaza: the identified dead, by group, beside the totals -----------------------------------

IDENTIFIED = {"children": 7_797, "women": 4_959, "elderly": 1_924, "men": 10_006}


def _identified() -> Dataset:
    """OCHA's 8 May 2024 breakdown of the identified dead (as of 30 April), beside the
    Ministry's total and the Media Office's "more than 14,500 children"."""
    moh = Source(name="Gaza Ministry of Health", via=["UN OCHA"], published="2024-05-08")
    measures = [
        Measure(id="killed", label="killed in Gaza", kind="cumulative"),
        Measure(id="identified", label="identified dead in Gaza", kind="cumulative"),
        Measure(id="children", label="children killed in Gaza", kind="cumulative"),
    ] + [
        Measure(
            id=f"id-{group}",
            label=f"identified {group} killed in Gaza",
            kind="cumulative",
            dims={"group": group, "status": "identified"},
        )
        for group in IDENTIFIED
    ]
    figures = [
        Figure(id="killed-0508", measure="killed", value=34_844, as_of="2024-05-08", source=moh),
        Figure(
            id="killed-0630",
            measure="killed",
            value=37_877,
            as_of="2024-06-30",
            source=Source(name="Gaza Ministry of Health", published="2024-06-30"),
        ),
        Figure(id="identified", measure="identified", value=24_686, as_of="2024-04-30", source=moh),
        Figure(
            id="gmo-children",
            measure="children",
            value="more than 14,500",
            as_of="2024-05-06",
            source=Source(
                name="Gaza Government Media Office", via=["UN OCHA"], published="2024-05-06"
            ),
        ),
    ] + [
        Figure(id=f"id-{g}", measure=f"id-{g}", value=n, as_of="2024-04-30", source=moh)
        for g, n in IDENTIFIED.items()
    ]
    relations = [
        Relation.sum("identified", [f"id-{g}" for g in IDENTIFIED]),
        Relation.le("identified", "killed"),
        Relation.le("id-children", "children"),
    ]
    return Dataset(measures=measures, figures=figures, relations=relations)


def test_identified_children_below_all_children_killed_is_no_contradiction() -> None:
    """7,797 identified children and "more than 14,500 children" killed measure different
    things (identified ≤ all): consistent. The identified groups sum to the 24,686
    identified, which lie below the 34,844 killed by 8 May."""
    data = _identified()
    report = pwstats.reconcile(data)
    assert report.status == "consistent"
    assert sum(IDENTIFIED.values()) == 24_686
    killed = pwstats.bound(data, "killed", at="2024-04-30")
    assert str(killed.interval) == "[24686, 34844]"
    assert killed.low.figures == ("identified",)  # through identified ≤ killed
    assert killed.high.figures == ("killed-0508",)  # a running total never falls
    children = pwstats.bound(data, "children", at="2024-04-30")
    # At least the identified children; at most what "more than 14,500" on 6 May allows:
    # (14,500, 15,950] pragmatically, unbounded above when read literally.
    assert str(children.interval) == "[7797, 15950]"
    assert children.low.figures == ("id-children",)
    literal = pwstats.bound(data, "children", at="2024-04-30", reading="literal")
    assert str(literal.interval) == "[7797, +inf)"


def test_statistics_of_the_identified_groups_match_the_arithmetic() -> None:
    """Total, mean, median, minimum and maximum of the four groups on 30 April: exact
    points, equal to Python's own statistics over the published numbers."""
    data = _identified()
    values = list(IDENTIFIED.values())
    expected = {
        "total": sum(values),
        "mean": Fraction(sum(values), len(values)),
        "median": pystats.median(values),
        "minimum": min(values),
        "maximum": max(values),
    }
    for name, value in expected.items():
        (row,) = getattr(stats, name)(data, by=("status",), at="2024-04-30").rows
        assert dict(row.group) == {"status": "identified"}
        assert row.interval == Interval.point(value), name
        assert row.estimate.best == value, name
        assert row.contested == ()


def test_a_total_after_the_last_release_says_little_and_warns() -> None:
    """After the Ministry's last release each group is known only from below (a running
    total never falls): the total is at least 24,686 with no upper end and no best value,
    and a warning says why rather than a number being made up."""
    data = _identified()
    with pytest.warns(DataQualityWarning, match="no figure as of 2024-09-01"):
        (row,) = stats.total(data, by=("status",), at="2024-09-01").rows
    assert str(row.interval) == "[24686, +inf)"
    assert row.estimate.best is None


def test_a_total_between_releases_holds_every_value_the_groups_can_sum_to() -> None:
    """On 7 May the four groups are each bounded through identified <= killed <= 34,844
    (8 May): the total's interval holds every value their sum can take, [24,686, 34,844].
    (It is the sum of the members' own ends, so it may be wider than that: see
    docs/statistics.md.)"""
    data = _identified()
    (row,) = stats.total(data, by=("status",), at="2024-05-07").rows
    possible = pwstats.bound(data, "identified", at="2024-05-07").interval
    assert str(possible) == "[24686, 34844]"
    assert row.interval.contains(possible)
    assert row.interval.lo == 24_686
    assert row.estimate.best is None


# -- al-Ahli hospital: a revised toll and an intelligence range ------------------------------


def _ahli() -> Dataset:
    moh = "Gaza Ministry of Health"
    measure = Measure(
        id="ahli", label="killed at al-Ahli Arab hospital on 17 Oct 2023", kind="event"
    )
    return Dataset(
        measures=[measure],
        figures=[
            Figure(
                id="moh-500",
                measure="ahli",
                value="500",
                as_of="2023-10-17",
                source=Source(name=moh, published="2023-10-17"),
            ),
            Figure(
                id="moh-471",
                measure="ahli",
                value="471",
                as_of="2023-10-17",
                source=Source(name=moh, published="2023-10-18"),
            ),
            Figure(
                id="us",
                measure="ahli",
                value="between 100 and 300",
                as_of="2023-10-17",
                source=Source(
                    name="US intelligence community",
                    role="unclassified assessment",
                    published="2023-10-19",
                ),
            ),
        ],
    )


def test_a_ministrys_revised_toll_supersedes_its_first() -> None:
    """500 then 471 from one speaker: a revision (-29), not a conflict. The US range
    contradicts the 471 under every reading, and the superseded 500 is in no conflict."""
    data = _ahli()
    for reading in READINGS:
        (finding,) = pwstats.reconcile(data, reading=reading).findings
        assert finding.status == "contradiction"
        assert [(r.old, r.new, r.change) for r in finding.revisions] == [
            ("moh-500", "moh-471", -29)
        ]
        (conflict,) = finding.conflicts
        assert (conflict.kind, conflict.cause, conflict.figures) == (
            "contradiction",
            "disjoint",
            ("moh-471", "us"),
        )
        assert finding.independent_sources == 2


def test_what_a_reader_could_conclude_before_the_us_assessment() -> None:
    """Known by 18 October: the Ministry's 471 alone, exact. Known on 17 October: its
    round "500", read [450, 550] pragmatically."""
    data = _ahli()
    (finding,) = pwstats.reconcile(data, known_at="2023-10-18").findings
    assert (finding.status, str(finding.bounds)) == ("consistent", "[471, 471]")
    bound = pwstats.bound(data, "ahli", at="2023-10-17", known_at="2023-10-17")
    assert str(bound.interval) == "[450, 550]"
    assert bound.low.figures == bound.high.figures == ("moh-500",)


def test_a_bound_over_tied_contradicting_tolls_spans_both_and_names_both() -> None:
    """Two single statements that cannot both hold: the bound spans them, from the US
    range's low end to the Ministry's 471, each end naming its figure."""
    bound = pwstats.bound(_ahli(), "ahli", at="2023-10-17")
    assert str(bound.interval) == "[100, 471]"
    assert bound.low.figures == ("us",)
    assert bound.high.figures == ("moh-471",)


# -- Iraq: two surveys of the same eighteen months --------------------------------------------

IRAQ_18_MONTHS = "2003-03/2004-09"


def _iraq_18_months() -> Dataset:
    excess = Measure(
        id="excess", label="excess deaths in Iraq, March 2003 - September 2004", kind="flow"
    )
    return Dataset(
        measures=[excess],
        figures=[
            Figure(
                id="roberts-2004",
                measure="excess",
                basis="estimate",
                low=8_000,
                best=98_000,
                high=194_000,
                as_of=IRAQ_18_MONTHS,
                source=Source(name="Roberts et al.", role="The Lancet", published="2004-10-29"),
            ),
            Figure(
                id="burnham-2006",
                measure="excess",
                basis="estimate",
                low=69_000,
                best=112_000,
                high=155_000,
                as_of=IRAQ_18_MONTHS,
                source=Source(name="Burnham et al.", role="The Lancet", published="2006-10-11"),
            ),
            # The headline of the 2004 survey: a report of it, not a third survey.
            Figure(
                id="press-2004",
                measure="excess",
                value="about 100,000",
                as_of=IRAQ_18_MONTHS,
                cites="roberts-2004",
                source=Source(name="The Guardian", published="2004-10-29"),
            ),
        ],
    )


def test_two_surveys_of_one_period_pool_as_the_textbook_fixed_effect() -> None:
    """98,000 and 112,000 agree (Q far below its one degree of freedom): fixed effects.
    The oracle is the textbook inverse-variance formula, written out here: the 2004
    survey, below the pooled value, faces it with its high side and the 2006 one with its
    low side; each end of the interval uses that end's side of both surveys."""
    (finding,) = pwstats.reconcile(_iraq_18_months()).findings
    assert (finding.status, finding.conflicts, str(finding.bounds)) == (
        "consistent",
        (),
        "[0, +inf)",
    )
    assert finding.independent_sources == 2  # the press report repeats the 2004 survey
    p = finding.plausible
    assert p is not None
    assert (p.model, sorted(p.figures)) == ("fixed", ["burnham-2006", "roberts-2004"])

    def weight(half_width: int) -> float:
        return (Z95 / half_width) ** 2  # 1 / se², se = half-width / z

    bests = (98_000, 112_000)
    facing = (weight(194_000 - 98_000), weight(112_000 - 69_000))
    best = sum(w * y for w, y in zip(facing, bests, strict=True)) / sum(facing)
    q = sum(w * (y - best) ** 2 for w, y in zip(facing, bests, strict=True))
    low_sides = weight(98_000 - 8_000) + weight(112_000 - 69_000)
    high_sides = weight(194_000 - 98_000) + weight(155_000 - 112_000)
    assert bests[0] < best < bests[1]  # so the facing sides are the ones taken
    assert p.best == pytest.approx(best, rel=1e-12)
    assert p.q == pytest.approx(q, rel=1e-9)
    assert p.p_value is not None
    assert p.p_value > 0.5
    assert p.i2 == 0.0
    assert p.low == pytest.approx(best - Z95 / low_sides**0.5, rel=1e-12)
    assert p.high == pytest.approx(best + Z95 / high_sides**0.5, rel=1e-12)
    assert finding.estimate.best == round(p.best)  # no count: the pooled value


def test_a_round_headline_of_a_survey_is_a_faithful_report_under_every_reading() -> None:
    """ "about 100,000" for 98,000: no misquote, however it is read."""
    for reading in READINGS:
        (finding,) = pwstats.reconcile(_iraq_18_months(), reading=reading).findings
        assert finding.conflicts == (), reading


def test_the_report_frame_lists_both_surveys_and_the_pooled_interval() -> None:
    """Report.to_frame: one row, both surveys and the press report in it, the pooled
    interval in its plausible columns."""
    pytest.importorskip("pandas")
    report = pwstats.reconcile(_iraq_18_months())
    (row,) = report.to_frame().to_dict("records")
    p = report.findings[0].plausible
    assert p is not None
    assert row["figures"].split("; ") == ["burnham-2006", "press-2004", "roberts-2004"]
    assert (row["status"], row["plausible_model"]) == ("consistent", "fixed")
    assert (row["plausible_low"], row["plausible_best"], row["plausible_high"]) == (
        p.low,
        p.best,
        p.high,
    )
    assert report.to_frame("conflicts").empty


# -- Haiti: a government's toll, raised a year later, and a survey's range --------------------


def _haiti() -> Dataset:
    government = "Government of Haiti"
    quake = Measure(id="quake", label="deaths in the Haiti earthquake of 12 Jan 2010", kind="event")
    return Dataset(
        measures=[quake],
        figures=[
            Figure(
                id="gov-2010",
                measure="quake",
                value="230,000",
                source=Source(name=government, published="2010-02-09"),
                as_of="2010-01-12",
            ),
            Figure(
                id="gov-2011",
                measure="quake",
                value="316,000",
                source=Source(name=government, published="2011-01-12"),
                as_of="2010-01-12",
            ),
            Figure(
                id="usaid-2011",
                measure="quake",
                value="between 46,000 and 85,000",
                source=Source(
                    name="LTL Strategies", role="report for USAID", published="2011-05-27"
                ),
                as_of="2010-01-12",
            ),
        ],
    )


def test_a_raised_official_toll_and_a_survey_range_cannot_both_hold() -> None:
    """230,000 raised to 316,000: a revision (+86,000). 316,000 (three significant
    digits: exact) against 46,000-85,000: a contradiction under every reading. A year
    earlier a reader knew only the first toll, 230,000 read [225,000, 235,000]."""
    data = _haiti()
    for reading in READINGS:
        (finding,) = pwstats.reconcile(data, reading=reading).findings
        assert [(r.old, r.new, r.change) for r in finding.revisions] == [
            ("gov-2010", "gov-2011", 86_000)
        ]
        assert [(c.kind, c.figures) for c in finding.conflicts] == [
            ("contradiction", ("gov-2011", "usaid-2011"))
        ]
    (early,) = pwstats.reconcile(data, known_at="2010-12-31").findings
    assert (early.status, str(early.bounds), early.estimate.best) == (
        "consistent",
        "[225000, 235000]",
        230_000,
    )


def test_the_best_of_two_tied_contradicting_statements_says_it_is_the_lower_one() -> None:
    """316,000 against 46,000-85,000 (midpoint 65,500): one statement each, so the
    median of the two is the lower middle value, and the rule says so (a reader would
    otherwise take 65,500 for a mean or a verdict)."""
    (finding,) = pwstats.reconcile(_haiti()).findings
    assert finding.estimate.best == 65_500
    assert "the lower middle value of an even count" in finding.estimate.rule


def test_comparing_vintages_keeps_the_first_toll_as_a_statement() -> None:
    """With revisions="compare" the 230,000 is a statement again: it too cannot hold
    beside the survey's range, and three statements disagree."""
    (finding,) = pwstats.reconcile(_haiti(), revisions="compare").findings
    assert finding.status == "contradiction"
    assert {c.figures for c in finding.conflicts} == {
        ("gov-2010", "usaid-2011"),
        ("gov-2011", "usaid-2011"),
    }
    assert len(finding.clusters) == 3


# -- DRC: a survey series and a disputed baseline -------------------------------------------


def _drc() -> Dataset:
    """The IRC's running estimates of excess deaths, as reported in words, and two
    figures for 2001-2007 that differ only in the baseline they assume."""
    since_1998 = Measure(
        id="drc-excess", label="excess deaths in DR Congo since Aug 1998", kind="cumulative"
    )
    since_2001 = Measure(
        id="drc-excess-2001", label="excess deaths in DR Congo, Jan 2001 - Apr 2007", kind="flow"
    )
    irc = Source(name="International Rescue Committee", published="2008-01-22")
    return Dataset(
        measures=[since_1998, since_2001],
        figures=[
            Figure(
                id="coghlan-2006",
                measure="drc-excess",
                value="3.9 million",
                as_of="2004-04",
                source=Source(name="Coghlan et al.", role="The Lancet", published="2006-01-07"),
            ),
            Figure(
                id="irc-2008",
                measure="drc-excess",
                value="5.4 million",
                as_of="2007-04",
                source=irc,
            ),
            Figure(
                id="irc-2001-2007",
                measure="drc-excess-2001",
                value="2.83 million",
                as_of="2001-01/2007-04",
                source=irc,
            ),
            Figure(
                id="hsr-2010",
                measure="drc-excess-2001",
                value="863,000",
                as_of="2001-01/2007-04",
                source=Source(name="Human Security Report Project", published="2010-01-20"),
            ),
        ],
    )


def test_a_running_survey_estimate_bounds_the_years_between_its_rounds() -> None:
    """ "3.9 million" (April 2004) and "5.4 million" (April 2007), read with their
    rounding halos: consistent, and any date between lies in [3.85, 5.45] million, each
    end from its round."""
    data = _drc()
    report = pwstats.reconcile(data)
    assert all(f.status == "consistent" for f in report.findings_for("drc-excess"))
    bound = pwstats.bound(data, "drc-excess", at="2005-06")
    assert str(bound.interval) == "[3850000, 5450000]"
    assert (bound.low.figures, bound.high.figures) == (("coghlan-2006",), ("irc-2008",))


def test_two_figures_for_one_period_under_different_baselines_cannot_both_hold() -> None:
    """2.83 million and 863,000 for January 2001 to April 2007, given as figures (no
    interval published for either): a contradiction under every reading; the finding
    keeps both, and its bound spans them."""
    data = _drc()
    for reading in READINGS:
        finding = _finding(
            pwstats.reconcile(data, reading=reading), "drc-excess-2001", "2001-01-01/2007-04-30"
        )
        assert [(c.kind, set(c.figures)) for c in finding.conflicts] == [
            ("contradiction", {"irc-2001-2007", "hsr-2010"})
        ]
    bound = pwstats.bound(data, "drc-excess-2001", at="2001-01/2007-04", reading="literal")
    assert str(bound.interval) == "[863000, 2830000]"


# -- Yemen: cholera cases and deaths, hedged and exact -----------------------------------------


def _yemen() -> Dataset:
    pd = pytest.importorskip("pandas")
    frame = pd.DataFrame(
        {
            "id": [
                "who-deaths-0814",
                "joint-deaths-0814",
                "joint-cases-0814",
                "who-deaths-1221",
                "who-cases-1221",
            ],
            "measure": ["deaths", "deaths", "cases", "deaths", "cases"],
            "measure_label": [
                "cholera deaths in Yemen since 27 Apr 2017",
                None,
                "suspected cholera cases in Yemen since 27 Apr 2017",
                None,
                None,
            ],
            "measure_kind": ["cumulative", None, "cumulative", None, None],
            "dim_what": ["deaths", None, "cases", None, None],
            "value": [None, "nearly 2,000", "more than 500,000", None, "1 million"],
            "number": [1_975, None, None, 2_227, None],
            "as_of": ["2017-08-14"] * 3 + ["2017-12-21"] * 2,
            "source_name": ["WHO", "WHO and UNICEF", "WHO and UNICEF", "WHO", "WHO"],
            "source_published": ["2017-08-14"] * 3 + ["2017-12-21"] * 2,
        }
    )
    return pwstats.from_frame(frame)


def test_nearly_2000_beside_1975_the_same_day_agree() -> None:
    """ "nearly 2,000" reads [1,900, 2,000) pragmatically and [0, 2,000) literally: both
    hold WHO's 1,975, so the day's consensus is 1,975 from two statements."""
    data = _yemen()
    for reading in READINGS:
        finding = _finding(pwstats.reconcile(data, reading=reading), "deaths", "2017-08-14")
        assert (finding.status, str(finding.consensus)) == ("consistent", "[1975, 1975]")
        assert finding.independent_sources == 2


def test_cholera_between_two_bulletins_and_its_case_fatality() -> None:
    """Deaths on 1 October lie between 1,975 and 2,227; cases between "more than
    500,000" and "1 million" (read [900,000, 1,100,000]). The deaths' change is
    2,227 - 1,975 = 252 exactly; the case fatality on 21 December, per 100 cases, is
    every quotient of the two readings' ends (brute force over the corners)."""
    data = _yemen()
    deaths = pwstats.bound(data, "deaths", at="2017-10-01")
    assert str(deaths.interval) == "[1975, 2227]"
    assert (deaths.low.figures, deaths.high.figures) == (("who-deaths-0814",), ("who-deaths-1221",))
    assert str(pwstats.bound(data, "cases", at="2017-10-01").interval) == "[500001, 1100000]"
    (change,) = stats.change(data, "deaths", "2017-08-14", "2017-12-21").rows
    assert change.interval == Interval.point(252)
    (rate,) = stats.rate(data, "deaths", "cases", per=100, at="2017-12-21").rows
    corners = [Fraction(100 * 2_227, c) for c in (900_000, 1_100_000)]
    assert rate.interval == Interval.closed(min(corners), max(corners))
    assert rate.estimate.best == Fraction(100 * 2_227, 1_000_000)


def test_every_statistic_of_the_cholera_groups_from_the_command_line(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """The same data as a CSV file: `pwstats total --stat S` for every statistic of one
    member per group gives that member's bound (here, the 21 December figures)."""
    path = tmp_path / "yemen.csv"
    pwstats.dump(_yemen(), path)
    for stat in ("total", "mean", "median", "minimum", "maximum"):
        assert (
            main(
                [
                    "total",
                    str(path),
                    "--by",
                    "what",
                    "--stat",
                    stat,
                    "--at",
                    "2017-12-21",
                    "-f",
                    "csv",
                ]
            )
            == 0
        )
        out = capsys.readouterr().out
        assert "[2227, 2227]" in out, stat
        assert "[900000, 1100000]" in out, stat


# -- one law over every data set above --------------------------------------------------------


@pytest.mark.parametrize(
    "build", [_identified, _ahli, _iraq_18_months, _haiti, _drc], ids=lambda b: b.__name__
)
def test_every_consensus_lies_in_its_bounds_and_every_figure_is_in_one_finding(build) -> None:  # type: ignore[no-untyped-def]
    """Under every reading: each consensus inside its finding's bounds, each best inside
    [low, high], and the findings' figures exactly the data set's."""
    data = build()
    for reading in READINGS:
        report = pwstats.reconcile(data, reading=reading)
        seen = [f.id for finding in report.findings for f in finding.figures]
        assert sorted(seen) == sorted(f.id for f in data.figures)
        for finding in report.findings:
            if finding.consensus is not None:
                assert finding.bounds.contains(finding.consensus), finding
            e = finding.estimate
            if e.best is not None:
                assert e.best in Interval.closed(finding.bounds.lo, finding.bounds.hi), finding
                assert (e.low, e.high) == (finding.bounds.lo, finding.bounds.hi)
