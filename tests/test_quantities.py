"""The quantity layer: ``statextract.quantities`` over every unit family and every role."""

from __future__ import annotations

from decimal import Decimal
from typing import Any

import pytest

import statextract
from statextract import Extractor, Quantity
from statextract import extractor as extractor_module
from statextract.figures import NO_HINTS, FigureHints, find_figures
from statextract.lexicon._currencies import CURRENCY_PREFIXES, CURRENCY_WORDS
from statextract.lexicon._units import (
    PHYSICAL_UNITS,
    PINT_NAMES,
    PINT_UNKNOWN,
    UNIT_DIMENSIONS,
)
from statextract.quantity import ROLES, lemma


def _find(text: str, surface: str) -> Quantity:
    found = statextract.quantities(text)
    matches = [quantity for quantity in found if quantity.text == surface]
    assert matches, f"no quantity {surface!r} in {[q.text for q in found]}"
    return matches[0]


def _check(quantity: Quantity, expected: dict[str, Any]) -> None:
    for field, value in expected.items():
        got = getattr(quantity, field)
        if isinstance(value, (int, str)) and field in ("value", "low", "high"):
            value = Decimal(value)
        assert got == value, f"{field}: {got!r} != {value!r} in {quantity!r}"


UNIT_ROWS: list[tuple[str, str, dict[str, Any]]] = [
    # money: signs, codes and names, before and after the number
    ("Revenue was USD34.6 million.", "USD34.6 million", {"value": 34_600_000, "unit": "USD"}),
    ("It paid $5 for it.", "$5", {"value": 5, "unit": "USD", "unit_text": "$"}),
    ("He won 30 Australian dollars.", "30 Australian dollars", {"unit": "AUD"}),
    ("A meal costs 100 ringgit.", "100 ringgit", {"unit": "MYR", "value": 100}),
    ("The fine was 40 shekels.", "40 shekels", {"unit": "ILS"}),
    ("Tea costs 500 yen here.", "500 yen", {"unit": "JPY"}),
    ("Tea costs 1,000 won here.", "1,000 won", {"unit": "KRW", "value": 1000}),
    ("A stamp is 50 cents.", "50 cents", {"unit": "USD", "value": Decimal("0.50")}),
    ("A stamp is 20 pence.", "20 pence", {"unit": "GBP", "value": Decimal("0.20")}),
    ("It raised €3bn.", "€3bn", {"unit": "EUR", "value": 3_000_000_000}),
    ("Spending is ₹1.4 lakh crore.", "₹1.4 lakh crore", {"unit": "INR"}),
    ("It cost 5 billion Swedish kronor.", "5 billion Swedish kronor", {"unit": "SEK"}),
    ("Dubai spent AED 5 billion.", "AED 5 billion", {"unit": "AED", "unit_text": "AED"}),
    ("Warsaw paid zł 30 each.", "zł 30", {"unit": "PLN"}),
    ("Profit was 34.6 million USD.", "34.6 million USD", {"unit": "USD"}),
    # percent, points, multiples, rates
    ("Sales rose 5 per cent.", "5 per cent", {"unit": "percent", "unit_text": "per cent"}),
    ("The rate was 0.3 percentage points higher.", "0.3 percentage points",
     {"unit": "percentage_point"}),
    ("The bank cut rates by 25 basis points.", "25 basis points", {"unit": "basis_point"}),
    ("The Dow fell 300 points.", "300 points", {"unit": "point", "role": "change"}),
    ("He scored 30 points.", "30 points", {"unit": "point", "role": "level"}),
    ("Output grew threefold.", "threefold", {"unit": "times", "value": 3}),
    ("Output is 3x larger.", "3x", {"unit": "times", "unit_text": "x"}),
    ("Births were 7.5 per thousand.", "7.5 per thousand", {"unit": "per_thousand"}),
    # speed, fuel, oil, area, volume
    ("The car hit 120 km/h.", "120 km/h", {"unit": "kilometre_per_hour", "unit_text": "km/h"}),
    ("The car hit 30 miles per hour.", "30 miles per hour", {"unit": "mile_per_hour"}),
    ("It does 40 mpg.", "40 mpg", {"unit": "mile_per_gallon"}),
    ("Output hit 1.2 million barrels per day.", "1.2 million barrels per day",
     {"unit": "barrel_per_day", "value": 1_200_000}),
    ("The flat is 80 square metres.", "80 square metres", {"unit": "square_metre"}),
    ("The tank holds 5 litres.", "5 litres", {"unit": "litre"}),
    ("The field is 20 hectares.", "20 hectares", {"unit": "hectare"}),
    # energy, power, torque, rotation, concentration
    ("The home uses 300 kWh.", "300 kWh", {"unit": "kilowatt_hour", "unit_text": "kWh"}),
    ("The plant adds 20GW.", "20GW", {"unit": "gigawatt", "unit_text": "GW"}),
    ("The engine makes 300 horsepower.", "300 horsepower", {"unit": "horsepower"}),
    ("It gives 400 pound-feet of torque.", "400 pound-feet", {"unit": "pound_foot"}),
    ("It peaks at 5,000 rpm.", "5,000 rpm", {"unit": "revolution_per_minute", "value": 5000}),
    ("CO2 reached 420 ppm.", "420 ppm", {"unit": "part_per_million"}),
    # data, frequency, length, mass
    ("The phone has 512 gigabytes.", "512 gigabytes", {"unit": "gigabyte"}),
    ("The phone has 512GB of storage.", "512GB", {"unit": "gigabyte"}),
    ("Fibre gives 100 Mbps.", "100 Mbps", {"unit": "megabit_per_second"}),
    ("The chip runs at 2.5 GHz.", "2.5 GHz", {"unit": "gigahertz"}),
    ("The chips use 3nm parts.", "3nm", {"unit": "nanometre"}),
    ("The bag weighs 10 kilograms.", "10 kilograms", {"unit": "kilogram"}),
    ("The tower is 300 metres tall.", "300 metres", {"unit": "metre"}),
    # temperature
    ("It was 35°C.", "35°C", {"unit": "degree_celsius"}),
    ("It was 95°F.", "95°F", {"unit": "degree_fahrenheit"}),
    ("It hit 40 degrees Celsius.", "40 degrees Celsius", {"unit": "degree_celsius"}),
    # time spans and ages
    ("The match ran 90 minutes.", "90 minutes", {"unit": "minute", "role": "level"}),
    ("The strike lasted 3 days.", "3 days", {"unit": "day"}),
    ("Prices rose in the past 6 months.", "6 months", {"unit": "month", "role": "duration"}),
    ("The deal runs for two years.", "two years", {"unit": "year", "role": "duration"}),
    ("A 42-year-old man was held.", "42-year-old",
     {"unit": "year_of_age", "role": "age", "value": 42}),
    ("Workers aged 42 were hired.", "42", {"unit": "year_of_age", "role": "age"}),
    ("Tim Cook, 63, spoke.", "63", {"unit": "year_of_age", "role": "age"}),
    # counts and their nouns
    ("Police found 5 people.", "5", {"unit": "count", "noun": "person"}),
    ("They offered two solutions.", "two", {"unit": "count", "noun": "solution"}),
    ("There were 12 new cases.", "12", {"unit": "count", "noun": "case"}),
    ("It built 30 factories.", "30", {"unit": "count", "noun": "factory"}),
    ("It hired 2,000 women.", "2,000", {"unit": "count", "noun": "woman", "value": 2000}),
]  # fmt: skip

