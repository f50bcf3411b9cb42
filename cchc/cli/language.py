"""The language cchc speaks before any command has read the repository: of usage errors, of
the boundary's sentences and of `--help` (`cchc/cli/help.py`)."""

from __future__ import annotations

import os
from collections.abc import Sequence
from pathlib import Path

from cchc import i18n


def language_of(argv: Sequence[str]) -> str:
    """The language to speak before any command has read the repository: `--lang` of the
    command line, else the repository's `language`, else the environment's."""
    for i, arg in enumerate(argv):
        value = arg.partition("=")[2] if arg.startswith("--lang=") else \
            argv[i + 1] if arg == "--lang" and i + 1 < len(argv) else None
        if value in i18n.LANGUAGES:
            return value
    try:
        from cchc.load.repository import read_config
        from cchc.session import find_repository

        repo = None
        for i, arg in enumerate(argv):
            if arg.startswith("--repo="):
                repo = Path(arg.partition("=")[2])
            elif arg == "--repo" and i + 1 < len(argv):
                repo = Path(argv[i + 1])
        return read_config(find_repository(repo, "en")).language
    except Exception:  # noqa: BLE001 - no repository, or a broken one: the environment's
        return i18n.help_language(os.environ)
