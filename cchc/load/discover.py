"""Finding the repository root and the files in it (docs/format.md, "The repository")."""

from __future__ import annotations

import os
import re
import stat
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Literal

from cchc.diagnostics import Diagnostic, error, warning
from cchc.errors import CchcError

# As `cchc.model.fields.PLAN_HANDLE` (a test keeps them equal): the models' module imports
# pydantic, which a warm answer from the cache must not pay for.
PLAN_HANDLE = re.compile(r"^[a-z0-9]+(-[a-z0-9]+)*$")

FileKind = Literal["config", "units", "plan", "updates", "measurements"]
YAML_SUFFIXES = (".yaml", ".yml")
# The end of a temporary file an interrupted write leaves (`cchc.write.atomic` names its files
# so); the loader skips such files. Declared here because the writer follows the reader's rule.
TEMP_SUFFIX = ".tmp"


def find_root(repo: str | Path | None, env: Mapping[str, str], cwd: Path) -> Path:
    """`--repo`, else `CCHC_REPO`, else the nearest folder upwards with `cchc.yaml`, else the
    nearest with both `plans/` and `units/`. Raises `CchcError` (exit 2) when none is found."""
    given = repo if repo is not None else env.get("CCHC_REPO") or None
    if given is not None:
        root = Path(given).expanduser()
        if not root.is_dir():
            raise CchcError("error.repo-not-dir", path=str(given))
        return root.resolve()
    here = cwd.resolve()
    ancestors = [here, *here.parents]
    for folder in ancestors:
        if (folder / "cchc.yaml").is_file() or (folder / "cchc.yml").is_file():
            return folder
    for folder in ancestors:
        if (folder / "plans").is_dir() and (folder / "units").is_dir():
            return folder
    raise CchcError("error.no-repo", path=str(here))


@dataclass(frozen=True, order=True)
class SourceFile:
    path: str  # relative to the root, "/" separators
    kind: FileKind
    plan: str | None = None


def _link_target(path: Path) -> Path:
    """Where a symbolic link finally leads; raises OSError or RuntimeError on a loop."""
    return path.resolve(strict=True)


def _folder_ok(root: Path, rel: str, problems: list[Diagnostic]) -> bool:
    """Whether the folder `rel` is there to be read: a folder, or a link to one that stays
    inside the repository. A link out is a warning, a loop or an unreadable folder an error
    naming the folder; a missing one is nothing to say."""
    path = root / rel
    try:
        st = os.lstat(path)
    except FileNotFoundError:
        return False
    except OSError as exc:
        problems.append(error(rel, 1, 1, "folder-unreadable",
                              reason=exc.strerror or type(exc).__name__))
        return False
    if stat.S_ISLNK(st.st_mode):
        try:
            target = _link_target(path)
        except FileNotFoundError:
            return False  # a dangling link: nothing there
        except (OSError, RuntimeError):
            problems.append(error(rel, 1, 1, "folder-unreadable",
                                  reason="a symbolic link that loops"))
            return False
        if not target.is_relative_to(root.resolve()):
            problems.append(warning(rel, 1, 1, "symlink-outside"))
            return False
        return target.is_dir()
    return stat.S_ISDIR(st.st_mode)


def config_file(root: Path, problems: list[Diagnostic] | None = None) -> str | None:
    """`cchc.yaml` (or `cchc.yml`) when it may be read: a link out of the repository is not
    read (its content is never quoted in a diagnostic), and said as a warning."""
    for name in ("cchc.yaml", "cchc.yml"):
        path = root / name
        try:
            st = os.lstat(path)
        except OSError:
            continue
        if stat.S_ISLNK(st.st_mode):
            try:
                target = _link_target(path)
            except (OSError, RuntimeError):
                if problems is not None:
                    problems.append(error(name, 1, 1, "unreadable",
                                          reason="a symbolic link that loops or leads nowhere"))
                return None
            if not target.is_relative_to(root.resolve()):
                if problems is not None:
                    problems.append(warning(name, 1, 1, "symlink-outside"))
                return None
            if target.is_file():
                return name
            continue
        if stat.S_ISREG(st.st_mode):
            return name
    return None


def _listing(root: Path, rel: str, problems: list[Diagnostic]) -> list[os.DirEntry[str]] | None:
    try:
        with os.scandir(root / rel) as listing:
            return sorted(listing, key=lambda e: e.name)
    except OSError as exc:
        problems.append(error(rel, 1, 1, "folder-unreadable",
                              reason=exc.strerror or type(exc).__name__))
        return None


