"""Reading and writing data files: round trips, combining files, atomic writes, seeds."""

from __future__ import annotations

import csv
import datetime as dt
import io
import json
import os
import tomllib
from fractions import Fraction
from pathlib import Path
from typing import Any

import attrs
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import pwstats
from pwstats import io as pio
from pwstats.dates import DateSpan
from pwstats.errors import DatasetError, DatasetErrors
from pwstats.interval import Interval
from pwstats.io import build as pio_build
from pwstats.io import rows as pio_rows
from pwstats.io import trees as pio_trees
from pwstats.io import write as pio_write
from pwstats.model import Dataset, Dims, Figure, Measure, Relation, Source, is_plain_id
from pwstats.strategies import dimensions

FORMATS: tuple[pio.Format, ...] = ("toml", "json", "csv")


def _flat(group: DatasetErrors) -> list[DatasetError]:
    """The problems of a group, which holds nothing but DatasetErrors."""
    found = [e for e in group.exceptions if isinstance(e, DatasetError)]
    assert len(found) == len(group.exceptions)
    return found


# -- a local strategy of awkward data sets ------------------------------------------------

#: Text that breaks naive writers: quotes, backslashes, newlines, control
#: characters, right-to-left and Cyrillic script, emoji, list separators, and
#: text that looks like a number, an interval or JSON.
NASTY = (
    "",
    " ",
    "Дмитро Лубінець",
    "שבויים שוחררו",
    "🇺🇦 2,828 захисників",
    'he said "exactly 230"',
    "back\\slash \\n",
    "two\nlines",
    "crlf\r\nline",
    "lone\rcr",
    "tab\there",
    "nul\x00and\x7fdel",
    "a | b",
    "[not a list",
    '"quoted"',
    "1/3",
    "30",
    "\ufeffbom inside",
    "line\u2028separator",
    "  padded  ",
    # what a spreadsheet runs as a formula, escaped with "'" in CSV, and numbers that are not
    '=HYPERLINK("http://x", "y")',
    "-2+3+cmd|' /C calc'!A0",
    "@SUM(1)",
    "+380 44",
    "\t=1",
    "\r=1",
    "'=already quoted",
    "''-",
    "'",
    "-5",
    "+3.5",
)
texts = st.one_of(st.sampled_from(NASTY), st.text(st.characters(codec="utf-8"), max_size=10))
#: Ids: any text a model id accepts (no surrounding or control whitespace, no NUL).
ids = st.one_of(
    st.sampled_from(("m", "30", "1/3", "[x", "(y", '"q', "a | b", "ид", "x y", "=x", "-1", "'@")),
    st.text(st.characters(codec="utf-8"), min_size=1, max_size=6),
).filter(is_plain_id)
#: Words that pwstats.parse reads under the literal reading.
PHRASES = ("almost 2,600", "more than 230", "2,828", "exactly 230", "about 65,000", "hundreds")
days = st.dates(dt.date(1990, 1, 1), dt.date(2030, 12, 31))
numbers = st.one_of(
    st.integers(0, 10**6),
    st.integers(2**53, 10**30),
    st.fractions(0, 10**4, max_denominator=1000),
).map(lambda x: x.numerator if isinstance(x, Fraction) and x.denominator == 1 else x)


@st.composite
def sources(draw: st.DrawFn, *, id: str | None = None) -> Source:
    return Source(
        name=draw(texts.filter(lambda s: bool(s.strip()))),
        role=draw(st.none() | texts),
        affiliation=draw(st.none() | texts),
        via=tuple(draw(st.lists(texts, max_size=3))),
        url=draw(st.none() | texts),
        published=draw(st.none() | days),
        quote=draw(st.none() | texts),
        id=id,
    )


@st.composite
def measures(draw: st.DrawFn, *, id: str) -> Measure:
    options: dict[str, Any] = {}
    if draw(st.booleans()):
        options["whole"] = draw(st.booleans())
    if draw(st.booleans()):
        options["nonnegative"] = True
    return Measure(
        id=id,
        label=draw(texts),
        unit=draw(st.sampled_from(("person", "percent", "day", "", "people"))),
        kind=draw(st.sampled_from(("level", "cumulative", "event"))),
        note=draw(texts),
        dims=draw(dimensions()),
        **options,
    )


@st.composite
def statements(draw: st.DrawFn) -> dict[str, Any]:
    way = draw(st.sampled_from(("value", "number", "interval", "estimates")))
    if way == "value":
        return {"value": draw(st.sampled_from(PHRASES))}
    if way == "number":
        return {"value": draw(numbers)}
    if way == "interval":
        a, b = sorted((draw(numbers), draw(numbers)))
        if a == b:
            return {"value": Interval.point(a)}
        return {"value": Interval(a, b, lo_closed=draw(st.booleans()), hi_closed=False)}
    lo, best, hi = sorted(draw(numbers) for _ in range(3))
    keep = draw(st.lists(st.sampled_from(("low", "best", "high")), min_size=1, unique=True))
    return {k: v for k, v in (("low", lo), ("best", best), ("high", hi)) if k in keep}


@st.composite
def datasets(draw: st.DrawFn) -> Dataset:
    """Valid data sets with awkward text, every way of stating and sourcing a figure."""
    source_ids = draw(st.lists(st.none() | texts, max_size=3))
    unique_ids = [i for n, i in enumerate(source_ids) if i is None or i not in source_ids[:n]]
    listed = [draw(sources(id=i)) for i in unique_ids]
    measure_ids = draw(st.lists(ids, min_size=1, max_size=4, unique=True))
    ms = [draw(measures(id=i)) for i in measure_ids]
    figures: list[Figure] = []
    for n in range(draw(st.integers(0, 5))):
        m = draw(st.sampled_from(ms))
        how = draw(st.sampled_from(("none", "listed", "quoted", "inline")))
        source = None
        if how in ("listed", "quoted") and listed:
            source = draw(st.sampled_from(listed))
            if how == "quoted":
                source = attrs.evolve(source, quote=draw(st.none() | texts))
        elif how == "inline":
            source = draw(sources(id=draw(st.none() | texts)))
        as_of = None
        if source is None or source.published is None or draw(st.booleans()):
            start = draw(days)
            if source is not None and source.published is not None:
                start = min(start, source.published)
            as_of = DateSpan(start, max(start, draw(days)))
        figure = Figure(
            id=f"f{n}",
            measure=m.id,
            source=source,
            as_of=as_of,
            note=draw(texts),
            **draw(statements()),
        )
        if _valid(measures=ms, figures=[figure]):
            figures.append(figure)
    relations: list[Relation] = []
    for _ in range(draw(st.integers(0, 3))):
        relation = draw(_relations(ms))
        if (
            relation is not None
            and relation.id not in {r.id for r in relations}
            and _valid(ms, relations=[relation])
        ):
            relations.append(relation)
    return Dataset(measures=ms, figures=figures, relations=relations, sources=listed)


