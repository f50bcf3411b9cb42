"""How English writes dates and periods (`cchc.i18n.format_date`, `format_period`).

`{month:format.month-name}` says the month by the message `format.month-name.<month>`.
"""

from __future__ import annotations

_MONTHS = ("January", "February", "March", "April", "May", "June", "July", "August",
           "September", "October", "November", "December")

MESSAGES: dict[str, str] = {
    "format.date": "{day} {month:format.month-name} {year}",
    "format.date-short": "{year:04d}-{month:02d}-{day:02d}",
    "format.year": "{year}",
    "format.quarter": "Q{quarter} {year}",
    "format.half": "H{half} {year}",
    "format.month": "{month:format.month-name} {year}",
    **{f"format.month-name.{n}": name for n, name in enumerate(_MONTHS, start=1)},
    **{f"format.roman.{n}": roman for n, roman in enumerate(("I", "II", "III", "IV"), start=1)},
    "format.half-word.1": "first", "format.half-word.2": "second",
}
