"""The Typer app: the global options, the commands (each loaded when used), the boundary.

`COMMANDS` registers every command: its name → the module of `cchc/cli/` that declares its
options. A command's module is imported only when that command runs (or `--help` lists it),
so `cchc --version` imports no renderer and no model.
"""

from __future__ import annotations

import importlib
import sys
from collections.abc import Iterator, MutableMapping, Sequence
from typing import Annotated, Any

import typer

from cchc import __version__
from cchc.cli import boundary
from cchc.cli.help import HelpCommand, HelpGroup
from cchc.cli.options import (
    AllowErrorsOpt,
    AsOfOpt,
    LangOpt,
    NoCacheOpt,
    RepoOpt,
    before_command,
    h,
)

# name on the command line → module of cchc/cli/ (its function of the same name, `import_`
# for `import`)
COMMANDS: dict[str, str] = {
    "check": "check", "tasks": "tasks", "overdue": "overdue", "gaps": "gaps",
    "status": "status", "report": "report", "update": "update", "measure": "measure",
    "schema": "schema", "calendar": "calendar", "init": "init", "remind": "remind",
    "diff": "diff", "import": "import_", "site": "site", "form": "form",
    "collect": "collect", "units": "units",
}


def load_command(name: str) -> Any:
    """The click command of `name`, built from its module's function."""
    module = importlib.import_module(f"cchc.cli.{COMMANDS[name]}")
    single = typer.Typer(add_completion=False, pretty_exceptions_enable=False)
    single.command(name, help=h(name), cls=HelpCommand,
                   context_settings=getattr(module, "CONTEXT_SETTINGS", None),
                   )(getattr(module, COMMANDS[name]))
    command = typer.main.get_command(single)
    command.name = name
    return command


def _listed(name: str) -> Any:
    """What `cchc --help` shows of the command `name`: as `load_command` declares it, without
    its options (a test holds the two listings equal)."""
    single = typer.Typer(add_completion=False, pretty_exceptions_enable=False)
    single.command(name, help=h(name), cls=HelpCommand)(lambda: None)
    command = typer.main.get_command(single)
    command.name = name
    return command


class _Commands(MutableMapping[str, Any]):
    """The commands by name, each built on first use. While `cchc --help` lists them
    (`listing`), a command not yet built is a stand-in with the same name and help: building
    each would import every renderer (Word, Excel) for their `--format` choices."""

    def __init__(self) -> None:
        self._built: dict[str, Any] = {}
        self.listing = False

    def __getitem__(self, name: str) -> Any:
        if name not in COMMANDS:
            raise KeyError(name)
        if name not in self._built:
            if self.listing:
                return _listed(name)
            self._built[name] = load_command(name)
        return self._built[name]

    def __setitem__(self, name: str, command: Any) -> None:
        self._built[name] = command

    def __delitem__(self, name: str) -> None:
        del self._built[name]

    def __iter__(self) -> Iterator[str]:
        return iter(COMMANDS)

    def __len__(self) -> int:
        return len(COMMANDS)


class LazyGroup(HelpGroup):
    """The `cchc` group: commands loaded on demand, and the error boundary around them."""

    def __init__(self, **kwargs: Any) -> None:
        super().__init__(**kwargs)
        self.commands = _Commands()

    def list_commands(self, ctx: Any) -> list[str]:
        return list(COMMANDS)

    def format_help(self, ctx: Any, formatter: Any) -> None:
        commands = self.commands
        if isinstance(commands, _Commands):
            commands.listing = True
        try:
            super().format_help(ctx, formatter)
        finally:
            if isinstance(commands, _Commands):
                commands.listing = False

    def main(self, args: Sequence[str] | None = None, prog_name: str | None = None,
             complete_var: str | None = None, standalone_mode: bool = True,
             windows_expand_args: bool = True, **extra: Any) -> Any:
        argv = list(sys.argv[1:] if args is None else args)
        boundary.tolerate_encodings()
        try:
            result = super().main(argv, prog_name or "cchc", complete_var,
                                  standalone_mode=False,
                                  windows_expand_args=windows_expand_args, **extra)
            code = result if isinstance(result, int) else 0
        except SystemExit as exc:  # shell completion, or code that called sys.exit
            code = exc.code if isinstance(exc.code, int) else 0 if exc.code is None else 1
        except BaseException as exc:  # noqa: BLE001 - the boundary: every ending has its code
            code = boundary.handle(exc, argv)
        if standalone_mode:
            sys.exit(code)
        return code


app = typer.Typer(
    name="cchc",
    cls=LazyGroup,
    help=h("app"),
    no_args_is_help=True,
    add_completion=True,
    pretty_exceptions_enable=False,
)


def _version(value: bool) -> None:
    """`--version`, answered as soon as it is parsed: before the other options are coerced
    (which imports pydantic, through Typer), so that it costs little more than Typer."""
    if value:
        sys.stdout.write(f"cchc {__version__}\n")
        raise typer.Exit(0)


@app.callback(invoke_without_command=True)
def _main(
    ctx: typer.Context,
    repo: RepoOpt = None,
    as_of: AsOfOpt = None,
    lang: LangOpt = None,
    no_cache: NoCacheOpt = False,
    allow_errors: AllowErrorsOpt = False,
    version: Annotated[bool, typer.Option("--version", help=h("opt.version"),
                                          is_eager=True, callback=_version)] = False,
) -> None:
    """The options given before the command (they also work after it)."""
    if ctx.invoked_subcommand is None:
        # Options and no command (`cchc --lang en`): the help, as `cchc` alone gives it, in
        # the language asked for, and the same exit code (2), never a silent success
        from typer._click.exceptions import NoArgsIsHelpError

        raise NoArgsIsHelpError(ctx)
    before_command(ctx, repo=repo, as_of=as_of, lang=lang, no_cache=no_cache,
                   allow_errors=allow_errors)


def main() -> None:
    """Entry point of the `cchc` console script."""
    app()
