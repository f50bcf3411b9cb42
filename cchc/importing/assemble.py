"""Header, body and names → the draft plan as data, with the importer's comments and problems.

Every choice the importer makes where the document is not explicit becomes a comment in the
draft (a message key and its arguments, said in the repository's language when rendered);
everything the clerk must supply or decide becomes a `Problem` anchored to a field of the
draft, so the command can list it with the draft's line number.
"""

from __future__ import annotations

import datetime as dt
import re
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from cchc.importing import body as bodymod
from cchc.importing import dues
from cchc.importing.body import Body, Item, Task
from cchc.importing.header import Header
from cchc.importing.names import Found, Resolver
from cchc.importing.targets import find_targets
from cchc.importing.vn import fold, sentence_case, slug

Msg = tuple[str, dict[str, str]]
Anchor = tuple[str, ...]


@dataclass(frozen=True)
class Problem:
    anchor: Anchor
    key: str
    args: dict[str, str]


@dataclass
class DTask:
    id: str
    section: str
    title: str
    text: str
    lead: list[str]
    support: list[str] = field(default_factory=list)
    due: str | None = None
    indicators: list[str] = field(default_factory=list)
    note: str | None = None
    comments: list[Msg] = field(default_factory=list)
    field_comments: dict[str, list[Msg]] = field(default_factory=dict)


@dataclass
class DSection:
    id: str
    title: str
    frameworks: list[str]
    comments: list[Msg] = field(default_factory=list)


@dataclass
class DIndicator:
    id: str
    name: str
    target: str
    owner: str | None
    units: list[str]
    frequency: str
    framework: str | None = None
    comments: list[Msg] = field(default_factory=list)


@dataclass
class Draft:
    source: str
    handle: str
    number: str | None
    title: str | None
    issuer: str | None
    issued: dt.date | None
    period: int | dict[str, str] | None
    coordinator: str | None
    bases: list[str]
    sections: list[DSection]
    tasks: list[DTask]
    indicators: list[DIndicator]
    head: list[Msg] = field(default_factory=list)
    comments: dict[str, list[Msg]] = field(default_factory=dict)
    tail: list[Msg] = field(default_factory=list)
    problems: list[Problem] = field(default_factory=list)


def _add(d: dict[str, list[Msg]], key: str, msg: Msg) -> None:
    d.setdefault(key, []).append(msg)


def _footnote(n: str, text: str) -> str:
    return f"Chú thích {n}: {text}"


def assemble(header: Header, body: Body, footnotes: dict[str, str], resolver: Resolver,
             source: str, handle: str | None = None,
             footnote: Callable[[str, str], str] = _footnote) -> Draft:
    draft = Draft(source, "", header.number, header.title, header.issuer, header.issued, None,
                  None, list(header.bases), [], [], [])
    for key, args in header.missing:
        name = args.get("field", "")
        draft.problems.append(Problem(("field", name), key, args))
    for key, args in header.notes:
        _add(draft.comments, _note_field(key, args), (key, args))
    if header.place:
        _add(draft.comments, "issued", ("import.comment.place", {"place": header.place}))

    builder = _TaskBuilder(draft, resolver, footnotes, footnote)
    for task in body.tasks:
        builder.add(task)
    draft.sections = builder.sections()
    draft.indicators = builder.indicators
    _coordinator(draft, body, builder)
    _period(draft, header, builder.deadline_years)
    draft.handle = handle or suggest_handle(draft.number, draft.issued, draft.period)

    stray = [n for n in dict.fromkeys(body.stray_marks) if n in footnotes
             and n not in builder.cited]
    for n in stray:
        draft.head.append(("import.comment.stray-footnote", {"n": n, "text": footnotes[n]}))
    for line, text in body.excluded:
        draft.tail.append(("import.comment.excluded", {"line": str(line), "text": text}))
    return draft


def _note_field(key: str, args: dict[str, str]) -> str:
    if "field" in args:
        return args["field"]
    return {"import.note.issuer-from-body": "issuer", "import.note.number-differs": "number",
            "import.note.date-differs": "issued"}.get(key, "number")


