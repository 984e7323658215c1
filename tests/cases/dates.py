"""Dates: as-of dates, quarters, month spans, fiscal years, relative dates, carried periods."""

from __future__ import annotations

from cases.case import Case, chg, fact, numbered, row, slug

PERIOD_PHRASES: list[tuple[str, str]] = [
    ("as of December 2020", "2020-12"),
    ("in 2022", "2022"),
    ("in the fourth quarter of 2023", "2023-Q4"),
    ("in Q4 2023", "2023-Q4"),
    ("in the third quarter of 2023", "2023-Q3"),
    ("in the first quarter of 2024", "2024-Q1"),
    ("in October 2023", "2023-10"),
    ("at the end of 2020", "2020-12"),
    ("on 31 March 2023", "2023-03-31"),
    ("on March 31, 2023", "2023-03-31"),
    ("in the first half of 2023", "2023-01/2023-06"),
    ("in January-September 2023", "2023-01/2023-09"),
    ("in the first three quarters of 2023", "2023-01/2023-09"),
    ("in the first 11 months of 2023", "2023-01/2023-11"),
    ("in 2022-23", "2022-04/2023-03"),
    ("in FY24", "2023-04/2024-03"),
    ("in fiscal 2023-24", "2023-04/2024-03"),
    ("at the end of June 2024", "2024-06"),
    ("in the July-September quarter of 2023", "2023-07/2023-09"),
    ("in the three months to March 2024", "2024-01/2024-03"),
]

PERIOD_GRID: list[Case] = [
    case
    for phrase, date in PERIOD_PHRASES
    for case in (
        Case(
            slug("dates-after", phrase),
            f"The number of registered users was 48.2 million {phrase}.",
            [fact("48.2 million", value=48200000, unit="count", date=date)],
        ),
        Case(
            slug("dates-before", phrase),
            f"{phrase[0].upper()}{phrase[1:]}, the company's revenue reached $3.4 billion.",
            [fact("$3.4 billion", value=3400000000, unit="USD", date=date)],
        ),
    )
]

RELATIVE: list[Case] = numbered("dates-relative", [
    row("Retail sales rose 7.6% in April.",
        fact("7.6%", date="2024-04"), published="2024-05-15"),
    row("The company sold 2.1 million phones last year.",
        fact("2.1 million", value=2100000, date="2023"), published="2024-03-01"),
    row("Exports reached $310 billion last month.",
        fact("$310 billion", date="2024-04"), published="2024-05-10"),
    row("The firm expects to hire 3,000 people this year.",
        fact("3,000", value=3000, date="2024"), published="2024-02-20"),
    row("Inflation was 3.2% in March, the statistics office said.",
        fact("3.2%", value="3.2", date="2024-03"), published="2024-04-10"),
    row("Unemployment fell to 4.1% in the fourth quarter.",
        fact("4.1%", value="4.1", date="2023-Q4"), published="2024-02-14"),
    row("Sales rose 5% year-on-year in May.",
        fact("5%", date="2024-05", change=chg("increase", 5, "percent", "2023-05")),
        published="2024-06-17"),
    row("Output grew 2.1% month-on-month in February.",
        fact("2.1%", date="2024-02", change=chg("increase", "2.1", "percent", "2024-01")),
        published="2024-03-20"),
    row("Tourist arrivals topped 30 million in 2023, the ministry said on Tuesday.",
        fact("30 million", value=30000000, date="2023"), published="2024-01-09"),
    row("The country had 48,000 charging stations at the end of last year.",
        fact("48,000", value=48000, date="2023-12"), published="2024-04-02"),
])  # fmt: skip

CARRIED: list[Case] = numbered("dates-carried", [
    row("In October 2023, retail sales rose 7.6% year-on-year. Online sales grew 8.4%.",
        fact("7.6%", date="2023-10", change=chg("increase", "7.6", "percent", "2022-10")),
        fact("8.4%", date="2023-10")),
    row("As of December 2023, the country had 1.09 billion internet users. Mobile users numbered "
        "1.09 billion.",
        fact("1.09 billion", date="2023-12"), fact("1.09 billion", date="2023-12")),
    row("In 2023, GDP grew 5.2%. Per capita income reached 39,218 yuan.",
        fact("5.2%", date="2023"), fact("39,218 yuan", date="2023")),
    row("In the first quarter of 2024, exports rose 1.5%. Imports fell 5.7% in March.",
        fact("1.5%", date="2024-Q1"), fact("5.7%", date="2024-03")),
    row("Exports rose 5% from March 2023. Imports were $30 billion.",
        fact("5%", change=chg("increase", 5, "percent", "2023-03")),
        fact("$30 billion", date=None)),
    row("Prices were 3% higher than in January 2023. Wages rose 4.5%.",
        fact("3%", date=None), fact("4.5%", date=None)),
    row("The report was published on 5 March 2024. Sales rose 2.3%.",
        fact("2.3%", date=None)),
    row("In 2022-23, the state collected Rs 4.2 lakh crore in taxes. Spending rose 9%.",
        fact("Rs 4.2 lakh crore", date="2022-04/2023-03"), fact("9%", date="2022-04/2023-03")),
    row("In the third quarter of 2023 revenue rose 12% to $5.3 billion. Net income was $1.1 "
        "billion.",
        fact("$5.3 billion", date="2023-Q3"), fact("$1.1 billion", date="2023-Q3")),
    row("Births fell to 9.02 million in 2023. Deaths rose to 11.1 million.",
        fact("9.02 million", date="2023"), fact("11.1 million", date="2023")),
    # a figure's own period after "recorded in", or the period its bracket follows
    row("Output fell 3.0% in November 2023, a wider decline than the 2.6% drop recorded in "
        "October.",
        fact("3.0%", date="2023-11"), fact("2.6%", date="2023-10")),
    row("Exports reached $24.1 billion in May 2024, up 9% compared with May 2023 ($22.1 billion). "
        "Imports rose 2% to $19.5 billion.",
        fact("$24.1 billion", date="2024-05"), fact("$22.1 billion", date="2023-05"),
        fact("$19.5 billion", date="2024-05")),
    row("Sales grew 4% in 2023, slower than the 7% growth registered in 2022.",
        fact("4%", date="2023"), fact("7%", date="2022")),
    row("Exports grew 8% year on year in May 2024, faster than in April 2024, when they had "
        "risen 3% from a year earlier.",
        fact("8%", metric="exports", date="2024-05",
             change=chg("increase", "8", "percent", "2023-05")),
        fact("3%", metric="exports", date="2024-04",
             change=chg("increase", "3", "percent", "2023-04"))),
    row("Last year the jobless rate climbed steadily, from 5.1% in April to 5.8% in December.",
        fact("5.1%", date="2023-04"), fact("5.8%", date="2023-12"), published="2024-02-09"),
    row("In 2022, exports peaked at $3.6 trillion in March.",
        fact("$3.6 trillion", date="2022-03"), published="2024-02-09"),
    # amounts earned over "the year to March" span twelve months; prices and rates do not
    row("Operating profit rose 12% to $4.1 billion in the year to March 2024.",
        fact("$4.1 billion", date="2023-04/2024-03",
             change=chg("increase", "12", "percent", None))),
    row("For the year ending June 2025, the group expects revenue of $9 billion.",
        fact("$9 billion", date="2024-07/2025-06")),
    row("House prices rose 2.2% in the 12 months to July 2024.",
        fact("2.2%", date="2024-07", change=chg("increase", "2.2", "percent", "2023-07"))),
    row("The average rent climbed 5.1% in the year to March 2024, reaching $1,420.",
        fact("$1,420", date="2024-03", change=chg("increase", "5.1", "percent", "2023-03"))),
    # "on Tuesday" is read against the publication date; the day of a report is not a date
    row("The central bank raised its policy rate to 4.35% on Tuesday.",
        fact("4.35%", date="2023-11-07"), published="2023-11-08"),
    row("Brent crude settled at $84.20 a barrel on Friday.",
        fact("$84.20", date="2024-03-08"), published="2024-03-08"),
    row("Retail sales rose 5.5% in October 2023, the statistics bureau said on Wednesday.",
        fact("5.5%", date="2023-10"), published="2023-11-15"),
    # the day of the report (Thursday, May 2) is no date; nothing else is stated, so the figure
    # is as of publication
    row("The company said on Thursday its quarterly revenue rose 8% to $12 billion.",
        fact("$12 billion", metric="quarterly revenue", date="2024-05-03"),
        published="2024-05-03"),
    row("In March 2024, profit reached $9 billion, short of the $9.5 billion the group earned "
        "in 2021. Revenue rose 4% to $40 billion.",
        fact("$9 billion", date="2024-03"), fact("$9.5 billion", date="2021"),
        fact("$40 billion", date="2024-03")),
    row("The economy is projected to expand 5.0% this year and 4.2% next.",
        fact("5.0%", date="2023"), fact("4.2%", date="2024"), published="2023-10-10"),
    row("Shareholders will receive a year-end dividend of ¥45 a share.",
        fact("¥45", date=None)),
    row("The ¥4.99 trillion the group earned in the year to March 2021 is the record.",
        fact("¥4.99 trillion", date="2020-04/2021-03")),
    row("Inflation fell to 2.5% in February 2024 from 2.9% in January and 3.7% at the end of "
        "2023. Consumer prices rose 0.4% on the month.",
        fact("2.5%", date="2024-02"), fact("2.9%", date="2024-01"), fact("3.7%", date="2023-12"),
        fact("0.4%", date="2024-02")),
    row("Inflation was 2.5% in February 2024. The last time it was lower was in June 2021, when "
        "it stood at 2.4%. Prices rose 0.4% on the month.",
        fact("2.5%", date="2024-02"), fact("2.4%", date="2021-06"), fact("0.4%", date="2024-02")),
    row("Demand growth eased to 1.7 million bpd in the fourth quarter of 2023 from 3.2 million "
        "bpd in the second and third quarters.",
        fact("1.7 million bpd", date="2023-Q4"), fact("3.2 million bpd", date="2023-04/2023-09")),
    row("Food inflation dropped to 1.7% in March 2024 from 3.6% in February, extending a retreat "
        "from the double-digit rates of 2023. Services rose 3.0%.",
        fact("1.7%", date="2024-03"), fact("3.6%", date="2024-02"), fact("3.0%", date="2024-03")),
    row("Tobacco prices rose 10.7% in March 2024, as a steep increase in March 2023 fell out of "
        "the comparison. Energy rose 3.4%.",
        fact("10.7%", date="2024-03"), fact("3.4%", date="2024-03")),
    row("Employment rose by 22,000 to 16.7 million in the first quarter of 2024 from the fourth "
        "quarter.",
        fact("16.7 million", date="2024-Q1", change=chg("increase", "22000", "count", "2023-Q4"))),
    row("Services, energy and manufactured goods cooled in March 2024, with annual rates of 3.0%, "
        "3.4% and 0.1% respectively, down from 3.2%, 4.3% and 0.4% a month earlier.",
        fact("3.0%", metric="services", change=chg("decrease", None, None, "2024-02")),
        fact("3.4%", metric="energy", change=chg("decrease", None, None, "2024-02")),
        fact("0.1%", metric="manufactured goods", change=chg("decrease", None, None, "2024-02")),
        fact("3.2%", date="2024-02"), fact("4.3%", date="2024-02"), fact("0.4%", date="2024-02")),
    # a period that bounds an event ("before the end of 2019") is not the period in force
    row("The 2021 census counted 25.4 million people. About 850,000 migrants arrived before the "
        "end of 2019. Households averaged 2.5 people.",
        fact("25.4 million", date="2021"), fact("850,000"), fact("2.5", date="2021")),
    row("In 2021 the census counted 25.4 million people, although 1.2 million had left after "
        "March 2020. The median age was 38.",
        fact("25.4 million", date="2021"), fact("1.2 million"), fact("38", date="2021")),
    row("Unemployment stood at 4.1% in June 2024. It had not been that high until 2021, when the "
        "rate was 4.6%. Employment rose by 50,000.",
        fact("4.1%", date="2024-06"), fact("4.6%", date="2021"), fact("50,000", date="2024-06")),
    row("In the third quarter of 2023, sales reached $3.1 billion, although orders placed prior to "
        "2022 were excluded. Margins were 12%.",
        fact("$3.1 billion", date="2023-Q3"), fact("12%", date="2023-Q3")),
    # the report's own period, stated with another, stays in force
    row("GDP grew 0.2% in August 2024. Services grew by 0.1% in August, and also by 0.1% over "
        "the three months to August. Accountancy output rose 4.3%.",
        fact("0.2%", date="2024-08"), fact("0.1%", date="2024-08"),
        fact("0.1%", date="2024-06/2024-08"), fact("4.3%", date="2024-08")),
    row("Retail sales rose 0.5% in September 2024. Sales were up 1.1% in the third quarter and "
        "2.1% in September compared with a year earlier. Online sales rose 0.9%.",
        fact("0.5%", date="2024-09"), fact("1.1%", date="2024-Q3"), fact("2.1%", date="2024-09"),
        fact("0.9%", date="2024-09")),
    # nothing stated or in force: as of the publication day; a clause's own period is not
    # handed on
    row("The central bank lifted its policy rate to 0.25% from the 0.1% it set in March, when it "
        "ended negative rates. Seven of the nine board members backed the hike.",
        fact("0.25%"), fact("0.1%", date="2024-03"), fact("Seven", date="2024-07-31"),
        fact("nine", date="2024-07-31"), published="2024-07-31"),
    row("New Zealand has recorded 18,423 new community cases, the Ministry of Health said on "
        "Thursday. There are 913 people in hospital.",
        fact("18,423", date="2022-03-24"), fact("913", date="2022-03-24"),
        published="2022-03-24"),
    row("Households averaged 2.5 people.", fact("2.5", date="2021-06-28"),
        published="2021-06-28"),
    # a clause's own day ("Tuesday's close") is not the report's period, in later paragraphs too
    row("The FTSE 100 ended down 0.7% at 8,159.63. The gilt yield rose towards Tuesday's close "
        "of 4.32 per cent.\n\nSterling fell 0.4 per cent to $1.2985.",
        fact("8,159.63", date="2024-10-30"), fact("4.32 per cent", date="2024-10-29"),
        fact("$1.2985", date="2024-10-30"), published="2024-10-30"),
    # what came before ("after plunging ... in the 12 months to September") dates its own clause
    row("Inflation rose to 2.0% in October 2024. Gasoline prices were 4.0% lower than a year "
        "earlier, after plunging 10.7% in the 12 months to September. Shelter costs rose 4.8%.",
        fact("2.0%", date="2024-10"),
        fact("4.0%", date="2024-10", change=chg("decrease", 4, "percent", "2023-10")),
        fact("10.7%", date="2024-09"), fact("4.8%", date="2024-10"), published="2024-11-19"),
    row("The CPI rose 0.4% in October 2024, reversing a 0.4% drop in September. Food rose 0.2%.",
        fact("0.4%", date="2024-10"), fact("0.4%", date="2024-09"), fact("0.2%", date="2024-10"),
        published="2024-11-19"),
    # one month to the next is a step: the later month, compared with the first
    row("From September to October this year, gasoline prices edged up 0.7%, and drivers paid "
        "$1.55 a litre.",
        fact("0.7%", date="2024-10", change=chg("increase", "0.7", "percent", "2024-09")),
        fact("$1.55", date="2024-10"), published="2024-11-19"),
    row("Between March and May 2024, sales rose 3%.",
        fact("3%", date="2024-05", change=chg("increase", 3, "percent", "2024-03"))),
    # a figure bracketed after a reference period is that period's, and the reference is not
    # handed on; "the last time ..., when it stood at" is the rate named before
    row("Food inflation retreated to 3.6% in October 2024 from 4.7% in September, the lowest "
        "since November 2019 (3.5%). Bread prices fell 0.5% between September and October.",
        fact("3.6%", date="2024-10"), fact("4.7%", date="2024-09"),
        fact("3.5%", date="2019-11", metric="food inflation"), fact("0.5%", date="2024-10"),
        published="2024-11-20"),
    row("Annual consumer inflation slowed to 2.8% in October 2024. The last time it was lower "
        "was in June 2020, when it stood at 2.2%.",
        fact("2.8%", date="2024-10"),
        fact("2.2%", date="2020-06", metric="annual consumer inflation"),
        published="2024-11-20"),
    # a period set by a participle dates its own figure (and a range's low end) only; a
    # numbered index name is no year
    row("The Dow jumped 3.57% to 43,729.93, well above its previous closing high of 43,275.91 set "
        "on Oct. 18.",
        fact("43,729.93", date="2024-11-06"), fact("43,275.91", date="2024-10-18"),
        published="2024-11-06"),
    row("The previous range of 5.25%-5.50%, reached in July 2023, had been the highest in 23 "
        "years.",
        fact("5.25%", date="2023-07"), fact("5.50%", date="2023-07"), published="2024-09-18"),
    row("That would beat the previous record of 36.3 million tonnes, set in 2022, by about 1%.",
        fact("36.3 million tonnes", date="2022"), fact("1%"), published="2023-12-06"),
    row("The Russell 2000 surged 5.8% to 2,392.92.",
        fact("2,392.92", date="2024-11-06"), published="2024-11-06"),
    # "N% on a period" compares with it; "N% on July 31" is a day
    row("For the fourth quarter, the company forecast net sales of between $181.5 billion and "
        "$188.5 billion, growth of 7% to 11% on the fourth quarter of 2023.",
        fact("$181.5 billion", date="2024-Q4"), fact("$188.5 billion", date="2024-Q4"),
        fact("11%", date="2024-Q4"), published="2024-10-31"),
    row("Sales were up 5% on the first quarter of 2023 at $3 billion in the first quarter of 2024.",
        fact("$3 billion", date="2024-Q1", change=chg("increase", 5, "percent", "2023-Q1")),
        published="2024-05-31"),
    row("The Bank of Japan raised its policy rate to around 0.25% on July 31.",
        fact("0.25%", date="2024-07-31"), published="2024-08-05"),
    # a paragraph about months before the report's month ends with its paragraph
    row("Employers added 227,000 jobs in November 2024. Combined, employment in September and "
        "October was 56,000 higher than previously estimated.\n\nThe unemployment rate rose to "
        "4.2%.",
        fact("227,000", date="2024-11"), fact("56,000", date="2024-09/2024-10"),
        fact("4.2%", date="2024-11"), published="2024-12-06"),
])  # fmt: skip

