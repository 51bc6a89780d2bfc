"""Building sources, measures, figures and relations from records, every problem located."""

from __future__ import annotations

import ast
import datetime as dt
import functools
import re
from collections.abc import Callable, Mapping, Sequence
from decimal import Decimal
from fractions import Fraction
from typing import Any, Final, ParamSpec, TypeVar

import attrs

from pwstats import limits, units
from pwstats.dates import DateSpan
from pwstats.errors import DatasetError, DatasetErrors, UnitError
from pwstats.interval import Interval, Number, format_number
from pwstats.io.records import (
    BAD,
    ESTIMATES,
    FIGURE_KEYS,
    MEASURE_KEYS,
    NUMBER_TEXT,
    RELATION_KEYS,
    SOURCE_KEYS,
    UNREAD,
    VALUE_WAYS,
    Bad,
    Record,
    describe,
    nearest,
)
from pwstats.model import (
    BASES,
    DEFAULT_CONFIDENCE,
    KINDS,
    NUMBER_KEYS,
    Dataset,
    Dims,
    Figure,
    LinkProblem,
    Measure,
    Relation,
    Source,
    confidence_on_count,
    grouped_digits_hint,
    is_plain_id,
    link_problems,
    measure_words_problem,
    outside_confidence,
    to_confidence,
    trusted_dataset,
)
from pwstats.model import fits as _fits_measure  # the data set's per-figure check, by itself
from pwstats.rejected import OnBadRecords, Rejected
from pwstats.suggest import Suggester


def number_from_text(text: str) -> Number:
    """Exact number of ``"248"``, ``"-2.5"``, ``"1e299"`` or ``"1/3"`` (already matched by
    :data:`NUMBER_TEXT`, and no longer than :data:`pwstats.limits.MAX_NUMBER_TEXT`).

    Text with an exponent is the decimal a TOML or JSON float of the same characters is,
    under the same limit: the exponent is checked before any digit is made, so
    ``"1e999999999"`` is refused at once, as the float 1e999999999 is.
    """
    if "/" in text:
        num, den = text.split("/")
        if int(den) == 0:
            raise ValueError(f"the fraction {text!r} has a zero denominator")
        x = Fraction(int(num), int(den))
    elif "e" in text or "E" in text:
        d = limits.decimal(text)
        limits.check_decimal(d)
        x = Fraction(d)
    elif "." not in text:
        return int(text)
    else:
        x = Fraction(text)
    return x.numerator if x.denominator == 1 else x


def read_number(value: object) -> Number:
    """An exact, finite number from a file value: an int, a decimal, or number text."""
    expected = 'expected a number: an integer, a decimal, or text such as "2.5", "1e3" or "1/3"'
    if isinstance(value, bool) or not isinstance(value, (int, Decimal, Fraction, str)):
        raise TypeError(f"{expected}, found {describe(value)}")
    if isinstance(value, str):
        text = value.strip()
        if not NUMBER_TEXT.fullmatch(text):
            hint = ""
            if any(c.isdigit() and not c.isascii() for c in text):
                hint = "; digits must be ASCII 0-9"
            elif text.lower().lstrip("+-") in ("inf", "infinity", "nan"):
                hint = "; numbers must be finite"
            elif any(c.isalpha() or c == "," for c in text) or grouped_digits_hint(text):
                hint = '; for words as reported ("almost 2,600"), use the value key'
                hint += grouped_digits_hint(text).replace("; write", "; or write", 1)
            raise ValueError(f"{expected}, found {describe(value)}{hint}")
        limits.check_text(text)
        x: Fraction | int = number_from_text(text)
    elif isinstance(value, Decimal):
        if not value.is_finite():
            raise ValueError(f"{expected}, found {value}: numbers must be finite")
        limits.check_decimal(value)  # from the exponent: 1e999999999 is never expanded
        x = Fraction(value)
    else:
        x = value
    limits.check(x)
    if isinstance(x, Fraction) and x.denominator == 1:
        return x.numerator
    return x


def _text(value: object) -> str:
    if not isinstance(value, str):
        raise TypeError(f"expected text (a string), found {describe(value)}")
    return value


def _words(value: object) -> str:
    """A figure's ``value``: the words as reported; a bare number is pointed to ``number``."""
    if isinstance(value, (int, float, Decimal)) and not isinstance(value, bool):
        raise TypeError(
            f"expected the words as reported (a string), found {describe(value)}:"
            f' quote it (value = "{value}") or give an exact number as number = {value}'
        )
    return _text(value)


