"""Fuzz tests: hostile text and bytes give a result or a pwstats error, never anything else.

Every entry point that reads user input — :func:`pwstats.parse`,
:func:`pwstats.extract`, :func:`pwstats.io.loads`, :func:`pwstats.load`,
:meth:`pwstats.Interval.parse` and :meth:`pwstats.DateSpan.parse` — is fed random
text, grammar-shaped text that reaches deep into the readers, random bytes and
mutated valid data files. The only exceptions allowed out are
:class:`~pwstats.PwstatsError` subclasses (and ``TypeError`` for non-``str``).

The example count follows the Hypothesis profile of ``tests/conftest.py``; set
``PWSTATS_FUZZ_EXAMPLES`` (e.g. ``20000``) to run every fuzz test that many times
by hand.
"""

from __future__ import annotations

import contextlib
import json
import os
import sys
import time
from collections.abc import Callable
from fractions import Fraction
from pathlib import Path
from typing import Any, TypeVar

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import pwstats
import pwstats.io as pio
from pwstats import (
    Dataset,
    DateSpan,
    Figure,
    Interval,
    Measure,
    PwstatsError,
    Relation,
    Source,
)
from pwstats.report import READINGS, Reading

F = TypeVar("F", bound=Callable[..., Any])

_EXAMPLES = os.environ.get("PWSTATS_FUZZ_EXAMPLES")


def fuzz(test: F) -> F:
    """Run ``test`` with PWSTATS_FUZZ_EXAMPLES examples when that is set, else the profile's."""
    if not _EXAMPLES:
        # No deadline: the first example pays for lazy imports (pint), and a shared
        # machine makes timings noisy; tests/test_adversarial.py bounds the work instead.
        return settings(deadline=None, suppress_health_check=[HealthCheck.too_slow])(test)
    return settings(
        max_examples=int(_EXAMPLES),
        deadline=None,
        suppress_health_check=list(HealthCheck),
    )(test)


# -- grammar-shaped strategies ---------------------------------------------------------

HEDGES = [
    "about", "almost", "nearly", "more than", "over", "under", "at least", "at most",
    "up to", "exactly", "roughly", "some", "around", "approx.", "c.", "~", "no fewer than",
    "just under", "well over", "in excess of", "close to", "fewer than", "not quite",
    "as many as", "upwards of", "a little over", "an estimated", "circa", "only",
]  # fmt: skip
TAILS = [
    "or more", "or so", "-odd", "plus", "+", "or fewer", "and above", "in all", "or less",
    "or thereabouts", "odd",
]  # fmt: skip
SCALES = ["k", "m", "bn", "million", "thousand", "hundred", "billion", "mln", "tn", "dozen"]
WORDS = [
    "hundreds", "thousands", "dozens", "tens of thousands", "several", "a few", "a couple of",
    "one", "two", "twenty", "ninety", "nine", "half", "a third", "quarter", "score", "zero",
    "hundreds of thousands", "several hundred", "a few thousand", "a", "an", "and", "of",
]  # fmt: skip
UNITS = [
    "%", "percent", "per cent", "pct", "people", "prisoners", "days", "weeks", "months",
    "years", "hours", "soldiers", "civilians", "out of", "in", "of", "per", "st", "th",
]  # fmt: skip
JOINERS = [
    "-", "–", "—", " to ", " and ", " or ", "/", " between ", " from ", "..", " - ", ",",
    ".", ";", " ", "", "'", '"', "(", ")", "[", "]", "{", "}", "/", ":", "+", "e",
]  # fmt: skip


@st.composite
def odd_numbers(draw: st.DrawFn) -> str:
    """Digits with odd grouping: commas, dots, spaces, apostrophes, signs, exponents."""
    head = draw(st.integers(0, 10 ** draw(st.integers(0, 40))))
    digits = str(head)
    if draw(st.booleans()):
        sep = draw(st.sampled_from([",", ".", " ", "'", "\u202f", "\u00a0", "_"]))
        size = draw(st.integers(1, 4))
        digits = sep.join(digits[i : i + size] for i in range(0, len(digits), size))
    if draw(st.booleans()):
        digits += draw(st.sampled_from([".", ",", "/"])) + str(draw(st.integers(0, 10**6)))
    prefix = draw(st.sampled_from(["", "", "+", "-", "−", "0", "00", "$", "#", "€"]))
    suffix = draw(st.sampled_from(["", "", "", "e5", "e-3", "E400", "k", "%", "th", "s", "x"]))
    return prefix + digits + suffix


