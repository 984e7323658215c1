"""Words that shape a metric phrase: verbs that end a subject, words to strip around it."""

from __future__ import annotations

LEVEL_VERBS: tuple[str, ...] = (
    "reached", "reach", "reaches", "reaching", "was", "were", "is", "are", "be", "been",
    "stood at", "stands at", "stand at", "standing at", "hit", "hits", "totalled", "totaled",
    "totals", "totalling", "totaling", "total", "amounted to", "amounts to", "amount to",
    "came in at", "comes in at", "came to", "added up to", "adds up to", "add up to",
    "comes to", "come to", "come in at", "came at", "registered", "recorded", "works out at",
    "to average", "will average", "would average", "averaged", "averages", "averaging",
    "to cost", "will cost", "costs", "cost", "costing",
    "worked out at", "work out at", "works out to", "worked out to",
    "posted", "reported", "logged", "touched", "numbered", "exceeded", "topped", "surpassed",
    "crossed", "stood", "remained", "stayed", "held", "settled", "closed", "ended", "hovered",
    "set a record", "set a new record", "set a fresh record", "sets a record", "hit a record",
    "hits a record",
    "climbed to", "rose to", "fell to", "dropped to", "increased to", "decreased to",
    "goes to", "go to", "went to", "moves to", "moved to",
    "declined to", "grew to", "jumped to", "slipped to", "edged up to", "edged down to",
    "has reached", "have reached", "had reached", "has been", "have been", "had been",
    "will be", "would be", "estimated at", "valued at", "put at", "forecast at", "seen at",
    "generated", "earned", "spent", "spend", "spends", "sold", "employed", "employs",
    "attracted", "received", "brought in", "brings in", "took in", "takes in", "raked in",
    "pulled in", "yielded", "yields", "fetched", "returned", "returns", "gets", "got",
    "receives", "secured", "secures", "won", "wins",
    "handled", "produced", "exported", "imported", "shipped", "delivered", "collected",
    "raised", "invested", "paid", "saw", "borrowed", "lent", "issued", "approved",
    "allocated", "earmarked", "disbursed", "exported", "imported",
    "included", "includes", "contains", "contained", "numbering", "worth",
    "changed", "changed little", "little changed", "was little changed", "edged", "ticked",
    "inched", "averaged", "averages", "ranged", "ranges", "ranging",
    "accounted", "accounting", "accounts", "account", "represented", "representing",
    "made up", "making up", "makes up",
)  # fmt: skip
"""Verbs (and verb phrases) that separate a subject from its figure."""

SUBJECT_BOUNDARIES: tuple[str, ...] = (
    ",", ";", ":", "(", ")", "\"", "“", "”", " that ", " which ", " while ", " whereas ",
    " and ", " but ", " said ", " showed ", " shows ", " show ", " according to ",
    " data showed ", " where ", " as ", " when ", " after ", " with ",
)  # fmt: skip
"""Text that ends the search backwards for a subject."""

LEADING_WORDS: tuple[str, ...] = (
    "the", "a", "an", "its", "their", "his", "her", "our", "this", "that", "these", "those",
    "number of", "total number of", "a total of", "amount of", "total amount of",
    "estimate of", "estimates of", "initial estimate of", "first estimate of",
    "preliminary estimate of", "revised estimate of", "flash estimate of", "measure of",
    "value of", "level of", "volume of", "size of", "figure for", "figure of", "count of",
    "meanwhile", "also", "and", "but", "while", "however", "moreover", "in addition",
    "overall", "among them", "of which", "of these", "of them", "in particular",
    "specifically", "separately", "by contrast", "in contrast", "similarly", "likewise",
    "so", "then", "still", "yet", "further", "furthermore", "besides", "notably", "as", "alone",
    "just", "merely",
    "led by", "followed by", "far above", "well above", "far below", "well below",
    "projecting", "forecasting", "predicting",
    # ranks say where a figure stands, not what it measures ("the highest jobless rate")
    "highest", "lowest", "largest", "smallest", "biggest", "strongest", "weakest", "fastest",
    "slowest", "steepest", "sharpest", "greatest", "deepest", "widest", "narrowest",
    "second-highest", "second-lowest", "second-largest", "second-biggest",
)  # fmt: skip
"""Words stripped from the front of a metric phrase (longest first when matching)."""

