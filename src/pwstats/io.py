"""Data files: read and write data sets as TOML, JSON, CSV and Parquet, with located errors.

:func:`load` reads one or more files and :func:`dump` writes one; the format
comes from the suffix (``.toml``, ``.json``, ``.csv``, ``.parquet``). ``load(dump(d)) == d``
for every data set and every format. Every problem of the input comes back at
once, as one :class:`~pwstats.errors.DatasetErrors` group whose members name
the file, the line, the field, what was found and what was expected. The
format is specified in ``docs/data-format.md``.

>>> text = '''
... [[measures]]
... id = "returned"
... label = "Ukrainians returned"
... kind = "cumulative"
...
... [[figures]]
... id = "f1"
... measure = "returned"
... number = 2828
... as_of = "2024-01-03"
... '''
>>> data = loads(text, format="toml")
>>> data.figures[0].value
2828
>>> loads(dumps(data, format="csv"), format="csv") == data
True
>>> loads(text.replace("2828", "-5"), format="toml", name="bad.toml")
Traceback (most recent call last):
...
pwstats.errors.DatasetErrors: 1 problem in bad.toml (bad.toml:10: figures.number: ... negative)
"""

from __future__ import annotations

import ast
import contextlib
import csv
import datetime as dt
import difflib
import functools
import io
import json
import operator
import os
import re
import secrets
import stat
import tomllib
from collections.abc import Callable, Iterable, Mapping, Sequence
from decimal import Decimal
from fractions import Fraction
from importlib import resources
from pathlib import Path
from typing import Any, Final, Literal, ParamSpec, TypeAlias, TypeVar, get_args

import attrs

from pwstats import formulas, limits, units
from pwstats.bulk import paused_gc
from pwstats.dates import DateSpan
from pwstats.errors import DatasetError, DatasetErrors, UnitError
from pwstats.interval import Interval, Number, format_number
from pwstats.model import (
    BASES,
    DEFAULT_CONFIDENCE,
    KINDS,
    Accumulates,
    Dataset,
    Dims,
    Figure,
    LessEqual,
    Measure,
    Relation,
    Share,
    Source,
    Sum,
    checked_figure,
    is_plain_id,
    link_problems,
    measure_words_problem,
    to_confidence,
    within_limit,
)
from pwstats.model import fits as _fits_measure  # the data set's per-figure check, by itself
from pwstats.rejected import OnBadRecords, Rejected
from pwstats.suggest import Suggester

__all__ = ["Format", "dump", "dumps", "load", "loads", "seeds"]

#: A data-file format; :func:`dump` and :func:`load` take it from the suffix.
Format: TypeAlias = Literal["toml", "json", "csv"]
FORMATS: Final[tuple[Format, ...]] = get_args(Format)

#: The largest file :func:`load` reads, in bytes.
MAX_BYTES: Final = 200 * 1024 * 1024
#: Integers at least this large are written as strings: JSON and TOML readers
#: other than pwstats lose precision beyond 2**53.
_MAX_PLAIN_INT: Final = 2**53

_TABLES: Final = ("sources", "measures", "figures", "relations")
_SOURCE_KEYS: Final = ("id", "name", "role", "affiliation", "via", "url", "published", "quote")
_MEASURE_KEYS: Final = ("id", "label", "unit", "kind", "whole", "nonnegative", "note", "dims")
_FIGURE_KEYS: Final = (
    "id",
    "measure",
    "value",
    "number",
    "interval",
    "low",
    "best",
    "high",
    "basis",
    "confidence",
    "as_of",
    "source",
    "quote",
    "cites",
    "revises",
    "note",
)
_RELATION_KEYS: Final[dict[str, tuple[str, ...]]] = {
    "sum": ("id", "kind", "total", "parts", "complete"),
    "le": ("id", "kind", "a", "b", "offset"),
    "share": ("id", "kind", "part", "whole", "share"),
    "accumulates": ("id", "kind", "total", "events", "complete"),
}
_ALL_RELATION_KEYS: Final = tuple(dict.fromkeys(k for ks in _RELATION_KEYS.values() for k in ks))
_FIGURE_KEY_SET: Final = frozenset(_FIGURE_KEYS)
_VALUE_WAYS: Final = ("value", "number", "interval")
_ESTIMATES: Final = ("low", "best", "high")

#: Number text: ASCII digits only (Python's ``int`` would also read '٢٨٢٨'; pwstats does not).
_NUMBER_TEXT: Final = re.compile(r"[+-]?(?:[0-9]+(?:\.[0-9]+)?|[0-9]+/[0-9]+)")
_SUFFIXES: Final[dict[str, Format]] = {
    ".toml": "toml",
    ".json": "json",
    ".csv": "csv",
    ".parquet": "csv",  # the CSV format's tables, stored through Arrow: see pwstats.parquet
}


# -- public API ------------------------------------------------------------------------


def load(*paths: str | os.PathLike[str], on_bad_records: OnBadRecords = "raise") -> Dataset:
    """Read one or more data files (TOML, JSON or CSV, by suffix) as one data set.

    The files are combined as :meth:`Dataset.combine` does: ids must be unique
    across them, except that a source listed in two files with the same id
    must be the same source, and is kept once. Figures may refer to measures
    and sources of any of the files. Every problem of every file is raised at
    once as :class:`~pwstats.errors.DatasetErrors`.

    ``on_bad_records`` says what to do with records that have a problem, as
    pandas' ``on_bad_lines`` does: ``"raise"`` (the default) raises them all;
    ``"skip"`` leaves them out and keeps the rest; a callable receives each as
    a :class:`~pwstats.Rejected` (file, line, record id, every error), in file
    and line order, and the rest are kept. What depends on a rejected record is
    rejected with it, saying why: a figure of a rejected measure or citing a
    rejected source, a relation naming a rejected measure. A problem that is no
    record's (a missing file, a syntax error, an unknown CSV column) is raised
    whatever the policy.

    >>> import tempfile, pathlib
    >>> folder = pathlib.Path(tempfile.mkdtemp())
    >>> _ = (folder / "a.toml").write_text('[[measures]]\\nid = "m"\\nlabel = "held"\\n')
    >>> _ = (folder / "b.csv").write_text("id,measure,value,as_of\\nf1,m,about 300,2024\\n")
    >>> data = load(folder / "a.toml", folder / "b.csv")
    >>> [f.value for f in data.figures]
    ['about 300']
    >>> load(folder / "missing.toml")
    Traceback (most recent call last):
    ...
    pwstats.errors.DatasetErrors: 1 problem in .../missing.toml (...: no such file)
    >>> _ = (folder / "c.csv").write_text("id,measure,value,as_of\\nf2,m,lots,2024\\nf3,m,7,2024")
    >>> data = load(folder / "a.toml", folder / "c.csv", on_bad_records=print)
    /...c.csv:2: record 'f2' rejected: /...c.csv:2: value: pwstats cannot read the value: ...
    >>> [f.id for f in data.figures]
    ['f3']
    """
    if not paths:
        raise TypeError("load() needs at least one path")
    _check_policy(on_bad_records)
    with paused_gc():  # a million records are acyclic: no collector passes over them
        return _load(paths, on_bad_records)


def _load(paths: Sequence[str | os.PathLike[str]], on_bad_records: OnBadRecords) -> Dataset:
    problems: list[DatasetError] = []
    files: list[list[_Record]] = []
    for path in paths:
        name = os.fspath(path)
        if not isinstance(name, str):
            raise TypeError(f"load() takes str or os.PathLike[str] paths, not {name!r}")
        try:
            data = _read_bytes(Path(name))
            fmt = _format_of(name)
            if _is_parquet(name):  # the tables of the CSV format, through Arrow
                from pwstats.parquet import csv_text

                data = csv_text(data, name).encode("utf-8")
        except DatasetError as exc:
            problems.append(exc)
            continue
        files.append(_read(_decode(data, name, problems), fmt, name, problems))
    return _finish(files, problems, on_bad_records)


def loads(
    text: str, *, format: Format, name: str = "<string>", on_bad_records: OnBadRecords = "raise"
) -> Dataset:
    """Read a data set from ``text`` in ``format``; ``name`` is the file name errors give.

    The inverse of :func:`dumps`. ``on_bad_records`` is as for :func:`load`.

    >>> loads('{"measures": [{"id": "m", "label": "held"}]}', format="json").measures[0].unit
    'person'
    """
    fmt = _check_format(format)
    _check_policy(on_bad_records)
    if not isinstance(text, str):
        raise TypeError(f"loads() reads str, not {type(text).__name__}")
    problems: list[DatasetError] = []
    text = text.removeprefix("\ufeff")
    with paused_gc():  # a million records are acyclic: no collector passes over them
        records = _read(None if not text.strip() else text, fmt, name, problems)
        if not text.strip():
            problems.append(_empty(name))
        return _finish([records], problems, on_bad_records)


