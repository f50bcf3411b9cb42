"""Excel forms out and back in: `cchc form` writes them, `cchc collect` reads them.

The round trip is tested on a copy of the demo repository: a form is written, filled in
with openpyxl as a clerk would in Excel, read back, checked with the rules of update and
measure, written as one record file, and collected a second time to no effect.
"""

from __future__ import annotations

import datetime as dt
import io
import shutil
import zipfile
from pathlib import Path

import openpyxl
import pytest
import yaml

from cchc.compute.forms import occurrence_label, readings_grid, task_rows
from cchc.compute.obligations import obligations
from cchc.load.forms import read_form
from cchc.model.deadlines import parse_deadline
from cchc.model.form import FIRST_ROW, FormMeta
from cchc.pipeline import Loaded, load
from cchc.render import collect as collect_render
from cchc.render.xlsx_form import readings_form, task_form
from cchc.write.collect import check_target, plan_readings, plan_records, status_of
from cchc.write.records import reading_list, record_list, write

DEMO = Path(__file__).resolve().parent.parent / "examples" / "demo"
AS_OF = dt.date(2023, 4, 5)
UNIT = "ubnd-xa-tan-lap"
PLAN = "kh-cchc-2023"


@pytest.fixture
def repo(tmp_path: Path) -> Path:
    root = tmp_path / "demo"
    shutil.copytree(DEMO, root)
    return root


def _form(loaded: Loaded, unit: str = UNIT, lang: str = "vi",
          repository: str = "UBND huyện Minh An (hư cấu)") -> bytes:
    pd = loaded.repo.plans[PLAN]
    rows = task_rows(pd, obligations(loaded.repo, loaded.registry, AS_OF), unit)
    meta = FormMeta("tasks", repository, PLAN, unit, AS_OF, "", lang)
    return task_form(rows, meta, loaded.registry, pd.plan.number or PLAN)


def _fill(data: bytes, cells: dict[str, object], sheet: int = 0) -> bytes:
    wb = openpyxl.load_workbook(io.BytesIO(data))
    ws = wb.worksheets[sheet]
    for address, value in cells.items():
        ws[address] = value
    out = io.BytesIO()
    wb.save(out)
    return out.getvalue()


def _row_of(data: bytes, task: str) -> int:
    ws = openpyxl.load_workbook(io.BytesIO(data)).worksheets[0]
    for row in range(FIRST_ROW, ws.max_row + 1):
        if ws.cell(row, 1).value == task:
            return row
    raise AssertionError(task)


def test_form_layout(repo: Path) -> None:
    loaded = load(repo)
    data = _form(loaded)
    assert _form(loaded) == data  # same bytes for the same day
    wb = openpyxl.load_workbook(io.BytesIO(data))
    ws = wb.worksheets[0]
    assert wb["cchc"].sheet_state == "veryHidden"
    assert ws.protection.sheet
    header = [c.value for c in ws[FIRST_ROW - 1]]
    assert header[:6] == ["Nhiệm vụ", "Nội dung", "Thời hạn", "Kỳ", "Trạng thái hiện tại",
                          "Tình trạng"]
    expected = [o for o in obligations(loaded.repo, loaded.registry, AS_OF)
                if o.unit == UNIT and o.state not in ("done", "done-late")]
    rows = list(ws.iter_rows(min_row=FIRST_ROW, values_only=True))
    assert [r[0] for r in rows] == [o.task for o in expected]
    for cells in ws.iter_rows(min_row=FIRST_ROW):
        assert all(c.protection.locked for c in cells[:5])
        assert not any(c.protection.locked for c in cells[5:9])
        assert cells[0].data_type == "s"
        assert cells[2].is_date
    validations = ws.data_validations.dataValidation
    choices = next(v for v in validations if v.type == "list")
    assert choices.formula1 == '"đang thực hiện,hoàn thành,vướng mắc"'


