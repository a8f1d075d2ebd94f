"""Pull-request scope: content changes and code changes are reviewed by different people.

A pull request that changes opportunities (``content/``) and also the workflows, the tools or the
schemas that check them could slip a rule change past the procurement reviewer, so it is flagged
and should be split in two.
"""

from __future__ import annotations

CONTENT = ("content/",)
CODE = (".github/", "tools/", "schemas/")


def problem(paths: list[str]) -> str | None:
    """A message when ``paths`` mix content with code, else None."""
    content = [p for p in paths if p.startswith(CONTENT)]
    code = [p for p in paths if p.startswith(CODE)]
    if not (content and code):
        return None
    shown = ", ".join(code[:5]) + (" …" if len(code) > 5 else "")
    return (
        f"this pull request changes content ({len(content)} file(s) under content/) and also "
        f"{shown}. Split it: one pull request for the opportunities, reviewed by procurement, "
        "and one for the workflows, tools or schemas, reviewed by the maintainers."
    )
