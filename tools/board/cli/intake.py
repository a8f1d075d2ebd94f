"""Commands the issue workflows run: decide on an issue or comment, and on answers pushed."""

from __future__ import annotations

import json
from datetime import datetime
from pathlib import Path

import click

from ..errors import BoardError
from .options import parse_now, push_range, repo_option


@click.command("intake")
@click.option(
    "--event",
    "event_path",
    type=click.Path(path_type=Path, exists=True, dir_okay=False),
    help="Webhook payload file (in Actions, $GITHUB_EVENT_PATH).",
)
@click.option(
    "--email",
    "email_path",
    type=click.Path(path_type=Path, exists=True, dir_okay=False),
    help="An e-mail (.eml) the board's mailbox received: record it, write the ledger and the "
    "reply. Needs BOARD_MAIL_KEY or BOARD_MAIL_KEY_FILE.",
)
@click.option(
    "--reply",
    "reply_path",
    type=click.Path(path_type=Path, dir_okay=False),
    help="With --email: where to write the reply .eml [default: FILE.reply.eml].",
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
    event_path: Path | None,
    email_path: Path | None,
    reply_path: Path | None,
    event_name: str | None,
    repo_root: Path,
    now_text: str | None,
    write_ledger: bool,
    only_form: str | None,
) -> None:
    """Decide what to do with an issue or comment event, or an e-mail, and print the decision
    as JSON."""
    from .. import writers
    from ..intake import dispatch, event

    if (event_path is None) == (email_path is None):
        raise click.UsageError("give either --event or --email")
    if email_path is not None:
        _email(email_path, reply_path, repo_root, parse_now(now_text))
        return
    assert event_path is not None
    parsed = event.read(event_path, event_name)  # an EventError is a BoardError
    decision = dispatch.decide(parsed, repo_root, parse_now(now_text), only_form)
    if write_ledger:
        writers.write_ledger(decision, repo_root)
    click.echo(json.dumps(decision.to_json(), indent=2, ensure_ascii=False))


def _email(path: Path, reply_path: Path | None, repo_root: Path, now: datetime) -> None:
    """``--email``: the ledger first (atomically), then the reply, then the summary as JSON."""
    from .. import writers
    from ..intake.mail import run

    result = run.run(path, repo_root, now)
    writers.write_ledger(result.decision, repo_root)
    out = result.to_json()
    if result.reply:
        target = reply_path or path.with_name(path.name + ".reply.eml")
        writers.write_atomic(target, result.reply)
        out["reply"] = str(target)
    click.echo(json.dumps(out, indent=2, ensure_ascii=False))


def _json_items(path: Path) -> list[object]:
    """A JSON array, pages of arrays (``gh api --paginate --slurp``) or one value per line
    (``gh api --paginate --jq '.[]'``)."""
    try:
        text = path.read_text(encoding="utf-8")
    except OSError as exc:
        raise BoardError(f"cannot read {path}: {exc.strerror}") from exc
    except UnicodeDecodeError as exc:
        raise BoardError(f"{path} is not UTF-8 text: {exc}") from exc
    items: list[object] = []
    decoder = json.JSONDecoder()
    position = 0
    while True:
        while position < len(text) and text[position].isspace():
            position += 1
        if position >= len(text):
            break
        try:
            value, position = decoder.raw_decode(text, position)
        except (json.JSONDecodeError, RecursionError) as exc:
            raise BoardError(f"{path}: not JSON from the GitHub API: {exc}") from exc
        pages = value if isinstance(value, list) else [value]
        for page in pages:
            items.extend(page if isinstance(page, list) else [page])
    return items


@click.command("reconcile")
@click.option(
    "--issues",
    "issues_path",
    required=True,
    type=click.Path(path_type=Path, exists=True, dir_okay=False),
    help="The application issues as the REST API lists them (gh api --paginate).",
)
@click.option(
    "--edits",
    "edits_path",
    type=click.Path(path_type=Path, exists=True, dir_okay=False),
    help="GraphQL issue nodes with userContentEdits (editedAt, editor.databaseId).",
)
@repo_option("Repository root.")
def reconcile_command(issues_path: Path, edits_path: Path | None, repo_root: Path) -> None:
    """Decide the application issues that have no decision yet (events lost), by GitHub's
    timestamps; write the ledger changes and print the decisions as JSON, one per issue."""
    from .. import writers
    from ..intake import reconcile

    issues = _json_items(issues_path)
    authors: dict[int, int] = {
        i["number"]: (i.get("user") or {}).get("id") or 0
        for i in issues
        if isinstance(i, dict) and isinstance(i.get("number"), int)
    }
    edits = reconcile.author_edits(_json_items(edits_path) if edits_path else [], authors)
    outcomes = reconcile.reconcile(
        issues, edits, repo_root, lambda decision: writers.write_ledger(decision, repo_root)
    )
    click.echo(json.dumps([o.to_json() for o in outcomes], indent=2, ensure_ascii=False))


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
    from .. import repository
    from ..intake import answers

    before, after = push_range(event_path, before, after)
    url = answers.site_url(repo_root, site_url)
    if url is None:
        raise BoardError("no board address: give --site-url or set site_url in mkdocs.yml")
    if after == repository.NULL_SHA:  # a deleted branch answers nothing
        click.echo("[]")
        return
    found = answers.newly_answered(
        repository.opportunities_at(repo_root, before),
        repository.opportunities_at(repo_root, after),
    )
    out = [{"issue": a.issue, **answers.decision(a, url).to_json()} for a in found]
    click.echo(json.dumps(out, indent=2, ensure_ascii=False))
