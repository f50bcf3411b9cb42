"""Deadlines as documents write them → a `due` that `parse_deadline` accepts.

The value is kept as written ("Trong năm 2023" → `trong năm 2023`, only the first letter
lowered, footnote marks and the closing full stop dropped): a reviewer compares it with the
document at a glance. When the whole value is no deadline ("Quý I/2023 và các năm tiếp theo"),
the first part that is one is taken, and the draft says so.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from cchc.importing.vn import fold, lower_first
from cchc.model.deadlines import Deadline, DeadlineError, parse_deadline

_PERIOD = (
    r"(?:ngay\s+\d{1,2}\s*[/.-]\s*\d{1,2}\s*[/.-]\s*\d{4}"
    r"|ngay\s+\d{1,2}\s+thang\s+\d{1,2},?\s+nam\s+\d{4}"
    r"|\d{1,2}/\d{1,2}/\d{4}"
    r"|thang\s+\d{1,2}\s*(?:/|,?\s+nam\s+)\d{4}"
    r"|(?:quy|qui)\s+(?:iv|i{1,3}|[1-4])\s*(?:/|-|,?\s+nam\s+)\d{4}"
    r"|(?:0?6|sau)\s+thang\s+(?:dau|cuoi)\s+nam\s+\d{4}"
    r"|nam\s+\d{4})")
_PREFIX = r"(?:(?:trong|truoc|cham nhat(?: la)?|den(?: het)?)\s+)*"
_IN_VALUE = re.compile(_PREFIX + _PERIOD
                       + r"|(?:dinh ky\s+)?(?:hang|moi)\s+(?:ngay|tuan|thang|quy|nam)"
                       r"|thuong xuyen|lien tuc")
# In a task's own words only explicit deadlines count: "năm 2023" alone is everywhere.
_IN_TEXT = re.compile(
    r"(?:trong|truoc|cham nhat(?: la)?|hoan thanh(?: trong| truoc)?|xong truoc|den het)\s+"
    r"(?:ngay\s+\d{1,2}\s*[/.-]\s*\d{1,2}\s*[/.-]\s*\d{4}|ngay\s+\d{1,2}\s+thang\s+\d{1,2},?"
    r"\s+nam\s+\d{4}|thang\s+\d{1,2}\s*(?:/|,?\s+nam\s+)\d{4}"
    r"|(?:quy|qui)\s+(?:iv|i{1,3}|[1-4])\s*(?:/|-|,?\s+nam\s+)\d{4}"
    r"|(?:0?6|sau)\s+thang\s+(?:dau|cuoi)\s+nam\s+\d{4})")
_FREQUENCY_IN_TEXT = re.compile(r"(?:dinh ky\s+)?(?:hang|hang)\s+(?:thang|quy|nam|tuan)\b")


@dataclass(frozen=True)
class Due:
    value: str          # what the draft writes
    deadline: Deadline  # parsed
    partial: bool       # only part of the written value


def _tidy(value: str) -> str:
    value = " ".join(value.split()).strip(" .;,:\"'“”")
    value = re.sub(r"(?i)^(?:hoàn thành|xong|thực hiện)\s+(?=(?:trong|trước|chậm nhất|vào)\b)",
                   "", value)
    return lower_first(value)


def normalise(written: str) -> Due | None:
    """The written time of implementation as a due, or None when no part of it is one."""
    value = _tidy(written)
    if not value:
        return None
    try:
        return Due(value, parse_deadline(value), False)
    except DeadlineError:
        pass
    folded = fold(value)
    for m in _IN_VALUE.finditer(folded):
        part = _tidy(value[m.start():m.end()])
        try:
            return Due(part, parse_deadline(part), True)
        except DeadlineError:
            continue
    return None


def from_text(text: str) -> Due | None:
    """A deadline the task's own words set ("gửi ... trong tháng 02 năm 2023"), if any."""
    folded = fold(text)
    for m in _IN_TEXT.finditer(folded):
        part = text[m.start():m.end()]
        for prefix in ("hoàn thành ", "xong "):
            if part.lower().startswith(prefix):
                part = part[len(prefix):]
        part = _tidy(part)
        try:
            return Due(part, parse_deadline(part), True)
        except DeadlineError:
            continue
    f = _FREQUENCY_IN_TEXT.search(folded)
    if f:
        part = _tidy(text[f.start():f.end()])
        try:
            return Due(part, parse_deadline(part), True)
        except DeadlineError:
            return None
    return None


def frequency(text: str) -> str | None:
    """"hàng tháng" in a footnote → "hàng tháng" (as written), if the text names a
    frequency."""
    m = re.search(r"(?:dinh ky\s+)?(?:hang|moi)\s+(?:ngay|tuan|thang|quy|nam)\b", fold(text))
    return _tidy(text[m.start():m.end()]) if m else None
