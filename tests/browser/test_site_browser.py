"""The generated site opened in headless Chromium, from file:// and from http://127.0.0.1.

Each page must load with no console error and no failed resource; the numbers shown must be
those of `cchc status --format json`; the filter box must narrow its table (without
diacritics: the script folds text as `cchc.text.fold` does); the language switch must lead
to the same page in the other language; and
screenshots of the overview, a unit page and a chart are saved for review (SCREENSHOTS).
"""

from __future__ import annotations

import json
import re
import unicodedata
from pathlib import Path
from typing import Any

import pytest
from typer.testing import CliRunner

from cchc.cli import app
from cchc.text import fold
from tests.browser.conftest import AS_OF, DEMO, SCREENSHOTS, Server


def problems(driver: Any) -> list[str]:
    """Console messages of level error (a failed resource is one), since the last call."""
    return [f"{e['level']}: {e['message']}" for e in driver.get_log("browser")
            if e["level"] in ("SEVERE", "ERROR")]


def open_page(driver: Any, url: str, lands: str | None = None) -> None:
    """Open `url` (which sends the browser on to a page ending in `lands`, if given)."""
    from selenium.webdriver.support.ui import WebDriverWait

    driver.get(url)
    wait = WebDriverWait(driver, 15)
    if lands is not None:
        wait.until(lambda d: d.current_url.endswith(lands))
    wait.until(lambda d: d.execute_script("return document.readyState") == "complete")
    found = problems(driver)
    assert not found, (url, found)
    # the style sheet and the script are there and ran: the body has the sheet's margin, and
    # every filter box was shown by the script
    assert driver.execute_script("return getComputedStyle(document.body).margin") == "0px", url
    assert driver.execute_script(
        "return [...document.querySelectorAll('form.filter')].every(f => !f.hidden)"), url


def digits(text: str) -> int:
    return int(re.sub(r"\D", "", text))


@pytest.fixture(scope="module")
def status() -> dict[str, Any]:
    result = CliRunner().invoke(app, ["status", "--repo", str(DEMO), "--as-of",
                                      AS_OF.isoformat(), "--format", "json"])
    assert result.exit_code == 0
    return json.loads(result.stdout)  # type: ignore[no-any-return]


def origins(site: Path, server: Server) -> dict[str, str]:
    return {"file": site.as_uri() + "/", "http": server.url}


@pytest.mark.parametrize("origin", ["file", "http"])
def test_overview_shows_the_json_numbers(browser: Any, site: Path, server: Server,
                                         status: dict[str, Any], origin: str) -> None:
    from selenium.webdriver.common.by import By

    base = origins(site, server)[origin]
    # the root sends the browser to the repository's language
    open_page(browser, base + "index.html", lands=f"/{status['language']}/index.html")
    for lang in ("vi", "en"):
        open_page(browser, f"{base}{lang}/index.html")
        for plan in status["plans"]:
            section = browser.find_element(By.ID, f"plan-{plan['plan']}")
            for state, count in plan["counts"].items():
                cell = section.find_element(By.CSS_SELECTOR, f'td[data-state="{state}"]')
                assert digits(cell.text) == count, (lang, state)
            shown = section.find_elements(By.CSS_SELECTOR, f"#worst-{plan['plan']} tbody tr")
            assert [r.get_attribute("data-unit") for r in shown] == [
                w["unit"] for w in plan["worst_units"]]
            for row, worst in zip(shown, plan["worst_units"], strict=True):
                cells = row.find_elements(By.CSS_SELECTOR, "td")
                assert [digits(c.text) for c in cells] == [worst["overdue"],
                                                           worst["days_overdue"]]
    if origin == "http":
        assert not server.failures, server.failures


def test_every_page_loads_cleanly_from_file(browser: Any, site: Path) -> None:
    pages = sorted(p for p in site.rglob("*.html"))
    assert len(pages) > 50
    for page in pages:
        lands = f"/{json.loads((site / 'status.json').read_text())['language']}/index.html" \
            if page == site / "index.html" else None
        open_page(browser, page.as_uri(), lands)


