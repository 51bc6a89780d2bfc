"""Reading TOML and JSON: a document of four arrays of tables, and the lines of their keys."""

from __future__ import annotations

import json
import re
import tomllib
from collections.abc import Iterable, Mapping
from decimal import Decimal
from typing import Any, Final

from pwstats import limits
from pwstats.errors import DatasetError
from pwstats.io.files import empty_file
from pwstats.io.records import TABLES, UNREAD, Lines, Places, Record, describe, nearest


def _tree_records(
    tree: Mapping[str, Any],
    name: str,
    problems: list[DatasetError],
    lines: Lines,
) -> list[Record]:
    """Records of a parsed TOML or JSON document: four arrays of tables."""
    if not tree:
        problems.append(empty_file(name))
        return []
    records: list[Record] = []
    for duplicate in getattr(tree, "duplicates", ()):  # JSON keeps the last: say so, refuse
        problems.append(
            DatasetError(
                f"key {duplicate!r} is given twice at the top level; give each table once",
                file=name,
                line=lines.top(duplicate),
                field=duplicate,
            )
        )
    for key, value in tree.items():
        if key not in TABLES:
            problems.append(
                DatasetError(
                    f"unknown key {key!r}{nearest(key, TABLES)}: a data file holds the"
                    f" arrays of tables {', '.join(TABLES)}",
                    file=name,
                    line=lines.top(key),
                    field=key,
                )
            )
            continue
        if not isinstance(value, list):
            problems.append(
                DatasetError(
                    f"expected an array of tables ([[{key}]]), found {describe(value)}",
                    file=name,
                    line=lines.top(key),
                    field=key,
                )
            )
            continue
        for index, item in enumerate(value):
            if not isinstance(item, dict):
                problem = DatasetError(
                    f"entry {index + 1} must be a table of keys, found {describe(item)}",
                    file=name,
                    line=lines.record(key, index)[0],
                    field=key,
                )
                problems.append(problem)
                records.append(Record(UNREAD, {}, name, problem.line, found=(problem,)))
                continue
            record = Record(key, dict(item), name, index=index, lines=lines)
            for where in _twice(item):
                record.found += (record.error(f"key {where!r} is given twice", where),)
            problems.extend(record.found)
            records.append(record)
    return records


class _Floats:
    """How TOML and JSON floats are read: the exact decimal as written
    (:func:`pwstats.limits.decimal`), remembering the text of one refused for an
    exponent beyond any ``Decimal`` (checked against the limit later, with its line)."""

    __slots__ = ("refused",)

    def __init__(self) -> None:
        self.refused: str | None = None

    def __call__(self, text: str) -> Decimal:
        try:
            return limits.decimal(text)
        except limits.LimitError:
            self.refused = text
            raise

    def line(self, text: str) -> int | None:
        """The line of the float refused, if one was and its text is found as written."""
        at = -1 if self.refused is None else text.find(self.refused)
        return None if at < 0 else text.count("\n", 0, at) + 1


# -- TOML --------------------------------------------------------------------------------

_TOML_LOCATION: Final = re.compile(r"\s*\(at line (\d+), column (\d+)\)\s*$")
_TOML_ARRAY_HEADER: Final = re.compile(
    r"""[ \t]*\[\[[ \t]*(?:"([^"]*)"|([A-Za-z0-9_-]+))[ \t]*\]\][ \t\r]*(?:\#.*)?"""
)
_TOML_HEADER: Final = re.compile(r"""[ \t]*\[[ \t]*(?:"([^"]*)"|([A-Za-z0-9_-]+))?""")
_TOML_KEY: Final = re.compile(r"""[ \t]*(?:"([^"]*)"|'([^']*)'|([A-Za-z0-9_-]+))[ \t]*[=.]""")


def read_toml(text: str, name: str, problems: list[DatasetError]) -> list[Record]:
    floats = _Floats()
    try:
        tree = tomllib.loads(text, parse_float=floats)
    except tomllib.TOMLDecodeError as exc:
        message = str(exc)
        found = _TOML_LOCATION.search(message)
        line = int(found.group(1)) if found else None
        if "end of document" in message:
            line = text.count("\n") + 1
        where = f" (column {found.group(2)})" if found else ""
        message = _TOML_LOCATION.sub("", message)
        problems.append(DatasetError(f"TOML syntax error: {message}{where}", file=name, line=line))
        return []
    except RecursionError:
        problems.append(DatasetError("TOML nested too deeply to read", file=name))
        return []
    except ValueError as exc:  # e.g. an integer beyond Python's digit limit
        line = floats.line(text)
        problems.append(DatasetError(f"TOML value cannot be read: {exc}", file=name, line=line))
        return []
    counts = {key: len(value) for key, value in tree.items() if isinstance(value, list)}
    return _tree_records(tree, name, problems, Lines(lambda: toml_lines(text), counts))


