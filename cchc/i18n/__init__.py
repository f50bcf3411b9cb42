"""Message catalogues: every word the program prints or writes, in Vietnamese and English.

Code never chooses words with `if lang == ...`; it asks for a key here. `vi.py` and `en.py`
hold the same keys with the same placeholders (a test holds them to it). Vietnamese text is
NFC-normalised. The languages are declared once, as `Language`; adding one is a recipe of
docs/contributing.md.

A placeholder may say how its value is written: `{in_month:period}` writes a period label
(`2023-02`) as the language writes periods (`February 2023`, `tháng 2/2023`).

A missing key, or a placeholder without its argument, falls back to English, then to the key
itself, so that a user never meets a crash over a word; with `CCHC_STRICT_MESSAGES=1` (the
tests set it, `tests/conftest.py`) it raises KeyError instead, so none goes unnoticed.
"""

from __future__ import annotations

import datetime as _dt
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
FEATURES = ("calendar", "deadlines", "diff", "documents", "help", "import", "init", "remind",
            "schema", "site")
CATALOGUES: dict[str, dict[str, str]] = {}
for _lang in LANGUAGES:
    CATALOGUES[_lang] = dict(importlib.import_module(f"cchc.i18n.{_lang}").MESSAGES)
    for _feature in FEATURES:
        try:
            _module = importlib.import_module(f"cchc.i18n.{_lang}_{_feature}")
        except ModuleNotFoundError:
            continue
        CATALOGUES[_lang].update(_module.MESSAGES)

STRICT = os.environ.get("CCHC_STRICT_MESSAGES") == "1"


class _Formatter(string.Formatter):
    """str.format, plus the `period` format of a placeholder (see the module doc)."""

    def __init__(self, lang: str) -> None:
        super().__init__()
        self.lang = lang

    def format_field(self, value: Any, format_spec: str) -> Any:
        if format_spec == "period":
            return format_period(self.lang, str(value))
        return super().format_field(value, format_spec)


def t(lang: str, key: str, /, **kwargs: object) -> str:
    """The message `key` in `lang`, with its placeholders filled in."""
    catalogue = CATALOGUES.get(lang, CATALOGUES["en"])
    template = catalogue.get(key)
    if template is None:
        if STRICT:
            raise KeyError(f"no message {key!r} in {lang!r}")
        template = CATALOGUES["en"].get(key) or key
    try:
        if ":period}" in template:
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
    return key in CATALOGUES.get(lang, CATALOGUES["en"])


def format_date(lang: str, d: _dt.date) -> str:
    """A date as documents in the language write it: `ngày 31/3/2023` or `31 March 2023`."""
    if lang == "vi":
        return f"ngày {d.day}/{d.month}/{d.year}"
    return f"{d.day} {_MONTHS_EN[d.month - 1]} {d.year}"


def format_date_short(lang: str, d: _dt.date) -> str:
    """A date in a table cell: `31/3/2023` in Vietnamese, ISO in English."""
    if lang == "vi":
        return f"{d.day}/{d.month}/{d.year}"
    return d.isoformat()


def format_period(lang: str, label: str) -> str:
    """A period label (2023-03, 2023-Q1, 2023-H1, 2023) as the language writes it."""
    year, _, rest = label.partition("-")
    if not rest:
        return f"năm {year}" if lang == "vi" else year
    if rest.startswith("Q") and rest[1:].isdigit():
        q = int(rest[1:])
        return f"quý {_ROMAN[q]}/{year}" if lang == "vi" else f"Q{q} {year}"
    if rest.startswith("H") and rest[1:].isdigit():
        h = int(rest[1:])
        if lang == "vi":
            return f"6 tháng {'đầu' if h == 1 else 'cuối'} năm {year}"
        return f"H{h} {year}"
    if rest.isdigit() and len(rest) == 2:
        m = int(rest)
        return f"tháng {m}/{year}" if lang == "vi" else f"{_MONTHS_EN[m - 1]} {year}"
    return label


_ROMAN = ("", "I", "II", "III", "IV")


def format_number(lang: str, value: float) -> str:
    """A number with at most two decimals; Vietnamese writes the decimal comma (96,2)."""
    text = f"{value:.2f}".rstrip("0").rstrip(".")
    if text == "-0":
        text = "0"
    return text.replace(".", ",") if lang == "vi" else text


_MONTHS_EN = ("January", "February", "March", "April", "May", "June", "July", "August",
              "September", "October", "November", "December")
