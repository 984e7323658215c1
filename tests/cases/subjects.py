"""The metric layer: the clause's subject names the metric; leading adverbials, reporting
clauses and verbs are skipped; list items compose with their shared head."""

from __future__ import annotations

from cases.case import Case, chg, fact, numbered, row

SUBJECT_OVER_COUNTED: list[Case] = numbered("subjects-counted", [
    row("In total, 8.999 million people aged 16 to 64 years were economically inactive.",
        fact("8.999 million", metric="economically inactive people aged 16 to 64 years")),
    row("Some 32.739 million people aged 16 years and over were in employment.",
        fact("32.739 million", metric="people aged 16 years and over in employment")),
    row("About 1.2 million people were unemployed in May.",
        fact("1.2 million", metric="unemployed people")),
    row("Employment increased 48,300 to 9.1 million people.",
        fact("9.1 million", metric="employment")),
    row("Employment fell by 12,000 to 2.1 million workers in March 2024.",
        fact("2.1 million", metric="employment")),
    row("The labour force grew to 14.6 million people in 2023.",
        fact("14.6 million", metric="labour force")),
    row("Unemployment rose to 1.5 million people in the quarter.",
        fact("1.5 million", metric="unemployment")),
    row("The country added 216,000 jobs in December.",
        fact("216,000", metric="jobs"), published="2024-01-05"),
    row("The airline carried 4.5 million passengers in 2023.",
        fact("4.5 million", metric="passengers")),
    # any counted noun after "to" counts what a subject that moved there measures
    row("The housing stock grew 6% to 2,124,590 dwellings.",
        fact("2,124,590", metric="housing stock")),
    row("Group deliveries fell 13% to 1,754,157 vehicles.",
        fact("1,754,157", metric="group deliveries")),
    row("The company grew to 5,000 employees.",
        fact("5,000", metric="employees")),
    # a stock a subject holds at a time: the counted noun says what it holds
    row("The order backlog stood at 8,658 aircraft at the end of December.",
        fact("8,658", metric="order backlog")),
    row("Its order book stood at 8,658 planes.", fact("8,658", metric="order book")),
    row("The fleet totalled 1,200 aircraft.", fact("1,200", metric="fleet")),
    row("The company's workforce stood at 52,000 employees in June.",
        fact("52,000", metric="company's workforce")),
    row("Its installed base reached 150 million devices.",
        fact("150 million", metric="installed base")),
    row("The death toll rose to 1,234 people.", fact("1,234", metric="death toll")),
    row("Production also hit a record 494,989 vehicles.", fact("494,989", metric="production")),
    row("Hospital capacity grew to 500 beds.", fact("500", metric="hospital capacity")),
    # counter-rows: a group the figure counts
    row("Sales rose at 1,200 stores.", fact("1,200", metric="stores")),
    row("Sales rose in five provinces.", fact("five", metric="provinces")),
])  # fmt: skip

OPENERS: list[Case] = numbered("subjects-openers", [
    row("In the euro area the government deficit was 3.6% of GDP in 2023.",
        fact("3.6%", metric="government deficit")),
    row("Across the EU the jobless rate held at 6.0% in May.",
        fact("6.0%", metric="jobless rate")),
    row("The surveyed urban unemployment rate stood at 5.0 percent in November. In major cities "
        "the rate was also 5.0 percent.",
        fact("5.0 percent", metric="surveyed urban unemployment rate"),
        fact("5.0 percent", metric="surveyed urban unemployment rate")),
    row("On an adjusted basis, the chipmaker earned $5.16 a share.",
        fact("$5.16")),
    row("Based on a survey as of June 1, the cattle inventory stood at 87.2 million head.",
        fact("87.2 million", metric="cattle inventory")),
    row("According to the ONS, retail sales fell 1.2% in March 2024.",
        fact("1.2%", metric="retail sales")),
    row("The Commerce Department said retail sales rose 0.6% in May 2024.",
        fact("0.6%", metric="retail sales")),
    row("Retail sales rose 0.6% in May 2024, the Commerce Department said.",
        fact("0.6%", metric="retail sales")),
    row("The Commerce Department said on Tuesday that retail sales rose 0.6% in May 2024.",
        fact("0.6%", metric="retail sales")),
    row("Data from the statistics office showed that industrial output fell 2.1% in May 2024.",
        fact("2.1%", metric="industrial output")),
    row("Economists polled by Reuters had forecast that payrolls would rise by 170,000.",
        fact("170,000", metric="payrolls")),
    row("In a statement, the bank said inflation had eased to 3.1%.",
        fact("3.1%", metric="inflation")),
    row("On a seasonally adjusted basis, exports rose 2.3% in May 2024.",
        fact("2.3%", metric="exports")),
    row("Separately, the trade deficit widened to $75.1 billion in April 2024.",
        fact("$75.1 billion", metric="trade deficit")),
    row("\"Consumer spending rose 0.4% in May,\" said Jane Smith, chief economist at the bank.",
        fact("0.4%", metric="consumer spending"), published="2024-06-20"),
    row("Statistics Canada reported that the jobless rate fell to 5.7% in January 2024.",
        fact("5.7%", metric="jobless rate")),
])  # fmt: skip

VERBS_ARE_NOT_METRICS: list[Case] = numbered("subjects-verbs", [
    row("Brent crude will average $64 a barrel in 2025.",
        fact("$64", metric="Brent crude")),
    row("The EIA expects Brent to average $84 per barrel in 2024.",
        fact("$84", metric="Brent")),
    row("Inflation fell to 3.1% in May 2024. This followed a 0.3% rise in April.",
        fact("3.1%", metric="inflation"), fact("0.3%", metric="inflation")),
    row("The company said it would cut 1,200 jobs.",
        fact("1,200", metric="jobs")),
    row("Analysts expect revenue to rise 8% in 2024.",
        fact("8%", metric="revenue")),
    row("The government plans to spend $40 billion on defence next year.",
        fact("$40 billion", metric="defence spending"), published="2024-05-01"),
])  # fmt: skip

