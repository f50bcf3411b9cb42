"""Bounds on hostile data: deep groups, huge numbers, long texts, dates at the edges.

Each test here is the regression test of one fault found by attacking cchc (issue 11): a
valid-looking repository that made a command crash, run for minutes or exhaust memory. The
bounds themselves are listed in `docs/robustness.md`.
"""

from __future__ import annotations

import datetime as dt
import time
from pathlib import Path

import pytest
from typer.testing import CliRunner

from cchc.cli import app
from cchc.pipeline import load
from tests.conftest import RepoWriter

runner = CliRunner()


def codes(root: Path) -> list[tuple[str, int, int, str]]:
    return [(d.path, d.line, d.column, d.code) for d in load(root).diagnostics]


# --- group nesting -------------------------------------------------------------------------


def _chain(depth: int, *, loop: bool) -> str:
    """Groups g0 ⊃ g1 ⊃ ... ⊃ g(depth-1), the last holding a unit (or g0, closing a loop)."""
    lines = ["groups:"]
    for i in range(depth):
        last = "g0" if loop else "ubnd-phuong-1"
        member = f"g{i + 1}" if i + 1 < depth else last
        lines += [f"  - id: g{i}", f"    name: Nhóm {i}", f"    members: [{member}]"]
    return "\n".join(lines) + "\n"


def test_deep_group_nesting_is_checked_in_linear_time(make_repo: RepoWriter) -> None:
    # 6,000 levels took 72 s in `_find_cycle` (a search from every group, copying its path).
    root = make_repo({"units/deep.yaml": _chain(6000, loop=False)})
    started = time.process_time()
    assert codes(root) == []
    assert time.process_time() - started < 5


def test_a_deep_loop_of_groups_is_one_error(make_repo: RepoWriter) -> None:
    root = make_repo({"units/deep.yaml": _chain(6000, loop=True)})
    started = time.process_time()
    [d] = load(root).diagnostics
    assert time.process_time() - started < 5
    assert (d.path, d.line, d.code) == ("units/deep.yaml", 4, "group-cycle")
    cycle = dict(d.args)["cycle"].split(" → ")
    assert cycle[0] == cycle[-1] == "g0" and len(cycle) == 6001


def test_each_tangle_of_groups_is_reported_once_at_its_first_group(
        make_repo: RepoWriter) -> None:
    # a and b reach each other, b and c too: one tangle {a, b, c}; d only points into it;
    # e holds itself.
    root = make_repo({"units/zz.yaml": """\
        groups:
          - id: d
            name: D
            members: [b]
          - id: a
            name: A
            members: [b, ubnd-phuong-1]
          - id: b
            name: B
            members: [c, a]
          - id: c
            name: C
            members: [b]
          - id: e
            name: E
            members: [e]
        """})
    found = [(d.line, dict(d.args)["cycle"]) for d in load(root).diagnostics]
    assert found == [(7, "a → b → a"), (16, "e → e")]


# --- huge numbers ---------------------------------------------------------------------------

READINGS = """\
period: 2023-03
values:
  - {indicator: hai-long, unit: ubnd-phuong-1, value: %s}
  - {indicator: hai-long, unit: ubnd-phuong-2, value: 96.5}
"""


def test_a_huge_reading_is_an_error_at_its_place(make_repo: RepoWriter) -> None:
    root = make_repo({"plans/p/measurements/2023-03.yaml": READINGS % "1.0e+26"})
    [d] = load(root).diagnostics
    assert (d.path, d.line, d.column, d.code) == (
        "plans/p/measurements/2023-03.yaml", 3, 55, "number-too-large")
    assert "1.0e+26" in d.message("en") and "10^15" in d.message("en")
    assert "quá lớn" in d.message("vi")


def test_a_target_of_27_digits_is_an_error_at_its_place(make_repo: RepoWriter) -> None:
    from tests.conftest import PLAN

    plan = PLAN.replace('target: "> 95%"', 'target: "> 123456789012345678901234567"')
    root = make_repo({"plans/p/plan.yaml": plan})
    assert [d.code for d in load(root).diagnostics] == ["number-too-large"]
    # and an overflowing one (float() reads 400 digits as infinity)
    root = make_repo({"plans/p/plan.yaml": PLAN.replace('"> 95%"', '"< ' + "9" * 400 + '"')})
    assert [d.code for d in load(root).diagnostics] == ["number-too-large"]


