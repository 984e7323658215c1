"""Change words (direction), comparison cues (since when) and restatement cues."""

from __future__ import annotations

from statextract.lexicon._periods import SAME_WORDS

INCREASE_VERBS: tuple[str, ...] = (
    "rose", "rise", "rises", "rising", "risen", "increased", "increase", "increases",
    "increasing", "grew", "grow", "grows", "growing", "grown", "gained", "gain", "gains",
    "gaining", "climbed", "climb", "climbs", "climbing", "jumped", "jump", "jumps", "jumping",
    "surged", "surge", "surges", "surging", "soared", "soar", "soars", "soaring", "advanced",
    "advance", "advances", "advancing", "added", "add", "adds", "adding", "expanded",
    "expand", "expands", "expanding", "edged up", "edges up", "edging up", "ticked up",
    "ticks up", "inched up", "picked up", "went up", "go up", "goes up", "was up", "were up",
    "is up", "are up", "up", "higher", "accelerated", "rebounded", "rebound", "rallied",
    "dearer", "more expensive", "costlier",
    "spiked", "increasing by", "boosted", "improved", "widened", "doubled", "tripled",
    "accelerated", "accelerates", "quickened", "quickens", "picks up", "widens", "widening",
    "revised up", "revised upward", "revised upwards", "pick up", "picking up", "edge up",
    "tick up", "ticking up", "inch up", "inches up", "inching up", "creep up", "crept up",
    "creeping up", "creeps up", "move up", "moved up", "moving up", "moves up",
)  # fmt: skip

DECREASE_VERBS: tuple[str, ...] = (
    "fell", "fall", "falls", "falling", "fallen", "declined", "decline", "declines",
    "declining", "dropped", "drop", "drops", "dropping", "decreased", "decrease", "decreases",
    "decreasing", "shrank", "shrink", "shrinks", "shrinking", "shrunk", "slipped", "slip",
    "slips", "slipping", "slid", "slide", "slides", "sliding", "lost", "lose", "loses",
    "losing", "plunged", "plunge", "plunges", "plunging", "tumbled", "tumble", "tumbles",
    "sank", "sink", "sinks", "slumped", "slump", "slumps", "contracted", "contract",
    "contracts", "eased", "ease", "eases", "easing", "edged down", "edges down", "edging down",
    "ticked down", "ticks down", "inched down", "went down", "was down", "were down",
    "edge down", "tick down", "ticking down", "inch down", "inching down", "creep down",
    "crept down", "move down", "moved down", "moving down",
    "is down", "are down", "down", "lower", "dipped", "dip", "dips", "retreated", "narrowed",
    "cheaper", "less expensive",
    "cut", "shed", "sheds", "shedding", "reduced", "slowed", "moderated", "plummeted",
    "halved", "weakened", "retreat", "slows", "slowing", "slow", "narrows", "narrowing",
    "cools", "cooled", "cooling", "decelerated", "decelerates",
    "revised down", "revised downward", "revised downwards", "dipping", "slumping", "tumbling",
    "sinking", "retreating",
)  # fmt: skip

TRANSITIVE_INCREASE_VERBS: tuple[str, ...] = (
    "raised", "raises", "raise", "raising", "lifted", "lifts", "lift", "lifting", "boosted",
    "boosts", "boost", "increased", "increases", "expanded", "expands", "revised up",
    "revises up", "upgraded", "upgrades", "hiked", "hikes", "boosting", "increasing",
    "expanding", "upgrading", "hiking", "nudged up", "nudges up", "edged up", "bumped up",
    "ratcheted up", "pushed up", "widened", "widens", "widening", "doubled", "doubles",
    "tripled", "triples",
)  # fmt: skip
"""Verbs whose object is what changes ("raised its forecast by 0.3 points")."""

TRANSITIVE_DECREASE_VERBS: tuple[str, ...] = (
    "lowered", "lowers", "lower", "lowering", "cut", "cuts", "cutting", "trimmed", "trims",
    "trim", "slashed", "slashes", "slash", "reduced", "reduces", "reduce", "revised down",
    "revises down", "downgraded", "downgrades", "reducing", "trimming", "slashing",
    "downgrading", "nudged down", "nudges down", "edged down", "pared", "pares", "shaved",
    "shaves", "pared back", "scaled back", "marked down", "narrowed", "narrows", "narrowing",
    "halved", "halves", "halving",
)  # fmt: skip

