"""Number formats: separators, decimals, signs, written numbers, fractions, full-width digits."""

from __future__ import annotations

from cases.case import Case, Number, chg, fact, numbered, row, shr, slug

FORMATS: list[tuple[str, str, Number]] = [
    ("plain", "48", 48),
    ("plain-large", "615", 615),
    ("comma", "12,480", 12480),
    ("comma-million", "1,234,567", 1234567),
    ("indian", "1,60,122", 160122),
    ("indian-crore", "12,34,56,789", 123456789),
    ("space", "167 000", 167000),
    ("nbsp", "167\u00a0000", 167000),
    ("thin-space", "167\u2009000", 167000),
    ("narrow-nbsp", "2\u202f450\u202f300", 2450300),
    ("decimal-grouped", "1,234.5", "1234.5"),
    ("fullwidth", "\uff13\uff14\uff15", 345),
    ("fullwidth-comma", "\uff11\uff12,\uff13\uff14\uff15", 12345),
]

COUNT_TEMPLATES: list[tuple[str, str, str]] = [
    ("visitors", "The museum welcomed {n} visitors over the holiday weekend.", "visitors"),
    ("households", "Officials said {n} households had applied for the subsidy.", "households"),
    ("staff", "The company employs {n} people across its factories.", "people"),
    ("containers", "The port handled {n} containers in the week, officials said.", "containers"),
    ("cases", "Health authorities reported {n} new cases on Tuesday.", "new cases"),
]

FORMAT_GRID: list[Case] = [
    Case(
        slug("numbers", name, template),
        text.format(n=surface),
        [fact(surface, value=value, unit="count", metric=metric, qualifier=None)],
    )
    for name, surface, value in FORMATS
    for template, text, metric in COUNT_TEMPLATES
]

DECIMALS_AND_SIGNS: list[Case] = numbered("numbers-decimal", [
    # mixed fractions in ASCII, as wire copy writes them
    row("Rates rose to 5-1/4% in July.", fact("5-1/4%", value=5.25, unit="percent")),
    row("Yields rose to 3 3/4% by Friday.", fact("3 3/4%", value=3.75, unit="percent")),
    row("The deficit hit its widest in 2-1/2 years."),
    row("Employment among core-aged men (25 to 54 years old) rose by 20,000.", fact("20,000")),
    row("Average household size was 2.62 people, down from 3.1 in 2000.",
        fact("2.62", value="2.62", unit="count"),
        fact("3.1", value="3.1", unit="count", date="2000")),
    row("The fertility rate stood at 1.09 in 2023, the lowest on record.",
        fact("1.09", value="1.09", metric="fertility rate", date="2023")),
    row("The index reading came in at 0.75 in March 2024.",
        fact("0.75", value="0.75", date="2024-03")),
    row("Core inflation was 3.25% in February 2024.",
        fact("3.25%", value="3.25", unit="percent", date="2024-02")),
    row("The average commute is 27.6 minutes each way.",
        fact("27.6 minutes", value="27.6", unit="minute")),
    row("The trade balance stood at -4.5 billion euros in January 2024.",
        fact("-4.5 billion euros", value=-4500000000, unit="EUR", date="2024-01")),
    row("Net migration was minus 12,000 in the year to June 2023.",
        fact("minus 12,000", value=-12000, unit="count")),
    row("The consumer confidence index stood at \u221217.3 in March 2024.",
        fact("\u221217.3", value="-17.3", date="2024-03", metric="consumer confidence index")),
    row("The current account balance was -$12.4 billion in the fourth quarter of 2023.",
        fact("-$12.4 billion", value=-12400000000, unit="USD", date="2023-Q4")),
    row("Real wage growth was -0.6% in the three months to November 2023.",
        fact("-0.6%", value="-0.6", unit="percent")),
    row("The budget surplus reached +1.2% of GDP in 2023.",
        fact("+1.2%", value="1.2", unit="percent", share=shr("1.2", "GDP"), date="2023")),
    row("The yield on the 10-year bond was 4.215% on Friday.",
        fact("4.215%", value="4.215", unit="percent")),
    row("The Gini coefficient was 0.465 in 2022, the bureau said.",
        fact("0.465", value="0.465", metric="Gini coefficient", date="2022")),
    row("Temperatures fell to minus 20 degrees Celsius in Harbin on Monday.",
        fact("minus 20 degrees Celsius", value=-20, unit="degree_celsius")),
    row("Life expectancy at birth reached 78.6 years in 2023.",
        fact("78.6 years", value="78.6", date="2023", metric="life expectancy at birth")),
])  # fmt: skip

