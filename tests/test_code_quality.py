"""The code base stays lint-clean and type-clean (ruff, mypy --strict), checked in the suite."""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
BIN = Path(sys.executable).parent


def _tool(name: str) -> str:
    path = BIN / name
    found = str(path) if path.exists() else shutil.which(name)
    if found is None:
        pytest.skip(f"{name} is not installed")
    return found


@pytest.mark.parametrize(
    ("tool", "arguments"),
    [
        ("ruff", ["check", "src", "tests", "benchmarks", "scripts", "dev.py"]),
        ("ruff", ["format", "--check", "src", "tests", "benchmarks", "scripts", "dev.py"]),
        ("mypy", ["src"]),
    ],
    ids=["ruff-check", "ruff-format", "mypy"],
)
def test_tool_is_clean(tool: str, arguments: list[str]) -> None:
    result = subprocess.run(
        [_tool(tool), *arguments], cwd=ROOT, capture_output=True, text=True, check=False
    )
    assert result.returncode == 0, result.stdout + result.stderr
