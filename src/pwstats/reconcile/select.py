"""Stage 0, select: what each figure is, given when we look and how we treat revisions.

Before anything is compared:

- ``known_at`` keeps only what was published by that date — what a careful reader
  could have concluded then. A figure's publication date is its source's
  ``published``; a figure whose source gives none counts as published when its
  as-of span ends (it cannot speak of a day before that day has come).
- Each figure gets a *role*. A count (``basis="count"``, the default) is a hard
  claim and the only kind that narrows bounds. An estimate (``basis="estimate"``)
  is pooled with the other estimates of its measure and time, never intersected.
  A figure that ``cites`` another repeats it: it is not independent and never
  narrows anything, but is checked for fidelity. A figure that a later one
  revises is set aside as revised (not a conflict).
- Revisions: ``revises="id"`` says so explicitly. With ``revisions="latest"`` (the
  default) two figures of one speaker for one measure and as-of span (any spans, for
  an event measure: its figures are all of one event), on the same basis, published
  on different dates are vintages: the latest published wins and the others are
  revised — except a relay (its source has a ``via``): it repeats some statement of
  its speaker made by its publication date, no release of its own. Once the
  speaker's own (not relayed) figure is published, a later relay never supersedes
  it: it repeats the speaker's statement standing, as a figure that cites it does,
  and words that exclude it are a misquote (a radio's stale "34,000" two days after
  the ministry's own 34,844 is no correction of -844). Among relays alone, a later
  relay whose words, read leniently (so that the judgement does not turn on the
  run's reading), allow every value the standing figures allow together says
  nothing new and repeats their statement too (a relay's "more than 34,800" the day
  after OCHA relayed 34,844 is the same statement rounded); one that leaves out a
  value they allow is the latest word known, and supersedes them.
  A count and an estimate are different claims, never vintages of each other (a
  government's certified floor and its later excess-death estimate both stand).
  ``revisions="compare"`` keeps every vintage as a statement of its own (each
  :class:`~pwstats.report.Revision` is still listed).
"""

from __future__ import annotations

import datetime as dt
import functools
import itertools
import operator
from collections.abc import Callable, Collection, Mapping, Sequence
from typing import Literal, TypeAlias

import attrs

from pwstats.dates import DateSpan
from pwstats.interval import Interval
from pwstats.model import Dataset, Figure, trusted_dataset
from pwstats.reconcile.read import speaker
from pwstats.report import Revision

__all__ = ["REVISION_POLICIES", "Revisions", "Role", "Selection", "published", "select"]

#: How vintages of one statement are treated; see the module's docstring.
Revisions: TypeAlias = Literal["latest", "compare"]
REVISION_POLICIES: tuple[Revisions, ...] = ("latest", "compare")
#: What a figure is in a run: a hard count, an estimate, a repeat of another figure,
#: or a figure a later one revised.
Role: TypeAlias = Literal["count", "estimate", "citing", "revised"]
#: A figure's interval under the run's reading.
Read: TypeAlias = Callable[[Figure], Interval]


@attrs.frozen
class Selection:
    """The data set as of ``known_at``, each figure's role, and every revision."""

    dataset: Dataset
    roles: Mapping[str, Role]
    revisions: tuple[Revision, ...]
    #: Each relayed restatement's id, and the id of the figure whose statement it is.
    restates: Mapping[str, str] = attrs.field(factory=dict)

    def role(self, figure: Figure) -> Role:
        return self.roles.get(figure.id, "count")


def published(figure: Figure) -> dt.date:
    """When a figure became known: its source's publication date, else its as-of end."""
    source = figure.source
    if source is not None and source.published is not None:
        return source.published
    return figure.as_of.end


def select(
    dataset: Dataset,
    *,
    known_at: DateSpan | dt.date | str | None = None,
    revisions: Revisions = "latest",
    read: Read | None = None,
    relayed: Read | None = None,
) -> Selection:
    """Each figure's role, the revisions, and the data set as it was known at ``known_at``.

    ``read`` gives a figure's interval under the run's reading, and ``relayed`` a
    relayed figure's to judge whether it restates the figures standing before it (its
    lenient reading; ``read`` when None); without ``read`` no later figure is taken as
    a relayed restatement (every later vintage revises).
    """
    if revisions not in REVISION_POLICIES:
        raise ValueError(
            f"revisions must be one of {', '.join(map(repr, REVISION_POLICIES))}, not {revisions!r}"
        )
    if known_at is not None:
        dataset = _as_known_at(dataset, DateSpan.of(known_at).end)
    roles: dict[str, Role] = {}
    for f in dataset.figures:
        if f.cites is not None:
            roles[f.id] = "citing"
        elif f.basis == "estimate":
            roles[f.id] = "estimate"
    events = {m.id for m in dataset.measures if m.kind == "event"}
    found, restates = _revisions(dataset.figures, events, read, relayed)
    # A relayed restatement repeats the statement it restates: it cites it, in effect.
    roles.update(dict.fromkeys(restates, "citing"))
    if revisions == "latest":
        for r in found:
            roles[r.old] = "revised"
    return Selection(dataset=dataset, roles=roles, revisions=tuple(found), restates=restates)


