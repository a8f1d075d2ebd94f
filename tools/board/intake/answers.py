"""Answers landing on main: which question issues were newly answered, and what to tell them.

A question is newly answered when its issue number appears under ``questions:`` of a published
opportunity after a push and did not before. Each gets a bilingual comment linking to the answer
on the board (the site gives every answer the anchor ``question-<issue>``) and is closed.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from .. import catalog
from ..errors import BoardError
from ..model import Text
from .decision import Decision

MKDOCS = "mkdocs.yml"


@dataclass(frozen=True)
class Answered:
    opportunity: str
    issue: int
    title: Text


def _issues(raw: dict[str, Any]) -> set[int]:
    entries = raw.get("questions") or []
    return {q["issue"] for q in entries if isinstance(q, dict) and isinstance(q.get("issue"), int)}


def newly_answered(
    before: dict[str, dict[str, Any]], after: dict[str, dict[str, Any]]
) -> list[Answered]:
    """Question issues answered in ``after`` (published opportunities) but not in ``before``."""
    out = []
    for oid, raw in sorted(after.items()):
        if raw.get("status") != "published":
            continue
        was = _issues(before.get(oid, {}))
        title = raw.get("title") or {}
        for issue in sorted(_issues(raw) - was):
            out.append(
                Answered(oid, issue, Text(str(title.get("en", oid)), str(title.get("fr", oid))))
            )
    return out


def answer_link(site_url: str, lang: str, opportunity: str, issue: int) -> str:
    return f"{site_url.rstrip('/')}/{lang}/opportunities/{opportunity}/#question-{issue}"


def decision(answered: Answered, site_url: str) -> Decision:
    comment = "\n\n---\n\n".join(
        catalog.t(
            lang,
            "answers.published",
            title=answered.title.get(lang),
            link=answer_link(site_url, lang, answered.opportunity, answered.issue),
        )
        for lang in ("en", "fr")
    )
    return Decision(
        comment=comment,
        close=True,
        close_reason="completed",
        summary=f"#{answered.issue}: answered on {answered.opportunity}",
    )


def site_url(repo_root: Path, given: str | None = None) -> str | None:
    """The board's public address: ``given``, else ``site_url`` in mkdocs.yml, else None.

    mkdocs.yml is read by mkdocs' own loader (``!ENV``, ``INHERIT`` and its checks included);
    a configuration mkdocs refuses is a ``BoardError`` carrying mkdocs' reasons.
    """
    if given:
        return given
    path = repo_root / MKDOCS
    if not path.is_file():
        return None
    from mkdocs.config import load_config
    from mkdocs.exceptions import MkDocsException

    said: list[str] = []
    handler = logging.Handler(logging.WARNING)
    handler.emit = lambda record: said.append(record.getMessage())  # type: ignore[method-assign]
    log = logging.getLogger("mkdocs")
    log.addHandler(handler)
    try:
        config = load_config(config_file=str(path))
    except MkDocsException as exc:  # mkdocs logs each reason, then raises "Aborted ..."
        raise BoardError("\n".join([f"{path}: {exc.message}", *said])) from exc
    finally:
        log.removeHandler(handler)
    return str(config.site_url) if config.site_url else None


def push_revisions(payload: dict[str, Any]) -> tuple[str, str]:
    """``(before, after)`` of a ``push`` webhook payload (``$GITHUB_EVENT_PATH``)."""
    before, after = payload.get("before"), payload.get("after")
    if not isinstance(before, str) or not isinstance(after, str):
        raise BoardError("the payload is not a push event: it has no before and after commits")
    return before, after