LIST_HEADS: list[Case] = numbered("subjects-lists", [
    row("The euro area unemployment rate was 6.5% in March 2024. The highest rates were in "
        "Spain (11.7%) and Greece (11.0%).",
        fact("6.5%", metric="euro area unemployment rate"),
        fact("11.7%", metric="unemployment rate in Spain"),
        fact("11.0%", metric="unemployment rate in Greece")),
    row("Among member states, the lowest unemployment rates were recorded in Czechia (2.8%) "
        "and Poland (2.9%).",
        fact("2.8%", metric="unemployment rate in Czechia"),
        fact("2.9%", metric="unemployment rate in Poland")),
    row("Inflation was highest in Romania (6.7%), Croatia (4.9%) and Austria (4.1%).",
        fact("6.7%", metric="inflation in Romania"),
        fact("4.9%", metric="inflation in Croatia"),
        fact("4.1%", metric="inflation in Austria")),
    row("Exports to China fell 5% and those to the US rose 3%.",
        fact("5%", metric="exports to China"), fact("3%", metric="exports to the US")),
    row("Sales in Europe rose 4%, in Asia 6% and in the Americas 2%.",
        fact("4%", metric="sales in Europe"), fact("6%", metric="sales in Asia"),
        fact("2%", metric="sales in the Americas")),
    row("Revenue from services was $24.2 billion and from products $66.6 billion.",
        fact("$24.2 billion", metric="revenue from services"),
        fact("$66.6 billion", metric="revenue from products")),
])  # fmt: skip

BRACKETED_NAMES: list[Case] = numbered("subjects-brackets", [
    row("Full-time workers in Western Australia ($2,108) and the Australian Capital Territory "
        "($2,080) were the best paid.",
        fact("$2,108", metric="full-time workers in Western Australia"),
        fact("$2,080", metric="full-time workers in the Australian Capital Territory")),
    row("Spain again had the highest unemployment rate (11.7%), followed by Greece (10.8%) and "
        "Sweden (8.4%).",
        fact("11.7%", metric="unemployment rate"),
        fact("10.8%", metric="unemployment rate in Greece"),
        fact("8.4%", metric="unemployment rate in Sweden")),
    row("Maharashtra again led the states, with 62,194 new cases, followed by Karnataka (49,058) "
        "and Kerala (42,464).",
        fact("62,194", metric="new cases"), fact("49,058", metric="new cases in Karnataka"),
        fact("42,464", metric="new cases in Kerala")),
])  # fmt: skip

ITEM_NAMES: list[Case] = numbered("subjects-item-names", [
    # an "and" or a comma inside one item's name joins words of that name, not two items
    row("Health (+8.4 per cent) and miscellaneous goods and services (+8.3 per cent) recorded "
        "the largest annual increases.",
        fact("+8.4 per cent", metric="health"),
        fact("+8.3 per cent", metric="miscellaneous goods and services"), published="2025-07-04"),
    row("Only two categories went backwards: alcoholic beverages and tobacco fell 1.4 per cent "
        "and food edged down 0.1 per cent.",
        fact("two"), fact("1.4 per cent", metric="alcoholic beverages and tobacco"),
        fact("0.1 per cent", metric="food"), published="2025-07-04"),
    row("Clothing rose 2.0 per cent, while alcoholic beverages and tobacco fell 1.4 per cent.",
        fact("2.0 per cent", metric="clothing"),
        fact("1.4 per cent", metric="alcoholic beverages and tobacco"), published="2025-07-04"),
    row("Prices rose for food (2.1%), motor vehicles, trailers and bodies (3.4%) and transport "
        "(1.2%).",
        fact("2.1%", metric="prices for food"),
        fact("3.4%", metric="prices for motor vehicles, trailers and bodies"),
        fact("1.2%", metric="prices for transport"), published="2025-07-04"),
    row("Sales fell in clothing (2.1%), furniture, appliances and electronics (3.4%), and "
        "heating fuel (1.2%).",
        fact("2.1%", metric="sales in clothing", change=chg("decrease", 2.1, "percent")),
        fact("3.4%", metric="sales in furniture, appliances and electronics"),
        fact("1.2%", metric="sales in heating fuel", change=chg("decrease", 1.2, "percent")),
        published="2025-07-04"),
    row("Output fell in 15 branches, led by coke, petroleum products and biofuels (-10.7%) and "
        "motor vehicles (-8.4%).",
        fact("15"), fact("-10.7%", metric="coke, petroleum products and biofuels"),
        fact("-8.4%"), published="2025-12-02"),
    # counter-rows: two subjects, two figures; a ranking's follower is no part of the name
    row("The UK market was 7.1% bigger than in 2019 and the US market 3.3% bigger.",
        fact("7.1%", metric="UK market"), fact("3.3%", metric="US market"),
        published="2025-07-04"),
    row("Prices rose 2.4% (goods 1.2%), followed by services (3.2%).",
        fact("2.4%"), fact("1.2%"), fact("3.2%", metric="services"), published="2025-07-04"),
])  # fmt: skip

EXPECTATIONS: list[Case] = numbered("subjects-expectations", [
    row("Employers advertised 7.44 million vacancies. Economists surveyed before the release had "
        "forecast 7.99 million.",
        fact("7.44 million", metric="vacancies"), fact("7.99 million", metric="vacancies")),
    row("Adjusted earnings came to $1.80 per share, ahead of the $1.65 analysts had expected.",
        fact("$1.80", metric="adjusted earnings per share"),
        fact("$1.65", metric="adjusted earnings per share")),
    row("The retailer expects earnings of $6.70 a share. Analysts had on average been looking "
        "for $6.55.",
        fact("$6.70", metric="earnings per share"), fact("$6.55", metric="earnings per share")),
])  # fmt: skip

STAND_INS: list[Case] = numbered("subjects-stand-ins", [
    row("Job openings fell to 7.44 million. August's count was revised down to 7.86 million.",
        fact("7.44 million", metric="job openings"), fact("7.86 million", metric="job openings")),
    row("The retailer expects earnings of $6.70 to $7.12 a share. On a post-split basis, the "
        "range works out at $2.23 to $2.37.",
        fact("$6.70"), fact("$7.12"), fact("$2.23", metric="earnings per share"),
        fact("$2.37", metric="earnings per share")),
    row("Over the year to the December quarter the index climbed 4.2 per cent.",
        fact("4.2 per cent", metric="index")),
    row("Public sector wages rose 1.3 per cent. Over the year they were up 4.3 per cent.",
        fact("1.3 per cent", metric="public sector wages"),
        fact("4.3 per cent", metric="public sector wages")),
])  # fmt: skip

