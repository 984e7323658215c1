"""Units: percent forms, percentage points, per thousand, multiples and physical units."""

from __future__ import annotations

from cases.case import Case, chg, fact, numbered, row, slug

PERCENT_FORMS: list[str] = ["%", " percent", " per cent", " pct"]

PERCENT_TEMPLATES: list[tuple[str, str, str]] = [
    ("unemployment", "The unemployment rate was 4.2{u} in May 2024.", "unemployment rate"),
    ("savings", "The household savings rate stood at 12.5{u} in 2023.", "household savings rate"),
    ("turnout", "Voter turnout reached 67{u}, the election commission said.", "voter turnout"),
    ("yield", "The yield on two-year notes ended the week at 4.87{u}.", "yield on two-year notes"),
]

PERCENT_VALUES: dict[str, str] = {"unemployment": "4.2", "savings": "12.5", "turnout": "67",
                                  "yield": "4.87"}  # fmt: skip

PERCENT_GRID: list[Case] = [
    Case(
        slug("units-percent", name, form.strip() or "sign"),
        text.format(u=form),
        [
            fact(
                PERCENT_VALUES[name] + form,
                value=PERCENT_VALUES[name],
                unit="percent",
                metric=metric,
                share=None,
            )
        ],
    )
    for name, text, metric in PERCENT_TEMPLATES
    for form in PERCENT_FORMS
]

POINT_FORMS: list[str] = [" percentage points", " percentage point", " points", "pp", " ppt"]

POINT_GRID: list[Case] = [
    Case(
        slug("units-points", form.strip(), direction),
        f"The jobless rate {verb} 0.3{form} in the third quarter of 2023.",
        [
            fact(
                f"0.3{form}",
                value=None,
                unit="percentage_point",
                change=chg(direction, "0.3", "percentage_point"),
                date="2023-Q3",
            )
        ],
    )
    for form in POINT_FORMS
    for verb, direction in [("rose", "increase"), ("fell", "decrease")]
]

