"""Tables an analyst can publish: every figure footnoted to who said it, where and when.

:func:`tabulate` renders a :class:`~pwstats.Report` (the reconciliation table,
then its conflicts, then numbered footnotes) or a :class:`~pwstats.Dataset`
(its figures, or its sources) in any format of the tabulate package, or as
``"json"`` or ``"csv"`` for machines. This is the only module that imports
tabulate, and it does so inside its functions.

Numbers are printed as their source wrote them (``Figure.statement``) and
intervals in interval notation (``str(Interval)``); tabulate is told not to
guess numbers, so ``"2,600"`` stays ``"2,600"``. In the text formats, the
readings, consensus and low / best / high of a measure that is not a
headcount carry its unit after the numbers: a share (a measure in ``percent`` or
``share``) is shown in percent, ``[30, 30] %`` for "30%" and for "30 out of 100" alike,
a plain number (``dimensionless``, ``count``) as itself, as ``json``, ``csv`` and
:func:`pwstats.total` give it (2000 is ``2000``, never ``200000 %``), and any other unit
by its name (``[2, 3] year``); headcounts stay bare. A number whose exact decimal never
ends is rounded and marked ``≈`` in the text formats: a reading of [19/60, 1/3) of a
share shows as ``[≈31.67, ≈33.33) %``, with two decimals, or more where two would make
different numbers of one cell look alike. ``json`` and ``csv`` keep the exact values
(``[95/3, 100/3)``) in the measure's own unit and name that unit in a separate ``unit``
field.

>>> from pwstats.model import Dataset, Figure, Measure, Source
>>> src = Source(name="Dmytro Lubinets", affiliation="Ukraine", published="2024-01-03")
>>> data = Dataset(measures=[Measure(id="ua", label="Ukrainians released")],
...                figures=[Figure(id="f1", measure="ua", value="exactly 230", source=src)])
>>> print(tabulate(data, fmt="simple", footnotes=False))
id    measure              as of       as reported    said by
----  -------------------  ----------  -------------  ---------------
f1    Ukrainians released  2024-01-03  exactly 230    Dmytro Lubinets
"""

from __future__ import annotations

import csv
import datetime as dt
import io
import json
import re
import unicodedata
from collections.abc import Collection, Iterable, Mapping, Sequence, Set
from fractions import Fraction
from typing import Any, Final, Literal, TypeAlias

from pwstats import formulas as _formulas
from pwstats import units
from pwstats.dates import DateSpan
from pwstats.formulas import Formulas
from pwstats.interval import End, Interval, format_number, normal
from pwstats.model import Dataset, Figure, Source
from pwstats.report import Conflict, Finding, Report, dated_conflicts, releases
from pwstats.stats import RULES, Statistics
from pwstats.suggest import nearest

__all__ = [
    "MACHINE_FORMATS",
    "TableKind",
    "findings_cells",
    "footnote_sources",
    "formats",
    "numbered_sources",
    "render_rows",
    "tabulate",
]

#: Which table to print: a report's findings, a data set's figures or its sources.
TableKind: TypeAlias = Literal["findings", "figures", "sources"]
TABLE_KINDS: Final[tuple[TableKind, ...]] = ("findings", "figures", "sources")
#: Formats pwstats writes itself, beside every tabulate format (prov-json: see to_prov).
MACHINE_FORMATS: Final[tuple[str, ...]] = ("json", "csv", "prov-json")
#: Other names of a tabulate format: Markdown tables are tabulate's "github" format.
_ALIASES: Final[Mapping[str, str]] = {"markdown": "github"}

#: How a section title (above the conflicts and footnotes tables) is written per format.
_TITLES: Final[dict[str, str]] = {
    "html": "<p><strong>{}</strong></p>",
    "unsafehtml": "<p><strong>{}</strong></p>",
    "latex": "\\paragraph{{{}}}",
    "latex_raw": "\\paragraph{{{}}}",
    "latex_booktabs": "\\paragraph{{{}}}",
    "latex_longtable": "\\paragraph{{{}}}",
    "mediawiki": "'''{}'''",
    "textile": "*{}*",
    "jira": "*{}*",
}
_NONE: Final = "—"
#: The consensus cell of a finding whose largest agreeing sets tie: no one consensus.
TIED: Final = "— (sets tie)"
#: After values the figures share that the finding's bounds narrow (:func:`cut_to`).
CUT: Final = " (cut at the bounds)"
#: Width at which explanations wrap, in formats whose cells can hold several lines.
_WRAP: Final = 60
#: Markup formats in which every line is a row: cells there are never wrapped.
_ONE_LINE_ROWS: Final = frozenset({"github", "pipe", "jira", "orgtbl"})
#: Markdown formats: there, conflicts' explanations follow their table as a numbered list.
_MARKDOWN: Final = frozenset({"github", "pipe"})
#: tabulate's LaTeX formats; "latex_raw" passes cells through unescaped, as asked.
_LATEX: Final = frozenset({"latex", "latex_booktabs", "latex_longtable"})
#: Fewest decimals of a rounded number ("≈31.67"), and most before it is left exact.
_MIN_DECIMALS: Final = 2
_MAX_DECIMALS: Final = 12


def formats() -> tuple[str, ...]:
    """Every format :func:`tabulate` accepts: tabulate's own, ``markdown``, ``json``, ``csv``
    and ``prov-json``.

    ``markdown`` is another name of tabulate's ``github`` (GitHub-flavoured Markdown).

    >>> "github" in formats() and "markdown" in formats() and formats()[-3:]
    ('json', 'csv', 'prov-json')
    """
    from tabulate import tabulate_formats

    return (*sorted((*tabulate_formats, *_ALIASES)), *MACHINE_FORMATS)


def _table_format(fmt: str) -> str:
    """The format ``fmt`` names (``"markdown"`` is ``"github"``); a ValueError lists valid ones."""
    valid = formats()
    if fmt not in valid:
        raise ValueError(
            f"unknown table format {fmt!r}{nearest(fmt, valid)}; valid formats: {', '.join(valid)}"
        )
    return _ALIASES.get(fmt, fmt)