OBJECTS: list[Case] = numbered("subjects-objects", [
    row("OPEC also nudged up its forecast for world economic growth this year to 2.8%.",
        fact("2.8%", metric="forecast for world economic growth", change=chg("increase"))),
    row("The ministry pared its estimate of wheat output to 112 million tonnes.",
        fact("112 million tonnes", metric="estimate of wheat output", change=chg("decrease"))),
    row("Riyadh is keeping its production near 9 mb/d.",
        fact("9 mb/d", metric="production", change=chg("unchanged"))),
    row("The Fed lowered the target range for the federal funds rate to 4.75%.",
        fact("4.75%", metric="target range for the federal funds rate",
             change=chg("decrease"))),
    row("GM lifted its forecast for adjusted automotive free cash flow to $8.5 billion.",
        fact("$8.5 billion", metric="forecast for adjusted automotive free cash flow",
             change=chg("increase"))),
    row("The central bank raised its key rate to 4.35%.",
        fact("4.35%", metric="key rate", change=chg("increase"))),
    row("The Fed cut rates by 50 basis points.",
        fact("50 basis points", metric="rates", change=chg("decrease", 50, "basis_point"))),
    row("Walmart's adjusted earnings came to $1.80 a share, and the board approved a dividend of "
        "$0.83 per share.",
        fact("$1.80", metric="adjusted earnings per share"),
        fact("$0.83", metric="dividend per share")),
])  # fmt: skip

ELIDED_PLACES: list[Case] = numbered("subjects-elided-places", [
    row("Output in Iran slipped by 15 tb/d to 3,148 tb/d and in Iraq by 14 tb/d to 4,203 tb/d.",
        fact("3,148 tb/d", metric="output in Iran"), fact("4,203 tb/d", metric="output in Iraq")),
    row("Unemployment in Spain fell to 11.7%, while in Greece it rose to 10.9%.",
        fact("11.7%", metric="unemployment in Spain"),
        fact("10.9%", metric="unemployment in Greece")),
])  # fmt: skip

FRAGMENTS: list[Case] = numbered("subjects-fragments", [
    row("The services sector contributed 68.8 trillion yuan.",
        fact("68.8 trillion yuan", metric="services sector")),
    row("Government spending and exports contributed 0.56 percentage point to growth.",
        fact("0.56 percentage point", metric="government spending and exports")),
    row("Battery-electric cars remain a niche for the company, at 117,000 units.",
        fact("117,000", metric="battery-electric cars")),
    row("Nuclear plants hold steady at 775 terawatt hours.",
        fact("775 terawatt hours", metric="nuclear plants")),
    row("GM now expects adjusted EBIT of $12.5 billion to $14.5 billion for 2024, up from its "
        "previous range of $12 billion to $14 billion.",
        fact("$12.5 billion", metric="adjusted EBIT"), fact("$14.5 billion"),
        fact("$12 billion", metric="adjusted EBIT"), fact("$14 billion")),
    row("Asia-Pacific contributed the most, at 35%.",
        fact("35%", metric="Asia-Pacific")),
    row("The Monetary Policy Committee voted by a majority of six to three to raise Bank Rate.",
        fact("six", metric=None), fact("three", metric=None)),
    row("Value added of industrial enterprises above designated size grew 4.6 percent.",
        fact("4.6 percent", metric="value added of industrial enterprises above designated size")),
    row("Chips made on the 3-nanometre process made up 9% of wafer revenue.",
        fact("9%", metric="chips made on the 3-nanometre process")),
])  # fmt: skip

HELD_IN_A_STATE: list[Case] = numbered("subjects-held-state", [
    # "held flat/steady at N" is intransitive: the subject is measured; "held its rate at N" holds
    # an object
    row("North America DAU held flat on the year at 100 million.",
        fact("100 million", metric="North America DAU", change=chg("unchanged"))),
    row("Sales held broadly stable at $3 billion in the quarter.",
        fact("$3 billion", metric="sales", change=chg("unchanged"))),
    row("The jobless rate stayed steady at 4.1% in June.",
        fact("4.1%", metric="jobless rate", change=chg("unchanged"))),
    row("The central bank held its key rate steady at 4.25%.",
        fact("4.25%", metric="key rate", change=chg("unchanged"))),
    row("Officials kept the policy rate unchanged at 5.5%.",
        fact("5.5%", metric="policy rate", change=chg("unchanged"))),
])  # fmt: skip

CLAUSES_ARE_NOT_METRICS: list[Case] = numbered("subjects-clauses", [
    # a verb that ends the subject's words goes; a comparison's leftover is no metric
    row("The FTSE 100 fell 0.7%. The mid-cap FTSE 250 finished 0.35 per cent higher.",
        fact("0.7%", metric="FTSE 100"), fact("0.35 per cent", metric="FTSE 250")),
    row("WTI finished at $80.42 a barrel.", fact("$80.42", metric="WTI")),
    row("ResMed added 1.26% to $38.59.", fact("$38.59", metric="ResMed")),
    row("Spain's inflation confirmed at 1.5% in September.",
        fact("1.5%", metric="Spain's inflation")),
    row("Gasoline prices were 4.0% lower than a year earlier.",
        fact("4.0%", metric="gasoline prices")),
    row("Exports to China led, rising 5% to $332 million.",
        fact("$332 million", metric="exports to China")),
    row("Greater China grew 9% to €946 million.", fact("€946 million", metric="Greater China")),
])  # fmt: skip

