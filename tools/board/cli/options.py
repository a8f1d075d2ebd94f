"""Options and values shared by several commands."""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, datetime
from pathlib import Path
from typing import Any, TypeVar

import click

from .. import report
from ..errors import BoardError

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


FORMAT_OPTION = click.option(
    "--format",
    "fmt",
    type=click.Choice(sorted(report.FORMATS)),
    default="text",
    show_default=True,
    help="text for people, json for programs, github for annotations on a pull request.",
)

KEY_OPTION = click.option(  # the procurement officer's private key: opening, notices
    "--key",
    "key_path",
    required=True,
    type=click.Path(path_type=Path, exists=True, dir_okay=False),
    help="The private key file made by board keys new.",
)

CONTENT_OPTION = click.option(
    "--content",
    "content_root",
    type=click.Path(path_type=Path, file_okay=False),
    default=DEFAULT_CONTENT,
    show_default=True,
    help="Content folder holding board.yaml.",
)


def push_range(event_path: Path | None, before: str | None, after: str | None) -> tuple[str, str]:
    """The revisions a push moved ``main`` between: ``--before``/``--after``, else the push
    payload's (``--event``); a usage error when neither gives both."""
    import json

    from ..intake import answers

    if event_path is not None:
        try:
            payload = json.loads(event_path.read_text(encoding="utf-8"))
            pushed = answers.push_revisions(payload)
        except (BoardError, ValueError, AttributeError, RecursionError) as exc:
            raise BoardError(f"{event_path}: {exc}") from exc
        before, after = before or pushed[0], after or pushed[1]
    if not before or not after:
        raise click.UsageError("give --before and --after, or --event with a push payload")
    return before, after


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


LANGS = ("en", "fr")


def language_from_environment() -> str:
    """``BOARD_LANG``, else ``fr`` when the locale is French, else ``en`` (one rule for all)."""
    return report.default_lang()


LANG_OPTION = click.option(
    "--lang",
    type=click.Choice(LANGS),
    envvar="BOARD_LANG",
    default=language_from_environment,
    show_default="BOARD_LANG, else fr when the locale is French, else en",
    help="Language of the questions and messages (JSON and GitHub annotations carry both).",
)


class LocalizedError(BoardError):
    """A `BoardError` whose ``Error:`` prefix is in the user's language too."""

    def __init__(self, message: str, lang: str) -> None:
        super().__init__(message)
        self.lang = lang
