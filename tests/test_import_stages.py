"""The stages of `cchc import`, one at a time: lines, header, names, deadlines, targets, body,
titles and the YAML writer."""

from __future__ import annotations

import datetime as dt
import textwrap
from pathlib import Path

import pytest
import yaml

from cchc.importing.assemble import short_title
from cchc.importing.body import parse_body
from cchc.importing.draft import scalar
from cchc.importing.dues import from_text, normalise
from cchc.importing.header import read_header
from cchc.importing.lines import clean
from cchc.importing.names import Resolver, split_roles
from cchc.importing.run import import_document
from cchc.importing.targets import find_targets
from cchc.pipeline import load
from tests.conftest import RepoWriter


def _clean(text: str) -> list[str]:
    return [p.text for p in clean(textwrap.dedent(text).splitlines()).paras]


# --- lines ---

def test_a_paragraph_cut_by_a_page_break_and_a_footnote_is_joined() -> None:
    cleaned = clean(textwrap.dedent("""\
        - Tổ chức thực hiện có

        ¹ Quyết định số 1/QĐ-UBND ngày 01/01/2023.

        hiệu quả việc khắc phục¹.

        - Tiếp tục theo dõi các nội dung tại

        Kế hoạch cải cách hành chính của tỉnh năm 2023.
        """).splitlines())
    assert [p.text for p in cleaned.paras] == [
        "Tổ chức thực hiện có hiệu quả việc khắc phục.",
        "Tiếp tục theo dõi các nội dung tại Kế hoạch cải cách hành chính của tỉnh năm 2023."]
    assert cleaned.paras[0].marks == ("1",)
    assert cleaned.footnotes == {"1": "Quyết định số 1/QĐ-UBND ngày 01/01/2023."}


def test_markdown_html_and_web_leftovers_are_removed() -> None:
    assert _clean("""\
        ## 2.2. Nội dung “*Công khai*”

        *** Thời gian thực hiện:** Trong năm 2023.

        Chỉ số (*) theo [Quyết định 766](https://example.org/766) <b>năm</b>&nbsp;2022

        - 3 -

        Trang 4/12
        """) == ["2.2. Nội dung “Công khai”", "Thời gian thực hiện: Trong năm 2023.",
                 "Chỉ số (*) theo Quyết định 766 năm 2022"]


def test_hard_wrapped_blocks_become_paragraphs() -> None:
    assert _clean("""\
        - Rà soát, kiểm tra văn bản quy phạm pháp luật do Hội đồng nhân dân,
        Ủy ban nhân dân huyện ban hành.

        - Thời gian thực hiện: Quý II
        năm 2024.
        """) == ["Rà soát, kiểm tra văn bản quy phạm pháp luật do Hội đồng nhân dân, Ủy ban nhân "
                 "dân huyện ban hành.", "Thời gian thực hiện: Quý II năm 2024."]


def test_table_rows_keep_their_cells() -> None:
    paras = clean(["| Số: 12/KH-UBND | Phường 1, ngày 5 tháng 1 năm 2024 |", "|---|---|"]).paras
    assert [p.cells for p in paras] == [("Số: 12/KH-UBND", "Phường 1, ngày 5 tháng 1 năm 2024")]


# --- header ---

@pytest.mark.parametrize("lines, number, issued, place", [
    (["Số: 188/KH-UBND", "TP. Tây Ninh, ngày 30 tháng 12 năm 2022"], "188/KH-UBND",
     dt.date(2022, 12, 30), "TP. Tây Ninh"),
    (["Số 188 / KH - UBND", "Tây Ninh, ngày 30/12/2022"], "188/KH-UBND",
     dt.date(2022, 12, 30), "Tây Ninh"),
    (["Số: 12/2023/QĐ-UBND Hà Nội, ngày 5 tháng 1 năm 2023"], "12/2023/QĐ-UBND",
     dt.date(2023, 1, 5), "Hà Nội"),
    (["| Số: 7/KH-UBND | Phường 1, ngày 05 tháng 01, năm 2024 |"], "7/KH-UBND",
     dt.date(2024, 1, 5), "Phường 1"),
    (["Số hiệu: 45/KH-UBND Ngày ban hành: 01/06/2023 Người ký: A"], "45/KH-UBND",
     dt.date(2023, 6, 1), None),
])
def test_number_date_and_place(lines: list[str], number: str, issued: dt.date,
                               place: str | None) -> None:
    h = read_header(clean([*lines, "KẾ HOẠCH", "Cải cách hành chính năm 2024"]).paras)
    assert (h.number, h.issued, h.place) == (number, issued, place)
    assert h.title == "Cải cách hành chính năm 2024"


