"""Vietnamese alphabetical order: the one sort key for names, everywhere names are sorted.

The Unicode Collation Algorithm (pyuca, pure Python, with the Unicode 9 DUCET it ships) with
the tailoring of CLDR's Vietnamese collation (`vi.xml`) applied to its table:

    &̀<<̉<<̃<<́<<̣          tones, compared after the letters: huyền, hỏi, ngã, sắc, nặng
    &a<ă<<<Ă<â<<<Â      ă and â are letters of their own, after a
    &d<đ<<<Đ            đ after d (the DUCET alone files it as a d with a mark)
    &e<ê<<<Ê   &o<ô<<<Ô<ơ<<<Ơ   &u<ư<<<Ư

so `Đông` comes after every `D…` word, `ăn` after `az`, and `Mà`, `Mả`, `Mã`, `Má`, `Mạ` after
`Ma` in that order. Numbers inside names compare as numbers (ICU's "numeric" option), so
that `Phường 2` comes before `Phường 10`. PyICU does the same with ICU's own tailoring, but
it has no wheels and needs ICU built on Windows; pyuca installs anywhere pip does (see
docs/decisions.md).

The new letters get a primary weight between their base letter's and the next one's (a
fraction: the DUCET's weights are integers, so nothing else can fall between). The table is
read once, when a name is first sorted (about 0.2 s), not when the program starts; the keys
of names sorted before can be given back (`remember`, from the cache) so that it is not read.
"""

from __future__ import annotations

import functools
import re
import unicodedata
from collections.abc import Callable, Iterable
from typing import Any, TypeVar

T = TypeVar("T")

SortKey = tuple[float, ...]

# Vietnamese letters as base letter + the mark that makes them a letter of their own, and
# how far past the base letter's primary weight they sort.
_LETTERS = (("a", "\u0306", 0.25), ("a", "\u0302", 0.5), ("e", "\u0302", 0.5),
            ("o", "\u0302", 0.25), ("o", "\u031b", 0.5), ("u", "\u031b", 0.5))
# The tones in Vietnamese order: huyền (grave), hỏi (hook), ngã (tilde), sắc (acute), nặng.
_TONES = ("\u0300", "\u0309", "\u0303", "\u0301", "\u0323")


_DIGITS = re.compile(r"[0-9]+")


@functools.cache
def _collator() -> Any:
    from pyuca import Collator  # type: ignore[import-untyped]

    collator = Collator()
    table = collator.table
    # The tones keep the DUCET's secondary weights between them, in Vietnamese order.
    weights = sorted(table.find_prefix([ord(m)])[1][0][1] for m in _TONES)
    for mark, weight in zip(_TONES, weights, strict=True):
        table.add([ord(mark)], [[0, weight, 2]])
    for base, mark, step in _LETTERS:
        for letter in (base, base.upper()):
            primary, secondary, tertiary = table.find_prefix([ord(letter)])[1][0]
            table.add([ord(letter), ord(mark)], [[primary + step, secondary, tertiary]])
    for letter, d in (("\u0111", "d"), ("\u0110", "D")):
        primary, secondary, tertiary = table.find_prefix([ord(d)])[1][0]
        table.add([ord(letter)], [[primary + 0.5, secondary, tertiary]])
    return collator


# Keys worked out before (`remember`: kept by the cache from an earlier run; the key of a
# text is a pure function of it, pyuca's table and this module), and those worked out in this
# process (`computed`): a warm `status` then sorts a province's names without reading the
# table at all.
_KNOWN: dict[str, SortKey] = {}
_COMPUTED: dict[str, SortKey] = {}


def remember(keys: dict[str, SortKey]) -> None:
    """Take `keys` (text → its `sort_key`, from an earlier run of this same program)."""
    _KNOWN.update(keys)


def computed() -> dict[str, SortKey]:
    """The keys worked out in this process that were not remembered."""
    return dict(_COMPUTED)


def sort_key(text: str) -> SortKey:
    """The key that sorts `text` in Vietnamese alphabetical order (NFC or not, same key)."""
    found = _KNOWN.get(text)
    return found if found is not None else _sort_key(text)


@functools.lru_cache(maxsize=16384)
def _sort_key(text: str) -> SortKey:
    padded = _DIGITS.sub(lambda m: m.group().rjust(12, "0"), unicodedata.normalize("NFC", text))
    key: SortKey = _collator().sort_key(padded)
    if len(_COMPUTED) < 16384:
        _COMPUTED[text] = key
    return key


def sorted_names(items: Iterable[T], name: Callable[[T], str]) -> list[T]:
    """`items` in the Vietnamese order of their names; equal names keep their order."""
    return sorted(items, key=lambda item: sort_key(name(item)))
