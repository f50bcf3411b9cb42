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
  the days go by, each run of days it stays on read off running sums as well. Units with
  no record for a task share one sweep, and tasks with the same deadline share one (due
  the same day and of one kind, or the same occurrences left by a unit's `until`). An
  obligation's states on the days are one packed integer, so counting is one addition per
  obligation: the cost is about (obligations + records), not (obligations x days).
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
from collections import Counter, defaultdict
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass
from itertools import groupby
from operator import attrgetter

from cchc.compute.gaps import round2
from cchc.compute.obligations import STATES, AnyRecord, Obligation, State, first_done
from cchc.compute.summary import Summary
from cchc.model.deadlines import (
    Deadline,
    DeadlineError,
    Span,
    latest_period_ended,
    occurrences,
    period_span,
    previous_period,
)
from cchc.model.domain import Indicator
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
    the next (`_Single`, `_Recurring`). An obligation's states are counted as one packed
    number (`_Packing`), so a unit's counts on every day are the sum of its obligations'
    numbers; the obligations of the units with no record for a task by the last day are
    summed once per lead (tasks with the same lead have the same units) and `until`, and
    only the units that filed are swept, in one pass over the records' index. The sweeps
    are made once per deadline, not per task (at 1,000 communes 200 tasks make 40 one-off
    and 15 recurring sweeps that units filed for; a recurring deadline's occurrences are
    found once)."""
    if not days:
        return {}
    period = pd.plan.span
    soon, stale_days = repo.config.due_soon_days, repo.config.stale_after_days
    last = days[-1]
    untils = {u: v.until for u, v in registry.units.items() if v.until is not None}
    # no unit's count exceeds its obligations, at most one per task: fields of 16 bits
    # for up to 65,535 tasks (the plan's totals are summed by `_Packing.total`)
    packing = _Packing(len(days), len(pd.tasks))
    # unit -> its obligations' states, packed (every unit, so that adding needs no lookup)
    codes: dict[str, int] = dict.fromkeys(registry.units, 0)
    # lead -> its units, their set, their `until`s, and (by `until`) the sum of its tasks'
    # obligations of a unit that filed nothing
    leads: dict[tuple[str, ...], tuple[list[str], set[str], set[dt.date | None],
                                       dict[dt.date | None, int]]] = {}
    # tasks with the same deadline share their sweeps (made once, and the runs of days a
    # recurring sweep makes as it meets them)
    singles: dict[tuple[dt.date, bool], _Single] = {}
    recurring: dict[Deadline, tuple[list[Span], list[dt.date],
                                    dict[int, _Recurring]]] = {}
    # task -> its accountable units and, by `until`, its sweep (None: nothing owed)
    owing: dict[str, list[tuple[set[str], dict[dt.date | None, _Single | _Recurring | None]]]]
    owing = {}
    for located_task in pd.tasks:
        task = located_task.value
        lead = leads.get(task.lead)
        if lead is None:
            members = [u for u in registry.expand_all(task.lead)
                       if wanted is None or u in wanted]
            lead = leads[task.lead] = (members, set(members),
                                       {untils.get(u) for u in members}, {})
        members, accountable, lead_untils, base = lead
        if not members:
            continue
        owed: dict[dt.date | None, _Single | _Recurring | None] = {}
        if task.due.kind == "recurring":
            got = recurring.get(task.due)
            if got is None:
                spans = occurrences(task.due, period)
                got = recurring[task.due] = (spans, [s.end for s in spans], {})
            spans, ends, cut = got  # cut: occurrences kept -> their sweep
            for until in lead_untils:
                keep = bisect_right(ends, until) if until is not None else len(ends)
                made = cut.get(keep)
                if made is None and keep:
                    made = cut[keep] = _Recurring(spans[:keep], ends[:keep], days, soon,
                                                  packing)
                owed[until] = made
        else:
            due = task.due.due if task.due.kind == "one-off" else period.end
            if due is None:
                continue
            ongoing = task.due.kind == "ongoing"
            single = singles.get((due, ongoing))
            if single is None:
                single = singles[(due, ongoing)] = _Single(due, ongoing, period, days, soon,
                                                           stale_days, packing)
            for until in lead_untils:
                owed[until] = single if until is None or due <= until else None
        for until, sweep in owed.items():
            if sweep is not None:
                base[until] = base.get(until, 0) + sweep.nothing
        mine = owing.get(task.id)
        if mine is None:
            owing[task.id] = [(accountable, owed)]
        else:
            mine.append((accountable, owed))
    # the units that filed for a task by the last day, swept instead of the sweep of no
    # record counted in `base`, one unit at a time (gathering each sweep's units for one
    # call a sweep was 0.02 s slower at 1,000 communes); a task written once whose units
    # all share one sweep (most: no `until` of theirs cuts it) is looked up in one step,
    # without its units' `until`s
    plain: dict[str, tuple[set[str], Callable[[Sequence[AnyRecord]], int]]] = {}
    for tid, mine in owing.items():
        if len(mine) == 1:
            accountable, owed = mine[0]
            sweeps = set(owed.values())
            if len(sweeps) == 1 and (sweep := sweeps.pop()) is not None:
                plain[tid] = (accountable, sweep.code)
    for (tid, u), records in pd.by_owner().items():  # shared with `obligations`
        if records[0].date > last:
            continue
        one = plain.get(tid)
        if one is not None:
            if u in one[0]:
                codes[u] += one[1](records)
            continue
        for accountable, owed in owing.get(tid, ()):
            if u in accountable:
                sweep = owed[untils.get(u)]
                if sweep is not None:
                    codes[u] += sweep.code(records)
    for members, _, _, base in leads.values():
        for u in members:
            summed = base.get(untils.get(u))
            if summed:
                codes[u] += summed
    totals = packing.total(codes.values())
    units = {u: packing.unpack(codes[u]) for u in sorted(codes) if codes[u]}
    return {day: MonthEnd(totals[i], {u: per_day[i] for u, per_day in units.items()})
            for i, day in enumerate(days)}


class _Packing:
    """Counts by state on each of n days, packed in one integer: a field per (day, state),
    of 16, 32 or 64 bits, wide enough for any count of one number (`most`: the most
    obligations it may hold). An obligation's states on the days are the sum of one field's
    unit per day, and adding such numbers adds the counts field by field. The narrower the
    fields, the cheaper each addition: at 1,000 communes 16-bit fields (a unit's 200 tasks)
    instead of 32-bit ones (the plan's 206,000 obligations) took `history` from 0.21 to
    0.19 s."""

    def __init__(self, n: int, most: int) -> None:
        self.n, self.most = n, most
        self.width = next(w for w in (16, 32, 64) if most < 1 << w)
        self.typecode = next(c for c in "HILQ" if array(c).itemsize * 8 == self.width)
        self.one = [{s: 1 << (self.width * (i * len(STATES) + k))
                     for k, s in enumerate(STATES)} for i in range(n)]

    def running(self, states: Sequence[State]) -> list[int]:
        """`states` (one a day) packed day by day: item i holds the days before day i."""
        out = [0]
        for i, state in enumerate(states):
            out.append(out[-1] + self.one[i][state])
        return out

    def unpack(self, code: int) -> list[Counts]:
        fields = array(self.typecode)
        fields.frombytes(code.to_bytes(self.n * len(STATES) * self.width // 8, "little"))
        if sys.byteorder == "big":
            fields.byteswap()
        # zip stops at the end of STATES before taking from the fields: a day each
        taken = iter(fields)
        return [dict(zip(STATES, taken, strict=False)) for _ in range(self.n)]

    def total(self, codes: Iterable[int]) -> list[Counts]:
        """The counts of the sum of `codes`, each holding at most `most` in a field: summed
        as many at a time as a field holds, then the counts of those sums added."""
        step = max(1, ((1 << self.width) - 1) // max(1, self.most))
        values = list(codes)
        out = [dict.fromkeys(STATES, 0) for _ in range(self.n)]
        for i in range(0, len(values), step):
            for counts, part in zip(out, self.unpack(sum(values[i:i + step])), strict=True):
                for state, k in part.items():
                    counts[state] += k
        return out


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
        start, gone = self.runs["not-started"], self.runs["stale"]
        self.nothing = (start[n] if self.stale_from >= n
                        else start[self.stale_from] + gone[n] - gone[self.stale_from])

    def code(self, records: Sequence[AnyRecord]) -> int:
        """The packed states of a unit with these `records` (in date order), less those of
        no record (`nothing`, counted already).

        A run of days is read off the running sums of its status, `run` (the done run
        chosen when the final done records begin), turning to stale's from day `since` on:
        the first day whose window has no record (ongoing), the last day otherwise."""
        days, due, n, runs, nothing = self.days, self.due, self.n, self.runs, self.nothing
        stale_from, windows, gone = self.stale_from, self.windows, runs["stale"]
        run, since = runs["not-started"], stale_from
        done = False
        code, lo = -nothing, 0  # the days before lo are counted in code
        for r in records:
            date = r.date
            j = bisect_left(days, date)  # the first day the record counts on
            if j == n:  # after the last day, as are all that follow
                break
            if j > lo:
                if since >= j:
                    code += run[j] - run[lo]
                else:
                    stale = max(since, lo)
                    code += run[stale] - run[lo] + gone[j] - gone[stale]
                lo = j
            status = r.status
            if status != "done":
                run, done = runs[status], False
                if stale_from < n:
                    since = max(stale_from, bisect_left(windows, date))
            elif not done:
                run, done, since = runs["done-late" if date > due else "done"], True, n
        if since >= n:
            return code + run[n] - run[lo]
        stale = max(since, lo)
        return code + run[stale] - run[lo] + gone[n] - gone[stale]


class _Recurring:
    """A recurring task's occurrences owed by the units of one `until`, swept over the days
    (`obligations._recurring`).

    Between two days on which a unit's records change, its first unsatisfied occurrence and
    its latest status stay the same: the states of that run of days are read off packed
    running sums made once per sweep for each (first unsatisfied occurrence, status) met."""

    def __init__(self, spans: list[Span], ends: list[dt.date], days: Sequence[dt.date],
                 soon: int, packing: _Packing) -> None:
        self.spans, self.ends, self.days, self.soon = spans, ends, days, soon
        self.n, self.packing = len(days), packing
        self.starts = [s.start for s in spans]
        self.past = [bisect_left(ends, day) for day in days]  # occurrences due before a day
        self.runs: dict[tuple[int, State], list[int]] = {}
        self.done = {False: packing.running(["done"] * self.n),  # by: done late
                     True: packing.running(["done-late"] * self.n)}
        self.nothing = self._run(0, "not-started")[self.n]

    def _run(self, first: int, latest: State) -> list[int]:
        """The packed running sums of the days' states while `first` is the first
        occurrence not satisfied (some is) and `latest` the latest record's status."""
        run = self.runs.get((first, latest))
        if run is None:
            end, soon = self.ends[first], self.soon
            shown = "in-progress" if latest == "done" else latest
            run = self.runs[(first, latest)] = self.packing.running(
                ["overdue" if first < past
                 else "due-soon" if (end - day).days <= soon else shown
                 for day, past in zip(self.days, self.past, strict=True)])
        return run

    def code(self, records: Sequence[AnyRecord]) -> int:
        """The packed states of a unit with these `records` (in date order), less those of
        no record (`nothing`, counted already).

        As the days go by, each done record taken satisfies a range of occurrences (those its
        span overlaps, as `first_done` finds them) and the first unsatisfied occurrence only
        moves forward, over the ranges that hold it. How late each occurrence was done is
        asked only once every one is satisfied (from `first_done`, over the same records)."""
        ends, starts, days, n, runs = self.ends, self.starts, self.days, self.n, self.runs
        total = len(ends)
        code, lo = -self.nothing, 0  # the days before lo are counted in code
        first = 0  # the first occurrence not satisfied on day lo
        ranges: list[tuple[int, int]] = []  # the occurrences [a, b) a done record meets
        latest: State = "not-started"
        taken = 0  # the records of the days before lo and of day lo
        edge: dt.date | None = None  # day lo: a later record begins the next day taken
        added = False  # whether day lo's records added a range
        for r in records:
            date = r.date
            if edge is None or date > edge:
                while added:  # the day before is over: how far its ranges move `first`
                    added = False
                    for a, b in ranges:
                        if a <= first < b:
                            first, added = b, True
                if first == total:
                    break
                j = bisect_left(days, date)  # the first day the record counts on
                if j == n:  # after the last day, as are all that follow
                    break
                if j > lo:
                    run = runs.get((first, latest)) or self._run(first, latest)
                    code += run[j] - run[lo]
                    lo = j
                edge = days[j]
            latest = r.status
            taken += 1
            if latest == "done":
                span = r.period[1] if r.period is not None else None
                a = bisect_left(ends, span.start if span is not None else date)
                b = bisect_right(starts, span.end if span is not None else date)
                if b > first and a < b:
                    ranges.append((a, b))
                    added = True
        while added:
            added = False
            for a, b in ranges:
                if a <= first < b:
                    first, added = b, True
        if first < total:
            run = runs.get((first, latest)) or self._run(first, latest)
        else:  # every occurrence satisfied from day lo on
            found = first_done(self.spans, [(r.span, r.date) for r in records[:taken]
                                            if r.status == "done"],
                               ends, starts=starts, by_date=True)
            run = self.done[any(d is not None and d > e
                                for d, e in zip(found, ends, strict=True))]
        return code + run[n] - run[lo]


def plan_history(pd: PlanData, registry: Registry, repo: Repository, as_of: dt.date,
                 final: Sequence[Obligation] | MonthEnd, *, wanted: set[str] | None = None,
                 known: Mapping[dt.date, MonthEnd] | None = None) -> PlanHistory:
    """The history of one plan; `final` are its obligations as of `as_of` (from `status`),
    or their counts (`counted`).

    `known` may give the counts of some days, computed before for the same repository
    content and filters (a cache): those days are not computed again."""
    known = known or {}
    days = month_ends(pd.plan.span, as_of)
    earlier = days[:-1]
    found = dict(month_end_counts(pd, registry, repo, [d for d in earlier if d not in known],
                                  wanted=wanted))
    found.update((d, known[d]) for d in earlier if d in known)
    if isinstance(final, MonthEnd):
        last = final
    else:
        last = MonthEnd(dict.fromkeys(STATES, 0), {})
        # in any order: a unit's counts are made in the order of STATES, the units sorted
        for (u, state), n in Counter(map(_unit_state, final)).items():
            mine = last.units.get(u)
            if mine is None:
                mine = last.units[u] = dict.fromkeys(STATES, 0)
            mine[state] = n
            last.totals[state] += n
    points = [found[d] for d in earlier] + [last]
    owing = sorted({u for point in points for u in point.units})
    empty: Counts = dict.fromkeys(STATES, 0)
    return PlanHistory(pd.handle, tuple(days), tuple(point.totals for point in points),
                       {u: tuple(point.units.get(u, empty) for point in points)
                        for u in owing},
                       {d: found[d] for d in earlier})


_unit_state = attrgetter("unit", "state")
_plan = attrgetter("plan")


def history(repo: Repository, registry: Registry, as_of: dt.date,
            final: Iterable[Obligation] | Mapping[str, MonthEnd], *,
            plan: str | None = None, unit: str | None = None,
            known: Mapping[str, Mapping[dt.date, MonthEnd]] | None = None
            ) -> dict[str, PlanHistory]:
    """The history of every plan (or of `plan`), for the units `unit` stands for if given.

    `final` are the obligations of `status` as of `as_of`, with the same filters, or their
    counts by plan (`counted`); `known` (plan -> day -> counts) the days already computed
    for this content and these filters.
    """
    wanted = set(registry.expand(unit)) if unit is not None else None
    by_plan: Mapping[str, Sequence[Obligation] | MonthEnd]
    if isinstance(final, Mapping):
        by_plan = final
    else:
        grouped: dict[str, list[Obligation]] = defaultdict(list)
        for handle, some in groupby(final, key=_plan):  # status gives them by plan: one group
            grouped[handle] += some
        by_plan = grouped
    return {handle: plan_history(pd, registry, repo, as_of, by_plan.get(handle, ()),
                                 wanted=wanted, known=(known or {}).get(handle))
            for handle, pd in sorted(repo.plans.items())
            if plan is None or handle == plan}


def counted(status: Summary) -> dict[str, MonthEnd]:
    """The counts of `status` by plan, for `history`'s `final`: in all, and each unit's
    with obligations, in the order of STATES, as `Counter` over the obligations would give
    them; the day of `as_of` then costs nothing more (0.02 s at 1,000 communes, 79,383
    obligations counted again)."""
    return {p.plan: MonthEnd(p.counts, {s.unit: s.counts for s in p.scorecard})
            for p in status.plans}


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
        rounded: dict[float, float] = {}  # a value -> round2(value): values repeat
        for located in sorted(pd.indicators, key=lambda i: i.value.id):
            ind = located.value
            # a value -> as shown, and whether it meets the target: one look-up a reading
            seen: dict[float, tuple[float, bool]] = {}
            if ind.per == "locality":
                measured: tuple[str | None, ...] = (None,)
            else:
                chosen = registry.expand_all(ind.units) if ind.units else registry.all_units()
                measured = tuple(u for u in chosen if wanted is None or u in wanted)
            untils = [registry.units[u].until if u is not None else None for u in measured]
            ceasing = any(until is not None for until in untils)
            periods: list[PeriodReadings] = []
            for label in periods_so_far(ind, pd.plan.span, as_of):
                end = period_span(label).end
                due = ([u for u, until in zip(measured, untils, strict=True)
                        if until is None or until >= end] if ceasing else measured)
                given = index.get((ind.id, label), {})
                values: dict[str | None, float] = {}
                met = 0
                for u in due:
                    got = given.get(u)
                    if got is None:
                        continue
                    known = seen.get(got)
                    if known is None:
                        shown = rounded.get(got)
                        if shown is None:
                            shown = rounded[got] = round2(got)
                        known = seen[got] = (shown, ind.target.met(got))
                    values[u] = known[0]
                    met += known[1]
                periods.append(PeriodReadings(label, values, len(due), met))
            rows.append(IndicatorHistory(handle, ind, measured, tuple(periods)))
        out[handle] = rows
    return out
