"""The period grammar: quarters by their month, UK quarters, years ending in a month, spans
between two years, seasons, relative periods, forecasts, bracketed periods, headings."""

from __future__ import annotations

from cases.case import Case, chg, fact, numbered, row, slug

NEW_PHRASES: list[tuple[str, str]] = [
    ("in the June quarter 2023", "2023-Q2"),
    ("in the September quarter of 2023", "2023-Q3"),
    ("in the March quarter, 2024", "2024-Q1"),
    ("in Quarter 2 (Apr to June) 2021", "2021-Q2"),
    ("in Quarter 4 (Oct to Dec) 2023", "2023-Q4"),
    ("in Quarter 1 2024", "2024-Q1"),
    ("in Q3 of 2022", "2022-Q3"),
    ("in 3Q 2023", "2023-Q3"),
    ("in the financial year ending March 2023", "2022-04/2023-03"),
    ("in the financial year ending 2019", "2018-04/2019-03"),
    ("in the year ended September 2022", "2021-10/2022-09"),
    ("in the year ending June 2024", "2023-07/2024-06"),
    ("in the three months to January 2024", "2023-11/2024-01"),
    ("in the three months to December 2023", "2023-10/2023-12"),
    ("in November 2023 to January 2024", "2023-11/2024-01"),
    ("in the second half of 2023", "2023-07/2023-12"),
    ("in H1 2024", "2024-01/2024-06"),
    ("in the first nine months of 2023", "2023-01/2023-09"),
    ("in the January-March period of 2024", "2024-01/2024-03"),
    ("in the September-through-November period of 2024", "2024-09/2024-11"),
    ("during the September through November period of 2024", "2024-09/2024-11"),
    ("as against their pre-coronavirus (COVID-19) pandemic level (February 2020), in 2024", "2024"),
    ("in fiscal year 2024", "2023-04/2024-03"),
    ("in the week ending 6 April 2024", "2024-03-31/2024-04-06"),
    ("in the first 20 days of December 2024", "2024-12-01/2024-12-20"),
    ("over the first ten days of March 2024", "2024-03-01/2024-03-10"),
    ("during the first 15 days of June, 2024", "2024-06-01/2024-06-15"),
    ("in the year through Dec. 20, 2024", "2024-01-01/2024-12-20"),
    ("in the year to 20 December 2024", "2024-01-01/2024-12-20"),
    ("during 1-20 December 2024", "2024-12-01/2024-12-20"),
    ("for December 1-20, 2024", "2024-12-01/2024-12-20"),
    ("from Dec. 1 to 20, 2024", "2024-12-01/2024-12-20"),
    ("from Dec. 1 through Dec. 20, 2024", "2024-12-01/2024-12-20"),
]

NEW_GRID: list[Case] = [
    Case(
        slug("periods-phrase", phrase),
        f"The number of registered users was 48.2 million {phrase}.",
        [fact("48.2 million", value=48200000, unit="count", date=date)],
    )
    for phrase, date in NEW_PHRASES
]

HAND: list[Case] = numbered("periods", [
    row("Employment rose by 0.3% in the June quarter, the Australian Bureau of Statistics said.",
        fact("0.3%", date="2023-Q2"), published="2023-08-16"),
    row("Prices rose 12% between 2012 and 2017.",
        fact("12%", value=None, date="2017", change=chg("increase", 12, "percent", "2012"))),
    row("The population grew by 1.2 million between 2016 and 2021, to 25.4 million.",
        fact("25.4 million", value=25400000, date="2021",
             change=chg("increase", 1200000, "count", "2016"))),
    row("In April 2024, consumer prices rose 3.2% over the past year.",
        fact("3.2%", value=None, date="2024-04",
             change=chg("increase", "3.2", "percent", "2023-04")),
        published="2024-05-15"),
    row("Home prices rose 5.1% over the past 12 months to April.",
        fact("5.1%", value=None, date="2024-04",
             change=chg("increase", "5.1", "percent", "2023-04")),
        published="2024-05-15"),
    row("Cases peaked at 12,000 a day last summer.",
        fact("12,000", value=12000, date="2023-06/2023-08"), published="2024-02-01"),
    row("Electricity demand hit 31,000 megawatts last winter.",
        fact("31,000 megawatts", value=31000, date="2023-12/2024-02"), published="2024-06-01"),
    row("The unemployment rate was 4.2% (June-August), down from 4.3%.",
        fact("4.2%", value="4.2", date="2024-06/2024-08"), fact("4.3%", value="4.3"),
        published="2024-10-15"),
    row("Sales rose 6.1% in March compared with the same month last year.",
        fact("6.1%", date="2024-03", change=chg("increase", "6.1", "percent", "2023-03")),
        published="2024-04-20"),
    row("Output fell 2.0% in May from the same month a year earlier.",
        fact("2.0%", date="2024-05", change=chg("decrease", "2.0", "percent", "2023-05")),
        published="2024-06-20"),
    row("The bank expects inflation to fall to 2.5% in March.",
        fact("2.5%", value="2.5", date="2025-03"), published="2024-11-20"),
    row("Inflation is forecast to reach 2.1% by June, the central bank said.",
        fact("2.1%", value="2.1", date="2025-06"), published="2024-12-12"),
    row("Inflation was 2.4% in October.",
        fact("2.4%", value="2.4", date="2024-10"), published="2024-11-20"),
    row("GDP grew 0.5% and 0.6% in the second quarters of 2015 and 2016 respectively.",
        fact("0.5%", value=None, date="2015-Q2", change=chg("increase", "0.5", "percent")),
        fact("0.6%", value=None, date="2016-Q2", change=chg("increase", "0.6", "percent"))),
    row("Output rose 2.3% in 2022 and 1.8% in 2023.",
        fact("2.3%", value=None, date="2022"), fact("1.8%", value=None, date="2023")),
    row("Revenue for the fiscal first quarter ended Dec. 30, 2023, was $119.6 billion.",
        fact("$119.6 billion", value=119600000000, date="2023-10/2023-12")),
    row("Revenue for the quarter ended March 31, 2024 was $61.9 billion.",
        fact("$61.9 billion", value=61900000000, date="2024-01/2024-03")),
    row("Exports were $5.2 billion in May 2024 (April: $4.9 billion).",
        fact("$5.2 billion", date="2024-05"), fact("$4.9 billion", date="2024-04")),
    row("Unemployment was 5.9% in March 2024. Youth unemployment (under 25s) was 14.2%.",
        fact("5.9%", date="2024-03"), fact("14.2%", date="2024-03")),
    row("MARCH 2019 Total\n\nSales reached 1,204 units. Sales rose 3% from a year earlier.",
        fact("1,204", value=1204, date="2019-03", change=None),
        fact("3%", date="2019-03", change=chg("increase", 3, "percent", "2018-03"))),
    row("In 2023, the country had 1.2 million farms, compared with 1.4 million in 2013.",
        fact("1.2 million", date="2023", change=chg("decrease", since="2013")),
        fact("1.4 million", date="2013")),
    # "at the end of the second quarter" is the quarter's last month, as "at the end of 2020"
    # is December 2020
    row("Debt rose to 88.2% of GDP at the end of the second quarter of 2025, from 87.7% at the "
        "end of the first quarter.",
        fact("88.2%", date="2025-06", change=chg("increase", None, None, "2025-03")),
        fact("87.7%", date="2025-03"), published="2025-10-22"),
    row("Net debt was $5 billion at the end of the third quarter.",
        fact("$5 billion", date="2025-09"), published="2025-10-22"),
    # a level named as the current one is dated now, not by a later meeting
    row("The Fed is widely expected to lower its rate from the current 4.25%-4.50% range at its "
        "Sept. 16-17 meeting.",
        fact("4.25%", date="2025-09-04"), fact("4.50%", date="2025-09-04"),
        published="2025-09-04"),
])  # fmt: skip

