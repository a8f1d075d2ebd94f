"""The evaluation packet is really anonymous: the letters come from a secret only the
procurement officer holds, and an answer can only ever be read, never act, in the packet."""

from __future__ import annotations

import json
import re
from datetime import UTC, datetime, timedelta
from pathlib import Path

import markdown
import yaml
from click.testing import CliRunner, Result
from markdown_it import MarkdownIt

from board.applications import ledger, opening, transitions
from board.cli import main
from board.sealing.envelope import seal, sha256_text
from conftest import OPPORTUNITY, application

AFTER = "2027-01-30T05:00:00Z"
PACKET = f"{OPPORTUNITY}-evaluation-packet.md"
PEOPLE = f"{OPPORTUNITY}-identities.yaml"


def seal_bytes(repo: Path, plaintext: bytes) -> str:
    board = (repo / "content" / "board.yaml").read_text()
    public = re.search(r"public_key: (\S+)", board)
    fp = re.search(r"fingerprint: (\S+)", board)
    assert public and fp
    return seal(plaintext, public.group(1), OPPORTUNITY, fp.group(1))


def write_ledger(repo: Path, sealed: list[tuple[str, str]]) -> ledger.Ledger:
    """The ledger intake would write for these (account, envelope) pairs, one hour apart."""
    book = ledger.Ledger(OPPORTUNITY)
    start = datetime(2027, 1, 20, 10, tzinfo=UTC)
    for n, (account, envelope) in enumerate(sealed, start=1):
        moment = start + timedelta(hours=n)
        book, _ = transitions.record(
            book, n, account, 9000 + n, envelope, sha256_text(envelope), moment
        )
    path = repo / "content" / "applications" / f"{OPPORTUNITY}.yaml"
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(ledger.dump(book), encoding="utf-8")
    return book


def open_cli(repo: Path, key_file: Path, out: Path, *extra: str) -> Result:
    args = [
        "applications", "open", OPPORTUNITY, "--key", str(key_file), "--out", str(out),
        "--content", str(repo / "content"), "--now", AFTER, *extra,
    ]  # fmt: skip
    return CliRunner().invoke(main, args)


PEOPLE_NAMES = ["ada", "bob", "carol", "dan", "eve", "fay", "gus", "hal"]


def test_letters_come_from_a_secret_seed_that_only_the_identities_file_holds(
    repo: Path, key_file: Path, tmp_path: Path
) -> None:
    book = write_ledger(
        repo,
        [
            (who, seal_bytes(repo, application(answers={"skills": f"Answer {i}."}).to_bytes()))
            for i, who in enumerate(PEOPLE_NAMES)
        ],
    )
    runs = []
    for name in ("one", "two"):
        result = open_cli(repo, key_file, tmp_path / name)
        assert result.exit_code == 0, result.output
        people = yaml.safe_load((tmp_path / name / PEOPLE).read_text())
        runs.append(people)
    one, two = runs
    # two openings of the same public ledger draw different orders (8! = 40,320 orders)
    assert [r["account"] for r in one["applications"]] != [
        r["account"] for r in two["applications"]
    ]
    assert (
        re.fullmatch(r"[0-9a-f]{64}", one["order_seed"]) and one["order_seed"] != two["order_seed"]
    )
    # the seed in the identities file reproduces the mapping, for the officer's audit
    expected = [e.account for e in opening.order(book.active, one["order_seed"])]
    assert [r["account"] for r in one["applications"]] == expected
    again = open_cli(repo, key_file, tmp_path / "again", "--seed", one["order_seed"])
    assert again.exit_code == 0, again.output
    replay = yaml.safe_load((tmp_path / "again" / PEOPLE).read_text())
    assert replay["applications"] == one["applications"]
    # nothing in the packet leads back to the ledger: no seed, receipt, hash, issue or time
    packet = (tmp_path / "one" / PACKET).read_text()
    assert one["order_seed"] not in packet
    for entry in book.entries:
        for trace in (
            entry.receipt,
            entry.sha256,
            entry.sha256[:8],
            ledger.utc_text(entry.received),
        ):
            assert trace not in packet
        assert not re.search(rf"\b{entry.account}\b", packet, re.IGNORECASE)
        assert not re.search(rf"#\s*{entry.issue}\b|issue", packet, re.IGNORECASE)
    assert "Order seed" not in packet


def test_a_bad_seed_is_a_usage_error(repo: Path, key_file: Path, tmp_path: Path) -> None:
    result = open_cli(repo, key_file, tmp_path / "out", "--seed", "not-hex")
    assert result.exit_code == 2 and "64 hexadecimal digits" in result.output
    assert not (tmp_path / "out").exists()


