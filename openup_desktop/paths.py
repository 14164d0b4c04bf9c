"""Where OpenUp keeps the couple's data and its logs.

Everything lives in one folder per user (platformdirs picks the right place on each system), or in
the folder given with ``--data-dir`` for portable use and tests. Keeping logs beside the data when
``--data-dir`` is given means a test or a USB-stick install never writes outside its folder.
"""

from __future__ import annotations

import contextlib
import os
import stat
from dataclasses import dataclass
from pathlib import Path

import platformdirs

APP_NAME = "OpenUp"
APP_AUTHOR = "OpenUp"
DATABASE_NAME = "openup.db"


@dataclass(frozen=True)
class AppPaths:
    """The folders one running OpenUp uses; made once at start-up and passed around."""

    data_dir: Path
    log_dir: Path

    @property
    def database(self) -> Path:
        return self.data_dir / DATABASE_NAME

    @property
    def lock_file(self) -> Path:
        return self.data_dir / "openup.lock"

    @property
    def crash_dir(self) -> Path:
        return self.log_dir / "crashes"

    def ensure(self) -> None:
        """Create the folders and make them private; raises OSError when the system refuses."""
        for folder in (self.data_dir, self.log_dir, self.crash_dir):
            folder.mkdir(parents=True, exist_ok=True)
        keep_private(self.data_dir, self.log_dir)


#: V14: on macOS and Linux only the user who runs OpenUp may read its folders and files.
PRIVATE_DIR_MODE = 0o700
PRIVATE_FILE_MODE = 0o600


def keep_private(*folders: Path) -> None:
    """Make everything OpenUp writes readable by its user alone, whatever the umask (V14).

    Why the process umask: the database, its ``-wal``/``-shm``, backups, the restore's "before
    restore" copy, logs and exports are created by SQLite, logging and our own code in many
    places; a umask of 077 set once at start makes every one of them ``0600`` (folders
    ``0700``) without each writer having to remember. Files and folders made by an earlier
    version (or before the umask was set) are tightened here too. Symbolic links are left
    alone. Windows has no such bits: its per-user profile folders are private already.
    """
    if os.name == "nt":
        return
    os.umask(0o077)
    for folder in folders:
        _tighten(folder, PRIVATE_DIR_MODE)
        for root, dirs, files in os.walk(folder):
            for name in dirs:
                _tighten(Path(root, name), PRIVATE_DIR_MODE)
            for name in files:
                _tighten(Path(root, name), PRIVATE_FILE_MODE)


def _tighten(path: Path, mode: int) -> None:
    """Only ever take bits away: a folder someone made read-only stays read-only."""
    with contextlib.suppress(OSError):
        info = path.lstat()
        current = stat.S_IMODE(info.st_mode)
        if not stat.S_ISLNK(info.st_mode) and current & mode != current:
            path.chmod(current & mode)


def resolve_paths(data_dir: str | Path | None = None) -> AppPaths:
    """Pick the per-user folders, or the given folder (logs then go in its ``logs/``)."""
    if data_dir is not None:
        root = Path(data_dir).expanduser().resolve()
        return AppPaths(data_dir=root, log_dir=root / "logs")
    return AppPaths(
        data_dir=Path(platformdirs.user_data_dir(APP_NAME, APP_AUTHOR)),
        log_dir=Path(platformdirs.user_log_dir(APP_NAME, APP_AUTHOR)),
    )


def check_writable(folder: Path) -> None:
    """Prove we can write in ``folder`` by writing; permission bits lie (root, ACLs, mounts).

    The probe's name is this run's own: two launches at once (a double-click done twice on the
    first evening) must not delete each other's probe and take that for a folder they can't use.
    """
    probe = folder / f".openup-write-test-{os.getpid()}-{os.urandom(4).hex()}"
    try:
        probe.write_bytes(b"ok")
        probe.unlink()
    except OSError as error:
        raise DataFolderError(
            f"OpenUp can't save in its data folder {folder} ({error.strerror or error}). "
            "Nothing was changed. Check that the folder exists, that the disk is not full "
            "and that you are allowed to write there."
        ) from error


class DataFolderError(Exception):
    """The data folder can't be used; the message is written for the couple, not for engineers."""