def test_every_page_loads_cleanly_over_http(browser: Any, site: Path, server: Server) -> None:
    for page in sorted(site.rglob("*.html"))[1::3]:  # the root is tested above
        open_page(browser, server.url + page.relative_to(site).as_posix())
    assert not server.failures, server.failures


def visible(browser: Any, selector: str) -> list[Any]:
    from selenium.webdriver.common.by import By

    return [r for r in browser.find_elements(By.CSS_SELECTOR, selector) if r.is_displayed()]


def visible_rows(browser: Any, table: str) -> list[Any]:
    return visible(browser, f"#{table} tbody tr")


def test_filter_narrows_the_table_without_diacritics(browser: Any, site: Path,
                                                     status: dict[str, Any]) -> None:
    from selenium.webdriver.common.by import By
    from selenium.webdriver.support.ui import Select

    plan = status["plans"][0]["plan"]
    open_page(browser, (site / "vi" / plan / "units.html").as_uri())
    everything = visible_rows(browser, "units")
    box = browser.find_element(By.CSS_SELECTOR, 'form.filter[data-for="units"] input')
    box.send_keys("xa minh hoa")  # typed without diacritics: finds "Xã Minh Hòa"
    narrowed = visible_rows(browser, "units")
    assert 0 < len(narrowed) < len(everything)
    assert all("Xã Minh Hòa" in r.text for r in narrowed)
    output = browser.find_element(By.CSS_SELECTOR, 'form.filter[data-for="units"] output')
    assert f"{len(narrowed)}" in output.text and f"{len(everything)}" in output.text
    box.clear()
    box.send_keys(" ")
    assert len(visible_rows(browser, "units")) == len(everything)

    # the state filter of a task's units, listed by state: the other groups go
    task = status["plans"][0]["overdue"][0]["task"]
    page = next((site / "vi" / plan / "task").glob(f"{task.lower()}.html"))
    open_page(browser, page.as_uri())
    items = "#units li"
    before = visible(browser, items)
    Select(browser.find_element(By.CSS_SELECTOR, 'form.filter[data-for="units"] select')
           ).select_by_value("overdue")
    after = visible(browser, items)
    expected = sum(1 for o in status["plans"][0]["overdue"] if o["task"] == task)
    assert 0 < len(after) == expected <= len(before)
    assert all(r.find_element(By.XPATH, "ancestor::section").get_attribute("data-state")
               == "overdue" for r in after)
    assert [g.get_attribute("data-state") for g in visible(browser, "#units section")] == [
        "overdue"]


def test_filter_of_a_month_of_records(browser: Any, site: Path, status: dict[str, Any]) -> None:
    from selenium.webdriver.common.by import By

    plan = status["plans"][0]["plan"]
    page = sorted((site / "vi" / plan / "records").glob("*.html"))[-1]
    open_page(browser, page.as_uri())
    rows = "#records tbody tr:not(.group)"
    everything = visible(browser, rows)
    assert len(everything) > 1
    unit = everything[0].find_elements(By.CSS_SELECTOR, "td")[1].text
    box = browser.find_element(By.CSS_SELECTOR, 'form.filter[data-for="records"] input')
    box.send_keys(fold(unit))  # the unit's name as folded, typed without diacritics
    narrowed = visible(browser, rows)
    assert 0 < len(narrowed) <= len(everything)
    assert all(unit in r.text for r in narrowed)
    for group in browser.find_elements(By.CSS_SELECTOR, "#records tbody"):
        shown = [r for r in group.find_elements(By.CSS_SELECTOR, "tr:not(.group)")
                 if r.is_displayed()]
        assert group.is_displayed() == bool(shown)  # a task with no row left is hidden


