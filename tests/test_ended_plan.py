"""A plan whose period has ended (issue 12): days overdue stop at its last day in every face a
person reads (dashboard, `cchc overdue`, Markdown, Word, Excel, the site), labelled so; the
Word report carries the final account; a daily duty's row counts its open days. The JSON
keeps the contract's `days_overdue` (to the as-of date) and only adds fields.
"""

from __future__ import annotations

import datetime as dt
import html.parser
import io
import json
from pathlib import Path

import docx
import openpyxl
import pytest
from docx.table import Table as DocxTable
from typer.testing import CliRunner

from cchc.cli import app
from cchc.compute.summary import summarise
from cchc.pipeline import load
from cchc.render import report as report_render
from cchc.render import status as status_render
from cchc.render import xlsx
from cchc.render.output import View
from cchc.render.site.make import site_files
from cchc.render.table import Table
from tests.conftest import HAND_FEBRUARY, HAND_MARCH, HAND_RECORDS, PLAN, RepoWriter

D = dt.date
END = D(2023, 12, 31)  # the test plan's period is 2023
ENDED = D(2026, 11, 15)
RUNNING = D(2023, 3, 31)

# Labels, as the catalogues say them, in both languages.
WORDS = {
    "vi": {"days-end": "Số ngày quá hạn khi kế hoạch kết thúc", "days": "Số ngày quá hạn",
           "total-end": "Tổng số ngày quá hạn khi kế hoạch kết thúc",
           "not-done": "Nhiệm vụ không hoàn thành khi kết thúc kế hoạch",
           "note": "Kế hoạch 1/KH-UBND đã kết thúc ngày 31/12/2023", "at-end": "(khi kết thúc)",
           "final": "Kết quả cuối cùng", "counted-to": "Tính đến ngày", "days-word": "ngày",
           "due-soon": "Sắp đến hạn", "ended": "Kế hoạch đã kết thúc",
           "indicators": "Chỉ số ở kỳ cuối cùng của kế hoạch"},
    "en": {"days-end": "Days overdue at the plan's end", "days": "Days overdue",
           "total-end": "Total days overdue at the plan's end",
           "not-done": "Tasks not done when the plan ended",
           "note": "Plan 1/KH-UBND ended on 31 December 2023", "at-end": "(at its end)",
           "final": "Final account", "counted-to": "Counted to", "days-word": "days",
           "due-soon": "Due within", "ended": "The plan ended on",
           "indicators": "Indicators at the plan's last period"},
}
LANGS = ("vi", "en")
runner = CliRunner()


def _hand(make_repo: RepoWriter, **extra: str) -> Path:
    return make_repo({"plans/p/updates/hand.yaml": HAND_RECORDS,
                      "plans/p/measurements/feb.yaml": HAND_FEBRUARY,
                      "plans/p/measurements/mar.yaml": HAND_MARCH, **extra})


def _cli(*args: str) -> str:
    result = runner.invoke(app, list(args))
    assert result.exit_code == 0, result.output
    return result.stdout


def _status_json(root: Path, as_of: dt.date, lang: str = "en") -> dict[str, object]:
    data = json.loads(_cli("status", "--repo", str(root), "--as-of", as_of.isoformat(),
                           "--lang", lang, "--format", "json"))
    assert isinstance(data, dict)
    return data


def _plan_json(root: Path, as_of: dt.date, lang: str = "en") -> dict[str, list[dict[str, object]]]:
    plans = _status_json(root, as_of, lang)["plans"]
    assert isinstance(plans, list)
    return plans[0]  # type: ignore[no-any-return]


def _dashboard(root: Path, as_of: dt.date, lang: str) -> list[str | Table]:
    loaded = load(root)
    status = summarise(loaded.repo, loaded.registry, as_of)
    return list(status_render.dashboard(status, View(lang, as_of, loaded.registry, "X")).blocks)


def _table(blocks: list[str | Table], title: str) -> Table:
    return next(b for b in blocks if isinstance(b, Table) and b.title.startswith(title))


def _days(due: str, to: dt.date) -> int:
    return max(0, (to - D.fromisoformat(due)).days)


