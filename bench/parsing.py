"""Parsing: throughput and accuracy of :func:`pwstats.parse` on news-style figures.

The phrase list is ``bench/phrases.tsv``: hedged figures as reports on casualties,
prisoners and refugees state them, each with the interval its words entail (pwstats'
literal reading of a non-negative quantity, the reference). Throughput runs over a
longer list made from it by shifting every whole number by a seeded offset, so no
parser can answer from a cache of the hundred originals.

Rivals, each read to an interval as mechanically as its output allows:

* the floor: one regular expression and ``int()`` — the first number as a point;
* quantulum3: the first quantity; a value with an uncertainty is the closed range
  around it, a percentage a share;
* Recognizers-Text's English number model (percentage model for ``%``/``percent``):
  the first number as a point, or a share.

A rival that reads "almost 2,600" as 2,600 gets it wrong: it dropped the hedge.
"""

from __future__ import annotations

import csv
import random
import re
import warnings
from collections.abc import Callable, Sequence
from fractions import Fraction
from pathlib import Path
from typing import Any, Literal

import attrs

from bench._timing import Result, fmt_rate, interleaved, not_available, ratio_text

__all__ = ["PHRASES", "Phrase", "load_phrases", "run", "variants"]

PHRASES = Path(__file__).with_name("phrases.tsv")
_NUMBER = re.compile(r"\d[\d,]*(?:\.\d+)?")


@attrs.frozen
class Phrase:
    """One line of the phrase list: the words, the literal interval they entail, the kind."""

    text: str
    literal: Any  # a pwstats.Interval
    kind: str


def load_phrases(path: Path = PHRASES) -> list[Phrase]:
    """Read the phrase list; ``#`` lines are comments, the first other line the header."""
    from pwstats import Interval

    lines = [ln for ln in path.read_text(encoding="utf-8").splitlines() if not ln.startswith("#")]
    reader = csv.DictReader(lines, delimiter="\t")
    out: list[Phrase] = []
    for lineno, row in enumerate(reader, start=2):
        try:
            interval = Interval.parse(row["literal"])
        except ValueError as exc:
            raise ValueError(f"{path.name}: row {lineno} ({row['phrase']!r}): {exc}") from None
        if row["kind"] not in ("count", "share"):
            raise ValueError(f"{path.name}: row {lineno}: kind must be count or share")
        out.append(Phrase(text=row["phrase"], literal=interval, kind=row["kind"]))
    return out


def variants(phrases: Sequence[Phrase], n: int, *, seed: int = 7) -> list[str]:
    """``n`` phrases made from the list by adding one seeded offset to each whole number.

    The same offset shifts every number of a phrase, so ranges stay ordered; shares and
    decimals are kept as they are.
    """
    rng = random.Random(seed)
    out: list[str] = []
    while len(out) < n:
        p = phrases[len(out) % len(phrases)]
        if p.kind == "share":
            out.append(p.text)
            continue
        d = rng.randrange(0, 1000)

        def shift(m: re.Match[str], d: int = d) -> str:
            token = m.group()
            if "." in token or (m.end() < len(m.string) and m.string[m.end()] == "."):
                return token
            value = int(token.replace(",", "")) + d
            return f"{value:,}" if "," in token or value >= 10_000 else str(value)

        out.append(_NUMBER.sub(shift, p.text))
    return out


# -- the contenders, each returning an interval or None --------------------------------


def _pwstats_reader(reading: Literal["literal", "pragmatic", "lenient"]) -> Callable[[str], Any]:
    from pwstats import ParseError, parse

    def read(text: str) -> Any:
        try:
            return parse(text, reading=reading).interval
        except ParseError:
            return None

    return read


def _floor(text: str) -> Any:
    m = _NUMBER.search(text)
    if m is None:
        return None
    return int(m.group().replace(",", "").split(".")[0])


def _as_point(x: Fraction | int) -> Any:
    from pwstats import Interval

    return Interval.point(x)


def _floor_interval(text: str) -> Any:
    m = _NUMBER.search(text)
    if m is None:
        return None
    return _as_point(Fraction(m.group().replace(",", "")))


def _quantulum() -> Callable[[str], Any] | str:
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            from quantulum3 import parser  # type: ignore[import-untyped]
    except ImportError:
        return "quantulum3 not installed"

    def read(text: str) -> Any:
        found = parser.parse(text)
        return found[0] if found else None

    return read


def _quantulum_interval(q: Any) -> Any:
    from pwstats import Interval

    if q is None:
        return None
    value = Fraction(q.value)
    scale = Fraction(1, 100) if q.unit.name == "percentage" else Fraction(1)
    if q.uncertainty:
        u = Fraction(q.uncertainty)
        return Interval.closed((value - u) * scale, (value + u) * scale)
    return Interval.point(value * scale)


def _recognizers() -> Callable[[str], Any] | str:
    try:
        from recognizers_number import (  # type: ignore[import-untyped]
            Culture,
            NumberRecognizer,
        )
    except ImportError:
        return "recognizers-text-suite not installed"
    except Exception as exc:  # its dependencies break it in other ways (emoji >= 2)
        return f"recognizers-text does not import ({type(exc).__name__})"
    recognizer = NumberRecognizer(Culture.English)
    numbers = recognizer.get_number_model()
    percents = recognizer.get_percentage_model()

    def read(text: str) -> Any:
        model = percents if "%" in text or "percent" in text or "per cent" in text else numbers
        found = model.parse(text)
        return found[0] if found else None

    return read