MONTHS: list[str] = [
    "January", "February", "March", "April", "May", "June", "July", "August", "September",
    "October", "November", "December",
]  # fmt: skip


def month_before(year: int, month: int) -> str:
    """The ISO month before ``year``-``month``."""
    return f"{year - 1}-12" if month == 1 else f"{year}-{month - 1:02d}"


MONTH_GRID: list[Case] = [
    case
    for number, name in enumerate(MONTHS, start=1)
    for case in (
        Case(
            slug("dates-month-yoy", name),
            f"Consumer prices rose 2.1% year-on-year in {name} 2023.",
            [fact("2.1%", date=f"2023-{number:02d}",
                  change=chg("increase", "2.1", "percent", f"2022-{number:02d}"))],
        ),
        Case(
            slug("dates-month-mom", name),
            f"Industrial output fell 0.3% month-on-month in {name} 2024.",
            [fact("0.3%", date=f"2024-{number:02d}",
                  change=chg("decrease", "0.3", "percent", month_before(2024, number)))],
        ),
    )
]  # fmt: skip

QUARTER_NAMES: list[tuple[str, str, str]] = [
    ("first", "Q1", "January-March"),
    ("second", "Q2", "April-June"),
    ("third", "Q3", "July-September"),
    ("fourth", "Q4", "October-December"),
]

QUARTER_GRID: list[Case] = [
    case
    for number, (ordinal, short, months) in enumerate(QUARTER_NAMES, start=1)
    for case in (
        Case(
            slug("dates-quarter-qoq", ordinal),
            f"GDP grew 0.8% quarter-on-quarter in the {ordinal} quarter of 2023.",
            [fact("0.8%", date=f"2023-Q{number}",
                  change=chg("increase", "0.8", "percent",
                             f"2023-Q{number - 1}" if number > 1 else "2022-Q4"))],
        ),
        Case(
            slug("dates-quarter-short", short),
            f"Revenue was $7.2 billion in {short} 2023, up 4% year-on-year.",
            [fact("$7.2 billion", date=f"2023-Q{number}",
                  change=chg("increase", 4, "percent", f"2022-Q{number}"))],
        ),
        Case(
            slug("dates-quarter-months", short),
            f"Exports rose 3% in the {months} quarter of 2023.",
            [fact("3%", date=f"2023-{3 * number - 2:02d}/2023-{3 * number:02d}")],
        ),
    )
]  # fmt: skip

NAMED_STEPS: list[Case] = numbered("dates-named-step", [
    # a change noun named by its step compares with one step back, in lists too
    row("In the second quarter of 2024, the highest annual increases were recorded in Poland "
        "(+17.7%) and Bulgaria (+15.1%).",
        fact("+17.7%", change=chg("increase", "17.7", "percent", "2023-Q2")),
        fact("+15.1%", change=chg("increase", "15.1", "percent", "2023-Q2"))),
    row("In the second quarter of 2024, the only falls were in France (-0.2%), while the highest "
        "quarterly increases were in Croatia (+4.3%), Portugal (+3.9%) and Spain (+3.6%).",
        fact("-0.2%", change=chg("decrease", "0.2", "percent", None)),
        fact("+4.3%", change=chg("increase", "4.3", "percent", "2024-Q1")),
        fact("+3.9%", change=chg("increase", "3.9", "percent", "2024-Q1")),
        fact("+3.6%", change=chg("increase", "3.6", "percent", "2024-Q1"))),
    row("In March 2024, monthly price falls were largest in Latvia (-1.2%) and Estonia (-0.9%).",
        fact("-1.2%", change=chg("decrease", "1.2", "percent", "2024-02")),
        fact("-0.9%", change=chg("decrease", "0.9", "percent", "2024-02"))),
    row("In October 2023, the biggest year-on-year falls were in wheat (-12.5%) and maize "
        "(-8.1%).",
        fact("-12.5%", change=chg("decrease", "12.5", "percent", "2022-10")),
        fact("-8.1%", change=chg("decrease", "8.1", "percent", "2022-10"))),
    row("Annual house price increases in 2023 were steepest in Poland (+9.5%).",
        fact("+9.5%", change=chg("increase", "9.5", "percent", "2022"))),
    # the step characterises another figure, or the rate itself: no comparison period
    row("In September 2023 shelter was the largest contributor to the monthly rise, with the "
        "shelter index up 0.6 percent.",
        fact("0.6 percent", change=chg("increase", "0.6", "percent", None))),
    row("Employment rose 0.5% in June 2024, its fourth straight monthly increase.",
        fact("0.5%", change=chg("increase", "0.5", "percent", None))),
    row("Annual growth in regular pay slowed to 6.2% in December 2023.",
        fact("6.2%", change=chg("decrease", None, None, None))),
    row("Annual inflation increases to 5.57% in July 2024.",
        fact("5.57%", change=chg("increase", None, None, None))),
])  # fmt: skip

STEPS_BACK: list[Case] = numbered("dates-steps-back", [
    # "N units earlier/ago/before" after an earlier value, or opening a sentence, moves the
    # period in force back by that much, whatever the unit and count
    row("Stocks totalled 3,969 Bcf on Nov. 15, 2024, down from 3,972 Bcf a week earlier.",
        fact("3,969 Bcf", unit="cubic_foot", date="2024-11-15",
             change=chg("decrease", None, None, "2024-11-08")),
        fact("3,972 Bcf", unit="cubic_foot", date="2024-11-08")),
    row("Output was 9.2 million b/d in May 2024, up from 9.0 million b/d a month earlier.",
        fact("9.2 million b/d", date="2024-05", change=chg("increase", None, None, "2024-04")),
        fact("9.0 million b/d", unit="barrel_per_day", date="2024-04")),
    row("Unemployment fell to 6.4% in the third quarter of 2024, from 7.7% three months earlier.",
        fact("6.4%", date="2024-Q3", change=chg("decrease", None, None, "2024-Q2")),
        fact("7.7%", date="2024-Q2")),
    row("In June 2024 sales were $4.1 billion, up from $3.2 billion two years earlier.",
        fact("$4.1 billion", date="2024-06", change=chg("increase", None, None, "2022-06")),
        fact("$3.2 billion", date="2022-06")),
    row("Unemployment was 6.4% in the third quarter of 2024. Three months earlier it had been "
        "6.9%.",
        fact("6.4%", date="2024-Q3"), fact("6.9%", date="2024-Q2")),
    row("The index closed at 8,444.3 on Nov. 28, 2024. A day earlier it had closed at 8,406.7.",
        fact("8,444.3", date="2024-11-28"), fact("8,406.7", date="2024-11-27")),
    # when a report was made is not the period of its figures
    row("A week ago, the agency had reported 1.5 million cases for the 28 days to Aug. 20, 2023.",
        fact("1.5 million", date="2023-07-24/2023-08-20")),
    # a step finer than the period in force moves nothing
    row("Inflation is forecast at 2.8% in 2024, against 2.6% three months ago.",
        fact("2.8%", date="2024"), fact("2.6%", date="2024")),
    # a time forward from the period before; an earlier value after "a peak of"; a change noun
    # owns the period after it
    row("Inflation is projected at 2.2% in the fourth quarter of 2026 and 1.8% a year later.",
        fact("2.2%", date="2026-Q4"), fact("1.8%", date="2027-Q4")),
    row("Output was 5.1 million tonnes in 2023 and 5.4 million tonnes two years later.",
        fact("5.1 million tonnes", date="2023"), fact("5.4 million tonnes", date="2025")),
    row("Food price inflation slowed to 1.9% in September 2024 from a peak of 19.2% in March "
        "2023.",
        fact("1.9%", date="2024-09", change=chg("decrease", None, None, "2023-03")),
        fact("19.2%", date="2023-03")),
    row("The economy shrank 1.0% in the September 2024 quarter, after a 1.1% contraction in the "
        "June quarter.",
        fact("1.0%", date="2024-Q3"), fact("1.1%", date="2024-Q2"), published="2024-12-19"),
    # a change compared with a time back, or with a quarter named by its last month
    row("A further 66.4 million people were outside the labour force in the third quarter of "
        "2024, 0.4% fewer than three months earlier.",
        fact("66.4 million", date="2024-Q3", change=chg("decrease", "0.4", "percent", "2024-Q2"))),
    row("Exports in May 2024 were 3% higher than two months before.",
        fact("3%", date="2024-05", change=chg("increase", 3, "percent", "2024-03"))),
    row("The unemployment rate rose to 4.8 per cent in the September quarter of 2024, and "
        "employment fell 0.5 per cent from the June quarter.",
        fact("4.8 per cent", date="2024-Q3"),
        fact("0.5 per cent", date="2024-Q3", change=chg("decrease", "0.5", "percent", "2024-Q2"))),
])  # fmt: skip

