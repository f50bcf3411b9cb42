"""`cchc measure`: record an indicator reading, as a new file under `measurements/`."""

from __future__ import annotations

from cchc.commands._records import write_entry, writer
from cchc.session import Options, Session


def number(typed: str) -> float | None:
    """A value as clerks type it: `96.2`, `96,2` (the decimal comma), `96,2%`; None if it is
    no number. `nan`, `inf` and `1e309` are numbers here, refused later with their text."""
    text = typed.strip().removesuffix("%").strip()
    if "," in text and "." not in text and text.count(",") == 1:
        text = text.replace(",", ".")
    try:
        return float(text)
    except ValueError:
        return None


def run(options: Options, *, indicator: str, value: float | str, period: str,
        unit: str | None = None, source: str | None = None, plan: str | None = None) -> int:
    from cchc.write.records import new_reading

    typed = value if isinstance(value, str) else None
    if isinstance(value, str):
        parsed = number(value)
        if parsed is None:
            from cchc.errors import CchcError

            raise CchcError("measure.bad-number", 2, lang=options.lang, value=value)
        value = parsed
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
