"""Word documents and Excel workbooks, read back: the layout of Decree 30/2020/NĐ-CP
Appendix I, and every number in their tables equal to the JSON of the same command."""

from __future__ import annotations

import datetime as dt
import io
import json
import re
import zipfile
from pathlib import Path

import docx
import openpyxl
import pytest
from docx.shared import Mm

from cchc.compute.gaps import gaps
from cchc.compute.obligations import obligations, overdue
from cchc.compute.summary import summarise
from cchc.compute.tasks import list_tasks
from cchc.model.domain import Config, Letterhead
from cchc.pipeline import Loaded, load
from cchc.render import decree30, xlsx
from cchc.render import gaps as gaps_render
from cchc.render import obligations as obligations_render
from cchc.render import status as status_render
from cchc.render import tasks as tasks_render
from cchc.render.docx_letter import letter_docx
from cchc.render.docx_report import report_docx
from cchc.render.letter import Context, owed
from cchc.render.output import View

DEMO = Path(__file__).resolve().parent.parent / "examples" / "demo"
AS_OF = dt.date(2023, 4, 5)


@pytest.fixture(scope="module")
def demo() -> Loaded:
    return load(DEMO, None)


def _report(demo: Loaded, lang: str = "vi", as_of: dt.date = AS_OF,
            config: Config | None = None) -> bytes:
    status = summarise(demo.repo, demo.registry, as_of)
    config = config or demo.repo.config
    return report_docx(status, View(lang, as_of, registry=demo.registry,
                                    locality=demo.repo.config.name or "demo",
                                    due_soon_days=config.due_soon_days,
                                    stale_after_days=config.stale_after_days,
                                    letterhead=config.letterhead))


def _letters(demo: Loaded, lang: str = "vi", config: Config | None = None,
             as_of: dt.date = AS_OF) -> dict[str, bytes]:
    pd = next(iter(demo.repo.plans.values()))
    found = owed(obligations(demo.repo, demo.registry, as_of),
                 gaps(demo.repo, demo.registry, as_of), demo.registry)
    ctx = Context(pd, demo.registry, lang, as_of, demo.repo.config.name or "demo",
                  demo.repo.config.due_soon_days)
    settings = (config or demo.repo.config).letterhead
    return {w.unit: letter_docx(w, ctx, settings) for w in found
            if w.unit != pd.plan.coordinator}


def _runs(paragraph: docx.text.paragraph.Paragraph) -> list[docx.text.run.Run]:
    return [r for r in paragraph.runs if r.text.strip()]


def _only_run(paragraph: docx.text.paragraph.Paragraph) -> docx.text.run.Run:
    runs = _runs(paragraph)
    assert len(runs) == 1, paragraph.text
    return runs[0]


def _texts(cell: docx.table._Cell) -> list[docx.text.paragraph.Paragraph]:
    return [p for p in cell.paragraphs if p.text.strip()]


def _all_paragraphs(document: docx.document.Document) -> list[docx.text.paragraph.Paragraph]:
    out = list(document.paragraphs)
    for table in document.tables:
        for row in table.rows:
            for cell in row.cells:
                out += cell.paragraphs
    return out


def _number(text: str) -> float:
    return float(text.replace(".", "").replace(",", "."))


def _gap(text: str) -> float | None:
    """The gap of the contract from its words: a shortfall positive, a met margin negative."""
    if not text:
        return None
    if text in ("đạt đúng chỉ tiêu", "bằng mức chỉ tiêu, chưa đạt"):
        return 0.0
    for words, sign in (("vượt mức tối đa ", 1), ("dưới mức tối đa ", -1), ("thiếu ", 1),
                        ("vượt ", -1), ("chênh lệch ", 1)):
        if text.startswith(words):
            return sign * _number(text[len(words):]) + 0.0
    raise AssertionError(text)


# --- the layout of Appendix I -----------------------------------------------------------


def _check_page(document: docx.document.Document) -> None:
    section = document.sections[0]
    assert abs(section.page_width - Mm(210)) < Mm(0.5)
    assert abs(section.page_height - Mm(297)) < Mm(0.5)
    assert section.page_height > section.page_width  # portrait
    for name, low, high in (("top_margin", 20, 25), ("bottom_margin", 20, 25),
                            ("left_margin", 30, 35), ("right_margin", 15, 20)):
        value = getattr(section, name)
        assert Mm(low) - Mm(0.1) <= value <= Mm(high) + Mm(0.1), name
    # Page numbers: centred in the top margin, none on the first page.
    assert section.different_first_page_header_footer
    assert not section.first_page_header.paragraphs[0].text.strip()
    header = section.header.paragraphs[0]
    assert header.alignment == docx.enum.text.WD_ALIGN_PARAGRAPH.CENTER
    assert "PAGE" in header._p.xml and "instrText" in header._p.xml
    # Times New Roman, black, everywhere.
    for p in _all_paragraphs(document):
        for run in _runs(p):
            assert run.font.name == "Times New Roman", run.text
            assert str(run.font.color.rgb) == "000000", run.text


