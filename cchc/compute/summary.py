"""The status of each plan as of a date: what `cchc status` shows and `cchc report` writes.

One function gathers obligations and gaps into plain, sorted data; the dashboard, its JSON
and the Markdown report are three renderings of the same `Summary`, so they cannot disagree.
"""

from __future__ import annotations

import datetime as dt
from collections import Counter
from dataclasses import dataclass, field

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
    days_overdue: int = 0  # summed over its overdue obligations

    @property
    def overdue(self) -> int:
        return self.counts.get("overdue", 0)

    @property
    def done_share(self) -> float:
        """Share of obligations done (on time or late), in percent."""
        done = self.counts.get("done", 0) + self.counts.get("done-late", 0)
        return 100.0 * done / self.total if self.total else 0.0


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


@dataclass(frozen=True)
class Summary:
    as_of: dt.date
    plans: list[PlanStatus]
    incomplete: bool = False


def summarise(repo: Repository, registry: Registry, as_of: dt.date, *,
              plan: str | None = None, unit: str | None = None,
              incomplete: bool = False, worst: int = 5) -> Summary:
    all_obligations = obligations(repo, registry, as_of, plan=plan, unit=unit)
    all_gaps = gaps(repo, registry, as_of, plan=plan, unit=unit)
    plans: list[PlanStatus] = []
    for handle, pd in sorted(repo.plans.items()):
        if plan is not None and handle != plan:
            continue
        mine = [o for o in all_obligations if o.plan == handle]
        counts = Counter(o.state for o in mine)
        scorecard = _scorecard(mine)
        owing = sorted((s for s in scorecard if s.overdue),
                       key=lambda s: (-s.overdue, -s.days_overdue, s.unit))
        plans.append(PlanStatus(
            plan=handle,
            data=pd,
            counts={state: counts.get(state, 0) for state in STATES},
            overdue=overdue(mine),
            due_soon=sorted((o for o in mine if o.state == "due-soon"), key=_by_due),
            stale=sorted((o for o in mine if o.state == "stale"),
                         key=lambda o: (o.last_record or dt.date.min, natural_key(o.task),
                                        o.unit)),
            worst_units=owing[:worst],
            scorecard=scorecard,
            gaps=[g for g in all_gaps if g.plan == handle],
            obligations=mine,
        ))
    return Summary(as_of, plans, incomplete)


def _by_due(o: Obligation) -> tuple[dt.date, tuple[tuple[int, int, str], ...], str]:
    return (o.due or dt.date.max, natural_key(o.task), o.unit)


def _scorecard(obls: list[Obligation]) -> list[UnitScore]:
    by_unit: dict[str, Counter[State]] = {}
    days: Counter[str] = Counter()
    for o in obls:
        by_unit.setdefault(o.unit, Counter())[o.state] += 1
        if o.state == "overdue":
            days[o.unit] += o.days_overdue
    return [UnitScore(unit, {s: c.get(s, 0) for s in STATES}, sum(c.values()), days[unit])
            for unit, c in sorted(by_unit.items())]
