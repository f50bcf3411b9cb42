"""`--format xlsx`: the tables of tasks, overdue, gaps, units and status as an Excel workbook.

Written with openpyxl (it also reads the forms of `cchc collect` back, so one library does
both). What a spreadsheet user under Vietnamese regional settings needs, and CSV cannot give:

- numbers are numbers and dates are dates, stored as such, so that the decimal separator
  and the date order are the reader's own (LibreOffice and Excel set to Vietnamese show
  `96,2` and sort the dates); ids (`1.2`, `III.2`) are text, never turned into numbers;
- a bold header row in the repository's language, frozen, with filters; columns as wide as
  their content (capped); one sheet per table (`status` has seven);
- days overdue are counted to the day beside them ("counted to"): the as-of date, or the
  plan's last day once the plan has ended (not days that grow for ever).

Pure: the same rows, language and as-of date give the same bytes (the workbook's times are
the as-of date, and so are the zip archive's).
"""

from __future__ import annotations

import datetime as dt
import io
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import Literal, Protocol

from openpyxl import Workbook
from openpyxl.styles import Alignment, Font, PatternFill
from openpyxl.utils import get_column_letter
from openpyxl.worksheet.properties import PageSetupProperties
from openpyxl.worksheet.worksheet import Worksheet

from cchc import i18n
from cchc.compute.gaps import Gap
from cchc.compute.obligations import STATES, Obligation
from cchc.compute.summary import Summary
from cchc.compute.tasks import TaskRow
from cchc.model.registry import Registry
from cchc.render.decree30 import fixed_zip
from cchc.render.lateness import days_shown
from cchc.render.output import View
from cchc.render.trend import trend

Kind = Literal["text", "id", "int", "number", "date", "percent"]
Cell = str | int | float | dt.date | None

FORMATS: dict[Kind, str] = {"text": "General", "id": "@", "int": "0", "number": "0.00",
                            "percent": "0%", "date": ""}
HEADER_FILL = PatternFill("solid", start_color="FFD9D9D9", end_color="FFD9D9D9")
MAX_WIDTH = 60


@dataclass(frozen=True)
class Column:
    key: str  # catalogue key under col.
    kind: Kind


@dataclass(frozen=True)
class SheetData:
    name_key: str  # catalogue key of the sheet's name
    columns: tuple[Column, ...]
    rows: tuple[tuple[Cell, ...], ...]


def _width(value: Cell, kind: Kind) -> int:
    if value is None:
        return 0
    if kind == "date":
        return 10
    return len(str(value))


def sheet(ws: Worksheet, data: SheetData, lang: str) -> None:
    """One table on one sheet: header, typed cells, frozen header, filters, widths."""
    date_format = i18n.t(lang, "xlsx.date-format")
    headers = [i18n.t(lang, "col." + c.key) for c in data.columns]
    ws.append(headers)
    for cell in ws[1]:
        cell.font = Font(name="Calibri", size=11, bold=True)
        cell.fill = HEADER_FILL
        cell.alignment = Alignment(vertical="top", wrap_text=True)
    for row in data.rows:
        ws.append(list(row))
    for index, column in enumerate(data.columns, start=1):
        letter = get_column_letter(index)
        fmt = date_format if column.kind == "date" else FORMATS[column.kind]
        if fmt != "General":
            for (cell,) in ws.iter_rows(min_row=2, min_col=index, max_col=index):
                cell.number_format = fmt
        widest = max([len(headers[index - 1])]
                     + [_width(r[index - 1], column.kind) for r in data.rows])
        ws.column_dimensions[letter].width = min(MAX_WIDTH, max(6, widest + 2))
    ws.freeze_panes = "A2"
    # Printed (or turned into PDF) landscape, as wide as one page, the header on every page.
    ws.page_setup.orientation = "landscape"
    ws.page_setup.paperSize = ws.PAPERSIZE_A4
    ws.sheet_properties.pageSetUpPr = PageSetupProperties(fitToPage=True)
    ws.page_setup.fitToWidth = 1
    ws.page_setup.fitToHeight = 0
    ws.print_title_rows = "1:1"
    last = get_column_letter(len(data.columns))
    ws.auto_filter.ref = f"A1:{last}{len(data.rows) + 1}"


