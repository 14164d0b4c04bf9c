"""Build OpenUp's bundle and installer for the operating system this runs on.

    python packaging/build.py

1. PyInstaller builds the one-folder bundle from ``packaging/openup.spec``: ``dist/OpenUp/``
   (``dist/OpenUp.app`` on macOS).
2. Then, per system:
   - Linux: ``dist/OpenUp-<version>-linux-<arch>.tar.gz``; prints the bundle's size on disk and
     the tarball's size against the budget and exits 1 if either is over.
   - Windows: ``dist/OpenUp-Setup-<version>.exe`` with Inno Setup 6 or 7 (``ISCC``).
   - macOS: signs the app when ``MACOS_SIGN_IDENTITY`` is set, makes
     ``dist/OpenUp-<version>-<arch>.dmg`` with dmgbuild, then signs, notarizes and staples the
     dmg when the Apple secrets are set (``packaging/macos/sign_and_notarize.sh``).

Needs the app's dependencies plus PyInstaller (and dmgbuild on macOS, Inno Setup 6 or 7 on Windows).
``--bundle-only`` stops after step 1.
"""

from __future__ import annotations

import argparse
import os
import platform
import re
import shutil
import subprocess
import sys
import tarfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
PACKAGING = REPO / "packaging"
SPEC = PACKAGING / "openup.spec"
APP_NAME = "OpenUp"

MIB = 1024 * 1024
# Linux budget, in MiB as `du -sh` and `ls -lh` count them. Measured with PySide6 6.11.3:
# 126.2 MiB on disk and 46.9 MiB tar.gz (153.6 and 57.6 before ICU's data was cut down to the
# languages OpenUp ships); the rest is headroom for new screens and dependencies.
BUDGET_DISK_MIB = 145
BUDGET_TARGZ_MIB = 55


class BuildError(RuntimeError):
    pass


def app_version() -> str:
    """``openup_desktop.__version__``, read without importing the package (and Qt)."""
    text = (REPO / "openup_desktop" / "__init__.py").read_text(encoding="utf-8")
    match = re.search(r'^__version__\s*=\s*["\']([^"\']+)["\']', text, flags=re.MULTILINE)
    if not match:
        raise BuildError("openup_desktop/__init__.py has no __version__")
    return match.group(1)


def numeric_version(version: str) -> str:
    """'1.2.3rc1' -> '1.2.3.0', the form Windows version fields accept."""
    numbers = re.findall(r"\d+", version.split("+")[0])[:3]
    numbers += ["0"] * (4 - len(numbers))
    return ".".join(numbers)


def machine() -> str:
    arch = platform.machine().lower()
    return {"amd64": "x86_64", "aarch64": "arm64"}.get(arch, arch)


def run(cmd: list[str | Path], cwd: Path | None = None) -> None:
    printable = " ".join(str(part) for part in cmd)
    print(f"$ {printable}", flush=True)
    result = subprocess.run([str(part) for part in cmd], check=False, cwd=cwd)
    if result.returncode != 0:
        raise BuildError(f"command failed with exit code {result.returncode}: {printable}")


# --- 1. The bundle --------------------------------------------------------------------------------


def check_qt_binding() -> str:
    """Refuse to build an app that would abort mid-talk; return the versions for the log.

    PySide6 6.12.0 on Python 3.11 drained the references to True and None on every signal and
    aborted after minutes of talking. Releases are built on Python 3.12 or newer (where those
    objects are immortal); any build also runs a short probe, so the next such release of
    PySide6 is caught here rather than by a couple.
    """
    import PySide6

    if str(REPO) not in sys.path:
        sys.path.insert(0, str(REPO))  # the checkout's package, installed or not
    from openup_desktop.pyside_probe import probe_reference_counts

    versions = f"Python {platform.python_version()}, PySide6 {PySide6.__version__}"
    # Few rounds: a leaking release must be refused before the probe itself aborts.
    result = probe_reference_counts(100)
    if result.leaks:
        raise BuildError(
            f"{versions} loses references to True/False/None ({result.before} → "
            f"{result.after}) and would abort a long talk. Build on Python 3.12 or newer, or pin "
            "PySide6-Essentials below this release for this Python."
        )
    return versions


