"""The ``board`` command line: parses options and calls the pure functions that do the work.

Exit codes: 0 all good, 1 content invalid, 2 usage or I/O error.
"""

from __future__ import annotations

import json
import sys
from collections.abc import Callable
from datetime import UTC, datetime
from pathlib import Path
from typing import Any, TypeVar

import click
import yaml

from . import __version__, report, validate
from .errors import EXIT_INVALID, EXIT_OK, BoardError

DEFAULT_CONTENT = Path("content")
F = TypeVar("F", bound=Callable[..., Any])


def repo_option(help_text: str) -> Callable[[F], F]:
    return click.option(
        "--repo",
        "repo_root",
        type=click.Path(path_type=Path, file_okay=False),
        default=Path("."),
        show_default=True,
        help=help_text,
    )


@click.group(name="board", context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, prog_name="board")
def main() -> None:
    """The micro-acquisition board: validate content, build the site, process applications."""


@main.command("validate")
@click.argument("paths", nargs=-1, type=click.Path(path_type=Path, exists=True))
@click.option(
    "--format",
    "fmt",
    type=click.Choice(sorted(report.FORMATS)),
    default="text",
    show_default=True,
    help="text for people, json for programs, github for annotations on a pull request.",
)
@click.option("--strict", is_flag=True, help="Fail on warnings too.")
@click.option(
    "--content",
    "content_root",
    type=click.Path(path_type=Path, file_okay=False),
    default=DEFAULT_CONTENT,
    show_default=True,
    help="Content folder holding board.yaml, used when no PATH is given.",
)
def validate_command(paths: tuple[Path, ...], fmt: str, strict: bool, content_root: Path) -> None:
    """Check opportunity files and board rules; report every problem with its line and column.

    With no PATH, validates everything under the content folder.
    """
    result = validate.run(list(paths), content_root, keep=False)
    click.echo(report.FORMATS[fmt](result.problems, len(result.files)))
    sys.exit(EXIT_OK if result.passed(strict) else EXIT_INVALID)


@main.command("intake")
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
    from .intake import apply, dispatch, event

    try:
        parsed = event.read(event_path, event_name)
    except event.EventError as exc:
        raise BoardError(str(exc)) from exc
    decision = dispatch.decide(parsed, repo_root, parse_now(now_text), only_form)
    if write_ledger:
        apply.write_ledger(decision, repo_root)
    click.echo(json.dumps(decision.to_json(), indent=2, ensure_ascii=False))


@main.command("answers")
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
    from . import answers, history

    if event_path is not None:
        try:
            payload = json.loads(event_path.read_text(encoding="utf-8"))
            pushed = answers.push_revisions(payload)
        except (ValueError, AttributeError) as exc:
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


@main.command("preview")
@click.option("--base", required=True, help="Base branch or commit, e.g. origin/main.")
@repo_option("Repository root.")
@click.option("--now", "now_text", help="Show status as at this ISO time (default: now).")
def preview_command(base: str, repo_root: Path, now_text: str | None) -> None:
    """Print, as Markdown, what the board will show for each opportunity changed since BASE."""
    from . import history, preview
    from .content import load_board

    board, _, problems = load_board(repo_root / "content")
    if board is None:
        raise BoardError("content/board.yaml does not validate; run board validate")
    click.echo(
        preview.summary(
            board,
            history.opportunities_at(repo_root, base),
            history.opportunities_at(repo_root, None),
            parse_now(now_text),
        )
    )


@main.command("pr-scope")
@click.option("--base", required=True, help="Base branch or commit, e.g. origin/main.")
@click.option("--head", default="HEAD", show_default=True, help="The pull request's commit.")
@repo_option("Repository root.")
def pr_scope_command(base: str, head: str, repo_root: Path) -> None:
    """Fail when a pull request changes content/ together with .github/, tools/ or schemas/."""
    from . import history, scope

    paths = history.changed_paths(repo_root, base, head)
    message = scope.problem(paths)
    if message:
        click.echo(f"Error: {message}", err=True)
        sys.exit(EXIT_INVALID)
    click.echo(f"{len(paths)} changed file(s); scope is fine")


