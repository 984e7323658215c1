"""Words before a number that make it a code, label or name rather than a quantity."""

from __future__ import annotations

CODE_PREFIXES: tuple[str, ...] = (
    "section", "sections", "article", "articles", "chapter", "rule", "rules", "clause",
    "paragraph", "para", "schedule", "page", "pages", "p.", "pp.", "no.", "no", "nos.",
    "number", "figure", "fig.", "table", "chart", "item", "phase", "level", "tier", "grade",
    "class", "route", "highway", "flight", "room", "platform", "gate", "line", "model",
    "version", "series", "window", "windows", "act", "bill", "resolution", "regulation",
    "directive", "order", "case", "vol.", "volume", "issue", "episode", "season", "round",
    "stage", "step", "part", "annex", "appendix", "top", "ward", "district", "division",
    "term", "session", "iphone", "galaxy", "boeing", "airbus", "covid", "category", "type",
    "edition", "cop", "brics", "week",
    "dow", "ftse", "nikkei", "s&p", "nasdaq", "stoxx", "sensex", "nifty", "msci",
)  # fmt: skip
"""Lower-case words that label the number after them ("Section 427", "Top 10", "FTSE 100")."""

INDEX_NAMES_WITH_NUMBER: tuple[str, ...] = (
    "ftse 100", "ftse 250", "s&p 500", "stoxx 600", "stoxx 50", "nikkei 225", "cac 40",
    "dax 40", "sensex 30", "nifty 50", "russell 2000", "euro stoxx 50", "asx 200", "csi 300",
    "top 10", "top 5", "top 20", "top 50", "top 100", "g7", "g20", "eu27", "ea20", "ea19",
    "covid-19", "fortune 500", "group of seven", "group of eight", "group of twenty",
    "group of 20", "group of 7", "ibex 35", "aex 25", "omx 30", "kospi 200", "sti 30",
    "big four", "big three", "big five", "microsoft 365", "office 365", "dynamics 365",
    "windows 10", "windows 11", "formula 1", "formula one", "boeing 737", "airbus a320",
    "airbus a350", "boeing 787", "model 3", "model y", "model s", "model x", "iphone 15",
    "lower 48", "russell 1000", "russell 3000", "forbes 400",
    "iphone 16", "pixel 9", "galaxy s24", "fifa 25", "web 3", "industry 4.0",
)  # fmt: skip
"""Names that contain a number: the number in them is never a quantity."""

ABBREVIATIONS: tuple[str, ...] = (
    "u.s", "u.k", "e.g", "i.e", "etc", "vs", "no", "nos", "mr", "mrs", "ms", "dr", "prof",
    "inc", "corp", "co", "ltd", "plc", "st", "jan", "feb", "mar", "apr", "jun", "jul", "aug",
    "sep", "sept", "oct", "nov", "dec", "rs", "approx", "est", "fig", "p", "pp", "gov",
    "govt", "dept", "u.n", "a.m", "p.m", "jr", "sr", "bros", "mt", "ft", "avg", "min", "max",
)  # fmt: skip
"""Words that end with a full stop without ending a sentence."""
