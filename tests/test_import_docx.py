"""`cchc import` of Word documents: the header in a table, list numbering, superscript footnote
marks, and the tasks of an appendix table, each built here with python-docx."""

from __future__ import annotations

import shutil
from pathlib import Path

import docx
import pytest

from cchc.importing.run import Outcome, import_document
from cchc.importing.text import ReadError, read_lines
from cchc.pipeline import load

DOCS = Path(__file__).parent / "import_docs"


@pytest.fixture(scope="module")
def repo(tmp_path_factory: pytest.TempPathFactory) -> Path:
    root = tmp_path_factory.mktemp("docx-repo")
    (root / "units").mkdir()
    shutil.copy(DOCS / "units.yaml", root / "units" / "units.yaml")
    (root / "cchc.yaml").write_text("language: en\n", encoding="utf-8")
    return root


def _build(path: Path) -> Path:
    d = docx.Document()
    header = d.add_table(rows=2, cols=2)
    header.cell(0, 0).text = "ỦY BAN NHÂN DÂN\nHUYỆN AN PHÚ"
    header.cell(0, 1).text = "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc"
    header.cell(1, 0).text = "Số: 77/KH-UBND"
    header.cell(1, 1).text = "An Phú, ngày 02 tháng 02 năm 2024"
    d.add_paragraph("KẾ HOẠCH")
    d.add_paragraph("Kiểm soát thủ tục hành chính năm 2024")
    d.add_paragraph("I. MỤC ĐÍCH, YÊU CẦU")
    d.add_paragraph("Bảo đảm giải quyết thủ tục hành chính đúng hạn.")
    d.add_paragraph("II. NHIỆM VỤ")
    d.add_paragraph("1. Công khai thủ tục hành chính")
    d.add_paragraph("Niêm yết công khai thủ tục hành chính tại trụ sở.", style="List Bullet")
    p = d.add_paragraph("Cập nhật thủ tục hành chính trên Cổng thông tin điện tử huyện")
    p.style = d.styles["List Bullet"]
    mark = p.add_run("1")
    mark.font.superscript = True
    p.add_run(".")
    d.add_paragraph("Thời gian thực hiện: Thường xuyên.")
    d.add_paragraph("Cơ quan thực hiện: Văn phòng HĐND và UBND huyện chủ trì, phối hợp với UBND "
                    "các xã, thị trấn.")
    d.add_paragraph("¹ Theo Nghị định số 61/2018/NĐ-CP.")
    d.add_paragraph("Nơi nhận:")
    d.add_paragraph("TM. ỦY BAN NHÂN DÂN")
    d.add_paragraph("PHỤ LỤC: DANH MỤC NHIỆM VỤ")
    table = d.add_table(rows=4, cols=4)
    rows = [("STT", "Nội dung công việc", "Cơ quan chủ trì", "Thời gian hoàn thành"),
            ("I", "Rà soát thủ tục hành chính", "", ""),
            ("1", "Rà soát thủ tục hành chính nội bộ", "Phòng Tư pháp", "Quý II/2024"),
            ("2", "Đánh giá tác động thủ tục hành chính", "Phòng Tư pháp", "Quý III/2024")]
    for r, values in enumerate(rows):
        for c, value in enumerate(values):
            table.cell(r, c).text = value
    d.save(str(path))
    return path


@pytest.fixture(scope="module")
def outcome(repo: Path, tmp_path_factory: pytest.TempPathFactory) -> Outcome:
    path = _build(tmp_path_factory.mktemp("docx") / "kh.docx")
    return import_document(path, repo, load(repo).registry, "en")


def test_header_from_a_table(outcome: Outcome) -> None:
    d = outcome.draft
    assert (d.number, d.issued, d.issuer, d.title) == (
        "77/KH-UBND", __import__("datetime").date(2024, 2, 2), "UBND huyện An Phú",
        "Kiểm soát thủ tục hành chính năm 2024")


def test_list_bullets_superscripts_and_appendix_rows(outcome: Outcome) -> None:
    tasks = {t.id: t for t in outcome.draft.tasks}
    assert list(tasks) == ["1.1", "1.2", "1", "2"]  # the STT column, as numbered
    assert tasks["1.2"].text == "Cập nhật thủ tục hành chính trên Cổng thông tin điện tử huyện."
    assert tasks["1.2"].note == "Footnote 1: Theo Nghị định số 61/2018/NĐ-CP."
    assert (tasks["1.1"].lead, tasks["1.1"].support, tasks["1.1"].due) == (
        ["van-phong-hdnd-ubnd"], ["xa-thi-tran"], "thường xuyên")
    assert (tasks["2"].section, tasks["2"].lead, tasks["2"].due) == (
        "I", ["phong-tu-phap"], "quý III/2024")
    sections = {s.id: s.title for s in outcome.draft.sections}
    assert sections["I"] == "Rà soát thủ tục hành chính"


