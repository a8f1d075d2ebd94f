"""The deadline rush: 50 sealed applications to one opportunity in its last hours, delivered the
way GitHub can deliver them: out of order, twice, not at all, with outsiders' comments in
between, and with intake runs losing the race to push. Each run does what the intake workflow
does (fetch main, decide, write the ledger, commit, push; when the push is refused, fetch and
decide again), in real git clones of a real bare repository; then reconciliation runs as the
scheduled workflow would, from the issues as the REST API lists them. The ledger on main must be
exactly the one a calm, in-order delivery gives, and each applicant's status the expected one.
"""

from __future__ import annotations

import copy
import random
import shutil
import subprocess
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

from board.applications import ledger
from board.forms import Form
from board.intake import dispatch, event, reconcile
from board.intake.applications import LABEL_RECEIVED
from board.intake.decision import Decision
from board.validate import run
from board.writers import write_ledger
from conftest import OPPORTUNITY, render, sealed, webhook

CLOSING = datetime.fromisoformat("2027-01-30T04:59:59+00:00")
SEED = 8


def stamp(moment: datetime) -> str:
    return moment.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%SZ")


def git(cwd: Path, *args: str, check: bool = True) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        ["git", "-c", "user.name=intake", "-c", "user.email=intake@example.org", *args],
        cwd=cwd,
        capture_output=True,
        text=True,
        check=check,
    )


@dataclass
class Delivery:
    """One webhook delivery: the event's name and its payload."""

    name: str
    data: dict[str, Any]
    key: str  # what it stands for, to drop or duplicate it on purpose


@dataclass
class GitHub:
    """What GitHub shows of each issue after the runs applied their decisions."""

    labels: dict[int, set[str]] = field(default_factory=dict)
    closed: set[int] = field(default_factory=set)

    def apply(self, issue: int, decision: Decision) -> None:
        labels = self.labels.setdefault(issue, set())
        labels.difference_update(decision.remove_labels)
        labels.update(decision.add_labels)
        if decision.close:
            self.closed.add(issue)
        for notice in decision.others:
            other = self.labels.setdefault(notice.issue, set())
            other.difference_update(notice.remove_labels)
            other.update(notice.add_labels)


class Runner:
    """A clone of main, as the intake workflow's checkout."""

    def __init__(self, origin: Path, path: Path) -> None:
        git(origin.parent, "clone", "-q", str(origin), str(path))
        self.path = path
        self.refused = 0  # pushes refused because main moved: decided again

    def fetch(self) -> None:
        git(self.path, "fetch", "-q", "origin", "main")
        git(self.path, "reset", "-q", "--hard", "origin/main")

    def record(self, decision: Decision) -> bool:
        """Write the decision's ledger; commit and push it if that changed anything."""
        if all(same_text(self.path / c.path, c.content) for c in decision.ledger):
            return True
        write_ledger(decision, self.path)
        return self.push()

    def push(self) -> bool:
        git(self.path, "add", "content/applications")
        git(self.path, "commit", "-qm", "ledger")
        return git(self.path, "push", "-q", "origin", "HEAD:main", check=False).returncode == 0

    def decide(self, delivery: Delivery) -> tuple[Decision, int]:
        """The workflow's loop: decide on this checkout, push; refused: fetch, decide again."""
        for _ in range(10):
            parsed = event.from_payload(delivery.name, delivery.data)
            decision = dispatch.decide(parsed, self.path, CLOSING, "application.yml")
            if self.record(decision):
                return decision, parsed.issue_number
            self.refused += 1
            self.fetch()
        raise AssertionError("the push loop gave up")


def same_text(path: Path, text: str) -> bool:
    return path.exists() and path.read_text(encoding="utf-8") == text


@dataclass
class Scenario:
    deliveries: list[Delivery]  # in GitHub's order
    issues: dict[int, dict[str, Any]]  # the issue as the REST API shows it now (body, user, times)
    edits: list[dict[str, Any]]  # GraphQL nodes with userContentEdits
    expected: dict[int, list[tuple[int, str, str | None]]]  # issue -> (account id, status, changed)
    droppable: set[str]


