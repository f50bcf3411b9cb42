"""Reporters of diagnostics, chosen by format name: text, json, github."""

from __future__ import annotations

import json
from collections.abc import Callable, Sequence

from cchc import i18n
from cchc.diagnostics import Diagnostic


def text(diagnostics: Sequence[Diagnostic], lang: str) -> str:
    # `error`/`warning` stay as written in every language: editors and CI parse this line.
    return "".join(f"{d.path}:{d.line}:{d.column}: {d.severity.value}: "
                   f"{d.message(lang)} [{d.code}]\n" for d in diagnostics)


def as_json(diagnostics: Sequence[Diagnostic], lang: str) -> str:
    return json.dumps([d.as_dict(lang) for d in diagnostics], ensure_ascii=False, indent=2) + "\n"


def _escape_data(s: str) -> str:
    return s.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A")


def _escape_property(s: str) -> str:
    return _escape_data(s).replace(":", "%3A").replace(",", "%2C")


def github(diagnostics: Sequence[Diagnostic], lang: str) -> str:
    """GitHub Actions workflow commands: each problem shows on its line of the pull request."""
    return "".join(
        f"::{d.severity.value} file={_escape_property(d.path)},line={d.line},col={d.column},"
        f"title={_escape_property(d.code)}::{_escape_data(d.message(lang))}\n"
        for d in diagnostics)


REPORTERS: dict[str, Callable[[Sequence[Diagnostic], str], str]] = {
    "text": text, "json": as_json, "github": github,
}


def summary(diagnostics: Sequence[Diagnostic], files: int, lang: str) -> str:
    errors = sum(1 for d in diagnostics if d.is_error)
    return i18n.t(lang, "check.summary", errors=errors, warnings=len(diagnostics) - errors,
                  files=files) + "\n"
