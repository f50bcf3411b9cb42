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
from collections import defaultdict
from collections.abc import Iterable, Sequence
from typing import Literal, NamedTuple

from cchc.model.config import Config
from cchc.model.deadlines import Kind, Span, occurrences
from cchc.model.plan import Task
from cchc.model.records import Record
from cchc.model.registry import Registry
from cchc.model.repository import Located, Repository
from cchc.sorting import natural_key

State = Literal["overdue", "due-soon", "stale", "blocked", "in-progress", "not-started",
                "done-late", "done"]
STATES: tuple[State, ...] = ("overdue", "due-soon", "stale", "blocked", "in-progress",
                             "not-started", "done-late", "done")
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



# --- satisfaction of recurring occurrences ---


def first_done(spans: Sequence[Span], done: Iterable[tuple[Span, dt.date]],
               ends: Sequence[dt.date] | None = None) -> list[dt.date | None]:
    """For each occurrence, the date of the earliest `done` record that satisfies it, or None.

    `spans` are sorted and disjoint (as `occurrences` gives them); `done` holds each done
    record's span and date. Records are taken earliest first and each paints only the
    occurrences no earlier record painted, found with a "next unpainted" pointer per
    occurrence, so the cost is O((occurrences + records) log) however wide the spans.
    """
    n = len(spans)
    found: list[dt.date | None] = [None] * n
    records = sorted(done, key=lambda item: item[1])
    if not records:
        return found
    starts = [s.start for s in spans]
    if ends is None:
        ends = [s.end for s in spans]
    following = list(range(n + 1))  # following[i]: the first unpainted index >= i (lazily)

    def unpainted(i: int) -> int:
        root = i
        while following[root] != root:
            root = following[root]
        while following[i] != root:  # path compression
            following[i], i = root, following[i]
        return root

    for span, day in records:
        hi = bisect_right(starts, span.end)  # occurrences starting on or before the span ends
        i = unpainted(bisect_left(ends, span.start))  # ... and ending on or after it starts
        while i < hi:
            found[i] = day
            following[i] = i + 1
            i = unpainted(i + 1)
    return found


def satisfied(spans: Sequence[Span], done: Iterable[Span]) -> list[bool]:
    """Which occurrences some done record's span overlaps (docs/format.md, "Progress records")."""
    marker = dt.date.min
    return [d is not None for d in first_done(spans, ((s, marker) for s in done))]


# --- one obligation ---


def _latest_status(records: Sequence[Record]) -> ReportedStatus:
    return records[-1].status if records else "not-started"


def _completed(records: Sequence[Record]) -> dt.date:
    """The date of the first record of the final unbroken run of `done` records."""
    i = len(records) - 1
    while i > 0 and records[i - 1].status == "done":
        i -= 1
    return records[i].date


