"""Everything an applicant reads from intake, in English and French, side by side.

One table, so the two languages are written and reviewed together; `comment` lays a message out
as one bilingual GitHub comment (English first, French second, each complete on its own).
"""

from __future__ import annotations

import re
from datetime import UTC, datetime
from zoneinfo import ZoneInfo

from .. import formats
from ..model import Text

MARKER = "<!-- board:intake -->"

# code -> (English, French); {placeholders} are filled by `say`.
MESSAGES: dict[str, tuple[str, str]] = {
    # -- titles
    "title-fix": ("Your application needs a fix", "Votre candidature doit être corrigée"),
    "title-received": ("Application received", "Candidature reçue"),
    "title-refused": ("Application refused", "Candidature refusée"),
    "title-withdrawn": ("Application withdrawn", "Candidature retirée"),
    "title-not-withdrawn": ("Nothing was withdrawn", "Rien n'a été retiré"),
    "title-unchanged": ("Nothing was changed", "Rien n'a été modifié"),
    "title-copy": ("This block is a copy", "Ce bloc est une copie"),
    # -- what to fix
    "empty": (
        "The issue is empty. Open the application form again from the opportunity's Apply page.",
        "Le ticket est vide. Rouvrez le formulaire de candidature à partir de la page « Postuler » de l'opportunité.",
    ),
    "missing": (
        "The field “{label}” is empty. Edit the issue and fill it in.",
        "Le champ « {label} » est vide. Modifiez le ticket et remplissez-le.",
    ),
    "unknown-section": (
        "The section {title} is not part of the form. Edit the issue and keep only the form's sections.",
        "La section {title} ne fait pas partie du formulaire. Modifiez le ticket et ne gardez que les sections du formulaire.",
    ),
    "no-opportunity": (
        "There is no open opportunity with the id {id}. Copy the id from the opportunity's page.",
        "Aucune opportunité ouverte ne porte l'identifiant {id}. Copiez l'identifiant à partir de la page de l'opportunité.",
    ),
    "closed": (
        "The opportunity {id} closed on {closing_en}; this application arrived on {moment_en} and cannot be accepted.",
        "La période de candidature de l'opportunité {id} a pris fin le {closing_fr}; cette candidature est arrivée le {moment_fr} et ne peut pas être acceptée.",
    ),
    "not-yet-open": (
        "The opportunity {id} opens for applications on {opens_en}. Edit this issue after that "
        "moment, with the same sealed block, and it will be checked again.",
        "L'opportunité {id} sera ouverte aux candidatures le {opens_fr}. Modifiez ce ticket après "
        "ce moment, avec le même bloc scellé, et il sera vérifié de nouveau.",
    ),
    "no-key": (
        "The opportunity {id} has no sealing key yet, so it cannot take applications. The board's team has been told by this comment.",
        "L'opportunité {id} n'a pas encore de clé de scellement et ne peut donc pas recevoir de candidatures. Ce commentaire en avise l'équipe du tableau.",
    ),
    "too-large": (
        "The sealed block is {size} characters long, over the limit of {limit}. Shorten your answers and seal again.",
        "Le bloc scellé compte {size} caractères, au-delà de la limite de {limit}. Raccourcissez vos réponses et scellez de nouveau.",
    ),
    "control-character": (
        "The sealed block contains an invisible control character ({code_point}, line {line}). Paste the block again exactly as the Apply page gave it.",
        "Le bloc scellé contient un caractère de contrôle invisible ({code_point}, ligne {line}). Collez de nouveau le bloc tel que la page « Postuler » l'a produit.",
    ),
    "no-armor": (
        "The sealed block must start with “-----BEGIN SEALED APPLICATION-----” and end with “-----END SEALED APPLICATION-----”, with nothing else around it. Paste the whole block.",
        "Le bloc scellé doit commencer par « -----BEGIN SEALED APPLICATION----- » et se terminer par « -----END SEALED APPLICATION----- », sans rien autour. Collez le bloc en entier.",
    ),
    "bad-header": (
        "The first lines of the sealed block (Version, Opportunity, Key, Check) are incomplete or changed. Paste the block again exactly as it was produced.",
        "Les premières lignes du bloc scellé (Version, Opportunity, Key, Check) sont incomplètes ou modifiées. Collez de nouveau le bloc tel qu'il a été produit.",
    ),
    "version": (
        "The sealed block uses format version {version}, which this board does not read. Seal again from the Apply page.",
        "Le bloc scellé utilise la version de format {version}, que ce tableau ne prend pas en charge. Scellez de nouveau votre candidature à partir de la page « Postuler ».",
    ),
    "bad-base64": (
        "The sealed block contains characters that are not part of a sealed block. Paste it again exactly as it was produced.",
        "Le bloc scellé contient des caractères qui n'appartiennent pas à un bloc scellé. Collez-le de nouveau tel qu'il a été produit.",
    ),
    "damaged": (
        "The sealed block was changed after sealing (its check does not match). Paste it again exactly as it was produced, or seal again.",
        "Le bloc scellé a été modifié après le scellement (sa valeur de contrôle ne correspond pas). Collez-le de nouveau tel qu'il a été produit, ou scellez de nouveau.",
    ),
    "other-opportunity": (
        "This sealed block was made for the opportunity {sealed_for}, not {id}. Seal your application on the Apply page of {id}.",
        "Ce bloc scellé a été produit pour l'opportunité {sealed_for}, et non pour {id}. Scellez votre candidature sur la page « Postuler » de {id}.",
    ),
    "other-key": (
        "This sealed block was made for the key {sealed_key}, but {id} now uses the key {key}. Seal again from the Apply page.",
        "Ce bloc scellé a été produit pour la clé {sealed_key}, mais {id} utilise maintenant la clé {key}. Scellez de nouveau votre candidature à partir de la page « Postuler ».",
    ),
    "copied": (
        "This exact sealed block was already posted by another account, before this issue. The earliest post keeps a block. Each applicant seals their own application: seal yours and edit this issue with the new block.",
        "Ce même bloc scellé a déjà été publié par un autre compte, avant ce ticket. Un bloc appartient à la publication la plus ancienne. Chaque candidat doit sceller sa propre candidature : scellez la vôtre et modifiez ce ticket en y collant le nouveau bloc.",
    ),
    "copy-recorded": (
        "The ledger lists this post as a copy (receipt {receipt}), which will not be opened.",
        "Le registre inscrit cette publication comme une copie (reçu {receipt}), qui ne sera pas ouverte.",
    ),
    "copy-demoted": (
        "The same sealed block was posted earlier by another account (issue #{issue}, {moment_en}). The earliest post keeps a block, so the receipt {receipt} given here no longer counts and will not be opened. Each applicant seals their own application: seal yours and edit this issue with the new block.",
        "Le même bloc scellé a été publié plus tôt par un autre compte (ticket #{issue}, {moment_fr}). Un bloc appartient à la publication la plus ancienne : le reçu {receipt} donné ici ne compte donc plus et ne sera pas ouvert. Chaque candidat doit sceller sa propre candidature : scellez la vôtre et modifiez ce ticket en y collant le nouveau bloc.",
    ),
    "replaced-by-later": (
        "Your account posted a later application (receipt {later}), which replaces this one: only the later one counts.",
        "Votre compte a publié une candidature plus récente (reçu {later}), qui remplace celle-ci : seule la plus récente compte.",
    ),
    "restored": (
        "The application that had replaced this one was a copy of another account's block, so your application (receipt {receipt}) counts again.",
        "La candidature qui avait remplacé celle-ci était une copie du bloc d'un autre compte : votre candidature (reçu {receipt}) compte donc de nouveau.",
    ),
    "edit-after-closing": (
        "This issue was edited on {moment_en}, after the opportunity {id} closed on {closing_en}. An edit after closing changes nothing: the ledger keeps what it recorded before closing (receipt {receipt}, status: {status_en}).",
        "Ce ticket a été modifié le {moment_fr}, après la clôture de l'opportunité {id} le {closing_fr}. Une modification après la clôture ne change rien : le registre conserve ce qu'il a inscrit avant la clôture (reçu {receipt}, état : {status_fr}).",
    ),
    "reused": (
        "This sealed block was already received (receipt {receipt}, issue #{issue}). To change your application, seal it again: each sealing gives a new block.",
        "Ce bloc scellé a déjà été reçu (reçu {receipt}, ticket #{issue}). Pour modifier votre candidature, scellez-la de nouveau : chaque scellement produit un nouveau bloc.",
    ),
    "still-active": (
        "Your earlier application (receipt {receipt}) still stands until a corrected one is received.",
        "Votre candidature précédente (reçu {receipt}) demeure valide tant qu'une version corrigée n'a pas été reçue.",
    ),
    "edit-to-fix": (
        "Edit this issue to fix it; it will be checked again. Nothing you sealed is readable here.",
        "Modifiez ce ticket pour apporter la correction; il sera vérifié de nouveau. Rien de ce que vous avez scellé n'est lisible ici.",
    ),
    # -- receipt
    "receipt": (
        "Your sealed application to **{title_en}** ({id}) was received. It stays sealed until the opportunity closes.",
        "Votre candidature scellée pour l'opportunité **{title_fr}** ({id}) a été reçue. Elle demeure scellée jusqu'à la clôture de l'opportunité.",
    ),
    "receipt-table": (
        "| | |\n|---|---|\n| Receipt | `{receipt}` |\n| Opportunity | {id} |\n| Received | {moment_en} ({utc} UTC) |\n| SHA-256 of the envelope | `{sha256}` |",
        "| | |\n|---|---|\n| Reçu | `{receipt}` |\n| Opportunité | {id} |\n| Date de réception | {moment_fr} ({utc} UTC) |\n| SHA-256 de l'enveloppe | `{sha256}` |",
    ),
    "supersedes": (
        "It replaces your earlier application (receipt {receipts}), which no longer counts.",
        "Elle remplace votre candidature précédente (reçu {receipts}), qui ne compte plus.",
    ),
    "how-to-withdraw": (
        "The receipt is in the public ledger `{ledger}`. To change your application, edit this issue with a newly sealed block; to withdraw it before closing, comment `/withdraw`.",
        "Le reçu figure dans le registre public `{ledger}`. Pour modifier votre candidature, modifiez ce ticket en y collant un nouveau bloc scellé; pour la retirer avant la clôture, publiez le commentaire `/withdraw`.",
    ),
    # -- withdrawal
    "withdrawn": (
        "Your application (receipt {receipt}) is withdrawn and will not be opened.",
        "Votre candidature (reçu {receipt}) est retirée et ne sera pas ouverte.",
    ),
    "withdraw-not-author": (
        "Only @{author}, who opened this issue, can withdraw this application. Nothing was changed.",
        "Seul @{author}, qui a ouvert ce ticket, peut retirer cette candidature. Rien n'a été modifié.",
    ),
    "withdraw-closed": (
        "The opportunity {id} closed on {closing_en}; applications can no longer be withdrawn.",
        "La période de candidature de l'opportunité {id} a pris fin le {closing_fr}; les candidatures ne peuvent plus être retirées.",
    ),
    "withdraw-nothing": (
        "This issue has no application in the ledger to withdraw.",
        "Le registre ne contient aucune candidature liée à ce ticket; il n'y a donc rien à retirer.",
    ),
    "ledger-unreadable": (
        "The ledger of this opportunity cannot be read, so nothing was recorded. The board's team has been told by this comment.",
        "Le registre de cette opportunité est illisible; rien n'a donc été enregistré. Ce commentaire en avise l'équipe du tableau.",
    ),
}


