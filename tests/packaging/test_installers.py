"""What the Windows installer script and the install instructions promise, read from the files.

No Windows or Mac here: these check the texts the installer compiler and the couple read.
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[2]
ISS = REPO / "packaging" / "windows" / "openup.iss"
INSTALL_TEXTS = [REPO / "README.md", REPO / "packaging" / "README-sections.md"]


def iss_section(name: str) -> list[str]:
    """The non-comment lines of one ``[Section]`` of the .iss."""
    text = ISS.read_text(encoding="utf-8")
    match = re.search(rf"^\[{name}\]\n(.*?)(?=^\[|\Z)", text, re.MULTILINE | re.DOTALL)
    assert match, f"no [{name}] section in {ISS.name}"
    return [line for line in match[1].splitlines() if line.strip() and not line.startswith(";")]


def test_an_update_clears_the_old_bundle_before_installing_the_new_one():
    entries = iss_section("InstallDelete")
    assert entries == ['Type: filesandordirs; Name: "{app}\\_internal"']
    text = ISS.read_text(encoding="utf-8")
    assert text.index("[InstallDelete]") < text.index("[Files]")


def test_installing_never_deletes_the_couple_s_data():
    for line in iss_section("InstallDelete"):
        assert "{app}" in line and "localappdata" not in line.lower()


@pytest.mark.parametrize("path", INSTALL_TEXTS, ids=lambda p: p.name)
def test_gatekeeper_help_only_offers_the_way_that_still_works(path):
    text = path.read_text(encoding="utf-8")
    section = text[text.index("**If your Mac says") : text.index("**Uninstall.**")]
    assert "Control-click" not in section and "choose **Open**" not in section
    assert "System Settings → Privacy & Security" in section and "Open Anyway" in section


PLATFORMS_DOC = REPO / "docs" / "platforms.md"


def test_readme_links_the_platform_notes():
    assert "(docs/platforms.md)" in (REPO / "README.md").read_text(encoding="utf-8")
    assert PLATFORMS_DOC.is_file()


def test_every_test_the_platform_notes_name_exists():
    """The notes tell a tester which test guards what; a renamed test must not leave a lie."""
    text = PLATFORMS_DOC.read_text(encoding="utf-8")
    named = re.findall(r"`(tests/[\w/]+\.py)(?:::(\w+))?`", text)
    assert len(named) >= 15
    for path, test in named:
        source = REPO / path
        assert source.is_file(), path
        if test:
            assert re.search(rf"^def {test}\(", source.read_text(encoding="utf-8"), re.M), (
                f"{path}::{test}"
            )