WRITTEN: list[Case] = numbered("numbers-written", [
    row("Organisers said two million people joined the marches across the country.",
        fact("two million", value=2000000, unit="count", metric="people")),
    row("The city plans to plant a million trees by 2030.",
        fact("a million", value=1000000, unit="count", metric="trees")),
    row("Police arrested eighteen people after the match.",
        fact("eighteen", value=18, unit="count", metric="people")),
    row("The regulator fined twenty-five banks for breaching the rules.",
        fact("twenty-five", value=25, unit="count", metric="banks")),
    row("The strike affected half a million commuters on Monday.",
        fact("half a million", value=500000, unit="count", metric="commuters")),
    row("The company will hire three hundred workers at its Ohio plant.",
        fact("three hundred", value=300, unit="count", metric="workers")),
    row("The airline flew forty-two million passengers last year.",
        fact("forty-two million", value=42000000, unit="count", metric="passengers")),
    row("Nine member states missed the deadline, the commission said.",
        fact("Nine", value=9, unit="count", metric="member states")),
    row("The fund has invested in seventy start-ups since its launch.",
        fact("seventy", value=70, unit="count", metric="start-ups")),
    row("Rescuers pulled twelve survivors from the rubble on Sunday.",
        fact("twelve", value=12, unit="count", metric="survivors")),
    row("The project will create a thousand jobs over five years.",
        fact("a thousand", value=1000, unit="count", metric="jobs")),
    row("The census counted one hundred and twenty villages in the district.",
        fact("one hundred and twenty", value=120, unit="count", metric="villages")),
    row("The bank has opened fifteen new branches this year.",
        fact("fifteen", value=15, unit="count", metric="new branches")),
    row("More than a quarter of a million people signed the petition.",
        fact("a quarter of a million", value=250000, unit="count", qualifier="more_than")),
    row("The storm left three and a half million homes without power.",
        fact("three and a half million", value=3500000, unit="count", metric="homes")),
    row("The league has thirty teams and sold eleven million tickets last season.",
        fact("thirty", value=30, unit="count", metric="teams"),
        fact("eleven million", value=11000000, unit="count", metric="tickets")),
])  # fmt: skip

FRACTIONS: list[Case] = numbered("numbers-fraction", [
    row("Half of all households in the survey own a car.",
        fact("Half", value=50, unit="percent", share=shr(50, "households"))),
    row("Two thirds of respondents said prices had risen sharply.",
        fact("Two thirds", value="66.6666667", unit="percent",
             share=shr("66.6666667", "respondents"))),
    row("One-fifth of the country's electricity comes from wind.",
        fact("One-fifth", value=20, unit="percent", share=shr(20, "country's electricity"))),
    row("A quarter of the workforce is employed in agriculture.",
        fact("A quarter", value=25, unit="percent", share=shr(25, "workforce"))),
    row("Three-quarters of the new jobs went to women.",
        fact("Three-quarters", value=75, unit="percent", share=shr(75, "new jobs"))),
    row("The survey found that one third of small firms had no savings.",
        fact("one third", value="33.3333333", unit="percent",
             share=shr("33.3333333", "small firms"))),
    row("Nearly half of the country's exports go to Europe.",
        fact("half", value=50, unit="percent", qualifier="approximately",
             share=shr(50, "country's exports"))),
    row("About a third of the budget goes to pensions.",
        fact("a third", value="33.3333333", unit="percent", qualifier="approximately",
             share=shr("33.3333333", "budget"))),
    row("Two-fifths of graduates found work within six months.",
        fact("Two-fifths", value=40, unit="percent", share=shr(40, "graduates"))),
    row("One in five children lives in poverty, the report said.",
        fact("One in five", value=20, unit="percent", share=shr(20, "children"))),
    row("More than half of the 27 member states have adopted the rule.",
        fact("half", value=50, unit="percent", qualifier="more_than"),
        fact("27", value=27, unit="count", metric="member states")),
    row("Roughly one-tenth of the harvest was lost to floods.",
        fact("one-tenth", value=10, unit="percent", qualifier="approximately",
             share=shr(10, "harvest"))),
    row("Nine out of 10 firms expect higher costs.",
        fact("Nine out of 10", value=90, unit="percent", share=shr(90, "firms"))),
    row("About 1 in 4 households rent their home.",
        fact("1 in 4", value=25, unit="percent", qualifier="approximately",
             share=shr(25, "households"))),
    row("Sales rose in 3 out of 4 regions.",
        fact("3 out of 4", value=75, unit="percent", share=shr(75, "regions"))),
])  # fmt: skip

