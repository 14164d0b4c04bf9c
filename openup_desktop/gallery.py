"""Render every screen to PNG, in light and dark, with seeded demo data.

``python -m openup_desktop.gallery OUTDIR`` — used to *look* at what we build (two people on a
sofa must be able to read it) and by a test that checks no image comes out blank. It runs
offscreen in a throw-away data folder, so it never touches a real couple's data.
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any, TypeVar

from PySide6.QtCore import Q_ARG, QMetaObject, QObject, QPointF
from PySide6.QtQuick import QQuickItem, QQuickWindow

from .bridge.qt_property import read_property, write_property
from .qt_items import find_item, open_popups

if TYPE_CHECKING:
    from .bridge.keep_draft import KeepDraft
    from .bridge.reflection_notes import ReflectionNotes
    from .bridge.talk_controller import TalkController
    from .bridge.talk_setup import TalkSetup
    from .bridge.vault_controller import VaultController
    from .bridge.vault_moments import VaultMoments
    from .bridge.vault_setup import VaultSetup
    from .bridge.vault_steps import VaultSteps
    from .context import AppContext
    from .core.clock import FakeClock

B = TypeVar("B", bound=QObject)

WIDTH, HEIGHT = 1280, 800
DEMO_START = datetime(2026, 11, 21, 20, 15).astimezone()
DEMO_PASSPHRASES = ("gallery lantern river 1", "gallery orchard morning 2")
DEMO_MOMENTS = (
    (
        0,
        "Our first winter",
        "Sam said the first winter here felt lonely, and that our Sunday "
        "soups were the thing that made it feel like home.",
    ),
    (
        1,
        "",
        "Alex loves the smell of rain on warm stone. It reminds them of summers at "
        "their grandmother's.",
    ),
    (0, "A small hope", "One day, a garden with room for tomatoes and a bench for two."),
)
THEMES = ("light", "dark")


def click(button: QObject) -> None:
    """Press a QML button as a tap would, through its ``clicked`` signal (declared in QML, so
    no stub knows it and it is looked up by name)."""
    signal: Any = getattr(button, "clicked")  # noqa: B009
    signal.emit()


@dataclass(frozen=True)
class Shot:
    """One picture: a name (the file name) and how to put the app into that state."""

    name: str
    prepare: Callable[[GalleryDriver], None]
    #: the one dialog this shot opens on purpose ("" for none); any other open dialog is a bug
    dialog: str = ""


class GalleryDriver:
    """Moves a live app window between states for the shots.

    It drives the bridges the way QML does: slots are called as methods, Qt properties are
    read and set by name through :mod:`.bridge.qt_property`, QML items are found by objectName.
    """

    def __init__(self, context: AppContext, window: QQuickWindow) -> None:
        self.context = context
        self.window = window

    def bridge(self, name: str, kind: type[B]) -> B:
        """The bridge QML knows as ``name``, checked to be a ``kind``."""
        found = self.context.bridges[name]
        if not isinstance(found, kind):
            raise TypeError(f"Bridge {name!r} is a {type(found).__name__}, not {kind.__name__}")
        return found

    @property
    def clock(self) -> FakeClock:
        from .core.clock import FakeClock

        clock = self.context.clock
        assert isinstance(clock, FakeClock), "the gallery runs on a hand-driven clock"
        return clock

    def settle(self) -> None:
        from PySide6.QtCore import QCoreApplication, QEventLoop

        for _ in range(5):
            QCoreApplication.processEvents(QEventLoop.ProcessEventsFlag.AllEvents, 50)

    def item(self, object_name: str) -> QQuickItem:
        return find_item(self.window, object_name)

    def child(self, parent: QObject, object_name: str) -> QObject:
        """A named QML object inside ``parent`` (dialogs are children, not visual items).

        Keep ``parent`` in a variable while using the result: PySide invalidates the child's
        wrapper when a temporary parent wrapper is collected.
        """
        found = parent.findChild(QObject, object_name)
        if found is None:
            raise LookupError(f"No {object_name!r} inside {parent.objectName()!r}")
        return found

    def seed_couple(self) -> None:
        app = self.context.app
        if read_property(app, "firstRunNeeded", bool):
            error = app.completeFirstRun("Sam", "#B4432F", "Alex", "#2F5E8C")
            assert error == "", error

    def first_run(self, step: int) -> None:
        self.context.app.resetFirstRun()
        self.settle()
        screen = self.item("firstRunScreen")
        screen.setProperty("step", step)
        if step >= 1:
            for key, value in (
                ("name0", "Sam"),
                ("colour0", "#B4432F"),
                ("name1", "Alex"),
                ("colour1", "#2F5E8C"),
            ):
                screen.setProperty(key, value)
            self.item("nameField0").setProperty("text", "Sam")
            self.item("nameField1").setProperty("text", "Alex")
        if step == 2:
            screen.setProperty("promised0", True)

    def screen(self, name: str) -> None:
        self.seed_couple()
        self.finish_any_talk()
        self.context.nav.go(name)

    @property
    def talk(self) -> TalkController:
        from .bridge.talk_controller import TalkController

        return self.bridge("Talk", TalkController)

    @property
    def next_talk(self) -> TalkSetup:
        from .bridge.talk_setup import TalkSetup

        return self.bridge("TalkSetup", TalkSetup)

    def finish_any_talk(self) -> None:
        talk = self.talk
        if read_property(talk, "phase", str) == "talk":
            talk.end()
        if read_property(talk, "phase", str) == "wrapup":
            talk.finishWrapUp()
        from .bridge.talk_history import TalkHistory

        history = self.bridge("TalkHistory", TalkHistory)
        if read_property(history, "hasUnfinished", bool):
            history.closeUnfinished()

    def talk_in(self, state: str) -> None:
        """Start a talk with Sam speaking, then move it (on the fake clock) into ``state``."""
        self.seed_couple()
        self.finish_any_talk()
        self.context.nav.go("talk")
        talk, setup = self.talk, self.next_talk
        write_property(setup, "firstSpeaker", 0)
        write_property(setup, "listenerStep", state == "listener")
        write_property(setup, "deck", "hopes-dreams")
        write_property(setup, "prompt", "hopes-dreams-003")
        assert talk.start() == ""
        clock = self.clock
        clock.advance(32)
        talk.tick()
        if state == "listener":
            talk.passTurn()
            clock.advance(6)
            talk.tick()
        elif state == "last15":
            clock.advance(90 - 32 - 11)
            talk.tick()
        elif state == "paused":
            talk.togglePause()
        elif state == "break":
            talk.takeBreak(60)
        elif state == "wrapup":
            talk.end()
            self.settle()
            wrap = find_item(self.window, "wrapUpScreen")
            wrap.setProperty("thanks", ["Thank you for sharing that with me.", ""])
            wrap.setProperty("ratings", [4, 0])

    # -- vault -------------------------------------------------------------------------------

    @property
    def vault(self) -> VaultController:
        from .bridge.vault_controller import VaultController

        return self.bridge("Vault", VaultController)

    @property
    def vault_setup(self) -> VaultSetup:
        from .bridge.vault_setup import VaultSetup

        return self.bridge("VaultSetup", VaultSetup)

    @property
    def vault_steps(self) -> VaultSteps:
        from .bridge.vault_steps import VaultSteps

        return self.bridge("VaultSteps", VaultSteps)

    @property
    def moments(self) -> VaultMoments:
        from .bridge.vault_moments import VaultMoments

        return self.bridge("Moments", VaultMoments)

    @property
    def reflection_notes(self) -> ReflectionNotes:
        from .bridge.reflection_notes import ReflectionNotes

        return self.bridge("ReflectionNotes", ReflectionNotes)

    @property
    def keep_draft(self) -> KeepDraft:
        from .bridge.keep_draft import KeepDraft

        return self.bridge("KeepDraft", KeepDraft)

    def wait_vault(self) -> None:
        self.vault.wait_idle()
        self.settle()

    def vault_ready(self, moments: bool = True) -> None:
        """Both passphrases set and a few demo moments kept (once per gallery run)."""
        self.seed_couple()
        self.finish_any_talk()
        self.vault.lock()
        setup = self.vault_setup
        if not read_property(setup, "isSetUp", bool):
            setup.setUpPartner(0, DEMO_PASSPHRASES[0], DEMO_PASSPHRASES[0])
            self.wait_vault()
            setup.setUpPartner(1, DEMO_PASSPHRASES[1], DEMO_PASSPHRASES[1])
            self.wait_vault()
            if moments:
                for seat, title, text in DEMO_MOMENTS:
                    self.moments.keepMoment(seat, DEMO_PASSPHRASES[seat], title, text, "", "")
                    self.wait_vault()
        self.context.nav.go("home")
        self.context.nav.go("vault")
        self.settle()

    def vault_screen(self, flow: str = "", seat: int = 0) -> QQuickItem:
        screen = self.item("vaultScreen")
        self.vault_steps.begin(flow, seat)
        self.settle()
        return screen

    def vault_not_set_up(self) -> None:
        self.vault.lock()
        self.seed_couple()
        self.finish_any_talk()
        self.context.nav.go("vault")

    def vault_look_away(self) -> None:
        self.vault_not_set_up()
        self.vault_screen("setup", 0)

    def keep_first_moment(self, choosing: bool) -> None:
        """A first moment from the wrap-up, before the vault exists: the words wait."""
        self.vault_not_set_up()
        draft = self.keep_draft
        draft.begin("1", "")
        write_property(
            draft, "text", "Alex said the walk home in the rain was the best part of the week."
        )
        write_property(draft, "owner", 1)
        self.context.nav.go("home")
        self.context.nav.go("vault")
        self.settle()
        if choosing:
            self.vault_steps.nextKeepStep()
            self.settle()
            click(self.item("lookAwayReady"))
            self.settle()
            self.item("passphraseField").setProperty("text", "quiet orchard morning")

    def talk_with_question(self, which: str) -> None:
        """A running talk with a question or the help over it: the timers visibly wait."""
        self.talk_in("speaking")
        self.settle()
        if which == "help":
            QMetaObject.invokeMethod(self.window, "showHelp")
        elif which == "leave":
            self.window.close()  # asks first: the talk is under way
        else:
            screen = find_item(self.window, "talkRunScreen", visible_only=True)
            QMetaObject.invokeMethod(self.child(screen, which), "open")
        self.settle()

    def wrapup_with_typed_thanks(self, skip: bool) -> None:
        """The wrap-up with a long thank-you typed (its count shows); Skip then asks first."""
        self.talk_in("wrapup")
        self.settle()
        field = self.item("ownThanks0")
        words = "Thank you for telling me about the soups and that first winter. " * 7
        QMetaObject.invokeMethod(field, "insert", Q_ARG(int, 0), Q_ARG(str, words[:440]))
        self.settle()
        page = field.parentItem()
        while page is not None and page.property("contentY") is None:
            page = page.parentItem()
        if page is not None:  # the field and its count at the top of the page
            top = field.mapToItem(page.property("contentItem"), QPointF(0, 0)).y()
            end = max(0.0, page.property("contentHeight") - page.height())
            page.setProperty("contentY", min(end, max(0.0, top - 120)))
        if skip:
            click(self.item("skipWrapUp"))
            self.settle()

    def vault_passphrase(self) -> None:
        self.vault_look_away()
        self.settle()
        click(self.item("lookAwayReady"))
        self.settle()
        self.item("passphraseField").setProperty("text", "lantern by the river")

    def vault_locked(self) -> None:
        self.vault_ready()
        self.vault_screen()

    def vault_keep(self) -> None:
        self.vault_ready()
        draft = self.keep_draft
        draft.begin("", "")
        write_property(draft, "owner", 1)
        write_property(draft, "title", "The walk by the canal")
        write_property(
            draft, "text", "Alex told me how much the Sunday walks with their dad meant."
        )
        self.vault_screen("keep", 1)

    def vault_open(self, mode: str) -> None:
        self.vault_ready()
        self.vault_screen()
        if mode == "together":
            self.vault.unlockTogether(*DEMO_PASSPHRASES)
        else:
            self.vault.unlockOwner(0, DEMO_PASSPHRASES[0])
        self.wait_vault()

    def vault_withdraw(self) -> None:
        self.vault_open("owner")
        screen = self.item("vaultScreen")  # held while the dialog is used (see child())
        dialog = self.child(screen, "withdrawDialog")
        dialog.setProperty("itemId", "x")
        QMetaObject.invokeMethod(dialog, "open")

    # -- together, sources, reflection ------------------------------------------------------

    def together_with_history(self) -> None:
        """Six rated talks with scenes, an invitation answered and one waiting."""
        self.seed_couple()
        self.finish_any_talk()
        from .bridge.together_controller import TogetherController

        talk, clock = self.talk, self.clock
        together = self.bridge("Together", TogetherController)
        # earlier shots may have left talks without scenes
        if not read_property(together, "insights", dict)["enough"]:
            places = ("sofa", "walk", "sofa", "kitchen_table", "sofa", "walk")
            for n, place in enumerate(places):
                self.next_talk.setScene("where", place)
                self.next_talk.setScene("music", "off" if n % 2 else "on")
                assert talk.start() == ""
                clock.advance(300 + 1)
                talk.tick()
                rating = 5 if place == "sofa" else 3
                talk.saveWrapUp("Thank you for sharing that with me.", rating, "", rating)
                clock.advance(2 * 86400)
            together.invite(0, "", 10)
            inv = read_property(together, "openInvitations", list)[0]
            day = together.dayChoices()[1]["iso"]
            together.schedule(inv["id"], 1, day, 20, 30, "sofa", 10)
            together.invite(1, "", 5)
        self.context.nav.go("together")

    def together_what_works(self) -> None:
        """The end of the together screen: what the rated talks say works for this couple."""
        self.together_with_history()
        self.scroll_to_end("togetherScreen")

    def scroll_to_end(self, page_name: str) -> None:
        page = self.item(page_name)
        self.settle()
        end = max(0.0, page.property("contentHeight") - page.height())
        page.setProperty("contentY", end)

    def settings_backups(self, confirm: bool = False) -> None:
        self.seed_couple()
        self.finish_any_talk()
        from .bridge.backup_controller import BackupController

        backups = self.bridge("Backups", BackupController)
        if len(read_property(backups, "backups", list)) < 2:
            backups.backupNow()
            self.clock.advance(86400)
            backups.backupNow()
        self.context.nav.go("settings")
        self.settle()
        page, card = self.item("settingsScreen"), self.item("backupsCard")
        top = card.mapToItem(page.property("contentItem"), 0, 0).y()
        page.setProperty("contentY", max(0.0, top - 24))
        if confirm:
            dialog = self.child(page, "restoreDialog")
            first = read_property(backups, "backups", list)[-1]
            dialog.setProperty("path", first["path"])
            dialog.setProperty("when", first["when"])
            QMetaObject.invokeMethod(dialog, "open")

    def sources(self, form: bool = False) -> None:
        self.seed_couple()
        self.finish_any_talk()
        self.context.nav.go("sources")
        if form:
            screen = self.item("sourcesScreen")
            screen.setProperty("editing", "new")
            screen.setProperty("formKind", "song")
            screen.setProperty("formTitle", "Harbour Lights")

    def reflection(self, open_notes: bool = False) -> None:
        self.vault_ready(moments=False)
        self.context.nav.go("reflection")
        if open_notes:
            self.reflection_notes.openReflections(0, DEMO_PASSPHRASES[0])
            self.wait_vault()

    def talk_setup(self) -> None:
        self.seed_couple()
        self.finish_any_talk()
        self.context.nav.go("talk")

    def notice_after_crash(self, confirm: bool = False) -> None:
        """The start after an unexpected close: the notice, with a backup to go back to."""
        self.seed_couple()
        self.finish_any_talk()
        from .bridge.backup_controller import BackupController

        backups = self.bridge("Backups", BackupController)
        if not read_property(backups, "backups", list):
            backups.backupNow()
        self.context.nav.go("home")
        self.context.app.note_unexpected_close()
        if confirm:
            self.settle()
            click(self.item("noticeRestore"))

    def notice_backup_failed(self) -> None:
        """An automatic backup that could not be written (a read-only folder)."""
        self.seed_couple()
        self.finish_any_talk()
        from .store.backups import NOT_SAVED, BackupError

        self.context.nav.go("home")
        self.context.app.note_backup_failed(BackupError(NOT_SAVED(reason="permission denied")))

    def home_with_history(self, unfinished: bool) -> None:
        self.talk_in("speaking")
        talk = self.talk
        talk.end()
        talk.saveWrapUp("Thank you for sharing that with me.", 4, "", 5)
        if unfinished:
            write_property(self.next_talk, "prompt", "")
            write_property(self.next_talk, "deck", "")
            assert talk.start() == ""
            self.clock.advance(40)
            talk.tick()
            talk.takeBreak(20)
        self.context.nav.go("home")


class GalleryStateError(RuntimeError):
    """A shot shows something it did not ask for (a dialog left over from an earlier shot)."""


def _clean_slate(driver: GalleryDriver) -> None:
    """Every shot starts as a fresh window would: no dialog open, no half-written moment."""
    for popup in open_popups(driver.window):
        QMetaObject.invokeMethod(popup, "close")
    driver.keep_draft.discard()
    driver.context.app.dismissNotice()
    driver.settle()


def _check_dialogs(driver: GalleryDriver, shot: Shot) -> None:
    shown = sorted(p.objectName() for p in open_popups(driver.window))
    expected = [shot.dialog] if shot.dialog else []
    if shown != expected:
        raise GalleryStateError(f"Shot {shot.name!r} shows dialogs {shown}, expected {expected}")


def _screen_shot(name: str) -> Shot:
    return Shot(name, lambda d: d.screen(name))


SHOTS: list[Shot] = [
    Shot("firstrun-welcome", lambda d: d.first_run(0)),
    Shot("firstrun-names", lambda d: d.first_run(1)),
    Shot("firstrun-promise", lambda d: d.first_run(2)),
    *(_screen_shot(name) for name in ("home", "vault", "together", "settings", "about")),
    Shot("talk-setup", lambda d: d.talk_setup()),
    Shot("talk-speaking", lambda d: d.talk_in("speaking")),
    Shot("talk-last15", lambda d: d.talk_in("last15")),
    Shot("talk-listener", lambda d: d.talk_in("listener")),
    Shot("talk-paused", lambda d: d.talk_in("paused")),
    Shot("talk-break", lambda d: d.talk_in("break")),
    Shot("talk-wrapup", lambda d: d.talk_in("wrapup")),
    Shot("talk-wrapup-typed", lambda d: d.wrapup_with_typed_thanks(skip=False)),
    Shot(
        "talk-wrapup-skip",
        lambda d: d.wrapup_with_typed_thanks(skip=True),
        dialog="skipWrapUpDialog",
    ),
    Shot("talk-help", lambda d: d.talk_with_question("help"), dialog="helpOverlay"),
    Shot("talk-break-question", lambda d: d.talk_with_question("breakDialog"), "breakDialog"),
    Shot("talk-end-question", lambda d: d.talk_with_question("endDialog"), "endDialog"),
    Shot("talk-leave-question", lambda d: d.talk_with_question("leave"), "leaveTalkDialog"),
    Shot("vault-setup", lambda d: d.vault_not_set_up()),
    Shot("vault-keep-first", lambda d: d.keep_first_moment(choosing=False)),
    Shot("vault-keep-choose", lambda d: d.keep_first_moment(choosing=True)),
    Shot("vault-lookaway", lambda d: d.vault_look_away()),
    Shot("vault-passphrase", lambda d: d.vault_passphrase()),
    Shot("vault-locked", lambda d: d.vault_locked()),
    Shot("vault-keep", lambda d: d.vault_keep()),
    Shot("vault-together", lambda d: d.vault_open("together")),
    Shot("vault-myshares", lambda d: d.vault_open("owner")),
    Shot("vault-withdraw", lambda d: d.vault_withdraw(), dialog="withdrawDialog"),
    Shot("home-history", lambda d: d.home_with_history(unfinished=False)),
    Shot("together-history", lambda d: d.together_with_history()),
    Shot(
        "together-whatworks",
        lambda d: d.together_what_works(),
    ),
    Shot("settings-backups", lambda d: d.settings_backups()),
    Shot("settings-restore", lambda d: d.settings_backups(confirm=True), dialog="restoreDialog"),
    Shot("sources", lambda d: d.sources()),
    Shot("sources-add", lambda d: d.sources(form=True)),
    Shot("reflection", lambda d: d.reflection()),
    Shot("reflection-open", lambda d: d.reflection(open_notes=True)),
    Shot("home-resume", lambda d: d.home_with_history(unfinished=True)),
    Shot("notice-crash", lambda d: d.notice_after_crash()),
    Shot("notice-backup-failed", lambda d: d.notice_backup_failed()),
    Shot(
        "notice-restore",
        lambda d: d.notice_after_crash(confirm=True),
        dialog="noticeRestoreDialog",
    ),
]


#: (file-name suffix, text scale, language): every screen at normal size, at 150 % text, and in
#: Spanish, so clipping and untranslated strings show up in the pictures.
VARIANTS = (("", 1.0, "en"), ("-150", 1.5, "en"), ("-es", 1.0, "es"))
#: The smallest window OpenUp promises to work in, with the largest text, in both languages.
SMALL_SIZE = (1024, 640)
SMALL_VARIANTS = (("-150", 1.5, "en"), ("-es-150", 1.5, "es"))


def render_gallery(
    out_dir: Path,
    only: list[str] | None = None,
    variants: tuple[tuple[str, float, str], ...] = VARIANTS,
    sizes: tuple[tuple[int, int], ...] = ((WIDTH, HEIGHT),),
) -> list[Path]:
    """Render the shots (all, or those named in ``only``) in both themes; return the files."""
    out_dir.mkdir(parents=True, exist_ok=True)
    written: list[Path] = []

    def photograph(window: QQuickWindow, shot: Shot, suffix: str, theme: str) -> None:
        image = window.grabWindow()
        target = out_dir / f"{shot.name}-{theme}{suffix}.png"
        if not image.save(str(target)):
            raise OSError(f"Could not write {target}")
        written.append(target)

    visit_states(photograph, only=only, variants=variants, sizes=sizes)
    return written


def visit_states(
    visit: Callable[[QQuickWindow, Shot, str, str], None],
    *,
    only: list[str] | None = None,
    variants: tuple[tuple[str, float, str], ...] = VARIANTS,
    themes: tuple[str, ...] = THEMES,
    sizes: tuple[tuple[int, int], ...] = ((WIDTH, HEIGHT),),
) -> None:
    """Put a live window into every shot's state, in every variant, theme and window size.

    ``visit(window, shot, suffix, theme)`` is called once per combination; the suffix names the
    variant and, for any size but the usual 1280×800, the size (``-1024x640``).
    """
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    os.environ.setdefault("QT_QUICK_BACKEND", "software")
    from PySide6.QtGui import QGuiApplication
    from PySide6.QtQuickControls2 import QQuickStyle

    from .app import QUICK_STYLE
    from .context import build_context, dispose_engine, main_qml, make_engine
    from .core.clock import FakeClock
    from .paths import resolve_paths
    from .vault.kdf import KdfParams

    app = QGuiApplication.instance() or QGuiApplication([sys.argv[0]])
    QQuickStyle.setStyle(QUICK_STYLE)
    with tempfile.TemporaryDirectory(prefix="openup-gallery-") as tmp:
        paths = resolve_paths(tmp)
        paths.ensure()
        context = build_context(
            paths,
            clock=FakeClock(start=DEMO_START),
            kdf_params=KdfParams(memory_kib=64, iterations=1, lanes=1),  # demo data only
        )
        engine = make_engine(context)
        engine.load(main_qml())
        window = engine.rootObjects()[0]
        assert isinstance(window, QQuickWindow)
        window.resize(WIDTH, HEIGHT)
        driver = GalleryDriver(context, window)
        # pictures must never catch an animation half-way
        write_property(context.app, "reduceMotion", True)
        # Each state is prepared once and visited in every size, variant and theme.
        for shot in SHOTS:
            if only and shot.name not in only:
                continue
            window.resize(WIDTH, HEIGHT)
            write_property(context.app, "themeMode", themes[0])
            write_property(context.app, "textScale", 1.0)
            write_property(context.app, "language", "en")
            _clean_slate(driver)
            shot.prepare(driver)
            driver.settle()
            _check_dialogs(driver, shot)
            for width, height in sizes:
                window.resize(width, height)
                size_suffix = "" if (width, height) == (WIDTH, HEIGHT) else f"-{width}x{height}"
                for suffix, scale, language in variants:
                    write_property(context.app, "textScale", scale)
                    write_property(context.app, "language", language)
                    for theme in themes:
                        write_property(context.app, "themeMode", theme)
                        driver.settle()
                        visit(window, shot, suffix + size_suffix, theme)
        write_property(context.app, "textScale", 1.0)
        write_property(context.app, "language", "en")
        _clean_slate(driver)
        window.close()
        dispose_engine(engine)
        context.close()
    del app


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("out_dir", type=Path)
    parser.add_argument("--only", nargs="*", help="render only these shots")
    parser.add_argument(
        "--plain", action="store_true", help="normal text size and English only (faster)"
    )
    parser.add_argument(
        "--small",
        action="store_true",
        help="the smallest window (1024×640) at 150 %% text, in English and Spanish",
    )
    args = parser.parse_args(argv)
    variants: tuple[tuple[str, float, str], ...] = VARIANTS[:1] if args.plain else VARIANTS
    sizes: tuple[tuple[int, int], ...] = ((WIDTH, HEIGHT),)
    if args.small:
        variants, sizes = SMALL_VARIANTS, (SMALL_SIZE,)
    for path in render_gallery(args.out_dir, args.only, variants, sizes):
        print(path)
    return 0


if __name__ == "__main__":
    sys.exit(main())
