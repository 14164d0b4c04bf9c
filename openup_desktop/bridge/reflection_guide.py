"""The guided constraint cards for the Reflection screen (content only; notes live in the vault)."""

from __future__ import annotations

from PySide6.QtCore import Property, QObject

from ..core.reflection_cards import ask_prompt_id, shipped_cards


class ReflectionGuide(QObject):
    def _cards(self) -> list[dict[str, object]]:
        return [
            {
                "id": card.id,
                "title": card.title,
                "explanation": card.explanation,
                "reflect": [q.text for q in card.reflect],
                "ask": [
                    {"id": q.id, "text": q.text, "promptId": ask_prompt_id(card.id, q.id)}
                    for q in card.ask
                ],
            }
            for card in shipped_cards()
        ]

    cards = Property("QVariantList", _cards, constant=True)
