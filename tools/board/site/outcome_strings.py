"""The board's words for results after closing (issue #10): ``key: (English, French)``.

Kept apart so the catalogs work (issue #9) can move them in one piece; merged into
`i18n.STRINGS` by one line there.
"""

from __future__ import annotations

STRINGS: dict[str, tuple[str, str]] = {
    "status.not-awarded": ("Not awarded", "Non attribuée"),
    "banner.not-awarded": (
        "Closed on {closing}. Not awarded: see the result below.",
        "Fermée le {closing}. Non attribuée : voir le résultat ci-dessous.",
    ),
    "result.overdue": ("Result overdue", "Résultat en retard"),
    "result.overdue_text": (
        "The result was due on {due}, {n} business days after closing, and is not published yet.",
        "Le résultat était attendu le {due}, {n} jours ouvrables après la clôture, et n'est pas encore publié.",
    ),
    "result.due_text": (
        "The result is due on {due}, {n} business days after closing.",
        "Le résultat est attendu le {due}, {n} jours ouvrables après la clôture.",
    ),
    "result.title": ("Result", "Résultat"),
    "result.awarded": (
        "Awarded on {date} to {supplier}, at {price} ({taxes}).",
        "Attribuée le {date} à {supplier}, au prix de {price} ({taxes}).",
    ),
    "result.awarded_receipt": (
        "Receipt of the selected application",
        "Reçu de la candidature retenue",
    ),
    "result.not_awarded": ("Not awarded ({date}).", "Non attribuée ({date})."),
    "result.relist": (
        "The work can be posted again as a new opportunity.",
        "Les travaux peuvent être publiés de nouveau dans une nouvelle opportunité.",
    ),
    "result.passed_over": (
        "Selections that did not go ahead",
        "Sélections qui n'ont pas abouti",
    ),
    "result.passed_over_lead": (
        "When a selected supplier declines or is found ineligible, the next in the ranking is selected.",
        "Lorsqu'un fournisseur retenu refuse ou est jugé inadmissible, la candidature suivante au classement est retenue.",
    ),
    "result.reason.declined": (
        "the supplier declined the work",
        "le fournisseur a refusé les travaux",
    ),
    "result.reason.ineligible": (
        "the supplier was found ineligible",
        "le fournisseur a été jugé inadmissible",
    ),
    "result.passed_over_item": (
        "Receipt {receipt}, place {place} in the ranking: {reason} on {date}.",
        "Reçu {receipt}, rang {place} au classement : {reason} le {date}.",
    ),
    "eval.title": ("Evaluation results", "Résultats de l'évaluation"),
    "eval.pending": (
        "The evaluation record is not published yet.",
        "Le bilan de l'évaluation n'est pas encore publié.",
    ),
    "eval.lead": (
        "Evaluated on {date}. The evaluators saw the applications without names (Application A, B, C…); only the counts and the receipts that passed are public.",
        "Évaluées le {date}. Les évaluateurs ont vu les candidatures sans les noms (candidature A, B, C…); seuls les nombres et les reçus des candidatures conformes sont publics.",
    ),
    "eval.passed.one": (
        "{n} application passed every mandatory criterion.",
        "{n} candidature a satisfait à tous les critères obligatoires.",
    ),
    "eval.passed.other": (
        "{n} applications passed every mandatory criterion.",
        "{n} candidatures ont satisfait à tous les critères obligatoires.",
    ),
    "eval.failures": (
        "Applications that failed each criterion",
        "Candidatures non conformes à chaque critère",
    ),
    "eval.criterion": ("Criterion", "Critère"),
    "eval.failed": ("Failed", "Non conformes"),
    "eval.ranking": (
        "Ranking of the applications that passed",
        "Classement des candidatures conformes",
    ),
    "eval.place": ("Place", "Rang"),
    "eval.receipt": ("Receipt", "Reçu"),
    "eval.score": ("Total score", "Note totale"),
    "eval.ranking_pending": (
        "The ranking follows the draw, which is not made yet.",
        "Le classement découle du tirage au sort, qui n'a pas encore eu lieu.",
    ),
    "feed.awarded": ("Awarded: {title}", "Attribuée : {title}"),
    "feed.not_awarded": ("Not awarded: {title}", "Non attribuée : {title}"),
    "feed.awarded_summary": ("Awarded to {supplier}.", "Attribuée à {supplier}."),
    "apply.publish_consent": (
        "If your application is selected, your name (or your business's name) is published on the board as the supplier, with the date and the price. You agree to this in the last confirmation of the issue form when you post your sealed block. Nothing else about you is published.",
        "Si votre candidature est retenue, votre nom (ou celui de votre entreprise) est publié sur le tableau comme nom du fournisseur, avec la date et le prix. Vous y consentez dans la dernière confirmation du formulaire du ticket lorsque vous publiez votre bloc scellé. Rien d'autre à votre sujet n'est publié.",
    ),
    "ics.award_due": ("Result due: {title}", "Résultat attendu : {title}"),
}