REFERENCES: list[Case] = numbered("periods-reference", [
    row("Job openings fell to 7.44 million in September, the fewest since January 2021. Hires "
        "were 5.6 million.",
        fact("7.44 million", date="2024-09"), fact("5.6 million", date="2024-09"),
        published="2024-10-29"),
    row("Job openings fell to 7.44 million in September, the lowest level since early 2021. "
        "Hires were 5.6 million.",
        fact("7.44 million", date="2024-09"), fact("5.6 million", date="2024-09"),
        published="2024-10-29"),
    row("Borrowing was £25.6 billion in April 2023, the second-highest April figure since "
        "monthly records began in 1993. Debt stood at £2.5 trillion.",
        fact("£25.6 billion", date="2023-04"), fact("£2.5 trillion", date="2023-04")),
    row("Exports rose 5.1% in December 2023. Car exports climbed 17.9%, extending a run of "
        "gains that began in mid-2022.",
        fact("5.1%", date="2023-12"), fact("17.9%", date="2023-12")),
    row("Openings fell to 7.44 million in September. August's count was revised down to 7.86 "
        "million. Hires were 5.6 million.",
        fact("7.44 million", date="2024-09"), fact("7.86 million", date="2024-08"),
        fact("5.6 million", date="2024-09"), published="2024-10-29"),
    row("It was also the mildest March since 2020, when the index rose 0.07%.",
        fact("0.07%", date="2020", change=chg("increase", "0.07", "percent"))),
    row("Debt-to-GDP stayed at levels last seen in the early 1960s, at 99.2% in April 2023. "
        "Receipts were £70 billion.",
        fact("99.2%", date="2023-04"), fact("£70 billion", date="2023-04")),
    # the point a move is measured from: its period is the comparison, the move is of today
    row("The index has fallen 8.5% since its record close on July 16.",
        fact("8.5%", date="2024-08-05", change=chg("decrease", 8.5, "percent", "2024-07-16")),
        published="2024-08-05"),
    row("Bitcoin is 20% below its peak in March.",
        fact("20%", date="2024-08-05", change=chg("decrease", 20, "percent", "2024-03")),
        published="2024-08-05"),
    row("The Nasdaq is 13.1% below its July 10 peak.",
        fact("13.1%", date="2024-08-05", change=chg("decrease", 13.1, "percent", "2024-07-10")),
        published="2024-08-05"),
    row("Shares are down 12% from their all-time high on July 11.",
        fact("12%", date="2024-08-05", change=chg("decrease", 12, "percent", "2024-07-11")),
        published="2024-08-05"),
    # a period naming the noun of a figure ("the May 2024 estimate of $X") dates that figure;
    # a month without a year before "forecast" stays the day a forecast was made
    row("The May figure was 3.5% below the May 2024 estimate of $2,215.4 billion.",
        fact("3.5%", change=chg("decrease", "3.5", "percent", "2024-05")),
        fact("$2,215.4 billion", date="2024-05"), published="2025-07-01"),
    row("Output was well above the 2019 average of 1.2 million tonnes.",
        fact("1.2 million tonnes", date="2019"), published="2025-07-01"),
    row("The deficit compares with a 2024 total of $1.8 trillion.",
        fact("$1.8 trillion", date="2024"), published="2025-07-01"),
    row("Copper is still below its 2022 peak of $9.50 a pound.",
        fact("$9.50", date="2022"), published="2025-07-01"),
    # a week of market data in a monthly report ends with its paragraph
    row("Spending fell 0.3% in May. The mortgage rate was 6.77% in the week to June 26.\n\n"
        "Public spending edged up 0.1% to $511.6 billion.",
        fact("0.3%", date="2025-05"), fact("6.77%", date="2025-06-20/2025-06-26"),
        fact("$511.6 billion", date="2025-05"), published="2025-07-01"),
])  # fmt: skip

CLAUSES: list[Case] = numbered("periods-clause", [
    row("Semiconductor exports shrank 23.7% to $98.6 billion in 2023 as a global glut weighed "
        "on prices for much of the first half.",
        fact("$98.6 billion", date="2023")),
    row("Sales rose 4% in 2023. Wages, which rose 1.3% in the September quarter, grew 4.2% over "
        "the year. Profits were $2 billion.",
        fact("4%", date="2023"), fact("1.3%", date="2023-Q3"), fact("4.2%"),
        fact("$2 billion", date="2023")),
    row("Inflation was 3.4% in December 2023. In January, prices rose 0.3%.",
        fact("3.4%", date="2023-12"), fact("0.3%", date="2024-01"), published="2024-02-14"),
    row("The bank kept its rate at 4.35% this month. Consumer prices rose 4.1% over the year to "
        "the December quarter.",
        fact("4.35%", date="2024-02"), fact("4.1%", date="2023-Q4"), published="2024-02-22"),
    row("Job openings fell more than expected in September, to 7.44 million.",
        fact("7.44 million", date="2024-09"), published="2024-10-29"),
    row("Officials expect exports to reach $700 billion in March.",
        fact("$700 billion", date="2025-03"), published="2024-12-02"),
])  # fmt: skip

