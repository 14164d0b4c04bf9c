"""Opening a partner's private notes, without a window: whose step it is and what a try leads
to, as the reflection screen shows it (``ReflectionNotes.openingSeat`` / ``openingError``)."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from openup_desktop.bridge.reflection_notes import ReflectionNotes
from openup_desktop.bridge.vault_controller import VaultController
from openup_desktop.context import AppContext, build_context
from openup_desktop.core.clock import FakeClock
from openup_desktop.paths import resolve_paths
from openup_desktop.vault.kdf import KdfParams

FAST_KDF = KdfParams(memory_kib=64, iterations=1, lanes=1)
SAM_PASS = "Apricot lantern drifts slowly"


@pytest.fixture
def notes_world(qtbot, qapp, tmp_path: Path) -> Iterator[tuple[AppContext, ReflectionNotes]]:
    paths = resolve_paths(tmp_path / "data")
    paths.ensure()
    context = build_context(paths, clock=FakeClock(), kdf_params=FAST_KDF)
    try:
        assert context.app.completeFirstRun("Sam", "#B4432F", "Alex", "#2F5E8C") == ""
        vault, notes = context.bridges["Vault"], context.bridges["ReflectionNotes"]
        assert isinstance(vault, VaultController) and isinstance(notes, ReflectionNotes)
        with qtbot.waitSignal(vault.finished, timeout=10_000):
            context.bridges["VaultSetup"].setUpPartner(0, SAM_PASS, SAM_PASS)
        notes.enter()  # the reflection screen shows
        yield context, notes
    finally:
        context.close()


def opening(notes: ReflectionNotes) -> tuple[int, str]:
    return notes.property("openingSeat"), notes.property("openingError")


def test_a_wrong_passphrase_keeps_the_step_with_the_reason_and_the_right_one_opens(
    qtbot, notes_world
) -> None:
    context, notes = notes_world
    vault = context.bridges["Vault"]
    notes.chooseNotes(0)
    assert opening(notes) == (0, "")
    with qtbot.waitSignal(notes.retry, timeout=10_000):
        notes.submitPassphrase("not Sam's passphrase at all")
    seat, error = opening(notes)
    assert seat == 0 and error != "", "Sam may try again, and is told why"
    assert vault.property("mode") == "locked"
    notes.cancelOpening()
    assert opening(notes) == (-1, error), "cancel closes the step; the reason stays readable"
    notes.chooseNotes(0)
    assert opening(notes) == (0, ""), "a new start forgets the old reason"
    with qtbot.waitSignal(notes.restarted, timeout=10_000):
        notes.submitPassphrase(SAM_PASS)
    assert opening(notes) == (-1, "")
    assert vault.property("mode") == "reflection"


def test_leaving_seals_the_notes_and_forgets_the_step(qtbot, notes_world) -> None:
    context, notes = notes_world
    vault = context.bridges["Vault"]
    notes.chooseNotes(0)
    with qtbot.waitSignal(vault.finished, timeout=10_000):
        notes.submitPassphrase(SAM_PASS)
    assert vault.property("mode") == "reflection"
    notes.chooseNotes(1)
    notes.leave()
    assert vault.property("mode") == "locked", "the notes are sealed again"
    assert opening(notes) == (-1, "")


def test_results_of_other_vault_work_are_not_the_opening_steps(qtbot, notes_world) -> None:
    context, notes = notes_world
    notes.chooseNotes(0)
    with qtbot.waitSignal(context.bridges["Vault"].finished, timeout=10_000):
        context.bridges["Vault"].unlockOwner(0, "not Sam's passphrase at all")
    assert opening(notes) == (0, ""), "a failed vault opening is not a failed notes opening"
    notes.leave()
    with qtbot.waitSignal(context.bridges["Vault"].finished, timeout=10_000):
        notes.openReflections(0, "not Sam's passphrase at all")
    assert opening(notes) == (-1, ""), "after leaving, nobody's step waits for a result"
