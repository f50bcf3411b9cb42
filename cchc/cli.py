"""The command line: parse options, call the core, pick a renderer, return an exit code.

Nothing here computes; every command is a few lines over `cchc.pipeline`, `cchc.compute` and
`cchc.render`. Exit codes (format section 8): 0 success; 1 the repository has errors (or a
`--fail-on-*` condition holds); 2 bad usage or no repository.

What `--help` shows is not the docstrings (they are for developers) but the catalogues'
`help.<command>` and `help.<command>.<option>` texts (`cchc/i18n/{en,vi}_help.py`), in the
language `i18n.help_language` picks from the environment when this module is imported:
Typer builds help from strings fixed at definition time, before any option is parsed.
"""

from __future__ import annotations

import datetime as dt
import os
import sys
from enum import StrEnum
from pathlib import Path
from typing import TYPE_CHECKING, Annotated, NoReturn

import typer

from cchc import __version__, i18n
from cchc.errors import CchcError

if TYPE_CHECKING:  # the pipeline is imported by the commands that run it, not by --help
    from cchc.compute.summary import Status as Summary
    from cchc.diagnostics import Diagnostic
    from cchc.model.repository import PlanData
    from cchc.pipeline import Loaded

HELP_LANG = i18n.help_language(os.environ)


def h(key: str) -> str:
    """The help text `help.<key>`, in the language of `--help`."""
    return i18n.t(HELP_LANG, "help." + key)


app = typer.Typer(
    name="cchc",
    help=h("app"),
    no_args_is_help=True,
    add_completion=True,
    pretty_exceptions_enable=False,
)


class Lang(StrEnum):
    vi = "vi"
    en = "en"


class CheckFormat(StrEnum):
    text = "text"
    json = "json"
    github = "github"


class TableFormat(StrEnum):
    table = "table"
    json = "json"


class ListFormat(StrEnum):
    table = "table"
    json = "json"
    csv = "csv"


def _parse_date(value: str | None) -> dt.date | None:
    if value is None:
        return None
    try:
        return dt.date.fromisoformat(value)
    except ValueError:
        # Said before any repository (and its language) is known: in the help's language.
        raise typer.BadParameter(i18n.t(HELP_LANG, "error.bad-date", value=value)) from None


RepoOpt = Annotated[Path | None, typer.Option("--repo", help=h("opt.repo"),
                                               show_default=False)]
AsOfOpt = Annotated[str | None, typer.Option("--as-of", help=h("opt.as-of"), show_default=False)]
LangOpt = Annotated[Lang | None, typer.Option("--lang", help=h("opt.lang"), show_default=False)]
PlanOpt = Annotated[str | None, typer.Option("--plan", help=h("opt.plan"), show_default=False)]
UnitOpt = Annotated[str | None, typer.Option("--unit", help=h("opt.unit"), show_default=False)]
NoCacheOpt = Annotated[bool, typer.Option("--no-cache", help=h("opt.no-cache"))]
AllowErrorsOpt = Annotated[bool, typer.Option("--allow-errors", help=h("opt.allow-errors"))]
ListFormatOpt = Annotated[ListFormat, typer.Option("--format", help=h("opt.list-format"))]


class _Globals:
    repo: Path | None = None
    no_cache: bool = False


@app.callback(invoke_without_command=True)
def _main(
    repo: RepoOpt = None,
    no_cache: NoCacheOpt = False,
    version: Annotated[bool, typer.Option("--version", help=h("opt.version"),
                                          is_eager=True)] = False,
) -> None:
    """The options given before the command: `--repo`, `--no-cache`, `--version`."""
    if version:
        typer.echo(f"cchc {__version__}")
        raise typer.Exit(0)
    _Globals.repo = repo
    _Globals.no_cache = no_cache