def assess(plan: str, task: Task, unit: str, records: Sequence[Record], *, period: Span,
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
    if task.due.kind == "recurring":
        all_spans = spans if spans is not None else occurrences(task.due, period)
        all_ends = ends if ends is not None else [s.end for s in all_spans]
        if until is not None:
            keep = bisect_right(all_ends, until)
            all_spans, all_ends = all_spans[:keep], all_ends[:keep]
        if not all_spans:
            return None
        return _recurring(plan, task, unit, records, all_spans, all_ends, as_of, config)
    due = task.due.due if task.due.kind == "one-off" else period.end
    if due is None or (until is not None and due > until):
        return None
    return _single(plan, task, unit, records, due, period, as_of, config)


def _single(plan: str, task: Task, unit: str, records: Sequence[Record], due: dt.date,
            period: Span, as_of: dt.date, config: Config) -> Obligation:
    status = _latest_status(records)
    last = records[-1].date if records else None

    def make(state: State, *, next_due: dt.date | None = due, days_overdue: int = 0,
             days_late: int = 0) -> Obligation:
        overdue = 1 if state == "overdue" else 0
        done = 1 if status == "done" else 0
        return Obligation(plan, task.id, unit, task.due.kind, state, status, next_due,
                          days_overdue, overdue, 1, done, last, days_late)

    if status == "done":
        late = (_completed(records) - due).days
        return make("done-late", next_due=None, days_late=late) if late > 0 else \
            make("done", next_due=None)
    if as_of > due:
        return make("overdue", days_overdue=(as_of - due).days)
    if (due - as_of).days <= config.due_soon_days:
        return make("due-soon")
    if task.due.kind == "ongoing" and _stale(records, period, as_of, config.stale_after_days):
        return make("stale")
    return make(status)


def _stale(records: Sequence[Record], period: Span, as_of: dt.date, days: int) -> bool:
    if (as_of - period.start).days < days:
        return False
    window_start = as_of - dt.timedelta(days=days)  # exclusive: the last `days` days
    return not any(r.date > window_start for r in records)


def _recurring(plan: str, task: Task, unit: str, records: Sequence[Record],
               spans: Sequence[Span], ends: Sequence[dt.date], as_of: dt.date,
               config: Config) -> Obligation:
    found = first_done(spans, ((r.span, r.date) for r in records if r.status == "done"), ends)
    done_count = len(found) - found.count(None)
    last = records[-1].date if records else None
    latest: ReportedStatus = _latest_status(records)

    def make(state: State, status: ReportedStatus, due: dt.date | None, *, days_overdue: int = 0,
             overdue: int = 0, days_late: int = 0) -> Obligation:
        return Obligation(plan, task.id, unit, task.due.kind, state, status, due, days_overdue,
                          overdue, len(spans), done_count, last, days_late)

    past = bisect_left(ends, as_of)  # occurrences due before as_of: [0, past)
    missed = found[:past].count(None)
    if missed:
        first = spans[found.index(None, 0, past)]
        status: ReportedStatus = "not-started"
        for r in reversed(records):
            if r.span.overlaps(first):
                status = r.status
                break
        return make("overdue", status, first.end, days_overdue=(as_of - first.end).days,
                    overdue=missed)
    upcoming = spans[found.index(None, past)] if None in found[past:] else None
    if upcoming is not None:
        if (upcoming.end - as_of).days <= config.due_soon_days:
            return make("due-soon", latest, upcoming.end)
        return make("in-progress" if latest == "done" else latest, latest, upcoming.end)
    late = max(((d - s.end).days for s, d in zip(spans, found, strict=True)
                if d is not None and d > s.end), default=0)
    if late > 0:
        return make("done-late", latest, None, days_late=late)
    return make("done", latest, None)


# --- the whole repository ---


def _date(located: Located[Record]) -> dt.date:
    return located.value.date


def obligations(repo: Repository, registry: Registry, as_of: dt.date, *,
                plan: str | None = None, unit: str | None = None) -> list[Obligation]:
    """Every obligation of the repository as of `as_of`, sorted by plan, natural task id, unit.

    `plan` keeps one plan; `unit` keeps the obligations of that unit, or of a group's members.
    """
    wanted = set(registry.expand(unit)) if unit is not None else None
    out: list[Obligation] = []
    for handle, pd in sorted(repo.plans.items()):
        if plan is not None and handle != plan:
            continue
        period = pd.plan.span
        by_owner: dict[tuple[str, str], list[Located[Record]]] = defaultdict(list)
        for located in pd.records:
            if located.value.date <= as_of:
                by_owner[(located.value.task, located.value.unit)].append(located)
        # Records arrive in path order, and in file order within a path: a stable sort by
        # date alone gives the contract's order (date, then path, then position).
        for located_list in by_owner.values():
            located_list.sort(key=_date)
        for located_task in pd.tasks:
            task = located_task.value
            units = [u for u in registry.expand_all(task.lead)
                     if wanted is None or u in wanted]
            if not units:
                continue
            spans = occurrences(task.due, period) if task.due.kind == "recurring" else None
            ends = [s.end for s in spans] if spans is not None else None
            for u in units:
                records = [r.value for r in by_owner.get((task.id, u), ())]
                until = registry.units[u].until
                found = assess(handle, task, u, records, period=period, as_of=as_of,
                               config=repo.config, until=until, spans=spans, ends=ends)
                if found is not None:
                    out.append(found)
    out.sort(key=lambda o: (o.plan, natural_key(o.task), o.unit))
    return out


def overdue(obls: Iterable[Obligation]) -> list[Obligation]:
    """The overdue obligations in the order of `cchc overdue`: plan, due date, task, unit."""
    late = [o for o in obls if o.state == "overdue"]
    late.sort(key=lambda o: (o.plan, o.due or dt.date.min, natural_key(o.task), o.unit))
    return late
