"""Markdown from opportunity files rendered with raw HTML escaped and unsafe links dropped.

The validator already refuses raw HTML; this is defence in depth for content that reached the
build some other way: ``<script>`` shows as text, and a link that the board's link policy
(`board.links`, shared with the validator) refuses loses its target.
"""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET

import markdown
from markdown.treeprocessors import Treeprocessor
from markdown.util import AMP_SUBSTITUTE

from .. import links


class _DropUnsafeLinks(Treeprocessor):
    def run(self, root: ET.Element) -> None:
        for element in root.iter():
            for attribute in ("href", "src"):
                value = element.get(attribute)
                # Python-Markdown writes e-mail autolinks as character references behind a
                # placeholder for "&"; the policy judges what the browser will read.
                if value is not None and not links.allowed(value.replace(AMP_SUBSTITUTE, "&")):
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
