"""Private notices (issue #10): one e-mail per applicant, in their language, with their own
result for each criterion, ready for the procurement officer to send.

Written as ``.eml`` files by Python's `email` package: any mail program opens one as a draft
(``X-Unsent: 1`` asks Outlook to), the package encodes the headers and the UTF-8 body
correctly (accents in names and in French), and nothing is assembled by hand. The per-criterion
results come from the officer's private results file (`outcomes.private_results`), never from
the repository; the standing (selected, reserve, did not pass) uses the same words as the
public comment on the issue.
"""

from __future__ import annotations

from dataclasses import dataclass
from email.headerregistry import Address
from email.message import EmailMessage

from .. import catalog, formats
from ..applications.opening import Opened
from ..model import Opportunity
from ..outcomes import standing
from ..outcomes.private_results import CriterionResult
from ..outcomes.records import Outcome
from . import award_answers


@dataclass(frozen=True)
class Notice:
    letter: str
    receipt: str
    message: EmailMessage


def _criteria(opp: Opportunity, results: tuple[CriterionResult, ...], lang: str) -> list[str]:
    by_id = {r.id: r for r in results}
    lines = [catalog.t(lang, "notice.results"), ""]
    for criterion in opp.criteria:
        r = by_id[criterion.id]
        said = catalog.t(lang, "notice.passed" if r.passed else "notice.failed")
        if r.score is not None:
            said += ", " + catalog.t(lang, "notice.score", score=formats.number(r.score, lang))
        lines.append(f"- {criterion.text.get(lang)}{formats.colon(lang)} {said}")
        if r.comment is not None:
            lines.append(f"  {r.comment.get(lang)}")
    return lines


def notice(
    item: Opened,
    opp: Opportunity,
    outcome: Outcome,
    results: tuple[CriterionResult, ...],
) -> Notice:
    """The e-mail for one opened application (its payload carries name, e-mail and language)."""
    assert item.payload is not None and outcome.award is not None and outcome.evaluation is not None
    payload, award = item.payload, outcome.award
    lang = "fr" if payload.language == "fr" else "en"
    order = standing.ranking(outcome.evaluation, outcome.draw_ranking)
    where = standing.standing(item.entry.receipt, outcome.evaluation, order, award)
    title, paragraph = award_answers.message(where, item.entry.receipt, opp, award)
    deadline = formats.day(award_answers.debrief_deadline(award), lang)
    body = [
        catalog.t(lang, "notice.hello", name=payload.name),
        "",
        paragraph.get(lang).replace("**", ""),
        "",
    ]
    if award.not_awarded is not None:
        body += [award.not_awarded.reason.get(lang), ""]
    body += _criteria(opp, results, lang)
    body += [
        "",
        catalog.t(lang, "notice.debrief", issue=item.entry.issue, deadline=deadline),
        "",
        catalog.t(lang, "notice.sign"),
    ]
    message = EmailMessage()
    message["To"] = Address(display_name=payload.name, addr_spec=payload.email)
    message["Subject"] = catalog.t(lang, "notice.subject", title=opp.title.get(lang))
    message["X-Unsent"] = "1"
    message["Content-Language"] = "fr-CA" if lang == "fr" else "en-CA"
    message.set_content("\n".join(body) + "\n")
    del title  # the subject says it; the body's first paragraph carries the standing
    return Notice(item.letter, item.entry.receipt, message)
