"""`board mailbox run` against real servers: pymap's IMAP server and aiosmtpd's SMTP server on
localhost, both over TLS with a password, the real ledger push script and a real git remote.
Messages are real e-mails built with Python's `email` package, delivered to the inbox with IMAP
APPEND as the board's mail server delivers them."""

from __future__ import annotations

import email
import os
import subprocess
from collections.abc import Iterator
from email import policy
from email.message import EmailMessage
from pathlib import Path

import pytest
import yaml
from click.testing import CliRunner, Result

from board.cli import main
from board.intake.mailbox import servers
from board.intake.mailbox.imap import Mailbox
from conftest import OPPORTUNITY, ROOT, sealed
from mail_helpers import MAIL_KEY, MAILBOX, message
from mail_servers import (
    HOST,
    PASSWORD,
    USER,
    Authority,
    ImapServer,
    Outbox,
    authority,
    free_port,
    imap_server,
    smtp_server,
)

SCRIPT = ROOT / ".github" / "scripts" / "record-ledger.sh"
LEDGER = f"content/applications/{OPPORTUNITY}.yaml"
SENDERS = ("ada@example.ca", "grace@example.ca", "mallory@example.ca")


def git(cwd: Path, *args: str) -> str:
    done = subprocess.run(["git", *args], cwd=cwd, capture_output=True, text=True)
    assert done.returncode == 0, done.stderr
    return done.stdout


