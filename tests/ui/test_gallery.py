"""The gallery renders every screen, in light and dark, and no picture comes out blank."""

from __future__ import annotations

import pytest
from PySide6.QtGui import QImage

from openup_desktop.gallery import SHOTS, THEMES, VARIANTS, render_gallery

pytestmark = [pytest.mark.gui, pytest.mark.slow]


def distinct_colours(image: QImage, step: int = 7) -> int:
    seen = set()
    for y in range(0, image.height(), step):
        for x in range(0, image.width(), step):
            seen.add(image.pixel(x, y))
    return len(seen)


def test_gallery_renders_every_screen_non_blank(qapp, tmp_path):
    written = render_gallery(tmp_path)
    expected = {
        f"{shot.name}-{theme}{suffix}.png"
        for shot in SHOTS
        for theme in THEMES
        for suffix, _scale, _language in VARIANTS
    }
    assert {p.name for p in written} == expected
    for path in written:
        image = QImage(str(path))
        assert (image.width(), image.height()) == (1280, 800), path.name
        assert distinct_colours(image) > 12, f"{path.name} looks blank"


def test_light_and_dark_really_differ(qapp, tmp_path):
    written = render_gallery(tmp_path, only=["home"], variants=VARIANTS[:1])
    light, dark = (QImage(str(p)) for p in sorted(written, key=lambda p: "dark" in p.name))
    assert QImage(light).pixelColor(640, 790).lightness() > 200
    assert QImage(dark).pixelColor(640, 790).lightness() < 60
