"""Numbers that are not statistics: years, dates, ordinals, times, codes, ages, thresholds."""

from __future__ import annotations

from cases.case import Case, chg, fact, numbered, row, slug

YEAR_TEMPLATES: list[str] = [
    "The law was passed in {y} after years of debate.",
    "The company was founded in {y} in Shenzhen.",
    "Since {y}, the bank has been led by the same chief executive.",
]

YEARS: list[Case] = [
    Case(slug("non-facts-year", year, index), text.format(y=year), [])
    for year in ["1998", "2008", "2020"]
    for index, text in enumerate(YEAR_TEMPLATES, start=1)
]

AGES: list[Case] = [
    Case(slug("non-facts-age", age), f"A {age}-year-old woman was rescued from the river.", [])
    for age in ["19", "42", "67", "85"]
]

ORDINALS: list[Case] = [
    Case(slug("non-facts-ordinal", ordinal), f"It was the {ordinal} round of talks this year.", [])
    for ordinal in ["2nd", "3rd", "4th", "11th", "21st"]
]

NON_FACTS: list[Case] = YEARS + AGES + ORDINALS + numbered("non-facts", [
    row("The 47th report was issued on February 3rd."),
    row("The meeting is scheduled for March 15, 2024."),
    row("The ministry published its findings on 5 June 2023."),
    row("The third plenary session opened in Beijing on Monday."),
    row("She finished 2nd in the 100-metre final."),
    row("The 19th Party Congress was held in October 2017."),
    row("The announcement came at 2.15pm local time."),
    row("Trading resumed at 0900 GMT on Tuesday."),
    row("The flight departs at 10:30 a.m. every day."),
    row("The COVID-19 pandemic disrupted supply chains around the world."),
    row("Leaders of the G20 met in New Delhi in September 2023."),
    row("The EA17 aggregate is no longer published by the office."),
    row("The company was charged under Section 427 of the penal code."),
    row("The FTSE 100 index closed higher on Friday."),
    row("Shares of S&P 500 companies rallied after the announcement."),
    row("The figures were revised in the latest release.[3]"),
    row("The budget for 2012\u201313 was presented in parliament on Thursday."),
    row("The fiscal year 2023-24 ends in March."),
    row("A 42-year-old man was arrested at the scene."),
    row("Apple's chief executive Tim Cook, 63, spoke at the event."),
    row("The survey covered people aged 16 to 64 in England."),
    row("Households that spent more than 30% of their income on rent were classed as burdened."),
    row("Families earning less than $50,000 a year qualify for the credit."),
    row("The report covers changes in the past 12 months."),
    row("Prices have fallen for three straight months."),
    row("The policy was introduced two years ago."),
    row("The cafe serves a mix of local and imported coffee."),
    row("The Boeing 737 MAX was grounded in March 2019."),
    row("The iPhone 15 went on sale in September."),
    row("Call the hotline on 0800 123 4567 for advice."),
    row("See page 14 of the report for details."),
    row("Article 370 of the constitution was revoked in August 2019."),
    row("The summit was held under the COP28 presidency."),
    row("The country's Vision 2030 plan aims to diversify the economy."),
    row("The Nikkei 225 index hit a record in February."),
    row("The 5G network now covers the whole city."),
    row("The agency's M3 money supply data are due on Friday."),
    row("The minister held his first press conference in 2019."),
    row("Workers on Route 66 repaired the bridge."),
    row("The 2024 Olympic Games were held in Paris."),
    row("Level 4 restrictions were lifted in the city."),
    row("The World War II memorial was restored."),
    row("In the 1990s, the sector grew rapidly."),
    row("The rule applies to firms with fewer than 250 employees."),
    row("Children under 5 are entitled to free vaccinations."),
    row("Adults over 65 will receive the booster first."),
    row("Phase 3 trials of the vaccine began in July."),
    row("The 24-hour strike disrupted rail services."),
    row("The bank's Q3 results are due on 24 October."),
    row("The Brent-WTI spread narrowed in the second half."),
    row("The 10-year Treasury yield is a benchmark for mortgage rates."),
    row("The one-off payment was made to pensioners."),
    row("Tim Cook, 63, said iPhone revenue rose 3% in the quarter.",
        fact("3%", unit="percent")),
    row("A 42-year-old engineer said 1,200 homes lost power.",
        fact("1,200", value=1200, unit="count")),
    row("The COVID-19 outbreak killed 6.9 million people worldwide.",
        fact("6.9 million", value=6900000, unit="count")),
    row("Under Section 80C, 5.2 crore taxpayers claimed deductions.",
        fact("5.2 crore", value=52000000, unit="count")),
    row("The G20 economies account for 85% of world GDP.",
        fact("85%", value=85, unit="percent")),
    row("The FTSE 100 fell 1.2% on Monday.",
        fact("1.2%", unit="percent")),
    row("At 9am on 3 March, 4,500 workers walked out.",
        fact("4,500", value=4500, unit="count")),
    row("Those who spent more than 30% of their income on housing numbered 12.1 million.",
        fact("12.1 million", value=12100000, unit="count")),
    row("The 47th report said 1.09 billion people used the internet.",
        fact("1.09 billion", value=1090000000, unit="count")),
    row("In 2012\u201313, exports rose 8%.[3]",
        fact("8%", date="2012-04/2013-03")),
    row("The survey of people aged 16 to 64 found that 3.4 million were economically inactive.",
        fact("3.4 million", value=3400000, unit="count")),
    row("The rate for 15- to 24-year-olds jumped to 62.4%.", fact("62.4%", unit="percent")),
    # "N or more" after a plural noun and "with" / "of" defines a class: no figure
    row("Spending by households with two or more people increased 1.3% in June.",
        fact("1.3%", metric="Spending by households with two or more people")),
    row("Households of three or more people spent 5% more.", fact("5%", unit="percent")),
    row("Firms with 50 or more employees cut 3,000 jobs.", fact("3,000", unit="count")),
    row("The rate for 15-24-year-olds jumped to 62.4%.", fact("62.4%", unit="percent")),
    row("The rate for 15 to 24-year-olds jumped to 62.4%.", fact("62.4%", unit="percent")),
    row("In the past 12 months, prices rose 3.2%.",
        fact("3.2%", unit="percent")),
    # a window inside a condition ("within 28 days of a positive test") names no quantity
    row("There were 285 deaths within 28 days of a positive test.",
        fact("285", value=285, unit="count")),
    row("Claims must be filed within 30 days of the storm; 12,400 were filed.",
        fact("12,400", value=12400, unit="count")),
    # a count that names a place is no figure, and "Lower" in it is no fall
    row("Working gas in the Lower 48 states stood at 3,433 Bcf, up 90 Bcf from 3,343 Bcf.",
        fact("3,433 Bcf", change=chg("increase", "90000000000", "cubic_foot", None)),
        fact("3,343 Bcf")),
    row("Oil output in the Lower 48 rose 2% to 11 million barrels per day.",
        fact("11 million barrels per day", change=chg("increase", "2", "percent", None))),
    # a capitalised word with the same small number twice is a name, not a count
    row("Nintendo's Switch 2 shipped 5.82 million units. Demand for Switch 2 games was strong.",
        fact("5.82 million")),
    row("Samsung's Galaxy 25 sold well; Galaxy 25 sales rose 12%.", fact("12%")),
])  # fmt: skip
