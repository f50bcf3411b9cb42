"""`cchc tasks`: the tasks of the plans (id, title, lead, deadline), filtered."""

from __future__ import annotations

from pathlib import Path

from cchc.session import Options, Session


def run(options: Options, *, plan: str | None = None, unit: str | None = None,
        due_before: str | None = None, fmt: str = "table", output: Path | None = None) -> int:
    from cchc.compute.tasks import list_tasks
    from cchc.render.tasks import FORMATS

    s = Session(options)
    before = s.date(due_before) if due_before is not None else None
    incomplete = s.require_valid()
    rows = list_tasks(s.loaded.repo, s.loaded.registry, plan=s.plan(plan), unit=s.unit(unit),
                      due_before=before)
    s.show(FORMATS[fmt](rows, s.view(incomplete=incomplete)), output)
    return 0
