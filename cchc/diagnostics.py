"""Diagnostics: every problem found in a repository, as a plain, sortable value.

Every stage of the pipeline returns diagnostics instead of raising; the CLI sorts and renders
them. A diagnostic names the file (relative to the repository root, with `/` separators), a
1-based line and column, a severity, a stable code, and the arguments of its message. The
message itself comes from the message catalogue (`cchc.i18n`) in the language asked for, so
one run of the checks serves both languages.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum

from cchc import i18n


class Severity(StrEnum):
    ERROR = "error"
    WARNING = "warning"


Args = tuple[tuple[str, str], ...]


@dataclass(frozen=True, order=True)
class Diagnostic:
    path: str
    line: int
    column: int
    severity: Severity
    code: str
    args: Args = ()

    @property
    def is_error(self) -> bool:
        return self.severity is Severity.ERROR

    def message(self, lang: str = "en") -> str:
        args = dict(self.args)
        # Some arguments are words, not data: say them in the user's language.
        for name in ("expected", "got", "where"):
            if name in args and i18n.has(lang, "word." + args[name]):
                args[name] = i18n.t(lang, "word." + args[name])
        for name in ("field", "where"):  # a list item by its name: "nhiệm vụ 2.6.2, lead"
            if args.get(name, "").startswith("@"):
                args[name] = _named(args[name], lang)
        key = "diag." + self.code
        if "why" in args:
            # why the value is wrong, another message with the same arguments (a deadline's
            # reason: cchc.model.deadlines.errors), said in the same language
            args["why"] = i18n.t(lang, args["why"], **args)
            key += ".why"
        if "close" in args and i18n.has(lang, key + ".close"):
            key += ".close"  # the closest ids instead of advice to declare a new one
        if "meant" in args and i18n.has(lang, key + ".meant"):
            key += ".meant"  # what was written, as the file must write it
        return i18n.t(lang, key, **args)


def _named(text: str, lang: str) -> str:
    """`@task:2.6.2|lead` (from `cchc.load.schema`) said in `lang`: `nhiệm vụ 2.6.2, lead`."""
    item, _, rest = text[1:].partition("|")
    kind, _, ident = item.partition(":")
    said = i18n.t(lang, "item." + kind, id=ident)
    return f"{said}, {rest}" if rest else said


def _args(kwargs: dict[str, object]) -> Args:
    return tuple(sorted((k, str(v)) for k, v in kwargs.items()))


def error(path: str, line: int, column: int, code: str, **kwargs: object) -> Diagnostic:
    return Diagnostic(path, max(line, 1), max(column, 1), Severity.ERROR, code, _args(kwargs))


def warning(path: str, line: int, column: int, code: str, **kwargs: object) -> Diagnostic:
    return Diagnostic(path, max(line, 1), max(column, 1), Severity.WARNING, code, _args(kwargs))


def count_errors(diagnostics: list[Diagnostic]) -> int:
    return sum(1 for d in diagnostics if d.is_error)
