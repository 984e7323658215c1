"""Ranges: "between A and B", "A-B", "A to B" give two facts, at_least and at_most."""

from __future__ import annotations

from cases.case import Case, chg, fact, numbered, row

RANGES: list[Case] = numbered("ranges", [
    row("Between 3 and 5 million people are expected to travel over the holiday.",
        fact("3", value=3000000, unit="count", qualifier="at_least"),
        fact("5 million", value=5000000, unit="count", qualifier="at_most")),
    row("Economists expect inflation of 3-5% next year.",
        fact("3", value=3, unit="percent", qualifier="at_least"),
        fact("5%", value=5, unit="percent", qualifier="at_most")),
    row("The project will cost $3bn to $5bn, the company said.",
        fact("$3bn", value=3000000000, unit="USD", qualifier="at_least"),
        fact("$5bn", value=5000000000, unit="USD", qualifier="at_most")),
    row("The bank expects growth of between 6.5% and 7% in 2024.",
        fact("6.5%", value="6.5", unit="percent", qualifier="at_least"),
        fact("7%", value=7, unit="percent", qualifier="at_most")),
    row("The storm could destroy 2,000-3,000 homes along the coast.",
        fact("2,000", value=2000, unit="count", qualifier="at_least"),
        fact("3,000", value=3000, unit="count", qualifier="at_most")),
    row("Unemployment is forecast to peak at 4 to 4.5 per cent next year.",
        fact("4", value=4, unit="percent", qualifier="at_least"),
        fact("4.5 per cent", value="4.5", unit="percent", qualifier="at_most")),
    row("Tickets cost between \u00a345 and \u00a3120 each.",
        fact("\u00a345", value=45, unit="GBP", qualifier="at_least"),
        fact("\u00a3120", value=120, unit="GBP", qualifier="at_most")),
    row("The deal values the company at $1.2 billion-$1.5 billion.",
        fact("$1.2 billion", value=1200000000, unit="USD", qualifier="at_least"),
        fact("$1.5 billion", value=1500000000, unit="USD", qualifier="at_most")),
    row("Officials estimate that 10,000 to 15,000 people were displaced.",
        fact("10,000", value=10000, unit="count", qualifier="at_least"),
        fact("15,000", value=15000, unit="count", qualifier="at_most")),
    row("The central bank sees GDP growth of 6.2%-6.8% in 2024-25.",
        fact("6.2%", value="6.2", unit="percent", qualifier="at_least", date="2024-04/2025-03"),
        fact("6.8%", value="6.8", unit="percent", qualifier="at_most", date="2024-04/2025-03")),
    row("Output is seen between 1.1 million and 1.3 million barrels per day.",
        fact("1.1 million", value=1100000, qualifier="at_least"),
        fact("1.3 million barrels per day", value=1300000, unit="barrel_per_day",
             qualifier="at_most")),
    row("The company plans to hire 500-700 engineers this year.",
        fact("500", value=500, unit="count", qualifier="at_least"),
        fact("700", value=700, unit="count", qualifier="at_most")),
    row("Rates are expected to settle between 3.25 and 3.5 percent.",
        fact("3.25", value="3.25", unit="percent", qualifier="at_least"),
        fact("3.5 percent", value="3.5", unit="percent", qualifier="at_most")),
    row("The repairs will cost Rs 40-50 crore, officials said.",
        fact("Rs 40", value=400000000, unit="INR", qualifier="at_least"),
        fact("50 crore", value=500000000, unit="INR", qualifier="at_most")),
    row("Between 40% and 45% of voters backed the proposal in polls.",
        fact("40%", value=40, unit="percent", qualifier="at_least"),
        fact("45%", value=45, unit="percent", qualifier="at_most")),
    row("Analysts see the deficit widening to \u20ac20bn-\u20ac25bn this year.",
        fact("\u20ac20bn", value=20000000000, unit="EUR", qualifier="at_least"),
        fact("\u20ac25bn", value=25000000000, unit="EUR", qualifier="at_most")),
    row("The company expects revenue of $22 billion to $23 billion in the first quarter of 2024.",
        fact("$22 billion", value=22000000000, unit="USD", qualifier="at_least", date="2024-Q1"),
        fact("$23 billion", value=23000000000, unit="USD", qualifier="at_most", date="2024-Q1")),
    row("Mortgage rates of 6 to 7 percent have cooled demand.",
        fact("6", value=6, unit="percent", qualifier="at_least"),
        fact("7 percent", value=7, unit="percent", qualifier="at_most")),
    row("Between 200 and 250 companies are expected to list this year.",
        fact("200", value=200, unit="count", qualifier="at_least"),
        fact("250", value=250, unit="count", qualifier="at_most")),
    row("The fire burned 8,000-10,000 hectares of forest.",
        fact("8,000", value=8000, qualifier="at_least"),
        fact("10,000 hectares", value=10000, unit="hectare", qualifier="at_most")),
    row("Wages are expected to rise 4%-5% this year.",
        fact("4%", unit="percent", qualifier="at_least"),
        fact("5%", unit="percent", qualifier="at_most")),
    row("OPEC+ will cut output by 1 million to 1.5 million barrels per day.",
        fact("1 million", qualifier="at_least"),
        fact("1.5 million barrels per day", unit="barrel_per_day", qualifier="at_most")),
    row("The market is worth between \u20b91.5 lakh crore and \u20b92 lakh crore.",
        fact("\u20b91.5 lakh crore", value=1500000000000, unit="INR", qualifier="at_least"),
        fact("\u20b92 lakh crore", value=2000000000000, unit="INR", qualifier="at_most")),
    row("Scientists estimate 5,000 to 8,000 of the birds remain in the wild.",
        fact("5,000", value=5000, unit="count", qualifier="at_least"),
        fact("8,000", value=8000, unit="count", qualifier="at_most")),
])  # fmt: skip

