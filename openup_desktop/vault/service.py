"""The vault's rules: set-up, unlock with back-off, sessions that read/save/withdraw, re-wrap.

Who may do what (the promises in ``docs/security.md``):

* :meth:`VaultService.open_together` — both passphrases: reads every **moment** of both
  partners (through both XOR shares). Never reflections, not even the typist's own (V4).
* :meth:`VaultService.open_as_owner` — one passphrase: reads that partner's own moments and
  reflections (through the owner copy) and can withdraw them (V3, V12). It can't read the
  other's moments (V2): it holds one share of them, which alone is random noise.
* Saving needs the owner's unlocked key (their passphrase typed in this sitting: V9); a session
  can only save in the name of a partner it unlocked.
* Key rows come in two forms (see :mod:`openup_desktop.vault.keys`): HPKE-sealed (anyone can
  make one for a partner, from their public key) and wrapped under the holder's row key (only
  the holder, unlocked). Reading is what moves sealed rows a session opened to the wrapped form
  (:meth:`VaultSession._store_moves`), so a long list needs no public-key work after the
  first time — and a vault written before the wrapped form existed moves over as it is read.

Threads: every call blocks (the Argon2id derivation takes a good fraction of a second), so the
Qt layer runs unlock, set-up and passphrase change on a worker thread. Sessions share no mutable
state with each other; a session guards its own keys with a lock, so ``lock()`` from the UI
thread is safe while a worker reads. The SQLite connection is the only shared resource: use one
:class:`VaultService` per connection, and make sure that connection may be used from the
calling thread (``sqlite3`` refuses cross-thread use unless opened with
``check_same_thread=False``, in which case calls must not overlap).
"""

from __future__ import annotations

import dataclasses
import hmac
import logging
import os
import sqlite3
import threading
import time
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass
from datetime import UTC, datetime
from enum import StrEnum
from pathlib import Path

import sqlite_utils
from cryptography.exceptions import InvalidTag

from openup_desktop.files.messages import Message
from openup_desktop.vault import errors, upkeep
from openup_desktop.vault import repository as repo
from openup_desktop.vault.backoff import (
    BackoffState,
    clamp_last_failed,
    remaining_wait,
    wait_after,
)
from openup_desktop.vault.errors import (
    BackoffActive,
    ItemDamaged,
    ItemNotFound,
    NotAllowed,
    PartnerAlreadySetUp,
    SameAsPartner,
    SessionLocked,
    VaultDataAltered,
    VaultError,
    VaultNotSetUp,
    WeakPassphrase,
    WrongPassphrase,
)
from openup_desktop.vault.items import (
    DATA_KEY_BYTES,
    ITEM_ID_RE,
    MAX_PADDED_BYTES,
    ROLE_OWNER,
    ROLE_SHARE,
    ItemBindings,
    ItemContent,
    content_aad,
    decrypt_content,
    encrypt_content,
    join_shares,
    key_info,
    new_item_id,
    owner_tag_message,
    owner_tag_message_v2,
    split_key,
)
from openup_desktop.vault.kdf import PRODUCTION_KDF_PARAMS, KdfParams, derive_key, new_salt
from openup_desktop.vault.keys import (
    NONCE_BYTES,
    TAG_BYTES,
    PartnerKeyPair,
    is_wrapped,
    seal_to,
    unwrap_private_key,
    wrap_aad,
)
from openup_desktop.vault.model import (
    FORMAT_VERSION,
    ItemKind,
    Partner,
    parse_kind,
    parse_partner,
    require_blob,
    require_int,
    wipe,
)
from openup_desktop.vault.passphrase_policy import check_passphrase

Clock = Callable[[], float]

log = logging.getLogger("openup.vault")

#: Errors that mean "this stored item is not what we wrote" — caught per item (V5).
_DAMAGE_ERRORS = (InvalidTag, ValueError, TypeError, KeyError, OverflowError, UnicodeError)


class SessionMode(StrEnum):
    """How a session was opened."""

    TOGETHER = "together"
    OWNER = "owner"


@dataclass(frozen=True, slots=True)
class VaultItem:
    """A decrypted item. ``content`` holds the person's words: never log or copy it."""

    item_id: str
    kind: ItemKind
    owner: Partner
    content: ItemContent


@dataclass(frozen=True, slots=True)
class DamagedItem:
    """An item that failed its checks; shown as a clear message, never as partial text (V5)."""

    item_id: str
    said: Message

    @property
    def message(self) -> str:
        """What ``said`` says, in English (logs, tests)."""
        return str(self.said)


@dataclass(frozen=True, slots=True)
class WithdrawResult:
    """``removed`` items deleted; ``wiped`` is False if the WAL checkpoint couldn't finish yet
    (another connection was reading), in which case old pages leave the ``-wal`` at the next
    checkpoint."""

    removed: int
    wiped: bool


