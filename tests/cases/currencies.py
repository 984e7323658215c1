"""Currencies: symbols, codes and words before or after the amount, subunits."""

from __future__ import annotations

from cases.case import Case, chg, fact, numbered, row, slug

FORMS: list[tuple[str, str, str]] = [
    ("dollar-sign", "$34.6 million", "USD"),
    ("us-dollar-sign", "US$34.6 million", "USD"),
    ("usd-glued", "USD34.6 million", "USD"),
    ("usd-spaced", "USD 34.6 million", "USD"),
    ("dollars-word", "34.6 million dollars", "USD"),
    ("yuan-word", "34.6 million yuan", "CNY"),
    ("rmb-glued", "RMB34.6 million", "CNY"),
    ("rmb-spaced", "RMB 34.6 million", "CNY"),
    ("yuan-sign", "\u00a534.6 million", "CNY"),
    ("euro-sign", "\u20ac34.6 million", "EUR"),
    ("euros-word", "34.6 million euros", "EUR"),
    ("eur-code", "EUR 34.6 million", "EUR"),
    ("pound-sign", "\u00a334.6 million", "GBP"),
    ("pounds-word", "34.6 million pounds", "GBP"),
    ("hk-dollar", "HK$34.6 million", "HKD"),
    ("aus-dollar", "A$34.6 million", "AUD"),
    ("can-dollar", "C$34.6 million", "CAD"),
    ("sing-dollar", "S$34.6 million", "SGD"),
    ("rupee-sign", "\u20b934.6 million", "INR"),
    ("rs-spaced", "Rs 34.6 million", "INR"),
    ("rupees-word", "34.6 million rupees", "INR"),
    ("chf-code", "CHF 34.6 million", "CHF"),
]

TEMPLATES: list[tuple[str, str, str | None]] = [
    ("profit", "The group reported a net profit of {m} for the quarter.", "net profit"),
    ("contract", "The contract is worth {m}, according to people familiar with the deal.", None),
    ("fine", "Regulators imposed a fine of {m} on the lender.", "fine"),
]  # fmt: skip

FORM_GRID: list[Case] = [
    Case(
        slug("currencies", name, template),
        text.format(m=surface),
        [
            fact(surface, value=34600000, unit=unit, metric=metric)
            if metric
            else fact(surface, value=34600000, unit=unit)
        ],
    )
    for name, surface, unit in FORMS
    for template, text, metric in TEMPLATES
]

HAND: list[Case] = numbered("currencies", [
    row("A cup of coffee now costs 45 cents more than a year ago.",
        fact("45 cents", unit="USD")),
    row("The price of a loaf of bread rose to 140 pence in 2023.",
        fact("140 pence", value="1.40", unit="GBP", date="2023")),
    row("Gasoline averaged $3.53 a gallon in March 2024.",
        fact("$3.53", value="3.53", unit="USD", date="2024-03")),
    row("Brent crude settled at $82.79 a barrel on Friday.",
        fact("$82.79", value="82.79", unit="USD")),
    row("The yen weakened as Japan's trade deficit reached \u00a51.2 trillion in 2023.",
        fact("\u00a51.2 trillion", value=1200000000000, unit="JPY", date="2023")),
    row("Toyota's operating profit rose to 5.35 trillion yen in the year to March 2024.",
        fact("5.35 trillion yen", value=5350000000000, unit="JPY")),
    row("The average monthly salary in Beijing was 13,000 yuan in 2023.",
        fact("13,000 yuan", value=13000, unit="CNY", date="2023")),
    row("Per capita disposable income reached 39,218 yuan in 2023.",
        fact("39,218 yuan", value=39218, unit="CNY", date="2023")),
    row("The minimum wage will rise to \u00a311.44 an hour from April 2024.",
        fact("\u00a311.44", value="11.44", unit="GBP")),
    row("Petrol costs Rs 96.72 a litre in Delhi.",
        fact("Rs 96.72", value="96.72", unit="INR")),
    row("The government raised Rs. 2,000 crore from the auction.",
        fact("Rs. 2,000 crore", value=20000000000, unit="INR")),
    row("The bank posted a loss of 1.1 billion Swiss francs in 2023.",
        fact("1.1 billion Swiss francs", value=1100000000, unit="CHF", date="2023")),
    row("Samsung's operating profit fell to 2.8 trillion won in the fourth quarter of 2023.",
        fact("2.8 trillion won", value=2800000000000, unit="KRW", date="2023-Q4")),
    row("The company's Hong Kong-listed shares raised HK$12 billion.",
        fact("HK$12 billion", value=12000000000, unit="HKD")),
    row("Revenue came in at US$5.1bn, beating estimates.",
        fact("US$5.1bn", value=5100000000, unit="USD")),
    row("The average house price was \u00a3285,000 in January 2024.",
        fact("\u00a3285,000", value=285000, unit="GBP", date="2024-01")),
    row("Rents in Sydney averaged A$750 a week in 2023.",
        fact("A$750", value=750, unit="AUD", date="2023")),
    row("The ECB fined the bank \u20ac6.5m for breaching capital rules.",
        fact("\u20ac6.5m", value=6500000, unit="EUR")),
    row("The retailer's sales totalled 8.4 billion euros, or $9.1 billion, in 2023.",
        fact("8.4 billion euros", value=8400000000, unit="EUR", date="2023"),
        fact("$9.1 billion", value=9100000000, unit="USD")),
    row("Shares closed at 54.20 euros in Paris.",
        fact("54.20 euros", value="54.2", unit="EUR")),
    row("The rupee slid to 83.4 per dollar on Tuesday.",
        fact("83.4", value="83.4")),
    row("Tuition fees rose to \u00a39,250 a year in 2017.",
        fact("\u00a39,250", value=9250, unit="GBP")),
    row("The government offers a subsidy of RMB 3,000 per child.",
        fact("RMB 3,000", value=3000, unit="CNY")),
    row("The country's foreign exchange reserves stood at $3.238 trillion at the end of 2023.",
        fact("$3.238 trillion", value=3238000000000, unit="USD", date="2023-12")),
    row("Nvidia earned $12.3 billion in the quarter, or $4.93 a share.",
        fact("$12.3 billion", value=12300000000, unit="USD"),
        fact("$4.93", value="4.93", unit="USD")),
])  # fmt: skip

