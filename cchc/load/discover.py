"""Finding the repository root and the files in it (docs/format.md, "The repository")."""

from __future__ import annotations

import os
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Literal

from cchc.diagnostics import Diagnostic, error, warning
from cchc.errors import CchcError
from cchc.model.fields import PLAN_HANDLE

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


def list_files(root: Path) -> tuple[list[SourceFile], list[Diagnostic]]:
    """Every YAML file cchc reads, sorted, with problems of the layout itself."""
    files: list[SourceFile] = []
    problems: list[Diagnostic] = []
    for name in ("cchc.yaml", "cchc.yml"):
        if (root / name).is_file():
            files.append(SourceFile(name, "config"))
            break
    for rel in _walk(root, "units", problems):
        files.append(SourceFile(rel, "units"))
    plans_dir = root / "plans"
    if plans_dir.is_dir():
        for entry in sorted(plans_dir.iterdir(), key=lambda p: p.name):
            if entry.name.startswith(".") or not entry.is_dir():
                continue
            handle = entry.name
            base = f"plans/{handle}"
            plan_file = next((f"{base}/{n}" for n in ("plan.yaml", "plan.yml")
                              if (entry / n).is_file()), None)
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
                                                           f"{base}/measurements")):
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
          skip: tuple[str, ...] = ()) -> list[str]:
    """YAML files under `rel_dir`, sorted; links that leave the repository are not followed,
    and folders are never entered through a link."""
    top = root / rel_dir
    if not top.is_dir():
        return []
    found: list[str] = []
    real_root = root.resolve()
    stack = [rel_dir]
    while stack:
        here = stack.pop()
        try:
            with os.scandir(root / here) as listing:
                entries = sorted(listing, key=lambda e: e.name)
        except OSError as exc:
            problems.append(error(here, 1, 1, "unreadable",
                                  reason=exc.strerror or type(exc).__name__))
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
            if not name.endswith(YAML_SUFFIXES) or name.startswith("."):
                continue
            problem = _unreadable_entry(entry, rel, real_root)
            if problem is not None:
                problems.append(problem)
                continue
            found.append(rel)
        stack.extend(reversed(folders))
    found.sort()
    return found