@main.command("lint-forms")
@click.argument("paths", nargs=-1, type=click.Path(path_type=Path, exists=True, dir_okay=False))
@click.option(
    "--format",
    "fmt",
    type=click.Choice(sorted(report.FORMATS)),
    default="text",
    show_default=True,
    help="text for people, json for programs, github for annotations on a pull request.",
)
def lint_forms_command(paths: tuple[Path, ...], fmt: str) -> None:
    """Check issue forms as GitHub does (schema, unique ids and labels, option texts).

    With no PATH, checks every form under .github/ISSUE_TEMPLATE/.
    """
    from .forms import lint

    files = list(paths) or lint.form_files(Path("."))
    try:
        problems = lint.lint(files)
    except ModuleNotFoundError as exc:
        raise BoardError(
            "the issue-form schema comes with check-jsonschema: pip install -e '.[test]'"
        ) from exc
    click.echo(report.FORMATS[fmt](problems, len(files)))
    sys.exit(EXIT_INVALID if problems else EXIT_OK)


CONTENT_OPTION = click.option(
    "--content",
    "content_root",
    type=click.Path(path_type=Path, file_okay=False),
    default=DEFAULT_CONTENT,
    show_default=True,
    help="Content folder holding board.yaml.",
)


@main.command("new")
@click.option(
    "--set",
    "settings",
    multiple=True,
    metavar="KEY=VALUE",
    help="Answer a question from the command line, e.g. --set title.en='Fix the form'.",
)
@click.option("--attest", is_flag=True, help="Confirm both guardrail attestations.")
@click.option(
    "--accept-defaults", is_flag=True, help="Take every proposed value (price, dates...) unasked."
)
@click.option("--today", help="Posting date to propose (default: today in the board's zone).")
@CONTENT_OPTION
def new_command(
    settings: tuple[str, ...],
    attest: bool,
    accept_defaults: bool,
    today: str | None,
    content_root: Path,
) -> None:
    """Scaffold a draft opportunity: ask for the facts, propose the price and dates, write it.

    Proposes the largest price the cap allows and a closing date that meets the minimum posting
    period; refuses to overwrite a file and writes only a file that validates.
    """
    from datetime import date

    from . import scaffold
    from .content import OPPORTUNITIES_DIR, Content, load_board
    from .intake.apply import write_atomic
    from .yamlfile import parse

    board, _, _ = load_board(content_root)
    if board is None:
        raise BoardError(f"{content_root / 'board.yaml'} does not validate; run board validate")
    keys = {ask.key for ask in scaffold.ASKS}
    answers: dict[str, str] = {}
    for item in settings:
        key, sep, value = item.partition("=")
        if not sep or key not in keys:
            raise click.BadParameter(
                f"{item!r}: use KEY=VALUE with KEY one of {', '.join(sorted(keys))}",
                param_hint="--set",
            )
        answers[key] = value
    start = date.fromisoformat(today) if today else datetime.now(board.tz).date()
    for ask in scaffold.ASKS:
        if ask.key in answers:
            continue
        try:
            default = ask.default(answers, board, start) if ask.default else None
        except ValueError:
            default = None
        if accept_defaults and default is not None:
            answers[ask.key] = default
            continue
        kind = click.Choice(ask.choices(board)) if ask.choices else str
        answers[ask.key] = click.prompt(ask.prompt(), default=default, type=kind)
    for name in scaffold.ATTESTATIONS:
        text = scaffold.describe(f"attestations.{name}")
        if not (attest or click.confirm(f"{text}. Do you attest this?", default=False)):
            raise BoardError(f"an opportunity needs this attestation: {text}")
    try:
        data = scaffold.build(answers, board)
    except (ValueError, ArithmeticError) as exc:
        raise BoardError(f"cannot build the opportunity: {exc}") from exc
    path = content_root / OPPORTUNITIES_DIR / f"{data['id']}.yaml"
    if path.exists():
        raise BoardError(f"{path} already exists; choose another id (board new never overwrites)")
    text = scaffold.render(data)
    doc, problems = parse(text, str(path))
    if doc is not None:
        problems = validate.check_opportunity_document(
            doc, Content(content_root, board=board), path
        )
    errors = [p for p in problems if p.is_error]
    if errors:
        click.echo(report.text(errors, 1), err=True)
        click.echo("Nothing written: answer again with these fixed.", err=True)
        sys.exit(EXIT_INVALID)
    write_atomic(path, text)
    click.echo(f"Wrote {path} (status: draft). Review it, then open a pull request.")


