"""What a write did (issue 12, item 5): the resulting state, and the warnings, in vi and en."""

from __future__ import annotations

import datetime as dt

import pytest

from cchc import i18n
from cchc.compute.outcome import reading_outcome, reading_warnings, record_outcome, record_warnings
from cchc.model.deadlines import parse_period
from cchc.pipeline import load
from tests.conftest import HAND_FEBRUARY, HAND_MARCH, HAND_RECORDS, RepoWriter

D = dt.date
AS_OF = D(2023, 3, 31)


@pytest.fixture
def hand(make_repo: RepoWriter):  # type: ignore[no-untyped-def]
    return load(make_repo({"plans/p/updates/hand.yaml": HAND_RECORDS,
                           "plans/p/measurements/feb.yaml": HAND_FEBRUARY,
                           "plans/p/measurements/mar.yaml": HAND_MARCH}))


@pytest.mark.parametrize(("lang", "task", "unit", "text"), [
    ("vi", "1.1.2", "ubnd-phuong-1", "1.1.2 — UBND Phường 1: hoàn thành đúng hạn"),
    ("en", "1.1.2", "ubnd-phuong-1", "1.1.2 — UBND Phường 1: done on time"),
    ("vi", "1.1.2", "ubnd-phuong-2", "1.1.2 — UBND Phường 2: hoàn thành trễ hạn 3 ngày"),
    ("en", "1.1.2", "ubnd-phuong-2", "1.1.2 — UBND Phường 2: done 3 days late"),
    ("vi", "1.1.1", "phong-noi-vu",
     "1.1.1 — Phòng Nội vụ: quá hạn 16 ngày (hạn ngày 15/3/2023)"),
    ("en", "1.1.3", "phong-noi-vu",
     "1.1.3 — Phòng Nội vụ: overdue by 31 days (due 28 February 2023); 1 of 12 periods done"),
    ("vi", "1.1.2", "phong-tu-phap",
     "1.1.2 — Phòng Tư pháp: đơn vị phối hợp; báo cáo đã được ghi nhận"),
])
def test_record_outcome(hand, lang: str, task: str, unit: str, text: str) -> None:  # type: ignore[no-untyped-def]
    assert record_outcome(hand.repo, hand.registry, "p", task, unit, AS_OF, lang) == text


@pytest.mark.parametrize(("lang", "unit", "period", "text"), [
    ("vi", "ubnd-phuong-2", "2023-03",
     "hai-long — UBND Phường 2, tháng 3/2023: 98% (đạt, chỉ tiêu > 95%)"),
    ("en", "ubnd-phuong-1", "2023-03",
     "hai-long — UBND Phường 1, March 2023: 93.46% (not met, target > 95%)"),
    ("vi", "ubnd-phuong-1", "2022-12",
     "hai-long — UBND Phường 1, tháng 12/2022: đã ghi; kỳ này không nằm trong thời gian "
     "thực hiện kế hoạch nên không được tính"),
])
def test_reading_outcome(hand, lang: str, unit: str, period: str, text: str) -> None:  # type: ignore[no-untyped-def]
    assert reading_outcome(hand.repo, hand.registry, "p", "hai-long", unit, period, AS_OF,
                           lang) == text


def _words(messages: list[tuple[str, dict[str, object]]], lang: str) -> list[str]:
    return [i18n.t(lang, key, **kw) for key, kw in messages]


def test_record_warnings(hand) -> None:  # type: ignore[no-untyped-def]
    pd = hand.repo.plans["p"]
    assert record_warnings(pd, D(2023, 3, 1), None, AS_OF, "vi") == []
    later = record_warnings(pd, D(2023, 4, 2), None, AS_OF, "vi")
    assert _words(later, "vi") == ["ngày báo cáo ngày 2/4/2023 sau ngày tính (ngày 31/3/2023): "
                                   "báo cáo chỉ được tính từ ngày đó trở đi"]
    before = record_warnings(pd, D(2022, 12, 30), parse_period("2022-12"), AS_OF, "en")
    assert [k for k, _ in before] == ["warn.before-plan", "warn.period-outside"]
    assert _words(before, "en")[0] == ("the record is dated 30 December 2022, before the plan "
                                       "starts (1 January 2023)")
    after = record_warnings(pd, D(2024, 1, 5), None, D(2024, 2, 1), "en")
    assert [k for k, _ in after] == ["warn.after-plan"]


def test_reading_warnings(hand) -> None:  # type: ignore[no-untyped-def]
    pd = hand.repo.plans["p"]
    ind = pd.indicator("hai-long")
    march = parse_period("2023-03")
    assert reading_warnings(pd, ind, 96.2, march, "vi") == []
    assert _words(reading_warnings(pd, ind, 101.5, march, "vi"), "vi") == [
        "giá trị 101,5% nằm ngoài khoảng từ 0 đến 100"]
    assert _words(reading_warnings(pd, ind, -3, march, "en"), "en") == [
        "the value -3% is outside 0 to 100"]
    assert [k for k, _ in reading_warnings(pd, ind, 96, parse_period("2024-01"), "vi")] == [
        "warn.period-outside"]
    from cchc.load.schema import plain
    from cchc.model.plan import Indicator

    count = plain(Indicator.model_validate({"id": "tre-han", "target": "<= 0", "owner": "x",
                                            "per": "locality"}))
    assert _words(reading_warnings(pd, count, 2.5, march, "vi"), "vi") == [
        "chỉ tiêu '<= 0' là một số đếm mà giá trị 2,5 có phần lẻ"]
    assert reading_warnings(pd, count, 2.0, march, "vi") == []
