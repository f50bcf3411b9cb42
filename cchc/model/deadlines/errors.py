"""Why a deadline or period cannot be read: a code and its arguments, said from the catalogues.

A `DeadlineError` names a message of `cchc/i18n/{en,vi}_deadlines.py` and its arguments; the
reason a value names no real day (`February 2023 has 28 days`, `tháng 2/2023 chỉ có 28 ngày`)
travels with it as `reason`, another key, so that each caller says it in the user's language:
`model/plan.py` and `load/schema.py` pass it on to the diagnostic (`DeadlineError.why`).
`message` is the English sentence (logs, tests, exceptions that reach a developer).
"""

from __future__ import annotations

from cchc import i18n


class DeadlineError(ValueError):
    """A deadline or period that cannot be read.

    `key` is the catalogue key of the whole sentence, `args` its arguments; when the value has
    a recognised shape but names no real day (`2023-02-30`, `quý 5/2023`, a year outside
    1900-2999) `impossible` is true, so callers can give it its own code, and `args["reason"]`
    is the key of the reason.
    """

    def __init__(self, key: str, args: dict[str, object] | None = None, *,
                 impossible: bool = False) -> None:
        self.key = key
        self.args_ = args or {}
        self.impossible = impossible
        super().__init__(self.text("en"))

    def text(self, lang: str) -> str:
        """The whole sentence in `lang`."""
        return say(lang, self.key, self.args_)

    @property
    def message(self) -> str:
        return self.text("en")

    def why(self) -> dict[str, str]:
        """The reason as arguments of a diagnostic: `why`, its catalogue key, and the key's
        arguments, as text (`cchc.diagnostics.Diagnostic.message` says it); {} if none."""
        if "reason" not in self.args_:
            return {}
        out = {k: str(v) for k, v in self.args_.items() if k not in ("value", "hint", "reason")}
        out["why"] = str(self.args_["reason"])
        return out


def say(lang: str, key: str, args: dict[str, object]) -> str:
    """Message `key` in `lang`; `reason` and `hint`, keys themselves, are said first."""
    filled = dict(args)
    for name in ("reason", "hint"):
        if name in filled:
            filled[name] = i18n.t(lang, str(filled[name]), **filled)
    return i18n.t(lang, key, **filled)


class Impossible(Exception):
    """Raised by the period constructors; the parser adds the value and raises DeadlineError."""

    def __init__(self, reason: str, **args: object) -> None:
        super().__init__(reason)
        self.reason = reason  # a catalogue key: deadline.reason.*
        self.args_ = args