def workbook(sheets: Sequence[SheetData], lang: str, as_of: dt.date) -> bytes:
    """The workbook's bytes, one sheet per table, fixed for the day."""
    wb = Workbook()
    first = True
    for data in sheets:
        ws = wb.active if first else wb.create_sheet()
        assert ws is not None
        first = False
        ws.title = _sheet_name(i18n.t(lang, data.name_key))
        sheet(ws, data, lang)
    return save(wb, as_of)


def save(wb: Workbook, as_of: dt.date) -> bytes:
    """A workbook's bytes with its times set to the as-of date (openpyxl stamps the clock)."""
    moment = dt.datetime(as_of.year, as_of.month, as_of.day)
    wb.properties.creator = "cchc"
    wb.properties.lastModifiedBy = "cchc"
    wb.properties.created = moment
    wb.properties.modified = moment
    buffer = io.BytesIO()
    wb.save(buffer)
    # openpyxl stamps the clock into `modified` while saving: the core properties are
    # written again, from the as-of date.
    return fixed_zip(buffer.getvalue(), as_of, {"docProps/core.xml": _core(moment)})


def _core(moment: dt.datetime) -> bytes:
    stamp = moment.strftime("%Y-%m-%dT%H:%M:%SZ")
    return (
        '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
        '<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/'
        'metadata/core-properties" xmlns:dc="http://purl.org/dc/elements/1.1/" '
        'xmlns:dcterms="http://purl.org/dc/terms/" '
        'xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">'
        '<dc:creator>cchc</dc:creator><cp:lastModifiedBy>cchc</cp:lastModifiedBy>'
        f'<dcterms:created xsi:type="dcterms:W3CDTF">{stamp}</dcterms:created>'
        f'<dcterms:modified xsi:type="dcterms:W3CDTF">{stamp}</dcterms:modified>'
        '</cp:coreProperties>').encode()


def _sheet_name(name: str) -> str:
    for bad in "[]:*?/\\":
        name = name.replace(bad, " ")
    return name[:31]


# --- the tables of each command ---


def _date(d: dt.date | None) -> dt.date | None:
    return d


def tasks_sheet(rows: Sequence[TaskRow], registry: Registry, lang: str) -> SheetData:
    cols = (Column("plan", "id"), Column("task", "id"), Column("title", "text"),
            Column("lead", "id"), Column("lead-names", "text"), Column("support", "id"),
            Column("due", "text"), Column("kind", "text"), Column("first-due", "date"))
    return SheetData("xlsx.sheet-tasks", cols, tuple(
        (r.plan, r.id, r.title, " ".join(r.lead), "; ".join(registry.name(u) for u in r.lead),
         " ".join(r.support), r.due, i18n.t(lang, "kind." + r.kind), r.first_due)
        for r in rows))


def tasks_xlsx(rows: Sequence[TaskRow], registry: Registry, lang: str, as_of: dt.date) -> bytes:
    return workbook([tasks_sheet(rows, registry, lang)], lang, as_of)


def overdue_sheet(rows: Sequence[Obligation], registry: Registry, lang: str,
                  titles: dict[tuple[str, str], str], as_of: dt.date,
                  ended: Mapping[str, tuple[dt.date, str]]) -> SheetData:
    """`ended`: plan → (last day, number) of the plans that have ended; their days overdue
    are counted to that day, and the next column says to which day."""
    cols = (Column("plan", "id"), Column("task", "id"), Column("title", "text"),
            Column("unit", "id"), Column("unit-name", "text"), Column("due", "date"),
            Column("days-overdue", "int"), Column("counted-to", "date"),
            Column("occurrences", "int"), Column("status", "text"), Column("status-key", "id"))
    return SheetData("xlsx.sheet-overdue", cols, tuple(
        (o.plan, o.task, titles.get((o.plan, o.task), ""), o.unit, registry.name(o.unit),
         o.due, days_shown(o, ended), ended[o.plan][0] if o.plan in ended else as_of,
         o.occurrences, i18n.t(lang, "status." + o.status), o.status)
        for o in rows))


