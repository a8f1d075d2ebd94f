"""Problems found in content: values, collected rather than raised.

Every check in the board returns a list of `Problem`s; a run reports all of them at once and
the exit code follows from whether any of them is an error.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum


class Severity(StrEnum):
    ERROR = "error"
    WARNING = "warning"


@dataclass(frozen=True)
class Problem:
    """One thing wrong with one file, located as precisely as we can."""

    path: str  # file path as the user gave it or relative to the repository root
    field: str  # dotted field path such as ``price.amount``; empty for the whole file
    message: str  # what is wrong
    hint: str = ""  # how to fix it
    line: int = 1  # 1-based
    column: int = 1  # 1-based
    severity: Severity = Severity.ERROR

    @property
    def is_error(self) -> bool:
        return self.severity is Severity.ERROR

    def text(self) -> str:
        """``path:line:column: field: message (hint)``, the form editors and CI understand."""
        where = f"{self.path}:{self.line}:{self.column}"
        field = f" {self.field}:" if self.field else ""
        hint = f" ({self.hint})" if self.hint else ""
        tag = " warning:" if self.severity is Severity.WARNING else ""
        return f"{where}:{tag}{field} {self.message}{hint}"


def field_name(path: tuple[str | int, ...]) -> str:
    """Render a JSON path as the dotted name a client sees: ``evaluation.criteria[0].en``."""
    out = ""
    for part in path:
        if isinstance(part, int):
            out += f"[{part}]"
        else:
            out += f".{part}" if out else part
    return out
