"""Comparison frames: a clause's subject and verb with its slots (level, from, to, by), each
slot with its own period; the same fact in other word orders, tenses, brackets and sentences."""

from __future__ import annotations

from cases.case import Case, chg, fact, numbered, row, shr

FROM_TO: list[Case] = numbered("frames-fromto", [
    row("Unemployment fell from 5.1% in January 2023 to 4.2% in January 2024.",
        fact("5.1%", value="5.1", metric="unemployment", date="2023-01", change=None),
        fact("4.2%", value="4.2", metric="unemployment", date="2024-01",
             change=chg("decrease", since="2023-01"))),
    row("From January 2023 to January 2024, unemployment fell from 5.1% to 4.2%.",
        fact("5.1%", value="5.1", metric="unemployment", date="2023-01"),
        fact("4.2%", value="4.2", metric="unemployment", date="2024-01",
             change=chg("decrease", since="2023-01"))),
    row("The jobless rate dropped to 4.2% in January 2024 from 5.1% a year earlier.",
        fact("4.2%", value="4.2", metric="jobless rate", date="2024-01",
             change=chg("decrease", since="2023-01")),
        fact("5.1%", value="5.1", metric="jobless rate", date="2023-01")),
    row("Home ownership fell (65.3% to 63.1% between 2011 and 2021).",
        fact("65.3%", value="65.3", metric="home ownership", date="2011"),
        fact("63.1%", value="63.1", metric="home ownership", date="2021",
             change=chg("decrease", since="2011"))),
    row("Home ownership fell from 65.3% in 2011 to 63.1% in 2021.",
        fact("65.3%", value="65.3", metric="home ownership", date="2011"),
        fact("63.1%", value="63.1", metric="home ownership", date="2021",
             change=chg("decrease", since="2011"))),
    row("The deficit narrowed to $1.2 billion in March from $1.9 billion in February.",
        fact("$1.2 billion", metric="deficit", date="2024-03",
             change=chg("decrease", since="2024-02")),
        fact("$1.9 billion", metric="deficit", date="2024-02"),
        published="2024-04-20"),
    row("Output rose from 1.2 million tonnes to 1.5 million tonnes.",
        fact("1.2 million tonnes", value=1200000, qualifier=None, change=None),
        fact("1.5 million tonnes", value=1500000, qualifier=None, change=chg("increase"))),
    row("Prices fell from 5.2 to 4.8 euros a kilo.",
        fact("5.2", value="5.2", qualifier=None),
        fact("4.8 euros", value="4.8", qualifier=None, change=chg("decrease"))),
    row("The rate is expected to be 2.1% to 2.5% next year.",
        fact("2.1%", value="2.1", qualifier="at_least"),
        fact("2.5%", value="2.5", qualifier="at_most"), published="2024-06-01"),
    row("Growth will slow to between 1.5% and 2% in 2025.",
        fact("1.5%", value="1.5", qualifier="at_least", date="2025"),
        fact("2%", value=2, qualifier="at_most", date="2025")),
    row("Debt fell from 90.8% at the end of 2022 to 88.6% at the end of 2023, and in the EU from "
        "83.4% to 81.7%.",
        fact("90.8%"), fact("88.6%", change=chg("decrease", since="2022-12")),
        fact("83.4%", date="2022-12"), fact("81.7%", date="2023-12",
                                            change=chg("decrease", since="2022-12"))),
    row("Unemployment eased from 6.1% in April to 6.0% in May, and in Spain from 11.7% to 11.6%.",
        fact("6.1%"), fact("6.0%", change=chg("decrease", since="2024-04")),
        fact("11.7%", date="2024-04"), fact("11.6%", date="2024-05",
                                            change=chg("decrease", since="2024-04")),
        published="2024-07-02"),
    # "from a record N": the earlier value, its period its own
    row("Net orders fell to 826 in 2024 from a record 2,094 in 2023.",
        fact("826", date="2024", change=chg("decrease", since="2023")),
        fact("2,094", date="2023"), published="2025-01-09"),
    row("Exports fell to $3 billion in 2024 from a record high $4 billion in 2023.",
        fact("$3 billion", date="2024", change=chg("decrease", since="2023")),
        fact("$4 billion", date="2023"), published="2025-01-09"),
    # a count the first count went to is no level the change moved
    row("Airbus delivered 766 aircraft to 86 customers in 2024, up 4% from 735 a year earlier.",
        fact("766", change=chg("increase", 4, "percent", "2023")), fact("86", change=None),
        fact("735", date="2023"), published="2025-01-09"),
    row("The number of people facing acute food insecurity rose to 295.3 million in 2024 across "
        "53 countries and territories, up 13.7 million from 2023.",
        fact("295.3 million", change=chg("increase", 13700000, "count", "2023")),
        fact("53", change=None), published="2025-05-16"),
    row("The carmaker expects sales to grow 51% to 1.32 million units, or 55% of total sales.",
        fact("1.32 million", change=chg("increase", 51, "percent")), published="2025-01-09"),
])  # fmt: skip

COMPARED: list[Case] = numbered("frames-compared", [
    row("In Quarter 3 (July to Sept) 2022, 32.739 million people were in employment, a decrease "
        "of 52,000 compared with the previous three months.",
        fact("32.739 million", date="2022-Q3", change=chg("decrease", 52000, "count", "2022-Q2"))),
    row("Redundancies rose by 21,000 to 75,000 in the six months to September 2022, compared "
        "with the preceding six months.",
        fact("75,000", date="2022-04/2022-09",
             change=chg("increase", 21000, "count", "2021-10/2022-03"))),
    row("Sales rose 5% in the past three months of 2023.",
        fact("5%", change=chg("increase", 5, "percent", None))),
    row("Exports were $5.2 billion in May 2024, compared with $4.9 billion in May 2023.",
        fact("$5.2 billion", metric="exports", date="2024-05",
             change=chg("increase", since="2023-05")),
        fact("$4.9 billion", metric="exports", date="2023-05")),
    row("Exports were $5.2 billion in May 2024, against $4.9 billion a year earlier.",
        fact("$5.2 billion", metric="exports", date="2024-05",
             change=chg("increase", since="2023-05")),
        fact("$4.9 billion", metric="exports", date="2023-05")),
    row("In 2023, the country had 1.2 million farms, compared with 1.4 million in 2013.",
        fact("1.2 million", metric="farms", date="2023", change=chg("decrease", since="2013")),
        fact("1.4 million", metric="farms", date="2013")),
    row("The deficit was 3.1% of GDP in 2022 and 2.8% in 2023.",
        fact("3.1%", date="2022", change=None), fact("2.8%", date="2023", change=None)),
    row("Inflation was 3.4% in December 2023. This was up from 3.1% in November.",
        fact("3.4%", value="3.4", metric="inflation", date="2023-12",
             change=chg("increase", since="2023-11")),
        fact("3.1%", value="3.1", metric="inflation", date="2023-11")),
    row("Inflation was 3.4% in December 2023, up from 3.1% in November.",
        fact("3.4%", value="3.4", metric="inflation", date="2023-12",
             change=chg("increase", since="2023-11")),
        fact("3.1%", value="3.1", metric="inflation", date="2023-11")),
    row("The rate fell to 3.9% in April 2024, down from 4.1% in March.",
        fact("3.9%", value="3.9", metric="rate", date="2024-04",
             change=chg("decrease", since="2024-03")),
        fact("4.1%", value="4.1", metric="rate", date="2024-03")),
    row("Vacancies stood at 898,000 in March 2024. That was down from 916,000 in February.",
        fact("898,000", metric="vacancies", date="2024-03",
             change=chg("decrease", since="2024-02")),
        fact("916,000", metric="vacancies", date="2024-02")),
    # "compares with" is "compared with"
    row("CPIH rose by 3.5% in the 12 months to November 2024. The CPIH annual rate of 3.5% "
        "compares with 4.2% in November 2023.",
        fact("3.5%", date="2024-11"),
        fact("3.5%", date="2024-11", change=chg("decrease", None, None, "2023-11")),
        fact("4.2%", date="2023-11"), published="2024-12-18"),
])  # fmt: skip

UNCHANGED: list[Case] = numbered("frames-unchanged", [
    row("The central bank kept its key rate unchanged at 5.25%.",
        fact("5.25%", value="5.25", change=chg("unchanged"))),
    row("The Reserve Bank left the cash rate unchanged at 4.35% on Tuesday.",
        fact("4.35%", value="4.35", metric="cash rate", change=chg("unchanged"))),
    row("The bank held its policy rate at 6.5% for a seventh straight meeting.",
        fact("6.5%", value="6.5", metric="policy rate", change=chg("unchanged"))),
    row("The cash rate is expected to remain at 4.35% until 2025.",
        fact("4.35%", value="4.35", metric="cash rate", change=chg("unchanged"))),
    row("Bank Rate was maintained at 5.25%.",
        fact("5.25%", value="5.25", metric="Bank Rate", change=chg("unchanged"))),
    row("The unemployment rate was unchanged at 3.9% in May 2024.",
        fact("3.9%", value="3.9", metric="unemployment rate", date="2024-05",
             change=chg("unchanged"))),
    row("The unemployment rate stayed at 3.9% in May 2024.",
        fact("3.9%", value="3.9", metric="unemployment rate", date="2024-05",
             change=chg("unchanged"))),
    row("The unemployment rate held steady at 3.9% in May 2024.",
        fact("3.9%", value="3.9", metric="unemployment rate", change=chg("unchanged"))),
    # an object named without a determiner is what was held
    row("The Monetary Policy Committee voted 6-3 to hold Bank Rate at 5.25%.",
        fact("6"), fact("3"), fact("5.25%", metric="Bank Rate", change=chg("unchanged"))),
    row("The central bank kept interest rates at 4.5%.",
        fact("4.5%", metric="interest rates", change=chg("unchanged"))),
    row("The RBNZ held the OCR at 5.5%.",
        fact("5.5%", metric="OCR", change=chg("unchanged"))),
    # a long object held at a list of levels: each item held
    row("OPEC kept its forecast for supply growth from producers outside the OPEC+ group at 1.2 "
        "million bpd in 2024 and 1.1 million bpd in 2025.",
        fact("1.2 million bpd", date="2024", change=chg("unchanged")),
        fact("1.1 million bpd", date="2025", change=chg("unchanged"))),
    # a level "the same as in October" is unchanged since October; a rate of change "the same
    # as in October" keeps its own comparison
    row("The surveyed urban unemployment rate was 5.0 percent in November, the same as in "
        "October.",
        fact("5.0 percent", change=chg("unchanged", None, None, "2024-10")),
        published="2024-12-16"),
    row("The rate stood at 5.0 percent in November, the same level as in October.",
        fact("5.0 percent", change=chg("unchanged", None, None, "2024-10")),
        published="2024-12-16"),
    row("In the 12 months through November, core CPI increased 3.3%, the same as in October.",
        fact("3.3%", change=chg("increase", "3.3", "percent", "2023-11")),
        published="2024-12-11"),
    # a change in a clause with a subject of its own ("as economy adds") is no change of the
    # level before it
    row("South Africa's jobless rate falls to 32.1% as economy adds 294,000 jobs",
        fact("32.1%", change=chg("decrease")),
        fact("294,000", change=chg("increase", 294000, "count"))),
    row("Inflation rose to 3% as prices climbed 0.5% on the month.",
        fact("3%", value=3), fact("0.5%", value=None, metric="prices")),
    # a change whose verb moves another object after the held level is no change of it
    row("RBI holds repo rate at 6.50%, cuts CRR by 50 bps to free up liquidity",
        fact("6.50%", metric="repo rate", change=chg("unchanged")),
        fact("50 bps", metric="CRR", change=chg("decrease", 50, "basis_point"))),
    row("The RBI held the repo rate at 6.50% and cut the cash reserve ratio by 50 basis points.",
        fact("6.50%", change=chg("unchanged")),
        fact("50 basis points", metric="cash reserve ratio")),
    row("The bank kept its key rate at 6.50%, but lowered the reserve requirement by 50 basis "
        "points to 4.0%.",
        fact("6.50%", change=chg("unchanged")),
        fact("4.0%", metric="reserve requirement",
             change=chg("decrease", 50, "basis_point"))),
    row("The bank held its rate at 5% in July, then cut it by 25 basis points.",
        fact("5%", change=chg("decrease", 25, "basis_point"))),
    # "has stood at X since P": unchanged since P; a change in a ", when" clause is its own
    row("The rate has stood at 4.5% since December 2023, when a final increase capped a "
        "tightening cycle that had lifted it by 4.5 percentage points from September 2021.",
        fact("4.5%", change=chg("unchanged", None, None, "2023-12")),
        fact("4.5 percentage points", value=None,
             change=chg("increase", "4.5", "percentage_point", "2021-09")),
        published="2024-12-19"),
    row("The rate has been 5% since June.",
        fact("5%", change=chg("unchanged", None, None, "2024-06")), published="2024-11-20"),
    # a state "has kept ... since" holds now: dated by the report's day
    row("Employment rose 56,300 in December. The RBA has kept its cash rate at 4.35% since "
        "November 2023.",
        fact("56,300", date="2024-12"),
        fact("4.35%", date="2025-01-16", change=chg("unchanged", None, None, "2023-11")),
        published="2025-01-16"),
    # a target kept, confirmed or reaffirmed before its figure is unchanged, both range ends too
    row("Rio kept its 2025 shipments guidance of 323 million to 338 million tonnes.",
        fact("323 million", change=chg("unchanged")),
        fact("338 million tonnes", change=chg("unchanged")), published="2025-07-16"),
    row("Nestle maintained its margin guidance of 16%.",
        fact("16%", change=chg("unchanged")), published="2025-07-16"),
    row("The company confirmed its full-year forecast for revenue of $10 billion.",
        fact("$10 billion", change=chg("unchanged")), published="2025-07-16"),
    # counter-row: a forecast given, not kept
    row("The company gave a full-year revenue forecast of $10 billion.",
        fact("$10 billion", change=None), published="2025-07-16"),
])  # fmt: skip

