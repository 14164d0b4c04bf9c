"""Kill loop: SIGKILL at random moments never loses anything the app reported saved.

``tests/helpers/scripted_use.py`` drives the app's own objects (first run, vault set-up, talks,
moments, withdrawals, invitations) at random and prints a line after each action the app
reported saved. Each data folder is killed several times in a row (a restart settles what the
kill left behind), 50 kills in all. After every kill:

* ``PRAGMA integrity_check`` is ok (checked first, on the raw file, before the app's own
  start-up check could move a damaged file aside) and no foreign key dangles;
* every reported talk is ended, with both wrap-ups as saved;
* every reported invitation is there (scheduled when its answer was reported);
* every reported moment that was not withdrawn opens with both passphrases together, with its
  full text and owner, and for its owner alone; nothing in the vault shows as damaged;
* every reported withdrawn moment is gone, for both together and for its owner.
"""

from __future__ import annotations

import random
import signal
import sqlite3
import subprocess
import sys
import time
from dataclasses import dataclass, field
from pathlib import Path

import pytest

from openup_desktop.store.database import connect
from openup_desktop.vault import DamagedItem, ItemKind, KdfParams, Partner, VaultService
from tests.helpers.processes import REPO, app_env
from tests.helpers.scripted_use import PASSPHRASES, moment_text, wrapup_thanks

pytestmark = [
    pytest.mark.e2e,
    pytest.mark.slow,
    pytest.mark.skipif(not hasattr(signal, "SIGKILL"), reason="needs SIGKILL"),
]

FAST_KDF = KdfParams(memory_kib=64, iterations=1, lanes=1)
FOLDERS = 10
KILLS_PER_FOLDER = 5  # 50 kills in all


@dataclass
class Ledger:
    """What the app reported saved, over every run in one data folder."""

    talks: dict[int, tuple[int, int]] = field(default_factory=dict)
    moments: dict[str, int] = field(default_factory=dict)  # title -> owner seat
    withdrawing: set[str] = field(default_factory=set)
    withdrawn: set[str] = field(default_factory=set)
    invitations: set[int] = field(default_factory=set)
    scheduled: set[int] = field(default_factory=set)
    lines: int = 0

    def read(self, output: str) -> None:
        for line in output.splitlines():
            words = line.split()
            match words:
                case ["SAVED", "talk", talk_id, rating0, rating1]:
                    self.talks[int(talk_id)] = (int(rating0), int(rating1))
                case ["SAVED", "moment", seat, title]:
                    self.moments[title] = int(seat)
                case ["WITHDRAWING", title]:
                    self.withdrawing.add(title)
                case ["WITHDRAWN", title]:
                    self.withdrawn.add(title)
                case ["SAVED", "invitation", invitation_id]:
                    self.invitations.add(int(invitation_id))
                case ["SAVED", "invitation", invitation_id, "scheduled"]:
                    self.scheduled.add(int(invitation_id))
                case ["STARTED"] | []:
                    continue
                case _:
                    raise AssertionError(f"unexpected line from the script: {line!r}")
            self.lines += 1

    def must_be_readable(self) -> dict[str, int]:
        """Saved and not withdrawn. A kill during a withdrawal may go either way: skipped."""
        return {
            title: seat
            for title, seat in self.moments.items()
            if title not in self.withdrawing and title not in self.withdrawn
        }


def run_and_kill(data_dir: Path, seed: int, delay: float) -> str:
    """Start the scripted couple, SIGKILL it ``delay`` s after its context is built."""
    process = subprocess.Popen(
        [sys.executable, "-m", "tests.helpers.scripted_use", str(data_dir), str(seed)],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        stdin=subprocess.DEVNULL,
        text=True,
        cwd=REPO,
        env=app_env(),
    )
    try:
        assert process.stdout is not None
        first = process.stdout.readline()
        if first.strip() != "STARTED":
            process.kill()
            _out, err = process.communicate(timeout=30)
            raise AssertionError(f"the script did not start: {first!r}\n{err}")
        time.sleep(delay)
        process.send_signal(signal.SIGKILL)
        out, err = process.communicate(timeout=30)
    finally:
        if process.poll() is None:
            process.kill()
            process.wait()
    assert process.returncode == -signal.SIGKILL, f"the script stopped on its own:\n{err}"
    return out