class Session:
    """What every command needs: the repository, loaded and validated, and the language."""

    def __init__(self, repo: Path | None, lang: Lang | None, as_of: str | None,
                 no_cache: bool = False, *, load_all: bool = True) -> None:
        from cchc.load.cache import default_dir
        from cchc.load.discover import find_root
        from cchc.pipeline import today_in_vietnam

        self.requested_lang = lang.value if lang else None
        self.lang = self.requested_lang or "en"
        self.as_of = _parse_date(as_of) or today_in_vietnam()
        try:
            self.root = find_root(repo or _Globals.repo, os.environ, Path.cwd())
        except CchcError as exc:
            self.fail(exc.key, exc.exit_code, **exc.args_)
        bypass = no_cache or _Globals.no_cache
        self.cache_dir = None if bypass else default_dir(os.environ)
        if load_all:
            self.reload()
            self.lang = self.requested_lang or self.loaded.repo.config.language
        else:  # `check` reads the settings alone, and the rest through the cache if it can
            from cchc.load.repository import read_config

            self.lang = self.requested_lang or read_config(self.root).language

    def t(self, key: str, **kwargs: object) -> str:
        return i18n.t(self.lang, key, **kwargs)

    def reload(self) -> None:
        """Read (again) the repository, through the cache unless --no-cache."""
        from cchc.pipeline import load

        self.loaded: Loaded = load(self.root, self.cache_dir)

    @property
    def locality(self) -> str:
        """The locality named in report headers: cchc.yaml's `name`, else the folder's."""
        return self.loaded.repo.config.name or self.root.name

    def replace(self, path: Path, content: bytes) -> None:
        """Write a generated file (report, calendar, letter) atomically, or fail (exit 1)."""
        from cchc.write.atomic import replace_file

        try:
            replace_file(path, content)
        except OSError as exc:
            self.fail("write.failed", 1, path=str(path),
                      reason=exc.strerror or type(exc).__name__)

    def emit(self, content: str | bytes, output: Path | None) -> None:
        """Generated output: its exact bytes to stdout, or to `output` (said on stderr)."""
        data = content.encode("utf-8") if isinstance(content, str) else content
        if output is None:
            _write_bytes(data)
            return
        self.replace(output, data)
        typer.echo(self.t("write.done", path=str(output)), err=True)

    def fail(self, key: str, exit_code: int = 2, **kwargs: object) -> NoReturn:
        typer.echo(self.t(key, **kwargs), err=True)
        raise typer.Exit(exit_code)

    def require_valid(self, allow_errors: bool) -> bool:
        """Errors block results (exit 1) unless `--allow-errors`; returns True if incomplete."""
        from cchc.render.diagnostics import text

        errors = [d for d in self.loaded.diagnostics if d.is_error]
        if not errors:
            return False
        if allow_errors:
            typer.echo(self.t("cli.incomplete", errors=len(errors)), err=True)
            return True
        typer.echo(self.t("cli.blocked", errors=len(errors)), err=True)
        sys.stderr.write(text(errors[:5], self.lang))
        if len(errors) > 5:
            typer.echo(self.t("cli.more-errors", count=len(errors) - 5), err=True)
        raise typer.Exit(1)

    def plan(self, handle: str | None) -> str | None:
        """`--plan` checked: a plan of the repository whose plan file could be read."""
        if handle is None:
            return None
        folders = sorted(self.loaded.repo.plan_folders)
        if handle not in folders:
            self.fail("error.unknown-plan", plan=handle, known=", ".join(folders) or "-")
        if handle not in self.loaded.repo.plans:  # its plan.yaml has errors
            self.fail("error.plan-invalid", 1, plan=handle)
        return handle

    def one_plan(self, handle: str | None) -> PlanData:
        """The plan a write goes to: `--plan`, or the only plan of the repository."""
        folders = sorted(self.loaded.repo.plan_folders)
        if handle is None:
            if len(folders) != 1:
                self.fail("error.plan-required", known=", ".join(folders) or "-")
            handle = folders[0]
        checked = self.plan(handle)
        assert checked is not None
        return self.loaded.repo.plans[checked]

    def summary(self, plan: str | None, unit: str | None, allow_errors: bool) -> Summary:
        """The status of the plans as of the date: what status, report and friends show."""
        from cchc.compute.summary import summarise

        incomplete = self.require_valid(allow_errors)
        return summarise(self.loaded.repo, self.loaded.registry, self.as_of,
                         plan=self.plan(plan), unit=self.unit(unit), incomplete=incomplete)

    def task_titles(self) -> dict[tuple[str, str], str]:
        return {(h, t.value.id): t.value.title or "" for h, pd in self.loaded.repo.plans.items()
                for t in pd.tasks}

    def indicator_names(self) -> dict[tuple[str, str], str]:
        return {(h, i.value.id): i.value.name or i.value.id
                for h, pd in self.loaded.repo.plans.items() for i in pd.indicators}

    def unit(self, ident: str | None) -> str | None:
        if ident is not None and not self.loaded.registry.exists(ident):
            self.fail("error.unknown-unit", unit=ident)
        return ident


