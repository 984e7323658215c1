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
    "of a percentage point": "percentage_point",
    "of a percentage-point": "percentage_point",
    "basis points": "basis_point",
    "basis point": "basis_point",
    "basis-points": "basis_point",
    "basis-point": "basis_point",
    "percentage-points": "percentage_point",
    "percentage-point": "percentage_point",
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
    "per million": "per_million",
    "per million people": "per_million",
    "per million population": "per_million",
    "per million inhabitants": "per_million",
}

NEWS_UNITS: dict[str, str] = {
    # mass
    "tonnes": "tonne", "tonne": "tonne", "tons": "tonne", "ton": "tonne",
    "metric tons": "tonne", "metric tonnes": "tonne", "mt": "tonne",
    "kilotonnes": "kilotonne", "kilotons": "kilotonne", "kt": "kilotonne",
    "megatonnes": "megatonne", "megatons": "megatonne",
    "kgs": "kilogram", "mcg": "microgram", "gram": "gram",
    "lakh tonnes": "tonne", "quintals": "quintal", "quintal": "quintal",
    "ounces": "ounce", "ounce": "ounce", "oz": "ounce", "troy ounces": "troy_ounce",
    "lb": "pound_mass", "lbs": "pound_mass", "carats": "carat",
    "bushels": "bushel", "bushel": "bushel", "bushels per acre": "bushel_per_acre",
    "bushels an acre": "bushel_per_acre", "pounds per acre": "pound_per_acre",
    "pounds an acre": "pound_per_acre", "lbs per acre": "pound_per_acre",
    "hundredweight": "hundredweight", "cwt": "hundredweight",
    "tonnes per hectare": "tonne_per_hectare", "tonnes a hectare": "tonne_per_hectare",
    "kilograms per hectare": "kilogram_per_hectare", "kg/ha": "kilogram_per_hectare",
    "tonnes per year": "tonne_per_year",
    "tonnes per annum": "tonne_per_year", "tpa": "tonne_per_year",
    # container capacity: a twenty-foot box is one TEU, a forty-foot box two
    "teu": "teu", "teus": "teu", "twenty-foot equivalent units": "teu",
    "twenty-foot equivalent unit": "teu", "twenty-foot-equivalent units": "teu",
    # energy and power
    "megawatt-hours": "megawatt_hour", "gigawatt-hours": "gigawatt_hour",
    "megawatthours": "megawatt_hour", "gigawatthours": "gigawatt_hour",
    "terawatthours": "terawatt_hour", "kilowatthours": "kilowatt_hour",
    "bu": "bushel", "pounds": "pound", "pound": "pound", "t/ha": "tonne_per_hectare",
    "terawatt-hours": "terawatt_hour", "terawatt hours": "terawatt_hour",
    "horsepower": "horsepower", "hp": "horsepower", "bhp": "horsepower",
    "brake horsepower": "horsepower", "calories": "calorie", "kcal": "kilocalorie",
    "kilocalories": "kilocalorie", "btu": "british_thermal_unit", "btus": "british_thermal_unit",
    "british thermal units": "british_thermal_unit", "therms": "therm",
    "mmbtu": "million_british_thermal_unit", "mah": "milliampere_hour",
    "milliamp-hours": "milliampere_hour", "amps": "ampere", "amperes": "ampere",
    "volts": "volt", "kv": "kilovolt", "kilovolts": "kilovolt",
    # torque and rotation
    "pound-feet": "pound_foot", "pound-foot": "pound_foot", "pound feet": "pound_foot",
    "lb-ft": "pound_foot", "lb ft": "pound_foot", "newton-metres": "newton_metre",
    "newton metres": "newton_metre", "newton-meters": "newton_metre",
    "newton meters": "newton_metre", "rpm": "revolution_per_minute",
    "revolutions per minute": "revolution_per_minute",
    # concentration and sound
    "ppm": "part_per_million", "parts per million": "part_per_million",
    "ppb": "part_per_billion", "parts per billion": "part_per_billion",
    "decibels": "decibel", "db": "decibel",
    # oil and volume
    "barrels per day": "barrel_per_day",
    "barrels of oil per day": "barrel_per_day", "barrels of oil a day": "barrel_per_day",
    "bpd": "barrel_per_day", "b/d": "barrel_per_day", "bbl/d": "barrel_per_day",
    "barrels": "barrel", "barrel": "barrel", "bbl": "barrel",
    "barrels of oil equivalent per day": "barrel_of_oil_equivalent_per_day",
    "barrels of oil equivalent a day": "barrel_of_oil_equivalent_per_day",
    "boe/d": "barrel_of_oil_equivalent_per_day", "boepd": "barrel_of_oil_equivalent_per_day",
    "boe per day": "barrel_of_oil_equivalent_per_day",
    "boe a day": "barrel_of_oil_equivalent_per_day",
    "barrels of oil equivalent": "barrel_of_oil_equivalent", "boe": "barrel_of_oil_equivalent",
    "cubic metres": "cubic_metre", "cubic meters": "cubic_metre", "cu m": "cubic_metre",
    "m3": "cubic_metre", "cubic feet": "cubic_foot", "cu ft": "cubic_foot",
    "gallons": "gallon", "gallon": "gallon", "pints": "pint",
    # area
    "square metres": "square_metre", "square meters": "square_metre", "sq m": "square_metre",
    "sqm": "square_metre", "m2": "square_metre", "square kilometres": "square_kilometre",
    "square kilometers": "square_kilometre", "sq km": "square_kilometre",
    "km2": "square_kilometre", "square feet": "square_foot", "sq ft": "square_foot",
    "sqft": "square_foot", "square miles": "square_mile", "sq mi": "square_mile",
    "hectares": "hectare", "hectare": "hectare", "ha": "hectare", "acres": "acre", "acre": "acre",
    # length
    "miles": "mile", "mile": "mile", "mi": "mile", "nautical miles": "nautical_mile",
    "nmi": "nautical_mile", "feet": "foot", "foot": "foot", "ft": "foot", "inches": "inch",
    "inch": "inch", "yards": "yard", "yd": "yard", "yds": "yard",
    "light-years": "light_year", "light years": "light_year",
    # speed and fuel use
    "km/h": "kilometre_per_hour", "kmh": "kilometre_per_hour", "kph": "kilometre_per_hour",
    "km/hr": "kilometre_per_hour", "kilometres per hour": "kilometre_per_hour",
    "kilometers per hour": "kilometre_per_hour", "kilometres an hour": "kilometre_per_hour",
    "kilometers an hour": "kilometre_per_hour", "km per hour": "kilometre_per_hour",
    "km an hour": "kilometre_per_hour", "mph": "mile_per_hour", "miles per hour": "mile_per_hour",
    "miles an hour": "mile_per_hour", "m/s": "metre_per_second",
    "metres per second": "metre_per_second", "meters per second": "metre_per_second",
    "knots": "knot", "mpg": "mile_per_gallon", "miles per gallon": "mile_per_gallon",
    "litres per 100 km": "litre_per_100_kilometre", "l/100km": "litre_per_100_kilometre",
    "l/100 km": "litre_per_100_kilometre",
    # time spent (durations that measure, not name, a period)
    "hours": "hour", "hour": "hour", "hrs": "hour", "minutes": "minute", "minute": "minute",
    "mins": "minute", "min": "minute", "days": "day", "day": "day", "secs": "second",
    # data
    "megapixels": "megapixel", "mp": "megapixel",
    # temperature and angle
    "°c": "degree_celsius", "degrees celsius": "degree_celsius",
    "degrees centigrade": "degree_celsius", "degrees c": "degree_celsius",
    "°f": "degree_fahrenheit", "degrees fahrenheit": "degree_fahrenheit",
    "degrees f": "degree_fahrenheit", "kelvin": "kelvin", "degrees": "degree",
    "degree": "degree", "°": "degree",
}  # fmt: skip
"""Units news writes out, surface (lower-case) -> canonical: singular snake_case, "_per_"."""

