"""Metric phrases: "the number of X", "X rose", counted nouns, "a rate of", appositives."""

from __future__ import annotations

from cases.case import Case, chg, fact, numbered, row, shr

METRICS: list[Case] = numbered("metrics", [
    row("The number of internet users in China reached 1.09 billion as of December 2023.",
        fact("1.09 billion", metric="internet users")),
    row("The number of foreign tourists reached 35.5 million in 2023.",
        fact("35.5 million", metric="foreign tourists")),
    row("The total number of registered vehicles hit 435 million at the end of 2023.",
        fact("435 million", metric="registered vehicles")),
    row("The number of people employed in manufacturing fell to 12.9 million.",
        fact("12.9 million", metric="people employed in manufacturing")),
    row("Retail sales rose 5.5% in 2023.",
        fact("5.5%", metric="retail sales")),
    row("Industrial profits fell 2.3% in 2023.",
        fact("2.3%", metric="industrial profits")),
    row("China's exports of electric cars jumped 70% in 2023.",
        fact("70%", metric="exports of electric cars")),
    row("Average hourly earnings increased 4.1% over the year.",
        fact("4.1%", metric="average hourly earnings")),
    row("Germany's factory orders dropped 3.7% in November 2023.",
        fact("3.7%", metric="factory orders")),
    row("The euro area's seasonally adjusted unemployment rate was 6.4% in August 2024.",
        fact("6.4%", metric="seasonally adjusted unemployment rate")),
    row("The firm cut 1,200 jobs in 2023.",
        fact("1,200", metric="jobs")),
    row("The company opened 85 new stores in Asia last year.",
        fact("85", metric="new stores")),
    row("The country welcomed 6.2 million international visitors in 2023.",
        fact("6.2 million", metric="international visitors")),
    row("The scheme has enrolled 52 million farmers since its launch.",
        fact("52 million", metric="farmers")),
    row("Regulators approved 55 new drugs in 2023.",
        fact("55", metric="new drugs")),
    row("The economy created 353,000 jobs in January 2024.",
        fact("353,000", metric="jobs")),
    row("The survey found an unemployment rate of 5.2% among urban residents.",
        fact("5.2%", metric="unemployment rate")),
    row("The country recorded a trade surplus of $823 billion in 2023.",
        fact("$823 billion", metric="trade surplus")),
    row("The agency reported a budget deficit of $1.7 trillion for fiscal 2023.",
        fact("$1.7 trillion", metric="budget deficit")),
    row("The bank posted a net profit of \u20ac2.1 billion for 2023.",
        fact("\u20ac2.1 billion", metric="net profit")),
    row("Core inflation, the main gauge of underlying price pressure, fell 0.2% in May 2024.",
        fact("0.2%", metric="core inflation")),
    row("The CPI, the main gauge of inflation, rose 3.1% in January 2024 from a year earlier.",
        fact("3.1%", metric="CPI")),
    row("Brent crude, the global benchmark, rose 1.2% to $84.30 a barrel.",
        fact("$84.30", metric="Brent crude")),
    row("Nonfarm payrolls, a key gauge of the labour market, increased by 275,000 in February "
        "2024.",
        fact("275,000", metric="nonfarm payrolls")),
    row("The PMI, a survey of factory managers, fell to 49.1 in December 2023.",
        fact("49.1", metric="PMI")),
    row("Total social financing stood at 378.09 trillion yuan at the end of 2023.",
        fact("378.09 trillion yuan", metric="total social financing")),
    row("Household consumption expenditure per capita was 26,796 yuan in 2023.",
        fact("26,796 yuan", metric="household consumption expenditure per capita")),
    row("GST collections touched \u20b92.1 lakh crore in April 2024.",
        fact("\u20b92.1 lakh crore", metric="GST collections")),
    row("UPI transactions crossed 13.4 billion in March 2024.",
        fact("13.4 billion", metric="UPI transactions")),
    row("Apple's services revenue hit an all-time high of $22.3 billion in the quarter.",
        fact("$22.3 billion", metric="services revenue")),
    row("Output of crude steel was 1.02 billion tonnes in 2023.",
        fact("1.02 billion tonnes", metric="output of crude steel")),
    row("The value of new loans came to 1.23 trillion yuan in December 2023.",
        fact("1.23 trillion yuan", metric="new loans")),
    row("Sales of new homes totalled 661,000 in 2023.",
        fact("661,000", metric="sales of new homes")),
    row("The median household income was $74,580 in 2022.",
        fact("$74,580", metric="median household income")),
    row("Average weekly earnings grew 5.8% in the three months to December 2023.",
        fact("5.8%", metric="average weekly earnings")),
    row("The region's population stood at 67.6 million in mid-2022.",
        fact("67.6 million", metric="population")),
    row("Mobile internet users numbered 1.09 billion, the report said.",
        fact("1.09 billion", metric="mobile internet users")),
    row("Job openings were little changed at 8.8 million in February 2024.",
        fact("8.8 million", metric="job openings")),
    row("Foreign direct investment into the country fell 8% to 1.13 trillion yuan.",
        fact("1.13 trillion yuan", metric="foreign direct investment")),
    row("Electricity consumption by the services sector grew 12.2% in 2023.",
        fact("12.2%", metric="electricity consumption by the services sector")),
])  # fmt: skip