FISCAL: list[Case] = numbered("periods-fiscal", [
    # a change in a flow over "the year ending ..." is of the twelve months; a rate's, the month
    row("Nissan cut its operating profit forecast for the year ending March 2025 by 70%.",
        fact("70%", date="2024-04/2025-03", change=chg("decrease", 70, "percent", None))),
    row("Prices rose 3.8% in the year ended June 2024.",
        fact("3.8%", date="2024-06", change=chg("increase", 3.8, "percent", "2023-06"))),
    row("GDP rose 1.3 percent over the year ended September 2023, compared with the year ended "
        "September 2022.",
        fact("1.3 percent", date="2022-10/2023-09",
             change=chg("increase", 1.3, "percent", "2021-10/2022-09"))),
    row("Retail sales rose 2.1% in the year ending June 2024.",
        fact("2.1%", date="2023-07/2024-06")),
    # a part of a fiscal year counts its months from the fiscal year's first month
    row("For the first seven months of the 2024-25 fiscal year, gross GST revenue totalled ₹12.74 "
        "lakh crore.",
        fact("₹12.74 lakh crore", date="2024-04/2024-10"), published="2024-11-01"),
    row("In the first half of fiscal 2025, revenue rose 5%.",
        fact("5%", date="2024-04/2024-09"), published="2024-11-01"),
    # a quarter of a named fiscal year, in any word order; on the April-March year unless the
    # text states its own calendar
    row("In the third quarter of fiscal 2025, revenue rose 5%.",
        fact("5%", date="2024-10/2024-12"), published="2025-02-01"),
    row("Revenue rose 5% in the fiscal 2025 third quarter.",
        fact("5%", date="2024-10/2024-12"), published="2025-02-01"),
    row("Revenue rose 5% in the third fiscal quarter of 2025.",
        fact("5%", date="2024-10/2024-12"), published="2025-02-01"),
    row("Revenue rose 5% in fiscal 2025's first half.",
        fact("5%", date="2024-04/2024-09"), published="2024-11-01"),
    row("Revenue for the third quarter of fiscal 2025, which ended Oct. 27, rose 94% from a year "
        "earlier to a record $35.08 billion.",
        fact("$35.08 billion", date="2024-08/2024-10",
             change=chg("increase", 94, "percent", "2023-08/2023-10")),
        published="2024-11-20"),
    row("Revenue for the third quarter of fiscal 2025, which ended Oct. 27, rose 94% to $35.08 "
        "billion. For the quarter ending in January, the company expects revenue of $37.5 "
        "billion.",
        fact("$35.08 billion", date="2024-08/2024-10"),
        fact("$37.5 billion", date="2024-11/2025-01"), published="2024-11-20"),
    # "the same quarter of fiscal 2024" is the quarter in force, a fiscal year back
    row("Net income for the fiscal second quarter, which ended Nov. 30, fell to $741 million "
        "from $879 million in the same quarter of fiscal 2024.",
        fact("$741 million", date="2024-09/2024-11",
             change=chg("decrease", None, None, "2023-09/2023-11")),
        fact("$879 million", date="2023-09/2023-11"), published="2024-12-19"),
    row("Revenue for the third quarter rose to ₹1.2 lakh crore from ₹1.1 lakh crore in the same "
        "quarter of fiscal 2024.",
        fact("₹1.2 lakh crore", date="2024-Q3"), fact("₹1.1 lakh crore", date="2023-Q3"),
        published="2025-01-20"),
    # "the first quarter of 2024-25" is a part of that fiscal year; "the same quarter of
    # 2023-24" the quarter in force a fiscal year back
    row("Real gross domestic product rose 6.7% from a year earlier to ₹43.64 lakh crore in the "
        "first quarter of 2024-25, compared with ₹40.91 lakh crore in the same quarter of "
        "2023-24.",
        fact("₹43.64 lakh crore", date="2024-04/2024-06",
             change=chg("increase", "6.7", "percent", "2023-04/2023-06")),
        fact("₹40.91 lakh crore", date="2023-04/2023-06"), published="2024-08-30"),
    # a sentence without figures that names an outlook's period sets it for what follows
    row("The second quarter ended Nov. 30. FedEx trimmed its outlook for fiscal 2025. It now "
        "expects adjusted earnings of $19.00 to $20.00 per share.",
        fact("$19.00", date="2024-06/2025-05"), fact("$20.00", date="2024-06/2025-05"),
        published="2024-12-19"),
    row("Sales rose 4% to $10 billion in the third quarter. The company raised its forecast "
        "for 2025. It now sees revenue of $42 billion.",
        fact("$10 billion", date="2024-Q3"), fact("$42 billion", date="2025"),
        published="2024-11-05"),
    # "a fourth-quarter record ... in the three months ended Nov. 30" states the calendar
    row("Revenue rose 10% to a fourth-quarter record of $5.94 billion in the three months ended "
        "Nov. 30.\n\nFor fiscal 2024 as a whole, revenue climbed 15% to $25.0 billion.",
        fact("$5.94 billion", date="2024-09/2024-11"),
        fact("$25.0 billion", date="2023-12/2024-11"), published="2024-12-20"),
    # "the full fiscal year" is the fiscal year of the period in force, on the stated calendar
    row("Revenue for the fourth quarter, which ended Nov. 29, rose 11% to $5.61 billion.\n\nFor "
        "the full fiscal year, revenue climbed 11% from fiscal 2023 to a record $21.51 billion, "
        "and operating cash flow reached $8.06 billion.",
        fact("$5.61 billion", date="2024-09/2024-11"),
        fact("$21.51 billion", date="2023-12/2024-11",
             change=chg("increase", 11, "percent", "2022-12/2023-11")),
        fact("$8.06 billion", date="2023-12/2024-11"), published="2024-12-11"),
    # an earlier value's yearless period has ended by publication
    row("Revenue for the third quarter of fiscal 2025, which ended Oct. 27, rose 94% to $35.08 "
        "billion. Revenue growth has now slowed for three straight quarters, from 265% in the "
        "November-January quarter.",
        fact("$35.08 billion", date="2024-08/2024-10"),
        fact("265%", date="2023-11/2024-01"), published="2024-11-20"),
    row("Toyota's operating profit fell 20% in the first half of fiscal 2024, as the yen eased.",
        fact("20%", date="2024-04/2024-09"), published="2024-11-06"),
    row("Total revenue for the fourth quarter, which ended on Jan. 31, rose 5.7% to $173.4 "
        "billion. For fiscal 2024 as a whole, revenue rose 6.0% to $648.1 billion.",
        fact("$173.4 billion", date="2023-11/2024-01"),
        fact("$648.1 billion", date="2023-02/2024-01"),
        published="2024-02-20"),
    row("For the year ending in January 2025, the retailer expects earnings of $6.70 a share. "
        "For the first quarter, it forecast earnings of $1.48 a share.",
        fact("$6.70", date="2024-02/2025-01"), fact("$1.48", date="2024-02/2024-04"),
        published="2024-02-20"),
    row("Revenue for the fiscal first quarter ended Dec. 30, 2023, was $119.6 billion. Revenue "
        "for fiscal 2023 was $383.3 billion.",
        fact("$119.6 billion", date="2023-Q4"), fact("$383.3 billion", date="2022-10/2023-09")),
    row("Borrowing in the FYE March 2023 was £137.1 billion.",
        fact("£137.1 billion", date="2022-04/2023-03")),
    row("Borrowing in the financial year ending (FYE) March 2024 is forecast at £131.6 billion.",
        fact("£131.6 billion", date="2023-04/2024-03")),
    row("The Australian Bureau of Statistics said winter crop output reached 67 million tonnes "
        "in 2022-23.",
        fact("67 million tonnes", date="2022-07/2023-06")),
    row("India's GDP grew 8.2% in FY24.",
        fact("8.2%", date="2023-04/2024-03")),
    # "the June 2025 year" (New Zealand, Australia): the twelve months to June 2025
    row("In the June 2025 year, exports totalled $72 billion.",
        fact("$72 billion", date="2024-07/2025-06"), published="2025-10-29"),
    row("Exports totalled $72 billion in the June 2025 year, after $69 billion in the June 2024 "
        "year.",
        fact("$72 billion", date="2024-07/2025-06"), fact("$69 billion", date="2023-07/2024-06"),
        published="2025-10-29"),
    # a government's year closed by its month: its years follow it, its quarters stay calendar
    row("CAIRO, Aug 28 - The bank put growth for the 2024/25 fiscal year, which ended in June, "
        "at 4.5%, compared with 2.4% a year earlier. The unemployment rate fell to 6.1% in the "
        "second quarter from 6.3% in the first.",
        fact("4.5%", date="2024-07/2025-06", change=chg("increase", None, None, "2023-07/2024-06")),
        fact("2.4%", date="2023-07/2024-06"),
        fact("6.1%", date="2025-Q2", change=chg("decrease", None, None, "2025-Q1")),
        fact("6.3%", date="2025-Q1"), published="2025-08-28"),
    # "the 12 months to June" without a year: an amount over the twelve months, a rate by the
    # month; twelve months quoted for comparison have ended
    row("In the 12 months to June, traffic grew 7% to 202.6 million passengers, from 188.8 "
        "million a year earlier.",
        fact("202.6 million", date="2024-07/2025-06",
             change=chg("increase", "7", "percent", "2023-07/2024-06")),
        fact("188.8 million", date="2023-07/2024-06"), published="2025-07-03"),
    row("Consumer prices rose 2.9% in the 12 months to June, up from 2.5% in the 12 months to "
        "May.",
        fact("2.9%", date="2025-06"), fact("2.5%", date="2025-05"), published="2025-07-03"),
    row("The current account deficit narrowed to 1.6% of GDP in the 12 months to June, from 1.8% "
        "a year earlier.",
        fact("1.6%", metric="current account deficit", date="2024-07/2025-06"),
        fact("1.8%", date="2023-07/2024-06"), published="2025-08-12"),
    row("The CPI excluding volatile items climbed 2.9% over the year to January, compared with a "
        "2.7% rise in the 12 months to December.",
        fact("2.9%", date="2025-01"), fact("2.7%", date="2024-12"), published="2025-02-26"),
    # an Indian company that names its quarter by months keeps an April-to-March year
    row("HDFC Bank posted a 2.2% rise in third-quarter profit. Standalone net profit for the "
        "October-December quarter rose to ₹16,736 crore.",
        fact("2.2%", date="2024-Q4"), fact("₹16,736 crore", date="2024-Q4"),
        published="2025-01-22"),
])  # fmt: skip

ANAPHORS: list[Case] = numbered("periods-anaphors", [
    row("The total reduction since June reached 125 basis points. The bank trimmed its policy rate "
        "to 4.75% that month, then cut again in July.",
        fact("125 basis points"), fact("4.75%", metric="policy rate", date="2024-06"),
        published="2024-10-23"),
    row("Exports peaked in March 2022. Imports hit a record $5.1 billion the same month.",
        fact("$5.1 billion", date="2022-03")),
    row("The census was taken in 2021. That year the population reached 25.4 million.",
        fact("25.4 million", date="2021"), published="2022-06-28"),
    row("The Bank of Canada cut its key rate to 3.75% on Wednesday. Rates were last this low in "
        "July 2022. The Bank Rate now stands at 4%.",
        fact("3.75%", date="2024-10-23"), fact("4%", date="2024-10-23"),
        published="2024-10-23"),
    # a paragraph of background about an earlier year ends with its paragraph: a month after it
    # is the report's
    row("SANTIAGO, July 29 - The bank cut its rate to 4.75% on Tuesday. The rate peaked at "
        "11.25% in 2023, before the bank began easing in July of that year.\n\nAnnual inflation "
        "slowed to 4.1% in June from 4.4% in May.",
        fact("4.75%"), fact("11.25%", date="2023"),
        fact("4.1%", date="2025-06", change=chg("decrease", None, None, "2025-05")),
        fact("4.4%", date="2025-05"), published="2025-07-30"),
    # a deadline in the lead ends with its paragraph when the report has no period yet; "over
    # the nine months" runs to the end of the period in force
    row("VEVEY, Oct 16 - Nestle announced 16,000 job cuts to be completed by the end of 2027."
        "\n\nOrganic growth reached 4.3% in the July-September quarter.\n\nOver the nine months, "
        "Zone Europe led with organic growth of 4.5%.",
        fact("16,000", date="2027-12"), fact("4.3%", date="2025-Q3"),
        fact("4.5%", date="2025-01/2025-09"), published="2025-10-16"),
])  # fmt: skip

