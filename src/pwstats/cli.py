"""The ``pwstats`` command: a thin adapter from argv to the library.

Every subcommand imports what it needs when it runs, so ``pwstats --help``
stays fast. :func:`main` returns the exit status and never calls
``sys.exit``: 0 for success, 1 when ``pwstats check`` finds a contradiction,
2 for input that cannot be read (one line per problem on stderr, no
traceback unless ``--debug``), and 141 without a word when a closed pipe cuts
the output short (``pwstats reconcile | head``), as a shell reports a command
that a closed pipe ended.

>>> main(["--version"])
pwstats ...
0
"""

from __future__ import annotations

import argparse
import contextlib
import functools
import json
import math
import os
import re
import sys
from collections.abc import Callable, Iterator, Sequence
from typing import TYPE_CHECKING, Any, Final, NoReturn

if TYPE_CHECKING:
    from fractions import Fraction

    from pwstats.frames import DateOrder, Preset
    from pwstats.model import Dataset, Figure
    from pwstats.parse.amounts import Locale
    from pwstats.rejected import OnBadRecords, Rejected
    from pwstats.report import Because, Reading, Report
    from pwstats.stats import Statistics

__all__ = ["main"]

READINGS: Final[tuple[Reading, ...]] = ("literal", "pragmatic", "lenient")
STATUSES: Final = ("consistent", "derived", "tension", "contradiction")
PLOT_NEEDS: Final = "pwstats plot needs matplotlib: pip install 'pwstats[plot]'"
PRESET_NEEDS: Final = "--preset needs pandas: pip install 'pwstats[pandas]'"
#: ``pwstats.frames.PRESETS`` and ``DATE_ORDERS``, which ``--help`` must not import (attrs);
#: a test keeps them equal.
PRESETS: Final[tuple[Preset, ...]] = ("ucdp-ged", "acled", "hxl")
DATE_ORDERS: Final[tuple[DateOrder, ...]] = ("day-first", "month-first")
#: The status when a closed pipe cuts the output short: 128 + SIGPIPE, what a shell
#: reports for a command that the signal ended (``git log | head`` gives the same).
BROKEN_PIPE_STATUS: Final = 141
#: The status when pwstats itself fails (a bug, such as an OverflowError): never 1, which
#: ``check`` gives for a contradiction, nor 2, which means unreadable input.
INTERNAL_ERROR_STATUS: Final = 3
#: Suffixes that make an argument of ``bound`` or ``plot`` a data file, not a measure id.
DATA_SUFFIXES: Final = (".toml", ".json", ".csv")
#: How many measure ids an error lists when the measure is missing.
_IDS_SHOWN: Final = 5

_DESCRIPTION: Final = """\
Reconcile, bound and tabulate reported figures that disagree.

Each figure is a sourced, dated, possibly hedged quantity ("almost 2,600",
"more than 230"); pwstats says which figures can all be true together, which
cannot and why, and prints the result with every number footnoted to its source.
"""

_EPILOG: Final = """\
examples:
  pwstats reconcile                      reconcile the bundled seed data set
  pwstats reconcile data.toml --format grid
  pwstats bound ua-returned-total --at 2024-01-10
  pwstats plot data.toml ua-held -o held.png   (the measure may also come before the files)
  pwstats parse "almost 2,600"
  pwstats check data.toml && echo "no contradiction"
  pwstats total events.csv --by conflict,year --stat median

exit status: 0 success, 1 a contradiction was found (check), 2 unreadable input,
3 an internal error (a bug in pwstats), 141 the output was cut short by a closed pipe
(pwstats reconcile | head).
"""


class CommandError(Exception):
    """A problem with the command's input, printed as one line (exit status 2)."""


# -- subcommands ------------------------------------------------------------------------


def _load(paths: Sequence[str], args: argparse.Namespace) -> Dataset:
    """The data set in ``paths``, or the bundled seed data set when none is given.

    ``args.on_bad_records`` is ``--on-bad-records``: ``raise``, ``skip``, or ``warn``
    (skip, printing each rejected record to standard error). With ``--preset``, each
    file is a CSV export of that data set, read by :func:`pwstats.from_frame`.
    """
    from pwstats.io import load, seeds

    if "-" in paths and not os.path.exists("-"):
        raise CommandError(
            f"-: {args.command} reads data files, not standard input (only extract reads it):"
            " save the data to a file and name it"
        )
    on_bad_records = getattr(args, "on_bad_records", "raise")
    preset = getattr(args, "preset", None)
    if preset is not None:
        return _load_exports(paths, preset, args.date_order, on_bad_records, args.command)
    if getattr(args, "date_order", None) is not None:
        raise CommandError(
            "--date-order reads the numeric dates of an export given with --preset; a data"
            " file's dates are ISO (YYYY-MM-DD)"
        )
    if not paths:
        return seeds()
    if on_bad_records == "raise":
        return load(*paths, on_bad_records="raise")
    rejected: list[object] = []

    def policy(record: object) -> None:
        rejected.append(record)
        if on_bad_records == "warn":
            _warn(args.command, record)

    dataset = load(*paths, on_bad_records=policy)
    args.rejected = len(rejected)  # for a summary to say how many were left out
    return dataset


def _load_exports(
    paths: Sequence[str],
    preset: Preset,
    date_order: DateOrder | None,
    on_bad_records: str,
    command: str,
) -> Dataset:
    """The data set of CSV exports of a published data set (``--preset``), one figure a row.

    Each file's rejected rows and warnings are one line each, naming the file; the
    library's keywords are named as the command's options (``--date-order``). A pwstats
    data file among them (TOML, JSON, or a CSV with a ``measure`` column whose header no
    preset fits: the populations beside a GED export, for a rate) is read as one, so
    exports and data files can be combined.
    """
    import warnings

    if not paths:
        raise CommandError(f"--preset {preset} reads the CSV files given: name one")
    try:
        import pandas
    except ImportError:
        raise CommandError(PRESET_NEEDS) from None
    from pwstats.errors import DatasetError, DatasetErrors
    from pwstats.frames import from_export

    parts: list[tuple[str, Dataset]] = []
    for path in paths:
        if path.lower().endswith((".toml", ".json")):
            parts.append((path, _data_file(path, on_bad_records, command)))
            continue
        frame, sep = _read_export(pandas, path)
        if _is_data_csv(frame):
            parts.append((path, _data_file(path, on_bad_records, command)))
            continue
        policy: OnBadRecords = "raise"
        if on_bad_records != "raise":
            policy = functools.partial(_rejected_row, command, path, on_bad_records == "warn")
        with warnings.catch_warnings(record=True) as caught:
            warnings.simplefilter("always")
            try:
                part = from_export(
                    frame,
                    preset=preset,
                    file=path,
                    lines=functools.partial(_record_lines, path, sep, len(frame)),
                    date_order=date_order,
                    on_bad_records=policy,
                )
                parts.append((path, part))
            except DatasetErrors as exc:  # each problem located in its file
                leaves = [e for e in exc.exceptions if isinstance(e, DatasetError)]
                if len(leaves) < len(exc.exceptions):
                    raise
                raise DatasetErrors.of([e.located(file=path) for e in leaves]) from exc
        for warning in caught:
            _warning(command, f"{path}: {_option_words(str(warning.message))}")
    if len(parts) == 1:
        return parts[0][1]
    return _combined_exports(parts, on_bad_records, command)


def _data_file(path: str, on_bad_records: str, command: str) -> Dataset:
    """A pwstats data file among ``--preset`` exports, read as ``_load`` reads one."""
    return _load([path], argparse.Namespace(command=command, on_bad_records=on_bad_records))


def _is_data_csv(frame: Any) -> bool:
    """Whether a CSV read for ``--preset`` is a pwstats data file: a ``measure`` column and
    a header that no preset fits."""
    from pwstats.frames import preset_of

    names = [str(c).strip().lower() for c in frame.columns]
    first = [str(v) for v in frame.iloc[0]] if len(frame) else []
    return "measure" in names and preset_of(names, first) is None