TRAILING_WORDS: tuple[str, ...] = (
    "in my country", "in our country", "in the country", "in china", "nationwide",
    "across the country", "in india", "in the us", "in the u.s.", "in the uk",
    "in the euro area", "in the eu", "globally", "worldwide", "overall", "also", "alone",
    "itself", "respectively", "again", "further", "last year", "this year", "last month",
    "this month", "so far", "then", "meanwhile", "still", "now", "only", "currently",
    "in total", "combined", "together", "barely", "hardly", "scarcely", "slightly", "sharply",
    "strongly", "steadily", "modestly", "broadly", "largely", "thus", "therefore", "however",
    "consequently", "accordingly", "nonetheless", "nevertheless", "likewise", "similarly",
    "is forecast", "are forecast", "was forecast", "were forecast", "is expected",
    "are expected", "was expected", "were expected", "is projected", "are projected",
    "the current", "the latest", "the previous", "the coming", "the upcoming", "the new",
    "is seen", "are seen", "is set", "are set", "is likely", "are likely", "is estimated",
    "are estimated", "is predicted", "are predicted", "is tipped", "is poised",
)  # fmt: skip
"""Words stripped from the end of a metric phrase."""

PARENT_CUES: tuple[str, ...] = (
    "among them", "among these", "of them", "of these", "of which", "of this", "within this",
    "within that", "of that", "of the total", "within them", "in which",
)  # fmt: skip
"""Sentence openers that make the sentence's facts parts of the previous fact's metric."""

COUNTED_NOUN_STOPWORDS: tuple[str, ...] = (
    "in", "on", "at", "from", "to", "by", "for", "with", "during", "as", "than", "and", "or",
    "but", "which", "that", "who", "while", "was", "were", "is", "are", "has", "have", "had",
    "will", "would", "compared", "up", "down", "according", "since", "after", "before",
    "year-on-year", "respectively", "a", "an", "the", "this", "last", "over", "under",
    "between", "per", "each", "every", "more", "less", "fewer", "higher", "lower", "of",
    "its", "their", "it", "they", "he", "she", "we", "also", "about", "into", "out",
    "set", "seen", "reached", "posted", "hit", "logged",
    "through", "across", "about", "around", "nearly", "almost", "against", "amid", "versus",
    "ahead", "despite", "because", "thanks",
    "vs", "year", "month", "quarter", "yuan", "dollars", "euros", "pounds", "rupees",
    "rose", "fell", "grew", "increased", "decreased", "declined", "dropped", "jumped",
    "climbed", "reached", "totalled", "totaled", "stood", "hit", "accounting", "accounted",
    "making", "representing", "said", "says", "according", "higher", "lower", "ago",
    "earlier", "later", "before", "previously", "so", "such", "if", "when", "where",
    "there", "here", "not", "no", "most", "least", "all", "both", "either", "neither",
    "percent", "per", "cent", "points", "point",
)  # fmt: skip
"""Words that end a counted noun phrase after a figure ("150,000 jobs in October")."""

NOT_METRICS: tuple[str, ...] = (
    # pronouns and stand-ins resolved from context instead
    "it", "they", "this", "that", "these", "those", "them", "which", "he", "she", "we", "there",
    "its", "their", "the figure", "the rate", "the total", "the number", "total", "the figures",
    "both", "each", "all three", "all four",
    "the latter", "the former",
    # clause words left over at a segment's edge
    "when", "where", "while", "whereas", "but", "with", "after", "including", "as", "said",
    "says",
    # comparatives
    "faster", "slower", "higher", "lower", "more", "less", "better", "worse", "stronger",
    "weaker", "bigger", "smaller", "larger", "deeper", "wider", "sharper", "steeper", "quicker",
)  # fmt: skip
"""Phrases that are never a metric on their own (compared lowercased)."""

FRAGMENT_STARTS: tuple[str, ...] = (
    "from", "by", "above", "below", "than", "at", "on", "over", "under", "just", "initially",
    "only", "still", "almost", "nearly", "about", "had", "has", "have", "was", "were",
)  # fmt: skip
"""First words of a phrase that is a clause's leftover, not a metric ("from its earlier
forecast", "by a majority", "above last year's", "had shown")."""

