"""A scripted, randomised couple for the kill loop: uses the app's own objects, never stops.

Started as a subprocess by tests/e2e/test_kill_loop.py (``python -m tests.helpers.scripted_use
DATA_DIR SEED``) and killed with SIGKILL at a random moment. No window: a QCoreApplication and
the same ``AppContext`` the GUI builds, with fast Argon2id parameters.

It completes the first run and sets up both vault passphrases (unless an earlier, killed run
already did), settles a talk a kill left unfinished, then loops for ever over random actions:
talk steps (start, pass, decline, end, wrap-up), keeping a moment, withdrawing one, inviting
and answering invitations. Only after the app *reported* an action saved (the method returned
without an error) does it print one line, flushed at once, so the test knows what must survive:

* ``STARTED`` once the app context is built (the test's kill delay counts from here)
* ``SAVED talk <id> <rating0> <rating1>`` after a wrap-up was saved for an ended talk
* ``SAVED moment <seat> <title>`` after ``Moments.keepMoment`` finished without an error
* ``WITHDRAWING <title>`` just before ``Vault.withdraw`` (the outcome of a kill here is open)
* ``WITHDRAWN <title>`` after ``Vault.withdraw`` returned without an error
* ``SAVED invitation <id>`` after ``Together.invite``; ``SAVED invitation <id> scheduled``
  after ``Together.schedule``

Any unexpected error ends the process with a traceback on stderr (the test then fails: it
expects to be the one that ends it).
"""

from __future__ import annotations

import os
import random
import sys
import time

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

PASSPHRASES = ("Apricot lantern drifts slowly", "Birch canoe under seven moons")
NAMES = (("Sam", "#B4432F"), ("Alex", "#2F5E8C"))
PLACES = ("sofa", "walk", "kitchen_table", "the bench by the river", "")


def moment_text(title: str) -> str:
    """The text kept with a moment, derived from its (unique) title so the test can check it."""
    repeat = 1 + sum(map(ord, title)) % 40
    return " ".join([f"{title}: we laughed about the rain on the way home ✨"] * repeat)


def wrapup_thanks(talk_id: int, seat: int) -> str:
    """The thanks each partner leaves for a talk (derived, so the test can check it)."""
    return f"Thank you for talk {talk_id}, from seat {seat} 🙂"


def say(line: str) -> None:
    print(line, flush=True)


