"""What a task says of itself: "- Rà soát ... (Phòng Tư pháp chủ trì; thời gian: Quý II/2024)"
or "... . Thời gian: Tháng 01/2024. Cơ quan chủ trì: Phòng Nội vụ." inside its own words."""

from __future__ import annotations

import re

from cchc.importing import dues, shapes
from cchc.importing.names import Roles, split_roles
from cchc.importing.structure import Assignment, DueLine, Task
from cchc.importing.vn import fold

_INNER_LABEL = re.compile(
    r"[;.]\s+(?=(?:thoi gian|thoi han|co quan|don vi)(?: [a-z ]{0,30})?\s*:)")


def split_labels(text: str) -> list[str]:
    """"Cơ quan chủ trì: X; cơ quan phối hợp: Y; thời gian: Z" → three labels."""
    folded = fold(text)
    cuts = [m.end() for m in _INNER_LABEL.finditer(folded)]
    if not cuts:
        return [text]
    out: list[str] = []
    start = 0
    for cut in cuts:
        out.append(text[start:cut].strip(" ;."))
        start = cut
    out.append(text[start:].strip())
    return [o[:1].upper() + o[1:] for o in out if o]


_TRAILING = re.compile(r"\(([^()]{4,200})\)[\s.;]*$")
_INLINE_CUT = re.compile(r";\s*|,\s*(?=(?:thoi gian|thoi han|hoan thanh|truoc ngay"
                         r"|trong (?:quy|thang|nam)))")


def inline_labels(task: Task) -> None:
    """"- Rà soát ... (Phòng Tư pháp chủ trì; thời gian: Quý II/2024)" or "... . Thời gian:
    Quý II/2024. Cơ quan chủ trì: Phòng Tư pháp.": what the task itself says, in its own
    words, wins over the lines that cover it."""
    first = task.text.split("\n")[0]
    trailing = _TRAILING.search(first)
    parts = split_labels(first[:trailing.start()] if trailing else first)
    if len(parts) > 1:
        lead: Assignment | None = None
        for piece in parts[1:]:
            lab = shapes.label(piece)
            if lab is None:
                continue
            if lab.kind == "due":
                task.due = DueLine(lab.value, piece)
            elif lab.kind == "support" and lead is not None:
                lead.roles = Roles(lead.roles.lead, lab.value, True)
                lead.written += f"; {piece}"
            elif lab.kind in ("body", "lead", "support"):
                roles = split_roles(lab.value) if lab.kind == "body" else (
                    Roles(lab.value, "", True) if lab.kind == "lead"
                    else Roles("", lab.value, True))
                task.assignment = Assignment(roles, piece)
                lead = task.assignment if lab.kind == "lead" else None
    if trailing is None:
        return
    inner = trailing.group(1)
    folded = fold(inner)
    if not any(w in folded for w in ("chu tri", "phoi hop", "thoi gian", "thoi han",
                                      "hoan thanh", "thuc hien")):
        return
    pieces: list[str] = []
    start = 0
    for cut in _INLINE_CUT.finditer(folded):
        pieces.append(inner[start:cut.start()])
        start = cut.end()
    pieces.append(inner[start:])
    for piece in (x.strip(" .") for x in pieces):
        lab = shapes.label(piece)
        if lab is not None and lab.kind == "due":
            task.due = DueLine(lab.value, piece)
        elif lab is not None and lab.kind in ("body", "lead", "support"):
            roles = split_roles(lab.value) if lab.kind == "body" else (
                Roles(lab.value, "", True) if lab.kind == "lead" else Roles("", lab.value, True))
            task.assignment = Assignment(roles, piece)
        elif "chu tri" in fold(piece) or "phoi hop" in fold(piece):
            task.assignment = Assignment(split_roles(piece), piece)
        elif dues.normalise(piece) is not None:
            due = dues.normalise(piece)
            if due is not None and not due.partial or fold(piece).startswith(
                    ("hoan thanh", "trong", "truoc", "cham nhat")):
                task.due = DueLine(piece, piece)
