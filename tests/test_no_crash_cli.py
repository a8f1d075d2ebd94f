"""No input makes a command crash: each case the security review found, through the real
command line, ends with the command's own message and exit code, never a traceback."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

from click.testing import CliRunner, Result

from board.cli import main
from conftest import OPPORTUNITY, ROOT, payload, webhook, write_event

BOARD = Path(sys.executable).parent / "board"
DEEP = 100_000

HOSTILE_CONTENT = {
    # file name: (content, words the message must hold)
    "top-list.yaml": ("- a\n- b\n", "found a list"),
    "top-scalar.yaml": ("just text\n", "found text"),
    "top-null.yaml": ("null\n", "found nothing"),
    "deep-600.yaml": ("a: " + "[" * 600 + "]" * 600 + "\n", "nested more than 50 levels"),
    "deep-flow.yaml": ("a: " + "[" * DEEP + "]" * DEEP + "\n", "nested more than 50 levels"),
    "deep-mapping.yaml": ("{a: " * DEEP + "1" + "}" * DEEP + "\n", "nested more than 50 levels"),
    "deep-block.yaml": ("- " * DEEP + "x\n", "nested more than 50 levels"),
    "deep-indent.yaml": (
        "".join("  " * i + "k:\n" for i in range(700)) + "  " * 700 + "v\n",
        "nested more than 50 levels",
    ),
    "long-int.yaml": ("id: x\nprice: " + "9" * 5_000 + "\n", "a number of 5,000 digits"),
    "shouting.YAML": ("id: shouting\n", "ending in '.YAML' is not read"),
    "mixed.Yml": ("id: mixed\n", "ending in '.Yml' is not read"),
}


def run_board(*args: str | Path, cwd: Path) -> subprocess.CompletedProcess[str]:
    """The installed command in its own process: a crash in C (a segmentation fault) would
    show as a negative exit code here instead of killing the test run."""
    env = {**os.environ, "BOARD_LANG": "en"}
    return subprocess.run(
        [str(BOARD), *map(str, args)], cwd=cwd, env=env, capture_output=True, text=True, timeout=120
    )


def test_validate_reports_every_hostile_file_and_never_crashes(make_repo, tmp_path: Path) -> None:
    root = make_repo()
    folder = root / "content" / "opportunities"
    folder.mkdir(parents=True, exist_ok=True)
    for name, (text, _) in HOSTILE_CONTENT.items():
        (folder / name).write_text(text, encoding="utf-8")
    (folder / "loop-a.yaml").symlink_to("loop-b.yaml")
    (folder / "loop-b.yaml").symlink_to("loop-a.yaml")
    (folder / "secret.yaml").symlink_to("/etc/passwd")
    os.mkfifo(folder / "pipe.yaml")  # opening a pipe would block the run forever
    result = run_board("validate", cwd=root)
    assert result.returncode == 1, result.stderr
    assert "Traceback" not in result.stdout + result.stderr
    lines = result.stdout.splitlines()
    for name, (_, words) in HOSTILE_CONTENT.items():
        assert any(
            line.startswith(f"content/opportunities/{name}:") and words in line for line in lines
        ), name
    for name in ("loop-a.yaml", "loop-b.yaml", "secret.yaml"):
        assert (
            f"content/opportunities/{name}:1:1: a symbolic link is not read as content"
            in result.stdout
        )
    assert "content/opportunities/pipe.yaml:1:1: not a regular file" in result.stdout
    assert "root:" not in result.stdout  # the link's target was never read
    # the same folder given as a path, and the build, say the same
    folder_run = run_board("validate", "content/opportunities", cwd=root)
    assert folder_run.returncode == 1 and "Traceback" not in folder_run.stderr
    assert "shouting.YAML:1:1: a file ending in '.YAML'" in folder_run.stdout
    built = run_board(
        "build",
        "--site-dir",
        tmp_path / "site",
        "--config",
        ROOT / "mkdocs.yml",
        "--content",
        root / "content",
        cwd=root,
    )
    assert built.returncode == 1 and "Traceback" not in built.stderr
    assert "nested more than 50 levels" in built.stdout + built.stderr


def cli(*args: str | Path) -> Result:
    return CliRunner().invoke(main, [str(a) for a in args])


def assert_clean_failure(result: Result, code: int, words: str) -> None:
    assert result.exit_code == code, result.output
    assert result.exception is None or isinstance(result.exception, SystemExit), repr(
        result.exception
    )
    assert words in result.output and "Traceback" not in result.output


def test_board_yaml_of_the_wrong_shape_is_a_clear_error(make_repo) -> None:
    root = make_repo()
    for text, words in (("- a\n", "found a list"), ("", "empty"), ("~\n", "found nothing")):
        (root / "content" / "board.yaml").write_text(text)
        assert_clean_failure(cli("validate", "--content", root / "content"), 1, words)


def test_seal_refuses_hostile_answers_files(repo: Path, tmp_path: Path) -> None:
    for text, words in (
        ("- a list\n", "expected a mapping"),
        ("name: " + "9" * 5_000 + "\n", "a number of 5,000 digits"),
        ("answers: " + "[" * 600 + "]" * 600 + "\n", "nested more than 50 levels"),
        ('{"answers": ' + "[" * DEEP + "]" * DEEP + "}", "nested more than 50 levels"),
    ):
        answers = tmp_path / "answers.json"
        answers.write_text(text)
        result = cli(
            "seal",
            "--opportunity",
            OPPORTUNITY,
            "--answers",
            answers,
            "--content",
            repo / "content",
        )
        assert_clean_failure(result, 1, words)
        assert "BEGIN SEALED" not in result.output


def test_intake_refuses_hostile_event_files(repo: Path, tmp_path: Path) -> None:
    real = webhook("issues", "### Opportunity\n\nx")
    wrong_types = json.loads(json.dumps(real))
    wrong_types["issue"]["labels"] = [True, "x"]
    wrong_number = json.loads(json.dumps(real))
    wrong_number["issue"]["number"] = ["1"]
    wrong_user = json.loads(json.dumps(real))
    wrong_user["issue"]["user"] = "ada"
    cases: list[tuple[bytes, str]] = [
        (b"[" * DEEP + b"]" * DEEP, "not a JSON payload"),
        (b'{"issue": {"number": ' + b"9" * 5_000 + b"}}", "not a JSON payload"),
        (b"\xff\xfe", "not a JSON payload"),
        (b"[1, 2]", "not a JSON object"),
        (json.dumps(wrong_types).encode(), "not an issue event"),
        (json.dumps(wrong_number).encode(), "not an issue event"),
        (json.dumps(wrong_user).encode(), "not an issue event"),
        (json.dumps({"issue": None}).encode(), "has no issue"),
    ]
    for raw, words in cases:
        path = tmp_path / "event.json"
        path.write_bytes(raw)
        assert_clean_failure(cli("intake", "--event", path, "--repo", repo), 2, words)


def test_intake_reads_any_body_without_crashing(repo: Path, tmp_path: Path) -> None:
    bodies = [
        "",
        "### " * 5_000,
        "```\n" * 3_000,
        "### Opportunity\n\n" + "[" * DEEP,
        "### Sealed application · Candidature scellée\n\n-----BEGIN SEALED APPLICATION-----\n"
        + "A" * 70_000,
        "\r\n".join(["### x", "- [x] \u202e", "\x00\x1b[31m"] * 200),
    ]
    for n, body in enumerate(bodies):
        event = write_event(tmp_path, webhook("issues", body, number=n + 1), f"body{n}.json")
        result = cli("intake", "--event", event, "--repo", repo)
        assert result.exit_code == 0, (n, result.output)
        assert json.loads(result.output)["summary"]


def test_answers_refuses_a_deep_push_payload(make_repo, tmp_path: Path) -> None:
    root = make_repo()
    path = tmp_path / "push.json"
    path.write_bytes(b"[" * DEEP + b"]" * DEEP)
    assert_clean_failure(cli("answers", "--event", path, "--repo", root), 2, str(path))
    path.write_text(json.dumps(payload("push", "payload.json")["repository"]))
    assert_clean_failure(cli("answers", "--event", path, "--repo", root), 2, "not a push event")


def test_lint_forms_refuses_hostile_form_files(tmp_path: Path) -> None:
    for name, raw, words in (
        ("deep.yml", ("a: " + "[" * DEEP + "]" * DEEP).encode(), "nested more than 50 levels"),
        ("long.yml", ("n: " + "9" * 5_000).encode(), "5000 digits"),
        ("list.yml", b"- a\n", "is not of type 'object'"),
        ("binary.yml", b"\xff\xfe", "cannot read the file"),
    ):
        path = tmp_path / name
        path.write_bytes(raw)
        assert_clean_failure(cli("lint-forms", path), 1, words)
