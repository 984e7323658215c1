"""Shares: a part of a stated whole; never for named rates."""

from __future__ import annotations

from cases.case import Case, chg, fact, numbered, row, shr

WITH_LEVEL: list[Case] = numbered("shares-level", [
    row("Online retail sales reached 15.4 trillion yuan in 2023, accounting for 27.6% of total "
        "retail sales.",
        fact("15.4 trillion yuan", value=15400000000000, unit="CNY", date="2023",
             share=shr("27.6", "total retail sales"))),
    row("Live webcast users reached 617 million, accounting for 62.4% of the total netizens.",
        fact("617 million", value=617000000, unit="count", share=shr("62.4", "total netizens"))),
    row("Some 3.1 million people, or 12% of all workers, are self-employed.",
        fact("3.1 million", value=3100000, unit="count", qualifier="approximately",
             share=shr(12, "workers"))),
    row("Rural internet users numbered 326 million, representing 29.8% of all netizens.",
        fact("326 million", value=326000000, unit="count", share=shr("29.8", "netizens"))),
    row("Exports to the EU totalled $501 billion, or 14.8% of the country's total exports.",
        fact("$501 billion", value=501000000000, unit="USD",
             share=shr("14.8", "country's total exports"))),
    row("The services sector contributed 68.8 trillion yuan, making up 54.6% of GDP.",
        fact("68.8 trillion yuan", value=68800000000000, unit="CNY", share=shr("54.6", "GDP"))),
    row("Women held 1,843 board seats, equivalent to 40.2% of all seats on FTSE 350 boards.",
        fact("1,843", value=1843, unit="count", share=shr("40.2", "seats on FTSE 350 boards"))),
    row("The state collected Rs 1.78 lakh crore in GST, 11% of the national total.",
        fact("Rs 1.78 lakh crore", value=1780000000000, unit="INR",
             share=shr(11, "national total"))),
    row("New energy vehicles sold 9.5 million units, accounting for 31.6% of all new car sales.",
        fact("9.5 million", value=9500000, unit="count", share=shr("31.6", "new car sales"))),
    row("The region's output was $2.1 trillion, about 8% of the world economy.",
        fact("$2.1 trillion", value=2100000000000, unit="USD", share=shr(8, "world economy"))),
    row("Defence spending reached \u00a354 billion, or 2.3% of GDP, in 2023.",
        fact("\u00a354 billion", value=54000000000, unit="GBP", share=shr("2.3", "GDP"))),
    row("Mobile payments reached 1.2 billion transactions, up 10% and accounting for 85% of all "
        "payments.",
        fact("1.2 billion", value=1200000000, unit="count", change=chg("increase", 10, "percent"),
             share=shr(85, "payments"))),
    row("Mobile payment users reached 943 million, up 32 million, or 86.5% of the total "
        "internet users.",
        fact("943 million", change=chg("increase", "32000000", "count", None),
             share=shr("86.5", "total internet users"))),
    row("Payrolls rose by 2 million, or 1.2% of the workforce.",
        fact("2 million", value=None, share=None)),
    row("High-performance computing accounted for 46% of revenue, against 38% for smartphones.",
        fact("46%", share=shr("46", "revenue")),
        fact("38%", metric="smartphones", share=shr("38", "revenue"))),
])  # fmt: skip

