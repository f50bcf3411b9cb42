"""One import, end to end: the document → the draft's text and what the clerk must fix.

The stages run in order over plain data (`text` → `lines` → `header` + `body` → `assemble` →
`draft` → `verify`); this module only wires them and turns anchors into the draft's lines.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path

from cchc import i18n
from cchc.importing.assemble import Draft, assemble
from cchc.importing.body import parse_body
from cchc.importing.draft import render
from cchc.importing.header import read_header
from cchc.importing.lines import clean
from cchc.importing.names import Resolver
from cchc.importing.text import read_lines
from cchc.importing.verify import verify
from cchc.model.registry import Registry


@dataclass(frozen=True, order=True)
class Issue:
    """Something the clerk must fix, at a line of the draft."""

    line: int
    column: int
    message: str
    code: str = ""   # the check's code, for problems `cchc check` finds


@dataclass
class Outcome:
    draft: Draft
    text: str
    issues: list[Issue]
    notes: list[str]   # message keys: how the file was read


def locality(*names: str | None) -> str:
    """"UBND thành phố Tây Ninh" → "Tây Ninh": the place a unit's name may end with."""
    for name in names:
        if not name:
            continue
        m = re.search(r"(?i)\b(?:thành phố|tp\.?|tỉnh|huyện|quận|thị xã|phường|xã)\s+(.+)$",
                      name)
        if m:
            return m.group(1).strip()
    return ""


def import_document(path: Path, root: Path | None, registry: Registry | None, lang: str,
                    handle: str | None = None, modeline: str = "",
                    locality_name: str | None = None) -> Outcome:
    """Read `path` and build its draft; raises `ReadError` when the file cannot be read."""
    lines, notes = read_lines(path)
    cleaned = clean(lines)
    header = read_header(cleaned.paras)
    body = parse_body(cleaned.paras[header.body_start:])
    resolver = Resolver(registry, locality(header.issuer, locality_name))
    draft = assemble(header, body, cleaned.footnotes, resolver, path.name, handle,
                     lambda n, text: i18n.t(lang, "import.footnote", n=n, text=text))
    rendered = render(draft, lang, modeline)
    issues: list[Issue] = []
    taken: set[int] = set()
    for p in draft.problems:
        line = rendered.anchors.get(p.anchor) or rendered.anchors.get(p.anchor[:2]) or 1
        issues.append(Issue(line, 1, i18n.t(lang, p.key, **p.args)))
        taken.add(line)
    for d in verify(rendered.text, root, draft.handle):
        if d.line in taken:
            continue  # the importer already said what to write there
        issues.append(Issue(d.line, d.column, f"{d.severity.value}: {d.message(lang)}", d.code))
    return Outcome(draft, rendered.text, sorted(set(issues)), notes)
