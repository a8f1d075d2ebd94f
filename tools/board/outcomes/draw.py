"""The draw, ``content/outcomes/<opportunity-id>/draw.yaml``: written by ``board draw run`` (the
draw workflow) once the beacon round named by the evaluation record is published; its checks are
in `draw_checks`."""

from __future__ import annotations

import json
from dataclasses import dataclass
from typing import Any

import yaml

FILE = "draw.yaml"


@dataclass(frozen=True)
class Draw:
    opportunity: str
    round: int
    signature: str
    randomness: str
    evaluation_sha256: str
    ranking: tuple[str, ...]
    path: str = ""

    @classmethod
    def from_raw(cls, raw: dict[str, Any], path: str = "") -> Draw:
        return cls(
            opportunity=raw["opportunity"],
            round=raw["round"],
            signature=raw["signature"],
            randomness=raw["randomness"],
            evaluation_sha256=raw["evaluation_sha256"],
            ranking=tuple(raw["ranking"]),
            path=path,
        )

    def to_yaml(self) -> str:
        """The file's text: plain lines a reader can check by eye."""
        lines = [
            "# Written by the draw workflow (board draw run); check it with: "
            f"board draw verify {self.opportunity}",
            f"opportunity: {_text(self.opportunity)}",
            f"round: {self.round}",
            f"signature: {_text(self.signature)}",
            f"randomness: {_text(self.randomness)}",
            f"evaluation_sha256: {_text(self.evaluation_sha256)}",
            "ranking:",
            *(f"  - {_text(receipt)}" for receipt in self.ranking),
        ]
        return "\n".join(lines) + "\n"


def _text(value: str) -> str:
    """``value`` as a YAML string: bare when it reads back as itself, else quoted (an id of
    digits only, a hexadecimal digest that looks like a number)."""
    try:
        plain = yaml.safe_load(value) == value
    except yaml.YAMLError:
        plain = False
    return value if plain else json.dumps(value)