SHARE_ONLY: list[Case] = numbered("shares-only", [
    row("Small firms account for 60% of private employment.",
        fact("60%", value=60, unit="percent", share=shr(60, "private employment"))),
    row("Women made up 47% of the workforce in 2023.",
        fact("47%", value=47, unit="percent", date="2023", share=shr(47, "workforce"))),
    row("Coal accounted for 55.3% of total energy consumption in 2023.",
        fact("55.3%", value="55.3", unit="percent", date="2023",
             share=shr("55.3", "total energy consumption"))),
    row("About 40% of households have no savings, the survey found.",
        fact("40%", value=40, unit="percent", qualifier="approximately",
             share=shr(40, "households"))),
    row("The fiscal deficit was 5.8% of GDP in 2023-24.",
        fact("5.8%", value="5.8", unit="percent", date="2023-04/2024-03", share=shr("5.8", "GDP"))),
    row("Renewables generated 30% of the world's electricity in 2023.",
        fact("30%", value=30, unit="percent", date="2023",
             share=shr(30, "world's electricity"))),
    row("Nearly 70 percent of respondents said they expected prices to rise.",
        fact("70 percent", value=70, unit="percent", qualifier="approximately",
             share=shr(70, "respondents"))),
    row("Imports from China represent 16% of the total imports of goods.",
        fact("16%", value=16, unit="percent", share=shr(16, "total imports of goods"))),
    row("Public debt stood at 97.6% of GDP at the end of 2023.",
        fact("97.6%", value="97.6", unit="percent", date="2023-12", share=shr("97.6", "GDP"))),
    row("Over-60s account for 21.1% of the population.",
        fact("21.1%", value="21.1", unit="percent", qualifier=None,
             share=shr("21.1", "population"))),
    row("The top 1% of earners paid 28% of all income tax in 2022-23.",
        fact("28%", value=28, unit="percent", share=shr(28, "income tax"),
             date="2022-04/2023-03")),
    row("Electric cars made up 14.6% of new registrations in the EU in 2023.",
        fact("14.6%", value="14.6", unit="percent", date="2023",
             share=shr("14.6", "new registrations"))),
    row("Services accounted for 54.6 per cent of GDP, up 1.2 percentage points.",
        fact("54.6 per cent", value="54.6", unit="percent", share=shr("54.6", "GDP"),
             change=chg("increase", "1.2", "percentage_point"))),
    row("Agriculture employs 42% of the labour force in India.",
        fact("42%", value=42, unit="percent", share=shr(42, "labour force"))),
])  # fmt: skip

NAMED_RATES: list[Case] = numbered("shares-rate", [
    row("The unemployment rate was 3.9% in October 2023.",
        fact("3.9%", value="3.9", unit="percent", date="2023-10", share=None,
             metric="unemployment rate")),
    row("Internet penetration reached 77.5% as of December 2023.",
        fact("77.5%", value="77.5", unit="percent", date="2023-12", share=None,
             metric="internet penetration")),
    row("The household savings rate stood at 4.1% in May 2024.",
        fact("4.1%", value="4.1", unit="percent", share=None, metric="household savings rate")),
    row("The labour force participation rate held at 62.7% in March 2024.",
        fact("62.7%", value="62.7", unit="percent", share=None,
             metric="labour force participation rate")),
    row("The urbanisation rate of the permanent population was 66.16% at the end of 2023.",
        fact("66.16%", value="66.16", unit="percent", date="2023-12", share=None,
             metric="urbanisation rate")),
    row("The bank's non-performing loan ratio fell to 1.59% in the third quarter of 2023.",
        fact("1.59%", value="1.59", unit="percent", date="2023-Q3", share=None,
             metric="non-performing loan ratio")),
    row("The employment rate was 75.0% in the three months to December 2023.",
        fact("75.0%", value="75.0", unit="percent", share=None, metric="employment rate")),
    row("The youth unemployment rate hit a record 21.3% in June 2023.",
        fact("21.3%", value="21.3", unit="percent", date="2023-06", share=None,
             metric="youth unemployment rate")),
    row("The capacity utilisation rate was 75.9% in the fourth quarter of 2023.",
        fact("75.9%", value="75.9", unit="percent", date="2023-Q4", share=None,
             metric="capacity utilisation rate")),
    row("Annual inflation in the euro area was 2.4% in March 2024.",
        fact("2.4%", value="2.4", unit="percent", date="2024-03", share=None,
             metric="annual inflation")),
    row("The vaccination rate among adults is 92%.",
        fact("92%", value=92, unit="percent", share=None, metric="vaccination rate")),
    row("The literacy rate in the state is 94%, the highest in the country.",
        fact("94%", value=94, unit="percent", share=None, metric="literacy rate")),
])  # fmt: skip

