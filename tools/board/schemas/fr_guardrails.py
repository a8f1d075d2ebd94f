"""French of the schema descriptions added by issue #12 (guardrails, budgets, OCDS prefix).

Merged into `board.schemas.fr`'s tables by one line there, so the lead can fold it in later.
"""

from __future__ import annotations

# Opportunity fields, by field path (the posting guide lists them in this form).
FIELDS: dict[str, tuple[str, str]] = {
    "addenda[].changes": (
        "The material fields this addendum announces a change of: price, closing, start, delivery, evaluation, acceptance, eligibility.",
        "Les champs importants dont cet addenda annonce la modification : price, closing, start, delivery, evaluation, acceptance, eligibility.",
    ),
    "addenda[].commit": (
        "Only to repair a change already merged without its addendum: the commit that made it (7 to 40 hexadecimal digits).",
        "Seulement pour réparer une modification déjà fusionnée sans son addenda : le commit qui l'a faite (de 7 à 40 chiffres hexadécimaux).",
    ),
    "justifications": (
        "Optional: why a guardrail does not apply, for the procurement reviewer to approve through the code owners.",
        "Facultatif : pourquoi un garde-fou ne s'applique pas, à faire approuver par l'agent d'approvisionnement par les responsables du code (code owners).",
    ),
    "justifications.splitting": (
        "Why this opportunity is not part of a split contract, though the same team posted related work within the window.",
        "Pourquoi cette opportunité ne fait pas partie d'un marché fractionné, bien que la même équipe ait publié des travaux semblables dans l'intervalle.",
    ),
    "justifications.repeat_award": (
        "Why awarding this opportunity to a supplier the department has already awarded often this fiscal year is justified.",
        "Pourquoi il est justifié d'attribuer cette opportunité à un fournisseur à qui le ministère a déjà attribué plusieurs contrats pendant l'exercice.",
    ),
}

# The board file's settings.
OTHER: dict[str, tuple[str, str]] = {
    "board.guardrails": (
        "Issue #12: guardrails that read the whole history; each setting is optional.",
        "Ticket 12 : garde-fous qui lisent tout l'historique; chaque paramètre est facultatif.",
    ),
    "board.guardrails.min_business_days_after_change": (
        "Business days that must remain between a material change's addendum and the closing date.",
        "Jours ouvrables qui doivent rester entre l'addenda d'une modification importante et la date de clôture.",
    ),
    "board.guardrails.splitting_window_days": (
        "Opportunities of one client team posted within this many days of each other are checked for contract splitting.",
        "Les opportunités d'une même équipe cliente publiées à ce nombre de jours d'intervalle au plus sont vérifiées pour le fractionnement des marchés.",
    ),
    "board.guardrails.repeat_awards_max": (
        "Awards to one supplier by one department in one fiscal year beyond this number need a justification.",
        "Au-delà de ce nombre d'attributions à un même fournisseur par un même ministère pendant un exercice, une justification est nécessaire.",
    ),
    "board.guardrails.repeat_awards_total": (
        "Total awarded to one supplier by one department in one fiscal year (with the worst-case tax) beyond which a justification is needed.",
        "Total attribué à un même fournisseur par un même ministère pendant un exercice (avec la taxe la plus élevée) au-delà duquel une justification est nécessaire.",
    ),
    "board.budgets": (
        "Issue #12: optional budget of a department for a fiscal year (1 April to 31 March); posting beyond what remains is an error.",
        "Ticket 12 : budget facultatif d'un ministère pour un exercice (du 1er avril au 31 mars); publier au-delà de ce qui reste est une erreur.",
    ),
    "board.budgets[].department": (
        "The department's English name, as in the opportunities' client.department.en.",
        "Le nom anglais du ministère, tel que dans client.department.en des opportunités.",
    ),
    "board.budgets[].fiscal_year": (
        "The year the fiscal year starts: 2026 is 1 April 2026 to 31 March 2027.",
        "L'année où commence l'exercice : 2026 va du 1er avril 2026 au 31 mars 2027.",
    ),
    "board.budgets[].amount": (
        "What the department may commit that year, including tax.",
        "Ce que le ministère peut engager pendant cet exercice, taxes comprises.",
    ),
    "board.ocid_prefix": (
        "Issue #12: the OCDS prefix the department registered with the Open Contracting Partnership (ocds- and six characters); each opportunity's ocid is this prefix, a hyphen and its id.",
        "Ticket 12 : le préfixe OCDS que le ministère a enregistré auprès de l'Open Contracting Partnership (ocds- et six caractères); l'ocid de chaque opportunité est ce préfixe, un trait d'union et son identifiant.",
    ),
}
