"""Render the app icon (desktop/icons/scopekeeper.svg) for every platform, at build time.

    python packaging/make_icons.py OUT_DIR

writes OUT_DIR/hicolor/NxN/apps/<app id>.png for the freedesktop icon theme (16 to 512 px)
plus OUT_DIR/scopekeeper.ico (Windows) and OUT_DIR/scopekeeper.icns (macOS) made from those
PNGs with Pillow. Qt's SVG renderer draws them, so no other SVG tool is needed; it runs on
the offscreen platform, so no screen is needed either.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

APP_ID = "app.scopekeeper.Scopekeeper"
SIZES = (16, 22, 24, 32, 48, 64, 128, 256, 512)
SOURCE = Path(__file__).resolve().parent.parent / "desktop" / "icons" / "scopekeeper.svg"


def render(out: Path) -> dict[int, Path]:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtCore import Qt
    from PySide6.QtGui import QGuiApplication, QImage, QPainter
    from PySide6.QtSvg import QSvgRenderer

    app = QGuiApplication.instance() or QGuiApplication([])
    renderer = QSvgRenderer(str(SOURCE))
    if not renderer.isValid():
        raise SystemExit(f"make_icons: cannot read {SOURCE}")
    written = {}
    for size in SIZES:
        image = QImage(size, size, QImage.Format.Format_ARGB32)
        image.fill(Qt.GlobalColor.transparent)
        painter = QPainter(image)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        renderer.render(painter)
        painter.end()
        target = out / "hicolor" / f"{size}x{size}" / "apps" / f"{APP_ID}.png"
        target.parent.mkdir(parents=True, exist_ok=True)
        if not image.save(str(target), "PNG"):
            raise SystemExit(f"make_icons: cannot write {target}")
        written[size] = target
    del app
    return written


def platform_icons(out: Path, pngs: dict[int, Path]) -> None:
    from PIL import Image

    largest = Image.open(pngs[max(pngs)])
    ico_sizes = [(s, s) for s in (16, 24, 32, 48, 64, 128, 256)]
    largest.save(out / "scopekeeper.ico", format="ICO", sizes=ico_sizes)
    largest.save(out / "scopekeeper.icns", format="ICNS")


def main(argv: list[str]) -> int:
    if len(argv) != 1:
        print(__doc__.strip().splitlines()[2], file=sys.stderr)
        return 2
    out = Path(argv[0])
    pngs = render(out)
    (out / "hicolor" / "scalable" / "apps").mkdir(parents=True, exist_ok=True)
    (out / "hicolor" / "scalable" / "apps" / f"{APP_ID}.svg").write_bytes(SOURCE.read_bytes())
    platform_icons(out, pngs)
    print(f"make_icons: {len(pngs)} PNG sizes, .ico and .icns in {out}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