REACHED: list[Case] = numbered("frames-reached", [
    row("Employment increased 48,300 to 9.1 million people.",
        fact("9.1 million", value=9100000, metric="employment",
             change=chg("increase", 48300, "count"))),
    row("Employment rose 48,300 (0.5%) to reach 9.1 million.",
        fact("9.1 million", value=9100000, metric="employment",
             change=chg("increase", 48300, "count"))),
    row("Employment rose by 48,300, or 0.5%, to 9.1 million.",
        fact("9.1 million", value=9100000, metric="employment",
             change=chg("increase", 48300, "count"))),
    row("Employment rose to 9.1 million, an increase of 48,300.",
        fact("9.1 million", value=9100000, metric="employment",
             change=chg("increase", 48300, "count"))),
    row("Employment, at 9.1 million, was 48,300 higher than a month earlier.",
        fact("9.1 million", value=9100000, metric="employment")),
    row("The number of employed people rose by 48,300 to 9.1 million in March 2024.",
        fact("9.1 million", value=9100000, metric="employed people", date="2024-03",
             change=chg("increase", 48300, "count"))),
    row("Exports climbed $1.2 billion to $6.1 billion.",
        fact("$6.1 billion", value=6100000000, metric="exports",
             change=chg("increase", 1200000000, "USD"))),
    row("Exports climbed 4.1% to $6.1 billion.",
        fact("$6.1 billion", value=6100000000, metric="exports",
             change=chg("increase", "4.1", "percent"))),
    # a share reached by a change in points is the level, with the change and its whole
    row("Public debt rose 2 points to 65% of GDP.",
        fact("65%", value=65, share=shr(65, "GDP"), change=chg("increase", 2, "percentage_point"))),
    row("Utilization edged up by 0.1 percentage point from the prior week to 92.5% of operable "
        "capacity.",
        fact("92.5%", value="92.5", share=shr("92.5", "operable capacity"))),
    # a change noun of stocks: a draw falls, a build rises; an expectation compared with is a
    # figure of its own
    row("Analysts had forecast a draw of 1.6 million barrels.",
        fact("1.6 million barrels", value=None,
             change=chg("decrease", 1600000, "barrel"))),
    row("Gasoline inventories rose by 2.3 million barrels to 222.0 million barrels, compared "
        "with expectations for a 1.9 million-barrel build.",
        fact("222.0 million barrels", change=chg("increase", 2300000, "barrel")),
        fact("1.9 million-barrel", value=None, change=chg("increase", 1900000, "barrel"))),
    # a period between the verb and its amount, and an object owned by a possessive noun: the
    # amount still moves the level reached
    row("The bank cut in February, by a quarter point to 3.75%.",
        fact("3.75%", date="2025-02", change=chg("decrease", "0.25", "percentage_point", None)),
        published="2025-07-09"),
    row("Sales rose in May by 3% to $4 billion.",
        fact("$4 billion", date="2025-05", change=chg("increase", "3", "percent", None)),
        published="2025-07-09"),
    row("Prices fell in the second quarter, by 0.4%.",
        fact("0.4%", date="2025-Q2", change=chg("decrease", "0.4", "percent", None)),
        published="2025-07-09"),
    row("The central bank cut banks' statutory reserve requirement ratio by 100 basis points to "
        "1.00% in May.",
        fact("1.00%", metric="banks' statutory reserve requirement ratio",
             change=chg("decrease", "100", "basis_point", None))),
    row("The bank raised Japan's policy rate by 25 basis points to 0.5%.",
        fact("0.5%", metric="Japan's policy rate",
             change=chg("increase", "25", "basis_point", None))),
])  # fmt: skip

LISTED: list[Case] = numbered("frames-listed", [
    row("Both imports, $4.1 billion, and exports, $3.9 billion, declined in May 2024.",
        fact("$4.1 billion", metric="imports", change=chg("decrease")),
        fact("$3.9 billion", metric="exports", change=chg("decrease"))),
    row("The largest annual falls were recorded in Portugal (-7.2%), Latvia (-3.1%) and "
        "Finland (-2.0%).",
        fact("-7.2%", value=None, change=chg("decrease", "7.2", "percent")),
        fact("-3.1%", value=None, change=chg("decrease", "3.1", "percent")),
        fact("-2.0%", value=None, change=chg("decrease", "2.0", "percent"))),
    row("House prices fell in Portugal (-7.2%) and rose in Poland (+12.1%).",
        fact("-7.2%", value=None, change=chg("decrease", "7.2", "percent")),
        fact("+12.1%", value=None, change=chg("increase", "12.1", "percent"))),
    row("Annual changes ranged from -7.2% in Portugal to +12.1% in Poland.",
        fact("-7.2%", value=None, change=chg("decrease", "7.2", "percent")),
        fact("+12.1%", value=None, change=chg("increase", "12.1", "percent"))),
    row("Exports rose 5% and imports 3%.",
        fact("5%", metric="exports", change=chg("increase", 5, "percent")),
        fact("3%", metric="imports", change=chg("increase", 3, "percent"))),
    row("Exports rose 5%, while imports fell 3%.",
        fact("5%", metric="exports", change=chg("increase", 5, "percent")),
        fact("3%", metric="imports", change=chg("decrease", 3, "percent"))),
    # items "at" places after a change verb, each with its change in brackets
    row("Sales rose at clothing stores (1.0%), sporting goods and hobby stores (0.8%) and "
        "electronics and appliance stores (0.3%).",
        fact("1.0%", change=chg("increase", "1.0", "percent", None)),
        fact("0.8%", change=chg("increase", "0.8", "percent", None)),
        fact("0.3%", change=chg("increase", "0.3", "percent", None))),
    # a change before "as" is no change of the level the next clause reaches
    row("Canada adds 54,000 jobs as unemployment rate drops to 6.5%",
        fact("54,000", change=chg("increase", "54000", "count", None)),
        fact("6.5%", change=chg("decrease", None, None, None))),
    row("The shares fell about 4% after the announcement, to $11.46.",
        fact("$11.46", change=chg("decrease", "4", "percent", None))),
])  # fmt: skip

RUNNING_TOTALS: list[Case] = numbered("frames-totals", [
    row("Another 3,915 people died, taking the official death toll to 2,34,083.",
        fact("2,34,083", value=234083, metric="official death toll",
             change=chg("increase", 3915, "count"))),
    row("A total of 3,31,507 patients were discharged, bringing recoveries to 1,76,12,351.",
        fact("1,76,12,351", value=17612351, metric="recoveries",
             change=chg("increase", 331507, "count"))),
    row("The ICMR said 18,26,490 samples were tested on Thursday, bringing the total to "
        "29,86,01,699.",
        fact("29,86,01,699", value=298601699, metric="samples tested",
             change=chg("increase", 1826490, "count"))),
    row("The firm hired 1,200 workers, lifting its headcount to 48,000.",
        fact("48,000", value=48000, metric="headcount", change=chg("increase", 1200, "count"))),
    row("The company cut 1,200 jobs, reducing its workforce to 48,000.",
        fact("48,000", value=48000, metric="workforce", change=chg("decrease", 1200, "count"))),
])  # fmt: skip

STOCKS: list[Case] = numbered("frames-stocks", [
    row("Netflix added 8.05 million members in the second quarter of 2024. Asia-Pacific "
        "contributed the most, adding 2.83 million members to reach 50.32 million.",
        fact("8.05 million", date="2024-Q2"),
        fact("50.32 million", date="2024-06", change=chg("increase", 2830000, "count"))),
    row("In the second quarter of 2024 the United States and Canada added 1.45 million members, "
        "for a total of 84.11 million.",
        fact("84.11 million", date="2024-06", change=chg("increase", 1450000, "count"))),
    row("The bank gained 120,000 customers in the first half of 2024, taking its base to 2.4 "
        "million.",
        fact("2.4 million", date="2024-06", change=chg("increase", 120000, "count"))),
    row("The carrier signed up 310,000 subscribers in 2023 to reach 5.2 million.",
        fact("5.2 million", date="2023-12", change=chg("increase", 310000, "count"))),
    row("Crude oil imports gained 12.1 percent to 515.65 million tonnes in January-November "
        "2023.",
        fact("515.65 million tonnes", date="2023-01/2023-11")),
    row("Gross value added rose 7.2% to ₹158.74 lakh crore in 2023-24.",
        fact("₹158.74 lakh crore", date="2023-04/2024-03")),
])  # fmt: skip

RANGES: list[Case] = numbered("frames-ranges", [
    row("The Fed lowered the target range for the federal funds rate by half a percentage point "
        "to 4.75% to 5.00%.",
        fact("4.75%", qualifier="at_least", change=chg("decrease", "0.5", "percentage_point")),
        fact("5.00%", qualifier="at_most", change=chg("decrease", "0.5", "percentage_point"))),
    row("The Fed cut rates by 50 bps to 4.75%-5.00%.",
        fact("4.75%", qualifier="at_least", change=chg("decrease", 50, "basis_point")),
        fact("5.00%", qualifier="at_most", change=chg("decrease", 50, "basis_point"))),
    row("Walmart expects consolidated net sales to grow 3% to 4% in fiscal 2025.",
        fact("3%", value=None, qualifier="at_least", change=chg("increase", 3, "percent")),
        fact("4%", value=None, qualifier="at_most", change=chg("increase", 4, "percent"))),
    row("The company forecast that revenue would rise 8% to 10% next year.",
        fact("8%", value=None, qualifier="at_least", change=chg("increase", 8, "percent")),
        fact("10%", value=None, qualifier="at_most", change=chg("increase", 10, "percent")),
        published="2024-05-01"),
    row("Inflation rose 0.3% to 3.4% in May 2024.",
        fact("3.4%", value="3.4", qualifier=None, change=chg("increase", "0.3", "percent"))),
    row("The committee voted by a majority of six to three to raise Bank Rate.",
        fact("six", value=6, qualifier=None), fact("three", value=3, qualifier=None)),
    row("The board voted seven to two to hold rates.",
        fact("seven", value=7, qualifier=None), fact("two", value=2, qualifier=None)),
])  # fmt: skip