def list_files(root: Path) -> tuple[list[SourceFile], list[Diagnostic]]:
    """Every YAML file cchc reads, sorted, with problems of the layout itself."""
    files: list[SourceFile] = []
    problems: list[Diagnostic] = []
    config = config_file(root, problems)
    if config is not None:
        files.append(SourceFile(config, "config"))
    for rel in _walk(root, "units", problems):
        files.append(SourceFile(rel, "units"))
    entries = _listing(root, "plans", problems) if _folder_ok(root, "plans", problems) else []
    for entry in entries or ():
        handle = entry.name
        base = f"plans/{handle}"
        if handle.startswith(".") or not (entry.is_dir() or entry.is_symlink()):
            continue
        if not _folder_ok(root, base, problems):
            continue
        inside = _listing(root, base, problems)
        if inside is None:
            continue
        names = {e.name: e for e in inside}
        plan_file = next((f"{base}/{n}" for n in ("plan.yaml", "plan.yml")
                          if n in names and names[n].is_file()), None)
        if plan_file is not None:
            problem = _unreadable_entry(names[plan_file.rpartition("/")[2]], plan_file,
                                        root.resolve())
            if problem is not None:  # a link out (a warning) leaves the plan without a file
                problems.append(problem)
                if problem.is_error:
                    continue
                plan_file = None
        if plan_file is None:
            problems.append(error(base, 1, 1, "missing-plan-file", plan=handle))
        elif not PLAN_HANDLE.match(handle):
            problems.append(error(plan_file, 1, 1, "bad-plan-handle", plan=handle))
        else:
            files.append(SourceFile(plan_file, "plan", handle))
        for sub in ("updates", "measurements"):
            for rel in _walk(root, f"{base}/{sub}", problems):
                files.append(SourceFile(rel, sub, handle))
        # A YAML file elsewhere in the plan folder (`update/` for `updates/`) would be
        # silently ignored: say so.
        for rel in _walk(root, base, problems, skip=(f"{base}/updates",
                                                       f"{base}/measurements"), top=False):
            if rel != plan_file and rel not in (f"{base}/plan.yaml", f"{base}/plan.yml"):
                problems.append(warning(rel, 1, 1, "stray-file"))
    files.sort()
    return files, problems


def _unreadable_entry(entry: os.DirEntry[str], rel: str, real_root: Path
                      ) -> Diagnostic | None:
    """Why a directory entry named like a YAML file must not be read, if it must not.

    The entry's type comes from the directory listing itself: regular files, nearly all of
    them, cost no extra system call.
    """
    try:
        rel.encode("utf-8")
    except UnicodeEncodeError:  # a name no terminal or JSON output can carry as it is
        shown = rel.encode("utf-8", "surrogateescape").decode("utf-8", "replace")
        return error(shown, 1, 1, "unreadable", reason="the file name is not UTF-8")
    if entry.is_file(follow_symlinks=False):
        return None
    if entry.is_symlink():
        try:
            target = Path(entry.path).resolve(strict=False)
        except (OSError, RuntimeError):  # a link to itself, or a cycle of links
            return error(rel, 1, 1, "unreadable", reason="a symbolic link that loops")
        if not target.is_relative_to(real_root):
            return warning(rel, 1, 1, "symlink-outside")
        if not target.exists() or target.is_file():
            return None  # a dangling link is reported when it cannot be read
    return error(rel, 1, 1, "unreadable", reason="not a regular file")  # a pipe would block


def _is_leftover(name: str) -> bool:
    """A temporary file of an interrupted write (`cchc.write.atomic`): `.<name>.yaml.<hex>.tmp`."""
    if not name.endswith(TEMP_SUFFIX):
        return False
    stem = name[1:-len(TEMP_SUFFIX)].rpartition(".")[0]
    return stem.endswith(YAML_SUFFIXES)


def _walk(root: Path, rel_dir: str, problems: list[Diagnostic],
          skip: tuple[str, ...] = (), top: bool = True) -> list[str]:
    """YAML files under `rel_dir`, sorted. Every folder on the way is checked: a link that
    leaves the repository is not followed (a warning), a link that stays inside is, once
    (a link back to a folder already walked is not walked again)."""
    if top and not _folder_ok(root, rel_dir, problems):
        return []
    found: list[str] = []
    real_root = root.resolve()
    seen: set[str] = set()
    stack = [rel_dir]
    while stack:
        here = stack.pop()
        real = os.path.realpath(root / here)
        if real in seen:
            continue
        seen.add(real)
        entries = _listing(root, here, problems)
        if entries is None:
            continue
        folders: list[str] = []
        for entry in entries:
            name = entry.name
            rel = f"{here}/{name}"
            if entry.is_dir(follow_symlinks=False):
                if not name.startswith(".") and rel not in skip:
                    folders.append(rel)
                continue
            if name.startswith(".") and _is_leftover(name):
                problems.append(warning(rel, 1, 1, "leftover-temp"))
                continue
            if name.startswith("."):
                continue
            if not name.endswith(YAML_SUFFIXES):
                if entry.is_symlink() and rel not in skip and _is_folder_link(entry):
                    if _folder_ok(root, rel, problems):
                        folders.append(rel)
                continue
            problem = _unreadable_entry(entry, rel, real_root)
            if problem is not None:
                problems.append(problem)
                continue
            found.append(rel)
        stack.extend(reversed(folders))
    found.sort()
    return found


def _is_folder_link(entry: os.DirEntry[str]) -> bool:
    try:
        return entry.is_dir()
    except OSError:
        return False
