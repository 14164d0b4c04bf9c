"""The ``OpenUp 1.0`` QML module: every bridge as a named singleton, one instance set per engine.

Screens write ``import OpenUp`` and then ``Talk.start()``, ``App.partnerName(0)``… Registered
types (rather than context properties) let qmllint and the QML compiler see each bridge's
properties, signals and slots, so a misspelt name is a lint error instead of a ReferenceError a
partner meets at run time.

Qt creates a singleton at most once per engine and asks the registered callback for it. The app,
the gallery and the tests build many engines in one process, each on its own ``AppContext``, so
the callback does not make anything: ``provide()`` files the context's objects under the engine
before QML loads, and the callback hands back the ones filed for the engine that asks. The
objects stay owned by Python (``CppOwnership``): the engine never deletes them, the context
closes them.

``qmltypes_text()`` describes the same module for the QML tools (``packaging/check_qml.py``
keeps ``packaging/qmltypes/OpenUp/`` in step with it); the running app never reads that file.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from functools import partial

from PySide6.QtCore import QByteArray, QMetaMethod, QMetaObject, QObject
from PySide6.QtQml import QJSEngine, QQmlEngine, qmlRegisterSingletonType
from shiboken6 import Shiboken

from .app_controller import AppController
from .backup_controller import BackupController
from .keep_draft import KeepDraft
from .licences import Licences
from .navigation import Navigation
from .prompt_library import PromptLibrary
from .reflection_guide import ReflectionGuide
from .reflection_notes import ReflectionNotes
from .running_talk import RunningTalk
from .sources_controller import SourcesController
from .talk_controller import TalkController
from .talk_history import TalkHistory
from .talk_setup import TalkSetup
from .together_controller import TogetherController
from .vault_controller import VaultController
from .vault_moments import VaultMoments
from .vault_setup import VaultSetup
from .vault_steps import VaultSteps

URI = "OpenUp"
VERSION = (1, 0)

# The name QML uses → the bridge class behind it. Names stay what the screens always used.
SINGLETONS: dict[str, type[QObject]] = {
    "App": AppController,
    "Nav": Navigation,
    "Prompts": PromptLibrary,
    "Talk": TalkController,
    "TalkSetup": TalkSetup,
    "RunningTalk": RunningTalk,
    "TalkHistory": TalkHistory,
    "Vault": VaultController,
    "VaultSetup": VaultSetup,
    "Moments": VaultMoments,
    "VaultSteps": VaultSteps,
    "ReflectionNotes": ReflectionNotes,
    "Together": TogetherController,
    "Sources": SourcesController,
    "Backups": BackupController,
    "Reflection": ReflectionGuide,
    "Licences": Licences,
    "KeepDraft": KeepDraft,
}

_registered = False
_by_engine: dict[int, Mapping[str, QObject]] = {}


def _engine_key(engine: QJSEngine) -> int:
    return int(Shiboken.getCppPointer(engine)[0])


def _forget(key: int) -> None:
    _by_engine.pop(key, None)


def _instance_for(name: str) -> Callable[[QJSEngine], QObject]:
    """The callback Qt calls once per engine for singleton ``name`` (a plain function: PySide
    reads its code to count the arguments, so a ``functools.partial`` is refused)."""

    def create(engine: QJSEngine) -> QObject:
        objects = _by_engine.get(_engine_key(engine))
        if objects is None or name not in objects:
            raise LookupError(f"OpenUp.{name} was not provided to this engine (call provide())")
        obj = objects[name]  # a bridge made on first use is made here, when QML first reads it
        if not isinstance(obj, SINGLETONS[name]):
            raise TypeError(f"OpenUp.{name} must be a {SINGLETONS[name].__name__}")
        QQmlEngine.setObjectOwnership(obj, QQmlEngine.ObjectOwnership.CppOwnership)
        return obj

    return create


def register_types() -> None:
    """Register the module once per process, before any engine exists; later calls do nothing."""
    global _registered
    if _registered:
        return
    major, minor = VERSION
    for name, cls in SINGLETONS.items():
        # The stubs ask for bytes as the name, but PySide6 6.11 accepts only str here.
        qmlRegisterSingletonType(cls, URI, major, minor, name, _instance_for(name))  # type: ignore[call-overload]
    _registered = True


def provide(engine: QQmlEngine, objects: Mapping[str, QObject]) -> None:
    """File ``objects`` (QML name → bridge) for ``engine``; call before the engine loads QML.

    Only the names are checked here: a bridge made on first use (see ``context.Bridges``) is
    looked up, and its type checked, when QML first reads it.
    """
    missing = set(SINGLETONS) - set(objects)
    if missing:
        raise ValueError(f"No object for OpenUp singletons: {', '.join(sorted(missing))}")
    unknown = set(objects) - set(SINGLETONS)
    if unknown:
        raise ValueError(
            f"Not in the OpenUp module: {', '.join(sorted(unknown))} (a new bridge goes into "
            "SINGLETONS here, then python packaging/check_qml.py --write)"
        )
    if not _registered:
        # Registering while an engine exists leaves that engine's type cache inconsistent
        # ("Cannot assign object of type FocusRing… expected QObject"), so it must come first.
        raise RuntimeError("call register_types() before creating the engine")
    key = _engine_key(engine)
    _by_engine[key] = objects
    engine.destroyed.connect(partial(_forget, key))


# --- Description for the QML tools -----------------------------------------------------------

# Python-only types (a Slot taking ``object``) are plain variants to QML.
_TOOL_TYPES = {"PyObject": "QVariant", "Qt::ApplicationState": "int"}


def _text(value: object) -> str:
    """Qt names arrive as str, bytes or QByteArray depending on the call; the tools want text."""
    if isinstance(value, QByteArray):
        value = value.data()
    if isinstance(value, bytes | bytearray | memoryview):
        return bytes(value).decode()
    return str(value)


def _tool_type(name: str) -> str:
    name = _TOOL_TYPES.get(name, name)
    return name.removesuffix("*")


def _parameters(method: QMetaMethod, indent: str) -> list[str]:
    names = [_text(n) for n in method.parameterNames()]
    types = [_text(t) for t in method.parameterTypes()]
    lines = []
    for i, type_name in enumerate(types):
        name = names[i] if i < len(names) and names[i] else f"arg{i}"
        lines.append(f'{indent}Parameter {{ name: "{name}"; type: "{_tool_type(type_name)}" }}')
    return lines


def _component(cls: type[QObject], export: str) -> list[str]:
    meta: QMetaObject = getattr(cls, "staticMetaObject")  # noqa: B009 (set by Shiboken, untyped)
    super_meta = meta.superClass()
    prototype = _text(super_meta.className()) if super_meta is not None else "QObject"
    lines = [
        "    Component {",
        f'        file: "{cls.__module__.replace(".", "/")}.py"',
        f'        name: "{cls.__name__}"',
        '        accessSemantics: "reference"',
        f'        prototype: "{prototype}"',
    ]
    major, minor = VERSION
    lines += [
        f'        exports: ["{URI}/{export} {major}.{minor}"]',
        "        isCreatable: false",
        "        isSingleton: true",
        f"        exportMetaObjectRevisions: [{major * 256 + minor}]",
    ]
    for i in range(meta.propertyOffset(), meta.propertyCount()):
        prop = meta.property(i)
        name = _text(prop.name())
        type_name = _tool_type(_text(prop.typeName()))
        fields = [f'name: "{name}"', f'type: "{type_name}"']
        if prop.hasNotifySignal():
            fields.append(f'notify: "{_text(prop.notifySignal().name())}"')
        fields.append(f"index: {i - meta.propertyOffset()}")
        if not prop.isWritable():
            fields.append("isReadonly: true")
        if prop.isConstant():
            fields.append("isPropertyConstant: true")
        lines.append(f"        Property {{ {'; '.join(fields)} }}")
    for i in range(meta.methodOffset(), meta.methodCount()):
        method = meta.method(i)
        kind = method.methodType()
        if kind not in (QMetaMethod.MethodType.Signal, QMetaMethod.MethodType.Slot):
            continue
        if method.access() == QMetaMethod.Access.Private:
            continue
        element = "Signal" if kind == QMetaMethod.MethodType.Signal else "Method"
        header = f'name: "{_text(method.name())}"'
        returns = _text(method.typeName())
        if element == "Method" and returns and returns != "void":
            header += f'; type: "{_tool_type(returns)}"'
        params = _parameters(method, "            ")
        if params:
            lines.append(f"        {element} {{")
            lines.append(f"            {header}")
            lines += params
            lines.append("        }")
        else:
            lines.append(f"        {element} {{ {header} }}")
    lines.append("    }")
    return lines


def qmltypes_text() -> str:
    """The ``.qmltypes`` description of this module, as qmllint and qmlls read it."""
    lines = [
        "import QtQuick.tooling 1.2",
        "",
        "// Generated from the bridges' meta-objects by openup_desktop/bridge/qml_module.py;",
        "// refresh with `python packaging/check_qml.py --write`. Only the QML tools read it.",
        "",
        "Module {",
    ]
    for name, cls in SINGLETONS.items():
        lines += _component(cls, name)
    lines.append("}")
    return "\n".join(lines) + "\n"


def qmldir_text() -> str:
    """The ``qmldir`` that lets the QML tools find :func:`qmltypes_text` as ``import OpenUp``."""
    return f"module {URI}\ntypeinfo {URI}.qmltypes\ndepends QtQml\n"
