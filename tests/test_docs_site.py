"""The documentation site builds with ``mkdocs build --strict`` (Material, mkdocstrings).

The CLI reference page is generated from the typer app by ``scripts/mkdocs_hooks.py``.
"""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
BIN = Path(sys.executable).parent


def mkdocs() -> str:
    path = BIN / "mkdocs"
    found = str(path) if path.exists() else shutil.which("mkdocs")
    if found is None:
        if os.environ.get("CI"):
            pytest.fail("CI must build the documentation: mkdocs is not installed")
        pytest.skip("mkdocs is not installed (pip install -e .[dev])")
    return found


@pytest.fixture(scope="module")
def site(tmp_path_factory: pytest.TempPathFactory) -> Path:
    target = tmp_path_factory.mktemp("site")
    env = {**os.environ, "NO_MKDOCS_2_WARNING": "1", "NO_COLOR": "1"}
    result = subprocess.run(
        [mkdocs(), "build", "--strict", "--config-file", str(ROOT / "mkdocs.yml"), "-d", target],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        check=False,
        timeout=600,
    )
    assert result.returncode == 0, result.stdout + result.stderr
    return target


def page(site: Path, name: str) -> str:
    return (site / name / "index.html").read_text(encoding="utf-8")


def test_every_page_is_built(site: Path) -> None:
    assert (site / "index.html").exists()
    for name in ("getting-started", "cli", "api", "html-view", "batch", "checks", "evaluation"):
        assert (site / name / "index.html").exists(), name
    assert (site / "img" / "render-seed.png").exists()


def test_the_cli_reference_is_generated_from_the_app(site: Path) -> None:
    from typer.main import get_command

    from statextract.cli import app

    html = page(site, "cli")
    assert "cli-reference" not in html
    for name in get_command(app).commands:  # type: ignore[attr-defined]
        assert f"Usage: statextract {name} [OPTIONS]" in html, name
    assert "--published" in html and "--resume" in html


def test_the_api_reference_comes_from_the_docstrings(site: Path) -> None:
    html = page(site, "api")
    for name in (
        "statextract.extract",
        "statextract.to_dataframe",
        "statextract.render_html",
        "statextract.models.Fact",
        "statextract.checks.check",
    ):
        assert f'id="{name}"' in html, name
    assert "One self-contained HTML page showing" in html
    assert ":func:" not in html


def test_every_page_of_docs_is_in_the_navigation() -> None:
    config = (ROOT / "mkdocs.yml").read_text(encoding="utf-8")
    listed = set(re.findall(r"^\s*- (?:[^:#\n]+: )?([\w./-]+\.md)\s*$", config, re.MULTILINE))
    pages = {path.name for path in (ROOT / "docs").glob("*.md")}
    assert pages <= listed, sorted(pages - listed)
