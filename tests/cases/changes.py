"""Changes: direction verbs and nouns, levels with a change, "up from", restatements, since."""

from __future__ import annotations

from cases.case import Case, chg, fact, numbered, row, slug

INCREASE_VERBS: list[str] = [
    "rose", "increased", "grew", "gained", "climbed", "jumped", "surged", "soared", "advanced",
    "expanded", "edged up", "picked up", "rebounded", "went up", "ticked up",
]  # fmt: skip

DECREASE_VERBS: list[str] = [
    "fell", "declined", "dropped", "decreased", "shrank", "slipped", "slid", "plunged",
    "tumbled", "sank", "slumped", "contracted", "eased", "dipped", "edged down",
]  # fmt: skip

VERB_GRID: list[Case] = [
    case
    for verbs, direction in [(INCREASE_VERBS, "increase"), (DECREASE_VERBS, "decrease")]
    for verb in verbs
    for case in (
        Case(
            slug("changes-verb-pct", verb),
            f"Industrial output {verb} 4.6% in October 2023 from a year earlier.",
            [
                fact("4.6%", value=None, unit="percent", date="2023-10", metric="industrial output",
                     change=chg(direction, "4.6", "percent", "2022-10"))
            ],
        ),
        Case(
            slug("changes-verb-count", verb),
            f"Passenger traffic {verb} by 12,400 in the second quarter of 2024 compared with "
            "the same period last year.",
            [
                fact("12,400", value=None, unit="count", date="2024-Q2",
                     change=chg(direction, 12400, "count", "2023-Q2"))
            ],
        ),
    )
]  # fmt: skip

NOUNS: list[tuple[str, str]] = [
    ("an increase", "increase"), ("a rise", "increase"), ("growth", "increase"),
    ("a gain", "increase"), ("a jump", "increase"), ("an expansion", "increase"),
    ("a decrease", "decrease"), ("a decline", "decrease"), ("a drop", "decrease"),
    ("a fall", "decrease"), ("a contraction", "decrease"), ("a reduction", "decrease"),
]  # fmt: skip

NOUN_GRID: list[Case] = [
    case
    for noun, direction in NOUNS
    for case in (
        Case(
            slug("changes-noun-of", noun),
            f"Car sales reached 2.1 million units in 2023, {noun} of 12% from the previous year.",
            [
                fact("2.1 million", value=2100000, unit="count", date="2023",
                     change=chg(direction, 12, "percent", "2022"))
            ],
        ),
        Case(
            slug("changes-noun-amount", noun),
            f"The number of registered firms was 5.3 million at the end of 2023, {noun} of "
            "210,000 from the end of 2022.",
            [
                fact("5.3 million", value=5300000, unit="count", date="2023-12",
                     metric="registered firms", change=chg(direction, 210000, "count", "2022-12"))
            ],
        ),
    )
]  # fmt: skip

