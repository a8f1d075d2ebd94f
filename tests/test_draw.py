"""The evaluation record and the draw (issue #10), in a real git repository: sealed applications
received through intake (one withdrawn), an evaluation record merged after closing, the draw made
from a real recorded drand quicknet round (tests/fixtures/drand, no network), and
`board draw verify` re-checking it from the repository alone. Then each tampering is caught:
the record changed after the draw, a round that precedes the record, a forged signature, a
ranking edited by hand."""

from __future__ import annotations

import json
import os
from datetime import datetime
from pathlib import Path

import pytest
import yaml
from click.testing import CliRunner

from board.applications import ledger
from board.cli import main
from board.forms import Form
from board.intake import dispatch, event
from board.outcomes import beacon, ranking
from board.validate import run
from board.writers import write_ledger
from conftest import FIXTURES, OPPORTUNITY, in_2023, render, sealed, webhook
from dated_git import commit as _commit
from dated_git import git as _git

QUICKNET = json.loads((FIXTURES / "drand" / "quicknet.json").read_text())
ROUNDS = {r["round"]: r for r in QUICKNET["rounds"]}
ROUND = 657413  # published 2023-09-15T11:00:03Z
OUTCOMES = Path("content") / "outcomes" / OPPORTUNITY
MERGED = "2023-09-15T10:40:00+00:00"  # the record's merge: 20 minutes before the round
DRAWN = "2023-09-15T11:05:00+00:00"


def git(repo: Path, *args: str, when: str = "2023-08-01T12:00:00+00:00") -> str:
    return _git(repo, *args, when=when)


def commit(repo: Path, message: str, when: str = "2023-08-01T12:00:00+00:00") -> str:
    return _commit(repo, message, when)


def receive(repo: Path, form: Form, author: str, number: int) -> None:
    at = f"2023-08-2{number}T15:00:05Z"
    data = webhook("issues", render(form, {"opportunity": OPPORTUNITY, "envelope": sealed(repo)}),
                   at=at, author=author, number=number)  # fmt: skip
    now = datetime.fromisoformat(at.replace("Z", "+00:00"))
    write_ledger(dispatch.decide(event.from_payload("issues", data), repo, now), repo)


def withdraw(repo: Path, form: Form, author: str, number: int) -> None:
    text = render(form, {"opportunity": OPPORTUNITY, "envelope": "x"})
    data = webhook("issue_comment", text, comment="/withdraw", at="2023-08-29T10:00:00Z",
                   author=author, number=number)  # fmt: skip
    now = datetime.fromisoformat("2023-08-29T10:00:00+00:00")
    write_ledger(dispatch.decide(event.from_payload("issue_comment", data), repo, now), repo)


def receipts(repo: Path) -> dict[str, str]:
    """``{account: receipt}`` of the ledger."""
    data = yaml.safe_load((repo / ledger.relative_path(OPPORTUNITY)).read_text())
    return {e["account"]: e["receipt"] for e in data["applications"]}


def write_record(repo: Path, passed: list[str], not_passed: list[str], **extra: object) -> Path:
    record = {
        "opportunity": OPPORTUNITY,
        "evaluated": "2023-09-14",
        "method": "pass-fail-draw",
        "criteria": [{"id": "skills", "failed": len(not_passed)}],
        "passed": [{"receipt": r} for r in passed],
        "not_passed": not_passed,
        "draw_round": ROUND,
        **extra,
    }
    path = repo / OUTCOMES / "evaluation.yaml"
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(yaml.safe_dump(record, sort_keys=False))
    return path


def round_json(number: int = ROUND, signature: str | None = None) -> str:
    source = ROUNDS[number]
    return json.dumps({"round": number, "signature": signature or source["signature"],
                       "randomness": source["randomness"]})  # fmt: skip


def cli(repo: Path, *args: str, stdin: str | None = None) -> tuple[int, str]:
    here = Path.cwd()
    os.chdir(repo)
    try:
        result = CliRunner().invoke(main, list(args), input=stdin)
    finally:
        os.chdir(here)
    return result.exit_code, result.output


@pytest.fixture
def closed(repo: Path, form: Form) -> Path:
    """Four applications to an opportunity that closed on 2023-08-31, dee's withdrawn."""
    in_2023(repo)
    git(repo, "init", "-q", "-b", "main")
    commit(repo, "board", when="2023-07-31T12:00:00+00:00")
    for number, author in enumerate(["ada", "bob", "cy", "dee"], start=1):
        receive(repo, form, author, number)
    withdraw(repo, form, "dee", 4)
    commit(repo, "ledger", when="2023-08-29T10:01:00+00:00")
    return repo


