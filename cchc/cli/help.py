"""`--help` in the user's language, Typer's and Click's own words included (issue 12).

The language is the one every message uses (`cchc/cli/language.py`): `--lang`, else the
repository's `language`, else `CCHC_LANG` or the locale. It is known only once the command
line is read, so help is put into words when it is shown, never when the CLI is imported:

- `HelpCommand` and `HelpGroup` (the classes of every cchc command and of the `cchc` group)
  remember the command line they parse, and write help with the catalogues' words:
  the usage line (`Cách dùng: cchc update [TÙY CHỌN] NHIỆM_VỤ`), the headings
  (`Đối số`, `Tùy chọn`, `Lệnh`), `[bắt buộc]`, `[mặc định: …]`, the help of `--help` and of
  Typer's completion options, and what to type after an option (`--date NGÀY`).
- `localize` puts one command's help texts and metavars into a language: a help text is found
  back in the catalogues by its text (as gettext finds a message by its source text; a test
  holds the help texts unique), a metavar by its name (`cli.metavar.<NAME>`).

Both of Typer's ways of writing help go through here: Rich panels (when Rich is installed;
with or without colours) and Click's plain formatter (`TYPER_USE_RICH=0`). Typer's Rich
formatter reads its headings from constants of `typer.rich_utils`, its documented settings;
they are set for the time one help page is written, then put back.
"""

from __future__ import annotations

import contextlib
import functools
from collections.abc import Iterator
from typing import Any

from typer._click.formatting import HelpFormatter, join_options
from typer.core import TyperArgument, TyperCommand, TyperGroup, TyperOption

from cchc import i18n
from cchc.cli.language import help_language_of

_ARGV = "cchc.argv"
_LANG = "cchc.help-language"
_SHOWING = "cchc.showing-help"
# Typer's own options of the `cchc` group, by their names (they have no catalogue key)
_OWN_HELP = {"install_completion": "cli.install-completion",
             "show_completion": "cli.show-completion"}


def language(ctx: Any) -> str:
    """The language help is written in for the command line of `ctx` (decided once)."""
    meta = ctx.meta
    if _LANG not in meta:
        meta[_LANG] = help_language_of(meta.get(_ARGV, ()))
    return str(meta[_LANG])


def set_language(ctx: Any, lang: str) -> None:
    """Write the help of `ctx` in `lang` (the boundary has decided it already)."""
    ctx.meta[_LANG] = lang


@functools.cache
def _help_keys() -> dict[str, str]:
    """Every help text of every language → its key."""
    return {text: key for lang in i18n.LANGUAGES
            for key, text in i18n.CATALOGUES[lang].items() if key.startswith("help.")}


@functools.cache
def _metavar_names() -> dict[str, str]:
    """A metavar in any language (`NGÀY`, `DATE`) → its name in the code (`DATE`)."""
    found = {}
    for lang in i18n.LANGUAGES:
        for key, text in i18n.CATALOGUES[lang].items():
            if key.startswith("cli.metavar."):
                found[text] = key.removeprefix("cli.metavar.")
    return found


def metavar(name: str, lang: str) -> str:
    """What to type after an option, or an argument's name, in `lang`: `DATE` → `NGÀY`. The
    values themselves (`table|json`, `html`: lower case) are typed as they are."""
    if "|" in name or name[:1].islower():
        return name
    base, dots = (name[:-3], "...") if name.endswith("...") else (name, "")
    base = _metavar_names().get(base, base)
    key = f"cli.metavar.{base}"
    if not i18n.STRICT and not i18n.has("en", key):  # a new metavar without its words yet
        return name
    return i18n.t(lang, key) + dots


def localize(command: Any, ctx: Any, lang: str) -> None:
    """Put the help texts and metavars of `command` (and of its `--help`) into `lang`."""
    keys = _help_keys()
    key = keys.get(command.help or "")
    if key is not None:
        command.help = i18n.t(lang, key)
    for param in command.get_params(ctx):
        own = _OWN_HELP.get(param.name or "")
        if param is command.get_help_option(ctx):
            own = "cli.help-option"
        key = own or keys.get(getattr(param, "help", None) or "")
        if key is not None:
            param.help = i18n.t(lang, key)
        if param.metavar is not None:
            param.metavar = metavar(param.metavar, lang)


def _argument_usage(param: Any, lang: str) -> str:
    """An argument on the usage line: `NHIỆM_VỤ` when required, `[TỪ_KHÓA]` when not, `...`
    after one that takes several (never Typer's `{TASK}`)."""
    name = metavar(param.metavar, lang) if param.metavar else str(param.name).upper()
    if param.nargs != 1 and not name.endswith("..."):
        name += "..."
    return name if param.required else f"[{name}]"


def usage_pieces(command: Any, ctx: Any, lang: str) -> list[str]:
    """What follows the command's name on the usage line, in `lang`."""
    pieces = [i18n.t(lang, "usage.options")]
    pieces += [_argument_usage(p, lang) for p in command.get_params(ctx)
               if isinstance(p, TyperArgument)]
    if isinstance(command, TyperGroup):
        pieces.append(i18n.t(lang, "cli.subcommand"))
    return pieces


