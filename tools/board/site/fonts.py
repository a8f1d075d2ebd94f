"""The GC Design System's typefaces, Lato (headings) and Noto Sans (text), served by the board.

``gcds.css`` asks Google Fonts for them, and ``gcds.py`` drops that request: nothing is loaded from
another site. This module puts the typefaces back from the pinned npm packages ``@fontsource/lato``
and ``@fontsource/noto-sans`` (``package-lock.json`` checks their integrity; ``npm ci`` installs
them): ``@font-face`` rules, read from each package's own stylesheet for a weight, that point to
woff2 files copied into ``assets/gcds/fonts/``, with the fonts' licence (SIL Open Font License 1.1)
beside them. Only the latin and latin-ext subsets, each with the package's ``unicode-range`` (a
browser fetches latin-ext only for a name that needs it), and only the weights the board's and the
design system's styles use.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path

from .gcds import FOLDER as GCDS_FOLDER
from .gcds import INSTALL, NotInstalled

FOLDER = f"{GCDS_FOLDER}/fonts"  # beside gcds.css, which the rules are added to
# family -> (npm package, the package's stylesheets by weight and style)
FAMILIES = {
    "Lato": ("@fontsource/lato", ("400", "700")),
    "Noto Sans": ("@fontsource/noto-sans", ("400", "400-italic", "600", "700", "700-italic")),
}
SUBSETS = ("latin", "latin-ext")
LICENCE = "SIL Open Font License, Version 1.1"

# fontsource writes each face as /* <name> */ @font-face { ... }, <name> being
# <package>-<subset>-<weight>-<normal|italic>, the file name of its woff2 under files/.
_FACE = re.compile(r"/\*\s*([a-z0-9-]+)\s*\*/\s*@font-face\s*\{([^}]*)\}")
_SRC = re.compile(r"\bsrc\s*:[^;]*;")


@dataclass(frozen=True)
class Fonts:
    css: str  # the @font-face rules, with addresses relative to assets/gcds/gcds.css
    files: dict[str, Path]  # site path -> installed file to copy (woff2 files and licences)


def node_modules(gcds_folder: Path) -> Path:
    """The ``node_modules`` folder that holds ``@gcds-core/components/dist/gcds``."""
    return gcds_folder.parents[3] if len(gcds_folder.parents) > 3 else gcds_folder


def _subset(name: str, package: str, sheet: str) -> str:
    """``noto-sans-latin-ext-400-italic`` of sheet ``400-italic`` -> ``latin-ext``."""
    weight, _, italic = sheet.partition("-")
    tail = f"-{weight}-{'italic' if italic else 'normal'}"
    head = package.split("/")[-1] + "-"
    return name[len(head) : -len(tail)] if name.startswith(head) and name.endswith(tail) else ""


def faces(modules: Path) -> Fonts:
    """The rules and files of every family, or NotInstalled naming what is missing."""
    rules: list[str] = []
    files: dict[str, Path] = {}
    for family, (package, sheets) in FAMILIES.items():
        root = modules / package
        licence = root / "LICENSE"
        if not licence.is_file():
            raise NotInstalled(f"{root} is missing (the {family} typeface): {INSTALL}")
        if LICENCE not in licence.read_text(encoding="utf-8", errors="replace"):
            raise NotInstalled(
                f"{licence} no longer says {LICENCE!r}: check the new licence before serving "
                f"{family}, then update tools/board/site/fonts.py"
            )
        files[f"{FOLDER}/{package.split('/')[-1]}-LICENSE.txt"] = licence
        for sheet in sheets:
            found = _faces_of(root, package, sheet)
            if len(found) != len(SUBSETS):
                raise NotInstalled(f"{root / (sheet + '.css')} lacks a {SUBSETS} face: {INSTALL}")
            for name, body in found:
                woff2 = root / "files" / f"{name}.woff2"
                if not woff2.is_file():
                    raise NotInstalled(f"{woff2} is missing: {INSTALL}")
                files[f"{FOLDER}/{woff2.name}"] = woff2
                src = f"src: url(fonts/{woff2.name}) format('woff2');"
                rules.append(f"/* {name} */\n@font-face {{{_SRC.sub(src, body)}}}\n")
    return Fonts("".join(rules), files)


def _faces_of(root: Path, package: str, sheet: str) -> list[tuple[str, str]]:
    path = root / f"{sheet}.css"
    text = path.read_text(encoding="utf-8") if path.is_file() else ""
    return [
        (m.group(1), m.group(2))
        for m in _FACE.finditer(text)
        if _subset(m.group(1), package, sheet) in SUBSETS
    ]
