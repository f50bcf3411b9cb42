"""The files' cache as plain data: what `cchc.load.cache` writes for every file, and reads back.

A repository of 1,000 communes holds 120,000 progress records and 72,000 readings. Pickling
their pydantic models and position objects made a 46 MB file that took longer to read than
the computation took to run, and twice the memory (every model keeps its own field set, every
date and every repeated word its own object). Here the records and readings are rows of small
integers into tables of the distinct values (texts, dates, periods, lists of evidence), so
that the file holds each distinct value once and reading it builds each once. Reading gives
each record and reading back as a row (`cchc.model.records.RecordRow`, `ReadingRow`: the
models' values in a tuple), which is what the computation reads; the models are made from the
rows only if something asks for them (`cchc.model.repository.FileRows`: validation after an
edit, the writing commands), without validating them a second time (they were validated
when the file was read).

What is packed, per file: its kind and plan (compared with the file as listed now: a file
that changed kind is read again), its diagnostics, and

- for progress records and readings, the rows (the document they came from is made again
  from the file's path: it reads the text again only if a diagnostic needs a position);
- for the settings, the units and the plans (a few hundred objects), the `FileResult` itself.

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
from collections.abc import Callable, Hashable
from typing import Any

from cchc.diagnostics import Diagnostic
from cchc.load.discover import SourceFile
from cchc.load.repository import FileResult
from cchc.load.yamlread import Document
from cchc.model.deadlines import Span
from cchc.model.records import Reading, ReadingRow, Record, RecordRow
from cchc.model.repository import FileRows, Located, Measured
from cchc.model.source import Keys

STATUSES = ("in-progress", "done", "blocked")
_STATUS_INDEX = {s: i for i, s in enumerate(STATUSES)}
_RECORD_FIELDS = frozenset(Record.model_fields)
_READING_FIELDS = frozenset(Reading.model_fields)

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


def pack(results: dict[str, FileResult]) -> dict[str, Any]:
    """Every file's result as plain data (see the module doc)."""
    strings, dates, periods, evidence = _Table(), _Table(), _Table(), _Table()
    files: dict[str, tuple[str, str | None, tuple[Diagnostic, ...], tuple[Any, ...]]] = {}
    for path, r in results.items():
        body = _pack_rows(r, strings, dates, periods, evidence)
        if body is None and r.rows is not None:  # packed whole: with its models, not rows
            records, readings = r.models()
            r = dataclasses.replace(r, records=records, readings=readings, rows=None)
        files[path] = (r.source.kind, r.source.plan, tuple(r.diagnostics),
                       body if body is not None else ("result", r))
    return {"strings": strings.values, "dates": dates.values, "periods": periods.values,
            "evidence": evidence.values, "files": files}


def _plain_doc(r: FileResult, docs: list[Any]) -> bool:
    """Whether every position of the result is in one document read from the file itself
    (which `unpack` can make again from the path)."""
    doc = docs[0] if docs else None
    return (isinstance(doc, Document) and doc.origin is not None
            and doc.path == r.source.path and all(d is doc for d in docs))


def _pack_rows(r: FileResult, strings: _Table, dates: _Table, periods: _Table,
               evidence: _Table) -> tuple[Any, ...] | None:
    if (r.config is not None or r.units or r.groups or r.declared or r.plan is not None):
        return None
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
        return ("records", tuple(rows))
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
                    or type(keys[1]) is not int or type(reading.value) is not float):
                return None
            values.append((strings.add(reading.indicator), strings.add(reading.unit),
                           reading.value, keys[1]))
        return ("readings", strings.add(label), dates.add(span.start), dates.add(span.end),
                strings.add(source), tuple(values))
    return None


def _key_ok(keys: Keys) -> bool:
    return keys == () or (len(keys) == 1 and type(keys[0]) is int and keys[0] >= 0)


def _check(values: list[Any], ok: Callable[[Any], bool]) -> None:
    if not values or values[0] is not None or not all(ok(v) for v in values[1:]):
        raise ValueError("a table of the files' cache holds something else")


