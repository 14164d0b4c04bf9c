"""The vault's to-do list for every copy the app keeps: forgetting and key rotation (V8, V13).

Why a persisted list: a withdrawal, an edited reflection note or a passphrase change must reach
every backup copy, not only the live database. Doing that "on the side" is lost when the app is
killed half-way, and a restored backup would bring the withdrawn moment (or the old key) back.
So the live transaction that withdraws an item or rotates a key also writes a to-do row, and
:func:`finish_pending` works through the list after every backup, at every start, and whenever a
withdrawal asks for it, until every copy is clean and the live ``-wal`` has been checkpointed.
Only then are the rows removed. Each step is idempotent, so running it again is always safe.

The rows hold item ids (random hex) and public keys: nothing anyone wrote, nothing secret. Log
lines name files and counts only.
"""

from __future__ import annotations

import contextlib
import dataclasses
import logging
import sqlite3
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

from openup_desktop.files.sqlite_paths import sqlite_uri
from openup_desktop.vault import repository as repo
from openup_desktop.vault.model import Partner

if TYPE_CHECKING:  # pragma: no cover - only for type hints
    from openup_desktop.vault.keys import PartnerKeyPair

log = logging.getLogger("openup.vault.upkeep")


@dataclass(frozen=True, slots=True)
class UpkeepReport:
    """What one pass did. ``clean`` is True when nothing is left to do."""

    clean: bool
    checkpointed: bool = True
    copies_changed: int = 0
    problems: tuple[str, ...] = field(default=())
    #: what this pass worked through (crossed off by :func:`finish_live` once all is clean)
    forget: tuple[str, ...] = field(default=())
    rotations: tuple[tuple[str, bytes], ...] = field(default=())


def note_forget(conn: sqlite3.Connection, item_ids: Sequence[str], now: float) -> None:
    """Put withdrawn items on the list (call inside the withdrawing transaction)."""
    conn.executemany(
        "INSERT OR REPLACE INTO vault_forget_todo (item_id, noted_at) VALUES (?, ?)",
        [(item_id, now) for item_id in item_ids],
    )


def note_rotation(conn: sqlite3.Connection, partner: Partner, public_key: bytes) -> None:
    """Say that every copy must get ``partner``'s new key pair (inside the rotating transaction).

    One row per partner: a newer rotation replaces an older one, since copying the current live
    key row into a copy finishes both.
    """
    conn.execute(
        "INSERT OR REPLACE INTO vault_rotation_todo (partner, public_key) VALUES (?, ?)",
        (partner.value, public_key),
    )


def has_pending(conn: sqlite3.Connection) -> bool:
    """True while anything is on the list (the controller keeps retrying until it is empty)."""
    forget, rotations = _load_todo(conn)
    return bool(forget or rotations)


def _load_todo(conn: sqlite3.Connection) -> tuple[list[str], dict[Partner, bytes]]:
    tables = _tables(conn)
    forget: list[str] = []
    rotations: dict[Partner, bytes] = {}
    if "vault_forget_todo" in tables:
        forget = [
            row[0]
            for row in conn.execute("SELECT item_id FROM vault_forget_todo")
            if isinstance(row[0], str)
        ]
    if "vault_rotation_todo" in tables:
        for partner_value, public_key in conn.execute(
            "SELECT partner, public_key FROM vault_rotation_todo"
        ):
            with contextlib.suppress(ValueError):
                rotations[Partner(partner_value)] = bytes(public_key)
    return forget, rotations