def tabulate(
    report_or_dataset: Report | Dataset | Statistics,
    *,
    fmt: str = "github",
    table: TableKind | None = None,
    footnotes: bool = True,
    conflicts: bool = True,
    labels: bool = True,
    known_at: DateSpan | dt.date | str | None = None,
    formulas: Formulas = "escape",
) -> str:
    """Render a report or a data set as a table with its provenance.

    For a :class:`~pwstats.Report` the default table has one row per finding:
    measure, as of, the figures as reported (repeats of one statement once,
    each with its footnote marks, several joined by ``"; "``; a revised statement
    shows its latest words with their own marks, then ``(revised from ...)`` each
    earlier release with its marks), the interval
    each reads to under the report's reading, the consensus, low / best /
    high, the number of independent statements (``Finding.independent_sources``:
    the distinct speaker-and-statement pairs, however many outlets repeat one)
    and the status (when largest agreeing sets tie there is no one consensus:
    its cell says so, and the bounds span every tied set). Below it come the
    conflicts with their explanations (in the Markdown formats ``github`` and
    ``pipe``, where a row must stay on one line, the explanations follow the
    conflicts table as a numbered list), then
    the footnotes. For a
    :class:`~pwstats.Dataset` (or with ``table="figures"``) the table has one
    row per figure; ``table="sources"`` lists each distinct source once, under
    the number of its footnote in the findings table (for a report) or the
    figures table (for a data set), then any source the data set lists but no
    figure cites, marked ``(no figure)`` (its ``number`` is null in JSON). For
    :class:`~pwstats.Statistics` (from :func:`pwstats.total` and the other
    statistics) the table has one row per group: its dimensions, the
    interval, low / best / high, the number of members and of contested
    members; the text formats add the rule below the table.

    Footnotes are per distinct :class:`~pwstats.Source`, numbered in order of
    first appearance in the table, so the same data always gets the same
    numbers; each shows the speaker, role, side, the outlets that carried the
    statement, the publication date, the URL and the quote. ``fmt`` is any
    tabulate format (see :func:`formats`; ``"markdown"`` is another name of
    ``"github"``), ``"json"`` (a document with exact numbers as strings,
    intervals in interval notation, and each finding's conflicts as their
    numbers, from 1, in the document's ``conflicts`` list) or ``"csv"`` (one
    row per finding, figure or source).

    Numbers are exact in every format, except that the text formats round a
    number whose decimal never ends to two decimals and mark it ``≈`` (more
    decimals when two would make the ends of one interval, or low / best / high,
    look alike): a reading of [19/60, 1/3) of a share shows as
    ``[≈31.67, ≈33.33) %``; ``json`` and ``csv`` keep ``[95/3, 100/3)``.
    ``footnotes=False`` drops the marks
    and notes; ``conflicts=False`` drops the conflicts section; ``labels=False``
    shows measure ids instead of labels. ``known_at`` shows what was published by
    that date: a data set's figures then, or a report reconciled again from its
    data set as known then (under its reading; see :func:`pwstats.reconcile`).

    In ``csv`` and ``tsv``, which spreadsheets open, a text cell a spreadsheet would
    run as a formula (starting ``=``, ``+``, ``-``, ``@``, a tab or a carriage
    return, and not a number: see :mod:`pwstats.formulas`) is written with a
    leading ``'``, so it shows as text; numbers such as ``-5`` stay numbers.
    ``formulas="raw"`` writes every cell as it is.

    >>> from pwstats.model import Dataset, Figure, Measure, Source
    >>> src = Source(name="Russian Ministry of Defence", affiliation="Russia",
    ...              via=("Telegram",), published="2024-01-03")
    >>> data = Dataset(measures=[Measure(id="ru", label="Russians released")],
    ...                figures=[Figure(id="f", measure="ru", value=248, source=src)])
    >>> print(tabulate(data, fmt="plain", table="sources"))
    note    said by                      side    via       published
    [1]     Russian Ministry of Defence  Russia  Telegram  2024-01-03
    >>> tabulate(data, fmt="gird")
    Traceback (most recent call last):
    ...
    ValueError: unknown table format 'gird' (did you mean 'grid'?); valid formats: asciidoc, ...
    """
    fmt = _table_format(fmt)
    if isinstance(report_or_dataset, Statistics):
        if table is not None:
            raise ValueError(
                f"table={table!r} is for a Report or Dataset: Statistics have one table"
            )
        if fmt == "prov-json":  # tabulate's fallback would print a plain table under its name
            raise ValueError(
                "prov-json is the provenance of a report or data set, not of Statistics:"
                " use the json format for statistics"
            )
        if known_at is not None:  # the statistic is computed: it cannot be narrowed here
            raise ValueError(
                f"known_at={str(known_at)!r} is for a Report or Dataset: Statistics are"
                " computed already; compute them from pwstats.reconcile(data,"
                " known_at=...) instead"
            )
        return _statistics(report_or_dataset, fmt, formulas)
    if table is not None and table not in TABLE_KINDS:
        raise ValueError(f"unknown table {table!r}; expected one of {', '.join(TABLE_KINDS)}")
    if known_at is not None:
        report_or_dataset = _as_known_at(report_or_dataset, known_at)
    if isinstance(report_or_dataset, Report):
        report: Report | None = report_or_dataset
        dataset = report_or_dataset.dataset
    elif isinstance(report_or_dataset, Dataset):
        report, dataset = None, report_or_dataset
    else:
        raise _not_a_table(report_or_dataset)
    if fmt == "prov-json":
        from pwstats.publish import to_prov

        document = to_prov(report_or_dataset).serialize(indent=2)
        assert document is not None  # serialize() returns the text when given no file
        return str(document)  # prov is untyped: its Any would escape as the return value
    kind = table or ("findings" if report is not None else "figures")
    opts = _Options(
        fmt=fmt, footnotes=footnotes, conflicts=conflicts, labels=labels, formulas=formulas
    )
    if kind == "findings":
        if report is None:
            raise ValueError(
                "a Dataset has no findings: pass pwstats.reconcile(dataset) for the"
                " findings table, or table='figures' or 'sources'"
            )
        return _findings(report, opts)
    if kind == "figures":
        return _figures(dataset, report, opts)
    return _sources(dataset, report, opts)


def _as_known_at(data: Report | Dataset, known_at: DateSpan | dt.date | str) -> Report | Dataset:
    """``data`` as it was known at ``known_at`` (only figures published by then)."""
    from pwstats.reconcile import reconcile
    from pwstats.reconcile.select import select

    if isinstance(data, Report):
        return reconcile(data.dataset, reading=data.reading, known_at=known_at)
    if isinstance(data, Dataset):
        return select(data, known_at=known_at).dataset
    raise _not_a_table(data)


#: What to do instead with a pwstats value that is not a table's subject.
_NOT_A_TABLE: Final[Mapping[str, str]] = {
    "Bound": "print(bound) says its interval and what gives each end",
    "Finding": "a finding is one row of its report: tabulate the Report",
    "Statistic": "a statistic is one row of its Statistics: tabulate the Statistics",
}


def _not_a_table(value: object) -> TypeError:
    """The error for ``tabulate(value)`` of a value it does not print, with what to do."""
    name = type(value).__name__
    hint = _NOT_A_TABLE.get(name)
    return TypeError(
        f"tabulate expects a pwstats Report, Dataset or Statistics, not {name}"
        + (f": {hint}" if hint else "")
    )


def render_rows(
    headers: Sequence[str],
    rows: Iterable[Sequence[str]],
    *,
    fmt: str,
    formulas: Formulas = "escape",
    integers: Collection[str] = (),
) -> str:
    """Render pre-formatted text cells as one table in a tabulate format or as CSV.

    Cells are kept exactly as given (no number guessing). The command uses
    this for tables that are not reports or data sets (such as ``pwstats
    extract``). ``formulas`` is as for :func:`tabulate`: a text cell of ``csv``
    or ``tsv`` that a spreadsheet would run as a formula gets a leading ``'``.
    ``integers`` names columns of whole numbers (character offsets, counts),
    which ``json`` writes as numbers, not text; the other formats are text anyway.

    >>> print(render_rows(["a", "b"], [["2,600", "x"]], fmt="csv"))
    a,b
    "2,600",x
    >>> print(render_rows(["start", "b"], [["3", "x"]], fmt="json", integers=["start"]))
    [
      {
        "start": 3,
        "b": "x"
      }
    ]
    """
    fmt = _table_format(fmt)
    if fmt == "prov-json":
        raise ValueError("prov-json is the provenance of a report or data set, not of a table")
    body = [[_cell(c) for c in row] for row in rows]
    if fmt == "csv":
        return _csv([list(headers), *body], formulas)
    if fmt == "json":
        records: list[dict[str, str | int]] = [
            {h: int(c) if h in integers else c for h, c in zip(headers, row, strict=True)}
            for row in body
        ]
        return json.dumps(records, indent=2, ensure_ascii=False)
    return _grid(list(headers), body, fmt, formulas=formulas)


