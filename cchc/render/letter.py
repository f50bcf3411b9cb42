"""`cchc remind`: reminder letters (công văn đôn đốc), one per unit that owes something.

Footnote 3 of Plan 188/KH-UBND has the Home Affairs Office remind every unit monthly. This
module turns computed obligations and gaps into those letters, as Markdown laid out like a
Vietnamese official letter (Decree 30/2020/NĐ-CP): the letterhead and the national motto side
by side, the number left blank for the clerical office ("Số: .../PNV"), place and date, the
subject ("V/v ..."), the recipient, a body citing the plan, what is owed, a closing request,
the recipients' list ("Nơi nhận") and the signature block with a blank for the name.

Pure, like every renderer: same inputs, same bytes; every word from the catalogue.

- `owed` picks, for each unit, its overdue obligations, what falls due soon (state
  `due-soon`) and its missing indicator readings (gaps rows of the unit with no value for the
  latest period). Readings of `per: locality` indicators belong to no unit and are left out.
- The plan's coordinator sends the letters, so it gets none itself: a letter from the Home
  Affairs Office to the Home Affairs Office helps no one. Its own items are counted in the
  index instead, marked as such.
- Units sort by their name with diacritics folded (so "Phòng Tư pháp" sorts after "Phòng Tài
  chính"), then by name and id.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from cchc import i18n
from cchc.compute.gaps import Gap
from cchc.compute.obligations import Obligation
from cchc.model.domain import Letterhead
from cchc.model.registry import Registry
from cchc.model.repository import PlanData
from cchc.render.lateness import days_shown
from cchc.render.markdown import cell as _cell
from cchc.render.markdown import table as _table
from cchc.render.safe import Markdown
from cchc.sorting import natural_key
from cchc.text import LOCALITY_LEVELS, fold, nfc


@dataclass(frozen=True)
class Owed:
    """What one unit owes under one plan as of a day: the content of its letter."""

    unit: str
    overdue: tuple[Obligation, ...]
    due_soon: tuple[Obligation, ...]
    missing: tuple[Gap, ...]

    @property
    def anything(self) -> bool:
        return bool(self.overdue or self.due_soon or self.missing)


def owed(obls: Iterable[Obligation], rows: Iterable[Gap], registry: Registry) -> list[Owed]:
    """The units that owe anything, each with its items sorted; see the module doc."""
    overdue: dict[str, list[Obligation]] = {}
    soon: dict[str, list[Obligation]] = {}
    missing: dict[str, list[Gap]] = {}
    for o in obls:
        if o.state == "overdue":
            overdue.setdefault(o.unit, []).append(o)
        elif o.state == "due-soon":
            soon.setdefault(o.unit, []).append(o)
    for g in rows:
        if g.unit is not None and g.value is None:
            missing.setdefault(g.unit, []).append(g)

    def by_due(items: list[Obligation]) -> tuple[Obligation, ...]:
        return tuple(sorted(items, key=lambda o: (o.due or dt.date.min, natural_key(o.task))))

    units = set(overdue) | set(soon) | set(missing)
    out = [Owed(u, by_due(overdue.get(u, [])), by_due(soon.get(u, [])),
                tuple(sorted(missing.get(u, []), key=lambda g: (g.indicator, g.period))))
           for u in units]
    out.sort(key=lambda w: unit_order(registry, w.unit))
    return out


def unit_order(registry: Registry, unit: str) -> tuple[str, str, str]:
    name = registry.name(unit)
    return (fold(name), name, unit)


_PLACE = re.compile(
    r"^(?:(?:UBND|Ủy ban nhân dân|Uỷ ban nhân dân)\s+)?"
    r"(?:" + "|".join(LOCALITY_LEVELS) + r")\s+(?P<place>.+?)"
    r"(?:\s*\([^)]*\))?\s*$", re.IGNORECASE)


def place(name: str | None) -> str | None:
    """The place of the date line, from a locality's name: `UBND thành phố Tây Ninh` gives
    `Tây Ninh`. None when the name does not read as an administrative unit."""
    if not name:
        return None
    found = _PLACE.match(nfc(" ".join(name.split())))
    return found["place"] if found else None


def abbreviation(registry: Registry, unit: str | None) -> str | None:
    """The coordinator's short name for the number line (`PNV`): an alias written in capitals
    (`Phòng TN&MT` is not one), else None. It is never made up from the name."""
    if unit is None or unit not in registry.units:
        return None
    for alias in registry.units[unit].aliases:
        if re.fullmatch(r"[A-ZĐ][A-ZĐ&\-]{1,11}", alias):
            return alias
    return None


def _signer_key(coordinator_name: str | None) -> str:
    folded = fold(coordinator_name or "")
    if folded.startswith("van phong"):
        return "remind.signer-office"
    if folded.startswith("phong"):
        return "remind.signer-department"
    return "remind.signer-other"


def _about(title: str) -> str:
    """A title inside a sentence: `Khắc phục ...` becomes `khắc phục ...` (not `UBND ...`)."""
    if len(title) > 1 and title[0].isupper() and title[1].islower():
        return title[0].lower() + title[1:]
    return title


@dataclass(frozen=True)
class Context:
    """What every letter of one run shares: the plan, the sender, the day, the language."""

    pd: PlanData
    registry: Registry
    lang: str
    as_of: dt.date
    locality: str
    due_soon_days: int
    incomplete: bool = False
    letterhead: Letterhead | None = None  # cchc.yaml's, for the Word letters

    def t(self, key: str, **kw: object) -> str:
        return i18n.t(self.lang, key, **kw)

    def day(self, d: dt.date) -> str:
        return i18n.format_date(self.lang, d)

    @property
    def number(self) -> str:
        return self.pd.plan.number or self.pd.handle

    @property
    def issuer(self) -> str:
        return self.pd.plan.issuer or self.locality

    @property
    def coordinator(self) -> str | None:
        return self.pd.plan.coordinator

    @property
    def sender(self) -> str:
        """Who writes: the coordinator's name, else the issuer."""
        c = self.coordinator
        return self.registry.name(c) if c else self.issuer

    def long_date(self, d: dt.date) -> str:
        return self.t("remind.date", day=d.day, month=self.t(f"remind.month.{d.month}"),
                      year=d.year)

    def titles(self) -> dict[str, str]:
        return {tk.value.id: tk.value.title or "" for tk in self.pd.tasks}

    def indicator_names(self) -> dict[str, str]:
        return {i.value.id: i.value.name or i.value.id for i in self.pd.indicators}

    @property
    def ended(self) -> bool:
        """The plan's period ended before the as-of date."""
        return self.as_of > self.pd.plan.span.end

    def days_late(self, o: Obligation) -> int:
        """Days overdue as the letter shows them: to the as-of date, or to the plan's last
        day once it has ended (`render.lateness.days_shown`)."""
        return days_shown(o, {o.plan: (self.pd.plan.span.end, self.number)} if self.ended
                          else {})

    def ended_note(self) -> str:
        """The sentence that says the plan ended and to which day days overdue are counted."""
        return self.t("overdue.ended-note", plan=self.number,
                      date=self.day(self.pd.plan.span.end)) + "."

    def days_late_heading(self) -> str:
        return self.t("col.days-overdue-end") if self.ended else self.t("remind.col-days-late")