def check_file(db_path: Path) -> None:
    """Raw SQLite checks, before anything of the app touches the file."""
    conn = sqlite3.connect(db_path)
    try:
        assert conn.execute("PRAGMA integrity_check").fetchall() == [("ok",)]
        assert conn.execute("PRAGMA foreign_key_check").fetchall() == []
    finally:
        conn.close()


def check_talks_and_invitations(db_path: Path, ledger: Ledger) -> None:
    conn = sqlite3.connect(db_path)
    try:
        for talk_id, ratings in ledger.talks.items():
            row = conn.execute("SELECT status FROM talks WHERE id = ?", [talk_id]).fetchone()
            assert row is not None, f"reported talk {talk_id} is missing"
            assert row[0] == "ended", f"reported talk {talk_id} is {row[0]}"
            wrapups = dict(
                (partner, (thanks, closeness))
                for partner, thanks, closeness in conn.execute(
                    "SELECT partner, thanks_text, closeness FROM wrapups WHERE talk_id = ?",
                    [talk_id],
                )
            )
            assert wrapups == {
                seat: (wrapup_thanks(talk_id, seat), ratings[seat]) for seat in (0, 1)
            }, f"the wrap-up of talk {talk_id} is not what was saved"
        for invitation_id in ledger.invitations | ledger.scheduled:
            row = conn.execute(
                "SELECT status, scheduled_for FROM invitations WHERE id = ?", [invitation_id]
            ).fetchone()
            assert row is not None, f"reported invitation {invitation_id} is missing"
            if invitation_id in ledger.scheduled:
                assert row[0] == "scheduled" and row[1] is not None, (
                    f"invitation {invitation_id} was reported scheduled, is {row[0]}"
                )
    finally:
        conn.close()


def check_vault(db_path: Path, ledger: Ledger) -> None:
    if not ledger.moments:
        return
    db = connect(db_path)
    try:
        vault = VaultService(db, kdf_params=FAST_KDF)
        with vault.open_together(*PASSPHRASES) as together:
            items = together.items(ItemKind.MOMENT)
        damaged = [i for i in items if isinstance(i, DamagedItem)]
        assert not damaged, f"{len(damaged)} moment(s) read as damaged after a kill"
        found: dict[str, list[tuple[str, Partner]]] = {}
        for item in items:
            found.setdefault(item.content.title, []).append((item.content.text, item.owner))
        for title, seat in ledger.must_be_readable().items():
            assert found.get(title) == [
                (moment_text(title), Partner.A if seat == 0 else Partner.B)
            ], f"reported moment {title} does not read back as saved: {found.get(title)!r}"
        for title in ledger.withdrawn:
            assert title not in found, f"withdrawn moment {title} can still be read together"
        for seat, partner in enumerate(Partner):
            with vault.open_as_owner(partner, PASSPHRASES[seat]) as alone:
                own = {
                    item.content.title
                    for item in alone.items(ItemKind.MOMENT)
                    if not isinstance(item, DamagedItem)
                }
            mine = {t for t, s in ledger.must_be_readable().items() if s == seat}
            assert mine <= own, f"{partner}'s own moments {sorted(mine - own)} are missing"
            assert not (own & ledger.withdrawn), "a withdrawn moment still opens for its owner"
    finally:
        db.close()


@pytest.mark.parametrize("folder", range(FOLDERS))
def test_kills_never_lose_what_was_reported_saved(tmp_path, folder):
    rng = random.Random(7919 * (folder + 1))
    data_dir = tmp_path / "data"
    db_path = data_dir / "openup.db"
    ledger = Ledger()
    for kill in range(KILLS_PER_FOLDER):
        delay = rng.uniform(0.05, 1.0)
        ledger.read(run_and_kill(data_dir, seed=folder * 100 + kill, delay=delay))
        assert db_path.exists(), "the app never created its database"
        check_file(db_path)
        check_talks_and_invitations(db_path, ledger)
        check_vault(db_path, ledger)
    assert ledger.lines > 0, "the scripted couple never got to save anything"