def dump(
    dataset: Dataset,
    path: str | os.PathLike[str],
    *,
    format: Format | Literal["parquet"] | None = None,
) -> None:
    """Write ``dataset`` to ``path`` as TOML, JSON, CSV or Parquet (``format``, else the suffix).

    Parquet (``.parquet``, the ``arrow`` extra) holds the tables of the CSV format,
    every cell as text, so exact numbers survive; see :mod:`pwstats.parquet`.

    A figure whose words :func:`load` would refuse (unreadable, or in a unit its
    measure cannot take) is refused here first, as :class:`~pwstats.DatasetErrors`.
    Any problem writing (a missing folder, a directory in the way, a read-only
    folder, a full disk) is a :class:`~pwstats.DatasetError` naming ``path``. A
    symlink is written through: its target gets the new text. The write is
    atomic: the text goes to a temporary file in the same folder, which is
    flushed to disk and then renamed over ``path``, so a failed write leaves any
    old file as it was. :func:`load` reads the file back to an equal data set.

    >>> import tempfile, pathlib
    >>> path = pathlib.Path(tempfile.mkdtemp()) / "data.json"
    >>> data = Dataset(measures=[Measure(id="m", label="held")])
    >>> dump(data, path)
    >>> load(path) == data
    True
    """
    name = os.fspath(path)
    if not isinstance(name, str):
        raise TypeError(f"dump() takes a str or os.PathLike[str] path, not {name!r}")
    if name.endswith(("/", os.sep)) or not name:
        raise DatasetError("a data file's path cannot end in a slash: name the file", file=name)
    if "\0" in name:
        raise DatasetError("the path holds a NUL character", file=name.replace("\0", "\\0"))
    parquet = format == "parquet" or (format is None and _is_parquet(name))
    if parquet:
        fmt: Format = "csv"
    else:
        fmt = _check_format(format) if format is not None else _format_of(name, writing=True)
    text = dumps(dataset, format=fmt)
    try:
        data = text.encode("utf-8")
        if parquet:
            from pwstats.parquet import parquet_bytes

            data = parquet_bytes(text)
    except UnicodeEncodeError as exc:
        raise DatasetError(
            f"cannot write UTF-8: the data holds the lone surrogate {text[exc.start]!r}"
            " (text decoded with errors='surrogateescape'?)",
            file=name,
        ) from None
    _write_atomically(Path(name), data)


def dumps(dataset: Dataset, *, format: Format) -> str:
    """The text of ``dataset`` in ``format``: the inverse of :func:`loads`.

    >>> print(dumps(Dataset(measures=[Measure(id="m", label="held")]), format="toml"))
    [[measures]]
    id = "m"
    label = "held"
    unit = "person"
    kind = "level"
    <BLANKLINE>
    """
    fmt = _check_format(format)
    if not isinstance(dataset, Dataset):
        raise TypeError(f"dumps() writes a Dataset, not {type(dataset).__name__}")
    _check_writable(dataset)
    tree = _tree(dataset)
    if fmt == "toml":
        return _toml_document(tree)
    if fmt == "json":
        return json.dumps(tree, ensure_ascii=False, indent=2, default=_json_default) + "\n"
    return _csv_document(tree)


def _check_writable(dataset: Dataset) -> None:
    """Refuse to write what :func:`load` would refuse: figures whose words it cannot read.

    The check is load's and the data set's own (:func:`~pwstats.model.words_problem`), so whatever
    :func:`dumps` writes, :func:`loads` reads back.
    """
    problems = []
    for figure in dataset.figures:
        if isinstance(figure.value, str):
            problem = measure_words_problem(figure.value, dataset.measure(figure.measure))
            if problem is not None:
                problems.append(
                    DatasetError(
                        f"figure {figure.id!r} cannot be written: load would refuse it: {problem}",
                        field="figures.value",
                    )
                )
    if problems:
        raise DatasetErrors.of(problems)


def seeds() -> Dataset:
    """The seed data set shipped with pwstats: every ``*.toml`` seed file, in name order.

    In an installed wheel the files are in ``pwstats/_seeds``; in a source
    checkout, in the ``seeds/`` folder at the top of the repository.

    >>> data = seeds()
    >>> len(data.figures) > 0 and len(data.measures) > 0
    True
    """
    return _load_folder(_seed_folder())


# -- files, bytes and text -----------------------------------------------------------------


def _check_format(fmt: object) -> Format:
    for known in FORMATS:
        if fmt == known:
            return known
    raise ValueError(f"format must be one of {', '.join(map(repr, FORMATS))}, not {fmt!r}")


def _is_parquet(name: str) -> bool:
    return Path(name).suffix.lower() == ".parquet"


def _check_policy(policy: object) -> None:
    if policy in ("raise", "skip") or (callable(policy) and not isinstance(policy, str)):
        return
    raise ValueError(
        f"on_bad_records must be 'raise', 'skip' or a callable receiving each Rejected record,"
        f" not {policy!r}"
    )


def _format_of(name: str, *, writing: bool = False) -> Format:
    suffix = Path(name).suffix.lower()
    fmt = _SUFFIXES.get(suffix)
    if fmt is None:
        shown = repr(suffix) if suffix else "no suffix"
        # Only dump() takes format=; a text file is what `pwstats extract` reads.
        hint = " (or pass format= to dump)" if writing else ""
        if not writing and suffix in (".txt", ".text", ".md", ".html", ".htm"):
            hint = "; an article's text is read by `pwstats extract` (pwstats.extract)"
        raise DatasetError(
            f"cannot tell the format from {shown}: expected a data file whose name ends in"
            f" .toml, .json, .csv or .parquet{hint}",
            file=name,
        )
    return fmt


