"""Write ``assets/licenses/``: the licence texts OpenUp ships and ``index.json`` listing them.

    python packaging/update_licences.py

Run it after adding or upgrading a dependency (``tests/unit/test_licences.py`` fails until every
runtime dependency has an entry). It

- copies the licence files each installed runtime dependency ships in its ``*.dist-info``
  (walking the requirements of ``pyproject.toml`` recursively, extras excluded);
- writes the entries that no wheel carries: OpenUp itself, Qt, PySide6/Shiboken6 and the GNU
  LGPL/GPL v3 texts, Python, SQLite, OpenSSL (inside cryptography), native libraries;
- writes ``index.json``: name, version (``{qt}``-style placeholders are filled in by the app at
  run time), licence, file, source URL, and the Python distributions an entry covers.

The output is committed; review the diff.
"""

from __future__ import annotations

import json
import re
import sys
import sysconfig
import tomllib
from importlib import metadata
from pathlib import Path

from packaging.requirements import Requirement

REPO = Path(__file__).resolve().parents[1]
OUT = REPO / "assets" / "licenses"
COMMON_LICENSES = Path("/usr/share/common-licenses")  # Debian/Ubuntu: verbatim FSF texts

# Licence names where a package's metadata says nothing useful.
LICENCE_OVERRIDES = {
    "click-default-group": "BSD-3-Clause",  # its LICENSE file; the classifier says otherwise
    "sqlite-fts4": "Apache-2.0",
}
# Distributions covered by a hand-written entry below.
HANDWRITTEN_DISTRIBUTIONS = {"pyside6", "pyside6-essentials", "shiboken6"}
# Bundled although no requirement names it on Python >= 3.11 (imported by other packages).
EXTRA_DISTRIBUTIONS = ["typing_extensions"]


def normalise(name: str) -> str:
    return re.sub(r"[-_.]+", "-", name).lower()


def runtime_distributions() -> list[metadata.Distribution]:
    """OpenUp's runtime dependencies, recursively, as installed here (extras excluded)."""
    project = tomllib.loads((REPO / "pyproject.toml").read_text(encoding="utf-8"))["project"]
    todo = [Requirement(text) for text in project["dependencies"]]
    todo += [Requirement(name) for name in EXTRA_DISTRIBUTIONS]
    found: dict[str, metadata.Distribution] = {}
    while todo:
        requirement = todo.pop()
        if requirement.marker and not requirement.marker.evaluate({"extra": ""}):
            continue
        key = normalise(requirement.name)
        if key in found:
            continue
        dist = metadata.distribution(requirement.name)
        found[key] = dist
        todo += [Requirement(text) for text in dist.requires or []]
    return [found[key] for key in sorted(found)]


def licence_name(dist: metadata.Distribution) -> str:
    key = normalise(dist.metadata["Name"])
    if key in LICENCE_OVERRIDES:
        return LICENCE_OVERRIDES[key]
    expression = dist.metadata.get("License-Expression")
    if expression:
        return expression
    text = (dist.metadata.get("License") or "").strip()
    if text and "\n" not in text and len(text) < 60:
        return text
    for classifier in dist.metadata.get_all("Classifier") or []:
        if classifier.startswith("License ::"):
            return classifier.split("::")[-1].strip()
    return "see licence text"


def source_url(dist: metadata.Distribution) -> str:
    urls = {}
    for entry in dist.metadata.get_all("Project-URL") or []:
        label, _, url = entry.partition(",")
        urls[label.strip().lower()] = url.strip()
    for label in ("source", "source code", "repository", "homepage", "home"):
        if label in urls:
            return urls[label]
    return dist.metadata.get("Home-page") or f"https://pypi.org/project/{dist.metadata['Name']}/"


def licence_files(dist: metadata.Distribution) -> list[tuple[str, str]]:
    """(file name, text) of the licence files in the dist-info (not authors lists or vendored
    packages' licences)."""
    texts = []
    for file in dist.files or []:
        parts = file.parts
        if not parts or not parts[0].endswith(".dist-info") or "_vendor" in parts:
            continue
        name = parts[-1]
        if not re.match(r"(LICEN[CS]E|COPYING|NOTICE)", name, flags=re.IGNORECASE):
            continue
        text = file.read_text(encoding="utf-8").strip()
        if text:
            texts.append(("/".join(parts[1:]), text))
    return sorted(texts)


def write(name: str, text: str) -> str:
    (OUT / name).write_text(text.rstrip() + "\n", encoding="utf-8")
    return name


def copy_or_keep(name: str, source: Path) -> str:
    """Copy a licence text from this machine; keep the committed copy where it is missing."""
    if source.is_file():
        return write(name, source.read_text(encoding="utf-8"))
    if not (OUT / name).is_file():
        raise SystemExit(f"{source} is missing and no committed {name} exists")
    return name


def paragraphs(*parts: str) -> str:
    """Notices are written as one line per paragraph, so the About screen can wrap them."""
    return "\n\n".join(parts) + "\n"


