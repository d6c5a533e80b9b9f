#!/usr/bin/env bash
# Smoke test of the frozen build made by `bash packaging/build.sh`:
#
#   bash packaging/smoke_test.sh [dist/scopekeeper-V-linux-ARCH]
#
# Runs the bundle the way a user's machine would (empty environment, a fresh home and data
# folder, no repository or virtualenv on any path, Qt on the offscreen platform) and checks:
#   - the tarball matches its .sha256 file;
#   - `--version` prints the version the bundle was built from;
#   - first start of the GUI on a fresh data folder creates the database and migrates it to
#     the head revision, and the main window paints (a drawn frame, no dialog), every app
#     module imports from the bundle;
#   - `demo`, `show --json`, `export-signoff` of an accepted milestone, then `verify`: the
#     unsigned PDF is "not verified" (exit 1), the same PDF signed with a throw-away key is
#     verified (exit 0), a signed copy with one byte changed is refused (exit 1);
#   - the second start, on the demo database, paints again and QtPdf opens the sign-off;
#   - the .desktop entry passes desktop-file-validate, the AppStream metainfo passes
#     `appstreamcli validate --no-net`, icons exist at every size;
#   - install.sh puts the bundle, entry, metainfo, icons and command link under a fresh
#     ~/.local (and XDG_DATA_HOME), the installed command runs, and uninstall.sh leaves the
#     home exactly as it was before.
# Exits non-zero at the first failure; prints the time it took.
set -euo pipefail
cd "$(dirname "$0")/.."
root=$PWD
started=$(date +%s)
py=${SMOKE_PYTHON:-$root/build/pyinstaller-venv/bin/python}

. packaging/system.sh
fail() { echo "smoke: FAIL: $*" >&2; exit 1; }
ok() { echo "smoke: ok: $*"; }

install_missing desktop-file-utils appstream  # desktop-file-validate, appstreamcli
[ -x "$py" ] || fail "no build environment at $py (run bash packaging/build.sh first)"

