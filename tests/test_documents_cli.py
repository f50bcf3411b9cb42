"""The documents through the command line: `--format docx|xlsx`, `cchc form`, `cchc collect`.

Every number of a workbook equals the JSON output of the same command (same repository, same
as-of date); the Word documents are written where `-o`/`--out` say; forms go out and come
back in, and a second collection writes nothing.
"""

from __future__ import annotations

import datetime as dt
import json
import shutil
from pathlib import Path

import docx
import openpyxl
import pytest
from typer.testing import CliRunner

from cchc.cli import app

DEMO = Path(__file__).resolve().parent.parent / "examples" / "demo"
runner = CliRunner()


def invoke(*args: str) -> tuple[int, str, str]:
    result = runner.invoke(app, list(args))
    return result.exit_code, result.stdout, result.stderr


@pytest.fixture
def repo(tmp_path: Path) -> Path:
    root = tmp_path / "demo"
    shutil.copytree(DEMO, root)
    return root


def _common(repo: Path) -> list[str]:
    return ["--repo", str(repo), "--as-of", "2023-04-05"]


def _rows(path: Path, sheet: int = 0) -> list[tuple[object, ...]]:
    ws = openpyxl.load_workbook(path).worksheets[sheet]
    return list(ws.iter_rows(min_row=2, values_only=True))


def _day(value: object) -> str | None:
    return None if value is None else value.strftime("%Y-%m-%d")  # type: ignore[attr-defined]


def test_overdue_xlsx_equals_overdue_json(repo: Path, tmp_path: Path) -> None:
    code, out, _ = invoke("overdue", *_common(repo), "--format", "json")
    assert code == 0
    expected = json.loads(out)
    target = tmp_path / "overdue.xlsx"
    code, _, err = invoke("overdue", *_common(repo), "--format", "xlsx", "-o", str(target))
    assert code == 0 and str(target) in err
    got = [{"plan": r[0], "task": r[1], "unit": r[3], "due": _day(r[5]), "days_overdue": r[6],
            "occurrences": r[8], "status": r[10]} for r in _rows(target)]
    assert got == expected and expected
    assert {_day(r[7]) for r in _rows(target)} == {"2023-04-05"}  # counted to the as-of date


def test_gaps_xlsx_equals_gaps_json(repo: Path, tmp_path: Path) -> None:
    code, out, _ = invoke("gaps", *_common(repo), "--format", "json")
    expected = json.loads(out)
    target = tmp_path / "gaps.xlsx"
    code, _, _ = invoke("gaps", *_common(repo), "--format", "xlsx", "-o", str(target))
    assert code == 0
    got = [{"plan": r[0], "indicator": r[1], "unit": r[3], "period": r[5], "target": r[6],
            "value": r[7], "gap": r[8], "met": None if r[9] is None else r[9] == "đạt",
            "previous": r[10]} for r in _rows(target)]
    assert got == expected and expected


def test_tasks_xlsx_equals_tasks_json(repo: Path, tmp_path: Path) -> None:
    code, out, _ = invoke("tasks", *_common(repo), "--format", "json")
    expected = json.loads(out)
    target = tmp_path / "tasks.xlsx"
    assert invoke("tasks", *_common(repo), "--format", "xlsx", "-o", str(target))[0] == 0
    got = [{"plan": r[0], "id": r[1], "title": r[2], "lead": str(r[3]).split(),
            "support": str(r[5] or "").split(), "due": r[6], "first_due": _day(r[8])}
           for r in _rows(target)]
    assert got == [{k: t[k] for k in ("plan", "id", "title", "lead", "support", "due",
                                      "first_due")} for t in expected]


def test_units_xlsx_equals_units_json(repo: Path, tmp_path: Path) -> None:
    code, out, _ = invoke("units", *_common(repo), "--format", "json")
    expected = json.loads(out)
    target = tmp_path / "units.xlsx"
    code, _, err = invoke("units", *_common(repo), "--format", "xlsx", "-o", str(target))
    assert code == 0 and str(target) in err
    got = [{"id": r[0], "name": r[1]} for r in _rows(target)]
    assert got == [{"id": u["id"], "name": u["name"]} for u in expected] and expected