FORECAST_PERIODS: list[Case] = numbered("periods-forecasts", [
    # a period a modal forecast names ("could be lowered ... by the end of the year") holds to
    # the end of its paragraph only
    row("The central bank cut the reserve requirement ratio by 50 basis points on Tuesday. The "
        "ratio could be lowered by a further 0.25 percentage point by the end of the year.\n\n"
        "It also cut the seven-day reverse repo rate to 1.5% from 1.7%.",
        fact("50 basis points", date="2024-09-24"),
        fact("0.25 percentage point", date="2024-12"), fact("1.5%", date="2024-09-24"),
        fact("1.7%"), published="2024-09-24"),
    row("So far this year Spotify has added 16 million subscribers. In the first nine months of "
        "2023 it had added 21 million. For the fourth quarter, Spotify forecast 665 million "
        "monthly active users.",
        fact("16 million"), fact("21 million"), fact("665 million", date="2024-Q4"),
        published="2024-11-12"),
    row("In the first half of 2023 sales rose 4%. Looking ahead, the company expects revenue of "
        "$2.1 billion in the first quarter.",
        fact("4%"), fact("$2.1 billion", date="2024-Q1"), published="2024-02-20"),
    row("The agency sees Brent rising from an average of $81 in December to $83 in the first "
        "quarter.",
        fact("$81", date="2022-12"), fact("$83", date="2023-Q1"), published="2023-01-10"),
    row("The median forecast of analysts had been 0.24% for March.",
        fact("0.24%", date="2024-03"), published="2024-04-10"),
    # a past clause after a forecast ("after ... rose") names a period that has begun
    row("SAP raised its free cash flow forecast for the year on Monday after cloud revenue rose "
        "25% in the third quarter.",
        fact("25%", date="2024-Q3"), published="2024-10-21"),
    row("The group lifted its outlook as sales climbed 8% in the third quarter.",
        fact("8%", date="2024-Q3"), published="2024-10-21"),
    row("The company expects revenue to rise 10% in the fourth quarter as demand picks up.",
        fact("10%", date="2024-Q4"), published="2024-10-21"),
])  # fmt: skip

SAME_PERIODS: list[Case] = numbered("periods-same", [
    # "the same quarter last year": a year back from the quarter in force, no period of its own
    row("Operating income rose 23% to $27.58 billion in the first quarter, lifting the operating "
        "margin to 44.6% from 42.3% in the same quarter last year. Cloud revenue was $35.1 "
        "billion.",
        fact("$27.58 billion", date="2024-Q1"),
        fact("44.6%", date="2024-Q1", change=chg("increase", None, None, "2023-Q1")),
        fact("42.3%", date="2023-Q1"), fact("$35.1 billion", date="2024-Q1"),
        published="2024-04-25"),
    row("Sales were $5 billion in May, compared with $4 billion in the same month a year earlier.",
        fact("$5 billion", date="2024-05", change=chg("increase", None, None, "2023-05")),
        fact("$4 billion", date="2023-05"), published="2024-06-20"),
    row("Indonesia's economy grew 5.05% in the second quarter of 2024. The expansion compared with "
        "growth of 5.11% in the first quarter and 5.17% in the same quarter of 2023. Economists "
        "had expected 5.0%.",
        fact("5.05%", date="2024-Q2"), fact("5.11%", date="2024-Q1"),
        fact("5.17%", date="2023-Q2"), fact("5.0%", date="2024-Q2")),
    row("GDP grew 5.05% in the second quarter of 2024. Growth in the first half came to 5.08%. "
        "GDP at current prices reached Rp5,536.5 trillion in the quarter.",
        fact("5.05%"), fact("5.08%", date="2024-01/2024-06"),
        fact("Rp5,536.5 trillion", date="2024-Q2")),
    row("Exports rose 11.9% in January 2024. The deficit was ¥1,758.3 billion, 49.9% smaller than "
        "in the same month of 2023, when the gap had reached a record ¥3,506.4 billion.",
        fact("11.9%"),
        fact("¥1,758.3 billion", change=chg("decrease", "49.9", "percent", "2023-01")),
        fact("¥3,506.4 billion", date="2023-01")),
    row("Fixed-asset investment rose 4.7 percent in the first four months of 2023 from the same "
        "period of 2022.",
        fact("4.7 percent", change=chg("increase", "4.7", "percent", "2022-01/2022-04"))),
    # "comparable", "corresponding", "equivalent" point back like "same", in every word order
    row("RevPAR rose 0.2% from the comparable week of 2024 to $98.88 in the week of Aug. 24-30.",
        fact("$98.88", date="2025-08-24/2025-08-30",
             change=chg("increase", "0.2", "percent", "2024-08-24/2024-08-30")),
        published="2025-09-04"),
    row("RevPAR rose 0.2% to $98.88 in the week of Aug. 24-30 from the same week of 2024.",
        fact("$98.88", date="2025-08-24/2025-08-30",
             change=chg("increase", "0.2", "percent", "2024-08-24/2024-08-30")),
        published="2025-09-04"),
    row("Occupancy slipped 0.8% from the same week a year earlier to 63.4% in the week of "
        "Aug. 24-30.",
        fact("63.4%", date="2025-08-24/2025-08-30",
             change=chg("decrease", "0.8", "percent", "2024-08-24/2024-08-30")),
        published="2025-09-04"),
    row("Exports rose 3% in July from the corresponding month last year to $5 billion.",
        fact("$5 billion", date="2025-07", change=chg("increase", "3", "percent", "2024-07")),
        published="2025-09-04"),
    row("Sales were 4% higher than in the equivalent quarter a year ago, at $5 billion in the "
        "second quarter.",
        fact("4%", date="2025-Q2", change=chg("increase", "4", "percent", "2024-Q2")),
        fact("$5 billion", date="2025-Q2"), published="2025-09-04"),
])  # fmt: skip

PROJECTIONS: list[Case] = numbered("periods-projections", [
    row("The world's population will keep growing, from 8.2 billion people in 2024 to a peak of "
        "around 10.3 billion in the mid-2080s, before slipping back to about 10.2 billion by 2100."
        "\n\nGlobal fertility now stands at 2.25 births per woman.",
        fact("8.2 billion", date="2024"), fact("10.3 billion", date="2080/2089"),
        fact("10.2 billion", date="2100"), fact("2.25", date="2024"), published="2024-07-11"),
    row("China's population of 1.4 billion is projected to shrink to 633 million by the end of the "
        "century.",
        fact("1.4 billion"), fact("633 million", date="2100"), published="2024-07-11"),
    row("Sales rose 4% in the 1990s and 2% in the 2010s.",
        fact("4%", date="1990/1999"), fact("2%", date="2010/2019")),
    row("Those aged 75 and older, the baby-boom generation born between 1947 and 1949, numbered "
        "20,078,000 as of Oct. 1, 2023.",
        fact("20,078,000", date="2023-10-01")),
    row("Japanese nationals numbered 121,193,000 in 2023, the steepest fall since comparable data "
        "became available in 1950.",
        fact("121,193,000", date="2023")),
])  # fmt: skip

NAMED_RELATIVE_MONTHS: list[Case] = numbered("periods-named-relative-months", [
    # "next April", "last March", "this June": the month counted from publication
    row("Firms brace for the rise in employers' national insurance contributions to 15% next "
        "April.",
        fact("15%", date="2025-04"), published="2024-12-19"),
    row("Sales rose 3% last March.", fact("3%", date="2024-03"), published="2024-12-19"),
    row("Sales rose 3% last December.", fact("3%", date="2023-12"), published="2024-12-19"),
    row("Prices are due to rise 2% this June.", fact("2%", date="2025-06"),
        published="2025-02-10"),
    row("The tax will rise to 20% next January.", fact("20%", date="2025-01"),
        published="2024-11-30"),
    # a headline's verb-first clause after a comma keeps its year to itself
    row("SNB cuts rate to 1%, slashes 2025 inflation forecast to 0.6%\n\nThe Swiss National "
        "Bank lowered its policy rate to 1.0% on Thursday.",
        fact("1%", date="2024-09-19"), fact("0.6%", date="2025"),
        fact("1.0%", date="2024-09-19"), published="2024-09-19"),
    # a month's abbreviation inside a word is no month ("last decision")
    row("SNB cuts rate to 1% in Jordan's last decision\n\nThe Swiss National Bank lowered its "
        "policy rate to 1.0% on Thursday.",
        fact("1%", date="2024-09-19"), fact("1.0%", date="2024-09-19"), published="2024-09-19"),
])  # fmt: skip

PERIOD_ANAPHORS: list[Case] = numbered("periods-period-anaphors", [
    # "over the period" is the span last named for figures of its own (not one compared with);
    # named in an earlier paragraph, it is the period in force
    row("Real GDP is estimated to have shown no growth in the three months to October 2024, "
        "compared with the three months to July 2024. Services output grew by 0.1% over the "
        "period, while production output fell by 0.8%.",
        fact("0.1%", date="2024-08/2024-10"), fact("0.8%", date="2024-08/2024-10"),
        published="2024-12-13"),
    row("Sales rose 2% in the first half of 2024. Profit rose 5% during the period.",
        fact("2%", date="2024-01/2024-06"), fact("5%", date="2024-01/2024-06"),
        published="2024-08-01"),
    row("Real GDP fell 0.1% in October 2024 and showed no growth in the three months to October "
        "2024. Services output grew by 0.1% over the period.",
        fact("0.1%", date="2024-10"), fact("0.1%", date="2024-08/2024-10"),
        published="2024-12-13"),
    row("The employment level climbed to 58.4%, the highest for the period since the series "
        "started in 2012.",
        fact("58.4%", date="2024-11-29"), published="2024-11-29"),
    row("Exports in the Dec. 1-20 period fell 1.9% to $38.9 billion. For the year through Dec. "
        "20, exports totalled $661.2 billion.\n\nChina and Vietnam together took 49.4% of "
        "exports in the period.",
        fact("$38.9 billion", date="2024-12-01/2024-12-20"),
        fact("$661.2 billion", date="2024-01-01/2024-12-20"),
        fact("49.4%", date="2024-12-01/2024-12-20"), published="2024-12-21"),
])  # fmt: skip