class Driver:
    def __init__(self, data_dir: str, seed: int) -> None:
        from PySide6.QtCore import QCoreApplication

        from openup_desktop.context import build_context
        from openup_desktop.paths import resolve_paths
        from openup_desktop.vault.kdf import KdfParams

        self.rng = random.Random(seed)
        self.seed = seed
        self.qt = QCoreApplication([sys.argv[0]])
        paths = resolve_paths(data_dir)
        paths.ensure()
        self.context = build_context(
            paths, kdf_params=KdfParams(memory_kib=64, iterations=1, lanes=1)
        )
        self.app = self.context.app
        self.talk = self.context.bridges["Talk"]
        self.talk_setup = self.context.bridges["TalkSetup"]
        self.running = self.context.bridges["RunningTalk"]
        self.vault = self.context.bridges["Vault"]
        self.vault_setup = self.context.bridges["VaultSetup"]
        self.moments = self.context.bridges["Moments"]
        self.together = self.context.bridges["Together"]
        self.finished: list[tuple[str, str]] = []
        self.vault.finished.connect(lambda op, error: self.finished.append((op, error)))
        self.n = 0

    # ------------------------------------------------------------------------- plumbing ---

    def pump(self) -> None:
        self.qt.processEvents()

    def settle(self) -> None:
        """Wait for the vault worker and deliver its results on this (the UI) thread."""
        deadline = time.monotonic() + 30
        while True:
            assert self.vault.wait_idle(), "the vault worker did not finish"
            self.pump()
            if not self.vault.busy:
                return
            assert time.monotonic() < deadline, "the vault stayed busy"

    def vault_op(self, operation: str, call) -> str:  # type: ignore[no-untyped-def]
        """Run one vault call to the end; return its error message ('' when it succeeded)."""
        self.settle()
        self.finished.clear()
        call()
        deadline = time.monotonic() + 30
        while True:
            self.settle()
            done = [error for op, error in self.finished if op == operation]
            if done:
                return done[-1]
            assert time.monotonic() < deadline, f"vault {operation} never finished"

    # ------------------------------------------------------------------------ first use ---

    def prepare(self) -> None:
        if self.app.firstRunNeeded:
            (name0, colour0), (name1, colour1) = NAMES
            assert self.app.completeFirstRun(name0, colour0, name1, colour1) == ""
        for seat, passphrase in enumerate(PASSPHRASES):
            if not self.vault_setup.isPartnerSetUp(seat):
                error = self.vault_op(
                    "setup", lambda s=seat, p=passphrase: self.vault_setup.setUpPartner(s, p, p)
                )
                assert error == "", error
        history = self.context.bridges["TalkHistory"]
        if history.hasUnfinished:
            if self.rng.random() < 0.5:
                history.closeUnfinished()
            else:
                history.resumeUnfinished()  # '' or a reason; either way the talk is settled
        self.pump()

    # -------------------------------------------------------------------------- actions ---

    def talk_step(self) -> None:
        talk = self.talk
        if talk.phase == "setup":
            self.talk_setup.minutes = self.rng.choice((5, 10, 15, 30))
            self.talk_setup.firstSpeaker = self.rng.choice((-1, 0, 1))
            if self.rng.random() < 0.5:
                self.talk_setup.setScene("where", self.rng.choice(("sofa", "walk", "bed")))
            assert talk.start() == ""
        elif talk.phase == "talk":
            if self.running.state == "paused":
                talk.togglePause()
            roll = self.rng.random()
            if roll < 0.6:
                talk.passTurn()
            elif roll < 0.75:
                talk.declinePrompt()
            else:
                talk.end()
        elif talk.phase == "wrapup":
            talk_id = int(talk.currentTalkId())
            ratings = (self.rng.randint(1, 5), self.rng.randint(1, 5))
            error = talk.saveWrapUp(
                wrapup_thanks(talk_id, 0), ratings[0], wrapup_thanks(talk_id, 1), ratings[1]
            )
            assert error == "", error
            say(f"SAVED talk {talk_id} {ratings[0]} {ratings[1]}")
        self.pump()

    def keep_moment(self) -> None:
        seat = self.rng.randrange(2)
        title = f"m{self.seed}-{self.n}"
        talk_id = self.talk.currentTalkId() if self.talk.phase != "setup" else ""
        error = self.vault_op(
            "keep",
            lambda: self.moments.keepMoment(
                seat, PASSPHRASES[seat], title, moment_text(title), talk_id, ""
            ),
        )
        if error == "":
            say(f"SAVED moment {seat} {title}")

    def withdraw_moment(self) -> None:
        from PySide6.QtCore import Qt

        from openup_desktop.bridge.vault_items import ROLE_NAMES

        seat = self.rng.randrange(2)
        error = self.vault_op(
            "unlock_owner", lambda: self.vault.unlockOwner(seat, PASSPHRASES[seat])
        )
        if error:
            return
        model = self.moments.items
        role = {name: Qt.ItemDataRole.UserRole + i for i, name in enumerate(ROLE_NAMES)}
        rows = [
            (
                model.data(model.index(r, 0), role["itemId"]),
                model.data(model.index(r, 0), role["title"]),
            )
            for r in range(model.rowCount())
        ]
        if rows:
            item_id, title = self.rng.choice(rows)
            say(f"WITHDRAWING {title}")
            error = self.moments.withdraw(item_id)
            assert error == "", error
            say(f"WITHDRAWN {title}")
        self.vault.lock()
        self.pump()

    def invite(self) -> None:
        inviter = self.rng.randrange(2)
        topic = self.rng.choice(("", "the weekend", "how work feels lately 💬"))
        error = self.together.invite(inviter, topic, self.rng.choice((5, 10, 15)))
        if error:
            return  # one question waits at a time: a refusal is a normal answer
        mine = [i for i in self.together.pending if i["inviter"] == inviter]
        assert len(mine) == 1, mine
        say(f"SAVED invitation {mine[0]['id']}")
        self.pump()

    def answer(self) -> None:
        pending = self.together.pending
        if not pending:
            return
        invitation = self.rng.choice(pending)
        days = self.together.dayChoices()
        day = self.rng.choice(days[1:])["iso"]  # tomorrow or later: always still ahead
        error = self.together.schedule(
            int(invitation["id"]),
            int(invitation["invitee"]),
            day,
            self.rng.randrange(8, 22),
            self.rng.choice((0, 15, 30, 45)),
            self.rng.choice(PLACES),
            self.rng.choice((5, 10, 15)),
        )
        assert error == "", error
        say(f"SAVED invitation {invitation['id']} scheduled")
        self.pump()

    def run(self) -> None:
        say("STARTED")
        self.prepare()
        actions = (self.talk_step, self.keep_moment, self.withdraw_moment, self.invite, self.answer)
        weights = (5, 3, 1, 1, 1)
        while True:
            self.n += 1
            self.rng.choices(actions, weights)[0]()


def main(argv: list[str]) -> int:
    Driver(argv[1], int(argv[2])).run()
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
