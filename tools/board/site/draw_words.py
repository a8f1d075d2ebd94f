"""The opportunity page's words about the draw (#10), ``key: (English, French)`` as in
``i18n.STRINGS``, which merges this table (the catalogs move it later)."""

from __future__ import annotations

DRAW_STRINGS: dict[str, tuple[str, str]] = {
    "draw.title": ("The draw", "Le tirage"),
    "draw.explain.pass-fail-draw": (
        "Several applications passed every criterion, so their order comes from public randomness "
        "nobody could know in advance: the drand beacon round that the evaluation record named at "
        "least 10 minutes before it was published. Each passing receipt is ranked by the SHA-256 "
        "of the round's randomness, this opportunity's id and the receipt, lowest first; the "
        "first is selected and the others form the reserve list, in order.",
        "Plusieurs candidatures ont satisfait à tous les critères; leur ordre vient donc d'un "
        "hasard public que personne ne pouvait connaître d'avance : la ronde de la balise drand "
        "que le dossier d'évaluation a désignée au moins 10 minutes avant sa publication. Chaque "
        "reçu retenu est classé selon le SHA-256 du hasard de la ronde, de l'identifiant de cette "
        "opportunité et du reçu, du plus petit au plus grand; le premier est sélectionné et les "
        "autres forment la liste de réserve, dans l'ordre.",
    ),
    "draw.explain.scored": (
        "Applications are ranked by their total, highest first, and equal totals are ordered with "
        "public randomness nobody could know in advance: the drand beacon round that the "
        "evaluation record named at least 10 minutes before it was published. Among equal totals, "
        "the lowest SHA-256 of the round's randomness, this opportunity's id and the receipt "
        "comes first; the first is selected and the others form the reserve list, in order.",
        "Les candidatures sont classées selon leur total, du plus élevé au plus bas, et les totaux "
        "égaux sont départagés par un hasard public que personne ne pouvait connaître d'avance : "
        "la ronde de la balise drand que le dossier d'évaluation a désignée au moins 10 minutes "
        "avant sa publication. À total égal, le plus petit SHA-256 du hasard de la ronde, de "
        "l'identifiant de cette opportunité et du reçu passe en premier; le premier est "
        "sélectionné et les autres forment la liste de réserve, dans l'ordre.",
    ),
    "draw.pending": (
        "The draw will use drand round {round}, published on {time}. It appears here once the draw "
        "workflow has fetched and verified it.",
        "Le tirage utilisera la ronde drand {round}, publiée le {time}. Il paraîtra ici dès que le "
        "flux de tirage l'aura obtenue et vérifiée.",
    ),
    "draw.inputs": ("What the draw used", "Ce que le tirage a utilisé"),
    "draw.round": ("Beacon round", "Ronde de la balise"),
    "draw.published": ("Published", "Publiée le"),
    "draw.beacon": (
        "The round as the drand beacon publishes it (JSON)",
        "La ronde telle que la balise drand la publie (JSON)",
    ),
    "draw.signature": ("Signature (BLS)", "Signature (BLS)"),
    "draw.randomness": (
        "Randomness (SHA-256 of the signature)",
        "Hasard (SHA-256 de la signature)",
    ),
    "draw.record": ("Evaluation record", "Dossier d'évaluation"),
    "draw.ranking": ("Ranking", "Classement"),
    "draw.selected": ("selected", "sélectionnée"),
    "draw.reserve": ("reserve {n}", "réserve {n}"),
    "draw.total": ("total {score}", "total de {score}"),
    "draw.verify": ("Check it yourself", "Vérifiez par vous-même"),
    "draw.verify_lead": (
        "In a clone of the board's repository, this command checks everything again, offline: the "
        "signature against the beacon's public key, the round's time after the evaluation record "
        "was merged, the ranking, and that the record has not changed since the draw.",
        "Dans un clone du dépôt du tableau, cette commande revérifie tout, hors ligne : la "
        "signature avec la clé publique de la balise, l'heure de la ronde après la fusion du "
        "dossier d'évaluation, le classement, et le fait que le dossier n'a pas changé depuis le "
        "tirage.",
    ),
    "draw.browser_lead": (
        "Your browser can also recompute the ranking from the randomness above (SHA-256, with "
        "WebCrypto); nothing is sent anywhere.",
        "Votre navigateur peut aussi recalculer le classement à partir du hasard ci-dessus "
        "(SHA-256, avec WebCrypto); rien n'est envoyé nulle part.",
    ),
    "draw.browser_button": (
        "Recompute the ranking in my browser",
        "Recalculer le classement dans mon navigateur",
    ),
    "draw.match": (
        "The ranking recomputed in your browser matches the published ranking.",
        "Le classement recalculé dans votre navigateur correspond au classement publié.",
    ),
    "draw.mismatch": (
        "The ranking recomputed in your browser does not match the published ranking.",
        "Le classement recalculé dans votre navigateur ne correspond pas au classement publié.",
    ),
    "draw.unavailable": (
        "Your browser cannot compute SHA-256 on this page (WebCrypto needs a secure connection).",
        "Votre navigateur ne peut pas calculer de SHA-256 sur cette page (WebCrypto exige une "
        "connexion sécurisée).",
    ),
    "draw.recomputed": ("Recomputed ranking", "Classement recalculé"),
}