BENCHMARKS: list[Case] = numbered("frames-benchmarks", [
    row("GDP per capita was highest in Luxembourg (139% above the EU average) in 2023.",
        fact("139%", value=139, change=None, metric="GDP per capita above the EU average")),
    row("Bulgaria's GDP per capita was 36% below the EU average in 2023.",
        fact("36%", value=36, change=None, metric="GDP per capita below the EU average")),
    row("Wages in London were 20% higher than the national average.",
        fact("20%", value=20, change=None)),
    row("Inflation was 1.5 points above the target.",
        fact("1.5 points", value="1.5", change=None)),
    row("Exports were 4% higher than a year earlier.",
        fact("4%", value=None, change=chg("increase", 4, "percent"))),
])  # fmt: skip

WEEKS: list[Case] = numbered("frames-weeks", [
    row("The seven-day average of daily cases climbed to 782,766 as of Wednesday. That was 33.2% "
        "more than a week earlier.",
        fact("782,766", date="2022-01-12", change=chg("increase", "33.2", "percent", "2022-01-05")),
        published="2022-01-14"),
    row("Daily deaths averaged 1,729 on Jan. 12, up 36.8% from the previous week.",
        fact("1,729", date="2022-01-12", change=chg("increase", "36.8", "percent", "2022-01-05")),
        published="2022-01-14"),
    row("Hospital admissions averaged 20,637 in the seven days to Jan. 11, 2022, up 24.5% week "
        "on week.",
        fact("20,637", date="2022-01-05/2022-01-11",
             change=chg("increase", "24.5", "percent", "2021-12-29/2022-01-04"))),
    row("Omicron accounted for an estimated 98.3% of cases in the week ending Jan. 8, 2022, with "
        "Delta making up the remaining 1.7%.",
        fact("98.3%", date="2022-01-02/2022-01-08", share=shr("98.3", "cases")),
        fact("1.7%", date="2022-01-02/2022-01-08", share=shr("1.7", "cases"))),
    # "from N countries" counts other things: where the count comes from, no earlier value
    row("WHO said 4,738 deaths were reported from 31 countries.",
        fact("4,738", change=None), fact("31", change=None)),
    row("Membership rose to 5.2 million members from 4.9 million members.",
        fact("5.2 million", change=chg("increase", None, None, None)), fact("4.9 million")),
    row("Deaths climbed to 1,200 from 950.",
        fact("1,200", change=chg("increase", None, None, None)), fact("950")),
])  # fmt: skip

REFER_BACK: list[Case] = numbered("frames-refer", [
    row("Public sector net borrowing was £25.6 billion in April 2023. This was £11.9 billion more "
        "than in April 2022.",
        fact("£25.6 billion", change=chg("increase", 11900000000, "GBP", "2022-04"))),
    row("The jobless rate was 4.2% in March 2024. That was down from 4.4% in February.",
        fact("4.2%", change=chg("decrease", since="2024-02")),
        fact("4.4%", date="2024-02", metric="jobless rate")),
    row("Exports reached $57.7 billion in December 2023. That was slower than November's 7.7% "
        "gain.",
        fact("$57.7 billion", change=None), fact("7.7%", value=None)),
])  # fmt: skip

PARALLEL: list[Case] = numbered("frames-parallel", [
    row("Consumer price inflation fell to 7.9% in June 2023 from 8.7% in May. Services inflation "
        "eased to 7.2% from 7.4%.",
        fact("7.9%", change=chg("decrease", since="2023-05")), fact("8.7%", date="2023-05"),
        fact("7.2%", change=chg("decrease", since="2023-05")), fact("7.4%", date="2023-05")),
    row("The youth unemployment rate slipped to 14.4% in April 2024 in the EU, from 14.7% in "
        "March, and to 14.1% in the euro area, from 14.3%.",
        fact("14.4%", change=chg("decrease", since="2024-03")), fact("14.7%", date="2024-03"),
        fact("14.1%", change=chg("decrease", since="2024-03")), fact("14.3%", date="2024-03")),
])  # fmt: skip

SHARED_VERB: list[Case] = numbered("frames-shared-verb", [
    # the items of a list of "X at A" share the verb of the first and its direction
    row("The USDA held corn exports at 2.325 billion bushels, feed and residual use at 5.825 "
        "billion and corn used for ethanol at 5.45 billion.",
        fact("2.325 billion bushels", metric="corn exports", change=chg("unchanged")),
        fact("5.825 billion", metric="feed and residual use", change=chg("unchanged")),
        fact("5.45 billion", metric="corn used for ethanol", change=chg("unchanged"))),
    row("The bank kept its deposit rate at 3.75%, its refinancing rate at 4.25% and its lending "
        "rate at 4.5%.",
        fact("3.75%", change=chg("unchanged")), fact("4.25%", change=chg("unchanged")),
        fact("4.5%", change=chg("unchanged"))),
    row("The bank raised its deposit rate to 3.75% and its lending rate to 4.5%.",
        fact("3.75%", metric="deposit rate", change=chg("increase")),
        fact("4.5%", metric="lending rate", change=chg("increase"))),
    # an item with a verb of its own keeps its own
    row("Exports rose to $5 billion and imports fell to $4 billion.",
        fact("$5 billion", change=chg("increase")), fact("$4 billion", change=chg("decrease"))),
    row("Exports rose to $5 billion and imports were at $4 billion.",
        fact("$5 billion", change=chg("increase")), fact("$4 billion", change=None)),
    # a gapped subject shares the verb and its comparison, stated after the first change too
    row("Exports rose 5.8% year on year in April and imports 8.8%.",
        fact("5.8%", change=chg("increase", "5.8", "percent", "2024-04")),
        fact("8.8%", metric="imports", change=chg("increase", "8.8", "percent", "2024-04")),
        published="2025-05-19"),
    row("In April, infrastructure investment rose 5.8% from a year earlier and manufacturing "
        "investment 8.8%.",
        fact("5.8%"), fact("8.8%", metric="manufacturing investment",
                           change=chg("increase", "8.8", "percent", "2024-04")),
        published="2025-05-19"),
])  # fmt: skip

BASIS_ASIDES: list[Case] = numbered("frames-basis-asides", [
    # a change reaches its level past its basis and an aside about it
    row("Orders climbed 28% year on year on a comparable basis, which strips out currency and "
        "portfolio effects, to €24.7 billion in the three months to June 30.",
        fact("€24.7 billion", metric="orders",
             change=chg("increase", 28, "percent", "2024-Q2")),
        published="2025-08-07"),
    row("Sales rose 4% in constant currency to $12.1 billion.",
        fact("$12.1 billion", change=chg("increase", 4, "percent")), published="2025-08-07"),
    # counter-row: a new clause after the basis reaches its own level
    row("Capacity grew 6.5% year-on-year in April, so the load factor climbed to 83.6%.",
        fact("6.5%", change=chg("increase", "6.5", "percent", "2024-04")),
        fact("83.6%", metric="load factor"), published="2025-05-29"),
])  # fmt: skip

EARLIER_RATES: list[Case] = numbered("frames-earlier-rates", [
    # an earlier rate after a change that reached a level in money is the same change a period
    # earlier, not the money it started from
    row("Retail sales grew 5.1% on the year to 3.72 trillion yuan in April, down from 5.9% "
        "growth in March.",
        fact("3.72 trillion yuan", change=chg("increase", "5.1", "percent", "2024-04")),
        fact("5.9%", value=None, date="2025-03",
             change=chg("increase", "5.9", "percent", "2024-03")),
        published="2025-05-19"),
    row("Fixed-asset investment rose 4.0% year on year to 14.7 trillion yuan in January-April, "
        "slowing from 4.2% in the first quarter.",
        fact("14.7 trillion yuan"),
        fact("4.2%", value=None, date="2025-Q1",
             change=chg("increase", "4.2", "percent", "2024-Q1")),
        published="2025-05-19"),
    # counter-row: an earlier amount in the level's own unit is the level it started from
    row("Revenue rose 12% to $4.1 billion from $3.7 billion.",
        fact("$4.1 billion", change=chg("increase", 12, "percent")),
        fact("$3.7 billion", value=3700000000), published="2025-05-19"),
])  # fmt: skip

NAMING_VERBS: list[Case] = numbered("frames-naming-verbs", [
    # a verb inside a name ("trimmed mean") is no transitive verb: the clause's own verb moves
    row("Trimmed mean inflation rose to 3.5% from 3.2% in September 2024.",
        fact("3.5%", metric="trimmed mean inflation",
             change=chg("increase", None, None, "2024-09")),
        fact("3.2%", date="2024-09")),
    row("The trimmed mean rose to 3.5%.", fact("3.5%", change=chg("increase"))),
    row("Trimmed mean inflation eased by 0.3 percentage points to 3.2%.",
        fact("3.2%", change=chg("decrease", "0.3", "percentage_point"))),
    row("The bank trimmed its growth forecast to 2.1%.",
        fact("2.1%", metric="growth forecast", change=chg("decrease"))),
    # "close to where it was in August" dates its own clause only
    row("Headline inflation was 2.1% in October 2024. Trimmed mean inflation rose to 3.5% from "
        "3.2% in September, close to where it was in August.",
        fact("2.1%", date="2024-10"), fact("3.5%", date="2024-10"), fact("3.2%", date="2024-09"),
        published="2024-11-27"),
])  # fmt: skip

EARLIER_LISTS: list[Case] = numbered("frames-earlier-lists", [
    # "from A (period) and B (period)": both are earlier values of the level reached
    row("Growth was 5.4% in July-September 2024. Agriculture growth improved to 3.5% from 1.7% a "
        "year earlier and 2.0% in April-June.",
        fact("5.4%", date="2024-Q3"),
        fact("3.5%", date="2024-Q3", change=chg("increase", None, None, "2023-Q3")),
        fact("1.7%", date="2023-Q3"), fact("2.0%", date="2024-Q2"), published="2024-11-29"),
    row("Inflation rose to 2.0% in October 2024 from 1.6% in September and 1.8% in August.",
        fact("2.0%", date="2024-10", change=chg("increase", None, None, "2024-09")),
        fact("1.6%", date="2024-09"), fact("1.8%", date="2024-08")),
    # a new clause with its own verb is no earlier value
    row("Exports rose to $5 billion from $4 billion, and imports were $3 billion.",
        fact("$5 billion", change=chg("increase")), fact("$4 billion"),
        fact("$3 billion", change=None)),
])  # fmt: skip

BRACKETED_EARLIER: list[Case] = numbered("frames-bracketed-earlier", [
    # a bracket that holds only a value (and its period) after a level reached is where it
    # moved from; a parallel item's bare bracket takes the parallel period
    row("In October 2024, inflation for restaurants and hotels slowed to 5.9% (7.4% in "
        "September), and for alcoholic beverages and tobacco to 4.5% (4.7%).",
        fact("5.9%", date="2024-10", change=chg("decrease", None, None, "2024-09")),
        fact("7.4%", date="2024-09", change=None),
        fact("4.5%", metric="inflation for alcoholic beverages and tobacco", date="2024-10",
             change=chg("decrease", None, None, "2024-09")),
        fact("4.7%", date="2024-09")),
    row("Inflation slowed to 5.9% in October 2024 (7.4% in September).",
        fact("5.9%", date="2024-10", change=chg("decrease", None, None, "2024-09")),
        fact("7.4%", date="2024-09")),
    row("Unemployment rose to 4.1% in May 2024 (3.9% a year earlier).",
        fact("4.1%", date="2024-05", change=chg("increase", None, None, "2023-05")),
        fact("3.9%", date="2023-05")),
    row("Prices rose to $5.10 in May 2024 ($4.90 in April), while wages climbed to $31.20 "
        "($30.95).",
        fact("$5.10", date="2024-05", change=chg("increase", None, None, "2024-04")),
        fact("$4.90", date="2024-04"),
        fact("$31.20", date="2024-05", change=chg("increase", None, None, "2024-04")),
        fact("$30.95", date="2024-04")),
    # a bracket after a reference period is that period's own figure, not an earlier value
    row("The unemployment rate was the lowest since November 2019 (3.5%).",
        fact("3.5%", date="2019-11")),
    row("Unemployment among men fell to 4.1% in May 2024, and among women to 3.9%.",
        fact("4.1%", metric="unemployment among men"),
        fact("3.9%", metric="unemployment among women")),
    # an unsigned rate in brackets after a level that moved is that level's change, in the
    # verb's direction; the place before the bracket is the level's
    row("Over the year to September, average prices rose to £293,000 in England (2.0%), £209,000 "
        "in Wales (2.7%) and £194,000 in Scotland (5.3%).",
        fact("£293,000", metric="average prices in England",
             change=chg("increase", "2.0", "percent", "2024-09")),
        fact("£209,000", metric="average prices in Wales",
             change=chg("increase", "2.7", "percent", "2024-09")),
        fact("£194,000", metric="average prices in Scotland",
             change=chg("increase", "5.3", "percent", "2024-09")), published="2025-11-19"),
    row("Revenue fell to $4.1 billion (12%) in the quarter.",
        fact("$4.1 billion", change=chg("decrease", "12", "percent", None))),
    # no move, no change: a bracketed rate after a plain count stays its own figure
    row("The company had 5,000 employees (20%) in Europe.", fact("5,000"), fact("20%")),
])  # fmt: skip

