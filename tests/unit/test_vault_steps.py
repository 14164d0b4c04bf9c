"""The vault screen's steps, without a window: who types when, and what a result leads to.

Through the real vault bridges (``build_context``, as the app builds them) with a fast key
derivation. These are the rules the screen used to hold: the order passphrases are chosen in
when the first moment is kept, that a failed "open together" starts again from the first
partner, and that nothing of a step outlives cancelling it or leaving the screen.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest

from openup_desktop.bridge.keep_draft import KeepDraft
from openup_desktop.bridge.qt_property import read_property, write_property
from openup_desktop.bridge.vault_controller import VaultController
from openup_desktop.bridge.vault_setup import VaultSetup
from openup_desktop.bridge.vault_steps import VaultSteps
from openup_desktop.context import AppContext, build_context
from openup_desktop.core.clock import FakeClock
from openup_desktop.paths import resolve_paths
from openup_desktop.vault.kdf import KdfParams

FAST_KDF = KdfParams(memory_kib=64, iterations=1, lanes=1)
SAM_PASS = "Apricot lantern drifts slowly"
ALEX_PASS = "Birch canoe under seven moons"
PASSES = (SAM_PASS, ALEX_PASS)
WORDS = "Alex said the walk home in the rain was the best part of the week."


@dataclass
class World:
    context: AppContext
    steps: VaultSteps
    vault: VaultController
    setup: VaultSetup
    draft: KeepDraft


@pytest.fixture
def world(qapp, tmp_path: Path) -> Iterator[World]:
    paths = resolve_paths(tmp_path / "data")
    paths.ensure()
    context = build_context(paths, clock=FakeClock(), kdf_params=FAST_KDF)
    try:
        assert context.app.completeFirstRun("Sam", "#B4432F", "Alex", "#2F5E8C") == ""
        bridges = context.bridges
        steps, vault = bridges["VaultSteps"], bridges["Vault"]
        setup, draft = bridges["VaultSetup"], bridges["KeepDraft"]
        assert isinstance(steps, VaultSteps) and isinstance(vault, VaultController)
        assert isinstance(setup, VaultSetup) and isinstance(draft, KeepDraft)
        steps.enter()  # the vault screen shows
        yield World(context, steps, vault, setup, draft)
    finally:
        context.close()


def state(steps: VaultSteps, *names: str) -> tuple[object, ...]:
    return tuple(steps.property(name) for name in names)


def submit(qtbot, world: World, passphrase: str, repeated: str = "") -> list[object]:
    """Type a passphrase at the step and wait for the vault to answer."""
    with qtbot.waitSignal(world.vault.finished, timeout=10_000) as done:
        world.steps.submit(passphrase, repeated)
    return list(done.args)


def set_up(qtbot, world: World, seat: int) -> None:
    with qtbot.waitSignal(world.vault.finished, timeout=10_000) as done:
        world.setup.setUpPartner(seat, PASSES[seat], PASSES[seat])
    assert done.args == ["setup", ""]


def write_a_moment(world: World, owner: int) -> None:
    world.steps.startKeeping("", "")
    world.steps.chooseOwner(owner)
    write_property(world.draft, "text", WORDS)
    assert read_property(world.draft, "ready", bool)


def test_keeping_the_first_moment_the_other_partner_chooses_first_and_the_owner_last(
    qtbot, world: World
) -> None:
    steps = world.steps
    write_a_moment(world, owner=1)  # Alex's moment, no passphrase set yet
    steps.nextKeepStep()
    assert state(steps, "keepConsent", "keepSetupSeat", "typistSeat", "choosing") == (
        True,
        0,
        0,
        True,
    ), "Sam chooses first, so that Alex can never open Sam's moments alone"
    assert submit(qtbot, world, SAM_PASS, SAM_PASS) == ["setup", ""]
    assert state(steps, "flow", "keepSetupSeat", "typistSeat", "choosing") == (
        "keep",
        1,
        1,
        True,
    ), "then Alex, whose choice also keeps the moment"
    assert read_property(world.draft, "text", str) == WORDS, "the words waited meanwhile"
    assert submit(qtbot, world, ALEX_PASS, ALEX_PASS) == ["keep", ""]
    assert state(steps, "flow", "keepConsent", "keepSetupSeat") == ("", False, -1)
    assert steps.property("message") == (
        "Kept safely. Only Alex alone, or both of you together, can open it."
    )
    assert not read_property(world.draft, "active", bool), "the words are gone from memory"
    assert read_property(world.setup, "isSetUp", bool)


@pytest.mark.parametrize(("already", "chooser"), [(0, 1), (1, 0)])
def test_with_one_passphrase_set_the_one_without_chooses_before_keeping(
    qtbot, world: World, already: int, chooser: int
) -> None:
    set_up(qtbot, world, already)
    write_a_moment(world, owner=1)
    world.steps.nextKeepStep()
    assert state(world.steps, "keepSetupSeat", "typistSeat") == (chooser, chooser)


def test_with_both_passphrases_set_the_owner_confirms_with_theirs(qtbot, world: World) -> None:
    set_up(qtbot, world, 0)
    set_up(qtbot, world, 1)
    write_a_moment(world, owner=0)
    world.steps.nextKeepStep()
    assert state(world.steps, "keepSetupSeat", "typistSeat", "choosing") == (-1, 0, False)
    assert submit(qtbot, world, ALEX_PASS)[1] != "", "only the owner's passphrase keeps it"
    assert state(world.steps, "flow", "keepConsent") == ("keep", True), "they may try again"
    assert world.steps.property("error") != ""
    assert submit(qtbot, world, SAM_PASS) == ["keep", ""]
    assert world.steps.property("message").startswith("Kept safely. Only Sam alone")


def test_a_failed_together_try_starts_again_from_the_first_partner_with_the_reason(
    qtbot, world: World
) -> None:
    set_up(qtbot, world, 0)
    set_up(qtbot, world, 1)
    steps = world.steps
    steps.begin("together", 0)
    with qtbot.waitSignal(steps.restarted, timeout=1000):
        steps.submit(SAM_PASS, "")  # held by the vault bridge while Alex types
    assert state(steps, "togetherStep", "typistSeat") == (1, 1)
    with qtbot.waitSignal(steps.restarted, timeout=10_000):
        steps.submit("not Alex's passphrase at all", "")
    assert state(steps, "flow", "togetherStep", "typistSeat") == ("together", 0, 0)
    assert steps.property("error") != "", "they are told why before they look away again"
    assert world.vault.property("mode") == "locked"
    steps.submit(SAM_PASS, "")
    assert steps.property("error") == "", "a new try clears the old reason"
    assert submit(qtbot, world, ALEX_PASS) == ["unlock_together", ""]
    assert world.vault.property("mode") == "together"
    assert steps.property("flow") == "", "the open vault shows"


def test_cancel_forgets_the_first_passphrase_of_open_together(qtbot, world: World) -> None:
    set_up(qtbot, world, 0)
    set_up(qtbot, world, 1)
    steps = world.steps
    steps.begin("together", 0)
    steps.submit(SAM_PASS, "")
    steps.cancel()
    assert steps.property("flow") == ""
    steps.begin("together", 0)
    assert state(steps, "togetherStep", "typistSeat") == (0, 0), "a new start begins with Sam"
    steps.cancel()
    # Alex alone, straight after: Sam's passphrase must not be waiting to complete the pair
    with qtbot.waitSignal(world.vault.finished, timeout=10_000) as done:
        world.vault.unlockTogetherWithSecond(ALEX_PASS)
    assert done.args[1] != ""
    assert world.vault.property("mode") == "locked"


def test_cancel_while_keeping_goes_back_to_the_words_which_wait(world: World) -> None:
    write_a_moment(world, owner=1)
    world.steps.nextKeepStep()
    world.steps.cancel()
    assert state(world.steps, "flow", "keepConsent", "keepSetupSeat") == ("keep", False, -1)
    assert read_property(world.draft, "text", str) == WORDS
    world.steps.discardKeeping()
    assert world.steps.property("flow") == ""
    assert not read_property(world.draft, "active", bool)


def test_leaving_mid_flow_locks_forgets_the_step_and_ignores_late_results(
    qtbot, world: World
) -> None:
    set_up(qtbot, world, 0)
    set_up(qtbot, world, 1)
    steps = world.steps
    steps.begin("together", 0)
    steps.submit(SAM_PASS, "")
    steps.leave()  # the screen is left: the vault locks
    assert state(steps, "flow", "togetherStep", "error", "message") == ("", 0, "", "")
    with qtbot.waitSignal(world.vault.finished, timeout=10_000):
        world.vault.unlockTogetherWithSecond(ALEX_PASS)
    assert world.vault.property("mode") == "locked", "the held passphrase went with the lock"
    assert steps.property("error") == "", "nobody's step is waiting for that result"


def test_a_moment_being_written_is_picked_up_when_the_screen_shows_again(world: World) -> None:
    write_a_moment(world, owner=1)
    world.steps.nextKeepStep()
    world.steps.leave()
    assert world.steps.property("flow") == ""
    world.steps.enter()
    assert state(world.steps, "flow", "seat", "keepConsent") == ("keep", 1, False)
    assert read_property(world.draft, "text", str) == WORDS
