"""Checkpoints: how far a batch run got, so that ``--resume`` can finish it exactly.

The checkpoint file (``OUTPUT.checkpoint``) is JSON Lines. Its first line holds the run's settings
(format, batch size); after each chunk is written and ``fsync``-ed, one line records the number of
input records done and the committed positions of the output and errors files, and is ``fsync``-ed
in turn. A run killed at any moment leaves at most one incomplete last line, which is ignored:
resuming truncates both files to the last recorded positions and skips that many input records,
so the finished output is byte for byte that of an uninterrupted run. A final ``done`` line marks
a finished output; the file is kept beside it, so that resuming a finished run has nothing to do.

An existing output is never replaced by accident: a new run refuses it unless asked to overwrite,
and a resumed run refuses a checkpoint written for another input or other options, naming each
setting that differs.
"""

from __future__ import annotations

import json
import os
from dataclasses import asdict, dataclass
from pathlib import Path
from typing import Any

CHECKPOINT_SUFFIX = ".checkpoint"
SETTINGS_KEY = "settings"


SETTING_NAMES = {
    "input": "input path",
    "input_size": "input size",
    "input_hash": "hash of the first records",
    "batch_size": "--batch-size",
    "encoding": "--encoding",
    "errors": "--errors",
    "format": "--format",
    "max_chars": "--max-chars",
    "published": "--published",
}


class ResumeError(ValueError):
    """The checkpoint does not belong to a run with the current settings."""


class OutputExistsError(ValueError):
    """The output exists and the run was not asked to overwrite or resume it."""


@dataclass(frozen=True)
class State:
    """Progress of a run at a commit."""

    records: int = 0
    output: int = 0
    errors: int = 0
    facts: int = 0
    failed: int = 0
    warnings: int = 0
    done: bool = False


def checkpoint_path(output: Path) -> Path:
    """The checkpoint file of ``output``."""
    return output.with_name(output.name + CHECKPOINT_SUFFIX)


class Checkpoint:
    """An append-only, ``fsync``-ed log of :class:`State` lines after a settings line."""

    def __init__(self, path: Path) -> None:
        self.path = path

    def load(self) -> tuple[dict[str, Any], State] | None:
        """The settings and the last complete state, or ``None`` without a usable checkpoint."""
        if not self.path.exists():
            return None
        settings: dict[str, Any] | None = None
        state = State()
        with self.path.open("rb") as stream:
            for raw in stream:
                if not raw.endswith(b"\n"):
                    break
                try:
                    entry = json.loads(raw)
                except ValueError:
                    break
                if settings is None:
                    if not isinstance(entry, dict) or SETTINGS_KEY not in entry:
                        return None
                    settings = entry[SETTINGS_KEY]
                elif isinstance(entry, dict):
                    try:
                        state = State(**entry)
                    except TypeError:
                        break
        return None if settings is None else (settings, state)

    def begin(self, settings: dict[str, Any]) -> None:
        """Start a new checkpoint with the run's settings."""
        self.path.parent.mkdir(parents=True, exist_ok=True)
        with self.path.open("wb") as stream:
            self._append(stream, {SETTINGS_KEY: settings})

    def record(self, state: State) -> None:
        """Append ``state`` durably."""
        with self.path.open("ab") as stream:
            self._append(stream, asdict(state))

    def remove(self) -> None:
        """Delete the checkpoint (the run is finished)."""
        self.path.unlink(missing_ok=True)

    @staticmethod
    def _append(stream: Any, entry: dict[str, Any]) -> None:
        stream.write(json.dumps(entry, sort_keys=True).encode("utf-8") + b"\n")
        stream.flush()
        os.fsync(stream.fileno())


def differences(saved: dict[str, Any], settings: dict[str, Any]) -> list[str]:
    """``"NAME: OLD then, NEW now"`` for each setting that differs."""
    order = list(SETTING_NAMES)
    keys = sorted(
        set(saved) | set(settings),
        key=lambda k: (k not in order, order.index(k) if k in order else 0, k),
    )
    return [
        f"{SETTING_NAMES.get(key, key)}: {saved.get(key)!r} then, {settings.get(key)!r} now"
        for key in keys
        if saved.get(key) != settings.get(key)
    ]


def resume_state(checkpoint: Checkpoint, settings: dict[str, Any]) -> State | None:
    """The state to resume from, ``None`` to start afresh; raises on a settings mismatch."""
    loaded = checkpoint.load()
    if loaded is None:
        return None
    saved, state = loaded
    if saved != settings:
        raise ResumeError(
            f"cannot resume: {checkpoint.path} was written with other settings "
            f"({'; '.join(differences(saved, settings))}); rerun with the same input and "
            "options, or with --overwrite instead of --resume to start again"
        )
    return state


def starting_state(
    output: Path, checkpoint: Checkpoint, settings: dict[str, Any], resume: bool, overwrite: bool
) -> State | None:
    """The state a run starts from (``None``: from scratch), or why it may not run."""
    if resume:
        state = resume_state(checkpoint, settings)
        if state is None and output.exists():
            raise ResumeError(
                f"cannot resume {output}: it has no checkpoint ({checkpoint.path}) saying how "
                "far it got; use --overwrite instead of --resume to start again"
            )
        return state
    if not overwrite:
        for path in (output, checkpoint.path):
            if path.exists() and not is_empty_file(path):  # an empty file holds nothing to lose
                raise OutputExistsError(
                    f"{path} already exists: use --overwrite to replace the output, or --resume "
                    "to finish an interrupted run"
                )
    return None


def is_empty_file(path: Path) -> bool:
    """Whether ``path`` is a file of zero bytes."""
    return path.is_file() and path.stat().st_size == 0
