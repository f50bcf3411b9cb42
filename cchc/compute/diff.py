"""What changed in the plans between two states of the repository (`cchc diff`); pure.

`diff(before, after)` compares two snapshots (`cchc.model.snapshot.Snapshot`, read from git or
from the disk by `cchc.load.revisions.snapshot`) and returns `Change`s, sorted. Nothing here
reads a file or runs git.

Deadlines and targets are compared by meaning, not by text: `2023-02` and
`trong tháng 02 năm 2023` are the same deadline. The readings chosen where the contract is
silent are written down in docs/diff.md.
"""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from typing import Any, Literal

from cchc.model.deadlines import Deadline, Span, occurrences
from cchc.model.domain import Indicator, Task
from cchc.model.snapshot import Item, PlanSnapshot, Snapshot, plain_data
from cchc.model.target import Target
from cchc.sorting import natural_key

Kind = Literal["task", "indicator", "record", "reading"]
ChangeKind = Literal["added", "removed", "due-earlier", "due-later", "lead-changed",
                     "target-tightened", "target-loosened", "changed"]
KINDS: tuple[Kind, ...] = ("task", "indicator", "record", "reading")
CHANGES: tuple[ChangeKind, ...] = ("added", "removed", "due-earlier", "due-later",
                                   "lead-changed", "target-tightened", "target-loosened",
                                   "changed")


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

    def sort_key(self) -> tuple[Any, ...]:
        return (self.plan, KINDS.index(self.kind), natural_key(self.id), self.id,
                CHANGES.index(self.change))


def diff(before: Snapshot, after: Snapshot, plan: str | None = None) -> list[Change]:
    """Every change from `before` to `after` (only plan `plan`, if given), sorted by plan,
    kind, natural id, change.

    A plan file unreadable on either side is left out on both. A record or readings file
    that was readable and no longer is (a syntax error, bad bytes) is `changed`, its `after`
    null: what the clerk filed no longer counts. One unreadable before and readable after is
    `added`. A file moved or renamed (`git mv`) within its plan with the same content is no
    change."""
    skipped = set(before.unreadable) | set(after.unreadable)
    skipped_plans = {handle for p in skipped if (handle := _plan_of_file(p)) is not None}
    out: list[Change] = []
    for handle in sorted(set(before.plans) | set(after.plans)):
        if handle in skipped_plans or (plan is not None and handle != plan):
            continue
        out.extend(_plan_changes(handle, before.plans.get(handle), after.plans.get(handle)))
    files: tuple[tuple[Kind, dict[str, Any], dict[str, Any]], ...] = (
        ("record", before.records, after.records), ("reading", before.readings, after.readings))
    for kind, b_files, a_files in files:
        found: list[Change] = []
        for path in sorted(set(b_files) | set(a_files) | _files_of(kind, after.unreadable)):
            handle = path.split("/")[1]
            if plan is not None and handle != plan:
                continue
            if path in after.unreadable:
                if path in b_files:
                    found.append(Change(handle, kind, path, "changed", b_files[path], None))
                continue
            if path in before.unreadable:  # it did not count before; now it does
                found.append(Change(handle, kind, path, "added", None, a_files[path]))
                continue
            found.extend(_file_change(handle, kind, path, b_files, a_files))
        out.extend(_without_moves(found))
    return sorted(out, key=Change.sort_key)


def _files_of(kind: Kind, paths: Iterable[str]) -> set[str]:
    """The paths that hold files of `kind`: `plans/<plan>/updates/...` for records."""
    folder = "updates" if kind == "record" else "measurements"
    return {p for p in paths if p.split("/")[2:3] == [folder]}


def _without_moves(changes: list[Change]) -> list[Change]:
    """`changes` less each removed file whose very content was added under another name of
    the same plan (`git mv`, a renamed folder): a move, which changes no record. Pairs are
    taken in path order, so the answer does not depend on the order of the input."""
    def content(c: Change) -> tuple[str, str]:
        value = c.before if c.change == "removed" else c.after
        return c.plan, json.dumps(plain_data(value), sort_keys=True, ensure_ascii=False)

    added: dict[tuple[str, str], list[Change]] = {}
    for c in sorted(changes, key=lambda c: c.id):
        if c.change == "added":
            added.setdefault(content(c), []).append(c)
    moved: set[int] = set()
    for c in sorted(changes, key=lambda c: c.id):
        if c.change == "removed" and (twins := added.get(content(c))):
            moved.update((id(c), id(twins.pop(0))))
    return [c for c in changes if id(c) not in moved]


def _plan_of_file(path: str) -> str | None:
    """The handle of `plans/<handle>/plan.yaml` (or `.yml`), else None. The paths given are
    those `cchc.load.revisions.classify` kept, so the file name alone tells a plan file."""
    parts = path.split("/")
    return parts[1] if len(parts) == 3 and parts[2] in ("plan.yaml", "plan.yml") else None


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

FREQUENCY_ORDER = ("daily", "weekly", "monthly", "quarterly", "half-yearly", "yearly")


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
