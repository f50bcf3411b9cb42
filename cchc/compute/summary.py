"""The status of each plan as of a date: what `cchc status` shows and `cchc report` writes.

One function gathers obligations and gaps into plain, sorted data; the dashboard, its JSON
and the Markdown report are three renderings of the same `Summary`, so they cannot disagree.

Besides the counts, it works out what a reader needs listed and would otherwise have to
piece together (issue 12): the blocked work with since when and the unit's note; overdue
work as one row per task naming every unit late on it (`overdue_by_task`); and, for a plan
whose period has ended, its final account (done on time, done late, never done) counted at
the plan's last day instead of days overdue that grow for ever.

Days overdue as a reader is shown them (`PlanStatus.days_late`, `UnitScore.days_late`) are
counted to `PlanStatus.counted_to`: the as-of date while the plan runs, its last day once it
has ended. The obligations keep the contract's `days_overdue` (to the as-of date) for JSON.
"""

from __future__ import annotations

import datetime as dt
from bisect import bisect_right
from collections import Counter
from dataclasses import dataclass, field
from operator import attrgetter

from cchc.collector import paused
from cchc.compute.gaps import Gap, gaps
from cchc.compute.obligations import STATES, Obligation, State, obligations, overdue
from cchc.model.registry import Registry
from cchc.model.repository import PlanData, Repository
from cchc.sorting import natural_key


@dataclass(frozen=True)
class UnitScore:
    unit: str
    counts: dict[State, int]
    total: int
    days_overdue: int = 0  # summed over its overdue obligations, to the as-of date
    days_late: int = 0  # the same counted to the plan's `counted_to` (its end, once ended)

    @property
    def overdue(self) -> int:
        return self.counts.get("overdue", 0)

    @property
    def done_share(self) -> float:
        """Share of obligations done (on time or late), in percent."""
        done = self.counts.get("done", 0) + self.counts.get("done-late", 0)
        return 100.0 * done / self.total if self.total else 0.0


@dataclass(frozen=True)
class Blocked:
    """A unit's blocked work: its latest record says `blocked`, since `since`, with a note."""

    task: str
    unit: str
    since: dt.date  # the first record of the final unbroken run of `blocked` records
    note: str | None  # the latest record's note


@dataclass(frozen=True)
class TaskGroup:
    """Overdue work on one task, for every unit in the same position on it: one row."""

    task: str
    due: dt.date | None
    units: tuple[str, ...]
    days_overdue: int
    occurrences: int
    status: str


@dataclass(frozen=True)
class FinalAccount:
    """A plan whose period ended before the as-of date: how it closed, on its last day."""

    end: dt.date
    done: int  # obligations done on time
    done_late: int
    not_done: int  # never done (by the as-of date)
    total: int
    # the indicators' rows (per unit, or the locality) at the plan's last period ended
    indicators_met: int = 0
    indicators_unmet: int = 0
    indicators_missing: int = 0  # no reading for that period


@dataclass(frozen=True)
class PlanStatus:
    plan: str
    data: PlanData
    counts: dict[State, int]
    overdue: list[Obligation]
    due_soon: list[Obligation]
    stale: list[Obligation]
    worst_units: list[UnitScore]  # units owing the most: overdue count, then days overdue
    scorecard: list[UnitScore]  # every accountable unit, by id
    gaps: list[Gap]
    obligations: list[Obligation] = field(repr=False)
    # the day lateness is shown counted to: the as-of date, or the plan's last day once the
    # plan has ended (the as-of date is after it)
    counted_to: dt.date
    blocked: list[Blocked] = field(default_factory=list)
    overdue_by_task: list[TaskGroup] = field(default_factory=list)
    final: FinalAccount | None = None  # set when the plan's period ended before the as-of
    due_soon_by_task: list[TaskGroup] = field(default_factory=list)

    def days_late(self, due: dt.date | None) -> int:
        """Days overdue of work due on `due`, counted to `counted_to` (never below 0: work due
        on an ended plan's last day was not yet overdue on it)."""
        return max(0, (self.counted_to - due).days) if due is not None else 0


@dataclass(frozen=True)
class Summary:
    as_of: dt.date
    plans: list[PlanStatus]
    incomplete: bool = False


def summarise(repo: Repository, registry: Registry, as_of: dt.date, *,
              plan: str | None = None, unit: str | None = None,
              incomplete: bool = False, worst: int = 5) -> Summary:
    # a summary makes a hundred thousand objects and no reference cycle
    with paused():
        return _summarise(repo, registry, as_of, plan, unit, incomplete, worst)