LEVEL_WITH_CHANGE: list[Case] = numbered("changes-level", [
    row("In the first quarter of 2024, services shed 122,000 jobs, construction 106,000 and "
        "finance 50,000.",
        fact("122,000", value=None, change=chg("decrease", "122000", "count", None)),
        fact("106,000", value=None, metric="construction",
             change=chg("decrease", "106000", "count", None)),
        fact("50,000", value=None, metric="finance",
             change=chg("decrease", "50000", "count", None))),
    row("The number of discouraged work-seekers barely moved, dipping by 1,000.",
        fact("1,000", value=None, metric="discouraged work-seekers",
             change=chg("decrease", "1000", "count", None))),
    row("Demand will rise by 1.24 million bpd in 2024, an upward revision of 180,000 bpd.",
        fact("1.24 million bpd"),
        fact("180,000 bpd", value=None, change=chg("increase", "180000", "barrel_per_day", None))),
    row("The economy was worth $29 trillion in 2023, a nominal expansion of 6%, far slower than "
        "the 9.2% recorded in 2022.",
        fact("$29 trillion", date="2023", change=chg("increase", "6", "percent", None)),
        fact("9.2%", value=None, date="2022", change=chg("increase", "9.2", "percent", None))),
    row("Figures showing consumer prices rose 1.2% in the third quarter of 2023, faster than the "
        "0.8% recorded in the second quarter, surprised economists.",
        fact("1.2%", value=None, metric="consumer prices", date="2023-Q3"),
        fact("0.8%", value=None, metric="consumer prices", date="2023-Q2",
             change=chg("increase", "0.8", "percent", None))),
    # bracketed items before a change verb; participles; "a N% rise in X"
    row("Eggs (4.6%), fruit (3.8%) and milk (2.6%) also got dearer in March 2024.",
        fact("4.6%", value=None, metric="eggs", change=chg("increase", "4.6", "percent", None)),
        fact("3.8%", value=None, metric="fruit", change=chg("increase", "3.8", "percent", None)),
        fact("2.6%", value=None, metric="milk", change=chg("increase", "2.6", "percent", None))),
    row("Food had the largest impact, rising 0.53% as onions jumped 14.3%.",
        fact("0.53%", metric="food"), fact("14.3%", metric="onions")),
    row("Health care climbed 0.43%, driven by a 0.77% rise in insurance plans.",
        fact("0.43%", metric="health care"), fact("0.77%", metric="insurance plans")),
    row("Retail sales reached 14.98 trillion yuan (about 2.16 trillion U.S. dollars), up 8.5 "
        "percent.",
        fact("14.98 trillion yuan", change=chg("increase", "8.5", "percent", None)),
        fact("2.16 trillion U.S. dollars", change=None)),
    # "at a N% annual rate" is a change; "N% bigger/short of" too
    row("Real GDP increased at a 3.3 percent annual rate in the fourth quarter of 2023.",
        fact("3.3 percent", value=None, metric="real GDP",
             change=chg("increase", "3.3", "percent", None))),
    row("Consumer spending rose at a 2.8% rate in the fourth quarter of 2023, after a 3.1% pace "
        "in the third quarter.",
        fact("2.8%", value=None, metric="consumer spending", date="2023-Q4"),
        fact("3.1%", date="2023-Q3")),
    row("In 2023, China's market was 7.1% bigger than in 2019 and the US market 3.3% bigger.",
        fact("7.1%", value=None, metric="China's market",
             change=chg("increase", "7.1", "percent", "2019")),
        fact("3.3%", value=None, metric="US market",
             change=chg("increase", "3.3", "percent", "2019"))),
    row("In 2023, international traffic was still 11.4% short of its 2019 level.",
        fact("11.4%", value=None, date="2023", change=chg("decrease", "11.4", "percent", "2019"))),
    row("India's 6.3% growth estimate for 2023 was revised up by 0.2 percentage point.",
        fact("6.3%", value="6.3", change=chg("increase", "0.2", "percentage_point", None))),
    row("Vehicle sales rose 7.0% to 9.4 million units.",
        fact("9.4 million", metric="vehicle sales")),
    # rate nouns, revisions, and lists of changes after lists of levels
    row("The bank projected world GDP growth of 2.7% in 2025, a downgrade of 0.2 percentage point.",
        fact("2.7%", value="2.7", metric="world GDP growth",
             change=chg("decrease", "0.2", "percentage_point", None))),
    row("Analysts see inflation at 3.1% in 2024 and 2.4% in 2025, upgrades of 0.3 and 0.1 "
        "percentage point.",
        fact("3.1%", value="3.1", change=chg("increase", "0.3", "percentage_point", None)),
        fact("2.4%", value="2.4", change=chg("increase", "0.1", "percentage_point", None))),
    row("Revenue rose to $8 billion, on organic growth of 6%.",
        fact("$8 billion", change=chg("increase", "6", "percent", None))),
    row("The ministry completed upgrades of 452 websites.",
        fact("452", value="452", change=None)),
    # a leading "+" marks a change; "(+N; +M%)" restates it
    row("Employment rose in Quebec (+12,400; +0.3%), Alberta (+9,100; +0.4%) and Manitoba "
        "(+2,200) in March 2024.",
        fact("+12,400", value=None, metric="employment",
             change=chg("increase", "12400", "count", None)),
        fact("+9,100", value=None, metric="employment",
             change=chg("increase", "9100", "count", None)),
        fact("+2,200", value=None, metric="employment",
             change=chg("increase", "2200", "count", None))),
    row("Ontario led the gains, with 31,000 more people at work (+0.4%).",
        fact("31,000", value=None, change=chg("increase", "31000", "count", None))),
    row("The bank raised its growth forecast for 2025 by 0.3 percentage points.",
        fact("0.3 percentage points", value=None, metric="growth forecast",
             change=chg("increase", "0.3", "percentage_point", None))),
    row("It also lowered its estimate of steel demand in 2024 by 1.2 million tonnes.",
        fact("1.2 million tonnes", value=None, metric="estimate of steel demand",
             change=chg("decrease", "1200000", "tonne", None))),
    row("The carrier trimmed its capacity plan for the winter by 4%.",
        fact("4%", value=None, metric="capacity plan",
             change=chg("decrease", "4", "percent", None))),
    row("The company raised $5 billion in a bond sale.",
        fact("$5 billion", value="5000000000", change=None)),
    row("The average rent climbed 5.1% in the year to March 2024, reaching $1,420.",
        fact("$1,420", value="1420", unit="USD",
             change=chg("increase", "5.1", "percent", "2023-03"))),
    row("Shipments fell 12% in the first half of 2024, hitting 3.2 million units.",
        fact("3.2 million", change=chg("decrease", "12", "percent", None))),
    row("Revenue rose 8% to $4.2 billion in 2023.",
        fact("$4.2 billion", value=4200000000, unit="USD", date="2023",
             change=chg("increase", 8, "percent"))),
    row("Exports fell 6.4% to $275 billion in November 2023 from a year earlier.",
        fact("$275 billion", value=275000000000, unit="USD", date="2023-11",
             change=chg("decrease", "6.4", "percent", "2022-11"))),
    row("The unemployment rate rose 0.2 percentage points to 4.3% in July 2024.",
        fact("4.3%", value="4.3", unit="percent", date="2024-07",
             change=chg("increase", "0.2", "percentage_point"))),
    row("Net profit grew 15 per cent year-on-year to 8.2 billion yuan in the third quarter of "
        "2023.",
        fact("8.2 billion yuan", value=8200000000, unit="CNY", date="2023-Q3",
             change=chg("increase", 15, "percent", "2022-Q3"))),
    row("Employment increased by 392,665, or 0.1%, in the third quarter of 2023.",
        fact("392,665", value=None, unit="count", date="2023-Q3",
             change=chg("increase", 392665, "count"))),
    row("The jobless total fell by 21,000 to 1.39 million in December 2023.",
        fact("1.39 million", value=1390000, unit="count", date="2023-12",
             change=chg("decrease", 21000, "count"))),
    row("Tourist arrivals reached 4.8 million in 2023, up 35% year-on-year.",
        fact("4.8 million", value=4800000, unit="count", date="2023",
             change=chg("increase", 35, "percent", "2022"))),
    row("Fixed-asset investment totalled 50.3 trillion yuan in 2023, up 3.0% over the previous "
        "year.",
        fact("50.3 trillion yuan", value=50300000000000, unit="CNY", date="2023",
             change=chg("increase", "3.0", "percent", "2022"))),
    row("Home sales stood at 4.1 million in 2023, down 19% from 2022.",
        fact("4.1 million", value=4100000, unit="count", date="2023",
             change=chg("decrease", 19, "percent", "2022"))),
    row("Payrolls increased by 150,000 in October 2023, and the rate rose to 3.9%.",
        fact("150,000", value=None, unit="count", date="2023-10",
             change=chg("increase", 150000, "count")),
        fact("3.9%", value="3.9", unit="percent", date="2023-10",
             change=chg("increase"))),
    row("The price index reached 118.6 in March 2024, up 5% year-on-year and 2% month-on-month.",
        fact("118.6", value="118.6", date="2024-03",
             change=chg("increase", 5, "percent", "2023-03"))),
    row("Sales doubled to 1.6 million units in 2023.",
        fact("1.6 million", value=1600000, unit="count", date="2023")),
    row("Retail sales were little changed at $705 billion in June 2024.",
        fact("$705 billion", value=705000000000, unit="USD", date="2024-06", change=None)),
    row("The jobless rate was unchanged at 3.9% in April 2024.",
        fact("3.9%", value="3.9", unit="percent", date="2024-04", change=chg("unchanged"))),
    row("The bank held its policy rate at 5.25% on Wednesday.",
        fact("5.25%", value="5.25", unit="percent", change=chg("unchanged"))),
    row("Inflation was steady at 2.4% in March 2024.",
        fact("2.4%", value="2.4", unit="percent", date="2024-03", change=chg("unchanged"))),
    row("Mortgage approvals remained flat at 50,500 in January 2024.",
        fact("50,500", value=50500, unit="count", date="2024-01", change=chg("unchanged"))),
    row("Output increased 3.1 percent to 1.2 million tonnes, an increase of 36,000 tonnes.",
        fact("1.2 million tonnes", value=1200000, unit="tonne",
             change=chg("increase", "3.1", "percent"))),
])  # fmt: skip

UP_FROM: list[Case] = numbered("changes-upfrom", [
    # an earlier value after a rate of change is that change a period earlier
    row("The Consumer Prices Index rose by 2.0% in the 12 months to May 2024, down from 2.3% in "
        "April.",
        fact("2.0%", value=None, date="2024-05",
             change=chg("increase", 2.0, "percent", "2023-05")),
        fact("2.3%", value=None, date="2024-04",
             change=chg("increase", 2.3, "percent", "2023-04"))),
    row("Prices of food rose 1.7% in the year to May, down from 2.9% in April.",
        fact("1.7%", value=None, change=chg("increase", 1.7, "percent", "2023-05")),
        fact("2.9%", value=None, change=chg("increase", 2.9, "percent", "2023-04")),
        published="2024-06-19"),
    row("The Bank expects the economy to grow by 0.5% this year, up from its earlier forecast of "
        "0.25%.",
        fact("0.5%"), fact("0.25%", value=0.25, change=None), published="2023-08-03"),
    row("The unemployment rate was 4.1% in June 2024, up from 4.0% in May.",
        fact("4.1%", value="4.1", unit="percent", date="2024-06",
             change=chg("increase", since="2024-05")),
        fact("4.0%", value="4.0", unit="percent", date="2024-05", change=None)),
    row("The company sold 1.3 million cars in 2023, compared with 1.1 million in 2022.",
        fact("1.3 million", value=1300000, unit="count", date="2023",
             change=chg("increase", since="2022")),
        fact("1.1 million", value=1100000, unit="count", date="2022")),
    row("Inflation eased to 3.4% in December 2023, down from 3.9% in November.",
        fact("3.4%", value="3.4", unit="percent", date="2023-12",
             change=chg("decrease", since="2023-11")),
        fact("3.9%", value="3.9", unit="percent", date="2023-11")),
    row("The deficit widened to $1.7 trillion in 2023 from $1.4 trillion in 2022.",
        fact("$1.7 trillion", value=1700000000000, unit="USD", date="2023",
             change=chg("increase", since="2022")),
        fact("$1.4 trillion", value=1400000000000, unit="USD", date="2022")),
    row("Vacancies fell to 908,000 in the three months to January 2024, compared with 1.1 "
        "million a year earlier.",
        fact("908,000", value=908000, unit="count", date="2023-11/2024-01",
             change=chg("decrease", since="2022-11/2023-01")),
        fact("1.1 million", value=1100000, unit="count")),
    row("The savings rate rose from 3.5% in 2022 to 4.5% in 2023.",
        fact("3.5%", value="3.5", unit="percent", date="2022"),
        fact("4.5%", value="4.5", unit="percent", date="2023",
             change=chg("increase", since="2022"))),
    row("Net profit was 2.3 billion yuan, up from 1.9 billion yuan in 2022.",
        fact("2.3 billion yuan", value=2300000000, unit="CNY",
             change=chg("increase", since="2022")),
        fact("1.9 billion yuan", value=1900000000, unit="CNY", date="2022")),
    row("Births fell to 9.02 million in 2023 from 9.56 million in 2022.",
        fact("9.02 million", value=9020000, unit="count", date="2023",
             change=chg("decrease", since="2022")),
        fact("9.56 million", value=9560000, unit="count", date="2022")),
    row("Mobile users reached 1.09 billion in December 2023, versus 1.07 billion in December 2022.",
        fact("1.09 billion", value=1090000000, unit="count", date="2023-12",
             change=chg("increase", since="2022-12")),
        fact("1.07 billion", value=1070000000, unit="count", date="2022-12")),
    row("The trade surplus narrowed to $75.3 billion in March 2024, down from $125.2 billion in "
        "February.",
        fact("$75.3 billion", value=75300000000, unit="USD", date="2024-03",
             change=chg("decrease", since="2024-02")),
        fact("$125.2 billion", value=125200000000, unit="USD", date="2024-02")),
])  # fmt: skip