def build(repo: Path, form: Form) -> Scenario:
    rng = random.Random(SEED)
    deliveries: list[tuple[datetime, Delivery]] = []
    issues: dict[int, dict[str, Any]] = {}
    edits: dict[int, list[dict[str, Any]]] = {}
    expected: dict[int, list[tuple[int, str, str | None]]] = {}
    droppable: set[str] = set()
    ids = {f"applicant-{i:02d}": 7000 + i for i in range(50)}
    ids |= {"applicant-07-renamed": 7007, "mallory": 6666, "outsider": 5555, "late": 4444}
    ids |= {"maintainer": 1111}

    def post(number: int, login: str, at: datetime, text: str, action: str = "opened") -> None:
        data = webhook("issues", text, action=action, at=stamp(at), author=login, number=number)
        data["issue"]["user"]["id"] = data["sender"]["id"] = ids[login]
        data["issue"]["created_at"] = issues.get(number, data["issue"])["created_at"]
        deliveries.append((at, Delivery("issues", data, f"{action}:{number}:{stamp(at)}")))
        rest = copy.deepcopy(data["issue"])
        issues[number] = rest
        if action == "edited":
            editor = {"databaseId": ids[login]}
            edits.setdefault(number, []).append({"editedAt": stamp(at), "editor": editor})

    def comment(number: int, login: str, at: datetime, text: str, kind: str = "comment") -> None:
        author = issues[number]["user"]["login"]
        data = webhook(
            "issue_comment", issues[number]["body"], at=stamp(at), author=author, number=number
        )
        data["issue"]["user"]["id"] = ids[author]
        data["issue"]["created_at"] = issues[number]["created_at"]
        data["comment"].update(body=text, created_at=stamp(at))
        data["comment"]["user"].update(login=login, id=ids[login])
        data["sender"].update(login=login, id=ids[login])
        deliveries.append((at, Delivery("issue_comment", data, f"{kind}:{number}:{stamp(at)}")))

    def block() -> str:
        return render(form, {"opportunity": OPPORTUNITY, "envelope": sealed(repo)})

    start = CLOSING - timedelta(hours=8)
    times = sorted(start + timedelta(seconds=rng.randrange(8 * 3600)) for _ in range(50))
    times[-3:] = [CLOSING - timedelta(seconds=2), CLOSING - timedelta(seconds=1), CLOSING]
    bodies: dict[int, str] = {}
    for i, at in enumerate(times):
        number = i + 1
        bodies[number] = block()
        post(number, f"applicant-{i:02d}", at, bodies[number])
        expected[number] = [(7000 + i, "received", None)]
    withdrawing = (3, 10, 20, 33, 44)
    # 10 applicants edit in a new block before closing: the first version is superseded
    for number in range(2, 42, 4):
        first_at = datetime.fromisoformat(issues[number]["created_at"].replace("Z", "+00:00"))
        at = first_at + (CLOSING - first_at) / 2
        post(number, f"applicant-{number - 1:02d}", at, block(), action="edited")
        expected[number] = [(7000 + number - 1, "superseded", stamp(at)), expected[number][0]]
        if number not in withdrawing:  # reconciliation sees the last edit, not the comments
            droppable.add(f"edited:{number}:{stamp(at)}")
    # five withdraw (after their last post); an outsider's /withdraw on another issue does nothing
    for number in withdrawing:
        last = expected[number][-1]
        at = CLOSING - timedelta(seconds=30 + number)
        comment(number, f"applicant-{number - 1:02d}", at, "/withdraw", kind="withdraw")
        expected[number][-1] = (last[0], "withdrawn", stamp(at))
    comment(5, "outsider", CLOSING - timedelta(minutes=9), "/withdraw")
    # applicant-07 renames their account and applies again in a new issue: the first is superseded
    renamed_at = CLOSING - timedelta(minutes=3)
    post(51, "applicant-07-renamed", renamed_at, block())
    expected[8] = [(7007, "superseded", stamp(renamed_at))]
    expected[51] = [(7007, "received", None)]
    # mallory reposts applicant-11's block a minute later, in her own issue: a copy
    original = datetime.fromisoformat(issues[12]["created_at"].replace("Z", "+00:00"))
    post(52, "mallory", original + timedelta(minutes=1), bodies[12])
    expected[52] = [(6666, "copy", stamp(original))]
    # a maintainer's edit is not the applicant's; an edit after closing changes nothing
    post(15, "applicant-14", CLOSING - timedelta(hours=1), bodies[15], action="edited")
    maintainer = deliveries[-1][1].data
    maintainer["sender"].update(login="maintainer", id=ids["maintainer"])
    edits[15][-1]["editor"] = {"databaseId": ids["maintainer"]}
    post(16, "applicant-15", CLOSING + timedelta(minutes=5), bodies[16], action="edited")
    # one second late: refused, never in the ledger
    post(53, "late", CLOSING + timedelta(seconds=1), block())
    # outsiders comment all along
    for _ in range(30):
        at = start + timedelta(seconds=rng.randrange(8 * 3600))
        target = rng.randrange(1, 51)
        if stamp(at) >= issues[target]["created_at"]:
            comment(target, "outsider", at, rng.choice(["+1", "Good luck!", "/withdraw"]))
    # the opened event of applications never edited, withdrawn or copied may be lost entirely
    for number in range(1, 51):
        if len(expected[number]) == 1 and expected[number][0][1] == "received":
            if number not in (8, 12, 15, 16):
                droppable.add(f"opened:{number}:{issues[number]['created_at']}")
    ordered = [d for _, d in sorted(deliveries, key=lambda pair: pair[0])]
    nodes = [{"number": n, "userContentEdits": {"nodes": e}} for n, e in edits.items()]
    return Scenario(ordered, issues, nodes, expected, droppable)


