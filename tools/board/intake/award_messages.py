"""What applicants read when the result lands and when they ask for a debrief (issue #10).

``code: (English, French)``, as in `messages`; kept apart for the catalogs work (issue #9).
`comment` lays the two languages out with the applicant's first.
"""

from __future__ import annotations

from ..model import Text
from . import messages as m

MARKER = "<!-- board:award -->"
DEBRIEF_LABEL = "debrief · compte rendu"
DEBRIEF_BUSINESS_DAYS = 10

MESSAGES: dict[str, tuple[str, str]] = {
    "title-selected": ("Your application is selected", "Votre candidature est retenue"),
    "title-reserve": (
        "Your application passed, and was not selected",
        "Votre candidature est conforme, mais n'a pas été retenue",
    ),
    "title-passed-over": ("Your selection did not go ahead", "Votre sélection n'a pas abouti"),
    "title-not-passed": (
        "Your application did not pass",
        "Votre candidature n'a pas été jugée conforme",
    ),
    "selected": (
        "Your application (receipt {receipt}) to {title} is selected: it is first in the order of the applications that passed. The procurement officer will write to you by e-mail about the contract. As you agreed when you applied, your name is published on the board as the supplier.",
        "Votre candidature (reçu {receipt}) à l'opportunité {title} est retenue : elle est la première dans l'ordre des candidatures conformes. L'agent d'approvisionnement vous écrira par courriel au sujet du contrat. Comme vous l'avez accepté en postulant, votre nom est publié sur le tableau comme nom du fournisseur.",
    ),
    "reserve": (
        "Your application (receipt {receipt}) to {title} passed every mandatory criterion, and was not selected: it is number {place} of {total} in the ranking. If the suppliers before you decline or are found ineligible, the work is offered to the next in the ranking, and you will be told here.",
        "Votre candidature (reçu {receipt}) à l'opportunité {title} a satisfait à tous les critères obligatoires, mais n'a pas été retenue : elle occupe le rang {place} sur {total} au classement. Si les fournisseurs qui vous précèdent refusent ou sont jugés inadmissibles, les travaux sont offerts au suivant au classement, et vous en serez informé ici.",
    ),
    "passed-over": (
        "Your application (receipt {receipt}) to {title} was selected, and the selection did not go ahead ({reason_en}). The work went to the next in the ranking.",
        "Votre candidature (reçu {receipt}) à l'opportunité {title} avait été retenue, et la sélection n'a pas abouti ({reason_fr}). Les travaux ont été offerts au suivant au classement.",
    ),
    "not-passed": (
        "Your application (receipt {receipt}) to {title} did not pass every mandatory criterion. The procurement officer will send you your result for each criterion by e-mail.",
        "Votre candidature (reçu {receipt}) à l'opportunité {title} n'a pas satisfait à tous les critères obligatoires. L'agent d'approvisionnement vous enverra par courriel votre résultat pour chaque critère.",
    ),
    "not-awarded": (
        "The work was not awarded: {reason_en}",
        "Les travaux n'ont pas été attribués : {reason_fr}",
    ),
    "result-link": (
        "The result is published on the board: {url_en}",
        "Le résultat est publié sur le tableau : {url_fr}",
    ),
    "how-to-debrief": (
        "To ask for a debrief (an explanation of your results), comment `/debrief` on this issue by {deadline_en}.",
        "Pour demander un compte rendu (une explication de vos résultats), publiez le commentaire `/debrief` dans ce ticket au plus tard le {deadline_fr}.",
    ),
    "title-debrief": ("Debrief requested", "Compte rendu demandé"),
    "title-no-debrief": ("No debrief requested", "Aucun compte rendu demandé"),
    "debrief-listed": (
        "Your request is recorded. The procurement officer will write to you by e-mail to arrange the debrief.",
        "Votre demande est consignée. L'agent d'approvisionnement vous écrira par courriel pour organiser le compte rendu.",
    ),
    "debrief-officer": (
        "For the procurement officer: debrief requested on {date_en} for receipt {receipt}; this issue carries the label “{label}”.",
        "Pour l'agent d'approvisionnement : compte rendu demandé le {date_fr} pour le reçu {receipt}; ce ticket porte l'étiquette « {label} ».",
    ),
    "debrief-not-author": (
        "Only @{author}, who opened this issue, can ask for a debrief of this application.",
        "Seule la personne qui a ouvert ce ticket, @{author}, peut demander un compte rendu de cette candidature.",
    ),
    "debrief-too-early": (
        "The result of {title} is not published yet. Once it is, you can ask for a debrief here within {days} business days.",
        "Le résultat de l'opportunité {title} n'est pas encore publié. Une fois qu'il le sera, vous pourrez demander ici un compte rendu dans un délai de {days} jours ouvrables.",
    ),
    "debrief-over": (
        "The period to ask for a debrief ended on {deadline_en}, {days} business days after the result.",
        "La période pour demander un compte rendu a pris fin le {deadline_fr}, {days} jours ouvrables après le résultat.",
    ),
    "debrief-nothing": (
        "This issue has no application in the ledger that was evaluated.",
        "Ce ticket ne contient aucune candidature du registre qui a été évaluée.",
    ),
}

REASONS = {
    "declined": ("the supplier declined the work", "le fournisseur a refusé les travaux"),
    "ineligible": (
        "the supplier was found ineligible",
        "le fournisseur a été jugé inadmissible",
    ),
}


def say(code: str, **values: object) -> Text:
    en, fr = MESSAGES[code]
    return Text(en=en.format(**values), fr=fr.format(**values))


def comment(title: Text, paragraphs: list[Text], first: str = "en") -> str:
    """One comment in both languages, ``first`` language on top, each part complete."""
    order = ("fr", "en") if first == "fr" else ("en", "fr")
    parts = []
    for lang in order:
        block = [f"### {title.get(lang)}", ""] + [p.get(lang) + "\n" for p in paragraphs]
        parts.append("\n".join(block).rstrip())
    return f"{MARKER}\n{parts[0]}\n\n---\n\n{parts[1]}\n"


def quote(text: str) -> str:
    return m.quote(text)
