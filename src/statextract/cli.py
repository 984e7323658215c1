"""The ``statextract`` command line: one entry point, one sub-command per job."""

from __future__ import annotations

import typer

app = typer.Typer(
    name="statextract",
    help="Turn news text into structured statistical facts.",
    no_args_is_help=True,
    add_completion=False,
)

# Sub-commands are registered below, each from the module that owns its job.


def main() -> None:
    """Console-script entry point."""
    app()