FRAGMENT_VERBS: tuple[str, ...] = (
    "contributed", "contributes", "shown", "remain", "remains", "remained", "ends", "ended",
    "hold", "holds", "agreed", "took", "takes", "lags", "lagged", "showed", "shows",
    "accounted", "accounts", "returning", "told", "tied", "ranked", "ranks",
)  # fmt: skip
"""Verbs that end a subject's words: a phrase running into one keeps the words before it
("Asia-Pacific contributed the most" -> "Asia-Pacific", "Nuclear plants hold")."""

CLAUSE_ADVERBS: tuple[str, ...] = (
    "now", "still", "already", "also", "currently", "previously", "again", "then", "recently",
    "briefly", "nonetheless",
)  # fmt: skip
"""Adverbs between a subject and its verb: a phrase ending in one and a verb keeps the words
before it ("The benchmark now stands" -> "benchmark")."""

CLOSING_ADVERBS: tuple[str, ...] = (*CLAUSE_ADVERBS, "first", "last", "just", "only", "even")
"""Adverbs that end a subject's words when the verb follows the phrase ("The index first rose"
-> "index")."""

LONE_NON_METRICS: tuple[str, ...] = (
    "year", "month", "quarter", "week", "day", "estimate", "record", "just", "initially",
    "a record", "the year", "data", "figures", "last time", "the last time", "first time",
    "the first time", "time", "annual", "monthly", "quarterly", "yearly", "year-on-year",
    "month-on-month", "quarter-on-quarter", "weekly", "daily",
    "revised", "upwardly revised", "downwardly revised", "upward revised", "downward revised",
    "preliminary", "initial", "most", "since", "the most", "the fastest", "fastest",
)  # fmt: skip
"""Single words that name no measure when they stand alone."""

PARTNER_NOUNS: tuple[str, ...] = (
    "deficit", "deficits", "surplus", "surpluses", "shortfall", "shortfalls", "gap", "gaps",
    "balance", "balances", "imbalance", "trade", "trade gap", "trade deficit", "trade surplus",
)  # fmt: skip
"""Nouns that take a partner after "with": "the trade deficit with the world" measures the
deficit, not the world."""

FLOW_WORDS: tuple[str, ...] = (
    "profit", "profits", "revenue", "revenues", "sales", "income", "earnings", "turnover",
    "output", "production", "exports", "imports", "spending", "expenditure", "investment",
    "deliveries", "shipments", "sold", "loss", "losses", "dividend", "dividends", "payout",
    "net", "operating", "ebitda", "cash flow", "orders", "bookings", "receipts", "collections",
    "GDP", "gross domestic product", "traffic", "passengers", "visitors", "arrivals",
    "tourists", "remittances", "inflows", "outflows", "deficit", "surplus", "borrowing",
)  # fmt: skip
"""Words of amounts earned or made over a period ("profit in the year to March" is a 12-month
total), as opposed to prices and stocks at a point."""

MARKET_INSTRUMENTS: tuple[str, ...] = (
    "S&P 500", "S&P/ASX 200", "ASX 200", "Dow Jones Industrial Average", "Dow", "Nasdaq",
    "Nasdaq Composite", "FTSE 100", "FTSE", "Nikkei", "Topix", "DAX", "CAC 40", "STOXX 600",
    "Hang Seng", "Kospi", "Sensex", "Nifty", "Russell 2000", "Treasury", "Treasuries", "bund",
    "gilt", "gilts", "bond yield", "bond yields", "futures", "share price", "Brent", "WTI",
    "West Texas Intermediate", "year yield", "year yields", "contract",
    "Schatz", "NYMEX", "CBOT", "Comex",
)  # fmt: skip
"""Traded instruments: a quote or move of one in a report on a month is a day of trading."""

OBJECT_AT_VERBS: tuple[str, ...] = (
    "had", "has", "have", "recorded", "records", "registered", "registers", "posted", "posts",
    "reported", "reports", "saw", "sees", "showed", "shows", "logged", "logs", "made", "makes",
    "put", "puts", "putting", "pegged", "pegs", "set", "sets", "estimated", "estimates",
    "valued", "values", "forecast", "forecasts", "projected", "projects", "kept", "keeps",
    "held", "holds", "left", "leaves",
)  # fmt: skip
"""Verbs whose object a figure after "at" measures ("put the total at 30.4 million")."""

PART_CUES: tuple[str, ...] = (
    "including", "of which", "of whom", "of these", "of them", "among them",
)  # fmt: skip
"""Words before a part whose words follow it ("including ₹37,826 crore collected on ...")."""