def _id(value: object) -> str:
    text = _text(value)
    if not is_plain_id(text):  # the model's own rule for ids
        raise ValueError(
            f"expected an id: non-empty text without surrounding or control whitespace or"
            f" NUL characters, found {text!r}"
        )
    return text


def _dims(value: object) -> Dims:
    if not isinstance(value, Mapping):
        raise TypeError(
            "expected a table of dimension name to value (TOML table, JSON object, or CSV"
            f" dim_<name> columns), found {describe(value)}"
        )
    found = []
    for name, one in value.items():  # every name and value's problem, not only the first
        try:
            Dims({name: one})
        except (TypeError, ValueError) as exc:
            found.append(str(exc.args[0]) if exc.args else str(exc))
    if found:
        raise ValueError("; ".join(found))
    return Dims(value)


def _boolean(value: object) -> bool:
    if not isinstance(value, bool):
        raise TypeError(f"expected true or false, found {describe(value)}")
    return value


def _strings(value: object) -> tuple[str, ...]:
    if isinstance(value, str):
        return (value,)
    if not isinstance(value, list):
        raise TypeError(f"expected an array of strings, found {describe(value)}")
    for item in value:
        if not isinstance(item, str):
            raise TypeError(f"expected an array of strings, found {describe(item)} in it")
    return tuple(value)


def _ids(value: object) -> tuple[str, ...]:
    items = _strings(value)
    if not items:
        raise ValueError("expected at least one measure id, found an empty array")
    return tuple(_id(i) for i in items)


def _day(value: object) -> dt.date:
    if isinstance(value, (dt.datetime, dt.time)):
        raise TypeError(f"expected a date (YYYY-MM-DD), found {describe(value)}")
    if isinstance(value, dt.date):
        return value
    if not isinstance(value, str):
        raise TypeError(f"expected a date (YYYY-MM-DD), found {describe(value)}")
    if _ONE_DAY.fullmatch(value.strip()) is None:
        raise ValueError(f"expected one day as YYYY-MM-DD, found {value!r}")
    return DateSpan.parse(value).start  # a ParseError if there is no such day


#: The shape of one day's date; whether the day exists is DateSpan's to say.
_ONE_DAY: Final = re.compile(r"[0-9]{4}-[0-9]{1,2}-[0-9]{1,2}")


def _span(value: object) -> DateSpan:
    if isinstance(value, (dt.datetime, dt.time)):
        raise TypeError(
            f"expected a date or partial ISO text (2024, 2024-01, 2024-01-03,"
            f" 2023-12-01/2024-01-15), found {describe(value)}"
        )
    if isinstance(value, dt.date):
        return DateSpan.day(value)
    if not isinstance(value, str):
        raise TypeError(
            f"expected a date or partial ISO text (2024, 2024-01, 2024-01-03,"
            f" 2023-12-01/2024-01-15), found {describe(value)}"
        )
    return parse_span(value)


#: :meth:`DateSpan.parse`, remembered: the figures of a data set name few distinct dates.
parse_span: Final = functools.lru_cache(maxsize=4096)(DateSpan.parse)


def _interval(value: object) -> Interval:
    if not isinstance(value, str):
        raise TypeError(f'expected interval notation such as "[200, 250)", found {describe(value)}')
    return Interval.parse(value)


def _share(value: object) -> str | Interval:
    """A share: a measure id, ``{measure = id}``, a number, or interval notation."""
    if isinstance(value, dict):
        if set(value) != {"measure"}:
            raise ValueError(
                f"a share table holds only the key 'measure', found keys {', '.join(value)}"
            )
        return _id(value["measure"])
    if isinstance(value, str):
        if value.lstrip().startswith(("[", "(")):
            return Interval.parse(value)
        return _id(value)
    if isinstance(value, bool) or not isinstance(value, (int, Decimal, Fraction)):
        raise TypeError(
            f"expected a measure id, a number or interval notation, found {describe(value)}"
        )
    return Interval.point(read_number(value))


def _constant_share_hint(text: str) -> str:
    """How to write a share's text that reads as a number ("2/3") as a constant share; ""
    for other text (a measure id)."""
    try:
        x = format_number(read_number(text))
    except (TypeError, ValueError):
        return ""
    return (
        f"; text names a measure: for the constant share {text} write it in interval"
        f' notation, share = "[{x}, {x}]"'
    )


@functools.lru_cache(maxsize=64)
def _key_set(keys: tuple[str, ...]) -> frozenset[str]:
    return frozenset(keys)


_P = ParamSpec("_P")
_T = TypeVar("_T")


