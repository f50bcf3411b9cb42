"""History: the state of each plan at the end of every month so far, and indicator trends.

Pure: no I/O, no clock. The history is not a new rule but the rule of `obligations` run again:

- The days of a plan's history are the last days of the months of its period that fall
  before `as_of`, then `as_of` itself (when `as_of` is before the plan's start, only
  `as_of`). After the period has ended no more month ends are added: the last point, as of
  `as_of`, shows what is still owed.
- On each day every obligation is in the state `obligations` gives it (`_single` and
  `_recurring`'s rules) on the records dated on or before that day. The point of `as_of` is
  counted from the obligations `status` computed, so the last point of every chart is the
  dashboard's count; tests compare every other point with `obligations` run as of its day.
- Records are grouped by (task, unit) and each task's units and occurrences expanded (and
  cut at each `until`) once for all days. Each (task, unit) is swept over the days once: a
  one-off or ongoing obligation changes state only on the days its records arrive, it falls
  due soon or past due, or its window of staleness opens, each run of days read off running
  sums in one step; a recurring one needs its occurrences' satisfaction once (the earliest
  satisfying record, over all the days), the first unsatisfied occurrence only moving on as
  the days go by. Units with no record for a task share one sweep. An obligation's states
  on the days are one packed integer, so counting is one addition per obligation: the cost
  is about (obligations + records), not (obligations x days).
- The days before `as_of` depend only on the repository's content, not on `as_of`: a caller
  may give those it kept (`known`), and they are not computed again (`cchc site` keeps them
  in the answers cache, for the same content).
- An indicator's trend is its readings in every period of its frequency that overlaps the
  plan period and has ended by `as_of` (the periods `gaps` would report on those days).
"""

from __future__ import annotations

import datetime as dt
import statistics
import sys
from array import array
from bisect import bisect_left, bisect_right
from collections import defaultdict
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass

from cchc.compute.gaps import round2
from cchc.compute.obligations import STATES, AnyRecord, Obligation, State, first_done
from cchc.model.deadlines import (
    DeadlineError,
    Span,
    latest_period_ended,
    occurrences,
    period_span,
    previous_period,
)
from cchc.model.plan import Indicator
from cchc.model.registry import Registry
from cchc.model.repository import PlanData, Repository

Counts = dict[State, int]