IRREGULAR_PARTICIPLES: tuple[str, ...] = (
    "paid", "spent", "sold", "made", "held", "brought in", "raised", "lent", "won", "built",
    "given", "taken", "kept", "drawn", "grown", "owned", "run",
)  # fmt: skip
"""Past participles not ending in -ed that can name a part ("of which €400 million was spent
on training")."""

GENERIC_METRICS: tuple[str, ...] = (
    "growth", "inflation", "unemployment", "the rate", "rate", "output", "prices", "employment",
    "spending", "investment", "sales", "exports", "imports", "demand", "activity", "wages", "pay",
    "index", "the index", "reading", "the reading", "revenue", "profit", "profits", "earnings",
    "margin", "margins", "costs",
)  # fmt: skip
"""One-word metrics that an opening "For X," / "Among X," completes."""

PRONOUN_OBJECT_VERBS: tuple[str, ...] = (
    "bring", "brings", "bringing", "brought", "take", "takes", "taking", "took", "push",
    "pushes", "pushing", "pushed", "lift", "lifts", "lifting", "lifted", "put", "puts",
    "putting", "keep", "keeps", "keeping", "kept", "leave", "leaves", "leaving", "left", "get",
    "gets", "getting", "got", "raise", "raises", "raising", "raised", "cut", "cuts", "cutting",
    "lower", "lowers", "lowering", "lowered", "reduce", "reduces", "reducing", "reduced",
)  # fmt: skip
"""Verbs of "bringing it below 4.5%", where "it" is the metric named before."""

UNIT_NOUNS: tuple[str, ...] = (
    "people", "persons", "workers", "jobs", "units", "unit", "positions", "head", "individuals",
    "bales", "bale",
)  # fmt: skip
"""Counted nouns that only count what a subject measures ("employment grew by 7,000 people",
"the cattle inventory stood at 87.2 million head")."""

FLOW_NOUNS: tuple[str, ...] = (
    "sales", "starts", "completions", "approvals", "arrivals", "departures", "exports",
    "imports", "shipments", "deliveries", "registrations", "permits", "transactions",
    "listings", "admissions", "visits", "applications", "claims", "bookings", "orders",
    "enrolments", "enrollments", "hires", "layoffs", "openings", "vacancies", "closures",
    "launches", "issuances", "purchases", "passengers", "visitors",
)  # fmt: skip
"""Plural subjects that are counts over a period ("Montreal-area sales totalled 3,330 homes"):
the counted noun after their figure only says what they count."""

STOCK_NOUNS: tuple[str, ...] = (
    "backlog", "backlogs", "book", "fleet", "fleets", "workforce", "headcount", "inventory",
    "inventories", "stockpile", "stockpiles", "reserves", "membership", "memberships", "base",
    "tally", "toll", "portfolio", "pipeline", "roster", "caseload", "production", "output",
    "consumption", "supply", "demand", "traffic", "capacity", "generation",
)  # fmt: skip
"""Singular subjects that hold or make a count ("The order backlog stood at 8,658 aircraft",
"its installed base reached 150 million devices", "Production hit a record 494,989 vehicles"):
the counted noun says what they hold or made."""

AGENT_VERBS: tuple[str, ...] = (
    "added", "adds", "add", "adding", "created", "creates", "create", "cut", "cuts", "shed",
    "sheds", "lost", "loses", "employed", "employs", "hired", "hires", "carried", "carries",
    "created", "sold", "sells", "made", "makes", "opened", "opens", "welcomed", "recorded",
    "records", "reported", "reports", "had", "has", "have", "counted", "counts", "registered",
    "registers", "enrolled", "served", "serves", "laid off", "slashed", "eliminated",
)  # fmt: skip
"""Verbs whose subject is an agent and whose object is the count ("the economy added 216,000
jobs"): after them, the counted noun names the metric, not the subject."""

REFERENCE_NOUNS: tuple[str, ...] = (
    "level", "levels", "record", "peak", "high", "low", "volume", "volumes", "average",
    "averages", "figure", "figures", "total", "totals", "value", "base", "baseline",
)  # fmt: skip
"""Nouns after a year that name a level compared with ("94.1% of its 2019 level")."""

FLOW_VERBS: tuple[str, ...] = (
    "earned", "made", "generated", "sold", "collected", "paid", "spent", "produced", "shipped",
    "delivered", "moved", "emigrated", "immigrated", "arrived", "left", "migrated", "visited",
)  # fmt: skip
"""Verbs of amounts made over a period ("the ¥4.99 trillion it earned in the year to March")."""

