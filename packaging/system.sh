# Sourced by the set-up, build and check scripts (packaging/*.sh, .ci/package): the Debian
# packages they need from the system, listed once, and one way to install those missing.

# What Qt's widgets load at run time on Linux: GL and EGL, keyboard maps, fonts, D-Bus, and
# the xcb libraries of the X11 platform plugin (PyInstaller copies them into the bundle).
QT_RUNTIME_PACKAGES=(libegl1 libgl1 libxkbcommon0 libxkbcommon-x11-0 libfontconfig1 libdbus-1-3
  libxcb-cursor0 libxcb-icccm4 libxcb-keysyms1 libxcb-shape0 libxcb-xinerama0 libxcb-randr0
  libxcb-render-util0 libxcb-image0)

as_root() { if [ "$(id -u)" = 0 ]; then "$@"; else sudo "$@"; fi; }

# install_missing PACKAGE...: apt-get install the packages dpkg does not know as installed.
# Without apt-get (another distribution) it names them and goes on.
install_missing() {
  local need=() p
  for p in "$@"; do dpkg -s "$p" >/dev/null 2>&1 || need+=("$p"); done
  [ ${#need[@]} -gt 0 ] || return 0
  if ! command -v apt-get >/dev/null; then
    echo "please install the equivalents of: ${need[*]}" >&2
    return 0
  fi
  echo "installing system packages: ${need[*]}"
  as_root apt-get update -qq
  as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${need[@]}" >/dev/null
}
