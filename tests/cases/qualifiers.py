"""Hedges before a figure and after it; the span leaves the hedge out."""

from __future__ import annotations

from cases.case import Case, chg, fact, numbered, row, slug

BEFORE: list[tuple[str, str]] = [
    ("nearly", "approximately"),
    ("almost", "approximately"),
    ("about", "approximately"),
    ("around", "approximately"),
    ("roughly", "approximately"),
    ("approximately", "approximately"),
    ("some", "approximately"),
    ("close to", "approximately"),
    ("more than", "more_than"),
    ("over", "more_than"),
    ("less than", "less_than"),
    ("fewer than", "less_than"),
    ("under", "less_than"),
    ("at least", "at_least"),
    ("at most", "at_most"),
    ("up to", "at_most"),
]

TEMPLATES: list[tuple[str, str, str, str, str]] = [
    ("evacuated", "Officials said {q} 40,000 people were evacuated from coastal towns.",
     "40,000", "40000", "count"),
    ("money", "The programme will cost {q} $2.5 billion, the ministry said.",
     "$2.5 billion", "2500000000", "USD"),
    ("share", "The bank estimates that {q} 15% of loans in the sector are at risk.",
     "15%", "15", "percent"),
]  # fmt: skip

BEFORE_GRID: list[Case] = [
    Case(
        slug("qualifiers", hedge, template),
        text.format(q=hedge),
        [fact(surface, value=value, unit=unit, qualifier=qualifier)],
    )
    for hedge, qualifier in BEFORE
    for template, text, surface, value, unit in TEMPLATES
]

VERBS: list[tuple[str, str]] = [
    ("exceeded", "more_than"),
    ("topped", "more_than"),
    ("surpassed", "more_than"),
]

VERB_GRID: list[Case] = [
    Case(
        slug("qualifiers-verb", verb),
        f"Annual sales of electric vehicles {verb} 9.5 million units in 2023.",
        [fact("9.5 million", value=9500000, unit="count", qualifier=qualifier, date="2023")],
    )
    for verb, qualifier in VERBS
]

HAND: list[Case] = numbered("qualifiers", [
    # a hedge, then an article: the hedge still bounds the figure, and the noun after it names it
    row("Futures pricing had implied less than a 10% chance of a move.",
        fact("10%", qualifier="less_than", metric="chance of a move")),
    row("Markets see more than a 50% chance of a cut next month.",
        fact("50%", qualifier="more_than", metric="chance of a cut")),
    row("Traders priced in nearly a 60% probability of a hike.",
        fact("60%", qualifier="approximately", metric="probability of a hike")),
    row("The company expects about a 5% rise in sales this year.",
        fact("5%", qualifier="approximately")),
    # "up to" after a verb that carries its object there is a way, not a ceiling
    row("Employment jumped, pushing the employment rate for 16 to 64-year-olds up to 74.9%.",
        fact("74.9%", qualifier=None, metric="employment rate for 16 to 64-year-olds",
             change=chg("increase", None, None, None))),
    row("The move takes the rate up to 5.5%.",
        fact("5.5%", qualifier=None, metric="rate", change=chg("increase", None, None, None))),
    row("The plan allows up to 5,000 workers.",
        fact("5,000", qualifier="at_most")),
    row("Analysts expect 100,000 jobs or more to be added in March 2024.",
        fact("100,000", value=100000, unit="count", qualifier="at_least")),
    row("The airline cancelled 300-plus flights on Monday.",
        fact("300", value=300, unit="count", qualifier="more_than")),
    row("The festival drew 2 million visitors or more each year before the pandemic.",
        fact("2 million", value=2000000, unit="count", qualifier="at_least")),
    row("Prices rose nearly 12% in the year to April 2024.",
        fact("12%", value=None, unit="percent", qualifier="approximately",
             change=chg("increase", 12, "percent", "2023-04"))),
    row("Exports fell more than 6% in January 2024 from a year earlier.",
        fact("6%", value=None, unit="percent", qualifier="more_than",
             change=chg("decrease", 6, "percent", "2023-01"), date="2024-01")),
    row("Net profit jumped almost threefold to $1.2 billion.",
        fact("$1.2 billion", value=1200000000, unit="USD", qualifier=None)),
    row("The company has around 1,500 employees, a spokesman said.",
        fact("1,500", value=1500, unit="count", qualifier="approximately", metric="employees")),
    # "an estimated" says how a figure was measured, not that it is rounded: no hedge
    row("The bill would cost taxpayers an estimated $400 billion over a decade.",
        fact("$400 billion", value=400000000000, unit="USD", qualifier=None)),
    row("The population stood at an estimated 60.9 million at the end of June 2023.",
        fact("60.9 million", qualifier=None)),
    row("Inflation stayed above 3% in the euro area in 2023.",
        fact("3%", value=3, unit="percent", qualifier="more_than")),
    row("The agency approved no fewer than 14 new drugs in 2023.",
        fact("14", value=14, unit="count", qualifier="at_least", metric="new drugs")),
    row("The flood affected in excess of 200,000 people.",
        fact("200,000", value=200000, unit="count", qualifier="more_than")),
    row("The price fell to just under $70 a barrel.",
        fact("$70", value=70, unit="USD", qualifier="less_than")),
    row("Exports hit a record of just over ¥100 trillion last year.",
        fact("¥100 trillion", qualifier="more_than")),
    row("The unemployment rate rose to about 5.1% in the fourth quarter of 2023.",
        fact("5.1%", value="5.1", unit="percent", qualifier="approximately", date="2023-Q4")),
    row("Some 2,000 workers at the plant went on strike.",
        fact("2,000", value=2000, unit="count", qualifier="approximately", metric="workers")),
    row("Approximately 60% of respondents said they would vote.",
        fact("60%", value=60, unit="percent", qualifier="approximately")),
    row("The ministry expects to spend nearly $2.5 billion on the programme.",
        fact("$2.5 billion", value=2500000000, unit="USD", qualifier="approximately")),
    row("Sales rose 8% to more than $10 billion in 2023.",
        fact("$10 billion", value=10000000000, unit="USD", qualifier="more_than",
             change=chg("increase", 8, "percent"), date="2023")),
    # "up to" after a bare noun phrase on a headline line is a rise to the figure; after "of"
    # or a verb it is a ceiling
    row("November 2024: Euro area annual inflation up to 2.2%, EU up to 2.5%\n\nAnnual "
        "inflation in the euro area stood at 2.2% in November 2024.",
        fact("2.2%", qualifier=None, change=chg("increase")),
        fact("2.5%", qualifier=None, change=chg("increase")), fact("2.2%"),
        published="2024-12-18"),
    row("Bank offers loans of up to $5,000\n\nThe scheme offers up to $5,000 per household.",
        fact("$5,000", qualifier="at_most"), fact("$5,000", qualifier="at_most")),
    # "over" as a verb's particle is no hedge
    row("Airbus handed over 766 commercial aircraft in 2024.", fact("766", qualifier=None)),
    row("The fund turned over $2 billion last year.", fact("$2 billion", qualifier=None)),
    row("Airbus delivered over 766 aircraft in 2024.", fact("766", qualifier="more_than")),
])  # fmt: skip

QUALIFIERS: list[Case] = BEFORE_GRID + VERB_GRID + HAND
