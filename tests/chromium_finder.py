"""Finding a headless Chromium for the browser tests.

The order: ``$STATEXTRACT_CHROMIUM``, a ``chromium`` (Debian's package), ``chromium-browser``,
``google-chrome`` or ``google-chrome-stable`` on the ``PATH``, then a Chromium that
``playwright install chromium`` downloaded. Without one the tests are skipped with the reason,
except under CI (``CI`` set), where they fail: CI installs Chromium (``.ci/run``).
"""

from __future__ import annotations

import os
import shutil
from pathlib import Path

COMMANDS = ("chromium", "chromium-browser", "google-chrome", "google-chrome-stable")
LAUNCH_ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-dev-shm-usage",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
]
"""Flags for a headless run as root on a machine without network access."""


def system_chromium() -> str | None:
    """The path of an installed Chromium or Chrome, or None."""
    chosen = os.environ.get("STATEXTRACT_CHROMIUM")
    if chosen:
        return chosen if Path(chosen).exists() else None
    for command in COMMANDS:
        found = shutil.which(command)
        if found:
            return found
    return None


def playwright_chromium() -> str | None:
    """The Chromium that ``playwright install chromium`` put in its cache, or None."""
    try:
        from playwright.sync_api import sync_playwright
    except ImportError:
        return None
    with sync_playwright() as playwright:
        path = playwright.chromium.executable_path
    return path if path and Path(path).exists() else None


def find_chromium() -> tuple[str | None, str]:
    """``(executable, "")`` when a browser is found, else ``(None, reason)``."""
    try:
        import playwright  # noqa: F401
    except ImportError:
        return None, "the Python package playwright is not installed (pip install -e .[dev])"
    path = system_chromium() or playwright_chromium()
    if path is None:
        return None, (
            "no Chromium found: install Debian's chromium (apt-get install chromium), set "
            "STATEXTRACT_CHROMIUM to a Chromium or Chrome binary, or run "
            "'playwright install chromium'"
        )
    return path, ""