class VaultService:
    """Entry point over one SQLite connection; holds no keys itself (sessions do)."""

    def __init__(
        self,
        db: sqlite_utils.Database,
        *,
        kdf_params: KdfParams = PRODUCTION_KDF_PARAMS,
        clock: Clock = time.time,
        backup_files: Callable[[], Iterable[Path]] = tuple,
        personal_words: Callable[[], Sequence[str]] = tuple,
    ) -> None:
        """``kdf_params`` are used for new wrappings (set-up, passphrase change); tests pass fast
        ones. ``clock`` returns wall-clock seconds; the back-off is computed from it only.
        ``backup_files`` lists the backup copies the app keeps (a passphrase change re-seals
        them too, V8); the vault knows nothing else about backups. ``personal_words`` gives the
        couple's own words (names, years) that a new passphrase is checked against."""
        kdf_params.validate()
        self._db = db
        self._backup_files = backup_files
        self._personal_words = personal_words
        self._kdf_params = kdf_params
        self._clock = clock
        repo.enable_secure_delete(db.conn)

    @property
    def db(self) -> sqlite_utils.Database:
        """The connection this service (and its sessions) use."""
        return self._db

    def now(self) -> float:
        """Current time from the injected clock."""
        return float(self._clock())

    # --- status -------------------------------------------------------------------------------

    def partners_set_up(self) -> frozenset[Partner]:
        """Which partners have a passphrase (the UI shows set-up until both do)."""
        with repo.read_snapshot(self._db) as conn:
            return frozenset(p for p in Partner if repo.partner_exists(conn, p))

    def backoff_state(self, partner: Partner) -> BackoffState:
        """Failures in a row and seconds to wait, for the unlock screen before a try."""
        partner = parse_partner(partner)
        now = self.now()
        with repo.write_transaction(self._db) as conn:
            count, last = _load_attempts_clamped(conn, partner, now)
        return BackoffState(count, remaining_wait(count, last, now))

    # --- set-up and passphrase change ---------------------------------------------------------

    def set_up_partner(self, partner: Partner, passphrase: str) -> None:
        """Create a partner's key pair, wrapped under their passphrase. Only once (V8)."""
        partner = parse_partner(partner)
        _enforce_policy(passphrase, self._personal_words())
        with repo.write_transaction(self._db) as conn:
            vault_id = repo.ensure_vault_id(conn)
            if repo.partner_exists(conn, partner):
                raise PartnerAlreadySetUp()
            other_is_set_up = repo.partner_exists(conn, partner.other)
        if other_is_set_up:
            self._refuse_the_others_passphrase(partner, passphrase)
        keypair = PartnerKeyPair.generate(partner, vault_id)
        try:
            row = self._wrap(keypair, passphrase, vault_id)
        finally:
            keypair.wipe()
        with repo.write_transaction(self._db) as conn:
            if repo.partner_exists(conn, partner):
                raise PartnerAlreadySetUp()
            repo.insert_partner(conn, row)
            repo.save_attempts(conn, partner, 0, None)

    def _refuse_the_others_passphrase(self, partner: Partner, passphrase: str) -> None:
        """Two of two means two passphrases (V2): one that opens the other partner's key is
        refused, so a couple who type the same one twice are told before it counts.

        This tells the one choosing whether their choice is the other's passphrase: one guess,
        never two, since a refusal leaves them to choose again and any other choice sets them
        up (set-up happens once, V8). A passphrase *change* is not compared, for that reason:
        repeatable, it would test guesses at the other's passphrase without the wait of V6.
        """
        vault_id, row = self._load_partner_checked(partner.other)
        keypair = self._try_unwrap(vault_id, row, passphrase)
        if keypair is not None:
            keypair.wipe()
            raise SameAsPartner(partner.other)

    def change_passphrase(self, partner: Partner, old: str, new: str) -> int:
        """Change a partner's passphrase, knowing the old one, and rotate their key pair (V8).

        Someone who learned the old passphrase must not be able to use it on any file the app
        keeps. So a new key pair is made; every share and owner copy sealed to the old one is
        re-sealed to the new one, and the new wrapped key replaces the old, in the live database
        in one transaction (with a to-do note for the backups). Then every backup copy gets the
        same rotation while the old private key is still in memory, and the to-do is cleared.
        A kill before the live commit changes nothing; a kill after it leaves the to-do, which
        :func:`upkeep.finish_pending` completes from the live database (after every backup, at
        the next start).

        Counts as an unlock for the back-off: returns the failed tries since the last unlock,
        then resets them. Exports made earlier still hold the old key pair, wrapped under the old
        passphrase: the one thing the old passphrase still opens, and the screen says so.
        """
        partner = parse_partner(partner)
        _enforce_policy(new, self._personal_words())
        vault_id, row = self._load_partner_checked(partner)
        previous = self._begin_attempts([partner])
        old_keys = self._try_unwrap(vault_id, row, old)
        if old_keys is None:
            raise self._wrong([partner], previous)
        new_keys = PartnerKeyPair.generate(partner, vault_id)
        try:
            new_row = self._wrap(new_keys, new, vault_id)
            with repo.write_transaction(self._db) as conn:
                if not repo.replace_partner_keys(conn, row, new_row):
                    raise VaultError(errors.CHANGED_ELSEWHERE())
                rotate_item_keys(conn, vault_id, old_keys, new_keys)
                upkeep.note_rotation(conn, partner, new_row.public_key)
                repo.save_attempts(conn, partner, 0, None)
        except BaseException:
            # the old passphrase was right: don't leave this try counted as a failure
            old_keys.wipe()
            new_keys.wipe()
            self._finish_attempts({partner: previous[partner]}, success=False)
            raise
        try:
            repo.checkpoint_truncate(self._db.conn)
            backups = list(self._backup_files())
            for path in backups:
                upkeep.rotate_backup(path, vault_id, old_keys, new_keys, new_row)
            # copies made meanwhile, or left by an earlier kill; the live file's part of the
            # to-do list is finished by the app's backup worker (upkeep.finish_live)
            upkeep.clean_copies(self._db.conn, backups)
        finally:
            old_keys.wipe()
            new_keys.wipe()
        return previous[partner][0]

    # --- unlock -------------------------------------------------------------------------------

    def open_as_owner(self, partner: Partner, passphrase: str) -> VaultSession:
        """Unlock one partner alone: their own moments and reflections (V2, V4)."""
        partner = parse_partner(partner)
        vault_id, row = self._load_partner_checked(partner)
        previous = self._begin_attempts([partner])
        keypair = self._try_unwrap(vault_id, row, passphrase)
        if keypair is None:
            raise self._wrong([partner], previous)
        try:
            self._finish_attempts({partner: previous[partner]}, success=True)
        except BaseException:
            keypair.wipe()
            raise
        return VaultSession(
            self, vault_id, {partner: keypair}, SessionMode.OWNER, {partner: previous[partner][0]}
        )

    def open_together(self, passphrase_a: str, passphrase_b: str) -> VaultSession:
        """Unlock with both passphrases: every moment of both partners, no reflections.

        Both passphrases are always checked (and both failures counted), so the message can say
        whose didn't match. A correct passphrase in a failed try doesn't count against its owner.
        """
        rows = {p: self._load_partner_checked(p) for p in Partner}
        vault_id = rows[Partner.A][0]
        previous = self._begin_attempts(list(Partner))
        keys: dict[Partner, PartnerKeyPair] = {}
        wrong: list[Partner] = []
        try:
            for partner, passphrase in ((Partner.A, passphrase_a), (Partner.B, passphrase_b)):
                keypair = self._try_unwrap(vault_id, rows[partner][1], passphrase)
                if keypair is None:
                    wrong.append(partner)
                else:
                    keys[partner] = keypair
            if wrong:
                self._finish_attempts({p: previous[p] for p in keys}, success=False)
                raise self._wrong(wrong, previous)
            self._finish_attempts(previous, success=True)
        except BaseException:
            for keypair in keys.values():
                keypair.wipe()
            raise
        return VaultSession(
            self, vault_id, keys, SessionMode.TOGETHER, {p: previous[p][0] for p in Partner}
        )

    # --- internals ----------------------------------------------------------------------------

    def _wrap(self, keypair: PartnerKeyPair, passphrase: str, vault_id: bytes) -> repo.PartnerRow:
        """Wrap a private key under a passphrase with a fresh salt and the configured params."""
        salt = new_salt()
        params = self._kdf_params
        key = derive_key(passphrase, salt, params)
        try:
            aad = wrap_aad(vault_id, keypair.partner, salt, params, keypair.public_bytes)
            nonce, wrapped = keypair.wrap(key, aad)
        finally:
            wipe(key)
        check = repo.compute_row_check(
            vault_id, keypair.partner, salt, params, nonce, wrapped, keypair.public_bytes
        )
        return repo.PartnerRow(
            keypair.partner, salt, params, nonce, wrapped, keypair.public_bytes, check
        )

    def _load_partner_checked(self, partner: Partner) -> tuple[bytes, repo.PartnerRow]:
        """Read and sanity-check a partner row before any KDF runs.

        A malformed row or a wrong row check means the data was altered or damaged: say so,
        without running the KDF and without counting a failed try.
        """
        with repo.read_snapshot(self._db) as conn:
            try:
                vault_id = repo.load_vault_id(conn)
            except ValueError:
                raise VaultDataAltered() from None
            if vault_id is None:
                raise VaultNotSetUp()
            try:
                row = repo.load_partner(conn, partner)
            except ValueError:
                raise VaultDataAltered() from None
        if row is None:
            raise VaultNotSetUp(errors.PARTNER_NOT_SET_UP(partner=partner.value))
        if not hmac.compare_digest(row.row_check, row.expected_check(vault_id)):
            raise VaultDataAltered()
        return vault_id, row

    def _begin_attempts(self, partners: list[Partner]) -> dict[Partner, tuple[int, float | None]]:
        """Refuse during a wait; otherwise count this try as failed *before* deriving.

        Counting first means killing the app mid-derivation, or racing two tries, can't skip the
        back-off. Success undoes it. Returns each partner's previous (count, last time).
        """
        now = self.now()
        waiting: BackoffActive | None = None
        with repo.write_transaction(self._db) as conn:
            previous = {p: _load_attempts_clamped(conn, p, now) for p in partners}
            for partner, (count, last) in previous.items():
                left = remaining_wait(count, last, now)
                if left > 0:
                    waiting = BackoffActive(partner, left)
                    break  # commit the clamped times (no try counted), then refuse
            else:
                for partner, (count, _last) in previous.items():
                    repo.save_attempts(conn, partner, count + 1, now)
        if waiting is not None:
            raise waiting
        return previous

    def _finish_attempts(
        self, previous: dict[Partner, tuple[int, float | None]], *, success: bool
    ) -> None:
        """Success resets the counters; a right passphrase in a failed together-try is restored
        to what it was before the try."""
        with repo.write_transaction(self._db) as conn:
            for partner, (count, last) in previous.items():
                if success:
                    repo.save_attempts(conn, partner, 0, None)
                else:
                    repo.save_attempts(conn, partner, count, last)

    def _wrong(
        self, partners: list[Partner], previous: dict[Partner, tuple[int, float | None]]
    ) -> WrongPassphrase:
        failed = {p: previous[p][0] + 1 for p in partners}
        return WrongPassphrase(partners, failed, max(wait_after(n) for n in failed.values()))

    def _try_unwrap(
        self, vault_id: bytes, row: repo.PartnerRow, passphrase: str
    ) -> PartnerKeyPair | None:
        """The derived key opens the wrapped private key, or None (wrong passphrase)."""
        try:
            key = derive_key(passphrase, row.salt, row.params)
        except ValueError:  # e.g. an absurdly long passphrase: simply not the right one
            return None
        try:
            aad = wrap_aad(vault_id, row.partner, row.salt, row.params, row.public_key)
            keypair = unwrap_private_key(
                row.partner, key, row.wrap_nonce, row.wrapped_private_key, aad, vault_id
            )
        except InvalidTag:
            return None
        except ValueError:  # the key bytes decrypted but are not a valid key: altered
            raise VaultDataAltered() from None
        finally:
            wipe(key)
        if not hmac.compare_digest(keypair.public_bytes, row.public_key):
            keypair.wipe()
            raise VaultDataAltered()
        return keypair


