"""The board as Open Contracting Data (OCDS 1.1): a release package and a record package,
written by each build into ``ocds/`` beside the other open data (issue #12 §4).

Each opportunity is one contracting process (its ``ocid`` is the department's registered prefix,
``ocid_prefix`` in content/board.yaml, a hyphen and its id). Its releases are the published
versions of its file from git history (`release`), then the steps after closing (`after`); its
record is the list of its releases and the compiled release that `ocdskit` merges with
`ocdsmerge` under the OCDS 1.1 release schema's merge rules (vendored in ``vendor/``: the build
never reaches the network).
"""

from __future__ import annotations

import json
from functools import cache
from pathlib import Path
from typing import Any

from ocdskit.combine import merge, package_releases

from ...outcomes.records import Outcome
from ..state import Listing, SiteData
from . import after, release

RELEASES = "ocds/release-package.json"
RECORDS = "ocds/record-package.json"
VENDOR = Path(__file__).resolve().parent / "vendor"
ENQUIRIES = (
    "https://raw.githubusercontent.com/open-contracting-extensions/ocds_enquiry_extension/"
    "v1.1.3/extension.json"
)


@cache
def release_schema() -> dict[str, Any]:
    data: dict[str, Any] = json.loads((VENDOR / "release-schema.json").read_text(encoding="utf-8"))
    return data


def releases_of(listing: Listing, site: SiteData, outcome: Outcome | None) -> list[dict[str, Any]]:
    """Every release of one opportunity, oldest first."""
    versions = listing.history.versions or (
        (_published(listing, site), "current", listing.opp.raw),
    )
    out = [
        release.version(when, commit, data, n == 0, listing, site)
        for n, (when, commit, data) in enumerate(versions)
    ]
    return out + after.releases(listing, site, outcome)


def _published(listing: Listing, site: SiteData) -> Any:
    """Without history (an exported tree): the start of the posting date stands for it."""
    return listing.opp.published_from(site.board.tz)


def _publisher(site: SiteData) -> dict[str, str]:
    return {"name": site.board.name.en}


def files(site: SiteData, outcomes: dict[str, Outcome]) -> dict[str, str]:
    """``{site path: JSON text}`` of the release package and the record package."""
    listings = sorted(site.listings, key=lambda x: (x.opp.posted, x.opp.id))
    found = [r for x in listings for r in releases_of(x, site, outcomes.get(x.opp.id))]
    generated = site.now.isoformat()
    uri = site.site_url + RELEASES
    package = package_releases(found, uri, _publisher(site), generated, extensions=[ENQUIRIES])
    records = next(
        merge([package], site.site_url + RECORDS, _publisher(site), generated,
              schema=release_schema(), return_package=True, use_linked_releases=True)
    )  # fmt: skip
    return {RELEASES: _json(package), RECORDS: _json(records)}


def _json(data: Any) -> str:
    return json.dumps(data, ensure_ascii=False, indent=1, default=str) + "\n"
