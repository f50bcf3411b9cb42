"""Atomic creation of a new file that never replaces an existing one.

The content goes to a hidden temporary file in the target folder, is flushed to disk, and is
then hard-linked to its final name: `link` fails when the name exists, so two writers can
never overwrite each other, and a reader sees either the whole file or no file. A writer
killed half-way leaves at most a hidden `.*.tmp` file, which the loader does not read as a
record.
"""

from __future__ import annotations

import os
import secrets
from pathlib import Path

from cchc.load.discover import TEMP_SUFFIX


def create_new(path: Path, content: bytes) -> None:
    """Write `content` to `path`, which must not exist yet. Raises FileExistsError if it does."""
    path.parent.mkdir(parents=True, exist_ok=True)
    temp = path.parent / f".{path.name}.{secrets.token_hex(6)}{TEMP_SUFFIX}"
    fd = os.open(temp, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o644)
    try:
        with os.fdopen(fd, "wb") as f:
            f.write(content)
            f.flush()
            os.fsync(f.fileno())
        try:
            os.link(temp, path)
        except (AttributeError, NotImplementedError, PermissionError):
            # File systems without hard links: claim the name first, then rename over the
            # empty claim, which only this writer holds.
            os.close(os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o644))
            os.replace(temp, path)
        _fsync_dir(path.parent)
    finally:
        if temp.exists():
            temp.unlink()


def replace_file(path: Path, content: bytes) -> None:
    """Write a generated file (a report) atomically: readers see the old or the new whole."""
    path.parent.mkdir(parents=True, exist_ok=True)
    temp = path.parent / f".{path.name}.{secrets.token_hex(6)}{TEMP_SUFFIX}"
    try:
        with open(temp, "xb") as f:
            f.write(content)
            f.flush()
            os.fsync(f.fileno())
        os.replace(temp, path)
    finally:
        if temp.exists():
            temp.unlink()


def _fsync_dir(folder: Path) -> None:
    try:
        fd = os.open(folder, os.O_RDONLY)
    except OSError:
        return
    try:
        os.fsync(fd)
    except OSError:
        pass
    finally:
        os.close(fd)


def unique_name(stem: str, suffix: str = ".yaml") -> str:
    """A file name that no other writer will choose: the stem and a random token."""
    return f"{stem}_{secrets.token_hex(4)}{suffix}"
