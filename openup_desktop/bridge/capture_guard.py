"""Keep vault text out of screenshots and screen sharing where the OS allows it (V11).

Windows 10 2004+ honours ``SetWindowDisplayAffinity(hwnd, WDA_EXCLUDEFROMCAPTURE)`` (older
Windows 10 shows the window black, which protects it as well). macOS up to 14 honours
``NSWindow.sharingType = NSWindowSharingNone``; macOS 15 and newer ignore it for apps that
capture through ScreenCaptureKit, so there it is only best effort. Linux (X11/Wayland) offers no
such switch. The Settings screen says which of these holds, never more than the OS delivers.
"""

from __future__ import annotations

import ctypes
import enum
import logging
import platform
import sys

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QWindow

log = logging.getLogger("openup.capture")

WDA_NONE = 0x0
WDA_EXCLUDEFROMCAPTURE = 0x11
NS_WINDOW_SHARING_NONE = 0
NS_WINDOW_SHARING_READ_ONLY = 1


#: The first macOS whose ScreenCaptureKit ignores ``sharingType = none``.
MACOS_BEST_EFFORT_FROM = 15


class Protection(enum.Enum):
    """How far the OS keeps a window out of captures."""

    NONE = "none"  # no way to ask (Linux)
    FULL = "full"  # screenshots and screen sharing honour the request
    BEST_EFFORT = "best effort"  # asked, but some capture paths ignore it (macOS 15+)


def _macos_major(release: str) -> int | None:
    """The major version from ``platform.mac_ver()``; None when unknown.

    "10.16" is what macOS 11 and later report to programs built against an old SDK, so it
    says nothing about the real version either.
    """
    try:
        major = int(release.split(".")[0])
    except ValueError:
        return None
    return None if release.startswith("10.16") else major


def _system() -> str:
    return sys.platform


def protection(system: str | None = None, mac_release: str | None = None) -> Protection:
    """What this OS (or the given ``system``/``mac_release``, for tests) delivers."""
    system = _system() if system is None else system
    if system == "win32":
        return Protection.FULL
    if system != "darwin":
        return Protection.NONE
    major = _macos_major(platform.mac_ver()[0] if mac_release is None else mac_release)
    if major is None or major >= MACOS_BEST_EFFORT_FROM:
        return Protection.BEST_EFFORT  # when unsure, promise the lesser
    return Protection.FULL


def platform_supports_exclusion() -> bool:
    return sys.platform in ("win32", "darwin")


def capture_status(active: bool, level: Protection | None = None) -> str:
    """The sentence Settings shows about screen capture, true for this OS version.

    Translated in the context "VaultController", where these texts lived before; each call
    is spelled out so that pyside6-lupdate finds it.
    """
    level = protection() if level is None else level
    if level is Protection.NONE:
        return QCoreApplication.translate(
            "VaultController",
            "Not available on this system: Linux offers no way to keep a window out of screenshots. Lock the vault before sharing your screen.",  # noqa: E501
        )
    if level is Protection.BEST_EFFORT:  # the same whether the vault is open or not
        return QCoreApplication.translate(
            "VaultController",
            "Best effort on this Mac: OpenUp asks macOS to keep the open vault out of screenshots and screen sharing, but macOS 15 and newer may still show it. Lock the vault before sharing your screen.",  # noqa: E501
        )
    if active:
        return QCoreApplication.translate(
            "VaultController",
            "Active: while the vault is open, screenshots and screen sharing show it blank.",
        )
    return QCoreApplication.translate(
        "VaultController",
        "Ready: the vault window is kept out of screenshots whenever it is open.",
    )


def _windows(window: QWindow, exclude: bool) -> bool:
    user32 = ctypes.windll.user32  # type: ignore[attr-defined]  # Windows only
    hwnd = ctypes.c_void_p(int(window.winId()))
    return bool(
        user32.SetWindowDisplayAffinity(hwnd, WDA_EXCLUDEFROMCAPTURE if exclude else WDA_NONE)
    )


def _macos(window: QWindow, exclude: bool) -> bool:
    objc = ctypes.cdll.LoadLibrary("/usr/lib/libobjc.A.dylib")
    objc.sel_registerName.restype = ctypes.c_void_p
    objc.sel_registerName.argtypes = [ctypes.c_char_p]
    send = objc.objc_msgSend
    send.restype = ctypes.c_void_p
    send.argtypes = [ctypes.c_void_p, ctypes.c_void_p]
    view = ctypes.c_void_p(int(window.winId()))  # a QWindow's winId is its NSView
    ns_window = send(view, objc.sel_registerName(b"window"))
    if not ns_window:
        return False
    set_sharing = ctypes.CFUNCTYPE(None, ctypes.c_void_p, ctypes.c_void_p, ctypes.c_long)(
        ("objc_msgSend", objc)
    )
    value = NS_WINDOW_SHARING_NONE if exclude else NS_WINDOW_SHARING_READ_ONLY
    set_sharing(ns_window, objc.sel_registerName(b"setSharingType:"), value)
    return True


def set_capture_excluded(window: QWindow | None, exclude: bool) -> bool:
    """Ask the OS to hide (or show again) ``window`` in captures; True when the OS agreed."""
    if window is None or not platform_supports_exclusion():
        return False
    try:
        if sys.platform == "win32":
            return _windows(window, exclude)
        return _macos(window, exclude)
    except (OSError, AttributeError, ValueError):
        log.warning("The system refused to exclude the window from screen capture")
        return False
