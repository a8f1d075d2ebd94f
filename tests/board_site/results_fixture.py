"""A small board whose measures are computed by hand (issue #12): six opportunities over two
fiscal years, their ledgers, and the files after closing written exactly as the outcomes
contract says, committed in a real git repository on their posting days.

The expected figures (`EXPECTED`) were worked out on paper from the dates below: business days
leave out weekends and federal holidays (Remembrance Day, 2026-11-11).
"""

from __future__ import annotations

import copy
import os
from datetime import date, datetime, timedelta
from pathlib import Path
from typing import Any

import yaml

from board.applications.ledger import parse_utc, receipt_id
from board.sealing.envelope import sha256_text

from .conftest import ROOT, sample, shifted

NOW = datetime.fromisoformat("2027-04-22T12:00:00-04:00")  # FY 2027-2028 has begun
AGENCY = {"en": "Agency of Tests", "fr": "Agence des essais"}


def _schedule(
    raw: dict[str, Any], oid: str, posted: str, closing: str, **more: Any
) -> dict[str, Any]:
    data = shifted(raw, oid, 0, posted=posted, closing=closing, **more)
    data["title"] = {"en": f"Opportunity {oid}", "fr": f"Opportunité {oid}"}
    start = date.fromisoformat(closing[:10]) + timedelta(days=5)
    data["start"] = start.isoformat()
    if "delivery" not in more:
        data["delivery"] = f"{start + timedelta(days=20)}T23:59:59{closing[-6:]}"
    data.pop("questions", None)
    return data


def opportunities() -> list[dict[str, Any]]:
    base = sample()
    alpha = copy.deepcopy(base)  # posted 2026-11-16, closes Friday 2027-01-29, delivery 02-26
    alpha["id"] = "alpha"
    alpha["title"] = {"en": "Opportunity alpha", "fr": "Opportunité alpha"}
    alpha["questions"] = [
        {
            "issue": 7,
            "asked": "2027-01-13",
            "answered": "2027-01-14",
            "question": {"en": "Which tool?", "fr": "Quel outil?"},
            "answer": {"en": "Any tool.", "fr": "N'importe lequel."},
        }
    ]
    alpha["justifications"] = {  # guardrails (#12): the same team posts the others soon after
        "splitting": {
            "en": "Each opportunity is a separate need of the team, planned apart.",
            "fr": "Chaque opportunité répond à un besoin distinct de l'équipe, planifié à part.",
        }
    }
    client = {**base["client"], "department": AGENCY}
    return [
        alpha,
        _schedule(
            base,
            "beta",
            "2026-12-01",
            "2027-03-05T23:59:59-05:00",
            client=client,
            delivery="2027-03-30T23:59:59-04:00",
        ),  # fmt: skip
        _schedule(base, "gamma", "2027-01-05", "2027-02-12T23:59:59-05:00", status="cancelled"),
        _schedule(base, "delta", "2027-04-01", "2027-04-16T23:59:59-04:00", client=client),
        _schedule(base, "epsilon", "2027-04-12", "2027-05-14T23:59:59-04:00"),
        _schedule(
            base,
            "zeta",
            "2026-10-01",
            "2026-11-06T23:59:59-05:00",
            delivery="2026-12-04T23:59:59-05:00",
            price={"amount": 5000, "currency": "CAD", "taxes": "excluded"},
        ),  # fmt: skip
    ]


# (opportunity, account id, received UTC, status); issue numbers follow the order
APPLICATIONS = [
    ("zeta", 3, "2026-11-01T12:00:00Z", "received"),
    ("alpha", 1, "2027-01-20T15:00:00Z", "received"),
    ("alpha", 2, "2027-01-29T12:00:00Z", "received"),
    ("alpha", 3, "2027-01-29T20:00:00Z", "received"),
    ("alpha", 4, "2027-01-30T04:00:00Z", "received"),
    ("alpha", 5, "2027-01-21T10:00:00Z", "withdrawn"),
    ("beta", 2, "2027-02-20T15:00:00Z", "received"),
    ("beta", 6, "2027-03-05T20:00:00Z", "received"),
    ("delta", 1, "2027-04-05T15:00:00Z", "received"),
    ("delta", 7, "2027-04-16T18:00:00Z", "received"),
    ("delta", 8, "2027-04-17T01:00:00Z", "received"),
]


def ledgers() -> dict[str, dict[str, Any]]:
    out: dict[str, dict[str, Any]] = {}
    for issue, (oid, account, received, status) in enumerate(APPLICATIONS, start=100):
        envelope = f"ENVELOPE-{issue}"
        entry: dict[str, Any] = {
            "receipt": receipt_id(oid, issue, account, sha256_text(envelope), parse_utc(received)),
            "issue": issue,
            "account": f"user{account}",
            "account_id": account,
            "received": received,
            "sha256": sha256_text(envelope),
            "status": status,
        }
        if status != "received":
            entry["changed"] = received.replace("10:00", "11:00")
        entry["envelope"] = envelope
        out.setdefault(oid, {"opportunity": oid, "applications": []})["applications"].append(entry)
    return out


