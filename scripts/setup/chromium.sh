#!/bin/sh
# Prints the path of a Chromium for browser tests. Debian's chromium package is installed here
# when missing and we are root (playwright cannot download its own browsers on these machines).
# Exit 3: cannot be had here.
set -e
for candidate in "$SALON_CHROMIUM" /usr/bin/chromium /usr/bin/chromium-browser; do
  if [ -n "$candidate" ] && [ -x "$candidate" ]; then
    echo "$candidate"
    exit 0
  fi
done
if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null 2>&1; then
  echo "[setup] installing Chromium from Debian's packages…" >&2
  packages="chromium fonts-dejavu-core fonts-liberation"
  if ! apt-get install -y -q $packages >/dev/null 2>&1; then
    apt-get update -q >/dev/null 2>&1 || true
    apt-get install -y -q $packages >&2 || true
  fi
  if [ -x /usr/bin/chromium ]; then
    echo /usr/bin/chromium
    exit 0
  fi
fi
echo "Chromium is not installed; install Debian's chromium package (apt-get install chromium)" >&2
exit 3
