"""The ``board`` command line: parses options and calls the pure functions that do the work.

Each module here holds the commands of one part of the product; they only parse options, call
the functions that do the work, print, and choose the exit code.
Exit codes: 0 all good, 1 content invalid, 2 usage or I/O error.
"""

from __future__ import annotations

import click

from .. import __version__
from . import content, intake, new, sealing, site


@click.group(name="board", context_settings={"help_option_names": ["-h", "--help"]})
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
    sealing.keys_group,
    sealing.seal_command,
    sealing.applications_group,
):
    main.add_command(command)

__all__ = ["main"]
