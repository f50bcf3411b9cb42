"""The command line: parse options, call the core, pick a renderer, return an exit code.

Nothing here computes; every command is a few lines over `cchc.pipeline`, `cchc.compute` and
`cchc.render`. Exit codes (format section 8): 0 success; 1 the repository has errors (or a
`--fail-on-*` condition holds); 2 bad usage or no repository.
"""

from __future__ import annotations

import datetime as dt
import os
import sys
from enum import Enum
from pathlib import Path
from typing import Annotated, NoReturn

import typer

from cchc import __version__, i18n
from cchc.diagnostics import Diagnostic
from cchc.errors import CchcError
from cchc.model.repository import PlanData
from cchc.pipeline import Loaded, load, today_in_vietnam

app = typer.Typer(
    name="cchc",
    help="Track administrative-reform (CCHC) plans kept as YAML in git: who is late, on what.",
    no_args_is_help=True,
    add_completion=True,
    pretty_exceptions_enable=False,
)


class Lang(str, Enum):
    vi = "vi"
    en = "en"


class CheckFormat(str, Enum):
    text = "text"
    json = "json"
    github = "github"


class TableFormat(str, Enum):
    table = "table"
    json = "json"


def _parse_date(value: str | None) -> dt.date | None:
    if value is None:
        return None
    try:
        return dt.date.fromisoformat(value)
    except ValueError:
        raise typer.BadParameter(f"'{value}' is not a date: write YYYY-MM-DD") from None


RepoOpt = Annotated[Path | None, typer.Option("--repo", help="Repository root (default: "
                    "CCHC_REPO, else the nearest folder upwards with cchc.yaml).",
                    show_default=False)]
AsOfOpt = Annotated[str | None, typer.Option("--as-of", help="Compute as of this date "
                    "(YYYY-MM-DD; default: today in Asia/Ho_Chi_Minh).", show_default=False)]
LangOpt = Annotated[Lang | None, typer.Option("--lang", help="Language of the output "
                    "(default: cchc.yaml's language, else en).", show_default=False)]
PlanOpt = Annotated[str | None, typer.Option("--plan", help="Plan handle (may be left out "
                    "when the repository holds one plan).", show_default=False)]
UnitOpt = Annotated[str | None, typer.Option("--unit", help="A unit or group id; a group "
                    "keeps its members.", show_default=False)]
AllowErrorsOpt = Annotated[bool, typer.Option("--allow-errors", help="Compute over the valid "
                           "part of a repository with errors; the output says it is "
                           "incomplete.")]


class _Globals:
    repo: Path | None = None


@app.callback(invoke_without_command=True)
def _main(
    repo: RepoOpt = None,
    version: Annotated[bool, typer.Option("--version", help="Show the version and exit.",
                                          is_eager=True)] = False,
) -> None:
    """Track administrative-reform (CCHC) plans kept as YAML in git: who is late, on what."""
    if version:
        typer.echo(f"cchc {__version__}")
        raise typer.Exit(0)
    _Globals.repo = repo


class Session:
    """What every command needs: the repository, loaded and validated, and the language."""

    def __init__(self, repo: Path | None, lang: Lang | None, as_of: str | None) -> None:
        from cchc.load.discover import find_root

        self.requested_lang = lang.value if lang else None
        self.lang = self.requested_lang or "en"
        self.as_of = _parse_date(as_of) or today_in_vietnam()
        try:
            self.root = find_root(repo or _Globals.repo, os.environ, Path.cwd())
        except CchcError as exc:
            self.fail(exc.key, exc.exit_code, **exc.args_)
        self.loaded: Loaded = load(self.root)
        self.lang = self.requested_lang or self.loaded.repo.config.language

    def t(self, key: str, **kwargs: object) -> str:
        return i18n.t(self.lang, key, **kwargs)

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
        plans = self.loaded.repo.plans
        if handle is None:
            return None
        if handle not in plans:
            self.fail("error.unknown-plan", plan=handle, known=", ".join(sorted(plans)) or "-")
        return handle

    def one_plan(self, handle: str | None) -> PlanData:
        """The plan a write goes to: `--plan`, or the only plan of the repository."""
        plans = self.loaded.repo.plans
        known = ", ".join(sorted(plans)) or "-"
        if handle is None:
            if len(plans) != 1:
                self.fail("error.plan-required", known=known)
            return next(iter(plans.values()))
        if handle not in plans:
            self.fail("error.unknown-plan", plan=handle, known=known)
        return plans[handle]

    def unit(self, ident: str | None) -> str | None:
        if ident is not None and not self.loaded.registry.exists(ident):
            self.fail("error.unknown-unit", unit=ident)
        return ident


