"""Where a write may go: names valid on every system, folders that stay inside the repository.

Two rules for everything cchc writes (docs/format.md, "Progress records"; issue 11):

- every name it gives is valid on Windows as well: no `<>:"/\\|?*` and no control
  character, no trailing space or dot, and no reserved device name (`CON`, `PRN`, `AUX`,
  `NUL`, `COM1`..`COM9`, `LPT1`..`LPT9`, also with an extension: `con.md` is the console);
- a write into the repository never goes through a symbolic link that leaves it. Every folder
  on the way is checked, not only the last one: `plans/p/updates/2023` may be a link, and so
  may `updates/`, `plans/p/` or `plans/` itself. A link that stays inside is followed.

The checks run before any folder is created (so nothing is created outside either) and once
more after the file is linked, for a link swapped in meanwhile.
"""

from __future__ import annotations

import os
import re
import stat
from pathlib import Path, PurePosixPath

from cchc.errors import CchcError

# Windows 10 and 11 also reserve COM and LPT with superscript digits one to three.
_DIGITS = ("1", "2", "3", "4", "5", "6", "7", "8", "9", "\u00b9", "\u00b2", "\u00b3")
RESERVED = frozenset({"CON", "PRN", "AUX", "NUL", "CONIN$", "CONOUT$",
                      *(f"COM{d}" for d in _DIGITS), *(f"LPT{d}" for d in _DIGITS)})
_FORBIDDEN = re.compile(r'[<>:"/\\|?*\x00-\x1f\x7f]')
MAX_NAME = 255  # bytes of one name on ext4 and characters on NTFS: the stricter, in UTF-8


def windows_problem(name: str) -> str | None:
    """Why `name` (one path component) cannot be a file name on Windows, or None."""
    if not name or name in (".", ".."):
        return "empty"
    if _FORBIDDEN.search(name):
        return "forbidden character"
    if name[-1] in " .":
        return "trailing space or dot"
    if name.split(".", 1)[0].rstrip(" ").upper() in RESERVED:
        return "reserved device name"
    if len(name.encode("utf-8")) > MAX_NAME:
        return "too long"
    return None


def portable(name: str) -> str:
    """`name` made valid everywhere: bad characters become `-`, a trailing space or dot is
    dropped, and a reserved device name gets `_` after its stem (`con.md` → `con_.md`)."""
    name = _FORBIDDEN.sub("-", name).rstrip(" .") or "_"
    stem, dot, rest = name.partition(".")
    if stem.rstrip(" ").upper() in RESERVED:
        name = f"{stem}_{dot}{rest}"
    return name


class Outside(CchcError):
    """A write refused: the way to the target leaves the repository through a link."""

    def __init__(self, rel: str, target: Path | str) -> None:
        super().__init__("write.outside", 1, path=rel, target=str(target))


def _real_root(root: Path) -> Path:
    return Path(os.path.realpath(root))


def _resolve_link(link: Path) -> Path:
    """Where a symbolic link finally leads (a loop raises CchcError)."""
    try:
        return link.resolve(strict=False)
    except (OSError, RuntimeError):  # a link to itself, or a cycle
        raise CchcError("write.link-loop", 1, path=str(link)) from None


def inside(root: Path, path: Path) -> bool:
    """Whether `path` (absolute) is the root or below it, on the real file system."""
    real = _real_root(root)
    return Path(os.path.realpath(path)).is_relative_to(real)


def folder_inside(root: Path, rel_dir: str) -> Path:
    """The folder `rel_dir` (relative, `/` separators) of the repository, created if missing,
    after checking that no folder on the way leaves the repository. Returns its real path.

    Raises `Outside` for a link leading out, `CchcError` for a part that is not a folder.
    """
    real_root = _real_root(root)
    parts = PurePosixPath(rel_dir).parts
    if any(p in ("", ".", "..") for p in parts) or PurePosixPath(rel_dir).is_absolute():
        raise CchcError("write.bad-path", 1, path=rel_dir)
    here = real_root
    for i, part in enumerate(parts):
        shown = "/".join(parts[: i + 1])
        step = here / part
        try:
            st = os.lstat(step)
        except FileNotFoundError:
            try:
                os.mkdir(step)
            except FileExistsError:  # another writer made it meanwhile: check what it is
                st = os.lstat(step)
            else:
                here = step
                continue
        if stat.S_ISLNK(st.st_mode):
            target = _resolve_link(step)
            if not target.is_relative_to(real_root):
                raise Outside(shown, target)
            if not target.is_dir():
                raise CchcError("write.not-a-folder", 1, path=shown)
            here = target
        elif stat.S_ISDIR(st.st_mode):
            here = step
        else:
            raise CchcError("write.not-a-folder", 1, path=shown)
    return here


def still_inside(root: Path, rel: str, path: Path) -> None:
    """After the write: the file's real folder is still inside (a link swapped in meanwhile
    would have taken the write out). If not, the new entry is removed and the write refused."""
    if inside(root, path.parent):
        return
    target = os.path.realpath(path.parent)
    try:
        os.unlink(path)
    except OSError:
        pass
    raise Outside(rel, target)
