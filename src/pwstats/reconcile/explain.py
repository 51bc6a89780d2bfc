"""Stage 6, explain: the sentences that say why figures conflict and what gives a bound.

Every sentence names each figure with its words, speaker, id and date, and the
interval it reads to, so a reader can check it against the sources.
"""

from __future__ import annotations

from collections.abc import Sequence

from pwstats.interval import Interval, format_number
from pwstats.model import Figure
from pwstats.reconcile.cells import Settled
from pwstats.reconcile.propagate import Why, explain
from pwstats.reconcile.read import Context
from pwstats.report import Because, ConflictKind, Reading

__all__ = ["because", "kind_sentence", "name", "say", "summarise"]

#: A bound's explanation lists at most this many figures in its sentence; the rest are
#: counted (every one stays in :attr:`Because.figures`).
SHOWN: int = 5


def name(f: Figure) -> str:
    """A figure as sentences name it: its words, speaker, id and date."""
    who = f"{f.source.name}, " if f.source is not None else ""
    return f"'{f.statement}' ({who}figure {f.id}, as of {f.as_of})"


def say(ctx: Context, fid: str, iv: Interval) -> str:
    """A figure named (:func:`name`) and the interval it reads to."""
    return f"{name(ctx.figure(fid))} reads {iv}"


def kind_sentence(
    reading: Reading,
    kind: ConflictKind,
    ids: Sequence[str],
    lenient: Sequence[Interval],
    *,
    soft: bool,
) -> str:
    """Why a conflict between figures is a contradiction or only a tension."""
    if reading == "lenient":
        return (
            " Read leniently (every value any reading admits), so this is a contradiction."
            if kind == "contradiction"
            else " The figures speak of different dates, so this is only a tension."
        )
    readings = ", ".join(f"{fid} {iv}" for fid, iv in zip(ids, lenient, strict=True))
    if kind == "contradiction":
        return f" Even read leniently ({readings}) they cannot all hold: a contradiction."
    if soft:
        return " The figures speak of different dates, so this is only a tension."
    return f" Read leniently ({readings}) they can all hold, so this is a tension."


def summarise(ctx: Context, figures: Sequence[str]) -> str:
    """The figures behind an end, in words: all of them when few, else the first and a count."""
    shown = [f"'{ctx.figure(f).statement}' ({f}, {ctx.figure(f).as_of})" for f in figures[:SHOWN]]
    text = ", ".join(shown)
    if len(figures) > SHOWN:
        text += f" and {len(figures) - SHOWN:,} more figures"
    return text


def because(
    ctx: Context,
    cells: Settled,
    cell: int,
    *,
    high: bool,
    empty_why: tuple[Why, ...],
    set_aside: Sequence[str] = (),
) -> Because:
    """What gives one end of ``cell``'s bounds, as figure ids, relation ids and a sentence.

    An end nothing bounds names the figures ``set_aside`` (in conflict, and not
    taken as true) rather than saying that no figure bounds it.
    """
    iv = cells.bounds[cell]
    measure = cells.measure[cell]
    if iv.is_empty:
        figures, rules = explain(*empty_why)
        relations = tuple(dict.fromkeys(cells.relation[i] for i in rules))
        return Because(
            figures=figures,
            relations=relations,
            detail="the figures and relations cannot all hold: no value is left",
        )
    why = cells.hi_why[cell] if high else cells.lo_why[cell]
    end = iv.hi if high else iv.lo
    if why is None:
        side = "above" if high else "below"
        floor = not high and measure.nonnegative and end == 0
        if set_aside:
            cut = f"without the figures set aside in conflict, {summarise(ctx, set_aside)}"
            if floor:
                return Because(
                    detail=f"{measure.id} cannot be negative; not bounded further from below {cut}"
                )
            return Because(detail=f"{measure.id} is not bounded from {side} {cut}")
        if floor:
            return Because(detail=f"{measure.id} cannot be negative")
        return Because(detail=f"no figure or relation bounds {measure.id} from {side}")
    figures, rules = explain(why)
    relations = tuple(dict.fromkeys(cells.relation[i] for i in rules))
    via = "; ".join(dict.fromkeys(cells.text[i] for i in rules))
    detail = (
        f"{'at most' if high else 'at least'} {format_number(end)} from {summarise(ctx, figures)}"
    )
    if via:
        detail += f", through {via}"
    return Because(figures=figures, relations=relations, detail=detail)