def _read_bytes(path: Path) -> bytes:
    """The bytes of a regular file of at most :data:`MAX_BYTES`, read with a bounded reader.

    A device (``/dev/zero``), a FIFO or a socket is refused before it is read: it
    may never end, or never start. The file is opened without blocking (a FIFO
    swapped in after the check cannot hang the open) and read at most one byte
    past the limit, whatever its size claimed.
    """
    name = str(path)
    if "\0" in name:
        shown = name.replace("\0", "\\0")
        raise DatasetError("the path holds a NUL character, which no file name can", file=shown)
    try:
        info = os.stat(name)
        if stat.S_ISDIR(info.st_mode):
            raise DatasetError("is a directory, not a data file", file=name)
        if not stat.S_ISREG(info.st_mode):
            raise DatasetError(_NOT_REGULAR, file=name)
        if info.st_size > MAX_BYTES:
            raise DatasetError(
                f"file is {info.st_size:,} bytes; pwstats reads data files of at most"
                f" {MAX_BYTES:,} bytes",
                file=name,
            )
        fd = os.open(name, os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_BINARY", 0))
        with os.fdopen(fd, "rb") as handle:
            if not stat.S_ISREG(os.fstat(handle.fileno()).st_mode):
                raise DatasetError(_NOT_REGULAR, file=name)
            data = handle.read(MAX_BYTES + 1)
    except FileNotFoundError:
        raise DatasetError("no such file", file=name) from None
    except PermissionError:
        raise DatasetError("permission denied: cannot read the file", file=name) from None
    except OSError as exc:
        raise DatasetError(f"cannot read the file: {exc.strerror or exc}", file=name) from None
    if len(data) > MAX_BYTES:
        raise DatasetError(
            f"file is larger than {MAX_BYTES:,} bytes, the most pwstats reads", file=name
        )
    return data


_NOT_REGULAR: Final = (
    "not a regular file (a device, pipe or socket): pwstats reads data from regular files"
)


def _decode(data: bytes, name: str, problems: list[DatasetError]) -> str | None:
    """UTF-8 text without its byte-order mark; None (and a problem) if empty or not UTF-8."""
    data = data.removeprefix(b"\xef\xbb\xbf")
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as exc:
        line = data.count(b"\n", 0, exc.start) + 1
        problems.append(
            DatasetError(
                f"not UTF-8: byte 0x{data[exc.start]:02X} at offset {exc.start} cannot be"
                " read; save the file as UTF-8",
                file=name,
                line=line,
            )
        )
        return None
    if not text.strip():
        problems.append(_empty(name))
        return None
    return text


def _empty(name: str) -> DatasetError:
    return DatasetError(
        "empty file: it holds no data (expected sources, measures, figures or relations)",
        file=name,
    )


#: Temporary files of dumps: ``.<name>.pwstats-<pid>-<random>.tmp`` beside the target.
_TEMP: Final = re.compile(r"\.(?P<name>.+)\.pwstats-(?P<pid>[0-9]+)-[0-9a-f]+\.tmp")


def _write_atomically(path: Path, data: bytes) -> None:
    """Write ``data`` to a fresh file beside ``path``, flush it to disk, rename it over.

    A symlink is followed, so its target is replaced. The temporary file is named
    after the target and the writing process; one left by a killed dump (its
    process gone) is removed by the next dump to the same path. Every ``OSError``
    becomes a :class:`DatasetError` naming ``path``, never the temporary file.
    """
    name = str(path)
    target = Path(os.path.realpath(path)) if path.is_symlink() else path
    folder = target.parent
    try:
        if target.is_dir():
            raise DatasetError("is a directory: name a file to write", file=name)
        if not folder.is_dir():
            raise DatasetError(f"no such folder {str(folder)!r}: create it first", file=name)
        _remove_stale_temps(target)
        temp = folder / f".{target.name}.pwstats-{os.getpid()}-{secrets.token_hex(6)}.tmp"
        fd = os.open(temp, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o666)
    except PermissionError:
        raise DatasetError(
            f"permission denied: cannot write in the folder {str(folder)!r}", file=name
        ) from None
    except OSError as exc:
        raise DatasetError(f"cannot write: {exc.strerror or exc}", file=name) from None
    try:
        with os.fdopen(fd, "wb") as handle:
            handle.write(data)
            handle.flush()
            os.fsync(handle.fileno())
        with contextlib.suppress(FileNotFoundError):
            os.chmod(temp, target.stat().st_mode & 0o7777)
        os.replace(temp, target)
    except BaseException as exc:
        with contextlib.suppress(OSError):
            os.unlink(temp)
        if isinstance(exc, OSError):  # a full disk, a folder gone read-only, ...
            raise DatasetError(f"cannot write: {exc.strerror or exc}", file=name) from None
        raise
    _sync_folder(folder)


def _remove_stale_temps(target: Path) -> None:
    """Remove temporary files that killed dumps to ``target`` left (their process is gone)."""
    prefix = f".{target.name}.pwstats-"
    with contextlib.suppress(OSError):
        for entry in os.scandir(target.parent):
            if not entry.name.startswith(prefix):
                continue
            found = _TEMP.fullmatch(entry.name)
            if found is None or found["name"] != target.name or _alive(int(found["pid"])):
                continue
            with contextlib.suppress(OSError):
                os.unlink(entry.path)


def _alive(pid: int) -> bool:
    """Whether process ``pid`` still runs (so its temporary file may still be written)."""
    if pid == os.getpid() or os.name != "posix":  # elsewhere signal 0 is no mere probe
        return True
    try:
        os.kill(pid, 0)  # signal 0: sends nothing, only asks whether the process exists
    except ProcessLookupError:
        return False
    except (PermissionError, OSError, OverflowError):
        return True  # someone else's process, or cannot tell: leave its file alone
    return True


def _sync_folder(folder: Path) -> None:
    """Flush the rename to disk where the platform allows it (POSIX)."""
    if not hasattr(os, "O_DIRECTORY"):  # pragma: no cover - Windows
        return
    with contextlib.suppress(OSError):
        fd = os.open(folder, os.O_RDONLY | os.O_DIRECTORY)
        try:
            os.fsync(fd)
        finally:
            os.close(fd)


def _seed_folder() -> Any:
    """The folder of seed files: ``pwstats/_seeds`` when installed, else ``<repo>/seeds``."""
    packaged = resources.files("pwstats") / "_seeds"
    if packaged.is_dir():
        return packaged
    return Path(__file__).resolve().parents[2] / "seeds"


def _load_folder(folder: Any) -> Dataset:
    """Load every ``*.toml`` file of ``folder`` (a Path or Traversable) in name order."""
    name = str(folder)
    if not folder.is_dir():
        raise DatasetErrors.of([DatasetError("the seed folder does not exist", file=name)])
    entries = sorted(
        (e for e in folder.iterdir() if e.name.endswith(".toml") and e.is_file()),
        key=lambda e: e.name,
    )
    if not entries:
        raise DatasetErrors.of([DatasetError("the seed folder holds no .toml file", file=name)])
    problems: list[DatasetError] = []
    files = []
    for entry in entries:
        shown = f"{name}/{entry.name}"
        text = _decode(entry.read_bytes(), shown, problems)
        files.append(_read(text, "toml", shown, problems))
    return _finish(files, problems)


# -- records: one table entry of a file, with where it is ------------------------------------


#: The key lines of a record that has none (a CSV row; shared, never changed).
_NO_KEYS: Final[Mapping[str, int]] = {}


@attrs.define
class _Record:
    """One source, measure, figure or relation as read, with the lines of its keys.

    Fields are named ``table.key`` (``figures.source.name`` for a nested key)
    for TOML and JSON, and by their column for CSV (``source_name``). A TOML or
    JSON record is placed lazily: ``lines`` finds its line and the lines of its
    keys (entry ``index`` of its table) only when a message needs them.
    """

    table: str
    _data: dict[str, Any] | None
    file: str
    _line: int | None = None
    _keys: Mapping[str, int] = _NO_KEYS
    csv: bool = False
    index: int = 0
    lines: _Lines | None = None
    #: Problems found while reading the record (a CSV cell, a key given twice); they are
    #: also in the load's list of problems, and tell a partial load to reject the record.
    found: tuple[DatasetError, ...] = ()
    #: A plain CSV figure row (see :class:`_PlainRows`), kept as its cells: its keys are
    #: made only if the fast path declines it, or a message needs them.
    plain: tuple[_PlainRows, list[str]] | None = None

    @property
    def data(self) -> dict[str, Any]:
        if self._data is None:
            assert self.plain is not None
            self._data = self.plain[0].data(self.plain[1], self.file, self._line)
        return self._data

    @property
    def line(self) -> int | None:
        self._place()
        return self._line

    @property
    def keys(self) -> Mapping[str, int]:
        self._place()
        return self._keys

    def _place(self) -> None:
        if self.lines is not None:
            self._line, self._keys = self.lines.record(self.table, self.index)
            self.lines = None

    def field(self, key: str | None) -> str:
        if key is None:
            return self.table
        if self.csv:
            return _csv_column(self.table, key)
        return f"{self.table}.{key}"

    def error(self, message: str, key: str | None = None) -> DatasetError:
        line = self.line
        if key is not None:
            line = self.keys.get(key, self.keys.get(key.split(".")[0], line))
        return DatasetError(message, file=self.file, line=line, field=self.field(key))

    def seen_at(self, other: _Record) -> str:
        """Where this record is, as seen from ``other``: a line, or file and line."""
        if other.file == self.file and self.line is not None:
            return f"line {self.line}"
        return self.file if self.line is None else f"{self.file}:{self.line}"


#: The table of a placeholder record: an entry or row that made no record, kept so that a
#: partial load can hand its problems back as one :class:`~pwstats.Rejected`.
_UNREAD: Final = "unread"

#: Where each record of a file is: per table, each entry's line and the lines of its keys;
#: and the lines of top-level keys.
_Places: TypeAlias = tuple[dict[str, list[tuple[int, dict[str, int]]]], dict[str, int]]


class _Lines:
    """The lines of one TOML or JSON file's records, found by one scan of its text when asked.

    Decoding does not track lines, so a file that loads cleanly is never
    scanned; the first message that needs a line scans the whole text once.
    ``counts`` (TOML) gives each table's number of entries as decoded: a scan
    that found another number was misled (a header-like line in a multi-line
    string), and its lines for that table are not used.
    """

    def __init__(self, scan: Callable[[], _Places], counts: Mapping[str, int] | None = None):
        self._scan = scan
        self._counts = counts
        self._places: _Places | None = None

    def _found(self) -> _Places:
        if self._places is None:
            self._places = self._scan()
        return self._places

    def top(self, key: str) -> int | None:
        """The line of top-level key ``key`` (the first ``[[key]]`` header in TOML)."""
        return self._found()[1].get(key)

    def record(self, table: str, index: int) -> tuple[int | None, dict[str, int]]:
        """The line of entry ``index`` of ``table`` and the lines of its keys."""
        found = self._found()[0].get(table, [])
        if self._counts is not None and len(found) != self._counts.get(table, 0):
            return self.top(table), {}
        if index < len(found):
            return found[index]
        return self.top(table), {}


def _read(text: str | None, fmt: Format, name: str, problems: list[DatasetError]) -> list[_Record]:
    if text is None:
        return []
    if fmt == "toml":
        return _read_toml(text, name, problems)
    if fmt == "json":
        return _read_json(text, name, problems)
    return _read_csv(text, name, problems)


def _describe(value: object) -> str:
    """How a value found in a file is named in messages."""
    if isinstance(value, bool):
        return f"the boolean {str(value).lower()}"
    if isinstance(value, int):
        return f"the integer {value}"
    if isinstance(value, (Decimal, Fraction)):
        return f"the number {value}"
    if isinstance(value, str):
        shown = value if len(value) <= 60 else value[:57] + "..."
        return f"the text {shown!r}"
    if isinstance(value, dt.datetime):
        return f"the date-time {value.isoformat()}"
    if isinstance(value, dt.date):
        return f"the date {value.isoformat()}"
    if isinstance(value, dt.time):
        return f"the time {value.isoformat()}"
    if isinstance(value, list):
        return "an array"
    if isinstance(value, dict):
        return "a table"
    if value is None:
        return "null"
    return f"a {type(value).__name__}"


def _cell(text: str) -> str:
    """A cell as messages quote it: its repr, cut to 60 characters (a cell may hold 131,072)."""
    return repr(text if len(text) <= 60 else text[:57] + "...")


def _nearest(name: str, known: Iterable[str]) -> str:
    close = difflib.get_close_matches(name, list(known), n=1, cutoff=0.6)
    return f" (did you mean {close[0]!r}?)" if close else ""


def _tree_records(
    tree: Mapping[str, Any],
    name: str,
    problems: list[DatasetError],
    lines: _Lines,
) -> list[_Record]:
    """Records of a parsed TOML or JSON document: four arrays of tables."""
    if not tree:
        problems.append(_empty(name))
        return []
    records: list[_Record] = []
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
        if key not in _TABLES:
            problems.append(
                DatasetError(
                    f"unknown key {key!r}{_nearest(key, _TABLES)}: a data file holds the"
                    f" arrays of tables {', '.join(_TABLES)}",
                    file=name,
                    line=lines.top(key),
                    field=key,
                )
            )
            continue
        if not isinstance(value, list):
            problems.append(
                DatasetError(
                    f"expected an array of tables ([[{key}]]), found {_describe(value)}",
                    file=name,
                    line=lines.top(key),
                    field=key,
                )
            )
            continue
        for index, item in enumerate(value):
            if not isinstance(item, dict):
                problem = DatasetError(
                    f"entry {index + 1} must be a table of keys, found {_describe(item)}",
                    file=name,
                    line=lines.record(key, index)[0],
                    field=key,
                )
                problems.append(problem)
                records.append(_Record(_UNREAD, {}, name, problem.line, found=(problem,)))
                continue
            record = _Record(key, dict(item), name, index=index, lines=lines)
            for where in _twice(item):
                record.found += (record.error(f"key {where!r} is given twice", where),)
            problems.extend(record.found)
            records.append(record)
    return records


# -- TOML --------------------------------------------------------------------------------

_TOML_LOCATION: Final = re.compile(r"\s*\(at line (\d+), column (\d+)\)\s*$")
_TOML_ARRAY_HEADER: Final = re.compile(
    r"""[ \t]*\[\[[ \t]*(?:"([^"]*)"|([A-Za-z0-9_-]+))[ \t]*\]\][ \t\r]*(?:\#.*)?"""
)
_TOML_HEADER: Final = re.compile(r"""[ \t]*\[[ \t]*(?:"([^"]*)"|([A-Za-z0-9_-]+))?""")
_TOML_KEY: Final = re.compile(r"""[ \t]*(?:"([^"]*)"|'([^']*)'|([A-Za-z0-9_-]+))[ \t]*[=.]""")


def _read_toml(text: str, name: str, problems: list[DatasetError]) -> list[_Record]:
    try:
        tree = tomllib.loads(text, parse_float=Decimal)
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
        problems.append(DatasetError(f"TOML value cannot be read: {exc}", file=name))
        return []
    counts = {key: len(value) for key, value in tree.items() if isinstance(value, list)}
    return _tree_records(tree, name, problems, _Lines(lambda: _toml_lines(text), counts))


def _toml_lines(text: str) -> _Places:
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


def _read_json(text: str, name: str, problems: list[DatasetError]) -> list[_Record]:
    try:
        tree = json.loads(
            text,
            parse_float=Decimal,
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
        problems.append(DatasetError(f"JSON value cannot be read: {exc}", file=name))
        return []
    if not isinstance(tree, dict):
        problems.append(
            DatasetError(
                f"expected a JSON object with the arrays {', '.join(_TABLES)},"
                f" found {_describe(tree)}",
                file=name,
                line=1,
            )
        )
        return []
    return _tree_records(tree, name, problems, _Lines(lambda: _json_lines(text)))


def _json_lines(text: str) -> _Places:
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


# -- CSV ---------------------------------------------------------------------------------

_FIGURE_COLUMNS: Final = _FIGURE_KEYS  # a CSV row holds a figure's own keys first
_SOURCE_COLUMNS: Final = tuple(f"source_{k}" for k in _SOURCE_KEYS if k not in ("id", "quote"))
_MEASURE_COLUMNS: Final = tuple(f"measure_{k}" for k in _MEASURE_KEYS if k not in ("id", "dims"))
#: A measure's dimension ``x`` is held in the column ``dim_x``.
_DIM_PREFIX: Final = "dim_"
_RELATION_COLUMNS: Final = tuple(k for k in _ALL_RELATION_KEYS if k != "id")
_META_COLUMNS: Final = ("record", "empty")
_COLUMNS: Final = (
    *_META_COLUMNS[:1],
    *_FIGURE_COLUMNS,
    *_SOURCE_COLUMNS,
    *_MEASURE_COLUMNS,
    *_RELATION_COLUMNS,
    *_META_COLUMNS[1:],
)
_RECORD_KINDS: Final = ("figure", "measure", "source", "relation")
_ROW_COLUMNS: Final[dict[str, frozenset[str]]] = {
    "figure": frozenset((*_FIGURE_COLUMNS, *_SOURCE_COLUMNS, *_MEASURE_COLUMNS, *_META_COLUMNS)),
    "measure": frozenset(("measure", *_MEASURE_COLUMNS, *_META_COLUMNS)),
    "source": frozenset(("source", "quote", *_SOURCE_COLUMNS, *_META_COLUMNS)),
    "relation": frozenset(("id", *_RELATION_COLUMNS, *_META_COLUMNS)),
}
#: Columns whose empty text differs from no value; the ``empty`` column names them.
_EMPTYABLE: Final = (
    "source",
    "quote",
    "source_role",
    "source_affiliation",
    "source_url",
    "measure_label",
    "measure_unit",
)
_LIST_COLUMNS: Final = ("source_via", "parts", "events")
_BOOL_COLUMNS: Final = ("measure_whole", "measure_nonnegative", "complete")
#: Columns whose cells are more than text: lists, booleans, shares (see _convert).
_CONVERTED: Final = frozenset((*_LIST_COLUMNS, *_BOOL_COLUMNS, "share"))
_SOURCE_COLUMN_SET: Final = frozenset(_SOURCE_COLUMNS)
_MEASURE_COLUMN_SET: Final = frozenset(_MEASURE_COLUMNS)
_TRUE: Final = ("true", "yes", "1")
_FALSE: Final = ("false", "no", "0")


def _delimiter(text: str) -> str:
    header = text.lstrip("\r\n").split("\n", 1)[0]
    for candidate in (",", ";", "\t"):
        if candidate in header:
            return candidate
    return ","


#: What a column that pwstats does not know usually means, and which to use instead.
_COLUMN_HINTS: Final = {
    "date": ": the date a figure speaks of goes in as_of (a source's publication date in"
    " source_published); rename the column",
}


#: More unknown columns than this are one problem listing them, not one problem each.
_UNKNOWN_EACH: Final = 3
#: How many unknown columns that one problem names before it counts the rest.
_UNKNOWN_NAMED: Final = 10


def _unknown_columns(
    unknown: Sequence[str], name: str, line: int, header: Sequence[str], next_row: Sequence[str]
) -> list[DatasetError]:
    """The problems of a CSV header's unknown columns: first the published data set the
    header is, if it is one (a UCDP GED or ACLED export, an HXL-tagged file), then each
    column with a hint, or one line listing them when there are more than a few."""
    from pwstats.frames import PRESET_NAMES, preset_of

    found = []
    preset = preset_of(header, next_row)
    if preset is not None:
        found.append(
            DatasetError(
                f"this looks like {PRESET_NAMES[preset]}, not a pwstats CSV file: read it"
                f" with pwstats.from_frame(pandas.read_csv(path), preset={preset!r})",
                file=name,
                line=line,
            )
        )
    if len(unknown) > _UNKNOWN_EACH:
        named = ", ".join(map(repr, unknown[:_UNKNOWN_NAMED]))
        more = f" and {len(unknown) - _UNKNOWN_NAMED} more" if len(unknown) > _UNKNOWN_NAMED else ""
        found.append(
            DatasetError(
                f"{len(unknown)} unknown columns: {named}{more}; see docs/data-format.md for"
                " the columns",
                file=name,
                line=line,
            )
        )
        return found
    for column in unknown:
        hint = _COLUMN_HINTS.get(column.lower()) or (
            f"{_nearest(column.lower(), _COLUMNS)}; see docs/data-format.md for the columns"
        )
        found.append(
            DatasetError(f"unknown column {column!r}{hint}", file=name, line=line, field=column)
        )
    return found


#: Where a CSV may hold a cell :func:`pwstats.formulas.escape` wrote: "'" before a formula.
_ESCAPED_FORMULA: Final = re.compile(r"'['=+\-@\t\r]")


def _read_csv(text: str, name: str, problems: list[DatasetError]) -> list[_Record]:
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=_delimiter(text), strict=True)
    rows: list[tuple[int, list[str]]] = []
    try:
        while True:
            start = reader.line_num + 1
            try:
                row = next(reader)
            except StopIteration:
                break
            if "".join(row).strip():  # a row of blank cells is skipped
                rows.append((start, row))
    except csv.Error as exc:
        problems.append(
            DatasetError(f"CSV syntax error: {exc}", file=name, line=max(reader.line_num, 1))
        )
        return []
    if not rows:
        problems.append(_empty(name))
        return []
    if _ESCAPED_FORMULA.search(text):  # cells dump wrote with a "'" before a formula
        rows = [(line, [formulas.unescape(c) for c in row]) for line, row in rows]
    header_line, raw_header = rows[0]
    header = [h.strip().lower() for h in raw_header]
    bad = False
    seen: set[str] = set()  # a set, not header[:i]: a wide header must not be quadratic
    unknown: list[str] = []
    first = len(problems)  # the header's problems start here; a data set's come first
    for i, column in enumerate(header):
        if column and column not in _COLUMNS and not _is_dim_column(column):
            unknown.append(raw_header[i].strip())
            bad = True
        elif column and column in seen:
            problems.append(
                DatasetError(
                    f"column {column!r} appears twice", file=name, line=header_line, field=column
                )
            )
            bad = True
        seen.add(column)
    if unknown:
        next_row = rows[1][1] if len(rows) > 1 else []
        problems[first:first] = _unknown_columns(unknown, name, header_line, raw_header, next_row)
    if bad:
        return []
    reading = _CSVReading(name, problems)
    plain = _PlainRows.of(header) if _FAST_ROWS else None
    accepts = plain.accepts if plain is not None else None
    figures = reading.figures
    for line, row in rows[1:]:
        if accepts is not None and accepts(row):
            figures.append(_Record("figures", None, name, line, csv=True, plain=(plain, row)))  # type: ignore[arg-type]  # plain is set with accepts
            continue
        before = len(problems)
        reading.inline = None
        made = reading.row(line, header, row)
        if len(problems) > before:  # the row's own problems: a partial load rejects it
            found = problems[before:]
            if reading.inline is not None:  # a measure defined on the row shares its fate
                reading.inline.found += tuple(found)
            if made is None:
                ident = row[header.index("id")] if "id" in header[: len(row)] else None
                made = _Record(_UNREAD, {"id": ident} if ident else {}, name, line, csv=True)
                reading.unread.append(made)
            made.found += tuple(found)
    return reading.records()


@attrs.define
class _CSVReading:
    """Turns CSV rows into records: sources, measures (rows or inline), figures, relations."""

    file: str
    problems: list[DatasetError]
    sources: list[_Record] = attrs.field(factory=list)
    measures: dict[str, _Record] = attrs.field(factory=dict)
    figures: list[_Record] = attrs.field(factory=list)
    relations: list[_Record] = attrs.field(factory=list)
    unread: list[_Record] = attrs.field(factory=list)  # rows that made no record
    inline: _Record | None = None  # the measure the last figure row defined, if it did

    def records(self) -> list[_Record]:
        return [
            *self.sources,
            *self.measures.values(),
            *self.figures,
            *self.relations,
            *self.unread,
        ]

    def fail(self, message: str, line: int, column: str | None = None) -> None:
        self.problems.append(DatasetError(message, file=self.file, line=line, field=column))

    def row(self, line: int, header: list[str], row: list[str]) -> _Record | None:
        """Read one row; the record it made (None if none, or if it only repeated one)."""
        if len(row) > len(header) and any(c.strip() for c in row[len(header) :]):
            self.fail(
                f"row has {len(row)} cells but the header names {len(header)} columns",
                line,
            )
            return None
        if len(row) < len(header):  # a missing cell would shift no column: say so, never pad
            self.fail(
                f"row has {len(row)} cells but the header names {len(header)} columns"
                f" (the first missing is {header[len(row)]!r}); give every column a cell,"
                " an empty one if it has no value",
                line,
            )
            return None
        cells = {column: cell for column, cell in zip(header, row, strict=False) if column and cell}
        kind = cells.pop("record", "figure").strip().lower() or "figure"
        if kind not in _RECORD_KINDS:
            self.fail(
                f"unknown record kind {kind!r}{_nearest(kind, _RECORD_KINDS)}: expected one"
                f" of {', '.join(_RECORD_KINDS)}",
                line,
                "record",
            )
            return None
        allowed = _ROW_COLUMNS[kind]
        stray = [
            c for c in cells if c not in allowed and not (kind in _DIM_ROWS and _is_dim_column(c))
        ]
        for column in stray:
            self.fail(
                f"column {column!r} has no meaning in a {kind} row; leave it empty", line, column
            )
        if stray or not self._empties(cells, line):
            return None
        # a cell that cannot be read stays as _BAD: its record is not built, but the
        # record's other fields are still checked
        values = {
            column: self._convert(column, cell, line) if column in _CONVERTED else cell
            for column, cell in cells.items()
        }
        if kind == "figure":
            return self._figure(line, values)
        if kind == "measure":
            return self._measure(line, values, inline=False)
        if kind == "source":
            return self._source(line, values)
        record = _Record("relations", values, self.file, line, csv=True)
        self.relations.append(record)
        return record

    def _empties(self, cells: dict[str, str], line: int) -> bool:
        listed = cells.pop("empty", "")
        ok = True
        for column in (c.strip().lower() for c in listed.split("|") if c.strip()):
            if column not in _EMPTYABLE:
                self.fail(
                    f"{column!r} cannot be listed as empty text: expected some of"
                    f" {', '.join(_EMPTYABLE)}",
                    line,
                    "empty",
                )
                ok = False
            elif cells.get(column):
                self.fail(f"{column!r} is listed as empty text but holds a value", line, "empty")
                ok = False
            else:
                cells[column] = ""
        return ok

    def _convert(self, column: str, cell: str, line: int) -> Any:
        if column in _LIST_COLUMNS:
            return self._list(column, cell, line)
        if column in _BOOL_COLUMNS:
            word = cell.strip().lower()
            if word in _TRUE or word in _FALSE:
                return word in _TRUE
            self.fail(f"expected true or false, found {_cell(cell)}", line, column)
            return _BAD
        if column == "share":
            return self._share(cell, line)
        return cell

    def _list(self, column: str, cell: str, line: int) -> Any:
        if cell.lstrip().startswith("["):
            try:
                items = json.loads(cell)
            except (ValueError, RecursionError):  # 50,000 "[" must not escape as RecursionError
                items = None
            if not isinstance(items, list) or not all(isinstance(i, str) for i in items):
                self.fail(
                    "expected items separated by '|', or a JSON array of strings, found"
                    f" {_cell(cell)}",
                    line,
                    column,
                )
                return _BAD
            return items
        items = [item.strip() for item in cell.split("|")]
        if not all(items):
            self.fail(
                f"empty item in the list {_cell(cell)}: items are separated by '|'",
                line,
                column,
            )
            return _BAD
        return items

    def _share(self, cell: str, line: int) -> Any:
        text = cell.strip()
        if text.startswith('"'):
            try:
                measure = json.loads(text)
            except (ValueError, RecursionError):
                measure = None
            if not isinstance(measure, str):
                self.fail(
                    f"expected a JSON string holding a measure id, found {_cell(cell)}",
                    line,
                    "share",
                )
                return _BAD
            return {"measure": measure}
        if _NUMBER_TEXT.fullmatch(text):
            return _read_number_text(text)
        return text

    def _source(self, line: int, values: dict[str, Any]) -> _Record:
        data = _inline(values, "source")
        if "quote" in values:
            data["quote"] = values["quote"]
        record = _Record("sources", data, self.file, line, csv=True)
        self.sources.append(record)
        return record

    def _measure(self, line: int, values: dict[str, Any], *, inline: bool) -> _Record | None:
        """The measure's record if this row defines it first; None if it repeats one."""
        data = _inline(values, "measure")
        measure_id = data.get("id")
        record = _Record("measures", data, self.file, line, csv=True)
        if not isinstance(measure_id, str) or measure_id not in self.measures:
            key = measure_id if isinstance(measure_id, str) else f"\0{line}"
            self.measures[key] = record
            return record
        first = self.measures[measure_id]
        for key, value in data.items():
            before = first.data.get(key, _MEASURE_DEFAULTS.get(key))
            if before != value and _BAD not in (before, value):
                shown = "empty" if key not in first.data else repr(before)
                self.fail(
                    f"measure {measure_id!r} is defined differently on line {first.line}:"
                    f" {key} {value!r} here, {shown} there",
                    line,
                    record.field(key),
                )
        if not inline:  # a measure row after inline use: the row is the definition
            for key, value in data.items():
                first.data.setdefault(key, value)
        return None

    def _figure(self, line: int, values: dict[str, Any]) -> _Record:
        data = {k: v for k, v in values.items() if k in _FIGURE_KEY_SET}
        if not _SOURCE_COLUMN_SET.isdisjoint(values):
            data["source"] = _inline(values, "source")
        if not _MEASURE_COLUMN_SET.isdisjoint(values) or any(map(_is_dim_column, values)):
            self.inline = self._measure(line, values, inline=True)
        record = _Record("figures", data, self.file, line, csv=True)
        self.figures.append(record)
        return record


#: Whether plain CSV figure rows take the fast path (tests turn it off to compare the two).
_FAST_ROWS = True
#: The cells of a plain row, in the order :meth:`_PlainRows.build` reads them.
_PLAIN_CELLS: Final = (
    "id",
    "measure",
    "value",
    "number",
    "interval",
    "low",
    "best",
    "high",
    "as_of",
    "note",
    "cites",
    "revises",
)

#: The columns a plain figure row may fill: its own keys and an inline source, nothing
#: that needs more than text (a quote, a basis, a confidence, an inline measure, ``empty``).
_PLAIN_COLUMNS: Final = frozenset(("record", *_PLAIN_CELLS, "source", *_SOURCE_COLUMNS))


class _PlainRows:
    """The fast path of CSV figure rows that hold only text the common checks cover.

    :meth:`accepts` picks, while reading, rows of a figure whose cells are its own
    keys and an inline or listed source; :meth:`build` makes the figure from the
    cells through caches of each distinct cell text (numbers, intervals, dates,
    sources, words), making every check :func:`_figure` makes. Whenever a check
    fails, or a cell is unusual, it declines (None) and the row goes through the
    checked path, which reports the problem: so the fast path can only give what
    the checked one gives, which the tests prove on generated rows.
    """

    def __init__(self, header: list[str], at: dict[str, int]) -> None:
        self.width = len(header)
        self.header = header
        others = [i for i, column in enumerate(header) if column not in _PLAIN_COLUMNS]
        self.others: Callable[[list[str]], Any] | None = None
        if others:
            self.others = operator.itemgetter(*others, *others)  # a tuple even for one
        self.record = at.get("record")
        self.via = at.get("source_via")
        # accepts() appends one empty cell to a plain row: a column the file lacks reads it
        missing = len(header)
        self.cells = operator.itemgetter(*(at.get(c, missing) for c in _PLAIN_CELLS))
        self.others_of = operator.itemgetter(0, 1, 8, 9, 10, 11)  # see _PLAIN_CELLS
        self.ways_of = operator.itemgetter(2, 3, 4, 5, 6, 7)
        sourced = [at[c] for c in ("source", *_SOURCE_COLUMNS) if c in at]
        self.source_key: Callable[[list[str]], tuple[str, ...]] | None = None
        if sourced:
            self.source_key = operator.itemgetter(*sourced, missing)
        self.numbers: dict[str, Number] = {}
        self.intervals: dict[str, Interval] = {}
        self.spans: dict[str, DateSpan] = {}
        self.sources: dict[tuple[str, ...], Source] = {}

    @classmethod
    def of(cls, header: list[str]) -> _PlainRows | None:
        """The fast path for a file with this header; None if its rows cannot take it."""
        if "id" not in header or "measure" not in header or "" in header:
            return None
        return cls(header, {column: i for i, column in enumerate(header)})

    def accepts(self, row: list[str]) -> bool:
        """Whether ``row`` is a plain figure row (its other cells empty)."""
        if len(row) != self.width:
            return False
        if self.record is not None and row[self.record] not in ("", "figure"):
            return False
        if self.others is not None and any(self.others(row)):
            return False
        if self.via is not None:
            via = row[self.via]
            if via and ("|" in via or not via.strip() or via.lstrip().startswith("[")):
                return False
        row.append("")  # the cell of every column the file lacks (see __init__)
        return True

    def data(self, row: list[str], file: str, line: int | None) -> dict[str, Any]:
        """The keys the checked path reads from ``row``: the CSV reader's own, as it makes them."""
        reading = _CSVReading(file, [])
        made = reading.row(line or 0, self.header, row[: self.width])
        assert made is not None  # accepts() let no other row in
        assert not reading.problems
        return made.data

    def _number(self, text: str) -> Number | None:
        found = self.numbers.get(text)
        if found is None:
            try:
                found = _number(text)
            except (TypeError, ValueError):
                return None
            self.numbers[text] = found
        return found

    def _span(self, text: str) -> DateSpan | None:
        found = self.spans.get(text)
        if found is None:
            try:
                found = _parse_span(text)
            except ValueError:
                return None
            self.spans[text] = found
        return found

    def _interval(self, text: str) -> Interval | None:
        found = self.intervals.get(text)
        if found is None:
            try:
                found = within_limit(Interval.parse(text))
            except ValueError:
                return None
            if found.is_empty:
                return None
            self.intervals[text] = found
        return found

    def _value(self, measure: Measure, cells: tuple[str, ...]) -> tuple[Any, ...] | None:
        """(value, low, best, high) of the value cells as the checked path reads them; None
        if it would refuse them (or if they are unusual)."""
        words, number, interval, low_text, best_text, high_text = cells
        if words:
            if number or interval or low_text or best_text or high_text or not words.strip():
                return None
            if measure_words_problem(words, measure) is not None:
                return None
            return words, None, None, None
        if number:
            if interval or low_text or best_text or high_text:
                return None
            x = self.numbers.get(number)
            if x is None:
                x = self._number(number)
            if x is None or (measure.nonnegative and x < 0):
                return None
            return (x, None, None, None) if type(x) is int or not measure.whole else None
        if interval:
            if low_text or best_text or high_text:
                return None
            iv = self._interval(interval)
            return None if iv is None else (iv, None, None, None)
        if not (low_text or best_text or high_text):
            return None
        low = self._number(low_text) if low_text else None
        best = self._number(best_text) if best_text else None
        high = self._number(high_text) if high_text else None
        if (
            (low is None and low_text)
            or (best is None and best_text)
            or (high is None and high_text)
        ):
            return None
        if low is not None and high is not None and low > high:
            return None
        if best is not None and (
            (low is not None and best < low) or (high is not None and best > high)
        ):
            return None
        return None, low, best, high

    def build(self, record: _Record, built: _Built) -> Figure | None:
        """The figure of a plain row, registered in ``built``; None to take the checked path."""
        assert record.plain is not None
        row = record.plain[1]
        cells = self.cells(row)
        ident, measure_id, as_of_text, note, cites, revises = self.others_of(cells)
        if not is_plain_id(ident) or ident in built.figures:
            return None
        found = built.measures.get(measure_id)
        if found is None:
            return None
        measure = found[0]
        read = self._value(measure, self.ways_of(cells))
        if read is None:
            return None
        value, low, best, high = read
        for target in (cites, revises):
            if target and (not is_plain_id(target) or target == ident):
                return None
        source: Source | None = None
        if self.source_key is not None:
            cited = self.source_key(row)
            if any(cited):
                source = self.sources.get(cited)
                if source is None:
                    return None  # the checked path builds it, and learn() keeps it
        published = source.published if source is not None else None
        if as_of_text:
            as_of = self.spans.get(as_of_text) or self._span(as_of_text)
            if as_of is None or (published is not None and as_of.start > published):
                return None
        elif published is not None:
            as_of = DateSpan.day(published)
        else:
            return None
        figure = checked_figure(
            id=ident,
            measure=measure_id,
            value=value,
            low=low,
            best=best,
            high=high,
            source=source,
            as_of=as_of,
            note=note,
            basis="count",
            confidence=DEFAULT_CONFIDENCE,
            cites=cites or None,
            revises=revises or None,
        )
        if type(value) is Interval or (
            value is None and not (type(low) is int and type(high) is int and high >= 0)
        ):  # a number was checked by _value, as fits() checks a point; words by their check
            for _ in _fits_measure(figure, measure):  # the data set's own check
                return None
        built.figures[ident] = record
        return figure

    def learn(self, record: _Record, figure: Figure) -> None:
        """Keep the source the checked path built for a row, for the rows that repeat it."""
        assert record.plain is not None
        if self.source_key is not None and figure.source is not None:
            self.sources.setdefault(self.source_key(record.plain[1]), figure.source)


_MEASURE_DEFAULTS: Final[dict[str, Any]] = {"unit": "person", "kind": "level", "note": ""}
#: The kinds of CSV row that may hold ``dim_`` columns (a figure's row defines its measure).
_DIM_ROWS: Final = ("figure", "measure")


def _is_dim_column(column: str) -> bool:
    return column.startswith(_DIM_PREFIX) and len(column) > len(_DIM_PREFIX)


def _inline(values: Mapping[str, Any], kind: Literal["source", "measure"]) -> dict[str, Any]:
    """The keys of the ``kind`` a CSV row holds: column ``kind`` is its id, ``kind_x`` key ``x``.

    >>> _inline({"source": "s1", "source_name": "UN", "measure": "m"}, "source")
    {'id': 's1', 'name': 'UN'}
    """
    data: dict[str, Any] = {}
    if kind in values:
        data["id"] = values[kind]
    for column, value in values.items():
        if column.startswith(f"{kind}_"):
            data[column.removeprefix(f"{kind}_")] = value
        elif kind == "measure" and _is_dim_column(column):
            data.setdefault("dims", {})[column.removeprefix(_DIM_PREFIX)] = value
    return data


def _csv_column(table: str, key: str) -> str:
    """The CSV column that holds ``key`` of a record of ``table`` (nested keys dotted).

    >>> _csv_column("figures", "source.name"), _csv_column("measures", "id")
    ('source_name', 'measure')
    """
    if table == "figures" and key.startswith("source."):
        return _csv_column("sources", key.removeprefix("source."))
    if table == "sources":
        return {"id": "source", "quote": "quote"}.get(key, f"source_{key}")
    if table == "measures":
        return "measure" if key == "id" else f"measure_{key}"
    return key


class _Bad:
    """Marks a field that could not be read (its problem is already recorded)."""

    def __repr__(self) -> str:
        return "<bad>"


_BAD: Final = _Bad()


# -- building model values from records ----------------------------------------------------


def _read_number_text(text: str) -> Number:
    """Exact number of ``"248"``, ``"-2.5"`` or ``"1/3"`` (already matched by the pattern)."""
    if "/" in text:
        num, den = text.split("/")
        if int(den) == 0:
            raise ValueError(f"the fraction {text!r} has a zero denominator")
        x = Fraction(int(num), int(den))
    elif "." not in text:
        return int(text)
    else:
        x = Fraction(text)
    return x.numerator if x.denominator == 1 else x


def _number(value: object) -> Number:
    """An exact, finite number from a file value: an int, a decimal, or number text."""
    expected = 'expected a number: an integer, a decimal, or text such as "2.5" or "1/3"'
    if isinstance(value, bool) or not isinstance(value, (int, Decimal, Fraction, str)):
        raise TypeError(f"{expected}, found {_describe(value)}")
    if isinstance(value, str):
        text = value.strip()
        if not _NUMBER_TEXT.fullmatch(text):
            hint = ""
            if any(c.isdigit() and not c.isascii() for c in text):
                hint = "; digits must be ASCII 0-9"
            elif text.lower().lstrip("+-") in ("inf", "infinity", "nan"):
                hint = "; numbers must be finite"
            elif any(c.isalpha() or c == "," for c in text):
                hint = '; for words as reported ("almost 2,600"), use the value key'
            raise ValueError(f"{expected}, found {_describe(value)}{hint}")
        limits.check_text(text)
        x: Fraction | int = _read_number_text(text)
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
        raise TypeError(f"expected text (a string), found {_describe(value)}")
    return value


def _words(value: object) -> str:
    """A figure's ``value``: the words as reported; a bare number is pointed to ``number``."""
    if isinstance(value, (int, float, Decimal)) and not isinstance(value, bool):
        raise TypeError(
            f"expected the words as reported (a string), found {_describe(value)}:"
            f' quote it (value = "{value}") or give an exact number as number = {value}'
        )
    return _text(value)


def _id(value: object) -> str:
    text = _text(value)
    if not text or text != text.strip() or any(c in text for c in "\n\r\t"):
        raise ValueError(
            f"expected an id: non-empty text without surrounding or control whitespace,"
            f" found {text!r}"
        )
    return text


def _dims(value: object) -> Dims:
    if not isinstance(value, Mapping):
        raise TypeError(
            "expected a table of dimension name to value (TOML table, JSON object, or CSV"
            f" dim_<name> columns), found {_describe(value)}"
        )
    return Dims(value)


def _boolean(value: object) -> bool:
    if not isinstance(value, bool):
        raise TypeError(f"expected true or false, found {_describe(value)}")
    return value


def _strings(value: object) -> tuple[str, ...]:
    if isinstance(value, str):
        return (value,)
    if not isinstance(value, list):
        raise TypeError(f"expected an array of strings, found {_describe(value)}")
    for item in value:
        if not isinstance(item, str):
            raise TypeError(f"expected an array of strings, found {_describe(item)} in it")
    return tuple(value)


def _ids(value: object) -> tuple[str, ...]:
    items = _strings(value)
    if not items:
        raise ValueError("expected at least one measure id, found an empty array")
    return tuple(_id(i) for i in items)


def _day(value: object) -> dt.date:
    if isinstance(value, (dt.datetime, dt.time)):
        raise TypeError(f"expected a date (YYYY-MM-DD), found {_describe(value)}")
    if isinstance(value, dt.date):
        return value
    if not isinstance(value, str):
        raise TypeError(f"expected a date (YYYY-MM-DD), found {_describe(value)}")
    if _ONE_DAY.fullmatch(value.strip()) is None:
        raise ValueError(f"expected one day as YYYY-MM-DD, found {value!r}")
    return DateSpan.parse(value).start  # a ParseError if there is no such day


#: The shape of one day's date; whether the day exists is DateSpan's to say.
_ONE_DAY: Final = re.compile(r"[0-9]{4}-[0-9]{1,2}-[0-9]{1,2}")


def _span(value: object) -> DateSpan:
    if isinstance(value, (dt.datetime, dt.time)):
        raise TypeError(
            f"expected a date or partial ISO text (2024, 2024-01, 2024-01-03,"
            f" 2023-12-01/2024-01-15), found {_describe(value)}"
        )
    if isinstance(value, dt.date):
        return DateSpan.day(value)
    if not isinstance(value, str):
        raise TypeError(
            f"expected a date or partial ISO text (2024, 2024-01, 2024-01-03,"
            f" 2023-12-01/2024-01-15), found {_describe(value)}"
        )
    return _parse_span(value)


#: :meth:`DateSpan.parse`, remembered: the figures of a data set name few distinct dates.
_parse_span: Final = functools.lru_cache(maxsize=4096)(DateSpan.parse)


def _interval(value: object) -> Interval:
    if not isinstance(value, str):
        raise TypeError(
            f'expected interval notation such as "[200, 250)", found {_describe(value)}'
        )
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
            f"expected a measure id, a number or interval notation, found {_describe(value)}"
        )
    return Interval.point(_number(value))


