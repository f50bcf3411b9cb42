"""What a renderer returns, what every renderer may know, and the one JSON writer.

A renderer module names its formats in one mapping, `FORMATS = {name: function}` (the
`--format` choices of its command are the mapping's keys). Every function of one mapping takes
the same arguments, `(data, view)`, and returns an `Output`:

- `str`: text, written as UTF-8 whatever the terminal's encoding (JSON, Markdown, CSV);
- `bytes`: a file's exact bytes (Word, Excel);
- `Chunks`: a file's bytes as they are made (iCalendar, one event at a time), written as
  they come, so a large file is never whole in memory;
- `Table` or `Dashboard`: plain data that `render/terminal` draws.

Adding a format is one function and one entry in its module's `FORMATS`.
"""

from __future__ import annotations

import datetime as dt
import io
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass, field
from itertools import chain
from typing import Any, TypeVar

from cchc.model.domain import Letterhead
from cchc.model.registry import Registry
from cchc.render.safe import escape_json
from cchc.render.table import Table


@dataclass(frozen=True)
class Dashboard:
    """Headings and tables in reading order; the first heading is the page's own."""

    blocks: tuple[str | Table, ...]


@dataclass(frozen=True)
class Chunks:
    """A file's bytes in pieces, made as they are read (once)."""

    parts: Iterable[bytes]


Output = str | bytes | Chunks | Table | Dashboard


@dataclass(frozen=True)
class View:
    """Who reads the output and about what: what a renderer may need beside its data."""

    lang: str
    as_of: dt.date
    registry: Registry = field(default_factory=lambda: Registry({}, {}))
    locality: str = ""
    incomplete: bool = False
    unit: str | None = None
    # (plan, task id) → task title; (plan, indicator id) → indicator name
    titles: Mapping[tuple[str, str], str] = field(default_factory=dict)
    indicator_names: Mapping[tuple[str, str], str] = field(default_factory=dict)
    due_soon_days: int = 14
    stale_after_days: int = 90
    letterhead: Letterhead | None = None  # cchc.yaml's, for the Word documents
    # plan → (its last day, its number) for each plan whose period ended before the as-of
    # date: lateness shown to a reader stops at that day (`render.lateness.days_shown`)
    ended: Mapping[str, tuple[dt.date, str]] = field(default_factory=dict)
    # (plan, task id) of the daily duties, whose open occurrences are shown as days
    daily: frozenset[tuple[str, str]] = frozenset()


T = TypeVar("T")
Renderer = Callable[[T, View], Output]


def json_text(data: Any) -> str:
    """The contract's JSON: UTF-8 text (not \\u escapes), two-space indent, a final newline;
    only the characters a terminal acts on are written as \\u escapes (`safe.escape_json`).

    The bytes are those of `json.dumps(data, ensure_ascii=False, indent=2)` (a test holds
    them so), made faster: `indent` sends `json.dumps` to Python's own encoder, one generator
    step per piece, several seconds' worth on a large status; here the containers whose
    values are all plain scalars, and the lists of such dicts (the rows), are written by the
    C encoder, in one call each (a thousand rows a call)."""
    parts = _parts(data)
    if parts is None:
        return _dumped(data, indent=2)
    # `escape_json` replaces single characters: each piece may be escaped alone, and most
    # (lists of rows of ids, dates and numbers) are ASCII, which it sees at once
    return "".join([escape_json(part) for part in parts])


def json_bytes(data: Any) -> bytes:
    """`json_text(data)` encoded as UTF-8, made without that text as one str.

    At 1,000 communes the status is 13.6 MB of JSON, mostly ASCII: one str of it holding a
    single Vietnamese letter is 27 MB (two bytes a character), then encoded once more. Here
    each piece is escaped and encoded alone, into one growing buffer that becomes the bytes
    without a last copy (`BytesIO.getvalue`), the rows a thousand at a time: the document is
    whole once, as its bytes (`cchc site` writes `status.json` from them)."""
    sink = io.BytesIO()

    def drain(parts: list[str]) -> None:
        for part in parts:
            sink.write(escape_json(part).encode("utf-8"))
        parts.clear()

    parts = _parts(data, drain)
    if parts is None:
        return _dumped(data, indent=2).encode("utf-8")
    drain(parts)
    return sink.getvalue()


def json_compact_bytes(data: Any) -> bytes:
    """The same data as `json_bytes`, written without indentation or spaces: the UTF-8 bytes
    of `json.dumps(data, ensure_ascii=False, separators=(",", ":"))` (then `escape_json`) and
    a final newline, for a file that programs read (`cchc site`'s `status.json`: 8.2 MB
    instead of 13.7 at 1,000 communes). Long lists are written `ROWS_A_CALL` items to a call
    of the C encoder, each piece escaped and encoded alone into one buffer, so that the text
    is never one str."""
    import json  # here: only a JSON run needs it

    encode = json.JSONEncoder(ensure_ascii=False, separators=_COMPACT).encode
    sink = io.BytesIO()
    write = sink.write

    def put(text: str) -> None:
        write(escape_json(text).encode("utf-8"))

    def walk(value: Any) -> None:
        kind = type(value)
        if kind is dict and any(type(v) in _NESTED for v in value.values()):
            write(b"{")
            for n, (k, v) in enumerate(value.items()):
                if type(k) is not str:  # json.dumps writes such a key as a string
                    raise _Unusual
                if n:
                    write(b",")
                put(encode(k))
                write(b":")
                walk(v)
            write(b"}")
        elif (kind is list or kind is tuple) and value:
            if len(value) > ROWS_A_CALL:
                write(b"[")
                for start in range(0, len(value), ROWS_A_CALL):
                    if start:
                        write(b",")
                    put(encode(value[start:start + ROWS_A_CALL])[1:-1])
                write(b"]")
            elif any(type(v) in _NESTED for v in value):
                write(b"[")
                for n, v in enumerate(value):
                    if n:
                        write(b",")
                    walk(v)
                write(b"]")
            else:
                put(encode(value))
        else:
            put(encode(value))

    try:
        walk(data)
    except _Unusual:
        return _dumped(data, separators=_COMPACT).encode("utf-8")
    write(b"\n")
    return sink.getvalue()


