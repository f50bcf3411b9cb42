"""`cchc form`: the Excel forms a unit fills in and `cchc collect` reads back.

Two forms, each one sheet for people and one very hidden sheet for cchc:

- the progress form of one unit: a row per open obligation (task, title, deadline, period,
  current state: protected), and four cells to fill (status as a drop-down in the form's
  language, date, evidence, note: unlocked);
- the readings grid of one period: a row per measured unit, a column per indicator, the
  cells of measured (unit, indicator) pairs to fill (readings already given filled in), the
  others closed; and the source of the readings on top.

The hidden sheet `cchc` holds what the form was made for (repository, plan, unit, as-of
date, period, language), a copy of every protected cell, and a checksum over all of it, so
that `cchc collect` recognises the form, refuses one made for another repository, plan or
unit, and names each protected cell that was changed. Sheet protection has no password:
it keeps honest people from typing in the wrong cell; the copy and the checksum catch
the rest.

Pure: the same rows and metadata give the same bytes.
"""

from __future__ import annotations

from collections.abc import Sequence

from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, PatternFill, Protection, Side
from openpyxl.utils import get_column_letter
from openpyxl.worksheet.datavalidation import DataValidation
from openpyxl.worksheet.properties import PageSetupProperties
from openpyxl.worksheet.worksheet import Worksheet

from cchc import i18n
from cchc.compute.forms import FormRow, Grid
from cchc.model.form import (
    COPY_MARK,
    COPY_ROW,
    DATE_COL,
    EVIDENCE_COL,
    FIRST_ROW,
    HEADER_ROW,
    MAGIC,
    META_KEYS,
    META_SHEET,
    NOTE_COL,
    SOURCE_CELL,
    STATUS_COL,
    STATUSES,
    VERSION,
    FormMeta,
    checksum,
)
from cchc.model.registry import Registry
from cchc.render.xlsx import save

# Progress form columns: (catalogue key, protected, width)
TASK_COLUMNS: tuple[tuple[str, bool, int], ...] = (
    ("form.col-task", True, 9), ("form.col-title", True, 50), ("form.col-due", True, 12),
    ("form.col-period", True, 11), ("form.col-state", True, 16),
    ("form.col-status", False, 18), ("form.col-date", False, 12),
    ("form.col-evidence", False, 40), ("form.col-note", False, 40))

FILL = PatternFill("solid", start_color="FFFFF2CC", end_color="FFFFF2CC")  # cells to fill
CLOSED = PatternFill("solid", start_color="FFD9D9D9", end_color="FFD9D9D9")
BOLD = Font(name="Calibri", size=11, bold=True)


def status_words(lang: str) -> dict[str, str]:
    """The drop-down's words for each status, in the form's language."""
    return {s: i18n.t(lang, "status." + s) for s in STATUSES}


def _meta_sheet(wb: Workbook, meta: FormMeta, copy: Sequence[Sequence[str]]) -> None:
    ws = wb.create_sheet(META_SHEET)
    ws.sheet_state = "veryHidden"
    ws.append([MAGIC, VERSION])
    values = meta.values()
    for key in META_KEYS:
        ws.append([key, values[key]])
    ws.append(["checksum", checksum(values, copy)])
    for index, row in enumerate(copy):
        # "#" marks a row of the copy, whose own cells may all be blank
        for col, value in enumerate([COPY_MARK, *row], start=1):
            ws.cell(row=COPY_ROW + index, column=col, value=value).number_format = "@"


def _titles(ws: Worksheet, lines: Sequence[str]) -> None:
    for row, text in enumerate(lines, start=1):
        cell = ws.cell(row=row, column=1, value=text)
        cell.font = Font(name="Calibri", size=14 if row == 1 else 11, bold=row == 1)


def _text(cell: object, value: str | None) -> None:
    cell.value = value  # type: ignore[attr-defined]
    cell.number_format = "@"  # type: ignore[attr-defined]


THIN = Side(style="thin", color="FF808080")
BOX = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)