DOCUMENT_CENTS: list[Case] = numbered("currencies-document-cents", [
    # cents belong to the document's dollar, like a bare "$"; "US cents" stay American
    row("SYDNEY - Shares rose on Thursday and the Australian dollar firmed. Rio Tinto lost 4 "
        "cents to $117.14.",
        fact("$117.14", unit="AUD", change=chg("decrease", "0.04", "AUD"))),
    row("SYDNEY - AVJennings soared 87.9% to 62 cents, lifting the Australian dollar value of "
        "the builder.",
        fact("62 cents", value="0.62", unit="AUD")),
    row("WELLINGTON - The Reserve Bank of New Zealand said the kiwi was worth 58.9 US cents.",
        fact("58.9 US cents", value="0.589", unit="USD")),
    row("Gasoline rose 4 cents to $3.10 a gallon.",
        fact("$3.10", change=chg("increase", "0.04", "USD"))),
    row("TORONTO - Statistics Canada said gasoline cost 152.3 cents a litre, up 3 cents.",
        fact("152.3 cents", value="1.523", unit="CAD",
             change=chg("increase", "0.03", "CAD"))),
])  # fmt: skip

GLUED_PENCE: list[Case] = numbered("currencies-glued-pence", [
    # a "p" glued to a number is pence in a text about British money
    row("LONDON - The FTSE 100 fell. Persimmon closed at 1,585.5p.",
        fact("1,585.5p", value="15.855", unit="GBP")),
    row("Taylor Wimpey rose 2p to 156.8p, while sterling slipped.",
        fact("156.8p", value="1.568", unit="GBP", change=chg("increase", "0.02", "GBP"))),
    row("Shares in Next, worth £12.21 a year ago, ended at 10,185p.",
        fact("£12.21", unit="GBP"), fact("10,185p", value="101.85", unit="GBP")),
    row("The 1080p screen costs $300.", fact("$300", unit="USD")),
    row("London shares: the A320p order was for 45 jets worth £3 billion.",
        fact("45"), fact("£3 billion", unit="GBP")),
])  # fmt: skip