def _combined_exports(
    parts: Sequence[tuple[str, Dataset]], on_bad_records: str, command: str
) -> Dataset:
    """The exports' data sets as one; an event in an earlier file too is named per file.

    Exports that overlap (two releases of a data set, one file twice) would give one
    error per repeated id; instead each later file says once how many of its events an
    earlier file holds. With ``--on-bad-records skip`` or ``warn`` the earlier file's
    rows are kept and the repeats left out (``warn`` prints that line as a warning).
    """
    from pwstats.errors import DatasetError, DatasetErrors
    from pwstats.model import Dataset

    first: dict[str, str] = {}  # figure id -> the file that gave it first
    problems: list[DatasetError] = []
    measures, figures = [], []
    relations = [r for _, part in parts for r in part.relations]  # a data file's relations
    for path, part in parts:
        again: dict[str, list[str]] = {}
        for f in part.figures:
            where = first.get(f.id)
            if where is not None:
                again.setdefault(where, []).append(f.id)
        repeated = {i for ids in again.values() for i in ids}
        for earlier, ids in again.items():
            shown = ", ".join(ids[:_IDS_SHOWN]) + (
                f" and {len(ids) - _IDS_SHOWN:,} more" if len(ids) > _IDS_SHOWN else ""
            )
            said = (
                f"{_count(len(ids), 'event')} of this file {'is' if len(ids) == 1 else 'are'}"
                f" also in {earlier} ({shown})"
            )
            if on_bad_records == "raise":
                problems.append(
                    DatasetError(
                        f"{said}: give each event once, or --on-bad-records skip to keep"
                        f" {earlier}'s",
                        file=path,
                    )
                )
            elif on_bad_records == "warn":
                _warning(command, f"{path}: {said}: left out, {earlier}'s kept")
        kept = [f for f in part.figures if f.id not in repeated]
        dropped = {f.measure for f in part.figures if f.id in repeated}
        dropped -= {f.measure for f in kept}
        measures += [m for m in part.measures if m.id not in dropped]
        figures += kept
        first.update((f.id, path) for f in kept)
    if problems:
        raise DatasetErrors.of(problems)
    return Dataset(measures=measures, figures=figures, relations=relations)


def _read_export(pandas: Any, path: str) -> tuple[Any, str]:
    """The frame of one CSV export, as ``pandas.read_csv(path)`` reads it, and its delimiter.

    Its delimiter is a data file's (:func:`pwstats.io.rows.delimiter`): a spreadsheet
    saved with semicolons is read as it is.

    A file that cannot be read is one :class:`~pwstats.errors.DatasetError` naming
    it (and the line, where one is to blame), never pandas' or the codec's own words.
    """
    from pwstats.errors import DatasetError
    from pwstats.io.files import wide_encoding, wide_text
    from pwstats.io.rows import delimiter

    sep, head = ",", b""
    if os.path.isfile(path):  # a pipe's header cannot be read twice: it stays comma-separated
        with contextlib.suppress(OSError):
            with open(path, "rb") as handle:
                head = handle.read(1 << 16).removeprefix(b"\xef\xbb\xbf")
            wide = wide_encoding(head)
            if wide is not None:  # pandas reads UTF-16 without a mark as NULs between letters
                raise DatasetError(f"{wide_text(wide)} (a spreadsheet's 'CSV UTF-8')", file=path)
            sep = delimiter(head.decode("utf-8", errors="replace"))
    try:
        frame = pandas.read_csv(path, sep=sep, low_memory=False)
        if not isinstance(frame.index, pandas.RangeIndex):
            frame = _without_trailing_cells(pandas, path, sep)
        return _header_as_written(frame, head, sep), sep
    except FileNotFoundError:
        raise DatasetError("no such file", file=path) from None
    except IsADirectoryError:
        raise DatasetError("is a directory, not a data file", file=path) from None
    except PermissionError:
        raise DatasetError("permission denied: cannot read the file", file=path) from None
    except UnicodeDecodeError:
        offset, line, byte = _first_bad_utf8(path)
        raise DatasetError(
            f"not UTF-8: byte 0x{byte:02X} at offset {offset} cannot be read; save the file"
            " as UTF-8 (a spreadsheet's 'CSV UTF-8' format)",
            file=path,
            line=line,
        ) from None
    except pandas.errors.EmptyDataError:
        raise DatasetError("empty file: it holds no header and no rows", file=path) from None
    except pandas.errors.ParserError as exc:
        raise DatasetError(f"not a readable CSV file: {exc}", file=path) from None


def _header_as_written(frame: Any, head: bytes, sep: str) -> Any:
    """``frame`` with the names its file's header gives them, when a name is given twice.

    pandas renames the second ``fatalities`` to ``fatalities.1``, so the first would be
    read and the second never; under the header's own names, a column the preset reads
    that is named twice is an error naming it.
    """
    import csv

    lines = head.decode("utf-8", errors="replace").splitlines()
    names = next(csv.reader(lines[:1], delimiter=sep), [])
    if len(set(names)) == len(names) or len(names) != len(frame.columns):
        return frame
    return frame.set_axis(names, axis=1)


def _without_trailing_cells(pandas: Any, path: str, sep: str) -> Any:
    """The frame of an export whose rows each have one cell more than its header.

    pandas then takes the first column as the index and shifts every name one column
    to the right of its cells. A delimiter at the end of each row (an empty last cell)
    is a quirk of some exports and is dropped; a last cell holding data is an error.
    """
    from pwstats.errors import DatasetError

    names = pandas.read_csv(path, sep=sep, nrows=0).columns
    body = pandas.read_csv(path, sep=sep, low_memory=False, header=None, skiprows=1)
    last = body.columns[-1]
    if len(body.columns) != len(names) + 1 or not body[last].isna().all():
        raise DatasetError(
            f"each row has {len(body.columns)} cells but the header names {len(names)}"
            " columns: give each column a name, or remove the extra cells",
            file=path,
            line=2,
        )
    body = body.drop(columns=last)
    body.columns = names
    return body


def _record_lines(path: str, sep: str, rows: int) -> list[int] | None:
    """The line each row of an export's frame starts on, or None if that cannot be told.

    pandas skips blank lines (and lines of spaces) and reads a quoted cell across line
    breaks, so a row's line is not its position plus two; the file is read again (only
    when a row must be named) by the csv module, and the rows it finds must be the
    frame's in number. None for a pipe, which cannot be read twice.
    """
    import csv

    starts: list[int] = []
    try:
        with open(path, encoding="utf-8-sig", newline="") as handle:
            reader = csv.reader(handle, delimiter=sep)
            end = 0
            for record in reader:
                start, end = end + 1, reader.line_num
                if len(record) > 1 or (record and record[0].strip()):
                    starts.append(start)
    except (OSError, UnicodeDecodeError, csv.Error):
        return None
    return starts[1:] if len(starts) == rows + 1 else None


def _first_bad_utf8(path: str) -> tuple[int, int, int]:
    """The offset, line and value of the first byte of ``path`` that is not UTF-8."""
    import codecs

    decoder = codecs.getincrementaldecoder("utf-8")()
    offset = lines = 0  # bytes and line breaks before the current chunk
    with open(path, "rb") as handle:
        while True:
            chunk = handle.read(1 << 20)
            held = len(decoder.getstate()[0])  # a character's first bytes, from the last chunk
            try:
                decoder.decode(chunk, final=not chunk)
            except UnicodeDecodeError as exc:
                data = exc.object  # the held bytes, then the chunk
                line = lines + data.count(b"\n", 0, exc.start) + 1
                return offset - held + exc.start, line, data[exc.start]
            if not chunk:
                return offset, lines + 1, 0
            offset += len(chunk)
            lines += chunk.count(b"\n")


def _rejected_row(command: str, path: str, shown: bool, row: Rejected) -> None:
    """A row ``--preset`` reading rejected: printed on stderr, naming the file, if ``shown``."""
    if shown:  # a row named by its line names its file; one named by its place does not
        where = "" if row.file is not None else f"{path}: "
        _warning(command, where + _option_words(str(row)))


def _warn(command: str, rejected: object) -> None:
    _warning(command, str(rejected))


def _warning(command: str, message: str) -> None:
    """One warning line on stderr, naming the command as its errors do."""
    print(f"pwstats {command}: warning: {message}", file=sys.stderr)


#: Where a command looked when no data file was given.
SEEDS_NOTE: Final = (
    "in the bundled seed data set (no data file was given: name a .toml, .json or .csv file"
    " to use your own)"
)


def _measure_id(dataset: Dataset, measure: str, command: str, *, seeds: bool = False) -> str:
    """The id of the measure ``measure`` names: its id or, with a note on stderr, its label.

    A label is matched ignoring case and spacing; an unknown name is an error that
    suggests the nearest id or label, and says that the seed data set was searched
    when ``seeds`` is true.
    """
    try:
        return dataset.measure(measure).id
    except KeyError as exc:
        message = str(exc.args[0]) if exc.args else f"no measure {measure!r}"
    wanted = " ".join(measure.casefold().split())
    by_label = [m for m in dataset.measures if " ".join(m.label.casefold().split()) == wanted]
    if len(by_label) == 1:
        found = by_label[0].id
        print(
            f"pwstats {command}: taking {measure!r} as the label of measure {found!r}"
            f" (give the id {found} to skip this note)",
            file=sys.stderr,
        )
        return found
    if "did you mean" not in message:
        from pwstats.suggest import closest

        labels = {m.label: m.id for m in dataset.measures}
        near = closest(measure, labels)
        if near is not None:
            message += f" (did you mean {labels[near]!r}, labelled {near!r}?)"
    if len(by_label) > 1:
        ids = ", ".join(m.id for m in by_label)
        message += f"; several measures have that label ({ids}): give one id"
    if seeds:
        message += f" {SEEDS_NOTE}"
    raise CommandError(message)


def _is_data_file(arg: str) -> bool:
    """Whether an argument names a data file: an existing file, or a name with a data suffix."""
    return arg.lower().endswith(DATA_SUFFIXES) or os.path.isfile(arg)


