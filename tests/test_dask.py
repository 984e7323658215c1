"""The Dask integration gives the same facts as the local batch, on a two-process cluster."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import pytest
import test_batch_fakes
from test_batch_fakes import fake_extract

from statextract.batch import iter_facts
from statextract.batch.records import COLUMN_NAMES, fact_record, flat_record
from statextract.dask import ArticleError, facts_bag, facts_dataframe

dask = pytest.importorskip("dask")
db = pytest.importorskip("dask.bag")
dd = pytest.importorskip("dask.dataframe")
distributed = pytest.importorskip("distributed")
pd = pytest.importorskip("pandas")
cloudpickle = pytest.importorskip("cloudpickle")

ARTICLES = [
    {"id": f"art-{index}", "text": f"Sales rose {index}% to {index * 7}.5 units in week {index}."}
    for index in range(12)
]
PUBLISHED = "2021-02-03"


@pytest.fixture(scope="module")
def client() -> Iterator[Any]:
    cloudpickle.register_pickle_by_value(test_batch_fakes)
    with (
        distributed.LocalCluster(
            n_workers=2, threads_per_worker=1, processes=True, dashboard_address=None
        ) as cluster,
        distributed.Client(cluster) as dask_client,
    ):
        yield dask_client
    cloudpickle.unregister_pickle_by_value(test_batch_fakes)


def local_records() -> list[dict[str, Any]]:
    results = iter_facts(ARTICLES, n_process=1, published=PUBLISHED, extractor=fake_extract)
    return [fact_record(result.id, fact) for result in results for fact in result.facts]


def test_bag_matches_local_batch(client: Any) -> None:
    bag = db.from_sequence(ARTICLES, npartitions=4)
    got = facts_bag(bag, published=PUBLISHED, extractor=fake_extract).compute()
    assert got == local_records()
    assert len(got) == 36


def test_dataframe_matches_local_batch(client: Any) -> None:
    frame = dd.from_pandas(pd.DataFrame(ARTICLES), npartitions=3)
    got = facts_dataframe(frame, published=PUBLISHED, extractor=fake_extract).compute()
    expected = [
        flat_record(result.id, fact)
        for result in iter_facts(ARTICLES, n_process=1, published=PUBLISHED, extractor=fake_extract)
        for fact in result.facts
    ]
    assert list(got.columns) == list(COLUMN_NAMES)
    rows = got.astype(object).where(got.notna(), None).to_dict("records")
    assert rows == expected


def test_bag_skips_failed_articles(client: Any) -> None:
    articles = [ARTICLES[1], {"id": "bad", "text": "RAISE 1"}, ARTICLES[2]]
    bag = db.from_sequence(articles, npartitions=2)
    got = facts_bag(bag, extractor=fake_extract, on_error="skip").compute()
    assert {record["id"] for record in got} == {"art-1", "art-2"}


def test_bag_raises_on_failed_article(client: Any) -> None:
    bag = db.from_sequence([{"id": "bad", "text": "RAISE 1"}], npartitions=1)
    with pytest.raises(ArticleError, match="'bad'"):
        facts_bag(bag, extractor=fake_extract).compute()


def test_real_extractor_gives_fact_records(client: Any) -> None:
    bag = db.from_sequence(ARTICLES[:4], npartitions=2)
    records = facts_bag(bag, published=PUBLISHED).compute()
    assert all(record["id"] in {a["id"] for a in ARTICLES} for record in records)
    assert all({"text", "start", "end", "value", "change", "share"} <= set(r) for r in records)
