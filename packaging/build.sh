#!/usr/bin/env bash
# Build the frozen Scopekeeper (PyInstaller, one folder) and its release tarball:
#
#   bash packaging/build.sh
#
# Writes, for version V and machine ARCH (e.g. x86_64):
#   dist/scopekeeper-V-linux-ARCH/          the bundle: ./scopekeeper, _internal/, share/,
#                                           install.sh, uninstall.sh
#   dist/scopekeeper-V-linux-ARCH.tar.gz    the release tarball (reproducible, see README)
#   dist/scopekeeper-V-linux-ARCH.tar.gz.sha256
# Then `bash packaging/smoke_test.sh` checks what was built.
#
# Its own virtual environment (build/pyinstaller-venv) holds the app's runtime dependencies
# pinned by constraints.txt plus PyInstaller pinned by packaging/requirements-build.txt; the
# development .venv is not touched. Safe to run again; each run rebuilds from scratch.
set -euo pipefail
cd "$(dirname "$0")/.."
root=$PWD
PYTHON=${PYTHON:-python3}

. packaging/system.sh

# System packages. binutils: PyInstaller reads and strips ELF files with it. The Qt runtime
# libraries must be present at build time too: PyInstaller copies the ones Qt's platform
# plugins need (the xcb family) into the bundle, and leaves out a plugin it cannot satisfy.
install_missing binutils "${QT_RUNTIME_PACKAGES[@]}"

"$PYTHON" - <<'EOF'
import sys, sysconfig
if sys.version_info[:2] != (3, 11):
    sys.exit(f"build: Python 3.11 is required (found {sys.version.split()[0]}); set PYTHON=")
if not sysconfig.get_config_var("Py_ENABLE_SHARED"):
    sys.exit("build: this Python has no shared libpython, which PyInstaller needs "
             "(pyenv: PYTHON_CONFIGURE_OPTS=--enable-shared)")
EOF

# Reproducibility: fixed hash seed (dict order in the archives PyInstaller writes), one clock
# for every timestamp (the last commit unless given), and no locale or umask dependence.
SOURCE_DATE_EPOCH=${SOURCE_DATE_EPOCH:-$(git log -1 --format=%ct 2>/dev/null || echo 315532800)}
export SOURCE_DATE_EPOCH PYTHONHASHSEED=0 TZ=UTC LC_ALL=C.UTF-8 PYTHONDONTWRITEBYTECODE=1
umask 022

# The build environment, recreated whenever a pin changes.
venv=build/pyinstaller-venv
mkdir -p build
"$PYTHON" -c 'import tomllib; print("\n".join(tomllib.load(open("pyproject.toml", "rb"))["project"]["dependencies"]))' \
  > build/runtime-requirements.txt
pins=$(cat constraints.txt packaging/requirements-build.txt build/runtime-requirements.txt | sha256sum | cut -c1-16)
if [ "$(cat "$venv/.pins" 2>/dev/null)" != "$pins" ]; then
  echo "build: creating $venv"
  rm -rf "$venv"
  "$PYTHON" -m venv "$venv"
  "$venv/bin/python" -m pip install -q --disable-pip-version-check \
    -c constraints.txt -r build/runtime-requirements.txt -r packaging/requirements-build.txt
  echo "$pins" > "$venv/.pins"
fi

version=$("$venv/bin/python" -c 'import sys; sys.path.insert(0, "."); import core; print(core.__version__)')
name="scopekeeper-$version-linux-$(uname -m)"
app_id=app.scopekeeper.Scopekeeper
echo "build: $name (SOURCE_DATE_EPOCH=$SOURCE_DATE_EPOCH)"

rm -rf build/icons build/pyinstaller build/frozen "dist/$name" "dist/$name.tar.gz" "dist/$name.tar.gz.sha256"
"$venv/bin/python" packaging/make_icons.py build/icons
# The interface's translations (desktop/translations/*.qm, not committed), which the spec ships
# as package data; built with the build environment's own pyside6-lrelease.
"$venv/bin/python" packaging/translations.py release

"$venv/bin/pyinstaller" --noconfirm --clean --log-level WARN \
  --distpath build/frozen --workpath build/pyinstaller packaging/scopekeeper.spec

# The release folder: the frozen app plus what a desktop needs to show and launch it.
mkdir -p dist
mv build/frozen/scopekeeper "dist/$name"
bundle=dist/$name
share=$bundle/share
install -D -m 644 "packaging/linux/$app_id.desktop" "$share/applications/$app_id.desktop"
install -D -m 644 "packaging/linux/$app_id.metainfo.xml" "$share/metainfo/$app_id.metainfo.xml"
mkdir -p "$share/icons"
cp -r build/icons/hicolor "$share/icons/"
install -m 755 packaging/linux/install.sh packaging/linux/uninstall.sh "$bundle/"

# No dangling links (a pruned library must not leave its link behind).
dangling=$(find "$bundle" -xtype l)
if [ -n "$dangling" ]; then echo "build: dangling links: $dangling" >&2; exit 1; fi

# Nothing the app never loads (QtWebEngine, QML/Quick, 3D, multimedia, ...) may slip in.
unwanted=$(find "$bundle" -name 'libQt6*' | grep -E \
  'WebEngine|Qml|Quick|3D|Multimedia|VirtualKeyboard|Designer|Location|Positioning|Bluetooth|Sensors|SerialPort|WebSockets|Scxml|SpatialAudio|TextToSpeech' \
  || true)
if [ -n "$unwanted" ]; then
  echo "build: unwanted Qt libraries in the bundle:" >&2
  echo "$unwanted" >&2
  exit 1
fi

# Same bytes for the same inputs: fixed times, sorted names, no owner names, gzip without a
# timestamp. (File times inside the folder are set too, so a rebuilt folder compares equal.)
find "$bundle" -exec touch -h -d "@$SOURCE_DATE_EPOCH" {} +
tar --sort=name --format=posix \
  --pax-option=exthdr.name=%d/PaxHeaders/%f,delete=atime,delete=ctime \
  --mtime="@$SOURCE_DATE_EPOCH" --owner=0 --group=0 --numeric-owner \
  --mode='u+rwX,go+rX,go-w' -C dist -cf - "$name" | gzip -9 -n > "dist/$name.tar.gz"
(cd dist && sha256sum "$name.tar.gz" > "$name.tar.gz.sha256")

echo "build: Qt libraries in the bundle:"
find "$bundle" -type f -name 'libQt6*.so*' -printf '  %f\n' | sort
echo "build: bundle $(du -sh "$bundle" | cut -f1) on disk, tarball $(du -h "dist/$name.tar.gz" | cut -f1)"
echo "build: $(cat "dist/$name.tar.gz.sha256")"
echo "build: done; check it with: bash packaging/smoke_test.sh"
