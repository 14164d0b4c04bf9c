"""Drive QML like a person: find items by objectName, click them, type into them."""

from __future__ import annotations

from PySide6.QtCore import QPointF, Qt
from PySide6.QtQuick import QQuickItem, QQuickWindow

from openup_desktop.qt_items import find_item


def item(window: QQuickWindow, name: str) -> QQuickItem:
    return find_item(window, name, visible_only=True)


def scroll_into_view(target: QQuickItem) -> None:
    """Scroll the enclosing Flickable so ``target`` is on screen, as a person would."""
    parent = target.parentItem()
    while parent is not None and parent.property("contentY") is None:
        parent = parent.parentItem()
    if parent is None:
        return
    flickable = parent
    content = flickable.property("contentItem")
    top = target.mapToItem(content, QPointF(0, 0)).y()
    view_top = flickable.property("contentY")
    height = flickable.height()
    if top < view_top or top + target.height() > view_top + height:
        limit = max(0.0, flickable.property("contentHeight") - height)
        flickable.setProperty("contentY", min(max(0.0, top - 40), limit))


def click(qtbot: object, window: QQuickWindow, name_or_item: str | QQuickItem) -> None:
    qtbot.wait(5)  # type: ignore[attr-defined]  # let layouts settle, as they do before a person clicks
    target = item(window, name_or_item) if isinstance(name_or_item, str) else name_or_item
    assert target.isVisible(), f"{target.objectName()} is not visible"
    scroll_into_view(target)
    centre = target.mapToScene(QPointF(target.width() / 2, target.height() / 2)).toPoint()
    qtbot.mouseClick(window, Qt.MouseButton.LeftButton, pos=centre)  # type: ignore[attr-defined]
    qtbot.wait(10)  # type: ignore[attr-defined]


def type_text(qtbot: object, window: QQuickWindow, text: str) -> None:
    """One keyClick per character: keyClicks raises TypeError on a QQuickWindow in 6.12."""
    for ch in text:
        qtbot.keyClick(window, ch)  # type: ignore[attr-defined]


def key(
    qtbot: object,
    window: QQuickWindow,
    key: Qt.Key,
    modifier: Qt.KeyboardModifier = Qt.KeyboardModifier.NoModifier,
) -> None:
    qtbot.keyClick(window, key, modifier)  # type: ignore[attr-defined]
    qtbot.wait(10)  # type: ignore[attr-defined]


def focused_name(window: QQuickWindow) -> str:
    focus = window.activeFocusItem()
    return focus.objectName() if focus is not None else ""


def tab_to(qtbot: object, window: QQuickWindow, name: str, limit: int = 80) -> None:
    """Press Tab until the item named ``name`` has focus, as a keyboard user would."""
    for _ in range(limit):
        if focused_name(window) == name:
            return
        key(qtbot, window, Qt.Key.Key_Tab)
    raise AssertionError(f"Tab never reached {name!r} (focus is on {focused_name(window)!r})")


def text_of(window: QQuickWindow, name: str) -> str:
    return str(item(window, name).property("text"))


def popup_open(window: QQuickWindow, name: str) -> bool:
    """Whether the dialog or popup with that objectName is open (popups are not items)."""
    from openup_desktop.qt_items import open_popups

    return any(popup.objectName() == name for popup in open_popups(window))