PARENTS: list[Case] = numbered("parents", [
    row("The country had 1.09 billion internet users as of December 2023. Among them, "
        "1.05 billion used short-video apps.",
        fact("1.09 billion", metric="internet users", parent_metric=None),
        fact("1.05 billion", parent_metric="internet users")),
    row("The company employs 160,000 people. Among them, 45,000 work in research.",
        fact("160,000", parent_metric=None),
        fact("45,000", parent_metric="people")),
    row("Retail sales totalled 47.1 trillion yuan in 2023. Of this, online sales reached "
        "15.4 trillion yuan.",
        fact("47.1 trillion yuan", parent_metric=None),
        fact("15.4 trillion yuan", metric="online sales", parent_metric="retail sales")),
    row("The population stood at 1.41 billion at the end of 2023. Among them, 217 million "
        "were aged 65 and above.",
        fact("1.41 billion", parent_metric=None),
        fact("217 million", parent_metric="population")),
    row("The province received 120 million tourists in 2023. Of these, 3.2 million came "
        "from abroad.",
        fact("120 million", parent_metric=None),
        fact("3.2 million", parent_metric="tourists")),
    row("Fiscal revenue reached 21.7 trillion yuan. Among them, tax revenue was 18.1 trillion "
        "yuan, up 8.7%.",
        fact("21.7 trillion yuan", parent_metric=None),
        fact("18.1 trillion yuan", metric="tax revenue", parent_metric="fiscal revenue")),
    row("Live webcast users reached 617 million. Among them, e-commerce live-streaming users "
        "were 388 million, and game live-streaming users were 191 million.",
        fact("617 million", parent_metric=None),
        fact("388 million", metric="e-commerce live-streaming users",
             parent_metric="live webcast users"),
        fact("191 million", metric="game live-streaming users",
             parent_metric="live webcast users")),
    row("Total investment was 50.3 trillion yuan. Of which, infrastructure investment grew 5.9%.",
        fact("50.3 trillion yuan", parent_metric=None),
        fact("5.9%", metric="infrastructure investment", parent_metric="total investment")),
    row("The bank's loan book stood at $420 billion. Of that, mortgages made up $180 billion.",
        fact("$420 billion", parent_metric=None),
        fact("$180 billion", metric="mortgages", parent_metric="loan book")),
    row("Exports reached 23.8 trillion yuan in 2023. Among them, exports of "
        "mechanical and electrical products rose 2.9%.",
        fact("23.8 trillion yuan", parent_metric=None),
        fact("2.9%", parent_metric="exports")),
    row("Sales rose 4% in 2023. Profit fell 2%.",
        fact("4%", parent_metric=None), fact("2%", parent_metric=None)),
    # subjects: appositives, clause-opening nouns, adverbs after the subject, "from A to B"
    row("Cloud revenue alone came to $9.2 billion in the quarter.",
        fact("$9.2 billion", metric="cloud revenue")),
    row("Data centre capacity alone rose 14% in 2023.",
        fact("14%", metric="data centre capacity")),
    row("Total hours worked increased on the quarter to 1.1 billion hours.",
        fact("1.1 billion hours", metric="total hours worked")),
    row("Total exports rose 3% in March.",
        fact("3%", metric="total exports")),
    row("Advertising, the unit the group has relied on for years, brought in $31 billion.",
        fact("$31 billion", metric="advertising")),
    row("Wearables, a business the company is expanding, generated $8.1 billion.",
        fact("$8.1 billion", metric="wearables")),
    row("Analysts said the gap between the two rates, 0.8 percentage points in May, was small.",
        fact("0.8 percentage points", metric="gap between the two rates")),
    row("On a seasonally adjusted basis, the deficit widened from $61 billion in May "
        "to $68 billion in June.",
        fact("$61 billion", metric="deficit"), fact("$68 billion", metric="deficit")),
    row("In volume terms, steel output fell from 92 million tonnes to 88 million tonnes.",
        fact("92 million tonnes", metric="steel output"),
        fact("88 million tonnes", metric="steel output")),
    row("The insurer's premium income, a closely watched gauge, rose 6% in 2023.",
        fact("6%", metric="premium income")),
    # ranks are not part of the metric; names before bracketed figures are not metrics
    row("Greece had the highest jobless rate, at 9.5%.",
        fact("9.5%", metric="jobless rate")),
    row("Ireland posted the fastest annual growth, at 6.1 per cent.",
        fact("6.1 per cent", metric="annual growth")),
    row("Of the twelve regions, London recorded the weakest price growth, at 0.4%.",
        fact("twelve", metric="regions"), fact("0.4%", metric="price growth")),
    row("The largest budget item, health, was allotted $92 billion.",
        fact("$92 billion", metric="budget item")),
    row("The lowest vacancy rates were found in Leeds (2.1%), Bristol (2.4%) and York (2.6%).",
        fact("2.1%", metric="vacancy rates"), fact("2.4%", metric="vacancy rates"),
        fact("2.6%", metric="vacancy rates")),
    row("Turnout was highest in Malta (89%), Belgium (88%) and Luxembourg (82%).",
        fact("89%", metric="turnout"), fact("88%", metric="turnout"),
        fact("82%", metric="turnout")),
    row("Inflation was lowest in Ireland (1.1%) and Italy (1.3%), while Romania had the "
        "highest, at 6.7%.",
        fact("1.1%", metric="inflation"), fact("1.3%", metric="inflation"),
        fact("6.7%", metric="inflation")),
    # "its" / "their" name the sentence's subject, or the metric before
    row("Airline fares were among the categories that got dearer, with their index up 3.1% "
        "from May.",
        fact("3.1%", metric="airline fares index")),
    row("Cosmetics, the group's second-largest division, stayed strong: its revenue reached "
        "€8.3 billion.",
        fact("€8.3 billion", metric="cosmetics revenue")),
    row("Electricity also lifted the total: its index rose 1.4% in June.",
        fact("1.4%", metric="electricity index")),
    row("Registered apprentices rose by 12,000 in March. Over the year, their number grew by "
        "41,000.",
        fact("12,000", metric="registered apprentices"),
        fact("41,000", metric="registered apprentices")),
    # parts named by the words after them; changes "in X"
    row("Customs duties brought in $84 billion, including $12 billion collected on steel "
        "imports.",
        fact("$84 billion", metric="customs duties"),
        fact("$12 billion", metric="collected on steel imports")),
    row("The fund paid out €2.1 billion, of which €400 million was spent on training.",
        fact("€2.1 billion"), fact("€400 million", metric="spent on training")),
    row("Retail shed 20,000 jobs, reflecting a decline of 12,000 in department store employment.",
        fact("20,000", metric="jobs"),
        fact("12,000", metric="department store employment")),
    row("Output rose 2%, helped by an increase of 9% in the number of vehicles produced.",
        fact("2%", metric="output"), fact("9%", metric="vehicles produced")),
    # what counted people were doing belongs to the metric
    row("Roughly 1.2 million people were working from home in 2023.",
        fact("1.2 million", metric="people working from home")),
    row("About 2 million households are living in temporary housing, and 300,000 children "
        "were sleeping rough.",
        fact("2 million", metric="households living in temporary housing"),
        fact("300,000", metric="children sleeping rough")),
    row("Yields in the remaining 14 markets ranged between 2.1% and 3.4%.",
        fact("14", metric="markets"),
        fact("2.1%", metric="yields in the remaining 14 markets"),
        fact("3.4%", metric="yields in the remaining 14 markets")),
    # "figure" stands for the metric named before it
    row("Home sales rose 4% in the capital, while the national figure fell 1%.",
        fact("4%", metric="home sales"), fact("1%", metric="national home sales")),
    row("Core inflation was 2.9% in the euro area, and the EU figure was 3.1%.",
        fact("2.9%", metric="core inflation"), fact("3.1%", metric="EU core inflation")),
    # the noun an amount describes; longer "X of N" phrases
    row("The government unveiled a $40 billion package to support farmers.",
        fact("$40 billion", metric="package")),
    row("The group agreed a €3.2 billion takeover of a rival.",
        fact("€3.2 billion", metric="takeover")),
    row("The state was promised special financial support of ₹15,000 crore.",
        fact("₹15,000 crore", metric="special financial support")),
    row("The rural jobs scheme gets ₹86,000 crore.",
        fact("₹86,000 crore", metric="rural jobs scheme")),
    # "grew by N people": the people count what grew
    row("In March 2024, employment grew by about 7,000 people over the month.",
        fact("7,000", metric="employment", change=chg("increase", "7000", "count", "2024-02"))),
    row("The economy added 150,000 jobs in October.",
        fact("150,000", metric="jobs")),
    # "For X," / "Among X," name whom a one-word metric is about
    row("For emerging economies, growth is projected at 4.0% in 2024.",
        fact("4.0%", metric="growth for emerging economies")),
    row("Among young people, unemployment was 14.1% in May 2024.",
        fact("14.1%", metric="unemployment among young people")),
    row("For the year ending March 2025, the group expects sales of $9 billion.",
        fact("$9 billion", metric="sales")),
    row("The firm's staff will get a 3% pay rise from April.",
        fact("3%", metric="pay rise")),
    row("The fund took a 5% stake in the company.",
        fact("5%", metric="stake")),
    row("The chief executive, who joined in 2015, said profit rose 4%.",
        fact("4%", metric="profit", date=None)),
    # objects of "put/pegged/made ... at N"; "it" after "bringing"
    row("The early estimate for January 2024 put the workforce at 30.4 million.",
        fact("30.4 million", metric="workforce")),
    row("Services made by far the largest contribution to inflation, at 1.8 percentage points.",
        fact("1.8 percentage points", metric="contribution to inflation")),
    row("The minister pegged the fiscal deficit at 4.9% of GDP, with the aim of bringing it "
        "below 4.5% of GDP.",
        fact("4.9%", metric="fiscal deficit"), fact("4.5%", metric="fiscal deficit")),
    row("Exports rose 5% in May 2024, taking them to $300 billion.",
        fact("$300 billion", metric="exports")),
    row("The INPC, which tracks families earning one to five minimum wages, rose 0.19% in "
        "March 2024.",
        fact("five"),
        fact("0.19%", metric="INPC", change=chg("increase", "0.19", "percent", None))),
    row("The group sold 10.3 million vehicles, with sales in North America, Europe and Asia up "
        "17%, 15.7% and 3% respectively.",
        fact("10.3 million", metric="vehicles"), fact("17%", metric="sales in North America"),
        fact("15.7%", metric="Europe"), fact("3%", metric="Asia")),
    row("The jobless rate rose to 4.1% in May 2024, and the number of unemployed people was "
        "7.2 million. Since January, the two measures are up by 0.4 percentage point and "
        "650,000, respectively.",
        fact("4.1%"), fact("7.2 million"),
        fact("0.4 percentage point", metric="jobless rate"),
        fact("650,000", metric="unemployed people")),
    row("The jobless rate held at 6.4% in August 2024, with almost 11 million out of work.",
        fact("6.4%"), fact("11 million", metric="out of work", qualifier="approximately")),
    row("About 700 million people without electricity live in Africa.",
        fact("700 million", metric="people without electricity")),
    row("Exports to China surged 29% in January 2024, while those to the United States grew "
        "nearly 16% and those to the European Union almost 14%.",
        fact("29%", metric="exports to China"),
        fact("16%", metric="exports to the United States", qualifier="approximately"),
        fact("14%", metric="exports to the European Union", qualifier="approximately",
             change=chg("increase", "14", "percent", None))),
    row("The finance chief said capital spending would come to $28 billion in 2024.",
        fact("$28 billion", metric="capital spending")),
    row("Chips made on the 3-nanometre process brought in 9% of wafer revenue.",
        fact("9%", metric="chips made on the 3-nanometre process")),
])  # fmt: skip

PARTICIPLES: list[Case] = numbered("metrics-participles", [
    # a past participle right after a noun names what is counted when the clause's own verb
    # follows; a verb with an object or the only verb stays the verb
    row("In 2023, the number of nights spent in tourist accommodation establishments in the EU "
        "reached 2.9 billion.",
        fact("2.9 billion", metric="nights spent in tourist accommodation establishments")),
    row("Nights spent by residents rose by 13% compared with 2022.",
        fact("13%", metric="nights spent by residents")),
    row("Hours worked fell 0.4% in May.", fact("0.4%", metric="hours worked")),
    row("The number of homes sold rose 3.2% to 4.1 million.",
        fact("4.1 million", metric="homes sold")),
    row("Total hours worked amounted to 159.8 million.",
        fact("159.8 million", metric="total hours worked")),
    row("Guests from abroad spent close to 1.3 billion nights.",
        fact("1.3 billion", metric="nights")),
    row("Among the provinces, Alberta posted the largest increase (+24,000), followed by Quebec "
        "(+22,000).",
        fact("+24,000", metric="Alberta"), fact("+22,000", metric="Quebec")),
])  # fmt: skip

LISTED_SUBJECTS: list[Case] = numbered("metrics-listed-subjects", [
    # a subject whose last words close a list runs back to the noun the list hangs on; examples
    # after "such as" or "including" are left out; a list of names is the subject whole
    row("Prices for final demand less foods, energy, and trade services inched up 0.1 percent "
        "in November.",
        fact("0.1 percent",
             metric="prices for final demand less foods, energy, and trade services")),
    row("Investment in fixed assets such as buildings, machinery and software was up 1.6%.",
        fact("1.6%", metric="investment in fixed assets")),
    row("Sales of food, beverages and tobacco rose 2% in May.",
        fact("2%", metric="sales of food, beverages and tobacco")),
    row("Exports of cars, machinery and chemicals dropped 4.1% to €110 billion.",
        fact("€110 billion", metric="exports of cars, machinery and chemicals")),
    row("Germany, France and Italy grew 0.2%.", fact("0.2%", metric="Germany, France and Italy")),
    # a clause joined by ", and" keeps its own subject
    row("Java saw growth of 4.92%, and Sumatra 4.48%.",
        fact("4.92%", metric="Java growth"), fact("4.48%", metric="Sumatra growth")),
    row("Europe, the Middle East and Africa gained 2.24 million, taking its base to 93.96 million.",
        fact("93.96 million", metric="Europe, the Middle East and Africa base")),
])  # fmt: skip

GROUPS_AFTER: list[Case] = numbered("metrics-groups-after", [
    # a group a figure is given for ("for capital goods", "for women") names whom the metric is
    # about; a period or "the first time" does not
    row("Production decreased by 2.6% for capital goods, by 0.9% for intermediate goods and by "
        "4.3% for non-durable consumer goods.",
        fact("2.6%", metric="production for capital goods"),
        fact("0.9%", metric="production for intermediate goods"),
        fact("4.3%", metric="production for non-durable consumer goods")),
    row("Unemployment fell to 3.9% for women and 4.1% for men.",
        fact("3.9%", metric="unemployment for women"), fact("4.1%", metric="unemployment for men")),
    row("Sales rose 5% for the year.", fact("5%", metric="sales")),
    row("The index rose 2% for the first time since May.", fact("2%", metric="index")),
    # a list whose subject says nothing measures the metric named before, for each place
    row("Industrial production fell 2.0% in September. The highest monthly increases were "
        "observed in Croatia (+4.2%) and Lithuania (+3.3%).",
        fact("2.0%"), fact("+4.2%", metric="industrial production in Croatia"),
        fact("+3.3%", metric="industrial production in Lithuania")),
])  # fmt: skip

