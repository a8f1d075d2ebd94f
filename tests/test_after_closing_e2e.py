"""After closing, end to end in a real git repository (issue #10): posting, sealed applications
(two pass, one does not, one is withdrawn), opening, the evaluation record, the draw made by
``board draw run`` from a real recorded drand quicknet round (tests/fixtures/drand, no network),
``board draw verify``, the award, the answers on every issue, the private notices and /debrief;
then (issue #12) the delivery with one revision, the acceptance and the payment, each proposed
as a file and checked by ``board validate``, and what the built board shows of them: the page's
timeline in both languages, the open data and feeds, the measures and the OCDS record.

The story is set in 2023 so that the recorded round 657413 (2023-09-15 11:00:03 UTC) comes after
the record, and every commit is dated as the merge would have been. It is built once per module
(``story``); each tampering then works on its own copy of that repository and must be caught by
``board draw verify`` or ``board validate`` with its problem code and a plain message. The
delivery and payment continue on their own copy (``paid``), and the board is built once, after
the payment.
"""

from __future__ import annotations

import csv
import email
import email.policy
import hashlib
import io
import json
import shutil
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import Any

import feedparser
import git
import pytest
import yaml
from click.testing import CliRunner, Result

import page_facts
from board.cli import main
from board.forms import Form, load_forms
from board.intake import dispatch, event
from board.intake.decision import Decision, LedgerChange
from board.outcomes import ranking
from board.sealing import keys
from board.site.build import BuildOptions, build
from board.validate import run
from board.writers import write_ledger
from conftest import (
    FIXTURES,
    OPPORTUNITY,
    REPO,
    application,
    board_repo,
    commit_all,
    in_2023,
    render,
    webhook,
    write_event,
)
from test_ocds import errors as ocds_errors

QUICKNET = json.loads((FIXTURES / "drand" / "quicknet.json").read_text())
ROUND = next(r for r in QUICKNET["rounds"] if r["round"] == 657413)  # 2023-09-15T11:00:03Z
OUTCOMES = Path("content") / "outcomes" / OPPORTUNITY
AFTER_CLOSING = "2023-09-01T05:00:00Z"  # closing: 2023-08-31T23:59:59-04:00
MERGED = "2023-09-15T10:40:00+00:00"  # the record's merge: 20 minutes before the round
DRAWN = "2023-09-15T11:05:00+00:00"  # the draw workflow's commit, once the round is out
AWARDED = "2023-09-19T14:00:00+00:00"
NAMES = {"ada": "Ada Tremblay", "bob": "Bob Li", "cleo": "Cléo Roy", "dan": "Dan Poe"}
LANGS = {"ada": "fr", "bob": "en", "cleo": "en", "dan": "en"}


def cli(*args: str | Path) -> Result:
    return CliRunner().invoke(main, [str(a) for a in args], catch_exceptions=False)


def when(text: str) -> datetime:
    return datetime.fromisoformat(text.replace("Z", "+00:00"))


def post(repo: Path, tmp: Path, form: Form, who: str, number: int, text: str) -> dict[str, Any]:
    """Seal with `board seal`, post as an issue, let intake record it; the issue as GitHub has it."""
    answers = application(name=NAMES[who], email=f"{who}@example.ca", language=LANGS[who])
    answers_file = tmp / f"{who}.yaml"
    answers_file.write_text(yaml.safe_dump(dict(answers.to_json(), answers={"skills": text})))
    sealed = cli("seal", "--opportunity", OPPORTUNITY, "--answers", answers_file,
                 "--content", repo / "content")  # fmt: skip
    assert sealed.exit_code == 0, sealed.output
    values = {"opportunity": OPPORTUNITY, "envelope": sealed.output}
    values["language"] = "Français" if LANGS[who] == "fr" else "English"
    at = f"2023-08-2{number}T15:00:00Z"
    data = webhook("issues", render(form, values), author=who, number=number, at=at)
    out = cli("intake", "--event", write_event(tmp, data, f"{who}.json"), "--repo", repo,
              "--now", at, "--write-ledger")  # fmt: skip
    assert out.exit_code == 0 and "received" in json.loads(out.output)["summary"], out.output
    return dict(data["issue"], state="closed")  # intake closes a received application


def write(repo: Path, name: str, data: dict[str, Any]) -> Path:
    path = repo / OUTCOMES / name
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(yaml.safe_dump(data, allow_unicode=True, sort_keys=False))
    return path