def phrase_parts() -> st.SearchStrategy[str]:
    return st.one_of(
        odd_numbers(),
        st.sampled_from(HEDGES),
        st.sampled_from(TAILS),
        st.sampled_from(SCALES),
        st.sampled_from(WORDS),
        st.sampled_from(UNITS),
        st.sampled_from(JOINERS),
        st.sampled_from(["inf", "+inf", "-inf", "∞", "empty", "?", "best", "NaN", "1e999"]),
        st.text(max_size=3),
    )


@st.composite
def grammar_phrases(draw: st.DrawFn) -> str:
    """Hedges, odd numbers, scales, units and punctuation glued with and without spaces."""
    parts = draw(st.lists(phrase_parts(), min_size=1, max_size=9))
    glue = draw(st.lists(st.sampled_from([" ", " ", "", "  ", "\t", "\n"]), min_size=len(parts)))
    return "".join(p + g for p, g in zip(parts, glue, strict=False)).strip(
        draw(st.sampled_from(["", " "]))
    )


PROSE = [
    "Russia", "said", "it", "released", "248", "soldiers,", "while", "Kyiv", "said", "almost",
    "2,600", "had", "returned.", "On", "August", "7,", "2023", "more", "than", "200", "Su-25",
    "A320", "at", "10:30", "in", "2024-01-03", "the", "exchange", "of", "3", "Jan", "2024.",
    "hundreds", "of", "thousands", "(2,600)", "“over", "65,000”", "between", "1799", "and",
    "1800", "3,000–4,000", "95%", "1/3", "10", "out", "of", "1,000", "Mr.", "No.", "5",
]  # fmt: skip


def prose() -> st.SearchStrategy[str]:
    """Sentences of news words, numbers, dates, names and odd phrases."""
    return st.lists(
        st.one_of(st.sampled_from(PROSE), grammar_phrases(), st.text(max_size=4)), max_size=30
    ).map(" ".join)


NOTATION_PARTS = [
    "[", "]", "(", ")", "{", "}", ",", ", ", " ", "inf", "+inf", "-inf", "∞", "-∞", "+∞",
    "0", "1", "2500", "2600", "-5", "1/3", "5/0", "0.5", ".5", "5.", "1e3", "1_000",
    "2,600", "empty", "∅", "nan", "−3", "١٢", "0x10", "/", "-", "+", "99999999999999999999",
    "1/0", "00", "+-1", "inf/2", "3 ", "\t",
]  # fmt: skip


END_PARTS = [
    "0", "1", "-1", "2500", "2600", "1/3", "-5/2", "0.5", "2.50", "-inf", "+inf", "inf", "∞",
    "-0", "007", "1/0", "99999999999999999999999", "0.000000000000000000001", "5.", ".5",
]  # fmt: skip


def near_notation() -> st.SearchStrategy[str]:
    """Text built from interval-notation pieces: almost valid, and valid with odd ends."""
    ends = st.one_of(
        st.sampled_from(END_PARTS),
        st.integers(-(10**40), 10**40).map(str),
        st.fractions().map(str),
        st.decimals(allow_nan=False, allow_infinity=False).map(str),
    )
    return st.one_of(
        st.lists(st.sampled_from(NOTATION_PARTS), max_size=8).map("".join),
        st.builds(
            lambda left, a, sep, b, right: f"{left}{a}{sep}{b}{right}",
            st.sampled_from(["[", "(", " [", "( "]),
            ends,
            st.sampled_from([", ", ",", " , ", ";", " "]),
            ends,
            st.sampled_from(["]", ")", "] ", " )"]),
        ),
    )


DATE_PARTS = [
    "2023", "2024", "0000", "0001", "9999", "10000", "-", "/", "02", "13", "00", "29", "30",
    "31", "1", "12", "W01", "T", " ", "Z", "+", "٢٠٢٣", "2023-", "-01", "99999999999",
]  # fmt: skip


def near_dates() -> st.SearchStrategy[str]:
    return st.lists(st.sampled_from(DATE_PARTS), max_size=7).map("".join)


# -- a small data set, and byte mutations of its files ---------------------------------


