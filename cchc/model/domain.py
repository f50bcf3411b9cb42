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
from typing import Any, ClassVar, Literal, dataclass_transform

from cchc.i18n import Language
from cchc.model.deadlines import Deadline, Span
from cchc.model.target import Target


@dataclass_transform(kw_only_default=True, frozen_default=True)
class Plain:
    """The base of the classes below: what `@dataclass(frozen=True, kw_only=True)` gives them
    (keyword arguments, the defaults written in the class, equality and a hash by the fields
    in order, a repr, no assignment), without writing and compiling six methods for each
    class when the module is imported (Python 3.11's dataclasses: about 1 ms a class, a
    fiftieth of a warm `status` at 250 communes for these nine). Pickled as any object with a
    `__dict__`: unpickling sets it whole, as `__init__` does field by field."""

    __slots__ = ()
    _fields: ClassVar[tuple[str, ...]] = ()
    _defaults: ClassVar[dict[str, Any]] = {}

    def __init_subclass__(cls) -> None:
        cls._fields = tuple(cls.__dict__.get("__annotations__", {}))
        cls._defaults = {name: cls.__dict__[name] for name in cls._fields
                         if name in cls.__dict__}

    def __init__(self, **given: Any) -> None:
        values = self.__dict__
        for name in self._fields:
            if name in given:
                values[name] = given.pop(name)
            elif name in self._defaults:
                values[name] = self._defaults[name]
            else:
                raise TypeError(f"{type(self).__name__}() needs the keyword argument {name!r}")
        if given:
            raise TypeError(f"{type(self).__name__}() has no field {min(given)!r}")

    def _values(self) -> tuple[Any, ...]:
        values = self.__dict__
        return tuple([values[name] for name in self._fields])

    def __eq__(self, other: object) -> bool:
        if type(other) is not type(self):
            return NotImplemented
        assert isinstance(other, Plain)
        return self._values() == other._values()

    def __hash__(self) -> int:
        return hash(self._values())

    def __repr__(self) -> str:
        shown = ", ".join(f"{name}={value!r}" for name, value in zip(
            self._fields, self._values(), strict=True))
        return f"{type(self).__name__}({shown})"

    def __setattr__(self, name: str, value: object) -> None:
        raise AttributeError(f"{type(self).__name__} is frozen: cannot assign {name!r}")

    def __delattr__(self, name: str) -> None:
        raise AttributeError(f"{type(self).__name__} is frozen: cannot delete {name!r}")


UnitKind = Literal["department", "agency", "service-unit", "ward", "commune",
                   "township", "other"]


class Letterhead(Plain):
    """The sender of the documents cchc writes (`cchc.model.config.Letterhead`)."""

    parent: str | None = None
    office: str | None = None
    abbreviation: str | None = None
    place: str | None = None
    signer_title: str | None = None
    signer_name: str | None = None
    copy_to: tuple[str, ...] = ()


class Config(Plain):
    """`cchc.yaml`: the repository's settings (`cchc.model.config.Config`)."""

    name: str | None = None
    language: Language = "en"
    due_soon_days: int = 14
    stale_after_days: int = 90
    require_evidence: bool = False
    letterhead: Letterhead | None = None


class Unit(Plain):
    id: str
    name: str
    kind: UnitKind
    aliases: tuple[str, ...] = ()
    until: dt.date | None = None
    successor: str | None = None


class Group(Plain):
    id: str
    name: str
    members: tuple[str, ...]


class PeriodRange(Plain):
    start: dt.date
    end: dt.date


class Section(Plain):
    id: str
    title: str | None = None
    frameworks: tuple[str, ...] = ()


class Task(Plain):
    id: str
    section: str | None = None
    title: str | None = None
    text: str | None = None
    lead: tuple[str, ...]
    support: tuple[str, ...] = ()
    due: Deadline
    indicators: tuple[str, ...] = ()
    note: str | None = None


class Indicator(Plain):
    id: str
    name: str | None = None
    framework: str | None = None
    target: Target
    per: Literal["unit", "locality"] = "unit"
    units: tuple[str, ...] = ()
    frequency: Literal["monthly", "quarterly", "yearly"] = "yearly"
    owner: str


class Plan(Plain):
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