# a named growth rate given as a range is two levels of that rate, like "growth of 2.9%"
RATE_RANGES: list[Case] = numbered("ranges-rate", [
    # a signed change to a level is no range
    row("Average hourly wages rose 4.9% (+$1.63 to $35.22) in August.",
        fact("$35.22", qualifier=None, change=chg("increase", 4.9, "percent", None)),
        published="2024-09-06"),
    row("Airbnb expects revenue growth of 8% to 10% in the third quarter of 2024.",
        fact("8%", value=8, metric="revenue growth", qualifier="at_least", change=None),
        fact("10%", value=10, metric="revenue growth", qualifier="at_most", change=None)),
    row("The IMF sees global growth of 3.1% to 3.3% in 2025.",
        fact("3.1%", value="3.1", qualifier="at_least", change=None),
        fact("3.3%", value="3.3", qualifier="at_most", change=None)),
    # a change verb makes it a range of changes
    row("Revenue is expected to grow 8% to 10% in the third quarter of 2024.",
        fact("8%", value=None, qualifier="at_least", change=chg("increase", 8, "percent")),
        fact("10%", value=None, qualifier="at_most", change=chg("increase", 10, "percent"))),
])  # fmt: skip

MARGINS: list[Case] = numbered("ranges-margins", [
    # "plus or minus N" is the margin around the figure before it, a fact of its own: no fall,
    # and its metric is that figure's margin (a target's tolerance band)
    row("Nvidia expects revenue of $37.5 billion, plus or minus 2%.",
        fact("$37.5 billion", metric="revenue"),
        fact("2%", value=2, metric="revenue forecast margin", change=None)),
    row("Micron expects revenue of $7.9 billion, plus or minus $200 million, in the quarter "
        "ending in February.",
        fact("$7.9 billion", date="2024-12/2025-02"),
        fact("$200 million", value=200000000, unit="USD", metric="revenue forecast margin",
             date="2024-12/2025-02"),
        published="2024-12-18"),
    row("For the quarter ending in January, the company expects gross margins of 73.0% and "
        "73.5%, respectively, plus or minus 50 basis points.",
        fact("73.0%"), fact("73.5%"),
        fact("50 basis points", value=50, unit="basis_point",
             metric="gross margins forecast margin")),
    # "implying a range of" stands for the figure's metric; "ending in late February" is the
    # three months to February
    row("The company expects revenue of $7.9 billion, plus or minus $200 million, in the fiscal "
        "second quarter ending in late February, implying a range of $7.7 billion to $8.1 "
        "billion.",
        fact("$7.9 billion", metric="revenue", date="2024-12/2025-02"),
        fact("$200 million", metric="revenue forecast margin"),
        fact("$7.7 billion", metric="revenue", date="2024-12/2025-02"),
        fact("$8.1 billion", metric="revenue", date="2024-12/2025-02"),
        published="2024-12-18"),
    row("The inflation target is 3% +/- 1 percentage point.",
        fact("3%", metric="inflation target"),
        fact("1 percentage point", value=1, metric="inflation target tolerance band")),
])  # fmt: skip

REVISED_RANGES: list[Case] = numbered("ranges-revised", [
    # a range set against the earlier range it replaces: each end moves from the end it
    # replaces, with no period; the earlier ends are bounds, not a move from one to the other
    row("It sees an operating return on sales of 4.0% to 5.0%, compared with 5.5% to 6.5% "
        "before.",
        fact("4.0%", qualifier="at_least", change=chg("decrease", None, None, None)),
        fact("5.0%", qualifier="at_most", change=chg("decrease", None, None, None)),
        fact("5.5%", qualifier="at_least", change=None),
        fact("6.5%", qualifier="at_most", change=None)),
    row("Net cash flow is expected at €1 billion to €3 billion, down from €2 billion to €5 "
        "billion.",
        fact("€1 billion", change=chg("decrease", None, None, None)),
        fact("€3 billion", change=chg("decrease", None, None, None)),
        fact("€2 billion", qualifier="at_least", change=None),
        fact("€5 billion", qualifier="at_most", change=None)),
    row("Meta narrowed its outlook for total expenses to $114 billion to $118 billion, from $113 "
        "billion to $118 billion previously.",
        fact("$114 billion", change=chg("increase", None, None, None)),
        fact("$118 billion", change=chg("unchanged", None, None, None)),
        fact("$113 billion", qualifier="at_least"), fact("$118 billion", qualifier="at_most")),
    row("It now expects capital expenditures of $66 billion to $72 billion this year, compared "
        "with an earlier range of $64 billion to $72 billion.",
        fact("$66 billion", change=chg("increase", None, None, None)),
        fact("$72 billion", change=chg("unchanged", None, None, None)),
        fact("$64 billion"), fact("$72 billion")),
    row("The company raised its sales growth forecast to 3%-4% from 2%-3%.",
        fact("3%", change=chg("increase", None, None, None)),
        fact("4%", change=chg("increase", None, None, None)),
        fact("2%", qualifier="at_least"), fact("3%", qualifier="at_most")),
    # a range of changes keeps its changes: growth revised is no level moved
    row("Operating profit is forecast to rise 16% to 24%, compared with 19% to 27% before.",
        fact("16%", change=chg("increase", "16", "percent", None)),
        fact("24%", change=chg("increase", "24", "percent", None)), fact("19%"), fact("27%")),
    # a single earlier value is no earlier range
    row("Sales are expected at $1 billion to $2 billion, up from $0.9 billion last year.",
        fact("$1 billion", qualifier="at_least"), fact("$2 billion", qualifier="at_most"),
        fact("$0.9 billion", qualifier=None)),
])  # fmt: skip
