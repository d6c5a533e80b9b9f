#!/usr/bin/env bash
# The release tarball on a machine that has nothing but a minimal Debian 12 and the two GL
# packages the README lists (libgl1, libegl1): no Qt, no X or xcb libraries, no Python.
#
#   bash packaging/smoke_minimal_debian.sh          (as root, after packaging/build.sh)
#
# A build machine has every library the bundle carries installed as well, so a library left
# out of the bundle goes unnoticed there. Here a `debootstrap --variant=minbase` root (kept in
# build/minimal-debian for the next run) gets the unpacked tarball in /opt, and inside it:
# --version, demo, export-signoff, verify (exit 1 on the unsigned copy), the main window on
# the offscreen platform, and the main window on a real X server (Xvfb on this machine, its
# socket lent to the root) through the xcb plugin. Each run is in its own mount and PID
# namespace, so nothing stays mounted whatever happens. Exits non-zero on any failure.
set -euo pipefail
cd "$(dirname "$0")/.."
root_dir=$PWD/build/minimal-debian
started=$(date +%s)
fail() { echo "minimal: FAIL: $*" >&2; exit 1; }
ok() { echo "minimal: ok: $*"; }

[ "$(id -u)" = 0 ] || fail "needs root (debootstrap, chroot)"
. packaging/system.sh
install_missing debootstrap xvfb

shopt -s nullglob
tarballs=(dist/scopekeeper-*-linux-*.tar.gz)
shopt -u nullglob
[ ${#tarballs[@]} -eq 1 ] || fail "expected one tarball in dist/ (run bash packaging/build.sh)"
tarball=${tarballs[0]}
name=$(basename "$tarball" .tar.gz)

if [ ! -f "$root_dir/.ready" ]; then
  rm -rf "$root_dir"
  mirror=$(sed -n 's/^URIs: *\(http[^ ]*debian\)$/\1/p' /etc/apt/sources.list.d/debian.sources 2>/dev/null | head -1)
  echo "minimal: debootstrap bookworm from ${mirror:-http://deb.debian.org/debian}"
  debootstrap --variant=minbase bookworm "$root_dir" "${mirror:-http://deb.debian.org/debian}" >/dev/null
  cp /etc/resolv.conf "$root_dir/etc/resolv.conf"
  chroot "$root_dir" sh -c 'apt-get update -qq && DEBIAN_FRONTEND=noninteractive \
    apt-get install -y -qq --no-install-recommends libgl1 libegl1' > "$root_dir.log" 2>&1 ||
    { cat "$root_dir.log" >&2; fail "apt-get install libgl1 libegl1 in the minimal root"; }
  touch "$root_dir/.ready"
fi
rm -rf "$root_dir/opt/$name" "$root_dir/root/smoke"
mkdir -p "$root_dir/root/smoke" "$root_dir/tmp/.X11-unix"
tar -xzf "$tarball" -C "$root_dir/opt"
exe=/opt/$name/scopekeeper

inside() {  # inside COMMAND...: run in the minimal root, clean environment, own namespaces
  unshare --mount --pid --fork --mount-proc="$root_dir/proc" sh -c '
    root=$1; shift
    [ -S /tmp/.X11-unix/X${SMOKE_X:-none} ] && mount --bind /tmp/.X11-unix "$root/tmp/.X11-unix"
    exec chroot "$root" /usr/bin/env -i PATH=/usr/bin:/bin HOME=/root/smoke LANG=C.UTF-8 "$@"
  ' sh "$root_dir" "$@"
}

out=$(inside "$exe" --version) || fail "--version"
ok "--version: $out"
inside "$exe" demo > /dev/null || fail "demo"
# The first accepted milestone of the demo data, found as a user would (list, then show);
# the JSON is read on the host, the minimal root has no Python of its own.
field() {  # field EXPRESSION: evaluate on the JSON read from stdin as `d`
  python3 -c 'import json, sys; d = json.load(sys.stdin); print(eval(sys.argv[1]))' "$1"
}
accepted=""
for code in $(inside "$exe" list --json | field '" ".join(e["code"] for e in d)'); do
  pos=$(inside "$exe" show "$code" --json |
    field 'next((str(m["position"]) for m in d["milestones"] if m["state"] == "accepted"), "")')
  if [ -n "$pos" ]; then accepted="$code $pos"; break; fi
done
[ -n "$accepted" ] || fail "no accepted milestone in the demo data"
read -r code pos <<< "$accepted"
inside "$exe" export-signoff "$code" "$pos" -o /root/smoke/signoff.pdf > /dev/null ||
  fail "export-signoff $code $pos"
set +e
inside "$exe" verify /root/smoke/signoff.pdf > /dev/null; rc=$?
set -e
[ $rc = 1 ] || fail "verify of an unsigned copy exited $rc"
ok "demo, export-signoff and verify (not verified, exit 1)"

painted() {  # painted REPORT: the probe saw the main window drawn and no dialog
  grep -q '"painted": true' "$root_dir$1" && grep -q '"dialogs": \[\]' "$root_dir$1"
}
inside QT_QPA_PLATFORM=offscreen SCOPEKEEPER_FIRST_PAINT=/root/smoke/offscreen.json \
  timeout 120 "$exe" > /dev/null 2>&1 || fail "offscreen start"
painted /root/smoke/offscreen.json || fail "offscreen: $(cat "$root_dir/root/smoke/offscreen.json")"
ok "main window painted (offscreen)"

display=97
while [ -e "/tmp/.X11-unix/X$display" ]; do display=$((display + 1)); done
Xvfb ":$display" -screen 0 1440x900x24 -nolisten tcp > /dev/null 2>&1 &
xvfb=$!
trap 'kill $xvfb 2>/dev/null || true' EXIT
for _ in $(seq 1 50); do [ -S "/tmp/.X11-unix/X$display" ] && break; sleep 0.1; done
SMOKE_X=$display inside DISPLAY=":$display" QT_QPA_PLATFORM=xcb \
  SCOPEKEEPER_FIRST_PAINT=/root/smoke/xcb.json timeout 120 "$exe" > /dev/null 2>&1 || fail "xcb start"
painted /root/smoke/xcb.json || fail "xcb: $(cat "$root_dir/root/smoke/xcb.json")"
grep -q '"platform": "xcb"' "$root_dir/root/smoke/xcb.json" || fail "not on xcb"
ok "main window painted on an X server through the bundled xcb libraries"

echo "minimal: all checks passed in $(( $(date +%s) - started )) s"
