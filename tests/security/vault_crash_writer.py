"""Writer loop for the V10 crash test, run as a separate process and killed with SIGKILL.

Usage: ``python vault_crash_writer.py DB_PATH CURRENT_PASSPHRASE_A SEED``

It keeps saving moments and reflections, withdrawing items (one, or all of B's), opening the
vault together (which moves sealed key rows to the wrapped form), and changing A's passphrase
back and forth, printing one line per finished operation so the test can see it
did real work. It never stops on its own.
"""

from __future__ import annotations

import random
import sys
import time

import sqlite_utils

from openup_desktop.vault import ItemContent, ItemKind, KdfParams, Partner, VaultService

FAST_KDF = KdfParams(memory_kib=64, iterations=1, lanes=1)
PASS_A_1 = "Apricot lantern drifts slowly"
PASS_A_2 = "Second apricot lantern drifting"
PASS_B = "Birch canoe under seven moons"
CANARY = "CRASHCANARY-7f3e"


def main() -> None:
    db_path, pass_a, seed = sys.argv[1], sys.argv[2], int(sys.argv[3])
    rng = random.Random(seed)
    db = sqlite_utils.Database(db_path)
    db.execute("PRAGMA journal_mode=WAL")
    db.execute("PRAGMA foreign_keys=ON")
    vault = VaultService(db, kdf_params=FAST_KDF, clock=time.time)
    sessions = {
        Partner.A: vault.open_as_owner(Partner.A, pass_a),
        Partner.B: vault.open_as_owner(Partner.B, PASS_B),
    }
    print("ready", flush=True)
    n = 0
    while True:
        n += 1
        owner = rng.choice(list(Partner))
        session = sessions[owner]
        roll = rng.random()
        if roll < 0.55:
            kind = rng.choice(list(ItemKind))
            text = f"{CANARY} {owner.value}/{kind.value}/{seed}/{n} " + "words " * rng.randint(
                1, 400
            )
            session.save(kind, ItemContent(title=f"{CANARY}-title", text=text))
            print("save", flush=True)
        elif roll < 0.80:
            mine = [r.item_id for r in session.items()]
            if mine:
                session.withdraw(rng.choice(mine))
                print("withdraw", flush=True)
        elif roll < 0.83:
            sessions[Partner.B].withdraw_all(include_reflections=rng.random() < 0.5)
            print("withdraw_all", flush=True)
        elif roll < 0.90:
            # reading together moves the shares each owner sealed alone to the wrapped form
            with vault.open_together(pass_a, PASS_B) as together:
                together.items()
            print("together", flush=True)
        else:
            new = PASS_A_2 if pass_a == PASS_A_1 else PASS_A_1
            vault.change_passphrase(Partner.A, pass_a, new)
            pass_a = new
            # the key pair was rotated (V8): a session opened before holds the old one
            sessions[Partner.A].lock()
            sessions[Partner.A] = vault.open_as_owner(Partner.A, pass_a)
            print("change", flush=True)


if __name__ == "__main__":
    main()