# --- the JSON: the contract's meaning kept, a field added --------------------------------


def test_json_keeps_days_to_the_as_of_date_and_adds_days_at_the_end(
        make_repo: RepoWriter) -> None:
    root = _hand(make_repo)
    plan = _plan_json(root, ENDED)
    assert plan["overdue"]
    for row in plan["overdue"]:
        assert row["days_overdue"] == _days(str(row["due"]), ENDED)  # the contract's
        assert row["days_overdue_at_end"] == _days(str(row["due"]), END)
    overdue = json.loads(_cli("overdue", "--repo", str(root), "--as-of", ENDED.isoformat(),
                              "--format", "json"))
    assert [set(r) for r in overdue] == [{"plan", "task", "unit", "due", "days_overdue",
                                          "occurrences", "status"}] * len(overdue)
    assert [r["days_overdue"] for r in overdue] == [r["days_overdue"] for r in plan["overdue"]]
    for worst in plan["worst_units"]:
        mine = [r for r in plan["overdue"] if r["unit"] == worst["unit"]]
        assert worst["days_overdue_at_end"] == sum(r["days_overdue_at_end"] for r in mine)
        assert worst["days_overdue"] == sum(r["days_overdue"] for r in mine)
    running = _plan_json(root, RUNNING)
    assert {r["days_overdue_at_end"] for r in running["overdue"]} == {None}
    assert {w["days_overdue_at_end"] for w in running["worst_units"]} == {None}


# --- the dashboard ------------------------------------------------------------------------


@pytest.mark.parametrize("lang", LANGS)
def test_dashboard_counts_days_to_the_plans_end(make_repo: RepoWriter, lang: str) -> None:
    root = _hand(make_repo)
    w = WORDS[lang]
    plan = _plan_json(root, ENDED)
    blocks = _dashboard(root, ENDED, lang)
    late = _table(blocks, w["not-done"])
    days = late.columns.index(w["days-end"])
    task = late.columns.index({"vi": "Nhiệm vụ", "en": "Task"}[lang])
    assert sorted((r[task], int(r[days])) for r in late.rows) == sorted(
        (str(o["task"]), o["days_overdue_at_end"]) for o in plan["overdue"])
    assert all(int(r[days]) < (ENDED - END).days for r in late.rows)
    worst = _table(blocks, {"vi": "Đơn vị nợ nhiều nhất", "en": "Units that owe the most"}[lang])
    assert worst.columns[2] == w["total-end"]
    assert [int(r[2]) for r in worst.rows] == [u["days_overdue_at_end"]
                                             for u in plan["worst_units"]]
    # while the plan runs: days to the as-of date, under the plain label
    running = _plan_json(root, RUNNING)
    late = _table(_dashboard(root, RUNNING, lang), {"vi": "Quá hạn", "en": "Overdue"}[lang])
    assert w["days"] in late.columns and w["days-end"] not in late.columns
    days = late.columns.index(w["days"])
    assert sorted(int(r[days]) for r in late.rows) == sorted(
        int(str(o["days_overdue"])) for o in running["overdue"])


@pytest.mark.parametrize("lang", LANGS)
def test_dashboard_final_account_names_the_indicators_at_the_end(
        make_repo: RepoWriter, lang: str) -> None:
    root = _hand(make_repo)
    final = _plan_json(root, ENDED)["final"]
    assert isinstance(final, dict)
    heading = next(b for b in _dashboard(root, ENDED, lang)
                   if isinstance(b, str) and WORDS[lang]["indicators"] in b)
    line = heading.splitlines()[-1]
    numbers = [int(x) for x in line.replace(",", " ").replace(".", " ").split() if x.isdigit()]
    assert numbers == [final["indicators_met"], final["indicators_unmet"],
                       final["indicators_missing"]]
    # the hand readings stop in March 2023: at December 2023 no unit has one
    assert final["indicators_missing"] == 3 and final["indicators_met"] == 0


# --- cchc overdue, a table ------------------------------------------------------------------


