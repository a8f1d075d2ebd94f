"""What ``board draw verify`` (and ``board validate``) says about each check of a draw, in English
and in French: when it holds, when it fails and how to fix it (with ``str.format`` placeholders),
and the stable code of its problem."""

from __future__ import annotations

from dataclasses import dataclass

from ..problems import Say


@dataclass(frozen=True)
class Words:
    path: tuple[str, ...]  # the field of draw.yaml a failure points at
    failed_en: Say
    failed_fr: Say
    held: tuple[str, str]
    code: str

    def held_text(self, *args: object) -> tuple[str, str]:
        en, fr = self.held
        return en.format(*args), fr.format(*args)

    def failed(self, *args: object) -> tuple[Say, Say]:
        return tuple(  # type: ignore[return-value]
            Say(s.message.format(*args), s.hint.format(*args))
            for s in (self.failed_en, self.failed_fr)
        )


ROUND = Words(
    ("round",),
    Say(
        "round {0} is not the round the evaluation record names ({1})",
        "the draw uses the record's draw_round: run board draw run again",
    ),
    Say(
        "la ronde {0} n'est pas celle que désigne le dossier d'évaluation ({1})",
        "le tirage utilise la draw_round du dossier : relancez board draw run",
    ),
    held=(
        "Round {0} is the round the evaluation record names.",
        "La ronde {0} est celle que désigne le dossier d'évaluation.",
    ),
    code="draw.wrong-round",
)

SIGNATURE = Words(
    ("signature",),
    Say(
        "the signature is not the beacon's signature of round {0} (chain {1}…)",
        "a draw is never written by hand: the draw workflow copies the round as drand publishes it",
    ),
    Say(
        "la signature n'est pas celle de la ronde {0} par la balise (chaîne {1}…)",
        "un tirage ne s'écrit jamais à la main : le flux de tirage copie la ronde telle que drand la publie",
    ),
    held=(
        "The signature of round {0} verifies against the public key of the drand chain {1}… pinned in content/board.yaml.",
        "La signature de la ronde {0} est vérifiée avec la clé publique de la chaîne drand {1}… fixée dans content/board.yaml.",
    ),
    code="draw.bad-signature",
)

RANDOMNESS = Words(
    ("randomness",),
    Say("the randomness is not SHA-256 of the signature ({0})", "write randomness: {0}"),
    Say("le hasard n'est pas le SHA-256 de la signature ({0})", "indiquez randomness: {0}"),
    held=(
        "The randomness is SHA-256 of the signature: {0}.",
        "Le hasard est le SHA-256 de la signature : {0}.",
    ),
    code="draw.wrong-randomness",
)

RANKING = Words(
    ("ranking",),
    Say(
        "the ranking is not the one the rule gives from the randomness: {1}",
        "a ranking is computed, never edited: see docs/draw.md",
    ),
    Say(
        "le classement n'est pas celui que la règle donne à partir du hasard : {1}",
        "un classement se calcule, il ne se modifie pas : voir docs/draw.md",
    ),
    held=(
        "The ranking recomputed from the randomness ({0} receipts, by the SHA-256 of randomness, opportunity and receipt) is the published one: {1}.",
        "Le classement recalculé à partir du hasard ({0} reçus, selon le SHA-256 du hasard, de l'opportunité et du reçu) est celui qui est publié : {1}.",
    ),
    code="draw.wrong-ranking",
)

RECORD = Words(
    ("evaluation_sha256",),
    Say(
        "the evaluation record is not the one the draw ranked (its SHA-256 is now {0})",
        "restore the record as it was drawn; a new list of passes needs a new record and round",
    ),
    Say(
        "le dossier d'évaluation n'est pas celui que le tirage a classé (son SHA-256 est maintenant {0})",
        "rétablissez le dossier tel qu'il a été tiré; une nouvelle liste de réussites exige un nouveau dossier et une nouvelle ronde",
    ),
    held=(
        "The evaluation record is now byte for byte the one the draw ranked (SHA-256 {0}).",
        "Le dossier d'évaluation est aujourd'hui identique, octet pour octet, à celui que le tirage a classé (SHA-256 {0}).",
    ),
    code="draw.evaluation-changed",
)

TIMING = Words(
    ("round",),
    Say(
        "round {0} was published at {1}, less than 10 minutes after the evaluation record was merged ({2}, commit {3})",
        "the record must name a round published at least 10 minutes after its merge",
    ),
    Say(
        "la ronde {0} a été publiée le {1}, moins de 10 minutes après la fusion du dossier d'évaluation ({2}, commit {3})",
        "le dossier doit désigner une ronde publiée au moins 10 minutes après sa fusion",
    ),
    held=(
        "Round {0} was published at {1}, at least 10 minutes after the evaluation record was merged ({2}, commit {3}): nobody could know its randomness while the passes could still change.",
        "La ronde {0} a été publiée le {1}, au moins 10 minutes après la fusion du dossier d'évaluation ({2}, commit {3}) : personne ne pouvait connaître son hasard tant que la liste des réussites pouvait encore changer.",
    ),
    code="draw.round-too-early",
)

UNCHANGED = Words(
    ("evaluation_sha256",),
    Say(
        "the evaluation record was changed after the draw was committed (commit {0}), by {1}",
        "a record changed after its draw voids the draw: restore it",
    ),
    Say(
        "le dossier d'évaluation a été modifié après la validation du tirage (commit {0}), par {1}",
        "un dossier modifié après son tirage annule le tirage : rétablissez-le",
    ),
    held=(
        "The evaluation record has not changed in git history since the draw was committed (commit {0}).",
        "Le dossier d'évaluation n'a pas changé dans l'historique git depuis la validation du tirage (commit {0}).",
    ),
    code="draw.evaluation-changed-after",
)

NO_HISTORY = Words(
    (),
    Say(
        "the git history that shows when the record was merged and the draw committed is missing",
        "check in a full clone (git fetch --unshallow), with both files committed",
    ),
    Say(
        "l'historique git qui montre quand le dossier a été fusionné et le tirage validé est absent",
        "vérifiez dans un clone complet (git fetch --unshallow), les deux fichiers étant validés",
    ),
    held=("", ""),
    code="draw.no-history",
)
