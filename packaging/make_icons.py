"""Render ``assets/icons/openup.svg`` to the PNG, ICO and ICNS files the app and installers use.

    python packaging/make_icons.py

Writes ``assets/icons/openup-{16,32,48,64,128,256,512,1024}.png`` (each size drawn from the
vector source, so small sizes stay crisp), ``openup.ico`` (Windows: 16-256 px) and
``openup.icns`` (macOS: 16-1024 px), and the macOS menu-bar icon
``openup-tray-template-{22,44}.png`` from ``openup-tray-template.svg``. The outputs are
committed; run this again after editing an SVG. Needs PySide6 (QtSvg, part of
PySide6-Essentials) and Pillow.
"""

from __future__ import annotations

import argparse
import os
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
ICONS = REPO / "assets" / "icons"
SOURCE = ICONS / "openup.svg"
PNG_SIZES = (16, 32, 48, 64, 128, 256, 512, 1024)
TRAY_SOURCE = ICONS / "openup-tray-template.svg"
TRAY_SIZES = (22, 44)  # the menu bar's icon height in points, at 1x and 2x
ICO_SIZES = (16, 32, 48, 64, 128, 256)


def render_pngs(
    source: Path, out_dir: Path, sizes: tuple[int, ...] = PNG_SIZES, stem: str = "openup"
) -> dict[int, Path]:
    """Draw the SVG at every size with Qt's SVG renderer; return {size: png path}."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtCore import Qt
    from PySide6.QtGui import QGuiApplication, QImage, QPainter
    from PySide6.QtSvg import QSvgRenderer

    app = QGuiApplication.instance() or QGuiApplication([sys.argv[0]])
    renderer = QSvgRenderer(str(source))
    if not renderer.isValid():
        raise SystemExit(f"{source} is not a valid SVG for Qt")
    written: dict[int, Path] = {}
    for size in sizes:
        image = QImage(size, size, QImage.Format.Format_ARGB32_Premultiplied)
        image.fill(Qt.GlobalColor.transparent)
        painter = QPainter(image)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform)
        renderer.render(painter)
        painter.end()
        path = out_dir / f"{stem}-{size}.png"
        if not image.convertToFormat(QImage.Format.Format_ARGB32).save(str(path), "PNG"):
            raise SystemExit(f"could not write {path}")
        written[size] = path
    del app
    return written


def write_ico_and_icns(pngs: dict[int, Path], out_dir: Path) -> tuple[Path, Path]:
    from PIL import Image

    images = {size: Image.open(path).convert("RGBA") for size, path in pngs.items()}

    ico = out_dir / "openup.ico"
    largest_ico = max(ICO_SIZES)
    images[largest_ico].save(
        ico,
        format="ICO",
        sizes=[(size, size) for size in ICO_SIZES],
        append_images=[images[size] for size in ICO_SIZES if size != largest_ico],
    )

    icns = out_dir / "openup.icns"
    images[1024].save(
        icns,
        format="ICNS",
        append_images=[images[size] for size in PNG_SIZES if size != 1024],
    )
    return ico, icns


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--source", type=Path, default=SOURCE)
    parser.add_argument("--out-dir", type=Path, default=ICONS)
    args = parser.parse_args(argv)
    args.out_dir.mkdir(parents=True, exist_ok=True)
    pngs = render_pngs(args.source, args.out_dir)
    ico, icns = write_ico_and_icns(pngs, args.out_dir)
    tray = render_pngs(TRAY_SOURCE, args.out_dir, TRAY_SIZES, "openup-tray-template")
    for path in [*pngs.values(), ico, icns, *tray.values()]:
        print(f"{path.relative_to(REPO) if path.is_relative_to(REPO) else path}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
