"""Shares beyond "N% of X": "the share of X ... was N%", "encompassing N% of", fractions,
"one in five", shares listed with "respectively"; thresholds only inside a condition."""

from __future__ import annotations

from cases.case import Case, chg, fact, numbered, row, shr

SHARE_OF_FORMS: list[Case] = numbered("share-forms", [
    row("The share of renewables in electricity generation was 32% in 2023.",
        fact("32%", value=32, unit="percent", share=shr(32, "electricity generation"))),
    row("Renewables' share of electricity generation rose to 32% in 2023.",
        fact("32%", value=32, unit="percent", share=shr(32, "electricity generation"))),
    row("The share of households with a broadband connection reached 91%.",
        fact("91%", value=91, unit="percent", share=shr(91, "households"))),
    row("The proportion of adults who smoke fell to 11.9% in 2023.",
        fact("11.9%", value="11.9", unit="percent", share=shr("11.9", "adults"))),
    row("The bloc, encompassing 41.5% of the world's population, met in Kazan.",
        fact("41.5%", value="41.5", unit="percent", share=shr("41.5", "world's population"))),
    row("Households spent nearly a fifth of their income on food.",
        fact("a fifth", value=20, unit="percent", qualifier="approximately",
             share=shr(20, "their income"))),
    row("Two-thirds of firms reported higher costs.",
        fact("Two-thirds", unit="percent", share=shr("66.67", "firms"))),
    row("One in five adults had a second job.",
        fact("One in five", value=20, unit="percent", share=shr(20, "adults"))),
    row("Nine out of 10 exporters expect sales to grow.",
        fact("Nine out of 10", value=90, unit="percent", share=shr(90, "exporters"))),
    row("Half of all households own a car.",
        fact("Half", value=50, unit="percent", share=shr(50, "households"))),
    row("Men and women accounted for 52% and 48% of the workforce, respectively.",
        fact("52%", value=52, share=shr(52, "workforce")),
        fact("48%", value=48, share=shr(48, "workforce"))),
    row("Cars and trucks made up 61% and 24% of sales, respectively.",
        fact("61%", value=61, share=shr(61, "sales")),
        fact("24%", value=24, share=shr(24, "sales"))),
])  # fmt: skip

THRESHOLDS: list[Case] = numbered("share-thresholds", [
    row("17.8% of them spent more than 30% of their online shopping budget on live streams.",
        fact("17.8%", value="17.8", share=shr("17.8", "them"))),
    row("Households that spent more than 30% of their income on rent numbered 1.2 million.",
        fact("1.2 million", value=1200000)),
    row("Firms with more than 250 employees paid 60% of wages.",
        fact("60%", value=60, share=shr(60, "wages"))),
    row("Renters spent nearly a third of their income on housing.",
        fact("a third", unit="percent", qualifier="approximately",
             share=shr("33.33", "their income"))),
    row("Families spent more than 30% of their income on rent in 2023.",
        fact("30%", value=30, qualifier="more_than", share=shr(30, "their income"))),
    row("Some 3.88 million people bought goods through live streams, and 17.8% of them spent "
        "more than 30% of their shopping budget there.",
        fact("3.88 million"),
        fact("17.8%", metric="people bought goods through live streams who spent more than 30% "
             "of their shopping budget", share=shr("17.8", "people bought goods through live "
             "streams"))),
    row("There were 12 million renters in 2023; 21% of them paid more than half their income in "
        "rent.",
        fact("12 million", metric="renters"),
        fact("21%", metric="renters who paid more than half their income in rent",
             share=shr(21, "renters"))),
    row("About 40 million adults smoke, and 12% of them smoked daily.",
        fact("40 million"),
        fact("12%", metric="adults who smoked daily", share=shr(12, "adults"))),
])  # fmt: skip

