"""Can a person reach every control? Inside the window, or inside something that scrolls to it."""

from __future__ import annotations

from PySide6.QtCore import QPointF, QRectF
from PySide6.QtQuick import QQuickItem, QQuickWindow

from openup_desktop.qt_items import all_items

CONTROL_CLASSES = {
    "QQuickAbstractButton",
    "QQuickTextInput",
    "QQuickTextEdit",
    "QQuickComboBox",
    "QQuickSlider",
    "QQuickSpinBox",
}
TOLERANCE = 1.0


def _classes(item: QQuickItem) -> set[str]:
    names = set()
    meta = item.metaObject()
    while meta is not None:
        names.add(meta.className())
        meta = meta.superClass()
    return names


def _effectively_visible(item: QQuickItem) -> bool:
    node: QQuickItem | None = item
    while node is not None:
        if not node.isVisible() or node.opacity() <= 0.01:
            return False
        node = node.parentItem()
    return True


def _scene_rect(item: QQuickItem) -> QRectF:
    return item.mapRectToScene(QRectF(0, 0, item.width(), item.height()))


def _inside(inner: QRectF, outer: QRectF) -> bool:
    return (
        inner.left() >= outer.left() - TOLERANCE
        and inner.top() >= outer.top() - TOLERANCE
        and inner.right() <= outer.right() + TOLERANCE
        and inner.bottom() <= outer.bottom() + TOLERANCE
    )


def _flickable_of(item: QQuickItem) -> QQuickItem | None:
    node = item.parentItem()
    while node is not None:
        if "QQuickFlickable" in _classes(node):
            return node
        node = node.parentItem()
    return None


def reachable(item: QQuickItem, window_rect: QRectF) -> bool:
    """Inside the window, or inside a scrollable area (itself reachable) that can show it."""
    flick = _flickable_of(item)
    if flick is None:
        return _inside(_scene_rect(item), window_rect)
    content = flick.property("contentItem")
    top_left = item.mapToItem(content, QPointF(0, 0))
    extent_w = max(flick.property("contentWidth") or 0.0, flick.width())
    extent_h = max(flick.property("contentHeight") or 0.0, flick.height())
    within_content = (
        top_left.x() >= -TOLERANCE
        and top_left.y() >= -TOLERANCE
        and top_left.x() + min(item.width(), flick.width()) <= extent_w + TOLERANCE
        and top_left.y() + min(item.height(), flick.height()) <= extent_h + TOLERANCE
    )
    return within_content and reachable(flick, window_rect)


def unreachable_controls(window: QQuickWindow) -> list[str]:
    """Every visible, enabled control a person could not bring inside the window."""
    window_rect = QRectF(0, 0, window.width(), window.height())
    problems = []
    for item in all_items(window):
        if item.width() <= 0 or item.height() <= 0 or not item.isEnabled():
            continue
        if not (_classes(item) & CONTROL_CLASSES) or not _effectively_visible(item):
            continue
        if not reachable(item, window_rect):
            rect = _scene_rect(item)
            label = item.objectName() or item.metaObject().className()
            text = str(item.property("text") or "")[:40]
            problems.append(
                f"{label} {text!r} at ({rect.x():.0f},{rect.y():.0f} "
                f"{rect.width():.0f}×{rect.height():.0f})"
            )
    return problems
