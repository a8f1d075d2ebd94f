"""The package works outside its checkout: the built wheel, installed in a fresh virtual
environment, validates and builds a board in a folder that holds only a board's own files.

The wheel is built from a copy of the sources (the checkout stays clean) with the pinned build
backend, offline. The fresh environment gets the wheel itself; its dependencies are borrowed
from the project's environment by a ``.pth`` line, so that nothing is downloaded, and the test
checks that ``board`` is imported from the wheel, never from the checkout.
"""

from __future__ import annotations

import filecmp
import os
import shutil
import subprocess
import sys
import sysconfig
import zipfile
from dataclasses import dataclass
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
SOURCES = ("pyproject.toml", "setup.py", "MANIFEST.in", "README.md", "schemas", "tools")
# A board's own repository: its content, its configuration, its guides and its issue forms.
BOARD_FILES = (
    "content", "mkdocs.yml", "docs", ".github/ISSUE_TEMPLATE", "package.json", "package-lock.json"
)  # fmt: skip


@dataclass(frozen=True)
class Installed:
    wheel: Path
    venv: Path
    board: Path  # the folder of a board, outside the checkout

    def run(self, *args: str) -> subprocess.CompletedProcess[str]:
        env = {k: v for k, v in os.environ.items() if k not in ("PYTHONPATH", "VIRTUAL_ENV")}
        env["BOARD_NOW"] = "2027-01-20T12:00:00-05:00"
        return subprocess.run(
            [str(self.venv / "bin" / args[0]), *args[1:]],
            cwd=self.board,
            env=env,
            capture_output=True,
            text=True,
            timeout=120,
        )


def _build_wheel(work: Path) -> Path:
    src = work / "src"
    src.mkdir()
    for name in SOURCES:
        if (ROOT / name).is_dir():
            ignore = shutil.ignore_patterns("__pycache__", "*.egg-info", "build")
            shutil.copytree(ROOT / name, src / name, ignore=ignore)
        else:
            shutil.copy2(ROOT / name, src / name)
    dist = work / "dist"
    pip = [sys.executable, "-m", "pip", "--disable-pip-version-check", "--quiet"]
    subprocess.run(
        [*pip, "wheel", "--no-deps", "--no-build-isolation", "--no-index", "-w", dist, src],
        check=True,
        capture_output=True,
    )
    (wheel,) = dist.glob("micro_acquisition_board-*.whl")
    return wheel


def _fresh_venv(work: Path, wheel: Path) -> Path:
    venv = work / "venv"
    subprocess.run([sys.executable, "-m", "venv", "--without-pip", venv], check=True)
    pip = [sys.executable, "-m", "pip", "--disable-pip-version-check", "--quiet"]
    subprocess.run(
        [*pip, "--python", venv / "bin" / "python", "install", "--no-deps", "--no-index", wheel],
        check=True,
        capture_output=True,
    )
    out = subprocess.run(
        [
            venv / "bin" / "python",
            "-c",
            "import sysconfig; print(sysconfig.get_paths()['purelib'])",
        ],
        check=True,
        capture_output=True,
        text=True,
    )
    # The dependencies, from the project's environment (after the wheel on sys.path).
    deps = {sysconfig.get_paths()["purelib"], sysconfig.get_paths()["platlib"]}
    Path(out.stdout.strip(), "project-deps.pth").write_text("\n".join(sorted(deps)) + "\n")
    return venv


@pytest.fixture(scope="module")
def installed(tmp_path_factory: pytest.TempPathFactory) -> Installed:
    work = tmp_path_factory.mktemp("package")
    wheel = _build_wheel(work)
    venv = _fresh_venv(work, wheel)
    board = work / "elsewhere" / "board"
    for name in BOARD_FILES:
        if (ROOT / name).is_dir():
            shutil.copytree(ROOT / name, board / name)
        else:
            board.mkdir(parents=True, exist_ok=True)
            shutil.copy2(ROOT / name, board / name)
    # the board's own `npm ci` (the GC Design System): the checkout's, not installed again
    (board / "node_modules").symlink_to(ROOT / "node_modules", target_is_directory=True)
    return Installed(wheel, venv, board)


def test_board_is_imported_from_the_wheel_not_the_checkout(installed: Installed) -> None:
    out = installed.run("python", "-c", "import board; print(board.__file__)")
    assert out.returncode == 0, out.stderr
    where = Path(out.stdout.strip())
    assert where.is_relative_to(installed.venv), where
    assert not where.is_relative_to(ROOT)