def _check_letterhead(document: docx.document.Document, lang: str, date_line: str) -> None:
    left, right = document.tables[0].rows[0].cells
    parent, office = _texts(left)[:2]
    assert _only_run(parent).font.size.pt == 13 and not _only_run(parent).font.bold
    assert parent.text == parent.text.upper()
    assert _only_run(office).font.size.pt == 13 and _only_run(office).font.bold
    assert office.text == office.text.upper()
    national, motto, dated = _texts(right)[:3]
    if lang == "vi":
        assert national.text == "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"
        assert motto.text == "Độc lập - Tự do - Hạnh phúc"
    assert _only_run(national).font.bold and 12 <= _only_run(national).font.size.pt <= 13
    assert _only_run(motto).font.bold and 13 <= _only_run(motto).font.size.pt <= 14
    assert dated.text == date_line
    assert _only_run(dated).font.italic and 13 <= _only_run(dated).font.size.pt <= 14
    # the rules: a bottom border under the office and under the motto
    for cell in (left, right):
        assert any("w:pBdr" in p._p.xml and "w:bottom" in p._p.xml for p in cell.paragraphs)
    # the letterhead's table has no borders
    assert 'w:val="nil"' in document.tables[0]._tbl.xml


def _check_recipients(document: docx.document.Document, first: str, last: str) -> None:
    sig = document.tables[-1]
    left, right = sig.rows[0].cells
    label, *items = _texts(left)
    assert label.text in ("Nơi nhận:", "Recipients:")
    run = _only_run(label)
    assert run.font.bold and run.font.italic and run.font.size.pt == 12
    assert items[0].text == first and items[-1].text.startswith(last)
    assert all(_only_run(i).font.size.pt == 11 for i in items)
    title = _texts(right)[0]
    assert _only_run(title).font.bold and title.text == title.text.upper()


def test_report_layout_vi(demo: Loaded) -> None:
    document = docx.Document(io.BytesIO(_report(demo)))
    _check_page(document)
    _check_letterhead(document, "vi", "Minh An, ngày 05 tháng 4 năm 2023")
    texts = [p.text for p in document.paragraphs]
    kind = texts.index("BÁO CÁO")
    assert texts[kind + 1].startswith("Tình hình thực hiện Kế hoạch số 25/KH-UBND")
    for p in document.paragraphs[kind:kind + 2]:
        assert p.alignment == docx.enum.text.WD_ALIGN_PARAGRAPH.CENTER
        assert _only_run(p).font.bold and _only_run(p).font.size.pt == 14
    left = document.tables[0].rows[0].cells[0]
    assert any(p.text.startswith("Số:") and p.text.endswith("/BC-PNV") for p in left.paragraphs)
    body = [p for p in document.paragraphs[kind + 2:] if p.text.strip()]
    intro = body[0]
    assert intro.alignment == docx.enum.text.WD_ALIGN_PARAGRAPH.JUSTIFY
    assert abs(intro.paragraph_format.first_line_indent - Mm(12.7)) < Mm(0.1)
    assert 13 <= _only_run(intro).font.size.pt <= 14
    _check_recipients(document, "- UBND huyện Minh An (hư cấu) (b/c);", "- Lưu: VT, PNV.")
    # data tables repeat their header row on every page
    for table in document.tables[1:-1]:
        assert "w:tblHeader" in table.rows[0]._tr.xml


def test_report_layout_en(demo: Loaded) -> None:
    document = docx.Document(io.BytesIO(_report(demo, "en")))
    _check_page(document)
    _check_letterhead(document, "en", "Minh An, 5 April 2023")
    texts = [p.text for p in document.paragraphs]
    assert "REPORT" in texts
    right = document.tables[0].rows[0].cells[1]
    assert _texts(right)[0].text == "SOCIALIST REPUBLIC OF VIETNAM"


def test_date_line_has_the_leading_zeros(demo: Loaded) -> None:
    document = docx.Document(io.BytesIO(_report(demo, as_of=dt.date(2023, 2, 3))))
    dated = _texts(document.tables[0].rows[0].cells[1])[2]
    assert dated.text == "Minh An, ngày 03 tháng 02 năm 2023"
    document = docx.Document(io.BytesIO(_report(demo, as_of=dt.date(2023, 11, 25))))
    assert _texts(document.tables[0].rows[0].cells[1])[2].text.endswith(
        "ngày 25 tháng 11 năm 2023")


