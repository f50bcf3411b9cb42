"""The overview of a plan whose period has ended, in headless Chromium: the shipped plan 188
(2023) as of 1 December 2026 opens with its final account, above the counts, with the numbers
of `cchc status --format json` ("final", and the overdue rows' `days_overdue_at_end`).
A screenshot of it is saved for review (SCREENSHOTS/overview-ended-vi.png)."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path
from typing import Any

import pytest
from typer.testing import CliRunner

from cchc.cli import app
from tests.browser.conftest import ROOT, SCREENSHOTS, build_site
from tests.browser.test_site_browser import digits, open_page

ENDED = dt.date(2026, 12, 1)  # the shipped plan ran through 2023


@pytest.fixture(scope="module")
def ended_site(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return build_site(ROOT, ENDED, tmp_path_factory.mktemp("ended"))


@pytest.mark.parametrize("lang", ["vi", "en"])
def test_ended_plan_opens_with_its_final_account(browser: Any, ended_site: Path,
                                                 lang: str) -> None:
    from selenium.webdriver.common.by import By

    result = CliRunner().invoke(app, ["status", "--repo", str(ROOT), "--as-of",
                                      ENDED.isoformat(), "--format", "json"])
    assert result.exit_code == 0
    plans = [p for p in json.loads(result.stdout)["plans"] if p["final"] is not None]
    assert plans  # plan 188 has ended
    open_page(browser, (ended_site / lang / "index.html").as_uri())
    for plan in plans:
        final = plan["final"]
        account = browser.find_element(By.ID, f"final-{plan['plan']}")
        assert account.is_displayed()
        shown = {c.get_attribute("data-final"): digits(c.text)
                 for c in account.find_elements(By.CSS_SELECTOR, "td[data-final]")}
        assert shown == {k: final[k] for k in ("done", "done_late", "not_done", "total")}
        line = account.find_element(By.CSS_SELECTOR, 'p[data-final="indicators"]').text
        assert [int(x) for x in line.replace(",", " ").replace(".", " ").split()
                if x.isdigit()] == [final["indicators_met"], final["indicators_unmet"],
                                    final["indicators_missing"]]
        # at the top: above the counts by state
        counts = browser.find_element(By.ID, f"counts-{plan['plan']}")
        assert account.location["y"] < counts.location["y"]
        # the first rows of the work not done: days counted to the plan's end
        rows = browser.find_elements(By.CSS_SELECTOR,
                                     f"#overdue-{plan['plan']} tbody tr")
        assert rows
        for row, o in zip(rows, plan["overdue"], strict=False):
            cells = row.find_elements(By.TAG_NAME, "td")
            assert cells[1].text == o["task"]
            assert digits(cells[4].text) == o["days_overdue_at_end"] < o["days_overdue"]
    if lang == "vi":
        SCREENSHOTS.mkdir(parents=True, exist_ok=True)
        height = browser.execute_script("return document.documentElement.scrollHeight")
        browser.set_window_size(1280, min(max(height, 800), 4000))
        try:
            browser.save_screenshot(str(SCREENSHOTS / "overview-ended-vi.png"))
        finally:
            browser.set_window_size(1280, 1000)
        assert (SCREENSHOTS / "overview-ended-vi.png").stat().st_size > 10_000


@pytest.mark.parametrize("lang", ["vi", "en"])
def test_work_due_on_the_plans_last_day_is_worded(browser: Any, ended_site: Path,
                                                  lang: str) -> None:
    """Task 2.3.1 of plan 188 fell due on the plan's last day (31/12/2023) for all its units
    and none did it: 0 days at the plan's end, said once in words above the names, with no
    "0" beside them; a unit's page says it in its days column."""
    from selenium.webdriver.common.by import By

    from cchc import i18n

    plan = "188-kh-ubnd-2022"
    day = i18n.format_date_short(lang, dt.date(2023, 12, 31))
    open_page(browser, (ended_site / lang / plan / "task" / "2.3.1.html").as_uri())
    group = browser.find_element(By.ID, "state-overdue")
    note = group.find_element(By.CSS_SELECTOR, "h3 .note").text
    assert note == i18n.t(lang, "site.task.days-note-last-day", date=day)
    names = group.find_elements(By.CSS_SELECTOR, "ul.units li")
    assert len(names) > 10
    assert not group.find_elements(By.CSS_SELECTOR, ".days")
    assert all(not li.text.rstrip().endswith(" 0") for li in names)
    if lang == "vi":
        SCREENSHOTS.mkdir(parents=True, exist_ok=True)
        browser.save_screenshot(str(SCREENSHOTS / "task-last-day-vi.png"))
    # the unit's page: the words in the column of days overdue at the plan's end
    open_page(browser, (ended_site / lang / plan / "unit" / "ubnd-xa-binh-minh.html").as_uri())
    rows = browser.find_elements(By.CSS_SELECTOR, "#obligations tbody tr")
    cells = [[td.text for td in r.find_elements(By.TAG_NAME, "td")] for r in rows]
    mine = next(c for c in cells if c[0] == "2.3.1")
    assert mine[4] == i18n.t(lang, "site.days-last-day")
    assert all(c[4] != "0" for c in cells)
    if lang == "vi":
        row = next(r for r in rows if r.find_element(By.TAG_NAME, "td").text == "2.3.1")
        browser.execute_script("arguments[0].scrollIntoView({block: 'center'})", row)
        browser.save_screenshot(str(SCREENSHOTS / "unit-last-day-vi.png"))