QT_NOTICE = paragraphs(
    "OpenUp uses the Qt framework (Qt Core, Qt GUI, Qt Widgets, Qt Network, Qt QML, Qt Quick, "
    "Qt Quick Controls, Qt Quick Layouts, Qt Quick Shapes and their platform plugins) under the "
    "GNU Lesser General Public License version 3 (LGPL-3.0-only). Qt is Copyright (C) The Qt "
    "Company Ltd. and other contributors.",
    "The full texts of the GNU LGPL version 3 and of the GNU GPL version 3, which the LGPL builds "
    "on, are included in this list of licences.",
    "Source code: the Qt libraries in OpenUp are the unmodified binaries that come with PySide6 "
    "(the PySide6-Essentials package on PyPI). Their complete source code is available from "
    "https://download.qt.io/official_releases/ (release archives) and https://code.qt.io/ "
    "(Git repositories).",
    "Replacing Qt: the Qt libraries are separate files in OpenUp's installation folder (Windows "
    "and Linux: _internal/PySide6; macOS: OpenUp.app/Contents/Frameworks/PySide6). You may "
    "replace them with your own build of the same Qt version, and OpenUp will use it.",
    "Parts of Qt include code under other licences (for example HarfBuzz, PCRE2, "
    "double-conversion, md4c, libpng, zlib and FreeType). Their list and texts: "
    "https://doc.qt.io/qt-6/licenses-used-in-qt.html",
)

PYSIDE_NOTICE = paragraphs(
    "OpenUp uses PySide6 (Qt for Python, the official Python bindings for Qt) and Shiboken6 under "
    "the GNU Lesser General Public License version 3 (LGPL-3.0-only). PySide6 and Shiboken6 are "
    "Copyright (C) The Qt Company Ltd. and other contributors.",
    "The full texts of the GNU LGPL version 3 and of the GNU GPL version 3, which the LGPL builds "
    "on, are included in this list of licences.",
    "Source code: https://code.qt.io/cgit/pyside/pyside-setup.git (the tag matching the version "
    "shown here); release archives: https://download.qt.io/official_releases/QtForPython/",
    "PySide6 and Shiboken6 are separate files in OpenUp's installation folder (_internal/PySide6 "
    "and _internal/shiboken6; on macOS inside OpenUp.app/Contents/Frameworks) and may be "
    "replaced by your own build of the same version.",
)

SQLITE_NOTICE = paragraphs(
    "OpenUp keeps its data with SQLite, through Python's sqlite3 module.",
    "SQLite is in the public domain (https://sqlite.org/copyright.html). Its authors disclaim "
    "copyright to the source code and, in place of a legal notice, offer this blessing:",
    "May you do good and not evil.\n"
    "May you find forgiveness for yourself and forgive others.\n"
    "May you share freely, never taking more than you give.",
    "Source code: https://sqlite.org/download.html",
)

OPENSSL_HEADER = paragraphs(
    "The cryptography package includes OpenSSL, built into its compiled module. OpenSSL 3 and "
    "later are licensed under the Apache License 2.0, whose text follows. Source code: "
    "https://github.com/openssl/openssl",
)

NATIVE_LIBRARIES = paragraphs(
    "Besides the components listed separately, OpenUp's installation contains these libraries, "
    "each under its own free licence, with its source code at the address shown.",
    "On every system:\n"
    "- Python's standard library extensions: libffi (MIT, https://github.com/libffi/libffi), "
    "zlib (zlib licence, https://zlib.net), bzip2 (bzip2 licence, "
    "https://sourceware.org/bzip2/), XZ Utils / liblzma (0BSD and public domain, "
    "https://tukaani.org/xz/), Expat (MIT, https://libexpat.github.io), libmpdec "
    "(BSD-2-Clause, https://www.bytereef.org/mpdecimal/)\n"
    "- Rust crates built into cryptography (MIT or Apache-2.0; listed in cryptography's "
    "software bill of materials, https://github.com/pyca/cryptography)",
    "On Windows:\n"
    "- Microsoft Visual C++ runtime (vcruntime140, msvcp140), redistributable under the "
    "Microsoft Visual Studio licence terms",
    "On Linux (the .tar.gz), copied from the build machine's system:\n"
    "- ICU, International Components for Unicode (Unicode and ICU licences, "
    "https://github.com/unicode-org/icu), from PySide6\n"
    "- libxkbcommon (MIT, https://github.com/xkbcommon/libxkbcommon)\n"
    "- libxcb extensions, xcb-util libraries and libX11-xcb (MIT/X11, "
    "https://gitlab.freedesktop.org/xorg/lib)\n"
    "- Fontconfig (MIT-style, https://gitlab.freedesktop.org/fontconfig/fontconfig)\n"
    "- FreeType (FreeType License, https://freetype.org)\n"
    "- libpng (libpng licence, http://www.libpng.org/pub/png/libpng.html)\n"
    "- Zstandard (BSD-3-Clause, https://github.com/facebook/zstd)\n"
    "- Brotli (MIT, https://github.com/google/brotli)\n"
    "- MIT Kerberos: libkrb5, libgssapi_krb5, libk5crypto, libkrb5support (MIT licence and "
    "others, https://web.mit.edu/kerberos/)\n"
    "- com_err (MIT-style, from e2fsprogs, https://github.com/tytso/e2fsprogs)\n"
    "- keyutils (LGPL-2.1-or-later, https://git.kernel.org/pub/scm/linux/kernel/git/dhowells/"
    "keyutils.git; licence text: https://www.gnu.org/licenses/old-licenses/lgpl-2.1.txt)\n"
    "- libuuid (BSD-3-Clause, from util-linux, https://github.com/util-linux/util-linux)",
)


