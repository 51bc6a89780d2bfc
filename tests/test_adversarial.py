"""Bounded work: inputs built to make pwstats hang or blow up finish quickly and correctly.

Each test would hang, or take minutes, if some piece of work were not bounded:
long phrases, files that grow, and relation networks with negative cycles, huge
ends, long chains and cycles of complete sums. Time limits are generous — a hang
or a quadratic blow-up is the failure mode, not a slow machine — and every
network also has to give the right verdict: a conflict where the figures and
relations cannot all hold, none where they can.
"""

from __future__ import annotations

import gc
import math
import sys
import time
from collections.abc import Callable, Sequence
from fractions import Fraction
from pathlib import Path
from typing import Any

import pytest

import pwstats
import pwstats.io as pio
from pwstats import Dataset, Figure, Interval, Measure, Relation, reconcile
from pwstats.report import Report

#: Seconds any single bounded operation may take. This is a hang detector, not a speed
#: target (speed is measured by bench/run.py): each operation takes well under a second
#: on an idle machine, and the limit leaves room for a loaded, shared one.
LIMIT = 30.0


def timed(call: Callable[[], Any]) -> tuple[Any, float]:
    """Run ``call``; return what it returned (or raised, as an exception value) and the time."""
    start = time.perf_counter()
    try:
        result: Any = call()
    except pwstats.PwstatsError as exc:
        result = exc
    return result, time.perf_counter() - start


def fastest(call: Callable[[], Any], *, repeat: int = 3) -> float:
    """The least CPU time of ``repeat`` runs of ``call``, with the garbage collector paused.

    Other processes on the machine do not count, the least of several runs is the
    least noisy, and the cyclic collector's passes (which grow with the heap) do
    not blur the growth of the work itself.
    """
    times = []
    for _ in range(repeat):
        gc.collect()
        gc.disable()
        try:
            start = time.process_time()
            call()
            times.append(time.process_time() - start)
        finally:
            gc.enable()
    return min(times)


def growth(small: Callable[[], Any], large: Callable[[], Any], *, attempts: int = 3) -> float:
    """How many times longer ``large`` takes than ``small``: the least of a few measurements.

    It stops at the first ratio under 20: noise rarely inflates three ratios in a
    row, while quadratic work (about 100 for tenfold input) never gets under.
    """
    best = math.inf
    for _ in range(attempts):
        best = min(best, fastest(large, repeat=2) / fastest(small, repeat=5))
        if best < 20:
            break
    return best


# -- long phrases ----------------------------------------------------------------------

LONG_PHRASES = {
    "prose": "Russia said it released 248 soldiers, while Kyiv said almost 2,600 returned. ",
    "digits": "1",
    "grouped digits": "1,",
    "hedges without numbers": "more than ",
    "hedged numbers": "about 2,600 ",
    "open brackets": "(",
    "ranges": "between 1 and ",
    "number words": "twenty one hundred and ",
    "scales": "1 million ",
    "numeric dates": "2024-01-03 ",
    "day-month dates": "7 August 2023, ",
    "times": "12:30 ",
    "fractions": "1/3 of ",
    "vague words": "hundreds of thousands of ",
    "quotes": "“over 65,000” ",
    "whitespace": " \n\t",
    "hedges after nouns": "300 people at least partly, ",
    "nouns and hedges without numbers": "people at least people or more ",
    "negated and stacked hedges": "not even at least about 300 ",
    "misspelt hedges": "arround aproximately more tahn ",
}