CLAUSE_VERBS: tuple[str, ...] = (
    *FLOW_VERBS, "posted", "reported", "recorded", "registered", "set", "reached", "hit", "saw",
    "had", "won", "raised", "touched", "struck", "marked",
)  # fmt: skip
"""Verbs of a clause about a figure ("the $9.5 billion the group earned in 2021"), whose period
belongs to that figure alone."""

RATE_HEAD_NOUNS: tuple[str, ...] = (
    "estimate", "estimates", "forecast", "forecasts", "projection", "projections", "target",
    "targets", "rate", "rates", "outlook", "figure", "figures", "number", "numbers", "goal",
    "goals",
)  # fmt: skip
"""Nouns that make "N% growth" a level ("India's 6.3% growth estimate"), not a change."""

INDEX_NAMES: tuple[str, ...] = (
    "index", "indices", "s&p", "dow", "nasdaq", "ftse", "nikkei", "sensex", "nifty", "dax", "cac",
    "stoxx", "hang seng", "kospi", "topix", "asx", "tsx", "ibex", "aex", "smi", "bovespa", "jse",
    "kosdaq", "taiex", "straits times", "shanghai composite", "csi 300", "russell", "pmi", "pmis",
    "tankan", "indicator", "indicators", "climate", "sentiment", "confidence", "barometer",
)  # fmt: skip
"""Words that make a bare value index points ("the house price index stood at 152.0", "the
consumer confidence climate fell to 92.7")."""

ADJECTIVAL_PARTICIPLES: tuple[str, ...] = (
    "adjusted", "seasonally adjusted", "diluted", "revised", "combined", "consolidated",
    "audited", "unaudited", "registered",
    "listed", "insured", "employed", "unemployed", "retired", "skilled", "unskilled", "detached",
    "used", "owned", "managed", "regulated", "advanced", "developed", "diversified", "related",
    "limited", "united", "based", "weighted", "annualised", "annualized", "harmonised",
    "harmonized", "restated", "underlying", "realised", "realized", "unrealised", "unrealized",
    "secured", "unsecured", "accumulated", "dedicated", "integrated", "licensed", "qualified",
    "disposable", "processed", "manufactured", "imported", "exported", "sponsored", "funded",
    "assisted", "self-employed", "landlocked", "industrialised", "industrialized",
    "advertised", "attributed", "contracted", "discounted",
)  # fmt: skip
"""Past participles that modify a noun ("adjusted earnings", "diluted earnings per share",
"self-employed workers"): no verb that ends a metric phrase."""

STAND_IN_NOUNS: tuple[str, ...] = ("figure", "figures", "reading", "readings", "tally")
"""Nouns that stand for a metric named before ("the euro area figure", "the revised figure")."""

BARE_STAND_IN_NOUNS: tuple[str, ...] = (
    "count", "range", "measure", "gauge", "gain", "gains", "increase", "increases", "rise",
    "decline", "declines", "drop", "drops", "fall", "falls", "rises", "decreases", "advance",
    "pace", "jump",
)  # fmt: skip
"""Nouns that stand for a metric named before only on their own ("August's count was revised",
"the range works out at $2.23 to $2.37", "That measure rose 3.3 percent"); "the target range" and
"the CPIF measure" are metrics."""

NON_NOUN_WORDS: tuple[str, ...] = (
    "before", "after", "between", "instead", "rather", "next", "first", "then", "new",
    "remain", "remains", "seen", "ends", "notable", "more slowly", "more quickly", "follows",
    "followed",
)  # fmt: skip
"""Words that can sit where a metric is looked for but name no thing ("before climbing back to
3.7%", "179,000 rather than the 206,000"): the figure measures the metric named before it."""

CLAUSE_PARTICIPLES: tuple[str, ...] = (
    "reversing", "bringing", "leaving", "putting", "pulling", "pushing", "lifting", "dragging",
    "taking", "releasing", "supplying", "peaking", "settling", "trading", "predicting",
    "expecting", "marking", "extending", "reaching", "hitting", "climbing", "falling", "rising",
    "slipping", "edging", "sliding", "dropping", "returning", "recovering", "offsetting",
    "erasing", "recouping", "undoing", "wiping out", "paring",
)  # fmt: skip
"""Participles that open a clause about a figure ("rose 0.4%, reversing a 0.4% drop", "trading
at 11.38 per euro"): they name no thing, so they are no metric."""