def comment(repo: Path, issue: dict[str, Any], who: str, text: str, at: str) -> dict[str, Any]:
    data = webhook("issue_comment", issue["body"], author=issue["user"]["login"], commenter=who,
                   number=issue["number"], comment=text, at=at)  # fmt: skip
    data["issue"]["labels"] = issue.get("labels", [])
    decision = dispatch.decide(event.from_payload("issue_comment", data), repo, when(at))
    return decision.to_json()


@dataclass(frozen=True)
class Story:
    repo: Path
    tmp: Path
    key_file: Path
    issues: list[dict[str, Any]]
    receipt: dict[str, str]  # account -> receipt
    letter: dict[str, str]  # account -> the packet's letter (private)
    ranking: list[str]  # the draw's ranking: first selected, the rest the reserve list
    drew: Result
    before: str  # the commit before the award
    after: str  # the award's commit

    def who(self, receipt: str) -> str:
        return next(a for a, r in self.receipt.items() if r == receipt)


@pytest.fixture(scope="module")
def story(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Story]:
    """The whole procurement, built once: posting to the award's commit."""
    with pytest.MonkeyPatch.context() as env:
        env.setenv("BOARD_LANG", "en")
        yield _build(tmp_path_factory.mktemp("story"))


def _build(tmp: Path) -> Story:
    private_key = keys.new_private_key()
    repo = board_repo(tmp / "repo", private_key)
    key_file = tmp / "officer" / "board.pem"
    key_file.parent.mkdir()
    keys.write_private_key(private_key, key_file, repo)
    form = load_forms(REPO)["application.yml"]
    in_2023(repo)
    commit_all(repo, "Post the opportunity", when="2023-07-31T12:00:00+00:00")
    issues = [
        post(repo, tmp, form, "ada", 1, "Quarante formulaires PDF balisés."),
        post(repo, tmp, form, "bob", 2, "Thirty tagged PDF forms."),
        post(repo, tmp, form, "cleo", 3, "I like PDFs."),
        post(repo, tmp, form, "dan", 4, "Changed my mind."),
    ]
    withdrawn = comment(repo, issues[3], "dan", "/withdraw", "2023-08-25T10:00:00Z")
    assert "withdrew" in withdrawn["summary"]
    write_ledger(Decision(ledger=tuple(LedgerChange(**c) for c in withdrawn["ledger"])), repo)
    commit_all(repo, "Intake", when="2023-08-25T10:01:00+00:00")
    book = yaml.safe_load((repo / "content/applications" / f"{OPPORTUNITY}.yaml").read_text())
    receipt = {e["account"]: e["receipt"] for e in book["applications"]}

    # opening: the packet and the identities, outside the repository
    officer = key_file.parent
    opened = cli("applications", "open", OPPORTUNITY, "--key", key_file, "--out", officer,
                 "--content", repo / "content", "--now", AFTER_CLOSING)  # fmt: skip
    assert opened.exit_code == 0, opened.output
    people = yaml.safe_load((officer / f"{OPPORTUNITY}-identities.yaml").read_text())
    letter = {row["account"]: row["application"] for row in people["applications"]}
    assert set(letter) == {"ada", "bob", "cleo"}  # the withdrawn one is not opened

    # the client team decides on letters; the officer keeps the results beside the packet
    def result(passed: bool, en: str, fr: str) -> dict[str, Any]:
        return {"criteria": [{"id": "skills", "passed": passed, "comment": {"en": en, "fr": fr}}]}

    results = {"opportunity": OPPORTUNITY, "applications": [
        {"application": letter["ada"], **result(True, "Forty forms.", "Quarante formulaires.")},
        {"application": letter["bob"], **result(True, "Thirty forms.", "Trente formulaires.")},
        {"application": letter["cleo"], **result(False, "No example given.", "Aucun exemple.")},
    ]}  # fmt: skip
    (officer / f"{OPPORTUNITY}-results.yaml").write_text(yaml.safe_dump(results))

    # the public evaluation record, merged 20 minutes before the round it names
    write(repo, "evaluation.yaml", {
        "opportunity": OPPORTUNITY, "evaluated": "2023-09-14", "method": "pass-fail-draw",
        "criteria": [{"id": "skills", "failed": 1}],
        "passed": [{"receipt": receipt["ada"]}, {"receipt": receipt["bob"]}],
        "not_passed": [receipt["cleo"]], "draw_round": ROUND["round"],
    })  # fmt: skip
    assert run([], repo / "content").passed()
    commit_all(repo, "Evaluation record", when=MERGED)

    # the draw workflow: the round's JSON as api.drand.sh returns it, to `board draw run`
    beacon_json = tmp / "657413.json"
    beacon_json.write_text(json.dumps({k: ROUND[k] for k in ("round", "randomness", "signature")}))
    drew = cli("draw", "run", OPPORTUNITY, "--round-json", beacon_json,
               "--content", repo / "content")  # fmt: skip
    assert drew.exit_code == 0, drew.output
    before = commit_all(repo, "Draw", when=DRAWN)
    order = yaml.safe_load((repo / OUTCOMES / "draw.yaml").read_text())["ranking"]

    # the first of the ranking declines: recorded, and the award goes to the second
    write(repo, "award.yaml", {
        "opportunity": OPPORTUNITY,
        "passed_over": [{
            "receipt": order[0], "reason": "declined", "date": "2023-09-18",
            "explanation": {"en": "The supplier declined.", "fr": "Le fournisseur a refusé."},
        }],
        "award": {"receipt": order[1], "supplier": NAMES[next(
            a for a, r in receipt.items() if r == order[1])], "date": "2023-09-19", "price": 6500},
    })  # fmt: skip
    problems = run([], repo / "content").problems
    assert not [p for p in problems if p.is_error], [p.text() for p in problems]
    after = commit_all(repo, "Award", when=AWARDED)
    return Story(repo, tmp, key_file, issues, receipt, letter, order, drew, before, after)


