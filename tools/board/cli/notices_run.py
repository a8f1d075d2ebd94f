"""``board applications notices``: the checks and the writing, step by step (I/O at this edge)."""

from __future__ import annotations

import sys
from pathlib import Path

import click
import yaml

from .. import validate
from ..applications.opening import Opened
from ..errors import EXIT_INVALID, EXIT_OK, BoardError
from ..outcomes import records
from ..outcomes.private_results import Results
from ..outcomes.private_results import read as read_results


def _seed(path: Path) -> str:
    try:
        data = yaml.safe_load(path.read_text(encoding="utf-8"))
        seed = data["order_seed"]
    except (OSError, yaml.YAMLError, KeyError, TypeError) as exc:
        raise BoardError(f"{path}: not an identities file with an order_seed ({exc})") from exc
    if not isinstance(seed, str):
        raise BoardError(f"{path}: order_seed is not text")
    return seed


def _consistent(results: Results, opened: list[Opened], outcome: records.Outcome) -> list[str]:
    """Letters whose private result disagrees with the public evaluation record, or is missing."""
    assert outcome.evaluation is not None
    passed = set(outcome.evaluation.passed_receipts)
    out = []
    for item in opened:
        mine = results.by_letter.get(item.letter)
        if mine is None:
            out.append(f"Application {item.letter}: no result in the results file")
        elif all(r.passed for r in mine) != (item.entry.receipt in passed):
            out.append(
                f"Application {item.letter}: the results file and evaluation.yaml disagree "
                f"on whether {item.entry.receipt} passed"
            )
    out += [
        f"Application {letter}: not in the packet"
        for letter in sorted(set(results.by_letter) - {i.letter for i in opened})
    ]
    return out


def run(
    oid: str,
    key_path: Path,
    results_path: Path,
    identities_path: Path | None,
    out_dir: Path,
    content_root: Path,
) -> None:
    from ..applications import opening
    from ..intake import notices
    from ..sealing import keys
    from ..writers import write_private

    repo_root = content_root.resolve().parent
    for given in (out_dir, results_path):
        if keys.is_inside(given, repo_root):
            raise BoardError(f"{given} is inside the repository; private files stay outside it")
    content = validate.load_content(content_root)
    opp = content.opportunity(oid)
    if content.board is None or opp is None:
        raise BoardError(f"no opportunity {oid!r} in {content_root}")
    outcome = content.outcome(oid)
    if outcome.award is None or outcome.evaluation is None:
        raise BoardError(
            f"{oid} has no valid evaluation.yaml and award.yaml yet: no result to tell"
        )
    results, problems = read_results(results_path, opp)
    if results is None:
        raise BoardError("\n".join(p.text() for p in problems))
    people = identities_path or results_path.with_name(f"{oid}-identities.yaml")
    private = keys.load_private_key(key_path)
    opened = opening.open_all(content.ledger(oid), opp, content.board, private, _seed(people))
    wrong = _consistent(results, opened, outcome)
    if wrong:
        raise BoardError("\n".join(wrong))
    written, failed = 0, []
    for item in opened:
        target = out_dir / f"{oid}-{item.letter}.eml"
        if item.payload is None:
            failed.append(f"Application {item.letter} ({item.entry.receipt}): cannot be opened")
            continue
        if target.exists():
            raise BoardError(f"{target} already exists; give another --out folder")
        try:
            made = notices.notice(item, opp, outcome, results.by_letter[item.letter])
            write_private(target, made.message.as_bytes())
        except (ValueError, TypeError) as exc:  # an address the e-mail package refuses
            failed.append(f"Application {item.letter} ({item.entry.receipt}): {exc}")
            continue
        written += 1
        click.echo(f"{target}")
    for line in failed:
        click.echo(line, err=True)
    click.echo(f"{written} notice(s) written, {len(failed)} not written")
    sys.exit(EXIT_INVALID if failed else EXIT_OK)
