"""An indicator's target (`target: ">= 95%"`, `không quá 10`): what it says, and how it is read.

The plan's schema (`cchc.model.plan`) validates a target with `read_target`, the renderers
read one written in a cell with `parse_target`; nothing here imports pydantic.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from cchc.model.limits import number_in_bounds
from cchc.text import fold

_TARGET = re.compile(r"^\s*(>=|<=|>|<|=)\s*(-?\d+(?:[.,]\d+)?)\s*(%?)\s*$")


@dataclass(frozen=True)
class Target:
    """An indicator's target: a comparison, a number and whether it is a percentage."""

    written: str
    op: str
    number: float
    percent: bool

    def met(self, value: float) -> bool:
        n = self.number
        return {">": value > n, ">=": value >= n, "<": value < n, "<=": value <= n,
                "=": value == n}[self.op]

    def gap(self, value: float) -> float:
        if self.op in (">", ">="):
            return self.number - value
        if self.op in ("<", "<="):
            return value - self.number
        return abs(value - self.number)


# The words plan documents use for a comparison (docs/format.md, "Plans"), without diacritics: the
# longest first, so that "không quá" is not read as something else.
TARGET_WORDS = (("khong vuot qua", "<="), ("khong qua", "<="), ("toi da", "<="),
                ("khong duoi", ">="), ("toi thieu", ">="), ("it nhat", ">="), ("dat", ">="),
                ("tu", ">="), ("tren", ">"), ("duoi", "<"))
_TARGET_TAILS = (("tro len", ">="), ("tro xuong", "<="))
_SYMBOLS = str.maketrans({"\u2265": ">=", "\u2264": "<=", "\u2267": ">=", "\u2266": "<=",
                          "\uff1e": ">", "\uff1c": "<", "\uff1d": "="})


def _plain_target(text: str) -> str:
    """`≥ 95%`, `trên 80%`, `không quá 10`, `từ 80% trở lên` as `>= 95%`, `> 80%`, ..."""
    written = " ".join(text.translate(_SYMBOLS).split())
    folded = fold(written)
    for tail, op in _TARGET_TAILS:
        if folded.endswith(" " + tail):
            body = written[: len(written) - len(tail) - 1].strip()
            head = fold(body)
            for word, _ in TARGET_WORDS:  # "từ 80% trở lên": the tail says it all
                if head.startswith(word + " "):
                    body = body[len(word) + 1:]
                    break
            return f"{op} {body}"
    for word, op in TARGET_WORDS:
        rest = folded[len(word) + 1:]
        if folded.startswith(word + " ") and (rest[:1].isdigit() or rest.startswith("-")):
            return f"{op} {written[len(word) + 1:]}"
    return written


class BadTarget(ValueError):
    """Not a target: `code` is the diagnostic's (`bad-target`, `number-too-large`), `value`
    the text it is about."""

    def __init__(self, code: str, value: str) -> None:
        super().__init__(code)
        self.code = code
        self.value = value


def read_target(value: object) -> Target:
    """A target as written (symbols or the documents' words); raises `BadTarget`."""
    if isinstance(value, Target):
        return value
    if not isinstance(value, str) or (m := _TARGET.match(_plain_target(value))) is None:
        raise BadTarget("bad-target", str(value))
    number = float(m.group(2).replace(",", "."))
    if not number_in_bounds(number):  # 27 digits crashed the gaps, worked in decimal
        raise BadTarget("number-too-large", m.group(2))
    return Target(value.strip(), m.group(1), number, m.group(3) == "%")


def parse_target(text: str) -> Target | None:
    """A target as written (symbols or the documents' words), or None."""
    try:
        return read_target(text)
    except BadTarget:
        return None
