"""The words of the supplier guide (issue #11), for a first-time supplier, in English and in
French: getting paid, the invoice, GST/HST, security, revisions, the debrief and where to get
help. The department's own facts (where invoices go, the help page) come from
``content/board.yaml``. Merged into ``i18n.STRINGS`` by one line there.
"""

from __future__ import annotations

N = "\u00a0"  # French puts a no-break space before a colon and inside "30 000 $"

GUIDE: dict[str, tuple[str, str]] = {
    "supplier.title": ("Supplier guide", "Guide des fournisseurs"),
    "supplier.lead": (
        "New to selling to the government? This page explains what happens after you apply, how "
        "you get paid and where to get help.",
        "Vous vendez au gouvernement pour la première fois? Cette page explique ce qui se passe "
        "après votre candidature, comment vous êtes payé et où obtenir de l'aide.",
    ),
    "supplier.paid": ("Getting paid", "Être payé"),
    "supplier.paid_methods": (
        "Each opportunity states how it is paid: by acquisition card (a government credit card) "
        "or by PayPal.",
        f"Chaque opportunité indique son mode de paiement{N}: par carte d'achat (une carte de "
        "crédit du gouvernement) ou par PayPal.",
    ),
    "supplier.paid_card": (
        "To accept an acquisition card you need a merchant account, which lets a business take "
        "card payments; having a credit card yourself is not enough. A bank or a payment service "
        "opens one, usually for a fee.",
        "Pour accepter une carte d'achat, il vous faut un compte marchand, qui permet à une "
        "entreprise de recevoir des paiements par carte; posséder vous-même une carte de crédit "
        "ne suffit pas. Une banque ou un service de paiement peut vous en ouvrir un, "
        "habituellement moyennant des frais.",
    ),
    "supplier.paid_paypal": (
        "Without a merchant account, PayPal is the alternative: a free personal or business "
        "PayPal account can receive the payment.",
        f"Si vous n'avez pas de compte marchand, PayPal est la solution de rechange{N}: un compte "
        "PayPal personnel ou d'entreprise, gratuit, peut recevoir le paiement.",
    ),
    "supplier.invoice": ("Your invoice", "Votre facture"),
    "supplier.invoice_when": (
        "Send your invoice once the client has accepted the work, by e-mail to:",
        f"Envoyez votre facture une fois que le client a accepté les travaux, par courriel à{N}:",
    ),
    "supplier.invoice_has": ("It must show:", f"Elle doit indiquer{N}:"),
    "supplier.invoice_who": (
        "your name or your business's name, and your address;",
        "votre nom ou celui de votre entreprise, et votre adresse;",
    ),
    "supplier.invoice_number": (
        "an invoice number and the date;",
        "un numéro de facture et la date;",
    ),
    "supplier.invoice_what": (
        "the opportunity's title and identifier, and a link to the accepted pull request;",
        "le titre et l'identifiant de l'opportunité, et un lien vers la demande de tirage acceptée;",
    ),
    "supplier.invoice_amount": (
        "the price, with GST/HST shown on its own line and your GST/HST number if you are "
        "registered;",
        "le prix, avec la TPS/TVH sur une ligne distincte et votre numéro de TPS/TVH si vous êtes "
        "inscrit;",
    ),
    "supplier.invoice_how": (
        "how you will be paid (acquisition card or PayPal, and the PayPal address).",
        "la façon dont vous serez payé (carte d'achat ou PayPal, et l'adresse PayPal).",
    ),
    "supplier.tax": ("GST/HST", "TPS/TVH"),
    "supplier.tax_small": (
        "If your taxable sales, with those of your associates, are $30,000 or less over four "
        "consecutive calendar quarters, you are a small supplier: you do not have to register "
        "for GST/HST, and you do not charge it.",
        f"Si vos ventes taxables, avec celles de vos associés, ne dépassent pas 30{N}000{N}$ sur "
        f"quatre trimestres civils consécutifs, vous êtes un petit fournisseur{N}: vous n'êtes "
        "pas tenu de vous inscrire aux fins de la TPS/TVH, et vous ne la facturez pas.",
    ),
    "supplier.tax_registered": (
        "If you are registered, charge GST/HST at your province's rate on top of a price shown "
        "with taxes excluded. The board keeps every price low enough that even 15% HST stays "
        "under the limit.",
        "Si vous êtes inscrit, facturez la TPS/TVH au taux de votre province en plus d'un prix "
        "affiché taxes en sus. Le tableau garde chaque prix assez bas pour que même la TVH de "
        f"15{N}% reste sous le plafond.",
    ),
    "supplier.security": ("No security clearance", "Aucune cote de sécurité"),
    "supplier.security_body": (
        "Every piece of work on this board is unclassified and done in a public repository: no "
        "security clearance is needed. Never put personal or sensitive information in the "
        "repository.",
        f"Tous les travaux de ce tableau sont non classifiés et réalisés dans un dépôt public{N}: "
        "aucune cote de sécurité n'est nécessaire. Ne versez jamais de renseignements personnels "
        "ou de nature délicate dans le dépôt.",
    ),
    "supplier.revisions": ("Revisions", "Révisions"),
    "supplier.revisions_body": (
        "You deliver by pull request. If the work does not yet meet a work acceptance criterion, "
        "the client says which one in the pull request and you correct it; revisions are part of "
        "the fixed price. The client accepts the work when every criterion is met.",
        "Vous livrez les travaux par demande de tirage. Si les travaux ne satisfont pas encore à "
        "un critère d'acceptation, le client l'indique dans la demande de tirage et vous le "
        "corrigez; les révisions sont comprises dans le prix fixe. Le client accepte les travaux "
        "lorsque tous les critères sont remplis.",
    ),
    "supplier.debrief": ("The debrief", "Le compte rendu"),
    "supplier.debrief_body": (
        "If your application is not chosen, you may ask for a debrief after the award: the "
        "client explains how your application was assessed against each criterion. Ask on your "
        "application's ticket, or by e-mail to:",
        "Si votre candidature n'est pas retenue, vous pouvez demander un compte rendu après "
        f"l'attribution{N}: le client explique comment votre candidature a été évaluée au regard "
        "de chaque critère. Faites-en la demande dans le ticket de votre candidature, ou par "
        f"courriel à{N}:",
    ),
    "supplier.help": ("Where to get help", "Où obtenir de l'aide"),
    "supplier.help_body": (
        "The Office of Small and Medium Enterprises of Public Services and Procurement Canada "
        "helps businesses sell to the Government of Canada, at no cost.",
        "Le Bureau des petites et moyennes entreprises de Services publics et Approvisionnement "
        "Canada aide gratuitement les entreprises à vendre au gouvernement du Canada.",
    ),
    "supplier.help_link": (
        "Get help from the Office of Small and Medium Enterprises",
        "Obtenir de l'aide du Bureau des petites et moyennes entreprises",
    ),
    "supplier.help_questions": (
        "Questions about an opportunity go through its public questions and answers. For "
        "anything else about this board, write to:",
        "Les questions sur une opportunité passent par ses questions et réponses publiques. Pour "
        f"toute autre question sur ce tableau, écrivez à{N}:",
    ),
}
