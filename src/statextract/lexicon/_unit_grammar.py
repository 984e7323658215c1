"""The unit grammar's pieces: denominators of "X per Y" / "X/Y" and units written with a scale."""

from __future__ import annotations

from decimal import Decimal

DENOMINATORS: dict[str, str] = {
    "day": "day", "days": "day", "d": "day", "year": "year", "years": "year", "yr": "year",
    "annum": "year", "hour": "hour", "hours": "hour", "hr": "hour", "h": "hour",
    "week": "week", "wk": "week", "month": "month", "mo": "month", "minute": "minute",
    "min": "minute", "second": "second", "sec": "second", "s": "second",
    "acre": "acre", "acres": "acre", "hectare": "hectare", "ha": "hectare",
    "person": "person", "capita": "person", "head": "person", "inhabitant": "person",
    "resident": "person", "worker": "worker", "employee": "worker", "household": "household",
    "cow": "cow", "animal": "animal", "barrel": "barrel", "bbl": "barrel", "tonne": "tonne",
    "ton": "tonne", "t": "tonne", "gallon": "gallon", "gal": "gallon", "litre": "litre",
    "liter": "litre", "l": "litre", "square metre": "square_metre", "square meter": "square_metre",
    "m2": "square_metre", "sq m": "square_metre", "square foot": "square_foot",
    "sq ft": "square_foot", "kilometre": "kilometre", "kilometer": "kilometre", "km": "kilometre",
    "mile": "mile", "kwh": "kilowatt_hour", "mwh": "megawatt_hour", "mmbtu":
    "million_british_thermal_unit", "vehicle": "vehicle", "passenger": "passenger",
    "room": "room", "bed": "bed", "unit": "unit", "share": "share",
}  # fmt: skip
"""What a unit is divided by after "per", "a", "an" or "/" (lower-case surface -> name)."""

DENOMINATOR_MODIFIERS: tuple[str, ...] = ("harvested", "planted", "calendar", "working", "occupied")
"""Words between "per" and the denominator that do not change the unit ("per harvested acre")."""

SCALED_UNITS: dict[str, tuple[Decimal, str]] = {
    "mb/d": (Decimal(10) ** 6, "barrel_per_day"),
    "mbpd": (Decimal(10) ** 6, "barrel_per_day"),
    "mbbl/d": (Decimal(10) ** 6, "barrel_per_day"),
    "million b/d": (Decimal(10) ** 6, "barrel_per_day"),
    "tb/d": (Decimal(10) ** 3, "barrel_per_day"),
    "kb/d": (Decimal(10) ** 3, "barrel_per_day"),
    "kbpd": (Decimal(10) ** 3, "barrel_per_day"),
    "kbd": (Decimal(10) ** 3, "barrel_per_day"),
    "bcf/d": (Decimal(10) ** 9, "cubic_foot_per_day"),
    "bcfd": (Decimal(10) ** 9, "cubic_foot_per_day"),
    "bcf": (Decimal(10) ** 9, "cubic_foot"),
    "tcf": (Decimal(10) ** 12, "cubic_foot"),
    "bcm": (Decimal(10) ** 9, "cubic_metre"),
    "mmbbl": (Decimal(10) ** 6, "barrel"),
}  # fmt: skip
"""Units that carry their own scale ("240 tb/d" is 240,000 barrels a day)."""

COUNTED_CONTAINERS: tuple[str, ...] = ("bales", "bale", "head", "units", "cases", "crates")
"""Containers and heads counted ("3.1 million bales"): a count, not a physical unit."""
