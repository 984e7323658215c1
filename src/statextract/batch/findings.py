"""Cross-document checks over a finished batch: the same metric and date stated differently.

The facts are read back from the batch's JSON Lines output (one record per fact, in input order,
so the facts of one article are consecutive) and handed to :func:`statextract.checks.check_across`
one article at a time. Only facts with a metric and a date are kept for the comparison.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path

from statextract.checks import check_across
from statextract.models import Fact

_FACT_FIELDS = frozenset(Fact.model_fields)


def iter_documents(output: Path) -> Iterator[tuple[str, list[Fact]]]:
    """``(article id, facts)`` pairs of a JSON Lines batch output, streamed."""
    current: str | None = None
    facts: list[Fact] = []
    with output.open(encoding="utf-8") as stream:
        for line in stream:
            if not line.strip():
                continue
            record = json.loads(line)
            doc_id = str(record.pop("id"))
            if doc_id != current:
                if current is not None and facts:
                    yield current, facts
                current, facts = doc_id, []
            if record.get("metric") is None or record.get("date") is None:
                continue
            fields = {key: value for key, value in record.items() if key in _FACT_FIELDS}
            facts.append(Fact.model_validate(fields))
    if current is not None and facts:
        yield current, facts


def write_cross_findings(output: Path, findings_path: Path) -> int:
    """Write the cross-document findings of a JSON Lines batch output; how many were written."""
    findings = check_across(iter_documents(output))
    findings_path.parent.mkdir(parents=True, exist_ok=True)
    temporary = findings_path.with_name(findings_path.name + ".tmp")
    with temporary.open("w", encoding="utf-8") as stream:
        for finding in findings:
            stream.write(json.dumps(finding.model_dump(mode="json"), ensure_ascii=False) + "\n")
    temporary.replace(findings_path)
    return len(findings)