def _print_setup(ws: Worksheet, last_column: int, rows: int) -> None:
    """Landscape A4, one page wide, the header row on every page; the help line merged
    across the table and tall enough for its text."""
    ws.page_setup.orientation = "landscape"
    ws.page_setup.paperSize = ws.PAPERSIZE_A4
    ws.sheet_properties.pageSetUpPr = PageSetupProperties(fitToPage=True)
    ws.page_setup.fitToWidth = 1
    ws.page_setup.fitToHeight = 0
    ws.print_title_rows = f"{HEADER_ROW}:{HEADER_ROW}"
    for row in (1, 2, 3):
        ws.merge_cells(start_row=row, start_column=1, end_row=row, end_column=last_column)
    ws["A3"].alignment = Alignment(wrap_text=True, vertical="top")
    ws.row_dimensions[3].height = 32
    for cells in ws.iter_rows(min_row=HEADER_ROW, max_row=HEADER_ROW + rows,
                              max_col=last_column):
        for cell in cells:
            cell.border = BOX


def _height(text: str, width: int) -> float:
    """A row's height (points) for `text` wrapped in a column `width` characters wide: Excel
    and LibreOffice keep a stored height, so a wrapped title must be given its lines."""
    lines = max(1, -(-len(text) // max(1, int(width * 1.1))))
    return 15.0 * lines


def _protect(ws: Worksheet) -> None:
    ws.protection.sheet = True
    ws.protection.formatColumns = False  # allowed: widening a column
    ws.protection.formatRows = False


def task_form(rows: Sequence[FormRow], meta: FormMeta, registry: Registry,
              plan_number: str) -> bytes:
    """The progress form of one unit, as the bytes of an .xlsx file."""
    lang = meta.lang

    def t(key: str, **kw: object) -> str:
        return i18n.t(lang, key, **kw)

    wb = Workbook()
    ws = wb.active
    assert ws is not None
    ws.title = t("form.sheet-tasks")
    _titles(ws, (t("form.title-tasks", unit=registry.name(meta.unit)),
                 t("form.subtitle", number=plan_number, date=i18n.format_date(lang, meta.as_of)),
                 t("form.help-tasks")))
    date_format = t("xlsx.date-format")
    for col, (key, _, width) in enumerate(TASK_COLUMNS, start=1):
        cell = ws.cell(row=HEADER_ROW, column=col, value=t(key))
        cell.font = BOLD
        cell.alignment = Alignment(wrap_text=True, vertical="top")
        ws.column_dimensions[get_column_letter(col)].width = width
    words = status_words(lang)
    copy: list[list[str]] = []
    for index, r in enumerate(rows):
        row = FIRST_ROW + index
        state = t("state." + r.state)
        _text(ws.cell(row=row, column=1), r.task)
        _text(ws.cell(row=row, column=2), r.title)
        due = ws.cell(row=row, column=3, value=r.due)
        due.number_format = date_format
        _text(ws.cell(row=row, column=4), r.period)
        _text(ws.cell(row=row, column=5), state)
        ws.cell(row=row, column=2).alignment = Alignment(wrap_text=True, vertical="top")
        ws.row_dimensions[row].height = _height(r.title, TASK_COLUMNS[1][2])
        for col in range(STATUS_COL, NOTE_COL + 1):
            fill = ws.cell(row=row, column=col)
            fill.protection = Protection(locked=False)
            fill.fill = FILL
            if col == DATE_COL:
                fill.number_format = date_format
            elif col in (EVIDENCE_COL, NOTE_COL):
                fill.number_format = "@"
                fill.alignment = Alignment(wrap_text=True, vertical="top")
        copy.append([r.task, r.title, r.due.isoformat() if r.due else "", r.period or "",
                     state])
    last = FIRST_ROW + max(len(rows), 1) - 1
    choices = DataValidation(type="list", formula1='"' + ",".join(words.values()) + '"',
                             allow_blank=True, showErrorMessage=True,
                             errorTitle=t("form.col-status"), error=t("form.bad-choice"))
    choices.add(f"{get_column_letter(STATUS_COL)}{FIRST_ROW}:"
                f"{get_column_letter(STATUS_COL)}{last}")
    dates = DataValidation(type="date", operator="greaterThan", formula1="DATE(1900,1,1)",
                           allow_blank=True, showErrorMessage=True,
                           errorTitle=t("form.col-date"), error=t("form.bad-date"))
    dates.add(f"{get_column_letter(DATE_COL)}{FIRST_ROW}:{get_column_letter(DATE_COL)}{last}")
    ws.add_data_validation(choices)
    ws.add_data_validation(dates)
    ws.freeze_panes = f"A{FIRST_ROW}"
    ws.row_dimensions[HEADER_ROW].height = 30
    _print_setup(ws, len(TASK_COLUMNS), len(rows))
    _protect(ws)
    _meta_sheet(wb, meta, copy)
    return save(wb, meta.as_of)


def readings_form(grid: Grid, meta: FormMeta, registry: Registry, plan_number: str) -> bytes:
    """The readings grid of one period, as the bytes of an .xlsx file."""
    lang = meta.lang

    def t(key: str, **kw: object) -> str:
        return i18n.t(lang, key, **kw)

    wb = Workbook()
    ws = wb.active
    assert ws is not None
    ws.title = t("form.sheet-readings")
    _titles(ws, (t("form.title-readings", period=i18n.format_period(lang, grid.period)),
                 t("form.subtitle", number=plan_number,
                   date=i18n.format_date(lang, meta.as_of)), t("form.source")))
    ws["A3"].font = BOLD
    source = ws[SOURCE_CELL]
    source.protection = Protection(locked=False)
    source.fill = FILL
    source.number_format = "@"
    for col, text in ((1, t("form.col-unit")), (2, t("form.col-unit-name"))):
        cell = ws.cell(row=HEADER_ROW, column=col, value=text)
        cell.font = BOLD
    ws.column_dimensions["A"].width = 24
    ws.column_dimensions["B"].width = 36
    copy: list[list[str]] = [["", ""] + [c.indicator for c in grid.columns]]
    for col, c in enumerate(grid.columns, start=3):
        cell = ws.cell(row=HEADER_ROW, column=col, value=f"{c.name} ({c.target})")
        cell.font = BOLD
        cell.alignment = Alignment(wrap_text=True, vertical="top")
        ws.column_dimensions[get_column_letter(col)].width = 18
        copy[0].append("")
    copy[0] = copy[0][:2 + len(grid.columns)]
    numbers = DataValidation(type="decimal", operator="between", formula1="-1000000000",
                             formula2="1000000000", allow_blank=True, showErrorMessage=True,
                             errorTitle=t("form.col-value"), error=t("form.bad-number"))
    for index, unit in enumerate(grid.rows):
        row = FIRST_ROW + index
        _text(ws.cell(row=row, column=1), unit or "")
        _text(ws.cell(row=row, column=2),
              registry.name(unit) if unit else t("word.locality"))
        marks = [unit or "", ""]
        for col, c in enumerate(grid.columns, start=3):
            cell = ws.cell(row=row, column=col)  # type: ignore[assignment]
            if (unit, c.indicator) in grid.open:
                cell.protection = Protection(locked=False)
                cell.fill = FILL
                cell.number_format = "0.00"
                cell.value = grid.values.get((unit, c.indicator))
                numbers.add(cell.coordinate)
                value = grid.values.get((unit, c.indicator))
                marks.append("" if value is None else repr(value))
            else:
                cell.fill = CLOSED
                marks.append("-")
        copy.append(marks)
    ws.add_data_validation(numbers)
    ws.freeze_panes = f"C{FIRST_ROW}"
    ws.row_dimensions[HEADER_ROW].height = 45
    _print_setup(ws, 2 + len(grid.columns), len(grid.rows))
    ws.unmerge_cells(start_row=3, start_column=1, end_row=3, end_column=2 + len(grid.columns))
    _protect(ws)
    _meta_sheet(wb, meta, copy)
    return save(wb, meta.as_of)