def build_bundle(dist_dir: Path, work_dir: Path) -> Path:
    try:
        import PyInstaller  # noqa: F401
    except ImportError as error:
        raise BuildError(
            "PyInstaller is not installed in this Python; run: python -m pip install pyinstaller"
        ) from error
    # The interface translations are compiled from their .ts sources for every build.
    if str(REPO) not in sys.path:
        sys.path.insert(0, str(REPO))  # the checkout's package, installed or not
    from openup_desktop.i18n import compile_translations

    compile_translations(REPO / "ui" / "i18n")
    # A fresh work folder gives a clean analysis; PyInstaller's own cache of stripped binaries
    # (--clean would empty it for every build on this machine) is keyed by content and kept.
    shutil.rmtree(work_dir, ignore_errors=True)
    run(
        [
            sys.executable,
            "-m",
            "PyInstaller",
            SPEC,
            "--noconfirm",
            "--log-level",
            "WARN",
            "--distpath",
            dist_dir,
            "--workpath",
            work_dir,
        ],
        cwd=REPO,
    )
    bundle = dist_dir / (f"{APP_NAME}.app" if sys.platform == "darwin" else APP_NAME)
    if not bundle.is_dir():
        raise BuildError(f"PyInstaller finished but {bundle} is missing")
    return bundle


def bundle_executable(bundle: Path) -> Path:
    """The program to run for ``--self-check`` (on Windows the console twin, openup-cli.exe)."""
    if sys.platform == "win32":
        return bundle / "openup-cli.exe"
    if sys.platform == "darwin":
        return bundle / "Contents" / "MacOS" / APP_NAME
    return bundle / APP_NAME


def size_on_disk(folder: Path) -> int:
    """Bytes of all files below ``folder``, symlinks counted as links (as ``du`` would)."""
    total = 0
    for root, dirs, files in os.walk(folder):
        for name in files + [d for d in dirs if os.path.islink(os.path.join(root, d))]:
            total += os.lstat(os.path.join(root, name)).st_size
    return total


# --- 2a. Linux: tarball and budget ----------------------------------------------------------------


def _normalise_member(info: tarfile.TarInfo) -> tarfile.TarInfo:
    info.uid = info.gid = 0
    info.uname = info.gname = ""
    return info


def make_tarball(bundle: Path, dist_dir: Path, version: str) -> Path:
    name = f"{APP_NAME}-{version}-linux-{machine()}"
    tarball = dist_dir / f"{name}.tar.gz"
    with tarfile.open(tarball, "w:gz", compresslevel=6) as archive:
        archive.add(bundle, arcname=name, filter=_normalise_member)
    return tarball


def check_budget(bundle: Path, tarball: Path) -> bool:
    disk = size_on_disk(bundle) / MIB
    targz = tarball.stat().st_size / MIB
    rows = [
        ("bundle on disk", disk, BUDGET_DISK_MIB, bundle),
        ("tar.gz", targz, BUDGET_TARGZ_MIB, tarball),
    ]
    ok = True
    print("\nSize budget (Linux):")
    for label, size, budget, path in rows:
        verdict = "ok" if size <= budget else "OVER BUDGET"
        ok = ok and size <= budget
        print(f"  {label:<15} {size:7.1f} MiB   budget {budget:4d} MiB   {verdict}   {path}")
    return ok


# --- 2b. Windows: Inno Setup ----------------------------------------------------------------------


#: Inno Setup majors the script is written for, newest first (7.x installs beside 6.x).
INNO_SETUP_MAJORS = ("7", "6")


