"""Every shell example of the README runs twice in a row: a second run of a command that writes
an output finds it there (``--overwrite`` or ``--resume`` in the example), as a reader who runs
the examples again would."""

from __future__ import annotations

from pathlib import Path

import pytest
from docs_blocks import ROOT, runnable_blocks
from test_docs_examples import run_bash, workspace

BLOCKS = [
    block
    for block in runnable_blocks(ROOT / "README.md")
    if block.language == "bash" and block.skip is None
]


def test_the_readme_has_batch_examples() -> None:
    assert any("statextract batch" in block.code for block in BLOCKS)


@pytest.mark.parametrize("block", BLOCKS, ids=[block.where for block in BLOCKS])
def test_each_shell_example_runs_twice(block: object, tmp_path: Path) -> None:
    folder = workspace(tmp_path)
    for _ in range(2):
        run_bash(block, folder)  # type: ignore[arg-type]