@app.command(help=h("check"))
def check(
    repo: RepoOpt = None,
    fmt: Annotated[CheckFormat, typer.Option("--format", help=h("check.format"))] =
    CheckFormat.text,
    strict: Annotated[bool, typer.Option("--strict", help=h("check.strict"))] = False,
    lang: LangOpt = None,
    as_of: AsOfOpt = None,
    no_cache: NoCacheOpt = False,
) -> None:
    """Validate everything: syntax, schema, references, the rules of the format."""
    from cchc.pipeline import check as check_repository
    from cchc.render.diagnostics import REPORTERS, summary

    s = Session(repo, lang, as_of, no_cache, load_all=False)
    diagnostics, files = check_repository(s.root, s.cache_dir)
    sys.stdout.write(REPORTERS[fmt.value](diagnostics, s.lang))
    if fmt is CheckFormat.text:
        sys.stdout.write(summary(diagnostics, files, s.lang))
    failing = [d for d in diagnostics if d.is_error or strict]
    raise typer.Exit(1 if failing else 0)


@app.command(help=h("tasks"))
def tasks(
    repo: RepoOpt = None,
    plan: PlanOpt = None,
    unit: UnitOpt = None,
    due_before: Annotated[str | None, typer.Option("--due-before", help=h("tasks.due-before"),
                                                   show_default=False)] = None,
    fmt: ListFormatOpt = ListFormat.table,
    lang: LangOpt = None,
    as_of: AsOfOpt = None,
    allow_errors: AllowErrorsOpt = False,
    no_cache: NoCacheOpt = False,
) -> None:
    """List the tasks of the plans: id, title, lead, deadline."""
    from cchc.compute.tasks import list_tasks
    from cchc.render import tasks as render_tasks

    before = _parse_date(due_before)
    s = Session(repo, lang, as_of, no_cache)
    incomplete = s.require_valid(allow_errors)
    rows = list_tasks(s.loaded.repo, s.loaded.registry, plan=s.plan(plan), unit=s.unit(unit),
                      due_before=before)
    if fmt is ListFormat.json:
        sys.stdout.write(render_tasks.as_json(rows))
    elif fmt is ListFormat.csv:
        from cchc.render.csvout import tasks_csv

        s.emit(tasks_csv(rows, s.loaded.registry, s.lang), None)
    else:
        from cchc.render.terminal import print_table

        print_table(render_tasks.table(rows, s.loaded.registry, s.lang, incomplete))


def _write_bytes(data: bytes) -> None:
    """Write exactly these bytes to stdout (CSV's and iCalendar's CRLF stay as they are)."""
    sys.stdout.flush()
    sys.stdout.buffer.write(data)
    sys.stdout.buffer.flush()


@app.command(help=h("overdue"))
def overdue(
    repo: RepoOpt = None,
    plan: PlanOpt = None,
    unit: UnitOpt = None,
    fmt: ListFormatOpt = ListFormat.table,
    fail_on_overdue: Annotated[bool, typer.Option("--fail-on-overdue",
                                                  help=h("overdue.fail-on-overdue"))] = False,
    lang: LangOpt = None,
    as_of: AsOfOpt = None,
    allow_errors: AllowErrorsOpt = False,
    no_cache: NoCacheOpt = False,
) -> None:
    """Every (task, unit) with an obligation past due and not done."""
    from cchc.compute.obligations import obligations
    from cchc.compute.obligations import overdue as only_overdue
    from cchc.render import obligations as render

    s = Session(repo, lang, as_of, no_cache)
    incomplete = s.require_valid(allow_errors)
    rows = only_overdue(obligations(s.loaded.repo, s.loaded.registry, s.as_of,
                                    plan=s.plan(plan), unit=s.unit(unit)))
    titles = s.task_titles()
    if fmt is ListFormat.json:
        sys.stdout.write(render.overdue_json(rows))
    elif fmt is ListFormat.csv:
        from cchc.render.csvout import overdue_csv

        s.emit(overdue_csv(rows, s.loaded.registry, s.lang, titles), None)
    else:
        from cchc.render.terminal import print_table

        print_table(render.overdue_table(rows, s.loaded.registry, s.lang, s.as_of, titles,
                                         incomplete))
    raise typer.Exit(1 if fail_on_overdue and rows else 0)


