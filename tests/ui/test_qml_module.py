"""``import OpenUp`` gives each engine the bridges of its own context, however many come and go.

The app, the gallery and these tests build engine after engine in one process; a singleton shared
by the whole process would show the second couple the first couple's names, or hand QML a bridge
an earlier engine already deleted.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QUrl
from PySide6.QtQml import QQmlComponent

from openup_desktop.bridge.qml_module import SINGLETONS, provide, qmldir_text, qmltypes_text
from openup_desktop.context import build_context, dispose_engine, make_engine
from openup_desktop.core.clock import FakeClock
from openup_desktop.paths import resolve_paths
from openup_desktop.vault.kdf import KdfParams

pytestmark = pytest.mark.gui

REPO = Path(__file__).resolve().parents[2]
FAST_KDF = KdfParams(memory_kib=64, iterations=1, lanes=1)

PROBE = b"""
import QtQml
import OpenUp
QtObject {
    property string first: App.partnerName(0)
    property string screen: Nav.current
    property bool talking: TalkHistory.hasUnfinished
}
"""


def _context(folder: Path, first: str, second: str):
    paths = resolve_paths(folder)
    paths.ensure()
    context = build_context(paths, clock=FakeClock(), kdf_params=FAST_KDF)
    assert context.app.completeFirstRun(first, "#B4432F", second, "#2F5E8C") == ""
    return context


def _probe(engine):
    component = QQmlComponent(engine)
    component.setData(PROBE, QUrl("probe.qml"))
    probe = component.create()
    assert probe is not None, [e.toString() for e in component.errors()]
    return component, probe


@pytest.mark.parametrize("rounds", [3])
def test_each_engine_sees_its_own_couple(qapp, tmp_path, rounds):
    couples = [("Sam", "Alex"), ("Ana", "Bo"), ("Kim", "Lee")][:rounds]
    for index, (first, second) in enumerate(couples):
        context = _context(tmp_path / str(index), first, second)
        context.nav.go("vault" if index % 2 else "about")
        engine = make_engine(context)
        assert engine.rootContext().contextProperty("App") is None  # a module, not injected
        component, probe = _probe(engine)
        assert probe.property("first") == first
        assert probe.property("screen") == ("vault" if index % 2 else "about")
        probe.deleteLater()
        del component
        dispose_engine(engine)
        # The engine never owned the bridges: they outlive it and the context closes them.
        assert context.app.partnerName(1) == second
        context.close()


def test_an_engine_without_its_bridges_is_refused(qapp):
    from PySide6.QtQml import QQmlEngine

    engine = QQmlEngine()
    nothing: Any = None
    with pytest.raises(ValueError, match="Talk"):
        provide(engine, {name: nothing for name in SINGLETONS if name != "Talk"})
    with pytest.raises(ValueError, match="Stranger"):
        provide(engine, {name: nothing for name in [*SINGLETONS, "Stranger"]})
    engine.deleteLater()


def test_the_lint_description_matches_the_bridges():
    """qmllint judges the screens against packaging/qmltypes; stale types would hide mistakes."""
    folder = REPO / "packaging" / "qmltypes" / "OpenUp"
    assert (folder / "qmldir").read_text(encoding="utf-8") == qmldir_text()
    assert (folder / "OpenUp.qmltypes").read_text(encoding="utf-8") == qmltypes_text(), (
        "run python packaging/check_qml.py --write"
    )
