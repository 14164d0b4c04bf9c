"""The vault list's roles are Qt's own numbers (written out so start-up needn't load ``Qt``)."""

from __future__ import annotations

from PySide6.QtCore import Qt

from openup_desktop.bridge.vault_items import DISPLAY_ROLE, ROLE_NAMES, USER_ROLE, VaultItemsModel


def test_the_written_out_roles_are_qts(qapp):
    assert Qt.ItemDataRole.DisplayRole.value == DISPLAY_ROLE
    assert Qt.ItemDataRole.UserRole.value == USER_ROLE
    roles = VaultItemsModel().roleNames()
    names = {role: bytes(name.data()).decode() for role, name in roles.items()}
    assert names == {Qt.ItemDataRole.UserRole.value + i: n for i, n in enumerate(ROLE_NAMES)}
