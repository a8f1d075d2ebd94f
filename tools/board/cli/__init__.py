"""The ``board`` command line: parses options and calls the pure functions that do the work.

Each module here holds the commands of one part of the product; they only parse options, call
the functions that do the work, print, and choose the exit code.
Exit codes: 0 all good, 1 content invalid, 2 usage or I/O error.
"""

from __future__ import annotations

from typing import IO, Any

import click

from .. import __version__, catalog, formats
from ..errors import BoardError
from . import content, draw, intake, mailbox, new, outcomes, sealing, site


class Reported(click.ClickException):
    """A `BoardError` as click shows it: ``Error: message`` (``Erreur : `` in French)."""

    def __init__(self, error: BoardError) -> None:
        super().__init__(error.message)
        self.exit_code = error.exit_code  # type: ignore[misc]
        self.lang = error.lang

    def show(self, file: IO[Any] | None = None) -> None:
        if self.lang != "fr":
            super().show(file)
            return
        message = catalog.t("fr", "cli.error", message=self.format_message())
        click.echo(formats.terminal(message), file=file, err=True)


class BoardGroup(click.Group):
    """The ``board`` group: the one place a `BoardError` becomes a message and an exit code."""

    def invoke(self, ctx: click.Context) -> Any:
        try:
            return super().invoke(ctx)
        except BoardError as exc:
            raise Reported(exc) from exc


@click.group(name="board", cls=BoardGroup, context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, prog_name="board")
def main() -> None:
    """The micro-acquisition board: validate content, build the site, process applications."""


for command in (
    content.validate_command,
    new.new_command,
    content.preview_command,
    content.pr_scope_command,
    content.lint_forms_command,
    site.build_command,
    site.serve_command,
    intake.intake_command,
    intake.reconcile_command,
    intake.answers_command,
    mailbox.mailbox_group,
    outcomes.award_answers_command,
    sealing.keys_group,
    sealing.seal_command,
    sealing.applications_group,
    draw.draw_group,
):
    main.add_command(command)
sealing.applications_group.add_command(outcomes.notices_command)  # after the result (#10)

__all__ = ["main"]
