"""Every control on every screen has an accessible name and role; theme colours keep contrast."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from PySide6.QtGui import QAccessible

from openup_desktop.core.couple import PARTNER_PALETTE
from openup_desktop.gallery import SHOTS, GalleryDriver
from openup_desktop.qt_items import all_items
from openup_desktop.resources import ui_dir

INTERACTIVE = {
    QAccessible.Role.Button,
    QAccessible.Role.CheckBox,
    QAccessible.Role.RadioButton,
    QAccessible.Role.Slider,
    QAccessible.Role.EditableText,
    QAccessible.Role.ListItem,
    QAccessible.Role.ProgressBar,
    QAccessible.Role.PageTab,
    QAccessible.Role.SpinBox,
    QAccessible.Role.ComboBox,
}


def unnamed_controls(window, seen: list[int] | None = None) -> list[str]:
    missing = []
    for item in all_items(window):
        if not item.isVisible() or item.opacity() == 0:
            continue
        interface = QAccessible.queryAccessibleInterface(item)
        if interface is None or not interface.isValid():
            continue
        if interface.role() not in INTERACTIVE:
            continue
        if seen is not None:
            seen.append(1)
        if not interface.text(QAccessible.Text.Name).strip():
            missing.append(f"{item.objectName() or type(item).__name__} ({interface.role().name})")
    return missing


@pytest.mark.gui
@pytest.mark.slow
def test_every_control_on_every_screen_has_an_accessible_name(qtbot, live_app):
    driver = GalleryDriver(live_app.context, live_app.window)
    problems = {}
    for shot in SHOTS:
        shot.prepare(driver)
        driver.settle()
        seen: list[int] = []
        missing = unnamed_controls(live_app.window, seen)
        if missing:
            problems[shot.name] = missing
        assert seen, f"{shot.name}: the walk found no controls at all"
    assert problems == {}


@pytest.mark.gui
def test_help_overlay_lists_shortcuts_and_closes_with_escape(qtbot, live_app):
    from PySide6.QtCore import Qt

    from tests.helpers.qml import item, key

    window = live_app.window
    key(qtbot, window, Qt.Key.Key_F1)
    assert item(window, "helpClose").isVisible()
    key(qtbot, window, Qt.Key.Key_Escape)
    qtbot.waitUntil(
        lambda: not any(i.objectName() == "helpClose" and i.isVisible() for i in all_items(window))
    )


# --- contrast (WCAG 2.x) -----------------------------------------------------------------

THEME = ui_dir() / "theme" / "Theme.qml"
_COLOUR = re.compile(r'readonly property color (\w+): dark \? "(#\w{6})" : "(#\w{6})"')


def theme_colours(dark: bool) -> dict[str, str]:
    found = {m[0]: (m[1] if dark else m[2]) for m in _COLOUR.findall(THEME.read_text())}
    found["onPartner"] = "#FFFFFF"
    return found


def luminance(hex_colour: str) -> float:
    def channel(c: int) -> float:
        v = c / 255
        return v / 12.92 if v <= 0.03928 else ((v + 0.055) / 1.055) ** 2.4

    r, g, b = (int(hex_colour[i : i + 2], 16) for i in (1, 3, 5))
    return 0.2126 * channel(r) + 0.7152 * channel(g) + 0.0722 * channel(b)


def contrast(a: str, b: str) -> float:
    la, lb = sorted((luminance(a), luminance(b)), reverse=True)
    return (la + 0.05) / (lb + 0.05)


BODY = [  # text that must reach 4.5:1
    ("text", "background"),
    ("text", "surface"),
    ("text", "surfaceAlt"),
    ("text", "noticeBackground"),
    ("textMuted", "background"),
    ("textMuted", "surface"),
    ("textMuted", "surfaceAlt"),
    ("accentText", "accent"),
    ("danger", "surface"),
    ("danger", "background"),
    ("danger", "noticeBackground"),
]
UI_PARTS = [  # large text and UI parts: 3:1
    ("accent", "background"),
    ("accent", "surface"),
    ("focusRing", "background"),
    ("focusRing", "surface"),
    ("focusRing", "surfaceAlt"),
]


@pytest.mark.parametrize("dark", [False, True], ids=["light", "dark"])
def test_theme_contrast_meets_wcag(dark):
    colours = theme_colours(dark)
    low = []
    for fg, bg in BODY:
        ratio = contrast(colours[fg], colours[bg])
        if ratio < 4.5:
            low.append(f"{fg} on {bg}: {ratio:.2f}")
    for fg, bg in UI_PARTS:
        ratio = contrast(colours[fg], colours[bg])
        if ratio < 3.0:
            low.append(f"{fg} on {bg}: {ratio:.2f}")
    assert low == []


@pytest.mark.parametrize("colour", list(PARTNER_PALETTE))
def test_text_on_every_partner_colour_and_partner_colours_as_ui_parts(colour):
    """White names on the speaker banner read as body text; the colour marks on the light
    background (card borders, the owner stripe) must stand out as UI parts."""
    assert contrast("#FFFFFF", colour) >= 4.5
    assert contrast(colour, theme_colours(dark=False)["background"]) >= 3.0


def test_theme_file_defines_the_colours_checked_here():
    assert Path(THEME).is_file()
    assert {"text", "background", "accent", "focusRing"} <= set(theme_colours(False))


# --- strings --------------------------------------------------------------------------------

_LITERAL = re.compile(
    r"\b(text|title|label|placeholderText|confirmText|cancelText|message|purpose|"
    r'Accessible\.name|Accessible\.description):\s*"([^"]*[A-Za-z][^"]*)"'
)
ALLOWED_LITERALS = {"OpenUp", "English", "Español"}


def test_every_user_visible_qml_string_goes_through_qsTr():
    offenders = []
    for path in sorted(ui_dir().rglob("*.qml")):
        for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
            for _prop, literal in _LITERAL.findall(line):
                if literal not in ALLOWED_LITERALS:
                    offenders.append(f"{path.name}:{number}: {literal}")
    assert offenders == []


# --- overlays over a talk -----------------------------------------------------------------


def _hex(colour) -> str:  # type: ignore[no-untyped-def]
    return colour.name()  # QColor → "#rrggbb"


@pytest.mark.parametrize("dark", [False, True], ids=["light", "dark"])
@pytest.mark.parametrize("state", ["paused", "on_break"])
def test_paused_and_break_overlays_hide_the_prompt_and_read_clearly(qtbot, live_app, dark, state):
    """The words over a paused talk sit on an opaque layer, never on the faded prompt."""
    from openup_desktop.qt_items import find_item

    live_app.context.app.themeMode = "dark" if dark else "light"
    live_app.context.nav.go("talk")
    talk = live_app.talk
    assert talk.start() == ""
    if state == "paused":
        talk.togglePause()
    else:
        talk.takeBreak(20)
    qtbot.wait(20)
    layer = find_item(live_app.window, "pausedLayer", visible_only=True)
    background = layer.property("color")
    assert background.alphaF() == 1.0, "the prompt must not show through"
    for name in ("pausedTitle", "pausedText"):
        text = find_item(live_app.window, name, visible_only=True).property("color")
        assert text.alphaF() == 1.0
        assert contrast(_hex(text), _hex(background)) >= 4.5, name
