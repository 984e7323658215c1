"""Month, quarter and half-year names, and relative period phrases."""

from __future__ import annotations

MONTHS: dict[str, int] = {
    "january": 1, "jan": 1, "february": 2, "feb": 2, "march": 3, "mar": 3, "april": 4,
    "apr": 4, "may": 5, "june": 6, "jun": 6, "july": 7, "jul": 7, "august": 8, "aug": 8,
    "september": 9, "sept": 9, "sep": 9, "october": 10, "oct": 10, "november": 11, "nov": 11,
    "december": 12, "dec": 12,
}  # fmt: skip

ORDINAL_WORDS: dict[str, int] = {
    "first": 1, "1st": 1, "second": 2, "2nd": 2, "third": 3, "3rd": 3, "fourth": 4, "4th": 4,
    "final": 4, "last": 4,
}  # fmt: skip

COUNT_WORDS: dict[str, int] = {
    "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9,
    "ten": 10, "eleven": 11, "2": 2, "3": 3, "4": 4, "5": 5, "6": 6, "7": 7, "8": 8, "9": 9,
    "10": 10, "11": 11,
}  # fmt: skip

RELATIVE_YEARS: dict[str, int] = {
    "last year": -1,
    "this year": 0,
    "the current year": 0,
    "next year": 1,
}
"""As-of phrases relative to the publication year."""

RELATIVE_MONTHS: dict[str, int] = {"last month": -1, "this month": 0, "next month": 1}

RELATIVE_QUARTERS: dict[str, int] = {
    "this quarter": 0, "the current quarter": 0, "next quarter": 1, "the next quarter": 1,
    "the coming quarter": 1,
}  # fmt: skip
"""Quarters named relative to the publication date ("in the current quarter"); "last quarter"
is left out: news says it of the quarter just reported as often as of the one before."""

WEEKDAYS: dict[str, int] = {
    "monday": 0, "tuesday": 1, "wednesday": 2, "thursday": 3, "friday": 4, "saturday": 5,
    "sunday": 6,
}  # fmt: skip
"""Weekday names with Python's ``date.weekday()`` numbers ("on Tuesday" is read against the
publication date)."""

REPORTING_WORDS: tuple[str, ...] = (
    "said", "says", "reported", "reports", "announced", "announces", "released", "releases",
    "published", "publishes", "showed", "shows", "told", "statement", "data", "figures",
    "estimates", "report",
)  # fmt: skip
"""Words before a weekday that make it the day of the report, not of the figures ("the bureau
said on Wednesday")."""

SEASONS: dict[str, tuple[int, int]] = {
    "spring": (3, 5), "summer": (6, 8), "autumn": (9, 11), "fall": (9, 11), "winter": (12, 2),
}  # fmt: skip
"""Seasons by their first and last month (northern hemisphere; winter runs into the next year)."""

FUTURE_CUES: tuple[str, ...] = ("will", "shall", "going to", "is due to", "are due to")
"""Words before a yearless period that make it lie ahead, with :data:`FUTURE_VERBS`."""

FUTURE_VERBS: tuple[str, ...] = (
    "expects", "expected", "expect", "expecting", "forecast", "forecasts", "forecasting",
    "projected", "projects", "project", "predicts", "predicted", "anticipates", "anticipated",
    "set", "likely", "plans", "planned", "aims", "aimed", "seen", "estimated", "tipped",
    "poised", "scheduled", "intend", "intends", "intended", "plan", "aim", "hope", "hopes",
    "targets", "targeting",
)  # fmt: skip
"""Verbs that look ahead when an infinitive follows ("expects inflation to fall to 2.5% in
March", "is forecast to reach 2.1% by June"); "than expected" does not."""

SUPERLATIVES: tuple[str, ...] = (
    "highest", "lowest", "fewest", "most", "least", "biggest", "largest", "smallest",
    "strongest", "weakest", "fastest", "slowest", "best", "worst", "steepest", "sharpest",
    "deepest", "first", "record", "greatest", "longest", "shortest", "cheapest", "dearest",
    "softest", "hottest", "coolest", "mildest", "narrowest", "widest", "quickest", "heaviest",
    "lightest", "smallest", "tightest", "loosest", "high", "low", "peak", "trough",
    "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth", "tenth",
)  # fmt: skip
"""Words that make "since P" a benchmark ("the lowest since January 2021", "its second cut since
June", "down for the third time since August"), not a comparison."""

BEGINNING_VERBS: tuple[str, ...] = (
    "began", "begun", "begin", "begins", "started", "starting", "start", "launched",
    "introduced", "founded", "established", "created", "opened", "started keeping",
    "became available", "first became available", "were first published", "were first compiled",
    "were first collected",
)  # fmt: skip
"""Verbs before a period that name when something began ("since records began in 1993")."""

RELEASE_NOUNS: tuple[str, ...] = (
    "forecast", "forecasts", "estimate", "estimates", "projection", "projections", "outlook",
    "guidance", "survey", "report", "release", "statement", "meeting", "budget", "reading",
    "poll", "review", "update", "bulletin", "announcement", "decision", "prediction",
    "assessment", "assessments",
)  # fmt: skip

POLICY_MOVES: tuple[str, ...] = (
    "cut", "cuts", "rate cut", "rate cuts", "hike", "hikes", "rate hike", "rate hikes", "move",
    "easing", "tightening", "reduction", "reductions", "pivot", "moves", "increases",
)  # fmt: skip
"""Policy moves a period names the time of ("a February cut", "another big cut in February"):
without a figure of their own, the period dates no figure."""
"""Nouns a period names the time of ("a February forecast", "the June projections"): that
period dates the release, not the figures."""

SAME_WORDS: tuple[str, ...] = ("same", "comparable", "corresponding", "equivalent")
"""Words that point back to the matching period of another year: "the same week of 2024", "the
comparable week of 2024", "the corresponding quarter of last year"."""

CONTRACT_NOUNS: tuple[str, ...] = (
    "contract", "contracts", "futures", "delivery", "corn", "wheat", "soybeans", "soybean",
    "soymeal", "soyoil", "cotton", "crude", "Brent", "WTI", "cattle", "hogs", "coffee", "sugar",
    "cocoa", "gold", "copper", "palm oil", "natural gas",
)  # fmt: skip
"""Nouns a month names a traded contract of ("the October NYMEX contract", "December corn"):
that month is the contract's name, not a period of a figure."""

CROPS: tuple[str, ...] = (
    "wheat", "corn", "soybeans", "soybean", "cotton", "rice", "sorghum", "barley", "oats",
    "sugar", "coffee", "rapeseed", "canola",
)  # fmt: skip
"""Crops whose marketing years a report may state one by one ("its wheat estimates cover years
that run from June through May, and its corn estimates years that run from September")."""
