"""PySide6 loads without reading the source of every module imported after it.

Each case runs in a fresh Python: what PySide installs at import lasts for the whole process.
The scan shows in ``linecache`` (``inspect.getsource`` fills it), so "no OpenUp source read"
is something a test can hold; the first case checks that without the switch the same test sees
the scan, so it can tell the two apart.
"""

from __future__ import annotations

import json
import subprocess
import sys
import textwrap
from pathlib import Path

from tests.helpers.processes import REPO

_IMPORT_THE_APP = """
import json, linecache, sys
switched = None
if sys.argv[1] == "switch":
    from openup_desktop.pyside_startup import load_pyside_without_feature_scan
    switched = load_pyside_without_feature_scan()
import openup_desktop.app, openup_desktop.context
read = sorted(name for name in linecache.cache if "openup_desktop" in name)
print(json.dumps({"switched": switched, "sources_read": read}))
"""


def _run(code: str, *args: str, cwd: Path = REPO) -> dict[str, object]:
    result = subprocess.run(
        [sys.executable, "-c", code, *args],
        capture_output=True,
        text=True,
        timeout=120,
        cwd=cwd,
        env={"PYTHONPATH": f"{REPO}:{cwd}", "QT_QPA_PLATFORM": "offscreen"},
        check=False,
    )
    assert result.returncode == 0, result.stderr[-3000:]
    answer: dict[str, object] = json.loads(result.stdout.splitlines()[-1])
    return answer


def test_without_the_switch_pyside_reads_every_module_source():
    seen = _run(_IMPORT_THE_APP, "plain")
    assert len(seen["sources_read"]) > 20  # type: ignore[arg-type]


def test_with_the_switch_no_openup_source_is_read():
    seen = _run(_IMPORT_THE_APP, "switch")
    assert seen["switched"] is True, (
        "PySide6's feature internals changed: re-check openup_desktop/pyside_startup.py"
    )
    assert seen["sources_read"] == []


def test_a_module_that_opts_into_features_gets_them_and_the_others_keep_qt_names(tmp_path):
    (tmp_path / "snake_module.py").write_text(
        textwrap.dedent(
            """
            from __feature__ import snake_case
            from PySide6.QtCore import QObject

            def name_set_the_snake_way():
                thing = QObject()
                thing.set_object_name("snake")
                return thing.object_name()
            """
        ),
        encoding="utf-8",
    )
    code = textwrap.dedent(
        """
        import json
        from openup_desktop.pyside_startup import load_pyside_without_feature_scan
        load_pyside_without_feature_scan()
        import snake_module
        snake = snake_module.name_set_the_snake_way()
        from PySide6.QtCore import QObject
        plain = QObject()
        plain.setObjectName("plain")
        print(json.dumps({"snake": snake, "plain": plain.objectName()}))
        """
    )
    assert _run(code, cwd=tmp_path) == {"snake": "snake", "plain": "plain"}
