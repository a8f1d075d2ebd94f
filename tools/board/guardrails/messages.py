"""The history guardrails' problems, in both languages, pointed at the opportunity's file.

Each says which commit (or the uncommitted changes) did what, and how to proceed. The words are
the catalog's (``problem.guardrail.…``); a count takes each language's plural form.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from .. import calendar, catalog, formats
from ..problems import LANGS, Problem, Say, said
from .facts import Facts
from .versions import WORKING_COPY, Step

# A material field as the problem names it: its YAML name in English, in words in French.
FIELDS = {
    "price": "guardrail.field.price",
    "closing": "guardrail.field.closing",
    "start": "guardrail.field.start",
    "delivery": "guardrail.field.delivery",
    "evaluation": "guardrail.field.evaluation",
    "acceptance": "guardrail.field.acceptance",
    "eligibility": "guardrail.field.eligibility",
}


def _fields(fields: list[str]) -> dict[str, str]:
    return {lang: ", ".join(catalog.t(lang, FIELDS[f]) for f in fields) for lang in LANGS}


def _counted(key: str, n: int) -> dict[str, str]:
    """A count and its noun in each language's plural form (``1 application``, ``2 jours``)."""
    return {lang: catalog.tn(lang, key, n) for lang in LANGS}


@dataclass(frozen=True)
class Blame:
    facts: dict[str, Facts]  # the current opportunities, for where to point
    folder: str  # content/opportunities as shown, for a file that is gone

    def _where(self, step: Step, field: str) -> tuple[str, int, int]:
        f = self.facts.get(step.opportunity)
        if f is None:
            return f"{self.folder}/{step.opportunity}.yaml", 1, 1
        return f.path, *f.at(field)

    def _who(self, step: Step) -> dict[str, str]:
        if step.commit == WORKING_COPY:
            return {lang: catalog.t(lang, "guardrail.who.working-copy") for lang in LANGS}
        commit = step.commit[:12]
        return {lang: catalog.t(lang, "guardrail.who.commit", commit=commit) for lang in LANGS}

    def _problem(self, step: Step, field: str, words: tuple[Say, Say], *, code: str) -> Problem:
        path, line, col = self._where(step, field)
        return Problem.of(path, field, *words, line, col, code=code)

    def silent(self, step: Step, missing: list[str], today: date) -> Problem:
        """``today``: the board's today, in its time zone (the date the addendum would carry)."""
        entry = (
            f"addenda: {{date: '{today.isoformat()}', changes: [{', '.join(missing)}], "
            "en: '…', fr: '…'}"
        )
        repair = {"en": "", "fr": ""}
        if step.commit != WORKING_COPY:
            line = f"commit: {step.commit[:12]}"
            repair = {lang: " " + catalog.t(lang, "guardrail.repair", line=line) for lang in LANGS}
        return self._problem(
            step,
            missing[0],
            said(
                "problem.guardrail.silent-change",
                who=self._who(step),
                fields=_fields(missing),
                entry=entry,
                repair=repair,
            ),
            code="guardrail.silent-change",
        )

    def frozen(self, step: Step, fields: list[str]) -> Problem:
        return self._problem(
            step,
            fields[0],
            said(
                "problem.guardrail.changed-after-application",
                who=self._who(step),
                fields=_fields(fields),
                applications=_counted("guardrail.applications", step.applications),
                status="status: cancelled",
            ),
            code="guardrail.changed-after-application",
        )

    def earlier(self, step: Step, old: str, new: str) -> Problem:
        return self._problem(
            step,
            "closing",
            said(
                "problem.guardrail.closing-earlier",
                who=self._who(step),
                old=old,
                new=new,
                applications=_counted("guardrail.applications", step.applications),
            ),
            code="guardrail.closing-earlier",
        )

    def short_notice(self, step: Step, day: date, closing: date, need: int) -> Problem:
        left = calendar.business_days_between(day, closing)
        latest = calendar.add_business_days(day, need)
        return self._problem(
            step,
            "closing",
            said(
                "problem.guardrail.short-notice",
                who=self._who(step),
                day={lang: formats.day(day, lang) for lang in LANGS},
                left=_counted("guardrail.days-left", left),
                need=need,
                latest={lang: formats.day(latest, lang) for lang in LANGS},
            ),
            code="guardrail.short-notice",
        )
