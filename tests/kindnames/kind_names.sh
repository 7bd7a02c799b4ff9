#!/bin/sh
# A game kind is a module: outside its own folders and the registration lists, no source file
# names it. The kinds are read from server/games/Kinds.cmake, so a new kind is held to this too.
#
# A kind's own folders: server/games/<kind>/, ui/games/<kind>/, resources/web/<kind>/,
# tests/games/<kind>/, and <kind>/ inside a tool (app/<tool>/<kind>/, tools/<tool>/<kind>/).
# The registration lists: server/games/Kinds.cmake, ui/games/BuiltinConsoleKinds.cpp.
# Files that still name a kind while they are being moved are listed in not-yet-moved.txt; the
# test fails when one of them no longer needs to be there, so that list only shrinks.
set -u
root=$(cd "$(dirname "$0")/../.." && pwd)
cd "$root" || exit 2
kinds=$(sed -n 's/^steward_game_kind(\([a-z0-9_]*\).*/\1/p' server/games/Kinds.cmake)
[ -n "$kinds" ] || { echo "no kinds found in server/games/Kinds.cmake"; exit 2; }
allowed="$root/tests/kindnames/not-yet-moved.txt"
pattern=$(echo $kinds | sed 's/ /|/g')
fail=0
named=$(find server ui app tools resources/web cmake CMakeLists.txt -type f \
            \( -name '*.cpp' -o -name '*.h' -o -name '*.js' -o -name '*.mjs' -o -name '*.html' -o -name '*.css' \
               -o -name '*.cmake' -o -name '*.in' -o -name 'CMakeLists.txt' \) \
            -not -path '*/node_modules/*' | sort | while read -r f; do
    case "$f" in
        server/games/Kinds.cmake|ui/games/BuiltinConsoleKinds.cpp) continue ;;
    esac
    own=0
    for k in $kinds; do
        case "$f" in
            server/games/$k/*|ui/games/$k/*|resources/web/$k/*|app/*/$k/*|tools/*/$k/*) own=1 ;;
        esac
    done
    [ $own = 1 ] && continue
    if grep -qiE "(^|[^a-z])($pattern)" "$f"; then echo "$f"; fi
done)
for f in $named; do
    if ! grep -qxF "$f" "$allowed"; then
        echo "names a game kind outside its folders: $f"
        grep -niE "(^|[^a-z])($pattern)" "$f" | head -3 | sed 's/^/    /'
        fail=1
    fi
done
for f in $(grep -v '^#' "$allowed" | grep -v '^$'); do
    if ! echo "$named" | grep -qxF "$f"; then
        echo "no longer names a kind (or is gone): take it off tests/kindnames/not-yet-moved.txt: $f"
        fail=1
    fi
done
count=$(echo "$named" | grep -c . )
echo "kinds: $(echo $kinds); files outside their folders still naming one: $count (listed in not-yet-moved.txt)"
exit $fail
