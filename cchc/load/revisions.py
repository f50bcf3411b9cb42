"""Reading the repository as it was at a git revision, or as it is on disk (`cchc diff`).

`snapshot(root, rev)` reads the plans, records and readings into a `cchc.model.snapshot.Snapshot`:
files are parsed with the ordinary reader (`cchc.load.yamlread.parse`) and items validated with
the ordinary models (then made into their plain objects, `cchc.model.domain`); a file that
does not parse is kept aside in `Snapshot.unreadable` rather than raising. Git is run here,
and only here: one `ls-tree` and one `cat-file --batch` per revision, whatever the size.
`cchc.compute.diff` compares the snapshots without any I/O.
"""

from __future__ import annotations

import subprocess
from collections.abc import Callable, Mapping
from pathlib import Path
from typing import Any, TypeVar

from pydantic import BaseModel, ValidationError

from cchc.diagnostics import Diagnostic, error
from cchc.errors import CchcError
from cchc.load import schema
from cchc.load.discover import YAML_SUFFIXES, list_files
from cchc.load.yamlread import parse
from cchc.model import plan
from cchc.model.deadlines import Span
from cchc.model.domain import Indicator, Task
from cchc.model.fields import PLAN_HANDLE
from cchc.model.snapshot import Item, PlanSnapshot, Snapshot, plain_data

M = TypeVar("M", bound=BaseModel)
T = TypeVar("T")


def classify(rel: str) -> tuple[str, str] | None:
    """(`plan` | `updates` | `measurements`, plan handle) for a path the diff reads, else None.

    The same rules as `cchc.load.discover.list_files`, applied to a path: hidden files and
    folders are not read, only `.yaml`/`.yml`, a plan file only under a valid handle.
    """
    parts = rel.split("/")
    if len(parts) < 3 or parts[0] != "plans" or not rel.endswith(YAML_SUFFIXES):
        return None
    if any(not p or p.startswith(".") for p in parts):
        return None
    handle = parts[1]
    if len(parts) == 3 and parts[2] in ("plan.yaml", "plan.yml"):
        return ("plan", handle) if PLAN_HANDLE.match(handle) else None
    if len(parts) >= 4 and parts[2] in ("updates", "measurements"):
        return (parts[2], handle)
    return None


def build_snapshot(files: Mapping[str, bytes]) -> Snapshot:
    """A snapshot from file contents by path (relative to the repository root); pure."""
    snap = Snapshot()
    plan_files: dict[str, str] = {}
    for rel in sorted(files):
        found = classify(rel)
        if found is None:
            continue
        kind, handle = found
        if kind == "plan":
            # plan.yaml wins over plan.yml, as in the loader
            if handle not in plan_files or rel.endswith(".yaml"):
                plan_files[handle] = rel
            continue
        doc, problems = parse(rel, files[rel])
        if doc is None:
            snap.unreadable[rel] = problems[0]
        else:
            (snap.records if kind == "updates" else snap.readings)[rel] = doc.data
    for handle, rel in sorted(plan_files.items()):
        doc, problems = parse(rel, files[rel])
        if doc is None:
            snap.unreadable[rel] = problems[0]
        elif not isinstance(doc.data, dict):
            got = type(doc.data).__name__
            snap.unreadable[rel] = (error(rel, 1, 1, "empty-file", expected="plan")
                                    if doc.data is None else
                                    error(rel, 1, 1, "not-a-mapping", expected="plan", got=got))
        else:
            snap.plans[handle] = _plan_snapshot(handle, rel, doc.data)
    return snap


def _plan_snapshot(handle: str, rel: str, data: dict[str, Any]) -> PlanSnapshot:
    try:
        period = plan.Plan.model_validate({"period": data.get("period")}).period
        span: Span | None = Span(period.start, period.end)
    except ValidationError:
        span = None
    return PlanSnapshot(handle, rel, data, span, _items(plan.Task, _task, data.get("tasks")),
                        _items(plan.Indicator, _indicator, data.get("indicators")))


def _task(model: plan.Task) -> Task:
    return schema.plain(model)


def _indicator(model: plan.Indicator) -> Indicator:
    return schema.plain(model)