def test_from_posting_to_every_applicant_answered(story: Story) -> None:
    repo, receipt = story.repo, story.receipt
    # the draw: made from the real round, every passing receipt ranked by the documented rule
    assert f"round 657413, selected {story.ranking[0]}" in story.drew.output
    expected = ranking.rank("pass-fail-draw", OPPORTUNITY,
                            [(receipt["ada"], None), (receipt["bob"], None)], ROUND["randomness"])  # fmt: skip
    assert story.ranking == list(expected)
    verified = cli("draw", "verify", OPPORTUNITY, "--content", repo / "content")
    assert verified.exit_code == 0, verified.output
    for said in ("signature of round 657413 verifies", "at least 10 minutes after the evaluation "
                 "record was merged", "ranking recomputed", "has not changed in git history",
                 "The draw holds."):  # fmt: skip
        assert said in verified.output
    french = cli("draw", "verify", OPPORTUNITY, "--lang", "fr", "--content", repo / "content")
    assert french.exit_code == 0, french.output
    assert "vérifié hors ligne" in french.output and "Le tirage est valide." in french.output

    # the award workflow's decisions, from the issues as the REST API lists them
    listed = story.tmp / "issues.json"
    listed.write_text("\n".join(json.dumps(i) for i in story.issues))
    out = cli("award-answers", "--before", story.before, "--after", story.after, "--issues",
              listed, "--repo", repo, "--site-url", "https://board.example/")  # fmt: skip
    assert out.exit_code == 0, out.output
    answers = {a["issue"]: a["comment"] for a in json.loads(out.output)}
    assert sorted(answers) == [1, 2, 3]  # dan withdrew: no answer
    number = {"ada": 1, "bob": 2, "cleo": 3}
    selected, passed_over = story.who(story.ranking[1]), story.who(story.ranking[0])

    def first(who: str, en: str, fr: str) -> None:
        """Both languages, the applicant's own first."""
        text = answers[number[who]]
        a, b = (fr, en) if LANGS[who] == "fr" else (en, fr)
        assert text.index(a) < text.index(b), text

    first(selected, "Your application is selected", "Votre candidature est retenue")
    first(passed_over, "Your selection did not go ahead", "Votre sélection")
    assert "the supplier declined the work" in answers[number[passed_over]]
    assert "did not pass every mandatory criterion" in answers[3]
    for text in answers.values():
        assert "`/debrief`" in text and "October 4, 2023" in text and "4 octobre 2023" in text
        assert "https://board.example/fr/opportunities/accessible-pdf-forms/#result" in text

    # the private notices: one e-mail each, their language, their own result per criterion
    results = story.key_file.parent / f"{OPPORTUNITY}-results.yaml"
    inside = cli("applications", "notices", OPPORTUNITY, "--key", story.key_file, "--results",
                 results, "--out", repo / "notices", "--content", repo / "content")  # fmt: skip
    assert inside.exit_code == 2 and "inside the repository" in inside.output
    mail = story.tmp / "mail"
    sent = cli("applications", "notices", OPPORTUNITY, "--key", story.key_file, "--results",
               results, "--out", mail, "--content", repo / "content")  # fmt: skip
    assert sent.exit_code == 0, sent.output
    read = {}
    for who in ("ada", "bob", "cleo"):
        raw = (mail / f"{OPPORTUNITY}-{story.letter[who]}.eml").read_bytes()
        read[who] = email.message_from_bytes(raw, policy=email.policy.default)
    assert read["ada"]["To"] == "Ada Tremblay <ada@example.ca>"
    assert read["ada"]["Subject"].startswith("Résultat de votre candidature")
    body = read["ada"].get_content()
    assert "Votre candidature" in body and "Quarante formulaires." in body and "satisfait" in body
    cleo_body = read["cleo"].get_content()
    assert str(read["cleo"]["To"]) == "Cléo Roy <cleo@example.ca>"
    assert read["cleo"]["X-Unsent"] == "1"
    assert "not passed" in cleo_body and "No example given." in cleo_body
    assert "Forty forms." not in cleo_body and "Thirty forms." not in cleo_body

    # /debrief: acknowledged and listed within ten business days, refused after
    cleo = story.issues[2]
    asked = comment(repo, cleo, "cleo", "/debrief", "2023-09-26T15:00:00Z")
    assert list(asked["add_labels"]) == ["debrief · compte rendu"]
    assert "For the procurement officer" in asked["comment"] and receipt["cleo"] in asked["comment"]
    other = comment(repo, cleo, "mallory", "/debrief", "2023-09-26T15:00:00Z")
    assert not other["add_labels"] and "Only @cleo" in other["comment"]
    late = comment(repo, cleo, "cleo", "/debrief", "2023-10-05T15:00:00Z")
    assert not late["add_labels"] and "ended on October 4, 2023" in late["comment"]
    twice = dict(cleo, labels=[{"name": "debrief · compte rendu"}])
    assert comment(repo, twice, "cleo", "/debrief", "2023-09-27T15:00:00Z")["comment"] == ""


