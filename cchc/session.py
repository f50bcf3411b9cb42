"""What every command needs: the repository found, loaded and checked, the language, the date,
and the one way to write output. Commands (`cchc/commands/*.py`) start here.

A command takes `Options` (the options every command shares, as plain values) and returns an
exit code. Where it cannot go on it raises `CchcError` (a sentence of the catalogue and an exit
code) or `Stop` (an exit code, the sentences already said), through `Session.fail` and
`Session.require_valid`; `cchc/cli/boundary.py` turns them into the process's exit. Nothing here
imports the command-line framework.
"""

from __future__ import annotations

import datetime as dt
import os
import sys
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, NoReturn

from cchc import i18n
from cchc.errors import CchcError, ClosedOutput, Stop

if TYPE_CHECKING:
    from cchc.compute.summary import Summary
    from cchc.model.repository import PlanData
    from cchc.pipeline import Loaded
    from cchc.render.output import Output, View


@dataclass(frozen=True)
class Options:
    """The options every command shares, given before or after the command's name."""

    repo: Path | None = None
    as_of: str | None = None  # as typed; parsed once the repository's language is known
    lang: str | None = None
    no_cache: bool = False
    allow_errors: bool = False


def parse_date(value: str, lang: str) -> dt.date:
    """A date given on the command line, ISO or day first as Vietnamese write it
    (`2023-03-31`, `2023-3-31`, `31/3/2023`, `31/03/2023`), or a usage error (exit 2)."""
    from cchc.clerk.parse import parse_date as read

    found = read(value)
    if found is None:
        raise CchcError("error.bad-date", lang=lang, value=value)
    return found


def find_repository(repo: Path | None, lang: str) -> Path:
    """The repository root (docs/format.md, "The repository"), or a usage error (exit 2)."""
    from cchc.load.discover import find_root

    try:
        cwd = Path.cwd()
    except OSError:  # the working folder was deleted under the shell
        if repo is None and not os.environ.get("CCHC_REPO"):
            raise CchcError("error.no-cwd", lang=lang) from None
        cwd = Path(os.sep)
    try:
        return find_root(repo, os.environ, cwd)
    except CchcError as exc:
        exc.lang = exc.lang or lang
        raise
    except (OSError, ValueError) as exc:  # a name too long, a NUL byte, no permission
        raise CchcError("error.repo-unreadable", lang=lang, path=_short(str(repo or cwd)),
                        reason=_reason(exc)) from None


def _short(text: str, limit: int = 200) -> str:
    """A path fit to quote in one sentence: a 100 KB `--repo` is cut, not printed whole."""
    return text if len(text) <= limit else text[:limit] + "…"


def _reason(exc: BaseException) -> str:
    return (exc.strerror if isinstance(exc, OSError) and exc.strerror else None) \
        or type(exc).__name__


