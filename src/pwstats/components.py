"""Independent parts of a data set: the unit of parallel work.

Two measures are tied when a relation names both; the measures tied together,
directly or through others, form a **component**, and nothing about one
component can change what reconciliation says about another. :func:`components`
splits a data set into them, each a :class:`~pwstats.Dataset` of its own with its
measures, figures, relations and the listed sources its figures use.
:func:`merge_reports` puts the reports of the components back together into the
report :func:`pwstats.reconcile` gives for the whole, so that the components can
be reconciled anywhere — other processes, other machines — and merged at the end
(:mod:`pwstats.dask` does this on a Dask cluster).

>>> from pwstats import Dataset, Figure, Measure, Relation, reconcile
>>> d = Dataset(
...     measures=[Measure(id=m, label=m) for m in ("total", "other", "part")],
...     figures=[Figure(id="t", measure="total", value=10, as_of="2024"),
...              Figure(id="o", measure="other", value=3, as_of="2024"),
...              Figure(id="p", measure="part", value=12, as_of="2024")],
...     relations=[Relation.le("part", "total")])
>>> [[m.id for m in c.measures] for c in components(d)]
[['total', 'part'], ['other']]
>>> merged = merge_reports(d, [reconcile(c) for c in components(d)])
>>> merged == reconcile(d)
True
"""

from __future__ import annotations

import collections
import operator
from collections.abc import Iterable, Sequence

import attrs

from pwstats.model import Dataset, Figure, Measure, Relation, Source
from pwstats.report import Finding, Reading, Report

__all__ = ["Batch", "batches", "components", "merge_reports", "plan"]


def _roots(dataset: Dataset) -> list[int]:
    """For each measure (by position), the position of its component's first measure."""
    position = {m.id: i for i, m in enumerate(dataset.measures)}
    ties = [*(r.measures for r in dataset.relations), *_linked_measures(dataset)]
    return lowest_roots(len(dataset.measures), ([position[m] for m in ids] for ids in ties))


def lowest_roots(n: int, groups: Iterable[Sequence[int]]) -> list[int]:
    """For each of ``n`` items, the lowest item tied to it through ``groups``.

    Union-find with path halving; each union links the later root under the
    earlier one, so a component's root is its lowest item. Near-linear in the
    items and groups.

    >>> lowest_roots(5, [[3, 1], [4, 3]])
    [0, 1, 2, 1, 1]
    """
    parent = list(range(n))

    def find(i: int) -> int:
        while parent[i] != i:
            parent[i] = parent[parent[i]]
            i = parent[i]
        return i

    for group in groups:
        if not group:
            continue
        first = find(group[0])
        for other in group[1:]:
            root = find(other)
            if root != first:
                first, root = min(first, root), max(first, root)
                parent[root] = first
    return [find(i) for i in range(n)]


#: Fields by which a figure names another figure (a repeat or a revision of it): the two
#: figures' measures must then be reconciled together. Fields a Figure lacks are skipped.
_FIGURE_LINKS = ("cites", "revises")


def _linked_measures(dataset: Dataset) -> Iterable[tuple[str, str]]:
    """The measures of each figure and of the figure it cites or revises, when they differ."""
    getters = [operator.attrgetter(a.name) for a in attrs.fields(Figure) if a.name in _FIGURE_LINKS]
    # One C-level pass per link field finds the few figures that link at all.
    linking = [
        dataset.figures[i]
        for get in getters
        for i, target in enumerate(map(get, dataset.figures))
        if target is not None
    ]
    if not linking:
        return
    measure_of = {g.id: g.measure for g in dataset.figures}
    for f in linking:
        for get in getters:
            target = get(f)
            other = measure_of.get(target) if isinstance(target, str) else None
            if other is not None and other != f.measure:
                yield f.measure, other


def components(dataset: Dataset) -> tuple[Dataset, ...]:
    """The independent parts of ``dataset``: measures tied by relations stay together.

    Each part is a :class:`~pwstats.Dataset` holding a set of measures that
    relations tie together (directly or through other measures) and that no
    relation ties to any measure outside it (a figure that cites or revises a
    figure of another measure ties the two measures too), with every figure about them,
    every relation between them, and the sources listed in ``dataset`` that
    their figures cite (by source id, or the same source). A measure that no
    relation names is a part of its own, with or without figures. Parts come in
    the order of their first measure in ``dataset``, and inside a part measures,
    figures, relations and sources keep the order they have in ``dataset``, so
    the result depends only on ``dataset``. Listed sources that no figure cites
    belong to no part; everything else is in exactly one.

    Reconciling each part and merging the reports with :func:`merge_reports`
    gives ``pwstats.reconcile(dataset)``. The work is linear in the size of the
    data set (union-find over the relations).

    >>> from pwstats import Dataset, Figure, Measure, Relation
    >>> d = Dataset(measures=[Measure(id=m, label=m) for m in "abcd"],
    ...             relations=[Relation.le("d", "b"), Relation.le("c", "d")])
    >>> [[m.id for m in part.measures] for part in components(d)]
    [['a'], ['b', 'c', 'd']]
    >>> [r.id for r in components(d)[1].relations] == [r.id for r in d.relations]
    True
    """
    _check(dataset, "components")
    return tuple(_subset(dataset, part) for part in plan(dataset, None))


