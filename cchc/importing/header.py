"""The header of a document: number, issuer, place and date of issue, kind, title, bases.

A field is taken from where the document writes it, in this order: the document's own header
(`Số: 188/KH-UBND`, `TP. Tây Ninh, ngày 30 tháng 12 năm 2022`, the issuer's block above the
number), then a web page's metadata block (`Số hiệu:`, `Ngày ban hành:`, `Cơ quan ban hành:`,
`Trích yếu:`), then the body (`Ủy ban nhân dân thành phố Tây Ninh ban hành kế hoạch ...`). A
field found nowhere is left empty with a note; nothing is guessed.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, field

from cchc.importing import shapes
from cchc.importing.lines import Para
from cchc.importing.vn import fold, is_caps
from cchc.text import LOCALITY_LEVELS, UPPER_LEVELS

Note = tuple[str, dict[str, str]]

KINDS = {"ke hoach": "Kế hoạch", "quyet dinh": "Quyết định", "chuong trinh": "Chương trình",
         "chi thi": "Chỉ thị", "thong bao": "Thông báo", "de an": "Đề án",
         "bao cao": "Báo cáo", "huong dan": "Hướng dẫn", "nghi quyet": "Nghị quyết",
         "cong van": "Công văn", "ke hoach hanh dong": "Kế hoạch hành động"}
CODES = {"KH": "Kế hoạch", "QĐ": "Quyết định", "CTr": "Chương trình", "CT": "Chỉ thị",
         "TB": "Thông báo", "BC": "Báo cáo", "HD": "Hướng dẫn", "NQ": "Nghị quyết"}

_NUMBER = re.compile(
    r"(?<![\d/])(\d{1,6})\s*/\s*((?:\d{4}\s*/\s*)?[0-9A-ZĐa-zđ][0-9A-ZĐa-zđ&.]*"
    r"(?:\s*[-–]\s*[0-9A-ZĐa-zđ][0-9A-ZĐa-zđ&.]*)*)")
_NUMBER_FIELD = re.compile(r"^so(?: hieu| ky hieu| van ban)?\s*[:.]?\s*")
_IS_NUMBER_LINE = re.compile(r"so(?: hieu| ky hieu)?\s*[:.]|so\s+\d")
_BLANK_NUMBER = re.compile(r"^[\s._…]*/\s*[A-ZĐ]")
_DATE_WORDS = re.compile(r"ngay\s+(\d{1,2})\s+thang\s+(\d{1,2})\s*,?\s+nam\s+(\d{4})")
_DATE_NUMERIC = re.compile(r"(?<!\d)(\d{1,2})\s*[/.\-]\s*(\d{1,2})\s*[/.\-]\s*(\d{4})(?!\d)")
_DATE_BLANK = re.compile(r"ngay\s*(?:[._…]+|\s)\s*thang\s+(?:\d{1,2}|[._…]+)\s*,?\s*nam\s+\d{4}")
_PLACE_DATE = re.compile(r"^(?P<place>[^:]{2,80}?)\s*,\s*ngay\b")
_META = {"issued": re.compile(r"^ngay ban hanh\s*:\s*"),
         "issuer": re.compile(r"^(?:co quan ban hanh|noi ban hanh|don vi ban hanh)\s*:\s*"),
         "title": re.compile(r"^(?:trich yeu(?: noi dung)?|tieu de|ten van ban)\s*:\s*")}
_ORG_START = ("uy ban nhan dan", "ubnd", "hoi dong nhan dan", "hdnd", "so ", "phong ", "ban ",
              "van phong", "thanh tra", "cong an", "bo ", "cuc ", "tong cuc", "chi cuc",
              "truong ", "trung tam", "thanh pho", "tinh ", "huyen ", "quan ", "thi xa",
              "phuong ", "xa ", "thi tran", "dang uy", "tinh uy", "thanh uy", "huyen uy",
              "chu tich")
_MOTTO = ("cong hoa xa hoi", "doc lap", "-----", "___")
_ISSUING = re.compile(r"^(?P<who>.{5,120}?)\s+(?:xay dung va )?ban hanh\s+(?:ke hoach|quyet dinh"
                      r"|chuong trinh|de an|chi thi|huong dan)")


@dataclass
class Header:
    number: str | None = None
    kind: str | None = None
    issuer: str | None = None
    issued: dt.date | None = None
    place: str | None = None
    title: str | None = None
    bases: list[str] = field(default_factory=list)
    body_start: int = 0
    notes: list[Note] = field(default_factory=list)     # choices the importer made
    missing: list[Note] = field(default_factory=list)   # fields not found: for the clerk


def _segments(paras: list[Para], end: int) -> list[tuple[int, str]]:
    out: list[tuple[int, str]] = []
    for i, p in enumerate(paras[:end]):
        if p.cells is not None:
            out.extend((i, c) for c in p.cells if c)
        else:
            out.append((i, p.text))
    return out


def _header_end(paras: list[Para]) -> int:
    """Where the body starts: the first part or article after the number or the kind line (a
    web page may list the parts in a table of contents above the document)."""
    start = 0
    for i, p in enumerate(paras[:200]):
        texts = p.cells if p.cells is not None else (p.text,)
        if any(_IS_NUMBER_LINE.match(fold(t)) for t in texts) or (
                p.cells is None and _kind_word(p.text) is not None):
            start = i
            break
    for i, p in enumerate(paras[start:], start=start):
        folded = fold(p.text)
        if shapes.is_part(p.text) or shapes.ARTICLE.match(p.text) or folded.startswith(
                "quyet dinh:"):
            return i
    return min(len(paras), 40)


def read_header(paras: list[Para]) -> Header:
    h = Header()
    end = _header_end(paras)
    segs = _segments(paras, end)
    used: set[int] = set()
    meta = _metadata(segs)
    number_at = _number(h, segs, meta, used)
    _date(h, segs, meta, used)
    kind_at = _kind_and_title(h, paras, end, segs, meta, used)
    _issuer(h, paras, segs, number_at, meta)
    _bases(h, paras, end, used)
    if h.kind is None and h.number:
        code = h.number.split("/")[-1].split("-")[0]
        h.kind = CODES.get(code)
    if kind_at is not None:
        used.add(kind_at)
    h.body_start = max(used) + 1 if used else 0
    for name, value in (("number", h.number), ("title", h.title), ("issuer", h.issuer),
                        ("issued", h.issued)):
        if value is None and not any(n[1].get("field") == name for n in h.missing):
            h.missing.append(("import.missing.field", {"field": name}))
    return h


def _metadata(segs: list[tuple[int, str]]) -> dict[str, tuple[int, str]]:
    """Web pages' "Số hiệu: ... Ngày ban hành: ..." blocks, possibly several on one line."""
    out: dict[str, tuple[int, str]] = {}
    for i, seg in segs:
        folded = fold(seg)
        for m in re.finditer(r"(so hieu|ngay ban hanh|co quan ban hanh|noi ban hanh"
                             r"|trich yeu(?: noi dung)?|tieu de)\s*:\s*", folded):
            key = m.group(1)
            rest = seg[m.end():]
            stop = re.search(r"\s(?:Số hiệu|Ngày ban hành|Ngày hiệu lực|Cơ quan ban hành|"
                             r"Nơi ban hành|Loại văn bản|Người ký|Ngày công báo|Số công báo|"
                             r"Tình trạng|Lĩnh vực|Trích yếu)\s*:", rest)
            value = (rest[:stop.start()] if stop else rest).strip()
            out.setdefault(key, (i, value))
    return out


