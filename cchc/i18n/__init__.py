"""Message catalogues: every word the program prints or writes, in Vietnamese and English.

Code never chooses words with `if lang == ...`; it asks for a key here. `vi.py` and `en.py`
hold the same keys with the same placeholders (a test holds them to it). Vietnamese text is
NFC-normalised. The languages are declared once, as `Language`; adding one is a recipe of
docs/contributing.md.

A placeholder may say how its value is written: `{in_month:period}` writes a period label
(`2023-02`) as the language writes periods (`February 2023`, `tháng 2/2023`), and
`{month:format.month-name}` says the message `format.month-name.<month>`. Dates and periods
are written so, from `en_formats.py` and `vi_formats.py`: a language is its catalogues.

A missing key, or a placeholder without its argument, falls back to English, then to the key
itself, so that a user never meets a crash over a word; with `CCHC_STRICT_MESSAGES=1` (the
tests set it, `tests/conftest.py`) it raises KeyError instead, so none goes unnoticed.
"""

from __future__ import annotations

import datetime as _dt
import functools
import importlib
import os
import string
import unicodedata
from typing import TYPE_CHECKING, Any, Literal, get_args

if TYPE_CHECKING:
    from collections.abc import Mapping

# The one list of languages: cchc.yaml's `language`, `--lang` and the catalogues follow it.
Language = Literal["vi", "en"]
LANGUAGES: tuple[Language, ...] = get_args(Language)
# Features with many words keep them in catalogues of their own (`en_remind.py`,
# `vi_remind.py`), merged here; keys must not collide (a test holds them to it).
FEATURES = ("calendar", "clerk", "deadlines", "diff", "documents", "formats", "help", "import",
            "init", "limits", "remind", "schema", "site", "write")


class _Catalogues(dict[str, dict[str, str]]):
    """Each language's messages, merged from its catalogues when that language is first
    asked for: a run speaks one language, and importing the other's fifteen modules cost
    every run a few milliseconds. Ask by index (`CATALOGUES["vi"]`), which loads it; only
    the languages loaded so far are iterated."""

    def __missing__(self, lang: str) -> dict[str, str]:
        if lang not in LANGUAGES:
            raise KeyError(lang)
        merged = dict(importlib.import_module(f"cchc.i18n.{lang}").MESSAGES)
        for feature in FEATURES:
            try:
                module = importlib.import_module(f"cchc.i18n.{lang}_{feature}")
            except ModuleNotFoundError:
                continue
            merged.update(module.MESSAGES)
        self[lang] = merged
        return merged


CATALOGUES: dict[str, dict[str, str]] = _Catalogues()


def _catalogue(lang: str) -> dict[str, str]:
    """The messages of `lang`, English for a language cchc does not speak."""
    return CATALOGUES[lang if lang in LANGUAGES else "en"]


STRICT = os.environ.get("CCHC_STRICT_MESSAGES") == "1"


class _Formatter(string.Formatter):
    """str.format, plus two formats of a placeholder (see the module doc): `period`, and a
    catalogue prefix (`{month:format.month-name}` says message `format.month-name.<month>`)."""

    def __init__(self, lang: str) -> None:
        super().__init__()
        self.lang = lang

    def format_field(self, value: Any, format_spec: str) -> Any:
        if format_spec == "period":
            return format_period(self.lang, str(value))
        if format_spec.startswith("format."):
            return t(self.lang, f"{format_spec}.{value}")
        return super().format_field(value, format_spec)


def t(lang: str, key: str, /, **kwargs: object) -> str:
    """The message `key` in `lang`, with its placeholders filled in."""
    catalogue = _catalogue(lang)
    template = catalogue.get(key)
    if template is None:
        if STRICT:
            raise KeyError(f"no message {key!r} in {lang!r}")
        template = CATALOGUES["en"].get(key) or key
    try:
        if ":period}" in template or ":format." in template:
            text = _Formatter(lang).vformat(template, (), kwargs)
        else:
            text = template.format(**kwargs)
    except (KeyError, IndexError):
        if STRICT:
            raise
        text = template
    return unicodedata.normalize("NFC", text)


def help_language(env: Mapping[str, str]) -> str:
    """The language of `--help`: `CCHC_LANG` when it names one, else the locale's, else en.

    The locale is the first non-empty of LC_ALL, LC_MESSAGES and LANG (POSIX precedence);
    one starting with "vi" (vi_VN.UTF-8) means Vietnamese. cchc.yaml's `language` cannot
    count: help is built before the options that find the repository are read.
    """
    chosen = env.get("CCHC_LANG", "").strip().lower()
    if chosen in LANGUAGES:
        return chosen
    locale = next((value for name in ("LC_ALL", "LC_MESSAGES", "LANG")
                   if (value := env.get(name, "").strip())), "")
    return "vi" if locale.lower().startswith("vi") else "en"


def has(lang: str, key: str) -> bool:
    return key in _catalogue(lang)


def format_date(lang: str, d: _dt.date) -> str:
    """A date as documents in the language write it: `ngày 31/3/2023` or `31 March 2023`."""
    return _date(lang, "format.date", d)


def format_date_short(lang: str, d: _dt.date) -> str:
    """A date in a table cell: `31/3/2023` in Vietnamese, ISO in English."""
    return _date(lang, "format.date-short", d)


# Dates and periods repeat across the rows of a report: each is said once per language.
@functools.lru_cache(maxsize=8192)
def _date(lang: str, key: str, d: _dt.date) -> str:
    return t(lang, key, day=d.day, month=d.month, year=d.year)


def format_period(lang: str, label: str) -> str:
    """A period label (2023-03, 2023-Q1, 2023-H1, 2023) as the language writes it; another
    label (a week, a day) as it is."""
    return _period(lang, label)


@functools.lru_cache(maxsize=4096)
def _period(lang: str, label: str) -> str:
    year, _, rest = label.partition("-")
    if not rest:
        return t(lang, "format.year", year=year)
    if rest.startswith("Q") and rest[1:].isdigit() and 1 <= int(rest[1:]) <= 4:
        return t(lang, "format.quarter", quarter=int(rest[1:]), year=year)
    if rest.startswith("H") and rest[1:] in ("1", "2"):
        return t(lang, "format.half", half=int(rest[1:]), year=year)
    if rest.isdigit() and len(rest) == 2 and 1 <= int(rest) <= 12:
        return t(lang, "format.month", month=int(rest), year=year)
    return label


def format_number(lang: str, value: float) -> str:
    """A number with at most two decimals and grouped thousands: `12.345,5` (vi), `12,345.5`."""
    text = f"{value:,.2f}".rstrip("0").rstrip(".")
    if text == "-0":
        text = "0"
    if lang == "vi":  # Vietnamese swaps the marks: a dot between thousands, a decimal comma
        text = text.translate(_VI_MARKS)
    return text


_VI_MARKS = str.maketrans({",": ".", ".": ","})