@app.command()
def check(
    repo: RepoOpt = None,
    fmt: Annotated[CheckFormat, typer.Option("--format", help="text, json, or github "
                   "(workflow commands that annotate the pull request).")] = CheckFormat.text,
    strict: Annotated[bool, typer.Option("--strict", help="Warnings fail too.")] = False,
    lang: LangOpt = None,
    as_of: AsOfOpt = None,
) -> None:
    """Validate everything: syntax, schema, references, the rules of the format."""
    from cchc.render.diagnostics import REPORTERS, summary

    s = Session(repo, lang, as_of)
    diagnostics = s.loaded.diagnostics
    sys.stdout.write(REPORTERS[fmt.value](diagnostics, s.lang))
    if fmt is CheckFormat.text:
        sys.stdout.write(summary(diagnostics, s.loaded.repo.files, s.lang))
    failing = [d for d in diagnostics if d.is_error or strict]
    raise typer.Exit(1 if failing else 0)


@app.command()
def tasks(
    repo: RepoOpt = None,
    plan: PlanOpt = None,
    unit: UnitOpt = None,
    due_before: Annotated[str | None, typer.Option("--due-before", help="Only tasks first "
                          "due on or before this date (YYYY-MM-DD).", show_default=False)] = None,
    fmt: Annotated[TableFormat, typer.Option("--format", help="table or json.")] =
    TableFormat.table,
    lang: LangOpt = None,
    as_of: AsOfOpt = None,
    allow_errors: AllowErrorsOpt = False,
) -> None:
    """List the tasks of the plans: id, title, lead, deadline."""
    from cchc.compute.tasks import list_tasks
    from cchc.render import tasks as render_tasks

    before = _parse_date(due_before)
    s = Session(repo, lang, as_of)
    incomplete = s.require_valid(allow_errors)
    rows = list_tasks(s.loaded.repo, s.loaded.registry, plan=s.plan(plan), unit=s.unit(unit),
                      due_before=before)
    if fmt is TableFormat.json:
        sys.stdout.write(render_tasks.as_json(rows))
    else:
        from cchc.render.terminal import print_table

        print_table(render_tasks.table(rows, s.loaded.registry, s.lang, incomplete))


class Status(str, Enum):
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


@app.command()
def update(
    task: Annotated[str, typer.Argument(help="The task id, e.g. 1.2.4.", show_default=False)],
    unit: Annotated[str, typer.Option("--unit", help="The unit reporting.",
                                      show_default=False)],
    status: Annotated[Status, typer.Option("--status", help="in-progress, done or blocked.",
                                           show_default=False)],
    date: Annotated[str | None, typer.Option("--date", help="Date of the report "
                    "(default: the as-of date).", show_default=False)] = None,
    period: Annotated[str | None, typer.Option("--period", help="For recurring tasks: the "
                      "period covered (2023-03, 2023-Q1, 2023-H1, 2023).",
                      show_default=False)] = None,
    note: Annotated[str | None, typer.Option("--note", show_default=False)] = None,
    evidence: Annotated[list[str] | None, typer.Option("--evidence", help="A document that "
                        "proves the work; repeat for several.", show_default=False)] = None,
    repo: RepoOpt = None,
    plan: PlanOpt = None,
    lang: LangOpt = None,
    as_of: AsOfOpt = None,
) -> None:
    """Record progress on a task, as a new file under updates/."""
    from cchc.write.records import new_record

    s = Session(repo, lang, as_of)
    pd = s.one_plan(plan)
    data = {"task": task, "unit": unit, "date": _parse_date(date) or s.as_of,
            "status": status.value, "period": period, "note": note,
            "evidence": list(evidence or [])}
    _write(s, *new_record(s.loaded.repo, s.loaded.registry, pd, data))


@app.command()
def measure(
    indicator: Annotated[str, typer.Argument(help="The indicator id.", show_default=False)],
    value: Annotated[float, typer.Argument(help="The value (96.2 for 96.2%).",
                                           show_default=False)],
    period: Annotated[str, typer.Option("--period", help="The month, quarter or year "
                      "measured (2023-03, 2023-Q1, 2023).", show_default=False)],
    unit: Annotated[str | None, typer.Option("--unit", help="The unit measured (for "
                    "indicators measured per unit).", show_default=False)] = None,
    source: Annotated[str | None, typer.Option("--source", help="Where the value comes "
                      "from.", show_default=False)] = None,
    repo: RepoOpt = None,
    plan: PlanOpt = None,
    lang: LangOpt = None,
    as_of: AsOfOpt = None,
) -> None:
    """Record an indicator reading, as a new file under measurements/."""
    from cchc.write.records import new_reading

    s = Session(repo, lang, as_of)
    pd = s.one_plan(plan)
    data = {"period": period, "source": source,
            "value": {"indicator": indicator, "unit": unit, "value": value}}
    _write(s, *new_reading(s.loaded.repo, s.loaded.registry, pd, data))


def main() -> None:
    """Entry point of the `cchc` console script."""
    app()
