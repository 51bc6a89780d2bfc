"""load(..., on_bad_records=...): partial loads keep the valid records and hand back the rest.

Like pandas' ``on_bad_lines``: "raise" (the default) raises every problem at once,
"skip" leaves bad records out, a callable receives each :class:`pwstats.Rejected`.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import pwstats
from pwstats import Rejected
from pwstats import io as pio
from pwstats.cli import main
from pwstats.errors import DatasetErrors

TOML = """\
[[sources]]
id = "ok"
name = "Agency"

[[sources]]
id = "bad-source"
name = "Ministry"
published = "2024-13-01"

[[measures]]
id = "m"
label = "held"

[[measures]]
id = "bad-measure"
label = "released"
unit = "zorkmid"

[[figures]]
id = "good"
measure = "m"
number = 10
as_of = "2024"
source = "ok"

[[figures]]
id = "negative"
measure = "m"
number = -3
as_of = "2024"

[[figures]]
id = "orphan"
measure = "bad-measure"
number = 4
as_of = "2024"

[[figures]]
id = "cites-bad"
measure = "m"
number = 5
as_of = "2024"
source = "bad-source"

[[relations]]
kind = "le"
a = "m"
b = "bad-measure"
"""


def _rejected(text: str, fmt: pio.Format = "toml") -> tuple[pwstats.Dataset, list[Rejected]]:
    seen: list[Rejected] = []
    data = pio.loads(text, format=fmt, name=f"d.{fmt}", on_bad_records=seen.append)
    return data, seen


def test_raise_is_the_default_and_unchanged() -> None:
    """Without a policy every problem is raised at once; consequences are not repeated."""
    with pytest.raises(DatasetErrors) as caught:
        pio.loads(TOML, format="toml", name="d.toml")
    assert len(caught.value.exceptions) == 3  # the source date, the unit, the negative number


def test_skip_keeps_exactly_the_valid_records() -> None:
    """'skip' keeps the good figure, measure and source, and nothing that needs a bad one."""
    data = pio.loads(TOML, format="toml", on_bad_records="skip")
    assert [f.id for f in data.figures] == ["good"]
    assert [m.id for m in data.measures] == ["m"]
    assert [s.id for s in data.sources] == ["ok"]
    assert data.relations == ()


def test_a_callable_receives_each_rejected_record_with_its_reasons_in_line_order() -> None:
    """Each bad record arrives once, with file, line, id and every reason, in line order."""
    _, seen = _rejected(TOML)
    assert [(r.record, r.line) for r in seen] == [
        ("bad-source", 5),
        ("bad-measure", 14),
        ("negative", 26),
        ("orphan", 32),
        ("cites-bad", 38),
        (None, 45),  # a relation without an id
    ]
    assert all(r.file == "d.toml" for r in seen)
    assert all(r.errors for r in seen)
    by_id = {r.record: r for r in seen}
    assert "cannot be negative" in str(by_id["negative"])
    assert "its measure 'bad-measure' was rejected, so it is too" in str(by_id["orphan"])
    assert "its source 'bad-source' was rejected, so it is too" in str(by_id["cites-bad"])
    relation = seen[-1]
    assert "it names the rejected measure 'bad-measure'" in str(relation)


def test_partial_loads_work_alike_in_every_format() -> None:
    """A data set with the same bad records rejects the same ids from TOML, JSON and CSV."""
    good = pio.loads(TOML, format="toml", on_bad_records="skip")
    for fmt in ("json", "csv"):
        text = pio.dumps(good, format=fmt)
        assert pio.loads(text, format=fmt, on_bad_records="skip") == good
    csv = (
        "id,measure,value,number,as_of,measure_label,measure_unit,source_name,source_published\n"
        "a,m,,10,2024,held,,,\n"
        "b,m,,-3,2024,,,,\n"
        "c,n,,4,2024,n,zorkmid,,\n"
        "d,m,,5,2024,,,Ministry,2024-13-01\n"
        "e,m,lots,,2024,,,,\n"
        "f,m,,1,2024,,,,,extra\n"
    )
    data, seen = _rejected(csv, "csv")
    assert [f.id for f in data.figures] == ["a"]
    assert [(r.record, r.line) for r in seen] == [
        ("b", 3),
        ("n", 4),
        ("c", 4),
        ("d", 5),
        ("e", 6),
        ("f", 7),
    ]


def test_a_csv_cell_that_cannot_be_read_rejects_its_row() -> None:
    """A bad boolean cell rejects the measure it defines and the figures that need it."""
    csv = (
        "record,id,measure,number,as_of,measure_label,measure_whole\n"
        "measure,,m,,,held,perhaps\n"
        ",f,m,1,2024,,\n"
    )
    data, seen = _rejected(csv, "csv")
    assert data.figures == ()
    assert [r.record for r in seen] == ["m", "f"]
    assert "expected true or false" in str(seen[0])


def test_problems_that_belong_to_no_record_are_raised_whatever_the_policy() -> None:
    """A syntax error or an unknown column is no record's: 'skip' still raises it."""
    for text, fmt in (("[[figures]\n", "toml"), ("id,mesure\nf,m\n", "csv"), ("[1]", "json")):
        with pytest.raises(DatasetErrors):
            pio.loads(text, format=fmt, on_bad_records="skip")


