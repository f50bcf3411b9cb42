"""cchc.text: the one folding of Vietnamese text, for matching, sorting and the importer."""

from __future__ import annotations

import unicodedata

from hypothesis import given
from hypothesis import strategies as st

from cchc.text import LOCALITY_LEVELS, UPPER_LEVELS, fold, fold_in_place, nfc


def test_fold_meets_spellings_forms_and_legacy_letters() -> None:
    assert fold("Quý I") == fold("QÚY I") == fold("qúy i") == "quy i"
    assert fold("Đồng Nai") == fold("ðồng nai") == "dong nai"
    assert fold(unicodedata.normalize("NFD", "hằng tháng")) == fold("hàng tháng") == "hang thang"
    assert fold("quý\u200b I") == "quy i"  # a zero-width space from an office document


@given(st.text(max_size=40))
def test_fold_in_place_keeps_offsets(text: str) -> None:
    folded = fold_in_place(text)
    assert len(folded) == len(text)
    assert fold_in_place(folded) == folded


def test_fold_in_place_cuts_the_original_where_a_pattern_matches() -> None:
    original = "Chủ trì: Phòng Nội vụ"
    at = fold_in_place(original).index("phong noi vu")
    assert original[at:] == "Phòng Nội vụ"


def test_nfc_and_levels() -> None:
    assert nfc(unicodedata.normalize("NFD", "Tây Ninh")) == "Tây Ninh"
    assert set(UPPER_LEVELS) < set(LOCALITY_LEVELS) and "thị trấn" in LOCALITY_LEVELS