@pytest.fixture
def drawn(closed: Path) -> Path:
    """The record merged at 10:40 (ada, bob, cy passed; none failed), the draw at 11:05."""
    ids = receipts(closed)
    write_record(closed, [ids["ada"], ids["bob"], ids["cy"]], [])
    commit(closed, "evaluation", when=MERGED)
    code, output = cli(closed, "draw", "run", OPPORTUNITY, stdin=round_json())
    assert code == 0, output
    commit(closed, "draw", when=DRAWN)
    return closed


def test_the_draw_is_made_from_the_real_round_and_verifies_offline(drawn: Path) -> None:
    ids = receipts(drawn)
    data = yaml.safe_load((drawn / OUTCOMES / "draw.yaml").read_text())
    passes = [ids["ada"], ids["bob"], ids["cy"]]
    expected = sorted(
        passes, key=lambda r: ranking.draw_key(ROUNDS[ROUND]["randomness"], OPPORTUNITY, r)
    )
    assert data["ranking"] == expected and data["randomness"] == ROUNDS[ROUND]["randomness"]
    assert ids["dee"] not in data["ranking"]
    code, output = cli(drawn, "draw", "verify", OPPORTUNITY)
    assert code == 0, output
    for said in ("signature of round 657413 verifies", "at least 10 minutes after the evaluation "
                 "record was merged", "ranking recomputed", "byte for byte",
                 "has not changed in git history", "The draw holds."):  # fmt: skip
        assert said in output
    assert not run([], drawn / "content").errors


def test_verify_speaks_french(drawn: Path) -> None:
    code, output = cli(drawn, "draw", "verify", OPPORTUNITY, "--lang", "fr")
    assert code == 0
    assert "vérifié hors ligne" in output and "Le tirage est valide." in output
    # counts in French plural forms, not "réussite(s)"; the catalog's words, typeset for a terminal
    assert "respecte ses règles : 3 réussites, 0 échec, chaque reçu" in output
    assert "(s)" not in output and "\u00a0" not in output


def _tamper(repo: Path, change: str, *codes: str, when: str = "2023-09-16T09:00:00+00:00") -> str:
    commit(repo, change, when=when)
    code, output = cli(repo, "draw", "verify", OPPORTUNITY)
    assert code == 1, output
    assert "The draw does NOT hold" in output and "Traceback" not in output
    found = {p.code for p in run([], repo / "content").errors}
    assert set(codes) <= found, found
    return output


def test_a_record_changed_after_the_draw_is_caught(drawn: Path) -> None:
    ids = receipts(drawn)
    write_record(drawn, [ids["ada"], ids["bob"]], [ids["cy"]])  # cy quietly failed afterwards
    output = _tamper(drawn, "drop cy", "draw.evaluation-changed", "draw.evaluation-changed-after")
    assert "was changed after the draw was committed" in output


def test_a_record_changed_with_its_draw_rewritten_is_caught_by_the_round_time(drawn: Path) -> None:
    ids = receipts(drawn)
    path = write_record(drawn, [ids["ada"], ids["bob"]], [ids["cy"]])
    draw = drawn / OUTCOMES / "draw.yaml"
    data = yaml.safe_load(draw.read_text())
    randomness = data["randomness"]
    rank = ranking.rank(
        "pass-fail-draw", OPPORTUNITY, [(ids["ada"], None), (ids["bob"], None)], randomness
    )
    import hashlib

    data.update(evaluation_sha256=hashlib.sha256(path.read_bytes()).hexdigest(), ranking=list(rank))
    draw.write_text(yaml.safe_dump(data, sort_keys=False))
    output = _tamper(drawn, "redo", "draw.round-too-early", "evaluation.round-too-early")
    assert "less than 10 minutes after the evaluation record was merged" in output


def test_a_forged_signature_is_caught(drawn: Path) -> None:
    draw = drawn / OUTCOMES / "draw.yaml"
    text = draw.read_text()
    signature = ROUNDS[ROUND]["signature"]
    forged = signature[:-1] + ("0" if signature[-1] != "0" else "1")
    draw.write_text(text.replace(signature, forged))
    output = _tamper(drawn, "forge", "draw.bad-signature", "draw.wrong-randomness")
    assert "is not the beacon's signature of round 657413" in output


def test_another_rounds_real_signature_is_caught(drawn: Path) -> None:
    draw = drawn / OUTCOMES / "draw.yaml"
    draw.write_text(draw.read_text().replace(ROUNDS[ROUND]["signature"], ROUNDS[123]["signature"]))
    _tamper(drawn, "round 123's signature", "draw.bad-signature")