PACES_AND_CONTRIBUTIONS: list[Case] = numbered("metrics-paces-contributions", [
    # "a 2.6% rate", "a 2.9% pace": the subject's pace, not a thing counted
    row("Inflation as measured by the PCE price index slowed to a 2.6% rate from 3.4%.",
        fact("2.6%", metric="inflation as measured by the PCE price index"),
        fact("3.4%", metric="inflation as measured by the PCE price index")),
    # "after rising ...": the subject of the clause it follows
    row("Core PCE prices rose at a 2.9% pace after advancing at a 3.7% rate in the first quarter.",
        fact("2.9%", metric="core PCE prices"), fact("3.7%", metric="core PCE prices")),
    row("The index for all items less food and energy rose 0.1 percent in June, after rising 0.2 "
        "percent in May.",
        fact("0.1 percent", metric="index for all items less food and energy"),
        fact("0.2 percent", metric="index for all items less food and energy")),
    row("Exports fell 2% in May after rising 3% in April.",
        fact("2%", metric="exports"), fact("3%", metric="exports")),
    # points contributed to a total: the contribution of the subject to it
    row("Inventories contributed 0.82 percentage point to growth.",
        fact("0.82 percentage point", metric="contribution of inventories to growth")),
    row("Consumer spending grew at a 2.3% rate, contributing 1.57 percentage points to growth.",
        fact("2.3%", metric="consumer spending"),
        fact("1.57 percentage points", metric="contribution of consumer spending to growth")),
    row("A wider trade deficit cut 0.72 percentage point from growth.",
        fact("0.72 percentage point", metric="contribution of wider trade deficit to growth")),
    row("Food added 0.3 percentage point to the annual rate.",
        fact("0.3 percentage point", metric="contribution of food to annual rate")),
    row("Food prices dropped 3.3 percent year-on-year, contributing about 0.6 percentage points "
        "to the headline decline.",
        fact("3.3 percent"),
        fact("0.6 percentage points", metric="contribution of food prices to headline decline")),
    row("Car prices fell 5.0 percent as carmakers kept discounting, contributing a combined 0.16 "
        "percentage points to the fall in the CPI.",
        fact("5.0 percent"),
        fact("0.16 percentage points", metric="contribution of car prices to fall in the CPI")),
    # points added or contributed are the contribution's size; points cut are a fall
    row("Together, public demand added 0.6 percentage points to growth.",
        fact("0.6 percentage points", value="0.6", change=None)),
    row("Inventories contributed 0.82 percentage point to growth.",
        fact("0.82 percentage point", value="0.82", change=None)),
    row("A wider trade deficit cut 0.72 percentage point from growth.",
        fact("0.72 percentage point", value=None,
             change=chg("decrease", "0.72", "percentage_point"))),
])  # fmt: skip

SEGMENTS: list[Case] = numbered("metrics-segments", [
    # money a unit "lost" is its loss, not a fall; a price that lost money fell
    row("Reality Labs, the unit behind the Quest headsets, lost $3.85 billion.",
        fact("$3.85 billion", metric="Reality Labs loss", change=None)),
    row("GM lost $106 million in China.",
        fact("$106 million", metric="GM loss", change=None)),
    row("Shares of the company lost $5 to $117.14.",
        fact("$117.14", change=chg("decrease", 5, "USD", None))),
    # what a named segment or company reported is its own ("posted revenue of")
    row("Productivity and Business Processes, which includes Office and LinkedIn, posted revenue "
        "of $19.6 billion, up 12%.",
        fact("$19.6 billion", metric="Productivity and Business Processes revenue")),
    row("The Intelligent Cloud unit reported revenue of $26.7 billion.",
        fact("$26.7 billion", metric="Intelligent Cloud unit revenue")),
    row("The company reported net income of $21.9 billion.",
        fact("$21.9 billion", metric="net income")),
    # an aside that holds a list ("home to Windows, Xbox and search") is skipped whole
    row("More Personal Computing, home to Windows, Xbox and search, grew 17% to $15.6 billion.",
        fact("$15.6 billion", metric="More Personal Computing")),
    # a product's number is part of its name
    row("Microsoft 365 consumer subscribers reached 80.8 million.",
        fact("80.8 million", metric="Microsoft 365 consumer subscribers")),
])  # fmt: skip

RELATIVE_CLAUSES: list[Case] = numbered("metrics-relative-clauses", [
    # a figure inside ", which ..." measures the noun "which" stands for
    row("Wage growth slowed again but was still outpacing inflation, which held at 2.2% in "
        "August.",
        fact("2.2%", metric="inflation", change=chg("unchanged", None, None, None))),
    row("The figures were driven by food prices, which rose 3.1% in August.",
        fact("3.1%", metric="food prices")),
    row("The bank left its deposit rate, which has been at a record 4% since September, "
        "unchanged.",
        fact("4%", metric="deposit rate")),
    row("Exports to China, which fell 7.3%, weighed on the total.",
        fact("7.3%", metric="exports to China")),
    # a restrictive "that" before a verb of level; a relative clause's object stays the metric
    row("The Bank raised rates 14 times to fight an inflation surge that peaked at 11.1% in "
        "October 2022.",
        fact("14 times"), fact("11.1%", metric="inflation surge")),
    row("The Bank of England, which cut Bank Rate to 4.75% earlier this month, expects inflation "
        "to reach around 2.5%.",
        fact("4.75%", metric="Bank Rate"), fact("2.5%")),
    # "it" moved by a verb is the last metric of its kind named before
    row("The committee voted to hold Bank Rate at 5.25%. Two external members voted to raise it "
        "by 25 basis points to 5.5%.",
        fact("5.25%", metric="Bank Rate"), fact("Two", metric="external members"),
        fact("5.5%", metric="Bank Rate")),
    # an example after "such as" is no antecedent
    row("Spending rose 0.4%, driven by non-durable goods such as food, which was up 1.1%.",
        fact("0.4%"), fact("1.1%", metric="non-durable goods")),
])  # fmt: skip

FORECAST_PRONOUNS: list[Case] = numbered("metrics-forecast-pronouns", [
    # "it" forecast ("sees it at", "expects it to average", "it had pencilled in") is the
    # metric named before, in the sentence or the one before it
    row("The bank lowered its forecast for average headline inflation this year to 4.6% and now "
        "sees it at 4.0% in 2025 and 4.4% in 2026.",
        fact("4.6%", metric="forecast for average headline inflation"),
        fact("4.0%", metric="forecast for average headline inflation", date="2025"),
        fact("4.4%", metric="forecast for average headline inflation", date="2026")),
    row("The RBI raised its projection for consumer price inflation in 2024-25 to 4.8%, and "
        "expects it to average 5.7% in the current quarter.",
        fact("4.8%", metric="projection for consumer price inflation", date="2024-04/2025-03",
             change=chg("increase", None, None, None)),
        fact("5.7%", metric="projection for consumer price inflation", date="2024-Q4"),
        published="2024-12-06"),
    row("The SNB now expects inflation of 0.3% in 2025. In September it had pencilled in 0.6%.",
        fact("0.3%", metric="inflation"), fact("0.6%", metric="inflation")),
    row("Unemployment rose to 4.2%. Economists expect it to reach 4.4% next year.",
        fact("4.2%", metric="unemployment"), fact("4.4%", metric="unemployment")),
])  # fmt: skip

BODIES: list[Case] = numbered("metrics-bodies", [
    # odds keep what they are odds of
    row("There is a 40% probability of recession in the next year.",
        fact("40%", metric="probability of recession")),
    row("The Bank Rate, which the central bank charges on short-term loans, goes to 4.75%.",
        fact("4.75%", metric="Bank Rate")),
    # a head noun only the last item of a list writes is shared by the items before it
    row("Headline and trimmed mean inflation were 3.8% and 3.9% respectively over the year to the "
        "June quarter, compared with 3.6% and 4.0% in the March quarter.",
        fact("3.8%", metric="headline inflation", date="2024-Q2"),
        fact("3.9%", metric="trimmed mean inflation"),
        fact("3.6%", metric="headline inflation", date="2024-Q1"),
        fact("4.0%", metric="trimmed mean inflation", date="2024-Q1"), published="2024-08-06"),
    row("Exports and imports rose 3% and 5% respectively.",
        fact("3%", metric="exports"), fact("5%", metric="imports")),
    # a head the first item names with its place or group is shared by the items after it
    row("Annual rates in Germany, France and Italy rose to 2.6%, 2.7% and 1.6% respectively in "
        "July, from 2.5%, 2.4% and 0.9% in June.",
        fact("2.6%", metric="annual rates in Germany", date="2024-07",
             change=chg("increase", None, None, "2024-06")),
        fact("2.7%", metric="annual rates in France", date="2024-07",
             change=chg("increase", None, None, "2024-06")),
        fact("1.6%", metric="annual rates in Italy", date="2024-07",
             change=chg("increase", None, None, "2024-06")),
        fact("2.5%", metric="annual rates in Germany", date="2024-06"),
        fact("2.4%", metric="annual rates in France", date="2024-06"),
        fact("0.9%", metric="annual rates in Italy", date="2024-06"), published="2024-08-21"),
    # places listed in an opener compose with the subject after them
    row("In the Northeast and the West, sales fell 25.0% and 2.8%, respectively.",
        fact("25.0%", metric="sales in the Northeast"), fact("2.8%", metric="sales in the West")),
    row("For men and women, the jobless rates were 4.1% and 3.9% respectively.",
        fact("4.1%", metric="jobless rates for men"),
        fact("3.9%", metric="jobless rates for women")),
    row("Unemployment rates in Spain and Greece were 11.7% and 10.1%, respectively.",
        fact("11.7%", metric="unemployment rates in Spain"),
        fact("10.1%", metric="unemployment rates in Greece")),
    row("House prices in Sydney and Melbourne rose 1.2% and 0.4% respectively.",
        fact("1.2%", metric="house prices in Sydney"),
        fact("0.4%", metric="house prices in Melbourne")),
    row("Sales of cars and trucks fell 3% and 5%, respectively.",
        fact("3%", metric="sales of cars"), fact("5%", metric="sales of trucks")),
    row("The jobless rates for men and women were 4.1% and 3.9% respectively.",
        fact("4.1%", metric="jobless rates for men"),
        fact("3.9%", metric="jobless rates for women")),
    row("Exports to China and imports from Japan rose 3% and 5%, respectively.",
        fact("3%", metric="exports to China"), fact("5%", metric="imports from Japan")),
    # a count inside the subject does not cut it; counted places of a list stay the list's
    row("Annual inflation in the 20 countries sharing the euro rose to 2.4% in December.",
        fact("20"), fact("2.4%", metric="annual inflation in the 20 countries sharing the euro"),
        published="2025-01-07"),
    row("New home prices in 70 major cities fell 5.3 percent in August.",
        fact("70"), fact("5.3 percent", metric="new home prices in 70 major cities")),
    row("Compared with February, annual inflation fell in thirteen member states, remained "
        "stable in four and rose in ten.",
        fact("thirteen", metric="member states"), fact("four", metric="member states"),
        fact("ten", metric="member states")),
    # "has increased" is no agent's verb: the persons counted count the subject
    row("Over the last 12 months, employment has increased by 376,600 persons.",
        fact("376,600", metric="employment")),
    row("The economy has 2.1 million jobs.", fact("2.1 million", metric="jobs")),
    # members counted of a body keep the body
    row("Five of the seven members of the Bank of Thailand's monetary policy committee voted for "
        "the reduction.",
        fact("Five", metric="members of the Bank of Thailand's monetary policy committee"),
        fact("seven", metric="members of the Bank of Thailand's monetary policy committee")),
    row("Four of the six members of the Monetary Policy Committee voted to keep the rate on hold.",
        fact("Four", metric="members of the Monetary Policy Committee"),
        fact("six", metric="members of the Monetary Policy Committee")),
    row("The company cut 1,200 jobs.", fact("1,200", metric="jobs")),
])  # fmt: skip

