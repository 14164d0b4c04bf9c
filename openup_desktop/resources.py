"""Find ``ui/`` and ``assets/`` wherever OpenUp runs from.

Three layouts exist: a source checkout (``ui/`` beside the package), an installed wheel (the build
copies them into ``openup_desktop/_resources/``) and a PyInstaller bundle (files unpacked below
``sys._MEIPASS``). Everything else asks this module, so no other code guesses paths.
"""

from __future__ import annotations

import sys
from functools import cache
from pathlib import Path

_PACKAGE_DIR = Path(__file__).resolve().parent


def _candidates() -> list[Path]:
    roots: list[Path] = []
    bundle = getattr(sys, "_MEIPASS", None)
    if bundle:
        roots.append(Path(bundle))
        roots.append(Path(bundle) / "openup_desktop" / "_resources")
    roots.append(_PACKAGE_DIR / "_resources")
    roots.append(_PACKAGE_DIR.parent)
    return roots


@cache
def resource_root() -> Path:
    """The folder that holds both ``ui/`` and ``assets/``."""
    for root in _candidates():
        if (root / "ui" / "Main.qml").is_file() and (root / "assets").is_dir():
            return root
    searched = ", ".join(str(p) for p in _candidates())
    raise FileNotFoundError(f"OpenUp's screens were not found (looked in {searched}).")


def ui_dir() -> Path:
    return resource_root() / "ui"


def assets_dir() -> Path:
    return resource_root() / "assets"


def asset(*parts: str) -> Path:
    return assets_dir().joinpath(*parts)
