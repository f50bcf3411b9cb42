"""What a clerk types: day-first dates, decimal commas, status words, units by name."""

from __future__ import annotations

import datetime as dt

import pytest

from cchc.clerk.names import resolve_names, resolve_unit, suggest
from cchc.clerk.parse import parse_date, parse_number, parse_status
from cchc.model.domain import Group, Unit
from cchc.model.registry import Registry
from cchc.model.repository import Located


@pytest.mark.parametrize("text", ["31/3/2023", "31/03/2023", "2023-3-31", "2023-03-31",
                                  "ngày 31/3/2023", " 31.3.2023 ", "31-3-2023"])
def test_dates_day_first_or_iso(text: str) -> None:
    assert parse_date(text) == dt.date(2023, 3, 31)


@pytest.mark.parametrize("text", ["31/4/2023", "3/31/2023", "hôm qua", "2023-02-30", "",
                                  "31/3/23", "2023/3-31"])
def test_dates_that_are_not_dates(text: str) -> None:
    assert parse_date(text) is None


@pytest.mark.parametrize(("text", "value"), [
    ("96,5", 96.5), ("96,5%", 96.5), ("96,5 %", 96.5), ("96.5", 96.5), ("-3", -3.0),
    ("\u22123,5", -3.5), ("+4", 4.0), ("12.345,5", 12345.5), ("12,345.5", 12345.5),
    ("1.234.567", 1234567.0), ("0", 0.0), ("100%", 100.0),
])
def test_numbers_with_decimal_comma_and_percent(text: str, value: float) -> None:
    assert parse_number(text) == value


@pytest.mark.parametrize("text", ["abc", "nan", "inf", "", "-", "1,", ".5", "1,2,3",
                                  "12.34.5", "96,5%%", "1.234,5.6"])
def test_numbers_that_are_not_numbers(text: str) -> None:
    assert parse_number(text) is None


@pytest.mark.parametrize(("text", "status"), [
    ("done", "done"), ("hoàn thành", "done"), ("Hoàn Thành", "done"), ("hoan thanh", "done"),
    ("đã hoàn thành", "done"), ("đang thực hiện", "in-progress"),
    ("ĐANG THỰC HIỆN", "in-progress"), ("dang-thuc-hien", "in-progress"),
    ("in progress", "in-progress"), ("in-progress", "in-progress"),
    ("vướng mắc", "blocked"), ("Vuong mac", "blocked"), ("blocked", "blocked"),
    # decomposed (NFD) text, as pasted from some office documents
    ("ho\u0300an tha\u0300nh", "done"),
])
def test_status_words(text: str, status: str) -> None:
    assert parse_status(text) == status


@pytest.mark.parametrize("text", ["xong chưa", "not-started", "", "đang"])
def test_status_words_that_are_not_statuses(text: str) -> None:
    assert parse_status(text) is None


def _registry() -> Registry:
    units = [Unit(id="phong-noi-vu", name="Phòng Nội vụ", kind="department",
                  aliases=("PNV", "Phòng Nội vụ thành phố")),
             Unit(id="ubnd-phuong-1", name="UBND Phường 1", kind="ward"),
             Unit(id="ubnd-phuong-10", name="UBND Phường 10", kind="ward"),
             Unit(id="ubnd-xa-binh-minh", name="UBND Xã Bình Minh", kind="commune"),
             Unit(id="ubnd-thi-tran-binh-minh", name="UBND Thị trấn Bình Minh",
                  kind="township"),
             Unit(id="ubnd-xa-hoa-thanh", name="UBND Xã Hòa Thành", kind="commune"),
             Unit(id="ubnd-xa-hoa-thanh-2", name="UBND Xã Hoà Thạnh", kind="commune")]
    groups = [Group(id="phuong-xa", name="UBND các phường, xã",
                    members=("ubnd-phuong-1", "ubnd-phuong-10"))]
    return Registry([Located(u, "units/u.yaml", 1) for u in units],
                    [Located(g, "units/u.yaml", 1) for g in groups])