def small_dataset() -> Dataset:
    """Every kind of record once: sources, measures, figures of each way, relations."""
    src = Source(
        name="Ombudsman",
        role="Commissioner",
        affiliation="Ukraine",
        via=("Reuters", "BBC"),
        url="https://example.org/a",
        published="2024-01-03",
        quote="exactly 230",
    )
    measures = [
        Measure(id="released", label="released on 3 Jan", kind="event"),
        Measure(id="held", label="held", kind="level"),
        Measure(id="held_mil", label="held, military"),
        Measure(id="held_civ", label="held, civilians"),
        Measure(id="returned", label="returned since 2022", kind="cumulative"),
        Measure(id="share", label="share covered", unit="dimensionless"),
    ]
    figures = [
        Figure(id="f1", measure="released", value="exactly 230", source=src),
        Figure(id="f2", measure="released", value=Interval.more_than(230), as_of="2024-01-03"),
        Figure(id="f3", measure="held", low=3000, best=28000, high=65000, as_of="2023-12"),
        Figure(id="f4", measure="held_mil", value=3000, as_of="2023-12", note='a note, "q"'),
        Figure(id="f5", measure="returned", value="almost 2,600", as_of="2023-12-01/2023-12-31"),
    ]
    relations = [
        Relation.le("held_mil", "held", offset=5),
        Relation.sum("held", ["held_mil", "held_civ"], complete=False),
        Relation.share("held_mil", "held", Fraction(3, 10)),
        Relation.accumulates("returned", ["released"]),
    ]
    return Dataset(measures=measures, figures=figures, relations=relations)


VALID: dict[pio.Format, bytes] = {
    fmt: pio.dumps(small_dataset(), format=fmt).encode("utf-8") for fmt in pio.FORMATS
}


@st.composite
def mutated(draw: st.DrawFn, data: bytes) -> bytes:
    """``data`` with a few bytes flipped, inserted, deleted or spans duplicated."""
    out = bytearray(data)
    for _ in range(draw(st.integers(1, 6))):
        op = draw(st.sampled_from(["flip", "insert", "delete", "dup", "truncate", "set"]))
        if not out:
            out += draw(st.binary(min_size=1, max_size=4))
            continue
        i = draw(st.integers(0, len(out) - 1))
        if op == "flip":
            out[i] ^= 1 << draw(st.integers(0, 7))
        elif op == "set":
            out[i] = draw(st.sampled_from(b'"[]{},=\n\r\\#:-.0123456789 \x00\xff\xc3'))
        elif op == "insert":
            out[i:i] = draw(
                st.one_of(
                    st.binary(min_size=1, max_size=8),
                    st.sampled_from(
                        [
                            b'"',
                            b"[[",
                            b"]]",
                            b"{",
                            b"}",
                            b",",
                            b"\n",
                            b"=",
                            b"1e999",
                            b"-1",
                            b"nan",
                            b"inf",
                            b"\\u0000",
                            b"\\ud800",
                            b"\xef\xbb\xbf",
                            b"\r\n",
                            b"9" * 400,
                            b"0." + b"0" * 1200 + b"1",
                            b"[" * 50,
                            b"[" * 50_000,  # a list cell deeper than the recursion limit
                            b"1/" + str(2**5000).encode(),  # finer than the number limit
                            b"1.7e308",  # within the limit, but a sum of two is not
                            "٢٨٢٨".encode(),  # Arabic-Indic digits, which int() would read
                        ]
                    ),
                )
            )
        elif op == "delete":
            j = draw(st.integers(i, min(len(out), i + 16)))
            del out[i:j]
        elif op == "dup":
            j = draw(st.integers(i, min(len(out), i + 200)))
            out[j:j] = out[i:j]
        else:
            del out[i:]
    return bytes(out)


def check_loads(raw: bytes, fmt: pio.Format) -> None:
    """loads() of ``raw`` decoded leniently returns a Dataset or raises a PwstatsError;
    a data set it returns round-trips through every format and reconciles."""
    text = raw.decode("utf-8", errors="replace")
    try:
        data = pio.loads(text, format=fmt, name=f"fuzz.{fmt}")
    except PwstatsError:
        return
    assert isinstance(data, Dataset)
    check_round_trip(data)
    check_reconciles(data)