@app.command(help=h("gaps"))
def gaps(
    repo: RepoOpt = None,
    plan: PlanOpt = None,
    unit: UnitOpt = None,
    period: Annotated[str | None, typer.Option("--period", help=h("gaps.period"),
                                               show_default=False)] = None,
    fmt: ListFormatOpt = ListFormat.table,
    lang: LangOpt = None,
    as_of: AsOfOpt = None,
    allow_errors: AllowErrorsOpt = False,
    no_cache: NoCacheOpt = False,
) -> None:
    """Indicator readings against their targets, including missing readings."""
    from cchc.compute.gaps import gaps as compute_gaps
    from cchc.model.deadlines import DeadlineError, period_frequency, period_label
    from cchc.render import gaps as render

    s = Session(repo, lang, as_of, no_cache)
    label = None
    if period is not None:
        try:
            label = period_label(period)
        except DeadlineError:
            label = None
        if label is None or period_frequency(label) is None:
            s.fail("error.bad-period", period=period)
    incomplete = s.require_valid(allow_errors)
    rows = compute_gaps(s.loaded.repo, s.loaded.registry, s.as_of, plan=s.plan(plan),
                        unit=s.unit(unit), period=label)
    names = s.indicator_names()
    if fmt is ListFormat.json:
        sys.stdout.write(render.gaps_json(rows))
        return
    if fmt is ListFormat.csv:
        from cchc.render.csvout import gaps_csv

        s.emit(gaps_csv(rows, s.loaded.registry, s.lang, names), None)
        return
    from cchc.render.terminal import print_table

    print_table(render.gaps_table(rows, s.loaded.registry, s.lang, s.as_of, names, incomplete))


@app.command(help=h("status"))
def status(
    repo: RepoOpt = None,
    plan: PlanOpt = None,
    unit: UnitOpt = None,
    fmt: Annotated[TableFormat, typer.Option("--format", help=h("status.format"))] =
    TableFormat.table,
    lang: LangOpt = None,
    as_of: AsOfOpt = None,
    allow_errors: AllowErrorsOpt = False,
    no_cache: NoCacheOpt = False,
) -> None:
    """The clerk's dashboard: counts by state, overdue, due soon, stale, worst units, gaps."""
    from cchc.render import status as render

    s = Session(repo, lang, as_of, no_cache)
    result = s.summary(plan, unit, allow_errors)
    config = s.loaded.repo.config
    if fmt is TableFormat.json:
        sys.stdout.write(render.status_json(result, s.locality, s.lang, unit))
        return
    from cchc.render.terminal import print_dashboard

    print_dashboard(render.dashboard(result, s.loaded.registry, s.lang, s.locality,
                                     config.due_soon_days, config.stale_after_days, unit))


@app.command(help=h("report"))
def report(
    repo: RepoOpt = None,
    plan: PlanOpt = None,
    unit: UnitOpt = None,
    output: Annotated[Path | None, typer.Option("-o", "--output", help=h("report.output"),
                                                show_default=False)] = None,
    lang: LangOpt = None,
    as_of: AsOfOpt = None,
    allow_errors: AllowErrorsOpt = False,
    no_cache: NoCacheOpt = False,
) -> None:
    """The Markdown status report, for the People's Committee and the git web view."""
    from cchc.render.report import report as render_report

    s = Session(repo, lang, as_of, no_cache)
    result = s.summary(plan, unit, allow_errors)
    config = s.loaded.repo.config
    s.emit(render_report(result, s.loaded.registry, s.lang, s.locality,
                         config.due_soon_days, config.stale_after_days), output)


