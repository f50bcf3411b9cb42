"""The cyclic garbage collector paused over work that makes many objects and no reference
cycle worth collecting (loading, computing, rendering): it would only scan them again and
again as they grow. One mechanism for every place that does it."""

from __future__ import annotations

import gc
from collections.abc import Iterator
from contextlib import contextmanager


@contextmanager
def paused(*, freeze: bool = False) -> Iterator[None]:
    """The collector paused meanwhile, and running again after if it ran before.

    With `freeze`, what exists when the work ends is frozen out of the collector's sight
    (`gc.freeze`) before it runs again: what was made lives on (until the process ends), and
    the first collection after would otherwise scan every object of it."""
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if freeze:
            gc.freeze()
        if was_enabled:
            gc.enable()