def findings_cells(
    report: Report, *, labels: bool = True, marks: bool = False
) -> tuple[list[str], list[list[str]]]:
    """The headers and text cells of the findings table of ``tabulate(report)``.

    The cells are those the text formats print (readable numbers with their unit),
    one row per finding, without footnote marks unless ``marks`` is true (then
    ``[n]`` is source ``n`` of :func:`footnote_sources`); :func:`pwstats.to_gt`
    builds on them.

    >>> from pwstats.model import Dataset
    >>> from pwstats.report import Report
    >>> findings_cells(Report(dataset=Dataset(), reading="pragmatic", findings=()))[0][3]
    'pragmatic reading'
    """
    notes = _Notes() if marks else None
    columns = _optional_columns(report)
    rows = [_finding_row(f, report, notes, labels, columns) for f in report.findings]
    return _findings_headers(report), rows


def footnote_sources(report: Report) -> tuple[Source, ...]:
    """The distinct sources of a report's figures, in the order of its footnote numbers.

    Source ``n`` (from 1) is footnote ``[n]`` of ``tabulate(report)``: sources are
    numbered in order of first appearance in the findings table, then in the
    conflicts table.
    """
    notes = _Notes()
    for finding in report.findings:
        revised = _revised(finding)
        for group in _statements(finding):
            _figure_text(group, notes, revised)
    for conflict in report.conflicts:
        for fid in conflict.figures:
            try:
                notes.number(report.dataset.figure(fid).source)
            except KeyError:
                continue
    return tuple(s for _, s in notes.sources())


# -- internals ----------------------------------------------------------------------


def _text_or_none(x: object) -> str | None:
    return None if x is None else str(x)


#: The rules whose best comes from the members' bests (all but a rate without numerator).
_BEST_FROM_MEMBERS: Final = frozenset(RULES) - {"rate without numerator"}


def _statistics(result: Statistics, fmt: str, formulas: Formulas) -> str:
    """One row per group of a statistic: its dims, interval, low / best / high and members.

    The csv columns are the same whatever the rows (as the frame's): after the dims,
    ``statistic`` and the statistic's dates, the numbers (exact; a missing end empty),
    ``members``, ``contested``, ``rule``, ``unit`` and what gives each end
    (``because_low``, ``because_high``: JSON's ``because``).
    """
    machine = fmt in MACHINE_FORMATS
    dates = result.date_columns()  # a rate's numerator and denominator dates, a change's two
    numbers = ["interval", "low", "best", "high", "members", "contested"]
    if fmt == "csv":
        headers = [*result.by, "statistic", *dates, *numbers, "rule", "unit"]
        headers += ["because_low", "because_high"]
    else:
        headers = [*result.by, *dates, *numbers]
    # The text tables show the unit of the numbers when any row's are not a count of
    # people (a population in thousands, a share, months): without it "6312" reads as
    # people.
    named = fmt != "csv" and any(
        r.unit is not None and _unit_name_shown(r.unit) for r in result.rows
    )
    if named:
        headers.append("unit")
    missing = "" if machine else _NONE
    rows: list[list[str]] = []
    for row in result.rows:
        est = row.estimate
        ends = [x for x in (est.low, est.best, est.high) if x is not None]
        texts = iter([format_number(x) for x in ends] if machine else _readable(ends))
        triple = [missing if x is None else next(texts) for x in (est.low, est.best, est.high)]
        interval = str(row.interval) if machine else _readable_interval(row.interval)
        counts = [f"{len(row.members)}", f"{len(row.contested)}"]
        if fmt == "csv":
            rows.append(
                [
                    *(row.group[d] for d in result.by),
                    result.statistic,
                    *result.row_dates(row).values(),
                    interval,
                    *triple,
                    *counts,
                    row.rule,
                    row.unit or "",
                    row.low.detail,
                    row.high.detail,
                ]
            )
            continue
        rows.append(
            [
                *(row.group[d] for d in result.by),
                *result.row_dates(row).values(),
                interval,
                *triple,
                *counts,
                *([_statistic_unit(result, row.unit)] if named else []),
            ]
        )
    if fmt == "json":
        document = {
            "statistic": result.statistic,
            "by": list(result.by),
            "at": _text_or_none(result.at),
            **(
                {"denominator_at": _text_or_none(result.denominator_at)}
                if result.statistic == "rate"
                else {}
            ),
            **(
                {"start": _text_or_none(result.start), "end": _text_or_none(result.end)}
                if result.statistic == "change"
                else {}
            ),
            "reading": result.reading,
            "rows": [
                {
                    "group": dict(row.group.pairs),
                    "interval": str(row.interval),
                    "low": None if row.estimate.low is None else format_number(row.estimate.low),
                    "best": None if row.estimate.best is None else format_number(row.estimate.best),
                    "high": None if row.estimate.high is None else format_number(row.estimate.high),
                    "members": len(row.members),
                    "contested": list(row.contested),
                    "because": {"low": row.low.detail, "high": row.high.detail},
                    "rule": row.rule,
                    "unit": row.unit,
                    **(
                        {"denominator_at": _text_or_none(row.denominator_at)}
                        if result.statistic == "rate"
                        else {}
                    ),
                }
                for row in result.rows
            ],
            "left_out": list(result.left_out),
        }
        return json.dumps(document, indent=2, ensure_ascii=False)
    if fmt == "csv":
        return _csv([headers, *rows], formulas)
    body = _grid(headers, [[_cell(c) for c in r] for r in rows], fmt, formulas=formulas)
    rules = dict.fromkeys(row.rule for row in result.rows)
    notes = [f"{rule}: {RULES.get(rule, '')}" for rule in rules]
    if any(
        r.estimate.best is None and not r.interval.is_empty and r.rule in _BEST_FROM_MEMBERS
        for r in result.rows
    ):
        notes.append(
            "best —: a member has no best value there (no figure at that date, or only"
            " one-sided ones); the interval and low and high still hold"
        )
    if named and any(_statistic_unit(result, r.unit) == _POINTS for r in result.rows):
        notes.append(
            f"{_POINTS}: a change of a percentage is the difference of the two percentages"
            " (from 20 % to 25 % is 5 percentage points), not a relative change"
        )
    empty = [r for r in result.rows if r.interval.is_empty]
    if empty:
        # Never an unexplained "empty": say which member has no value, and why.
        more = f" (and {len(empty) - 1:,} more such rows)" if len(empty) > 1 else ""
        notes.append(
            f"empty: no value is possible for {empty[0].group or '(all)'}{more}:"
            f" {empty[0].low.detail}"
        )
    if result.statistic == "rate" and len({r.denominator_at for r in result.rows}) > 1:
        notes.append(
            "denominator_at: each group's denominator is taken at its own date (that column),"
            " not at one date for all"
        )
    if result.left_out:
        notes.append(f"left out (no value for {', '.join(result.by)}): {len(result.left_out):,}")
    return "\n".join([body, *(f"\n{n}" if i == 0 else n for i, n in enumerate(notes))])


