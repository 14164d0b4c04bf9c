"""Every control can be reached: at the smallest window and the common laptop one, at 100 % and
150 % text, in English and Spanish, each visible control lies inside the window or inside a
scrollable area that can scroll to it. Checked over every state of the gallery."""

from __future__ import annotations

import pytest

from openup_desktop.gallery import VARIANTS, visit_states
from tests.helpers.reach import unreachable_controls

pytestmark = [pytest.mark.gui, pytest.mark.slow]

SIZES = ((1280, 800), (1024, 640))
#: normal and 150 % text in English, and Spanish (longer words) at 150 %
CHECKED_VARIANTS = (VARIANTS[0], VARIANTS[1], ("-es-150", 1.5, "es"))


def test_every_control_is_inside_the_window_or_scrolls_into_it(qapp):
    problems: list[str] = []

    def check(window, shot, suffix, _theme) -> None:  # type: ignore[no-untyped-def]
        window.grabWindow()  # lays everything out exactly as the next frame would show it
        problems.extend(f"{shot.name}{suffix}: {p}" for p in unreachable_controls(window))

    visit_states(check, variants=CHECKED_VARIANTS, themes=("light",), sizes=SIZES)
    assert not problems, "\n".join(problems)
