"""The notice after an unexpected close: calm by default, a restore only after a plain question,
and readable at every window size, text size and language the app supports."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QRectF, Qt

from openup_desktop.qt_items import find_items
from tests.helpers.qml import click, focused_name, item, key, popup_open, text_of

pytestmark = pytest.mark.gui


def crash_notice_with_a_backup(live) -> dict:  # type: ignore[no-untyped-def]
    """What the next start after a kill shows: the notice, and a backup to go back to."""
    backups = live.context.bridges["Backups"]
    assert backups.backupNow().startswith("Backup saved")
    live.context.app.note_unexpected_close()
    return backups.newestGood


def test_got_it_is_the_default_and_enter_dismisses_without_restoring(qtbot, live_app):
    window = live_app.window
    crash_notice_with_a_backup(live_app)
    requests: list[bool] = []
    live_app.context.bridges["Backups"].restartRequested.connect(lambda: requests.append(True))
    qtbot.wait(10)
    assert "closed unexpectedly" in text_of(window, "noticeText")
    assert item(window, "noticeDismiss").property("kind") == "primary"
    assert item(window, "noticeRestore").property("kind") != "primary"
    assert focused_name(window) == "noticeDismiss"

    key(qtbot, window, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: not item_shown(window, "noticeBar"))
    assert requests == []
    assert live_app.context.bridges["Backups"].pending_restore is None


def test_restoring_from_the_notice_asks_first_and_says_what_is_replaced(qtbot, live_app):
    window = live_app.window
    newest = crash_notice_with_a_backup(live_app)
    backups = live_app.context.bridges["Backups"]
    requests: list[bool] = []
    backups.restartRequested.connect(lambda: requests.append(True))

    click(qtbot, window, "noticeRestore")
    assert requests == [], "one click never restores"
    assert popup_open(window, "noticeRestoreDialog")
    message = text_of(window, "confirmMessage")
    assert newest["when"] in message
    assert "replaced" in message and "backup of its own" in message
    assert focused_name(window) == "confirmCancel", "the calm answer is the default"
    key(qtbot, window, Qt.Key.Key_Return)
    assert not popup_open(window, "noticeRestoreDialog")
    assert requests == [] and backups.pending_restore is None

    click(qtbot, window, "noticeRestore")
    click(qtbot, window, "confirmAccept")
    assert requests == [True]
    assert str(backups.pending_restore) == newest["path"]


SIZES = ((1024, 640), (1280, 800))
SCALES = (1.0, 1.25, 1.5)


def test_the_notice_holds_its_shape_at_every_size_text_size_and_language(qtbot, live_app):
    window = live_app.window
    crash_notice_with_a_backup(live_app)
    problems: list[str] = []
    for width, height in SIZES:
        window.resize(width, height)
        for scale in SCALES:
            for language in ("en", "es"):
                live_app.context.app.textScale = scale
                live_app.context.app.language = language
                qtbot.wait(20)
                window.grabWindow()  # lays everything out as the next frame would
                where = f"{width}x{height} {int(scale * 100)} % {language}"
                problems.extend(f"{where}: {p}" for p in notice_problems(window))
    assert not problems, "\n".join(problems)


def notice_problems(window) -> list[str]:  # type: ignore[no-untyped-def]
    found = []
    inside = QRectF(0, 0, window.width(), window.height())
    bar = rect(item(window, "noticeBar"))
    # the part of the message on screen (a long one scrolls inside the bar)
    text = rect(item(window, "noticeText"))
    for scroll in find_items(window, "noticeScroll"):
        text = text.intersected(rect(scroll))
    buttons = [rect(item(window, name)) for name in ("noticeRestore", "noticeDismiss")]
    for name, box in zip(("restore", "got it"), buttons, strict=True):
        if not inside.contains(box):
            found.append(f"the {name} button is not inside the window")
        if box.intersects(text):
            found.append(f"the {name} button covers the message")
    if text.width() < window.width() * 0.5:
        found.append(f"the message is squeezed to {text.width():.0f} px")
    if bar.height() > window.height() * 0.5:
        found.append(f"the notice takes {bar.height():.0f} of {window.height()} px")
    return found


def rect(target) -> QRectF:  # type: ignore[no-untyped-def]
    return target.mapRectToScene(QRectF(0, 0, target.width(), target.height()))


def item_shown(window, name: str) -> bool:  # type: ignore[no-untyped-def]
    """Shown on screen; the notice bar is made only while there is a notice."""
    return any(found.isVisible() for found in find_items(window, name))


def test_a_failed_automatic_backup_is_said_once_calmly(qtbot, live_app):
    window, app = live_app.window, live_app.context.app
    backups = live_app.context.bridges["Backups"]
    backups.backupNow()  # an earlier copy exists: still no restore offered beside this notice
    folder = live_app.data_dir / "backups"
    for copy in folder.iterdir():
        copy.unlink()
    folder.rmdir()
    folder.write_text("")  # the copies' folder can't be made: every automatic backup fails
    item(window, "nav_talk").forceActiveFocus()

    backups.daily()
    qtbot.waitUntil(lambda: app.notice != "", timeout=10_000)
    qtbot.wait(10)
    text = text_of(window, "noticeText")
    assert "could not save a backup" in text and "Back up now" in text
    assert not item_shown(window, "noticeRestore"), "nothing to restore because of this"
    assert focused_name(window) == "nav_talk", "the notice never takes the keyboard"

    click(qtbot, window, "noticeDismiss")
    backups.afterTalk()
    backups.close()  # waits for the copy to fail
    qtbot.wait(20)
    assert app.notice == "", "said once: a folder that stays unwritable doesn't nag"


def test_at_start_enter_means_got_it(qtbot, data_dir):
    """A notice present when the window opens (here a damaged file) has the keyboard at once."""
    from tests.helpers.fixtures import start_live_app, stop_live_app

    (data_dir / "openup.db").write_bytes(b"this is not a database" * 100)
    live = start_live_app(qtbot, data_dir, couple=True)
    try:
        qtbot.wait(20)
        assert focused_name(live.window) == "noticeDismiss"
        key(qtbot, live.window, Qt.Key.Key_Return)
        assert live.context.app.notice == ""
        assert live.context.bridges["Backups"].pending_restore is None
    finally:
        stop_live_app(live)