EVALUATIVE_VERBS: tuple[str, ...] = (
    "improved", "improves", "improve", "improving", "worsened", "worsens", "worsen", "worsening",
    "deteriorated", "deteriorates", "deteriorate", "deteriorating",
)  # fmt: skip
"""Verbs that judge a move rather than name its way: "the cost-to-income ratio improved to 37.7%
from 40.3%" fell. With an earlier value, the values say which way it went."""

UNCHANGED_WORDS: tuple[str, ...] = (
    "unchanged", "flat", "steady", "stable", "held steady",
    "was unchanged", "remained unchanged", "remained steady", "held at", "remained at",
    "stayed at", "steady at", "unchanged at",
)  # fmt: skip

STALL_VERBS: tuple[str, ...] = (
    "stalled", "stalls", "stagnated", "stagnates", "flatlined", "ground to a halt",
    "came to a standstill", "held steady", "was flat", "were flat", "was unchanged",
    "were unchanged",
)  # fmt: skip
"""Verbs of a level that did not move ("the euro area economy ground to a halt in the final
three months of 2024"): a report's lead stating its period without a figure."""

UNCHANGED_VERBS: tuple[str, ...] = (
    "held", "holds", "hold", "holding", "stayed", "stays", "stay", "staying", "remained",
    "remains", "remain", "remaining", "maintained", "maintains", "maintain", "held steady",
    "remained steady", "stayed steady", "was steady", "were steady", "held stable",
    "remained stable", "was stable", "were stable", "was unchanged", "were unchanged",
    "remained unchanged", "stayed unchanged", "was flat", "were flat", "remained flat",
    "stayed flat", "steady", "unchanged", "stable", "flat",
)  # fmt: skip
"""Verbs that hold a level where it was: "held at 6.0%", "is expected to remain at 4.35%"."""

INCREASE_NOUNS: tuple[str, ...] = (
    "increase", "increases", "rise", "rises", "growth", "gain", "gains", "jump", "jumps",
    "surge", "climb", "advance", "uptick", "expansion", "boost", "hike", "rebound",
    "year-on-year increase", "year-on-year growth", "year-on-year rise", "addition",
    "upgrade", "upgrades", "upward revision", "upward revisions", "build", "builds",
    "build-up", "buildup", "stockbuild", "injection", "injections",
)  # fmt: skip
"""Nouns of a rise ("an increase of 57.03 million")."""

REVISION_NOUNS: tuple[str, ...] = ("upgrade", "upgrades", "downgrade", "downgrades")
"""Change nouns only for measures ("a downgrade of 0.1 percentage point", "an upgrade of 782,000
tonnes"), not for counts ("upgrades of 452 websites")."""

DECREASE_NOUNS: tuple[str, ...] = (
    "decrease", "decreases", "decline", "declines", "drop", "drops", "fall", "falls",
    "reduction", "contraction", "dip", "slump", "slide", "cut", "cuts",
    "year-on-year decrease", "year-on-year decline", "year-on-year drop",
    "downgrade", "downgrades", "downward revision", "downward revisions", "draw", "draws",
    "drawdown", "draw-down", "stockdraw", "withdrawal", "withdrawals",
)  # fmt: skip

