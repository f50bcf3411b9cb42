"""The shapes a line of a Vietnamese administrative document takes: patterns shared by the
cleaning, header and body stages.

Label patterns run on folded text (`cchc.importing.vn.fold`: no diacritics, lowercase), so
"Thời gian thực hiện", "THỜI GIAN THỰC HIỆN" and "Thoi gian thuc hien" are one label.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from cchc.importing.vn import SUPERSCRIPTS, fold, is_caps, mostly_caps

BULLETS = "-–—•·●▪■◦○+*➢►✓❖\uf0b7\uf0a7\uf0d8\uf076\uf0fc"
SUB_BULLETS = "+◦○"

PART = re.compile(r"^(?:PHẦN\s+|Phần\s+)?(?P<num>[IVX]{1,5}|[A-H])\s*[.\-–—:)]\s*(?P<title>\S.*)$")
NUMBERED = re.compile(
    r"^(?P<num>\d{1,2}(?:\.\d{1,2})*)\s*[.)](?!\d)\s*(?P<title>\S.*)$"
    r"|^(?P<num2>\d{1,2}(?:\.\d{1,2})+)\s+(?P<title2>\S.*)$")
LETTER = re.compile(r"^(?P<letter>[a-zđ])\s*[).]\s+(?P<title>\S.*)$")
ARTICLE = re.compile(r"^(?:dieu|điều)\s+\d+\s*[.:]", re.IGNORECASE)

# Labels (folded text): the time of implementation, the bodies that carry a task out.
DUE_LABEL = re.compile(
    r"^(?:thoi gian|thoi han|tien do|moc thoi gian)"
    r"(?: (?:thuc hien|hoan thanh|trien khai|bao cao|thuc hien va hoan thanh))?\s*[:：]\s*")
BODY_LABEL = re.compile(
    r"^(?:(?:co quan|don vi|bo phan)(?: (?:thuc hien|chu tri|phoi hop|chiu trach nhiem"
    r"|thuc hien chinh|trien khai))?(?: thuc hien)?|trach nhiem thuc hien|phan cong(?: thuc hien)?"
    r")\s*[:：]\s*")
LEAD_LABEL = re.compile(r"^(?:co quan|don vi|bo phan) chu tri(?: thuc hien)?\s*[:：]\s*")
SUPPORT_LABEL = re.compile(r"^(?:co quan|don vi|bo phan) phoi hop(?: thuc hien)?\s*[:：]\s*")
RESULT_LABEL = re.compile(r"^(?:san pham|ket qua(?: dau ra)?|hinh thuc van ban)\s*[:：]\s*")

FOOTNOTE_DEF = re.compile(rf"^(?P<n>[{SUPERSCRIPTS}]+)\s*(?P<text>\S.*)$")
MD_FOOTNOTE_DEF = re.compile(r"^\[\^(?P<n>\w+)\]:\s*(?P<text>.*)$")

CLOSING = re.compile(r"^(?:tren day la|noi nhan\b|tm\.|kt\.|tl\.|tuq\.)")


def label_text(text: str) -> str:
    """The text with a leading letter ("b) ") removed, for label matching."""
    m = LETTER.match(text)
    return m.group("title") if m else text


@dataclass(frozen=True)
class Label:
    kind: str  # due | body | lead | support | result
    value: str  # the text after the colon, as written


_DUE_WITHOUT_COLON = re.compile(
    r"^(?:thoi gian|thoi han)(?: (?:thuc hien|hoan thanh))?\s+(?:la\s+)?")


def label(text: str) -> Label | None:
    """A "Thời gian thực hiện: ..." or "Cơ quan thực hiện: ..." line, if this is one."""
    core = label_text(text)
    folded = fold(core)
    for kind, pattern in (("lead", LEAD_LABEL), ("support", SUPPORT_LABEL), ("due", DUE_LABEL),
                          ("body", BODY_LABEL), ("result", RESULT_LABEL)):
        m = pattern.match(folded)
        if m:
            return Label(kind, core[m.end():].strip())
    m = _DUE_WITHOUT_COLON.match(folded)
    if m and len(core.split()) <= 12:
        from cchc.importing.dues import normalise

        due = normalise(core[m.end():])
        if due is not None and not due.partial:
            return Label("due", core[m.end():].strip())
    return None


def is_part(text: str) -> bool:
    m = PART.match(text)
    return m is not None and mostly_caps(m.group("title"))


def numbered(text: str) -> tuple[str, str] | None:
    m = NUMBERED.match(text)
    if m is None:
        return None
    num = m.group("num") or m.group("num2")
    title = m.group("title") or m.group("title2")
    return num, title


def structural(text: str) -> bool:
    """A line that starts something new: never the continuation of the line before."""
    t = text.lstrip()
    if not t:
        return True
    folded = fold(t)
    return bool(
        t[0] in BULLETS or t.startswith("|") or numbered(t) or LETTER.match(t) or is_part(t)
        or label(t) or FOOTNOTE_DEF.match(t) or MD_FOOTNOTE_DEF.match(t) or ARTICLE.match(t)
        or folded.startswith(("can cu ", "so:", "so hieu", "xet de nghi", "theo de nghi"))
        or CLOSING.match(folded) or is_caps(t))
