"""Fixtures for the site tests: a content folder with every status, and boards built from it.

"Now" is fixed (2027-01-20 noon, Eastern) so that statuses and "days left" never depend on
the day the tests run.
"""

from __future__ import annotations

import copy
import shutil
from collections.abc import Iterator
from datetime import datetime
from pathlib import Path
from typing import Any

import pytest
import yaml
from cryptography.hazmat.primitives.asymmetric import ec
from playwright.sync_api import Browser

from board.applications.ledger import parse_utc, receipt_id
from board.sealing import keys
from board.sealing.envelope import sha256_text
from board.site.build import BuildOptions, build
from board.yamlio.load import parse

from . import draw_content
from .browser import chromium, serve

ROOT = Path(__file__).resolve().parents[2]
SAMPLE = ROOT / "content" / "opportunities" / "accessible-pdf-forms.yaml"
NOW = datetime.fromisoformat("2027-01-20T12:00:00-05:00")
# A fixed key pair (a made-up private scalar) so that pages and tests are reproducible.
_KEY = keys.published(ec.derive_private_key(20270120, ec.SECP256R1()).public_key())
PUBLIC_KEY = _KEY.public_key
FINGERPRINT = _KEY.fingerprint
SEAL_STUB = """export async function sealApplication(payload, key, id, fingerprint) {
  window.__sealed = { payload, key, id, fingerprint };
  return "-----BEGIN SEALED APPLICATION-----\\n" + btoa(JSON.stringify(payload)) +
    "\\n-----END SEALED APPLICATION-----";
}
"""


def sample() -> dict[str, Any]:
    """The shipped sample, loaded as the board loads it (dates stay strings)."""
    doc, problems = parse(SAMPLE.read_text(encoding="utf-8"), str(SAMPLE))
    assert doc is not None, problems
    return dict(doc.data)


def shifted(raw: dict[str, Any], oid: str, days: int, **changes: Any) -> dict[str, Any]:
    """A copy of ``raw`` under a new id with its whole schedule moved by ``days``."""
    from datetime import date, timedelta

    data = copy.deepcopy(raw)
    data["id"] = oid
    for key in ("posted", "start"):
        data[key] = (date.fromisoformat(str(data[key])) + timedelta(days=days)).isoformat()
    for key in ("closing", "delivery"):
        data[key] = (datetime.fromisoformat(data[key]) + timedelta(days=days)).isoformat()
    data.update(changes)
    return data


def write_content(folder: Path, opportunities: list[dict[str, Any]]) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    shutil.copy(ROOT / "content" / "board.yaml", folder / "board.yaml")
    (folder / "opportunities").mkdir(exist_ok=True)
    for data in opportunities:
        text = yaml.safe_dump(data, allow_unicode=True, sort_keys=False, width=1000)
        (folder / "opportunities" / f"{data['id']}.yaml").write_text(text, encoding="utf-8")
    return folder


def every_status() -> list[dict[str, Any]]:
    base = sample()
    base["title"] = dict(base["title"])
    keyed = dict(
        base,
        sealing_key={"public_key": PUBLIC_KEY, "fingerprint": FINGERPRINT},
        questions=[
            {
                "issue": 12,
                "asked": "2027-01-13",
                "answered": "2027-01-14",
                "question": {
                    "en": "Are the forms in French too?",
                    "fr": "Les formulaires sont-ils aussi en français?",
                },
                "answer": {
                    "en": "Yes, each form exists in both languages.",
                    "fr": "Oui, chaque formulaire existe dans les deux langues.",
                },
            },
            {  # asked by e-mail (board intake --email): the acknowledgement's reference
                "email": "5e1f0c2a9b7d3e4f6a8c",
                "asked": "2027-01-14",
                "answered": "2027-01-15",
                "question": {
                    "en": "Can I apply without a GitHub account?",
                    "fr": "Puis-je postuler sans compte GitHub?",
                },
                "answer": {
                    "en": "Yes: send the sealed block by e-mail.",
                    "fr": "Oui : envoyez le bloc scellé par courriel.",
                },
            },
        ],
        addenda=[
            {
                "date": "2027-01-15",
                "en": "The source files are now in the repository.",
                "fr": "Les fichiers sources sont maintenant dans le dépôt.",
            }
        ],
    )
    return [
        keyed,
        shifted(
            base,
            "soon-closing-logo",
            -7,
            skills=["svg", "illustration"],
            title={
                "en": "Redraw the team logo as SVG",
                "fr": "Redessiner le logo de l'équipe en SVG",
            },
            summary={
                "en": "Turn our raster logo into a clean, scalable vector file.",
                "fr": "Transformer notre logo matriciel en un fichier vectoriel propre et extensible.",
            },
        ),
        shifted(
            base,
            "closed-survey",
            -14,
            title={"en": "Clean a survey data set", "fr": "Nettoyer un jeu de données d'enquête"},
        ),
        shifted(
            base,
            "awarded-survey",
            -21,
            title={"en": "Tidy a survey codebook", "fr": "Mettre en ordre un guide de codage"},
        ),
        shifted(
            base,
            "unawarded-survey",
            -22,
            title={"en": "Merge two survey files", "fr": "Fusionner deux fichiers d'enquête"},
        ),
        shifted(
            base,
            "cancelled-map",
            0,
            status="cancelled",
            title={"en": "Build a small map widget", "fr": "Créer un petit module de carte"},
        ),
        shifted(
            base,
            "secret-draft",
            0,
            status="draft",
            title={"en": "Unpublished draft", "fr": "Brouillon non publié"},
        ),
    ]