#: The unit a text table names for a change of a measure in percent: a difference of
#: two percentages is in percentage points, and "percent" would read as a relative change.
_POINTS: Final = "percentage points"


def _statistic_unit(result: Statistics, unit: str | None) -> str:
    """The unit a text table names for a statistic's numbers in ``unit``: the unit's own
    name, but :data:`_POINTS` for a change of a measure in percent (or ``%``).

    Machine formats keep the unit's name (``percent``) beside ``statistic`` ``change``,
    as they keep ``percent`` where the report's text tables show ``%``.
    """
    if unit is None:
        return ""
    if (
        result.statistic == "change"
        and units.dimension(unit) == "dimensionless"
        and units.factor(unit, "percent") == 1
    ):
        return _POINTS
    return unit


class _Options:
    __slots__ = ("conflicts", "fmt", "footnotes", "formulas", "labels")

    def __init__(
        self, *, fmt: str, footnotes: bool, conflicts: bool, labels: bool, formulas: Formulas
    ):
        self.fmt = fmt
        self.formulas = formulas
        self.footnotes = footnotes
        self.conflicts = conflicts
        self.labels = labels


class _Notes:
    """Footnote numbers for distinct sources, in order of first appearance."""

    def __init__(self) -> None:
        self.numbers: dict[Source, int] = {}

    def number(self, source: Source | None) -> int | None:
        if source is None:
            return None
        return self.numbers.setdefault(source, len(self.numbers) + 1)

    def sources(self) -> list[tuple[int, Source]]:
        return [(n, s) for s, n in self.numbers.items()]


def _grid(
    headers: list[str],
    rows: list[list[str]],
    fmt: str,
    *,
    wrap: Mapping[int, int] | None = None,
    formulas: Formulas = "escape",
) -> str:
    """One table; in formats with multi-line cells, the columns in ``wrap`` wrap at a width.

    In ``tsv``, which spreadsheets open, ``formulas="escape"`` writes a text cell that
    would be a formula with a leading ``'`` (:func:`pwstats.formulas.escape`).
    """
    from tabulate import multiline_formats
    from tabulate import tabulate as _tabulate

    widths: list[int | None] | None = None
    if wrap and rows and fmt in multiline_formats and fmt not in _ONE_LINE_ROWS:
        widths = [wrap.get(i) for i in range(len(headers))]
    headers = [_table_cell(h, fmt, header=True) for h in headers]
    rows = [[_table_cell(c, fmt) for c in row] for row in rows]
    if fmt == "tsv" and formulas == "escape":
        headers = [_formulas.escape(h) for h in headers]
        rows = [[_formulas.escape(c) for c in row] for row in rows]
    table: str = _tabulate(
        rows, headers=headers, tablefmt=fmt, disable_numparse=True, maxcolwidths=widths
    )
    return _compilable(table) if fmt in _LATEX else table


#: How a ``|`` in a cell is written in each format whose rows are split at ``|`` (in markup,
#: or by a reader's eye in the ruled text formats): that format's own escape, so the row
#: keeps its columns and the text still reads "|". LaTeX writes it ``\textbar{}`` (in
#: :func:`_compilable`, after tabulate's escaping); the other formats have no ``|`` rule.
_PIPE_ESCAPES: Final[Mapping[str, str]] = {
    **dict.fromkeys(
        (
            "github",  # GitHub-flavoured Markdown's escaped pipe
            "pipe",
            "asciidoc",  # AsciiDoc's escaped cell separator
            "jira",  # Jira wiki markup's backslash escape
            "youtrack",
            "rst",  # no substitution reference |...| in reStructuredText
            "grid",  # reStructuredText and Pandoc grid tables
            "colon_grid",
            "outline",
            "psql",
            "pretty",
            "presto",
        ),
        "\\|",
    ),
    "orgtbl": "\\vert{}",  # Org mode's entity for a bar in a table field
    **dict.fromkeys(("mediawiki", "textile", "moinmoin"), "&#124;"),  # a character reference
}


def _table_cell(text: str, fmt: str, *, header: bool = False) -> str:
    r"""A cell as format ``fmt`` must receive it to stay one cell of one row.

    Every cell is one line of NFC text (:func:`_cell`: a newline or a tab in a
    name would start a row or a column in the line-based formats, ``tsv``
    included); a ``|`` is escaped as the format escapes it (:data:`_PIPE_ESCAPES`);
    Markdown also gets ``<`` and ``>`` as entities (:func:`_markdown_text`), and
    a MediaWiki header ``!`` as ``&#33;`` (``!!`` separates header cells there).

    >>> _table_cell("A | B\nC", "github"), _table_cell("A | B", "orgtbl")
    ('A \\| B C', 'A \\vert{} B')
    >>> _table_cell("A | B", "mediawiki"), _table_cell("A\tB", "tsv")
    ('A &#124; B', 'A B')
    """
    text = _cell(text)
    if fmt in _MARKDOWN:
        text = _markdown_text(text)
    if fmt in _PIPE_ESCAPES:
        text = text.replace("|", _PIPE_ESCAPES[fmt])
    if fmt == "mediawiki" and header:
        text = text.replace("!", "&#33;")
    return text


def _markdown_text(text: str) -> str:
    """Text for Markdown with ``<`` and ``>`` as entities, so no name becomes live HTML.

    A renderer shows ``&lt;`` as ``<``: the words read the same, and a source
    named ``<img onerror=...>`` stays text on a published page.

    >>> _markdown_text("<b>MoH</b> & UN")
    '&lt;b&gt;MoH&lt;/b&gt; & UN'
    """
    return text.replace("<", "&lt;").replace(">", "&gt;")


def _compilable(latex: str) -> str:
    r"""tabulate's LaTeX made to compile: ``≈`` as maths, a row's leading ``[`` shielded.

    tabulate escapes LaTeX's special characters but leaves ``≈``, which pdflatex
    cannot set, ``|``, which it sets as a dash in text (its tables draw no ``|``
    rules, so every ``|`` is a cell's and becomes ``\textbar{}``), and a row whose
    first cell starts with ``[``, which after the
    previous row's ``\\`` reads as a spacing length (``\\[2]``).

    >>> print(_compilable(" a & b \\\\\n [2] & ≈31.67 \\\\"))
     a & b \\
     {}[2] & $\approx$31.67 \\
    """
    latex = latex.replace("≈", "$\\approx$").replace("|", "\\textbar{}")
    return _ROW_BRACKET.sub(r"\1{}[", latex)


_ROW_BRACKET: Final = re.compile(r"^(\s*)\[", re.MULTILINE)