class _TaskBuilder:
    def __init__(self, draft: Draft, resolver: Resolver, footnotes: dict[str, str],
                 footnote: Callable[[str, str], str]) -> None:
        self.draft = draft
        self.resolver = resolver
        self.footnotes = footnotes
        self.footnote = footnote
        self.section_items: dict[str, Item | None] = {}
        self.indicators: list[DIndicator] = []
        self.cited: set[str] = set()
        self.deadline_years: list[int] = []
        self.previous_assignment: object = None
        self.previous_comments: dict[str, list[Msg]] = {}
        self.previous_section: str | None = None
        self.used_ids: set[str] = set()

    # --- sections ---

    def _section_of(self, task: Task) -> tuple[str, Item]:
        item = task.item
        if task.kind == "point" and item.parent is not None:
            item = item.parent
        if item.path:  # a document without parts or items has no sections
            self.section_items.setdefault(item.path, item)
        return item.path, item

    def sections(self) -> list[DSection]:
        out: list[DSection] = []
        for ident, item in self.section_items.items():
            assert item is not None
            if item.parent is None:
                title = sentence_case(item.title) if item.title else ident
            else:
                title = bodymod.section_title(item)
            section = DSection(ident, title, bodymod.frameworks(item))
            if bodymod.generic_heading(title):
                # "Nội dung thực hiện" heads 1.1 to 1.4 alike: the number tells them apart
                section.title = f"{title} {ident}"
                section.comments.append(("import.comment.generic-heading", {"heading": title}))
            out.append(section)
        return out

    # --- bodies ---

    def _resolve(self, text: str, closed: bool, task: DTask, fld: str) -> list[str]:
        if not text.strip(" ,.;:"):
            return []
        if not self.resolver.keys:
            written = text.strip(" ,.;:")
            self._unresolved(task, fld, written)
            return []
        found, _ = self.resolver.parse(text, open_end=not closed)
        return self._ids(found, task, fld)

    def _ids(self, found: list[Found], task: DTask, fld: str) -> list[str]:
        ids: list[str] = []
        for f in found:
            if f.ident is None:
                self._unresolved(task, fld, f.written)
                continue
            if f.related:
                key = "import.comment.related"
            elif f.how == "generic":
                key = "import.comment.generic"
            elif f.how == "variant":
                key = "import.comment.variant"
            else:
                key = ""
            if key:
                _add(task.field_comments, fld, (key, {"written": f.written, "id": f.ident}))
            if f.ident not in ids:
                ids.append(f.ident)
        return ids

    def _unresolved(self, task: DTask, fld: str, written: str) -> None:
        _add(task.field_comments, fld, ("import.comment.unresolved", {"written": written}))
        self.draft.problems.append(Problem(("task", task.id, fld), "import.problem.unresolved",
                                           {"task": task.id, "written": written,
                                            "field": fld}))

    def _subject(self, text: str, task: DTask) -> tuple[list[str], list[str]]:
        first = re.split(r"(?<=[.])\s", text, maxsplit=1)[0]
        found, end = self.resolver.parse(first, open_end=True)
        if not found:
            return [], []
        lead = self._ids(found, task, "lead")
        rest = first[end:]
        support: list[str] = []
        m = re.match(r"\s*chu tri\b[\s,]*(?:phoi hop(?:\s+voi|\s+cung)?\b)?\s*", fold(rest))
        if m and "phoi hop" in m.group(0):
            found2, _ = self.resolver.parse(rest[m.end():], open_end=True)
            support = self._ids(found2, task, "support")
        return lead, support

    def _from_heading(self, item: Item, task: DTask) -> list[str]:
        current: Item | None = item
        while current is not None and current.parent is not None:
            title = current.title.strip()
            found, end = self.resolver.parse(title, open_end=True)
            if found and not title[end:].strip(" :.") and all(f.ident for f in found):
                _add(task.field_comments, "lead",
                     ("import.comment.lead-from-heading", {"heading": title}))
                return self._ids(found, task, "lead")
            current = current.parent
        return []

    # --- one task ---

    def add(self, task: Task) -> None:
        section, item = self._section_of(task)
        ident = task.id
        while ident in self.used_ids:
            ident += "-b"
        self.used_ids.add(ident)
        d = DTask(ident, section, self._title(task.text), task.text, [])
        if section != self.previous_section and section:
            heading = item.title if item.parent is not None else item.title
            d.comments.append(("import.comment.item", {"id": section,
                                                         "heading": heading or section}))
            self.previous_section = section
        self._who(task, d)
        self._when(task, d)
        marks = list(dict.fromkeys(task.marks + list(task.due.marks if task.due else ())
                                   + list(task.assignment.marks if task.assignment else ())))
        marks = [n for n in marks if n in self.footnotes]
        notes = [self.footnote(n, self.footnotes[n]) for n in marks]
        notes.extend(f"{r}" for r in task.results)
        duties: list[DTask] = []
        for n in marks:
            self.cited.add(n)
            duty = self._duty(d, n, self.footnotes[n])
            if duty is not None:
                duties.append(duty)
                notes[marks.index(n)] += " " + self._duty_ref(duty.id)
        if notes:
            d.note = " ".join(notes)
        self._targets(d, duties)
        self.draft.tasks.append(d)
        self.draft.tasks.extend(duties)

    def _title(self, text: str) -> str:
        """A draft title: what is done, without the bodies that do it ("Phòng Nội vụ chủ trì,
        phối hợp với ... theo dõi, kiểm tra" → "Theo dõi, kiểm tra ...")."""
        if self.resolver.keys:
            found, end = self.resolver.parse(text, open_end=True)
            if found and end > 0:
                rest = text[end:]
                m = re.match(r"\s*(?:chu tri\b[\s,]*)?(?:phoi hop(?:\s+voi|\s+cung)?\b\s*)?"
                             r"(?:co trach nhiem\s+|chiu trach nhiem\s+)?", fold(rest))
                if m and "phoi hop" in m.group(0):
                    _, after = self.resolver.parse(rest[m.end():], open_end=True)
                    rest = rest[m.end():][after:]
                elif m:
                    rest = rest[m.end():]
                rest = rest.strip(" ,;:")
                if len(rest.split()) >= 3:
                    return short_title(rest[:1].upper() + rest[1:])
        return short_title(text)

    def _duty_ref(self, ident: str) -> str:
        return f"(→ {ident})"

    def _who(self, task: Task, d: DTask) -> None:
        a = task.assignment
        repeated = a is not None and a is self.previous_assignment
        self._who_is(task, d)
        if repeated:
            # said once, above the first task the line covers
            d.field_comments = {k: [m for m in v if m not in self.previous_comments.get(k, [])]
                                for k, v in d.field_comments.items()}
        else:
            self.previous_comments = {k: list(v) for k, v in d.field_comments.items()}

    def _who_is(self, task: Task, d: DTask) -> None:
        a = task.assignment
        if a is not None:
            if a is not self.previous_assignment:
                d.comments.append(("import.comment.assignment", {"written": a.written}))
                self.previous_assignment = a
            d.lead = self._resolve(a.roles.lead, True, d, "lead")
            d.support = self._resolve(a.roles.support, True, d, "support")
            if not a.roles.split and len(d.lead) > 1:
                _add(d.field_comments, "lead", ("import.comment.co-leads", {}))
        if not d.lead and self.resolver.keys:
            lead, support = self._subject(task.text, d)
            if lead:
                _add(d.field_comments, "lead", ("import.comment.lead-from-text", {}))
                d.lead = lead
                d.support = d.support or support
        if not d.lead and self.resolver.keys:
            d.lead = self._from_heading(task.item, d)
        d.support = [s for s in d.support if s not in d.lead]
        if not d.lead:
            written = a.written if a is not None else ""
            if not any(p.anchor == ("task", d.id, "lead") for p in self.draft.problems):
                self.draft.problems.append(Problem(("task", d.id, "lead"),
                                                   "import.problem.no-lead",
                                                   {"task": d.id, "written": written}))

    def _when(self, task: Task, d: DTask) -> None:
        if task.due is not None:
            due = dues.normalise(task.due.value)
            if due is None:
                d.due = " ".join(task.due.value.split()).strip(" .")
                self.draft.problems.append(Problem(("task", d.id, "due"),
                                                   "import.problem.bad-due",
                                                   {"task": d.id, "written": task.due.value}))
                return
            d.due = due.value
            if due.partial:
                _add(d.field_comments, "due", ("import.comment.due-partial",
                                               {"written": task.due.value}))
        else:
            due = dues.from_text(task.text)
            if due is None:
                self.draft.problems.append(Problem(("task", d.id, "due"),
                                                   "import.problem.no-due", {"task": d.id}))
                return
            d.due = due.value
            _add(d.field_comments, "due", ("import.comment.due-from-text", {}))
        if due.deadline.due is not None:
            self.deadline_years.append(due.deadline.due.year)

    def _duty(self, d: DTask, n: str, text: str) -> DTask | None:
        """A footnote that sets a recurring duty for a named body → a task of its own."""
        freq = dues.frequency(text)
        if freq is None or not self.resolver.keys:
            return None
        due = dues.normalise(freq)
        if due is None:
            return None
        found, end = self.resolver.parse(text, open_end=True)
        if not found or any(f.ident is None for f in found):
            return None
        rest = text[end:].strip()
        verb_words = rest.split()[:2]
        if not verb_words:
            return None
        ident = f"{d.id}-{slug(' '.join(verb_words), 2)}"
        duty = DTask(ident, d.section, self._title(text), text, [])
        duty.comments.append(("import.comment.duty", {"n": n, "task": d.id}))
        duty.lead = self._ids(found, duty, "lead")
        after = rest[len(" ".join(verb_words)):]
        found2, _ = self.resolver.parse(after, open_end=True)
        duty.support = [s for s in self._ids(found2, duty, "support") if s not in duty.lead]
        duty.due = due.value
        return duty

    def _targets(self, d: DTask, duties: list[DTask]) -> None:
        found = find_targets(d.text)
        if not found:
            return
        taken = {i.id for i in self.indicators}
        framework = None
        if d.note:
            m = re.search(r"\d+/(?:\d{4}/)?[A-ZĐ][\wĐ]*-[A-ZĐa-z][\wĐ]*", d.note)
            framework = m.group(0) if m else None
        frequency, how = "yearly", "default"
        for source in [d, *duties]:
            if source.due in (None, ""):
                continue
            f = dues.normalise(source.due)
            freq = f.deadline.frequency if f is not None else None
            if freq in ("monthly", "quarterly", "yearly"):
                frequency, how = freq, "task" if source is d else "duty"
                break
        for t in found:
            ident = t.ident
            k = 2
            while ident in taken:
                ident = f"{t.ident}-{k}"
                k += 1
            taken.add(ident)
            units = d.support or d.lead
            ind = DIndicator(ident, t.name, t.target, d.lead[0] if d.lead else None, units,
                             frequency, framework)
            ind.comments.append(("import.comment.indicator", {"task": d.id, "name": t.name}))
            ind.comments.append((f"import.comment.frequency-{how}", {"frequency": frequency}))
            if not d.lead:
                self.draft.problems.append(Problem(("indicator", ident, "owner"),
                                                   "import.problem.no-owner", {"id": ident}))
            self.indicators.append(ind)
            d.indicators.append(ident)