LEDGER = {
    "opportunity": "accessible-pdf-forms",
    "applications": [
        {
            "issue": 40,
            "account": "octocat-private",
            "account_id": 1001,
            "received": "2027-01-18T14:00:00Z",
            "sha256": sha256_text("SECRET-ENVELOPE-1"),
            "status": "received",
            "envelope": "SECRET-ENVELOPE-1",
        },
        {
            "issue": 41,
            "account": "someone-else",
            "account_id": 1002,
            "received": "2027-01-18T15:00:00Z",
            "sha256": sha256_text("SECRET-ENVELOPE-2"),
            "status": "superseded",
            "changed": "2027-01-18T16:00:00Z",
            "envelope": "SECRET-ENVELOPE-2",
        },
        {
            "issue": 42,
            "account": "third-person",
            "account_id": 1003,
            "received": "2027-01-19T09:00:00Z",
            "sha256": sha256_text("SECRET-ENVELOPE-3"),
            "status": "received",
            "envelope": "SECRET-ENVELOPE-3",
        },
    ],
}
# Receipt ids as intake computes them (board validate recomputes them).
LEDGER["applications"] = [
    {
        "receipt": receipt_id(
            LEDGER["opportunity"],
            e["issue"],
            e["account_id"],
            e["sha256"],
            parse_utc(e["received"]),
        ),
        **e,
    }
    for e in LEDGER["applications"]
]
RECEIPTS = [e["receipt"] for e in LEDGER["applications"]]
LEDGER["incidents"] = [
    {
        "commit": "0123456789abcdef0123456789abcdef01234567",
        "date": "2027-01-19",
        "explanation": {
            "en": "An intake commit was reverted by mistake; the entry was put back.",
            "fr": "Un commit de réception a été annulé par erreur; l'entrée a été rétablie.",
        },
        "restores": "89abcdef0123456789abcdef0123456789abcdef",
    }
]


def build_board(content: Path, site: Path, seal: bool = True, now: datetime = NOW) -> Path:
    stub = None
    if seal:
        stub = site.parent / f"{site.name}-seal.js"
        stub.write_text(SEAL_STUB, encoding="utf-8")
    else:
        stub = site.parent / "no-such-seal.js"
    result = build(BuildOptions(ROOT / "mkdocs.yml", site, content, now, stub))
    assert result.ok, (result.problems, result.error)
    return site


