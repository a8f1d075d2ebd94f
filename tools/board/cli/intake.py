"""Commands the issue workflows run: decide on an issue or comment, and on answers pushed."""

from __future__ import annotations

import json
from pathlib import Path

import click

from ..errors import BoardError
from .options import parse_now, repo_option


@click.command("intake")
@click.option(
    "--event",
    "event_path",
    required=True,
    type=click.Path(path_type=Path, exists=True, dir_okay=False),
    help="Webhook payload file (in Actions, $GITHUB_EVENT_PATH).",
)
@click.option("--event-name", help="issues or issue_comment (default: guessed from the payload).")
@repo_option("Repository root.")
@click.option("--now", "now_text", help="Decide as at this ISO time (default: the current time).")
@click.option("--write-ledger", is_flag=True, help="Write the ledger files the decision changes.")
@click.option(
    "--form",
    "only_form",
    help="Act only on issues of this form (e.g. question.yml); one workflow per form.",
)
def intake_command(
    event_path: Path,
    event_name: str | None,
    repo_root: Path,
    now_text: str | None,
    write_ledger: bool,
    only_form: str | None,
) -> None:
    """Decide what to do with an issue or comment event and print the decision as JSON."""
    from ..intake import apply, dispatch, event

    try:
        parsed = event.read(event_path, event_name)
    except event.EventError as exc:
        raise BoardError(str(exc)) from exc
    decision = dispatch.decide(parsed, repo_root, parse_now(now_text), only_form)
    if write_ledger:
        apply.write_ledger(decision, repo_root)
    click.echo(json.dumps(decision.to_json(), indent=2, ensure_ascii=False))


@click.command("answers")
@click.option("--before", help="Commit before the push (default: from --event).")
@click.option("--after", help="Commit after the push (default: from --event).")
@click.option(
    "--event",
    "event_path",
    type=click.Path(path_type=Path, exists=True, dir_okay=False),
    help="push webhook payload (in Actions, $GITHUB_EVENT_PATH) giving --before and --after.",
)
@click.option(
    "--site-url",
    envvar="BOARD_SITE_URL",
    help="The board's public address [default: site_url in mkdocs.yml; env BOARD_SITE_URL].",
)
@repo_option("Repository root.")
def answers_command(
    before: str | None,
    after: str | None,
    event_path: Path | None,
    site_url: str | None,
    repo_root: Path,
) -> None:
    """List the question issues a push newly answered, with the comment and close for each, as JSON."""
    from .. import answers, history

    if event_path is not None:
        try:
            payload = json.loads(event_path.read_text(encoding="utf-8"))
            pushed = answers.push_revisions(payload)
        except (ValueError, AttributeError, RecursionError) as exc:
            raise BoardError(f"{event_path}: {exc}") from exc
        before, after = before or pushed[0], after or pushed[1]
    if not before or not after:
        raise click.UsageError("give --before and --after, or --event with a push payload")
    url = answers.site_url(repo_root, site_url)
    if url is None:
        raise BoardError("no board address: give --site-url or set site_url in mkdocs.yml")
    if after == history.NULL_SHA:  # a deleted branch answers nothing
        click.echo("[]")
        return
    found = answers.newly_answered(
        history.opportunities_at(repo_root, before), history.opportunities_at(repo_root, after)
    )
    out = [{"issue": a.issue, **answers.decision(a, url).to_json()} for a in found]
    click.echo(json.dumps(out, indent=2, ensure_ascii=False))
