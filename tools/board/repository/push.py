"""The push script, run as a process: the one other way the package reaches git.

`.github/scripts/record-ledger.sh` commits the ledger, pushes it, and on a lost race decides
again from a fresh `main`; the mailbox run (`intake/mailbox/record.py`) records each message
through it, so that e-mail and issue intake share one retry loop. This module only runs it and
returns what it said; what to make of that is decided by the caller.
"""

from __future__ import annotations

import subprocess
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path


@dataclass(frozen=True)
class Ran:
    code: int  # the script's exit code; -1 when it could not run or ran out of time
    out: str
    err: str


def run_script(command: Sequence[str], cwd: Path, env: Mapping[str, str], timeout: int) -> Ran:
    """Run ``command`` in ``cwd`` with exactly ``env``; never raises for the script's failure."""
    try:
        done = subprocess.run(
            list(command), cwd=cwd, env=dict(env), capture_output=True, text=True, timeout=timeout
        )
    except (OSError, subprocess.TimeoutExpired) as exc:
        return Ran(-1, "", str(exc))
    return Ran(done.returncode, done.stdout, done.stderr)