POSSESSIVE_CLAUSES: list[Case] = numbered("metrics-possessive-clauses", [
    # a relative clause after the subject is an aside, its list no items of "respectively"
    row("Core inflation, which excludes energy and food, is now seen at 2.9% in 2024 and 2.3% in "
        "2025, revised up from 2.8% and 2.2%, respectively.",
        fact("2.9%", metric="core inflation", date="2024"),
        fact("2.3%", metric="core inflation", date="2025"),
        fact("2.8%", metric="core inflation"), fact("2.2%", metric="core inflation")),
    # a pronoun subject left after its verb is trimmed stands for the metric named before
    row("Sales volumes rose by 0.5% in November; they remain 1.6% below their pre-pandemic "
        "level.",
        fact("0.5%", metric="sales volumes"), fact("1.6%", metric="sales volumes")),
    # a gapped item names its own part of the metric after "that" / "those"
    row("The surplus for chemicals shrank to €19.2 billion from €21.7 billion and that for "
        "machinery to €11.9 billion from €13.4 billion.",
        fact("€19.2 billion", metric="surplus for chemicals"),
        fact("€21.7 billion", metric="surplus for chemicals"),
        fact("€11.9 billion", metric="surplus for machinery"),
        fact("€13.4 billion", metric="surplus for machinery")),
    row("The unemployment rate for women was 6.1% and that for men 5.7%.",
        fact("6.1%", metric="unemployment rate for women"),
        fact("5.7%", metric="unemployment rate for men")),
    row("The deficit in energy widened to $25.5 billion, while that in food narrowed to $2.1 "
        "billion.",
        fact("$25.5 billion", metric="deficit in energy"),
        fact("$2.1 billion", metric="deficit in food")),
    # "its", "their" in a clause belong to that clause's subject, not the sentence's first
    row("Deliveries in China slumped almost 30%, while sales of fully electric models rose "
        "10.1%, lifting their share of total deliveries to 19.1%.",
        fact("30%"), fact("19.1%", metric="sales of fully electric models share")),
])  # fmt: skip

CATEGORY_LISTS: list[Case] = numbered("metrics-category-lists", [
    # who reported the most of what; bracketed names after it measure the same
    row("The United States also reported the most new deaths (13,100; +23%), followed by Russia "
        "(4,800; +6%) and India (3,700; +71%).",
        fact("13,100", metric="new deaths in United States"),
        fact("4,800", metric="new deaths in Russia"), fact("3,700", metric="new deaths in India")),
    # bracketed changes of places listed after a count of places ("led by Ontario (+45,000)")
    # are the places' own, measuring the subject of the clause that counts them
    row("Employment increased in four provinces in December, led by Ontario (+45,000), British "
        "Columbia (+21,000) and Alberta (+16,000).",
        fact("four", change=None),
        fact("+45,000", metric="employment in Ontario", change=chg("increase", 45000, "count")),
        fact("+21,000", metric="employment in British Columbia"),
        fact("+16,000", metric="employment in Alberta")),
    # a name before a bracketed move ("(down 4.5 percent)") is the metric, without the bracket
    row("Transport, postal, and warehousing (down 4.5 percent) and wholesale trade (down 1.9 "
        "percent) were the weakest service industries.",
        fact("4.5 percent", metric="Transport, postal, and warehousing",
             change=chg("decrease", "4.5", "percent")),
        fact("1.9 percent", metric="wholesale trade", change=chg("decrease", "1.9", "percent"))),
    row("Manufacturing (up 2.1%) and mining (down 0.4%) moved in opposite directions.",
        fact("2.1%", metric="Manufacturing"), fact("0.4%", metric="mining")),
    # the scope of a rank ("in the bloc", "among member states") is no part of the metric, and
    # a noun before "in" is no category of a list
    row("Spain again recorded the highest jobless rate in the bloc (11.2%), followed by Greece "
        "(9.6%) and Finland (9.1%).",
        fact("11.2%", metric="jobless rate in Spain"),
        fact("9.6%", metric="jobless rate in Greece"),
        fact("9.1%", metric="jobless rate in Finland")),
    row("Spain recorded the highest jobless rate (11.2%), followed by Greece (9.6%).",
        fact("11.2%", metric="jobless rate in Spain"),
        fact("9.6%", metric="jobless rate in Greece")),
    row("Estonia had the lowest debt ratio among member states (19.6%), followed by Bulgaria "
        "(23.1%).",
        fact("19.6%", metric="debt ratio in Estonia"),
        fact("23.1%", metric="debt ratio in Bulgaria")),
    row("The highest numbers of new cases were reported from the United States (4.7 million new "
        "cases, 3% fewer than the previous week), France (2.6 million; +9%) and India (2.1 "
        "million; +32%).",
        fact("4.7 million", metric="new cases"), fact("2.6 million", metric="new cases in France"),
        fact("2.1 million", metric="new cases in India")),
    # a bracketed figure after a category of a list a preposition introduces measures the
    # subject for that category; a category may hold "and"
    row("Prices rose for food (2.1%), housing (3.4%) and transport (1.2%).",
        fact("2.1%", metric="prices for food"), fact("3.4%", metric="prices for housing"),
        fact("1.2%", metric="prices for transport")),
    row("Annual inflation was highest in education (120.81%), housing (101.49%) and restaurants "
        "and hotels (67.70%).",
        fact("120.81%", metric="annual inflation in education"),
        fact("101.49%", metric="annual inflation in housing"),
        fact("67.70%", metric="annual inflation in restaurants and hotels")),
    row("Annual inflation was highest in education, at 120.81%, followed by housing (101.49%) and "
        "restaurants and hotels (67.70%).",
        fact("120.81%"), fact("101.49%", metric="annual inflation in housing"),
        fact("67.70%", metric="annual inflation in restaurants and hotels")),
    row("The largest contributions came from food and non-alcoholic beverages (0.52 percentage "
        "points) and transport (0.31 percentage points).",
        fact("0.52 percentage points",
             metric="contributions from food and non-alcoholic beverages"),
        fact("0.31 percentage points", metric="contributions from transport")),
    # names keep their own reading
    row("Prices rose most in Poland (17.7%), followed by Hungary (15.1%).",
        fact("17.7%", metric="prices in Poland"), fact("15.1%", metric="prices in Hungary")),
])  # fmt: skip

# an amount that is the object of a spending verb is named by the verb's noun, with what it went
# to; a forecaster before "forecast" is not part of the metric; a change verb's object names it
ACTIONS_AND_FORECASTERS: list[Case] = numbered("metrics-actions-forecasters", [
    row("Amazon expects to spend roughly $75 billion in 2024.",
        fact("$75 billion", metric="spending", date="2024")),
    row("Amazon spent $75 billion in 2024.", fact("$75 billion", metric="spending")),
    row("Microsoft will spend about $80 billion on data centres in fiscal 2025.",
        fact("$80 billion", metric="spending on data centres")),
    row("The company plans to invest $10 billion in new plants this year.",
        fact("$10 billion", metric="investment in new plants")),
    row("The government expects to borrow £127.5 billion in 2024-25.",
        fact("£127.5 billion", metric="borrowing")),
    row("The company spent 8.05 trillion won on research and development in the quarter.",
        fact("8.05 trillion won", metric="spending on research and development")),
    row("Alphabet also bought back $15.3 billion of stock.",
        fact("$15.3 billion", metric="share buybacks")),
    row("The company forecast revenue of $16.2 billion for the quarter.",
        fact("$16.2 billion", metric="forecast revenue")),
    row("It forecast core EPS of $6.91 to $7.05 for the year.",
        fact("$6.91", metric="forecast core EPS"), fact("$7.05", metric="forecast core EPS")),
    row("Ford forecast adjusted EBIT of $10 billion for 2025.",
        fact("$10 billion", metric="forecast adjusted EBIT", date="2025")),
    row("The forecast revenue of $16.2 billion fell short.",
        fact("$16.2 billion", metric="forecast revenue")),
    row("Economists polled by Reuters had forecast payrolls rising by 175,000.",
        fact("175,000", metric="forecast payrolls")),
    row("TrendForce expects DRAM contract prices to rise by up to 5% in the fourth quarter.",
        fact("5%", metric="DRAM contract prices")),
    row("TrendForce expects contract prices for conventional DRAM to rise by up to 5%.",
        fact("5%", metric="contract prices for conventional DRAM")),
    row("The economy is expected to contract 0.5% this year.",
        fact("0.5%", metric="economy", change=chg("decrease", "0.5", "percent"))),
    row("The company cut costs by $2 billion last year.", fact("$2 billion", metric="costs")),
    row("The group aims to cut costs by $2 billion by 2026.", fact("$2 billion", metric="costs")),
    row("OPEC+ will raise output by 120,000 barrels per day in April.",
        fact("120,000 barrels per day", metric="output")),
    row("Nvidia forecast third-quarter revenue slightly above Wall Street estimates, but its "
        "shares fell nearly 7% in extended trading.",
        fact("7%", metric="shares")),
    # what forecasters expected names them after the metric
    row("Economists polled by Reuters had forecast 7.70 million openings.",
        fact("7.70 million", metric="openings forecast by economists")),
    row("Job openings rose to 8.1 million. Economists had forecast 7.70 million.",
        fact("8.1 million", metric="job openings"),
        fact("7.70 million", metric="job openings forecast by economists")),
    row("Economists polled by Reuters had expected growth of 0.4%.",
        fact("0.4%", metric="growth expected by economists")),
    row("Adjusted earnings per share were $1.85, compared with $1.28 a year earlier and the $1.76 "
        "analysts had expected.",
        fact("$1.85", metric="adjusted earnings per share"),
        fact("$1.28", metric="adjusted earnings per share"),
        fact("$1.76", metric="adjusted earnings per share expected by analysts")),
    row("Sales rose 3%, more than the 2% economists were expecting.",
        fact("3%", metric="sales"), fact("2%", metric="sales expected by economists")),
    row("Payrolls rose by 256,000, well above the 165,000 forecast by economists.",
        fact("256,000", metric="payrolls"),
        fact("165,000", metric="payrolls forecast by economists")),
    row("Analysts expect revenue to rise 8% in 2024.",
        fact("8%", metric="revenue expected by analysts")),
    row("All 30 economists polled by Reuters expected a hold.", fact("30", metric="economists")),
    # "costs" before a word that is not its object is a noun
    row("Unit costs excluding fuel climbed 2.8% from a year earlier.",
        fact("2.8%", metric="unit costs excluding fuel")),
    row("Labour costs rose 4.1% in the quarter.", fact("4.1%", metric="labour costs")),
    row("A litre of petrol costs about $1.55.", fact("$1.55", metric="litre of petrol")),
    row("The project will cost $2 billion.", fact("$2 billion", metric="project")),
])  # fmt: skip