PHYSICAL: list[Case] = numbered("units-physical", [
    row("The country produced 1.02 billion tonnes of coal in 2023.",
        fact("1.02 billion tonnes", value=1020000000, unit="tonne", date="2023")),
    row("Grain output reached 695.41 million tonnes in 2023.",
        fact("695.41 million tonnes", value=695410000, unit="tonne", date="2023")),
    row("Saudi Arabia pumped 9.0 million barrels per day in November 2023.",
        fact("9.0 million barrels per day", value=9000000, unit="barrel_per_day", date="2023-11")),
    row("The group agreed to cut output by 500,000 barrels a day from May 2023.",
        fact("500,000 barrels a day", value=None, unit="barrel_per_day",
             change=chg("decrease", 500000, "barrel_per_day"))),
    row("Russia's exports averaged 3.5 million bpd in March 2024.",
        fact("3.5 million bpd", value=3500000, unit="barrel_per_day", date="2024-03")),
    row("Power consumption reached 9.22 trillion kilowatt-hours in 2023.",
        fact("9.22 trillion kilowatt-hours", value=9220000000000, unit="kilowatt_hour",
             date="2023")),
    row("Wind farms generated 886 billion kWh of electricity last year.",
        fact("886 billion kWh", value=886000000000, unit="kilowatt_hour")),
    row("Britain's wind output hit 82.3 TWh in 2023.",
        fact("82.3 TWh", value="82.3", unit="terawatt_hour", date="2023")),
    row("New homes sold totalled 1.12 billion square metres in 2023.",
        fact("1.12 billion square metres", value=1120000000, unit="square_metre", date="2023")),
    row("The average new flat measures 89.5 square meters.",
        fact("89.5 square meters", value="89.5", unit="square_metre")),
    row("Floods damaged crops on 1.2 million hectares in the province.",
        fact("1.2 million hectares", value=1200000, unit="hectare")),
    row("Farmers planted 90 million acres of corn in 2024.",
        fact("90 million acres", value=90000000, unit="acre", date="2024")),
    row("Corn yields averaged 177.3 bushels per acre in 2023.",
        fact("177.3 bushels per acre", value="177.3", unit="bushel_per_acre", date="2023")),
    row("Employees worked an average of 34.3 hours a week in October 2023.",
        fact("34.3 hours a week", value="34.3", unit="hour_per_week", date="2023-10")),
    row("Users spent 2.5 hours a day on short-video apps on average.",
        fact("2.5 hours a day", value="2.5", unit="hour_per_day")),
    row("Solar capacity rose to 609 gigawatts at the end of 2023.",
        fact("609 gigawatts", value=609, unit="gigawatt", date="2023-12")),
    row("The plant will have a capacity of 1,200 MW when completed.",
        fact("1,200 MW", value=1200, unit="megawatt")),
    row("Gas storage reached 95 billion cubic metres in November 2023.",
        fact("95 billion cubic metres", value=95000000000, unit="cubic_metre", date="2023-11")),
    row("The railway opened 2,776 kilometres of new track in 2023.",
        fact("2,776 kilometres", value=2776, unit="kilometre", date="2023")),
    row("Gold output rose to 3,644 tonnes in 2023.",
        fact("3,644 tonnes", value=3644, unit="tonne", date="2023")),
    row("Central banks bought 1,037 tonnes of gold in 2023.",
        fact("1,037 tonnes", value=1037, unit="tonne", date="2023")),
    row("The country imported 11.6 million tons of soybeans in December 2023.",
        fact("11.6 million tons", value=11600000, unit="tonne", date="2023-12")),
    row("Each household used 3,200 litres of water a month.",
        fact("3,200 litres", value=3200, unit="litre")),
    row("The average download speed was 95.6 megabits per second.",
        fact("95.6 megabits per second", value="95.6")),
    row("Rice production was 1,357 lakh tonnes in 2022-23.",
        fact("1,357 lakh tonnes", value=135700000, unit="tonne", date="2022-04/2023-03")),
    row("Cotton output is estimated at 316.57 lakh bales for 2023-24.",
        fact("316.57 lakh", value=31657000, unit="count", date="2023-04/2024-03",
             metric="cotton output")),
    row("The glacier lost 12 square kilometres of ice between 2010 and 2020.",
        fact("12 square kilometres", unit="square_kilometre")),
    row("Data traffic reached 3,015 billion gigabytes in 2023.",
        fact("3,015 billion gigabytes", value=3015000000000, unit="gigabyte", date="2023")),
    row("The Port of Los Angeles handled 1,019,837 twenty-foot equivalent units (TEUs) in July.",
        fact("1,019,837 twenty-foot equivalent units", value=1019837, unit="teu")),
    row("Loaded imports rose 8% to 543,728 TEUs.", fact("543,728 TEUs", value=543728, unit="teu")),
    row("The terminal moved 10.5 million TEU last year.",
        fact("10.5 million TEU", value=10500000, unit="teu")),
    # capitalised power symbols are units after a space too; a part that "makes up" a size
    # has not moved up
    row("Solar is expected to contribute 32.5 GW, up from a record 30 GW in 2024.",
        fact("32.5 GW", value="32.5", unit="gigawatt"), fact("30 GW", value=30, unit="gigawatt"),
        published="2025-02-25"),
    row("The plant will replace 1,800 MW of retiring coal units.",
        fact("1,800 MW", value=1800, unit="megawatt"), published="2025-02-25"),
    row("Coal-fired plants make up 8.1 GW of planned retirements.",
        fact("8.1 GW", value="8.1", unit="gigawatt", change=None), published="2025-02-25"),
    # counter-rows: a lower-case symbol after a space is no unit; "up" after a level verb moves
    row("The 20GW project is one of 5 mw sites.", fact("20GW", unit="gigawatt"), fact("5")),
    row("Together they have capacity of 100,000 barrels of oil equivalent per day (boe/d), part "
        "of a target of 250,000 boe/d.",
        fact("100,000 barrels of oil equivalent per day", unit="barrel_of_oil_equivalent_per_day"),
        fact("250,000 boe/d", value=250000, unit="barrel_of_oil_equivalent_per_day")),
    row("The field holds 1.2 billion boe.",
        fact("1.2 billion boe", value=1200000000, unit="barrel_of_oil_equivalent")),
    # "year on year" after a scaled count is the step, not a unit of time
    row("Germany had 195.7 million nights, up 4.7 million year on year.",
        fact("195.7 million", change=chg("increase", 4700000, "count"))),
    row("The bond matures in 2.5 years.", fact("2.5 years", unit="year")),
    row("Wind output was up 2.1 GW in 2024.",
        fact("2.1 GW", change=chg("increase", "2.1", "gigawatt")), published="2025-02-25"),
])  # fmt: skip