def origin_with(repo: Path, tmp: Path) -> Path:
    git(repo, "init", "-q", "-b", "main")
    git(repo, "add", "-A")
    git(repo, "commit", "-qm", "board")
    origin = tmp / "origin.git"
    git(tmp, "clone", "-q", "--bare", str(repo), str(origin))
    return origin


def authors(scenario: Scenario) -> dict[int, int]:
    return {number: issue["user"]["id"] for number, issue in scenario.issues.items()}


def listed(scenario: Scenario, github: GitHub) -> list[dict[str, Any]]:
    """The issues as ``gh api --paginate repos/{repo}/issues`` returns them after the runs."""
    out = []
    for number, issue in sorted(scenario.issues.items()):
        rest = copy.deepcopy(issue)
        labels = ["application · candidature", *sorted(github.labels.get(number, ()))]
        rest["labels"] = [{"name": name} for name in labels]
        rest["state"] = "closed" if number in github.closed else "open"
        out.append(rest)
    return out


def run_all(
    scenario: Scenario, deliveries: list[Delivery], origin: Path, tmp: Path, rng: random.Random
) -> tuple[Path, list[reconcile.Outcome]]:
    a, b = Runner(origin, tmp / "runner-a"), Runner(origin, tmp / "runner-b")
    github = GitHub()
    queue = list(deliveries)
    while queue:
        first = queue.pop(0)
        a.fetch()
        if queue and rng.random() < 0.3:  # another run pushes between a's checkout and a's push
            b.fetch()
            second = queue.pop(0)
            github.apply(*reversed(b.decide(second)))
        github.apply(*reversed(a.decide(first)))
    assert a.refused > 0  # runs did lose the race to push, and decided again
    a.fetch()
    edits = reconcile.author_edits(scenario.edits, authors(scenario))
    outcomes = reconcile.reconcile(
        listed(scenario, github), edits, a.path, lambda d: write_ledger(d, a.path)
    )
    assert not outcomes or a.push()
    final = tmp / "final"
    git(tmp, "clone", "-q", str(origin), str(final))
    return final, outcomes


def ledger_text(root: Path) -> str:
    return (root / ledger.relative_path(OPPORTUNITY)).read_text(encoding="utf-8")


def test_a_burst_of_50_applications_delivered_in_chaos_gives_exactly_the_expected_ledger(
    repo: Path, form: Form, tmp_path: Path
) -> None:
    scenario = build(repo, form)
    rng = random.Random(SEED)

    # calm: every event once, in GitHub's order, one run after the other
    calm = tmp_path / "calm"
    shutil.copytree(repo, calm)
    github = GitHub()
    for delivery in scenario.deliveries:
        parsed = event.from_payload(delivery.name, delivery.data)
        decision = dispatch.decide(parsed, calm, CLOSING, "application.yml")
        write_ledger(decision, calm)
        github.apply(parsed.issue_number, decision)
    edits = reconcile.author_edits(scenario.edits, authors(scenario))
    left = reconcile.reconcile(listed(scenario, github), edits, calm, lambda d: None)
    assert left == []  # nothing was left undecided

    # chaos: a fresh origin, events shuffled, some twice, the droppable ones lost
    origin = origin_with(repo, tmp_path)
    lost = set(rng.sample(sorted(scenario.droppable), 12))
    kept = [d for d in scenario.deliveries if d.key not in lost]
    chaos = [*kept, *rng.sample(kept, 20)]  # 20 delivered twice
    rng.shuffle(chaos)
    # a withdrawal is answered only once its post is in the ledger (else: "nothing to withdraw")
    withdrawals = [d for d in chaos if d.key.startswith("withdraw:")]
    chaos = [d for d in chaos if not d.key.startswith("withdraw:")] + withdrawals
    final, outcomes = run_all(scenario, chaos, origin, tmp_path / "chaos", rng)

    assert {o.issue for o in outcomes} == {int(key.split(":")[1]) for key in lost}
    assert ledger_text(final) == ledger_text(calm)
    entries = yaml_entries(final)
    got: dict[int, list[tuple[int, str, str | None]]] = {}
    for e in entries:
        got.setdefault(e["issue"], []).append((e["account_id"], e["status"], e.get("changed")))
    assert got == scenario.expected
    assert sum(e["status"] == "received" for e in entries) == 50 - 5  # one per account, 5 withdrew
    assert run([], final / "content").passed(), run([], final / "content").problems
    reconciled = {o.issue: o.decision for o in outcomes}
    assert all(LABEL_RECEIVED in d.add_labels for d in reconciled.values() if d.ledger)


def yaml_entries(root: Path) -> list[dict[str, Any]]:
    import yaml

    data: dict[str, Any] = yaml.safe_load(ledger_text(root))
    return list(data["applications"])
