"""Resources are found from the checkout; paths follow --data-dir."""

from __future__ import annotations

from openup_desktop import resources
from openup_desktop.paths import resolve_paths


def test_checkout_resources_are_found():
    assert (resources.ui_dir() / "Main.qml").is_file()
    assert (resources.assets_dir()).is_dir()


def test_data_dir_option_keeps_logs_inside_it(tmp_path):
    paths = resolve_paths(tmp_path / "portable")
    assert paths.database == tmp_path / "portable" / "openup.db"
    assert paths.log_dir == tmp_path / "portable" / "logs"
    paths.ensure()
    assert paths.crash_dir.is_dir()


def test_default_paths_are_per_user_folders():
    paths = resolve_paths(None)
    assert "OpenUp" in str(paths.data_dir)
    assert "OpenUp" in str(paths.log_dir)
