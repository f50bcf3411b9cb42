"""The files' cache as plain data: what `cchc.load.cache` writes for every file, and reads back.

A repository of 1,000 communes holds 120,000 progress records and 72,000 readings. Pickling
their pydantic models and position objects made a 46 MB file that took longer to read than
the computation took to run, and twice the memory (every model keeps its own field set, every
date and every repeated word its own object). Here the records and readings are rows of small
integers into tables of the distinct values (texts, dates, periods, lists of evidence), so
that the file holds each distinct value once and reading it builds each once. Reading gives
each record and reading back as a row (`cchc.model.rows.RecordRow`, `ReadingRow`: the
models' values in a tuple), which is what the computation reads; the models are made from the
rows only if something asks for them (`cchc.model.repository.FileRows`: validation after an
edit, the writing commands), without validating them a second time (they were validated
when the file was read).

What is packed, per file: its kind and plan (compared with the file as listed now: a file
that changed kind is read again), its diagnostics, and

- for progress records and readings, the rows (the document they came from is made again
  from the file's path: it reads the text again only if a diagnostic needs a position);
- for the settings, the units and the plans (a few hundred objects), the `FileResult` itself,
  which holds them as the plain objects of `cchc.model.domain` (read back without pydantic).

Any file whose result has another shape than these is packed whole too. On reading, every
table is checked for the types it must hold, and everything else must unpack exactly as it
was written: anything else raises, and `cchc.load.cache` takes a raise as a miss. Every row
is checked when the pack is read, not when its models are made: making them later cannot
fail.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import os
from array import array
from collections.abc import Callable, Hashable, Iterable, Sequence
from dataclasses import dataclass
from functools import partial
from itertools import chain, repeat
from typing import Any

from cchc.diagnostics import Diagnostic
from cchc.load.discover import SourceFile
from cchc.load.result import FileResult
from cchc.load.yamlread import Document
from cchc.model.deadlines import Span
from cchc.model.repository import FileRows, Located, Measured, Models
from cchc.model.rows import ReadingRow, RecordRow
from cchc.model.source import Keys

STATUSES = ("in-progress", "done", "blocked")
_STATUS_INDEX = {s: i for i, s in enumerate(STATUSES)}

_new = object.__new__
_set = object.__setattr__


class _Table:
    """Distinct values, each given an index once (0 is None)."""

    def __init__(self) -> None:
        self.values: list[Any] = [None]
        self._index: dict[Hashable, int] = {}

    def add(self, value: Any, key: Hashable | None = None) -> int:
        if value is None:
            return 0
        k = value if key is None else key
        i = self._index.get(k)
        if i is None:
            i = self._index[k] = len(self.values)
            self.values.append(value)
        return i


# The columns of every record of every file, in path order: task, unit, date, status, period,
# note, evidence (indexes into the tables, unsigned) and position in the file (-1: the file is
# one record); of every reading: indicator, unit, value, position.
_RECORD_CODES = "IIIBIII" + "i"
_READING_CODES = "IIdi"


def pack(results: dict[str, FileResult]) -> dict[str, Any]:
    """Every file's result as plain data (see the module doc)."""
    strings, dates, periods, evidence = _Table(), _Table(), _Table(), _Table()
    tables = (strings, dates, periods, evidence)
    columns = ([array(c) for c in _RECORD_CODES], [array(c) for c in _READING_CODES])
    files: dict[str, tuple[str, str | None, tuple[Diagnostic, ...], tuple[Any, ...]]] = {}
    for path, r in results.items():
        body = _pack_rows(r, tables, columns)
        if body is None and r.rows is not None:  # packed whole: with its models, not rows
            records, readings = r.models()
            r = dataclasses.replace(r, records=records, readings=readings, rows=None)
        files[path] = (r.source.kind, r.source.plan, tuple(r.diagnostics),
                       body if body is not None else ("result", r))
    return {"strings": strings.values, "dates": dates.values, "periods": periods.values,
            "evidence": evidence.values, "records": tuple(columns[0]),
            "readings": tuple(columns[1]), "files": files}