PLACES_IN_BRACKETS: list[Case] = numbered("subjects-places-in-brackets", [
    # bracketed places whose clause names no measure measure the metric named before, per place
    row("Consumer prices rose 2.0% in October 2024. Alberta (3.0%) posted the largest increase, "
        "followed by British Columbia (2.4%) and Ontario (2.0%).",
        fact("2.0%", metric="consumer prices"), fact("3.0%", metric="consumer prices in Alberta"),
        fact("2.4%", metric="consumer prices in British Columbia"),
        fact("2.0%", metric="consumer prices in Ontario")),
    row("Retail trade volume rose 0.5% in September 2024. The strongest monthly increases were in "
        "Belgium (+2.1%), Germany (+1.2%) and Austria (+1.1%).",
        fact("0.5%", metric="retail trade volume"),
        fact("+2.1%", metric="retail trade volume in Belgium"),
        fact("+1.2%", metric="retail trade volume in Germany"),
        fact("+1.1%", metric="retail trade volume in Austria")),
    row("House prices rose 1.3% in the second quarter of 2024. The largest falls were registered "
        "in Luxembourg (-8.3%) and Finland (-4.8%).",
        fact("1.3%", metric="house prices"), fact("-8.3%", metric="house prices in Luxembourg"),
        fact("-4.8%", metric="house prices in Finland")),
    # several places in one bracket: "(all +2.1%)", "(both +1.1%)"
    row("Retail trade volume rose 0.5% in September 2024. The strongest monthly increases were in "
        "Belgium, Denmark and Croatia (all +2.1%), Germany (+1.2%), and Austria and Slovakia "
        "(both +1.1%).",
        fact("0.5%"), fact("+2.1%", metric="retail trade volume in Belgium, Denmark and Croatia"),
        fact("+1.2%", metric="retail trade volume in Germany"),
        fact("+1.1%", metric="retail trade volume in Austria and Slovakia")),
    # the first bracketed place after "rose in" / "were in" names the subject's metric for it
    row("Prices rose in Poland (2.9%), Czechia (2.6%) and Malta (3.0%).",
        fact("2.9%", metric="prices in Poland"), fact("2.6%", metric="prices in Czechia"),
        fact("3.0%", metric="prices in Malta")),
    row("The highest unemployment rates were in Spain (14.1%) and Italy (9.8%).",
        fact("14.1%", metric="unemployment rates in Spain"),
        fact("9.8%", metric="unemployment rates in Italy")),
    # a clause that names the measure keeps it
    row("Full-time workers in Western Australia ($2,108) and the Australian Capital Territory "
        "($2,080) were the best paid.",
        fact("$2,108", metric="full-time workers in Western Australia"),
        fact("$2,080", metric="full-time workers in the Australian Capital Territory")),
])  # fmt: skip

COUNTED_IN_A_STATE: list[Case] = numbered("subjects-counted-state", [
    # counted people keep where or in what state they are, never a period
    row("A further 66.4 million people were outside the labour force.",
        fact("66.4 million", metric="people outside the labour force")),
    row("There are 913 people in hospital with Covid-19.",
        fact("913", metric="people in hospital with Covid-19")),
    row("About 4.3 million people were working part time.",
        fact("4.3 million", metric="people working part time")),
    row("Some 150,000 jobs in manufacturing were lost.",
        fact("150,000", metric="jobs in manufacturing")),
    row("The census counted 25.4 million people in 2021.",
        fact("25.4 million", metric="people", date="2021")),
])  # fmt: skip

PLACE_AFTER_VERB: list[Case] = numbered("subjects-place-after-verb", [
    # "X rose in PLACE to A, fell in PLACE to B": the sentence's subject, for each place
    row("Inflation edged up in France to 1.7% from 1.6% in October, rose in Spain to 2.4% and "
        "jumped in Italy to 1.6%.",
        fact("1.7%", metric="inflation in France"), fact("1.6%", metric="inflation in France"),
        fact("2.4%", metric="inflation in Spain"), fact("1.6%", metric="inflation in Italy"),
        published="2024-11-29"),
    row("Unemployment fell in Germany to 3.4% and rose in France to 7.6%.",
        fact("3.4%", metric="unemployment in Germany"),
        fact("7.6%", metric="unemployment in France")),
    row("Output in Iran slipped to 3,148 tb/d and in Iraq by 14 tb/d to 4,203 tb/d.",
        fact("3,148 tb/d", metric="output in Iran"), fact("14 tb/d", metric="output in Iraq"),
        fact("4,203 tb/d", metric="output in Iraq")),
])  # fmt: skip

SECTOR_JOBS: list[Case] = numbered("subjects-sector-jobs", [
    # a sector that adds or sheds jobs is what the jobs count measures; an employer is not
    row("Retail trade, by contrast, shed 28,000 jobs ahead of a late Thanksgiving.",
        fact("28,000", metric="retail trade jobs")),
    row("Health care led the way again, adding 54,000 jobs.",
        fact("54,000", metric="health care jobs")),
    row("Construction added 12,000 workers.", fact("12,000", metric="construction workers")),
    row("American employers added 227,000 jobs in November.", fact("227,000", metric="jobs")),
    row("The company cut 1,200 jobs.", fact("1,200", metric="jobs")),
    row("Together the two groups added 709,000 workers.", fact("709,000", metric="workers")),
])  # fmt: skip

EXPECTED_FIGURES: list[Case] = numbered("subjects-expected-figures", [
    # what forecasters expected measures the metric named before, however it is written
    row("Euro area inflation rose to 2.3% in November. Economists polled by Reuters had expected "
        "exactly 2.3%.",
        fact("2.3%", metric="euro area inflation"), fact("2.3%", metric="euro area inflation")),
    row("Payrolls rose by 227,000. The gain beat the 214,000 forecast by economists.",
        fact("227,000", metric="payrolls"), fact("214,000", metric="payrolls")),
    row("Revenue was $3 billion, above the $2.9 billion expected by analysts.",
        fact("$3 billion", metric="revenue"), fact("$2.9 billion", metric="revenue")),
    row("Sales rose just 0.1%, short of the 0.3% economists had expected.",
        fact("0.1%", metric="sales"), fact("0.3%", metric="sales")),
])  # fmt: skip

MONEY_OBJECTS: list[Case] = numbered("subjects-money-objects", [
    # money handed back to shareholders is what was returned, whoever returned it
    row("Microsoft returned $9.7 billion to shareholders in the form of dividends and share "
        "repurchases.", fact("$9.7 billion", metric="cash returned to shareholders")),
    row("Nike returned about $1.9 billion to shareholders during the quarter.",
        fact("$1.9 billion", metric="cash returned to shareholders")),
    row("Apple paid $15 billion in dividends.", fact("$15 billion", metric="dividends")),
    # an amount of money measures what it is made of: "$X in cash", "$X of its shares"
    row("Airbnb ended June 2024 with $11.3 billion in cash, cash equivalents and short-term "
        "investments.",
        fact("$11.3 billion", metric="cash")),
    row("The firm held $2.1 billion in debt at the end of 2023.",
        fact("$2.1 billion", metric="debt", date="2023-12")),
    row("The company had $5 billion in revenue in 2023.",
        fact("$5 billion", metric="revenue", date="2023")),
    row("Nike paid $560 million in dividends in the quarter.",
        fact("$560 million", metric="dividends")),
    # a place, a period or a determiner after "in" is no object
    row("Revenue was $3 billion in the quarter.", fact("$3 billion", metric="revenue")),
    row("Exports rose to $3 billion in September 2024.", fact("$3 billion", metric="exports")),
    row("Sales reached $4 billion in Asia in 2023.", fact("$4 billion", metric="sales")),
])  # fmt: skip

