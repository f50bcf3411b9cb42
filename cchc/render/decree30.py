"""The layout of an administrative document, Decree 30/2020/NĐ-CP Appendix I, in python-docx.

What the appendix prescribes, and this module draws (boxes of the appendix's layout diagram):

- A4 portrait; margins top and bottom 20 mm, left 30 mm, right 15 mm (the appendix allows
  20-25, 30-35 and 15-20); Times New Roman, black, throughout.
- Box 2, top left: the parent body in capitals, regular, 13 pt; the issuing body in capitals,
  bold, 13 pt, with a short solid rule under it (a third to a half of the line's length).
- Box 1, top right: "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM" in capitals, bold, 12 pt; the motto
  "Độc lập - Tự do - Hạnh phúc", bold, 13 pt, with a solid rule as long as the motto.
  Both boxes sit in a borderless two-column table, each line centred in its column.
- Box 3, under box 2: "Số: …/BC-PNV", 13 pt, regular; box 5b (letters only): "V/v …", 12 pt.
- Box 4, under the motto: place and date in italics, 14 pt, with the leading zeros of the
  appendix (days under 10, months 1 and 2: "ngày 05 tháng 02 năm 2023").
- Box 5a: the document type in bold capitals, 14 pt, and its subject in bold, 14 pt, centred,
  a short rule under them.
- Box 6: the body, 14 pt, justified, first line indented 1.27 cm, 6 pt between paragraphs,
  single line spacing.
- Boxes 7 and 9: the signer's title in bold capitals and the name in bold, 14 pt, on the
  right; "Nơi nhận:" in bold italics, 12 pt, and its list, 11 pt, on the left.
- Page numbers: Arabic, 14 pt, centred in the top margin, from the second page on.

Tables carry a header row repeated on every page, and rows that do not split across pages.

`finish` returns the document's bytes, the same bytes for the same content: the core
properties (creation and modification time, author, revision) are fixed from the as-of date,
and the zip archive's timestamps too (python-docx stamps the clock into both).
"""

from __future__ import annotations

import datetime as dt
import io
import zipfile
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Any

from docx import Document
from docx.document import Document as DocumentObject
from docx.enum.section import WD_ORIENT
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Cm, Mm, Pt, RGBColor
from docx.table import Table, _Cell
from docx.text.paragraph import Paragraph

FONT = "Times New Roman"
PAGE_WIDTH, PAGE_HEIGHT = Mm(210), Mm(297)
MARGINS = {"top": Mm(20), "bottom": Mm(20), "left": Mm(30), "right": Mm(15)}
TEXT_WIDTH = Mm(210 - 30 - 15)
LEFT_COLUMN = Mm(68)  # box 2 and 3; box 1 and 4 take the rest
BODY_PT = 14
INDENT = Cm(1.27)

# Sizes of the letterhead, named so tests read them from here rather than restate them.
SIZES = {"parent": 13, "office": 13, "number": 13, "subject-line": 12, "national": 12,
         "motto": 13, "date": 14, "kind": 14, "title": 14, "body": 14, "heading": 14,
         "signer": 14, "recipients-label": 12, "recipients": 11, "page-number": 14}


@dataclass(frozen=True)
class Head:
    """What the letterhead and signature of one document say, already in its language."""

    national: str  # CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
    motto: str  # Độc lập - Tự do - Hạnh phúc
    parent: str | None  # the parent body, or None
    office: str  # the issuing body
    number: str  # Số: …/BC-PNV
    date_line: str  # Tây Ninh, ngày 05 tháng 4 năm 2023
    subject_line: str | None = None  # V/v … (letters)
    signer_title: str = ""
    signer_name: str | None = None  # None: a dotted line for the name
    signer_blank: str = "…………………………"
    recipients_label: str = "Nơi nhận:"
    recipients: tuple[str, ...] = field(default=())


def _fonts(rpr_parent: object, size: int | None = None) -> None:
    """Times New Roman for every script of a run or style (Word picks by character range)."""
    rpr = rpr_parent.get_or_add_rPr()  # type: ignore[attr-defined]
    fonts = rpr.find(qn("w:rFonts"))
    if fonts is None:
        fonts = OxmlElement("w:rFonts")
        rpr.insert(0, fonts)
    for attr in ("w:asciiTheme", "w:hAnsiTheme", "w:eastAsiaTheme", "w:cstheme"):
        fonts.attrib.pop(qn(attr), None)
    for attr in ("w:ascii", "w:hAnsi", "w:eastAsia", "w:cs"):
        fonts.set(qn(attr), FONT)
    if size is not None:
        for tag in ("w:sz", "w:szCs"):
            el = rpr.find(qn(tag))
            if el is None:
                el = OxmlElement(tag)
                rpr.append(el)
            el.set(qn("w:val"), str(size * 2))