def _csv(rows: Sequence[Sequence[str]], formulas: Formulas) -> str:
    """Rows as CSV; ``formulas="escape"`` writes text a spreadsheet would run with a ``'``."""
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\n")
    if formulas == "escape":
        rows = [[_formulas.escape(c) for c in row] for row in rows]
    writer.writerows(rows)
    return out.getvalue().removesuffix("\n")


def _cell(text: object) -> str:
    """One line of NFC text (composed letters keep Cyrillic and accented text aligned)."""
    return unicodedata.normalize("NFC", " ".join(str(text).split()))


def _title(text: str, fmt: str) -> str:
    return _TITLES.get(fmt, "{}").format(text)


def _interval(iv: Interval | None) -> str:
    return _NONE if iv is None else str(iv)


def _terminates(x: Fraction) -> bool:
    """Whether ``x`` has a finite decimal: its denominator has no prime factor but 2 and 5."""
    d = x.denominator
    for prime in (2, 5):
        while d % prime == 0:
            d //= prime
    return d == 1


def _decimal(x: Fraction, places: int) -> str:
    """``x`` rounded to ``places`` decimals and written with exactly that many."""
    scaled = round(x * 10**places)
    digits = str(abs(scaled)).rjust(places + 1, "0")
    return f"{'-' if scaled < 0 else ''}{digits[:-places]}.{digits[-places:]}"


def _readable(numbers: Sequence[End]) -> list[str]:
    """The numbers of one cell as a reader wants them: fractions rounded and marked ``≈``.

    Integers, finite decimals and infinities are written as :func:`format_number`
    writes them. The others are rounded to two decimals, or to as many as give two
    significant digits, or more until no two different numbers of the cell round
    alike (so the rounded ones keep their order among all); if twelve decimals are not
    enough, every number stays exact.

    >>> _readable([Fraction(95, 3), Fraction(100, 3)])
    ['≈31.67', '≈33.33']
    >>> _readable([Fraction(1, 3), Fraction(333, 1000), float("inf")])
    ['≈0.3333', '0.333', '+inf']
    """

    def rounds(x: End) -> bool:
        return isinstance(x, Fraction) and not _terminates(x)

    if not any(rounds(x) for x in numbers):
        return [format_number(x) for x in numbers]
    places = _MIN_DECIMALS
    while any(rounds(x) and abs(x) * 10**places < 10 for x in numbers):  # two significant digits
        places += 1
    distinct = set(numbers)
    for p in range(places, _MAX_DECIMALS + 1):
        if len({round(x, p) for x in distinct}) == len(distinct):  # rounding keeps the order
            return [
                f"≈{_decimal(Fraction(x), p)}" if rounds(x) else format_number(x) for x in numbers
            ]
    return [format_number(x) for x in numbers]


def _readable_interval(iv: Interval) -> str:
    """An interval in the usual notation with :func:`_readable` ends: ``[≈31.67, ≈33.33)``."""
    if iv.lo > iv.hi:
        return str(iv)
    lo, hi = _readable([iv.lo, iv.hi])
    return f"{'[' if iv.lo_closed else '('}{lo}, {hi}{']' if iv.hi_closed else ')'}"


class _Unit:
    """How a measure's numbers are shown in a text table: scaled by ``factor``, then ``suffix``.

    Headcounts of people are bare (one in another unit, such as ``kiloperson``,
    is named); a share is shown in percent (a ``share`` 0.1 as ``10 %``, the same
    as a ``percent`` 10); a plain ``dimensionless`` number is no share and is shown
    as it is, and things counted in lots (a unit of ``1000``) one by one; any other
    unit is named after the numbers.
    """

    __slots__ = ("factor", "suffix")

    def __init__(self, factor: Fraction, suffix: str):
        self.factor = factor
        self.suffix = suffix

    def scaled(self, x: End) -> End:
        if self.factor == 1 or isinstance(x, float):
            return x
        return normal(Fraction(x) * self.factor)

    def interval(self, iv: Interval | None) -> str:
        if iv is None:
            return _NONE
        text = _readable_interval(iv if self.factor == 1 else iv * self.factor)
        return f"{text} {self.suffix}" if self.suffix else text

    def triple(self, low: End | None, best: End | None, high: End | None) -> str:
        given = [self.scaled(x) for x in (low, best, high) if x is not None]
        shown = iter(_readable(given))
        text = " / ".join(_NONE if x is None else next(shown) for x in (low, best, high))
        return f"{text} {self.suffix}" if self.suffix else text


_BARE: Final = _Unit(Fraction(1), "")


def _unit_name(dataset: Dataset, measure: str) -> str | None:
    """The unit of ``measure``, or None when the data set does not list it."""
    try:
        return dataset.measure(measure).unit
    except KeyError:
        return None


def _unit_name_shown(unit: str) -> bool:
    """True when numbers in ``unit`` need it named: anything but a headcount of people."""
    return not units.counts_people(unit)


def _unit(dataset: Dataset, measure: str) -> _Unit:
    """How the numbers of ``measure`` are shown in text tables (see :class:`_Unit`)."""
    unit = _unit_name(dataset, measure)
    if unit is None or units.counts_people(unit):
        return _BARE  # a headcount in people; one in thousands ("kiloperson") says so
    if units.dimension(unit) == "dimensionless":
        lot = units.factor(unit, "dimensionless")
        if lot > 1 or not units.is_share(unit):
            # a plain number ("dimensionless", "count"), or things counted in lots ("1000",
            # "dozen") shown one by one: no share, so never in percent
            return _Unit(lot, "")
        return _Unit(units.factor(unit, "percent"), "%")
    return _Unit(Fraction(1), unit.strip())


def _marks(numbers: Iterable[int | None]) -> str:
    shown = sorted({n for n in numbers if n is not None})
    return f"[{', '.join(map(str, shown))}]" if shown else ""


def _with_marks(statement: str, marks: str) -> str:
    return f"{statement} {marks}" if marks else statement


def _measure_name(dataset: Dataset, measure: str, labels: bool) -> str:
    if not labels:
        return measure
    try:
        return dataset.measure(measure).label or measure
    except KeyError:
        return measure


def _revised(finding: Finding) -> frozenset[str]:
    """The ids of the finding's figures that a later release revised."""
    return frozenset(r.old for r in finding.revisions)


def _statements(finding: Finding) -> list[list[Figure]]:
    """The finding's figures grouped by statement (:attr:`Finding.statements`), in order."""
    by_id = {f.id: f for f in finding.figures}
    return [[by_id[i] for i in ids] for ids in finding.statements]


def _plausible(finding: Finding) -> str:
    """What the estimates say together: "2,986 (95% CI 2,670–3,300), fixed effect"."""
    p = finding.plausible
    if p is None:
        return _NONE
    level = f"{p.confidence * 100:g}%"
    if p.cut and p.low == p.high:
        # One value is left (the interval lay wholly outside the bounds, or they are a
        # point): that is no confidence interval, so none is shown.
        bounds = finding.bounds
        if not bounds.is_empty and bounds.lo == bounds.hi:
            text = f"{_round(p.best)} (cut at the bounds, which leave this one value)"
        else:
            text = f"{_round(p.best)} (wholly outside the bounds: cut to their nearer end)"
    else:
        cut = ", cut at the bounds" if p.cut else ""  # the whole sentence is in JSON and csv
        text = f"{_round(p.best)} ({level} CI {_round(p.low)}–{_round(p.high)}{cut})"
    if p.model != "single":
        text += f", {len(p.figures)} estimates, {p.model} effects"
    return text


