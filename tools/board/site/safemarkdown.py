"""Markdown from opportunity files rendered with raw HTML escaped and unsafe links dropped.

The validator already refuses raw HTML; this is defence in depth for content that reached the
build some other way: ``<script>`` shows as text, ``javascript:`` links lose their target.
"""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET

import markdown
from markdown.treeprocessors import Treeprocessor

_SAFE_URL = re.compile(r"^(?:https?://|mailto:|#|/(?!/)|[A-Za-z0-9._~-]+(?:/|$))", re.I)


class _DropUnsafeLinks(Treeprocessor):
    def run(self, root: ET.Element) -> None:
        for element in root.iter():
            for attribute in ("href", "src"):
                value = element.get(attribute)
                if value is not None and not _SAFE_URL.match(value.strip()):
                    del element.attrib[attribute]
            if element.tag == "a" and element.get("href", "").startswith("http"):
                element.set("rel", "nofollow noopener")


def _renderer() -> markdown.Markdown:
    md = markdown.Markdown(extensions=["sane_lists"], output_format="html")
    md.preprocessors.deregister("html_block")
    md.inlinePatterns.deregister("html")
    md.treeprocessors.register(_DropUnsafeLinks(md), "drop_unsafe_links", 0)
    return md


_MD = _renderer()


def render(text: str, heading_offset: int = 2) -> str:
    """HTML for ``text``; headings shift down so that they sit below the page's own."""
    _MD.reset()
    html = _MD.convert(text)
    if heading_offset:
        html = re.sub(
            r"<(/?)h([1-6])>",
            lambda m: f"<{m.group(1)}h{min(6, int(m.group(2)) + heading_offset)}>",
            html,
        )
    return html