_NESTED = frozenset({dict, list, tuple})
_COMPACT = (",", ":")


def _dumped(data: Any, **options: Any) -> str:
    """`json.dumps`'s whole text with these options (`indent`, `separators`), escaped."""
    import json

    return escape_json(json.dumps(data, ensure_ascii=False, **options)) + "\n"


def _parts(data: Any, drain: Callable[[list[str]], None] | None = None) -> list[str] | None:
    """The pieces of the document, or None when `json.dumps` must write it (no C encoder,
    or what `_indented` leaves to it). `drain`, if given, is handed the pieces made so far
    after each call of the C encoder on rows (and empties the list), so that they need not
    all be kept until the end."""
    import json  # here: only a JSON run needs it

    if json.encoder.c_make_encoder is None:  # type: ignore[attr-defined]  # no C accelerator
        return None
    parts: list[str] = []
    try:
        _indented(data, "\n", parts, drain)
    except (_Unusual, RecursionError):  # json.dumps recurses as deep: it says what is wrong
        return None
    parts.append("\n")
    return parts


class _Unusual(Exception):
    """A value `_indented` leaves to `json.dumps` (a subclass, a key that is not a string,
    an object it cannot encode): the whole document is then made by `json.dumps`."""


_SCALARS = frozenset({str, int, float, bool, type(None)})
_STR = frozenset({str})
# newline + indentation of a level -> the C encoder writing one container of scalars at it,
# items separated by ",<newline+indentation>"
_LEAF_ENCODERS: dict[str, Callable[[Any, int], tuple[str, ...]]] = {}


def _leaf_encoder(inner: str) -> Callable[[Any, int], tuple[str, ...]]:
    encoder = _LEAF_ENCODERS.get(inner)
    if encoder is None:
        import json

        encoder = json.encoder.c_make_encoder(  # type: ignore[attr-defined]
            None, _unusual, json.encoder.encode_basestring,
            None, ": ", "," + inner, False, False, True)
        _LEAF_ENCODERS[inner] = encoder
    return encoder


def _unusual(value: object) -> object:
    raise _Unusual


def _rows(value: list[Any] | tuple[Any, ...]) -> bool:
    """Whether `value` holds only dicts (not subclasses) that are not empty, with string keys
    and plain scalar values: looked at in C loops, not one Python step a value."""
    return (all(value) and _STR.issuperset(map(type, chain.from_iterable(value)))
            and _SCALARS.issuperset(map(type, chain.from_iterable(map(dict.values, value)))))


# Rows written by one call of the C encoder: its text, and the copies of it made to move the
# row boundaries, stay a few hundred kB (memory used again, not new pages each time) instead
# of the whole list's (10 MB for 35,000 overdue rows, each copy new memory to fault in).
ROWS_A_CALL = 1000


def _indented(value: Any, newline: str, out: list[str],
              drain: Callable[[list[str]], None] | None = None) -> None:
    """Append `value` as `json.dumps(..., indent=2)` writes it at the level whose line break
    and indentation is `newline` (`drain`: `_parts`')."""
    from json.encoder import encode_basestring

    kind = type(value)
    if kind is dict:
        if not value:
            out.append("{}")
            return
        inner = newline + "  "
        scalars = _SCALARS
        leaf = True
        for k, v in value.items():
            if type(k) is not str:
                raise _Unusual
            if type(v) not in scalars:
                leaf = False
        if leaf:
            text = "".join(_leaf_encoder(inner)(value, 0))
            out.append("{" + inner + text[1:-1] + newline + "}")
            return
        out.append("{")
        first = True
        for k, v in value.items():
            out.append(inner if first else "," + inner)
            first = False
            out.append(encode_basestring(k))
            out.append(": ")
            _indented(v, inner, out, drain)
        out.append(newline + "}")
    elif kind is list or kind is tuple:
        if not value:
            out.append("[]")
            return
        inner = newline + "  "
        kinds = set(map(type, value))
        if kinds <= _SCALARS:
            text = "".join(_leaf_encoder(inner)(value, 0))
            out.append("[" + inner + text[1:-1] + newline + "]")
            return
        if kinds == {dict} and _rows(value):
            # `ROWS_A_CALL` rows a call, every item separated as a row's values are
            # ("," + the rows' inner indentation); then the boundaries between rows moved
            # out a level. A JSON string never holds a raw line break, and a row's values
            # are scalars, so "}," + line break + "{" is only ever such a boundary.
            row = inner + "  "
            encode = _leaf_encoder(row)
            between = inner + "}," + inner + "{" + row
            out.append("[" + inner + "{" + row)
            for start in range(0, len(value), ROWS_A_CALL):
                text = "".join(encode(value[start:start + ROWS_A_CALL], 0))
                if start:
                    out.append(between)
                out.append(text[2:-2].replace("}," + row + "{", between))
                if drain is not None:
                    drain(out)
            out.append(inner + "}" + newline + "]")
            return
        out.append("[")
        first = True
        for v in value:
            out.append(inner if first else "," + inner)
            first = False
            _indented(v, inner, out, drain)
        out.append(newline + "]")
    elif kind in _SCALARS:
        out.append("".join(_leaf_encoder(newline)([value], 0))[1:-1])
    else:
        raise _Unusual
