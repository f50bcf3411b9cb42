"""The line reader (`cchc.load.lineyaml`) on block YAML written every way the reader may meet
it: whenever it takes a file, its data is the reference loader's, types included; and a
whole parse through it gives the reference's diagnostics and positions.

The texts are generated from random data (nested mappings and sequences of scalars that YAML
1.1 reads in every way: numbers, dates, booleans, nulls, number forms, words with `#`, `:`,
quotes, indicators) written in random block styles (indentation, indentless and compact
sequences, quoted and plain scalars, one-line lists, plain scalars over several lines,
comments and blank lines anywhere, trailing spaces, CRLF), then, for some, damaged as the
fuzzing damages files (`tests/test_fuzz.py`)."""

from __future__ import annotations

import json
from typing import Any

import pytest
import yaml
from hypothesis import given, settings
from hypothesis import strategies as st

from cchc.load import lineyaml, yamlread
from tests.test_fuzz import JUNK, PROFILE
from tests.test_leanyaml import both, typed

SCALARS = ["010", "0x1F", "1:30", "yes", "No", "on", "~", "null", "2023-02-30", "2023-03-01",
           "2023-03-01 10:00:00", ".inf", "-.5", "1e3", "+1", "1_0", "0o7", "<<", "=", "",
           "1.10", "1.2.3", "III.2", "done", "in-progress", "a b", "a #b", "a#b", "a: b", "a:b",
           "x:", "- x", "-x", "-", "? x", "?x", ":x", "[1, 2]", "{}", "'q'", '"d"', "it's",
           'say "hi"', "back\\slash", "---", "...", "&a", "*a", "!x", "|", ">", "@x", "`x",
           "%x", "Đã hoàn thành", "Báo cáo số 762/BC-UBND", "https://x.vn/a?b=1#c", " lead",
           "trail ", "1 2", "true", "False", "0", "-0", "12.50", "1e", "a, b", "ubnd-xa-a",
           "\u00a0x", "x\u00a0", "\u3000", "ä"]
KEYS = ["task", "unit", "date", "status", "note", "evidence", "1", "yes", "on", "0x1",
        "null", "a.b", "a-b", "x_1", "period", "values", "id", "2023"]

scalars = st.one_of(st.sampled_from(SCALARS), st.integers(-5, 5).map(str),
                    st.text(alphabet="ab #:-'\"[],.0123456789yn", max_size=8))
data = st.recursive(
    scalars,
    lambda inner: st.one_of(st.lists(inner, max_size=4),
                            st.dictionaries(st.sampled_from(KEYS), inner, max_size=4)),
    max_leaves=12)


@st.composite
def block_text(draw: st.DrawFn) -> str:
    """`data` written in block style, each choice of style drawn."""
    step = draw(st.integers(1, 4))
    out: list[str] = []

    def scalar(text: str, indent: int) -> str:
        style = draw(st.sampled_from(["plain", "plain", "double", "single", "folded"]))
        if style == "double":
            return json.dumps(text, ensure_ascii=False)
        if style == "single":
            return "'" + text.replace("'", "''") + "'"
        if style == "folded" and " " in text.strip():
            words = text.split(" ")
            cut = draw(st.integers(1, len(words) - 1))
            more = " " * (indent + draw(st.integers(0, step + 2)))
            gap = "\n" * draw(st.integers(1, 3))
            return " ".join(words[:cut]) + gap + more + " ".join(words[cut:])
        return text

    def tail() -> str:
        return draw(st.sampled_from(["", "", "", " ", "  # c", " #c", "#c"]))

    def noise(indent: int) -> None:
        what = draw(st.sampled_from([None, None, None, "blank", "comment", "spaces"]))
        if what == "blank":
            out.append("")
        elif what == "comment":
            out.append(" " * draw(st.integers(0, indent + 2)) + "# " + draw(scalars))
        elif what == "spaces":
            out.append(" " * draw(st.integers(1, 6)))

    def one_line_list(items: list[Any]) -> str | None:
        if any(isinstance(i, list | dict) for i in items) or not draw(st.booleans()):
            return None
        return "[" + ", ".join(scalar(i, 0).replace("\n", " ") for i in items) + "]"

    def write(value: Any, indent: int, lead: str) -> None:
        """`value` after `lead` ("key:" or "-" at `indent`, or "" for the whole file)."""
        pad = " " * indent
        if isinstance(value, str):
            out.append(f"{pad}{lead} {scalar(value, indent + 1)}{tail()}" if lead
                       else scalar(value, 0))
            return
        if not value:
            out.append(f"{pad}{lead} {'[]' if isinstance(value, list) else '{}'}".lstrip()
                       if lead else ("[]" if isinstance(value, list) else "{}"))
            return
        if isinstance(value, list):
            flow = one_line_list(value)
            if flow is not None and lead:
                out.append(f"{pad}{lead} {flow}{tail()}")
                return
            inner = indent + (step if lead else 0)
            if lead.endswith(":") and draw(st.booleans()):
                inner = indent  # an indentless sequence
            if lead:
                out.append(f"{pad}{lead}{tail()}")
            for item in value:
                noise(inner)
                item_pad = " " * inner
                if isinstance(item, dict) and item and draw(st.booleans()):
                    # "- key: value" and the other keys under it
                    space = draw(st.integers(1, 3))
                    keys = list(item.items())
                    first, rest = keys[0], keys[1:]
                    sub: list[str] = []
                    saved = out[:]
                    out.clear()
                    write(first[1], inner + 1 + space, f"{first[0]}:")
                    sub = out[:]
                    out[:] = saved
                    sub[0] = item_pad + "-" + " " * space + sub[0].lstrip(" ")
                    out.extend(sub)
                    for k, v in rest:
                        noise(inner + 1 + space)
                        write(v, inner + 1 + space, f"{k}:")
                else:
                    write(item, inner, "-")
            return
        inner = indent + (step if lead else 0)
        if lead:
            out.append(f"{pad}{lead}{tail()}")
        for k, v in value.items():
            noise(inner)
            write(v, inner, f"{k}:")

    write(draw(data), 0, "")
    text = "\n".join(out) + draw(st.sampled_from(["\n", "", "\n\n"]))
    return text.replace("\n", "\r\n") if draw(st.integers(0, 9)) == 0 else text


