"""Time per MB of adversarial inputs, next to ordinary news text.

Usage: ``python benchmarks/adversarial.py [--size-mb 1.0] [--timeout 120]``. Each input family of
``tests/adversarial.py`` is built at the full size and at a quarter of it and extracted in a fresh
process (killed after ``--timeout`` seconds); the news baseline is ``corpora/*.txt`` concatenated
and repeated to the same size. The table (input, size, seconds, s/MB, ratio to news, growth from
a quarter of the size to the full size: about 4 when linear) is printed and written to
``docs/adversarial.md``.
"""

from __future__ import annotations

import argparse
import datetime as dt
import importlib
import json
import os
import platform
import subprocess
import sys
from dataclasses import dataclass
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
TESTS = ROOT / "tests"
OUTPUT = ROOT / "docs" / "adversarial.md"
NEWS = "news"

CHILD_CODE = """
import json, sys, time
sys.path.insert(0, sys.argv[1])
from adversarial import BY_NAME, news_sized
import statextract
statextract.extract("Sales rose 5% in 2023.")
name, size = sys.argv[2], int(sys.argv[3])
text = news_sized(size) if name == "news" else BY_NAME[name].build(size)
started = time.perf_counter()
facts = statextract.extract(text)
print(json.dumps({"seconds": time.perf_counter() - started, "facts": len(facts)}))
"""


@dataclass(frozen=True)
class Timing:
    """One extraction of one input at one size (``seconds`` is ``None`` on a timeout)."""

    name: str
    size: int
    seconds: float | None
    facts: int | None
    error: str = ""


def time_input(name: str, size: int, timeout: float) -> Timing:
    """Extract input ``name`` at ``size`` characters in a fresh process."""
    env = {**os.environ, "PYTHONPATH": os.pathsep.join([str(ROOT / "src"), *sys.path])}
    try:
        result = subprocess.run(
            [sys.executable, "-c", CHILD_CODE, str(TESTS), name, str(size)],
            capture_output=True,
            text=True,
            timeout=timeout,
            env=env,
            check=False,
        )
    except subprocess.TimeoutExpired:
        return Timing(name, size, None, None, f"timeout after {timeout:.0f}s")
    if result.returncode != 0:
        last = (result.stderr.strip().splitlines() or ["?"])[-1]
        return Timing(name, size, None, None, f"error: {last}")
    data = json.loads(result.stdout.strip().splitlines()[-1])
    return Timing(name, size, float(data["seconds"]), int(data["facts"]))


def per_mb(timing: Timing) -> float | None:
    """Seconds per million characters."""
    return None if timing.seconds is None else timing.seconds / (timing.size / 1_000_000)


def fmt(value: float | None, digits: int = 2) -> str:
    """A number for the table, or a dash."""
    return "-" if value is None else f"{value:,.{digits}f}"


def table(rows: list[tuple[Timing, Timing]], descriptions: dict[str, str]) -> list[str]:
    """The Markdown table of (quarter size, full size) timings."""
    news = next(full for _, full in rows if full.name == NEWS)
    news_rate = per_mb(news)
    lines = [
        "| Input | What | Size (chars) | Seconds | s/MB | x news | Growth x4 | Facts |",
        "|---|---|---:|---:|---:|---:|---:|---:|",
    ]
    for quarter, full in rows:
        rate = per_mb(full)
        ratio = rate / news_rate if rate is not None and news_rate else None
        growth = (
            full.seconds / max(quarter.seconds, 1e-3)
            if full.seconds is not None and quarter.seconds is not None
            else None
        )
        seconds = fmt(full.seconds, 3) if full.seconds is not None else full.error
        lines.append(
            f"| {full.name} | {descriptions.get(full.name, '')} | {full.size:,} | {seconds} | "
            f"{fmt(rate)} | {fmt(ratio, 1)} | {fmt(growth, 1)} | {fmt(full.facts, 0)} |"
        )
    return lines


def main() -> int:
    """Time every input, print the table and write ``docs/adversarial.md``."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument("--size-mb", type=float, default=1.0, help="full size, in MB of text")
    parser.add_argument("--timeout", type=float, default=120.0, help="seconds per extraction")
    parser.add_argument("--only", nargs="*", default=None, help="input names to run")
    parser.add_argument("--no-write", action="store_true", help="print only")
    args = parser.parse_args()
    sys.path.insert(0, str(TESTS))
    adversaries: tuple[Any, ...] = importlib.import_module("adversarial").ADVERSARIES
    descriptions = {NEWS: "corpora/*.txt concatenated, repeated"}
    descriptions.update({a.name: a.description for a in adversaries})
    names = [NEWS, *(a.name for a in adversaries if not args.only or a.name in args.only)]
    size = int(args.size_mb * 1_000_000)
    rows: list[tuple[Timing, Timing]] = []
    for name in names:
        quarter = time_input(name, size // 4, args.timeout)
        full = (
            time_input(name, size, args.timeout)
            if quarter.seconds is not None
            else Timing(name, size, None, None, f"skipped ({quarter.error} at {size // 4:,})")
        )
        rows.append((quarter, full))
        shown = f"{full.seconds:.3f}s" if full.seconds is not None else full.error
        print(
            f"{name:14s} {fmt(quarter.seconds, 3)}s @{size // 4:,}  {shown} @{size:,}", flush=True
        )
    lines = table(rows, descriptions)
    print("\n".join(lines))
    if not args.no_write:
        header = [
            "# Adversarial inputs: time per MB",
            "",
            f"Written by `python benchmarks/adversarial.py --size-mb {args.size_mb:g}` on "
            f"{dt.date.today().isoformat()}: {os.cpu_count()} cores, Python "
            f"{platform.python_version()} ({platform.system()} {platform.machine()}).",
            "",
            "Each input is extracted in a fresh process at the full size and at a quarter of it. "
            "*x news* compares its s/MB with ordinary news text; *Growth x4* is the time at the "
            "full size over the time at a quarter: about 4 for linear work, about 16 for "
            f"quadratic. Extractions are stopped after {args.timeout:.0f} s. See "
            "`docs/robustness.md` for the limits and what keeps the running time linear.",
            "",
        ]
        OUTPUT.write_text("\n".join([*header, *lines, ""]), encoding="utf-8")
        print(f"wrote {OUTPUT.relative_to(ROOT)}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