# survey indexes: "plus 14" and "minus 5" are signed readings in points; a PMI is an index; an
# opening "Among X," names whom a generic metric is about
INDEX_READINGS: list[Case] = numbered("metrics-index-readings", [
    row("The headline index for big manufacturers rose to plus 14 in December from plus 13 in "
        "September.",
        fact("plus 14", value=14, unit="point", metric="headline index for big manufacturers"),
        fact("plus 13", value=13, unit="point")),
    row("The index for small manufacturers stood at minus 5.",
        fact("minus 5", value=-5, unit="point")),
    row("Among large non-manufacturers, the index slipped 1 point to plus 33.",
        fact("plus 33", value=33, unit="point", metric="index among large non-manufacturers",
             change=chg("decrease", 1, "point"))),
    row("The services PMI rose to 54.1 in December from 52.1 in November.",
        fact("54.1", unit="point", metric="services PMI"), fact("52.1", unit="point")),
    row("For the retail segment, revenue rose 4% to $2.1 billion.",
        fact("$2.1 billion", metric="revenue for the retail segment")),
    row("Revenue was $5 billion plus $2 billion in fees.",
        fact("$5 billion", value=5000000000), fact("$2 billion", value=2000000000)),
])  # fmt: skip

# "a 3.5 percent jump in X for Y": the noun after "in" keeps its complement and loses a period
# before it; "That measure", "the gauge" on their own stand for the metric named before; a
# quarter-point move is a rate's
CHANGE_NOUN_OBJECTS: list[Case] = numbered("metrics-change-noun-objects", [
    row("TSMC reported a 57% surge in fourth-quarter net profit on Thursday.",
        fact("57%", metric="net profit", change=chg("increase", 57, "percent"))),
    row("The increase was entirely attributable to a 3.5 percent jump in prices for final demand "
        "energy.",
        fact("3.5 percent", metric="prices for final demand energy")),
    row("A 2.2 percent increase in the index for final demand transportation and warehousing "
        "services was offset by declines of 0.2 percent in margins for final demand trade "
        "services.",
        fact("2.2 percent",
             metric="index for final demand transportation and warehousing services"),
        fact("0.2 percent", metric="margins for final demand trade services")),
    row("Sales rose 3% in the quarter, with a 5% rise in sales of electric cars.",
        fact("3%", metric="sales"), fact("5%", metric="sales of electric cars")),
    row("Core prices rose 0.1 percent. That measure rose 3.3 percent in 2023.",
        fact("0.1 percent", metric="core prices"), fact("3.3 percent", metric="core prices")),
    row("The core PCE price index rose 0.1%. Excluding housing, the gauge climbed 0.2%.",
        fact("0.1%", metric="core PCE price index"), fact("0.2%", metric="core PCE price index")),
    row("The CPIF measure slowed to 1.2% in August.", fact("1.2%", metric="CPIF measure")),
    row("Its most recent move was a quarter-point reduction on Nov. 7.",
        fact("a quarter-point", unit="percentage_point",
             change=chg("decrease", "0.25", "percentage_point"))),
    row("The index fell a quarter point.", fact("a quarter point", unit="point")),
    # "both", "each" after a list name nothing of their own; an opening "Excluding X," narrows
    # a short metric
    row("Housing and transport, both down 0.7%, largely offset those increases.",
        fact("0.7%", metric="housing and transport")),
    row("Germany and France, each up 0.2%, led the gains.",
        fact("0.2%", metric="Germany and France")),
    row("Excluding volatile items and holiday travel, the indicator rose 2.7% over the year.",
        fact("2.7%", metric="indicator excluding volatile items and holiday travel")),
    row("Excluding autos, sales rose 0.4%.", fact("0.4%", metric="sales excluding autos")),
    row("Excluding items, Nvidia earned 68 cents a share.",
        fact("68 cents", metric="earnings per share")),
    # residents a place gains or loses are its population; people a measure adds are the
    # measure's
    row("West Virginia lost 516 residents in the year to July.",
        fact("516", metric="West Virginia population")),
    row("The South remained the engine of growth, adding nearly 1.8 million residents.",
        fact("1.8 million", metric="South population")),
    row("Net international migration added 2.8 million people in 2024.",
        fact("2.8 million", metric="net international migration")),
    row("The company hired 5,000 people.", fact("5,000", metric="people")),
    row("Transsion and vivo tied for fourth, each with 8.2% of shipments.",
        fact("8.2%", metric="Transsion and vivo")),
    # a group between the verb and a bracketed figure, and "their" after it
    row("Employment rose for youth aged 15 to 24 (+31,000; +1.1%), pushing their unemployment "
        "rate down to 13.6% from 14.2% in December.",
        fact("+31,000", metric="employment for youth aged 15 to 24"),
        fact("13.6%", metric="youth aged 15 to 24 unemployment rate"),
        fact("14.2%", metric="youth aged 15 to 24 unemployment rate")),
    # a change noun alone stands for the metric named before
    row("Employment rose by 76,000 in January. January's gain followed increases of 91,000 in "
        "December and 44,000 in November.",
        fact("76,000", metric="employment"), fact("91,000", metric="employment"),
        fact("44,000", metric="employment")),
    row("India became the third most common country of birth after Australia and England, with "
        "673,352 people.",
        fact("673,352", metric="people")),
])  # fmt: skip

# An adverb between the subject and its verb is the clause's, and so is a step that opens the
# clause ("year on year they were up 1.4%"): the subject is the words before the adverb, or the
# metric the pronoun after the step stands for.
CLAUSE_ADVERBS: list[Case] = numbered("metrics-clause-adverbs", [
    row("The benchmark now stands 25% below its July record.", fact("25%", metric="benchmark")),
    row("The Nikkei still stands 10% below its record.", fact("10%", metric="Nikkei")),
    row("The index already sits 8% above its January level.", fact("8%", metric="index")),
    row("Core inflation currently runs at 3.1%.", fact("3.1%", metric="core inflation")),
    row("The index first rose 2% then fell 1%.",
        fact("2%", metric="index"), fact("1%", metric="index")),
    row("Sales still rose 3% in October.", fact("3%", metric="sales")),
    row("Exports again fell 2.5% in October.", fact("2.5%", metric="exports")),
    row("Hours worked rose by 0.2% on the quarter; year on year they were up 1.4%.",
        fact("0.2%", metric="hours worked"), fact("1.4%", metric="hours worked")),
    row("Exports rose 1.1% in October. Year on year, they climbed 4.2%.",
        fact("1.1%", metric="exports"), fact("4.2%", metric="exports")),
    row("Prices rose 0.3% on the month; month on month the index was up 0.5% in September.",
        fact("0.3%", metric="prices"), fact("0.5%", metric="index")),
    row("Over the year to the December quarter the index climbed 4.2 per cent.",
        fact("4.2 per cent", metric="index")),
    row("In the second quarter, year-on-year growth had been 0.6% in the euro area.",
        fact("0.6%", metric="year-on-year growth")),
    row("OPEC's first projections had been 2.25 million bpd for 2024.",
        fact("2.25 million bpd", metric="OPEC's first projections")),
    row("It was the first increase since June, when the bank last raised the cash rate to 4.1 "
        "per cent.",
        fact("4.1 per cent", metric="cash rate")),
])  # fmt: skip

# A relative clause set off by commas inside a verb's object is an aside: the object's head is
# the metric. A subject that describes the reporting company ("The maker of ...", "The world's
# biggest food company") gives the metric no owner; a segment's name does.
ASIDES_AND_DESCRIPTIONS: list[Case] = numbered("metrics-asides-descriptions", [
    row("The BoJ cut its forecast for core consumer inflation, which excludes fresh food, for "
        "fiscal 2024 to 2.5% from 2.8%.",
        fact("2.5%", metric="BoJ forecast for core consumer inflation"),
        fact("2.8%", metric="BoJ forecast for core consumer inflation")),
    row("The bank raised its projection for core inflation, which strips out energy, to 2.9% for "
        "2025.",
        fact("2.9%", metric="bank projection for core inflation")),
    row("The agency lowered its estimate for wheat output, which had been revised twice, to 790 "
        "million tonnes.",
        fact("790 million tonnes", metric="agency estimate for wheat output")),
    row("Core inflation, which excludes energy and food, is now seen at 2.4%.",
        fact("2.4%", metric="core inflation")),
    row("The maker of Nescafé coffee, KitKat chocolate bars and Purina pet food posted organic "
        "sales growth of 2.2% for 2024.",
        fact("2.2%", metric="organic sales growth", date="2024")),
    row("The world's biggest food company posted sales of 91.4 billion francs.",
        fact("91.4 billion francs", metric="sales")),
    row("The Swiss group reported net profit of 10.9 billion francs.",
        fact("10.9 billion francs", metric="net profit")),
    row("Productivity and Business Processes posted revenue of $19.6 billion.",
        fact("$19.6 billion", metric="Productivity and Business Processes revenue")),
])  # fmt: skip

