"""An advisory lock on a folder, for writes that must not interleave."""

from __future__ import annotations

import contextlib
import os
from collections.abc import Iterator
from pathlib import Path


@contextlib.contextmanager
def folder_lock(folder: Path) -> Iterator[None]:
    """Hold an exclusive advisory lock on a folder (flock on its descriptor; no lock file).

    `cchc measure` validates a reading against the readings already written, then writes it:
    two clerks entering different values for the same unit and period at the same moment
    would both pass the check. Under the lock (on `plans/`), the second one reads the
    repository after the first one's file is there.
    Where `fcntl` does not exist (Windows), writes go unlocked.
    """
    try:
        import fcntl
    except ImportError:
        yield
        return
    folder.mkdir(parents=True, exist_ok=True)
    fd = os.open(folder, os.O_RDONLY)
    try:
        fcntl.flock(fd, fcntl.LOCK_EX)
        yield
    finally:
        os.close(fd)  # closing the descriptor releases the lock
