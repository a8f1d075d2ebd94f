"""Applying, replacing, withdrawing and asking by e-mail (`board intake --email FILE.eml`): real
.eml files built with Python's `email` package, decided into the same ledger as the issues, with
the reply written as an .eml file. Hostile messages end in a reply or a clear error, never a
traceback, never a half-written file."""

from __future__ import annotations

import json
import re
from pathlib import Path
from typing import Any

import pytest
import yaml
from click.testing import CliRunner, Result
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from board import catalog
from board.applications import ledger
from board.cli import main
from board.intake import dispatch, event, messages
from board.intake.mail import body, decide, texts
from board.intake.mail import message as message_module
from board.validate import run
from board.writers import write_ledger
from conftest import OPPORTUNITY, SAMPLE, render, sealed, webhook
from mail_helpers import HOST, MAIL_KEY, MAILBOX, message, read, write

NOW = "2027-01-20T16:00:00+00:00"


@pytest.fixture(autouse=True)
def mail_key(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("BOARD_MAIL_KEY", MAIL_KEY)
    monkeypatch.delenv("BOARD_MAIL_KEY_FILE", raising=False)


def intake(repo: Path, path: Path, *more: str) -> Result:
    return CliRunner().invoke(
        main, ["intake", "--email", str(path), "--repo", str(repo), "--now", NOW, *more]
    )


def decided(repo: Path, path: Path) -> dict[str, Any]:
    result = intake(repo, path)
    assert result.exit_code == 0, result.output
    assert result.exception is None
    out: dict[str, Any] = json.loads(result.output)
    return out


def entries(repo: Path, oid: str = OPPORTUNITY) -> list[dict[str, Any]]:
    path = repo / ledger.relative_path(oid)
    return yaml.safe_load(path.read_text())["applications"] if path.exists() else []


def reply_text(path: Path) -> str:
    reply = read(path.with_name(path.name + ".reply.eml"))
    content = reply.get_body(("plain",))
    assert content is not None
    return str(content.get_content())


def both(text: str, *fragments: str) -> None:
    english, french = text.split("\n---\n")
    for fragment in fragments:
        assert fragment in english and fragment in french, fragment


def test_an_emailed_application_is_received_in_the_same_ledger_with_an_eml_receipt(
    repo: Path, tmp_path: Path
) -> None:
    path = write(tmp_path, message(text=f"Bonjour,\n\n{sealed(repo)}\nAda"))
    out = decided(repo, path)
    assert out["kind"] == "application" and out["ledger"] == [ledger.relative_path(OPPORTUNITY)]
    [entry] = entries(repo)
    assert entry["channel"] == "email" and entry["status"] == "received"
    assert re.fullmatch(r"email:[0-9a-f]{20}", entry["account"])
    assert "issue" not in entry and "account_id" not in entry
    assert entry["received"] == "2027-01-20T15:04:05Z"  # the board's server, not the Date: line
    text = (repo / ledger.relative_path(OPPORTUNITY)).read_text()
    assert "ada@" not in text and "example.ca" not in text and "a1@mail" not in text
    # the receipt is recomputed from the public entry by board validate
    assert run([], repo / "content").passed(), run([], repo / "content").problems
    reply = read(Path(out["reply"]))
    assert reply["To"] == "ada@example.ca" and MAILBOX in str(reply["From"])
    assert reply["In-Reply-To"] == "<a1@mail.example.ca>"
    assert "<a1@mail.example.ca>" in reply["References"]
    assert reply["Auto-Submitted"] == "auto-replied"
    assert f"[{OPPORTUNITY}]" in reply["Subject"]
    body = reply_text(path)
    both(body, entry["receipt"], entry["sha256"], "2027-01-20 15:04:05")
    assert "WITHDRAW" in body and "RETRAIT" in body and "/withdraw" not in body
    assert f"Receipt: {entry['receipt']}" in body and f"Reçu\u00a0: {entry['receipt']}" in body
    assert "**" not in body and "|---" not in body  # plain text, not Markdown
    assert "Edit this issue" not in body and "ticket" not in body.split("---")[1]


def test_the_time_received_is_the_board_servers_stamp_never_the_senders_headers(
    repo: Path, tmp_path: Path
) -> None:
    late = message(
        text=sealed(repo),
        received="2027-01-30T05:00:00Z",  # one second after closing, by the board's server
        date="Fri, 29 Jan 2027 12:00:00 -0500",  # the sender says noon
        below=(("Received", f"from x by {HOST}; Fri, 29 Jan 2027 12:00:01 -0500"),),
    )
    decided(repo, write(tmp_path, late))
    assert entries(repo) == []
    body = reply_text(tmp_path / "mail.eml")
    assert "Application refused" in body and "Candidature refusée" in body
    no_date = message(text=sealed(repo), date=None, message_id="<a2@mail.example.ca>")
    decided(repo, write(tmp_path, no_date, "nodate.eml"))
    assert [e["received"] for e in entries(repo)] == ["2027-01-20T15:04:05Z"]


def test_two_emails_racing_at_the_deadline_are_judged_by_the_second(
    repo: Path, tmp_path: Path
) -> None:
    on_time = message(text=sealed(repo), received="2027-01-30T04:59:59Z")
    too_late = message(
        text=sealed(repo), sender="bob@example.ca", received="2027-01-30T05:00:00Z",
        auth="dkim=pass header.d=example.ca", message_id="<b1@mail.example.ca>",
    )  # fmt: skip
    decided(repo, write(tmp_path, too_late, "late.eml"))  # processed first
    decided(repo, write(tmp_path, on_time, "on-time.eml"))
    assert [(e["received"], e["status"]) for e in entries(repo)] == [
        ("2027-01-30T04:59:59Z", "received")
    ]


@pytest.mark.parametrize(
    "forgery",
    [
        pytest.param({"auth": None}, id="no-authentication-results"),
        pytest.param({"auth": "dkim=fail header.d=example.ca; dmarc=fail"}, id="failed"),
        pytest.param({"auth": "dkim=pass header.d=attacker.example"}, id="other-domain"),
        pytest.param({"auth": "dkim=pass header.d=ca"}, id="top-level-domain-only"),
        pytest.param(
            {"auth": None, "below": (("Authentication-Results", f"{HOST}; dmarc=pass"),)},
            id="forged-by-the-sender",
        ),
    ],
)
def test_a_sender_address_the_boards_server_did_not_verify_changes_nothing(
    repo: Path, tmp_path: Path, forgery: dict[str, Any]
) -> None:
    good = message(text=sealed(repo))
    decided(repo, write(tmp_path, good))
    before = entries(repo)
    forged = message(text=sealed(repo), message_id="<evil@attacker.example>", **forgery)
    forged_path = write(tmp_path, forged, "forged.eml")
    decided(repo, forged_path)
    assert entries(repo) == before  # Ada's application is neither replaced nor withdrawn
    both(reply_text(forged_path), "DKIM", "DMARC")


def test_html_only_quoted_and_split_messages_are_read(repo: Path, tmp_path: Path) -> None:
    def html(block: str) -> str:
        lines = "<br>\n".join(block.splitlines())  # as mail programs write it: no <pre>
        return f"<html><head><style>p {{}}</style></head><body><p>Bonjour</p><div>{lines}</div></body></html>"

    def quoted(block: str) -> str:
        return "Voici mon bloc :\n\n" + "".join(f"> {line}\n" for line in block.splitlines())

    def split(block: str, **kw: Any) -> Any:
        msg = message(text=block[:400], **kw)
        msg.add_attachment(block[400:], disposition="inline")  # a second inline text part
        return msg

    cases = {
        "html.eml": lambda b, **kw: message(text=None, html=html(b), **kw),
        "quoted.eml": lambda b, **kw: message(text=quoted(b), **kw),
        "split.eml": split,
        "both.eml": lambda b, **kw: message(text=b, html=html(b), **kw),
    }
    for day, (name, make) in enumerate(cases.items(), start=21):
        block = sealed(repo)
        msg = make(block, received=f"2027-01-{day}T10:00:00Z", message_id=f"<{name}@x.ca>")
        out = decided(repo, write(tmp_path, msg, name))
        assert out["summary"].startswith("received"), (name, out)
        assert entries(repo)[-1]["envelope"] == block, name


def test_attachments_are_never_opened_and_the_reply_says_where_the_block_goes(
    repo: Path, tmp_path: Path
) -> None:
    msg = message(text="Ci-joint.", attachments=(("bloc.txt", sealed(repo).encode()),))
    path = write(tmp_path, msg)
    out = decided(repo, path)
    assert out["kind"] == "application" and out["ledger"] == []
    both(reply_text(path), "-----BEGIN SEALED APPLICATION-----")
    assert "Attachments are never opened" in reply_text(path)


def test_an_oversized_email_is_answered_without_being_read(repo: Path, tmp_path: Path) -> None:
    msg = message(text=sealed(repo), attachments=(("big.bin", b"\0" * 1_200_000),))
    path = write(tmp_path, msg)
    out = decided(repo, path)
    assert out["ledger"] == [] and entries(repo) == []
    assert "over the limit" in reply_text(path) and "au-delà de la limite" in reply_text(path)


def test_a_block_for_another_opportunity_is_sent_back(repo: Path, tmp_path: Path) -> None:
    path = write(tmp_path, message(text=sealed(repo, SAMPLE)))
    decided(repo, path)
    assert entries(repo) == [] and entries(repo, SAMPLE) == []
    both(reply_text(path), SAMPLE, OPPORTUNITY)


def test_a_block_posted_first_on_github_by_someone_else_makes_the_email_a_copy(
    repo: Path, tmp_path: Path, form: Any
) -> None:
    block = sealed(repo)
    issue = webhook("issues", render(form, {"opportunity": OPPORTUNITY, "envelope": block}))
    write_ledger(dispatch.decide(event.from_payload("issues", issue), repo, NOW_DT), repo)
    copied = message(text=block, received="2027-01-20T16:00:00Z")
    path = write(tmp_path, copied)
    decided(repo, path)
    first, copy = entries(repo)
    assert (first["issue"], first["status"]) == (1, "received")
    assert (copy["channel"], copy["status"]) == ("email", "copy")
    assert "another applicant" in reply_text(path)


def test_a_later_email_replaces_the_earlier_and_a_withdrawal_needs_the_receipt(
    repo: Path, tmp_path: Path
) -> None:
    decided(repo, write(tmp_path, message(text=sealed(repo)), "1.eml"))
    later = message(text=sealed(repo), received="2027-01-21T10:00:00Z", message_id="<a3@x.ca>")
    decided(repo, write(tmp_path, later, "2.eml"))
    first, second = entries(repo)
    assert (first["status"], second["status"]) == ("superseded", "received")
    vague = message(
        text="", subject="WITHDRAW", received="2027-01-22T10:00:00Z", message_id="<w0@x.ca>"
    )
    decided(repo, write(tmp_path, vague, "w0.eml"))
    assert entries(repo)[1]["status"] == "received"
    retrait = message(
        text=f"Merci.\n\n> Reçu {second['receipt']}",
        subject="RETRAIT — reçu de ma candidature",  # non-ASCII: sent as an encoded word
        received="2027-01-22T10:00:00Z",
        message_id="<w1@x.ca>",
    )
    path = write(tmp_path, retrait, "w1.eml")
    assert b"=?utf-8?" in path.read_bytes()
    out = decided(repo, path)
    assert out["kind"] == "withdrawal"
    assert [e["status"] for e in entries(repo)] == ["superseded", "withdrawn"]
    both(reply_text(path), second["receipt"])
    assert run([], repo / "content").passed(), run([], repo / "content").problems


def test_someone_elses_receipt_withdraws_nothing(repo: Path, tmp_path: Path) -> None:
    decided(repo, write(tmp_path, message(text=sealed(repo)), "1.eml"))
    [entry] = entries(repo)
    other = message(
        text="", subject=f"WITHDRAW {entry['receipt']}", sender="bob@example.ca",
        received="2027-01-22T10:00:00Z", message_id="<b@x.ca>",
    )  # fmt: skip
    path = write(tmp_path, other, "bob.eml")
    decided(repo, path)
    assert entries(repo)[0]["status"] == "received"
    both(reply_text(path), entry["receipt"])


def test_the_same_email_processed_twice_changes_nothing_and_sends_nothing_more(
    repo: Path, tmp_path: Path
) -> None:
    block = sealed(repo)
    path = write(tmp_path, message(text=block))
    decided(repo, path)
    ledger_text = (repo / ledger.relative_path(OPPORTUNITY)).read_text()
    receipt = yaml.safe_load(ledger_text)["applications"][0]["receipt"]
    path.with_name(path.name + ".reply.eml").unlink()
    again = decided(repo, path)
    assert again["ledger"] == [] and again["reply"] is False
    assert (repo / ledger.relative_path(OPPORTUNITY)).read_text() == ledger_text
    assert not path.with_name(path.name + ".reply.eml").exists()
    # the same block in a new message: nothing changes, and the sender is told the receipt again
    resent = message(text=block, received="2027-01-21T10:00:00Z", message_id="<r@mail.example.ca>")
    out = decided(repo, write(tmp_path, resent, "resent.eml"))
    assert out["ledger"] == []
    assert (repo / ledger.relative_path(OPPORTUNITY)).read_text() == ledger_text
    both(reply_text(tmp_path / "resent.eml"), receipt)


def test_a_question_by_email_is_acknowledged_with_the_question_rules(
    repo: Path, tmp_path: Path
) -> None:
    ask = message(text="Can I use Python?", subject=f"Question [{OPPORTUNITY}]")
    path = write(tmp_path, ask)
    out = decided(repo, path)
    assert out["kind"] == "question" and out["ledger"] == []
    body = reply_text(path)
    assert "Thank you for your question" in body and "Merci de votre question" in body
    assert "This issue" not in body and "without your name" in body
    reference = re.search(r"email: ([0-9a-f]{20}), asked: (\S+)", out["summary"])
    assert reference and f"reference is {reference.group(1)}" in body
    # the team answers it on the board like any question, citing the reference
    path_yaml = repo / "content" / "opportunities" / f"{OPPORTUNITY}.yaml"
    original = path_yaml.read_text()
    answered = (
        f"questions:\n- email: {reference.group(1)}\n  asked: {reference.group(2)}\n"
        "  answered: 2027-01-21\n  question: {en: Can I use Python?, fr: Puis-je utiliser Python?}\n"
        "  answer: {en: Yes., fr: Oui.}\n"
    )
    path_yaml.write_text(original + answered)
    assert run([], repo / "content").passed(), run([], repo / "content").problems
    path_yaml.write_text(original + answered + "  issue: 3\n")  # an issue and an e-mail at once
    assert not run([], repo / "content").passed()
    late = message(text="?", subject=f"Question [{OPPORTUNITY}]", received="2027-01-29T20:00:00Z")
    late_path = write(tmp_path, late, "late.eml")
    decided(repo, late_path)
    assert "Thank you" not in reply_text(late_path)
    vague = write(tmp_path, message(text="Hello?", subject="Question"), "vague.eml")
    decided(repo, vague)
    both(reply_text(vague), "[accessible-pdf-forms]")


def test_an_automatic_message_is_never_answered(repo: Path, tmp_path: Path) -> None:
    msg = message(text="I am away.", below=(("Auto-Submitted", "auto-replied"),))
    path = write(tmp_path, msg)
    out = decided(repo, path)
    assert out["kind"] == "automatic" and not path.with_name("mail.eml.reply.eml").exists()


def test_files_the_boards_server_did_not_deliver_are_refused_without_a_traceback(
    repo: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    outside = message(
        text=sealed(repo),
        top=(("Received", "by mx.elsewhere.example; Wed, 20 Jan 2027 10:00:00 -0500"),),
    )
    cases = {
        "empty.eml": b"",
        "binary.eml": b"\xff\xfe\x00" * 1000,
        "outside.eml": outside.as_bytes(),
        "no-from.eml": message(text="x", sender="").as_bytes(),
        "two-from.eml": message(text="x", sender="a@example.ca, b@example.ca").as_bytes(),
        "no-date.eml": message(text="x").as_bytes().replace(b"; Wed, 20 Jan 2027", b"; never", 1),
    }
    for name, data in cases.items():
        path = tmp_path / name
        path.write_bytes(data)
        result = intake(repo, path)
        assert result.exit_code != 0 and isinstance(result.exception, SystemExit), name
        assert "Traceback" not in result.output and "Error" in result.output, name
        assert entries(repo) == [] and not path.with_name(name + ".reply.eml").exists()
    good = write(tmp_path, message(text=sealed(repo)))
    monkeypatch.delenv("BOARD_MAIL_KEY")
    assert "BOARD_MAIL_KEY" in intake(repo, good).output
    inside = repo / "mail.key"
    inside.write_text(MAIL_KEY)
    monkeypatch.setenv("BOARD_MAIL_KEY_FILE", str(inside))
    assert "outside the repository" in intake(repo, good).output
    assert entries(repo) == []


NOW_DT = __import__("datetime").datetime.fromisoformat(NOW)


def test_an_emailed_application_opens_after_closing_with_the_others(
    repo: Path, tmp_path: Path, key_file: Path
) -> None:
    decided(repo, write(tmp_path, message(text=sealed(repo))))
    [entry] = entries(repo)
    out = tmp_path / "officer" / "opened"
    result = CliRunner().invoke(
        main,
        ["applications", "open", OPPORTUNITY, "--key", str(key_file), "--out", str(out),
         "--now", "2027-01-30T12:00:00+00:00", "--content", str(repo / "content")],
    )  # fmt: skip
    assert result.exit_code == 0, result.output
    who = yaml.safe_load((out / f"{OPPORTUNITY}-identities.yaml").read_text())
    [row] = who["applications"]
    assert row["receipt"] == entry["receipt"] and row["message"] == entry["message"]
    assert row["email"] == "ada@example.ca"  # inside the sealed block, for the officer only


def test_a_gateways_subject_tag_and_an_odd_message_id_do_not_stop_an_application(
    repo: Path, tmp_path: Path
) -> None:
    odd = message(
        text=sealed(repo),
        subject=f"[EXTERNAL] Re: Application · Candidature [{OPPORTUNITY}]",
        message_id="<placeholder@x.ca>",
        below=(("References", "<ok@x.ca> not-an-id " + "<y@x.ca> " * 500),),
    )
    raw = odd.as_bytes().replace(  # raw 8-bit bytes, as a careless mail program writes them
        b"<placeholder@x.ca>", "<é évil \x7f".encode() + b"x" * 3000 + b">"
    )
    path = tmp_path / "odd.eml"
    path.write_bytes(raw)
    out = decided(repo, path)
    assert out["summary"].startswith("received"), out
    reply = read(Path(out["reply"]))
    assert reply["In-Reply-To"] is None  # not a message id: no threading, no crash
    question = message(text="?", subject=f"[EXTERNAL] Question [{OPPORTUNITY}]", message_id="<q@x>")
    assert "acknowledged" in decided(repo, write(tmp_path, question, "q.eml"))["summary"]


SERVER_LINES = (
    f"Authentication-Results: {HOST}; dkim=pass header.d=example.ca\r\n"
    f"Received: from x by {HOST}; Wed, 20 Jan 2027 10:04:05 -0500\r\n"
)
mail_bytes = st.binary(max_size=3000) | st.text(max_size=3000).map(
    lambda t: t.encode("utf-8", "surrogatepass")
)


@settings(suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(rest=mail_bytes, headed=st.booleans())
def test_any_bytes_are_read_as_an_email_or_refused_with_the_projects_own_error(
    tmp_path: Path, rest: bytes, headed: bool
) -> None:
    path = tmp_path / "any.eml"
    path.write_bytes((SERVER_LINES.encode() if headed else b"") + rest)
    try:
        mail = message_module.read(path, HOST)
    except message_module.MailError:
        return
    body.blocks(mail.text)  # and whatever the text, finding blocks never fails
    decide.kind_of(mail)


@pytest.mark.parametrize("code", sorted(texts.WORDING))
def test_every_issue_wording_is_replaced_in_an_email_reply(code: str) -> None:
    """The e-mail reply swaps each message that speaks of issues; a change to the issue wording
    (intake/messages.py, or the catalogs) that the swap no longer finds fails here."""
    issue = tuple(catalog.forms(lang, f"intake.{code}")[0] for lang in ("en", "fr"))
    names = set(re.findall(r"\{(\w+)\}", "".join(issue)))
    values = {name: f"V{i}" for i, name in enumerate(sorted(names))}
    issue_text = messages.comment(
        messages.say("intake.title-fix"), [messages.say(f"intake.{code}", **values)]
    )
    mail_text = texts.for_email(issue_text)
    for lang, (issue_template, mail_template) in enumerate(
        zip(issue, texts.WORDING[code], strict=True)
    ):
        assert issue_template.format(**values) not in mail_text, (code, lang)
        assert mail_template.format(**values) in mail_text, (code, lang)