PARTNERS: list[Case] = numbered("subjects-partners", [
    # a deficit, surplus or trade "with" a partner measures the deficit, not the partner
    row("Canada's merchandise trade deficit with the world narrowed to C$1.26 billion in "
        "September.",
        fact("C$1.26 billion", metric="Canada's merchandise trade deficit with the world")),
    row("Combining goods and services, Canada's total trade deficit with the world was C$2.5 "
        "billion in September.",
        fact("C$2.5 billion", metric="Canada's total trade deficit with the world")),
    row("China's trade surplus with the United States widened to $33 billion in September.",
        fact("$33 billion", metric="China's trade surplus with the United States")),
    row("The shortfall with Switzerland, a hub for gold refining, rose $9.8 billion to $22.8 "
        "billion.",
        fact("$22.8 billion", metric="shortfall with Switzerland")),
    row("Trade with China fell 3% in September.", fact("3%", metric="trade with China")),
    row("The bilateral gap with Mexico was $15.5 billion.",
        fact("$15.5 billion", metric="bilateral gap with Mexico")),
    # "its" after a possessed metric is the possessor's
    row("Japan's trade surplus with the United States came to ¥415 billion, and its deficit with "
        "China to ¥959.5 billion.",
        fact("¥415 billion", metric="Japan's trade surplus with the United States"),
        fact("¥959.5 billion", metric="Japan's deficit with China")),
    row("Toyota's sales rose 5% to $3 billion, while its operating profit fell 3%.",
        fact("$3 billion", metric="Toyota's sales"),
        fact("3%", metric="Toyota's operating profit")),
    # counter-rows: a "with" after a verb or a comma opens a clause; a name keeps its possessive
    row("The United States posted surpluses with the Netherlands ($5.1 billion).",
        fact("$5.1 billion", metric="Netherlands")),
    row("The company ended the year with revenue of $5 billion.",
        fact("$5 billion", metric="revenue")),
    row("Exports to the European Union rose 8.3% on the year, though imports from the EU fell "
        "16.5%.", fact("8.3%", metric="exports to the European Union"),
        fact("16.5%", metric="imports from the EU")),
    row("Sales rose 3%, although profit fell 2%.",
        fact("3%", metric="sales"), fact("2%", metric="profit")),
    row("Sales rose 5% in September, with exports up 3%.",
        fact("5%", metric="sales"), fact("3%", metric="exports")),
    row("Sweden's Riksbank has already lowered its rate to 2.5%.",
        fact("2.5%", metric="Sweden's Riksbank rate")),
])  # fmt: skip

ON_REVENUE_OF: list[Case] = numbered("subjects-on-revenue-of", [
    # "on revenue of $N" after a result names the revenue, not the result
    row("Reported net income rose 15% to $1.27 billion, or $1.97 per share, on operating revenue "
        "of $15.7 billion.",
        fact("$1.27 billion", metric="net income"), fact("$1.97", metric="earnings per share"),
        fact("$15.7 billion", metric="operating revenue")),
    row("The company lost $1 a share on revenue of $14.7 billion.",
        fact("$1", metric="loss per share"), fact("$14.7 billion", metric="revenue")),
    row("The airline posted a net loss of $200 million on revenue of $5 billion in the quarter.",
        fact("$200 million", metric="airline net loss"), fact("$5 billion", metric="revenue")),
    row("Profit rose to $300 million on turnover of $4 billion.",
        fact("$300 million", metric="profit"), fact("$4 billion", metric="turnover")),
    # counter-rows: "on" inside a compound, "from" an earlier value
    row("The unit posted a return on sales of 14.6%.",
        fact("14.6%", metric="unit return on sales")),
    row("BI now expects growth this year of between 4.6% and 5.4%, lowered from its earlier "
        "forecast of 4.7% to 5.5%.",
        fact("4.6%"), fact("5.4%"), fact("4.7%", metric="economic growth"), fact("5.5%")),
])  # fmt: skip

SAW_MOVES: list[Case] = numbered("subjects-saw-moves", [
    # "X saw Y move N": X's Y
    row("In Greater China, revenue fell 21% to $1.5 billion, while North America, Nike's biggest "
        "market, saw sales slide 11% to $4.7 billion.",
        fact("$1.5 billion", metric="revenue"),
        fact("$4.7 billion", metric="North America sales")),
    row("The retailer saw revenue rise 5% to $3 billion in the quarter.",
        fact("$3 billion", metric="retailer revenue")),
    row("Europe saw orders fall 3% in May.", fact("3%", metric="Europe orders")),
    row("The company saw its shares jump 11% in extended trading.",
        fact("11%", metric="company shares")),
    row("Motor vehicle and parts dealers saw sales edge up 0.2% after surging 4.4% in July.",
        fact("0.2%", metric="motor vehicle and parts dealers sales"),
        fact("4.4%", metric="motor vehicle and parts dealers sales"), published="2024-09-15"),
    # counter-rows: what is seen at or of a level is a forecast's own noun
    row("Analysts saw growth of 3% in 2025.", fact("3%", metric="growth")),
    row("The bank sees inflation at 2.5% next year.", fact("2.5%", metric="inflation")),
])  # fmt: skip

ASIDES: list[Case] = numbered("subjects-asides", [
    # a participle or dash aside between a subject and its verb is skipped
    row("Headline inflation, covering all items, also eased to 2.7% from 3.1% in July.",
        fact("2.7%", metric="headline inflation"), fact("3.1%", metric="headline inflation"),
        published="2025-09-19"),
    row("Advanced technologies, defined as 7-nanometre and more advanced processes, accounted "
        "for 74% of the total.", fact("74%", metric="advanced technologies")),
    row("Core prices, excluding food and energy, rose 3% in August.",
        fact("3%", metric="core prices")),
    row("Distressed sales - foreclosures and short sales - were 3% of all sales.",
        fact("3%", metric="distressed sales")),
    row("Selling expenses rose 1% to $4.1 billion, as demand creation expense - Nike's term for "
        "marketing - jumped 15% to $1.3 billion.",
        fact("$4.1 billion", metric="selling expenses"),
        fact("$1.3 billion", metric="demand creation expense")),
    row("The expectations index, based on consumers' short-term outlook for income, business and "
        "labor market conditions, tumbled 12.6 points to 81.1.",
        fact("81.1", metric="expectations index")),
    # bracketed asides still name what they bracket
    row("Sales in the Northeast increased 4.2% to 500,000 (median price $471,800).",
        fact("500,000", metric="sales in the Northeast"),
        fact("$471,800", metric="median price")),
])  # fmt: skip

