"""`cchc remind`: see the command's docstring."""

from __future__ import annotations