YEAR_ON_YEAR: tuple[str, ...] = (
    "year-on-year", "year on year", "year-over-year", "year over year", "y-o-y", "yoy",
    "year-to-year",
    "y/y", "year/year", "on-year", "on year", "from a year earlier", "from a year ago",
    "from a year before",
    "over one year",
    "than a year earlier", "than a year ago", "than a year before",
    "compared with a year earlier", "compared with a year ago", "compared to a year earlier",
    "compared to a year ago", "on a year earlier", "on a year ago", "over a year earlier",
    "from the same period last year", "from the same period a year earlier",
    "from the same period of last year", "from the same period of the previous year",
    "compared with the same period last year", "compared with the same period of last year",
    "compared to the same period last year", "compared with the same period a year earlier",
    "compared with the same period of the previous year",
    "over the same period last year", "over the same period of last year",
    "over the same period of the previous year", "than the same period last year",
    "from the same month last year", "from the same month a year earlier",
    "compared with the same month last year", "from the same quarter last year",
    "from the same quarter a year earlier", "compared with the same quarter last year",
    "over the previous year", "from the previous year", "compared with the previous year",
    "on the previous year", "over the year", "on the year", "annually", "on an annual basis",
    "in the 12 months to", "over the 12 months to", "over the last 12 months",
    "over the past 12 months", "for the 12 months ending", "in the year to",
    "over the past year", "over the last year", "from last year", "than last year",
    "compared with last year", "compared to last year", "on the same period last year",
    "on the same month last year", "on the same quarter last year", "yearly",
    "the same period last year", "the same month last year", "the same quarter last year",
    "the same period a year earlier", "the same period of last year",
    "the same period of the previous year", "the same month a year earlier",
    "the same quarter a year earlier", "a year earlier", "a year ago", "a year before",
    "the previous year", "the prior year", "the year before", "the year-earlier period",
    "the year-earlier quarter", "the year-ago period", "the year-ago quarter", "year-ago",
    "year-earlier", "the same time last year", "12 months earlier", "twelve months earlier",
    "12 months through", "12 months ending", "12 months ended", "12 months to", "year to",
    "annual gain", "annual increase", "annual rise", "annual growth", "annual decline",
    "annual fall", "annual drop", "annual decrease",
    "year through", "year ending", "year ended", "twelve months to", "twelve months through",
    "over the twelve months", "over the 12 months", "in the twelve months", "in the 12 months",
    "over the last twelve months", "over the past twelve months",
    "on the previous season", "on last season", "from the previous season", "from last season",
    "than last season", "than the previous season", "compared with last season",
    "compared with the previous season", "over the previous season",
)  # fmt: skip
_SAME_PERIOD_A_YEAR_EARLIER = tuple(
    f"the {same} {span} {back}"
    for same in SAME_WORDS
    if same != "same"  # written out above, with the words that lead to them
    for span in ("period", "month", "quarter", "week", "half")
    for back in (
        "last year",
        "a year earlier",
        "a year ago",
        "of last year",
        "of the previous year",
    )
)
"""Each way of naming the same period a year back ("the comparable week of last year", "the
corresponding quarter a year ago")."""
YEAR_ON_YEAR = YEAR_ON_YEAR + _SAME_PERIOD_A_YEAR_EARLIER

MONTH_ON_MONTH: tuple[str, ...] = (
    "month-on-month", "month on month", "month-over-month", "month over month", "m-o-m",
    "month-to-month", "month to month",
    "mom", "m/m", "month/month", "on-month", "from the previous month", "from a month earlier",
    "from a month ago",
    "than the previous month", "compared with the previous month", "on the previous month",
    "over the previous month", "on the month", "from the prior month", "on a monthly basis",
    "from last month", "than a month earlier", "compared with a month earlier",
    "a month earlier", "a month ago", "a month before", "the previous month", "the prior month",
    "the month before", "over the month", "in the month", "during the month",
    "over one month", "over a month",
)  # fmt: skip

WEEK_ON_WEEK: tuple[str, ...] = (
    "week-on-week", "week on week", "week-over-week", "week over week", "w/w", "week/week",
    "from the previous week", "from a week earlier", "from a week ago", "than the previous week",
    "compared with the previous week", "on the previous week", "over the previous week",
    "from the prior week", "than a week earlier", "compared with a week earlier",
    "a week earlier", "a week ago", "a week before", "the previous week", "the prior week",
    "the week before", "from last week", "than last week", "on the week", "over the week",
    "on-week",
)  # fmt: skip
"""Comparisons with the week before: a day moves back seven days, a span of days to the span
before it."""

