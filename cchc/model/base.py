"""The base of every model: strict (a misspelt key is an error) and frozen.

`defer_build`: a model's validator is built when it first validates, not when its class is
made. A warm run makes its models from the files' cache without validating
(`cchc.load.pack`), so it builds none (building them, and pydantic's look for plugins in the
installed packages' metadata that comes with the first, cost it about a tenth of its time).
"""

from __future__ import annotations

from pydantic import BaseModel, ConfigDict


class Strict(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True, allow_inf_nan=False, defer_build=True)
