"""Applying without a GitHub account: the board's mailbox on the opportunity and Apply pages.

``mailbox(board)`` is the address set under ``mailbox:`` in ``content/board.yaml`` (None when the
board takes no e-mail). The Apply page hands it to ``assets/apply.js``, which, after sealing,
offers both routes: continue to GitHub, or a ``mailto:`` link with the subject (and the block, when
the link stays short enough for every mail program) and the address and subject written out.
``STRINGS`` is this feature's table, merged into ``i18n.STRINGS`` (same shape).
"""

from __future__ import annotations

from ..model import Board

SUBJECT = "Application · Candidature [{id}]"  # the [id] is what `board intake --email` reads

STRINGS: dict[str, tuple[str, str]] = {
    "need.title": ("What you need to apply", "Ce qu'il vous faut pour postuler"),
    "need.both": (
        "A GitHub account (free) or an e-mail address. Either way, you seal your application on "
        "this board; then you file it as a GitHub issue, or send it by e-mail to {address}.",
        "Un compte GitHub (gratuit; l'interface de GitHub est offerte en anglais seulement) ou "
        "une adresse courriel. Dans les deux cas, vous scellez votre candidature sur ce tableau; "
        "vous la déposez ensuite sous forme de ticket GitHub, ou vous l'envoyez par courriel "
        "à {address}.",
    ),
    "need.github": (
        "A GitHub account (free): applications are filed as GitHub issues.",
        "Un compte GitHub (gratuit; l'interface de GitHub est offerte en anglais seulement)\u00a0: "
        "les candidatures sont déposées sous forme de tickets GitHub.",
    ),
    "opp.how_lead_email": (
        "Applications are sealed in your browser, then filed as a GitHub issue or sent by e-mail. "
        "Read the guide first; it takes a few minutes.",
        "Les candidatures sont scellées dans votre navigateur, puis déposées sous forme de ticket "
        "GitHub ou envoyées par courriel. Lisez d'abord le guide; cela prend quelques minutes.",
    ),
    "apply.lead_email": (
        "Fill in this form. Your answers are sealed (encrypted) in this browser before anything "
        "leaves it; only the procurement officer can open them, after closing. Nothing is sent "
        "until you file the GitHub issue or send the e-mail yourself.",
        "Remplissez ce formulaire. Vos réponses sont scellées (chiffrées) dans ce navigateur "
        "avant que quoi que ce soit n'en sorte; seul l'agent d'approvisionnement peut les ouvrir, "
        "après la clôture. Rien n'est envoyé tant que vous n'avez pas vous-même déposé le ticket "
        "GitHub ou envoyé le courriel.",
    ),
    "opp.answered_on_email": (
        "answered {date} (asked by e-mail)",
        "réponse du {date} (question posée par courriel)",
    ),
    "apply.github.title": ("With a GitHub account", "Avec un compte GitHub"),
    "apply.mail.title": (
        "Or by e-mail, without a GitHub account",
        "Ou par courriel, sans compte GitHub",
    ),
    "apply.mail.lead": (
        "Send the sealed block by e-mail to the board's application mailbox, from the address "
        "where you want your receipt.",
        "Envoyez le bloc scellé par courriel à la boîte aux lettres des candidatures du tableau, "
        "à partir de l'adresse où vous souhaitez recevoir votre reçu.",
    ),
    "apply.mail.step.prefilled": (
        "Select “Send by e-mail”: your e-mail program opens a message with the address, the "
        "subject and your sealed block already in it.",
        "Choisissez « Envoyer par courriel »\u00a0: votre logiciel de courriel ouvre un message où "
        "l'adresse, l'objet et votre bloc scellé figurent déjà.",
    ),
    "apply.mail.step.paste": (
        "Copy your sealed block, select “Send by e-mail” (or write a new e-mail to the address "
        "and with the subject below), and paste the whole block in the body of the message.",
        "Copiez votre bloc scellé, choisissez « Envoyer par courriel » (ou rédigez un nouveau "
        "courriel à l'adresse et avec l'objet ci-dessous), puis collez le bloc en entier dans le "
        "corps du message.",
    ),
    "apply.mail.step.send": (
        "Send it before the closing time: what counts is when the board's mail server receives "
        "it. Attachments are not opened. A receipt comes back by e-mail.",
        "Envoyez-le avant l'heure de clôture\u00a0: c'est le moment où le serveur de courriel du "
        "tableau le reçoit qui compte. Les pièces jointes ne sont pas ouvertes. Un reçu vous est "
        "renvoyé par courriel.",
    ),
    "apply.mail.button": ("Send by e-mail", "Envoyer par courriel"),
    "apply.mail.to": ("To", "À"),
    "apply.mail.subject": ("Subject", "Objet"),
}

SCRIPT_KEYS = (
    "apply.github.title",
    "apply.mail.title",
    "apply.mail.lead",
    "apply.mail.step.prefilled",
    "apply.mail.step.paste",
    "apply.mail.step.send",
    "apply.mail.button",
    "apply.mail.to",
    "apply.mail.subject",
)


def mailbox(board: Board | None) -> str | None:
    """The board's application address, or None when it takes no e-mail."""
    raw = (board.raw if board is not None else {}).get("mailbox")
    address = raw.get("address") if isinstance(raw, dict) else None
    return address if isinstance(address, str) and address else None


def subject(opportunity_id: str) -> str:
    return SUBJECT.format(id=opportunity_id)
