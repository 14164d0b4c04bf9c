"""Opening the vault list newest first, a batch at a time, while the couple already reads.

Why: with thousands of moments, decrypting them all before showing any makes the couple wait
and then freezes the window while the whole list lands at once. So the worker unlocks, hands
the session over at once (the screen switches to the list), and then sends the moments newest
first in small batches; each batch costs the UI thread well under a frame. Until the last one
has arrived, ``openingText`` says how many are still being opened, so a search that finds
nothing yet doesn't look like "nothing matches".
"""

from __future__ import annotations

import contextlib
import gc
import logging
import sqlite3
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Signal

from ..vault import ItemKind, SessionLocked, VaultError
from .vault_items import ItemRow, VaultItemsModel
from .vault_jobs import VaultJobs

if TYPE_CHECKING:  # the engine (cryptography) loads with the vault, not at start-up
    from ..vault.service import DamagedItem, VaultItem, VaultSession

log = logging.getLogger("openup.bridge.vault.listing")

# The first batch is small so the newest moments show at once; later ones are larger but
# still a few milliseconds of work each, on either thread.
FIRST_BATCH = 60
BATCH = 100
# Between batches the worker pauses this long, so the UI thread gets the interpreter at once
# instead of waiting for Python's thread switch (up to 5 ms per call into Python).
PAUSE_S = 0.0005


@dataclass(frozen=True)
class _Opened:
    """First part of an unlock: the session, and how many items the list will hold."""

    session: VaultSession
    size: int


Part = _Opened | list[ItemRow]


@contextlib.contextmanager
def _collector_paused() -> Iterator[None]:
    """Python's cycle collector off while a long list opens, on again after.

    Why: opening 10,000 moments makes tens of thousands of objects, which sets off full
    collections that walk every object of the app while holding the interpreter (70 ms
    measured): the window froze mid-list. Reference counting still frees all of them at once;
    the collector only looks for cycles, which it finds at its next run.
    """
    was_on = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was_on:
            gc.enable()


class VaultListing(QObject):
    """Streams a session's items into the item model (worker → UI thread, newest first)."""

    openingChanged = Signal()

    def __init__(
        self,
        items: VaultItemsModel,
        jobs: VaultJobs,
        shape: Callable[[list[VaultItem | DamagedItem]], list[ItemRow]],
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._items = items
        self._jobs = jobs
        self._shape = shape
        self._left = 0

    @property
    def left(self) -> int:
        """How many items are still being opened (0 once the list is whole)."""
        return self._left

    def opening_text(self) -> str:
        """What the search line says while the list is still filling ('' once it is whole)."""
        if self._left <= 0:
            return ""
        return self.tr("Still opening %n moment(s)…", "", self._left)

    def stop(self) -> None:
        """The vault locked: nothing is being opened any more."""
        self._set_left(0)

    def open_and_list(
        self,
        name: str,
        unlock: Callable[[], VaultSession],
        kind: ItemKind,
        on_open: Callable[[VaultSession], None],
        on_failed: Callable[[VaultError], None],
        on_incomplete: Callable[[], None],
    ) -> bool:
        """Unlock on the worker; ``on_open`` gets the session as soon as it is open, then the
        list fills batch by batch. False if the worker is busy (nothing started).

        Once the vault is open, a problem reading the rest (a damaged database file) doesn't
        undo the opening: the list keeps what it has and ``on_incomplete`` says so.
        """

        def work(emit: Callable[[Part], None]) -> bool:
            session = unlock()
            try:
                size = session.listing_size(kind)
            except BaseException:
                session.lock()  # never handed over: nobody else would drop its keys
                raise
            emit(_Opened(session, size))
            try:
                with _collector_paused():
                    for batch in session.items_newest_first(kind, first=FIRST_BATCH, batch=BATCH):
                        emit(self._shape(batch))
                        time.sleep(PAUSE_S)
            except SessionLocked:
                log.info("Vault %s: locked while the list was still opening", name)
            except (VaultError, sqlite3.Error) as error:
                problem = type(error).__name__
                log.warning("Vault %s: the rest of the list could not be read (%s)", name, problem)
                return False
            return True

        def done(whole: bool) -> None:
            self.stop()
            if not whole:
                on_incomplete()

        def progress(part: Part) -> None:
            if isinstance(part, _Opened):
                on_open(part.session)
                self._set_left(part.size)
            else:
                self._set_left(max(0, self._left - len(part)))
                self._items.add_rows(part)

        def stale(part: Part) -> None:
            if isinstance(part, _Opened):
                part.session.lock()  # locked while this was opening: show nothing (V7)

        return self._jobs.run_streaming(name, work, progress, done, on_failed, stale)

    def _set_left(self, left: int) -> None:
        if left != self._left:
            self._left = left
            self.openingChanged.emit()
