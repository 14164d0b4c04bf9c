"""Drive QML like a person: find items by objectName, click them, type into them."""

from __future__ import annotations

from PySide6.QtCore import QPointF, Qt
from PySide6.QtQuick import QQuickItem, QQuickWindow

from openup_desktop.qt_items import find_item


def item(window: QQuickWindow, name: str) -> QQuickItem:
    return find_item(window, name, visible_only=True)


def click(qtbot: object, window: QQuickWindow, name_or_item: str | QQuickItem) -> None:
    target = item(window, name_or_item) if isinstance(name_or_item, str) else name_or_item
    assert target.isVisible(), f"{target.objectName()} is not visible"
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
