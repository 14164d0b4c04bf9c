"""The vault: moments and reflections, end-to-end encrypted at rest, with SQLite persistence.

Threat model, promises (V1–V14) and construction: ``docs/security.md``. No Qt here: the
Qt layer calls this blocking API from a worker thread and owns idle re-lock (V7), the consent
screens (V9) and screen-capture protection (V11).

Typical use::

    create_vault_tables(db)                        # from the app's migration
    vault = VaultService(db)
    vault.set_up_partner(Partner.A, "…"); vault.set_up_partner(Partner.B, "…")
    with vault.open_as_owner(Partner.A, "…") as session:
        item_id = session.save(ItemKind.MOMENT, ItemContent(title="…", text="…"))
    with vault.open_together("…", "…") as session:
        for item in session.items(): ...
"""

import importlib
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from openup_desktop.vault.backoff import BackoffState
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
        VaultFileInvalid,
        VaultNotEmpty,
        VaultNotSetUp,
        WeakPassphrase,
        WrongPassphrase,
    )
    from openup_desktop.vault.export import export_vault, import_vault
    from openup_desktop.vault.items import ItemContent
    from openup_desktop.vault.kdf import KDF_FLOOR, PRODUCTION_KDF_PARAMS, KdfParams
    from openup_desktop.vault.model import FORMAT_VERSION, ItemKind, Partner
    from openup_desktop.vault.passphrase_policy import (
        PassphraseCheck,
        Strength,
        check_passphrase,
        personal_words,
    )
    from openup_desktop.vault.schema import create_vault_tables
    from openup_desktop.vault.service import (
        DamagedItem,
        SessionMode,
        VaultItem,
        VaultService,
        VaultSession,
        WithdrawResult,
    )

# Loaded on first use (PEP 562): the app starts without `cryptography` or zxcvbn, and a module
# that needs only the errors or the model doesn't pay for the rest.
_WHERE = {
    "BackoffActive": "errors",
    "BackoffState": "backoff",
    "DamagedItem": "service",
    "FORMAT_VERSION": "model",
    "ItemContent": "items",
    "ItemDamaged": "errors",
    "ItemKind": "model",
    "ItemNotFound": "errors",
    "KDF_FLOOR": "kdf",
    "KdfParams": "kdf",
    "NotAllowed": "errors",
    "PRODUCTION_KDF_PARAMS": "kdf",
    "Partner": "model",
    "PartnerAlreadySetUp": "errors",
    "PassphraseCheck": "passphrase_policy",
    "SameAsPartner": "errors",
    "SessionLocked": "errors",
    "SessionMode": "service",
    "Strength": "passphrase_policy",
    "VaultDataAltered": "errors",
    "VaultError": "errors",
    "VaultFileInvalid": "errors",
    "VaultItem": "service",
    "VaultNotEmpty": "errors",
    "VaultNotSetUp": "errors",
    "VaultService": "service",
    "VaultSession": "service",
    "WeakPassphrase": "errors",
    "WithdrawResult": "service",
    "WrongPassphrase": "errors",
    "check_passphrase": "passphrase_policy",
    "create_vault_tables": "schema",
    "personal_words": "passphrase_policy",
    "export_vault": "export",
    "import_vault": "export",
}


def __getattr__(name: str) -> Any:
    module = _WHERE.get(name)
    if module is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    value = getattr(importlib.import_module(f"{__name__}.{module}"), name)
    globals()[name] = value
    return value


__all__ = [
    "FORMAT_VERSION",
    "KDF_FLOOR",
    "PRODUCTION_KDF_PARAMS",
    "BackoffActive",
    "BackoffState",
    "DamagedItem",
    "ItemContent",
    "ItemDamaged",
    "ItemKind",
    "ItemNotFound",
    "KdfParams",
    "NotAllowed",
    "Partner",
    "PartnerAlreadySetUp",
    "PassphraseCheck",
    "SameAsPartner",
    "SessionLocked",
    "SessionMode",
    "Strength",
    "VaultDataAltered",
    "VaultError",
    "VaultFileInvalid",
    "VaultItem",
    "VaultNotEmpty",
    "VaultNotSetUp",
    "VaultService",
    "VaultSession",
    "WeakPassphrase",
    "WithdrawResult",
    "WrongPassphrase",
    "check_passphrase",
    "create_vault_tables",
    "export_vault",
    "import_vault",
    "personal_words",
]