@functools.lru_cache(maxsize=64)
def _key_set(keys: tuple[str, ...]) -> frozenset[str]:
    return frozenset(keys)


_P = ParamSpec("_P")
_T = TypeVar("_T")


class _Fields:
    """Typed reads of one record's keys; every problem is recorded, not raised."""

    def __init__(self, record: _Record, problems: list[DatasetError], prefix: str = ""):
        self.record = record
        self.data: Mapping[str, Any] = record.data
        self.problems = problems
        self.prefix = prefix
        self.ok = True

    def nested(self, key: str, data: Mapping[str, Any]) -> _Fields:
        inner = _Fields(self.record, self.problems, f"{self.prefix}{key}.")
        inner.data = data
        return inner

    def fail(self, key: str | None, message: str) -> None:
        self.ok = False
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
                    f"unknown key {key!r}{_nearest(key, allowed)}: {what} takes"
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
        if value is _BAD:  # already reported where it was read
            self.ok = False
            return None
        try:
            return convert(value)
        except (TypeError, ValueError) as exc:
            self.fail(key, str(exc))
            return None

    def duplicate(self, what: str, ident: str, first: _Record, *, key: str | None = "id") -> None:
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
        except (TypeError, ValueError) as exc:
            self.fail(None, str(exc))
            return None


