"""The catalogue for messages from vault/ (errors and the passphrase policy).

Partners are "%1"/"%2": the message is filled with "Partner A"/"Partner B", which the vault's
bridge replaces with the partners' names. See ``core_messages`` for how an entry is used.
"""

from __future__ import annotations

from PySide6.QtCore import QObject

from .core_messages import Catalogue, Entry


class VaultMessages(QObject):
    """Message ids of vault/ and their texts in the interface language."""

    def entries(self) -> Catalogue:
        return {
            "passphrase.advice_okay": Entry(lambda n: self.tr("Fine for most people. One more unusual word makes it much stronger.", "passphrase.advice_okay")),
            "passphrase.advice_strong": Entry(lambda n: self.tr("Hard to guess. Make sure you can remember it: nobody can reset it.", "passphrase.advice_strong")),
            "passphrase.advice_very_strong": Entry(lambda n: self.tr("Very hard to guess. Make sure you can remember it: nobody can reset it.", "passphrase.advice_very_strong")),
            "passphrase.advice_very_weak": Entry(lambda n: self.tr("This would be guessed almost at once.", "passphrase.advice_very_weak")),
            "passphrase.advice_weak": Entry(lambda n: self.tr("Someone with a copy of the data could guess this. Add a few more words.", "passphrase.advice_weak")),
            "passphrase.common": Entry(lambda n: self.tr("This is one of the most common passwords, so it would be guessed quickly. Please choose something more personal.", "passphrase.common")),
            "passphrase.guessable": Entry(lambda n: self.tr("Someone with a copy of the data could guess this. Add another unusual word or two.", "passphrase.guessable")),
            "passphrase.label_okay": Entry(lambda n: self.tr("Okay", "passphrase.label_okay")),
            "passphrase.label_strong": Entry(lambda n: self.tr("Strong", "passphrase.label_strong")),
            "passphrase.label_very_strong": Entry(lambda n: self.tr("Very strong", "passphrase.label_very_strong")),
            "passphrase.label_very_weak": Entry(lambda n: self.tr("Very weak", "passphrase.label_very_weak")),
            "passphrase.label_weak": Entry(lambda n: self.tr("Weak", "passphrase.label_weak")),
            "passphrase.pattern": Entry(lambda n: self.tr("This repeats or follows a simple pattern, so it would be guessed quickly. Try a few unrelated words.", "passphrase.pattern")),
            "passphrase.personal": Entry(lambda n: self.tr("This uses your names or a year, which is what someone who knows you would try first. Try a few unrelated words.", "passphrase.personal")),
            "passphrase.too_long": Entry(lambda n: self.tr("Please keep it under %n character(s).", "passphrase.too_long", n)),
            "passphrase.too_short": Entry(lambda n: self.tr("Please use at least %n character(s). A short sentence or a few unrelated words is easy to remember and hard to guess.", "passphrase.too_short", n)),
            "passphrase.unsavable": Entry(lambda n: self.tr("This has a character OpenUp can't save (perhaps half of an emoji). Please delete it and type the passphrase again.", "passphrase.unsavable")),
            "vault.both_need_passphrase": Entry(lambda n: self.tr("Both partners need a passphrase before a moment can be kept.", "vault.both_need_passphrase")),
            "vault.changed_elsewhere": Entry(lambda n: self.tr("The passphrase was changed somewhere else at the same time. Please try again.", "vault.changed_elsewhere")),
            "vault.choose_stronger": Entry(lambda n: self.tr("Please choose a stronger passphrase.", "vault.choose_stronger")),
            "vault.data_altered": Entry(lambda n: self.tr("The vault's data was altered or damaged, so it can't be unlocked. Nothing was changed; a backup export can restore it.", "vault.data_altered")),
            "vault.file_damaged": Entry(lambda n: self.tr("This export file is damaged or incomplete. Nothing was changed.", "vault.file_damaged")),
            "vault.file_foreign": Entry(lambda n: self.tr("This file isn't an OpenUp vault export. Nothing was changed.", "vault.file_foreign")),
            "vault.file_invalid": Entry(lambda n: self.tr("This file is not a complete OpenUp vault export. Nothing was changed.", "vault.file_invalid")),
            "vault.file_newer": Entry(lambda n: self.tr("This export was made by a newer version of OpenUp. Please update, then try again.", "vault.file_newer")),
            "vault.file_unreadable": Entry(lambda n: self.tr("This file couldn't be read. Nothing was changed.", "vault.file_unreadable")),
            "vault.generic": Entry(lambda n: self.tr("Something went wrong with the vault.", "vault.generic")),
            "vault.item_damaged": Entry(lambda n: self.tr("This item was altered or damaged, so it can't be opened. Your other items are fine.", "vault.item_damaged")),
            "vault.item_not_found": Entry(lambda n: self.tr("This item is no longer in the vault.", "vault.item_not_found")),
            "vault.item_too_long": Entry(lambda n: self.tr("This item is too long to keep (the limit is about 1 MB of text).", "vault.item_too_long")),
            "vault.mistyped": Entry(lambda n: self.tr("%1's passphrase was mistyped %n times since it was last used.", "vault.mistyped", n), ("partner",)),
            "vault.not_allowed": Entry(lambda n: self.tr("This can only be done by the partner it belongs to.", "vault.not_allowed")),
            "vault.not_empty": Entry(lambda n: self.tr("This install already has a vault. A backup can only be restored into a fresh install. Nothing was changed.", "vault.not_empty")),
            "vault.not_set_up": Entry(lambda n: self.tr("The vault has not been set up yet.", "vault.not_set_up")),
            "vault.nothing_to_export": Entry(lambda n: self.tr("There is no vault to export yet.", "vault.nothing_to_export")),
            "vault.owner_keeps": Entry(lambda n: self.tr("Only the person it belongs to can keep an item, with their passphrase.", "vault.owner_keeps")),
            "vault.owner_withdraws": Entry(lambda n: self.tr("Only the person an item belongs to can withdraw it.", "vault.owner_withdraws")),
            "vault.partner_already_set_up": Entry(lambda n: self.tr("This partner already has a passphrase. It can only be changed by them, with their current passphrase.", "vault.partner_already_set_up")),
            "vault.partner_not_set_up": Entry(lambda n: self.tr("%1 hasn't chosen a passphrase yet.", "vault.partner_not_set_up"), ("partner",)),
            "vault.partners_item": Entry(lambda n: self.tr("This belongs to your partner. It opens only when you're both here.", "vault.partners_item")),
            "vault.reflection_private": Entry(lambda n: self.tr("Reflections are private to the person who wrote them, so they aren't shown when you open the vault together.", "vault.reflection_private")),
            "vault.same_as_partner": Entry(lambda n: self.tr("That passphrase is already %1's. Each of you needs your own, so that neither of you can open the vault alone.", "vault.same_as_partner"), ("partner",)),
            "vault.session_locked": Entry(lambda n: self.tr("The vault is locked. Please unlock it again.", "vault.session_locked")),
            "vault.too_many_tries": Entry(lambda n: self.tr("Too many wrong tries for %1.", "vault.too_many_tries"), ("partner",)),
            "vault.try_again": Entry(lambda n: self.tr("Please try again.", "vault.try_again")),
            "vault.unreadable": Entry(lambda n: self.tr("The vault's data could not be read. Nothing was changed.", "vault.unreadable")),
            "vault.wait_minutes": Entry(lambda n: self.tr("Please wait %n minute(s) before trying again.", "vault.wait_minutes", n)),
            "vault.wait_seconds": Entry(lambda n: self.tr("Please wait %n second(s) before trying again.", "vault.wait_seconds", n)),
            "vault.withdraw_alone": Entry(lambda n: self.tr("Withdrawing is done by the owner alone: unlock with just your passphrase.", "vault.withdraw_alone")),
            "vault.wrong_both": Entry(lambda n: self.tr("The passphrases for %1 and %2 didn't match.", "vault.wrong_both"), ("partner", "other")),
            "vault.wrong_one": Entry(lambda n: self.tr("That passphrase for %1 didn't match.", "vault.wrong_one"), ("partner",)),
        }