def test_status_xlsx_equals_status_json(repo: Path, tmp_path: Path) -> None:
    code, out, _ = invoke("status", *_common(repo), "--format", "json")
    plans = json.loads(out)["plans"]
    target = tmp_path / "status.xlsx"
    assert invoke("status", *_common(repo), "--format", "xlsx", "-o", str(target))[0] == 0
    counts = {(r[0], r[2]): r[3] for r in _rows(target, 0)}
    assert counts == {(p["plan"], s): n for p in plans for s, n in p["counts"].items()}
    overdue = [(r[1], r[3], _day(r[5]), r[6], r[8]) for r in _rows(target, 1)]
    assert overdue == [(o["task"], o["unit"], o["due"], o["days_overdue"], o["occurrences"])
                       for p in plans for o in p["overdue"]]
    gaps = [(r[1], r[3], r[7], r[8], r[10]) for r in _rows(target, 5)]
    assert gaps == [(g["indicator"], g["unit"], g["value"], g["gap"], g["previous"])
                    for p in plans for g in p["gaps"]]


def test_xlsx_is_the_same_bytes_for_the_same_day(repo: Path, tmp_path: Path) -> None:
    first, second = tmp_path / "a.xlsx", tmp_path / "b.xlsx"
    invoke("status", *_common(repo), "--format", "xlsx", "-o", str(first))
    invoke("status", *_common(repo), "--format", "xlsx", "-o", str(second))
    assert first.read_bytes() == second.read_bytes()


def test_report_docx(repo: Path, tmp_path: Path) -> None:
    target = tmp_path / "report.docx"
    code, _, _ = invoke("report", *_common(repo), "--format", "docx", "-o", str(target))
    assert code == 0
    document = docx.Document(str(target))
    assert "BÁO CÁO" in [p.text for p in document.paragraphs]
    again = tmp_path / "again.docx"
    invoke("report", *_common(repo), "--format", "docx", "-o", str(again))
    assert again.read_bytes() == target.read_bytes()


def test_report_docx_lists_the_blocked_work_of_the_status_json(repo: Path,
                                                                tmp_path: Path) -> None:
    code, out, _ = invoke("status", *_common(repo), "--format", "json")
    blocked = [(b["task"], b["unit"]) for p in json.loads(out)["plans"] for b in p["blocked"]]
    assert code == 0 and blocked
    target = tmp_path / "report.docx"
    assert invoke("report", *_common(repo), "--format", "docx", "-o", str(target))[0] == 0
    document = docx.Document(str(target))
    heading = next(p.text for p in document.paragraphs if "Nhiệm vụ vướng mắc" in p.text)
    assert f"({len(blocked)})" in heading
    rows = {(r.cells[0].text, r.cells[2].text) for table in document.tables for r in table.rows
            if len(r.cells) >= 3}
    names = {u["id"]: u["name"] for u in json.loads(invoke("units", *_common(repo),
                                                           "--format", "json")[1])}
    assert {(task, names[unit]) for task, unit in blocked} <= rows


def test_remind_docx(repo: Path, tmp_path: Path) -> None:
    out = tmp_path / "letters"
    code, stdout, _ = invoke("remind", *_common(repo), "--format", "docx", "--out", str(out))
    assert code == 0
    letters = sorted(p.name for p in out.glob("*.docx"))
    assert letters and "ubnd-xa-tan-lap.docx" in letters
    index = (out / "README.md").read_text(encoding="utf-8")
    assert "[ubnd-xa-tan-lap.docx](ubnd-xa-tan-lap.docx)" in index
    document = docx.Document(str(out / "ubnd-xa-tan-lap.docx"))
    assert "Kính gửi: UBND Xã Tân Lập." in [p.text for p in document.paragraphs]


def _fill(path: Path, cells: dict[str, object]) -> None:
    wb = openpyxl.load_workbook(path)
    ws = wb.worksheets[0]
    for address, value in cells.items():
        ws[address] = value
    wb.save(path)


