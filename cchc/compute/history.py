"""History: the state of each plan at the end of every month so far, and indicator trends.

Pure: no I/O, no clock. The history is not a new rule but the rule of `obligations` run again:

- The days of a plan's history are the last days of the months of its period that fall
  before `as_of`, then `as_of` itself (when `as_of` is before the plan's start, only
  `as_of`). After the period has ended no more month ends are added: the last point, as of
  `as_of`, shows what is still owed.
- On each day every obligation is assessed with `obligations.assess`, the function `status`
  uses, on the records dated on or before that day. The point of `as_of` is counted from the
  obligations `status` computed, so the last point of every chart is the dashboard's count.
- Records are grouped by (task, unit) and each task's units and occurrences expanded once for
  all days; each (task, unit) takes the days in one pass, its records joining as their day
  comes: the cost is at most (obligations x days + records), with no search per unit or per
  day, and units of a task that filed alike by a day (most often nothing) are assessed once.
- The days before `as_of` depend only on the repository's content, not on `as_of`: a caller
  may give those it kept (`known`), and they are not computed again (`cchc site` keeps them
  in the answers cache, for the same content).
- An indicator's trend is its readings in every period of its frequency that overlaps the
  plan period and has ended by `as_of` (the periods `gaps` would report on those days).
"""

from __future__ import annotations

import datetime as dt
import statistics
from collections import defaultdict
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass

from cchc.compute.gaps import round2
from cchc.compute.obligations import STATES, Obligation, State, assess
from cchc.model.deadlines import (
    DeadlineError,
    Span,
    latest_period_ended,
    occurrences,
    period_span,
    previous_period,
)
from cchc.model.plan import Indicator
from cchc.model.records import Record
from cchc.model.registry import Registry
from cchc.model.repository import PlanData, Repository

Counts = dict[State, int]
_UNSEEN: object = object()


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

    One pass over the days for each (task, unit), its records taken in as the days go by. A
    unit's records are only read through their (date, status, period): each sequence of those
    is numbered once per task (a trie), so units that filed alike by a day (most often:
    nothing yet) share one assessment, found by a small key, not by hashing their records."""
    if not days:
        return {}
    period = pd.plan.span
    last = days[-1]
    by_owner: dict[tuple[str, str], list[Record]] = defaultdict(list)
    for located in pd.records:
        r = located.value
        if r.date <= last:
            by_owner[(r.task, r.unit)].append(r)
    for records in by_owner.values():
        records.sort(key=_date)  # stable: date, then path and position (as `obligations`)
    totals: list[Counts] = [dict.fromkeys(STATES, 0) for _ in days]
    units: dict[str, list[Counts]] = {}
    no_records: list[Record] = []
    for located_task in pd.tasks:
        task = located_task.value
        members = [u for u in registry.expand_all(task.lead) if wanted is None or u in wanted]
        if not members:
            continue
        spans = occurrences(task.due, period) if task.due.kind == "recurring" else None
        ends = [s.end for s in spans] if spans is not None else None
        alike: dict[tuple[dt.date | None, int, int], State | None] = {}
        trie: dict[tuple[int, tuple[object, ...]], int] = {}
        for u in members:
            records = by_owner.get((task.id, u), no_records)
            until = registry.units[u].until
            mine = units.get(u)
            taken, node, count = 0, 0, len(records)
            for i, day in enumerate(days):
                while taken < count and records[taken].date <= day:
                    r = records[taken]
                    mark = (node, (r.date, r.status, r.period[0] if r.period else None))
                    child = trie.get(mark)
                    if child is None:
                        child = trie[mark] = len(trie) + 1
                    node = child
                    taken += 1
                key = (until, i, node)
                state = alike.get(key, _UNSEEN)
                if state is _UNSEEN:
                    found = assess(pd.handle, task, u, records[:taken], period=period,
                                   as_of=day, config=repo.config, until=until,
                                   spans=spans, ends=ends)
                    state = alike[key] = found.state if found is not None else None
                if state is not None:
                    totals[i][state] += 1  # type: ignore[index]
                    if mine is None:
                        mine = units[u] = [dict.fromkeys(STATES, 0) for _ in days]
                    mine[i][state] += 1  # type: ignore[index]
    owing = sorted(units)
    return {day: MonthEnd(totals[i], {u: units[u][i] for u in owing})
            for i, day in enumerate(days)}


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


def _date(r: Record) -> dt.date:
    return r.date


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
        for m in pd.readings:  # path order: the first of duplicates wins, as in `gaps`
            r = m.reading.value
            index[(r.indicator, m.period)].setdefault(r.unit, r.value)
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
