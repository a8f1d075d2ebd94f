"""Every applicant gets an answer when the result lands on ``main`` (issue #10): a pure decision.

For each active application in the ledger, where the applicant stands once the award file is
counted (`outcomes.standing`): selected, passed and not selected (with the place in the
ranking), selected then passed over, or did not pass. An applicant whose standing did not
change since the previous version of the file (a later ``passed_over``) is not told again. The
comment is in both languages, the applicant's first when the issue form says which (its
``language`` field), and says how to ask for a debrief; the issue is closed.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from .. import calendar, formats
from ..applications.ledger import Ledger
from ..forms import Form, parse_body
from ..model import Opportunity, Text
from ..outcomes import standing
from ..outcomes.records import Award, Outcome
from ..outcomes.standing import Kind, Standing
from . import messages as m
from .decision import Decision

MARKER = "<!-- board:award -->"
DEBRIEF_BUSINESS_DAYS = 10
LANGUAGE_FIELD = "language"
LANGUAGES = {"english": "en", "français": "fr", "francais": "fr"}


@dataclass(frozen=True)
class Answer:
    issue: int
    decision: Decision

    def to_json(self) -> dict[str, Any]:
        return {"issue": self.issue, **self.decision.to_json()}


def language_of(body: str, form: Form) -> str:
    """The language the applicant chose in the issue form; English when none was chosen."""
    chosen = parse_body(body or "", form).text(LANGUAGE_FIELD).strip().casefold()
    return LANGUAGES.get(chosen, "en")


def debrief_deadline(award: Award) -> Any:
    return calendar.add_business_days(award.date, DEBRIEF_BUSINESS_DAYS)


def day_values(day: Any) -> dict[str, str]:
    """``day`` as each language writes it, for a ``{deadline}`` or a ``{date}``."""
    return {lang: formats.day(day, lang) for lang in ("en", "fr")}


def message(where: Standing, receipt: str, opp: Opportunity, award: Award) -> tuple[Text, Text]:
    """(title, paragraph) for one applicant's standing."""
    title = Text(f"**{opp.title.en}**", f"**{opp.title.fr}**")
    kind = where.kind.value
    if where.kind is Kind.PASSED_OVER:
        over = next(p for p in award.passed_over if p.receipt == receipt)
        reason = m.say(f"award.reason.{over.reason}")
        body = m.say(f"award.{kind}", receipt=receipt, title=title, reason=reason)
    else:
        body = m.say(
            f"award.{kind}", receipt=receipt, title=title, place=where.place, total=where.of
        )
    return m.say(f"award.title-{kind}"), body


def answers(
    opp: Opportunity,
    ledger: Ledger,
    outcome: Outcome,
    before: Award | None,
    issues: dict[int, dict[str, Any]],
    form: Form,
    site_url: str = "",
) -> list[Answer]:
    """The comment (and closing) for every applicant whose standing this award file changed."""
    award, evaluation = outcome.award, outcome.evaluation
    if award is None or evaluation is None:
        return []
    order = standing.ranking(evaluation, outcome.draw_ranking)
    out = []
    for entry in ledger.active:
        now = standing.standing(entry.receipt, evaluation, order, award)
        if now == standing.standing(entry.receipt, evaluation, order, before):
            continue
        issue = issues.get(entry.issue, {})
        title, paragraph = message(now, entry.receipt, opp, award)
        paragraphs = [paragraph]
        if award.not_awarded is not None:
            reason = award.not_awarded.reason
            paragraphs.append(m.say("award.not-awarded", reason=reason))
        if site_url:
            url = {
                lang: f"{site_url.rstrip('/')}/{lang}/opportunities/{opp.id}/#result"
                for lang in ("en", "fr")
            }
            paragraphs.append(m.say("award.result-link", url=url))
        deadline = day_values(debrief_deadline(award))
        paragraphs.append(m.say("award.how-to-debrief", deadline=deadline))
        first = language_of(str(issue.get("body") or ""), form)
        decision = Decision(
            comment=m.comment(title, paragraphs, first=first, marker=MARKER),
            close=issue.get("state") != "closed",
            close_reason="completed",
            summary=f"#{entry.issue}: {now.kind.value} ({entry.receipt}) on {opp.id}",
        )
        out.append(Answer(entry.issue, decision))
    return out