# a period whose figures are being revised dates its own sentence only: the report's period
# stays in force for the sentences after it
REVISED_PERIODS: list[Case] = numbered("dates-revised-periods", [
    row("Housing starts rose to 1,353,000 units in June 2024. Data for May was revised up to "
        "1,314,000 units. Compared with June 2023, starts were down 4.4%.",
        fact("1,353,000", date="2024-06"), fact("1,314,000", date="2024-05"),
        fact("4.4%", date="2024-06", change=chg("decrease", "4.4", "percent", "2023-06"))),
    row("Payrolls rose by 227,000 in November 2024. The October figure was revised to 36,000. "
        "Wages rose 0.4%.",
        fact("227,000", date="2024-11"), fact("36,000", date="2024-10"),
        fact("0.4%", date="2024-11")),
    row("Retail sales rose 0.4% in October 2024. Sales for September had been revised higher, "
        "to 0.8%. Online sales climbed 1.1%.",
        fact("0.4%", date="2024-10"), fact("0.8%", date="2024-09"), fact("1.1%", date="2024-10")),
    # a day's report keeps a period a paragraph states, but not one more than a year back
    row("The bank cut its rate to 0.5% on Thursday. It raised its rate to a peak of 1.75% in "
        "June 2023.\n\nInflation stood at 0.7% in November, after 0.6% in October.",
        fact("0.5%", date="2024-12-12"), fact("1.75%", date="2023-06"),
        fact("0.7%", date="2024-11"), fact("0.6%", date="2024-10"), published="2024-12-12"),
    # a record a figure surpasses is background: its period dates that record only
    row("On Monday the Nikkei 225 plunged 4,451.28 points to close at 31,458.42, surpassing the "
        "3,836-point fall of October 1987. The Topix slumped 310.45 points to 2,227.15.",
        fact("31,458.42", date="2024-08-05"), fact("2,227.15", date="2024-08-05"),
        published="2024-08-05"),
    row("Exports hit $70 billion in March 2024, eclipsing the previous record of $68 billion "
        "set in December 2022. Imports were $60 billion.",
        fact("$70 billion", date="2024-03"), fact("$68 billion", date="2022-12"),
        fact("$60 billion", date="2024-03")),
    row("Sales reached 1,200 units in May 2024, beating the 1,150 units of May 2019.",
        fact("1,200", date="2024-05"), fact("1,150", date="2019-05")),
    # a period stated as the report's own, with no revision, is handed on
    row("Data for May 2024 showed exports of $5 billion. Imports were $4 billion.",
        fact("$5 billion", date="2024-05"), fact("$4 billion", date="2024-05")),
])  # fmt: skip

SPANS: list[Case] = numbered("dates-spans", [
    # "year-to-date", "so far this year": January to the month in force (or the report's)
    row("Housing starts rose 5% in September. Year-to-date starts were up 15% from the same "
        "period last year.",
        fact("5%", date="2024-09"),
        fact("15%", date="2024-01/2024-09",
             change=chg("increase", 15, "percent", "2023-01/2023-09")),
        published="2024-10-16"),
    row("Sales so far this year are 4.2% higher than a year earlier.",
        fact("4.2%", date="2024-01/2024-11"), published="2024-11-20"),
    # a level over a span compared with another figure keeps the span; a change across it
    # runs from its start
    row("Starts totalled 168,897 units between January and September, 2% more than the 165,559 "
        "in the same period of 2023.",
        fact("168,897", date="2024-01/2024-09"), fact("165,559", date="2023-01/2023-09"),
        published="2024-10-16"),
    row("Prices rose 2% between January and September.",
        fact("2%", date="2024-09", change=chg("increase", 2, "percent", "2024-01")),
        published="2024-10-16"),
    row("Between December 2022 and December 2023, their number grew by 401,000.",
        fact("401,000", date="2023-12", change=chg("increase", 401000, "count", "2022-12"))),
    # a change across a span from a day to the same day a year on: from its first day to its
    # last, however the span is written
    row("The U.S. population grew by 1.8 million, or 0.5%, between July 1, 2024, and July 1, "
        "2025, to 341.8 million.",
        fact("341.8 million", date="2025-07-01",
             change=chg("increase", 1800000, "count", "2024-07-01")),
        published="2026-01-27"),
    row("From July 1, 2023, to July 1, 2024, the population expanded by 1,271,872.",
        fact("1,271,872", date="2024-07-01",
             change=chg("increase", 1271872, "count", "2023-07-01")),
        published="2024-09-18"),
    row("Between July 1, 2023 and July 1, 2024, the population rose by 1.3 million to 41.3 "
        "million.",
        fact("41.3 million", date="2024-07-01",
             change=chg("increase", 1300000, "count", "2023-07-01")),
        published="2024-09-18"),
    # a count moved over "the 12 months to June" named first is dated by the twelve months; a
    # benchmark "since the year to mid-1978" dates nothing
    row("In the 12 months to June 2023, an estimated 1,084,000 people moved to England and Wales "
        "from outside the UK, while 462,000 emigrated.",
        fact("1,084,000", date="2022-07/2023-06", qualifier=None),
        fact("462,000", date="2022-07/2023-06"), published="2024-07-15"),
    row("The population rose 1% in the year to June 2023. Natural change was just 400, the "
        "lowest since the year to mid-1978. Births fell by 21,900 to 598,400.",
        fact("1%", date="2023-06"), fact("400", date="2023-06"), fact("598,400", date="2023-06"),
        published="2024-07-15"),
    # "the same months of 2023" opening a sentence is its comparison, not the months' year
    row("Nights rose 2% in the second quarter. Compared with the same months of 2023, nights "
        "fell 8.7% in April but rose 7.9% in May. In 10 EU countries, nights declined in the "
        "second quarter.",
        fact("2%", date="2024-Q2"),
        fact("8.7%", date="2024-04", change=chg("decrease", "8.7", "percent", "2023-04")),
        fact("7.9%", date="2024-05", change=chg("increase", "7.9", "percent", "2023-05")),
        fact("10", date="2024-Q2"), published="2024-09-12"),
])  # fmt: skip

RELATIVE_QUARTERS: list[Case] = numbered("dates-relative-quarters", [
    # "this quarter", "the current quarter", "next quarter": the quarter of the publication date,
    # on the company's own quarter grid where the text states a fiscal calendar
    row("The bank expects inflation to average 5.7% in the current quarter and 4.5% in "
        "January-March 2025.",
        fact("5.7%", date="2024-Q4"), fact("4.5%", date="2025-Q1"), published="2024-12-06"),
    row("Employment rose by 138,300 in the third quarter of 2024. Unemployment decreased by "
        "1,200 persons this quarter and stands at 2,754,100.",
        fact("138,300", date="2024-Q3"), fact("1,200", date="2024-Q3"),
        fact("2,754,100", date="2024-Q3"),
        published="2024-10-25"),
    row("Revenue is expected to grow 8% next quarter.",
        fact("8%", date="2025-Q1"), published="2024-11-20"),
    # a bare "last quarter" is the quarter just reported, not the fourth quarter
    row("GDP grew 2.8% in the second quarter. It increased at a 2.8% annualized rate last "
        "quarter, after a 1.4% pace in January-March.",
        fact("2.8%", date="2024-Q2"), fact("2.8%", date="2024-Q2"), fact("1.4%", date="2024-Q1"),
        published="2024-07-25"),
    row("Sales rose 3% last quarter.", fact("3%", date="2024-Q2"), published="2024-07-25"),
    row("Sales rose 3% in the last quarter of 2023.", fact("3%", date="2023-Q4"),
        published="2024-07-25"),
    row("Figures: NIKE, Inc., fourth-quarter results, 27 June 2024.\n\nNike sales slip 2% to "
        "$12.6 billion as it warns of 10% drop this quarter\n\nBEAVERTON, Oregon, June 27 - Nike "
        "said revenue fell 2% to $12.61 billion in its fiscal fourth quarter ended May 31.",
        fact("$12.6 billion", date="2024-03/2024-05"),
        fact("$12.61 billion", date="2024-03/2024-05"), published="2024-06-27"),
])  # fmt: skip

REPORT_DAYS: list[Case] = numbered("dates-report-days", [
    # a share-price move in a trading session happens on the report's day; the day a release
    # was published is no period of its figures; a stock a period ended with stands at its end
    row("Revenue rose 5% in the third quarter. Shares of Airbnb fell 13% in extended trading.",
        fact("5%", date="2024-Q3"), fact("13%", date="2024-11-06"), published="2024-11-06"),
    row("Revenue rose 5% in the third quarter. The shares rose about 6% in after-hours trading.",
        fact("5%", date="2024-Q3"), fact("6%", date="2024-11-06"), published="2024-11-06"),
    row("GDP grew 0.8% in the third quarter. The figures compare with a 0.4% rise in the euro "
        "zone, according to a flash estimate published by Eurostat on Oct. 30. Compared with a "
        "year earlier, euro zone output was up 0.9%.",
        fact("0.8%", date="2024-Q3"), fact("0.4%", date="2024-Q3"),
        fact("0.9%", date="2024-Q3"), published="2024-11-14"),
    row("Net profit fell 84% in the third quarter. BMW shares were down 4.9% at 1130 GMT, among "
        "the biggest fallers in an autos index that slid 3.6%.",
        fact("84%", date="2024-Q3"), fact("4.9%", date="2024-11-06"),
        fact("3.6%", date="2024-11-06"), published="2024-11-06"),
    row("The Bank of England cut Bank Rate to 5% on Thursday. It followed 14 consecutive increases "
        "between December 2021 and August 2023.\n\nConsumer price inflation held at 2.0% in "
        "June.",
        fact("5%"), fact("14", date="2021-12/2023-08"), fact("2.0%", date="2024-06"),
        published="2024-08-01"),
    row("Samsung's third-quarter operating profit rose 277% to 9.18 trillion won. The figure, in "
        "line with the preliminary estimate of about 9.1 trillion won the company gave on Oct. 8, "
        "compared with 2.43 trillion won last year.\n\nMemory revenue edged up to 22.27 trillion "
        "won.",
        fact("9.18 trillion won", date="2024-Q3"), fact("9.1 trillion won", date="2024-Q3"),
        fact("2.43 trillion won"), fact("22.27 trillion won", date="2024-Q3"),
        published="2024-10-31"),
    row("Starbucks opened 722 net new stores in the fourth quarter ended Sept. 29 and ended the "
        "period with 40,199 cafes worldwide.",
        fact("722"), fact("40,199", date="2024-09"), published="2024-10-22"),
    # a money stock moved by an amount over a period stands at the period's last month; a
    # count of users or a population moved over a quarter keeps the quarter
    row("Mortgage balances rose $75 billion to $12.59 trillion in the third quarter.",
        fact("$12.59 trillion", date="2024-09", change=chg("increase", 75000000000, "USD")),
        published="2024-11-06"),
    row("In the third quarter, credit card balances increased by $24 billion to a record "
        "$1.17 trillion.",
        fact("$1.17 trillion", date="2024-09"), published="2024-11-06"),
    row("Bank deposits fell $120 billion to $17.4 trillion in the second quarter, the Fed said.",
        fact("$17.4 trillion", date="2024-06"), published="2024-09-06"),
    row("Monthly active users grew 41% to 103.6 million in the second quarter.",
        fact("103.6 million", date="2024-Q2"), published="2024-08-07"),
    row("The active population grew by 137,100 to 24,577,100 in the third quarter.",
        fact("24,577,100", date="2024-Q3"), published="2024-10-25"),
    # a total the text calls the year's, named in a quarter's sentence, is the year's
    row("Tesla built 459,445 vehicles in the fourth quarter, bringing annual output to "
        "1,773,443, compared with 1,845,985 the year before.",
        fact("1,773,443", date="2024"), fact("1,845,985", date="2023"), published="2025-01-02"),
    row("Tesla deployed 11.0 GWh of storage in the fourth quarter, taking the annual total to "
        "31.4 GWh, compared with 14.7 GWh installed in 2023.",
        fact("31.4 GWh", date="2024"), fact("14.7 GWh", date="2023"), published="2025-01-02"),
    row("Deliveries were 495,570 in the fourth quarter of 2024, and full-year deliveries fell "
        "to 1,789,226.",
        fact("495,570", date="2024-Q4"), fact("1,789,226", date="2024"),
        published="2025-01-02"),
    row("Inflation was 2.1% in the fourth quarter of 2024, and annual inflation was 2.4%.",
        fact("2.1%", date="2024-Q4"), fact("2.4%", date="2024-Q4"), published="2025-01-30"),
])  # fmt: skip

WHEN_CLAUSES: list[Case] = numbered("dates-when-clauses", [
    # a period followed by ", when" dates the figures of that clause, and the figure right
    # before it too; one that names a time of its own ("since 2020, when") only the clause's
    row("The bank had kept the rate at 3.00% in January, when the won was trading above 1,450 "
        "per dollar.",
        fact("3.00%", date="2025-01"), fact("1,450", date="2025-01"), published="2025-02-25"),
    row("The bank kept the rate at 3.00% in January, when inflation was 2.2%.",
        fact("3.00%", date="2025-01"), fact("2.2%", date="2025-01"), published="2025-02-25"),
    row("The index rose 0.1%, the mildest March since 2020, when it rose 0.07%.",
        fact("0.1%", date="2024-03"), fact("0.07%", date="2020"), published="2024-04-10"),
    # a longer "when" clause is the period's all the same
    row("It was the first increase since June, when the bank last raised the cash rate to 4.1 "
        "per cent.",
        fact("4.1 per cent", date="2024-06"), published="2024-11-20"),
    row("Rates are the highest since 2008, when the central bank pushed its benchmark up to "
        "5.25%.",
        fact("5.25%", date="2008"), published="2024-11-20"),
])  # fmt: skip

