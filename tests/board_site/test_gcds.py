"""The GC Design System comes from the pinned npm package and is served by the board itself
(issue #11 §3): package.json pins one version, package-lock.json checks its integrity, the build
copies the files into assets/gcds/, and no stylesheet rule can fetch from another site. Its
typefaces, Lato and Noto Sans, come the same way from @fontsource (fonts.py), with their licence."""

from __future__ import annotations

import json
import re
import shutil
from pathlib import Path

import pytest

from board.site import fonts, gcds
from board.site.build import BuildOptions, build

from .conftest import NOW, ROOT, sample, write_content
from .test_plugin import REPOSITORY, config_with

PACKAGE = "@gcds-core/components"
TYPEFACES = [package for package, _ in fonts.FAMILIES.values()]


@pytest.mark.parametrize("package", [PACKAGE, *TYPEFACES])
def test_the_design_system_is_pinned_to_one_version_with_its_integrity(package: str) -> None:
    wanted = json.loads((ROOT / "package.json").read_text("utf-8"))["dependencies"][package]
    assert re.fullmatch(r"\d+\.\d+\.\d+", wanted), "pin an exact version, not a range"
    lock = json.loads((ROOT / "package-lock.json").read_text("utf-8"))
    locked = lock["packages"][f"node_modules/{package}"]
    assert locked["version"] == wanted
    assert locked["integrity"].startswith("sha512-")


@pytest.mark.parametrize(
    "css",
    [
        '@import url("https://fonts.example/css?family=X");body{color:red}',
        "@font-face{font-family:i;src:url(https://cdn.example/i.woff) format('woff')}a{b:c}",
    ],
)
def test_the_package_fonts_from_other_sites_are_dropped(css: str) -> None:
    out = gcds.local_css(css)
    assert "example" not in out and ("color:red" in out or "a{b:c}" in out)


@pytest.mark.parametrize(
    "css",
    [
        "a{background:url(https://tracker.example/p.gif)}",
        "a{background:URL( '//tracker.example/p.gif')}",
        '@import "https://cdn.example/more.css";',
        "@IMPORT URL(https://cdn.example/more.css);",
        "a{background:url(HTTP://tracker.example/p.gif)}",
    ],
)
def test_any_other_remote_address_in_the_stylesheet_stops_the_build(css: str) -> None:
    with pytest.raises(gcds.NotInstalled, match="loads from another site"):
        gcds.local_css(css)


def test_the_built_board_serves_the_design_system_itself(built: Path) -> None:
    folder = built / gcds.FOLDER
    assert (folder / "gcds.esm.js").is_file()
    css = (folder / "gcds.css").read_text("utf-8")
    assert "googleapis" not in css and "cdn.design-system" not in css
    for html in [built / "index.html", built / "404.html", built / "en" / "index.html"]:
        text = html.read_text("utf-8")
        scripts = re.findall(r'<script[^>]+src="([^"]+)"', text)
        styles = re.findall(r'<link[^>]+rel="(?:stylesheet|icon|preload)"[^>]+href="([^"]+)"', text)
        loaded = scripts + styles  # what the browser fetches (canonical and alternate are not)
        assert loaded and not [u for u in loaded if re.match(r"(https?:)?//", u)], html


def test_without_npm_ci_the_build_says_how_to_install_it(tmp_path: Path) -> None:
    content = write_content(tmp_path / "content", [sample()])
    empty = tmp_path / "no-gcds"
    empty.mkdir()
    config = config_with(tmp_path, repository=REPOSITORY, gcds=str(empty))
    result = build(BuildOptions(config, tmp_path / "site", content, NOW))
    assert not result.ok and "npm ci" in result.error


def test_the_built_board_serves_latin_woff2_typefaces_with_their_licence(built: Path) -> None:
    folder = built / fonts.FOLDER
    css = (built / gcds.STYLES).read_text("utf-8")
    wanted = set(re.findall(r"url\(fonts/([^)]+)\)", css))
    woff2 = {p.name for p in folder.iterdir() if p.suffix != ".txt"}
    assert wanted == woff2 and woff2, "every rule has its file and every file its rule"
    for family, (package, sheets) in fonts.FAMILIES.items():
        slug = package.split("/")[-1]
        assert f"font-family: '{family}'" in css
        for sheet in sheets:  # latin and latin-ext, nothing else (no cyrillic, greek, ...)
            weight, _, italic = sheet.partition("-")
            style = "italic" if italic else "normal"
            got = {
                n for n in woff2 if n.startswith(slug) and n.endswith(f"-{weight}-{style}.woff2")
            }
            assert got == {
                f"{slug}-latin-{weight}-{style}.woff2",
                f"{slug}-latin-ext-{weight}-{style}.woff2",
            }
        licence = (folder / f"{slug}-LICENSE.txt").read_text("utf-8")
        assert fonts.LICENCE in licence
    assert css.count("unicode-range") == len(woff2)  # latin-ext is fetched only when needed


def test_a_typeface_whose_licence_changed_or_is_missing_stops_the_build(tmp_path: Path) -> None:
    installed = fonts.node_modules(gcds.locate(None, ROOT))
    modules = tmp_path / "node_modules"
    for package in TYPEFACES:
        shutil.copytree(installed / package, modules / package)
    assert fonts.faces(modules).files  # the copy as installed is served
    licence = modules / TYPEFACES[0] / "LICENSE"
    licence.write_text("All rights reserved.", encoding="utf-8")
    with pytest.raises(gcds.NotInstalled, match="no longer says 'SIL Open Font License"):
        fonts.faces(modules)
    shutil.rmtree(modules / TYPEFACES[1])
    licence.unlink()
    with pytest.raises(gcds.NotInstalled, match="npm ci"):
        fonts.faces(modules)
