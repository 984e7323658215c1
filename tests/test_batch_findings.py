"""`statextract batch --findings`: the same metric and date stated differently across articles."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from statextract.cli import app

ARTICLES = {
    "agree-1": "In 2023, the number of netizens reached 1.09 billion.",
    "agree-2": "In 2023, the number of netizens was 1.092 billion, the report said.",
    "other": "In 2023, the number of netizens reached 1.20 billion.",
    "unrelated": "In 2023, exports reached $3.38 trillion.",
}


def _run(tmp_path: Path, ids: list[str], *extra: str) -> tuple[int, list[dict[str, object]]]:
    source = tmp_path / "in.jsonl"
    source.write_text(
        "".join(json.dumps({"id": i, "text": ARTICLES[i]}) + "\n" for i in ids), encoding="utf-8"
    )
    findings = tmp_path / "findings.jsonl"
    args = ["batch", str(source), "-o", str(tmp_path / "out.jsonl"), "--workers", "1"]
    result = CliRunner().invoke(app, [*args, "--no-progress", "--findings", str(findings), *extra])
    lines = findings.read_text(encoding="utf-8").splitlines() if findings.exists() else []
    return result.exit_code, [json.loads(line) for line in lines]


@pytest.mark.parametrize(
    ("ids", "consistent"),
    [
        (["agree-1", "agree-2"], True),
        (["agree-1", "other"], False),
        (["agree-1", "unrelated"], None),
    ],
    ids=["rounding-agrees", "contradiction", "nothing-shared"],
)
def test_cross_article_findings(tmp_path: Path, ids: list[str], consistent: bool | None) -> None:
    code, findings = _run(tmp_path, ids)
    assert code == 0
    if consistent is None:
        assert findings == []
        return
    [finding] = findings
    assert finding["kind"] == "cross_document"
    assert finding["consistent"] is consistent
    assert sorted(finding["documents"]) == sorted(ids)  # type: ignore[arg-type]


def test_findings_need_jsonl_output(tmp_path: Path) -> None:
    source = tmp_path / "in.jsonl"
    source.write_text(json.dumps({"id": "a", "text": ARTICLES["agree-1"]}) + "\n", encoding="utf-8")
    result = CliRunner().invoke(
        app,
        ["batch", str(source), "-o", str(tmp_path / "out.csv"), "--findings", str(tmp_path / "f")],
    )
    assert result.exit_code == 2