def test_the_header_wins_over_the_page_metadata_and_says_so() -> None:
    h = read_header(clean(["Số hiệu: 45/KH-UBND", "Ngày ban hành: 02/06/2023",
                           "Số: 46/KH-UBND", "Bình Dương, ngày 01 tháng 6 năm 2023",
                           "KẾ HOẠCH", "Cải cách"]).paras)
    assert (h.number, h.issued) == ("46/KH-UBND", dt.date(2023, 6, 1))
    assert {key for key, _ in h.notes} == {"import.note.number-differs",
                                           "import.note.date-differs"}


def test_an_impossible_or_blank_date_is_left_empty_and_reported() -> None:
    h = read_header(clean(["Số: 5/KH-UBND", "Tây Ninh, ngày 31 tháng 4 năm 2023",
                           "KẾ HOẠCH", "Cải cách"]).paras)
    assert h.issued is None
    assert "issued" in [a["field"] for _, a in h.missing]


def test_nothing_found_nothing_invented() -> None:
    h = read_header(clean(["Một đoạn văn không có phần đầu.", "I. MỤC ĐÍCH"]).paras)
    assert (h.number, h.issued, h.title, h.issuer) == (None, None, None, None)
    assert sorted(a["field"] for _, a in h.missing) == ["issued", "issuer", "number", "title"]


@pytest.mark.parametrize("lines, issuer, place", [
    (["UBND TỈNH BÌNH DƯƠNG", "SỞ NỘI VỤ", "Số: 12 /KH-SNV",
      "Bình Dương, ngày 01 tháng 02 năm 2023"], "Sở Nội vụ tỉnh Bình Dương", "Bình Dương"),
    (["ỦY BAN NHÂN DÂN PHƯỜNG 1", "SỐ:188/KH-UBND",
      "Phường 1, TP. Tây Ninh, ngày 30 tháng 12 năm 2022"], "UBND phường 1",
     "Phường 1, TP. Tây Ninh"),
])
def test_issuer_blocks(lines: list[str], issuer: str, place: str) -> None:
    h = read_header(clean([*lines, "KẾ HOẠCH", "Thử"]).paras)
    assert (h.issuer, h.place, h.missing) == (issuer, place, [])


def test_title_on_the_kind_line_and_issuer_block() -> None:
    h = read_header(clean(["ỦY BAN NHÂN DÂN", "THÀNH PHỐ TÂY NINH", "Số: 1/KH-UBND",
                           "KẾ HOẠCH Cải cách hành chính năm 2023"]).paras)
    assert h.title == "Cải cách hành chính năm 2023"
    assert h.issuer == "UBND thành phố Tây Ninh"


# --- names ---

@pytest.fixture
def resolver(make_repo: RepoWriter) -> Resolver:
    root = make_repo({"units/more.yaml": """\
        units:
          - id: phong-tai-chinh-ke-hoach
            name: Phòng Tài chính - Kế hoạch
            kind: department
          - id: thanh-tra
            name: Thanh tra thành phố
            kind: department
        groups:
          - id: co-quan-don-vi
            name: Các cơ quan, đơn vị thành phố
            members: [phong-noi-vu, phong-tu-phap, phong-tai-chinh-ke-hoach, thanh-tra]
        """})
    return Resolver(load(root).registry, "Tây Ninh")


