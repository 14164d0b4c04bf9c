"""Loading PySide6 without its reading of every later module's source.

PySide6 replaces Python's import function so that a module may opt into its "features" (``from
__feature__ import snake_case, true_property``). To tell which modules might, it reads the
source text of every module imported after PySide (``inspect.getsource``) and looks for
"PySide6" in it: before OpenUp's first frame that is some 150 modules, about 20 ms on the
two-core machine benchmarks/startup.py runs on, and a copy of each source kept in memory.

OpenUp never opts into those features (its Python uses Qt's own names), so every module is
given what PySide gives any module that names PySide6: the default selection, no features.
A module that does write ``from __feature__ import …`` still gets its features (PySide handles
that import itself), and every other module keeps Qt's names; tests/unit/test_pyside_startup.py
holds both. Should a PySide6 release change these internals, nothing breaks: the scan simply
stays on, and that test says so.
"""

from __future__ import annotations

import sys
from types import ModuleType


def _default_features(module: ModuleType) -> bool:
    """Stands in for PySide's source scan: True means "default selection, no features"."""
    return True


def load_pyside_without_feature_scan() -> bool:
    """Import PySide6's core and switch its source scan off; False if it could not be."""
    import PySide6.QtCore  # noqa: F401  (installs PySide's import function)

    feature = sys.modules.get("shibokensupport.feature")
    if feature is None or not callable(getattr(feature, "_mod_uses_pyside", None)):
        return False
    feature._mod_uses_pyside = _default_features  # type: ignore[attr-defined]
    return True
