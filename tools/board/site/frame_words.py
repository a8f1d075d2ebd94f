"""The words of the Government of Canada frame and of the service pages (issue #11), in English
and in French: the header, footer, "Date modified" and "Report a problem", the splash and 404
pages, the privacy notice, the contract terms and the supplier guide.

Same shape as ``i18n.STRINGS`` (``key: (English, French)``, ``str.format`` placeholders), merged
into it by one line there; kept apart so that the catalogs can take it over in one piece.
"""

from __future__ import annotations

NBSP = "\u00a0"

FRAME: dict[str, tuple[str, str]] = {
    # the frame on every page
    "frame.run_by": ("This board is run by {department}.", "Ce tableau est géré par {department}."),
    "frame.details": ("Page details", "Détails de la page"),
    "frame.report": ("Report a problem on this page", "Signaler un problème sur cette page"),
    "frame.report_subject": (
        "Problem on the page {url}",
        "Problème sur la page {url}",
    ),
    "frame.report_help": (
        "Opens your e-mail program; no GitHub account needed.",
        "Ouvre votre logiciel de courriel; aucun compte GitHub n'est nécessaire.",
    ),
    "frame.about": ("About this board", "À propos du tableau"),
    "frame.supplier_guide": ("Supplier guide", "Guide des fournisseurs"),
    "frame.terms": ("Contract terms", "Modalités du contrat"),
    "frame.privacy": ("Privacy notice", "Avis de confidentialité"),
    "frame.canada_terms": ("Terms and conditions", "Avis"),
    "frame.canada_privacy": ("Privacy (Canada.ca)", "Confidentialité (Canada.ca)"),
    # the splash (root) page and the 404 page
    "splash.lead": (
        "Small, fixed-price pieces of government work, published in both official languages.",
        "De petits travaux à prix fixe pour le gouvernement, publiés dans les deux langues officielles.",
    ),
    "splash.enter": ("English", "Français"),
    "splash.terms": ("Terms and conditions", "Avis"),
    "notfound.title": ("We couldn't find that page", "Nous ne pouvons trouver cette page"),
    "notfound.body": (
        "We're sorry you ended up here. The page may have moved, or the address may be mistyped.",
        "Nous sommes désolés que vous ayez abouti ici. La page a peut-être été déplacée, ou "
        "l'adresse contient peut-être une erreur.",
    ),
    "notfound.home": ("See the open opportunities", "Voir les opportunités ouvertes"),
    # next to the client contact, on an opportunity
    "opp.contact_note": (
        "For contract matters after the award. Ask any question about this opportunity in the "
        "public questions and answers, so that every applicant gets the same answer.",
        "Pour les questions liées au contrat, après l'attribution. Posez toute question sur cette "
        "opportunité dans les questions et réponses publiques, afin que toutes les personnes qui "
        "postulent obtiennent la même réponse.",
    ),
    "opp.contact_qa": ("Go to the questions and answers", "Aller aux questions et réponses"),
    "opp.client_contract": ("Client and contract", "Client et contrat"),
    "opp.terms": ("Contract terms", "Modalités du contrat"),
    "opp.terms_link": (
        "The contract terms that apply to this opportunity",
        "Les modalités du contrat qui s'appliquent à cette opportunité",
    ),
    # the Apply page, before anything is sealed
    "apply.privacy": (
        "Before you apply, read the privacy notice: what is sealed, what is public, who can open "
        "your application and your rights.",
        f"Avant de postuler, lisez l'avis de confidentialité{NBSP}: ce qui est scellé, ce qui est "
        "public, qui peut ouvrir votre candidature et quels sont vos droits.",
    ),
    "apply.words_over": (
        "{n} of {max} words, over the limit",
        f"Mots{NBSP}: {{n}} sur {{max}}, au-delà de la limite",
    ),
    "apply.privacy_link": ("Read the privacy notice", "Lire l'avis de confidentialité"),
}
