"""English messages of the bounds on data and arguments (`cchc/model/limits.py`).

Same keys and placeholders as `vi_limits.py`. Each says what was refused, where, and what
would be accepted.
"""

from __future__ import annotations

MESSAGES: dict[str, str] = {
    "diag.text-too-long": "{field}: this text has {length} characters, more than the "
                          "{limit} accepted here: shorten it (a title or a name is one line; "
                          "a task's full wording goes in 'text', up to 10,000 characters)",
    "diag.number-too-large": "{field}: the number {value} is too large: numbers must be "
                             "smaller than 1,000,000,000,000,000 (10^15) in absolute value "
                             "(a reading or a target is a percentage or a count)",
    "diag.date-out-of-range": "{field}: the date {value} is outside the years cchc supports: "
                              "write a date from {first} to {last}",
    "error.as-of-out-of-range": "--as-of {value} is outside the years cchc supports: give a "
                                "date from {first} to {last}",
}