if [ $# -ge 1 ]; then
  bundle=$(cd "$1" && pwd)
else
  shopt -s nullglob
  found=("$root"/dist/scopekeeper-*-linux-*/)
  shopt -u nullglob
  [ ${#found[@]} -eq 1 ] || fail "expected one bundle in dist/, found ${#found[@]}"
  bundle=${found[0]%/}
fi
name=$(basename "$bundle")
version=${name#scopekeeper-}
version=${version%-linux-*}
exe=$bundle/scopekeeper
[ -x "$exe" ] || fail "no executable at $exe"
echo "smoke: testing $bundle"

tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
mkdir -p "$tmp/home" "$tmp/work"

# A clean environment: nothing from this shell (PYTHONPATH, the venv, SCOPEKEEPER_DB) leaks in.
run() {
  (cd "$tmp/work" && env -i PATH=/usr/bin:/bin LANG=C.UTF-8 HOME="$tmp/home" \
    XDG_DATA_HOME="$tmp/home/data" XDG_CONFIG_HOME="$tmp/home/config" \
    XDG_STATE_HOME="$tmp/home/state" XDG_CACHE_HOME="$tmp/home/cache" \
    QT_QPA_PLATFORM=offscreen "$@")
}
json() {  # json FILE EXPRESSION: evaluate a Python expression on the parsed file as `d`
  "$py" -c 'import json, sys; d = json.load(open(sys.argv[1], encoding="utf-8")); print(eval(sys.argv[2]))' "$1" "$2"
}

# ---- the release files
if [ -f "$root/dist/$name.tar.gz.sha256" ]; then
  (cd "$root/dist" && sha256sum --quiet -c "$name.tar.gz.sha256") || fail "tarball checksum"
  ok "tarball matches $name.tar.gz.sha256"
fi

# ---- command line: version
out=$(run "$exe" --version) || fail "--version exited $?"
[ "$out" = "scopekeeper $version" ] || fail "--version printed '$out', expected 'scopekeeper $version'"
ok "--version: $out"

# ---- first start: fresh data folder, database created and migrated, main window painted
report=$tmp/first.json
run SCOPEKEEPER_FIRST_PAINT="$report" SCOPEKEEPER_FIRST_PAINT_IMPORT_ALL=1 \
  timeout 120 "$exe" > "$tmp/first.log" 2>&1 || { cat "$tmp/first.log" >&2; fail "first start exited $?"; }
[ "$(json "$report" 'd["painted"]')" = True ] || { cat "$report" "$tmp/first.log" >&2; fail "no painted main window"; }
# A fresh data folder has no agency identity yet: the one dialog a first start may show is the
# one asking for it (after the first frame), never an error.
[ "$(json "$report" '[x["title"] for x in d["dialogs"] if x["title"] != "Your agency on documents"]')" = "[]" ] ||
  fail "a dialog came up: $(json "$report" 'd["dialogs"]')"
[ "$(json "$report" 'd["distinct_colours"] >= 20')" = True ] || fail "the window looks blank: $(cat "$report")"
[ "$(json "$report" 'd["import_failures"]')" = "{}" ] || fail "modules missing from the bundle: $(json "$report" 'd["import_failures"]')"
for kind in plugins translations; do
  where=$(json "$report" "d['qt_paths']['$kind']")
  case "$where" in "$bundle"/*) ;; *) fail "Qt looks for $kind outside the bundle: $where" ;; esac
done
ok "main window painted on a fresh data folder: $(json "$report" 'd["title"]'), $(json "$report" 'd["distinct_colours"]') colours"
ok "every module of core, reports and desktop imports from the bundle"

db=$tmp/home/data/Scopekeeper/scopekeeper.sqlite3
[ -f "$db" ] || fail "no database at $db"
head=$(sed -n 's/^HEAD = "\(.*\)"$/\1/p' core/migrate.py)
revision=$("$py" -c 'import sqlite3, sys; print(sqlite3.connect(sys.argv[1]).execute("SELECT version_num FROM alembic_version").fetchone()[0])' "$db")
[ -n "$head" ] && [ "$revision" = "$head" ] || fail "database at revision '$revision', head is '$head'"
ok "database created and migrated to revision $revision"
run "$exe" check > "$tmp/check.log" 2>&1 || { cat "$tmp/check.log" >&2; fail "check on the new database"; }
ok "scopekeeper check passes on the new database"

# ---- command line: demo, export-signoff, verify
run "$exe" demo > "$tmp/demo.log" 2>&1 || { cat "$tmp/demo.log" >&2; fail "demo"; }
ok "demo: $(head -c 200 "$tmp/demo.log")"
run "$exe" list --json > "$tmp/list.json" || fail "list --json"
accepted=""
for code in $(json "$tmp/list.json" '" ".join(e["code"] for e in d)'); do
  run "$exe" show "$code" --json > "$tmp/show.json" || fail "show $code"
  pos=$(json "$tmp/show.json" 'next((str(m["position"]) for m in d["milestones"] if m["state"] == "accepted"), "")')
  if [ -n "$pos" ]; then accepted="$code $pos"; break; fi
done
[ -n "$accepted" ] || fail "no accepted milestone in the demo data"
read -r code pos <<< "$accepted"
pdf=$tmp/work/signoff.pdf
run "$exe" export-signoff "$code" "$pos" -o "$pdf" > "$tmp/export.log" 2>&1 || { cat "$tmp/export.log" >&2; fail "export-signoff $code $pos"; }
[ "$(head -c 5 "$pdf")" = "%PDF-" ] || fail "export-signoff did not write a PDF"
ok "export-signoff $code $pos: $(stat -c %s "$pdf") bytes"

set +e
run "$exe" verify "$pdf" > "$tmp/verify.log" 2>&1; rc=$?
set -e
[ $rc = 1 ] && grep -q "NOT VERIFIED" "$tmp/verify.log" || { cat "$tmp/verify.log" >&2; fail "verify of the unsigned PDF exited $rc"; }
ok "verify: unsigned sign-off is not verified (exit 1): $(head -1 "$tmp/verify.log")"

signed=$tmp/work/signed.pdf
"$py" packaging/sign_for_smoke.py "$pdf" "$signed" || fail "signing with a throw-away key"
run "$exe" verify --json "$signed" > "$tmp/verify.json" 2> "$tmp/verify.err" || { cat "$tmp/verify.json" "$tmp/verify.err" >&2; fail "verify of the signed PDF"; }
[ "$(json "$tmp/verify.json" 'd["verified"]')" = True ] || fail "signed PDF not verified: $(cat "$tmp/verify.json")"
ok "verify: signed with a throw-away key is verified (exit 0): $(json "$tmp/verify.json" 'd["trust_note"]')"

tampered=$tmp/work/tampered.pdf
"$py" -c 'import sys; b = bytearray(open(sys.argv[1], "rb").read()); i = b.index(b"/Contents <") - 200; b[i] ^= 1; open(sys.argv[2], "wb").write(b)' "$signed" "$tampered"
set +e
run "$exe" verify "$tampered" > "$tmp/tampered.log" 2>&1; rc=$?
set -e
[ $rc = 1 ] || { cat "$tmp/tampered.log" >&2; fail "a changed byte in a signed copy gave exit $rc"; }
ok "verify: a signed copy with one changed byte is refused (exit 1)"

# ---- second start: existing database with data, QtPdf draws the sign-off
report=$tmp/second.json
run SCOPEKEEPER_FIRST_PAINT="$report" SCOPEKEEPER_FIRST_PAINT_PDF="$pdf" \
  SCOPEKEEPER_FIRST_PAINT_SHOT="$tmp/second.png" \
  timeout 120 "$exe" > "$tmp/second.log" 2>&1 || { cat "$tmp/second.log" >&2; fail "second start exited $?"; }
[ "$(json "$report" 'd["painted"] and not d["dialogs"]')" = True ] || fail "second start: $(cat "$report")"
[ "$(json "$report" 'd["pdf"]["pages"] > 0 and d["pdf"]["distinct_colours"] > 10')" = True ] ||
  fail "QtPdf could not draw the sign-off: $(json "$report" 'd["pdf"]')"
ok "second start on the demo database painted; QtPdf drew the sign-off ($(json "$report" 'd["pdf"]["pages"]') pages)"
[ -z "${SMOKE_KEEP_SCREENSHOT:-}" ] || cp "$tmp/second.png" "$SMOKE_KEEP_SCREENSHOT"

# ---- desktop integration files
app_id=app.scopekeeper.Scopekeeper
desktop-file-validate "$bundle/share/applications/$app_id.desktop" || fail "desktop-file-validate"
ok "desktop-file-validate $app_id.desktop"
appstreamcli validate --no-net "$bundle/share/metainfo/$app_id.metainfo.xml" > "$tmp/appstream.log" 2>&1 ||
  { cat "$tmp/appstream.log" >&2; fail "appstreamcli validate"; }
ok "appstreamcli validate --no-net: $(tail -1 "$tmp/appstream.log")"
for size in 16 22 24 32 48 64 128 256 512; do
  png=$bundle/share/icons/hicolor/${size}x${size}/apps/$app_id.png
  dims=$("$py" -c 'import struct, sys; b = open(sys.argv[1], "rb").read(24); print("%dx%d" % struct.unpack(">II", b[16:24]))' "$png") ||
    fail "icon $png missing"
  [ "$dims" = "${size}x${size}" ] || fail "icon $png is $dims"
done
[ -f "$bundle/share/icons/hicolor/scalable/apps/$app_id.svg" ] || fail "no scalable icon"
ok "icons: SVG and PNG at 16..512 px"

# ---- install and uninstall under a fresh home (XDG_DATA_HOME set apart, to see it respected)
home=$tmp/installhome
mkdir -p "$home/.local/bin" "$home/xdg-data/applications"
echo "a file of the user's" > "$home/xdg-data/applications/other.desktop"
before=$(cd "$home" && find . | sort)
inst() { env -i PATH=/usr/bin:/bin LANG=C.UTF-8 HOME="$home" XDG_DATA_HOME="$home/xdg-data" "$@"; }
inst bash "$bundle/install.sh" > "$tmp/install.log" || { cat "$tmp/install.log" >&2; fail "install.sh"; }
for f in .local/lib/scopekeeper/scopekeeper .local/bin/scopekeeper \
         "xdg-data/applications/$app_id.desktop" "xdg-data/metainfo/$app_id.metainfo.xml" \
         "xdg-data/icons/hicolor/48x48/apps/$app_id.png" "xdg-data/icons/hicolor/scalable/apps/$app_id.svg"; do
  [ -e "$home/$f" ] || fail "install.sh did not create ~/$f"
done
desktop-file-validate "$home/xdg-data/applications/$app_id.desktop" || fail "installed entry invalid"
grep -q "^Exec=\"$home/.local/lib/scopekeeper/scopekeeper\"$" "$home/xdg-data/applications/$app_id.desktop" ||
  fail "installed entry does not start the installed copy"
out=$(inst QT_QPA_PLATFORM=offscreen "$home/.local/bin/scopekeeper" --version) || fail "installed command"
[ "$out" = "scopekeeper $version" ] || fail "installed command printed '$out'"
ok "install.sh: bundle, link, entry (valid, full path), metainfo and icons in place; the link runs"
inst bash "$bundle/install.sh" > /dev/null || fail "installing a second time"
inst bash "$home/.local/lib/scopekeeper/uninstall.sh" > "$tmp/uninstall.log" || fail "uninstall.sh"
after=$(cd "$home" && find . | sort)
[ "$before" = "$after" ] || fail "the home differs after uninstall: $(diff <(echo "$before") <(echo "$after"))"
ok "install twice, then uninstall.sh: the home is exactly as before (the user's own files kept)"

echo "smoke: all checks passed in $(( $(date +%s) - started )) s"
