"""About explains why OpenUp works, names its sources, and lists the licences it ships."""

from __future__ import annotations

import pytest

from openup_desktop.qt_items import all_items, find_items
from tests.helpers.qml import click

pytestmark = pytest.mark.gui


def test_about_cites_sources_and_lists_licences(qtbot, live_app):
    window = live_app.window
    click(qtbot, window, "nav_about")
    sources = " ".join(str(i.property("text")) for i in find_items(window, "aboutSource"))
    for name in ("Wynne", "Pinsof", "Markman", "Algoe", "Rogge"):
        assert name in sources
    shown = " ".join(
        str(i.property("text")) for i in all_items(window) if i.property("text") is not None
    )
    for component in ("PySide6", "Qt", "cryptography", "sqlite-utils", "platformdirs"):
        assert component in shown, f"{component} licence missing from About"
