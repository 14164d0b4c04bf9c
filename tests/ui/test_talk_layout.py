"""Large text in a small window loses nothing. The prompt is the one thing a running talk must
never lose: at 1024×640 with large text, long names and Spanish it keeps readable room of its
own, clear of the banner, the timer bar, the hint and the buttons, and every button stays inside
the window. The Together screen's weekly chart shows every week whole, the current one too."""

from __future__ import annotations

from itertools import pairwise

import pytest
from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QFont, QFontMetricsF
from PySide6.QtQuick import QQuickItem

from openup_desktop.qt_items import find_item, find_items
from tests.helpers.fixtures import start_live_app, stop_live_app

pytestmark = pytest.mark.gui

LONG_NAMES = ("Bartholomew Fitzgerald-Woodhouse", "Maximiliana Esperanza de los Ángeles")
ACTIONS = ("passButton", "pauseButton", "nextButton", "declineButton", "breakButton", "endButton")
LISTENER_ACTIONS = ("heardButton", "moreButton", "pauseButton", "breakButton", "endButton")
#: the long prompt of the warm-up deck the QA walk saw overprinted
PROMPT = ("warm-up", "warm-up-001")


def scene_rect(item: QQuickItem) -> QRectF:
    top_left = item.mapToScene(QPointF(0, 0))
    return QRectF(top_left.x(), top_left.y(), item.width(), item.height())


def shown_part(item: QQuickItem) -> QRectF:
    """The part of ``item`` a person can see: its rectangle cut to every clipping ancestor's."""
    rect = scene_rect(item)
    parent = item.parentItem()
    while parent is not None:
        if parent.clip():
            rect = rect.intersected(scene_rect(parent))
        parent = parent.parentItem()
    return rect


def smallest_height(prompt: QQuickItem) -> float:
    """How tall the prompt's text is at its smallest size, wrapped at its width."""
    font = QFont(prompt.property("font"))
    font.setPixelSize(prompt.property("minimumPixelSize"))
    lines = QFontMetricsF(font).boundingRect(
        QRectF(0, 0, prompt.width(), 100000),
        int(Qt.TextFlag.TextWordWrap),
        prompt.property("text"),
    )
    line_count = round(lines.height() / QFontMetricsF(font).lineSpacing())
    return float(line_count * round(QFontMetricsF(font).height() * prompt.property("lineHeight")))


def visible(window, name: str) -> QQuickItem | None:
    try:
        return find_item(window, name, visible_only=True)
    except LookupError:
        return None


def check_prompt_room(window, actions: tuple[str, ...]) -> list[str]:
    window.grabWindow()  # lay out exactly as the next frame shows it
    problems: list[str] = []
    prompt = find_item(window, "promptText", visible_only=True)
    first_line = prompt.property("minimumPixelSize") * prompt.property("lineHeight")
    shown = shown_part(prompt)
    if prompt.height() < first_line:
        problems.append(f"prompt is {prompt.height():.0f} px high, its first line {first_line:.0f}")
    if shown.height() < first_line:
        problems.append(f"only {shown.height():.0f} px of the prompt can be seen")
    if prompt.property("paintedHeight") > prompt.height() + 1:
        problems.append(
            f"prompt text is {prompt.property('paintedHeight'):.0f} px high "
            f"but has {prompt.height():.0f} px: it spills onto its neighbours"
        )
    if shown.height() < prompt.height() - 1 and prompt.height() > smallest_height(prompt) + 2:
        problems.append(
            f"the prompt is cut to {shown.height():.0f} of its {prompt.height():.0f} px "
            f"though it would fit in {smallest_height(prompt):.0f} px at its smallest size"
        )
    painted = QRectF(
        shown.x(), scene_rect(prompt).y(), shown.width(), prompt.property("paintedHeight")
    ).intersected(shown)
    window_rect = QRectF(0, 0, window.width(), window.height())
    for name in ("speakerBanner", "deckName", "turnBar", "turnHint", *actions):
        other = visible(window, name)
        if other is None:
            if name in actions or name in ("speakerBanner", "turnBar"):
                problems.append(f"{name} is not shown")
            continue
        if painted.intersects(shown_part(other)):
            problems.append(f"the prompt overlaps {name}")
        if name in actions and not window_rect.contains(scene_rect(other)):
            problems.append(f"{name} lies outside the window")
    return problems


@pytest.mark.parametrize(
    ("scale", "language", "theme", "names"),
    [
        (1.5, "en", "light", ("Ana", "Bo")),
        (1.5, "es", "dark", ("Zoë 🙂", "سارة")),
        (1.25, "es", "light", LONG_NAMES),
        (1.5, "en", "dark", LONG_NAMES),
        (1.0, "en", "light", LONG_NAMES),
    ],
)
def test_the_prompt_keeps_its_room_at_1024x640(qtbot, data_dir, scale, language, theme, names):
    live = start_live_app(qtbot, data_dir, couple=False)
    try:
        app = live.context.app
        assert app.completeFirstRun(names[0], "#B4432F", names[1], "#2F5E8C") == ""
        app.textScale = scale
        app.language = language
        app.themeMode = theme
        live.window.resize(1024, 640)
        live.context.nav.go("talk")
        live.talk_setup.deck, live.talk_setup.prompt = PROMPT
        live.talk_setup.listenerStep = True
        assert live.talk.start() == ""
        qtbot.wait(20)
        assert check_prompt_room(live.window, ACTIONS) == []

        live.clock.advance(80)  # the last seconds of the turn: the warning line joins in
        live.talk.tick()
        assert check_prompt_room(live.window, ACTIONS) == []

        live.talk.passTurn()  # the listener says back what they heard: a longer banner
        live.talk.tick()
        assert live.running.state == "listener_step"
        assert check_prompt_room(live.window, LISTENER_ACTIONS) == []
    finally:
        app.textScale = 1.0
        app.language = "en"
        stop_live_app(live)


@pytest.mark.parametrize(
    ("size", "scale", "language"),
    [((1280, 800), 1.5, "en"), ((1024, 640), 1.5, "en"), ((1024, 640), 1.5, "es")],
)
def test_every_week_of_the_together_chart_is_shown_whole(qtbot, live_app, size, scale, language):
    """The current week is the chart's last column: at large text it must not be cut off."""
    window = live_app.window
    live_app.context.app.textScale = scale
    live_app.context.app.language = language
    window.resize(*size)
    live_app.context.nav.go("together")
    qtbot.wait(20)
    window.grabWindow()
    chart = find_item(window, "weekChart", visible_only=True)
    labels = [i for i in find_items(window, "weekLabel") if i.isVisible()]
    assert len(labels) == len(live_app.context.bridges["Together"].weeks) > 1
    chart_rect = scene_rect(chart)
    page = chart.parentItem()
    while page is not None and not page.clip():
        page = page.parentItem()
    assert page is not None
    seen = scene_rect(page)
    for label in labels:
        rect = scene_rect(label)
        painted = QRectF(
            rect.x() + (rect.width() - label.property("contentWidth")) / 2,
            rect.y(),
            label.property("contentWidth"),
            label.property("contentHeight"),
        )
        assert chart_rect.contains(painted), f"{label.property('text')!r} spills out of the chart"
        assert not label.property("truncated"), f"{label.property('text')!r} is cut short"
        assert painted.left() >= seen.left() and painted.right() <= seen.right(), (
            f"{label.property('text')!r} is cut off at the page's edge"
        )
    for left, right in pairwise(labels):
        a, b = scene_rect(left), scene_rect(right)
        assert a.right() <= b.left(), "week labels overlap"