class Session:
    """One command's view of the repository. `load_all=False` reads only the settings (for
    `check`, which goes through the cache, and for writers, which load under a lock)."""

    printed: bytes | None = None  # what `show` last wrote to stdout, when known

    def __init__(self, options: Options, *, load_all: bool = True) -> None:
        from cchc.load.cache import default_dir

        self.options = options
        self.lang = options.lang or i18n.help_language(os.environ)
        self.root = find_repository(options.repo, self.lang)
        self.cache_dir = None if options.no_cache else default_dir(os.environ)
        if load_all:
            self.reload()
            self.lang = options.lang or self.loaded.repo.config.language
        else:
            self.lang = options.lang or self._language()
        self.as_of = self.as_of_date(options.as_of) if options.as_of else _today()

    def _language(self) -> str:
        """The settings' language: from the files' cache when it holds the settings file as
        it is (a warm `check` parses no YAML and imports no pydantic), else read."""
        from cchc.load.repository import read_config

        if self.cache_dir is not None:
            from cchc.load.cache import Cache
            from cchc.load.discover import config_file

            name = config_file(self.root)
            found = Cache.open(self.cache_dir, self.root).language(name) if name else None
            if found is not None:
                return found
        return read_config(self.root).language

    # --- words ---

    def t(self, key: str, **kwargs: object) -> str:
        return i18n.t(self.lang, key, **kwargs)

    def say(self, key: str, **kwargs: object) -> None:
        """One line on stderr: what happened, beside the output."""
        err(self.t(key, **kwargs))

    def fail(self, key: str, exit_code: int = 2, **kwargs: object) -> NoReturn:
        raise CchcError(key, exit_code, lang=self.lang, **kwargs)

    def date(self, value: str) -> dt.date:
        return parse_date(value, self.lang)

    def as_of_date(self, value: str) -> dt.date:
        """`--as-of`: a date within the supported years (cchc/model/limits.py), or exit 2."""
        from cchc.model.limits import check_as_of

        return check_as_of(self.date(value), self.lang)

    # --- the repository ---

    def reload(self) -> None:
        """Read (again) the repository, through the cache unless --no-cache."""
        from cchc.pipeline import load

        self.loaded: Loaded = load(self.root, self.cache_dir)

    @property
    def locality(self) -> str:
        """The locality named in report headers: cchc.yaml's `name`, else the folder's."""
        return self.loaded.repo.config.name or self.root.name

    def require_valid(self, allow_errors: bool | None = None) -> bool:
        """Errors block results (exit 1) unless `--allow-errors`; returns True if incomplete."""
        if allow_errors is None:
            allow_errors = self.options.allow_errors
        errors = [d for d in self.loaded.diagnostics if d.is_error]
        if not errors:
            return False
        if allow_errors:
            self.say("cli.incomplete", errors=len(errors))
            return True
        from cchc.render.diagnostics import text

        self.say("cli.blocked", errors=len(errors))
        write_err(text(errors[:5], self.lang))
        if len(errors) > 5:
            self.say("cli.more-errors", count=len(errors) - 5)
        raise Stop(1)

    def plan(self, handle: str | None) -> str | None:
        """`--plan` checked: a plan of the repository whose plan file could be read."""
        if handle is None:
            return None
        folders = sorted(self.loaded.repo.plan_folders)
        if handle not in folders:
            from cchc.clerk.names import suggest

            self.fail("clerk.text", text=self.t("error.plan-not-found", plan=handle,
                                                known=", ".join(folders) or "-")
                      + self.suggestions(suggest(handle, folders)))
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

    def unit(self, ident: str | None) -> str | None:
        """A unit or group given by its id, name or an alias (`cchc.clerk.names`); one that
        matches nothing gets the closest ids, several matches are listed (exit 2)."""
        if ident is None:
            return None
        from cchc.clerk.names import labelled, resolve_unit

        registry = self.loaded.registry
        found = resolve_unit(registry, ident)
        if found.ident is not None:
            return found.ident
        if found.ambiguous:
            self.fail("error.unit-ambiguous", unit=ident,
                      matches=", ".join(labelled(registry, m) for m in found.matches))
        self.fail("clerk.text", text=self.t("error.unit-not-found", unit=ident)
                  + self.suggestions([labelled(registry, i) for i in found.suggestions])
                  + self.t("error.unit-list-hint"))

    def suggestions(self, names: Sequence[str]) -> str:
        """"; có phải ý bạn là `a`, `b`?" — or, when nothing is close, the full stop that
        ends the sentence before the hint that may follow it."""
        if not names:
            return "."
        return self.t("error.did-you-mean", ids=", ".join(f"`{n}`" for n in names))

    def task_hint(self, pd: PlanData, task: str) -> str:
        """For a task the plan lacks, the closest ids and the command that lists them."""
        if pd.task(task) is not None:
            return ""
        from cchc.clerk.names import suggest

        close = suggest(task, [t.value.id for t in pd.tasks])
        return (self.t("error.task-not-found", plan=pd.handle, task=task)
                + self.suggestions(close) + self.t("error.task-list-hint", plan=pd.handle))

    def summary(self, plan: str | None, unit: str | None) -> Summary:
        """The status of the plans as of the date: what status, report and friends show."""
        from cchc.compute.summary import summarise

        incomplete = self.require_valid()
        return summarise(self.loaded.repo, self.loaded.registry, self.as_of,
                         plan=self.plan(plan), unit=self.unit(unit), incomplete=incomplete)

    def view(self, *, incomplete: bool = False, unit: str | None = None) -> View:
        """Who reads the output: language, date, names, settings (`render.output.View`)."""
        from cchc.render.output import View

        repo = self.loaded.repo
        return View(
            lang=self.lang, as_of=self.as_of, registry=self.loaded.registry,
            locality=self.locality, incomplete=incomplete, unit=unit,
            titles={(h, t.value.id): t.value.title or "" for h, pd in repo.plans.items()
                    for t in pd.tasks},
            indicator_names={(h, i.value.id): i.value.name or i.value.id
                             for h, pd in repo.plans.items() for i in pd.indicators},
            due_soon_days=repo.config.due_soon_days,
            stale_after_days=repo.config.stale_after_days, letterhead=repo.config.letterhead,
            ended={h: (pd.plan.span.end, pd.plan.number or h) for h, pd in repo.plans.items()
                   if pd.plan.span.end < self.as_of},
            daily=frozenset((h, t.value.id) for h, pd in repo.plans.items() for t in pd.tasks
                            if t.value.due.frequency == "daily"))

    # --- output ---

    def show(self, output: Output, path: Path | None = None) -> None:
        """A renderer's output: drawn on the terminal (tables), or its bytes to stdout, or
        to `path` (said on stderr). `printed` keeps the bytes written to stdout when they are
        known (`cchc.commands._answers` keeps them for a repeated question)."""
        from cchc.render.output import Chunks

        if path is None or not isinstance(output, str | bytes | Chunks):
            self.printed = show(output)
            return
        self.replace(path, output.encode("utf-8") if isinstance(output, str) else
                     output.parts if isinstance(output, Chunks) else output)
        self.say("write.done", path=str(path))

    def replace(self, path: Path, content: bytes | Iterable[bytes]) -> None:
        """Write a generated file (report, calendar, letter) atomically, or fail (exit 1)."""
        from cchc.write.atomic import replace_file

        try:
            # devices and pipes written into, links inside followed, out of it refused
            replace_file(path, content, root=self.root)
        except CchcError as exc:
            self.fail(exc.key, exc.exit_code, **exc.args_)
        except OSError as exc:
            self.fail("write.failed", 1, path=_short(str(path)), reason=_reason(exc))

    def files(self, out: Path, files: Mapping[str, bytes]) -> None:
        """Generated files into the folder `out`, each said on stdout."""
        for name, content in files.items():
            path = out / name
            self.replace(path, content)
            write_out((self.t("write.done", path=str(path)) + "\n").encode("utf-8"))


