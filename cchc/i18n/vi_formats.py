"""Cách tiếng Việt viết ngày và kỳ (`cchc.i18n.format_date`, `format_period`). Khóa và chỗ
điền giống hệt `en_formats.py`."""

from __future__ import annotations

MESSAGES: dict[str, str] = {
    "format.date": "ngày {day}/{month}/{year}",
    "format.date-short": "{day}/{month}/{year}",
    "format.year": "năm {year}",
    "format.quarter": "quý {quarter:format.roman}/{year}",
    "format.half": "6 tháng {half:format.half-word} năm {year}",
    "format.month": "tháng {month}/{year}",
    **{f"format.month-name.{n}": f"tháng {n}" for n in range(1, 13)},
    **{f"format.roman.{n}": roman for n, roman in enumerate(("I", "II", "III", "IV"), start=1)},
    "format.half-word.1": "đầu", "format.half-word.2": "cuối",
}
