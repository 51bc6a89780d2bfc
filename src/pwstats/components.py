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

from collections.abc import Iterable, Sequence

import attrs

from pwstats.model import Dataset, Figure, Measure, Relation, Source
from pwstats.report import Finding, Reading, Report

__all__ = ["batches", "components", "merge_reports"]


def _roots(dataset: Dataset) -> list[int]:
    """For each measure (by position), the position of its component's first measure.

    Union-find with path halving; each union links the later root under the
    earlier one, so a component's root is its first measure in data-set order.
    """
    position = {m.id: i for i, m in enumerate(dataset.measures)}
    parent = list(range(len(dataset.measures)))

    def find(i: int) -> int:
        while parent[i] != i:
            parent[i] = parent[parent[i]]
            i = parent[i]
        return i

    def tie(ids: Sequence[str]) -> None:
        first = find(position[ids[0]])
        for other in ids[1:]:
            root = find(position[other])
            if root != first:
                first, root = min(first, root), max(first, root)
                parent[root] = first

    for relation in dataset.relations:
        tie(relation.measures)
    for measures in _linked_measures(dataset):
        tie(measures)
    return [find(i) for i in range(len(parent))]


#: Fields by which a figure names another figure (a repeat or a revision of it): the two
#: figures' measures must then be reconciled together. Fields a Figure lacks are skipped.
_FIGURE_LINKS = ("cites", "revises")


def _linked_measures(dataset: Dataset) -> Iterable[tuple[str, str]]:
    """The measures of each figure and of the figure it cites or revises, when they differ."""
    links = [a.name for a in attrs.fields(Figure) if a.name in _FIGURE_LINKS]
    if not links:
        return
    measure_of: dict[str, str] | None = None
    for f in dataset.figures:
        for name in links:
            target = getattr(f, name)
            if not isinstance(target, str):
                continue
            if measure_of is None:
                measure_of = {g.id: g.measure for g in dataset.figures}
            other = measure_of.get(target)
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
    return tuple(_subset(dataset, part) for part in _members(dataset))


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
    parts = _members(dataset)
    total = sum(len(p.figures) for p in parts)
    out: list[_Members] = []
    done = 0
    for part in parts:
        # Start a new batch when the figures so far reach the next of count equal shares.
        if not out or (len(out) < count and done * count >= len(out) * total):
            out.append(_Members())
        out[-1].extend(part)
        done += len(part.figures)
    return tuple(_subset(dataset, batch) for batch in out)


def _check(dataset: object, function: str) -> None:
    if not isinstance(dataset, Dataset):
        raise TypeError(f"{function}() expects a pwstats.Dataset, not {type(dataset).__name__}")


@attrs.define
class _Members:
    """What one part (or batch of parts) holds, in data-set order."""

    measures: list[Measure] = attrs.field(factory=list)
    figures: list[Figure] = attrs.field(factory=list)
    relations: list[Relation] = attrs.field(factory=list)
    sources: list[Source] = attrs.field(factory=list)
    held: set[int] = attrs.field(factory=set)  # id() of each source, once extended

    def extend(self, other: _Members) -> None:
        """Add another part's members (a source cited by both is kept once)."""
        self.measures.extend(other.measures)
        self.figures.extend(other.figures)
        self.relations.extend(other.relations)
        for s in other.sources:
            if id(s) not in self.held:
                self.held.add(id(s))
                self.sources.append(s)


def _members(dataset: Dataset) -> list[_Members]:
    """The parts of ``dataset`` in order of their first measure."""
    roots = _roots(dataset)
    slot: dict[int, int] = {}  # root position -> index of its part
    for root in roots:
        slot.setdefault(root, len(slot))
    parts = [_Members() for _ in slot]
    part_of: dict[str, _Members] = {}
    for i, m in enumerate(dataset.measures):
        part = parts[slot[roots[i]]]
        part.measures.append(m)
        part_of[m.id] = part
    for f in dataset.figures:
        part_of[f.measure].figures.append(f)
    for r in dataset.relations:
        part_of[r.measures[0]].relations.append(r)
    if dataset.sources:
        for s, measure in _listed_sources(dataset):
            sources = part_of[measure].sources
            if not sources or sources[-1] is not s:
                sources.append(s)
    return parts


def _listed_sources(dataset: Dataset) -> Iterable[tuple[Source, str]]:
    """Each listed source with a measure of each part whose figures cite it.

    In data-set order of the sources; a source cited by several figures of one
    part may come several times in a row, once per figure. A figure cites a
    listed source by id, or by being equal to it.
    """
    by_id = {s.id: s for s in dataset.sources if s.id is not None}
    by_value = {s: s for s in dataset.sources}
    listed_as: dict[int, Source | None] = {}  # id() of a figure's source -> the listed one
    cited: dict[int, list[str]] = {}  # id() of a listed source -> measures citing it
    for f in dataset.figures:
        source = f.source
        if source is None:
            continue
        key = id(source)
        if key not in listed_as:
            found = by_id.get(source.id) if source.id is not None else None
            listed_as[key] = found if found is not None else by_value.get(source)
        listed = listed_as[key]
        if listed is not None:
            cited.setdefault(id(listed), []).append(f.measure)
    for s in dataset.sources:
        for measure in cited.get(id(s), ()):
            yield s, measure


def _subset(whole: Dataset, part: _Members) -> Dataset:
    """A data set of whole parts of ``whole``: the data set itself when it is all of it.

    Built without :class:`~pwstats.Dataset`'s checks, which cannot fail here:
    ids unique in ``whole`` stay unique, a part holds every measure its figures
    and relations name, and units and numbers were checked in ``whole``.
    """
    if len(part.measures) == len(whole.measures) and len(part.sources) == len(whole.sources):
        return whole
    subset = object.__new__(Dataset)
    for name, value in (
        ("measures", tuple(part.measures)),
        ("figures", tuple(part.figures)),
        ("relations", tuple(part.relations)),
        ("sources", tuple(part.sources)),
    ):
        object.__setattr__(subset, name, value)
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
