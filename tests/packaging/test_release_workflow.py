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