def _coordinator(draft: Draft, body: Body, builder: _TaskBuilder) -> None:
    words = ("theo doi", "kiem tra", "don doc", "giam sat")
    organisation = {p.numeral for p in body.parts if p.mode == "organisation"}
    for t in draft.tasks:
        if t.section.split(".")[0] not in organisation:
            continue
        if sum(w in fold(t.text) for w in words) >= 2 and len(t.lead) == 1:
            draft.coordinator = t.lead[0]
            _add(draft.comments, "coordinator", ("import.comment.coordinator", {"task": t.id}))
            return
    _add(draft.comments, "coordinator", ("import.comment.no-coordinator", {}))


def _period(draft: Draft, header: Header, years: list[int]) -> None:
    title = fold(header.title or "")
    span = re.search(r"giai doan\s+(\d{4})\s*-\s*(\d{4})", title)
    if span and int(span.group(1)) <= int(span.group(2)):
        draft.period = {"start": f"{span.group(1)}-01-01", "end": f"{span.group(2)}-12-31"}
        _add(draft.comments, "period", ("import.comment.period-span", {}))
        return
    found = sorted({int(y) for y in re.findall(r"nam\s+(\d{4})", title)})
    if found:
        draft.period = found[-1]
        key = "import.comment.period-title" if len(found) == 1 else \
            "import.comment.period-title-latest"
        _add(draft.comments, "period", (key, {"years": ", ".join(map(str, found))}))
        return
    if years:
        year, _ = Counter(years).most_common(1)[0]
        draft.period = year
        _add(draft.comments, "period", ("import.comment.period-deadlines", {}))
        return
    if draft.issued is not None:
        year = draft.issued.year + (1 if draft.issued.month == 12 else 0)
        draft.period = year
        _add(draft.comments, "period", ("import.comment.period-issued", {}))
        return
    draft.problems.append(Problem(("field", "period"), "import.problem.no-period", {}))


