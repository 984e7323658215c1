"""What `iter_facts` takes as a record: strings, mappings, articles; anything else is refused."""

from __future__ import annotations

import pytest

from statextract import iter_facts


def test_plain_strings_are_articles_numbered_by_position() -> None:
    results = list(iter_facts(["Exports rose 5% in May.", "Imports fell 2%."], n_process=1))
    assert [result.id for result in results] == ["0", "1"]
    assert all(len(result.facts) == 1 for result in results)


def test_mappings_keep_their_ids() -> None:
    results = list(iter_facts([{"id": "a", "text": "Exports rose 5%."}], n_process=1))
    assert [result.id for result in results] == ["a"]


@pytest.mark.parametrize("record", [42, {"text": "no id"}, ["Exports rose 5%."]])
def test_other_records_are_refused_with_what_a_record_must_be(record: object) -> None:
    with pytest.raises(TypeError, match="a record must be a string"):
        list(iter_facts([record], n_process=1))  # type: ignore[list-item]
