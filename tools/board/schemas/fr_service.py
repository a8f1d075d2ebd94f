"""French for the descriptions of the service settings in ``board.schema.json`` (issue #11): the
department that runs the board, its contact, the privacy notice, the contract terms and the
supplier guide. Merged into ``fr.OTHER`` by one line there; each entry records the English it
translates, so a change of wording fails the test suite until the French follows."""

from __future__ import annotations

SERVICE: dict[str, tuple[str, str]] = {
    "board.department": (
        "The department or agency that runs the board, named in the footer and in the privacy notice.",
        "Le ministère ou l'organisme qui gère le tableau, nommé dans le pied de page et dans l'avis de confidentialité.",
    ),
    "board.contact": (
        'E-mail address for "Report a problem" and questions about the board itself: no GitHub account needed.',
        "Adresse courriel pour « Signaler un problème » et pour les questions sur le tableau lui-même : aucun compte GitHub n'est nécessaire.",
    ),
    "board.privacy": (
        "The privacy notice under the Privacy Act, shown from the Apply page before anything is sealed. Plain text; a blank line starts a new paragraph.",
        "L'avis de confidentialité prévu par la Loi sur la protection des renseignements personnels, affiché depuis la page Postuler avant que quoi que ce soit ne soit scellé. Texte brut; une ligne vide commence un nouveau paragraphe.",
    ),
    "board.privacy.authority": (
        "The law under which personal information is collected (the pilot cited the Financial Administration Act).",
        "La loi en vertu de laquelle les renseignements personnels sont recueillis (le projet pilote citait la Loi sur la gestion des finances publiques).",
    ),
    "board.privacy.purpose": (
        "Why it is collected and how it is used.",
        "Pourquoi ils sont recueillis et comment ils sont utilisés.",
    ),
    "board.privacy.bank": (
        "The personal information bank that describes it, with its number (the standard bank PSU 912, Professional Services Contracts).",
        "Le fichier de renseignements personnels qui les décrit, avec son numéro (le fichier ordinaire POU 912, Contrats de services professionnels).",
    ),
    "board.privacy.sealed_access": (
        "Who can open a sealed application, when, and what the evaluators see.",
        "Qui peut ouvrir une candidature scellée, à quel moment, et ce que voient les personnes qui évaluent.",
    ),
    "board.privacy.retention": (
        "How long applications, the ledger and contract records are kept.",
        "Combien de temps les candidatures, le registre et les dossiers de contrat sont conservés.",
    ),
    "board.privacy.coordinator": (
        "E-mail address of the department's access to information and privacy (ATIP) office, for requests to see or correct personal information.",
        "Adresse courriel du bureau de l'accès à l'information et de la protection des renseignements personnels (AIPRP) du ministère, pour demander à consulter ou à corriger des renseignements personnels.",
    ),
    "board.contract_terms": (
        "The contract terms every opportunity links to, clause by clause, plain text; {licence} stands for the opportunity's open-source licence.",
        "Les modalités du contrat vers lesquelles renvoie chaque opportunité, clause par clause, en texte brut; {licence} représente la licence libre de l'opportunité.",
    ),
    "board.contract_terms[]": (
        "One clause, in English and in French.",
        "Une clause, en anglais et en français.",
    ),
    "board.supplier_guide": (
        "The facts of the supplier guide that differ between departments.",
        "Les éléments du guide des fournisseurs qui varient d'un ministère à l'autre.",
    ),
    "board.supplier_guide.invoices": (
        "E-mail address to which a supplier sends an invoice.",
        "Adresse courriel à laquelle le fournisseur envoie sa facture.",
    ),
    "board.supplier_guide.help": (
        "Page of PSPC's Office of Small and Medium Enterprises (or the department's own help for suppliers), https only.",
        "Page du Bureau des petites et moyennes entreprises de SPAC (ou de l'aide aux fournisseurs du ministère), en https seulement.",
    ),
}