DAY_RANGES: list[Case] = numbered("periods-day-ranges", [
    # a span of days in one month, its own period and the same span a year back; "the Dec.
    # 1-20 period" is no part of the metric, and a number after "to" that counts something
    # ends no span
    row("Exports in the Dec. 1-20 period fell 1.9% from a year earlier to $38.9 billion.",
        fact("$38.9 billion", metric="exports", date="2024-12-01/2024-12-20",
             change=chg("decrease", "1.9", "percent", "2023-12-01/2023-12-20")),
        published="2024-12-21"),
    row("Imports for December 1-20 were down 2.0% year-on-year at $39.6 billion.",
        fact("$39.6 billion", metric="imports", date="2024-12-01/2024-12-20",
             change=chg("decrease", "2.0", "percent", "2023-12-01/2023-12-20")),
        published="2024-12-21"),
    row("Chip exports jumped 13.2% to $9.2 billion between 1-20 December, customs data showed.",
        fact("$9.2 billion", metric="chip exports", date="2024-12-01/2024-12-20"),
        published="2024-12-21"),
    row("The toll rose from March 3 to 20 cents a mile.",
        fact("20 cents", date="2024-03-20"), published="2024-03-20"),
    # "between" one day and another: a span for a level, from the first day to the last for a
    # change, and the last day for the level the change reached
    row("A total of 409,222 cases were reported between Jan. 1 and Aug. 17.",
        fact("409,222", date="2025-01-01/2025-08-17"), published="2025-08-29"),
    row("Between 1 January and 17 August, 409,222 cases were reported.",
        fact("409,222", date="2025-01-01/2025-08-17"), published="2025-08-29"),
    row("The agency counted 4,738 deaths between January 1 and August 17, 2025.",
        fact("4,738", date="2025-01-01/2025-08-17"), published="2025-08-29"),
    row("Canada's population grew by 250,229 people between April 1 and July 1 to reach "
        "41,288,599.",
        fact("41,288,599", date="2024-07-01",
             change=chg("increase", "250229", "count", "2024-04-01")),
        published="2024-09-18"),
    row("Prices rose 3% between Jan. 1 and March 31.",
        fact("3%", date="2024-03-31", change=chg("increase", "3", "percent", "2024-01-01")),
        published="2024-09-18"),
    row("Influenza caused 47 million illnesses between Oct. 1, 2024, and May 17, 2025.",
        fact("47 million", date="2024-10-01/2025-05-17"), published="2025-09-26"),
    row("Sales were $5 billion from June 1, 2024 to Aug. 31, 2024.",
        fact("$5 billion", date="2024-06-01/2024-08-31"), published="2025-09-26"),
    row("Stocks rose 3% from Dec. 1, 2024 to Jan. 20.",
        fact("3%", date="2024-12-01/2025-01-20"), published="2025-09-26"),
    # a yearless span of days takes the year that ends it before publication
    row("Full-price sales in the nine weeks to Dec. 28 were up 6.0% on a year earlier.",
        fact("6.0%", date="2024-10-27/2024-12-28",
             change=chg("increase", "6.0", "percent", "2023-10-27/2023-12-28")),
        published="2025-01-07"),
    row("Sales rose 2% in the four weeks to Jan. 4.",
        fact("2%", date="2024-12-08/2025-01-04"), published="2025-01-07"),
])  # fmt: skip

MARKET_DAYS: list[Case] = numbered("periods-market-days", [
    row("LONDON — Britain's FTSE 100 closed at an all-time high on Monday and shares rose across "
        "Europe.\n\nThe index jumped 1.62% to 8,023.87, beating its previous closing record of "
        "8,014.31 set in February 2023. It is now up about 3.8% from its end-2023 close.",
        fact("8,023.87", date="2024-04-22", change=chg("increase", "1.62", "percent")),
        fact("8,014.31", metric="previous closing record", date="2023-02"),
        fact("3.8%", date="2024-04-22", change=chg("increase", "3.8", "percent", "2023-12")),
        published="2024-04-22"),
    row("NEW YORK — Wall Street fell on Tuesday after a hot inflation report.\n\nThe S&P 500 "
        "lost 4.3% to 3,932.69, far from the record of 4,796.56 hit in January.",
        fact("3,932.69", date="2022-09-13"), fact("4,796.56", date="2022-01"),
        published="2022-09-13"),
    row("Exports rose 5% and imports 3% in May.",
        fact("5%", date="2024-05"), fact("3%", date="2024-05"), published="2024-06-15"),
    # a weekday before a reporting verb is the day of the report: the period the sentence
    # names dates the figure; a weekday before what markets showed dates what they showed
    row("CUPERTINO, California, July 31 - Apple on Thursday reported revenue of $94.04 billion "
        "for its fiscal third quarter ended June 28, up 10% from a year earlier.",
        fact("$94.04 billion", date="2025-Q2", change=chg("increase", "10", "percent", "2024-Q2")),
        published="2025-07-31"),
    row("Statistics Canada on Friday reported that employment rose by 25,000 in June.",
        fact("25,000", date="2025-06"), published="2025-07-11"),
    row("Interest rate futures on Tuesday showed a probability of about 80% of a cut.",
        fact("80%", date="2025-07-29"), published="2025-07-31"),
    # a market quote in a report on a month is the day of trading; a month's average stays
    row("WASHINGTON, Aug 2 - Payrolls rose 114,000 in July. The yield on the two-year Treasury "
        "note fell 27 basis points to 3.88%, while the S&P 500 closed down 1.8%.",
        fact("114,000", date="2024-07"), fact("3.88%", date="2024-08-02"),
        fact("1.8%", date="2024-08-02"), published="2024-08-02"),
    row("Brent futures averaged $81.72 a barrel in February, OPEC said.",
        fact("$81.72", date="2024-02"), published="2024-03-12"),
])  # fmt: skip

EVENTS: list[Case] = numbered("periods-events", [
    row("Australia's 2021 Census counted 25,422,788 people, an increase of 8.6 per cent since the "
        "previous census in 2016.",
        fact("25,422,788", date="2021", change=chg("increase", "8.6", "percent", "2016")),
        published="2022-06-28"),
    row("The population had grown by about 13 million since the 1971 Census, when 12.4 million "
        "people were counted.",
        fact("13 million", change=chg("increase", 13000000, "count", "1971")),
        fact("12.4 million", date="1971"), published="2022-06-28"),
    row("The count was 25.4 million in 2021. The first results, released by the Australian Bureau "
        "of Statistics (ABS) on Tuesday, showed that 5.5 million people used a language other than "
        "English at home.",
        fact("25.4 million", date="2021"), fact("5.5 million", date="2021"),
        published="2022-06-28"),
    row("Turnout was 61% in 2019. The figures, published by the electoral commission on "
        "Monday, put turnout at 59.7%.",
        fact("61%", date="2019"), fact("59.7%", date="2019"), published="2024-07-08"),
    row("Sales fell 2.3% from the previous month in May 2024.",
        fact("2.3%", date="2024-05", change=chg("decrease", "2.3", "percent", "2024-04"))),
])  # fmt: skip

MARKETING_YEARS: list[Case] = numbered("periods-marketing", [
    row("Soybean supplies for the 2024/25 marketing year, which runs from September through "
        "August, are projected at 4.949 billion bushels.",
        fact("4.949 billion bushels", metric="soybean supplies", date="2024-09/2025-08")),
    row("Corn, whose marketing year begins on Sept. 1, is a big crop. Exports for 2024/25 are "
        "forecast at 2.3 billion bushels.",
        fact("2.3 billion bushels", date="2024-09/2025-08")),
    row("For wheat, whose marketing year began on June 1, ending stocks for 2024/25 were put at "
        "798 million bushels.",
        fact("798 million bushels", date="2024-06/2025-05")),
    row("Ending stocks for the current 2023/24 season are seen at 345 million bushels. The crop "
        "year starts in October.",
        fact("345 million bushels", metric="ending stocks", date="2023-10/2024-09")),
    row("Enrolment in the 2023-24 school year, which began in August, reached 49.6 million "
        "pupils.",
        fact("49.6 million", date="2023-08/2024-07")),
    row("Without a stated calendar, exports in 2023/24 were 1.7 billion bushels.",
        fact("1.7 billion bushels", date="2023-04/2024-03")),
    row("In its forecasts for the 2025/26 marketing year, which for corn and soybeans runs from "
        "September through August, USDA pegged the corn yield at a record 188.8 bushels per acre.",
        fact("188.8 bushels per acre", date="2025-09/2026-08"), published="2025-08-12"),
])  # fmt: skip

