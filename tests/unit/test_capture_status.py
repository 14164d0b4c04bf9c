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