def test_a_ranking_edited_by_hand_is_caught(drawn: Path) -> None:
    draw = drawn / OUTCOMES / "draw.yaml"
    data = yaml.safe_load(draw.read_text())
    data["ranking"] = [data["ranking"][1], data["ranking"][0], *data["ranking"][2:]]
    draw.write_text(yaml.safe_dump(data, sort_keys=False))
    output = _tamper(drawn, "swap", "draw.wrong-ranking")
    assert "is not the one the rule gives" in output


def test_a_round_that_precedes_the_record_is_refused_and_caught(closed: Path) -> None:
    ids = receipts(closed)
    write_record(closed, [ids["ada"], ids["bob"], ids["cy"]], [])
    commit(closed, "evaluation, late", when="2023-09-15T10:55:00+00:00")  # round at 11:00:03
    code, output = cli(closed, "draw", "run", OPPORTUNITY, stdin=round_json())
    assert code == 2 and "less than 10 minutes after the record was merged" in output
    assert not (closed / OUTCOMES / "draw.yaml").exists()
    assert "evaluation.round-too-early" in {p.code for p in run([], closed / "content").errors}


def test_draw_run_refuses_a_forged_or_wrong_round_and_writes_nothing(closed: Path) -> None:
    ids = receipts(closed)
    write_record(closed, [ids["ada"], ids["bob"]], [ids["cy"]])
    commit(closed, "evaluation", when=MERGED)
    forged = "a" * 96
    code, output = cli(closed, "draw", "run", OPPORTUNITY, stdin=round_json(signature=forged))
    assert code == 2 and "does not verify" in output
    code, output = cli(closed, "draw", "run", OPPORTUNITY, stdin=round_json(123))
    assert code == 2 and "the record names 657413" in output
    code, output = cli(closed, "draw", "run", OPPORTUNITY, stdin='{"round": [[[[')
    assert code == 2 and "not JSON" in output and "Traceback" not in output
    assert not (closed / OUTCOMES / "draw.yaml").exists()


def test_the_recorded_rounds_verify_and_a_moved_round_does_not() -> None:
    chain = beacon.chain_of(None)
    for number, source in ROUNDS.items():
        assert beacon.verifies(chain, number, source["signature"])
        assert beacon.randomness_of(source["signature"]) == source["randomness"]
        assert not beacon.verifies(chain, number + 1, source["signature"])
    assert chain.round_time(ROUND).isoformat() == "2023-09-15T11:00:03+00:00"


# The evaluation record's rules (board validate), each with its stable code and its place.


def _problems(repo: Path) -> dict[str, list[str]]:
    out: dict[str, list[str]] = {}
    for p in run([], repo / "content").problems:
        out.setdefault(p.code, []).append(p.text())
    return out


def test_a_record_naming_unknown_withdrawn_or_repeated_receipts_and_missing_one_is_refused(
    closed: Path,
) -> None:
    ids = receipts(closed)
    write_record(closed, [ids["ada"], ids["dee"], ids["ada"]], ["0000-1111-2222-3333"])
    commit(closed, "evaluation", when=MERGED)
    found = _problems(closed)
    where = "content/outcomes/accessible-pdf-forms/evaluation.yaml"
    assert any(f"{where}:9:12: passed[1].receipt: {ids['dee']} is withdrawn" in t
               for t in found["evaluation.inactive-receipt"])  # fmt: skip
    assert any(f"{where}:10:12:" in t for t in found["evaluation.duplicate-receipt"])
    assert "0000-1111-2222-3333 is not in the ledger" in found["evaluation.unknown-receipt"][0]
    assert (
        f"active applications are missing: {ids['bob']}, {ids['cy']}"
        in (found["evaluation.missing-receipt"][0])
    )
    french = [p.text("fr") for p in run([], closed / "content").problems]
    assert any(f"{ids['dee']} est retirée : elle n'a pas été évaluée" in t for t in french)


def test_a_record_before_closing_is_refused_by_its_date_and_by_its_commit(closed: Path) -> None:
    ids = receipts(closed)
    write_record(closed, [ids["ada"], ids["bob"], ids["cy"]], [], evaluated="2023-08-30")
    commit(closed, "evaluation, early", when="2023-08-30T12:00:00+00:00")
    found = _problems(closed)
    assert (
        "2023-08-30 is before the closing date 2023-08-31" in found["evaluation.before-closing"][0]
    )
    assert "is before closing" in found["evaluation.committed-before-closing"][0]


def test_a_record_must_follow_the_opportunitys_method_and_criteria(closed: Path) -> None:
    ids = receipts(closed)
    write_record(closed, [ids["ada"], ids["bob"], ids["cy"]], [], method="scored",
                 criteria=[{"id": "style", "failed": 0}])  # fmt: skip
    commit(closed, "evaluation", when=MERGED)
    found = _problems(closed)
    assert "'scored' is not the opportunity's method" in found["evaluation.wrong-method"][0]
    assert "in this order: skills" in found["evaluation.wrong-criteria"][0]
    assert "has no score" in found["evaluation.missing-score"][0]


