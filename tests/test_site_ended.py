"""The site of an ended plan: work due on the plan's last day, never done, is overdue with 0
days counted to that day (`PlanStatus.days_late`). Pages say so in words ("due on the plan's
last day") instead of a puzzling "0" beside the unit's name or in the days column; the
other overdue work keeps its number of days."""

from __future__ import annotations

import datetime as dt
import re

import pytest

from cchc import i18n
from cchc.pipeline import load
from cchc.render.site.make import site_files
from tests.conftest import PLAN, RepoWriter

ENDED = dt.date(2026, 11, 15)  # the test plan's period is 2023
# 1.2.1 falls due on the plan's last day for every unit of the group; 1.2.2 is quarterly:
# ubnd-phuong-1 did the first three quarters (its open quarter is due 31/12/2023), the
# others did nothing (due 31/3/2023: 275 days at the plan's end).
TASKS = """\
  - id: "1.2.1"
    section: "1.1"
    title: Tổng kết cuối năm
    lead: phuong-xa
    due: 2023-12-31
  - id: "1.2.2"
    section: "1.1"
    title: Báo cáo hằng quý
    lead: phuong-xa
    due: hàng quý
"""
RECORDS = "".join(f"""\
- task: "1.2.2"
  unit: ubnd-phuong-1
  date: {day}
  status: done
  period: {period}
""" for day, period in (("2023-03-20", "2023-Q1"), ("2023-06-20", "2023-Q2"),
                        ("2023-09-20", "2023-Q3")))


def _site(make_repo: RepoWriter, lang: str) -> dict[str, str]:
    plan = PLAN.replace("indicators:", TASKS + "indicators:", 1)
    root = make_repo({"plans/p/plan.yaml": plan, "plans/p/updates/q.yaml": RECORDS})
    loaded = load(root)
    files = site_files(loaded.repo, loaded.registry, ENDED, locality="X", language=lang)
    return {name: body.decode() for name, body in files.items() if name.endswith(".html")}


def _overdue_units(page: str) -> tuple[str, list[str]]:
    """The note of a task page's overdue units and the text beside each name."""
    section = page.split('id="state-overdue"', 1)[1].split("</section>", 1)[0]
    note = re.search(r'<small class="note">(.*?)</small>', section)
    assert note is not None
    beside = [re.sub(r"<[^>]+>", "", m) for m in re.findall(r"</a>(.*?)</li>", section)]
    return note.group(1), beside


@pytest.mark.parametrize("lang", ["vi", "en"])
def test_work_due_on_the_last_day_is_worded_not_zero(make_repo: RepoWriter,
                                                      lang: str) -> None:
    pages = _site(make_repo, lang)
    last = i18n.t(lang, "site.days-last-day").replace("'", "&#39;")
    day = i18n.format_date_short(lang, dt.date(2023, 12, 31))
    # every unit due on the last day: the note says it once, no days beside the names
    note, beside = _overdue_units(pages[f"{lang}/p/task/1.2.1.html"])
    assert note == i18n.t(lang, "site.task.days-note-last-day", date=day).replace(
        "'", "&#39;")
    assert len(beside) == 3 and all(b.strip() == "" for b in beside)
    # some due that day, some earlier: the days of the others, the words for the one
    note, beside = _overdue_units(pages[f"{lang}/p/task/1.2.2.html"])
    assert note == i18n.t(lang, "site.task.days-note-end").replace("'", "&#39;")
    assert sorted(b.strip() for b in beside) == sorted(["275", "275", last])
    assert beside[-1].strip() == last  # the longest overdue first
    # no unit page shows 0 days in the column of days overdue at the plan's end
    unit = pages[f"{lang}/p/unit/ubnd-phuong-1.html"]
    assert f'<td class="n">{last}<' in unit
    for name, page in pages.items():
        assert 'class="days">0<' not in page, name
    # the list of overdue work by task: the words where the most days are 0
    overdue = pages[f"{lang}/p/overdue.html"]
    assert last in overdue


@pytest.mark.parametrize("lang", ["vi", "en"])
def test_running_plan_keeps_numbers(make_repo: RepoWriter, lang: str) -> None:
    plan = PLAN.replace("indicators:", TASKS + "indicators:", 1)
    root = make_repo({"plans/p/plan.yaml": plan, "plans/p/updates/q.yaml": RECORDS})
    loaded = load(root)
    files = site_files(loaded.repo, loaded.registry, dt.date(2023, 11, 30), locality="X",
                       language=lang)
    page = files[f"{lang}/p/task/1.2.2.html"].decode()
    note, beside = _overdue_units(page)
    assert note == i18n.t(lang, "site.task.days-note").replace("'", "&#39;")
    assert [b.strip() for b in beside] == ["244", "244"]  # 31/3 to 30/11
    assert i18n.t(lang, "site.days-last-day").replace("'", "&#39;") not in "".join(
        body.decode() for body in files.values() if isinstance(body, bytes))
