"""Commands after closing (issue #10): answers to applicants when the result lands, and the
private notices the procurement officer sends by e-mail."""

from __future__ import annotations

import json
from pathlib import Path

import click

from .intake import _json_items
from .options import CONTENT_OPTION, KEY_OPTION, push_range, repo_option


@click.command("award-answers")
@click.option("--before", help="Commit before the push (default: from --event).")
@click.option("--after", help="Commit after the push (default: from --event).")
@click.option(
    "--event",
    "event_path",
    type=click.Path(path_type=Path, exists=True, dir_okay=False),
    help="push webhook payload (in Actions, $GITHUB_EVENT_PATH) giving --before and --after.",
)
@click.option(
    "--issues",
    "issues_path",
    required=True,
    type=click.Path(path_type=Path, exists=True, dir_okay=False),
    help="The application issues as `gh api repos/{repo}/issues` lists them (JSON).",
)
@click.option(
    "--site-url",
    envvar="BOARD_SITE_URL",
    help="The board's public address [default: site_url in mkdocs.yml; env BOARD_SITE_URL].",
)
@repo_option("Repository root.")
def award_answers_command(
    before: str | None,
    after: str | None,
    event_path: Path | None,
    issues_path: Path,
    site_url: str | None,
    repo_root: Path,
) -> None:
    """The comment (and closing) for every applicant a pushed award file answers, as JSON."""
    from .. import repository
    from ..intake import answers, award_push

    before, after = push_range(event_path, before, after)
    if after == repository.NULL_SHA:
        click.echo("[]")
        return
    listed = _json_items(issues_path)
    url = answers.site_url(repo_root, site_url) or ""
    found = award_push.decide(repo_root, before, after, listed, url)
    click.echo(json.dumps([a.to_json() for a in found], indent=2, ensure_ascii=False))


@click.command("notices")
@click.argument("opportunity_id")
@KEY_OPTION
@click.option(
    "--results",
    "results_path",
    required=True,
    type=click.Path(path_type=Path, exists=True, dir_okay=False),
    help="The private results file (<id>-results.yaml, beside the packet; see docs).",
)
@click.option(
    "--identities",
    "identities_path",
    type=click.Path(path_type=Path, exists=True, dir_okay=False),
    help="The identities file of the opening [default: <id>-identities.yaml beside --results].",
)
@click.option(
    "--out",
    "out_dir",
    required=True,
    type=click.Path(path_type=Path, file_okay=False),
    help="Folder outside the repository for the messages (.eml).",
)
@CONTENT_OPTION
def notices_command(
    opportunity_id: str,
    key_path: Path,
    results_path: Path,
    identities_path: Path | None,
    out_dir: Path,
    content_root: Path,
) -> None:
    """After the result: one private e-mail per applicant (.eml), in their language, with their
    own result for each criterion, written outside the repository."""
    from . import notices_run

    notices_run.run(opportunity_id, key_path, results_path, identities_path, out_dir, content_root)
