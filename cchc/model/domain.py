"""The settings, units and plans as every stage after loading reads them: plain frozen classes.

A file is validated by its pydantic model (`cchc.model.config`, `units`, `plan`: the schema,
with the positions of its errors), and what it holds is then made into these objects
(`cchc.load.schema.plain`); the files' cache keeps these objects, so that a warm run reads
them back without pydantic (importing it, and making its model classes, cost a warm `status`
at 250 communes a fifth of its time). The computation, the renderers and the writers see
only these.

Each class has its model's fields, by the same names, in the same order, with the same
defaults (`tests/test_domain.py`); the values are those the model validated (ids and texts as
checked, a deadline as a `Deadline`, a target as a `Target`, lists as tuples). Keyword-only:
a required field may follow an optional one, as in the models.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Literal

from cchc.i18n import Language
from cchc.model.deadlines import Deadline, Span
from cchc.model.target import Target

UnitKind = Literal["department", "agency", "service-unit", "ward", "commune",
                   "township", "other"]


@dataclass(frozen=True, slots=True, kw_only=True)
class Letterhead:
    """The sender of the documents cchc writes (`cchc.model.config.Letterhead`)."""

    parent: str | None = None
    office: str | None = None
    abbreviation: str | None = None
    place: str | None = None
    signer_title: str | None = None
    signer_name: str | None = None
    copy_to: tuple[str, ...] = ()


@dataclass(frozen=True, slots=True, kw_only=True)
class Config:
    """`cchc.yaml`: the repository's settings (`cchc.model.config.Config`)."""

    name: str | None = None
    language: Language = "en"
    due_soon_days: int = 14
    stale_after_days: int = 90
    require_evidence: bool = False
    letterhead: Letterhead | None = None


@dataclass(frozen=True, slots=True, kw_only=True)
class Unit:
    id: str
    name: str
    kind: UnitKind
    aliases: tuple[str, ...] = ()
    until: dt.date | None = None
    successor: str | None = None


@dataclass(frozen=True, slots=True, kw_only=True)
class Group:
    id: str
    name: str
    members: tuple[str, ...]


@dataclass(frozen=True, slots=True, kw_only=True)
class PeriodRange:
    start: dt.date
    end: dt.date


@dataclass(frozen=True, slots=True, kw_only=True)
class Section:
    id: str
    title: str | None = None
    frameworks: tuple[str, ...] = ()


@dataclass(frozen=True, slots=True, kw_only=True)
class Task:
    id: str
    section: str | None = None
    title: str | None = None
    text: str | None = None
    lead: tuple[str, ...]
    support: tuple[str, ...] = ()
    due: Deadline
    indicators: tuple[str, ...] = ()
    note: str | None = None


@dataclass(frozen=True, slots=True, kw_only=True)
class Indicator:
    id: str
    name: str | None = None
    framework: str | None = None
    target: Target
    per: Literal["unit", "locality"] = "unit"
    units: tuple[str, ...] = ()
    frequency: Literal["monthly", "quarterly", "yearly"] = "yearly"
    owner: str


@dataclass(frozen=True, slots=True, kw_only=True)
class Plan:
    number: str | None = None
    title: str | None = None
    issuer: str | None = None
    issued: dt.date | None = None
    period: PeriodRange
    coordinator: str | None = None
    bases: tuple[str, ...] = ()
    sections: tuple[Section, ...] = ()
    tasks: tuple[Task, ...] = ()
    indicators: tuple[Indicator, ...] = ()

    @property
    def span(self) -> Span:
        return Span(self.period.start, self.period.end)
