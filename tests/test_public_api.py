"""The public namespace: exactly the documented names, each importable, and a light import."""

from __future__ import annotations

import json
import subprocess
import sys

import pytest

import pwstats

#: The names in DESIGN.md's public API table.
DESIGN_TABLE = {
    "Interval",
    "DateSpan",
    "Source",
    "Measure",
    "Figure",
    "Relation",
    "Dataset",
    "load",
    "dump",
    "parse",
    "reconcile",
    "bound",
    "tabulate",
    "PwstatsError",
    "ParseError",
    "DatasetError",
    "UnitError",
}
#: Names documented in README.md and docs/ beyond the table.
DOCUMENTED_ELSEWHERE = {
    "Amount",
    "Mention",
    "extract",
    "from_frame",
    "seeds",
    "Report",
    "Finding",
    "Conflict",
    "Estimate",
    "Bound",
    "DatasetErrors",
    "UnknownIdError",
    "Rejected",
    # DESIGN.md, "Version 2": beyond one machine
    "components",
}
#: DESIGN.md's "Version 2" names.
VERSION_2 = {"total", "Statistics", "Statistic", "to_gt", "to_prov"}
HEAVY = (
    "pint",
    "tabulate",
    "hypothesis",
    "matplotlib",
    "pandas",
    "pyarrow",
    "numpy",
    "great_tables",
    "prov",
)


def test_all_is_exactly_the_documented_names() -> None:
    """pwstats.__all__ lists each documented name once, and nothing else."""
    assert len(pwstats.__all__) == len(set(pwstats.__all__))
    assert set(pwstats.__all__) == DESIGN_TABLE | DOCUMENTED_ELSEWHERE | VERSION_2


@pytest.mark.parametrize("name", sorted(DESIGN_TABLE | DOCUMENTED_ELSEWHERE | VERSION_2))
def test_every_public_name_resolves(name: str) -> None:
    """Every name in __all__ is an attribute of pwstats, a class or a function."""
    value = getattr(pwstats, name)
    assert callable(value)
    assert name in dir(pwstats)


def test_unknown_attribute_is_an_attribute_error() -> None:
    """Asking pwstats for an undocumented name is an AttributeError naming it."""
    with pytest.raises(AttributeError, match="no attribute 'Intervals'"):
        _ = pwstats.Intervals


def _modules_after(code: str) -> dict[str, bool]:
    script = (
        f"import json, sys\n{code}\n"
        f"print(json.dumps({{m: m in sys.modules for m in {list(HEAVY)!r}}}))"
    )
    out = subprocess.run(
        [sys.executable, "-c", script],
        capture_output=True,
        text=True,
        check=True,
        env={"HYPOTHESIS_NO_PLUGINS": "1", "PATH": ""},
    )
    result: dict[str, bool] = json.loads(out.stdout)
    return result


def test_import_pwstats_loads_nothing_heavy() -> None:
    """`import pwstats` imports none of pint, tabulate, hypothesis or matplotlib."""
    assert _modules_after("import pwstats") == dict.fromkeys(HEAVY, False)


def test_core_values_load_nothing_heavy() -> None:
    """Using Interval, DateSpan and a headcount Measure imports none of the heavy packages."""
    code = (
        "import pwstats\n"
        "pwstats.Interval.closed(1, 2) & pwstats.Interval.more_than(1)\n"
        "pwstats.DateSpan.parse('2024-01')\n"
        "pwstats.Measure(id='m', label='m')\n"
    )
    assert _modules_after(code) == dict.fromkeys(HEAVY, False)


def test_functions_stay_functions_after_their_modules_load() -> None:
    """pwstats.parse and pwstats.reconcile stay functions after their submodules are imported."""
    code = (
        "import pwstats.parse, pwstats.reconcile, pwstats, types\n"
        "from pwstats import parse, reconcile\n"
        "print(all(isinstance(f, types.FunctionType)"
        " for f in (parse, reconcile, pwstats.parse, pwstats.reconcile)))\n"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True)
    assert out.stdout.strip() == "True", out.stderr


def test_errors_inherit_the_matching_builtin() -> None:
    """Each pwstats error is a PwstatsError and the builtin a caller would expect."""
    for error in (pwstats.ParseError, pwstats.DatasetError, pwstats.UnitError):
        assert issubclass(error, pwstats.PwstatsError)
        assert issubclass(error, ValueError)
    assert issubclass(pwstats.DatasetErrors, ExceptionGroup)
    assert issubclass(pwstats.DatasetErrors, pwstats.PwstatsError)


def test_strategies_without_hypothesis_say_which_extra_to_install() -> None:
    """Importing pwstats.strategies without Hypothesis is an ImportError naming the test extra."""
    code = (
        "import sys\n"
        "sys.modules['hypothesis'] = None\n"
        "try:\n"
        "    import pwstats.strategies\n"
        "except ImportError as exc:\n"
        "    print(exc)\n"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert "pip install 'pwstats[test]'" in out.stdout


def test_stats_is_the_module_and_total_the_function() -> None:
    """pwstats.stats is the statistics module and pwstats.total its function, in either order."""
    code = (
        "import types, pwstats\n"
        "first = pwstats.stats\n"
        "import pwstats.stats\n"
        "from pwstats import total, stats\n"
        "print(isinstance(first, types.ModuleType), stats is first,"
        " isinstance(pwstats.total, types.FunctionType), total is stats.total,"
        " pwstats.stats.median is stats.median)\n"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True)
    assert out.stdout.split() == ["True"] * 5, out.stderr