#: The keys of a measure whose problems leave it fit to check its figures against.
_STAND_IN_KEYS: Final[frozenset[str | None]] = frozenset({"dims", "label", "note"})


def _stands_in_past(key: str | None) -> bool:
    """Whether a measure with a problem at ``key`` is fit to check its figures against: a
    problem in its dims, label or note, or an unknown key that is a misspelling of one of
    them ("dimz"). A misspelt ``whole`` or ``unit`` would leave it with the wrong default."""
    if key in _STAND_IN_KEYS:
        return True
    if key is None or key in MEASURE_KEYS:
        return False
    return Suggester(MEASURE_KEYS).closest(key) in _STAND_IN_KEYS


class _Fields:
    """Typed reads of one record's keys; every problem is recorded, not raised."""

    def __init__(self, record: Record, problems: list[DatasetError], prefix: str = ""):
        self.record = record
        self.data: Mapping[str, Any] = record.data
        self.problems = problems
        self.prefix = prefix
        self.ok = True
        #: The keys with problems (None for the record as a whole).
        self.failed: set[str | None] = set()

    def nested(self, key: str, data: Mapping[str, Any]) -> _Fields:
        inner = _Fields(self.record, self.problems, f"{self.prefix}{key}.")
        inner.data = data
        return inner

    def fail(self, key: str | None, message: str) -> None:
        self.ok = False
        self.failed.add(key)
        self.problems.append(self.record.error(message, self.key(key)))

    def key(self, key: str | None) -> str | None:
        if key is None:
            return self.prefix.rstrip(".") or None
        return f"{self.prefix}{key}"

    def check_keys(self, allowed: Sequence[str], what: str) -> None:
        if self.data.keys() <= _key_set(tuple(allowed)):  # the common case, at once
            return
        for key in self.data:
            if key not in allowed:
                self.fail(
                    key,
                    f"unknown key {key!r}{nearest(key, allowed)}: {what} takes"
                    f" {', '.join(allowed)}",
                )

    def get(
        self, key: str, convert: Callable[[object], Any], *, required: str | None = None
    ) -> Any:
        """``convert(data[key])``; None if absent (a problem if ``required`` says why)."""
        if key not in self.data:
            if required is not None:
                self.fail(key, f"missing {key!r}: {required}")
            return None
        value = self.data[key]
        if value is BAD:  # already reported where it was read
            self.ok = False
            self.failed.add(key)
            return None
        try:
            return convert(value)
        except (TypeError, ValueError) as exc:
            self.fail(key, str(exc))
            return None

    def duplicate(self, what: str, ident: str, first: Record, *, key: str | None = "id") -> None:
        """Report ``ident`` as taken: ``first`` is the earlier record of a ``what`` with it."""
        self.fail(key, f"duplicate {what} id {ident!r} (first at {first.seen_at(self.record)})")

    def build(self, make: Callable[_P, _T], /, *args: _P.args, **kwargs: _P.kwargs) -> _T | None:
        """``make(*args, **kwargs)`` once every field read well; None if one did not.

        A ``TypeError`` or ``ValueError`` from ``make`` (a check across fields)
        is a problem of the whole record, reported at its line, and gives None.
        """
        if not self.ok:
            return None
        try:
            return make(*args, **kwargs)
        except DatasetError as exc:  # a check of one key ("figures.cites") is at that key
            key = (exc.field or "").rpartition(".")[2]
            self.fail(key if key and key in self.data else None, exc.message)
            return None
        except (TypeError, ValueError) as exc:
            self.fail(None, str(exc))
            return None


@attrs.define
class Built:
    """What has been built so far, by id, with where each came from."""

    sources: dict[str, tuple[Source, Record]] = attrs.field(factory=dict)
    broken_sources: set[str] = attrs.field(factory=set)
    measures: dict[str, tuple[Measure, Record]] = attrs.field(factory=dict)
    broken_measures: set[str] = attrs.field(factory=set)
    figures: dict[str, Record] = attrs.field(factory=dict)
    relations: dict[str, Record] = attrs.field(factory=dict)
    #: A partial load: a record left out because another was rejected says so.
    partial: bool = False
    #: Inline sources already built, by their keys (see :func:`_source_key`).
    inline_sources: dict[tuple[Any, ...], Source] = attrs.field(factory=dict)
    _suggester: Suggester | None = None

    def standing_in(
        self, ident: str, label: str | None, given: dict[str, Any], record: Record
    ) -> bool:
        """Whether a measure whose record has problems only in its dims, label or note
        is kept to check the figures and relations naming it against, so that their
        problems are reported with its own at once (a load that fails either way: never
        in a partial load, which leaves such figures out)."""
        if self.partial:
            return False
        try:
            kept = {k: v for k, v in given.items() if k not in ("dims", "note")}
            measure = Measure(id=ident, label=label or ident, **kept)
        except (TypeError, ValueError):
            return False
        self.measures[ident] = (measure, record)
        return True

    def measure_hint(self, name: str) -> str:
        """A did-you-mean for an unknown measure id (within one budget per load)."""
        if self._suggester is None:
            self._suggester = Suggester(self.measures)
        return self._suggester.hint(name)