SINCE: list[Case] = numbered("changes-since", [
    row("Airlines carried 278.5 million passengers in 2023, a 161% increase on 2022.",
        fact("278.5 million", date="2023", change=chg("increase", "161", "percent", "2022"))),
    row("House price inflation was 2.2% in the 12 months to July 2024, down from a revised 2.7% "
        "in the 12 months to June 2024.",
        fact("2.2%", date="2024-07", change=chg("decrease", None, None, "2024-06")),
        fact("2.7%", date="2024-06")),
    row("Brent settled at $79.89 a barrel on March 31, 2023, up 14% from its March trough.",
        fact("$79.89", change=chg("increase", "14", "percent", "2023-03"))),
    row("Annual growth in regular pay slowed to 5.6% in the three months to March 2024.",
        fact("5.6%", value="5.6", change=chg("decrease", None, None, None))),
    row("Annual inflation eased to 2.4% in March 2024.",
        fact("2.4%", value="2.4", change=chg("decrease", None, None, None))),
    row("In September 2023, the core index rose 0.3%, the same increase as in August.",
        fact("0.3%", change=chg("increase", "0.3", "percent", None))),
    row("In March 2024, wages grew 4.1%, as in February.",
        fact("4.1%", change=chg("increase", "4.1", "percent", None))),
    row("Consumer prices rose 0.4% month-on-month in October 2023.",
        fact("0.4%", value=None, unit="percent", date="2023-10",
             change=chg("increase", "0.4", "percent", "2023-09"))),
    row("GDP grew 1.3% quarter-on-quarter in the third quarter of 2023.",
        fact("1.3%", value=None, unit="percent", date="2023-Q3",
             change=chg("increase", "1.3", "percent", "2023-Q2"))),
    row("GDP grew 0.4% quarter-on-quarter in the first quarter of 2024.",
        fact("0.4%", value=None, unit="percent", date="2024-Q1",
             change=chg("increase", "0.4", "percent", "2023-Q4"))),
    row("Prices fell 0.2% month-on-month in January 2024.",
        fact("0.2%", value=None, unit="percent", date="2024-01",
             change=chg("decrease", "0.2", "percent", "2023-12"))),
    row("The number of users reached 1.09 billion as of December 2023, an increase of 24.8 "
        "million from December 2022.",
        fact("1.09 billion", value=1090000000, unit="count", date="2023-12",
             change=chg("increase", 24800000, "count", "2022-12"))),
    row("Live webcast users reached 617 million as of December 2020, an increase of 57.03 "
        "million from March 2020.",
        fact("617 million", value=617000000, unit="count", date="2020-12",
             change=chg("increase", 57030000, "count", "2020-03"))),
    row("In January-September 2023, fixed-asset investment grew 3.1% compared with the same "
        "period last year.",
        fact("3.1%", value=None, unit="percent", date="2023-01/2023-09",
             change=chg("increase", "3.1", "percent", "2022-01/2022-09"))),
    row("Profits of industrial firms fell 9.0% from a year earlier in the first three quarters "
        "of 2023.",
        fact("9.0%", value=None, unit="percent", date="2023-01/2023-09",
             change=chg("decrease", "9.0", "percent", "2022-01/2022-09"))),
    row("Retail sales rose 5.2 percent year-on-year in October.",
        fact("5.2 percent", value=None, unit="percent", date="2023-10",
             change=chg("increase", "5.2", "percent", "2022-10")), published="2023-11-15"),
    row("House prices rose 2.2% in the 12 months to July 2024.",
        fact("2.2%", value=None, unit="percent", date="2024-07",
             change=chg("increase", "2.2", "percent", "2023-07"))),
    row("Employment rose by 1.2 million since February 2020.",
        fact("1.2 million", value=None, unit="count",
             change=chg("increase", 1200000, "count", "2020-02"))),
    row("Imports rose 4.1% in the first half of 2024 from the same period a year earlier.",
        fact("4.1%", value=None, unit="percent", date="2024-01/2024-06",
             change=chg("increase", "4.1", "percent", "2023-01/2023-06"))),
    row("Exports grew 7.1% year-on-year in 2023.",
        fact("7.1%", value=None, unit="percent", date="2023",
             change=chg("increase", "7.1", "percent", "2022"))),
    row("Sales fell 2.3% from the previous month in May 2024.",
        fact("2.3%", value=None, unit="percent", date="2024-05",
             change=chg("decrease", "2.3", "percent", "2024-04"))),
    row("Euro zone GDP contracted 0.1% in the fourth quarter of 2023 from the previous quarter.",
        fact("0.1%", value=None, unit="percent", date="2023-Q4",
             change=chg("decrease", "0.1", "percent", "2023-Q3"))),
    row("Home prices in January 2024 fell 0.6% from December.",
        fact("0.6%", value=None, unit="percent", date="2024-01",
             change=chg("decrease", "0.6", "percent", "2023-12"))),
    # items that drop the change word compare over the same distance as the first item
    row("Output grew 3.1% year on year in the first quarter of 2023, 4.2% in the second and "
        "2.9% in the third.",
        fact("3.1%", change=chg("increase", "3.1", "percent", "2022-Q1")),
        fact("4.2%", change=chg("increase", "4.2", "percent", "2022-Q2")),
        fact("2.9%", change=chg("increase", "2.9", "percent", "2022-Q3"))),
    row("Prices rose 0.3% month-on-month in May 2024 and 0.5% in June 2024.",
        fact("0.3%", change=chg("increase", "0.3", "percent", "2024-04")),
        fact("0.5%", change=chg("increase", "0.5", "percent", "2024-05"))),
    row("Sales rose 1.2% quarter-on-quarter in the second quarter of 2024 and 0.8% in the "
        "third quarter of 2024.",
        fact("1.2%", change=chg("increase", "1.2", "percent", "2024-Q1")),
        fact("0.8%", change=chg("increase", "0.8", "percent", "2024-Q2"))),
    # a second change verb in the clause owns the comparison after it; "since peaking in
    # January" compares with January
    row("Exports sank 15.7% in April and have fallen 26.2% since January.",
        fact("15.7%", date="2025-04", change=chg("decrease", "15.7", "percent", None)),
        fact("26.2%", date="2025-04", change=chg("decrease", "26.2", "percent", "2025-01")),
        published="2025-06-05"),
    row("Exports sank 15.7% in April and have fallen 26.2% since peaking in January.",
        fact("15.7%", change=chg("decrease", "15.7", "percent", None)),
        fact("26.2%", change=chg("decrease", "26.2", "percent", "2025-01")),
        published="2025-06-05"),
    row("Sales rose 5% in May but fell 2% from a year earlier.",
        fact("5%", change=chg("increase", "5", "percent", None)),
        fact("2%", change=chg("decrease", "2", "percent", "2024-05")), published="2025-06-05"),
    row("Prices have dropped 8% since hitting a peak in March.",
        fact("8%", change=chg("decrease", "8", "percent", "2025-03")), published="2025-06-05"),
    row("The index has gained 12% since bottoming out in March.",
        fact("12%", change=chg("increase", "12", "percent", "2025-03")), published="2025-06-05"),
    row("Exports and imports rose 5% and 3%, respectively, in May from a year earlier.",
        fact("5%", change=chg("increase", "5", "percent", "2024-05")),
        fact("3%", change=chg("increase", "3", "percent", "2024-05")), published="2025-06-05"),
    # a change after its level, against a value compared with: that value's period
    row("In the first five months of the year, construction spending totaled $841.5 billion, "
        "2.1% less than the $859.6 billion spent in the same period of 2024.",
        fact("$841.5 billion", date="2025-01/2025-05",
             change=chg("decrease", "2.1", "percent", "2024-01/2024-05")),
        fact("$859.6 billion", date="2024-01/2024-05"), published="2025-07-01"),
    row("Over the first nine months, revenue totalled €58.09 billion, down 4%, compared with "
        "€60.8 billion a year earlier.",
        fact("€58.09 billion", change=chg("decrease", "4", "percent", "2024-01/2024-09")),
        fact("€60.8 billion", date="2024-01/2024-09"), published="2025-10-15"),
    # a change before its level is its own: a value compared with afterwards is another frame
    row("The yield was cut 0.7 bushel to 183.1 bushels per acre, still well above the 177.3 "
        "bushels harvested in 2023.",
        fact("183.1 bushels per acre", change=chg("decrease", "0.7", "bushel_per_acre", None)),
        fact("177.3 bushels", date="2023"), published="2024-11-08"),
    # a change noun with "in X of N" changes X
    row("OPEC+ is expected to agree another increase in output of 137,000 bpd for December.",
        fact("137,000 bpd", value=None, metric="output",
             change=chg("increase", "137000", "barrel_per_day", None))),
    row("The data showed a rise in unemployment of 25,000 in May.",
        fact("25,000", value=None, metric="unemployment",
             change=chg("increase", "25000", "count", None))),
])  # fmt: skip

