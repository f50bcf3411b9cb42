"""Obligations: what each accountable unit owes for each task, and where it stands, as of a day.

Pure: no I/O, no clock; `as_of` is an argument. Rules (docs/format.md,
"Units and groups", "Deadlines" and "Progress records"):

- One obligation per (plan, task, accountable unit). The accountable units are the expansion
  of the task's `lead` (groups fan out, co-leads each answer, each unit once); supporting
  units owe nothing.
- Only records dated on or before `as_of` count. Records belong to one (task, unit). The
  "latest" record is the last by date, then path, then position in its file.
- One-off tasks are due on their date; ongoing tasks at the end of the plan period. The
  unit's latest record gives its status (none: `not-started`). In order:
  latest status `done` -> `done`, or `done-late` when it was completed after the due date
  (completed = the first record of the final unbroken run of `done` records, so a second
  `done` filed later to add evidence does not make on-time work late);
  as-of after the due date -> `overdue`; due within `due_soon_days` (0 = due today) ->
  `due-soon`; an ongoing task with no record in the last `stale_after_days` days, i.e. none
  dated after `as_of - stale_after_days`, once that many days of the plan have passed ->
  `stale`; else the latest status (`blocked`, `in-progress`, `not-started`).
- Recurring tasks owe the occurrences of `cchc.model.deadlines.occurrences`. A `done` record
  satisfies every occurrence its span (its `period`, else its date) overlaps; an occurrence
  is late when its earliest satisfying record is dated after its due date. In order:
  any unsatisfied occurrence due before `as_of` -> `overdue` (due = the earliest such,
  `occurrences` = how many, `status` = the latest record overlapping that earliest one, else
  `not-started`); the next unsatisfied occurrence due within `due_soon_days` -> `due-soon`;
  every occurrence satisfied -> `done`, or `done-late` if any was late (`days_late` = the
  most late); else the latest record's status, where a latest `done` (the unit is keeping
  up, more is to come) reads `in-progress`; no record -> `not-started`.
- A unit with `until` owes nothing due after that day: later occurrences are dropped, and a
  one-off or ongoing task due after it is no obligation at all (for an ongoing task its only
  deadline is the period's end, so a unit that ceases before then owes it nothing, staleness
  included). A rule that gives no date in the plan period owes nothing either.
"""

from __future__ import annotations

import datetime as dt
from bisect import bisect_left, bisect_right
from collections.abc import Iterable, Sequence
from functools import partial
from operator import attrgetter, itemgetter
from typing import TYPE_CHECKING, Literal, NamedTuple, TypeAlias

from cchc.model.deadlines import Kind, Span, occurrences
from cchc.model.domain import Config, Task
from cchc.model.registry import Registry
from cchc.model.repository import Repository
from cchc.model.rows import RecordRow
from cchc.sorting import natural_key

if TYPE_CHECKING:
    from cchc.model.records import Record

State = Literal["overdue", "due-soon", "stale", "blocked", "in-progress", "not-started",
                "done-late", "done"]
STATES: tuple[State, ...] = ("overdue", "due-soon", "stale", "blocked", "in-progress",
                             "not-started", "done-late", "done")
# A record as the models give it, or as the computation reads it (the same fields).
AnyRecord: TypeAlias = "Record | RecordRow"
# A unit's status from its records: a record's status, or `not-started` without one.
ReportedStatus = Literal["not-started", "in-progress", "blocked", "done"]


class Obligation(NamedTuple):
    """One (plan, task, accountable unit) and where it stands as of the day computed for.

    A named tuple rather than a frozen dataclass: a province has a hundred thousand of them,
    and a tuple is built in one step where a frozen dataclass sets each field in turn.
    """

    plan: str
    task: str
    unit: str
    kind: Kind
    state: State
    status: ReportedStatus  # overdue: the contract's `status`; otherwise the latest record's status
    due: dt.date | None  # overdue: earliest overdue due date; else next unsatisfied, or None
    days_overdue: int
    occurrences: int  # how many occurrences are overdue
    total_occurrences: int
    done_occurrences: int
    last_record: dt.date | None
    days_late: int