def receipts(oid: str) -> list[str]:
    return [e["receipt"] for e in ledgers()[oid]["applications"] if e["status"] == "received"]


def outcomes() -> dict[str, dict[str, dict[str, Any]]]:
    """The files after closing, by opportunity and file name, exactly as in the contract."""
    a, b, z = receipts("alpha"), receipts("beta"), receipts("zeta")
    reason = {"en": "No application passed.", "fr": "Aucune candidature n'a été retenue."}
    supplier = "Jane Doe <Consulting> &amp; Co"  # published as typed, never as markup
    return {
        "alpha": {
            "evaluation.yaml": {
                "opportunity": "alpha", "evaluated": "2027-02-01", "method": "pass-fail-draw",
                "criteria": [{"id": "skills", "failed": 2}],
                "passed": [{"receipt": a[0]}], "not_passed": a[1:],  # one pass: no draw (#10)
            },
            "award.yaml": {
                "opportunity": "alpha",
                "award": {"receipt": a[0], "supplier": supplier, "date": "2027-02-02", "price": 6500},
            },
            "delivery.yaml": {
                "opportunity": "alpha",
                "pull_request": "https://github.com/example-org/pdf-forms/pull/12",
                "submitted": "2027-02-20",
                "revisions": [
                    {
                        "requested": "2027-02-22",
                        "summary": {"en": "Fix the tab order of form 2.", "fr": "Corriger l'ordre de tabulation du formulaire 2."},
                        "resubmitted": "2027-02-24",
                    }
                ],
                "accepted": "2027-02-26",
                "criteria_met": [True, True, True],
            },
            "payment.yaml": {
                "opportunity": "alpha", "method": "acquisition-card", "paid": "2027-03-03",
                "amount": 7475.00,
            },
        },
        "beta": {
            "evaluation.yaml": {
                "opportunity": "beta", "evaluated": "2027-03-10", "method": "pass-fail-draw",
                "criteria": [{"id": "skills", "failed": 2}], "passed": [], "not_passed": b,
            },
            "award.yaml": {"opportunity": "beta", "not_awarded": {"date": "2027-03-12", "reason": reason}},
        },
        "zeta": {
            "evaluation.yaml": {
                "opportunity": "zeta", "evaluated": "2026-11-09", "method": "pass-fail-draw",
                "criteria": [{"id": "skills", "failed": 0}], "passed": [{"receipt": z[0]}],
                "not_passed": [],
            },
            "award.yaml": {
                "opportunity": "zeta",
                "award": {"receipt": z[0], "supplier": supplier, "date": "2026-11-10", "price": 5000},
            },
            "delivery.yaml": {
                "opportunity": "zeta",
                "pull_request": "https://github.com/example-org/pdf-forms/pull/3",
                "submitted": "2026-12-10",
                "accepted": "2026-12-15",
                "criteria_met": [True, True, True],
            },
        },
    }  # fmt: skip


def _dump(path: Path, data: Any) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(yaml.safe_dump(data, allow_unicode=True, sort_keys=False, width=1000), "utf-8")


def _commit(repo: Any, message: str, day: str) -> None:
    import git

    repo.git.add(A=True)
    who = git.Actor("Procurement Officer", "procurement@example.gc.ca")
    when = f"{day}T09:00:00 -0500"
    repo.index.commit(message, author=who, committer=who, author_date=when, commit_date=when)


def write(repo_root: Path) -> Path:
    """The fixture in a git repository at ``repo_root``, one commit per posting; its content."""
    import git

    content = repo_root / "content"
    content.mkdir(parents=True)
    (content / "board.yaml").write_text(
        (ROOT / "content" / "board.yaml").read_text("utf-8"), "utf-8"
    )
    repo = git.Repo.init(repo_root, initial_branch="main")
    os.environ.setdefault("GIT_CONFIG_NOSYSTEM", "1")
    for data in sorted(opportunities(), key=lambda d: d["posted"]):
        _dump(content / "opportunities" / f"{data['id']}.yaml", data)
        _commit(repo, f"Post {data['id']}", data["posted"])
    for oid, ledger in ledgers().items():
        _dump(content / "applications" / f"{oid}.yaml", ledger)
    for oid, files in outcomes().items():
        for name, data in files.items():
            _dump(content / "outcomes" / oid / name, data)
    _commit(repo, "Applications and outcomes", "2027-04-19")
    return content