def test_report_numbers_equal_status_json(demo: Loaded) -> None:
    status = summarise(demo.repo, demo.registry, AS_OF)
    view = View("vi", AS_OF, locality="x")
    data = json.loads(status_render.status_json(status, view))["plans"][0]
    document = docx.Document(io.BytesIO(_report(demo)))
    tables = document.tables[1:-1]
    counts = tables[0]
    vi_states = {"quá hạn": "overdue", "sắp đến hạn": "due-soon", "chậm cập nhật": "stale",
                 "vướng mắc": "blocked", "đang thực hiện": "in-progress",
                 "chưa thực hiện": "not-started", "hoàn thành trễ hạn": "done-late",
                 "hoàn thành": "done"}
    got = {vi_states[r.cells[0].text]: int(r.cells[1].text) for r in counts.rows[1:]}
    assert got == data["counts"]
    # overdue: one table per unit, headed by the unit's name; rows by task
    overdue_rows = []
    names = {demo.registry.name(u): u for u in demo.registry.units}
    headings = [p.text for p in document.paragraphs if re.fullmatch(r".+ \(\d+\)", p.text)
                and p.text.rsplit(" (", 1)[0] in names]
    unit_tables = tables[1:1 + len(headings)]
    assert len(unit_tables) == len(headings)
    for heading, table in zip(headings, unit_tables, strict=True):
        unit = names[heading.rsplit(" (", 1)[0]]
        for r in table.rows[1:]:
            day, month, year = (int(x) for x in r.cells[2].text.split("/"))
            overdue_rows.append((r.cells[0].text, unit, dt.date(year, month, day).isoformat(),
                                 int(r.cells[3].text), int(r.cells[4].text)))
    expected = [(o["task"], o["unit"], o["due"], o["days_overdue"], o["occurrences"])
                for o in data["overdue"]]
    assert sorted(overdue_rows) == sorted(expected)
    # indicators: value, gap and previous, as the JSON has them
    gap_table = next(t for t in tables if t.rows[0].cells[0].text == "Chỉ số")
    got_gaps = [(r.cells[4].text, r.cells[5].text, r.cells[7].text) for r in gap_table.rows[1:]]
    assert len(got_gaps) == len(data["gaps"])
    for (value, gap, previous), g in zip(got_gaps, data["gaps"], strict=True):
        assert (None if g["value"] is None else g["value"]) == (
            None if value == "chưa có số liệu" else _number(value))
        assert g["gap"] == _gap(gap)
        assert g["previous"] == (None if previous == "" else _number(previous))


def test_letter_layout_and_numbers(demo: Loaded) -> None:
    letters = _letters(demo)
    assert letters
    rows = overdue(obligations(demo.repo, demo.registry, AS_OF))
    for unit, data in letters.items():
        document = docx.Document(io.BytesIO(data))
        _check_page(document)
        _check_letterhead(document, "vi", "Minh An, ngày 05 tháng 4 năm 2023")
        left = document.tables[0].rows[0].cells[0]
        texts = [p.text for p in _texts(left)]
        assert texts[-2].startswith("Số:") and texts[-2].endswith("/PNV")
        assert texts[-1].startswith("V/v đôn đốc thực hiện Kế hoạch số 25/KH-UBND")
        assert f"Kính gửi: {demo.registry.name(unit)}." in [p.text for p in document.paragraphs]
        _check_recipients(document, "- Như trên;", "- Lưu: VT, PNV.")
        mine = [(o.task, o.days_overdue, o.occurrences) for o in rows if o.unit == unit]
        tables = document.tables[1:-1]
        if mine:
            got = [(r.cells[0].text, int(r.cells[3].text), int(r.cells[4].text))
                   for r in tables[0].rows[1:]]
            assert sorted(got) == sorted(mine)


