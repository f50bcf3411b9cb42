"""The task listing of `cchc tasks`: who leads what, by when."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from cchc.model.deadlines import occurrences
from cchc.model.registry import Registry
from cchc.model.repository import Repository
from cchc.sorting import natural_key


@dataclass(frozen=True)
class TaskRow:
    plan: str
    id: str
    title: str
    lead: tuple[str, ...]
    support: tuple[str, ...]
    due: str  # as written
    kind: str
    first_due: dt.date  # the first due date within the plan period


def list_tasks(repo: Repository, registry: Registry, *, plan: str | None = None,
               unit: str | None = None, due_before: dt.date | None = None) -> list[TaskRow]:
    """Tasks sorted by plan and natural id; `unit` keeps the tasks it is accountable for
    (a group keeps those of any member); `due_before` keeps those first due on or before it."""
    wanted = set(registry.expand(unit)) if unit is not None else None
    rows: list[TaskRow] = []
    for handle, pd in sorted(repo.plans.items()):
        if plan is not None and handle != plan:
            continue
        for t in pd.tasks:
            task = t.value
            if wanted is not None and not wanted & set(registry.expand_all(task.lead)):
                continue
            spans = occurrences(task.due, pd.plan.span)
            first_due = spans[0].end if spans else pd.plan.span.end
            if due_before is not None and first_due > due_before:
                continue
            rows.append(TaskRow(handle, task.id, task.title or task.text or "", task.lead,
                                task.support, task.due.written, task.due.kind, first_due))
    rows.sort(key=lambda r: (r.plan, natural_key(r.id)))
    return rows