def test_numbers_just_within_the_bound_are_computed(make_repo: RepoWriter) -> None:
    root = make_repo({"plans/p/measurements/2023-03.yaml": READINGS % "-999999999999999.9"})
    loaded = load(root)
    assert loaded.diagnostics == []
    from cchc.compute.gaps import gaps

    row = gaps(loaded.repo, loaded.registry, dt.date(2023, 3, 31))[0]
    assert row.value == -999999999999999.9 and row.gap == 1000000000000094.9


@pytest.mark.parametrize("command", ["status", "gaps", "report", "overdue", "calendar"])
def test_huge_readings_crash_no_command(make_repo: RepoWriter, command: str) -> None:
    root = make_repo({"plans/p/measurements/2023-03.yaml": READINGS % "1.0e+26"})
    args = [command, "--repo", str(root), "--as-of", "2023-03-31"]
    blocked = runner.invoke(app, args)
    assert blocked.exit_code == 1, blocked.output
    assert "number-too-large" in blocked.output
    result = runner.invoke(app, [*args, "--allow-errors"])
    assert result.exit_code == 0 and result.exception is None, result.output


def test_gaps_round_any_size_of_number_without_a_fixed_precision() -> None:
    # Below the validation bound by construction; the arithmetic itself has no bound.
    from cchc.compute.gaps import gap_of, round2
    from cchc.model.target import Target

    assert round2(1e26) == 1e26
    assert round2(123456789012345678901234567.0) == 123456789012345678901234567.0
    assert gap_of(Target("> 1e-30", ">", 1e-30, False), 1e300) == -1e300
    assert gap_of(Target("= 5", "=", 5.0, False), 1e27 + 0.5) == 1e27
    assert round2(1.005) == 1.01 and round2(-0.004) == 0.0


# --- dates at the edges of the supported years ----------------------------------------------

EDGE_PLAN = """\
number: 2/KH-UBND
title: Kế hoạch ở biên
period: {{start: {start}, end: {end}}}
coordinator: phong-noi-vu
tasks:
  - {{id: "1", title: Hằng ngày, lead: phuong-xa, due: hàng ngày}}
  - {{id: "2", title: Hằng tuần, lead: phong-noi-vu, due: hàng tuần}}
  - {{id: "3", title: Hằng quý, lead: phong-noi-vu, due: hàng quý}}
  - {{id: "4", title: Thường xuyên, lead: phong-noi-vu, due: thường xuyên}}
  - {{id: "5", title: Một lần, lead: phong-noi-vu, due: {end}}}
  - {{id: "6", title: Quy tắc, lead: phong-noi-vu, due: "RRULE:FREQ=MONTHLY;BYMONTHDAY=25"}}
indicators:
  - {{id: thang, target: "> 95%", frequency: monthly, owner: phong-noi-vu}}
  - {{id: quy, target: "<= 0", frequency: quarterly, owner: phong-noi-vu, per: locality}}
  - {{id: nam, target: ">= 80%", frequency: yearly, owner: phong-noi-vu}}
"""

EDGE_DAYS = ["1900-01-01", "1900-01-31", "1900-03-31", "1900-12-31", "1901-01-01",
             "1901-12-31", "2999-01-31", "2999-12-30", "2999-12-31"]


@pytest.fixture(scope="module")
def edge_repo(tmp_path_factory: pytest.TempPathFactory) -> Path:
    from tests.conftest import UNITS

    root = tmp_path_factory.mktemp("edges")
    files = {"cchc.yaml": "language: vi\n", "units/units.yaml": UNITS,
             "plans/dau/plan.yaml": EDGE_PLAN.format(start="1900-01-01", end="1900-12-31"),
             "plans/cuoi/plan.yaml": EDGE_PLAN.format(start="2999-01-01", end="2999-12-31"),
             "plans/dau/measurements/1900.yaml":
                 "period: 1900\nvalues:\n  - {indicator: nam, unit: ubnd-phuong-1, value: 1}\n",
             "plans/cuoi/measurements/2999-12.yaml":
                 "period: 2999-12\nvalues:\n  - {indicator: thang, unit: ubnd-phuong-1, "
                 "value: 1}\n"}
    for name, text in files.items():
        (root / name).parent.mkdir(parents=True, exist_ok=True)
        (root / name).write_text(text, encoding="utf-8")
    assert load(root).diagnostics == []
    return root


@pytest.mark.parametrize("day", EDGE_DAYS)
@pytest.mark.parametrize("command", ["status", "gaps", "report", "overdue", "calendar",
                                     "remind", "tasks"])