def test_letterhead_settings(demo: Loaded) -> None:
    config = Config(**{**vars(demo.repo.config), "letterhead": Letterhead(
        parent="UBND huyện Minh An", office="Phòng Nội vụ huyện", abbreviation="NV",
        place="Thị trấn Minh An", signer_title="Trưởng phòng", signer_name="Nguyễn Văn An",
        copy_to=("Chủ tịch UBND huyện (b/c)",))})
    document = docx.Document(io.BytesIO(_report(demo, config=config)))
    left, right = document.tables[0].rows[0].cells
    assert [p.text for p in _texts(left)][:3] == ["UBND HUYỆN MINH AN", "PHÒNG NỘI VỤ HUYỆN",
                                                  "Số:       /BC-NV"]
    assert _texts(right)[2].text == "Thị trấn Minh An, ngày 05 tháng 4 năm 2023"
    sig_left, sig_right = document.tables[-1].rows[0].cells
    assert [p.text for p in _texts(sig_left)][2] == "- Chủ tịch UBND huyện (b/c);"
    assert [p.text for p in _texts(sig_right)] == ["TRƯỞNG PHÒNG", "Nguyễn Văn An"]
    letter = next(iter(_letters(demo, config=config).values()))
    sig_left = docx.Document(io.BytesIO(letter)).tables[-1].rows[0].cells[0]
    assert [p.text for p in _texts(sig_left)][1:] == ["- Như trên;",
                                                      "- Chủ tịch UBND huyện (b/c);",
                                                      "- Lưu: VT, NV."]


def test_documents_are_deterministic(demo: Loaded) -> None:
    first = _report(demo)
    assert _report(demo) == first
    with zipfile.ZipFile(io.BytesIO(first)) as z:
        assert {i.date_time for i in z.infolist()} == {(2023, 4, 5, 0, 0, 0)}
    core = docx.Document(io.BytesIO(first)).core_properties
    assert core.created == core.modified == dt.datetime(2023, 4, 5, tzinfo=dt.UTC)
    book = xlsx.status_xlsx(summarise(demo.repo, demo.registry, AS_OF), demo.registry, "vi")
    with zipfile.ZipFile(io.BytesIO(book)) as z:
        assert {i.date_time for i in z.infolist()} == {(2023, 4, 5, 0, 0, 0)}
        assert b"2023-04-05T00:00:00Z" in z.read("docProps/core.xml")
        assert b"2026" not in z.read("docProps/core.xml")


def test_fixed_zip_keeps_content() -> None:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as z:
        z.writestr("a.txt", "one")
        z.writestr("b.txt", "two")
    fixed = decree30.fixed_zip(buffer.getvalue(), dt.date(2024, 1, 2), {"b.txt": b"2"})
    with zipfile.ZipFile(io.BytesIO(fixed)) as z:
        assert z.read("a.txt") == b"one" and z.read("b.txt") == b"2"
        assert [i.date_time for i in z.infolist()] == [(2024, 1, 2, 0, 0, 0)] * 2


# --- Excel -----------------------------------------------------------------------------------


def _sheet_rows(data: bytes, index: int = 0) -> tuple[openpyxl.worksheet.worksheet.Worksheet,
                                                      list[list[object]]]:
    wb = openpyxl.load_workbook(io.BytesIO(data))
    ws = wb.worksheets[index]
    return ws, [list(r) for r in ws.iter_rows(min_row=2, values_only=True)]


def _check_sheet(ws: openpyxl.worksheet.worksheet.Worksheet) -> None:
    assert ws.freeze_panes == "A2"
    assert ws.auto_filter.ref and ws.auto_filter.ref.startswith("A1:")
    assert all(c.font.bold for c in ws[1])
    for letter, dim in ws.column_dimensions.items():
        assert 6 <= dim.width <= 62, letter


def _as_date(value: object) -> str | None:
    if value is None:
        return None
    assert isinstance(value, dt.datetime | dt.date), value
    return value.strftime("%Y-%m-%d")


def test_overdue_xlsx_equals_json(demo: Loaded) -> None:
    rows = overdue(obligations(demo.repo, demo.registry, AS_OF))
    expected = json.loads(obligations_render.overdue_json(rows))
    data = xlsx.overdue_xlsx(rows, demo.registry, "vi", {}, AS_OF)
    ws, got = _sheet_rows(data)
    _check_sheet(ws)
    assert [c.value for c in ws[1]][:3] == ["Kế hoạch", "Nhiệm vụ", "Tên"]
    assert [{"plan": r[0], "task": r[1], "unit": r[3], "due": _as_date(r[5]),
             "days_overdue": r[6], "occurrences": r[8], "status": r[10]} for r in got] == expected
    # while the plan runs, days overdue are counted to the as-of date, said beside them
    assert {_as_date(r[7]) for r in got} == {AS_OF.isoformat()}
    for row in ws.iter_rows(min_row=2):
        assert row[1].data_type == "s" and row[1].number_format == "@"  # ids stay text
        assert row[5].is_date and row[5].number_format == "dd/mm/yyyy"
        assert isinstance(row[6].value, int)


