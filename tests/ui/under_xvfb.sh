#!/usr/bin/env bash
# Runs a test in a real X server of its own (Xvfb); exit 77 (skipped) where there is none.
set -euo pipefail
command -v xvfb-run >/dev/null || { echo "xvfb-run is not installed (Debian package xvfb): skipped"; exit 77; }
exec xvfb-run -a -s "-screen 0 1400x900x24" env -u QT_QPA_PLATFORM QT_QPA_PLATFORM=xcb "$@"