RANGE_OBJECTS: list[Case] = numbered("frames-range-objects", [
    # a range a transitive verb takes its object to measures that object at both ends
    row("The Fed lowered the target range for the federal funds rate to 4.25%-4.50%.",
        fact("4.25%", metric="target range for the federal funds rate"),
        fact("4.50%", metric="target range for the federal funds rate")),
    row("The Federal Open Market Committee voted 11-1 to lower the target range for the federal "
        "funds rate to 4.25%-4.50%.",
        fact("11", metric="votes in favour"), fact("1", metric="votes against"),
        fact("4.25%", metric="target range for the federal funds rate",
             change=chg("decrease", None, None, None)),
        fact("4.50%", metric="target range for the federal funds rate")),
    row("The committee cut rates by a 7-2 vote.",
        fact("7", metric="votes in favour", change=None),
        fact("2", metric="votes against", change=None)),
])  # fmt: skip

REACHED_LISTS: list[Case] = numbered("frames-reached-lists", [
    # the items after a level reached move the same way; an aside may stand before "to"
    row("Inflation is expected to ease to 3.5% this year and 2.9% in 2025.",
        fact("3.5%", date="2024", change=chg("decrease", None, None, None)),
        fact("2.9%", date="2025", change=chg("decrease", None, None, None)),
        published="2024-06-11"),
    row("It then sees inflation dropping below target, to 1.7% in the third quarter of 2026 and "
        "1.5% a year later.",
        fact("1.7%", date="2026-Q3", change=chg("decrease", None, None, None)),
        fact("1.5%", date="2027-Q3", change=chg("decrease", None, None, None))),
    row("Inflation is expected to ease more slowly than previously thought, to 3.5% this year.",
        fact("3.5%", change=chg("decrease", None, None, None))),
    # a level with no way of its own stays without
    row("Inflation was 3.5% in 2024 and 2.9% in 2025.",
        fact("3.5%", change=None), fact("2.9%", change=None)),
    # a list of changes to a list of levels pairs them in order
    row("Exports and imports rose 5% and 3% to $10 billion and $8 billion, respectively.",
        fact("$10 billion", metric="Exports", change=chg("increase", "5", "percent", None)),
        fact("$8 billion", metric="imports", change=chg("increase", "3", "percent", None))),
    row("Exports and imports rose 5% and 3%, respectively, to $10 billion and $8 billion.",
        fact("$10 billion", change=chg("increase", "5", "percent", None)),
        fact("$8 billion", change=chg("increase", "3", "percent", None))),
    row("The two divisions increased revenue by 16% and 17% to €3.7 billion and €5.8 billion, "
        "respectively.",
        fact("€3.7 billion", change=chg("increase", "16", "percent", None)),
        fact("€5.8 billion", change=chg("increase", "17", "percent", None))),
    # a gapped second change keeps its own level
    row("Sales rose 5% and profit 3% to $10 billion.",
        fact("5%", change=chg("increase", "5", "percent", None)),
        fact("$10 billion", change=chg("increase", "3", "percent", None))),
])  # fmt: skip

LEVEL_NOUNS: list[Case] = numbered("frames-level-nouns", [
    # "to a (seasonally adjusted annual) rate of", "to a peak of": the level the verb reached
    row("Housing starts increased 3.0% from May to a seasonally adjusted annual rate of "
        "1,353,000 units in June 2024.",
        fact("1,353,000", value=1353000, metric="housing starts", date="2024-06",
             change=chg("increase", "3.0", "percent", "2024-05"))),
    row("Single-family starts dropped 2.2% to a rate of 980,000 units in June 2024.",
        fact("980,000", metric="single-family starts",
             change=chg("decrease", "2.2", "percent", None))),
    row("Existing-home sales fell 5.4% to an annual rate of 3.89 million in June 2024.",
        fact("3.89 million", metric="existing-home sales",
             change=chg("decrease", "5.4", "percent", None))),
    row("The SNB raised its rate to a peak of 1.75% in June 2023.",
        fact("1.75%", date="2023-06", change=chg("increase", None, None, None))),
    row("The index climbed to a record high of 8,100.5 points on Tuesday.",
        fact("8,100.5 points", change=chg("increase", None, None, None))),
    # "at a rate of" after a growth verb states the move as its rate: a change, as "grew 1.0%"
    row("Canada's economy expanded at an annualized rate of 1.0% in the third quarter of 2024.",
        fact("1.0%", value=None, change=chg("increase", 1.0, "percent", None))),
])  # fmt: skip

EARLIER_FORECASTS: list[Case] = numbered("frames-earlier-forecasts", [
    # "from the previously reported 716,000": an earlier estimate moved from
    row("August's sales pace was revised down to 709,000 units from the previously reported "
        "716,000, while July's was lowered to 736,000 from 751,000.",
        fact("709,000", metric="sales pace", change=chg("decrease", None, None, None)),
        fact("716,000", metric="sales pace"), fact("736,000", metric="sales pace"),
        fact("751,000", metric="sales pace")),
    # a swing from profit to loss falls, from loss to profit rises, whatever the two amounts
    row("The company swung to a net loss of $1.6 billion, or 38 cents per share, from a profit of "
        "$1.5 billion, or 35 cents.",
        fact("$1.6 billion", change=chg("decrease", None, None, None)),
        fact("38 cents", metric="loss per share", change=chg("decrease", None, None, None)),
        fact("$1.5 billion"), fact("35 cents")),
    row("The International segment swung to a profit of $0.3 billion from a loss of $0.9 billion.",
        fact("$0.3 billion", change=chg("increase", None, None, None)), fact("$0.9 billion")),
    # an earlier forecast, estimate or projection a level is compared with is an earlier value
    row("Operating profit should reach around €1.2 billion, compared with its previous forecast "
        "of around €1.0 billion.",
        fact("€1.2 billion", change=chg("increase", None, None, None)),
        fact("€1.0 billion", change=None)),
    row("The bank now sees growth at 1.9%, down from its earlier projection of 2.1%.",
        fact("1.9%", change=chg("decrease", None, None, None)), fact("2.1%", change=None)),
    # a gap below a benchmark stays a change
    row("GDP is now 3.3% below its pre-pandemic level, revised from the previous estimate of "
        "4.4% below.",
        fact("3.3%"), fact("4.4%", value=None, change=chg("decrease", 4.4, "percent", None))),
])  # fmt: skip

RESTATED_PAIRS: list[Case] = numbered("frames-restated-pairs", [
    # "A, or A', compared with B, or B'": each figure compares with the one in its own place,
    # the period after the pair dates both earlier values, and cents take the named currency
    row("Net income reached $15.3 billion, or $1.43 per diluted share, compared with $9.9 "
        "billion, or 94 cents, in the third quarter of 2023.",
        fact("$15.3 billion", change=chg("increase", None, None, "2023-Q3")),
        fact("$1.43", metric="earnings per diluted share",
             change=chg("increase", None, None, "2023-Q3")),
        fact("$9.9 billion", date="2023-Q3", change=None),
        fact("94 cents", metric="earnings per diluted share", value=0.94, unit="USD",
             date="2023-Q3", change=None), published="2024-10-31"),
    row("Profit was €1.2 billion, or 80 cents a share, versus €1.0 billion, or 66 cents a share, "
        "in 2023.",
        fact("€1.2 billion", change=chg("increase", None, None, "2023")),
        fact("80 cents", unit="EUR", metric="earnings per share",
             change=chg("increase", None, None, "2023")),
        fact("€1.0 billion", date="2023"),
        fact("66 cents", unit="EUR", metric="earnings per share", date="2023"),
        published="2024-03-01"),
    row("Net loss narrowed to $300 million, or 15 cents per share, from $500 million, or 25 "
        "cents per share.",
        fact("$300 million", change=chg("decrease", None, None, None)),
        fact("15 cents", metric="loss per share", change=chg("decrease", None, None, None)),
        fact("$500 million", change=None),
        fact("25 cents", metric="loss per share", change=None)),
    # one earlier value after a level restated per share compares with the level
    row("Net income rose to $2.15 billion, or $4.88 a share, from $1.49 billion in the second "
        "quarter of 2023.",
        fact("$2.15 billion", metric="net income", change=chg("increase", None, None, "2023-Q2")),
        fact("$4.88", metric="earnings per share", change=None),
        fact("$1.49 billion", metric="net income", date="2023-Q2"), published="2024-07-18"),
    row("Net income attributable to Uber was $1.02 billion, or 47 cents a share, compared with "
        "$394 million a year earlier.",
        fact("$1.02 billion", change=chg("increase", None, None, None)),
        fact("47 cents", metric="earnings per share", change=None),
        fact("$394 million", metric="net income attributable to Uber")),
    # an amount earned per share is earnings per share, whatever the subject
    row("Excluding items, the company also earned 80 cents a share.",
        fact("80 cents", metric="earnings per share")),
    row("Diluted earnings rose to $1.43 a share from 94 cents.",
        fact("$1.43", metric="diluted earnings per share",
             change=chg("increase", None, None, None)),
        fact("94 cents", metric="diluted earnings per share", change=None)),
    row("Revenue was $4.1 billion, compared with $3.2 billion in the second quarter of 2023.",
        fact("$4.1 billion", date="2024-10-31", change=chg("increase", None, None, "2023-Q2")),
        fact("$3.2 billion", date="2023-Q2"), published="2024-10-31"),
])  # fmt: skip

CARRIED: list[Case] = numbered("frames-carried", [
    # a level a change puts something at moves its way, unless it states its own
    row("For 2025, the group cut its demand growth estimate to 1.64 million bpd from 1.74 million "
        "bpd, putting world demand at 105.78 million bpd.",
        fact("1.64 million bpd", change=chg("decrease", None, None, None)),
        fact("1.74 million bpd"),
        fact("105.78 million bpd", metric="world demand",
             change=chg("decrease", None, None, None))),
    row("The labor force grew to 51.92 million, putting the participation rate at 65.8%, "
        "slightly down from 66.1% in June 2023.",
        fact("51.92 million", change=chg("increase", None, None, None)),
        fact("65.8%", metric="participation rate",
             change=chg("decrease", None, None, "2023-06")),
        fact("66.1%", date="2023-06"), published="2024-08-07"),
    # a running total without a comma, and one a period ends at
    row("The United States and Canada gained about 690,000 members in the third quarter for a "
        "total of 84.80 million.",
        fact("84.80 million", date="2024-09", change=chg("increase", 690000, "count", None)),
        published="2024-10-17"),
    row("Latin America lost 68,000 members in the third quarter to end the quarter at 49.18 "
        "million.",
        fact("49.18 million", date="2024-09", change=chg("decrease", 68000, "count", None)),
        published="2024-10-17"),
    # "X changed, taking Y to Z": Z is a level of its own subject Y; its way ("down", "up") or
    # else the change's direction; a rate carried to is no running total of a percent change
    row("The domestic producer price index rose 1.68% month-on-month, taking annual producer "
        "inflation down to 35.75%.",
        fact("1.68%", change=chg("increase", 1.68, "percent", None)),
        fact("35.75%", metric="annual producer inflation",
             change=chg("decrease", None, None, None))),
    row("Prices rose 2.47% in the month, bringing the annual rate to 51.97%.",
        fact("2.47%", change=chg("increase", 2.47, "percent", None)),
        fact("51.97%", metric="annual rate", value=51.97,
             change=chg("increase", None, None, None))),
    row("Petrol prices declined by 5.3%, taking the annual rate for fuel to -19.1%.",
        fact("5.3%", change=chg("decrease", 5.3, "percent", None)),
        fact("-19.1%", metric="annual rate for fuel", change=chg("decrease", None, None, None))),
    row("Payrolls fell by 20,000, pushing the unemployment rate up to 4.3%.",
        fact("20,000", change=chg("decrease", 20000, "count", None)),
        fact("4.3%", metric="unemployment rate", qualifier=None,
             change=chg("increase", None, None, None))),
    # a change of an amount that brings it to a new level is that level's change
    row("Ontario recorded a 0.5% increase, bringing sales to $25.5 billion.",
        fact("$25.5 billion", metric="sales", change=chg("increase", 0.5, "percent", None))),
    row("Another 3,915 people died, taking the official death toll to 234,083.",
        fact("234,083", metric="official death toll", change=chg("increase", 3915, "count", None))),
])  # fmt: skip

