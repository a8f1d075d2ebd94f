"""``board draw``: after the evaluation record, the draw. ``run`` makes it from a published beacon
round (the draw workflow fetches the round's JSON and pipes it in); ``verify`` re-checks it
offline from the repository alone and says what it checked; ``pending`` lists the draws due."""

from __future__ import annotations

import re
import sys
from pathlib import Path
from typing import IO

import click

from .. import catalog, formats, validate
from ..errors import EXIT_INVALID, EXIT_OK
from .options import CONTENT_OPTION, LANG_OPTION, parse_now

_ID = re.compile(r"[a-z0-9][a-z0-9-]{1,78}[a-z0-9]")


def _opportunity_id(ctx: click.Context, param: click.Parameter, value: str) -> str:
    if not _ID.fullmatch(value):
        raise click.BadParameter("expected an opportunity id such as accessible-pdf-forms")
    return value


@click.group("draw")
def draw_group() -> None:
    """The draw that ranks the passing applications, from the drand beacon (docs/draw.md)."""


@draw_group.command("run")
@click.argument("opportunity_id", callback=_opportunity_id)
@click.option(
    "--round-json",
    "round_file",
    type=click.File("r", encoding="utf-8"),
    default="-",
    show_default=True,
    help="The beacon's JSON for the round, as https://api.drand.sh/<chain-hash>/public/<round> "
    "returns it; - reads it from standard input.",
)
@LANG_OPTION
@CONTENT_OPTION
def draw_run_command(
    opportunity_id: str, round_file: IO[str], lang: str, content_root: Path
) -> None:
    """Verify the round the evaluation record names and write content/outcomes/<id>/draw.yaml.

    Nothing is written unless the record is valid and needs a draw, the round is the one it
    names, its signature verifies against the key in content/board.yaml, and it was published
    at least 10 minutes after the record was merged.
    """
    from ..outcomes import beacon, folder, run
    from ..writers import write_atomic

    published = beacon.read_round(round_file.read(beacon.MAX_ROUND_JSON + 1))
    content = validate.load_content(content_root)
    made = run.make(content_root, content, opportunity_id, published, lang)
    target = folder.folder(content_root, opportunity_id) / "draw.yaml"
    write_atomic(target, made.to_yaml())
    reserve = ", ".join(made.ranking[1:]) or catalog.t(lang, "draw.cli.none")
    written = catalog.t(
        lang, "draw.cli.written", target=target, round=made.round, selected=made.ranking[0]
    )
    click.echo(formats.terminal(written))
    click.echo(formats.terminal(catalog.t(lang, "draw.cli.reserve", reserve=reserve)))


@draw_group.command("verify")
@click.argument("opportunity_id", callback=_opportunity_id)
@LANG_OPTION
@CONTENT_OPTION
def draw_verify_command(opportunity_id: str, lang: str, content_root: Path) -> None:
    """Re-check a draw offline, from the repository alone, and say what was checked.

    Signature against the pinned key, round published at least 10 minutes after the evaluation
    record was merged, ranking recomputed, and the record unchanged since the draw (its
    SHA-256, and git history). Exit 1 when any check fails.
    """
    from ..outcomes import audit

    content = validate.load_content(content_root)
    verdict = audit.audit(content_root, content, opportunity_id, lang)
    click.echo(formats.terminal(catalog.t(lang, "draw.cli.checking", id=opportunity_id)))
    for checked in verdict.checked:
        click.echo(f"  ✓ {checked.get(lang)}")
    for problem in verdict.problems:
        click.echo(f"  ✗ {problem.text('fr' if lang == 'fr' else 'en')}")
    if verdict.ok:
        click.echo(catalog.t(lang, "draw.cli.holds"))
        sys.exit(EXIT_OK)
    count = len(verdict.problems)
    click.echo(formats.terminal(catalog.tn(lang, "draw.cli.fails", count)))
    sys.exit(EXIT_INVALID)


@draw_group.command("pending")
@click.option("--now", "now_text", help="Act as at this ISO time (default: the current time).")
@CONTENT_OPTION
def draw_pending_command(now_text: str | None, content_root: Path) -> None:
    """List the draws due, one per line: the opportunity id, the round, the seconds until the
    round is published (0 when it already is) and the beacon's address for it. For the draw
    workflow."""
    from ..outcomes import pending

    now = parse_now(now_text)
    content = validate.load_content(content_root)
    for oid, round_number, wait, url in pending.due(content_root, content, now):
        click.echo(f"{oid} {round_number} {wait} {url}")
