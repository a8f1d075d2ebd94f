"""The GC Design System (npm ``@gcds-core/components``, pinned in ``package-lock.json``), copied
into the built board under ``assets/gcds/``: the header with the Government of Canada signature
and the language toggle, the footer and "Date modified" are its web components.

Nothing is loaded from another site at run time. The package's ``gcds.css`` imports its fonts
from Google Fonts and its icon font from the design system's CDN: those rules are dropped here
(``fonts.py`` serves Lato and Noto Sans from the board itself; the board uses no icon), and any
other remote address left in the stylesheet stops the build, so an upgrade cannot bring one in
unseen.
"""

from __future__ import annotations

import re
from pathlib import Path

FOLDER = "assets/gcds"  # in the built site
LOADER = f"{FOLDER}/gcds.esm.js"
STYLES = f"{FOLDER}/gcds.css"
INSTALL = "run `npm ci` (make board and make test do it) to install the GC Design System"

_IMPORT = re.compile(r"@import\s+url\(\s*[\"']?https?://[^)]*\)[^;]*;")
_FONT_FACE = re.compile(r"@font-face\s*\{[^}]*url\(\s*[\"']?https?://[^}]*\}")
# Anything left that would still fetch from another site: url(...) or @import "..." to a host.
_REMOTE = re.compile(r"(?:url\(\s*[\"']?|@import\s*[\"'])\s*(?:[a-z][a-z0-9+.-]*:)?//", re.I)


RELATIVE = Path("node_modules/@gcds-core/components/dist/gcds")  # where `npm ci` puts it


def locate(option: str | None, config_dir: Path) -> Path:
    """The ``gcds`` option, else the first installed copy: beside ``mkdocs.yml``, in the current
    folder, in the checkout this package runs from."""
    if option:
        return Path(option)
    checkout = Path(__file__).resolve().parents[3]
    candidates = [config_dir / RELATIVE, Path.cwd() / RELATIVE, checkout / RELATIVE]
    return next((c for c in candidates if (c / "gcds.esm.js").is_file()), candidates[0])


class NotInstalled(Exception):
    """The package's files are not where the board plugin's ``gcds`` option says."""


def local_css(css: str) -> str:
    """``gcds.css`` without its remote fonts; an error for any other remote address."""
    css = _FONT_FACE.sub("", _IMPORT.sub("", css))
    remote = _REMOTE.search(css)
    if remote:
        raise NotInstalled(
            f"gcds.css still loads from another site near {css[remote.start() : remote.start() + 80]!r}: "
            "the board serves every file itself; drop that rule in tools/board/site/gcds.py"
        )
    return css


def assets(folder: Path) -> dict[str, str]:
    """Site path -> text of every file of the package's ``dist/gcds`` folder."""
    if not (folder / "gcds.esm.js").is_file() or not (folder / "gcds.css").is_file():
        raise NotInstalled(f"{folder} has no gcds.esm.js and gcds.css: {INSTALL}")
    out = {}
    for path in sorted(folder.iterdir()):
        if path.is_file() and path.suffix in (".js", ".css"):
            text = path.read_text(encoding="utf-8")
            out[f"{FOLDER}/{path.name}"] = local_css(text) if path.suffix == ".css" else text
    return out
