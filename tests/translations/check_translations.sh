#!/usr/bin/env bash
# Every word the console shows is translated: the shipped .ts files, brought up to date with the
# sources exactly as `steward_lupdate` would, hold no unfinished message (a new string in the
# sources that nobody translated shows up here as unfinished, too).
#   check_translations.sh LUPDATE SOURCE_DIR
set -euo pipefail
lupdate=$1
src=$2
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
status=0
for ts in "$src"/translations/steward_*.ts; do
    name=$(basename "$ts")
    lang=${name#steward_}
    lang=${lang%.ts}
    cp "$ts" "$work/$name"
    (cd "$src" && "$lupdate" -silent -no-obsolete -locations none -target-language "$lang" \
        ui app/steward/main.cpp server/client/HostClient.cpp -ts "$work/$name")
    total=$(grep -c '<source>' "$work/$name" || true)
    unfinished=$(grep -c 'type="unfinished"' "$work/$name" || true)
    if [[ "$unfinished" -ne 0 ]]; then
        echo "FAIL: $name: $unfinished of $total messages unfinished, for example:"
        grep -B2 'type="unfinished"' "$work/$name" | grep '<source>' | head -5 | sed 's/^ */    /'
        status=1
    elif ! cmp -s "$ts" "$work/$name"; then
        echo "FAIL: $name is not up to date with the sources: run cmake --build build --target steward_lupdate"
        diff "$ts" "$work/$name" | head -10
        status=1
    else
        echo "ok: $name: all $total messages translated"
    fi
done
exit $status