# Each tampering, on its own copy of the story's repository, committed after the award.


@pytest.fixture
def copy(story: Story, tmp_path: Path) -> Path:
    return Path(shutil.copytree(story.repo, tmp_path / "repo", symlinks=True))


def tamper(repo: Path, change: str, *codes: str, verify: bool = True) -> tuple[str, list[str]]:
    """Commit the change; `board draw verify`'s output (when it must fail) and validate's texts."""
    commit_all(repo, change, when="2023-09-20T09:00:00+00:00")
    output = ""
    if verify:
        out = cli("draw", "verify", OPPORTUNITY, "--content", repo / "content")
        output = out.output
        assert out.exit_code == 1, output
        assert "The draw does NOT hold" in output and "Traceback" not in output
    errors = run([], repo / "content").errors
    assert set(codes) <= {p.code for p in errors}, [p.text() for p in errors]
    return output, [p.text() for p in errors if p.code in codes]


def test_a_record_changed_after_the_draw_is_caught(story: Story, copy: Path) -> None:
    path = copy / OUTCOMES / "evaluation.yaml"
    record = yaml.safe_load(path.read_text())
    record["evaluated"] = "2023-09-15"  # any change to the record, even a date
    path.write_text(yaml.safe_dump(record, sort_keys=False))
    output, _ = tamper(copy, "edit", "draw.evaluation-changed", "draw.evaluation-changed-after")
    assert "was changed after the draw was committed" in output


def test_a_round_that_precedes_the_record_is_caught(story: Story, copy: Path) -> None:
    """The record changed (cleo now passes) and the draw rewritten to match it: the round
    now precedes the record's merge, so its value was known when the record was written."""
    passes = [story.receipt[a] for a in ("ada", "bob", "cleo")]
    path = write(copy, "evaluation.yaml", dict(
        yaml.safe_load((copy / OUTCOMES / "evaluation.yaml").read_text()),
        criteria=[{"id": "skills", "failed": 0}], passed=[{"receipt": r} for r in passes],
        not_passed=[],
    ))  # fmt: skip
    draw = yaml.safe_load((copy / OUTCOMES / "draw.yaml").read_text())
    order = ranking.rank("pass-fail-draw", OPPORTUNITY, [(r, None) for r in passes],
                         ROUND["randomness"])  # fmt: skip
    draw.update(
        evaluation_sha256=hashlib.sha256(path.read_bytes()).hexdigest(), ranking=list(order)
    )
    write(copy, "draw.yaml", draw)
    output, texts = tamper(copy, "redo", "draw.round-too-early", "evaluation.round-too-early")
    assert "less than 10 minutes after the evaluation record was merged" in output
    assert any("evaluation.yaml:" in t for t in texts)


