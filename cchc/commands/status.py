"""`cchc status`: the clerk's dashboard (counts by state, overdue, due soon, stale, worst
units, indicator gaps), or the same as JSON."""

from __future__ import annotations

from pathlib import Path

from cchc.commands._answers import summary
from cchc.session import Options


def run(options: Options, *, plan: str | None = None, unit: str | None = None,
        fmt: str = "table", output: Path | None = None) -> int:
    return summary(options, "status", "cchc.render.status", plan=plan, unit=unit, fmt=fmt,
                   output=output)