@pytest.mark.parametrize("lang", LANGS)
def test_overdue_table_of_an_ended_plan_says_to_which_day(make_repo: RepoWriter,
                                                          lang: str) -> None:
    root = _hand(make_repo)
    w = WORDS[lang]
    out = _cli("overdue", "--repo", str(root), "--as-of", ENDED.isoformat(), "--lang", lang)
    assert w["days-end"] in out and w["note"] in out
    one = next(line for line in out.splitlines() if line.strip().startswith("1.1.1 "))
    assert f" {_days('2023-03-15', END)} " in one
    assert str(_days("2023-03-15", ENDED)) not in out


SECOND_PLAN = """\
number: 2/KH-UBND
title: Kế hoạch năm 2026
period: 2026
tasks:
  - id: "A.1"
    title: Việc năm 2026
    lead: phong-tu-phap
    due: 2026-03-01
"""


@pytest.mark.parametrize("lang", LANGS)
def test_overdue_table_with_an_ended_and_a_running_plan(make_repo: RepoWriter,
                                                        lang: str) -> None:
    root = _hand(make_repo, **{"plans/q/plan.yaml": SECOND_PLAN})
    w = WORDS[lang]
    out = _cli("overdue", "--repo", str(root), "--as-of", ENDED.isoformat(), "--lang", lang)
    assert w["days-end"] not in out and w["days"] in out and w["note"] in out
    ended = next(line for line in out.splitlines() if line.strip().startswith("1.1.1 "))
    assert f"{_days('2023-03-15', END)} {w['at-end']}" in ended
    running = next(line for line in out.splitlines() if line.strip().startswith("A.1 "))
    assert f" {_days('2026-03-01', ENDED)} " in running and w["at-end"] not in running


# --- the Markdown report ------------------------------------------------------------------


@pytest.mark.parametrize("lang", LANGS)
def test_markdown_report_labels_days_at_the_end(make_repo: RepoWriter, lang: str) -> None:
    root = _hand(make_repo)
    text = _cli("report", "--repo", str(root), "--as-of", ENDED.isoformat(), "--lang", lang)
    header = next(line for line in text.splitlines()
                  if line.startswith("| ") and WORDS[lang]["days-end"] in line)
    assert header.split(" | ")[4] == WORDS[lang]["days-end"]
    assert WORDS[lang]["indicators"] in text


# --- Excel ----------------------------------------------------------------------------------


def _sheet(book: bytes, index: int = 0) -> tuple[list[str], list[list[object]]]:
    ws = openpyxl.load_workbook(io.BytesIO(book)).worksheets[index]
    rows = [list(r) for r in ws.iter_rows(values_only=True)]
    return [str(c) for c in rows[0]], rows[1:]


def _day(value: object) -> dt.date:
    assert isinstance(value, dt.datetime | dt.date)
    return value.date() if isinstance(value, dt.datetime) else value


@pytest.mark.parametrize("lang", LANGS)
def test_overdue_xlsx_counts_to_the_plans_end(make_repo: RepoWriter, tmp_path: Path,
                                              lang: str) -> None:
    root = _hand(make_repo, **{"plans/q/plan.yaml": SECOND_PLAN})
    out = tmp_path / "overdue.xlsx"
    _cli("overdue", "--repo", str(root), "--as-of", ENDED.isoformat(), "--lang", lang,
         "--format", "xlsx", "-o", str(out))
    header, rows = _sheet(out.read_bytes())
    days, to = header.index(WORDS[lang]["days"]), header.index(WORDS[lang]["counted-to"])
    assert to == days + 1
    expected = json.loads(_cli("overdue", "--repo", str(root), "--as-of", ENDED.isoformat(),
                               "--format", "json"))
    assert len(rows) == len(expected)
    for row, item in zip(rows, expected, strict=True):
        counted_to = END if item["plan"] == "p" else ENDED
        assert _day(row[to]) == counted_to
        assert row[days] == _days(item["due"], counted_to)