def new_document() -> DocumentObject:
    """An empty A4 portrait document with the appendix's margins, font and page numbers."""
    doc = Document()
    normal = doc.styles["Normal"]
    normal.font.name = FONT
    normal.font.size = Pt(BODY_PT)
    normal.font.color.rgb = RGBColor(0, 0, 0)
    _fonts(normal.element, BODY_PT)
    normal.paragraph_format.space_after = Pt(0)
    normal.paragraph_format.space_before = Pt(0)
    normal.paragraph_format.line_spacing = 1.0
    section = doc.sections[0]
    section.orientation = WD_ORIENT.PORTRAIT
    section.page_width, section.page_height = PAGE_WIDTH, PAGE_HEIGHT
    section.top_margin, section.bottom_margin = MARGINS["top"], MARGINS["bottom"]
    section.left_margin, section.right_margin = MARGINS["left"], MARGINS["right"]
    section.header_distance = Mm(10)
    section.footer_distance = Mm(10)
    # The first page shows no number: its header is left empty.
    section.different_first_page_header_footer = True
    para = section.header.paragraphs[0]
    para.alignment = WD_ALIGN_PARAGRAPH.CENTER
    _field(para, "PAGE", SIZES["page-number"])
    return doc


def _field(para: Paragraph, code: str, size: int) -> None:
    """A field (PAGE) as Word writes it: begin, instruction, separate, a placeholder, end."""
    def run_with(el: Any) -> None:
        run = para.add_run()
        _style_run(run, size)
        run._r.append(el)

    begin = OxmlElement("w:fldChar")
    begin.set(qn("w:fldCharType"), "begin")
    run_with(begin)
    instr = OxmlElement("w:instrText")
    instr.set(qn("xml:space"), "preserve")
    instr.text = f" {code} "
    run_with(instr)
    sep = OxmlElement("w:fldChar")
    sep.set(qn("w:fldCharType"), "separate")
    run_with(sep)
    shown = para.add_run("2")
    _style_run(shown, size)
    end = OxmlElement("w:fldChar")
    end.set(qn("w:fldCharType"), "end")
    run_with(end)


def _style_run(run: object, size: int, *, bold: bool = False, italic: bool = False) -> None:
    run.font.name = FONT  # type: ignore[attr-defined]
    run.font.size = Pt(size)  # type: ignore[attr-defined]
    run.font.bold = bold  # type: ignore[attr-defined]
    run.font.italic = italic  # type: ignore[attr-defined]
    run.font.color.rgb = RGBColor(0, 0, 0)  # type: ignore[attr-defined]
    _fonts(run._r, size)  # type: ignore[attr-defined]


def line(container: DocumentObject | _Cell, text: str, size: int, *, bold: bool = False,
         italic: bool = False, align: str = "center", indent: bool = False,
         before: int = 0, after: int = 0, keep_next: bool = False) -> Paragraph:
    """One paragraph of one run, in Times New Roman of `size` points."""
    para = container.add_paragraph()
    para.alignment = {"center": WD_ALIGN_PARAGRAPH.CENTER, "left": WD_ALIGN_PARAGRAPH.LEFT,
                      "right": WD_ALIGN_PARAGRAPH.RIGHT,
                      "justify": WD_ALIGN_PARAGRAPH.JUSTIFY}[align]
    fmt = para.paragraph_format
    fmt.space_before, fmt.space_after = Pt(before), Pt(after)
    if indent:
        fmt.first_line_indent = INDENT
    if keep_next:
        fmt.keep_with_next = True
    if text:
        _style_run(para.add_run(text), size, bold=bold, italic=italic)
    return para


