"""Keep vault text out of screenshots and screen sharing where the OS allows it (V11).

Windows 10 2004+ honours ``SetWindowDisplayAffinity(hwnd, WDA_EXCLUDEFROMCAPTURE)``; macOS honours
``NSWindow.sharingType = NSWindowSharingNone``. Linux (X11/Wayland) offers no such switch, and the
Settings screen says so honestly instead of pretending.
"""

from __future__ import annotations

import ctypes
import logging
import sys

from PySide6.QtGui import QWindow

log = logging.getLogger("openup.capture")

WDA_NONE = 0x0
WDA_EXCLUDEFROMCAPTURE = 0x11
NS_WINDOW_SHARING_NONE = 0
NS_WINDOW_SHARING_READ_ONLY = 1


def platform_supports_exclusion() -> bool:
    return sys.platform in ("win32", "darwin")


def _windows(window: QWindow, exclude: bool) -> bool:
    user32 = ctypes.windll.user32  # type: ignore[attr-defined]
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