def _is_period(p: Any) -> bool:
    return (type(p) is tuple and len(p) == 2 and type(p[0]) is str and type(p[1]) is Span
            and type(p[1].start) is dt.date and type(p[1].end) is dt.date)


def unpack(data: dict[str, Any]) -> dict[str, tuple[str, str | None, Any]]:
    """Check the tables of `pack`'s output and return, per file, what `result` needs."""
    strings, dates, periods, evidence = (data["strings"], data["dates"], data["periods"],
                                         data["evidence"])
    _check(strings, lambda s: type(s) is str)
    _check(dates, lambda d: type(d) is dt.date)
    _check(periods, _is_period)
    _check(evidence, lambda e: type(e) is tuple and all(type(s) is str for s in e))
    files = data["files"]
    if type(files) is not dict:
        raise ValueError("no files")
    tables = (strings, dates, periods, evidence)
    out: dict[str, tuple[str, str | None, Any]] = {}
    for path, (kind, plan, diagnostics, body) in files.items():
        if type(path) is not str or type(diagnostics) is not tuple or not all(
                type(d) is Diagnostic for d in diagnostics):
            raise ValueError("a file's entry is damaged")
        out[path] = (kind, plan, (diagnostics, body, tables))
    return out


def result(source: SourceFile, packed: Any, root: str) -> FileResult:
    """The `FileResult` of one file from what `unpack` gave for it, its positions in the file
    under `root` (raises if damaged)."""
    diagnostics, body, (strings, dates, periods, evidence) = packed
    what = body[0]
    if what == "result":
        r = body[1]
        if (type(r) is not FileResult or r.source != source
                or list(r.diagnostics) != list(diagnostics)):
            raise ValueError("a file's result is damaged")
        return r
    out = FileResult(source, list(diagnostics))
    doc = Document(source.path, None, None, os.path.join(root, source.path))
    row = tuple.__new__  # written out, not called: 200,000 rows per run
    if what == "records":
        records: list[RecordRow] = []
        add_record = records.append
        where: list[int] = []
        for t, u, d, s, p, n, e, k in body[1]:
            if (t <= 0 or u <= 0 or d <= 0 or s < 0 or e < 0 or p < 0 or n < 0
                    or type(k) is not int or k < -1):
                raise ValueError("a record's row is damaged")
            add_record(row(RecordRow, (strings[t], strings[u], dates[d], STATUSES[s],
                                       periods[p], strings[n], evidence[e] or ())))
            where.append(k)
        out.rows = FileRows(records, [], lambda: (_records(records, where, doc), []))
        return out
    if what == "readings":
        _, li, si, ei, src, values = body
        label, source_text = strings[li], strings[src]
        if li <= 0 or si <= 0 or ei <= 0 or src < 0:
            raise ValueError("a reading file's period is damaged")
        span = Span(dates[si], dates[ei])
        readings: list[ReadingRow] = []
        add_reading = readings.append
        for ind, unit, value, i in values:
            if ind <= 0 or unit < 0 or type(value) is not float or type(i) is not int:
                raise ValueError("a reading's row is damaged")
            add_reading(row(ReadingRow, (strings[ind], strings[unit], value, label)))
        out.rows = FileRows([], readings, lambda: ([], _readings(
            readings, [v[3] for v in values], doc, span, source_text)))
        return out
    raise ValueError("unknown kind of packed result")


def _records(rows: list[RecordRow], where: list[int], doc: Document) -> list[Located[Record]]:
    """The models of one file's records, from its rows (checked when read) and positions:
    each object gets its fields as `model_construct` gives them, without its per-field
    loop, and one set of given fields shared by all (the models are frozen)."""
    new, put = _new, _set  # written out, not called: 120,000 objects per run
    fields = set(_RECORD_FIELDS)
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
    return out


def _readings(rows: list[ReadingRow], where: list[int], doc: Document, span: Span,
              source: str | None) -> list[Measured]:
    """The models of one file's readings, from its rows and positions (as `_records`)."""
    new, put = _new, _set
    fields = set(_READING_FIELDS)
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
    return out
