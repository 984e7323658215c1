"""Units as a grammar: "X per Y", "X a Y", "X/Y" for every unit, scaled oil units, prices per
unit, counted containers ("480-pound bales")."""

from __future__ import annotations

from cases.case import Case, chg, fact, numbered, row, slug

COMPOUNDS: list[tuple[str, str, float, str]] = [
    ("10.2 million b/d", "10.2 million b/d", 10200000, "barrel_per_day"),
    ("10.2 million bpd", "10.2 million bpd", 10200000, "barrel_per_day"),
    ("10.2 million barrels per day", "10.2 million barrels per day", 10200000, "barrel_per_day"),
    ("10.2 million barrels a day", "10.2 million barrels a day", 10200000, "barrel_per_day"),
    ("10.2 mb/d", "10.2 mb/d", 10200000, "barrel_per_day"),
    ("10.2 mbpd", "10.2 mbpd", 10200000, "barrel_per_day"),
    ("240 tb/d", "240 tb/d", 240000, "barrel_per_day"),
    ("240 kb/d", "240 kb/d", 240000, "barrel_per_day"),
    ("240,000 barrels of oil per day", "240,000 barrels of oil per day", 240000, "barrel_per_day"),
    ("450 MWh/d", "450 MWh/d", 450, "megawatt_hour_per_day"),
    (
        "12,000 megawatthours per day",
        "12,000 megawatthours per day",
        12000,
        "megawatt_hour_per_day",
    ),
    (
        "12,000 megawatt-hours per day",
        "12,000 megawatt-hours per day",
        12000,
        "megawatt_hour_per_day",
    ),
    ("11.3 million MWh per day", "11.3 million MWh per day", 11300000, "megawatt_hour_per_day"),
    ("4,150 terawatthours", "4,150 terawatthours", 4150, "terawatt_hour"),
    (
        "101.2 billion cubic feet per day",
        "101.2 billion cubic feet per day",
        101200000000,
        "cubic_foot_per_day",
    ),
    ("101.2 Bcf/d", "101.2 Bcf/d", 101200000000, "cubic_foot_per_day"),
    ("177.3 bushels per acre", "177.3 bushels per acre", "177.3", "bushel_per_acre"),
    ("177.3 bushels an acre", "177.3 bushels an acre", "177.3", "bushel_per_acre"),
    ("177.3 bu/acre", "177.3 bu/acre", "177.3", "bushel_per_acre"),
    ("1,850 pounds per harvested acre", "1,850 pounds per harvested acre", 1850, "pound_per_acre"),
    ("3.2 tonnes per hectare", "3.2 tonnes per hectare", "3.2", "tonne_per_hectare"),
    ("3.2 t/ha", "3.2 t/ha", "3.2", "tonne_per_hectare"),
    ("120 km/h", "120 km/h", 120, "kilometre_per_hour"),
    ("8.4 million tonnes per year", "8.4 million tonnes per year", 8400000, "tonne_per_year"),
    (
        "2.5 litres per person per day",
        "2.5 litres per person per day",
        "2.5",
        "litre_per_person_per_day",
    ),
]

COMPOUND_GRID: list[Case] = [
    Case(
        slug("unit-grammar", phrase),
        f"Output reached {phrase} in 2023.",
        [fact(surface, value=value, unit=unit)],
    )
    for phrase, surface, value, unit in COMPOUNDS
]

PRICES: list[Case] = numbered("unit-grammar-price", [
    row("Brent crude rose to $68 per barrel on Monday.",
        fact("$68", value=68, unit="USD", metric="Brent crude")),
    row("Brent crude rose to $68 a barrel on Monday.",
        fact("$68", value=68, unit="USD", metric="Brent crude")),
    row("Gasoline averaged $3.10/gallon in May 2024.",
        fact("$3.10", value="3.10", unit="USD", metric="gasoline")),
    row("Retail gasoline prices averaged $3.10 per gallon in May 2024.",
        fact("$3.10", value="3.10", unit="USD", metric="retail gasoline prices")),
    row("The season-average corn price was $4.85 a bushel.",
        fact("$4.85", value="4.85", unit="USD", metric="season-average corn price")),
    row("Natural gas traded at $2.50/MMBtu.",
        fact("$2.50", value="2.50", unit="USD")),
    row("Wheat fell to €210 per tonne in Paris.",
        fact("€210", value=210, unit="EUR")),
])  # fmt: skip

NOT_MONEY: list[Case] = numbered("unit-grammar-pounds", [
    row("The cotton yield was 1,850 pounds per harvested acre in 2023.",
        fact("1,850 pounds per harvested acre", value=1850, unit="pound_per_acre")),
    row("Milk output rose to 24,117 pounds per cow.",
        fact("24,117 pounds per cow", value=24117, unit="pound_per_cow")),
    row("Farmers grew 17.9 million 480-pound bales of cotton in 2023.",
        fact("17.9 million", value=17900000, unit="count")),
    row("Production fell to 12.4 million 480-lb bales.",
        fact("12.4 million", value=12400000, unit="count")),
    row("Ending stocks were put at 3.1 million bales.",
        fact("3.1 million", value=3100000, unit="count")),
])  # fmt: skip

