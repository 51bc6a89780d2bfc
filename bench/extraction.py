"""Extraction: precision and recall of :func:`pwstats.extract` on labelled wire-style prose.

The paragraphs are ``bench/paragraphs.txt``: every count and share is marked
``[[its words]]``, ``[[its words|literal interval]]`` or ``[[its words|?]]`` (a figure
after words pwstats cannot read, which must come back unknown-hedged); every other
number in them — dates, ages, phone, page, case and room numbers, ordinals, money,
measurements — is no figure. A mention *finds* a label when their character spans
overlap; precision is the share of mentions that find a label, recall the share of
labels found. A labelled figure read to a wrong interval without being marked unread
is a *silent wrong answer*, the worst outcome: the target is none.

The baseline is the regex floor of :mod:`bench.parsing`: every run of digits is a figure.
Throughput is extract over the paragraphs, repeated, against that floor in the same run.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from pathlib import Path
from typing import Any

import attrs

from bench._timing import Result, interleaved, not_available, ratio_text

__all__ = ["PARAGRAPHS", "Label", "Paragraph", "load_paragraphs", "run", "score"]

PARAGRAPHS = Path(__file__).with_name("paragraphs.txt")
_LABEL = re.compile(r"\[\[(?P<words>[^\]|]+)(?:\|(?P<gold>\?|[^\]]*[\])]))?\]\]")
_FLOOR = re.compile(r"\d[\d,]*(?:\.\d+)?")


@attrs.frozen
class Label:
    """One labelled figure: its span in the clean text, its words, its gold reading."""

    span: tuple[int, int]
    words: str
    gold: str | None  # interval notation, "?" for unknown-hedged, or None (not given)


@attrs.frozen
class Paragraph:
    """A paragraph without its marks, and its labels."""

    text: str
    labels: tuple[Label, ...]


def load_paragraphs(path: Path = PARAGRAPHS) -> list[Paragraph]:
    """Read the labelled paragraphs (blank-line separated; ``#`` lines are comments)."""
    body = "\n".join(
        ln for ln in path.read_text(encoding="utf-8").splitlines() if not ln.startswith("#")
    )
    out: list[Paragraph] = []
    for block in re.split(r"\n\s*\n", body):
        block = block.strip()
        if not block:
            continue
        clean: list[str] = []
        labels: list[Label] = []
        at = 0
        pos = 0
        for m in _LABEL.finditer(block):
            clean.append(block[pos : m.start()])
            at += m.start() - pos
            words = m.group("words")
            labels.append(Label((at, at + len(words)), words, m.group("gold")))
            clean.append(words)
            at += len(words)
            pos = m.end()
        clean.append(block[pos:])
        text = "".join(clean)
        if "[[" in text or "]]" in text:
            raise ValueError(f"{path.name}: a broken label in {block[:60]!r}")
        out.append(Paragraph(text, tuple(labels)))
    return out


def _overlaps(a: tuple[int, int], b: tuple[int, int]) -> bool:
    return a[0] < b[1] and b[0] < a[1]


@attrs.frozen
class Score:
    """Counts over all paragraphs, and what went wrong."""

    mentions: int
    found_labels: int
    true_mentions: int
    labels: int
    gold: int
    gold_right: int
    silent_wrong: int
    problems: tuple[str, ...]

    @property
    def precision(self) -> float:
        return self.true_mentions / self.mentions if self.mentions else 1.0

    @property
    def recall(self) -> float:
        return self.found_labels / self.labels if self.labels else 1.0


def score(paragraphs: Sequence[Paragraph], spans_of: Any, *, readings: Any = None) -> Score:
    """Score a reader: ``spans_of(text)`` gives mention spans; ``readings(text)`` gives
    ``(span, interval text, unread)`` triples (pwstats only) for the gold checks."""
    mentions = true_mentions = found = total = gold = right = silent = 0
    problems: list[str] = []
    for p in paragraphs:
        spans = list(spans_of(p.text))
        mentions += len(spans)
        total += len(p.labels)
        for s in spans:
            if any(_overlaps(s, lab.span) for lab in p.labels):
                true_mentions += 1
            else:
                problems.append(f"not a figure: {p.text[s[0] : s[1]]!r} in {p.text[:40]!r}…")
        for lab in p.labels:
            if any(_overlaps(s, lab.span) for s in spans):
                found += 1
            else:
                problems.append(f"missed: {lab.words!r}")
        if readings is None:
            continue
        read = list(readings(p.text))
        for lab in p.labels:
            if lab.gold is None:
                continue
            gold += 1
            hits = [r for r in read if _overlaps(r[0], lab.span)]
            if len(hits) == 1 and hits[0][0] == lab.span:
                _, interval, unread = hits[0]
                ok = unread is not None if lab.gold == "?" else _same(interval, lab.gold)
                if ok:
                    right += 1
                    continue
                if unread is None:
                    silent += 1
                problems.append(
                    f"{lab.words!r}: read {interval} (unread {unread}), gold {lab.gold}"
                )
            else:
                got = [(p.text[a:b], iv) for (a, b), iv, _ in hits]
                problems.append(f"{lab.words!r}: found as {got}, gold {lab.gold}")
    return Score(mentions, found, true_mentions, total, gold, right, silent, tuple(problems))


def _same(interval: str, gold: str) -> bool:
    from pwstats import Interval

    return Interval.parse(interval) == Interval.parse(gold)


def _pwstats_spans(text: str) -> list[tuple[int, int]]:
    from pwstats import extract

    return [m.span for m in extract(text)]


def _pwstats_readings(text: str) -> list[tuple[tuple[int, int], str, str | None]]:
    from pwstats import extract

    return [(m.span, str(m.amount.interval), m.unread) for m in extract(text, reading="literal")]


def _floor_spans(text: str) -> list[tuple[int, int]]:
    return [m.span() for m in _FLOOR.finditer(text)]


def run(*, repeats: int, copies: int) -> tuple[list[Result], dict[str, list[str]]]:
    """Precision, recall and intervals right on the labelled paragraphs; throughput rows."""
    try:
        from pwstats import extract
    except Exception as exc:  # a module being written may fail in any way
        why = f"pwstats.extract not available ({type(exc).__name__})"
        return [not_available("extraction", "extract precision and recall", why)], {}
    paragraphs = load_paragraphs()
    mine = score(paragraphs, _pwstats_spans, readings=_pwstats_readings)
    floor = score(paragraphs, _floor_spans)
    rows = [
        Result(
            group="extraction",
            what=f"precision on {len(paragraphs)} labelled paragraphs",
            pwstats=f"{mine.precision:.1%} ({mine.true_mentions}/{mine.mentions})",
            against="every digit run",
            baseline=f"{floor.precision:.1%} ({floor.true_mentions}/{floor.mentions})",
            ratio="—",
            target="≥ 95% at full recall",
            verdict="ok" if mine.precision >= 0.95 and mine.recall == 1 else "MISSED",
            data={"pwstats": mine.precision, "baseline": floor.precision},
        ),
        Result(
            group="extraction",
            what=f"recall of {mine.labels} labelled figures",
            pwstats=f"{mine.recall:.1%} ({mine.found_labels}/{mine.labels})",
            against="every digit run",
            baseline=f"{floor.recall:.1%} ({floor.found_labels}/{floor.labels})",
            ratio="—",
            data={"pwstats": mine.recall, "baseline": floor.recall},
        ),
        Result(
            group="extraction",
            what=f"literal intervals of {mine.gold} figures with gold",
            pwstats=f"{mine.gold_right}/{mine.gold} right, {mine.silent_wrong} silently wrong",
            against="",
            baseline="",
            ratio="—",
            target="no silent wrong answer",
            verdict="ok" if mine.silent_wrong == 0 else "MISSED",
            data={"right": mine.gold_right, "gold": mine.gold, "silent_wrong": mine.silent_wrong},
        ),
    ]
    text = "\n\n".join(p.text for p in paragraphs) * copies
    from pwstats import extract

    c = interleaved(lambda: extract(text), lambda: _floor_spans(text), repeats=repeats)
    size = len(text)
    rows.append(
        Result(
            group="extraction",
            what=f"extract {size / 1e6:.2f} MB of labelled prose",
            pwstats=f"{size / c.a / 1e6:.2f} MB/s",
            against="every digit run (regex)",
            baseline=f"{size / c.b / 1e6:.2f} MB/s",
            ratio=ratio_text(c.ratio),
            data={"bytes": size, "pwstats_s": c.a, "baseline_s": c.b, "ratio": c.ratio},
        )
    )
    return rows, {"pwstats extract": list(mine.problems)}
