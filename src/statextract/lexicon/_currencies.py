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
    "₪": "ILS", "ils": "ILS", "nis": "ILS", "฿": "THB", "thb": "THB", "₫": "VND", "vnd": "VND",
    "₴": "UAH", "uah": "UAH", "₸": "KZT", "kzt": "KZT", "₾": "GEL", "₼": "AZN", "azn": "AZN",
    "zł": "PLN", "pln": "PLN", "czk": "CZK", "kč": "CZK", "huf": "HUF", "ron": "RON",
    "bgn": "BGN", "isk": "ISK", "idr": "IDR", "rp": "IDR", "pkr": "PKR", "bdt": "BDT",
    "tk": "BDT", "lkr": "LKR", "npr": "NPR", "aed": "AED", "sar": "SAR", "qar": "QAR",
    "kwd": "KWD", "bhd": "BHD", "omr": "OMR", "jod": "JOD", "egp": "EGP", "e£": "EGP",
    "kes": "KES", "ksh": "KES", "kshs": "KES", "ghs": "GHS", "gh₵": "GHS", "₵": "GHS",
    "etb": "ETB", "tzs": "TZS", "ugx": "UGX", "dzd": "DZD", "tnd": "TND", "xof": "XOF",
    "xaf": "XAF", "ars": "ARS", "clp": "CLP", "uyu": "UYU", "vef": "VES", "ves": "VES",
    "mx$": "MXN", "mex$": "MXN", "col$": "COP",
}  # fmt: skip
"""Signs and ISO-4217 codes written before a number. Codes that are also English words ("ALL",
"TOP", "CUP", "MAD", "PEN", "COP", "GEL", "MOP", "BOB", "SOS", "TRY") are left out; letter codes
that could start a name count only glued or capitalised (``PREFIXES_NEEDING_SPACE_OR_DIGIT``)."""

PREFIXES_NEEDING_SPACE_OR_DIGIT: frozenset[str] = frozenset(
    {"rm", "rs", "rp", "tk", "ron", "sar", "nis", "ksh", "kshs", "ars"}
)
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
    "american dollars": "USD", "us dollar": "USD", "u.s. dollar": "USD",
    "australian dollar": "AUD", "canadian dollar": "CAD", "hong kong dollar": "HKD",
    "singapore dollar": "SGD", "new taiwan dollars": "TWD", "chinese yuan": "CNY",
    "japanese yen": "JPY", "korean won": "KRW", "south korean won": "KRW",
    "indian rupees": "INR", "pakistani rupees": "PKR", "pakistan rupees": "PKR",
    "sri lankan rupees": "LKR", "nepalese rupees": "NPR", "nepali rupees": "NPR",
    "indonesian rupiah": "IDR", "malaysian ringgit": "MYR", "thai baht": "THB",
    "vietnamese dong": "VND", "philippine pesos": "PHP", "mexican pesos": "MXN",
    "argentine pesos": "ARS", "chilean pesos": "CLP", "colombian pesos": "COP",
    "peso": "MXN", "british pounds": "GBP", "egyptian pounds": "EGP", "egyptian pound": "EGP",
    "sol": "PEN", "peruvian soles": "PEN", "sri lankan rupee": "LKR",
    "turkish lira": "TRY", "liras": "TRY", "brazilian reais": "BRL", "reals": "BRL",
    "israeli shekels": "ILS", "new shekels": "ILS", "dirhams": "AED", "dirham": "AED",
    "uae dirhams": "AED", "moroccan dirhams": "MAD", "riyals": "SAR", "riyal": "SAR",
    "saudi riyals": "SAR", "qatari riyals": "QAR", "dinars": "KWD", "kuwaiti dinars": "KWD",
    "zlotys": "PLN", "zloty": "PLN", "zlotych": "PLN", "forints": "HUF", "forint": "HUF",
    "koruna": "CZK", "korunas": "CZK", "czech crowns": "CZK", "kronor": "SEK", "krona": "SEK",
    "swedish kronor": "SEK", "swedish crowns": "SEK", "kroner": "NOK", "norwegian kroner": "NOK",
    "norwegian crowns": "NOK", "danish kroner": "DKK", "danish crowns": "DKK",
    "hryvnias": "UAH", "hryvnia": "UAH", "tenge": "KZT", "lari": "GEL", "manat": "AZN",
    "lei": "RON", "leva": "BGN", "kenyan shillings": "KES", "ugandan shillings": "UGX",
    "tanzanian shillings": "TZS", "cedis": "GHS", "birr": "ETB", "kwacha": "ZMW",
    "taka": "BDT", "swiss franc": "CHF", "cfa francs": "XOF", "rouble": "RUB", "ruble": "RUB",
    "bolivars": "VES", "soles": "PEN", "yuans": "CNY", "krone": "NOK", "norwegian krone": "NOK",
    "danish krone": "DKK", "swedish krona": "SEK", "greenback": "USD",
    "aud": "AUD", "cad": "CAD", "chf": "CHF", "hkd": "HKD", "sgd": "SGD", "krw": "KRW",
    "myr": "MYR", "rub": "RUB", "brl": "BRL", "zar": "ZAR", "mxn": "MXN", "nzd": "NZD",
    "twd": "TWD", "sek": "SEK", "nok": "NOK", "dkk": "DKK", "aed": "AED", "ils": "ILS",
    "pln": "PLN", "idr": "IDR", "thb": "THB", "vnd": "VND", "pkr": "PKR", "bdt": "BDT",
}  # fmt: skip
"""Currency names (and codes) written after a number or scale word ("30 Australian dollars",
"5 billion yen", "34.6 million USD"); lower-case."""

