"""`render.output.json_text` writes the bytes of `json.dumps(..., ensure_ascii=False,
indent=2)` (then `safe.escape_json`), whatever the shape: its fast path for containers of
scalars must not change one byte of the contract's JSON. `json_bytes` writes the same text's
UTF-8 bytes, made piece by piece (the rows `ROWS_A_CALL` at a time); `json_compact_bytes`
the bytes of `json.dumps(..., ensure_ascii=False, separators=(",", ":"))`, made the same way
(`cchc site`'s `status.json`)."""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Iterator
from contextlib import contextmanager
from enum import StrEnum
from pathlib import Path
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from cchc.render import output
from cchc.render.output import json_bytes, json_compact_bytes, json_text
from cchc.render.safe import escape_json


def reference(data: Any) -> str:
    return escape_json(json.dumps(data, ensure_ascii=False, indent=2)) + "\n"


def compact(data: Any) -> bytes:
    return (escape_json(json.dumps(data, ensure_ascii=False, separators=(",", ":")))
            + "\n").encode("utf-8")


def same(data: Any) -> bool:
    """Both indenting writers write the reference's text, the compact one json.dumps's
    compact text."""
    expected = reference(data)
    return (json_text(data) == expected and json_bytes(data) == expected.encode("utf-8")
            and json_compact_bytes(data) == compact(data))


@contextmanager
def rows_a_call(count: int) -> Iterator[None]:
    """The rows written `count` to a call of the C encoder (its boundaries seen in small
    lists; hypothesis allows no monkeypatch fixture)."""
    kept = output.ROWS_A_CALL
    output.ROWS_A_CALL = count
    try:
        yield
    finally:
        output.ROWS_A_CALL = kept


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
    assert same(data)


def test_json_text_refuses_what_json_dumps_refuses() -> None:
    for write in (json_text, json_bytes, json_compact_bytes):
        with pytest.raises(TypeError):
            write({"when": object()})
        with pytest.raises(TypeError):
            write([{"a": 1}, {"b": {1, 2}}])


# The fast path for lists of rows (one C call for the whole list, then the boundaries
# between rows moved) next to everything that must leave it: an empty row, a nested
# container, a subclass, a key that is not a string, text that looks like a boundary.
ROW_BREAKERS: list[Any] = [{}, {"x": []}, {"x": {"y": 1}}, {"x": [1, 2]}, {"x": Colour.RED},
                           {1: "a"}, {"x": (1,)}, {"},\n      {": "},\n    {"}]


def test_rows_fast_path_and_what_leaves_it() -> None:
    rows = [{"task": s, "unit": "u", "days": n} for s, n in zip(STRINGS, range(10), strict=True)]
    for count in (1, 2, 3, output.ROWS_A_CALL):
        with rows_a_call(count):
            for data in (rows, tuple(rows), rows[:1],
                         {"plans": [{"overdue": rows, "gaps": rows[:2]}]},
                         [[rows]], {"a": {"b": rows}}):
                assert same(data)
            for odd in ROW_BREAKERS:
                for at in (0, 3, len(rows)):
                    data = rows[:at] + [odd] + rows[at:]
                    assert same(data)
                    assert same({"rows": data})
                    # left to json.dumps after rows were written out (`json_bytes`' drain)
                    assert same({"rows": rows, "then": [odd]})


def test_many_rows() -> None:
    """More rows than one call writes, ASCII and not, around and on the calls' boundaries."""
    count = output.ROWS_A_CALL
    for n in (count - 1, count, count + 1, 2 * count, 2 * count + 1):
        rows = [{"task": STRINGS[i % len(STRINGS)], "n": i, "due": None} for i in range(n)]
        assert same(rows)
        assert same({"ascii": [{"n": i} for i in range(n)], "rows": rows, "after": "Đ"})