@pytest.mark.parametrize(("text", "ident"), [
    ("ubnd-phuong-1", "ubnd-phuong-1"), ("UBND Phường 1", "ubnd-phuong-1"),
    ("ubnd phường 1", "ubnd-phuong-1"), ("UBND PHUONG 1", "ubnd-phuong-1"),
    ("  UBND   Phường  10 ", "ubnd-phuong-10"), ("pnv", "phong-noi-vu"),
    ("Phòng Nội vụ thành phố", "phong-noi-vu"), ("phong noi vu", "phong-noi-vu"),
    ("UBND các phường, xã", "phuong-xa"), ("ubnd thi tran binh minh", "ubnd-thi-tran-binh-minh"),
    ("Pho\u0300ng Nô\u0323i vu\u0323", "phong-noi-vu"),  # NFD
    # with its diacritics the name is one unit, though without them it is two
    ("UBND Xã Hòa Thành", "ubnd-xa-hoa-thanh"),
])
def test_units_by_id_name_or_alias(text: str, ident: str) -> None:
    assert resolve_unit(_registry(), text).ident == ident


def test_without_diacritics_two_units_match_and_none_is_chosen() -> None:
    found = resolve_unit(_registry(), "ubnd xa hoa thanh")
    assert found.ident is None and found.ambiguous
    assert found.matches == ("ubnd-xa-hoa-thanh", "ubnd-xa-hoa-thanh-2")


def test_an_unknown_unit_gets_the_closest_ids() -> None:
    found = resolve_unit(_registry(), "Phường 1")
    assert found.ident is None and not found.ambiguous
    assert found.suggestions == ("ubnd-phuong-1",)  # a whole word: not Phường 10
    assert resolve_unit(_registry(), "ubnd-phuog-1").suggestions[0] == "ubnd-phuong-1"
    assert resolve_unit(_registry(), "noi vu").suggestions == ("phong-noi-vu",)
    assert resolve_unit(_registry(), "Sở Y tế").suggestions == ()


def test_suggest_over_plain_ids_for_tasks_and_plans() -> None:
    assert suggest("1.2.7", ["1.2.6", "1.2.7a", "3.1", "II.4"])[:2] == ("1.2.7a", "1.2.6")
    assert suggest("188-kh-ubnd", ["188-kh-ubnd-2022", "12-kh-ubnd-2023"])[0] == \
        "188-kh-ubnd-2022"
    assert suggest("", ["a"]) == ()


def test_resolve_names_prefers_an_exact_name_to_a_loose_id() -> None:
    names = {"a": ("a", "UBND xa Binh Minh"), "ubnd-xa-binh-minh": ("ubnd-xa-binh-minh",)}
    assert resolve_names("UBND xa Binh Minh", names).ident == "a"


@pytest.mark.parametrize(("text", "op", "number", "percent"), [
    ("> 95%", ">", 95.0, True), ("≥ 95%", ">=", 95.0, True), ("≤ 2,5 %", "<=", 2.5, True),
    ("trên 80%", ">", 80.0, True), ("Trên 80%", ">", 80.0, True),
    ("không quá 10", "<=", 10.0, False), ("Không vượt quá 10", "<=", 10.0, False),
    ("tối đa 5", "<=", 5.0, False), ("tối thiểu 90,5%", ">=", 90.5, True),
    ("từ 80% trở lên", ">=", 80.0, True), ("80% trở lên", ">=", 80.0, True),
    ("đạt 100%", ">=", 100.0, True), ("dưới 5", "<", 5.0, False), ("tren 80", ">", 80.0, False),
])
def test_targets_in_the_documents_words(text: str, op: str, number: float,
                                        percent: bool) -> None:
    import re

    from cchc.model.plan import TARGET_PATTERN
    from cchc.model.target import parse_target

    target = parse_target(text)
    assert target is not None and (target.op, target.number, target.percent) == \
        (op, number, percent)
    assert target.written == text
    assert re.match(TARGET_PATTERN, text)  # the editors' schema agrees


@pytest.mark.parametrize("text", ["95%", "> 95 điểm", ">> 95", "trên", "khoảng 90%"])
def test_targets_that_are_not_targets(text: str) -> None:
    import re

    from cchc.model.plan import TARGET_PATTERN
    from cchc.model.target import parse_target

    assert parse_target(text) is None
    assert not re.match(TARGET_PATTERN, text)
