"""Text size that follows the system: each system's own base size counts as 100 %."""

from __future__ import annotations

import pytest

from openup_desktop.bridge.app_controller import base_points_for, scale_for_points


@pytest.mark.parametrize(
    ("points", "expected"),
    [(9.0, 1.0), (11.25, 1.25), (13.5, 1.5), (18.0, 1.5)],  # Segoe UI at 100/125/150/200 %
)
def test_windows_text_size_follows_segoe_ui_9_pt(points, expected):
    assert scale_for_points(points, base_points_for("win32")) == expected


@pytest.mark.parametrize(("points", "expected"), [(13.0, 1.0), (16.25, 1.25), (19.5, 1.5)])
def test_macos_text_size_follows_13_pt(points, expected):
    assert scale_for_points(points, base_points_for("darwin")) == expected


def test_linux_base_is_10_pt_and_an_unknown_size_means_100_percent():
    assert scale_for_points(10.0, base_points_for("linux")) == 1.0
    assert scale_for_points(12.5, base_points_for("linux")) == 1.25
    assert scale_for_points(-1.0, base_points_for("linux")) == 1.0
