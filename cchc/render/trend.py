"""The trend of an indicator's reading, in words: shared by the tables, the report and Excel."""

from __future__ import annotations

import functools

from cchc import i18n
from cchc.compute.gaps import Gap


def trend(g: Gap, lang: str) -> str:
    """The direction of the value, and whether that is towards the target."""
    if g.value is None or g.previous is None or g.trend is None:
        return "—"
    arrow = "↑" if g.value > g.previous else "↓" if g.value < g.previous else "→"
    return _said(arrow, lang, g.trend)


@functools.lru_cache(maxsize=64)
def _said(arrow: str, lang: str, trend: str) -> str:
    """A trend in words, said once (a report has one per reading)."""
    return f"{arrow} {i18n.t(lang, 'trend.' + trend)}"
