"""Everything one running OpenUp is made of, wired together once.

The GUI, ``--self-check``, the gallery and the UI tests all build the same ``AppContext``; only
what they do with it differs. Collaborators are passed in (clock, paths), never found through
globals, so a test can swap any of them.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QEvent, QObject, QUrl
from PySide6.QtQml import QQmlApplicationEngine, QQmlComponent

from .bridge.app_controller import AppController
from .bridge.backup_controller import BackupController
from .bridge.keep_draft import KeepDraft
from .bridge.licences import Licences
from .bridge.localizer import Localizer
from .bridge.navigation import Navigation
from .bridge.prompt_library import PromptLibrary
from .bridge.qml_module import provide, register_types
from .bridge.qt_property import read_property
from .bridge.reflection_guide import ReflectionGuide
from .bridge.reflection_notes import ReflectionNotes
from .bridge.sources_controller import SourcesController
from .bridge.talk_controller import TalkController
from .bridge.talk_history import TalkHistory
from .bridge.talk_setup import TalkSetup
from .bridge.together_controller import TogetherController
from .bridge.vault_controller import VaultController
from .bridge.vault_moments import VaultMoments
from .bridge.vault_setup import VaultSetup
from .core.clock import Clock, SystemClock
from .core.prompts import load_decks
from .core.triangulation import load_templates
from .paths import AppPaths
from .resources import asset, ui_dir
from .store.backups import BackupManager
from .store.couple import CoupleRepository, SettingsRepository
from .store.database import OpenedDatabase, open_database
from .store.invitations import InvitationRepository
from .store.progress import ProgressRepository
from .store.scenes import SceneRepository
from .store.sources import SourceRepository
from .store.talks import TalkRepository
from .vault.kdf import PRODUCTION_KDF_PARAMS, KdfParams


@dataclass
class AppContext:
    paths: AppPaths
    database: OpenedDatabase
    clock: Clock
    app: AppController
    nav: Navigation
    localizer: Localizer = field(default_factory=Localizer)
    bridges: dict[str, QObject] = field(default_factory=dict)

    def qml_singletons(self) -> dict[str, QObject]:
        """What ``import OpenUp`` shows this context's engines, by the name QML uses."""
        return {"App": self.app, "Nav": self.nav, **self.bridges}

    def close(self) -> None:
        """Stop every timer and save what is in flight before the database closes."""
        for bridge in self.bridges.values():
            closer = getattr(bridge, "close", None)
            if callable(closer):
                closer()
        self.database.close()


def build_context(
    paths: AppPaths, clock: Clock | None = None, kdf_params: KdfParams = PRODUCTION_KDF_PARAMS
) -> AppContext:
    """Open the database and make the bridge objects. Raises DatabaseOpenError for the couple."""
    clock = clock or SystemClock()
    database = open_database(paths.database)
    db = database.db

    def now() -> datetime:
        return clock.now()

    settings = SettingsRepository(db)
    app = AppController(CoupleRepository(db), settings, now=now, notice=database.notice)
    talks = TalkRepository(db, clock)
    prompts = PromptLibrary(load_decks(asset("prompts")), talks, now=now)
    scenes = SceneRepository(db)
    localizer = Localizer()
    talk_setup = TalkSetup(prompts, clock, settings=settings, localizer=localizer)
    talk = TalkController(
        talks, prompts, app, clock, talk_setup, scenes=scenes, localizer=localizer
    )
    together = TogetherController(
        InvitationRepository(db, clock),
        ProgressRepository(db),
        scenes,
        app,
        clock,
        calendar_dir=paths.data_dir / "calendar",
        localizer=localizer,
    )
    talk.historyChanged.connect(together.refresh)
    backups = BackupController(
        BackupManager(paths.data_dir, clock), paths.database, clock, localizer=localizer
    )
    talk.talkFinished.connect(backups.afterTalk)
    templates = load_templates(asset("triangulation", "templates.json")).templates
    sources = SourcesController(
        SourceRepository(db, clock), list(templates), prompts, talk_setup, localizer=localizer
    )
    vault = VaultController(paths.database, app, settings, clock, kdf_params=kdf_params)
    vault_setup = VaultSetup(vault)
    notes = ReflectionNotes(vault, clock)  # first on lock: a draft is sealed before all empties
    moments = VaultMoments(vault, vault_setup, app, clock, localizer=localizer)
    talk.started.connect(lambda: vault.lock("talk"))  # a talk starting locks the vault (V7)
    moments.withdrawn.connect(backups.forgetItems)  # taken back means gone from backups too (V3)
    notes.withdrawn.connect(backups.forgetItems)  # a replaced note too
    vault_setup.upkeepNeeded.connect(backups.finishVaultUpkeep)  # a key rotation's to-do (V8)
    return AppContext(
        paths=paths,
        database=database,
        clock=clock,
        app=app,
        nav=Navigation(),
        localizer=localizer,
        bridges={
            "Prompts": prompts,
            "Talk": talk,
            "TalkSetup": talk_setup,
            "RunningTalk": talk.display,
            "TalkHistory": TalkHistory(talks, prompts, talk, localizer),
            "Vault": vault,
            "VaultSetup": vault_setup,
            "Moments": moments,
            "ReflectionNotes": notes,
            "Together": together,
            "Sources": sources,
            "Backups": backups,
            "Reflection": ReflectionGuide(localizer),
            "Licences": Licences(),
            "KeepDraft": KeepDraft(),
        },
    )


def make_engine(context: AppContext) -> QQmlApplicationEngine:
    from .i18n import LanguageSwitcher

    register_types()  # before the first engine exists: a later registration confuses its types
    engine = QQmlApplicationEngine()
    # Each engine gets this context's bridges as its OpenUp singletons (tests build many).
    provide(engine, context.qml_singletons())
    prompts = context.bridges.get("Prompts")

    def everything_follows(language: str) -> None:
        context.localizer.language = language
        context.app.language_code = language
        context.app.language_changed()
        if isinstance(prompts, PromptLibrary):
            prompts.set_language(language)
        for bridge in context.bridges.values():
            follow = getattr(bridge, "language_changed", None)
            if callable(follow):
                follow()

    switcher = LanguageSwitcher(engine, everything_follows, parent=engine)
    switcher.apply(read_property(context.app, "language", str))
    context.app.languageChanged.connect(
        lambda: switcher.apply(read_property(context.app, "language", str))
    )
    return engine


def main_qml() -> QUrl:
    return QUrl.fromLocalFile(str(ui_dir() / "Main.qml"))


def compile_all_qml(engine: QQmlApplicationEngine) -> list[str]:
    """Compile every QML file (without showing it); return the errors, empty when all is well."""
    errors: list[str] = []
    root = ui_dir()
    for path in sorted(Path(root).rglob("*.qml")):
        component = QQmlComponent(engine, QUrl.fromLocalFile(str(path)))
        if component.isError():
            for error in component.errors():
                errors.append(f"{path.relative_to(root)}: {error.toString()}")
        elif not component.isReady():
            errors.append(f"{path.relative_to(root)}: did not finish loading")
    return errors


def dispose_engine(engine: QQmlApplicationEngine) -> None:
    """Destroy the QML side before the Python objects it binds to, so teardown stays silent."""
    for root in engine.rootObjects():
        root.deleteLater()
    engine.deleteLater()
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
