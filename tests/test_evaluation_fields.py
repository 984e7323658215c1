"""Per-field comparison rules of the scoring contract."""

from __future__ import annotations

from decimal import Decimal
from typing import Any

import pytest

from statextract.evaluation.fields import (
    changes_agree,
    compare_fields,
    phrases_agree,
    shares_agree,
    values_agree,
)
from statextract.evaluation.tokens import content_tokens, token_f1
from statextract.models import Change, Fact, Share


def make_fact(**fields: Any) -> Fact:
    base: dict[str, Any] = {"text": "617 million", "start": 0, "end": 11, "value": 617000000}
    base |= {"metric": "live webcast users", "unit": "count", "date": "2020-12"}
    return Fact.model_validate(base | fields)


def num(text: str | None) -> Decimal | None:
    return None if text is None else Decimal(text)


@pytest.mark.parametrize(
    ("predicted", "gold", "agree"),
    [
        ("617000000", "617000000", True),
        ("617000000", "617000617", True),  # relative difference 1e-6
        ("617000000", "617000618", False),
        ("62.4", "62.40", True),
        ("62.4", "62.41", False),
        ("0", "0", True),
        ("0", "0.0000001", False),
        ("-5", "5", False),
        (None, None, True),
        (None, "0", False),
        ("0", None, False),
    ],
)
def test_value_tolerance_and_nulls(predicted: str | None, gold: str | None, agree: bool) -> None:
    assert values_agree(num(predicted), num(gold)) is agree


@pytest.mark.parametrize(
    ("phrase", "tokens"),
    [
        ("the number of live webcast users", ["live", "webcast", "user"]),
        ("Number of Users", ["user"]),
        ("users of live broadcasts", ["user", "live", "broadcast"]),
        ("phone number", ["phone", "number"]),
        ("e-commerce live-broadcast users", ["e", "commerc", "live", "broadcast", "user"]),
        ("GDP per capita", ["gdp", "capita"]),
        ("India's growth estimate", ["india", "growth", "estim"]),
        ("the bank’s loans", ["bank", "loan"]),
        ("", []),
        (None, []),
    ],
)
def test_content_tokens(phrase: str | None, tokens: list[str]) -> None:
    assert content_tokens(phrase) == tokens


@pytest.mark.parametrize(
    ("predicted", "gold", "f1"),
    [
        ("live webcast users", "live webcast users", 1.0),
        ("the number of live webcast users", "live webcast users", 1.0),
        ("live webcasting user", "live webcast users", 1.0),  # same stems
        ("live concert users", "live webcast users", 2 / 3),
        ("users", "live webcast users", 0.5),
        ("webcast", "live webcast users", 0.5),
        ("retail sales", "live webcast users", 0.0),
        ("the", "of", 1.0),  # nothing left on either side
        (None, "retail sales", 0.0),
    ],
)
def test_token_f1(predicted: str | None, gold: str | None, f1: float) -> None:
    assert token_f1(predicted, gold) == pytest.approx(f1)


@pytest.mark.parametrize(
    ("predicted", "gold", "agree"),
    [
        ("the number of live webcast users", "live webcast users", True),
        ("Live Webcast Users in my country", "live webcast users", True),
        ("users", "live webcast users", True),  # F1 exactly 0.5
        ("sales", "live webcast users", False),
        ("live broadcast of concerts", "live webcast users", False),  # F1 1/3
        (None, "live webcast users", False),
    ],
)
def test_metric_threshold(predicted: str | None, gold: str, agree: bool) -> None:
    assert phrases_agree(predicted, gold) is agree
    assert compare_fields(make_fact(metric=predicted), make_fact(metric=gold))["metric"] is agree


GOLD_CHANGE = Change(direction="increase", value=Decimal("57030000"), unit="count", since="2020-03")


