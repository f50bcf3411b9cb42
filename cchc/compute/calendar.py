"""The deadlines still open as of a date, one per unit and occurrence: what a calendar holds.

Built on `obligations` and `first_done`, so the calendar cannot disagree with `cchc overdue`:
one-off and ongoing deadlines not done, and every recurring occurrence not satisfied by a
`done` record dated on or before the as-of date (overdue ones included: they are still open).
"""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from dataclasses import dataclass

from cchc.compute.obligations import first_done, obligations
from cchc.model.deadlines import Kind, Span, occurrences
from cchc.model.domain import Task
from cchc.model.registry import Registry
from cchc.model.repository import Repository
from cchc.sorting import natural_key


@dataclass(frozen=True)
class Occurrence:
    """One open deadline of one accountable unit: what a calendar event stands for."""

    plan: str  # the plan's handle
    number: str  # the plan's number as written (its handle when it has none)
    task: Task
    unit: str
    kind: Kind
    span: Span  # the days this occurrence covers; `span.end` is its due date

    @property
    def due(self) -> dt.date:
        return self.span.end


def open_occurrences(repo: Repository, registry: Registry, as_of: dt.date, *,
                     plan: str | None = None, unit: str | None = None) -> list[Occurrence]:
    """Every deadline still open as of `as_of`, sorted; see the module doc.

    `plan` keeps one plan; `unit` keeps that unit, or a group's members.
    """
    out: list[Occurrence] = []
    spans: dict[tuple[str, str], list[Span]] = {}
    done: dict[tuple[str, str, str], list[tuple[Span, dt.date]]] = defaultdict(list)
    for handle, pd in repo.plans.items():
        for located in pd.records:
            r = located.value
            if r.status == "done" and r.date <= as_of:
                done[(handle, r.task, r.unit)].append((r.span, r.date))
    for o in obligations(repo, registry, as_of, plan=plan, unit=unit):
        pd = repo.plans[o.plan]
        task = pd.task(o.task)
        if task is None:  # cannot happen: obligations come from the plan's own tasks
            continue
        number = pd.plan.number or o.plan
        period = pd.plan.span
        if o.kind != "recurring":
            if o.state in ("done", "done-late") or o.due is None:
                continue
            out.append(Occurrence(o.plan, number, task, o.unit, o.kind,
                                  occurrences(task.due, period)[0]))
            continue
        key = (o.plan, o.task)
        if key not in spans:
            spans[key] = occurrences(task.due, period)
        owed = spans[key]
        until = registry.units[o.unit].until
        if until is not None:
            owed = [s for s in owed if s.end <= until]
        found = first_done(owed, done.get((o.plan, o.task, o.unit), ()))
        out += [Occurrence(o.plan, number, task, o.unit, "recurring", span)
                for span, day in zip(owed, found, strict=True) if day is None]
    out.sort(key=lambda e: (e.due, e.plan, natural_key(e.task.id), e.unit))
    return out
