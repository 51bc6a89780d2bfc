"""Writing: a data set as plain tables, then as TOML or CSV text (JSON is json.dumps')."""

from __future__ import annotations

import csv
import datetime as dt
import io
import json
import re
from collections.abc import Mapping
from typing import Any, Final

import attrs

from pwstats import formulas
from pwstats.interval import Interval, Number, format_number
from pwstats.io.records import ESTIMATES, NUMBER_TEXT
from pwstats.io.rows import COLUMNS, DIM_PREFIX, MEASURE_COLUMNS, is_dim_column
from pwstats.model import (
    DEFAULT_CONFIDENCE,
    Accumulates,
    Dataset,
    Figure,
    LessEqual,
    Measure,
    Relation,
    Share,
    Source,
    Sum,
)

#: Integers at least this large are written as strings: JSON and TOML readers
#: other than pwstats lose precision beyond 2**53.
_MAX_PLAIN_INT: Final = 2**53


def _plain_number(x: Number) -> int | str:
    """An int stays a number when every reader keeps it exact; others become text."""
    if isinstance(x, int) and abs(x) < _MAX_PLAIN_INT:
        return x
    return format_number(x)


def as_tree(dataset: Dataset) -> dict[str, list[dict[str, Any]]]:
    """The data set as the TOML/JSON document shape: four lists of key-value tables."""
    listed = {s.id: s for s in dataset.sources if s.id is not None}
    return {
        "sources": [_source_table(s, with_quote=True) for s in dataset.sources],
        "measures": [_measure_table(m) for m in dataset.measures],
        "figures": [_figure_table(f, listed) for f in dataset.figures],
        "relations": [_relation_table(r) for r in dataset.relations],
    }


def _source_table(source: Source, *, with_quote: bool) -> dict[str, Any]:
    table: dict[str, Any] = {}
    if source.id is not None:
        table["id"] = source.id
    table["name"] = source.name
    for key in ("role", "affiliation"):
        if getattr(source, key) is not None:
            table[key] = getattr(source, key)
    if source.via:
        table["via"] = list(source.via)
    if source.url is not None:
        table["url"] = source.url
    if source.published is not None:
        table["published"] = source.published
    if with_quote and source.quote is not None:
        table["quote"] = source.quote
    return table


def _measure_table(measure: Measure) -> dict[str, Any]:
    table: dict[str, Any] = {
        "id": measure.id,
        "label": measure.label,
        "unit": measure.unit,
        "kind": measure.kind,
    }
    default = Measure(id=measure.id, label=measure.label, unit=measure.unit)
    if measure.whole != default.whole:
        table["whole"] = measure.whole
    if measure.nonnegative != default.nonnegative:
        table["nonnegative"] = measure.nonnegative
    if measure.note:
        table["note"] = measure.note
    if measure.dims:
        table["dims"] = dict(measure.dims.pairs)
    return table


def _figure_table(figure: Figure, listed: Mapping[str, Source]) -> dict[str, Any]:
    table: dict[str, Any] = {"id": figure.id, "measure": figure.measure}
    value = figure.value
    if isinstance(value, str):
        table["value"] = value
    elif isinstance(value, Interval):
        table["interval"] = str(value)
    elif value is not None:
        table["number"] = _plain_number(value)
    for key in ESTIMATES:
        x = getattr(figure, key)
        if x is not None:
            table[key] = _plain_number(x)
    if figure.basis != "count":
        table["basis"] = figure.basis
    if figure.confidence != DEFAULT_CONFIDENCE:
        table["confidence"] = _plain_number(figure.confidence)
    table["as_of"] = str(figure.as_of)
    source = figure.source
    if source is not None:
        base = listed.get(source.id) if source.id is not None else None
        if base is not None and source == base:
            table["source"] = source.id
        elif (
            base is not None
            and source.quote is not None
            and source == attrs.evolve(base, quote=source.quote)
        ):
            table["source"] = source.id
            table["quote"] = source.quote
        else:
            table["source"] = _source_table(source, with_quote=False)
            if source.quote is not None:
                table["quote"] = source.quote
    for key in ("cites", "revises"):
        if getattr(figure, key) is not None:
            table[key] = getattr(figure, key)
    if figure.note:
        table["note"] = figure.note
    return table


