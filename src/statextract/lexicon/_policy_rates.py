"""Names of a central bank's policy rate and the words that move it, kept as data."""

from __future__ import annotations

POLICY_RATE_NAMES: tuple[str, ...] = (
    "official cash rate", "cash rate target", "cash rate", "OCR",
    "one-day repurchase rate", "two-week repo rate", "one-week repo rate", "seven-day repo rate",
    "seven-day reverse repo rate", "one-week repo auction rate", "reverse repo rate",
    "repo rate", "repurchase rate", "Selic rate", "Selic", "federal funds rate",
    "fed funds rate", "overnight policy rate", "overnight rate", "main refinancing rate",
    "deposit facility rate", "deposit rate", "bank rate", "base rate", "reference rate",
    "loan prime rate", "monetary policy rate", "BI-Rate", "BI rate",
)  # fmt: skip
"""Names of a policy rate of its own, longest first where one contains another."""

GENERIC_POLICY_RATE_NAMES: tuple[str, ...] = (
    "policy interest rate", "key policy rate", "key interest rate", "benchmark policy rate",
    "benchmark interest rate", "benchmark lending rate", "benchmark rate", "policy rate",
    "key rate",
)  # fmt: skip
"""Generic names of a policy rate, used when a document names no rate of its own."""

RATE_MOVE_NOUNS: tuple[str, ...] = (
    "cut", "cuts", "reduction", "reductions", "hike", "hikes", "increase", "increases",
    "rise", "rises", "raise", "move", "moves", "step", "steps", "easing", "tightening",
    "lowering", "rate cut", "rate cuts", "rate hike", "rate hikes", "rate increase",
    "rate reduction",
)  # fmt: skip
"""Nouns of a move in the policy rate ("a 25 basis point reduction", "a cut to 17%")."""
