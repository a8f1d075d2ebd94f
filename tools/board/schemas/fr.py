"""French for the ``description`` texts of the JSON Schemas in ``schemas/``.

One table for everything that shows a description to a client: the "post an opportunity" guide
(`board.site.schema_doc`) and the hints of `board validate` (`board.schemas`). Each entry
records the English it translates: when a schema's wording changes, the test suite fails until
the translation follows.
"""

from __future__ import annotations

# The opportunity format, by field path (the guide lists them in this form).
FRENCH: dict[str, tuple[str, str]] = {
    "id": (
        "Equals the file name without .yaml: lowercase letters, digits and hyphens, 3 to 80 characters.",
        "Identique au nom du fichier sans .yaml : lettres minuscules, chiffres et traits d'union, de 3 à 80 caractères.",
    ),
    "status": (
        "draft (never published), published, or cancelled. Open or closed follows from the dates.",
        "draft (brouillon, jamais publié), published (publiée) ou cancelled (annulée). L'état « ouverte » ou « fermée » découle des dates.",
    ),
    "title": (
        "Short title, 100 characters at most per language.",
        "Titre court, 100 caractères au plus par langue.",
    ),
    "summary": (
        "One or two sentences shown on the board's list, 500 characters at most per language.",
        "Une ou deux phrases affichées dans la liste du tableau, 500 caractères au plus par langue.",
    ),
    "description": (
        "Full description in Markdown. No raw HTML.",
        "Description complète en Markdown. Pas de HTML brut.",
    ),
    "skills": (
        "1 to 10 skills, each listed once.",
        "De 1 à 10 compétences, chacune indiquée une seule fois.",
    ),
    "client": ("The team that needs the work.", "L'équipe qui a besoin des travaux."),
    "client.department": ("Department or agency.", "Ministère ou organisme."),
    "client.team": ("Team within it.", "Équipe au sein de celui-ci."),
    "client.contact": ("Contact e-mail address.", "Adresse courriel de la personne-ressource."),
    "price": (
        "Fixed price set by the client; applicants never bid a price.",
        "Prix fixe établi par le client; les candidats ne proposent jamais de prix.",
    ),
    "price.amount": (
        "Amount in whole or decimal currency units.",
        "Montant en unités monétaires, entières ou décimales.",
    ),
    "price.currency": (
        "ISO 4217 currency code; the board's currency.",
        "Code de devise ISO 4217, soit la devise du tableau.",
    ),
    "price.taxes": (
        "Whether the amount includes sales taxes.",
        "Indique si le montant comprend les taxes de vente.",
    ),
    "posted": ("Date of publication (YYYY-MM-DD).", "Date de publication (AAAA-MM-JJ)."),
    "closing": (
        "Closing date and time with its UTC offset, e.g. 2027-01-29T23:59:59-05:00.",
        "Date et heure de clôture avec leur décalage par rapport à l'UTC, p. ex. 2027-01-29T23:59:59-05:00.",
    ),
    "start": (
        "Earliest start date of the work (YYYY-MM-DD), after closing.",
        "Date de début des travaux au plus tôt (AAAA-MM-JJ), après la clôture.",
    ),
    "delivery": (
        "Delivery deadline with its UTC offset.",
        "Date limite de livraison avec son décalage par rapport à l'UTC.",
    ),
    "repository": (
        "https URL of the public repository where the work is delivered.",
        "URL https du dépôt public où les travaux sont livrés.",
    ),
    "licence": (
        "Open-source licence of the delivered work (SPDX identifier, e.g. MIT).",
        "Licence libre des travaux livrés (identifiant SPDX, p. ex. MIT).",
    ),
    "evaluation": (
        "Application evaluation: never on price.",
        "Évaluation des candidatures : jamais sur le prix.",
    ),
    "evaluation.method": (
        "pass-fail-draw: pass/fail on every criterion, then a random draw among passes; scored: weighted scores.",
        "pass-fail-draw : réussite ou échec à chaque critère, puis tirage au sort parmi les candidatures qui les réussissent tous; scored : notes pondérées.",
    ),
    "evaluation.criteria": (
        "1 to 10 criteria, each answered in writing.",
        "De 1 à 10 critères, chacun faisant l'objet d'une réponse écrite.",
    ),
    "evaluation.criteria[].id": (
        "Short identifier, unique within the opportunity.",
        "Identifiant court, unique dans l'opportunité.",
    ),
    "evaluation.criteria[].max_words": (
        "Word limit for the applicant's answer (1 to 1000).",
        "Nombre maximal de mots de la réponse du candidat (de 1 à 1 000).",
    ),
    "evaluation.criteria[].weight": (
        "Scored evaluation only: whole-number weight; all weights sum to 100.",
        "Évaluation notée seulement : pondération en nombre entier; la somme des pondérations est égale à 100.",
    ),
    "evaluation.criteria[].pass_mark": (
        "Scored evaluation only: minimum score out of the weight to pass this criterion.",
        "Évaluation notée seulement : note minimale, sur la pondération, pour réussir ce critère.",
    ),
    "evaluation.criteria[].en": (
        "What the applicant must show, in English.",
        "Ce que le candidat doit démontrer, en anglais.",
    ),
    "evaluation.criteria[].fr": (
        "What the applicant must show, in French.",
        "Ce que le candidat doit démontrer, en français.",
    ),
    "acceptance": (
        "Work acceptance criteria: what must be true for the work to be accepted and paid.",
        "Critères d'acceptation des travaux : ce qui doit être vrai pour que les travaux soient acceptés et payés.",
    ),
    "attestations": (
        "The client's guardrail attestations; both must be true.",
        "Les attestations du client relatives aux garde-fous; les deux doivent être vraies.",
    ),
    "attestations.standalone_work": (
        "The work is standalone, not part of a larger requirement split to avoid controls.",
        "Les travaux sont autonomes et ne font pas partie d'un besoin plus vaste fractionné pour éviter les contrôles.",
    ),
    "attestations.no_internal_capacity": (
        "The team has no internal capacity to do the work.",
        "L'équipe n'a pas la capacité interne d'effectuer les travaux.",
    ),
    "payment": ("How the supplier is paid.", "Mode de paiement du fournisseur."),
    "addenda": (
        "Optional: changes announced after publication, newest last.",
        "Facultatif : changements annoncés après la publication, le plus récent en dernier.",
    ),
    "sealing_key": (
        "Optional: overrides the board's sealing key for this opportunity.",
        "Facultatif : remplace la clé de scellement du tableau pour cette opportunité.",
    ),
    "sealing_key.public_key": (
        "Uncompressed P-256 public point (65 bytes), base64url without padding.",
        "Point public P-256 non compressé (65 octets), en base64url sans remplissage.",
    ),
    "sealing_key.fingerprint": (
        "First 20 hexadecimal digits of the SHA-256 of the public point, in groups of four: ab12-cd34-ef56-7890-abcd.",
        "Les 20 premiers chiffres hexadécimaux du SHA-256 du point public, par groupes de quatre : ab12-cd34-ef56-7890-abcd.",
    ),
    "questions": (
        "Optional: questions asked publicly and their answers, published by pull request.",
        "Facultatif : questions posées publiquement et leurs réponses, publiées au moyen d'une demande de tirage.",
    ),
    "questions[].issue": (
        "Number of the GitHub issue where the question was asked.",
        "Numéro du ticket GitHub où la question a été posée.",
    ),
    "questions[].asked": (
        "Date the question was asked.",
        "Date à laquelle la question a été posée.",
    ),
    "questions[].answered": (
        "Date the answer was published; after posting and before closing.",
        "Date de publication de la réponse; après la publication de l'opportunité et avant la clôture.",
    ),
    "questions[].question": (
        "The question, rephrased if needed to remove anything identifying.",
        "La question, reformulée au besoin pour retirer tout élément permettant d'identifier la personne.",
    ),
    "questions[].answer": ("The answer, in both languages.", "La réponse, dans les deux langues."),
}