def _relation_table(relation: Relation) -> dict[str, Any]:
    table: dict[str, Any] = {}
    auto: Relation
    body: dict[str, Any]
    if isinstance(relation, Sum):
        auto = Relation.sum(relation.total, relation.parts, complete=relation.complete)
        body = {"total": relation.total, "parts": list(relation.parts)}
        body["complete"] = relation.complete
    elif isinstance(relation, LessEqual):
        auto = Relation.le(relation.a, relation.b, offset=relation.offset)
        body = {"a": relation.a, "b": relation.b}
        if relation.offset != 0:
            body["offset"] = _plain_number(relation.offset)
    elif isinstance(relation, Share):
        auto = Relation.share(relation.part, relation.whole, relation.ratio)
        body = {"part": relation.part, "whole": relation.whole, "share": _share_value(relation)}
    elif isinstance(relation, Accumulates):
        auto = Relation.accumulates(relation.total, relation.events, complete=relation.complete)
        body = {"total": relation.total, "events": list(relation.events)}
        body["complete"] = relation.complete
    else:  # pragma: no cover - every kind is above
        raise TypeError(f"cannot write a {type(relation).__name__} relation")
    if relation.id != auto.id:
        table["id"] = relation.id
    table["kind"] = relation.KIND
    table.update(body)
    return table


def _share_value(relation: Share) -> Any:
    ratio = relation.ratio
    if isinstance(ratio, Interval):
        if ratio.is_point and isinstance(ratio.lo, int) and abs(ratio.lo) < _MAX_PLAIN_INT:
            return ratio.lo
        return str(ratio)
    if ratio.lstrip().startswith(("[", "(")):
        return {"measure": ratio}
    return ratio


def json_default(value: object) -> str:
    if isinstance(value, dt.date):
        return value.isoformat()
    raise TypeError(f"cannot write {type(value).__name__} as JSON")  # pragma: no cover


# -- writing TOML ------------------------------------------------------------------------

_TOML_ESCAPES: Final = {
    **{i: f"\\u{i:04X}" for i in (*range(0x20), 0x7F)},
    ord('"'): '\\"',
    ord("\\"): "\\\\",
    ord("\b"): "\\b",
    ord("\t"): "\\t",
    ord("\n"): "\\n",
    ord("\f"): "\\f",
    ord("\r"): "\\r",
}
_BARE_KEY: Final = re.compile(r"[A-Za-z0-9_-]+")


def toml_string(text: str) -> str:
    """A TOML basic string: quotes, backslashes and control characters escaped.

    >>> print(toml_string('say "hi"\\n\\x00 — привет'))
    "say \\"hi\\"\\n\\u0000 — привет"
    """
    return f'"{text.translate(_TOML_ESCAPES)}"'


def _toml_key(key: str) -> str:
    return key if _BARE_KEY.fullmatch(key) else toml_string(key)


def _toml_value(value: object) -> str:
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, int):
        return str(value)
    if isinstance(value, str):
        return toml_string(value)
    if isinstance(value, dt.date) and not isinstance(value, dt.datetime):
        return value.isoformat()
    if isinstance(value, list):
        return "[" + ", ".join(_toml_value(v) for v in value) + "]"
    if isinstance(value, dict):
        inner = ", ".join(f"{_toml_key(k)} = {_toml_value(v)}" for k, v in value.items())
        return "{ " + inner + " }" if inner else "{}"
    raise TypeError(f"cannot write {type(value).__name__} as TOML")  # pragma: no cover


