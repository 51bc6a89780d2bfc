"""How reports, findings, bounds and data sets show in a notebook: short reprs and HTML.

Jupyter calls ``_repr_html_`` to show a value; the plain ``repr`` is what a console
and a traceback show. Both stay short however large the value: a report of
16,000 findings has a one-line repr, and its HTML shows the first
:data:`MAX_ROWS` findings and says how many more there are (``to_frame()``
holds them all). The HTML tables are the ones ``tabulate(..., fmt="html")``
prints, so every cell is escaped the same way; :func:`html_page` makes a
standalone page, with its character set, of any such fragment.

>>> from pwstats.model import Dataset, Figure, Measure
>>> data = Dataset(measures=[Measure(id="m", label="released")],
...                figures=[Figure(id="f", measure="m", value="<230 & rising", as_of="2024")])
>>> dataset_repr(data)
'Dataset(1 measure, 1 figure, 0 relations, 0 sources)'
>>> "&lt;230 &amp; rising" in dataset_html(data)
True
"""

from __future__ import annotations

import html
import itertools
from collections.abc import Iterable, Sequence
from typing import TYPE_CHECKING, Final

from pwstats.interval import End, format_number
from pwstats.model import Dataset, trusted_dataset

if TYPE_CHECKING:
    from pwstats.report import Because, Bound, Finding, Report

__all__ = [
    "MAX_ROWS",
    "bound_html",
    "dataset_html",
    "dataset_repr",
    "finding_html",
    "finding_repr",
    "html_page",
    "report_html",
    "report_repr",
]

#: The most findings or figures an HTML view shows; the rest are counted, not shown.
MAX_ROWS: Final = 25
#: Statuses from worst to best, as a summary lists them.
_WORST_FIRST: Final = ("contradiction", "tension", "consistent", "derived")


def _count(n: int, noun: str) -> str:
    """``n`` and the noun, plural unless ``n`` is 1, with thousands separated: "16,000 findings"."""
    return f"{n:,} {noun}{'' if n == 1 else 's'}"


def _statuses(statuses: Iterable[str]) -> str:
    """How many of each status, worst first, zeros left out: "1 contradiction, 2 consistent"."""
    counted = list(statuses)
    order = [*_WORST_FIRST, *sorted(set(counted) - set(_WORST_FIRST))]
    return ", ".join(f"{counted.count(s):,} {s}" for s in order if s in counted)


# -- short reprs ---------------------------------------------------------------------------


def report_repr(report: Report) -> str:
    """``Report(3 findings: 1 contradiction, 2 consistent; 5 conflicts; pragmatic reading)``."""
    findings = _count(len(report.findings), "finding")
    statuses = _statuses(f.status for f in report.findings)
    if statuses:
        findings += f": {statuses}"
    conflicts = _count(len(report.conflicts), "conflict")
    return f"Report({findings}; {conflicts}; {report.reading} reading)"


def dataset_repr(dataset: Dataset) -> str:
    """``Dataset(27 measures, 33 figures, 13 relations, 20 sources)``: the distinct sources."""
    sources = set(dataset.sources) | {f.source for f in dataset.figures if f.source is not None}
    parts = (
        _count(len(dataset.measures), "measure"),
        _count(len(dataset.figures), "figure"),
        _count(len(dataset.relations), "relation"),
        _count(len(sources), "source"),
    )
    return f"Dataset({', '.join(parts)})"


def finding_repr(finding: Finding) -> str:
    """``Finding(ua-held at 2025: tension; 3 figures, bounds [62500, 67500]; 1 conflict)``."""
    at = f" at {finding.as_of}" if finding.as_of is not None else ""
    return (
        f"Finding({finding.measure}{at}: {finding.status};"
        f" {_count(len(finding.figures), 'figure')}, bounds {finding.bounds};"
        f" {_count(len(finding.conflicts), 'conflict')})"
    )


# -- HTML ----------------------------------------------------------------------------------


def _e(text: object) -> str:
    return html.escape(str(text), quote=True)


def _note(shown: int, total: int, noun: str, hint: str) -> str:
    if shown >= total:
        return ""
    return (
        f"<p>Showing the first {shown:,} of {_count(total, noun)};"
        f" <code>{_e(hint)}</code> holds them all.</p>"
    )


def report_html(report: Report) -> str:
    """A report as HTML: the table ``tabulate(report, fmt="html")`` prints or, for more
    than :data:`MAX_ROWS` findings, the table of the first of them after the report's
    repr and a line saying how many there are in all."""
    from pwstats.report import Report
    from pwstats.table import tabulate

    shown = report
    if len(report.findings) > MAX_ROWS:
        shown = Report(
            dataset=report.dataset, reading=report.reading, findings=report.findings[:MAX_ROWS]
        )
    table = tabulate(shown, fmt="html")
    if shown is report:  # the table's own title counts every finding
        return f'<div class="pwstats-report">{table}</div>'
    note = _note(len(shown.findings), len(report.findings), "finding", "report.to_frame()")
    return (
        f'<div class="pwstats-report"><p><code>{_e(report_repr(report))}</code></p>{note}'
        f"{table}</div>"
    )


def dataset_html(dataset: Dataset) -> str:
    """A data set as HTML: its figures table with footnotes, at most :data:`MAX_ROWS` figures."""
    from pwstats.table import tabulate

    shown = dataset
    if len(dataset.figures) > MAX_ROWS:
        figures = dataset.figures[:MAX_ROWS]
        used = {f.measure for f in figures}
        shown = trusted_dataset(  # the first figures of a checked data set, for display
            measures=[m for m in dataset.measures if m.id in used],
            figures=figures,
        )
    note = _note(len(shown.figures), len(dataset.figures), "figure", "dataset.to_frame()")
    return (
        f'<div class="pwstats-dataset"><p><code>{_e(dataset_repr(dataset))}</code></p>{note}'
        f"{tabulate(shown, fmt='html')}</div>"
    )