def _valid(measures: list[Measure], **parts: Any) -> bool:
    try:
        Dataset(measures=measures, **parts)
    except DatasetErrors:
        return False
    return True


@st.composite
def _relations(draw: st.DrawFn, ms: list[Measure]) -> Relation | None:
    """A relation between drawn measures, or None when the model rejects it."""
    try:
        return _relation(draw, ms)
    except ValueError:  # a measure related to itself
        return None


def _relation(draw: st.DrawFn, ms: list[Measure]) -> Relation:
    pick = st.sampled_from([m.id for m in ms])
    kind = draw(st.sampled_from(("sum", "le", "share", "accumulates")))
    rid = draw(st.none() | ids)
    a, b = draw(pick), draw(pick)
    if kind == "sum":
        return Relation.sum(a, [b], complete=draw(st.booleans()), id=rid)
    if kind == "le":
        return Relation.le(a, b, offset=draw(numbers), id=rid)
    if kind == "share":
        ratio = draw(st.one_of(pick, st.integers(0, 1), st.fractions(0, 1).map(Interval.point)))
        return Relation.share(a, b, ratio, id=rid)
    return Relation.accumulates(a, [b], complete=draw(st.booleans()), id=rid)


# -- round trips ---------------------------------------------------------------------------


@pytest.mark.parametrize("fmt", FORMATS)
@settings(deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(data=datasets())
def test_loads_inverts_dumps(fmt: pio.Format, data: Dataset) -> None:
    """Writing any data set and reading it back gives an equal data set, in every format."""
    assert pio.loads(pio.dumps(data, format=fmt), format=fmt) == data


@pytest.mark.parametrize("fmt", FORMATS)
@settings(max_examples=15, deadline=None)
@given(data=pwstats.strategies.datasets(max_figures=6))
def test_round_trip_of_the_shared_strategy(fmt: pio.Format, data: Dataset) -> None:
    """Data sets from pwstats.strategies also survive a write and a read."""
    assert pio.loads(pio.dumps(data, format=fmt), format=fmt) == data


@pytest.mark.parametrize("fmt", FORMATS)
def test_load_inverts_dump_on_disk(tmp_path: Path, fmt: str) -> None:
    """dump then load through a file, format from the suffix, gives the same data set."""
    data = _example()
    path = tmp_path / f"data.{fmt}"
    pio.dump(data, path)
    assert pio.load(path) == data
    assert pwstats.load(str(path)) == data


@pytest.mark.parametrize("fmt", FORMATS)
def test_empty_data_set_round_trips(fmt: pio.Format) -> None:
    """A data set with nothing in it is written as a file that reads back as empty."""
    text = pio.dumps(Dataset(), format=fmt)
    assert text.strip()
    assert pio.loads(text, format=fmt) == Dataset()


def _example() -> Dataset:
    lubinets = Source(
        id="lubinets",
        name="Дмитро Лубінець",
        role="Ombudsman",
        via=("Telegram", "TVA Nouvelles"),
        published=dt.date(2024, 1, 3),
    )
    returned = Measure(id="returned", label="returned", kind="cumulative")
    share = Measure(id="share", label="share covered", unit="percent")
    held = Measure(id="held", label="held")
    return Dataset(
        sources=[lubinets],
        measures=[returned, share, held],
        figures=[
            Figure(id="f1", measure="returned", value="2,828", source=lubinets),
            Figure(
                id="f2",
                measure="returned",
                value=2828,
                source=attrs.evolve(lubinets, quote='"2,828" захисників'),
            ),
            Figure(id="f3", measure="share", value=Fraction(1, 3), as_of="2024"),
            Figure(
                id="f4",
                measure="held",
                low=3000,
                high=65000,
                source=Source(name="PACE", published=dt.date(2024, 1, 25)),
            ),
        ],
        relations=[Relation.le("held", "returned", offset=Fraction(1, 2), id="odd")],
    )


def test_toml_output_is_readable_toml_with_exact_numbers() -> None:
    """The TOML writer emits valid TOML: fractions as "p/q" text, dates as TOML dates."""
    text = pio.dumps(_example(), format="toml")
    tree = tomllib.loads(text)
    assert tree["sources"][0]["published"] == dt.date(2024, 1, 3)
    assert tree["figures"][2]["number"] == "1/3"
    assert tree["figures"][1] == {
        "id": "f2",
        "measure": "returned",
        "number": 2828,
        "as_of": "2024-01-03",
        "source": "lubinets",
        "quote": '"2,828" захисників',
    }
    assert tree["figures"][3]["source"] == {"name": "PACE", "published": dt.date(2024, 1, 25)}


def test_toml_strings_escape_control_characters_and_keep_unicode() -> None:
    """Control characters are escaped; other characters, emoji and RTL text, are kept."""
    text = 'a"b\\c\nd\re\tf\x00g\x1fh\x7f 🇺🇦 שלום'
    written = pio_write.toml_string(text)
    assert tomllib.loads(f"x = {written}")["x"] == text
    assert "🇺🇦 שלום" in written
    assert not any(ord(c) < 0x20 or ord(c) == 0x7F for c in written)


def test_big_integers_are_written_as_text() -> None:
    """Integers beyond 2**53 are written as exact text, which every reader keeps exact."""
    data = Dataset(
        measures=[Measure(id="m", label="m")],
        figures=[Figure(id="f", measure="m", value=10**30, as_of="2024")],
    )
    assert json.loads(pio.dumps(data, format="json"))["figures"][0]["number"] == str(10**30)


# -- reading ------------------------------------------------------------------------------


def test_figure_quote_is_stored_on_its_source() -> None:
    """A figure's quote makes its source the listed source with that quote."""
    data = pio.loads(
        """
        [[sources]]
        id = "s"
        name = "Lubinets"
        published = 2024-01-03

        [[measures]]
        id = "m"
        label = "returned"

        [[figures]]
        id = "f"
        measure = "m"
        value = "2,828"
        source = "s"
        quote = "2,828 defenders"
        """,
        format="toml",
    )
    (figure,) = data.figures
    assert figure.source == attrs.evolve(data.sources[0], quote="2,828 defenders")
    assert figure.as_of == DateSpan.parse("2024-01-03")


def test_toml_floats_are_read_as_the_decimals_written() -> None:
    """A TOML float such as 0.1 is the exact decimal 1/10, not the nearest binary float."""
    data = pio.loads(
        '[[measures]]\nid = "s"\nlabel = "share"\nunit = "percent"\n'
        '[[figures]]\nid = "f"\nmeasure = "s"\nnumber = 0.1\nas_of = "2024"\n',
        format="toml",
    )
    assert data.figures[0].value == Fraction(1, 10)


def test_a_plain_spreadsheet_csv_loads() -> None:
    """A CSV of figure rows with inline measure and source columns needs no record column."""
    text = (
        "id,measure,value,number,as_of,measure_label,measure_kind,source_name,source_via,"
        "source_published\n"
        "f1,returned,almost 2,600,,2023-12,returned,cumulative,Zelensky,RBC | Politico,"
        "2023-12-27\n"
        "f2,returned,,2828,2024-01-03,,,Lubinets,,\n"
    )
    with pytest.raises(DatasetErrors):  # "almost 2,600" holds a comma: it must be quoted
        pio.loads(text, format="csv")
    data = pio.loads(text.replace("almost 2,600", '"almost 2,600"'), format="csv")
    assert [m.id for m in data.measures] == ["returned"]
    assert data.measures[0].kind == "cumulative"
    f1, f2 = data.figures
    assert f1.value == "almost 2,600"
    assert f1.source == Source(
        name="Zelensky", via=("RBC", "Politico"), published=dt.date(2023, 12, 27)
    )
    assert f2.value == 2828
    assert data.sources == ()


def test_csv_row_lines_count_quoted_newlines() -> None:
    """A CSV error names the row's first line, counting newlines inside quoted cells."""
    text = 'id,measure,value,as_of,note,measure_label\nf1,m,230,2024,"a\nb\nc",held\nf2,m,,2024,,\n'
    with pytest.raises(DatasetErrors) as caught:
        pio.loads(text, format="csv", name="x.csv")
    (problem,) = _flat(caught.value)
    assert (problem.file, problem.line) == ("x.csv", 5)


def test_json_errors_name_the_line_of_the_key() -> None:
    """A problem in a JSON record is located at the line of the key that holds it."""
    text = json.dumps(
        {"measures": [{"id": "m", "label": "held"}, {"id": "n", "label": "x", "unit": "furlong"}]},
        indent=2,
    )
    text = text.replace('"furlong"', '"furlongs of cheese"')
    with pytest.raises(DatasetErrors) as caught:
        pio.loads(text, format="json", name="d.json")
    (problem,) = _flat(caught.value)
    assert problem.line is not None
    assert text.splitlines()[problem.line - 1].strip().startswith('"unit"')


@pytest.mark.parametrize("fmt", ["toml", "json"])
def test_a_clean_file_is_never_scanned_for_lines(
    fmt: pio.Format, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Loading a TOML or JSON file without problems decodes it once and never scans for lines."""

    def no_scan(text: str) -> Any:
        raise AssertionError("lines were scanned for a clean file")

    monkeypatch.setattr(pio_trees, "json_lines", no_scan)
    monkeypatch.setattr(pio_trees, "toml_lines", no_scan)
    data = pio.seeds()
    assert pio.loads(pio.dumps(data, format=fmt), format=fmt) == data


@pytest.mark.parametrize("fmt", ["toml", "json"])
def test_the_line_scan_runs_once_per_file_however_many_problems(
    fmt: pio.Format, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A file with many problems is scanned for lines once; each problem names its key's line."""
    scans: list[str] = []
    scan = pio_trees.json_lines if fmt == "json" else pio_trees.toml_lines

    def counted(text: str) -> Any:
        scans.append(text)
        return scan(text)

    monkeypatch.setattr(pio_trees, f"{fmt}_lines", counted)
    data = Dataset(
        measures=[Measure(id="m", label="held")],
        figures=[Figure(id=f"f{i}", measure="m", value=i, as_of="2024") for i in range(5)],
    )
    text = pio.dumps(data, format=fmt)
    bad = text.replace("number = ", "number = -").replace('"number": ', '"number": -')
    with pytest.raises(DatasetErrors) as caught:
        pio.loads(bad, format=fmt, name=f"d.{fmt}")
    problems = _flat(caught.value)
    assert len(scans) == 1
    assert len(problems) == 4  # -0 is 0, which fits
    lines = bad.splitlines()
    for problem in problems:
        assert problem.line is not None
        assert problem.field == "figures.number"
        assert lines[problem.line - 1].strip().lstrip('"').startswith("number")


def test_json_keys_with_escapes_are_located() -> None:
    """A JSON key spelled with an escape is still located at its own line."""
    text = '{\n"measures": [{"id": "m", "label": "held"}],\n"figures": [\n{"id": "f",\n'
    text += '"measure": "m",\n"as_of": "2024",\n"n\\u0075mber": -5}\n]\n}\n'
    with pytest.raises(DatasetErrors) as caught:
        pio.loads(text, format="json", name="d.json")
    (problem,) = _flat(caught.value)
    assert (problem.line, problem.field) == (7, "figures.number")


def test_files_are_combined_and_shared_sources_kept_once(tmp_path: Path) -> None:
    """Figures may use measures and sources of another file; an equal source counts once."""
    source = '[[sources]]\nid = "s"\nname = "Lubinets"\npublished = 2024-01-03\n'
    (tmp_path / "a.toml").write_text(source + '[[measures]]\nid = "m"\nlabel = "held"\n')
    (tmp_path / "b.toml").write_text(
        source + '[[figures]]\nid = "f"\nmeasure = "m"\nvalue = "230"\nsource = "s"\n'
    )
    data = pio.load(tmp_path / "a.toml", tmp_path / "b.toml")
    assert len(data.sources) == 1
    assert data.figures[0].source == data.sources[0]


def test_a_source_defined_differently_in_two_files_is_an_error(tmp_path: Path) -> None:
    """Two files listing different sources under one id is reported at the second."""
    (tmp_path / "a.toml").write_text('[[sources]]\nid = "s"\nname = "Lubinets"\n')
    (tmp_path / "b.toml").write_text('[[sources]]\nid = "s"\nname = "Zelensky"\n')
    with pytest.raises(DatasetErrors) as caught:
        pio.load(tmp_path / "a.toml", tmp_path / "b.toml")
    (problem,) = _flat(caught.value)
    assert problem.file == str(tmp_path / "b.toml")
    assert "defined differently" in problem.message


def test_a_measure_in_two_files_is_a_duplicate(tmp_path: Path) -> None:
    """Measure ids must be unique across files; the second is reported."""
    for name in ("a.toml", "b.toml"):
        (tmp_path / name).write_text('[[measures]]\nid = "m"\nlabel = "held"\n')
    with pytest.raises(DatasetErrors) as caught:
        pio.load(tmp_path / "a.toml", tmp_path / "b.toml")
    (problem,) = _flat(caught.value)
    assert (problem.line, problem.field) == (2, "measures.id")
    assert f"first at {tmp_path / 'a.toml'}:1" in problem.message


def test_a_duplicate_relation_id_is_located_at_its_id_or_at_the_relation() -> None:
    """A relation id given twice is reported at the second id key; a default id at the record."""
    text = (
        '[[measures]]\nid = "a"\nlabel = "A"\n\n'
        '[[measures]]\nid = "b"\nlabel = "B"\n\n'
        '[[relations]]\nkind = "le"\na = "a"\nb = "b"\n\n'  # line 9, id le(a, b)
        '[[relations]]\nkind = "le"\na = "a"\nb = "b"\n\n'  # line 14, the same default id
        '[[relations]]\nid = "r"\nkind = "le"\na = "b"\nb = "a"\n\n'  # line 19
        '[[relations]]\nkind = "sum"\nid = "r"\ntotal = "a"\nparts = ["b"]\n'  # id at line 27
    )
    with pytest.raises(DatasetErrors) as caught:
        pio.loads(text, format="toml", name="d.toml")
    found = [(p.line, p.field, p.message) for p in _flat(caught.value)]
    assert found == [
        (14, "relations", "duplicate relation id 'le(a, b)' (first at line 9)"),
        (27, "relations.id", "duplicate relation id 'r' (first at line 19)"),
    ]


def test_load_needs_a_path() -> None:
    """load() with no path is a TypeError, not an empty data set."""
    with pytest.raises(TypeError):
        pio.load()


# -- writing ------------------------------------------------------------------------------


def test_format_argument_overrides_the_suffix(tmp_path: Path) -> None:
    """dump(format=...) writes that format whatever the suffix; unknown formats are refused."""
    path = tmp_path / "data.txt"
    pio.dump(_example(), path, format="json")
    assert json.loads(path.read_text("utf-8"))["measures"][0]["id"] == "returned"
    with pytest.raises(ValueError, match="format must be one of"):
        pio.dump(_example(), path, format="yaml")  # type: ignore[arg-type]
    with pytest.raises(pwstats.DatasetError, match="cannot tell the format"):
        pio.dump(_example(), path)


def test_loading_an_unknown_suffix_does_not_point_to_dump(tmp_path: Path) -> None:
    """load() of an article names the data suffixes and `extract`, never dump's format=."""
    path = tmp_path / "article.txt"
    path.write_text("At least 312 people were killed.\n", "utf-8")
    with pytest.raises(DatasetErrors) as caught:
        pio.load(path)
    message = str(caught.value.exceptions[0])
    assert "cannot tell the format from '.txt'" in message
    assert "dump" not in message
    assert "pwstats extract" in message


@pytest.mark.parametrize(
    ("fmt", "text"),
    [
        (
            "json",
            '{"measures": [{"id": "m", "label": "m"}], '
            '"figures": [{"id": "f", "measure": "m", "value": 3, "as_of": "2024"}]}',
        ),
        (
            "toml",
            '[[measures]]\nid = "m"\nlabel = "m"\n'
            '[[figures]]\nid = "f"\nmeasure = "m"\nvalue = 3\nas_of = "2024"\n',
        ),
    ],
)
def test_a_bare_number_in_value_points_to_number(fmt: pio.Format, text: str) -> None:
    """value = 3 (a number, not words) is an error that says to quote it or use number."""
    with pytest.raises(DatasetErrors, match=r"value: .*found the integer 3: quote it .*number = 3"):
        pio.loads(text, format=fmt, name=f"data.{fmt}")


def test_a_failed_write_leaves_the_old_file_intact(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """When writing fails before the rename, the old file is unchanged and no temp file stays."""
    path = tmp_path / "data.toml"
    pio.dump(_example(), path)
    before = path.read_bytes()

    def broken_fsync(fd: int) -> None:
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(os, "fsync", broken_fsync)
    with pytest.raises(DatasetError, match=r"data\.toml: cannot write: No space left"):
        pio.dump(Dataset(), path)
    assert path.read_bytes() == before
    assert [p.name for p in tmp_path.iterdir()] == ["data.toml"]


def test_dump_keeps_the_permissions_of_the_file_it_replaces(tmp_path: Path) -> None:
    """Replacing a file keeps its permission bits rather than the temp file's."""
    path = tmp_path / "data.csv"
    path.write_text("")
    path.chmod(0o640)
    pio.dump(_example(), path)
    assert path.stat().st_mode & 0o777 == 0o640


# -- seeds ---------------------------------------------------------------------------------


def test_a_seed_folder_loads_its_toml_files_in_name_order(tmp_path: Path) -> None:
    """The seed loader reads every *.toml file of a folder, sorted by name, and nothing else."""
    (tmp_path / "20_figures.toml").write_text(
        '[[figures]]\nid = "f"\nmeasure = "m"\nnumber = 3\nas_of = "2024"\n'
    )
    (tmp_path / "10_measures.toml").write_text('[[measures]]\nid = "m"\nlabel = "held"\n')
    (tmp_path / "README.md").write_text("not data")
    data = pio._load_folder(tmp_path)
    assert [f.id for f in data.figures] == ["f"]


def test_an_empty_seed_folder_is_an_error(tmp_path: Path) -> None:
    """A seed folder without TOML files is reported, not read as an empty data set."""
    with pytest.raises(DatasetErrors, match=r"holds no \.toml file"):
        pio._load_folder(tmp_path)


def test_the_bundled_seeds_load_and_round_trip() -> None:
    """The shipped seed data set loads and survives a write and read in every format."""
    data = pwstats.seeds()
    assert data.measures
    assert data.figures
    assert data.relations
    assert data.sources
    for fmt in FORMATS:
        assert pio.loads(pio.dumps(data, format=fmt), format=fmt) == data


def test_a_source_checkout_finds_the_repository_seed_folder() -> None:
    """Without a packaged _seeds folder, the seed folder is <repo>/seeds with the TOML files."""
    folder = pio._seed_folder()
    assert Path(str(folder)) == Path(pio.__file__).resolve().parents[3] / "seeds"
    assert any(p.name.endswith(".toml") for p in folder.iterdir())


def test_unknown_measure_without_a_near_id_says_how_to_define_one(tmp_path: Path) -> None:
    """A plain CSV naming an undefined measure is told how a row can define it."""
    path = tmp_path / "plain.csv"
    path.write_text("id,measure,value,as_of\nf1,released,more than 230,2024-01-03\n")
    with pytest.raises(DatasetErrors) as info:
        pio.load(path)
    (problem,) = info.value.exceptions
    assert problem.line == 2
    assert "unknown measure 'released'" in str(problem)
    assert "measure_label" in str(problem)


def test_words_are_checked_even_when_the_figure_source_is_broken() -> None:
    """All problems at once: a row's unreadable words are reported beside its bad source."""
    text = (
        "id,measure,measure_label,value,as_of,source,source_published\n"
        'a,killed,people killed,"1,400-1,200",2024-03-01,ministry,21/03/2024\n'
        "b,killed,,30%,2024-03-01,ngo,2024-03-02\n"
    )
    with pytest.raises(DatasetErrors) as caught:
        pio.loads(text, format="csv", name="mine.csv")
    found = [(p.line, p.field) for p in _flat(caught.value)]
    assert (2, "source_published") in found
    assert (2, "value") in found  # the inverted range, though the source is broken
    assert (3, "value") in found  # '30%' on a headcount, though the source has no name


# -- dims ---------------------------------------------------------------------------------

DIMS_TOML = """
[[measures]]
id = "e1"
label = "deaths in event 1"
kind = "event"
dims = { conflict = "299", year = 2016 }
"""


@pytest.mark.parametrize("fmt", ["toml", "json", "csv"])
def test_dims_round_trip_in_every_format(fmt: pio.Format) -> None:
    """A measure's dims survive dump and load in TOML, JSON and CSV, integers as their text."""
    data = pio.loads(DIMS_TOML, format="toml")
    assert data.measures[0].dims == {"conflict": "299", "year": "2016"}
    again = pio.loads(pio.dumps(data, format=fmt), format=fmt)
    assert again == data
    assert again.measures[0].dims == Dims(conflict="299", year="2016")


def test_csv_dims_are_dim_columns() -> None:
    """CSV holds dimension x in column dim_x, of a measure row or a figure's inline measure."""
    text = pio.dumps(pio.loads(DIMS_TOML, format="toml"), format="csv")
    assert text.splitlines()[0].endswith("dim_conflict,dim_year")
    inline = (
        "id,measure,measure_label,measure_kind,dim_year,dim_conflict,number,as_of\n"
        "f1,e1,deaths,event,2016,299,4,2016-03-01\n"
        "f2,e2,deaths,event,2016,,5,2016-03-02\n"
    )
    data = pio.loads(inline, format="csv")
    assert [m.dims for m in data.measures] == [
        Dims(conflict="299", year="2016"),
        Dims(year="2016"),
    ]


@pytest.mark.parametrize(
    ("text", "fmt", "message"),
    [
        ('dims = { Year = "2016" }', "toml", "x.toml:5: measures.dims: dimension name 'Year'"),
        ("dims = { year = 2016.5 }", "toml", "dimension 'year': a value must be text or an int"),
        ('dims = "2016"', "toml", "expected a table of dimension name to value"),
        ('dims = { year = "" }', "toml", "a value must be non-empty text"),
    ],
)
def test_bad_dims_name_the_file_line_and_dimension(
    text: str, fmt: pio.Format, message: str
) -> None:
    """A bad dimension name, value or table is a DatasetError at the measure's line naming it."""
    doc = '[[measures]]\nid = "a"\nlabel = "a"\nkind = "event"\n' + text + "\n"
    with pytest.raises(DatasetErrors) as caught:
        pio.loads(doc, format=fmt, name="x.toml")
    assert message in str(caught.value.exceptions[0])


def test_bad_dim_value_in_json_and_csv_is_located() -> None:
    """A boolean dimension value in JSON and an empty dim_ column in CSV are located errors."""
    doc = '{"measures": [{"id": "a", "label": "a", "dims": {"side": true}}]}'
    with pytest.raises(DatasetErrors, match=r"x.json:1: measures.dims: dimension 'side'"):
        pio.loads(doc, format="json", name="x.json")
    with pytest.raises(DatasetErrors, match="unknown column 'dim_'"):
        pio.loads("measure,measure_label,dim_\na,b,c\n", format="csv", name="x.csv")


def _csv_problems(text: str) -> list[str]:
    with pytest.raises(DatasetErrors) as caught:
        pio.loads(text, format="csv", name="x.csv")
    return [str(e) for e in caught.value.exceptions]


def test_many_unknown_columns_are_one_problem_listing_them() -> None:
    """Forty unknown columns are one problem naming the first ten; three are one each."""
    header = ",".join(f"col{i}" for i in range(40))
    assert _csv_problems(f"measure,{header}\na\n") == [
        "x.csv:1: 40 unknown columns: "
        + ", ".join(f"'col{i}'" for i in range(10))
        + " and 30 more; see docs/data-format.md for the columns"
    ]
    assert len(_csv_problems("measure,col1,col2,col3\na\n")) == 3


@pytest.mark.parametrize(
    ("header", "named"),
    [
        ("id,relid,year,best,low,high,date_start,date_end", "a UCDP GED export"),
        ("event_id_cnty,event_date,year,fatalities,country", "an ACLED export"),
        ("Event,Killed\n#event+id,#affected+killed", "an HXL-tagged file"),
    ],
)
def test_a_published_data_set_csv_says_which_it_is_first(header: str, named: str) -> None:
    """A GED, ACLED or HXL header is named first, with the from_frame preset that reads it."""
    problems = _csv_problems(f"{header}\n1,2\n")
    assert problems[0].startswith(f"x.csv:1: this looks like {named}, not a pwstats CSV file")
    assert "pwstats.from_frame(pandas.read_csv(path), preset=" in problems[0]


# -- the fast path of plain CSV figure rows is the checked path ---------------------------

#: Cells a generated figure row draws from: mostly good ones, and each kind the checks refuse.
_GOOD_AND_BAD = {
    "record": (["", "figure"], ["Figure", "source"]),
    "measure": (["m1", "m2", "share"], ["nope", "m1 ", ""]),
    "as_of": (["2023", "2024-01-03", "2023-01/2023-06"], ["2025-02-30", "x", "2024-03-01", ""]),
    "note": (["", "a note"], [" "]),
    "cites": (["", "", "", "f1"], ["f9", "f1 "]),
    "revises": (["", "", "", "f3"], ["f4"]),
    "source": (["", "", "s1"], ["s9"]),
    "source_name": (["", "UN", "MoD"], [" "]),
    "source_via": (["", "AP"], ["AP|Reuters", "AP||x", '["AP"]', " "]),
    "source_published": (["", "2024-01-05", "2024-06-01"], ["2023-12-31", "2024-01"]),
    "quote": ([""], ["said so"]),
    "basis": ([""], ["estimate", "count"]),
}
_WAYS = {
    "value": (["about 300", "almost 2,600", "between 2 and 3"], ["30%", "lots", "1.517", " "]),
    "number": (["5", "0", "17", "1/3"], ["-5", "2.5", "1/0", "1e3", "٢", " 7"]),
    "interval": (["[1, 5]", "[0, 9)"], ["(3, 3)", "[-9, -1]", "[0.5, 0.5]", "[1,"]),
    "low": (["1", "2"], ["9", "-2", "x"]),
    "best": (["3", ""], ["0"]),
    "high": (["5", "7"], ["2.5", "-1"]),
}
_PREAMBLE = [
    {"record": "measure", "measure": "m1", "measure_label": "held"},
    {"record": "measure", "measure": "m2", "measure_label": "share", "measure_unit": "percent"},
    {
        "record": "measure",
        "measure": "share",
        "measure_label": "w",
        "measure_whole": "false",
        "measure_nonnegative": "false",
    },
    {
        "record": "source",
        "source": "s1",
        "source_name": "Ministry",
        "source_published": "2024-02-01",
    },
]


def _row(draw: st.DrawFn) -> dict[str, str]:
    """The cells of a figure row but its id, good but for at most one bad cell: one way of
    giving the value, or now and then two."""
    way = draw(st.sampled_from(["value", "number", "interval", "lbh"]))
    filled = ("low", "best", "high") if way == "lbh" else (way,)
    pools = {**_GOOD_AND_BAD, **{c: _WAYS[c] for c in filled}}
    bad = draw(st.sampled_from([None, "extra way", *pools]))
    row = {c: draw(st.sampled_from(pools[c][c == bad])) for c in pools}
    if bad is None or (not bad.startswith("source") and draw(st.booleans())):
        row.update(source="", source_name="", source_via="", source_published="")
    if bad == "extra way":
        extra = draw(st.sampled_from([c for c in _WAYS if c not in filled]))
        row[extra] = _WAYS[extra][0][0]
    return row


@st.composite
def _plain_csv_files(draw: st.DrawFn) -> str:
    """A CSV file of measures, a listed source and figure rows, each row mostly plain and
    good, with now and then a cell of a kind the checks refuse (or a second value)."""
    columns = ["record", "id", *draw(st.permutations([*list(_GOOD_AND_BAD)[1:], *_WAYS]))]
    columns += ["measure_label", "measure_unit", "measure_whole", "measure_nonnegative"]
    rows = [dict(r) for r in _PREAMBLE]
    templates = [_row(draw) for _ in range(draw(st.integers(1, 3)))]
    for n in range(draw(st.integers(1, 10))):  # rows repeat their cells, as real files do
        row = dict(draw(st.sampled_from(templates)))
        row["id"] = draw(st.sampled_from([f"f{n}"] * 12 + ["f0", "f1 ", "", "a\tb"]))
        rows.append(row)
    order = draw(st.permutations(range(len(rows))))
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\n")
    writer.writerow(columns)
    for i in order:
        writer.writerow([rows[i].get(c, "") for c in columns])
    return out.getvalue()


def _outcome(text: str, policy: str) -> Any:
    seen: list[pwstats.Rejected] = []
    try:
        data = pio.loads(
            text, format="csv", name="g.csv", on_bad_records=seen.append if policy else "raise"
        )
    except DatasetErrors as group:
        return "raised", [str(e) for e in group.exceptions]
    return data, [(r.line, r.record, [str(e) for e in r.errors]) for r in seen]


@settings(
    max_examples=200,
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture],
)
@given(text=_plain_csv_files(), policy=st.sampled_from(["", "collect"]))
def test_fast_csv_rows_load_as_the_checked_path_does(
    text: str, policy: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Load with the fast path of plain rows and the trusted data set gives the same data set,
    the same errors and the same rejected records as the checked path with Dataset(...)
    (monkeypatch: each example undoes its own patches)."""
    fast = _outcome(text, policy)
    with monkeypatch.context() as patch:
        patch.setattr(pio_rows, "_FAST_ROWS", False)
        patch.setattr(pio_build, "_TRUST_RECORDS", False)
        checked = _outcome(text, policy)
    assert fast == checked


def test_fast_path_takes_the_benchmark_rows() -> None:
    """The plain rows of a dumped data set are built by the fast path (the test above is not
    vacuous): loading them builds no record keys."""
    measure = Measure(id="m", label="m")
    said = Source(name="UN", via=("AP",))
    figures = [
        Figure(id=f"f{i}", measure="m", value=v, as_of="2024", source=said)
        for i, v in enumerate([5, Interval.closed(1, 9), "about 300"])
    ]
    text = pio.dumps(Dataset(measures=[measure], figures=figures), format="csv")
    records = pio_rows.read_csv(text, "d.csv", [])
    plain = [r for r in records if r.plain is not None]
    assert len(plain) == 3
    assert pio.loads(text, format="csv") == Dataset(measures=[measure], figures=figures)
    assert all(r._data is None for r in plain[1:])  # the first taught the source


def _single_faults() -> list[tuple[str, str, str]]:
    """(way, column, bad cell): every bad cell of the pools, alone in an otherwise good row."""
    out = []
    for way in ("value", "number", "interval", "low"):
        for column, (_, bad) in {**_GOOD_AND_BAD, **_WAYS}.items():
            out.extend((way, column, cell) for cell in bad)
        out.extend((way, "id", cell) for cell in ("f1", "f1 ", "", "a\tb", "a\nb"))
    return out


@pytest.mark.parametrize(("way", "column", "cell"), _single_faults())
@pytest.mark.parametrize("sourced", [False, True])
def test_each_bad_cell_is_refused_by_the_fast_path_as_by_the_checked_one(
    way: str, column: str, cell: str, sourced: bool, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A row good but for one bad cell (after a good row that teaches the fast path its
    source) loads, or fails, exactly as on the checked path."""
    good = {c: pools[0][0] for c, pools in _GOOD_AND_BAD.items()}
    good.update(measure="m1", as_of="2024-01-03")
    good.update(dict.fromkeys(("source", "source_name", "source_via", "source_published"), ""))
    if sourced:
        good.update(source_name="UN", source_via="AP", source_published="2024-01-05")
    filled = ("low", "best", "high") if way == "low" else (way,)
    good.update({c: _WAYS[c][0][0] for c in filled})
    columns = ["record", "id", *_GOOD_AND_BAD.keys() - {"record"}, *_WAYS, "measure_label"]
    rows = [{"record": "measure", "measure": "m1", "measure_label": "held"}, dict(good, id="f1")]
    rows += [{"record": "source", "source": "s1", "source_name": "Ministry"}]
    rows.append({**good, "id": "f2", column: cell})
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\n")
    writer.writerow(columns)
    writer.writerows([r.get(c, "") for c in columns] for r in rows)
    text = out.getvalue()
    fast = _outcome(text, "collect")
    monkeypatch.setattr(pio_rows, "_FAST_ROWS", False)
    monkeypatch.setattr(pio_build, "_TRUST_RECORDS", False)
    assert fast == _outcome(text, "collect")


def test_csv_dump_writes_formulas_as_text_and_reads_them_back() -> None:
    """A name, quote, note, label or dimension a spreadsheet would run as a formula is
    written with a leading "'" (numbers are not), and load gives back exactly the data set."""
    source = Source(
        name='=HYPERLINK("http://x", "y")',
        role="+role",
        affiliation="@side",
        via=("-2+3",),
        published="2024-01-03",
        quote="=1+1",
    )
    measure = Measure(id="m", label="-label", kind="event", dims={"side": "=x"}, nonnegative=False)
    data = Dataset(
        measures=[measure],
        figures=[
            Figure(id="f1", measure="m", value="exactly 230", source=source, note="\t=note"),
            Figure(id="=f2", measure="m", value=-5, note="'=odd", as_of="2024-01-03"),
        ],
    )
    text = pio.dumps(data, format="csv")
    cells = [c for row in csv.reader(io.StringIO(text)) for c in row]
    assert not [c for c in cells if c[:1] and c[0] in "=+@\t\r"]
    assert [c for c in cells if c.startswith("-")] == ["-5"]  # a number stays a number
    assert {'\'=HYPERLINK("http://x", "y")', "'+role", "'@side", "'-2+3", "'=1+1"} <= set(cells)
    assert {"'\t=note", "'=f2", "''=odd", "'-label", "'=x"} <= set(cells)
    assert pio.loads(text, format="csv") == data


def test_a_csv_row_with_too_few_cells_is_an_error_not_padded(tmp_path: Path) -> None:
    """A short row names its file, line and cell counts, never reads as padded."""
    path = tmp_path / "short.csv"
    path.write_text("id,measure,value,as_of,measure_label\nf1,m,300,2024-01\n", encoding="utf-8")
    with pytest.raises(DatasetErrors) as caught:
        pwstats.load(path)
    (error,) = caught.value.exceptions
    assert "short.csv" in str(error)
    assert error.line == 2
    assert "row has 4 cells but the header names 5 columns" in str(error)
    assert "unknown measure" not in str(caught.value)


@pytest.mark.parametrize("text", ["2/3", "0.25", "1"])
def test_a_share_written_as_text_of_a_number_says_how_to_write_a_constant(
    tmp_path: Path, text: str
) -> None:
    """share = "2/3" is text, so a measure id: the error names the interval notation that
    makes it the constant share, which then loads as that constant."""
    body = (
        '[[measures]]\nid = "whole"\nlabel = "held"\nkind = "level"\n\n'
        '[[measures]]\nid = "part"\nlabel = "released"\nkind = "level"\n\n'
        '[[relations]]\nkind = "share"\npart = "part"\nwhole = "whole"\nshare = "{}"\n'
    )
    path = tmp_path / "share.toml"
    path.write_text(body.format(text), encoding="utf-8")
    with pytest.raises(DatasetErrors) as info:
        pio.load(path)
    (problem,) = info.value.exceptions
    fix = f"[{text}, {text}]"
    assert f"unknown measure {text!r}" in str(problem)
    assert f'share = "{fix}"' in str(problem)
    path.write_text(body.format(fix), encoding="utf-8")
    (relation,) = pio.load(path).relations
    assert relation.ratio == Interval.parse(fix)


def test_a_share_naming_a_measure_that_is_missing_gets_no_constant_hint(tmp_path: Path) -> None:
    path = tmp_path / "share.toml"
    path.write_text(
        '[[measures]]\nid = "whole"\nlabel = "held"\nkind = "level"\n\n'
        '[[relations]]\nkind = "share"\npart = "whole"\nwhole = "whole"\nshare = "ratio"\n',
        encoding="utf-8",
    )
    with pytest.raises(DatasetErrors) as info:
        pio.load(path)
    assert "constant share" not in str(info.value.exceptions[0])


@pytest.mark.parametrize("cell", ["1,204", "1 204", "1\u202f204", "1'204", "1.204.000"])
def test_a_number_with_thousands_separators_is_told_the_digits_to_write(cell: str) -> None:
    """A number cell written with thousands separators is refused naming the digits to
    write, in a data file as in a frame (the CSV reader said only 'use the value key',
    and a space or apostrophe got no hint at all)."""
    digits = "".join(c for c in cell if c.isdigit())
    sheet = f'id,measure,number,as_of,measure_label\nf,m,"{cell}",2024,x\n'
    with pytest.raises(DatasetErrors, match=f"write {digits}, without thousands separators"):
        pio.loads(sheet, format="csv", name="n.csv")
    pd = pytest.importorskip("pandas")
    frame = pd.DataFrame({"measure": ["m"], "number": [cell], "as_of": ["2024"]})
    with pytest.raises(DatasetErrors) as caught:
        pwstats.from_frame(frame)
    (error,) = caught.value.exceptions  # and no second 'no value' error beside it
    assert f"write {digits}, without thousands separators" in str(error)


# -- hostile files --------------------------------------------------------------------------

_CSV_HEAD = "id,measure,measure_label,value,number,as_of,source_name,cites,revises\n"
_CSV_ROWS = ["f1,m,held,,5,2023-01-01,A,,", "f2,m,,,6,2023-01-02,B,,"]


@pytest.mark.parametrize("ident", ["f\x001", "f1\x00"])
def test_an_id_with_a_nul_is_refused_at_its_cell(tmp_path: Path, ident: str) -> None:
    """An id holding a NUL (which prints as nothing, so two ids would look alike) is refused
    at its line and column; a NUL in other text is kept, as dump writes it."""
    path = tmp_path / "data.csv"
    path.write_text(_CSV_HEAD + f"{ident},m,held,,5,2023,A,,\n", "utf-8")
    with pytest.raises(DatasetErrors) as caught:
        pio.load(path)
    (problem,) = _flat(caught.value)
    assert (problem.line, problem.field) == (2, "id")
    assert "NUL" in problem.message
    path.write_text(_CSV_HEAD + "f1,m,held,,5,2023,A\x00B,,\n", "utf-8")
    source = pio.load(path).figures[0].source
    assert source is not None
    assert source.name == "A\x00B"


@pytest.mark.parametrize("fmt", ["toml", "json", "csv"])
def test_a_value_in_scientific_notation_points_to_number_in_every_format(
    tmp_path: Path, fmt: str
) -> None:
    """'1e3' as a figure's value is refused at its line in every format, saying to give it as
    number; as number it is read as 1000."""
    data = Dataset(
        measures=[Measure(id="m", label="held")],
        figures=[Figure(id="f1", measure="m", value="1,000", as_of="2023")],
    )
    path = tmp_path / f"data.{fmt}"
    pio.dump(data, path)
    path.write_text(path.read_text("utf-8").replace("1,000", "1e3"), "utf-8")
    with pytest.raises(DatasetErrors) as caught:
        pio.load(path)
    (problem,) = _flat(caught.value)
    assert problem.file == str(path)
    assert problem.line is not None
    assert "give 1e3 as number instead" in problem.message
    number = tmp_path / "number.csv"
    number.write_text(_CSV_HEAD + "f1,m,held,,1e3,2023,A,,\n", "utf-8")
    assert pio.load(number).figures[0].value == 1000


@pytest.mark.parametrize("key", ["cites", "revises"])
def test_a_figure_linking_to_itself_is_refused_at_its_key(tmp_path: Path, key: str) -> None:
    """A CSV figure whose cites or revises names its own id is refused at that column."""
    path = tmp_path / "data.csv"
    cells = {"cites": "f1,", "revises": ",f1"}[key]
    path.write_text(_CSV_HEAD + f"f1,m,held,,5,2023,A,{cells}\n", "utf-8")
    with pytest.raises(DatasetErrors) as caught:
        pio.load(path)
    (problem,) = _flat(caught.value)
    assert (problem.line, problem.field) == (2, key)
    assert f"{key} itself" in problem.message


def test_link_problems_are_placed_by_the_figure_they_carry_not_by_text(tmp_path: Path) -> None:
    """An id holding quotes and a link's words is still placed at its own record and key."""
    odd = "f \\\"x\\\" cites 'y'"
    path = tmp_path / "data.json"
    path.write_text(
        '{"measures": [{"id": "m", "label": "held"}], "figures": [\n'
        f'{{"id": "{odd}", "measure": "m", "number": 1, "as_of": "2023", "revises": "g"}},\n'
        f'{{"id": "g", "measure": "m", "number": 2, "as_of": "2023", "revises": "{odd}"}}\n'
        "]}\n",
        "utf-8",
    )
    with pytest.raises(DatasetErrors) as caught:
        pio.load(path)
    (problem,) = _flat(caught.value)
    assert problem.line == 3
    assert "closing a cycle" in problem.message
    rejected: list[pwstats.Rejected] = []
    assert pio.load(path, on_bad_records=rejected.append).figures == ()
    assert sorted(r.line or 0 for r in rejected) == [2, 3]


@pytest.mark.parametrize(
    ("as_of", "hint"),
    [
        ("20230105", "if it is YYYYMMDD, write 2023-01-05"),
        ("45000", "serial day number it is 2023-03-15"),
        ("10000-01-01", "years run from 1 to 9999"),
    ],
)
def test_a_date_of_digits_says_what_to_write(tmp_path: Path, as_of: str, hint: str) -> None:
    """An as_of written as digits or past year 9999 is refused at its line with a hint."""
    path = tmp_path / "data.csv"
    path.write_text(_CSV_HEAD + f"f1,m,held,,5,{as_of},A,,\n", "utf-8")
    with pytest.raises(DatasetErrors) as caught:
        pio.load(path)
    (problem,) = _flat(caught.value)
    assert (problem.line, problem.field) == (2, "as_of")
    assert hint in problem.message


@pytest.mark.parametrize("cut", ["long cell", "open quote"])
def test_a_cell_past_the_csv_limit_is_refused_at_the_line_it_starts_on(
    tmp_path: Path, cut: str
) -> None:
    """A cell longer than the csv module reads (a huge cell, or a quote left open that runs
    on) is one problem at the line the cell starts on, saying what to look for."""
    big = "x" * (csv.field_size_limit() + 1)
    body = f"f3,m,,{big},,2023,A,,\n" if cut == "long cell" else 'f3,m,,"5,2023,A,,\n'
    body += "f4,m,,,6,2023,B,,\n" * (3 if cut == "long cell" else 20_000)
    path = tmp_path / "data.csv"
    path.write_text(_CSV_HEAD + "\n".join(_CSV_ROWS) + "\n" + body, "utf-8")
    with pytest.raises(DatasetErrors) as caught:
        pio.load(path)
    (problem,) = _flat(caught.value)
    assert problem.line == 4
    assert problem.message.startswith(f"a cell of more than {csv.field_size_limit():,} characters")
