"""Shared helpers for the vault's security tests (promises V1–V14 in docs/security.md).

A plain module rather than a conftest.py, so nothing here overrides fixtures that other tests
in this folder use. Fast Argon2id parameters go through the same code path as production ones;
the databases use WAL and foreign keys like the app's connection.
"""

from __future__ import annotations

import contextlib
import sqlite3
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path

import sqlite_utils

from openup_desktop.vault import (
    ItemContent,
    ItemKind,
    KdfParams,
    Partner,
    VaultService,
    create_vault_tables,
)

FAST_KDF = KdfParams(memory_kib=64, iterations=1, lanes=1)
PASS_A = "Apricot lantern drifts slowly"
PASS_B = "Birch canoe under seven moons"
PASSPHRASES = {Partner.A: PASS_A, Partner.B: PASS_B}


class FakeClock:
    """Wall-clock seconds that only move when a test says so (tests never sleep)."""

    def __init__(self, start: float = 1_800_000_000.0) -> None:
        self.now = start

    def __call__(self) -> float:
        return self.now

    def advance(self, seconds: float) -> None:
        self.now += seconds


def open_app_db(path: Path) -> sqlite_utils.Database:
    """A connection set up like the app's: WAL, foreign keys, vault tables present."""
    db = sqlite_utils.Database(path)
    db.execute("PRAGMA journal_mode=WAL")
    db.execute("PRAGMA foreign_keys=ON")
    create_vault_tables(db)
    return db


def memory_db() -> sqlite_utils.Database:
    """An in-memory database with the vault tables (for hypothesis examples)."""
    db = sqlite_utils.Database(memory=True)
    db.execute("PRAGMA foreign_keys=ON")
    create_vault_tables(db)
    return db


def set_up_vault(
    db: sqlite_utils.Database, clock: Callable[[], float] | None = None
) -> VaultService:
    """Both partners set up with the test passphrases and fast KDF parameters."""
    service = VaultService(db, kdf_params=FAST_KDF, clock=clock or FakeClock())
    service.set_up_partner(Partner.A, PASS_A)
    service.set_up_partner(Partner.B, PASS_B)
    return service


def content(title: str, text: str = "", **kwargs: object) -> ItemContent:
    """Short ItemContent constructor for tests."""
    return ItemContent(title=title, text=text or f"text of {title}", **kwargs)  # type: ignore[arg-type]


def save_as(service: VaultService, owner: Partner, kind: ItemKind, item: ItemContent) -> str:
    """Save with the owner's consent (their passphrase), as the app does (V9)."""
    with service.open_as_owner(owner, PASSPHRASES[owner]) as session:
        return session.save(kind, item)


def data_files(folder: Path) -> list[Path]:
    """Every file under the data folder (db, -wal, -shm, exports, anything else)."""
    return sorted(p for p in folder.rglob("*") if p.is_file())


def canary_encodings(marker: str) -> list[bytes]:
    """The marker as UTF-8, UTF-16-LE and UTF-16-BE (how text could land in a file)."""
    return [marker.encode("utf-8"), marker.encode("utf-16-le"), marker.encode("utf-16-be")]


def find_in_files(folder: Path, needles: list[bytes]) -> list[str]:
    """Where any needle occurs, as "file: needle" strings (empty list = clean)."""
    hits = []
    for path in data_files(folder):
        data = path.read_bytes()
        for needle in needles:
            if needle in data:
                hits.append(f"{path.name}: {needle[:24]!r}")
    return hits


@dataclass
class VaultEnv:
    """One test's vault: its data folder, app-like connection, fake clock and service."""

    data_dir: Path
    db: sqlite_utils.Database
    clock: FakeClock
    vault: VaultService

    def reopen(self) -> VaultEnv:
        """Close and reopen the connection, as an app restart would."""
        self.db.close()
        db = open_app_db(self.data_dir / "openup.db")
        return VaultEnv(
            self.data_dir, db, self.clock, VaultService(db, kdf_params=FAST_KDF, clock=self.clock)
        )

    def close(self) -> None:
        with contextlib.suppress(sqlite3.ProgrammingError):
            self.db.close()


@contextlib.contextmanager
def vault_env(tmp_path: Path) -> Iterator[VaultEnv]:
    """A fresh, set-up vault in ``tmp_path/data`` (closed afterwards)."""
    folder = tmp_path / "data"
    folder.mkdir(parents=True, exist_ok=True)
    db = open_app_db(folder / "openup.db")
    clock = FakeClock()
    env = VaultEnv(folder, db, clock, set_up_vault(db, clock))
    try:
        yield env
    finally:
        env.close()


def swap_in_another_private_key(
    db: sqlite_utils.Database, partner: Partner, passphrase: str
) -> None:
    """The attack of someone who knows ``partner``'s passphrase: wrap a private key of their own
    under it, next to the partner's real public key, and fix up the plain row check. The
    wrapped key authenticates (right passphrase, same associated data) but is not the pair of
    the public key everyone seals to. Touches the key-wrap internals by design."""
    from openup_desktop.vault import repository as repo
    from openup_desktop.vault.kdf import derive_key
    from openup_desktop.vault.keys import PartnerKeyPair, wrap_aad
    from openup_desktop.vault.model import wipe

    vault_id = repo.load_vault_id(db.conn)  # type: ignore[arg-type]
    row = repo.load_partner(db.conn, partner)  # type: ignore[arg-type]
    assert vault_id is not None and row is not None
    theirs = PartnerKeyPair.generate(partner, vault_id)
    key = derive_key(passphrase, row.salt, row.params)
    try:
        aad = wrap_aad(vault_id, partner, row.salt, row.params, row.public_key)
        nonce, wrapped = theirs.wrap(key, aad)
    finally:
        wipe(key)
        theirs.wipe()
    check = repo.compute_row_check(
        vault_id, partner, row.salt, row.params, nonce, wrapped, row.public_key
    )
    db.execute(
        "UPDATE vault_partners SET wrap_nonce = ?, wrapped_private_key = ?, row_check = ? "
        "WHERE partner = ?",
        [nonce, wrapped, check, partner.value],
    )
    db.conn.commit()
