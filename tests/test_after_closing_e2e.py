"""After closing, end to end in a real git repository (issue #10): posting, sealed applications
(two pass, one does not, one is withdrawn), opening, the evaluation record, the award, the
answers on every issue, the private notices and /debrief.

The draw is issue #10's other half and is tested with its own recorded beacon rounds; here
``draw.yaml`` is a hand-written fixture with the contract's shape (round and ranking only).
"""

from __future__ import annotations

import email
import email.policy
import json
from pathlib import Path

import yaml
from click.testing import CliRunner, Result

from board.cli import main
from board.forms import Form
from board.intake import dispatch, event
from board.validate import run
from conftest import OPPORTUNITY, application, commit_all, render, webhook, write_event

AFTER_CLOSING = "2027-01-30T05:00:00Z"
OUTCOMES = Path("content") / "outcomes" / OPPORTUNITY


def cli(*args: str | Path) -> Result:
    return CliRunner().invoke(main, [str(a) for a in args], catch_exceptions=False)


def post(repo: Path, tmp: Path, form: Form, who: str, number: int, lang: str, text: str) -> dict:
    """Seal with `board seal`, post as an issue, let intake record it; the issue as GitHub has it."""
    name = {"ada": "Ada Tremblay", "bob": "Bob Li", "cleo": "Cléo Roy", "dan": "Dan Poe"}[who]
    answers = application(name=name, email=f"{who}@example.ca", language=lang)
    answers_file = tmp / f"{who}.yaml"
    answers_file.write_text(yaml.safe_dump(dict(answers.to_json(), answers={"skills": text})))
    sealed = cli("seal", "--opportunity", OPPORTUNITY, "--answers", answers_file,
                 "--content", repo / "content")  # fmt: skip
    assert sealed.exit_code == 0, sealed.output
    values = {"opportunity": OPPORTUNITY, "envelope": sealed.output}
    values["language"] = "Français" if lang == "fr" else "English"
    data = webhook("issues", render(form, values), author=who, number=number,
                   at=f"2027-01-2{number}T15:00:00Z")  # fmt: skip
    out = cli("intake", "--event", write_event(tmp, data, f"{who}.json"), "--repo", repo,
              "--write-ledger")  # fmt: skip
    assert out.exit_code == 0 and "received" in json.loads(out.output)["summary"], out.output
    return dict(data["issue"], state="closed")  # intake closes a received application


def write(repo: Path, name: str, data: dict) -> None:
    path = repo / OUTCOMES / name
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(yaml.safe_dump(data, allow_unicode=True, sort_keys=False))


def comment(repo: Path, issue: dict, who: str, text: str, at: str) -> dict:
    data = webhook("issue_comment", issue["body"], author=issue["user"]["login"], commenter=who,
                   number=issue["number"], comment=text, at=at)  # fmt: skip
    data["issue"]["labels"] = issue.get("labels", [])
    decision = dispatch.decide(event.from_payload("issue_comment", data), repo, None)  # type: ignore[arg-type]
    return decision.to_json()


