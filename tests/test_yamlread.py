"""The safe YAML layer: data out, every problem a diagnostic with a line and column."""

from __future__ import annotations

import datetime as dt

import pytest

from cchc.load.yamlread import parse


def codes(raw: bytes) -> list[tuple[int, int, str]]:
    _, problems = parse("f.yaml", raw)
    return [(d.line, d.column, d.code) for d in problems]


def test_plain_mapping_reads_with_dates_and_positions() -> None:
    doc, problems = parse("f.yaml", b"a: 1\nb:\n  - x\n  - d: 2023-03-15\n")
    assert problems == []
    assert doc is not None
    assert doc.data == {"a": 1, "b": ["x", {"d": dt.date(2023, 3, 15)}]}
    assert doc.locate(("b", 1, "d")) == (4, 8)
    assert doc.locate(("b", 1, "d"), key=True) == (4, 5)
    # a missing key stops at the deepest node that exists
    assert doc.locate(("b", 1, "nope")) == (4, 5)


def test_bom_and_crlf_are_tolerated() -> None:
    doc, problems = parse("f.yaml", b"\xef\xbb\xbfa: 1\r\nb: two\r\n")
    assert problems == []
    assert doc is not None and doc.data == {"a": 1, "b": "two"}
    assert doc.locate(("b",)) == (2, 4)


def test_duplicate_keys_are_errors_at_the_second_key() -> None:
    assert codes(b"a: 1\nb: 2\na: 3\n") == [(3, 1, "duplicate-key")]
    assert codes(b"x:\n  - k: 1\n    k: 2\n") == [(3, 5, "duplicate-key")]


def test_merge_keys_may_be_overridden() -> None:
    assert codes(b"base: &b {k: 1}\nother:\n  <<: *b\n  k: 2\n") == []


def test_syntax_error_has_line_and_column() -> None:
    assert codes(b"a: [1, 2\nb: 3\n")[0][2] == "yaml-syntax"
    line, column, code = codes(b"a: 1\n  b: 2\n")[0]
    assert (line, code) == (2, "yaml-syntax")


def test_tab_indentation_is_named() -> None:
    assert codes(b"a:\n\tb: 1\n") == [(2, 1, "yaml-tab")]


def test_object_building_tags_are_refused() -> None:
    assert codes(b"a: !!python/object/apply:os.system [ls]\n") == [(1, 4, "yaml-tag")]
    assert codes(b"a: !custom 1\n") == [(1, 4, "yaml-tag")]


def test_not_utf8_names_the_byte_position() -> None:
    assert codes("a: 1\nb: Ph\u01b0\u1eddng\n".encode("cp1258", "replace")) != []
    assert codes(b"a: 1\nb: x\xffy\n") == [(2, 5, "not-utf8")]
    assert codes("a: 1\n".encode("utf-16")) == [(1, 1, "not-utf8")]


def test_merge_conflict_markers_are_reported_at_each_marker() -> None:
    raw = b"a: 1\n<<<<<<< HEAD\nb: 2\n=======\nb: 3\n>>>>>>> branch\n"
    assert codes(raw) == [(2, 1, "merge-conflict"), (4, 1, "merge-conflict"),
                          (6, 1, "merge-conflict")]


def test_alias_bomb_is_refused_before_expansion() -> None:
    lines = ['a: &a ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]']
    for i, name in enumerate("bcdefghi"):
        prev = "abcdefghi"[i]
        lines.append(f"{name}: &{name} [" + ",".join([f"*{prev}"] * 9) + "]")
    result = codes("\n".join(lines).encode())
    assert [c for _, _, c in result] == ["yaml-alias-bomb"]


def test_a_few_aliases_are_fine() -> None:
    assert codes(b"x: &x [1, 2]\ny: *x\nz: *x\n") == []


def test_impossible_timestamp_stays_text_for_the_validator() -> None:
    doc, problems = parse("f.yaml", b"due: 2023-02-30\n")
    assert problems == [] and doc is not None
    assert doc.data == {"due": "2023-02-30"}


def test_empty_and_comment_only_files_give_none() -> None:
    for raw in (b"", b"# only a comment\n", b"\n\n"):
        doc, problems = parse("f.yaml", raw)
        assert problems == [] and doc is not None and doc.data is None


def test_deep_nesting_is_a_diagnostic() -> None:
    result = codes(b"[" * 20000 + b"]" * 20000)
    assert len(result) == 1 and result[0][2] in ("yaml-syntax", "yaml-too-deep")


# --- issue 11, item 5: YAML 1.1 number forms ---------------------------------------------

@pytest.mark.parametrize(("text", "write"), [
    ("010", "10"), ("-010", "-10"), ("00", "0"), ("1:30", "90"), ("1:30.5", "90.5"),
    ("0x1F", "31"), ("0b11", "3"), ("1_000", "1000"), ("1_000.5", "1000.5"), ("0o17", "15"),
])
def test_number_forms_of_one_yaml_version_are_refused(text: str, write: str) -> None:
    for where in (f"id: {text}\n", f"value: {text}\n", f"target: {text}\n",
                  f"list: [a, {text}]\n", f"- x: 1\n- y: {text}\n"):
        doc, problems = parse("a.yaml", where.encode())
        assert doc is None, where
        assert [(p.code, dict(p.args)["form"], dict(p.args)["write"]) for p in problems] == [
            ("yaml-number-form", text, write)]
        assert (problems[0].line, problems[0].column) == (
            where.count("\n", 0, where.index(text)) + 1,
            where.index(text) - where.rfind("\n", 0, where.index(text)))
        assert write in problems[0].message("en") and write in problems[0].message("vi")


@pytest.mark.parametrize("text", ["10", "0", "-5", "+1", "0.5", "007.5", "1.5e+3", '"010"',
                                  "'1:30'", "2023-03-01", "1.2.3", "0x", "x010"])
def test_plain_numbers_and_quoted_forms_are_read(text: str) -> None:
    doc, problems = parse("a.yaml", f"value: {text}\n".encode())
    assert problems == [] and doc is not None


def test_a_key_in_such_a_form_is_only_a_key() -> None:
    doc, problems = parse("a.yaml", b"x:\n  0x1: a\n  010: b\n")
    assert doc is not None and problems == [] and doc.data == {"x": {1: "a", 8: "b"}}
