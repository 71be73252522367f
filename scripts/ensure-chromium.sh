#!/usr/bin/env bash
# The end-to-end tests drive Debian's Chromium (Playwright cannot download its own here).
# Finds it, installs Debian's package when it can (root with apt-get), or says in one line what to do.
set -euo pipefail
browser="${CHROMIUM_PATH:-/usr/bin/chromium}"
if [ -x "$browser" ]; then exit 0; fi
if [ "$(id -u)" = "0" ] && command -v apt-get >/dev/null 2>&1; then
  echo "Chromium not found at $browser: installing Debian's chromium package…"
  DEBIAN_FRONTEND=noninteractive apt-get update -qq
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium >/dev/null
  [ -x "$browser" ] && exit 0
fi
echo "Chromium not found at $browser: run 'sudo apt-get install -y chromium' (Debian) or set CHROMIUM_PATH to a Chromium binary." >&2
exit 1