def _tables(conn: sqlite3.Connection) -> set[str]:
    return {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type='table'")}


@contextlib.contextmanager
def _open_copy(path: Path) -> Iterator[sqlite3.Connection]:
    """A backup copy opened for writing, with deleted content overwritten (secure_delete)."""
    conn = sqlite3.connect(sqlite_uri(path, "rw"), uri=True, isolation_level=None)
    try:
        conn.execute("PRAGMA secure_delete=ON")
        yield conn
    finally:
        conn.close()


def _compact(conn: sqlite3.Connection) -> None:
    """Rewrite the copy so no free page keeps old bytes (a copy runs in rollback-journal mode;
    the checkpoint covers one left in WAL mode)."""
    conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    conn.execute("VACUUM")


def rotate_backup(
    path: Path,
    vault_id: bytes,
    old_keys: PartnerKeyPair,
    new_keys: PartnerKeyPair,
    new_row: repo.PartnerRow,
) -> bool:
    """Give one backup copy the new key pair while the old private key is still in memory (V8).

    Re-seals what the copy holds to the new key exactly as in the live database, so items that
    are only in this copy stay readable. Returns True if the copy was changed; a copy that
    can't be changed is logged and left for :func:`finish_pending`.
    """
    from openup_desktop.vault.service import rotate_item_keys

    try:
        with _open_copy(path) as conn:
            if "vault_partners" not in _tables(conn):
                return False
            conn.execute("BEGIN IMMEDIATE")
            try:
                if repo.load_vault_id(conn) != vault_id:
                    conn.rollback()
                    return False
                held = conn.execute(
                    "SELECT public_key FROM vault_partners WHERE partner = ?",
                    (new_row.partner.value,),
                ).fetchone()
                if held is None or held[0] == new_row.public_key:
                    conn.rollback()
                    return False
                repo.overwrite_partner(conn, new_row)
                rotate_item_keys(conn, vault_id, old_keys, new_keys)
                conn.commit()
            except BaseException:
                if conn.in_transaction:
                    conn.rollback()
                raise
            _compact(conn)
            return True
    except (sqlite3.Error, ValueError, OSError) as error:
        log.warning("could not rotate the key in %s (%s)", path.name, type(error).__name__)
        return False


def finish_pending(live: sqlite3.Connection, copies: Iterable[Path]) -> UpkeepReport:
    """Work through the whole to-do list: :func:`clean_copies`, then :func:`finish_live`.

    For start-up, quit and tests. While the app runs, the two halves run on different threads
    (see :func:`finish_live` for why).
    """
    return finish_live(live, clean_copies(live, copies))


def clean_copies(live: sqlite3.Connection, copies: Iterable[Path]) -> UpkeepReport:
    """Every copy forgets the listed items and gets rotated keys. Reads the live database only.

    Returns a report naming what was worked through, for :func:`finish_live`.
    """
    forget, rotations = _load_todo(live)
    if not forget and not rotations:
        return UpkeepReport(clean=True)
    live_rows: dict[Partner, repo.PartnerRow] = {}
    for partner, public_key in rotations.items():
        with contextlib.suppress(ValueError):
            row = repo.load_partner(live, partner)
            if row is not None and row.public_key == public_key:
                live_rows[partner] = row
    live_items = {item.item_id: item for item in repo.load_items(live)} if live_rows else {}
    try:
        vault_id = repo.load_vault_id(live)
    except ValueError:
        vault_id = None
    problems: list[str] = []
    changed = 0
    for path in copies:
        try:
            if _clean_copy(path, forget, live_rows, live_items, vault_id):
                changed += 1
        except (sqlite3.Error, OSError) as error:
            problems.append(path.name)
            log.warning("could not clean %s yet (%s)", path.name, type(error).__name__)
    if changed:
        log.info("vault upkeep cleaned backup copies: %d", changed)
    return UpkeepReport(
        clean=False,
        checkpointed=False,
        copies_changed=changed,
        problems=tuple(problems),
        forget=tuple(forget),
        rotations=tuple((p.value, k) for p, k in rotations.items()),
    )


def finish_live(live: sqlite3.Connection, report: UpkeepReport) -> UpkeepReport:
    """Checkpoint the live database and, if every copy is clean, cross the items off.

    Why separate: this writes to the live database. Run it on the thread that also writes the
    app's other data (the UI thread), so it never commits in the middle of another connection's
    read-then-write transaction there (SQLite would refuse that write as "database is locked").
    It waits at most a moment for locks: whatever is busy is simply tried again later.
    """
    if report.clean:
        return report
    (previous,) = live.execute("PRAGMA busy_timeout").fetchone()
    live.execute("PRAGMA busy_timeout=200")
    try:
        checkpointed = _checkpoint_without_waiting(live)
        if report.problems or not checkpointed:
            log.info("vault upkeep will be tried again (a copy or the live file is busy)")
            return dataclasses.replace(report, checkpointed=checkpointed)
        try:
            live.execute("BEGIN IMMEDIATE")
            if report.forget:
                marks = ",".join("?" for _ in report.forget)
                live.execute(
                    f"DELETE FROM vault_forget_todo WHERE item_id IN ({marks})", report.forget
                )
            for partner, public_key in report.rotations:
                live.execute(
                    "DELETE FROM vault_rotation_todo WHERE partner = ? AND public_key = ?",
                    (partner, public_key),
                )
            live.commit()
        except sqlite3.OperationalError:
            if live.in_transaction:
                live.rollback()
            return dataclasses.replace(report, checkpointed=True)
        except BaseException:
            if live.in_transaction:
                live.rollback()
            raise
        _checkpoint_without_waiting(live)
        return UpkeepReport(True, True, report.copies_changed)
    finally:
        live.execute(f"PRAGMA busy_timeout={int(previous)}")


def _checkpoint_without_waiting(conn: sqlite3.Connection) -> bool:
    """A TRUNCATE checkpoint that gives up at once when a reader is in the way.

    While a TRUNCATE checkpoint waits for readers it also holds back every writer, so waiting
    here (the connection's usual busy timeout) could make a talk being saved fail with "database
    is locked". Giving up is safe: the to-do list stays and the pass is tried again later.
    """
    (previous,) = conn.execute("PRAGMA busy_timeout").fetchone()
    conn.execute("PRAGMA busy_timeout=0")
    try:
        return repo.checkpoint_truncate(conn)
    except sqlite3.OperationalError:
        return False
    finally:
        conn.execute(f"PRAGMA busy_timeout={int(previous)}")


def _clean_copy(
    path: Path,
    forget: list[str],
    live_rows: dict[Partner, repo.PartnerRow],
    live_items: dict[object, repo.StoredItem],
    vault_id: bytes | None,
) -> bool:
    """Bring one copy in line with the to-do list; True if it changed."""
    with _open_copy(path) as conn:
        tables = _tables(conn)
        if "vault_items" not in tables or "vault_partners" not in tables:
            return False
        conn.execute("BEGIN IMMEDIATE")
        changed = False
        try:
            if forget:
                marks = ",".join("?" for _ in forget)
                conn.execute(f"DELETE FROM vault_item_keys WHERE item_id IN ({marks})", forget)
                gone = conn.execute(
                    f"DELETE FROM vault_items WHERE item_id IN ({marks})", forget
                ).rowcount
                changed = gone > 0
            if live_rows and vault_id is not None and _copy_vault_id(conn) == vault_id:
                for partner, row in live_rows.items():
                    changed |= _copy_rotation(conn, partner, row, live_items)
            conn.commit()
        except BaseException:
            if conn.in_transaction:
                conn.rollback()
            raise
        if changed:
            _compact(conn)
        return changed


def _copy_vault_id(conn: sqlite3.Connection) -> bytes | None:
    try:
        return repo.load_vault_id(conn)
    except ValueError:
        return None


def _copy_rotation(
    conn: sqlite3.Connection,
    partner: Partner,
    row: repo.PartnerRow,
    live_items: dict[object, repo.StoredItem],
) -> bool:
    """After a kill mid-rotation: take the new key row, and the re-sealed keys of every item the
    copy shares with the live database, from the live database. Keys of items only in the copy
    stay sealed to the old key pair, which no file can open any more."""
    held = conn.execute(
        "SELECT public_key FROM vault_partners WHERE partner = ?", (partner.value,)
    ).fetchone()
    if held is None or held[0] == row.public_key:
        return False
    repo.overwrite_partner(conn, row)
    for item in repo.load_items(conn):
        current = live_items.get(item.item_id)
        if current is None or (current.nonce, current.ciphertext) != (item.nonce, item.ciphertext):
            continue
        for holder, role, sealed in current.keys:
            if holder == partner.value:
                repo.update_sealed_key(conn, item.item_id, holder, role, sealed)
        if current.owner == partner.value:
            repo.update_owner_tag(conn, item.item_id, current.owner_tag)
    return True
