"""`units/*.yaml`: the registry of units and groups (docs/format.md, "Units and groups")."""

from __future__ import annotations

import datetime as dt
from typing import Annotated, Literal

from pydantic import Field

from cchc.model.base import Strict
from cchc.model.fields import Text, Texts, UnitId, UnitIds

UnitKind = Literal["department", "agency", "service-unit", "ward", "commune",
                   "township", "other"]


class Unit(Strict):
    id: UnitId
    name: Text
    kind: UnitKind
    aliases: Texts = ()
    until: dt.date | None = None
    successor: UnitId | None = None


class Group(Strict):
    id: UnitId
    name: Text
    members: Annotated[UnitIds, Field(min_length=1)]


class UnitsFile(Strict):
    units: tuple[Unit, ...] = ()
    groups: tuple[Group, ...] = ()
