"""The fastest path of YAML reading: a line reader for the block YAML that cchc and clerks write.

Nearly every file of a repository is block mappings and block sequences of plain or simply
quoted scalars, one entry a line, as `cchc` itself writes them (`yaml.safe_dump`, block
style) and as the format's examples show. Such a file is read here line by line in Python,
without libyaml: one regular expression splits a line into its indentation, its `- `, its
key and its value, and a stack of open collections places it. The value of a plain scalar is
looked up in the memo of `cchc.load.scalars`, filled by the reference loader itself once
per distinct text, so that every plain scalar means what YAML 1.1 (PyYAML) says it means.

This reader takes only what it is sure of, and gives up (`None`) on anything else, which the
next path reads (`cchc.load.leanyaml`, then the reference loader of `cchc.load.yamlread`,
which gives the diagnostics and their positions): a tab, a carriage return that is not part
of CRLF, any character YAML refuses or treats as a line break, a flow collection, a tag, an
anchor or alias, a block scalar (`|`, `>`), a quoted scalar over several lines or with a
backslash, a key that is quoted, long or not a plain word, a key given twice, a comment
inside a plain scalar of several lines, an indentation that is not one of the open
collections', a scalar line where an entry is expected, a document marker or directive,
a plain scalar in a number form of one YAML version (`010`, `1:30`...) used as a value.

Positions are not kept: like the other paths, a diagnostic that needs one has the file
composed again (`Document.locate`). When this reader does not give up, its data equals the
reference loader's, types included (`tests/test_leanyaml.py` holds the three paths to each
other on every file of the test, hostile, fuzzing and benchmark corpora).
"""

from __future__ import annotations

import re
from typing import Any

from cchc.load.scalars import RESOLVED_FIRST as _RESOLVED_FIRST
from cchc.load.scalars import GiveUp as _GiveUp
from cchc.load.scalars import memo as _memo
from cchc.load.scalars import plain as _plain

# One line: indentation, "-" and the spaces after it, a plain key and its ":", the rest.
_LINE = re.compile(r"( *)(?:(-)( +|$))?(?:([A-Za-z0-9_][A-Za-z0-9_.-]{0,200}):(?: +|$))?(.*)")
# A list on one line: "[", items separated by commas (no trailing one), "]", then only spaces
# or a comment. An item is a double-quoted scalar without backslash, a single-quoted one, or a
# plain one without quotes, brackets, braces, "#" or ":" (spaces inside, none around).
_ONE_ITEM = (r"""(?:("[^"\\]*")|('(?:[^']|'')*')"""
             r"""|([^ ,\[\]{}#:'"](?:[^,\[\]{}#:'"]*[^ ,\[\]{}#:'"])?))""")
_FLOW_LINE = re.compile(r"\[ *(" + _ONE_ITEM + r"(?: *, *" + _ONE_ITEM + r")*)? *\](?: +#.*| *)")
_FLOW_ITEM = re.compile(_ONE_ITEM)
# The rest of a line after a quoted scalar: only spaces, or a comment.
_DOUBLE = re.compile(r'"([^"\\]*)"(?: +#.*| *)')
_SINGLE = re.compile(r"'((?:[^']|'')*)'(?: +#.*| *)")
# Anything this reader leaves to libyaml: a tab, a carriage return (CRLF is made LF first),
# characters YAML refuses or reads as line breaks (NEL, U+2028, U+2029), a BOM inside.
_REFUSED = re.compile("[^\n\x20-\x7e\xa0-\u2027\u202a-\ud7ff\ue000-\ufefe\uff00-\ufffd"
                      "\U00010000-\U0010ffff]")
# Characters that cannot start a plain scalar (YAML's indicators); "-", "?" and ":" can when
# a character other than a space follows.
_INDICATORS = frozenset("-?:,[]{}#&*!|>'\"%@`")


def load(text: str, reference: type[Any]) -> tuple[bool, Any]:
    """(True, data) for a file this reader takes, (False, None) for any other.

    `reference` is the reference loader's class, which resolves plain scalars."""
    if "\r" in text:
        text = text.replace("\r\n", "\n")
    try:
        return True, _read(text, reference)
    except (_GiveUp, RecursionError, MemoryError):
        return False, None
    except Exception:  # noqa: BLE001 - whatever surprises this reader, the next path reads
        return False, None


