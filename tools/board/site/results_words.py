"""Interface text of the Results page and of the delivery and payment timeline (issue #12).

``key: (English, French)`` with ``str.format`` placeholders, the shape of `i18n.STRINGS`, which
merges this table in one line. TO RECONCILE: the catalogs engineer (#9) moves it into the
gettext catalogs after merging.
"""

from __future__ import annotations

RESULTS_STRINGS: dict[str, tuple[str, str]] = {
    "nav.results": ("Results", "Résultats"),
    "results.title": ("Results", "Résultats"),
    "results.lead": (
        "What the board achieved, per fiscal year (1 April to 31 March) and in total, computed "
        "on {day} from the repository alone: the opportunities, the application ledgers and the "
        "records after closing. Anyone who clones the repository can recompute every figure.",
        "Ce que le tableau a accompli, par exercice financier (du 1er avril au 31 mars) et au "
        "total, calculé le {day} à partir du dépôt seulement\u00a0: les opportunités, les registres "
        "des candidatures et les documents consignés après la clôture. Toute personne qui clone "
        "le dépôt peut recalculer chaque chiffre.",
    ),
    "results.data": (
        "The same figures as open data:",
        "Les mêmes chiffres en données ouvertes\u00a0:",
    ),
    "results.json": ("metrics.json", "metrics.json"),
    "results.csv": ("metrics.csv", "metrics.csv"),
    "results.schema": ("its JSON Schema", "son schéma JSON"),
    "results.glance": ("Figures by fiscal year", "Chiffres par exercice financier"),
    "results.glance_caption": (
        "Every measure, per fiscal year and in total. Durations are in business days.",
        "Chaque mesure, par exercice financier et au total. Les durées sont en jours ouvrables.",
    ),
    "results.measure": ("Measure", "Mesure"),
    "results.total": ("Total", "Total"),
    "results.none": ("none", "aucun"),
    "results.na": ("no data", "aucune donnée"),
    "results.range": ("{low} to {high}", "de {low} à {high}"),
    "results.of": ("{n} of {total}", "{n} sur {total}"),
    "results.days": ("{n} business days", "{n} jours ouvrables"),
    "results.day": ("1 business day", "1 jour ouvrable"),
    "m.posted": ("Opportunities posted", "Opportunités publiées"),
    "m.awarded": ("Awarded", "Attribuées"),
    "m.not_awarded": ("Not awarded", "Non attribuées"),
    "m.cancelled": ("Cancelled", "Annulées"),
    "m.open_now": ("Open now", "Ouvertes en ce moment"),
    "m.posting_median": (
        "Time open for applications, median (posting to closing)",
        "Période de candidature, médiane (de la publication à la clôture)",
    ),
    "m.value_awarded": ("Value awarded (before tax)", "Valeur attribuée (avant taxes)"),
    "m.value_paid": ("Value paid (tax included)", "Valeur payée (taxes comprises)"),
    "m.received": ("Applications received", "Candidatures reçues"),
    "m.per_median": (
        "Applications per opportunity, median",
        "Candidatures par opportunité, médiane",
    ),
    "m.per_range": (
        "Applications per opportunity, fewest to most",
        "Candidatures par opportunité, du minimum au maximum",
    ),
    "m.last_day": (
        "Share of applications in the last 24 hours before closing",
        "Part des candidatures reçues dans les 24 heures précédant la clôture",
    ),
    "m.first_time": (
        "Share of applications from first-time applicants",
        "Part des candidatures de personnes qui postulaient pour la première fois",
    ),
    "m.applicants": ("Distinct applicants", "Candidats distincts"),
    "m.pass_rate": (
        "Pass rate (applications that passed every criterion)",
        "Taux de réussite (candidatures ayant satisfait à tous les critères)",
    ),
    "m.suppliers": ("Distinct suppliers awarded", "Fournisseurs distincts retenus"),
    "m.award_median": (
        "Time to award, median (closing to result)",
        "Délai d'attribution, médiane (de la clôture au résultat)",
    ),
    "m.award_slowest": ("Time to award, slowest", "Délai d'attribution, le plus long"),
    "m.award_on_time": (
        "Results within the promise of {n} business days",
        "Résultats dans le délai promis de {n} jours ouvrables",
    ),
    "m.award_overdue": ("Results overdue now", "Résultats en retard en ce moment"),
    "m.pay_median": (
        "Time to pay, median (acceptance to payment)",
        "Délai de paiement, médiane (de l'acceptation au paiement)",
    ),
    "m.pay_slowest": ("Time to pay, slowest", "Délai de paiement, le plus long"),
    "m.pay_on_time": (
        "Payments within the promise of {n} business days",
        "Paiements dans le délai promis de {n} jours ouvrables",
    ),
    "m.pay_overdue": ("Payments overdue now", "Paiements en retard en ce moment"),
    "m.deliver_median": (
        "Time to deliver, median (award to acceptance)",
        "Délai de livraison, médiane (de l'attribution à l'acceptation)",
    ),
    "m.questions": ("Questions answered", "Questions ayant reçu une réponse"),
    "m.answer_median": (
        "Time to answer a question, median",
        "Délai de réponse à une question, médiane",
    ),
    "m.answer_slowest": (
        "Time to answer a question, slowest",
        "Délai de réponse à une question, le plus long",
    ),
    "chart.summary_none": ("There is nothing to show yet.", "Il n'y a encore rien à afficher."),
    "chart.applications": ("Applications per opportunity", "Candidatures par opportunité"),
    "chart.applications_summary": (
        "{n} opportunities closed; the median received {median} applications, from {low} to {high}. "
        "{share} of the applications arrived in the last 24 hours before closing.",
        "{n} opportunités ont pris fin; la médiane est de {median} candidatures, de {low} à {high}. "
        "{share} des candidatures sont arrivées dans les 24 heures précédant la clôture.",
    ),
    "chart.award": (
        "Time to award, against the promise",
        "Délai d'attribution, par rapport à la promesse",
    ),
    "chart.award_summary": (
        "{on_time} of {n} results came within the promise of {due} business days; the median "
        "took {median} business days and the slowest {slowest}.",
        "{on_time} résultats sur {n} sont arrivés dans le délai promis de {due} jours ouvrables; "
        "la médiane est de {median} jours ouvrables et le plus long, de {slowest}.",
    ),
    "chart.pay": (
        "Time to pay, against the promise",
        "Délai de paiement, par rapport à la promesse",
    ),
    "chart.pay_summary": (
        "{on_time} of {n} payments came within the promise of {due} business days after "
        "acceptance; the median took {median} business days and the slowest {slowest}.",
        "{on_time} paiements sur {n} ont été faits dans le délai promis de {due} jours ouvrables "
        "après l'acceptation; la médiane est de {median} jours ouvrables et le plus long, de {slowest}.",
    ),
    "chart.departments": (
        "Value awarded and paid, by department",
        "Valeur attribuée et payée, par ministère",
    ),
    "chart.departments_summary": (
        "{awarded} awarded and {paid} paid in total, across {n} departments.",
        "{awarded} attribués et {paid} payés au total, dans {n} ministères.",
    ),
    "chart.years": (
        "Opportunities and applicants per fiscal year",
        "Opportunités et candidats par exercice financier",
    ),
    "chart.years_summary": (
        "{posted} opportunities posted and {applicants} distinct applicants over {n} fiscal years.",
        "{posted} opportunités publiées et {applicants} candidats distincts sur {n} exercices financiers.",
    ),
    "chart.latest": (
        "The {n} most recently closed opportunities; metrics.json lists every one.",
        "Les {n} opportunités fermées les plus récentes; metrics.json les énumère toutes.",
    ),
    "chart.promise": ("promise: {n}", "promesse\u00a0: {n}"),
    "col.opportunity": ("Opportunity", "Opportunité"),
    "col.applications": ("Applications", "Candidatures"),
    "col.last_day": ("In the last 24 hours", "Dans les dernières 24 heures"),
    "col.award_days": ("Business days to award", "Jours ouvrables avant l'attribution"),
    "col.pay_days": ("Business days to pay", "Jours ouvrables avant le paiement"),
    "col.against": ("Against the promise", "Par rapport à la promesse"),
    "col.department": ("Department", "Ministère"),
    "col.awarded": ("Awarded", "Attribuée"),
    "col.paid": ("Paid", "Payée"),
    "col.year": ("Fiscal year", "Exercice financier"),
    "col.posted": ("Posted", "Publiées"),
    "col.applicants": ("Distinct applicants", "Candidats distincts"),
    "promise.on_time": ("on time", "dans les délais"),
    "promise.late": ("late", "en retard"),
    "promise.overdue": ("overdue", "en retard, toujours attendu"),
    "promise.waiting": ("not due yet", "pas encore dû"),
    "results.counting": ("How the figures are counted", "Comment les chiffres sont calculés"),
    "results.counting_text": (
        "Each figure counts in the fiscal year of the event it counts: opportunities posted and "
        "cancelled by their posting date, value awarded by the award date, value paid by the "
        "payment date, questions by the day they were answered, and the applications, results "
        "and payments of an opportunity by the day it closed. Only active applications count "
        "(not withdrawn, replaced or copied ones). An applicant is counted as first-time when "
        "their GitHub account had no application to an opportunity that closed earlier. "
        "Business days leave out weekends and federal holidays.",
        "Chaque chiffre est compté dans l'exercice financier de l'événement qu'il compte\u00a0: les "
        "opportunités publiées et annulées selon leur date de publication, la valeur attribuée "
        "selon la date d'attribution, la valeur payée selon la date de paiement, les questions "
        "selon le jour de leur réponse, et les candidatures, résultats et paiements d'une "
        "opportunité selon le jour de sa clôture. Seules les candidatures actives comptent (ni "
        "retirées, ni remplacées, ni copiées). Une personne est comptée comme postulant pour la "
        "première fois si son compte GitHub n'avait aucune candidature à une opportunité fermée "
        "plus tôt. Les jours ouvrables excluent les fins de semaine et les jours fériés fédéraux.",
    ),
    # the delivery and payment timeline on the opportunity page
    "tl.title": ("Delivery and payment", "Livraison et paiement"),
    "tl.awarded": ("Awarded to {supplier}", "Attribuée à {supplier}"),
    "tl.submitted": ("Work submitted for review", "Travaux soumis pour examen"),
    "tl.pull_request": ("pull request", "demande de tirage (pull request)"),
    "tl.late": (
        "late: the delivery date was {day}",
        "en retard\u00a0: la date de livraison était le {day}",
    ),
    "tl.revision": ("Revision asked for", "Révision demandée"),
    "tl.resubmitted": ("Revised work submitted", "Travaux révisés soumis"),
    "tl.accepted": ("Work accepted", "Travaux acceptés"),
    "tl.criteria": (
        "{n} of {total} work acceptance criteria met",
        "{n} critères d'acceptation des travaux respectés sur {total}",
    ),
    "tl.terminated_default": ("Contract terminated for default", "Contrat résilié pour manquement"),
    "tl.terminated_convenience": (
        "Contract terminated for convenience ({share} of the price paid for the work done)",
        "Contrat résilié pour raisons de commodité ({share} du prix payé pour les travaux effectués)",
    ),
    "tl.paid": ("Paid {amount} ({method})", "Payé {amount} ({method})"),
    "tl.paid_days": (
        "{n} business days after acceptance",
        "{n} jours ouvrables après l'acceptation",
    ),
    "tl.payment_due": ("Payment due by {day}", "Paiement dû au plus tard le {day}"),
    "tl.payment_overdue": (
        "Payment overdue: it was due by {day}",
        "Paiement en retard\u00a0: il était dû au plus tard le {day}",
    ),
    "tl.delivery_due": ("Delivery due by {day}", "Livraison due au plus tard le {day}"),
    "badge.payment_overdue": ("Payment overdue", "Paiement en retard"),
    "badge.late": ("Late", "En retard"),
    "feed.delivered": ("Delivered: {title}", "Livrée\u00a0: {title}"),
    "feed.paid": ("Paid: {title}", "Payée\u00a0: {title}"),
}
