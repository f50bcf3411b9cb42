"""Reading a .docx into lines, as a text copy of the document would show them.

Word keeps what the reader sees outside the paragraph text: list numbers and bullets live in
the numbering definitions, footnote marks are references to another part. Both are put back
here (`1.1.`, `- `, `³`), so that the rest of the importer reads one kind of text. Tables become
`| cell | cell |` rows, as web copies of documents show them.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from cchc.importing.errors import ReadError
from cchc.importing.vn import to_superscript

W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"


def _w(tag: str) -> str:
    return f"{W}{tag}"


def docx_lines(path: Path) -> list[str]:
    import docx
    from docx.table import Table
    from docx.text.paragraph import Paragraph

    try:
        document = docx.Document(str(path))
    except Exception as exc:  # python-docx raises many kinds for a damaged package
        raise ReadError("import.bad-docx", path=str(path),
                        reason=type(exc).__name__) from None
    numbering = _Numbering(document)
    footnotes = _footnotes(document)
    order: dict[str, int] = {}
    lines: list[str] = []
    for block in document.iter_inner_content():
        if isinstance(block, Paragraph):
            text = _paragraph_text(block._p, order)
            label = numbering.label(block)
            if label and text.strip():
                text = f"{label} {text.lstrip()}"
            lines.extend(text.split("\n"))
            lines.append("")
        elif isinstance(block, Table):
            lines.extend(_table_rows(block, order))
            lines.append("")
    for ident, number in sorted(order.items(), key=lambda kv: kv[1]):
        if ident in footnotes:
            lines.append(f"{to_superscript(str(number))} {footnotes[ident]}")
            lines.append("")
    return lines


def _paragraph_text(p: Any, order: dict[str, int]) -> str:
    out: list[str] = []
    for el in p.iter():
        tag = el.tag
        if tag == _w("t"):
            text = el.text or ""
            if _superscript(el):
                text = to_superscript(text) if text.strip().isdigit() else text
            out.append(text)
        elif tag == _w("tab"):
            out.append(" ")
        elif tag in (_w("br"), _w("cr")):
            out.append("\n")
        elif tag == _w("footnoteReference"):
            ident = el.get(_w("id"), "")
            number = order.setdefault(ident, len(order) + 1)
            out.append(to_superscript(str(number)))
    return "".join(out)


def _superscript(t: Any) -> bool:
    run = t.getparent()
    rpr = run.find(_w("rPr")) if run is not None else None
    va = rpr.find(_w("vertAlign")) if rpr is not None else None
    return va is not None and va.get(_w("val")) == "superscript"


def _table_rows(table: Any, order: dict[str, int]) -> list[str]:
    rows: list[str] = []
    for tr in table._tbl.iter(_w("tr")):
        cells: list[str] = []
        previous = None
        for tc in tr.iter(_w("tc")):
            text = " ".join(_paragraph_text(p, order).replace("\n", " ").strip()
                            for p in tc.iter(_w("p")))
            text = " ".join(text.split()).replace("|", "/")
            if tc is previous:
                continue
            previous = tc
            cells.append(text)
        if any(cells):
            rows.append("| " + " | ".join(cells) + " |")
    return rows


def _footnotes(document: Any) -> dict[str, str]:
    from docx.oxml import parse_xml

    for part in document.part.package.iter_parts():
        if str(part.partname) == "/word/footnotes.xml":
            root = parse_xml(part.blob)
            out: dict[str, str] = {}
            for note in root.iter(_w("footnote")):
                if note.get(_w("type")) in ("separator", "continuationSeparator",
                                            "continuationNotice"):
                    continue
                text = "".join(t.text or "" for t in note.iter(_w("t")))
                out[note.get(_w("id"), "")] = " ".join(text.split())
            return out
    return {}


_ROMAN = ((1000, "M"), (900, "CM"), (500, "D"), (400, "CD"), (100, "C"), (90, "XC"),
          (50, "L"), (40, "XL"), (10, "X"), (9, "IX"), (5, "V"), (4, "IV"), (1, "I"))


def _roman(n: int) -> str:
    out = ""
    for value, letters in _ROMAN:
        while n >= value:
            out += letters
            n -= value
    return out


def _format(n: int, fmt: str) -> str:
    if fmt in ("lowerLetter", "upperLetter"):
        letter = "abcdefghijklmnopqrstuvwxyz"[(n - 1) % 26]
        return letter.upper() if fmt == "upperLetter" else letter
    if fmt == "lowerRoman":
        return _roman(n).lower()
    if fmt == "upperRoman":
        return _roman(n)
    if fmt == "decimalZero":
        return f"{n:02d}"
    return str(n)


class _Numbering:
    """List labels as Word draws them: counters per list and level, from numbering.xml."""

    def __init__(self, document: Any) -> None:
        self.levels: dict[str, dict[int, tuple[str, str, int]]] = {}
        self.nums: dict[str, str] = {}
        self.counters: dict[str, list[int]] = {}
        try:
            root = document.part.numbering_part.element
        except (NotImplementedError, KeyError, AttributeError):
            return
        for abstract in root.iter(_w("abstractNum")):
            levels: dict[int, tuple[str, str, int]] = {}
            for lvl in abstract.iter(_w("lvl")):
                fmt = lvl.find(_w("numFmt"))
                text = lvl.find(_w("lvlText"))
                start = lvl.find(_w("start"))
                levels[int(lvl.get(_w("ilvl"), "0"))] = (
                    fmt.get(_w("val"), "decimal") if fmt is not None else "decimal",
                    text.get(_w("val"), "") if text is not None else "",
                    int(start.get(_w("val"), "1")) if start is not None else 1)
            self.levels[abstract.get(_w("abstractNumId"), "")] = levels
        for num in root.iter(_w("num")):
            ref = num.find(_w("abstractNumId"))
            if ref is not None:
                self.nums[num.get(_w("numId"), "")] = ref.get(_w("val"), "")

    def label(self, paragraph: Any) -> str:
        num_id, ilvl = _num_pr(paragraph)
        if num_id is None or num_id == "0" or num_id not in self.nums:
            return ""
        levels = self.levels.get(self.nums[num_id], {})
        if ilvl not in levels:
            return ""
        fmt, text, _ = levels[ilvl]
        if fmt == "bullet":
            return "-" if ilvl == 0 else "+"
        if fmt == "none":
            return ""
        counts = self.counters.setdefault(num_id, [0] * 9)
        for deeper in range(ilvl + 1, 9):
            counts[deeper] = 0
        start = levels[ilvl][2]
        counts[ilvl] = counts[ilvl] + 1 if counts[ilvl] else start
        out = text
        for k in range(9):
            if f"%{k + 1}" in out:
                level = levels.get(k, ("decimal", "", 1))
                value = counts[k] or level[2]
                out = out.replace(f"%{k + 1}", _format(value, level[0]))
        return out.strip()


def _num_pr(paragraph: Any) -> tuple[str | None, int]:
    ppr = paragraph._p.pPr
    candidates = [ppr]
    style = paragraph.style
    while style is not None:
        candidates.append(style.element.pPr)
        style = style.base_style
    for candidate in candidates:
        if candidate is None:
            continue
        num_pr = candidate.find(_w("numPr"))
        if num_pr is None:
            continue
        num_id = num_pr.find(_w("numId"))
        ilvl = num_pr.find(_w("ilvl"))
        return (num_id.get(_w("val")) if num_id is not None else None,
                int(ilvl.get(_w("val"), "0")) if ilvl is not None else 0)
    return None, 0
