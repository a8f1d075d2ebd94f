"""Commands for client teams and reviewers: validate and preview opportunities, check a pull
request's scope and the issue forms (``board new`` is in new.py)."""

from __future__ import annotations

import os
import sys
from pathlib import Path

import click

from .. import catalog, formats, report, validate
from ..errors import EXIT_INVALID, EXIT_OK, BoardError
from ..outcomes import recorded_dates
from ..problems import Lang
from .options import CONTENT_OPTION, FORMAT_OPTION, LANG_OPTION, parse_now, repo_option


@click.command("validate")
@click.argument("paths", nargs=-1, type=click.Path(path_type=Path, exists=True))
@FORMAT_OPTION
@click.option("--strict", is_flag=True, help="Fail on warnings too.")
@click.option(
    "--since",
    metavar="REF",
    help="Compare with REF (e.g. origin/main): look for private key material in every commit "
    "since REF, even in files a later commit removed, refuse a changed sealing key for an "
    "opportunity that has applications, and a back-dated `posted` (before today, in the board's "
    "time zone, for an opportunity REF did not publish; before its first day on main for one "
    "it did). BOARD_NOW sets today for tests.",
)
@click.option(
    "--release",
    is_flag=True,
    envvar="BOARD_RELEASE",
    help="Also warn (settings.placeholder) about sample values left in board.yaml that a "
    "department must replace before going live: .example and example.gc.ca addresses, "
    "ocds-xxxxxx, the sample department. The publishing workflow sets BOARD_RELEASE=1.",
)
@LANG_OPTION
@CONTENT_OPTION
def validate_command(
    paths: tuple[Path, ...],
    fmt: str,
    strict: bool,
    since: str | None,
    release: bool,
    lang: Lang | None,
    content_root: Path,
) -> None:
    """Check opportunity files and board rules; report every problem with its line and column.

    With no PATH, validates everything under the content folder, and the whole repository for
    private key material. An outcome record (evaluation, award, delivery, payment) may not be
    dated after today in the board's time zone (BOARD_NOW sets today for tests). Messages are in
    English or French (--lang).
    """
    result = validate.run(list(paths), content_root, keep=False)
    now = parse_now(os.environ.get("BOARD_NOW"))  # the check's clock, not the contributor's
    result.content.problems.extend(recorded_dates.of_content(result.content, now))  # #12
    if since:
        from .. import secrets
        from ..client import rekeying

        found = secrets.scan_history(content_root, since, gone_only=not paths)
        found += rekeying.problems(
            rekeying.read(content_root, since), rekeying.read(content_root, None)
        )
        result.content.problems.extend(found)
        if result.content.board is not None:  # posted not back-dated (#11)
            from .. import posting

            result.content.problems.extend(
                posting.pull_request_problems(content_root, since, result.content.board, now)
            )
    if release and result.content.board_doc is not None:  # going live (#11)
        from ..rules import going_live

        result.content.problems.extend(going_live.problems(result.content.board_doc))
    said = lang or report.default_lang()
    click.echo(report.FORMATS[fmt](result.problems, len(result.files), said))
    sys.exit(EXIT_OK if result.passed(strict) else EXIT_INVALID)


@click.command("preview")
@click.option("--base", required=True, help="Base branch or commit, e.g. origin/main.")
@repo_option("Repository root.")
@click.option("--now", "now_text", help="Show status as at this ISO time (default: now).")
def preview_command(base: str, repo_root: Path, now_text: str | None) -> None:
    """Print, as Markdown, what the board will show for each opportunity changed since BASE.

    A changed sealing key comes first."""
    from .. import repository
    from ..client import preview, rekeying
    from ..content import load_board

    board, _, problems = load_board(repo_root / "content")
    if board is None:
        raise BoardError("content/board.yaml does not validate; run board validate")
    click.echo(
        preview.summary(
            board,
            repository.opportunities_at(repo_root, base),
            repository.opportunities_at(repo_root, None),
            parse_now(now_text),
            rekeying.changes(rekeying.read(repo_root, base), rekeying.read(repo_root, None)),
        )
    )


@click.command("pr-scope")
@click.option("--base", required=True, help="Base branch or commit, e.g. origin/main.")
@click.option("--head", default="HEAD", show_default=True, help="The pull request's commit.")
@repo_option("Repository root.")
def pr_scope_command(base: str, head: str, repo_root: Path) -> None:
    """Fail when a pull request changes content/ together with .github/, tools/ or schemas/.

    Says so in English and in French.
    """
    from .. import repository
    from ..client import scope

    paths = repository.changed_paths(repo_root, base, head)
    if scope.problem(paths):
        for lang in ("en", "fr"):
            message = scope.problem(paths, lang)
            click.echo(formats.terminal(catalog.t(lang, "cli.error", message=message)), err=True)
        sys.exit(EXIT_INVALID)
    click.echo(scope.fine(paths, "en"))
    click.echo(formats.terminal(scope.fine(paths, "fr")))


@click.command("lint-forms")
@click.argument("paths", nargs=-1, type=click.Path(path_type=Path, exists=True, dir_okay=False))
@FORMAT_OPTION
def lint_forms_command(paths: tuple[Path, ...], fmt: str) -> None:
    """Check issue forms as GitHub does (schema, unique ids and labels, option texts).

    With no PATH, checks every form under .github/ISSUE_TEMPLATE/.
    """
    from ..forms import lint

    files = list(paths) or lint.form_files(Path("."))
    try:
        problems = lint.lint(files)
    except ModuleNotFoundError as exc:
        raise BoardError(
            "the issue-form schema comes with check-jsonschema: pip install -e '.[test]'"
        ) from exc
    click.echo(report.FORMATS[fmt](problems, len(files)))
    sys.exit(EXIT_INVALID if problems else EXIT_OK)