def _rows(rows: Sequence[tuple[str, str]]) -> str:
    """A two-column table of already-escaped cells: a name, then its value."""
    body = "".join(
        f'<tr><th style="text-align:left">{name}</th><td style="text-align:left">{value}</td></tr>'
        for name, value in rows
    )
    return f"<table>{body}</table>"


def _list(items: Iterable[str], *, total: int | None = None, noun: str = "item") -> str:
    """Items one per line, at most :data:`MAX_ROWS` of them, then how many more of ``total``."""
    shown = list(itertools.islice(items, MAX_ROWS))
    if not shown:
        return "—"
    more = (total or 0) - len(shown)
    tail = f"<br>… and {_count(more, f'more {noun}')}" if more > 0 else ""
    return "<br>".join(shown) + tail


def _ids(ids: Iterable[str]) -> str:
    """Ids joined by commas, at most :data:`MAX_ROWS` of them, then "…"."""
    shown = list(itertools.islice(ids, MAX_ROWS + 1))
    return ", ".join(shown[:MAX_ROWS]) + (", …" if len(shown) > MAX_ROWS else "")


def _end(x: End | None) -> str:
    return "—" if x is None else _e(format_number(x))


def finding_html(finding: Finding) -> str:
    """One finding as a two-column HTML table: each figure with its source and reading,
    the consensus, bounds, low / best / high, and each conflict's explanation."""

    def figure(f_id: str, statement: str, said_by: str) -> str:
        reading = finding.readings.get(f_id)
        read = f" → {_e(reading)}" if reading is not None else ""
        who = f" — {_e(said_by)}" if said_by else ""
        return f"{_e(f_id)}: “{_e(statement)}”{read}{who}"

    est = finding.estimate
    rows = [
        ("measure", _e(finding.measure)),
        ("as of", _e(finding.dated)),
        ("status", _e(finding.status)),
        (
            "figures",
            _list(
                (
                    figure(f.id, f.statement, f.source.chain if f.source is not None else "")
                    for f in finding.figures
                ),
                total=len(finding.figures),
                noun="figure",
            ),
        ),
        ("agreeing", _agreeing(finding)),
        ("consensus", _consensus(finding)),
        ("bounds", _e(finding.bounds)),
        ("low / best / high", f"{_end(est.low)} / {_end(est.best)} / {_end(est.high)}"),
        ("independent statements", _e(finding.independent_sources)),
        (
            "conflicts",
            _list(
                (f"{_e(c.kind)}: {_e(c.explanation)}" for c in finding.conflicts),
                total=len(finding.conflicts),
                noun="conflict",
            ),
        ),
    ]
    return f'<div class="pwstats-finding"><p><code>{_e(finding_repr(finding))}</code></p>' + (
        f"{_rows(rows)}</div>"
    )


def _agreeing(finding: Finding) -> str:
    """The agreeing figures' ids; when largest sets tie, saying these are one of them."""
    ids = _e(_ids(f.id for f in finding.agreeing)) or "—"
    return f"{ids} (one of the tied largest sets)" if finding.tied else ids


def _consensus(finding: Finding) -> str:
    """The consensus, cut to the bounds beside it when they narrow it, saying so and what
    the figures share (:func:`pwstats.table.cut_to`); when largest sets tie there is no one
    consensus, and the cell says so as the tables' does (:data:`pwstats.table.TIED`)."""
    from pwstats.table import TIED, cut_to

    if finding.tied:
        return _e(TIED)
    shared = finding.consensus
    if shared is None:
        return "—"
    cut = cut_to(finding.bounds, shared)
    if cut is None:
        return _e(shared)
    return _e(f"{cut} (cut at the bounds; the figures share {shared})")


def _because(because: Because) -> str:
    parts = [_e(because.detail)] if because.detail else []
    if because.figures:
        parts.append("figures: " + _e(", ".join(because.figures)))
    if because.relations:
        parts.append("relations: " + _e(", ".join(because.relations)))
    return _list(parts)


def bound_html(bound: Bound) -> str:
    """A bound as a two-column HTML table: the interval, then what gives each end."""
    rows = [
        ("measure", _e(bound.measure)),
        ("at", _e(bound.at)),
        ("interval", _e(bound.interval)),
        ("low", _because(bound.low)),
        ("high", _because(bound.high)),
    ]
    if bound.set_aside:
        rows.append(("set aside", _e(", ".join(bound.set_aside))))
    return f'<div class="pwstats-bound">{_rows(rows)}</div>'


def html_page(fragment: str, *, title: str = "pwstats") -> str:
    """A standalone UTF-8 HTML page around a fragment (such as ``tabulate(..., fmt="html")``).

    The page declares its character set, so a browser opening the file shows
    Cyrillic names and "≈" as written.

    >>> page = html_page("<table></table>", title="a < b")
    >>> page.startswith("<!DOCTYPE html>") and '<meta charset="utf-8">' in page
    True
    >>> "<title>a &lt; b</title>" in page
    True
    """
    return (
        "<!DOCTYPE html>\n"
        '<html>\n<head>\n<meta charset="utf-8">\n'
        f"<title>{_e(title)}</title>\n</head>\n<body>\n{fragment}\n</body>\n</html>\n"
    )
