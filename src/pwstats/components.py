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

from pwstats.model import Dataset, Figure, Measure, Relation, Source
from pwstats.report import Finding, Reading, Report

__all__ = ["components", "merge_reports"]


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

    for relation in dataset.relations:
        ids = relation.measures
        first = find(position[ids[0]])
        for other in ids[1:]:
            root = find(position[other])
            if root != first:
                first, root = min(first, root), max(first, root)
                parent[root] = first
    return [find(i) for i in range(len(parent))]


def components(dataset: Dataset) -> tuple[Dataset, ...]:
    """The independent parts of ``dataset``: measures tied by relations stay together.

    Each part is a :class:`~pwstats.Dataset` holding a set of measures that
    relations tie together (directly or through other measures) and that no
    relation ties to any measure outside it, with every figure about them,
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
    if not isinstance(dataset, Dataset):
        raise TypeError(f"components() expects a pwstats.Dataset, not {type(dataset).__name__}")
    roots = _roots(dataset)
    slot: dict[int, int] = {}  # root position -> index of its part
    for root in roots:
        slot.setdefault(root, len(slot))
    measures: list[list[Measure]] = [[] for _ in slot]
    for i, m in enumerate(dataset.measures):
        measures[slot[roots[i]]].append(m)
    part_of = {m.id: slot[roots[i]] for i, m in enumerate(dataset.measures)}
    figures: list[list[Figure]] = [[] for _ in slot]
    for f in dataset.figures:
        figures[part_of[f.measure]].append(f)
    relations: list[list[Relation]] = [[] for _ in slot]
    for r in dataset.relations:
        relations[part_of[r.measures[0]]].append(r)
    sources: list[list[Source]] = [[] for _ in slot]
    if dataset.sources:
        for s, part in _listed_sources(dataset, part_of):
            sources[part].append(s)
    return tuple(
        _part(measures[i], figures[i], relations[i], sources[i], whole=dataset)
        for i in range(len(slot))
    )


def _listed_sources(dataset: Dataset, part_of: dict[str, int]) -> Iterable[tuple[Source, int]]:
    """Each listed source with each part whose figures cite it, in data-set order."""
    by_id = {s.id: s for s in dataset.sources if s.id is not None}
    cited: dict[Source, set[int]] = {}
    for f in dataset.figures:
        if f.source is None:
            continue
        listed = by_id.get(f.source.id) if f.source.id is not None else None
        key = listed if listed is not None else f.source
        cited.setdefault(key, set()).add(part_of[f.measure])
    for s in dataset.sources:
        for part in sorted(cited.get(s, ())):
            yield s, part


def _part(
    measures: list[Measure],
    figures: list[Figure],
    relations: list[Relation],
    sources: list[Source],
    *,
    whole: Dataset,
) -> Dataset:
    """One part, or the whole data set itself when everything is one part."""
    if len(measures) == len(whole.measures) and len(sources) == len(whole.sources):
        return whole
    return Dataset(measures=measures, figures=figures, relations=relations, sources=sources)


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
    measure come from two reports, when a report's measure is not in
    ``dataset``, when a measure with figures has no finding (a part's report
    is missing), and when the readings differ.

    >>> from pwstats import Dataset, Figure, Measure, reconcile
    >>> d = Dataset(measures=[Measure(id="a", label="a"), Measure(id="b", label="b")],
    ...             figures=[Figure(id="x", measure="b", value=1, as_of="2024"),
    ...                      Figure(id="y", measure="a", value=2, as_of="2024")])
    >>> parts = [reconcile(c, reading="literal") for c in components(d)]
    >>> [f.measure for f in merge_reports(d, reversed(parts)).findings]
    ['a', 'b']
    >>> merge_reports(d, parts[:1])
    Traceback (most recent call last):
    ...
    ValueError: merge_reports(): no report holds a finding about measure 'b', which has figures; ...
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
    for m in dataset.measures:
        if m.id not in by_measure and dataset.figures_of(m.id):
            raise ValueError(
                f"merge_reports(): no report holds a finding about measure {m.id!r}, which has"
                " figures; give one report per part of the data set"
            )
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