def _files_and_measure(
    operands: Sequence[str], verb: str, args: argparse.Namespace
) -> tuple[Dataset, str]:
    """The data set and measure id that ``[FILE ...] MEASURE`` names, in any order.

    An argument that is an existing file or ends in .toml, .json or .csv is a
    data file; exactly one other argument must remain, the measure id. With
    none, the error lists a few ids of the loaded data; with several, it names
    them. ``verb`` says what the measure is for ("bound", "plot").
    """
    files = [a for a in operands if _is_data_file(a)]
    others = [a for a in operands if not _is_data_file(a)]
    if len(others) > 1:
        named = ", ".join(map(repr, others[:-1])) + f" and {others[-1]!r}"
        raise CommandError(
            f"name one measure to {verb}, not {len(others)}: {named}"
            " (a data file must exist or end in .toml, .json or .csv)"
        )
    dataset = _load(files, args)
    if not others:
        ids = [m.id for m in dataset.measures]
        if not ids:
            raise CommandError(f"name the measure to {verb}: the data set defines no measure")
        shown = ", ".join(ids[:_IDS_SHOWN])
        if len(ids) > _IDS_SHOWN:
            shown += f", and {len(ids) - _IDS_SHOWN} more"
        where = f" {SEEDS_NOTE}" if not files else ""
        raise CommandError(f"name the measure to {verb} (one of: {shown}){where}")
    return dataset, _measure_id(dataset, others[0], args.command, seeds=not files)


def _reconcile(dataset: Dataset, args: argparse.Namespace) -> Report:
    from pwstats.reconcile import reconcile

    known_at = getattr(args, "known_at", None)
    report = reconcile(
        dataset,
        reading=args.reading,
        known_at=known_at,
        revisions=getattr(args, "revisions", "latest"),
    )
    later = len(dataset.figures) - len(report.dataset.figures)
    if known_at is not None and later:  # the table itself cannot say so in every format
        kept = len(report.dataset.figures)
        print(
            f"pwstats {args.command}: --known-at {known_at}: {kept} of"
            f" {len(dataset.figures)} figures were published by then; {later} published"
            f" later {'is' if later == 1 else 'are'} left out",
            file=sys.stderr,
        )
    return report


def cmd_reconcile(args: argparse.Namespace) -> int:
    """Print the reconciliation table of the data set, with conflicts and footnotes."""
    from pwstats.report import Report
    from pwstats.table import tabulate

    if args.output == "-":
        args.output = None  # standard output, as "-" means elsewhere
    if args.output is not None:
        _check_output(args.output, args.format)
    fmt = args.format or _format_of(args.output) or "github"
    dataset = _load(args.files, args)
    report = _reconcile(dataset, args)
    findings = report.findings
    if args.measure is not None:
        measure = _measure_id(dataset, args.measure, args.command, seeds=not args.files)
        findings = tuple(f for f in findings if f.measure == measure)
    if args.status is not None:
        findings = tuple(f for f in findings if f.status == args.status)
    shown = Report(dataset=report.dataset, reading=report.reading, findings=findings)
    text = tabulate(shown, fmt=fmt, table=args.table, labels=not args.ids, formulas=args.formulas)
    if args.output is None:
        _print(text, fmt)
        return 0
    if fmt in ("html", "unsafehtml"):
        from pwstats.notebook import html_page

        text = html_page(text, title="pwstats reconciliation")
    with open(args.output, "w", encoding="utf-8", newline="\n") as out:
        out.write(text if text.endswith("\n") else text + "\n")
    print(f"wrote {args.output}")
    return 0


#: The table format a file's suffix implies when ``--format`` is not given.
FORMAT_OF_SUFFIX: Final = {
    ".html": "html",
    ".htm": "html",
    ".json": "json",
    ".csv": "csv",
    ".md": "github",
    ".markdown": "github",
    ".txt": "github",
    ".tex": "latex",
}


def _check_output(output: str, fmt: str | None) -> None:
    """A CommandError, before any work, for ``-o FILE`` that would be written wrongly: a
    folder, a missing folder, or, without ``--format`` (which wins over the suffix), a
    suffix pwstats writes no table in."""
    if os.path.isdir(output) or output.endswith(("/", os.sep)):
        raise CommandError(f"{output}: names a folder; give a file name, such as table.html")
    _check_folder(output)
    suffix = os.path.splitext(output)[1].lower()
    implied = FORMAT_OF_SUFFIX.get(suffix)
    if fmt is None and implied is None:
        known = ", ".join(dict.fromkeys(FORMAT_OF_SUFFIX))
        raise CommandError(
            f"{output}: pwstats writes tables as {known} (the suffix gives the format),"
            f" not {suffix or 'a file without a suffix'}; for a spreadsheet write .csv and"
            " open it, or give --format"
        )


def _format_of(path: str | None) -> str | None:
    """The format ``-o FILE`` implies: ``page.html`` is html (see :data:`FORMAT_OF_SUFFIX`)."""
    if path is None:
        return None
    return FORMAT_OF_SUFFIX.get(os.path.splitext(path)[1].lower())


def _figure_line(dataset: Dataset, figure_id: str) -> str:
    try:
        f: Figure = dataset.figure(figure_id)
    except KeyError:
        return f"  figure {figure_id}"
    line = f"  figure {f.id}: {f.statement!r} as of {f.as_of}"
    if f.source is not None:
        published = f", {f.source.published.isoformat()}" if f.source.published else ""
        line += f" — {f.source.chain}{published}"
        if f.source.url:
            line += f" <{f.source.url}>"
    return line


def _relation_line(dataset: Dataset, relation_id: str) -> str:
    for r in dataset.relations:
        if r.id == relation_id:
            return f"  relation {r.id}: {r.describe()}"
    return f"  relation {relation_id}"


def _because_lines(name: str, end: str, because: Because, dataset: Dataset) -> list[str]:
    detail = because.detail or (
        "given by" if because.figures or because.relations else "nothing bounds it"
    )
    lines = [f"{name} {end}: {detail}"]
    lines += [_figure_line(dataset, f) for f in because.figures]
    lines += [_relation_line(dataset, r) for r in because.relations]
    return lines


def cmd_bound(args: argparse.Namespace) -> int:
    """Print the interval a measure must lie in at a date, and what gives each end."""
    from pwstats.dates import DateSpan
    from pwstats.interval import format_number
    from pwstats.reconcile import bound

    dataset, measure = _files_and_measure(args.operands, "bound", args)
    m = dataset.measure(measure)
    figures = dataset.figures_of(measure)
    if args.at is not None:
        at = DateSpan.parse(args.at)
        when = f" at {at}"
        if m.kind == "event":  # its bound does not depend on the date: say --at is not used
            when = f" (an event: its bound is the same at any date, {at} included)"
    elif m.kind == "event":
        # An event's bound does not depend on the date: any date will do.
        at = figures[0].as_of if figures else DateSpan.parse("2000")
        when = " (an event)"
    else:
        spans = sorted({str(f.as_of) for f in figures})
        said = f"; its figures speak of {', '.join(spans[:_IDS_SHOWN])}" if spans else ""
        more = f", and {len(spans) - _IDS_SHOWN} more" if len(spans) > _IDS_SHOWN else ""
        raise CommandError(
            f"give the date to bound {m.kind} measure {measure!r} at: --at YYYY, YYYY-MM or"
            f" YYYY-MM-DD{said}{more} (only an event measure needs no date)"
        )
    result = bound(
        dataset,
        measure,
        at=at,
        reading=args.reading,
        known_at=args.known_at,
        revisions=args.revisions,
    )
    iv = result.interval
    known = f", as published by {args.known_at}" if args.known_at is not None else ""
    print(f"{m.label} ({measure}){when}, bounded under the {args.reading} reading{known}: {iv}")
    if iv.is_empty:
        print("the figures and relations cannot all hold: no value is possible")
    ends = (("low ", iv.lo, iv.lo_closed, result.low), ("high", iv.hi, iv.hi_closed, result.high))
    for name, end, closed, because in ends:
        if not iv.is_empty and math.isinf(end):
            # Nothing bounds that side: no figure is "at most +inf" (nor "at least -inf").
            side, direction = ("upper", "above") if end > 0 else ("lower", "below")
            plain = f"no figure or relation bounds {measure} from {direction}"
            # The library's plain sentence reads shorter here; any other says why.
            why = because.detail if because.detail not in ("", plain) else None
            print(f"{name}: no {side} bound: {why or f'nothing bounds {measure} from {direction}'}")
            continue
        text = f"{format_number(end)} ({'included' if closed else 'excluded'})"
        for line in _because_lines(name, text, because, dataset):
            print(line)
    if result.set_aside:
        n = len(result.set_aside)
        print(
            f"set aside: {_count(n, 'figure')} in conflict with others, which the bound"
            f" does not take as true (see pwstats reconcile)"
        )
        for f in result.set_aside:
            print(_figure_line(dataset, f))
    return 0


