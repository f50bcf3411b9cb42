"""Reading a filled Excel form of `cchc form` back, for `cchc collect`.

The form is recognised by its very hidden sheet `cchc` (`cchc.render.xlsx_form`): what it
was made for, a copy of every protected cell, and a checksum over both. Reading gives the
form's metadata and its filled cells, or problems, each naming the file, the sheet, the row
and the column (a `Diagnostic` whose line and column are the cell's row and column):

- `form-unreadable`: not an Excel workbook, or damaged;
- `form-unknown`: a workbook that is no cchc form (no hidden sheet, or not ours);
- `form-tampered`: the hidden sheet does not match its checksum;
- `form-protected-changed`: a protected cell differs from the copy (its address, what it
  was, what it is);
- `form-closed-cell`: a value typed into a closed cell of the readings grid.

Cells are read as the form wrote them: a date cell gives a date, a number a number; text
is NFC-normalised and stripped.
"""

from __future__ import annotations

import datetime as dt
import io
import unicodedata
import zipfile
from dataclasses import dataclass, field

from openpyxl import load_workbook
from openpyxl.utils import get_column_letter
from openpyxl.utils.exceptions import InvalidFileException
from openpyxl.worksheet.worksheet import Worksheet

from cchc.diagnostics import Diagnostic, error
from cchc.model.form import (
    COPY_MARK,
    COPY_ROW,
    DATE_COL,
    EVIDENCE_COL,
    FIRST_ROW,
    MAGIC,
    META_KEYS,
    META_SHEET,
    NOTE_COL,
    SOURCE_CELL,
    STATUS_COL,
    FormMeta,
    checksum,
)

Value = str | float | dt.date | None


@dataclass(frozen=True)
class FilledRow:
    """One row of a progress form: its protected copy and what the unit filled in."""

    row: int
    task: str
    title: str
    due: str
    period: str
    status: Value
    date: Value
    evidence: Value
    note: Value


@dataclass(frozen=True)
class FilledCell:
    """One open cell of a readings grid."""

    row: int
    column: int
    unit: str | None
    indicator: str
    before: float | None  # the reading the form was made with
    value: Value


@dataclass
class Form:
    path: str
    sheet: str
    meta: FormMeta
    rows: list[FilledRow] = field(default_factory=list)
    cells: list[FilledCell] = field(default_factory=list)
    source: str | None = None


def _clean(value: object) -> Value:
    if value is None:
        return None
    if isinstance(value, dt.datetime):
        return value.date()
    if isinstance(value, dt.date):
        return value
    if isinstance(value, bool):
        return str(value)
    if isinstance(value, int | float):
        return float(value)
    text = unicodedata.normalize("NFC", str(value)).strip()
    return text or None


def _text(value: object) -> str:
    cleaned = _clean(value)
    if cleaned is None:
        return ""
    if isinstance(cleaned, dt.date):
        return cleaned.isoformat()
    if isinstance(cleaned, float):
        return repr(int(cleaned)) if cleaned.is_integer() else repr(cleaned)
    return cleaned


# A form comes from outside (a ward's clerk, an e-mail): openpyxl parses its XML with
# defusedxml (a dependency for that reason), and an archive that would unpack to more than
# this is refused before any of it is parsed.
MAX_UNPACKED = 64 * 1024 * 1024


def _too_big(data: bytes) -> bool:
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as archive:
            return sum(i.file_size for i in archive.infolist()) > MAX_UNPACKED
    except (zipfile.BadZipFile, OSError, ValueError):
        return False  # not a zip: openpyxl says so below