def toml_document(tree: Mapping[str, list[dict[str, Any]]]) -> str:
    lines: list[str] = []
    if not any(tree.values()):
        lines.extend(f"{table} = []" for table in tree)
        return "\n".join(lines) + "\n"
    for table, entries in tree.items():
        for entry in entries:
            if lines:
                lines.append("")
            lines.append(f"[[{table}]]")
            lines.extend(f"{_toml_key(k)} = {_toml_value(v)}" for k, v in entry.items())
    return "\n".join(lines) + "\n"


# -- writing CSV -------------------------------------------------------------------------


def csv_document(tree: Mapping[str, list[dict[str, Any]]]) -> str:
    rows: list[dict[str, str]] = []
    for table in tree["sources"]:
        row = {"record": "source"}
        row.update(_csv_source(table))
        if "quote" in table:
            _csv_text(row, "quote", table["quote"])
        rows.append(row)
    for table in tree["measures"]:
        row = {"record": "measure", "measure": table["id"]}
        for key, value in table.items():
            if key in ("label", "unit"):
                _csv_text(row, f"measure_{key}", value)
            elif key == "dims":
                row.update({f"{DIM_PREFIX}{name}": text for name, text in value.items()})
            elif key != "id":
                row[f"measure_{key}"] = _csv_cell(value)
        rows.append(row)
    for table in tree["figures"]:
        row = {"record": "figure"}
        for key, value in table.items():
            if key == "source" and isinstance(value, dict):
                row.update(_csv_source(value))
            elif key in ("source", "quote"):
                _csv_text(row, key, value)
            else:
                row[key] = _csv_cell(value)
        rows.append(row)
    for table in tree["relations"]:
        row = {"record": "relation"}
        for key, value in table.items():
            row[key] = _csv_share(value) if key == "share" else _csv_cell(value)
        rows.append(row)
    used = {column for row in rows for column in row}
    if all(row["record"] == "figure" for row in rows):
        used.discard("record")
        for row in rows:
            del row["record"]
    order = list(COLUMNS)
    after_measure = order.index(MEASURE_COLUMNS[-1]) + 1
    order[after_measure:after_measure] = sorted(c for c in used if is_dim_column(c))
    columns = [c for c in order if c in used] or ["id", "measure", "value", "as_of"]
    out = io.StringIO(newline="")
    writer = csv.DictWriter(out, fieldnames=columns, lineterminator="\r\n")
    writer.writeheader()
    # A text a spreadsheet would run as a formula gets a leading "'" (read back off by
    # read_csv): numbers stay as they are (see pwstats.formulas).
    writer.writerows({k: formulas.escape(v) for k, v in row.items()} for row in rows)
    return out.getvalue()


def _csv_source(table: Mapping[str, Any]) -> dict[str, str]:
    row: dict[str, str] = {}
    for key, value in table.items():
        if key == "id":
            _csv_text(row, "source", value)
        elif key == "quote":
            continue
        elif key in ("role", "affiliation", "url"):
            _csv_text(row, f"source_{key}", value)
        else:
            row[f"source_{key}"] = _csv_cell(value)
    return row


def _csv_text(row: dict[str, str], column: str, text: str) -> None:
    """Put optional text in ``column``: empty text is named in the ``empty`` column."""
    if text:
        row[column] = text
    else:
        row["empty"] = f"{row['empty']} | {column}" if "empty" in row else column


def _csv_cell(value: object) -> str:
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, list):
        simple = all(
            item and item == item.strip() and "|" not in item for item in value
        ) and not value[0].startswith("[")
        return " | ".join(value) if simple else json.dumps(value, ensure_ascii=False)
    if isinstance(value, dt.date):
        return value.isoformat()
    return str(value)


def _csv_share(value: object) -> str:
    if isinstance(value, dict):
        value = value["measure"]
    elif not isinstance(value, str) or value.startswith(("[", "(")):
        return str(value)
    assert isinstance(value, str)
    if NUMBER_TEXT.fullmatch(value.strip()) or value.lstrip().startswith(('"', "[", "(")):
        return json.dumps(value, ensure_ascii=False)
    return value