FORECAST_STAND_IN_NOUNS: tuple[str, ...] = (
    "forecast", "forecasts", "projection", "projections", "estimate", "estimates", "outlook",
    "prediction", "predictions",
)  # fmt: skip
"""Nouns that, on their own, stand for a forecast of the metric named before ("it cut its
projection for 2024 to 0.5%": the projection of growth)."""

EXPECTATION_AGENTS: tuple[str, ...] = (
    "analysts", "analyst", "economists", "economist", "forecasters", "forecaster", "markets",
    "the market", "traders", "investors", "a reuters poll", "the consensus", "consensus",
    "a poll", "a survey", "respondents", "the street", "wall street",
)  # fmt: skip
"""Who expects a figure ("economists had forecast 7.99 million"): the figure measures the metric
named before, not the forecasters."""

EXPECTATION_VERBS: tuple[str, ...] = (
    "expected", "expect", "expects", "expecting", "forecast", "forecasts", "forecasting",
    "predicted", "predict", "predicts", "estimated", "estimate", "projected", "anticipated",
    "looking for", "look for", "looked for", "pencilled in", "penciled in", "eyeing",
    "polled", "surveyed", "had expected", "had forecast",
)  # fmt: skip

FORECASTER_PARTICIPLES: dict[str, str] = {
    "expected": "expected", "expect": "expected", "expects": "expected",
    "expecting": "expected", "had expected": "expected", "looking for": "expected",
    "look for": "expected", "looked for": "expected", "anticipated": "expected",
    "eyeing": "expected", "forecast": "forecast", "forecasts": "forecast",
    "forecasting": "forecast", "had forecast": "forecast", "predicted": "predicted",
    "predict": "predicted", "predicts": "predicted", "estimated": "estimated",
    "estimate": "estimated", "projected": "projected", "pencilled in": "forecast",
    "penciled in": "forecast", "polled": "forecast", "surveyed": "forecast",
}  # fmt: skip
"""How a metric names who expected its figure ("economists had forecast 7.70 million
openings": openings forecast by economists)."""

FORECAST_NOUN_PARTICIPLES: dict[str, str] = {
    "forecast": "forecast", "estimate": "forecast", "expectation": "expected",
    "projection": "projected", "prediction": "predicted",
}  # fmt: skip
"""Nouns that name a figure as forecast when they follow it ("the 6.7% median forecast", "the
$4.1 billion consensus estimate"), and how the metric says so."""

FORECASTER_PEOPLE: tuple[str, ...] = (
    "analysts", "analyst", "economists", "economist", "forecasters", "forecaster", "markets",
    "traders", "investors", "respondents",
)  # fmt: skip
"""Expectation agents named after "by" in the metric; the others ("a Reuters poll") are not."""

BENCHMARK_NOUNS: tuple[str, ...] = (
    "average", "averages", "mean", "median", "norm", "benchmark", "target", "threshold",
    "ceiling", "limit", "cap", "floor",
)  # fmt: skip
"""What a level is measured against across groups, not over time ("139% above the EU average")."""

HISTORY_BENCHMARK_WORDS: tuple[str, ...] = (
    "five-year", "five year", "5-year", "ten-year", "ten year", "10-year", "three-year",
    "3-year", "seasonal", "historical", "historic", "long-term", "long term",
)  # fmt: skip
"""What makes a benchmark the series' own past ("8% below the five-year average"): a gap to it
is a change of the series, not a level of a gap."""

PER_UNIT_NOUNS: tuple[str, ...] = (
    "share", "barrel", "tonne", "ton", "ounce", "gallon", "litre", "liter", "bushel", "head",
    "week", "month", "year", "day", "hour", "person", "capita", "unit", "kilo", "kilogram",
    "pound", "piece", "night", "trip", "visit",
)  # fmt: skip
"""Nouns of a rate after a figure ("$9 a share", "$68 a barrel"): never a metric of their own."""

CLAUSE_WORDS: tuple[str, ...] = (
    "will", "would", "could", "should", "may", "might", "can", "must", "shall",
)  # fmt: skip
"""Modal verbs: a phrase that holds one is a clause ("committee would probably"), not a metric."""