RATES_AND_MULTIPLES: list[Case] = numbered("units-rate", [
    row("The birth rate was 6.39 per thousand in 2023.",
        fact("6.39 per thousand", value="6.39", unit="per_thousand", date="2023")),
    row("The death rate stood at 7.87 per 1,000 people in 2023.",
        fact("7.87 per 1,000 people", value="7.87", unit="per_thousand", date="2023")),
    row("The natural growth rate was -1.48 per mille in 2023.",
        fact("-1.48 per mille", value="-1.48", unit="per_thousand", date="2023")),
    row("The infant mortality rate fell to 4.5\u2030 in 2023.",
        fact("4.5\u2030", value="4.5", unit="per_thousand", date="2023")),
    row("Average house prices are now 8.3 times average earnings.",
        fact("8.3 times", value="8.3", unit="times")),
    row("The company's market value is 2.2 times that of its nearest rival.",
        fact("2.2 times", value="2.2", unit="times")),
    row("Applications for the visa rose threefold in 2023.",
        fact("threefold", value=None, unit="times", change=chg("increase", 3, "times"))),
    row("The price of the shares is 35 times expected earnings.",
        fact("35 times", value=35, unit="times")),
    row("Rice exports grew fivefold over the decade.",
        fact("fivefold", value=None, unit="times", change=chg("increase", 5, "times"))),
    row("The bank's capital is 1.5x its regulatory minimum.",
        fact("1.5x", value="1.5", unit="times")),
    row("Sales of electric cars were 10-fold higher than in 2019.",
        fact("10-fold", unit="times")),
    row("The central bank cut its key rate by 25 basis points on Thursday.",
        fact("25 basis points", value=None, unit="basis_point",
             change=chg("decrease", 25, "basis_point"))),
    row("Spreads widened by 40 bps in March 2024.",
        fact("40 bps", value=None, unit="basis_point", change=chg("increase", 40, "basis_point"),
             date="2024-03")),
    row("The FTSE 100 closed up 35 points at 7,650 on Friday.",
        fact("7,650", value=7650, unit="point", change=chg("increase", 35, "point"))),
    row("The Sensex fell 450 points to 72,100 in early trade.",
        fact("72,100", value=72100, unit="point", change=chg("decrease", 450, "point"))),
    row("The house price index stood at 152.0 in July 2024.",
        fact("152.0", unit="point")),
    row("The Nikkei closed at 38,915 on Friday.",
        fact("38,915", unit="point")),
    row("The index covers 1,200 firms.",
        fact("1,200", unit="count")),
    row("The rice yield averaged 7,649 pounds per acre.",
        fact("7,649 pounds per acre", unit="pound_per_acre")),
    row("Rice output rose 36 percent to 218 million hundredweight.",
        fact("218 million hundredweight", unit="hundredweight")),
    row("The fine was 5 million pounds.",
        fact("5 million pounds", unit="GBP")),
    row("The participation rate rose 0.8 of a percentage point to 60.7%.",
        fact("60.7%", change=chg("increase", "0.8", "percentage_point", None))),
    # fractions of a point are points
    row("The board lifted its policy rate by a quarter of a percentage point, to 4.25%.",
        fact("4.25%", value="4.25", metric="policy rate",
             change=chg("increase", "0.25", "percentage_point"))),
    row("The participation rate dropped two-tenths of a percentage point to 65.3%.",
        fact("65.3%", change=chg("decrease", "0.2", "percentage_point"))),
    row("The jobless rate rose half a percentage point to 4.1% in May 2024.",
        fact("4.1%", change=chg("increase", "0.5", "percentage_point"))),
    row("The savings rate fell three-quarters of a percentage point in 2023.",
        fact("three-quarters of a percentage point", value=None, unit="percentage_point",
             change=chg("decrease", "0.75", "percentage_point"))),
])  # fmt: skip

INDEX_LEVELS: list[Case] = numbered("units-index-levels", [
    # an index level is in points: by its name, or by a change in points
    row("The broader Topix added 51.66 points, or 1.94%, to 2,715.92.",
        fact("2,715.92", unit="point", change=chg("increase", "51.66", "point"))),
    row("The ASX 200 closed at 8,444.3.", fact("8,444.3", unit="point")),
    row("The benchmark gained 120 points to 19,060.", fact("19,060", unit="point")),
    row("Six of the 11 ASX sectors finished higher.", fact("Six", unit="count"),
        fact("11", unit="count")),
    # a bare number in a headline takes the points of the same number in the body
    row("US consumer confidence sinks to 104.7 as Americans sour on the outlook\n\nThe "
        "Conference Board said its consumer confidence index dropped 8.1 points to 104.7 this "
        "month.",
        fact("104.7", unit="point"), fact("104.7", unit="point")),
    # a confidence climate, a sentiment gauge or an indicator is read in points too
    row("The consumer confidence climate fell from 95.0 to 92.7 in April 2025.",
        fact("95.0", unit="point"), fact("92.7", unit="point")),
    row("Consumer sentiment slid to 52.2.", fact("52.2", unit="point")),
    row("The composite business confidence indicator eased to 91.5.", fact("91.5", unit="point")),
    row("Sentiment among 2,000 households was surveyed.", fact("2,000", unit="count")),
    # a sentence about index readings makes its bare decimals points; a ratio keeps counts
    row("Among the sub-indexes, production rose to 52.6 from 52.5 in February, while the "
        "employment gauge edged up to 48.2.",
        fact("52.6", unit="point"), fact("52.5", unit="point"), fact("48.2", unit="point")),
    row("Supplier deliveries eased 0.7 point to 50.3, and imports rebounded to 54.6 from 45.9.",
        fact("50.3", unit="point"), fact("54.6", unit="point"), fact("45.9", unit="point")),
    row("Fertility fell to 1.5 children per woman, the index shows.", fact("1.5", unit="count")),
])  # fmt: skip

UNITS: list[Case] = PERCENT_GRID + POINT_GRID + PHYSICAL + RATES_AND_MULTIPLES + INDEX_LEVELS