@pytest.mark.parametrize("lang", LANGS)
def test_status_xlsx_counts_to_the_plans_end(make_repo: RepoWriter, lang: str) -> None:
    root = _hand(make_repo)
    loaded = load(root)
    status = summarise(loaded.repo, loaded.registry, ENDED)
    plan = _plan_json(root, ENDED)
    header, rows = _sheet(xlsx.status_xlsx(status, loaded.registry, lang), 1)
    days, to = header.index(WORDS[lang]["days"]), header.index(WORDS[lang]["counted-to"])
    assert [r[days] for r in rows] == [o["days_overdue_at_end"] for o in plan["overdue"]]
    assert {_day(r[to]) for r in rows} == {END}
    header, rows = _sheet(xlsx.status_xlsx(status, loaded.registry, lang), 4)  # worst units
    assert [r[4] for r in rows] == [u["days_overdue_at_end"] for u in plan["worst_units"]]
    assert {_day(r[5]) for r in rows} == {END}


# --- the site ---------------------------------------------------------------------------------


@pytest.mark.parametrize("lang", LANGS)
def test_site_counts_to_the_plans_end(make_repo: RepoWriter, lang: str) -> None:
    root = _hand(make_repo)
    loaded = load(root)
    files = site_files(loaded.repo, loaded.registry, ENDED, locality="X", language=lang)
    label = WORDS[lang]["days-end"].replace("'", "&#39;")
    overdue = files[f"{lang}/p/overdue.html"].decode()
    assert label in overdue
    at_end, to_date = _days("2023-03-15", END), _days("2023-03-15", ENDED)
    assert f'<td class="n">{at_end}<' in overdue
    assert f">{to_date}<" not in overdue
    unit = files[f"{lang}/p/unit/phong-noi-vu.html"].decode()
    assert label in unit and f'<td class="n">{at_end}<' in unit
    overview = files[f"{lang}/index.html"].decode()
    assert WORDS[lang]["total-end"].replace("'", "&#39;") in overview
    running = site_files(loaded.repo, loaded.registry, RUNNING, locality="X", language=lang)
    assert label not in running[f"{lang}/p/overdue.html"].decode()
    # a task page's note on the overdue units says to which day their days are counted
    notes = {"vi": ("(số sau tên: số ngày quá hạn khi kế hoạch kết thúc)",
                    "(số sau tên: số ngày quá hạn)"),
             "en": ("(after each name: days overdue when the plan ended)",
                    "(after each name: days overdue)")}[lang]
    task_pages = [n for n in files if n.startswith(f"{lang}/p/task/")]
    overdue_tasks = [n for n in task_pages if 'id="state-overdue"' in files[n].decode()]
    assert overdue_tasks
    for name in overdue_tasks:
        assert notes[0] in files[name].decode()
    ran = [n for n in running if n.startswith(f"{lang}/p/task/")
           and 'id="state-overdue"' in running[n].decode()]
    assert ran
    for name in ran:
        page = running[name].decode()
        assert notes[1] in page and notes[0] not in page


class _Overview(html.parser.HTMLParser):
    """The overview's final account (cells marked `data-final`) and its tables' rows by id.
    A cell ends at its end tag or, as HTML has it, where the next cell or the row's end tag
    comes (the site leaves out the cells' end tags there)."""

    def __init__(self) -> None:
        super().__init__()
        self.final: dict[str, int] = {}
        self.indicators: dict[str, int] = {}
        self.ids: list[str] = []
        self.rows: dict[str, list[list[str]]] = {}
        self.headings: list[str] = []
        self._table: str | None = None
        self._text: list[str] | None = None
        self._cell = False

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        a = dict(attrs)
        if a.get("id"):
            self.ids.append(str(a["id"]))
        if a.get("data-final") and a.get("data-count") is not None:
            self.final[str(a["data-final"])] = int(str(a["data-count"]))
        if a.get("data-final") == "indicators":
            self.indicators = {k: int(str(a["data-" + k])) for k in ("met", "unmet", "missing")}
        if tag in ("td", "th"):
            self._cell_ends()
        if tag == "table":
            self._table = a.get("id")
        elif tag == "tr" and self._table:
            self.rows.setdefault(self._table, []).append([])
        elif tag in ("td", "th", "h3", "p"):
            self._text, self._cell = [], tag in ("td", "th")

    def handle_data(self, data: str) -> None:
        if self._text is not None:
            self._text.append(data)

    def _cell_ends(self) -> None:
        if self._cell and self._table and self._text is not None:
            self.rows[self._table][-1].append("".join(self._text).strip())
        self._text, self._cell = None, False

    def handle_endtag(self, tag: str) -> None:
        if tag in ("td", "th", "tr"):
            self._cell_ends()
        if tag == "table":
            self._table = None
        elif tag in ("h3", "p") and self._text is not None:
            self.headings.append("".join(self._text).strip())
        if tag in ("h3", "p"):
            self._text = None


