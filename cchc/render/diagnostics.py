"""Reporters of diagnostics, chosen by format name (`FORMATS`): text, json, github.

A path is data too: a file may be named with a line break or a terminal escape sequence.
Paths and messages go through `safe.terminal` (text, github), and the JSON writer escapes
what a terminal acts on (`safe.escape_json`), so that each diagnostic stays one line that no
file name can forge, and nothing raw reaches the terminal.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from cchc import i18n
from cchc.diagnostics import Diagnostic
from cchc.render.output import Renderer, View, json_text
from cchc.render.safe import terminal


@dataclass(frozen=True)
class Checked:
    """What `cchc check` found: the diagnostics (sorted) and how many files it read."""

    diagnostics: Sequence[Diagnostic]
    files: int


def text(diagnostics: Sequence[Diagnostic], lang: str) -> str:
    # `error`/`warning` stay as written in every language: editors and CI parse this line.
    return "".join(f"{terminal(d.path)}:{d.line}:{d.column}: {d.severity.value}: "
                   f"{terminal(d.message(lang))} [{d.code}]\n" for d in diagnostics)


def item(d: Diagnostic, lang: str) -> dict[str, Any]:
    """The object of `cchc check --format json` (docs/format.md, "JSON shapes")."""
    return {"severity": d.severity.value, "code": d.code, "path": d.path, "line": d.line,
            "column": d.column, "message": d.message(lang)}


def as_json(diagnostics: Sequence[Diagnostic], lang: str) -> str:
    return json_text([item(d, lang) for d in diagnostics])


def _escape_data(s: str) -> str:
    return terminal(s).replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A")


def _escape_property(s: str) -> str:
    return _escape_data(s).replace(":", "%3A").replace(",", "%2C")


def github(diagnostics: Sequence[Diagnostic], lang: str) -> str:
    """GitHub Actions workflow commands: each problem shows on its line of the pull request."""
    return "".join(
        f"::{d.severity.value} file={_escape_property(d.path)},line={d.line},col={d.column},"
        f"title={_escape_property(d.code)}::{_escape_data(d.message(lang))}\n"
        for d in diagnostics)


def _text(found: Checked, view: View) -> str:
    return text(found.diagnostics, view.lang) + summary(found.diagnostics, found.files,
                                                        view.lang)


def _json(found: Checked, view: View) -> str:
    return as_json(found.diagnostics, view.lang)


def _github(found: Checked, view: View) -> str:
    return github(found.diagnostics, view.lang)


FORMATS: dict[str, Renderer[Checked]] = {"text": _text, "json": _json, "github": _github}
# the line formats alone, without the text format's closing count (tests, fuzzing)
REPORTERS = {"text": text, "json": as_json, "github": github}


def summary(diagnostics: Sequence[Diagnostic], files: int, lang: str) -> str:
    errors = sum(1 for d in diagnostics if d.is_error)
    return i18n.t(lang, "check.summary", errors=errors, warnings=len(diagnostics) - errors,
                  files=files) + "\n"