def test_every_command_runs_at_the_edges_of_the_supported_years(
        edge_repo: Path, tmp_path: Path, command: str, day: str) -> None:
    args = [command, "--repo", str(edge_repo), "--as-of", day]
    if command == "remind":
        args += ["--out", str(tmp_path / "letters")]
    if command in ("status", "gaps", "report", "overdue", "calendar", "remind"):
        args += ["--plan", "dau" if day < "2000" else "cuoi"]
    result = runner.invoke(app, args)
    assert result.exit_code == 0 and result.exception is None, (result.output,
                                                                 result.exception)


def test_gaps_at_the_first_days_of_the_supported_years(edge_repo: Path) -> None:
    from cchc.compute.gaps import gaps

    loaded = load(edge_repo)
    # No month has ended on 1 January 1900; January has on its 31st, and has no previous.
    assert gaps(loaded.repo, loaded.registry, dt.date(1900, 1, 1), plan="dau") == []
    rows = gaps(loaded.repo, loaded.registry, dt.date(1900, 1, 31), plan="dau")
    assert {(g.indicator, g.period, g.previous) for g in rows} == {("thang", "1900-01", None)}
    rows = gaps(loaded.repo, loaded.registry, dt.date(1900, 12, 31), plan="dau")
    year = [g for g in rows if g.indicator == "nam"]
    assert {(g.period, g.value, g.previous) for g in year if g.unit == "ubnd-phuong-1"} == {
        ("1900", 1.0, None)}


@pytest.mark.parametrize("start,end", [("0001-01-01", "9999-12-31"), ("1899-12-31", "1900-12-31"),
                                       ("2999-01-01", "3000-01-01")])
def test_a_plan_period_outside_the_supported_years_is_an_error(
        make_repo: RepoWriter, start: str, end: str) -> None:
    from tests.conftest import PLAN

    plan = PLAN.replace("period: 2023", f"period: {{start: {start}, end: {end}}}")
    root = make_repo({"plans/p/plan.yaml": plan})
    started = time.process_time()
    [d] = load(root).diagnostics
    assert (d.path, d.line, d.code) == ("plans/p/plan.yaml", 3, "date-out-of-range")
    assert "1900-01-01" in d.message("en") and "2999-12-31" in d.message("vi")
    result = runner.invoke(app, ["status", "--repo", str(root), "--as-of", "2023-03-31",
                                 "--allow-errors"])
    assert result.exit_code == 0 and time.process_time() - started < 10, result.output


def test_the_as_of_date_must_lie_within_the_supported_years() -> None:
    from cchc.errors import CchcError
    from cchc.model.limits import check_as_of

    for ok in (dt.date(1900, 1, 1), dt.date(2023, 3, 31), dt.date(2999, 12, 31)):
        assert check_as_of(ok) == ok
    for bad in (dt.date(1, 1, 1), dt.date(1899, 12, 31), dt.date(3000, 1, 1),
                dt.date(9999, 12, 31)):
        with pytest.raises(CchcError) as caught:
            check_as_of(bad)
        assert caught.value.exit_code == 2
        from cchc import i18n

        assert "1900-01-01" in i18n.t("en", caught.value.key, **caught.value.args_)
        assert "nằm ngoài" in i18n.t("vi", caught.value.key, **caught.value.args_)


# --- long texts -----------------------------------------------------------------------------


def test_titles_names_and_notes_have_a_length_limit(make_repo: RepoWriter) -> None:
    from tests.conftest import PLAN, UNITS

    long_title, ok_title = "Đ" * 501, "Đ" * 500
    long_text, ok_text = "â" * 10_001, "â" * 10_000
    plan = PLAN.replace("title: Việc một lần", f"title: {long_title}")
    plan = plan.replace("title: Báo cáo hằng tháng",
                        f"title: {ok_title}\n    text: {long_text}\n    note: {ok_text}")
    units = UNITS.replace("name: Phòng Tư pháp", f"name: {long_title}")
    root = make_repo({"plans/p/plan.yaml": plan, "units/units.yaml": units,
                      "plans/p/updates/a.yaml": f"{REC}note: {long_text}\n"})
    found = [(d.path, d.line, d.code, dict(d.args)["length"]) for d in load(root).diagnostics]
    assert found == [("plans/p/plan.yaml", 11, "text-too-long", "501"),
                     ("plans/p/plan.yaml", 23, "text-too-long", "10001"),
                     ("plans/p/updates/a.yaml", 5, "text-too-long", "10001"),
                     ("units/units.yaml", 6, "text-too-long", "501")]
    d = load(root).diagnostics[0]
    assert "501" in d.message("en") and "500" in d.message("en")
    assert "501 ký tự" in d.message("vi")


REC = 'task: "1.1.1"\nunit: phong-noi-vu\ndate: 2023-03-10\nstatus: in-progress\n'


