"""Data text in output: file names and values can forge nothing and reach nothing raw.

A file name with a line break or a terminal escape sequence, a title holding rich markup,
Markdown or HTML: each is shown as the characters it holds, in every output (issue 11,
items 22 and 23).
"""

from __future__ import annotations

import json
import os

import pytest
from markdown_it import MarkdownIt
from typer.testing import CliRunner

from cchc.cli import app
from cchc.diagnostics import error
from cchc.render import safe
from cchc.render.diagnostics import REPORTERS
from tests.conftest import PLAN, RepoWriter

runner = CliRunner()

FORGED = "a\nforged.yaml:1:1: error: forged [x]\r\x1b[2J\x9b31m\u202e.yaml"
BAD_RECORD = 'task: "1.1.1"\nunit: phong-noi-vu\ndate: 2023-03-10\nstatus: nope\n'


def _no_raw_controls(text: str, *, newlines: bool) -> None:
    for char in text:
        if char == "\n" and newlines:
            continue
        assert not safe._UNSAFE.match(char), (repr(char), text)


def test_a_forged_path_stays_on_its_line_in_every_format() -> None:
    diagnostics = [error("plans/p/updates/" + FORGED, 4, 9, "bad-choice", field="status",
                         value="nope\x1b[31m", expected="done")]
    for lang in ("en", "vi"):
        text = REPORTERS["text"](diagnostics, lang)
        assert text.count("\n") == 1
        _no_raw_controls(text, newlines=True)
        assert text.startswith("plans/p/updates/a\\nforged.yaml:1:1: error: forged [x]"
                               "\\r\\x1b[2J\\x9b31m\\u202e.yaml:4:9: error: ")
        github = REPORTERS["github"](diagnostics, lang)
        assert github.count("\n") == 1
        _no_raw_controls(github, newlines=True)
        dumped = REPORTERS["json"](diagnostics, lang)
        _no_raw_controls(dumped, newlines=True)
        [back] = json.loads(dumped)
        assert back["path"] == "plans/p/updates/" + FORGED  # JSON keeps the exact name


@pytest.mark.skipif(os.name == "nt", reason="Windows cannot name a file with a line break")
@pytest.mark.parametrize("fmt", ["text", "github", "json"])
def test_check_of_a_file_named_to_forge_lines(make_repo: RepoWriter, fmt: str) -> None:
    root = make_repo({})
    (root / "plans/p/updates").mkdir(parents=True, exist_ok=True)
    (root / "plans/p/updates" / FORGED).write_text(BAD_RECORD, encoding="utf-8")
    result = runner.invoke(app, ["check", "--repo", str(root), "--format", fmt])
    assert result.exit_code == 1
    _no_raw_controls(result.stdout, newlines=True)
    if fmt == "json":
        [d] = json.loads(result.stdout)
        assert d["path"] == "plans/p/updates/" + FORGED
    else:  # one diagnostic, one line (then the summary, for text)
        lines = result.stdout.splitlines()
        assert len([line for line in lines if "bad-choice" in line]) == 1
        assert not any(line.startswith("forged.yaml") for line in lines)


HOSTILE_TITLE = "[/x] [bold]B[/bold] \x1b[2J*khẩn* <b>đậm</b> [liên kết](http://x) a\\|b"


@pytest.mark.parametrize("command", ["tasks", "status", "overdue", "gaps"])
def test_titles_reach_the_terminal_as_plain_text(make_repo: RepoWriter, command: str) -> None:
    # "[/x]" made rich raise MarkupError; "\x1b[2J" reached the terminal raw.
    plan = PLAN.replace("title: Việc một lần", f"title: {json.dumps(HOSTILE_TITLE)}")
    plan = plan.replace("name: Chỉ số hài lòng", 'name: "[red]đỏ[/red] \\e[31m"')
    root = make_repo({"plans/p/plan.yaml": plan})
    result = runner.invoke(app, [command, "--repo", str(root), "--as-of", "2023-03-31"])
    assert result.exit_code == 0 and result.exception is None, (result.output,
                                                                result.exception)
    _no_raw_controls(result.stdout, newlines=True)
    if command != "gaps":
        assert "[/x] [bold]B[/bold] \\x1b[2J*khẩn*" in result.stdout
    else:
        assert "[red]đỏ[/red] \\x1b[31m" in result.stdout


