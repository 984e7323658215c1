"""Every command-line example of the README runs as written from the repository root (here: a
temporary folder holding the same ``corpora/`` and ``fixtures/``), and twice in a row."""

from __future__ import annotations

import os
import re
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
README = (ROOT / "README.md").read_text(encoding="utf-8")
SECTION = README.split("## Command line", 1)[1].split("\n## ", 1)[0]
LINES = [
    line.strip()
    for block in re.findall(r"```bash\n(.*?)```", SECTION, re.DOTALL)
    for line in block.splitlines()
    if line.strip()
]


def test_the_section_has_examples() -> None:
    assert any(line.startswith("statextract batch") for line in LINES)


@pytest.mark.skipif(os.name != "posix", reason="runs the examples with bash")
def test_the_examples_run_twice(tmp_path: Path) -> None:
    for name in ("corpora", "fixtures"):
        (tmp_path / name).symlink_to(ROOT / name, target_is_directory=True)
    path = os.pathsep.join([str(Path(sys.executable).parent), os.environ.get("PATH", "")])
    for _ in range(2):
        for line in LINES:
            result = subprocess.run(
                ["bash", "-c", line],
                cwd=tmp_path,
                env={**os.environ, "PATH": path},
                capture_output=True,
                text=True,
                check=False,
                timeout=600,
            )
            assert result.returncode == 0, f"{line}\n{result.stderr}"
            assert "Traceback" not in result.stderr
