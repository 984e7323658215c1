"""The ``statextract`` command line: one entry point, one sub-command per job."""

from __future__ import annotations

import platform

import typer

from statextract.batch.cli import batch_command
from statextract.checks.cli import check_command
from statextract.evaluation.cli import eval_command
from statextract.extract_cli import extract_command
from statextract.render.cli import render_command

app = typer.Typer(
    name="statextract",
    help="Turn news text into structured statistical facts.",
    no_args_is_help=True,
    add_completion=False,
)


def _print_version(value: bool) -> None:
    if value:
        from statextract import __version__

        typer.echo(f"statextract {__version__}")
        raise typer.Exit()


@app.callback()
def _root(
    version: bool = typer.Option(
        False,
        "--version",
        help="Print the version and exit.",
        callback=_print_version,
        is_eager=True,
    ),
) -> None:
    """Turn news text into structured statistical facts."""


def info_command() -> None:
    """Print the version, Python, spaCy and the optional extras found."""
    from importlib.util import find_spec

    from statextract import __version__

    typer.echo(f"statextract {__version__}")
    typer.echo(f"Python {platform.python_version()} ({platform.system()} {platform.machine()})")
    for name in ("spacy", "pyarrow", "dask", "distributed", "duckdb", "pandas", "jinja2"):
        found = find_spec(name) is not None
        typer.echo(f"{name}: {_version_of(name) if found else 'not installed'}")


def _version_of(name: str) -> str:
    from importlib.metadata import PackageNotFoundError, version

    try:
        return version(name)
    except PackageNotFoundError:
        return "installed"


# Sub-commands are registered below, each from the module that owns its job.
app.command("extract")(extract_command)
app.command("batch")(batch_command)
app.command("eval")(eval_command)
app.command("check")(check_command)
app.command("render")(render_command)
app.command("info")(info_command)


def main() -> None:
    """Console-script entry point."""
    app()
