"""Targets written in a task → indicators: "Chỉ số mức độ hài lòng đạt trên 95%" →
`{name: Chỉ số mức độ hài lòng, target: "> 95%"}`; "không có hồ sơ trễ hạn" → a count of late
dossiers, `target: "<= 0"`.

Only comparisons a reader would call a target are taken: a percentage after "trên", "từ",
"tối thiểu", "ít nhất", "không dưới", "dưới", "tối đa", "không quá", "đạt" (or "... % trở
lên"), and "không có" + dossiers late or overdue in a line that names an index ("Chỉ số", "Tỷ
lệ") or a sub-bullet. A percentage of something else ("giảm 10% thời gian") is left alone.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from cchc.importing.vn import fold, slug

_OPS = (("khong thap hon", ">="), ("khong duoi", ">="), ("toi thieu", ">="), ("it nhat", ">="),
        ("khong vuot qua", "<="), ("khong qua", "<="), ("toi da", "<="), ("tren", ">"),
        ("tu", ">="), ("duoi", "<"), ("bang", "="), ("dat", ">="))
_PERCENT = re.compile(
    r"(?:\b(?P<verb>dat)(?:\s+(?:ty le|muc|khoang))?\s+)?"
    r"\b(?P<op>khong thap hon|khong duoi|toi thieu|it nhat|khong vuot qua|khong qua|toi da"
    r"|tren|tu|duoi|bang|dat)?\s*(?P<num>\d{1,3}(?:[.,]\d+)?)\s*%"
    r"(?P<up>\s*tro len)?")
_NONE = re.compile(r"khong (?:de )?(?:co|xay ra) (?P<what>(?:ho so|truong hop|van ban)"
                   r"[^,.;]*?(?:tre han|qua han|tre hen|vi pham)[^,.;]*)")
_GENERIC = ("chi so", "ty le", "so luong", "muc do")
_STOP = ("tren", "tai", "cua", "trong", "theo", "doi voi", "dat")


@dataclass(frozen=True)
class Target:
    name: str
    target: str
    ident: str


def _segments(text: str) -> list[tuple[str, bool]]:
    """Lines of the task; a sub-bullet line is flagged."""
    out: list[tuple[str, bool]] = []
    for line in text.split("\n"):
        sub = line[:2] in ("+ ", "- ", "* ", "• ")
        out.append((line[2:] if sub else line, sub))
    return out


def _ident(name: str) -> str:
    folded = fold(name)
    stripped = True
    while stripped:
        stripped = False
        for g in _GENERIC:
            if folded.startswith(g + " "):
                name, folded = name[len(g) + 1:], folded[len(g) + 1:]
                stripped = True
    folded = re.split(r"[,:;(]", folded)[0]
    words = folded.split()
    for k, w in enumerate(words):
        if k and (w in _STOP or " ".join(words[k:k + 2]) in _STOP):
            words = words[:k]
            break
    words = [w for w in words if w not in ("tthc",)]
    text = " ".join(words).replace("ho so ", "").replace(" ho so", "") or " ".join(words)
    return slug(text, 5) or "chi-so"


def find_targets(text: str) -> list[Target]:
    found: list[Target] = []
    for segment, sub in _segments(text):
        folded = fold(segment)
        names_index = sub or folded.startswith(_GENERIC)
        for m in _PERCENT.finditer(folded):
            op_word = m.group("op") or ("dat" if m.group("verb") else None)
            if op_word is None and not m.group("up"):
                continue
            op = ">=" if m.group("up") else dict(_OPS)[op_word or "dat"]
            number = m.group("num").replace(",", ".")
            name = _name(segment, m.start())
            if not name:
                continue
            found.append(Target(name, f"{op} {number}%", _ident(name)))
        if names_index:
            m2 = _NONE.search(folded)
            if m2:
                what = segment[m2.start("what"):m2.end("what")].strip()
                name = "Số " + what
                found.append(Target(name, "<= 0", _ident(what)))
    return found


def _name(segment: str, end: int) -> str:
    """The words a target measures: the start of its sentence, up to the target."""
    head = segment[:end]
    head = re.split(r"[;.](?:\s|$)", head)[-1]
    head = re.sub(r"(?i)\s*(?:đạt|phấn đấu|bảo đảm|đảm bảo)\s*$", "", head.strip())
    head = head.strip(" :,-")
    return head if len(head.split()) >= 2 else ""