def overdue_xlsx(rows: Sequence[Obligation], registry: Registry, lang: str,
                 titles: dict[tuple[str, str], str], as_of: dt.date,
                 ended: Mapping[str, tuple[dt.date, str]] | None = None) -> bytes:
    return workbook([overdue_sheet(rows, registry, lang, titles, as_of, ended or {})], lang,
                    as_of)


def gaps_sheet(rows: Sequence[Gap], registry: Registry, lang: str,
               names: dict[tuple[str, str], str]) -> SheetData:
    cols = (Column("plan", "id"), Column("indicator", "id"), Column("indicator-name", "text"),
            Column("unit", "id"), Column("unit-name", "text"), Column("period", "id"),
            Column("target", "text"), Column("value", "number"), Column("gap", "number"),
            Column("met", "text"), Column("previous", "number"), Column("trend", "text"))

    def met(g: Gap) -> str | None:
        return None if g.met is None else i18n.t(lang, "word.yes" if g.met else "word.no")

    return SheetData("xlsx.sheet-gaps", cols, tuple(
        (g.plan, g.indicator, names.get((g.plan, g.indicator), g.indicator), g.unit,
         registry.name(g.unit) if g.unit else i18n.t(lang, "word.locality"), g.period,
         g.target, g.value, g.gap, met(g), g.previous,
         trend(g, lang) if g.trend is not None else None) for g in rows))


def gaps_xlsx(rows: Sequence[Gap], registry: Registry, lang: str,
              names: dict[tuple[str, str], str], as_of: dt.date) -> bytes:
    return workbook([gaps_sheet(rows, registry, lang, names)], lang, as_of)


def status_sheets(status: Summary, registry: Registry, lang: str) -> list[SheetData]:
    """The dashboard's tables, one sheet each, every plan's rows in one sheet."""
    titles = {(p.plan, t.value.id): t.value.title or "" for p in status.plans
              for t in p.data.tasks}
    names = {(p.plan, i.value.id): i.value.name or i.value.id for p in status.plans
             for i in p.data.indicators}
    counts = SheetData("xlsx.sheet-counts", (Column("plan", "id"), Column("state", "text"),
                                             Column("state-key", "id"), Column("count", "int")),
                       tuple((p.plan, i18n.t(lang, "state." + s), s, p.counts[s])
                             for p in status.plans for s in STATES))
    ended = {p.plan: (p.final.end, p.data.plan.number or p.plan) for p in status.plans
             if p.final is not None}
    overdue = overdue_sheet([o for p in status.plans for o in p.overdue], registry, lang,
                            titles, status.as_of, ended)

    def soon(o: Obligation) -> int | None:
        return (o.due - status.as_of).days if o.due else None

    def since(o: Obligation) -> int | None:
        return (status.as_of - o.last_record).days if o.last_record else None

    due_soon = SheetData("xlsx.sheet-due-soon", (
        Column("plan", "id"), Column("task", "id"), Column("title", "text"), Column("unit", "id"),
        Column("unit-name", "text"), Column("due", "date"), Column("days-left", "int")),
        tuple((o.plan, o.task, titles.get((o.plan, o.task), ""), o.unit, registry.name(o.unit),
               o.due, soon(o)) for p in status.plans for o in p.due_soon))
    stale = SheetData("xlsx.sheet-stale", (
        Column("plan", "id"), Column("task", "id"), Column("title", "text"), Column("unit", "id"),
        Column("unit-name", "text"), Column("last-record", "date"), Column("days-since", "int")),
        tuple((o.plan, o.task, titles.get((o.plan, o.task), ""), o.unit, registry.name(o.unit),
               o.last_record, since(o)) for p in status.plans for o in p.stale))
    worst = SheetData("xlsx.sheet-worst", (
        Column("plan", "id"), Column("unit", "id"), Column("unit-name", "text"),
        Column(_state_col("overdue"), "int"), Column("total-days-overdue", "int"),
        Column("counted-to", "date")),
        tuple((p.plan, s.unit, registry.name(s.unit), s.overdue, s.days_late, p.counted_to)
              for p in status.plans for s in p.worst_units))
    gaps = gaps_sheet([g for p in status.plans for g in p.gaps], registry, lang, names)
    scorecard = SheetData("xlsx.sheet-scorecard", (
        Column("plan", "id"), Column("unit", "id"), Column("unit-name", "text"),
        *(Column(_state_col(s), "int") for s in STATES), Column("total", "int"),
        Column("done-share", "percent")),
        tuple((p.plan, s.unit, registry.name(s.unit), *(s.counts[st] for st in STATES),
               s.total, round(s.done_share / 100, 4)) for p in status.plans for s in p.scorecard))
    return [counts, overdue, due_soon, stale, worst, gaps, scorecard]