def test_the_script_folds_text_as_python_does(browser: Any, site: Path) -> None:
    names = ["UBND Xã Đông Hòa", "ĐẮK LẮK", "Phường Đồng Xoài", "Ðà Lạt (ð of old fonts)",
             unicodedata.normalize("NFD", "Hòa Bình, Quý IV"), "Thị\u200bxã Hương Thủy",
             "Ủy ban nhân dân tỉnh Thừa Thiên Huế", "Sở Nội vụ; Văn phòng ĐBQH và HĐND"]
    open_page(browser, (site / "vi" / "index.html").as_uri())
    folded = browser.execute_script("return arguments[0].map(window.cchcFold)", names)
    assert folded == [fold(n) for n in names]
    assert fold("Đông") == fold("đông") == fold("Dong") == "dong"


def test_language_switch_leads_to_the_same_page(browser: Any, site: Path,
                                                status: dict[str, Any]) -> None:
    from selenium.webdriver.common.by import By

    plan = status["plans"][0]["plan"]
    open_page(browser, (site / "vi" / plan / "tasks.html").as_uri())
    assert browser.find_element(By.TAG_NAME, "html").get_attribute("lang") == "vi"
    assert "Nhiệm vụ" in browser.find_element(By.TAG_NAME, "h1").text
    browser.find_element(By.ID, "lang-switch").click()
    assert browser.current_url.endswith(f"/en/{plan}/tasks.html")
    assert not problems(browser)
    assert browser.find_element(By.TAG_NAME, "html").get_attribute("lang") == "en"
    assert browser.find_element(By.TAG_NAME, "h1").text.startswith("Tasks")
    browser.find_element(By.ID, "lang-switch").click()
    assert browser.current_url.endswith(f"/vi/{plan}/tasks.html")


def test_readable_on_a_phone(browser: Any, site: Path, status: dict[str, Any]) -> None:
    plan = status["plans"][0]["plan"]
    unit = status["plans"][0]["worst_units"][0]["unit"]
    browser.set_window_size(390, 844)
    try:
        for page in (site / "vi" / "index.html", site / "vi" / plan / "unit" / f"{unit}.html"):
            open_page(browser, page.as_uri())
            overflow = browser.execute_script(
                "return document.documentElement.scrollWidth - window.innerWidth")
            assert overflow <= 1, (page, overflow)  # wide tables scroll inside their box
        SCREENSHOTS.mkdir(parents=True, exist_ok=True)
        browser.save_screenshot(str(SCREENSHOTS / "phone-unit.png"))
    finally:
        browser.set_window_size(1280, 1000)


def test_screenshots_for_review(browser: Any, site: Path, status: dict[str, Any]) -> None:
    from selenium.webdriver.common.by import By

    SCREENSHOTS.mkdir(parents=True, exist_ok=True)
    plan = status["plans"][0]["plan"]
    unit = status["plans"][0]["worst_units"][0]["unit"]
    shots = {
        "overview-vi.png": site / "vi" / "index.html",
        "overview-en.png": site / "en" / "index.html",
        "unit-vi.png": site / "vi" / plan / "unit" / f"{unit}.html",
        "task-vi.png": next((site / "vi" / plan / "task").glob(
            f"{status['plans'][0]['overdue'][0]['task'].lower()}.html")),
        "records-vi.png": sorted((site / "vi" / plan / "records").glob("*.html"))[-1],
        "overdue-vi.png": site / "vi" / plan / "overdue.html",
    }
    for name, page in shots.items():
        open_page(browser, page.as_uri())
        height = browser.execute_script("return document.documentElement.scrollHeight")
        browser.set_window_size(1280, min(max(height, 800), 4000))
        browser.save_screenshot(str(SCREENSHOTS / name))
        browser.set_window_size(1280, 1000)
        assert (SCREENSHOTS / name).stat().st_size > 10_000
    open_page(browser, (site / "vi" / "index.html").as_uri())
    chart = browser.find_element(By.CSS_SELECTOR, f"#plan-{plan} figure.chart:has(polyline)")
    browser.execute_script("arguments[0].scrollIntoView()", chart)
    chart.screenshot(str(SCREENSHOTS / "chart-history-vi.png"))
    assert (SCREENSHOTS / "chart-history-vi.png").stat().st_size > 5_000
