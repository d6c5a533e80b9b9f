#!/usr/bin/env bash
# Remove a Scopekeeper installed by install.sh: exactly the files listed in
# PREFIX/lib/scopekeeper/installed-files, then PREFIX/lib/scopekeeper itself, then the folders
# install.sh had to create (when they are empty again).
#
#   ~/.local/lib/scopekeeper/uninstall.sh      (or ./uninstall.sh from a release folder)
#
# PREFIX is ${SCOPEKEEPER_PREFIX:-~/.local}, as for install.sh. Your database, settings and
# logs (in your data, config and state folders) are left alone.
set -euo pipefail
quiet=${1:-}
prefix=${SCOPEKEEPER_PREFIX:-$HOME/.local}
lib=$prefix/lib/scopekeeper
manifest=$lib/installed-files

if [ ! -f "$manifest" ]; then
  echo "uninstall: no Scopekeeper installation found in $lib" >&2
  exit 1
fi

folders=()
while IFS= read -r path; do
  case "$path" in
    /*/) folders+=("${path%/}"); continue ;;  # a folder install.sh created: see below
    /*) ;;
    *) continue ;;  # only absolute paths, as install.sh writes them
  esac
  if [ -L "$path" ]; then
    # The command link goes only while it still points at this installation.
    [ "$(readlink "$path")" = "$lib/scopekeeper" ] && rm -f "$path"
  elif [ -f "$path" ]; then
    rm -f "$path"
  fi
done < "$manifest"

rm -rf "$lib"
# The folders install.sh created, deepest first, each only if nothing else has moved in.
if [ ${#folders[@]} -gt 0 ]; then
  printf '%s\n' "${folders[@]}" | awk '{ print length($0) "\t" $0 }' | sort -rn | cut -f2- |
    while IFS= read -r dir; do rmdir "$dir" 2>/dev/null || true; done
fi

data=${XDG_DATA_HOME:-$prefix/share}
case "$data" in /*) ;; *) data=$prefix/share ;; esac
if [ -f "$data/icons/hicolor/icon-theme.cache" ] && command -v gtk-update-icon-cache >/dev/null; then
  gtk-update-icon-cache -q -t -f "$data/icons/hicolor" || true
fi

[ "$quiet" = --quiet ] || echo "Scopekeeper removed from $lib (your data was left in place)"
