#!/usr/bin/env python3
"""Set up and run the project with one command (standard library only, Python 3.10+).

    python3 dev.py run     # evaluate on the bundled corpus and extract its facts to out/
    python3 dev.py test    # run the test suite (extra arguments go to pytest)
    python3 dev.py lint    # ruff check, ruff format --check, mypy

Each command first makes sure that ``.venv/`` exists and holds the project (``pip install -e
.[dev]``); the install is repeated only when ``pyproject.toml`` changes.
"""

from __future__ import annotations

import hashlib
import os
import shutil
import subprocess
import sys
import time
import venv
from collections.abc import Callable, Sequence
from pathlib import Path

ROOT = Path(__file__).resolve().parent
VENV = ROOT / ".venv"
PYPROJECT = ROOT / "pyproject.toml"
STAMP = VENV / ".statextract-install"
OUT = ROOT / "out"
MIN_PYTHON = (3, 10)
MIN_PIP = (21, 3)


def say(message: str) -> None:
    """Print a progress line of this script."""
    print(f"[dev] {message}", flush=True)


def fail(message: str, code: int = 1) -> None:
    """Print an error and exit."""
    print(f"[dev] error: {message}", file=sys.stderr, flush=True)
    raise SystemExit(code)


def venv_bin(name: str) -> Path:
    """The path of executable ``name`` inside the virtual environment."""
    folder = "Scripts" if os.name == "nt" else "bin"
    suffix = ".exe" if os.name == "nt" else ""
    return VENV / folder / f"{name}{suffix}"


def run(command: Sequence[str | Path], check: bool = True) -> int:
    """Run ``command`` from the repository root, echoing it; its exit code."""
    shown = " ".join(str(part) for part in command)
    say(f"$ {shown}")
    env = {**os.environ, "PIP_DISABLE_PIP_VERSION_CHECK": "1", "PYTHONUTF8": "1"}
    code = subprocess.call([str(part) for part in command], cwd=ROOT, env=env)
    if check and code != 0:
        fail(f"command failed with exit code {code}: {shown}", code)
    return code


def pyproject_hash() -> str:
    """The SHA-256 of ``pyproject.toml``."""
    return hashlib.sha256(PYPROJECT.read_bytes()).hexdigest()


def pip_version(python: Path) -> tuple[int, ...]:
    """The version of pip in the virtual environment, ``(0,)`` when unknown."""
    result = subprocess.run(
        [str(python), "-m", "pip", "--version"], capture_output=True, text=True, check=False
    )
    words = result.stdout.split()
    if result.returncode != 0 or len(words) < 2:
        return (0,)
    return tuple(int(part) for part in words[1].split(".") if part.isdigit())


def create_venv() -> None:
    """Create ``.venv/`` with pip."""
    say(f"creating the virtual environment in {VENV.relative_to(ROOT)}/")
    try:
        venv.EnvBuilder(with_pip=True, upgrade_deps=False).create(VENV)
    except (OSError, subprocess.CalledProcessError) as error:
        shutil.rmtree(VENV, ignore_errors=True)
        fail(
            f"could not create {VENV}: {error}\n"
            "  On Debian/Ubuntu, install the venv module first: apt-get install python3-venv"
        )


def ensure_environment() -> Path:
    """Create ``.venv/`` if needed and install the project when ``pyproject.toml`` changed."""
    if sys.version_info < MIN_PYTHON:
        minimum = ".".join(map(str, MIN_PYTHON))
        fail(f"Python {minimum}+ is needed, this is {sys.version.split()[0]}")
    python = venv_bin("python")
    if not python.exists():
        create_venv()
    wanted = pyproject_hash()
    if STAMP.exists() and STAMP.read_text(encoding="utf-8").strip() == wanted:
        return python
    say("installing the project and its development tools (pip install -e .[dev])")
    started = time.monotonic()
    if pip_version(python) < MIN_PIP:  # editable installs from pyproject.toml need pip 21.3+
        run([python, "-m", "pip", "install", "--quiet", "--upgrade", "pip"])
    run([python, "-m", "pip", "install", "--quiet", "-e", ".[dev]"])
    STAMP.write_text(wanted + "\n", encoding="utf-8")
    say(f"installed in {time.monotonic() - started:.0f} s")
    return python


