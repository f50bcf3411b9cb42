"""`cchc overdue`: every (task, unit) with an obligation past due and not done."""

from __future__ import annotations

from pathlib import Path

from cchc.commands._answers import keep, question, recall
from cchc.session import Options, Session


def run(options: Options, *, plan: str | None = None, unit: str | None = None,
        fmt: str = "table", fail_on_overdue: bool = False,
        output: Path | None = None) -> int:
    """Exit 1 with `fail_on_overdue` when anything is overdue."""
    asked = (question(options, "overdue", plan, unit, fmt, fail_on_overdue)
             if output is None else None)
    code = recall(options, asked)
    if code is not None:
        return code
    from cchc.compute.obligations import obligations, overdue
    from cchc.render.obligations import FORMATS

    s = Session(options)
    incomplete = s.require_valid()
    rows = overdue(obligations(s.loaded.repo, s.loaded.registry, s.as_of, plan=s.plan(plan),
                               unit=s.unit(unit)))
    shown = FORMATS[fmt](rows, s.view(incomplete=incomplete))
    s.show(shown, output)
    code = 1 if fail_on_overdue and rows else 0
    if not incomplete:
        keep(s, asked, shown, code)
    return code
