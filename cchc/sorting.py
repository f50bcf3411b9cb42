"""Natural order for the document's numbering: `1.2` before `1.10`, `II` before `III.1`."""

from __future__ import annotations

import functools
import re

_PART = re.compile(r"(\d+)|([^\d.\-]+)")


@functools.lru_cache(maxsize=8192)  # sorting thousands of obligations asks for few ids
def natural_key(ident: str) -> tuple[tuple[int, int, str], ...]:
    """Split an id into numbers and words; numbers compare as numbers, and sort before words."""
    return tuple((0, int(num), "") if num else (1, 0, word)
                 for num, word in _PART.findall(ident))