SI_PREFIXES: dict[str, tuple[str, ...]] = {
    "kilo": ("k",), "mega": ("m",), "giga": ("g",), "tera": ("t",), "peta": ("p",),
    "hecto": ("h",), "centi": ("c",), "milli": ("m",), "micro": ("μ", "u"), "nano": ("n",),
}  # fmt: skip
"""SI prefixes and their symbols (lower-case; the micro sign folds to Greek mu)."""

SI_BASES: dict[str, tuple[tuple[str, ...], tuple[str, ...], tuple[str, ...]]] = {
    # canonical: (names, symbols, prefixes it takes)
    "metre": (("metre", "metres", "meter", "meters"), ("m",),
              ("kilo", "centi", "milli", "micro", "nano")),
    "gram": (("gram", "grams", "gramme", "grammes"), ("g",), ("kilo", "milli", "micro")),
    "litre": (("litre", "litres", "liter", "liters"), ("l",), ("hecto", "centi", "milli")),
    "watt": (("watt", "watts"), ("w",), ("kilo", "mega", "giga", "tera")),
    "watt_hour": (("watt-hour", "watt-hours", "watt hour", "watt hours"), ("wh",),
                  ("kilo", "mega", "giga", "tera")),
    "joule": (("joule", "joules"), ("j",), ("kilo", "mega", "giga")),
    "byte": (("byte", "bytes"), ("b",), ("kilo", "mega", "giga", "tera", "peta")),
    "bit_per_second": (("bit per second", "bits per second", "bits a second"), ("bps",),
                       ("kilo", "mega", "giga")),
    "hertz": (("hertz",), ("hz",), ("kilo", "mega", "giga")),
    "second": (("second", "seconds"), ("s",), ("milli", "nano")),
}  # fmt: skip
"""Units that take SI prefixes: "kilometres", "km", "gigawatt-hours", "GWh", "MHz" ..."""