@pytest.mark.parametrize("text, ids", [
    ("Phòng Nội vụ", ["phong-noi-vu"]),
    ("PHÒNG NỘI VỤ THÀNH PHỐ", ["phong-noi-vu"]),
    ("Phong Noi vu", ["phong-noi-vu"]),
    ("Phòng Tài chính-Kế hoạch", ["phong-tai-chinh-ke-hoach"]),
    ("Thanh tra TP. Tây Ninh", ["thanh-tra"]),
    ("Ủy ban nhân dân các phường, xã", ["phuong-xa"]),
    ("UBND phường, xã thành phố", ["phuong-xa"]),
    ("Chủ tịch UBND các phường, xã", ["phuong-xa"]),
    ("các cơ quan, đơn vị thuộc Ủy ban nhân dân thành phố", ["co-quan-don-vi"]),
    ("Các cơ quan, đơn vị, Ủy ban nhân dân các phường, xã", ["co-quan-don-vi", "phuong-xa"]),
    ("Phòng Tư pháp và UBND Phường 1 thực hiện.", ["phong-tu-phap", "ubnd-phuong-1"]),
])
def test_names_resolve(resolver: Resolver, text: str, ids: list[str]) -> None:
    found, _ = resolver.parse(text)
    assert [f.ident for f in found] == ids


def test_related_and_generic_words_take_the_nearest_group_and_say_so(
        resolver: Resolver) -> None:
    found, _ = resolver.parse("các đơn vị liên quan, địa phương")
    assert [(f.ident, f.how, f.related) for f in found] == [
        ("co-quan-don-vi", "generic", True), ("phuong-xa", "generic", False)]


def test_what_does_not_resolve_is_kept_as_written(resolver: Resolver) -> None:
    found, _ = resolver.parse("Phòng Nội vụ, cơ quan bảo hiểm xã hội thực hiện")
    assert [(f.written, f.ident) for f in found] == [("Phòng Nội vụ", "phong-noi-vu"),
                                                     ("cơ quan bảo hiểm xã hội", None)]


def test_the_subject_of_a_sentence(resolver: Resolver) -> None:
    text = "Phòng Nội vụ có trách nhiệm tổng hợp"
    found, end = resolver.parse(text, open_end=True)
    assert [f.ident for f in found] == ["phong-noi-vu"]
    assert text[end:] == "có trách nhiệm tổng hợp"
    assert resolver.parse("Thanh tra, kiểm tra việc thực hiện", open_end=True)[0] == []


@pytest.mark.parametrize("text, lead, support", [
    ("X chủ trì, phối hợp với Y thực hiện.", "X", "Y thực hiện."),
    ("X chủ trì phối hợp Y", "X", "Y"),
    ("X phối hợp với Y", "X", "Y"),
    ("X chủ trì, Y, Z thực hiện", "X", "Y, Z thực hiện"),
    ("Chủ trì: X; phối hợp: Y", "X", "Y"),
    ("X, Y", "X, Y", ""),
])
def test_split_roles(text: str, lead: str, support: str) -> None:
    roles = split_roles(text)
    assert (roles.lead.strip(" ,;:"), roles.support.strip(" ,;:")) == (lead, support)


# --- deadlines ---

@pytest.mark.parametrize("written, value, canonical, partial", [
    ("Trong năm 2023.", "trong năm 2023", "2023", False),
    ("Hàng ngày", "hàng ngày", "daily", False),
    ("Trong Quý I năm 2023", "trong Quý I năm 2023", "2023-Q1", False),
    ("Thường xuyên.", "thường xuyên", "ongoing", False),
    ("30/6/2024", "30/6/2024", "2024-06-30", False),
    ("hoàn thành trong Quý III/2024", "trong Quý III/2024", "2024-Q3", False),
    ("Quý II/2024 và các năm tiếp theo", "quý II/2024", "2024-Q2", True),
])
def test_due_as_written(written: str, value: str, canonical: str, partial: bool) -> None:
    due = normalise(written)
    assert due is not None
    assert (due.value, due.deadline.canonical, due.partial) == (value, canonical, partial)


