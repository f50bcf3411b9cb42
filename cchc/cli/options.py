"""The options several commands share, declared once, and how a command receives them.

`shared` adds the global options (`--repo`, `--as-of`, `--lang`, `--no-cache`,
`--allow-errors`) to a command's signature, so each command lists only its own. They are
accepted before the command's name (the app's callback keeps them in Typer's context object)
and after it (the command's own copy wins), and reach the command as one `Options` value.
"""

from __future__ import annotations

import functools
import importlib
import inspect
import os
from collections.abc import Callable
from pathlib import Path
from typing import Annotated, Any

import typer
from typer.core import TyperArgument, TyperOption

from cchc import i18n
from cchc.session import Options

HELP_LANG = i18n.help_language(os.environ)


def _what_to_type(self: Any, ctx: Any) -> str | None:
    """What `--help` shows beside an option: what to type, never a Python type (`<bool>`,
    `<str>`, `<path>`, `<list[str]>`). A flag takes no value; an argument's name (its metavar)
    already says what it is; every other option carries a metavar (DATE, UNIT, PATH...)."""
    if isinstance(self, TyperArgument) or getattr(self, "is_flag", False):
        return None
    if self.metavar is not None:
        return str(self.metavar)
    return str(self.name or "").upper() or None


TyperOption.display_type_rich = _what_to_type  # type: ignore[method-assign]
TyperArgument.display_type_rich = _what_to_type  # type: ignore[method-assign]


def h(key: str) -> str:
    """The help text `help.<key>`, in the language the environment picks.

    What `--help` shows is the catalogues' text (`cchc/i18n/{en,vi}_help.py`). Typer keeps the
    strings given here; `cchc/cli/help.py` puts them into the user's language (`--lang`, the
    repository's) when a help page is shown, finding each back by its text.
    """
    return i18n.t(HELP_LANG, "help." + key)


def choice(names: tuple[str, ...] | list[str], key: str, *, flag: str) -> Any:
    """A value among `names`, checked when parsed: a usage error lists the accepted ones."""
    def parse(value: str) -> str:
        if value not in names:
            args = {"option": flag, "value": value, "known": ", ".join(names)}
            exc = typer.BadParameter(i18n.t(HELP_LANG, "error.bad-choice", **args))
            exc.cchc_message = ("error.bad-choice", args)  # type: ignore[attr-defined]
            raise exc
        return value

    return typer.Option(flag, help=h(key), metavar="|".join(names), parser=parse,
                        show_default=False)


def formats(renderer: str, key: str) -> Any:
    """`--format`, whose choices are the keys of `FORMATS` of the renderer module `renderer`
    (the module is imported when the command is, never for `cchc --version`)."""
    module = importlib.import_module(renderer)
    return choice(list(module.FORMATS), key, flag="--format")


RepoOpt = Annotated[Path | None, typer.Option("--repo", help=h("opt.repo"), metavar="PATH",
                                              show_default=False)]
AsOfOpt = Annotated[str | None, typer.Option("--as-of", help=h("opt.as-of"), metavar="DATE",
                                             show_default=False)]
LangOpt = Annotated[str | None, choice(i18n.LANGUAGES, "opt.lang", flag="--lang")]
PlanOpt = Annotated[str | None, typer.Option("--plan", help=h("opt.plan"), metavar="PLAN",
                                             show_default=False)]
UnitOpt = Annotated[str | None, typer.Option("--unit", help=h("opt.unit"), metavar="UNIT",
                                             show_default=False)]
NoCacheOpt = Annotated[bool, typer.Option("--no-cache", help=h("opt.no-cache"))]
AllowErrorsOpt = Annotated[bool, typer.Option("--allow-errors", help=h("opt.allow-errors"))]
# -o for the commands whose --format may be a file format (xlsx, csv, json)
TableOutputOpt = Annotated[Path | None, typer.Option("-o", "--output",
                                                     help=h("opt.table-output"), metavar="FILE",
                                                     show_default=False)]

# The shared options, in the order `--help` lists them after a command's own.
SHARED: dict[str, tuple[Any, Any]] = {
    "repo": (RepoOpt, None), "as_of": (AsOfOpt, None), "lang": (LangOpt, None),
    "no_cache": (NoCacheOpt, False), "allow_errors": (AllowErrorsOpt, False),
}


def before_command(ctx: typer.Context, **given: Any) -> None:
    """Keep the options given before the command's name for `shared` to merge."""
    ctx.obj = Options(**given)


def merged(ctx: typer.Context, given: dict[str, Any]) -> Options:
    """The options given after the command's name win over those given before it."""
    root = ctx.find_root().obj
    before = root if isinstance(root, Options) else Options()
    return Options(
        repo=given["repo"] if given["repo"] is not None else before.repo,
        as_of=given["as_of"] if given["as_of"] is not None else before.as_of,
        lang=given["lang"] if given["lang"] is not None else before.lang,
        no_cache=given["no_cache"] or before.no_cache,
        allow_errors=given["allow_errors"] or before.allow_errors)


def shared(function: Callable[..., int]) -> Callable[..., int]:
    """A command's CLI function `f(options, **own)` as Typer sees it: its own parameters, then
    the shared ones; Typer's context is passed in too."""
    own = [p for name, p in inspect.signature(function, eval_str=True).parameters.items()
           if name != "options"]
    extra = [inspect.Parameter(name, inspect.Parameter.KEYWORD_ONLY, default=default,
                               annotation=annotation)
             for name, (annotation, default) in SHARED.items()]
    context = inspect.Parameter("ctx", inspect.Parameter.KEYWORD_ONLY,
                                annotation=typer.Context)

    @functools.wraps(function)
    def command(ctx: typer.Context, **kwargs: Any) -> int:
        given = {name: kwargs.pop(name) for name in SHARED}
        return function(merged(ctx, given), **kwargs)

    params = [inspect.Parameter(p.name, inspect.Parameter.KEYWORD_ONLY, default=p.default,
                                annotation=p.annotation) for p in own]
    command.__signature__ = inspect.Signature([context, *params, *extra],  # type: ignore[attr-defined]
                                              return_annotation=int)
    command.__annotations__ = {p.name: p.annotation for p in [context, *params, *extra]}
    return command
