"""`cchc update`: record progress on a task, as a new file under `updates/`."""

from __future__ import annotations

from collections.abc import Sequence

from cchc.commands._records import write_entry
from cchc.session import Options, Session

STATUSES = ("in-progress", "done", "blocked")


def run(options: Options, *, task: str, unit: str, status: str, date: str | None = None,
        period: str | None = None, note: str | None = None,
        evidence: Sequence[str] = (), plan: str | None = None) -> int:
    from cchc.write.records import new_record

    s = Session(options)
    if status not in STATUSES:
        s.fail("error.bad-status", status=status, known=", ".join(STATUSES))
    pd = s.one_plan(plan)
    data = {"task": task, "unit": unit, "date": s.date(date) if date else s.as_of,
            "status": status, "period": period, "note": note, "evidence": list(evidence)}
    write_entry(s, *new_record(s.loaded.repo, s.loaded.registry, pd, data))
    return 0
