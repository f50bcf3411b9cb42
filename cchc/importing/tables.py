"""Tasks listed in a table ("PHỤ LỤC: DANH MỤC NHIỆM VỤ"): one row a task.

A table is a task table when its header row names the task ("Nội dung", "Nhiệm vụ", "Công
việc") and who or when ("chủ trì", "phối hợp", "Thời gian", "Thời hạn"). A row whose only
cell besides the number is the task column, numbered I, II, ... or A, B, ..., heads a group
of rows. Ids come from the number column: `3`, or `II.3` when the numbers restart in each group.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from cchc.importing.lines import Para
from cchc.importing.vn import fold

_COLUMNS = (
    ("number", re.compile(r"^(?:stt|tt|so tt|so thu tu)$")),
    ("support", re.compile(r"phoi hop")),
    ("lead", re.compile(r"chu tri|(?:co quan|don vi)(?: thuc hien)?$|thuc hien$|trach nhiem")),
    ("due", re.compile(r"thoi gian|thoi han|tien do|hoan thanh|moc")),
    ("result", re.compile(r"san pham|ket qua")),
    ("note", re.compile(r"ghi chu")),
    ("task", re.compile(r"noi dung|nhiem vu|cong viec|hoat dong|ten")),
)
_GROUP_NUMBER = re.compile(r"^(?:[IVX]{1,5}|[A-ZĐ])\.?$")


@dataclass
class Row:
    number: str
    text: str
    lead: str
    support: str
    due: str
    result: str
    note: str
    line: int
    group: str = ""


@dataclass
class Table:
    rows: list[Row]
    groups: dict[str, str] = field(default_factory=dict)  # group number → title
    restarts: bool = False


def _columns(cells: tuple[str, ...]) -> dict[str, int] | None:
    found: dict[str, int] = {}
    for k, cell in enumerate(cells):
        folded = fold(cell).strip(" .:")
        for name, pattern in _COLUMNS:
            if name not in found and pattern.search(folded):
                found[name] = k
                break
    if "task" in found and ({"lead", "due", "support"} & set(found)):
        return found
    return None


def read_table(rows: list[Para]) -> Table | None:
    """The tasks of a table, or None when it is not a task table."""
    if not rows or rows[0].cells is None:
        return None
    columns = _columns(rows[0].cells)
    if columns is None:
        return None

    def cell(p: Para, name: str) -> str:
        k = columns.get(name)
        cells = p.cells or ()
        return cells[k].strip() if k is not None and k < len(cells) else ""

    table = Table([])
    group = ""
    seen: set[str] = set()
    for p in rows[1:]:
        cells = [c for c in (p.cells or ()) if c.strip()]
        if not cells or all(re.fullmatch(r"\(?\d{1,2}\)?", c.strip()) for c in cells):
            continue  # an empty row, or the "(1) (2) (3)" row under the header
        number = cell(p, "number").rstrip(".")
        text = cell(p, "task")
        others = [cell(p, n) for n in ("lead", "support", "due", "result")]
        if _GROUP_NUMBER.match(number or "") and not any(others):
            group = number.rstrip(".")
            table.groups[group] = text
            continue
        if not text:
            continue
        if number and number in seen:
            table.restarts = True
        if number:
            seen.add(number)
        if _GROUP_NUMBER.match(number):
            number = ""
        lead, support, due, result = others
        table.rows.append(Row(number, text, lead, support, due, result, cell(p, "note"), p.line,
                              group))
    if table.restarts:
        for row in table.rows:
            seen_groups = table.groups
            if row.group and row.group in seen_groups:
                row.number = f"{row.group}.{row.number}" if row.number else row.number
    return table if table.rows else None