BASES_AND_RATES: list[Case] = numbered("dates-bases-and-rates", [
    # "with 2020 as the base year" names the index, it dates nothing; "up from an annual rate
    # of 2.2% in November" is an earlier value like "up from 2.2%"
    row("Core prices rose 2.7% in November. The index stood at 109.2, with 2020 as the base "
        "year. Headline inflation accelerated to 2.9% from 2.3% in October.",
        fact("2.7%", date="2024-11"), fact("109.2", date="2024-11"),
        fact("2.9%", date="2024-11", change=chg("increase", None, None, "2024-10")),
        fact("2.3%", date="2024-10"), published="2024-12-20"),
    row("Inflation rose in December.\n\nConsumer prices were 2.6% higher than a year earlier, "
        "up from an annual rate of 2.2% in November.",
        fact("2.6%", date="2024-12"), fact("2.2%", date="2024-11"), published="2025-01-06"),
    # a window around a small number never cuts a year in two ("February 20|20")
    row("Sales volumes rose by 0.5% in November 2024; they remain 1.6% below their "
        "pre-coronavirus (COVID-19) pandemic level of February 2020.",
        fact("0.5%", date="2024-11"),
        fact("1.6%", change=chg("decrease", "1.6", "percent", "2020-02")),
        published="2024-12-20"),
    row("Real GDP rose 0.3% in October. Real GDP stood at roughly $2.3 trillion at annualized "
        "rates in chained 2017 dollars in October.",
        fact("0.3%", date="2024-10"), fact("$2.3 trillion", date="2024-10"),
        published="2024-12-23"),
    row("Growth slowed to 1.1% from a seasonally adjusted pace of 1.6% in the second quarter.",
        fact("1.1%", change=chg("decrease", None, None, "2024-Q2")), fact("1.6%", date="2024-Q2"),
        published="2024-10-30"),
])  # fmt: skip

YEAR_PARAGRAPHS: list[Case] = numbered("dates-year-paragraphs", [
    # a paragraph on the whole year in a monthly or quarterly report ends with its paragraph
    row("Inflation rose in December.\n\nConsumer prices rose by an average of 2.2% in 2024 as "
        "a whole.\n\nIn North Rhine-Westphalia, annual inflation jumped to 2.5% from 1.9% in "
        "November.",
        fact("2.2%", date="2024"), fact("2.5%", date="2024-12"), fact("1.9%", date="2024-11"),
        published="2025-01-06"),
    # a paragraph on a year not yet over (a forecast) ends with its paragraph as well
    row("Net income rose to $14.0 billion in the fourth quarter.\n\nThe bank forecast net "
        "interest income of about $94 billion for 2025.\n\nCredit costs were $2.6 billion.",
        fact("$14.0 billion", date="2024-Q4"), fact("$94 billion", date="2025"),
        fact("$2.6 billion", date="2024-Q4"), published="2025-01-15"),
    row("Revenue rose 5% to $10 billion in the fourth quarter.\n\nFor 2024, revenue was $38 "
        "billion.\n\nCloud revenue rose 12% to $2 billion.",
        fact("$10 billion", date="2024-Q4"), fact("$38 billion", date="2024"),
        fact("$2 billion", date="2024-Q4"), published="2025-01-30"),
])  # fmt: skip

HEADLINE_MONTHS: list[Case] = numbered("dates-headline-months", [
    # "beats forecasts in December" looks back: a forecast beaten is no forecast made
    row("US job growth beats forecasts in December as unemployment rate dips to 4.1%\n\n"
        "Employers added 256,000 jobs in December.",
        fact("4.1%", date="2024-12"), fact("256,000", date="2024-12"), published="2025-01-10"),
    row("South Korea's inflation quickens to 1.9%\n\nThe consumer price index rose 1.9% in "
        "December from a year earlier. The central bank forecasts inflation of 1.9% next year.",
        fact("1.9%", date="2024-12"), fact("1.9%", date="2024-12"), fact("1.9%", date="2025"),
        published="2024-12-31"),
    row("Exports top forecasts in November\n\nExports rose 6.4% to $56.3 billion in November.",
        fact("$56.3 billion", date="2024-11"), published="2024-12-01"),
])  # fmt: skip

QUARTER_STEPS: list[Case] = numbered("dates-quarter-steps", [
    # "between the second and third quarters": dated by the later quarter, compared with the
    # earlier; months "between June and July" the same way
    row("The number of employed people rose by 294,000 to 16.8 million between the second and "
        "third quarters, while the number of unemployed fell by 236,000 to 7.9 million.",
        fact("16.8 million", date="2024-Q3", change=chg("increase", 294000, "count", "2024-Q2")),
        fact("7.9 million", date="2024-Q3", change=chg("decrease", 236000, "count", "2024-Q2")),
        published="2024-11-12"),
    row("Sales rose 4% between June and July.",
        fact("4%", date="2024-07", change=chg("increase", 4, "percent", "2024-06")),
        published="2024-08-15"),
])  # fmt: skip

FORECAST_LEADS: list[Case] = numbered("dates-forecast-leads", [
    # a lead that forecasts the coming quarter on the report's day is not the report's period:
    # later paragraphs return to the quarter the body reports
    row("Nvidia on Wednesday forecast fourth-quarter revenue of $37.5 billion, and its shares "
        "fell about 2.5% in extended trading.\n\nRevenue for the third quarter, which ended "
        "Oct. 27, rose 94% to $35.08 billion.\n\nGaming revenue rose 15% to $3.3 billion.",
        fact("$37.5 billion", date="2024-11/2025-01"), fact("2.5%", date="2024-11-20"),
        fact("$35.08 billion", date="2024-08/2024-10"),
        fact("$3.3 billion", date="2024-08/2024-10"), published="2024-11-20"),
    row("Nike warned on Thursday that sales would fall more steeply in the current quarter.\n\n"
        "Revenue fell 8% to $12.35 billion in the second quarter, which ended Nov. 30.\n\n"
        "Net income dropped 26% to $1.2 billion, compared with $1.6 billion in the same quarter "
        "of fiscal 2024.\n\nWholesale revenue fell 3% to $7.1 billion.",
        fact("$12.35 billion", date="2024-09/2024-11"),
        fact("$1.2 billion", date="2024-09/2024-11"),
        fact("$1.6 billion", date="2023-09/2023-11"),
        fact("$7.1 billion", date="2024-09/2024-11"), published="2024-12-19"),
    # an intention looks ahead, and so does a gapped item joined to it; its period holds to the
    # end of its paragraph
    row("The inventory was 74.5 million head on June 1. Producers intend to farrow 2.97 million "
        "sows in June-August, down slightly from a year earlier, and 2.95 million sows in "
        "September-November, up 1%.\n\nIowa remained the top state with 24.7 million head.",
        fact("74.5 million"), fact("2.97 million", date="2025-06/2025-08"),
        fact("2.95 million", date="2025-09/2025-11",
             change=chg("increase", 1, "percent", "2024-09/2024-11")),
        fact("24.7 million", date="2025-06-01"), published="2025-06-26"),
])  # fmt: skip

COMPARISON_FRAMES: list[Case] = numbered("dates-comparison-frames", [
    # a sentence that opens on the period it compares with dates the earlier values after
    # "from" and the comparison of its changes, over a comparison of the sentence before
    row("The surplus was €6.8 billion in October 2024, down from €9.4 billion in October 2023. "
        "Compared with September, when the surplus stood at a revised €11.6 billion, the surplus "
        "for chemicals shrank to €19.2 billion from €21.7 billion.",
        fact("€6.8 billion", date="2024-10"), fact("€9.4 billion", date="2023-10"),
        fact("€11.6 billion", date="2024-09"),
        fact("€19.2 billion", date="2024-10", change=chg("decrease", None, None, "2024-09")),
        fact("€21.7 billion", date="2024-09"), published="2024-12-17"),
    row("Exports were $25.4 billion in May. Compared with April, imports fell to $24.1 billion "
        "from $25.0 billion.",
        fact("$25.4 billion", date="2024-05"),
        fact("$24.1 billion", date="2024-05", change=chg("decrease", None, None, "2024-04")),
        fact("$25.0 billion", date="2024-04"), published="2024-07-03"),
    # a figure compared with the period the sentence opens on is of the same length
    row("GDP fell 0.3 percent in the September 2023 quarter. GDP rose 1.3 percent over the year "
        "ended September 2023. Compared with the September 2022 quarter, GDP was 0.6 percent "
        "lower.",
        fact("0.3 percent", date="2023-Q3"), fact("1.3 percent", date="2022-10/2023-09"),
        fact("0.6 percent", date="2023-Q3", change=chg("decrease", "0.6", "percent", "2022-Q3")),
        published="2023-12-14"),
    row("Retail sales rose 0.3% in September 2024. Compared with September 2023, the index was "
        "up 2.9%, well above the 1.3% analysts had pencilled in.",
        fact("0.3%", date="2024-09"), fact("2.9%", date="2024-09"),
        fact("1.3%", date="2024-09"), published="2024-11-06"),
])  # fmt: skip

RESPECTIVE_PERIODS: list[Case] = numbered("dates-respective-periods", [
    # "A and B for P1 and P2 respectively": each figure its period, and each earlier value
    # paired with it the same; a rate noun names a level for every item of its list
    row("The committee now forecasts economic growth of 2.7% and 2.9% for 2024 and 2025 "
        "respectively, compared with 2.6% and 3.0% in its previous projections.",
        fact("2.7%", date="2024", change=chg("increase", None, None, None)),
        fact("2.9%", value=2.9, date="2025", change=chg("decrease", None, None, None)),
        fact("2.6%", date="2024"), fact("3.0%", date="2025"), published="2024-10-16"),
    row("It sees growth of 1.6% in 2025 and 1.8% in 2026.",
        fact("1.6%", value=1.6, date="2025", change=None),
        fact("1.8%", value=1.8, date="2026", change=None)),
    row("Inflation is seen at 2.3% and 1.9% in 2024 and 2025, respectively.",
        fact("2.3%", date="2024"), fact("1.9%", date="2025"), published="2024-11-28"),
    # a list of figures followed by as many periods pairs them without "respectively"
    row("Inflation is seen at 2.3% and 1.9% in 2024 and 2025.",
        fact("2.3%", date="2024"), fact("1.9%", date="2025"), published="2024-11-28"),
    row("Growth is seen at 1.2%, 1.5% and 1.7% in 2024, 2025 and 2026, compared with 1.1%, 1.4% "
        "and 1.6% in the March quarter.",
        fact("1.2%", date="2024"), fact("1.5%", date="2025"), fact("1.7%", date="2026"),
        fact("1.1%", date="2024-Q1"), fact("1.4%", date="2024-Q1"),
        fact("1.6%", date="2024-Q1"), published="2024-11-28"),
    row("Exports rose 3% and imports 5% in 2024.",
        fact("3%", date="2024"), fact("5%", date="2024"), published="2024-11-28"),
    # one period after a list "respectively" dates every item; figures are no list items
    row("Compared with the same quarter of the previous year, GDP increased by 0.6% in the euro "
        "area and by 0.8% in the EU in the second quarter, after +0.5% and +0.7% respectively "
        "in the first quarter.",
        fact("0.6%", metric="GDP", date="2024-Q2"), fact("0.8%", metric="GDP", date="2024-Q2"),
        fact("+0.5%", metric="GDP", date="2024-Q1"), fact("+0.7%", metric="GDP", date="2024-Q1"),
        published="2024-09-06"),
    row("For the fourth quarter, Spotify forecast 665 million monthly active users and 260 "
        "million premium subscribers, implying net additions of 25 million and 8 million "
        "respectively.",
        fact("665 million"), fact("260 million"),
        fact("25 million", metric="monthly active users"),
        fact("8 million", metric="premium subscribers"), published="2024-11-12"),
])  # fmt: skip

LEADS: list[Case] = numbered("dates-leads", [
    # a figure-less lead that says the level stood still sets the period in force
    row("The euro area economy ground to a halt in the final three months of 2024. GDP in the "
        "wider European Union edged up by 0.1% on the quarter.",
        fact("0.1%", date="2024-Q4"), published="2025-01-30"),
    row("The economy stalled in the third quarter. Household spending rose 0.2%.",
        fact("0.2%", date="2025-Q3"), published="2025-10-30"),
    # when a forecast was made dates none of the figures
    row("Revenue fell 1% in the second quarter. The adjusted gross margin narrowed to 38.7% from "
        "39.8% a year earlier, well short of the 43.5% Intel had forecast in April.\n\nClient "
        "revenue rose 9% to $7.4 billion.",
        fact("1%", date="2024-Q2"), fact("38.7%", date="2024-Q2"), fact("39.8%", date="2023-Q2"),
        fact("43.5%"), fact("$7.4 billion", date="2024-Q2"), published="2024-08-01"),
    # a forecast's period dates none of the figures of another verb in its sentence
    row("July 31 - Meta Platforms forecast third-quarter revenue above Wall Street estimates on "
        "Wednesday and reported a 22% rise in quarterly sales.\n\nRevenue rose to $39.07 billion "
        "in the second quarter.",
        fact("22%", date="2024-07-31"), fact("$39.07 billion", date="2024-Q2"),
        published="2024-07-31"),
    # "expected" in a flash estimate for the month in force is that month
    row("Euro area annual inflation is expected to be 1.8% in September 2024, down from 2.2% in "
        "August. Services are expected to have the highest annual rate in September (4.0%).",
        fact("1.8%", date="2024-09"), fact("2.2%", date="2024-08"), fact("4.0%", date="2024-09"),
        published="2024-10-01"),
    # a forecast's period in a lead is not the report's period
    row("SEATTLE - Amazon.com forecast third-quarter revenue below estimates on Thursday after "
        "second-quarter sales fell short of expectations.\n\nNet sales increased 10% to $148.0 "
        "billion in the April-June quarter.\n\nAdvertising revenue climbed 20% to $12.8 billion.",
        fact("$148.0 billion", date="2024-Q2"), fact("$12.8 billion", date="2024-Q2"),
        published="2024-08-01"),
    # a lead that states a change without a figure sets the period of its verb's phrase; a span
    # ending at the report's month holds to the end of its paragraph
    row("WASHINGTON, Nov 5 - The U.S. trade deficit widened sharply in September to its highest "
        "level in 2-1/2 years, suggesting trade was a bigger drag on third-quarter growth.\n\n"
        "The trade gap surged 19.2% to $84.4 billion.",
        fact("$84.4 billion", date="2024-09"), published="2024-11-05"),
    row("Employment rose by 64,000 people in September. Over the three months to September, "
        "employment grew by around 170,000 people.\n\nMonthly hours worked rose by 0.3 per cent.",
        fact("64,000", date="2024-09"), fact("170,000", date="2024-07/2024-09"),
        fact("0.3 per cent", date="2024-09"), published="2024-10-17"),
])  # fmt: skip

