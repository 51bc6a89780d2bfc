"""What a partial load hands back for each record it could not take.

``load(..., on_bad_records=...)`` and ``from_frame(..., on_bad_records=...)`` accept
``"raise"`` (the default: every problem of every record is raised at once as one
:class:`~pwstats.DatasetErrors`), ``"skip"`` (bad records are left out and the good ones
kept, as pandas' ``on_bad_lines="skip"`` does) or a callable that receives each
:class:`Rejected` record and returns nothing; the good records are kept either way.

>>> from pwstats.errors import DatasetError
>>> bad = Rejected(file="events.csv", line=7, record="ged-1",
...                errors=(DatasetError("low 9 is above best 4", file="events.csv", line=7),))
>>> print(bad)
events.csv:7: record 'ged-1' rejected: low 9 is above best 4
"""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import Literal, TypeAlias

import attrs

from pwstats.errors import DatasetError

__all__ = ["OnBadRecords", "Rejected"]


@attrs.frozen
class Rejected:
    """One record left out of a partial load, with every reason it was refused.

    ``file`` and ``line`` locate it (``None`` when it came from a frame, where
    ``line`` is the row's position); ``record`` is its id when it had one.
    """

    file: str | None
    line: int | None
    record: str | None
    errors: tuple[DatasetError, ...] = attrs.field(converter=tuple)

    def __str__(self) -> str:
        where = self.file if self.file is not None else "row"
        if self.line is not None:
            where = f"{where}:{self.line}" if self.file is not None else f"row {self.line}"
        what = f"record {self.record!r}" if self.record is not None else "a record"
        reasons = "; ".join(self._reason(e) for e in self.errors)
        return f"{where}: {what} rejected: {reasons}"

    def _reason(self, error: DatasetError) -> str:
        """An error without the place the line already names (its file and line, or row)."""
        if self.file is not None:
            if (error.file, error.line) != (self.file, self.line):
                return str(error)
            return str(DatasetError(error.message, field=error.field))
        if error.file is not None or error.line is not None or error.field is None:
            return str(error)
        # a frame's row names itself in the field: "row 2 (id 3), best"
        ident = "" if self.record is None else rf"(?: \(id {re.escape(self.record)}\))?"
        own = re.match(rf"row {self.line}{ident}(?:, |$)", error.field)
        if own is None:
            return str(error)
        return str(DatasetError(error.message, field=error.field[own.end() :] or None))


#: The policy for records that cannot be read: raise them all, skip them, or hand each
#: to a callable.
OnBadRecords: TypeAlias = Literal["raise", "skip"] | Callable[[Rejected], object]
