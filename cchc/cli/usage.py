"""Usage errors of the parser in the user's language (issue 12).

Click (Typer's copy of it) writes its own English sentences: "Usage:", "Try ... for help.",
"Error: Missing option '--unit'.", "No such option", "Got unexpected extra argument". Each
reaches the user through the boundary, which asks here for the same content in the words of
the catalogues: the kind of error is read from the exception's class and fields (never from
its English text, except for the two sentences Click raises as a plain `UsageError`).
"""

from __future__ import annotations

import ast
import re
from collections.abc import Sequence

from typer._click.exceptions import (
    BadOptionUsage,
    BadParameter,
    MissingParameter,
    NoArgsIsHelpError,
    NoSuchOption,
    UsageError,
)

from cchc import i18n
from cchc.cli import help

# Typer 0.29's own words (typer/_click/core.py, parser.py; typer/core.py), each held by a test
# of tests/test_clerk_cli.py that runs the parser: "Got unexpected extra argument(s) (a b)";
# "No such command 'x'." with the name as Python's repr ('x', or "it's" when it holds a
# quote), followed by Typer's own ". Did you mean ...?"; "Option '--unit' requires an
# argument." / "requires 2 arguments."; "Option '--no-cache' does not take a value.".
_EXTRA = re.compile(r"Got unexpected extra arguments?(?:\(s\))? \((?P<args>.*)\)", re.S)
_NO_COMMAND = re.compile(r"""No such command (?P<name>'(?:[^'\\]|\\.)*'|"(?:[^"\\]|\\.)*")""")
_REQUIRES = re.compile(r"Option '(?P<opt>[^']+)' requires (?:an argument|\d+ arguments)")
_NO_VALUE = re.compile(r"Option '(?P<opt>[^']+)' does not take a value")


def _hint(param_hint: Sequence[str] | str | None) -> str:
    if param_hint is None:
        return ""
    if isinstance(param_hint, str):
        return param_hint
    return " / ".join(f"'{h}'" for h in param_hint)


def message(exc: UsageError, lang: str) -> str:
    """The error's sentence, in `lang`."""
    def t(key: str, **kw: object) -> str:
        return i18n.t(lang, key, **kw)

    own = getattr(exc, "cchc_message", None)  # raised by our own parsers: a catalogue key
    if isinstance(exc, MissingParameter):
        hint = _hint(exc.param_hint) if exc.param_hint is not None else \
            exc.param.get_error_hint() if exc.param is not None else ""
        kind = exc.param_type or (exc.param.param_type_name if exc.param else "parameter")
        return t("usage.missing-" + (kind if kind in ("option", "argument") else "parameter"),
                 name=hint)
    if isinstance(exc, BadParameter):
        hint = _hint(exc.param_hint) if exc.param_hint is not None else \
            exc.param.get_error_hint() if exc.param is not None else ""
        if own:  # our own sentence names the option already
            return t(own[0], **own[1])
        return t("usage.bad-value", name=hint, reason=exc.message) if hint else exc.message
    if isinstance(exc, NoSuchOption):
        text = t("usage.no-such-option", name=exc.option_name)
        if exc.possibilities:
            text += t("usage.did-you-mean",
                      names=", ".join(f"'{p}'" for p in sorted(exc.possibilities)))
        return text
    if isinstance(exc, BadOptionUsage):
        if m := _REQUIRES.match(exc.message):
            return t("usage.needs-value", name=m["opt"])
        if m := _NO_VALUE.match(exc.message):
            return t("usage.takes-no-value", name=m["opt"])
    if own:
        return t(own[0], **own[1])
    if m := _EXTRA.match(exc.message):
        return t("usage.extra", args=m["args"])
    if m := _NO_COMMAND.match(exc.message):
        from cchc.clerk.names import suggest

        commands = list(exc.ctx.command.list_commands(exc.ctx)) if exc.ctx else []  # type: ignore[attr-defined]
        name = str(ast.literal_eval(m["name"]))  # a repr of a str, nothing else
        close = suggest(name, commands, limit=3)
        text = t("usage.no-such-command", name=name)
        if close:
            text += t("usage.did-you-mean", names=", ".join(f"'{c}'" for c in close))
        return text
    return exc.message


def show(exc: UsageError, lang: str) -> str:
    """What Click's `show` prints (usage line, help hint, the error), in `lang`. `cchc` alone
    prints its help (Rich has written it already; Click's plain formatter gives it as text)."""
    if isinstance(exc, NoArgsIsHelpError):
        return exc.message.rstrip()
    lines: list[str] = []
    ctx = exc.ctx
    if ctx is not None:
        help.set_language(ctx, lang)
        help.localize(ctx.command, ctx, lang)  # an argument's name in the message, too
        lines.append(ctx.get_usage())
        if ctx.command.get_help_option(ctx) is not None:
            lines.append(i18n.t(lang, "usage.try", command=ctx.command_path,
                                option=ctx.help_option_names[0]))
    lines.append(i18n.t(lang, "usage.error", message=message(exc, lang)))
    return "\n".join(lines)
