"""The body of a plan: parts, numbered items, tasks, and the lines that say when and who.

Ids come from the document's numbering (docs/format.md, "Plans"): the n-th task of item 1.2 is
`1.2.n`; an item written as paragraphs instead of bullets is task `1.2.1`; in the part that
organises the implementation ("TỔ CHỨC THỰC HIỆN"), each numbered point or paragraph is a task
`III.n`. Letters under an item ("a) Nhiệm vụ") add no level when they only name what follows;
a letter with its own heading is a level (`1.2.a.1`).

"Thời gian thực hiện" covers the tasks above it, back to the previous such line of the same
item; so does each "Cơ quan thực hiện" line. Tasks after an item's last such line take that
line; tasks of an item with none take its parent's.
"""

from __future__ import annotations

import re

from cchc.importing import shapes
from cchc.importing.inline import inline_labels, split_labels
from cchc.importing.lines import Para
from cchc.importing.names import Roles, split_roles
from cchc.importing.structure import (
    Assignment,
    Body,
    DueLine,
    Item,
    Part,
    Task,
    frameworks,
    section_title,
)
from cchc.importing.vn import ends_sentence, fold

__all__ = ["Body", "Item", "Task", "frameworks", "generic_heading", "parse_body",
           "section_title"]

_NO_TASKS = ("muc dich", "yeu cau", "muc tieu", "can cu", "ket qua", "tinh hinh", "danh gia",
             "quan diem", "pham vi", "doi tuong", "su can thiet", "kinh phi", "nguon kinh phi",
             "thuc trang", "co so")
_ORGANISATION = ("to chuc thuc hien", "trach nhiem thuc hien", "phan cong thuc hien",
                 "to chuc trien khai")
_GENERIC_HEADINGS = {"nhiem vu", "nhiem vu cu the", "noi dung", "noi dung thuc hien",
                     "giai phap", "nhiem vu, giai phap", "cac nhiem vu", "nhiem vu trong tam",
                     "cac nhiem vu cu the", "noi dung cong viec", "cong viec", "hoat dong",
                     "nhiem vu va giai phap", "cac hoat dong", "noi dung nhiem vu"}
_CONDITIONAL = re.compile(r"^(?:trong qua trinh (?:trien khai )?(?:to chuc )?thuc hien|neu co)\b")
_ACTOR_START = ("phong ", "uy ban", "ubnd", "so ", "ban ", "van phong", "thanh tra", "cong an",
                "cac co quan", "cac don vi", "thu truong", "chu tich", "giam doc", "truong ",
                "hdnd", "trung tam", "doan ", "hoi ", "mat tran", "cac phong", "cac so")


def _child(path: str, n: object) -> str:
    """The id of the n-th task or sub-item of `path` ("" is a document without parts)."""
    return f"{path}.{n}" if path else str(n)


def _part_mode(title: str) -> str:
    folded = fold(title)
    if any(w in folded for w in _ORGANISATION):
        return "organisation"
    if any(folded.startswith(w) or f" {w}" in folded for w in _NO_TASKS) and not any(
            w in folded for w in ("nhiem vu", "giai phap", "noi dung")):
        return "skip"
    return "content"


def _content_like(title: str) -> bool:
    """A numbered line that is itself a task, not a heading over tasks."""
    n = len(title.split())
    text = title.rstrip()
    if text.endswith(":"):
        return False
    return (ends_sentence(text) and n >= 8) or n > 30


def _generic(title: str) -> bool:
    return fold(title).strip(" :.;") in _GENERIC_HEADINGS


def generic_heading(title: str) -> bool:
    """A heading that names no content ("Nội dung thực hiện", "Nhiệm vụ")."""
    return _generic(title)