def test_scores_on_a_pass_fail_opportunity_and_a_missing_round_are_refused(closed: Path) -> None:
    ids = receipts(closed)
    path = write_record(closed, [ids["ada"], ids["bob"]], [ids["cy"]])
    data = yaml.safe_load(path.read_text())
    data["passed"][0]["score"] = 12
    del data["draw_round"]
    path.write_text(yaml.safe_dump(data, sort_keys=False))
    commit(closed, "evaluation", when=MERGED)
    found = _problems(closed)
    assert "a pass-fail opportunity has no scores" in found["evaluation.score-on-pass-fail"][0]
    assert "a draw is needed (2 applications passed)" in found["evaluation.draw-round-missing"][0]


def test_one_pass_needs_no_draw_and_counts_of_failures_must_add_up(closed: Path) -> None:
    ids = receipts(closed)
    path = write_record(closed, [ids["ada"]], [ids["bob"], ids["cy"]])
    data = yaml.safe_load(path.read_text())
    data["criteria"][0]["failed"] = 3
    data["opportunity"] = "another-one"
    path.write_text(yaml.safe_dump(data, sort_keys=False))
    commit(closed, "evaluation", when=MERGED)
    assert "does not match the folder" in _problems(closed)["outcome.wrong-folder"][0]
    data["opportunity"] = OPPORTUNITY
    path.write_text(yaml.safe_dump(data, sort_keys=False))
    found = _problems(closed)
    assert (
        "3 failed skills, but only 2 applications did not pass"
        in (found["evaluation.failed-count"][0])
    )
    assert "warning: draw_round: no draw is needed" in found["evaluation.draw-round-unneeded"][0]
    code, output = cli(closed, "draw", "run", OPPORTUNITY, stdin=round_json())
    assert code == 2 and "has problems" in output


def test_the_validator_reads_an_outcome_file_given_alone(closed: Path) -> None:
    ids = receipts(closed)
    path = write_record(closed, [ids["ada"], ids["bob"], ids["cy"]], [], method="scored")
    code, output = cli(closed, "validate", str(path.relative_to(closed)))
    assert code == 1 and "evaluation.yaml:3:9: method: 'scored' is not the opportunity's" in output


def test_the_ranking_rule_is_the_documented_formula_and_scores_come_first() -> None:
    """docs/draw.md: key = SHA-256(randomness "\\n" id "\\n" receipt), ascending; scored: total
    first, highest first, ties broken by the key; a draw is needed only for 2+ passes (or a tie)."""
    import hashlib

    randomness = ROUNDS[ROUND]["randomness"]
    receipts = ["aaaa-0000-0000-0001", "aaaa-0000-0000-0002", "aaaa-0000-0000-0003"]
    key = {
        r: hashlib.sha256(f"{randomness}\n{OPPORTUNITY}\n{r}".encode()).hexdigest()
        for r in receipts
    }
    plain = ranking.rank("pass-fail-draw", OPPORTUNITY, [(r, None) for r in receipts], randomness)
    assert list(plain) == sorted(receipts, key=key.__getitem__)
    scored = [(receipts[0], 10), (receipts[1], 17), (receipts[2], 10)]
    order = ranking.rank("scored", OPPORTUNITY, scored, randomness)
    tied = sorted([receipts[0], receipts[2]], key=key.__getitem__)
    assert list(order) == [receipts[1], *tied]
    assert ranking.needs_draw("scored", scored)
    assert not ranking.needs_draw("scored", [(receipts[0], 10), (receipts[1], 17)])
    assert not ranking.needs_draw("pass-fail-draw", [(receipts[0], None)])
    assert ranking.needs_draw("pass-fail-draw", [(receipts[0], None), (receipts[1], None)])


def test_pending_lists_a_due_draw_with_its_wait_and_address(closed: Path) -> None:
    ids = receipts(closed)
    write_record(closed, [ids["ada"], ids["bob"]], [ids["cy"]])
    commit(closed, "evaluation", when=MERGED)
    code, output = cli(closed, "draw", "pending", "--now", "2023-09-15T10:59:00Z")
    url = f"https://api.drand.sh/{QUICKNET['chain']['hash']}/public/{ROUND}"
    assert code == 0 and output.split() == [OPPORTUNITY, str(ROUND), "64", url]
    cli(closed, "draw", "run", OPPORTUNITY, stdin=round_json())
    assert cli(closed, "draw", "pending")[1] == ""
