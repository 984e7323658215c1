"""The ``statextract`` command line: one entry point, one sub-command per job."""

from __future__ import annotations

import typer

from statextract.batch.cli import batch_command
from statextract.checks.cli import check_command
from statextract.evaluation.cli import eval_command
from statextract.extract_cli import extract_command

app = typer.Typer(
    name="statextract",
    help="Turn news text into structured statistical facts.",
    no_args_is_help=True,
    add_completion=False,
)

# Sub-commands are registered below, each from the module that owns its job.
app.command("extract")(extract_command)
app.command("batch")(batch_command)
app.command("eval")(eval_command)
app.command("check")(check_command)


def main() -> None:
    """Console-script entry point."""
    app()
