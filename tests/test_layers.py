"""The package's layers (docs/architecture.md): a module imports only from its own layer or the
layers below, and the features never import one another (issue #9, "Done when").

Every top-level module or package of ``tools/board/`` must have a place in ``LAYERS``; a new one
fails this test until it is given one, which is the moment to decide where it belongs.
"""

from __future__ import annotations

import ast
from pathlib import Path

from conftest import ROOT

PACKAGE = ROOT / "tools" / "board"

# Lowest first. A name is a top-level module (``formats``) or sub-package (``rules``).
LAYERS: dict[str, set[str]] = {
    # Values, formats and edges that know nothing of the product's flows.
    "foundations": {
        "errors", "formats", "catalog", "words", "problems", "model", "calendar", "links", "writers",
        "repository", "changes", "yamlio", "schemas", "report",
    },
    # The content model and its rules: what is valid, loaded once.
    "content": {
        "content", "applications", "rules", "validate", "question_period", "posting", "secrets",
        "sealing", "forms",
        "outcomes",  # after closing (#10, #12): evaluation, draw, award, delivery, payment
        "metrics",  # issue #12: the measures
        "guardrails",  # issue #12: guardrails over the whole history
    },
    # The features, each on its own.
    "features": {"site", "intake", "client"},
    # The command line: options in, a feature called, an exit code out.
    "cli": {"cli"},
}  # fmt: skip

# Features grouped by what they serve; a feature may import only within its own group.
FEATURES: dict[str, set[str]] = {
    "site": {"site"},
    "intake": {"intake"},
    "client tools": {"client"},
}


def _layer(name: str) -> int:
    for rank, members in enumerate(LAYERS.values()):
        if name in members:
            return rank
    raise AssertionError(f"tools/board/{name} has no layer: add it to LAYERS in {__file__}")


def _group(name: str) -> str:
    return next(group for group, members in FEATURES.items() if name in members)


def _top(path: Path) -> str:
    return path.relative_to(PACKAGE).parts[0].removesuffix(".py")


def _imports(path: Path) -> set[str]:
    """The top-level names of ``board`` that the module at ``path`` imports."""
    depth = len(path.relative_to(PACKAGE).parts) - 1  # 0 for tools/board/x.py
    found: set[str] = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"), str(path))):
        if isinstance(node, ast.ImportFrom):
            if node.level == 0:
                parts = (node.module or "").split(".")
                if parts[0] == "board" and len(parts) > 1:
                    found.add(parts[1])
            elif node.level - 1 >= depth:  # climbs to tools/board itself
                if node.module:
                    found.add(node.module.split(".")[0])
                else:
                    found.update(alias.name for alias in node.names)
        elif isinstance(node, ast.Import):
            for alias in node.names:
                parts = alias.name.split(".")
                if parts[0] == "board" and len(parts) > 1:
                    found.add(parts[1])
    return found - {"__version__"}


def _modules() -> list[Path]:
    return [p for p in sorted(PACKAGE.rglob("*.py")) if p.parent != PACKAGE or p.stem != "__init__"]


def test_every_module_has_a_layer() -> None:
    for path in _modules():
        _layer(_top(path))


def test_no_module_imports_from_a_higher_layer() -> None:
    upward = [
        f"{path.relative_to(PACKAGE)} imports {name}"
        for path in _modules()
        for name in sorted(_imports(path))
        if _top(path) != name and _layer(name) > _layer(_top(path))
    ]
    assert upward == [], "move the shared piece down a layer instead"


def test_features_do_not_import_one_another() -> None:
    features = LAYERS["features"]
    sideways = [
        f"{path.relative_to(PACKAGE)} imports {name}"
        for path in _modules()
        for name in sorted(_imports(path))
        if _top(path) in features and name in features and _group(name) != _group(_top(path))
    ]
    assert sideways == [], "a feature needs its own copy of nothing: move the piece down a layer"


def test_the_layer_check_sees_relative_and_absolute_imports() -> None:
    # The checker itself must not pass by seeing nothing.
    assert {"catalog", "problems", "repository"} <= _imports(PACKAGE / "client" / "rekeying.py")
    assert "validate" in _imports(PACKAGE / "intake" / "reading.py") | _imports(
        PACKAGE / "intake" / "dispatch.py"
    )