def handwritten_entries() -> list[dict[str, object]]:
    apache = OUT / "OpenSSL.txt"
    cryptography = metadata.distribution("cryptography")
    apache_text = next(
        (text for name, text in licence_files(cryptography) if name.endswith("LICENSE.APACHE")),
        None,
    )
    if apache_text:
        write(apache.name, OPENSSL_HEADER + "\n" + apache_text)
    return [
        {
            "name": "OpenUp",
            "version": "{openup}",
            "licence": "MIT",
            "file": write("OpenUp.txt", (REPO / "LICENSE").read_text(encoding="utf-8")),
            "url": "",
        },
        {
            "name": "Qt",
            "version": "{qt}",
            "licence": "LGPL-3.0-only",
            "file": write("Qt.txt", QT_NOTICE),
            "url": "https://download.qt.io/official_releases/",
        },
        {
            "name": "PySide6 and Shiboken6",
            "version": "{pyside}",
            "licence": "LGPL-3.0-only",
            "file": write("PySide6.txt", PYSIDE_NOTICE),
            "url": "https://code.qt.io/cgit/pyside/pyside-setup.git",
            "distributions": sorted(HANDWRITTEN_DISTRIBUTIONS),
        },
        {
            "name": "GNU Lesser General Public License, version 3 (Qt, PySide6)",
            "version": "",
            "licence": "LGPL-3.0",
            "file": copy_or_keep("LGPL-3.0.txt", COMMON_LICENSES / "LGPL-3"),
            "url": "https://www.gnu.org/licenses/lgpl-3.0.html",
        },
        {
            "name": "GNU General Public License, version 3 (the base of the LGPL)",
            "version": "",
            "licence": "GPL-3.0",
            "file": copy_or_keep("GPL-3.0.txt", COMMON_LICENSES / "GPL-3"),
            "url": "https://www.gnu.org/licenses/gpl-3.0.html",
        },
        {
            "name": "Python",
            "version": "{python}",
            "licence": "PSF-2.0",
            "file": copy_or_keep(
                "Python.txt", Path(sysconfig.get_paths()["stdlib"]) / "LICENSE.txt"
            ),
            "url": "https://www.python.org/downloads/source/",
        },
        {
            "name": "SQLite",
            "version": "{sqlite}",
            "licence": "Public domain",
            "file": write("SQLite.txt", SQLITE_NOTICE),
            "url": "https://sqlite.org/download.html",
        },
        {
            "name": "OpenSSL (inside cryptography)",
            "version": openssl_version(cryptography),
            "licence": "Apache-2.0",
            "file": apache.name,
            "url": "https://github.com/openssl/openssl",
        },
        {
            "name": "Other libraries (ICU, libffi, zlib, FreeType and more)",
            "version": "",
            "licence": "Various free licences",
            "file": write("native-libraries.txt", NATIVE_LIBRARIES),
            "url": "",
        },
    ]


def openssl_version(cryptography: metadata.Distribution) -> str:
    for file in cryptography.files or []:
        if file.name == "sbom.json":
            for component in json.loads(file.read_text(encoding="utf-8")).get("components", []):
                if component.get("name") == "openssl":
                    return str(component.get("version", ""))
    return ""


def distribution_entries() -> list[dict[str, object]]:
    entries = []
    for dist in runtime_distributions():
        key = normalise(dist.metadata["Name"])
        if key in HANDWRITTEN_DISTRIBUTIONS:
            continue
        files = licence_files(dist)
        if not files:
            raise SystemExit(f"{dist.metadata['Name']} ships no licence file; add an entry by hand")
        if len(files) == 1:
            text = files[0][1]
        else:
            text = "\n\n".join(f"==== {name} ====\n\n{body}" for name, body in files)
        entries.append(
            {
                "name": dist.metadata["Name"],
                "version": dist.version,
                "licence": licence_name(dist),
                "file": write(f"{key}.txt", text),
                "url": source_url(dist),
                "distributions": [key],
            }
        )
    return entries


def main() -> int:
    OUT.mkdir(parents=True, exist_ok=True)
    components = handwritten_entries() + distribution_entries()
    index = {
        "about": (
            "Licences of OpenUp and of what it ships. Generated by packaging/update_licences.py; "
            "versions in braces are filled in by the app at run time."
        ),
        "components": components,
    }
    (OUT / "index.json").write_text(
        json.dumps(index, indent=2, ensure_ascii=False) + "\n", encoding="utf-8"
    )
    for entry in components:
        print(f"{entry['name']:<60} {entry['licence']:<28} {entry['file']}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
