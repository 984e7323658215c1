"""The code base stays lint-clean and type-clean (ruff, mypy --strict), checked in the suite."""

from __future__ import annotations

import ast
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


def _rebound_names(tree: ast.Module) -> list[tuple[str, int]]:
    """Module-level names bound twice where the second value does not build on the first."""
    seen: set[str] = set()
    rebound = []
    for node in tree.body:
        if isinstance(node, ast.Assign):
            targets = [target.id for target in node.targets if isinstance(target, ast.Name)]
        elif isinstance(node, ast.AnnAssign) and isinstance(node.target, ast.Name):
            targets = [node.target.id]
        else:
            continue
        value = node.value
        used = {n.id for n in ast.walk(value) if isinstance(n, ast.Name)} if value else set()
        for target in targets:
            if target in seen and target not in used and target != "__all__":
                rebound.append((target, node.lineno))
            seen.add(target)
    return rebound


@pytest.mark.parametrize(
    "path",
    sorted((ROOT / "src" / "statextract").rglob("*.py")),
    ids=lambda path: str(path.relative_to(ROOT / "src")),
)
def test_no_module_name_is_silently_rebound(path: Path) -> None:
    """A second ``_PATTERN = ...`` in a module replaces the first for every function that uses
    it: the two must have different names (``RULES = tuple(... RULES)`` builds on the first)."""
    assert _rebound_names(ast.parse(path.read_text(encoding="utf-8"))) == []
