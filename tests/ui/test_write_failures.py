"""A full disk mid-talk: a clear message, the talk goes on in memory, and it is all saved later."""

from __future__ import annotations

import sqlite3

import pytest

from tests.helpers.qml import item, text_of

pytestmark = pytest.mark.gui


def page_count(db) -> int:
    return db.execute("PRAGMA page_count").fetchone()[0]


def test_full_disk_during_a_talk_keeps_everything_and_saves_it_later(qtbot, live_app):
    window, talk, clock = live_app.window, live_app.talk, live_app.clock
    db = live_app.context.database.db
    live_app.context.nav.go("talk")
    live_app.talk_setup.firstSpeaker = 0
    live_app.talk_setup.minutes = 30
    assert talk.start() == ""
    clock.advance(20)
    talk.passTurn()

    # The disk is "full": SQLite may not grow the file any more.
    db.execute("CREATE TABLE IF NOT EXISTS ballast (x)")
    db.conn.commit()
    db.execute(f"PRAGMA max_page_count = {page_count(db)}")
    for size in (3000, 300, 30, 1):  # use up the free space in every page, as a full disk would
        for _ in range(100_000):
            try:
                db.execute("INSERT INTO ballast VALUES (?)", ["x" * size])
                db.conn.commit()
            except sqlite3.OperationalError:  # "database or disk is full": the point
                db.conn.rollback()
                break
    passes = 0
    while not talk.writeProblem and passes < 2000:  # until a turn needs a page there is no room for
        clock.advance(0.5)
        talk.passTurn()
        passes += 1
    spoken = passes + 1
    for _ in range(5):  # and the talk simply goes on
        clock.advance(10)
        talk.passTurn()
        spoken += 1
    assert "full" in text_of(window, "writeProblemText").lower()
    assert item(window, "writeProblemBar").isVisible()
    assert talk.phase == "talk", "the talk carries on"
    clock.advance(1800)
    talk.tick()
    assert talk.phase == "wrapup"
    assert talk.saveWrapUp("Thank you", 5, "", 4) == ""

    # Space again: everything waiting is written, in order, and the message goes away.
    db.execute("PRAGMA max_page_count = 1073741823")
    talk.retryWrites()
    assert talk.writeProblem == ""
    turns = db.execute("SELECT COUNT(*) FROM turns WHERE outcome = 'passed'").fetchone()[0]
    assert turns == spoken, "every turn, including those made while the disk was full"
    status = db.execute("SELECT status FROM talks").fetchone()[0]
    assert status == "ended"
    ratings = db.execute("SELECT closeness FROM wrapups ORDER BY partner").fetchall()
    assert [r[0] for r in ratings] == [5, 4]
    assert db.execute("PRAGMA integrity_check").fetchone()[0] == "ok"


def test_a_read_only_database_gives_clear_messages_and_keeps_what_was_typed(qtbot, live_app):
    from tests.helpers.qml import click, type_text
    from tests.ui.test_vault_flow import SAM_PASS, keep_moment, set_up_both

    window = live_app.window
    set_up_both(qtbot, live_app)
    live_app.context.database.db.execute("PRAGMA query_only = ON")
    live_app.vault._db.execute("PRAGMA query_only = ON")

    together = live_app.context.bridges["Together"]
    message = together.invite(0, "", 10)
    assert "nothing" in message.lower() or "read" in message.lower(), message

    click(qtbot, window, "nav_sources")
    click(qtbot, window, "addSource")
    click(qtbot, window, "sourceTitle")
    type_text(qtbot, window, "Harbour Lights")
    click(qtbot, window, "saveSource")
    assert text_of(window, "sourcesMessage")
    assert item(window, "sourceTitle").property("text") == "Harbour Lights", "the form keeps it"

    click(qtbot, window, "nav_vault")
    keep_moment(qtbot, live_app, 0, "A moment typed while the disk said no", SAM_PASS)
    assert text_of(window, "passphraseError")
    assert live_app.vault.busy is False
    live_app.context.database.db.execute("PRAGMA query_only = OFF")
    live_app.vault._db.execute("PRAGMA query_only = OFF")
