"""``statextract.to_dataframe``: facts as a pandas DataFrame with the CSV writer's flat columns."""

from __future__ import annotations

import csv
import doctest
import io
import json
import subprocess
import sys
from pathlib import Path

import pytest

import statextract
from statextract import dataframe
from statextract.batch.records import COLUMN_NAMES, fact_record, flat_record
from statextract.output import write_csv

pd = pytest.importorskip("pandas")

ROOT = Path(__file__).resolve().parent.parent
SEED = (ROOT / "corpora" / "jingwei-2021-02-03.txt").read_text(encoding="utf-8")
RETAIL = "Retail sales rose 5.2 percent year-on-year in October 2023."


@pytest.fixture(scope="module")
def seed_facts() -> list[statextract.Fact]:
    return statextract.extract(SEED, published="2021-02-03")


def test_facts_give_one_row_each_with_the_flat_columns(seed_facts: list) -> None:  # type: ignore[type-arg]
    frame = statextract.to_dataframe(seed_facts, id="seed")
    assert list(frame.columns) == list(COLUMN_NAMES)
    assert len(frame) == 11
    row = frame.iloc[3]
    assert row["text"] == "617 million"
    assert row["value"] == 617_000_000
    assert row["change_direction"] == "increase"
    assert row["change_value"] == 57_030_000
    assert row["share_of"] == "total netizens"
    assert (frame["id"] == "seed").all()
    assert str(frame["start"].dtype) == "Int64" and str(frame["value"].dtype) == "Float64"


def test_the_cells_are_those_of_the_csv_writer(seed_facts: list) -> None:  # type: ignore[type-arg]
    stream = io.StringIO()
    write_csv([("seed", seed_facts)], stream)
    written = list(csv.DictReader(io.StringIO(stream.getvalue())))
    frame = statextract.to_dataframe([("seed", seed_facts)])
    assert list(frame.columns)[1:] == list(written[0])[1:]
    for record, (_, row) in zip(written, frame.iterrows(), strict=True):
        for name in ("text", "metric", "unit", "date", "change_since", "share_of"):
            assert (record[name] or None) == (None if pd.isna(row[name]) else row[name])
        assert float(record["value"]) == row["value"]


def test_a_fact_without_an_id_has_a_missing_id() -> None:
    frame = statextract.to_dataframe(statextract.extract(RETAIL))
    assert frame["id"].isna().all()
    assert pd.isna(frame.loc[0, "value"]) and frame.loc[0, "change_value"] == 5.2


def test_iter_facts_results_keep_their_article_ids() -> None:
    results = statextract.iter_facts(
        [{"id": "a", "text": RETAIL}, {"id": "b", "text": "Exports fell 3% to $20 billion."}],
        n_process=1,
    )
    frame = statextract.to_dataframe(results)
    assert frame["id"].tolist()[0] == "a" and frame["id"].tolist()[-1] == "b"


def test_nested_and_flat_records_give_the_same_frame(seed_facts: list) -> None:  # type: ignore[type-arg]
    nested = [json.loads(json.dumps(fact_record("seed", fact))) for fact in seed_facts]
    flat = [flat_record("seed", fact) for fact in seed_facts]
    from_facts = statextract.to_dataframe(seed_facts, id="seed")
    pd.testing.assert_frame_equal(statextract.to_dataframe(nested), from_facts)
    pd.testing.assert_frame_equal(statextract.to_dataframe(flat), from_facts)
    as_extract_writes = [{"file": "seed", **fact.model_dump(mode="json")} for fact in seed_facts]
    pd.testing.assert_frame_equal(statextract.to_dataframe(as_extract_writes), from_facts)


def test_no_facts_give_an_empty_frame_with_every_column() -> None:
    frame = statextract.to_dataframe([])
    assert frame.empty and list(frame.columns) == list(COLUMN_NAMES)


@pytest.mark.parametrize("item", ["a text", 42, ("id", "a text")])
def test_other_items_are_refused(item: object) -> None:
    with pytest.raises(TypeError, match="expected Fact objects"):
        statextract.to_dataframe([item])


def test_a_flat_record_with_unknown_keys_is_refused() -> None:
    with pytest.raises(ValueError, match="unknown keys"):
        statextract.to_dataframe([{"id": "a", "change_direction": "increase", "colour": "red"}])


def test_without_pandas_the_error_says_how_to_install_it(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setitem(sys.modules, "pandas", None)
    with pytest.raises(ImportError, match=r"statextract\[pandas\]"):
        statextract.to_dataframe([])


@pytest.mark.parametrize("module", ["statextract.dataframe", "statextract.render.html"])
def test_docstring_examples(module: str) -> None:
    imported = __import__(module, fromlist=["_"])
    result = doctest.testmod(imported, optionflags=doctest.ELLIPSIS)
    assert result.attempted >= 1 and result.failed == 0


def test_importing_statextract_does_not_import_pandas() -> None:
    code = "import sys, statextract; print('pandas' in sys.modules)"
    result = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True
    )
    assert result.stdout.strip() == "False"
    assert dataframe.INSTALL_HINT.startswith("to_dataframe needs pandas")
