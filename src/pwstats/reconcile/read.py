"""Stage 1, read: each figure's interval under a reading, in its measure's unit.

A :class:`Reader` turns a figure into the interval of values it allows, within its
measure's domain and whole when the measure counts whole things. Words are read
once per (text, reading, measure's unit and domain): many figures repeat a text.
The scans of the words are kept for the latest :data:`SCANS_KEPT` texts only, and
the finished readings by text: a long series of worded figures is a text a figure.
:meth:`Reader.statement_key` gives every stage the one definition of "the same
statement" (:func:`pwstats.model.statement_key`), over the reader's readings.
"""

from __future__ import annotations

import importlib
from collections.abc import Callable, Iterable, Mapping, Sequence
from fractions import Fraction
from typing import Any, Final

import attrs

from pwstats import units
from pwstats.errors import ParseError, UnitError
from pwstats.interval import Interval, Number, normal, unchecked
from pwstats.model import Dataset, Figure, Measure, folded, speaker, statement_key
from pwstats.report import Reading

__all__ = [
    "NONNEGATIVE",
    "SCANS_KEPT",
    "Context",
    "Parser",
    "Reader",
    "folded",
    "point",
    "speaker",
]

#: A text reader: ``parser(text, *, reading, nonnegative, unit)`` → an object with
#: ``interval``, ``unit`` and ``nominal``, like :class:`pwstats.Amount`.
Parser = Callable[..., Any]

NONNEGATIVE: Final = Interval.at_least(0)

#: How many texts' scans (the words read once, for every reading) a reader keeps.
#: Words are read under other readings mostly right after the first (the sweep reads
#: each figure under the run's reading and the statement's literal one); one read
#: again later is scanned again, to the same result.
SCANS_KEPT: Final = 4096


def point(value: int) -> Interval:
    """``Interval.point(value)`` for an int already checked (no validation)."""
    return unchecked(value, value, True, True)


def _prepare(text: str, nonnegative: bool, unit: str) -> Callable[[Reading], Any]:
    """pwstats' own reading of ``text``, scanned once (see ``pwstats.parse.prepare``)."""
    module = importlib.import_module("pwstats.parse")
    under: Callable[[Reading], Any] = module.prepare(text, nonnegative=nonnegative, unit=unit)
    return under


class _Scan:
    """One text's amounts by reading, and the scan of its words that gives them."""

    __slots__ = ("amounts", "under")

    def __init__(self, under: Callable[[Reading], Any] | None) -> None:
        self.under = under
        self.amounts: dict[str, Any] = {}


