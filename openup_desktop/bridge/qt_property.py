"""Read and write a bridge's Qt properties from Python, with types a checker can follow.

PySide6's stubs declare a ``Property(...)`` class attribute as a ``Property`` and give it no
descriptor methods, so ``controller.language`` reads as a ``Property`` and ``controller.language
= "es"`` does not type-check, although both work at run time. Python code that drives a bridge
the way QML does (another bridge, the context, the gallery) goes through these two functions
instead: the meta-object calls the same getter and setter, the result is checked against the
expected type, and a misspelt name fails loudly instead of making a dynamic property.
"""

from __future__ import annotations

from typing import TypeVar

from PySide6.QtCore import QObject

T = TypeVar("T")


def read_property(obj: QObject, name: str, kind: type[T]) -> T:
    """The value of Qt property ``name``; TypeError if it is not a ``kind``."""
    if obj.metaObject().indexOfProperty(name) < 0:
        raise AttributeError(f"{type(obj).__name__} has no Qt property {name!r}")
    value = obj.property(name)
    if not isinstance(value, kind):
        raise TypeError(f"{type(obj).__name__}.{name} is {type(value).__name__}, not {kind}")
    return value


def write_property(obj: QObject, name: str, value: object) -> None:
    """Set Qt property ``name`` through its setter; AttributeError if there is none."""
    if obj.metaObject().indexOfProperty(name) < 0 or not obj.setProperty(name, value):
        raise AttributeError(f"{type(obj).__name__} has no writable Qt property {name!r}")
