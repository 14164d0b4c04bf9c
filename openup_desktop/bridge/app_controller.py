"""The couple, first run and app-wide settings, as QML sees them."""

from __future__ import annotations

import logging
import sys
from collections.abc import Callable
from datetime import datetime

from PySide6.QtCore import Property, QObject, Signal, Slot

from .. import __version__
from ..core.couple import (
    NAME_MAX,
    PARTNER_PALETTE,
    Partner,
    name_in_sentence,
    validate_couple,
)
from ..files.messages import Message, messages_from_json
from ..store.couple import CoupleRepository, SettingsRepository
from .core_messages import translated
from .write_problems import returns_problem

log = logging.getLogger("openup.bridge.app")

THEME_MODES = ("system", "light", "dark")


def base_points_for(platform: str) -> float:
    """The system's usual body text size in points; a larger system font means larger text here.

    Windows: Segoe UI 9 pt, so "Make text bigger" at 125 % (11.25 pt) maps to 125 % here; macOS:
    13 pt; Linux desktops: about 10 pt.
    """
    if platform == "darwin":
        return 13.0
    if platform == "win32":
        return 9.0
    return 10.0


SYSTEM_BASE_POINTS = base_points_for(sys.platform)


def scale_for_points(points: float, base: float = SYSTEM_BASE_POINTS) -> float:
    """The nearest of OpenUp's sizes to a system font of ``points`` (``base`` is 100 %)."""
    ratio = points / base if points > 0 else 1.0
    return min(TEXT_SCALES, key=lambda scale: abs(scale - ratio))


def system_text_scale() -> float:
    """The text size the system asks for, as the nearest of OpenUp's sizes (100–150 %)."""
    from PySide6.QtGui import QFontDatabase

    return scale_for_points(
        QFontDatabase.systemFont(QFontDatabase.SystemFont.GeneralFont).pointSizeF()
    )


TEXT_SCALES = (1.0, 1.25, 1.5)
LANGUAGES = ("system", "en", "es")