class Status(StrEnum):
    in_progress = "in-progress"
    done = "done"
    blocked = "blocked"


def _write(s: Session, rel: str, content: bytes, problems: list[Diagnostic]) -> None:
    """Write a validated entry, or explain why not; nothing is written when it has an error."""
    from cchc.write.records import write

    for d in problems:
        typer.echo(f"{d.severity.value}: {d.message(s.lang)} [{d.code}]", err=True)
    if any(d.is_error for d in problems):
        typer.echo(s.t("write.refused"), err=True)
        raise typer.Exit(1)
    try:
        write(s.root, rel, content)
    except OSError as exc:
        s.fail("write.failed", 1, path=rel, reason=exc.strerror or type(exc).__name__)
    typer.echo(s.t("write.done", path=rel))


@app.command(help=h("update"))
def update(
    task: Annotated[str, typer.Argument(help=h("update.task"), show_default=False)],
    unit: Annotated[str, typer.Option("--unit", help=h("update.unit"), show_default=False)],
    status: Annotated[Status, typer.Option("--status", help=h("update.status"),
                                           show_default=False)],
    date: Annotated[str | None, typer.Option("--date", help=h("update.date"),
                                             show_default=False)] = None,
    period: Annotated[str | None, typer.Option("--period", help=h("update.period"),
                                               show_default=False)] = None,
    note: Annotated[str | None, typer.Option("--note", help=h("update.note"),
                                             show_default=False)] = None,
    evidence: Annotated[list[str] | None, typer.Option("--evidence", help=h("update.evidence"),
                                                       show_default=False)] = None,
    repo: RepoOpt = None,
    plan: PlanOpt = None,
    lang: LangOpt = None,
    as_of: AsOfOpt = None,
    no_cache: NoCacheOpt = False,
) -> None:
    """Record progress on a task, as a new file under updates/."""
    from cchc.write.records import new_record

    s = Session(repo, lang, as_of, no_cache)
    pd = s.one_plan(plan)
    data = {"task": task, "unit": unit, "date": _parse_date(date) or s.as_of,
            "status": status.value, "period": period, "note": note,
            "evidence": list(evidence or [])}
    _write(s, *new_record(s.loaded.repo, s.loaded.registry, pd, data))


@app.command(help=h("measure"))
def measure(
    indicator: Annotated[str, typer.Argument(help=h("measure.indicator"), show_default=False)],
    value: Annotated[float, typer.Argument(help=h("measure.value"), show_default=False)],
    period: Annotated[str, typer.Option("--period", help=h("measure.period"),
                                        show_default=False)],
    unit: Annotated[str | None, typer.Option("--unit", help=h("measure.unit"),
                                             show_default=False)] = None,
    source: Annotated[str | None, typer.Option("--source", help=h("measure.source"),
                                               show_default=False)] = None,
    repo: RepoOpt = None,
    plan: PlanOpt = None,
    lang: LangOpt = None,
    as_of: AsOfOpt = None,
    no_cache: NoCacheOpt = False,
) -> None:
    """Record an indicator reading, as a new file under measurements/."""
    from cchc.write.lock import folder_lock
    from cchc.write.records import new_reading

    s = Session(repo, lang, as_of, no_cache, load_all=False)
    data = {"period": period, "source": source,
            "value": {"indicator": indicator, "unit": unit, "value": value}}
    # A reading conflicts with another of the same unit and period: the repository is read,
    # and the reading checked and written, under a lock on plans/, so that a second clerk's
    # check sees the first one's file.
    with folder_lock(s.root / "plans"):
        s.reload()
        pd = s.one_plan(plan)
        _write(s, *new_reading(s.loaded.repo, s.loaded.registry, pd, data))


def main() -> None:
    """Entry point of the `cchc` console script."""
    app()


# The ecosystem commands register themselves on `app` (imported last: they use the names above).
from cchc.commands import calendar, diff, import_, init, remind, schema  # noqa: E402,F401