# a step adjective that qualifies the figure itself names the comparison; one that only
# characterises it afterwards ("its fourth straight monthly gain") does not
ATTRIBUTIVE_STEP: list[Case] = numbered("changes-attributive-step", [
    row("Germany posted a 0.2% quarterly gain in the third quarter of 2024.",
        fact("0.2%", change=chg("increase", "0.2", "percent", "2024-Q2"))),
    row("Electricity prices posted a 12.3% monthly fall in October.",
        fact("12.3%", date="2024-10", change=chg("decrease", "12.3", "percent", "2024-09")),
        published="2024-11-20"),
    row("Sales rose in October 2024, a 2.1% annual increase.",
        fact("2.1%", change=chg("increase", "2.1", "percent", "2023-10"))),
    row("The transport index fell by an annual 5.3% in October 2024.",
        fact("5.3%", change=chg("decrease", "5.3", "percent", "2023-10"))),
    row("Prices rose an annual 4.1% in March 2023.",
        fact("4.1%", change=chg("increase", "4.1", "percent", "2022-03"))),
    row("Retail sales recorded a 0.4% month-on-month decline in October 2024.",
        fact("0.4%", change=chg("decrease", "0.4", "percent", "2024-09"))),
    row("In the second quarter of 2023, exports showed 3% quarterly growth.",
        fact("3%", change=chg("increase", "3", "percent", "2023-Q1"))),
    row("Output rose 1.1% in October 2024, its fourth straight monthly gain.",
        fact("1.1%", change=chg("increase", "1.1", "percent", None))),
    row("Annual inflation was 2.4% in October 2024.",
        fact("2.4%", value="2.4", change=None)),
    # a sign in a bracketed list says the direction, whatever verb ends the list
    row("In June 2024 the biggest annual gains were in agriculture (+1.07 million) and trade "
        "(+338,000), while manufacturing (-183,000) shed jobs.",
        fact("+1.07 million", change=chg("increase", 1070000, "count", "2023-06")),
        fact("+338,000", change=chg("increase", 338000, "count", "2023-06")),
        fact("-183,000", change=chg("decrease", 183000, "count"))),
])  # fmt: skip