def _round(x: float) -> str:
    """A statistical float for people: whole with thousands separators, or 3 significant."""
    if abs(x) >= 100 or x == int(x):
        return f"{round(x):,}"
    return f"{x:.3g}"


def cut_to(bounds: Interval, shared: Interval) -> Interval | None:
    """The part of ``shared`` within ``bounds``, when that is less than ``shared`` and not
    nothing; else None.

    What figures share (a consensus, an agreeing group's common values) is what they say;
    the bounds are what the relations and dates leave of it. A table shows the first cut
    to the second, so that no interval it shows lies beyond the bounds beside it ("almost
    2,600" is [2470, 2599], and a running total past an exchange of at least 230 leaves
    [2470, 2598]). Values the bounds leave none of are shown as said: those figures are
    in conflict, and the table says so.
    """
    if bounds.is_empty or bounds.contains(shared):
        return None
    cut = shared & bounds
    return None if cut.is_empty else cut


def _shared(bounds: Interval, shared: Interval | None, shown: _Unit) -> str:
    """Values figures share, cut to the bounds (:func:`cut_to`), saying so when cut."""
    cut = None if shared is None else cut_to(bounds, shared)
    return shown.interval(shared) if cut is None else shown.interval(cut) + CUT


def _clusters(finding: Finding, shown: _Unit) -> str:
    """The agreeing groups when there are several, by their shared values: "[230, 230]; [231,
    250] (cut at the bounds)" (each cut to the finding's bounds, :func:`cut_to`).

    Which figures are in each is in JSON and in :attr:`Finding.clusters`.
    """
    clusters = finding.clusters
    if len(clusters) < 2:
        return _NONE
    return "; ".join(_shared(finding.bounds, c.common, shown) for c in clusters)


def _figure_text(group: Sequence[Figure], notes: _Notes | None, revised: Set[str]) -> str:
    """A statement's words with the marks of its own sources, then the earlier releases it
    revised, each with its own marks: "312 [1] (revised from at least 120 [2], nearly 300 [3])".

    The marks of a release are those of the figure and of the figures that cite it, so the
    latest words never carry the footnotes of what they replaced. Sources are numbered in
    the order shown (this statement's, then each earlier release's).
    """
    own, earlier = releases(group, revised)

    def marked(figures: Sequence[Figure]) -> str:
        marks = _marks(notes.number(f.source) for f in figures) if notes is not None else ""
        return _with_marks(figures[0].statement, marks)

    text = marked(own)
    if earlier:
        text += f" (revised from {', '.join(marked(e) for e in earlier)})"
    return text


def _source_fields(source: Source, *, quote_marks: bool = True) -> dict[str, str]:
    quote = source.quote or ""
    return {
        "said by": source.name,
        "role": source.role or "",
        "side": source.affiliation or "",
        "via": ", ".join(source.via),
        "published": source.published.isoformat() if source.published else "",
        "url": source.url or "",
        "quote": f"“{quote}”" if quote and quote_marks else quote,
    }


_SOURCE_KEYS: Final = ("said by", "role", "side", "via", "published", "url", "quote")
_JSON_SOURCE_KEYS: Final = {
    "said by": "name",
    "role": "role",
    "side": "affiliation",
    "via": "via",
    "published": "published",
    "url": "url",
    "quote": "quote",
}


def _source_json(number: int | None, source: Source) -> dict[str, Any]:
    return {
        "number": number,
        "name": source.name,
        "role": source.role,
        "affiliation": source.affiliation,
        "via": list(source.via),
        "published": source.published.isoformat() if source.published else None,
        "url": source.url,
        "quote": source.quote,
        "id": source.id,
    }


def _source_table(
    numbered: Sequence[tuple[int | None, Source]], fmt: str, *, formulas: Formulas = "escape"
) -> str:
    """The sources as a table, dropping columns no source fills."""
    rows = [_source_fields(s) for _, s in numbered]
    keys = [k for k in _SOURCE_KEYS if any(r[k] for r in rows)]
    body = [
        [_UNCITED if n is None else f"[{n}]", *(_cell(r[k]) for k in keys)]
        for (n, _), r in zip(numbered, rows, strict=True)
    ]
    return _grid(["note", *keys], body, fmt, formulas=formulas)


def _join(parts: Sequence[str]) -> str:
    return "\n\n".join(p for p in parts if p)


# -- the findings table --------------------------------------------------------------


def _optional_columns(report: Report) -> tuple[bool, bool]:
    """Whether the findings table shows plausible estimates, and agreeing groups (once)."""
    plausible = clusters = False
    for f in report.findings:
        plausible = plausible or f.plausible is not None
        clusters = clusters or len(f.clusters) > 1
        if plausible and clusters:
            break
    return plausible, clusters


def _finding_row(
    finding: Finding,
    report: Report,
    notes: _Notes | None,
    labels: bool,
    columns: tuple[bool, bool] | None = None,
) -> list[str]:
    groups = _statements(finding)
    revised = _revised(finding)
    figures = "; ".join(_figure_text(g, notes, revised) for g in groups)
    shown = _unit(report.dataset, finding.measure)
    readings = "; ".join(shown.interval(finding.readings.get(g[0].id)) for g in groups)
    est = finding.estimate
    row = [
        _cell(_measure_name(report.dataset, finding.measure, labels)),
        finding.dated,
        _cell(figures),
        readings if finding.readings else _NONE,
        TIED if finding.tied else _shared(finding.bounds, finding.consensus, shown),
        shown.triple(est.low, est.best, est.high),
    ]
    plausible, clusters = columns if columns is not None else _optional_columns(report)
    if plausible:
        row.append(_cell(_plausible(finding)))
    if clusters:
        row.append(_cell(_clusters(finding, shown)))
    return [*row, str(finding.independent_sources), finding.status]


def _conflict_figures(conflict: Conflict, dataset: Dataset, notes: _Notes | None) -> str:
    shown: list[str] = []
    for fid in conflict.figures:
        try:
            f = dataset.figure(fid)
        except KeyError:
            shown.append(fid)
            continue
        mark = _marks([notes.number(f.source)]) if notes is not None else ""
        shown.append(_with_marks(f.statement, mark))
    return "; ".join(shown)


def _summary(report: Report) -> str:
    counts = {
        s: sum(f.status == s for f in report.findings)
        for s in ("consistent", "derived", "tension", "contradiction")
    }
    detail = ", ".join(f"{n} {s}" for s, n in counts.items() if n)
    plural = "s" if len(report.findings) != 1 else ""
    return (
        f"Reconciliation under the {report.reading} reading: {len(report.findings)}"
        f" finding{plural}" + (f" ({detail})" if detail else "")
    )


def _findings_headers(report: Report) -> list[str]:
    plausible, clusters = _optional_columns(report)
    return [
        "measure",
        "as of",
        "figures (as reported)",
        f"{report.reading} reading",
        "consensus",
        "low / best / high",
        *(["plausible (estimates)"] if plausible else []),
        *(["agreeing groups"] if clusters else []),
        "independent statements",
        "status",
    ]


