"""Interface strings of the OCDS open data (issue #12 §4), in the shape of `site.i18n.STRINGS`
(key: (English, French)); merged into it by one line there, for the lead to move into the
catalogs."""

from __future__ import annotations

STRINGS: dict[str, tuple[str, str]] = {
    "feed.ocds_releases": (
        "Open Contracting Data (OCDS 1.1 releases)",
        "Données ouvertes sur les marchés (versions OCDS 1.1)",
    ),
    "feed.ocds_records": (
        "Open Contracting Data (OCDS 1.1 records)",
        "Données ouvertes sur les marchés (dossiers OCDS 1.1)",
    ),
}
