#!/usr/bin/env python3
"""The quantity layer next to quantulum3 on the project's corpus: agreement, counts, speed.

    .venv/bin/python benchmarks/quantities_vs_quantulum3.py [--repeat 3]

quantulum3 is installed into the running environment with pip when it is missing. Both
extractors read every ``corpora/*.txt`` file in the same run; a quantity of each pairs with the
other's when their spans overlap. The report goes to ``docs/quantities-benchmark.md`` and is
printed.
"""

from __future__ import annotations

import argparse
import importlib
import subprocess
import sys
import time
import warnings
from collections import Counter
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import statextract
from statextract import Quantity

ROOT = Path(__file__).resolve().parent.parent
CORPUS = ROOT / "corpora"
REPORT = ROOT / "docs" / "quantities-benchmark.md"
NON_STATISTICS = ("year", "date", "fiscal_year", "time", "ordinal", "code", "footnote")
QUANTULUM_NAMES = {
    "dimensionless": "count",
    "percentage": "percent",
    "per cent": "percent",
    "percentage point": "percentage_point",
    "basis point": "basis_point",
    "point": "point",
    "times": "times",
}
"""quantulum3 unit names -> this project's canonical units, where the two spell them apart."""


@dataclass(frozen=True)
class Found:
    """One quantity of either extractor, reduced to what both report."""

    start: int
    end: int
    value: float | None
    unit: str | None
    role: str | None = None
    low: float | None = None
    high: float | None = None


def ensure_quantulum() -> Any:
    """The quantulum3 parser module, installed with pip into this environment if missing."""
    try:
        return importlib.import_module("quantulum3.parser")
    except ImportError:
        subprocess.run([sys.executable, "-m", "pip", "install", "-q", "quantulum3"], check=True)
        return importlib.import_module("quantulum3.parser")


def ours(text: str) -> list[Found]:
    """statextract's quantities of ``text``."""
    return [_reduce(quantity) for quantity in statextract.quantities(text)]


def _reduce(quantity: Quantity) -> Found:
    def number(value: object) -> float | None:
        return float(str(value)) if value is not None else None

    return Found(
        quantity.start,
        quantity.end,
        number(quantity.value),
        quantity.unit,
        quantity.role,
        number(quantity.low),
        number(quantity.high),
    )


def theirs(parser: Any, text: str) -> list[Found]:
    """quantulum3's quantities of ``text``, with units mapped to canonical names."""
    found = []
    for quantity in parser.parse(text):
        unit = quantity.unit
        code = getattr(unit, "currency_code", None)
        name = str(unit.name).lower()
        canonical = code or QUANTULUM_NAMES.get(name) or name.replace(" ", "_")
        found.append(Found(quantity.span[0], quantity.span[1], float(quantity.value), canonical))
    return found


def timed(run: Callable[[str], list[Found]], texts: Sequence[str], repeat: int) -> float:
    """The best time over ``repeat`` runs of ``run`` on every text, in seconds."""
    best = float("inf")
    for _ in range(repeat):
        began = time.perf_counter()
        for text in texts:
            run(text)
        best = min(best, time.perf_counter() - began)
    return best


def _same_value(left: float | None, right: float | None) -> bool:
    if left is None or right is None:
        return False
    return abs(left - right) <= 1e-6 * max(1.0, abs(left), abs(right))


def compare(mine: list[Found], other: list[Found], units: Counter[str]) -> dict[str, int]:
    """Pairs by overlapping span, and how many agree on value (a range's either end) and unit.

    Unit disagreements are tallied in ``units`` as "ours / theirs".
    """
    counts = {"pairs": 0, "value": 0, "unit": 0, "both": 0, "nonstat_pairs": 0}
    for quantity in mine:
        match = next((q for q in other if q.start < quantity.end and quantity.start < q.end), None)
        if match is None:
            continue
        if quantity.role in NON_STATISTICS:
            counts["nonstat_pairs"] += 1
            continue
        counts["pairs"] += 1
        value = any(
            _same_value(mine_value, match.value)
            for mine_value in (quantity.value, quantity.low, quantity.high)
        )
        unit = quantity.unit == match.unit
        if not unit:
            units[f"{quantity.unit} / {match.unit}"] += 1
        counts["value"] += value
        counts["unit"] += unit
        counts["both"] += value and unit
    return counts