def find_iscc() -> Path:
    """The Inno Setup compiler: $ISCC, then PATH, then each major's usual install folders."""
    candidates = [os.environ.get("ISCC"), shutil.which("iscc"), shutil.which("ISCC")]
    for major in INNO_SETUP_MAJORS:
        for base in ("ProgramFiles", "ProgramFiles(x86)", "LOCALAPPDATA"):
            root = os.environ.get(base)
            if root:
                sub = f"Inno Setup {major}"
                if base == "LOCALAPPDATA":
                    sub = f"Programs/{sub}"
                candidates.append(str(Path(root) / sub / "ISCC.exe"))
    for candidate in candidates:
        if candidate and Path(candidate).is_file():
            return Path(candidate)
    raise BuildError(
        "Inno Setup was not found (ISCC.exe). Install it (https://jrsoftware.org/isinfo.php, "
        "or: winget install JRSoftware.InnoSetup) or set ISCC to its path."
    )


def make_windows_installer(bundle: Path, dist_dir: Path, version: str) -> Path:
    iscc = find_iscc()
    run(
        [
            iscc,
            "/Qp",
            f"/DAppVersion={version}",
            f"/DAppNumericVersion={numeric_version(version)}",
            f"/DDistDir={bundle}",
            f"/DOutputDir={dist_dir}",
            PACKAGING / "windows" / "openup.iss",
        ]
    )
    installer = dist_dir / f"{APP_NAME}-Setup-{version}.exe"
    if not installer.is_file():
        raise BuildError(f"Inno Setup finished but {installer} is missing")
    return installer


# --- 2c. macOS: sign, dmg, notarize ---------------------------------------------------------------


def make_macos_dmg(bundle: Path, dist_dir: Path, version: str) -> Path:
    sign_script = PACKAGING / "macos" / "sign_and_notarize.sh"
    run(["bash", sign_script, bundle])
    try:
        import dmgbuild
    except ImportError as error:
        raise BuildError("dmgbuild is missing; run: python -m pip install dmgbuild") from error
    dmg = dist_dir / f"{APP_NAME}-{version}-{machine()}.dmg"
    dmg.unlink(missing_ok=True)
    print(f"dmgbuild -> {dmg}", flush=True)
    dmgbuild.build_dmg(
        str(dmg),
        APP_NAME,
        str(PACKAGING / "macos" / "dmg_settings.py"),
        defines={"app": str(bundle), "icon": str(REPO / "assets" / "icons" / "openup.icns")},
    )
    run(["bash", sign_script, dmg])
    return dmg


# --- main -----------------------------------------------------------------------------------------


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="Build OpenUp's bundle and installer.")
    parser.add_argument("--dist-dir", type=Path, default=REPO / "dist")
    parser.add_argument("--work-dir", type=Path, default=REPO / "build" / "pyinstaller")
    parser.add_argument(
        "--bundle-only", action="store_true", help="build the bundle, skip the installer"
    )
    args = parser.parse_args(argv)
    dist_dir: Path = args.dist_dir.resolve()
    work_dir: Path = args.work_dir.resolve()
    version = app_version()
    started = time.monotonic()
    print(f"Building OpenUp {version} for {sys.platform}/{machine()} into {dist_dir}", flush=True)

    try:
        print(f"Built with {check_qt_binding()}", flush=True)
        if sys.platform in ("win32", "darwin") and sys.version_info < (3, 12):
            print("Note: release installers are built on Python 3.12 or newer", flush=True)
        bundle = build_bundle(dist_dir, work_dir)
        print(f"Bundle: {bundle} ({size_on_disk(bundle) / MIB:.1f} MiB)")
        print(f"Self-check: {bundle_executable(bundle)} --self-check --data-dir <folder>")
        within_budget = True
        if not args.bundle_only:
            if sys.platform.startswith("linux"):
                tarball = make_tarball(bundle, dist_dir, version)
                within_budget = check_budget(bundle, tarball)
            elif sys.platform == "win32":
                print(f"Installer: {make_windows_installer(bundle, dist_dir, version)}")
            elif sys.platform == "darwin":
                print(f"Disk image: {make_macos_dmg(bundle, dist_dir, version)}")
            else:
                print(f"No installer format for {sys.platform}; the bundle is in {bundle}")
    except BuildError as error:
        print(f"BUILD FAILED: {error}", file=sys.stderr)
        return 1
    print(f"Build took {time.monotonic() - started:.0f} s")
    if not within_budget:
        print("BUILD FAILED: the bundle is over its size budget", file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
