"""`cchc status`: the clerk's dashboard (counts by state, overdue, due soon, stale, worst
units, indicator gaps), or the same as JSON."""

from __future__ import annotations

from pathlib import Path

from cchc.session import Options, Session


def run(options: Options, *, plan: str | None = None, unit: str | None = None,
        fmt: str = "table", output: Path | None = None) -> int:
    from cchc.render.status import FORMATS

    s = Session(options)
    result = s.summary(plan, unit)
    s.show(FORMATS[fmt](result, s.view(incomplete=result.incomplete, unit=unit)), output)
    return 0
