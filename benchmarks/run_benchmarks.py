"""Benchmarks of statextract: throughput, start-up time and peak memory of the batch command.

Usage: ``python benchmarks/run_benchmarks.py [--size-mb 50 | --quick]``. The corpus is built by
repeating the articles of ``corpora/*.txt`` up to the requested size. One run measures:

- extraction throughput (MB/s, articles/s) with one process and with all cores, next to bare
  spaCy tokenization (``spacy.blank("en")`` with ``nlp.pipe``) of the same text;
- start-up time: import and first ``extract`` in a fresh interpreter;
- peak memory (RSS) of ``statextract batch`` on N and 10N articles.

It prints the figures and writes them to ``docs/benchmarks.md``.
"""

from __future__ import annotations

import argparse
import contextlib
import datetime as dt
import importlib
import itertools
import json
import platform
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
TARGET_RATIO = 1.5
TARGET_SPEEDUP = 1.7
TARGET_MEMORY_GROWTH = 0.10
STARTUP_RUNS = 3
QUICK_MB = 5.0

STARTUP_CODE = """
import time
started = time.perf_counter()
import statextract
statextract.extract("Retail sales rose 5.2 percent year-on-year in October 2023.")
print(time.perf_counter() - started)
"""

MEMORY_CODE = """
import json, resource, sys
from statextract.cli import app
try:
    app(sys.argv[1:], standalone_mode=False)
except SystemExit:
    pass
print(json.dumps({"self_kb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss}))
"""


@dataclass(frozen=True)
class Throughput:
    """A timed pass over the corpus."""

    seconds: float
    megabytes: float
    articles: int
    facts: int | None = None

    @property
    def mb_per_s(self) -> float:
        """Megabytes of text per second."""
        return self.megabytes / self.seconds

    @property
    def articles_per_s(self) -> float:
        """Articles per second."""
        return self.articles / self.seconds


@dataclass(frozen=True)
class Memory:
    """Peak resident memory of one batch run."""

    articles: int
    main_mb: float
    tree_mb: float | None


def build_corpus(corpus_dir: Path, size_mb: float) -> list[str]:
    """Articles of ``corpus_dir`` repeated until they reach ``size_mb`` megabytes."""
    articles = [path.read_text(encoding="utf-8") for path in sorted(corpus_dir.glob("*.txt"))]
    if not articles:
        raise SystemExit(f"no .txt articles in {corpus_dir}")
    texts, total, limit = [], 0, int(size_mb * 1_000_000)
    for text in itertools.cycle(articles):
        if total >= limit:
            break
        texts.append(text)
        total += len(text.encode("utf-8"))
    return texts


def megabytes(texts: list[str]) -> float:
    """Size of ``texts`` in megabytes of UTF-8."""
    return sum(len(text.encode("utf-8")) for text in texts) / 1_000_000


def time_extraction(texts: list[str], n_process: int) -> Throughput:
    """Extract from every text with ``n_process`` processes."""
    from statextract.batch import iter_facts

    records = ({"id": str(index), "text": text} for index, text in enumerate(texts))
    started = time.perf_counter()
    facts = sum(len(result.facts) for result in iter_facts(records, n_process=n_process))
    return Throughput(time.perf_counter() - started, megabytes(texts), len(texts), facts)


def time_tokenization(texts: list[str]) -> Throughput:
    """Tokenize every text with a blank English spaCy pipeline."""
    import spacy

    nlp = spacy.blank("en")
    started = time.perf_counter()
    for _ in nlp.pipe(texts, batch_size=256):
        pass
    return Throughput(time.perf_counter() - started, megabytes(texts), len(texts))


def time_startup() -> float:
    """Median seconds to import statextract and extract once, in a fresh interpreter."""
    runs = []
    for _ in range(STARTUP_RUNS):
        out = subprocess.run(
            [sys.executable, "-c", STARTUP_CODE], capture_output=True, text=True, check=True
        )
        runs.append(float(out.stdout.strip().splitlines()[-1]))
    return statistics.median(runs)


def write_jsonl(path: Path, texts: Iterator[str]) -> None:
    """Write ``texts`` as ``{"id", "text"}`` records."""
    with path.open("w", encoding="utf-8") as stream:
        for index, text in enumerate(texts):
            stream.write(json.dumps({"id": f"art-{index:07d}", "text": text}) + "\n")


def tree_rss(pid: int) -> int:
    """Resident bytes of process ``pid`` and its descendants (0 when psutil is missing)."""
    try:
        psutil: Any = importlib.import_module("psutil")
    except ImportError:
        return 0
    try:
        process = psutil.Process(pid)
        members = [process, *process.children(recursive=True)]
    except psutil.Error:
        return 0
    total = 0
    for member in members:
        with contextlib.suppress(psutil.Error):
            total += member.memory_info().rss
    return total


def measure_memory(texts: list[str], count: int, workdir: Path) -> Memory:
    """Peak RSS of ``statextract batch`` over the first ``count`` articles."""
    source = workdir / f"memory-{count}.jsonl"
    write_jsonl(source, itertools.islice(itertools.cycle(texts), count))
    output = workdir / f"memory-{count}.out.jsonl"
    command = [sys.executable, "-c", MEMORY_CODE, "batch", str(source), "-o", str(output)]
    process = subprocess.Popen(command, stdout=subprocess.PIPE, text=True)
    peak = 0
    while process.poll() is None:
        peak = max(peak, tree_rss(process.pid))
        time.sleep(0.05)
    stdout = process.stdout.read() if process.stdout else ""
    result = json.loads(stdout.strip().splitlines()[-1])
    return Memory(count, result["self_kb"] / 1024, peak / 1_000_000 if peak else None)