WHOLE_YEAR: list[Case] = numbered("periods-whole-year", [
    row("For the July-September period, the firm forecast revenue of $9.73 billion. For the "
        "full year, it now expects revenue growth of 14%.",
        fact("$9.73 billion", date="2024-Q3"), fact("14%", metric="revenue growth", date="2024"),
        published="2024-07-18"),
    row("Sales rose 4% in the third quarter of 2023. Over the whole year, sales are expected to "
        "grow 3.5%.",
        fact("4%", date="2023-Q3"), fact("3.5%", date="2023"), published="2024-01-10"),
    row("Demand climbed 8% in December; for the year as a whole it was up 36.9%.",
        fact("8%", date="2023-12"), fact("36.9%", date="2023"), published="2024-01-31"),
    row("Full-year demand reached 94.1% of 2019 levels in 2023.",
        fact("94.1%", metric="full-year demand", date="2023")),
])  # fmt: skip

FISCAL_QUARTERS_STATED: list[Case] = numbered("periods-fiscal-quarters-stated", [
    # a report's one quarter and "the three months ended <month>" a paragraph on: its calendar
    row("Walmart on Thursday posted first-quarter adjusted earnings above estimates.\n\n"
        "Total revenue for the three months ended April 30 rose 2.5% from a year earlier to "
        "$165.6 billion. Adjusted earnings per share rose to 61 cents from 60 cents a year "
        "earlier.",
        fact("$165.6 billion", date="2025-02/2025-04",
             change=chg("increase", 2.5, "percent", "2024-02/2024-04")),
        fact("61 cents", date="2025-02/2025-04",
             change=chg("increase", None, None, "2024-02/2024-04")),
        fact("60 cents", date="2024-02/2024-04"), published="2025-05-15"),
    # two quarters named: no calendar is inferred
    row("The company posted first-quarter and second-quarter figures.\n\nRevenue for the three "
        "months ended April 30 rose 2.5%.",
        fact("2.5%", date="2025-02/2025-04"), published="2025-05-15"),
])  # fmt: skip

YEAR_BEFORE_FISCAL: list[Case] = numbered("periods-year-before-fiscal", [
    # "the 2024 financial year" names a fiscal year like "fiscal 2024", and takes its parts
    row("Sales fell 3% in the 2024 financial year.", fact("3%", date="2023-04/2024-03")),
    row("Sales fell 3% in the 2024 fiscal year.", fact("3%", date="2023-04/2024-03")),
    row("National Australia Bank said cash earnings rose 1% to A$3.58 billion in the six months "
        "to March 31. Compared with the second half of the 2024 financial year, cash earnings rose "
        "0.8%. Net profit fell 2.5% to A$3.41 billion.",
        fact("A$3.58 billion", date="2024-10/2025-03"), fact("0.8%"),
        fact("A$3.41 billion", date="2024-10/2025-03"), published="2025-05-07"),
    # counter-row: a calendar year stays one
    row("Sales fell 3% in 2024.", fact("3%", date="2024")),
    # "that year" points back past where a record starts
    row("Borrowing in the 2024/25 financial year was £148.3 billion. Borrowing in April was the "
        "highest since monthly records began in 1993. The deficit was revised to £70.3 billion "
        "for that year.",
        fact("£148.3 billion", date="2024-04/2025-03"),
        fact("£70.3 billion", date="2024-04/2025-03"), published="2025-05-22"),
])  # fmt: skip

COMPARISON_SENTENCES: list[Case] = numbered("periods-comparison-sentences", [
    # a sentence opening on a comparison dates its own figures and hands nothing on
    row("The agency counted five outbreaks as of March 27. By comparison, 16 outbreaks were "
        "reported in all of 2024. Of the 483 cases, 157 were in children.",
        fact("five", date="2025-03-27"), fact("16", date="2024"),
        fact("483", date="2025-03-27"), fact("157", date="2025-03-27"), published="2025-03-28"),
    row("Sales rose 5% in 2024. By comparison, they fell 2% in 2023. Profit was $3 billion.",
        fact("5%", date="2024"), fact("2%", date="2023"), fact("$3 billion", date="2024"),
        published="2025-03-28"),
    row("Sales rose 5% in 2024. In comparison with rivals, exports fell 2% in 2023. Profit was "
        "$3 billion.",
        fact("5%", date="2024"), fact("2%", date="2023"), fact("$3 billion", date="2024"),
        published="2025-03-28"),
    # counter-row: a plain sentence hands its period on
    row("Sales rose 5% in 2024. They fell 2% in 2023. Profit was $3 billion.",
        fact("5%", date="2024"), fact("2%", date="2023"), fact("$3 billion", date="2023"),
        published="2025-03-28"),
])  # fmt: skip

HYPHENATED_QUARTERS: list[Case] = numbered("periods-hyphenated-quarters", [
    # "December-quarter revenue": a quarter named by its last month, hyphenated as a modifier
    row("Delta expects December-quarter revenue to rise 2% to 4% from a year earlier.",
        fact("2%", date="2024-Q4", change=chg("increase", 2, "percent", "2023-Q4")),
        fact("4%", date="2024-Q4", change=chg("increase", 4, "percent", "2023-Q4")),
        published="2024-10-10"),
    row("Revenue in the June-quarter 2024 rose 3%.", fact("3%", date="2024-Q2")),
    row("Sales rose 4% in the September-quarter.", fact("4%", date="2024-Q3"),
        published="2024-10-10"),
    row("Sales rose 4% in the September quarter.", fact("4%", date="2024-Q3"),
        published="2024-10-10"),
])  # fmt: skip

HEADLINES: list[Case] = numbered("periods-headline", [
    # a headline change takes the date of the same change in the body; a holiday is no period;
    # a day in a past-before-the-past clause is background
    row("US crude stocks tumble 12.2 million barrels as holiday driving season peaks\n\n"
        "NEW YORK, July 3 - Commercial crude stocks fell by 12.2 million barrels in the week "
        "ended June 28 to 448.5 million barrels. Data from the American Petroleum Institute on "
        "Tuesday had shown a decline of 9.2 million barrels. The report came a day early because "
        "of the July 4 holiday. Refinery runs rose to 17.1 million bpd.",
        fact("12.2 million barrels", date="2024-06-22/2024-06-28"),
        fact("448.5 million barrels", date="2024-06-28"),
        fact("9.2 million barrels"),
        fact("17.1 million bpd", date="2024-06-22/2024-06-28"), published="2024-07-03"),
    row("Full-time pay climbs to $1,888.80 a week\n\nCANBERRA — Australians working full time "
        "earned an average of $1,888.80 a week in November 2023.",
        fact("$1,888.80", date="2023-11"), fact("$1,888.80", date="2023-11"),
        published="2024-02-22"),
    row("5.5 billion people now online, ITU says\n\nGENEVA — Some 68% of the world's population "
        "uses the internet in 2024, up from 65% in 2023.",
        fact("5.5 billion", date="2024"), fact("68%", date="2024"), fact("65%", date="2023"),
        published="2024-11-27"),
    row("Jobless rate slips to 5.7% in January\n\nOTTAWA — Canada's jobless rate fell to 5.7% "
        "in January.",
        fact("5.7%", date="2024-01"), fact("5.7%", date="2024-01"), published="2024-02-09"),
])  # fmt: skip

FISCAL_NAMING: list[Case] = numbered("periods-fiscal-naming", [
    # Japan names a fiscal year by the year it starts in; elsewhere, and where the text names
    # years by their end, by the year it ends in
    row("TOKYO - The Bank of Japan cut its forecast for core inflation for fiscal 2024 to 2.5%. "
        "It raised its projection for fiscal 2025 to 2.1%.",
        fact("2.5%", date="2024-04/2025-03"), fact("2.1%", date="2025-04/2026-03"),
        published="2024-07-31"),
    row("Japan's government expects the economy to grow 1.3% in fiscal 2024, which runs from "
        "April to March.",
        fact("1.3%", date="2024-04/2025-03"), published="2024-01-26"),
    # "the current fiscal year to 0.5%": "to" before a figure names no end month
    row("TOKYO - The Bank of Japan trimmed its growth estimate for the current fiscal year to "
        "0.5% and lifted its core inflation forecast for fiscal 2025 to 2.4%.",
        fact("0.5%"), fact("2.4%", date="2025-04/2026-03"), published="2025-01-24"),
    row("Toyota said profit rose to 5.35 trillion yen in the fiscal year ended March 2024. For "
        "fiscal 2025 it expects 4.3 trillion yen.",
        fact("5.35 trillion yen", date="2023-04/2024-03"),
        fact("4.3 trillion yen", date="2024-04/2025-03"), published="2024-05-08"),
    row("India's fiscal deficit for fiscal 2024 was 5.6% of GDP.",
        fact("5.6%", date="2023-04/2024-03"), published="2024-05-31"),
])  # fmt: skip

