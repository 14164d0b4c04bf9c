"""V7 (vault side): locking a session drops and zeroes every key it holds.

When to lock (idle time, minimise, focus loss, talk start, OS screen lock, quit) and clearing
the views are the Qt layer's part and need their own pytest-qt test; this checks that ``lock()``
really leaves nothing usable behind, from any thread.
"""

from __future__ import annotations

import sqlite3
import threading
from pathlib import Path

import pytest
import sqlite_utils

from openup_desktop.vault import ItemContent, ItemKind, Partner, SessionLocked, VaultService
from tests.security.vault_support import FAST_KDF, PASS_A, PASS_B, vault_env


def test_lock_zeroes_keys_and_refuses_further_use(tmp_path: Path) -> None:
    with vault_env(tmp_path) as env:
        session = env.vault.open_together(PASS_A, PASS_B)
        item_id = session.save(ItemKind.MOMENT, ItemContent(title="t", text="x"), owner=Partner.A)
        pairs = list(session._keys.values())
        buffers = [buf for pair in pairs for buf in (pair._secret, pair._auth_key)]
        assert all(any(buf) for buf in buffers)

        session.lock()

        assert session.is_locked
        assert all(not any(buf) for buf in buffers), "key bytes were not zeroed"
        assert all(pair.wiped for pair in pairs)
        for call in (
            session.items,
            lambda: session.read(item_id),
            lambda: session.save(ItemKind.MOMENT, ItemContent(title="t", text="y"), owner="A"),
        ):
            with pytest.raises(SessionLocked):
                call()
        session.lock()  # twice is fine


def test_context_manager_locks(tmp_path: Path) -> None:
    with vault_env(tmp_path) as env:
        with env.vault.open_as_owner(Partner.A, PASS_A) as session:
            pass
        assert session.is_locked


def test_lock_from_another_thread_while_reading(tmp_path: Path) -> None:
    """The UI thread may lock while a worker lists items: no crash, and then locked."""
    with vault_env(tmp_path) as env:
        with env.vault.open_as_owner(Partner.A, PASS_A) as session:
            for n in range(30):
                session.save(ItemKind.REFLECTION, ItemContent(title=f"{n}", text="x"))
        # a connection the worker thread may use, as the Qt layer would open one
        conn = sqlite3.connect(env.data_dir / "openup.db", check_same_thread=False)
        vault = VaultService(sqlite_utils.Database(conn), kdf_params=FAST_KDF, clock=env.clock)
        session = vault.open_as_owner(Partner.A, PASS_A)
        errors: list[BaseException] = []
        reads = threading.Event()

        def reader() -> None:
            try:
                while True:
                    session.items()
                    reads.set()
            except SessionLocked:
                return
            except BaseException as error:  # pragma: no cover - reported below
                errors.append(error)

        worker = threading.Thread(target=reader)
        worker.start()
        assert reads.wait(10)
        session.lock()
        worker.join(timeout=10)
        assert not worker.is_alive() and errors == []
        conn.close()


def test_a_locked_session_cannot_withdraw_or_edit_a_note(tmp_path: Path) -> None:
    """A session left behind after lock() (say, held by a view) must not delete anything."""
    with vault_env(tmp_path) as env:
        session = env.vault.open_as_owner(Partner.A, PASS_A)
        moment = session.save(ItemKind.MOMENT, ItemContent(title="m", text="kept"))
        note = session.save(ItemKind.REFLECTION, ItemContent(title="r", text="note"))
        session.lock()
        for call in (
            lambda: session.withdraw(moment),
            lambda: session.withdraw_all(include_reflections=True),
            lambda: session.replace_reflection(note, None),
        ):
            with pytest.raises(SessionLocked):
                call()
        with env.vault.open_as_owner(Partner.A, PASS_A) as fresh:
            assert {r.item_id for r in fresh.items()} == {moment, note}
