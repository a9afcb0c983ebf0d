#!/usr/bin/env bash
# The browser tests drive Debian's Chromium (Playwright's own download cannot work offline).
# Installs it when missing and we may (root with apt-get); otherwise says what to do.
set -euo pipefail
browser="${CHROMIUM_PATH:-/usr/bin/chromium}"
if [ -x "$browser" ]; then exit 0; fi
if command -v apt-get >/dev/null 2>&1 && [ "$(id -u)" = "0" ]; then
  echo "Chromium absent : installation du paquet Debian « chromium »…"
  apt-get update -qq
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium >/dev/null
  exit 0
fi
echo "Chromium est introuvable ($browser). Installez-le (sudo apt-get install chromium) ou indiquez son chemin dans CHROMIUM_PATH." >&2
exit 1