def _clean_number(m: re.Match[str]) -> str:
    text = f"{m.group(1)}/{m.group(2)}"
    return re.sub(r"\s+", "", text).replace("–", "-").rstrip(".")


def _number(h: Header, segs: list[tuple[int, str]], meta: dict[str, tuple[int, str]],
            used: set[int]) -> int | None:
    for i, seg in segs:
        folded = fold(seg)
        f = _NUMBER_FIELD.match(folded)
        if not f or folded.startswith("so hieu"):
            continue
        rest = seg[f.end():]
        m = _NUMBER.match(rest.strip())
        if m:
            h.number = _clean_number(m)
            used.add(i)
            if "so hieu" in meta:
                mm = _NUMBER.search(meta["so hieu"][1])
                if mm and _clean_number(mm) != h.number:
                    h.notes.append(("import.note.number-differs",
                                    {"number": h.number, "other": _clean_number(mm)}))
            return i
        if _BLANK_NUMBER.match(rest) or f.group(0).rstrip().endswith(":"):
            written = " ".join(seg.split())[:60]
            h.missing.append(("import.missing.number-blank", {"field": "number",
                                                               "written": written}))
            used.add(i)
            return i
    if "so hieu" in meta:
        i, value = meta["so hieu"]
        m = _NUMBER.search(value)
        if m:
            h.number = _clean_number(m)
            h.notes.append(("import.note.from-metadata", {"field": "number",
                                                           "label": "Số hiệu"}))
            return i
    return None


def _date_in(text: str) -> tuple[dt.date | None, str | None]:
    folded = fold(text)
    m = _DATE_WORDS.search(folded) or _DATE_NUMERIC.search(folded)
    if not m:
        return None, None
    day, month, year = (int(g) for g in m.groups())
    try:
        return dt.date(year, month, day), None
    except ValueError:
        return None, text[m.start():m.end()]