def letter(w: Owed, ctx: Context) -> str:
    """The reminder to one unit, as Markdown."""
    t = ctx.t
    unit = ctx.registry.name(w.unit)
    plan = ctx.pd.plan
    abbr = abbreviation(ctx.registry, ctx.coordinator)
    where = place(ctx.locality) or place(plan.issuer)
    dated = ctx.long_date(ctx.as_of)
    if where:
        date_line = t("remind.place-date", place=where, date=dated)
    else:
        alone = t("remind.date-alone", date=dated)
        date_line = alone[:1].upper() + alone[1:]  # it opens the line

    left_top = _cell(ctx.issuer.upper())
    if ctx.coordinator:
        left_top += f"<br>**{_cell(ctx.registry.name(ctx.coordinator).upper())}**"
    number = t("remind.number-abbr", abbr=abbr) if abbr else t("remind.number")
    subject = _cell(t("remind.subject", number=ctx.number))
    out: list[str] = []
    if ctx.incomplete:
        out += [f"> {t('remind.incomplete')}", ""]
    # The letterhead: issuer and number on the left, motto and date on the right, as on paper.
    out += [f"| {left_top} | {t('remind.motto')} |", "|:---:|:---:|",
            f"| {number}<br>{subject} | *{_cell(date_line)}* |", ""]
    out += [t("remind.to", unit=unit), ""]

    issued = t("remind.issued", date=ctx.day(plan.issued)) if plan.issued else ""
    about = t("remind.about", title=_about(plan.title)) if plan.title else ""
    out += [t("remind.body", number=ctx.number, issued=issued, issuer=ctx.issuer, about=about,
              sender=ctx.sender, date=ctx.day(ctx.as_of), unit=unit), ""]
    if ctx.ended:
        out += [ctx.ended_note(), ""]

    titles = ctx.titles()
    n = 0
    if w.overdue:
        n += 1
        out += [t("remind.overdue-heading", n=n, count=len(w.overdue)), ""]
        out += _table((t("remind.col-task"), t("remind.col-title"), t("remind.col-due"),
                       ctx.days_late_heading(), t("remind.col-occurrences")),
                      [(o.task, titles.get(o.task, ""), ctx.day(o.due) if o.due else "",
                        str(ctx.days_late(o)), str(o.occurrences)) for o in w.overdue],
                      ("---", "---", "---", "---:", "---:"))
        out.append("")
    if w.due_soon:
        n += 1
        out += [t("remind.due-soon-heading", n=n, count=len(w.due_soon),
                  days=ctx.due_soon_days), ""]
        out += _table((t("remind.col-task"), t("remind.col-title"), t("remind.col-due"),
                       t("remind.col-days-left")),
                      [(o.task, titles.get(o.task, ""), ctx.day(o.due) if o.due else "",
                        str((o.due - ctx.as_of).days) if o.due else "")
                       for o in w.due_soon],
                      ("---", "---", "---", "---:"))
        out.append("")
    if w.missing:
        n += 1
        names = ctx.indicator_names()
        out += [t("remind.missing-heading", n=n, count=len(w.missing)), ""]
        out += _table((t("remind.col-indicator"), t("remind.col-period"),
                       t("remind.col-target")),
                      [(names.get(g.indicator, g.indicator),
                        i18n.format_period(ctx.lang, g.period), g.target) for g in w.missing],
                      ("---", "---", "---"))
        out.append("")

    out += [t("remind.closing", unit=unit, sender=ctx.sender, issuer=ctx.issuer), ""]
    # Recipients on the left, the signature on the right; two empty rows leave room to sign,
    # and the name is left for the signer: the program never makes one up.
    signer = t(_signer_key(ctx.registry.name(ctx.coordinator) if ctx.coordinator else None))
    out += [f"| {t('remind.recipients')} | **{signer}** |", "|:---|:---:|",
            f"| - {_cell(unit)}; | |", f"| - {t('remind.archive')} | |", "| | |", "| | |",
            f"| | {t('remind.name-line')} |", ""]
    return "\n".join(out)


