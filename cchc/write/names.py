"""The names of the files cchc writes: they sort in filing order (docs/format.md,
"Progress records").

`<date>_<UTC moment of filing, to the microsecond>_<what>_<random token>.yaml`, for example
`2023-03-29_20261201T142530123456Z_1.1.3_phong-noi-vu_9f2c4a1b.yaml`. Records of the same
`date` are told apart by path, so the later filed must have the later path: the moment comes
right after the date. Within one folder the moment never goes backwards, even when the clock
does (it is taken as one microsecond after the latest name already there, when that is later),
and the random token keeps two writers of the same microsecond apart, as does `link`, which
refuses a name that exists.
"""

from __future__ import annotations

import datetime as dt
import os
import re
import secrets
from pathlib import Path

from cchc.write.paths import portable

_UNSAFE = re.compile(r"[^A-Za-z0-9.-]+")
_STAMP = re.compile(r"^[^_]+_(\d{8}T\d{12}Z)_")
_STAMP_FORMAT = "%Y%m%dT%H%M%S%fZ"
MAX_PART = 48  # a long task or unit id still leaves the path far below Windows' 260


def slug(text: str) -> str:
    """A name part from an id or a label: ASCII letters, digits, `.` and `-`, not too long."""
    part = _UNSAFE.sub("-", text).strip("-.")[:MAX_PART].strip("-.")
    return part or "x"


def stamp(moment: dt.datetime) -> str:
    """The filing moment in a name: `20261201T142530123456Z` (UTC, sortable as text)."""
    return moment.astimezone(dt.UTC).strftime(_STAMP_FORMAT)


def _latest_stamp(folder: Path, first: str) -> dt.datetime | None:
    """The latest filing moment among the names in `folder` that start with `first`_."""
    latest: str | None = None
    try:
        with os.scandir(folder) as listing:
            for entry in listing:
                name = entry.name
                if name.startswith(first + "_"):
                    m = _STAMP.match(name)
                    if m and (latest is None or m.group(1) > latest):
                        latest = m.group(1)
    except OSError:
        return None
    if latest is None:
        return None
    return dt.datetime.strptime(latest, _STAMP_FORMAT).replace(tzinfo=dt.UTC)


def filed_name(first: str, parts: list[str], folder: Path | None = None,
               now: dt.datetime | None = None, suffix: str = ".yaml") -> str:
    """A new file's name: `first` (a date or period label), the filing moment, the parts,
    a random token. `folder`, when given, is where it goes (for the moment's monotony)."""
    moment = now or dt.datetime.now(dt.UTC)
    if folder is not None:
        latest = _latest_stamp(folder, first)
        if latest is not None and latest >= moment:
            moment = latest + dt.timedelta(microseconds=1)
    name = "_".join([slug(first), stamp(moment), *(slug(p) for p in parts),
                     secrets.token_hex(4)]) + suffix
    return portable(name)
