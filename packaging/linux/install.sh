#!/usr/bin/env bash
# Install this Scopekeeper release for the current user (no root needed):
#
#   ./install.sh            (from the unpacked release folder)
#
# Puts, with PREFIX=${SCOPEKEEPER_PREFIX:-~/.local} and DATA=${XDG_DATA_HOME:-PREFIX/share}:
#   PREFIX/lib/scopekeeper/                          the app (a copy of this folder)
#   PREFIX/bin/scopekeeper                           a symbolic link to it
#   DATA/applications/app.scopekeeper.Scopekeeper.desktop   the menu entry
#   DATA/metainfo/app.scopekeeper.Scopekeeper.metainfo.xml  the software-centre description
#   DATA/icons/hicolor/*/apps/app.scopekeeper.Scopekeeper.{png,svg}
# and lists every file it put outside PREFIX/lib/scopekeeper, and every folder it had to
# create, in PREFIX/lib/scopekeeper/installed-files; uninstall.sh removes exactly those.
# Installing again replaces the previous installation. Your data is never touched.
set -euo pipefail
app_id=app.scopekeeper.Scopekeeper
here=$(cd "$(dirname "$0")" && pwd -P)
prefix=${SCOPEKEEPER_PREFIX:-$HOME/.local}
data=${XDG_DATA_HOME:-$prefix/share}
case "$data" in /*) ;; *) data=$prefix/share ;; esac  # the XDG rule: a relative value is ignored
lib=$prefix/lib/scopekeeper
bin=$prefix/bin/scopekeeper
case "$prefix" in /*) ;; *) echo "install: SCOPEKEEPER_PREFIX must be an absolute path" >&2; exit 2 ;; esac

[ -x "$here/scopekeeper" ] && [ -d "$here/_internal" ] && [ -d "$here/share" ] || {
  echo "install: run me from an unpacked Scopekeeper release folder" >&2
  exit 2
}
# Folders that do not exist yet are made and remembered (a trailing slash marks a folder),
# so that uninstall.sh can take away what it added and nothing more.
created=()
make_dir() {
  local dir=$1
  while [ ! -d "$dir" ]; do created+=("$dir/"); dir=$(dirname "$dir"); done
  mkdir -p "$1"
}
if [ "$here" = "$(cd "$lib" 2>/dev/null && pwd -P || true)" ]; then
  echo "install: this copy is already the installed one ($lib)" >&2
  exit 2
fi

# A previous installation goes first, through its own list, so nothing stale stays behind.
if [ -f "$lib/installed-files" ]; then
  bash "$here/uninstall.sh" --quiet
fi
if [ -e "$lib" ]; then
  echo "install: $lib exists but has no installed-files list; move it away first" >&2
  exit 2
fi
make_dir "$prefix/lib"

# Copy next to the target, then move into place: an interrupted copy never looks installed.
staging=$(mktemp -d "$prefix/lib/.scopekeeper-install.XXXXXX")
trap 'rm -rf "$staging"' EXIT
cp -a "$here/." "$staging/"
chmod 755 "$staging"
mv "$staging" "$lib"
trap - EXIT

manifest=$lib/installed-files
: > "$manifest"
put() {  # put SOURCE TARGET: copy one file and record it
  make_dir "$(dirname "$2")"
  install -m 644 "$1" "$2"
  echo "$2" >> "$manifest"
}

# The menu entry starts the installed copy by its full path, so it works even when
# PREFIX/bin is not on the PATH of the desktop session.
desktop=$data/applications/$app_id.desktop
make_dir "$(dirname "$desktop")"
sed -e "s|^Exec=scopekeeper\$|Exec=\"$lib/scopekeeper\"|" \
    -e "/^Exec=/a TryExec=$lib/scopekeeper" \
    "$lib/share/applications/$app_id.desktop" > "$desktop"
chmod 644 "$desktop"
echo "$desktop" >> "$manifest"
put "$lib/share/metainfo/$app_id.metainfo.xml" "$data/metainfo/$app_id.metainfo.xml"
while read -r icon; do
  put "$lib/share/icons/$icon" "$data/icons/$icon"
done < <(cd "$lib/share/icons" && find hicolor -type f | sort)

# The command line: a link, unless something else (not ours) already has that name.
if { [ -L "$bin" ] && [ "$(readlink "$bin")" = "$lib/scopekeeper" ]; } ||
   { [ ! -e "$bin" ] && [ ! -L "$bin" ]; }; then
  make_dir "$prefix/bin"
  ln -sfn "$lib/scopekeeper" "$bin"
  echo "$bin" >> "$manifest"
else
  echo "install: $bin exists and is not ours; left alone (the menu entry still works)" >&2
fi

printf '%s\n' "${created[@]}" >> "$manifest"

# Desktops notice new entries and icons by themselves. The entry declares no MIME types, so
# there is no MIME cache to refresh; an icon cache is refreshed only where one already exists.
if [ -f "$data/icons/hicolor/icon-theme.cache" ] && command -v gtk-update-icon-cache >/dev/null; then
  gtk-update-icon-cache -q -t -f "$data/icons/hicolor" || true
fi

echo "Scopekeeper installed in $lib"
echo "  menu entry: $desktop"
case ":$PATH:" in
  *":$prefix/bin:"*) echo "  command:    scopekeeper" ;;
  *) echo "  command:    $bin (add $prefix/bin to your PATH to type just 'scopekeeper')" ;;
esac
echo "  remove it with: $lib/uninstall.sh"
