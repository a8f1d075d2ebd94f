"""The Government of Canada frame around every page (issue #11 §3), as values the theme's
templates read: the department that runs the board, "Date modified" and the "Report a problem"
link, which is a ``mailto:`` to the board's contact so that it needs no GitHub account.

The markup is in ``theme/partials/header.html`` and ``footer.html`` and in ``theme/main.html``;
the components come from the GC Design System (``gcds.py``).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from urllib.parse import quote

from .i18n import t
from .service import Service
from .state import SiteData


@dataclass(frozen=True)
class Frame:
    service: Service
    site_url: str
    today: date  # the build's day in the board's time zone
    changed: dict[str, date]  # opportunity id -> the day of its last published change

    @classmethod
    def of(cls, site: SiteData) -> Frame:
        tz = site.board.tz
        changed = {
            x.opp.id: x.history.last_change.astimezone(tz).date()
            for x in site.listings
            if x.history.last_change is not None
        }
        return cls(Service.of(site.board), site.site_url, site.now.astimezone(tz).date(), changed)

    def department(self, lang: str) -> str:
        return self.service.department.get(lang)

    def date_modified(self, url: str) -> str:
        """YYYY-MM-DD: an opportunity's (and its Apply page's) last published change; for every
        other page, the day of the build, which recomputes statuses and lists."""
        parts = url.strip("/").split("/")
        if len(parts) >= 3 and parts[1] == "opportunities" and parts[2] in self.changed:
            return self.changed[parts[2]].isoformat()
        return self.today.isoformat()

    def report_href(self, lang: str, url: str) -> str:
        """``mailto:`` the board's contact, the subject naming the page's address."""
        subject = t(lang, "frame.report_subject", url=self.site_url + url.lstrip("/"))
        return f"mailto:{self.service.contact}?subject={quote(subject, safe='')}"
