"""The built wheel alone (no checkout) finds its screens and passes --self-check."""

from __future__ import annotations

import subprocess
import sys
import venv

import pytest

from tests.helpers.processes import REPO, app_env

pytestmark = [pytest.mark.e2e, pytest.mark.slow]


def test_wheel_only_venv_passes_self_check(tmp_path):
    dist = tmp_path / "dist"
    subprocess.run(
        [sys.executable, "-m", "build", "--wheel", "--outdir", str(dist), str(REPO)],
        check=True,
        capture_output=True,
        timeout=600,
    )
    wheels = list(dist.glob("openup_desktop-*.whl"))
    assert len(wheels) == 1
    env_dir = tmp_path / "venv"
    venv.EnvBuilder(with_pip=True).create(env_dir)
    python = env_dir / "bin" / "python"
    subprocess.run(
        [str(python), "-m", "pip", "install", "--quiet", str(wheels[0])],
        check=True,
        capture_output=True,
        timeout=900,
    )
    outside = tmp_path / "elsewhere"
    outside.mkdir()
    where = subprocess.run(
        [str(python), "-c", "import openup_desktop.resources as r; print(r.resource_root())"],
        capture_output=True,
        text=True,
        cwd=outside,
        env=app_env(),
        check=True,
    )
    assert str(env_dir) in where.stdout, "resources must come from the installed wheel"
    result = subprocess.run(
        [str(env_dir / "bin" / "openup"), "--data-dir", str(tmp_path / "data"), "--self-check"],
        capture_output=True,
        text=True,
        cwd=outside,
        env=app_env(),
        timeout=120,
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout.startswith("OK OpenUp")
