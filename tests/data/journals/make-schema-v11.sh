#!/usr/bin/env bash
# Writes schema-v11.sqlite: the format this release writes (a blinded experiment's packs taken,
# experiment_packs), made from schema-v10.sqlite by the quietlegs-cli of this release: a
# blinded plan starting on the day the script runs (`experiment plan` refuses past starts) and
# its first day's pack logged as taken.
#   tests/data/journals/make-schema-v11.sh build/src/cli/quietlegs-cli
set -euo pipefail
cli=$(realpath "$1")
here=$(cd "$(dirname "$0")" && pwd)
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
cp "$here/schema-v10.sqlite" "$work/j.sqlite"
q() { TZ=Europe/Berlin "$cli" --database "$work/j.sqlite" "$@" >/dev/null; }
today=$(TZ=Europe/Berlin date +%F)
q experiment plan --exposure magnesium_mg --outcome severity --dose 300 --blinded --seed 11 \
    --start "$today"
q experiment take-pack --date "$today"
sqlite3 "$work/j.sqlite" "PRAGMA wal_checkpoint(TRUNCATE);"
cp "$work/j.sqlite" "$here/schema-v11.sqlite"