@attrs.define
class _Built:
    """What has been built so far, by id, with where each came from."""

    sources: dict[str, tuple[Source, _Record]] = attrs.field(factory=dict)
    broken_sources: set[str] = attrs.field(factory=set)
    measures: dict[str, tuple[Measure, _Record]] = attrs.field(factory=dict)
    broken_measures: set[str] = attrs.field(factory=set)
    figures: dict[str, _Record] = attrs.field(factory=dict)
    relations: dict[str, _Record] = attrs.field(factory=dict)
    #: A partial load: a record left out because another was rejected says so.
    partial: bool = False
    #: Inline sources already built, by their keys (see :func:`_source_key`).
    inline_sources: dict[tuple[Any, ...], Source] = attrs.field(factory=dict)
    _suggester: Suggester | None = None

    def measure_hint(self, name: str) -> str:
        """A did-you-mean for an unknown measure id (within one budget per load)."""
        if self._suggester is None:
            self._suggester = Suggester(self.measures)
        return self._suggester.hint(name)


def _finish(
    files: list[list[_Record]],
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
    built = _Built(partial=partial)
    rejected: list[Rejected] = []
    if partial:
        attached = {id(p) for records in files for r in records for p in r.found}
        problems[:] = [p for p in problems if id(p) not in attached]
        if problems:
            raise DatasetErrors.of(_in_file_order(problems))

    def take(record: _Record, make: Callable[[_Record, list[DatasetError], _Built], _T]) -> _T:
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
        in_file: dict[str, _Record] = {}
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
            elif record.table == _UNREAD and partial:
                take(record, lambda *_: None)
    figures = _check_links(figures, problems, built, rejected if partial else None)
    if problems:
        raise DatasetErrors.of(_in_file_order(problems))
    if _TRUST_RECORDS:  # every check of Dataset(...) was made above, record by record
        data = Dataset._trusted(
            measures=measures, figures=figures, relations=relations, sources=listed
        )
    else:
        data = _checked_dataset(files, built, measures, figures, relations, listed)
    if callable(on_bad_records):
        rank = {name: i for i, name in enumerate(dict.fromkeys(r.file for r in rejected))}
        for one in sorted(rejected, key=lambda r: (rank[r.file], r.line or 0)):
            on_bad_records(one)
    return data


#: Whether :func:`_finish` builds the data set without checking it again, every check of
#: ``Dataset(...)`` having been made per record; the tests turn it off and compare.
_TRUST_RECORDS = True


def _checked_dataset(
    files: list[list[_Record]],
    built: _Built,
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
    built: _Built,
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
        found = [_locate(e, built) for e in link_problems(figures, by_id, unbuilt)]
        if rejected is None:
            problems.extend(found)
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
        for error in found:
            subject = _SUBJECT.match(error.message)
            if subject is not None:
                bad.setdefault(ast.literal_eval(subject.group(1)), []).append(error)
            else:  # pragma: no cover - every link problem names its figure
                problems.append(error)
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


def _locate(error: DatasetError, built: _Built) -> DatasetError:
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
    fields.check_keys(_SOURCE_KEYS, "a source")
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
    record: _Record, problems: list[DatasetError], built: _Built, *, in_file: dict[str, _Record]
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


def _measure(record: _Record, problems: list[DatasetError], built: _Built) -> Measure | None:
    fields = _Fields(record, problems)
    fields.check_keys(_MEASURE_KEYS, "a measure")
    ident = fields.get("id", _id, required="every measure has an id")
    label = fields.get("label", _text, required="say what is counted")
    unit = fields.get("unit", _text)
    kind = fields.get("kind", _text)
    if kind is not None and kind not in KINDS:
        fields.fail(
            "kind",
            f"unknown kind {kind!r}{_nearest(kind, KINDS)}: expected one of {', '.join(KINDS)}",
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
        if ident is not None:
            built.broken_measures.add(ident)
        return None
    built.measures[ident] = (measure, record)
    return measure


def _figure(record: _Record, problems: list[DatasetError], built: _Built) -> Figure | None:
    fields = _Fields(record, problems)
    fields.check_keys(_FIGURE_KEYS, "a figure")
    ident = fields.get("id", _id, required="every figure has an id")
    measure_id = fields.get("measure", _id, required="name the measure the figure is about")
    ways: list[str] = [k for k in _VALUE_WAYS if k in record.data]
    if any(k in record.data for k in _ESTIMATES):
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
    number = fields.get("number", _number)
    if number is not None:
        value = number
    interval = fields.get("interval", _interval)
    if interval is not None:
        if interval.is_empty:
            fields.fail("interval", "the interval is empty: no value can hold")
        value = interval
    low, best, high = (fields.get(k, _number) for k in _ESTIMATES)
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
            f"unknown basis {basis!r}{_nearest(basis, BASES)}: expected one of {', '.join(BASES)}",
        )
    elif basis == "estimate" and len(ways) == 1 and ways[0] in _VALUE_WAYS:
        fields.fail(  # at the key given, named as given (not "a value" for an interval)
            ways[0],
            f"an estimate is given as low, best and high numbers (its interval and best"
            f" value), not as {ways[0]!r}",
        )
    links = {k: fields.get(k, _id) for k in ("cites", "revises")}
    confidence = fields.get("confidence", _confidence)
    if confidence is not None and confidence != DEFAULT_CONFIDENCE and basis in (None, "count"):
        fields.fail(
            "confidence",
            f"confidence {format_number(confidence)} is given for a count; a confidence level"
            ' belongs to an estimate (basis = "estimate")',
        )
    as_of = fields.get("as_of", _span)
    note = fields.get("note", _text)
    quote = fields.get("quote", _text)
    source = _figure_source(fields, quote, built)
    published = source.published if isinstance(source, Source) else None
    if as_of is None and "as_of" not in record.data and source is not _BAD:
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
    if measure is None or isinstance(source, _Bad):
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
    way = ways[0] if ways[0] in record.data else next(k for k in _ESTIMATES if k in record.data)
    if not isinstance(figure.value, str):  # words were checked above, even if unbuilt
        for problem in _fits_measure(figure, measure):  # found here, located at its key
            fields.fail(way, problem.message)
    return figure if fields.ok else None


def _confidence(value: object) -> Fraction:
    """A confidence level from a file: a number (``0.95``), or text ``"0.95"`` or ``"95%"``."""
    if isinstance(value, str) and not _NUMBER_TEXT.fullmatch(value.strip()):
        level = to_confidence(value)  # a percentage, or an error saying what is expected
    else:
        level = Fraction(_number(value))
    if not 0 < level < 1:  # located at this key, not at the figure (Figure checks it too)
        raise ValueError(
            f"confidence {format_number(level)} is outside (0, 1); give a level such as 0.95 (95%)"
        )
    return level


def _shown(x: Number | None) -> str:
    return "?" if x is None else format_number(x)


def _check_words(text: str, measure: Measure, fields: _Fields) -> None:
    """A figure's words must be readable in its measure's unit: the data set's own check."""
    problem = measure_words_problem(text, measure)
    if problem is not None:
        fields.fail("value", problem)


def _figure_source(fields: _Fields, quote: str | None, built: _Built) -> Source | _Bad | None:
    data = fields.data
    if "source" not in data:
        if quote is not None:
            fields.fail("quote", "a quote needs a source: give source (an id or a table)")
            return _BAD
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
                    "source", f"unknown source {given!r}{_nearest(given, built.sources)}: {how}"
                )
            elif built.partial:
                fields.fail("source", f"its source {given!r} was rejected, so it is too")
            return _BAD
        source = found[0]
        return source if quote is None else attrs.evolve(source, quote=quote)
    if not isinstance(given, dict):
        fields.fail(
            "source", f"expected a source id or a table of source keys, found {_describe(given)}"
        )
        return _BAD
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
        return _BAD
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


def _relation(record: _Record, problems: list[DatasetError], built: _Built) -> Relation | None:
    fields = _Fields(record, problems)
    kind = fields.get("kind", _text, required=f"one of {', '.join(_RELATION_KEYS)}")
    if kind is None:
        return None
    if kind not in _RELATION_KEYS:
        fields.fail(
            "kind",
            f"unknown relation kind {kind!r}{_nearest(kind, _RELATION_KEYS)}: expected one of"
            f" {', '.join(_RELATION_KEYS)}",
        )
        return None
    allowed = _RELATION_KEYS[kind]
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
            found = fields.get(key, _boolean if key == "complete" else _number)
        if found is not None:
            values[key] = found
    for key, ids in names.items():
        for measure_id in ids:
            if measure_id not in built.measures and measure_id not in built.broken_measures:
                fields.fail(
                    key,
                    f"unknown measure {measure_id!r}{built.measure_hint(measure_id)}",
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


# -- writing: the data set as plain values -------------------------------------------------


def _plain_number(x: Number) -> int | str:
    """An int stays a number when every reader keeps it exact; others become text."""
    if isinstance(x, int) and abs(x) < _MAX_PLAIN_INT:
        return x
    return format_number(x)


def _tree(dataset: Dataset) -> dict[str, list[dict[str, Any]]]:
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
    for key in _ESTIMATES:
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


def _json_default(value: object) -> str:
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


def _toml_string(text: str) -> str:
    """A TOML basic string: quotes, backslashes and control characters escaped.

    >>> print(_toml_string('say "hi"\\n\\x00 — привет'))
    "say \\"hi\\"\\n\\u0000 — привет"
    """
    return f'"{text.translate(_TOML_ESCAPES)}"'


def _toml_key(key: str) -> str:
    return key if _BARE_KEY.fullmatch(key) else _toml_string(key)


def _toml_value(value: object) -> str:
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, int):
        return str(value)
    if isinstance(value, str):
        return _toml_string(value)
    if isinstance(value, dt.date) and not isinstance(value, dt.datetime):
        return value.isoformat()
    if isinstance(value, list):
        return "[" + ", ".join(_toml_value(v) for v in value) + "]"
    if isinstance(value, dict):
        inner = ", ".join(f"{_toml_key(k)} = {_toml_value(v)}" for k, v in value.items())
        return "{ " + inner + " }" if inner else "{}"
    raise TypeError(f"cannot write {type(value).__name__} as TOML")  # pragma: no cover


def _toml_document(tree: Mapping[str, list[dict[str, Any]]]) -> str:
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


def _csv_document(tree: Mapping[str, list[dict[str, Any]]]) -> str:
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
                row.update({f"{_DIM_PREFIX}{name}": text for name, text in value.items()})
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
    order = list(_COLUMNS)
    after_measure = order.index(_MEASURE_COLUMNS[-1]) + 1
    order[after_measure:after_measure] = sorted(c for c in used if _is_dim_column(c))
    columns = [c for c in order if c in used] or ["id", "measure", "value", "as_of"]
    out = io.StringIO(newline="")
    writer = csv.DictWriter(out, fieldnames=columns, lineterminator="\r\n")
    writer.writeheader()
    # A text a spreadsheet would run as a formula gets a leading "'" (read back off by
    # _read_csv): numbers stay as they are (see pwstats.formulas).
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
    if _NUMBER_TEXT.fullmatch(value.strip()) or value.lstrip().startswith(('"', "[", "(")):
        return json.dumps(value, ensure_ascii=False)
    return value
