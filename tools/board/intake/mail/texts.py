"""Everything an e-mail sender reads from intake that an issue's author does not, in English and
French side by side (the lead moves this table into the catalogs; same shape as
``intake/messages.py``).

``WORDING`` holds the e-mail version of the issue messages that speak of editing an issue or
commenting; `for_email` swaps them in the decision's text, so the decisions stay one code.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from ... import catalog
from ...model import Text

TEXTS: dict[str, tuple[str, str]] = {
    "title-question": ("Question received", "Question reçue"),
    "title-question-refused": ("Question not accepted", "Question non acceptée"),
    "title-unverified": (
        "Your address could not be verified",
        "Votre adresse n'a pas pu être vérifiée",
    ),
    "unverified": (
        "The board's mail server could not verify that this e-mail came from {address}: its provider did not sign it (DKIM), or its domain's policy (DMARC) did not pass. Nothing was recorded. Send it again from an address whose provider signs its mail (most do), or apply through GitHub.",
        "Le serveur de courriel du tableau n'a pas pu vérifier que ce courriel provient de {address}\u00a0: son fournisseur ne l'a pas signé (DKIM), ou la politique de son domaine (DMARC) n'a pas été respectée. Rien n'a été enregistré. Envoyez-le de nouveau à partir d'une adresse dont le fournisseur signe les courriels (c'est le cas de la plupart), ou postulez au moyen de GitHub.",
    ),
    "too-large": (
        "This e-mail is {size} bytes long, over the limit of {limit} bytes, so it was not read. Paste the sealed block in the body of a new e-mail, without attachments.",
        "Ce courriel compte {size} octets, au-delà de la limite de {limit} octets; il n'a donc pas été lu. Collez le bloc scellé dans le corps d'un nouveau courriel, sans pièce jointe.",
    ),
    "no-block": (
        "No sealed block was found in the body of this e-mail. Paste the whole block, from “-----BEGIN SEALED APPLICATION-----” to “-----END SEALED APPLICATION-----”, in the body of the e-mail.",
        "Aucun bloc scellé n'a été trouvé dans le corps de ce courriel. Collez le bloc en entier, de « -----BEGIN SEALED APPLICATION----- » à « -----END SEALED APPLICATION----- », dans le corps du courriel.",
    ),
    "two-blocks": (
        "This e-mail holds {count} different sealed blocks. Send one block per e-mail: the last one you sealed.",
        "Ce courriel contient {count} blocs scellés différents. Envoyez un seul bloc par courriel\u00a0: le dernier que vous avez scellé.",
    ),
    "attachments": (
        "Attachments are never opened: only the text of the e-mail is read.",
        "Les pièces jointes ne sont jamais ouvertes\u00a0: seul le texte du courriel est lu.",
    ),
    "withdraw-which": (
        "To withdraw an application, write WITHDRAW (or RETRAIT) in the subject, and its receipt (as in 3c9e-0a68-cd83-28a9) in the subject or the body. Nothing was changed.",
        "Pour retirer une candidature, écrivez RETRAIT (ou WITHDRAW) dans l'objet, et son numéro de reçu (par exemple 3c9e-0a68-cd83-28a9) dans l'objet ou le corps du message. Rien n'a été modifié.",
    ),
    "withdraw-not-yours": (
        "No application with the receipt {receipt} was sent from this address. Nothing was changed.",
        "Aucune candidature portant le reçu {receipt} n'a été envoyée à partir de cette adresse. Rien n'a été modifié.",
    ),
    "question-which": (
        "Say which opportunity your question is about: write its id in square brackets in the subject, as in [accessible-pdf-forms], and send it again.",
        "Indiquez l'opportunité visée par votre question\u00a0: écrivez son identifiant entre crochets dans l'objet, par exemple [accessible-pdf-forms], puis envoyez-la de nouveau.",
    ),
    "already": (
        "This sealed block was already received from this address (receipt {receipt}); nothing was changed. To change your application, seal it again and send the new block.",
        "Ce bloc scellé a déjà été reçu de cette adresse (reçu {receipt}); rien n'a été modifié. Pour modifier votre candidature, scellez-la de nouveau et envoyez le nouveau bloc.",
    ),
    "question-reference": (
        "Your question's reference is {reference}.",
        "La référence de votre question est {reference}.",
    ),
}

# Issue messages whose e-mail version differs: same code, same placeholders or fewer.
WORDING: dict[str, tuple[str, str]] = {
    "edit-to-fix": (
        "Send the correction in a new e-mail (a reply to this one will do); it will be checked again. Nothing you sealed is readable in this e-mail.",
        "Envoyez la correction dans un nouveau courriel (une réponse à celui-ci convient); elle sera vérifiée de nouveau. Rien de ce que vous avez scellé n'est lisible dans ce courriel.",
    ),
    "how-to-withdraw": (
        "The receipt is in the public ledger `{ledger}`, where your address appears only as a keyed hash. To change your application, send a newly sealed block from the same address; to withdraw it before closing, reply with WITHDRAW and the receipt in the subject.",
        "Le reçu figure dans le registre public `{ledger}`, où votre adresse n'apparaît que sous forme de hachage à clé. Pour modifier votre candidature, envoyez un nouveau bloc scellé à partir de la même adresse; pour la retirer avant la clôture, répondez en écrivant RETRAIT et le numéro de reçu dans l'objet.",
    ),
    "reused": (
        "This sealed block was already received (receipt {receipt}). To change your application, seal it again: each sealing gives a new block.",
        "Ce bloc scellé a déjà été reçu (reçu {receipt}). Pour modifier votre candidature, scellez-la de nouveau\u00a0: chaque scellement produit un nouveau bloc.",
    ),
    "not-yet-open": (
        "The opportunity {id} opens for applications on {opens}. Send the same sealed block again after that moment.",
        "L'opportunité {id} sera ouverte aux candidatures le {opens}. Envoyez de nouveau le même bloc scellé après ce moment.",
    ),
    "copied": (
        "This exact sealed block was already posted by another applicant, before this e-mail. The earliest post keeps a block. Each applicant seals their own application: seal yours and send the new block.",
        "Ce même bloc scellé a déjà été transmis par une autre personne, avant ce courriel. Un bloc appartient à la publication la plus ancienne. Chaque candidat doit sceller sa propre candidature\u00a0: scellez la vôtre et envoyez le nouveau bloc.",
    ),
    "withdraw-nothing": (
        "The ledger holds no application from this address that counted at that moment, so there is nothing to withdraw.",
        "Le registre ne contient aucune candidature de cette adresse qui comptait à ce moment; il n'y a donc rien à retirer.",
    ),
    "no-key": (
        "The opportunity {id} has no sealing key yet, so it cannot take applications. The board's team has been told.",
        "L'opportunité {id} n'a pas encore de clé de scellement et ne peut donc pas recevoir de candidatures. L'équipe du tableau en a été avisée.",
    ),
}

# The question bot's sentences about the issue, and their e-mail versions.
QUESTION_WORDING = (
    (
        "This issue will then be closed with a link to the answer.",
        "Questions and answers are published on the opportunity's page for everyone, without your name or address.",
    ),
    (
        "Ce ticket sera alors fermé, avec un lien vers la réponse.",
        "Les questions et les réponses sont publiées sur la page de l'opportunité pour tout le monde, sans votre nom ni votre adresse.",
    ),
)


def say(code: str, **values: object) -> Text:
    en, fr = TEXTS[code]
    return Text(en=en.format(**values), fr=fr.format(**values))


def _pattern(template: str) -> re.Pattern[str]:
    out, seen = [], set()
    for piece in re.split(r"(\{\w+\})", template):
        name = piece[1:-1] if piece.startswith("{") and piece.endswith("}") else None
        if name is None:
            out.append(re.escape(piece))
        elif name in seen:
            out.append(f"(?P={name})")
        else:
            seen.add(name)
            out.append(f"(?P<{name}>[^\\n]+?)")
    return re.compile("".join(out))


def _swap(template: str) -> Callable[[re.Match[str]], str]:
    def fill(found: re.Match[str]) -> str:
        return template.format(**found.groupdict())

    return fill


def for_email(text: str) -> str:
    """``text`` (a decision's bilingual comment) with the issue wording replaced by e-mail's."""
    for code, mail in WORDING.items():
        issue = (catalog.forms("en", f"intake.{code}")[0], catalog.forms("fr", f"intake.{code}")[0])
        for issue_template, mail_template in zip(issue, mail, strict=True):
            text = _pattern(issue_template).sub(_swap(mail_template), text)
    for issue_sentence, mail_sentence in QUESTION_WORDING:
        text = text.replace(issue_sentence, mail_sentence)
    return text