@st.composite
def damaged_text(draw: st.DrawFn) -> str:
    lines = draw(block_text()).split("\n")
    for _ in range(draw(st.integers(1, 3))):
        i = draw(st.integers(0, len(lines) - 1))
        how = draw(st.sampled_from(["junk", "indent", "dedent", "swap", "duplicate"]))
        if how == "junk":
            at = draw(st.integers(0, len(lines[i])))
            lines[i] = lines[i][:at] + draw(st.sampled_from(JUNK)) + lines[i][at:]
        elif how == "indent":
            lines[i] = " " * draw(st.integers(1, 3)) + lines[i]
        elif how == "dedent":
            lines[i] = lines[i][1:]
        elif how == "swap":
            j = draw(st.integers(0, len(lines) - 1))
            lines[i], lines[j] = lines[j], lines[i]
        else:
            lines.insert(i, lines[i])
    return "\n".join(lines)


def reference_data(text: str) -> tuple[bool, Any]:
    """(True, data) when the reference loader reads `text` without any diagnostic."""
    doc, problems = yamlread._load("a.yaml", text, None)
    if doc is None or problems:
        return False, None
    return True, doc.data


def check_text(text: str) -> bool:
    """Whether the line reader took `text`; fails if it took it and got another result."""
    taken, found = lineyaml.load(text, yamlread._Loader)
    if taken:
        ok, expected = reference_data(text.replace("\r\n", "\n"))
        assert ok, text  # the reader never takes what the reference refuses
        assert typed(found) == typed(expected), text
    with pytest.MonkeyPatch.context() as mp:
        both("a.yaml", text.encode("utf-8", "surrogatepass"), mp)
    return taken


@settings(PROFILE, max_examples=PROFILE.max_examples * 10)
@given(block_text())
def test_the_line_reader_agrees_on_block_yaml(text: str) -> None:
    check_text(text)


@settings(PROFILE, max_examples=PROFILE.max_examples * 10)
@given(damaged_text())
def test_the_line_reader_agrees_on_damaged_block_yaml(text: str) -> None:
    check_text(text)


def test_the_line_reader_takes_what_cchc_writes() -> None:
    """What `yaml.safe_dump` writes as cchc writes records (`cchc.write.records`) is taken."""
    records = [{"task": "1.10", "unit": "ubnd-xa-a", "date": "2023-03-05", "status": "done",
                "period": "2023-03", "note": "Đã hoàn thành " * 12 + "số 1/QĐ",
                "evidence": ["Báo cáo số 762/BC-UBND", "it's", "yes", "2023"]},
               {"task": "III.2", "unit": "ubnd-xa-b", "status": "blocked", "evidence": []}]
    text = yaml.safe_dump(records, allow_unicode=True, sort_keys=False,
                          default_flow_style=False, width=100)
    assert "\n    " in text  # the long note is folded over lines
    assert check_text(text)


@pytest.mark.parametrize("text", [
    "a: 1\n  b: 2\n",          # an entry deeper than its mapping's
    "a:\n  - 1\n - 2\n",       # an item between two indentations
    "- a\nb: 1\n",             # an entry after a sequence at the root
    "a: b\n  c\n",             # text continued after a plain scalar: taken as one scalar...
    "a: b # c\n  d\n",         # ...but not after a comment
    "a: 'b'\n  c\n",           # nor after a quoted scalar
    "a: \"x\\ty\"\n",          # a backslash: the events path reads it
    "a:\tb\n", "a: b\r c\n", "a: \x85\n", "a: |\n  x\n", "? a\n: b\n", "a: &x 1\n",
    "a: [1,\n  2]\n", "a: {b: 1}\n", "--- \na: 1\n", "a: 1\n...\n", "a: 1\na: 2\n",
    "a:\n  b: 1\n  b: 2\n", "'a': 1\n", "a b: 1\n", "a : 1\n", "a:b\n", "x\n", "a: 010\n",
    "a: [010]\n", "a: x:\n", "a: x: y\n", "- - a\n", "a: -\n", "a: [x,]\n", "a: [x]#c\n",
])
def test_what_the_line_reader_leaves_to_the_next_path(text: str) -> None:
    taken = check_text(text)
    if text != "a: b\n  c\n":
        assert not taken, text
    else:
        assert taken


@pytest.mark.parametrize("text", [
    "", "# only a comment\n", "a:\n", "a:\nb:\n", "- \n-\n", "a:\n- x\n- y\nb: 1\n",
    "- a:\n  - x\n  b: 1\n", "-   a: 1\n    b: 2\n", "a: [x, 'y', \"z, w\"] # c\n",
    "a: b\n\n\n  c\n", "a: 'it''s' # c\n", "a: \"\"\n", "a: ''\n", "2: x\nyes: y\nnull: z\n",
    "a: 2023-03-01\nb: 1.10\nc: 1e3\nd: .inf\ne: ~\nf: +1\n", "a:   # c\n  b: 1\n",
    "a: x\r\nb: y\r\n", "- [a, b]\n- []\n", "a: ---\nb: ...\n", "a: -x\nb: ?x\nc: :x\n",
])
def test_what_the_line_reader_takes(text: str) -> None:
    assert check_text(text), text