def has_command(python: Path, name: str) -> bool:
    """Whether ``statextract NAME`` is a registered sub-command."""
    code = (
        "import sys; from statextract.cli import app; "
        "sys.exit(0 if any(c.name == sys.argv[1] for c in app.registered_commands) else 1)"
    )
    return subprocess.call([str(python), "-c", code, name], cwd=ROOT) == 0


def has_module(python: Path, name: str) -> bool:
    """Whether module ``name`` can be imported in the virtual environment."""
    code = "import importlib.util, sys; sys.exit(importlib.util.find_spec(sys.argv[1]) is None)"
    return subprocess.call([str(python), "-c", code, name], cwd=ROOT) == 0


def command_run(args: Sequence[str]) -> int:
    """Score the extractor on the bundled corpus and extract every article's facts."""
    python = ensure_environment()
    cli = venv_bin("statextract")
    say("accuracy on the bundled corpus (fixtures/ over corpora/)")
    eval_code = run([cli, "eval", "fixtures", *args], check=False)
    OUT.mkdir(exist_ok=True)
    target = OUT / "facts.jsonl"
    if has_command(python, "batch"):
        batch = [cli, "batch", "corpora", "-o", target, "--no-progress", "--overwrite"]
        batch_code = run(batch, check=False)
    else:
        texts = sorted(str(path.relative_to(ROOT)) for path in (ROOT / "corpora").glob("*.txt"))
        say(f"$ {cli} extract corpora/*.txt --format jsonl > {target}")
        with target.open("w", encoding="utf-8") as stream:
            batch_code = subprocess.call(
                [str(cli), "extract", *texts, "--format", "jsonl"], cwd=ROOT, stdout=stream
            )
    with target.open(encoding="utf-8") as stream:
        facts = sum(1 for _ in stream)
    say(f"{facts} facts written to {target.relative_to(ROOT)}")
    if eval_code or batch_code:
        say(f"finished with failures (eval: exit {eval_code}, extraction: exit {batch_code})")
        return eval_code or batch_code
    return 0


def command_test(args: Sequence[str]) -> int:
    """Run the test suite (in parallel when pytest-xdist is installed)."""
    python = ensure_environment()
    parallel = ["-n", "auto"] if has_module(python, "xdist") else []
    return run([python, "-m", "pytest", "-q", *parallel, *args], check=False)


def command_lint(args: Sequence[str]) -> int:
    """ruff check, ruff format --check and mypy (all run; the first failure's code is returned)."""
    python = ensure_environment()
    codes = [
        run([python, "-m", "ruff", "check", ".", *args], check=False),
        run([python, "-m", "ruff", "format", "--check", "."], check=False),
        run([python, "-m", "mypy", "src"], check=False),
    ]
    failed = [code for code in codes if code]
    say("lint passed" if not failed else f"lint failed ({len(failed)} of {len(codes)} tools)")
    return failed[0] if failed else 0


COMMANDS: dict[str, Callable[[Sequence[str]], int]] = {
    "run": command_run,
    "test": command_test,
    "lint": command_lint,
}


def main(argv: Sequence[str]) -> int:
    """Dispatch ``dev.py COMMAND [ARGS...]``."""
    if not argv or argv[0] not in COMMANDS:
        names = ", ".join(COMMANDS)
        print(__doc__.strip() if __doc__ else "", file=sys.stderr)
        print(f"\nexpected one of: {names}", file=sys.stderr)
        return 2
    return COMMANDS[argv[0]](argv[1:])


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
