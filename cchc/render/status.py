"""Renderers of `cchc status`: the clerk's dashboard as tables, and the same content as JSON.

JSON shape (stable for scripts; documented in docs/commands.md):

    {"as_of": "2023-03-31", "locality": "...", "language": "vi", "incomplete": false,
     "unit": null,
     "plans": [{"plan": "...", "number": "...", "title": "...",
                "period": {"start": "...", "end": "..."},
                "counts": {"overdue": 0, "due-soon": 0, "stale": 0, "blocked": 0,
                           "in-progress": 0, "not-started": 0, "done-late": 0, "done": 0},
                "overdue": [<rows of cchc overdue --format json> + "days_overdue_at_end"],
                "due_soon": [{"task", "unit", "due", "days_left"}],
                "stale": [{"task", "unit", "last_record", "days_since"}],
                "worst_units": [{"unit", "overdue", "days_overdue", "days_overdue_at_end"}],
                "blocked": [{"task", "unit", "since", "note"}],
                "final": null | {"end", "done", "done_late", "not_done", "total",
                                 "indicators_met", "indicators_unmet", "indicators_missing"},
                "gaps": [<rows of cchc gaps --format json>]}]}

`days_overdue` is the contract's (to the as-of date) everywhere; `days_overdue_at_end` is the
same counted to the plan's last day once the plan has ended (null while it runs), which is
what the tables show a reader.
"""

from __future__ import annotations

import datetime as dt
import heapq
from collections.abc import Callable

from cchc import i18n
from cchc.clerk.names import labelled
from cchc.compute.obligations import STATES, Obligation
from cchc.compute.summary import PlanStatus, Summary
from cchc.i18n.collate import SortKey, sort_key, sorted_names
from cchc.model.registry import Registry
from cchc.render import gaps as gaps_render
from cchc.render.lateness import occurrences_text
from cchc.render.obligations import overdue_items
from cchc.render.output import Dashboard, Renderer, View, json_bytes, json_compact_bytes
from cchc.render.table import Table
from cchc.sorting import natural_key


def status_json(status: Summary, view: View) -> bytes:
    """The JSON's UTF-8 bytes (`json_bytes`: `json_text`'s, without the whole text as a str)."""
    return json_bytes(_status_data(status, view))


def status_json_compact(status: Summary, view: View) -> bytes:
    """The same data written compact (`json_compact_bytes`): `cchc site`'s `status.json`, a
    file for programs, 40% smaller than the indented text."""
    return json_compact_bytes(_status_data(status, view))


def _status_data(status: Summary, view: View) -> dict[str, object]:
    return {
        "as_of": status.as_of.isoformat(), "locality": view.locality, "language": view.lang,
        "incomplete": status.incomplete, "unit": view.unit,
        "plans": [_plan_json(p, status) for p in status.plans],
    }


def _plan_json(p: PlanStatus, status: Summary) -> dict[str, object]:
    plan = p.data.plan
    def at_end(days: int) -> int | None:
        return days if p.final is not None else None

    # one dict a row, not two merged into a third; the days to the end once a due date
    overdue = overdue_items(p.overdue)
    late = {due: at_end(p.days_late(due)) for due in {o.due for o in p.overdue}}
    for row, o in zip(overdue, p.overdue, strict=True):
        row["days_overdue_at_end"] = late[o.due]
    return {
        "plan": p.plan, "number": plan.number, "title": plan.title,
        "period": {"start": plan.span.start.isoformat(), "end": plan.span.end.isoformat()},
        "counts": dict(p.counts),
        "overdue": overdue,
        "due_soon": [{"task": o.task, "unit": o.unit,
                      "due": o.due.isoformat() if o.due else None,
                      "days_left": (o.due - status.as_of).days if o.due else None}
                     for o in p.due_soon],
        "stale": [{"task": o.task, "unit": o.unit,
                   "last_record": o.last_record.isoformat() if o.last_record else None,
                   "days_since": (status.as_of - o.last_record).days if o.last_record else None}
                  for o in p.stale],
        "worst_units": [{"unit": s.unit, "overdue": s.overdue, "days_overdue": s.days_overdue,
                         "days_overdue_at_end": at_end(s.days_late)} for s in p.worst_units],
        "blocked": [{"task": b.task, "unit": b.unit, "since": b.since.isoformat(),
                     "note": b.note} for b in p.blocked],
        "final": None if p.final is None else {
            "end": p.final.end.isoformat(), "done": p.final.done,
            "done_late": p.final.done_late, "not_done": p.final.not_done,
            "total": p.final.total, "indicators_met": p.final.indicators_met,
            "indicators_unmet": p.final.indicators_unmet,
            "indicators_missing": p.final.indicators_missing},
        "gaps": [gaps_render.gap_item(g) for g in p.gaps],
    }