SI_UNPREFIXED: frozenset[str] = frozenset(SI_BASES)
"""Bases whose plain names are units too, in the plural or spelt out ("300 watts", "50 hertz");
never their bare symbols ("m", "g", "s") nor singulars like "second" ("two second-half goals")."""


def _si_units() -> dict[str, str]:
    table: dict[str, str] = {}
    for base, (names, symbols, prefixes) in SI_BASES.items():
        for prefix in prefixes:
            canonical = f"{prefix}{base}"
            table.update({f"{prefix}{name}": canonical for name in names})
            for symbol in SI_PREFIXES[prefix]:
                table.update({f"{symbol}{base_symbol}": canonical for base_symbol in symbols})
        if base in SI_UNPREFIXED:
            table.update({name: base for name in names if name.endswith(("s", "z")) or " " in name})
    return table


PHYSICAL_UNITS: dict[str, str] = {**_si_units(), **NEWS_UNITS}
"""Every physical unit after a number: surface (lower-case) -> canonical unit."""

GLUED_ONLY_SYMBOLS: frozenset[str] = frozenset({
    "x", "fold", "-fold", "mt", "ha", "gw", "mw", "kw", "tw", "ms", "ns", "mi", "cl",
    "hl", "mj", "kt", "mp", "°", "um", "ug",
})  # fmt: skip
"""Short symbols read as units only when glued to the number ("20GW", "3x"), never after a space.
Bare "g" is no unit at all: "5G" is a network generation far more often than five grams."""

SPACED_CAPITAL_SYMBOLS: frozenset[str] = frozenset({"GW", "MW", "kW", "KW", "TW"})
"""Of those, the capitalised power symbols, units after a space too ("63 GW of capacity"):
written so, they name nothing else."""

UNIT_DIMENSIONS: dict[str, str] = {
    "tonne": "mass", "kilotonne": "mass", "megatonne": "mass", "kilogram": "mass",
    "gram": "mass", "milligram": "mass", "microgram": "mass", "ounce": "mass",
    "troy_ounce": "mass", "pound_mass": "mass", "pound": "mass", "carat": "mass", "quintal": "mass",
    "bale": "mass", "bushel": "volume", "bushel_per_acre": "volume_per_area", "teu": "volume",
    "pound_per_acre": "mass_per_area", "hundredweight": "mass",
    "tonne_per_hectare": "mass_per_area", "kilogram_per_hectare": "mass_per_area",
    "tonne_per_year": "mass_per_time",
    "kilowatt_hour": "energy", "megawatt_hour": "energy", "gigawatt_hour": "energy",
    "terawatt_hour": "energy", "watt_hour": "energy", "joule": "energy",
    "kilojoule": "energy", "megajoule": "energy", "gigajoule": "energy", "calorie": "energy",
    "kilocalorie": "energy", "british_thermal_unit": "energy", "therm": "energy",
    "million_british_thermal_unit": "energy", "milliampere_hour": "charge",
    "watt": "power", "kilowatt": "power", "megawatt": "power", "gigawatt": "power",
    "terawatt": "power", "horsepower": "power", "ampere": "current", "volt": "voltage",
    "kilovolt": "voltage", "pound_foot": "torque", "newton_metre": "torque",
    "revolution_per_minute": "frequency", "hertz": "frequency", "kilohertz": "frequency",
    "megahertz": "frequency", "gigahertz": "frequency",
    "part_per_million": "ratio", "part_per_billion": "ratio", "decibel": "level",
    "barrel_per_day": "volume_per_time", "barrel": "volume", "cubic_metre": "volume",
    "barrel_of_oil_equivalent": "oil_equivalent",
    "barrel_of_oil_equivalent_per_day": "oil_equivalent_per_time",
    "cubic_foot": "volume", "gallon": "volume", "pint": "volume", "litre": "volume",
    "hectolitre": "volume", "centilitre": "volume", "millilitre": "volume",
    "square_metre": "area", "square_kilometre": "area", "square_foot": "area",
    "square_mile": "area", "hectare": "area", "acre": "area",
    "metre": "length", "kilometre": "length", "centimetre": "length", "millimetre": "length",
    "micrometre": "length", "nanometre": "length", "mile": "length", "nautical_mile": "length",
    "foot": "length", "inch": "length", "yard": "length", "light_year": "length",
    "kilometre_per_hour": "speed", "mile_per_hour": "speed", "metre_per_second": "speed",
    "knot": "speed", "mile_per_gallon": "fuel_economy",
    "litre_per_100_kilometre": "fuel_consumption",
    "second": "time", "millisecond": "time", "nanosecond": "time", "minute": "time",
    "hour": "time", "day": "time", "week": "time", "month": "time", "quarter": "time",
    "year": "time", "decade": "time", "century": "time",
    "byte": "information", "kilobyte": "information", "megabyte": "information",
    "gigabyte": "information", "terabyte": "information", "petabyte": "information",
    "kilobit_per_second": "data_rate", "megabit_per_second": "data_rate",
    "gigabit_per_second": "data_rate", "bit_per_second": "data_rate", "megapixel": "count",
    "degree_celsius": "temperature", "degree_fahrenheit": "temperature", "kelvin": "temperature",
    "degree": "angle_or_temperature",
}  # fmt: skip
"""The kind of quantity each physical unit measures."""

