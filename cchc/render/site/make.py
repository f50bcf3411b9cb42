"""The site from a loaded repository: compute everything it shows, then build its files.

The one call of the `site` command, and of the tests: the status as `cchc status` computes it
(its JSON is written beside the pages), the history of every month end, indicator trends.
"""

from __future__ import annotations

import datetime as dt

from cchc import __version__
from cchc.compute.history import history, indicator_history
from cchc.compute.summary import summarise
from cchc.model.records import Record
from cchc.model.registry import Registry
from cchc.model.repository import Repository
from cchc.render.site.build import SiteData, build
from cchc.render.status import status_json


def _records(repo: Repository, as_of: dt.date) -> dict[str, list[Record]]:
    out: dict[str, list[Record]] = {}
    for handle, pd in sorted(repo.plans.items()):
        # path order, and file order within a path: a stable sort by date gives the
        # contract's order (date, path, position)
        records = [located.value for located in pd.records if located.value.date <= as_of]
        records.sort(key=lambda r: r.date)
        out[handle] = records
    return out


def site_data(repo: Repository, registry: Registry, as_of: dt.date, *, locality: str,
              language: str, incomplete: bool = False) -> SiteData:
    status = summarise(repo, registry, as_of, incomplete=incomplete)
    final = [o for p in status.plans for o in p.obligations]
    return SiteData(
        status=status,
        history=history(repo, registry, as_of, final),
        indicators=indicator_history(repo, registry, as_of),
        records=_records(repo, as_of),
        registry=registry,
        locality=locality,
        language=language,
        status_json=status_json(status, locality, language, None),
        version=__version__,
        due_soon_days=repo.config.due_soon_days,
        stale_days=repo.config.stale_after_days,
    )


def site_files(repo: Repository, registry: Registry, as_of: dt.date, *, locality: str,
               language: str, incomplete: bool = False) -> dict[str, bytes]:
    """Every file of the site (path -> bytes); the same repository and day, the same bytes."""
    return build(site_data(repo, registry, as_of, locality=locality, language=language,
                           incomplete=incomplete))