def finish(
    files: list[list[Record]],
    problems: list[DatasetError],
    on_bad_records: OnBadRecords = "raise",
) -> Dataset:
    """Build the data set of all files' records, or raise every problem at once.

    With ``on_bad_records`` other than ``"raise"``, a record with a problem is
    left out and handed back as a :class:`Rejected` (in file and line order), and
    so is every record that needs one left out: a figure of a rejected measure or
    citing a rejected source, a relation naming a rejected measure. Problems that
    belong to no record (a file that cannot be read or parsed) are still raised.
    """
    partial = on_bad_records != "raise"
    built = Built(partial=partial)
    rejected: list[Rejected] = []
    if partial:
        attached = {id(p) for records in files for r in records for p in r.found}
        problems[:] = [p for p in problems if id(p) not in attached]
        if problems:
            raise DatasetErrors.of(_in_file_order(problems))

    def take(record: Record, make: Callable[[Record, list[DatasetError], Built], _T]) -> _T:
        start = len(problems)
        made = make(record, problems, built)
        if partial and (record.found or len(problems) > start):
            errors = [*record.found, *problems[start:]]
            del problems[start:]
            ident = record.data.get("id")
            rejected.append(
                Rejected(
                    file=record.file,
                    line=record.line,
                    record=ident if isinstance(ident, str) else None,
                    errors=_in_file_order(errors),  # type: ignore[arg-type]  # attrs' tuple converter
                )
            )
            return None  # type: ignore[return-value]  # every make returns an optional
        return made

    listed: list[Source] = []
    measures: list[Measure] = []
    figures: list[Figure] = []
    relations: list[Relation] = []
    for records in files:
        in_file: dict[str, Record] = {}
        for record in records:
            if record.table == "sources":
                source = take(record, functools.partial(_listed_source, in_file=in_file))
                if source is not None:
                    listed.append(source)
    for records in files:
        for record in records:
            if record.table == "measures":
                measure = take(record, _measure)
                if measure is not None:
                    measures.append(measure)
    for records in files:
        for record in records:
            if record.table == "figures":
                plain = record.plain
                figure = plain[0].build(record, built) if plain is not None else None
                if figure is None:
                    figure = take(record, _figure)
                    if figure is not None and plain is not None:
                        plain[0].learn(record, figure)
                if figure is not None:
                    figures.append(figure)
            elif record.table == "relations":
                relation = take(record, _relation)
                if relation is not None:
                    relations.append(relation)
            elif record.table == UNREAD and partial:
                take(record, lambda *_: None)
    figures = _check_links(figures, problems, built, rejected if partial else None)
    if problems:
        raise DatasetErrors.of(_in_file_order(problems))
    if _TRUST_RECORDS:  # every check of Dataset(...) was made above, record by record
        data = trusted_dataset(
            measures=measures, figures=figures, relations=relations, sources=listed
        )
    else:
        data = _checked_dataset(files, built, measures, figures, relations, listed)
    if callable(on_bad_records):
        rank = {name: i for i, name in enumerate(dict.fromkeys(r.file for r in rejected))}
        for one in sorted(rejected, key=lambda r: (rank[r.file], r.line or 0)):
            on_bad_records(one)
    return data


#: Whether :func:`finish` builds the data set without checking it again, every check of
#: ``Dataset(...)`` having been made per record; the tests turn it off and compare.
_TRUST_RECORDS = True


def _checked_dataset(
    files: list[list[Record]],
    built: Built,
    measures: list[Measure],
    figures: list[Figure],
    relations: list[Relation],
    sources: list[Source],
) -> Dataset:
    """``Dataset(...)`` of the parts, its problems located at their records."""
    try:
        return Dataset(measures=measures, figures=figures, relations=relations, sources=sources)
    except DatasetErrors as group:
        located = [_locate(e, built) for e in group.exceptions if isinstance(e, DatasetError)]
        order = {records[0].file: i for i, records in reversed(list(enumerate(files))) if records}
        located.sort(key=lambda p: (order.get(p.file or "", len(order)), p.line or 0))
        raise DatasetErrors.of(located) from None


