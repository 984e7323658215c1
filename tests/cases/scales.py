"""Scale words: thousand to trillion, lakh and crore, abbreviations and glued scales."""

from __future__ import annotations

from decimal import Decimal

from cases.case import Case, fact, numbered, row, slug

AMOUNTS: list[str] = ["3", "4.5", "12.75", "250"]

COUNT_SCALES: list[tuple[str, int]] = [
    ("thousand", 10**3),
    ("million", 10**6),
    ("billion", 10**9),
    ("lakh", 10**5),
    ("crore", 10**7),
]


def scaled(amount: str, factor: int) -> str:
    """The exact value of ``amount`` times ``factor`` as a decimal string."""
    return str(Decimal(amount) * factor)


COUNT_GRID: list[Case] = [
    Case(
        slug("scales-count", word, amount),
        f"Officials said {amount} {word} voters had registered for the election.",
        [fact(f"{amount} {word}", value=scaled(amount, factor), unit="count", metric="voters")],
    )
    for word, factor in COUNT_SCALES
    for amount in AMOUNTS
]

MONEY_SCALES: list[tuple[str, str, str, int]] = [
    ("thousand", "${n} thousand", "USD", 10**3),
    ("million", "${n} million", "USD", 10**6),
    ("billion", "${n} billion", "USD", 10**9),
    ("trillion", "${n} trillion", "USD", 10**12),
    ("mn", "${n}mn", "USD", 10**6),
    ("bn", "${n}bn", "USD", 10**9),
    ("tn", "${n}tn", "USD", 10**12),
    ("m", "${n}m", "USD", 10**6),
    ("bn-spaced", "${n} bn", "USD", 10**9),
    ("lakh", "\u20b9{n} lakh", "INR", 10**5),
    ("crore", "\u20b9{n} crore", "INR", 10**7),
    ("lakh-crore", "\u20b9{n} lakh crore", "INR", 10**12),
    ("yuan-million", "{n} million yuan", "CNY", 10**6),
    ("yuan-billion", "{n} billion yuan", "CNY", 10**9),
    ("euro-bn", "\u20ac{n}bn", "EUR", 10**9),
    ("pound-m", "\u00a3{n}m", "GBP", 10**6),
]

MONEY_GRID: list[Case] = [
    Case(
        slug("scales-money", name, amount),
        f"The government set aside {surface.format(n=amount)} for the new rail line.",
        [fact(surface.format(n=amount), value=scaled(amount, factor), unit=unit)],
    )
    for name, surface, unit, factor in MONEY_SCALES
    for amount in AMOUNTS[:3]
]

HAND: list[Case] = numbered("scales", [
    row("The central bank injected 100 million yuan into the interbank market on Monday.",
        fact("100 million yuan", value=100000000, unit="CNY")),
    row("China's retail sales of consumer goods reached 47.1 trillion yuan in 2023.",
        fact("47.1 trillion yuan", value=47100000000000, unit="CNY", date="2023")),
    row("The state will spend Rs 1.5 lakh crore on rural roads over five years.",
        fact("Rs 1.5 lakh crore", value=1500000000000, unit="INR")),
    row("The company raised \u20b91,250 crore through its share sale.",
        fact("\u20b91,250 crore", value=12500000000, unit="INR")),
    row("Farm loans worth Rs 20 thousand crore were waived in the state.",
        fact("Rs 20 thousand crore", value=200000000000, unit="INR")),
    row("The scheme covers 10.74 crore poor families across India.",
        fact("10.74 crore", value=107400000, unit="count", metric="poor families")),
    row("About 2.5 lakh candidates appeared for the exam this year.",
        fact("2.5 lakh", value=250000, unit="count", qualifier="approximately",
             metric="candidates")),
    row("Britain's public debt rose above \u00a32.6tn in October 2023.",
        fact("\u00a32.6tn", value=2600000000000, unit="GBP", qualifier="more_than")),
    row("The start-up is valued at $450m after its latest funding round.",
        fact("$450m", value=450000000, unit="USD")),
    row("The club paid \u00a3850k for the 19-year-old striker.",
        fact("\u00a3850k", value=850000, unit="GBP")),
    row("Global debt reached a record $307 trillion in the second quarter of 2023.",
        fact("$307 trillion", value=307000000000000, unit="USD", date="2023-Q2")),
    row("The country's population reached 1.4 billion in 2023.",
        fact("1.4 billion", value=1400000000, unit="count", date="2023")),
    row("The platform has 3.5bn monthly active users worldwide.",
        fact("3.5bn", value=3500000000, unit="count", metric="monthly active users")),
    row("The group posted sales of 12.3 bln euros in 2023.",
        fact("12.3 bln euros", value=12300000000, unit="EUR", date="2023")),
    row("Output reached 4.2 mln tonnes in the year to March 2024.",
        fact("4.2 mln tonnes", value=4200000, unit="tonne")),
    row("Exports were worth 2.1 trn yen in December 2023, the ministry in Tokyo said.",
        fact("2.1 trn yen", value=2100000000000, unit="JPY", date="2023-12")),
    row("The fund received 1.8 million applications and disbursed 12.6 billion yuan.",
        fact("1.8 million", value=1800000, unit="count", metric="applications"),
        fact("12.6 billion yuan", value=12600000000, unit="CNY")),
    row("The deal is worth $1.2 billion (8.5 billion yuan).",
        fact("$1.2 billion", value=1200000000, unit="USD"),
        fact("8.5 billion yuan", value=8500000000, unit="CNY", change=None, share=None)),
    row("India's GDP is estimated at \u20b9295.36 lakh crore in 2023-24.",
        fact("\u20b9295.36 lakh crore", value=295360000000000, unit="INR",
             date="2023-04/2024-03")),
    row("The insurer settled claims worth Rs 3,500 crores last year.",
        fact("Rs 3,500 crores", value=35000000000, unit="INR")),
    row("The city has 2.3 lakhs registered vehicles.",
        fact("2.3 lakhs", value=230000, unit="count", metric="registered vehicles")),
    row("The market capitalisation crossed $3 trillion on Wednesday.",
        fact("$3 trillion", value=3000000000000, unit="USD")),
    row("The bank set aside 45 billion rupees for bad loans.",
        fact("45 billion rupees", value=45000000000, unit="INR")),
    row("The city received 1.2 million tourists and earned 3 billion baht.",
        fact("1.2 million", value=1200000, unit="count", metric="tourists"),
        fact("3 billion baht", value=3000000000, unit="THB")),
])  # fmt: skip

SCALES: list[Case] = COUNT_GRID + MONEY_GRID + HAND
