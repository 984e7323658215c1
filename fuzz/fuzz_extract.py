"""Fuzz ``statextract.extract`` for crashes, broken invariants and slow inputs.

    python fuzz/fuzz_extract.py --seconds 600            # hypothesis loop (default engine)
    python fuzz/fuzz_extract.py -atheris_runs=100000     # libFuzzer, when atheris is installed

Every input must extract without raising, give well-formed facts (see ``tests/adversarial.py``)
and finish within ``--slow`` seconds per kB. The first failure is printed with its input and the
run exits with status 1.
"""

from __future__ import annotations

import argparse
import importlib
import importlib.util
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "tests"))

from adversarial import check_extraction  # noqa: E402
from hypothesis import HealthCheck, given, settings  # noqa: E402
from hypothesis import strategies as st  # noqa: E402
from test_robustness_properties import news_like  # noqa: E402

SLOW_SECONDS_PER_KB = 0.5
"""About a hundred times the news corpus: slower than this is reported as a hang."""


class SlowInputError(AssertionError):
    """An input took far longer than its size warrants."""


def check(text: str, slow: float = SLOW_SECONDS_PER_KB) -> None:
    """Extract ``text`` and check its facts and its running time."""
    started = time.perf_counter()
    check_extraction(text)
    elapsed = time.perf_counter() - started
    allowed = max(1.0, slow * len(text) / 1000)
    if elapsed > allowed:
        raise SlowInputError(f"{elapsed:.2f}s for {len(text):,} characters: {text[:200]!r}")


def inputs() -> st.SearchStrategy[str]:
    """Arbitrary text, vocabulary jumbles, and both repeated into longer texts."""
    base = st.one_of(st.text(), news_like(), news_like())
    repeated = st.tuples(base, st.integers(2, 200)).map(lambda pair: pair[0] * pair[1])
    return st.one_of(base, base, repeated)


def run_hypothesis(seconds: float, slow: float, batch: int = 200) -> int:
    """Run batches of random inputs until ``seconds`` have passed; the exit status."""

    @settings(
        max_examples=batch, deadline=None, database=None, suppress_health_check=list(HealthCheck)
    )
    @given(inputs())
    def fuzz_batch(text: str) -> None:
        check(text, slow)

    deadline = time.monotonic() + seconds
    batches = 0
    while time.monotonic() < deadline:
        try:
            fuzz_batch()
        except Exception as error:
            print(f"FAILED in batch {batches + 1}: {type(error).__name__}: {error}")
            return 1
        batches += 1
    print(f"ok: {batches * batch:,} inputs in {batches} batches, no failure")
    return 0


def run_atheris(argv: list[str]) -> int:
    """Run under libFuzzer with atheris; the exit status."""
    atheris = importlib.import_module("atheris")

    def one_input(data: bytes) -> None:
        check(atheris.FuzzedDataProvider(data).ConsumeUnicodeNoSurrogates(len(data)))

    atheris.Setup(argv, one_input)
    atheris.Fuzz()
    return 0


def main(argv: list[str] | None = None) -> int:
    """Parse the arguments and fuzz."""
    args = sys.argv if argv is None else argv
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument("--seconds", type=float, default=60.0, help="time budget (hypothesis)")
    parser.add_argument("--slow", type=float, default=SLOW_SECONDS_PER_KB, help="s/kB limit")
    parser.add_argument("--engine", choices=("auto", "atheris", "hypothesis"), default="auto")
    known, rest = parser.parse_known_args(args[1:])
    engine = known.engine
    if engine == "auto":
        engine = "atheris" if importlib.util.find_spec("atheris") else "hypothesis"
    if engine == "atheris":
        return run_atheris([args[0], *rest])
    return run_hypothesis(known.seconds, known.slow)


if __name__ == "__main__":
    raise SystemExit(main())
