"""Shared test helpers: a throwaway repository made from the shipped content (with its own
sealing key where applications are tested), real webhook payloads (tests/fixtures/github-webhooks,
MIT, see LICENSE there) and issue bodies rendered from the real form definitions the way GitHub
renders them."""

from __future__ import annotations

import copy
import hashlib
import json
import os
import re
import shutil
from collections.abc import Callable
from datetime import datetime
from pathlib import Path
from typing import Any

import pytest
import yaml
from click.testing import CliRunner
from cryptography.hazmat.primitives.asymmetric import ec

from board.forms import Form, load_form, load_forms
from board.sealing import keys
from board.sealing.envelope import seal
from board.sealing.payload import Payload

ROOT = Path(__file__).resolve().parents[1]
FIXTURES = Path(__file__).resolve().parent / "fixtures"
EXAMPLES = Path(__file__).resolve().parent / "examples"
SAMPLE = "bilingual-glossary-tool"  # published; posted 2027-01-25, closes 2027-02-26 (EST)


def payload(event: str, name: str) -> dict[str, Any]:
    data: dict[str, Any] = json.loads(
        (FIXTURES / "github-webhooks" / event / name).read_text(encoding="utf-8")
    )
    return data


def render_body(form_file: str, values: dict[str, str]) -> str:
    """An issue body as GitHub renders a submission of ``form_file`` (labels from the form)."""
    form = load_form(ROOT / ".github" / "ISSUE_TEMPLATE" / form_file)
    parts = [f"### {f.label}\n\n{values.get(f.id) or '_No response_'}" for f in form.fields]
    return "\n\n".join(parts)


def sample_opportunity(**changes: Any) -> dict[str, Any]:
    """The shipped sample opportunity as plain data, with ``changes`` applied (dates as text)."""
    text = (ROOT / "content" / "opportunities" / f"{SAMPLE}.yaml").read_text(encoding="utf-8")
    data: dict[str, Any] = yaml.load(text, Loader=yaml.BaseLoader)  # every scalar a string
    data = json.loads(json.dumps(data))
    data["price"]["amount"] = int(data["price"]["amount"])
    data["attestations"] = {k: True for k in data["attestations"]}
    for criterion in data["evaluation"]["criteria"]:
        for key in ("max_words", "weight", "pass_mark"):
            if key in criterion:
                criterion[key] = int(criterion[key])
    data.update(changes)
    return data


def write_opportunity(root: Path, data: dict[str, Any]) -> Path:
    path = root / "content" / "opportunities" / f"{data['id']}.yaml"
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(yaml.safe_dump(data, allow_unicode=True, sort_keys=False), encoding="utf-8")
    return path


@pytest.fixture
def make_repo(tmp_path: Path) -> Callable[..., Path]:
    """A repository with the shipped board.yaml and issue forms, and the given opportunities."""

    def make(*opportunities: dict[str, Any]) -> Path:
        root = tmp_path / "repo"
        (root / "content").mkdir(parents=True, exist_ok=True)
        shutil.copy(ROOT / "content" / "board.yaml", root / "content" / "board.yaml")
        shutil.copytree(ROOT / ".github" / "ISSUE_TEMPLATE", root / ".github" / "ISSUE_TEMPLATE")
        for data in opportunities:
            write_opportunity(root, data)
        return root

    return make


def commit_all(root: Path, message: str, when: str | None = None) -> str:
    """Commit everything in ``root`` (a git repository is created the first time); its SHA.

    ``when`` (ISO 8601 with an offset) dates the commit, author and committer, as a merge at
    that moment would (the draw's checks read those times); the current time otherwise."""
    import git

    repo = (
        git.Repo(root) if (root / ".git").exists() else git.Repo.init(root, initial_branch="main")
    )
    repo.git.add(A=True)
    who = git.Actor("Procurement Officer", "procurement@example.gc.ca")
    dates: dict[str, str] = {}
    if when:  # git's own format, which GitPython takes as it is: seconds and offset
        moment = datetime.fromisoformat(when)
        assert moment.utcoffset() is not None, f"{when} has no UTC offset"
        raw = f"{int(moment.timestamp())} +0000"
        dates = {"author_date": raw, "commit_date": raw}
    return repo.index.commit(message, author=who, committer=who, **dates).hexsha


@pytest.fixture
def runner() -> CliRunner:
    return CliRunner()


@pytest.fixture(autouse=True)
def english_messages(monkeypatch: pytest.MonkeyPatch) -> None:
    """Reports in English whatever the developer's locale; tests of French ask for it."""
    monkeypatch.setenv("BOARD_LANG", "en")