def _check_links(
    figures: list[Figure],
    problems: list[DatasetError],
    built: Built,
    rejected: list[Rejected] | None,
) -> list[Figure]:
    """The figures whose ``cites`` and ``revises`` hold, checked with the records' problems.

    A link problem (an unknown id, with its did-you-mean; a figure of another
    measure; a cycle) is the data set's own check (:func:`pwstats.model.link_problems`),
    run here on the figures built so far so that it is reported in the same run as
    every other problem, at the key's line. A link to a figure whose record has
    problems of its own is not reported again. In a partial load (``rejected`` given)
    a figure with a link problem, or linking to a rejected figure, is rejected too,
    until the figures left link only to one another.
    """
    if not any(f.cites is not None or f.revises is not None for f in figures):
        return figures
    while True:
        by_id = {f.id: f for f in figures}
        unbuilt = built.figures.keys() - by_id.keys()
        found = [(p.figure, _at_link(p, built)) for p in link_problems(figures, by_id, unbuilt)]
        if rejected is None:
            problems.extend(error for _, error in found)
            return figures
        bad: dict[str, list[DatasetError]] = {}
        for f in figures:
            for key in ("cites", "revises"):
                target = getattr(f, key)
                if target is not None and target in unbuilt:
                    record = built.figures[f.id]
                    bad.setdefault(f.id, []).append(
                        record.error(f"it {key} figure {target!r}, which was rejected", key)
                    )
        for ident, error in found:
            bad.setdefault(ident, []).append(error)
        if not bad:
            return figures
        for ident, errors in bad.items():
            record = built.figures[ident]
            rejected.append(
                Rejected(
                    file=record.file,
                    line=record.line,
                    record=ident,
                    errors=_in_file_order(errors),  # type: ignore[arg-type]  # attrs' converter
                )
            )
        figures = [f for f in figures if f.id not in bad]


def _in_file_order(problems: list[DatasetError]) -> list[DatasetError]:
    """``problems`` by file (in the order first met) and line; stable within a line."""
    order = {name: i for i, name in enumerate(dict.fromkeys(p.file for p in problems))}
    return sorted(problems, key=lambda p: (order[p.file], p.line or 0))


#: A data-set problem about one figure starts with "figure " and the figure's id (its repr).
_SUBJECT: Final = re.compile(r"""figure ('(?:[^'\\]|\\.)*'|"(?:[^"\\]|\\.)*") """)


def _at_link(problem: LinkProblem, built: Built) -> DatasetError:
    """A link problem placed at its figure's record and the line of its key."""
    record = built.figures.get(problem.figure)
    if record is None:  # pragma: no cover - every figure checked was built from a record
        return problem.error
    line = record.keys.get(problem.key, record.line)
    return DatasetError(
        problem.error.message, file=record.file, line=line, field=record.field(problem.key)
    )


def _locate(error: DatasetError, built: Built) -> DatasetError:
    records = [r for _, r in built.sources.values()] + [r for _, r in built.measures.values()]
    records += [*built.figures.values(), *built.relations.values()]
    subject = _SUBJECT.match(error.message)  # "figure 'f2' cites 'f1' ...": the subject is f2
    if subject is not None:
        record = built.figures.get(ast.literal_eval(subject.group(1)))
        if record is not None:
            key = (error.field or "").rpartition(".")[2]
            line = record.keys.get(key, record.line) if key else record.line
            return DatasetError(
                error.message, file=record.file, line=line, field=record.field(key or None)
            )
    for record in records:
        ident = record.data.get("id")
        if isinstance(ident, str) and repr(ident) in error.message:
            return error.located(file=record.file, line=record.line)
    return error


def _source_fields(fields: _Fields) -> Source | None:
    fields.check_keys(SOURCE_KEYS, "a source")
    name = fields.get("name", _text, required="say whose statement it is (a person or body)")
    if isinstance(name, str) and not name.strip():
        fields.fail("name", "the name is empty: say whose statement it is")
    values = {
        "role": fields.get("role", _text),
        "affiliation": fields.get("affiliation", _text),
        "via": fields.get("via", _strings) or (),
        "url": fields.get("url", _text),
        "published": fields.get("published", _day),
        "quote": fields.get("quote", _text),
        "id": fields.get("id", _text),
    }
    return fields.build(Source, name=name, **values)


