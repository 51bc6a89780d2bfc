"""pwstats.dask on Dask's local schedulers and on a distributed.LocalCluster.

Each scheduler must give exactly what one process gives: the report of
pwstats.reconcile, and the records of pwstats.scale.mention_records in order.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

dask = pytest.importorskip("dask", reason="the dask extra is not installed")
db = pytest.importorskip("dask.bag")
distributed = pytest.importorskip("distributed")

import pwstats  # noqa: E402
import pwstats.dask as pwdask  # noqa: E402
from pwstats import Dataset, DatasetError, reconcile  # noqa: E402
from pwstats.report import READINGS, Reading  # noqa: E402
from pwstats.scale import mention_records, mentions_to_frame  # noqa: E402
from pwstats.strategies import datasets  # noqa: E402

TEXTS = (
    "Almost 2,600 Ukrainians have returned home since February 2022, the ombudsman said.",
    "More than 230 prisoners were freed on 3 January; Kyiv said exactly 230.",
    "Russia holds 3,000 soldiers and 28,000 civilians, of whom hundreds are missing.",
    "No figure here, only the 3rd brigade at 5 p.m.",
)


def _documents(n: int) -> list[dict[str, Any]]:
    return [
        {"id": f"doc-{i}", "text": TEXTS[i % len(TEXTS)], "metadata": {"outlet": f"o{i % 3}"}}
        for i in range(n)
    ]


def _many_parts() -> Dataset:
    """The seed data set beside independent copies of a small related block."""
    seeds = pwstats.seeds()
    measures, figures, relations = list(seeds.measures), list(seeds.figures), []
    for i in range(12):
        total = pwstats.Measure(id=f"total-{i}", label="total")
        part = pwstats.Measure(id=f"part-{i}", label="part")
        measures += [total, part]
        relations.append(pwstats.Relation.le(part, total))
        figures += [
            pwstats.Figure(id=f"t{i}", measure=total, value="about 1,000", as_of="2024-01"),
            pwstats.Figure(id=f"p{i}", measure=part, value=900 + 40 * i, as_of="2024-01"),
        ]
    return Dataset(
        measures=measures,
        figures=figures,
        relations=[*seeds.relations, *relations],
        sources=seeds.sources,
    )


@pytest.fixture(scope="module")
def client() -> Iterator[Any]:
    """A LocalCluster of one in-process worker with two threads, started by the test."""
    with (
        distributed.LocalCluster(
            n_workers=1, threads_per_worker=2, processes=False, dashboard_address=":0"
        ) as cluster,
        distributed.Client(cluster) as c,
    ):
        yield c


# -- reconcile ---------------------------------------------------------------------------


@pytest.mark.parametrize("scheduler", ["synchronous", "threads"])
@pytest.mark.parametrize("reading", READINGS)
def test_reconcile_equals_one_process_on_local_schedulers(scheduler: str, reading: Reading) -> None:
    """On the synchronous and threaded schedulers the report equals pwstats.reconcile's."""
    data = _many_parts()
    got = pwdask.reconcile(data, scheduler=scheduler, reading=reading, batches=5)
    assert got == reconcile(data, reading=reading)


def test_reconcile_equals_one_process_on_processes() -> None:
    """On Dask's process pool (two processes) the report equals pwstats.reconcile's."""
    data = _many_parts()
    with dask.config.set(num_workers=2):
        got = pwdask.reconcile(data, scheduler="processes", batches=2)
    assert got == reconcile(data)
    assert got.conflicts == reconcile(data).conflicts


def test_reconcile_equals_one_process_on_a_local_cluster(client: Any) -> None:
    """On a distributed.LocalCluster (parts scattered to it) the report equals reconcile's."""
    data = _many_parts()
    assert pwdask.reconcile(data, scheduler=client, reading="literal") == reconcile(
        data, reading="literal"
    )


@settings(max_examples=15)
@given(
    st.one_of(
        datasets(max_figures=10),
        datasets(consistent=False, max_figures=10).map(lambda drawn: drawn[0]),
    ),
    st.integers(1, 6),
)
def test_reconcile_equals_one_process_for_any_data_set(dataset: Dataset, batches: int) -> None:
    """For any drawn data set and number of batches, the report equals pwstats.reconcile's."""
    got = pwdask.reconcile(dataset, scheduler="synchronous", batches=batches)
    assert got == reconcile(dataset)


@pytest.mark.parametrize(
    "options", [{"known_at": "2024-01-01"}, {"known_at": "2023-06"}, {"revisions": "compare"}]
)
def test_reconcile_options_reach_the_workers(options: dict[str, str]) -> None:
    """known_at and revisions give what pwstats.reconcile gives with them."""
    data = _many_parts()
    got = pwdask.reconcile(data, scheduler="threads", batches=4, **options)
    assert got == reconcile(data, **options)


