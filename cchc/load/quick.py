"""Answers kept as the very bytes a command printed, read back before the command line is
parsed (issue 15): a repeated `check`, `status`, `report`, `overdue` or `gaps` imports neither
Typer nor pydantic nor YAML nor the models (`cchc.fastpath`).

One file per question, `quick-<hash>.marshal` in the cache folder, written by the command that
computed (or recalled) the answer (`cchc.commands._answers`, `cchc.commands.check`). It holds:

- the question (the command's options, `--lang`, `--allow-errors`, the date) and the
  repository's root, which name the file and are compared again when it is read;
- a digest of the repository's tree as the command saw it: the name, size, modification
  time, change time and inode of every entry under `units/` and `plans/` and of `cchc.yaml`
  (`cchc.yml`). Any file edited, added, removed or renamed changes it. A tree with a symbolic
  link, a special file or an unreadable folder is never kept (the loader's rules for those
  are not repeated here). A command that loaded the files gives the stamps its load took
  before reading them (`listing`'s `seen`): the tree is walked again, but its files are not
  stat-ed twice;
- the stamp (size, modification time) of every module the process had loaded, Python's
  version and the environment variables that can change an answer: a changed program, a
  library upgraded, another `CCHC_*` setting is a miss;
- the exit code and the bytes of standard output. Tables drawn by `render/terminal` depend on
  the terminal: they are kept only as drawn for a pipe or a file (UTF-8, not a terminal, no
  variable that forces colours) and served only there.

The digest can only be trusted for what the command read if no file changed while it ran: an
answer is kept only when every stamp is older than the start of the command (`begin`) by
`RACY_NS`, so that a file written during the run, or in the same tick of the file system's
clock as a later edit, can never be answered for (git's "racily clean" case). Such an answer
is kept by a later run, which answers from `cache.py`'s answers after hashing the files.

Anything unexpected is a miss, never an error: the command then runs as it would without this
file. Standard library only (`marshal`, no pickle: nothing here runs code when read).
"""

from __future__ import annotations

import marshal
import os
import sys
import time

TYPE_CHECKING = False  # as typing's, without importing typing at start-up
if TYPE_CHECKING:
    from collections.abc import Mapping

    Stamp = tuple[int, int, int, int]  # as `cchc.load.cache.Stamp`

# 2: the tree's rows marshalled in version 0, whose bytes do not depend on which objects
# are shared (version 4 writes a shared one as a reference)
FORMAT = 2
# A stamp this close to the start of the run may hide an edit made in the same clock tick.
RACY_NS = 2_000_000_000
# Questions kept (one small file each); the oldest go first.
KEPT = 64
# Variables that can change what a command prints (the terminal's are rich's).
ENVIRONMENT = ("LANG", "LC_ALL", "LC_MESSAGES", "LANGUAGE", "TERM", "COLORTERM", "NO_COLOR",
               "FORCE_COLOR", "TTY_COMPATIBLE", "TTY_INTERACTIVE", "COLUMNS", "LINES",
               "PYTHONIOENCODING", "PYTHONUTF8")

_started_ns = time.time_ns()


def begin() -> None:
    """Mark the start of a command: nothing it reads may be newer than this, or its answer
    is not kept (see the module's docstring)."""
    global _started_ns
    _started_ns = time.time_ns()


def cache_dir(env: Mapping[str, str]) -> str:
    """The cache folder (`cchc.load.cache.default_dir` is this, as a `Path`):
    `CCHC_CACHE_DIR`, else the user's cache folder of the platform."""
    if env.get("CCHC_CACHE_DIR"):
        return os.path.expanduser(env["CCHC_CACHE_DIR"])
    from platformdirs import user_cache_dir

    return user_cache_dir("cchc", appauthor=False)


def today() -> str:
    """Today in Vietnam as ISO text, as `cchc.pipeline.today_in_vietnam` (UTC+7 all year)."""
    import datetime

    return (datetime.datetime.now(datetime.UTC)
            + datetime.timedelta(hours=7)).date().isoformat()


def _hash(data: bytes) -> str:
    try:
        from _blake2 import blake2b  # what hashlib uses, without loading OpenSSL first
    except ImportError:  # pragma: no cover - a Python built without it
        from hashlib import blake2b
    return blake2b(data, digest_size=16).hexdigest()


def _encoded(text: str) -> bytes:
    return text.encode("utf-8", "surrogateescape")


