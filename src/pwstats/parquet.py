"""Parquet files: the tables of the CSV format, stored through Apache Arrow.

A ``.parquet`` data file holds exactly the columns and rows of the CSV format
(``docs/data-format.md``): one string column per CSV column, an empty cell stored
as null. Numbers stay text, so exact ends (``1/3``, ``2.5``) survive the round
trip and every other tool reads them without loss. Text is stored as it is: the
leading ``'`` the CSV form puts before a text a spreadsheet would run as a formula
(:mod:`pwstats.formulas`) is taken off on writing and put back on reading. :func:`pwstats.load` and
:func:`pwstats.dump` use this module for a name ending in ``.parquet``; it needs
the ``arrow`` extra (``pip install 'pwstats[arrow]'``). A problem in the file is
reported at the line its row would have in the CSV form: the header is line 1,
the first row line 2.
"""

from __future__ import annotations

import csv
import datetime as dt
import importlib
import io
from decimal import Decimal
from typing import Any, Final

from pwstats.errors import DatasetError, DatasetErrors
from pwstats.formulas import escape, unescape

__all__ = ["csv_text", "parquet_bytes"]

_NEEDS_ARROW: Final = "reading and writing .parquet needs pyarrow: pip install 'pwstats[arrow]'"


def _arrow() -> tuple[Any, Any]:
    try:
        return importlib.import_module("pyarrow"), importlib.import_module("pyarrow.parquet")
    except ImportError:
        raise ImportError(_NEEDS_ARROW) from None


def parquet_bytes(text: str) -> bytes:
    """The Parquet file of a CSV document's tables (string columns; empty cells null).

    >>> import pytest; _ = pytest.importorskip("pyarrow")
    >>> data = parquet_bytes("id,measure,value\\nf1,m,about 300\\n")
    >>> print(csv_text(data, "x.parquet"))
    id,measure,value
    f1,m,about 300
    <BLANKLINE>
    """
    pa, pq = _arrow()
    rows = list(csv.reader(io.StringIO(text, newline="")))
    header, body = rows[0], rows[1:]
    width = len(header)
    columns = {
        name: pa.array(
            [unescape(row[i] if i < len(row) else "") or None for row in body], type=pa.string()
        )
        for i, name in enumerate(header)
    }
    table = pa.table(columns) if width else pa.table({})
    sink = io.BytesIO()
    pq.write_table(table, sink)
    return sink.getvalue()


def csv_text(data: bytes, name: str) -> str:
    """The CSV document of a Parquet file's table; a :class:`DatasetError` if it is not one.

    Every column is read as text: a string column as it is, a number column as the
    shortest text of each number, a date column as ISO days (so a Parquet file written
    by another tool loads too). A cell holding no single value (a list, a struct, binary
    data) is a problem at its line and column, all of them raised as one
    :class:`~pwstats.DatasetErrors`.
    """
    pa, pq = _arrow()
    try:
        table = pq.read_table(io.BytesIO(data))
    except (pa.ArrowException, OSError, ValueError) as exc:
        raise DatasetError(f"not a Parquet file pwstats can read: {exc}", file=name) from None
    out = io.StringIO(newline="")
    writer = csv.writer(out, lineterminator="\n")
    writer.writerow(table.column_names)
    problems: list[DatasetError] = []
    columns = [
        _texts(table.column(i).to_pylist(), name, str(column), problems)
        for i, column in enumerate(table.column_names)
    ]
    if problems:
        raise DatasetErrors.of(problems)
    writer.writerows(zip(*columns, strict=True))
    return out.getvalue()


def _texts(values: list[Any], name: str, column: str, problems: list[DatasetError]) -> list[str]:
    """Each cell of a column as the CSV format's text; a problem for each cell that is no
    single value (a list, a struct, binary data), never the text Python makes of it."""
    out = []
    for row, value in enumerate(values):
        if value is None:
            out.append("")
        elif isinstance(value, str):
            out.append(escape(value))
        elif isinstance(value, bool):
            out.append("true" if value else "false")
        elif isinstance(value, dt.datetime) and value.time() == dt.time(0) and not value.tzinfo:
            out.append(value.date().isoformat())  # a day kept as a timestamp at midnight
        elif isinstance(value, int | float | Decimal | dt.date):
            out.append(str(value))
        else:
            what = "binary data" if isinstance(value, bytes) else f"a {type(value).__name__}"
            shown = repr(value) if len(repr(value)) <= 40 else repr(value)[:37] + "..."
            problems.append(
                DatasetError(
                    f"expected text, a number or a date, found {what} ({shown}): store one"
                    " value per cell, as a string, number or date column",
                    file=name,
                    line=row + 2,  # as the CSV document's lines, after its header
                    field=column,
                )
            )
            out.append("")
    return out
