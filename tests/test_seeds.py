"""The seed data set: it loads, it is complete, and it says what the articles say.

The TOML files are read twice: by ``pwstats.seeds()`` (the library's loader) and
directly with ``tomllib``, so that a figure the loader drops or alters is caught.
"""

from __future__ import annotations

import datetime as dt
import tomllib
from collections import Counter
from pathlib import Path
from typing import Any

import pytest

import pwstats
from pwstats import Dataset, Interval, Relation, Source
from pwstats.model import Accumulates, LessEqual, Share, Sum
from pwstats.report import READINGS, Reading

SEEDS = Path(__file__).resolve().parents[1] / "seeds"
ARTICLE_FILES = sorted(p for p in SEEDS.glob("*.toml") if not p.name.startswith("00_"))


def _raw(path: Path) -> dict[str, Any]:
    with path.open("rb") as f:
        return tomllib.load(f)


RAW: dict[str, dict[str, Any]] = {p.name: _raw(p) for p in sorted(SEEDS.glob("*.toml"))}


@pytest.fixture(scope="module")
def seeds() -> Dataset:
    data = pwstats.seeds()
    assert isinstance(data, Dataset)
    return data


def _source(seeds: Dataset, figure_id: str) -> Source:
    source = seeds.figure(figure_id).source
    assert source is not None, figure_id
    return source


def _relation(seeds: Dataset, id: str) -> Relation:
    matches = [r for r in seeds.relations if r.id == id]
    assert len(matches) == 1, f"expected one relation {id!r}, found {len(matches)}"
    return matches[0]


# -- the set as a whole -------------------------------------------------------------


def test_the_five_articles_each_have_a_file() -> None:
    """There is one figure file per source article, besides the measures file."""
    assert (SEEDS / "00_measures.toml").is_file()
    assert len(ARTICLE_FILES) == 5


def test_seeds_load_every_figure_measure_and_relation(seeds: Dataset) -> None:
    """pwstats.seeds() holds exactly the figures, measures and relations in the files."""
    for kind in ("figures", "measures", "relations"):
        in_files = sorted(item["id"] for raw in RAW.values() for item in raw.get(kind, []))
        loaded = sorted(item.id for item in getattr(seeds, kind))
        assert loaded == in_files, kind


@pytest.mark.parametrize("path", ARTICLE_FILES, ids=lambda p: p.name)
def test_every_article_file_has_figures_and_no_measures(path: Path) -> None:
    """An article file holds figures and their sources; measures and relations live in 00."""
    raw = RAW[path.name]
    assert len(raw.get("figures", [])) >= 3
    assert raw.get("sources")
    assert "measures" not in raw
    assert "relations" not in raw


def test_ids_are_unique_across_files() -> None:
    """No id of a figure, measure, relation or source is used twice in the seed set."""
    for kind in ("figures", "measures", "relations", "sources"):
        ids = Counter(item["id"] for raw in RAW.values() for item in raw.get(kind, []))
        assert [i for i, n in ids.items() if n > 1] == [], kind


def test_every_measure_has_figures_or_relations(seeds: Dataset) -> None:
    """A measure is either reported by some figure or tied by a relation to one that is."""
    related = {m for r in seeds.relations for m in r.measures}
    for m in seeds.measures:
        assert seeds.figures_of(m.id) or m.id in related, m.id


# -- sources and dates --------------------------------------------------------------


def test_every_figure_has_a_named_dated_source(seeds: Dataset) -> None:
    """Every figure's source names its speaker, has a publication day and a short quote."""
    for f in seeds.figures:
        assert f.source is not None, f.id
        assert f.source.name.strip(), f.id
        assert isinstance(f.source.published, dt.date), f.id
        assert f.source.quote, f.id
        assert len(f.source.quote.split()) <= 8, f"{f.id}: quote is more than a few words"


def test_as_of_never_starts_after_publication(seeds: Dataset) -> None:
    """A figure cannot speak of a time that starts after the article appeared."""
    for f in seeds.figures:
        assert f.source is not None
        assert f.source.published is not None
        assert f.as_of.start <= f.source.published, f.id


@pytest.mark.parametrize("path", ARTICLE_FILES, ids=lambda p: p.name)
def test_publication_dates_match_the_file_name(path: Path) -> None:
    """Every source of an article file was published in the period its file name gives."""
    period = path.stem.rsplit("_", 1)[1]  # "2023-12", "2025", ...
    for source in RAW[path.name]["sources"]:
        assert str(source["published"]).startswith(period), source["id"]


#: Figures whose words pwstats cannot read: the value is the reading chosen (an
#: interval), the words are kept in the quote, and the note explains the reading.
READ_BY_HAND = {"ua-exchange-planned-2023-12-zelensky": 'a "decent" number'}