RANGE_TOPS: list[Case] = numbered("subjects-range-tops", [
    # both ends of a range measure the same thing; a range or band is no counted noun
    row("The Fed has kept its policy rate in a 4.25%-4.50% range since December.",
        fact("4.25%", metric="Fed policy rate", qualifier="at_least"),
        fact("4.50%", metric="Fed policy rate", qualifier="at_most"), published="2025-02-25"),
    row("The Federal Reserve lowered its policy rate by a quarter of a percentage point to a "
        "4.25%-4.50% range on Dec. 18.",
        fact("4.25%", metric="Federal Reserve policy rate"),
        fact("4.50%", metric="Federal Reserve policy rate"), published="2025-02-25"),
    row("BHP expects to ship between 323 million and 338 million tonnes of Pilbara iron ore.",
        fact("323 million", metric="Pilbara iron ore shipments"),
        fact("338 million tonnes", metric="Pilbara iron ore shipments")),
    # a target band names a measure
    row("Inflation was 2.7%, above the 2.5% midpoint of the 2–3% target band.",
        fact("2.7%"), fact("2.5%"), fact("2", metric="target band"),
        fact("3%", metric="target band")),
])  # fmt: skip

PLACE_OPENINGS: list[Case] = numbered("subjects-place-openings", [
    # "In <Place>," opens a clause about that place
    row("In Greater China, revenue fell 21% to $1.5 billion.",
        fact("$1.5 billion", metric="revenue in Greater China")),
    row("In Ontario, the unemployment rate rose to 7.8%.",
        fact("7.8%", metric="unemployment rate in Ontario")),
    row("In Zone Asia, Oceania and Africa, sales rose 3.6% to 5.54 billion francs, and in Zone "
        "Europe they increased 2.5% to 4.35 billion francs.",
        fact("5.54 billion francs", metric="sales in Zone Asia, Oceania and Africa"),
        fact("4.35 billion francs", metric="sales in Zone Europe")),
    # a place between a change and the level it leads to
    row("Sales slipped 1.4% on the month in the West to 144,000 and plunged 22.2% in the "
        "Northeast to 28,000.",
        fact("144,000", metric="sales in the West"),
        fact("28,000", metric="sales in the Northeast"), published="2025-04-23"),
    row("Sales in the West slipped 1.4% in March to 144,000.",
        fact("144,000", metric="sales in the West", date="2025-03"), published="2025-04-23"),
    # counter-rows: a period or a connective is no place
    row("In March, sales rose 3%.", fact("3%", metric="sales"), published="2025-04-24"),
    row("In March 2025, sales rose 3%.", fact("3%", metric="sales")),
    row("In contrast, exports fell 2%.", fact("2%", metric="exports")),
])  # fmt: skip

CURRENT_LEVELS: list[Case] = numbered("subjects-current-levels", [
    # "its X, currently N,": X's level now, dated by the report's day
    row("Traders expect the Reserve Bank of Australia to lower its cash rate, currently 4.10 per "
        "cent, at its policy meeting next week.",
        fact("4.10 per cent", metric="Reserve Bank of Australia cash rate", date="2025-05-15"),
        published="2025-05-15"),
    row("Markets expect the bank to cut its policy rate, now 5.25%, in June.",
        fact("5.25%", metric="bank policy rate", date="2025-05-15"), published="2025-05-15"),
    row("Analysts expect the central bank to hold the benchmark rate, currently at 6.5%, next "
        "month.", fact("6.5%", metric="benchmark rate", date="2025-05-15"),
        published="2025-05-15"),
    # counter-row: a rate that stands at a level keeps its own words
    row("The ECB's deposit rate currently stands at 2.25%.",
        fact("2.25%", metric="ECB's deposit rate", date="2025-05-15"), published="2025-05-15"),
])  # fmt: skip

EARLIER_MOVES: list[Case] = numbered("subjects-earlier-moves", [
    # a move before the one reported measures the same thing, whatever adjective it carries
    row("Industrial production decreased 0.3% last month after an upwardly revised 0.8% rise in "
        "February.", fact("0.3%", metric="industrial production"),
        fact("0.8%", metric="industrial production"), published="2025-04-16"),
    row("Industrial production decreased 0.3% last month after a revised 0.8% rise in February.",
        fact("0.3%", metric="industrial production"),
        fact("0.8%", metric="industrial production"), published="2025-04-16"),
    row("Livestock product prices gained 4.8%, the most since July 2022, when they rose 6.1%.",
        fact("4.8%", metric="livestock product prices"),
        fact("6.1%", metric="livestock product prices")),
    row("The cost of eating out increased 3.2%, the fastest since a 3.4% rise in March 2024.",
        fact("3.2%", metric="cost of eating out"), fact("3.4%", metric="cost of eating out")),
])  # fmt: skip