def test_no_due_is_invented() -> None:
    assert normalise("Theo tiến độ của dự án") is None
    assert from_text("Kế hoạch cải cách hành chính năm 2023") is None
    due = from_text("gửi về Ủy ban nhân dân thành phố trong tháng 02 năm 2023 để theo dõi")
    assert due is not None and due.deadline.canonical == "2023-02"


# --- targets ---

@pytest.mark.parametrize("text, targets", [
    ("+ Chỉ số Công khai minh bạch đạt trên 80%", [("cong-khai-minh-bach", "> 80%")]),
    ("+ Số hóa hồ sơ TTHC trên 90%.", [("so-hoa", "> 90%")]),
    ("+ Chỉ số tiến độ giải quyết TTHC: không có hồ sơ trễ hạn trên hệ thống",
     [("tre-han", "<= 0")]),
    ("Tỷ lệ hồ sơ giải quyết đúng hạn từ 95% trở lên", [("giai-quyet-dung-han", ">= 95%")]),
    ("Tỷ lệ văn bản ký số đạt tối thiểu 90%", [("van-ban-ky-so", ">= 90%")]),
    ("Giảm 10% thời gian giải quyết", []),
    ("Xây dựng kế hoạch và không có báo cáo theo quy định.", []),
])
def test_targets(text: str, targets: list[tuple[str, str]]) -> None:
    assert [(t.ident, t.target) for t in find_targets(text)] == targets


# --- body ---

def _tasks(text: str) -> dict[str, tuple[str, str | None, str | None]]:
    body = parse_body(clean(textwrap.dedent(text).splitlines()).paras)
    return {t.id: (t.text, t.due.value if t.due else None,
                   t.assignment.written if t.assignment else None) for t in body.tasks}


def test_letters_with_headings_are_levels_and_lines_cover_them() -> None:
    tasks = _tasks("""\
        II. NHIỆM VỤ
        1. Cải cách thể chế
        a) Xây dựng văn bản
        - Việc một.
        b) Kiểm tra văn bản
        - Việc hai.
        Thời gian thực hiện: Quý II/2024.
        Cơ quan thực hiện: Phòng Tư pháp.
        """)
    assert list(tasks) == ["1.a.1", "1.b.1"]
    assert {v[1] for v in tasks.values()} == {"Quý II/2024."}


def test_a_heading_with_only_its_lines_is_the_task() -> None:
    tasks = _tasks("""\
        II. NHIỆM VỤ
        1.1. Rà soát văn bản quy phạm pháp luật
        - Thời gian thực hiện: Quý II/2024
        - Cơ quan chủ trì: Phòng Tư pháp
        1.2. Cập nhật cơ sở dữ liệu
        - Thời gian thực hiện: Quý III/2024
        """)
    assert list(tasks) == ["1.1", "1.2"]
    assert tasks["1.1"] == ("Rà soát văn bản quy phạm pháp luật", "Quý II/2024",
                            "Cơ quan chủ trì: Phòng Tư pháp")


def test_an_introduction_before_bullets_is_no_task_and_subbullets_join() -> None:
    tasks = _tasks("""\
        II. NHIỆM VỤ
        1. Chỉ số
        Các nhiệm vụ cụ thể như sau:
        - Nâng cao các chỉ số:
        + Chỉ số A đạt trên 80%
        + Chỉ số B đạt trên 90%
        """)
    assert list(tasks) == ["1.1"]
    assert tasks["1.1"][0] == \
        "Nâng cao các chỉ số:\n+ Chỉ số A đạt trên 80%\n+ Chỉ số B đạt trên 90%"