WITH_DETAILS: list[Case] = numbered("changes-with-details", [
    # "X growth of N" is a level of growth in any unit
    row("The agency still sees demand growth of 1.82 mb/d this year and 1.54 mb/d in 2025.",
        fact("1.82 mb/d", value=1820000, change=None, date="2024"),
        fact("1.54 mb/d", value=1540000, change=None, date="2025"), published="2024-11-14"),
    # a change named, then given ("the gain was 10%")
    row("Revenue increased 7% to €5.99 billion; on a currency-neutral basis the gain was 10%.",
        fact("€5.99 billion", change=chg("increase", 7, "percent", None)),
        fact("10%", value=None, change=chg("increase", 10, "percent", None))),
    row("Azure revenue grew 33%. In constant currency the increase was 34%.",
        fact("33%"), fact("34%", value=None, change=chg("increase", 34, "percent", None))),
    row("The decline was 2.1% in May.",
        fact("2.1%", value=None, change=chg("decrease", 2.1, "percent", None)),
        published="2024-06-20"),
    # a bracketed rate before "posted the largest increase", and the items that follow it
    row("Consumer prices rose 2.0% in October. Prices rose at a faster pace in all 10 provinces. "
        "Alberta (3.0%) posted the largest increase, followed by British Columbia (2.4%) and "
        "Ontario (2.0%).",
        fact("2.0%", date="2024-10"), fact("10"),
        fact("3.0%", value=None, metric="consumer prices in Alberta",
             change=chg("increase", 3.0, "percent", None)),
        fact("2.4%", value=None, metric="consumer prices in British Columbia",
             change=chg("increase", 2.4, "percent", None)),
        fact("2.0%", value=None, metric="consumer prices in Ontario",
             change=chg("increase", 2.0, "percent", None)), published="2024-11-19"),
    row("Ireland (-8.3%) recorded the sharpest fall, followed by Finland (-4.8%).",
        fact("-8.3%", value=None, change=chg("decrease", 8.3, "percent", None)),
        fact("-4.8%", value=None, change=chg("decrease", 4.8, "percent", None))),
    # "matching the pace of August and September": a comparison, not the figure's period
    row("Excluding gasoline, the CPI rose 2.2% year over year in October, matching the pace of "
        "August and September.",
        fact("2.2%", date="2024-10", change=chg("increase", 2.2, "percent", "2023-10")),
        published="2024-11-19"),
    # "(-15,000; -1.4%)": a change and its rate in one bracket are one fact
    row("By industry, employment fell in transportation and warehousing (-15,000; -1.4%), public "
        "administration (-13,000; -1.0%) and wholesale and retail trade (-12,000; -0.4%).",
        fact("-15,000", metric="employment in transportation and warehousing",
             change=chg("decrease", 15000, "count", None)),
        fact("-13,000", metric="employment in public administration",
             change=chg("decrease", 13000, "count", None)),
        fact("-12,000", metric="employment in wholesale and retail trade",
             change=chg("decrease", 12000, "count", None))),
    # a clause spliced on with a comma has its own subject and move
    row("Canada unexpectedly sheds 1,400 jobs in June, jobless rate climbs to 6.4%",
        fact("1,400", change=chg("decrease", 1400, "count", None)),
        fact("6.4%", metric="jobless rate", change=chg("increase", None, None, None)),
        published="2024-07-05"),
    row("Sales rose 5% in May, exports jumped 3%.",
        fact("5%", metric="sales"), fact("3%", metric="exports"), published="2024-06-20"),
    row("Multi-unit projects such as apartments, condominiums and townhouses climbed 6% to 163,400 "
        "units.",
        fact("163,400", metric="multi-unit projects such as apartments, condominiums and "
                               "townhouses")),
    # the details a "with" adds to a change compare over the same distance
    row("Energy costs jumped 12.0% from August last year, with electricity bills up 26.2% and "
        "city gas charges 10.4% higher.",
        fact("12.0%", change=chg("increase", 12.0, "percent", "2023-08")),
        fact("26.2%", change=chg("increase", 26.2, "percent", "2023-08")),
        fact("10.4%", change=chg("increase", 10.4, "percent", "2023-08")),
        published="2024-09-20"),
    row("Sales rose 3.1% from the previous month in August, with food down 0.4%.",
        fact("3.1%", change=chg("increase", 3.1, "percent", "2024-07")),
        fact("0.4%", change=chg("decrease", 0.4, "percent", "2024-07")), published="2024-09-20"),
    # a change of its own sentence keeps its own comparison
    row("Energy costs jumped 12.0% from August last year. Electricity bills rose 26.2%.",
        fact("12.0%"), fact("26.2%", change=chg("increase", 26.2, "percent", None)),
        published="2024-09-20"),
])  # fmt: skip

COUNTED_EVENTS: list[Case] = numbered("changes-counted-events", [
    # a bare count before a plural change noun counts the events, it moves nothing
    row("Its new forecast points to three cuts in the course of 2025.",
        fact("three", value=3, unit="count", change=None)),
    row("The company announced 30,000 job cuts.",
        fact("30,000", value=30000, change=None, metric="job cuts")),
    row("Prices rose 3 percent after two increases.",
        fact("3 percent", change=chg("increase", 3, "percent")), fact("two", change=None)),
    row("The index fell 52.6 points.",
        fact("52.6 points", change=chg("decrease", "52.6", "point"))),
])  # fmt: skip

QUOTED_CHANGES: list[Case] = numbered("changes-quoted", [
    # "N basis points of easing" is the size of moves, a change
    row("Money markets are still pricing around 35 basis points of easing by the end of the year.",
        fact("35 basis points", value=None, change=chg("decrease", 35, "basis_point", None))),
    row("Traders priced in 75 basis points of further cuts.",
        fact("75 basis points", value=None, change=chg("decrease", 75, "basis_point", None))),
    # a signed count in brackets among changes is a change of its own
    row("Unemployment fell in construction (-14,100), industry (-9,200) and services (-4,800).",
        fact("-14,100", value=None, change=chg("decrease", 14100, "count", None)),
        fact("-9,200", value=None, change=chg("decrease", 9200, "count", None)),
        fact("-4,800", value=None, change=chg("decrease", 4800, "count", None))),
    # a change quoted for comparison has only the comparison its own words state; a period the
    # sentence opens with ("Compared with September 2023,") covers it too
    row("Energy cost 2.4% less than in February 2023, after a 2.8% fall in January.",
        fact("2.4%", change=chg("decrease", 2.4, "percent", "2023-02")),
        fact("2.8%", change=chg("decrease", 2.8, "percent", None)), published="2024-02-29"),
    row("Chips jumped 21.8% on the year, following a 12.9% increase in November.",
        fact("21.8%"), fact("12.9%", change=chg("increase", 12.9, "percent", None)),
        published="2024-01-01"),
    row("Compared with September 2023, retail sales were up 2.9%, well above the 1.3% analysts "
        "had pencilled in.",
        fact("2.9%", change=chg("increase", 2.9, "percent", "2023-09")),
        fact("1.3%", change=chg("increase", 1.3, "percent", "2023-09")),
        published="2024-11-07"),
    # a signed change goes its sign's way whatever the verb says
    row("Food prices rebounded (+0.3% after -0.1%).",
        fact("+0.3%", change=chg("increase", 0.3, "percent", None)),
        fact("-0.1%", change=chg("decrease", 0.1, "percent", None))),
    row("Food prices rebounded (+0.3% after −0.1%).",
        fact("+0.3%", change=chg("increase", 0.3, "percent", None)),
        fact("−0.1%", change=chg("decrease", 0.1, "percent", None))),
    # a signed count and its signed rate in one bracket are a change, even after "fewer"
    row("In contrast, there were fewer people working in transportation and warehousing "
        "(-23,000; -2.1%).",
        fact("-23,000", value=None, change=chg("decrease", 23000, "count", None))),
    row("Employment increased in wholesale and retail trade (+51,000; +1.7%).",
        fact("+51,000", value=None, change=chg("increase", 51000, "count", None))),
    row("Energy prices eased (-0.4% after +1.2%).",
        fact("-0.4%", change=chg("decrease", 0.4, "percent", None)),
        fact("+1.2%", change=chg("increase", 1.2, "percent", None))),
])  # fmt: skip

WIRE_STEPS: list[Case] = numbered("changes-wire-steps", [
    # "on-year", "on-month" (wire style) and "on the week" name the step of a comparison
    row("South Korea's exports rose 1.4 percent on-year in November to $56.35 billion.",
        fact("$56.35 billion", change=chg("increase", 1.4, "percent", "2023-11")),
        published="2024-12-01"),
    row("Exports rose 1.4% on-month in November.",
        fact("1.4%", change=chg("increase", 1.4, "percent", "2024-10")), published="2024-12-01"),
    row("Imports rose 2% on-quarter in the third quarter.",
        fact("2%", change=chg("increase", 2, "percent", "2024-Q2")), published="2024-12-01"),
    row("Crude stocks fell 3 million barrels in the week to Oct. 4, and gasoline stocks rose 1 "
        "million barrels on the week.",
        fact("3 million barrels", change=chg("decrease", 3000000, "barrel", None)),
        fact("1 million barrels",
             change=chg("increase", 1000000, "barrel", "2024-09-21/2024-09-27")),
        published="2024-10-09"),
    row("Cushing stocks dropped by 668,000 barrels on the week to Aug. 23.",
        fact("668,000 barrels",
             change=chg("decrease", 668000, "barrel", "2024-08-10/2024-08-16")),
        published="2024-08-28"),
    # an upgrade or downgrade of a measure is a change; of a count, it counts
    row("Canola production is forecast at 7.2 million tonnes, an upgrade of 782,000 tonnes.",
        fact("7.2 million tonnes", change=chg("increase", 782000, "tonne", None))),
    row("Wheat output is seen at 30 million tonnes, a downgrade of 1.1 million tonnes.",
        fact("30 million tonnes", change=chg("decrease", 1100000, "tonne", None))),
    row("Upgrades of 452 websites were made.", fact("452", value=452, change=None)),
])  # fmt: skip

