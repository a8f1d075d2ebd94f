"""The decision for one e-mail: an application, a withdrawal or a question.

The e-mail becomes an intake `Event` whose author is ``email:<keyed hash of the address>`` and
whose place is that sender; the time is the board's server's. Applications and withdrawals go
through the issue route's own decisions (`applications.submit`, `applications.withdraw_from`),
questions through the question bot's rules (`question_intake.judge`), so the deadline, copies,
one active application per applicant, replacement and withdrawal are decided once, for both.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path

from ... import catalog
from ...applications import ledger as ledgers
from ...model import Text
from ...question_period import question_period
from ...sealing.envelope import parse, sha256_text
from .. import applications, reading
from .. import messages as m
from .. import question_messages as qm
from ..decision import Decision
from ..event import Event
from ..question_intake import judge
from . import body, texts
from .identity import MailKey
from .message import MAX_BYTES, Mail

CONTENT = "content"
_SUBJECT_ID = re.compile(r"\[([a-z0-9][a-z0-9-]{1,78}[a-z0-9])\]", re.IGNORECASE)
_WITHDRAW = re.compile(r"\b(?:withdraw|retrait)\b", re.IGNORECASE)
_QUESTION = re.compile(r"\bquestions?\b", re.IGNORECASE)
_RECEIPT = re.compile(r"\b[0-9a-f]{4}(?:-[0-9a-f]{4}){3}\b")
_BLOCK_ID = re.compile(r"^Opportunity:[ \t]*(\S+)", re.MULTILINE)


@dataclass(frozen=True)
class Outcome:
    kind: str  # application | withdrawal | question | automatic
    decision: Decision
    reply: str = ""  # the bilingual text to send back; '' when nothing is sent
    opportunity: str = ""
    taken: bool = False  # recorded or acknowledged (the mailbox files it as processed)


def subject_ids(mail: Mail) -> list[str]:
    """Every ``[id]`` in the subject (a mail gateway may add its own ``[EXTERNAL]``)."""
    return [found.lower() for found in _SUBJECT_ID.findall(mail.subject)]


def subject_id(mail: Mail, prefer: str = "", root: Path | None = None) -> str:
    """The opportunity the subject names: ``prefer`` (the block's) when it is among them, else
    the first that is an opportunity of the board (with ``root``), else the last one."""
    ids = subject_ids(mail)
    if not ids or prefer in ids:
        return prefer or ""
    known = [i for i in ids if root is not None and reading.opportunity_file(root, i)]
    return known[0] if known else ids[-1]


def kind_of(mail: Mail) -> str:
    first = next((line for line in mail.text.splitlines() if line.strip()), "")
    if _WITHDRAW.search(mail.subject) or _WITHDRAW.search(first):
        return "withdrawal"
    if body.mentions_block(mail.text):
        return "application"
    if _QUESTION.search(mail.subject) or not mail.attachments:
        return "question"
    return "application"


def event_of(mail: Mail, key: MailKey) -> Event:
    return Event(
        name="email",
        action="opened",
        issue_number=0,
        issue_author=key.account(mail.sender),
        issue_author_id=0,
        title=mail.subject,
        body=mail.text,
        labels=(),
        state="open",
        created_at=mail.received,
        updated_at=mail.received,
        message=key.hash("message-id", mail.message_id or mail.digest),
    )


def _fix(title: str, problems: list[Text], summary: str, kind: str) -> Outcome:
    text = m.comment(
        m.say(f"intake.{title}") if catalog.has(f"intake.{title}") else texts.say(title),
        [],
        problems,
    )
    return Outcome(kind, Decision(comment=text, summary=summary), text)


def decide(mail: Mail, key: MailKey, repo_root: Path, repeat: bool = False) -> Outcome:
    """What to record and answer for ``mail`` (the repository is only read). With ``repeat``
    (the mailbox, which sees a message again only when a run stopped before sending its reply),
    a message this very e-mail already recorded is answered again with its receipt."""
    if mail.auto:
        return Outcome(
            "automatic", Decision(summary="automatic message (bounce, absence); ignored")
        )
    if mail.oversized:
        problem = texts.say("too-large", size=f"{mail.size:,}", limit=f"{MAX_BYTES:,}")
        return _fix("title-fix", [problem], "too large", "application")
    kind = kind_of(mail)
    if kind == "question":
        return _question(mail, key.hash("message-id", mail.message_id or mail.digest), repo_root)
    if not mail.authenticated:
        problem = texts.say("unverified", address=m.quote(mail.sender))
        return _fix("title-unverified", [problem], "sender not authenticated", kind)
    event = event_of(mail, key)
    if kind == "withdrawal":
        return _withdrawal(mail, event, repo_root, repeat)
    return _application(mail, event, repo_root, repeat)


def _application(mail: Mail, event: Event, repo_root: Path, repeat: bool = False) -> Outcome:
    found = body.blocks(mail.text)
    extra = [texts.say("attachments")] if mail.attachments else []
    if not found:
        problems = [texts.say("no-block"), *extra]
        return _fix("title-fix", problems, "no sealed block", "application")
    if len(found) > 1:
        problems = [texts.say("two-blocks", count=len(found)), *extra]
        return _fix("title-fix", problems, "several blocks", "application")
    given = _BLOCK_ID.search(found[0])
    oid = subject_id(mail, given.group(1) if given else "", repo_root / CONTENT)
    content = reading.load_one(repo_root / CONTENT, oid)
    decision = applications.submit(event, oid, found[0], content)
    if not decision.comment and not decision.ledger:
        return _again(event, oid, found[0], decision, repo_root, repeat)
    taken = bool(decision.ledger)
    return Outcome("application", decision, texts.for_email(decision.comment), oid, taken)


def _again(
    event: Event, oid: str, block: str, decision: Decision, repo_root: Path, repeat: bool
) -> Outcome:
    """A block this sender's application already holds: the same message again says nothing
    more (unless ``repeat``); a new message with the same block is told its receipt again."""
    sha = sha256_text(parse(block).armored)
    book = ledgers.read(repo_root / CONTENT, oid)
    held = [e for e in book.for_issue(event.place) if e.sha256 == sha]
    if not held:
        return Outcome("application", decision, "", oid)
    if any(e.message == event.message for e in held) and not repeat:
        return Outcome("application", decision, "", oid, True)
    said = m.comment(
        m.say("intake.title-unchanged"), [texts.say("already", receipt=held[0].receipt)]
    )
    return Outcome("application", decision, said, oid, True)


def _holding(repo_root: Path, receipt: str, hint: str) -> str:
    """The opportunity whose ledger holds ``receipt`` ('' when none)."""
    root = repo_root / CONTENT
    names = [hint] if hint else [p.stem for p in ledgers.ledger_files(root)]
    for oid in names:
        try:
            if any(e.receipt == receipt for e in ledgers.read(root, oid).entries):
                return oid
        except ledgers.LedgerError:
            continue
    return ""


def _withdrawal(mail: Mail, event: Event, repo_root: Path, repeat: bool = False) -> Outcome:
    named = list(dict.fromkeys(_RECEIPT.findall(f"{mail.subject}\n{mail.text}")))
    if not named:
        return _fix(
            "title-not-withdrawn", [texts.say("withdraw-which")], "no receipt", "withdrawal"
        )
    root = repo_root / CONTENT
    for receipt in named:
        oid = _holding(repo_root, receipt, subject_id(mail, "", repo_root / CONTENT))
        if not oid:
            continue
        book = ledgers.read(root, oid)
        mine = [e for e in book.for_issue(event.place) if e.receipt == receipt]
        if not mine:
            continue
        if any(e.status == ledgers.WITHDRAWN and e.changed == mail.received for e in book.entries):
            said = m.comment(
                m.say("intake.title-withdrawn"), [m.say("intake.withdrawn", receipt=receipt)]
            )
            done = Decision(summary="withdrawal already recorded")
            return Outcome("withdrawal", done, texts.for_email(said) if repeat else "", oid, True)
        content = reading.load_one(root, oid)
        decision = applications.withdraw_from(event, oid, mail.received, content)
        taken = bool(decision.ledger)
        return Outcome("withdrawal", decision, texts.for_email(decision.comment), oid, taken)
    problem = texts.say("withdraw-not-yours", receipt=named[0])
    return _fix("title-not-withdrawn", [problem], "receipt not this sender's", "withdrawal")


def _question(mail: Mail, reference: str, repo_root: Path) -> Outcome:
    """Judged by the question bot's rules; an accepted question is answered in the opportunity's
    ``questions:`` with ``email: <reference>`` (the reference the acknowledgement gives)."""
    oid = subject_id(mail, "", repo_root / CONTENT)
    if not oid:
        problem = texts.say("question-which")
        return _fix(
            "title-question-refused", [problem], "question names no opportunity", "question"
        )
    content = reading.load_one(repo_root / CONTENT, oid)
    refused, why = judge(oid, mail.received, content)
    opp, board = content.opportunity(oid), content.board
    taken = refused is None and opp is not None and board is not None
    if taken and opp is not None and board is not None:
        said = texts.say("question-reference", reference=reference)
        refused = {
            lang: f"{text}\n\n{said.get(lang)}"
            for lang, text in qm.accepted(opp, question_period(opp, board), board).items()
        }
        asked = mail.received.astimezone(board.tz).date().isoformat()
        summary = (
            f"question about {oid} acknowledged; answer it in questions: with "
            f"email: {reference}, asked: {asked}"
        )
    else:
        summary = f"question refused ({why}: {m.quote(oid)})"
    reply = texts.for_email(qm.bilingual(refused or {}, "en"))
    return Outcome("question", Decision(summary=summary), reply, oid, taken)
