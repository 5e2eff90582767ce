#!/usr/bin/env bash
# The app loads Trends, Insights and Labs from its chart sections' module when one is first
# shown (src/gui/ChartSections.h): starts APP on Trends with a new journal, offscreen, and
# fails when the module could not be loaded (the app says so on stderr and in the section) or
# the app did not paint the opened journal. Then the same with a copy of APP that has no module
# beside it: the section says it could not be loaded, and the app does not fail.
#   chart-sections.sh APP
set -uo pipefail
app=$1
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
export XDG_CONFIG_HOME=$work/config XDG_DATA_HOME=$work/data XDG_CACHE_HOME=$work/cache
export XDG_RUNTIME_DIR=$work/runtime QT_QPA_PLATFORM=offscreen
mkdir -p "$XDG_CONFIG_HOME/QuietLegs" "$XDG_RUNTIME_DIR"
chmod 700 "$XDG_RUNTIME_DIR"
# Section 2 is Trends; the welcome has been seen.
printf '[mainWindow]\nsection=2\n\n[welcome]\nshown=true\n' >"$XDG_CONFIG_HOME/QuietLegs/QuietLegs.conf"
# QUIETLEGS_BENCH_FIRST_PAINT=journal: the app quits once it has painted the opened journal,
# which builds the section shown.
run() { QUIETLEGS_BENCH_FIRST_PAINT=journal timeout 60 "$1" --database "$work/journal.sqlite" 2>&1; }
out=$(run "$app")
status=$?
if [ $status -ne 0 ]; then
    echo "FAIL: $app exited with $status: $out"
    exit 1
fi
if grep -q "chart sections could not be loaded" <<<"$out"; then
    echo "FAIL: $out"
    exit 1
fi
grep -q "^first-paint " <<<"$out" || { echo "FAIL: $app painted no journal: $out"; exit 1; }
echo "the chart sections loaded: $app"

mkdir -p "$work/alone"
cp "$app" "$work/alone/quietlegs"
out=$(run "$work/alone/quietlegs")
status=$?
if [ $status -ne 0 ] || ! grep -q "chart sections could not be loaded" <<<"$out"; then
    echo "FAIL: without its module, the app should say so and go on (exit $status): $out"
    exit 1
fi
echo "without the module: $(grep "could not be loaded" <<<"$out")"
