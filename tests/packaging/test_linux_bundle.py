"""Build the real Linux bundle with packaging/build.py and run it.

The one-folder bundle and its tarball are built into a temporary folder; the bundled program
must pass ``--self-check`` (every screen compiles with only the Qt parts the spec keeps), from
the build folder and from the unpacked tarball, and both must stay within the size budget.
PyInstaller is part of the test extra, so a missing PyInstaller fails here rather than skips.
"""

from __future__ import annotations

import importlib.util
import os
import subprocess
import sys
import tarfile
from pathlib import Path

import pytest

from openup_desktop import __version__
from tests.helpers.processes import REPO, app_env

pytestmark = [
    pytest.mark.slow,
    pytest.mark.e2e,
    pytest.mark.timeout(900),
    pytest.mark.skipif(not sys.platform.startswith("linux"), reason="builds the Linux bundle"),
]

BUILD_SCRIPT = REPO / "packaging" / "build.py"


def load_build_module():
    spec = importlib.util.spec_from_file_location("openup_build", BUILD_SCRIPT)
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


build = load_build_module()


class Built:
    def __init__(self, root: Path, result: subprocess.CompletedProcess[str]) -> None:
        self.root = root
        self.result = result
        self.bundle = root / "dist" / "OpenUp"
        self.tarball = root / "dist" / f"OpenUp-{__version__}-linux-{build.machine()}.tar.gz"


@pytest.fixture(scope="module")
def built(tmp_path_factory: pytest.TempPathFactory) -> Built:
    import PyInstaller  # noqa: F401  (fails clearly when the test extra is not installed)

    root = tmp_path_factory.mktemp("bundle")
    result = subprocess.run(
        [
            sys.executable,
            str(BUILD_SCRIPT),
            "--dist-dir",
            str(root / "dist"),
            "--work-dir",
            str(root / "work"),
        ],
        capture_output=True,
        text=True,
        timeout=840,
        cwd=REPO,
        stdin=subprocess.DEVNULL,
    )
    return Built(root, result)


def self_check(executable: Path, data_dir: Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [str(executable), "--self-check", "--data-dir", str(data_dir)],
        capture_output=True,
        text=True,
        timeout=120,
        env=app_env(QT_QPA_PLATFORM="offscreen"),
        cwd=data_dir.parent,  # not the checkout: the bundle must find everything itself
        stdin=subprocess.DEVNULL,
    )


def test_build_script_succeeds_and_reports_the_budget(built):
    output = built.result.stdout + built.result.stderr
    assert built.result.returncode == 0, output[-4000:]
    assert "Size budget (Linux):" in built.result.stdout
    assert "OVER BUDGET" not in built.result.stdout
    assert built.bundle.is_dir() and built.tarball.is_file()


def test_bundled_app_passes_the_self_check(built, tmp_path):
    result = self_check(built.bundle / "OpenUp", tmp_path / "data")
    assert result.returncode == 0, result.stderr[-4000:]
    line = result.stdout.strip().splitlines()[-1]
    assert line.startswith(f"OK OpenUp {__version__} (Qt 6.")
    assert (tmp_path / "data" / "openup.db").is_file()


def test_unpacked_tarball_passes_the_self_check(built, tmp_path):
    with tarfile.open(built.tarball) as archive:
        names = archive.getnames()
        top = {name.split("/")[0] for name in names}
        assert top == {f"OpenUp-{__version__}-linux-{build.machine()}"}
        # "tar" keeps the bundle's relative symlinks; Python < 3.11.4 has no filters.
        safe = {"filter": "tar"} if hasattr(tarfile, "tar_filter") else {}
        archive.extractall(tmp_path / "unpacked", **safe)
    (folder,) = (tmp_path / "unpacked").iterdir()
    assert os.access(folder / "OpenUp", os.X_OK)
    result = self_check(folder / "OpenUp", tmp_path / "data")
    assert result.returncode == 0, result.stderr[-4000:]
    assert result.stdout.strip().splitlines()[-1].startswith("OK OpenUp")


def test_bundled_app_opens_its_window(built, tmp_path):
    """The real start-up path (QApplication, single instance, the main window), offscreen."""
    data_dir = tmp_path / "data"
    result = subprocess.run(
        [str(built.bundle / "OpenUp"), "--data-dir", str(data_dir)],
        capture_output=True,
        text=True,
        timeout=120,
        env=app_env(QT_QPA_PLATFORM="offscreen", OPENUP_EXIT_AFTER_FIRST_FRAME="1"),
        cwd=tmp_path,
        stdin=subprocess.DEVNULL,
    )
    assert result.returncode == 0, result.stderr[-4000:]
    assert "FIRST_FRAME" in result.stdout


def test_bundle_and_tarball_stay_within_the_size_budget(built):
    disk = build.size_on_disk(built.bundle) / build.MIB
    targz = built.tarball.stat().st_size / build.MIB
    assert disk <= build.BUDGET_DISK_MIB, f"bundle is {disk:.1f} MiB"
    assert targz <= build.BUDGET_TARGZ_MIB, f"tar.gz is {targz:.1f} MiB"
    assert build.BUDGET_DISK_MIB == 145 and build.BUDGET_TARGZ_MIB == 55


