"""What ``board draw verify`` (and ``board validate``) says about each check of a draw, in English
and in French: when it holds, when it fails, and how to fix it. One table per check:
``(code, field path, (held en, held fr), (failed en, failed fr), (hint en, hint fr))``, with
``str.format`` placeholders."""

from __future__ import annotations

Words = tuple[str, tuple[str, ...], tuple[str, str], tuple[str, str], tuple[str, str]]

ROUND: Words = (
    "draw.wrong-round",
    ("round",),
    (
        "Round {0} is the round the evaluation record names.",
        "La ronde {0} est celle que désigne le dossier d'évaluation.",
    ),
    (
        "round {0} is not the round the evaluation record names ({1})",
        "la ronde {0} n'est pas celle que désigne le dossier d'évaluation ({1})",
    ),
    (
        "the draw uses the record's draw_round: run board draw run again",
        "le tirage utilise la draw_round du dossier : relancez board draw run",
    ),
)
SIGNATURE: Words = (
    "draw.bad-signature",
    ("signature",),
    (
        "The signature of round {0} verifies against the public key of the drand chain {1}… "
        "pinned in content/board.yaml.",
        "La signature de la ronde {0} est vérifiée avec la clé publique de la chaîne drand {1}… "
        "fixée dans content/board.yaml.",
    ),
    (
        "the signature is not the beacon's signature of round {0} (chain {1}…)",
        "la signature n'est pas celle de la ronde {0} par la balise (chaîne {1}…)",
    ),
    (
        "a draw is never written by hand: the draw workflow copies the round as drand publishes it",
        "un tirage ne s'écrit jamais à la main : le flux de tirage copie la ronde telle que drand "
        "la publie",
    ),
)
RANDOMNESS: Words = (
    "draw.wrong-randomness",
    ("randomness",),
    (
        "The randomness is SHA-256 of the signature: {0}.",
        "Le hasard est le SHA-256 de la signature : {0}.",
    ),
    (
        "the randomness is not SHA-256 of the signature ({0})",
        "le hasard n'est pas le SHA-256 de la signature ({0})",
    ),
    ("write randomness: {0}", "indiquez randomness: {0}"),
)
RANKING: Words = (
    "draw.wrong-ranking",
    ("ranking",),
    (
        "The ranking recomputed from the randomness ({0} receipts, by the SHA-256 of randomness, "
        "opportunity and receipt) is the published one: {1}.",
        "Le classement recalculé à partir du hasard ({0} reçus, selon le SHA-256 du hasard, de "
        "l'opportunité et du reçu) est celui qui est publié : {1}.",
    ),
    (
        "the ranking is not the one the rule gives from the randomness: {1}",
        "le classement n'est pas celui que la règle donne à partir du hasard : {1}",
    ),
    (
        "a ranking is computed, never edited: see docs/draw.md",
        "un classement se calcule, il ne se modifie pas : voir docs/draw.md",
    ),
)
RECORD: Words = (
    "draw.evaluation-changed",
    ("evaluation_sha256",),
    (
        "The evaluation record is now byte for byte the one the draw ranked (SHA-256 {0}).",
        "Le dossier d'évaluation est aujourd'hui identique, octet pour octet, à celui que le "
        "tirage a classé (SHA-256 {0}).",
    ),
    (
        "the evaluation record is not the one the draw ranked (its SHA-256 is now {0})",
        "le dossier d'évaluation n'est pas celui que le tirage a classé (son SHA-256 est "
        "maintenant {0})",
    ),
    (
        "restore the record as it was drawn; a new list of passes needs a new record and round",
        "rétablissez le dossier tel qu'il a été tiré; une nouvelle liste de réussites exige un "
        "nouveau dossier et une nouvelle ronde",
    ),
)
TIMING: Words = (
    "draw.round-too-early",
    ("round",),
    (
        "Round {0} was published at {1}, at least 10 minutes after the evaluation record was "
        "merged ({2}, commit {3}): nobody could know its randomness while the passes could "
        "still change.",
        "La ronde {0} a été publiée le {1}, au moins 10 minutes après la fusion du dossier "
        "d'évaluation ({2}, commit {3}) : personne ne pouvait connaître son hasard tant que "
        "la liste des réussites pouvait encore changer.",
    ),
    (
        "round {0} was published at {1}, less than 10 minutes after the evaluation record was "
        "merged ({2}, commit {3})",
        "la ronde {0} a été publiée le {1}, moins de 10 minutes après la fusion du dossier "
        "d'évaluation ({2}, commit {3})",
    ),
    (
        "the record must name a round published at least 10 minutes after its merge",
        "le dossier doit désigner une ronde publiée au moins 10 minutes après sa fusion",
    ),
)
UNCHANGED: Words = (
    "draw.evaluation-changed-after",
    ("evaluation_sha256",),
    (
        "The evaluation record has not changed in git history since the draw was committed "
        "(commit {0}).",
        "Le dossier d'évaluation n'a pas changé dans l'historique git depuis la validation du "
        "tirage (commit {0}).",
    ),
    (
        "the evaluation record was changed after the draw was committed (commit {0}), by {1}",
        "le dossier d'évaluation a été modifié après la validation du tirage (commit {0}), par {1}",
    ),
    (
        "a record changed after its draw voids the draw: restore it",
        "un dossier modifié après son tirage annule le tirage : rétablissez-le",
    ),
)
NO_HISTORY: Words = (
    "draw.no-history",
    (),
    ("", ""),
    (
        "the git history that shows when the record was merged and the draw committed is missing",
        "l'historique git qui montre quand le dossier a été fusionné et le tirage validé est "
        "absent",
    ),
    (
        "check in a full clone (git fetch --unshallow), with both files committed",
        "vérifiez dans un clone complet (git fetch --unshallow), les deux fichiers étant validés",
    ),
)


def render(words: Words, ok: bool, *args: object) -> tuple[tuple[str, ...], str, tuple[str, ...]]:
    """``((en, fr) held, or (en, fr, hint en, hint fr) failed), code, field path``."""
    code, path, held, failed, hint = words
    if ok:
        return tuple(text.format(*args) for text in held), code, path
    return tuple(text.format(*args) for text in (*failed, *hint)), code, path
