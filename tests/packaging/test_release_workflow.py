"""The release workflow is valid GitHub Actions and does what a release needs.

Validated offline against the GitHub-workflow schema vendored in check-jsonschema, then read
for the parts that matter: the tag trigger, a job per system, each building with
packaging/build.py, running the built app's --self-check and uploading its installer.
"""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest
from ruamel.yaml import YAML

REPO = Path(__file__).resolve().parents[2]
WORKFLOW = REPO / ".github" / "workflows" / "release.yml"
BUILD_JOBS = ("linux", "windows", "macos")


@pytest.fixture(scope="module")
def workflow() -> dict:
    return YAML(typ="safe").load(WORKFLOW.read_text(encoding="utf-8"))


def runs(job: dict) -> list[str]:
    return [step.get("run", "") for step in job["steps"]]


def uses(job: dict) -> list[str]:
    return [step.get("uses", "") for step in job["steps"]]


def test_matches_the_github_workflow_schema():
    result = subprocess.run(
        [
            sys.executable,
            "-m",
            "check_jsonschema",
            "--builtin-schema",
            "vendor.github-workflows",
            str(WORKFLOW),
        ],
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert result.returncode == 0, result.stdout + result.stderr


def test_runs_on_version_tags(workflow):
    # ruamel reads YAML 1.2, so the key stays "on" (YAML 1.1 readers turn it into True).
    assert workflow["on"]["push"]["tags"] == ["v*"]


def test_has_a_job_for_each_system(workflow):
    jobs = workflow["jobs"]
    assert set(BUILD_JOBS) <= set(jobs)
    assert jobs["windows"]["runs-on"] == "windows-latest"
    assert jobs["linux"]["runs-on"].startswith("ubuntu-")
    runners = {
        entry["runner"]: entry["arch"] for entry in jobs["macos"]["strategy"]["matrix"]["include"]
    }
    assert runners["macos-14"] == "arm64"  # Apple silicon
    assert "x86_64" in runners.values()  # Intel
    assert jobs["macos"]["runs-on"] == "${{ matrix.runner }}"


@pytest.mark.parametrize("name", BUILD_JOBS)
def test_each_build_job_builds_with_the_build_script(workflow, name):
    assert any("python packaging/build.py" in run for run in runs(workflow["jobs"][name]))


@pytest.mark.parametrize("name", BUILD_JOBS)
def test_each_build_job_runs_the_self_check_of_the_built_app(workflow, name):
    checks = [run for run in runs(workflow["jobs"][name]) if "--self-check" in run]
    assert checks, f"job {name} never runs --self-check"
    for run in checks:
        assert "dist" in run or "$target" in run  # the built or installed app, not the source
        assert "OK" in run  # and looks at its verdict, not only at the exit code


def test_windows_self_check_uses_the_console_executable(workflow):
    checks = [run for run in runs(workflow["jobs"]["windows"]) if "--self-check" in run]
    assert checks and all("openup-cli.exe" in run for run in checks)


@pytest.mark.parametrize(
    ("name", "pattern"),
    [
        ("linux", "dist/OpenUp-*-linux-*.tar.gz"),
        ("windows", "dist/OpenUp-Setup-*.exe"),
        ("macos", "dist/OpenUp-*-${{ matrix.arch }}.dmg"),
    ],
)
def test_each_build_job_uploads_its_installer(workflow, name, pattern):
    uploads = [
        step
        for step in workflow["jobs"][name]["steps"]
        if "upload-artifact" in step.get("uses", "")
    ]
    assert [step["with"]["path"] for step in uploads] == [pattern]
    assert uploads[0]["with"]["if-no-files-found"] == "error"


def test_windows_job_has_inno_setup(workflow):
    assert any("innosetup" in run for run in runs(workflow["jobs"]["windows"]))


def test_release_job_attaches_every_installer_only_for_tags(workflow):
    release = workflow["jobs"]["release"]
    assert set(release["needs"]) == set(BUILD_JOBS)
    assert release["if"] == "startsWith(github.ref, 'refs/tags/v')"
    assert release["permissions"] == {"contents": "write"}
    assert any("download-artifact" in use for use in uses(release))
    assert any("gh release upload" in run for run in runs(release))
    assert workflow["permissions"] == {"contents": "read"}  # everything else reads only


def test_signing_secrets_reach_only_the_macos_build_step(workflow):
    for name, job in workflow["jobs"].items():
        for step in job["steps"]:
            secrets = [v for v in (step.get("env") or {}).values() if "secrets." in str(v)]
            if secrets:
                assert name == "macos" and "packaging/build.py" in step.get("run", "")


#: The current major of each action, all on the Node 24 runtime (v4 and the artifact actions'
#: first Node 24 majors still ran on the retired Node 20). Upload v7 and download v8 are the
#: pair GitHub released together.
ACTION_MAJORS = {
    "actions/checkout": "v7",
    "actions/setup-python": "v7",
    "actions/upload-artifact": "v7",
    "actions/download-artifact": "v8",
}


def test_every_action_is_on_its_current_node24_major(workflow):
    used = [use for job in workflow["jobs"].values() for use in uses(job) if use]
    assert used
    for use in used:
        name, _, version = use.partition("@")
        assert ACTION_MAJORS.get(name) == version, f"{use}: expected @{ACTION_MAJORS.get(name)}"
    assert {use.partition("@")[0] for use in used} == set(ACTION_MAJORS)


def test_release_builds_on_python_3_12_never_3_11(workflow):
    assert workflow["env"]["PYTHON_VERSION"] == "3.12"
    for job in workflow["jobs"].values():
        for step in job["steps"]:
            if "setup-python" in step.get("uses", ""):
                assert step["with"]["python-version"] == "${{ env.PYTHON_VERSION }}"


def _first_frame_steps(job: dict) -> list[dict]:
    return [
        step
        for step in job["steps"]
        if (step.get("env") or {}).get("OPENUP_EXIT_AFTER_FIRST_FRAME") == "1"
    ]


@pytest.mark.parametrize("name", BUILD_JOBS)
def test_each_build_job_checks_the_app_offscreen_and_with_the_native_plugin(workflow, name):
    job = workflow["jobs"][name]
    offscreen = [s for s in job["steps"] if "--self-check" in s.get("run", "")]
    assert offscreen and all(s["env"]["QT_QPA_PLATFORM"] == "offscreen" for s in offscreen)
    native = _first_frame_steps(job)
    assert len(native) == 1, f"job {name} must start the app once with its own window system"
    step = native[0]
    assert "QT_QPA_PLATFORM" not in step["env"] and "QT_QPA_PLATFORM" not in step["run"]
    assert "offscreen" not in step["run"] and "--self-check" not in step["run"]
    assert "FIRST_FRAME" in step["run"]  # it looks for the frame, not only at the exit code
    assert "dist" in step["run"]  # the built bundle, not the source
    assert step.get("timeout-minutes"), "a window that never draws must not hang the release"
    order = [s.get("name") for s in job["steps"]]
    assert order.index(step["name"]) > order.index(offscreen[0].get("name"))


def test_linux_first_frame_runs_on_a_virtual_x_server(workflow):
    job = workflow["jobs"]["linux"]
    assert "xvfb-run" in _first_frame_steps(job)[0]["run"]
    assert any("xvfb" in run for run in runs(job) if "apt-get install" in run)


def test_windows_first_frame_uses_the_console_twin(workflow):
    assert "openup-cli.exe" in _first_frame_steps(workflow["jobs"]["windows"])[0]["run"]


def test_the_app_honours_the_first_frame_switch_the_workflow_sets():
    app = (REPO / "openup_desktop" / "app.py").read_text(encoding="utf-8")
    assert 'os.environ.get("OPENUP_EXIT_AFTER_FIRST_FRAME") != "1"' in app
    # tests/e2e/test_single_instance.py starts the real app with it and reads FIRST_FRAME.


def test_windows_finds_inno_setup_6_or_7_instead_of_one_hard_coded_path(workflow):
    finder = next(run for run in runs(workflow["jobs"]["windows"]) if "ISCC" in run)
    assert "Inno Setup 6\\ISCC.exe" not in finder  # the old hard-coded 6.x path
    assert "foreach ($major in 7, 6)" in finder and "Get-Command ISCC.exe" in finder
    assert "choco install innosetup" in finder  # only when none was found
    assert "GITHUB_ENV" in finder  # build.py reads $ISCC


@pytest.mark.parametrize("major", ["6", "7"])
def test_the_build_script_finds_either_inno_setup_major(tmp_path, monkeypatch, major):
    import importlib.util

    spec = importlib.util.spec_from_file_location("openup_build", REPO / "packaging" / "build.py")
    assert spec is not None and spec.loader is not None
    build = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(build)
    compiler = tmp_path / "Program Files" / f"Inno Setup {major}" / "ISCC.exe"
    compiler.parent.mkdir(parents=True)
    compiler.write_bytes(b"MZ")
    for name in ("ISCC", "ProgramFiles(x86)", "LOCALAPPDATA"):
        monkeypatch.delenv(name, raising=False)
    monkeypatch.setenv("ProgramFiles", str(tmp_path / "Program Files"))
    monkeypatch.setattr(build.shutil, "which", lambda _name: None)
    assert build.find_iscc() == compiler