CHANGES_IN_THE_LEVELS_UNIT: list[Case] = numbered("unit-grammar-changes", [
    row("Total actual weekly hours worked fell by 4.2 million on the quarter to 1,038.9 million "
        "hours.",
        fact("1,038.9 million hours", unit="hour", change=chg("decrease", 4200000, "hour"))),
    row("Output rose by 120,000 to 3.2 million barrels per day.",
        fact("3.2 million barrels per day", unit="barrel_per_day",
             change=chg("increase", 120000, "barrel_per_day"))),
    row("Production fell 2.1 million to 48.5 million tonnes.",
        fact("48.5 million tonnes", unit="tonne", change=chg("decrease", 2100000, "tonne"))),
    # a bare scaled number in a sentence that named a physical unit counts that unit
    row("Ending stocks are projected at 1.938 billion bushels, down 61 million from last month, "
        "compared with 1.763 billion in 2023/24.",
        fact("1.938 billion bushels", unit="bushel"),
        fact("1.763 billion", unit="bushel")),
    row("The department held corn exports at 2.325 billion bushels and corn used for ethanol at "
        "5.45 billion.",
        fact("2.325 billion bushels", unit="bushel"), fact("5.45 billion", unit="bushel")),
    row("Output rose to 3.2 million tonnes, while 1.2 million workers were employed.",
        fact("3.2 million tonnes", unit="tonne"), fact("1.2 million", unit="count")),
    row("Production reached 3.2 million tonnes; the country has 1.4 billion people.",
        fact("3.2 million tonnes", unit="tonne"), fact("1.4 billion", unit="count")),
    # a figure of a rate's numerator near the rate's value, compared with it, is the rate
    row("The yield was cut 0.7 bushel to 183.1 bushels per acre, still well above the 177.3 "
        "bushels harvested in 2023.",
        fact("183.1 bushels per acre", unit="bushel_per_acre", date="2024-11-08"),
        fact("177.3 bushels", unit="bushel_per_acre", date="2023"), published="2024-11-08"),
    row("Yield rose to 183.1 bushels per acre and production to 15.1 billion bushels.",
        fact("183.1 bushels per acre", unit="bushel_per_acre"),
        fact("15.1 billion bushels", unit="bushel")),
])  # fmt: skip

TIME_BACK_IS_NO_DENOMINATOR: list[Case] = numbered("unit-grammar-time-back", [
    # "a week earlier" after a unit is a time back, "a week before tax" a rate
    row("Stocks fell to 3,969 Bcf from 3,972 Bcf a week earlier.",
        fact("3,969 Bcf", unit="cubic_foot"), fact("3,972 Bcf", unit="cubic_foot")),
    row("Output rose to 9.2 million b/d from 9.0 million b/d a month ago.",
        fact("9.2 million b/d", unit="barrel_per_day"),
        fact("9.0 million b/d", unit="barrel_per_day")),
    row("Production reached 41,000 tonnes, against 39,500 tonnes a year before.",
        fact("41,000 tonnes", unit="tonne"), fact("39,500 tonnes", unit="tonne")),
    row("Full-time workers earned 1,888 litres a week before tax.",
        fact("1,888 litres a week", unit="litre_per_week")),
    row("Sales were 3,200 tonnes a week, up from 3,000 tonnes a week in 2023.",
        fact("3,200 tonnes a week", unit="tonne_per_week"),
        fact("3,000 tonnes a week", unit="tonne_per_week")),
])  # fmt: skip

OIL_VOLUMES: list[Case] = numbered("unit-grammar-oil-volumes", [
    # in a text about oil, "mb" and "kb" are millions and thousands of barrels
    row("Oil stocks plunged by 47.5 mb in September, while OECD stocks fell by 36.4 mb to "
        "2,799 mb.",
        fact("47.5 mb", unit="barrel", change=chg("decrease", 47500000, "barrel")),
        fact("2,799 mb", value=2799000000, unit="barrel",
             change=chg("decrease", 36400000, "barrel"))),
    row("Crude inventories stood at 450 mb, with demand at 102.8 mb/d.",
        fact("450 mb", value=450000000, unit="barrel"),
        fact("102.8 mb/d", unit="barrel_per_day")),
    row("The file weighs 47.5 mb.", fact("47.5 mb", unit="megabyte")),
])  # fmt: skip

DAILY_BASIS: list[Case] = numbered("unit-grammar-daily-basis", [
    # "a day" after one amount, or a sentence that opens "On a daily basis", makes a rate of
    # the amounts of its first clause and of the values compared with them
    row("Arrivals eased to 712,000 tons a day from 727,000 tons in June.",
        fact("712,000 tons a day", unit="tonne_per_day"),
        fact("727,000 tons", unit="tonne_per_day")),
    row("On a daily basis, arrivals eased to 712,000 tons from 727,000 tons in June.",
        fact("712,000 tons", unit="tonne_per_day"), fact("727,000 tons", unit="tonne_per_day")),
    row("On a daily basis, output rose 3% to 1.2 million barrels.",
        fact("1.2 million barrels", unit="barrel_per_day")),
    row("On a daily basis, output rose 3%.", fact("3%", unit="percent")),
])  # fmt: skip

UNIT_GRAMMAR: list[Case] = (
    DAILY_BASIS
    + COMPOUND_GRID
    + PRICES
    + NOT_MONEY
    + CHANGES_IN_THE_LEVELS_UNIT
    + TIME_BACK_IS_NO_DENOMINATOR
    + OIL_VOLUMES
)
