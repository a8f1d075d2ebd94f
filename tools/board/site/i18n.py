"""Interface text in both official languages: one table, one lookup.

Each entry is ``key: (English, French)``; placeholders use ``str.format`` names. Content text
(titles, descriptions) comes from the YAML; this module holds only the board's own words.
"""

from __future__ import annotations

from .. import formats
from ..words import PAYMENT, TAXES
from .results_words import RESULTS_STRINGS

LANGS = ("en", "fr")
OTHER = {"en": "fr", "fr": "en"}
LANGUAGE_NAME = {"en": "English", "fr": "Français"}

STRINGS: dict[str, tuple[str, str]] = {
    # chrome
    "skip": ("Skip to main content", "Passer au contenu principal"),
    "site_nav": ("Board sections", "Sections du tableau"),
    "nav.board": ("Opportunities", "Opportunités"),
    "nav.apply": ("How to apply", "Comment postuler"),
    "nav.post": ("Post an opportunity", "Publier une opportunité"),
    "nav.faq": ("FAQ", "FAQ"),
    "language_toggle": ("Français", "English"),
    "footer.feeds": ("Feeds and open data", "Fils et données ouvertes"),
    "footer.about": ("About this board", "À propos du tableau"),
    "footer.terms": ("Terms", "Conditions"),
    "footer.privacy": ("Privacy", "Confidentialité"),
    "feed.atom": (
        "Atom feed of new and updated opportunities",
        "Fil Atom des opportunités nouvelles et mises à jour",
    ),
    "feed.ics": ("Closing dates (iCalendar)", "Dates de clôture (iCalendar)"),
    "feed.json": ("Open data (JSON)", "Données ouvertes (JSON)"),
    "feed.csv": ("Open data (CSV)", "Données ouvertes (CSV)"),
    "feed.schema": ("JSON Schema of the open data", "Schéma JSON des données ouvertes"),
    # board
    "board.title": ("Opportunities", "Opportunités"),
    "board.lead": (
        "Small, fixed-price pieces of work for the government, paid by acquisition card or "
        "PayPal. Every opportunity states its price; you apply on merit, never on price.",
        "De petits travaux à prix fixe pour le gouvernement, payés par carte d'achat ou par "
        "PayPal. Chaque opportunité affiche son prix : votre candidature est évaluée au mérite, jamais sur le prix.",
    ),
    "board.open": ("Open opportunities ({n})", "Opportunités ouvertes ({n})"),
    "board.none_open": (
        "No opportunity is open right now. Follow the feed or add the closing-dates calendar "
        "to hear about the next one:",
        "Aucune opportunité n'est ouverte en ce moment. Suivez le fil ou ajoutez le calendrier "
        "des dates de clôture pour être informé de la prochaine :",
    ),
    "board.past": (
        "Closed, awarded and cancelled opportunities ({n})",
        "Opportunités fermées, attribuées et annulées ({n})",
    ),
    "board.past_more": (
        "See every past opportunity in the archive",
        "Voir toutes les opportunités passées dans les archives",
    ),
    "board.archive": ("Archive of past opportunities", "Archives des opportunités passées"),
    "board.archive_page": ("Archive, page {n} of {total}", "Archives, page {n} sur {total}"),
    "board.previous": ("Previous page", "Page précédente"),
    "board.next": ("Next page", "Page suivante"),
    "board.back": ("Back to open opportunities", "Retour aux opportunités ouvertes"),
    "filter.legend": (
        "Filter the opportunities on this page",
        "Filtrer les opportunités de cette page",
    ),
    "filter.skill": ("Skill", "Compétence"),
    "filter.any": ("Any skill", "Toutes les compétences"),
    "filter.text": ("Words in the title or summary", "Mots du titre ou du résumé"),
    "filter.count": (
        "{n} of {total} opportunities shown",
        "Opportunités affichées : {n} sur {total}",
    ),
    "filter.clear": ("Clear filters", "Effacer les filtres"),
    "card.price": ("Price", "Prix"),
    "card.closing": ("Closes", "Clôture"),
    "card.skills": ("Skills", "Compétences"),
    "card.updated": ("Updated", "Mise à jour"),
    "days.today": ("closes today", "ferme aujourd'hui"),
    "days.one": ("1 day left", "1 jour restant"),
    "days.other": ("{n} days left", "{n} jours restants"),
    # statuses
    "status.open": ("Open", "Ouverte"),
    "status.closed": ("Closed", "Fermée"),
    "status.awarded": ("Awarded", "Attribuée"),
    "status.cancelled": ("Cancelled", "Annulée"),
    "banner.open": (
        "Open for applications until {closing}.",
        "Ouverte aux candidatures jusqu'au {closing}.",
    ),
    "banner.closed": (
        "Closed on {closing}. Applications are being evaluated.",
        "Fermée le {closing}. Les candidatures sont en cours d'évaluation.",
    ),
    "banner.awarded": (
        "Awarded. Applications are no longer accepted.",
        "Attribuée. Les candidatures ne sont plus acceptées.",
    ),
    "banner.cancelled": (
        "Cancelled. This work will not be bought through this opportunity.",
        "Annulée. Ces travaux ne seront pas acquis dans le cadre de cette opportunité.",
    ),
    # opportunity
    "opp.facts": ("Key facts", "Renseignements clés"),
    "opp.price": ("Price", "Prix"),
    "opp.closing": ("Closing", "Clôture"),
    "opp.start": ("Earliest start", "Date de début au plus tôt"),
    "opp.delivery": ("Delivery deadline", "Date limite de livraison"),
    "opp.payment": ("Payment method", "Mode de paiement"),
    "opp.client": ("Client", "Client"),
    "opp.contact": ("Contact", "Personne-ressource"),
    "opp.skills": ("Skills", "Compétences"),
    "opp.repository": ("Repository", "Dépôt"),
    "opp.licence": ("Licence", "Licence"),
    "opp.posted": ("Posted", "Date de publication"),
    "opp.description": ("Description", "Description"),
    "opp.acceptance": ("Work acceptance criteria", "Critères d'acceptation des travaux"),
    "opp.acceptance_lead": (
        "The client accepts and pays for the work when all of these are true.",
        "Le client accepte et paie les travaux lorsque toutes ces conditions sont remplies.",
    ),
    "opp.evaluation": ("Application evaluation", "Évaluation des candidatures"),
    "opp.method.pass-fail-draw": (
        "Each criterion is pass or fail. Among the applications that pass every criterion, the "
        "winner is chosen by a random draw that anyone can check.",
        "Chaque critère est évalué selon la méthode réussite-échec. Parmi les candidatures qui "
        "satisfont à tous les critères, la candidature retenue est désignée par un tirage au sort que "
        "tout le monde peut vérifier.",
    ),
    "opp.method.scored": (
        "Each criterion is scored out of its weight; an application must reach the pass mark of every criterion.",
        "Chaque critère est noté sur un maximum égal à sa pondération; une candidature doit atteindre la note de passage de chaque critère.",
    ),
    "opp.max_words": ("{n} words at most", "{n} mots au maximum"),
    "opp.weight": ("weight {w}, pass mark {p}", "pondération {w}, note de passage {p}"),
    "opp.eligibility": ("Who can apply", "Qui peut postuler"),
    "opp.eligibility_lead": (
        "To apply you must be able to confirm that:",
        "Pour postuler, vous devez pouvoir confirmer ce qui suit :",
    ),
    "opp.how": ("How to apply", "Comment postuler"),
    "opp.how_lead": (
        "Applications are sealed in your browser and filed as a GitHub issue. Read the guide first; it takes a few minutes.",
        "Les candidatures sont scellées dans votre navigateur et déposées sous forme de ticket GitHub. Lisez d'abord le guide; cela prend quelques minutes.",
    ),
    "opp.apply_button": ("Apply to this opportunity", "Postuler à cette opportunité"),
    "opp.issue_form": (
        "Open the application form on GitHub",
        "Ouvrir le formulaire de candidature sur GitHub",
    ),
    "opp.guide": ("Read how to apply", "Consulter la marche à suivre pour postuler"),
    "opp.not_open": ("Applications are closed.", "La période de candidature est terminée."),
    "opp.fingerprint": ("Sealing key fingerprint", "Empreinte de la clé de scellement"),
    "opp.no_key": (
        "Applications are not open yet: the sealing key has not been published.",
        "Les candidatures ne sont pas encore ouvertes : la clé de scellement n'a pas été publiée.",
    ),
    "opp.received": ("Applications received", "Candidatures reçues"),
    "opp.received_n.one": ("{n} sealed application received.", "{n} candidature scellée reçue."),
    "opp.received_n.other": (
        "{n} sealed applications received.",
        "{n} candidatures scellées reçues.",
    ),
    "opp.receipt": ("Receipt", "Reçu"),
    "opp.sha256": ("SHA-256 of the sealed application", "SHA-256 de la candidature scellée"),
    "opp.received_at": ("Received", "Date de réception"),
    "opp.digest": ("Digest of this ledger (SHA-256)", "Empreinte de ce registre (SHA-256)"),
    "opp.digest_help": (
        "Anyone can recompute it from the public ledger; copies of this page kept elsewhere show whether the ledger was later changed.",
        "Toute personne peut la recalculer à partir du registre public; les copies de cette page conservées ailleurs montrent si le registre a été modifié par la suite.",
    ),
    "opp.incidents": ("Corrections made in the open", "Corrections faites publiquement"),
    "opp.incident": (
        "Recorded on {date} about commit {commit}",
        "Consignée le {date} au sujet du commit {commit}",
    ),
    "opp.incident_restores": (
        "The ledger was restored to its state at commit {commit}.",
        "Le registre a été rétabli dans son état au commit {commit}.",
    ),
    "opp.incident_accepts": (
        "The change to these receipts stands: {receipts}.",
        "La modification de ces reçus est maintenue\u00a0: {receipts}.",
    ),
    "opp.questions": ("Questions and answers", "Questions et réponses"),
    "opp.ask": ("Ask a question on GitHub", "Poser une question sur GitHub"),
    "opp.questions_until": (
        "Questions are asked in public and every answer is published here, in both languages. "
        "You can ask until {cutoff}.",
        "Les questions sont posées publiquement et chaque réponse est publiée ici, dans les deux "
        "langues. Vous pouvez poser une question jusqu'au {cutoff}.",
    ),
    "opp.questions_over": (
        "The period for questions ended on {cutoff}.",
        "La période des questions a pris fin le {cutoff}.",
    ),
    "opp.no_questions": (
        "No question has been answered yet.",
        "Aucune question n'a encore reçu de réponse.",
    ),
    "opp.question": ("Question", "Question"),
    "opp.answer": ("Answer", "Réponse"),
    "opp.answered_on": (
        "answered {date} (issue #{issue})",
        "réponse du {date} (ticket nº {issue})",
    ),
    "opp.addenda": ("Addenda", "Addenda"),
    "opp.no_addenda": ("No addendum.", "Aucun addenda."),
    "opp.history": ("History", "Historique"),
    "opp.history_unavailable": (
        "History unavailable: this copy of the board was built without its Git history.",
        "Historique non disponible : cette copie du tableau a été construite sans son historique Git.",
    ),
    "opp.history_none": (
        "Not yet published in the repository history.",
        "Ne figure pas encore dans l'historique du dépôt.",
    ),
    "opp.first_published": (
        "First published on {date}.",
        "Publiée pour la première fois le {date}.",
    ),
    "opp.no_changes": ("No change since publication.", "Aucun changement depuis la publication."),
    "opp.changed_on": ("Changed on {date}", "Modifiée le {date}"),
    "opp.field": ("Field", "Champ"),
    "opp.before": ("Before", "Avant"),
    "opp.after": ("After", "Après"),
    "opp.closing_moved": (
        "The closing date changed from {old} to {new}.",
        "La date de clôture est passée du {old} au {new}.",
    ),
    "opp.removed": ("(removed)", "(supprimé)"),
    "opp.added": ("(none)", "(aucun)"),
    # apply page
    "apply.title": ("Apply: {title}", "Postuler : {title}"),
    "apply.lead": (
        "Fill in this form. Your answers are sealed (encrypted) in this browser before anything "
        "leaves it; only the procurement officer can open them, after closing. Nothing is sent "
        "until you submit the GitHub issue yourself.",
        "Remplissez ce formulaire. Vos réponses sont scellées (chiffrées) dans ce navigateur avant "
        "que quoi que ce soit n'en sorte; seul l'agent d'approvisionnement peut les ouvrir, après la clôture. Rien "
        "n'est envoyé tant que vous ne soumettez pas vous-même le ticket GitHub.",
    ),
    "apply.about_you": ("About you", "À propos de vous"),
    "apply.name": ("Your full name", "Votre nom complet"),
    "apply.email": ("E-mail address", "Adresse courriel"),
    "apply.business": ("Business name (optional)", "Nom de l'entreprise (facultatif)"),
    "apply.language": ("Preferred official language", "Langue officielle de préférence"),
    "apply.answers": ("Your answers", "Vos réponses"),
    "apply.words": ("{n} of {max} words", "Mots : {n} sur {max}"),
    "apply.attest": ("Eligibility", "Admissibilité"),
    "apply.required": ("(required)", "(obligatoire)"),
    "apply.submit": ("Seal and continue to GitHub", "Sceller et continuer vers GitHub"),
    "apply.errors": (
        "There are {n} problem(s) with your application",
        "Votre candidature comporte {n} problème(s)",
    ),
    "apply.err.name": ("Enter your full name.", "Entrez votre nom complet."),
    "apply.err.email": (
        "Enter an e-mail address such as name@example.com.",
        "Entrez une adresse courriel, par exemple nom@example.com.",
    ),
    "apply.err.answer": ("Answer this criterion.", "Répondez à ce critère."),
    "apply.err.too_long": ("Use {max} words or fewer.", "Utilisez au plus {max} mots."),
    "apply.err.attest": (
        "Confirm this statement to apply.",
        "Vous devez confirmer cette déclaration pour postuler.",
    ),
    "apply.unavailable": (
        "Sealing is unavailable on this copy of the board, so applications cannot be prepared "
        "here yet. Please come back later; the deadline is shown on the opportunity page.",
        "Le scellement n'est pas disponible sur cette copie du tableau : il n'est donc pas encore "
        "possible de préparer une candidature ici. Revenez plus tard; la date limite figure sur la page de l'opportunité.",
    ),
    "apply.sealing": ("Sealing your application…", "Scellement de votre candidature…"),
    "apply.failed": ("Sealing failed: {error}", "Le scellement a échoué : {error}"),
    "apply.key_mismatch": (
        "Nothing was sealed: this page's sealing key does not match its fingerprint. Reload the "
        "page; if this message stays, ask a question on GitHub so that the board can be fixed.",
        "Rien n'a été scellé : la clé de scellement de cette page ne correspond pas à son "
        "empreinte. Rechargez la page; si ce message reste affiché, posez une question sur "
        "GitHub pour que le tableau soit corrigé.",
    ),
    "apply.opened": (
        "GitHub opened in a new tab with your sealed application.",
        "GitHub s'est ouvert dans un nouvel onglet avec votre candidature scellée.",
    ),
    "apply.copied_title": (
        "Your sealed application is ready",
        "Votre candidature scellée est prête",
    ),
    "apply.step3": (
        "Paste the block into the field “Sealed application”.",
        "Collez le bloc dans le champ « Candidature scellée ».",
    ),
    "apply.step4": (
        "Submit the issue before the closing time.",
        "Soumettez le ticket avant l'heure de clôture.",
    ),
    "apply.sealed_block": ("Sealed application", "Candidature scellée"),
    "apply.needs_script": (
        "Sealing happens in your browser and needs JavaScript. If this form stays greyed out, "
        "JavaScript is turned off or blocked here: turn it on for this site, or use another "
        "browser. Nothing has been sent: this form cannot send anything until sealing is ready.",
        "Le scellement se fait dans votre navigateur et nécessite JavaScript. Si ce formulaire "
        "reste grisé, JavaScript est désactivé ou bloqué ici\u00a0: activez-le pour ce site ou utilisez "
        "un autre navigateur. Rien n'a été envoyé\u00a0: ce formulaire ne peut rien envoyer tant que "
        "le scellement n'est pas prêt.",
    ),
    "apply.no_crypto": (
        "This browser cannot seal applications here: it lacks the Web Cryptography API, or the "
        "page was not opened over HTTPS. Use an up-to-date browser at the board's https:// "
        "address. Nothing has been sent.",
        "Ce navigateur ne peut pas sceller de candidature ici\u00a0: il ne prend pas en charge l'API "
        "Web Cryptography, ou la page n'a pas été ouverte en HTTPS. Utilisez un navigateur à jour "
        "à l'adresse https:// du tableau. Rien n'a été envoyé.",
    ),
    "apply.blocked": (
        "Your browser did not open a new tab, so nothing has reached GitHub yet. Select "
        "“Continue to GitHub” below to file your sealed application.",
        "Votre navigateur n'a pas ouvert de nouvel onglet\u00a0: rien n'est encore parvenu à GitHub. "
        "Choisissez « Continuer vers GitHub » ci-dessous pour déposer votre candidature scellée.",
    ),
    "apply.too_long": (
        "Your sealed application is too long to travel in a link: copy it, then paste it into "
        "the form on GitHub.",
        "Votre candidature scellée est trop longue pour passer dans un lien\u00a0: copiez-la, puis "
        "collez-la dans le formulaire sur GitHub.",
    ),
    "apply.step.prefilled": (
        "Select “Continue to GitHub”: the application form opens with your sealed application "
        "already in it.",
        "Choisissez « Continuer vers GitHub »\u00a0: le formulaire de candidature s'ouvre avec votre "
        "candidature scellée déjà insérée.",
    ),
    "apply.step.copy": (
        "Copy your sealed application (the button below the block does it).",
        "Copiez votre candidature scellée (le bouton sous le bloc le fait pour vous).",
    ),
    "apply.step.continue": (
        "Select “Continue to GitHub” to open the application form.",
        "Choisissez « Continuer vers GitHub » pour ouvrir le formulaire de candidature.",
    ),
    "apply.continue": ("Continue to GitHub", "Continuer vers GitHub"),
    "apply.new_tab": ("(opens in a new tab)", "(s'ouvre dans un nouvel onglet)"),
    "apply.copy": ("Copy the sealed application", "Copier la candidature scellée"),
    "apply.copy_done": (
        "Copied. Paste it into the field “Sealed application” on GitHub.",
        "Copiée. Collez-la dans le champ « Candidature scellée » sur GitHub.",
    ),
    "apply.copy_failed": (
        "Your browser did not let this page copy. The block is now selected: copy it by hand "
        "(Ctrl+C, or ⌘+C on a Mac; on a phone, touch and hold it, then choose Copy), then paste "
        "it on GitHub.",
        "Votre navigateur n'a pas permis à cette page de copier. Le bloc est maintenant "
        "sélectionné\u00a0: copiez-le vous-même (Ctrl+C, ou ⌘+C sur un Mac; sur un téléphone, "
        "touchez-le longuement, puis choisissez Copier), puis collez-le sur GitHub.",
    ),
    "apply.back": ("Back to the opportunity", "Retour à l'opportunité"),
    # guides
    "guide.fields": ("Field", "Champ"),
    "guide.required": ("Required", "Obligatoire"),
    "guide.type": ("Type", "Type"),
    "guide.meaning": ("What it means", "Signification"),
    "guide.yes": ("yes", "oui"),
    "guide.no": ("no", "non"),
    # feeds
    "feed.title": (
        "{board}: new and updated opportunities",
        "{board} : opportunités nouvelles et mises à jour",
    ),
    "feed.new": ("New: {title}", "Nouvelle : {title}"),
    "feed.updated": ("Updated: {title}", "Mise à jour : {title}"),
    "feed.answered": ("Question answered: {title}", "Réponse publiée : {title}"),
    "feed.changed": ("Changed: {fields}", "Modifications : {fields}"),
    "ics.closing": ("Closing: {title}", "Clôture : {title}"),
}
STRINGS |= {f"opp.taxes_{choice}": words for choice, words in TAXES.items()}
STRINGS |= {f"payment.{method}": words for method, words in PAYMENT.items()}
STRINGS |= RESULTS_STRINGS  # issue #12; TO RECONCILE into the catalogs


def t(lang: str, key: str, **values: object) -> str:
    """The interface text ``key`` in ``lang``, with ``values`` filled in."""
    en, fr = STRINGS[key]
    text = fr if lang == "fr" else en
    return text.format(**values) if values else text


def days_left(lang: str, days: int) -> str:
    if days <= 0:
        return t(lang, "days.today")
    return t(lang, "days.one") if days == 1 else t(lang, "days.other", n=days)


def colon(lang: str) -> str:
    """A colon as each language types it: French puts a no-break space before it."""
    return formats.colon(lang)


def plural(lang: str, key: str, n: int) -> str:
    """``key.one`` or ``key.other`` by each language's rule (French treats 0 as singular)."""
    return t(lang, formats.plural(lang, n, f"{key}.one", f"{key}.other"), n=n)
