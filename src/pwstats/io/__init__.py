"""Data files: read and write data sets as TOML, JSON, CSV and Parquet, with located errors.

:func:`load` reads one or more files and :func:`dump` writes one; the format
comes from the suffix (``.toml``, ``.json``, ``.csv``, ``.parquet``). ``load(dump(d)) == d``
for every data set and every format. Every problem of the input comes back at
once, as one :class:`~pwstats.errors.DatasetErrors` group whose members name
the file, the line, the field, what was found and what was expected. The
format is specified in ``docs/data-format.md``.

Loading runs in two stages: the text of each file becomes records (one table entry
or CSV row each, with where it is: :mod:`~pwstats.io.trees` reads TOML and JSON,
:mod:`~pwstats.io.rows` CSV, :mod:`~pwstats.io.records` is the record), and
:mod:`~pwstats.io.build` builds the model values of all files' records, every problem
located. :mod:`~pwstats.io.write` is the way back; :mod:`~pwstats.io.files` holds the
bounded reads and atomic writes of bytes on disk.

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
pwstats.errors.DatasetErrors: 1 problem in bad.toml (bad.toml:10: figures.number: ... to false)
"""

from __future__ import annotations

import json
import os
from collections.abc import Sequence
from importlib import resources
from pathlib import Path
from typing import Any, Final, Literal, TypeAlias, get_args

from pwstats.bulk import paused_gc
from pwstats.errors import DatasetError, DatasetErrors
from pwstats.io.build import finish
from pwstats.io.files import MAX_BYTES, decode, empty_file, read_bytes, write_atomically
from pwstats.io.records import Record
from pwstats.io.rows import read_csv
from pwstats.io.trees import read_json, read_toml
from pwstats.io.write import as_tree, csv_document, json_default, toml_document
from pwstats.model import Dataset, measure_words_problem
from pwstats.rejected import OnBadRecords

__all__ = ["FORMATS", "MAX_BYTES", "Format", "dump", "dumps", "load", "loads", "seeds"]

#: A data-file format; :func:`dump` and :func:`load` take it from the suffix.
Format: TypeAlias = Literal["toml", "json", "csv"]
FORMATS: Final[tuple[Format, ...]] = get_args(Format)
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
    /...c.csv:2: record 'f2' rejected: value: pwstats cannot read the value: ...
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
    files: list[list[Record]] = []
    for path in paths:
        name = os.fspath(path)
        if not isinstance(name, str):
            raise TypeError(f"load() takes str or os.PathLike[str] paths, not {name!r}")
        try:
            data = read_bytes(Path(name))
            fmt = _format_of(name)
            if _is_parquet(name):  # the tables of the CSV format, through Arrow
                from pwstats.parquet import csv_text

                data = csv_text(data, name).encode("utf-8")
        except DatasetError as exc:
            problems.append(exc)
            continue
        except DatasetErrors as group:  # a Parquet file's cells that hold no single value
            problems.extend(e for e in group.exceptions if isinstance(e, DatasetError))
            continue
        files.append(_read(decode(data, name, problems), fmt, name, problems))
    return finish(files, problems, on_bad_records)


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
            problems.append(empty_file(name))
        return finish([records], problems, on_bad_records)


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
    >>> from pwstats import Measure
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
    write_atomically(Path(name), data)


def dumps(dataset: Dataset, *, format: Format) -> str:
    """The text of ``dataset`` in ``format``: the inverse of :func:`loads`.

    >>> from pwstats import Measure
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
    tree = as_tree(dataset)
    if fmt == "toml":
        return toml_document(tree)
    if fmt == "json":
        return json.dumps(tree, ensure_ascii=False, indent=2, default=json_default) + "\n"
    return csv_document(tree)


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
        elif not writing and suffix in (".xlsx", ".xls", ".xlsm", ".ods"):
            hint = "; save a spreadsheet's sheet as CSV UTF-8 and give that file"
        raise DatasetError(
            f"cannot tell the format from {shown}: expected a data file whose name ends in"
            f" .toml, .json, .csv or .parquet{hint}",
            file=name,
        )
    return fmt


def _seed_folder() -> Any:
    """The folder of seed files: ``pwstats/_seeds`` when installed, else ``<repo>/seeds``."""
    packaged = resources.files("pwstats") / "_seeds"
    if packaged.is_dir():
        return packaged
    return Path(__file__).resolve().parents[3] / "seeds"


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
        text = decode(entry.read_bytes(), shown, problems)
        files.append(_read(text, "toml", shown, problems))
    return finish(files, problems)


def _read(text: str | None, fmt: Format, name: str, problems: list[DatasetError]) -> list[Record]:
    if text is None:
        return []
    if fmt == "toml":
        return read_toml(text, name, problems)
    if fmt == "json":
        return read_json(text, name, problems)
    return read_csv(text, name, problems)