def cmd_parse(args: argparse.Namespace) -> int:
    """Print how a hedged figure reads: its intervals, hedge, nominal number and unit."""
    from pwstats import units
    from pwstats.interval import format_number
    from pwstats.parse import parse

    units.dimension(args.unit)  # an unknown unit name is a UnitError, not echoed back
    readings: tuple[Reading, ...] = (args.reading,) if args.reading else READINGS
    amounts = {
        r: parse(
            args.text, reading=r, nonnegative=not args.signed, unit=args.unit, locale=args.locale
        )
        for r in readings
    }
    first = amounts[readings[0]]
    nominal = "" if first.nominal is None else format_number(first.nominal)
    lines = [
        ("text", first.text),
        ("hedge", first.hedge or ""),
        ("nominal", nominal),
        *([("code", format_number(first.code))] if first.code is not None else []),
        ("unit", first.unit or ""),
        *((r, str(a.interval)) for r, a in amounts.items()),
    ]
    width = max(len(k) for k, _ in lines) + 1
    for key, value in lines:
        print(f"{key + ':':<{width}} {value}".rstrip())
    return 0


#: The most text ``extract`` reads from a file or standard input, in bytes.
MAX_TEXT_BYTES: Final = 200 * 1024 * 1024


def _read_text(path: str) -> str:
    """The UTF-8 text of ``path`` (``-``: standard input), at most :data:`MAX_TEXT_BYTES`.

    Errors name the file and say what to do: not UTF-8 (with the offset), too
    large, closed standard input, not a regular file.
    """
    if path == "-":
        if sys.stdin is None:
            raise CommandError("standard input is closed: give a file, or pipe text in")
        name = "standard input"
        raw = getattr(sys.stdin, "buffer", None)
        if raw is None:  # replaced by a text stream (a test, an embedding program)
            text: str = sys.stdin.read(MAX_TEXT_BYTES + 1)
            if len(text) > MAX_TEXT_BYTES:
                raise CommandError(f"{name}: more than {MAX_TEXT_BYTES:,} characters")
            return text
        data: bytes = raw.read(MAX_TEXT_BYTES + 1)
    else:
        name = path
        if "\0" in path:
            raise CommandError(f"{path!r}: the path holds a NUL character")
        if os.path.exists(path) and not os.path.isfile(path):
            raise CommandError(f"{path}: not a regular file; give a text file, or - for stdin")
        try:
            with open(path, "rb") as handle:
                data = handle.read(MAX_TEXT_BYTES + 1)
        except FileNotFoundError:  # worded as the data commands word it
            raise CommandError(f"{path}: no such file") from None
        except PermissionError:
            raise CommandError(f"{path}: permission denied: cannot read the file") from None
    if len(data) > MAX_TEXT_BYTES:
        raise CommandError(f"{name}: more than {MAX_TEXT_BYTES:,} bytes, the most extract reads")
    from pwstats.io.files import wide_encoding, wide_text

    wide = wide_encoding(data.removeprefix(b"\xef\xbb\xbf"))
    if wide is not None:
        raise CommandError(f"{name}: {wide_text(wide, 'text')}")
    try:
        return data.decode("utf-8").removeprefix("\ufeff")
    except UnicodeDecodeError as exc:
        line = data.count(b"\n", 0, exc.start) + 1
        raise CommandError(
            f"{name}: not UTF-8: byte 0x{data[exc.start]:02X} at offset {exc.start} (line"
            f" {line}) cannot be read; save the text as UTF-8"
        ) from None


def _extract_rows(
    path: str, text: str | None, reading: Reading, unit: str, locale: Locale = "en"
) -> list[list[str]]:
    """The table rows of the figures in one article (read from ``path`` unless ``text``).

    Module-level, so that ``extract --jobs`` can run it in worker processes.
    """
    from pwstats.interval import format_number
    from pwstats.parse import extract

    if text is None:
        text = _read_text(path)
    return [
        [
            str(m.span[0]),
            str(m.span[1]),
            m.text,
            m.amount.hedge or "",
            "" if m.amount.nominal is None else format_number(m.amount.nominal),
            "" if m.amount.code is None else format_number(m.amount.code),
            m.amount.unit or "",
            m.noun,
            str(m.amount.interval),
            "" if m.unread is None else f"UNREAD: {m.unread}",
            m.amount.increment or "",
            "" if m.amount.confidence is None else format_number(m.amount.confidence),
        ]
        for m in extract(text, reading=reading, unit=unit, locale=locale)
    ]


def cmd_extract(args: argparse.Namespace) -> int:
    """Print the figures found in articles: where, the words, and their interval."""
    from pwstats import units
    from pwstats.table import render_rows

    units.dimension(args.unit)  # an unknown unit name is a UnitError, not echoed back
    if args.jobs < 1:
        raise CommandError(f"--jobs must be at least 1, not {args.jobs}")
    files: list[str] = args.files or ["-"]
    # Standard input is read here, once; files are read by whoever extracts from them.
    texts = [_read_text(f) if f == "-" else None for f in files]
    work = [(f, t, args.reading, args.unit, args.locale) for f, t in zip(files, texts, strict=True)]
    if args.jobs == 1 or len(files) == 1:
        per_file = [_extract_rows(*w) for w in work]
    else:
        from concurrent.futures import ProcessPoolExecutor

        with ProcessPoolExecutor(max_workers=min(args.jobs, len(files))) as pool:
            # map() gives the results in input order, whichever worker finishes first.
            per_file = list(pool.map(_extract_rows, *zip(*work, strict=True)))
    # start and end are character offsets (text[start:end] is the words); nominal is the
    # number as said (empty for a range and a vague word, which says none), "code" a vague
    # word's point code, the conservative count coders record ("dozens" 12, below its
    # interval [24, 119], as ACLED codes it); "unit" is the unit
    # the text names or, for a bare number, the --unit assumed, and "noun" what the text
    # counts ("hospitals" in "Three hospitals"; empty when no noun follows); "unread" marks
    # a figure after words pwstats cannot read, whose interval bounds nothing they may
    # hedge; "increment" names the words that make a figure an increment ("300 more");
    # "confidence" is the level of an estimate's interval ("480 (95% CI 350-610)": nominal
    # 480, its best value; interval [350, 610], which it makes probable, not a hard bound).
    headers = [
        *("start", "end", "words", "hedge", "nominal", "code", "unit", "noun", "interval"),
        "unread",
        *("increment", "confidence"),
    ]
    if len(files) == 1:
        rows = per_file[0]
    else:  # several articles: which one each figure is from comes first
        headers.insert(0, "file")
        rows = [[f, *row] for f, found in zip(files, per_file, strict=True) for row in found]
    table = render_rows(
        headers, rows, fmt=args.format, formulas=args.formulas, integers=("start", "end")
    )
    _print(table, args.format)
    return 0


def cmd_check(args: argparse.Namespace) -> int:
    """Validate the data, reconcile it, and exit 1 if any contradiction remains."""
    from pwstats.report import dated_conflicts

    dataset = _load(args.files, args)
    report = _reconcile(dataset, args)
    where = ", ".join(args.files) if args.files else "the seed data set"
    conflicts = report.conflicts
    kinds = [c.kind for c in conflicts]
    count = {k: kinds.count(k) for k in ("contradiction", "tension")}
    summary = ", ".join(_count(n, k) for k, n in count.items())
    rejected = getattr(args, "rejected", 0)
    left_out = (
        f" ({_count(rejected, 'record')} rejected and left out, --on-bad-records"
        f" {args.on_bad_records})"
        if rejected
        else ""
    )
    print(
        f"{where}: {_count(len(dataset.figures), 'figure')} about"
        f" {_count(len(dataset.measures), 'measure')},"
        f" {_count(len(dataset.relations), 'relation')}{left_out}; {summary}"
        f" ({args.reading} reading)"
    )
    dated = dated_conflicts(report)
    for c in conflicts:
        # "deaths at 2024-01-03", or "deaths, reported 2025-03-05 to 2025-06-01".
        at = "" if c.as_of is None else f" at {c.as_of}"
        if c.as_of is not None and dated(c) != str(c.as_of):
            at = f", {dated(c)}"
        print(f"{c.kind}: {c.measure}{at}: {' '.join(c.explanation.split())}")
    unsourced = [f.id for f in dataset.figures if f.source is None]
    if unsourced:
        shown = ", ".join(unsourced[:_NAMED]) + (
            f" and {len(unsourced) - _NAMED} more" if len(unsourced) > _NAMED else ""
        )
        _warning(
            args.command,
            f"{_count(len(unsourced), 'figure')} without a source ({shown}): nobody"
            " can tell whether they repeat another statement, so they are not independent"
            " evidence; give each a source",
        )
    return 1 if count["contradiction"] else 0


#: How many figures a warning names before it says how many more there are.
_NAMED = 10


