#!/bin/sh
# SPDX-License-Identifier: GPL-3.0-or-later
# Runs a command against a real, throwaway Secret Service: a private D-Bus session bus
# (dbus-run-session) with gnome-keyring-daemon's secrets component, its "login" keyring created
# and unlocked with a fixed password. HOME and the XDG directories point into a scratch
# directory, so the user's own keyrings are never touched. Sets STEWARD_TEST_SECRET_SERVICE=1
# for the test to know it is the real thing. Exits 77 (skip) when a tool is missing.
#
#   with-secret-service.sh <command> [args...]
set -eu

for tool in dbus-run-session dbus-send gnome-keyring-daemon; do
    if ! command -v "$tool" >/dev/null 2>&1; then
        echo "with-secret-service.sh: $tool not found; skipping" >&2
        exit 77
    fi
done

scratch=$(mktemp -d "${TMPDIR:-/tmp}/steward-secret-service.XXXXXX")
trap 'rm -rf "$scratch"' EXIT INT TERM
mkdir -p "$scratch/home" "$scratch/data" "$scratch/config" "$scratch/cache"
mkdir -m 700 "$scratch/runtime"

export HOME="$scratch/home"
export XDG_DATA_HOME="$scratch/data"       # keyrings/login.keyring goes here
export XDG_CONFIG_HOME="$scratch/config"
export XDG_CACHE_HOME="$scratch/cache"
export XDG_RUNTIME_DIR="$scratch/runtime"  # gnome-keyring's control socket
export STEWARD_TEST_SECRET_SERVICE=1
# QtKeychain picks KWallet on a KDE session; this test is about the Secret Service.
unset XDG_CURRENT_DESKTOP DESKTOP_SESSION KDE_FULL_SESSION KDE_SESSION_VERSION GNOME_DESKTOP_SESSION_ID

status=0
dbus-run-session -- sh -c '
    # --unlock reads the password from stdin and creates the "login" keyring with it, which
    # becomes the default collection QtKeychain writes to. --foreground keeps the PID ours.
    printf "steward-test" | gnome-keyring-daemon --foreground --unlock --components=secrets \
        >"$XDG_RUNTIME_DIR/gnome-keyring.log" 2>&1 &
    keyring=$!
    # Wait (up to 10 s) until it owns org.freedesktop.secrets; a call before that would make
    # the bus start a second, locked instance through D-Bus activation.
    tries=0
    until dbus-send --session --print-reply --dest=org.freedesktop.DBus /org/freedesktop/DBus \
              org.freedesktop.DBus.NameHasOwner string:org.freedesktop.secrets 2>/dev/null \
          | grep -q "boolean true"; do
        tries=$((tries + 1))
        if [ "$tries" -gt 100 ] || ! kill -0 "$keyring" 2>/dev/null; then
            echo "with-secret-service.sh: gnome-keyring-daemon did not come up:" >&2
            cat "$XDG_RUNTIME_DIR/gnome-keyring.log" >&2
            kill "$keyring" 2>/dev/null || true
            exit 1
        fi
        sleep 0.1
    done
    status=0
    "$@" || status=$?
    kill "$keyring" 2>/dev/null || true
    wait "$keyring" 2>/dev/null || true
    exit "$status"
' with-secret-service "$@" || status=$?
exit "$status"