def test_reconcile_of_an_empty_data_set_is_the_empty_report(client: Any) -> None:
    """No figures, no batches: the report is pwstats.reconcile's, locally and on a cluster."""
    empty = Dataset()
    assert pwdask.reconcile(empty, scheduler="synchronous", reading="lenient") == reconcile(
        empty, reading="lenient"
    )
    assert pwdask.reconcile(empty, scheduler=client) == reconcile(empty)


@pytest.mark.parametrize("where", ["synchronous", "processes", "cluster"])
def test_reconcile_files_equals_one_process(tmp_path: Any, where: str, client: Any) -> None:
    """Part files reconciled on Dask give the frames reconcile_file gives, file by file."""
    import pandas as pd

    from pwstats.scale import reconcile_file, write_parts

    paths = write_parts(_many_parts(), tmp_path, parts=4)
    frame = pwdask.reconcile_files(paths, reading="literal")
    assert frame.npartitions == len(paths)
    got = frame.compute(scheduler=client if where == "cluster" else where)
    want = pd.concat([reconcile_file(p, reading="literal") for p in paths], ignore_index=True)
    pd.testing.assert_frame_equal(got.reset_index(drop=True), want, check_dtype=False)
    assert list(got.columns) == list(reconcile(_many_parts()).to_frame().columns)


def test_reconcile_files_needs_files() -> None:
    """No files is a ValueError, not an empty frame that hides a wrong glob."""
    with pytest.raises(ValueError, match="no files given"):
        pwdask.reconcile_files([])


def test_reconcile_passes_options_and_refuses_what_is_not_a_dataset() -> None:
    """An unknown option fails as pwstats.reconcile fails; a non-data set is a TypeError."""
    with pytest.raises(TypeError, match=r"takes a pwstats\.Dataset, not dict"):
        pwdask.reconcile({}, scheduler="synchronous")  # type: ignore[arg-type]
    with pytest.raises(TypeError, match="unexpected keyword argument 'colour'"):
        pwdask.reconcile(pwstats.seeds(), scheduler="synchronous", colour="red")
    with pytest.raises(ValueError, match="reading must be one of"):
        pwdask.reconcile(pwstats.seeds(), scheduler="synchronous", reading="loose")  # type: ignore[arg-type]


# -- extract -----------------------------------------------------------------------------


@pytest.mark.parametrize("scheduler", ["synchronous", "threads", "processes"])
def test_extract_equals_one_process(scheduler: str) -> None:
    """The bag's records, computed on each local scheduler, are mention_records' in order."""
    docs = _documents(12)
    bag = db.from_sequence(docs, npartitions=2 if scheduler == "processes" else 5)
    with dask.config.set(num_workers=2):
        got = pwdask.extract(bag, reading="literal").compute(scheduler=scheduler)
    assert got == list(mention_records(docs, reading="literal"))


def test_extract_on_a_local_cluster(client: Any) -> None:
    """On a distributed.LocalCluster the records are mention_records' in order."""
    docs = _documents(20)
    bag = db.from_sequence(docs, npartitions=4)
    assert pwdask.extract(bag).compute(scheduler=client) == list(mention_records(docs))


def test_extract_is_lazy_and_documents_can_be_made_on_workers() -> None:
    """Documents made inside the bag (never a list on the driver) are read when computed."""
    bag = db.from_sequence(range(40), npartitions=4).map(
        lambda i: {"id": i, "text": f"exactly {1000 + i} people"}
    )
    records = pwdask.extract(bag)
    assert isinstance(records, db.Bag)
    got = records.compute(scheduler="threads")
    assert [r["nominal"] for r in got] == [str(1000 + i) for i in range(40)]


def test_extract_names_a_bad_document_and_refuses_a_list() -> None:
    """A bad document fails on compute with a DatasetError naming it; a list is a TypeError."""
    bag = db.from_sequence([{"id": "ok", "text": "1"}, {"id": "bad", "text": 5}], npartitions=1)
    with pytest.raises(DatasetError, match=r"\(id 'bad'\): 'text' must be a str, not int"):
        pwdask.extract(bag).compute(scheduler="synchronous")
    with pytest.raises(TypeError, match=r"takes a dask\.bag\.Bag of documents, not list"):
        pwdask.extract(_documents(1))  # type: ignore[arg-type]


def test_mentions_to_frame_of_a_bag_equals_the_pandas_frame() -> None:
    """A bag of records gives a Dask DataFrame whose rows are the pandas frame's, in order."""
    docs = _documents(9)
    bag = pwdask.extract(db.from_sequence(docs, npartitions=3))
    lazy = pwdask.mentions_to_frame(bag, measure="m")
    eager = mentions_to_frame(mention_records(docs), measure="m")
    got = lazy.compute(scheduler="synchronous").reset_index(drop=True)
    assert got.columns.tolist() == eager.columns.tolist()
    assert got.astype(object).where(got.notna(), None).values.tolist() == (
        eager.where(eager.notna(), None).values.tolist()
    )
    assert pwdask.mentions_to_frame(list(mention_records(docs)), measure="m").equals(eager)