def test_every_figure_keeps_its_words(seeds: Dataset) -> None:
    """Figures are stored as the words reported; only unreadable words are stored as a reading."""
    for f in seeds.figures:
        if f.id in READ_BY_HAND:
            assert isinstance(f.value, Interval), f.id
            assert f.source is not None
            assert f.source.quote == READ_BY_HAND[f.id]
            assert "read as" in f.note, f.id
            continue
        assert isinstance(f.value, str), f.id
        assert any(c.isdigit() for c in f.value) or f.value in (
            "hundreds",
            "thousands",
            "a thousand",
        ), f.id


# -- the worked example of DESIGN.md -------------------------------------------------

WORKED_EXAMPLE = [
    # id, measure, words, as_of, speaker
    (
        "ua-returned-2023-08-lubinets",
        "ua-returned-total",
        "nearly 2,600",
        "2023-08",
        "Dmytro Lubinets",
    ),
    ("ua-returned-2023-12-politico", "ua-returned-total", "almost 2,600", "2023-12", "Politico"),
    (
        "ua-returned-2024-01-03-lubinets",
        "ua-returned-total",
        "2,828",
        "2024-01-03",
        "Dmytro Lubinets",
    ),
    (
        "ua-returned-2025-coordination-hq",
        "ua-returned-total",
        "3,767",
        "2025",
        "Coordination Headquarters for the Treatment of Prisoners of War",
    ),
    (
        "ua-returned-civilian-2025-coordination-hq",
        "ua-returned-civilian-total",
        "168",
        "2025",
        "Coordination Headquarters for the Treatment of Prisoners of War",
    ),
    (
        "ua-released-2024-01-03-agency",
        "ua-released-2024-01-03",
        "more than 230",
        "2024-01-03",
        "AFP",
    ),
    (
        "ua-released-2024-01-03-lubinets",
        "ua-released-2024-01-03",
        "exactly 230",
        "2024-01-03",
        "Dmytro Lubinets",
    ),
    (
        "ua-released-2024-01-03-zelensky",
        "ua-released-2024-01-03",
        "more than 200",
        "2024-01-03",
        "Volodymyr Zelensky",
    ),
    (
        "ru-released-2024-01-03-mod",
        "ru-released-2024-01-03",
        "248",
        "2024-01-03",
        "Russian Ministry of Defence",
    ),
    (
        "ru-released-2024-01-03-agency",
        "ru-released-2024-01-03",
        "more than 230",
        "2024-01-03",
        "AFP",
    ),
    (
        "ua-held-military-confirmed-2023-12-official",
        "ua-held-military-confirmed",
        "3,000",
        "2023-12",
        "Ukrainian authorities (officially confirmed data)",
    ),
    (
        "ua-held-civilian-confirmed-2023-12-official",
        "ua-held-civilian-confirmed",
        "28,000",
        "2023-12",
        "Ukrainian authorities (officially confirmed data)",
    ),
    (
        "ua-missing-or-detained-2024-pace",
        "ua-missing-or-detained",
        "over 65,000",
        "2024",
        "Parliamentary Assembly of the Council of Europe",
    ),
    ("ua-held-2025-nanews", "ua-held", "65,000", "2025", "NAnews - News of Israel"),
    (
        "ua-held-official-share-2025-nanews",
        "ua-held-official-share",
        "30%",
        "2025",
        "NAnews - News of Israel",
    ),
]


@pytest.mark.parametrize(
    ("id", "measure", "words", "as_of", "speaker"),
    WORKED_EXAMPLE,
    ids=[row[0] for row in WORKED_EXAMPLE],
)
def test_worked_example_figure(
    seeds: Dataset, id: str, measure: str, words: str, as_of: str, speaker: str
) -> None:
    """Each figure of the DESIGN.md worked example is in the seeds as reported."""
    f = seeds.figure(id)
    assert f.measure == measure
    assert f.value == words
    assert str(f.as_of) == as_of
    assert f.source is not None
    assert f.source.name == speaker


def test_exchange_of_2024_01_03_has_three_ukrainian_and_two_russian_figures(
    seeds: Dataset,
) -> None:
    """The 3 Jan 2024 exchange is one event per side, with every statement about it."""
    ua = sorted(str(f.value) for f in seeds.figures_of("ua-released-2024-01-03"))
    ru = sorted(str(f.value) for f in seeds.figures_of("ru-released-2024-01-03"))
    assert ua == ["exactly 230", "more than 200", "more than 230"]
    assert ru == ["248", "more than 230"]
    for f in (
        *seeds.figures_of("ua-released-2024-01-03"),
        *seeds.figures_of("ru-released-2024-01-03"),
    ):
        assert str(f.as_of) == "2024-01-03", f.id


def test_outlet_chains_run_from_speaker_to_reader(seeds: Dataset) -> None:
    """A relayed statement lists its carriers, nearest the reader last."""
    assert _source(seeds, "ua-returned-2023-12-politico").via == ("RBC-Ukraine",)
    official = _source(seeds, "ua-held-military-confirmed-2023-12-official")
    assert official.via == ("Politico", "RBC-Ukraine")
    mod = _source(seeds, "ru-released-2024-01-03-mod")
    assert mod.via == ("Telegram", "AFP", "TVA Nouvelles")
    assert mod.affiliation == "Russia"
    assert _source(seeds, "ua-released-2024-01-03-lubinets").affiliation == "Ukraine"