def _listed_source(
    record: Record, problems: list[DatasetError], built: Built, *, in_file: dict[str, Record]
) -> Source | None:
    fields = _Fields(record, problems)
    source = _source_fields(fields)
    ident = record.data.get("id")
    if not isinstance(ident, str):
        return source
    if ident in in_file:
        fields.duplicate("source", ident, in_file[ident])
        return None
    in_file[ident] = record
    if source is None:
        built.broken_sources.add(ident)
        return None
    if ident in built.sources:
        first, where = built.sources[ident]
        if first != source:
            fields.fail(
                "id",
                f"source {ident!r} is defined differently in {where.seen_at(record)};"
                " a source listed in several files must be the same in each",
            )
        return None
    built.sources[ident] = (source, record)
    return source


def _measure(record: Record, problems: list[DatasetError], built: Built) -> Measure | None:
    fields = _Fields(record, problems)
    fields.check_keys(MEASURE_KEYS, "a measure")
    ident = fields.get("id", _id, required="every measure has an id")
    label = fields.get("label", _text, required="say what is counted")
    unit = fields.get("unit", _text)
    kind = fields.get("kind", _text)
    if kind is not None and kind not in KINDS:
        fields.fail(
            "kind",
            f"unknown kind {kind!r}{nearest(kind, KINDS)}: expected one of {', '.join(KINDS)}",
        )
    options = {
        "whole": fields.get("whole", _boolean),
        "nonnegative": fields.get("nonnegative", _boolean),
    }
    note = fields.get("note", _text)
    dims = fields.get("dims", _dims)
    if unit is not None:
        try:
            units.dimension(unit)
        except UnitError as exc:
            fields.fail("unit", str(exc))
    if ident is not None and ident in built.measures:
        fields.duplicate("measure", ident, built.measures[ident][1])
        return None
    given = {k: v for k, v in (("unit", unit), ("kind", kind), ("note", note)) if v is not None}
    given.update({k: v for k, v in options.items() if v is not None})
    if dims is not None:
        given["dims"] = dims
    measure = fields.build(Measure, id=ident, label=label, **given)
    if measure is None:
        if (
            ident is not None
            and all(_stands_in_past(k) for k in fields.failed)
            and built.standing_in(ident, label, given, record)
        ):
            return None
        if ident is not None:
            built.broken_measures.add(ident)
        return None
    built.measures[ident] = (measure, record)
    return measure


