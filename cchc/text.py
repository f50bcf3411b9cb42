"""Vietnamese text: Unicode form, folding for matching and sorting, the names of localities.

One module for what every stage needs of Vietnamese text:

- `nfc`: text as the program writes it (NFC: one code point per letter with its marks);
- `fold`: for comparing and sorting: case folded, no diacritics (`đ` and the `ð` of legacy fonts
  become `d`), no invisible format characters (zero-width spaces from office documents), so
  `quý`, `quí` and `qúy`, or text pasted in NFD, meet;
- `fold_in_place`: lowercase without diacritics, one character for one, so that a match found
  in the folded text is at the same offsets in the original (the importer cuts the original
  wording out where its patterns match);
- `LOCALITY_LEVELS`: the words that name a level of local government (`tỉnh`, `xã`, ...).
"""

from __future__ import annotations

import functools
import unicodedata

_D = frozenset("đĐðÐ")


def nfc(text: str) -> str:
    return unicodedata.normalize("NFC", text)


@functools.lru_cache(maxsize=4096)
def _base(c: str) -> str:
    """`c` lowercased without its marks, when that is one character; else `c` lowercased."""
    if c in _D:
        return "d"
    base = unicodedata.normalize("NFD", c.lower())[:1]
    return base if len(base) == 1 else c


def fold(text: str) -> str:
    """For comparing and sorting: `Quý I` → `quy i`, `Đồng` → `dong`; see the module doc."""
    decomposed = unicodedata.normalize("NFD", text.casefold())
    return "".join("d" if c in _D else c for c in decomposed
                   if not unicodedata.combining(c) and unicodedata.category(c) != "Cf")


def fold_in_place(text: str) -> str:
    """Lowercase, without diacritics, one character for one: `Thời gian` → `thoi gian`."""
    return "".join(map(_base, text))


# The levels of local government, as names write them (`UBND thành phố Tây Ninh`, `xã An
# Bình`): a locality's name starts with one. The first five have units under them.
LOCALITY_LEVELS = ("tỉnh", "thành phố", "huyện", "quận", "thị xã", "xã", "phường", "thị trấn")
UPPER_LEVELS = LOCALITY_LEVELS[:5]
