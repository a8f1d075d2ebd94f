"""Shared test helpers: a throwaway repository made from the shipped content, real webhook
payloads (tests/fixtures/github-webhooks, MIT, see LICENSE there) and issue bodies rendered from
the real form definitions the way GitHub renders them."""

from __future__ import annotations

import json
import shutil
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
import yaml
from click.testing import CliRunner

from board.forms import load_form

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


def commit_all(root: Path, message: str) -> str:
    """Commit everything in ``root`` (a git repository is created the first time); its SHA."""
    import git

    repo = (
        git.Repo(root) if (root / ".git").exists() else git.Repo.init(root, initial_branch="main")
    )
    repo.git.add(A=True)
    who = git.Actor("Procurement Officer", "procurement@example.gc.ca")
    return repo.index.commit(message, author=who, committer=who).hexsha


@pytest.fixture
def runner() -> CliRunner:
    return CliRunner()