OBJECTS: list[Case] = numbered("frames-objects", [
    row("As announced in March, the ECB also narrowed the spread between the deposit rate and the "
        "rate on its main refinancing operations to 15 basis points from 50 basis points.",
        fact("15 basis points", date="2024-09-12",
             metric="spread between the deposit rate and the rate on its main refinancing "
                    "operations",
             change=chg("decrease", None, None, None)),
        fact("50 basis points", date="2024-09-12"), published="2024-09-12"),
    row("BI raised its benchmark by a total of 275 basis points between August 2022 and April "
        "2024.",
        fact("275 basis points", change=chg("increase", 275, "basis_point", "2022-08"),
             date="2024-04")),
    # the object a transitive verb changes, without its bracketed acronym or relative clause
    row("The bank cut the cash reserve ratio (CRR) that lenders must park with it by 50 basis "
        "points to 4% from 4.5%.",
        fact("4%", metric="cash reserve ratio",
             change=chg("decrease", 50, "basis_point", None)),
        fact("4.5%", metric="cash reserve ratio")),
    row("The bank cut the cash reserve ratio (CRR) by 50 basis points to 4%.",
        fact("4%", metric="cash reserve ratio", change=chg("decrease", 50, "basis_point", None))),
    row("The central bank raised the rate which banks pay for overnight loans by 25 basis points "
        "to 5.5%.",
        fact("5.5%", metric="rate", change=chg("increase", 25, "basis_point", None))),
])  # fmt: skip

FORECAST_OBJECTS: list[Case] = numbered("frames-forecast-objects", [
    # a forecast a transitive verb moves: its year belongs to the object, an adverb may follow
    row("The bank trimmed its forecast for economic growth in 2025 to 1.6%.",
        fact("1.6%", metric="forecast for economic growth", date="2025",
             change=chg("decrease", None, None, None))),
    row("IEA raises 2024 oil demand growth forecast to 1.24 million bpd",
        fact("1.24 million bpd", metric="oil demand growth forecast", date="2024",
             change=chg("increase", None, None, None))),
    row("Bank of Korea lowers 2025 growth forecast to 1.9%",
        fact("1.9%", metric="growth forecast", date="2025",
             change=chg("decrease", None, None, None))),
    row("The IMF cut its 2025 growth forecast for China to 4.5%.",
        fact("4.5%", metric="growth forecast for China", date="2025",
             change=chg("decrease", None, None, None))),
    row("The agency raised its estimate of 2024 demand growth to 920,000 barrels a day.",
        fact("920,000 barrels a day", metric="estimate of demand growth", date="2024",
             change=chg("increase", None, None, None))),
    row("The bank is raising its 2025 inflation forecast to 2.9%.",
        fact("2.9%", metric="inflation forecast", date="2025",
             change=chg("increase", None, None, None))),
    row("The board lowered its projection for inflation in 2025 to 2.4% from 2.6%.",
        fact("2.4%", metric="projection for inflation", date="2025",
             change=chg("decrease", None, None, None)),
        fact("2.6%", metric="projection for inflation", date="2025", change=None)),
    # a bare "forecast" or "projection" is a forecast of the metric named before it
    row("The agency expects world oil demand growth of 920 kb/d this year. It trimmed its "
        "forecast for 2025 slightly, to 990 kb/d.",
        fact("920 kb/d", metric="world oil demand growth", date="2024"),
        fact("990 kb/d", metric="world oil demand growth forecast", date="2025",
             change=chg("decrease", None, None, None)), published="2024-11-20"),
    row("The agency expects world oil demand growth of 920 kb/d this year. It raised its "
        "estimate for next year to 1.1 mb/d.",
        fact("920 kb/d", date="2024"),
        fact("1.1 mb/d", metric="world oil demand growth forecast", date="2025",
             change=chg("increase", None, None, None)), published="2024-11-20"),
    row("The Bank expects gross domestic product to grow by 0.5% this year, but it cut its "
        "projection for 2024 to 0.5% from 0.75%.",
        fact("0.5%", metric="gross domestic product"),
        fact("0.5%", metric="gross domestic product forecast", date="2024",
             change=chg("decrease", None, None, None)),
        fact("0.75%", metric="gross domestic product forecast", date="2024")),
    # "the year to" compares with a year earlier only before a period, not before a figure
    row("It raised its estimate for next year to 1.1 mb/d.",
        fact("1.1 mb/d", date="2025", change=chg("increase", None, None, None)),
        published="2024-11-20"),
    row("Prices rose 3.2% in the year to September.",
        fact("3.2%", date="2024-09", change=chg("increase", 3.2, "percent", "2023-09")),
        published="2024-11-20"),
])  # fmt: skip

PASSIVE: list[Case] = numbered("frames-passive", [
    # what was done to the subject: "was raised by X to Y", "was cut to Y", "was kept at Y"
    row("China's forecast was raised by 0.3 point to 4.8% on stronger exports.",
        fact("4.8%", metric="China's forecast",
             change=chg("increase", 0.3, "percentage_point", None))),
    row("The estimate for May was revised down by 12,000 to 165,000.",
        fact("165,000", change=chg("decrease", 12000, "count", None))),
    row("Japan's forecast was cut to 0.7% from 0.9%.",
        fact("0.7%", change=chg("decrease", None, None, None)), fact("0.9%", change=None)),
    row("The euro area forecast was kept at 0.7% for 2024.",
        fact("0.7%", date="2024", change=chg("unchanged", None, None, None))),
    row("The policy rate was left unchanged at 4.25%.",
        fact("4.25%", change=chg("unchanged", None, None, None))),
    row("Five members voted for the reduction, while two preferred to hold the rate at 2.50%.",
        fact("Five"), fact("two"),
        fact("2.50%", metric="rate", change=chg("unchanged", None, None, None))),
    row("Economists expect the bank to keep rates at 5.25% next month.",
        fact("5.25%", change=chg("unchanged", None, None, None))),
    # an amount that is set, not kept from before
    row("Capital expenditure is kept at ₹11,11,111 crore.", fact("₹11,11,111 crore", change=None)),
])  # fmt: skip

# revised projections: "down from the 2.1% and 2.3% respectively it had expected" pairs item by
# item; one earlier forecast ("down from the 5.42% it had projected for that quarter") belongs to
# the nearest level; a count of places before a colon list takes none of its items' changes
REVISED_LISTS: list[Case] = numbered("frames-revised-lists", [
    row("It now projects growth of 1.8% in 2025 and 1.8% again in 2026, down from the 2.1% and "
        "2.3% respectively it had expected three months earlier.",
        fact("1.8%", date="2025", change=chg("decrease")),
        fact("1.8%", date="2026", change=chg("decrease")),
        fact("2.1%", date="2025"), fact("2.3%", date="2026"), published="2025-01-29"),
    row("Projections show the OCR averaging 4.92% in the December quarter and 3.85% in the "
        "September quarter of 2025, down from the 5.42% it had projected for that quarter in May.",
        fact("4.92%", change=None), fact("3.85%", change=chg("decrease")), fact("5.42%"),
        published="2024-08-14"),
    row("Output was 12.4 million b/d in 2023 and 12.8 million b/d in 2024, up from 11.9 million "
        "b/d in 2022.",
        fact("12.4 million b/d", change=chg("increase", since="2022")),
        fact("12.8 million b/d", change=chg("increase", since="2022")),
        fact("11.9 million b/d", date="2022")),
    row("Euro area GDP grew 0.0% in the fourth quarter. Three countries shrank on the quarter: "
        "Ireland (-1.3%), Germany (-0.2%) and France (-0.1%).",
        fact("0.0%"), fact("Three", change=None),
        fact("-1.3%", metric="euro area GDP in Ireland",
             change=chg("decrease", "1.3", "percent", "2024-Q3")),
        fact("-0.2%", metric="euro area GDP in Germany",
             change=chg("decrease", "0.2", "percent", "2024-Q3")),
        fact("-0.1%", metric="euro area GDP in France",
             change=chg("decrease", "0.1", "percent", "2024-Q3")),
        published="2025-01-30"),
    # a forecast kept: "the same as in last month's report", "also unchanged", "holds ... at"
    row("OPEC expects global oil demand growth of 1.45 million bpd in 2025, the same as in last "
        "month's report, and of 1.43 million bpd in 2026.",
        fact("1.45 million bpd", change=chg("unchanged")), fact("1.43 million bpd", change=None),
        published="2025-01-15"),
    row("Growth in 2024 is estimated at 1.54 million bpd, also unchanged.",
        fact("1.54 million bpd", change=chg("unchanged")), published="2025-01-15"),
    # a projection for a period revised "from B in January": January is when B was projected
    row("The bank trimmed its inflation projection for 2025 to 5.1% from 5.2% in January.",
        fact("5.1%", date="2025", change=chg("decrease")), fact("5.2%", date="2025"),
        published="2025-03-19"),
    row("The IMF cut its forecast for global growth in 2025 to 3.0% from 3.3% in January.",
        fact("3.0%", date="2025", change=chg("decrease")), fact("3.3%", date="2025"),
        published="2025-04-22"),
    row("The bank raised its inflation projection for 2025 to 4.5% from 3.9% in November.",
        fact("4.5%", date="2025", change=chg("increase")), fact("3.9%", date="2025"),
        published="2024-12-11"),
    row("OPEC lowered its forecast for demand growth this year to 1.30 million bpd from 1.45 "
        "million bpd and trimmed its 2026 estimate to 1.28 million bpd from 1.43 million bpd.",
        fact("1.30 million bpd", date="2025", change=chg("decrease")),
        fact("1.45 million bpd", date="2025"),
        fact("1.28 million bpd", date="2026", change=chg("decrease")),
        fact("1.43 million bpd", date="2026"), published="2025-04-15"),
    # an earlier value with its own year is an actual value, compared with that year
    row("The bank raised its growth projection for 2025 to 2.1% from 1.8% in 2024.",
        fact("2.1%", date="2025", change=chg("increase", since="2024")),
        fact("1.8%", date="2024"), published="2025-04-15"),
    # a level that is no projection keeps the month it is compared with
    row("Inflation eased to 5.1% in February from 5.2% in January.",
        fact("5.1%", change=chg("decrease", since="2025-01")), fact("5.2%", date="2025-01"),
        published="2025-03-19"),
    row("OPEC holds 2025 oil demand growth forecast at 1.45 million bpd",
        fact("1.45 million bpd", metric="oil demand growth forecast", change=chg("unchanged")),
        published="2025-01-15"),
])  # fmt: skip

