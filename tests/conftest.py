"""Shared set-up: Qt runs offscreen with the software renderer, set here before Qt starts."""

from __future__ import annotations

import os

os.environ["QT_QPA_PLATFORM"] = "offscreen"
os.environ["QT_QUICK_BACKEND"] = "software"
os.environ.setdefault("QT_QUICK_CONTROLS_STYLE", "Basic")

pytest_plugins = ["tests.helpers.fixtures"]