FRONTED_FIGURES: list[Case] = numbered("subjects-fronted-figures", [
    # a sentence that opens "At <figure>," measures the subject after the comma
    row("At 2,476 Bcf, total working gas is within the five-year historical range.",
        fact("2,476 Bcf", metric="total working gas"), published="2025-05-30"),
    row("At 4.1%, the unemployment rate remains close to a record low.",
        fact("4.1%", metric="unemployment rate"), published="2025-05-30"),
    row("At $3.2 billion, the deficit was the largest since 2020.",
        fact("$3.2 billion", metric="deficit"), published="2025-05-30"),
    row("At about 1.2 million barrels a day, exports are the highest since 2019.",
        fact("1.2 million barrels a day", metric="exports", qualifier="approximately"),
        published="2025-05-30"),
    row("At 23% below the five-year average, distillate inventories remain unusually tight.",
        fact("23%", metric="distillate inventories", change=chg("decrease", 23, "percent", None)),
        published="2025-05-30"),
    # an amount with a bracketed conversion names what it is made of after the bracket
    row("The step would release ₹2.5 lakh crore ($29 billion) of primary liquidity.",
        fact("₹2.5 lakh crore", metric="primary liquidity"),
        fact("$29 billion", metric="primary liquidity"), published="2025-06-06"),
    row("The company issued $3 billion (€2.8 billion) of bonds.",
        fact("$3 billion", metric="bonds"), fact("€2.8 billion", metric="bonds"),
        published="2025-06-06"),
    # a forecast clause that goes on to project bare figures: the same forecast
    row("The RBI cut its inflation forecast for the 2025-26 fiscal year to 3.7% from 4.0%, "
        "projecting 2.9% in the April-June quarter and 3.4% in July-September.",
        fact("3.7%", metric="RBI inflation forecast"), fact("4.0%"),
        fact("2.9%", metric="RBI inflation forecast", date="2025-Q2"),
        fact("3.4%", metric="RBI inflation forecast", date="2025-Q3"),
        published="2025-06-06"),
    row("The bank kept its GDP forecast at 6.5%, seeing 6.3% in 2026.",
        fact("6.5%"), fact("6.3%", metric="bank GDP forecast", date="2026"),
        published="2025-06-06"),
    # counter-row: a projection with its own noun measures that noun
    row("The IMF raised its growth forecast to 3.2%, projecting inflation of 2.9% in 2026.",
        fact("3.2%"), fact("2.9%", metric="inflation"), published="2025-06-06"),
    # a noun phrase set off by commas says what the subject is, lists and clauses inside it
    row("Core inflation, a measure that strips out food, energy and tobacco, rose 3.1%.",
        fact("3.1%", metric="Core inflation"), published="2025-07-09"),
    row("Family daily active people, Meta's count of unique users across Facebook, Instagram, "
        "WhatsApp and Messenger, averaged 3.48 billion in June.",
        fact("3.48 billion", metric="Family daily active people"), published="2025-07-09"),
    row("Final sales to private domestic purchasers, a measure of underlying demand that "
        "excludes trade, inventories and government spending, rose at a 2.9% rate.",
        fact("2.9%", metric="Final sales to private domestic purchasers"),
        published="2025-07-09"),
    row("The CPIF, the bank's target measure, rose 2.9%.", fact("2.9%", metric="CPIF"),
        published="2025-07-09"),
    # a record set names no measure: the subject's level
    row("Automobiles, by contrast, set a record of $70.9 billion.",
        fact("$70.9 billion", metric="Automobiles"), published="2025-07-09"),
    row("Exports set a new record of $70.9 billion in March.",
        fact("$70.9 billion", metric="Exports", date="2025-03"), published="2025-07-09"),
    row("The indicator hit a record low of minus 59 in September 2022.",
        fact("minus 59", metric="indicator", date="2022-09"), published="2025-07-09"),
    # a group that reports a change in something owns it; a company's name does not
    row("Middle Eastern airlines reported a 33.3% rise in traffic.",
        fact("33.3%", metric="Middle Eastern airlines traffic"), published="2025-03-20"),
    row("Small businesses recorded a 4% drop in sales.",
        fact("4%", metric="Small businesses sales"), published="2025-03-20"),
    row("Samsung posted a 56% drop in operating profit.",
        fact("56%", metric="operating profit"), published="2025-03-20"),
    # counter-rows: a period or a time opening the sentence is no fronted figure
    row("At the end of March, stocks stood at 2,282 Bcf.",
        fact("2,282 Bcf", metric="stocks", date="2025-03"), published="2025-05-30"),
    row("At 10 a.m., shares of Apple were up 2%.",
        fact("2%", metric="shares of Apple"), published="2025-05-30"),
])  # fmt: skip

RANKED_LISTS: list[Case] = numbered("subjects-ranked-lists", [
    # "X recorded the most <measure>, followed by Y (N)": the items measure the ranking's noun
    row("Spain recorded the most nights spent, with 500 million, followed by Italy (458 million), "
        "France (451 million) and Germany (441 million).",
        fact("500 million", metric="Spain"),
        fact("458 million", metric="nights spent in Italy"),
        fact("451 million", metric="nights spent in France"),
        fact("441 million", metric="nights spent in Germany"),
        published="2025-03-05"),
    row("California had the highest unemployment rate, at 5.5%, followed by Nevada (5.4%).",
        fact("5.5%", value=5.5), fact("5.4%", metric="unemployment rate in Nevada"),
        published="2025-03-05"),
    # ranked by a move: each item is its own name, never "Ireland in Greece"
    row("Ireland and Latvia posted the highest annual increases, of 8.7% each, followed by Greece "
        "(+6.9%) and Sweden (+5.7%).",
        fact("8.7%", metric="Ireland and Latvia"), fact("+6.9%", metric="Greece"),
        fact("+5.7%", metric="Sweden"),
        published="2025-03-05"),
    # a level its subject ranks first on: the ranking's noun, for the subject
    row("Among the 20 countries that share the euro, Estonia is expected to post the highest "
        "annual rate, at 5.6%.",
        fact("20"), fact("5.6%", metric="annual rate in Estonia"), published="2025-03-05"),
    row("Odisha had the highest inflation rate among the states, at 7.79%.",
        fact("7.79%", metric="inflation rate in Odisha"), published="2025-03-05"),
    row("Western Australia had the lowest unemployment rate of the states, at 3.5 per cent.",
        fact("3.5 per cent", metric="unemployment rate in Western Australia"),
        published="2025-03-05"),
    row("Longford recorded the fastest growth, at 14%.",
        fact("14%", metric="growth in Longford", value=14), published="2025-03-05"),
    row("The North East recorded the strongest annual growth, at 3.8 per cent.",
        fact("3.8 per cent", metric="annual growth in North East"), published="2025-03-05"),
    # the names that follow the ranking, each with its level, measure the ranked noun too
    row("Estonia is expected to post the highest annual rate, at 5.6%, followed by Slovakia and "
        "Croatia, both at 4.5%.",
        fact("5.6%", metric="annual rate in Estonia"),
        fact("4.5%", metric="annual rate in Slovakia and Croatia"), published="2025-07-31"),
    row("Odisha had the highest inflation rate among the states, at 7.79%, followed by Kerala at "
        "6.5%.",
        fact("7.79%", metric="inflation rate in Odisha"),
        fact("6.5%", metric="inflation rate in Kerala"), published="2025-07-31"),
    # "X was highest in <name>, at N": X for that name, and for the names that follow
    row("Unemployment was highest in Spain, at 11.4%, followed by Greece at 9.8%.",
        fact("11.4%", metric="Unemployment in Spain"),
        fact("9.8%", metric="Unemployment in Greece"), published="2025-07-31"),
    row("Net international migration was largest in Florida, at 411,322, followed by California "
        "with 361,057 and Texas with 319,569.",
        fact("411,322", metric="Net international migration in Florida"),
        fact("361,057", metric="Net international migration in California"),
        fact("319,569", metric="Net international migration in Texas"),
        published="2025-07-31"),
    # counter-rows: no noun ranked, or no name before the verb
    row("Romania recorded the highest, at 6.7%.", fact("6.7%", metric=None),
        published="2025-03-05"),
    row("Services, which carry almost 45% of the weight in the consumer basket, again had the "
        "highest annual rate, at 3.9%.",
        fact("45%"), fact("3.9%", metric="annual rate"), published="2025-03-05"),
    # counter-row: an item list after a measure keeps that measure
    row("Prices rose in Poland (2.9%), Czechia (2.6%) and Malta (3.0%).",
        fact("2.9%", metric="Prices in Poland"), fact("2.6%", metric="Prices in Czechia"),
        fact("3.0%", metric="Prices in Malta"),
        published="2025-03-05"),
    # the followers of a change named by its noun ("led with a 14.4% year-on-year increase") move
    # the same way
    row("In April, Asia-Pacific airlines led with a 14.4% year-on-year increase, followed by Latin "
        "American carriers at 13.9% and African airlines at 13.6%.",
        fact("14.4%", change=chg("increase", "14.4", "percent", "2024-04")),
        fact("13.9%", metric="Latin American carriers",
             change=chg("increase", "13.9", "percent", "2024-04")),
        fact("13.6%", metric="African airlines",
             change=chg("increase", "13.6", "percent", "2024-04")),
        published="2025-05-29"),
    # a ranked number measures what it counts
    row("Nigeria had the largest number of acutely food-insecure people, at 31.8 million.",
        fact("31.8 million", metric="acutely food-insecure people in Nigeria")),
])  # fmt: skip

