"""What changed in the plans between two states of the repository (`cchc diff`).

Two stages, both reusable:

- `snapshot(root, rev)` reads the repository as it was at a git revision (or, with
  `rev=None`, as it is on disk) into a `Snapshot`: per plan, its tasks and indicators by id
  (the raw mapping as written, and the validated model when it is valid), and the raw data of
  every progress-record and reading file by path. Files are parsed with the ordinary reader
  (`cchc.load.yamlread.parse`) and items validated with the ordinary models; a file that does
  not parse is kept aside in `Snapshot.unreadable` rather than raising.
- `diff(before, after)` compares two snapshots and returns `Change`s, sorted; it is pure.

Deadlines and targets are compared by meaning, not by text: `2023-02` and
`trong tháng 02 năm 2023` are the same deadline. The readings chosen where the contract is
silent are written down in docs/diff.md.
"""

from __future__ import annotations

import datetime as dt
import json
import math
import subprocess
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Generic, Literal, TypeVar

from pydantic import BaseModel, ValidationError

from cchc.diagnostics import Diagnostic, error
from cchc.errors import CchcError
from cchc.load.discover import YAML_SUFFIXES, list_files
from cchc.load.yamlread import parse
from cchc.model.deadlines import Deadline, Span, occurrences
from cchc.model.fields import PLAN_HANDLE
from cchc.model.plan import Indicator, Plan, Target, Task
from cchc.sorting import natural_key

Kind = Literal["task", "indicator", "record", "reading"]
ChangeKind = Literal["added", "removed", "due-earlier", "due-later", "lead-changed",
                     "target-tightened", "target-loosened", "changed"]
KINDS: tuple[Kind, ...] = ("task", "indicator", "record", "reading")
CHANGES: tuple[ChangeKind, ...] = ("added", "removed", "due-earlier", "due-later",
                                   "lead-changed", "target-tightened", "target-loosened",
                                   "changed")

M = TypeVar("M", bound=BaseModel)


# --- snapshots ------------------------------------------------------------------------------


@dataclass(frozen=True)
class Item(Generic[M]):
    """A task or indicator as written (`raw`, a mapping) and, when valid, as a model."""

    id: str
    raw: dict[str, Any]
    model: M | None


@dataclass
class PlanSnapshot:
    handle: str
    path: str
    raw: dict[str, Any]
    span: Span | None  # the plan period; None when it is not valid
    tasks: dict[str, Item[Task]] = field(default_factory=dict)
    indicators: dict[str, Item[Indicator]] = field(default_factory=dict)


@dataclass
class Snapshot:
    """The plans, records and readings of a repository at one revision (or on disk)."""

    plans: dict[str, PlanSnapshot] = field(default_factory=dict)
    records: dict[str, Any] = field(default_factory=dict)  # path -> raw data of the file
    readings: dict[str, Any] = field(default_factory=dict)  # path -> raw data of the file
    unreadable: dict[str, Diagnostic] = field(default_factory=dict)  # path -> why


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
        span: Span | None = Plan.model_validate({"period": data.get("period")}).span
    except ValidationError:
        span = None
    return PlanSnapshot(handle, rel, data, span, _items(Task, data.get("tasks")),
                        _items(Indicator, data.get("indicators")))


def _items(model: type[M], items: Any) -> dict[str, Item[M]]:
    """Items by id; an invalid item is kept with `model=None`; the first of a duplicated id
    wins (a duplicate is `cchc check`'s business)."""
    out: dict[str, Item[M]] = {}
    for raw in items if isinstance(items, list) else ():
        if not isinstance(raw, dict) or raw.get("id") is None:
            continue
        try:
            valid: M | None = model.model_validate(raw)
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


def resolve_revision(root: Path, rev: str) -> str:
    """The commit id `rev` names; CchcError `diff.bad-revision` if none."""
    return _resolve(_work_tree(root)[0], rev)


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


# --- changes --------------------------------------------------------------------------------


@dataclass(frozen=True)
class Change:
    """One line of the diff. `before`/`after` are the values as written; None where absent."""

    plan: str
    kind: Kind
    id: str
    change: ChangeKind
    before: Any
    after: Any

    @property
    def loosening(self) -> bool:
        """What `--fail-on-loosening` stops: a deadline later, a target lower, a task
        removed, an existing record or reading rewritten or deleted."""
        if self.change in ("due-later", "target-loosened"):
            return True
        if self.kind == "task":
            return self.change == "removed"
        return self.kind in ("record", "reading") and self.change in ("removed", "changed")

    def as_json(self) -> dict[str, Any]:
        return {"plan": self.plan, "kind": self.kind, "id": self.id, "change": self.change,
                "before": plain_data(self.before), "after": plain_data(self.after)}

    def sort_key(self) -> tuple[Any, ...]:
        return (self.plan, KINDS.index(self.kind), natural_key(self.id), self.id,
                CHANGES.index(self.change))