def test_from_posting_to_every_applicant_answered(
    repo: Path, tmp_path: Path, form: Form, key_file: Path
) -> None:
    commit_all(repo, "Post the opportunity")
    issues = [
        post(repo, tmp_path, form, "ada", 1, "fr", "Quarante formulaires PDF balisés."),
        post(repo, tmp_path, form, "bob", 2, "en", "Thirty tagged PDF forms."),
        post(repo, tmp_path, form, "cleo", 3, "en", "I like PDFs."),
        post(repo, tmp_path, form, "dan", 4, "en", "Changed my mind."),
    ]
    withdrawn = comment(repo, issues[3], "dan", "/withdraw", "2027-01-25T10:00:00Z")
    assert "withdrew" in withdrawn["summary"]
    from board.intake.decision import Decision, LedgerChange
    from board.writers import write_ledger

    write_ledger(Decision(ledger=tuple(LedgerChange(**c) for c in withdrawn["ledger"])), repo)
    commit_all(repo, "Intake")
    book = yaml.safe_load((repo / "content/applications" / f"{OPPORTUNITY}.yaml").read_text())
    receipt = {e["account"]: e["receipt"] for e in book["applications"]}

    # opening: the packet and the identities, outside the repository
    officer = tmp_path / "officer"
    opened = cli("applications", "open", OPPORTUNITY, "--key", key_file, "--out", officer,
                 "--content", repo / "content", "--now", AFTER_CLOSING)  # fmt: skip
    assert opened.exit_code == 0, opened.output
    people = yaml.safe_load((officer / f"{OPPORTUNITY}-identities.yaml").read_text())
    letter = {row["account"]: row["application"] for row in people["applications"]}
    assert set(letter) == {"ada", "bob", "cleo"}  # the withdrawn one is not opened

    # the client team decides on letters; the officer keeps the results beside the packet
    def result(passed: bool, en: str, fr: str) -> dict:
        return {"criteria": [{"id": "skills", "passed": passed, "comment": {"en": en, "fr": fr}}]}

    results = {"opportunity": OPPORTUNITY, "applications": [
        {"application": letter["ada"], **result(True, "Forty forms.", "Quarante formulaires.")},
        {"application": letter["bob"], **result(True, "Thirty forms.", "Trente formulaires.")},
        {"application": letter["cleo"], **result(False, "No example given.", "Aucun exemple.")},
    ]}  # fmt: skip
    (officer / f"{OPPORTUNITY}-results.yaml").write_text(yaml.safe_dump(results))

    # the public evaluation record, then the draw (a fixture here: bob drawn first)
    write(repo, "evaluation.yaml", {
        "opportunity": OPPORTUNITY, "evaluated": "2027-02-01", "method": "pass-fail-draw",
        "criteria": [{"id": "skills", "failed": 1}],
        "passed": [{"receipt": receipt["ada"]}, {"receipt": receipt["bob"]}],
        "not_passed": [receipt["cleo"]], "draw_round": 12345678,
    })  # fmt: skip
    write(repo, "draw.yaml", {"opportunity": OPPORTUNITY, "round": 12345678,
                              "ranking": [receipt["bob"], receipt["ada"]]})  # fmt: skip
    before = commit_all(repo, "Evaluation record and draw")

    # an award that skips the first of the ranking is refused; so is one to a failed receipt
    award = {
        "opportunity": OPPORTUNITY,
        "award": {
            "receipt": receipt["ada"],
            "supplier": "Ada Tremblay",
            "date": "2027-02-03",
            "price": 6500,
        },
    }
    write(repo, "award.yaml", award)
    codes = {p.code for p in run([], repo / "content").problems if p.is_error}
    assert codes == {"award.not-first"}
    write(repo, "award.yaml", dict(award, award=dict(award["award"], receipt=receipt["cleo"])))
    assert {p.code for p in run([], repo / "content").problems if p.is_error} == {
        "award.not-passed"
    }
    # bob declines: recorded, and the award moves to ada
    award["passed_over"] = [{
        "receipt": receipt["bob"], "reason": "declined", "date": "2027-02-02",
        "explanation": {"en": "The supplier declined.", "fr": "Le fournisseur a refusé."},
    }]  # fmt: skip
    write(repo, "award.yaml", award)
    assert run([], repo / "content").passed(), [
        p.text() for p in run([], repo / "content").problems
    ]
    after = commit_all(repo, "Award")

    # the award workflow's decisions, from the issues as the REST API lists them
    listed = tmp_path / "issues.json"
    listed.write_text("\n".join(json.dumps(i) for i in issues))
    out = cli("award-answers", "--before", before, "--after", after, "--issues", listed,
              "--repo", repo, "--site-url", "https://board.example/")  # fmt: skip
    assert out.exit_code == 0, out.output
    answers = {a["issue"]: a for a in json.loads(out.output)}
    assert sorted(answers) == [1, 2, 3]  # dan withdrew: no answer
    ada, bob, cleo = answers[1]["comment"], answers[2]["comment"], answers[3]["comment"]
    assert ada.index("Votre candidature est retenue") < ada.index("Your application is selected")
    assert bob.index("Your selection did not go ahead") < bob.index("Votre sélection")
    assert "the supplier declined the work" in bob
    assert "did not pass every mandatory criterion" in cleo
    for text in (ada, bob, cleo):
        assert "`/debrief`" in text and "February 17, 2027" in text and "17 février 2027" in text
        assert "https://board.example/fr/opportunities/accessible-pdf-forms/#result" in text
    assert not any(a["close"] for a in answers.values())  # already closed by intake

    # a later push that does not change anyone's standing answers nobody again
    (repo / OUTCOMES / "award.yaml").write_text(
        (repo / OUTCOMES / "award.yaml").read_text() + "# typo fixed\n"
    )
    again = commit_all(repo, "Comment")
    out = cli("award-answers", "--before", after, "--after", again, "--issues", listed,
              "--repo", repo)  # fmt: skip
    assert json.loads(out.output) == []

    # the private notices: one e-mail each, their language, their own result per criterion
    inside = cli("applications", "notices", OPPORTUNITY, "--key", key_file, "--results",
                 officer / f"{OPPORTUNITY}-results.yaml", "--out", repo / "notices",
                 "--content", repo / "content")  # fmt: skip
    assert inside.exit_code == 2 and "inside the repository" in inside.output
    mail = tmp_path / "mail"
    sent = cli("applications", "notices", OPPORTUNITY, "--key", key_file, "--results",
               officer / f"{OPPORTUNITY}-results.yaml", "--out", mail,
               "--content", repo / "content")  # fmt: skip
    assert sent.exit_code == 0, sent.output
    read = {}
    for who in ("ada", "bob", "cleo"):
        raw = (mail / f"{OPPORTUNITY}-{letter[who]}.eml").read_bytes()
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
    asked = comment(repo, issues[2], "cleo", "/debrief", "2027-02-10T15:00:00Z")
    assert list(asked["add_labels"]) == ["debrief · compte rendu"]
    assert "For the procurement officer" in asked["comment"] and receipt["cleo"] in asked["comment"]
    other = comment(repo, issues[2], "mallory", "/debrief", "2027-02-10T15:00:00Z")
    assert not other["add_labels"] and "Only @cleo" in other["comment"]
    late = comment(repo, issues[2], "cleo", "/debrief", "2027-02-18T15:00:00Z")
    assert not late["add_labels"] and "ended on February 17, 2027" in late["comment"]
    twice = dict(issues[2], labels=[{"name": "debrief · compte rendu"}])
    assert comment(repo, twice, "cleo", "/debrief", "2027-02-11T15:00:00Z")["comment"] == ""
