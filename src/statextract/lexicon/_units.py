"""Units after a number: surface form (lower-case) -> canonical unit of the annotation guide."""

from __future__ import annotations

PERCENT_UNITS: dict[str, str] = {
    "%": "percent",
    "percent": "percent",
    "per cent": "percent",
    "pct": "percent",
    "percentage points": "percentage_point",
    "percentage point": "percentage_point",
    "percent points": "percentage_point",
    "per cent points": "percentage_point",
    "pct points": "percentage_point",
    "pct point": "percentage_point",
    "pp": "percentage_point",
    "ppt": "percentage_point",
    "ppts": "percentage_point",
    "p.p.": "percentage_point",
    "basis points": "basis_point",
    "basis point": "basis_point",
    "bps": "basis_point",
    "bp": "basis_point",
}

POINT_WORDS: tuple[str, ...] = ("points", "point", "pts")
"""Index points, or percentage points where the figure is a rate's change."""

MULTIPLE_UNITS: dict[str, str] = {
    "times": "times",
    "fold": "times",
    "-fold": "times",
    "x": "times",
}

RATE_UNITS: dict[str, str] = {
    "per thousand": "per_thousand",
    "per 1,000": "per_thousand",
    "per 1000": "per_thousand",
    "per mille": "per_thousand",
    "‰": "per_thousand",
    "per 1,000 people": "per_thousand",
    "per thousand people": "per_thousand",
}

PHYSICAL_UNITS: dict[str, str] = {
    # mass
    "tonnes": "tonne", "tonne": "tonne", "tons": "tonne", "ton": "tonne",
    "metric tons": "tonne", "metric tonnes": "tonne", "mt": "tonne",
    "kilograms": "kilogram", "kilogram": "kilogram", "kg": "kilogram", "kgs": "kilogram",
    "grams": "gram", "gram": "gram", "g": "gram",
    "lakh tonnes": "tonne", "bales": "bale", "quintals": "quintal", "quintal": "quintal",
    "ounces": "ounce", "ounce": "ounce", "oz": "ounce",
    "bushels": "bushel", "bushel": "bushel", "bushels per acre": "bushel_per_acre",
    # energy and power
    "kilowatt-hours": "kilowatt_hour", "kilowatt-hour": "kilowatt_hour",
    "kilowatt hours": "kilowatt_hour", "kwh": "kilowatt_hour",
    "megawatt-hours": "megawatt_hour", "mwh": "megawatt_hour",
    "gigawatt-hours": "gigawatt_hour", "gwh": "gigawatt_hour",
    "terawatt-hours": "terawatt_hour", "terawatt hours": "terawatt_hour", "twh": "terawatt_hour",
    "kilowatts": "kilowatt", "kw": "kilowatt", "megawatts": "megawatt", "mw": "megawatt",
    "gigawatts": "gigawatt", "gw": "gigawatt",
    # oil and volume
    "barrels per day": "barrel_per_day", "barrels a day": "barrel_per_day",
    "bpd": "barrel_per_day", "b/d": "barrel_per_day", "barrels": "barrel", "barrel": "barrel",
    "cubic metres": "cubic_metre", "cubic meters": "cubic_metre",
    "litres": "litre", "liters": "litre", "gallons": "gallon",
    # area and length
    "square metres": "square_metre", "square meters": "square_metre", "sq m": "square_metre",
    "square kilometres": "square_kilometre", "square kilometers": "square_kilometre",
    "sq km": "square_kilometre", "square feet": "square_foot", "sq ft": "square_foot",
    "hectares": "hectare", "hectare": "hectare", "ha": "hectare", "acres": "acre",
    "kilometres": "kilometre", "kilometers": "kilometre", "km": "kilometre",
    "miles": "mile", "metres": "metre", "meters": "metre",
    # time spent (durations that measure, not name, a period)
    "hours": "hour", "hour": "hour", "minutes": "minute", "days": "day",
    # data
    "gigabytes": "gigabyte", "gb": "gigabyte", "terabytes": "terabyte", "tb": "terabyte",
    # temperature
    "°c": "degree_celsius", "degrees celsius": "degree_celsius",
    "°f": "degree_fahrenheit", "degrees fahrenheit": "degree_fahrenheit",
}  # fmt: skip

PERIOD_NOUNS: tuple[str, ...] = (
    "year", "years", "month", "months", "week", "weeks", "decade", "decades", "quarter",
    "quarters", "century", "centuries", "straight months", "consecutive months",
    "consecutive years", "consecutive quarters", "straight years", "straight quarters",
)  # fmt: skip
"""Durations that name a period ("in the past 12 months"): not statistics."""
