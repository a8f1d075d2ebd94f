"""``BoardPlugin``: the board as a declared mkdocs plugin (``- board:`` under ``plugins:``).

Registered through the ``mkdocs.plugins`` entry point ``board``. One build, in mkdocs' order:

1. ``on_config``: add the board's theme overrides; **load and validate** the content (or take
   what the caller already did, ``preloaded``); **gather** statuses, histories and ledgers;
   **render** every page and data file in memory.
2. ``on_files``: refuse a hand-written page in one language only; **hand to mkdocs** every
   generated page and data file with ``File.generated``, and the sealing script.
3. ``on_page_markdown`` / ``on_page_content`` / ``on_env``: language, titles and the
   pre-rendered HTML of generated pages.

Everything the build needs lives on the instance: its validated ``config``, the ``preloaded``
content and what it ``rendered``.
"""

from __future__ import annotations

import logging
import os
from html import escape
from pathlib import Path
from typing import Any

from mkdocs.config.defaults import MkDocsConfig
from mkdocs.exceptions import PluginError
from mkdocs.plugins import BasePlugin
from mkdocs.structure.files import File, Files
from mkdocs.structure.pages import Page
from mkdocs.structure.toc import get_toc

from .. import schemas
from ..content import Content
from ..schemas import SCHEMA_DIR
from ..validate import load_content
from . import fonts, frame, gcds, i18n, ocds, routes, schema_doc, state
from .render import Rendered, render
from .settings import THEME_DIR, BoardConfig, parse_now

SCHEMA_MARKER = "<!-- board:schema-fields -->"
OUTCOME_SCHEMAS = ("evaluation", "draw", "award")
JSON_SCHEMA = "opportunities.schema.json"  # published beside the JSON data
LINKED_FORMS = ("application.yml", "question.yml")  # the forms the pages open

log = logging.getLogger(f"mkdocs.plugins.{__name__}")


