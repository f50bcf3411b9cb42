"""Reading a whole repository into models: files → documents → validated objects.

Each file is read, parsed and validated on its own (`read_file` gives a `FileResult`, which
the cache can keep); `assemble` then joins the results into one `Repository`. Every problem
becomes a diagnostic and the rest of the file (and of the repository) is still read, so that
`check` reports everything in one run.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Protocol

from pydantic import ValidationError

from cchc.diagnostics import Diagnostic, error
from cchc.load import schema
from cchc.load.discover import SourceFile, config_file
from cchc.load.yamlread import Document, parse
from cchc.model.config import Config
from cchc.model.deadlines import DeadlineError, Span, period_key, period_span
from cchc.model.plan import Plan
from cchc.model.records import MeasurementsFile, Record
from cchc.model.repository import FileRows, Located, Measured, PlanData, Repository
from cchc.model.units import Group, Unit, UnitsFile


@dataclass
class FileResult:
    """What one file contributes to the repository: its own diagnostics and valid items."""

    source: SourceFile
    diagnostics: list[Diagnostic] = field(default_factory=list)
    config: Config | None = None
    units: list[Located[Unit]] = field(default_factory=list)
    groups: list[Located[Group]] = field(default_factory=list)
    declared: set[str] = field(default_factory=set)
    plan: PlanData | None = None  # sections, tasks and indicators; records come from others
    records: list[Located[Record]] = field(default_factory=list)
    readings: list[Measured] = field(default_factory=list)
    # From the files' cache: the records or readings as rows, their models made on demand
    # (then `records` and `readings` above are empty; `models` gives them either way).
    rows: FileRows | None = None

    def models(self) -> tuple[list[Located[Record]], list[Measured]]:
        """The records and readings of the file as models."""
        return self.rows.models() if self.rows is not None else (self.records, self.readings)


class ResultCache(Protocol):
    """What `read_files` needs of `cchc.load.cache.Cache` (named so, the cache imports this
    module, not the other way round)."""

    def results(self, root: Path, files: list[SourceFile],
                read: Callable[..., FileResult]) -> list[FileResult]: ...


def read_files(root: Path, files: list[SourceFile],
               cache: ResultCache | None) -> list[FileResult]:
    if cache is None:
        return [read_file(root, source) for source in files]
    return cache.results(root, files, read_file)


def assemble(root: Path, results: list[FileResult], problems: list[Diagnostic]) -> Repository:
    """One repository from the files' results (in path order), plus the layout's problems."""
    repo = Repository(root=root, config=Config.model_construct(), files=len(results))
    found = list(problems)
    for r in results:
        found.extend(r.diagnostics)
        if r.config is not None:
            repo.config = r.config
        repo.units.extend(r.units)
        repo.groups.extend(r.groups)
        if r.source.kind == "units":
            repo.declared_units |= r.declared
        if r.source.kind == "plan" and r.source.plan is not None:
            repo.plan_folders.append(r.source.plan)
        if r.plan is not None:
            p = r.plan
            repo.plans[p.handle] = PlanData(p.handle, p.doc, p.plan, list(p.sections),
                                            list(p.tasks), list(p.indicators),
                                            declared=set(p.declared))
    for r in results:
        pd = repo.plans.get(r.source.plan or "")
        if pd is not None:
            pd.add(r.records, r.readings, r.rows)
    repo.diagnostics = found
    return repo


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


def read_config(root: Path) -> Config:
    """The settings alone (for the language), the defaults if cchc.yaml is absent or bad."""
    name = config_file(root)  # never through a link out of the repository
    if name is None:
        return Config()
    return read_file(root, SourceFile(name, "config")).config or Config()


def read_document(root: Path, rel: str) -> tuple[Document | None, list[Diagnostic]]:
    try:
        raw = (root / rel).read_bytes()
    except OSError as exc:
        reason = exc.strerror or type(exc).__name__
        return None, [error(rel, 1, 1, "unreadable", reason=reason)]
    return parse(rel, raw, str(root / rel))


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
    result.config = config


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
    for name, items, target in (("units", model.units, result.units),
                                ("groups", model.groups, result.groups)):
        for i, item in zip(kept.get(name, range(len(items))), items, strict=True):
            target.append(Located(item, doc, (name, i)))  # type: ignore[arg-type]


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
    plan, kept, found = schema.validate(Plan, data, doc,
                                        salvage=("tasks", "indicators", "sections"))
    problems.extend(found)
    if plan is None:
        return
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
