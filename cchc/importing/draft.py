"""The draft → YAML text a clerk reviews: block style, one field a line, comments where the
importer chose or could not resolve, and the line of every field it may point a problem at.

Written by hand rather than by a YAML library so that comments sit above what they explain and
the layout follows the repository's own plan files. Every scalar is checked to read back as the
same text (else it is quoted), so the output is valid YAML whatever the document holds.
"""

from __future__ import annotations

import datetime as dt
import json
import textwrap
import unicodedata
from dataclasses import dataclass, field

import yaml

from cchc import i18n
from cchc.importing.assemble import Anchor, Draft, Msg

WIDTH = 100


def scalar(value: object) -> str:
    """`value` as a one-line YAML scalar: plain when it reads back unchanged, else quoted."""
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, int):
        return str(value)
    if isinstance(value, dt.date):
        return value.isoformat()
    text = str(value)
    if text and "\n" not in text and " #" not in text and not text.startswith("#"):
        try:
            if yaml.safe_load(f"k: {text}") == {"k": text}:
                return text
        except yaml.YAMLError:
            pass
    return json.dumps(text, ensure_ascii=False)


def quoted(value: str) -> str:
    return json.dumps(value, ensure_ascii=False)


@dataclass
class Rendered:
    text: str
    anchors: dict[Anchor, int] = field(default_factory=dict)


class _Out:
    def __init__(self, lang: str) -> None:
        self.lang = lang
        self.lines: list[str] = []
        self.anchors: dict[Anchor, int] = {}

    @property
    def next_line(self) -> int:
        return len(self.lines) + 1

    def comment(self, msg: Msg, indent: int = 0) -> None:
        key, args = msg
        self.comment_text(i18n.t(self.lang, key, **args), indent)

    def comment_text(self, text: str, indent: int = 0) -> None:
        pad = " " * indent
        for paragraph in text.split("\n"):
            wrapped = textwrap.wrap(paragraph, WIDTH - indent - 2, break_long_words=False,
                                    break_on_hyphens=False) or [""]
            self.lines.extend(f"{pad}# {w}".rstrip() for w in wrapped)

    def field(self, key: str, value: object, indent: int, anchor: Anchor | None = None,
              first: bool = False) -> None:
        prefix = " " * (indent - 2) + "- " if first else " " * indent
        if anchor is not None:
            self.anchors[anchor] = self.next_line
        self.lines.append(f"{prefix}{key}: {scalar(value)}")

    def ids(self, key: str, values: list[str], indent: int, anchor: Anchor | None = None,
            always_list: bool = False) -> None:
        if anchor is not None:
            self.anchors[anchor] = self.next_line
        pad = " " * indent
        if not values:
            self.lines.append(f"{pad}{key}: []")
        elif len(values) == 1 and not always_list:
            self.lines.append(f"{pad}{key}: {scalar(values[0])}")
        else:
            self.lines.append(f"{pad}{key}:")
            self.lines.extend(f"{pad}  - {scalar(v)}" for v in values)

    def folded(self, key: str, text: str, indent: int) -> None:
        """Long prose on several lines (`>-`): YAML joins them back with single spaces."""
        pad = " " * indent
        line = f"{pad}{key}: {scalar(text)}"
        if len(line) <= WIDTH or "\n" in text or "  " in text or text != text.strip():
            self.lines.append(line)
            return
        self.lines.append(f"{pad}{key}: >-")
        self.lines.extend(f"{pad}  {w}" for w in textwrap.wrap(
            text, WIDTH - indent - 2, break_long_words=False, break_on_hyphens=False))

    def block(self, key: str, text: str, indent: int) -> None:
        pad = " " * indent
        body = [line.strip() for line in text.split("\n")]
        if len(body) == 1 and len(f"{pad}{key}: {scalar(body[0])}") <= WIDTH:
            self.lines.append(f"{pad}{key}: {scalar(body[0])}")
            return
        self.lines.append(f"{pad}{key}: |-")
        self.lines.extend(f"{pad}  {line}" if line else "" for line in body)


