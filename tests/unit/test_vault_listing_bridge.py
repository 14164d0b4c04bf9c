"""A long vault list opens newest first, in batches, and says how many are still opening.

Through the real ``Vault`` and ``Moments`` bridges (``build_context``, as the app builds
them), with a vault of a few hundred moments: what a couple notices is that the list is there
as soon as the vault opens, the newest moment on top, that search says the list isn't whole
yet, and that locking half-way leaves nothing on screen (V7). Times are not asserted here;
benchmarks/vault.py measures them.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from PySide6.QtCore import QModelIndex, QTranslator

from openup_desktop.bridge.vault_controller import VaultController
from openup_desktop.bridge.vault_items import ItemRow, VaultItemsModel
from openup_desktop.bridge.vault_listing import BATCH, FIRST_BATCH
from openup_desktop.bridge.vault_moments import VaultMoments
from openup_desktop.context import build_context
from openup_desktop.core.clock import FakeClock
from openup_desktop.i18n import translations_dir
from openup_desktop.paths import resolve_paths
from openup_desktop.store.database import connect
from openup_desktop.vault import ItemContent, ItemKind, Partner, VaultService
from openup_desktop.vault import repository as repo
from openup_desktop.vault.kdf import KdfParams
from openup_desktop.vault.service import VaultSession

FAST_KDF = KdfParams(memory_kib=64, iterations=1, lanes=1)
PASS_0 = "Apricot lantern drifts slowly"
PASS_1 = "Birch canoe under seven moons"
MOMENTS = FIRST_BATCH + BATCH + 40  # three batches


@pytest.fixture
def vault_world(qtbot, qapp, tmp_path: Path) -> Iterator[tuple[VaultMoments, VaultController]]:
    english = QTranslator()  # English plural forms, as the app loads them with its window
    assert english.load(str(translations_dir() / "openup_en.qm"))
    qapp.installTranslator(english)
    paths = resolve_paths(tmp_path / "data")
    paths.ensure()
    context = build_context(paths, clock=FakeClock(), kdf_params=FAST_KDF)
    try:
        assert context.app.completeFirstRun("Sam", "#B4432F", "Alex", "#2F5E8C") == ""
        vault, moments = context.bridges["Vault"], context.bridges["Moments"]
        assert isinstance(vault, VaultController) and isinstance(moments, VaultMoments)
        for seat, passphrase in ((0, PASS_0), (1, PASS_1)):
            with qtbot.waitSignal(vault.finished, timeout=10_000) as done:
                context.bridges["VaultSetup"].setUpPartner(seat, passphrase, passphrase)
            assert done.args == ["setup", ""]
        db = connect(paths.database)
        try:
            service = VaultService(db, kdf_params=FAST_KDF)
            start = datetime(2025, 1, 1, tzinfo=UTC)
            with service.open_together(PASS_0, PASS_1) as session:
                for n in range(MOMENTS):
                    when = (start + timedelta(hours=n)).isoformat()
                    owner = Partner.A if n % 2 == 0 else Partner.B
                    item = ItemContent(title=f"m{n}", text=f"moment {n}", created_at=when)
                    session.save(ItemKind.MOMENT, item, owner=owner)
        finally:
            db.close()
        yield moments, vault
    finally:
        context.close()
        qapp.removeTranslator(english)


def _texts(model: VaultItemsModel) -> list[str]:
    return [model._shown[row].text for row in range(model.rowCount())]


def test_the_newest_moments_come_first_and_search_says_what_is_still_opening(
    qtbot, vault_world
) -> None:
    moments, vault = vault_world
    model = moments.items
    assert isinstance(model, VaultItemsModel)
    seen: list[tuple[int, list[str], str]] = []  # (rows inserted, all texts, opening text)

    def inserted(_parent: QModelIndex, first: int, last: int) -> None:
        seen.append((last - first + 1, _texts(model), moments.property("openingText")))

    model.rowsInserted.connect(inserted)
    with qtbot.waitSignal(vault.finished, timeout=10_000) as done:
        vault.unlockTogether(PASS_0, PASS_1)
    assert done.args == ["unlock_together", ""]
    assert vault.property("mode") == "together"  # open before the list is whole
    qtbot.waitUntil(lambda: not vault.property("busy"), timeout=20_000)

    assert [count for count, _texts_now, _note in seen] == [FIRST_BATCH, BATCH, 40]
    newest = [f"moment {n}" for n in range(MOMENTS - 1, -1, -1)]
    assert seen[0][1] == newest[:FIRST_BATCH], "the first batch holds the newest moments"
    assert seen[0][2] == f"Still opening {MOMENTS - FIRST_BATCH} moments…"
    assert seen[1][2] == "Still opening 40 moments…"
    assert _texts(model) == newest
    assert moments.property("openingText") == ""

    # a search made while opening keeps covering what arrives, and the note says it's partial
    vault.lock()
    seen.clear()
    searched: list[int] = []

    def search_once(_parent: QModelIndex, _first: int, _last: int) -> None:
        if not searched:
            moments.search("moment 1")  # moment 1, 10-19, 100-199, ...
        searched.append(model.rowCount())

    model.rowsInserted.connect(search_once)
    with qtbot.waitSignal(vault.finished, timeout=10_000):
        vault.unlockTogether(PASS_0, PASS_1)
    assert moments.property("openingText").startswith("Still opening")
    qtbot.waitUntil(lambda: not vault.property("busy"), timeout=20_000)
    matching = [t for t in newest if "moment 1" in t]
    assert _texts(model) == matching
    assert moments.property("openingText") == ""


def test_locking_while_the_list_is_still_opening_leaves_nothing_on_screen(
    qtbot, vault_world
) -> None:
    moments, vault = vault_world
    model = moments.items
    assert isinstance(model, VaultItemsModel)
    counts: list[int] = []

    def lock_at_first_batch(_parent: QModelIndex, _first: int, _last: int) -> None:
        counts.append(model.rowCount())
        if len(counts) == 1:
            vault.lock()

    model.rowsInserted.connect(lock_at_first_batch)
    vault.unlockTogether(PASS_0, PASS_1)
    qtbot.waitUntil(lambda: not vault.property("busy"), timeout=20_000)
    qtbot.wait(20)  # anything the worker queued after the lock is delivered by now
    assert counts == [FIRST_BATCH], "no batch reached the list after the lock"
    assert model.rowCount() == 0
    assert vault.property("mode") == "locked"
    assert moments.property("openingText") == ""


def test_a_lock_while_the_list_is_read_again_reports_nothing(qtbot, vault_world) -> None:
    """Reading the list again (after a language change) and locking at once: the lock wins
    quietly, so no message lands on whatever the couple does next."""
    moments, vault = vault_world
    with qtbot.waitSignal(vault.finished, timeout=10_000):
        vault.unlockTogether(PASS_0, PASS_1)
    qtbot.waitUntil(lambda: not vault.property("busy"), timeout=20_000)
    reports: list[tuple[str, str]] = []
    vault.finished.connect(lambda operation, problem: reports.append((operation, problem)))
    moments.language_changed()  # reads the list again on the worker
    vault.lock()
    qtbot.waitUntil(lambda: not vault.property("busy"), timeout=20_000)
    qtbot.wait(20)
    assert [problem for _operation, problem in reports if problem] == []
    assert moments.items.rowCount() == 0


def _row(n: int, when: str, text: str = "") -> ItemRow:
    return ItemRow(f"{n:032x}", "t", text or f"moment {n}", 0, "Sam", "#B4432F", when, when)


def test_a_batch_with_moments_older_and_newer_than_the_list_lands_each_in_its_place(qapp) -> None:
    """Batches come in save order; a moment dated earlier or later than its save order (a
    restored backup, a clock that was wrong) still lands where its date puts it, and a
    search already typed only lets matching moments in."""
    model = VaultItemsModel()
    model.add_rows([_row(5, "2025-05"), _row(4, "2025-04")])
    model.add_rows([_row(3, "2025-03"), _row(9, "2025-09"), _row(1, "2025-01")])
    assert _texts(model) == ["moment 9", "moment 5", "moment 4", "moment 3", "moment 1"]
    model.set_search("rain")
    model.add_rows([_row(7, "2025-07", "rain at 7"), _row(2, "2025-02", "sun"), _row(0, "2024")])
    model.add_rows([_row(8, "2025-08", "rain at 8")])
    assert _texts(model) == ["rain at 8", "rain at 7"]
    model.set_search("")
    assert len(_texts(model)) == 9
    assert _texts(model)[:3] == ["moment 9", "rain at 8", "rain at 7"]
    model.clear()
    assert model.rowCount() == 0


def test_a_read_error_after_the_vault_opened_keeps_it_open_and_says_the_list_is_incomplete(
    qtbot, vault_world, monkeypatch: pytest.MonkeyPatch
) -> None:
    moments, vault = vault_world
    pages = {"n": 0}
    real = repo.load_items_before

    def failing_second_page(*args: object) -> object:
        pages["n"] += 1
        if pages["n"] == 2:
            raise sqlite3.DatabaseError("database disk image is malformed")
        return real(*args)  # type: ignore[arg-type]

    monkeypatch.setattr(repo, "load_items_before", failing_second_page)
    reports: list[tuple[str, str]] = []
    vault.finished.connect(lambda operation, problem: reports.append((operation, problem)))
    vault.unlockTogether(PASS_0, PASS_1)
    qtbot.waitUntil(lambda: not vault.property("busy"), timeout=20_000)
    assert reports == [("unlock_together", "")]
    assert vault.property("mode") == "together"
    assert moments.items.rowCount() == FIRST_BATCH  # what was read stays on screen
    assert vault.property("notice").startswith("Some moments could not be read")
    assert moments.property("openingText") == ""


def test_a_session_that_could_not_be_counted_is_locked_not_left_with_its_keys(
    qtbot, vault_world, monkeypatch: pytest.MonkeyPatch
) -> None:
    """V7: an unlock that fails before the session reaches the screen drops the keys at once."""
    _moments, vault = vault_world
    opened: list[VaultSession] = []
    real_open = VaultService.open_together

    def spy(self: VaultService, *args: str) -> VaultSession:
        opened.append(real_open(self, *args))
        return opened[-1]

    def broken(*_args: object) -> int:
        raise sqlite3.DatabaseError("database disk image is malformed")

    monkeypatch.setattr(VaultService, "open_together", spy)
    monkeypatch.setattr(repo, "count_items", broken)
    with qtbot.waitSignal(vault.finished, timeout=10_000) as done:
        vault.unlockTogether(PASS_0, PASS_1)
    assert done.args[0] == "unlock_together" and done.args[1]  # a problem is reported
    assert vault.property("mode") == "locked"
    assert len(opened) == 1 and opened[0].is_locked