def index(letters: Sequence[Owed], own: Owed | None, ctx: Context, suffix: str = ".md") -> str:
    """DIR/README.md: the units reminded, with their counts, and the coordinator's own."""
    t = ctx.t
    out = [f"# {t('remind.index-title', number=ctx.number)}", "",
           t("remind.index-as-of", date=ctx.day(ctx.as_of)), ""]
    if ctx.incomplete:
        out += [f"> {t('remind.incomplete')}", ""]
    rows: list[tuple[str, ...]] = [
        (ctx.registry.name(w.unit), Markdown(f"[{w.unit}{suffix}]({w.unit}{suffix})"),
         str(len(w.overdue)), str(len(w.due_soon)), str(len(w.missing))) for w in letters]
    if own is not None:
        rows.append((t("remind.index-own", unit=ctx.registry.name(own.unit)), "—",
                     str(len(own.overdue)), str(len(own.due_soon)), str(len(own.missing))))
    if rows:
        out += _table((t("remind.col-unit"), t("remind.col-letter"), t("remind.col-overdue"),
                       t("remind.col-due-soon"), t("remind.col-missing")), rows,
                      ("---", "---", "---:", "---:", "---:"))
        out.append("")
    out += [t("remind.index-count", count=len(letters)) if letters else t("remind.index-none"),
            "", f"*{t('remind.index-generated')}*", ""]
    return "\n".join(out)


INDEX = "README.md"


@dataclass(frozen=True)
class Reminders:
    """One run's letters: one per unit reminded, and the coordinator's own items (no letter)."""

    letters: Sequence[Owed]
    own: Owed | None


def markdown(batch: Reminders, ctx: Context) -> dict[str, bytes]:
    """The letters as Markdown files, `<unit id>.md`, and their index `README.md`."""
    files = {f"{w.unit}.md": letter(w, ctx).encode("utf-8") for w in batch.letters}
    files[INDEX] = index(batch.letters, batch.own, ctx).encode("utf-8")
    return files