def _load_attempts_clamped(
    conn: sqlite3.Connection, partner: Partner, now: float
) -> tuple[int, float | None]:
    """The back-off counters with a future time clamped to ``now`` and written back (V6).

    Writing it back is what makes the deadline real: from the first time the app sees a time in
    the future, the wait counts from that moment, so it ends within the cap.
    """
    count, last = repo.load_attempts(conn, partner)
    clamped = clamp_last_failed(last, now)
    if clamped != last:
        repo.save_attempts(conn, partner, count, clamped)
    return count, clamped


@dataclass(frozen=True, slots=True)
class _ParsedItem:
    """A stored item whose types and sizes were checked (not yet authenticated)."""

    item_id: str
    kind: ItemKind
    owner: Partner
    nonce: bytes
    ciphertext: bytes
    owner_tag: bytes
    key_rows: dict[tuple[str, str], bytes]

    def tag_message(self, vault_id: bytes, rows: dict[tuple[str, str], bytes]) -> bytes:
        """What the owner tags (the current version) once the key rows are ``rows``."""
        return owner_tag_message_v2(
            vault_id,
            self.item_id,
            self.kind,
            self.owner,
            self.nonce,
            self.ciphertext,
            [(h, r, s) for (h, r), s in rows.items()],
        )

    def tag_proves(self, keypair: PartnerKeyPair, vault_id: bytes) -> bool:
        """True if ``keypair`` made this item's tag: the cryptographic proof of ownership (V5).

        The owner column alone is never trusted: only the owner's private key derives the tag key.
        """
        if keypair.partner is not self.owner:
            return False
        rows = [(h, r, s) for (h, r), s in self.key_rows.items()]
        args = (vault_id, self.item_id, self.kind, self.owner, self.nonce, self.ciphertext, rows)
        # the current version first: the earlier one is only built for items saved before it
        return keypair.verify_tag(owner_tag_message_v2(*args), self.owner_tag) or (
            keypair.verify_tag(owner_tag_message(*args), self.owner_tag)
        )


