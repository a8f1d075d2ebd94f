"""The board plugin's declared configuration, checked by mkdocs' own config loader.

In ``mkdocs.yml``::

    plugins:
      - board:
          repository: https://github.com/example-org/micro-acquisition-board
          content: content

A missing or misspelt option fails the build with mkdocs' message ("Required configuration not
provided", "Unrecognised configuration name: ..."), never a silent default.
"""

from __future__ import annotations

from datetime import UTC, datetime
from importlib import resources
from pathlib import Path

from mkdocs.config import base
from mkdocs.config import config_options as c
from mkdocs.config.base import ValidationError

# Package data: the site needs nothing from the repository it builds but content/, mkdocs.yml
# and the issue forms.
THEME_DIR = Path(str(resources.files("board.site") / "theme"))
SEAL_SOURCE = Path(str(resources.files("board.sealing") / "seal.js"))


def parse_now(text: str | None) -> datetime:
    """An aware moment from ISO text (naive means UTC); the clock when ``text`` is empty."""
    if not text:
        return datetime.now(UTC)
    moment = datetime.fromisoformat(str(text))
    return moment if moment.tzinfo else moment.replace(tzinfo=UTC)


class Moment(c.BaseConfigOption[datetime]):
    """An ISO date-time (YAML may already have read it as a timestamp); naive means UTC."""

    def run_validation(self, value: object) -> datetime:
        if isinstance(value, datetime):
            return value if value.tzinfo else value.replace(tzinfo=UTC)
        if not isinstance(value, str):
            raise ValidationError(f"Expected an ISO date-time, got {type(value).__name__}")
        try:
            return parse_now(value)
        except ValueError:
            raise ValidationError(
                f"{value!r} is not an ISO date-time such as 2027-01-15T12:00-05:00"
            ) from None


class BoardConfig(base.Config):
    """The options of ``- board:`` under ``plugins:``."""

    repository = c.URL()
    """The repository whose issue forms receive questions and applications."""
    content = c.Dir(exists=False, default="content")
    """The content folder (board.yaml, opportunities/, applications/)."""
    forms = c.Dir(exists=False, default=".github/ISSUE_TEMPLATE")
    """The issue forms the Apply and Ask pages point to."""
    now = c.Optional(Moment())
    """Build as of this moment; default ``BOARD_NOW``, else the clock."""
    seal = c.File(exists=False, default=str(SEAL_SOURCE))
    """The sealing script shipped as assets/seal.js; none when the file does not exist."""
    gcds = c.Optional(c.Dir(exists=False))
    """The GC Design System's built files, copied into assets/gcds/; default: the ones `npm ci`
    installs in node_modules/ beside mkdocs.yml, else in the current folder or the checkout."""