POLICY_MOVES: list[Case] = numbered("dates-policy-moves", [
    # a year naming a bond is no period
    row("Yields on the benchmark 2030 government bond rose 3 basis points to 9.51% on Thursday.",
        fact("9.51%", date="2024-09-19"), published="2024-09-19"),
    # hyphenated basis points
    row("The committee weighed a 25 basis-point cut and a 50-basis-point cut.",
        fact("25 basis-point", unit="basis_point", change=chg("decrease", 25, "basis_point", None)),
        fact("50-basis-point", unit="basis_point",
             change=chg("decrease", 50, "basis_point", None))),
    # a period naming when a move without a figure may come dates no figure; a move with its
    # own level or size is dated by it
    row("RBNZ slashes cash rate to 4.25%, signals another big cut in February\n\nWELLINGTON - "
        "The Reserve Bank of New Zealand cut the Official Cash Rate by 50 basis points to 4.25% "
        "on Wednesday.",
        fact("4.25%", date="2024-11-27"), fact("4.25%", date="2024-11-27"),
        published="2024-11-27"),
    row("The RBA left the cash rate at 4.35% on Tuesday but a softer tone lifts bets on a "
        "February cut. Markets now see 2 cuts priced in by May.\n\nThe Australian dollar fell "
        "0.9% to 63.80 US cents after the decision.",
        fact("4.35%", date="2024-12-10"), fact("2"),
        fact("63.80 US cents", date="2024-12-10"), published="2024-12-10"),
    row("Fed cuts by a quarter point, pencils in fewer reductions for 2025\n\nWASHINGTON - The "
        "Federal Reserve cut rates by a quarter point on Wednesday.",
        fact("a quarter point", date="2024-12-18"), fact("a quarter point", date="2024-12-18"),
        published="2024-12-18"),
    row("Unemployment is expected to end next year at 4.3%.", fact("4.3%", date="2025-12"),
        published="2024-12-18"),
    row("The policy rate should end 2025 at 3.9%.", fact("3.9%", date="2025-12"),
        published="2024-12-18"),
    # a count of moves is dated by its period
    row("The market's probability of a Feb cut has risen to 65% with now 2 cuts priced in by May.",
        fact("65%", date="2024-12-10"), fact("2", date="2025-05", change=None),
        published="2024-12-10"),
    row("This gives Norges Bank the green light for a first cut in March next year, to 4.25%.",
        fact("4.25%", date="2025-03"), published="2024-11-11"),
])  # fmt: skip

MONTH_RANGES: list[Case] = numbered("dates-month-ranges", [
    # a dashed month range may run across a year end; a yearless range in the past tense has
    # begun by publication, whatever forecast period is in force
    row("The forecast assumes the yen will average ¥145 to the dollar in the October-March half. "
        "In April-September, the Japanese currency averaged ¥153.",
        fact("¥145", date="2024-10/2025-03"), fact("¥153", date="2024-04/2024-09"),
        published="2024-11-06"),
    row("Producer prices rose 0.4 percent in November. The index for final demand goods jumped "
        "0.7 percent, the largest increase since February, when goods prices climbed 1.2 percent.",
        fact("0.4 percent", date="2024-11"), fact("0.7 percent", date="2024-11"),
        fact("1.2 percent", date="2024-02"),
        published="2024-12-12"),
    row("Production rose 2.9% in August. In the three-month comparison, output from June to "
        "August was 1.3% below the previous three months. Car production jumped 19.3% on the "
        "month.",
        fact("2.9%", date="2024-08"), fact("1.3%", date="2024-06/2024-08"),
        fact("19.3%", date="2024-08", change=chg("increase", 19.3, "percent", "2024-07")),
        published="2024-10-08"),
    row("The Bank sees the jobless rate climbing to about 4.75% by 2026 from 4.4% in the three "
        "months to May.",
        fact("4.75%", date="2026", change=chg("increase", None, None, "2024-03/2024-05")),
        fact("4.4%", date="2024-03/2024-05"), published="2024-08-01"),
    row("Sales fell 3% in the October-March 2025 period.",
        fact("3%", date="2024-10/2025-03")),
    row("Prices rose 2% from October to March.",
        fact("2%", date="2024-03", change=chg("increase", 2, "percent", "2023-10")),
        published="2024-04-20"),
])  # fmt: skip

JOINED_CLAUSES: list[Case] = numbered("dates-joined-clauses", [
    # a clause joined to one that states its comparison, over the same period, shares it
    row("GST on them grew 13.4% over April 2023, while revenue from imports climbed 8.3%.",
        fact("13.4%", change=chg("increase", 13.4, "percent", "2023-04")),
        fact("8.3%", change=chg("increase", 8.3, "percent", "2023-04")), published="2024-05-01"),
    row("Agricultural prices climbed 5.00% on the month in July, and energy prices rose 1.69%.",
        fact("5.00%", date="2024-07", change=chg("increase", 5, "percent", "2024-06")),
        fact("1.69%", date="2024-07", change=chg("increase", 1.69, "percent", "2024-06")),
        published="2024-08-08"),
    row("In the third quarter exports fell 0.2% from the previous quarter; imports rose 0.4%.",
        fact("0.2%", change=chg("decrease", 0.2, "percent", "2024-Q2")),
        fact("0.4%", change=chg("increase", 0.4, "percent", "2024-Q2")), published="2024-11-14"),
    # a clause with a period of its own does not share it
    row("Sales rose 3% from a year earlier in May, and profit fell 2% in June.",
        fact("3%", date="2024-05", change=chg("increase", 3, "percent", "2023-05")),
        fact("2%", date="2024-06"), published="2024-07-20"),
])  # fmt: skip

BACKGROUND_CLAUSES: list[Case] = numbered("dates-background-clauses", [
    # a period in a clause about what came before, or in a relative clause, dates none of the
    # figures outside that clause
    row("Starts were up 15% in Montreal in September, recovering from weak construction in 2023, "
        "but down in Vancouver (-19%) and Toronto (-20%), where last year's levels were high.",
        fact("15%", date="2024-09"), fact("-19%", date="2024-09"), fact("-20%", date="2024-09"),
        published="2024-10-16"),
    row("HONG KONG, Nov 15 - Alibaba reported a 58% jump in quarterly profit on Friday.\n\n"
        "Revenue rose 5% to 236.50 billion yuan in the July-September quarter. Growth had been "
        "4% in the April-June quarter.\n\nNet income rose 58% to 43.87 billion yuan.",
        fact("58%"), fact("236.50 billion yuan", date="2024-Q3"), fact("4%", date="2024-Q2"),
        fact("43.87 billion yuan", date="2024-Q3"), published="2024-11-15"),
    row("The jobless rate dropped to 4.2% in April to June. Total pay growth slowed to 4.5%, held "
        "down by one-off payments made to NHS staff in June and July last year. Private sector "
        "regular pay grew 5.2%.",
        fact("4.2%", date="2024-Q2"), fact("4.5%", date="2024-Q2"), fact("5.2%", date="2024-Q2"),
        published="2024-08-13"),
    row("Exports rebounded 3.1% in October, coming off a 2.4% slump in September.",
        fact("3.1%", date="2024-10"), fact("2.4%", date="2024-09"), published="2024-11-20"),
    # the move a figure followed, erased or offset keeps its period to itself
    row("Industrial production rose 0.1% in October. The October gain followed a 0.4% decline in "
        "September. Even so, the sector stood 2.4% above its pre-pandemic level.",
        fact("0.1%", date="2025-10"), fact("0.4%", date="2025-09"), fact("2.4%", date="2025-10"),
        published="2025-12-02"),
    row("Industrial production rose 0.1% in October. Durable goods posted the strongest "
        "increase, of 2.7%, more than erasing a 1.3% decline in September. Capital goods rose "
        "1.0%.",
        fact("0.1%", date="2025-10"), fact("2.7%", date="2025-10"), fact("1.3%", date="2025-09"),
        fact("1.0%", date="2025-10"), published="2025-12-02"),
    row("Industrial production rose 0.1% in October. Exports rose 2%, offsetting a 1.5% drop in "
        "September. Imports fell 1%.",
        fact("0.1%"), fact("2%", date="2025-10", metric="exports"),
        fact("1.5%", date="2025-09", metric="exports"), fact("1%", date="2025-10"),
        published="2025-12-02"),
    row("Retail sales rose 0.6% in May. This follows a 0.4% decline in April. Online sales "
        "fell 1%.",
        fact("0.6%", date="2025-05"), fact("0.4%", date="2025-04"), fact("1%", date="2025-05"),
        published="2025-06-20"),
    # a year naming a target ("its 2025 target of") dates that target's figures alone; a month
    # before a forecast says when it was made
    row("Copper output rose 15% in the second quarter. Bauxite output hit a record of 15.6 "
        "million tonnes, up 6% on a year earlier, and is tracking toward the upper end of its "
        "2025 target of 57 million to 59 million tonnes. Alumina production rose 8% to 1.8 "
        "million tonnes.",
        fact("15%", date="2025-Q2"), fact("15.6 million tonnes", date="2025-Q2"),
        fact("57 million", date="2025"), fact("59 million tonnes", date="2025"),
        fact("1.8 million tonnes", date="2025-Q2"), published="2025-07-16"),
    row("Copper output rose 15% in the second quarter. Rio kept its 2025 shipments guidance of "
        "323 million to 338 million tonnes. Alumina production rose 8% to 1.8 million tonnes.",
        fact("15%"), fact("323 million", date="2025"), fact("338 million tonnes", date="2025"),
        fact("1.8 million tonnes", date="2025-Q2"), published="2025-07-16"),
    # counter-rows: "followed by" ranks another item; "will follow" lies ahead
    row("Alberta posted the largest increase (3.0%) in September, followed by Ontario (2.4%). "
        "Quebec rose 1.1%.",
        fact("3.0%", date="2025-09"), fact("2.4%", date="2025-09"), fact("1.1%", date="2025-09"),
        published="2025-10-20"),
])  # fmt: skip

# "after the announcement", "on the day" date a market quote by the report's day, unless the
# clause names its own period; "the same as in October" is the comparison of an unchanged level
EVENT_DAYS: list[Case] = numbered("dates-event-days", [
    row("Inflation slowed to 2.4% in December. Sterling was little changed at $1.2290 after the "
        "data.",
        fact("2.4%", date="2024-12"), fact("$1.2290", date="2025-01-21"),
        published="2025-01-21"),
    row("The central bank cut its rate to 4.10% in February. The Australian dollar rose 0.2% to "
        "63.70 US cents after the decision.",
        fact("4.10%", date="2025-02"),
        fact("63.70 US cents", date="2025-02-18", change=chg("increase", "0.2", "percent")),
        published="2025-02-18"),
    row("Wages rose 7.0% in the July-September period. The koruna traded at around 25.15 per "
        "euro after the announcement, little changed on the day.",
        fact("7.0%", date="2024-07/2024-09"), fact("25.15", date="2024-12-19"),
        published="2024-12-19"),
    row("Banks lifted their forecasts for where the Selic will peak next year to 15.25% after the "
        "decision.",
        fact("15.25%", date="2025"), published="2024-12-12"),
    row("Annual consumer price inflation held at 2.8% in November, the same as in October and up "
        "from 2.6% in September.",
        fact("2.8%", date="2024-11", change=chg("unchanged", since="2024-10")),
        fact("2.6%", date="2024-09"), published="2024-12-19"),
])  # fmt: skip

# a subordinate clause's period dates only its own figures: "as the sharp falls of early 2024
# dropped out", ", after moving in smaller steps in May, August and September"
SUBORDINATE_PERIODS: list[Case] = numbered("dates-subordinate-periods", [
    row("Energy prices rose 1.8% year-on-year in January, following a 0.1% increase in December, "
        "as the sharp falls of early 2024 dropped out of the calculation. Food inflation slowed "
        "to 2.3%.",
        fact("1.8%", date="2025-01"), fact("0.1%", date="2024-12"), fact("2.3%", date="2025-01"),
        published="2025-02-03"),
    row("In November the Riksbank had lowered the rate by half a percentage point to 2.75%, after "
        "moving in smaller steps in May, August and September.",
        fact("2.75%", date="2024-11"), published="2024-12-19"),
    row("Retail sales rose 0.7% in November, after falling 0.2% in October.",
        fact("0.7%", date="2024-11"), fact("0.2%", date="2024-10"), published="2024-12-17"),
    row("Consumer prices in the 20 countries that share the euro were 2.5% higher than a year "
        "earlier in January.",
        fact("20", metric="countries"),
        fact("2.5%", metric="consumer prices in the 20 countries", date="2025-01",
             change=chg("increase", "2.5", "percent", "2024-01")),
        published="2025-02-03"),
    # a day of trading is no period of the report; a total a period ends with stands at its
    # last month
    row("Net earnings for the three months to December rose to $4.11 billion. The bank's "
        "shares rose 6.0% on Wednesday.\n\nGlobal Banking & Markets generated net revenues of "
        "$8.48 billion, 32% more than a year earlier.",
        fact("$4.11 billion", date="2024-Q4"), fact("6.0%", date="2025-01-15"),
        fact("$8.48 billion", date="2024-Q4", change=chg("increase", 32, "percent", "2023-Q4")),
        published="2025-01-15"),
    row("Netflix ended 2024 with 301.63 million paid memberships, up 15.9% from a year earlier.",
        fact("301.63 million", date="2024-12",
             change=chg("increase", "15.9", "percent", "2023-12")),
        published="2025-01-21"),
    row("Cash ended the third quarter at $5.1 billion.", fact("$5.1 billion", date="2024-09"),
        published="2024-10-30"),
    # a period in a clause about one figure ("the low it touched on Tuesday") is that figure's
    row("The dollar fell 0.4% to 155.45 yen in late Tokyo trade, edging toward the one-month low "
        "of 154.78 yen it touched on Tuesday. The 10-year yield added 1 basis point to 1.215%.",
        fact("155.45 yen", metric="dollar", date="2025-01-24"),
        fact("154.78 yen", date="2025-01-21"), fact("1.215%", date="2025-01-24"),
        published="2025-01-24"),
])  # fmt: skip