def render(draft: Draft, lang: str, modeline: str = "") -> Rendered:
    out = _Out(lang)
    if modeline:
        out.lines.append(modeline.rstrip("\n"))
    out.comment(("import.comment.header", {"source": draft.source, "handle": draft.handle}))
    out.comment(("import.comment.conventions", {}))
    for msg in draft.head:
        out.comment(msg)

    c = draft.comments
    for name, value in (("number", draft.number), ("title", draft.title),
                        ("issuer", draft.issuer), ("issued", draft.issued),
                        ("period", draft.period), ("coordinator", draft.coordinator)):
        for msg in c.get(name, []):
            out.comment(msg)
        if value is None:
            out.anchors[("field", name)] = out.next_line
            if name != "coordinator":
                out.comment(("import.comment.field-missing", {"field": name}))
            if name == "period":
                out.lines.append("period:")
            continue
        if isinstance(value, dict):
            out.anchors[("field", name)] = out.next_line
            out.lines.append(f"{name}:")
            for k, v in value.items():
                out.lines.append(f"  {k}: {v}")
            continue
        out.field(name, value, 0, ("field", name))
    if draft.bases:
        out.lines.append("bases:")
        out.lines.extend(f"  - {scalar(b)}" for b in draft.bases)

    out.lines.append("")
    out.lines.append("sections:" if draft.sections else "sections: []")
    for s in draft.sections:
        for msg in s.comments:
            out.comment(msg, 2)
        out.field("id", s.id if not s.id.isdigit() else s.id, 4, ("section", s.id), first=True)
        out.lines[-1] = f"  - id: {quoted(s.id)}"
        out.field("title", s.title, 4)
        if s.frameworks:
            out.ids("frameworks", s.frameworks, 4, always_list=True)

    out.lines.append("")
    out.lines.append("tasks:" if draft.tasks else "tasks: []")
    for t in draft.tasks:
        for msg in t.comments:
            out.comment(msg, 2)
        out.anchors[("task", t.id)] = out.next_line
        out.lines.append(f"  - id: {quoted(t.id)}")
        if t.section:
            out.lines.append(f"    section: {quoted(t.section)}")
        out.field("title", t.title, 4, ("task", t.id, "title"))
        out.block("text", t.text, 4)
        fc = t.field_comments
        for fld, values in (("lead", t.lead), ("support", t.support)):
            for msg in fc.get(fld, []):
                out.comment(msg, 4)
            if values or fld == "lead":
                out.ids(fld, values, 4, ("task", t.id, fld))
            else:
                out.anchors[("task", t.id, fld)] = out.anchors[("task", t.id, "lead")]
        for msg in fc.get("due", []):
            out.comment(msg, 4)
        out.anchors[("task", t.id, "due")] = out.next_line
        out.lines.append(f"    due: {scalar(t.due) if t.due else quoted('')}")
        if t.indicators:
            out.ids("indicators", t.indicators, 4, always_list=True)
        if t.note:
            out.folded("note", t.note, 4)

    if draft.indicators:
        out.lines.append("")
        out.lines.append("indicators:")
    for ind in draft.indicators:
        for msg in ind.comments:
            out.comment(msg, 2)
        out.anchors[("indicator", ind.id)] = out.next_line
        out.lines.append(f"  - id: {ind.id}")
        out.field("name", ind.name, 4)
        if ind.framework:
            out.field("framework", ind.framework, 4)
        out.lines.append(f"    target: {quoted(ind.target)}")
        out.lines.append("    per: unit")
        if ind.units:
            out.ids("units", ind.units, 4, always_list=True)
        out.lines.append(f"    frequency: {ind.frequency}")
        out.anchors[("indicator", ind.id, "owner")] = out.next_line
        out.lines.append(f"    owner: {scalar(ind.owner) if ind.owner else quoted('')}")

    if draft.tail:
        out.lines.append("")
        for msg in draft.tail:
            out.comment(msg)
    text = "\n".join(out.lines).rstrip("\n") + "\n"
    return Rendered(unicodedata.normalize("NFC", text), out.anchors)
