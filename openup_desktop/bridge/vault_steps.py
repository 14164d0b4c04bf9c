"""Which private step the vault screen shows, and what happens next (``VaultSteps`` in QML).

The vault screen used to run this itself; the rules in it (who chooses a passphrase first when
the first moment is kept, that a failed "open together" starts again from the first partner)
now live here, where a unit test reaches them without a window. The screen binds to the
properties and hands every click and typed passphrase to a slot at once; no passphrase is
kept here either (the first one of "open together" waits in ``VaultController``).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Property, QCoreApplication, QObject, Signal, Slot

from .qt_property import read_property, write_property

if TYPE_CHECKING:  # the vault's bridges load the vault engine; this module loads at start
    from .keep_draft import KeepDraft
    from .vault_controller import VaultController
    from .vault_moments import VaultMoments
    from .vault_setup import VaultSetup

# The sentences were first written in the screen: they keep its translation context.
translate = QCoreApplication.translate

# the steps the screen can show; "" is the overview (or the open vault)
FLOWS = ("", "setup", "owner", "together", "keep", "change")


class VaultSteps(QObject):
    """Owns the vault screen's step: which flow runs, whose seat, the "open together" step, the
    order passphrases are chosen in while keeping the first moment, and the error and message
    texts. It calls ``Vault``, ``VaultSetup`` and ``Moments`` itself.

    It listens to the vault only between :meth:`enter` and :meth:`leave` (the screen's life),
    as the screen did: a result that ends while another screen shows is nobody's step.
    """

    changed = Signal()
    # the passphrase step starts again at "please look away", its fields empty
    restarted = Signal()
    # the passphrase step stays past "look away" so the same partner can try again
    retry = Signal()

    def __init__(
        self,
        vault: VaultController,
        setup: VaultSetup,
        moments: VaultMoments,
        draft: KeepDraft,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._vault = vault
        self._setup = setup
        self._moments = moments
        self._draft = draft
        self._entered = False
        self._flow = ""
        self._seat = 0
        self._together_step = 0  # 0: the first partner types, 1: the second
        self._error = ""
        self._message = ""
        self._keep_consent = False  # the private step of keeping is showing
        self._keep_setup_seat = -1  # >= 0: that partner chooses a passphrase first
        vault.finished.connect(self._finished)

    # ----------------------------------------------------------------------- the screen ---

    @Slot()
    def enter(self) -> None:
        """The vault screen shows: a moment being written is picked up where it was."""
        self._entered = True
        self._reset()
        if read_property(self._draft, "active", bool):
            self.begin("keep", self._owner())

    @Slot()
    def leave(self) -> None:
        """Leaving the vault screen locks it (the other partner may sit down next) and forgets
        the step, so nothing of it is waiting the next time."""
        self._entered = False
        self._vault.lock("left the vault screen")
        self._reset()

    def _reset(self) -> None:
        self._flow, self._seat, self._together_step = "", 0, 0
        self._error = self._message = ""
        self._keep_consent, self._keep_setup_seat = False, -1
        self._vault.forgetFirstPassphrase()
        self.changed.emit()

    # ---------------------------------------------------------------------------- steps ---

    @Slot(str, int)
    def begin(self, flow: str, seat: int) -> None:
        if flow not in FLOWS:
            raise ValueError(f"no vault step {flow!r}")
        self._flow, self._seat, self._together_step = flow, seat, 0
        self._error = self._message = ""
        self.changed.emit()
        self.restarted.emit()

    @Slot()
    def cancel(self) -> None:
        """Back one level: from keeping's private step to the words (which wait), else to the
        overview. A first passphrase of "open together" is forgotten."""
        self._vault.forgetFirstPassphrase()
        self._error = ""
        if self._flow == "keep" and self._keep_consent:
            self._keep_consent, self._keep_setup_seat = False, -1
        else:
            self._flow, self._keep_consent, self._keep_setup_seat = "", False, -1
        self.changed.emit()
        self.restarted.emit()

    @Slot(str, str)
    def startKeeping(self, talk_id: str, prompt_id: str) -> None:
        self._draft.begin(talk_id, prompt_id)
        self._keep_consent, self._keep_setup_seat = False, -1
        self.begin("keep", self._owner())

    @Slot(int)
    def chooseOwner(self, seat: int) -> None:
        """Whose moment it is: they are the one who confirms it."""
        write_property(self._draft, "owner", seat)
        self._seat = seat
        self.changed.emit()

    @Slot()
    def nextKeepStep(self) -> None:
        """On from the words to the private step. Before the vault is set up, whoever has no
        passphrase chooses one first and the owner last (their choice then also seals the
        moment); otherwise the owner confirms with theirs."""
        owner = self._owner()
        other = 1 - owner
        self._seat = owner
        if not self._setup.isPartnerSetUp(other):
            self._keep_setup_seat = other
        elif not self._setup.isPartnerSetUp(owner):
            self._keep_setup_seat = owner
        else:
            self._keep_setup_seat = -1
        self._error = ""
        self._keep_consent = True
        self.changed.emit()
        self.restarted.emit()

    @Slot()
    def discardKeeping(self) -> None:
        """The words are dropped (the screen asks first when there are any)."""
        self._draft.discard()
        self.cancel()

    @Slot(str, str)
    def submit(self, passphrase: str, repeated: str) -> None:
        """A typed passphrase goes where the step says, at once; it is not kept here."""
        self._set_error("")
        flow, seat = self._flow, self._seat
        if flow == "setup":
            self._setup.setUpPartner(seat, passphrase, repeated)
        elif flow == "owner":
            self._vault.unlockOwner(seat, passphrase)
        elif flow == "together":
            if self._together_step == 0:
                self._vault.holdFirstPassphrase(passphrase)  # waits there, never in QML
                self._together_step = 1
                self.changed.emit()
                self.restarted.emit()
            else:
                self._vault.unlockTogetherWithSecond(passphrase)
        elif flow == "keep":
            self._keep(passphrase, repeated)

    def _keep(self, passphrase: str, repeated: str) -> None:
        draft, owner, choosing = self._draft, self._owner(), self._keep_setup_seat
        words = (
            read_property(draft, "title", str),
            read_property(draft, "text", str),
            read_property(draft, "talkId", str),
            read_property(draft, "promptId", str),
        )
        if choosing >= 0 and choosing != owner:
            self._setup.setUpPartner(choosing, passphrase, repeated)
        elif choosing == owner:
            self._moments.setUpAndKeep(owner, passphrase, repeated, *words)
        else:
            self._moments.keepMoment(owner, passphrase, *words)

    @Slot(str, str, str)
    def submitChange(self, old: str, new: str, repeated: str) -> None:
        self._set_error("")
        self._setup.changePassphrase(self._seat, old, new, repeated)

    # ------------------------------------------------------------------------- results ---

    def _finished(self, operation: str, problem: str) -> None:
        if not self._entered:
            return
        if problem:
            self._error = problem
            if self._flow == "together":
                self._together_step = 0  # both type again, the first partner first
                self.changed.emit()
                self.restarted.emit()
            else:
                self.changed.emit()
                self.retry.emit()
            return
        if self._flow == "keep" and operation == "setup":
            self.nextKeepStep()  # the other partner's passphrase is set: on to the owner
            return
        name = self._vault.partner_name
        if operation == "change":
            self._message = translate("VaultScreen", "%1's passphrase is changed.").replace(
                "%1", name(self._seat)
            )
        elif operation == "setup":
            self._message = translate("VaultScreen", "%1's passphrase is set.").replace(
                "%1", name(self._seat)
            )
        elif operation == "keep":
            self._message = translate(
                "VaultScreen", "Kept safely. Only %1 alone, or both of you together, can open it."
            ).replace("%1", name(self._owner()))
            self._draft.discard()
            self._keep_consent, self._keep_setup_seat = False, -1
        self._flow = ""
        self.changed.emit()
        self.restarted.emit()

    @Slot()
    def clearError(self) -> None:
        """They are typing again: an error about the last try no longer applies."""
        self._set_error("")

    def _set_error(self, text: str) -> None:
        if self._error != text:
            self._error = text
            self.changed.emit()

    def _owner(self) -> int:
        return read_property(self._draft, "owner", int)

    # ---------------------------------------------------------------------- properties ---

    def _typist(self) -> int:
        """Who types at the private step."""
        if self._flow == "together":
            return self._together_step
        if self._keep_choosing():
            return self._keep_setup_seat
        return self._seat

    def _keep_choosing(self) -> bool:
        return self._flow == "keep" and self._keep_setup_seat >= 0

    def _private(self) -> bool:
        return self._flow in ("setup", "owner", "together", "change") or (
            self._flow == "keep" and self._keep_consent
        )

    flow = Property(str, lambda self: self._flow, notify=changed)
    seat = Property(int, lambda self: self._seat, notify=changed)
    togetherStep = Property(int, lambda self: self._together_step, notify=changed)
    error = Property(str, lambda self: self._error, notify=changed)
    message = Property(str, lambda self: self._message, notify=changed)
    keepConsent = Property(bool, lambda self: self._keep_consent, notify=changed)
    keepSetupSeat = Property(int, lambda self: self._keep_setup_seat, notify=changed)
    # the look-away and passphrase step shows (instead of the overview)
    privateStep = Property(bool, _private, notify=changed)
    typistSeat = Property(int, _typist, notify=changed)
    # a partner chooses a new passphrase (set-up, change, or keeping the first moment)
    choosing = Property(
        bool,
        lambda self: self._flow in ("setup", "change") or self._keep_choosing(),
        notify=changed,
    )
    keepChoosing = Property(bool, _keep_choosing, notify=changed)
