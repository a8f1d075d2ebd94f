"""Commands for the public board: build it, and preview it with live reload."""

from __future__ import annotations

import sys
from datetime import datetime
from pathlib import Path

import click

from .. import report
from ..errors import EXIT_INVALID, BoardError
from ..problems import Lang
from .options import LANG_OPTION


def _now(value: str | None) -> datetime | None:
    from ..site import settings as site_settings  # mkdocs loads only when a build is asked for

    if not value:
        return None
    try:
        return site_settings.parse_now(value)
    except ValueError as exc:
        raise click.BadParameter(
            f"{value!r} is not an ISO date-time such as 2027-01-15T12:00-05:00"
        ) from exc


_config_option = click.option(
    "--config",
    "config_file",
    type=click.Path(path_type=Path, dir_okay=False),
    default=Path("mkdocs.yml"),
    show_default=True,
    help="The mkdocs configuration of the board.",
)
_content_option = click.option(
    "--content",
    "content_root",
    type=click.Path(path_type=Path, file_okay=False),
    default=None,
    help="Content folder (default: the board plugin's content option in the configuration).",
)
_now_option = click.option(
    "--now",
    default=None,
    help="Build as if it were this moment (ISO date-time); default the plugin's now, BOARD_NOW, else the clock.",
)


@click.command("build")
@_config_option
@_content_option
@_now_option
@click.option(
    "--site-dir",
    type=click.Path(path_type=Path, file_okay=False),
    default=None,
    help="Where to write the site (default: site/).",
)
@LANG_OPTION
def build_command(
    config_file: Path,
    content_root: Path | None,
    now: str | None,
    site_dir: Path | None,
    lang: Lang | None,
) -> None:
    """Validate the content and build the bilingual board (pages, feeds, open data)."""
    from ..site import build as site

    options = site.BuildOptions(config_file, site_dir, content_root, _now(now))
    try:
        result = site.build(options)
    except site.ConfigMissing as exc:
        raise BoardError(f"{exc}: no such configuration file") from exc
    if result.problems:
        files = len({p.path for p in result.problems})
        said = lang or report.default_lang()
        click.echo(report.text(result.problems, files, said), err=True)
    if result.error:
        click.echo(f"build failed: {result.error}", err=True)
    if not result.ok:
        sys.exit(EXIT_INVALID)
    click.echo(f"board built into {result.site_dir}")


@click.command("serve")
@_config_option
@_content_option
@_now_option
@click.option(
    "--dev-addr", default="127.0.0.1:8000", show_default=True, help="Address to serve on."
)
def serve_command(
    config_file: Path, content_root: Path | None, now: str | None, dev_addr: str
) -> None:
    """Preview the board locally; pages reload when a YAML file or guide changes."""
    from ..site import build as site

    try:
        site.serve(site.BuildOptions(config_file, None, content_root, _now(now)), dev_addr)
    except site.ConfigMissing as exc:
        raise BoardError(f"{exc}: no such configuration file") from exc