def test_a_json_key_given_twice_rejects_only_its_record() -> None:
    """A duplicate key inside one figure rejects that figure; the top-level one raises."""
    text = (
        '{"measures": [{"id": "m", "label": "m"}], "figures": ['
        '{"id": "a", "measure": "m", "number": 1, "number": 2, "as_of": "2024"},'
        '{"id": "b", "measure": "m", "number": 1, "as_of": "2024"}]}'
    )
    data, seen = _rejected(text, "json")
    assert [f.id for f in data.figures] == ["b"]
    assert [r.record for r in seen] == ["a"]


def test_an_unknown_policy_is_refused() -> None:
    """on_bad_records must be 'raise', 'skip' or a callable; 'warn' is the CLI's word only."""
    with pytest.raises(ValueError, match="on_bad_records must be"):
        pio.loads("", format="toml", on_bad_records="warn")  # type: ignore[arg-type]


@settings(max_examples=25, deadline=None)
@given(st.lists(st.sampled_from(["10", "-3", "lots", "2.5", "1/2", "about 7"]), max_size=8))
def test_skip_equals_loading_only_the_records_that_pass(values: list[str]) -> None:
    """A partial load equals the strict load of the file without its rejected rows."""
    header = "id,measure,value,as_of,measure_label\n"
    rows = [f"f{i},m,{v},2024,{'held' if i == 0 else ''}\n" for i, v in enumerate(values)]
    seen: list[Rejected] = []
    text = header + "".join(rows)
    if not values:
        return
    try:
        data = pio.loads(text, format="csv", on_bad_records=seen.append)
    except DatasetErrors:
        return  # the first row (which defines the measure) may itself be a problem
    kept = [row for i, row in enumerate(rows) if f"f{i}" not in {r.record for r in seen}]
    if kept and rows[0] in kept:
        assert pio.loads(header + "".join(kept), format="csv") == data


def test_cli_on_bad_records_skip_warn_and_raise(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """--on-bad-records: raise exits 2; skip and warn keep the good records, warn says why."""
    path = tmp_path / "d.toml"
    path.write_text(TOML)
    assert main(["check", str(path)]) == 2
    capsys.readouterr()
    assert main(["check", str(path), "--on-bad-records", "skip"]) == 0
    out, err = capsys.readouterr()
    assert "1 figure about 1 measure" in out
    assert err == ""
    assert main(["reconcile", str(path), "--on-bad-records", "warn"]) == 0
    out, err = capsys.readouterr()
    assert err.count("pwstats reconcile: warning: ") == 6
    assert "record 'negative' rejected" in err
    assert main(["bound", str(path), "m", "--at", "2024", "--on-bad-records", "skip"]) == 0