def _date(h: Header, segs: list[tuple[int, str]], meta: dict[str, tuple[int, str]],
          used: set[int]) -> None:
    for i, seg in segs:
        folded = fold(seg)
        if folded.startswith(("can cu", "ngay ban hanh", "ngay hieu luc", "xet de nghi")):
            continue
        start = 0
        num = _NUMBER_FIELD.match(folded)
        if num:  # "Số: 188/KH-UBND TP. Tây Ninh, ngày ..." on one line
            m = _NUMBER.search(seg)
            start = m.end() if m else num.end()
        tail = seg[start:].strip()
        ftail = fold(tail)
        pd = _PLACE_DATE.match(ftail)
        if not pd:
            if _DATE_BLANK.search(ftail) and _PLACE_DATE.match(ftail.replace("...", "")):
                pass
            continue
        date, bad = _date_in(tail)
        if date is None:
            h.missing.append(("import.missing.date-incomplete",
                              {"field": "issued", "written": " ".join(tail.split())[:60]}))
            h.place = tail[:pd.end("place")].strip() or None
            used.add(i)
            return
        h.issued = date
        h.place = tail[:pd.end("place")].strip() or None
        used.add(i)
        if "ngay ban hanh" in meta:
            other, _ = _date_in(meta["ngay ban hanh"][1])
            if other is not None and other != date:
                h.notes.append(("import.note.date-differs",
                                {"date": date.isoformat(), "other": other.isoformat()}))
        return
    if "ngay ban hanh" in meta:
        date, _ = _date_in(meta["ngay ban hanh"][1])
        if date is not None:
            h.issued = date
            h.notes.append(("import.note.from-metadata", {"field": "issued",
                                                           "label": "Ngày ban hành"}))


def _kind_word(text: str) -> tuple[str, str] | None:
    """("Kế hoạch", rest) when the paragraph is a kind line: "KẾ HOẠCH" alone or followed by
    the title."""
    folded = fold(text).strip(" :")
    for key in sorted(KINDS, key=len, reverse=True):
        if folded == key or (folded.startswith(key + " ")
                             and is_caps(text[:len(key)])):
            if is_caps(text[:len(key)]):
                return KINDS[key], text[len(key):].strip(" :")
    return None


def _kind_and_title(h: Header, paras: list[Para], end: int, segs: list[tuple[int, str]],
                    meta: dict[str, tuple[int, str]], used: set[int]) -> int | None:
    for i in range(min(end, len(paras))):
        p = paras[i]
        if p.cells is not None:
            continue
        found = _kind_word(p.text)
        if found is None:
            continue
        h.kind, rest = found
        if rest:
            h.title = _title_text(rest)
            return i
        for j in range(i + 1, min(i + 4, len(paras))):
            q = paras[j]
            folded = fold(q.text)
            if not q.text or folded.startswith("(") and "kem theo" in folded:
                continue
            if folded.startswith(("can cu", "so:", "thuc hien ")) or shapes.is_part(q.text) \
                    or q.cells is not None:
                break
            if is_caps(q.text) and folded.startswith(("chu tich", "uy ban", "giam doc")):
                break
            h.title = _title_text(q.text)
            used.add(j)
            break
        return i
    if "trich yeu" in meta or "trich yeu noi dung" in meta or "tieu de" in meta:
        key = next(k for k in ("trich yeu", "trich yeu noi dung", "tieu de") if k in meta)
        h.title = _title_text(meta[key][1]) or None
        if h.title:
            h.notes.append(("import.note.from-metadata", {"field": "title", "label": key}))
    for _, seg in segs:  # "V/v ..." of an official letter
        if fold(seg).startswith("v/v "):
            h.title = h.title or _title_text(seg[4:])
    return None


def _title_text(text: str) -> str:
    return " ".join(text.split()).strip(" :;")


def _issuer(h: Header, paras: list[Para], segs: list[tuple[int, str]], number_at: int | None,
            meta: dict[str, tuple[int, str]]) -> None:
    block = _org_block(segs, number_at)
    if block:
        h.issuer = issuer_name(block)
        return
    if "co quan ban hanh" in meta or "noi ban hanh" in meta:
        key = "co quan ban hanh" if "co quan ban hanh" in meta else "noi ban hanh"
        value = meta[key][1].strip()
        if value:
            h.issuer = issuer_name([value])
            h.notes.append(("import.note.from-metadata", {"field": "issuer", "label": key}))
            return
    for p in paras[:80]:
        m = _ISSUING.match(fold(p.text))
        if m and fold(p.text).startswith(_ORG_START) and not fold(p.text).startswith(
                ("can cu", "thuc hien")):
            h.issuer = issuer_name([p.text[:m.end("who")]])
            h.notes.append(("import.note.issuer-from-body", {"text": p.text[:m.end("who")]}))
            return


