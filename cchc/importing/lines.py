"""Raw lines → clean paragraphs: markup, web clutter, table pipes, page breaks, footnotes.

Documents arrive as copies of web pages (Markdown emphasis, `| cell |` tables, HTML leftovers,
page numbers), as hard-wrapped text, or with paragraphs cut in two by a page break and a
footnote printed in between. This stage gives the next ones one paragraph per paragraph of
the document, its footnote marks taken out of the text and listed, and the footnotes apart.
"""

from __future__ import annotations

import html
import re
from dataclasses import dataclass, replace

from cchc.importing import shapes
from cchc.importing.vn import (
    SUPERSCRIPTS,
    ends_sentence,
    fold,
    from_superscript,
    is_caps,
    nfc,
    starts_lower,
)

_SPACES = str.maketrans({"\u00a0": " ", "\u2007": " ", "\u202f": " ", "\u3000": " ",
                         "\t": " ", "\u2009": " ", "\u200a": " "})
_INVISIBLE = re.compile("[\u200b\u200c\u200d\u2060\ufeff\u00ad]")
_TAG = re.compile(r"</?[A-Za-z][A-Za-z0-9]*(?:\s[^<>]*)?/?>")
_IMAGE = re.compile(r"!\[[^\]]*\]\([^)]*\)")
_LINK = re.compile(r"\[([^\]]+)\]\((?:[^)(]|\([^)]*\))*\)")
_ESCAPE = re.compile(r"\\([\\`{}\[\]()#+\-.!|>~])")
_PAGE_NUMBER = re.compile(r"^(?:[-–—]\s*)?\d{1,3}(?:\s*[-–—])?$|^(?:trang|page)\s*\d+"
                          r"(?:\s*(?:/|of|trên|tren)\s*\d+)?$", re.IGNORECASE)
_TABLE_RULE = re.compile(r"^:?-{2,}:?$")


@dataclass(frozen=True)
class Para:
    """One paragraph of the document, cleaned."""

    text: str                       # without bullet marker, markup or footnote marks
    line: int                       # 1-based line of the source where it starts
    bullet: str | None = None       # "-", "+", "*", "•" ... when the paragraph is a bullet
    indent: int = 0                 # leading spaces (Markdown nesting)
    cells: tuple[str, ...] | None = None   # a table row
    heading: bool = False           # a Markdown heading (# ...)
    marks: tuple[str, ...] = ()     # footnotes cited in it, in order


@dataclass(frozen=True)
class Cleaned:
    paras: list[Para]
    footnotes: dict[str, str]       # "3" → its text


def clean(raw_lines: list[str]) -> Cleaned:
    lines: list[Para | None] = []
    footnotes: dict[str, str] = {}
    last_note: str | None = None
    for number, raw in enumerate(raw_lines, start=1):
        para = _clean_line(raw, number)
        if para is None:
            lines.append(None)
            continue
        note = _footnote_definition(para)
        if note is not None:
            footnotes[note[0]] = note[1]
            last_note = note[0]
            continue
        if (last_note is not None and para.bullet is None and para.cells is None
                and starts_lower(para.text) and not ends_sentence(footnotes[last_note])):
            footnotes[last_note] += " " + para.text  # a footnote broken over two lines
            continue
        last_note = None
        lines.append(para)
    paras = _join_blocks(lines)
    paras = _join_page_breaks(paras)
    return Cleaned([_take_marks(p, footnotes) for p in paras], footnotes)


def _clean_line(raw: str, number: int) -> Para | None:
    s = _INVISIBLE.sub("", nfc(raw).translate(_SPACES)).rstrip()
    if "&" in s:
        s = html.unescape(s)
    s = _TAG.sub(" ", s)
    indent = len(s) - len(s.lstrip(" "))
    s = s.strip()
    heading = False
    m = re.match(r"^#{1,6}\s+", s)
    if m:
        heading = True
        s = s[m.end():].rstrip("#").strip()
    while s.startswith(">"):
        s = s[1:].strip()
    if not s:
        return None
    if s.startswith("|") or s.count(" | ") >= 1 and s.endswith("|"):
        cells = tuple(_inline(c) for c in s.strip().strip("|").split("|"))
        if all(_TABLE_RULE.match(c.replace(" ", "")) or not c for c in cells):
            return None
        text = " | ".join(c for c in cells if c)
        return Para(text, number, cells=cells, indent=indent) if text else None
    if _PAGE_NUMBER.match(s):
        return None
    bullet = None
    m = re.match(r"^(\*+)\s+", s)
    if m and len(m.group(1)) % 2 == 1:
        bullet, s = "*", s[m.end():]
    elif s[0] in shapes.BULLETS and s[0] != "*" and len(s) > 1 and (
            s[1] == " " or s[0] not in "-–—+" or s[1].isupper()):
        bullet, s = s[0], s[1:]
    s = _inline(s)
    if not s:
        return None
    if bullet is not None and bullet in "–—":
        bullet = "-"
    return Para(s, number, bullet=bullet, indent=indent, heading=heading)