def cmd_plot(args: argparse.Namespace) -> int:
    """Draw the measure's timeline to an image file (PNG, SVG, PDF)."""
    try:
        import matplotlib  # noqa: F401
    except ImportError:
        raise CommandError(PLOT_NEEDS) from None
    if args.by is not None:  # a statistic over groups: every operand is a data file
        from pwstats.plot_stats import chart

        _check_statistic_options(args)
        _check_folder(args.output)
        result = _statistic(_reconcile(_load(args.operands, args), args), args)
        chart(result, over=args.over, path=args.output)
        print(f"wrote {args.output}")
        return 0
    from pwstats.plot import timeline

    for attribute, option, _ in _STATISTIC_ONLY:
        if getattr(args, attribute, None) not in (None, []):
            hint = (
                " (the measure whose timeline to draw is an argument: pwstats plot FILE"
                " MEASURE -o OUT)"
                if option == "--measure"
                else ""
            )
            raise CommandError(f"{option} is for a statistic over groups: give --by DIMS too{hint}")
    if args.where or args.stat != "total" or args.over is not None:
        option = "--where" if args.where else "--stat" if args.stat != "total" else "--over"
        raise CommandError(f"{option} is for a statistic over groups: give --by DIMS too")
    if not args.output.strip():
        raise CommandError("-o needs a file name, such as held.png or held.svg")
    dataset, measure = _files_and_measure(args.operands, "plot", args)
    output = _plot_path(args.output, measure)
    _check_folder(output)
    report = _reconcile(dataset, args)
    timeline(report, measure, path=output)
    print(f"wrote {output}")
    return 0


def _check_folder(output: str) -> None:
    """A CommandError, before any work, when the folder ``output`` goes into is missing."""
    folder = os.path.dirname(output)
    if folder and not os.path.isdir(folder):
        raise CommandError(
            f"{output}: the folder {folder!r} does not exist; create it, or write the file"
            " into a folder that does"
        )


def _plot_path(output: str, measure: str) -> str:
    """The file ``plot -o OUTPUT`` writes: inside OUTPUT if it is a folder, named after the
    measure; with ``.png`` added when OUTPUT has no suffix (what matplotlib would do)."""
    if os.path.isdir(output) or output.endswith(("/", os.sep)):
        safe = re.sub(r"[^\w.-]", "_", measure, flags=re.ASCII).lstrip(".") or "plot"
        return os.path.join(output, f"{safe}.png")
    if not os.path.splitext(os.path.basename(output))[1]:
        return output + ".png"
    return output


STATISTIC_NAMES: Final = ("total", "mean", "median", "minimum", "maximum", "rate", "change")
#: The options only some statistics take: (attribute, option, the statistics taking it).
_STATISTIC_ONLY: Final = (
    ("numerator", "--numerator", ("rate",)),
    ("denominator", "--denominator", ("rate",)),
    ("per", "--per", ("rate",)),
    ("denominator_at", "--denominator-at", ("rate",)),
    ("measure", "--measure", ("change",)),
    ("start", "--start", ("change",)),
    ("end", "--end", ("change",)),
    ("at", "--at", ("total", "mean", "median", "minimum", "maximum", "rate")),
)


def _dims_list(text: str) -> tuple[str, ...]:
    return tuple(name.strip() for name in text.split(",") if name.strip())


def _where(pairs: Sequence[str], option: str = "--where") -> dict[str, tuple[str, ...]] | None:
    """``--where dim=value[,value...]`` options as a mapping of dimension to allowed values."""
    where: dict[str, tuple[str, ...]] = {}
    for pair in pairs:
        name, sep, values = pair.partition("=")
        if not sep or not name.strip() or not values.strip():
            raise CommandError(f"{option} takes DIM=VALUE[,VALUE...], not {pair!r}")
        where[name.strip()] = where.get(name.strip(), ()) + _dims_list(values)
    return where or None


def _selection(
    texts: Sequence[str], option: str
) -> str | tuple[str, ...] | dict[str, tuple[str, ...]]:
    """``--numerator`` / ``--denominator`` / ``--measure`` as ``rate`` and ``change`` take it:
    ``DIM=VALUE[,VALUE...]`` (repeatable, as ``--where``) or measure ids separated by commas."""
    if all("=" in t for t in texts):
        where = _where(texts, option)
        assert where is not None
        return where
    if any("=" in t for t in texts):
        raise CommandError(
            f"{option} takes measure ids (ID[,ID...]) or dims (DIM=VALUE[,VALUE...]), not both"
        )
    ids = tuple(i for t in texts for i in _dims_list(t))
    if not ids:
        raise CommandError(f"{option} needs measure ids (ID[,ID...]) or dims (DIM=VALUE)")
    return ids[0] if len(ids) == 1 else ids


def _denominator_at(
    texts: Sequence[str], by: Sequence[str]
) -> str | dict[tuple[str, ...], str] | None:
    """``--denominator-at``: one DATE or ``latest``, or ``VALUE[,VALUE...]=DATE`` per group
    (repeatable; the group's ``--by`` values in order), as ``rate`` takes it."""
    if not texts:
        return None
    if all("=" not in t for t in texts):
        if len(texts) > 1:
            raise CommandError(
                "--denominator-at takes one DATE (or 'latest'), or VALUE[,VALUE...]=DATE for"
                f" each group; not {len(texts)} dates"
            )
        return texts[0]
    dates: dict[tuple[str, ...], str] = {}
    for text in texts:
        group, sep, date = text.rpartition("=")
        values = tuple(v.strip() for v in group.split(","))
        if not sep or not date.strip() or len(values) != len(by) or not all(values):
            dims = ",".join(by) or "(no --by)"
            raise CommandError(
                f"--denominator-at takes VALUE[,VALUE...]=DATE, one value for each --by"
                f" dimension ({dims}) and a date, not {text!r}"
            )
        dates[values] = date.strip()
    return dates


def _per(text: str) -> int | Fraction:
    """``--per``: a positive whole number or fraction (``100000``, ``1000``, ``1/10``)."""
    from fractions import Fraction

    try:
        value = Fraction(text.replace(",", "").replace("_", ""))
    except (ValueError, ZeroDivisionError):
        raise CommandError(f"--per takes a positive number such as 100000, not {text!r}") from None
    if value <= 0:
        raise CommandError(f"--per takes a positive number such as 100000, not {text!r}")
    return value.numerator if value.denominator == 1 else value


#: The statistics whose ``--by`` may be left out (one group of all), as in Python,
#: where ``rate`` and ``change`` default ``by`` to ``()``.
_ONE_GROUP_BY_DEFAULT: Final = ("rate", "change")


def _check_statistic_options(args: argparse.Namespace) -> None:
    """A CommandError, before any work, for an option the chosen ``--stat`` does not take,
    or a missing one that it needs."""
    for attribute, option, takers in _STATISTIC_ONLY:
        given = getattr(args, attribute, None)
        if given not in (None, []) and args.stat not in takers:
            stat = "these statistics" if len(takers) > 1 else f"--stat {takers[0]}"
            hint = "; a change takes --start and --end" if option == "--at" else ""
            raise CommandError(f"{option} is for {stat}, not --stat {args.stat}{hint}")
    needed = {"rate": ("numerator", "denominator"), "change": ("start", "end")}
    for attribute in needed.get(args.stat, ()):
        if not getattr(args, attribute):
            option = "--" + attribute.replace("_", "-")
            example = (
                "--numerator what=deaths --denominator what=population"
                if args.stat == "rate"
                else "--start 2023-12 --end 2024-01"
            )
            raise CommandError(f"--stat {args.stat} needs {option} (such as {example})")


def _statistic(report: Report, args: argparse.Namespace) -> Statistics:
    """The statistic ``--stat`` names, of ``report``, as the options ask.

    Its warnings (a group counting a sum's parts twice, a member with no figure at the
    date) are printed by :func:`_run`, one line each, in the command's words.
    """
    from pwstats import stats

    by = _dims_list(args.by or "")
    where = _where(args.where)
    if args.stat == "rate":
        return stats.rate(
            report,
            _selection(args.numerator, "--numerator"),
            _selection(args.denominator, "--denominator"),
            per=100_000 if args.per is None else _per(args.per),
            by=by,
            where=where,
            at=args.at,
            denominator_at=_denominator_at(args.denominator_at, by),
        )
    if args.stat == "change":
        measure = None if not args.measure else _selection(args.measure, "--measure")
        return stats.change(report, measure, args.start, args.end, by=by, where=where)
    function: Callable[..., Statistics] = getattr(stats, args.stat)
    return function(report, by=by, where=where, at=args.at)


def cmd_total(args: argparse.Namespace) -> int:
    """Print a statistic of each group of measures: interval, low / best / high, members."""
    from pwstats.table import tabulate

    _check_statistic_options(args)
    if args.by is None and args.stat not in _ONE_GROUP_BY_DEFAULT:
        raise CommandError(
            f"--stat {args.stat} needs --by DIMS, the dimensions to group by (such as"
            " --by conflict,year, or --by '' for one group of all)"
        )
    report = _reconcile(_load(args.files, args), args)
    result = _statistic(report, args)
    _print(tabulate(result, fmt=args.format, formulas=args.formulas), args.format)
    return 0


# -- the parser ----------------------------------------------------------------------


def _version() -> str:
    from pwstats import __version__

    return f"pwstats {__version__}"


