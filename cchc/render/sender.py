"""Who sends a Word document: the letterhead settings of `cchc.yaml`, else what the plan says.

`letterhead` in cchc.yaml (all keys optional) names the parent body, the issuing office, its
abbreviation, the place, the signer and the offices to copy. Whatever it leaves out comes
from the plan: the issuer is the parent body, the coordinator the issuing office (its
capitalised alias the abbreviation, as `cchc remind` already reads it), the place is read
from the locality's or the issuer's name, the signer's title from the coordinator's kind of
office. The document number and the signer's name are never made up: a blank is left for
the clerical office and the signer.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from cchc import i18n
from cchc.model.domain import Letterhead
from cchc.model.registry import Registry
from cchc.model.repository import PlanData
from cchc.render.decree30 import Head
from cchc.render.letter import abbreviation, place
from cchc.text import fold


@dataclass(frozen=True)
class Sender:
    parent: str | None
    office: str
    abbreviation: str | None
    place: str | None
    signer_title: str
    signer_name: str | None
    copy_to: tuple[str, ...]


def _signer_key(office: str) -> str:
    folded = fold(office)
    if folded.startswith("van phong"):
        return "remind.signer-office"
    if folded.startswith("phong"):
        return "remind.signer-department"
    return "remind.signer-other"


def sender(settings: Letterhead | None, pd: PlanData, registry: Registry, locality: str,
           lang: str) -> Sender:
    """The sender of documents about plan `pd`; see the module doc."""
    s = settings or Letterhead()
    plan = pd.plan
    coordinator = plan.coordinator
    issuer = plan.issuer or locality
    office = s.office or (registry.name(coordinator) if coordinator else issuer)
    parent = s.parent or (issuer if office != issuer else None)
    abbr = s.abbreviation or abbreviation(registry, coordinator)
    where = s.place or place(locality) or place(plan.issuer)
    title = s.signer_title or i18n.t(lang, _signer_key(office))
    return Sender(parent, office, abbr, where, title, s.signer_name, tuple(s.copy_to))


def long_date(lang: str, d: dt.date) -> str:
    """`ngày 05 tháng 4 năm 2023`: the appendix's leading zeros (day < 10, months 1 and 2)."""
    return i18n.t(lang, "remind.date", day=d.day, month=i18n.t(lang, f"remind.month.{d.month}"),
                  year=d.year)


def date_line(lang: str, where: str | None, d: dt.date) -> str:
    dated = long_date(lang, d)
    if where:
        return i18n.t(lang, "remind.place-date", place=where, date=dated)
    return dated[:1].upper() + dated[1:]


def head(who: Sender, lang: str, as_of: dt.date, *, number_key: str,
         recipients: tuple[str, ...], subject_line: str | None = None) -> Head:
    """The letterhead and signature of one document."""
    abbr = who.abbreviation or i18n.t(lang, "doc.abbr-blank")
    return Head(
        national=i18n.t(lang, "doc.national"), motto=i18n.t(lang, "doc.motto"),
        parent=who.parent, office=who.office,
        number=i18n.t(lang, number_key, blank=i18n.t(lang, "doc.blank"), abbr=abbr),
        date_line=date_line(lang, who.place, as_of), subject_line=subject_line,
        signer_title=who.signer_title, signer_name=who.signer_name,
        signer_blank=i18n.t(lang, "doc.signer-blank"),
        recipients_label=i18n.t(lang, "doc.recipients"), recipients=recipients)


def archive(who: Sender, lang: str) -> str:
    if who.abbreviation:
        return i18n.t(lang, "doc.archive", abbr=who.abbreviation)
    return i18n.t(lang, "doc.archive-plain")