PRONOUN_PARTS: list[Case] = numbered("share-pronoun-parts", [
    row("Those aged 75 and older numbered 20,078,000. They made up 16.1% of the population.",
        fact("20,078,000", metric="aged 75 and older"),
        fact("16.1%", metric="aged 75 and older", share=shr("16.1", "population"))),
    row("Online sales reached £9.1 billion. They accounted for 26.9% of all retail spending.",
        fact("£9.1 billion", metric="online sales"),
        fact("26.9%", metric="online sales", share=shr("26.9", "all retail spending"))),
    row("Exports of services were $34 billion. It represents 45% of total exports.",
        fact("$34 billion", metric="exports of services"),
        fact("45%", metric="exports of services", share=shr(45, "total exports"))),
])  # fmt: skip

WHOLES_CARRIED: list[Case] = numbered("share-wholes", [
    # a count restated as a share ("or 14% of the population", "(10%)") keeps its earlier value
    # and the share in brackets after it takes the sentence's whole
    row("The number of people with no religion rose to 736,210, or 14% of the population, from "
        "451,941 (10%) in 2016.",
        fact("736,210", share=shr("14", "population"),
             change=chg("increase", None, None, "2016")),
        fact("451,941", share=shr("10", "population"), date="2016"), published="2022-04-20"),
    row("The number rose to 736,210, or 14% of the population, from 451,941 in 2016.",
        fact("736,210", share=shr("14", "population"),
             change=chg("increase", None, None, "2016")),
        fact("451,941", date="2016"), published="2022-04-20"),
    row("Employment rose by 40,000 (0.2%) in May.",
        fact("40,000", share=None, change=chg("increase", 40000, "count", None)),
        published="2024-06-07"),
    row("In the euro area the government deficit narrowed from 3.7% of GDP in 2022 to 3.6% in "
        "2023.",
        fact("3.7%", metric="government deficit", date="2022", share=shr("3.7", "GDP")),
        fact("3.6%", metric="government deficit", date="2023", share=shr("3.6", "GDP"),
             change=chg("decrease", since="2022"))),
    row("Government debt fell to 88.6% of GDP at the end of 2023 from 90.8% a year earlier.",
        fact("88.6%", share=shr("88.6", "GDP")), fact("90.8%", share=shr("90.8", "GDP"))),
    row("Government debt in the euro area fell from 90.8% of GDP in 2022 to 88.6% in 2023, and "
        "in the EU from 83.4% to 81.7%.",
        fact("90.8%", share=shr("90.8", "GDP")), fact("88.6%", share=shr("88.6", "GDP")),
        fact("83.4%", date="2022", share=shr("83.4", "GDP")),
        fact("81.7%", date="2023", share=shr("81.7", "GDP"))),
    row("Government expenditure was equivalent to 50.0% of GDP in 2023 and government revenue to "
        "46.4%.",
        fact("50.0%", share=shr("50", "GDP")),
        fact("46.4%", metric="government revenue", share=shr("46.4", "GDP"))),
    row("Relative to GDP, the highest deficits were recorded in Italy (-7.4%) and Hungary (-6.7%).",
        fact("-7.4%", share=shr("-7.4", "GDP")), fact("-6.7%", share=shr("-6.7", "GDP"))),
    row("The lowest ratios of government debt to GDP were recorded in Estonia (19.6%) and "
        "Bulgaria (23.1%).",
        fact("19.6%", share=shr("19.6", "GDP")), fact("23.1%", share=shr("23.1", "GDP"))),
    row("Debt was 88.6% of GDP, while inflation slowed to 2.4%.",
        fact("88.6%", share=shr("88.6", "GDP")), fact("2.4%", share=None)),
    row("Online sales were 26.9% of all retail spending, up from 25.8% in February.",
        fact("26.9%", share=shr("26.9", "all retail spending")),
        fact("25.8%", share=shr("25.8", "all retail spending"))),
])  # fmt: skip

SHARE_FORMS: list[Case] = SHARE_OF_FORMS + THRESHOLDS + PRONOUN_PARTS + WHOLES_CARRIED
