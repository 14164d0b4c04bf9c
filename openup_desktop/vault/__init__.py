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

from openup_desktop.vault.backoff import BackoffState
from openup_desktop.vault.errors import (
    BackoffActive,
    ItemDamaged,
    ItemNotFound,
    NotAllowed,
    PartnerAlreadySetUp,
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
from openup_desktop.vault.passphrase_policy import PassphraseCheck, Strength, check_passphrase
from openup_desktop.vault.schema import create_vault_tables
from openup_desktop.vault.service import (
    DamagedItem,
    SessionMode,
    VaultItem,
    VaultService,
    VaultSession,
    WithdrawResult,
)

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
]