def month_ends(period: Span, as_of: dt.date) -> list[dt.date]:
    """The days of a plan's history: month ends of the period before `as_of`, then `as_of`."""
    days: list[dt.date] = []
    year, month = period.start.year, period.start.month
    while True:
        nxt = dt.date(year + month // 12, month % 12 + 1, 1)
        end = nxt - dt.timedelta(days=1)
        if end >= as_of or end > period.end:
            break
        days.append(end)
        year, month = nxt.year, nxt.month
    days.append(as_of)
    return days


@dataclass(frozen=True)
class MonthEnd:
    """One plan's counts by state on one day: in all, and for each unit owing something."""

    totals: Counts
    units: dict[str, Counts]


@dataclass(frozen=True)
class PlanHistory:
    """Counts by state on each day of the history, for the plan and for each unit."""

    plan: str
    days: tuple[dt.date, ...]
    totals: tuple[Counts, ...]  # one per day
    units: dict[str, tuple[Counts, ...]]  # unit -> one per day; only units owing something
    # the days before `as_of`, as computed or as given (`known`): what a cache may keep
    month_ends: dict[dt.date, MonthEnd]

    def unit(self, unit: str) -> tuple[Counts, ...]:
        empty: Counts = dict.fromkeys(STATES, 0)
        return self.units.get(unit, tuple(empty for _ in self.days))


def month_end_counts(pd: PlanData, registry: Registry, repo: Repository,
                     days: Sequence[dt.date], *,
                     wanted: set[str] | None = None) -> dict[dt.date, MonthEnd]:
    """The plan as of each of `days` (ascending), each obligation assessed as `status` does.

    Each (task, unit) is swept over the days once, from one day its records change it to
    the next (`_Single`, `_Recurring`); the units with no record for a task share one sweep
    per `until`. An obligation's states are counted as one packed number (`_Packing`), so a
    unit's counts on every day are the sum of its obligations' numbers."""
    if not days:
        return {}
    period = pd.plan.span
    soon, stale_days = repo.config.due_soon_days, repo.config.stale_after_days
    by_owner = pd.by_owner()  # of every date, shared with `obligations`
    untils = {u: v.until for u, v in registry.units.items()}
    packing = _Packing(len(days))
    codes: dict[str, int] = {}  # unit -> its obligations' states, packed
    for located_task in pd.tasks:
        task = located_task.value
        members = [u for u in registry.expand_all(task.lead) if wanted is None or u in wanted]
        if not members:
            continue
        tid = task.id
        if task.due.kind == "recurring":
            spans = occurrences(task.due, period)
            ends = [s.end for s in spans]
            cut: dict[dt.date | None, _Recurring | None] = {}
            for u in members:
                until = untils[u]
                if until in cut:
                    owed = cut[until]
                else:
                    keep = bisect_right(ends, until) if until is not None else len(ends)
                    owed = cut[until] = (_Recurring(spans[:keep], ends[:keep], days, soon,
                                                    packing) if keep else None)
                if owed is None:
                    continue
                records = by_owner.get((tid, u))
                code = owed.nothing if records is None else owed.code(records)
                codes[u] = codes.get(u, 0) + code
            continue
        due = task.due.due if task.due.kind == "one-off" else period.end
        if due is None:
            continue
        single = _Single(due, task.due.kind == "ongoing", period, days, soon, stale_days,
                         packing)
        for u in members:
            until = untils[u]
            if until is not None and due > until:
                continue
            records = by_owner.get((tid, u))
            code = single.nothing if records is None else single.code(records)
            codes[u] = codes.get(u, 0) + code
    totals = packing.unpack(sum(codes.values()))
    units = {u: packing.unpack(codes[u]) for u in sorted(codes)}
    return {day: MonthEnd(totals[i], {u: per_day[i] for u, per_day in units.items()})
            for i, day in enumerate(days)}


class _Packing:
    """Counts by state on each of n days, packed in one integer: a 64-bit field per (day,
    state). An obligation's states on the days are the sum of one field's unit per day, and
    adding such numbers adds the counts field by field (no count reaches 2**64)."""

    def __init__(self, n: int) -> None:
        self.n = n
        self.one = [{s: 1 << (_WIDTH * (i * len(STATES) + k)) for k, s in enumerate(STATES)}
                    for i in range(n)]

    def running(self, states: Sequence[State]) -> list[int]:
        """`states` (one a day) packed day by day: item i holds the days before day i."""
        out = [0]
        for i, state in enumerate(states):
            out.append(out[-1] + self.one[i][state])
        return out

    def unpack(self, code: int) -> list[Counts]:
        fields = array("Q")
        fields.frombytes(code.to_bytes(self.n * len(STATES) * _WIDTH // 8, "little"))
        if sys.byteorder == "big":
            fields.byteswap()
        size = len(STATES)
        return [dict(zip(STATES, fields[i * size:(i + 1) * size], strict=True))
                for i in range(self.n)]


_WIDTH = 64  # the bits of one count in a packed number (an array "Q" item)


class _Single:
    """A one-off or ongoing task due on `due`, swept over the days (`obligations._single`).

    Between two days on which a unit's records change, its state is its latest record's
    status, unless done, or the day is past due or due soon, or (ongoing) nothing was filed
    in the window: each of those runs is read off packed running sums in one subtraction."""

    def __init__(self, due: dt.date, ongoing: bool, period: Span, days: Sequence[dt.date],
                 soon: int, stale_days: int, packing: _Packing) -> None:
        n = len(days)
        self.due, self.days, self.n = due, days, n
        # overdue, due soon, or None: what a day is for a unit not done
        fixed: list[State | None] = ["overdue" if day > due
                                     else "due-soon" if (due - day).days <= soon else None
                                     for day in days]
        # ongoing: stale on day i >= stale_from if no record is dated after windows[i]
        self.stale_from = (bisect_left([(day - period.start).days for day in days],
                                       stale_days) if ongoing else n)
        gap = dt.timedelta(days=stale_days)
        self.windows = [day - gap if i >= self.stale_from else dt.date.min
                        for i, day in enumerate(days)]
        self.runs: dict[str, list[int]] = {
            status: packing.running([f or status for f in fixed])
            for status in ("not-started", "in-progress", "blocked", "stale")}
        self.runs["done"] = packing.running(["done"] * n)
        self.runs["done-late"] = packing.running(["done-late"] * n)
        self.nothing = self._run("not-started", None, due, 0, n)

    def _run(self, status: str, last: dt.date | None, completed: dt.date, lo: int,
             hi: int) -> int:
        """The packed states of the days [lo, hi), the records taken being summed up by the
        latest `status`, its date `last` and the date `completed` the final done run began."""
        if status == "done":
            run = self.runs["done-late" if completed > self.due else "done"]
            return run[hi] - run[lo]
        run = self.runs[status]
        if self.stale_from >= hi:
            return run[hi] - run[lo]
        stale = max(self.stale_from, lo,
                    bisect_left(self.windows, last) if last is not None else 0)
        if stale >= hi:
            return run[hi] - run[lo]
        gone = self.runs["stale"]
        return run[stale] - run[lo] + gone[hi] - gone[stale]

    def code(self, records: Sequence[AnyRecord]) -> int:
        """The packed states of a unit with these `records` (in date order)."""
        days, due = self.days, self.due
        code, lo = 0, 0
        status = "not-started"
        last: dt.date | None = None
        completed = due
        for r in records:
            j = bisect_left(days, r.date)  # the first day the record counts on
            if j == self.n:  # after the last day, as are all that follow
                break
            if j > lo:
                code += self._run(status, last, completed, lo, j)
                lo = j
            if r.status == "done" and status != "done":
                completed = r.date
            status, last = r.status, r.date
        return code + self._run(status, last, completed, lo, self.n)


class _Recurring:
    """A recurring task's occurrences owed by the units of one `until`, swept over the days
    (`obligations._recurring`)."""

    def __init__(self, spans: list[Span], ends: list[dt.date], days: Sequence[dt.date],
                 soon: int, packing: _Packing) -> None:
        self.spans, self.ends, self.days, self.soon = spans, ends, days, soon
        self.one = packing.one
        self.starts = [s.start for s in spans]
        self.past = [bisect_left(ends, day) for day in days]  # occurrences due before a day
        self.nothing = self.code(())

    def code(self, records: Sequence[AnyRecord]) -> int:
        """The packed states of a unit with these `records` (in date order).

        An occurrence is satisfied on a day when its earliest satisfying record (over all
        the records) is dated on or before it; so one `first_done` serves every day, and the
        first unsatisfied occurrence only moves forward as the days go by."""
        ends, soon, past, one = self.ends, self.soon, self.past, self.one
        last = self.days[-1]
        found = first_done(self.spans, [(r.span, r.date) for r in records
                                        if r.status == "done" and r.date <= last],
                           ends, starts=self.starts, by_date=True)
        total = len(found)
        code = 0
        first = 0  # the first occurrence not satisfied on the day
        taken, count = 0, len(records)
        latest: State = "not-started"
        late = -1  # the most days late, once every occurrence is satisfied
        for i, day in enumerate(self.days):
            while first < total and (d := found[first]) is not None and d <= day:
                first += 1
            while taken < count and records[taken].date <= day:
                latest = records[taken].status
                taken += 1
            state: State
            if first < past[i]:
                state = "overdue"
            elif first < total:
                state = ("due-soon" if (ends[first] - day).days <= soon
                         else "in-progress" if latest == "done" else latest)
            else:
                if late < 0:
                    late = max(((d - e).days for d, e in zip(found, ends, strict=True)
                                if d is not None and d > e), default=0)
                state = "done-late" if late > 0 else "done"
            code += one[i][state]
        return code


def plan_history(pd: PlanData, registry: Registry, repo: Repository, as_of: dt.date,
                 final: Sequence[Obligation], *, wanted: set[str] | None = None,
                 known: Mapping[dt.date, MonthEnd] | None = None) -> PlanHistory:
    """The history of one plan; `final` are its obligations as of `as_of` (from `status`).

    `known` may give the counts of some days, computed before for the same repository
    content and filters (a cache): those days are not computed again."""
    known = known or {}
    days = month_ends(pd.plan.span, as_of)
    earlier = days[:-1]
    found = dict(month_end_counts(pd, registry, repo, [d for d in earlier if d not in known],
                                  wanted=wanted))
    found.update((d, known[d]) for d in earlier if d in known)
    last = MonthEnd(dict.fromkeys(STATES, 0), {})
    for o in final:
        last.totals[o.state] += 1
        mine = last.units.get(o.unit)
        if mine is None:
            mine = last.units[o.unit] = dict.fromkeys(STATES, 0)
        mine[o.state] += 1
    points = [found[d] for d in earlier] + [last]
    owing = sorted({u for point in points for u in point.units})
    empty: Counts = dict.fromkeys(STATES, 0)
    return PlanHistory(pd.handle, tuple(days), tuple(point.totals for point in points),
                       {u: tuple(point.units.get(u, empty) for point in points)
                        for u in owing},
                       {d: found[d] for d in earlier})


def history(repo: Repository, registry: Registry, as_of: dt.date,
            final: Iterable[Obligation], *, plan: str | None = None,
            unit: str | None = None,
            known: Mapping[str, Mapping[dt.date, MonthEnd]] | None = None
            ) -> dict[str, PlanHistory]:
    """The history of every plan (or of `plan`), for the units `unit` stands for if given.

    `final` are the obligations of `status` as of `as_of`, with the same filters; `known`
    (plan -> day -> counts) the days already computed for this content and these filters.
    """
    wanted = set(registry.expand(unit)) if unit is not None else None
    by_plan: dict[str, list[Obligation]] = defaultdict(list)
    for o in final:
        by_plan[o.plan].append(o)
    return {handle: plan_history(pd, registry, repo, as_of, by_plan.get(handle, []),
                                 wanted=wanted, known=(known or {}).get(handle))
            for handle, pd in sorted(repo.plans.items())
            if plan is None or handle == plan}


# --- indicators ---


@dataclass(frozen=True)
class PeriodReadings:
    """The readings of one indicator for one period: per unit (None for the locality)."""

    period: str
    values: dict[str | None, float]  # rounded to 2 decimals, as `gaps` shows them
    expected: int  # how many readings were due: 1 for the locality, else the measured units
    met: int  # how many of the readings meet the target

    @property
    def median(self) -> float | None:
        return round2(statistics.median(self.values.values())) if self.values else None

    @property
    def lowest(self) -> float | None:
        return min(self.values.values()) if self.values else None

    @property
    def highest(self) -> float | None:
        return max(self.values.values()) if self.values else None


@dataclass(frozen=True)
class IndicatorHistory:
    plan: str
    indicator: Indicator
    measured: tuple[str | None, ...]  # (None,) for the locality, else the measured units
    periods: tuple[PeriodReadings, ...]  # oldest first


def periods_so_far(indicator: Indicator, period: Span, as_of: dt.date) -> list[str]:
    """The labels of the indicator's periods that overlap `period` and ended by `as_of`."""
    labels: list[str] = []
    try:
        label = latest_period_ended(indicator.frequency, min(as_of, period.end))
        while True:
            span = period_span(label)
            if span.end > as_of:  # the plan's last period, not yet over
                label = previous_period(label)
                continue
            if span.end < period.start:
                break
            labels.append(label)
            label = previous_period(label)
    except DeadlineError:  # years before 1900 or after 2999: nothing to show
        pass
    return labels[::-1]


def indicator_history(repo: Repository, registry: Registry, as_of: dt.date, *,
                      plan: str | None = None,
                      unit: str | None = None) -> dict[str, list[IndicatorHistory]]:
    """Each plan's indicators with their readings in every period so far (see module doc)."""
    wanted = set(registry.expand(unit)) if unit is not None else None
    out: dict[str, list[IndicatorHistory]] = {}
    for handle, pd in sorted(repo.plans.items()):
        if plan is not None and handle != plan:
            continue
        index: dict[tuple[str, str], dict[str | None, float]] = defaultdict(dict)
        for indicator, who, value, label in pd.reading_rows():  # path order: the first of
            index[(indicator, label)].setdefault(who, value)  # duplicates wins, as in `gaps`
        rows: list[IndicatorHistory] = []
        for located in sorted(pd.indicators, key=lambda i: i.value.id):
            ind = located.value
            if ind.per == "locality":
                measured: tuple[str | None, ...] = (None,)
            else:
                chosen = registry.expand_all(ind.units) if ind.units else registry.all_units()
                measured = tuple(u for u in chosen if wanted is None or u in wanted)
            periods: list[PeriodReadings] = []
            for label in periods_so_far(ind, pd.plan.span, as_of):
                end = period_span(label).end
                due = [u for u in measured
                       if u is None or (until := registry.units[u].until) is None
                       or until >= end]
                given = index.get((ind.id, label), {})
                values = {u: round2(given[u]) for u in due if u in given}
                met = sum(1 for u in due if u in given and ind.target.met(given[u]))
                periods.append(PeriodReadings(label, values, len(due), met))
            rows.append(IndicatorHistory(handle, ind, measured, tuple(periods)))
        out[handle] = rows
    return out