def _long(piece: str, size: int = 100_000) -> str:
    return (piece * (size // len(piece) + 1))[:size]


@pytest.mark.parametrize("piece", LONG_PHRASES.values(), ids=LONG_PHRASES.keys())
def test_a_100000_character_phrase_is_refused_or_read_quickly(piece: str) -> None:
    """parse() of 100,000 characters of any pattern returns or raises ParseError in time."""
    text = _long(piece)
    result, seconds = timed(lambda: pwstats.parse(text))
    assert isinstance(result, (pwstats.Amount, pwstats.ParseError))
    assert seconds < LIMIT


@pytest.mark.parametrize("piece", LONG_PHRASES.values(), ids=LONG_PHRASES.keys())
def test_a_100000_character_text_is_extracted_quickly(piece: str) -> None:
    """extract() of 100,000 characters of any pattern returns its mentions within the limit."""
    text = _long(piece)
    mentions, seconds = timed(lambda: pwstats.extract(text))
    assert isinstance(mentions, list)
    assert all(text[m.span[0] : m.span[1]] == m.text for m in mentions)
    assert seconds < LIMIT


def test_extract_of_a_text_full_of_numeric_dates_is_linear() -> None:
    """Ten times as many ISO dates take at most about ten times as long to scan, not a hundred.

    Regression: each token was checked against every numeric-date span of the
    text, so 9,000 dates ("2024-01-03 " repeated) took over 30 seconds.
    """
    small, large = _long("2024-01-03 ", 10_000), _long("2024-01-03 ", 100_000)
    assert pwstats.extract(large) == []
    ratio = growth(lambda: pwstats.extract(small), lambda: pwstats.extract(large))
    assert ratio < 20, f"10x the dates took {ratio:.1f}x the time"


def test_parse_near_its_length_limit_is_quick_for_every_pattern() -> None:
    """parse() of just under its character limit, for each pattern, answers within the limit."""
    from pwstats.parse import MAX_TEXT

    start = time.perf_counter()
    for piece in LONG_PHRASES.values():
        text = _long(piece, MAX_TEXT - 1)
        result, _ = timed(lambda text=text: pwstats.parse(text))  # type: ignore[misc]
        assert isinstance(result, (pwstats.Amount, pwstats.ParseError))
    assert time.perf_counter() - start < LIMIT


# -- files that grow -------------------------------------------------------------------


def _growing(n: int) -> Dataset:
    """``n`` figures on ``n // 5`` measures in a chain of ``le`` relations, words and numbers."""
    measures = [Measure(id=f"m{i}", label=f"measure {i}", kind="event") for i in range(n // 5)]
    figures = [
        Figure(
            id=f"f{i}",
            measure=f"m{i // 5}",
            value="about 2,600" if i % 2 else i,
            as_of="2024-01-03",
            note=f"note {i}",
        )
        for i in range(n)
    ]
    relations = [Relation.le(f"m{i}", f"m{i + 1}") for i in range(n // 5 - 1)]
    return Dataset(measures=measures, figures=figures, relations=relations)


@pytest.mark.parametrize("fmt", pio.FORMATS)
def test_loading_a_file_ten_times_larger_takes_at_most_about_ten_times_longer(
    tmp_path: Path, fmt: str
) -> None:
    """load() time grows linearly with the file: 10× the figures take well under 20× the time."""
    small, large = tmp_path / f"small.{fmt}", tmp_path / f"large.{fmt}"
    pio.dump(_growing(150), small)
    pio.dump(_growing(1500), large)
    assert large.stat().st_size > 9 * small.stat().st_size
    assert len(pwstats.load(large).figures) == 1500
    ratio = growth(lambda: pwstats.load(small), lambda: pwstats.load(large))
    assert ratio < 20, f"10x the file took {ratio:.1f}x the time"


def test_a_csv_header_with_many_repeated_columns_is_read_in_linear_time() -> None:
    """A CSV header of 100,000 repeated columns is reported, one problem each, within the limit.

    Regression: each column was looked up in the slice of columns before it,
    which took over 20 seconds for 100,000 columns.
    """
    text = "id," * 100_000 + "\n" + "x," * 100_000 + "\n"
    result, seconds = timed(lambda: pio.loads(text, format="csv", name="wide.csv"))
    assert isinstance(result, pwstats.DatasetErrors)
    assert len(result.exceptions) == 99_999
    assert all("appears twice" in str(e) for e in result.exceptions)
    assert seconds < LIMIT


HOSTILE_FILES = {
    "deep json arrays": ("json", "[" * 100_000),
    "deep json objects": ("json", '{"a":' * 100_000),
    "deep toml arrays": ("toml", "a = " + "[" * 100_000),
    "deep toml tables": ("toml", "a = " + "{b = " * 100_000),
    "a key of a million letters": ("toml", "a" * 1_000_000 + " = 1\n"),
    "a giant csv cell": ("csv", 'record,id,measure,value\nfigure,f,m,"' + "x" * 1_000_000 + '"\n'),
    "an unclosed csv quote": ("csv", '"' * 100_001),
    "a huge exponent": (
        "json",
        '{"measures": [{"id": "m", "label": "m"}], "figures": [{"id": "f", "measure": "m",'
        ' "number": 1e999999999, "as_of": "2024"}]}',
    ),
    "a tiny exponent": (
        "toml",
        '[[measures]]\nid = "m"\nlabel = "m"\n[[figures]]\nid = "f"\nmeasure = "m"\n'
        'number = 1e-999999999\nas_of = "2024"\n',
    ),
    "a 100,000-digit number": (
        "json",
        '{"measures": [{"id": "m", "label": "m"}], "figures": [{"id": "f", "measure": "m",'
        ' "number": ' + "9" * 100_000 + ', "as_of": "2024"}]}',
    ),
}


@pytest.mark.parametrize(("fmt", "text"), HOSTILE_FILES.values(), ids=HOSTILE_FILES.keys())
def test_hostile_files_are_refused_quickly_with_located_errors(fmt: pio.Format, text: str) -> None:
    """Deep nesting, giant keys, cells, exponents and numbers give DatasetErrors in time."""
    result, seconds = timed(lambda: pio.loads(text, format=fmt, name=f"bad.{fmt}"))
    assert isinstance(result, pwstats.DatasetErrors)
    assert all(
        isinstance(e, pwstats.DatasetError) and e.file == f"bad.{fmt}" for e in result.exceptions
    )
    assert seconds < LIMIT


# -- propagation over adversarial relations --------------------------------------------


def _events(n: int, figures: Sequence[tuple[str, Any]], relations: Sequence[Relation]) -> Dataset:
    """Event measures ``m0`` … ``m{n-1}`` with ``figures`` (measure, value) and ``relations``."""
    measures = [Measure(id=f"m{i}", label=f"m{i}", kind="event") for i in range(n)]
    made = [
        Figure(id=f"f{k}", measure=measure, value=value, as_of="2024-01-03")
        for k, (measure, value) in enumerate(figures)
    ]
    return Dataset(measures=measures, figures=made, relations=relations)


def _verdict(data: Dataset) -> tuple[Report, set[str]]:
    """Reconcile ``data`` within the limit; return the report and its set of statuses.

    A derived finding (a total no figure states) counts as consistent here.
    """
    report, seconds = timed(lambda: reconcile(data))
    assert isinstance(report, Report), report
    assert seconds < LIMIT
    placed = [f.id for finding in report.findings for f in finding.figures]
    assert sorted(placed) == sorted(f.id for f in data.figures)  # nothing is lost
    return report, {
        "consistent" if finding.status == "derived" else finding.status
        for finding in report.findings
    }


def _contradicts(report: Report) -> bool:
    """True when some finding is a contradiction with at least one conflict spelled out."""
    return any(f.status == "contradiction" and f.conflicts for f in report.findings)


TRILLION = 10**12


def test_a_negative_two_cycle_near_a_trillion_is_a_contradiction() -> None:
    """a ≤ b and b ≤ a − 1 with both figures in [0, 10^12] is reported as a conflict, not looped."""
    data = _events(
        2,
        [("m0", Interval.closed(0, TRILLION)), ("m1", Interval.closed(0, TRILLION))],
        [Relation.le("m0", "m1"), Relation.le("m1", "m0", offset=-1)],
    )
    report, _ = _verdict(data)
    assert _contradicts(report)


def test_a_negative_two_cycle_with_unbounded_figures_is_a_contradiction() -> None:
    """a ≤ b − 1 and b ≤ a − 1 with figures 'at least 10^30' stops and reports a conflict."""
    data = _events(
        2,
        [("m0", Interval.at_least(10**30)), ("m1", Interval.at_least(10**30))],
        [Relation.le("m0", "m1", offset=-1), Relation.le("m1", "m0", offset=-1)],
    )
    report, _ = _verdict(data)
    assert _contradicts(report)


def _cycle(n: int, offsets: Sequence[int]) -> list[Relation]:
    return [Relation.le(f"m{i}", f"m{(i + 1) % n}", offset=offsets[i]) for i in range(n)]


def test_a_cycle_of_1000_inequalities_with_a_negative_total_offset_is_a_contradiction() -> None:
    """m0 ≤ m1 − 1 ≤ … ≤ m0 − 1 around 1,000 measures cannot hold, and says so within the limit."""
    n = 1000
    data = _events(n, [("m0", Interval.closed(0, TRILLION))], _cycle(n, [-1] + [0] * (n - 1)))
    report, _ = _verdict(data)
    assert _contradicts(report)


def test_a_cycle_of_1000_inequalities_with_slack_is_consistent() -> None:
    """m_i ≤ m_{i+1} + 1 around 1,000 measures with one figure of 5 holds, with no conflict."""
    n = 1000
    data = _events(n, [("m0", 5), ("m500", 5)], _cycle(n, [1] * n))
    _, statuses = _verdict(data)
    assert statuses == {"consistent"}


def test_a_cycle_of_1000_inequalities_with_zero_offsets_forces_equality() -> None:
    """A zero-offset cycle of 1,000 makes all equal: 5 and 6 on it conflict, 5 and 5 do not."""
    n = 1000
    offsets = [0] * n
    clash, _ = _verdict(_events(n, [("m0", 5), ("m700", 6)], _cycle(n, offsets)))
    _, agree = _verdict(_events(n, [("m0", 5), ("m700", 5)], _cycle(n, offsets)))
    assert _contradicts(clash)
    assert agree == {"consistent"}


def _sum_chain(n: int, top: int) -> Dataset:
    """t_{i+1} = t_i + p_i for 2,000 steps, t_0 = 5, each p_i = 1, and t_n = ``top``."""
    measures = [Measure(id=f"t{i}", label=f"t{i}", kind="event") for i in range(n + 1)]
    measures += [Measure(id=f"p{i}", label=f"p{i}", kind="event") for i in range(n)]
    figures = [Figure(id="start", measure="t0", value=5, as_of="2024")]
    figures += [Figure(id=f"g{i}", measure=f"p{i}", value=1, as_of="2024") for i in range(n)]
    figures += [Figure(id="top", measure=f"t{n}", value=top, as_of="2024")]
    relations = [Relation.sum(f"t{i + 1}", [f"t{i}", f"p{i}"]) for i in range(n)]
    return Dataset(measures=measures, figures=figures, relations=relations)


def test_thousands_of_measures_chained_by_sums_settle_with_the_right_verdict() -> None:
    """A chain of 2,000 complete sums adds up exactly: the true total agrees, one less conflicts."""
    n = 2000
    _, right = _verdict(_sum_chain(n, 5 + n))
    report, _ = _verdict(_sum_chain(n, 4 + n))
    assert right == {"consistent"}
    assert _contradicts(report)
    (top,) = [f for f in report.findings if [g.id for g in f.figures] == ["top"]]
    assert top.status == "contradiction"


def test_huge_ends_are_exact_in_sums() -> None:
    """Sums of figures near 10^30 are exact: one unit past the largest total is a conflict."""
    e = 10**30
    parts = [("m0", Interval.closed(e, e + 5)), ("m1", Interval.closed(e, 2 * e))]
    relation = [Relation.sum("m2", ["m0", "m1"])]
    _, feasible = _verdict(_events(3, [*parts, ("m2", Interval.at_least(3 * e + 5))], relation))
    report, _ = _verdict(_events(3, [*parts, ("m2", Interval.at_least(3 * e + 6))], relation))
    assert feasible == {"consistent"}
    assert _contradicts(report)
    assert str(report.findings[0].bounds) == f"[{e}, {e + 5}]"


def test_cycles_of_complete_sums_force_the_extra_parts_to_zero() -> None:
    """a = b + c and b = a + d make c = d = 0: c of 1 conflicts, c of 0 is consistent."""
    relations = [Relation.sum("m0", ["m1", "m2"]), Relation.sum("m1", ["m0", "m3"])]
    infeasible, _ = _verdict(_events(4, [("m0", 10), ("m2", 1)], relations))
    _, feasible = _verdict(_events(4, [("m0", 10), ("m2", 0)], relations))
    assert _contradicts(infeasible)
    assert feasible == {"consistent"}


def test_a_ring_of_complete_sums_with_huge_figures_stops() -> None:
    """500 sums in a ring (m_i = m_{i+1} + q_i) with figures near 10^30 settle within the limit."""
    n = 500
    measures = [Measure(id=f"m{i}", label="m", kind="event") for i in range(n)]
    measures += [Measure(id=f"q{i}", label="q", kind="event") for i in range(n)]
    relations = [Relation.sum(f"m{i}", [f"m{(i + 1) % n}", f"q{i}"]) for i in range(n)]
    figures = [
        Figure(id="big", measure="m0", value=Interval.at_least(10**30), as_of="2024"),
        Figure(id="one", measure="q7", value=1, as_of="2024"),
    ]
    data = Dataset(measures=measures, figures=figures, relations=relations)
    report, _ = _verdict(data)
    # going round the ring, m0 = m0 + Σq ≥ m0 + 1: no value works
    assert _contradicts(report)


# -- extreme shares (issue 15): figures near the limit through share relations ----------

BIG = int(sys.float_info.max)
TINY = Fraction(1, 2**3000)


def _signed(
    figures: Sequence[tuple[str, Interval]], offset: int | Fraction, *, share: Interval
) -> Dataset:
    """t = a + b, a = s × t and a ≤ t + offset over signed measures, with a share figure."""
    measures = [Measure(id=i, label=i, unit="dimensionless", nonnegative=False) for i in "abts"]
    made = [
        Figure(id=f"f{k}", measure=m, value=v, as_of="2024")
        for k, (m, v) in enumerate([*figures, ("s", share)])
    ]
    relations = [
        Relation.sum("t", ["a", "b"]),
        Relation.share("a", "t", "s"),
        Relation.le("a", "t", offset=offset),
    ]
    return Dataset(measures=measures, figures=made, relations=relations)


#: Data sets an attack found taking 10 to 130 s each to reconcile (issue 15).
EXTREME_SHARES = {
    "a share of at most 2^-3000": _signed(
        [("t", Interval.closed(TINY, 10**300)), ("b", Interval.point(Fraction(3, 2**3000 + 1)))],
        TINY,
        share=Interval.closed(0, TINY),
    ),
    "parts near 1.8e308 and a tiny share": _signed(
        [
            ("b", Interval.point(int(1.7e308))),
            ("b", Interval.point(BIG)),
            ("a", Interval.point(TINY)),
        ],
        BIG,
        share=Interval.point(Fraction(3, 2**3000 + 1)),
    ),
    "a share up to 1.8e308": _signed(
        [("t", Interval.closed(0, 10**300)), ("b", Interval.closed(10**300, BIG))],
        int(1.7e308),
        share=Interval.closed(TINY, BIG),
    ),
}


@pytest.mark.parametrize("data", EXTREME_SHARES.values(), ids=EXTREME_SHARES.keys())
def test_shares_of_extreme_magnitudes_reconcile_bound_and_check_quickly(data: Dataset) -> None:
    """Figures near 1.8e308 or 2^-3000 through shares finish reconcile and bound in time."""
    _verdict(data)
    for m in "abts":
        result, seconds = timed(lambda m=m: pwstats.bound(data, m, at="2024"))
        assert seconds < LIMIT
        assert isinstance(result, pwstats.Bound), result


def test_an_extreme_share_keeps_the_exact_answer_in_its_bounds() -> None:
    """t = a + b, a = s × t, s = 2^-3000, b = 1: t's bound holds 1/(1 − s) within 2^-6000."""
    s = Fraction(1, 2**3000)
    figures = [("b", Interval.point(1)), ("t", Interval.closed(0, 10))]
    data = _signed(figures, 1, share=Interval.point(s))
    bound = pwstats.bound(data, "t", at="2024")
    assert 1 / (1 - s) in bound.interval
    assert bound.interval.hi - bound.interval.lo <= Fraction(1, 2**6000)


def _ring_of_shares(n: int, ratio: Interval, first: Interval) -> Dataset:
    measures = [Measure(id=f"m{i}", label="m", unit="dimensionless") for i in range(n)]
    measures.append(Measure(id="r", label="ratio", unit="dimensionless"))
    relations = [Relation.share(f"m{i}", f"m{(i + 1) % n}", "r") for i in range(n)]
    figures = [
        Figure(id="first", measure="m0", value=first, as_of="2024"),
        Figure(id="ratio", measure="r", value=ratio, as_of="2024"),
    ]
    return Dataset(measures=measures, figures=figures, relations=relations)


@pytest.mark.parametrize(
    ("ratio", "first", "holds"),
    [
        (Interval.point(TINY), Interval.point(BIG), False),
        (Interval.point(BIG), Interval.point(TINY), False),
        (Interval.closed(TINY, BIG), Interval.closed(1, BIG), True),
        (Interval.closed(Fraction(1, 3), BIG), Interval.point(TINY), True),
    ],
)
def test_a_ring_of_extreme_shares_stops_with_the_right_verdict(
    ratio: Interval, first: Interval, holds: bool
) -> None:
    """m_i = r × m_{i+1} around 20 measures holds with m0 ≠ 0 only if r can be 1; in time."""
    report, statuses = _verdict(_ring_of_shares(20, ratio, first))
    assert (statuses <= {"consistent"}) == holds
    assert _contradicts(report) != holds


# -- the command line: several problems, a directory, an empty file, Latin-1 -----------

SEVERAL_PROBLEMS = """\
[[measures]]
id = "m"
label = "held"
kind = "sometimes"

[[figures]]
id = "f1"
measure = "m"
value = "almost 2,600"
as_of = "2024-13"

[[figures]]
id = "f2"
measure = "nope"
value = "almost 2,600"
as_of = "2024"
colour = "red"
"""


def _run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, list[str]]:
    from pwstats.cli import main

    status = main(list(argv))
    out, err = capsys.readouterr()
    return status, out, err.splitlines()


@pytest.mark.parametrize("command", ["check", "reconcile"])
def test_each_problem_of_a_bad_file_is_one_located_line_on_stderr(
    capsys: pytest.CaptureFixture[str], tmp_path: Path, command: str
) -> None:
    """check/reconcile of a file with four problems exit 2, one file:line: field line each."""
    path = tmp_path / "several.toml"
    path.write_text(SEVERAL_PROBLEMS, encoding="utf-8")
    status, out, lines = _run(capsys, command, str(path))
    assert (status, out) == (2, "")
    assert lines == [
        f"pwstats {command}: {path}:4: measures.kind: unknown kind 'sometimes': expected one of"
        " level, cumulative, event, flow",
        f"pwstats {command}: {path}:10: figures.as_of: month 13 is out of range (1 to 12) in"
        " '2024-13'",
        f"pwstats {command}: {path}:14: figures.measure: unknown measure 'nope'"
        " (define it in a measures table, or on a CSV row with a measure_label column)",
        f"pwstats {command}: {path}:17: figures.colour: unknown key 'colour': a figure takes id,"
        " measure, value, number, interval, low, best, high, basis, confidence, as_of, source,"
        " quote, cites, revises, note",
    ]


def _directory(tmp_path: Path) -> Path:
    path = tmp_path / "folder.toml"
    path.mkdir()
    return path


def _empty(tmp_path: Path) -> Path:
    path = tmp_path / "empty.csv"
    path.write_bytes(b"")
    return path


def _latin1(tmp_path: Path) -> Path:
    path = tmp_path / "latin1.csv"
    path.write_bytes(
        "record,id,measure,value,as_of,measure_label\nfigure,f1,m,1,2024,café\n".encode("latin-1")
    )
    return path


UNREADABLE = {
    "a directory": (_directory, None, "is a directory"),
    "an empty file": (_empty, None, "empty file"),
    "a Latin-1 file": (_latin1, 2, "not UTF-8: byte 0xE9"),
}


@pytest.mark.parametrize("command", ["check", "reconcile"])
@pytest.mark.parametrize(("make", "line", "what"), UNREADABLE.values(), ids=UNREADABLE.keys())
def test_an_unreadable_file_is_one_line_and_exit_2(
    capsys: pytest.CaptureFixture[str],
    tmp_path: Path,
    command: str,
    make: Callable[[Path], Path],
    line: int | None,
    what: str,
) -> None:
    """A directory, an empty or a Latin-1 file exits 2 with one line naming it, no traceback."""
    path = make(tmp_path)
    status, out, lines = _run(capsys, command, str(path))
    assert (status, out) == (2, "")
    where = f"{path}:{line}: " if line is not None else f"{path}: "
    assert len(lines) == 1
    assert lines[0].startswith(f"pwstats {command}: {where}{what}")


# -- interrupted writes ----------------------------------------------------------------


def _old_file(tmp_path: Path) -> tuple[Path, bytes]:
    path = tmp_path / "data.toml"
    pio.dump(_growing(10), path)
    return path, path.read_bytes()


def test_a_failed_rename_leaves_the_old_file_and_no_temporary_file(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """When os.replace fails, dump() raises, the old file is unchanged and no temp file stays."""
    import os

    path, before = _old_file(tmp_path)

    def broken_replace(src: object, dst: object) -> None:
        raise OSError(18, "Invalid cross-device link")

    monkeypatch.setattr(os, "replace", broken_replace)
    with pytest.raises(
        pwstats.DatasetError, match=r"data\.toml: cannot write: Invalid cross-device"
    ):
        pio.dump(Dataset(), path)
    assert path.read_bytes() == before
    assert [p.name for p in tmp_path.iterdir()] == ["data.toml"]


def test_a_write_interrupted_half_way_leaves_the_old_file_and_no_temporary_file(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A KeyboardInterrupt after half the bytes are written leaves the old file whole."""
    import os

    path, before = _old_file(tmp_path)
    real_fdopen = os.fdopen

    class HalfWriter:
        def __init__(self, handle: Any) -> None:
            self.handle = handle

        def __enter__(self) -> HalfWriter:
            return self

        def __exit__(self, *exc: object) -> None:
            self.handle.close()

        def write(self, data: bytes) -> int:
            self.handle.write(data[: len(data) // 2])
            self.handle.flush()
            raise KeyboardInterrupt

        def __getattr__(self, name: str) -> Any:
            return getattr(self.handle, name)

    monkeypatch.setattr(os, "fdopen", lambda fd, mode: HalfWriter(real_fdopen(fd, mode)))
    with pytest.raises(KeyboardInterrupt):
        pio.dump(_growing(50), path)
    assert path.read_bytes() == before
    assert [p.name for p in tmp_path.iterdir()] == ["data.toml"]
    assert pwstats.load(path) == _growing(10)
