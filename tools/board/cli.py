"""The ``board`` command line: parses options and calls the pure functions that do the work.

Exit codes: 0 all good, 1 content invalid, 2 usage or I/O error.
"""

from __future__ import annotations

import sys
from pathlib import Path

import click

from . import __version__, report, validate
from .errors import EXIT_INVALID, EXIT_OK

DEFAULT_CONTENT = Path("content")


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
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
    result = validate.run(list(paths), content_root)
    click.echo(report.FORMATS[fmt](result.problems, len(result.files)))
    sys.exit(EXIT_OK if result.passed(strict) else EXIT_INVALID)


if __name__ == "__main__":  # pragma: no cover
    main()