def test_organisation_part_points_and_paragraphs() -> None:
    tasks = _tasks("""\
        III. TỔ CHỨC THỰC HIỆN
        1. Phòng Nội vụ chủ trì theo dõi, kiểm tra, đôn đốc việc thực hiện Kế hoạch này.
        2. Các phòng xây dựng kế hoạch của đơn vị, gửi về Phòng Nội vụ trong tháng 02 năm 2023.
        Phòng Nội vụ có trách nhiệm tổng hợp, báo cáo kết quả.
        Trong quá trình thực hiện, nếu có khó khăn, vướng mắc, báo cáo về Phòng Nội vụ.
        """)
    assert list(tasks) == ["III.1", "III.2", "III.3"]


# --- titles and YAML ---

def test_short_titles() -> None:
    long = ("Tập trung thực hiện nghiêm túc, quyết liệt các giải pháp đẩy mạnh giải ngân vốn "
            "đầu tư công của các chủ đầu tư theo quy định.")
    assert long.startswith(short_title(long)) and len(short_title(long).split()) == 12
    assert short_title("Chỉ đạo, quán triệt cán bộ, công chức, viên chức cơ quan, đơn vị, địa "
                       "phương nghiêm túc thực hiện") == \
        "Chỉ đạo, quán triệt cán bộ, công chức, viên chức cơ quan"
    assert short_title("Theo dõi việc thực hiện giải ngân kế hoạch vốn của các chủ đầu tư năm "
                       "2023") == "Theo dõi việc thực hiện giải ngân kế hoạch vốn"
    assert short_title("Số hóa hồ sơ TTHC (bao gồm 2 cấp); ...") == "Số hóa hồ sơ TTHC"
    assert len(short_title("một " * 40).split()) <= 12


@pytest.mark.parametrize("value", ["Chú thích 2: Quyết định", "# không phải ghi chú", "- gạch",
                                   "yes", "2023", "1.2", "'nháy'", 'nháy "kép"', "a #b", "",
                                   "[danh sách]", "{x}", "@x", "ngày 30/12/2022"])
def test_scalars_read_back_unchanged(value: str) -> None:
    assert yaml.safe_load(f"k: {scalar(value)}") == {"k": value}


def test_import_of_inline_text(tmp_path: Path, make_repo: RepoWriter) -> None:
    root = make_repo({})
    doc = tmp_path / "kh.txt"
    doc.write_text("ỦY BAN NHÂN DÂN PHƯỜNG 1\nSố: 9/KH-UBND\n"
                   "Phường 1, ngày 2 tháng 1 năm 2023\nKẾ HOẠCH\nThử\n"
                   "II. NHIỆM VỤ\n1. Việc\n- Làm việc A.\n- Thời gian thực hiện: Quý I/2023.\n"
                   "- Cơ quan thực hiện: Phòng Nội vụ chủ trì, phối hợp với UBND Phường 1.\n",
                   encoding="utf-8")
    outcome = import_document(doc, root, load(root).registry, "en")
    assert outcome.issues == []
    task = outcome.draft.tasks[0]
    assert (task.id, task.lead, task.support, task.due) == (
        "1.1", ["phong-noi-vu"], ["ubnd-phuong-1"], "quý I/2023")


def test_task_tables_restarting_numbers_take_the_group() -> None:
    tasks = _tasks("""\
        PHỤ LỤC
        | STT | Nội dung nhiệm vụ | Cơ quan chủ trì | Thời gian hoàn thành |
        |---|---|---|---|
        | (1) | (2) | (3) | (4) |
        | I | Cải cách thể chế | | |
        | 1 | Rà soát văn bản | Phòng Tư pháp | Quý II/2024 |
        | II | Cải cách thủ tục hành chính | | |
        | 1 | Công khai thủ tục | Phòng Nội vụ | Thường xuyên |
        | 2 | Số hóa hồ sơ | Phòng Nội vụ | Năm 2024 |
        """)
    assert list(tasks) == ["I.1", "II.1", "II.2"]
    assert tasks["II.2"] == ("Số hóa hồ sơ", "Năm 2024", "Phòng Nội vụ")