def test_periods_of_recurring_rows() -> None:
    assert occurrence_label(parse_deadline("monthly"), dt.date(2023, 3, 31)) == "2023-03"
    assert occurrence_label(parse_deadline("quarterly"), dt.date(2023, 6, 30)) == "2023-Q2"
    assert occurrence_label(parse_deadline("weekly"), dt.date(2023, 1, 8)) == "2023-W01"
    assert occurrence_label(parse_deadline("RRULE:FREQ=MONTHLY;BYMONTHDAY=25"),
                            dt.date(2023, 3, 25)) == "2023-03-25"


def test_status_words() -> None:
    assert status_of("Hoàn thành") == "done"
    assert status_of("đang thực hiện") == "in-progress"
    assert status_of("in progress") == "in-progress"
    assert status_of("blocked") == "blocked"
    assert status_of("xong") is None


def test_round_trip_writes_one_file_and_nothing_the_second_time(repo: Path) -> None:
    loaded = load(repo)
    blank = _form(loaded)
    row = _row_of(blank, "III.1")
    monthly = _row_of(blank, "1.2.3")
    filled = _fill(blank, {f"F{row}": "hoàn thành", f"G{row}": dt.date(2023, 4, 3),
                           f"H{row}": "Kế hoạch số 12/KH-UBND; Báo cáo số 3/BC-UBND",
                           f"F{monthly}": "đang thực hiện", f"I{monthly}": "Đang tổng hợp"})
    form, problems = read_form("tan-lap.xlsx", filled)
    assert form is not None and problems == []
    assert check_target(form, loaded.repo, loaded.registry, "UBND huyện Minh An (hư cấu)",
                        None) == []
    plan = plan_records(form, loaded.repo, loaded.registry, dt.date(2023, 4, 6))
    assert [d for d in plan.problems if d.is_error] == []
    assert len(plan.records) == 2
    rel, content = record_list(loaded.repo, loaded.repo.plans[PLAN],
                               [r for _, r in plan.records], f"form_{UNIT}")
    write(repo, rel, content)
    written = yaml.safe_load(content.split(b"\n", 1)[1] if content.startswith(b"#")
                             else content)
    written = sorted(written, key=lambda r: r["task"], reverse=True)
    assert written[0] == {"task": "III.1", "unit": UNIT, "date": dt.date(2023, 4, 3),
                          "status": "done",
                          "evidence": ["Kế hoạch số 12/KH-UBND", "Báo cáo số 3/BC-UBND"]}
    assert written[1]["period"] == "2023-01-25" and written[1]["date"] == dt.date(2023, 4, 6)
    again = load(repo)
    assert again.errors == 0
    o = next(o for o in obligations(again.repo, again.registry, dt.date(2023, 4, 6))
             if o.task == "III.1" and o.unit == UNIT)
    assert o.state == "done-late"
    second = plan_records(form, again.repo, again.registry, dt.date(2023, 4, 7))
    assert second.records == [] and second.problems == []


def test_bad_rows_are_named_by_sheet_row_and_column(repo: Path) -> None:
    loaded = load(repo)
    blank = _form(loaded)
    row = _row_of(blank, "III.1")
    filled = _fill(blank, {f"F{row}": "xong rồi", f"G{row}": "31/2/2023",
                           f"I{row + 1}": "chỉ có ghi chú"})
    form, problems = read_form("tan-lap.xlsx", filled)
    assert form is not None and problems == []
    plan = plan_records(form, loaded.repo, loaded.registry, AS_OF)
    found = sorted((d.code, d.line, d.column) for d in plan.errors)
    assert found == sorted([("form-bad-status", row, 6), ("form-bad-date", row, 7),
                            ("form-status-required", row + 1, 6)])
    line = collect_render.problem(plan.errors[0], form.sheet, "vi")
    assert line.startswith(f"tan-lap.xlsx: trang Tiến độ, ô F{row}: error: tình trạng 'xong rồi'")