JOINED_STEPS: list[Case] = numbered("changes-joined-steps", [
    # clauses joined by a comma, "and" or ";" to one that states its step move over that step
    row("By sector, manufacturing output grew 5.7% year-on-year in August, mining output rose 5.1% "
        "and utilities output increased 2.4%.",
        fact("5.7%", change=chg("increase", 5.7, "percent", "2024-08")),
        fact("5.1%", change=chg("increase", 5.1, "percent", "2024-08")),
        fact("2.4%", change=chg("increase", 2.4, "percent", "2024-08")), published="2025-09-15"),
    row("Exports rose 3% from a year earlier in August, imports fell 2% and the surplus widened "
        "5%.",
        fact("3%", change=chg("increase", 3, "percent", "2024-08")),
        fact("2%", change=chg("decrease", 2, "percent", "2024-08")),
        fact("5%", change=chg("increase", 5, "percent", "2024-08")), published="2025-09-15"),
    row("Exports rose 3% from a year earlier in August; imports fell 2%.",
        fact("3%", change=chg("increase", 3, "percent", "2024-08")),
        fact("2%", change=chg("decrease", 2, "percent", "2024-08")), published="2025-09-15"),
    row("Prices rose 0.3% on the month in August, and energy prices climbed 1.2%.",
        fact("0.3%", change=chg("increase", 0.3, "percent", "2025-07")),
        fact("1.2%", change=chg("increase", 1.2, "percent", "2025-07")), published="2025-09-15"),
    # a clause with its own comparison keeps it
    row("Exports rose 3% from a year earlier in August, while imports fell 2% from July.",
        fact("3%", change=chg("increase", 3, "percent", "2024-08")),
        fact("2%", change=chg("decrease", 2, "percent", "2025-07")), published="2025-09-15"),
    # the first stated change keeps its own step before a later "from" value
    row("ABARES said summer crop production is forecast to fall 15% year on year to 4.4 million "
        "tonnes in 2025-26, a downgrade from the 4.5 million tonnes expected in September.",
        fact("4.4 million tonnes", date="2025-07/2026-06",
             change=chg("decrease", 15, "percent", "2024-07/2025-06")),
        fact("4.5 million tonnes", change=None), published="2025-12-02"),
    row("Sales rose 5% from a year earlier to $3 billion in March, up from $2.9 billion in "
        "February.",
        fact("$3 billion", change=chg("increase", 5, "percent", "2024-03")),
        fact("$2.9 billion", change=None), published="2025-04-15"),
    row("Sales rose 5% to $3 billion in March, up from $2.9 billion in February.",
        fact("$3 billion", change=chg("increase", 5, "percent", "2025-02")),
        fact("$2.9 billion", change=None), published="2025-04-15"),
    # a season compared with the one before is a year's step
    row("ABARES said the winter grain harvest is forecast to reach 66.3 million tonnes in "
        "2025-26, up 10% on the previous season.",
        fact("66.3 million tonnes", change=chg("increase", 10, "percent", "2024-07/2025-06")),
        published="2025-12-02"),
    row("ABARES expects wheat output of 35.6 million tonnes in 2025-26, up 4% from last season.",
        fact("35.6 million tonnes", change=chg("increase", 4, "percent", "2024-07/2025-06")),
        published="2025-12-02"),
])  # fmt: skip

GAPPED_SUBJECTS: list[Case] = numbered("changes-gapped-subjects", [
    # a new subject after a change shares its verb and its step: "X rose 3%, Y 2% and Z 1%"
    row("In the second quarter, Java's economy grew 5.24% from a year earlier, Sulawesi's 5.83% "
        "and Sumatra's 4.98%.",
        fact("5.24%", metric="Java's economy", change=chg("increase", 5.24, "percent", "2024-Q2")),
        fact("5.83%", metric="Sulawesi's economy",
             change=chg("increase", 5.83, "percent", "2024-Q2")),
        fact("4.98%", metric="Sumatra's economy",
             change=chg("increase", 4.98, "percent", "2024-Q2")),
        published="2025-08-05"),
    row("Exports rose 3%, imports 2% and re-exports 1%.",
        fact("3%", metric="exports"), fact("2%", metric="imports", value=None,
                                            change=chg("increase", 2, "percent", None)),
        fact("1%", metric="re-exports", value=None, change=chg("increase", 1, "percent", None))),
    row("In July, regular pay rose 2.4% on the year and total pay 1.5%.",
        fact("2.4%", metric="regular pay"),
        fact("1.5%", metric="total pay", value=None,
             change=chg("increase", 1.5, "percent", "2024-07")), published="2025-08-05"),
    row("In August, prices of rice balls were up 18.5% on the year and those of sushi at "
        "restaurants 7.9%.",
        fact("18.5%", metric="prices of rice balls"),
        fact("7.9%", metric="prices of sushi at restaurants", value=None,
             change=chg("increase", 7.9, "percent", "2024-08")), published="2025-09-19"),
    # counter-rows: a participle or a preposition before the figure is no new subject
    row("Beauty led with underlying sales growth of 6.5%, followed by Personal Care at 5.2%.",
        fact("6.5%"), fact("5.2%", value=5.2, change=None)),
    row("Europe gained 2.24 million members, taking its base to 93.96 million.",
        fact("93.96 million", value=93960000, change=chg("increase", 2240000, "count", None))),
    row("Sales rose 3% in March and 2% in April.",
        fact("3%", date="2024-03"), fact("2%", date="2024-04", metric="sales"),
        published="2024-05-20"),
    # a comparison with a year between the change and the gapped subject
    row("In October, sales jumped 12.7% from October 2024 and production 15.6%.",
        fact("12.7%", change=chg("increase", 12.7, "percent", "2024-10")),
        fact("15.6%", metric="production", value=None,
             change=chg("increase", 15.6, "percent", "2024-10")),
        published="2025-11-28"),
])  # fmt: skip

EVALUATED_MOVES: list[Case] = numbered("changes-evaluated-moves", [
    # "improved" and "worsened" judge a move: with an earlier value, the values give its way
    row("The cost-to-income ratio improved to 37.7% from 40.3% a year earlier.",
        fact("37.7%", change=chg("decrease", None, None, None)), fact("40.3%"),
        published="2025-04-30"),
    row("The CET1 ratio improved to 12.5% from 12.2% in December.",
        fact("12.5%", change=chg("increase", None, None, "2024-12")), fact("12.2%"),
        published="2025-04-30"),
    row("The net leverage ratio improved to 0.6 times from 0.8 times at the end of 2024.",
        fact("0.6 times", change=chg("decrease", None, None, "2024-12")), fact("0.8 times"),
        published="2025-04-30"),
    row("Sentiment worsened to 92 from 95 in March.",
        fact("92", change=chg("decrease", None, None, "2025-03")), fact("95"),
        published="2025-04-30"),
    # a change amount with its rate restated before "more than" is the level's change
    row("Savings deposits rose to 515 billion euros at the end of May, 36 billion euros, or 7.5 "
        "percent, more than in May 2024.",
        fact("515 billion euros", change=chg("increase", 36000000000, "EUR", "2024-05")),
        published="2025-07-20"),
    row("Exports rose to $30 billion in June, $2 billion, or 7%, higher than a year earlier.",
        fact("$30 billion", change=chg("increase", 2000000000, "USD", "2024-06")),
        published="2025-07-20"),
    # a directional verb keeps its way
    row("The ratio rose to 12.5% from 12.2% in December.",
        fact("12.5%", change=chg("increase", None, None, "2024-12")), fact("12.2%"),
        published="2025-04-30"),
])  # fmt: skip