def diff(before: Snapshot, after: Snapshot, plan: str | None = None) -> list[Change]:
    """Every change from `before` to `after` (only plan `plan`, if given), sorted by plan,
    kind, natural id, change. Files unreadable on either side are left out on both."""
    skipped = set(before.unreadable) | set(after.unreadable)
    skipped_plans = {found[1] for p in skipped
                     if (found := classify(p)) is not None and found[0] == "plan"}
    out: list[Change] = []
    for handle in sorted(set(before.plans) | set(after.plans)):
        if handle in skipped_plans or (plan is not None and handle != plan):
            continue
        out.extend(_plan_changes(handle, before.plans.get(handle), after.plans.get(handle)))
    files: tuple[tuple[Kind, dict[str, Any], dict[str, Any]], ...] = (
        ("record", before.records, after.records), ("reading", before.readings, after.readings))
    for kind, b_files, a_files in files:
        for path in sorted(set(b_files) | set(a_files)):
            handle = path.split("/")[1]
            if path in skipped or (plan is not None and handle != plan):
                continue
            out.extend(_file_change(handle, kind, path, b_files, a_files))
    return sorted(out, key=Change.sort_key)


def _file_change(handle: str, kind: Kind, path: str, before: Mapping[str, Any],
                 after: Mapping[str, Any]) -> list[Change]:
    if path not in before:
        return [Change(handle, kind, path, "added", None, after[path])]
    if path not in after:
        return [Change(handle, kind, path, "removed", before[path], None)]
    if plain_data(before[path]) != plain_data(after[path]):
        return [Change(handle, kind, path, "changed", before[path], after[path])]
    return []


def _plan_changes(handle: str, before: PlanSnapshot | None,
                  after: PlanSnapshot | None) -> Iterable[Change]:
    b_tasks = before.tasks if before else {}
    a_tasks = after.tasks if after else {}
    for tid in set(b_tasks) | set(a_tasks):
        if tid not in a_tasks:
            yield Change(handle, "task", tid, "removed", b_tasks[tid].raw, None)
        elif tid not in b_tasks:
            yield Change(handle, "task", tid, "added", None, a_tasks[tid].raw)
        else:
            assert before is not None and after is not None
            yield from _task_changes(handle, b_tasks[tid], a_tasks[tid], before.span,
                                     after.span)
    b_inds = before.indicators if before else {}
    a_inds = after.indicators if after else {}
    for iid in set(b_inds) | set(a_inds):
        if iid not in a_inds:
            yield Change(handle, "indicator", iid, "removed", b_inds[iid].raw, None)
        elif iid not in b_inds:
            yield Change(handle, "indicator", iid, "added", None, a_inds[iid].raw)
        else:
            yield from _indicator_changes(handle, b_inds[iid], a_inds[iid])


_TASK_FIELDS = ("section", "title", "text", "note")
_TASK_SETS = ("support", "indicators")


def _task_changes(handle: str, b: Item[Task], a: Item[Task], b_span: Span | None,
                  a_span: Span | None) -> Iterable[Change]:
    bt, at = b.model, a.model
    if bt is None or at is None:  # an invalid task: compare what is written
        if plain_data(b.raw) != plain_data(a.raw):
            yield Change(handle, "task", b.id, "changed", b.raw, a.raw)
        return
    moved = compare_due(bt.due, b_span, at.due, a_span)
    if moved in (-1, 1):
        yield Change(handle, "task", b.id, "due-earlier" if moved < 0 else "due-later",
                     bt.due.written, at.due.written)
    if set(bt.lead) != set(at.lead):
        yield Change(handle, "task", b.id, "lead-changed", b.raw.get("lead"), a.raw.get("lead"))
    if (moved is None
            or any(getattr(bt, f) != getattr(at, f) for f in _TASK_FIELDS)
            or any(set(getattr(bt, f)) != set(getattr(at, f)) for f in _TASK_SETS)):
        yield Change(handle, "task", b.id, "changed", b.raw, a.raw)


_INDICATOR_FIELDS = ("name", "framework", "per", "frequency", "owner")