def rule(container: DocumentObject | _Cell, width: int, column: int) -> Paragraph:
    """A solid horizontal rule `width` EMU long, centred in a column `column` EMU wide.

    Drawn as the bottom border of an empty, tiny paragraph indented from both sides: it
    prints in Word and LibreOffice alike and moves with the text (no floating shape).
    """
    para = container.add_paragraph()
    fmt = para.paragraph_format
    side = max(0, (column - width) // 2)
    fmt.left_indent = side
    fmt.right_indent = side
    fmt.space_before, fmt.space_after = Pt(4), Pt(0)
    fmt.line_spacing = Pt(2)
    ppr = para._p.get_or_add_pPr()
    borders = OxmlElement("w:pBdr")
    bottom = OxmlElement("w:bottom")
    for key, value in (("w:val", "single"), ("w:sz", "6"), ("w:space", "1"),
                       ("w:color", "000000")):
        bottom.set(qn(key), value)
    borders.append(bottom)
    ppr.append(borders)
    run = para.add_run()
    _style_run(run, 2)
    return para


def text_width(text: str, size: int, *, bold: bool = False, capitals: bool = False) -> int:
    """An estimate of a line's printed width in EMU, for the length of the rules under it.

    Average advance widths of Times New Roman (em fractions); close enough for a rule that
    the appendix sizes loosely ("a third to a half of the line").
    """
    per_char = 0.70 if capitals else 0.47
    if bold:
        per_char += 0.03
    return int(len(text) * per_char * Pt(size))


def _no_borders(table: Table) -> None:
    tbl_pr = table._tbl.tblPr
    borders = OxmlElement("w:tblBorders")
    for edge in ("top", "left", "bottom", "right", "insideH", "insideV"):
        el = OxmlElement(f"w:{edge}")
        el.set(qn("w:val"), "nil")
        borders.append(el)
    tbl_pr.append(borders)


def _widths(table: Table, widths: Sequence[int]) -> None:
    table.autofit = False
    grid = table._tbl.tblGrid
    for col, width in zip(grid.findall(qn("w:gridCol")), widths, strict=True):
        col.set(qn("w:w"), str(int(width / 635)))  # EMU to twentieths of a point
    for row in table.rows:
        for cell, width in zip(row.cells, widths, strict=True):
            cell.width = width


def _first(cell: _Cell) -> _Cell:
    """A cell whose first (empty) paragraph is removed, so `line` starts at its top."""
    p = cell.paragraphs[0]._p
    p.getparent().remove(p)
    return cell


def letterhead(doc: DocumentObject, head: Head) -> None:
    """Boxes 1 to 4 (and 5b), in a borderless table of two columns."""
    table = doc.add_table(rows=1, cols=2)
    _no_borders(table)
    right_column = TEXT_WIDTH - LEFT_COLUMN
    _widths(table, (LEFT_COLUMN, right_column))
    left, right = (_first(c) for c in table.rows[0].cells)
    if head.parent:
        line(left, head.parent.upper(), SIZES["parent"])
    line(left, head.office.upper(), SIZES["office"], bold=True)
    office_width = min(text_width(head.office, SIZES["office"], bold=True, capitals=True),
                       LEFT_COLUMN)
    rule(left, max(office_width * 2 // 5, int(Mm(18))), LEFT_COLUMN)
    line(left, head.number, SIZES["number"], before=6)
    if head.subject_line:
        line(left, head.subject_line, SIZES["subject-line"], before=2)
    line(right, head.national.upper(), SIZES["national"], bold=True)
    line(right, head.motto, SIZES["motto"], bold=True)
    rule(right, text_width(head.motto, SIZES["motto"], bold=True), right_column)
    line(right, head.date_line, SIZES["date"], italic=True, before=6)


def title(doc: DocumentObject, kind: str, subject: str) -> None:
    """Box 5a: the document type and its subject, centred, a short rule under them."""
    line(doc, kind.upper(), SIZES["kind"], bold=True, before=18, keep_next=True)
    line(doc, subject, SIZES["title"], bold=True, keep_next=True)
    rule(doc, int(Mm(40)), TEXT_WIDTH)
    line(doc, "", SIZES["body"], after=6)


def body(doc: DocumentObject | _Cell, text: str, *, bold: bool = False,
         italic: bool = False, keep_next: bool = False) -> Paragraph:
    """A paragraph of box 6: justified, first line indented, 6 pt after."""
    return line(doc, text, SIZES["body"], bold=bold, italic=italic, align="justify",
                indent=True, before=0, after=6, keep_next=keep_next)


def heading(doc: DocumentObject, text: str) -> Paragraph:
    """A section heading inside box 6: bold, indented like the body, kept with what follows."""
    return line(doc, text, SIZES["heading"], bold=True, align="justify", indent=True,
                before=6, after=6, keep_next=True)


def _repeat_header(row: object) -> None:
    tr_pr = row._tr.get_or_add_trPr()  # type: ignore[attr-defined]
    header = OxmlElement("w:tblHeader")
    header.set(qn("w:val"), "true")
    tr_pr.append(header)


def _cant_split(row: object) -> None:
    tr_pr = row._tr.get_or_add_trPr()  # type: ignore[attr-defined]
    tr_pr.append(OxmlElement("w:cantSplit"))


def table(doc: DocumentObject, columns: Sequence[str], rows: Sequence[Sequence[str]],
          weights: Sequence[float], numeric: Sequence[bool], size: int = 12) -> Table:
    """A data table: grid borders, the header row bold and repeated on every page, numbers
    right-aligned, columns as wide as their `weights` share of the text width."""
    grid: Table = doc.add_table(rows=1 + len(rows), cols=len(columns))
    grid.style = doc.styles["Table Grid"]
    grid.alignment = WD_TABLE_ALIGNMENT.CENTER
    total = sum(weights)
    widths = [int(TEXT_WIDTH * w / total) for w in weights]
    _widths(grid, widths)
    header = grid.rows[0]
    _repeat_header(header)
    _cant_split(header)
    for cell, text in zip(header.cells, columns, strict=True):
        _cell_text(cell, text, size, bold=True, align="center")
    for row, values in zip(grid.rows[1:], rows, strict=True):
        _cant_split(row)
        for cell, text, is_number in zip(row.cells, values, numeric, strict=True):
            _cell_text(cell, text, size, align="right" if is_number else "left")
    return grid


def _cell_text(cell: _Cell, text: str, size: int, *, bold: bool = False,
               align: str = "left") -> None:
    para = cell.paragraphs[0]
    para.alignment = {"left": WD_ALIGN_PARAGRAPH.LEFT, "right": WD_ALIGN_PARAGRAPH.RIGHT,
                      "center": WD_ALIGN_PARAGRAPH.CENTER}[align]
    para.paragraph_format.space_before = Pt(1)
    para.paragraph_format.space_after = Pt(1)
    if text:
        _style_run(para.add_run(text), size, bold=bold)


def signature(doc: DocumentObject, head: Head) -> None:
    """Boxes 9 (recipients, left) and 7 (the signer, right), in a borderless table."""
    line(doc, "", SIZES["body"])
    sig = doc.add_table(rows=1, cols=2)
    _no_borders(sig)
    half = TEXT_WIDTH // 2
    _widths(sig, (half, TEXT_WIDTH - half))
    left, right = (_first(c) for c in sig.rows[0].cells)
    line(left, head.recipients_label, SIZES["recipients-label"], bold=True, italic=True,
         align="left")
    for item in head.recipients:
        line(left, item, SIZES["recipients"], align="left")
    line(right, head.signer_title.upper(), SIZES["signer"], bold=True)
    for _ in range(4):  # room for the signature and the seal
        line(right, "", SIZES["signer"])
    line(right, head.signer_name or head.signer_blank, SIZES["signer"], bold=True)


def finish(doc: DocumentObject, as_of: dt.date, title_text: str, author: str) -> bytes:
    """The document's bytes, fixed for the day: core properties, then zip timestamps."""
    moment = dt.datetime(as_of.year, as_of.month, as_of.day, tzinfo=dt.UTC)
    core = doc.core_properties
    core.author = author
    core.last_modified_by = author
    core.title = title_text
    core.created = moment
    core.modified = moment
    core.last_printed = moment
    core.revision = 1
    buffer = io.BytesIO()
    doc.save(buffer)
    return fixed_zip(buffer.getvalue(), as_of)


def fixed_zip(data: bytes, as_of: dt.date, replace: dict[str, bytes] | None = None) -> bytes:
    """The same archive with every member dated `as_of` (zip keeps local time, no zone),
    and the members named in `replace` given those contents."""
    stamp = (max(as_of.year, 1980), as_of.month, as_of.day, 0, 0, 0)
    out = io.BytesIO()
    with zipfile.ZipFile(io.BytesIO(data)) as src, \
            zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as dst:
        for info in src.infolist():
            fixed = zipfile.ZipInfo(info.filename, date_time=stamp)
            fixed.compress_type = zipfile.ZIP_DEFLATED
            fixed.external_attr = 0o644 << 16
            content = (replace or {}).get(info.filename)
            dst.writestr(fixed, content if content is not None else src.read(info.filename))
    return out.getvalue()
