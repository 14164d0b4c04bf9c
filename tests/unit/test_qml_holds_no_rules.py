"""QML repeats no rule of the core: lengths, choices and defaults come through the bridges.

A limit written twice (once in ``core``, once as a literal in a screen) drifts the first time
one of them changes: the field then lets a partner type what the core refuses, or stops them
short of what it allows. These checks keep such numbers out of the screens (issue #15).
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest

UI = Path(__file__).resolve().parents[2] / "ui"
SCREENS = sorted(UI.rglob("*.qml"))

# What a rule looks like when written into QML: a typed length limit, a list of numbers to
# choose from, a number of minutes as a starting value.
RULE_LITERALS = {
    "a length limit": re.compile(r"\bmaximumLength:\s*\d"),
    "a list of numbers to choose from": re.compile(r"\bmodel:\s*\[\s*\d"),
    "a number of minutes": re.compile(r"\bproperty\s+int\s+\w*(?:[Mm]inutes|Hour):\s*\d"),
}


@pytest.mark.parametrize("path", SCREENS, ids=lambda p: str(p.relative_to(UI)))
def test_no_screen_writes_a_rule_of_the_core_as_a_number(path: Path) -> None:
    found = [
        f"line {n}: {what} ({line.strip()})"
        for n, line in enumerate(path.read_text(encoding="utf-8").splitlines(), start=1)
        for what, pattern in RULE_LITERALS.items()
        if pattern.search(line)
    ]
    assert found == [], f"{path.name} repeats a core rule; bind it through a bridge: {found}"


def test_the_bridges_show_the_cores_own_values(qapp, tmp_path: Path) -> None:
    """What the screens bind to instead is the core's value, read through the bridge."""
    from openup_desktop.context import build_context
    from openup_desktop.core import couple, invitations, prompts, scene, sources, talk, thanks
    from openup_desktop.paths import resolve_paths
    from openup_desktop.vault import passphrase_policy

    assert invitations.DEFAULT_MINUTES in talk.TALK_LENGTH_PRESETS, "the default is a choice"
    paths = resolve_paths(tmp_path / "data")
    paths.ensure()
    context = build_context(paths)
    try:
        bridges = context.qml_singletons()
        expected = {
            ("App", "nameMaxLength"): couple.NAME_MAX,
            ("Together", "topicMaxLength"): invitations.MAX_TOPIC_CHARS,
            ("Together", "defaultMinutes"): invitations.DEFAULT_MINUTES,
            ("Together", "lengthChoices"): list(talk.TALK_LENGTH_PRESETS),
            ("Sources", "titleMaxLength"): sources.MAX_TITLE_LENGTH,
            ("Sources", "noteMaxLength"): sources.MAX_NOTE_LENGTH,
            ("TalkSetup", "sceneNoteMaxLength"): scene.MAX_SCENE_NOTE_CHARS,
            ("RunningTalk", "thanksMaxLength"): thanks.THANKS_MAX,
            ("Prompts", "customPromptMaxLength"): prompts.MAX_CUSTOM_PROMPT_LENGTH,
            ("Together", "startMinuteChoices"): list(invitations.START_MINUTES),
            ("Together", "defaultStartHour"): invitations.DEFAULT_START_HOUR,
            ("App", "textScales"): [1.0, 1.25, 1.5],
            ("VaultSetup", "passphraseMaxLength"): passphrase_policy.MAX_CHARS,
        }
        used = "\n".join(p.read_text(encoding="utf-8") for p in SCREENS)
        for (bridge, name), value in expected.items():
            assert bridges[bridge].property(name) == value, f"{bridge}.{name}"
            assert f"{bridge}.{name}" in used, f"a screen binds {bridge}.{name}"
    finally:
        context.close()
