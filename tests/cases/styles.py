"""Longer snippets in the house styles of common sources (several facts each)."""

from __future__ import annotations

from cases.case import Case, chg, fact, numbered, row, shr

STYLES: list[Case] = numbered("styles", [
    # China NBS
    row("In the first three quarters of 2023, the total retail sales of consumer goods reached "
        "34.2 trillion yuan, up 6.8 percent year on year. Among them, online retail sales of "
        "physical goods were 9.0 trillion yuan, up 8.9 percent, accounting for 26.4 percent of "
        "the total retail sales of consumer goods.",
        fact("34.2 trillion yuan", value=34200000000000, unit="CNY", date="2023-01/2023-09",
             change=chg("increase", "6.8", "percent", "2022-01/2022-09")),
        fact("9.0 trillion yuan", value=9000000000000, unit="CNY", date="2023-01/2023-09",
             share=shr("26.4", "total retail sales of consumer goods"),
             parent_metric="total retail sales of consumer goods")),
    row("In October 2023, the consumer price index went down by 0.2 percent year on year. "
        "The price of food dropped 4.0 percent, and the price of pork went down by 30.1 percent.",
        fact("0.2 percent", value=None, date="2023-10",
             change=chg("decrease", "0.2", "percent", "2022-10")),
        fact("4.0 percent", value=None, date="2023-10",
             change=chg("decrease", "4.0", "percent")),
        fact("30.1 percent", value=None, date="2023-10",
             change=chg("decrease", "30.1", "percent"))),
    # internet report
    row("As of December 2020, the number of live webcast users in my country reached 617 "
        "million, an increase of 57.03 million from March 2020, accounting for 62.4% of the "
        "total netizens. Among them, the number of e-commerce live broadcast users was 388 "
        "million, accounting for 39.2% of the total netizens.",
        fact("617 million", value=617000000, unit="count", date="2020-12",
             metric="live webcast users", change=chg("increase", 57030000, "count", "2020-03"),
             share=shr("62.4", "total netizens")),
        fact("388 million", value=388000000, unit="count", date="2020-12",
             metric="e-commerce live broadcast users", share=shr("39.2", "total netizens"),
             parent_metric="live webcast users")),
    # US BLS
    row("Total nonfarm payroll employment increased by 150,000 in October 2023, and the "
        "unemployment rate changed little at 3.9 percent. The number of unemployed persons, "
        "at 6.5 million, changed little.",
        fact("150,000", value=None, unit="count", date="2023-10",
             change=chg("increase", 150000, "count")),
        fact("3.9 percent", value="3.9", unit="percent", date="2023-10", change=None),
        fact("6.5 million", value=6500000, unit="count", date="2023-10",
             metric="unemployed persons", change=None)),
    row("The Consumer Price Index for All Urban Consumers rose 0.4 percent in September 2023 "
        "on a seasonally adjusted basis. Over the last 12 months, the all items index increased "
        "3.7 percent before seasonal adjustment.",
        fact("0.4 percent", value=None, date="2023-09", change=chg("increase", "0.4", "percent")),
        fact("3.7 percent", value=None, date="2023-09",
             change=chg("increase", "3.7", "percent", "2022-09"))),
    # UK ONS / Eurostat
    row("The UK employment rate was estimated at 75.0% in October to December 2023, largely "
        "unchanged on the quarter. The unemployment rate was estimated at 3.8%.",
        fact("75.0%", value="75.0", unit="percent", date="2023-10/2023-12"),
        fact("3.8%", value="3.8", unit="percent", date="2023-10/2023-12", qualifier=None)),
    row("Euro area annual inflation was 2.4% in March 2024, down from 2.6% in February. A "
        "year earlier, the rate was 6.9%. Eight member states recorded rates below 2%.",
        fact("2.4%", value="2.4", date="2024-03", change=chg("decrease", since="2024-02")),
        fact("2.6%", value="2.6", date="2024-02"),
        fact("6.9%", value="6.9", date="2023-03"),
        fact("Eight", value=8, unit="count", metric="member states")),
    # India lakh / crore
    row("Gross GST collections in April 2024 stood at \u20b92.10 lakh crore, a growth of "
        "12.4% year-on-year. Net revenue after refunds was \u20b91.92 lakh crore.",
        fact("\u20b92.10 lakh crore", value=2100000000000, unit="INR", date="2024-04",
             change=chg("increase", "12.4", "percent", "2023-04")),
        fact("\u20b91.92 lakh crore", value=1920000000000, unit="INR", date="2024-04")),
    row("UPI processed 13.44 billion transactions worth Rs 19.78 lakh crore in March 2024. "
        "The value of transactions rose 40% from Rs 14.05 lakh crore a year earlier.",
        fact("13.44 billion", value=13440000000, unit="count", date="2024-03"),
        fact("Rs 19.78 lakh crore", value=19780000000000, unit="INR", date="2024-03"),
        fact("40%", value=None, change=chg("increase", 40, "percent", "2023-03")),
        fact("Rs 14.05 lakh crore", value=14050000000000, unit="INR", date="2023-03")),
    # company results
    row("Apple reported quarterly revenue of $89.5 billion, down 1 percent year over year, "
        "and earnings per share of $1.46, up 13 percent. Services revenue reached an all-time "
        "high of $22.3 billion.",
        fact("$89.5 billion", value=89500000000, unit="USD", metric="quarterly revenue",
             change=chg("decrease", 1, "percent")),
        fact("$1.46", value="1.46", unit="USD", change=chg("increase", 13, "percent")),
        fact("$22.3 billion", value=22300000000, unit="USD", metric="services revenue")),
    row("LVMH posted revenue of \u20ac86.2 billion in 2023, up 13% on an organic basis. "
        "Profit from recurring operations was \u20ac22.8 billion, up 8%.",
        fact("\u20ac86.2 billion", value=86200000000, unit="EUR", date="2023",
             change=chg("increase", 13, "percent")),
        fact("\u20ac22.8 billion", value=22800000000, unit="EUR", date="2023",
             change=chg("increase", 8, "percent"))),
    # oil market
    row("OPEC+ announced output cuts of about 1.16 million barrels per day from May 2023. "
        "Saudi Arabia will cut 500,000 bpd, and Brent crude jumped 6% to $84.93 a barrel.",
        fact("1.16 million barrels per day", unit="barrel_per_day", qualifier="approximately"),
        fact("500,000 bpd", unit="barrel_per_day"),
        fact("$84.93", value="84.93", unit="USD", change=chg("increase", 6, "percent"))),
    row("U.S. crude inventories rose by 3.6 million barrels to 448.5 million barrels in the week "
        "ended March 1, 2024, the Energy Information Administration said.",
        fact("448.5 million barrels", value=448500000, unit="barrel",
             change=chg("increase", 3600000, "barrel"))),
])  # fmt: skip