def show(output: Output) -> bytes | None:
    """A renderer's output on stdout: tables drawn by the terminal renderer, text as UTF-8,
    bytes as they are. Returns the bytes written, when known (not for a table drawn on a
    terminal, nor for chunks)."""
    from cchc.render.output import Chunks, Dashboard
    from cchc.render.table import Table

    if isinstance(output, Table | Dashboard):
        from cchc.load.quick import plain_stdout
        from cchc.render.terminal import draw

        try:
            text = draw(output if isinstance(output, Table) else list(output.blocks),
                        plain=plain_stdout())
            sys.stdout.flush()
        except BrokenPipeError:
            raise ClosedOutput from None
        return text.encode("utf-8") if text is not None else None
    if isinstance(output, Chunks):
        write_out(output.parts)
        return None
    data = output.encode("utf-8") if isinstance(output, str) else output
    write_out(data)
    return data


def today() -> dt.date:
    """Today in Asia/Ho_Chi_Minh, the default as-of date."""
    return _today()


def _today() -> dt.date:
    from cchc.pipeline import today_in_vietnam

    return today_in_vietnam()


def write_out(data: bytes | Iterable[bytes]) -> None:
    """Exactly these bytes to stdout (CSV's and iCalendar's CRLF, UTF-8 whatever the
    terminal's encoding)."""
    try:
        sys.stdout.flush()
        parts = (data,) if isinstance(data, bytes) else data
        buffer = getattr(sys.stdout, "buffer", None)
        for part in parts:
            if buffer is None:  # a text-only stream (an embedding host): the text then
                sys.stdout.write(part.decode("utf-8"))
            else:
                buffer.write(part)
        (buffer or sys.stdout).flush()
    except BrokenPipeError:  # the reader left (Typer would make this exit 1)
        raise ClosedOutput from None


def write_err(text: str) -> None:
    sys.stderr.write(text)
    sys.stderr.flush()


def err(line: str) -> None:
    write_err(line + "\n")