# An obligation from its fields in a tuple (what the named tuple's own `__new__` does, without
# calling Python for each of a hundred thousand)
_obligation = partial(tuple.__new__, Obligation)


# --- satisfaction of recurring occurrences ---


def first_done(spans: Sequence[Span], done: Iterable[tuple[Span, dt.date]],
               ends: Sequence[dt.date] | None = None, *,
               starts: Sequence[dt.date] | None = None,
               by_date: bool = False) -> list[dt.date | None]:
    """For each occurrence, the date of the earliest `done` record that satisfies it, or None.

    `spans` are sorted and disjoint (as `occurrences` gives them); `done` holds each done
    record's span and date (`by_date`: already in date order). Records are taken earliest
    first and each paints only the occurrences no earlier record painted, found with a "next
    unpainted" pointer per occurrence, so the cost is O((occurrences + records) log) however
    wide the spans. `ends` and `starts` may pass the spans' ends and starts when known.
    """
    n = len(spans)
    found: list[dt.date | None] = [None] * n
    records = list(done) if by_date else sorted(done, key=_second)
    if not records:
        return found
    if starts is None:
        starts = [s.start for s in spans]
    if ends is None:
        ends = [s.end for s in spans]
    following = list(range(n + 1))  # following[i]: the first unpainted index >= i (lazily)

    for span, day in records:
        hi = bisect_right(starts, span.end)  # occurrences starting on or before the span ends
        i = _unpainted(following, bisect_left(ends, span.start))  # ... ending on or after it starts
        while i < hi:
            found[i] = day
            following[i] = i + 1
            i = _unpainted(following, i + 1)
    return found


_second = itemgetter(1)


def _unpainted(following: list[int], i: int) -> int:
    """The first index >= i not painted yet (`first_done`), compressing the path walked."""
    root = i
    while following[root] != root:
        root = following[root]
    while following[i] != root:
        following[i], i = root, following[i]
    return root


def satisfied(spans: Sequence[Span], done: Iterable[Span]) -> list[bool]:
    """Which occurrences some done record's span overlaps (docs/format.md, "Progress records")."""
    marker = dt.date.min
    return [d is not None for d in first_done(spans, ((s, marker) for s in done))]


# --- one obligation ---


def _completed(records: Sequence[AnyRecord]) -> dt.date:
    """The date of the first record of the final unbroken run of `done` records."""
    i = len(records) - 1
    while i > 0 and records[i - 1].status == "done":
        i -= 1
    return records[i].date


def assess(plan: str, task: Task, unit: str, records: Sequence[AnyRecord], *, period: Span,
           as_of: dt.date, config: Config, until: dt.date | None = None,
           spans: Sequence[Span] | None = None,
           ends: Sequence[dt.date] | None = None) -> Obligation | None:
    """The obligation of `unit` for `task`, or None when it owes nothing (see the module doc).

    `records` are the unit's records for the task, oldest first in the contract's order (date,
    path, position); those after `as_of` are ignored. `spans` may pass the task's occurrences
    when already computed, so a task led by many units expands its deadline once (and `ends`
    their due dates).
    """
    records = [r for r in records if r.date <= as_of]
    kind = task.due.kind
    if kind == "recurring":
        all_spans = spans if spans is not None else occurrences(task.due, period)
        all_ends = ends if ends is not None else [s.end for s in all_spans]
        if until is not None:
            keep = bisect_right(all_ends, until)
            all_spans, all_ends = all_spans[:keep], all_ends[:keep]
        if not all_spans:
            return None
        return _recurring(plan, task.id, unit, records, all_spans, all_ends, as_of,
                          config.due_soon_days)
    due = task.due.due if kind == "one-off" else period.end
    if due is None or (until is not None and due > until):
        return None
    return _single(plan, task.id, kind, unit, records, due, period, as_of,
                   config.due_soon_days, config.stale_after_days)