def listing(root: str, seen: Mapping[str, tuple[Stamp, str]] | None = None
            ) -> tuple[str, int] | None:
    """A digest of the stamps of every entry the loader may read, and the newest time among
    them; None when the tree holds what this module does not judge (a link, a device, a
    folder it cannot read).

    `seen`: the files' cache entries as the command's load left them (`Loaded.entries`: each
    file's stamp as the load took it before reading the file, and its digest). A regular
    file among them is not stat-ed again (3,000-12,000 of them when an answer is kept): its
    stamp is the one the answer was computed under, so a file changed since then, or during
    the run, gives another digest than the tree will, and the answer is never served."""
    rows: list[tuple[str, int, int, int, int] | tuple[str]] = []
    newest = 0
    for name in ("cchc.yaml", "cchc.yml"):
        try:
            st = os.lstat(os.path.join(root, name))
        except FileNotFoundError:
            rows.append((name,))
            continue
        except OSError:
            return None
        if (st.st_mode & 0o170000) != 0o100000:  # not a regular file
            return None
        rows.append((name, st.st_size, st.st_mtime_ns, st.st_ctime_ns, st.st_ino))
        newest = max(newest, st.st_mtime_ns, st.st_ctime_ns)
    for top in ("units", "plans"):
        try:
            st = os.lstat(os.path.join(root, top))
        except FileNotFoundError:
            rows.append((top,))
            continue
        except OSError:
            return None
        if (st.st_mode & 0o170000) != 0o040000:  # not a folder
            return None
        folders = [top]
        while folders:
            here = folders.pop()
            try:
                with os.scandir(os.path.join(root, here)) as found:
                    for entry in found:  # one lstat an entry, its type from the mode
                        if seen is not None:
                            rel = f"{here}/{entry.name}"
                            known = seen.get(rel)
                            # (the type from the listing itself: no system call)
                            if known is not None and entry.is_file(follow_symlinks=False):
                                size, m, c, ino = known[0]
                                rows.append((rel, size, m, c, ino))
                                if m > newest or c > newest:
                                    newest = max(m, c)
                                continue
                        st = entry.stat(follow_symlinks=False)
                        kind = st.st_mode & 0o170000
                        if kind == 0o040000:
                            rel = f"{here}/{entry.name}"
                            folders.append(rel)
                            rows.append((rel,))
                        elif kind == 0o100000:
                            m, c = st.st_mtime_ns, st.st_ctime_ns
                            rows.append((f"{here}/{entry.name}", st.st_size, m, c, st.st_ino))
                            if m > newest or c > newest:
                                newest = max(m, c)
                        else:
                            return None  # a link, a pipe, a device
            except OSError:
                return None
    rows.sort()
    try:
        return _hash(marshal.dumps(rows, 0)), newest
    except ValueError:  # pragma: no cover - marshal refuses nothing of these
        return None


def _program() -> tuple[tuple[str, int, int], ...]:
    """Every loaded module's file with its size and modification time."""
    found: dict[str, tuple[str, int, int]] = {}
    for module in list(sys.modules.values()):
        path = getattr(module, "__file__", None)
        if not isinstance(path, str) or path in found:
            continue
        try:
            st = os.stat(path)
        except OSError:
            continue
        found[path] = (path, st.st_size, st.st_mtime_ns)
    return tuple(sorted(found.values()))


def _program_unchanged(program: object) -> bool:
    if not isinstance(program, tuple):
        return False
    stat = os.stat
    try:
        for path, size, mtime in program:
            st = stat(path)
            if st.st_size != size or st.st_mtime_ns != mtime:
                return False
    except (OSError, TypeError, ValueError):
        return False
    return True


def _environment(env: Mapping[str, str]) -> tuple[tuple[str, str], ...]:
    return tuple(sorted((k, v) for k, v in env.items()
                        if k.startswith("CCHC_") or k in ENVIRONMENT))


def plain_stdout() -> bool:
    """Whether standard output is what `render/terminal` draws plain tables for: not a
    terminal, UTF-8, no variable that makes rich treat it as one."""
    stream = sys.stdout
    encoding = (getattr(stream, "encoding", None) or "").lower().replace("_", "-")
    try:
        tty = stream.isatty()
    except (ValueError, OSError):
        return False
    return (not tty and encoding in ("utf-8", "utf8") and os.name != "nt"
            and os.environ.get("TTY_COMPATIBLE", "") != "1"
            and not os.environ.get("FORCE_COLOR"))


def _file(directory: str, root: str, question: tuple[object, ...]) -> str:
    name = _hash(_encoded(repr((FORMAT, root, question))))
    return os.path.join(directory, f"quick-{name}.marshal")


def answer(directory: str, root: str, question: tuple[object, ...]
           ) -> tuple[int, bytes] | None:
    """The exit code and standard output kept for `question` about the repository at `root`
    (a resolved path), if the repository and the program are exactly as when it was kept."""
    try:
        with open(_file(directory, root, question), "rb") as f:
            kept = marshal.load(f)
        (form, version, environment, where, asked, tree, drawn, code, out,
         program) = kept
    except Exception:  # noqa: BLE001 - missing, damaged, foreign: a miss
        return None
    if (form != FORMAT or version != sys.version or where != root or asked != question
            or environment != _environment(os.environ) or type(code) is not int
            or not isinstance(out, bytes) or (drawn and not plain_stdout())):
        return None
    now = listing(root)
    if now is None or now[0] != tree or not _program_unchanged(program):
        return None
    return code, out


def keep(directory: str | os.PathLike[str], root: str | os.PathLike[str],
         question: tuple[object, ...], code: int, out: bytes, *, drawn: bool = False,
         seen: Mapping[str, tuple[Stamp, str]] | None = None) -> None:
    """Keep what a command printed for `question`; never fails (a cache that cannot be
    written is only slower). `drawn`: the bytes are a table as drawn for a pipe; `seen`: the
    stamps the command's load took (`listing`)."""
    try:
        if drawn and not plain_stdout():
            return
        folder, where = os.fspath(directory), os.fspath(root)
        tree = listing(where, seen)
        if tree is None or tree[1] >= _started_ns - RACY_NS:
            return
        kept = (FORMAT, sys.version, _environment(os.environ), where, question, tree[0],
                drawn, code, out, _program())
        os.makedirs(folder, mode=0o700, exist_ok=True)
        path = _file(folder, where, question)
        temp = f"{path}.{os.getpid()}.{time.time_ns()}.tmp"
        try:
            with open(temp, "wb") as f:
                marshal.dump(kept, f)  # type: ignore[arg-type]  # plain values only
            os.replace(temp, path)
        finally:
            if os.path.exists(temp):
                os.unlink(temp)
        _prune(folder)
    except Exception:  # noqa: BLE001 - never a reason for a command to fail
        return


def _prune(folder: str) -> None:
    with os.scandir(folder) as found:
        kept = [(e.stat().st_mtime_ns, e.path) for e in found
                if e.name.startswith("quick-") and e.name.endswith(".marshal")]
    for _, path in sorted(kept)[:-KEPT]:
        try:
            os.unlink(path)
        except OSError:
            pass
