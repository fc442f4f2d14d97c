#!/bin/sh
# Prints the path of a livekit-server binary for development and tests, building it when
# missing with `go install` (Go 1.26 and the Go module proxy; a few minutes on first run) into
# .tools/bin, which git ignores. Exit 3: cannot be had here.
set -e
VERSION=v1.13.5
ROOT=$(cd "$(dirname "$0")/../.." && pwd)
BIN_DIR="$ROOT/.tools/bin"
TARGET="$BIN_DIR/livekit-server"

for candidate in "$SALON_LIVEKIT_BIN" "$TARGET"; do
  if [ -n "$candidate" ] && [ -x "$candidate" ]; then
    echo "$candidate"
    exit 0
  fi
done
if ! command -v go >/dev/null 2>&1; then
  echo "livekit-server is not installed and Go is missing to build it (install Go 1.26, or set SALON_LIVEKIT_BIN)" >&2
  exit 3
fi
echo "[setup] building livekit-server $VERSION with go install (first run only, a few minutes)…" >&2
mkdir -p "$BIN_DIR"
build_dir=$(mktemp -d)
if ! GOBIN="$build_dir" GOFLAGS="${GOFLAGS:--p=2}" go install "github.com/livekit/livekit-server/cmd/server@$VERSION" >&2; then
  rm -rf "$build_dir"
  echo "go install of livekit-server $VERSION failed (see above)" >&2
  exit 3
fi
mv "$build_dir/server" "$TARGET"
rm -rf "$build_dir"
echo "$TARGET"
