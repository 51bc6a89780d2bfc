"""Parquet data files: the CSV format's tables through Arrow, read back to an equal data set."""

from __future__ import annotations

import subprocess
import sys
from fractions import Fraction
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings

from pwstats import Dataset, DatasetErrors, Figure, Interval, Measure, dump, load, seeds
from pwstats.io import dumps
from pwstats.strategies import datasets

pa = pytest.importorskip("pyarrow")
pq = pytest.importorskip("pyarrow.parquet")


def test_seed_data_round_trips(tmp_path: Path) -> None:
    """load(dump(seeds)) as Parquet equals the seed data set."""
    path = tmp_path / "seeds.parquet"
    dump(seeds(), path)
    assert load(path) == seeds()


@settings(max_examples=15, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(datasets())
def test_every_data_set_round_trips(tmp_path: Path, data: Dataset) -> None:
    """For any data set, Parquet gives back an equal one, as CSV does."""
    path = tmp_path / "data.parquet"
    dump(data, path)
    assert load(path) == data


def test_exact_ends_are_text(tmp_path: Path) -> None:
    """Numbers are stored as their exact text: 1/3 and [200, 250) are not floats."""
    m = Measure(id="m", label="share", unit="percent")
    data = Dataset(
        measures=[m],
        figures=[
            Figure(id="a", measure="m", value=Fraction(1, 3), as_of="2024"),
            Figure(id="b", measure="m", value=Interval.closed_open(200, 250), as_of="2024"),
        ],
    )
    path = tmp_path / "exact.parquet"
    dump(data, path)
    table = pq.read_table(path)
    assert all(pa.types.is_string(field.type) for field in table.schema)
    assert "1/3" in table.column("number").to_pylist()
    assert load(path) == data


def test_the_same_tables_as_csv(tmp_path: Path) -> None:
    """The Parquet file's columns and cells are the CSV file's (empty cells null)."""
    path = tmp_path / "seeds.parquet"
    dump(seeds(), path)
    lines = dumps(seeds(), format="csv").splitlines()
    table = pq.read_table(path)
    assert ",".join(table.column_names) == lines[0]
    assert table.num_rows == len(lines) - 1


def test_format_parquet_with_another_suffix(tmp_path: Path) -> None:
    """dump(format='parquet') writes Parquet whatever the name."""
    path = tmp_path / "data.bin"
    dump(seeds(), path, format="parquet")
    assert path.read_bytes()[:4] == b"PAR1"


def test_a_file_that_is_not_parquet_is_a_located_error(tmp_path: Path) -> None:
    """Bytes that are not Parquet give one DatasetError naming the file."""
    path = tmp_path / "bad.parquet"
    path.write_text("id,measure\n")
    with pytest.raises(DatasetErrors, match=r"bad\.parquet: not a Parquet file"):
        load(path)


def test_problems_are_located_at_the_rows_csv_line(tmp_path: Path) -> None:
    """A bad cell is reported at its row's line in the CSV form (header = line 1)."""
    table = pa.table(
        {
            "id": ["f1", "f2"],
            "measure": ["m", "m"],
            "measure_label": ["held", "held"],
            "number": ["5", "-3"],
            "as_of": ["2024", "2024"],
        }
    )
    path = tmp_path / "bad.parquet"
    pq.write_table(table, path)
    with pytest.raises(DatasetErrors, match=r"bad\.parquet:3: number: .*negative"):
        load(path)


def test_number_columns_written_by_other_tools_load(tmp_path: Path) -> None:
    """An integer Parquet column (as pandas writes it) is read as numbers."""
    table = pa.table(
        {
            "id": ["f1"],
            "measure": ["m"],
            "measure_label": ["held"],
            "number": pa.array([2828], type=pa.int64()),
            "as_of": ["2024-01-03"],
        }
    )
    path = tmp_path / "ints.parquet"
    pq.write_table(table, path)
    assert load(path).figures[0].value == 2828


def test_without_pyarrow_one_line_says_what_to_install(tmp_path: Path) -> None:
    """With pyarrow missing, a .parquet load raises ImportError naming the arrow extra."""
    path = tmp_path / "x.parquet"
    path.write_bytes(b"PAR1")
    code = (
        "import sys; sys.modules['pyarrow'] = None\n"
        "import pwstats\n"
        f"try:\n    pwstats.load({str(path)!r})\n"
        "except ImportError as e:\n    print(e)\n"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == (
        "reading and writing .parquet needs pyarrow: pip install 'pwstats[arrow]'"
    )


def test_parquet_holds_formula_like_text_as_it_is_and_reads_it_back(tmp_path: Path) -> None:
    """The "'" the CSV form puts before "=x" is not stored in Parquet, and load is exact."""
    pq = pytest.importorskip("pyarrow.parquet")
    data = Dataset(
        measures=[Measure(id="m", label="=label", kind="event")],
        figures=[Figure(id="f", measure="m", value=230, as_of="2024", note="'=odd")],
    )
    path = tmp_path / "formulas.parquet"
    dump(data, path)
    table = pq.read_table(path).to_pydict()
    assert "=label" in table["measure_label"]
    assert "'=odd" in table["note"]
    assert load(path) == data


@pytest.mark.parametrize(
    ("column", "cells", "found"),
    [
        ("value", pa.array([[1, 2]], type=pa.list_(pa.int64())), "a list ([1, 2])"),
        ("value", pa.array([b"300"], type=pa.binary()), "binary data (b'300')"),
        ("note", pa.array([{"a": 1}], type=pa.struct([("a", pa.int64())])), "a dict"),
    ],
)
def test_a_cell_of_no_single_value_is_refused_at_its_line_and_column(
    tmp_path: Path, column: str, cells: object, found: str
) -> None:
    """A list, a struct or binary data written by another tool is refused at its cell, never
    read as Python's text of it (a list [1, 2] would read as the interval [1, 2])."""
    table = {
        "id": ["f1"],
        "measure": ["m"],
        "measure_label": ["held"],
        "as_of": ["2024"],
        "number" if column != "value" else "value": [3] if column != "value" else cells,
    }
    if column != "value":
        table[column] = cells
    path = tmp_path / "nested.parquet"
    pq.write_table(pa.table(table), path)
    with pytest.raises(DatasetErrors) as caught:
        load(path)
    (problem,) = caught.value.exceptions
    assert str(problem).startswith(f"{path}:2: {column}: expected text, a number or a date,")
    assert found in str(problem)


def test_a_date_column_written_by_another_tool_reads_as_days(tmp_path: Path) -> None:
    """A timestamp column of midnights (pandas' dates) and a date column read as ISO days."""
    table = pa.table(
        {
            "id": ["f1", "f2"],
            "measure": ["m", "m"],
            "measure_label": ["held", None],
            "number": [3, 4],
            "as_of": pa.array([1_672_531_200_000, 1_672_617_600_000], type=pa.timestamp("ms")),
        }
    )
    path = tmp_path / "dates.parquet"
    pq.write_table(table, path)
    assert [str(f.as_of) for f in load(path).figures] == ["2023-01-01", "2023-01-02"]
