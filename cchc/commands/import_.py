"""`cchc import`: see the command's docstring."""

from __future__ import annotations
