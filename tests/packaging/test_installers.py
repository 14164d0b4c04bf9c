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
