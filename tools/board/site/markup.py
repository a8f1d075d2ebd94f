"""A generated page as the hook receives it; its HTML comes from ``templates``."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Page:
    """A generated page: its site URL, language, plain-text title and the HTML of its body."""

    url: str
    lang: str
    title: str
    html: str