# The opportunity file as a whole, the board file and the ledger files, by schema and path.
OTHER: dict[str, tuple[str, str]] = {
    "opportunity": (
        "One fixed-price micro-acquisition opportunity, content/opportunities/<id>.yaml.",
        "Une opportunité de micro-acquisition à prix fixe, content/opportunities/<id>.yaml.",
    ),
    "board": (
        "Board-wide rules, content/board.yaml.",
        "Règles de l'ensemble du tableau, content/board.yaml.",
    ),
    "board.name": (
        "The board's name as shown in the header.",
        "Le nom du tableau tel qu'il s'affiche dans l'en-tête.",
    ),
    "board.max_total": (
        "Maximum value of an opportunity including tax.",
        "Valeur maximale d'une opportunité, taxes comprises.",
    ),
    "board.currency": ("Currency of every price.", "Devise de tous les prix."),
    "board.tax_rate": (
        "Worst-case sales tax rate used for the cap (0.15 for 15% HST).",
        "Taux de taxe de vente le plus élevé possible, utilisé pour le plafond (0.15 pour la TVH de 15 %).",
    ),
    "board.timezone": (
        "IANA time zone in which deadlines are read and shown.",
        "Fuseau horaire IANA dans lequel les échéances sont lues et affichées.",
    ),
    "board.min_posting_business_days": (
        "Minimum business days between posting and closing; federal holidays do not count.",
        "Nombre minimal de jours ouvrables entre la publication et la clôture; les jours fériés fédéraux ne comptent pas.",
    ),
    "board.languages": (
        "Official languages of the board, in display order.",
        "Langues officielles du tableau, dans l'ordre d'affichage.",
    ),
    "board.payment_methods": (
        "Payment methods an opportunity may use.",
        "Modes de paiement qu'une opportunité peut utiliser.",
    ),
    "board.eligibility": (
        "Attestations every applicant must confirm.",
        "Attestations que chaque candidat doit confirmer.",
    ),
    "board.sealing_key": (
        "Public key to which applications are sealed: ECDH P-256, published for applicants' browsers.",
        "Clé publique à laquelle les candidatures sont scellées : ECDH P-256, publiée pour les navigateurs des candidats.",
    ),
    "board.sealing_key.public_key": FRENCH["sealing_key.public_key"],
    "board.sealing_key.fingerprint": FRENCH["sealing_key.fingerprint"],
    "board.question_cutoff_business_days": (
        "Questions are accepted until this many business days before closing.",
        "Les questions sont acceptées jusqu'à ce nombre de jours ouvrables avant la clôture.",
    ),
    "ledger": (
        "content/applications/<opportunity-id>.yaml: the public receipts of the sealed applications to one opportunity, written by the intake workflow.",
        "content/applications/<id-de-l-opportunité>.yaml : les reçus publics des candidatures scellées pour une opportunité, écrits par le flux de réception.",
    ),
    "ledger.opportunity": (
        "Id of the opportunity; the file is named after it.",
        "Identifiant de l'opportunité; le fichier porte son nom.",
    ),
    "ledger.applications": (
        "Every application received, in GitHub's order (received, then issue number), with its status.",
        "Chaque candidature reçue, dans l'ordre de GitHub (moment de réception, puis numéro de ticket), avec son état.",
    ),
    "ledger.applications[].receipt": (
        "Receipt id given in the receipt comment: 16 hexadecimal digits in groups of four.",
        "Numéro de reçu donné dans le commentaire de reçu : 16 chiffres hexadécimaux par groupes de quatre.",
    ),
    "ledger.applications[].issue": (
        "Number of the issue the application was posted in.",
        "Numéro du ticket dans lequel la candidature a été publiée.",
    ),
    "ledger.applications[].account": (
        "Login of the GitHub account that posted the application, when it posted it (shown only; the account is account_id).",
        "Nom d'utilisateur du compte GitHub qui a publié la candidature, au moment de la publication (pour l'affichage seulement; le compte est account_id).",
    ),
    "ledger.applications[].account_id": (
        "GitHub's numeric user id of the account that posted the application: logins can be renamed and reused, this id cannot.",
        "Identifiant numérique GitHub du compte qui a publié la candidature : un nom d'utilisateur peut être changé puis réutilisé, cet identifiant non.",
    ),
    "ledger.applications[].received": (
        "When the issue was opened or last edited, in UTC: 2027-01-29T17:04:05Z.",
        "Moment où le ticket a été ouvert ou modifié pour la dernière fois, en UTC : 2027-01-29T17:04:05Z.",
    ),
    "ledger.applications[].sha256": (
        "SHA-256 of the envelope text, 64 lowercase hexadecimal digits.",
        "SHA-256 du texte de l'enveloppe, 64 chiffres hexadécimaux en minuscules.",
    ),
    "ledger.applications[].status": (
        "received (counts), superseded (by a later application from the same account), withdrawn, or copy (the same block was posted earlier by another account).",
        "received (reçue, elle compte), superseded (remplacée par une candidature plus récente du même compte), withdrawn (retirée) ou copy (copie : le même bloc a été publié plus tôt par un autre compte).",
    ),
    "ledger.applications[].changed": (
        "For every status other than received: GitHub's time, in UTC, of the post or comment that caused it.",
        "Pour tout état autre que received : le moment GitHub, en UTC, de la publication ou du commentaire qui l'a causé.",
    ),
    "ledger.applications[].envelope": (
        "The sealed envelope exactly as hashed (see docs/sealed-envelope.md).",
        "L'enveloppe scellée, exactement telle qu'elle a été hachée (voir docs/sealed-envelope.md).",
    ),
    "ledger.incidents": (
        "Repairs made in the open, oldest first; added by a maintainer, never removed (see docs/sealed-envelope.md).",
        "Réparations faites au grand jour, de la plus ancienne à la plus récente; ajoutées par une personne responsable du dépôt, jamais retirées (voir docs/sealed-envelope.md).",
    ),
    "ledger.incidents[].commit": (
        "Full SHA (40 hexadecimal digits) of the commit on main that broke the ledger's rules.",
        "SHA complet (40 chiffres hexadécimaux) du commit de main qui a enfreint les règles du registre.",
    ),
    "ledger.incidents[].date": (
        "The day the incident was recorded: 2027-02-03.",
        "Le jour où l'incident a été consigné : 2027-02-03.",
    ),
    "ledger.incidents[].explanation": (
        "What happened and what was done, in English and in French.",
        "Ce qui s'est passé et ce qui a été fait, en anglais et en français.",
    ),
    "ledger.incidents[].restores": (
        "Full SHA of the commit whose ledger was put back (give restores or accepts, not both).",
        "SHA complet du commit dont le registre a été rétabli (indiquez restores ou accepts, pas les deux).",
    ),
    "ledger.incidents[].accepts": (
        "Receipts whose change by the commit stands as it is (give restores or accepts, not both).",
        "Reçus dont la modification par ce commit est maintenue telle quelle (indiquez restores ou accepts, pas les deux).",
    ),
    # Issue #12: delivery.yaml, payment.yaml and the board's payment promise.
    "board.payment_due_business_days": (
        "The supplier is paid within this many business days of acceptance; later shows as overdue.",
        "Le fournisseur est payé dans ce nombre de jours ouvrables suivant l'acceptation; au-delà, le paiement est affiché en retard.",
    ),
    "delivery": (
        "content/outcomes/<opportunity-id>/delivery.yaml: the selected supplier's pull request, revisions asked for, and the acceptance or termination.",
        "content/outcomes/<id-de-l-opportunité>/delivery.yaml : la demande de tirage (pull request) du fournisseur retenu, les révisions demandées, et l'acceptation ou la résiliation.",
    ),
    "delivery.opportunity": (
        "Id of the opportunity; equals the name of the folder.",
        "Identifiant de l'opportunité; identique au nom du dossier.",
    ),
    "delivery.pull_request": (
        "Address of the supplier's pull request in the opportunity's repository: https://github.com/<owner>/<repo>/pull/<number>.",
        "Adresse de la demande de tirage (pull request) du fournisseur dans le dépôt de l'opportunité : https://github.com/<propriétaire>/<dépôt>/pull/<numéro>.",
    ),
    "delivery.submitted": (
        "Day the pull request was submitted for review: 2027-02-20.",
        "Jour où la demande de tirage a été soumise pour examen : 2027-02-20.",
    ),
    "delivery.revisions": (
        "Revisions the client asked for, oldest first.",
        "Révisions demandées par le client, de la plus ancienne à la plus récente.",
    ),
    "delivery.revisions[].requested": (
        "Day the client asked for the revision.",
        "Jour où le client a demandé la révision.",
    ),
    "delivery.revisions[].summary": (
        "What was asked, in English and in French, 500 characters at most each.",
        "Ce qui a été demandé, en anglais et en français, 500 caractères au plus chacun.",
    ),
    "delivery.revisions[].resubmitted": (
        "Day the supplier submitted the revised work (absent until then).",
        "Jour où le fournisseur a soumis les travaux révisés (absent jusque-là).",
    ),
    "delivery.accepted": (
        "Day the client accepted the work (absent until accepted).",
        "Jour où le client a accepté les travaux (absent tant qu'ils ne sont pas acceptés).",
    ),
    "delivery.criteria_met": (
        "One true or false per work acceptance criterion of the opportunity, in the same order.",
        "Un true ou false par critère d'acceptation des travaux de l'opportunité, dans le même ordre.",
    ),
    "delivery.termination": (
        "The contract ended without acceptance: for default (no payment) or for convenience (the share of the work done is paid).",
        "Le contrat a pris fin sans acceptation : pour manquement (default, sans paiement) ou pour raisons de commodité (convenience, la part des travaux effectués est payée).",
    ),
    "delivery.termination.kind": (
        "default or convenience.",
        "default (manquement) ou convenience (commodité).",
    ),
    "delivery.termination.date": (
        "Day the contract was terminated.",
        "Jour où le contrat a été résilié.",
    ),
    "delivery.termination.share_paid": (
        "For convenience only: the share of the price paid for the work done, between 0 and 1.",
        "Pour une résiliation pour raisons de commodité seulement : la part du prix payée pour les travaux effectués, entre 0 et 1.",
    ),
    "delivery.termination.reason": (
        "Why, in English and in French, 500 characters at most each.",
        "Pourquoi, en anglais et en français, 500 caractères au plus chacun.",
    ),
    "payment": (
        "content/outcomes/<opportunity-id>/payment.yaml: how, when and how much the supplier was paid.",
        "content/outcomes/<id-de-l-opportunité>/payment.yaml : comment, quand et combien le fournisseur a été payé.",
    ),
    "payment.method": (
        "One of the board's payment methods, and the opportunity's own: acquisition-card or paypal.",
        "L'un des modes de paiement du tableau, et celui de l'opportunité : acquisition-card (carte d'achat) ou paypal.",
    ),
    "payment.paid": (
        "Day the supplier was paid: 2027-03-01.",
        "Jour où le fournisseur a été payé : 2027-03-01.",
    ),
    "payment.amount": (
        "Amount paid, tax included, in the board's currency: at most the price with the worst-case tax and at most the board's cap.",
        "Montant payé, taxes comprises, dans la devise du tableau : au plus le prix avec la taxe la plus élevée possible, et au plus le plafond du tableau.",
    ),
}

_BY_ENGLISH = {english: french for english, french in (*FRENCH.values(), *OTHER.values())}


def french(description: str) -> str:
    """The French of a schema ``description`` ('' for '' and for a text with no translation)."""
    return _BY_ENGLISH.get(description, "")