def _single(plan: str, task: str, kind: Kind, unit: str, records: Sequence[AnyRecord],
            due: dt.date, period: Span, as_of: dt.date, soon: int,
            stale_days: int) -> Obligation:
    status, last = _latest(records)
    if status == "done":
        late = (_completed(records) - due).days
        if late > 0:
            return _obligation((plan, task, unit, kind, "done-late", status, None, 0, 0, 1, 1,
                                last, late))
        return _obligation((plan, task, unit, kind, "done", status, None, 0, 0, 1, 1, last, 0))
    if as_of > due:
        return _obligation((plan, task, unit, kind, "overdue", status, due, (as_of - due).days,
                            1, 1, 0, last, 0))
    if (due - as_of).days <= soon:
        state: State = "due-soon"
    elif kind == "ongoing" and _stale(records, period, as_of, stale_days):
        state = "stale"
    else:
        state = status
    return _obligation((plan, task, unit, kind, state, status, due, 0, 0, 1, 0, last, 0))


def _latest(records: Sequence[AnyRecord]) -> tuple[ReportedStatus, dt.date | None]:
    """The status and date of the last record (records in date order), or not started."""
    if records:
        return records[-1].status, records[-1].date
    return "not-started", None


def _stale(records: Sequence[AnyRecord], period: Span, as_of: dt.date, days: int) -> bool:
    if (as_of - period.start).days < days:
        return False
    window_start = as_of - dt.timedelta(days=days)  # exclusive: the last `days` days
    return not any(r.date > window_start for r in records)


def _recurring(plan: str, task: str, unit: str, records: Sequence[AnyRecord],
               spans: Sequence[Span], ends: Sequence[dt.date], as_of: dt.date,
               soon: int, starts: Sequence[dt.date] | None = None,
               by_date: bool = False) -> Obligation:
    # `by_date`: `records` are known to be in date order, so their done ones are too
    found = first_done(spans, [(r.span, r.date) for r in records if r.status == "done"], ends,
                       starts=starts, by_date=by_date)
    done_count = len(found) - found.count(None)
    total = len(spans)
    latest, last = _latest(records)
    past = bisect_left(ends, as_of)  # occurrences due before as_of: [0, past)
    missed = found[:past].count(None)
    if missed:
        first = spans[found.index(None, 0, past)]
        status: ReportedStatus = "not-started"
        for r in reversed(records):
            if r.span.overlaps(first):
                status = r.status
                break
        return _obligation((plan, task, unit, "recurring", "overdue", status, first.end,
                            (as_of - first.end).days, missed, total, done_count, last, 0))
    upcoming = spans[found.index(None, past)] if None in found[past:] else None
    if upcoming is not None:
        state: State = ("due-soon" if (upcoming.end - as_of).days <= soon
                        else "in-progress" if latest == "done" else latest)
        return _obligation((plan, task, unit, "recurring", state, latest, upcoming.end, 0, 0,
                            total, done_count, last, 0))
    late = max(((d - s.end).days for s, d in zip(spans, found, strict=True)
                if d is not None and d > s.end), default=0)
    return _obligation((plan, task, unit, "recurring", "done-late" if late > 0 else "done",
                        latest, None, 0, 0, total, done_count, last, late))


# --- the whole repository ---


_by_date = attrgetter("date")
_by_unit = itemgetter(2)