def suggest_handle(number: str | None, issued: dt.date | None, period: Any) -> str:
    year = issued.year if issued else (period if isinstance(period, int) else None)
    if number:
        base = slug(number.replace("/", " "), 6)
        if year and str(year) not in base.split("-"):
            return f"{base}-{year}"
        return base or "ke-hoach"
    return f"ke-hoach-{year}" if year else "ke-hoach"


_TITLE_STOP = {"của", "và", "các", "để", "trong", "tại", "với", "cho", "về", "theo", "như",
               "là", "có", "được", "những", "đối", "từ", "trên", "do", "bằng", "nhằm", "đến",
               "vào", "ở", "mà", "thì", "nên", "hoặc"}


def short_title(text: str, max_words: int = 12) -> str:
    """The first clause of the text, at most about `max_words` words: a draft title."""
    first = text.split("\n")[0]
    first = re.sub(r"\s*\([^()]*\)", "", first)
    clause = re.split(r"(?<=[;.:])\s", first, maxsplit=1)[0].rstrip(" ;.:")
    words = clause.split()
    if len(words) <= max_words + 2:
        return clause
    cut = words[:max_words]
    commas = [k for k, w in enumerate(cut) if w.endswith(",")]
    if commas and commas[-1] + 1 >= 8:
        cut = cut[:commas[-1] + 1]
    while cut and (cut[-1].lower().strip(",;") in _TITLE_STOP or cut[-1].endswith(",")):
        if cut[-1].endswith(",") and cut[-1].lower().strip(",") not in _TITLE_STOP:
            cut[-1] = cut[-1].rstrip(",")
            break
        cut.pop()
    return " ".join(cut).rstrip(",;:")
