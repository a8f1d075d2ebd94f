"""``build(options)``: the board's build, phase by phase; and ``serve``.

1. Configuration: ``mkdocs.yml`` through mkdocs' own loader, the command line's choices passed
   as options of the board plugin, so they are checked like the file's.
2. Load and validate the content, once, before mkdocs starts: invalid content stops the build
   with the validator's own messages.
3. Gather and render, then hand to mkdocs: ``BoardPlugin`` (plugin.py) does both inside
   mkdocs' build from the content of phase 2.
"""

from __future__ import annotations

import logging
import os
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path
from typing import Any

from mkdocs.commands import build as mkdocs_build
from mkdocs.config import load_config
from mkdocs.config.defaults import MkDocsConfig
from mkdocs.exceptions import MkDocsException
from mkdocs.utils import yaml_load

from ..problems import Problem
from ..validate import load_content
from .plugin import BoardPlugin

os.environ.setdefault("NO_MKDOCS_2_WARNING", "1")  # mkdocs-material's banner, not ours to show

PLUGIN = "board"


@dataclass(frozen=True)
class BuildOptions:
    config_file: Path = Path("mkdocs.yml")
    site_dir: Path | None = None
    content: Path | None = None  # default: the board plugin's content in mkdocs.yml
    now: datetime | None = None  # default: the plugin's now, else BOARD_NOW, else the clock
    seal: Path | None = None  # default: the plugin's seal, the package's seal.js


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


def _overrides(options: BuildOptions) -> dict[str, Any]:
    """``load_config`` keywords: the site folder, and the plugin list with our choices set."""
    board: dict[str, Any] = {}
    if options.content is not None:
        board["content"] = str(options.content.resolve())
    if options.now is not None:
        board["now"] = options.now.isoformat()
    if options.seal is not None:
        board["seal"] = str(options.seal.resolve())
    out: dict[str, Any] = {"site_dir": str(options.site_dir)} if options.site_dir else {}
    if board:
        with options.config_file.open("rb") as handle:
            raw = yaml_load(handle) or {}
        plugins = raw.get("plugins") or []
        if isinstance(plugins, dict):  # mkdocs also takes plugins as a mapping
            out["plugins"] = {**plugins, PLUGIN: {**(plugins.get(PLUGIN) or {}), **board}}
        else:
            out["plugins"] = [_with(entry, board) for entry in plugins]
    return out


def _with(entry: Any, board: dict[str, Any]) -> Any:
    if entry == PLUGIN:
        return {PLUGIN: board}
    if isinstance(entry, dict) and PLUGIN in entry:
        return {PLUGIN: {**(entry[PLUGIN] or {}), **board}}
    return entry


def load(options: BuildOptions) -> MkDocsConfig:
    """Phase 1: the validated configuration (mkdocs' own errors for a wrong option)."""
    if not options.config_file.is_file():
        raise ConfigMissing(str(options.config_file))
    return load_config(config_file=str(options.config_file), **_overrides(options))


def plugin_of(config: MkDocsConfig) -> BoardPlugin:
    """The board plugin of a loaded configuration (the build cannot run without it)."""
    plugin = config.plugins.get(PLUGIN)
    if not isinstance(plugin, BoardPlugin):
        raise MkDocsException(f"{config.config_file_path}: add '- {PLUGIN}:' under 'plugins:'")
    return plugin


def build(options: BuildOptions) -> BuildResult:
    """Configure, validate, then let mkdocs build; every failure comes back as a value."""
    said = _Collect()
    log = logging.getLogger("mkdocs")
    log.addHandler(said)
    try:
        # 1. configuration
        config = load(options)
        plugin = plugin_of(config)
        # 2. load and validate the content, once
        content = load_content(plugin.content_root)
        errors = [p for p in content.problems if p.is_error]
        if errors:
            return BuildResult(problems=errors)
        plugin.preloaded = content
        # 3. gather, render and hand to mkdocs (the plugin's events)
        mkdocs_build.build(config)
    except MkDocsException as exc:
        # mkdocs logs why (a plugin's error, each strict-mode warning) and raises a summary
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
    log = logging.getLogger("mkdocs")
    if not log.handlers:
        handler = logging.StreamHandler()
        handler.setFormatter(logging.Formatter("%(levelname)-7s -  %(message)s"))
        log.addHandler(handler)
    log.setLevel(logging.INFO)
    mkdocs_serve(
        config_file=str(options.config_file),
        livereload=True,
        dev_addr=dev_addr,
        **_overrides(options),
    )