BARE_OBJECTS: list[Case] = numbered("frames-bare-objects", [
    # a past-tense verb, a bare object and a percentage without "by" before a level: the object
    # changed by the percentage ("increased revenue 4% to €5.3 billion")
    row("Smart Infrastructure increased revenue 4% to €5.3 billion.",
        fact("€5.3 billion", metric="revenue", change=chg("increase", 4, "percent"))),
    row("Mobility raised revenue 7% to €2.8 billion with a margin of 8.6%.",
        fact("€2.8 billion", change=chg("increase", 7, "percent")), fact("8.6%", change=None)),
    row("The group cut costs 10% to $2 billion.",
        fact("$2 billion", metric="costs", change=chg("decrease", 10, "percent"))),
    row("The company increased its revenue by 4% to €5.3 billion.",
        fact("€5.3 billion", change=chg("increase", 4, "percent"))),
    # "the trimmed mean" is a noun, not a verb with its object
    row("Its November forecasts had the trimmed mean at 3.4% in the December quarter.",
        fact("3.4%", metric="trimmed mean", change=None), published="2025-01-29"),
    # a range kept: both ends are held, each with its bound
    row("The bank kept its inflation target at 1% to 3%.",
        fact("1%", qualifier="at_least", change=chg("unchanged", None, None, None)),
        fact("3%", qualifier="at_most", change=chg("unchanged", None, None, None))),
    row("The central bank and the finance ministry agreed this month to keep the 2025 inflation "
        "target at 1% to 3%.",
        fact("1%", metric="inflation target", qualifier="at_least"),
        fact("3%", metric="inflation target", qualifier="at_most",
             change=chg("unchanged", None, None, None))),
    row("The bank decided to keep the rate at 2.25%.",
        fact("2.25%", metric="rate", change=chg("unchanged", None, None, None))),
    # "both unchanged" after a list holds every item; a month's assessment is a forecast kept
    row("OPEC expects demand growth of 1.45 million bpd this year and 1.43 million bpd in 2026, "
        "both unchanged from its January assessment.",
        fact("1.45 million bpd", change=chg("unchanged", None, None, None)),
        fact("1.43 million bpd", change=chg("unchanged", None, None, None))),
    row("In October, exports were 5.1% and imports 4.2%, both unchanged from the previous month.",
        fact("5.1%", change=chg("unchanged", None, None, "2024-09")),
        fact("4.2%", change=chg("unchanged", None, None, "2024-09"))),
    # a long object with an abbreviation in brackets, then "by A to B"
    row("OPEC trimmed its forecast for supply growth from countries outside the OPEC+ "
        "Declaration of Cooperation (DoC) by 100,000 bpd to 1.0 million bpd for 2025.",
        fact("1.0 million bpd", qualifier=None,
             change=chg("decrease", 100000, "barrel_per_day", None))),
    # a share, then the subject's own growth joined by "and"
    row("Gross Fixed Capital Formation made up 29.15 percent of GDP and expanded by 4.61 percent.",
        fact("29.15 percent", change=None), fact("4.61 percent", value=None,
             change=chg("increase", "4.61", "percent", None))),
    row("Household consumption accounted for 54.04 percent of GDP and grew 4.94 percent compared "
        "with 2023.",
        fact("54.04 percent", change=None),
        fact("4.94 percent", change=chg("increase", "4.94", "percent", "2023"))),
    row("Exports accounted for 20% of output, up 2 points from 2023.",
        fact("20%", change=chg("increase", 2, "percentage_point", "2023"))),
    row("Costco lifted the Gold Star membership by $5 to $65 and the Executive membership by $10 "
        "to $130.",
        fact("$65", metric="Gold Star membership"), fact("$130", metric="Executive membership")),
    # "retained", "reaffirmed" and "reiterated" hold a figure too, whatever its object names
    row("The central bank retained its growth forecast for the 2025-26 fiscal year at 6.5%, but "
        "cut its inflation projection to 3.7% from 4.0%.",
        fact("6.5%", change=chg("unchanged")), fact("3.7%", change=chg("decrease")),
        fact("4.0%"), published="2025-06-06"),
    row("The deposit facility rate and the lending facility rate were also kept at 5.00% and "
        "6.50%, respectively.",
        fact("5.00%", change=chg("unchanged")), fact("6.50%", change=chg("unchanged"))),
    # a range held with a long object: both ends are held
    row("BI kept its forecast for economic growth this year at 4.7% to 5.5%.",
        fact("4.7%", qualifier="at_least", change=chg("unchanged")),
        fact("5.5%", qualifier="at_most", change=chg("unchanged")), published="2024-09-18"),
    row("The Federal Open Market Committee voted 11-1 to leave the target range for the federal "
        "funds rate at 4.25%-4.50%, where it has stood since December.",
        fact("11"), fact("1"),
        fact("4.25%", qualifier="at_least", change=chg("unchanged", since="2024-12")),
        fact("4.50%", qualifier="at_most", change=chg("unchanged", since="2024-12")),
        published="2025-03-19"),
])  # fmt: skip

# growth an economy is projected to make, set against an earlier projection of it, is a level
# of economic growth revised up or down; alone, after an actual earlier value, or for company
# guidance it stays a change
PROJECTED_GROWTH: list[Case] = numbered("frames-projected-growth", [
    row("Staff expect the economy to expand by 0.9% this year and 1.2% in 2026, down from 1.1% "
        "and 1.4%, respectively, citing weaker exports.",
        fact("0.9%", value="0.9", metric="economic growth", date="2025", change=chg("decrease")),
        fact("1.2%", value="1.2", metric="economic growth", date="2026", change=chg("decrease")),
        fact("1.1%", value="1.1", metric="economic growth", date="2025", change=None),
        fact("1.4%", value="1.4", metric="economic growth", date="2026", change=None),
        published="2025-03-06"),
    row("The central bank now expects the economy to grow 1.5% this year, down from 1.8% forecast "
        "in December.",
        fact("1.5%", value="1.5", metric="economic growth", change=chg("decrease")),
        fact("1.8%", value="1.8", metric="economic growth", change=None), published="2025-02-20"),
    row("The BoE now expects gross domestic product to grow by 0.5% this year, up from its earlier "
        "forecast of 0.25%.",
        fact("0.5%", value="0.5", metric="gross domestic product growth", date="2023",
             change=chg("increase")),
        fact("0.25%", value="0.25", metric="gross domestic product growth"),
        published="2023-08-03"),
    row("The bank expects Asia's fourth-largest economy to grow 2.2% this year and 1.9% in 2025, "
        "down from the 2.4% and 2.1%, respectively, it projected in August.",
        fact("2.2%", value="2.2", date="2024", change=chg("decrease")),
        fact("1.9%", value="1.9", date="2025", change=chg("decrease")),
        fact("2.4%", value="2.4", date="2024"), fact("2.1%", value="2.1", date="2025"),
        published="2024-11-28"),
    row("Advanced economies are expected to grow 1.5% this year, down from 1.7% forecast in "
        "January.",
        fact("1.5%", value="1.5", metric="growth in advanced economies", change=chg("decrease")),
        fact("1.7%", value="1.7"), published="2024-06-11"),
    row("The economy is now expected to expand by 0.7% in 2024, 1.1% in 2025, 1.4% in 2026 and "
        "1.3% in 2027, compared with 0.8%, 1.3%, 1.5% and 1.3% in the September projections.",
        fact("0.7%", value="0.7", date="2024", change=chg("decrease")),
        fact("1.1%", value="1.1", date="2025", change=chg("decrease")),
        fact("1.4%", value="1.4", date="2026", change=chg("decrease")),
        fact("1.3%", value="1.3", date="2027"),
        fact("0.8%", date="2024"), fact("1.3%", date="2025"), fact("1.5%", date="2026"),
        fact("1.3%", date="2027"), published="2024-12-12"),
    row("The IMF sees the economy growing 1.1% next year, down from 1.3% in its April outlook.",
        fact("1.1%", value="1.1", metric="economic growth", change=chg("decrease")),
        fact("1.3%", value="1.3"), published="2024-07-16"),
    # no earlier projection: the growth stays a change
    row("The central bank expects the economy to expand 0.6% in each of the last two quarters.",
        fact("0.6%", value=None, metric="economy", change=chg("increase", "0.6", "percent"))),
    row("The bank expects the economy to grow 2.2% this year, down from 2.4% last year.",
        fact("2.2%", value=None, change=chg("increase", "2.2", "percent")),
        fact("2.4%", date="2023"), published="2024-11-28"),
    row("The company expects revenue to grow 4% to 7% in local currency, compared with its "
        "September forecast of 3% to 6%.",
        fact("4%", value=None), fact("7%", value=None), fact("3%"), fact("6%")),
    # earlier projections compared "in March" were made in March, for the same target years
    row("Staff expect real GDP growth of 0.9% in 2025, 1.1% in 2026 and 1.3% in 2027, compared "
        "with 0.9%, 1.2% and 1.3% in March.",
        fact("0.9%", date="2025", change=chg("unchanged")),
        fact("1.1%", date="2026", change=chg("decrease")),
        fact("1.3%", date="2027", change=chg("unchanged")),
        fact("0.9%", date="2025"), fact("1.2%", date="2026"), fact("1.3%", date="2027"),
        published="2025-06-05"),
    # counter-rows: an earlier actual value keeps its own period
    row("The Bank sees the jobless rate climbing to about 4.75% by 2026 from 4.4% in the three "
        "months to May.",
        fact("4.75%", date="2026"), fact("4.4%", date="2025-03/2025-05"),
        published="2025-08-01"),
])  # fmt: skip

# a level stated "at" with its place, then its earlier value in brackets, item by item: each
# level moved from its bracket; a bracket without a period takes the first bracket's
PLACE_BRACKETS: list[Case] = numbered("frames-place-brackets", [
    row("Euro area inflation is expected at 2.2% in March 2025. In the largest economies of the "
        "euro area, annual inflation is expected at 2.3% in Germany (2.6% in February), 0.9% in "
        "France (0.9%), 2.1% in Italy (1.7%) and 2.2% in Spain (2.9%).",
        fact("2.2%", date="2025-03"),
        fact("2.3%", date="2025-03", change=chg("decrease", since="2025-02")),
        fact("2.6%", date="2025-02", change=None),
        fact("0.9%", date="2025-03", change=chg("unchanged", since="2025-02")),
        fact("0.9%", date="2025-02", change=None),
        fact("2.1%", date="2025-03", change=chg("increase", since="2025-02")),
        fact("1.7%", date="2025-02"),
        fact("2.2%", change=chg("decrease", since="2025-02")), fact("2.9%", date="2025-02"),
        published="2025-04-01"),
    row("Unemployment in February 2025 stood at 6.2% in Germany (6.0% in January) and 11.4% in "
        "Spain (11.6%).",
        fact("6.2%", change=chg("increase", since="2025-01")),
        fact("6.0%", date="2025-01"),
        fact("11.4%", change=chg("decrease", since="2025-01")), fact("11.6%", date="2025-01"),
        published="2025-03-04"),
    row("The rate eased to 5.9% (7.4% in September).",
        fact("5.9%", change=chg("decrease", since="2024-09")), fact("7.4%", date="2024-09"),
        published="2024-11-20"),
])  # fmt: skip