def _figure(record: Record, problems: list[DatasetError], built: Built) -> Figure | None:
    fields = _Fields(record, problems)
    fields.check_keys(FIGURE_KEYS, "a figure")
    ident = fields.get("id", _id, required="every figure has an id")
    measure_id = fields.get("measure", _id, required="name the measure the figure is about")
    ways: list[str] = [k for k in VALUE_WAYS if k in record.data]
    if any(k in record.data for k in ESTIMATES):
        ways.append("low/best/high")
    if not ways:
        fields.fail(
            None, "no value: give one of value (the words), number, interval, or low/best/high"
        )
    elif len(ways) > 1:
        second = ways[1] if ways[1] in record.data else "low"
        hint = ""
        if "low/best/high" in ways:
            hint = "; put the point estimate in best, beside low and high"
        fields.fail(second, f"give the value one way only, found {' and '.join(ways)}{hint}")
    value: str | Number | Interval | None = None
    text = fields.get("value", _words)
    if text is not None:
        if not text.strip():
            fields.fail("value", "the value is empty: give the words as reported")
        value = text
    number = fields.get("number", read_number)
    if number is not None:
        value = number
    interval = fields.get("interval", _interval)
    if interval is not None:
        if interval.is_empty:
            fields.fail("interval", "the interval is empty: no value can hold")
        value = interval
    low, best, high = (fields.get(k, read_number) for k in ESTIMATES)
    if low is not None and high is not None and low > high:
        fields.fail("low", f"low {format_number(low)} is above high {format_number(high)}")
    elif best is not None and (
        (low is not None and best < low) or (high is not None and best > high)
    ):
        fields.fail(
            "best",
            f"best {format_number(best)} is outside [low, high] = [{_shown(low)}, {_shown(high)}]",
        )
    basis = fields.get("basis", _text)
    if basis is not None and basis not in BASES:
        fields.fail(
            "basis",
            f"unknown basis {basis!r}{nearest(basis, BASES)}: expected one of {', '.join(BASES)}",
        )
    elif basis == "estimate" and len(ways) == 1 and ways[0] in VALUE_WAYS:
        fields.fail(  # at the key given, named as given (not "a value" for an interval)
            ways[0],
            f"an estimate is given as low, best and high numbers (its interval and best"
            f" value), not as {ways[0]!r}",
        )
    links = {k: fields.get(k, _id) for k in ("cites", "revises")}
    confidence = fields.get("confidence", _confidence)
    if confidence is not None and basis in (None, "count"):  # 0.95 too: low and high as CI ends
        fields.fail("confidence", confidence_on_count(confidence))
    as_of = fields.get("as_of", _span)
    note = fields.get("note", _text)
    quote = fields.get("quote", _text)
    source = _figure_source(fields, quote, built)
    published = source.published if isinstance(source, Source) else None
    if as_of is None and "as_of" not in record.data and source is not BAD:
        if published is None:
            fields.fail(
                "as_of",
                "missing 'as_of': give the date the figure speaks of (its source has no"
                " published date to default to)",
            )
    elif as_of is not None and published is not None and as_of.start > published:
        fields.fail(
            "as_of",
            f"as_of {as_of} starts after the source was published ({published.isoformat()})",
        )
    measure = None
    if measure_id is not None:
        found = built.measures.get(measure_id)
        if found is not None:
            measure = found[0]
        elif measure_id not in built.broken_measures:
            hint = built.measure_hint(measure_id) or (
                " (define it in a measures table, or on a CSV row with a measure_label column)"
            )
            fields.fail("measure", f"unknown measure {measure_id!r}{hint}")
        elif built.partial:
            fields.fail("measure", f"its measure {measure_id!r} was rejected, so it is too")
    if ident is not None:
        if ident in built.figures:
            fields.duplicate("figure", ident, built.figures[ident])
        else:
            built.figures[ident] = record
    if measure is not None and isinstance(value, str) and value.strip():
        _check_words(value, measure, fields)  # even when the source is broken: all at once
    if measure is None or isinstance(source, Bad):
        return None
    figure = fields.build(
        Figure,
        id=ident,
        measure=measure_id,
        value=value,
        low=low,
        best=best,
        high=high,
        as_of=as_of,
        source=source,
        note=note if note is not None else "",
        basis=basis if basis is not None else "count",
        confidence=confidence if confidence is not None else DEFAULT_CONFIDENCE,
        **links,
    )
    if figure is None:
        return None
    way = ways[0] if ways[0] in record.data else next(k for k in ESTIMATES if k in record.data)
    if not isinstance(figure.value, str):  # words were checked above, even if unbuilt
        written = {
            k: str(v)
            for k in NUMBER_KEYS
            if isinstance(v := record.data.get(k), (str, Decimal)) and "." in str(v)
        }
        if isinstance(given := record.data.get("interval"), str) and "." in given:
            written["interval"] = given
        for problem in _fits_measure(figure, measure, written):  # located at its key
            key = (problem.field or "").rpartition(".")[2]
            fields.fail(key if key in ESTIMATES else way, problem.message)
    return figure if fields.ok else None


def _confidence(value: object) -> Fraction:
    """A confidence level from a file: a number (``0.95``), or text ``"0.95"`` or ``"95%"``."""
    if isinstance(value, str) and not NUMBER_TEXT.fullmatch(value.strip()):
        level = to_confidence(value)  # a percentage, or an error saying what is expected
    else:
        level = Fraction(read_number(value))
    problem = outside_confidence(level)
    if problem is not None:  # located at this key, not at the figure (Figure checks it too)
        raise ValueError(problem)
    return level


def _shown(x: Number | None) -> str:
    return "?" if x is None else format_number(x)


def _check_words(text: str, measure: Measure, fields: _Fields) -> None:
    """A figure's words must be readable in its measure's unit: the data set's own check."""
    problem = measure_words_problem(text, measure)
    if problem is not None:
        fields.fail("value", problem)


