"""Deadline errors carry a catalogue key and arguments, and reach the user in their language."""

from __future__ import annotations

from pathlib import Path

import pytest
from typer.testing import CliRunner

from cchc import i18n
from cchc.cli import app
from cchc.model.deadlines import DeadlineError, parse_deadline, parse_period
from tests.conftest import RepoWriter

ROOT = Path(__file__).resolve().parent


@pytest.mark.parametrize(("value", "en", "vi"), [
    ("2023-02-30", "February 2023 has 28 days", "tháng 2/2023 chỉ có 28 ngày"),
    ("quý V năm 2023", "there is no quarter 5", "không có quý 5"),
    ("năm 3000", "1900 to 2999", "từ 1900 đến 2999"),
])
def test_an_impossible_deadline_says_why_in_both_languages(value: str, en: str, vi: str) -> None:
    with pytest.raises(DeadlineError) as caught:
        parse_deadline(value)
    assert caught.value.key == "deadline.impossible"
    assert en in caught.value.text("en") and vi in caught.value.text("vi")
    assert caught.value.why()["why"].startswith("deadline.reason.")


def test_rrule_and_period_errors_have_vietnamese_text() -> None:
    with pytest.raises(DeadlineError) as rule:
        parse_deadline("RRULE:FREQ=DAILY;COUNT=0")
    assert "COUNT phải là số nguyên dương" in rule.value.text("vi")
    with pytest.raises(DeadlineError) as period:
        parse_period("2023-W53")
    assert "không có tuần 53" in period.value.text("vi")


@pytest.mark.parametrize(("lang", "reason"), [("en", "February 2023 has 28 days"),
                                              ("vi", "tháng 2/2023 chỉ có 28 ngày")])
def test_check_prints_the_reason(lang: str, reason: str) -> None:
    repo = ROOT / "examples" / "invalid" / "impossible-date"
    result = CliRunner().invoke(app, ["--repo", str(repo), "check", "--lang", lang])
    assert result.exit_code == 1
    assert reason in result.output


def test_a_missing_message_key_raises_in_strict_mode(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(i18n, "STRICT", True)
    with pytest.raises(KeyError):
        i18n.t("vi", "no.such.key")
    with pytest.raises(KeyError):
        i18n.t("en", "diag.bad-deadline")  # its placeholders have no arguments
    monkeypatch.setattr(i18n, "STRICT", False)
    assert i18n.t("vi", "no.such.key") == "no.such.key"


def test_the_tests_run_strict() -> None:
    assert i18n.STRICT


def test_a_record_period_that_names_no_real_week_says_why(make_repo: RepoWriter) -> None:
    root = make_repo({"plans/p/updates/a.yaml": """\
task: "1.1.3"
unit: phong-noi-vu
date: 2023-03-10
status: done
period: 2023-W53
evidence: [x]
"""})
    result = CliRunner().invoke(app, ["--repo", str(root), "check", "--lang", "vi"])
    assert "năm 2023 có các tuần ISO từ 1 đến 52, không có tuần 53" in result.output
    assert "[bad-period]" in result.output