# a change verb, then items each with its change in brackets: every item changed its verb's way
# (or its sign's); a rate after a comma in the same bracket restates the change
VERB_ITEMS: list[Case] = numbered("frames-verb-items", [
    row("Compared with March 2024, employment rose in health and social work activities (212 "
        "thousand, 7.3%), public administration (87 thousand, 7.2%) and financial and insurance "
        "activities (65 thousand, 8.6%).",
        fact("212 thousand", value=None, change=chg("increase", 212000, "count", "2024-03")),
        fact("87 thousand", value=None, change=chg("increase", 87000, "count", "2024-03")),
        fact("65 thousand", value=None, change=chg("increase", 65000, "count", "2024-03")),
        published="2025-04-09"),
    row("Employment increased among persons aged 60 and over (365 thousand) and persons in their "
        "30s (109 thousand).",
        fact("365 thousand", value=None, change=chg("increase", 365000, "count")),
        fact("109 thousand", value=None, change=chg("increase", 109000, "count"))),
    row("Output fell in mining (-4.1%, -2.3 billion rand) and rose in farming (3.2%).",
        fact("-4.1%", value=None, change=chg("decrease", "4.1", "percent")),
        fact("3.2%", value=None, change=chg("increase", "3.2", "percent"))),
    row("Employment rose in Ontario (+25,000; +0.3%) and Quebec (+10,000; +0.2%).",
        fact("+25,000", change=chg("increase", 25000, "count")),
        fact("+10,000", change=chg("increase", 10000, "count"))),
    # "and" with a named subject and its own verb after a level's change starts a fact of its own
    row("The Nikkei fell 2.75% to 33,780.58 and Wall Street's S&P 500 tumbled 5.97%.",
        fact("33,780.58", change=chg("decrease", "2.75", "percent")),
        fact("5.97%", metric="S&P 500", change=chg("decrease", "5.97", "percent"))),
    row("The Nikkei fell 2.75% to 33,780.58 and the Topix slid 3.1%.",
        fact("33,780.58", change=chg("decrease", "2.75", "percent")),
        fact("3.1%", metric="Topix", change=chg("decrease", "3.1", "percent"))),
    row("Online sales jumped 12% to €10.2 billion and store sales rose 5.9%, helped by higher "
        "footfall.",
        fact("€10.2 billion", change=chg("increase", 12, "percent")),
        fact("5.9%", metric="store sales", change=chg("increase", "5.9", "percent"))),
    row("Direct sales dropped 12% to $4.7 billion, as sales through Nike Brand Digital slumped "
        "15%.",
        fact("$4.7 billion", change=chg("decrease", 12, "percent")),
        fact("15%", metric="sales through Nike Brand Digital",
             change=chg("decrease", 15, "percent"))),
    # a new subject whose verb is gapped: the move and its level, the first verb's way
    row("EBITDA climbed 8.9% to €10.7 billion and EBIT 11% to €7.6 billion.",
        fact("€10.7 billion", change=chg("increase", "8.9", "percent")),
        fact("€7.6 billion", metric="EBIT", change=chg("increase", 11, "percent"))),
    row("Exports increased 6.9% to 6.13 trillion yuan and imports fell 6.0% to 4.17 trillion "
        "yuan.",
        fact("6.13 trillion yuan", change=chg("increase", "6.9", "percent")),
        fact("4.17 trillion yuan", change=chg("decrease", "6.0", "percent"))),
    # a change an expectation named ("beating the 4.4% increase forecast in a Reuters poll") is
    # compared, not the level's second change; "forecast" after the noun is a participle here
    row("Outbound shipments rose 12.4% to $313.9 billion last month, beating the 4.4% increase "
        "forecast in a Reuters poll.",
        fact("$313.9 billion", change=chg("increase", "12.4", "percent")),
        fact("4.4%", value=None, change=chg("increase", "4.4", "percent"))),
    row("India's 6.3% growth estimate for 2023 was raised.", fact("6.3%", value="6.3")),
    # the same subject's second comparison is no fact of its own
    row("Sales rose 5% to $10 billion and were up 2% on the quarter.",
        fact("$10 billion", change=chg("increase", 5, "percent"))),
    # without a change verb before them the bracketed figures are levels
    row("Unemployment was highest in Spain (11.4%) and Greece (9.4%).",
        fact("11.4%", value="11.4", change=None), fact("9.4%", value="9.4", change=None)),
    # a comparison between the verb and its bracketed items
    row("Regionally, June sales were higher than a year earlier in Asia Pacific (34.2%), the "
        "Americas (24.1%) and Europe (5.3%).",
        fact("34.2%", value=None, change=chg("increase", 34.2, "percent", "2024-06")),
        fact("24.1%", value=None, change=chg("increase", 24.1, "percent", "2024-06")),
        fact("5.3%", value=None, change=chg("increase", 5.3, "percent", "2024-06")),
        published="2025-07-09"),
    # items before "posted steep annual increases": each item's increase
    row("Gasoline was 6.6% cheaper than a year earlier, while electricity (6.2%) and natural gas "
        "(13.8%) posted steep annual increases.",
        fact("6.6%"), fact("6.2%", value=None, metric="electricity"),
        fact("13.8%", value=None, metric="natural gas"),
        published="2025-07-09"),
])  # fmt: skip

# a rate named as the subject keeps its sign as a level ("The inflation rate is expected to be
# +2.1%"); a bracket that names its period first ("(March 2025: −2.8%)") holds the same figure a
# period earlier, dated by that period alone
SIGNED_RATES: list[Case] = numbered("frames-signed-rates", [
    row("The inflation rate in Germany is expected to be +2.1% in April 2025. The inflation rate "
        "had been +2.2% in March 2025 and +2.3% in February 2025.",
        fact("+2.1%", value="2.1", change=None), fact("+2.2%", value="2.2", change=None),
        fact("+2.3%", value="2.3", change=None), published="2025-04-30"),
    row("Core inflation is expected to be +2.9% in April 2025, compared with +2.6% in March "
        "2025.",
        fact("+2.9%", value="2.9", change=chg("increase", since="2025-03")),
        fact("+2.6%", value="2.6", date="2025-03"), published="2025-04-30"),
    row("Year on year, energy prices are expected to fall by 5.4% in April 2025 (March 2025: "
        "-2.8%), while food prices are expected to rise by 2.7% (March 2025: +3.0%).",
        fact("5.4%", date="2025-04", change=chg("decrease", "5.4", "percent", "2024-04")),
        fact("-2.8%", value=None, date="2025-03",
             change=chg("decrease", "2.8", "percent", "2024-03")),
        fact("2.7%", date="2025-04", change=chg("increase", "2.7", "percent", "2024-04")),
        fact("+3.0%", value=None, date="2025-03",
             change=chg("increase", "3.0", "percent", "2024-03")),
        published="2025-04-30"),
    # a signed figure without a rate named before it stays a change
    row("Employment rose in Manitoba (+6,900; +1.0%) and Quebec (+5,000; +0.1%).",
        fact("+6,900", change=chg("increase", 6900, "count")),
        fact("+5,000", change=chg("increase", 5000, "count"))),
])  # fmt: skip

PERIOD_GAPS: list[Case] = numbered("frames-period-gaps", [
    # a period between a change and the level it leads to counts as one word of the gap
    row("Australia's population rose by 423,400 people in the year to March 2025 to 27,536,900.",
        fact("27,536,900", value=27536900, metric="Australia's population", date="2025-03",
             change=chg("increase", 423400, "count", "2024-03")),
        published="2025-09-18"),
    row("Australia's population rose by 423,400 people, or 1.6%, in the year to March 2025 to "
        "reach 27,536,900.",
        fact("27,536,900", value=27536900, metric="Australia's population", date="2025-03",
             change=chg("increase", 423400, "count", "2024-03")),
        published="2025-09-18"),
    row("Sales rose 5% in the three months to June 30, 2025 to $3 billion.",
        fact("$3 billion", change=chg("increase", "5", "percent", None))),
    # but "after" and "with" open another clause: no level of the change
    row("Shares rose 5% in extended trading on Thursday after closing at $687.65.",
        fact("5%", change=chg("increase", "5", "percent", None)),
        fact("$687.65", change=None)),
    row("Growth is projected at 6.5% for 2025-26, with the July-September quarter seen at 6.7%.",
        fact("6.5%", change=None), fact("6.7%", change=None)),
    # a comparative after a change ("dearer", "cheaper", "more expensive") is a change word, and
    # a new subject after it without one shares it
    row("Over the year, goods were 2.39% dearer and services 4.90%.",
        fact("2.39%", metric="goods", change=chg("increase", "2.39", "percent")),
        fact("4.90%", metric="services", change=chg("increase", "4.90", "percent"))),
    row("Exports were 3% lower than a year earlier and imports 2%.",
        fact("3%", change=chg("decrease", "3", "percent")),
        fact("2%", metric="imports", change=chg("decrease", "2", "percent"))),
    row("Petrol was 3% cheaper than a month earlier.",
        fact("3%", metric="Petrol", change=chg("decrease", "3", "percent"))),
])  # fmt: skip

MOVED_LEVELS: list[Case] = numbered("frames-moved-levels", [
    # "edging up to", "pick up to": a verb's particle, not the ceiling "up to"
    row("It sees the unemployment rate edging up to 4.3% by the end of the year.",
        fact("4.3%", metric="unemployment rate", qualifier=None,
             change=chg("increase", None, None, None)),
        published="2025-03-05"),
    row("Economists expect growth to pick up to 1.8% this year.",
        fact("1.8%", qualifier=None, change=chg("increase", None, None, None)),
        published="2025-03-05"),
    row("Inflation ticked up to 2.4% in May.",
        fact("2.4%", qualifier=None, change=chg("increase", None, None, None)),
        published="2025-06-15"),
    row("The rate crept up to 5.1% in May.",
        fact("5.1%", qualifier=None, change=chg("increase", None, None, None)),
        published="2025-06-15"),
    # counter-rows: "up to" after a non-moving verb or before a change is a ceiling
    row("The company plans to cut up to 5,000 jobs.", fact("5,000", qualifier="at_most"),
        published="2025-06-15"),
    row("Prices could rise by up to 5% next year.",
        fact("5%", qualifier="at_most"), published="2025-06-15"),
    # a level reached as a record, or as far as a bound
    row("The participation rate rose to a record 66.9%.",
        fact("66.9%", metric="participation rate", change=chg("increase", None, None, None)),
        published="2025-03-05"),
    row("Unemployment fell to a record low 3.4%.",
        fact("3.4%", change=chg("decrease", None, None, None)), published="2025-03-05"),
    row("Exports climbed to a fresh record $3.2 billion.",
        fact("$3.2 billion", change=chg("increase", None, None, None)), published="2025-03-05"),
    row("The yield fell to as low as 1.105%, the lowest in about three months.",
        fact("1.105%", change=chg("decrease", None, None, None)), published="2025-03-05"),
    # the object of a move names what it applies to
    row("Washington raised additional tariffs on all Chinese goods to 20% in early March.",
        fact("20%", metric="additional tariffs on all Chinese goods",
             change=chg("increase", None, None, None)),
        published="2025-03-20"),
    row("The US raised tariffs on Chinese goods to 20%.",
        fact("20%", metric="tariffs on Chinese goods"), published="2025-03-20"),
    # an asided relative clause between a change and its level
    row("Orders rose 28% on a comparable basis, which excludes currency and portfolio effects, "
        "to €24.7 billion in the April-June quarter.",
        fact("€24.7 billion", metric="Orders", change=chg("increase", 28, "percent", None)),
        published="2025-08-07"),
    # "by a larger-than-expected N": an adjective of the move's size
    row("The Reserve Bank of India lowered its policy repo rate by a larger-than-expected 50 "
        "basis points to 5.50% on Friday.",
        fact("5.50%", change=chg("decrease", 50, "basis_point", None)), published="2025-06-06"),
    row("The central bank raised rates by a hefty 75 basis points to 3.25%.",
        fact("3.25%", change=chg("increase", 75, "basis_point", None)), published="2025-06-06"),
    row("The bank cut its key rate by an unexpected 50 basis points to 4%.",
        fact("4%", change=chg("decrease", 50, "basis_point", None)), published="2025-06-06"),
    # "to average N": the level the change reached
    row("Brazilian Naturals lost 12.3% to average 297.04 cents.",
        fact("297.04 cents", change=chg("decrease", 12.3, "percent", None)),
        published="2025-08-07"),
    row("Prices rose 5% to average $81.23 a barrel in February.",
        fact("$81.23", date="2025-02", change=chg("increase", 5, "percent", None)),
        published="2025-03-07"),
    # "as <subject> <verb>": a new clause with its own subject, present tense too
    row("Euro area trade surplus shrinks to €7.0 billion in June as imports jump 6.8%",
        fact("€7.0 billion", change=chg("decrease", None, None, None)),
        fact("6.8%", metric="imports", change=chg("increase", 6.8, "percent", None)),
        published="2025-08-18"),
    row("Sales rose 5% to $3 billion as prices climbed 2%.",
        fact("$3 billion", change=chg("increase", 5, "percent", None)),
        fact("2%", metric="prices", change=chg("increase", 2, "percent", None)),
        published="2025-08-18"),
    # from-to frames of new subjects after a clause: each subject its own
    row("In June, the overall trade balance worsened by €13.7 billion, as the surplus for "
        "chemicals fell from €20.6 billion to €15.1 billion and the surplus in machinery and "
        "vehicles narrowed from €17.4 billion to €13.6 billion.",
        fact("€13.7 billion"),
        fact("€20.6 billion", metric="surplus for chemicals"),
        fact("€15.1 billion", metric="surplus for chemicals",
             change=chg("decrease", None, None, None)),
        fact("€17.4 billion", metric="surplus in machinery and vehicles"),
        fact("€13.6 billion", metric="surplus in machinery and vehicles",
             change=chg("decrease", None, None, None)),
        published="2025-08-18"),
    # counter-row: "compared with" after an "as" clause still compares the level
    row("Crude oil held in the Strategic Petroleum Reserve rose by 1.0 million barrels to 398.5 "
        "million barrels as the government continued small purchases, compared with 366.3 "
        "million barrels a year earlier.",
        fact("398.5 million barrels", change=chg("increase", 1000000, "barrel", None)),
        fact("366.3 million barrels", metric="Crude oil held in the Strategic Petroleum Reserve"),
        published="2025-05-01"),
    # "taking the rate to N" after moves named as nouns: their way
    row("We expect four cuts next year, taking the policy rate to 3.5% by December.",
        fact("four"), fact("3.5%", metric="policy rate", change=chg("decrease", None, None, None)),
        published="2024-12-19"),
    row("The CRR cut will be made in stages, taking the ratio to 4.25%.",
        fact("4.25%", change=chg("decrease", None, None, None)), published="2024-12-06"),
    row("The hike took the rate to 5.25%.",
        fact("5.25%", change=chg("increase", None, None, None)), published="2024-12-06"),
    # counter-row: an increase of a count before it says nothing of the rate's way
    row("China's internet population reached 1.079 billion as of June 2023, an increase of "
        "11.09 million from December 2022, bringing the internet penetration rate to 76.4 "
        "percent.",
        fact("1.079 billion"), fact("76.4 percent", change=None), published="2023-08-28"),
    # a list of levels reached, each compared with the one earlier value after it
    row("Production is forecast to rise to a record 13.6 million b/d in 2025 and 13.8 million "
        "b/d in 2026, from 13.2 million b/d in 2024.",
        fact("13.6 million b/d", date="2025", change=chg("increase", None, None, "2024")),
        fact("13.8 million b/d", date="2026", change=chg("increase", None, None, "2024")),
        fact("13.2 million b/d", date="2024"),
        published="2025-03-11"),
])  # fmt: skip