def _scalar(rest: str, reference: type[Any]) -> tuple[Any, str | None]:
    """The value of a scalar written on one line after `key: ` or `- ` (not the common forms,
    which `_read` reads itself), and its text when it is a plain scalar that a next, more
    indented line may continue."""
    first = rest[0]
    if first == '"':
        m = _DOUBLE.fullmatch(rest)
        if m is None:
            raise _GiveUp
        return m.group(1), None
    if first == "'":
        m = _SINGLE.fullmatch(rest)
        if m is None:
            raise _GiveUp
        return m.group(1).replace("''", "'"), None
    if first in _INDICATORS and (first not in "-?:" or len(rest) < 2 or rest[1] == " "):
        raise _GiveUp
    cut = rest.find(" #")
    if cut >= 0:
        rest = rest[:cut]
    text = rest.rstrip(" ")
    if ": " in text or text.endswith(":"):
        raise _GiveUp
    value, odd = _resolve(text, reference)
    if odd:
        raise _GiveUp
    return value, (text if cut < 0 else None)


def _flow(rest: str, reference: type[Any]) -> tuple[Any, ...]:
    """The items of a list written on one line, `[a, "b, c", 'd', 3]`: plain scalars without
    quotes, brackets, braces, `#` or `:`, and quoted ones as `_scalar` takes them; then only
    spaces or a comment."""
    m = _FLOW_LINE.fullmatch(rest)
    if m is None:
        raise _GiveUp
    inside = m.group(1)
    items: list[Any] = []
    if not inside:
        return ()
    for double, single, plain in _FLOW_ITEM.findall(inside):
        if double:
            items.append(double[1:-1])
        elif single:
            items.append(single[1:-1].replace("''", "'"))
        else:
            if plain[0] in _INDICATORS and (plain[0] != "-" or len(plain) < 2
                                            or plain[1] == " "):
                raise _GiveUp
            value, odd = _resolve(plain, reference)
            if odd:
                raise _GiveUp
            items.append(value)
    return tuple(items)


def _resolve(text: str, reference: type[Any]) -> tuple[Any, bool]:
    if text[0] not in _RESOLVED_FIRST:
        return text, False
    found = _memo.get(text)
    return found if found is not None else _plain(text, reference)


_NO_KEY = object()
# What a line says, by kind: a value, a key (or "-") whose value follows on the next lines,
# nothing (a blank or comment line), a text of its own (no key, no "-": a plain scalar's
# continuation, or an error).
# A list written on one line (`[a, b]`) is kept as a tuple and built afresh for each use.
# The two commonest lines have kinds of their own: "key: value" (_ENTRY) and "- value" (_ITEM);
# "- key: value" is a _VALUE.
_VALUE, _EMPTY, _BLANK, _COMMENT, _TEXT, _FLOW, _ENTRY, _ITEM = range(8)
# Line -> what it says (`_digest`): most lines of a repository repeat (a status, a unit, a
# period, a key before its list), so that each distinct line is looked at once.
_lines: dict[str, tuple[Any, ...]] = {}
_LINES_LIMIT = 200_000


def _digest(line: str, reference: type[Any]) -> tuple[Any, ...]:
    """(indentation, has "-", where an item's mapping starts, key or _NO_KEY, kind, value,
    plain text a next line may continue), for one line; raises _GiveUp when the line is
    beyond this reader."""
    if _REFUSED.search(line) is not None:  # looked for once per distinct line
        raise _GiveUp
    m = _LINE.match(line)
    assert m is not None  # every group is optional
    ind, dash, after, key, rest = m.groups()
    n = len(ind)
    has_dash = dash is not None
    inner = n + 1 + len(after) if has_dash else n
    if key is not None:
        k = _resolve(key, reference)[0]  # a key in a number form names no field: kept
    else:
        k = _NO_KEY
    if not rest or rest[0] == "#":
        if key is None and not has_dash:
            kind = _COMMENT if rest else _BLANK
        else:
            kind = _EMPTY
        found: tuple[Any, ...] = (n, has_dash, inner, k, kind, None, None)
    elif rest[0] == "[":
        if key is None and not has_dash:
            raise _GiveUp
        found = (n, has_dash, inner, k, _FLOW, _flow(rest, reference), None)
    else:
        rest = rest.rstrip(" ")
        value, plain = _scalar(rest, reference)
        if key is None:
            kind = _ITEM if has_dash else _TEXT
        else:
            kind = _VALUE if has_dash else _ENTRY
        found = (n, has_dash, inner, k, kind, value, plain)
    if len(_lines) < _LINES_LIMIT:  # when full, the lines seen first stay (they repeat most)
        _lines[line] = found
    return found


