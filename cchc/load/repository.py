"""Reading a whole repository: files → results → one `Repository`.

Each file is read, parsed and validated on its own (`read_file`, in `cchc.load.readfile`,
gives a `FileResult`, which the cache can keep); `assemble` then joins the results into one
`Repository`. Every problem becomes a diagnostic and the rest of the file (and of the
repository) is still read, so that `check` reports everything in one run.

Nothing here imports pydantic or the YAML parser: a warm run, every result from the files'
cache, assembles them without; `cchc.load.readfile` is imported when a file is read.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Protocol

from cchc.diagnostics import Diagnostic, error
from cchc.load.discover import SourceFile, config_file
from cchc.load.result import FileResult
from cchc.load.yamlread import Document, parse
from cchc.model.domain import Config
from cchc.model.repository import PlanData, Repository


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


def read_file(root: Path, source: SourceFile, raw: bytes | None = None) -> FileResult:
    """Read, parse and validate one file (`raw`: its bytes, when already read): see
    `cchc.load.readfile`, imported only when a file is read."""
    from cchc.load import readfile

    return readfile.read_file(root, source, raw)


def assemble(root: Path, results: list[FileResult], problems: list[Diagnostic]) -> Repository:
    """One repository from the files' results (in path order), plus the layout's problems."""
    repo = Repository(root=root, config=Config(), files=len(results))
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