ROLE_ROWS: list[tuple[str, str, dict[str, Any]]] = [
    ("Exports were $20 billion.", "$20 billion", {"role": "level", "direction": None}),
    ("Exports rose 5%.", "5%", {"role": "change", "direction": "increase"}),
    ("Exports fell 3.2%.", "3.2%", {"role": "change", "direction": "decrease"}),
    ("Exports accounted for 12.5% of the total.", "12.5%", {"role": "share"}),
    ("Sales grew in 2019.", "2019", {"role": "year", "value": 2019, "iso": "2019", "unit": None}),
    ("Sales grew in April 2015.", "April 2015", {"role": "date", "iso": "2015-04"}),
    ("Sales grew in 2012–13.", "2012–13", {"role": "fiscal_year", "iso": "2012-04/2013-03"}),
    ("The talks end at 2.15pm.", "2.15pm", {"role": "time", "iso": "14:15", "unit": None}),
    ("The talks began at 10:30 a.m.", "10:30 a.m.", {"role": "time", "iso": "10:30"}),
    ("She finished 53rd overall.", "53", {"role": "ordinal", "unit": None}),
    ("Deductions under Section 80C stay.", "80", {"role": "code", "unit": None}),
    ("It ordered Boeing 737 jets.", "737", {"role": "code"}),
    ("Prices rose 5%[3] last year.", "3", {"role": "footnote"}),
    ("Inflation eased to 3.2%(1) in March.", "1", {"role": "footnote"}),
    ("2. Main points\nGDP grew 0.3%.", "2", {"role": "marker"}),
    ("Figures: ONS, Labour market overview, 1,200 firms, 2025.\n\nPay grew 5.6%.", "1,200",
     {"role": "source"}),
    ("3.1.1 Unemployment\nThe rate was 4.2%.", "3.1", {"role": "marker"}),
    ("There were 112 subscriptions per 100 inhabitants.", "100", {"role": "base"}),
    ("Households that spent more than 30% of income.", "30%",
     {"role": "threshold", "qualifier": "more_than"}),
    ("The deal runs for 6 months.", "6 months", {"role": "duration"}),
    ("Workers aged 16 to 64 were hired.", "16 to 64",
     {"role": "age", "low": 16, "high": 64, "unit": "year_of_age"}),
    ("A 10-member team met.", "10-member", {"role": "modifier", "noun": "member"}),
    ("A 5-year plan began.", "5-year", {"role": "modifier", "unit": "year"}),
    ("The two companies merged.", "two", {"role": "reference", "noun": "company"}),
    ("The index (2015 = 100) rose.", "100", {"role": "index_base"}),
]  # fmt: skip