# A change noun in a subject names what changed after "in" / "of" ("the biggest annual gains in
# employment were in agriculture" measures employment); a change noun alone, with only a rank or
# a step before it ("The highest annual increases were registered in Bulgaria"), stands for the
# metric named before. A bare count after "in" counts the group an "Among the X," opening names.
CHANGE_NOUN_SUBJECTS: list[Case] = numbered("metrics-change-noun-subjects", [
    row("The biggest annual gains in employment were in agriculture (+1.07 million) and trade "
        "(+479,000).",
        fact("+1.07 million", metric="employment in agriculture"),
        fact("+479,000", metric="employment in trade")),
    row("The biggest gains in employment were in agriculture (+1.07 million).",
        fact("+1.07 million", metric="employment in agriculture")),
    row("The largest increases in prices were in Bulgaria (+15.5%) and Hungary (+12.7%).",
        fact("+15.5%", metric="prices in Bulgaria"), fact("+12.7%", metric="prices in Hungary")),
    row("The increase in unemployment was 0.2 points.",
        fact("0.2 points", metric="unemployment")),
    row("House prices rose 4.2% in the euro area. The highest annual increases were registered "
        "in Bulgaria (+15.5%) and Hungary (+12.7%), while the largest falls were seen in France "
        "(-3.9%).",
        fact("4.2%", metric="house prices"), fact("+15.5%", metric="house prices in Bulgaria"),
        fact("+12.7%", metric="house prices in Hungary"),
        fact("-3.9%", metric="house prices in France")),
    row("Exports fell 2% in October. Monthly declines were recorded in Germany (-3.1%) and Italy "
        "(-2.4%).",
        fact("2%", metric="exports"), fact("-3.1%", metric="exports in Germany"),
        fact("-2.4%", metric="exports in Italy")),
    row("Among the Member States, annual increases in house prices were recorded in twenty-two "
        "and decreases in four.",
        fact("twenty-two", metric="Member States"), fact("four", metric="Member States")),
    row("Among the regions, unemployment fell in 9.", fact("9", metric="regions")),
    # "Of the M X, N <verb>": N counts X; a rank after it stands for the measure, not the places
    row("In February 2025, industrial production rose by 1.1% in the euro area. Of the 24 Member "
        "States for which data are available, 15 recorded annual increases in industrial "
        "production. The highest annual increases were observed in Ireland (+31.9%) and "
        "Lithuania (+9.9%).",
        fact("1.1%"), fact("24", metric="Member States"), fact("15", metric="Member States"),
        fact("+31.9%", metric="industrial production in Ireland"),
        fact("+9.9%", metric="industrial production in Lithuania"), published="2025-04-15"),
    row("Of the 30 economists polled by Reuters, 17 had expected a hold.",
        fact("30", metric="economists"), fact("17", metric="economists")),
    row("The first increase came in March, at 0.25%.", fact("0.25%", metric="first increase")),
])  # fmt: skip

# a percentage before a tax noun is that tax's rate, on what it taxes, not the subject that
# imposed it
LEVIES: list[Case] = numbered("metrics-levies", [
    row("Washington imposed 25% tariffs on most Canadian goods and a 10% levy on Canadian energy.",
        fact("25%", metric="tariffs on Canadian goods"),
        fact("10%", metric="levy on Canadian energy")),
    row('Washington announced a 32% "reciprocal" tariff on Indonesian goods on April 2.',
        fact("32%", metric="reciprocal tariff on Indonesian goods")),
    row("Ottawa is answering with 25% counter-tariffs on C$29.8 billion of American goods.",
        fact("25%", metric="counter-tariffs"), fact("C$29.8 billion")),
    row("The United States slapped 145% tariffs on Chinese imports.",
        fact("145%", metric="tariffs on Chinese imports")),
    row("The 7% tax rate was unchanged.", fact("7%", metric="tax rate")),
    # an abbreviation with stops inside the counted noun ("of U.S. goods") stays whole
    row("Ottawa has imposed counter-tariffs of 25% on about C$60 billion of U.S. goods.",
        fact("25%"), fact("C$60 billion", metric="U.S. goods")),
    row("China bought $20 billion of U.S. soybeans last year.",
        fact("$20 billion", metric="U.S. soybeans"), published="2025-04-15"),
    # a rank with no noun ("The lowest are expected in France") stands for the metric named
    # before, in each place; "euro area" after a count names no currency
    row("Among the 20 euro area Member States, the highest annual rates are expected in Croatia "
        "(4.9%) and Estonia (4.3%). The lowest are expected in France (0.9%), Cyprus (1.5%) and "
        "Luxembourg (1.6%).",
        fact("20", unit="count", metric="euro area Member States"),
        fact("4.9%"), fact("4.3%"),
        fact("0.9%", metric="annual rates in France"),
        fact("1.5%", metric="annual rates in Cyprus"),
        fact("1.6%", metric="annual rates in Luxembourg"), published="2025-04-01"),
    row("Unemployment rose to 11.4% in the fourth quarter. The highest were recorded in Andalusia "
        "(16.8%) and Extremadura (15.9%).",
        fact("11.4%"),
        fact("16.8%", metric="unemployment in Andalusia"),
        fact("15.9%", metric="unemployment in Extremadura")),
])  # fmt: skip

# A sentence without a figure names a topic that "It" / "They" opening the next one stands for;
# a count after an infinitive ("hopes to attract about 39 million") counts the noun counted
# before; "at a cost of" names the cost.
TOPICS_AND_ELLIPSES: list[Case] = numbered("metrics-topics-ellipses", [
    row("Household debt remains a drag on spending. It stood at 16.4 trillion baht at the end "
        "of September.",
        fact("16.4 trillion baht", metric="household debt")),
    row("Inflation remains weak. It was 1.2% in January.", fact("1.2%", metric="inflation")),
    row("Core inflation stayed sticky. It was 3.1% in October, the same as in September.",
        fact("3.1%", metric="core inflation")),
    row("The bank said it was watching prices. It cut the rate to 2%.",
        fact("2%", metric="rate")),
    row("Thailand received 35.5 million foreign tourists last year, and the government hopes to "
        "attract about 39 million in 2025.",
        fact("35.5 million", metric="foreign tourists"),
        fact("39 million", metric="foreign tourists")),
    row("The airline carried 12 million passengers in 2024 and plans to carry 14 million this "
        "year.",
        fact("12 million", metric="passengers"), fact("14 million", metric="passengers")),
    row("It paid handouts to about 3 million elderly people, at a cost of roughly 30 billion "
        "baht.",
        fact("3 million", metric="elderly people"), fact("30 billion baht", metric="cost")),
    row("The project, with a total cost of $2 billion, opened.",
        fact("$2 billion", metric="total cost")),
])  # fmt: skip

# A figure that names a target ("remains above the 2% target") measures the target: written as
# an inflation target in a sentence on prices; a participle aside after the subject ("measured
# by the CPI-ATE index that ...") is skipped.
TARGETS_AND_ASIDES: list[Case] = numbered("metrics-targets-asides", [
    row("Inflation has come down but remains above the 2% target.",
        fact("2%", metric="inflation target")),
    row("CPI-trim rose to 2.7% from 2.5% in December, both above the central bank's 2% target.",
        fact("2.7%", metric="CPI-trim"), fact("2.5%", metric="CPI-trim"),
        fact("2%", metric="inflation target")),
    row("Inflation is expected to return to the 2% target next year.",
        fact("2%", metric="inflation target")),
    row("Core inflation stayed well above the bank's 2% goal.",
        fact("2%", metric="inflation goal")),
    row("The government met its 3% deficit target.", fact("3%", metric="deficit target")),
    row("The bank has a 2% inflation target.", fact("2%", metric="inflation target")),
    # a target range named before its ends: both ends name it; without prices in the sentence the
    # range belongs to the measure it is set for
    row("Headline inflation slowed to 1.8% in March, below the BSP's target range of 2% to 4%.",
        fact("1.8%"), fact("2%", metric="inflation target range", qualifier="at_least"),
        fact("4%", metric="inflation target range", qualifier="at_most")),
    row("The CET1 ratio was 15.0%, above its medium-term target range of 14% to 14.5%.",
        fact("15.0%"), fact("14%", metric="CET1 ratio target range"),
        fact("14.5%", metric="CET1 ratio target range")),
    row("Underlying inflation, measured by the CPI-ATE index that adjusts for tax changes, "
        "slowed to 2.7% in December from 3.0% in November.",
        fact("2.7%", metric="underlying inflation"), fact("3.0%", metric="underlying inflation")),
    row("Annual wage inflation, measured by the labour cost index (LCI) for all salary and wage "
        "rates including overtime, was 2.9 percent.",
        fact("2.9 percent", metric="annual wage inflation")),
    row("Retail sales, as measured by the volume index, rose 0.4% in December.",
        fact("0.4%", metric="retail sales")),
    # a bare "the rate" is the last rate named
    row("The euro area unemployment rate was 6.2% in January. The rate stood at 7.3% in France "
        "and 6.3% in Italy.",
        fact("6.2%", metric="euro area unemployment rate"),
        fact("7.3%", metric="euro area unemployment rate"),
        fact("6.3%", metric="euro area unemployment rate")),
    row("The jobless rate rose to 4.2%. Inflation was 2.5%. The rate was last this high in 2021.",
        fact("4.2%", metric="jobless rate"), fact("2.5%", metric="inflation")),
])  # fmt: skip

