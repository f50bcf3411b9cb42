"""Data text made safe for the output it goes into: the terminal, JSON, Markdown.

Everything a clerk or a file name can hold reaches some output: a title with `*khẩn*` or
`<b>`, a unit name with `|`, a file name with a line break or a terminal escape sequence.
The renderers pass data text through these functions, and only data text: what the program
writes itself (table rules, headings, emphasis of its own) stays as it is.

- `terminal`: control characters (C0, DEL, C1), line and paragraph separators and the
  bidirectional overrides become visible escapes (`\\n`, `\\x1b`, `\\u202e`): a value can
  neither break a `path:line:col:` line, forge another, move the cursor, recolour the
  terminal, nor reorder what the reader sees.
- `escape_json`: the same characters as `\\u` escapes in JSON already dumped (`json.dumps`
  leaves C1 controls and U+2028 raw with `ensure_ascii=False`).
- `markdown`: CommonMark punctuation and HTML neutralised in inline text (a table cell, a
  heading), by backslash escapes, only where the text would otherwise be read as markup, so
  that text needing no escape keeps its bytes.
- `clip`: a long text cut to a width, for rows that repeat it once per obligation.
"""

from __future__ import annotations

import re

# C0 controls, DEL, C1 controls, LS/PS, and the bidirectional embeddings, overrides and
# isolates (the "Trojan Source" characters).
_UNSAFE = re.compile("[\x00-\x1f\x7f-\x9f\u2028\u2029\u202a-\u202e\u2066-\u2069]")
# What json.dumps leaves raw in strings (it escapes C0 controls itself; its own line breaks
# and indentation lie outside strings and must stay).
_UNSAFE_IN_JSON = re.compile("[\x7f-\x9f\u2028\u2029\u202a-\u202e\u2066-\u2069]")


def _visible(char: str) -> str:
    return repr(char)[1:-1] if ord(char) < 0x2028 else f"\\u{ord(char):04x}"


def terminal(text: str) -> str:
    """`text` on one line with no character that a terminal acts on: `a\\nb`, `\\x1b[2J`."""
    if not _UNSAFE.search(text):
        return text
    return _UNSAFE.sub(lambda m: _visible(m.group()), text)


def escape_json(dumped: str) -> str:
    """JSON text (from `json.dumps`) with the characters of `terminal` as `\\u` escapes.

    json.dumps escapes C0 controls; the others can only stand inside JSON strings, where
    `\\uXXXX` means the same character: the document parses to the same data.
    """
    if dumped.isascii():  # known at once (CPython keeps it); DEL is the one ASCII to escape
        if "\x7f" not in dumped:
            return dumped
    elif not _UNSAFE_IN_JSON.search(dumped):
        return dumped
    return _UNSAFE_IN_JSON.sub(lambda m: f"\\u{ord(m.group()):04x}", dumped)


# Backslash escapes of CommonMark (any ASCII punctuation may be escaped). Always escaped:
# the characters that open or close inline markup anywhere in a line (emphasis, code, links
# and images, GFM strikethrough) and the backslash itself; the pipe, which ends a GFM table
# cell. `<` only where it would open HTML or an autolink (a letter, `/`, `!` or `?` after
# it), `&` only where it would start an entity, so that `<= 0` and `TN&MT` stay as written.
_MARKDOWN = re.compile(
    r"[\\`*_\[\]~|]"
    r"|<(?=[A-Za-z/!?])"
    r"|&(?=#[0-9]{1,7};|#[xX][0-9A-Fa-f]{1,6};|[A-Za-z][A-Za-z0-9]{0,31};)")
MARKDOWN_ESCAPED = _MARKDOWN  # what `markdown` escapes (`render.markdown` checks rows with it)
_HEADING_END = re.compile(r"#+$")
_ONE_LINE = re.compile(r"(?:\S+(?: \S+)*)?")  # single spaces between words, nothing else


class Markdown(str):
    """Text that is Markdown already, made by the program (a link to a letter it wrote):
    `markdown.cell` writes it as it is. Data never is."""

    __slots__ = ()


def markdown(text: str, *, heading: bool = False) -> str:
    """`text` as inline Markdown that shows exactly these characters, on one line.

    In a heading a run of `#` at the end would be taken for the closing sequence: it is
    escaped too. Runs of white space, line breaks included, become one space.
    """
    if not _ONE_LINE.fullmatch(text):
        text = " ".join(text.split())
    text = _MARKDOWN.sub(lambda m: "\\" + m.group(), text)
    if heading:
        text = _HEADING_END.sub(lambda m: "\\#" * len(m.group()), text)
    return text


def clip(text: str, width: int) -> str:
    """At most `width` characters: longer text is cut at a space where it can be, with `…`."""
    if len(text) <= width:
        return text
    cut = text[:width - 1]
    space = cut.rfind(" ")
    if space > width // 2:
        cut = cut[:space]
    return cut.rstrip() + "…"