HISTORY_BENCHMARKS: list[Case] = numbered("changes-history-benchmarks", [
    # a percentage gap to the series' own past average is a change of the series, since null
    row("Crude inventories were about 8% below the five-year average for this time of year.",
        fact("8%", metric="Crude inventories", value=None, unit="percent",
             change=chg("decrease", 8, "percent", None)),
        published="2025-07-09"),
    row("Gasoline stocks are 4% above the five-year average.",
        fact("4%", metric="Gasoline stocks", change=chg("increase", 4, "percent", None)),
        published="2025-07-09"),
    row("Winter crop production is forecast to be 35% above the 10-year average.",
        fact("35%", metric="Winter crop production", change=chg("increase", 35, "percent", None)),
        published="2025-07-09"),
    row("Stocks stood 3.9% above the five-year norm.",
        fact("3.9%", change=chg("increase", 3.9, "percent", None)), published="2025-07-09"),
    row("Inventories are 5 percent lower than the seasonal average.",
        fact("5 percent", change=chg("decrease", 5, "percent", None)), published="2025-07-09"),
    # after a level with its own change: a fact of its own, not a second change of the level
    row("Gasoline stocks fell by 2.7 million barrels to 229.5 million barrels, leaving them "
        "about 1% below the five-year average.",
        fact("229.5 million barrels", change=chg("decrease", 2700000, "barrel", None)),
        fact("1%", metric="Gasoline stocks", value=None,
             change=chg("decrease", 1, "percent", None)),
        published="2025-07-09"),
    # counter-rows: a gap to another group's average, a gap in points or in an amount is a level
    row("GDP per head in Luxembourg was 139% above the EU average.",
        fact("139%", value=139, change=None), published="2025-07-09"),
    row("Capacity utilization was 1.8 percentage points below its long-run average.",
        fact("1.8 percentage points", value=1.8, change=None), published="2025-07-09"),
    row("Stocks were 93 Bcf above the five-year average.",
        fact("93 Bcf", value=93000000000, change=None), published="2025-07-09"),
])  # fmt: skip

RANKED_CHANGES: list[Case] = numbered("changes-ranked", [
    # "<subject> posted the largest <change noun>, at/of N": the subject's change, and the items
    # of the ranking that follow it are changes too
    row("Market services recorded the largest drop, of 2.9 points, driven by a general "
        "worsening of all components.",
        fact("2.9 points", metric="Market services", value=None,
             change=chg("decrease", 2.9, "point", None)),
        published="2025-04-30"),
    row("Construction saw the steepest decline, at 3.2%.",
        fact("3.2%", metric="Construction", change=chg("decrease", 3.2, "percent", None)),
        published="2025-04-30"),
    row("Manufacturing posted the biggest job loss at 35,000.",
        fact("35,000", metric="Manufacturing", change=chg("decrease", 35000, "count", None)),
        published="2025-04-30"),
    row("Texas had the largest increase in population, at 562,941.",
        fact("562,941", metric="Texas", change=chg("increase", 562941, "count", None)),
        published="2025-04-30"),
    row("Health care recorded the largest increase, of 54,000, followed by retail (21,000).",
        fact("54,000", metric="Health care", change=chg("increase", 54000, "count", None)),
        fact("21,000", metric="retail", change=chg("increase", 21000, "count", None)),
        published="2025-04-30"),
    row("Education posted the largest increase, at 0.75%, driven by university fees, followed "
        "by clothing at 0.72% and footwear at 0.54%.",
        fact("0.75%", metric="Education", change=chg("increase", 0.75, "percent", None)),
        fact("0.72%", metric="clothing", change=chg("increase", 0.72, "percent", None)),
        fact("0.54%", metric="footwear", change=chg("increase", 0.54, "percent", None)),
        published="2025-04-30"),
    row("Gauteng and the Eastern Cape recorded the largest employment increases, of 118,000 and "
        "47,000 respectively.",
        fact("118,000", value=None, change=chg("increase", 118000, "count", None)),
        fact("47,000", value=None, change=chg("increase", 47000, "count", None)),
        published="2025-04-30"),
    # counter-rows: growth ranked is a level of a rate; a natural increase is a measure
    row("Other services posted the fastest growth of any sector at 11.31%.",
        fact("11.31%", value=11.31, change=None), published="2025-04-30"),
    row("Texas recorded the largest natural increase, at 158,753.",
        fact("158,753", value=158753, change=None), published="2025-04-30"),
    row("Beauty & Wellbeing led with underlying sales growth of 6.5%, followed by Personal Care "
        "at 5.2% and Ice Cream at 3.7%.",
        fact("6.5%", value=6.5, change=None), fact("5.2%", value=5.2, change=None),
        fact("3.7%", value=3.7, change=None),
        published="2025-04-30"),
])  # fmt: skip

AT_RATES: list[Case] = numbered("changes-at-rates", [
    # "grew at an (annualized) rate/pace of N%": the move, stated as its rate
    row("The economy grew at an annualized rate of 2.6% in the third quarter.",
        fact("2.6%", metric="economy", value=None, change=chg("increase", 2.6, "percent", None)),
        published="2025-11-01"),
    row("If confirmed, the economy would have contracted at an annualized rate of 0.5% in the "
        "fourth quarter.",
        fact("0.5%", metric="economy", change=chg("decrease", 0.5, "percent", None)),
        published="2026-01-30"),
    row("Industrial production rose at an annual rate of 5.5% in the first quarter.",
        fact("5.5%", metric="Industrial production", change=chg("increase", 5.5, "percent", None)),
        published="2025-04-16"),
    row("GDP expanded at a 2.6% annualized pace in the third quarter.",
        fact("2.6%", metric="GDP", change=chg("increase", 2.6, "percent", None)),
        published="2025-11-01"),
    # counter-row: a rate named as a level stays one
    row("The annualized growth rate was 2.6% in the third quarter.",
        fact("2.6%", value=2.6, change=None), published="2025-11-01"),
    # a rate of change named as expected before its noun is a level of that rate
    row("The government is targeting 5.2% growth for 2025 as a whole.",
        fact("5.2%", value=5.2, change=None, date="2025"), published="2025-08-05"),
    row("Imports rose 2.1%, less than the median estimate of 3.2% growth.",
        fact("2.1%", change=chg("increase", 2.1, "percent", None)),
        fact("3.2%", value=3.2, change=None), published="2025-08-05"),
    # counter-rows: a company that forecasts a move; an estimate of a gap
    row("Toyota forecasts 21% slide in operating profit.",
        fact("21%", value=None, change=chg("decrease", 21, "percent", None)),
        published="2025-05-08"),
])  # fmt: skip

