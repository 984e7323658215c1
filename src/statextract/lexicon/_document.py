"""Document context: what tells the currency of a bare "$", and layout marks that are no figures."""

from __future__ import annotations

LOCAL_DOLLARS: dict[str, tuple[str, ...]] = {
    "AUD": (
        "A$", "AU$", "Australian dollars", "Australian dollar", "Australian Bureau of Statistics",
        "Reserve Bank of Australia", "RBA", "Australian Treasury", "Australian government",
        "Australian Taxation Office", "ABARES",
    ),
    "NZD": (
        "NZ$", "New Zealand dollars", "New Zealand dollar", "Stats NZ", "Statistics New Zealand",
        "Reserve Bank of New Zealand", "RBNZ", "New Zealand Treasury", "New Zealand government",
    ),
    "CAD": (
        "C$", "CA$", "Canadian dollars", "Canadian dollar", "Statistics Canada", "StatCan",
        "Bank of Canada", "Finance Canada", "Canadian government", "federal government of Canada",
        "Canada Revenue Agency", "Parliamentary Budget Officer",
    ),
    "HKD": (
        "HK$", "Hong Kong dollars", "Hong Kong dollar", "Census and Statistics Department",
        "Hong Kong Monetary Authority", "HKMA", "Hong Kong government",
    ),
    "SGD": (
        "S$", "Singapore dollars", "Singapore dollar", "Department of Statistics Singapore",
        "SingStat", "Monetary Authority of Singapore", "Singapore government",
    ),
}  # fmt: skip
"""Per local dollar: the signs, words and institutions that make a bare "$" that dollar."""

BARE_DOLLAR_SIGNS: frozenset[str] = frozenset({"$"})
"""Currency signs (lower-case) whose meaning the document decides."""

DOLLAR_WORDS: frozenset[str] = frozenset({"dollars", "dollar", "cents", "cent"})
"""Currency words (lower-case) whose meaning the document decides ("4 cents" in a report in
Australian dollars is 0.04 AUD)."""

PROVISIONAL_MARKS: tuple[str, ...] = ("p", "r", "e", "f", "P", "R", "E", "F")
"""Letters in brackets after a figure that mark it provisional, revised, estimated or forecast."""

SCALE_OR_UNIT_AFTER_MARKER: tuple[str, ...] = (
    "million", "billion", "trillion", "thousand", "percent", "per", "bn", "mn", "m", "pc",
)  # fmt: skip
"""Words after a line-initial number that make it a figure, not a list marker ("1.5 Million")."""