class AppController(QObject):
    """Owns the couple (their names, colours and promise, set once at the first run) and the
    app-wide settings every screen follows: theme, reduced motion, text size, language and
    keeping OpenUp in the tray. It also carries the one-off notice shown at start (a restored
    backup, an unexpected close) and the requests from outside the window to raise or quit.
    """

    coupleChanged = Signal()
    themeModeChanged = Signal()
    noticeChanged = Signal()
    reduceMotionChanged = Signal()
    keepInTrayChanged = Signal()
    textScaleChanged = Signal()
    languageChanged = Signal()
    raiseRequested = Signal()
    #: Quit from outside the window (the tray): the window asks first if a talk is under way
    quitRequested = Signal()
    #: The window is closing (Main.qml says so first): private notes being written are sealed
    windowClosing = Signal()

    def __init__(
        self,
        couple: CoupleRepository,
        settings: SettingsRepository,
        now: Callable[[], datetime],
        notice: Message | None = None,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._couple = couple
        self._settings = settings
        self._now = now
        #: what the notice bar says, each worded when shown, so it follows the language, and
        #: whether going back to a backup is a sensible second choice beside it
        self._notices: list[tuple[Callable[[], str], bool]] = []
        if notice is not None:
            self._notices.append((lambda: translated(notice), True))
        else:
            restore = self._restore_result()
            if restore is not None:
                self._notices.append((restore, False))
        self._backup_failure_said = False
        self._partners = couple.partners()
        #: who sat where before "Set up again": offered again, each in the same place, because the
        #: vault knows each partner by their place (the first and the second)
        self._earlier: list[Partner] = []
        self._theme_mode = settings.get("theme_mode", "system")
        if self._theme_mode not in THEME_MODES:
            self._theme_mode = "system"
        self._reduce_motion = settings.get("reduce_motion", "0") == "1"
        self._keep_in_tray = settings.get("keep_in_tray", "0") == "1"
        self._text_follows_system = settings.get("text_scale", "1.0") == "system"
        try:
            self._text_scale = float(settings.get("text_scale", "1.0"))
        except ValueError:
            self._text_scale = 1.0
        if self._text_scale not in TEXT_SCALES:
            self._text_scale = 1.0
        self._language = settings.get("language", "system")
        #: the language in use ("en"/"es"), set by i18n.LanguageSwitcher
        self.language_code = "en"
        if self._language not in LANGUAGES:
            self._language = "system"
        self._tray_available = False

    # -- couple -----------------------------------------------------------------------------

    def _first_run_needed(self) -> bool:
        return not (len(self._partners) == 2 and all(p.promised for p in self._partners))

    def _partner_list(self) -> list[dict[str, object]]:
        return _rows(self._partners)

    @Slot(int, result=str)
    def partnerName(self, seat: int) -> str:
        """The name as sentences show it (a right-to-left name keeps its own direction)."""
        return (
            name_in_sentence(self._partners[seat].name) if 0 <= seat < len(self._partners) else ""
        )

    @Slot(int, result=str)
    def partnerColour(self, seat: int) -> str:
        return self._partners[seat].colour if 0 <= seat < len(self._partners) else "#888888"

    @Slot(str, str, str, str, result=str)
    def checkCouple(self, name0: str, colour0: str, name1: str, colour1: str) -> str:
        """Empty string when fine; otherwise the friendly reason, for the first-run form."""
        try:
            validate_couple((name0, name1), (colour0, colour1))
        except ValueError as error:
            return translated(error)
        return ""

    @Slot(str, str, str, str, result=str)
    @returns_problem
    def completeFirstRun(self, name0: str, colour0: str, name1: str, colour1: str) -> str:
        """Save both partners after both made the promise; returns an error message or ''."""
        try:
            first, second = validate_couple((name0, name1), (colour0, colour1))
        except ValueError as error:
            return translated(error)
        partners = [
            Partner(seat=0, name=first, colour=colour0.upper(), promised=True),
            Partner(seat=1, name=second, colour=colour1.upper(), promised=True),
        ]
        self._couple.save_couple(partners, self._now())
        self._partners = self._couple.partners()
        log.info("First run completed")
        self.coupleChanged.emit()
        return ""

    @Slot()
    def resetFirstRun(self) -> None:
        self._couple.reset()
        self._earlier, self._partners = self._partners, []
        log.info("First run reset from Settings")
        self.coupleChanged.emit()

    def _palette(self) -> list[dict[str, str]]:
        return [{"colour": c, "label": label} for c, label in PARTNER_PALETTE.items()]

    # -- settings ---------------------------------------------------------------------------

    def _get_theme_mode(self) -> str:
        return self._theme_mode

    def _set_theme_mode(self, mode: str) -> None:
        if mode not in THEME_MODES or mode == self._theme_mode:
            return
        self._theme_mode = mode
        self._settings.set("theme_mode", mode)
        self.themeModeChanged.emit()

    def _get_reduce_motion(self) -> bool:
        return self._reduce_motion

    def _set_reduce_motion(self, value: bool) -> None:
        if bool(value) == self._reduce_motion:
            return
        self._reduce_motion = bool(value)
        self._settings.set("reduce_motion", "1" if value else "0")
        self.reduceMotionChanged.emit()

    def _get_text_scale(self) -> float:
        return system_text_scale() if self._text_follows_system else self._text_scale

    def _set_text_scale(self, value: float) -> None:
        value = float(value)
        if value not in TEXT_SCALES or (
            value == self._text_scale and not self._text_follows_system
        ):
            return
        self._text_scale = value
        self._text_follows_system = False
        self._settings.set("text_scale", str(value))
        self.textScaleChanged.emit()

    def _get_text_follows_system(self) -> bool:
        return self._text_follows_system

    def _set_text_follows_system(self, value: bool) -> None:
        if bool(value) == self._text_follows_system:
            return
        self._text_follows_system = bool(value)
        self._settings.set("text_scale", "system" if value else str(self._text_scale))
        self.textScaleChanged.emit()

    def _get_language(self) -> str:
        return self._language

    def _set_language(self, value: str) -> None:
        if value not in LANGUAGES or value == self._language:
            return
        self._language = value
        self._settings.set("language", value)
        self.languageChanged.emit()

    def _get_keep_in_tray(self) -> bool:
        return self._keep_in_tray

    def _set_keep_in_tray(self, value: bool) -> None:
        if bool(value) == self._keep_in_tray:
            return
        self._keep_in_tray = bool(value)
        self._settings.set("keep_in_tray", "1" if value else "0")
        self.keepInTrayChanged.emit()

    def set_tray_available(self, available: bool) -> None:
        self._tray_available = available
        self.keepInTrayChanged.emit()

    def _get_tray_available(self) -> bool:
        return self._tray_available

    def _restore_result(self) -> Callable[[], str] | None:
        """Said once, at the first start after a restore (see bridge.backup_controller)."""
        result = self._settings.get("restore_result", "")
        if not result:
            return None
        self._settings.set("restore_result", "")
        kind, _, detail = result.partition("|")
        if kind == "restored":
            return lambda: self._restored_text(detail)
        said = messages_from_json(detail)
        return lambda: self.tr("The backup was not restored: %1").replace(
            "%1", " ".join(translated(m) for m in said) if said else detail
        )

    def _restored_text(self, kept_as: str) -> str:
        text = self.tr("The backup was restored.")
        if kept_as:
            text += " " + self.tr(
                "What you had just before it was kept as %1 in the backups folder."
            ).replace("%1", kept_as)
        return text

    # -- notices ----------------------------------------------------------------------------

    def _get_notice(self) -> str:
        return "\n\n".join(say() for say, _ in self._notices)

    def _get_notice_offers_restore(self) -> bool:
        return any(offers for _, offers in self._notices)

    def note_unexpected_close(self) -> None:
        """Said once, at the start after a session that ended abruptly (see ``crash``)."""
        self._notices.append(
            (
                lambda: self.tr(
                    "OpenUp closed unexpectedly last time. Everything you had saved is safe, and "
                    "a talk that was under way can be continued from Home. A short report without "
                    "anything you wrote was kept in the logs folder."
                ),
                True,
            )
        )
        self.noticeChanged.emit()

    def add_notice(self, text: str) -> None:
        """Shown in the notice bar, after anything already there (a crash report, see app.py).

        The text comes already worded (a crash is described in the language of the moment)."""
        self._notices.append((lambda: text, True))
        self.noticeChanged.emit()

    @Slot(object)
    def note_backup_failed(self, problem: BaseException) -> None:
        """An automatic backup failed (see BackupController): said once a session, calmly.

        A folder that stays read-only fails every copy; saying so each time would nag, so later
        failures go to the log only. The words are the error's own (a reason such as "permission
        denied", never anything the couple wrote)."""
        if self._backup_failure_said:
            return
        self._backup_failure_said = True
        self._notices.append(
            (
                lambda: (
                    translated(problem)
                    + " "
                    + self.tr(
                        "It was an automatic backup: OpenUp tries again after your next talk, and "
                        "“Back up now” in Settings tries at once."
                    )
                ),
                False,
            )
        )
        self.noticeChanged.emit()

    def language_changed(self) -> None:
        """The notice is worded again in the new language."""
        self.noticeChanged.emit()

    @Slot()
    def dismissNotice(self) -> None:
        self._notices.clear()
        self.noticeChanged.emit()

    def _get_version(self) -> str:
        return __version__

    def _about_sections(self) -> list[dict[str, object]]:
        """The "why this works" text, written for OpenUp, with its sources named."""
        from ..core.about_content import load_shipped_about

        loaded = load_shipped_about()
        lang = self.language_code
        return [
            {
                "id": section.id,
                "heading": section.heading_for(lang),
                "paragraphs": list(section.paragraphs_for(lang)),
                "sources": list(section.sources),
            }
            for section in loaded.sections
        ]

    firstRunNeeded = Property(bool, _first_run_needed, notify=coupleChanged)
    partners = Property(list, _partner_list, notify=coupleChanged)

    #: the names and colours from before "Set up again", in their seats (empty on a first start)
    earlierPartners = Property(list, lambda self: _rows(self._earlier), notify=coupleChanged)
    palette = Property(list, _palette, constant=True)
    themeMode = Property(str, _get_theme_mode, _set_theme_mode, notify=themeModeChanged)
    reduceMotion = Property(
        bool, _get_reduce_motion, _set_reduce_motion, notify=reduceMotionChanged
    )
    keepInTray = Property(bool, _get_keep_in_tray, _set_keep_in_tray, notify=keepInTrayChanged)
    textScale = Property(float, _get_text_scale, _set_text_scale, notify=textScaleChanged)
    textFollowsSystem = Property(
        bool, _get_text_follows_system, _set_text_follows_system, notify=textScaleChanged
    )
    language = Property(str, _get_language, _set_language, notify=languageChanged)
    trayAvailable = Property(bool, _get_tray_available, notify=keepInTrayChanged)
    notice = Property(str, _get_notice, notify=noticeChanged)
    noticeOffersRestore = Property(bool, _get_notice_offers_restore, notify=noticeChanged)
    version = Property(str, _get_version, constant=True)
    nameMaxLength = Property(int, lambda self: NAME_MAX, constant=True)
    textScales = Property(list, lambda self: list(TEXT_SCALES), constant=True)
    aboutSections = Property(list, _about_sections, notify=languageChanged)


def _rows(partners: list[Partner]) -> list[dict[str, object]]:
    """Partners as QML reads them: seat, name (as typed) and colour."""
    return [{"seat": p.seat, "name": p.name, "colour": p.colour} for p in partners]
