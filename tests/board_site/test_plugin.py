"""The board plugin's options are checked by mkdocs: a wrong one stops the build, saying why."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
import yaml

from board.site.build import BuildOptions, build

from .conftest import NOW, ROOT, sample, write_content


def config_with(tmp_path: Path, **board: Any) -> Path:
    """The shipped mkdocs.yml, its guides and forms, with the board plugin's options replaced."""
    config = yaml.safe_load((ROOT / "mkdocs.yml").read_text(encoding="utf-8"))
    config["docs_dir"] = str(ROOT / "docs")
    options = {"forms": str(ROOT / ".github" / "ISSUE_TEMPLATE"), **board}
    config["plugins"] = [{"board": {k: v for k, v in options.items() if v is not None}}]
    path = tmp_path / "mkdocs.yml"
    path.write_text(yaml.safe_dump(config), encoding="utf-8")
    return path


REPOSITORY = "https://github.com/example-org/micro-acquisition-board"


@pytest.mark.parametrize(
    ("options", "said"),
    [
        ({"repositry": REPOSITORY}, "option 'repository': Required configuration not provided"),
        ({}, "option 'repository': Required configuration not provided"),
        ({"repository": "github.com/acme/board"}, "it should include the http:// (scheme)"),
        ({"repository": REPOSITORY, "now": "tomorrow"}, "'tomorrow' is not an ISO date-time"),
    ],
    ids=["misspelt", "missing", "not-a-url", "bad-now"],
)
def test_a_wrong_plugin_option_fails_the_build_with_mkdocs_own_message(
    tmp_path: Path, options: dict[str, Any], said: str
) -> None:
    content = write_content(tmp_path / "content", [sample()])
    config = config_with(tmp_path, **options)
    result = build(BuildOptions(config, tmp_path / "site", content))  # "now" from the file
    assert not result.ok
    assert said in result.error
    assert not (tmp_path / "site").exists()  # nothing built with a placeholder repository


def test_a_board_without_the_linked_issue_forms_fails_the_strict_build(tmp_path: Path) -> None:
    content = write_content(tmp_path / "content", [sample()])
    (tmp_path / "forms").mkdir()
    config = config_with(tmp_path, repository=REPOSITORY, forms=str(tmp_path / "forms"))
    result = build(BuildOptions(config, tmp_path / "site", content, NOW))
    assert not result.ok
    assert "the board links to the issue form application.yml" in result.error


def test_the_repository_option_is_where_apply_and_ask_point(tmp_path: Path) -> None:
    content = write_content(tmp_path / "content", [sample()])
    config = config_with(tmp_path, repository="https://github.com/acme/board")
    result = build(BuildOptions(config, tmp_path / "site", content, NOW))
    assert result.ok, result.error
    page = tmp_path / "site" / "en" / "opportunities" / "accessible-pdf-forms" / "index.html"
    html = page.read_text(encoding="utf-8")
    assert "https://github.com/acme/board/issues/new?template=application.yml" in html
    assert "example-org/micro-acquisition-board/issues" not in html
