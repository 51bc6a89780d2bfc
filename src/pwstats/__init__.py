"""pwstats: statistics for figures that disagree.

Record each reported figure as a sourced, dated, possibly-ranged quantity;
:func:`reconcile` says which figures can all be true and why not, :func:`bound`
gives the interval a quantity must lie in with the figures that prove each end,
and :func:`tabulate` prints the result with its provenance.

>>> import pwstats
>>> pwstats.Interval.more_than(230) & pwstats.Interval.point(230)
Interval.parse('empty')
"""

from __future__ import annotations

import importlib
import sys
import types
from typing import TYPE_CHECKING, Any, Final

from pwstats.errors import (
    DatasetError,
    DatasetErrors,
    ParseError,
    PwstatsError,
    UnitError,
    UnknownIdError,
)

if TYPE_CHECKING:
    from pwstats.components import components
    from pwstats.dates import DateSpan
    from pwstats.frames import from_frame
    from pwstats.interval import Interval
    from pwstats.io import dump, load, seeds
    from pwstats.model import Dataset, Figure, Measure, Relation, Source
    from pwstats.parse import Amount, Mention, extract, parse
    from pwstats.publish import to_gt, to_prov
    from pwstats.reconcile import bound, reconcile
    from pwstats.rejected import Rejected
    from pwstats.report import Bound, Conflict, Estimate, Finding, Report
    from pwstats.stats import Statistic, Statistics, total
    from pwstats.table import tabulate

__version__ = "0.1.0.dev0"

__all__ = [
    "Amount",
    "Bound",
    "Conflict",
    "Dataset",
    "DatasetError",
    "DatasetErrors",
    "DateSpan",
    "Estimate",
    "Figure",
    "Finding",
    "Interval",
    "Measure",
    "Mention",
    "ParseError",
    "PwstatsError",
    "Rejected",
    "Relation",
    "Report",
    "Source",
    "Statistic",
    "Statistics",
    "UnitError",
    "UnknownIdError",
    "bound",
    "components",
    "dump",
    "extract",
    "from_frame",
    "load",
    "parse",
    "reconcile",
    "seeds",
    "tabulate",
    "to_gt",
    "to_prov",
    "total",
]

# Every public name but the errors is loaded on first use, so that `import pwstats`
# stays fast (attrs builds each class when its module is imported).
_LAZY: dict[str, str] = {
    "DateSpan": "pwstats.dates",
    "Interval": "pwstats.interval",
    "Dataset": "pwstats.model",
    "Figure": "pwstats.model",
    "Measure": "pwstats.model",
    "Relation": "pwstats.model",
    "Source": "pwstats.model",
    "Amount": "pwstats.parse",
    "Mention": "pwstats.parse",
    "extract": "pwstats.parse",
    "parse": "pwstats.parse",
    "load": "pwstats.io",
    "dump": "pwstats.io",
    "seeds": "pwstats.io",
    "reconcile": "pwstats.reconcile",
    "bound": "pwstats.reconcile",
    "Bound": "pwstats.report",
    "Conflict": "pwstats.report",
    "Estimate": "pwstats.report",
    "Finding": "pwstats.report",
    "Report": "pwstats.report",
    "tabulate": "pwstats.table",
    "Rejected": "pwstats.rejected",
    "components": "pwstats.components",
    "from_frame": "pwstats.frames",
    "total": "pwstats.stats",
    "Statistic": "pwstats.stats",
    "Statistics": "pwstats.stats",
    "to_gt": "pwstats.publish",
    "to_prov": "pwstats.publish",
}
#: Submodules reached as attributes of the package (``pwstats.stats.median``).
_SUBMODULES: Final = frozenset({"stats"})


def __getattr__(name: str) -> Any:
    if name in _SUBMODULES:
        return importlib.import_module(f"pwstats.{name}")
    module = _LAZY.get(name)
    if module is None:
        raise AttributeError(f"module 'pwstats' has no attribute {name!r}")
    value = getattr(importlib.import_module(module), name)
    globals()[name] = value
    return value


def __dir__() -> list[str]:
    return sorted(set(globals()) | set(__all__))


class _Package(types.ModuleType):
    """The ``pwstats`` module: loading a submodule never hides the function it exports.

    ``pwstats.parse`` and ``pwstats.reconcile`` are functions defined in modules of
    the same name. Python binds a submodule to its package's attribute when the
    submodule is first imported, which would replace the function by the module;
    here the function is bound instead.
    """

    def __setattr__(self, name: str, value: object) -> None:
        if isinstance(value, types.ModuleType) and _LAZY.get(name) == value.__name__:
            value = getattr(value, name)
        super().__setattr__(name, value)


sys.modules[__name__].__class__ = _Package
