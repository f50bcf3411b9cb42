"""One writer at a time in a repository, with a bounded wait.

`cchc measure` validates a reading against the readings already written, then writes it: two
clerks entering different values for the same unit and period at the same moment would both
pass the check. Under the lock, the second one reads the repository after the first one's
file is there; `cchc update` takes it too, so that filing moments in one folder only grow.

The lock is `filelock`'s: an OS lock on a lock file (flock on POSIX, LockFileEx on Windows,
where offices run cchc), released by the system when its holder dies, so a killed writer
never blocks the next one. A writer suspended with Ctrl-Z does hold it: the next one says it
is waiting, and gives up after `CCHC_LOCK_TIMEOUT` seconds (default 30) with a message
naming the lock file.

The lock file is `.git/cchc.lock` where the repository is a git working tree (git keeps its
own locks there, nothing in it is committed, and every account working in that tree sees
it); elsewhere it is a file of cchc's cache folder named for the repository's real path, so
that a refused write leaves the repository exactly as it was.
"""

from __future__ import annotations

import contextlib
import hashlib
import os
import stat
from collections.abc import Callable, Iterator, Mapping
from pathlib import Path

from cchc.errors import CchcError

DEFAULT_WAIT = 30.0


def lock_path(root: Path, env: Mapping[str, str] | None = None) -> Path:
    """`.git/cchc.lock` in a git working tree, else a file of the cache folder named for the
    repository's real path (nothing appears in the repository), else `.cchc.lock`."""
    git = root / ".git"
    try:
        if stat.S_ISDIR(os.lstat(git).st_mode):
            return git / "cchc.lock"
    except OSError:
        pass
    from cchc.load.cache import default_dir

    name = hashlib.sha256(os.path.realpath(root).encode("utf-8", "surrogateescape"))
    folder = default_dir(os.environ if env is None else env) / "locks"
    try:
        folder.mkdir(parents=True, exist_ok=True)
    except OSError:
        return root / ".cchc.lock"
    return folder / f"{name.hexdigest()[:32]}.lock"


def wait_limit(env: Mapping[str, str]) -> float:
    """`CCHC_LOCK_TIMEOUT` seconds (a non-negative number), else 30."""
    try:
        value = float(env.get("CCHC_LOCK_TIMEOUT", ""))
    except ValueError:
        return DEFAULT_WAIT
    return value if value >= 0 and value == value and value != float("inf") else DEFAULT_WAIT


@contextlib.contextmanager
def writer_lock(root: Path, on_wait: Callable[[Path], None] | None = None,
                wait: float | None = None) -> Iterator[None]:
    """Hold the repository's writer lock; `on_wait(lock file)` is called once if another
    writer holds it, and `CchcError("write.lock-timeout")` (exit 1) raised after `wait`
    seconds (default: `wait_limit(os.environ)`)."""
    from filelock import FileLock, Timeout

    path = lock_path(root)
    try:
        st = os.lstat(path)
    except FileNotFoundError:
        pass
    except OSError as exc:
        raise CchcError("write.lock-unusable", 1, path=str(path),
                        reason=exc.strerror or type(exc).__name__) from None
    else:
        if not stat.S_ISREG(st.st_mode):  # a link (perhaps out of the repository), a pipe
            raise CchcError("write.lock-unusable", 1, path=str(path),
                            reason="not a regular file")
    limit = wait_limit(os.environ) if wait is None else wait
    lock = FileLock(str(path), thread_local=False)
    try:
        try:
            lock.acquire(timeout=0)
        except Timeout:
            if on_wait is not None:
                on_wait(path)
            lock.acquire(timeout=limit)
    except Timeout:
        raise CchcError("write.lock-timeout", 1, path=str(path), seconds=f"{limit:g}") from None
    except OSError as exc:
        raise CchcError("write.lock-unusable", 1, path=str(path),
                        reason=exc.strerror or type(exc).__name__) from None
    try:
        yield
    finally:
        lock.release()


@contextlib.contextmanager
def folder_lock(folder: Path) -> Iterator[None]:
    """The writer lock of the repository whose `plans/` is `folder` (kept for callers that
    lock `plans/`)."""
    import sys

    from cchc import i18n

    def say(path: Path) -> None:
        sys.stderr.write(i18n.t("en", "write.lock-wait", path=str(path)) + "\n")
        sys.stderr.flush()

    with writer_lock(folder.parent, say):
        yield