# A percentage a reporting verb takes names the noun after it ("posts 4.2% sales growth"), not
# a bare change noun ("posted a 3.3% gain" is the subject's); an object pronoun ("raised it by
# 25 basis points") is the metric named before; a bare "pace" stands for it too.
NAMED_AFTER_AND_PRONOUNS: list[Case] = numbered("metrics-named-after-pronouns", [
    row("Unilever posts 4.2% sales growth, flags slower start to 2025",
        fact("4.2%", metric="sales growth")),
    row("The company posted 4.2% sales growth in 2024.", fact("4.2%", metric="sales growth")),
    row("The bank reported a 12% return on equity.", fact("12%", metric="return")),
    row("Shell keeps $3.5 billion buyback pace, lifts dividend",
        fact("$3.5 billion", metric="buyback pace")),
    row("Rio Tinto announces $2 billion share buyback", fact("$2 billion", metric="share buyback")),
    row("Nestlé posts $10 billion profit", fact("$10 billion", metric="profit")),
    row("Supermarkets posted a 3.3% gain, more than reversing a 1.9% decline in August.",
        fact("3.3%", metric="supermarkets"), fact("1.9%", metric="supermarkets")),
    row("Nonstore retailers posted a 6.7 percent annual gain.",
        fact("6.7 percent", metric="nonstore retailers")),
    row("The OPR has stood at 3.00% since May 2023, when policymakers raised it by 25 basis "
        "points.",
        fact("3.00%", metric="OPR"), fact("25 basis points", metric="OPR")),
    row("Inflation was 2.5% in January. The bank expects to cut it by half a point.",
        fact("2.5%", metric="inflation"), fact("half a point", metric="inflation")),
    row("New home sales fell 10.5% in January. December's pace was revised sharply higher to "
        "734,000 units.",
        fact("10.5%", metric="new home sales"), fact("734,000", metric="new home sales")),
    row("Bank Negara Malaysia kept its overnight policy rate (OPR) at 3.00% on Wednesday.",
        fact("3.00%", change=chg("unchanged", None, None, None))),
    # "A year earlier" opening a clause is no subject; "the rate" after it is the last rate named
    row("Brazil's unemployment rate rose to 6.5% in the three months through January. A year "
        "earlier the rate stood at 7.6%.",
        fact("6.5%", metric="unemployment rate"), fact("7.6%", metric="unemployment rate")),
    row("Exports rose 4% in January. A month earlier, they had fallen 2%.",
        fact("4%", metric="exports"), fact("2%", metric="exports")),
    # an amount of goods a verb takes is named by the verb's noun and the goods
    row("For 2025, Rio expects to ship between 323 million and 338 million tonnes of Pilbara iron "
        "ore and to produce 780,000 to 850,000 tonnes of copper.",
        fact("323 million", metric="Pilbara iron ore shipments"),
        fact("338 million tonnes", metric="Pilbara iron ore shipments"),
        fact("780,000", metric="copper production"),
        fact("850,000 tonnes", metric="copper production")),
    row("The mine produced 1.2 million ounces of gold.",
        fact("1.2 million ounces", metric="gold production")),
    row("Russia produced 8.97 million bpd.", fact("8.97 million bpd", metric="Russia production")),
    row("Toyota sold 10.8 million vehicles in 2024.", fact("10.8 million", metric="vehicles")),
    # "equivalent to 9,000 persons" restates the change; the level carries the 0.3%
    row("Total employment rose by 0.3% in the fourth quarter, equivalent to 9,000 persons, "
        "bringing the number of employed to 3.26 million.",
        fact("3.26 million", change=chg("increase", "0.3", "percent", None))),
    # a participle, an adverb or a function word after a figure names nothing: the figure
    # restates the metric named before it in the sentence
    row("Prices for food purchased from restaurants rose 3.2% in March, reversing a 1.4% decline "
        "in February.",
        fact("3.2%", metric="Prices for food purchased from restaurants"),
        fact("1.4%", metric="Prices for food purchased from restaurants")),
    row("Food prices climbed 1.3 percent, reversing a 0.5 percent decline in December.",
        fact("1.3 percent", metric="Food prices"), fact("0.5 percent", metric="Food prices")),
    row("Headline inflation is forecast to dip to 3.0% by December, before climbing back to 3.7% "
        "by June.",
        fact("3.0%", metric="Headline inflation"), fact("3.7%", metric="Headline inflation")),
    row("Exports fell 2.1% in May, after rising 0.8% in April.",
        fact("2.1%", metric="Exports"), fact("0.8%", metric="Exports")),
    row("The bank declared a dividend of $0.36 a share, bringing total dividends for 2024 to "
        "$0.87.",
        fact("$0.87", metric="total dividends per share")),
    row("The crown firmed after the announcement, trading at 11.38 per euro.",
        fact("11.38", metric="crown")),
    row("The standing deposit facility rate was lowered correspondingly to 6.00%.",
        fact("6.00%", metric="standing deposit facility rate")),
    row("Sterling rose 0.5%, trading at $1.2680.", fact("$1.2680", metric="Sterling")),
    row("Gold prices rose 1.1%, hitting a record $2,500 an ounce.",
        fact("$2,500", metric="Gold prices")),
    row("Retail sales fell 0.9% in May, reversing a 0.4% rise in April.",
        fact("0.9%", metric="Retail sales"), fact("0.4%", metric="Retail sales")),
    # a change noun names what changed before the level it reached
    row("Amazon Web Services posted a 19% rise in revenue to $26.3 billion.",
        fact("$26.3 billion", metric="Amazon Web Services revenue",
             change=chg("increase", "19", "percent", None))),
    row("It reported a 26% fall in underlying attributable profit to US$10.16 billion.",
        fact("US$10.16 billion", metric="underlying attributable profit",
             change=chg("decrease", "26", "percent", None))),
    row("Exporters booked a 5.1% increase in shipments to a record $62 billion.",
        fact("$62 billion", metric="Exporters shipments")),
    row("The Midwest led with a 30 Bcf injection to 920 Bcf.",
        fact("920 Bcf", change=chg("increase", "30000000000", "cubic_foot", None))),
    row("Stocks fell after a 50 Bcf withdrawal to 2,100 Bcf.",
        fact("2,100 Bcf", change=chg("decrease", "50000000000", "cubic_foot", None))),
    # what a verb of estimating puts "at" a figure is its metric, with or without a determiner
    # and past a "which" aside; "had settled at" is no such verb
    row("The central bank put growth for the 2024/25 fiscal year, which ended in June, at 4.5%.",
        fact("4.5%", metric="growth")),
    row("Analysts pegged losses at $3 billion.", fact("$3 billion", metric="losses")),
    row("The ministry estimated output at 1.2 million tonnes.",
        fact("1.2 million tonnes", metric="output")),
    row("Brent crude had settled at $79.89 a barrel on March 31.",
        fact("$79.89", metric="Brent crude")),
    # a metric span that opens with a subordinator or an infinitive keeps only its noun phrase;
    # one that is a piece of a clause takes the metric named before
    row("The labour market remains tight, even though employment fell by 52,800 in February.",
        fact("52,800", metric="employment")),
    row("It was the first rise in three months, even as the labor force participation rate edged "
        "up to 62.7%.",
        fact("62.7%", metric="labor force participation rate")),
    row("Airbus was the first to report EBIT Adjusted of €7.0 billion.",
        fact("€7.0 billion", metric="EBIT Adjusted")),
    row("Headline inflation is expected to climb to about 2½% by December and to peak at about "
        "2¾% in the second half of 2025.",
        fact("2½%", metric="Headline inflation"), fact("2¾%", metric="Headline inflation")),
    # "the rate for X" names its group; the kind of rate is the one the sentence named before
    row("The unemployment rate for those aged 15 to 34 rose to 46.1%, while the rate for 15- to "
        "24-year-olds jumped to 62.4%.",
        fact("46.1%", metric="unemployment rate for those aged 15 to 34"),
        fact("62.4%", metric="unemployment rate for 15- to 24-year-olds")),
    row("The jobless rate rose to 4.6%, while the rate for women jumped to 5.4%.",
        fact("4.6%", metric="jobless rate"), fact("5.4%", metric="jobless rate for women")),
    row("The vacancy rate among offices was 18%, and the rate in retail 9%.",
        fact("18%", metric="vacancy rate among offices"),
        fact("9%", metric="vacancy rate in retail")),
    # a figure a forecast noun follows is that forecast ("the 6.7% median forecast"), and a
    # target's ceiling is the ceiling, not a comparison of the rate
    row("Inflation was 1.31%, slightly above the 1.30% median forecast in a Reuters poll of "
        "economists.",
        fact("1.31%", metric="Inflation"),
        fact("1.30%", metric="Inflation forecast by economists")),
    row("Growth was 7.8%, well above the 6.7% median forecast in a Reuters poll.",
        fact("7.8%", metric="Growth"), fact("6.7%", metric="Growth forecast")),
    row("Sales were $4.3 billion, beating the $4.1 billion consensus estimate.",
        fact("$4.3 billion", metric="Sales"), fact("$4.1 billion", metric="Sales forecast")),
    row("Inflows fell to $5.228 billion, well short of the $5.661 billion expected in a "
        "Bloomberg survey of analysts.",
        fact("$5.228 billion", metric="Inflows"),
        fact("$5.661 billion", metric="Inflows expected by analysts")),
    row("Annual inflation accelerated to 5.06%, well above the 4.5% ceiling of the central "
        "bank's tolerance range.",
        fact("5.06%", metric="Annual inflation"), fact("4.5%", metric="inflation ceiling")),
    row("Inflation rose to 3.1%, above the 2% target.",
        fact("3.1%", metric="Inflation"), fact("2%", metric="inflation target")),
    # who projects, predicts or anticipates a figure is not its metric; a project is a noun
    row("Analysts now project RevPAR to fall 0.1% this year.", fact("0.1%", metric="RevPAR")),
    row("Staff now project economic growth of 0.8% in 2024.",
        fact("0.8%", metric="economic growth")),
    row("Traders anticipate rates to fall to 4%.", fact("4%", metric="rates")),
    row("Its Jansen potash project in Canada was 63% complete at the end of December.",
        fact("63%", metric="Jansen potash project")),
    # a subject that counts over a period keeps its name before the counted noun; a group
    # counted after a preposition is the group
    row("Montreal-area sales totalled 3,330 homes, 12% more than a year earlier.",
        fact("3,330", metric="Montreal-area sales")),
    row("Sales in Montreal reached 3,330 homes in August.",
        fact("3,330", metric="Sales in Montreal")),
    row("Arrivals reached 11 million tourists in July.", fact("11 million", metric="Arrivals")),
    row("Ferrari shipments totalled 3,494 cars in the quarter.",
        fact("3,494", metric="Ferrari shipments")),
    row("Sales rose in seven of 10 provinces.",
        fact("seven", metric="provinces"), fact("10", metric="provinces")),
    # shares listed with "respectively" pair with the subjects listed before them
    row("Transsion and vivo accounted for 9.0% and 8.9% of global shipments, respectively.",
        fact("9.0%", metric="Transsion", share=shr("9.0", "global shipments")),
        fact("8.9%", metric="vivo", share=shr("8.9", "global shipments"))),
    row("Men and women made up 51% and 49% of the workforce, respectively.",
        fact("51%", metric="Men"), fact("49%", metric="women")),
    # an expected change named by its noun ("expected a decline of 1.8%") is the forecast
    row("German industrial orders fell 1.4% in April. Economists had on average expected a "
        "decline of 1.8%.",
        fact("1.4%", metric="German industrial orders"),
        fact("1.8%", metric="German industrial orders expected by economists")),
    row("Analysts expected a rise of 2% in sales.",
        fact("2%", metric="sales expected by analysts")),
    row("GDP rose 0.3%. Economists had forecast growth of 0.2%.",
        fact("0.3%", metric="GDP"), fact("0.2%", metric="growth forecast by economists")),
    row("The rate of inflation was 3%, and the rate for food 5%.",
        fact("3%", metric="rate of inflation"), fact("5%", metric="rate for food")),
])  # fmt: skip

EXCLUSIONS: list[Case] = numbered("metrics-exclusions", [
    # an opening exclusion narrows the metric of its clause: one item, a list, a determiner,
    # an amount named in the exclusion (the amount itself is not narrowed)
    row("Excluding the volatile food and energy components, the CPI rose 0.3% in March.",
        fact("0.3%", metric="CPI excluding the volatile food and energy components")),
    row("Excluding energy, food, alcohol and tobacco, the core rate rose to 2.4%.",
        fact("2.4%", metric="core rate")),
    row("Excluding energy, food, alcohol and tobacco, prices rose 2.4% in September.",
        fact("2.4%", metric="prices excluding energy, food, alcohol and tobacco")),
    row("Excluding unwrought gold, silver and platinum group metals, imports dropped 6.9%.",
        fact("6.9%", metric="imports excluding unwrought gold, silver and platinum group metals")),
    row("Stripping out gold or silver, exports fell 3.1% in May.",
        fact("3.1%", metric="exports stripping out gold or silver")),
    row("Excluding a $1.5 billion favourable impact from currency movements, sales grew 12%.",
        fact("$1.5 billion", metric="favourable impact"),
        fact("12%", metric="sales excluding a $1.5 billion favourable impact from currency "
                          "movements")),
    row("Excluding automobiles, sales rose 0.2% to $583.9 billion.",
        fact("$583.9 billion", metric="sales excluding automobiles")),
    # a single exclusion stops at the comma that opens the clause; the next clause is its own
    row("Excluding food, prices rose 3%, the agency said, and wages rose 2%.",
        fact("3%", metric="prices excluding food"), fact("2%", metric="wages")),
    # a metric that says "core" or "underlying" names its exclusion already
    row("Excluding food and energy, core inflation eased to 3.1%.",
        fact("3.1%", metric="core inflation")),
])  # fmt: skip