IRREGULAR_PAST_VERBS: tuple[str, ...] = (
    "led", "held", "spoke", "said", "fell", "rose", "grew", "took", "gave", "made", "beaten",
    "began", "begun", "ran", "won", "lost", "paid", "sold", "kept", "left", "saw", "went",
    "came", "stood", "hit", "set", "cut", "put", "shed", "slid", "sank", "shrank", "swung",
    "finished", "closed", "ended", "started", "opened", "showed", "shown", "reached",
    "told", "tied", "ranked",
)  # fmt: skip
"""Verb forms that end a clause's words when they stand last in a phrase ("Luxembourg led",
"yen strengthened", "Reeves spoke"): the phrase is a clause, not a metric."""

COMPARATIVE_STARTS: tuple[str, ...] = (
    "lower", "higher", "more", "less", "fewer", "bigger", "smaller", "larger", "greater",
)  # fmt: skip
"""Comparatives that open a comparison's leftover when "than" follows ("lower than a year
earlier"); "Greater China" is a name."""

PREPOSITION_STARTS: tuple[str, ...] = ("against", "back", "towards", "toward", "versus", "ahead")
"""First words of a comparison's leftover ("against just", "back towards Tuesday's close"): no
metric ("to the United States" is an elided list item)."""

EMPTY_HEAD_WORDS: tuple[str, ...] = (
    "the", "a", "an", "its", "their", "were", "was", "are", "is", "in", "of", "with", "all",
    "both", "each", "annual", "yearly", "monthly", "quarterly", "weekly", "largest", "biggest",
    "highest", "strongest", "steepest", "sharpest", "smallest", "lowest", "fastest", "slowest",
    "weakest", "sharpest", "most", "least", "increase", "increases", "rise", "rises", "fall",
    "falls", "decline", "declines", "drop", "drops", "gain", "gains", "growth", "decrease",
    "decreases", "change", "changes", "move", "moves", "jump", "jumps", "recorded",
    "registered", "seen", "posted", "led", "followed", "by", "other", "end", "scale", "at",
    "observed", "reported", "noted", "measured", "found", "over", "year", "month", "quarter",
)  # fmt: skip
"""Words that say nothing of what a bracketed list of places measures ("the strongest monthly
increases were in Belgium (+2.1%)", "Alberta (3.0%) posted the largest increase"): such items
measure the metric named before, for their place."""

EMPLOYMENT_NOUNS: tuple[str, ...] = ("jobs", "positions", "workers", "employees", "roles", "staff")
"""Counted nouns of employment: "Retail trade shed 28,000 jobs" measures retail trade jobs."""

EMPLOYING_AGENTS: tuple[str, ...] = (
    "employers", "employer", "companies", "company", "firms", "firm", "businesses", "business",
    "economy", "it", "they", "group", "government", "bank", "retailer", "maker", "carmaker",
    "automaker", "manufacturer", "startup", "giant",
)  # fmt: skip
"""Head words of subjects that create or cut jobs rather than name where they are ("American
employers added 227,000 jobs" measures jobs)."""

PARTICIPLE_MODIFIERS: frozenset[str] = frozenset({
    "spent", "worked", "sold", "exported", "imported", "produced", "consumed", "used", "issued",
    "built", "approved", "registered", "recorded", "shipped", "delivered", "created", "paid",
    "received", "owned", "borrowed", "lent", "invested", "collected", "processed", "served",
    "employed", "listed", "traded", "generated", "booked", "completed", "started", "filed",
    "earned", "posted", "logged", "held", "made", "taken", "given", "lost",
})  # fmt: skip
"""Verbs whose past participle, right after a noun, names what is counted ("nights spent in
tourist accommodation", "hours worked", "homes sold") when the clause's own verb follows."""

MEASURE_HEADS: frozenset[str] = frozenset({
    "inflation", "rate", "rates", "prices", "sales", "exports", "imports", "growth", "output",
    "production", "index", "employment", "unemployment", "spending", "investment", "revenue",
    "profit", "earnings", "wages", "pay", "income", "yield", "yields", "deficit", "surplus",
})  # fmt: skip
"""Head nouns a list shares when only its last item writes them ("headline and trimmed mean
inflation" is headline inflation and trimmed mean inflation)."""