# Beyond this many units, one task's row names the first few and counts the rest: a plan
# whose every ward owes the same report on the same day should not fill the screen.
UNITS_SHOWN = 3


def _by_task(obls: list[Obligation]) -> list[tuple[tuple[dt.date | None, str], list[str]]]:
    """Obligations grouped by (due date, task), in their order."""
    groups: dict[tuple[dt.date | None, str], list[str]] = {}
    for o in obls:
        groups.setdefault((o.due, o.task), []).append(o.unit)
    return list(groups.items())


def _late_by_task(obls: list[Obligation]
                  ) -> list[tuple[tuple[dt.date | None, str], list[Obligation]]]:
    """Overdue obligations grouped by (due date, task), in their order, each group's own."""
    groups: dict[tuple[dt.date | None, str], list[Obligation]] = {}
    for o in obls:
        groups.setdefault((o.due, o.task), []).append(o)
    return list(groups.items())


def _by_name(registry: Registry) -> Callable[[str], SortKey]:
    """A unit's key in Vietnamese alphabetical order of its name (`sorted_names`), found once
    a unit: a late unit is in many rows."""
    keys: dict[str, SortKey] = {}

    def key(unit: str) -> SortKey:
        found = keys.get(unit)
        if found is None:
            found = keys[unit] = sort_key(registry.name(unit))
        return found

    return key


def _units_cell(units: list[str], registry: Registry, lang: str,
                by_name: Callable[[str], SortKey]) -> str:
    """The units of a row, by name with the id beside it (what `--unit` takes), in
    Vietnamese alphabetical order; beyond `UNITS_SHOWN`, the first ones and a count (only
    those are looked for: `heapq.nsmallest` is the sorted list's start, equal names in
    their order)."""
    if len(units) <= UNITS_SHOWN:
        return ", ".join([labelled(registry, u) for u in sorted(units, key=by_name)])
    first = heapq.nsmallest(UNITS_SHOWN, units, key=by_name)
    return i18n.t(lang, "status.units-more",
                  names=", ".join([labelled(registry, u) for u in first]),
                  count=len(units) - UNITS_SHOWN, total=len(units))


# A dashboard is read on a screen: each table shows at most this many rows and says how many
# more there are and which command lists them all (at 1,000 communes, 11,000 rows took Rich
# half a minute to draw).
ROWS_SHOWN = 30


def _capped(title: str, columns: tuple[str, ...], rows: tuple[tuple[str, ...], ...],
            lang: str, command: str) -> Table:
    if not rows:
        return Table(title, columns, ((i18n.t(lang, "status.none"),) + ("",) *
                                      (len(columns) - 1),))
    notes: tuple[str, ...] = ()
    if len(rows) > ROWS_SHOWN:
        notes = (i18n.t(lang, "status.more-rows", count=len(rows) - ROWS_SHOWN,
                        command=f"cchc {command}"),)
    return Table(title, columns, rows[:ROWS_SHOWN], notes)


def _by_task_id(o: Obligation) -> tuple[tuple[tuple[int, int, str], ...], str]:
    return (natural_key(o.task), o.unit)