def _aliased_plan(size: int, tasks: int) -> str:
    """A plan whose one long title is shared by alias by every task (issue 11, item 20)."""
    lines = ["number: 1/KH-UBND", "title: Thử", "period: 2023", "tasks:"]
    for i in range(tasks):
        title = f"&t {'x' * size}" if i == 0 else "*t"
        lines += [f'  - id: "{i + 1}"', f"    title: {title}", "    lead: phuong-xa",
                  "    due: hàng tháng"]
    return "\n".join(lines) + "\n"


def test_a_long_title_shared_by_alias_costs_no_memory(make_repo: RepoWriter,
                                                      tmp_path: Path) -> None:
    # 1 MB of title shared by 300 tasks made `report` run out of memory and `calendar`
    # write 230 MB: the title is refused once per task, and with --allow-errors the tasks
    # are left out.
    root = make_repo({"plans/p/plan.yaml": _aliased_plan(1_000_000, 300)})
    loaded = load(root)
    assert {d.code for d in loaded.diagnostics} == {"text-too-long"}
    assert len(loaded.diagnostics) == 300
    out = tmp_path / "cal.ics"
    for command in (["report"], ["calendar", "-o", str(out)]):
        started = time.process_time()
        result = runner.invoke(app, [*command, "--repo", str(root), "--as-of", "2023-12-31",
                                     "--allow-errors"])
        assert result.exit_code == 0, result.output
        assert len(result.stdout_bytes) < 100_000
        assert time.process_time() - started < 10
    assert out.stat().st_size < 100_000


@pytest.mark.parametrize("day", ["0001-01-01", "1899-12-31", "3000-01-01", "3000-02-01",
                                 "9999-12-31"])
@pytest.mark.parametrize("command", ["status", "gaps", "report", "overdue", "calendar",
                                     "remind", "tasks"])
def test_an_as_of_date_outside_the_supported_years_is_a_usage_error(
        edge_repo: Path, tmp_path: Path, command: str, day: str) -> None:
    # 1900-01-01 ... 1900-03-31, 3000-02-01 and 0001-01-01 crashed status, gaps, report, remind
    args = [command, "--repo", str(edge_repo), "--as-of", day]
    if command == "remind":
        args += ["--out", str(tmp_path / "letters")]
    result = runner.invoke(app, args)
    assert result.exit_code == 2, result.output
    assert result.stdout == ""
    assert f"--as-of {day} nằm ngoài các năm cchc hỗ trợ" in result.stderr
    assert "1900-01-01" in result.stderr and "2999-12-31" in result.stderr
    assert not (tmp_path / "letters").exists()


def test_a_long_wording_is_quoted_once_per_event_at_most_500_characters(
        make_repo: RepoWriter) -> None:
    from icalendar import Calendar

    from tests.conftest import PLAN

    wording = "Tiếp tục triển khai " * 490  # 9,800 characters: a valid wording
    plan = PLAN.replace("title: Báo cáo hằng tháng",
                        f"title: Báo cáo hằng tháng\n    text: {wording}").replace(
                            "due: hàng tháng", "due: hàng ngày")
    root = make_repo({"plans/p/plan.yaml": plan})
    result = runner.invoke(app, ["calendar", "--repo", str(root), "--as-of", "2023-01-01"])
    assert result.exit_code == 0, result.output
    events = [c for c in Calendar.from_ical(result.stdout_bytes).walk("VEVENT")
              if "1.1.3" in str(c["SUMMARY"])]
    assert len(events) == 1  # a daily duty is one recurring event (issue 12)
    for event in events:
        text = str(event["DESCRIPTION"])
        assert "Tiếp tục triển khai" in text and "…" in text
        assert len(text) < 1_000
    assert len(result.stdout_bytes) < 365 * 2_000


def test_the_calendar_is_written_as_it_goes_one_event_at_a_time(make_repo: RepoWriter) -> None:
    import types

    from cchc.compute.calendar import open_occurrences
    from cchc.render.ical import calendar, calendar_chunks

    root = make_repo({})
    loaded = load(root)
    day = dt.date(2023, 3, 31)
    entries = open_occurrences(loaded.repo, loaded.registry, day)
    args = (entries, loaded.repo, loaded.registry, "vi", day)
    chunks = calendar_chunks(*args, locality="X", plans=["p"])
    assert isinstance(chunks, types.GeneratorType)
    parts = list(chunks)
    assert len(parts) == len(entries) + 2
    assert all(p.startswith(b"BEGIN:VEVENT\r\n") for p in parts[1:-1])
    assert b"".join(parts) == calendar(*args, locality="X", plans=["p"])
