"""Shared test helpers: the repository root and a CLI runner that reports like a user sees."""

from __future__ import annotations

from pathlib import Path

import pytest
from click.testing import CliRunner

ROOT = Path(__file__).resolve().parents[1]
EXAMPLES = ROOT / "tests" / "examples"
FIXTURES = ROOT / "tests" / "fixtures"


@pytest.fixture
def runner() -> CliRunner:
    return CliRunner()
