"""Vietnamese text helpers shared by the importer: casing, slugs, superscripts.

`fold` (`cchc.text.fold_in_place`) maps each character to one character (lowercase, no
diacritics, `đ` → `d`), so a match found in the folded text is at the same offsets in the
original: patterns are written without diacritics and the original wording is cut out where
they match.
"""

from __future__ import annotations

import re

from cchc import text

SUPERSCRIPTS = "⁰¹²³⁴⁵⁶⁷⁸⁹"
_TO_SUPER = str.maketrans("0123456789", SUPERSCRIPTS)
_FROM_SUPER = str.maketrans(SUPERSCRIPTS, "0123456789")


# The importer's folding is the program's (cchc.text): one character for one, so offsets in
# the folded text are offsets in the original.
fold = text.fold_in_place
nfc = text.nfc


def to_superscript(digits: str) -> str:
    return digits.translate(_TO_SUPER)


def from_superscript(text: str) -> str:
    return text.translate(_FROM_SUPER)


def is_caps(text: str) -> bool:
    """All letters uppercase, and at least three of them ("KẾ HOẠCH", "III. TỔ CHỨC")."""
    letters = [c for c in text if c.isalpha()]
    return len(letters) >= 3 and all(c.isupper() for c in letters)


def mostly_caps(text: str) -> bool:
    letters = [c for c in text if c.isalpha()]
    return len(letters) >= 3 and sum(c.isupper() for c in letters) >= 0.8 * len(letters)


def sentence_case(text: str) -> str:
    """`TỔ CHỨC THỰC HIỆN` → `Tổ chức thực hiện`; acronyms in parentheses stay as written."""
    lowered = text.lower()
    return lowered[:1].upper() + lowered[1:]


def lower_first(text: str) -> str:
    """`Trong năm 2023` → `trong năm 2023`, but `TTHC ...` and `Quý I` keep their capitals
    after the first letter."""
    if len(text) > 1 and text[1].isupper():
        return text
    return text[:1].lower() + text[1:]


def words(text: str) -> list[str]:
    return text.split()


def slug(text: str, max_words: int = 4) -> str:
    """ASCII id words: `Chỉ số hài lòng` → `chi-so-hai-long` (at most `max_words` words)."""
    parts = re.findall(r"[a-z0-9]+", fold(text))
    return "-".join(parts[:max_words])


_TERMINAL = ".;:!?…"
_CLOSERS = "\"'”’»)]*" + SUPERSCRIPTS


def ends_sentence(text: str) -> bool:
    """The text ends with terminal punctuation (footnote marks and closing quotes ignored)."""
    stripped = text.rstrip().rstrip(_CLOSERS).rstrip()
    return bool(stripped) and stripped[-1] in _TERMINAL


def starts_lower(text: str) -> bool:
    """A continuation: starts with a lowercase letter, a digit or an opening bracket."""
    stripped = text.lstrip("\"'“‘«")
    if not stripped:
        return False
    c = stripped[0]
    return c.islower() or c.isdigit() or c in "(["
