#!/usr/bin/env bash
# Writes schema-v10.sqlite: the format this release writes (issue 22: source and source_name on
# nights, intakes and daily entries; a device's sleep kept beside a typed diary; food counted
# once), made from schema-v9.sqlite by the quietlegs-cli of this release: a typed night that a
# Fitbit import keeps as device_sleep, hand-logged food a Cronometer import covers, and an Apple
# Health import with its source names.
#   tests/data/journals/make-schema-v10.sh build/src/cli/quietlegs-cli
set -euo pipefail
cli=$(realpath "$1")
here=$(cd "$(dirname "$0")" && pwd)
data=$(cd "$here/.." && pwd)
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
cp "$here/schema-v9.sqlite" "$work/j.sqlite"
q() { TZ=Europe/Berlin "$cli" --database "$work/j.sqlite" "$@" >/dev/null; }
q log night --date 2026-11-21 --severity 5 --into-bed 22:40 --lights-out 23:00 --sleep-latency 54 \
    --awakenings 4 --waso 40 --final-wake 06:30 --out-of-bed 06:45
q import "$data/fitbit/sleep-2026-11-20.json"
q log intake --at 2026-11-05T13:00 --nutrient magnesium --form food --elemental-mg 120 --label lunch
q import "$data/cronometer/dailysummary-overlap.csv"
q import "$data/apple-health/export.xml"
sqlite3 "$work/j.sqlite" "PRAGMA wal_checkpoint(TRUNCATE);"
cp "$work/j.sqlite" "$here/schema-v10.sqlite"