def _figure_source(fields: _Fields, quote: str | None, built: Built) -> Source | Bad | None:
    data = fields.data
    if "source" not in data:
        if quote is not None:
            fields.fail("quote", "a quote needs a source: give source (an id or a table)")
            return BAD
        return None
    given = data["source"]
    if isinstance(given, str):
        found = built.sources.get(given)
        if found is None:
            if given not in built.broken_sources:
                how = (
                    "add a source_name column to give the source on the row, or define it on"
                    " a row with record=source"
                    if fields.record.csv
                    else "list it under sources, or give the source as a table"
                )
                fields.fail(
                    "source", f"unknown source {given!r}{nearest(given, built.sources)}: {how}"
                )
            elif built.partial:
                fields.fail("source", f"its source {given!r} was rejected, so it is too")
            return BAD
        source = found[0]
        return source if quote is None else attrs.evolve(source, quote=quote)
    if not isinstance(given, dict):
        fields.fail(
            "source", f"expected a source id or a table of source keys, found {describe(given)}"
        )
        return BAD
    key = _source_key(given, quote)
    known = built.inline_sources.get(key) if key is not None else None
    if known is not None:  # the same keys as a source already built: the same Source
        return known
    inner = fields.nested("source", given)
    if quote is not None and "quote" in given:
        inner.fail("quote", "the quote is given twice: on the figure and in its source")
    if quote is not None:
        given = {**given, "quote": quote}
        inner.data = given
    inline = _source_fields(inner)
    if inline is None:
        fields.ok = False
        return BAD
    if key is not None and inner.ok:
        built.inline_sources[key] = inline
    return inline


def _source_key(given: Mapping[str, Any], quote: str | None) -> tuple[Any, ...] | None:
    """A hashable key of an inline source's keys (None if a value is not plain text or
    a list of text): figures citing the same inline source share one built Source."""
    items: list[tuple[str, Any]] = []
    for k, v in given.items():
        if type(v) is str:
            items.append((k, v))
        elif type(v) is list and all(type(i) is str for i in v):
            items.append((k, tuple(v)))
        else:
            return None
    return (quote, *items)


def _make_relation(kind: str, values: Mapping[str, Any], ident: str | None) -> Relation:
    v = values
    if kind == "sum":
        return Relation.sum(v["total"], v["parts"], complete=v.get("complete", True), id=ident)
    if kind == "le":
        return Relation.le(v["a"], v["b"], offset=v.get("offset", 0), id=ident)
    if kind == "share":
        return Relation.share(v["part"], v["whole"], v["share"], id=ident)
    return Relation.accumulates(
        v["total"], v["events"], complete=v.get("complete", False), id=ident
    )


def _relation(record: Record, problems: list[DatasetError], built: Built) -> Relation | None:
    fields = _Fields(record, problems)
    kind = fields.get("kind", _text, required=f"one of {', '.join(RELATION_KEYS)}")
    if kind is None:
        return None
    if kind not in RELATION_KEYS:
        fields.fail(
            "kind",
            f"unknown relation kind {kind!r}{nearest(kind, RELATION_KEYS)}: expected one of"
            f" {', '.join(RELATION_KEYS)}",
        )
        return None
    allowed = RELATION_KEYS[kind]
    fields.check_keys(allowed, f"a {kind!r} relation")
    ident = fields.get("id", _id)
    names: dict[str, tuple[str, ...]] = {}
    values: dict[str, Any] = {}
    for key in allowed[2:]:
        if key in ("total", "a", "b", "part", "whole"):
            found = fields.get(key, _id, required=f"a {kind!r} relation names this measure")
            names[key] = (found,) if found is not None else ()
        elif key in ("parts", "events"):
            found = fields.get(key, _ids, required=f"a {kind!r} relation names these measures")
            names[key] = found or ()
        elif key == "share":
            found = fields.get(key, _share, required="a measure id, a number or an interval")
            names[key] = (found,) if isinstance(found, str) else ()
        else:
            found = fields.get(key, _boolean if key == "complete" else read_number)
        if found is not None:
            values[key] = found
    for key, ids in names.items():
        for measure_id in ids:
            if measure_id not in built.measures and measure_id not in built.broken_measures:
                hint = _constant_share_hint(measure_id) if key == "share" else ""
                fields.fail(
                    key,
                    f"unknown measure {measure_id!r}{hint or built.measure_hint(measure_id)}",
                )
    made = fields.build(_make_relation, kind, values, ident)
    if made is None:
        return None
    if made.id in built.relations:
        fields.duplicate(
            "relation", made.id, built.relations[made.id], key="id" if "id" in record.data else None
        )
        return None
    built.relations[made.id] = record
    broken = [m for m in dict.fromkeys(made.measures) if m in built.broken_measures]
    if broken:
        if built.partial:
            shown = ", ".join(map(repr, broken))
            fields.fail(None, f"it names the rejected measure{'s' * (len(broken) > 1)} {shown}")
        return None
    measures = [built.measures[m][0] for m in dict.fromkeys(made.measures)]
    try:
        Dataset(measures=measures, relations=[made])
    except DatasetErrors as group:
        for e in group.exceptions:
            where: str | None = getattr(e, "field", None)
            place = where.split(".", 1)[1] if where and "." in where else None
            fields.fail(place, getattr(e, "message", str(e)))
        return None
    return made
