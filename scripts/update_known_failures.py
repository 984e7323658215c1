"""Rerun every example row of ``tests/cases`` and rewrite ``known_failures.py`` with the failures.

Usage: ``python scripts/update_known_failures.py [--show N] [--topic NAME] [--dry-run]``

Prints, per topic, how many rows pass and fail; ``--show N`` also prints up to N failing rows per
topic (text, expected, got). ``--dry-run`` leaves ``known_failures.py`` as it is.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
TESTS = ROOT / "tests"
sys.path.insert(0, str(TESTS))

from cases import ALL_CASES  # noqa: E402
from cases.case import Case  # noqa: E402
from test_extract_cases import mismatches, observed  # noqa: E402

import statextract  # noqa: E402

KNOWN_FAILURES_FILE = TESTS / "cases" / "known_failures.py"
HEADER = '''"""Ids of rows failing now; rewritten by scripts/update_known_failures.py."""

from __future__ import annotations

'''


def render(failing: list[str]) -> str:
    """The ``known_failures.py`` module listing ``failing`` (sorted, one id per line)."""
    if not failing:
        return HEADER + "KNOWN_FAILURES: frozenset[str] = frozenset()\n"
    lines = "".join(f'        "{case_id}",\n' for case_id in sorted(failing))
    return HEADER + "KNOWN_FAILURES: frozenset[str] = frozenset(\n    {\n" + lines + "    }\n)\n"


def describe(case: Case, problems: list[str]) -> str:
    """A failing row as text, expected and got (for the extractor's owner)."""
    got = [observed(f) for f in statextract.extract(case.text, published=case.published)]
    published = f"  published: {case.published}\n" if case.published else ""
    return (
        f"- {case.id}\n  text: {case.text!r}\n{published}"
        f"  expected: {json.dumps(case.expected, ensure_ascii=False, default=str)}\n"
        f"  got: {json.dumps(got, ensure_ascii=False, default=str)}\n"
        + "".join(f"  ! {problem}\n" for problem in problems)
    )


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--show", type=int, default=0, help="failing rows to print per topic")
    parser.add_argument("--topic", action="append", help="print only these topics' failures")
    parser.add_argument("--dry-run", action="store_true", help="do not rewrite the file")
    args = parser.parse_args(argv)
    failing: list[str] = []
    totals = [0, 0]
    print(f"{'topic':<12} {'rows':>5} {'pass':>5} {'fail':>5}")
    details: list[str] = []
    for topic, cases in ALL_CASES.items():
        failed = [(case, problems) for case in cases if (problems := mismatches(case))]
        failing.extend(case.id for case, _ in failed)
        passed = len(cases) - len(failed)
        totals[0] += passed
        totals[1] += len(failed)
        print(f"{topic:<12} {len(cases):>5} {passed:>5} {len(failed):>5}")
        if args.show and (not args.topic or topic in args.topic):
            details.append(f"## {topic}\n")
            details.extend(describe(case, problems) for case, problems in failed[: args.show])
    print(f"{'total':<12} {sum(totals):>5} {totals[0]:>5} {totals[1]:>5}")
    if details:
        print("\n" + "\n".join(details))
    if not args.dry_run:
        KNOWN_FAILURES_FILE.write_text(render(failing), encoding="utf-8")
        print(f"wrote {len(failing)} ids to {KNOWN_FAILURES_FILE.relative_to(ROOT)}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
