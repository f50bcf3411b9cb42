"""`render.output.json_text` writes the bytes of `json.dumps(..., ensure_ascii=False,
indent=2)` (then `safe.escape_json`), whatever the shape: its fast path for containers of
scalars must not change one byte of the contract's JSON."""

from __future__ import annotations

import json
from enum import StrEnum
from typing import Any

import pytest

from cchc.render.output import json_text
from cchc.render.safe import escape_json


def reference(data: Any) -> str:
    return escape_json(json.dumps(data, ensure_ascii=False, indent=2)) + "\n"


class Colour(StrEnum):
    RED = "đỏ"


STRINGS = ["", "UBND Xã Minh Hòa", 'quote " back \\ slash', "line\nbreak\ttab\r",
           "\x00\x1b[2J\x7f\x85\u2028\u202e\u2066", ",\n  ", ": ", "{}[]", "🇻🇳", "ð Đ đ"]
SCALARS: list[Any] = [*STRINGS, 0, -1, 2**70, 1.5, -0.0, 1e16, 1e-7, float("nan"),
                      float("inf"), float("-inf"), True, False, None]

CASES: list[Any] = [
    *SCALARS,
    [], {}, [[]], [{}], {"a": []}, {"a": {}},
    SCALARS,
    {s: v for s, v in zip(STRINGS, SCALARS[::-1], strict=False)},
    {"plans": [{"plan": "p", "counts": {"done": 3, "overdue": 0},
                "overdue": [{"task": "T1", "unit": "X", "due": None, "days": 4},
                            {"task": "T2", "unit": "Y", "due": "2023-01-31", "days": 0}],
                "nested": [[1, [2, [3, {"x": [None]}]]], (4, 5), ()],
                "final": None}], "incomplete": False},
    [[[[["deep"]]]], {"k": {"k": {"k": {"k": 1}}}}],
    (1, "a", (2, {"t": ("x",)})),
    # what the fast path leaves to json.dumps: keys that are not strings, subclasses
    {1: "a", 2.5: "b", False: "c", None: "d"},
    {"outer": {1: [1, 2]}},
    {"colour": Colour.RED, "list": [Colour.RED]},
    [Colour.RED],
]


@pytest.mark.parametrize("data", CASES, ids=lambda d: repr(d)[:40])
def test_json_text_is_json_dumps_indented(data: Any) -> None:
    assert json_text(data) == reference(data)


def test_json_text_refuses_what_json_dumps_refuses() -> None:
    with pytest.raises(TypeError):
        json_text({"when": object()})
    with pytest.raises(TypeError):
        json_text([{"a": 1}, {"b": {1, 2}}])