RELATIVE_YEARS: list[Case] = numbered("periods-relative-year", [
    # a period without a year takes "this year" / "of last year" written after it
    row("Gross margin was 18.0% in the second quarter of this year.",
        fact("18.0%", date="2024-Q2"), published="2024-10-23"),
    row("Sales fell 3% in the first half of last year.",
        fact("3%", date="2023-01/2023-06"), published="2024-10-23"),
    row("In March this year, prices rose 0.4%.", fact("0.4%", date="2024-03"),
        published="2024-10-23"),
    row("GDP grew 0.6% in the fourth quarter of last year.", fact("0.6%", date="2023-Q4"),
        published="2024-10-23"),
    row("Operating margin reached 10.8% in the third quarter of 2024, compared with 18.0% in the "
        "second quarter of this year. Revenue rose 8%.",
        fact("10.8%", date="2024-Q3"), fact("18.0%", date="2024-Q2"), fact("8%", date="2024-Q3"),
        published="2024-10-23"),
])  # fmt: skip

NUMBERED_WEEKS: list[Case] = numbered("periods-numbered-weeks", [
    # "week 52" is a period (the ISO week, Monday to Sunday), not a figure; without a year, the
    # latest such week begun by publication; "the week before" / "the previous week" step back
    row("Flu positivity rose to 29.5% in week 52 from 26.4% in week 51 and 21.7% in week 50.",
        fact("29.5%", date="2024-12-23/2024-12-29",
             change=chg("increase", None, None, "2024-12-16/2024-12-22")),
        fact("26.4%", date="2024-12-16/2024-12-22"), fact("21.7%", date="2024-12-09/2024-12-15"),
        published="2025-01-03"),
    row("Cases rose 12% in week 3 of 2025.",
        fact("12%", date="2025-01-13/2025-01-19"), published="2025-02-10"),
    row("Flu positivity was 29.5% in week 52. The admission rate jumped to 14.09 per 100,000 "
        "people from 10.69 per 100,000 the week before.",
        fact("29.5%"),
        fact("14.09 per 100,000", unit="per_hundred_thousand", date="2024-12-23/2024-12-29",
             change=chg("increase", None, None, "2024-12-16/2024-12-22")),
        fact("10.69 per 100,000", date="2024-12-16/2024-12-22"), published="2025-01-03"),
    row("Flu positivity was 29.5% in week 52. Positivity in hospitals fell to 2.5% from 2.9% in "
        "the previous week.",
        fact("29.5%"), fact("2.5%", change=chg("decrease", None, None, "2024-12-16/2024-12-22")),
        fact("2.9%", date="2024-12-16/2024-12-22"), published="2025-01-03"),
    row("Gasoline stocks rose to 230 million barrels in the week ended July 4 from 228 million "
        "barrels the week before.",
        fact("230 million barrels", date="2025-07-04"),
        fact("228 million barrels", date="2025-06-27"), published="2025-07-09"),
    # counter-row: a count of weeks is a duration, a number before "votes" a count
    row("The measure passed with 52 votes after 12 weeks of debate.",
        fact("52", metric="votes"), published="2025-01-03"),
])  # fmt: skip

TRADED_QUOTES: list[Case] = numbered("periods-traded-quotes", [
    # a quote of a traded instrument in a report on a period is the day of trading: crude
    # benchmarks, a company's shares, a bond yield, a futures contract
    row("Inventories fell 5.1 million barrels in the week to Nov. 29. Brent settled $1.31 lower "
        "at $72.31 a barrel.",
        fact("5.1 million barrels", date="2024-11-23/2024-11-29"),
        fact("$72.31", date="2024-12-04"),
        published="2024-12-04"),
    row("Net income rose 50% to $14 billion in the fourth quarter. JPMorgan shares closed up 2% "
        "at $252.35, a record high.",
        fact("$14 billion", date="2024-Q4"), fact("$252.35", date="2025-01-15"),
        published="2025-01-15"),
    row("Prices rose 2.2% in November. Germany's two-year Schatz yield edged up 3 basis points "
        "to 2.06%.",
        fact("2.2%", date="2024-11"), fact("2.06%", date="2024-12-12"), published="2024-12-12"),
    row("Storage rose 55 Bcf in the week to Sept. 12. The October NYMEX contract settled 7 "
        "cents higher at $3.100.",
        fact("55 Bcf", date="2025-09-06/2025-09-12"), fact("$3.100", date="2025-09-17"),
        published="2025-09-17"),
    # the stock of something is no traded stock; a crop's yield is no bond yield
    row("Starts fell 1.8% in November. The stock of homes under construction shrank to about "
        "1.47 million units.",
        fact("1.8%", date="2024-11"), fact("1.47 million", date="2024-11"),
        published="2024-12-18"),
    row("Wheat prices fell 0.8% from July. Wheat export prices declined.",
        fact("0.8%", change=chg("decrease", "0.8", "percent", "2025-07")),
        published="2025-09-05"),
    row("USDA raised its soybean yield forecast to 53.5 bushels per acre in September.",
        fact("53.5 bushels per acre", date="2025-09"), published="2025-09-12"),
])  # fmt: skip

FISCAL_CLAUSES: list[Case] = numbered("periods-fiscal-clauses", [
    # a relative clause that closes a fiscal year sets the document's calendar, named by the
    # year it ends in unless the clause says otherwise
    row("For fiscal 2025, which ends in January 2026, Target expects sales growth of about 1%.",
        fact("1%", date="2025-02/2026-01"), published="2025-05-21"),
    row("Oracle expects revenue of $67 billion in fiscal 2026, which ends in May.",
        fact("$67 billion", date="2025-06/2026-05"), published="2025-06-12"),
    row("Costco's sales in fiscal 2025, which ended Aug. 31, rose 8% to $270 billion.",
        fact("$270 billion", date="2024-09/2025-08"), published="2025-10-01"),
    # a period ending in a month's first week is named by the month before
    row("Comparable sales fell 3.8% in the three months ended May 3 from a year earlier.",
        fact("3.8%", date="2025-02/2025-04",
             change=chg("decrease", "3.8", "percent", "2024-02/2024-04")),
        published="2025-05-21"),
    row("Revenue rose 6% in the three months ended Feb. 1, 2025.",
        fact("6%", date="2024-11/2025-01"), published="2025-03-05"),
    row("Revenue rose 6% in the three months ended June 30.",
        fact("6%", date="2025-Q2"), published="2025-07-30"),
])  # fmt: skip

LEAP_WINDOWS: list[Case] = numbered("periods-leap-windows", [
    # a span counted back from a day without a year counts February 29 once the year is known
    row("In the week to March 3, 2,407 new cases were reported.",
        fact("2,407", date="2024-02-26/2024-03-03"), published="2024-03-14"),
    row("In the week to March 3, 2,407 new cases were reported.",
        fact("2,407", date="2025-02-25/2025-03-03"), published="2025-03-14"),
    row("In the 28 days to March 3, 2,407 new cases were reported.",
        fact("2,407", date="2024-02-05/2024-03-03"), published="2024-03-14"),
    row("In the 28 days to March 3, 2,407 new cases were reported.",
        fact("2,407", date="2025-02-04/2025-03-03"), published="2025-03-14"),
])  # fmt: skip

CROP_CALENDARS: list[Case] = numbered("periods-crop-calendars", [
    # a text that says when its marketing years run dates "2025/26" by that calendar
    row("USDA's wheat estimates cover marketing years that run from June through May. World "
        "wheat ending stocks for 2025/26 are projected at 262.8 million metric tons.",
        fact("262.8 million metric tons", date="2025-06/2026-05"), published="2025-06-12"),
    row("The 2024/25 marketing year, which runs from September through August, ended with "
        "stocks of 1.3 billion bushels.",
        fact("1.3 billion bushels", date="2024-09/2025-08"), published="2025-09-12"),
    # each crop whose year the text states keeps its own calendar in the sentences naming it
    row("USDA's wheat estimates cover marketing years that run from June through May, and its "
        "corn estimates years that run from September through August. World wheat stocks for "
        "2025/26 are projected at 262.8 million tons. World corn stocks for 2025/26 are seen at "
        "275.2 million tons.",
        fact("262.8 million tons", date="2025-06/2026-05"),
        fact("275.2 million tons", date="2025-09/2026-08"), published="2025-06-12"),
    # the same calendars stated without "that" or "which", one of them gapped
    row("USDA's soybean marketing year runs from September through August, and its cotton year "
        "from August through July. Soybean exports for 2025/26 are seen at 1.7 billion bushels. "
        "Cotton exports for 2025/26 were reduced to 12.0 million bales.",
        fact("1.7 billion bushels", date="2025-09/2026-08"),
        fact("12.0 million", date="2025-08/2026-07"), published="2025-08-12"),
    row("For corn, whose marketing year begins in September, the department put 2025/26 "
        "production at 15.820 billion bushels.",
        fact("15.820 billion bushels", date="2025-09/2026-08"), published="2025-08-12"),
])  # fmt: skip