def _inline(s: str) -> str:
    s = _IMAGE.sub("", s)
    s = _LINK.sub(r"\1", s)
    s = s.replace("\\*", "\ue001").replace("\\_", "\ue002").replace("(*)", "\ue003")
    s = _ESCAPE.sub(r"\1", s)
    s = re.sub(r"\*+", "", s)
    s = re.sub(r"(?<!\w)_{1,2}(?=\S)|(?<=\S)_{1,2}(?!\w)", "", s)
    s = s.replace("\ue001", "*").replace("\ue002", "_").replace("\ue003", "(*)")
    s = re.sub(r"(?:^|\s)[-_=–—.]{3,}(?=\s|$)", " ", s)  # rules drawn under a header block
    s = " ".join(s.split())
    return re.sub(r"\s+([,;:.!?])(?=\s|$)", r"\1", s)


def _footnote_definition(para: Para) -> tuple[str, str] | None:
    if para.cells is not None or para.bullet is not None:
        return None
    m = shapes.FOOTNOTE_DEF.match(para.text)
    if m:
        return from_superscript(m.group("n")), m.group("text").strip()
    m = shapes.MD_FOOTNOTE_DEF.match(para.text)
    if m:
        return m.group("n"), m.group("text").strip()
    return None


def _starts_new(p: Para) -> bool:
    return p.bullet is not None or p.cells is not None or p.heading or shapes.structural(p.text)


def _join_blocks(lines: list[Para | None]) -> list[Para]:
    """Blank-line separated text: the lines of one block are one paragraph (hard wraps),
    except where a line starts something new. Otherwise every line is a paragraph."""
    filled = [p for p in lines if p is not None]
    blanks = sum(1 for p in lines if p is None)
    if blanks < 0.25 * len(filled):
        return filled
    out: list[Para] = []
    previous: Para | None = None
    for p in lines:
        if p is None:
            previous = None
            continue
        if (previous is not None and out and not _starts_new(p) and previous.cells is None
                and not previous.heading and not is_caps(previous.text)):
            out[-1] = replace(out[-1], text=_glue(out[-1].text, p.text))
        else:
            out.append(p)
        previous = out[-1]
    return out


def _joinable_body(p: Para) -> bool:
    """A bullet or a plain paragraph: text that may run on across a page break."""
    if p.cells is not None or p.heading or is_caps(p.text):
        return False
    if p.bullet is not None:
        return shapes.label(p.text) is None
    return not shapes.structural(p.text) or bool(shapes.numbered(p.text))


def _join_page_breaks(paras: list[Para]) -> list[Para]:
    out: list[Para] = []
    for p in paras:
        if out and not _starts_new(p):
            prev = out[-1]
            runs_on = starts_lower(p.text) and prev.cells is None and not prev.heading \
                and not is_caps(prev.text)
            cut = (_joinable_body(prev) and not shapes.numbered(prev.text)
                   and _hangs(prev.text))
            if runs_on or cut:
                out[-1] = replace(prev, text=_glue(prev.text, p.text))
                continue
        out.append(p)
    return out


# Words a sentence cannot end on: a paragraph ending on one was cut by a page break.
_HANGING = {"tại", "của", "và", "các", "với", "về", "theo", "cho", "trong", "để", "như", "là",
            "có", "được", "những", "từ", "trên", "đến", "do", "bằng", "nhằm", "đối", "vào",
            "mà", "hoặc", "thì", "qua", "giữa", "sau", "trước", "khi", "nếu", "gồm", "một",
            # a place's name follows its level: "trên địa bàn huyện" / "An Phú"
            "huyện", "tỉnh", "xã", "phường", "quận", "thành", "thị"}


def _hangs(text: str) -> bool:
    stripped = text.rstrip()
    if stripped.endswith((",", "-")) and not stripped.endswith(" -"):
        return True
    last = stripped.split()[-1].lower() if stripped.split() else ""
    return last in _HANGING


def _glue(a: str, b: str) -> str:
    if a.endswith("-") and not a.endswith(" -") and b[:1].islower():
        return a[:-1] + b  # a word hyphenated at the end of a line
    return f"{a} {b}"


_MARK = re.compile(rf"([{SUPERSCRIPTS}]+)|\[\^(\w+)\]")


def _take_marks(p: Para, footnotes: dict[str, str]) -> Para:
    marks: list[str] = []

    def take(m: re.Match[str]) -> str:
        n = from_superscript(m.group(1)) if m.group(1) else m.group(2)
        if n in footnotes:
            marks.append(n)
            return ""
        return m.group(0)

    text = _MARK.sub(take, p.text)
    if not marks:
        return p
    text = re.sub(r"\s+([,;:.!?])", r"\1", " ".join(text.split()))
    return replace(p, text=text, marks=tuple(marks))


def folded(p: Para) -> str:
    return fold(p.text)
