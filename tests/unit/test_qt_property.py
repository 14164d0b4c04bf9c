"""Python code that drives a bridge by property name fails loudly on a slip, never silently."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Property, QObject, Signal

from openup_desktop.bridge.qt_property import read_property, write_property


class _Bridge(QObject):
    changed = Signal()

    def __init__(self) -> None:
        super().__init__()
        self._title = "first"

    def _get_title(self) -> str:
        return self._title

    def _set_title(self, value: str) -> None:
        self._title = value
        self.changed.emit()

    title = Property(str, _get_title, _set_title, notify=changed)
    version = Property(int, lambda self: 3, constant=True)


def test_reads_and_writes_through_the_bridges_own_getter_and_setter() -> None:
    bridge = _Bridge()
    seen: list[str] = []
    bridge.changed.connect(lambda: seen.append(bridge._title))
    write_property(bridge, "title", "second")
    assert read_property(bridge, "title", str) == "second"
    assert seen == ["second"], "the setter ran, so QML bindings hear about the change"


def test_a_misspelt_name_raises_instead_of_making_a_dynamic_property() -> None:
    bridge = _Bridge()
    with pytest.raises(AttributeError):
        write_property(bridge, "titel", "oops")
    assert b"titel" not in [bytes(name) for name in bridge.dynamicPropertyNames()]
    with pytest.raises(AttributeError):
        read_property(bridge, "titel", str)


def test_a_read_only_property_cannot_be_written() -> None:
    with pytest.raises(AttributeError):
        write_property(_Bridge(), "version", 4)


def test_a_value_of_the_wrong_type_is_reported() -> None:
    with pytest.raises(TypeError):
        read_property(_Bridge(), "version", str)
