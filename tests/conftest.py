"""Shared test helpers: a throw-away board repository with its own sealing key, rendered
issue-form bodies and real webhook payloads carrying them."""

from __future__ import annotations

import copy
import json
import re
import shutil
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from cryptography.hazmat.primitives.asymmetric import ec

from board.forms import Form, load_forms
from board.sealing import keys
from board.sealing.envelope import seal
from board.sealing.payload import Payload

REPO = Path(__file__).resolve().parents[1]
FIXTURES = Path(__file__).parent / "fixtures"
WEBHOOKS = FIXTURES / "github-webhooks"
OPPORTUNITY = "accessible-pdf-forms"  # published, closes 2027-01-29T23:59:59-05:00
OPEN_MOMENT = "2027-01-20T15:04:05Z"
CLOSING_UTC = "2027-01-30T04:59:59Z"


@pytest.fixture
def private_key() -> ec.EllipticCurvePrivateKey:
    return keys.new_private_key()


@pytest.fixture
def repo(tmp_path: Path, private_key: ec.EllipticCurvePrivateKey) -> Path:
    """A copy of the board's content and issue forms, sealed to the test's own key."""
    root = tmp_path / "repo"
    shutil.copytree(
        REPO / "content", root / "content", ignore=shutil.ignore_patterns("applications")
    )
    shutil.copytree(REPO / ".github" / "ISSUE_TEMPLATE", root / ".github" / "ISSUE_TEMPLATE")
    board = root / "content" / "board.yaml"
    text, n = re.subn(
        r"sealing_key:\n(  .*\n)+",
        keys.published(private_key.public_key()).yaml(),
        board.read_text(),
    )
    assert n == 1
    board.write_text(text)
    return root


@pytest.fixture
def key_file(tmp_path: Path, private_key: ec.EllipticCurvePrivateKey, repo: Path) -> Path:
    path = tmp_path / "officer" / "board.pem"
    path.parent.mkdir()
    keys.write_private_key(private_key, path, repo)
    return path


@pytest.fixture
def form() -> Form:
    return load_forms(REPO)["application.yml"]


def payload(**changes: Any) -> Payload:
    values: dict[str, Any] = {
        "name": "Ada Tremblay",
        "email": "ada@example.ca",
        "business": "",
        "language": "fr",
        "answers": {
            "skills": "J'ai rendu accessibles 40 formulaires PDF balisés; je teste avec NVDA et PAC.",
        },
        "attestations": [
            "age-of-majority",
            "right-to-work",
            "public-servant-approval",
            "own-work",
        ],
    }
    values.update(changes)
    return Payload(**values)


def sealed(repo: Path, opportunity: str = OPPORTUNITY, application: Payload | None = None) -> str:
    """An envelope made with the key published in ``repo``'s board.yaml."""
    board = (repo / "content" / "board.yaml").read_text()
    public = re.search(r"public_key: (\S+)", board)
    fp = re.search(r"fingerprint: (\S+)", board)
    assert public and fp
    return seal((application or payload()).to_bytes(), public.group(1), opportunity, fp.group(1))


def render(form: Form, values: dict[str, str], order: list[str] | None = None) -> str:
    """The issue body GitHub renders for a submission of ``form`` (see fixtures/README.md)."""
    parts = []
    for field_id in order or [f.id for f in form.fields]:
        spec = form.field(field_id)
        assert spec is not None
        value = values.get(field_id, "")
        if spec.type == "checkboxes":
            text = "\n".join(f"- [X] {option}" for option in spec.options)
        elif spec.render and value:
            text = f"```{spec.render}\n{value.rstrip()}\n```"
        else:
            text = value or "_No response_"
        parts.append(f"### {spec.label}\n\n{text}")
    return "\n\n".join(parts)


def webhook(
    name: str,
    body: str | None,
    *,
    action: str = "opened",
    at: str = OPEN_MOMENT,
    author: str = "Codertocat",
    sender: str | None = None,
    number: int = 1,
    comment: str | None = None,
    commenter: str | None = None,
    labels: tuple[str, ...] = (),
) -> dict[str, Any]:
    """A real payload from fixtures/ carrying ``body`` and the given times and people."""
    source = {
        "issues": WEBHOOKS
        / "issues"
        / f"{'edited' if action == 'edited' else 'opened'}.payload.json",
        "issue_comment": WEBHOOKS / "issue_comment" / "created.payload.json",
    }[name]
    data = copy.deepcopy(json.loads(source.read_text()))
    issue = data["issue"]
    issue.update(body=body, number=number, created_at=at, updated_at=at, state="open")
    issue["user"]["login"] = author
    issue["labels"] = [{"name": label} for label in labels]
    data["sender"]["login"] = sender or (commenter if name == "issue_comment" else author) or author
    if name == "issue_comment":
        data["comment"].update(body=comment, created_at=at)
        data["comment"]["user"]["login"] = commenter or author
    return data


def write_event(tmp_path: Path, data: dict[str, Any], name: str = "event.json") -> Path:
    path = tmp_path / name
    path.write_text(json.dumps(data))
    return path


Webhook = Callable[..., dict[str, Any]]