class _Parser:
    def __init__(self, paras: list[Para]) -> None:
        self.paras = paras
        self.tasks: list[Task] = []
        self.items: dict[str, Item] = {}
        self.parts: list[Part] = []
        self.excluded: list[tuple[int, str]] = []
        self.stray: list[str] = []
        self.part: Part | None = None
        self.root: Item | None = None   # the part itself, as the outermost item
        self.stack: list[Item] = []
        self.current: Task | None = None
        self.closing = False
        self.has_parts = any(shapes.is_part(p.text) and p.bullet is None for p in paras)
        self.table: list[Para] = []

    # --- items ---

    @property
    def item(self) -> Item | None:
        return self.stack[-1] if self.stack else self.root

    def _start_part(self, numeral: str, title: str) -> None:
        self._close_part()
        mode = _part_mode(title)
        content_parts = [p for p in self.parts if p.mode == "content"]
        prefix = "" if mode == "content" and not content_parts else numeral
        self.part = Part(numeral, title, mode, prefix)
        self.parts.append(self.part)
        self.root = Item(numeral, title, 0, None, self.part)
        self.items[numeral] = self.root
        self.closing = False

    def _close_part(self) -> None:
        while self.stack:
            self._pop()
        if self.root is not None:
            self._settle(self.root)
        self.root = None
        self.current = None

    def _pop(self) -> None:
        item = self.stack.pop()
        if item.own_task is None and not item.children and item.part.mode != "skip" \
                and not _generic(item.title) \
                and not any(not t.dropped for t in self.tasks[item.first_task:]):
            # "1.2. Rà soát văn bản" (+ "Thời gian: ...") with no bullet: the item is the task
            task = Task(item.path, item, item.title.rstrip(" :"), item.heading_line,
                        kind="point", due=item.due, assignment=item.assignment)
            self.tasks.insert(item.first_task, task)
        self._settle(item)
        parent = self.item
        if parent is not None and parent is not item:
            parent.pending_due.extend(item.pending_due)
            parent.pending_body.extend(item.pending_body)
            item.pending_due, item.pending_body = [], []

    def _settle(self, item: Item) -> None:
        """Tasks of `item` after its last line of a kind take that line."""
        if item.due is not None:
            for t in item.pending_due:
                t.due = t.due or item.due
            item.pending_due = []
        if item.assignment is not None:
            for t in item.pending_body:
                t.assignment = t.assignment or item.assignment
            item.pending_body = []

    def _open_item(self, number: str, title: str, line: int, letter: bool = False) -> None:
        assert self.part is not None
        if letter:
            parent = self.item
            while self.stack and self.stack[-1].letter:
                self._pop()
                parent = self.item
            assert parent is not None
            path = _child(parent.path, number)
            level = parent.level + 1
        else:
            level = number.count(".") + 1
            while self.stack and self.stack[-1].level >= level:
                self._pop()
            path = f"{self.part.prefix}.{number}" if self.part.prefix else number
            if self.root is not None and "." not in number and number.isdigit():
                self.root.last_number = max(self.root.last_number, int(number))
        parent = self.item
        if parent is not None:
            parent.children += 1
        item = Item(path, title, level, parent, self.part, heading_line=line, letter=letter,
                    first_task=len(self.tasks))
        self.stack.append(item)
        self.items[path] = item
        self.current = None
        if _content_like(title):
            task = self._new_task(item, path, title, line, "point", count=False)
            item.own_task = task

    # --- tasks ---

    def _new_task(self, item: Item, ident: str, text: str, line: int, kind: str,
                  marks: tuple[str, ...] = (), count: bool = True) -> Task:
        if count:
            item.count += 1
        task = Task(ident, item, text, line, list(marks), kind=kind)
        self.tasks.append(task)
        item.pending_due.append(task)
        item.pending_body.append(task)
        self.current = task
        return task

    def _drop(self, task: Task) -> None:
        task.dropped = True
        for item in self.items.values():
            if task in item.pending_due:
                item.pending_due.remove(task)
            if task in item.pending_body:
                item.pending_body.remove(task)

    def _task_item(self) -> Item | None:
        """The item new tasks go to; a numbered line that was a task becomes a heading."""
        item = self.item
        if item is not None and item.own_task is not None:
            self._drop(item.own_task)
            item.own_task = None
        return item

    # --- lines ---

    def feed(self, p: Para) -> None:
        if p.cells is not None:
            self.table.append(p)
            return
        if self.table:
            self._flush_table()
        folded = fold(p.text)
        if p.bullet is None and p.cells is None and shapes.is_part(p.text):
            m = shapes.PART.match(p.text)
            assert m is not None
            self._start_part(m.group("num"), m.group("title"))
            return
        if p.bullet is None and (shapes.CLOSING.match(folded) or shapes.ARTICLE.match(p.text)):
            self._close_part()
            self.closing = True
            return
        if self.part is None and not self.has_parts and not self.closing:
            # No parts: the tasks start at the first numbered item or bullet.
            if shapes.numbered(p.text) is None and p.bullet is None:
                return
            self._start_part("", "")
        if self.part is None or self.closing or self.part.mode == "skip":
            self.stray.extend(p.marks)
            return
        lab = shapes.label(p.text)
        if lab is not None:
            for part in split_labels(p.text):
                self._label(part, p.marks)
            self.current = None
            return
        if p.bullet is None:
            n = shapes.numbered(p.text)
            if n is not None:
                self._open_item(n[0], n[1], p.line)
                self.current = self.item.own_task if self.item else None
                return
            m = shapes.LETTER.match(p.text)
            if m is not None:
                if not _generic(m.group("title")):
                    self._open_item(m.group("letter"), m.group("title"), p.line, letter=True)
                    self.current = self.item.own_task if self.item else None
                else:
                    self.current = None
                return
            self._paragraph(p)
            return
        self._bullet(p)

    def _label(self, text: str, marks: tuple[str, ...]) -> None:
        lab = shapes.label(text)
        item = self.item
        if lab is None or item is None:
            return
        scope = self._scope(item)
        if lab.kind == "due":
            due = DueLine(lab.value, shapes.label_text(text), marks)
            for it in scope:
                for t in it.pending_due:
                    t.due = due
                it.pending_due = []
            item.due = due
            return
        if lab.kind == "result":
            for t in item.pending_body or ([self.current] if self.current else []):
                t.results.append(lab.value)
            return
        if lab.kind == "support" and item.lead_label is not None:
            lead = item.lead_label
            lead.roles = Roles(lead.roles.lead, lab.value, True)
            lead.written = lead.written.rstrip(" .;") + "; " + shapes.label_text(text)
            return
        if lab.kind == "lead":
            roles = Roles(lab.value, "", True)
        elif lab.kind == "support":
            roles = Roles("", lab.value, True)
        else:
            roles = split_roles(lab.value)
        assignment = Assignment(roles, shapes.label_text(text), marks)
        for it in scope:
            for t in it.pending_body:
                t.assignment = assignment
            it.pending_body = []
        item.assignment = assignment
        item.lead_label = assignment if lab.kind == "lead" else None

    def _scope(self, item: Item) -> list[Item]:
        """A line under "a) ... b) ..." also covers the tasks of the letters above it."""
        out = [item]
        while item.letter and item.parent is not None:
            item = item.parent
            out.append(item)
        return out

    def _bullet(self, p: Para) -> None:
        item = self.item
        assert item is not None
        sub = self.current is not None and (
            (item.bullet is not None and (p.bullet != item.bullet
                                          or p.indent > item.bullet_indent))
            or (item.bullet is None and (p.bullet or "") in shapes.SUB_BULLETS))
        if sub and self.current is not None:
            self.current.text += f"\n{p.bullet} {p.text}"
            self.current.marks.extend(p.marks)
            return
        item = self._task_item()
        assert item is not None
        if item.bullet is None:
            item.bullet, item.bullet_indent = p.bullet, p.indent
            # Paragraphs before the first bullet were an introduction, not a task.
            for t in list(item.pending_body):
                if t.kind == "paragraph" and t.item is item and t.assignment is None \
                        and t.due is None:
                    self._drop(t)
                    item.count -= 1
        self._new_task(item, _child(item.path, item.count + 1), p.text, p.line, "bullet",
                       p.marks)

    def _paragraph(self, p: Para) -> None:
        item = self.item
        assert item is not None and self.part is not None
        folded = fold(p.text)
        if self.part.mode == "organisation":
            if _CONDITIONAL.match(folded):
                self.excluded.append((p.line, p.text))
                self.current = None
                return
            if self.current is not None and not folded.startswith(_ACTOR_START):
                self._continue(p)
                return
            top = self.stack[-1] if self.stack else None
            if top is not None and top.own_task is None and top.item_tasks(self.tasks) == 0 \
                    or top is not None and top.own_task is None and self.current is not None \
                    and self.current.item is top:
                # "2. Chế độ báo cáo" + its paragraphs: tasks of the point, III.2.1, III.2.2
                self._new_task(top, _child(top.path, top.count + 1), p.text, p.line,
                               "paragraph", p.marks)
                return
            while self.stack:
                self._pop()
            root = self.root
            assert root is not None
            number = max(root.count, root.last_number) + 1
            root.count = number
            self._new_task(root, _child(root.path, number), p.text, p.line, "paragraph",
                           p.marks, count=False)
            return
        if self.current is not None:
            self._continue(p)
            return
        item = self._task_item()
        assert item is not None
        self._new_task(item, _child(item.path, item.count + 1), p.text, p.line, "paragraph",
                       p.marks)

    def _continue(self, p: Para) -> None:
        assert self.current is not None
        sep = " " if "\n" not in self.current.text else "\n"
        self.current.text += sep + p.text
        self.current.marks.extend(p.marks)

    def _flush_table(self) -> None:
        from cchc.importing.tables import read_table

        rows, self.table = self.table, []
        table = read_table(rows)
        if table is None:
            return
        container = self.item if (self.part is not None and not self.closing
                                  and self.part.mode != "skip" and self.stack) else None
        if container is not None:
            # "Danh mục nhiệm vụ tại Phụ lục kèm theo." introduced the table
            for t in list(container.pending_body):
                if t.kind == "paragraph" and t.item is container and t.assignment is None \
                        and t.due is None:
                    self._drop(t)
                    container.count -= 1
        groups: dict[str, Item] = {}
        counts: dict[str, int] = {}
        part = self.part or Part("", "", "content", "")
        for row in table.rows:
            base = container.path if container is not None else ""
            key = row.group or ""
            if key not in groups:
                if row.group:
                    path = f"{base}.{row.group}" if base else row.group
                    title = table.groups.get(row.group, row.group)
                elif container is not None:
                    path, title = container.path, container.title
                else:
                    path, title = "PL", "Phụ lục"
                groups[key] = container if (container is not None and not row.group) \
                    else Item(path, title, 1, container, part)
                self.items.setdefault(path, groups[key])
            item = groups[key]
            counts[key] = counts.get(key, 0) + 1
            number = row.number or (f"{row.group}.{counts[key]}" if row.group
                                    else str(counts[key]))
            ident = f"{base}.{number}" if base else number
            task = Task(ident, item, row.text, row.line, kind="row")
            if row.due:
                task.due = DueLine(row.due, row.due)
            if row.lead or row.support:
                written = " / ".join(x for x in (row.lead, row.support) if x)
                task.assignment = Assignment(Roles(row.lead, row.support, True), written)
            if row.result:
                task.results.append(row.result)
            self.tasks.append(task)
        self.current = None

    def run(self) -> Body:
        for p in self.paras:
            self.feed(p)
        if self.table:
            self._flush_table()
        self._close_part()
        for t in self.tasks:
            if t.kind != "row":
                inline_labels(t)
        tasks = [t for t in self.tasks if not t.dropped]
        return Body(tasks, self.items, self.parts, self.excluded, self.stray)


def parse_body(paras: list[Para]) -> Body:
    return _Parser(paras).run()