def _parse_item(item: repo.StoredItem) -> _ParsedItem:
    """Check every stored field's type and size; raises one of ``_DAMAGE_ERRORS``.

    A key row's size is checked only where it is opened (``open_key_row``): the other
    partner's share is not under the owner's tag, so a share cut short must damage the
    together read alone, as a flipped one does, not the owner's own copy of the item.
    """
    if not isinstance(item.item_id, str) or not ITEM_ID_RE.match(item.item_id):
        raise ValueError("bad item id")
    require_int(item.format_version, low=FORMAT_VERSION, high=FORMAT_VERSION)
    key_rows: dict[tuple[str, str], bytes] = {}
    for holder, role, sealed in item.keys:
        if not isinstance(holder, str) or not isinstance(role, str):
            raise ValueError("bad key row")
        key_rows[(holder, role)] = require_blob(sealed)
    return _ParsedItem(
        item_id=item.item_id,
        kind=parse_kind(item.kind),
        owner=parse_partner(item.owner),
        nonce=require_blob(item.nonce, length=NONCE_BYTES),
        ciphertext=require_blob(item.ciphertext, max_length=MAX_PADDED_BYTES + TAG_BYTES),
        owner_tag=require_blob(item.owner_tag, length=32),
        key_rows=key_rows,
    )


class _Conflict(Exception):
    """A row changed between reading and upgrading it: the batch waits for the next unlock."""


@dataclass(slots=True)
class _Upgrade:
    """Sealed rows of one item, opened while reading it, to be stored in the wrapped form.

    Holds every secret opened for the item (``secrets``) and wipes them all in :meth:`wipe`;
    ``rows`` names the ones that move.
    """

    item: _ParsedItem
    secrets: dict[tuple[str, str], bytearray]
    rows: tuple[tuple[str, str], ...]

    @classmethod
    def plan(
        cls,
        item: _ParsedItem,
        secrets: dict[tuple[str, str], bytearray],
        keys: dict[Partner, PartnerKeyPair],
    ) -> _Upgrade | None:
        """Which opened rows may move, or None when none may (nothing then changes).

        Only a row's holder wraps it, under their own row key. The owner's rows are covered
        byte for byte by the owner's tag, so they move only when the owner is unlocked here to
        tag the item again. The other partner's share moves only once the owner's copy is (or
        now becomes) wrapped: until the owner has unlocked with this version, the item may
        still carry the first tag version, which covers that share's bytes too.
        """
        owner = item.owner.value
        chosen = [
            (holder, role)
            for (holder, role) in secrets
            if (holder, role) in item.key_rows
            and not is_wrapped(item.key_rows[(holder, role)])
            and Partner(holder) in keys  # so the owner's rows only when the owner is unlocked
        ]
        owner_copy = item.key_rows.get((owner, ROLE_OWNER))
        owner_wrapped = owner_copy is not None and (
            is_wrapped(owner_copy) or (owner, ROLE_OWNER) in chosen
        )
        if not owner_wrapped:
            chosen = [row for row in chosen if row[0] == owner]
        if not chosen:
            return None
        return cls(item, secrets, tuple(sorted(chosen)))

    def prepare(self, vault_id: bytes, keys: dict[Partner, PartnerKeyPair]) -> _Prepared:
        """Wrap the rows (and tag the item again when the owner's rows move), with the keys
        still unlocked; what is written needs no key any more (see :meth:`_Prepared.store`)."""
        item = self.item
        rows = dict(item.key_rows)
        swaps = []
        for holder, role in self.rows:
            partner = Partner(holder)
            info = key_info(vault_id, item.item_id, item.kind, item.owner, partner, role)
            wrapped = keys[partner].wrap_secret(self.secrets[(holder, role)], info)
            swaps.append((holder, role, rows[(holder, role)], wrapped))
            rows[(holder, role)] = wrapped
        tag = None
        if any(holder == item.owner.value for holder, _ in self.rows):
            tag = (item.owner_tag, keys[item.owner].tag(item.tag_message(vault_id, rows)))
        return _Prepared(item.item_id, item.ciphertext, tuple(swaps), tag)

    def wipe(self) -> None:
        for secret in self.secrets.values():
            wipe(secret)


