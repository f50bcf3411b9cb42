"""What the site shows, gathered from a loaded repository and its status; and its renderers.

`site_data` adds to the status (computed by the command, as `cchc status` computes it) the
history of every month end, the indicator trends and the records; `FORMATS` names the one
format, `html`, in the shape every renderer module has (`render/output.py`).
"""

from __future__ import annotations

import datetime as dt
import functools
from collections.abc import Mapping
from operator import attrgetter

from cchc import __version__
from cchc.compute.history import MonthEnd, counted, history, indicator_history
from cchc.compute.summary import Summary, summarise
from cchc.model.registry import Registry
from cchc.model.repository import Repository
from cchc.model.rows import RecordRow
from cchc.render.output import View
from cchc.render.site.build import SiteData, build
from cchc.render.status import status_json_compact

_date = attrgetter("date")


def _records(repo: Repository, as_of: dt.date) -> dict[str, list[RecordRow]]:
    """Every plan's records dated on or before `as_of`, in the contract's order: as rows
    (`PlanData.record_rows`, the fields of the models by the same names), so that a site built
    from the files' cache makes no model of each of a province's records."""
    out: dict[str, list[RecordRow]] = {}
    for handle, pd in sorted(repo.plans.items()):
        # path order, and file order within a path: a stable sort by date gives the
        # contract's order (date, path, position)
        records = [r for r in pd.record_rows() if r.date <= as_of]
        records.sort(key=_date)
        out[handle] = records
    return out


def site_data(repo: Repository, registry: Registry, status: Summary, view: View, *,
              known: Mapping[str, Mapping[dt.date, MonthEnd]] | None = None) -> SiteData:
    """Everything the pages show; `status` is that of every plan as of `view.as_of`.

    `known` are month ends of the history computed before for the same repository content
    (`SiteData.month_ends` of an earlier build): they are not computed again."""
    as_of = status.as_of
    return SiteData(
        status=status,
        history=history(repo, registry, as_of, counted(status), known=known),
        indicators=indicator_history(repo, registry, as_of),
        records=_records(repo, as_of),
        registry=registry,
        locality=view.locality,
        language=view.lang,
        status_json=functools.partial(status_json_compact, status, view),  # made when written
        version=__version__,
        due_soon_days=view.due_soon_days,
        stale_days=view.stale_after_days,
    )


def html(data: SiteData, view: View) -> Mapping[str, bytes]:
    """Every file of the site (path -> bytes, each page rendered when read: `Pages`); the
    same repository and day, the same bytes."""
    return build(data)


FORMATS = {"html": html}


def site_files(repo: Repository, registry: Registry, as_of: dt.date, *, locality: str,
               language: str, incomplete: bool = False) -> Mapping[str, bytes]:
    """The site of a loaded repository in one call (tests, the benchmark)."""
    status = summarise(repo, registry, as_of, incomplete=incomplete)
    view = View(lang=language, as_of=as_of, registry=registry, locality=locality,
                incomplete=incomplete, due_soon_days=repo.config.due_soon_days,
                stale_after_days=repo.config.stale_after_days)
    return html(site_data(repo, registry, status, view), view)
