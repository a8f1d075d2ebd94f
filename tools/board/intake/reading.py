"""What one intake decision reads: the board's settings, one opportunity and its ledger.

An issue is about one opportunity, so intake does not load and validate the whole content tree
(5,000 opportunities take seconds): it loads ``board.yaml``, the one file
``opportunities/<id>.yaml`` (checked by the same schema and rules as ``board validate``, so an
opportunity with an error is unknown to intake just as it is to the build) and its ledger
(checked against its schema when the handler asks for it). An id that is not a valid id is
never turned into a path: the opportunity is unknown.
"""

from __future__ import annotations

import re
from pathlib import Path

from ..content import (
    OPPORTUNITIES_DIR,
    YAML_SUFFIXES,
    Content,
    display_path,
    is_content_file,
    load_board,
)
from ..model import Opportunity
from ..validate import check_opportunity_document
from ..yamlio.load import load

# schemas/opportunity.schema.json, property ``id``
ID = re.compile(r"[a-z0-9](?:[a-z0-9-]{1,78})[a-z0-9]")


def opportunity_file(root: Path, opportunity_id: str) -> Path | None:
    """The file the whole-tree load would take the opportunity from, if any (``.yaml`` first)."""
    if not ID.fullmatch(opportunity_id):
        return None
    for suffix in YAML_SUFFIXES:
        path = root / OPPORTUNITIES_DIR / f"{opportunity_id}{suffix}"
        if is_content_file(path):
            return path
    return None


def load_one(root: Path, opportunity_id: str) -> Content:
    """The content an intake decision about ``opportunity_id`` needs, loaded and checked."""
    board, board_doc, problems = load_board(root)
    content = Content(root=root, board=board, board_doc=board_doc, problems=list(problems))
    path = opportunity_file(root, opportunity_id)
    if path is None:
        return content
    shown = display_path(path)
    doc, load_problems = load(path, shown)
    if doc is None:
        content.problems.extend(load_problems)
        return content
    found = check_opportunity_document(doc, content, path, quality=False)  # wording: not here
    content.problems.extend(found)
    if isinstance(doc.data, dict) and not any(p.is_error for p in found):
        content.opportunities.append(Opportunity.from_raw(doc.data, shown))
    return content
