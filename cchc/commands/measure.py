"""`cchc measure`: record an indicator reading, as a new file under `measurements/`.

The value may be written `96,5` or `96,5%` or negative, the unit and the indicator by name
(issue 12); a group
is refused with its members listed. Before writing, the warnings of `cchc.compute.outcome`;
after, the reading against its target as the gaps table shows it.
"""

from __future__ import annotations

from cchc.commands._records import say_warnings, write_entry, writer
from cchc.session import Options, Session


def run(options: Options, *, indicator: str, value: str | float, period: str,
        unit: str | None = None, source: str | None = None, plan: str | None = None,
        typed: str | None = None) -> int:
    from cchc.clerk.names import labelled, resolve_names
    from cchc.clerk.parse import parse_number
    from cchc.compute.outcome import reading_outcome, reading_warnings
    from cchc.model.deadlines import DeadlineError, parse_period, period_label
    from cchc.write.records import new_reading

    s = Session(options, load_all=False)
    read = value if isinstance(value, float) else parse_number(value)
    if read is None:
        try:  # nan, inf, 1e309: numbers Python reads, refused below as not finite
            read = float(value)
        except ValueError:
            s.fail("error.bad-number", value=value)
    number: float = read
    if typed is None and isinstance(value, str):
        typed = value  # the value as typed, for the writer's own checks
    # A reading conflicts with another of the same unit and period: the repository is read,
    # and the reading checked and written, under the writer lock, so that a second clerk's
    # check sees the first one's file (and the same reading twice is said, not written).
    with writer(s):
        s.reload()
        pd = s.one_plan(plan)
        registry = s.loaded.registry
        # The indicator by its id or its name, as a unit is found (`hai long` for `Chỉ số hài
        # lòng` when only one is called so)
        names = {i.value.id: (i.value.id, *((i.value.name,) if i.value.name else ()))
                 for i in pd.indicators}
        found = resolve_names(indicator, names)

        def named(ident: str) -> str:  # as a unit is named (`clerk.names.labelled`)
            return f"{names[ident][1]} ({ident})" if len(names[ident]) > 1 else ident

        if found.ident is not None:
            indicator = found.ident
        elif found.ambiguous:
            s.fail("error.indicator-ambiguous", indicator=found.text,
                   matches=", ".join(map(named, found.matches)))
        ind = pd.indicator(indicator)
        hint = ""
        if ind is None:  # refused by the validation below, with these closest ids after it
            known = list(names)
            hint = (s.t("error.indicator-not-found", plan=pd.handle, indicator=indicator)
                    + s.suggestions([named(i) for i in found.suggestions])
                    + s.t("error.indicator-list-hint", known=", ".join(known) or "-"))
        unit_id = s.unit(unit)
        if unit_id is not None and unit_id in registry.groups:  # refused below: its members
            hint = s.t("error.measure-group", unit=unit_id, name=registry.name(unit_id),
                       members=", ".join(labelled(registry, m)
                                         for m in registry.expand(unit_id)))
        label = None
        try:  # the canonical label (`tháng 3/2023` → 2023-03): the file's name and folder
            label = period_label(period)
            period = label
        except DeadlineError:
            pass  # the validation below says what is wrong with it
        data = {"period": period, "source": source,
                "value": {"indicator": indicator, "unit": unit_id, "value": number}}
        entry = new_reading(s.loaded.repo, registry, pd, data, typed=typed)
        if label is not None and not any(d.is_error for d in entry.problems) \
                and entry.already is None:
            say_warnings(s, reading_warnings(pd, ind, number, parse_period(label), s.lang))

        def outcome() -> str:
            s.reload()
            return reading_outcome(s.loaded.repo, s.loaded.registry, pd.handle, indicator,
                                   unit_id, label or str(period), s.as_of, s.lang)

        write_entry(s, entry, hint=hint, outcome=outcome)
    return 0
