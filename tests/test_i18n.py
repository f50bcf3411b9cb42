"""The message catalogues: same keys and placeholders in both languages, NFC text."""

from __future__ import annotations

import re
import string
import unicodedata

from cchc import i18n
from cchc.i18n import en, vi


def placeholders(text: str) -> set[str]:
    return {name for _, name, _, _ in string.Formatter().parse(text) if name}


def test_both_languages_have_the_same_keys() -> None:
    assert set(en.MESSAGES) == set(vi.MESSAGES)


def test_placeholders_match() -> None:
    for key, text in en.MESSAGES.items():
        assert placeholders(text) == placeholders(vi.MESSAGES[key]), key


def test_vietnamese_is_nfc_and_really_vietnamese() -> None:
    accented = re.compile(r"[àáảãạăằắẳẵặâầấẩẫậđèéẻẽẹêềếểễệìíỉĩịòóỏõọôồốổỗộơờớởỡợùúủũụưừứửữựỳýỷỹỵ]")
    for key, text in vi.MESSAGES.items():
        assert unicodedata.is_normalized("NFC", text), key
        if key.startswith(("diag.", "cli.", "error.")):
            assert accented.search(text.lower()), f"{key} does not read as Vietnamese"


def test_dates_in_vietnamese_style() -> None:
    import datetime as dt

    d = dt.date(2023, 3, 31)
    assert i18n.format_date("vi", d) == "ngày 31/3/2023"
    assert i18n.format_date("en", d) == "31 March 2023"