def dashboard(status: Summary, view: View) -> Dashboard:
    """The dashboard as headings and tables, in the order a clerk reads them."""
    registry, lang, unit = view.registry, view.lang, view.unit
    due_soon_days, stale_days = view.due_soon_days, view.stale_after_days

    def t(key: str, **kw: object) -> str:
        return i18n.t(lang, key, **kw)

    def day(d: object) -> str:
        return i18n.format_date_short(lang, d) if d else t("word.never")  # type: ignore[arg-type]

    heading = t("status.title", locality=view.locality, date=i18n.format_date(lang, status.as_of))
    if unit is not None:
        heading += " — " + t("status.unit-filter", unit=labelled(registry, unit))
    if status.incomplete:
        heading += "\n" + t("cli.incomplete-note")
    tables: list[str | Table] = [heading]
    by_name = _by_name(registry)
    for p in status.plans:
        plan = p.data.plan
        titles = {tk.value.id: tk.value.title or "" for tk in p.data.tasks}
        none = (t("status.none"),)
        tables.append(t("status.plan", number=plan.number or p.plan, title=plan.title or ""))
        if p.final is not None:
            f = p.final
            tables.append(t("status.ended", date=i18n.format_date(lang, f.end)) + "\n" +
                          t("status.final-line", done=f.done, late=f.done_late,
                            not_done=f.not_done, total=f.total) + "\n" +
                          t("final.indicators", met=f.indicators_met,
                            unmet=f.indicators_unmet, missing=f.indicators_missing))
        tables.append(Table(
            t("status.counts"),
            (t("col.state"), t("col.count")),
            tuple((t("state." + s), str(p.counts[s])) for s in STATES)))
        # Once the plan has ended, days overdue stop at its last day, and the columns say so.
        days_col = t("col.days-overdue-end") if p.final is not None else t("col.days-overdue")
        daily = {tk.value.id for tk in p.data.tasks if tk.value.due.frequency == "daily"}
        by_task = _late_by_task(p.overdue)
        rows: tuple[tuple[str, ...], ...]
        columns: tuple[str, ...]
        if len(p.overdue) <= ROWS_SHOWN and len(by_task) * 2 > len(p.overdue):
            # few, and mostly different tasks: one row per unit and task, by unit
            rows = tuple((labelled(registry, o.unit), o.task, titles.get(o.task, ""),
                          day(o.due), str(p.days_late(o.due)),
                          occurrences_text(lang, (o.occurrences,), o.task in daily),
                          t("status." + o.status))
                         for o in sorted_names(p.overdue, lambda o: registry.name(o.unit)))
            columns = (t("col.unit"), t("col.task"), t("col.title"), t("col.due"),
                       days_col, t("col.occurrences"), t("col.status"))
        else:  # many, or many units late on the same tasks: one row per task and due date
            rows = tuple((day(due), task, titles.get(task, ""),
                          _units_cell([o.unit for o in obls], registry, lang, by_name),
                          str(p.days_late(due)) if due else "",
                          occurrences_text(lang, (o.occurrences for o in obls), task in daily))
                         for (due, task), obls in by_task)
            columns = (t("col.due"), t("col.task"), t("col.title"), t("col.unit"),
                       days_col, t("col.occurrences"))
        late_title = t("report.not-done") if p.final is not None else t("status.overdue")
        tables.append(_capped(f"{late_title} ({len(p.overdue)})", columns, rows,
                              lang, "overdue"))
        tables.append(_capped(
            f"{t('status.due-soon', days=due_soon_days)} ({len(p.due_soon)})",
            (t("col.due"), t("col.task"), t("col.title"), t("col.unit"), t("col.days-left")),
            tuple((day(due), task, titles.get(task, ""),
                   _units_cell(units, registry, lang, by_name),
                   str((due - status.as_of).days) if due else "")
                  for (due, task), units in _by_task(p.due_soon)), lang, "status --format json"))
        tables.append(_capped(
            f"{t('status.stale', days=stale_days)} ({len(p.stale)})",
            (t("col.task"), t("col.title"), t("col.unit")),
            tuple((task, titles.get(task, ""), _units_cell(units, registry, lang, by_name))
                  for (_, task), units in _by_task(sorted(p.stale, key=_by_task_id))),
            lang, "report"))
        tables.append(_capped(
            f"{t('status.blocked-title')} ({len(p.blocked)})",
            (t("col.task"), t("col.title"), t("col.unit"), t("col.since"), t("col.note")),
            tuple((b.task, titles.get(b.task, ""), labelled(registry, b.unit), day(b.since),
                   b.note or "") for b in p.blocked), lang, "report"))
        tables.append(Table(
            t("status.worst"), (t("col.unit"), t("state.overdue"),
                                t("col.total-days-overdue-end") if p.final is not None
                                else t("col.total-days-overdue")),
            tuple((labelled(registry, s.unit), str(s.overdue), str(s.days_late))
                  for s in p.worst_units) or (none + ("",) * 2,)))
        names = {(p.plan, i.value.id): i.value.name or i.value.id for i in p.data.indicators}
        short = [g for g in p.gaps if g.met is not True]
        tables.append(_capped(
            f"{t('status.gaps')} ({len(short)})", gaps_render.columns(lang),
            tuple(gaps_render.cells(g, registry, lang, names) for g in short), lang, "gaps"))
    return Dashboard(tuple(tables))


def _xlsx(status: Summary, view: View) -> bytes:
    from cchc.render.xlsx import status_format

    return status_format(status, view)


FORMATS: dict[str, Renderer[Summary]] = {"table": dashboard, "json": status_json,
                                         "xlsx": _xlsx}
