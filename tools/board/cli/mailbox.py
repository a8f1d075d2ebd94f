"""``board mailbox``: the application mailbox fetched, recorded and answered (issue #11)."""

from __future__ import annotations

import json
import os
from pathlib import Path

import click

from ..errors import BoardError
from .options import parse_now, repo_option

RECORD_SCRIPT = Path(".github/scripts/record-ledger.sh")


@click.group("mailbox")
def mailbox_group() -> None:
    """The board's application mailbox: applications and questions sent by e-mail."""


@mailbox_group.command("run")
@repo_option("Repository root (a clone of the board whose main the ledger is pushed to).")
@click.option(
    "--record-with",
    "script",
    type=click.Path(path_type=Path, dir_okay=False),
    help=f"The ledger's push script [default: REPO/{RECORD_SCRIPT}].",
)
@click.option(
    "--limit", default=50, show_default=True, type=click.IntRange(1, 1000),
    help="At most this many messages in one run; the rest wait for the next.",
)  # fmt: skip
def run_command(repo_root: Path, script: Path | None, limit: int) -> None:
    """Fetch the messages waiting in the mailbox (IMAP over TLS), record each in the ledger,
    send its reply (SMTP over TLS) and file it under Processed or Rejected. Reads
    BOARD_IMAP_HOST, BOARD_IMAP_USER, BOARD_IMAP_PASSWORD, BOARD_SMTP_HOST (optional:
    BOARD_IMAP_PORT, BOARD_SMTP_PORT, BOARD_SMTP_USER, BOARD_SMTP_PASSWORD,
    BOARD_MAIL_CA_FILE) and the mail key (BOARD_MAIL_KEY)."""
    from ..intake.mailbox import imap, record, run, servers, smtp
    from ..intake.mailbox.servers import Folders

    script = script or repo_root / RECORD_SCRIPT
    if not script.is_file():
        raise BoardError(f"{script}: no ledger push script (give --record-with)")
    address = record.mailbox_of(repo_root).address
    incoming, outgoing = servers.from_env(os.environ)
    folders = Folders()
    with imap.Mailbox(incoming) as box:
        for folder in (folders.processed, folders.rejected):
            box.ensure(folder)
        box.select(folders.inbox)
        waiting = box.waiting()
        handled = run.run_all(
            waiting[:limit],
            box,
            lambda eml, reply: record.through(script, repo_root, eml, reply),
            lambda data: smtp.send(outgoing, address, data),
            folders,
        )
    for done in handled:
        for line in done.said.splitlines():
            click.echo(f"message {done.uid}: {line}")
        where = done.folder or "left in the inbox"
        click.echo(
            f"message {done.uid}: {where}: {done.summary}" + (f"; {done.error}" * bool(done.error))
        )
    click.echo(f"{len(handled)} of {len(waiting)} waiting message(s) handled")
    failed = [done.uid for done in handled if done.error]
    if failed:
        raise BoardError(f"messages {', '.join(failed)} stay in the inbox for the next run")


@mailbox_group.command("decide")
@click.argument("path", type=click.Path(path_type=Path, exists=True, dir_okay=False))
@click.option(
    "--reply", "reply_path", required=True, type=click.Path(path_type=Path, dir_okay=False),
    help="Where to write the reply .eml (outside the repository).",
)  # fmt: skip
@repo_option("Repository root.")
@click.option("--now", "now_text", help="Decide as at this ISO time (default: the current time).")
def decide_command(path: Path, reply_path: Path, repo_root: Path, now_text: str | None) -> None:
    """Decide one message of the mailbox: write its ledger change and its reply, and print the
    summary as JSON (what `board mailbox run` has the ledger's push script run)."""
    from ..intake.mailbox import record

    decided = record.decide(path, reply_path, repo_root, parse_now(now_text))
    click.echo(json.dumps(decided, indent=2, ensure_ascii=False))
