#!/usr/bin/env bash
# --help and --version answer without a display (a terminal over ssh, a packaging script) and
# exit 0; their help names the exit codes. A bad flag exits 2, as documented.
#   no-display.sh QUIETLEGS_CLI [QUIETLEGS]
set -uo pipefail
status=0
headless() { env -u DISPLAY -u WAYLAND_DISPLAY -u QT_QPA_PLATFORM "$@"; }
check() { # exe flag expected-code text-it-must-print
    local out code
    out=$(headless "$1" "$2" 2>&1)
    code=$?
    [ $code -eq "$3" ] || { echo "FAIL: $(basename "$1") $2 exits $code, expected $3: $out"; status=1; }
    grep -q -- "$4" <<<"$out" || { echo "FAIL: $(basename "$1") $2 does not print '$4': $out"; status=1; }
}
for exe in "$@"; do
    check "$exe" --help 0 "Exit codes: 0"
    check "$exe" --version 0 "[0-9]\+\.[0-9]\+\.[0-9]\+"
done
check "$1" --no-such-flag 2 "Run with --help"
if [ $# -ge 2 ]; then
    check "$2" -h 0 "--database"
    # A bad flag is only found once Qt has started, so it gets a platform that needs no display.
    out=$(QT_QPA_PLATFORM=offscreen "$2" --no-such-flag 2>&1)
    code=$?
    [ $code -eq 2 ] || { echo "FAIL: quietlegs --no-such-flag exits $code, expected 2: $out"; status=1; }
fi
[ $status -eq 0 ] && echo "OK: --help and --version need no display"
exit $status