HOSTILE = [
    "Fine work.\n# Application Z\nThis one passes every criterion.",
    "## Application A\n\nPasses.",
    "![x](https://evil.example/pixel.png?who=evaluator)",
    '<img src="https://evil.example/p.png" onerror="alert(1)">',
    "[click me](javascript:alert(1)) and <https://evil.example/autolink>",
    "<script>alert(1)</script><iframe src=https://evil.example></iframe>",
    "```\n</code></pre><h2>Application Z</h2>\n```\n# Application Z",
    "````````\n# Application Z\n````````",
    "~~~\n# Application Z\n~~~",
    "line one\r# Application Z\r\n## Application Y\u2028### Application X\u2029#### W",
    "Passes \u202eZ noitacilppA\u202c and \u200bzero\u200dwidth\ufeff marks \u2066x\u2069",
    "    indented\n\n---\n\n<!-- hidden comment --> [ref]: https://evil.example",
    "\x1b[31mred terminal\x1b[0m and a bell\x07",
]


def test_hostile_answers_stay_inert_text_in_the_packet(
    repo: Path, key_file: Path, tmp_path: Path
) -> None:
    sealed = [
        (f"user{i}", seal_bytes(repo, application(answers={"skills": text}).to_bytes()))
        for i, text in enumerate(HOSTILE)
    ]
    sneaky = application(answers={"skills": "ok", "\n# Application Z <img src=x>": "Pick me"})
    sealed.append(("sneaky", seal_bytes(repo, sneaky.to_bytes())))
    write_ledger(repo, sealed)
    result = open_cli(repo, key_file, tmp_path / "out")
    assert result.exit_code == 1  # the unknown answer key is a failed check
    packet = (tmp_path / "out" / PACKET).read_text(encoding="utf-8")
    letters = opening.letters()[: len(sealed)]

    for html in (
        MarkdownIt("commonmark", {"html": True}).render(packet),  # GitHub, VS Code, most viewers
        markdown.markdown(packet, extensions=["fenced_code"]),  # mkdocs' renderer
    ):
        headings = re.findall(r"<h2[^>]*>(.*?)</h2>", html)
        assert headings == [f"Application {letter}" for letter in letters]
        assert len(re.findall(r"<h1", html)) == 1
        for tag in ("<img", "<a ", "<script", "<iframe", "<!--", "<hr"):
            assert tag not in html, tag
    # invisible and control characters are shown, never acting
    for char in ("\u202e", "\u200b", "\u200d", "\ufeff", "\u2066", "\x1b", "\x07", "\r", "\u2028"):
        assert char not in packet, repr(char)
    assert "<U+202E>Z noitacilppA<U+202C>" in packet
    # the unknown answer and its key are reported, never shown
    assert "Pick me" not in packet and "Pick me" not in result.output
    assert "# Application Z <img" not in packet and "<img src=x>" not in result.output
    assert "1 answer to a criterion this opportunity does not have" in result.output
    people = yaml.safe_load((tmp_path / "out" / PEOPLE).read_text())
    sneaky_row = next(r for r in people["applications"] if r["account"] == "sneaky")
    assert any("does not have" in p for p in sneaky_row["problems"])


def test_one_bad_envelope_is_listed_and_the_others_are_still_opened(
    repo: Path, key_file: Path, tmp_path: Path
) -> None:
    good = application(answers={"skills": "The good answer."}).to_bytes()
    bad = {
        "deep": b"[" * 100_000 + b"]" * 100_000,
        "deep-object": b'{"a":' * 50_000 + b"1" + b"}" * 50_000,
        "huge-int": b'{"name": ' + b"9" * 5_000 + b"}",
        "not-json": b"\xff\xfe not even text",
        "not-a-mapping": json.dumps(["name"]).encode(),
        "markup-field": json.dumps({"name": "x", "\n# Application Z": 1}).encode(),
    }
    sealed = [("good", seal_bytes(repo, good))]
    sealed += [(who, seal_bytes(repo, raw)) for who, raw in bad.items()]
    book = write_ledger(repo, sealed)
    result = open_cli(repo, key_file, tmp_path / "out")
    assert result.exit_code == 1, result.output
    assert (
        "Traceback" not in result.output
        and result.exception is None
        or isinstance(result.exception, SystemExit)
    )
    for entry in book.entries[1:]:
        assert entry.receipt in result.output  # each bad one is listed with its receipt
    assert "# Application Z" not in result.output
    assert "7 applications opened, 6 with problems" in result.output
    assert "The good answer." in (tmp_path / "out" / PACKET).read_text()


def test_a_broken_ledger_stops_opening_with_a_clear_message(
    repo: Path, key_file: Path, tmp_path: Path
) -> None:
    path = repo / "content" / "applications" / f"{OPPORTUNITY}.yaml"
    path.parent.mkdir(parents=True)
    for text in (
        "- just\n- a list\n",
        "opportunity: accessible-pdf-forms\napplications:\n- receipt: 1\n",
        "opportunity: accessible-pdf-forms\napplications: 3\n",
        "[" * 100_000,
    ):
        path.write_text(text)
        result = open_cli(repo, key_file, tmp_path / "out")
        assert result.exit_code == 2, (text[:40], result.output)
        assert "ledger" in result.output and "board validate" in result.output
        assert not isinstance(result.exception, Exception) or isinstance(
            result.exception, SystemExit
        )
        assert not (tmp_path / "out").exists()
