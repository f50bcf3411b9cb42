"""The structure read from a plan's body: parts, items, tasks, and the lines that say when
and who. Plain data, shared by `body` (which builds it), `inline` and `assemble`."""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from cchc.importing.names import Roles
from cchc.importing.vn import sentence_case


@dataclass
class Assignment:
    """A "Cơ quan thực hiện" line (or "Cơ quan chủ trì" + "Cơ quan phối hợp" lines)."""

    roles: Roles
    written: str
    marks: tuple[str, ...] = ()


@dataclass
class DueLine:
    value: str
    written: str
    marks: tuple[str, ...] = ()


@dataclass
class Task:
    id: str
    item: Item
    text: str
    line: int
    marks: list[str] = field(default_factory=list)
    due: DueLine | None = None
    assignment: Assignment | None = None
    results: list[str] = field(default_factory=list)
    kind: str = "bullet"  # bullet | paragraph | point (a numbered line that is the task)
    dropped: bool = False


@dataclass
class Item:
    path: str
    title: str
    level: int
    parent: Item | None
    part: Part
    heading_line: int = 0
    bullet: str | None = None
    bullet_indent: int = 0
    count: int = 0                      # tasks numbered in this item so far
    last_number: int = 0                # the highest numbered child point (organisation)
    due: DueLine | None = None          # the item's latest "Thời gian" line
    assignment: Assignment | None = None
    pending_due: list[Task] = field(default_factory=list)
    pending_body: list[Task] = field(default_factory=list)
    own_task: Task | None = None        # the numbered line itself, while it may be a task
    lead_label: Assignment | None = None  # a "Cơ quan chủ trì" line waiting for "phối hợp"
    letter: bool = False                # "a)", "b)": a sub-level of a numbered item
    children: int = 0                   # items opened under it
    first_task: int = 0                 # how many tasks there were when the item opened

    def item_tasks(self, tasks: list[Task]) -> int:
        return sum(1 for t in tasks[self.first_task:] if not t.dropped)

    @property
    def headings(self) -> list[str]:
        out: list[str] = []
        item: Item | None = self
        while item is not None:
            out.append(item.title)
            item = item.parent
        return out


@dataclass
class Part:
    numeral: str
    title: str
    mode: str     # skip | content | organisation
    prefix: str   # "" or the numeral, prepended to item numbers


@dataclass
class Body:
    tasks: list[Task]
    items: dict[str, Item]
    parts: list[Part]
    excluded: list[tuple[int, str]]    # paragraphs of the organisation part not taken as tasks
    stray_marks: list[str]             # footnotes cited outside any task


def section_title(item: Item) -> str:
    """An item's heading as a section title: `Nội dung “X”` → `X`; caps → sentence case."""
    title = item.title.strip().rstrip(":").strip()
    m = re.match(r"^(?:Nội dung|Lĩnh vực|Chỉ số)\s*[\"“](.+)[\"”]\.?$", title)
    if m:
        title = m.group(1)
    if title == title.upper() and any(c.isalpha() for c in title):
        title = sentence_case(title)
    return title


def frameworks(item: Item) -> list[str]:
    """Index names in parentheses in the headings above a task: "(PAR INDEX)", "(PAPI)"."""
    found: list[str] = []
    for title in reversed(item.headings):
        for m in re.finditer(r"[Cc]hỉ số[^()]*\(([A-Z][A-Z0-9 .\-]{1,20})\)", title):
            name = m.group(1).strip()
            if name not in found:
                found.append(name)
    return found
