"""The fenced code blocks of the README and of docs/*.md, for the documentation tests.

A block is skipped when the line before its fence (blank lines aside) is the marker
``<!-- docs-test: skip (reason) -->``; the reason is required.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
RUN_LANGUAGES = ("python", "bash")
FENCE = re.compile(r"^(?P<indent>[ \t]*)(?P<fence>`{3,}|~{3,})(?P<lang>[\w+-]*)[^\n]*$")
SKIP = re.compile(r"^\s*<!--\s*docs-test:\s*skip\s*\((?P<reason>[^)]+)\)\s*-->\s*$")
SKIP_WITHOUT_REASON = re.compile(r"<!--\s*docs-test:\s*skip(?!\s*\([^)]+\))")


@dataclass(frozen=True)
class Block:
    """One fenced code block: where it is, its language, its code and why it is skipped."""

    path: Path
    line: int
    language: str
    code: str
    skip: str | None

    @property
    def where(self) -> str:
        """``README.md:12``."""
        path = self.path.relative_to(ROOT) if self.path.is_relative_to(ROOT) else self.path
        return f"{path.as_posix()}:{self.line}"


def documents() -> list[Path]:
    """The README and every page of the documentation site."""
    return [ROOT / "README.md", *sorted((ROOT / "docs").glob("*.md"))]


def blocks_of(path: Path) -> list[Block]:
    """Every fenced block of ``path``, in order."""
    lines = path.read_text(encoding="utf-8").splitlines()
    blocks: list[Block] = []
    index = 0
    while index < len(lines):
        opening = FENCE.match(lines[index])
        if opening is None:
            index += 1
            continue
        indent, fence = opening["indent"], opening["fence"]
        body: list[str] = []
        end = index + 1
        while end < len(lines) and not lines[end].strip().startswith(fence):
            line = lines[end]
            body.append(line[len(indent) :] if line.startswith(indent) else line.lstrip())
            end += 1
        before = index - 1
        while before >= 0 and not lines[before].strip():
            before -= 1
        marker = SKIP.match(lines[before]) if before >= 0 else None
        blocks.append(
            Block(
                path=path,
                line=index + 1,
                language=opening["lang"].lower(),
                code="\n".join(body) + "\n",
                skip=marker["reason"].strip() if marker else None,
            )
        )
        index = end + 1
    return blocks


def runnable_blocks(path: Path) -> list[Block]:
    """The Python and shell blocks of ``path``."""
    return [block for block in blocks_of(path) if block.language in RUN_LANGUAGES]