def check_round_trip(data: Dataset) -> None:
    """Whatever was loaded (or made) and can be written is read back equal in every format."""
    for fmt in pio.FORMATS:
        try:
            text = pio.dumps(data, format=fmt)
        except pwstats.DatasetErrors:  # words load would refuse: refused here too
            return
        assert pio.loads(text, format=fmt) == data, fmt


def check_reconciles(data: Dataset) -> None:
    """reconcile() gives a report or a PwstatsError (never OverflowError, RecursionError)."""
    with contextlib.suppress(PwstatsError):
        pwstats.reconcile(data)


def check_load(raw: bytes, fmt: str, folder: Path) -> None:
    """load() of a file holding ``raw`` returns a Dataset or raises located DatasetErrors."""
    path = folder / f"fuzz.{fmt}"
    path.write_bytes(raw)
    try:
        data = pwstats.load(path)
    except pwstats.DatasetErrors as group:
        for problem in group.exceptions:
            assert isinstance(problem, pwstats.DatasetError)
            assert problem.file == str(path)
            assert str(problem)
        return
    assert isinstance(data, Dataset)


# -- parse -----------------------------------------------------------------------------


def check_parse(
    text: str, reading: Reading, locale: str = "en", *, nonnegative: bool = True
) -> None:
    """parse() returns an Amount whose interval is not empty, or raises ParseError."""
    try:
        amount = pwstats.parse(
            text,
            reading=reading,
            locale=locale,  # type: ignore[arg-type]
            nonnegative=nonnegative,
        )
    except pwstats.ParseError as exc:
        position = exc.position
    else:
        assert isinstance(amount, pwstats.Amount)
        assert not amount.interval.is_empty
        assert amount.text == text
        return
    assert position is None or 0 <= position <= len(text)


@fuzz
@given(st.text(), st.sampled_from(READINGS))
def test_parse_of_any_text_gives_an_amount_or_a_parse_error(text: str, reading: Reading) -> None:
    """parse() of arbitrary text returns a non-empty Amount or raises a located ParseError."""
    check_parse(text, reading)


@fuzz
@given(
    grammar_phrases(),
    st.sampled_from(READINGS),
    st.sampled_from(["en", "eu"]),
    st.booleans(),
)
def test_parse_of_figure_shaped_text_gives_an_amount_or_a_parse_error(
    text: str, reading: Reading, locale: str, nonnegative: bool
) -> None:
    """parse() of text glued from hedges, odd numbers, scales and units never fails otherwise."""
    check_parse(text, reading, locale, nonnegative=nonnegative)


@fuzz
@given(st.one_of(st.integers(), st.binary(), st.none(), st.lists(st.text(max_size=3))))
def test_parse_of_a_non_str_is_a_type_error(value: object) -> None:
    """parse(), extract() and both notation readers refuse a non-str with TypeError."""
    readers: list[Callable[[Any], object]] = [
        pwstats.parse,
        pwstats.extract,
        Interval.parse,
        DateSpan.parse,
    ]
    for reader in readers:
        with pytest.raises(TypeError):
            reader(value)


# -- extract ---------------------------------------------------------------------------


def check_extract(text: str, reading: Reading = "pragmatic", locale: str = "en") -> None:
    """extract() never raises; its mentions are ordered, disjoint and slice to their text."""
    mentions = pwstats.extract(text, reading=reading, locale=locale)  # type: ignore[arg-type]
    previous_end = 0
    for m in mentions:
        start, end = m.span
        assert previous_end <= start < end <= len(text)
        assert text[start:end] == m.text
        assert m.amount.text == m.text
        assert not m.amount.interval.is_empty
        previous_end = end


@fuzz
@given(st.text(), st.sampled_from(READINGS))
def test_extract_of_any_text_gives_mentions_that_slice_the_text(
    text: str, reading: Reading
) -> None:
    """extract() of arbitrary text never raises, and each span slices the text to its words."""
    check_extract(text, reading)


@fuzz
@given(prose(), st.sampled_from(READINGS), st.sampled_from(["en", "eu"]))
def test_extract_of_prose_gives_mentions_that_slice_the_text(
    text: str, reading: Reading, locale: str
) -> None:
    """extract() of news-like prose never raises, and each span slices the text to its words."""
    check_extract(text, reading, locale)


# -- loads / load ----------------------------------------------------------------------