def _recognizers_interval(r: Any) -> Any:
    if r is None:
        return None
    value = str(r.resolution.get("value", ""))
    share = value.endswith("%")
    try:
        x = Fraction(value.rstrip("%").replace(",", ""))
    except ValueError:
        return None
    return _as_point(x / 100 if share else x)


# -- the benchmark ----------------------------------------------------------------------


def accuracy(phrases: Sequence[Phrase], read: Callable[[str], Any]) -> tuple[int, list[str]]:
    """How many phrases ``read`` takes to exactly the expected interval, and the misses."""
    right = 0
    missed: list[str] = []
    for p in phrases:
        try:
            got = read(p.text)
        except Exception:  # a rival that crashes on a phrase reads it wrongly
            got = None
        if got is not None and got == p.literal:
            right += 1
        else:
            missed.append(f"{p.text!r}: got {got}, expected {p.literal}")
    return right, missed


def _compose(read: Callable[[str], Any], to_interval: Callable[[Any], Any]) -> Callable[[str], Any]:
    def go(text: str) -> Any:
        return to_interval(read(text))

    return go


def available() -> str | None:
    """None when ``pwstats.parse`` can be imported, else why not."""
    try:
        from pwstats import parse  # noqa: F401
    except Exception as exc:  # a module being written may fail in any way
        return f"pwstats.parse not available ({type(exc).__name__}: {exc})"[:120]
    return None


def _over(read: Callable[[str], object], texts: Sequence[str]) -> Callable[[], None]:
    def go() -> None:
        for t in texts:
            read(t)

    return go


def _rate_row(
    what: str, against: str, texts: Sequence[str], c: Any, *, target: bool = False
) -> Result:
    n = len(texts)
    rate = n / c.a
    verdict: Any = ("ok" if rate >= 50_000 else "MISSED") if target else ""
    return Result(
        group="parsing",
        what=what,
        pwstats=fmt_rate(rate, "phrases"),
        against=against,
        baseline=fmt_rate(n / c.b, "phrases"),
        ratio=ratio_text(c.ratio),
        target="≥ 50,000 phrases/s" if target else "",
        verdict=verdict,
        data={
            "n": n,
            "pwstats_per_s": rate,
            "baseline_per_s": n / c.b,
            "ratio": c.ratio,
            "repeats": c.repeats,
        },
    )


def run(
    *, n: int, rival_n: int, repeats: int, rivals: bool = True
) -> tuple[list[Result], dict[str, list[str]]]:
    """Throughput rows against every rival and accuracy rows; also each tool's misses.

    ``rivals=False`` leaves out quantulum3 and Recognizers-Text (they take seconds to
    load), keeping the regex floor.
    """
    phrases = load_phrases()
    why = available()
    if why is not None:
        return [not_available("parsing", "parse throughput and accuracy", why)], {}
    pw = _pwstats_reader("pragmatic")
    literal = _pwstats_reader("literal")
    texts = variants(phrases, n)
    rows = [
        _rate_row(
            f"parse {n:,} mixed phrases",
            "regex + int() floor",
            texts,
            interleaved(_over(pw, texts), _over(_floor, texts), repeats=repeats),
            target=True,
        )
    ]
    sample = texts[:rival_n]
    others: list[tuple[str, Callable[[str], Any] | str, Callable[[Any], Any]]] = []
    if rivals:
        others = [
            ("quantulum3", _quantulum(), _quantulum_interval),
            ("Recognizers-Text number model", _recognizers(), _recognizers_interval),
        ]
    for name, reader, _ in others:
        if isinstance(reader, str):
            rows.append(not_available("parsing", f"parse {rival_n:,} phrases vs {name}", reader))
            continue
        c = interleaved(_over(pw, sample), _over(reader, sample), repeats=max(1, repeats // 2))
        rows.append(_rate_row(f"parse {rival_n:,} mixed phrases", name, sample, c))

    total = len(phrases)
    right_pw, miss_pw = accuracy(phrases, literal)
    misses = {"pwstats": miss_pw}
    contenders: list[tuple[str, Callable[[str], Any] | str]] = [
        ("regex + int() floor", _floor_interval),
    ]
    for name, reader, to_interval in others:
        if isinstance(reader, str):
            contenders.append((name, reader))
        else:
            contenders.append((name, _compose(reader, to_interval)))
    for name, reader in contenders:
        what = f"accuracy on {total} phrases (literal intervals)"
        if isinstance(reader, str):
            rows.append(not_available("parsing", f"{what} vs {name}", reader))
            continue
        right, missed = accuracy(phrases, reader)
        misses[name] = missed
        rows.append(
            Result(
                group="parsing",
                what=what,
                pwstats=f"{right_pw}/{total} right",
                against=name,
                baseline=f"{right}/{total} right",
                ratio="—",
                data={"total": total, "pwstats_right": right_pw, "baseline_right": right},
            )
        )
    return rows, misses
