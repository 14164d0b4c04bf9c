"""The vault on screen: private set-up, keeping with consent, opening, taking back, locking."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication

from openup_desktop.qt_items import all_items, find_items
from tests.helpers.qml import click, focused_name, item, key, text_of, type_text

pytestmark = pytest.mark.gui

SAM_PASS = "river stone lantern 7"
ALEX_PASS = "quiet orchard morning 4"
MOMENT = "Sam said the first winter here felt lonely."


def wait_vault(qtbot, live) -> None:
    qtbot.waitUntil(lambda: not live.vault.busy, timeout=20_000)
    qtbot.wait(20)


def private_step(qtbot, live, passphrase: str, *, choosing: bool = False) -> None:
    window = live.window
    assert "look away" in text_of(window, "lookAwayTitle")
    click(qtbot, window, "lookAwayReady")
    field = item(window, "passphraseField")
    click(qtbot, window, field)
    type_text(qtbot, window, passphrase)
    assert field.property("text") == passphrase
    assert passphrase not in field.property("displayText"), "the passphrase is masked"
    if choosing:
        click(qtbot, window, "passphraseRepeat")
        type_text(qtbot, window, passphrase)
    click(qtbot, window, "passphraseSubmit")
    wait_vault(qtbot, live)


def set_up_both(qtbot, live) -> None:
    click(qtbot, live.window, "nav_vault")
    click(qtbot, live.window, "setupPartner_0")
    private_step(qtbot, live, SAM_PASS, choosing=True)
    click(qtbot, live.window, "setupPartner_1")
    private_step(qtbot, live, ALEX_PASS, choosing=True)
    assert live.vault_setup.isSetUp


def start_a_private_note(qtbot, live, words: str) -> str:
    """Sam opens the reflection notes (after both set up the vault) and types ``words`` into
    the first card's note without saving it; returns that card's id."""
    window = live.window
    set_up_both(qtbot, live)
    click(qtbot, window, "nav_reflection")
    card_id = str(live.context.bridges["Reflection"].cards[0]["id"])
    click(qtbot, window, "openNotes_0")
    private_step(qtbot, live, SAM_PASS)
    click(qtbot, window, f"note_{card_id}")
    type_text(qtbot, window, words)
    return card_id


def keep_moment(qtbot, live, seat: int, text: str, passphrase: str) -> None:
    window = live.window
    click(qtbot, window, "keepMomentButton")
    click(qtbot, window, f"keepOwner_{seat}")
    click(qtbot, window, "keepTextArea")
    type_text(qtbot, window, text)
    click(qtbot, window, "keepContinue")
    private_step(qtbot, live, passphrase)


def visible_texts(window) -> list[str]:
    return [str(i.property("text")) for i in find_items(window, "vaultItemText") if i.isVisible()]


def test_setting_up_asks_the_other_to_look_away_and_refuses_weak_passphrases(qtbot, live_app):
    window = live_app.window
    click(qtbot, window, "nav_vault")
    assert item(window, "vaultSetupCard").isVisible()
    click(qtbot, window, "setupPartner_0")
    assert text_of(window, "lookAwayTitle") == "Alex, please look away for a moment"
    click(qtbot, window, "lookAwayReady")
    click(qtbot, window, "passphraseField")
    type_text(qtbot, window, "password123")
    assert text_of(window, "strengthAdvice")  # the meter explains the problem
    click(qtbot, window, "passphraseRepeat")
    type_text(qtbot, window, "password123")
    click(qtbot, window, "passphraseSubmit")
    wait_vault(qtbot, live_app)
    assert text_of(window, "passphraseError")
    assert not live_app.vault_setup.isPartnerSetUp(0)
    private_step_mismatch = ("long enough phrase 1", "long enough phrase 2")
    click(qtbot, window, "passphraseField")
    type_text(qtbot, window, private_step_mismatch[0])
    click(qtbot, window, "passphraseRepeat")
    type_text(qtbot, window, private_step_mismatch[1])
    click(qtbot, window, "passphraseSubmit")
    wait_vault(qtbot, live_app)
    assert "not the same" in text_of(window, "passphraseError")
    click(qtbot, window, "passphraseCancel")
    set_up_both(qtbot, live_app)


def test_keep_open_together_search_and_owner_withdraw(qtbot, live_app):
    window, vault = live_app.window, live_app.vault
    set_up_both(qtbot, live_app)
    keep_moment(qtbot, live_app, 0, MOMENT, SAM_PASS)
    assert "Kept safely" in text_of(window, "vaultMessage")
    keep_moment(qtbot, live_app, 1, "Alex loves the smell of rain.", ALEX_PASS)

    # Together: both moments, newest first; no way to take one back here.
    click(qtbot, window, "openTogether")
    private_step(qtbot, live_app, SAM_PASS)
    assert text_of(window, "lookAwayTitle") == "Sam, please look away for a moment"
    private_step(qtbot, live_app, ALEX_PASS)
    assert vault.mode == "together"
    assert set(visible_texts(window)) == {MOMENT, "Alex loves the smell of rain."}
    assert not [i for i in find_items(window, "withdrawAllButton") if i.isVisible()]
    click(qtbot, window, "vaultSearch")
    type_text(qtbot, window, "rain")
    qtbot.waitUntil(lambda: visible_texts(window) == ["Alex loves the smell of rain."])
    assert window.title() == "OpenUp", "vault text never reaches the window title"
    key(qtbot, window, Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier)
    assert vault.mode == "locked"
    assert live_app.moments.items.rowCount() == 0, "locking empties the list"

    # Alex alone never sees Sam's moment.
    click(qtbot, window, "openOwner_1")
    private_step(qtbot, live_app, ALEX_PASS)
    assert visible_texts(window) == ["Alex loves the smell of rain."]
    click(qtbot, window, "lockButton")

    # Sam alone takes the moment back, after one clear question.
    click(qtbot, window, "openOwner_0")
    private_step(qtbot, live_app, SAM_PASS)
    assert visible_texts(window) == [MOMENT]
    withdraw = next(
        i for i in all_items(window) if i.objectName().startswith("withdraw_") and i.isVisible()
    )
    click(qtbot, window, withdraw)
    click(qtbot, window, "confirmAccept")
    assert live_app.moments.items.rowCount() == 0
    click(qtbot, window, "lockButton")
    click(qtbot, window, "openTogether")
    private_step(qtbot, live_app, SAM_PASS)
    private_step(qtbot, live_app, ALEX_PASS)
    assert visible_texts(window) == ["Alex loves the smell of rain."], "gone for good"


def test_a_failed_together_try_says_why_before_starting_again(qtbot, live_app):
    window = live_app.window
    set_up_both(qtbot, live_app)
    click(qtbot, window, "openTogether")
    private_step(qtbot, live_app, SAM_PASS)
    private_step(qtbot, live_app, "not alex's passphrase")
    # Back at the first step, whose partner must look away again: the reason is on screen now,
    # not only after someone has already turned away.
    assert text_of(window, "lookAwayTitle") == "Alex, please look away for a moment"
    shown = str(item(window, "lookAwayError").property("text"))  # visible items only
    assert "didn't match" in shown and "Alex" in shown


def test_wrong_passphrase_keeps_nothing_and_says_so(qtbot, live_app):
    window = live_app.window
    set_up_both(qtbot, live_app)
    keep_moment(qtbot, live_app, 0, MOMENT, "not my passphrase at all")
    assert "didn't match" in text_of(window, "passphraseError")
    assert "Sam" in text_of(window, "passphraseError")
    db = live_app.context.database.db
    assert db.execute("SELECT COUNT(*) FROM vault_items").fetchone()[0] == 0


def test_v6_the_wait_says_it_only_slows_guessing_inside_the_app(qtbot, live_app):
    set_up_both(qtbot, live_app)
    vault = live_app.context.bridges["Vault"]
    messages = []
    for _ in range(4):  # three free tries, then the wait
        with qtbot.waitSignal(vault.finished, timeout=10_000) as done:
            vault.unlockOwner(0, "not my passphrase at all")
        messages.append(done.args[1])
    assert "Please wait" in messages[-1]
    assert "only slows guessing inside OpenUp" in messages[-1] and "Argon2id" in messages[-1]
    assert "only slows guessing" not in messages[0]


def test_the_wait_is_said_in_spanish_with_the_name_and_the_right_plural(qtbot, live_app):
    set_up_both(qtbot, live_app)
    live_app.context.app.language = "es"
    vault = live_app.context.bridges["Vault"]
    messages = []
    for _ in range(4):  # the third wrong try starts a wait of 30 seconds; the fourth meets it
        with qtbot.waitSignal(vault.finished, timeout=10_000) as done:
            vault.unlockOwner(0, "not my passphrase at all")
        messages.append(done.args[1])
    assert messages[0] == "Esa frase secreta de Sam no coincide. Inténtalo de nuevo."
    assert messages[2] == (
        "Esa frase secreta de Sam no coincide. Espera 30 segundos antes de volver a intentarlo."
    )
    assert messages[3].startswith("Espera 30 segundos antes de volver a intentarlo. La espera")
    live_app.context.app.language = "en"


def test_withdraw_all_of_mine(qtbot, live_app):
    window = live_app.window
    set_up_both(qtbot, live_app)
    keep_moment(qtbot, live_app, 1, "one", ALEX_PASS)
    keep_moment(qtbot, live_app, 1, "two", ALEX_PASS)
    click(qtbot, window, "openOwner_1")
    private_step(qtbot, live_app, ALEX_PASS)
    assert sorted(visible_texts(window)) == ["one", "two"]
    click(qtbot, window, "withdrawAllButton")
    click(qtbot, window, "confirmAccept")
    assert live_app.moments.items.rowCount() == 0
    db = live_app.context.database.db
    assert db.execute("SELECT COUNT(*) FROM vault_items").fetchone()[0] == 0


def test_v7_vault_relocks_when_idle_on_focus_loss_and_when_a_talk_starts(qtbot, live_app):
    window, vault, clock = live_app.window, live_app.vault, live_app.clock
    set_up_both(qtbot, live_app)
    keep_moment(qtbot, live_app, 0, MOMENT, SAM_PASS)

    def open_mine() -> None:
        click(qtbot, window, "openOwner_0")
        private_step(qtbot, live_app, SAM_PASS)
        assert vault.mode == "owner" and live_app.moments.items.rowCount() == 1

    open_mine()
    clock.advance(170)
    vault.lock_guard.checkIdle()
    assert vault.mode == "owner", "still open before the idle time"
    clock.advance(11)
    vault.lock_guard.checkIdle()
    assert vault.mode == "locked" and live_app.moments.items.rowCount() == 0
    assert not visible_texts(window)

    open_mine()
    vault.lock_guard.onApplicationStateChanged(Qt.ApplicationState.ApplicationInactive)
    assert vault.mode == "locked" and live_app.moments.items.rowCount() == 0

    open_mine()
    live_app.talk.start()
    assert vault.mode == "locked" and live_app.moments.items.rowCount() == 0


def test_v11_vault_text_cannot_be_copied(qtbot, live_app):
    window = live_app.window
    set_up_both(qtbot, live_app)
    keep_moment(qtbot, live_app, 0, MOMENT, SAM_PASS)
    click(qtbot, window, "openOwner_0")
    private_step(qtbot, live_app, SAM_PASS)
    clipboard = QGuiApplication.clipboard()
    clipboard.setText("before")
    text_item = next(i for i in find_items(window, "vaultItemText") if i.isVisible())
    click(qtbot, window, text_item)
    key(qtbot, window, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    key(qtbot, window, Qt.Key.Key_C, Qt.KeyboardModifier.ControlModifier)
    assert clipboard.text() == "before"
    assert text_item.property("selectedText") in (None, "")


def test_keep_a_moment_from_the_wrap_up(qtbot, live_app):
    window, talk = live_app.window, live_app.talk
    set_up_both(qtbot, live_app)
    live_app.context.nav.go("talk")
    assert talk.start() == ""
    talk.end()
    click(qtbot, window, "keepFromWrapUp")
    assert live_app.context.nav.current == "vault"
    assert item(window, "keepCard").isVisible()
    click(qtbot, window, "keepTextArea")
    type_text(qtbot, window, "We laughed")
    click(qtbot, window, "keepContinue")
    private_step(qtbot, live_app, SAM_PASS)
    click(qtbot, window, "openOwner_0")
    private_step(qtbot, live_app, SAM_PASS)
    assert visible_texts(window) == ["We laughed"]


def test_v8_each_partner_changes_their_own_passphrase_knowing_the_old_one(qtbot, live_app):
    window, vault = live_app.window, live_app.vault
    set_up_both(qtbot, live_app)
    keep_moment(qtbot, live_app, 1, "kept before the change", ALEX_PASS)
    new_pass = "new lantern for alex 9"

    def change(old: str) -> None:
        click(qtbot, window, "changePassphrase_1")
        assert text_of(window, "lookAwayTitle") == "Sam, please look away for a moment"
        click(qtbot, window, "lookAwayReady")
        shown = [str(i.property("text")) for i in all_items(window) if i.isVisible()]
        assert any("Vault exports you saved earlier still open with the old" in t for t in shown)
        for name, text in (
            ("oldPassphraseField", old),
            ("passphraseField", new_pass),
            ("passphraseRepeat", new_pass),
        ):
            click(qtbot, window, name)
            type_text(qtbot, window, text)
        click(qtbot, window, "passphraseSubmit")
        wait_vault(qtbot, live_app)

    change("a wrong old passphrase")
    assert "didn't match" in text_of(window, "passphraseError")
    click(qtbot, window, "passphraseCancel")
    change(ALEX_PASS)
    assert "changed" in text_of(window, "vaultMessage")
    click(qtbot, window, "openOwner_1")
    private_step(qtbot, live_app, new_pass)
    assert visible_texts(window) == ["kept before the change"]
    assert vault.mode == "owner"


def test_vault_settings_show_idle_choice_and_capture_status(qtbot, live_app):
    window, vault = live_app.window, live_app.vault
    click(qtbot, window, "nav_settings")
    click(qtbot, window, "idle_10")
    assert vault.idleMinutes == 10
    click(qtbot, window, "focusLock_off")
    assert not vault.lockOnFocusLoss
    assert "Linux" in text_of(window, "captureStatus")  # honest: not available here


def test_backup_file_restores_into_a_fresh_install_with_only_the_passphrases(
    qtbot, live_app, tmp_path
):
    from PySide6.QtCore import QUrl

    from tests.helpers.fixtures import start_live_app, stop_live_app

    set_up_both(qtbot, live_app)
    keep_moment(qtbot, live_app, 0, MOMENT, SAM_PASS)
    export = tmp_path / "ours.openup-vault"
    result = live_app.moments.exportTo(QUrl.fromLocalFile(str(export)))
    assert "Saved 1 sealed item" in result
    assert MOMENT.encode() not in export.read_bytes()

    fresh_dir = tmp_path / "fresh"
    fresh_dir.mkdir()
    fresh = start_live_app(qtbot, fresh_dir, couple=True)
    try:
        broken = tmp_path / "broken.openup-vault"
        broken.write_bytes(export.read_bytes()[: len(export.read_bytes()) // 2])
        problem = fresh.moments.importFrom(QUrl.fromLocalFile(str(broken)))
        assert "Nothing was changed" in problem or "not" in problem.lower()
        assert not fresh.vault_setup.isSetUp
        assert "Restored 1 sealed item" in fresh.moments.importFrom(QUrl.fromLocalFile(str(export)))
        assert fresh.vault_setup.isSetUp
        click(qtbot, fresh.window, "nav_vault")
        click(qtbot, fresh.window, "openTogether")
        private_step(qtbot, fresh, SAM_PASS)
        private_step(qtbot, fresh, ALEX_PASS)
        assert visible_texts(fresh.window) == [MOMENT]
    finally:
        stop_live_app(fresh)


def test_v6_the_owner_is_told_how_many_wrong_tries_were_made_since_last_time(qtbot, live_app):
    window, vault = live_app.window, live_app.vault
    set_up_both(qtbot, live_app)
    click(qtbot, window, "openOwner_0")
    private_step(qtbot, live_app, "someone guessing wrongly")
    assert "didn't match" in text_of(window, "passphraseError")
    click(qtbot, window, "passphraseCancel")
    click(qtbot, window, "openOwner_0")
    private_step(qtbot, live_app, SAM_PASS)
    assert vault.mode == "owner"
    assert "Sam's passphrase was mistyped once" in text_of(window, "vaultNotice")
    live_app.context.app.language = "es"
    vault.lock()
    for passphrase in ("otra vez mal", SAM_PASS):  # typed the same way, the screen in Spanish
        click(qtbot, window, "openOwner_0")
        click(qtbot, window, "lookAwayReady")
        click(qtbot, window, "passphraseField")
        type_text(qtbot, window, passphrase)
        click(qtbot, window, "passphraseSubmit")
        wait_vault(qtbot, live_app)
        if passphrase != SAM_PASS:
            click(qtbot, window, "passphraseCancel")
    assert "se escribió mal una vez" in text_of(window, "vaultNotice")
    live_app.context.app.language = "en"


def test_v7_an_unlock_still_running_when_the_vault_locks_does_not_open_it(qtbot, live_app):
    vault = live_app.vault
    set_up_both(qtbot, live_app)
    vault.unlockOwner(0, SAM_PASS)
    vault.lock("left the screen")  # e.g. the partner clicked away during the key derivation
    wait_vault(qtbot, live_app)
    assert vault.mode == "locked"
    assert live_app.moments.items.rowCount() == 0


@pytest.mark.parametrize("outcome", ["fails", "succeeds"])
def test_a_list_reload_overtaken_by_a_lock_leaves_the_next_unlock_alone(
    qtbot, live_app, monkeypatch, outcome
):
    """The language changes while the list is open (so it is decrypted again on the worker),
    the couple locks and starts opening it again: whatever the reload ends in, the passphrase
    step they are on stays as it is, with no error they did not cause."""
    import threading

    window, vault = live_app.window, live_app.vault
    set_up_both(qtbot, live_app)
    keep_moment(qtbot, live_app, 0, MOMENT, SAM_PASS)
    wait_vault(qtbot, live_app)
    vault.unlockOwner(0, SAM_PASS)
    wait_vault(qtbot, live_app)
    assert vault.mode == "owner"
    session, release = vault.session, threading.Event()
    items = session.items

    def held_back(kind):  # type: ignore[no-untyped-def]
        assert release.wait(10)
        return items(kind) if outcome == "fails" else []  # a locked session raises

    monkeypatch.setattr(session, "items", held_back)
    live_app.context.app.language = "es"  # the list is made again, in Spanish, on the worker
    vault.lock()
    click(qtbot, window, "openOwner_0")
    release.set()
    wait_vault(qtbot, live_app)
    assert item(window, "lookAwayReady").isVisible(), "the step they started is still there"
    steps = live_app.context.bridges["VaultSteps"]
    assert steps.property("error") == "", "no error they did not cause"
    live_app.context.app.language = "en"


def test_v3_a_moment_taken_back_is_removed_from_every_backup(qtbot, live_app, data_dir):
    import sqlite3

    window = live_app.window
    backups = live_app.context.bridges["Backups"]
    set_up_both(qtbot, live_app)
    keep_moment(qtbot, live_app, 0, MOMENT, SAM_PASS)
    assert backups.backupNow().startswith("Backup saved")
    copy = next((data_dir / "backups").glob("openup-*.db"))

    def items_in_copy() -> int:
        with sqlite3.connect(copy) as conn:
            return conn.execute("SELECT COUNT(*) FROM vault_items").fetchone()[0]

    assert items_in_copy() == 1
    click(qtbot, window, "openOwner_0")
    private_step(qtbot, live_app, SAM_PASS)
    click(qtbot, window, "withdrawAllButton")
    click(qtbot, window, "confirmAccept")
    backups.close()  # wait for the backups worker
    assert items_in_copy() == 0


def test_v11_a_shown_passphrase_cannot_be_copied(qtbot, live_app):
    window = live_app.window
    click(qtbot, window, "nav_vault")
    click(qtbot, window, "setupPartner_0")
    click(qtbot, window, "lookAwayReady")
    click(qtbot, window, "passphraseField")
    type_text(qtbot, window, SAM_PASS)
    click(qtbot, window, "passphraseFieldShow")
    click(qtbot, window, "passphraseField")
    clipboard = QGuiApplication.clipboard()
    clipboard.setText("before")
    key(qtbot, window, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    key(qtbot, window, Qt.Key.Key_C, Qt.KeyboardModifier.ControlModifier)
    key(qtbot, window, Qt.Key.Key_X, Qt.KeyboardModifier.ControlModifier)
    assert clipboard.text() == "before"
    assert item(window, "passphraseField").property("text") == SAM_PASS


def test_the_first_passphrase_never_sits_in_qml_while_the_second_is_typed(qtbot, live_app):
    """Open together: while Alex types, Sam's passphrase is held by the bridge, not the screen."""
    window = live_app.window
    set_up_both(qtbot, live_app)
    click(qtbot, window, "openTogether")
    private_step(qtbot, live_app, SAM_PASS)
    # neither the screen nor the bridge that runs its steps
    for holder in (item(window, "vaultScreen"), live_app.context.bridges["VaultSteps"]):
        meta = holder.metaObject()
        for index in range(meta.propertyCount()):
            prop = meta.property(index)
            if prop.typeName() not in ("QString", "QVariant", "QStringList", "QVariantList"):
                continue  # only these can hold text
            assert SAM_PASS not in str(holder.property(prop.name())), prop.name()
    assert "Sam, please look away" in text_of(window, "lookAwayTitle")
    private_step(qtbot, live_app, ALEX_PASS)
    assert live_app.vault.mode == "together"


