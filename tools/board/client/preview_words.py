"""The pull-request summary's own words, in English and in French (see `board.client.preview`)."""

from __future__ import annotations

from ..formats import colon

# The summary's own words, (English, French).
TEXT: dict[str, tuple[str, str]] = {
    "heading": ("What the board will show", "Ce que le tableau affichera"),
    "no_change": (
        "This pull request changes no opportunity.",
        "Cette demande de tirage ne modifie aucune opportunité.",
    ),
    "removed": (
        "**Removed** from the board by this pull request.",
        "**Retirée** du tableau par cette demande de tirage.",
    ),
    "not_previewed": (
        "Not previewed: the file does not validate yet (see the errors above).",
        "Aucun aperçu{c} le fichier n'est pas encore valide (voir les erreurs ci-dessus).",
    ),
    "status": ("Status", "État"),
    "status_value": ("{shown} (file: {file})", "{shown} (fichier{c} {file})"),
    "price": ("Price", "Prix"),
    "closing": ("Closing", "Date de clôture"),
    "posted": ("Posted", "Date de publication"),
    "new": ("New opportunity.", "Nouvelle opportunité."),
    "new_draft": (
        "Draft: not shown. The board never shows a draft; write `status: published` to "
        "publish it when this pull request is merged.",
        "Brouillon{c} non affiché. Le tableau n'affiche jamais un brouillon; indiquez "
        "`status: published` pour le publier à la fusion de cette demande de tirage.",
    ),
    "published": ("Already published; what changes:", "Déjà publiée; ce qui change{c}"),
    "not_published": (
        "Not yet published (was {status}).",
        "Pas encore publiée (état précédent{c} {status}).",
    ),
    "no_field": ("No field changes.", "Aucun champ modifié."),
    "none": ("(none)", "(aucun)"),
    "warning": (
        "Applicants rely on {names}: announce the change in an addendum before merging; the "
        "board shows the opportunity as *Updated*.",
        "Les candidats se fient à {names}{c} annoncez le changement dans un addenda avant de "
        "fusionner la demande de tirage; le tableau affiche l'opportunité comme *Mise à jour*.",
    ),
    "moved_closing": (
        "**Moved closing date**: from {old} to {new}",
        "**Date de clôture modifiée**{c} du {old} au {new}",
    ),
    "changed_price": (
        "**Changed price**: from {old} to {new}",
        "**Prix modifié**{c} de {old} à {new}",
    ),
    "changed_taxes": (
        "**Changed taxes**: from “{old}” to “{new}”",
        "**Taxes modifiées**{c} de «\u00a0{old}\u00a0» à «\u00a0{new}\u00a0»",
    ),
    "changed_currency": (
        "**Changed currency**: from {old} to {new}",
        "**Devise modifiée**{c} de {old} à {new}",
    ),
    "changed_field": (
        "**Changed `{field}`**: from {old} to {new}",
        "**`{field}` modifié**{c} de {old} à {new}",
    ),
    "within": ("within the {cap} cap", "dans les limites du plafond de {cap}"),
    "over": (
        "**over the {cap} cap** (largest price before tax: {largest})",
        "**dépasse le plafond de {cap}** (prix le plus élevé avant taxes{c} {largest})",
    ),
}
TABLE_HEADER = "| field / champ | before / avant | after / après |"
# What the board shows, and what the file says (draft, published, cancelled), in each language.
STATUS: dict[str, tuple[str, str]] = {
    "draft": ("draft", "brouillon"),
    "scheduled": (
        "scheduled: appears on its posting date",
        "prévue : paraîtra à sa date de publication",
    ),
    "open": ("open", "ouverte"),
    "closed": ("closed", "fermée"),
    "awarded": ("awarded", "attribuée"),
    "cancelled": ("cancelled", "annulée"),
    "published": ("published", "publiée"),
}


def say(lang: str, key: str, **values: object) -> str:
    """The summary's text ``key`` in ``lang``; ``{c}`` is the colon as the language types it."""
    return TEXT[key][lang == "fr"].format(c=colon(lang), **values)


def status_word(value: object, lang: str) -> str:
    return STATUS[str(value)][lang == "fr"] if str(value) in STATUS else str(value)
