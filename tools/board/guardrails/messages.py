"""The history guardrails' problems, in both languages, pointed at the opportunity's file.

Each says which commit (or the uncommitted changes) did what, and how to proceed.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from .. import calendar, formats
from ..problems import Problem, Say
from .facts import Facts
from .versions import WORKING_COPY, Step

FIELDS_FR = {
    "price": "le prix",
    "closing": "la clôture",
    "start": "le début",
    "delivery": "la livraison",
    "evaluation": "les critères d'évaluation",
    "acceptance": "les critères d'acceptation",
    "eligibility": "l'admissibilité",
}


@dataclass(frozen=True)
class Blame:
    facts: dict[str, Facts]  # the current opportunities, for where to point
    folder: str  # content/opportunities as shown, for a file that is gone

    def _where(self, step: Step, field: str) -> tuple[str, int, int]:
        f = self.facts.get(step.opportunity)
        if f is None:
            return f"{self.folder}/{step.opportunity}.yaml", 1, 1
        return f.path, *f.at(field)

    def _who(self, step: Step) -> tuple[str, str]:
        if step.commit == WORKING_COPY:
            return "uncommitted changes", "des modifications non enregistrées"
        return f"commit {step.commit[:12]}", f"le commit {step.commit[:12]}"

    def _problem(self, step: Step, field: str, en: Say, fr: Say, code: str) -> Problem:
        path, line, col = self._where(step, field)
        return Problem.of(path, field, en, fr, line, col, code=code)

    def silent(self, step: Step, missing: list[str]) -> Problem:
        who_en, who_fr = self._who(step)
        en_fields, fr_fields = ", ".join(missing), ", ".join(FIELDS_FR[f] for f in missing)
        today = date.today().isoformat()
        entry = f"{{date: '{today}', changes: [{', '.join(missing)}], en: '…', fr: '…'}}"
        repair_en = repair_fr = ""
        if step.commit != WORKING_COPY:
            repair_en = f" (already merged: add commit: {step.commit[:12]} to that addendum)"
            repair_fr = f" (déjà fusionné : ajoutez commit: {step.commit[:12]} à cet addenda)"
        return self._problem(
            step,
            missing[0],
            Say(
                f"silent change: {who_en} changed {en_fields} after publication without an "
                "addendum saying so",
                f"applicants must be told what changed: add under addenda: {entry} in the same "
                f"pull request{repair_en}",
            ),
            Say(
                f"modification silencieuse : {who_fr} a modifié {fr_fields} après la "
                "publication sans addenda qui l'annonce",
                f"les candidats doivent savoir ce qui a changé : ajoutez sous addenda: {entry} "
                f"dans la même demande de tirage (pull request){repair_fr}",
            ),
            "guardrail.silent-change",
        )

    def frozen(self, step: Step, fields: list[str]) -> Problem:
        who_en, who_fr = self._who(step)
        n = step.applications
        return self._problem(
            step,
            fields[0],
            Say(
                f"{who_en} changed {', '.join(fields)} after {n} application(s) had been "
                "received: applicants applied on the terms as posted",
                "undo the change; to change these terms, cancel the opportunity (status: "
                "cancelled) and post a new one",
            ),
            Say(
                f"{who_fr} a modifié {', '.join(FIELDS_FR[f] for f in fields)} après la "
                f"réception de {n} candidature(s) : les candidats ont postulé aux conditions "
                "publiées",
                "annulez la modification; pour changer ces conditions, annulez l'opportunité "
                "(status: cancelled) et publiez-en une nouvelle",
            ),
            "guardrail.changed-after-application",
        )

    def earlier(self, step: Step, old: str, new: str) -> Problem:
        who_en, who_fr = self._who(step)
        return self._problem(
            step,
            "closing",
            Say(
                f"{who_en} moved the closing earlier, from {old} to {new}, after "
                f"{step.applications} application(s) had been received",
                f"keep the closing at {old} or later: applicants are planning on it",
            ),
            Say(
                f"{who_fr} a avancé la clôture du {old} au {new}, après la réception de "
                f"{step.applications} candidature(s)",
                f"gardez la clôture au {old} ou plus tard : les candidats comptent sur cette date",
            ),
            "guardrail.closing-earlier",
        )

    def short_notice(self, step: Step, day: date, closing: date, need: int) -> Problem:
        who_en, who_fr = self._who(step)
        left = calendar.business_days_between(day, closing)
        latest = calendar.add_business_days(day, need)
        return self._problem(
            step,
            "closing",
            Say(
                f"after the change made by {who_en} (addendum of {formats.day(day, 'en')}), "
                f"{left} business day(s) remain before closing; at least {need} must",
                f"move the closing to {formats.day(latest, 'en')} or later, so applicants "
                "have time to take the change into account",
            ),
            Say(
                f"après la modification apportée par {who_fr} (addenda du "
                f"{formats.day(day, 'fr')}), il reste {left} jour(s) ouvrable(s) avant la "
                f"clôture; il en faut au moins {need}",
                f"reportez la clôture au {formats.day(latest, 'fr')} ou plus tard, pour que "
                "les candidats aient le temps de tenir compte de la modification",
            ),
            "guardrail.short-notice",
        )