HELD_AT_NAMED_LEVELS: list[Case] = numbered("changes-held-at-named-levels", [
    # a held level keeps its direction when a range, a record or a period stands between the
    # object and the figure; the object stays the metric
    row("The Fed on Wednesday held its policy rate in a range of 4.25% to 4.50%.",
        fact("4.25%", metric="Fed policy rate", change=chg("unchanged", None, None, None)),
        fact("4.50%", metric="Fed policy rate", change=chg("unchanged", None, None, None))),
    row("Norway's central bank kept its policy interest rate at a 16-year high of 4.50%.",
        fact("4.50%", metric="Norway policy interest rate",
             change=chg("unchanged", None, None, None))),
    row("The bank left its key rate at a record low of 0.1%.",
        fact("0.1%", metric="key rate", change=chg("unchanged", None, None, None))),
    row("The RBI retained its forecast for economic growth in the fiscal year ending March 2025 "
        "at 7.2%.",
        fact("7.2%", metric="RBI forecast for economic growth",
             change=chg("unchanged", None, None, None))),
    # a held object ends at an earlier "at": the second item is its own
    row("Nintendo kept its operating profit forecast at 320 billion yen and its net profit "
        "forecast at 300 billion yen.",
        fact("320 billion yen", metric="Nintendo operating profit forecast",
             change=chg("unchanged", None, None, None)),
        fact("300 billion yen", metric="net profit forecast",
             change=chg("unchanged", None, None, None))),
    # "flat" after a level and its period-end phrase
    row("Inventories stood at $7.5 billion at the end of the quarter, flat compared with a year "
        "earlier.",
        fact("$7.5 billion", change=chg("unchanged", None, None, "2024-04-20")),
        published="2025-04-20"),
])  # fmt: skip

JOINED_BASES: list[Case] = numbered("changes-joined-bases", [
    # a clause joined by "while" compares over the step of the clause before it, whatever
    # stands between its subject and its verb
    row("Exports rose 0.8 percent in the third quarter from the second, while imports increased "
        "by only 0.2 percent.",
        fact("0.8 percent", change=chg("increase", "0.8", "percent", "2025-Q2")),
        fact("0.2 percent", change=chg("increase", "0.2", "percent", "2025-Q2")),
        published="2025-10-30"),
    row("Hourly wages grew 3.7% in the second quarter from a year earlier, while non-wage costs "
        "increased 3.4%.",
        fact("3.7%", change=chg("increase", "3.7", "percent", "2024-Q2")),
        fact("3.4%", change=chg("increase", "3.4", "percent", "2024-Q2")),
        published="2025-09-16"),
    row("Prices for food from restaurants fell 5.1% in December from a year earlier, while "
        "prices for alcoholic beverages bought from stores dropped 4.2%.",
        fact("5.1%", change=chg("decrease", "5.1", "percent", "2023-12")),
        fact("4.2%", change=chg("decrease", "4.2", "percent", "2023-12")),
        published="2025-01-21"),
])  # fmt: skip

OWN_VERB_AFTER_CHANGE: list[Case] = numbered("changes-own-verb-after-change", [
    # a new subject after a change shares its verb only when it has none of its own: "reached"
    # states a level; a noun ending in -ing is no verb
    row("Organic sales rose 4.3% and RIG reached 1.5%.",
        fact("4.3%", metric="Organic sales", change=chg("increase", "4.3", "percent", None)),
        fact("1.5%", metric="RIG", change=None)),
    row("Organic sales rose 4.3% and real internal growth totalled 1.5%.",
        fact("4.3%", change=chg("increase", "4.3", "percent", None)),
        fact("1.5%", metric="real internal growth", change=None)),
    row("Mining output grew 4.3 percent from a year earlier and manufacturing 6.9 percent.",
        fact("4.3 percent", change=chg("increase", "4.3", "percent", "2024-10-16")),
        fact("6.9 percent", metric="manufacturing",
             change=chg("increase", "6.9", "percent", "2024-10-16")),
        published="2025-10-16"),
    # a part after "including" names its own rate; it is no item of a list of changes
    row("Zone Europe led with organic growth of 4.3%, including pricing of 3.7%.",
        fact("4.3%", metric="organic growth", change=None),
        fact("3.7%", metric="pricing", change=None)),
])  # fmt: skip

AMOUNT_THEN_LEVEL: list[Case] = numbered("changes-amount-then-level", [
    # a change verb before an amount and "to" a level: the amount moved the level, no range
    row("World consumption was raised 1.8 million tons to 809.8 million tons.",
        fact("809.8 million tons", metric="World consumption",
             change=chg("increase", 1800000, "tonne", None))),
    row("Exports were raised 25 million bushels to 825 million on a strong start.",
        fact("825 million", metric="Exports", change=chg("increase", 25000000, "bushel", None))),
    row("USDA raised exports 25 million bushels to 825 million.",
        fact("825 million", metric="exports", change=chg("increase", 25000000, "bushel", None))),
    row("The company cut costs $2 billion to $10 billion.",
        fact("$10 billion", metric="costs", change=chg("decrease", 2000000000, "USD", None))),
    # without a verb "A to B" stays a range
    row("Output is seen at 25 million to 30 million tons.",
        fact("25 million", qualifier="at_least"), fact("30 million tons", qualifier="at_most")),
])  # fmt: skip

SLASH_BASES: list[Case] = numbered("changes-slash-bases", [
    # a basis written with a slash ("year/year", "m/m") is the basis written out
    row("Japan's exports plunge 28.3% year/year in May as U.S. demand slumps.",
        fact("28.3%", change=chg("decrease", 28.3, "percent", "2019-05")), published="2020-06-18"),
    row("Exports fell 2.3% month/month in May.",
        fact("2.3%", change=chg("decrease", 2.3, "percent", "2020-04")), published="2020-06-18"),
    row("GDP rose 0.3% quarter/quarter in the second quarter.",
        fact("0.3%", change=chg("increase", 0.3, "percent", "2020-Q1")), published="2020-08-18"),
    row("Exports fell 28.3% y/y in May.",
        fact("28.3%", change=chg("decrease", 28.3, "percent", "2019-05")), published="2020-06-18"),
    row("Exports fell 2.3% m/m in May.",
        fact("2.3%", change=chg("decrease", 2.3, "percent", "2020-04")), published="2020-06-18"),
])  # fmt: skip

SIGNED_AFTER_COMPARATIVES: list[Case] = numbered("changes-signed-after-comparatives", [
    # signed items after "fewer ... than" are changes; "than expected" compares no periods
    row("Only four countries recorded fewer nights than in 2023: Luxembourg (-2.7%), France "
        "(-0.6%) and Sweden (-0.1%).",
        fact("four"), fact("-2.7%", change=chg("decrease", 2.7, "percent", "2023")),
        fact("-0.6%", change=chg("decrease", 0.6, "percent", "2023")),
        fact("-0.1%", change=chg("decrease", 0.1, "percent", "2023")), published="2025-03-05"),
    row("Four countries recorded declines: Luxembourg (-2.7%) and France (-0.6%).",
        fact("Four"), fact("-2.7%", change=chg("decrease", 2.7, "percent", None)),
        fact("-0.6%", change=chg("decrease", 0.6, "percent", None)), published="2025-03-05"),
    row("Nights fell in Luxembourg (-2.7%), France (-0.6%) and Belgium (-0.2%).",
        fact("-2.7%", metric="Nights in Luxembourg"), fact("-0.6%", metric="Nights in France"),
        fact("-0.2%", metric="Nights in Belgium"), published="2025-03-05"),
])  # fmt: skip

CHANGES: list[Case] = (
    AT_RATES
    + RANKED_CHANGES
    + HISTORY_BENCHMARKS
    + EVALUATED_MOVES
    + GAPPED_SUBJECTS
    + WIRE_STEPS
    + JOINED_STEPS
    + VERB_GRID
    + NOUN_GRID
    + LEVEL_WITH_CHANGE
    + UP_FROM
    + SINCE
    + ATTRIBUTIVE_STEP
    + QUOTED_CHANGES
    + WITH_DETAILS
    + COUNTED_EVENTS
    + HELD_AT_NAMED_LEVELS
    + JOINED_BASES
    + OWN_VERB_AFTER_CHANGE
    + AMOUNT_THEN_LEVEL
    + SLASH_BASES
    + SIGNED_AFTER_COMPARATIVES
)