def test_bundle_keeps_only_the_qt_parts_openup_uses(built):
    internal = built.bundle / "_internal"
    qt = internal / "PySide6" / "Qt"
    controls = qt / "qml" / "QtQuick" / "Controls"
    assert (controls / "Basic").is_dir() and (controls / "impl").is_dir()
    styles = {p.name for p in controls.iterdir() if p.is_dir()}
    assert styles == {"Basic", "impl"}, styles
    for module in ("Layouts", "Window", "Shapes", "Templates"):
        assert (qt / "qml" / "QtQuick" / module / "qmldir").is_file(), module
    names = {p.name for p in internal.rglob("*")}
    for unwanted in ("QtWebEngineCore", "Quick3D", "Multimedia", "VirtualKeyboard", "Pdf"):
        assert not any(unwanted in name for name in names), unwanted
    assert not any(name.startswith("libqgtk3") for name in names)
    translations = {p.name for p in (qt / "translations").iterdir()}
    assert translations <= {
        "qtbase_en.qm",
        "qtbase_es.qm",
        "qtdeclarative_en.qm",
        "qtdeclarative_es.qm",
    }
    assert "qtbase_es.qm" in translations
    # The vault's screen-lock watcher imports PySide6.QtDBus: it must not be excluded.
    assert (internal / "PySide6" / "QtDBus.abi3.so").is_file()
    assert (internal / "ui" / "Main.qml").is_file()
    assert (internal / "ui" / "i18n" / "openup_es.qm").is_file()
    assert not list((internal / "ui" / "i18n").glob("*.ts")), "translation sources shipped"
    assert (internal / "assets" / "icons" / "openup-256.png").is_file()
    assert (internal / "assets" / "licenses" / "index.json").is_file()


ICU_PROBE = r"""
import ctypes, json, sys
from pathlib import Path

lib_dir = Path(sys.argv[1])
major = next(lib_dir.glob("libicuuc.so.*")).name.rsplit(".", 1)[-1]
for name in ("libicudata", "libicuuc"):
    ctypes.CDLL(str(lib_dir / f"{name}.so.{major}"), mode=ctypes.RTLD_GLOBAL)
i18n = ctypes.CDLL(str(lib_dir / f"libicui18n.so.{major}"))
api = lambda name: getattr(i18n, f"{name}_{major}")
api("ucol_open").restype = api("ucal_open").restype = ctypes.c_void_p


def text(value):
    data = value.encode("utf-16-le") + b"\0\0"
    return ctypes.create_string_buffer(data, len(data))


def compare(locale, a, b):
    status = ctypes.c_int(0)
    collator = ctypes.c_void_p(api("ucol_open")(locale.encode(), ctypes.byref(status)))
    order = api("ucol_strcoll")(collator, text(a), -1, text(b), -1)
    api("ucol_close")(collator)
    return [status.value, order]


def zone_name(zone, locale):
    status, out = ctypes.c_int(0), (ctypes.c_uint16 * 128)()
    calendar = ctypes.c_void_p(
        api("ucal_open")(text(zone), -1, locale.encode(), 0, ctypes.byref(status))
    )
    length = api("ucal_getTimeZoneDisplayName")(
        calendar, 0, locale.encode(), out, 128, ctypes.byref(status)
    )
    api("ucal_close")(calendar)
    return [status.value, bytes(out)[: 2 * max(length, 0)].decode("utf-16-le")]


print(json.dumps({
    "es": compare("es_ES", "\u00f1u", "nz"),
    "en": compare("en_US", "\u00f1u", "nz"),
    "de": compare("de_DE", "a", "b"),
    "zone_es": zone_name("Europe/Madrid", "es_ES"),
    "zone_en": zone_name("Europe/Madrid", "en_US"),
}))
"""


def test_bundled_icu_data_is_cut_down_but_serves_openups_languages(built):
    """libicudata is rebuilt with root, English and Spanish only (31 MiB -> 3 MiB); what Qt asks
    ICU for in those languages still answers as with the full data. Run in a fresh Python that
    has loaded no Qt, so the bundle's ICU libraries are the ones bound."""
    import json

    lib_dir = built.bundle / "_internal" / "PySide6" / "Qt" / "lib"
    (data,) = lib_dir.glob("libicudata.so.*")
    assert data.stat().st_size < 5 * build.MIB, data.stat().st_size
    result = subprocess.run(
        [sys.executable, "-c", ICU_PROBE, str(lib_dir)],
        capture_output=True,
        text=True,
        timeout=60,
        env={"PATH": os.environ.get("PATH", ""), "LANG": "C.UTF-8"},
    )
    assert result.returncode == 0, result.stderr
    icu = json.loads(result.stdout)
    # Spanish collation, found through es (-128, U_USING_FALLBACK_WARNING): ñ is a letter of its
    # own after n. English uses root's order, where "ñu" comes before "nz".
    assert icu["es"] == [-128, 1]
    assert icu["en"][1] == -1
    assert icu["zone_es"] == [0, "hora estándar de Europa central"]
    assert icu["zone_en"] == [0, "Central European Standard Time"]
    # German is not in the data (the full data answers -128, through de): root's collation
    # (-127, U_USING_DEFAULT_WARNING) instead of a failure.
    assert icu["de"] == [-127, -1]


def test_bundle_has_no_dangling_symlinks(built):
    dangling = [p for p in built.bundle.rglob("*") if p.is_symlink() and not p.exists()]
    assert not dangling, dangling[:10]
