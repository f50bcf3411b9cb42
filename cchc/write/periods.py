"""Which occurrences of a recurring task a unit still owes, named as `--period` takes them.

`cchc update` of a recurring task needs `--period` (docs/format.md, "Commands"): a `done` record
without it covers the single day of its `date`, so the Q1 report filed on 5 April would
silently credit Q2 and leave Q1 overdue. Without `--period` nothing is written, and the
message names what is open, the earliest first: `2023-Q1 (quá hạn 5 ngày), 2023-Q2`.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from cchc.compute.obligations import satisfied
from cchc.model.deadlines import DeadlineError, Span, occurrences, period_span
from cchc.model.domain import Task
from cchc.model.repository import PlanData


@dataclass(frozen=True)
class OpenPeriod:
    label: str  # what --period takes for exactly this occurrence
    days_overdue: int  # 0: not due yet (or due that very day)


def label_of(span: Span, plan: Span) -> str:
    """The shortest label `--period` takes that covers this occurrence and no other: the
    calendar period it is (clipped to the plan), else its due day."""
    end = span.end
    candidates = [end.isoformat()] if span.start == end else []
    candidates += [f"{end.year}-{end.month:02d}", f"{end.year}-Q{(end.month - 1) // 3 + 1}",
                   f"{end.year}-H{1 if end.month <= 6 else 2}", f"{end.year}"]
    for label in candidates:
        try:
            whole = period_span(label)
        except DeadlineError:
            continue
        clipped = Span(max(whole.start, plan.start), min(whole.end, plan.end))
        if clipped == span:
            return label
    return end.isoformat()


def open_periods(pd: PlanData, task: Task, unit: str, on: dt.date) -> list[OpenPeriod]:
    """The occurrences begun by `on` that `unit` has not done, earliest first."""
    spans = [s for s in occurrences(task.due, pd.plan.span) if s.start <= on]
    done = [r.value.span for r in pd.records
            if r.value.task == task.id and r.value.unit == unit and r.value.status == "done"
            and r.value.date <= on]
    return [OpenPeriod(label_of(s, pd.plan.span), max(0, (on - s.end).days))
            for s, ok in zip(spans, satisfied(spans, done), strict=True) if not ok]


def current_label(pd: PlanData, task: Task, on: dt.date) -> str:
    """The label of the occurrence that holds `on` (else the first), for an example."""
    spans = occurrences(task.due, pd.plan.span)
    chosen = next((s for s in spans if s.start <= on <= s.end), spans[0] if spans else None)
    return label_of(chosen, pd.plan.span) if chosen is not None else on.isoformat()
