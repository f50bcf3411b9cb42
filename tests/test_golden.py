"""Golden outputs, compared byte for byte; `make golden` regenerates them for review."""

from __future__ import annotations

import re

import pytest

from tests.regen_golden import CASES, GOLDEN, run


@pytest.mark.parametrize("name", sorted(CASES))
def test_output_matches_golden(name: str) -> None:
    expected = (GOLDEN / name).read_text(encoding="utf-8")
    assert run(CASES[name]) == expected, f"run `make golden` and review tests/golden/{name}"


ENGLISH_WORDS = re.compile(
    r"\b(the|and|overdue|due|done|status|unit|task|report|days?|none|target|value|period|"
    r"yes|no|better|worse|summary|indicators?|blocked|progress|stale)\b", re.IGNORECASE)


def test_vietnamese_report_has_no_english_word_of_ours() -> None:
    text = (GOLDEN / "report-vi.md").read_text(encoding="utf-8")
    text = re.sub(r"```mermaid\npie showData title", "", text)  # Mermaid's own keywords
    assert ENGLISH_WORDS.findall(text) == []
    assert "ngày 31/3/2023" in text
    assert not re.search(r"\b20\d\d-\d\d-\d\d\b", text), "ISO dates in a Vietnamese report"


def test_english_report_words_are_english() -> None:
    """Headings, column headers and state names: ours, so English (unit names and titles are
    data and stay as written)."""
    lines = (GOLDEN / "report-en.md").read_text(encoding="utf-8").splitlines()
    ours = [line for line in lines if line.startswith(("# ", "## "))]
    ours += [line for i, line in enumerate(lines[:-1]) if lines[i + 1].startswith("|---")]
    ours += [line.split("|")[1] for line in lines if line.startswith("| ") and line.count("|") == 3]
    vietnamese = re.compile("[ăâđêôơưàáảãạằắẳẵặầấẩẫậèéẻẽẹềếểễệìíỉĩịòóỏõọồốổỗộờớởỡợùúủũụừứửữựỳýỷỹỵ]",
                            re.IGNORECASE)
    assert [line for line in ours if vietnamese.search(line.split(":")[0])] == []