def obligations(repo: Repository, registry: Registry, as_of: dt.date, *,
                plan: str | None = None, unit: str | None = None) -> list[Obligation]:
    """Every obligation of the repository as of `as_of`, sorted by plan, natural task id, unit.

    `plan` keeps one plan; `unit` keeps the obligations of that unit, or of a group's members.

    The records are indexed once per (task, unit) (`PlanData.by_owner`); each lead's units are
    expanded once, each task's deadline once (and cut once for each `until` among its units);
    the units that filed nothing for a task share one assessment.
    """
    wanted = set(registry.expand(unit)) if unit is not None else None
    soon, stale_days = repo.config.due_soon_days, repo.config.stale_after_days
    untils = {u: v.until for u, v in registry.units.items()}
    accountable: dict[tuple[str, ...], list[str]] = {}  # by lead: the units, sorted
    out: list[Obligation] = []
    for handle, pd in sorted(repo.plans.items()):
        if plan is not None and handle != plan:
            continue
        period = pd.plan.span
        owners = pd.by_owner()
        # The contract's order: natural task id, then unit (a stable sort of the tasks in
        # their plan's order, as one sort of every obligation by the pair would give).
        by_key: dict[tuple[tuple[int, int, str], ...], list[Obligation]] = {}
        mixed: set[tuple[tuple[int, int, str], ...]] = set()  # of more than one task
        for located_task in pd.tasks:
            task = located_task.value
            lead = tuple(task.lead)
            units = accountable.get(lead)
            if units is None:
                units = accountable[lead] = [u for u in registry.expand_all(lead)
                                             if wanted is None or u in wanted]
            if not units:
                continue
            tid, kind = task.id, task.due.kind
            key = natural_key(tid)
            mine = by_key.get(key)
            if mine is None:
                mine = by_key[key] = []
            else:
                mixed.add(key)
            nothing: dict[dt.date | None, Obligation | None] = {}  # by `until`: no record
            if kind == "recurring":
                spans = occurrences(task.due, period)
                ends = [s.end for s in spans]
                cut: dict[dt.date | None,
                          tuple[list[Span], list[dt.date], list[dt.date]]] = {}
                for u in units:
                    until = untils[u]
                    records = owners.get((tid, u))
                    if records is not None and records[-1].date > as_of:
                        records = records[:bisect_right(records, as_of, key=_by_date)] or None
                    if records is None and until in nothing:
                        same = nothing[until]
                        if same is not None:
                            mine.append(_obligation((handle, tid, u, *same[3:])))
                        continue
                    owed = cut.get(until)
                    if owed is None:
                        keep = bisect_right(ends, until) if until is not None else len(ends)
                        owed = cut[until] = (spans[:keep], ends[:keep],
                                             [s.start for s in spans[:keep]])
                    if not owed[0]:
                        found = None
                    else:
                        found = _recurring(handle, tid, u, records or (), owed[0], owed[1],
                                           as_of, soon, owed[2], by_date=True)
                        mine.append(found)
                    if records is None:
                        nothing[until] = found
                continue
            due = task.due.due if kind == "one-off" else period.end
            if due is None:
                continue
            for u in units:
                until = untils[u]
                if until is not None and due > until:
                    continue
                records = owners.get((tid, u))
                if records is not None and records[-1].date > as_of:
                    records = records[:bisect_right(records, as_of, key=_by_date)] or None
                if records is None:
                    same = nothing.get(None)
                    if same is None:
                        same = nothing[None] = _single(handle, tid, kind, u, (), due, period,
                                                       as_of, soon, stale_days)
                        mine.append(same)
                    else:
                        mine.append(_obligation((handle, tid, u, *same[3:])))
                    continue
                mine.append(_single(handle, tid, kind, u, records, due, period, as_of, soon,
                                    stale_days))
        for key in sorted(by_key):
            group = by_key[key]
            if key in mixed:  # one task's come in unit order already
                group.sort(key=_by_unit)
            out += group
    return out


def overdue(obls: Iterable[Obligation]) -> list[Obligation]:
    """The overdue obligations in the order of `cchc overdue`: plan, due date, task, unit."""
    late = [o for o in obls if o.state == "overdue"]
    late.sort(key=lambda o: (o.plan, o.due or dt.date.min, natural_key(o.task), o.unit))
    return late
