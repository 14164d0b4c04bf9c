"""Single instance on Windows and macOS, checked here by faking the platform.

The uninstaller must find the running app by the mutex name the app really creates; a second
launch must let the first window take the foreground before asking it to come forward; and on
the case-insensitive file systems of macOS and Windows, every spelling of one data folder must
lead to the one socket its lock file belongs to.
"""

from __future__ import annotations

import re
import unicodedata
from pathlib import Path

import pytest

from openup_desktop import single_instance
from openup_desktop.single_instance import (
    APP_MUTEX_NAME,
    ASFW_ANY,
    SingleInstance,
    ask_running_instance_to_activate,
    server_name_for,
)

ISS = Path(__file__).resolve().parents[2] / "packaging" / "windows" / "openup.iss"


class FakeKernel32:
    """Records the mutexes made and handles closed instead of calling Win32."""

    def __init__(self) -> None:
        self.created: list[str] = []
        self.closed: list[int] = []

        def create_mutex(_attributes, initial_owner, name):  # type: ignore[no-untyped-def]
            assert initial_owner is False  # only its existence matters; nobody waits on it
            self.created.append(name)
            return 4242

        self.CreateMutexW = create_mutex  # types are set on it, as on a ctypes function

    def CloseHandle(self, handle) -> int:  # the Win32 names
        self.closed.append(handle.value)
        return 1


class FakeUser32:
    def __init__(self, events: list[str]) -> None:
        self.events = events
        self.allowed: list[int] = []

    def AllowSetForegroundWindow(self, pid) -> int:
        self.allowed.append(pid.value)
        self.events.append("allowed")
        return 1


@pytest.fixture
def on_windows(monkeypatch) -> FakeKernel32:
    kernel32 = FakeKernel32()
    monkeypatch.setattr(single_instance, "_platform", lambda: "win32")
    monkeypatch.setattr(single_instance, "_kernel32", lambda: kernel32)
    return kernel32


def _iss_setting(name: str) -> str:
    values = re.findall(rf"^{name}=(.*)$", ISS.read_text(encoding="utf-8"), re.MULTILINE)
    assert len(values) == 1, f"{name} must be set once in {ISS.name}"
    return values[0].strip()


def test_the_installer_looks_for_the_mutex_the_running_app_holds(tmp_path, on_windows):
    assert _iss_setting("AppMutex") == APP_MUTEX_NAME
    instance = SingleInstance(tmp_path, tmp_path / "openup.lock")
    assert instance.acquire()
    assert on_windows.created == [_iss_setting("AppMutex")]
    instance.release()
    assert on_windows.closed == [4242]


def test_a_second_launch_creates_no_mutex_of_its_own(tmp_path, on_windows):
    first = SingleInstance(tmp_path, tmp_path / "openup.lock")
    assert first.acquire()
    second = SingleInstance(tmp_path, tmp_path / "openup.lock")
    assert not second.acquire()
    assert len(on_windows.created) == 1
    first.release()


def test_elsewhere_no_mutex_is_made(tmp_path, monkeypatch):
    monkeypatch.setattr(single_instance, "_platform", lambda: "linux")
    monkeypatch.setattr(single_instance, "_kernel32", lambda: pytest.fail("no Win32 here"))
    instance = SingleInstance(tmp_path, tmp_path / "openup.lock")
    assert instance.acquire()
    instance.release()


def test_a_second_launch_lets_the_first_come_forward_before_asking(
    qtbot, tmp_path, monkeypatch, on_windows
):
    events: list[str] = []
    user32 = FakeUser32(events)
    monkeypatch.setattr(single_instance, "_user32", lambda: user32)

    class RecordingSocket(single_instance.QLocalSocket):
        def connectToServer(self, name):  # type: ignore[no-untyped-def]
            events.append("asked")
            super().connectToServer(name)

    monkeypatch.setattr(single_instance, "QLocalSocket", RecordingSocket)
    first = SingleInstance(tmp_path, tmp_path / "openup.lock")
    assert first.acquire()
    first.listen(lambda: events.append("came forward"))
    try:
        assert ask_running_instance_to_activate(tmp_path)
        qtbot.waitUntil(lambda: "came forward" in events)
    finally:
        first.release()
    assert events == ["allowed", "asked", "came forward"]
    assert user32.allowed == [ASFW_ANY]


def test_elsewhere_nobody_calls_win32_on_a_second_launch(tmp_path, monkeypatch):
    monkeypatch.setattr(single_instance, "_platform", lambda: "darwin")
    monkeypatch.setattr(single_instance, "_user32", lambda: pytest.fail("no Win32 here"))
    assert not ask_running_instance_to_activate(tmp_path / "nobody-runs-here", timeout_ms=50)


@pytest.mark.parametrize("system", ["darwin", "win32"])
def test_every_spelling_of_a_folder_finds_the_same_socket_on_macos_and_windows(
    tmp_path, monkeypatch, system
):
    monkeypatch.setattr(single_instance, "_platform", lambda: system)
    nfc = unicodedata.normalize("NFC", "Zoë")
    nfd = unicodedata.normalize("NFD", "Zoë")
    assert server_name_for(tmp_path / "OpenUp") == server_name_for(tmp_path / "openup")
    assert server_name_for(tmp_path / nfc) == server_name_for(tmp_path / nfd)
    assert server_name_for(tmp_path / "a") != server_name_for(tmp_path / "b")


def test_on_linux_case_still_tells_folders_apart(tmp_path, monkeypatch):
    monkeypatch.setattr(single_instance, "_platform", lambda: "linux")
    assert server_name_for(tmp_path / "OpenUp") != server_name_for(tmp_path / "openup")
