"""Packaging: licence and metadata, an sdist that holds what its tests need, a complete
``__all__``, no unused extras, and help that renders for every command."""

from __future__ import annotations

import importlib.util
import os
import re
import subprocess
import sys
import tarfile
import types
from pathlib import Path

import pytest

import statextract

tomllib = pytest.importorskip("tomllib")  # Python 3.11+

ROOT = Path(__file__).resolve().parent.parent
PYPROJECT = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))
PROJECT = PYPROJECT["project"]
COMMANDS = ["extract", "batch", "check", "eval", "info"]


def test_licence_and_metadata() -> None:
    assert "MIT License" in (ROOT / "LICENSE").read_text(encoding="utf-8")
    assert "statextract contributors" in (ROOT / "LICENSE").read_text(encoding="utf-8")
    assert PROJECT["license"] == "MIT"
    assert PROJECT["license-files"] == ["LICENSE"]
    assert PROJECT["authors"] and PROJECT["keywords"] and PROJECT["classifiers"]
    assert not [c for c in PROJECT["classifiers"] if c.startswith("License ::")]  # SPDX only
    assert {"Homepage", "Repository", "Issues", "Changelog"} <= set(PROJECT["urls"])
    assert (ROOT / "CHANGELOG.md").read_text(encoding="utf-8").startswith("# Changelog")


def test_every_public_name_is_in_all() -> None:
    public = {
        name
        for name, value in vars(statextract).items()
        if not name.startswith("_")
        and not isinstance(value, types.ModuleType)
        and name != "annotations"  # from __future__
    }
    assert public | {"__version__"} == set(statextract.__all__)
    for name in ("iter_facts", "check", "evaluate", "Finding"):
        assert name in statextract.__all__


def test_each_extra_is_imported_by_the_package() -> None:
    sources = "\n".join(path.read_text(encoding="utf-8") for path in (ROOT / "src").rglob("*.py"))
    assert "units" not in PROJECT["optional-dependencies"]
    for extra, requirements in PROJECT["optional-dependencies"].items():
        if extra == "dev":
            continue
        modules = [re.split(r"[\[<>=~! ]", requirement)[0] for requirement in requirements]
        imported = [m for m in modules if re.search(rf"^\s*(import|from) {m}\b", sources, re.M)]
        hinted = f"statextract[{extra}]" in sources  # an install hint where it is needed
        assert imported or hinted, f"extra {extra!r} is not used by the package"


def test_typer_and_click_are_pinned() -> None:
    pins = {req.split(">")[0].split("<")[0]: req for req in PROJECT["dependencies"]}
    assert "<" in pins["typer"] and ">=" in pins["typer"]
    assert "<" in pins["click"] and ">=" in pins["click"]


@pytest.mark.parametrize("command", [None, *COMMANDS])
def test_help_renders_through_the_entry_point(command: str | None) -> None:
    args = [] if command is None else [command]
    result = subprocess.run(
        [sys.executable, "-c", "from statextract.cli import main; main()", *args, "--help"],
        capture_output=True,
        text=True,
        env={**os.environ, "COLUMNS": "100", "TERM": "dumb"},
        check=False,
        timeout=120,
    )
    assert result.returncode == 0, result.stderr
    assert "Usage" in result.stdout and "Traceback" not in result.stdout + result.stderr
    if command in ("extract", "batch", "check"):
        assert "--max-chars" in result.stdout


@pytest.mark.skipif(
    importlib.util.find_spec("build") is None, reason="needs the 'build' package (dev extra)"
)
def test_the_sdist_holds_the_tests_and_what_they_read(tmp_path: Path) -> None:
    result = subprocess.run(
        [sys.executable, "-m", "build", "--sdist", "--no-isolation", "-o", str(tmp_path)],
        cwd=ROOT,
        capture_output=True,
        text=True,
        check=False,
        timeout=300,
    )
    if result.returncode != 0 and "setuptools" in result.stdout + result.stderr:
        pytest.skip("setuptools>=77 is not installed for a build without isolation")
    assert result.returncode == 0, result.stdout + result.stderr
    [sdist] = tmp_path.glob("*.tar.gz")
    with tarfile.open(sdist) as archive:
        names = {name.split("/", 1)[1] for name in archive.getnames() if "/" in name}
        info = archive.extractfile(next(n for n in archive.getnames() if n.endswith("/PKG-INFO")))
        assert info is not None
        assert "License-Expression: MIT" in info.read().decode("utf-8")
    wanted = {"LICENSE", "CHANGELOG.md", "README.md", "dev.py", "pyproject.toml"}
    for folder in ("tests", "corpora", "fixtures", "docs", "benchmarks", "scripts", "fuzz"):
        wanted |= {
            path.relative_to(ROOT).as_posix()
            for path in (ROOT / folder).rglob("*")
            if path.is_file()
            and "__pycache__" not in path.parts
            and ".hypothesis" not in path.parts
        }
    assert not wanted - names