PINT_NAMES: dict[str, str] = {
    "pound_mass": "pound", "troy_ounce": "troy_ounce", "carat": "carat",
    "tonne_per_hectare": "tonne / hectare", "kilogram_per_hectare": "kilogram / hectare",
    "tonne_per_year": "tonne / year", "kilowatt_hour": "kilowatt * hour",
    "megawatt_hour": "megawatt * hour", "gigawatt_hour": "gigawatt * hour",
    "terawatt_hour": "terawatt * hour", "watt_hour": "watt * hour",
    "british_thermal_unit": "BTU", "million_british_thermal_unit": "1e6 * BTU",
    "therm": "therm", "milliampere_hour": "milliampere * hour",
    "pound_foot": "pound_force * foot", "newton_metre": "newton * metre",
    "revolution_per_minute": "revolution / minute", "part_per_million": "ppm",
    "barrel_per_day": "barrel / day", "cubic_metre": "metre ** 3", "cubic_foot": "foot ** 3",
    "square_metre": "metre ** 2", "square_kilometre": "kilometre ** 2",
    "square_foot": "foot ** 2", "square_mile": "mile ** 2", "kilometre_per_hour": "km / hour",
    "mile_per_hour": "mile / hour", "metre_per_second": "metre / second",
    "mile_per_gallon": "mile / gallon", "litre_per_100_kilometre": "litre / (100 * km)",
    "kilobit_per_second": "kilobit / second", "megabit_per_second": "megabit / second",
    "gigabit_per_second": "gigabit / second", "bushel_per_acre": "bushel / acre",
    "pound_per_acre": "pound / acre", "hundredweight": "100 * pound",
    "light_year": "light_year", "nautical_mile": "nautical_mile", "quintal": "100 * kilogram",
    "part_per_billion": "1e-9", "bit_per_second": "bit / second", "degree_celsius": "degC",
    "degree_fahrenheit": "degF", "quarter": "3 * month", "decade": "10 * year",
}  # fmt: skip
"""Pint expressions of canonical units whose name pint does not read as it stands."""

PINT_UNKNOWN: frozenset[str] = frozenset(
    {"bale", "megapixel", "decibel", "degree", "teu", "barrel_of_oil_equivalent",
     "barrel_of_oil_equivalent_per_day"}
)  # fmt: skip
"""Units pint has no fitting definition for (a cotton bale's weight varies by country; a TEU is a
nominal container size, not a volume; a barrel of oil equivalent is a convention of energy)."""

PERIOD_NOUNS: tuple[str, ...] = (
    "year", "years", "month", "months", "week", "weeks", "decade", "decades", "quarter",
    "quarters", "century", "centuries", "straight months", "consecutive months",
    "consecutive years", "consecutive quarters", "straight years", "straight quarters",
)  # fmt: skip
"""Durations that name a period ("in the past 12 months"): not statistics."""

DURATION_UNITS: dict[str, str] = {
    noun: noun.split()[-1].removesuffix("s").replace("centurie", "century") for noun in PERIOD_NOUNS
}
"""Canonical unit of each period noun ("consecutive months" -> "month")."""

AGE_UNIT = "year_of_age"
"""The unit of an age ("a 42-year-old", "aged 42")."""
