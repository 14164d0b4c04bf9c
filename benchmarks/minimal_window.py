"""The baseline: the smallest PySide6 QML window, measured exactly like OpenUp."""

from __future__ import annotations

import sys

from PySide6.QtCore import QByteArray, QTimer
from PySide6.QtGui import QGuiApplication
from PySide6.QtQml import QQmlApplicationEngine
from PySide6.QtQuick import QQuickWindow

from openup_desktop.benchmark_probe import report_first_frame_and_quit

QML = b"""
import QtQuick
Window { width: 1280; height: 800; visible: true; color: "#FAF6F0"
    Text { anchors.centerIn: parent; text: "Hello"; font.pixelSize: 32 } }
"""


def main() -> int:
    app = QGuiApplication(sys.argv)
    engine = QQmlApplicationEngine()
    engine.loadData(QByteArray(QML))
    window = engine.rootObjects()[0]
    assert isinstance(window, QQuickWindow)
    report_first_frame_and_quit(window, QTimer)
    return app.exec()


if __name__ == "__main__":
    sys.exit(main())