class Reader:
    """Reads figures under readings, caching repeated texts and unit factors."""

    def __init__(self, parser: Parser | None) -> None:
        self._parser = parser
        # The parser's amounts by (text, domain, unit), then by reading; with pwstats'
        # own parser, the scan that gives them. The latest SCANS_KEPT texts only.
        self._scans: dict[tuple[str, bool, str], _Scan] = {}
        self._factors: dict[tuple[str, str], Fraction] = {}
        # Finished readings and nominal numbers of texts, by what else they depend on,
        # then by the text itself (a string the figure holds: no key made a figure).
        self._texts: dict[tuple[str, str, bool, bool], dict[str, Interval]] = {}
        self._nominals: dict[tuple[str, str, bool], dict[str, Number | None]] = {}

    def forget(self) -> None:
        """Let go of every reading kept: they are made again, the same, when asked for."""
        self._scans.clear()
        self._texts.clear()
        self._nominals.clear()

    def _amount(self, figure: Figure, reading: Reading, measure: Measure) -> Any:
        """The parser's reading of the figure's words for ``measure``, cached by text.

        The parser gets the measure's ``nonnegative`` and ``unit``: a number whose
        text names no unit is in the measure's ("30" on a percent measure is 30 percent).
        Words it cannot read are a :class:`ParseError` naming the figure.
        """
        text = figure.value
        assert isinstance(text, str)
        nonnegative, unit = measure.nonnegative, measure.unit
        key = (text, nonnegative, unit)
        scan = self._scans.get(key)
        if scan is not None and reading in scan.amounts:
            return scan.amounts[reading]
        try:
            if self._parser is not None:
                amount = self._parser(text, reading=reading, nonnegative=nonnegative, unit=unit)
            else:  # pwstats' own: the words are read once for every reading
                if scan is None:
                    scan = _Scan(_prepare(text, nonnegative, unit))
                assert scan.under is not None
                amount = scan.under(reading)
        except ParseError as exc:
            raise ParseError(
                f"figure {figure.id!r} of measure {measure.id!r}: {exc.message}",
                text=exc.text,
                position=exc.position,
            ) from exc
        if scan is None:
            scan = _Scan(None)
        if key not in self._scans:
            if len(self._scans) >= SCANS_KEPT:
                del self._scans[next(iter(self._scans))]  # the oldest text
            self._scans[key] = scan
        scan.amounts[reading] = amount
        return amount

    def _factor(self, unit: object, measure: Measure, figure: Figure) -> Fraction:
        """The factor from ``unit`` to the measure's unit; a located UnitError if none."""
        try:
            return self._unlocated_factor(unit, measure)
        except UnitError as exc:
            raise UnitError(
                f"figure {figure.id!r} ({figure.value!r}) of measure {measure.id!r}: {exc}"
                f" — a figure must be in a unit convertible to {measure.unit!r}"
            ) from exc

    def _unlocated_factor(self, unit: object, measure: Measure) -> Fraction:
        if not unit or not isinstance(unit, str) or unit == measure.unit:
            return Fraction(1)  # no unit, or the measure's: nothing to convert (nor load)
        key = (unit, measure.unit)
        factor = self._factors.get(key)
        if factor is None:
            factor = units.factor(unit, measure.unit)
            self._factors[key] = factor
        return factor

    def read(self, figure: Figure, measure: Measure, reading: Reading) -> Interval:
        """The figure's interval in the measure's unit, within its domain, integral if whole."""
        value = figure.value
        iv: Interval
        if type(value) is int:  # the common case, kept fast: a stated whole number
            if value >= 0 or not measure.nonnegative:
                return point(value)
            return Interval.empty()
        if type(value) is Interval:
            iv = value
        elif isinstance(value, str):
            key = (reading, measure.unit, measure.nonnegative, measure.whole)
            texts = self._texts.get(key)
            if texts is None:
                texts = self._texts[key] = {}
            known = texts.get(value)
            if known is None:
                known = texts[value] = self._finish(self._text(figure, measure, reading), measure)
                # The number it states too, while the scan is at hand: best values ask
                # for it at the end of the run, when the scan may be gone.
                self.nominal(figure, measure, reading)
            return known
        elif value is None and type(lo := figure.low) is int and type(hi := figure.high) is int:
            iv = unchecked(lo, hi, True, True)  # low <= high, checked by Figure
        else:
            exact = figure.exact_interval
            assert exact is not None
            iv = exact
        return self._finish(iv, measure)

    def _text(self, figure: Figure, measure: Measure, reading: Reading) -> Interval:
        """The interval a text figure's words give, in the measure's unit."""
        value = figure.value
        assert isinstance(value, str)
        amount = self._amount(figure, reading, measure)
        iv = amount.interval
        if not isinstance(iv, Interval):
            raise TypeError(f"the parser read {value!r} as {iv!r}, not an Interval")
        factor = self._factor(amount.unit, measure, figure)
        if factor != 1:
            iv = iv * factor
        return iv

    @staticmethod
    def _finish(iv: Interval, measure: Measure) -> Interval:
        """``iv`` within the measure's domain, and integral if the measure is whole."""
        if measure.nonnegative and iv.lo < 0:
            iv = iv & NONNEGATIVE
        if measure.whole and not (
            type(iv.lo) is int and type(iv.hi) is int and iv.lo_closed and iv.hi_closed
        ):
            iv = iv.integral()
        return iv

    def nominal(self, figure: Figure, measure: Measure, reading: Reading) -> Number | None:
        """The number the figure states, in the measure's unit, if it states one."""
        text = figure.value
        if isinstance(text, str):
            key = (reading, measure.unit, measure.nonnegative)
            texts = self._nominals.get(key)
            if texts is None:
                texts = self._nominals[key] = {}
            if text in texts:
                return texts[text]
            known = texts[text] = self._text_nominal(figure, measure, reading)
            return known
        return figure.nominal

    def _text_nominal(self, figure: Figure, measure: Measure, reading: Reading) -> Number | None:
        assert isinstance(figure.value, str)
        amount = self._amount(figure, reading, measure)
        value = getattr(amount, "nominal", None)
        if value is None:
            # A vague word says no number; it votes its code, the conservative count
            # conflict-data coders record ("dozens" 12), clamped into the bounds later.
            value = getattr(amount, "code", None)
        if value is None:
            return None
        factor = self._factor(amount.unit, measure, figure)
        if factor == 1:
            return value  # type: ignore[no-any-return]
        scaled = normal(value * factor)
        assert not isinstance(scaled, float)
        return scaled

    def statement_key(self, figure: Figure, measure: Measure) -> tuple[object, ...]:
        """Who said what about when: repeats of one statement share this key.

        :func:`pwstats.model.statement_key`, the one definition of "the same
        statement" (tables and plots use it too), with the words read by this
        reader: "2,600", "2600" and 2600 from one speaker on one date are one
        statement. A figure with no source is a statement of its own.
        """
        return statement_key(figure, measure, self._literal)

    def _literal(self, figure: Figure, measure: Measure) -> tuple[Interval, Number | None]:
        """The figure's literal reading on ``measure`` and the number it states."""
        return self.read(figure, measure, "literal"), self.nominal(figure, measure, "literal")