MD = MarkdownIt("commonmark").enable("table").enable("strikethrough")


def test_the_report_shows_data_as_written_not_as_markup(make_repo: RepoWriter) -> None:
    from html import escape

    from tests.conftest import UNITS

    title = "*khẩn* <b>đậm</b> [liên kết](http://x.vn) a\\|b ~~bỏ~~ `mã` &amp; TN&MT <= 0 _x_"
    unit = "Phòng <i>Nội</i> | vụ #"
    plan = PLAN.replace("title: Việc một lần", f"title: {json.dumps(title)}")
    plan = plan.replace("number: 1/KH-UBND", 'number: "1/KH-UBND *x* #"')
    root = make_repo({"plans/p/plan.yaml": plan,
                      "units/units.yaml": UNITS.replace("name: Phòng Nội vụ",
                                                        f"name: {json.dumps(unit)}")})
    result = runner.invoke(app, ["report", "--repo", str(root), "--as-of", "2023-03-31"])
    assert result.exit_code == 0, result.output
    html = MD.render(result.stdout)
    for markup in ("<strong>", "<b>", "<i>", "<a ", "<code>", "<s>", "<del>"):
        assert markup not in html, markup
    assert html.count("<em>") == 1  # the report's own footer
    # the overdue row of 1.1.1: its title whole in one cell, then the other five cells (due,
    # the units, days overdue, occurrences, status: one row per task, issue 12)
    row = html.split(f"<td>1.1.1</td>\n<td>{escape(title, quote=False)}</td>\n")[1]
    cells = row.split("</tr>")[0]
    assert cells.count("<td") == 5
    assert f"<td>{escape(unit, quote=False)}</td>" in cells
    assert f"<h1>Status report: plan {escape('1/KH-UBND *x* #', quote=False)}</h1>" in html


def test_markdown_escaping_keeps_text_that_needs_none() -> None:
    for plain in ("UBND Xã Minh Hòa", "> 95%", "<= 0", "TN&MT", "25/KH-UBND", "1.2.3",
                  "Phòng Tài chính - Kế hoạch", "(hư cấu)", "96,5%", "!", "# giữa"):
        assert safe.markdown(plain) == plain
    assert safe.markdown("a\n  b\tc") == "a b c"
    assert safe.markdown("Mục ##", heading=True) == "Mục \\#\\#"


def test_clip_cuts_long_text_at_a_space() -> None:
    assert safe.clip("ngắn", 10) == "ngắn"
    assert safe.clip("một hai ba bốn năm sáu", 12) == "một hai ba…"
    assert len(safe.clip("x" * 1000, 120)) == 120


# --- properties, on any text -----------------------------------------------------------------

from hypothesis import given, settings  # noqa: E402
from hypothesis import strategies as st  # noqa: E402

ODD = st.text(alphabet=st.sampled_from(list("ab đẩ*_`[]()<>&#;!~|\\/:-.\n\r\t\x1b\x9b\u202e"
                                           "\u2028\x00")), max_size=40)


@settings(max_examples=300, deadline=None)
@given(ODD)
def test_terminal_text_has_no_character_a_terminal_acts_on(text: str) -> None:
    shown = safe.terminal(text)
    assert not safe._UNSAFE.search(shown)
    assert safe.terminal(shown) == shown


@settings(max_examples=300, deadline=None)
@given(ODD)
def test_a_markdown_cell_renders_as_exactly_its_text(text: str) -> None:
    from html import unescape

    words = " ".join(text.split())
    html = MD.render("| h |\n|---|\n| " + safe.markdown(text) + " |\n")
    cells = html.split("<tbody>")[1] if "<tbody>" in html else ""
    if not words.replace("\x00", ""):
        return
    body = cells.split("<td>")[1].split("</td>")[0] if "<td>" in cells else ""
    # markdown-it replaces NUL by U+FFFD, as CommonMark asks
    assert unescape(body) == words.replace("\x00", "\ufffd")