DEFINING_ASIDES: list[Case] = numbered("subjects-defining-asides", [
    # "the ..." set off by commas before the verb says what the subject is; "the" before a
    # name is a list item
    row("Gross bookings, the total value of rides, meal orders and freight shipments arranged "
        "on the platform, rose 19% from a year earlier to $40.0 billion.",
        fact("$40.0 billion", metric="Gross bookings"), published="2024-08-06"),
    row("Core inflation, the measure the bank watches most closely, rose to 3.1%.",
        fact("3.1%", metric="Core inflation"), published="2024-08-06"),
    row("Sales in Europe, the Middle East and Africa, rose 5% to $3 billion.",
        fact("$3 billion", metric="Sales in Europe, the Middle East and Africa"),
        published="2024-08-06"),
    # "total" before a noun is an adjective; before a figure, a verb
    row("ABARES expects total winter crop production to rise 2% to 62 million tonnes.",
        fact("62 million tonnes", metric="total winter crop production"), published="2025-09-12"),
    row("The bureau expects total production to rise 2% to 62 million tonnes.",
        fact("62 million tonnes", metric="total production"), published="2025-09-12"),
    row("The two units' sales total $5 billion.",
        fact("$5 billion", metric="two units' sales"), published="2025-09-12"),
    row("Losses total about $3 billion.",
        fact("$3 billion", metric="Losses", qualifier="approximately"), published="2025-09-12"),
])  # fmt: skip

COMPONENTS_OF_GROWTH: list[Case] = numbered("subjects-components-of-growth", [
    # "X of N" after a verb and a preposition measures X; "natural increase" (births minus
    # deaths) is a measure, not a change
    row("Its growth came from net domestic migration of 230,961, net international migration "
        "of 118,614 and natural increase of 118,159.",
        fact("230,961", metric="net domestic migration", change=None),
        fact("118,614", metric="net international migration", change=None),
        fact("118,159", metric="natural increase", change=None), published="2022-12-22"),
    row("Population growth came from natural increase of 118,159.",
        fact("118,159", metric="natural increase", change=None), published="2022-12-22"),
    row("Growth was driven by net migration of 230,961.",
        fact("230,961", metric="net migration"), published="2022-12-22"),
    row("Natural increase contributed 245,080.",
        fact("245,080", metric="Natural increase", change=None), published="2022-12-22"),
    row("The natural increase was 245,080.",
        fact("245,080", metric="natural increase", change=None), published="2022-12-22"),
    # a hedge opening the sentence is no subject: the share's group is
    row("Just 43% of the corn crop had reached maturity, up from 29% the previous week.",
        fact("43%", metric="corn crop"), fact("29%", metric="corn crop"), published="2019-09-30"),
    # counter-row: a determiner before the noun leaves a stand-in ("its earlier forecast")
    row("BI now expects growth this year of between 4.6% and 5.4%, lowered from its earlier "
        "forecast of 4.7% to 5.5%.",
        fact("4.6%"), fact("5.4%"), fact("4.7%", metric="growth"), fact("5.5%", metric="growth"),
        published="2025-05-21"),
])  # fmt: skip

SUBJECTS: list[Case] = (
    RANKED_LISTS
    + FRONTED_FIGURES
    + EARLIER_MOVES
    + CURRENT_LEVELS
    + PLACE_OPENINGS
    + RANGE_TOPS
    + ASIDES
    + SAW_MOVES
    + PARTNERS
    + ON_REVENUE_OF
    + MONEY_OBJECTS
    + EXPECTED_FIGURES
    + SECTOR_JOBS
    + PLACE_AFTER_VERB
    + COUNTED_IN_A_STATE
    + PLACES_IN_BRACKETS
    + CLAUSES_ARE_NOT_METRICS
    + HELD_IN_A_STATE
    + SUBJECT_OVER_COUNTED
    + OPENERS
    + VERBS_ARE_NOT_METRICS
    + LIST_HEADS
    + BRACKETED_NAMES
    + ITEM_NAMES
    + EXPECTATIONS
    + STAND_INS
    + OBJECTS
    + FRAGMENTS
    + ELIDED_PLACES
    + DEFINING_ASIDES
    + COMPONENTS_OF_GROWTH
)