def test_a_forged_signature_is_caught(story: Story, copy: Path) -> None:
    path = copy / OUTCOMES / "draw.yaml"
    signature = ROUND["signature"]
    forged = signature[:-1] + ("0" if signature[-1] != "0" else "1")
    path.write_text(path.read_text().replace(signature, forged))
    output, texts = tamper(copy, "forge", "draw.bad-signature")
    assert "is not the beacon's signature of round 657413" in output
    french = cli("draw", "verify", OPPORTUNITY, "--lang", "fr", "--content", copy / "content")
    assert french.exit_code == 1 and "Le tirage N'EST PAS valide" in french.output
    assert any("content/outcomes/accessible-pdf-forms/draw.yaml:" in t for t in texts)


def test_a_ranking_edited_by_hand_is_caught(story: Story, copy: Path) -> None:
    draw = yaml.safe_load((copy / OUTCOMES / "draw.yaml").read_text())
    draw["ranking"] = list(reversed(draw["ranking"]))
    write(copy, "draw.yaml", draw)
    output, _ = tamper(copy, "swap", "draw.wrong-ranking")
    assert "is not the one the rule gives" in output


def test_an_award_to_a_receipt_that_did_not_pass_is_caught(story: Story, copy: Path) -> None:
    award = yaml.safe_load((copy / OUTCOMES / "award.yaml").read_text())
    award["award"]["receipt"] = story.receipt["cleo"]
    write(copy, "award.yaml", award)
    _, texts = tamper(copy, "award cleo", "award.not-passed", verify=False)
    assert any(f"{story.receipt['cleo']} did not pass the evaluation" in t for t in texts), texts
    french = [p.text("fr") for p in run([], copy / "content").errors]
    assert any("n'a pas été jugée conforme" in t for t in french), french


def test_an_award_not_first_in_the_remaining_order_is_caught(story: Story, copy: Path) -> None:
    award = yaml.safe_load((copy / OUTCOMES / "award.yaml").read_text())
    del award["passed_over"]  # nobody declined: the second of the ranking is not next
    write(copy, "award.yaml", award)
    _, texts = tamper(copy, "skip the first", "award.not-first", verify=False)
    message = f"{story.ranking[1]} is not the first of the ranking not passed over; "
    assert any(message + f"{story.ranking[0]} is" in t for t in texts), texts
    assert any("award.yaml:" in t for t in texts)
    # the draw itself still holds: the award is validate's to refuse
    assert cli("draw", "verify", OPPORTUNITY, "--content", copy / "content").exit_code == 0


def test_a_later_push_that_changes_no_standing_answers_nobody_again(
    story: Story, copy: Path
) -> None:
    path = copy / OUTCOMES / "award.yaml"
    path.write_text(path.read_text() + "# typo fixed\n")
    again = commit_all(copy, "Comment", when="2023-09-20T09:00:00+00:00")
    listed = copy.parent / "issues.json"
    listed.write_text("\n".join(json.dumps(i) for i in story.issues))
    out = cli("award-answers", "--before", story.after, "--after", again, "--issues", listed,
              "--repo", copy)  # fmt: skip
    assert out.exit_code == 0 and json.loads(out.output) == []


# After the award (issue #12): the supplier's pull request, one revision, the acceptance and the
# payment, each proposed as a file under content/outcomes/<id>/ and merged on its day, on a copy
# of the story's repository; `board validate` passes at each step and refuses the wrong ones.
# The board is then built once, as the site workflow would after the payment's merge.

PULL_REQUEST = "https://github.com/example-org/pdf-forms/pull/7"
SUBMITTED, REQUESTED, RESUBMITTED = "2023-09-29", "2023-10-03", "2023-10-05"
ACCEPTED, PAID = "2023-10-06", "2023-10-12"
BUILT = datetime.fromisoformat("2023-10-20T12:00:00-04:00")
# Time to award, by hand: closing Thursday 2023-08-31, award Tuesday 2023-09-19. Business days
# after the closing day up to the award: Fri Sep 1 (1); Mon Sep 4 is Labour Day; Tue 5 to Fri 8
# (4, so 5); Mon 11 to Fri 15 (5, so 10); Mon 18 and Tue 19 (2, so 12).
TIME_TO_AWARD = 12
# Time to pay, by hand: accepted Friday 2023-10-06, paid Thursday 2023-10-12. Sat 7 and Sun 8 are
# the weekend, Mon 9 is Thanksgiving; Tue 10, Wed 11, Thu 12: 3 (within the promise of 5).
TIME_TO_PAY = 3
# The most that can be paid: the price, $6,500 before tax, with the board's worst-case tax of
# 15 %: 6,500 x 1.15 = $7,475.00. The supplier is paid exactly that.
AMOUNT = 7475