def values_of(measure: Measure) -> Interval:
    """Every value ``measure`` can take before a figure or relation speaks: its domain,
    whole numbers only when it counts whole things."""
    return measure.domain.integral() if measure.whole else measure.domain


@attrs.frozen
class Context:
    """What every stage of one run reads: the data set, the reading, the reader, the roles.

    ``roles`` maps a figure id to what it is in this run (see ``select``): a figure
    absent from it is a count. ``revisions`` lists every revision found.
    """

    dataset: Dataset
    reading: Reading
    reader: Reader
    measures: Mapping[str, Measure]
    roles: Mapping[str, str] = attrs.field(factory=dict)
    revisions: tuple[Any, ...] = ()
    #: Each relayed restatement's id and the figure whose statement it repeats.
    restates: Mapping[str, str] = attrs.field(factory=dict)
    #: Each figure id's revisions (as old or new), as positions in ``revisions``;
    #: and each revised figure's reviser.
    revisions_of: Mapping[str, tuple[int, ...]] = attrs.field(init=False, eq=False, repr=False)
    newer: Mapping[str, str] = attrs.field(init=False, eq=False, repr=False)
    #: The ids of the measures some relation names (a running total not among them is
    #: tied only by its own time rules).
    related: frozenset[str] = attrs.field(init=False, eq=False, repr=False)
    #: Each figure id's place in the data set, filled on first use (:meth:`in_data_order`).
    _places: dict[str, int] = attrs.field(factory=dict, init=False, eq=False, repr=False)

    @revisions_of.default
    def _index_revisions(self) -> Mapping[str, tuple[int, ...]]:
        of: dict[str, list[int]] = {}
        for i, r in enumerate(self.revisions):
            of.setdefault(r.old, []).append(i)
            if r.new != r.old:
                of.setdefault(r.new, []).append(i)
        return {k: tuple(v) for k, v in of.items()}

    @newer.default
    def _index_newer(self) -> Mapping[str, str]:
        return {r.old: r.new for r in self.revisions}

    @related.default
    def _index_related(self) -> frozenset[str]:
        return frozenset(m for r in self.dataset.relations for m in r.measures)

    def in_data_order(self, ids: Sequence[str]) -> tuple[str, ...]:
        """Figure ids in the order their figures come in the data set.

        An end's figures are told in this order, not in the order a run's reasons
        reach them: two runs that prove an end alike (a report's and a fresh
        :func:`pwstats.bound`'s) may reach its figures through different cells.
        """
        if len(ids) < 2:
            return tuple(ids)
        places = self._places
        if not places:
            places.update((f.id, i) for i, f in enumerate(self.dataset.figures))
        return tuple(sorted(ids, key=places.__getitem__))

    def revisions_among(self, figures: Iterable[Figure]) -> tuple[Any, ...]:
        """The revisions whose old or new figure is among ``figures``, in run order, once each."""
        if not self.revisions_of:
            return ()
        of = self.revisions_of
        found = {i for f in figures for i in of.get(f.id, ())}
        return tuple(self.revisions[i] for i in sorted(found))

    @classmethod
    def of(
        cls,
        dataset: Dataset,
        reading: Reading,
        parser: Parser | None = None,
        *,
        roles: Mapping[str, str] | None = None,
        revisions: tuple[Any, ...] = (),
        reader: Reader | None = None,
        restates: Mapping[str, str] | None = None,
    ) -> Context:
        return cls(
            dataset=dataset,
            reading=reading,
            reader=reader or Reader(parser),
            measures={m.id: m for m in dataset.measures},
            roles=roles or {},
            revisions=revisions,
            restates=restates or {},
        )

    def role(self, figure: Figure) -> str:
        """``"count"``, ``"estimate"``, ``"citing"`` or ``"revised"``."""
        return self.roles.get(figure.id, "count")

    def cited(self, figure: Figure) -> str | None:
        """The id of the figure ``figure`` repeats: the one it cites, or the one a relayed
        restatement restates (``restates``); None for neither."""
        return figure.cites if figure.cites is not None else self.restates.get(figure.id)

    def figure(self, id: str) -> Figure:
        return self.dataset.figure(id)

    def read(self, figure: Figure, reading: Reading | None = None) -> Interval:
        """The figure's interval under ``reading`` (default: the run's)."""
        return self.reader.read(figure, self.measures[figure.measure], reading or self.reading)
