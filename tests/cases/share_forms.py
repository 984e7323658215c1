"""Shares beyond "N% of X": "the share of X ... was N%", "encompassing N% of", fractions,
"one in five", shares listed with "respectively"; thresholds only inside a condition."""

from __future__ import annotations

from cases.case import Case, fact, numbered, row, shr

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
])  # fmt: skip

SHARE_FORMS: list[Case] = SHARE_OF_FORMS + THRESHOLDS
