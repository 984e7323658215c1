"""Every ```python and ```bash block of README.md and docs/*.md runs, so the docs cannot drift.

The blocks of one document run in order, in one temporary folder that holds the bundled corpus
and fixtures (linked), an ``article.txt`` and an ``archive.jsonl`` for the examples that name
them, and ``out/`` for what they write; Python blocks share one namespace, like a notebook. A
block that cannot run here (a cluster address, an install, the whole test suite) is preceded by
``<!-- docs-test: skip (reason) -->``.
"""

from __future__ import annotations

import contextlib
import io
import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
from docs_blocks import ROOT, SKIP_WITHOUT_REASON, Block, documents, runnable_blocks

SEED = ROOT / "corpora" / "jingwei-2021-02-03.txt"
LINKED = ("corpora", "fixtures")
TIMEOUT = 600
DOCUMENTS = [path for path in documents() if runnable_blocks(path)]


def workspace(folder: Path) -> Path:
    """A folder in which the examples find what they name."""
    for name in LINKED:
        (folder / name).symlink_to(ROOT / name, target_is_directory=True)
    (folder / "out").mkdir()
    (folder / "article.txt").write_text(SEED.read_text(encoding="utf-8"), encoding="utf-8")
    records = [
        {"id": "retail", "text": "Retail sales rose 5.2 percent year-on-year in October 2023."},
        {"id": "seed", "text": SEED.read_text(encoding="utf-8"), "published": "2021-02-03"},
    ]
    with (folder / "archive.jsonl").open("w", encoding="utf-8") as stream:
        for record in records:
            stream.write(json.dumps(record) + "\n")
    return folder


def run_bash(block: Block, folder: Path) -> None:
    bin_dir = str(Path(sys.executable).parent)
    env = {**os.environ, "PATH": bin_dir + os.pathsep + os.environ.get("PATH", "")}
    env.update(PYTHONUTF8="1", NO_COLOR="1", COLUMNS="120")
    result = subprocess.run(
        ["bash", "-euo", "pipefail", "-c", block.code],
        cwd=folder,
        env=env,
        capture_output=True,
        text=True,
        timeout=TIMEOUT,
        check=False,
    )
    assert result.returncode == 0, (
        f"{block.where}: exit {result.returncode}\n{block.code}\n"
        f"stdout:\n{result.stdout[-3000:]}\nstderr:\n{result.stderr[-3000:]}"
    )


def run_python(block: Block, namespace: dict[str, object]) -> None:
    output = io.StringIO()
    try:
        with contextlib.redirect_stdout(output):
            exec(compile(block.code, block.where, "exec"), namespace)
    except Exception as error:
        raise AssertionError(f"{block.where} failed: {error!r}\n{block.code}") from error


@pytest.mark.parametrize(
    "path", DOCUMENTS, ids=[path.relative_to(ROOT).as_posix() for path in DOCUMENTS]
)
def test_the_examples_of_a_document_run(
    path: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    folder = workspace(tmp_path)
    monkeypatch.chdir(folder)
    namespace: dict[str, object] = {"__name__": "__docs_example__"}
    ran = 0
    for block in runnable_blocks(path):
        if block.skip is not None:
            continue
        if block.language == "bash":
            run_bash(block, folder)
        else:
            run_python(block, namespace)
        ran += 1
    assert ran, f"{path.name}: every example is skipped"


def test_every_skip_marker_gives_a_reason() -> None:
    for path in documents():
        text = path.read_text(encoding="utf-8")
        assert not SKIP_WITHOUT_REASON.search(text), f"{path.name}: a skip marker without reason"


def test_the_examples_are_found() -> None:
    blocks = [block for path in documents() for block in runnable_blocks(path)]
    readme = [block for block in blocks if block.path.name == "README.md"]
    assert len([block for block in readme if block.language == "python"]) >= 5
    assert len([block for block in readme if block.language == "bash"]) >= 5
    skipped = [block for block in blocks if block.skip]
    assert all(len(block.skip or "") > 5 for block in skipped)
    assert len(skipped) < len(blocks) / 3, [block.where for block in skipped]


def test_blocks_are_read_with_their_indentation_and_skip_markers(tmp_path: Path) -> None:
    page = tmp_path / "page.md"
    page.write_text(
        "Text.\n\n- item\n\n  ```bash\n  echo one\n    echo two\n  ```\n\n"
        "<!-- docs-test: skip (a placeholder address) -->\n\n```python\nconnect('x')\n```\n"
        "```json\n{}\n```\n",
        encoding="utf-8",
    )
    first, second = runnable_blocks(page)
    assert (first.language, first.code, first.skip) == ("bash", "echo one\n  echo two\n", None)
    assert (second.line, second.skip) == (12, "a placeholder address")