def _overview(files: dict[str, bytes], lang: str) -> _Overview:
    parsed = _Overview()
    parsed.feed(files[f"{lang}/index.html"].decode())
    return parsed


@pytest.mark.parametrize("lang", LANGS)
def test_site_overview_opens_with_the_final_account(make_repo: RepoWriter, lang: str) -> None:
    root = _hand(make_repo)
    w = WORDS[lang]
    plan = _plan_json(root, ENDED, lang)
    final = plan["final"]
    assert isinstance(final, dict)
    loaded = load(root)
    page = _overview(site_files(loaded.repo, loaded.registry, ENDED, locality="X",
                                language=lang), lang)
    # the account first, before the counts by state, with status.json's numbers
    assert page.ids.index("final-p") < page.ids.index("counts-p")
    assert page.final == {k: final[k] for k in ("done", "done_late", "not_done", "total")}
    assert page.final["done"] + page.final["done_late"] > 0  # the hand records did some
    assert page.indicators == {k: final["indicators_" + k] for k in ("met", "unmet", "missing")}
    ended = next(h for h in page.headings if h.startswith(w["ended"]))
    assert {"vi": "31/12/2023", "en": "31 December 2023"}[lang] in ended
    line = next(h for h in page.headings if h.startswith(w["indicators"]))
    assert [int(x) for x in line.replace(",", " ").replace(".", " ").split() if x.isdigit()] \
        == [final["indicators_met"], final["indicators_unmet"], final["indicators_missing"]]
    assert w["final"] in page.headings
    account = page.rows["final-table-p"]
    assert [r[0] for r in account[1:]] == [
        {"vi": "hoàn thành đúng hạn", "en": "done on time"}[lang],
        {"vi": "hoàn thành trễ hạn", "en": "done late"}[lang],
        {"vi": "không hoàn thành", "en": "never done"}[lang],
        {"vi": "tổng số lượt nhiệm vụ", "en": "obligations in all"}[lang]]
    # the work not done, as the dashboard heads it, days counted to the plan's end
    assert f"{w['not-done']} ({len(plan['overdue'])})" in page.headings
    listed = page.rows["overdue-p"]
    assert listed[0][4] == w["days-end"]
    assert len(plan["overdue"]) == len(listed) - 1  # every row fits on the overview
    assert sorted((r[1], int(r[4])) for r in listed[1:]) == sorted(
        (str(o["task"]), o["days_overdue_at_end"]) for o in plan["overdue"])
    # while the plan runs: no account, and the list is headed as overdue
    running = _overview(site_files(loaded.repo, loaded.registry, RUNNING, locality="X",
                                   language=lang), lang)
    assert "final-p" not in running.ids and not running.final
    # an ended plan owes nothing due soon nor stale: no empty lists under those headings,
    # which a running plan shows
    assert not any(h.startswith(w["due-soon"]) for h in page.headings)
    assert any(h.startswith(w["due-soon"]) for h in running.headings)
    assert not any(h.startswith(w["not-done"]) for h in running.headings)


# --- the Word report ------------------------------------------------------------------------


def _docx(root: Path, as_of: dt.date, lang: str, tmp_path: Path) -> list[str | DocxTable]:
    out = tmp_path / f"report-{lang}.docx"
    _cli("report", "--repo", str(root), "--as-of", as_of.isoformat(), "--lang", lang,
         "--format", "docx", "-o", str(out))
    document = docx.Document(str(out))
    return [b.text if not isinstance(b, DocxTable) else b
            for b in document.iter_inner_content()]