@fuzz
@given(st.binary(max_size=400), st.sampled_from(pio.FORMATS))
def test_loads_of_random_bytes_gives_a_dataset_or_a_pwstats_error(
    raw: bytes, fmt: pio.Format
) -> None:
    """loads() of random bytes (decoded leniently) returns a Dataset or raises a PwstatsError."""
    check_loads(raw, fmt)


@fuzz
@given(st.data(), st.sampled_from(pio.FORMATS))
def test_loads_of_a_mutated_file_gives_a_dataset_or_a_pwstats_error(
    data: st.DataObject, fmt: pio.Format
) -> None:
    """loads() of a valid dump with bytes flipped, inserted or deleted never fails otherwise."""
    check_loads(data.draw(mutated(VALID[fmt])), fmt)


@fuzz
@given(st.data(), st.sampled_from(pio.FORMATS))
def test_load_of_a_mutated_file_gives_a_dataset_or_located_errors(
    tmp_path_factory: pytest.TempPathFactory, data: st.DataObject, fmt: pio.Format
) -> None:
    """load() of a mutated file on disk returns a Dataset or DatasetErrors naming that file."""
    raw = data.draw(st.one_of(mutated(VALID[fmt]), st.binary(max_size=200)))
    check_load(raw, fmt, tmp_path_factory.mktemp("fuzz"))


def test_the_valid_files_the_mutations_start_from_load() -> None:
    """Each unmutated dump loads back to the small data set, so mutations start from valid input."""
    for fmt, raw in VALID.items():
        assert pio.loads(raw.decode("utf-8"), format=fmt) == small_dataset()


# -- Interval.parse and DateSpan.parse -------------------------------------------------


def check_interval(text: str) -> None:
    """Interval.parse() returns an interval whose str() reads back to it, or a ParseError."""
    try:
        iv = Interval.parse(text)
    except pwstats.ParseError:
        return
    assert Interval.parse(str(iv)) == iv


@fuzz
@given(st.one_of(st.text(), near_notation()))
def test_interval_parse_gives_an_interval_or_a_parse_error(text: str) -> None:
    """Interval.parse() of any text or near-notation reads back exactly or raises ParseError."""
    check_interval(text)


def check_dates(text: str) -> None:
    """DateSpan.parse() returns a span whose str() reads back to it, or a ParseError."""
    try:
        span = DateSpan.parse(text)
    except pwstats.ParseError:
        return
    assert span.start <= span.end
    assert DateSpan.parse(str(span)) == span


@fuzz
@given(st.one_of(st.text(), near_dates()))
def test_datespan_parse_gives_a_span_or_a_parse_error(text: str) -> None:
    """DateSpan.parse() of any text or near-ISO text reads back exactly or raises ParseError."""
    check_dates(text)


# -- classes of issue 15: duplicate keys, the number limit, huge numbers, digits ----------


def _json_with_a_key_twice(tree: Any, path: list[int], out: list[str]) -> None:
    """Write ``tree`` as JSON, giving the key that ``path`` picks twice (first a stale value)."""
    if isinstance(tree, dict):
        items = list(tree.items())
        pick = path[0] % len(items) if path and items else None
        parts = []
        for i, (key, value) in enumerate(items):
            inner: list[str] = []
            _json_with_a_key_twice(value, path[1:] if i == pick else [], inner)
            if i == pick and len(path) == 1:
                parts.append(f"{json.dumps(key)}: {json.dumps(value, default=str)}")
                parts.append(f"{json.dumps(key)}: {json.dumps([] if value else 0)}")
            else:
                parts.append(f"{json.dumps(key)}: {''.join(inner)}")
        out.append("{" + ", ".join(parts) + "}")
    elif isinstance(tree, list):
        inner_parts = []
        for i, value in enumerate(tree):
            inner = []
            _json_with_a_key_twice(
                value, path[1:] if path and i == path[0] % len(tree) else [], inner
            )
            inner_parts.append("".join(inner))
        out.append("[" + ", ".join(inner_parts) + "]")
    else:
        out.append(json.dumps(tree, default=str))