PLACES_AFTER_CHANGES: list[Case] = numbered("metrics-places-after-changes", [
    # a place right after a change names where it was measured, in a list too
    row("Deliveries rose 15% in South America, 3% in Western Europe and 10% in Central and "
        "Eastern Europe.",
        fact("15%", metric="Deliveries in South America"),
        fact("3%", metric="Deliveries in Western Europe"),
        fact("10%", metric="Deliveries in Central and Eastern Europe")),
    row("Employment rose by 19,800 in New South Wales and by 8,500 in Queensland.",
        fact("19,800", metric="Employment in New South Wales"),
        fact("8,500", metric="Employment in Queensland")),
    row("Prices rose 2.1% in the euro area and 2.4% in the EU.",
        fact("2.1%", metric="Prices in the euro area"), fact("2.4%", metric="Prices in the EU")),
    row("Deaths fell by 73% in Africa, 51% in South-East Asia and 43% in Europe.",
        fact("73%", metric="Deaths in Africa"), fact("51%", metric="Deaths in South-East Asia"),
        fact("43%", metric="Deaths in Europe")),
    row("Sales fell 4% in China.", fact("4%", metric="Sales in China")),
    # a month is a period, not a place; a list paired by "respectively" is paired elsewhere
    row("Sales fell 4% in March.", fact("4%", metric="Sales")),
    row("Comparable sales grew 8.6% and 10.5% in the United States and Canada, respectively.",
        fact("8.6%", metric="Comparable sales in the United States"),
        fact("10.5%", metric="Comparable sales in Canada")),
])  # fmt: skip

POLICY_RATE_MOVES: list[Case] = numbered("metrics-policy-rate-moves", [
    # a move that names no measure moves the policy rate the document names: after its size,
    # before it, or before the level it leads to; a generic name when the text has no other
    row("The bank cut its repo rate to 6%. Two members voted for a 25 basis point reduction.",
        fact("6%", metric="bank repo rate"), fact("Two", metric="members"),
        fact("25 basis point", metric="repo rate")),
    row("The bank cut its repo rate to 6%. Most economists had expected a smaller cut of 25 "
        "basis points.",
        fact("6%", metric="bank repo rate"), fact("25 basis points", metric="repo rate")),
    row("The Official Cash Rate was held at 3.25%. Markets are pricing a cut to 3 per cent in "
        "August.",
        fact("3.25%", metric="Official Cash Rate"),
        fact("3 per cent", metric="Official Cash Rate")),
    row("The central bank held its key rate at 21%. Most analysts had expected a cut to 20%.",
        fact("21%", metric="central bank key rate"), fact("20%", metric="key rate")),
    row("The Selic rate was raised to 14.25%. Economists expect a hike of 50 basis points in "
        "June.",
        fact("14.25%", metric="Selic rate"),
        fact("50 basis points", metric="Selic rate hike expected by economists")),
    row("The bank kept its repo rate at 6%. One economist expects two further cuts of 25 basis "
        "points each.",
        fact("6%", metric="bank repo rate"),
        fact("two", metric="further cuts expected by economist"),
        fact("25 basis points", metric="repo rate cuts")),
    # a rate of its own beats a generic name wherever the text names it first
    row("The bank left its policy rate at 2% and its Selic unchanged. Members agreed that a 25 "
        "basis point reduction was appropriate.",
        fact("2%", metric="policy rate"), fact("25 basis point", metric="Selic")),
    # another bank's move stays that bank's; a rise in something named is that thing's
    row("The bank kept its repo rate at 6%. The Federal Reserve has cut by 75 basis points since "
        "September.",
        fact("6%", metric="bank repo rate"), fact("75 basis points", metric="Federal Reserve")),
    row("The bank kept its repo rate at 6%. Wages rose 3%, and a 50 basis point rise in mortgage "
        "spreads followed.",
        fact("6%", metric="bank repo rate"), fact("3%", metric="Wages"),
        fact("50 basis point", metric="mortgage spreads")),
    # without a policy rate in the text nothing changes
    row("Two members voted for a 25 basis point reduction.",
        fact("Two", metric="members"), fact("25 basis point", metric="members")),
])  # fmt: skip

LISTED_AGENTS: list[Case] = numbered("metrics-listed-agents", [
    # a list after "by" or "from" inside a subject is part of it, not the subject itself
    row("The number of people forced from their homes by war, violence and persecution stood at "
        "122.1 million at the end of April.",
        fact("122.1 million",
             metric="people forced from their homes by war, violence and persecution")),
    row("The number of people displaced by conflict, disasters and violence rose to 83 million.",
        fact("83 million", metric="people displaced by conflict, disasters and violence")),
    # a list of industries after "by" names the items of a bracketed list
    row("Losses were led by professional, scientific and technical services (-26,000) and "
        "manufacturing (-19,000).",
        fact("-26,000", metric="professional, scientific and technical services"),
        fact("-19,000", metric="manufacturing")),
])  # fmt: skip

CURRENCY_MOVES: list[Case] = numbered("metrics-currency-moves", [
    # a currency's move against another is the pair's; a quote per unit stays the quote's
    row("The euro fell 0.3% against the Swiss franc.",
        fact("0.3%", metric="euro against the Swiss franc")),
    row("The yen rose 1.2% against the dollar.", fact("1.2%", metric="yen against the dollar")),
    row("The pound was up 0.2% versus the U.S. dollar.",
        fact("0.2%", metric="pound against the U.S. dollar")),
    # an index against a basket names no second currency
    row("The dollar index rose 0.5% against a basket of currencies.",
        fact("0.5%", metric="dollar index")),
    row("Sales rose 4% against the previous year.", fact("4%", metric="Sales")),
])  # fmt: skip

PROBABILITIES: list[Case] = numbered("metrics-probabilities", [
    # a probability measures the chance of the event it names, after or before its figure,
    # and so does the earlier value it is compared with
    row("Fed funds futures implied about a 20% chance of a cut at the June meeting, down from "
        "roughly 30% on Tuesday.",
        fact("20%", metric="chance of a cut at the June meeting"),
        fact("30%", metric="chance of a cut at the June meeting"), published="2025-06-20"),
    row("Traders raised the odds of a first cut in June to about 70%.",
        fact("70%", metric="odds of a first cut in June")),
    row("Futures markets had put the chance of a cut at roughly 90%.",
        fact("90%", metric="chance of a cut")),
    row("The market-implied probability of a Feb cut has now risen to about 65%.",
        fact("65%", metric="probability of a Feb cut")),
    # the event ends before the next item of a list
    row("Futures implied about a 70% chance of another cut in July and a cash rate of around "
        "3.2%.",
        fact("70%", metric="chance of another cut in July"), fact("3.2%", metric="cash rate")),
])  # fmt: skip


RANKED_APPOSITIONS: list[Case] = numbered("metrics-ranked-appositions", [
    # a subject that ranks first on a noun, the figure set off by a comma: the noun for the
    # subject, and for each name that follows the ranking
    row("Germany received the most first-time applicants, 14,920, followed by Spain (13,225), "
        "France (11,895) and Greece (5,200).",
        fact("14,920", metric="first-time applicants in Germany"),
        fact("13,225", metric="first-time applicants in Spain"),
        fact("11,895", metric="first-time applicants in France"),
        fact("5,200", metric="first-time applicants in Greece"), published="2025-04-15"),
    row("California reported the most new cases, 1,234, ahead of Texas (987) and Florida (850).",
        fact("1,234", metric="new cases in California"), fact("987", metric="new cases in Texas"),
        fact("850", metric="new cases in Florida"), published="2025-04-15"),
    row("Spain recorded the highest unemployment rate, 11.4%, followed by Greece (9.8%) and "
        "Finland (9.0%).",
        fact("11.4%", metric="unemployment rate in Spain"),
        fact("9.8%", metric="unemployment rate in Greece"),
        fact("9.0%", metric="unemployment rate in Finland"), published="2025-04-15"),
    row("Germany received the largest number of applications from unaccompanied minors, 620, "
        "followed by Greece (460) and Spain (355).",
        fact("620", metric="applications from unaccompanied minors in Germany"),
        fact("460", metric="applications from unaccompanied minors in Greece"),
        fact("355", metric="applications from unaccompanied minors in Spain"),
        published="2025-04-15"),
    row("Odisha had the highest inflation rate among the states, at 7.79%, followed by Assam "
        "(7.2%).",
        fact("7.79%", metric="inflation rate in Odisha"),
        fact("7.2%", metric="inflation rate in Assam"), published="2025-04-15"),
    # "the highest NOUN was recorded in NAME[, an aside,] at N": the noun for the name
    row("At the other end of the scale, the highest rate was registered in Ceuta, the Spanish "
        "autonomous city on the North African coast, at 26.6%, followed by the Canary Islands "
        "(23.2%) and Andalusia (21.7%).",
        fact("26.6%", metric="rate in Ceuta"), fact("23.2%", metric="rate in Canary Islands"),
        fact("21.7%", metric="rate in Andalusia"), published="2022-04-29"),
    row("The lowest unemployment rates were recorded in Prague, at 2.3%.",
        fact("2.3%", metric="unemployment rate in Prague"), published="2022-04-29"),
    # list items keep the first item's own preposition
    row("A total of 2,145 minors applied, most of them from Egypt (380), Syria (360) and "
        "Afghanistan (300).",
        fact("2,145", metric="minors"), fact("380", metric="most of them from Egypt"),
        fact("360", metric="most of them from Syria"),
        fact("300", metric="most of them from Afghanistan"), published="2025-04-15"),
    row("Exports to Germany (12%), France (8%) and Italy (5%) fell.",
        fact("12%", metric="Exports to Germany"), fact("8%", metric="Exports to France"),
        fact("5%", metric="Exports to Italy"), published="2025-04-15"),
    # names paired "respectively"; a capitalised word in "-ly" is a name, not an adverb
    row("Germany, France and Italy grew 1.1%, 0.8% and 0.5% respectively.",
        fact("1.1%", metric="Germany"), fact("0.8%", metric="France"),
        fact("0.5%", metric="Italy"), published="2025-04-15"),
    row("Sales rose 3.2% in March, gradually reversing a 1.4% decline in February.",
        fact("3.2%", metric="Sales"), fact("1.4%", metric="Sales"), published="2025-04-15"),
])  # fmt: skip
