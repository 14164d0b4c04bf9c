"""Find QML items by objectName, including those made by Repeaters and Loaders.

``QObject.findChild`` misses delegates whose QObject parent is not the visual parent, so the
gallery and the UI tests walk the visual tree instead.
"""

from __future__ import annotations

from collections.abc import Iterator

from PySide6.QtCore import QObject
from PySide6.QtQuick import QQuickItem, QQuickWindow
from shiboken6 import getCppPointer


def iter_items(root: QQuickItem) -> Iterator[QQuickItem]:
    stack = [root]
    while stack:
        item = stack.pop()
        yield item
        stack.extend(reversed(item.childItems()))


def all_items(window: QQuickWindow) -> Iterator[QQuickItem]:
    """Every item of the window once, the overlay (dialogs) included.

    The walk starts at the window's root item, whose children include the Controls overlay
    where popups live. ``findChildren`` is not used: each wrapper it makes is kept alive by
    its parent's wrapper after the item itself is gone, so UI tests and the gallery grew with
    every screen they visited.
    """
    seen: set[int] = set()
    for item in iter_items(window.contentItem()):
        key = getCppPointer(item)[0]  # Python wrappers come and go; the C++ object stays
        if key in seen:
            continue
        seen.add(key)
        yield item


def find_item(window: QQuickWindow, object_name: str, *, visible_only: bool = False) -> QQuickItem:
    """The first item with that objectName (optionally only a visible one); LookupError if none."""
    for item in all_items(window):
        if item.objectName() == object_name and (not visible_only or item.isVisible()):
            return item
    raise LookupError(f"No item named {object_name!r} on screen")


def find_items(window: QQuickWindow, object_name: str) -> list[QQuickItem]:
    return [item for item in all_items(window) if item.objectName() == object_name]


def open_popups(window: QQuickWindow) -> list[QObject]:
    """Dialogs and popups open now: their items sit in the window's overlay while open."""
    found: list[QObject] = []
    for layer in window.contentItem().childItems():
        if layer.metaObject().className() != "QQuickOverlay":
            continue
        for shown in layer.childItems():
            popup = shown.parent()
            if popup is not None and popup.property("opened") is not None and popup not in found:
                found.append(popup)
    return found
