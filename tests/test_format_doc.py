"""docs/format.md is the reference the code cites: every citation names one of its sections,
and none cites the numbered sections of a document outside the repository."""

from __future__ import annotations

import re

from tests.conftest import ROOT

FORMAT = ROOT / "docs" / "format.md"
HEADINGS = {m[1].strip() for m in re.finditer(r"^## (.+)$", FORMAT.read_text("utf-8"), re.M)}
SOURCES = sorted(p for folder in ("cchc", "tests", "docs", "bench")
                 for p in (ROOT / folder).rglob("*") if p.suffix in (".py", ".md", ".yaml"))
# `docs/format.md, "Deadlines"` and `docs/format.md, "Units and groups" and "Plans"`
CITATION = re.compile(
    r'docs/format\.md,\s+(?:section\s+)?((?:"[^"]+"(?:,\s*|\s+and\s+|\s+to\s+)?)+)')


def test_the_sections_cited_exist() -> None:
    wrong = []
    for path in SOURCES:
        text = path.read_text("utf-8", errors="replace")
        for m in CITATION.finditer(text):
            for name in re.findall(r'"([^"]+)"', m[1]):
                # a heading may carry more after a colon: "Settings: `cchc.yaml`"
                if not any(h == name or h.startswith(name + ":") for h in HEADINGS):
                    wrong.append(f"{path.relative_to(ROOT)}: {name!r}")
    assert not wrong, f"no such section in docs/format.md: {wrong}"


def test_no_citation_of_numbered_format_sections() -> None:
    stale = re.compile(r"format sections? \d|sections? \d+(?: (?:and|to) \d+)? of the format")
    found = [str(p.relative_to(ROOT)) for p in SOURCES if p != FORMAT
             and stale.search(p.read_text("utf-8", errors="replace"))]
    assert not found, f"cite docs/format.md by section name instead: {found}"


def test_the_reference_covers_what_the_issue_lists() -> None:
    for section in ("The repository", "Units and groups", "Plans", "Deadlines",
                    "Progress records", "Indicator readings", "Commands", "Exit codes",
                    "JSON shapes"):
        assert section in HEADINGS, section