def _org_block(segs: list[tuple[int, str]], number_at: int | None) -> list[str]:
    """The caps lines naming the issuer, just above the number (or in its table row)."""
    if number_at is None:
        candidates = segs[:12]
    else:
        candidates = [(i, s) for i, s in segs if number_at - 4 <= i <= number_at]
    block: list[str] = []
    for _, seg in candidates:
        folded = fold(seg)
        if folded.startswith(_MOTTO) or not is_caps(seg) or _IS_NUMBER_LINE.match(folded):
            if block and not folded.startswith(_MOTTO):
                break
            continue
        parts = re.split(r"\s{2,}|\s(?=CỘNG HÒA)", seg)
        first = parts[0].strip()
        if fold(first).startswith(_ORG_START) or block:
            # "UBND HUYỆN AN PHÚ ỦY BAN NHÂN DÂN XÃ AN BÌNH" in one cell: two lines
            block.extend(p.strip() for p in re.split(
                r"(?<!ỦY)(?<!UỶ)(?<!VĂN)\s(?=(?:ỦY BAN NHÂN DÂN|UỶ BAN NHÂN DÂN|UBND|SỞ|PHÒNG"
                r"|VĂN PHÒNG|BAN)\s)",
                first) if p.strip())
        if len(block) >= 3:
            break
    return block


_LEVELS_ONE = tuple(fold(level) for level in LOCALITY_LEVELS if " " not in level)
_LEVELS_TWO = tuple(fold(level) for level in LOCALITY_LEVELS if " " in level)
_ORGS_ONE = ("so", "phong", "ban", "cuc", "truong")
_ORGS_TWO = ("chi cuc", "trung tam", "van phong", "thanh tra", "cong an")


def issuer_name(lines: list[str]) -> str:
    """The issuer as plan files write it: `ỦY BAN NHÂN DÂN` / `THÀNH PHỐ TÂY NINH` →
    `UBND thành phố Tây Ninh`; `UBND TỈNH BẮC NINH` / `SỞ NỘI VỤ` → `Sở Nội vụ tỉnh Bắc Ninh`."""
    names = [_case(" ".join(line.split())) for line in lines if line.strip()]
    if not names:
        return ""
    if len(names) >= 2 and fold(names[0]) in ("ubnd", "hdnd"):
        names = [f"{names[0]} {names[1]}", *names[2:]]
    if len(names) >= 2:
        superior, own = names[0], names[-1]
        locality = re.search(r"\b(?:" + "|".join(UPPER_LEVELS) + r")\b.*", superior)
        if locality and not re.search(r"\b(?:" + "|".join(LOCALITY_LEVELS) + r")\b", own):
            return f"{own} {locality.group(0)}"
        return own
    return names[0]


def _case(text: str) -> str:
    """Caps as a name is written in running text; text already in mixed case is kept."""
    text = re.sub(r"(?i)\b(?:ủy|uỷ) ban nhân dân\b", "UBND", text)
    text = re.sub(r"(?i)\bhội đồng nhân dân\b", "HĐND", text)
    if not is_caps(text.replace("UBND", "").replace("HĐND", "") or "X"):
        return text
    tokens = text.split()
    out: list[str] = []
    place = False
    cap_next = True
    k = 0
    while k < len(tokens):
        token = tokens[k]
        if token in ("UBND", "HĐND") or re.fullmatch(r"[IVX]+|\d+", token):
            out.append(token)
            cap_next = False
            k += 1
            continue
        two = fold(" ".join(tokens[k:k + 2]))
        one = fold(token)
        if two in _LEVELS_TWO or one in _LEVELS_ONE or one == "tp.":
            width = 2 if two in _LEVELS_TWO else 1
            out.extend(t.lower() if one != "tp." else "TP." for t in tokens[k:k + width])
            place, cap_next = True, False
            k += width
            continue
        low = token.lower()
        out.append(low[:1].upper() + low[1:] if place or cap_next else low)
        cap_next = False
        if two in _ORGS_TWO:
            out.append(tokens[k + 1].lower())
            k += 1
            cap_next = True
        elif one in _ORGS_ONE:
            cap_next = True
        k += 1
    return " ".join(out)


def _bases(h: Header, paras: list[Para], end: int, used: set[int]) -> None:
    for i, p in enumerate(paras[:end]):
        folded = fold(p.text)
        if not folded.startswith("can cu "):
            continue
        text = p.text[len("Căn cứ "):].strip()
        text = re.sub(r"[;,.]+$", "", text).strip()
        text = re.sub(r"\s+(?:và|;)$", "", text)
        if text:
            h.bases.append(text)
            used.add(i)