@main.group("keys")
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
    from .sealing import keys

    private = keys.new_private_key()
    try:
        keys.write_private_key(private, out, repo_root)
    except keys.KeyProblem as exc:
        raise BoardError(str(exc)) from exc
    click.echo(
        f"# private key written to {out} (mode 0600); keep it safe and out of the repository"
    )
    click.echo(keys.published(private.public_key()).yaml(), nl=False)


@main.command("seal")
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
    """Seal an application to an opportunity's key and print the block to post."""
    from .sealing import envelope, payload

    content = validate.load_content(content_root)
    opportunity = content.opportunity(opportunity_id)
    if content.board is None or opportunity is None:
        raise BoardError(f"no opportunity {opportunity_id!r} in {content_root}")
    key = opportunity.key(content.board)
    if key is None:
        raise BoardError(f"{opportunity_id} has no sealing key (content/board.yaml: sealing_key)")
    try:
        data = yaml.safe_load(answers_path.read_text(encoding="utf-8"))
        application = payload.from_json(data)
    except (yaml.YAMLError, UnicodeDecodeError, payload.PayloadError) as exc:
        raise BoardError(f"{answers_path}: {exc}") from exc
    problems = payload.problems(application, opportunity, content.board)
    if problems:
        for problem in problems:
            click.echo(f"{answers_path}: {problem}", err=True)
        sys.exit(EXIT_INVALID)
    click.echo(
        envelope.seal(application.to_bytes(), key.public_key, opportunity.id, key.fingerprint),
        nl=False,
    )


@main.group("applications")
def applications_group() -> None:
    """The sealed applications of an opportunity."""


@applications_group.command("open")
@click.argument("opportunity_id")
@click.option(
    "--key",
    "key_path",
    required=True,
    type=click.Path(path_type=Path, exists=True, dir_okay=False),
    help="The private key file made by board keys new.",
)
@click.option(
    "--out",
    "out_dir",
    required=True,
    type=click.Path(path_type=Path, file_okay=False),
    help="Folder outside the repository for the packet and the identities file.",
)
@click.option("--now", "now_text", help="Act as at this ISO time (default: the current time).")
@CONTENT_OPTION
def applications_open_command(
    opportunity_id: str, key_path: Path, out_dir: Path, now_text: str | None, content_root: Path
) -> None:
    """After closing: decrypt, check and write an anonymised packet and an identities file."""
    from .applications import ledger, opening
    from .intake.apply import write_private
    from .sealing import keys

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
    try:
        private = keys.load_private_key(key_path)
        book = ledger.read(content_root, opportunity_id)
    except (keys.KeyProblem, ValueError) as exc:
        raise BoardError(str(exc)) from exc
    opened = opening.open_all(book, opportunity, content.board, private)
    packet = out_dir / f"{opportunity_id}-evaluation-packet.md"
    people = out_dir / f"{opportunity_id}-identities.yaml"
    try:
        write_private(packet, opening.packet(opportunity, opened, opening.seed(book.active)))
        write_private(people, opening.identities(opportunity, opened))
    except OSError as exc:
        raise BoardError(f"cannot write to {out_dir}: {exc.strerror}") from exc
    failed = [o for o in opened if o.problems]
    for item in failed:
        click.echo(f"Application {item.letter} ({item.entry.receipt}): " + "; ".join(item.problems))
    click.echo(f"{len(opened)} application(s) opened, {len(failed)} with problems")
    click.echo(f"packet: {packet}\nidentities: {people}")
    sys.exit(EXIT_INVALID if failed else EXIT_OK)


def parse_now(text: str | None) -> datetime:
    """An aware datetime from ``--now`` (or the current time); a usage error if malformed."""
    if not text:
        return datetime.now(UTC)
    try:
        moment = datetime.fromisoformat(text.replace("Z", "+00:00"))
    except ValueError as exc:
        raise click.BadParameter(
            f"{text!r} is not an ISO date and time", param_hint="--now"
        ) from exc
    if moment.tzinfo is None:
        raise click.BadParameter(
            "give a UTC offset, e.g. 2027-01-29T12:00:00-05:00", param_hint="--now"
        )
    return moment


if __name__ == "__main__":  # pragma: no cover
    main()
