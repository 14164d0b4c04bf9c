"""Logs and crash reports never contain what a partner wrote (names included)."""

from __future__ import annotations

import faulthandler
import logging
import sys

import pytest

from openup_desktop.crash import install_crash_handler
from openup_desktop.logging_setup import setup_logging

CANARY_NAME = "Zq7Canaryname"
CANARY_TEXT = "Kx9 canary words only a partner would write"
MARKERS = [CANARY_NAME, CANARY_TEXT, "Kx9 canary"]


def scan_folder(folder) -> list[str]:
    hits = []
    for path in folder.rglob("*"):
        if not path.is_file():
            continue
        data = path.read_bytes()
        for marker in MARKERS:
            for encoding in ("utf-8", "utf-16-le", "utf-16-be"):
                if marker.encode(encoding) in data:
                    hits.append(f"{path.name}: {marker!r} ({encoding})")
    return hits


@pytest.mark.gui
def test_first_run_logging_and_a_crash_leave_no_partner_text(qtbot, data_dir, monkeypatch):
    from tests.helpers.fixtures import start_live_app, stop_live_app

    old_hook = sys.excepthook
    shown = []
    live = start_live_app(qtbot, data_dir, couple=False)
    try:
        log_dir = data_dir / "logs"
        setup_logging(log_dir, level=logging.DEBUG)
        install_crash_handler(log_dir / "crashes", on_crash=shown.append)
        app = live.context.app
        assert app.completeFirstRun(CANARY_NAME, "#B4432F", "Alex", "#2F5E8C") == ""
        app.themeMode = "dark"
        try:
            raise ValueError(f"could not save {CANARY_TEXT} for {CANARY_NAME}")
        except ValueError:
            sys.excepthook(*sys.exc_info())
        assert shown, "the friendly crash message was offered"
        report = shown[0].read_text(encoding="utf-8")
        assert "ValueError" in report and "message withheld" in report
        logging.getLogger("openup").handlers[0].flush()
        assert "First run completed" in (log_dir / "openup.log").read_text(encoding="utf-8")
        assert scan_folder(log_dir) == []
    finally:
        sys.excepthook = old_hook
        faulthandler.disable()
        for handler in list(logging.getLogger("openup").handlers):
            handler.close()
            logging.getLogger("openup").removeHandler(handler)
        logging.getLogger("openup").propagate = True
        stop_live_app(live)