def _reading_option(parser: argparse.ArgumentParser, default: str | None = "pragmatic") -> None:
    """``--reading``; with no ``default`` the command shows every reading unless given one."""
    shown = "%(default)s" if default is not None else "all three readings, one line each"
    parser.add_argument(
        "--reading",
        choices=READINGS,
        default=default,
        help=f"how hedged words are read (default: {shown})",
    )


def _time_options(parser: argparse.ArgumentParser) -> None:
    """``--known-at`` and ``--revisions``: what was known when, and how vintages count."""
    parser.add_argument(
        "--known-at",
        metavar="DATE",
        help="only figures published by this date (YYYY, YYYY-MM or YYYY-MM-DD): what a"
        " careful reader could have concluded then",
    )
    parser.add_argument(
        "--revisions",
        choices=("latest", "compare"),
        default="latest",
        help="a later release of one speaker's figure for the same date revises the earlier"
        " (latest), or both are compared as statements (compare) (default: %(default)s)",
    )


def _unit_option(parser: argparse.ArgumentParser) -> None:
    """``--unit``: the unit of a number whose text names none, as ``parse(unit=...)`` takes it."""
    parser.add_argument(
        "--unit",
        default="person",
        metavar="UNIT",
        help="the unit of a number whose text names none, e.g. percent (default: %(default)s)",
    )


def _preset_options(parser: argparse.ArgumentParser) -> None:
    """``--preset`` and ``--date-order``: CSV exports of a published data set, via pandas."""
    parser.add_argument(
        "--preset",
        choices=PRESETS,
        help="the files are CSV exports of this data set (UCDP GED, ACLED, HXL), one event a"
        " row, read as pwstats.from_frame(..., preset=NAME) reads them (needs pandas)",
    )
    parser.add_argument(
        "--date-order",
        choices=DATE_ORDERS,
        help="with --preset: read numeric dates such as 01/02/2023 in this order (default:"
        " the order each column's dates show)",
    )


def _on_bad_records_option(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--on-bad-records",
        choices=("raise", "skip", "warn"),
        default="raise",
        help="records with a problem: raise (exit 2 listing them all), skip them and keep"
        " the rest, or warn (skip, printing each to stderr) (default: %(default)s)",
    )


def _format_option(parser: argparse.ArgumentParser, *, output: bool = False) -> None:
    """``--format``; with ``output``, also ``-o FILE``, whose suffix gives the default format."""
    parser.add_argument(
        "--format",
        "-f",
        default=None if output else "github",
        metavar="FMT",
        help="table format: any tabulate format (github, simple, grid, pipe, html, latex,"
        " rst, ...; markdown is github), json or csv"
        + (
            ", or prov-json (W3C PROV, needs the prov extra) (default: github, or what the"
            " -o file's suffix says: .html, .json, .csv, .md, .tex)"
            if output
            else " (default: %(default)s)"
        ),
    )
    parser.add_argument(
        "--formulas",
        choices=("escape", "raw"),
        default="escape",
        help="csv and tsv: a text cell a spreadsheet would run as a formula (starting"
        " =, +, -, @, tab or CR, and not a number) gets a leading ' (escape, the default),"
        " or every cell is written as it is (raw)",
    )
    if output:
        parser.add_argument(
            "-o",
            "--output",
            metavar="FILE",
            help="write the table to FILE (UTF-8); html becomes a whole page with its charset",
        )


def _files_and_measure_operands(parser: argparse.ArgumentParser) -> None:
    """The ``[FILE ...] MEASURE`` arguments of ``bound`` and ``plot``, in any order."""
    parser.add_argument(
        "operands",
        nargs="*",
        metavar="FILE ... MEASURE",
        help="the measure id and any TOML, JSON or CSV data files (default: the bundled"
        " seed data set), in any order: an argument that is an existing file or ends in"
        " .toml, .json or .csv is a file",
    )


def _usage(command: str, *lines: str) -> str:
    """A usage form of ``command`` over several lines, indented as argparse indents its own."""
    indent = "\n" + " " * len(f"usage: pwstats {command} ")
    return f"%(prog)s {indent.join(lines)}"


class _Parser(argparse.ArgumentParser):
    """argparse's parser whose usage errors are one line, with the nearest name suggested."""

    def error(self, message: str) -> NoReturn:
        self.exit(2, f"{self.prog}: {message}{self._nearest(message)}; see {self.prog} --help\n")

    def _nearest(self, message: str) -> str:
        """ " (did you mean 'reconcile'?)" for a misspelt choice, command or option."""
        from pwstats.suggest import closest

        if m := re.search(r"invalid choice: '([^']*)' \(choose from (.*)\)", message):
            wrong, known = m[1], re.findall(r"'([^']*)'", m[2])
        elif m := re.search(r"unrecognized arguments: (\S+)", message):
            wrong, known = m[1].partition("=")[0], list(self._option_string_actions)
            for action in self._actions:  # a subcommand's own options
                if isinstance(action, argparse._SubParsersAction):
                    for p in action.choices.values():
                        known += list(p._option_string_actions)
        else:
            return ""
        found = closest(wrong.lower(), known) if wrong else None
        return f" (did you mean {found!r}?)" if found and found != wrong else ""


def _locale_option(p: argparse.ArgumentParser) -> None:
    p.add_argument(
        "--locale",
        choices=("en", "eu"),
        default="en",
        help="en reads 1,234.5 (the default); eu reads 1.234,5",
    )


