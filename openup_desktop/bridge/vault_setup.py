"""Who has a vault passphrase, and choosing or changing one (``VaultSetup`` in QML).

The passphrase rules (length, guessability, the couple's own names and years) live in
``vault/passphrase_policy.py``; this bridge says them while a partner types and runs the slow
part (key derivation) through the session's one worker.
"""

from __future__ import annotations

from PySide6.QtCore import Property, QCoreApplication, QObject, Signal, Slot

# The vault's engine (cryptography, zxcvbn, sqlite-utils) loads when the vault is first used:
# ``vault_engine.X`` imports it then, never before the first frame (see vault/__init__.py).
from .. import vault as vault_engine
from ..vault import Partner
from .core_messages import translated
from .vault_controller import VaultController
from .vault_text import seat_partner

translate = QCoreApplication.translate


class VaultSetup(QObject):
    """Owns what the app knows about who has chosen a passphrase, and the passphrase checks.

    ``isSetUp`` and ``isPartnerSetUp`` are read from the vault on the UI thread whenever no
    vault work runs (at start, after a set-up, a keep that set one up, an import), so QML never
    waits for the database. Choosing a passphrase checks it here first (both typings the same,
    strong enough, not a name or a year of theirs); changing one locks the open session, which
    holds the old key pair, and asks the backups to be re-keyed (``upkeepNeeded``, V8). Results
    reach QML through ``Vault.finished`` like every vault job.
    """

    setupChanged = Signal()
    #: the vault's to-do list for backup copies has work (a key rotation, V8)
    upkeepNeeded = Signal()

    def __init__(self, vault: VaultController, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._vault = vault
        self._ready: frozenset[Partner] = frozenset(vault.service.partners_set_up())

    def refresh(self) -> None:
        """Read who has a passphrase (UI thread, only while no vault work is running)."""
        self._ready = frozenset(self._vault.service.partners_set_up())
        self.setupChanged.emit()

    @Slot(int, result=bool)
    def isPartnerSetUp(self, seat: int) -> bool:
        return seat_partner(seat) in self._ready

    def _is_set_up(self) -> bool:
        return len(self._ready) == 2

    isSetUp = Property(bool, _is_set_up, notify=setupChanged)

    def _max_length(self) -> int:
        from ..vault.passphrase_policy import MAX_CHARS

        return MAX_CHARS

    # the longest passphrase the vault takes: the field stops there rather than refuse it after
    passphraseMaxLength = Property(int, _max_length, constant=True)

    def problem_with_new(self, passphrase: str, repeated: str) -> str:
        """Why ``passphrase`` can't be chosen, in the couple's language; '' when it can."""
        if passphrase != repeated:
            return translate(
                "VaultController", "The two passphrases are not the same. Please try again."
            )
        check = vault_engine.check_passphrase(passphrase, self._vault.personal_words())
        return "" if check.ok else " ".join(translated(p) for p in check.problems)

    @Slot(str, result="QVariantMap")
    def checkPassphrase(self, passphrase: str) -> dict[str, object]:
        """Live feedback while typing (cheap: no key derivation)."""
        check = vault_engine.check_passphrase(passphrase, self._vault.personal_words())
        return {
            "ok": check.ok,
            "strength": int(check.strength),
            "label": translated(check.label),
            "advice": translated(check.advice),
            "problems": " ".join(translated(p) for p in check.problems),
        }

    @Slot(int, str, str)
    def setUpPartner(self, seat: int, passphrase: str, repeated: str) -> None:
        problem = self.problem_with_new(passphrase, repeated)
        if problem:
            self._vault.report("setup", problem)
            return
        partner = seat_partner(seat)
        service = self._vault.service
        self._vault.run(
            "setup",
            lambda: service.set_up_partner(partner, passphrase),
            lambda _: self.refresh(),
        )

    @Slot(int, str, str, str)
    def changePassphrase(self, seat: int, old: str, new: str, repeated: str) -> None:
        if new != repeated:
            self._vault.report(
                "change",
                translate("VaultController", "The two new passphrases are not the same."),
            )
            return
        partner = seat_partner(seat)
        self._vault.personal_words()  # the first-run year is read here, on the UI thread
        service = self._vault.service

        def changed(_: object) -> None:
            self._vault.lock("passphrase changed")  # an open session holds the old key pair (V8)
            self.upkeepNeeded.emit()

        self._vault.run("change", lambda: service.change_passphrase(partner, old, new), changed)
