#!/usr/bin/env bash
# Writes schema-v9.sqlite: the format this release writes (weekly check-ins, night onset/
# awakenings/arms, own factors, labs with context, medicines), made from schema-v5.sqlite by the
# quietlegs-cli of this release, with a few rows in every new table.
#   tests/data/journals/make-schema-v9.sh build/src/cli/quietlegs-cli
set -euo pipefail
cli=$(realpath "$1")
here=$(cd "$(dirname "$0")" && pwd)
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
cp "$here/schema-v5.sqlite" "$work/j.sqlite"
q() { TZ=Europe/Berlin "$cli" --database "$work/j.sqlite" "$@" >/dev/null; }
q log night --date 2025-03-04 --severity 4 --onset 21:30 --rls-awakenings 2 --arms
q log week --week-ending 2025-03-02 --irls 2,2,1,2,1,1,2,1,2,1
q factor add --name "long drive" --unit min --kind number
q factor add --name "hot bath" --kind yesno
q log factor --date 2025-03-01 --name "long drive" --value 90
q log factor --date 2025-03-02 --name "hot bath" --value yes
q log med --at 2025-03-01T20:00 --drug pramipexole --dose-mg 0.25
q log med --at 2025-03-02T20:00 --drug other --dose-mg 5 --notes melatonin
q log lab --date 2025-02-20 --test crp --value 3.2 --unit mg/L --laboratory "City Lab" \
    --morning-no-iron-24h
sqlite3 "$work/j.sqlite" "INSERT INTO medicine_presets (name, drug, dose_mg, route, notes, position)
    VALUES ('Evening pramipexole', 'pramipexole', 0.25, 'oral', '', 0);
    PRAGMA wal_checkpoint(TRUNCATE);"
cp "$work/j.sqlite" "$here/schema-v9.sqlite"
