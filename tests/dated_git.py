"""Git run at a given date, in a repository made for a test.

Tests of the history (frozen ledgers, back-dated postings, the draw's timing, the history page)
commit at chosen moments: the author and committer dates are set, and git reads no one's own
configuration (``HOME`` is the repository).
"""

from __future__ import annotations

import os
import subprocess
from pathlib import Path

WHO = {
    "GIT_AUTHOR_NAME": "Client",
    "GIT_AUTHOR_EMAIL": "client@example.gc.ca",
    "GIT_COMMITTER_NAME": "Client",
    "GIT_COMMITTER_EMAIL": "client@example.gc.ca",
}


def git(repo: Path, *args: str, when: str) -> str:
    """``git args`` in ``repo`` as at ``when`` (ISO 8601); its output, stripped."""
    env = {
        **WHO,
        "GIT_AUTHOR_DATE": when,
        "GIT_COMMITTER_DATE": when,
        "PATH": os.environ.get("PATH", "/usr/bin:/bin"),
        "HOME": str(repo),
    }
    done = subprocess.run(["git", *args], cwd=repo, env=env, check=True, capture_output=True)
    return done.stdout.decode().strip()


def commit(repo: Path, message: str, when: str) -> str:
    """Everything in ``repo`` committed at ``when``; the commit's SHA."""
    git(repo, "add", "-A", when=when)
    git(repo, "commit", "-qm", message, when=when)
    return git(repo, "rev-parse", "HEAD", when=when)