def test_gaps_xlsx_equals_json(demo: Loaded) -> None:
    rows = gaps(demo.repo, demo.registry, AS_OF)
    expected = json.loads(gaps_render.gaps_json(rows))
    ws, got = _sheet_rows(xlsx.gaps_xlsx(rows, demo.registry, "en", {}, AS_OF))
    _check_sheet(ws)
    assert [c.value for c in ws[1]][7] == "Value"
    assert [(r[0], r[1], r[3], r[5], r[6], r[7], r[8], r[10]) for r in got] == [
        (g["plan"], g["indicator"], g["unit"], g["period"], g["target"], g["value"], g["gap"],
         g["previous"]) for g in expected]
    assert any(isinstance(r[7], float) for r in got)


def test_tasks_xlsx_equals_json(demo: Loaded) -> None:
    rows = list_tasks(demo.repo, demo.registry)
    expected = json.loads(tasks_render.as_json(rows))
    ws, got = _sheet_rows(xlsx.tasks_xlsx(rows, demo.registry, "vi", AS_OF))
    _check_sheet(ws)
    assert [(r[0], r[1], r[2], r[3].split(), r[6], _as_date(r[8])) for r in got] == [
        (t["plan"], t["id"], t["title"], t["lead"], t["due"], t["first_due"])
        for t in expected]


def test_status_xlsx_equals_json(demo: Loaded) -> None:
    status = summarise(demo.repo, demo.registry, AS_OF)
    data = json.loads(status_render.status_json(status, View("vi", AS_OF, locality="x")))["plans"]
    book = xlsx.status_xlsx(status, demo.registry, "vi")
    wb = openpyxl.load_workbook(io.BytesIO(book))
    assert len(wb.worksheets) == 7
    for ws in wb.worksheets:
        _check_sheet(ws)
    rows = {ws.title: [list(r) for r in ws.iter_rows(min_row=2, values_only=True)]
            for ws in wb.worksheets}
    assert {(r[0], r[2]): r[3] for r in rows["Theo trạng thái"]} == {
        (p["plan"], s): n for p in data for s, n in p["counts"].items()}
    assert [(r[1], r[3], _as_date(r[5]), r[6]) for r in rows["Sắp đến hạn"]] == [
        (d["task"], d["unit"], d["due"], d["days_left"]) for p in data for d in p["due_soon"]]
    assert [(r[1], r[3], _as_date(r[5]), r[6]) for r in rows["Chậm cập nhật"]] == [
        (d["task"], d["unit"], d["last_record"], d["days_since"]) for p in data
        for d in p["stale"]]
    assert [(r[1], r[3], r[4]) for r in rows["Đơn vị nợ nhiều nhất"]] == [
        (d["unit"], d["overdue"], d["days_overdue"]) for p in data for d in p["worst_units"]]
    assert [(r[1], r[3], r[7], r[8]) for r in rows["Chỉ số"]] == [
        (g["indicator"], g["unit"], g["value"], g["gap"]) for p in data for g in p["gaps"]]
    assert len(rows["Quá hạn"]) == sum(len(p["overdue"]) for p in data)


def test_units_xlsx(demo: Loaded) -> None:
    ws, got = _sheet_rows(xlsx.units_xlsx(demo.registry, "vi", AS_OF))
    _check_sheet(ws)
    assert [r[0] for r in got] == sorted(demo.registry.units) + sorted(demo.registry.groups)


def test_unit_rows_xlsx(demo: Loaded) -> None:
    """`units_format` takes the rows of `cchc units` (id, name, kind, aliases, members, until,
    successor) in their order, ready for that command's FORMATS."""
    from dataclasses import dataclass

    @dataclass(frozen=True)
    class Row:
        id: str
        name: str
        kind: str
        aliases: tuple[str, ...]
        members: tuple[str, ...]
        until: dt.date | None
        successor: str | None
        named_members: tuple[tuple[str, str], ...] = ()

    rows = [Row("a-1", "Phòng A", "department", ("PA",), (), dt.date(2025, 6, 30), "b-2"),
            Row("g", "Nhóm", "group", (), ("b-2", "a-1"), None, None,
                (("a-1", "Phòng A"), ("b-2", "Phòng B")))]
    data = xlsx.units_format(rows, View("vi", AS_OF, registry=demo.registry))
    ws, got = _sheet_rows(data)
    _check_sheet(ws)
    assert [c.value for c in ws[1]][:3] == ["Đơn vị", "Tên đơn vị", "Loại đơn vị"]
    assert got[0][:4] == ["a-1", "Phòng A", "department", "PA"]
    assert _as_date(got[0][5]) == "2025-06-30"
    assert got[1][4] == "Phòng A (a-1); Phòng B (b-2)"  # by name, the id beside it