@pytest.mark.parametrize(
    ("predicted", "gold", "agree"),
    [
        (GOLD_CHANGE, GOLD_CHANGE, True),
        (GOLD_CHANGE.model_copy(update={"value": Decimal("57030000.01")}), GOLD_CHANGE, True),
        (GOLD_CHANGE.model_copy(update={"direction": "decrease"}), GOLD_CHANGE, False),
        (GOLD_CHANGE.model_copy(update={"value": Decimal("57000000")}), GOLD_CHANGE, False),
        (GOLD_CHANGE.model_copy(update={"value": None}), GOLD_CHANGE, False),
        (GOLD_CHANGE.model_copy(update={"unit": "percent"}), GOLD_CHANGE, False),
        (GOLD_CHANGE.model_copy(update={"since": "2019-12"}), GOLD_CHANGE, False),
        (GOLD_CHANGE.model_copy(update={"since": None}), GOLD_CHANGE, False),
        (Change(direction="increase"), Change(direction="increase"), True),
        (None, None, True),
        (None, GOLD_CHANGE, False),
        (GOLD_CHANGE, None, False),
    ],
)
def test_change_rule(predicted: Change | None, gold: Change | None, agree: bool) -> None:
    assert changes_agree(predicted, gold) is agree
    pair = make_fact(change=predicted), make_fact(change=gold)
    assert compare_fields(*pair)["change"] is agree


GOLD_SHARE = Share(value=Decimal("62.4"), of="total netizens")


@pytest.mark.parametrize(
    ("predicted", "gold", "agree"),
    [
        (GOLD_SHARE, GOLD_SHARE, True),
        (Share(value=Decimal("62.40"), of="the total netizens"), GOLD_SHARE, True),
        (Share(value=Decimal("62.4"), of="netizens"), GOLD_SHARE, True),  # F1 2/3
        (Share(value=Decimal("62.4"), of="all internet users"), GOLD_SHARE, False),
        (Share(value=Decimal("0.624"), of="total netizens"), GOLD_SHARE, False),
        (None, None, True),
        (None, GOLD_SHARE, False),
        (GOLD_SHARE, None, False),
    ],
)
def test_share_rule(predicted: Share | None, gold: Share | None, agree: bool) -> None:
    assert shares_agree(predicted, gold) is agree
    assert compare_fields(make_fact(share=predicted), make_fact(share=gold))["share"] is agree


@pytest.mark.parametrize(
    ("field", "predicted", "gold", "agree"),
    [
        ("unit", "count", "count", True),
        ("unit", "percent", "percentage_point", False),
        ("unit", "usd", "USD", False),
        ("date", "2020-12", "2020-12", True),
        ("date", "2020", "2020-12", False),
        ("date", None, "2020-12", False),
        ("date", None, None, True),
        ("qualifier", "approximately", "approximately", True),
        ("qualifier", None, "approximately", False),
        ("qualifier", "more_than", "at_least", False),
        ("qualifier", None, None, True),
    ],
)
def test_exact_fields(field: str, predicted: str | None, gold: str | None, agree: bool) -> None:
    results = compare_fields(make_fact(**{field: predicted}), make_fact(**{field: gold}))
    assert results[field] is agree
    assert all(right for name, right in results.items() if name != field)


@pytest.mark.parametrize(
    ("predicted", "gold", "agree"),
    [
        ("2017-Q1", "2017-01/2017-03", True),
        ("2017-01/2017-03", "2017-Q1", True),
        ("2023-01/2023-12", "2023", True),
        ("2023-H1", "2023-01/2023-06", True),
        ("2023-Q4", "2023-10/2023-12", True),
        ("2023-12", "2023-12-01/2023-12-31", True),
        ("2022-04/2023-03", "2022-Q2/2023-Q1", True),
        ("2017-Q1", "2017-01/2017-02", False),
        ("2023-12", "2023-12-31", False),
        ("2023", "2023-12", False),
        ("2022-04/2023-03", "2023", False),
        ("2023-02-30", "2023-02-30", True),  # equal strings agree even when not a real day
        ("2023-02-30", "2023-03-02", False),
        (None, None, True),
        (None, "2023", False),
        ("2023", None, False),
    ],
)
def test_periods_compare_as_periods(predicted: str | None, gold: str | None, agree: bool) -> None:
    fields = compare_fields(
        make_fact(date=predicted, change=Change(direction="increase", since=predicted)),
        make_fact(date=gold, change=Change(direction="increase", since=gold)),
    )
    assert fields["date"] is agree
    assert fields["change"] is agree