@dataclass(frozen=True, slots=True)
class _Prepared:
    """One item's wrapped rows and new tag, ready to replace what was read (no secrets)."""

    item_id: str
    ciphertext: bytes
    swaps: tuple[tuple[str, str, bytes, bytes], ...]  # holder, role, old row, new row
    tag: tuple[bytes, bytes] | None  # old tag, new tag

    def store(self, conn: sqlite3.Connection) -> None:
        """Replace each row and the tag only if they still hold what was read (else _Conflict)."""
        for holder, role, old, new in self.swaps:
            if not repo.swap_key_row(conn, self.item_id, holder, role, old, new):
                raise _Conflict()
        if self.tag is not None:
            old_tag, new_tag = self.tag
            if not repo.swap_owner_tag(conn, self.item_id, old_tag, new_tag, self.ciphertext):
                raise _Conflict()


def rotate_item_keys(
    conn: sqlite3.Connection, vault_id: bytes, old: PartnerKeyPair, new: PartnerKeyPair
) -> None:
    """Re-wrap every share and owner copy held by ``old``'s partner under ``new`` (V8).

    Runs inside the caller's transaction, on the live database or a backup copy. The partner's
    own items are re-tagged with the new key, but only those whose tag the *old* key proves: a
    forged or altered item is left as it is (still shown as altered), never laundered into a
    valid one. A key row the old key can't open is left alone: it is useless to anyone once the
    old private key is gone from every file.
    """
    me = old.partner
    for stored in repo.load_items(conn):
        try:
            item = _parse_item(stored)
        except _DAMAGE_ERRORS:
            continue
        if item.owner is me and not item.tag_proves(old, vault_id):
            continue
        rows = dict(item.key_rows)
        for (holder, role), sealed in item.key_rows.items():
            if holder != me.value or role not in (ROLE_OWNER, ROLE_SHARE):
                continue
            info = key_info(vault_id, item.item_id, item.kind, item.owner, me, role)
            try:
                secret = old.open_key_row(sealed, info)
            except _DAMAGE_ERRORS:
                continue
            try:
                # the new private key is in memory: the fast, wrapped form right away
                rows[(holder, role)] = new.wrap_secret(secret, info)
            finally:
                wipe(secret)
            repo.update_sealed_key(conn, item.item_id, holder, role, rows[(holder, role)])
        if item.owner is me:
            repo.update_owner_tag(conn, item.item_id, new.tag(item.tag_message(vault_id, rows)))


def _enforce_policy(passphrase: str, words: Sequence[str] = ()) -> None:
    if not isinstance(passphrase, str):
        raise TypeError("passphrase must be a str")
    check = check_passphrase(passphrase, words)
    if not check.ok:
        raise WeakPassphrase(check.problems)


