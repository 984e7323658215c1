"""Layout and document context: list markers, footnote marks, headings, datelines, currency."""

from __future__ import annotations

from cases.case import Case, chg, fact, numbered, row

MARKERS: list[Case] = numbered("layout-marker", [
    row("1. Employment rose by 48,300 to 9.1 million in March 2024.",
        fact("9.1 million", value=9100000, metric="employment", date="2024-03",
             change=chg("increase", 48300, "count"))),
    row("2) Retail sales fell 1.2% in March 2024.",
        fact("1.2%", value=None, metric="retail sales", date="2024-03",
             change=chg("decrease", "1.2", "percent"))),
    row("2. Main points\n\nGDP grew by 0.3% in Quarter 2 (Apr to June) 2021.",
        fact("0.3%", value=None, metric="GDP", date="2021-Q2",
             change=chg("increase", "0.3", "percent"))),
    row("3.1.1 Unemployment\n\nThe unemployment rate was 4.2% in July 2024.",
        fact("4.2%", value="4.2", metric="unemployment rate", date="2024-07")),
    row("(a) Exports rose 3.2% in May 2024.",
        fact("3.2%", value=None, metric="exports", date="2024-05",
             change=chg("increase", "3.2", "percent"))),
    row("Section 4: Prices\nConsumer prices rose 2.9% in the year to June 2024.",
        fact("2.9%", value=None, metric="consumer prices", date="2024-06",
             change=chg("increase", "2.9", "percent", "2023-06"))),
    row("• Household debt reached $17.7 trillion at the end of 2023.",
        fact("$17.7 trillion", value=17700000000000, unit="USD", metric="household debt",
             date="2023-12")),
    row("- Vacancies fell to 898,000 in the three months to March 2024.",
        fact("898,000", value=898000, metric="vacancies", date="2024-01/2024-03")),
])  # fmt: skip

FOOTNOTES: list[Case] = numbered("layout-footnote", [
    row("The population reached 4.8** million in 2023.",
        fact("4.8** million", value=4800000, metric="population", date="2023")),
    row("Exports rose 3.2%[2] in May 2024.",
        fact("3.2%", value=None, metric="exports", date="2024-05",
             change=chg("increase", "3.2", "percent"))),
    row("Exports rose 3.2% [2] in May 2024, while imports fell 1.1% [3].",
        fact("3.2%", value=None, date="2024-05", change=chg("increase", "3.2", "percent")),
        fact("1.1%", value=None, date="2024-05", change=chg("decrease", "1.1", "percent"))),
    row("GDP grew 0.6% (p) in the first quarter of 2024.",
        fact("0.6%", value=None, metric="GDP", date="2024-Q1",
             change=chg("increase", "0.6", "percent"))),
    row("Net migration was 685,000 (r) in the year ending December 2023.",
        fact("685,000", value=685000, metric="net migration", date="2023-01/2023-12")),
    row("Employment was 33.0 million* in the quarter.",
        fact("33.0 million", value=33000000, metric="employment")),
    row("Inflation eased to 3.2%(1) in March 2024.",
        fact("3.2%", value="3.2", metric="inflation", date="2024-03")),
])  # fmt: skip

DATELINES: list[Case] = numbered("layout-dateline", [
    row("WASHINGTON, Jan 5 (Reuters) - U.S. employers added 216,000 jobs in December, the "
        "Labor Department said on Friday.",
        fact("216,000", value=None, metric="jobs", date="2023-12",
             change=chg("increase", 216000, "count")),
        published="2024-01-05"),
    row("LONDON, March 12 (Reuters) - Britain's unemployment rate rose to 3.9% in the three "
        "months to January.",
        fact("3.9%", value="3.9", metric="unemployment rate", date="2023-11/2024-01",
             change=chg("increase")),
        published="2024-03-12"),
    row("OTTAWA, Feb 9 (Reuters) -- Canada's jobless rate fell to 5.7% in January.",
        fact("5.7%", value="5.7", metric="jobless rate", date="2024-01",
             change=chg("decrease")),
        published="2024-02-09"),
    row("TOKYO (AP) — Japan's population fell by 837,000 in 2023.",
        fact("837,000", value=None, metric="population", date="2023",
             change=chg("decrease", 837000, "count")),
        published="2024-04-12"),
    row("BERLIN, April 30 - German inflation held steady at 2.2% in April, data showed.\n\n"
        "Prices rose 0.5% month-on-month.",
        fact("2.2%", value="2.2", metric="inflation", date="2024-04", change=chg("unchanged")),
        fact("0.5%", value=None, metric="prices", date="2024-04",
             change=chg("increase", "0.5", "percent", "2024-03")),
        published="2024-04-30"),
    row("NEW DELHI, Aug 12: India's retail inflation eased to 3.54% in July.",
        fact("3.54%", value="3.54", metric="retail inflation", date="2024-07",
             change=chg("decrease")),
        published="2024-08-12"),
])  # fmt: skip

