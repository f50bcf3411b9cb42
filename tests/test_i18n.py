"""The message catalogues: same keys and placeholders in both languages, NFC text."""

from __future__ import annotations

import re
import string
import unicodedata

from cchc import i18n
from cchc.i18n import en, vi


def placeholders(text: str) -> set[str]:
    return {name for _, name, _, _ in string.Formatter().parse(text) if name}


EN, VI = i18n.CATALOGUES["en"], i18n.CATALOGUES["vi"]


def test_both_languages_have_the_same_keys() -> None:
    assert set(EN) == set(VI)


def test_feature_catalogues_do_not_override_the_main_ones() -> None:
    import importlib

    for feature in i18n.FEATURES:
        for lang, main in (("en", en.MESSAGES), ("vi", vi.MESSAGES)):
            try:
                module = importlib.import_module(f"cchc.i18n.{lang}_{feature}")
            except ModuleNotFoundError:
                continue
            assert not set(module.MESSAGES) & set(main), (lang, feature)


def test_placeholders_match() -> None:
    for key, text in EN.items():
        assert placeholders(text) == placeholders(VI[key]), key


def test_vietnamese_is_nfc_and_really_vietnamese() -> None:
    accented = re.compile("[àáảãạăằắẳẵặâầấẩẫậđèéẻẽẹêềếểễệìíỉĩịòóỏõọôồốổỗộơờớởỡợùúủũụưừứửữựỳýỷỹỵ]")
    for key, text in VI.items():
        assert unicodedata.is_normalized("NFC", text), key
        if key.startswith(("diag.", "cli.", "error.")):
            assert accented.search(text.lower()), f"{key} does not read as Vietnamese"


def test_dates_in_vietnamese_style() -> None:
    import datetime as dt

    d = dt.date(2023, 3, 31)
    assert i18n.format_date("vi", d) == "ngày 31/3/2023"
    assert i18n.format_date("en", d) == "31 March 2023"