def _plain_doc(r: FileResult, docs: list[Any]) -> bool:
    """Whether every position of the result is in one document read from the file itself
    (which `unpack` can make again from the path)."""
    doc = docs[0] if docs else None
    return (isinstance(doc, Document) and doc.origin is not None
            and doc.path == r.source.path and all(d is doc for d in docs))


def _pack_rows(r: FileResult, tables: tuple[_Table, _Table, _Table, _Table],
               columns: tuple[list[array[Any]], list[array[Any]]]) -> tuple[Any, ...] | None:
    """The file's entry, its rows added to `columns`; None if it is packed whole."""
    if (r.config is not None or r.units or r.groups or r.declared or r.plan is not None):
        return None
    from cchc.model.records import Reading, Record  # (pydantic: a warm run packs nothing)

    strings, dates, periods, evidence = tables
    records, readings = r.models()
    if r.source.kind == "updates" and not readings and records:
        if not _plain_doc(r, [loc.doc for loc in records]):
            return None
        rows = []
        for loc in records:
            rec = loc.value
            if type(rec) is not Record or not _key_ok(loc.keys):
                return None
            p = rec.period
            rows.append((strings.add(rec.task), strings.add(rec.unit), dates.add(rec.date),
                         _STATUS_INDEX[rec.status],
                         periods.add(p, (p[0], p[1].start, p[1].end)) if p is not None else 0,
                         strings.add(rec.note),
                         evidence.add(tuple(strings.values[strings.add(e)]
                                            for e in rec.evidence)),
                         loc.keys[0] if loc.keys else -1))
        return ("records", *_append(columns[0], rows))
    if r.source.kind == "measurements" and not records and readings:
        first = readings[0]
        if not _plain_doc(r, [m.reading.doc for m in readings]):
            return None
        label, span, source = first.period, first.span, first.source
        values: list[tuple[int, int, float, int]] = []
        for m in readings:
            reading, keys = m.reading.value, m.reading.keys
            if (type(reading) is not Reading or m.period != label or m.span != span
                    or m.source != source or len(keys) != 2 or keys[0] != "values"
                    or type(keys[1]) is not int or not 0 <= keys[1] < 2**31
                    or type(reading.value) is not float):
                return None
            values.append((strings.add(reading.indicator), strings.add(reading.unit),
                           reading.value, keys[1]))
        return ("readings", strings.add(label), dates.add(span.start), dates.add(span.end),
                strings.add(source), *_append(columns[1], values))
    return None


def _append(columns: list[array[Any]], rows: list[Any]) -> tuple[int, int]:
    """Add the rows to the columns; where they are: (start, stop)."""
    start = len(columns[0])
    for column, values in zip(columns, zip(*rows, strict=True), strict=True):
        column.extend(values)
    return start, start + len(rows)


def _key_ok(keys: Keys) -> bool:
    return keys == () or (len(keys) == 1 and type(keys[0]) is int and 0 <= keys[0] < 2**31)


def _types(values: Iterable[Any]) -> set[type]:
    return set(map(type, values))


def _check(values: list[Any], kind: type, more: Callable[[list[Any]], bool] | None = None
           ) -> None:
    if (type(values) is not list or not values or values[0] is not None
            or not _types(values[1:]) <= {kind} or (more is not None and not more(values))):
        raise ValueError("a table of the files' cache holds something else")


def _periods_ok(values: list[Any]) -> bool:
    rest = values[1:]
    return (set(map(len, rest)) <= {2} and _types(p[0] for p in rest) <= {str}
            and _types(p[1] for p in rest) <= {Span}
            and _types(p[1].start for p in rest) <= {dt.date}
            and _types(p[1].end for p in rest) <= {dt.date})