@pytest.mark.gui
def test_the_moment_counter_and_its_limit_read_with_the_languages_own_numbers(qtbot, live_app):
    """'1,234 of 10,000' in English, '10.000' in Spanish: never a bare '10000'."""
    window = live_app.window
    draft = live_app.context.bridges["KeepDraft"]
    draft.begin("", "")
    draft.setProperty("text", "x" * 1234)
    live_app.context.nav.go("vault")
    qtbot.wait(20)
    assert text_of(window, "keepCount") == "1,234 of 10,000 characters"
    live_app.context.app.language = "es"
    qtbot.wait(20)
    try:
        assert "10.000" in text_of(window, "keepCount")
        draft.setProperty("text", "x" * 10_001)  # over the limit: the bridge says so too
        with qtbot.waitSignal(live_app.vault.finished, timeout=10_000) as done:
            live_app.context.bridges["Moments"].keepMoment(0, SAM_PASS, "", "x" * 10_001, "", "")
        assert "10.000" in done.args[1] and "10000" not in done.args[1], done.args[1]
    finally:
        live_app.context.app.language = "en"
        draft.discard()


def test_the_second_partner_is_told_to_choose_their_own_passphrase_not_the_firsts(qtbot, live_app):
    """Both typing one shared phrase would let each open everything alone (V2): the screen
    says whose it is, sets nobody up and lets them choose again."""
    window = live_app.window
    click(qtbot, window, "nav_vault")
    click(qtbot, window, "setupPartner_0")
    private_step(qtbot, live_app, SAM_PASS, choosing=True)
    click(qtbot, window, "setupPartner_1")
    private_step(qtbot, live_app, SAM_PASS, choosing=True)
    assert text_of(window, "passphraseError").startswith("That passphrase is already Sam's.")
    assert not live_app.vault_setup.isPartnerSetUp(1)
    assert SAM_PASS not in " ".join(visible_texts(window))
    assert item(window, "passphraseField").property("text") == "", "asked afresh"
    assert focused_name(window) == "passphraseField", "typing starts again from the top"
    type_text(qtbot, window, ALEX_PASS)
    click(qtbot, window, "passphraseRepeat")
    type_text(qtbot, window, ALEX_PASS)
    click(qtbot, window, "passphraseSubmit")
    wait_vault(qtbot, live_app)
    assert live_app.vault_setup.isSetUp


