"""`cchc.yaml`: the repository's settings (format section 2). Every key is optional."""

from __future__ import annotations

from typing import Annotated, Literal

from pydantic import Field

from cchc.model.base import Strict
from cchc.model.fields import Text

Language = Literal["vi", "en"]


class Config(Strict):
    name: Text | None = None
    language: Language = "en"
    due_soon_days: Annotated[int, Field(ge=0, le=3660)] = 14
    stale_after_days: Annotated[int, Field(ge=1, le=3660)] = 90
    require_evidence: bool = False
