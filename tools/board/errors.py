"""The CLI's exit codes and the few exceptions that reach its outermost layer."""

from __future__ import annotations

import click

EXIT_OK = 0
EXIT_INVALID = 1  # content is invalid
EXIT_USAGE = 2  # usage or I/O error


class BoardError(click.ClickException):
    """An error the user can act on; only the CLI prints it."""

    exit_code = EXIT_USAGE