class VaultSession:
    """An unlocked view of the vault. Call :meth:`lock` (or use ``with``) to drop every key.

    After ``lock()`` every method raises :class:`SessionLocked`. ``failed_tries`` says, per
    unlocked partner, how many wrong tries were made on their passphrase since they last
    unlocked (V6) — show it once, right after unlocking.
    """

    def __init__(
        self,
        service: VaultService,
        vault_id: bytes,
        keys: dict[Partner, PartnerKeyPair],
        mode: SessionMode,
        failed_tries: dict[Partner, int],
    ) -> None:
        self._service = service
        self._vault_id = vault_id
        self._keys = dict(keys)
        self._mutex = threading.RLock()
        self.mode = mode
        #: Together, moments open through the two XOR shares, so an altered share (which the
        #: owner's tag no longer covers byte for byte, see ``owner_tag_message_v2``) shows as
        #: altered. False opens them through the owner's copy instead (for tests of that copy).
        self.read_through_shares = True
        self.partners: frozenset[Partner] = frozenset(keys)
        self.failed_tries: dict[Partner, int] = dict(failed_tries)

    # --- life cycle ---------------------------------------------------------------------------

    @property
    def is_locked(self) -> bool:
        """True after :meth:`lock`."""
        return not self._keys

    def lock(self) -> None:
        """Zero and drop every key this session holds (V7). Safe to call twice, any thread."""
        with self._mutex:
            for keypair in self._keys.values():
                keypair.wipe()
            self._keys.clear()

    def __enter__(self) -> VaultSession:
        return self

    def __exit__(self, *exc_info: object) -> None:
        self.lock()

    def __del__(self) -> None:
        # Best effort: a session dropped without lock() still zeroes its buffers.
        keys = getattr(self, "_keys", None)
        if keys:
            for keypair in keys.values():
                keypair.wipe()

    def _require_unlocked(self) -> None:
        if not self._keys:
            raise SessionLocked()

    @property
    def owner(self) -> Partner | None:
        """The partner of an owner session (None for a together session)."""
        if self.mode is SessionMode.OWNER and len(self.partners) == 1:
            return next(iter(self.partners))
        return None

    # --- reading ------------------------------------------------------------------------------

    def items(self, kind: ItemKind | str | None = None) -> list[VaultItem | DamagedItem]:
        """Every item this session may read, oldest first; damaged ones as :class:`DamagedItem`.

        Never raises for a single bad item (V5): one altered row shows as damaged and the rest
        are returned as usual.
        """
        wanted = parse_kind(kind) if kind is not None else None
        with self._mutex:
            self._require_unlocked()
            with repo.read_snapshot(self._service.db) as conn:
                stored = repo.load_items(conn)
            results, moves = self._open_batch(stored, wanted)
        self._store_moves(moves)
        return results

    def items_newest_first(
        self, kind: ItemKind | str | None = None, *, first: int = 100, batch: int = 500
    ) -> Iterator[list[VaultItem | DamagedItem]]:
        """The same items as :meth:`items`, newest saved first, a batch at a time.

        Why: a long list should show its newest moments at once and fill in the rest while the
        couple is already reading. The first batch is small so it comes quickly. The session's
        lock is held per batch only, so :meth:`lock` (from the UI thread) waits for one batch at
        most; a lock between batches ends the listing with :class:`SessionLocked`.
        """
        wanted = parse_kind(kind) if kind is not None else None
        before: int | None = None
        size = max(1, first)
        while True:
            with self._mutex:
                self._require_unlocked()
                with repo.read_snapshot(self._service.db) as conn:
                    stored, before = repo.load_items_before(conn, before, size)
                if not stored:
                    return
                results, moves = self._open_batch(stored, wanted)
            self._store_moves(moves)
            if results:
                yield results
            if before is None:
                return
            size = max(1, batch)

    def listing_size(self, kind: ItemKind | str | None = None) -> int:
        """How many stored items a listing of ``kind`` will go through (for "still opening N").

        Counted from the stored columns, before any check, so it is what the list will hold
        when nothing is damaged.
        """
        wanted = parse_kind(kind) if kind is not None else None
        with self._mutex:
            self._require_unlocked()
            with repo.read_snapshot(self._service.db) as conn:
                if self.mode is SessionMode.TOGETHER:
                    kinds = [ItemKind.MOMENT.value]
                    owners = [p.value for p in Partner]
                else:
                    me = self.owner
                    assert me is not None
                    kinds = [k.value for k in ItemKind]
                    owners = [me.value]
                if wanted is not None:
                    kinds = [k for k in kinds if k == wanted.value]
                return repo.count_items(conn, kinds, owners)

    def _open_batch(
        self, stored: Sequence[repo.StoredItem], wanted: ItemKind | None
    ) -> tuple[list[VaultItem | DamagedItem], list[_Prepared]]:
        """Open the visible ones (``_mutex`` held), and wrap the sealed rows opened on the way
        (stored by :meth:`_store_moves` once the mutex is released)."""
        out: list[VaultItem | DamagedItem] = []
        upgrades: list[_Upgrade] = []
        try:
            for item in stored:
                if not self._visible(item):
                    continue
                result = self._open_or_damaged(item, upgrades)
                if wanted is not None and isinstance(result, VaultItem) and result.kind != wanted:
                    continue
                out.append(result)
            moves = [upgrade.prepare(self._vault_id, self._keys) for upgrade in upgrades]
        finally:
            for upgrade in upgrades:
                upgrade.wipe()
        return out, moves

    def read(self, item_id: str) -> VaultItem:
        """One item, or :class:`ItemNotFound` / :class:`NotAllowed` / :class:`ItemDamaged`."""
        with self._mutex:
            self._require_unlocked()
            if not isinstance(item_id, str) or not ITEM_ID_RE.match(item_id):
                raise ItemNotFound()
            with repo.read_snapshot(self._service.db) as conn:
                stored = repo.load_items(conn, item_id)
            if not stored:
                raise ItemNotFound()
            item = stored[0]
            if not self._visible(item):
                if self.mode is SessionMode.TOGETHER:
                    raise NotAllowed(errors.REFLECTION_PRIVATE())
                raise NotAllowed(errors.PARTNERS_ITEM())
            result = self._open_or_damaged(item)
            if isinstance(result, DamagedItem):
                raise ItemDamaged(result.item_id)
            return result

    def _visible(self, item: repo.StoredItem) -> bool:
        """Which stored rows this session lists (before any check).

        Together: everything except reflections (V4). Owner: rows claiming this owner, plus rows
        holding an owner copy for them — so a changed owner column shows as damaged to the real
        owner instead of silently vanishing.
        """
        if self.mode is SessionMode.TOGETHER:
            kind: object = item.kind  # as stored, not yet trusted
            return kind != ItemKind.REFLECTION.value
        me = self.owner
        assert me is not None
        if item.owner == me.value:
            return True
        return any(holder == me.value and role == ROLE_OWNER for holder, role, _ in item.keys)

    def _open_or_damaged(
        self, item: repo.StoredItem, upgrades: list[_Upgrade] | None = None
    ) -> VaultItem | DamagedItem:
        try:
            return self._open(item, upgrades)
        except _DAMAGE_ERRORS:
            item_id = item.item_id if isinstance(item.item_id, str) else repr(item.item_id)
            return DamagedItem(item_id, errors.ITEM_DAMAGED())

    def _open(self, stored: repo.StoredItem, upgrades: list[_Upgrade] | None = None) -> VaultItem:
        """Verify and decrypt one stored item; any inconsistency raises a damage error.

        When ``upgrades`` is given and some row this session opened (or could rebuild) is still
        in the slow sealed form, the opened secrets are added there so the caller can store
        them wrapped (see :meth:`_store_moves`).
        """
        item = _parse_item(stored)
        item_id, kind, owner = item.item_id, item.kind, item.owner
        nonce, ciphertext, key_rows = item.nonce, item.ciphertext, item.key_rows
        owner_keys = self._keys.get(owner)
        if owner_keys is None:
            raise KeyError("owner not unlocked")  # an owner session seeing a re-labelled row
        if not item.tag_proves(owner_keys, self._vault_id):
            raise ValueError("owner tag mismatch")
        opened: dict[tuple[str, str], bytearray] = {}
        bindings = ItemBindings(self._vault_id, item_id, kind, owner)

        def unseal(holder: Partner, role: str) -> bytearray:
            sealed = key_rows[(holder.value, role)]
            info = bindings.key_info(holder, role)
            secret = self._keys[holder].open_key_row(sealed, info)
            if len(secret) != DATA_KEY_BYTES:
                wipe(secret)
                raise ValueError("bad key size")
            opened[(holder.value, role)] = secret
            return secret

        if self.mode is SessionMode.TOGETHER and kind is not ItemKind.MOMENT:
            raise KeyError("reflections are not opened together")
        try:
            if self.mode is SessionMode.TOGETHER and not self.read_through_shares:
                # Both private keys are unlocked in this sitting, so the owner's copy opens the
                # moment alone (used by tests of the owner's copy; the app reads the shares).
                data_key = bytearray(unseal(owner, ROLE_OWNER))
            elif self.mode is SessionMode.TOGETHER:
                data_key = join_shares(unseal(Partner.A, ROLE_SHARE), unseal(Partner.B, ROLE_SHARE))
            else:
                data_key = bytearray(unseal(owner, ROLE_OWNER))
            try:
                plain = decrypt_content(data_key, nonce, ciphertext, bindings.content_aad)
                result = VaultItem(item_id, kind, owner, ItemContent.from_json_bytes(plain))
            except BaseException:
                wipe(data_key)
                raise
            if (owner.value, ROLE_OWNER) not in opened and self.mode is SessionMode.TOGETHER:
                # the content opened with this key: it is what the owner's copy holds (and
                # that row is covered by the owner's tag, checked above)
                opened[(owner.value, ROLE_OWNER)] = data_key
            else:
                wipe(data_key)
            if upgrades is not None and not all(map(is_wrapped, key_rows.values())):
                upgrade = _Upgrade.plan(item, opened, self._keys)
                if upgrade is not None:
                    upgrades.append(upgrade)
                    opened = {}  # the upgrade holds (and wipes) the secrets now
            return result
        finally:
            for secret in opened.values():
                wipe(secret)

    def _store_moves(self, moves: list[_Prepared]) -> None:
        """Store rows opened in the sealed form wrapped under their holder's row key instead.

        The migration from the old construction, done as partners unlock: the next listing
        needs no public-key work for these rows. One transaction per batch, so a kill leaves
        each item as before or as after (V10); every row is replaced only if it still holds the
        bytes that were opened (compare-and-swap), and a busy or full database just leaves the
        rows for the next unlock — reading never fails because of it. Runs without the session's
        mutex (what it writes needs no key), so locking never waits for the disk.
        """
        if not moves:
            return
        try:
            with repo.write_transaction(self._service.db) as conn:
                for move in moves:
                    move.store(conn)
        except (sqlite3.Error, _Conflict) as error:
            log.info("sealed key rows not upgraded this time (%s)", type(error).__name__)

    # --- saving -------------------------------------------------------------------------------

    def save(
        self,
        kind: ItemKind | str,
        content: ItemContent,
        *,
        owner: Partner | str | None = None,
    ) -> str:
        """Encrypt and store a new item for ``owner``; returns its id.

        ``owner`` defaults to the partner of an owner session and is required in a together
        session. Only a partner unlocked in this session can own a new item (V9). A moment
        needs both partners set up (its second share is sealed to the other's public key).
        """
        kind = parse_kind(kind)
        with self._mutex:
            self._require_unlocked()
            if owner is None:
                owner = self.owner
                if owner is None:
                    raise ValueError("say which partner the item belongs to")
            owner = parse_partner(owner)
            owner_keys = self._keys.get(owner)
            if owner_keys is None:
                raise NotAllowed(errors.OWNER_KEEPS())
            if content.created_at is None:
                stamp = datetime.fromtimestamp(self._service.now(), UTC).isoformat()
                content = dataclasses.replace(content, created_at=stamp)
            data = content.to_json_bytes()
            public_keys = self._current_public_keys(owner_keys, kind)
            item_id = new_item_id()
            data_key = bytearray(os.urandom(DATA_KEY_BYTES))
            try:
                nonce, ciphertext = encrypt_content(
                    data_key, data, content_aad(self._vault_id, item_id, kind, owner)
                )
                key_rows = self._seal_keys(data_key, public_keys, item_id, kind, owner)
            finally:
                wipe(data_key)
            tag = owner_keys.tag(
                owner_tag_message_v2(
                    self._vault_id, item_id, kind, owner, nonce, ciphertext, key_rows
                )
            )
            with repo.write_transaction(self._service.db) as conn:
                repo.insert_item(
                    conn,
                    item_id=item_id,
                    kind=kind.value,
                    owner=owner.value,
                    nonce=nonce,
                    ciphertext=ciphertext,
                    owner_tag=tag,
                    keys=key_rows,
                )
            return item_id

    def _current_public_keys(
        self, owner_keys: PartnerKeyPair, kind: ItemKind
    ) -> dict[Partner, bytes]:
        """Public keys to seal to, checked: the owner's must be the one we unlocked, the
        other's row must pass its check (moments only).

        The owner's check holds for every kind: a session opened before a passphrase change
        holds the old key pair, and anything sealed to it would be unreadable once the rotation
        has dropped that key -- so it is refused instead of kept.
        """
        owner = owner_keys.partner
        keys = {owner: owner_keys.public_bytes}
        if kind is ItemKind.MOMENT:
            other = owner.other
            try:
                _vault_id, row = self._service._load_partner_checked(other)
            except VaultNotSetUp:
                raise VaultNotSetUp(errors.BOTH_NEED_PASSPHRASE()) from None
            keys[other] = row.public_key
        with repo.read_snapshot(self._service.db) as conn:
            try:
                mine = repo.load_partner(conn, owner)
            except ValueError:
                raise VaultDataAltered() from None
        if mine is None or not hmac.compare_digest(mine.public_key, owner_keys.public_bytes):
            raise VaultDataAltered()
        return keys

    def _seal_keys(
        self,
        data_key: bytearray,
        public_keys: dict[Partner, bytes],
        item_id: str,
        kind: ItemKind,
        owner: Partner,
    ) -> list[tuple[str, str, bytes]]:
        def seal(holder: Partner, role: str, secret: bytearray) -> tuple[str, str, bytes]:
            info = key_info(self._vault_id, item_id, kind, owner, holder, role)
            unlocked = self._keys.get(holder)
            if unlocked is not None:
                # the holder's key pair is open in this sitting: the fast, wrapped form
                return holder.value, role, unlocked.wrap_secret(secret, info)
            try:
                return holder.value, role, seal_to(public_keys[holder], secret, info)
            except ValueError:
                raise VaultDataAltered() from None

        rows = [seal(owner, ROLE_OWNER, data_key)]
        if kind is ItemKind.MOMENT:
            share_a, share_b = split_key(data_key)
            try:
                rows.append(seal(Partner.A, ROLE_SHARE, share_a))
                rows.append(seal(Partner.B, ROLE_SHARE, share_b))
            finally:
                wipe(share_a)
                wipe(share_b)
        return rows

    # --- withdrawing --------------------------------------------------------------------------

    def withdraw(self, item_id: str) -> WithdrawResult:
        """Delete one of the owner's items and all its keys, then wipe the WAL (V3).

        Only in an owner session: withdrawing is what the owner does alone, at once. Ownership
        is proven with the owner's key (V5): an item whose tag this key doesn't prove is refused
        as altered, whatever its owner column says. The item is put on the to-do list of things
        every backup must forget in the same transaction (V13).
        """
        with self._mutex:
            me = self._require_owner_session()
            if not isinstance(item_id, str) or not ITEM_ID_RE.match(item_id):
                raise ItemNotFound()
            with repo.write_transaction(self._service.db) as conn:
                stored = repo.load_items(conn, item_id)
                if not stored:
                    raise ItemNotFound()
                if not self._proves_mine(stored[0], me):
                    if self._visible(stored[0]):
                        raise ItemDamaged(item_id)
                    raise NotAllowed(errors.OWNER_WITHDRAWS())
                removed = repo.delete_items(conn, [item_id])
                upkeep.note_forget(conn, [item_id], self._service.now())
            return WithdrawResult(removed, repo.checkpoint_truncate(self._service.db.conn))

    def withdraw_all(self, *, include_reflections: bool = False) -> WithdrawResult:
        """Delete all of the owner's moments (and reflections if asked) in one transaction (V12).

        "All of mine" is exactly what the owner's key proves (V5), not what the owner column
        says: an item of theirs relabelled to the other partner is taken too, and one relabelled
        to them is left alone.
        """
        with self._mutex:
            me = self._require_owner_session()
            kinds = {ItemKind.MOMENT.value}
            if include_reflections:
                kinds.add(ItemKind.REFLECTION.value)
            with repo.write_transaction(self._service.db) as conn:
                ids = [
                    item.item_id
                    for item in repo.load_items(conn)
                    if item.kind in kinds and self._proves_mine(item, me)
                ]
                removed = repo.delete_items(conn, ids)
                upkeep.note_forget(conn, ids, self._service.now())
            return WithdrawResult(removed, repo.checkpoint_truncate(self._service.db.conn))

    def replace_reflection(self, old_item_id: str | None, content: ItemContent | None) -> str:
        """Save an edited reflection note and withdraw the previous one in one transaction.

        ``content`` None clears the note. The previous note goes on the backups' to-do list in
        the same transaction (V13), so an edit or a clear reaches every copy. Returns the new
        item id ('' when cleared).
        """
        with self._mutex:
            me = self._require_owner_session()
            with repo.write_transaction(self._service.db) as conn:
                new_id = "" if content is None else self.save(ItemKind.REFLECTION, content)
                if old_item_id:
                    stored = repo.load_items(conn, old_item_id)
                    if stored:
                        if not self._proves_mine(stored[0], me):
                            raise ItemDamaged(old_item_id)
                        repo.delete_items(conn, [old_item_id])
                        upkeep.note_forget(conn, [old_item_id], self._service.now())
            repo.checkpoint_truncate(self._service.db.conn)
            return new_id

    def _proves_mine(self, stored: repo.StoredItem, me: Partner) -> bool:
        """True when this session's key proves ``me`` made the item (owner column ignored)."""
        try:
            item = _parse_item(stored)
        except _DAMAGE_ERRORS:
            return False
        claimed = dataclasses.replace(item, owner=me)
        return claimed.tag_proves(self._keys[me], self._vault_id)

    def _require_owner_session(self) -> Partner:
        self._require_unlocked()
        me = self.owner
        if me is None:
            raise NotAllowed(errors.WITHDRAW_ALONE())
        return me


def item_ids(results: Iterable[VaultItem | DamagedItem]) -> list[str]:
    """Ids of a result list (convenience for callers and tests)."""
    return [result.item_id for result in results]
