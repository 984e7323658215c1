"""MkDocs hook: the CLI reference page is generated from the typer app.

``docs/cli.md`` holds the marker ``<!-- cli-reference -->``; this hook replaces it with the
``--help`` of ``statextract`` and of every sub-command, in the order they are registered, so the
page always matches the code. Registered in ``mkdocs.yml`` under ``hooks:``.
"""

from __future__ import annotations

import re
from typing import Any

MARKER = "<!-- cli-reference -->"
PROGRAM = "statextract"
WIDTH = 100
PLAIN_ENV = {"COLUMNS": str(WIDTH), "NO_COLOR": "1", "TERM": "dumb"}


def command_help(arguments: list[str]) -> str:
    """The ``--help`` text of ``statextract ARGUMENTS``, without colour or trailing spaces."""
    from typer.testing import CliRunner

    from statextract.cli import app

    result = CliRunner().invoke(
        app, [*arguments, "--help"], prog_name=PROGRAM, terminal_width=WIDTH, env=PLAIN_ENV
    )
    if result.exit_code != 0:
        raise RuntimeError(f"{PROGRAM} {' '.join(arguments)} --help failed: {result.output}")
    lines = [line.rstrip() for line in result.output.splitlines()]
    return "\n".join(lines).strip("\n")


def command_names() -> list[str]:
    """The sub-commands of the app, in the order they are registered."""
    import typer

    from statextract.cli import app

    group = typer.main.get_command(app)
    return list(getattr(group, "commands", {}))


def cli_reference() -> str:
    """The Markdown of the reference: the root command, then a section per sub-command."""
    parts = [f"## `{PROGRAM}`", "", "```text", command_help([]), "```", ""]
    for name in command_names():
        parts += [f"## `{PROGRAM} {name}`", "", "```text", command_help([name]), "```", ""]
    return "\n".join(parts)


def on_page_markdown(markdown: str, **_: Any) -> str:
    """Replace the marker with the generated reference (other pages pass unchanged)."""
    if MARKER not in markdown:
        return markdown
    return markdown.replace(MARKER, cli_reference())


SPHINX_ROLE = re.compile(r":(?:func|class|meth|mod|data|attr|exc|obj):(<code>)~?")


def on_page_content(html: str, **_: Any) -> str:
    """Drop the Sphinx roles of docstrings (``:func:`x``` shows as ``x``)."""
    return SPHINX_ROLE.sub(r"\1", html)