SUBUNIT_WORDS: dict[str, tuple[str, Decimal]] = {
    "cents": ("USD", Decimal("0.01")),
    "cent": ("USD", Decimal("0.01")),
    "pence": ("GBP", Decimal("0.01")),
    "paise": ("INR", Decimal("0.01")),
    "us cents": ("USD", Decimal("0.01")),
    "euro cents": ("EUR", Decimal("0.01")),
    "eurocents": ("EUR", Decimal("0.01")),
    "kopecks": ("RUB", Decimal("0.01")),
    "kopeks": ("RUB", Decimal("0.01")),
    "fen": ("CNY", Decimal("0.01")),
}

YEN_HINTS: tuple[str, ...] = ("yen", "japan", "tokyo", "nikkei", "boj", "topix")
"""Words in a text that make "¥" read as Japanese yen instead of Chinese yuan."""

RAND_HINTS: tuple[str, ...] = (
    "rand", "south africa", "south african", "sarb", "stats sa", "johannesburg", "jse",
)  # fmt: skip
"""Words in a text that make "R" glued to a number the South African rand ("R21.59")."""

NAMED_BY_COUNTRY: dict[str, dict[str, str]] = {
    "peso": {
        "colombia": "COP", "colombian": "COP", "chile": "CLP", "chilean": "CLP",
        "argentina": "ARS", "argentine": "ARS", "philippines": "PHP", "philippine": "PHP",
        "uruguay": "UYU", "uruguayan": "UYU", "mexico": "MXN", "mexican": "MXN",
    },
    "rupee": {
        "sri lanka": "LKR", "sri lankan": "LKR", "pakistan": "PKR", "pakistani": "PKR",
        "nepal": "NPR", "nepalese": "NPR", "india": "INR", "indian": "INR",
    },
    "pound": {
        "egypt": "EGP", "egyptian": "EGP", "lebanon": "LBP", "lebanese": "LBP",
        "britain": "GBP", "british": "GBP", "uk": "GBP", "u.k.": "GBP", "england": "GBP",
    },
}  # fmt: skip
"""Currency words several countries share: a text about one of them means its currency
("the peso" in a report on Colombia's central bank is the Colombian peso)."""

CURRENCY_WORD_FORMS: dict[str, str] = {
    "peso": "peso", "pesos": "peso", "rupee": "rupee", "rupees": "rupee", "pound": "pound",
    "pounds": "pound",
}  # fmt: skip
"""Singular and plural forms of the shared currency words in :data:`NAMED_BY_COUNTRY`."""

EXCHANGE_QUOTES: dict[str, str] = {
    "dollar": "USD", "us dollar": "USD", "u.s. dollar": "USD", "greenback": "USD", "euro": "EUR",
    "pound": "GBP", "yen": "JPY", "yuan": "CNY", "swiss franc": "CHF", "franc": "CHF",
}  # fmt: skip
"""Currencies a rate is quoted against ("1,398 per dollar", "11.77 per euro"); lower-case."""
