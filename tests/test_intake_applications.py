"""Intake of sealed applications: real webhook payloads carrying rendered form bodies, decided
without GitHub. Each hostile case ends in an outcome the applicant can read in both languages."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

import pytest
import yaml

from board.applications import ledger
from board.forms import Form
from board.intake import dispatch, event
from board.intake.applications import LABEL_FIX, LABEL_RECEIVED, LABEL_REFUSED, LABEL_WITHDRAWN
from board.intake.decision import Decision
from board.validate import run
from board.writers import write_ledger
from conftest import CLOSING_UTC, OPEN_MOMENT, OPPORTUNITY, render, sealed, webhook

NOW = datetime.fromisoformat("2027-01-20T16:00:00+00:00")


def decide(repo: Path, name: str, data: dict, write: bool = True) -> Decision:
    decision = dispatch.decide(event.from_payload(name, data), repo, NOW)
    if write:
        write_ledger(decision, repo)
    return decision


def body(form: Form, envelope: str, opportunity: str = OPPORTUNITY, **kw: object) -> str:
    return render(form, {"opportunity": opportunity, "envelope": envelope}, **kw)  # type: ignore[arg-type]


def entries(repo: Path) -> list[dict]:
    path = repo / ledger.relative_path(OPPORTUNITY)
    return yaml.safe_load(path.read_text())["applications"] if path.exists() else []


def plain(text: str) -> str:
    """Babel writes times with no-break spaces, as typography wants; compare with plain ones."""
    return text.replace("\u202f", " ").replace("\xa0", " ")


def assert_bilingual(text: str, *fragments: str) -> None:
    english, french = text.split("\n---\n")
    for fragment in fragments:
        assert fragment in english and fragment in french


def test_a_valid_application_is_received_with_a_bilingual_receipt(repo: Path, form: Form) -> None:
    envelope = sealed(repo)
    decision = decide(repo, "issues", webhook("issues", body(form, envelope)))
    [entry] = entries(repo)
    assert entry["status"] == "received" and entry["account"] == "Codertocat"
    assert entry["received"] == OPEN_MOMENT and entry["issue"] == 1
    assert decision.add_labels == (LABEL_RECEIVED,) and decision.close
    assert_bilingual(
        decision.comment, entry["receipt"], entry["sha256"], OPPORTUNITY, "2027-01-20 15:04:05"
    )
    assert "January 20, 2027, 10:04:05 a.m. ET" in plain(decision.comment)
    assert "20 janvier 2027, 10 h 04 min 05 s HE" in plain(decision.comment)
    assert run([], repo / "content").passed(), run([], repo / "content").problems


def test_a_newer_application_supersedes_the_older_and_the_receipt_says_so(
    repo: Path, form: Form
) -> None:
    decide(repo, "issues", webhook("issues", body(form, sealed(repo)), number=1))
    later = webhook("issues", body(form, sealed(repo)), number=7, at="2027-01-21T10:00:00Z")
    decision = decide(repo, "issues", later)
    first, second = entries(repo)
    assert (first["status"], second["status"]) == ("superseded", "received")
    assert_bilingual(decision.comment, first["receipt"])
    assert "replaces your earlier application" in decision.comment
    assert "remplace votre candidature précédente" in decision.comment


def test_an_edit_is_checked_again_and_a_new_block_supersedes(repo: Path, form: Form) -> None:
    decide(repo, "issues", webhook("issues", body(form, sealed(repo))))
    broken = webhook(
        "issues", body(form, "not a sealed block"), action="edited", at="2027-01-21T10:00:00Z"
    )
    decision = decide(repo, "issues", broken)
    assert LABEL_FIX in decision.add_labels and not decision.close and not decision.ledger
    assert "still stands" in decision.comment  # the earlier receipt keeps counting
    fixed = webhook("issues", body(form, sealed(repo)), action="edited", at="2027-01-22T10:00:00Z")
    assert decide(repo, "issues", fixed).add_labels == (LABEL_RECEIVED,)
    assert [e["status"] for e in entries(repo)] == ["superseded", "received"]


def test_an_edit_that_keeps_the_same_block_changes_nothing(repo: Path, form: Form) -> None:
    text = body(form, sealed(repo))
    decide(repo, "issues", webhook("issues", text))
    again = decide(
        repo, "issues", webhook("issues", text, action="edited", at="2027-01-21T10:00:00Z")
    )
    assert not again.comment and not again.ledger
    assert len(entries(repo)) == 1


def test_an_edit_by_someone_else_is_ignored(repo: Path, form: Form) -> None:
    data = webhook("issues", body(form, sealed(repo)), action="edited", sender="maintainer")
    decision = decide(repo, "issues", data)
    assert not decision.ledger and not decision.comment


def fix_messages(decision: Decision) -> str:
    assert LABEL_FIX in decision.add_labels, decision.summary
    assert not decision.close and not decision.ledger
    return decision.comment


def test_missing_section_names_the_field_from_the_form(repo: Path, form: Form) -> None:
    text = body(form, sealed(repo), order=["opportunity", "confirm"])
    comment = fix_messages(decide(repo, "issues", webhook("issues", text)))
    assert "“Sealed application · Candidature scellée” is empty" in comment
    assert "«\u00a0Sealed application · Candidature scellée\u00a0» est vide" in comment


def test_reordered_sections_are_read_by_their_labels(repo: Path, form: Form) -> None:
    text = body(form, sealed(repo), order=["confirm", "envelope", "opportunity"])
    assert decide(repo, "issues", webhook("issues", text)).add_labels == (LABEL_RECEIVED,)


def test_a_heading_typed_into_an_answer_cannot_smuggle_a_block(repo: Path, form: Form) -> None:
    """The first heading with a label starts the section; the real block then sits inside it."""
    injected = f"{OPPORTUNITY}\n\n### Sealed application · Candidature scellée\n\nfake"
    text = render(form, {"opportunity": injected, "envelope": sealed(repo)})
    comment = fix_messages(decide(repo, "issues", webhook("issues", text)))
    assert "must start with" in comment and not entries(repo)


def test_a_heading_inside_the_fenced_block_stays_inside(repo: Path, form: Form) -> None:
    fake = f"### Opportunity id · Identifiant de l'opportunité\n\nrebate-form-ux-redesign\n{sealed(repo)}"
    comment = fix_messages(decide(repo, "issues", webhook("issues", body(form, fake))))
    assert "must start with" in comment and "doit commencer par" in comment


def test_a_null_body_on_an_application_issue_says_so(repo: Path, form: Form) -> None:
    data = webhook("issues", None, labels=form.labels)
    comment = fix_messages(decide(repo, "issues", data))
    assert "The issue is empty" in comment and "Le billet est vide" in comment


def test_a_null_body_without_the_form_label_is_not_ours(repo: Path) -> None:
    decision = decide(repo, "issues", webhook("issues", None))
    assert decision == Decision(summary="nothing to do")


def test_a_body_of_65536_characters_is_refused_as_too_large(repo: Path, form: Form) -> None:
    envelope = sealed(repo)
    text = body(form, envelope)
    padded = body(
        form, envelope.replace("\n-----END", "\n" + "A" * (65_536 - len(text) - 1) + "\n-----END")
    )
    assert len(padded) == 65_536
    comment = fix_messages(decide(repo, "issues", webhook("issues", padded)))
    assert "over the limit of 60000" in comment and "au-delà de la limite de 60000" in comment


def test_control_characters_are_named(repo: Path, form: Form) -> None:
    envelope = sealed(repo).replace("Version: 1", "Version: 1\x07")
    comment = fix_messages(decide(repo, "issues", webhook("issues", body(form, envelope))))
    assert "U+0007" in comment and "caractère de contrôle" in comment


def test_an_envelope_for_another_opportunity_is_refused(repo: Path, form: Form) -> None:
    envelope = sealed(repo, opportunity="bilingual-glossary-tool")
    comment = fix_messages(decide(repo, "issues", webhook("issues", body(form, envelope))))
    assert_bilingual(comment, "bilingual-glossary-tool", OPPORTUNITY)


def test_one_byte_changed_is_caught_at_intake(repo: Path, form: Form) -> None:
    envelope = sealed(repo)
    lines = envelope.split("\n")
    line = lines[6]
    lines[6] = line[:10] + ("B" if line[10] != "B" else "C") + line[11:]
    comment = fix_messages(decide(repo, "issues", webhook("issues", body(form, "\n".join(lines)))))
    assert "changed after sealing" in comment and "modifié après le scellement" in comment


def test_an_envelope_copied_from_another_accounts_issue_is_told_it_is_a_copy(
    repo: Path, form: Form
) -> None:
    envelope = sealed(repo)
    decide(repo, "issues", webhook("issues", body(form, envelope), author="ada", number=3))
    copy = webhook(
        "issues", body(form, envelope), author="mallory", number=4, at="2027-01-21T10:00:00Z"
    )
    decision = decide(repo, "issues", copy)
    assert LABEL_FIX in decision.add_labels and not decision.close
    assert "already posted by another account" in decision.comment
    assert "déjà été publié par un autre compte" in decision.comment
    assert [(e["account"], e["status"]) for e in entries(repo)] == [
        ("ada", "received"),
        ("mallory", "copy"),
    ]
    assert entries(repo)[1]["changed"] == OPEN_MOMENT  # the time of ada's post
    assert run([], repo / "content").passed(), run([], repo / "content").problems


def test_the_earliest_post_keeps_a_block_even_when_its_run_comes_last(
    repo: Path, form: Form
) -> None:
    """Mallory copies ada's block; mallory's run happens first and gets a receipt. Ada's run then
    records ada's post as the original, and tells mallory's issue that its receipt is a copy."""
    envelope = sealed(repo)
    later = webhook(
        "issues", body(form, envelope), author="mallory", number=4, at="2027-01-21T10:00:00Z"
    )
    assert decide(repo, "issues", later).add_labels == (LABEL_RECEIVED,)
    first = decide(repo, "issues", webhook("issues", body(form, envelope), author="ada", number=3))
    assert first.add_labels == (LABEL_RECEIVED,)
    [notice] = first.others
    assert notice.issue == 4 and notice.add_labels == (LABEL_FIX,)
    assert notice.remove_labels == (LABEL_RECEIVED,)
    assert_bilingual(notice.comment, "#3")
    assert "posted earlier by another account" in notice.comment
    assert "publié plus tôt par un autre compte" in notice.comment
    assert [(e["account"], e["status"]) for e in entries(repo)] == [
        ("ada", "received"),
        ("mallory", "copy"),
    ]
    assert run([], repo / "content").passed(), run([], repo / "content").problems


def test_a_renamed_account_is_the_same_applicant_and_a_reused_login_is_not(
    repo: Path, form: Form
) -> None:
    """GitHub's numeric user id is the applicant: ada renames herself to ada-t (same id); then
    someone else takes the login "ada" (a new id) and cannot withdraw or supersede her."""
    ids = {"ada": 501, "ada-t": 501}
    decide(repo, "issues", webhook("issues", body(form, sealed(repo)), author="ada", ids=ids))
    renamed = webhook(
        "issues",
        body(form, sealed(repo)),
        author="ada-t",
        number=2,
        at="2027-01-21T10:00:00Z",
        ids=ids,
    )
    assert "replaces your earlier application" in decide(repo, "issues", renamed).comment
    impostor = {"ada": 999}
    text = body(form, sealed(repo))
    data = webhook(
        "issue_comment",
        text,
        author="ada-t",
        number=2,
        comment="/withdraw",
        commenter="ada",
        at="2027-01-22T10:00:00Z",
        ids={**ids, **impostor},
    )
    refused = decide(repo, "issue_comment", data)
    assert not refused.ledger and "Only @ada-t" in refused.comment
    reused_login = webhook(
        "issues",
        body(form, sealed(repo)),
        author="ada",
        number=5,
        at="2027-01-23T10:00:00Z",
        ids=impostor,
    )
    decide(repo, "issues", reused_login)
    rows = [(e["account"], e["account_id"], e["status"]) for e in entries(repo)]
    assert rows == [
        ("ada", 501, "superseded"),
        ("ada-t", 501, "received"),
        ("ada", 999, "received"),
    ]


def test_an_edit_after_closing_of_a_received_application_changes_nothing_and_says_so(
    repo: Path, form: Form
) -> None:
    decide(repo, "issues", webhook("issues", body(form, sealed(repo))))
    before = entries(repo)
    late = webhook("issues", body(form, "oops"), action="edited", at="2027-01-30T05:00:00Z")
    decision = decide(repo, "issues", late)
    assert not decision.add_labels and not decision.remove_labels and not decision.close
    assert not decision.ledger and entries(repo) == before
    assert "refused" not in decision.comment.lower() and "refusée" not in decision.comment
    assert_bilingual(decision.comment, before[0]["receipt"])
    assert "changes nothing" in decision.comment and "ne change rien" in decision.comment
    assert "status: received" in decision.comment and "état\u00a0: reçue" in decision.comment


def test_an_edit_event_delivered_before_the_opened_event_keeps_the_later_version(
    repo: Path, form: Form
) -> None:
    first, second = body(form, sealed(repo)), body(form, sealed(repo))
    edited = webhook("issues", second, action="edited", at="2027-01-21T10:00:00Z")
    assert decide(repo, "issues", edited).add_labels == (LABEL_RECEIVED,)
    late = decide(repo, "issues", webhook("issues", first))
    assert not late.add_labels and not late.remove_labels  # the issue keeps its label
    assert "later application" in late.comment and "plus récente" in late.comment
    assert [e["status"] for e in entries(repo)] == ["superseded", "received"]
    assert entries(repo)[0]["changed"] == "2027-01-21T10:00:00Z"
    assert decide(repo, "issues", webhook("issues", first)).summary.startswith("unchanged")


def test_one_second_after_closing_is_refused_and_closed(repo: Path, form: Form) -> None:
    late = webhook("issues", body(form, sealed(repo)), at="2027-01-30T05:00:00Z")
    decision = decide(repo, "issues", late)
    assert decision.add_labels == (LABEL_REFUSED,) and decision.close and not decision.ledger
    assert "January 29, 2027, 11:59:59 p.m. ET" in plain(decision.comment)
    assert "29 janvier 2027, 23 h 59 min 59 s HE" in plain(decision.comment)
    on_time = webhook("issues", body(form, sealed(repo)), at=CLOSING_UTC)
    assert decide(repo, "issues", on_time).add_labels == (LABEL_RECEIVED,)


def test_withdraw_by_the_author_before_closing(repo: Path, form: Form) -> None:
    text = body(form, sealed(repo))
    decide(repo, "issues", webhook("issues", text))
    data = webhook("issue_comment", text, comment="/withdraw\n\nSorry!", at="2027-01-25T10:00:00Z")
    decision = decide(repo, "issue_comment", data)
    assert decision.add_labels == (LABEL_WITHDRAWN,)
    assert [e["status"] for e in entries(repo)] == ["withdrawn"]
    assert (
        "withdrawn and will not be opened" in decision.comment and "est retirée" in decision.comment
    )


def test_withdraw_from_someone_else_changes_nothing(repo: Path, form: Form) -> None:
    text = body(form, sealed(repo))
    decide(repo, "issues", webhook("issues", text))
    data = webhook("issue_comment", text, comment="/withdraw", commenter="mallory")
    decision = decide(repo, "issue_comment", data)
    assert not decision.ledger and not decision.add_labels
    assert_bilingual(decision.comment, "@Codertocat")
    assert [e["status"] for e in entries(repo)] == ["received"]


def test_withdraw_after_closing_is_refused(repo: Path, form: Form) -> None:
    text = body(form, sealed(repo))
    decide(repo, "issues", webhook("issues", text))
    data = webhook("issue_comment", text, comment="/withdraw", at="2027-01-30T05:00:00Z")
    decision = decide(repo, "issue_comment", data)
    assert not decision.ledger and "can no longer be withdrawn" in decision.comment


def test_other_comments_do_nothing(repo: Path, form: Form) -> None:
    data = webhook(
        "issue_comment", body(form, sealed(repo)), comment="Thanks! /withdraw later maybe"
    )
    assert decide(repo, "issue_comment", data).summary == "nothing to do"


@pytest.mark.parametrize(
    "opportunity", ["case-tracker-accessibility-audit", "no-such-thing", "../../etc"]
)
def test_unknown_or_draft_opportunity_asks_for_the_right_id(
    repo: Path, form: Form, opportunity: str
) -> None:
    comment = fix_messages(
        decide(
            repo, "issues", webhook("issues", body(form, sealed(repo, opportunity), opportunity))
        )
    )
    assert opportunity in comment and "Copiez l'identifiant" in comment


def test_text_typed_by_the_applicant_is_echoed_inert(repo: Path, form: Form) -> None:
    typed = "@mallory [click](https://evil.example) `x`\x1b"
    comment = fix_messages(
        decide(repo, "issues", webhook("issues", body(form, sealed(repo), typed)))
    )
    assert "`@mallory [click](https://evil.example) x`" in comment
    assert "\x1b" not in comment


def test_an_application_before_the_posting_date_is_asked_to_wait(repo: Path, form: Form) -> None:
    """Posted 2026-11-16 (Eastern): a block sealed the evening before is not yet receivable."""
    data = webhook("issues", body(form, sealed(repo)), at="2026-11-16T04:59:59Z")
    decision = decide(repo, "issues", data)
    assert not decision.close and LABEL_FIX in decision.add_labels
    assert "opens for applications on November 16, 2026" in decision.comment
    assert "sera ouverte aux candidatures le 16 novembre 2026" in decision.comment
    assert entries(repo) == []
    data = webhook("issues", body(form, sealed(repo)), action="edited", at="2026-11-16T05:00:00Z")
    assert LABEL_RECEIVED in decide(repo, "issues", data).add_labels
