"""`cchc gaps`: indicator readings against their targets, missing readings included."""

from __future__ import annotations

from pathlib import Path

from cchc.commands._answers import keep, question, recall
from cchc.session import Options, Session


def run(options: Options, *, plan: str | None = None, unit: str | None = None,
        period: str | None = None, fmt: str = "table", output: Path | None = None) -> int:
    asked = question(options, "gaps", plan, unit, period, fmt) if output is None else None
    code = recall(options, asked)
    if code is not None:
        return code
    from cchc.compute.gaps import gaps
    from cchc.model.deadlines import DeadlineError, period_frequency, period_label
    from cchc.render.gaps import FORMATS

    s = Session(options)
    label = None
    if period is not None:
        try:
            label = period_label(period)
        except DeadlineError:
            label = None
        if label is None or period_frequency(label) is None:
            s.fail("error.bad-period", period=period)
    incomplete = s.require_valid()
    rows = gaps(s.loaded.repo, s.loaded.registry, s.as_of, plan=s.plan(plan),
                unit=s.unit(unit), period=label)
    shown = FORMATS[fmt](rows, s.view(incomplete=incomplete))
    s.show(shown, output)
    if not incomplete:
        keep(s, asked, shown)
    return 0
