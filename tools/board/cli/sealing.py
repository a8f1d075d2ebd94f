"""Commands for sealed applications: key pairs, sealing, and opening after closing."""

from __future__ import annotations

import sys
from pathlib import Path

import click

from .. import validate
from ..catalog import tn
from ..errors import EXIT_INVALID, EXIT_OK, BoardError
from .options import CONTENT_OPTION, KEY_OPTION, parse_now, repo_option


@click.group("keys")
def keys_group() -> None:
    """Sealing key pairs: the public half goes in content/, the private half never does."""


@keys_group.command("new")
@click.option(
    "--out",
    "out",
    required=True,
    type=click.Path(path_type=Path, dir_okay=False),
    help="Where to write the private key: a new file outside the repository.",
)
@repo_option("Repository root the key must stay out of.")
def keys_new_command(out: Path, repo_root: Path) -> None:
    """Make a P-256 key pair: the private key to OUT (owner-only), the YAML to paste on stdout."""
    from ..sealing import keys

    private = keys.new_private_key()
    keys.write_private_key(private, out, repo_root)  # a KeyProblem is a BoardError
    click.echo(
        f"# private key written to {out} (mode 0600); keep it safe and out of the repository"
    )
    click.echo(keys.published(private.public_key()).yaml(), nl=False)


@click.command("seal")
@click.option("--opportunity", "opportunity_id", required=True, help="Opportunity id.")
@click.option(
    "--answers",
    "answers_path",
    required=True,
    type=click.Path(path_type=Path, exists=True, dir_okay=False),
    help="YAML or JSON file: name, email, business, language, answers, attestations.",
)
@CONTENT_OPTION
def seal_command(opportunity_id: str, answers_path: Path, content_root: Path) -> None:
    """Seal an application to an opportunity's key and print the block to post.

    Problems in the answers file are reported with their line and column, in the applicant's
    language first (``language: fr`` or ``en``), then in the other.
    """
    from ..sealing import envelope, payload
    from ..yamlio.load import load

    content = validate.load_content(content_root)
    opportunity = content.opportunity(opportunity_id)
    if content.board is None or opportunity is None:
        raise BoardError(f"no opportunity {opportunity_id!r} in {content_root}")
    key = opportunity.key(content.board)
    if key is None:
        raise BoardError(f"{opportunity_id} has no sealing key (content/board.yaml: sealing_key)")
    doc, load_problems = load(answers_path)
    if doc is None:
        for problem in load_problems:
            click.echo(problem.text(), err=True)
        sys.exit(EXIT_INVALID)
    try:
        application = payload.from_json(doc.data)
    except payload.PayloadError as exc:
        line, column = doc.where((exc.field,) if exc.field else (), key=True)
        click.echo(f"{doc.path}:{line}:{column}: {exc.text('en')}\n  {exc.text('fr')}", err=True)
        sys.exit(EXIT_INVALID)
    found = payload.findings(application, opportunity, content.board)
    if found:
        first, second = ("fr", "en") if application.language == "fr" else ("en", "fr")
        for finding in found:
            line, column = doc.where(finding.field)
            click.echo(
                f"{doc.path}:{line}:{column}: {finding.text(first)}\n  ({finding.text(second)})",
                err=True,
            )
        sys.exit(EXIT_INVALID)
    click.echo(
        envelope.seal(application.to_bytes(), key.public_key, opportunity.id, key.fingerprint),
        nl=False,
    )


@click.group("applications")
def applications_group() -> None:
    """The sealed applications of an opportunity."""


@applications_group.command("open")
@click.argument("opportunity_id")
@KEY_OPTION
@click.option(
    "--out",
    "out_dir",
    required=True,
    type=click.Path(path_type=Path, file_okay=False),
    help="Folder outside the repository for the packet and the identities file.",
)
@click.option("--now", "now_text", help="Act as at this ISO time (default: the current time).")
@click.option(
    "--seed",
    "seed",
    help="Reuse the order_seed of an earlier identities file, to reproduce its letters "
    "(default: a new secret seed).",
)
@CONTENT_OPTION
def applications_open_command(
    opportunity_id: str,
    key_path: Path,
    out_dir: Path,
    now_text: str | None,
    seed: str | None,
    content_root: Path,
) -> None:
    """After closing: decrypt, check and write an anonymised packet and an identities file.

    The order of the packet (and so its letters) is drawn from a secret seed, written only to
    the identities file; --seed with that value reproduces the same letters.
    """
    from ..applications import opening
    from ..sealing import keys
    from ..writers import write_private

    content = validate.load_content(content_root)
    opportunity = content.opportunity(opportunity_id)
    if content.board is None or opportunity is None:
        raise BoardError(f"no opportunity {opportunity_id!r} in {content_root}")
    now = parse_now(now_text)
    if now <= opportunity.closing:
        raise BoardError(
            f"{opportunity_id} closes at {opportunity.closing.isoformat()}; "
            "applications stay sealed until then"
        )
    if keys.is_inside(out_dir, content_root.resolve().parent):
        raise BoardError(f"{out_dir} is inside the repository; write the packet elsewhere")
    if seed is not None and not _is_seed(seed):
        raise click.BadParameter("expected 64 hexadecimal digits", param_hint="--seed")
    private = keys.load_private_key(key_path)  # a KeyProblem is a BoardError
    try:
        book = content.ledger(opportunity_id)  # loaded with the content
    except Exception as exc:  # a hand-broken ledger, whatever way it is broken
        raise BoardError(
            f"the ledger of {opportunity_id} cannot be read ({type(exc).__name__}: {exc}); "
            "run board validate to see what is wrong with it"
        ) from exc
    seed = seed or opening.new_seed()
    opened = opening.open_all(book, opportunity, content.board, private, seed)
    packet = out_dir / f"{opportunity_id}-evaluation-packet.md"
    people = out_dir / f"{opportunity_id}-identities.yaml"
    for made in (packet, people):
        if made.exists():
            raise BoardError(f"{made} already exists; give another --out folder")
    try:
        write_private(packet, opening.packet(opportunity, opened))
        write_private(people, opening.identities(opportunity, opened, seed))
    except OSError as exc:
        raise BoardError(f"cannot write to {out_dir}: {exc.strerror}") from exc
    failed = [o for o in opened if o.problems]
    for item in failed:
        click.echo(f"Application {item.letter} ({item.entry.receipt}): " + "; ".join(item.problems))
    click.echo(f"{tn('en', 'count.applications', len(opened))} opened, {len(failed)} with problems")
    click.echo(f"packet: {packet}\nidentities: {people}")
    sys.exit(EXIT_INVALID if failed else EXIT_OK)


def _is_seed(text: str) -> bool:
    return len(text) == 64 and all(c in "0123456789abcdefABCDEF" for c in text)
