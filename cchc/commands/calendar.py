"""`cchc calendar`: what it does is its help text, `help.calendar` in `cchc/i18n/en_help.py`."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer

from cchc.cli import (
    AllowErrorsOpt,
    AsOfOpt,
    LangOpt,
    NoCacheOpt,
    PlanOpt,
    RepoOpt,
    Session,
    UnitOpt,
    app,
    h,
)


@app.command(help=h("calendar"))
def calendar(
    repo: RepoOpt = None,
    plan: PlanOpt = None,
    unit: UnitOpt = None,
    output: Annotated[Path | None, typer.Option("-o", "--output", help=h("calendar.output"),
                                                show_default=False)] = None,
    lang: LangOpt = None,
    as_of: AsOfOpt = None,
    allow_errors: AllowErrorsOpt = False,
    no_cache: NoCacheOpt = False,
) -> None:
    """An iCalendar file of the open deadlines, one all-day event per (occurrence, unit)."""
    from cchc.compute.calendar import open_occurrences
    from cchc.render.ical import calendar as render_calendar

    s = Session(repo, lang, as_of, no_cache)
    incomplete = s.require_valid(allow_errors)
    handle, ident = s.plan(plan), s.unit(unit)
    entries = open_occurrences(s.loaded.repo, s.loaded.registry, s.as_of, plan=handle,
                               unit=ident)
    plans = [handle] if handle is not None else sorted(s.loaded.repo.plans)
    content = render_calendar(entries, s.loaded.repo, s.loaded.registry, s.lang, s.as_of,
                              locality=s.locality, plans=plans,
                              unit=ident, incomplete=incomplete)
    s.emit(content, output)