def _cells(table: DocxTable) -> list[list[str]]:
    return [[c.text for c in row.cells] for row in table.rows]


def _after(blocks: list[str | DocxTable], start: str) -> DocxTable:
    i = next(k for k, b in enumerate(blocks) if isinstance(b, str) and b.endswith(start))
    return next(b for b in blocks[i:] if isinstance(b, DocxTable))


@pytest.mark.parametrize("lang", LANGS)
def test_word_report_has_the_final_account(make_repo: RepoWriter, tmp_path: Path,
                                           lang: str) -> None:
    root = _hand(make_repo)
    w = WORDS[lang]
    plan = _plan_json(root, ENDED, lang)
    final = plan["final"]
    assert isinstance(final, dict)
    blocks = _docx(root, ENDED, lang, tmp_path)
    texts = [b for b in blocks if isinstance(b, str)]
    account = _cells(_after(blocks, ". " + w["final"]))
    assert [int(r[1]) for r in account[1:]] == [final["done"], final["done_late"],
                                                final["not_done"], final["total"]]
    line = next(t for t in texts if t.startswith(w["indicators"]))
    assert [int(x) for x in line.replace(",", " ").replace(".", " ").split() if x.isdigit()] \
        == [final["indicators_met"], final["indicators_unmet"], final["indicators_missing"]]
    # the opening paragraph says the plan ended, with the same numbers
    opening = next(t for t in texts if t.startswith(w["ended"]))
    assert [int(x) for x in opening.replace(".", " ").split() if x.isdigit()][-4:] == [
        final["total"], final["done"], final["done_late"], final["not_done"]]
    # the work not done, days counted to the plan's end and labelled so
    heading = next(t for t in texts if w["not-done"] in t)
    assert heading.endswith(f"({len(plan['overdue'])})")
    got = []
    for b in blocks[blocks.index(heading):]:
        if isinstance(b, DocxTable):
            cells = _cells(b)
            if cells[0][3] != w["days-end"]:
                break
            got += [(r[0], int(r[3])) for r in cells[1:]]
    assert sorted(got) == sorted((str(o["task"]), o["days_overdue_at_end"])
                                 for o in plan["overdue"])
    # nothing falls due once the plan has ended
    assert not any(t.split(". ", 1)[-1].startswith(w["due-soon"]) for t in texts)


@pytest.mark.parametrize("lang", LANGS)
def test_word_report_of_a_running_plan_has_no_final_account(
        make_repo: RepoWriter, tmp_path: Path, lang: str) -> None:
    blocks = _docx(_hand(make_repo), RUNNING, lang, tmp_path)
    texts = [b for b in blocks if isinstance(b, str)]
    assert not any(t.endswith(". " + WORDS[lang]["final"]) for t in texts)
    assert any(t.split(". ", 1)[-1].startswith(WORDS[lang]["due-soon"]) for t in texts)


# --- a daily duty's open days ---------------------------------------------------------------

DAILY_PLAN = PLAN.split("tasks:")[0] + """\
tasks:
  - id: "1.1.2"
    section: "1.1"
    title: Kế hoạch của từng đơn vị
    lead: phuong-xa
    due: trong tháng 02 năm 2023
  - id: "1.1.4"
    section: "1.1"
    title: Tiếp nhận hồ sơ
    lead: phuong-xa
    due: hàng ngày
"""
# ubnd-phuong-1 did one day (1 February): one open day fewer than the others
DAILY_RECORDS = """\
- task: "1.1.4"
  unit: ubnd-phuong-1
  date: 2023-02-01
  status: done
"""


def _daily(make_repo: RepoWriter) -> Path:
    return make_repo({"plans/p/plan.yaml": DAILY_PLAN,
                      "plans/p/updates/daily.yaml": DAILY_RECORDS})