EXCHANGE_RATES: list[Case] = numbered("currencies-exchange-rates", [
    # a bare number per unit of another currency is an amount of the currency named before it;
    # it measures the pair, and "weakened" or "strengthened" gives no direction of the number
    row("The won weakened to around 1,398 per dollar on Thursday.",
        fact("1,398", unit="KRW", value=1398, qualifier="approximately",
             metric="won against the dollar", change=None)),
    row("The krone was little changed on Monday at 11.77 per euro.",
        fact("11.77", unit="NOK", metric="krone against the euro", change=None)),
    row("The rupee trades near a record low of around 84.4 to the dollar.",
        fact("84.4", unit="INR", metric="rupee against the dollar")),
    row("The Hong Kong dollar was little changed at around 7.78 per U.S. dollar.",
        fact("7.78", unit="HKD", metric="Hong Kong dollar against the U.S. dollar")),
    row("The yen strengthened to 151.2 per dollar.",
        fact("151.2", unit="JPY", metric="yen against the dollar", change=None)),
    # a stated change of a quote: a weaker currency takes more of itself per dollar
    row("The rand weakened 0.4% to 17.56 per dollar after the announcement.",
        fact("17.56", unit="ZAR", metric="rand against the dollar",
             change=chg("increase", 0.4, "percent", None))),
    # a count per dollar of something that is no currency stays a count
    row("Shoppers bought 3 items per dollar of coupons.", fact("3", unit="count")),
])  # fmt: skip

DOCUMENT_CROWNS: list[Case] = numbered("currencies-document-crowns", [
    # bare "crowns" are the crowns the text names once; an earlier value with a scale word alone
    # is in the money of the level it is compared with
    row("Operating profit fell to 1.20 billion Swedish crowns from 2.08 billion a year earlier. "
        "Net sales rose 3% to 55.33 billion crowns.",
        fact("1.20 billion Swedish crowns", unit="SEK"),
        fact("2.08 billion", value=2080000000, unit="SEK"),
        fact("55.33 billion crowns", value=55330000000, unit="SEK")),
    row("Equinor paid a dividend of 9.2 Norwegian crowns. The board proposed 10 crowns for 2025.",
        fact("9.2 Norwegian crowns", unit="NOK"), fact("10 crowns", unit="NOK")),
    row("Net profit rose to 4.1 billion Danish crowns from 3.8 billion.",
        fact("4.1 billion Danish crowns", unit="DKK"), fact("3.8 billion", unit="DKK")),
    # two kinds named: bare "crowns" stay unread as money
    row("The Swedish crown and the Norwegian crown both firmed, and the fund held 5 crowns of "
        "cash per share.",
        fact("5", unit="count")),
    # a bare count in another clause is not money
    row("Operating income rose to 140.8 billion yen from 86.8 billion yen a year earlier, while "
        "monthly active users reached 129 million in December.",
        fact("140.8 billion yen", unit="JPY"), fact("86.8 billion yen", unit="JPY"),
        fact("129 million", unit="count"), published="2025-02-13"),
])  # fmt: skip

COUNTRY_KINDS: list[Case] = numbered("currencies-country-kinds", [
    # pesos, rupees and pounds are the currency of the country the text is about; an earlier
    # rate compared with a quoted rate is quoted the same way
    row("BOGOTA - Colombia's central bank held rates. The budget is 556.9 trillion pesos, and "
        "the peso traded at 3,915 per dollar.",
        fact("556.9 trillion pesos", unit="COP"), fact("3,915", unit="COP")),
    row("MEXICO CITY - Mexico's peso was at 18.5 per dollar and the budget was 9 trillion pesos.",
        fact("18.5", unit="MXN"), fact("9 trillion pesos", unit="MXN")),
    row("COLOMBO - The Sri Lankan rupee traded at 299.60 per dollar.",
        fact("299.60", unit="LKR")),
    row("LIMA - The sol was little changed at 3.52 per dollar.", fact("3.52", unit="PEN")),
    row("CAIRO - The Egyptian pound traded at about 48.6 per dollar on Thursday, compared with "
        "more than 51 in early April.",
        fact("48.6", unit="EGP"), fact("51", unit="EGP", qualifier="more_than")),
    row("LONDON - Britain's budget deficit was 20 billion pounds.",
        fact("20 billion pounds", unit="GBP")),
    row("Pakistan's central bank said remittances reached 3.2 billion rupees.",
        fact("3.2 billion rupees", unit="PKR")),
])  # fmt: skip

CURRENCIES: list[Case] = (
    FORM_GRID
    + HAND
    + DOCUMENT_CENTS
    + DOCUMENT_CROWNS
    + GLUED_PENCE
    + EXCHANGE_RATES
    + COUNTRY_KINDS
)