FRACTION_CHARACTERS: list[Case] = numbered("numbers-fraction-char", [
    row("The Bank of Canada cut its policy rate to 3¾%.",
        fact("3¾%", value="3.75", unit="percent")),
    row("The deposit rate stands at 3¾ per cent.",
        fact("3¾ per cent", value="3.75", unit="percent")),
    row("Mortgage rates fell ½ percentage point in May.",
        fact("½ percentage point", unit="percentage_point",
             change=chg("decrease", "0.5", "percentage_point"))),
    row("Yields rose to 4⅛% on Tuesday.", fact("4⅛%", value="4.125", unit="percent")),
    row("The bank became the first Group of Seven central bank to cut, lowering its rate to 4.75%.",
        fact("4.75%", value="4.75")),
])  # fmt: skip

WRITTEN_POINTS: list[Case] = numbered("numbers-written-points", [
    row("The Fed cut rates by half a point.",
        fact("half a point", unit="percentage_point", change=chg("decrease", "0.5",
                                                                  "percentage_point"))),
    row("The bank cut its policy rate by another quarter point in September.",
        fact("another quarter point", change=chg("decrease", "0.25", "percentage_point"))),
    row("Two-year yields rose a full percentage point in the quarter.",
        fact("a full percentage point", unit="percentage_point",
             change=chg("increase", "1", "percentage_point"))),
    row("The central bank raised its key rate by three quarters of a percentage point.",
        fact("three quarters of a percentage point",
             change=chg("increase", "0.75", "percentage_point"))),
    row("Bowman preferred a quarter-point cut in rates.",
        fact("a quarter-point", change=chg("decrease", "0.25", "percentage_point"))),
])  # fmt: skip

# A text that writes decimal commas ("3,2%", "R21,59") and groups no thousands with a comma
# reads them as decimal points; one comma number alone, or a text with "1,250", stays as is.
# A capital "R" glued to a number is the rand in a text about South Africa.
DECIMAL_COMMAS: list[Case] = numbered("numbers-decimal-comma", [
    row("Annual consumer price inflation in South Africa was 3,2% in January 2025, up from 3,0% "
        "in December 2024.",
        fact("3,2%", value="3.2", unit="percent"), fact("3,0%", value="3.0", unit="percent")),
    row("Housing and utilities (4,5%) contributed 1,1 percentage points.",
        fact("4,5%", value="4.5"), fact("1,1 percentage points", value="1.1")),
    row("The price of bread rose to R21,59 from R20,99 in South Africa.",
        fact("R21,59", value="21.59", unit="ZAR"), fact("R20,99", value="20.99", unit="ZAR")),
    row("The rand weakened to R18.62 per dollar.", fact("R18.62", value="18.62", unit="ZAR")),
    row("The plant made 1,250 units in May and 2,400 units in June.",
        fact("1,250", value=1250), fact("2,400", value=2400)),
    row("Our R2 rating held."),
])  # fmt: skip

SMALL_RATES: list[Case] = numbered("numbers-small-rates", [
    # "one" alone is no figure, but "one" before a rate unit is
    row("Inflation fell by one percentage point.",
        fact("one percentage point", unit="percentage_point",
             change=chg("decrease", 1, "percentage_point", None))),
    row("Sales rose one percent.", fact("one percent", unit="percent")),
    row("Sales rose one per cent.", fact("one per cent", unit="percent")),
    row("The bank cut rates by one basis point.", fact("one basis point", unit="basis_point")),
    row("It leaves Bank Rate one percentage point lower than in July 2024.",
        fact("one percentage point", metric="Bank Rate",
             change=chg("decrease", 1, "percentage_point", "2024-07")), published="2025-05-08"),
    row("One of the members voted for a cut."),
])  # fmt: skip

NUMBERS: list[Case] = (
    FORMAT_GRID
    + DECIMALS_AND_SIGNS
    + WRITTEN
    + FRACTIONS
    + FRACTION_CHARACTERS
    + WRITTEN_POINTS
    + DECIMAL_COMMAS
    + SMALL_RATES
)