def batches(dataset: Dataset, count: int) -> tuple[Dataset, ...]:
    """The parts of ``dataset`` (see :func:`components`) gathered into ``count`` data sets.

    Parts are taken in order and cut into at most ``count`` runs of about
    equal numbers of figures (a part is never split), so that each batch is a
    unit of work of about the same size: reconciling many small parts one call
    at a time costs more than reconciling them together. Each batch is a union
    of whole parts, so :func:`merge_reports` merges the batches' reports into
    the whole's just as it merges the parts'. Fewer batches come back when
    there are fewer parts, and none for an empty data set.

    >>> from pwstats import Dataset, Figure, Measure
    >>> d = Dataset(measures=[Measure(id=m, label=m) for m in "abc"],
    ...             figures=[Figure(id=f"f{i}", measure=m, value=1, as_of="2024")
    ...                      for i, m in enumerate("aabbbc")])
    >>> [[m.id for m in b.measures] for b in batches(d, 2)]
    [['a', 'b'], ['c']]
    """
    _check(dataset, "batches")
    if isinstance(count, bool) or not isinstance(count, int) or count < 1:
        raise ValueError(f"batches(): count must be a positive int, not {count!r}")
    return tuple(_subset(dataset, batch) for batch in plan(dataset, count))


def _check(dataset: object, function: str) -> None:
    if not isinstance(dataset, Dataset):
        raise TypeError(f"{function}() expects a pwstats.Dataset, not {type(dataset).__name__}")


@attrs.frozen
class Batch:
    """What one batch of whole parts holds, in data-set order, and where its figures were.

    ``positions[i]`` is the position in the whole data set of ``figures[i]``, so
    that findings can name figures by number on the way back (see
    :mod:`pwstats.scale`).
    """

    measures: tuple[Measure, ...]
    figures: tuple[Figure, ...]
    positions: tuple[int, ...]
    relations: tuple[Relation, ...]
    sources: tuple[Source, ...]


_MEASURE = operator.attrgetter("measure")
_SOURCE = operator.attrgetter("source")


def plan(dataset: Dataset, count: int | None) -> list[Batch]:
    """The parts of ``dataset`` gathered into at most ``count`` batches (None: one per part).

    Parts are taken in order of their first measure and cut into runs of about
    equal numbers of figures. The work per figure is a few C-level passes
    (``map``, a stable sort), so that cutting a data set of millions of figures
    costs a fraction of reconciling it. :func:`batches` is these batches as data
    sets; :mod:`pwstats.scale` also sends each figure's position in ``dataset``.

    >>> from pwstats import Dataset, Figure, Measure
    >>> d = Dataset(measures=[Measure(id=m, label=m) for m in "abc"],
    ...             figures=[Figure(id=f"f{i}", measure=m, value=1, as_of="2024")
    ...                      for i, m in enumerate("cabbab")])
    >>> [([m.id for m in b.measures], b.positions) for b in plan(d, 2)]
    [(['a', 'b'], (1, 2, 3, 4, 5)), (['c'], (0,))]
    """
    measures = dataset.measures
    roots = _roots(dataset)
    slot: dict[int, int] = {}  # root position -> index of its part
    part_of = [slot.setdefault(root, len(slot)) for root in roots]
    figure_measures = list(map(_MEASURE, dataset.figures))
    per_measure = collections.Counter(figure_measures)
    sizes = [0] * len(slot)
    for i, m in enumerate(measures):
        sizes[part_of[i]] += per_measure[m.id]
    batch_of_part = _cut(sizes, count)
    n_batches = batch_of_part[-1] + 1 if batch_of_part else 0
    batch_of = {m.id: batch_of_part[part_of[i]] for i, m in enumerate(measures)}
    held: list[list[Measure]] = [[] for _ in range(n_batches)]
    for m in measures:
        held[batch_of[m.id]].append(m)
    related: list[list[Relation]] = [[] for _ in range(n_batches)]
    for r in dataset.relations:
        related[batch_of[r.measures[0]]].append(r)
    # Figures in order of their batch, keeping data-set order inside one (a stable sort).
    figure_batch = list(map(batch_of.__getitem__, figure_measures))
    order = sorted(range(len(figure_batch)), key=figure_batch.__getitem__)
    in_order = list(map(dataset.figures.__getitem__, order))
    counts = collections.Counter(figure_batch)
    listed = _Listed(dataset)
    out: list[Batch] = []
    start = 0
    for b in range(n_batches):
        end = start + counts[b]
        figures = tuple(in_order[start:end])
        out.append(
            Batch(
                measures=tuple(held[b]),
                figures=figures,
                positions=tuple(order[start:end]),
                relations=tuple(related[b]),
                sources=listed.cited_by(figures),
            )
        )
        start = end
    return out


