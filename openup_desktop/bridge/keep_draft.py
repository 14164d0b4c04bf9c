"""The moment a partner is writing down, held in memory until it is sealed or discarded.

Keeping a moment takes several steps (the words, whose it is, maybe choosing passphrases, the
owner's consent) and any of them can be interrupted: a wrong passphrase, Cancel, the vault
locking itself, a talk starting, another screen. The words must survive all of that, and must
never touch the disk unsealed, so they live here — one object for the app's lifetime, in memory
only — rather than in a screen that is destroyed when the couple looks elsewhere.
"""

from __future__ import annotations

from PySide6.QtCore import Property, QObject, Signal, Slot

from ..vault.limits import MOMENT_MAX, TITLE_MAX, moment_fits
from .localizer import Localizer


class KeepDraft(QObject):
    """Owns the words of the moment being kept, whose it will be, and the talk and prompt it
    belongs to, in memory only, from the first word until it is sealed or discarded, whatever
    happens on the screens meanwhile. The length limits it reports are the vault's.
    """

    changed = Signal()

    def __init__(self, localizer: Localizer | None = None, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._localizer = localizer or Localizer()
        self._active = False
        self._title = ""
        self._text = ""
        self._owner = 0
        self._talk_id = ""
        self._prompt_id = ""

    @Slot(str, str)
    def begin(self, talk_id: str, prompt_id: str) -> None:
        """Start keeping a moment; a draft already under way is kept, never overwritten."""
        if self._active and (self._title or self._text):
            self.changed.emit()
            return
        self._active = True
        self._title, self._text, self._owner = "", "", 0
        self._talk_id, self._prompt_id = talk_id, prompt_id
        self.changed.emit()

    @Slot()
    def discard(self) -> None:
        """The couple chose to throw the words away (or they were sealed): forget them."""
        self._active = False
        self._title = self._text = ""
        self._owner = 0
        self._talk_id = self._prompt_id = ""
        self.changed.emit()

    def close(self) -> None:
        self.discard()

    def language_changed(self) -> None:
        self.changed.emit()  # the count's numbers are written the new language's way

    def _count_text(self) -> str:
        """'1,234 of 10,000 characters' / '1234 de 10.000 caracteres' (the screen's sentence)."""
        return self._localizer.characters_of(len(self._text), MOMENT_MAX)

    def _get_active(self) -> bool:
        return self._active

    def _get_has_words(self) -> bool:
        return self._active and bool(self._title.strip() or self._text.strip())

    def _get_title(self) -> str:
        return self._title

    def _set_title(self, value: str) -> None:
        if value != self._title:
            self._title = value
            self.changed.emit()

    def _get_text(self) -> str:
        return self._text

    def _set_text(self, value: str) -> None:
        if value != self._text:
            self._text = value
            self.changed.emit()

    def _get_owner(self) -> int:
        return self._owner

    def _set_owner(self, seat: int) -> None:
        if seat in (0, 1) and seat != self._owner:
            self._owner = seat
            self.changed.emit()

    def _get_talk_id(self) -> str:
        return self._talk_id

    def _get_prompt_id(self) -> str:
        return self._prompt_id

    def _get_ready(self) -> bool:
        return moment_fits(self._title.strip(), self._text.strip())

    active = Property(bool, _get_active, notify=changed)
    hasWords = Property(bool, _get_has_words, notify=changed)
    title = Property(str, _get_title, _set_title, notify=changed)
    text = Property(str, _get_text, _set_text, notify=changed)
    owner = Property(int, _get_owner, _set_owner, notify=changed)
    talkId = Property(str, _get_talk_id, notify=changed)
    promptId = Property(str, _get_prompt_id, notify=changed)
    ready = Property(bool, _get_ready, notify=changed)
    maxLength = Property(int, lambda self: MOMENT_MAX, constant=True)
    countText = Property(str, _count_text, notify=changed)
    # counted as the vault counts (characters, not UTF-16 units as QML's length would)
    tooLong = Property(bool, lambda self: len(self._text) > MOMENT_MAX, notify=changed)
    titleMaxLength = Property(int, lambda self: TITLE_MAX, constant=True)