def _items(model: type[M], make: Callable[[M], T], items: Any) -> dict[str, Item[T]]:
    """Items by id; an invalid item is kept with `model=None`; the first of a duplicated id
    wins (a duplicate is `cchc check`'s business)."""
    out: dict[str, Item[T]] = {}
    for raw in items if isinstance(items, list) else ():
        if not isinstance(raw, dict) or raw.get("id") is None:
            continue
        try:
            valid: T | None = make(model.model_validate(raw))
        except ValidationError:
            valid = None
        ident = str(getattr(valid, "id", None) or plain_data(raw["id"]))
        out.setdefault(ident, Item(ident, raw, valid))
    return out


def snapshot(root: Path, rev: str | None) -> Snapshot:
    """The repository at `root` as it was at git revision `rev`; `None` reads the disk.

    Raises `CchcError` (exit 2) when git is missing, `root` is not in a git work tree, or
    `rev` names no commit. `root` may be a subfolder of the work tree.
    """
    if rev is not None:
        return build_snapshot(git_files(root, rev))
    files: dict[str, bytes] = {}
    unreadable: dict[str, Diagnostic] = {}
    sources, _ = list_files(root)
    for source in sources:
        if classify(source.path) is None:
            continue
        try:
            files[source.path] = (root / source.path).read_bytes()
        except OSError as exc:
            reason = exc.strerror or type(exc).__name__
            unreadable[source.path] = error(source.path, 1, 1, "unreadable", reason=reason)
    snap = build_snapshot(files)
    snap.unreadable.update(unreadable)
    return snap


def git_files(root: Path, rev: str) -> dict[str, bytes]:
    """The contents, at `rev`, of the files under `root` that the diff reads, by path
    relative to `root`. One `ls-tree` and one `cat-file --batch`, whatever the size."""
    top, prefix = _work_tree(root)
    commit = _resolve(top, rev)
    listing = _git(top, ["ls-tree", "-r", "-z", "--full-tree", commit])
    wanted: list[tuple[str, str]] = []  # (object id, path relative to root)
    for entry in listing.split(b"\0"):
        if not entry:
            continue
        meta, _, name_bytes = entry.partition(b"\t")
        mode, kind, oid = meta.decode("ascii").split()
        name = name_bytes.decode("utf-8", "surrogateescape")
        # regular files only: a link's blob is its target, a submodule has no blob
        if kind != "blob" or mode not in ("100644", "100755") or not name.startswith(prefix):
            continue
        rel = name[len(prefix):]
        if classify(rel) is not None:
            wanted.append((oid, rel))
    if not wanted:
        return {}
    batch = _git(top, ["cat-file", "--batch"], "".join(f"{o}\n" for o, _ in wanted).encode())
    out: dict[str, bytes] = {}
    at = 0
    for _, rel in wanted:
        end = batch.index(b"\n", at)
        header = batch[at:end].split()
        at = end + 1
        if len(header) < 3:  # "<oid> missing": a damaged clone; nothing to read
            continue
        size = int(header[2])
        out[rel] = batch[at:at + size]
        at += size + 1
    return out


def _work_tree(root: Path) -> tuple[Path, str]:
    """The git work tree's top folder and `root`'s path inside it ("" or "sub/dir/")."""
    try:
        lines = _git(root, ["rev-parse", "--show-toplevel", "--show-prefix"]).decode(
            "utf-8", "surrogateescape").splitlines()
    except _GitFailed as exc:
        raise CchcError("diff.not-git", path=str(root), reason=exc.reason) from None
    if len(lines) < 2:  # inside .git, or a bare repository
        raise CchcError("diff.not-git", path=str(root), reason="no work tree")
    return Path(lines[0]), lines[1]


def _resolve(top: Path, rev: str) -> str:
    if not rev or rev.startswith("-") or "\0" in rev:
        raise CchcError("diff.bad-revision", rev=rev)
    try:
        out = _git(top, ["rev-parse", "--verify", "--quiet", f"{rev}^{{commit}}"])
    except _GitFailed:
        raise CchcError("diff.bad-revision", rev=rev) from None
    return out.decode("ascii").strip()


class _GitFailed(Exception):
    def __init__(self, reason: str) -> None:
        super().__init__(reason)
        self.reason = reason


def _git(cwd: Path, args: list[str], stdin: bytes | None = None) -> bytes:
    try:
        proc = subprocess.run(["git", "-C", str(cwd), *args], input=stdin,
                              capture_output=True, check=False)
    except OSError:
        raise CchcError("diff.no-git") from None
    if proc.returncode != 0:
        message = proc.stderr.decode("utf-8", "replace").strip().splitlines()
        reason = message[0].removeprefix("fatal: ") if message else f"exit {proc.returncode}"
        raise _GitFailed(reason)
    return proc.stdout