def _columns(found: Any, codes: str) -> list[array[Any]]:
    if (type(found) is not tuple or len(found) != len(codes)
            or any(type(c) is not array or c.typecode != code
                   for c, code in zip(found, codes, strict=True))
            or len({len(c) for c in found}) != 1):
        raise ValueError("the columns of the files' cache are damaged")
    return list(found)


_record_row = partial(tuple.__new__, RecordRow)
_reading_row = partial(tuple.__new__, ReadingRow)


@dataclass(frozen=True, slots=True)
class Unpacked:
    """The whole pack, checked: its tables, every record as a row, the readings' columns,
    and each file's entry as written (checked by `result` when the file asks for it)."""

    strings: list[Any]
    dates: list[Any]
    records: list[RecordRow]
    record_keys: array[int]
    readings: list[array[Any]]
    files: dict[str, Any]


def unpack(data: dict[str, Any]) -> Unpacked:
    """Check the tables and columns of `pack`'s output and make every record's row."""
    strings, dates, periods, evidence = (data["strings"], data["dates"], data["periods"],
                                         data["evidence"])
    _check(strings, str)
    _check(dates, dt.date)
    _check(periods, tuple, _periods_ok)
    _check(evidence, tuple, lambda e: _types(chain.from_iterable(e[1:])) <= {str})
    t, u, d, st, p, n, e, k = _columns(data["records"], _RECORD_CODES)
    # An index past its table raises below; the unsigned columns hold no negative one; the
    # task, unit and date are never None
    if 0 in t or 0 in u or 0 in d or (k and min(k) < -1):
        raise ValueError("a record's row is damaged")
    ev = [(), *evidence[1:]]
    rows = list(map(_record_row, zip(map(strings.__getitem__, t), map(strings.__getitem__, u),
                                     map(dates.__getitem__, d), map(STATUSES.__getitem__, st),
                                     map(periods.__getitem__, p), map(strings.__getitem__, n),
                                     map(ev.__getitem__, e), strict=True)))
    readings = _columns(data["readings"], _READING_CODES)
    if 0 in readings[0] or (readings[3] and min(readings[3]) < 0):  # (indexes: as above)
        raise ValueError("a reading's row is damaged")
    files = data["files"]
    if type(files) is not dict:
        raise ValueError("no files")
    return Unpacked(strings, dates, rows, k, readings, files)


def bare_result(source: SourceFile, diagnostics: list[Diagnostic]) -> FileResult:
    """`FileResult(source, diagnostics)`, without the dataclass's `__init__` (12,000 a run);
    `tests/test_rows.py` holds the two equal."""
    out = _new(FileResult)
    out.__dict__ = {"source": source, "diagnostics": diagnostics, "config": None, "units": [],
                    "groups": [], "declared": set(), "plan": None, "records": [],
                    "readings": [], "rows": None}
    return out


def _slice(body: tuple[Any, ...], length: int) -> tuple[int, int]:
    start, stop = body[-2], body[-1]
    if type(start) is not int or type(stop) is not int or not 0 <= start < stop <= length:
        raise ValueError("a file's rows are damaged")
    return start, stop


def entry(whole: Unpacked, source: SourceFile) -> tuple[Any, ...] | None:
    """The file's entry in the pack, if it has one for a file of this kind and plan."""
    found = whole.files.get(source.path)
    if (type(found) is not tuple or len(found) != 4 or found[0] != source.kind
            or found[1] != source.plan):
        return None
    return found


