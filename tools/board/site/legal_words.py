"""The fixed words of the privacy notice, the contract terms page and the supplier guide (issue
#11), in English and in French. What differs between departments comes from the settings in
``content/board.yaml`` (``service.py``); what the board itself does (what it publishes, what it
seals) is said here, once. Merged into ``i18n.STRINGS`` by one line there.
"""

from __future__ import annotations

N = "\u00a0"  # a no-break space: French puts one before a colon, and inside "30 000 $"

LEGAL: dict[str, tuple[str, str]] = {
    # the privacy notice
    "privacy.title": ("Privacy notice", "Avis de confidentialité"),
    "privacy.lead": (
        "{department} runs this board. This notice says what personal information is collected "
        "when you apply or ask a question, why, who can see it, and your rights under the Privacy "
        "Act.",
        "{department} gère ce tableau. Cet avis indique quels renseignements personnels sont "
        "recueillis lorsque vous postulez ou posez une question, pourquoi, qui peut les voir, et "
        "quels sont vos droits en vertu de la Loi sur la protection des renseignements "
        "personnels.",
    ),
    "privacy.why": ("Authority and purpose", "Autorisation et fins"),
    "privacy.sealed": (
        "What is sealed, and who can open it",
        "Ce qui est scellé, et qui peut l'ouvrir",
    ),
    "privacy.sealed_body": (
        "Your name, e-mail address, business name and answers are sealed (encrypted) in your "
        "browser before they leave it. Nobody can read them on GitHub, in an e-mail or in the "
        "board's repository.",
        "Votre nom, votre adresse courriel, le nom de votre entreprise et vos réponses sont "
        "scellés (chiffrés) dans votre navigateur avant d'en sortir. Personne ne peut les lire sur "
        "GitHub, dans un courriel ni dans le dépôt du tableau.",
    ),
    "privacy.public": ("What is public", "Ce qui est public"),
    "privacy.public_ledger": (
        "For each application, the board's public ledger shows a receipt number, the time it was "
        "received and the SHA-256 fingerprint of the sealed application, so that you can check "
        "that it was counted and not changed.",
        "Pour chaque candidature, le registre public du tableau indique un numéro de reçu, le "
        "moment de la réception et l'empreinte SHA-256 de la candidature scellée, pour que vous "
        "puissiez vérifier qu'elle a été comptée et n'a pas été modifiée.",
    ),
    "privacy.public_who": (
        "If you apply on GitHub, your GitHub account is public on your application's ticket and "
        "is recorded in the ledger. If you apply by e-mail, the ledger identifies you by a keyed "
        "hash of your address, never by the address itself.",
        "Si vous postulez sur GitHub, votre compte GitHub est public dans le ticket de votre "
        "candidature et il est consigné dans le registre. Si vous postulez par courriel, le "
        "registre vous identifie par un hachage à clé de votre adresse, jamais par l'adresse "
        "elle-même.",
    ),
    "privacy.public_questions": (
        "Questions are public. The client may reword a question to remove anything that "
        "identifies you before publishing the answer.",
        "Les questions sont publiques. Le client peut reformuler une question pour retirer tout "
        "ce qui vous identifie avant de publier la réponse.",
    ),
    "privacy.public_award": (
        "When the contract is awarded, the name of the winning supplier and the price are "
        "published on the board and in its open data.",
        "Lorsque le contrat est attribué, le nom du fournisseur retenu et le prix sont publiés "
        "dans le tableau et dans ses données ouvertes.",
    ),
    "privacy.bank": ("Personal information bank", "Fichier de renseignements personnels"),
    "privacy.retention": ("How long it is kept", "Durée de conservation"),
    "privacy.rights": ("Your rights", "Vos droits"),
    "privacy.rights_body": (
        "You have the right to the protection of your personal information, to see it and to ask "
        "for corrections. To do so, write to the access to information and privacy office:",
        "Vous avez droit à la protection de vos renseignements personnels, à leur consultation et "
        f"à leur correction. Pour exercer ces droits, écrivez au bureau de l'accès à "
        f"l'information et de la protection des renseignements personnels{N}:",
    ),
    "privacy.complaint": ("Complaints", "Plaintes"),
    "privacy.complaint_body": (
        "If you are not satisfied with how your personal information is handled, you may "
        "complain to the Privacy Commissioner of Canada.",
        "Si vous n'êtes pas satisfait de la façon dont vos renseignements personnels sont "
        "traités, vous pouvez porter plainte auprès du Commissariat à la protection de la vie "
        "privée du Canada.",
    ),
    "privacy.complaint_link": (
        "Report a concern to the Privacy Commissioner",
        "Signaler un problème au Commissariat à la protection de la vie privée",
    ),
    "privacy.complaint_url": (
        "https://www.priv.gc.ca/en/report-a-concern/",
        "https://www.priv.gc.ca/fr/signaler-un-probleme/",
    ),
    "privacy.site": ("This website", "Ce site Web"),
    "privacy.site_body": (
        "The board's pages set no cookies, run no analytics and load nothing from other sites. "
        "GitHub's own privacy statement applies to what you do on GitHub.",
        "Les pages du tableau ne déposent aucun témoin, ne font aucune mesure d'audience et ne "
        "chargent rien depuis d'autres sites. La déclaration de confidentialité de GitHub "
        "s'applique à ce que vous faites sur GitHub.",
    ),
    # the contract terms
    "terms.title": ("Contract terms", "Modalités du contrat"),
    "terms.lead": (
        "These terms form the contract for every opportunity on this board. The contract is made "
        "when an opportunity is awarded; the opportunity states the price, the dates, the payment "
        "method and the open-source licence.",
        "Ces modalités constituent le contrat de chaque opportunité de ce tableau. Le contrat est "
        "conclu au moment de l'attribution; l'opportunité précise le prix, les dates, le mode de "
        "paiement et la licence libre.",
    ),
    "terms.licence": (
        "the open-source licence stated on the opportunity",
        "la licence libre indiquée dans l'opportunité",
    ),
    "terms.board": ("Using this board", "Utilisation du tableau"),
    "terms.honest": (
        "Your application must be your own work, and the statements you confirm when you apply "
        "must be true.",
        "Votre candidature doit être votre propre travail, et les déclarations que vous "
        "confirmez en postulant doivent être exactes.",
    ),
    "terms.public": (
        "Opportunities, questions, answers, addenda and every change to them are public and kept "
        "in the repository's history.",
        "Les opportunités, les questions, les réponses, les addenda et chacune de leurs "
        "modifications sont publics et conservés dans l'historique du dépôt.",
    ),
    "terms.changes": (
        "The client may change or cancel an opportunity before it is awarded; every change is "
        "shown on the opportunity's page.",
        "Le client peut modifier ou annuler une opportunité avant son attribution; chaque "
        "modification est affichée sur la page de l'opportunité.",
    ),
}