@pytest.fixture(scope="session")
def fixture_content(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = write_content(tmp_path_factory.mktemp("content") / "content", every_status())
    (folder / "applications").mkdir()
    (folder / "applications" / "accessible-pdf-forms.yaml").write_text(
        yaml.safe_dump(LEDGER, sort_keys=False), encoding="utf-8"
    )
    write_outcomes(folder)
    # after closing (#10): an opportunity closed in 2023, evaluated and drawn from a real round
    draw_content.write(folder, shifted(sample(), draw_content.DRAWN, -1247))
    return folder


# Results after closing (issue #10): "awarded-survey" closed 2027-01-08 with three receipts,
# two passing; the first drawn (from the real recorded round, as `board draw run` would) declined
# and the second was awarded. "unawarded-survey" had one application, which did not pass.
_AWARDED = draw_content.ledger(
    "awarded-survey", [f"2027-01-0{day}T14:00:00Z" for day in (5, 6, 7)], first_issue=70
)
_PASSED = [e["receipt"] for e in _AWARDED["applications"][:2]]
_RECORD = yaml.safe_dump(
    {
        "opportunity": "awarded-survey",
        "evaluated": "2027-01-11",
        "method": "pass-fail-draw",
        "criteria": [{"id": "skills", "failed": 1}],
        "passed": [{"receipt": r} for r in _PASSED],
        "not_passed": [_AWARDED["applications"][2]["receipt"]],
        "draw_round": draw_content.ROUND["round"],
    },
    sort_keys=False,
).encode()
_DRAW = draw_content.draw("awarded-survey", _PASSED, _RECORD)
# [0] awarded (second in the ranking), [1] drawn first and passed over, [2] did not pass
OUTCOME_RECEIPTS = [
    _DRAW["ranking"][1],
    _DRAW["ranking"][0],
    _AWARDED["applications"][2]["receipt"],
]
_UNAWARDED = draw_content.ledger("unawarded-survey", ["2027-01-04T14:00:00Z"], first_issue=80)
OUTCOMES: dict[str, dict[str, Any]] = {
    "awarded-survey": {
        "evaluation.yaml": _RECORD,
        "draw.yaml": _DRAW,
        "award.yaml": {
            "opportunity": "awarded-survey",
            "passed_over": [
                {
                    "receipt": OUTCOME_RECEIPTS[1],
                    "reason": "declined",
                    "date": "2027-01-12",
                    "explanation": {
                        "en": "The supplier <b>declined</b>: no time before March.",
                        "fr": "Le fournisseur a <b>refusé</b> : pas de temps avant mars.",
                    },
                }
            ],
            "award": {
                "receipt": OUTCOME_RECEIPTS[0],
                "supplier": "Tremblay & Fils <script>",
                "date": "2027-01-13",
                "price": 6500,
            },
        },
    },
    "unawarded-survey": {
        "evaluation.yaml": {
            "opportunity": "unawarded-survey",
            "evaluated": "2027-01-11",
            "method": "pass-fail-draw",
            "criteria": [{"id": "skills", "failed": 1}],
            "passed": [],
            "not_passed": [_UNAWARDED["applications"][0]["receipt"]],
        },
        "award.yaml": {
            "opportunity": "unawarded-survey",
            "not_awarded": {
                "date": "2027-01-12",
                "reason": {
                    "en": "No application passed every mandatory criterion.",
                    "fr": "Aucune candidature n'a satisfait à tous les critères obligatoires.",
                },
            },
        },
    },
}


def write_outcomes(folder: Path) -> None:
    """The outcome files above, with the ledgers they name."""
    for oid, ledger in (("awarded-survey", _AWARDED), ("unawarded-survey", _UNAWARDED)):
        (folder / "applications" / f"{oid}.yaml").write_text(
            yaml.safe_dump(ledger, sort_keys=False), encoding="utf-8"
        )
    for oid, files in OUTCOMES.items():
        (folder / "outcomes" / oid).mkdir(parents=True)
        for name, data in files.items():
            text = (
                data
                if isinstance(data, bytes)
                else yaml.safe_dump(data, allow_unicode=True, sort_keys=False).encode()
            )
            (folder / "outcomes" / oid / name).write_bytes(text)


@pytest.fixture(scope="session")
def built(fixture_content: Path, tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The fixture board, built once for the session at the fixed "now"."""
    return build_board(fixture_content, tmp_path_factory.mktemp("built") / "site")


# The browser tests: the built board served on localhost and one Chromium, per test module
# (a session-wide browser would clash with the round-trip test's own Playwright).
@pytest.fixture(scope="module")
def base_url(built: Path) -> Iterator[str]:
    with serve(built) as url:
        yield url


@pytest.fixture(scope="module")
def browser() -> Iterator[Browser]:
    with chromium() as browser:
        yield browser