# each change of a list keeps the step written right after it
OWN_STEPS: list[Case] = numbered("dates-own-steps", [
    row("In the December quarter, the trimmed mean rose 0.5% quarter on quarter and 3.2% over the "
        "twelve months, down from 3.6% in the September quarter.",
        fact("0.5%", change=chg("increase", "0.5", "percent", "2024-Q3")),
        fact("3.2%", change=chg("increase", "3.2", "percent", "2023-Q4")),
        fact("3.6%", date="2024-Q3", change=chg("increase", "3.6", "percent", "2023-Q3")),
        published="2025-01-29"),
    row("Prices rose 0.3% on the month in December and 2.9% on the year.",
        fact("0.3%", change=chg("increase", "0.3", "percent", "2024-11")),
        fact("2.9%", change=chg("increase", "2.9", "percent", "2023-12")),
        published="2025-01-15"),
    row("In the fourth quarter, GDP was 0.9% higher than a year earlier, after year-on-year gains "
        "of 0.9% and 1.0% respectively in the previous quarter.",
        fact("0.9%"), fact("0.9%", date="2024-Q3"), fact("1.0%", date="2024-Q3"),
        published="2025-01-30"),
])  # fmt: skip

# yearless spans the context places: a company's "year to March", half a month
YEARLESS_SPANS: list[Case] = numbered("dates-yearless-spans", [
    row("Toyota expects operating profit of ¥4.7 trillion for the year ending March 31.",
        fact("¥4.7 trillion", date="2024-04/2025-03"), published="2025-02-05"),
    row("Toyota kept its forecast for group vehicle sales at 10.85 million for the year to March.",
        fact("10.85 million", date="2024-04/2025-03"), published="2025-02-05"),
    row("Annual headline inflation slowed to 3.69% in the first half of January.",
        fact("3.69%", date="2025-01-01/2025-01-15"), published="2025-02-06"),
    row("Exports rose 4.1% in the second half of November.",
        fact("4.1%", date="2024-11-16/2024-11-30"), published="2024-12-10"),
    row("Exports rose 4.1% in the second half of February.",
        fact("4.1%", date="2025-02-16/2025-02-28"), published="2025-03-10"),
    row("Prices rose 2.9% in the year to June.", fact("2.9%", date="2024-06"),
        published="2024-07-20"),
    row("Profit was ¥5.35 trillion in the year to March 2024.",
        fact("¥5.35 trillion", date="2023-04/2024-03"), published="2025-02-05"),
    row("Official advance estimates put growth in the current fiscal year at 6.4%, down from 8.2% "
        "in 2023-24.",
        fact("6.4%", date="2024-04/2025-03"), fact("8.2%", date="2023-04/2024-03"),
        published="2025-02-07"),
    row("FedEx, whose fiscal year ends May 31, expects $2.2 billion in savings this fiscal year.",
        fact("$2.2 billion", date="2024-06/2025-05"), published="2024-12-19"),
    row("Amazon on Thursday forecast first-quarter sales below expectations.\n\nThe company "
        "expects net sales of $151.0 billion to $155.5 billion in the January-March quarter. "
        "Analysts had on average expected $158.6 billion. Operating income is forecast at between "
        "$14.0 billion and $18.0 billion.\n\nIn the three months to December, net sales rose 10% "
        "to $187.8 billion.\n\nAdvertising services revenue climbed 18% to $17.3 billion.",
        fact("$151.0 billion", date="2025-Q1"), fact("$155.5 billion", date="2025-Q1"),
        fact("$158.6 billion", date="2025-Q1"), fact("$14.0 billion", date="2025-Q1"),
        fact("$18.0 billion", date="2025-Q1"), fact("$187.8 billion", date="2024-Q4"),
        fact("$17.3 billion", date="2024-Q4"), published="2025-02-06"),
    row("Canada added 76,000 jobs in January. The unemployment rate fell 0.1 percentage point to "
        "6.6%, its second monthly decline since it hit 6.9% in November. The employment rate rose "
        "0.1 point to 61.1%.",
        fact("76,000", date="2025-01"), fact("6.6%", date="2025-01"),
        fact("6.9%", date="2024-11"), fact("61.1%", date="2025-01"), published="2025-02-07"),
])  # fmt: skip

STANDARDS_AND_FORECAST_LEADS: list[Case] = numbered("dates-standards-forecast-leads", [
    # a period in a possessive that a figure is measured against names the standard and dates
    # no figure after it
    row("For 2025, the company expects sales to improve on last year's rate and forecast a "
        "margin of at least 16.0%.",
        fact("16.0%", date="2025"), published="2025-02-13"),
    row("In 2025, sales will exceed 2024's level and reach $5 billion.",
        fact("$5 billion", date="2025"), published="2025-02-13"),
    row("For 2025, the group aims to beat last year's growth and lift its margin to 17%.",
        fact("17%", date="2025"), published="2025-02-13"),
    # a lead that forecasts without a figure ("its margin would fall this year") sets no period:
    # the report's own period comes from its body
    row("Nestlé said on Thursday its profit margin would fall this year.\n\nThe group posted "
        "organic sales growth of 2.2% for 2024.\n\nReal internal growth was 0.8%.",
        fact("2.2%", date="2024"), fact("0.8%", date="2024"), published="2025-02-13"),
    row("Unilever said sales growth will slow this year.\n\nUnderlying sales rose 4.2% in "
        "2024.\n\nVolumes grew 2.9%.",
        fact("4.2%", date="2024"), fact("2.9%", date="2024"), published="2025-02-13"),
    # a share move in a session on the report's day: a named exchange city, or "closed N% higher"
    row("Net profit was 10.9 billion francs in 2024.\n\nThe shares closed 6.5% higher in Zurich, "
        "after losing about 23% in 2024.",
        fact("10.9 billion francs", date="2024"), fact("6.5%", date="2025-02-13"),
        fact("23%", date="2024"), published="2025-02-13"),
    row("Gross foreign direct investment rose 14% in 2024-25.\n\nIndian shares rallied. The NSE "
        "Nifty 50 index closed 1.0% higher at 25,003.05.",
        fact("14%", date="2024-04/2025-03"), fact("25,003.05", date="2025-06-06"),
        published="2025-06-06"),
    row("Net profit was 10.9 billion euros in 2024.\n\nIts shares closed 2.1% lower.",
        fact("10.9 billion euros", date="2024"), fact("2.1%", date="2025-02-13"),
        published="2025-02-13"),
    # a share move in the lead dates its own figure only: the report's period stays in force
    row("Inditex said on Wednesday its net profit rose 9% to €5.87 billion in the financial year "
        "ended Jan. 31, but a slowdown sent its shares 7.5% lower in Madrid.\n\nSales grew 7.5% "
        "to €38.6 billion.",
        fact("€5.87 billion", date="2024-02/2025-01"), fact("7.5%", date="2025-03-12"),
        fact("€38.6 billion", date="2024-02/2025-01"), published="2025-03-12"),
    row("Nike said on Thursday revenue fell 9% to $11.3 billion in the quarter ended Feb. 28, and "
        "its shares rose 5% in extended trading.\n\nNet income fell 32% to $794 million.",
        fact("$11.3 billion", date="2024-12/2025-02"), fact("5%", date="2025-03-20"),
        fact("$794 million", date="2024-12/2025-02"), published="2025-03-20"),
    # a headline on a period not yet over at publication ("March sales seen up 1%") does not
    # become the report's period: the body states it
    row("H&M profit halves; March sales seen up 1%\n\nH&M reported a steep drop in first-quarter "
        "profit on Thursday.\n\nOperating profit for the December-February period fell to 1.20 "
        "billion Swedish crowns.\n\nNet sales rose 3% to 55.33 billion crowns.",
        fact("1%", date="2025-03"), fact("1.20 billion Swedish crowns", date="2024-12/2025-02"),
        fact("55.33 billion crowns", date="2024-12/2025-02"), published="2025-03-27"),
    row("UK retail sales fall 0.1% in March\n\nShoppers held back, the ONS said.\n\nSales "
        "volumes fell by 0.1% on the month.",
        fact("0.1%", date="2024-03"), fact("0.1%", date="2024-03"), published="2024-04-19"),
    # a lead that forecasts only rate moves for the year is no period of the report
    row("The Federal Reserve kept interest rates on hold on Wednesday and stuck with its forecast "
        "of half a percentage point of cuts this year.\n\nThe committee voted 11-1 to leave "
        "the target range at 4.25%-4.50%.",
        fact("half a percentage point", date="2025"), fact("11", date="2025-03-19"),
        fact("1", date="2025-03-19"), fact("4.25%", date="2025-03-19"),
        fact("4.50%", date="2025-03-19"), published="2025-03-19"),
    row("Net profit was 10.9 billion euros in 2024.\n\nIts shares fell 3% in Amsterdam.",
        fact("10.9 billion euros", date="2024"), fact("3%", date="2025-02-13"),
        published="2025-02-13"),
    row("Mercedes-Benz expects earnings to fall significantly again this year, the carmaker "
        "said on Thursday.\n\nNet profit fell to €10.4 billion last year from €14.5 billion in "
        "2023.\n\nCar sales dropped 3% to 1,983,400 vehicles.",
        fact("€10.4 billion", date="2024"), fact("€14.5 billion", date="2023"),
        fact("1,983,400", date="2024"), published="2025-02-20"),
    # "For 2025, X forecast ..." without a figure sets the outlook's period for its paragraph
    row("Net profit fell to €10.4 billion last year.\n\nFor 2025, Mercedes forecast group revenue "
        "slightly below last year's level and EBIT significantly lower. It expects an adjusted "
        "return on sales of 6% to 8% at the cars division.",
        fact("€10.4 billion", date="2024"), fact("6%", date="2025"), fact("8%", date="2025"),
        published="2025-02-20"),
    # a headlined move takes its date from the body, not from an unrelated change of the same unit
    row("Mercedes-Benz profit drops 28% and carmaker braces for another weak year\n\nNet profit "
        "fell to €10.4 billion last year. Mercedes is targeting a 10% reduction in production "
        "costs by 2027.",
        fact("28%", date="2024"), fact("€10.4 billion", date="2024"), fact("10%", date="2027"),
        published="2025-02-20"),
    # the Bank of Japan names a fiscal year by the year it starts in
    row("The BOJ cut its forecast for fiscal 2024 to 2.5%.",
        fact("2.5%", date="2024-04/2025-03"), published="2024-11-20"),
])  # fmt: skip