def _state_col(state: str) -> str:
    return "state-" + state


def status_xlsx(status: Summary, registry: Registry, lang: str) -> bytes:
    return workbook(status_sheets(status, registry, lang), lang, status.as_of)


# --- units (`cchc units`, issue 12): ready for its command to call ---


def units_sheet(registry: Registry, lang: str) -> SheetData:
    cols = (Column("unit", "id"), Column("unit-name", "text"), Column("unit-kind", "text"),
            Column("aliases", "text"), Column("until", "date"), Column("successor", "id"),
            Column("group", "id"))
    rows: list[tuple[Cell, ...]] = []
    for ident in sorted(registry.units):
        u = registry.units[ident]
        rows.append((ident, u.name, u.kind, "; ".join(u.aliases), u.until, u.successor, None))
    for ident in sorted(registry.groups):
        g = registry.groups[ident]
        rows.append((ident, g.name, None, None, None, None, " ".join(g.members)))
    return SheetData("xlsx.sheet-units", cols, tuple(rows))


def units_xlsx(registry: Registry, lang: str, as_of: dt.date) -> bytes:
    return workbook([units_sheet(registry, lang)], lang, as_of)


class UnitLike(Protocol):
    """A row of `cchc units` (issue 12's `compute.units.UnitRow`), as this module reads it."""

    @property
    def id(self) -> str: ...
    @property
    def name(self) -> str: ...
    @property
    def kind(self) -> str: ...  # a unit's kind, or "group"
    @property
    def aliases(self) -> tuple[str, ...]: ...
    @property
    def members(self) -> tuple[str, ...]: ...
    @property
    def until(self) -> dt.date | None: ...
    @property
    def successor(self) -> str | None: ...
    @property
    def named_members(self) -> tuple[tuple[str, str], ...]: ...  # (id, name), in name order


def member_labels(r: UnitLike) -> list[str]:
    """A group's members by name with the id beside it (`UBND Phường 1 (ubnd-phuong-1)`), in
    Vietnamese alphabetical order of the names: as `cchc units` shows them in every format."""
    return [name if name == ident else f"{name} ({ident})" for ident, name in r.named_members]


def unit_rows_sheet(rows: Sequence[UnitLike], lang: str) -> SheetData:
    """The rows of `cchc units`, in their order (the JSON's), one per unit or group."""
    cols = (Column("unit", "id"), Column("unit-name", "text"), Column("unit-kind", "id"),
            Column("aliases", "text"), Column("members", "text"), Column("until", "date"),
            Column("successor", "id"))
    return SheetData("xlsx.sheet-units", cols, tuple(
        (r.id, r.name, r.kind, "; ".join(r.aliases) or None,
         "; ".join(member_labels(r)) or None, r.until, r.successor) for r in rows))


# --- (data, view) renderers, for the FORMATS mappings of the command renderers ---


def tasks_format(rows: Sequence[TaskRow], view: View) -> bytes:
    return tasks_xlsx(rows, view.registry, view.lang, view.as_of)


def overdue_format(rows: Sequence[Obligation], view: View) -> bytes:
    return overdue_xlsx(rows, view.registry, view.lang, dict(view.titles), view.as_of,
                        view.ended)


def gaps_format(rows: Sequence[Gap], view: View) -> bytes:
    return gaps_xlsx(rows, view.registry, view.lang, dict(view.indicator_names), view.as_of)


def status_format(status: Summary, view: View) -> bytes:
    return status_xlsx(status, view.registry, view.lang)


def units_format(rows: Sequence[UnitLike], view: View) -> bytes:
    """For `cchc units --format xlsx`: add `"xlsx": units_format` to `render/units.FORMATS`."""
    return workbook([unit_rows_sheet(rows, view.lang)], view.lang, view.as_of)