class BoardPlugin(BasePlugin[BoardConfig]):
    supports_multiple_instances = False

    def __init__(self) -> None:
        self.preloaded: Content | None = None  # content the caller already loaded and validated
        self.rendered = Rendered()
        self.frame: frame.Frame | None = None
        self.font_files: dict[str, Path] = {}  # the typefaces: site path -> file to copy

    @property
    def content_root(self) -> Path:
        return Path(self.config.content)

    @property
    def seal(self) -> Path | None:
        path = Path(self.config.seal)
        return path if path.is_file() else None

    def on_config(self, config: MkDocsConfig) -> MkDocsConfig:
        _add_theme(config)
        _check_forms(Path(self.config.forms))
        # 1. load and validate: invalid content stops the build with the validator's messages
        content = self.preloaded or load_content(self.content_root)
        errors = [p for p in content.problems if p.is_error]
        if errors or content.board is None:
            raise PluginError("content is invalid:\n" + "\n".join(p.text() for p in errors))
        # 2. gather: statuses at the moment of the build, histories from git, ledgers
        site = state.gather(
            content,
            now=self.config.now or parse_now(os.environ.get("BOARD_NOW")),
            repository=self.config.repository,
            site_url=str(config.site_url or "https://example.invalid/"),
            sealing_available=self.seal is not None,
        )
        # 3. render: every page and data file, in memory
        self.rendered = render(site, (SCHEMA_DIR / JSON_SCHEMA).read_text(encoding="utf-8"))
        self.rendered.files.update(ocds.files(site, content.outcomes))  # #12
        folder = gcds.locate(self.config.gcds, Path(config.config_file_path or ".").parent)
        texts, self.font_files = _gcds_assets(folder)
        self.rendered.files.update(texts)
        self.frame = frame.Frame.of(site)  # the GC frame: department, date modified, report
        return config

    def on_files(self, files: Files, config: MkDocsConfig) -> Files:
        # 4. hand to mkdocs: generated pages and files join the hand-written guides
        missing = routes.missing_translations({f.src_uri for f in files.documentation_pages()})
        if missing:
            raise PluginError("missing translation:\n" + "\n".join(missing))
        for src in self.rendered.pages:
            files.append(File.generated(config, src, content=""))
        for path, text in self.rendered.files.items():
            files.append(File.generated(config, path, content=text))
        if self.seal is not None:
            files.append(File.generated(config, routes.SEAL_JS, abs_src_path=str(self.seal)))
        for path, source in self.font_files.items():  # binary: copied, never read as text
            files.append(File.generated(config, path, abs_src_path=str(source)))
        return files

    def on_page_markdown(
        self, markdown: str, page: Page, config: MkDocsConfig, files: Files
    ) -> str:
        lang = routes.language_of(page.file.src_uri)
        page.meta.setdefault("lang", lang)
        if page.file.src_uri != "index.md":
            page.meta["alternate"] = routes.translate(page.url)
            page.meta["other_lang"] = i18n.OTHER[lang]
        page.meta["hide"] = ["navigation", "toc"]
        generated = self.rendered.pages.get(page.file.src_uri)
        if generated is not None:
            page.meta["board_page"] = "apply" if page.url.endswith("/apply/") else "generated"
            # mkdocs and mkdocs-material treat a page title as HTML and print it unescaped (the
            # navigation, the header): they get the escaped title. main.html prints the plain
            # title from board_title itself, escaped, never through striptags, which would turn
            # "&lt;/title&gt;" back into markup.
            page.meta["title"] = str(escape(generated.title))
            page.meta["board_title"] = generated.title
        if SCHEMA_MARKER in markdown:
            markdown = markdown.replace(SCHEMA_MARKER, schema_doc.table(lang))
        for name in OUTCOME_SCHEMAS:  # the files after closing (#10), each its own table
            marker = f"<!-- board:schema-fields:{name} -->"
            if marker in markdown:
                table = schema_doc.table(lang, schemas.load_schema(name))
                markdown = markdown.replace(marker, table)
        return markdown

    def on_page_content(self, html: str, page: Page, config: MkDocsConfig, files: Files) -> str:
        generated = self.rendered.pages.get(page.file.src_uri)
        return generated.html if generated is not None else html

    def on_page_context(self, context: Any, page: Page, config: MkDocsConfig, nav: Any) -> Any:
        # One skip link per page, the GC header's: mkdocs-material adds its own for a page with a
        # table of contents, which the board never shows (hide: toc).
        page.toc = get_toc([])
        return context

    def on_env(self, env: Any, config: MkDocsConfig, files: Files) -> Any:
        env.globals["board_t"] = i18n.t
        env.globals["board_routes"] = routes
        names = self.rendered.names or {"en": config.site_name, "fr": config.site_name}
        env.globals["board_name"] = names
        env.globals["board_frame"] = self.frame
        return env

    def on_serve(self, server: Any, config: MkDocsConfig, builder: Any) -> Any:
        server.watch(str(self.content_root))
        server.watch(str(self.config.forms))
        if SCHEMA_DIR.is_dir():
            server.watch(str(SCHEMA_DIR))
        return server


def _add_theme(config: MkDocsConfig) -> None:
    """The board's overrides of mkdocs-material, after the site's own ``custom_dir`` if any."""
    dirs: list[str] = config.theme.dirs
    if str(THEME_DIR) in dirs:
        return
    dirs.insert(1 if config.theme.custom_dir else 0, str(THEME_DIR))


def _gcds_assets(folder: Path) -> tuple[dict[str, str], dict[str, Path]]:
    """The design system's scripts and stylesheet, the stylesheet starting with the typefaces'
    rules (checked again for remote addresses), and the typefaces' files to copy."""
    try:
        texts = gcds.assets(folder)
        typefaces = fonts.faces(fonts.node_modules(folder))
        texts[gcds.STYLES] = gcds.local_css(typefaces.css + texts[gcds.STYLES])
    except gcds.NotInstalled as exc:
        raise PluginError(str(exc)) from None
    return texts, typefaces.files


def _check_forms(folder: Path) -> None:
    """The Apply and Ask links open these forms: say so when one is missing (strict fails)."""
    for name in LINKED_FORMS:
        if not (folder / name).is_file():
            log.warning(
                f"the board links to the issue form {name}, which is not in {folder} "
                "(set 'forms' of the board plugin to the folder of the issue forms)"
            )