PARTICIPLE_CLAUSES: list[Case] = numbered("dates-participle-clauses", [
    # a figure or noun "reported in" / "booked in" an earlier period: that period is background
    row("Net sales fell 5% to $4.84 billion in the third quarter of fiscal 2025, which ended Feb. "
        "23. The unwinding of timing benefits booked in the second quarter cut about 4 percentage "
        "points from organic sales growth. Operating profit slipped 4% to $880 million.",
        fact("$4.84 billion", date="2024-12/2025-02"),
        fact("4 percentage points", date="2024-12/2025-02"),
        fact("$880 million", date="2024-12/2025-02"), published="2025-03-19"),
    # an Indian company that reports in crore and names its year "2025-26": quarters are fiscal
    row("Infosys reported an 11.7% drop in fourth-quarter net profit and forecast revenue growth "
        "of 0-3% for 2025-26. Net profit fell to ₹7,033 crore in the fourth quarter.",
        fact("11.7%", date="2025-01/2025-03"), fact("0"), fact("3%"),
        fact("₹7,033 crore", date="2025-01/2025-03"), published="2025-04-17"),
    # "In the corresponding period last year," is a step back from the period in force; it
    # dates its own sentence only
    row("Compared with February, the CPI rose by 0.3 percent in March. In the corresponding "
        "period last year, prices rose by 0.1 percent. Electricity prices fell by 9.5 percent "
        "from February to March.",
        fact("0.3 percent", date="2025-03"), fact("0.1 percent", date="2024-03"),
        fact("9.5 percent", date="2025-03"), published="2025-04-11"),
    row("Revenue for the second quarter of fiscal 2025, which ended Feb. 27, climbed 38% to $8.05 "
        "billion. Sequentially, revenue fell 8% from the record $8.71 billion reported in the "
        "first quarter. Net income rose to $1.58 billion.",
        fact("$8.05 billion", date="2024-12/2025-02"), fact("8%"), fact("$8.71 billion"),
        fact("$1.58 billion", date="2024-12/2025-02"), published="2025-03-20"),
    # ", having touched ... in October" and "after hitting ... in October" are clauses of their
    # own: October dates their figure only; a company's "fiscal year 2025, which runs from
    # October to September" sets the text's fiscal calendar
    row("Headline inflation edged up to 3.0% in December from 2.9% in November, having touched "
        "a four-year low of 2.8% in October, while core inflation slowed to 3.6% from 3.7% in "
        "November.",
        fact("3.0%", date="2024-12"), fact("2.9%", date="2024-11"), fact("2.8%", date="2024-10"),
        fact("3.6%", date="2024-12", change=chg("decrease", None, None, "2024-11")),
        fact("3.7%", date="2024-11"), published="2025-01-30"),
    row("Inflation rose to 3.0% in December, having fallen to 2.8% in October. Core inflation "
        "slowed to 3.6%.",
        fact("3.0%", date="2024-12"), fact("2.8%", date="2024-10"), fact("3.6%", date="2024-12"),
        published="2025-01-30"),
    row("Inflation rose to 3.0% in December after hitting 2.8% in October, while core inflation "
        "slowed to 3.6%.",
        fact("3.0%", date="2024-12"), fact("2.8%", date="2024-10"), fact("3.6%", date="2024-12"),
        published="2025-01-30"),
    row("Exports rose 4% in December, having been flat in November, and imports fell 2%.",
        fact("4%", date="2024-12"), fact("2%", date="2024-12"), published="2025-01-30"),
    row("Orders rose 4% to €21.4 billion in the first quarter of its fiscal year 2025, which runs "
        "from October to September.",
        fact("€21.4 billion", date="2024-10/2024-12"), published="2025-02-13"),
    # "the 0.1% increase forecast in the poll" names a figure: the months after it are past
    row("Monthly output jumped 0.4% in December, well ahead of the 0.1% increase forecast in the "
        "poll, following an unrevised 0.1% rise in November and a 0.1% fall in October.",
        fact("0.4%", date="2024-12", metric="monthly output"), fact("0.1%", date="2024-12"),
        fact("0.1%", date="2024-11", metric="monthly output"),
        fact("0.1%", date="2024-10", metric="monthly output"), published="2025-02-13"),
    row("Sales rose 0.5% in January, following a revised 0.2% fall in December.",
        fact("0.5%", date="2025-01"), fact("0.2%", date="2024-12", metric="sales"),
        published="2025-02-13"),
    row("Exports grew 3% in May, after a 1% drop in April.",
        fact("3%", metric="exports"), fact("1%", date="2024-04", metric="exports"),
        published="2024-06-13"),
    # "Over 2024 as a whole," opens the span the change covers; "said earlier this month" is
    # when it was said; "partly because prices had dropped in January 2024" is a clause of its own
    row("Over 2024 as a whole, the CPI rose 3.1% and the CPI-ATE 3.7%, Statistics Norway said "
        "earlier this month.",
        fact("3.1%", date="2024", change=chg("increase", "3.1", "percent", None)),
        fact("3.7%", date="2024"), published="2025-01-23"),
    row("Prices rose 3% over 2023.",
        fact("3%", change=chg("increase", 3, "percent", "2023")), published="2025-01-23"),
    # "stable compared with December 2024" is the level's first comparison: unchanged since
    # December, before the "down from" that follows
    row("In January 2025, the euro area unemployment rate was 6.2%, stable compared with "
        "December 2024 and down from 6.5% in January 2024.",
        fact("6.2%", date="2025-01", change=chg("unchanged", None, None, "2024-12")),
        fact("6.5%", date="2024-01"), published="2025-03-04"),
    row("In January, the rate was 3.5%, flat on the month and down from 3.9% a year earlier.",
        fact("3.5%", change=chg("unchanged", None, None, "2024-12")), fact("3.9%", date="2024-01"),
        published="2025-03-04"),
    row("The rate was 4.1%, unchanged from November.",
        fact("4.1%", change=chg("unchanged", None, None, "2024-11")), published="2024-12-20"),
    row("Consumer price inflation is seen at 4.8% in 2024-25, unchanged from the December "
        "projection.",
        fact("4.8%", change=chg("unchanged", None, None, None)), published="2025-02-07"),
    # the period of an average a figure is set against dates that average only
    row("Turnover swelled to about HK$260 billion on Friday, far above the daily average of "
        "HK$131.8 billion in 2024. Xiaomi climbed 4.3% to a record close of HK$44.25.",
        fact("HK$260 billion", date="2025-02-07"),
        fact("HK$131.8 billion", date="2024", metric="daily average"),
        fact("HK$44.25", date="2025-02-07"), published="2025-02-07"),
    # a change compared with a month, in a report on a quarter, is the next month's
    row("Swedish GDP rose 0.2 percent in the fourth quarter of 2024.\n\nProduction in the "
        "business sector rose by 0.9 percent compared with November.",
        fact("0.2 percent", date="2024-Q4"),
        fact("0.9 percent", date="2024-12", change=chg("increase", "0.9", "percent", "2024-11")),
        published="2025-01-29"),
    # "in the previous three months" after a quarter is the quarter before
    row("Earnings fell to $3.66 billion in the October-December quarter from $6.03 billion in "
        "the previous three months.",
        fact("$3.66 billion", date="2024-Q4", change=chg("decrease", None, None, "2024-Q3")),
        fact("$6.03 billion", date="2024-Q3"), published="2025-01-30"),
    # "over the last four weeks" in a weekly report: four weeks to the week's end
    row("U.S. crude inventories rose by 4.1 million barrels in the week ended Feb. 7.\n\nOver "
        "the last four weeks, total products supplied averaged 20.5 million bpd. Gasoline demand "
        "averaged 8.3 million bpd over the four weeks.",
        fact("4.1 million barrels", date="2025-02-01/2025-02-07"),
        fact("20.5 million bpd", date="2025-01-11/2025-02-07"),
        fact("8.3 million bpd", date="2025-01-11/2025-02-07"), published="2025-02-12"),
    # a quarter that "ended Feb. 2" runs November to January (a 52/53-week year)
    row("Sales for the fourth quarter ended Feb. 2 rose 14.1% to $39.7 billion from $34.8 "
        "billion a year earlier.",
        fact("$39.7 billion", date="2024-11/2025-01"),
        fact("$34.8 billion", date="2023-11/2024-01"), published="2025-02-25"),
    # "over one month" / "over one year" are steps; a semicolon ends the first clause's step
    row("In January 2025, consumer prices rose by 0.2% over one month and by 1.7% over one year.",
        fact("0.2%", change=chg("increase", "0.2", "percent", "2024-12")),
        fact("1.7%", change=chg("increase", "1.7", "percent", "2024-01")), published="2025-02-18"),
    row("In January 2025, the HICP fell by 0.2% over one month; year on year it rose by 1.8%, as "
        "in December.",
        fact("0.2%", change=chg("decrease", "0.2", "percent", "2024-12")),
        fact("1.8%", change=chg("increase", "1.8", "percent", "2024-01")), published="2025-02-18"),
    # "the year to June 30" is twelve months to June; "the year through Dec. 20" runs from January
    row("BHP kept its guidance for the year to June 30 unchanged, forecasting copper output of "
        "1.845 million to 2.045 million tonnes.",
        fact("1.845 million", date="2024-07/2025-06"),
        fact("2.045 million tonnes", date="2024-07/2025-06"), published="2025-02-18"),
    row("Sales in the year to June 30, 2024 were A$5 billion.",
        fact("A$5 billion", date="2023-07/2024-06"), published="2025-02-18"),
    row("The index has gained 23% in the year through Dec. 20.",
        fact("23%", date="2024-01-01/2024-12-20"), published="2024-12-21"),
    # "from growth of 3.2 percent for the whole of 2024" dates the earlier value only
    row("Industrial output rose 5.9 percent in January-February.\n\nFixed-asset investment rose "
        "4.1 percent to 5,261.9 billion yuan, accelerating from growth of 3.2 percent for the "
        "whole of 2024. Infrastructure investment grew 5.6 percent.",
        fact("5.9 percent", date="2025-01/2025-02"),
        fact("5,261.9 billion yuan", date="2025-01/2025-02"), fact("3.2 percent", date="2024"),
        fact("5.6 percent", date="2025-01/2025-02"), published="2025-03-17"),
    # a retailer's "12 weeks ended Feb. 16" is its fiscal quarter, named by months; the four
    # weeks to a day stay days
    row("Net income for the 12 weeks ended Feb. 16 rose to $1.79 billion from $1.74 billion a "
        "year earlier.",
        fact("$1.79 billion", date="2024-12/2025-02"),
        fact("$1.74 billion", date="2023-12/2024-02"), published="2025-03-06"),
    row("Sales for the 16 weeks ended Feb. 2, 2025 were $39.7 billion.",
        fact("$39.7 billion", date="2024-10/2025-01"), published="2025-02-25"),
    row("Demand averaged 20.5 million bpd over the four weeks ending Feb. 7, 2025.",
        fact("20.5 million bpd", date="2025-01-11/2025-02-07"), published="2025-02-12"),
    row("Consumer prices rose 1.9% in January. Gasoline prices climbed 9.7% from a year earlier, "
        "partly because prices had dropped in January 2024 as refinery supply recovered.",
        fact("1.9%", date="2025-01"),
        fact("9.7%", date="2025-01", change=chg("increase", "9.7", "percent", "2024-01")),
        published="2025-02-18"),
])  # fmt: skip

# a step a sentence opens on covers the changes quoted in it; "between the same two months a
# year ago" is the main change's step a year earlier
QUOTED_STEPS: list[Case] = numbered("dates-quoted-steps", [
    row("On a monthly basis, CPIH rose by 0.4% in February 2025, compared with a rise of 0.5% in "
        "February 2024.",
        fact("0.4%", date="2025-02", change=chg("increase", "0.4", "percent", "2025-01")),
        fact("0.5%", date="2024-02", change=chg("increase", "0.5", "percent", "2024-01"))),
    row("Month on month, consumer prices slipped 0.2 percent in February after a 0.7 percent gain "
        "in January.",
        fact("0.2 percent", change=chg("decrease", "0.2", "percent", "2025-01")),
        fact("0.7 percent", date="2025-01", change=chg("increase", "0.7", "percent", "2024-12")),
        published="2025-03-09"),
    row("Year on year, prices rose 2% in January, after a 1.5% rise in December.",
        fact("2%", change=chg("increase", 2, "percent", "2024-01")),
        fact("1.5%", date="2024-12", change=chg("increase", "1.5", "percent", "2023-12")),
        published="2025-02-12"),
    # without an opening step, a quoted change has only its own words' comparison
    row("Prices rose 2% in January from a year earlier, after a 1.5% rise in December.",
        fact("2%", change=chg("increase", 2, "percent", "2024-01")),
        fact("1.5%", date="2024-12", change=chg("increase", "1.5", "percent", None)),
        published="2025-02-12"),
    row("Prices of clothing and footwear fell by 0.6% between January and February 2025, compared "
        "with a rise of 1.6% between the same two months a year ago.",
        fact("0.6%", date="2025-02", change=chg("decrease", "0.6", "percent", "2025-01")),
        fact("1.6%", date="2024-02", change=chg("increase", "1.6", "percent", "2024-01"))),
    row("The average price of petrol fell by 0.8 pence per litre between January and February "
        "2025 to stand at 137.9 pence per litre, compared with a rise of 1.4 pence per litre "
        "between the same two months a year ago.",
        fact("137.9 pence", date="2025-02", metric="average price of petrol",
             change=chg("decrease", "0.008", "GBP", "2025-01")),
        fact("1.4 pence", date="2024-02", change=chg("increase", "0.014", "GBP", "2024-01"))),
])  # fmt: skip

# "the year that ended on March 31" is the twelve months to March; "respectively" between the
# earlier values and their step does not hide the step
ENDED_YEARS: list[Case] = numbered("dates-ended-years", [
    row("For the year that ended on March 31, sales revenue rose 6.5% to a record ¥48.04 "
        "trillion.",
        fact("¥48.04 trillion", date="2024-04/2025-03"), published="2025-05-08"),
    row("In the year which ended March 31, net income slipped 3.6% to ¥4.77 trillion.",
        fact("¥4.77 trillion", date="2024-04/2025-03"), published="2025-05-08"),
    row("For the year ended March 31, revenue rose 6% to $12 billion.",
        fact("$12 billion", date="2024-04/2025-03"), published="2025-05-08"),
    row("In February 2025, the euro area unemployment rate was 6.1%. The youth unemployment rate "
        "was 14.5% in the EU and 14.2% in the euro area, up from 14.4% and 14.1% respectively in "
        "the previous month.",
        fact("6.1%"), fact("14.5%", change=chg("increase", since="2025-01")),
        fact("14.2%", change=chg("increase", since="2025-01")),
        fact("14.4%", date="2025-01"), fact("14.1%", date="2025-01"), published="2025-04-01"),
    row("GDP was 0.9% higher in the euro area and 1.1% higher in the EU in the fourth quarter of "
        "2024, after year-on-year gains of 0.9% and 1.0% respectively in the previous quarter.",
        fact("0.9%", date="2024-Q4"), fact("1.1%", date="2024-Q4"),
        fact("0.9%", date="2024-Q3"), fact("1.0%", date="2024-Q3"), published="2025-01-30"),
])  # fmt: skip

# "the current financial year" is the fiscal year the publication falls in; a year told in the
# past tense ("made profit ... in the 52 weeks to March 29") has ended by publication
CURRENT_AND_PAST_YEARS: list[Case] = numbered("dates-current-past-years", [
    row("Oracle forecast that revenue would climb 16% to $67 billion in fiscal 2026, which began "
        "on June 1.",
        fact("$67 billion", date="2025-06/2026-05"), published="2025-06-11"),
    row("GDP grew 0.6% in the first quarter. The figure was revised up from the flash estimate of "
        "15 May, which had put growth at 0.4%.",
        fact("0.6%", date="2025-Q1"), fact("0.4%", date="2025-Q1"), published="2025-06-06"),
    row("A cyber attack would cost it about £300 million in the current financial year.",
        fact("£300 million", date="2025-04/2026-03"), published="2025-05-21"),
    row("Marks & Spencer posted a 22% rise in annual profit on Wednesday, but said a cyber attack "
        "would cost it about £300 million in the current financial year.\n\nThe retailer made "
        "profit of £875.5 million in the 52 weeks to March 29, up 22.2% from £716.4 million a "
        "year earlier.",
        fact("22%"), fact("£300 million", date="2025-04/2026-03"),
        fact("£875.5 million", date="2024-04/2025-03"),
        fact("£716.4 million", date="2023-04/2024-03"), published="2025-05-21"),
])  # fmt: skip