FAILURE_ROWS: list[tuple[str, str, dict[str, Any]]] = [
    ("Sales were 5 per cent higher.", "5 per cent", {"unit": "percent", "value": 5}),
    ("More than half of voters agreed.", "half",
     {"value": 50, "unit": "percent", "qualifier": "more_than"}),
    ("A couple hundred people came.", "A couple hundred",
     {"value": 200, "qualifier": "approximately", "noun": "person"}),
    ("It was between 3 and 5 million tonnes.", "3 and 5 million tonnes",
     {"low": 3_000_000, "high": 5_000_000, "value": 4_000_000, "unit": "tonne"}),
    ("The deal is worth $5-10 million.", "$5-10 million",
     {"low": 5_000_000, "high": 10_000_000, "unit": "USD"}),
    ("The meeting ends at 2.15pm.", "2.15pm", {"role": "time", "unit": None, "value": None}),
    ("The group won 3-1 on Sunday.", "3", {"low": None}),
]  # fmt: skip


@pytest.mark.parametrize(("text", "surface", "expected"), UNIT_ROWS)
def test_unit_families(text: str, surface: str, expected: dict[str, Any]) -> None:
    _check(_find(text, surface), expected)


@pytest.mark.parametrize(("text", "surface", "expected"), ROLE_ROWS)
def test_roles(text: str, surface: str, expected: dict[str, Any]) -> None:
    _check(_find(text, surface), expected)


@pytest.mark.parametrize(("text", "surface", "expected"), FAILURE_ROWS)
def test_failures_of_other_extractors(text: str, surface: str, expected: dict[str, Any]) -> None:
    _check(_find(text, surface), expected)


def test_every_role_is_covered() -> None:
    covered = {row[2]["role"] for row in ROLE_ROWS + UNIT_ROWS if "role" in row[2]}
    assert covered == set(ROLES)


