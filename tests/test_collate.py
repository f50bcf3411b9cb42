"""Vietnamese alphabetical order (CLDR's tailoring over pyuca) and Vietnamese numbers."""

from __future__ import annotations

import random

from cchc import i18n
from cchc.i18n.collate import sort_key, sorted_names

# The order a Vietnamese dictionary gives: ă and â after a, đ after d, ê after e, ô and ơ
# after o, ư after u; a word's tones after its letters, in the order ngang, huyền, hỏi, ngã,
# sắc, nặng; numbers as numbers.
ORDER = ["Az", "Ăn", "ăz", "Ấp", "Dương", "Dz", "Đông", "Đức", "Ez", "Êm", "Ma", "Mà", "Mả",
         "Mã", "Má", "Mạ", "Mă", "Mâ", "Oz", "Ô", "Ơ", "Phòng Nội vụ", "Phòng Tư pháp",
         "UBND Phường 1", "UBND Phường 2", "UBND Phường 10", "UBND Xã Bình Minh", "Uz", "Ưu"]


def test_vietnamese_alphabetical_order() -> None:
    shuffled = list(ORDER)
    random.Random(7).shuffle(shuffled)
    assert sorted(shuffled, key=sort_key) == ORDER


def test_decomposed_text_sorts_as_composed() -> None:
    assert sort_key("\u0110o\u0302ng") == sort_key("Đông")
    assert sort_key("Mạ") == sort_key("Ma\u0323")


def test_sorted_names_keeps_equal_names_in_order() -> None:
    items = [("b", "Đông"), ("a", "Dương"), ("c", "Đông")]
    assert sorted_names(items, lambda i: i[1]) == [("a", "Dương"), ("b", "Đông"), ("c", "Đông")]


def test_thousands_grouping_in_both_languages() -> None:
    assert i18n.format_number("vi", 12345.5) == "12.345,5"
    assert i18n.format_number("en", 12345.5) == "12,345.5"
    assert i18n.format_number("vi", 1234567.891) == "1.234.567,89"
    assert i18n.format_number("vi", 96.2) == "96,2"
    assert i18n.format_number("en", 96.2) == "96.2"
    assert i18n.format_number("vi", 1000) == "1.000"
    assert i18n.format_number("vi", -13.7) == "-13,7"
    assert i18n.format_number("en", -0.001) == "0"
