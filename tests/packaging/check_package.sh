#!/usr/bin/env bash
# The Debian package's contents (packaging/, docs/packaging.md). Installs the build into a
# temporary root as cpack does (prefix /usr) and checks every file the package must carry; then,
# if dpkg-deb is here, builds the .deb and checks that it holds the very same files, names itself
# steward and carries its maintainer scripts. Validators that are not installed are skipped, and
# the log says so.
#   check_package.sh BUILD_DIR CONSOLE(0|1) CMAKE CPACK
set -euo pipefail
build=$1 console=$2 cmake=$3 cpack=$4

tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
failures=0
fail() { echo "FAIL: $*" >&2; failures=$((failures + 1)); }
skip() { echo "skipped: $*"; }

root=$tmp/root
if ! DESTDIR=$root "$cmake" --install "$build" --prefix /usr >"$tmp/install.log" 2>&1; then
    cat "$tmp/install.log" >&2
    echo "FAIL: cmake --install" >&2
    exit 1
fi

programs=(usr/bin/steward-host usr/bin/steward-verify)
if [[ $console == 1 ]]; then programs+=(usr/bin/steward); fi
desktop=usr/share/applications/steward.desktop
icon=usr/share/icons/hicolor/scalable/apps/steward.svg
metainfo=usr/share/metainfo/org.steward.Steward.metainfo.xml
unit=usr/lib/systemd/system/steward-host.service
docs=(usr/share/doc/steward/copyright usr/share/doc/steward/README.md usr/share/doc/steward/packaging.md)
expected=("${programs[@]}" "$desktop" "$icon" "$metainfo" "$unit" "${docs[@]}")

for f in "${expected[@]}"; do
    [[ -f $root/$f ]] || fail "not installed: /$f"
done
for f in "${programs[@]}"; do
    [[ -x $root/$f ]] || fail "not executable: /$f"
done
# The installed programs start: the build's RPATH is gone and the system's libraries suffice.
# (Not the console: it would need a display.)
for f in usr/bin/steward-host usr/bin/steward-verify; do
    [[ -x $root/$f ]] || continue
    "$root/$f" --help >"$tmp/help.txt" 2>&1 || fail "/$f --help failed: $(head -c 500 "$tmp/help.txt")"
    if readelf -d "$root/$f" 2>/dev/null | grep -Eq 'R(UN)?PATH'; then
        fail "/$f keeps an RPATH: $(readelf -d "$root/$f" | grep -E 'R(UN)?PATH')"
    fi
done

if [[ -f $root/$unit ]]; then
    grep -q '^ExecStart=/usr/bin/steward-host --data-dir /var/lib/steward ' "$root/$unit" \
        || fail "$unit does not start /usr/bin/steward-host on /var/lib/steward: $(grep '^ExecStart=' "$root/$unit")"
    ! grep -q '@[A-Z_]*@' "$root/$unit" || fail "$unit has unconfigured @VARIABLES@"
    for setting in DynamicUser=yes StateDirectory=steward Restart=on-failure LimitNOFILE=65536 \
                   Environment=STEWARD_HOST_OPTIONS=--no-chain WantedBy=multi-user.target; do
        grep -qx "$setting" "$root/$unit" || fail "$unit lacks $setting"
    done
    if command -v systemd-analyze >/dev/null; then
        # The unit names /usr/bin/steward-host, which exists in the temporary root only: verify a
        # copy that names that one. systemd-analyze ignores a bad line with a warning, and exit 0.
        mkdir "$tmp/unit"
        sed "s|^ExecStart=/usr/bin/|ExecStart=$root/usr/bin/|" "$root/$unit" >"$tmp/unit/steward-host.service"
        if ! systemd-analyze verify "$tmp/unit/steward-host.service" >"$tmp/verify.log" 2>&1 \
                || grep -q 'steward-host.service' "$tmp/verify.log"; then
            fail "systemd-analyze verify $unit: $(cat "$tmp/verify.log")"
        fi
    else
        skip "systemd-analyze (systemd) not installed"
    fi
fi

if [[ -f $root/$desktop ]]; then
    grep -qx 'Exec=steward' "$root/$desktop" || fail "$desktop does not run steward"
    grep -qx 'Icon=steward' "$root/$desktop" || fail "$desktop does not name the icon steward"
    if command -v desktop-file-validate >/dev/null; then
        desktop-file-validate "$root/$desktop" >"$tmp/desktop.log" 2>&1 \
            || fail "desktop-file-validate: $(cat "$tmp/desktop.log")"
    else
        skip "desktop-file-validate (desktop-file-utils) not installed"
    fi
fi

if [[ -f $root/$metainfo ]]; then
    grep -q '<launchable type="desktop-id">steward.desktop</launchable>' "$root/$metainfo" \
        || fail "$metainfo does not launch steward.desktop"
    if command -v appstreamcli >/dev/null; then
        appstreamcli validate --no-net "$root/$metainfo" >"$tmp/metainfo.log" 2>&1 \
            || fail "appstreamcli validate: $(cat "$tmp/metainfo.log")"
    else
        skip "appstreamcli (appstream) not installed"
    fi
fi

if [[ -f $root/$icon ]]; then
    grep -q '<svg xmlns="http://www.w3.org/2000/svg"' "$root/$icon" || fail "$icon is not an SVG"
fi

# The package itself.
if command -v dpkg-deb >/dev/null; then
    if "$cpack" -G DEB --config "$build/CPackConfig.cmake" -B "$tmp/deb" >"$tmp/cpack.log" 2>&1; then
        debs=("$tmp"/deb/*.deb)
        if [[ ${#debs[@]} -ne 1 || ! -f ${debs[0]} ]]; then
            fail "cpack made ${#debs[@]} .deb files: ${debs[*]}"
        else
            deb=${debs[0]}
            package=$(dpkg-deb -f "$deb" Package)
            [[ $package == steward ]] || fail "Package: $package, not steward"
            depends=$(dpkg-deb -f "$deb" Depends)
            [[ $depends == *libqt6sql6-sqlite* ]] || fail "Depends lacks the SQLite plugin: $depends"
            [[ $depends == *libqt6core6* ]] || fail "Depends lacks Qt: $depends"

            # The same files as the install tree, no more, no fewer.
            dpkg-deb -c "$deb" | awk '$1 !~ /^d/ { sub(/^\.\//, "", $6); print $6 }' | sort >"$tmp/deb.list"
            (cd "$root" && find . ! -type d | sed 's|^\./||' | sort) >"$tmp/root.list"
            diff -u "$tmp/root.list" "$tmp/deb.list" >"$tmp/lists.diff" \
                || fail "the .deb and the install tree differ (- install tree, + .deb): $(cat "$tmp/lists.diff")"

            # Unpacked, the files other than the programs (which cpack strips) are the same bytes.
            dpkg-deb -x "$deb" "$tmp/unpacked"
            for f in "$desktop" "$icon" "$metainfo" "$unit" "${docs[@]}"; do
                cmp -s "$root/$f" "$tmp/unpacked/$f" || fail "/$f in the .deb differs from the install tree"
            done
            dpkg-deb -e "$deb" "$tmp/control"
            for script in postinst prerm postrm; do
                [[ -x $tmp/control/$script ]] || fail "the .deb has no executable $script"
            done
        fi
    else
        fail "cpack: $(tail -n 20 "$tmp/cpack.log")"
    fi
else
    skip "dpkg-deb not installed: the .deb was not built"
fi

if ((failures)); then
    echo "$failures check(s) failed" >&2
    exit 1
fi
echo "package contents: all checks passed"
