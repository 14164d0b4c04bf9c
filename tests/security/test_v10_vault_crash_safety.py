"""V10: a kill at any instant while saving, withdrawing, opening together (which moves sealed key
rows to the wrapped form) or changing a passphrase leaves the vault as before or as after —
never half-written, never unreadable.

A real writer process (``vault_crash_writer.py``) is SIGKILLed at random moments, 24 times.
After each kill: ``PRAGMA integrity_check`` is ok, exactly one of A's two passphrases opens
(the change is atomic), every item reads in full in every session, every item has exactly its
sealed keys (no orphans, no half items), and no plaintext is on disk (V1 after a crash).
"""

from __future__ import annotations

import collections
import os
import random
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from openup_desktop.vault import (
    ItemKind,
    Partner,
    VaultItem,
    VaultService,
    WrongPassphrase,
)
from tests.security import vault_crash_writer as writer
from tests.security.vault_support import canary_encodings, find_in_files, open_app_db

ITERATIONS = 24
REPO = Path(__file__).resolve().parents[2]

pytestmark = pytest.mark.skipif(not hasattr(signal, "SIGKILL"), reason="needs SIGKILL")


def _set_up(db_path: Path) -> None:
    db = open_app_db(db_path)
    vault = VaultService(db, kdf_params=writer.FAST_KDF)
    vault.set_up_partner(Partner.A, writer.PASS_A_1)
    vault.set_up_partner(Partner.B, writer.PASS_B)
    db.close()


def _run_and_kill(db_path: Path, pass_a: str, seed: int, delay: float) -> list[str]:
    env = dict(os.environ)
    env["PYTHONPATH"] = os.pathsep.join([str(REPO), env.get("PYTHONPATH", "")])
    proc = subprocess.Popen(
        [sys.executable, str(Path(writer.__file__)), str(db_path), pass_a, str(seed)],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        env=env,
        text=True,
    )
    try:
        assert proc.stdout is not None
        first = proc.stdout.readline()
        assert first.strip() == "ready", proc.stderr.read() if proc.stderr else first
        time.sleep(delay)
        proc.send_signal(signal.SIGKILL)
        out, err = proc.communicate(timeout=30)
    finally:
        if proc.poll() is None:
            proc.kill()
            proc.wait()
    assert proc.returncode == -signal.SIGKILL, f"writer died on its own: {err}"
    return out.split()


def _verify(db_path: Path, known_pass_a: str) -> str:
    db = open_app_db(db_path)
    try:
        assert db.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        assert db.execute("PRAGMA foreign_key_check").fetchall() == []
        vault = VaultService(db, kdf_params=writer.FAST_KDF)
        other = writer.PASS_A_2 if known_pass_a == writer.PASS_A_1 else writer.PASS_A_1
        try:
            vault.open_as_owner(Partner.A, known_pass_a).lock()
            pass_a = known_pass_a
        except WrongPassphrase:
            vault.open_as_owner(Partner.A, other).lock()  # exactly one of the two works
            pass_a = other

        rows = db.execute("SELECT item_id, kind, owner FROM vault_items").fetchall()
        keys = collections.Counter(
            r[0] for r in db.execute("SELECT item_id FROM vault_item_keys").fetchall()
        )
        assert sum(keys.values()) == sum(3 if kind == "moment" else 1 for _, kind, _ in rows)
        for item_id, kind, _owner in rows:
            assert keys[item_id] == (3 if kind == "moment" else 1), "half-written item"

        sessions = [
            vault.open_together(pass_a, writer.PASS_B),
            vault.open_as_owner(Partner.A, pass_a),
            vault.open_as_owner(Partner.B, writer.PASS_B),
        ]
        seen = set()
        for session in sessions:
            for result in session.items():
                assert isinstance(result, VaultItem), "an item is unreadable after a kill"
                head = f"{writer.CANARY} {result.owner.value}/{result.kind.value}/"
                assert result.content.text.startswith(head)
                seen.add(result.item_id)
            session.lock()
        assert seen == {r[0] for r in rows}
        assert all(kind in (ItemKind.MOMENT, ItemKind.REFLECTION) for _, kind, _ in rows)
        return pass_a
    finally:
        db.close()


def test_sigkill_during_writes_never_leaves_a_half_state(tmp_path: Path) -> None:
    data_dir = tmp_path / "data"
    data_dir.mkdir()
    db_path = data_dir / "openup.db"
    _set_up(db_path)
    rng = random.Random(20240610)
    pass_a = writer.PASS_A_1
    done: collections.Counter[str] = collections.Counter()
    canaries = canary_encodings(writer.CANARY)
    for iteration in range(ITERATIONS):
        done.update(_run_and_kill(db_path, pass_a, iteration, rng.uniform(0.0, 0.25)))
        pass_a = _verify(db_path, pass_a)
        assert find_in_files(data_dir, canaries) == [], f"plaintext on disk after kill {iteration}"
    # the kills landed on a writer that was really doing all three kinds of work
    assert done["save"] > 50 and done["withdraw"] > 10 and done["change"] > 5, done
    assert done["together"] > 5, done
