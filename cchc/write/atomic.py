"""Atomic creation of a new file that never replaces an existing one, and safe replacement of
a generated one.

The content goes to a hidden temporary file in the target folder, is flushed to disk, and is
then hard-linked to its final name: `link` fails when the name exists, so two writers can
never overwrite each other, and a reader sees either the whole file or no file. A writer
killed half-way leaves at most a hidden `.*.tmp` file, which the loader does not read as a
record. Between the flush and the link, `verify` may read the temporary file back and refuse
it: a file that the repository reader would not read as meant is never linked.
"""

from __future__ import annotations

import os
import secrets
import stat
from collections.abc import Callable, Iterable
from pathlib import Path

from cchc.errors import CchcError
from cchc.load.discover import TEMP_SUFFIX
from cchc.write.paths import Outside, folder_inside, inside, still_inside


def create_new(path: Path, content: bytes,
               verify: Callable[[Path], None] | None = None) -> None:
    """Write `content` to `path`, which must not exist yet. Raises FileExistsError if it does.

    `verify(temp)` runs on the flushed temporary file before it gets its name; whatever it
    raises stops the write, and the temporary file is removed.
    """
    path.parent.mkdir(parents=True, exist_ok=True)
    temp = path.parent / f".{path.name}.{secrets.token_hex(6)}{TEMP_SUFFIX}"
    fd = os.open(temp, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o644)
    try:
        with os.fdopen(fd, "wb") as f:
            f.write(content)
            f.flush()
            os.fsync(f.fileno())
        if verify is not None:
            verify(temp)
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


def create_inside(root: Path, rel: str, content: bytes,
                  verify: Callable[[Path], None] | None = None) -> Path:
    """`create_new` for the repository file `rel`: every folder on the way checked to stay
    inside the repository (`cchc.write.paths`). Returns the path written."""
    folder, _, name = rel.rpartition("/")
    real = folder_inside(root, folder) if folder else Path(os.path.realpath(root))
    path = real / name
    create_new(path, content, verify)
    still_inside(root, rel, path)
    return path


def replace_file(path: Path, content: bytes | Iterable[bytes],
                 root: Path | None = None) -> None:
    """Write a generated file (a report, a calendar, a letter): readers see the old or the
    new whole. `content` may come as chunks (a calendar, one event at a time), written as
    they come, so the whole file is never held in memory.

    - A character device or a named pipe (`-o /dev/null`, `-o /dev/stdout`, a FIFO) is
      written into, never replaced by a regular file; a block device or a socket is refused.
    - A symbolic link is followed, not replaced; with `root` given, a path inside the
      repository whose way (any folder, or the link itself) leads out of it is refused.
    - A file replaced keeps its permissions (a 0600 file stays 0600), and its owner where the
      process may set it.
    """
    given = path
    absolute = Path(os.path.abspath(path))
    in_repo = root is not None and absolute.is_relative_to(os.path.realpath(root))
    if root is not None and in_repo:
        rel = absolute.relative_to(os.path.realpath(root)).as_posix()
        folder, _, _ = rel.rpartition("/")
        parent = folder_inside(root, folder) if folder else Path(os.path.realpath(root))
        path = parent / absolute.name
    else:
        absolute.parent.mkdir(parents=True, exist_ok=True)
        path = absolute
    try:
        st = os.stat(path)  # through links: what the name stands for
    except FileNotFoundError:
        st = None
    except (OSError, RuntimeError):  # a link loop
        raise CchcError("write.link-loop", 1, path=str(given)) from None
    if os.path.islink(path):
        target = Path(os.path.realpath(path))
        if root is not None and in_repo and not inside(root, target):
            raise Outside(str(given), target)
        path = target
    if st is not None and not stat.S_ISREG(st.st_mode):
        if stat.S_ISCHR(st.st_mode) or stat.S_ISFIFO(st.st_mode):
            _write_into(path, content)
            return
        raise CchcError("write.not-a-file", 1, path=str(given))
    temp = path.parent / f".{path.name}.{secrets.token_hex(6)}{TEMP_SUFFIX}"
    try:
        with open(temp, "xb") as f:
            for chunk in _chunks(content):
                f.write(chunk)
            f.flush()
            if st is not None:
                _keep_owner_and_mode(f.fileno(), st)
            os.fsync(f.fileno())
        os.replace(temp, path)
    finally:
        if temp.exists():
            temp.unlink()


def _chunks(content: bytes | Iterable[bytes]) -> Iterable[bytes]:
    return (content,) if isinstance(content, bytes | bytearray) else content


def _write_into(path: Path, content: bytes | Iterable[bytes]) -> None:
    """A device or pipe takes the bytes as they are (a pipe blocks until someone reads)."""
    fd = os.open(path, os.O_WRONLY | getattr(os, "O_NOCTTY", 0))
    try:
        for chunk in _chunks(content):
            view = memoryview(chunk)
            while view:
                view = view[os.write(fd, view):]
    finally:
        os.close(fd)


def _keep_owner_and_mode(fd: int, st: os.stat_result) -> None:
    if hasattr(os, "fchown"):
        try:
            os.fchown(fd, st.st_uid, st.st_gid)
        except OSError:
            pass  # not ours to give away: the file becomes the writer's, as any new file
    if hasattr(os, "fchmod"):  # POSIX; Windows keeps only a read-only bit, left alone
        try:
            os.fchmod(fd, stat.S_IMODE(st.st_mode))
        except OSError:
            pass


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
