"""The board's build settings, read from ``mkdocs.yml`` (``extra.board``) and the environment,
and the gather-render step the hook runs once per build.

``extra.board.repository`` is where the issue forms live; ``extra.board.content`` the content
folder (``BOARD_CONTENT`` overrides it, for ``board serve``); "now" comes from
``extra.board.now``, else ``BOARD_NOW``, else the clock, so tests and rebuilds can fix it.
"""

from __future__ import annotations

import os
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from ..content import Content
from ..problems import Problem
from ..schemas import SCHEMA_DIR
from ..validate import load_content
from . import state
from .render import Rendered, render

SEAL_SOURCE = Path("tools/board/sealing/seal.js")
JSON_SCHEMA = Path("schemas/opportunities.schema.json")  # published beside the JSON data
DEFAULT_REPOSITORY = "https://github.com/example-org/micro-acquisition-board"


@dataclass(frozen=True)
class Options:
    root: Path  # the folder of mkdocs.yml
    content_root: Path
    repository: str
    site_url: str
    now: datetime
    seal: Path | None
    preloaded: Content | None = None  # content build() already loaded and validated


@dataclass
class Prepared:
    rendered: Rendered = field(default_factory=Rendered)
    errors: list[Problem] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        return not self.errors


def parse_now(text: str | None) -> datetime:
    """An aware moment from ISO text (naive means UTC); the clock when ``text`` is empty."""
    if not text:
        return datetime.now(UTC)
    moment = datetime.fromisoformat(str(text))
    return moment if moment.tzinfo else moment.replace(tzinfo=UTC)


def seal_script(config: Any) -> Path | None:
    """The sealing script to ship as assets/seal.js, when it exists (``extra.board.seal``)."""
    configured = Path((config.extra.get("board") or {}).get("seal") or SEAL_SOURCE)
    path = (
        configured
        if configured.is_absolute()
        else Path(config.config_file_path).parent / configured
    )
    return path if path.is_file() else None


def from_config(config: Any) -> Options:
    root = Path(config.config_file_path).parent
    extra: dict[str, Any] = dict(config.extra.get("board") or {})
    content = Path(os.environ.get("BOARD_CONTENT") or extra.get("content", "content"))
    return Options(
        root=root,
        content_root=content if content.is_absolute() else root / content,
        repository=str(extra.get("repository", DEFAULT_REPOSITORY)),
        site_url=str(config.site_url or "https://example.invalid/"),
        now=parse_now(extra.get("now") or os.environ.get("BOARD_NOW")),
        seal=seal_script(config),
        preloaded=extra.get("_content"),
    )


def prepare(options: Options) -> Prepared:
    """Load, validate, gather and render; invalid content yields the validator's errors."""
    content = options.preloaded or load_content(options.content_root)
    if not content.ok or content.board is None:
        return Prepared(errors=[p for p in content.problems if p.is_error])
    site = state.gather(
        content,
        now=options.now,
        repository=options.repository,
        site_url=options.site_url,
        sealing_available=options.seal is not None,
    )
    return Prepared(
        rendered=render(site, (SCHEMA_DIR / JSON_SCHEMA.name).read_text(encoding="utf-8"))
    )