def _findings(report: Report, opts: _Options) -> str:
    notes = _Notes() if opts.footnotes else None
    columns = _optional_columns(report)
    rows = [_finding_row(f, report, notes, opts.labels, columns) for f in report.findings]
    dated = dated_conflicts(report)
    conflict_rows = [
        [
            str(i),
            c.kind,
            c.cause,
            _cell(_measure_name(report.dataset, c.measure, opts.labels)),
            dated(c),
            _cell(_conflict_figures(c, report.dataset, notes)),
            _cell(", ".join(c.relations)) or _NONE,
            _cell(c.explanation),
        ]
        for i, c in enumerate(report.conflicts, start=1)
    ]
    if opts.fmt == "json":
        return _findings_json(report, notes, opts)
    if opts.fmt == "csv":
        return _findings_csv(report, notes, opts)
    headers = _findings_headers(report)
    parts = [
        _title(_summary(report), opts.fmt),
        _grid(headers, rows, opts.fmt, formulas=opts.formulas),
    ]
    if opts.conflicts and conflict_rows:
        conflict_headers = ["#", "kind", "cause", "measure", "as of", "figures", "relations", "why"]
        if opts.fmt in _MARKDOWN:
            # A Markdown row is one line, and a paragraph in a cell makes it a very wide
            # one: the explanations go below the table, numbered as its rows are.
            table = _grid(
                conflict_headers[:-1],
                [r[:-1] for r in conflict_rows],
                opts.fmt,
                formulas=opts.formulas,
            )
            why = "\n".join(
                f"{i}. {_markdown_text(_cell(c.explanation))}"
                for i, c in enumerate(report.conflicts, 1)
            )
            parts += [_title("Conflicts", opts.fmt), table, "Why:", why]
        else:
            table = _grid(
                conflict_headers, conflict_rows, opts.fmt, wrap={7: _WRAP}, formulas=opts.formulas
            )
            parts += [_title("Conflicts", opts.fmt), table]
    revisions = _revision_rows(report, notes, opts.labels)
    if revisions:
        headers = ["measure", "as of", "revised figure", "by", "change"]
        parts += [
            _title("Revisions", opts.fmt),
            _grid(headers, revisions, opts.fmt, formulas=opts.formulas),
        ]
    if notes is not None and notes.numbers:
        parts += [
            _title("Sources", opts.fmt),
            _source_table(notes.sources(), opts.fmt, formulas=opts.formulas),
        ]
    return _join(parts)


def _revision_rows(report: Report, notes: _Notes | None, labels: bool) -> list[list[str]]:
    """One row per revision (listed once, under the finding of the revising figure)."""
    rows: list[list[str]] = []
    seen: set[tuple[str, str]] = set()
    for finding in report.findings:
        for r in finding.revisions:
            if (r.old, r.new) in seen:
                continue
            seen.add((r.old, r.new))
            old, new = report.dataset.figure(r.old), report.dataset.figure(r.new)
            marks = [_marks([notes.number(f.source)]) if notes else "" for f in (old, new)]
            rows.append(
                [
                    _cell(_measure_name(report.dataset, finding.measure, labels)),
                    str(old.as_of),
                    _cell(_with_marks(old.statement, marks[0])),
                    _cell(_with_marks(new.statement, marks[1])),
                    _NONE
                    if r.change is None
                    else f"{'+' if r.change > 0 else ''}{format_number(r.change)}",
                ]
            )
    return rows


def _findings_json(report: Report, notes: _Notes | None, opts: _Options) -> str:
    numbers = {c: i for i, c in enumerate(report.conflicts, start=1)}

    def figure(f: Figure, finding: Finding, newer: Mapping[str, str]) -> dict[str, Any]:
        reading = finding.readings.get(f.id)
        return {
            "id": f.id,
            "statement": f.statement,
            **({"basis": f.basis} if f.basis != "count" else {}),
            **({"cites": f.cites} if f.cites is not None else {}),
            **({"revises": f.revises} if f.revises is not None else {}),
            # An earlier release: its footnote is its own source, not the latest figure's.
            **({"revised_by": newer[f.id]} if f.id in newer else {}),
            "as_of": str(f.as_of),
            "reading": _interval(reading) if reading is not None else None,
            "footnote": notes.number(f.source) if notes is not None else None,
        }

    def figures(finding: Finding) -> list[dict[str, Any]]:
        newer = {r.old: r.new for r in finding.revisions}
        return [figure(x, finding, newer) for x in finding.figures]

    findings = [
        {
            "measure": f.measure,
            "label": _measure_name(report.dataset, f.measure, True),
            "unit": _unit_name(report.dataset, f.measure),
            "as_of": str(f.as_of) if f.as_of is not None else None,
            "status": f.status,
            "figures": figures(f),
            "agreeing": [x.id for x in f.agreeing],
            "consensus": str(f.consensus) if f.consensus is not None else None,
            "tied": f.tied,
            "bounds": str(f.bounds),
            "estimate": {
                "low": None if f.estimate.low is None else format_number(f.estimate.low),
                "best": None if f.estimate.best is None else format_number(f.estimate.best),
                "high": None if f.estimate.high is None else format_number(f.estimate.high),
                "rule": f.estimate.rule,
            },
            "independent_sources": f.independent_sources,
            "clusters": [{"figures": list(c.figures), "common": str(c.common)} for c in f.clusters],
            **({"plausible": _plausible_json(f)} if f.plausible is not None else {}),
            **(
                {
                    "revisions": [
                        {
                            "old": r.old,
                            "new": r.new,
                            "change": None if r.change is None else format_number(r.change),
                        }
                        for r in f.revisions
                    ]
                }
                if f.revisions
                else {}
            ),
            # Each conflict of the finding by its place in the top-level "conflicts" (from
            # 1): a conflict filed under another measure's finding may make this one's status.
            **({"conflicts": [numbers[c] for c in f.conflicts]} if opts.conflicts else {}),
        }
        for f in report.findings
    ]
    conflicts = [
        {
            "kind": c.kind,
            "cause": c.cause,
            "measure": c.measure,
            "as_of": str(c.as_of) if c.as_of is not None else None,
            "figures": list(c.figures),
            "relations": list(c.relations),
            "explanation": c.explanation,
        }
        for c in report.conflicts
    ]
    document: dict[str, Any] = {
        "reading": report.reading,
        "status": report.status,
        "findings": findings,
    }
    if opts.conflicts:
        document["conflicts"] = conflicts
    if notes is not None:
        document["footnotes"] = [_source_json(n, s) for n, s in notes.sources()]
    return json.dumps(document, indent=2, ensure_ascii=False)


def _plausible_json(f: Finding) -> dict[str, Any]:
    p = f.plausible
    assert p is not None
    return {
        "figures": list(p.figures),
        "best": p.best,
        "low": p.low,
        "high": p.high,
        "confidence": p.confidence,
        "model": p.model,
        "q": p.q,
        "p_value": p.p_value,
        "i2": p.i2,
        "tau2": p.tau2,
        "cut": p.cut or None,
    }


