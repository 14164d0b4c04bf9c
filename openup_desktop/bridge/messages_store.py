"""The catalogue for messages from store/ (failed writes, backups, opening the database).

See ``core_messages`` for how an entry is used.
"""

from __future__ import annotations

from PySide6.QtCore import QObject

from .core_messages import Catalogue, Entry


class StoreMessages(QObject):
    """Message ids of store/ and their texts in the interface language."""

    def entries(self) -> Catalogue:
        return {
            "backups.damaged": Entry(lambda n: self.tr("This backup is damaged (it failed its integrity check), so it can't be used. Other backups are not affected.", "backups.damaged")),
            "backups.failed_check": Entry(lambda n: self.tr("OpenUp made a backup copy, but the copy failed its check, so it was deleted. Your earlier backups were kept. If this happens again, the saved data may be damaged: restoring a recent backup can help.", "backups.failed_check")),
            "backups.foreign": Entry(lambda n: self.tr("This file is not an OpenUp backup, so it can't be restored.", "backups.foreign")),
            "backups.missing": Entry(lambda n: self.tr("This backup file is no longer there.", "backups.missing")),
            "backups.newer": Entry(lambda n: self.tr("This backup was made by a newer version of OpenUp. Update OpenUp to restore it.", "backups.newer")),
            "backups.no_copy_first": Entry(lambda n: self.tr("OpenUp could not first save a copy of your current data, so it did not restore the backup. Nothing was changed. Check that the disk is not full.", "backups.no_copy_first")),
            "backups.not_prepared": Entry(lambda n: self.tr("OpenUp could not prepare the backup (%1). Nothing was changed.", "backups.not_prepared"), ("reason",)),
            "backups.not_put_in_place": Entry(lambda n: self.tr("OpenUp could not put the backup in place (%1). Your current data was not replaced.", "backups.not_put_in_place"), ("reason",)),
            "backups.not_read_back": Entry(lambda n: self.tr("The backup could not be read back correctly. Nothing was changed.", "backups.not_read_back")),
            "backups.not_saved": Entry(lambda n: self.tr("OpenUp could not save a backup copy just now (%1). Your data itself was not changed.", "backups.not_saved"), ("reason",)),
            "backups.nothing_changed": Entry(lambda n: self.tr("Nothing was changed.", "backups.nothing_changed")),
            "backups.still_in_use": Entry(lambda n: self.tr("OpenUp's data is still in use by another window or program, so the backup was not put in place. Your current data was not replaced.", "backups.still_in_use")),
            "database.cannot_open": Entry(lambda n: self.tr("OpenUp could not open its saved data at %1 (%2). Nothing was changed. Check that the folder is writable and the disk is not full.", "database.cannot_open"), ("path", "reason")),
            "database.damaged_not_moved": Entry(lambda n: self.tr("OpenUp's saved data at %1 is damaged, and it could not be moved aside (%2). Nothing was deleted.", "database.damaged_not_moved"), ("path", "reason")),
            "database.started_fresh": Entry(lambda n: self.tr("OpenUp could not read its saved data, so it started fresh. The damaged file was kept, not deleted, as %1 in %2.", "database.started_fresh"), ("name", "folder")),
            "sources.example_unchangeable": Entry(lambda n: self.tr("This is one of OpenUp's examples, so it can't be changed. You can add your own source instead, or hide this one.", "sources.example_unchangeable")),
            "write.cannot_open": Entry(lambda n: self.tr("OpenUp couldn't save just now because it can't reach its data file (was a drive unplugged or the folder moved?).", "write.cannot_open")),
            "write.cannot_open_advice": Entry(lambda n: self.tr("Check that the drive with OpenUp's data folder is connected.", "write.cannot_open_advice")),
            "write.disk_full": Entry(lambda n: self.tr("OpenUp couldn't save just now because the disk is full.", "write.disk_full")),
            "write.disk_full_advice": Entry(lambda n: self.tr("Freeing some space on this computer will let it save.", "write.disk_full_advice")),
            "write.io_error": Entry(lambda n: self.tr("OpenUp couldn't save just now because the disk reported an error.", "write.io_error")),
            "write.io_error_advice": Entry(lambda n: self.tr("If this keeps happening, check the disk.", "write.io_error_advice")),
            "write.nothing_lost": Entry(lambda n: self.tr("Nothing you saved before was damaged. What you just did is kept and will be saved as soon as writing works again.", "write.nothing_lost")),
            "write.read_only": Entry(lambda n: self.tr("OpenUp couldn't save just now because its data file can only be read, not written.", "write.read_only")),
            "write.read_only_advice": Entry(lambda n: self.tr("Check that the data folder is on a drive you can write to.", "write.read_only_advice")),
        }