@dataclass(frozen=True)
class Paid:
    repo: Path
    site: Path
    supplier: str
    steps: list[tuple[str, Result]]  # (commit message, `board validate` before the merge)
    refused: dict[str, dict[str, Any]]  # what was tried -> `board validate --format json`


def propose(repo: Path, name: str, data: dict[str, Any]) -> Result:
    write(repo, name, data)
    return cli("validate", "--content", repo / "content")


def refuse(repo: Path, name: str, data: dict[str, Any]) -> dict[str, Any]:
    """A wrong proposal: `board validate` (as the pull-request check runs it) must fail; the
    file is then put back as it was, so nothing wrong is ever merged."""
    path = repo / OUTCOMES / name
    before = path.read_bytes() if path.exists() else None
    write(repo, name, data)
    out = cli("validate", "--format", "json", "--content", repo / "content")
    assert out.exit_code == 1, out.output
    if before is None:
        path.unlink()
    else:
        path.write_bytes(before)
    report: dict[str, Any] = json.loads(out.output)
    return report


@pytest.fixture(scope="module")
def paid(story: Story, tmp_path_factory: pytest.TempPathFactory) -> Iterator[Paid]:
    with pytest.MonkeyPatch.context() as env:
        env.setenv("BOARD_LANG", "en")
        yield _deliver_and_pay(story, tmp_path_factory.mktemp("paid"))


def _deliver_and_pay(story: Story, tmp: Path) -> Paid:
    repo = Path(shutil.copytree(story.repo, tmp / "repo", symlinks=True))
    summary = {"en": "Form 2 reads the date fields out of order.",
               "fr": "Le formulaire 2 lit les champs de date dans le désordre."}  # fmt: skip
    delivery: dict[str, Any] = {"opportunity": OPPORTUNITY, "pull_request": PULL_REQUEST,
                                "submitted": SUBMITTED}  # fmt: skip
    asked = dict(delivery, revisions=[{"requested": REQUESTED, "summary": summary}])
    revised = dict(delivery, revisions=[dict(asked["revisions"][0], resubmitted=RESUBMITTED)])
    accepted = dict(revised, accepted=ACCEPTED, criteria_met=[True, True, True])
    payment = {"opportunity": OPPORTUNITY, "method": "acquisition-card", "paid": PAID,
               "amount": AMOUNT}  # fmt: skip
    refused, steps = {}, []
    for name, data, day, message in (
        ("delivery.yaml", delivery, SUBMITTED, "Delivery: pull request submitted"),
        ("delivery.yaml", asked, REQUESTED, "Delivery: a revision asked for"),
        ("delivery.yaml", revised, RESUBMITTED, "Delivery: revised work submitted"),
        ("delivery.yaml", accepted, ACCEPTED, "Delivery: work accepted"),
        ("payment.yaml", payment, PAID, "Payment"),
    ):
        if data is revised:  # accepting while the revision is still being made
            refused["accepted, revision pending"] = refuse(repo, name, dict(asked, accepted=REQUESTED,
                                                           criteria_met=[True] * 3))  # fmt: skip
            early = dict(payment, paid=REQUESTED)
            refused["paid, not accepted"] = refuse(repo, "payment.yaml", early)
        if data is payment:
            refused["paid before acceptance"] = refuse(repo, name, dict(payment, paid=RESUBMITTED))
            refused["above the price with tax"] = refuse(repo, name, dict(payment, amount=7475.01))
        steps.append((message, propose(repo, name, data)))
        commit_all(repo, message, when=f"{day}T16:00:00+00:00")
    site = tmp / "site"
    result = build(BuildOptions(REPO / "mkdocs.yml", site, repo / "content", BUILT, site / "no.js"))
    assert result.ok, (result.problems, result.error)
    supplier = NAMES[story.who(story.ranking[1])]
    return Paid(repo, site, supplier, steps, refused)