# Sealed applications

REPO = ROOT  # the repository under test
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
    return board_repo(tmp_path / "repo", private_key)


def board_repo(root: Path, private_key: ec.EllipticCurvePrivateKey) -> Path:
    """``root`` made a copy of the board's content and issue forms, sealed to ``private_key``
    (the ``repo`` fixture; module-scoped fixtures call it with their own folder)."""
    shutil.copytree(
        REPO / "content",
        root / "content",
        ignore=shutil.ignore_patterns("applications", "outcomes"),
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


def in_2023(root: Path) -> None:
    """The sample opportunity posted and closed in 2023 (closing 2023-08-31), so that the real
    recorded drand rounds (tests/fixtures/drand: 2023-09-15 11:00:03 UTC) come after it."""
    path = root / "content" / "opportunities" / f"{OPPORTUNITY}.yaml"
    text = path.read_text()
    for field, value in {
        "posted": "2023-07-31",
        "closing": "2023-08-31T23:59:59-04:00",
        "start": "2023-09-18",
        "delivery": "2023-10-13T23:59:59-04:00",
    }.items():
        text = re.sub(rf"(?m)^{field}: .*$", f"{field}: {value}", text)
    path.write_text(text)


@pytest.fixture
def key_file(tmp_path: Path, private_key: ec.EllipticCurvePrivateKey, repo: Path) -> Path:
    path = tmp_path / "officer" / "board.pem"
    path.parent.mkdir()
    keys.write_private_key(private_key, path, repo)
    return path


@pytest.fixture
def form() -> Form:
    return load_forms(REPO)["application.yml"]


def application(**changes: Any) -> Payload:
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


def sealed(repo: Path, opportunity: str = OPPORTUNITY, answers: Payload | None = None) -> str:
    """An envelope made with the key published in ``repo``'s board.yaml."""
    board = (repo / "content" / "board.yaml").read_text()
    public = re.search(r"public_key: (\S+)", board)
    fp = re.search(r"fingerprint: (\S+)", board)
    assert public and fp
    return seal((answers or application()).to_bytes(), public.group(1), opportunity, fp.group(1))


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
    ids: dict[str, int] | None = None,
) -> dict[str, Any]:
    """A real payload from fixtures/ carrying ``body`` and the given times and people.

    Each login gets its numeric user id from ``ids``, else one derived from the login (so two
    logins are two accounts); pass ``ids`` to model a renamed account or a reused login."""
    source = {
        "issues": WEBHOOKS
        / "issues"
        / f"{'edited' if action == 'edited' else 'opened'}.payload.json",
        "issue_comment": WEBHOOKS / "issue_comment" / "created.payload.json",
    }[name]
    data = copy.deepcopy(json.loads(source.read_text()))
    issue = data["issue"]
    issue.update(body=body, number=number, created_at=at, updated_at=at, state="open")
    issue["user"].update(login=author, id=user_id(author, ids))
    issue["labels"] = [{"name": label} for label in labels]
    who = sender or (commenter if name == "issue_comment" else author) or author
    data["sender"].update(login=who, id=user_id(who, ids))
    if name == "issue_comment":
        data["comment"].update(body=comment, created_at=at)
        data["comment"]["user"].update(
            login=commenter or author, id=user_id(commenter or author, ids)
        )
    return data


def user_id(login: str, ids: dict[str, int] | None = None) -> int:
    """The numeric GitHub user id the tests give ``login`` (Codertocat keeps the fixtures' id)."""
    if ids and login in ids:
        return ids[login]
    if login == "Codertocat":
        return 21031067
    return 1_000_000 + int(hashlib.sha256(login.casefold().encode()).hexdigest()[:6], 16)


def write_event(tmp_path: Path, data: dict[str, Any], name: str = "event.json") -> Path:
    path = tmp_path / name
    path.write_text(json.dumps(data))
    return path


Webhook = Callable[..., dict[str, Any]]


# Property-based tests (Hypothesis): a bounded run in CI, more on demand with
# BOARD_HYPOTHESIS_PROFILE=thorough (see the README's Development section).
from hypothesis import settings  # noqa: E402

settings.register_profile("ci", max_examples=100, deadline=None, print_blob=True)
settings.register_profile("thorough", max_examples=5_000, deadline=None, print_blob=True)
settings.load_profile(os.environ.get("BOARD_HYPOTHESIS_PROFILE", "ci"))