def test_a_damaged_docx_is_unreadable(tmp_path: Path) -> None:
    path = tmp_path / "broken.docx"
    path.write_bytes(b"PK\x03\x04 not really a zip")
    with pytest.raises(ReadError) as exc:
        read_lines(path)
    assert exc.value.key == "import.bad-docx"


def _with_footnote(path: Path) -> Path:
    """A .docx whose second bullet cites a real Word footnote (python-docx cannot add one:
    the package is edited as Word writes it)."""
    import zipfile

    d = docx.Document()
    d.add_paragraph("Số: 5/KH-UBND")
    d.add_paragraph("KẾ HOẠCH")
    d.add_paragraph("Thử")
    d.add_paragraph("II. NHIỆM VỤ")
    d.add_paragraph("1. Việc")
    d.add_paragraph("- Việc một.")
    d.add_paragraph("- Việc hai FOOTNOTE.")
    d.add_paragraph("- Thời gian thực hiện: Quý I/2024.")
    d.add_paragraph("- Cơ quan thực hiện: Phòng Nội vụ.")
    plain = path.with_suffix(".plain.docx")
    d.save(str(plain))
    w = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
    notes = (f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:footnotes xmlns:w="{w}">'
             '<w:footnote w:type="separator" w:id="-1"><w:p><w:r><w:separator/></w:r></w:p>'
             '</w:footnote><w:footnote w:id="1"><w:p><w:r><w:t>Phòng Nội vụ nhắc nhở UBND các '
             'phường, xã hằng quý.</w:t></w:r></w:p></w:footnote></w:footnotes>')
    with zipfile.ZipFile(plain) as src, zipfile.ZipFile(path, "w") as out:
        for item in src.infolist():
            data = src.read(item.filename)
            if item.filename == "word/document.xml":
                data = data.replace(b"FOOTNOTE", b'</w:t></w:r><w:r><w:footnoteReference w:id="1"'
                                    b'/></w:r><w:r><w:t xml:space="preserve">')
            elif item.filename == "[Content_Types].xml":
                data = data.replace(b"</Types>", b'<Override PartName="/word/footnotes.xml" '
                                    b'ContentType="application/vnd.openxmlformats-officedocument.'
                                    b'wordprocessingml.footnotes+xml"/></Types>')
            elif item.filename == "word/_rels/document.xml.rels":
                data = data.replace(b"</Relationships>", b'<Relationship Id="rIdFn" Type="http://'
                                    b'schemas.openxmlformats.org/officeDocument/2006/relationships/'
                                    b'footnotes" Target="footnotes.xml"/></Relationships>')
            out.writestr(item, data)
        out.writestr("word/footnotes.xml", notes)
    return path


def test_word_footnotes_are_notes_and_duties(tmp_path: Path) -> None:
    root = tmp_path / "r"
    (root / "units").mkdir(parents=True)
    (root / "units" / "u.yaml").write_text(
        "units:\n  - {id: phong-noi-vu, name: Phòng Nội vụ, kind: department}\n"
        "  - {id: ubnd-phuong-1, name: UBND Phường 1, kind: ward}\n"
        "groups:\n  - {id: phuong-xa, name: \"UBND các phường, xã\", members: [ubnd-phuong-1]}\n",
        encoding="utf-8")
    assert load(root).diagnostics == []
    path = _with_footnote(tmp_path / "fn.docx")
    outcome = import_document(path, root, load(root).registry, "vi")
    tasks = {t.id: t for t in outcome.draft.tasks}
    assert list(tasks) == ["1.1", "1.2", "1.2-nhac-nho"]
    assert tasks["1.2"].text == "Việc hai."
    assert tasks["1.2"].note is not None
    assert tasks["1.2"].note.startswith("Chú thích 1: Phòng Nội vụ nhắc nhở")
    duty = tasks["1.2-nhac-nho"]
    assert (duty.lead, duty.support, duty.due) == (["phong-noi-vu"], ["phuong-xa"], "hằng quý")
