"""The language cchc speaks before any command has read the repository: of usage errors, of
the boundary's sentences and of `--help` (`cchc/cli/help.py`)."""

from __future__ import annotations

import os
import re
from collections.abc import Sequence
from pathlib import Path

from cchc import i18n

# `language: vi` at the top of cchc.yaml, as `cchc init` and clerks write it
_LANGUAGE_LINE = re.compile(r"^language[ \t]*:[ \t]*(?P<q>['\"]?)(?P<lang>[A-Za-z]+)(?P=q)"
                            r"[ \t]*(?:#.*)?$", re.M)


def _given(argv: Sequence[str], option: str) -> str | None:
    """The value of `option` on the command line (`--lang vi`, `--lang=vi`), the first given."""
    for i, arg in enumerate(argv):
        if arg.startswith(option + "="):
            return arg.partition("=")[2]
        if arg == option and i + 1 < len(argv):
            return argv[i + 1]
    return None


def _chosen(argv: Sequence[str]) -> str | None:
    for i, arg in enumerate(argv):
        value = arg.partition("=")[2] if arg.startswith("--lang=") else \
            argv[i + 1] if arg == "--lang" and i + 1 < len(argv) else None
        if value in i18n.LANGUAGES:
            return value
    return None


def language_of(argv: Sequence[str]) -> str:
    """The language to speak before any command has read the repository: `--lang` of the
    command line, else the repository's `language`, else the environment's."""
    if chosen := _chosen(argv):
        return chosen
    try:
        from cchc.load.repository import read_config
        from cchc.session import find_repository

        repo = _given(argv, "--repo")
        return read_config(find_repository(Path(repo) if repo else None, "en")).language
    except Exception:  # noqa: BLE001 - no repository, or a broken one: the environment's
        return i18n.help_language(os.environ)


def help_language_of(argv: Sequence[str]) -> str:
    """`language_of` for `--help`, without the models: a help page imports no pydantic and no
    YAML parser (tests/test_startup.py). The top-level `language: vi` line of cchc.yaml is read
    as text; a file that names its language otherwise (a flow mapping) is read as a command
    reads it. The answer is `language_of`'s."""
    if chosen := _chosen(argv):
        return chosen
    from cchc.load.discover import find_root

    try:
        repo = _given(argv, "--repo")
        root = find_root(Path(repo) if repo else None, os.environ, Path.cwd())
    except Exception:  # noqa: BLE001 - no repository: the environment's
        return i18n.help_language(os.environ)
    for name in ("cchc.yaml", "cchc.yml"):
        path = root / name
        if path.is_symlink() or not path.is_file():
            continue
        try:
            text = path.read_text(encoding="utf-8-sig")
        except (OSError, UnicodeDecodeError):
            return language_of(argv)
        if "language" not in text:
            return "en"  # the settings' default
        found = _LANGUAGE_LINE.search(text)
        if found and found["lang"] in i18n.LANGUAGES:
            return found["lang"]
        return language_of(argv)
    return language_of(argv)
