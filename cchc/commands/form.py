"""`cchc form`: an Excel form for a unit to fill in (docs/documents.md).

`--unit U`: the progress form of one unit, a row per open obligation
(`cchc.compute.forms.task_rows`); `--readings --period P`: the grid of the indicators of that
period (`readings_grid`), `--unit` keeping those the unit owns. The form records the
repository's name (`cchc.yaml`'s `name`, else its folder's), the plan, the unit and the
as-of date, so that `cchc collect` recognises it.
"""

from __future__ import annotations

from pathlib import Path

from cchc.session import Options, Session


def run(options: Options, *, output: Path, unit: str | None = None, readings: bool = False,
        period: str | None = None, plan: str | None = None) -> int:
    from cchc.compute.forms import readings_grid, task_rows
    from cchc.compute.obligations import obligations
    from cchc.model.deadlines import DeadlineError, period_frequency, period_label
    from cchc.model.form import FormMeta
    from cchc.render.xlsx_form import readings_form, task_form

    s = Session(options)
    s.require_valid()
    pd = s.one_plan(plan)
    ident = s.unit(unit)
    registry = s.loaded.registry
    number = pd.plan.number or pd.handle
    if readings:
        if period is None:
            s.fail("form.period-required")
        try:
            label = period_label(period)
        except DeadlineError:
            label = None
        if label is None or period_frequency(label) is None:
            s.fail("error.bad-period", period=period)
        grid = readings_grid(pd, registry, label, ident)
        meta = FormMeta("readings", s.locality, pd.handle, ident or "", s.as_of, label, s.lang)
        data = readings_form(grid, meta, registry, number)
    else:
        if ident is None:
            s.fail("form.unit-required")
        if ident in registry.groups:
            s.fail("form.group-not-unit", unit=ident,
                   members=", ".join(registry.expand(ident)))
        rows = task_rows(pd, obligations(s.loaded.repo, registry, s.as_of, plan=pd.handle,
                                         unit=ident), ident)
        meta = FormMeta("tasks", s.locality, pd.handle, ident, s.as_of, "", s.lang)
        data = task_form(rows, meta, registry, number)
    s.show(data, output)
    return 0
