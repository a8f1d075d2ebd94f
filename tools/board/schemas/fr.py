"""French for the ``description`` texts of the JSON Schemas in ``schemas/``.

One table for everything that shows a description to a client: the "post an opportunity" guide
(`board.site.schema_doc`) and the hints of `board validate` (`board.schemas`). Each entry
records the English it translates: when a schema's wording changes, the test suite fails until
the translation follows.
"""

from __future__ import annotations

from . import fr_guardrails
from .fr_service import SERVICE

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
        "1 to 10 skill ids from the board's list (skills in content/board.yaml), each listed once.",
        "De 1 à 10 identifiants de compétence tirés de la liste du tableau (skills dans content/board.yaml), chacun indiqué une seule fois.",
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
        "Numéro du billet GitHub où la question a été posée.",
    ),
    "questions[].email": (
        "For a question asked by e-mail instead of an issue: the reference the acknowledgement gave (a keyed hash of the message, never the address).",
        "Pour une question posée par courriel plutôt que dans un billet : la référence donnée dans l'accusé de réception (un hachage à clé du message, jamais l'adresse).",
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
    "board.skills": (
        "The controlled list of skills opportunities refer to by id, with their labels in English and French.",
        "La liste contrôlée des compétences auxquelles les opportunités renvoient par leur identifiant, avec leurs libellés en anglais et en français.",
    ),
    "board.sealing_key": (
        "Public key to which applications are sealed: ECDH P-256, published for applicants' browsers.",
        "Clé publique à laquelle les candidatures sont scellées : ECDH P-256, publiée pour les navigateurs des candidats.",
    ),
    "board.sealing_key.public_key": FRENCH["sealing_key.public_key"],
    "board.sealing_key.fingerprint": FRENCH["sealing_key.fingerprint"],
    "board.mailbox": (
        "Optional: the board's application mailbox, so that applicants without a GitHub account apply and ask by e-mail.",
        "Facultatif : la boîte aux lettres des candidatures du tableau, pour que les personnes sans compte GitHub postulent et posent leurs questions par courriel.",
    ),
    "board.mailbox.address": (
        "The address applicants send sealed blocks and questions to, shown on every Apply page.",
        "L'adresse à laquelle les candidats envoient leurs blocs scellés et leurs questions, affichée sur chaque page « Postuler ».",
    ),
    "board.mailbox.received_by": (
        "Host name the board's own mail server writes in the Received: header it adds (by mx.example.ca): the time in that header is the time received.",
        "Nom d'hôte que le serveur de courriel du tableau inscrit dans l'en-tête Received: qu'il ajoute (by mx.example.ca) : le moment inscrit dans cet en-tête est le moment de réception.",
    ),
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
        "Chaque candidature reçue, dans l'ordre de GitHub (moment de réception, puis numéro de billet), avec son état.",
    ),
    "ledger.applications[].receipt": (
        "Receipt id given in the receipt comment: 16 hexadecimal digits in groups of four.",
        "Numéro de reçu donné dans le commentaire de reçu : 16 chiffres hexadécimaux par groupes de quatre.",
    ),
    "ledger.applications[].channel": (
        "How the application arrived: email for the board's mailbox; absent for a GitHub issue.",
        "Voie d'arrivée de la candidature : email pour la boîte aux lettres du tableau; absent pour un billet GitHub.",
    ),
    "ledger.applications[].message": (
        "E-mail only: keyed hash (HMAC-SHA-256, first 20 hexadecimal digits) of the message's Message-ID, never the Message-ID itself.",
        "Courriel seulement : hachage à clé (HMAC-SHA-256, 20 premiers chiffres hexadécimaux) du Message-ID du message, jamais le Message-ID lui-même.",
    ),
    "ledger.applications[].issue": (
        "Number of the issue the application was posted in.",
        "Numéro du billet dans lequel la candidature a été publiée.",
    ),
    "ledger.applications[].account": (
        "Login of the GitHub account that posted the application, when it posted it (shown only; the account is account_id); for an e-mail, email: and the keyed hash of the sender's address, never the address.",
        "Nom d'utilisateur du compte GitHub qui a publié la candidature, au moment de la publication (pour l'affichage seulement; le compte est account_id); pour un courriel, email: suivi du hachage à clé de l'adresse de l'expéditeur, jamais l'adresse.",
    ),
    "ledger.applications[].account_id": (
        "GitHub's numeric user id of the account that posted the application: logins can be renamed and reused, this id cannot.",
        "Identifiant numérique GitHub du compte qui a publié la candidature : un nom d'utilisateur peut être changé puis réutilisé, cet identifiant non.",
    ),
    "ledger.applications[].received": (
        "When the issue was opened or last edited (GitHub's time), or when the board's mail server received the e-mail, in UTC: 2027-01-29T17:04:05Z.",
        "Moment où le billet a été ouvert ou modifié pour la dernière fois (selon GitHub), ou moment où le serveur de courriel du tableau a reçu le courriel, en UTC : 2027-01-29T17:04:05Z.",
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
    # Issue #10: the evaluation record and the draw (content/outcomes/<id>/), the board's drand settings.
    "evaluation": (
        "content/outcomes/<opportunity-id>/evaluation.yaml: the public result of the evaluation, proposed by pull request by the procurement officer once the client team has decided.",
        "content/outcomes/<id-de-l-opportunité>/evaluation.yaml : le résultat public de l'évaluation, proposé par demande de tirage (pull request) par l'agent ou l'agente d'approvisionnement une fois que l'équipe cliente a décidé.",
    ),
    "evaluation.opportunity": (
        "Id of the opportunity; equals the folder name.",
        "Identifiant de l'opportunité; identique au nom du dossier.",
    ),
    "evaluation.evaluated": (
        "The day the client team decided (YYYY-MM-DD), on or after the closing date.",
        "Le jour où l'équipe cliente a décidé (AAAA-MM-JJ), à la date de clôture ou après.",
    ),
    "evaluation.method": (
        "The opportunity's evaluation method: pass-fail-draw or scored.",
        "La méthode d'évaluation de l'opportunité : pass-fail-draw (réussite ou échec, puis tirage) ou scored (notation).",
    ),
    "evaluation.criteria": (
        "One entry per criterion of the opportunity, same ids in the same order.",
        "Une entrée par critère de l'opportunité, avec les mêmes identifiants dans le même ordre.",
    ),
    "evaluation.criteria[].id": (
        "Id of the opportunity's criterion.",
        "Identifiant du critère de l'opportunité.",
    ),
    "evaluation.criteria[].failed": (
        "How many active applications failed this criterion.",
        "Nombre de candidatures actives qui n'ont pas satisfait à ce critère.",
    ),
    "evaluation.passed": (
        "The active receipts that passed every mandatory criterion.",
        "Les reçus actifs dont la candidature a satisfait à tous les critères obligatoires.",
    ),
    "evaluation.passed[].receipt": (
        "Receipt id from the ledger: 16 hexadecimal digits in groups of four.",
        "Numéro de reçu tiré du registre : 16 chiffres hexadécimaux par groupes de quatre.",
    ),
    "evaluation.passed[].score": (
        "Only for a scored opportunity: the application's total.",
        "Seulement pour une opportunité notée : le total de la candidature.",
    ),
    "evaluation.not_passed": (
        "The active receipts that failed at least one mandatory criterion.",
        "Les reçus actifs dont la candidature n'a pas satisfait à au moins un critère obligatoire.",
    ),
    "evaluation.draw_round": (
        "The drand quicknet round whose randomness ranks the passing receipts; needed when a draw is needed (two passes or more in pass-fail-draw, a tie in scored). Its time must be at least 10 minutes after this file is merged.",
        "La ronde drand quicknet dont le hasard classe les reçus retenus; obligatoire quand un tirage est nécessaire (au moins deux réussites en pass-fail-draw, une égalité en scored). Son heure doit suivre d'au moins 10 minutes la fusion de ce fichier.",
    ),
    "draw": (
        "content/outcomes/<opportunity-id>/draw.yaml: the draw, written and committed by the draw workflow (board draw run) once the beacon round is published.",
        "content/outcomes/<id-de-l-opportunité>/draw.yaml : le tirage, écrit et validé (commit) par le flux de tirage (board draw run) une fois la ronde de la balise publiée.",
    ),
    "draw.round": (
        "The drand quicknet round named by the evaluation record.",
        "La ronde drand quicknet désignée par le dossier d'évaluation.",
    ),
    "draw.signature": (
        "The round's BLS signature as the beacon published it, 96 hexadecimal digits.",
        "La signature BLS de la ronde telle que la balise l'a publiée, 96 chiffres hexadécimaux.",
    ),
    "draw.randomness": (
        "SHA-256 of the signature's bytes, 64 hexadecimal digits.",
        "SHA-256 des octets de la signature, 64 chiffres hexadécimaux.",
    ),
    "draw.evaluation_sha256": (
        "SHA-256 of the bytes of evaluation.yaml when the draw was made.",
        "SHA-256 des octets d'evaluation.yaml au moment du tirage.",
    ),
    "draw.ranking": (
        "Every passing receipt in ranking order: the first is selected, the others are the reserve list in order.",
        "Tous les reçus retenus dans l'ordre du classement : le premier est sélectionné, les autres forment la liste de réserve, dans l'ordre.",
    ),
    "board.drand": (
        "The drand randomness beacon the draws use (League of Entropy quicknet); its public key verifies every round.",
        "La balise de hasard drand utilisée par les tirages (quicknet de la League of Entropy); sa clé publique vérifie chaque ronde.",
    ),
    "board.drand.chain_hash": (
        "Hash of the beacon chain, 64 hexadecimal digits; the workflow fetches rounds from https://api.drand.sh/<chain_hash>/public/<round>.",
        "Empreinte de la chaîne de la balise, 64 chiffres hexadécimaux; le flux de travail obtient les rondes à https://api.drand.sh/<chain_hash>/public/<ronde>.",
    ),
    "board.drand.public_key": (
        "The chain's BLS public key (on G2), 192 hexadecimal digits.",
        "La clé publique BLS de la chaîne (sur G2), 192 chiffres hexadécimaux.",
    ),
    "board.drand.period_seconds": (
        "Seconds between two rounds.",
        "Nombre de secondes entre deux rondes.",
    ),
    "board.drand.genesis_time": (
        "Time of round 1, in seconds since 1970-01-01 UTC; round r is published at genesis_time + (r - 1) × period_seconds.",
        "Heure de la ronde 1, en secondes depuis le 1er janvier 1970 UTC; la ronde r est publiée à genesis_time + (r - 1) × period_seconds.",
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

# The award file, content/outcomes/<id>/award.yaml (issue #10), by field path under "award:".
OTHER |= {
    "award:": (
        "content/outcomes/<opportunity-id>/award.yaml: who was awarded the work, or why nobody was; proposed by pull request after the evaluation (and the draw).",
        "content/outcomes/<opportunity-id>/award.yaml : à qui les travaux ont été attribués, ou pourquoi ils ne l'ont pas été; proposé par demande de tirage après l'évaluation (et le tirage au sort).",
    ),
    "board.award_due_business_days": (
        "The result (award or not awarded) is due this many business days after the closing day; later, the board shows it as overdue.",
        "Le résultat (attribution ou non-attribution) est attendu ce nombre de jours ouvrables après le jour de clôture; passé ce délai, le tableau l'indique comme en retard.",
    ),
    "award:opportunity": (
        "Id of the opportunity; the folder is named after it.",
        "Identifiant de l'opportunité; le dossier porte son nom.",
    ),
    "award:passed_over": (
        "Selections that did not go ahead (the supplier declined or was found ineligible), in ranking order: the next in the ranking is then selected.",
        "Sélections qui n'ont pas abouti (le fournisseur a refusé ou a été jugé inadmissible), dans l'ordre du classement : la suivante au classement est alors retenue.",
    ),
    "award:receipt": (
        "Receipt id from the public ledger: 16 hexadecimal digits in groups of four.",
        "Numéro de reçu tiré du registre public : 16 chiffres hexadécimaux par groupes de quatre.",
    ),
    "award:passed_over[].reason": (
        "declined (the supplier did not accept the work) or ineligible (the supplier was found not to meet an eligibility attestation).",
        "declined (le fournisseur n'a pas accepté les travaux) ou ineligible (le fournisseur a été jugé non conforme à une attestation d'admissibilité).",
    ),
    "award:date": (
        "A date in the board's time zone: 2027-02-05.",
        "Une date dans le fuseau horaire du tableau : 2027-02-05.",
    ),
    "award:passed_over[].explanation": (
        "What happened, in English and in French; it is published.",
        "Ce qui s'est passé, en anglais et en français; ce texte est publié.",
    ),
    "award:en": ("In English.", "En anglais."),
    "award:fr": ("In French.", "En français."),
    "award:award": (
        "The award, when the work was awarded: give award or not_awarded, not both.",
        "L'attribution, lorsque les travaux ont été attribués : indiquez award ou not_awarded, pas les deux.",
    ),
    "award:award.supplier": (
        "The supplier's name as it will be published (applicants consent to this when they apply).",
        "Le nom du fournisseur tel qu'il sera publié (les candidats y consentent en postulant).",
    ),
    "award:award.price": (
        "The contract price in the board's currency, on the opportunity's price basis (its taxes choice); at most the opportunity's price.",
        "Le prix du contrat dans la devise du tableau, sur la même base que le prix de l'opportunité (taxes comprises ou non); au plus le prix de l'opportunité.",
    ),
    "award:not_awarded": (
        "Instead of award: no application passed, or the ranking ran out. Give award or not_awarded, not both.",
        "Au lieu de award : aucune candidature n'a été jugée conforme, ou le classement est épuisé. Indiquez award ou not_awarded, pas les deux.",
    ),
    "award:not_awarded.reason": (
        "Why the work was not awarded, in English and in French; it is published.",
        "Pourquoi les travaux n'ont pas été attribués, en anglais et en français; ce texte est publié.",
    ),
}

FRENCH.update(fr_guardrails.FIELDS)  # issue #12
OTHER.update(fr_guardrails.OTHER)
OTHER.update(SERVICE)  # the service settings (issue #11)

_BY_ENGLISH = {english: french for english, french in (*FRENCH.values(), *OTHER.values())}


def french(description: str) -> str:
    """The French of a schema ``description`` ('' for '' and for a text with no translation)."""
    return _BY_ENGLISH.get(description, "")