# a deadline after its figure ("3.2% by December") is the month ahead, unless the clause is past
DEADLINES: list[Case] = numbered("dates-deadlines", [
    row("Futures pricing implied a cash rate of around 3.2% by December.",
        fact("3.2%", date="2025-12"), published="2025-05-20"),
    row("Traders now see the deposit rate falling to around 1.75% by December.",
        fact("1.75%", date="2025-12"), published="2025-06-05"),
    row("Sales had reached 5 million by March.", fact("5 million", date="2025-03"),
        published="2025-05-20"),
    # an average over the past N months covers them; a change over them is a step back
    row("Employers added 177,000 jobs in April. Over the past 12 months, job growth has averaged "
        "152,000 a month.",
        fact("177,000", date="2025-04"), fact("152,000", date="2024-05/2025-04"),
        published="2025-05-02"),
    row("Consumer prices were 2.3% higher in April. Prices rose 3.8% over the last 12 months.",
        fact("2.3%"), fact("3.8%", date="2025-04", change=chg("increase", "3.8", "percent",
                                                             "2024-04")),
        published="2025-05-13"),
])  # fmt: skip

# a sentence that opens on "Since P," compares its changes with P and dates their earlier
# values by P
SINCE_OPENERS: list[Case] = numbered("dates-since-openers", [
    row("Since September, when the tightening cycle began, the bank has lifted the Selic by a "
        "cumulative 3.75 percentage points from 10.50%, taking it to its highest since October "
        "2016.",
        fact("3.75 percentage points", date="2025-03-19",
             change=chg("increase", "3.75", "percentage_point", "2024-09")),
        fact("10.50%", date="2024-09"), published="2025-03-19"),
    row("Since it began easing in June 2024, the central bank has lowered its policy rate by a "
        "cumulative 225 basis points from 5%.",
        fact("225 basis points", change=chg("decrease", 225, "basis_point", "2024-06")),
        fact("5%", date="2024-06"), published="2025-03-12"),
    row("Since January, consumer prices have risen 2.1%.",
        fact("2.1%", change=chg("increase", "2.1", "percent", "2025-01")),
        published="2025-03-19"),
    # the day a decision takes effect is no period of its figures and nothing compared with
    row("The rates on the main refinancing operations and the marginal lending facility were "
        "lowered to 2.40% and 2.65%, respectively, with effect from April 23.",
        fact("2.40%", date="2025-04-17", change=chg("decrease")),
        fact("2.65%", date="2025-04-17", change=chg("decrease")), published="2025-04-17"),
    row("The bank cut its deposit rate to 2.25%, effective from April 23.",
        fact("2.25%", date="2025-04-17", change=chg("decrease")), published="2025-04-17"),
    # a restated rate in brackets between a change and its level
    row("The number of payrolled employees fell by 78,000 (0.3%) on the revised February 2025 "
        "figure, to 30.3 million.",
        fact("30.3 million", change=chg("decrease", 78000, "count", "2025-02")),
        published="2025-04-15"),
    row("The bank has lifted the Selic by 3.75 percentage points since September.",
        fact("3.75 percentage points",
             change=chg("increase", "3.75", "percentage_point", "2024-09")),
        published="2025-03-19"),
])  # fmt: skip

PEAKS: list[Case] = numbered("dates-peaks", [
    # a peak's period dates its own figure and is not handed on to the paragraphs after it
    row("The 30-year rate averaged 6.09% as of Sept. 19. A year ago it stood at 7.19%, and it "
        "peaked at 7.79% in late October 2023.\n\nThe 15-year rate averaged 5.15%.",
        fact("6.09%", date="2024-09-19"), fact("7.19%", date="2023-09-19"),
        fact("7.79%", date="2023-10"), fact("5.15%", date="2024-09-19"),
        published="2024-09-19"),
    row("The 30-year rate averaged 6.09% as of Sept. 19. It hit a record high of 7.79% in "
        "October 2023.\n\nThe 15-year rate averaged 5.15%.",
        fact("6.09%", date="2024-09-19"), fact("7.79%", date="2023-10"),
        fact("5.15%", date="2024-09-19"), published="2024-09-19"),
    row("Unemployment was 4.1% in August. It reached a peak of 6.3% in March 2021.\n\n"
        "Youth unemployment was 11.2%.",
        fact("4.1%", date="2024-08"), fact("6.3%", date="2021-03"),
        fact("11.2%", date="2024-08"), published="2024-09-10"),
    row("Inflation eased to 2.2% in August. It had topped out at 11.1% in October 2022.\n\n"
        "Core inflation was 3.6%.",
        fact("2.2%", date="2024-08"), fact("11.1%", date="2022-10"),
        fact("3.6%", date="2024-08"), published="2024-09-18"),
    # an earlier rate named by its noun ("the 8.3% pace of a year earlier") is dated by it
    row("In the April-June quarter, private consumption rose 7.0%, slower than the 8.3% pace of "
        "a year earlier.",
        fact("7.0%", date="2025-Q2"),
        fact("8.3%", date="2024-Q2", change=chg("increase", "8.3", "percent", "2023-Q2")),
        published="2025-08-29"),
    row("In the April-June quarter, private consumption rose 7.0%, slower than the 8.3% growth "
        "seen a year earlier.",
        fact("7.0%", date="2025-Q2"), fact("8.3%", date="2024-Q2"), published="2025-08-29"),
    row("Exports grew 4.1% in May, below the 6.0% rate of a month earlier.",
        fact("4.1%", date="2025-05"), fact("6.0%", date="2025-04"), published="2025-06-20"),
    # a period in a clause about a cause dates no figure and is not handed on
    row("Prices rose 4.1% in June. Energy prices fell 0.3% on the month but were still 12.8% "
        "higher year on year, reflecting the partial unfreezing of electricity and gas tariffs "
        "last July.\n\nFuel prices dropped 1.3% from May.",
        fact("4.1%", date="2025-06"),
        fact("0.3%", date="2025-06", change=chg("decrease", "0.3", "percent", "2025-05")),
        fact("12.8%", date="2025-06", change=chg("increase", "12.8", "percent", "2024-06")),
        fact("1.3%", date="2025-06", change=chg("decrease", "1.3", "percent", "2025-05")),
        published="2025-06-30"),
    row("Prices rose 4.1% in June. Sales rose 3%, thanks to a heatwave in May.",
        fact("4.1%", date="2025-06"), fact("3%", date="2025-06"), published="2025-06-30"),
    row("Prices rose 4.1% in June. Output fell 2%, due to strikes that began in April.",
        fact("4.1%", date="2025-06"), fact("2%", date="2025-06"), published="2025-06-30"),
    # two clauses, each with its own comparison
    row("Fuel prices dropped 1.3% in June from May and were 10.0% lower than in June 2024.",
        fact("1.3%", change=chg("decrease", "1.3", "percent", "2025-05")),
        fact("10.0%", change=chg("decrease", "10.0", "percent", "2024-06")),
        published="2025-06-30"),
    row("Exports rose 2% in April from March, but were 5% below their level of April 2024.",
        fact("2%", change=chg("increase", "2", "percent", "2025-03")),
        fact("5%", change=chg("decrease", "5", "percent", "2024-04")), published="2025-06-30"),
    # "month-to-month" and "quarter-to-quarter" are steps like "month-on-month"
    row("In June, sales were $59.9 billion. On a month-to-month basis, sales grew in China "
        "(0.8%) but fell in Japan (-1.7%).",
        fact("$59.9 billion", date="2025-06"),
        fact("0.8%", date="2025-06", change=chg("increase", "0.8", "percent", "2025-05")),
        fact("-1.7%", date="2025-06", change=chg("decrease", "1.7", "percent", "2025-05")),
        published="2025-08-05"),
    row("Sales rose 2% month-to-month in June.",
        fact("2%", date="2025-06", change=chg("increase", "2", "percent", "2025-05")),
        published="2025-08-05"),
    # the period after an earlier value compared with ("up from ... 3.7% in March") is not
    # the period of the figure before it
    row("New orders fell 1.4% in April. Compared with April 2024, orders were 4.8% higher, up "
        "from an annual increase of 3.7% in March.",
        fact("1.4%", date="2025-04"),
        fact("4.8%", date="2025-04", change=chg("increase", "4.8", "percent", "2024-04")),
        fact("3.7%", date="2025-03"), published="2025-06-05"),
    row("Sales rose 5% from a year earlier to $3 billion in March.",
        fact("$3 billion", date="2025-03", change=chg("increase", "5", "percent", "2024-03")),
        published="2025-06-05"),
    # "the N it flew a year earlier": the earlier value's own step, past a clause about it
    row("In the third quarter, the airline carried 34.6 million revenue passengers, 2.6% fewer "
        "than the 35.5 million it flew a year earlier.",
        fact("34.6 million", date="2025-Q3",
             change=chg("decrease", "2.6", "percent", "2024-Q3")),
        fact("35.5 million", date="2024-Q3"), published="2025-10-22"),
    # but "the 1.5% it reported a month ago" was reported then: an earlier estimate of January
    row("Output rose 2.0% in January, above the 1.5% it reported a month ago.",
        fact("2.0%", date="2025-01"), fact("1.5%", date="2025-01"), published="2025-02-20"),
])  # fmt: skip

LISTED_STEPS: list[Case] = numbered("dates-listed-steps", [
    # a list of bracketed names compares as its first item does, past a ranking, "followed by",
    # a second half of the list ("and the largest decreases in") or "(both +1.1%)"
    row("In the fourth quarter, Ireland (+3.6%) recorded the highest increase of GDP compared "
        "with the previous quarter, followed by Denmark (+1.6%) and Portugal (+1.5%).",
        fact("+3.6%", change=chg("increase", 3.6, "percent", "2024-Q3")),
        fact("+1.6%", metric="Denmark", change=chg("increase", 1.6, "percent", "2024-Q3")),
        fact("+1.5%", metric="Portugal", change=chg("increase", 1.5, "percent", "2024-Q3")),
        published="2025-02-14"),
    row("In the fourth quarter, the highest quarterly increases were recorded in Hungary "
        "(+4.8%) and Bulgaria (+4.4%), and the largest decreases in Cyprus (-1.7%) and Finland "
        "(-1.5%).",
        fact("+4.8%", change=chg("increase", 4.8, "percent", "2024-Q3")),
        fact("+4.4%", change=chg("increase", 4.4, "percent", "2024-Q3")),
        fact("-1.7%", metric="Cyprus", change=chg("decrease", 1.7, "percent", "2024-Q3")),
        fact("-1.5%", metric="Finland", change=chg("decrease", 1.5, "percent", "2024-Q3")),
        published="2025-02-14"),
    row("In December, the strongest monthly increases were in Belgium, Denmark and Croatia (all "
        "+2.1%), Germany (+1.2%), and Austria and Slovakia (both +1.1%).",
        fact("+2.1%", change=chg("increase", 2.1, "percent", "2024-11")),
        fact("+1.2%", metric="Germany", change=chg("increase", 1.2, "percent", "2024-11")),
        fact("+1.1%", metric="Austria and Slovakia",
             change=chg("increase", 1.1, "percent", "2024-11")),
        published="2025-02-14"),
    # counter-row: an item with its own step keeps it
    row("In December, prices rose on the month in Belgium (+2.1%) and on the year in Germany "
        "(+1.2%).",
        fact("+2.1%", change=chg("increase", 2.1, "percent", "2024-11")),
        fact("+1.2%", change=chg("increase", 1.2, "percent", "2023-12")),
        published="2025-02-14"),
])  # fmt: skip

RECORDED_PERIODS: list[Case] = numbered("dates-recorded-periods", [
    # "the N <participle> in <period>": that period dates the earlier figure
    row("Employers announced 153,074 job cuts in October, up from the 55,597 announced in "
        "October 2024.",
        fact("153,074", date="2025-10"), fact("55,597", date="2024-10"),
        published="2025-11-06"),
    row("Sales were $5 billion in May, up from the $4 billion recorded in May 2024.",
        fact("$5 billion", date="2025-05", change=chg("increase", None, None, "2024-05")),
        fact("$4 billion", date="2024-05"),
        published="2025-07-06"),
    row("Airbus delivered 67 jets in June, against the 63 delivered in June 2024.",
        fact("67", date="2025-06"), fact("63", date="2024-06"), published="2025-07-06"),
    # an ordinal before "since": a count of moves since then, no comparison
    row("The ECB lowered its deposit rate by a quarter of a percentage point to 3.50% on "
        "Thursday, its second cut since June.",
        fact("3.50%", change=chg("decrease", 0.25, "percentage_point", None)),
        published="2024-09-12"),
    row("Goods-producing industries shrank 0.3% in November, down for the third time since "
        "August.",
        fact("0.3%", date="2025-11", change=chg("decrease", 0.3, "percent", None)),
        published="2026-01-30"),
    # counter-row: a move since a period compares with it
    row("Prices have risen 5% since June.",
        fact("5%", change=chg("increase", 5, "percent", "2024-06")), published="2024-09-12"),
])  # fmt: skip

DATES: list[Case] = (
    RECORDED_PERIODS
    + LISTED_STEPS
    + PEAKS
    + CURRENT_AND_PAST_YEARS
    + DEADLINES
    + SINCE_OPENERS
    + ENDED_YEARS
    + QUOTED_STEPS
    + PARTICIPLE_CLAUSES
    + STANDARDS_AND_FORECAST_LEADS
    + EVENT_DAYS
    + YEARLESS_SPANS
    + OWN_STEPS
    + PERIOD_GRID
    + MONTH_GRID
    + QUARTER_GRID
    + RELATIVE
    + CARRIED
    + NAMED_STEPS
    + STEPS_BACK
    + REVISED_PERIODS
    + SPANS
    + RELATIVE_QUARTERS
    + MONTH_RANGES
    + POLICY_MOVES
    + LEADS
    + RESPECTIVE_PERIODS
    + COMPARISON_FRAMES
    + WHEN_CLAUSES
    + FORECAST_LEADS
    + QUARTER_STEPS
    + HEADLINE_MONTHS
    + BASES_AND_RATES
    + YEAR_PARAGRAPHS
    + REPORT_DAYS
    + BACKGROUND_CLAUSES
    + JOINED_CLAUSES
    + SUBORDINATE_PERIODS
)