_UNSAFE = re.compile(r"[\x00-\x1f\x7f`\u200b-\u200f\u2028\u2029\ufeff]")


def quote(text: str, limit: int = 80) -> str:
    """Applicant-typed text as an inert code span: no mention, link or Markdown, bounded."""
    cleaned = _UNSAFE.sub("", text).strip()
    if len(cleaned) > limit:
        cleaned = cleaned[: limit - 1] + "…"
    return f"`{cleaned}`" if cleaned else "` `"


# Ledger statuses as an applicant reads them.
STATUS_WORDS: dict[str, tuple[str, str]] = {
    "received": ("received", "reçue"),
    "superseded": ("replaced by a later application", "remplacée par une candidature plus récente"),
    "withdrawn": ("withdrawn", "retirée"),
    "copy": ("copy of another account's block", "copie du bloc d'un autre compte"),
}


def status_values(status: str) -> dict[str, str]:
    en, fr = STATUS_WORDS[status]
    return {"status_en": en, "status_fr": fr}


def say(code: str, **values: object) -> Text:
    en, fr = MESSAGES[code]
    return Text(en=en.format(**values), fr=fr.format(**values))


def moment_values(prefix: str, moment: datetime, tz: ZoneInfo) -> dict[str, str]:
    """``{prefix}_en``, ``{prefix}_fr`` in the board's time zone, each language's convention."""
    return {
        f"{prefix}_{lang}": formats.moment(moment, tz, lang, seconds=True) for lang in ("en", "fr")
    }


def utc(moment: datetime) -> str:
    return moment.astimezone(UTC).strftime("%Y-%m-%d %H:%M:%S")


def comment(title: Text, paragraphs: list[Text], bullets: list[Text] | None = None) -> str:
    """One comment: the English part, a rule, the French part."""
    parts = [MARKER]
    for lang in ("en", "fr"):
        block = [f"### {title.get(lang)}", ""]
        if bullets:
            block += [f"- {b.get(lang)}" for b in bullets] + [""]
        block += [p.get(lang) + "\n" for p in paragraphs]
        parts.append("\n".join(block).rstrip())
    return f"{parts[0]}\n{parts[1]}\n\n---\n\n{parts[2]}\n"
