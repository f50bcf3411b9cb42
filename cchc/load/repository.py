"""Reading a whole repository into models: files → documents → validated objects.

Every file is read once; each problem becomes a diagnostic and the rest of the file (and of
the repository) is still read, so that `check` reports everything in one run.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from cchc.diagnostics import Diagnostic, error
from cchc.load import schema
from cchc.load.discover import SourceFile, list_files
from cchc.load.yamlread import Document, parse
from cchc.model.config import Config
from cchc.model.deadlines import DeadlineError, Span, period_key, period_span
from cchc.model.plan import Plan
from cchc.model.records import MeasurementsFile, Record
from cchc.model.repository import Located, Measured, PlanData, Repository
from cchc.model.units import UnitsFile


def load_repository(root: Path) -> Repository:
    files, problems = list_files(root)
    docs: list[tuple[SourceFile, Document]] = []
    for source in files:
        doc, found = read_document(root, source.path)
        problems.extend(found)
        if doc is not None:
            docs.append((source, doc))
    config = Config()
    repo = Repository(root=root, config=config, files=len(files))
    for source, doc in docs:
        if source.kind == "config":
            repo.config = _config(doc, problems)
        elif source.kind == "units":
            _units(repo, doc, problems)
        elif source.kind == "plan":
            assert source.plan is not None
            _plan(repo, source.plan, doc, problems)
    for source, doc in docs:
        if source.kind == "updates":
            _updates(repo, source, doc, problems)
        elif source.kind == "measurements":
            _measurements(repo, source, doc, problems)
    repo.diagnostics = problems
    return repo


def read_document(root: Path, rel: str) -> tuple[Document | None, list[Diagnostic]]:
    try:
        raw = (root / rel).read_bytes()
    except OSError as exc:
        reason = exc.strerror or type(exc).__name__
        return None, [error(rel, 1, 1, "unreadable", reason=reason)]
    return parse(rel, raw)


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


def _config(doc: Document, problems: list[Diagnostic]) -> Config:
    data = _mapping(doc, "config", problems, allow_empty=True)
    if data is None:
        return Config()
    config, _, found = schema.validate(Config, data, doc)
    problems.extend(found)
    return config or Config()


def _units(repo: Repository, doc: Document, problems: list[Diagnostic]) -> None:
    data = _mapping(doc, "units", problems)
    if data is None:
        return
    repo.declared_units |= _declared(data, ("units", "groups"))
    model, kept, found = schema.validate(UnitsFile, data, doc, salvage=("units", "groups"))
    problems.extend(found)
    if model is None:
        return
    for name, items, target in (("units", model.units, repo.units),
                                ("groups", model.groups, repo.groups)):
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


def _plan(repo: Repository, handle: str, doc: Document, problems: list[Diagnostic]) -> None:
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
    repo.plans[handle] = pd


def _updates(repo: Repository, source: SourceFile, doc: Document,
             problems: list[Diagnostic]) -> None:
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
    pd = repo.plans.get(source.plan or "")
    for keys, item in entries:
        record, _, found = schema.validate(Record, item, doc, base=keys)
        problems.extend(found)
        if record is not None and pd is not None:
            pd.records.append(Located(record, doc, keys))


def _measurements(repo: Repository, source: SourceFile, doc: Document,
                  problems: list[Diagnostic]) -> None:
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
    pd = repo.plans.get(source.plan or "")
    if pd is None:
        return
    for i, reading in zip(kept.get("values", range(len(model.values))), model.values,
                          strict=True):
        pd.readings.append(Measured(Located(reading, doc, ("values", i)), label, span,
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