def _summarise(repo: Repository, registry: Registry, as_of: dt.date, plan: str | None,
               unit: str | None, incomplete: bool, worst: int) -> Summary:
    all_obligations = obligations(repo, registry, as_of, plan=plan, unit=unit)
    all_gaps = gaps(repo, registry, as_of, plan=plan, unit=unit)
    plans: list[PlanStatus] = []
    for handle, pd in sorted(repo.plans.items()):
        if plan is not None and handle != plan:
            continue
        mine = [o for o in all_obligations if o.plan == handle]
        counts = Counter(o.state for o in mine)
        mine_gaps = [g for g in all_gaps if g.plan == handle]
        final = final_account(pd, mine, as_of, mine_gaps)
        counted_to = final.end if final is not None else as_of
        scorecard = _scorecard(mine, counted_to)
        owing = sorted((s for s in scorecard if s.overdue),
                       key=lambda s: (-s.overdue, -s.days_late, s.unit))
        late = overdue(mine)
        soon = sorted((o for o in mine if o.state == "due-soon"), key=_by_due)
        plans.append(PlanStatus(
            plan=handle,
            data=pd,
            counts={state: counts.get(state, 0) for state in STATES},
            overdue=late,
            due_soon=soon,
            stale=sorted((o for o in mine if o.state == "stale"),
                         key=lambda o: (o.last_record or dt.date.min, natural_key(o.task),
                                        o.unit)),
            worst_units=owing[:worst],
            scorecard=scorecard,
            gaps=mine_gaps,
            obligations=mine,
            counted_to=counted_to,
            blocked=blocked_work(pd, mine, as_of),
            overdue_by_task=by_task(late),
            final=final,
            due_soon_by_task=soon_by_task(soon),
        ))
    return Summary(as_of, plans, incomplete)


def _by_due(o: Obligation) -> tuple[dt.date, tuple[tuple[int, int, str], ...], str]:
    return (o.due or dt.date.max, natural_key(o.task), o.unit)


def _scorecard(obls: list[Obligation], counted_to: dt.date) -> list[UnitScore]:
    by_unit: dict[str, dict[State, int]] = {}
    days: dict[str, int] = {}
    late: dict[str, int] = {}
    for o in obls:
        unit, state = o.unit, o.state
        counts = by_unit.get(unit)
        if counts is None:
            counts = by_unit[unit] = dict.fromkeys(STATES, 0)
        counts[state] += 1
        if state == "overdue":
            days[unit] = days.get(unit, 0) + o.days_overdue
            if o.due is not None:
                late[unit] = late.get(unit, 0) + max(0, (counted_to - o.due).days)
    return [UnitScore(unit, counts, sum(counts.values()), days.get(unit, 0), late.get(unit, 0))
            for unit, counts in sorted(by_unit.items())]


def blocked_work(pd: PlanData, obls: list[Obligation], as_of: dt.date) -> list[Blocked]:
    """The obligations whose unit's latest record is `blocked`, longest blocked first."""
    stuck = {(o.task, o.unit) for o in obls if o.status == "blocked"}
    if not stuck:
        return []
    owners = pd.by_owner()
    out: list[Blocked] = []
    for key in stuck:
        mine = owners.get(key, [])
        if mine and mine[-1].date > as_of:
            mine = mine[:bisect_right(mine, as_of, key=_date)]
        if not mine:
            continue
        i = len(mine) - 1
        while i > 0 and mine[i - 1].status == "blocked":
            i -= 1
        out.append(Blocked(key[0], key[1], mine[i].date, mine[-1].note))
    out.sort(key=lambda b: (b.since, natural_key(b.task), b.unit))
    return out


_date = attrgetter("date")


def by_task(late: list[Obligation]) -> list[TaskGroup]:
    """Overdue obligations as one row per (task, due date, status, occurrences), naming the
    units; the rows for most units first, then by due date and task."""
    groups: dict[tuple[str, dt.date | None, str, int], list[Obligation]] = {}
    for o in late:
        groups.setdefault((o.task, o.due, o.status, o.occurrences), []).append(o)
    rows = [TaskGroup(task, due, tuple(sorted(o.unit for o in obls)), obls[0].days_overdue,
                      occ, status)
            for (task, due, status, occ), obls in groups.items()]
    rows.sort(key=lambda g: (-len(g.units), g.due or dt.date.max, natural_key(g.task),
                             g.status))
    return rows


def final_account(pd: PlanData, obls: list[Obligation], as_of: dt.date,
                  plan_gaps: list[Gap] | None = None) -> FinalAccount | None:
    """How a plan closed, once its period has ended (None while it runs); `plan_gaps` are
    its indicators' rows, which then are those of its last period."""
    end = pd.plan.span.end
    if as_of <= end:
        return None
    states = Counter(o.state for o in obls)
    done, late = states.get("done", 0), states.get("done-late", 0)
    met = Counter(g.met for g in plan_gaps or ())
    return FinalAccount(end, done, late, len(obls) - done - late, len(obls),
                        met.get(True, 0), met.get(False, 0), met.get(None, 0))


def soon_by_task(soon: list[Obligation]) -> list[TaskGroup]:
    """Work due soon as one row per (due date, task), naming the units, in date order."""
    groups: dict[tuple[dt.date | None, str], list[str]] = {}
    for o in soon:
        groups.setdefault((o.due, o.task), []).append(o.unit)
    return [TaskGroup(task, due, tuple(sorted(units)), 0, 1, "")
            for (due, task), units in groups.items()]
