"""``build(options)``: validate the content, then let mkdocs write the board; and ``serve``.

The content is loaded and validated once, before mkdocs starts, so invalid content stops the
build with the validator's own messages; the hook then reuses the loaded content.
"""

from __future__ import annotations

import logging
import os
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path

from mkdocs.commands import build as mkdocs_build
from mkdocs.config import load_config
from mkdocs.config.defaults import MkDocsConfig
from mkdocs.exceptions import MkDocsException

from ..problems import Problem
from ..validate import load_content
from . import settings

os.environ.setdefault("NO_MKDOCS_2_WARNING", "1")  # mkdocs-material's banner, not ours to show


@dataclass(frozen=True)
class BuildOptions:
    config_file: Path = Path("mkdocs.yml")
    site_dir: Path | None = None
    content: Path | None = None  # default: extra.board.content in mkdocs.yml
    now: datetime | None = None  # default: BOARD_NOW, else the clock
    seal: Path | None = None  # default: extra.board.seal, tools/board/sealing/seal.js


@dataclass
class BuildResult:
    problems: list[Problem] = field(default_factory=list)  # content errors
    error: str = ""  # why mkdocs stopped (a broken link in strict mode, ...)
    site_dir: Path | None = None

    @property
    def ok(self) -> bool:
        return not self.problems and not self.error


class ConfigMissing(Exception):
    """The mkdocs configuration file does not exist."""


def load(options: BuildOptions) -> MkDocsConfig:
    if not options.config_file.is_file():
        raise ConfigMissing(str(options.config_file))
    overrides = {"site_dir": str(options.site_dir)} if options.site_dir else {}
    config = load_config(config_file=str(options.config_file), **overrides)
    board = dict(config.extra.get("board") or {})
    if options.content is not None:
        board["content"] = str(options.content.resolve())
    if options.now is not None:
        board["now"] = options.now.isoformat()
    if options.seal is not None:
        board["seal"] = str(options.seal.resolve())
    config.extra["board"] = board
    return config


def build(options: BuildOptions) -> BuildResult:
    """Validate, then build the site; every failure comes back as a value."""
    config = load(options)
    content = load_content(settings.from_config(config).content_root)
    errors = [p for p in content.problems if p.is_error]
    if errors:
        return BuildResult(problems=errors)
    config.extra["board"]["_content"] = content
    said = _Collect()
    log = logging.getLogger("mkdocs")
    log.addHandler(said)
    try:
        mkdocs_build.build(config)
    except MkDocsException as exc:
        # mkdocs logs why (a hook's error, each strict-mode warning) and raises a summary
        reasons = "\n".join([*said.messages, str(exc) or exc.__class__.__name__])
        return BuildResult(error=reasons)
    finally:
        log.removeHandler(said)
    return BuildResult(site_dir=Path(config.site_dir))


class _Collect(logging.Handler):
    """Keeps the warnings and errors mkdocs logs during a build, to report them."""

    def __init__(self) -> None:
        super().__init__(logging.WARNING)
        self.messages: list[str] = []

    def emit(self, record: logging.LogRecord) -> None:
        self.messages.append(record.getMessage())


def serve(options: BuildOptions, dev_addr: str) -> None:
    """Live preview: rebuilds and reloads the browser when a page, guide or YAML file changes."""
    from mkdocs.commands.serve import serve as mkdocs_serve

    if not options.config_file.is_file():
        raise ConfigMissing(str(options.config_file))
    if options.content is not None:
        os.environ["BOARD_CONTENT"] = str(options.content.resolve())
    if options.now is not None:
        os.environ["BOARD_NOW"] = options.now.isoformat()
    log = logging.getLogger("mkdocs")
    if not log.handlers:
        handler = logging.StreamHandler()
        handler.setFormatter(logging.Formatter("%(levelname)-7s -  %(message)s"))
        log.addHandler(handler)
    log.setLevel(logging.INFO)
    mkdocs_serve(config_file=str(options.config_file), livereload=True, dev_addr=dev_addr)
