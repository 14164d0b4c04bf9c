"""Settings tells the couple what screen-capture protection really does on their OS version.

macOS 15 and newer ignore the "don't share this window" request for ScreenCaptureKit capture,
so there the text must not promise a blank vault; it must say best effort and suggest locking.
The OS and its version are faked; the sentences are the ones the Settings screen shows.
"""

from __future__ import annotations

import pytest

from openup_desktop.bridge import capture_guard
from openup_desktop.bridge.capture_guard import Protection, capture_status, protection


@pytest.mark.parametrize(
    ("system", "release", "expected"),
    [
        ("linux", "", Protection.NONE),
        ("win32", "", Protection.FULL),
        ("darwin", "13.6.1", Protection.FULL),
        ("darwin", "14.7", Protection.FULL),
        ("darwin", "15.0", Protection.BEST_EFFORT),
        ("darwin", "15.3.1", Protection.BEST_EFFORT),
        ("darwin", "26.1", Protection.BEST_EFFORT),
        ("darwin", "10.16", Protection.BEST_EFFORT),  # an old-SDK build can't see the version
        ("darwin", "", Protection.BEST_EFFORT),  # unknown: promise the lesser
    ],
)
def test_each_os_version_gets_the_protection_it_delivers(system, release, expected):
    assert protection(system, release) is expected


@pytest.mark.parametrize("active", [False, True])
def test_macos_15_says_best_effort_and_suggests_locking_first(active):
    text = capture_status(active, protection("darwin", "15.1"))
    assert "Best effort" in text and "Lock the vault before sharing" in text
    assert "blank" not in text and "kept out of screenshots whenever" not in text


def test_earlier_macos_and_windows_keep_their_promise():
    for system, release in (("darwin", "14.6"), ("win32", "")):
        level = protection(system, release)
        assert "show it blank" in capture_status(True, level)
        assert capture_status(False, level).startswith("Ready")


def test_linux_says_it_is_not_available():
    text = capture_status(False, protection("linux", ""))
    assert text.startswith("Not available") and "Lock the vault" in text


def test_the_status_follows_the_running_mac(monkeypatch):
    """Without arguments the real platform and version are read (faked here)."""
    monkeypatch.setattr(capture_guard, "_system", lambda: "darwin")
    monkeypatch.setattr(capture_guard.platform, "mac_ver", lambda: ("15.2", ("", "", ""), "arm64"))
    assert "Best effort" in capture_status(True)
    monkeypatch.setattr(capture_guard.platform, "mac_ver", lambda: ("14.2", ("", "", ""), "arm64"))
    assert "show it blank" in capture_status(True)


def test_the_status_texts_stay_where_the_translators_find_them(tmp_path):
    """They moved out of VaultController: lupdate must still file them under its context, so
    the Spanish translations already made for them are kept, not dropped as obsolete."""
    import shutil
    import subprocess
    import sys
    import xml.etree.ElementTree as ET
    from pathlib import Path

    lupdate = Path(sys.executable).with_name("pyside6-lupdate")
    command = str(lupdate) if lupdate.exists() else shutil.which("pyside6-lupdate")
    assert command, "pyside6-lupdate comes with PySide6"
    ts = tmp_path / "capture.ts"
    subprocess.run(
        [command, capture_guard.__file__, "-ts", str(ts)],
        check=True,
        capture_output=True,
        timeout=60,
    )
    contexts = {
        context.findtext("name"): {m.findtext("source") for m in context.iter("message")}
        for context in ET.parse(ts).getroot().iter("context")
    }
    assert set(contexts) == {"VaultController"}
    texts = contexts["VaultController"]
    assert len(texts) == 4
    committed = Path(__file__).resolve().parents[2] / "ui" / "i18n" / "openup_es.ts"
    translated = {
        m.findtext("source")
        for m in ET.parse(committed).getroot().iter("message")
        if m.find("translation") is not None and m.find("translation").get("type") is None
    }
    already = {t for t in texts if not t.startswith("Best effort")}
    assert already <= translated