_text = st.text(st.sampled_from(["a", "Đ", "ư", "🇻", "\n", "\r", "\t", '"', "\\", "\x00",
                                 "\x1b", "\x7f", "\x85", "\u2028", "\u202e", "\u2066", " ",
                                 ",", ":", "{", "}", "[", "]"]), max_size=8)
_scalars = (_text | st.integers(min_value=-2**70, max_value=2**70) | st.booleans()
            | st.none() | st.floats() | st.sampled_from([-0.0, 1e300, -1e-300, 1e16, 0.1]))
_keys = _text | st.sampled_from(["plan", "task", "unit", "due"])
_rows = st.lists(st.dictionaries(_keys, _scalars, max_size=5), max_size=6)
_json = st.recursive(
    _scalars | _rows,
    lambda inner: (st.lists(inner, max_size=5) | st.lists(inner, max_size=4).map(tuple)
                   | st.dictionaries(_keys, inner, max_size=5)
                   | st.lists(st.dictionaries(_keys, _scalars | inner, min_size=1,
                                              max_size=4), max_size=5)),
    max_leaves=40)


@settings(max_examples=500, deadline=None)
@given(_json, st.integers(min_value=1, max_value=4))
def test_json_text_is_json_dumps_indented_for_any_shape(data: Any, count: int) -> None:
    with rows_a_call(count):
        assert same(data)


@given(st.recursive(_scalars, lambda inner: st.lists(inner, min_size=1, max_size=2)
                    | st.dictionaries(_keys, inner, min_size=1, max_size=2), max_leaves=200),
       st.integers(min_value=0, max_value=60))
@settings(max_examples=50, deadline=None)
def test_deep_nesting(data: Any, depth: int) -> None:
    for _ in range(depth):
        data = [{"k": data}]
    assert same(data)


def _status_data(root: Path, as_of: dt.date, monkeypatch: pytest.MonkeyPatch) -> Any:
    """The data `status_json` gives `json_text` for a repository, and its text."""
    from cchc.compute.summary import summarise
    from cchc.pipeline import load
    from cchc.render import status as status_render
    from cchc.render.output import View

    loaded = load(root)
    status = summarise(loaded.repo, loaded.registry, as_of)
    view = View(lang="vi", as_of=as_of, registry=loaded.registry, locality="Minh An")
    given_data: list[Any] = []

    def keep(data: Any) -> bytes:
        given_data.append(data)
        return json_bytes(data)

    monkeypatch.setattr(status_render, "json_bytes", keep)
    text = status_render.status_json(status, view)
    return given_data[0], text


@pytest.mark.parametrize("as_of", [dt.date(2023, 3, 31), dt.date(2024, 3, 1)])
def test_the_status_of_the_demo_and_of_a_generated_province(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch, as_of: dt.date) -> None:
    from bench.generate import generate

    root = tmp_path / "repo"
    generate(root, 12, seed=5, tasks=60)
    for repo in (Path(__file__).parent.parent / "examples" / "demo", root):
        data, text = _status_data(repo, as_of, monkeypatch)
        assert sum(len(p["overdue"]) + len(p["gaps"]) for p in data["plans"]) > 0
        assert text == reference(data).encode("utf-8")


def test_as_deep_as_json_dumps_goes() -> None:
    """`json_text` recurses once a level, as `json.dumps` does: as deep as `json.dumps` can
    write, it writes the same (beyond, `json.dumps` has no bytes to match)."""
    data: Any = [{"k": 1}, 2]
    deepest = data, reference(data)
    for depth in range(1, 2000):
        data = [data] if depth % 2 else {"k": data, "rows": [{"a": 1}, {"b": 2}]}
        try:
            expected = reference(data)
        except RecursionError:
            break
        assert json_text(data) == expected
        deepest = data, expected
    else:
        pytest.fail("json.dumps never reached the recursion limit")
    # `json_bytes` recurses as `json_text` does (each depth again would cost the test 20 %)
    assert json_bytes(deepest[0]) == deepest[1].encode("utf-8")