WEEK_END_STOCKS: list[Case] = numbered("periods-week-end-stocks", [
    # a stock a weekly report counts stands on the week's last day, compared with the last day
    # of the week before; what flowed over the week keeps the week
    row("In the week ended Feb. 7, East stocks fell 29 bcf from the previous week to 569 bcf.",
        fact("569 bcf", date="2020-02-07",
             change=chg("decrease", 29000000000, "cubic_foot", "2020-01-31")),
        published="2020-02-13"),
    row("Commercial crude stocks fell 5.1 million barrels to 423.4 million barrels in the week to "
        "Nov. 29, while the build in gasoline inventories was 2.4 million barrels.",
        fact("423.4 million barrels", date="2024-11-29"),
        fact("2.4 million barrels", date="2024-11-23/2024-11-29"), published="2024-12-04"),
    row("Refinery runs averaged 16.9 million barrels per day in the week to Nov. 29.",
        fact("16.9 million barrels per day", date="2024-11-23/2024-11-29"),
        published="2024-12-04"),
])  # fmt: skip

PERIOD_ANAPHORS_PAST_EARLIER_VALUES: list[Case] = numbered("periods-anaphors-past-earlier", [
    # "over the period" points back to the period of the figures, not to an earlier value's
    row("In January-September 2025, the surplus narrowed to €128.7 billion, down from €134.3 "
        "billion in January-September 2024. Exports over the period grew 3.1% from a year "
        "earlier to €2,204.2 billion.",
        fact("€128.7 billion", date="2025-01/2025-09"),
        fact("€134.3 billion", date="2024-01/2024-09"),
        fact("€2,204.2 billion", date="2025-01/2025-09",
             change=chg("increase", "3.1", "percent", "2024-01/2024-09")),
        published="2025-11-14"),
])  # fmt: skip

STATED_SEASONS: list[Case] = numbered("periods-stated-seasons", [
    # a split year with the months it runs written out keeps those months
    row("USDA raised its forecast for Australia's wheat crop in the 2025/26 July-June season to "
        "34.5 million tonnes from 31.0 million tonnes last month.",
        fact("34.5 million tonnes", date="2025-07/2026-06"),
        fact("31.0 million tonnes", date="2025-07/2026-06"), published="2025-09-12"),
    row("Output in the 2024/25 October-September marketing year is put at 1.2 million tonnes.",
        fact("1.2 million tonnes", date="2024-10/2025-09"), published="2025-09-12"),
    row("Exports in the 2024-25 June-May crop year reached 3.1 million tonnes.",
        fact("3.1 million tonnes", date="2024-06/2025-05"), published="2025-09-12"),
    # counter-row: without its months a split year stays on the default fiscal calendar
    row("Sugar output in the 2024-25 season is put at 1.2 million tonnes.",
        fact("1.2 million tonnes", date="2024-04/2025-03"), published="2025-09-12"),
])  # fmt: skip

FULL_YEARS: list[Case] = numbered("periods-full-years", [
    # (a change attached to a level is no fact of its own)
    # "full-year" before a noun is the year of the period in force, or on a stated fiscal
    # calendar the fiscal year: the one running at publication in a forecast, else the one
    # that has ended
    row("Rio now expects full-year copper output at 780,000 to 850,000 tonnes.",
        fact("780,000", date="2025"), fact("850,000 tonnes", date="2025"),
        published="2025-07-16"),
    row("Second-quarter output rose 5% to 10 million tonnes, and full-year output is seen at 40 "
        "million tonnes.",
        fact("10 million tonnes", date="2025-Q2"), fact("40 million tonnes", date="2025"),
        published="2025-07-16"),
    row("Toyota Motor Corp on Thursday cut its full-year operating profit forecast by 16%. It "
        "now expects operating profit of 3.2 trillion yen for the year ending March 2026.",
        fact("16%", date="2025-04/2026-03"), fact("3.2 trillion yen", date="2025-04/2026-03"),
        published="2025-08-07"),
    row("BHP full-year profit falls 26% to US$10.2 billion\n\nUnderlying profit fell 26% to "
        "US$10.2 billion in the year ended 30 June 2025.",
        fact("US$10.2 billion", date="2024-07/2025-06"),
        fact("US$10.2 billion", date="2024-07/2025-06"),
        published="2025-08-19"),
    # a quarter said to end early in a month ("the three months ended Nov. 1") ends the
    # month before: the fiscal year ends in January
    row("Target reported a 2.7% drop in comparable sales for its third quarter. In the three "
        "months ended Nov. 1, comparable store sales declined 3.8% from a year earlier. For "
        "fiscal 2025, which ends in January 2026, Target now expects adjusted earnings of $7.00 "
        "to $8.00 per share.",
        fact("2.7%", date="2025-08/2025-10"), fact("3.8%", date="2025-08/2025-10"),
        fact("$7.00", date="2025-02/2026-01"), fact("$8.00", date="2025-02/2026-01"),
        published="2025-11-19"),
    # a split year closed by a month no government closes its year with is a company's: its
    # quarters are its own
    row("Tesco reported stronger sales in the first quarter. Like-for-like sales rose 5.1% in "
        "the first quarter. It expects profit of £2.7 billion for the 2025/26 financial year, "
        "which ends in February.",
        fact("5.1%", date="2025-03/2025-05"), fact("£2.7 billion", date="2025-03/2026-02"),
        published="2025-06-12"),
    # a done deed after a forecast keeps its past period
    row("Meta Platforms forecast third-quarter revenue well above Wall Street estimates on "
        "Wednesday after posting a 22% jump in second-quarter sales.",
        fact("22%", date="2025-Q2"), published="2025-07-30"),
    # a count "in 2025 as of July 1" or "this year" as of a day stands on that day
    row("The CDC reported 1,267 confirmed measles cases in 2025 as of July 1, up from 1,214 two "
        "weeks earlier.",
        fact("1,267", date="2025-07-01", change=chg("increase", None, None, "2025-06-17")),
        fact("1,214", date="2025-06-17"), published="2025-07-07"),
    row("As of July 1, the CDC had reported 1,267 cases this year.",
        fact("1,267", date="2025-07-01"), published="2025-07-07"),
    # "full-year" before a year is that year
    row("Full-year 2024 revenue was $5 billion.", fact("$5 billion", date="2024"),
        published="2025-02-10"),
])  # fmt: skip

BETWEEN_PAIRS: list[Case] = numbered("periods-between-pairs", [
    # a change "between" two periods of their own: the second is its date, the first its
    # comparison period
    row("Mobile data traffic grew 20% between the third quarter of 2024 and the third quarter of "
        "2025.",
        fact("20%", date="2025-Q3", change=chg("increase", 20, "percent", "2024-Q3")),
        published="2025-12-02"),
    row("Traffic grew 20% between 2024 and 2025.",
        fact("20%", date="2025", change=chg("increase", 20, "percent", "2024")),
        published="2025-12-02"),
    row("Employment rose by 200,000 between March 2024 and March 2025.",
        fact("200,000", date="2025-03", change=chg("increase", 200000, "count", "2024-03")),
        published="2025-12-02"),
    row("Output rose 3% between the second and third quarters.",
        fact("3%", date="2025-Q3", change=chg("increase", 3, "percent", "2025-Q2")),
        published="2025-12-02"),
])  # fmt: skip

PERIODS: list[Case] = (
    YEAR_BEFORE_FISCAL
    + FISCAL_QUARTERS_STATED
    + COMPARISON_SENTENCES
    + HYPHENATED_QUARTERS
    + RELATIVE_YEARS
    + FISCAL_NAMING
    + NEW_GRID
    + HAND
    + REFERENCES
    + CLAUSES
    + FISCAL
    + EVENTS
    + MARKETING_YEARS
    + WHOLE_YEAR
    + HEADLINES
    + ANAPHORS
    + FORECAST_PERIODS
    + SAME_PERIODS
    + PROJECTIONS
    + MARKET_DAYS
    + DAY_RANGES
    + PERIOD_ANAPHORS
    + NAMED_RELATIVE_MONTHS
    + NUMBERED_WEEKS
    + TRADED_QUOTES
    + FISCAL_CLAUSES
    + LEAP_WINDOWS
    + CROP_CALENDARS
    + WEEK_END_STOCKS
    + PERIOD_ANAPHORS_PAST_EARLIER_VALUES
    + STATED_SEASONS
    + FULL_YEARS
    + BETWEEN_PAIRS
)
