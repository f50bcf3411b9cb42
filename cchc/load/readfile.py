"""One file read, parsed and validated: its `FileResult`.

The YAML is parsed keeping positions (`cchc.load.yamlread`), validated by the file's pydantic
model (`cchc.model.config`, `units`, `plan`, `records`: `cchc.load.schema` points every error
at its node), and what is valid is made into the objects every later stage reads
(`cchc.model.domain` for the settings, units and plans; the records' and readings' models,
read as rows by the computation). Only a file read afresh comes here: a warm run takes every
result from the files' cache and imports neither this module nor pydantic.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from pydantic import ValidationError

from cchc.diagnostics import Diagnostic, error
from cchc.load import schema
from cchc.load.discover import SourceFile
from cchc.load.result import FileResult
from cchc.load.yamlread import Document, parse
from cchc.model.config import Config
from cchc.model.deadlines import DeadlineError, Span, period_key, period_span
from cchc.model.plan import Plan
from cchc.model.records import MeasurementsFile, Record
from cchc.model.repository import Located, Measured, PlanData
from cchc.model.units import UnitsFile


def read_file(root: Path, source: SourceFile, raw: bytes | None = None) -> FileResult:
    """Read, parse and validate one file (`raw`: its bytes, when already read)."""
    result = FileResult(source)
    path = root / source.path
    if raw is None:
        try:
            raw = path.read_bytes()
        except OSError as exc:
            reason = exc.strerror or type(exc).__name__
            result.diagnostics.append(error(source.path, 1, 1, "unreadable", reason=reason))
            return result
    doc, result.diagnostics = parse(source.path, raw, str(path))
    if doc is not None:
        _BUILDERS[source.kind](result, doc)
        doc.data = None  # the models hold what is needed; positions come from the text
    return result


def _mapping(doc: Document, what: str, problems: list[Diagnostic],
             allow_empty: bool = False) -> dict[str, Any] | None:
    if isinstance(doc.data, dict):
        return doc.data
    if doc.data is None:
        if allow_empty:
            return {}
        problems.append(error(doc.path, 1, 1, "empty-file", expected=what))
        return None
    line, col = doc.locate(())
    problems.append(error(doc.path, line, col, "not-a-mapping", expected=what,
                          got=type(doc.data).__name__))
    return None


def _config(result: FileResult, doc: Document) -> None:
    problems = result.diagnostics
    data = _mapping(doc, "config", problems, allow_empty=True)
    if data is None:
        return
    config, _, found = schema.validate(Config, data, doc)
    problems.extend(found)
    result.config = schema.plain(config) if config is not None else None


def _units(result: FileResult, doc: Document) -> None:
    problems = result.diagnostics
    data = _mapping(doc, "units", problems)
    if data is None:
        return
    result.declared = _declared(data, ("units", "groups"))
    model, kept, found = schema.validate(UnitsFile, data, doc, salvage=("units", "groups"))
    problems.extend(found)
    if model is None:
        return
    for i, unit in zip(kept.get("units", range(len(model.units))), model.units, strict=True):
        result.units.append(Located(schema.plain(unit), doc, ("units", i)))
    for i, group in zip(kept.get("groups", range(len(model.groups))), model.groups,
                        strict=True):
        result.groups.append(Located(schema.plain(group), doc, ("groups", i)))


def _declared(data: dict[str, Any], fields: tuple[str, ...]) -> set[str]:
    """Every id written under the list fields, whether or not its item is valid."""
    out: set[str] = set()
    for name in fields:
        items = data.get(name)
        for item in items if isinstance(items, list) else ():
            if isinstance(item, dict) and isinstance(item.get("id"), str | int | float):
                out.add(str(item["id"]))
    return out


def _plan(result: FileResult, doc: Document) -> None:
    problems = result.diagnostics
    handle = result.source.plan or ""
    data = _mapping(doc, "plan", problems)
    if data is None:
        return
    model, kept, found = schema.validate(Plan, data, doc,
                                         salvage=("tasks", "indicators", "sections"))
    problems.extend(found)
    if model is None:
        return
    plan = schema.plain(model)
    pd = PlanData(handle, doc, plan, declared=_declared(data, ("tasks", "sections",
                                                                "indicators")))
    for name, items, target in (("sections", plan.sections, pd.sections),
                                ("tasks", plan.tasks, pd.tasks),
                                ("indicators", plan.indicators, pd.indicators)):
        for i, item in zip(kept.get(name, range(len(items))), items, strict=True):
            target.append(Located(item, doc, (name, i)))  # type: ignore[arg-type]
    result.plan = pd


def _updates(result: FileResult, doc: Document) -> None:
    problems = result.diagnostics
    if doc.data is None:
        problems.append(error(doc.path, 1, 1, "empty-file", expected="updates"))
        return
    entries: list[tuple[tuple[int, ...], Any]]
    if isinstance(doc.data, list):
        entries = [((i,), item) for i, item in enumerate(doc.data)]
    elif isinstance(doc.data, dict):
        entries = [((), doc.data)]
    else:
        line, col = doc.locate(())
        problems.append(error(doc.path, line, col, "not-a-record", got=type(doc.data).__name__))
        return
    # A valid record is validated once, straight by pydantic's core; an invalid one again
    # through `schema.validate`, which turns its errors into diagnostics.
    validate_record = Record.__pydantic_validator__.validate_python
    records = result.records
    for keys, item in entries:
        try:
            record: Record | None = validate_record(item)
        except ValidationError:
            record, _, found = schema.validate(Record, item, doc, base=keys)
            problems.extend(found)
        if record is not None:
            records.append(Located(record, doc, keys))


def _measurements(result: FileResult, doc: Document) -> None:
    problems = result.diagnostics
    data = _mapping(doc, "measurements", problems)
    if data is None:
        return
    model, kept, found = schema.validate(MeasurementsFile, data, doc, salvage=("values",))
    problems.extend(found)
    if model is None:
        return
    written, span = model.period
    label = reading_period_label(span)
    if label is None:
        line, col = doc.locate(("period",))
        problems.append(error(doc.path, line, col, "bad-reading-period", value=written))
        return
    for i, reading in zip(kept.get("values", range(len(model.values))), model.values,
                          strict=True):
        result.readings.append(Measured(Located(reading, doc, ("values", i)), label, span,
                                    model.source))


def reading_period_label(span: Span) -> str | None:
    """The canonical label of a reading's period: a whole month, quarter or year."""
    for freq in ("monthly", "quarterly", "yearly"):
        label = period_key(freq, span.start)
        try:
            if period_span(label) == span:
                return label
        except DeadlineError:
            return None
    return None


_BUILDERS = {"config": _config, "units": _units, "plan": _plan, "updates": _updates,
             "measurements": _measurements}