def _cut(sizes: Sequence[int], count: int | None) -> list[int]:
    """The batch of each part: runs of parts of about equal total size, at most ``count``."""
    if count is None:
        return list(range(len(sizes)))
    total = sum(sizes)
    out: list[int] = []
    batch, done = -1, 0
    for size in sizes:
        # Start a new batch when the figures so far reach the next of count equal shares.
        if batch < 0 or (batch + 1 < count and done * count >= (batch + 1) * total):
            batch += 1
        out.append(batch)
        done += size
    return out


class _Listed:
    """Finds the listed source a figure cites: by id, or by being equal to it."""

    def __init__(self, dataset: Dataset) -> None:
        self.sources = dataset.sources
        self.by_id = {s.id: s for s in dataset.sources if s.id is not None}
        self.by_value = {s: s for s in dataset.sources}
        self.place = {id(s): i for i, s in enumerate(dataset.sources)}

    def cited_by(self, figures: Sequence[Figure]) -> tuple[Source, ...]:
        """The listed sources ``figures`` cite, in data-set order."""
        if not self.sources:
            return ()
        sources = list(map(_SOURCE, figures))
        listed: set[int] = set()
        for source in dict(zip(map(id, sources), sources, strict=True)).values():  # each once
            if source is None:
                continue
            found = self.by_id.get(source.id) if source.id is not None else None
            found = found if found is not None else self.by_value.get(source)
            if found is not None:
                listed.add(self.place[id(found)])
        return tuple(self.sources[i] for i in sorted(listed))


def _subset(whole: Dataset, part: Batch) -> Dataset:
    """A data set of whole parts of ``whole``: the data set itself when it is all of it.

    Built without :class:`~pwstats.Dataset`'s checks, which cannot fail here:
    ids unique in ``whole`` stay unique, a part holds every measure its figures
    and relations name, and units and numbers were checked in ``whole``.
    """
    if len(part.measures) == len(whole.measures) and len(part.sources) == len(whole.sources):
        return whole
    subset = object.__new__(Dataset)
    for name in ("measures", "figures", "relations", "sources"):
        object.__setattr__(subset, name, getattr(part, name))
    return subset


def merge_reports(
    dataset: Dataset, reports: Iterable[Report], *, reading: Reading | None = None
) -> Report:
    """The report of ``dataset`` from the reports of its parts (see :func:`components`).

    ``reports`` holds one report per part of ``dataset``, in any order, all
    under one reading (``reading``, when given; with no report and no
    ``reading``, :func:`pwstats.reconcile`'s default, ``"pragmatic"``). The
    findings are put in the order :func:`pwstats.reconcile` gives — the data
    set's order of measures, and a measure's findings in the order its part's
    report gives them — and each finding is kept as it is, with every field it
    has. Raises ``ValueError`` naming the measure when findings about one
    measure come from two reports or a report's measure is not in
    ``dataset``, and when the readings differ. A part whose report is missing
    cannot be told from a part with no finding (``known_at`` can leave a
    measure without figures): give every part's report.

    >>> from pwstats import Dataset, Figure, Measure, reconcile
    >>> d = Dataset(measures=[Measure(id="a", label="a"), Measure(id="b", label="b")],
    ...             figures=[Figure(id="x", measure="b", value=1, as_of="2024"),
    ...                      Figure(id="y", measure="a", value=2, as_of="2024")])
    >>> parts = [reconcile(c, reading="literal") for c in components(d)]
    >>> [f.measure for f in merge_reports(d, reversed(parts)).findings]
    ['a', 'b']
    """
    reports = list(reports)
    readings = {r.reading for r in reports} | ({reading} if reading is not None else set())
    if len(readings) > 1:
        raise ValueError(
            "merge_reports(): the reports were made under different readings"
            f" ({', '.join(sorted(readings))})"
        )
    known = {m.id for m in dataset.measures}
    by_measure: dict[str, Sequence[Finding]] = {}
    for report in reports:
        for measure, findings in _by_measure(report.findings):
            if measure not in known:
                raise ValueError(
                    f"merge_reports(): a report has findings about measure {measure!r},"
                    " which is not in the data set"
                )
            if measure in by_measure:
                raise ValueError(
                    f"merge_reports(): the findings about measure {measure!r} come from two"
                    " reports (or are not together in one); give one report per part"
                )
            by_measure[measure] = findings
    findings = tuple(f for m in dataset.measures for f in by_measure.get(m.id, ()))
    return Report(
        dataset=dataset, reading=readings.pop() if readings else "pragmatic", findings=findings
    )


def _by_measure(findings: Sequence[Finding]) -> Iterable[tuple[str, Sequence[Finding]]]:
    """The findings of each measure in turn (a measure's findings are adjacent in a report)."""
    start = 0
    for i in range(1, len(findings) + 1):
        if i == len(findings) or findings[i].measure != findings[start].measure:
            yield findings[start].measure, findings[start:i]
            start = i