def _extras(param: Any, ctx: Any, lang: str) -> list[str]:
    """`[mặc định: …]` and `[bắt buộc]` after an option's help, as Typer would add them."""
    extras = []
    if isinstance(param, TyperOption | TyperArgument):
        default = param._extract_default_help_str(ctx=ctx)
        shown = isinstance(param.show_default, str)
        if shown or (default is not None and (param.show_default or ctx.show_default)):
            text = param._get_default_string(ctx=ctx, show_default_is_str=shown,
                                             default_value=default)
            if text:
                extras.append(i18n.t(lang, "cli.default", value=text))
    if param.required:
        extras.append(i18n.t(lang, "cli.required"))
    return extras


def _record(param: Any, ctx: Any, lang: str) -> tuple[str, str]:
    """One row of Click's plain list of options: the option and what to type, its help."""
    if isinstance(param, TyperArgument):
        name = param.metavar or str(param.name).upper()
    else:
        name = join_options(param.opts)[0]
        if not getattr(param, "is_flag", False) and not getattr(param, "count", False):
            name += f" {param.metavar or str(param.name).upper()}"
    return name, "  ".join(t for t in [param.help or "", *_extras(param, ctx, lang)] if t)


@contextlib.contextmanager
def _rich_words(lang: str) -> Iterator[None]:
    """Typer's Rich headings and marks in `lang`, for the time one help page is written."""
    from typer import rich_utils  # only when help is shown: Rich costs a start-up

    words = {
        "ARGUMENTS_PANEL_TITLE": i18n.t(lang, "cli.arguments"),
        "OPTIONS_PANEL_TITLE": i18n.t(lang, "cli.options"),
        "COMMANDS_PANEL_TITLE": i18n.t(lang, "cli.commands"),
        "REQUIRED_LONG_STRING": i18n.t(lang, "cli.required"),
        "DEFAULT_STRING": i18n.t(lang, "cli.default", value="{}"),
        "ENVVAR_STRING": i18n.t(lang, "cli.envvar", name="{}"),
        "DEPRECATED_STRING": i18n.t(lang, "cli.deprecated") + " ",
    }
    before = {name: getattr(rich_utils, name) for name in words}
    for name, text in words.items():
        setattr(rich_utils, name, text)
    try:
        yield
    finally:
        for name, text in before.items():
            setattr(rich_utils, name, text)


class _Localized:
    """What `HelpCommand` and `HelpGroup` share: the command line kept, help in its words."""

    def parse_args(self, ctx: Any, args: list[str]) -> list[str]:
        ctx.meta.setdefault(_ARGV, tuple(args))  # the whole command line: the group's
        return super().parse_args(ctx, args)  # type: ignore[misc, no-any-return]

    def format_help(self, ctx: Any, formatter: HelpFormatter) -> None:
        lang = language(ctx)
        localize(self, ctx, lang)
        ctx.meta[_SHOWING] = True  # the commands listed are put into words as they come
        try:
            with _rich_words(lang):
                super().format_help(ctx, formatter)  # type: ignore[misc]
        finally:
            ctx.meta[_SHOWING] = False

    def format_usage(self, ctx: Any, formatter: HelpFormatter) -> None:
        lang = language(ctx)
        formatter.write_usage(ctx.command_path, " ".join(usage_pieces(self, ctx, lang)),
                              prefix=i18n.t(lang, "usage.prefix"))

    def format_options(self, ctx: Any, formatter: HelpFormatter) -> None:
        """Click's plain help (no Rich): the arguments and options, with our headings."""
        lang = language(ctx)
        rows: dict[str, list[tuple[str, str]]] = {"argument": [], "option": []}
        for param in self.get_params(ctx):  # type: ignore[attr-defined]
            if not getattr(param, "hidden", False) and param.param_type_name in rows:
                rows[param.param_type_name].append(_record(param, ctx, lang))
        for kind, heading in (("argument", "cli.arguments"), ("option", "cli.options")):
            if rows[kind]:
                with formatter.section(i18n.t(lang, heading)):
                    formatter.write_dl(rows[kind])
        if isinstance(self, TyperGroup):
            commands = [(name, command) for name in self.list_commands(ctx)
                        if (command := self.get_command(ctx, name)) is not None
                        and not command.hidden]
            if commands:
                limit = formatter.width - 6 - max(len(name) for name, _ in commands)
                with formatter.section(i18n.t(lang, "cli.commands")):
                    formatter.write_dl([(name, command.get_short_help_str(limit))
                                        for name, command in commands])


class HelpCommand(_Localized, TyperCommand):
    """A cchc command: Typer's, with help in the user's language."""


class HelpGroup(_Localized, TyperGroup):
    """The `cchc` group: Typer's, with help in the user's language."""

    def get_command(self, ctx: Any, cmd_name: str) -> Any:
        """A command, put into the help's words while its group's help is shown (the list of
        commands reads each one's help: `LazyGroup` lends stand-ins for it)."""
        command = super().get_command(ctx, cmd_name)
        if command is not None and ctx is not None and ctx.meta.get(_SHOWING):
            localize(command, ctx, language(ctx))
        return command
