"""`cchc calendar`: an iCalendar file of the open deadlines, one all-day event per
(occurrence, unit)."""

from __future__ import annotations

from pathlib import Path

from cchc.session import Options, Session


def run(options: Options, *, plan: str | None = None, unit: str | None = None,
        fmt: str = "ics", output: Path | None = None) -> int:
    from cchc.compute.calendar import open_occurrences
    from cchc.render.ical import FORMATS, Agenda

    s = Session(options)
    incomplete = s.require_valid()
    handle, ident = s.plan(plan), s.unit(unit)
    entries = open_occurrences(s.loaded.repo, s.loaded.registry, s.as_of, plan=handle,
                               unit=ident)
    plans = [handle] if handle is not None else sorted(s.loaded.repo.plans)
    agenda = Agenda(entries, s.loaded.repo, plans)
    s.show(FORMATS[fmt](agenda, s.view(incomplete=incomplete, unit=ident)), output)
    return 0
