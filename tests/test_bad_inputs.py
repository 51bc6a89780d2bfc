"""The corpus of bad data files: each reports exactly the problems EXPECTED.toml lists."""

from __future__ import annotations

import tomllib
from pathlib import Path
from typing import Any

import pytest

from pwstats import io as pio
from pwstats.errors import DatasetError, DatasetErrors, PwstatsError
from pwstats.io import files as pio_files

CORPUS = Path(__file__).parent / "bad_inputs"
CASES: list[dict[str, Any]] = tomllib.loads((CORPUS / "EXPECTED.toml").read_text("utf-8"))["case"]


def _problems(path: Path) -> list[DatasetError]:
    with pytest.raises(DatasetErrors) as caught:
        pio.load(path)
    found = [e for e in caught.value.exceptions if isinstance(e, DatasetError)]
    assert len(found) == len(caught.value.exceptions)
    return found


@pytest.mark.parametrize("case", CASES, ids=[c["file"] for c in CASES])
def test_corpus_file_reports_exactly_its_expected_problems(case: dict[str, Any]) -> None:
    """Each corpus file loads (ok cases) or reports exactly the listed problems, located."""
    path = CORPUS / case["file"]
    if case.get("ok"):
        assert pio.load(path).figures
        return
    problems = _problems(path)
    expected = case["errors"]
    shown = "\n".join(str(p) for p in problems)
    assert len(problems) == len(expected), shown
    for problem, want in zip(problems, expected, strict=True):
        assert problem.file == str(path)
        assert problem.line == want.get("line"), shown
        assert problem.field == want.get("field"), shown
        assert want["message"] in problem.message, shown


def test_every_corpus_file_has_an_expectation() -> None:
    """No file of the corpus is left without an entry in EXPECTED.toml."""
    files = {p.name for p in CORPUS.iterdir() if p.name != "EXPECTED.toml"}
    assert files == {c["file"] for c in CASES}


def test_a_directory_is_reported_by_name(tmp_path: Path) -> None:
    """Loading a directory reports that path as a directory, not a crash."""
    folder = tmp_path / "data.toml"
    folder.mkdir()
    (problem,) = _problems(folder)
    assert problem.file == str(folder)
    assert "is a directory" in problem.message


def test_a_missing_path_is_reported_by_name(tmp_path: Path) -> None:
    """A path that does not exist is reported as 'no such file' with its name."""
    (problem,) = _problems(tmp_path / "nowhere.json")
    assert problem.message == "no such file"
    assert problem.file == str(tmp_path / "nowhere.json")


def test_an_unknown_suffix_names_the_accepted_ones(tmp_path: Path) -> None:
    """A file whose suffix is not .toml, .json, .csv or .parquet is refused, naming those."""
    path = tmp_path / "data.yaml"
    path.write_text("measures: []\n")
    (problem,) = _problems(path)
    assert "'.yaml'" in problem.message
    assert ".toml, .json, .csv or .parquet" in problem.message


def test_a_file_over_the_size_limit_is_refused(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A file larger than MAX_BYTES is refused before it is read, with its size."""
    monkeypatch.setattr(pio_files, "MAX_BYTES", 10)
    path = tmp_path / "big.toml"
    path.write_text('[[measures]]\nid = "m"\nlabel = "held"\n')
    (problem,) = _problems(path)
    assert "is 37 bytes" in problem.message


def test_problems_of_several_files_come_together() -> None:
    """Loading several bad files raises one group holding the problems of all of them."""
    paths = [CORPUS / "duplicate_ids.toml", CORPUS / "latin1.csv", CORPUS / "deep.json"]
    with pytest.raises(DatasetErrors) as caught:
        pio.load(*paths)
    files = [p.file for p in caught.value.exceptions if isinstance(p, DatasetError)]
    assert set(files) == {str(p) for p in paths}
    assert isinstance(caught.value, PwstatsError)
    assert str(caught.value).startswith("5 problems in ")