QUARTER_ON_QUARTER: tuple[str, ...] = (
    "quarter-on-quarter", "quarter on quarter", "quarter-over-quarter", "quarter over quarter",
    "quarter-to-quarter", "quarter to quarter",
    "q-o-q", "qoq", "q/q", "quarter/quarter", "on-quarter", "from the previous quarter",
    "from a quarter earlier",
    "than the previous quarter", "compared with the previous quarter", "on the previous quarter",
    "over the previous quarter", "on the quarter", "from the prior quarter",
    "on a quarterly basis", "sequentially", "the previous quarter", "the prior quarter",
    "over the quarter", "during the quarter",
    "a quarter earlier", "the quarter before", "quarter-on-quarter basis",
    "the previous three months", "the prior three months", "the preceding three months",
    "the preceding quarter", "three months earlier", "the previous three-month period",
    "the prior three-month period", "the preceding three-month period",
)  # fmt: skip

COMPARISON_CUES: tuple[str, ...] = (
    "from", "since", "compared with", "compared to", "than", "over", "against", "versus",
    "vs", "vs.", "relative to", "than in", "as in", "as", "after", "following", "above",
    "compares with", "compares to", "compare with", "compare to",
    "below", "beat", "ahead of", "from the end of", "since the end of",
    "from end-", "compared with the end of", "than at the end of",
    "increase on", "rise on", "gain on", "growth on", "decline on", "fall on", "drop on",
    "decrease on", "up on", "down on", "higher on", "lower on", "matching the pace of",
    "matching", "matched", "the same as in", "unchanged from", "in line with",
)  # fmt: skip
"""Words before a period that make it a comparison period, not the figure's own date."""

RESTATEMENT_CUES: tuple[str, ...] = (", or", "or", "(", "i.e.")
"""A figure right after these, following a change amount, restates it ("rose 392,665, or 0.1%")."""

UP_FROM_CUES: tuple[str, ...] = (
    "up from", "down from", "compared with", "compared to", "versus", "vs", "vs.",
    "against", "from", "after", "following",
)  # fmt: skip
"""Cues of "X, up from Y": the earlier value Y follows; X gets a direction-only change."""

FREQUENCY_ADJECTIVES: dict[str, tuple[str, ...]] = {
    "years": ("annual", "yearly", "year-on-year", "year-over-year", "12-month", "twelve-month"),
    "quarters": ("quarterly", "quarter-on-quarter", "quarter-over-quarter", "sequential"),
    "months": ("monthly", "month-on-month", "month-over-month"),
    "weeks": ("weekly", "week-on-week", "week-over-week"),
}
"""Adjectives that name the step of a comparison ("the highest annual increases", "quarterly
growth"): a change so named compares with the same period one step back."""

FREQUENCY_CHANGE_NOUNS: tuple[str, ...] = (
    "increase", "rise", "gain", "growth", "decline", "fall", "drop", "decrease", "change",
    "contraction", "slump", "advance", "loss", "growth rate", "rate of growth",
    "rate of change", "rate of increase", "rate of decline", "variation", "movement",
)  # fmt: skip
"""Change nouns after a frequency adjective; plurals are matched too ("annual falls")."""

FREQUENCY_MODIFIER_STOPS: tuple[str, ...] = (
    "the", "a", "an", "of", "in", "on", "at", "and", "or", "to", "for", "by", "with", "from",
    "was", "were", "is", "are", "be", "been", "has", "have", "had", "will", "would", "could",
    "may", "might", "should", "can", "must", "did", "does", "report",
    "reports", "meeting", "meetings", "review", "survey", "budget", "results", "basis", "rate",
    "rates", "target", "forecast", "outlook", "data", "figures", "release",
)  # fmt: skip
"""Words that end the nouns between a frequency adjective and its change noun: "annual house
price increases" names an annual change, "the annual report showed an increase" does not."""

COMPARATIVES: tuple[str, ...] = (
    "higher", "lower", "dearer", "cheaper", "costlier", "more expensive", "less expensive",
    "up", "down", "more", "less",
)  # fmt: skip
"""Words after a change figure that say which way it went ("2.39% dearer", "3% lower")."""