def test_measure_kinds_and_units(seeds: Dataset) -> None:
    """Running totals are cumulative, exchanges events, holdings levels, shares shares."""
    kinds = {m.id: m.kind for m in seeds.measures}
    assert kinds["ua-returned-total"] == kinds["ua-returned-civilian-total"] == "cumulative"
    assert kinds["ru-captured-kursk"] == "cumulative"
    for event in (
        "ua-released-2024-01-03",
        "ru-released-2024-01-03",
        "ua-released-2023-08-07",
        "ru-captured-2024-08-14",
        "swap-proposal-2025-07",
    ):
        assert kinds[event] == "event", event
    for level in ("ua-held", "ua-held-confirmed", "ua-missing-or-detained", "ru-held-military"):
        assert kinds[level] == "level", level
    for m in seeds.measures:
        if m.unit != "person":
            assert m.unit in ("percent", "share"), m.id
            assert not m.whole, m.id
            assert m.id.endswith("-share"), m.id


def test_share_figures_are_worded_as_shares(seeds: Dataset) -> None:
    """Percent measures get percentages and fraction measures 'n out of m', never headcounts."""
    units = {m.id: m.unit for m in seeds.measures}
    for f in seeds.figures:
        text = str(f.value)
        if units[f.measure] == "percent":
            assert text.endswith("%"), f.id
        elif units[f.measure] == "share":
            assert " out of " in text, f.id
        else:
            assert "%" not in text, f.id
            assert " out of " not in text, f.id


# -- relations ------------------------------------------------------------------------


def test_confirmed_holdings_sum_and_sit_below_missing_or_detained(seeds: Dataset) -> None:
    """Confirmed = military + civilian confirmed, and confirmed ≤ missing-or-detained."""
    parts = _relation(seeds, "ua-held-confirmed-parts")
    assert isinstance(parts, Sum)
    assert parts.complete
    assert parts.total == "ua-held-confirmed"
    assert set(parts.parts) == {"ua-held-military-confirmed", "ua-held-civilian-confirmed"}
    le = _relation(seeds, "ua-held-confirmed-le-missing-or-detained")
    assert isinstance(le, LessEqual)
    assert le.offset == 0
    assert (le.a, le.b) == ("ua-held-confirmed", "ua-missing-or-detained")


def test_official_data_share_ties_confirmed_to_missing_or_detained(seeds: Dataset) -> None:
    """'Official data covers only 30%' is confirmed = share × missing-or-detained."""
    share = _relation(seeds, "ua-held-official-share-of-missing-or-detained")
    assert isinstance(share, Share)
    assert (share.part, share.whole, share.ratio) == (
        "ua-held-confirmed",
        "ua-missing-or-detained",
        "ua-held-official-share",
    )
    assert seeds.measure("ua-held-official-share").unit == "percent"


def test_returned_total_accumulates_the_dated_releases(seeds: Dataset) -> None:
    """The running total of returns grows by at least the releases of each exchange."""
    acc = _relation(seeds, "ua-returned-accumulates-releases")
    assert isinstance(acc, Accumulates)
    assert acc.total == "ua-returned-total"
    assert set(acc.events) == {"ua-released-2023-08-07", "ua-released-2024-01-03"}
    assert not acc.complete, "the articles do not list every exchange"


def test_the_swap_proposal_is_tied_to_no_count(seeds: Dataset) -> None:
    """A proposed swap size is never related to the number of people exchanged."""
    assert all("swap-proposal-2025-07" not in r.measures for r in seeds.relations)
    assert "proposal" in seeds.measure("swap-proposal-2025-07").note


def test_readings_of_ambiguous_passages_are_noted(seeds: Dataset) -> None:
    """The figures whose wording is ambiguous carry the reading chosen in their note."""
    assert "49th exchange" in seeds.figure("ua-released-2024-01-03-lubinets").note
    assert "Defenders" in seeds.figure("ua-held-military-confirmed-2023-12-official").note
    assert "'Defenders' read as" in seeds.figure("ua-returned-2024-01-03-lubinets").note
    assert "'many'" in seeds.figure("ua-exchange-planned-2023-12-zelensky").note


# -- the words can be read ------------------------------------------------------------


@pytest.mark.parametrize("reading", READINGS)
def test_every_figure_parses_under_every_reading(seeds: Dataset, reading: Reading) -> None:
    """pwstats.parse reads every seed figure's words to a non-empty interval."""
    for f in seeds.figures:
        if not isinstance(f.value, str):
            continue
        amount = pwstats.parse(f.value, reading=reading)
        assert not amount.interval.is_empty, f"{f.id}: {f.value!r} reads as empty"


def test_exactly_230_and_more_than_230_cannot_both_hold() -> None:
    """The worked example's contradiction survives even the lenient reading."""
    exact = pwstats.parse("exactly 230", reading="lenient").interval
    more = pwstats.parse("more than 230", reading="lenient").interval
    assert not exact.overlaps(more)
