"""The mkdocs hook (named under ``hooks:`` in mkdocs.yml): the board's pages come from memory.

- ``on_config``: load and validate the content (invalid content stops the build with the
  validator's messages), gather and render everything once.
- ``on_files``: refuse a hand-written page that exists in one language only; add every generated page and data file with ``File.generated``; copy the
  sealing script when the applications feature has shipped it.
- ``on_page_markdown``: language, language-toggle target, the title of a generated page and the
  schema-derived guide table.
- ``on_page_content``: the pre-rendered HTML of generated pages.
- ``on_serve``: rebuild when the content changes.
"""

from __future__ import annotations

from html import escape
from pathlib import Path
from typing import Any

from mkdocs.config.defaults import MkDocsConfig
from mkdocs.exceptions import PluginError
from mkdocs.structure.files import File, Files
from mkdocs.structure.pages import Page

from board.site import i18n, routes, schema_doc, settings
from board.site.render import Rendered

SCHEMA_MARKER = "<!-- board:schema-fields -->"

_rendered = Rendered()


def on_config(config: MkDocsConfig) -> MkDocsConfig:
    global _rendered
    options = settings.from_config(config)
    result = settings.prepare(options)
    if not result.ok:
        raise PluginError("content is invalid:\n" + "\n".join(p.text() for p in result.errors))
    _rendered = result.rendered
    return config


def on_files(files: Files, config: MkDocsConfig) -> Files:
    missing = routes.missing_translations({f.src_uri for f in files.documentation_pages()})
    if missing:
        raise PluginError("missing translation:\n" + "\n".join(missing))
    for src in _rendered.pages:
        files.append(File.generated(config, src, content=""))
    for path, text in _rendered.files.items():
        files.append(File.generated(config, path, content=text))
    seal = settings.seal_script(config)
    if seal is not None:
        files.append(File.generated(config, routes.SEAL_JS, abs_src_path=str(seal)))
    return files


def on_page_markdown(markdown: str, page: Page, config: MkDocsConfig, files: Files) -> str:
    lang = routes.language_of(page.file.src_uri)
    page.meta.setdefault("lang", lang)
    if page.file.src_uri != "index.md":
        page.meta["alternate"] = routes.translate(page.url)
        page.meta["other_lang"] = i18n.OTHER[lang]
    page.meta["hide"] = ["navigation", "toc"]
    generated = _rendered.pages.get(page.file.src_uri)
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
    return markdown


def on_page_content(html: str, page: Page, config: MkDocsConfig, files: Files) -> str:
    generated = _rendered.pages.get(page.file.src_uri)
    return generated.html if generated is not None else html


def on_env(env: Any, config: MkDocsConfig, files: Files) -> Any:
    env.globals["board_t"] = i18n.t
    env.globals["board_routes"] = routes
    env.globals["board_name"] = _rendered.names or {"en": config.site_name, "fr": config.site_name}
    return env


def on_serve(server: Any, config: MkDocsConfig, builder: Any) -> Any:
    server.watch(str(settings.from_config(config).content_root))
    server.watch(str(Path(config.config_file_path).parent / "schemas"))
    return server
