"""The one way OpenUp names an SQLite file in a URI, for every system and every folder name."""

from __future__ import annotations

from pathlib import Path, PurePath
from urllib.parse import quote

__all__ = ["sqlite_uri", "uri_for_absolute_path"]


def sqlite_uri(path: Path, mode: str) -> str:
    """The URI that opens exactly ``path`` with ``mode`` (``ro``/``rw``: never creates a file).

    A path pasted into a URI as it is breaks on the names couples' folders really have: ``%25``
    is decoded to ``%`` (a healthy history is then "damaged" on every start), and ``#`` or ``?``
    cut the path short (another, empty file is opened or even created beside the folder).
    """
    return uri_for_absolute_path(Path(path).resolve(), mode)


def uri_for_absolute_path(path: PurePath, mode: str) -> str:
    r""":func:`sqlite_uri` for an absolute path of any system, so Windows paths are tested here.

    Always ``file://``, an empty authority and a path starting with ``/``: SQLite refuses any
    other authority, so a Windows share ``\\nas\home`` becomes ``file:////nas/home``, and on
    Windows SQLite itself drops the ``/`` before ``C:``. A long-path prefix ``\\?\`` is
    removed: SQLite reads the URI's path with forward slashes, which that prefix forbids.
    """
    posix = path.as_posix()
    if posix.startswith("//?/UNC/"):
        posix = "//" + posix[len("//?/UNC/") :]
    elif posix.startswith("//?/"):
        posix = posix[len("//?/") :]
    if not posix.startswith("/"):
        posix = "/" + posix
    return f"file://{quote(posix, safe='/:')}?mode={mode}"