@fuzz
@given(st.lists(st.integers(0, 50), min_size=1, max_size=4))
def test_a_json_key_given_twice_anywhere_is_refused(path: list[int]) -> None:
    """Any object key given twice, at any depth, is a DatasetError: JSON keeps only the last."""
    tree = json.loads(VALID["json"])
    out: list[str] = []
    _json_with_a_key_twice(tree, path, out)
    text = "".join(out)
    if text == json.dumps(tree):  # the path picked no key (it ran into a scalar)
        return
    with pytest.raises(pwstats.DatasetErrors) as caught:
        pio.loads(text, format="json")
    assert any("given twice" in str(e) for e in caught.value.exceptions)


#: CPU seconds after which one example counts as hanging (each takes well under one).
HANG_SECONDS = 30.0

#: Numbers near both edges of the limit: the largest double and its neighbours, and
#: fractions as fine as 2^-3000 (with shares, these once made reconcile crawl for minutes).
EDGE_NUMBERS = st.sampled_from(
    [
        int(1.7e308),
        int(sys.float_info.max),
        -int(sys.float_info.max),
        10**300,
        1,
        0,
        Fraction(1, 2**3000),
        Fraction(-3, 2**3000 + 1),
        Fraction(10**300 + 1, 10**999),
    ]
)


@st.composite
def huge_datasets(draw: st.DrawFn) -> Dataset:
    """Four signed measures with a sum, a share and an order, and figures near the limit.

    The share's figures are any numbers near the limit too, not only shares in [0, 1].
    """
    measures = [Measure(id=i, label=i, unit="dimensionless", nonnegative=False) for i in "abts"]
    figures = []
    for i, m in enumerate(draw(st.lists(st.sampled_from("abts"), min_size=1, max_size=5))):
        lo = draw(EDGE_NUMBERS)
        hi = draw(st.one_of(st.none(), EDGE_NUMBERS))
        value = Interval.point(lo) if hi is None or hi < lo else Interval.closed(lo, hi)
        figures.append(Figure(id=f"f{i}", measure=m, value=value, as_of="2024"))
    relations = [
        Relation.sum("t", ["a", "b"]),
        Relation.share("a", "t", "s"),
        Relation.le("a", "t", offset=draw(EDGE_NUMBERS)),
    ]
    return Dataset(measures=measures, figures=figures, relations=relations)


@fuzz
@given(huge_datasets())
def test_huge_numbers_within_the_limit_reconcile_bound_and_round_trip(data: Dataset) -> None:
    """Figures near the limit never overflow or crawl: reconcile, bound and files all work.

    The time limit is a hang detector (a share of 2^-3000 once took two minutes), not
    a speed target.
    """
    start = time.process_time()
    check_reconciles(data)
    for m in "abts":
        with contextlib.suppress(PwstatsError):
            pwstats.bound(data, m, at="2024")
    assert time.process_time() - start < HANG_SECONDS
    check_round_trip(data)


@fuzz
@given(
    st.text(alphabet="0123456789٠١٢٣٤٥٦٧٨٩۰۱۲۳४५६-./", min_size=1, max_size=12).filter(
        lambda t: any(c.isdigit() and not c.isascii() for c in t)
    ),
    st.sampled_from(["number", "as_of", "low", "interval"]),
)
def test_non_ascii_digits_are_refused_in_numbers_and_dates(text: str, column: str) -> None:
    """Data-file numbers and dates take ASCII digits only, as parse does."""
    cells = {"number": "1", "as_of": "2024", "low": "", "interval": ""}
    if column == "interval":
        cells["number"] = ""
        text = f"[{text}, 1]"
    elif column == "low":
        cells["number"] = ""
    cells[column] = text
    header = "id,measure,measure_label," + ",".join(cells)
    row = "f,m,m," + ",".join(json.dumps(v) if "," in v else v for v in cells.values())
    with pytest.raises(pwstats.DatasetErrors):
        pio.loads(f"{header}\n{row}\n", format="csv")


@fuzz
@given(st.lists(grammar_phrases(), min_size=1, max_size=4))
def test_a_data_set_of_any_words_dumps_only_what_loads_back(words: list[str]) -> None:
    """Dataset(...) of any phrasing: dump refuses it, or load reads it back equal."""
    figures = [
        Figure(id=f"f{i}", measure="m", value=w, as_of="2024")
        for i, w in enumerate(words)
        if w.strip()
    ]
    try:
        data = Dataset(measures=[Measure(id="m", label="m")], figures=figures)
    except PwstatsError:
        return
    check_round_trip(data)