def test_installed_board_validates_and_builds_a_board_outside_the_checkout(
    installed: Installed,
) -> None:
    validated = installed.run("board", "validate")
    assert validated.returncode == 0, validated.stdout + validated.stderr
    built = installed.run("board", "build", "--site-dir", "site")
    assert built.returncode == 0, built.stdout + built.stderr
    site = installed.board / "site"
    # the theme and templates (package data) made the pages, in both languages
    index = (site / "en" / "index.html").read_text(encoding="utf-8")
    assert "board.css" in index and 'lang="en"' in index
    assert (site / "fr" / "index.html").is_file()
    assert (site / "assets" / "board.css").is_file()
    assert (site / "assets" / "gcds" / "gcds.esm.js").is_file()  # the GC frame, served locally
    # the sealing script is shipped with the package, so the Apply page can seal
    assert (site / "assets" / "seal.js").read_bytes() == (
        ROOT / "tools" / "board" / "sealing" / "seal.js"
    ).read_bytes()
    assert 'data-sealing="unavailable"' not in (site / "en" / "opportunities").joinpath(
        "accessible-pdf-forms", "apply", "index.html"
    ).read_text(encoding="utf-8")


def test_installed_board_refuses_invalid_content_with_the_schema_message(
    installed: Installed,
) -> None:
    broken = installed.board.parent / "broken"
    shutil.copytree(installed.board / "content", broken / "content")
    target = broken / "content" / "opportunities" / "accessible-pdf-forms.yaml"
    target.write_text(
        target.read_text(encoding="utf-8").replace("status: published", "status: publishd"),
        encoding="utf-8",
    )
    out = installed.run("board", "validate", str(broken / "content"))
    assert out.returncode == 1
    assert "status" in out.stdout + out.stderr  # the packaged schema's enum, as a message


def test_lint_forms_works_without_the_test_extras(installed: Installed) -> None:
    """check-jsonschema (a test extra) is made unimportable: the vendored schema does the job."""
    code = (
        "import sys; sys.modules['check_jsonschema'] = None; "
        "from board.cli import main; main(['lint-forms'])"
    )
    out = installed.run("python", "-c", code)
    assert out.returncode == 0, out.stdout + out.stderr
    bad = installed.board / ".github" / "ISSUE_TEMPLATE" / "broken.yml"
    bad.write_text("name: Broken\nbody: []\n", encoding="utf-8")
    try:
        out = installed.run("python", "-c", code)
    finally:
        bad.unlink()
    assert out.returncode == 1, out.stdout + out.stderr
    assert "broken.yml" in out.stdout + out.stderr


def test_the_wheel_carries_the_schemas_equal_to_their_source(installed: Installed) -> None:
    with zipfile.ZipFile(installed.wheel) as wheel:
        names = set(wheel.namelist())
        for source in sorted((ROOT / "schemas").glob("*.json")):
            packaged = f"board/_schemas/{source.name}"
            assert packaged in names, packaged
            assert wheel.read(packaged) == source.read_bytes(), packaged
        for data in (
            "board/sealing/seal.js",
            "board/site/theme/main.html",
            "board/site/theme/board/opportunity.html",
            "board/forms/vendor/github-issue-forms.json",
            "board/catalog/fr.po",
            "board/forms/vendor/LICENSE.schemastore",
        ):
            assert data in names, data
        entry_points = wheel.read(
            next(n for n in names if n.endswith(".dist-info/entry_points.txt"))
        ).decode()
    assert "board = board.site.plugin:BoardPlugin" in entry_points


def test_vendored_issue_forms_schema_equals_check_jsonschemas_copy() -> None:
    from importlib import resources

    upstream = (
        resources.files("check_jsonschema.builtin_schemas.vendor") / "github-issue-forms.json"
    )
    ours = ROOT / "tools" / "board" / "forms" / "vendor" / "github-issue-forms.json"
    assert filecmp.cmp(str(upstream), ours, shallow=False), (
        "check-jsonschema's github-issue-forms schema changed: copy it to " + str(ours)
    )


def test_workflows_install_the_package_as_this_test_installs_it() -> None:
    """Not editable: a workflow runs the package data of the install, as tested here."""
    installs = [
        (path.name, line.strip())
        for path in sorted((ROOT / ".github" / "workflows").glob("*.yml"))
        for line in path.read_text(encoding="utf-8").splitlines()
        if "pip install" in line
    ]
    assert installs, "the workflows install the board with pip"
    for name, line in installs:
        assert line.endswith("pip install --quiet ."), f"{name}: {line}"