def _parser() -> argparse.ArgumentParser:
    common = _Parser(add_help=False)
    common.add_argument(
        "--debug",
        action="store_true",
        default=argparse.SUPPRESS,
        help="show the traceback of an error",
    )
    parser = _Parser(
        prog="pwstats",
        description=_DESCRIPTION,
        epilog=_EPILOG,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    parser.add_argument("--version", action="version", version=_version())
    parser.add_argument("--debug", action="store_true", help="show the traceback of an error")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")

    def command(
        name: str,
        run: Callable[[argparse.Namespace], int],
        help: str,
        epilog: str,
        usage: str | None = None,
    ) -> argparse.ArgumentParser:
        p = sub.add_parser(
            name,
            help=help,
            description=help,
            epilog="example:\n" + epilog,
            usage=usage,
            parents=[common],
            formatter_class=argparse.RawDescriptionHelpFormatter,
        )
        p.set_defaults(run=run, command_parser=p)
        return p

    p = command(
        "reconcile",
        cmd_reconcile,
        "reconcile a data set and print its table, conflicts and footnotes",
        "  pwstats reconcile                  # the bundled seed data set\n"
        "  pwstats reconcile a.toml b.csv --status contradiction --format grid\n"
        "  pwstats reconcile data.toml -o table.html   # a whole UTF-8 page\n"
        "  pwstats reconcile --format prov-json > provenance.json\n",
    )
    p.add_argument("files", nargs="*", metavar="FILE", help="TOML, JSON or CSV data files")
    _reading_option(p)
    _time_options(p)
    _on_bad_records_option(p)
    _preset_options(p)
    _format_option(p, output=True)
    p.add_argument(
        "--measure", metavar="ID", help="only the findings about this measure (its id or label)"
    )
    p.add_argument("--status", choices=STATUSES, help="only findings with this status")
    p.add_argument("--ids", action="store_true", help="show measure ids instead of labels")
    p.add_argument(
        "--table",
        choices=("findings", "figures", "sources"),
        default="findings",
        help="which table to print (default: %(default)s)",
    )

    p = command(
        "bound",
        cmd_bound,
        "the interval a measure must lie in at a date, and what gives each end",
        "  pwstats bound ua-returned-total --at 2024-01-10     # the seed data set\n"
        "  pwstats bound data.toml more.csv ua-held --at 2024-06\n"
        "  pwstats bound ua-held --at 2024-06 data.toml        # the measure may come first\n"
        "  pwstats bound ua-released-2024-01-03                # an event needs no date\n",
        usage=_usage(
            "bound",
            "[FILE ...] MEASURE [--at DATE] [--reading READING] [--known-at DATE]",
            "[--revisions {latest,compare}] [--on-bad-records {raise,skip,warn}]",
            "[--preset PRESET] [--date-order ORDER] [--debug]",
        ),
    )
    _files_and_measure_operands(p)
    p.add_argument(
        "--at",
        metavar="DATE",
        help="YYYY, YYYY-MM or YYYY-MM-DD (not needed for an event measure)",
    )
    _reading_option(p)
    _time_options(p)
    _on_bad_records_option(p)
    _preset_options(p)

    p = command(
        "parse",
        cmd_parse,
        "how a hedged figure reads: literal, pragmatic and lenient intervals",
        '  pwstats parse "almost 2,600"\n  pwstats parse "more than 230" --reading literal\n'
        '  pwstats parse "about 30" --unit percent\n',
    )
    p.add_argument("text", metavar="TEXT", help='the figure as reported, e.g. "almost 2,600"')
    _reading_option(p, default=None)
    p.add_argument("--signed", action="store_true", help="the quantity may be negative")
    _unit_option(p)
    _locale_option(p)

    p = command(
        "extract",
        cmd_extract,
        "the figures found in articles: span, words, hedge, unit, interval",
        "  pwstats extract article.txt\n  curl -s https://example.org/a.txt | pwstats extract -\n"
        "  pwstats extract article.txt --reading literal --unit percent\n"
        "  pwstats extract --jobs 4 archive/*.txt --format csv\n"
        "\ncolumns: nominal is the number as said (none for a vague word); code is a vague\n"
        "word's point code, the conservative count conflict-data coders record (ACLED codes\n"
        '"dozens" 12, below its interval [24, 119]); docs/cli.md explains every column\n',
    )
    p.add_argument(
        "files",
        nargs="*",
        metavar="FILE",
        help="text files, or - (stdin; the default); with several, a file column comes first",
    )
    p.add_argument(
        "--jobs",
        "-j",
        type=int,
        default=1,
        metavar="N",
        help="read the files in N processes (same output, in input order; default: 1)",
    )
    _format_option(p)
    _reading_option(p)
    _unit_option(p)
    _locale_option(p)

    p = command(
        "check",
        cmd_check,
        "validate and reconcile; exit 1 if the figures contradict each other",
        "  pwstats check data.toml || echo 'contradiction found'\n",
    )
    p.add_argument("files", nargs="*", metavar="FILE", help="TOML, JSON or CSV data files")
    _reading_option(p)
    _time_options(p)
    _on_bad_records_option(p)
    _preset_options(p)

    p = command(
        "plot",
        cmd_plot,
        "draw a measure's timeline: each figure's interval, bounds and conflicts",
        "  pwstats plot ua-returned-total -o returned.png       # the seed data set\n"
        "  pwstats plot data.toml ua-held -o held.svg --reading lenient\n"
        "  pwstats plot ua-held data.toml -o held.svg          # the measure may come first\n"
        "  pwstats plot events.csv --by conflict,year -o totals.png  # a total per year\n",
        usage=_usage(
            "plot",
            "[FILE ...] MEASURE -o OUT [--reading READING] [--known-at DATE]",
            "[--revisions {latest,compare}] [--on-bad-records {raise,skip,warn}]",
            "[--preset PRESET] [--date-order ORDER] [--debug]",
        )
        + "\n"
        + " " * len("usage: ")
        + _usage(
            "plot",
            "[FILE ...] --by DIMS -o OUT [--stat STAT] [--over DIM] [--at DATE]",
            "[--where DIM=VALUE[,VALUE...]] [the options above]",
            "[--numerator SELECTION] [--denominator SELECTION] [--per PER]",
            "[--denominator-at DATE|latest|GROUP=DATE] [--measure SELECTION]",
            "[--start DATE] [--end DATE]",
        ),
    )
    _files_and_measure_operands(p)
    p.add_argument("-o", "--output", required=True, metavar="OUT", help="out.png, out.svg, ...")
    _reading_option(p)
    _time_options(p)
    _on_bad_records_option(p)
    _preset_options(p)
    _statistic_options(p, plot=True)
    p.add_argument(
        "--over",
        metavar="DIM",
        help="with --by: the dimension along the x axis (default: the last of --by)",
    )

    p = command(
        "total",
        cmd_total,
        "a statistic of each group of measures (by their dims): interval, low/best/high",
        "  pwstats total events.csv --by conflict,year\n"
        "  pwstats total events.csv --by year --stat median --where conflict=299,333\n"
        "  pwstats total held.toml --by side --at 2024-06 --format json\n"
        "  pwstats total data.csv --by area --stat rate --numerator what=deaths\n"
        "      --denominator what=residents --at 2017 --denominator-at 2017-07-01\n"
        "  pwstats total held.toml --by side --stat change --start 2023-12 --end 2024-06\n",
    )
    p.add_argument("files", nargs="*", metavar="FILE", help="TOML, JSON or CSV data files")
    _statistic_options(p, plot=False)
    _reading_option(p)
    _time_options(p)
    _format_option(p)
    _on_bad_records_option(p)
    _preset_options(p)
    return parser


def _statistic_name(text: str) -> str:
    """The ``--stat`` named: ``sum`` is ``total``, as the rule line of a total says "sum:"."""
    return "total" if text == "sum" else text


def _statistic_options(parser: argparse.ArgumentParser, *, plot: bool) -> None:
    """``--by``, ``--stat``, ``--at`` and ``--where`` of ``total`` (and ``plot --by``)."""
    parser.add_argument(
        "--by",
        metavar="DIMS",
        help="the dimensions to group by, separated by commas ('' for one group of all)"
        + (
            "; plots that statistic instead of a measure's timeline"
            if plot
            else "; required but for rate and change, which default to one group of all"
        ),
    )
    parser.add_argument(
        "--stat",
        type=_statistic_name,
        choices=STATISTIC_NAMES,
        default="total",
        help="which statistic (default: %(default)s; sum is total, whose rule line says sum)",
    )
    parser.add_argument(
        "--at",
        metavar="DATE",
        help="the date to take level and cumulative measures at, or a flow's period (YYYY,"
        " YYYY-MM, YYYY-MM-DD or START/END); for a rate, the numerator's",
    )
    parser.add_argument(
        "--where",
        action="append",
        default=[],
        metavar="DIM=VALUE[,VALUE...]",
        help="only measures with one of these values of DIM (repeat for several dimensions)",
    )
    rate = parser.add_argument_group("--stat rate: per group, PER times numerator / denominator")
    for side in ("numerator", "denominator"):
        rate.add_argument(
            f"--{side}",
            action="append",
            default=[],
            metavar="SELECTION",
            help=f"the {side}'s measures: ID[,ID...] or DIM=VALUE[,VALUE...] (repeatable)",
        )
    rate.add_argument("--per", metavar="PER", help="the rate per this many (default: 100000)")
    rate.add_argument(
        "--denominator-at",
        action="append",
        default=[],
        metavar="DATE|latest|GROUP=DATE",
        help="the date to take the denominator at (default: --at): deaths in a year"
        " (--at 2017) over the population at its middle (--denominator-at 2017-07-01);"
        " 'latest' for each group's latest date on or before --at at which its denominator"
        " has figures; or each group's own, repeated: VALUE[,VALUE...]=DATE, the group's"
        " --by values in order (--denominator-at PR=2017-07-01 --denominator-at VI=2010-04-01)",
    )
    change = parser.add_argument_group("--stat change: per group, the value at END less at START")
    change.add_argument(
        "--measure",
        action="append",
        default=[],
        metavar="SELECTION",
        help="which measures: ID[,ID...] or DIM=VALUE[,VALUE...] (default: every measure"
        " --where keeps)",
    )
    change.add_argument("--start", metavar="DATE", help="the date the change is from")
    change.add_argument("--end", metavar="DATE", help="the date the change is to")


# -- errors and main -------------------------------------------------------------------


#: The library's words for its Python keywords, and the command's words for them.
_KEYWORD_WORDS: Final = (
    (re.compile(r"^\w+\(\): |^from_frame "), ""),  # the command already names itself
    (
        re.compile(
            r"read it with (pwstats\.from_frame\(pandas\.read_csv\(path\), preset='([\w-]+)'\))"
        ),
        r"give --preset \2 to read it as \1 does",
    ),
    (re.compile(r"give at= the date"), "give --at DATE (YYYY, YYYY-MM or YYYY-MM-DD)"),
    (
        re.compile(r"give at= the period"),
        "give --at PERIOD (YYYY, YYYY-MM, YYYY-MM-DD or START/END)",
    ),
    (re.compile(r"filter one of them out with where="), "filter one of them out with --where"),
    (re.compile(r"give at= a date"), "give --at a date"),
    (
        re.compile(
            r"give denominator_at= a date of its figures, a mapping of each group to its own"
            r" date, or 'latest'"
        ),
        "give --denominator-at a date of its figures, VALUE[,VALUE...]=DATE for each group,"
        " or latest",
    ),
    (
        re.compile(r"give denominator_at= a mapping of each group to its own date"),
        "give --denominator-at VALUE[,VALUE...]=DATE for each group",
    ),
    (re.compile(r"denominator_at gives no date for"), "--denominator-at gives no date for"),
    (re.compile(r"denominator_at names the group"), "--denominator-at names the group"),
    (re.compile(r"or 'latest'$"), "or latest"),
    (
        re.compile(r", or denominator_at= its own \(a date, or 'latest'\)"),
        ", or --denominator-at its own (DATE, or latest)",
    ),
    (re.compile(r"up to the end of at\)"), "up to the end of --at)"),
    (re.compile(r"give start and end dates"), "give --start and --end dates"),
    (re.compile(r"^over="), "--over "),
    (
        re.compile(r"date_order='day-first' or 'month-first'"),
        "--date-order day-first or month-first",
    ),
    (re.compile(r"date_order='(\w+-first)'"), r"--date-order \1"),
    # --preset has no columns= option: the file's header is what the user can change
    (re.compile(r"\bthe frame has no column"), "the file has no column"),
    (
        re.compile(r"; pass columns=\{'\w+': \.\.\.\} if the frame names it otherwise"),
        "; rename the file's column if it names it otherwise",
    ),
)


def _option_words(text: str) -> str:
    """A library message with the command's options named for its Python keywords."""
    for pattern, words in _KEYWORD_WORDS:
        text = pattern.sub(words, text)
    return text


def _problems(exc: BaseException) -> list[str]:
    """One line per problem: each leaf of an exception group, or the error itself; the
    library's keywords named as the command's options (:func:`_option_words`)."""
    if isinstance(exc, BaseExceptionGroup):
        return [line for sub in exc.exceptions for line in _problems(sub)]
    if isinstance(exc, OSError) and exc.strerror:
        where = f"{exc.filename}: " if exc.filename is not None else ""
        return [f"{where}{exc.strerror}"]
    return [_option_words(str(exc)) or type(exc).__name__]


def main(argv: Sequence[str] | None = None) -> int:
    """Run the ``pwstats`` command with ``argv`` (default ``sys.argv[1:]``); return its status.

    When a closed pipe cuts the output short (``pwstats reconcile | head``), the
    command stops without a message and returns :data:`BROKEN_PIPE_STATUS` (141).

    >>> main(["check", "--reading", "sloppy"])
    2
    """
    if sys.stdout is None:  # started with standard output closed (pwstats ... >&-)
        if sys.stderr is not None:
            print("pwstats: standard output is closed: nothing can be written", file=sys.stderr)
        return 2
    _tolerate_encoding(sys.stdout)
    _tolerate_encoding(sys.stderr)
    try:
        status = _run(argv)
        sys.stdout.flush()  # output that fitted in the buffer meets a closed pipe only here
    except BrokenPipeError:
        _discard_stdout()
        return BROKEN_PIPE_STATUS
    return status


def _print(text: str, fmt: str | None) -> None:
    """Print a table; JSON as JSON's own escapes where standard output cannot take UTF-8.

    Text tables are escaped as Python escapes them (:func:`_tolerate_encoding`),
    which is readable but not JSON: ``\\U0001f469`` is no JSON escape. JSON's
    ``\\ud83d\\udc69`` keeps the document valid and its strings exact.
    """
    if fmt in ("json", "prov-json") and not _is_utf8(sys.stdout):
        text = _NON_ASCII.sub(lambda m: json.dumps(m.group())[1:-1], text)
    print(text)


_NON_ASCII: Final = re.compile(r"[^\x00-\x7f]+")


def _is_utf8(stream: object) -> bool:
    encoding = getattr(stream, "encoding", None) or "utf-8"
    return encoding.lower().replace("-", "").replace("_", "") == "utf8"


def _tolerate_encoding(stream: object) -> None:
    """Let a stream that cannot encode every character write it escaped (``\\u2013``).

    With ``PYTHONIOENCODING=ascii`` (or a C locale) a dash or a Cyrillic name in a
    table would otherwise refuse the whole output; escaping keeps it readable and
    exact. UTF-8 streams are left as they are.
    """
    reconfigure = getattr(stream, "reconfigure", None)
    if reconfigure is None or _is_utf8(stream):
        return
    with contextlib.suppress(ValueError, OSError):  # a stream already written or detached
        reconfigure(errors="backslashreplace")


def _discard_stdout() -> None:
    """Point standard output at the null device, so that Python's last flush at exit
    does not meet the closed pipe again and print a warning.

    This lasts for the rest of the process: right for the console script, which
    ends at once; a program calling :func:`main` itself and catching its status 141
    writes nothing more to that standard output."""
    try:
        fd = sys.stdout.fileno()
    except (AttributeError, OSError, ValueError):  # replaced by an object without a file
        return
    devnull = os.open(os.devnull, os.O_WRONLY)
    os.dup2(devnull, fd)
    os.close(devnull)


def _add_operands(
    parser: argparse.ArgumentParser, args: argparse.Namespace, extra: list[str]
) -> None:
    """Give the arguments argparse left after an option to a command taking ``FILE ... MEASURE``
    in any order (``pwstats bound released --at 2024-03 data.toml``); any other leftover is
    the usage error ``parse_args`` gives."""
    operands = getattr(args, "operands", None)
    if not isinstance(operands, list) or any(a.startswith("-") for a in extra):
        # The command's own usage line, where there is a command, is the more helpful one.
        own: argparse.ArgumentParser = getattr(args, "command_parser", parser)
        options = [a for a in extra if a.startswith("-")] if isinstance(operands, list) else []
        own.error(f"unrecognized arguments: {' '.join(options or extra)}")
    operands.extend(extra)


def _refuse_one_dash_options(parser: argparse.ArgumentParser, argv: list[str]) -> None:
    """A usage error for a long option written with one dash (``-format grid``).

    argparse would read ``-format`` as ``-f ormat`` or take it for a file, and the
    error would name something else ("grid: no such file"); an argument that is a
    dash and a long option name of its command gets "did you mean --format?".
    """
    commands: dict[str, argparse.ArgumentParser] = {}
    for action in parser._actions:
        if isinstance(action, argparse._SubParsersAction):
            commands = action.choices
    own = parser
    for arg in argv:
        if arg == "--":
            return
        if own is parser and arg in commands:
            own = commands[arg]
            continue
        if not arg.startswith("-") or arg.startswith("--") or len(arg) < 3:
            continue
        name = "-" + arg.split("=", 1)[0]
        if name in own._option_string_actions:
            own.error(f"argument {arg}: did you mean {name}? (a long option takes two dashes)")


def _run(argv: Sequence[str] | None) -> int:
    """Parse ``argv``, run its command, and turn input errors into one line each (status 2)."""
    parser = _parser()
    try:
        _refuse_one_dash_options(parser, sys.argv[1:] if argv is None else list(argv))
        args, extra = parser.parse_known_args(argv)
        if extra:
            _add_operands(parser, args, extra)
    except SystemExit as exc:  # argparse exits for --help, --version and usage errors
        return exc.code if isinstance(exc.code, int) else 2
    if args.command is None:
        parser.print_help(sys.stderr)
        return 2
    from pwstats.errors import PwstatsError  # light: errors.py imports nothing

    try:
        _check_dates(args)
        with _warnings_as_lines(args.command):
            status: int = args.run(args)
    except BrokenPipeError:
        raise  # not bad input: main() ends quietly
    except (CommandError, PwstatsError, OSError, ValueError, ImportError, ExceptionGroup) as exc:
        if args.debug:
            raise
        prefix = f"pwstats {args.command}: "
        for line in _problems(exc):
            if "locale" in vars(args):  # the library's advice, said as this command's option
                line = re.sub(r"pass locale='(\w+)'", r"pass --locale \1", line)
            print(line if line.startswith("pwstats ") else prefix + line, file=sys.stderr)
        return 2
    except (ArithmeticError, RecursionError, MemoryError, TypeError, KeyError) as exc:
        # A bug, not bad input: never exit 1, which `check` gives for a contradiction.
        if args.debug:
            raise
        print(
            f"pwstats {args.command}: internal error ({type(exc).__name__}: {exc}); please"
            " report it with the input (--debug shows the traceback)",
            file=sys.stderr,
        )
        return INTERNAL_ERROR_STATUS
    return status


@contextlib.contextmanager
def _warnings_as_lines(command: str) -> Iterator[None]:
    """Print every warning raised while a command runs as one line on standard error,
    ``pwstats COMMAND: warning: MESSAGE``, as its errors are printed, never Python's
    ``file.py:123: DataQualityWarning:`` form; pwstats' own warnings every time."""
    import warnings

    from pwstats.errors import PwstatsWarning

    def show(
        message: Warning | str,
        category: type[Warning],
        filename: str,
        lineno: int,
        file: object = None,
        line: str | None = None,
    ) -> None:
        _warning(command, _option_words(" ".join(str(message).split())))

    with warnings.catch_warnings():
        warnings.simplefilter("always", PwstatsWarning)
        warnings.showwarning = show
        yield


#: The date options, by their attribute on the parsed arguments.
_DATE_OPTIONS: Final = (
    ("at", "--at"),
    ("known_at", "--known-at"),
    ("start", "--start"),
    ("end", "--end"),
)


def _check_dates(args: argparse.Namespace) -> None:
    """Read every date option first, so that a bad one is named: ``--known-at: expected ...``."""
    from pwstats.dates import DateSpan

    for attribute, option in _DATE_OPTIONS:
        text = getattr(args, attribute, None)
        if isinstance(text, str):
            try:
                DateSpan.parse(text)
            except ValueError as exc:
                raise CommandError(f"{option}: {exc}") from None
    for text in getattr(args, "denominator_at", None) or ():  # DATE, latest or GROUP=DATE
        date = text.rpartition("=")[2].strip()
        if date != "latest":
            try:
                DateSpan.parse(date)
            except ValueError as exc:
                raise CommandError(f"--denominator-at: {exc}") from None


def _count(n: int, noun: str) -> str:
    """``n`` and the noun, plural unless ``n`` is 1: "1 measure", "2 figures"."""
    return f"{n} {noun}{'' if n == 1 else 's'}"