def toml_lines(text: str) -> Places:
    """Lines of ``[[table]]`` headers and of the keys under each; lines of top-level keys.

    A line scan, not a parse: a header-like line inside a multi-line string
    shifts the count, and the caller then falls back to less precise lines.
    """
    tables: dict[str, list[tuple[int, dict[str, int]]]] = {}
    tops: dict[str, int] = {}
    current: dict[str, int] | None = None
    at_top = True
    for number, line in enumerate(text.split("\n"), start=1):
        header = _TOML_ARRAY_HEADER.fullmatch(line)
        if header is not None:
            table = header.group(1) if header.group(1) is not None else header.group(2)
            current = {}
            tables.setdefault(table, []).append((number, current))
            tops.setdefault(table, number)
            at_top = False
            continue
        table_header = _TOML_HEADER.match(line)
        if table_header is not None:
            current = None
            at_top = False
            name = table_header.group(1) or table_header.group(2)
            if name:
                tops.setdefault(name, number)
            continue
        key = _TOML_KEY.match(line)
        if key is None:
            continue
        name = next(g for g in key.groups() if g is not None)
        if current is not None:
            current.setdefault(name, number)
        elif at_top:
            tops.setdefault(name, number)
    return tables, tops


# -- JSON --------------------------------------------------------------------------------


class _JSONObject(dict[str, Any]):
    """A JSON object that remembers which of its keys were given twice."""

    duplicates: tuple[str, ...] = ()


def _json_object(pairs: list[tuple[str, Any]]) -> _JSONObject:
    obj = _JSONObject(pairs)
    if len(obj) != len(pairs):
        seen: set[str] = set()
        twice: list[str] = []
        for key, _ in pairs:
            if key in seen:
                twice.append(key)
            seen.add(key)
        obj.duplicates = tuple(twice)
    return obj


def _twice(value: object, prefix: str = "") -> Iterable[str]:
    """The dotted paths of keys given twice in ``value`` or any object nested in it.

    >>> import json
    >>> list(_twice(json.loads('{"a": 1, "s": {"n": 1, "n": 2}, "a": 2}',
    ...                        object_pairs_hook=_json_object)))
    ['a', 's.n']
    """
    stack = [(value, prefix)]  # not recursive: JSON may nest as deep as the parser allows
    while stack:
        item, path = stack.pop()
        if isinstance(item, dict):
            yield from (f"{path}{key}" for key in getattr(item, "duplicates", ()))
            stack.extend((inner, f"{path}{key}.") for key, inner in reversed(item.items()))
        elif isinstance(item, list):
            stack.extend((inner, path) for inner in reversed(item))


def _json_constant(name: str) -> Decimal:
    return Decimal("NaN") if name == "NaN" else Decimal(name.replace("Infinity", "inf"))


_JSON_TOKEN: Final = re.compile(r'"(?:[^"\\]|\\.)*"|[{}\[\],:\n]')


def read_json(text: str, name: str, problems: list[DatasetError]) -> list[Record]:
    floats = _Floats()
    try:
        tree = json.loads(
            text,
            parse_float=floats,
            parse_constant=_json_constant,
            object_pairs_hook=_json_object,
        )
    except json.JSONDecodeError as exc:
        problems.append(
            DatasetError(
                f"JSON syntax error: {exc.msg} (column {exc.colno})", file=name, line=exc.lineno
            )
        )
        return []
    except RecursionError:
        problems.append(DatasetError("JSON nested too deeply to read", file=name, line=1))
        return []
    except ValueError as exc:  # e.g. an integer beyond Python's digit limit
        line = floats.line(text)
        problems.append(DatasetError(f"JSON value cannot be read: {exc}", file=name, line=line))
        return []
    if not isinstance(tree, dict):
        problems.append(
            DatasetError(
                f"expected a JSON object with the arrays {', '.join(TABLES)},"
                f" found {describe(tree)}",
                file=name,
                line=1,
            )
        )
        return []
    return _tree_records(tree, name, problems, Lines(lambda: json_lines(text)))


def json_lines(text: str) -> Places:
    """Lines of each record (an object in a top-level array) and of its keys.

    Runs on text that :func:`json.loads` accepted, so a token scan suffices.
    Depth 1 is the top object, 2 a top-level array, 3 a record.
    """
    tables: dict[str, list[tuple[int, dict[str, int]]]] = {}
    tops: dict[str, int] = {}
    stack: list[str] = []  # "{" or "["
    expect_key: list[bool] = []
    top_key = ""
    record: dict[str, int] | None = None
    line = 1
    for token in _JSON_TOKEN.finditer(text):
        t = token.group()
        if t == "\n":
            line += 1
        elif t[0] == '"':
            if stack and stack[-1] == "{" and expect_key[-1]:
                expect_key[-1] = False
                key = json.loads(t) if "\\" in t else t[1:-1]
                if len(stack) == 1:
                    top_key = key
                    tops.setdefault(key, line)
                elif len(stack) == 3 and record is not None:
                    record.setdefault(key, line)
        elif t in "{[":
            if t == "{" and len(stack) == 2 and stack[1] == "[":
                record = {}
                tables.setdefault(top_key, []).append((line, record))
            elif t == "[" and len(stack) == 1:
                tables.setdefault(top_key, [])
            stack.append(t)
            expect_key.append(t == "{")
        elif t in "}]":
            stack.pop()
            expect_key.pop()
            if len(stack) < 3:
                record = None
        elif t == "," and stack and stack[-1] == "{":
            expect_key[-1] = True
    return tables, tops