OUTPUT_NOMINALS: dict[str, str] = {
    "produce": "production", "produced": "production", "produces": "production",
    "producing": "production", "ship": "shipments", "shipped": "shipments", "ships": "shipments",
    "shipping": "shipments", "deliver": "deliveries", "delivered": "deliveries",
    "delivers": "deliveries", "delivering": "deliveries", "mine": "output", "mined": "output",
    "sell": "sales", "sold": "sales", "sells": "sales", "selling": "sales",
}  # fmt: skip
"""Verbs whose object is an amount of goods, and the noun that names it ("expects to ship between
323 million and 338 million tonnes of Pilbara iron ore": Pilbara iron ore shipments)."""

ACTION_NOMINALS: dict[str, str] = {
    "spent": "spending", "spend": "spending", "spends": "spending", "spending": "spending",
    "invested": "investment", "invest": "investment", "invests": "investment",
    "investing": "investment",
    "borrowed": "borrowing", "borrow": "borrowing", "borrows": "borrowing",
    "borrowing": "borrowing",
    "lent": "lending", "lend": "lending", "lends": "lending", "lending": "lending",
    "repurchased": "share repurchases", "repurchase": "share repurchases",
    "repurchases": "share repurchases", "repurchasing": "share repurchases",
    "bought back": "share buybacks", "buy back": "share buybacks", "buys back": "share buybacks",
    "buying back": "share buybacks",
    "donated": "donations", "donate": "donations", "pledged": "pledges", "pledge": "pledges",
    "saved": "savings", "save": "savings",
}  # fmt: skip
"""Verbs whose object is an amount of money, and the noun that names the amount ("Amazon expects
to spend roughly $75 billion": spending; "The company spent $2 billion on research": spending on
research)."""

ACTION_COMPLEMENTS: tuple[str, ...] = ("on", "in", "into", "for")
"""Prepositions after the amount that say what it went to ("spent $2 billion on research")."""

GROWTH_SUBJECTS: dict[str, str] = {
    "economy": "economic growth", "economies": "growth in {}", "gdp": "{} growth",
    "gross domestic product": "{} growth", "output": "{} growth",
    # the demand components of national accounts, projected the same way
    "consumption": "{} growth", "private consumption": "{} growth",
    "household consumption": "{} growth", "private spending": "{} growth",
    "investment": "{} growth", "business investment": "{} growth",
    "facility investment": "{} growth", "construction investment": "{} growth",
    "fixed investment": "{} growth", "exports": "{} growth", "imports": "{} growth",
}  # fmt: skip
"""Subjects whose projected growth is a rate of its own ("expects the economy to grow 1.5%, down
from 1.8%": economic growth), with how the metric names it ("{}" is the subject)."""

PROJECTION_VERBS: tuple[str, ...] = (
    "expect", "expects", "expected", "forecast", "forecasts", "project", "projects",
    "projected", "predict", "predicts", "predicted", "see", "sees", "seen", "anticipate",
    "anticipates", "anticipated", "estimate", "estimates", "estimated",
)  # fmt: skip
"""Verbs that put a change ahead ("sees the economy growing 1.1%", "is expected to expand")."""

GROWTH_VERBS: tuple[str, ...] = (
    "grow", "expand", "contract", "shrink", "growing", "expanding", "contracting", "shrinking",
)  # fmt: skip
"""Verbs of an economy's growth, in the forms a projection puts them."""

LEVY_NOUNS: tuple[str, ...] = (
    "tariffs", "tariff", "levies", "levy", "duties", "duty", "surcharges", "surcharge",
    "excise", "tax", "taxes", "toll", "tolls",
)  # fmt: skip
"""Taxes a percentage is the rate of ("a 25% tariff on imported cars"): the figure measures
them, not the subject that imposed them."""

HELD_STOCK_NOUNS: tuple[str, ...] = (
    "stocks", "stock", "inventories", "inventory", "stockpiles", "stockpile", "working gas",
    "gas in storage", "gas in underground storage", "Strategic Petroleum Reserve",
)  # fmt: skip
"""What a weekly report counts at the end of its week ("commercial crude stocks stood at 423.4
million barrels"): a stock is dated by the week's last day."""

STOCK_FLOW_NOUNS: tuple[str, ...] = (
    "build", "builds", "draw", "draws", "drawdown", "injection", "injections", "withdrawal",
    "withdrawals", "imports", "exports", "production", "output", "demand", "runs", "change",
    "supplied", "utilization", "utilisation",
)  # fmt: skip
"""What flows over a week, even when its metric names a stock ("the build in crude stocks")."""