def read_form(path: str, data: bytes) -> tuple[Form | None, list[Diagnostic]]:
    """The form in `data` (the file at `path`, as shown in messages), or its problems."""
    if _too_big(data):
        return None, [error(path, 0, 0, "form-unreadable", reason="too large")]
    try:
        wb = load_workbook(io.BytesIO(data), data_only=True)
    except (InvalidFileException, zipfile.BadZipFile, KeyError, ValueError, OSError) as exc:
        return None, [error(path, 0, 0, "form-unreadable", reason=type(exc).__name__)]
    if META_SHEET not in wb.sheetnames:
        return None, [error(path, 0, 0, "form-unknown")]
    meta_ws = wb[META_SHEET]
    if meta_ws.cell(1, 1).value != MAGIC:
        return None, [error(path, 0, 0, "form-unknown")]
    values = {str(meta_ws.cell(r, 1).value): _text(meta_ws.cell(r, 2).value)
              for r in range(2, 2 + len(META_KEYS) + 1)}
    copy: list[list[str]] = []
    r = COPY_ROW
    width = meta_ws.max_column
    while meta_ws.cell(r, 1).value == COPY_MARK:
        copy.append([_text(meta_ws.cell(r, c).value) for c in range(2, width + 1)])
        r += 1
    meta_values = {k: values.get(k, "") for k in META_KEYS}
    if checksum(meta_values, copy) != values.get("checksum", ""):
        return None, [error(path, 0, 0, "form-tampered", sheet=META_SHEET)]
    try:
        meta = FormMeta(meta_values["kind"], meta_values["repository"], meta_values["plan"],
                        meta_values["unit"], dt.date.fromisoformat(meta_values["as_of"]),
                        meta_values["period"], meta_values["lang"])
    except ValueError:
        return None, [error(path, 0, 0, "form-tampered", sheet=META_SHEET)]
    visible = [ws for ws in wb.worksheets if ws.title != META_SHEET]
    if not visible:
        return None, [error(path, 0, 0, "form-unknown")]
    ws = visible[0]
    form = Form(path, ws.title, meta)
    if meta.kind == "tasks":
        problems = _task_rows(form, ws, copy)
    elif meta.kind == "readings":
        problems = _grid(form, ws, copy)
    else:
        return None, [error(path, 0, 0, "form-unknown")]
    return form, problems


def _changed(form: Form, ws: Worksheet, row: int, col: int, was: str) -> Diagnostic | None:
    now = _text(ws.cell(row, col).value)
    if now == was:
        return None
    return error(form.path, row, col, "form-protected-changed", sheet=ws.title,
                 cell=f"{get_column_letter(col)}{row}", was=was or "-", now=now or "-")


def _task_rows(form: Form, ws: Worksheet, copy: list[list[str]]) -> list[Diagnostic]:
    problems: list[Diagnostic] = []
    for index, original in enumerate(copy):
        original = original + [""] * (5 - len(original))
        row = FIRST_ROW + index
        for col, was in enumerate(original[:5], start=1):
            found = _changed(form, ws, row, col, was)
            if found is not None:
                problems.append(found)
        form.rows.append(FilledRow(
            row, original[0], original[1], original[2], original[3],
            _clean(ws.cell(row, STATUS_COL).value), _clean(ws.cell(row, DATE_COL).value),
            _clean(ws.cell(row, EVIDENCE_COL).value), _clean(ws.cell(row, NOTE_COL).value)))
    # A row added under the form's rows is no obligation the form asked about.
    extra = FIRST_ROW + len(copy)
    for row in range(extra, ws.max_row + 1):
        for col in range(1, NOTE_COL + 1):
            if _clean(ws.cell(row, col).value) is not None:
                problems.append(error(form.path, row, col, "form-extra-row", sheet=ws.title,
                                      cell=f"{get_column_letter(col)}{row}"))
                break
    return problems


def _grid(form: Form, ws: Worksheet, copy: list[list[str]]) -> list[Diagnostic]:
    problems: list[Diagnostic] = []
    if not copy:
        return problems
    indicators = [c for c in copy[0][2:] if c]
    source = _clean(ws[SOURCE_CELL].value)
    form.source = None if source is None else _text(source)
    for index, marks in enumerate(copy[1:]):
        marks = marks + [""] * (2 + len(indicators) - len(marks))
        row = FIRST_ROW + index
        unit = marks[0] or None
        found = _changed(form, ws, row, 1, marks[0])
        if found is not None:
            problems.append(found)
        for offset, indicator in enumerate(indicators):
            col = 3 + offset
            mark = marks[2 + offset]
            value = _clean(ws.cell(row, col).value)
            if mark == "-":
                if value is not None:
                    problems.append(error(form.path, row, col, "form-closed-cell",
                                          sheet=ws.title, cell=f"{get_column_letter(col)}{row}"))
                continue
            before = float(mark) if mark else None
            form.cells.append(FilledCell(row, col, unit, indicator, before, value))
    return problems
