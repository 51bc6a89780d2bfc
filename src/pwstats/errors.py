"""The exceptions pwstats raises.

Every error pwstats raises for data it cannot read or hold is a
:class:`PwstatsError`: a file, a frame, a figure's text, and a ``Figure``,
``Measure``, ``Source`` or ``Relation`` built from values no data set can hold
(``low`` above ``high``, an unknown kind) raise a :class:`DatasetError`. Each
concrete error also inherits the matching builtin, so ``except ValueError`` keeps
working in code that does not know pwstats. A call's own mistakes stay Python's:
an unknown option (``reading="loose"``, ``fmt="gird"``) is a ``ValueError``, and a
value of the wrong type (the text ``"12"`` where a number is expected) a
``TypeError``.

Disagreeing figures are never an error: :func:`pwstats.reconcile` returns them.
Errors are for input pwstats cannot read.
"""

from __future__ import annotations

__all__ = [
    "DataQualityWarning",
    "DatasetError",
    "DatasetErrors",
    "ParseError",
    "PwstatsError",
    "PwstatsWarning",
    "UnitError",
    "UnknownIdError",
]

from collections.abc import Sequence


class PwstatsError(Exception):
    """Base class of every error pwstats raises on purpose."""


class ParseError(PwstatsError, ValueError):
    """Text that pwstats cannot read as a figure, interval or date.

    ``text`` is the whole input and ``position`` the character offset where
    reading failed (``None`` when the problem is not at one place).

    >>> err = ParseError("expected a number", text="about x", position=6)
    >>> str(err)
    "expected a number at character 6 of 'about x'"
    """

    def __init__(self, message: str, *, text: str | None = None, position: int | None = None):
        self.message = message
        self.text = text
        self.position = position
        super().__init__(self._render())

    def _render(self) -> str:
        if self.text is None:
            return self.message
        shown = self.text if len(self.text) <= 80 else self.text[:77] + "..."
        if self.position is None:
            if self.message.endswith(repr(self.text.strip())):  # the text quoted already
                return self.message
            return f"{self.message} in {shown!r}"
        return f"{self.message} at character {self.position} of {shown!r}"


class DatasetError(PwstatsError, ValueError):
    """A problem in a data set, located as precisely as pwstats can.

    ``file``, ``line`` and ``field`` say where; any of them may be ``None`` when
    the data did not come from a file or the problem has no single place.

    >>> str(DatasetError("duplicate id 'f1'", file="data.toml", line=12, field="figures.id"))
    "data.toml:12: figures.id: duplicate id 'f1'"
    """

    def __init__(
        self,
        message: str,
        *,
        file: str | None = None,
        line: int | None = None,
        field: str | None = None,
    ):
        self.message = message
        self.file = file
        self.line = line
        self.field = field
        super().__init__(self._render())

    def _render(self) -> str:
        where = ""
        if self.file is not None:
            where = self.file if self.line is None else f"{self.file}:{self.line}"
        elif self.line is not None:
            where = f"line {self.line}"
        parts = [p for p in (where, self.field) if p]
        return ": ".join([*parts, self.message])

    def located(self, *, file: str | None = None, line: int | None = None) -> DatasetError:
        """Return a copy with ``file`` and ``line`` filled in where they were unknown."""
        return DatasetError(
            self.message,
            file=self.file if self.file is not None else file,
            line=self.line if self.line is not None else line,
            field=self.field,
        )


class UnitError(PwstatsError, ValueError):
    """A unit pint does not know, or units that cannot be compared or combined."""


class UnknownIdError(PwstatsError, KeyError):
    """A lookup by id (``Dataset.measure``, ``Dataset.figure``) that found nothing.

    It is a ``KeyError``, so ``except KeyError`` keeps working, but its message
    reads as a sentence, not as a quoted key:

    >>> print(UnknownIdError("no measure 'relesed' (did you mean 'released'?)"))
    no measure 'relesed' (did you mean 'released'?)
    """

    def __str__(self) -> str:
        return str(self.args[0]) if len(self.args) == 1 else super().__str__()


class DatasetErrors(ExceptionGroup[DatasetError], PwstatsError):  # noqa: N818
    """Every problem found in a data set, raised together.

    An :class:`ExceptionGroup` of :class:`DatasetError`, so ``except*
    DatasetError`` handles each one; it is also a :class:`PwstatsError`, so
    ``except PwstatsError`` catches the whole group.

    >>> group = DatasetErrors.of([DatasetError("bad date", file="a.csv", line=3)])
    >>> str(group)
    '1 problem in a.csv (a.csv:3: bad date)'
    >>> [str(e) for e in group.exceptions]
    ['a.csv:3: bad date']
    """

    @classmethod
    def of(cls, problems: Sequence[DatasetError]) -> DatasetErrors:
        """Group ``problems`` (at least one) under a message that counts them."""
        files = sorted({p.file for p in problems if p.file})
        where = ", ".join(files) if files else "the data set"
        count = f"{len(problems)} problem{'s' if len(problems) != 1 else ''}"
        first = str(problems[0])
        more = "" if len(problems) == 1 else f"; first: {first}"
        message = f"{count} in {where} ({first})" if not more else f"{count} in {where}{more}"
        return cls(message, list(problems))

    def __str__(self) -> str:
        return self.message

    def derive(self, excs: Sequence[DatasetError]) -> DatasetErrors:  # type: ignore[override]
        return DatasetErrors(self.message, list(excs))


class PwstatsWarning(UserWarning):
    """Base class of every warning pwstats gives on purpose.

    ``warnings.filterwarnings("ignore", category=PwstatsWarning)`` silences them all.
    """


class DataQualityWarning(PwstatsWarning):
    """Input that pwstats keeps but a reader should know about.

    A quirk of a real file that is not an error in the figure: an article dated
    before the event it reports, a placeholder date such as 1900-01-01, a figure
    with no source. The message names the records.
    """
