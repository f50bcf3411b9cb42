"""`cchc status`: the clerk's dashboard (counts by state, overdue, due soon, stale, worst
units, indicator gaps), or the same as JSON."""

from __future__ import annotations

from pathlib import Path

from cchc.commands._answers import keep, question, recall
from cchc.session import Options, Session


def run(options: Options, *, plan: str | None = None, unit: str | None = None,
        fmt: str = "table", output: Path | None = None) -> int:
    asked = question(options, "status", plan, unit, fmt) if output is None else None
    code = recall(options, asked)
    if code is not None:
        return code
    from cchc.render.status import FORMATS

    s = Session(options)
    result = s.summary(plan, unit)
    shown = FORMATS[fmt](result, s.view(incomplete=result.incomplete, unit=unit))
    s.show(shown, output)
    if not result.incomplete:
        keep(s, asked, shown)
    return 0
