"""`units/*.yaml`: the registry of units and groups (docs/format.md, "Units and groups"): the
schema a units file is validated against (what is valid is made into `cchc.model.domain`'s
`Unit` and `Group`)."""

from __future__ import annotations

import datetime as dt
from typing import Annotated

from pydantic import Field

from cchc.model.base import Strict
from cchc.model.domain import UnitKind
from cchc.model.fields import Text, Texts, UnitId, UnitIds


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