def result(source: SourceFile, found: tuple[Any, ...], whole: Unpacked, root: str
           ) -> FileResult:
    """The `FileResult` of one file from its `entry`, its positions in the file under `root`
    (raises if damaged)."""
    _, _, diagnostics, body = found
    if type(diagnostics) is not tuple or type(body) is not tuple or (diagnostics and not all(
            type(d) is Diagnostic for d in diagnostics)):
        raise ValueError("a file's entry is damaged")
    what = body[0]
    if what == "result":
        r = body[1]
        if (type(r) is not FileResult or r.source != source
                or list(r.diagnostics) != list(diagnostics)):
            raise ValueError("a file's result is damaged")
        return r
    out = bare_result(source, list(diagnostics))
    origin = (source.path, root)
    if what == "records" and len(body) == 3:
        start, stop = _slice(body, len(whole.records))
        records = whole.records[start:stop]
        out.rows = FileRows(records, [], partial(_records, records,
                                                 whole.record_keys[start:stop], origin))
        return out
    if what == "readings" and len(body) == 7:
        _, li, si, ei, src, _, _ = body
        strings, dates = whole.strings, whole.dates
        if (type(li) is not int or type(si) is not int or type(ei) is not int
                or type(src) is not int or not (0 < li < len(strings) and 0 < si < len(dates)
                                                and 0 < ei < len(dates)
                                                and 0 <= src < len(strings))):
            raise ValueError("a reading file's period is damaged")
        label, source_text = strings[li], strings[src]
        span = Span(dates[si], dates[ei])
        start, stop = _slice(body, len(whole.readings[0]))
        ind, unit, value, pos = (c[start:stop] for c in whole.readings)
        readings = list(map(_reading_row, zip(map(strings.__getitem__, ind),
                                              map(strings.__getitem__, unit), value,
                                              repeat(label, stop - start), strict=True)))
        out.rows = FileRows([], readings, partial(_readings, readings, pos, origin, span,
                                                  source_text))
        return out
    raise ValueError("unknown kind of packed result")


def _records(rows: list[RecordRow], where: Sequence[int], origin: tuple[str, str]
             ) -> Models:
    """The models of one file's records, from its rows (checked when read) and positions in
    the file (its path, and the root it is under): each object gets its fields as
    `model_construct` gives them, without its per-field loop, and one set of given fields
    shared by all (the models are frozen)."""
    from cchc.model.records import Record  # (pydantic: only when the models are asked for)

    doc = Document(origin[0], None, None, os.path.join(origin[1], origin[0]))
    new, put = _new, _set  # written out, not called: 120,000 objects per run
    fields = set(Record.model_fields)
    keys: dict[int, Keys] = {-1: ()}
    out: list[Located[Record]] = []
    append = out.append
    for (task, unit, date, status, period, note, evidence), k in zip(rows, where, strict=True):
        rec = new(Record)
        put(rec, "__dict__", {"task": task, "unit": unit, "date": date, "status": status,
                              "period": period, "note": note, "evidence": evidence})
        put(rec, "__pydantic_fields_set__", fields)
        put(rec, "__pydantic_extra__", None)
        put(rec, "__pydantic_private__", None)
        key = keys.get(k)
        if key is None:
            key = keys[k] = (k,)
        loc = new(Located)
        put(loc, "value", rec)
        put(loc, "doc", doc)
        put(loc, "keys", key)
        append(loc)
    return out, []


def _readings(rows: list[ReadingRow], where: Sequence[int], origin: tuple[str, str],
              span: Span, source: str | None) -> Models:
    """The models of one file's readings, from its rows and positions (as `_records`)."""
    from cchc.model.records import Reading

    doc = Document(origin[0], None, None, os.path.join(origin[1], origin[0]))
    new, put = _new, _set
    fields = set(Reading.model_fields)
    out: list[Measured] = []
    add = out.append
    for (indicator, unit, value, label), i in zip(rows, where, strict=True):
        reading = new(Reading)
        put(reading, "__dict__", {"indicator": indicator, "unit": unit, "value": value})
        put(reading, "__pydantic_fields_set__", fields)
        put(reading, "__pydantic_extra__", None)
        put(reading, "__pydantic_private__", None)
        loc = new(Located)
        put(loc, "value", reading)
        put(loc, "doc", doc)
        put(loc, "keys", ("values", i))
        m = new(Measured)
        put(m, "reading", loc)
        put(m, "period", label)
        put(m, "span", span)
        put(m, "source", source)
        add(m)
    return [], out