def test_each_step_after_the_award_is_checked_before_it_is_merged(paid: Paid) -> None:
    for message, validated in paid.steps:
        assert validated.exit_code == 0, (message, validated.output)
    expected = {
        "accepted, revision pending": ("delivery.revision-pending", "delivery.yaml", "accepted",
                                       "accepted while the last revision asked for was not "
                                       "resubmitted", "acceptée alors que la dernière révision"),
        "paid, not accepted": ("payment.not-accepted-yet", "payment.yaml", "paid",
                               "the work was not accepted", "les travaux n'ont pas été acceptés"),
        "paid before acceptance": ("payment.before-acceptance", "payment.yaml", "paid",
                                   f"paid 2023-10-05, before the acceptance of {ACCEPTED}",
                                   f"payé le 2023-10-05, avant l'acceptation du {ACCEPTED}"),
        "above the price with tax": ("payment.over-price", "payment.yaml", "amount",
                                     "7,475.01 is more than the price with tax ($7,475)",
                                     "dépasse le prix taxes comprises (7\u00a0475\u00a0$)"),
    }  # fmt: skip
    assert sorted(paid.refused) == sorted(expected)
    for tried, (code, name, field, en, fr) in expected.items():
        [problem] = [p for p in paid.refused[tried]["problems"] if p["severity"] == "error"]
        assert problem["code"] == code, (tried, problem)
        assert problem["path"].endswith(f"content/outcomes/{OPPORTUNITY}/{name}"), problem
        assert problem["field"] == field and problem["line"] >= 1 and problem["column"] >= 1
        assert en in problem["message"] and fr in problem["message_fr"], (tried, problem)
    # the refused proposals left nothing behind: what was merged is what the steps proposed
    log = git.Repo(paid.repo).git.log("--format=%ad %s", "--date=short", "-5", "--reverse")
    assert log.splitlines() == [
        f"{SUBMITTED} Delivery: pull request submitted", f"{REQUESTED} Delivery: a revision asked for",
        f"{RESUBMITTED} Delivery: revised work submitted", f"{ACCEPTED} Delivery: work accepted",
        f"{PAID} Payment",
    ]  # fmt: skip
    assert cli("validate", "--strict", "--content", paid.repo / "content").exit_code == 0


def test_the_page_shows_delivery_revision_acceptance_and_payment_in_both_languages(
    paid: Paid,
) -> None:
    en, fr = (page_facts.read(paid.site, lang, OPPORTUNITY) for lang in ("en", "fr"))
    assert [(s.day, s.text, s.detail) for s in en.steps] == [
        ("2023-09-19", f"Awarded to {paid.supplier}", ""),
        (SUBMITTED, "Work submitted for review", ""),
        (REQUESTED, "Revision asked for", "Form 2 reads the date fields out of order."),
        (RESUBMITTED, "Revised work submitted", ""),
        (ACCEPTED, "Work accepted", "3 of 3 work acceptance criteria met"),
        (PAID, "Paid $7,475 (Acquisition card)", f"{TIME_TO_PAY} business days after acceptance"),
    ]
    assert [(s.day, s.text, s.detail) for s in fr.steps] == [
        ("2023-09-19", f"Attribuée à {paid.supplier}", ""),
        (SUBMITTED, "Travaux soumis pour examen", ""),
        (REQUESTED, "Révision demandée", "Le formulaire 2 lit les champs de date dans le désordre."),
        (RESUBMITTED, "Travaux révisés soumis", ""),
        (ACCEPTED, "Travaux acceptés", "3 critères d'acceptation des travaux respectés sur 3"),
        (PAID, "Payé 7 475 $ (Carte d'achat)", f"{TIME_TO_PAY} jours ouvrables après l'acceptation"),
    ]  # fmt: skip
    assert [s.shown_day for s in en.steps][-1] == "October 12, 2023"
    assert [s.shown_day for s in fr.steps][1] == "29 septembre 2023"
    for lang, late in (("en", "Late"), ("fr", "En retard")):
        html = (paid.site / lang / "opportunities" / OPPORTUNITY / "index.html").read_text("utf-8")
        assert f'href="{PULL_REQUEST}"' in html  # the delivery's pull request, linked
        timeline = html.split('id="timeline"')[1].split("</section>")[0]
        assert late not in timeline  # submitted before the delivery date, paid within the promise