@pytest.mark.parametrize("lang", LANGS)
@pytest.mark.parametrize("as_of", [RUNNING, ENDED])
def test_grouped_row_of_a_daily_duty_counts_its_open_days(make_repo: RepoWriter, lang: str,
                                                          as_of: dt.date) -> None:
    root = _daily(make_repo)
    plan = _plan_json(root, as_of)
    counts = sorted({int(str(o["occurrences"])) for o in plan["overdue"] if o["task"] == "1.1.4"})
    assert len(counts) == 2  # phuong-1's count, and the others'
    blocks = _dashboard(root, as_of, lang)
    late = next(b for b in blocks if isinstance(b, Table) and b.rows and len(b.rows[0]) == 6)
    assert late.columns[1] == {"vi": "Nhiệm vụ", "en": "Task"}[lang]  # one row per task
    row = next(r for r in late.rows if r[1] == "1.1.4")
    assert row[5] == f"{counts[0]}–{counts[1]} {WORDS[lang]['days-word']}"
    once = next(r for r in late.rows if r[1] == "1.1.2")
    assert once[5] == "1"  # not a daily duty: a count, not days
    # the Markdown report: one row per task and number of open days
    loaded = load(root)
    status = summarise(loaded.repo, loaded.registry, as_of)
    text = report_render.report(status, View(lang, as_of, loaded.registry, "X"))
    cells = {line.split(" | ")[5] for line in text.splitlines() if line.startswith("| 1.1.4 |")}
    assert cells == {f"{n} {WORDS[lang]['days-word']}" for n in counts}


# --- reminder letters -----------------------------------------------------------------------


@pytest.mark.parametrize("lang", LANGS)
def test_reminder_letters_count_days_to_the_plans_end(make_repo: RepoWriter, tmp_path: Path,
                                                      lang: str) -> None:
    root = _hand(make_repo)
    w = WORDS[lang]
    # ubnd-xa-binh-minh owes 1.1.2 (February 2023); the coordinator's own work is in README
    at_end, to_date = _days("2023-02-28", END), _days("2023-02-28", ENDED)
    for fmt in ("markdown", "docx"):
        out = tmp_path / fmt
        _cli("remind", "--repo", str(root), "--as-of", ENDED.isoformat(), "--lang", lang,
             "--format", fmt, "--out", str(out))
        if fmt == "markdown":
            text = (out / "ubnd-xa-binh-minh.md").read_text(encoding="utf-8")
            row = next(line for line in text.splitlines() if line.startswith("| 1.1.2 |"))
            header = next(line for line in text.splitlines() if w["days-end"] in line)
            assert header.split(" | ")[3] == w["days-end"] and f"| {at_end} |" in row
            paragraphs = text.splitlines()
        else:
            document = docx.Document(str(out / "ubnd-xa-binh-minh.docx"))
            cells = _cells(document.tables[1])
            assert cells[0][3] == w["days-end"]
            assert [r[3] for r in cells[1:] if r[0] == "1.1.2"] == [str(at_end)]
            paragraphs = [p.text for p in document.paragraphs]
        assert any(p.startswith(w["note"]) for p in paragraphs)
        assert str(to_date) not in "\n".join(paragraphs)
    # while the plan runs, the letter keeps its plain heading and says nothing of an end
    out = tmp_path / "running"
    _cli("remind", "--repo", str(root), "--as-of", RUNNING.isoformat(), "--lang", lang,
         "--out", str(out))
    text = (out / "ubnd-xa-binh-minh.md").read_text(encoding="utf-8")
    assert w["days-end"] not in text and w["note"] not in text


@pytest.mark.parametrize("lang", LANGS)
def test_overdue_table_counts_a_daily_dutys_open_days(make_repo: RepoWriter, lang: str) -> None:
    root = _daily(make_repo)
    rows = json.loads(_cli("overdue", "--repo", str(root), "--as-of", RUNNING.isoformat(),
                           "--format", "json"))
    out = _cli("overdue", "--repo", str(root), "--as-of", RUNNING.isoformat(), "--lang", lang)
    for item in rows:
        line = next(x for x in out.splitlines() if x.strip().startswith(item["task"] + " ")
                    and f"({item['unit']})" in x)
        days = f"{item['occurrences']} {WORDS[lang]['days-word']}"
        assert (days in line) == (item["task"] == "1.1.4"), line
