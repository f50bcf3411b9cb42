"""`cchc measure`: record an indicator reading, as a new file under `measurements/`."""

from __future__ import annotations

from cchc.commands._records import write_entry, writer
from cchc.session import Options, Session


def run(options: Options, *, indicator: str, value: float, period: str,
        unit: str | None = None, source: str | None = None, plan: str | None = None,
        typed: str | None = None) -> int:
    from cchc.write.records import new_reading

    s = Session(options, load_all=False)
    data = {"period": period, "source": source,
            "value": {"indicator": indicator, "unit": unit, "value": value}}
    # A reading conflicts with another of the same unit and period: the repository is read,
    # and the reading checked and written, under the writer lock, so that a second clerk's
    # check sees the first one's file (and the same reading twice is said, not written).
    with writer(s):
        s.reload()
        pd = s.one_plan(plan)
        write_entry(s, new_reading(s.loaded.repo, s.loaded.registry, pd, data, typed=typed))
    return 0
