"""``board new``: scaffold a draft opportunity, asking in English or French."""

from __future__ import annotations

import sys
from datetime import date, datetime
from pathlib import Path

import click

from .. import catalog, formats, report, validate
from ..errors import EXIT_INVALID
from ..model import Board
from .options import CONTENT_OPTION, LANG_OPTION, LocalizedError

MARKER = "\n<!-- ----- {text} ----- -->\n"
YES = {"y", "yes", "o", "oui"}
NO = {"n", "no", "non"}


def _say(lang: str, key: str, **values: object) -> str:
    """The catalog's message ``key`` as a terminal shows it."""
    return formats.terminal(catalog.t(lang, key, **values))


def _error(lang: str, message: str) -> None:
    click.echo(formats.terminal(catalog.t(lang, "cli.error", message=message)), err=True)


def _ask(key: str, text: str, lang: str, default: str | None, choices: tuple[str, ...]) -> str:
    """An answer to one question, asked again (saying why, in ``lang``) until it is valid."""
    from ..client.choices import resolve
    from ..client.scaffold import malformed

    long_text = key.startswith("description.") and default is None
    shown = f"{text} [{default}]" if default is not None else text
    if long_text:
        shown, default = f"{text} {_say(lang, 'new.editor')}", ""
    while True:
        value: str = click.prompt(
            shown,
            default=default,
            show_default=False,
            prompt_suffix=" : " if lang == "fr" else ": ",
        )
        if long_text and not value.strip():
            value = _edit(lang)
            if not value:
                continue
        if choices:
            chosen = resolve(key, value, choices)
            if chosen is None:
                _error(lang, _say(lang, "new.bad_choice", value=value, choices=", ".join(choices)))
                continue
            value = chosen
        problem = malformed(key, value, lang)
        if problem is None:
            return value
        _error(lang, problem)


def _edit(lang: str) -> str:
    """A long text written in the user's editor ($VISUAL or $EDITOR), '' if left empty."""
    marker = MARKER.format(text=_say(lang, "new.editor_header"))
    written = click.edit(marker, extension=".md", require_save=False) or ""
    return written.split(marker.strip(), 1)[0].strip()


def _confirm(text: str, lang: str) -> bool:
    """Like `click.confirm` (default no), with ``[o/N]`` and oui/non accepted in French."""
    while True:
        suffix = " [o/N] : " if lang == "fr" else " [y/N]: "
        answer = click.prompt(text, default="n", show_default=False, prompt_suffix=suffix)
        if answer.strip().lower() in YES | NO:
            return answer.strip().lower() in YES
        _error(lang, _say(lang, "new.bad_yes_no", value=answer))


@click.command("new")
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
@LANG_OPTION
@CONTENT_OPTION
def new_command(
    settings: tuple[str, ...],
    attest: bool,
    accept_defaults: bool,
    today: str | None,
    lang: str,
    content_root: Path,
) -> None:
    """Scaffold an opportunity: ask for the facts, propose the price and dates, write it.

    Asks for the estimate (hours, hourly rate, hours of administration) and proposes its price,
    shown against the cap, and a closing date that meets the minimum posting period; choices
    take their number or their words in either language; Enter on a description opens $EDITOR.
    Writes a file that publishes when merged (or a draft, said plainly), only if it validates,
    never over another. Asks in English or French (--lang).
    """
    from ..content import load_board

    board, _, _ = load_board(content_root)
    if board is None:
        raise LocalizedError(_say(lang, "new.bad_board", path=content_root / "board.yaml"), lang)
    answers = _answers_from_settings(settings, lang)
    start = date.fromisoformat(today) if today else datetime.now(board.tz).date()
    _ask_the_rest(answers, board, start, accept_defaults, lang)
    _attest(attest, lang)
    _write(answers, board, content_root, lang)


def _answers_from_settings(settings: tuple[str, ...], lang: str) -> dict[str, str]:
    """The answers given with ``--set KEY=VALUE``; a bad one is a usage error."""
    from ..client import scaffold

    keys = {ask.key for ask in scaffold.ASKS}
    answers: dict[str, str] = {}
    for item in settings:
        key, sep, value = item.partition("=")
        if not sep or key not in keys:
            raise click.BadParameter(
                _say(lang, "new.bad_set", item=item, keys=", ".join(sorted(keys))),
                param_hint="--set",
            )
        problem = scaffold.malformed(key, value, lang)
        if problem:
            raise click.BadParameter(problem, param_hint="--set")
        if key in CHOICE_KEYS:
            from ..client.choices import resolve

            value = resolve(key, value, CHOICE_KEYS[key]) or value
        answers[key] = value
    return answers


# Choices --set may name in words; the validator checks a payment method the board refuses.
CHOICE_KEYS = {
    "price.taxes": ("excluded", "included"),
    "status": ("published", "draft"),
    "payment": ("acquisition-card", "paypal"),
}


def _ask_the_rest(
    answers: dict[str, str], board: Board, start: date, accept_defaults: bool, lang: str
) -> None:
    """Ask every question ``--set`` did not answer (or take its proposal, with --accept-defaults)."""
    from ..client import scaffold
    from ..client.choices import estimate_text

    for ask in scaffold.ASKS:
        if ask.key in answers or (ask.key.startswith("estimate.") and "price.amount" in answers):
            continue
        if ask.key == "price.amount" and (said := estimate_text(answers, board, lang)):
            click.echo(said)
        try:
            default = ask.default(answers, board, start) if ask.default else None
        except ValueError:
            default = None
        if accept_defaults and default is not None:
            answers[ask.key] = default
            continue
        choices = ask.choices(board) if ask.choices else ()
        answers[ask.key] = _ask(ask.key, ask.prompt(lang, choices), lang, default, choices)


def _attest(attest: bool, lang: str) -> None:
    from ..client import scaffold

    for name in scaffold.ATTESTATIONS:
        text = scaffold.describe(f"attestations.{name}", lang)
        if not (attest or _confirm(_say(lang, "new.attest", text=text), lang)):
            raise LocalizedError(_say(lang, "new.no_attestation", text=text), lang)


def _write(answers: dict[str, str], board: Board, content_root: Path, lang: str) -> None:
    """Write the opportunity, only if it validates and no file of its name exists."""
    from ..client import scaffold
    from ..content import OPPORTUNITIES_DIR, Content
    from ..writers import write_atomic
    from ..yamlio.load import parse

    try:
        data = scaffold.build(answers, board)
    except (ValueError, ArithmeticError) as exc:
        raise LocalizedError(_say(lang, "new.cannot_build", error=exc), lang) from exc
    path = content_root / OPPORTUNITIES_DIR / f"{data['id']}.yaml"
    if path.exists():
        raise LocalizedError(_say(lang, "new.exists", path=path), lang)
    text = scaffold.render(data)
    doc, problems = parse(text, str(path))
    if doc is not None:
        problems = validate.check_opportunity_document(
            doc, Content(content_root, board=board), path
        )
    errors = [p for p in problems if p.is_error]
    if errors:
        click.echo(report.text(errors, 1, "fr" if lang == "fr" else "en"), err=True)
        click.echo(_say(lang, "new.nothing_written"), err=True)
        sys.exit(EXIT_INVALID)
    write_atomic(path, text)
    if data["status"] == "draft":
        click.echo(_say(lang, "new.wrote_draft", path=path))
    else:
        from ..formats import day

        posted = day(date.fromisoformat(data["posted"]), lang)
        click.echo(_say(lang, "new.wrote", path=path, posted=posted))
