"""Currencies: symbols and codes before a number, words after it, as ISO-4217 codes."""

from __future__ import annotations

from decimal import Decimal

CURRENCY_PREFIXES: dict[str, str] = {
    "us$": "USD", "u.s.$": "USD", "$": "USD", "usd": "USD",
    "hk$": "HKD", "hkd": "HKD", "a$": "AUD", "au$": "AUD", "aud": "AUD",
    "c$": "CAD", "ca$": "CAD", "cad": "CAD", "s$": "SGD", "sgd": "SGD",
    "nt$": "TWD", "twd": "TWD", "r$": "BRL", "brl": "BRL", "nz$": "NZD", "nzd": "NZD",
    "€": "EUR", "eur": "EUR", "£": "GBP", "gbp": "GBP", "¥": "CNY", "rmb": "CNY",
    "cny": "CNY", "jpy": "JPY", "₹": "INR", "rs.": "INR", "rs": "INR", "inr": "INR",
    "₩": "KRW", "krw": "KRW", "chf": "CHF", "₽": "RUB", "rub": "RUB", "₺": "TRY",
    "zar": "ZAR", "₦": "NGN", "ngn": "NGN", "rm": "MYR", "myr": "MYR",
    "₱": "PHP", "php": "PHP", "sek": "SEK", "nok": "NOK", "dkk": "DKK", "mxn": "MXN",
}  # fmt: skip

PREFIXES_NEEDING_SPACE_OR_DIGIT: frozenset[str] = frozenset({"rm", "rs"})
"""Letter prefixes that are read as money only when a digit or space and digit follows."""

CURRENCY_WORDS: dict[str, str] = {
    "yuan": "CNY", "renminbi": "CNY", "rmb": "CNY", "yuan renminbi": "CNY",
    "dollars": "USD", "dollar": "USD", "us dollars": "USD", "u.s. dollars": "USD",
    "hong kong dollars": "HKD", "australian dollars": "AUD", "canadian dollars": "CAD",
    "singapore dollars": "SGD", "new zealand dollars": "NZD", "taiwan dollars": "TWD",
    "euros": "EUR", "euro": "EUR", "pounds": "GBP", "pounds sterling": "GBP",
    "sterling": "GBP", "rupees": "INR", "rupee": "INR", "yen": "JPY", "won": "KRW",
    "ringgit": "MYR", "shekels": "ILS", "shekel": "ILS", "francs": "CHF", "swiss francs": "CHF",
    "rubles": "RUB", "roubles": "RUB", "rand": "ZAR", "naira": "NGN", "pesos": "MXN",
    "lira": "TRY", "baht": "THB", "rupiah": "IDR", "dong": "VND", "reais": "BRL",
    "usd": "USD", "eur": "EUR", "gbp": "GBP", "inr": "INR", "cny": "CNY", "jpy": "JPY",
}  # fmt: skip

SUBUNIT_WORDS: dict[str, tuple[str, Decimal]] = {
    "cents": ("USD", Decimal("0.01")),
    "cent": ("USD", Decimal("0.01")),
    "pence": ("GBP", Decimal("0.01")),
    "paise": ("INR", Decimal("0.01")),
}

YEN_HINTS: tuple[str, ...] = ("yen", "japan", "tokyo", "nikkei")
"""Words in a text that make "¥" read as Japanese yen instead of Chinese yuan."""