def _findings_csv(report: Report, notes: _Notes | None, opts: _Options) -> str:
    headers = [
        "measure",
        "label",
        "unit",
        "as_of",
        "status",
        "figures",
        "statements",
        "readings",
        "consensus",
        "tied",
        "bounds",
        "low",
        "best",
        "high",
        "independent_sources",
        "sources",
        "conflicts",
    ]
    # What the estimates say together, as the text table's "plausible" column: only when
    # some finding has estimates, so data sets of counts keep their columns.
    plausible = _optional_columns(report)[0]
    if plausible:
        headers += [f"plausible_{k}" for k in _PLAUSIBLE_CSV]
    rows: list[list[str]] = [headers]
    for f in report.findings:
        groups = _statements(f)
        sources = [x.source.chain for x in f.figures if x.source is not None]
        rows.append(
            [
                f.measure,
                _measure_name(report.dataset, f.measure, True),
                _unit_name(report.dataset, f.measure) or "",
                str(f.as_of) if f.as_of is not None else "",
                f.status,
                "; ".join(x.id for x in f.figures),
                "; ".join(_figure_text(g, None, _revised(f)) for g in groups),
                "; ".join(_interval(f.readings.get(g[0].id)) for g in groups),
                str(f.consensus) if f.consensus is not None else "",
                # As JSON and to_frame give it: with tied sets the consensus is one of them.
                "true" if f.tied else "false",
                str(f.bounds),
                "" if f.estimate.low is None else format_number(f.estimate.low),
                "" if f.estimate.best is None else format_number(f.estimate.best),
                "" if f.estimate.high is None else format_number(f.estimate.high),
                str(f.independent_sources),
                "; ".join(dict.fromkeys(sources)),
                " | ".join(c.explanation for c in f.conflicts) if opts.conflicts else "",
                *(_plausible_csv(f) if plausible else []),
            ]
        )
    return _csv(rows, opts.formulas)


#: The plausible columns of the csv findings table (floats: statistical quantities).
_PLAUSIBLE_CSV: Final = ("model", "best", "low", "high", "confidence", "i2", "figures", "cut")


def _plausible_csv(f: Finding) -> list[str]:
    """The finding's pooled estimate as csv cells, empty without estimates."""
    if f.plausible is None:
        return [""] * len(_PLAUSIBLE_CSV)
    cells = _plausible_json(f)
    return [
        "; ".join(v) if isinstance(v := cells[k], list) else "" if v is None else str(v)
        for k in _PLAUSIBLE_CSV
    ]


# -- the figures and sources tables --------------------------------------------------


def _readings(report: Report | None) -> Mapping[str, Interval]:
    if report is None:
        return {}
    merged: dict[str, Interval] = {}
    for finding in report.findings:
        merged.update(finding.readings)
    return merged


def _figures(dataset: Dataset, report: Report | None, opts: _Options) -> str:
    notes = _Notes() if opts.footnotes else None
    readings = _readings(report)
    reading_header = [f"{report.reading} reading"] if report is not None else []
    if opts.fmt == "json":
        figures = [
            {
                "id": f.id,
                "measure": f.measure,
                "unit": _unit_name(dataset, f.measure),
                "as_of": str(f.as_of),
                "statement": f.statement,
                "interval": _interval(f.exact_interval) if f.exact_interval is not None else None,
                "reading": str(readings[f.id]) if f.id in readings else None,
                "footnote": notes.number(f.source) if notes is not None else None,
                "note": f.note,
            }
            for f in dataset.figures
        ]
        document: dict[str, Any] = {"figures": figures}
        if report is not None:
            document["reading"] = report.reading
        if notes is not None:
            document["footnotes"] = [_source_json(n, s) for n, s in notes.sources()]
        return json.dumps(document, indent=2, ensure_ascii=False)
    if opts.fmt == "csv":
        keys = [*_SOURCE_KEYS]
        rows = [
            [
                f.id,
                f.measure,
                str(f.as_of),
                f.statement,
                *([_interval(readings.get(f.id))] if report is not None else []),
                f.note,
                *(_source_fields(f.source, quote_marks=False)[k] if f.source else "" for k in keys),
            ]
            for f in dataset.figures
        ]
        headers = [
            "id",
            "measure",
            "as_of",
            "statement",
            *(["reading"] if report is not None else []),
            "note",
            *(_JSON_SOURCE_KEYS[k] for k in keys),
        ]
        return _csv([headers, *rows], opts.formulas)
    body = [
        [
            f.id,
            _cell(_measure_name(dataset, f.measure, opts.labels)),
            str(f.as_of),
            _cell(_with_marks(f.statement, _marks([notes.number(f.source)]) if notes else "")),
            *(
                [_unit(dataset, f.measure).interval(readings.get(f.id))]
                if report is not None
                else []
            ),
            _cell(f.source.name) if f.source is not None else "",
        ]
        for f in dataset.figures
    ]
    headers = ["id", "measure", "as of", "as reported", *reading_header, "said by"]
    parts = [_grid(headers, body, opts.fmt, formulas=opts.formulas)]
    if notes is not None and notes.numbers:
        parts += [
            _title("Sources", opts.fmt),
            _source_table(notes.sources(), opts.fmt, formulas=opts.formulas),
        ]
    return _join(parts)


#: The note of a source the data set lists but no figure cites: it has no footnote number.
_UNCITED: Final = "(no figure)"


def _speaker_key(source: Source) -> tuple[object, ...]:
    """A source without its quote: who said it, how it travelled, when and where."""
    return (source.name, source.role, source.affiliation, source.via, source.url, source.published)


def numbered_sources(dataset: Dataset, report: Report | None) -> list[tuple[int | None, Source]]:
    """The sources table's rows: the footnote numbers of the main table, then the listed
    sources no figure cites, without a number (the one list ``tabulate(...,
    table="sources")`` and ``Report.to_frame("sources")`` show).

    For a report the numbers are those of its findings table (:func:`footnote_sources`);
    for a data set, those of its figures table (order of first citation). A listed source
    that a figure cites with a quote (the same speaker, outlets and date) is not listed
    again without it.
    """
    if report is not None:
        cited = list(footnote_sources(report))
    else:
        cited = list(dict.fromkeys(f.source for f in dataset.figures if f.source is not None))
    used = {f.source for f in dataset.figures if f.source is not None}
    keys = {_speaker_key(s) for s in used}
    unused = [s for s in dataset.all_sources if s not in used and _speaker_key(s) not in keys]
    return [*enumerate(cited, start=1), *((None, s) for s in dict.fromkeys(unused))]


def _sources(dataset: Dataset, report: Report | None, opts: _Options) -> str:
    numbered = numbered_sources(dataset, report)
    if opts.fmt == "json":
        return json.dumps(
            {"sources": [_source_json(n, s) for n, s in numbered]}, indent=2, ensure_ascii=False
        )
    if opts.fmt == "csv":
        rows = [["number", *(_JSON_SOURCE_KEYS[k] for k in _SOURCE_KEYS)]]
        rows += [
            [
                "" if n is None else str(n),
                *(_source_fields(s, quote_marks=False)[k] for k in _SOURCE_KEYS),
            ]
            for n, s in numbered
        ]
        return _csv(rows, opts.formulas)
    if not numbered:
        return _grid(["note", "said by"], [], opts.fmt, formulas=opts.formulas)
    return _source_table(numbered, opts.fmt, formulas=opts.formulas)
