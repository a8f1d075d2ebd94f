"""The CLI's exit codes and the one base exception for what a user can act on.

Below the CLI, a mistake the user can fix is a `BoardError` (or a subclass: a key that cannot be
used, an event intake cannot read, a ledger that does not match its schema): a message and an
exit code, never an exception of the command-line library and never a bare ``ValueError``. The CLI turns it into its
message on stderr and its exit code, in one place (`board.cli.BoardGroup`).
"""

from __future__ import annotations

EXIT_OK = 0
EXIT_INVALID = 1  # content is invalid
EXIT_USAGE = 2  # usage or I/O error


class BoardError(Exception):
    """An error the user can act on; only the CLI prints it."""

    exit_code = EXIT_USAGE
    lang = "en"  # the language of the message's "Error:" prefix

    def __init__(self, message: str) -> None:
        super().__init__(message)
        self.message = message

    def __str__(self) -> str:
        return self.message
