"""`statextract --version` and `statextract info`, through the installed entry point."""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

import statextract


def _entry_point() -> str:
    beside = Path(sys.executable).with_name("statextract")
    found = str(beside) if beside.exists() else shutil.which("statextract")
    assert found, "the statextract console script is not installed"
    return found


def test_version_prints_the_package_version() -> None:
    done = subprocess.run([_entry_point(), "--version"], capture_output=True, text=True)
    assert done.returncode == 0
    assert done.stdout.strip() == f"statextract {statextract.__version__}"


def test_info_names_version_python_and_extras() -> None:
    done = subprocess.run([_entry_point(), "info"], capture_output=True, text=True)
    assert done.returncode == 0
    lines = done.stdout.splitlines()
    assert lines[0] == f"statextract {statextract.__version__}"
    assert lines[1].startswith("Python ")
    assert any(line.startswith("spacy: ") for line in lines)


def test_no_arguments_still_shows_the_commands() -> None:
    done = subprocess.run([_entry_point()], capture_output=True, text=True)
    assert "extract" in done.stdout + done.stderr
    assert "batch" in done.stdout + done.stderr