def test_protected_cells_and_hidden_sheet(repo: Path) -> None:
    loaded = load(repo)
    blank = _form(loaded)
    row = _row_of(blank, "III.1")
    changed = _fill(blank, {f"A{row}": "III.9", f"C{row}": dt.date(2023, 12, 31)})
    form, problems = read_form("f.xlsx", changed)
    assert sorted((d.code, d.line, d.column) for d in problems) == [
        ("form-protected-changed", row, 1), ("form-protected-changed", row, 3)]
    assert collect_render.problem(problems[0], "Progress", "en").startswith(
        f"f.xlsx: sheet Progress, cell A{row}: error: a protected cell was changed (was 'III.1'")
    tampered = _fill(blank, {"B5": "someone-else"}, sheet=1)
    form, problems = read_form("f.xlsx", tampered)
    assert form is None and [d.code for d in problems] == ["form-tampered"]
    bomb = io.BytesIO()
    with zipfile.ZipFile(bomb, "w", zipfile.ZIP_DEFLATED) as z:
        z.writestr("xl/big.xml", b"0" * (65 * 1024 * 1024))
    form, problems = read_form("f.xlsx", bomb.getvalue())
    assert form is None and [d.code for d in problems] == ["form-unreadable"]
    form, problems = read_form("f.xlsx", b"not a workbook")
    assert form is None and [d.code for d in problems] == ["form-unreadable"]
    plain = openpyxl.Workbook()
    out = io.BytesIO()
    plain.save(out)
    form, problems = read_form("f.xlsx", out.getvalue())
    assert form is None and [d.code for d in problems] == ["form-unknown"]


def test_form_for_another_repository_plan_or_unit(repo: Path) -> None:
    loaded = load(repo)
    other = _form(loaded, repository="UBND huyện Khác")
    form, _ = read_form("f.xlsx", other)
    assert form is not None
    assert [d.code for d in check_target(form, loaded.repo, loaded.registry,
                                         "UBND huyện Minh An (hư cấu)", None)] == [
        "form-other-repository"]
    form, _ = read_form("f.xlsx", _form(loaded))
    assert form is not None
    assert [d.code for d in check_target(form, loaded.repo, loaded.registry,
                                         "UBND huyện Minh An (hư cấu)", "ubnd-xa-minh-hoa")] == [
        "form-other-unit"]


def test_readings_grid_round_trip(repo: Path) -> None:
    loaded = load(repo)
    pd = loaded.repo.plans[PLAN]
    grid = readings_grid(pd, loaded.registry, "2023-03")
    assert grid.columns and grid.rows
    meta = FormMeta("readings", "UBND huyện Minh An (hư cấu)", PLAN, "", AS_OF, "2023-03", "vi")
    data = readings_form(grid, meta, loaded.registry, pd.plan.number or PLAN)
    ws = openpyxl.load_workbook(io.BytesIO(data)).worksheets[0]
    # find an open, empty cell and a filled one
    empty = filled = None
    for r in range(FIRST_ROW, ws.max_row + 1):
        for c in range(3, ws.max_column + 1):
            cell = ws.cell(r, c)
            if not cell.protection.locked:
                if cell.value is None and empty is None:
                    empty = cell.coordinate
                elif cell.value is not None and filled is None:
                    filled = (cell.coordinate, cell.value)
    assert empty is not None and filled is not None
    done = _fill(data, {empty: "88,5", "B3": "Cổng Dịch vụ công"})
    form, problems = read_form("readings.xlsx", done)
    assert form is not None and problems == []
    plan = plan_readings(form, loaded.repo, loaded.registry)
    assert plan.errors == [] and len(plan.readings) == 1
    assert plan.readings[0][2]["value"] == 88.5
    rel, content = reading_list(loaded.repo, pd, "2023-03", form.source,
                                [v for _, _, v in plan.readings], "form")
    write(repo, rel, content)
    again = load(repo)
    assert again.errors == 0
    assert plan_readings(form, again.repo, again.registry).readings == []
    # a closed cell typed into
    ws2 = openpyxl.load_workbook(io.BytesIO(data)).worksheets[0]
    closed = next((ws2.cell(r, c).coordinate for r in range(FIRST_ROW, ws2.max_row + 1)
                   for c in range(3, ws2.max_column + 1) if ws2.cell(r, c).protection.locked),
                  None)
    if closed is not None:
        form, problems = read_form("readings.xlsx", _fill(data, {closed: 1}))
        assert [d.code for d in problems] == ["form-closed-cell"]