def test_the_open_data_and_the_feeds_carry_the_delivery_and_the_payment(paid: Paid) -> None:
    data = json.loads((paid.site / "opportunities.json").read_text("utf-8"))
    [record] = [r for r in data["opportunities"] if r["id"] == OPPORTUNITY]
    assert record["delivery_record"] == {
        "pull_request": PULL_REQUEST, "submitted": SUBMITTED,
        "revisions": [{"requested": REQUESTED, "resubmitted": RESUBMITTED, "summary": {
            "en": "Form 2 reads the date fields out of order.",
            "fr": "Le formulaire 2 lit les champs de date dans le désordre."}}],
        "accepted": ACCEPTED, "criteria_met": [True, True, True], "termination": None,
    }  # fmt: skip
    assert record["payment_record"] == {"method": "acquisition-card", "paid": PAID,
                                        "amount": 7475.0}  # fmt: skip
    rows = csv.DictReader(io.StringIO((paid.site / "opportunities.csv").read_text("utf-8")))
    [row] = [r for r in rows if r["id"] == OPPORTUNITY]
    assert [row[k] for k in ("delivery_submitted", "delivery_accepted", "paid", "amount_paid")] == [
        SUBMITTED, ACCEPTED, PAID, "7475.0",
    ]  # fmt: skip
    titles = {
        "en": "Make three PDF forms accessible",
        "fr": "Rendre trois formulaires PDF accessibles",
    }
    words = {"en": ("Delivered: ", "Paid: "), "fr": ("Livrée : ", "Payée : ")}
    for lang, (delivered, paid_word) in words.items():
        feed = feedparser.parse((paid.site / lang / "feed.xml").read_text("utf-8"))
        entries = {(e.title.replace("\u00a0", " "), e.updated[:10]) for e in feed.entries}
        title = titles[lang]
        assert {(delivered + title, ACCEPTED), (paid_word + title, PAID)} <= entries, entries


def test_the_measures_count_this_award_and_payment_in_business_days(paid: Paid) -> None:
    metrics = json.loads((paid.site / "metrics.json").read_text("utf-8"))
    periods = {p["fiscal_year"]: p for p in metrics["periods"]}
    year = periods["2023-2024"]  # closed 2023-08-31: fiscal year 1 April 2023 - 31 March 2024
    [row] = [r for r in year["closed"] if r["id"] == OPPORTUNITY]
    assert (row["time_to_award"], row["time_to_pay"]) == (TIME_TO_AWARD, TIME_TO_PAY)
    assert row["award_on_time"] is False and row["payment_on_time"] is True  # promises: 2 and 5
    assert row["applications"] == 3  # ada, bob, cleo; dan withdrew
    for period in (year, periods["total"]):
        award, pay = period["time_to_award"], period["time_to_pay"]
        assert (award["median"], award["slowest"], award["late"]) == (TIME_TO_AWARD,) * 2 + (1,)
        assert (pay["median"], pay["slowest"], pay["on_time"]) == (TIME_TO_PAY, TIME_TO_PAY, 1)
        assert (period["value"]["awarded"], period["value"]["paid"]) == (6500, AMOUNT)
    rows = {r["fiscal_year"]: r for r in csv.DictReader(
        io.StringIO((paid.site / "metrics.csv").read_text("utf-8")))}  # fmt: skip
    assert rows["2023-2024"]["time_to_award_median"] == str(TIME_TO_AWARD)
    assert rows["2023-2024"]["time_to_pay_median"] == str(TIME_TO_PAY)


def test_the_ocds_record_holds_the_contract_and_its_payment_as_the_page_shows(paid: Paid) -> None:
    releases = json.loads((paid.site / "ocds" / "release-package.json").read_text("utf-8"))
    records = json.loads((paid.site / "ocds" / "record-package.json").read_text("utf-8"))
    assert ocds_errors(releases, "release-package-schema.json") == []
    assert ocds_errors(records, "record-package-schema.json") == []
    ours = [r for r in releases["releases"] if r["ocid"].endswith(f"-{OPPORTUNITY}")]
    assert [r["tag"] for r in ours[-2:]] == [["contractTermination"], ["implementation"]]
    [record] = [r for r in records["records"] if r["ocid"].endswith(f"-{OPPORTUNITY}")]
    compiled = record["compiledRelease"]
    [award], [contract] = compiled["awards"], compiled["contracts"]
    [payment] = contract["implementation"]["transactions"]
    assert contract["status"] == "terminated" and contract["awardID"] == award["id"]
    assert contract["implementation"]["documents"][0]["url"] == PULL_REQUEST
    for lang in ("en", "fr"):
        page = page_facts.read(paid.site, lang, OPPORTUNITY)
        assert award["suppliers"][0]["name"] == page.supplier() == paid.supplier
        assert award["date"][:10] == contract["dateSigned"][:10] == page.award_day()
        assert contract["value"] == {"amount": float(page.award_price()), "currency": "CAD"}
        assert (payment["date"][:10], payment["value"]["amount"]) == tuple(
            (day, float(amount)) for day, amount in [page.paid()]
        )[0]
    assert (payment["date"][:10], payment["value"]) == (PAID, {"amount": 7475.0, "currency": "CAD"})
