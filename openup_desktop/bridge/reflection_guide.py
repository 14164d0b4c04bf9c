"""The guided constraint cards for the Reflection screen (content only; notes live in the vault)."""

from __future__ import annotations

from PySide6.QtCore import Property, QObject, Signal

from .localizer import Localizer


class ReflectionGuide(QObject):
    """Owns the guided reflection cards in the interface language: the questions anyone may read
    and the prompt each can carry into the next talk. Nothing a partner writes passes through
    here; their private notes are ``ReflectionNotes``', sealed in the vault.
    """

    changed = Signal()

    def __init__(self, localizer: Localizer | None = None, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._localizer = localizer or Localizer()

    def language_changed(self) -> None:
        self.changed.emit()

    def _cards(self) -> list[dict[str, object]]:
        from ..core.reflection_cards import ask_prompt_id, shipped_cards  # not on the first frame

        lang = self._localizer.language
        return [
            {
                "id": card.id,
                "title": card.title_for(lang),
                "explanation": card.explanation_for(lang),
                "reflect": [q.text_for(lang) for q in card.reflect],
                "ask": [
                    {"id": q.id, "text": q.text_for(lang), "promptId": ask_prompt_id(card.id, q.id)}
                    for q in card.ask
                ],
            }
            for card in shipped_cards()
        ]

    cards = Property(list, _cards, notify=changed)