def _indicator_changes(handle: str, b: Item[Indicator], a: Item[Indicator]) -> Iterable[Change]:
    bi, ai = b.model, a.model
    if bi is None or ai is None:
        if plain_data(b.raw) != plain_data(a.raw):
            yield Change(handle, "indicator", b.id, "changed", b.raw, a.raw)
        return
    moved = compare_target(bi.target, ai.target)
    if moved in (-1, 1):
        yield Change(handle, "indicator", b.id,
                     "target-tightened" if moved < 0 else "target-loosened",
                     b.raw.get("target"), a.raw.get("target"))
    if (moved is None or any(getattr(bi, f) != getattr(ai, f) for f in _INDICATOR_FIELDS)
            or set(bi.units) != set(ai.units)):
        yield Change(handle, "indicator", b.id, "changed", b.raw, a.raw)


# --- comparing deadlines and targets ----------------------------------------------------------

FREQUENCY_ORDER = ("daily", "weekly", "monthly", "quarterly", "yearly")


def compare_due(before: Deadline, before_span: Span | None, after: Deadline,
                after_span: Span | None) -> int | None:
    """-1 if `after` is due earlier (tighter), 1 if later (looser), 0 if it owes the same
    occurrences, None if it differs in a way that is neither (a reviewer reads it).

    Named frequencies compare by their order (daily < weekly < ... < yearly). Otherwise the
    number of occurrences within the plan period compares first (fewer is later: an RRULE
    that drops dates, a monthly task made one-off), then the first occurrence's due date.
    One-off tasks are due on their date, ongoing ones at the end of the plan period.
    """
    if before.frequency and after.frequency and before.frequency != after.frequency:
        rank = FREQUENCY_ORDER.index
        return -1 if rank(after.frequency) < rank(before.frequency) else 1
    b = _dues(before, before_span)
    a = _dues(after, after_span)
    if b is None or a is None:  # no valid plan period: only dates compare
        if before.due is not None and after.due is not None:
            return _sign(after.due, before.due) or (0 if before.kind == after.kind else None)
        return 0 if before.canonical == after.canonical else None
    same_named = before.frequency is not None and before.frequency == after.frequency
    if not same_named and len(a) != len(b):
        return 1 if len(a) < len(b) else -1
    if not a or not b:
        return 0 if before.canonical == after.canonical else None
    first = _sign(a[0], b[0])
    if first:
        return first
    return 0 if a == b and before.kind == after.kind else None


def _dues(deadline: Deadline, span: Span | None) -> list[dt.date] | None:
    if deadline.kind == "one-off":
        return [deadline.due] if deadline.due is not None else None
    if span is None:
        return None
    return [o.end for o in occurrences(deadline, span)]


def _sign(a: dt.date, b: dt.date) -> int:
    return (a > b) - (a < b)


_FAMILY = {">": "up", ">=": "up", "<": "down", "<=": "down", "=": "equal"}


def compare_target(before: Target, after: Target) -> int | None:
    """-1 if `after` is tighter, 1 if looser, 0 if the same, None if neither (a change of
    direction, `=`, or percent against plain number).

    For > and >= a higher number is tighter, for < and <= a lower one; at the same number
    > is tighter than >=, and < than <=.
    """
    if (before.op, before.number, before.percent) == (after.op, after.number, after.percent):
        return 0
    family = _FAMILY[before.op]
    if family != _FAMILY[after.op] or family == "equal" or before.percent != after.percent:
        return None
    sign = 1.0 if family == "up" else -1.0

    def strength(t: Target) -> tuple[float, bool]:
        return (sign * t.number, t.op in (">", "<"))

    return -1 if strength(after) > strength(before) else 1


# --- plain data -----------------------------------------------------------------------------


def plain_data(value: Any) -> Any:
    """Raw YAML data as JSON data: dates in ISO form, keys as text, no NaN."""
    if isinstance(value, dict):
        return {k if isinstance(k, str) else _key(k): plain_data(v) for k, v in value.items()}
    if isinstance(value, list | tuple):
        return [plain_data(v) for v in value]
    if isinstance(value, dt.date):
        return value.isoformat()
    if isinstance(value, float) and not math.isfinite(value):
        return str(value)
    if value is None or isinstance(value, str | int | float):
        return value
    return str(value)


def _key(key: Any) -> str:
    plain = plain_data(key)
    return plain if isinstance(plain, str) else json.dumps(plain, ensure_ascii=False)


def as_json(changes: Iterable[Change]) -> str:
    """The contract's JSON shape: a list of changes, indented, with a trailing newline."""
    return json.dumps([c.as_json() for c in changes], ensure_ascii=False, indent=2) + "\n"
