"""`cchc.yaml`: the repository's settings (docs/format.md, "Settings"). Every key is optional.

`letterhead` is cchc's own addition (the contract allows more optional keys): what the Word
documents of `cchc report --format docx` and `cchc remind --format docx` print in the
letterhead and the signature block of Decree 30/2020/NĐ-CP. Left out, the documents take
the issuer and the coordinator from the plan and leave the number and the signer's name
blank for the clerk to fill in by hand.

This is the schema the file is validated against; the settings valid are made into
`cchc.model.domain`'s `Config` and `Letterhead`, which everything after loading reads.
"""

from __future__ import annotations

from typing import Annotated

from pydantic import Field

from cchc.i18n import Language
from cchc.model.base import Strict
from cchc.model.fields import Text, Texts


class Letterhead(Strict):
    """The sender of the documents cchc writes (Decree 30/2020/NĐ-CP, Appendix I, box 2)."""

    parent: Text | None = None  # the parent body: UBND thành phố Tây Ninh
    office: Text | None = None  # the issuing office: Phòng Nội vụ
    abbreviation: Annotated[str, Field(pattern=r"^[A-ZĐ0-9][A-ZĐ0-9&.\-]{0,19}$")] | None = None
    place: Text | None = None  # the place of the date line: Tây Ninh
    signer_title: Text | None = None  # TRƯỞNG PHÒNG
    signer_name: Text | None = None
    copy_to: Texts = ()  # "Nơi nhận" after the addressee, before "Lưu: VT"


class Config(Strict):
    name: Text | None = None
    language: Language = "en"
    due_soon_days: Annotated[int, Field(ge=0, le=3660)] = 14
    stale_after_days: Annotated[int, Field(ge=1, le=3660)] = 90
    require_evidence: bool = False
    letterhead: Letterhead | None = None