OBJECTS_MOVED_FROM: list[Case] = numbered("frames-objects-moved-from", [
    # a verb and its object before "from": the earlier level is the object's, and so is the
    # level "to" reaches; without a level after it nothing before it moved
    row("The committee lowered the repo rate from 7.5% to 7.25%.",
        fact("7.5%", metric="repo rate"),
        fact("7.25%", metric="repo rate", change=chg("decrease", None, None, None))),
    row("The government cut the VAT rate from 20% to 17.5% in 2008.",
        fact("20%", metric="VAT rate", date="2008"),
        fact("17.5%", metric="VAT rate", date="2008", change=chg("decrease", None, None, None))),
    row("The Monetary Policy Committee voted 5-2 to reduce the one-day repurchase rate from "
        "2.00%, with two members preferring to hold.",
        fact("5", metric="votes in favour"), fact("2", metric="votes against", change=None),
        fact("2.00%", metric="one-day repurchase rate", change=None),
        fact("two", metric="members preferring", change=None)),
    row("The bank raised its deposit rate from 3.5%.",
        fact("3.5%", metric="bank deposit rate", change=None)),
])  # fmt: skip

PAIRED_EARLIER: list[Case] = numbered("frames-paired-earlier", [
    # levels of a gapped list (or of clauses paired "respectively") take the earlier values
    # item by item: each level its own earlier value, each earlier value its level's metric
    row("CPI-trim rose to 2.7% and CPI-median to 2.6% in November, from 2.6% and 2.5%, "
        "respectively, in October.",
        fact("2.7%", metric="CPI-trim", date="2024-11",
             change=chg("increase", None, None, "2024-10")),
        fact("2.6%", metric="CPI-median", date="2024-11",
             change=chg("increase", None, None, "2024-10")),
        fact("2.6%", metric="CPI-trim", date="2024-10", change=None),
        fact("2.5%", metric="CPI-median", date="2024-10", change=None),
        published="2024-12-17"),
    row("In services the indicator edged up to minus 0.8 and in construction to minus 21.9 in "
        "April, from minus 1.1 and minus 24.3 respectively in March.",
        fact("minus 0.8", change=chg("increase", None, None, "2025-03")),
        fact("minus 21.9", change=chg("increase", None, None, "2025-03")),
        fact("minus 1.1", date="2025-03"), fact("minus 24.3", date="2025-03"),
        published="2025-04-24"),
    row("Exports rose to $3.1 billion and imports to $3.4 billion in May, from $2.8 billion and "
        "$3.0 billion a year earlier.",
        fact("$3.1 billion", metric="Exports", change=chg("increase", None, None, "2024-05")),
        fact("$3.4 billion", metric="imports", change=chg("increase", None, None, "2024-05")),
        fact("$2.8 billion", metric="Exports", date="2024-05"),
        fact("$3.0 billion", metric="imports", date="2024-05"),
        published="2025-06-20"),
    row("The jobless rate fell to 4.1% and the participation rate rose to 62.5% in May, from "
        "4.2% and 62.3%, respectively, in April.",
        fact("4.1%", metric="jobless rate", change=chg("decrease", None, None, "2025-04")),
        fact("62.5%", metric="participation rate", change=chg("increase", None, None, "2025-04")),
        fact("4.2%", metric="jobless rate", date="2025-04"),
        fact("62.3%", metric="participation rate", date="2025-04"),
        published="2025-06-06"),
    row("Growth in electricity, gas, water supply and other utility services slowed to 3.3% "
        "and construction growth eased to 7.7% in the quarter, against 10.5% and 13.6% "
        "respectively a year earlier.",
        fact("3.3%", metric="Growth in electricity, gas, water supply and other utility services",
             change=chg("decrease", None, None, "2023-Q3")),
        fact("7.7%", metric="construction growth", change=chg("decrease", None, None, "2023-Q3")),
        fact("10.5%", metric="Growth in electricity, gas, water supply and other utility services",
             date="2023-Q3"),
        fact("13.6%", metric="construction growth", date="2023-Q3"),
        published="2024-11-29"),
    # a word that belittles the earlier value keeps it one
    row("Profit rose to 7 trillion won in the third quarter, up from just 0.4 trillion won in "
        "the second quarter.",
        fact("7 trillion won", date="2025-Q3", change=chg("increase", None, None, "2025-Q2")),
        fact("0.4 trillion won", metric="Profit", date="2025-Q2"), published="2025-10-30"),
    row("Profit was 7 trillion won in the third quarter, up from only 0.4 trillion won in the "
        "second quarter.",
        fact("7 trillion won", change=chg("increase", None, None, "2025-Q2")),
        fact("0.4 trillion won", date="2025-Q2"), published="2025-10-30"),
    row("Profit was 7 trillion won in the third quarter, compared with just 0.4 trillion won in "
        "the second quarter.",
        fact("7 trillion won", change=chg("increase", None, None, "2025-Q2")),
        fact("0.4 trillion won", date="2025-Q2"), published="2025-10-30"),
    row("Profit was 7 trillion won in the third quarter, up from a mere 0.4 trillion won in the "
        "second quarter.",
        fact("7 trillion won", change=chg("increase", None, None, "2025-Q2")),
        fact("0.4 trillion won", date="2025-Q2"), published="2025-10-30"),
    # counter-row: "against just 3%" after a change is that change elsewhere, no earlier value
    row("Users in Europe rose 16%, against just 3% in the U.S.",
        fact("16%", change=chg("increase", 16, "percent", None)),
        fact("3%", change=chg("increase", 3, "percent", None)), published="2024-11-05"),
    # the previous three-month period
    row("The jobless rate dropped to 4.2% in April to June from 4.4% in the previous "
        "three-month period.",
        fact("4.2%", date="2024-Q2", change=chg("decrease", None, None, "2024-Q1")),
        fact("4.4%", date="2024-Q1"), published="2024-08-13"),
    row("The jobless rate dropped to 4.2% in the three months to June from 4.4% in the "
        "previous three months.",
        fact("4.2%", date="2024-Q2", change=chg("decrease", None, None, "2024-Q1")),
        fact("4.4%", date="2024-Q1"), published="2024-08-13"),
    row("Employment fell by 52,000 in the three months to June compared with the preceding "
        "three-month period.",
        fact("52,000", change=chg("decrease", 52000, "count", "2024-Q1")),
        published="2024-08-13"),
])  # fmt: skip

PROJECTED_COMPONENTS: list[Case] = numbered("frames-projected-components", [
    # a demand component projected against an earlier projection is a growth rate, as the
    # economy's is; an actual period keeps the change
    row("The bank now expects private consumption to grow 1.1% this year, down from the 1.4% it "
        "projected in February.",
        fact("1.1%", metric="private consumption growth", value=1.1,
             change=chg("decrease", None, None, None)),
        fact("1.4%", metric="private consumption growth", value=1.4, change=None),
        published="2025-05-29"),
    row("The bank now expects private consumption to grow 1.1% this year, down from 1.4%.",
        fact("1.1%", metric="private consumption growth", value=1.1),
        fact("1.4%", metric="private consumption growth", value=1.4), published="2025-05-29"),
    row("The bank expects exports to grow 2.0% this year.",
        fact("2.0%", metric="exports", change=chg("increase", 2.0, "percent", None)),
        published="2025-05-29"),
    row("Private consumption grew 1.1% in the first quarter, down from 1.4% in the fourth "
        "quarter.",
        fact("1.1%", change=chg("increase", 1.1, "percent", None)),
        fact("1.4%", change=chg("increase", 1.4, "percent", None)), published="2025-05-29"),
    # a basis "compared with" between a change and the level it moved to
    row("The indicator climbed 6.5 points compared with the previous month to minus 24.2 points "
        "in July.",
        fact("minus 24.2 points", metric="indicator",
             change=chg("increase", 6.5, "point", "2025-06")), published="2025-07-15"),
    row("Sales rose 3% compared with a year earlier to $5 billion in June.",
        fact("$5 billion", change=chg("increase", 3, "percent", "2024-06")),
        published="2025-07-15"),
    # halving and doubling verbs move their object
    row("The bank halved its forecast for economic growth this year to 0.8% from 1.5%.",
        fact("0.8%", metric="forecast for economic growth",
             change=chg("decrease", None, None, None)),
        fact("1.5%", metric="forecast for economic growth"), published="2025-05-29"),
    row("The company doubled its dividend to 50 cents.",
        fact("50 cents", metric="dividend", change=chg("increase", None, None, None)),
        published="2025-05-29"),
])  # fmt: skip

FRAMES: list[Case] = (
    MOVED_LEVELS
    + PERIOD_GAPS
    + SIGNED_RATES
    + VERB_ITEMS
    + PLACE_BRACKETS
    + PROJECTED_GROWTH
    + BARE_OBJECTS
    + REVISED_LISTS
    + EARLIER_LISTS
    + BRACKETED_EARLIER
    + LEVEL_NOUNS
    + REACHED_LISTS
    + RANGE_OBJECTS
    + RESTATED_PAIRS
    + EARLIER_FORECASTS
    + FORECAST_OBJECTS
    + CARRIED
    + PASSIVE
    + OBJECTS
    + NAMING_VERBS
    + SHARED_VERB
    + EARLIER_RATES
    + BASIS_ASIDES
    + FROM_TO
    + COMPARED
    + UNCHANGED
    + REACHED
    + LISTED
    + RUNNING_TOTALS
    + STOCKS
    + RANGES
    + BENCHMARKS
    + WEEKS
    + REFER_BACK
    + PARALLEL
    + OBJECTS_MOVED_FROM
    + PAIRED_EARLIER
    + PROJECTED_COMPONENTS
)
