"""`cchc site`: the status as a static web site in a folder (docs/site.md).

The month ends of the history depend only on the repository's content (not on the as-of
date): they are kept in the answers cache (`cchc/commands/_answers.py`) under the content's
digest, so a site built again, or for another day, over the same files computes only the
as-of day and the months it has not seen. The pages are always rendered.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import TYPE_CHECKING

from cchc.errors import CchcError
from cchc.session import Options, Session

if TYPE_CHECKING:
    from cchc.compute.history import MonthEnd

KnownMonths = dict[str, dict[dt.date, "MonthEnd"]]


def run(options: Options, *, out: Path, fmt: str = "html") -> int:
    from cchc.collector import paused
    from cchc.commands._answers import keep_names, names_cache
    from cchc.render.site.make import FORMATS, site_data
    from cchc.write.site import write_site

    s = Session(options)
    # The status, the history and the pages make millions of tuples and strings and no
    # reference cycle that matters: the cyclic collector is paused until the pages are
    # written (as `cchc.pipeline` does for loading), and what the run made is then frozen
    # out of its sight (it lives until the process ends; the first collection after would
    # scan every object of it: a third of a second at 1,000 communes). The pages are
    # rendered as they are written (`Pages`), so that is the whole run.
    with paused(freeze=True):
        status = s.summary(None, None)
        view = s.view(incomplete=status.incomplete)
        asked = None if status.incomplete else ("site-month-ends", options.allow_errors)
        known = _recall(s, asked)
        # the units' sort keys kept by earlier runs (as `status` and `report` take them):
        # the collation table is then not read
        names = names_cache(s)
        data = site_data(s.loaded.repo, s.loaded.registry, status, view, known=known)
        computed = data.month_ends()
        if asked is not None and any(day not in (known or {}).get(plan, {})
                                     for plan, days in computed.items() for day in days):
            _keep(s, asked, computed, known)
        files = FORMATS[fmt](data, view)
        try:
            changed = write_site(out, files)
        except CchcError as exc:  # said in the repository's language
            s.fail(exc.key, exc.exit_code, **exc.args_)
        keep_names(names)
    s.say("site.done", path=str(out / "index.html"), files=len(files), changed=changed)
    return 0


def _recall(s: Session, asked: tuple[object, ...] | None) -> KnownMonths | None:
    if asked is None or s.cache_dir is None or not s.loaded.digest:
        return None
    from cchc.load.cache import Cache

    try:
        found = Cache(s.cache_dir, s.root.resolve()).answer(s.loaded.digest, asked)
    except Exception:  # noqa: BLE001 - a damaged cache is a miss
        return None
    return found if isinstance(found, dict) else None


def _keep(s: Session, asked: tuple[object, ...], months: KnownMonths,
          known: KnownMonths | None) -> None:
    if s.cache_dir is None:
        return
    from cchc.pipeline import remember_answer

    merged = {plan: dict(sorted({**(known or {}).get(plan, {}), **days}.items()))
              for plan, days in months.items()}
    remember_answer(s.root, s.cache_dir, s.loaded.digest, asked, merged)