def _row(path: Path, task: str) -> int:
    ws = openpyxl.load_workbook(path).worksheets[0]
    return next(r for r in range(1, ws.max_row + 1) if ws.cell(r, 1).value == task)


def test_form_and_collect(repo: Path, tmp_path: Path) -> None:
    form = tmp_path / "tan-lap.xlsx"
    code, _, _ = invoke("form", *_common(repo), "--unit", "ubnd-xa-tan-lap", "-o", str(form))
    assert code == 0
    good, bad = _row(form, "III.1"), _row(form, "1.1.4")
    _fill(form, {f"F{good}": "hoàn thành", f"G{good}": dt.date(2023, 4, 4),
                 f"H{good}": "Kế hoạch số 9/KH-UBND", f"F{bad}": "xong"})
    before = set(repo.rglob("*.yaml"))
    code, out, err = invoke("collect", *_common(repo), str(form))
    assert code == 1 and set(repo.rglob("*.yaml")) == before  # nothing written
    assert f"trang Tiến độ, ô F{bad}: error: tình trạng 'xong' không hợp lệ" in err
    code, out, err = invoke("collect", *_common(repo), str(form), "--skip-bad")
    assert code == 1
    new = set(repo.rglob("*.yaml")) - before
    assert len(new) == 1 and "III.1" in out
    assert invoke("check", "--repo", str(repo))[0] == 0
    _fill(form, {f"F{bad}": None})
    code, out, err = invoke("collect", *_common(repo), str(form))
    assert code == 0 and set(repo.rglob("*.yaml")) - before == new  # nothing the second time


def test_collect_refuses_other_unit_and_changed_cells(repo: Path, tmp_path: Path) -> None:
    form = tmp_path / "tan-lap.xlsx"
    invoke("form", *_common(repo), "--unit", "ubnd-xa-tan-lap", "-o", str(form))
    code, _, err = invoke("collect", *_common(repo), "--unit", "ubnd-xa-minh-hoa", str(form))
    assert code == 1 and "form-other-unit" in err
    row = _row(form, "III.1")
    _fill(form, {f"C{row}": dt.date(2024, 1, 1), f"F{row}": "hoàn thành"})
    code, _, err = invoke("collect", *_common(repo), str(form))
    assert code == 1 and f"ô C{row}" in err and "form-protected-changed" in err


def test_readings_form_and_collect(repo: Path, tmp_path: Path) -> None:
    form = tmp_path / "readings.xlsx"
    code, _, _ = invoke("form", *_common(repo), "--readings", "--period", "2023-03", "-o",
                        str(form))
    assert code == 0
    wb = openpyxl.load_workbook(form)
    ws = wb.worksheets[0]
    empty = next(c for row in ws.iter_rows(min_row=6, min_col=3) for c in row
                 if not c.protection.locked and c.value is None)
    empty.value = 77.5
    wb.save(form)
    before = set(repo.rglob("*.yaml"))
    code, out, _ = invoke("collect", *_common(repo), str(form))
    assert code == 0 and len(set(repo.rglob("*.yaml")) - before) == 1 and "77,5" in out
    code, _, _ = invoke("gaps", *_common(repo), "--format", "json")
    assert code == 0
    assert invoke("collect", *_common(repo), str(form))[0] == 0
    assert len(set(repo.rglob("*.yaml")) - before) == 1


def test_form_needs_a_unit_or_readings(repo: Path, tmp_path: Path) -> None:
    code, _, err = invoke("form", *_common(repo), "-o", str(tmp_path / "x.xlsx"))
    assert code == 2 and "--unit" in err
    code, _, err = invoke("form", *_common(repo), "--readings", "-o", str(tmp_path / "x.xlsx"))
    assert code == 2 and "--period" in err


def test_collect_not_a_form(repo: Path, tmp_path: Path) -> None:
    junk = tmp_path / "junk.xlsx"
    junk.write_bytes(b"PK not really")
    code, _, err = invoke("collect", *_common(repo), str(junk))
    assert code == 1 and "form-unreadable" in err

