"""Dates, numbers and status words as a Vietnamese clerk types them (docs/format.md, "Commands").

Every function takes the text as typed and returns the value, or None when the text cannot
be read that way (the caller names the value and the accepted forms in the user's language).
"""

from __future__ import annotations

import datetime as dt
import math
import re
import unicodedata

from cchc.text import fold

STATUSES = ("in-progress", "done", "blocked")

# Day first, as Vietnamese documents write dates: 31/3/2023, 31/03/2023, 31-3-2023, 31.3.2023,
# optionally after "ngày"; or year first, ISO or not padded: 2023-03-31, 2023-3-31, 2023/3/31.
_DAY_FIRST = re.compile(r"(?:ngay\s+)?(\d{1,2})\s*([/.-])\s*(\d{1,2})\s*\2\s*(\d{4})")
_YEAR_FIRST = re.compile(r"(\d{4})\s*([/.-])\s*(\d{1,2})\s*\2\s*(\d{1,2})")


def parse_date(text: str) -> dt.date | None:
    """`31/3/2023`, `31/03/2023`, `ngày 31/3/2023`, `2023-3-31`, `2023-03-31`; else None."""
    folded = fold(unicodedata.normalize("NFC", text)).strip()
    if m := _DAY_FIRST.fullmatch(folded):
        day, month, year = int(m.group(1)), int(m.group(3)), int(m.group(4))
    elif m := _YEAR_FIRST.fullmatch(folded):
        year, month, day = int(m.group(1)), int(m.group(3)), int(m.group(4))
    else:
        return None
    try:
        return dt.date(year, month, day)
    except ValueError:  # 31/4/2023: no such day
        return None


_MINUS = str.maketrans({"\u2212": "-", "\u2013": "-", "\u2012": "-", "\u00a0": None,
                        "\u202f": None, " ": None, "_": None})
_NUMBER = re.compile(r"[+-]?[0-9][0-9.,]*")
_GROUPED = re.compile(r"[0-9]{1,3}(?:X[0-9]{3})+")


def parse_number(text: str) -> float | None:
    """`96,5`, `96,5%`, `96.5`, `-3`, `−3`, `12.345,5`, `12,345.5`; else None.

    With both marks, the last is the decimal mark and the other groups thousands. With one
    comma alone, the comma is the decimal mark (Vietnamese). With one dot alone, the dot is
    the decimal mark; several dots, or several commas, group thousands (`1.234.567`).
    """
    s = unicodedata.normalize("NFKC", text).translate(_MINUS)
    if s.endswith("%"):
        s = s[:-1]
    if not _NUMBER.fullmatch(s):
        return None
    sign, digits = ("-", s[1:]) if s[0] in "+-" else ("", s)
    if s[0] == "+":
        sign = ""
    dots, commas = digits.count("."), digits.count(",")
    if dots and commas:
        decimal = "." if digits.rfind(".") > digits.rfind(",") else ","
        group = "," if decimal == "." else "."
        whole, _, frac = digits.rpartition(decimal)
        if group in frac or not _GROUPED.fullmatch(whole.replace(group, "X")):
            return None
        plain = whole.replace(group, "") + "." + frac
    elif dots > 1 or commas > 1:
        mark = "." if dots else ","
        if not _GROUPED.fullmatch(digits.replace(mark, "X")):
            return None
        plain = digits.replace(mark, "")
    else:
        plain = digits.replace(",", ".")
    if plain.endswith(".") or plain.startswith("."):
        return None
    value = float(sign + plain)
    return value if math.isfinite(value) else None


# Status words, compared without case, diacritics, hyphens or extra spaces.
_STATUS_WORDS = {
    "in-progress": ("in progress", "inprogress", "dang thuc hien", "dang trien khai",
                    "dang lam"),
    "done": ("done", "hoan thanh", "da hoan thanh", "xong", "da xong", "da thuc hien"),
    "blocked": ("blocked", "vuong mac", "bi vuong mac", "co vuong mac", "kho khan",
                "kho khan vuong mac", "kho khan, vuong mac"),
}
_BY_WORD = {w: status for status, words in _STATUS_WORDS.items() for w in words}


def _status_key(text: str) -> str:
    folded = fold(unicodedata.normalize("NFC", text)).replace("-", " ").replace("_", " ")
    return " ".join(folded.replace(",", " , ").split()).replace(" , ", ", ")


def parse_status(text: str) -> str | None:
    """`done`, `hoàn thành`, `Hoan thanh`, `đang thực hiện`, `vướng mắc`, ...; else None."""
    return _BY_WORD.get(_status_key(text))