@pytest.mark.parametrize(
    ("text", "absent"),
    [
        ("It is a mix of rock and pop.", None),
        ("In April 2015 the plant opened.", Decimal(2015)),
        ("The 2.15pm train was late.", Decimal("2.15")),
    ],
)
def test_no_false_quantities(text: str, absent: Decimal | None) -> None:
    found = statextract.quantities(text)
    if absent is None:
        assert found == []
    else:
        assert all(q.value != absent for q in found), found


@pytest.mark.parametrize(
    ("text", "surface"),
    [
        ("He scored 5 in the final.", "5"),
        ("They came 3 at a time.", "3"),
        ("Shops open at 9 am.", "9 am"),
        ("A gap of 2 m opened.", "2"),
        ("Add 5 g of salt.", "5"),
        ("It rolled out 5G networks.", "5"),
        ("It fell two second-half goals behind.", "two"),
    ],
)
def test_ordinary_words_are_no_units(text: str, surface: str) -> None:
    quantity = _find(text, surface)
    assert quantity.unit in (None, "count"), quantity
    assert quantity.text == surface


@pytest.mark.parametrize(
    ("word", "singular"),
    [
        ("people", "person"), ("solutions", "solution"), ("companies", "company"),
        ("boxes", "box"), ("churches", "church"), ("businesses", "business"),
        ("analyses", "analysis"), ("series", "series"), ("buses", "bus"), ("status", "status"),
        ("children", "child"), ("lives", "life"), ("jobs", "job"), ("economics", "economics"),
        ("day", "day"), ("criteria", "criterion"),
    ],
)  # fmt: skip
def test_lemma(word: str, singular: str) -> None:
    assert lemma(word) == singular


@pytest.mark.parametrize(
    "text",
    [
        "Exports rose\u00a05% to ₹1.4\u2009lakh crore in 2023, up from ₹1.2 lakh crore.",
        "Ｒevenue was ＄５ million; 3 days later it was 40 mph.",
        "No numbers here.",
    ],
)
def test_offsets_point_into_the_original_text(text: str) -> None:
    found = statextract.quantities(text)
    assert [q.start for q in found] == sorted(q.start for q in found)
    assert all(text[q.start : q.end] == q.text for q in found)


def test_one_figure_pass_feeds_facts_and_quantities(monkeypatch: pytest.MonkeyPatch) -> None:
    calls: list[str] = []

    def counting(text: str, hints: FigureHints = NO_HINTS, skip: Any = None) -> Any:
        calls.append(text)
        return find_figures(text, hints, skip=skip)

    monkeypatch.setattr(extractor_module, "find_figures", counting)
    text = "Exports rose 5% to $20 billion in 2023, accounting for 12.5% of the total."
    analysis = Extractor().analyze(text)
    assert len(calls) == 1
    assert analysis.facts == statextract.extract(text)
    assert analysis.quantities == statextract.quantities(text)
    assert len(calls) == 3


def test_quantity_json_keeps_numbers_exact() -> None:
    quantity = _find("Revenue was USD34.6 million.", "USD34.6 million")
    assert quantity.model_dump(mode="json")["value"] == 34_600_000


@pytest.mark.parametrize("surface", sorted(PHYSICAL_UNITS))
def test_every_unit_has_a_dimension(surface: str) -> None:
    assert PHYSICAL_UNITS[surface] in UNIT_DIMENSIONS


@pytest.mark.parametrize(
    "code", sorted(set(CURRENCY_PREFIXES.values()) | set(CURRENCY_WORDS.values()))
)
def test_currency_codes_are_iso_4217_shaped(code: str) -> None:
    assert len(code) == 3 and code.isupper() and code.isalpha()


def test_units_of_one_family_share_a_pint_dimension() -> None:
    pint = pytest.importorskip("pint")
    registry = pint.UnitRegistry()
    dimensions: dict[str, set[object]] = {}
    for canonical, family in UNIT_DIMENSIONS.items():
        if canonical in PINT_UNKNOWN:
            continue
        parsed = registry.Quantity(registry(PINT_NAMES.get(canonical, canonical)))
        dimensions.setdefault(family, set()).add(parsed.dimensionality)
    mixed = {family: found for family, found in dimensions.items() if len(found) > 1}
    assert not mixed