def optional(measure: Callable[[], Throughput]) -> Throughput | None:
    """``measure()``, or ``None`` (with a note) when it cannot run here."""
    try:
        return measure()
    except Exception as error:  # a benchmark should report what it could measure
        print(f"  skipped: {type(error).__name__}: {error}", file=sys.stderr)
        return None


def verdict(ok: bool) -> str:
    """A pass/miss mark for the targets."""
    return "met" if ok else "missed"


def render(
    corpus_mb: float,
    articles: int,
    cores: int,
    single: Throughput,
    parallel: Throughput,
    tokens: Throughput | None,
    startup: float,
    memory: tuple[Memory, Memory],
) -> str:
    """The Markdown report."""
    ratio = single.seconds / tokens.seconds if tokens else None
    speedup = parallel.mb_per_s / single.mb_per_s
    small, large = memory
    growth = large.main_mb / small.main_mb - 1
    lines = [
        "# Benchmarks",
        "",
        "Written by `python benchmarks/run_benchmarks.py`"
        f" (corpus: {corpus_mb:.1f} MB, {articles:,} articles repeated from `corpora/*.txt`).",
        "",
        f"Machine: {cores} cores, Python {platform.python_version()} ({platform.system()}"
        f" {platform.machine()}), {dt.date.today().isoformat()}.",
        "",
        "| Measure | Figure | Target |",
        "|---|---|---|",
        f"| Extraction, 1 process | {single.mb_per_s:.2f} MB/s, "
        f"{single.articles_per_s:,.0f} articles/s ({single.facts:,} facts) | |",
        f"| Extraction, {cores} processes | {parallel.mb_per_s:.2f} MB/s, "
        f"{parallel.articles_per_s:,.0f} articles/s | |",
    ]
    if tokens and ratio is not None:
        lines += [
            f"| spaCy blank tokenization, 1 process | {tokens.mb_per_s:.2f} MB/s, "
            f"{tokens.articles_per_s:,.0f} articles/s | |",
            f"| Extraction time / tokenization time | {ratio:.2f}x | <= {TARGET_RATIO}x: "
            f"{verdict(ratio <= TARGET_RATIO)} |",
        ]
    else:
        lines.append("| spaCy blank tokenization | could not run | |")
    lines += [
        f"| All cores / 1 process throughput | {speedup:.2f}x | >= {TARGET_SPEEDUP}x on 2 cores: "
        f"{verdict(speedup >= TARGET_SPEEDUP)} |",
        f"| Start-up (import + first extract, fresh process) | {startup:.2f} s | |",
    ]
    for item in memory:
        tree = f", {item.tree_mb:.0f} MB with workers" if item.tree_mb else ""
        lines.append(
            f"| Peak RSS of `batch`, {item.articles:,} articles | {item.main_mb:.0f} MB main "
            f"process{tree} | |"
        )
    lines += [
        f"| Peak RSS growth at 10x articles (main process) | {growth:+.1%} | within "
        f"{TARGET_MEMORY_GROWTH:.0%}: {verdict(abs(growth) <= TARGET_MEMORY_GROWTH)} |",
        "",
    ]
    return "\n".join(lines)


def main() -> None:
    """Run every benchmark, print the table and write ``docs/benchmarks.md``."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--size-mb", type=float, default=50.0, help="corpus size (default 50)")
    parser.add_argument("--quick", action="store_true", help=f"a {QUICK_MB:g} MB corpus")
    parser.add_argument("--corpus", type=Path, default=ROOT / "corpora")
    parser.add_argument("--report", type=Path, default=ROOT / "docs" / "benchmarks.md")
    args = parser.parse_args()

    from statextract.batch.runner import cpu_count

    cores = cpu_count()
    texts = build_corpus(args.corpus, QUICK_MB if args.quick else args.size_mb)
    corpus_mb = megabytes(texts)
    print(f"corpus: {corpus_mb:.1f} MB, {len(texts):,} articles; {cores} cores")
    print("start-up ...")
    startup = time_startup()
    print("tokenization ...")
    tokens = optional(lambda: time_tokenization(texts))
    print("extraction, 1 process ...")
    single = time_extraction(texts, 1)
    print(f"extraction, {cores} processes ...")
    parallel = time_extraction(texts, cores)
    with tempfile.TemporaryDirectory() as workdir:
        small_count = max(len(texts) // 10, 1)
        print(f"peak memory, {small_count:,} and {small_count * 10:,} articles ...")
        memory = (
            measure_memory(texts, small_count, Path(workdir)),
            measure_memory(texts, small_count * 10, Path(workdir)),
        )
    report = render(corpus_mb, len(texts), cores, single, parallel, tokens, startup, memory)
    print(report)
    args.report.parent.mkdir(parents=True, exist_ok=True)
    args.report.write_text(report, encoding="utf-8")
    print(f"written to {args.report}", file=sys.stderr)


if __name__ == "__main__":
    main()
