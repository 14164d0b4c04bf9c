"""Bridges the first frame doesn't show are made when first asked for, and only then."""

from __future__ import annotations

from PySide6.QtCore import QObject

from openup_desktop.context import Bridges


def _named(name: str, log: list[str]) -> QObject:
    log.append(name)
    bridge = QObject()
    bridge.setObjectName(name)
    return bridge


def test_a_bridge_is_made_on_first_use_and_only_once():
    log: list[str] = []
    bridges = Bridges({"Home": QObject()})
    bridges.later("Sources", lambda: _named("Sources", log))
    assert sorted(bridges) == ["Home", "Sources"] and log == [], "listing names makes nothing"
    assert len(bridges.made()) == 1, "closing or re-translating touches only what exists"
    assert bridges["Sources"].objectName() == "Sources"
    assert bridges["Sources"] is bridges["Sources"] and log == ["Sources"]


def test_the_vaults_bridges_come_together_and_learn_the_window_when_made():
    log: list[str] = []
    bridges = Bridges()
    seen: list[str] = []
    bridges.when_made("Vault", lambda vault: seen.append(vault.objectName()))

    def make() -> dict[str, QObject]:
        return {name: _named(name, log) for name in ("Vault", "Notes", "Moments")}

    bridges.later_together(("Vault", "Notes", "Moments"), make)
    assert not bridges.is_made("Vault") and seen == []
    bridges["Moments"]  # asking for any of them
    assert log == ["Vault", "Notes", "Moments"], "all made, in their order"
    assert [b.objectName() for b in bridges.made()] == ["Vault", "Notes", "Moments"]
    assert seen == ["Vault"]
    bridges.when_made("Vault", lambda vault: seen.append("again"))  # already made: at once
    assert seen == ["Vault", "again"]