def _as_known_at(dataset: Dataset, day: dt.date) -> Dataset:
    """The figures and listed sources published by ``day`` (a source with no date stays);
    a link to a figure not yet published is dropped."""
    kept = [f for f in dataset.figures if published(f) <= day]
    sources = [s for s in dataset.sources if s.published is None or s.published <= day]
    if len(kept) == len(dataset.figures) and len(sources) == len(dataset.sources):
        return dataset
    ids = {f.id for f in kept}
    figures = [
        f
        if (f.cites is None or f.cites in ids) and (f.revises is None or f.revises in ids)
        else attrs.evolve(
            f,
            cites=f.cites if f.cites in ids else None,
            revises=f.revises if f.revises in ids else None,
        )
        for f in kept
    ]
    return trusted_dataset(  # figures of a checked data set, links only dropped
        measures=dataset.measures,
        figures=figures,
        relations=dataset.relations,
        sources=sources,
    )


def _revisions(
    figures: Sequence[Figure],
    events: Collection[str] = (),
    read: Read | None = None,
    relayed: Read | None = None,
) -> tuple[list[Revision], dict[str, str]]:
    """Explicit revisions, then vintages: one speaker, basis, measure and span, later publication.

    Vintages are grouped by (speaker, basis, measure, as-of span); in each group the
    figures superseded by a later one (:func:`_superseded`) are revised by the figure
    that last superseded others (the first by id of its publication date). Beside
    them, each relayed restatement's id and the figure whose statement it repeats.
    The measures in ``events`` count one event: all their figures are of it, so
    their spans do not part vintages (a city's toll of one attack, corrected from
    6,453 to 2,753 over the years, each figure dated by its publication). A figure
    that cites another is never a vintage. Linear after a sort.
    """
    out: dict[str, Revision] = {}
    for f in figures:
        if f.revises is not None and f.revises not in out:
            out[f.revises] = Revision(old=f.revises, new=f.id, change=None)
    vintages: dict[tuple[object, ...], list[Figure]] = {}
    restates: dict[str, str] = {}
    for f in figures:
        source = f.source
        if source is None or source.published is None or f.cites is not None:
            continue
        if f.measure in events:
            key: tuple[object, ...] = (speaker(source), f.basis, f.measure)
        else:
            key = (speaker(source), f.basis, f.measure, f.as_of.start, f.as_of.end)
        vintages.setdefault(key, []).append(f)
    for group in vintages.values():
        if len(group) < 2:
            continue
        counts = group[0].basis == "count"
        newest, superseded = _superseded(group, read if counts else None, relayed or read, restates)
        for f in superseded:
            if f.id not in out:
                out[f.id] = Revision(old=f.id, new=newest.id, change=None)
    if not out:
        return [], restates
    ids = {f.id for f in figures}
    return [
        r
        for r in sorted(out.values(), key=lambda r: (r.new, r.old))
        if r.old in ids and r.new in ids
    ], restates


def _superseded(
    group: list[Figure], read: Read | None, relayed: Read | None, restates: dict[str, str]
) -> tuple[Figure, list[Figure]]:
    """The vintage that supersedes the others last, and the vintages it supersedes.

    In order of publication, each date's figures supersede those standing before them,
    except relays (:func:`_relay`: a figure with a ``via`` that revises nothing
    explicitly). A relay repeats some statement of its speaker made by the relay's
    publication date, not a new release: once the speaker's own direct figure (one
    not relayed) has been published, on the relay's date or before, every later relay
    repeats the speaker's statement standing then — it joins the standing figures as
    a restatement of the first direct one, however its words read (words that leave
    out that figure's value are a misquote, checked as a citation is, never a
    correction). Before any direct figure, relays supersede one another unless every
    relay of a date allows every value the standing figures allow together
    (``relayed`` against ``read``): the same statement relayed later, rounded, joins
    them. Figures of one date stand together, as any figures of one statement do,
    the day's relays restating its direct figure when it has one. Without ``read``,
    relays before any direct figure supersede as other vintages do. Each restatement
    is entered in ``restates``, naming the standing figure whose statement it is.
    """
    group = sorted(group, key=lambda f: (published(f), f.id))
    standing: list[Figure] = []
    superseded: list[Figure] = []
    direct: Figure | None = None  # the first direct figure standing, if any
    allowed = Interval.empty()  # the values the standing figures allow together
    for _, same_day in itertools.groupby(group, key=published):
        day = list(same_day)
        own = [f for f in day if not _relay(f)]
        if own:
            superseded.extend(standing)
            standing, direct = own, own[0]
            repeats = [f for f in day if _relay(f)]
        elif direct is not None:
            repeats = day
        elif read and relayed and standing and _restate(day, allowed, relayed):
            restates.update(dict.fromkeys([f.id for f in day], standing[0].id))
            standing.extend(day)
            continue
        else:  # relays before any direct figure: a later one supersedes
            superseded.extend(standing)
            standing = day
            if read is not None:
                allowed = functools.reduce(operator.and_, map(read, day))
            continue
        assert direct is not None
        restates.update(dict.fromkeys([f.id for f in repeats], direct.id))
        standing.extend(repeats)
    return standing[0] if superseded else group[0], superseded


def _relay(figure: Figure) -> bool:
    """Whether ``figure`` reached us through a relay (its source has a ``via``) and
    revises nothing explicitly (a figure that says it revises another is a release)."""
    return figure.source is not None and bool(figure.source.via) and figure.revises is None


def _restate(day: list[Figure], allowed: Interval, read: Read) -> bool:
    """Whether each figure of ``day`` is relayed, allows every value in ``allowed``, and
    revises no figure explicitly (an explicit revision is one)."""
    if allowed.is_empty:  # standing figures that disagree: nothing restates them
        return False
    return all(_relay(f) and read(f).contains(allowed) for f in day)
