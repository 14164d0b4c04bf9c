"""Everything one running OpenUp is made of, wired together once.

The GUI, ``--self-check``, the gallery and the UI tests all build the same ``AppContext``; only
what they do with it differs. Collaborators are passed in (clock, paths), never found through
globals, so a test can swap any of them.
"""

from __future__ import annotations

from collections import ChainMap
from collections.abc import Callable, Iterator, Mapping, MutableMapping
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path
from typing import Any

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
from .bridge.vault_steps import VaultSteps
from .core.clock import Clock, SystemClock
from .core.prompts import load_decks
from .paths import AppPaths
from .resources import asset, ui_dir
from .store.backups import BackupManager
from .store.couple import CoupleRepository, SettingsRepository
from .store.database import OpenedDatabase, open_database
from .store.invitations import InvitationRepository
from .store.progress import ProgressRepository
from .store.scenes import SceneRepository
from .store.talks import TalkRepository
from .vault.kdf import PRODUCTION_KDF_PARAMS, KdfParams


class Bridges(MutableMapping[str, QObject]):
    """The bridges by the name QML knows them; some are made on first use.

    Start-up builds only what the first frame shows (the shell and Home). The vault's bridges,
    sources, reflection and licences are made the first time QML or Python asks for them, so
    their modules (``cryptography``, the sources' templates…) load then, not before the couple
    sees the window. Asking is the same code path either way: ``bridges["Vault"]`` makes it.
    """

    def __init__(self, made: Mapping[str, QObject] | None = None) -> None:
        self._made: dict[str, QObject] = dict(made or {})
        self._makers: dict[str, Callable[[], None]] = {}
        self._when_made: dict[str, list[Callable[[Any], None]]] = {}

    def later(self, name: str, make: Callable[[], QObject]) -> None:
        """Make ``name`` with ``make()`` the first time it is asked for."""
        self.later_together((name,), lambda: {name: make()})

    def later_together(
        self, names: tuple[str, ...], make: Callable[[], dict[str, QObject]]
    ) -> None:
        """Bridges that share their parts (the vault's four): asking for any makes them all, in
        the order ``make()`` returns them (which is also the order they are closed in)."""

        def make_all() -> None:
            made = make()
            if set(made) != set(names):
                raise ValueError(f"expected {names}, made {tuple(made)}")
            self._keep(made)

        for name in names:
            self._makers[name] = make_all

    def _keep(self, made: dict[str, QObject]) -> None:
        for name, bridge in made.items():
            self._makers.pop(name, None)
            self._made[name] = bridge
        for name, bridge in made.items():
            for then in self._when_made.pop(name, []):
                then(bridge)

    def when_made(self, name: str, then: Callable[[Any], None]) -> None:
        """Call ``then(bridge)`` now if ``name`` exists already, else as soon as it is made."""
        if name in self._made:
            then(self._made[name])
        else:
            self._when_made.setdefault(name, []).append(then)

    def is_made(self, name: str) -> bool:
        return name in self._made

    def made(self) -> list[QObject]:
        """The bridges that exist (closing or re-translating never makes one)."""
        return list(self._made.values())

    def __getitem__(self, name: str) -> QObject:
        if name not in self._made:
            self._makers[name]()  # KeyError for a name nobody provides
        return self._made[name]

    def __setitem__(self, name: str, bridge: QObject) -> None:
        self._makers.pop(name, None)
        self._made[name] = bridge

    def __delitem__(self, name: str) -> None:
        if name in self._made:
            del self._made[name]
        else:
            del self._makers[name]

    def __iter__(self) -> Iterator[str]:
        return iter([*self._made, *self._makers])

    def __len__(self) -> int:
        return len(self._made) + len(self._makers)


@dataclass
class AppContext:
    paths: AppPaths
    database: OpenedDatabase
    clock: Clock
    app: AppController
    nav: Navigation
    localizer: Localizer = field(default_factory=Localizer)
    bridges: Bridges = field(default_factory=Bridges)

    def qml_singletons(self) -> Mapping[str, QObject]:
        """What ``import OpenUp`` shows this context's engines, by the name QML uses (a bridge
        made on first use is made when QML first reads it)."""
        return ChainMap({"App": self.app, "Nav": self.nav}, self.bridges)

    def close(self) -> None:
        """Stop every timer and save what is in flight before the database closes."""
        for bridge in self.bridges.made():
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
    draft = KeepDraft(localizer)
    backups = BackupController(
        BackupManager(paths.data_dir, clock), paths.database, clock, localizer=localizer
    )
    talk.talkFinished.connect(backups.afterTalk)
    backups.automaticBackupFailed.connect(app.note_backup_failed)  # said in the notice bar, once
    bridges = Bridges(
        {
            "Prompts": prompts,
            "Talk": talk,
            "TalkSetup": talk_setup,
            "RunningTalk": talk.display,
            "TalkHistory": TalkHistory(talks, prompts, talk, localizer),
            "Together": together,
            "Backups": backups,
            "KeepDraft": draft,
        }
    )

    def make_sources() -> SourcesController:
        from .core.triangulation import load_templates
        from .store.sources import SourceRepository

        templates = load_templates(asset("triangulation", "templates.json")).templates
        return SourcesController(
            SourceRepository(db, clock), list(templates), prompts, talk_setup, localizer=localizer
        )

    def make_vault() -> dict[str, QObject]:
        vault = VaultController(paths.database, app, settings, clock, kdf_params=kdf_params)
        vault_setup = VaultSetup(vault)
        # made before the moments, so on a lock a note being written is sealed before all empties
        notes = ReflectionNotes(vault, clock, localizer)
        moments = VaultMoments(vault, vault_setup, app, clock, localizer=localizer)
        talk.started.connect(lambda: vault.lock("talk"))  # a talk starting locks the vault (V7)

        def seal_reflections() -> None:  # before the window asks about unsaved words
            if read_property(vault, "mode", str) == "reflection":
                vault.lock("window closing")

        app.windowClosing.connect(seal_reflections)
        moments.withdrawn.connect(backups.forgetItems)  # taken back: gone from backups too (V3)
        notes.withdrawn.connect(backups.forgetItems)  # a replaced note too
        vault_setup.upkeepNeeded.connect(backups.finishVaultUpkeep)  # a key rotation's to-do (V8)
        return {
            "Vault": vault,
            "VaultSetup": vault_setup,
            "Moments": moments,
            "VaultSteps": VaultSteps(vault, vault_setup, moments, draft),
            "ReflectionNotes": notes,
        }

    # Not on the first frame: made when first asked for (see Bridges).
    bridges.later_together(
        ("Vault", "VaultSetup", "Moments", "VaultSteps", "ReflectionNotes"), make_vault
    )
    bridges.later("Sources", make_sources)
    bridges.later("Reflection", lambda: ReflectionGuide(localizer))
    bridges.later("Licences", Licences)
    return AppContext(
        paths=paths,
        database=database,
        clock=clock,
        app=app,
        nav=Navigation(),
        localizer=localizer,
        bridges=bridges,
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
        for bridge in context.bridges.made():
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
