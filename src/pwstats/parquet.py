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
import importlib
import io
from typing import Any, Final

from pwstats.errors import DatasetError
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
    shortest text of each number (so a Parquet file written by another tool loads too).
    """
    pa, pq = _arrow()
    try:
        table = pq.read_table(io.BytesIO(data))
    except (pa.ArrowException, OSError, ValueError) as exc:
        raise DatasetError(f"not a Parquet file pwstats can read: {exc}", file=name) from None
    out = io.StringIO(newline="")
    writer = csv.writer(out, lineterminator="\n")
    writer.writerow(table.column_names)
    columns = [_texts(table.column(i).to_pylist()) for i in range(table.num_columns)]
    writer.writerows(zip(*columns, strict=True))
    return out.getvalue()


def _texts(values: list[Any]) -> list[str]:
    out = []
    for value in values:
        if value is None:
            out.append("")
        elif isinstance(value, str):
            out.append(escape(value))
        elif isinstance(value, bool):
            out.append("true" if value else "false")
        else:
            out.append(str(value))
    return out