def _read(text: str, reference: type[Any]) -> Any:  # noqa: C901 - one loop, kept flat for speed
    lines_get = _lines.get
    no_key = _NO_KEY
    entry_kind = _ENTRY
    item_kind = _ITEM
    # The open collections, innermost last: (indentation, object, is a mapping, indentless).
    stack: list[tuple[int, Any, bool, bool]] = []
    root: Any = None
    started = False
    # The innermost collection, unpacked.
    top_indent = -1
    top_obj: Any = None
    top_map = False
    top_indentless = False
    # A key (or "-") with nothing after it: its value is the block on the next lines, or null.
    pending = False
    pending_key: Any = None
    # The line of the last plain scalar, which more indented lines may continue, and where
    # its value went; the continuation so far; blank lines since.
    last: tuple[Any, ...] | None = None
    last_obj: Any = None
    parts: list[str] | None = None
    blanks = 0
    for line in text.split("\n"):
        d = lines_get(line)
        if d is None:
            d = _digest(line, reference)
        n, dash, inner, k, kind, value, plain = d
        # The commonest lines: "key: value" in the innermost mapping, "- value" in the
        # innermost sequence.
        if kind is entry_kind and n == top_indent and top_map and parts is None:
            if k in top_obj:  # a key given twice: the reference loader says where
                raise _GiveUp
            top_obj[k] = value
            pending = False
            if plain is not None:
                last, last_obj, blanks = d, top_obj, 0
            else:
                last = None
            continue
        if kind is item_kind and n == top_indent and not top_map and parts is None \
                and not pending:
            top_obj.append(value)
            if plain is not None:
                last, last_obj, blanks = d, top_obj, 0
            else:
                last = None
            continue
        if kind is _BLANK:
            blanks += 1
            continue
        if kind is _COMMENT:  # a comment ends a plain scalar; more of it would be an error
            if parts is not None:
                _close(last, last_obj, parts, reference)
                parts = None
            last = None
            continue
        if last is not None:
            if kind is _TEXT and plain is not None and n > (last[2] if last[3] is not no_key
                                                              else last[0]):
                # A plain scalar continued: lines folded into one space, or into one line
                # break per blank line between.
                if parts is None:
                    parts = [last[6]]
                parts.append("\n" * blanks if blanks else " ")
                parts.append(plain)
                blanks = 0
                continue
            if parts is not None:
                _close(last, last_obj, parts, reference)
                parts = None
            last = None
        if kind is _TEXT:
            raise _GiveUp  # a scalar where an entry is expected
        if pending:
            pending = False
            if n > top_indent or (dash and n == top_indent and top_map):
                new: Any = [] if dash else {}
                if top_map:
                    top_obj[pending_key] = new
                else:
                    top_obj.append(new)
                stack.append((n, new, not dash, n == top_indent))
                top_indent, top_obj, top_map, top_indentless = stack[-1]
            elif not top_map:
                top_obj.append(None)
        elif not started:
            started = True
            root = [] if dash else {}
            stack.append((n, root, not dash, False))
            top_indent, top_obj, top_map, top_indentless = stack[-1]
        if top_indent > n:
            while stack and stack[-1][0] > n:
                stack.pop()
            if not stack:
                raise _GiveUp  # a line left of the root's indentation: a second document
            top_indent, top_obj, top_map, top_indentless = stack[-1]
        if top_indent != n:
            raise _GiveUp
        if dash:
            if top_map:
                raise _GiveUp
            if k is not no_key:  # "- key: value": a mapping as the item, this its first entry
                new = {}
                top_obj.append(new)
                stack.append((inner, new, True, False))
                top_indent, top_obj, top_map, top_indentless = stack[-1]
            elif kind is _EMPTY:
                pending = True
                continue
            else:
                top_obj.append(list(value) if kind is _FLOW else value)
                if plain is not None:
                    last, last_obj, blanks = d, top_obj, 0
                continue
        elif not top_map:
            if not top_indentless or k is no_key:
                raise _GiveUp
            stack.pop()
            top_indent, top_obj, top_map, top_indentless = stack[-1]
        if k in top_obj:
            raise _GiveUp
        if kind is _EMPTY:
            top_obj[k] = None
            pending, pending_key = True, k
            continue
        top_obj[k] = list(value) if kind is _FLOW else value
        if plain is not None:
            last, last_obj, blanks = d, top_obj, 0
    if parts is not None:
        _close(last, last_obj, parts, reference)
    if pending and not top_map:
        top_obj.append(None)
    return root


def _close(line: Any, obj: Any, parts: list[str], reference: type[Any]) -> None:
    """A plain scalar of several lines gets its folded text, resolved as one scalar."""
    value, odd = _resolve("".join(parts), reference)
    if odd:
        raise _GiveUp
    if line[3] is _NO_KEY:  # an item of a sequence: the last one
        obj[-1] = value
    else:
        obj[line[3]] = value
