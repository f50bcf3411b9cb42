"""`cchc update`: record progress on a task, as a new file under `updates/`.

The unit may be given by name, the status in Vietnamese, the date day first (issue 12).
Before writing, the warnings of `cchc.compute.outcome`; after, the state of the obligation as
the dashboard now shows it.
"""

from __future__ import annotations

import datetime as dt
import shlex
from collections.abc import Sequence
from typing import TYPE_CHECKING

from cchc.commands._records import say_warnings, write_entry, writer
from cchc.errors import Stop
from cchc.session import Options, Session

if TYPE_CHECKING:
    from cchc.model.domain import Task
    from cchc.model.repository import PlanData

STATUSES = ("in-progress", "done", "blocked")


def run(options: Options, *, task: str, unit: str, status: str, date: str | None = None,
        period: str | None = None, note: str | None = None,
        evidence: Sequence[str] = (), plan: str | None = None) -> int:
    from cchc.clerk.parse import parse_status
    from cchc.compute.outcome import record_outcome, record_warnings
    from cchc.model.deadlines import DeadlineError, parse_period, period_label
    from cchc.write.records import new_record

    s = Session(options, load_all=False)
    canonical = parse_status(status)
    if canonical is None:
        s.fail("error.bad-status-word", value=status)
    status = canonical
    # Under the writer lock: filing moments in a folder only grow, and a record filed twice
    # is seen as such.
    with writer(s):
        s.reload()
        pd = s.one_plan(plan)
        unit_id = s.unit(unit)
        assert unit_id is not None
        hint = s.task_hint(pd, task)
        on = s.date(date) if date else s.as_of
        if period is not None:
            try:  # the canonical label (`tháng 3/2023` → 2023-03), as the dashboard names it
                period = period_label(period)
            except DeadlineError:
                pass  # the validation below says what is wrong with it
        data = {"task": task, "unit": unit_id, "date": on, "status": status, "period": period,
                "note": note, "evidence": list(evidence)}
        entry = new_record(s.loaded.repo, s.loaded.registry, pd, data)
        found = pd.task(task)
        valid = not any(d.is_error for d in entry.problems)
        if period is None and found is not None and found.due.kind == "recurring" and valid:
            _period_required(s, pd, found, unit_id, on, data, plan)
        if valid and entry.already is None:
            try:
                span = parse_period(period) if period is not None else None
            except DeadlineError:
                span = None
            say_warnings(s, record_warnings(pd, on, span, s.as_of, s.lang))

        def outcome() -> str:
            s.reload()
            return record_outcome(s.loaded.repo, s.loaded.registry, pd.handle, task, unit_id,
                                  s.as_of, s.lang)

        write_entry(s, entry, hint=hint, outcome=outcome)
    return 0


def _period_required(s: Session, pd: PlanData, task: Task, unit: str, on: dt.date,
                     data: dict[str, object], plan: str | None) -> None:
    """Refuse a recurring task's record without --period, naming the unit's open periods
    and the command that would record the earliest (exit 2: a usage error)."""
    from cchc.write.periods import current_label, open_periods

    found = open_periods(pd, task, unit, on)
    shown = [s.t("update.overdue-days" if p.days_overdue > 1 else "update.overdue-day",
                 period=p.label, days=p.days_overdue) if p.days_overdue else p.label
             for p in found]
    suggestion = found[0].label if found else current_label(pd, task, on)
    args = ["cchc", "update", task.id, "--unit", unit, "--status", str(data["status"]),
            "--date", on.isoformat(), "--period", suggestion]
    if plan is not None:
        args += ["--plan", plan]
    if data.get("note"):
        args += ["--note", str(data["note"])]
    evidence = data.get("evidence")
    for e in evidence if isinstance(evidence, list) else []:
        args += ["--evidence", str(e)]
    command = shlex.join(args)
    if found:
        s.say("update.period-required", task=task.id, due=task.due.written, unit=unit,
              periods=", ".join(shown), command=command)
    else:
        s.say("update.period-none-open", task=task.id, due=task.due.written, unit=unit,
              example=suggestion, command=command)
    raise Stop(2)
