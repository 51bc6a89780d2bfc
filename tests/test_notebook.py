"""Tests of pwstats.notebook: short reprs and escaped HTML for notebooks, and HTML pages."""

from __future__ import annotations

import html.parser

import attrs

import pwstats
from pwstats.interval import Interval
from pwstats.model import Dataset, Figure, Measure, Source
from pwstats.notebook import MAX_ROWS, html_page
from pwstats.report import Because, Bound, Report
from test_table import sample_report

HOSTILE = "<script>alert('x')</script> & co"


class _Checker(html.parser.HTMLParser):
    """Collects start tags and the text between them."""

    def __init__(self) -> None:
        super().__init__()
        self.tags: list[str] = []
        self.text: list[str] = []

    def handle_starttag(self, tag: str, attrs: object) -> None:
        self.tags.append(tag)

    def handle_data(self, data: str) -> None:
        self.text.append(data)


def _parse(markup: str) -> _Checker:
    checker = _Checker()
    checker.feed(markup)
    checker.close()
    return checker


def _hostile_dataset() -> Dataset:
    src = Source(name=HOSTILE, published="2024-01-03", quote="<b>230</b>")
    m = Measure(id="m", label="a <label>")
    return Dataset(
        measures=[m],
        figures=[
            Figure(id="f1", measure=m, value="more than 230", source=src),
            Figure(id="f2<i>", measure=m, value="exactly 230", source=src),
        ],
    )


def _big_report(n: int) -> Report:
    """A report of ``n`` findings (one finding repeated: its size is what matters here)."""
    report = sample_report()
    return attrs.evolve(report, findings=report.findings[:1] * n)


def test_report_repr_counts_statuses_worst_first_and_conflicts() -> None:
    """A report's repr counts its findings by status, worst first, then its conflicts."""
    assert repr(sample_report()) == (
        "Report(3 findings: 1 contradiction, 2 consistent; 1 conflict; pragmatic reading)"
    )


def test_repr_of_a_huge_report_is_one_short_line() -> None:
    """The repr of a 16,000-finding report is one line of under 120 characters."""
    text = repr(_big_report(16_000))
    assert "\n" not in text
    assert len(text) < 120
    assert text.startswith("Report(16,000 findings: 16,000 contradiction;")


def test_dataset_and_finding_reprs_are_short_summaries() -> None:
    """A data set's repr counts what it holds; a finding's names measure, date, status, bounds."""
    data = pwstats.seeds()
    assert repr(data) == (
        f"Dataset({len(data.measures)} measures, {len(data.figures)} figures,"
        f" {len(data.relations)} relations, {len(set(data.all_sources))} sources)"
    )
    finding = sample_report().findings[0]
    assert repr(finding) == (
        "Finding(ua-released-2024-01-03 at 2024-01-03: contradiction; 3 figures,"
        " bounds [230, 230]; 1 conflict)"
    )


def test_html_of_a_huge_report_shows_a_page_of_rows_and_counts_the_rest() -> None:
    """The HTML of a 16,000-finding report has MAX_ROWS finding rows and says how many exist."""
    markup = _big_report(16_000)._repr_html_()
    assert "Showing the first 25 of 16,000 findings" in markup
    assert len(markup) < 100_000
    table = markup.split("<table>")[1]
    assert table.count("<tr>") == MAX_ROWS + 1  # the header row and one per finding shown


def test_small_report_html_is_the_html_table_with_nothing_left_out() -> None:
    """A report of few findings shows every one, its conflicts and its footnoted sources."""
    report = sample_report()
    markup = report._repr_html_()
    assert "Showing the first" not in markup
    assert pwstats.tabulate(report, fmt="html") in markup
    assert "excludes 230 under every reading" in markup


def test_every_html_view_escapes_what_the_data_says() -> None:
    """Source names, quotes, labels and statements never become markup in any HTML view."""
    data = _hostile_dataset()
    report = pwstats.reconcile(data)
    bound = pwstats.bound(data, "m", at="2024-01-03")
    views = [
        data._repr_html_(),
        report._repr_html_(),
        report.findings[0]._repr_html_(),
        bound._repr_html_(),
    ]
    for markup in views:
        parsed = _parse(markup)
        assert "script" not in parsed.tags
        assert "b" not in parsed.tags
        assert "i" not in parsed.tags
    text = "".join(_parse(views[2]).text)
    assert "f2<i>" in text
    assert HOSTILE in text


def test_finding_html_lists_each_figure_its_reading_and_each_conflict() -> None:
    """A finding's HTML names every figure with its reading and source, and each conflict."""
    finding = sample_report().findings[0]
    text = "".join(_parse(finding._repr_html_()).text)
    for f in finding.figures:
        assert f.statement in text
        assert f.id in text
    assert "(230, 253]" in text
    assert "Dmytro Lubinets, via Telegram, TVA Nouvelles" in text
    assert "excludes 230 under every reading" in text


def test_bound_html_says_what_gives_each_end() -> None:
    """A bound's HTML shows the interval and, for each end, its sentence, figures and relations."""
    b = Bound(
        measure="m",
        at=pwstats.DateSpan.parse("2024"),
        interval=Interval.closed(2, 5),
        low=Because(figures=("f1",), detail="at least 2 <said>"),
        high=Because(relations=("r1",), detail="a sum"),
        set_aside=("f9",),
    )
    text = "".join(_parse(b._repr_html_()).text)
    for words in ("[2, 5]", "at least 2 <said>", "figures: f1", "relations: r1", "f9"):
        assert words in text


def test_html_page_declares_utf8_and_wraps_the_fragment() -> None:
    """A page is a whole HTML document that declares UTF-8 and holds the fragment once."""
    page = html_page("<p>Министерство</p>", title="t")
    assert page.startswith("<!DOCTYPE html>")
    assert page.count('<meta charset="utf-8">') == 1
    assert "<body>\n<p>Министерство</p>\n</body>" in page


def test_html_of_a_finding_with_thousands_of_figures_stays_small() -> None:
    """A finding of 10,000 figures lists the first MAX_ROWS in HTML and counts the rest."""
    m = Measure(id="m", label="m")
    figures = tuple(Figure(id=f"f{i}", measure=m, value=i, as_of="2024") for i in range(10_000))
    finding = attrs.evolve(sample_report().findings[0], figures=figures, agreeing=figures)
    markup = finding._repr_html_()
    assert len(markup) < 20_000
    assert f"… and {10_000 - MAX_ROWS:,} more figures" in markup
    assert "f24:" in markup
    assert "f25:" not in markup