def test_an_error_about_the_last_try_goes_away_when_they_type_again(qtbot, live_app):
    """A refusal stays until they type again: under a new, very strong passphrase the old
    complaint ("uses your names…") would only confuse."""
    window = live_app.window
    click(qtbot, window, "nav_vault")
    click(qtbot, window, "setupPartner_0")
    click(qtbot, window, "lookAwayReady")
    for field in ("passphraseField", "passphraseRepeat"):
        click(qtbot, window, field)
        type_text(qtbot, window, "password123")
    click(qtbot, window, "passphraseSubmit")
    wait_vault(qtbot, live_app)
    assert item(window, "passphraseError").isVisible()
    click(qtbot, window, "passphraseField")
    type_text(qtbot, window, "r")
    assert not [shown for shown in find_items(window, "passphraseError") if shown.isVisible()]


def test_whose_shares_these_are_is_never_cut_off(qtbot, fresh_app):
    """A long name at 1024×640 with large text: the title wraps instead of ending in "…"."""
    live, window = fresh_app, fresh_app.window
    long_name = "Maximiliana Esperanza de la Cruz"
    assert live.context.app.completeFirstRun(long_name, "#B4432F", "Alex", "#2F5E8C") == ""
    live.context.app.textScale = 1.5
    window.resize(1024, 640)
    set_up_both(qtbot, live)
    keep_moment(qtbot, live, 0, MOMENT, SAM_PASS)
    click(qtbot, window, "openOwner_0")
    private_step(qtbot, live, SAM_PASS)
    title = item(window, "vaultOpenTitle")
    assert title.property("text") == f"{long_name}'s shares"
    assert not title.property("truncated")
