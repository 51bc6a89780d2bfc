"""Publication tables and provenance documents: great_tables and W3C PROV.

:func:`to_gt` makes a `great_tables <https://posit-dev.github.io/great-tables/>`_
table of a report, every figure footnoted to its source; :func:`to_prov` makes a
W3C PROV document (PROV-DM, https://www.w3.org/TR/prov-dm/) saying who said each
figure, which outlets carried it, and which figures and relations give each end of
each finding's bounds. great-tables (with pandas) and prov are optional extras
(``gt`` and ``prov``), imported only here and only when called.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import TYPE_CHECKING, Any, Final
from urllib.parse import quote

from pwstats._optional import require
from pwstats.interval import Interval, format_number
from pwstats.model import Dataset, Figure, Source, trusted_dataset

if TYPE_CHECKING:
    from great_tables import GT
    from prov.model import ProvDocument

    from pwstats.report import Because, Report

__all__ = ["DEFAULT_NAMESPACE", "GT_FOOTNOTED_ROWS", "to_gt", "to_prov"]

#: The namespace of the identifiers :func:`to_prov` makes, unless given another.
DEFAULT_NAMESPACE: Final = "urn:pwstats:"
_PREFIX: Final = "pw"
#: The most findings :func:`to_gt` footnotes with great_tables' own marks; a larger table
#: gets tabulate's ``[n]`` marks in its cells and its sources as numbered source notes
#: (great_tables takes time that grows with the square of the marked cells to render).
GT_FOOTNOTED_ROWS: Final = 200


# -- great_tables ---------------------------------------------------------------------------


def _source_note(source: Source) -> str:
    """One footnote: the speaker, role and side, the outlets, the date, the URL and the quote."""
    who = source.name
    detail = [x for x in (source.role, source.affiliation) if x]
    if detail:
        who += f" ({'; '.join(detail)})"
    parts = [who]
    if source.via:
        parts.append("via " + ", ".join(source.via))
    if source.published is not None:
        parts.append(source.published.isoformat())
    if source.url:
        parts.append(source.url)
    if source.quote:
        parts.append(f"“{source.quote}”")
    return ", ".join(parts)


def to_gt(report: Report, *, labels: bool = True) -> GT:
    """A great_tables ``GT`` table of a report: one row per finding, sources as footnotes.

    The cells are those of ``tabulate(report)`` in a text format (see
    :func:`pwstats.table.findings_cells`): measure (its label, or its id with
    ``labels=False``), as of, the figures as reported (repeats of one statement
    once), the interval each reads to, the consensus, low / best / high (with the
    unit of a measure that is not a headcount), the independent statements and
    the status. Each figure's source is a footnote on its figures cell
    (great_tables numbers the marks and writes each distinct note once); each
    conflict's explanation and the reading are source notes below the table. A
    report of more than :data:`GT_FOOTNOTED_ROWS` findings has the ``[n]`` marks
    of ``tabulate(report)`` in its cells instead, and its sources as numbered
    source notes: great_tables renders its own marks in time that grows with the
    square of their number.
    Needs the ``gt`` extra (great-tables and pandas).

    >>> import pwstats
    >>> table = to_gt(pwstats.reconcile(pwstats.seeds()))
    >>> "Dmytro Lubinets (Ukrainian Parliament Commissioner" in table.as_raw_html()
    True
    """
    from pwstats.report import Report, dated_conflicts
    from pwstats.table import findings_cells, footnote_sources

    if not isinstance(report, Report):
        raise TypeError(f"to_gt expects a pwstats Report, not {type(report).__name__}")
    great_tables = require("great_tables", extra="gt", feature="to_gt()")
    pd = require("pandas", extra="gt", feature="to_gt()")
    marked = len(report.findings) > GT_FOOTNOTED_ROWS
    headers, rows = findings_cells(report, labels=labels, marks=marked)
    frame = pd.DataFrame(rows, columns=headers, dtype="string")
    counts = {s: sum(f.status == s for f in report.findings) for s in _STATUSES}
    summary = ", ".join(f"{n} {s}" for s, n in counts.items() if n)
    table = great_tables.GT(frame, auto_align=False).tab_header(
        title="Reconciliation of reported figures",
        subtitle=f"{len(report.findings)} findings ({summary}), {report.reading} reading"
        if report.findings
        else f"no finding, {report.reading} reading",
    )
    if not marked:
        for i, finding in enumerate(report.findings):
            for source in dict.fromkeys(f.source for f in finding.figures if f.source):
                table = table.tab_footnote(
                    _source_note(source),
                    locations=great_tables.loc.body(columns=headers[2], rows=[i]),
                    placement="right",
                )
    else:
        for n, source in enumerate(footnote_sources(report), start=1):
            table = table.tab_source_note(f"[{n}] {_source_note(source)}")
    dated = dated_conflicts(report)
    for number, conflict in enumerate(report.conflicts, start=1):
        at = "" if conflict.as_of is None else f" at {conflict.as_of}"
        if conflict.as_of is not None and dated(conflict) != str(conflict.as_of):
            at = f", {dated(conflict)}"
        table = table.tab_source_note(
            f"Conflict {number} ({conflict.kind}, {conflict.cause}, {conflict.measure}{at}):"
            f" {conflict.explanation}"
        )
    result: GT = table.tab_source_note(
        f"Readings under the {report.reading} reading. Reconciled with pwstats."
    )
    return result


_STATUSES: Final = ("contradiction", "tension", "consistent", "derived")


# -- W3C PROV -------------------------------------------------------------------------------


class _Names:
    """Identifiers of a PROV document: one namespace, local names percent-encoded."""

    def __init__(self, namespace: Any) -> None:
        self.namespace = namespace
        self.speakers: dict[tuple[str, str | None, str | None], Any] = {}

    def __call__(self, *parts: str) -> Any:
        return self.namespace["/".join(quote(p, safe="") for p in parts)]


def to_prov(
    report_or_dataset: Report | Dataset, *, namespace: str = DEFAULT_NAMESPACE
) -> ProvDocument:
    """A W3C PROV document of who said each figure and what gives each bound.

    - Each speaker (a source's name, role and side) is a ``prov:Agent``, and
      each outlet of a ``via`` chain a ``prov:Organization`` agent.
    - Each figure is an entity (``pw:figure/ID``, labelled with its statement)
      ``wasAttributedTo`` its speaker. A figure that ``cites`` another is derived
      from it (``prov:Quotation``); one that ``revises`` another
      ``wasRevisionOf`` it. Each outlet that carried it gives an
      entity ``pw:figure/ID/via/N`` attributed to the outlet and ``wasDerivedFrom``
      the one before it (``prov:Quotation``), nearest the speaker first; the
      last of the chain holds the URL and publication date.
    - For a report, each end of each finding's bounds is an entity
      (``pw:finding/N/low`` and ``/high``, its ``prov:value`` the exact end)
      ``wasGeneratedBy`` the reconciliation activity and ``wasDerivedFrom``
      each figure and relation (``pw:relation/ID``) that gives it, as
      :func:`pwstats.bound` explains it. ``N`` counts findings from 1.

    Identifiers are in ``namespace`` (prefix ``pw``). ``doc.serialize(indent=2)``
    writes PROV-JSON; ``pwstats reconcile --format prov-json`` prints it.
    Needs the ``prov`` extra.
    """
    from pwstats.report import Report

    if isinstance(report_or_dataset, Report):
        report: Report | None = report_or_dataset
        dataset = report_or_dataset.dataset
    elif isinstance(report_or_dataset, Dataset):
        report, dataset = None, report_or_dataset
    else:
        raise TypeError(
            f"to_prov expects a pwstats Report or Dataset, not {type(report_or_dataset).__name__}"
        )
    model = require("prov.model", extra="prov", feature="to_prov()")
    doc = model.ProvDocument()
    names = _Names(doc.add_namespace(_PREFIX, namespace))
    if report is None:
        figures: Iterable[Figure] = dataset.figures
    else:
        figures = [f for finding in report.findings for f in finding.figures]
    readings = (
        {k: v for finding in report.findings for k, v in finding.readings.items()}
        if report is not None
        else {}
    )
    declared: set[str] = set()
    for f in figures:
        if f.id not in declared:
            _figure(doc, names, f, readings.get(f.id))
            declared.add(f.id)
    for f in [f for f in dataset.figures if f.id in declared]:
        for linked in (f.cites, f.revises):
            if linked is not None and linked not in declared:
                _figure(doc, names, dataset.figure(linked), readings.get(linked))
                declared.add(linked)
        _links(doc, names, f)
    if report is not None:
        _findings(doc, names, report, declared)
    result: ProvDocument = doc
    return result


def _speaker(doc: Any, names: _Names, source: Source) -> Any:
    key = (source.name, source.role, source.affiliation)
    agent = names.speakers.get(key)
    if agent is None:
        local = source.name
        taken = set(names.speakers.values())
        n = 1
        while names("speaker", local) in taken:
            n += 1
            local = f"{source.name}~{n}"
        attributes: dict[str, str] = {"prov:label": source.name}
        if source.role:
            attributes[f"{_PREFIX}:role"] = source.role
        if source.affiliation:
            attributes[f"{_PREFIX}:affiliation"] = source.affiliation
        doc.agent(names("speaker", local), attributes)
        agent = names.speakers[key] = names("speaker", local)
    return agent


def _outlet(doc: Any, names: _Names, outlet: str) -> Any:
    from prov.constants import PROV_TYPE

    identifier = names("outlet", outlet)
    if doc.get_record(identifier) == []:
        doc.agent(identifier, {"prov:label": outlet, PROV_TYPE: _prov("Organization")})
    return identifier


def _prov(term: str) -> Any:
    from prov.constants import PROV

    return PROV[term]


def _figure(doc: Any, names: _Names, f: Figure, reading: Interval | None) -> None:
    attributes: dict[str, str] = {
        "prov:label": f.statement,
        f"{_PREFIX}:measure": f.measure,
        f"{_PREFIX}:statement": f.statement,
        f"{_PREFIX}:asOf": str(f.as_of),
    }
    if f.exact_interval is not None:
        attributes[f"{_PREFIX}:interval"] = str(f.exact_interval)
    if reading is not None:
        attributes[f"{_PREFIX}:reading"] = str(reading)
    source = f.source
    if source is not None and source.quote:
        attributes[f"{_PREFIX}:quote"] = source.quote
    chain = [names("figure", f.id)]
    doc.entity(chain[0], attributes)
    if source is None:
        return
    doc.wasAttributedTo(chain[0], _speaker(doc, names, source))
    for n, outlet in enumerate(source.via, start=1):
        carried = names("figure", f.id, "via", str(n))
        doc.entity(carried, {"prov:label": f"“{f.statement}”, as carried by {outlet}"})
        doc.wasAttributedTo(carried, _outlet(doc, names, outlet))
        doc.wasDerivedFrom(carried, chain[-1], other_attributes={"prov:type": _prov("Quotation")})
        chain.append(carried)
    published: dict[str, str] = {}
    if source.url:
        published[f"{_PREFIX}:url"] = source.url
    if source.published is not None:
        published[f"{_PREFIX}:published"] = source.published.isoformat()
    if published:
        doc.get_record(chain[-1])[0].add_attributes(published)


def _links(doc: Any, names: _Names, f: Figure) -> None:
    """A figure that repeats another derives from it (a quotation); one that revises
    another is a revision of it."""
    if f.cites is not None:
        doc.wasDerivedFrom(
            names("figure", f.id),
            names("figure", f.cites),
            other_attributes={"prov:type": _prov("Quotation")},
        )
    if f.revises is not None:
        doc.wasRevisionOf(names("figure", f.id), names("figure", f.revises))


def _findings(doc: Any, names: _Names, report: Report, declared: set[str]) -> None:
    """Each end of each finding's bounds, generated by the reconciliation and derived from
    the figures and relations that give it."""
    from pwstats.reconcile import bound

    activity = names("reconciliation")
    doc.activity(
        activity,
        other_attributes={
            "prov:label": f"pwstats reconciliation, {report.reading} reading",
            f"{_PREFIX}:reading": report.reading,
        },
    )
    dataset = report.dataset
    parts = _components(dataset)
    for n, finding in enumerate(report.findings, start=1):
        becauses: tuple[Because, Because] | None = None
        part = parts.get(finding.measure)
        if finding.as_of is not None and part is not None:
            b = bound(part, finding.measure, at=finding.as_of, reading=report.reading)
            becauses = (b.low, b.high)
        iv = finding.bounds
        if iv.is_empty:
            ends: list[tuple[str, str, bool | None, tuple[Because, ...]]] = [
                ("bounds", "empty", None, becauses or ())
            ]
        else:
            ends = [
                ("low", format_number(iv.lo), iv.lo_closed, becauses[:1] if becauses else ()),
                ("high", format_number(iv.hi), iv.hi_closed, becauses[1:] if becauses else ()),
            ]
        at = f" at {finding.as_of}" if finding.as_of is not None else ""
        for which, value, closed, given in ends:
            identifier = names("finding", str(n), which)
            attributes: dict[str, str] = {
                "prov:label": f"{which} of {finding.measure}{at}: {value}",
                "prov:value": value,
                f"{_PREFIX}:measure": finding.measure,
                f"{_PREFIX}:status": finding.status,
            }
            if finding.as_of is not None:
                attributes[f"{_PREFIX}:asOf"] = str(finding.as_of)
            if closed is not None:
                attributes[f"{_PREFIX}:included"] = "true" if closed else "false"
            # An empty bound's two ends give one sentence (pwstats.bound says it once).
            details = dict.fromkeys(because.detail for because in given if because.detail)
            if details:
                attributes[f"{_PREFIX}:because"] = " ".join(details)
            doc.entity(identifier, attributes)
            doc.wasGeneratedBy(identifier, activity)
            for because in given:
                for fid in because.figures:
                    if fid not in declared:
                        _figure(doc, names, dataset.figure(fid), None)
                        declared.add(fid)
                    doc.wasDerivedFrom(identifier, names("figure", fid))
                for rid in because.relations:
                    doc.wasDerivedFrom(identifier, _relation(doc, names, dataset, rid))


def _components(dataset: Dataset) -> dict[str, Dataset]:
    """For each measure, the part of the data set its bound depends on: the measures tied to
    it through relations, with their figures and relations.

    Bounding each finding in its own part keeps :func:`to_prov` linear in the size of
    the data set, however many findings it has.
    """
    parent = {m.id: m.id for m in dataset.measures}

    def root(x: str) -> str:
        while parent[x] != x:
            parent[x] = parent[parent[x]]
            x = parent[x]
        return x

    for r in dataset.relations:
        first, *others = r.measures
        for other in others:
            parent[root(other)] = root(first)
    measures: dict[str, list[Any]] = {}
    for m in dataset.measures:
        measures.setdefault(root(m.id), []).append(m)
    figures: dict[str, list[Figure]] = {}
    for f in dataset.figures:
        figures.setdefault(root(f.measure), []).append(f)
    relations: dict[str, list[Any]] = {}
    for r in dataset.relations:
        relations.setdefault(root(r.measures[0]), []).append(r)
    parts = {
        key: trusted_dataset(  # whole parts of a checked data set
            measures=ms, figures=figures.get(key, ()), relations=relations.get(key, ())
        )
        for key, ms in measures.items()
    }
    return {m.id: parts[root(m.id)] for m in dataset.measures}


def _relation(doc: Any, names: _Names, dataset: Dataset, rid: str) -> Any:
    identifier = names("relation", rid)
    if doc.get_record(identifier) == []:
        described = {r.id: r.describe() for r in dataset.relations if r.id == rid}
        doc.entity(identifier, {"prov:label": described.get(rid, rid)})
    return identifier