HEADINGS: list[Case] = numbered("layout-heading", [
    row("Quarter 3 2022\n\nEmployment rose by 0.2% in Quarter 3 (July to Sept) 2022.",
        fact("0.2%", value=None, metric="employment", date="2022-Q3",
             change=chg("increase", "0.2", "percent"))),
    row("MARCH 2019 Total\n\nThe index stood at 104.2 in March 2019.",
        fact("104.2", value="104.2", metric="index", date="2019-03", change=None)),
    row("Table 2: Labour market, March 2024\n\nThe employment rate was 74.5%.",
        fact("74.5%", value="74.5", metric="employment rate")),
    row("Figure 3. Unemployment fell to 4.1% in May 2024.",
        fact("4.1%", value="4.1", metric="unemployment", date="2024-05",
             change=chg("decrease"))),
])  # fmt: skip

CURRENCY: list[Case] = numbered("layout-currency", [
    row("Stats NZ said exports rose $1.2 billion to $6.1 billion in May 2024.",
        fact("$6.1 billion", value=6100000000, unit="NZD", metric="exports",
             change=chg("increase", 1200000000, "NZD"))),
    row("Exports rose NZ$1.2 billion to NZ$6.1 billion in May 2024.",
        fact("NZ$6.1 billion", value=6100000000, unit="NZD",
             change=chg("increase", 1200000000, "NZD"))),
    row("The Australian Bureau of Statistics said retail turnover rose to $36.1 billion in "
        "March 2024.",
        fact("$36.1 billion", value=36100000000, unit="AUD")),
    row("Retail turnover rose to A$36.1 billion in March 2024.",
        fact("A$36.1 billion", value=36100000000, unit="AUD")),
    row("Statistics Canada said retail sales fell 0.1% to $66.4 billion in January 2024.",
        fact("$66.4 billion", value=66400000000, unit="CAD",
             change=chg("decrease", "0.1", "percent"))),
    row("The Bank of Canada said household debt reached $2.9 trillion.",
        fact("$2.9 trillion", value=2900000000000, unit="CAD")),
    row("Sales reached C$66.4 billion in January 2024.",
        fact("C$66.4 billion", value=66400000000, unit="CAD")),
    row("Hong Kong's government forecast a deficit of HK$48.1 billion.",
        fact("HK$48.1 billion", value=48100000000, unit="HKD")),
    row("Singapore's budget set aside S$1.3 billion for the scheme.",
        fact("S$1.3 billion", value=1300000000, unit="SGD")),
    row("The New Zealand government will borrow $12 billion, Treasury said. The figure is in "
        "New Zealand dollars.",
        fact("$12 billion", value=12000000000, unit="NZD")),
    row("The Reserve Bank of Australia said the scheme cost $5 billion, while US investors put "
        "in US$2 billion.",
        fact("$5 billion", unit="AUD"), fact("US$2 billion", unit="USD")),
    row("The company reported revenue of $5 billion in 2023.",
        fact("$5 billion", value=5000000000, unit="USD")),
    row("Australian retailers sold $36.1 billion of goods in March 2024, the Australian Bureau "
        "of Statistics said.",
        fact("$36.1 billion", unit="AUD")),
    # a local sign beside bare "$" amounts sets them apart: alone it does not make "$" local
    row("HSBC's net interest income was $8.6 billion. Its Hong Kong-listed shares closed at "
        "HK$72.05.",
        fact("$8.6 billion", unit="USD"), fact("HK$72.05", unit="HKD")),
    row("Fonterra paid out NZ$1.1 billion, while Chinese buyers spent $3 billion.",
        fact("NZ$1.1 billion", unit="NZD"), fact("$3 billion", unit="USD")),
    row("Stats NZ said exports rose to $6.1 billion, or NZ$6.1 billion.",
        fact("$6.1 billion", unit="NZD"), fact("NZ$6.1 billion", unit="NZD")),
])  # fmt: skip

# a first line naming where the figures come from is a citation: no figures, no period in force
SOURCE_LINES: list[Case] = numbered("layout-source-line", [
    row("Figures: The Goldman Sachs Group, Earnings Per Common Share of $40.54, 15 January "
        "2025.\n\nGoldman profit jumps\n\nNet revenues rose 23% to $13.87 billion in the fourth "
        "quarter.\n\nEquities revenue jumped 32% to $3.45 billion.",
        fact("$13.87 billion", date="2024-Q4"), fact("$3.45 billion", date="2024-Q4"),
        published="2025-01-15"),
    row("Source: Bureau of Economic Analysis, GDP, January 30, 2025.\n\nGDP increased at a 2.3% "
        "rate last quarter.\n\nFor 2024 as a whole, GDP expanded 2.8%.\n\nConsumer spending "
        "grew at a 4.2% rate.",
        fact("2.3%", date="2024-Q4"), fact("2.8%", date="2024"), fact("4.2%", date="2024-Q4"),
        published="2025-01-30"),
])  # fmt: skip

LAYOUT: list[Case] = MARKERS + FOOTNOTES + DATELINES + HEADINGS + CURRENCY + SOURCE_LINES