@pytest.fixture
def board(repo: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A clone of a board whose main lives in a bare repository (the department's GitHub)."""
    for name, value in {"GIT_AUTHOR_NAME": "t", "GIT_COMMITTER_NAME": "t"}.items():
        monkeypatch.setenv(name, value)
    monkeypatch.setenv("GIT_AUTHOR_EMAIL", "t@example.org")
    monkeypatch.setenv("GIT_COMMITTER_EMAIL", "t@example.org")
    for name in ("GH_TOKEN", "INTAKE_DEPLOY_KEY", "BOARD_MAIL_KEY_FILE"):
        monkeypatch.delenv(name, raising=False)
    monkeypatch.setenv("BOARD_MAIL_KEY", MAIL_KEY)
    git(repo, "init", "-q", "-b", "main")
    git(repo, "add", "-A")
    git(repo, "commit", "-qm", "board")
    git(tmp_path, "clone", "-q", "--bare", str(repo), str(tmp_path / "origin.git"))
    git(tmp_path, "clone", "-q", str(tmp_path / "origin.git"), str(tmp_path / "work"))
    return tmp_path / "work"


@pytest.fixture
def tls(tmp_path: Path) -> Authority:
    (tmp_path / "tls").mkdir()
    return authority(tmp_path / "tls")


@pytest.fixture
def imap(tls: Authority, monkeypatch: pytest.MonkeyPatch) -> Iterator[ImapServer]:
    with imap_server(tls) as server:
        for name, value in {"HOST": HOST, "PORT": str(server.port), "USER": USER}.items():
            monkeypatch.setenv(f"BOARD_IMAP_{name}", value)
        monkeypatch.setenv("BOARD_IMAP_PASSWORD", PASSWORD)
        monkeypatch.setenv("BOARD_MAIL_CA_FILE", str(tls.ca))
        yield server


@pytest.fixture
def smtp_port(monkeypatch: pytest.MonkeyPatch) -> int:
    port = free_port()
    monkeypatch.setenv("BOARD_SMTP_HOST", HOST)
    monkeypatch.setenv("BOARD_SMTP_PORT", str(port))  # the SMTP account is the mailbox's
    for name in ("BOARD_SMTP_USER", "BOARD_SMTP_PASSWORD"):
        monkeypatch.delenv(name, raising=False)
    return port


def run(board: Path) -> Result:
    return CliRunner().invoke(
        main, ["mailbox", "run", "--repo", str(board), "--record-with", str(SCRIPT)]
    )


def ledger_on_main(tmp_path: Path) -> list[dict[str, object]]:
    """The ledger as main holds it (a fresh clone of the remote, not the run's work tree)."""
    text = git(tmp_path / "origin.git", "show", f"main:{LEDGER}") if has_ledger(tmp_path) else ""
    return yaml.safe_load(text)["applications"] if text else []


def has_ledger(tmp_path: Path) -> bool:
    names = git(tmp_path / "origin.git", "ls-tree", "-r", "--name-only", "main")
    return LEDGER in names.splitlines()


def parsed(data: bytes) -> EmailMessage:
    found = email.message_from_bytes(data, policy=policy.default)
    assert isinstance(found, EmailMessage)
    return found


def text_of(data: bytes) -> str:
    part = parsed(data).get_body(("plain",))
    assert part is not None
    return str(part.get_content()).replace("\r\n", "\n")


def no_address_in(result: Result, tmp_path: Path) -> None:
    """No applicant's address in the run's log, the repository's history or its files."""
    history = git(tmp_path / "origin.git", "log", "-p", "--all")
    for sender in SENDERS:
        assert sender not in result.output and sender not in history
    assert not list((tmp_path / "work").rglob("*.eml"))


def test_an_emailed_application_and_question_are_recorded_answered_and_filed_once(
    repo: Path, board: Path, imap: ImapServer, smtp_port: int, tls: Authority, tmp_path: Path
) -> None:
    application = message(
        text=f"Bonjour,\n\n{sealed(repo)}\nAda",
        subject=f"Candidature · Application [{OPPORTUNITY}]",  # the French Apply page's subject
    )
    question = message(
        text="Puis-je utiliser Python ?", subject=f"Question [{OPPORTUNITY}]",
        sender="grace@example.ca", message_id="<q1@mail.example.ca>",
    )  # fmt: skip
    imap.deliver(application.as_bytes())
    imap.deliver(question.as_bytes())
    with smtp_server(tls, smtp_port, Outbox()) as outbox:
        first = run(board)
        assert first.exit_code == 0, first.output
        [entry] = ledger_on_main(tmp_path)
        assert entry["channel"] == "email" and entry["status"] == "received"
        assert [to for _, to, _ in outbox.received] == [["ada@example.ca"], ["grace@example.ca"]]
        assert {sender for sender, _, _ in outbox.received} == {MAILBOX}
        receipt = text_of(outbox.received[0][2])
        assert receipt.startswith("Candidature reçue")  # French first for a French applicant
        assert f"Reçu\u00a0: {entry['receipt']}" in receipt
        assert f"Receipt: {entry['receipt']}" in receipt.split("\n---\n")[1]
        answer = text_of(outbox.received[1][2])
        assert "Merci de votre question" in answer and "Thank you for your question" in answer
        assert imap.count("INBOX") == 0 and imap.count("Processed") == 2
        assert imap.count("Rejected") == 0
        no_address_in(first, tmp_path)
        head = git(tmp_path / "origin.git", "rev-parse", "main")
        second = run(board)  # nothing waits: nothing recorded, nothing sent
        assert second.exit_code == 0, second.output
        assert "0 of 0 waiting" in second.output
        assert len(outbox.received) == 2
        assert git(tmp_path / "origin.git", "rev-parse", "main") == head


def test_a_reply_that_cannot_be_sent_safely_leaves_the_message_for_a_run_that_records_nothing_twice(
    repo: Path, board: Path, imap: ImapServer, smtp_port: int, tls: Authority, tmp_path: Path
) -> None:
    imap.deliver(message(text=sealed(repo)).as_bytes())
    down = run(board)  # nothing listens on the SMTP port
    assert down.exit_code != 0
    assert "reply not sent" in down.output and "stay in the inbox" in down.output
    [entry] = ledger_on_main(tmp_path)  # recorded before the reply was tried
    assert imap.count("INBOX") == 1 and imap.count("Processed") == 0
    with smtp_server(tls, smtp_port, Outbox(), starttls=False) as clear:
        refused = run(board)  # a server that would take the address in clear is not used
    assert refused.exit_code != 0 and "offers no STARTTLS" in refused.output
    assert clear.received == [] and imap.count("INBOX") == 1
    with smtp_server(tls, smtp_port, Outbox()) as outbox:
        again = run(board)
        assert again.exit_code == 0, again.output
    assert ledger_on_main(tmp_path) == [entry]  # not recorded twice
    [(_, to, data)] = outbox.received
    assert to == ["ada@example.ca"] and entry["receipt"] in text_of(data)
    assert imap.count("INBOX") == 0 and imap.count("Processed") == 1
    no_address_in(again, tmp_path)


def test_hostile_messages_are_filed_as_rejected_with_a_bilingual_reply_and_change_nothing(
    repo: Path, board: Path, imap: ImapServer, smtp_port: int, tls: Authority, tmp_path: Path
) -> None:
    markup = (  # a block's first line, then markup literal and entity-encoded, never closed
        "<p>-----BEGIN SEALED APPLICATION-----</p><script>alert(1)</script>"
        "<p>&lt;img src=x onerror=alert(1)&gt;</p>"
    )
    hostile = {
        "oversized": message(text=sealed(repo), attachments=(("big.bin", b"\0" * 800_000),)),
        "html only": message(text=None, html=markup, message_id="<h@x.ca>"),
        "attachment": message(
            text="Ci-joint.", attachments=(("bloc.txt", sealed(repo).encode()),),
            message_id="<att@x.ca>",
        ),
    }  # fmt: skip
    forged = message(text=sealed(repo), sender="mallory@example.ca", message_id="<f@x.ca>")
    del forged["Received"]  # not delivered by the board's server: not even answered
    forged["Received"] = "from evil by mx.elsewhere.example; Wed, 20 Jan 2027 10:00:00 +0000"
    nowhere = message(  # a question whose reply the outgoing server refuses for good
        text="?", subject=f"Question [{OPPORTUNITY}]", sender="nobody@example.ca",
        message_id="<n@x.ca>",
    )  # fmt: skip
    for msg in [*hostile.values(), forged, nowhere]:
        imap.deliver(msg.as_bytes())
    with smtp_server(tls, smtp_port, Outbox(refused=frozenset({"nobody@example.ca"}))) as outbox:
        result = run(board)
    assert result.exit_code == 0, result.output
    assert "Traceback" not in result.output
    assert imap.count("Rejected") == 4 and imap.count("INBOX") == 0, result.output
    assert imap.count("Processed") == 1 and not has_ledger(tmp_path)  # the question: not stuck
    assert "reply undeliverable: the server refused the recipient (SMTP [550])" in result.output
    assert "nobody@" not in result.output
    replies = [text_of(data) for _, to, data in outbox.received if to == ["ada@example.ca"]]
    assert len(replies) == 3 and len(outbox.received) == 3  # the forged one is not answered
    for text in replies:
        english, french = text.split("\n---\n")
        assert english.strip() and french.strip()
    assert "over the limit" in replies[0] and "au-delà de la limite" in replies[0]
    size = len(hostile["oversized"].as_bytes().replace(b"\n", b"\r\n"))  # as IMAP stores it
    assert f"is {size:,} bytes long" in replies[0]  # the real size, though never all fetched
    assert "Attachments are never opened" in replies[2]
    assert "Rejected: not taken, not answered: its topmost Received: line" in result.output
    no_address_in(result, tmp_path)


def test_an_untrusted_certificate_or_a_missing_secret_stops_the_run_and_moves_nothing(
    repo: Path, board: Path, imap: ImapServer, smtp_port: int, monkeypatch: pytest.MonkeyPatch
) -> None:
    imap.deliver(message(text=sealed(repo)).as_bytes())
    monkeypatch.delenv("BOARD_MAIL_CA_FILE")  # the test authority is nobody's
    untrusted = run(board)
    assert untrusted.exit_code != 0 and "CERTIFICATE_VERIFY_FAILED" in untrusted.output
    monkeypatch.delenv("BOARD_IMAP_PASSWORD")
    monkeypatch.delenv("BOARD_SMTP_HOST")
    missing = run(board)
    assert missing.exit_code != 0 and missing.exception is not None
    assert "BOARD_IMAP_PASSWORD" in missing.output and "BOARD_SMTP_HOST" in missing.output
    assert "Traceback" not in missing.output
    assert imap.count("INBOX") == 1


@pytest.mark.parametrize("without", [{"MOVE"}, {"MOVE", "UIDPLUS"}], ids=["no MOVE", "no UIDPLUS"])
def test_a_server_without_move_files_the_message_by_copy_and_expunges_only_it(
    imap: ImapServer, smtp_port: int, without: set[str]
) -> None:
    for number in range(3):
        imap.deliver(message(text="?", message_id=f"<m{number}@x.ca>").as_bytes())
    with Mailbox(servers.from_env(os.environ)[0]) as box:
        assert {"MOVE", "UIDPLUS"} <= box.abilities  # pymap has both
        box.abilities -= without  # as a server that announces neither would be used
        box.ensure("Processed")
        box.ensure("Processed")  # an existing folder is kept
        box.select("INBOX")
        first, *others = box.waiting()
        box.move(first, "Processed")
        assert box.waiting() == others
    assert imap.count("Processed") == 1 and imap.count("INBOX") == 2


def test_a_message_decided_again_is_recorded_once_and_answered_again_with_its_receipt(
    repo: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """What the next run does with a message whose run stopped after recording it: `board
    mailbox decide` (no servers needed) keeps the ledger and gives the same receipt again."""
    monkeypatch.setenv("BOARD_MAIL_KEY", MAIL_KEY)

    def decide(msg: EmailMessage, name: str) -> tuple[dict[str, object], str]:
        path = tmp_path / f"{name}.eml"
        path.write_bytes(msg.as_bytes())
        reply = tmp_path / f"{name}.reply.eml"
        reply.unlink(missing_ok=True)
        args = ["mailbox", "decide", str(path), "--reply", str(reply), "--repo", str(repo)]
        result = CliRunner().invoke(main, args)
        assert result.exit_code == 0, result.output
        assert "ada@" not in result.output
        out: dict[str, object] = yaml.safe_load(result.output)  # JSON is YAML
        return out, text_of(reply.read_bytes()) if reply.exists() else ""

    ledger = repo / LEDGER
    application = message(text=sealed(repo))
    first, said = decide(application, "apply")
    assert first["taken"] is True and len(first["ledger"]) == 1  # type: ignore[arg-type]
    [entry] = yaml.safe_load(ledger.read_text())["applications"]
    before = ledger.read_text()
    again, said_again = decide(application, "apply")
    assert again["taken"] is True and again["ledger"] == [] and ledger.read_text() == before
    assert entry["receipt"] in said and entry["receipt"] in said_again
    withdraw = message(
        text="", subject=f"WITHDRAW {entry['receipt']}", received="2027-01-22T10:00:00Z",
        message_id="<w@x.ca>",
    )  # fmt: skip
    gone, _ = decide(withdraw, "withdraw")
    assert gone["taken"] is True and len(gone["ledger"]) == 1  # type: ignore[arg-type]
    after = ledger.read_text()
    gone_again, said_gone = decide(withdraw, "withdraw")
    assert gone_again["ledger"] == [] and ledger.read_text() == after
    english, french = said_gone.split("\n---\n")
    assert entry["receipt"] in english and "withdrawn" in english
    assert entry["receipt"] in french and "retirée" in french


def test_the_push_script_never_sees_the_mail_servers_accounts(
    repo: Path, board: Path, imap: ImapServer, smtp_port: int, tmp_path: Path
) -> None:
    imap.deliver(message(text=sealed(repo)).as_bytes())
    seen = tmp_path / "seen.env"
    spy = tmp_path / "record.sh"  # stands where record-ledger.sh stands, and records nothing
    spy.write_text(f'#!/bin/sh\nenv > "{seen}"\necho "{{}}" > "$1"\nexit 1\n')
    spy.chmod(0o755)
    result = CliRunner().invoke(
        main, ["mailbox", "run", "--repo", str(board), "--record-with", str(spy)]
    )
    assert result.exit_code != 0 and "stay in the inbox" in result.output
    env = seen.read_text()
    assert "BOARD_MAIL_KEY=" in env  # what the decision needs
    assert PASSWORD not in env and "BOARD_IMAP_" not in env and "BOARD_SMTP_" not in env
    assert imap.count("INBOX") == 1


def test_the_mailbox_workflow_runs_every_ten_minutes_alone_and_may_only_push_the_ledger() -> None:
    flow = yaml.safe_load((ROOT / ".github" / "workflows" / "mailbox.yml").read_text())
    triggers = flow[True]  # YAML 1.1 reads `on` as true
    assert set(triggers) == {"schedule", "workflow_dispatch"}
    [schedule] = triggers["schedule"]
    minutes = sorted(int(m) for m in schedule["cron"].split()[0].split(","))
    assert len(minutes) == 6 and {b - a for a, b in zip(minutes, minutes[1:], strict=False)} == {10}
    assert flow["permissions"] == {}
    assert flow["concurrency"] == {"group": "mailbox", "cancel-in-progress": False}
    [job] = flow["jobs"].values()
    assert job["permissions"] == {"contents": "write"}
    steps = job["steps"]
    assert not any("upload-artifact" in str(step.get("uses", "")) for step in steps)
    [run_step] = [step for step in steps if "board mailbox run" in step.get("run", "")]
    secrets = {k for k, v in run_step["env"].items() if "secrets." in v}
    assert {"BOARD_IMAP_PASSWORD", "BOARD_SMTP_PASSWORD", "BOARD_MAIL_KEY"} <= secrets
    assert all("secrets." not in step.get("run", "") for step in steps)