GROUP_STATEMENTS: list[Case] = numbered("shares-group-statements", [
    # a share of a group that states something measures the members stating it; earlier values
    # and a share whose group is elided measure the same
    row('In October, 35.1% of consumers said jobs were "plentiful", up from 31.3% in September, '
        'while 16.8% said jobs were "hard to get", compared with 18.6% the previous month.',
        fact("35.1%", metric="consumers saying jobs were plentiful",
             share=shr(35.1, "consumers")),
        fact("31.3%", metric="consumers saying jobs were plentiful"),
        fact("16.8%", metric="consumers saying jobs were hard to get"),
        fact("18.6%", metric="consumers saying jobs were hard to get")),
    row("About 42% of firms plan to raise prices.",
        fact("42%", metric="firms planning to raise prices", share=shr(42, "firms"))),
    row("Some 28% of respondents expect the economy to worsen.",
        fact("28%", metric="respondents expecting the economy to worsen")),
    # no statement: the share keeps its own metric
    row("Women made up 47% of the workforce.",
        fact("47%", metric="women", share=shr(47, "workforce"))),
    # a later percentage whose members state something is a share of the group surveyed last
    row('In December, 37.0% of consumers said jobs were "plentiful". Their view of business '
        'conditions weakened: 19.1% described them as "good", and 16.7% called them "bad". '
        "Some 17.2% expected their incomes to rise.",
        fact("37.0%", share=shr("37.0", "consumers")),
        fact("19.1%", share=shr("19.1", "consumers"),
             metric='consumers describing them as good'),
        fact("16.7%", share=shr("16.7", "consumers")),
        fact("17.2%", share=shr("17.2", "consumers"),
             metric="consumers expecting their incomes to rise")),
])  # fmt: skip

WITH_PARTS: list[Case] = numbered("shares-with-parts", [
    # ", with <part> accounting for N% of the total": the part's share, not the level's
    row("Toyota sold 8.7 million vehicles, with hybrids accounting for 42% of the total.",
        fact("8.7 million", share=None), fact("42%", metric="hybrids", share=shr(42, "total")),
        published="2025-11-28"),
    row("Exports reached $30 billion, with machinery making up 35% of the total.",
        fact("$30 billion", share=None), fact("35%", metric="machinery"),
        published="2025-11-28"),
    # counter-row: the level's own share after ", or"
    row("The group sold 8.7 million vehicles, or 42% of the market.",
        fact("8.7 million", share=shr(42, "market")), published="2025-11-28"),
])  # fmt: skip

SIBLING_WHOLES: list[Case] = numbered("shares-sibling-wholes", [
    # a bare percentage restating a count shares the whole a sibling count named
    row("Children under five accounted for 9,852 cases, or 43.8% of the total, while 6,371 "
        "cases, or 28.3%, were in people aged 15 or older.",
        fact("9,852", share=shr("43.8", "total")), fact("6,371", share=shr("28.3", "total")),
        published="2025-05-16"),
    row("Of the cases, 17,678, or 85.5% of the total, were unvaccinated and 1,851 (9.0%) had "
        "received one dose.",
        fact("17,678", share=shr("85.5", "total")), fact("1,851", share=shr("9.0", "total")),
        published="2025-05-16"),
    # counter-row: with no whole named, the percentage stays a figure of its own
    row("Sales rose to 5,000 units (12%).", fact("5,000", share=None), fact("12%"),
        published="2025-05-16"),
    # a rate per million is its own unit; the top of an age range is no figure
    row("Rates were highest among children aged one to four (424.4 per million).",
        fact("424.4 per million", unit="per_million"), published="2025-05-16"),
])  # fmt: skip

SHARES: list[Case] = (
    WITH_PARTS + WITH_LEVEL + SHARE_ONLY + NAMED_RATES + GROUP_STATEMENTS + SIBLING_WHOLES
)