def percent(part: int, whole: int) -> str:
    """``part`` of ``whole`` as a percentage with one decimal."""
    return f"{100 * part / whole:.1f}%" if whole else "n/a"


def report(texts: Sequence[str], repeat: int) -> str:
    """Run both extractors on ``texts`` and describe the comparison in Markdown."""
    parser = ensure_quantulum()
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        mine = [ours(text) for text in texts]
        other = [theirs(parser, text) for text in texts]
        our_time = timed(ours, texts, repeat)
        their_time = timed(lambda text: theirs(parser, text), texts, max(1, repeat // 3))
    size = sum(len(text.encode("utf-8")) for text in texts)
    totals = {"pairs": 0, "value": 0, "unit": 0, "both": 0, "nonstat_pairs": 0}
    units: Counter[str] = Counter()
    for left, right in zip(mine, other, strict=True):
        for key, count in compare(left, right, units).items():
            totals[key] += count
    our_count = sum(len(found) for found in mine)
    our_stats = sum(1 for found in mine for q in found if q.role not in NON_STATISTICS)
    their_count = sum(len(found) for found in other)
    pairs = totals["pairs"]
    quantulum_version = importlib.import_module("quantulum3").__version__
    return "\n".join(
        [
            "# Quantity layer vs quantulum3",
            "",
            f"Corpus: {len(texts)} files in `corpora/`, {size:,} bytes. quantulum3 "
            f"{quantulum_version}; `statextract.quantities` {statextract.__version__}. Both run "
            "in the same process; a pair is two quantities with overlapping spans.",
            "",
            "| | statextract | quantulum3 |",
            "|---|---:|---:|",
            f"| quantities found | {our_count} | {their_count} |",
            f"| of them statistics (not a year, date, time, ordinal or code) | {our_stats} | — |",
            f"| speed (best of runs) | {size / our_time / 1e6:.2f} MB/s "
            f"| {size / their_time / 1e6:.3f} MB/s |",
            f"| time for the corpus | {our_time * 1000:.0f} ms | {their_time * 1000:.0f} ms |",
            "",
            f"Pairs on statistical quantities: {pairs}. Same value: {totals['value']} "
            f"({percent(totals['value'], pairs)}); same unit: {totals['unit']} "
            f"({percent(totals['unit'], pairs)}); both: {totals['both']} "
            f"({percent(totals['both'], pairs)}).",
            f"quantulum3 quantities that statextract reads as a year, date, time, ordinal or code: "
            f"{totals['nonstat_pairs']}.",
            "",
            "quantulum3 runs without its optional classifier (scikit-learn), as it installs by "
            "default. Its unit names are mapped to canonical ones (currencies by ISO code, "
            '"dimensionless" to `count`, "percentage" to `percent`); a range of statextract '
            "agrees on value when either end does.",
            "",
            "Most frequent unit disagreements (statextract / quantulum3):",
            "",
            "| units | pairs |",
            "|---|---:|",
            *(f"| {pair} | {count} |" for pair, count in units.most_common(10)),
            "",
        ]
    )


def main(argv: Sequence[str] | None = None) -> int:
    """Write and print the benchmark report."""
    arguments = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    arguments.add_argument("--repeat", type=int, default=3, help="timed runs of statextract")
    options = arguments.parse_args(argv)
    texts = [path.read_text(encoding="utf-8") for path in sorted(CORPUS.glob("*.txt"))]
    markdown = report(texts, options.repeat)
    REPORT.write_text(markdown, encoding="utf-8")
    print(markdown)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
