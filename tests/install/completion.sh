#!/usr/bin/env bash
# Checks the bash completion of quietlegs-cli: a few completions a user types, then every
# command's flags and subcommands against the program's own --help, so the two cannot drift.
#   completion.sh COMPLETION_FILE QUIETLEGS_CLI [APP_COMPLETION_FILE QUIETLEGS]
set -uo pipefail
file=$1 cli=$2
# shellcheck source=/dev/null
source "$file"
status=0

complete_line() { # words of the line; the last is the one being completed
    COMP_WORDS=("$@")
    COMP_CWORD=$((${#COMP_WORDS[@]} - 1))
    COMPREPLY=()
    _quietlegs_cli
    printf '%s\n' "${COMPREPLY[@]}" | sort | tr '\n' ' ' | sed 's/ $//'
}
expect() { # expected reply, then the line
    local want=$1 got
    shift
    got=$(complete_line "$@")
    if [ "$got" != "$want" ]; then
        echo "FAIL: '$*' completes to '$got', expected '$want'"
        status=1
    fi
}

expect "experiment export" quietlegs-cli ex
expect "list log" quietlegs-cli --database /tmp/j.sqlite l
expect "daily factor intake lab med night week" quietlegs-cli log ""
expect "add list values" quietlegs-cli factor ""
expect "number yesno" quietlegs-cli factor add --name "hot bath" --kind ""
expect "csv fhir json pdf" quietlegs-cli export --format ""
expect "apple-health cronometer csv fitbit json" quietlegs-cli import --format ""
expect "ferrous_fumarate ferrous_gluconate ferrous_sulfate" \
    quietlegs-cli log intake --nutrient iron --form ferrous
expect "glycinate" quietlegs-cli log intake --nutrient magnesium --form gl
expect "daily intakes labs meds nights regimens weeks" quietlegs-cli list --from 2026-01-01 ""
expect "--dry-run" quietlegs-cli import --d
expect "pramipexole pregabalin" quietlegs-cli log med --drug pr
expect "iv oral patch" quietlegs-cli log med --route ""
expect "oral topical" quietlegs-cli log intake --route ""
expect "" quietlegs-cli log night --notes ""
expect "end-early list plan sheet show take-pack" quietlegs-cli experiment ""
expect "--blinded --block-days --blocks" quietlegs-cli experiment plan --bl

# Every flag and subcommand --help lists must be offered, and nothing it does not list.
flags_in_help() { # the long flags of the "Options:" section
    awk '/^[A-Za-z].*:$/ { section = $0; next }
         section == "Options:" && /^  -/ { print $1 }' |
        tr ',' '\n' | grep '^--' | sort | tr '\n' ' ' | sed 's/ $//'
}
commands_in_help() {
    awk '/^[A-Za-z].*:$/ { section = $0; next }
         section == "Subcommands:" && /^  [a-z]/ { print $1 }' | sort | tr '\n' ' ' | sed 's/ $//'
}
for path in "" demo log "log night" "log intake" "log daily" "log lab" "log med" list check export import \
    stats backup restore backups experiment "experiment plan" "experiment show" \
    "experiment end-early" "experiment list" "experiment sheet" "experiment take-pack" "log factor" factor "factor add" \
    "factor list" "factor values"; do
    # shellcheck disable=SC2086 # the path is words
    help=$("$cli" $path --help 2>&1) || { echo "FAIL: quietlegs-cli $path --help"; status=1; }
    # Only the flags that need --: a lone "-" would list nothing.
    # shellcheck disable=SC2086
    offered=$(complete_line quietlegs-cli $path --)
    wanted=$(flags_in_help <<<"$help")
    [ "$offered" = "$wanted" ] ||
        { echo "FAIL: 'quietlegs-cli $path' flags: completion '$offered', --help '$wanted'"; status=1; }
    wanted=$(commands_in_help <<<"$help")
    if [ -n "$wanted" ] || [ "$path" = log ]; then
        # shellcheck disable=SC2086
        offered=$(complete_line quietlegs-cli $path "")
        [ "$offered" = "$wanted" ] ||
            { echo "FAIL: 'quietlegs-cli $path' commands: completion '$offered', --help '$wanted'"; status=1; }
    fi
done

# The desktop app: its options against its own --help (Qt's format: "  -h, --help  ...").
if [ $# -ge 4 ]; then
    # shellcheck source=/dev/null
    source "$3"
    COMP_WORDS=(quietlegs --)
    COMP_CWORD=1
    _quietlegs
    offered=$(printf '%s\n' "${COMPREPLY[@]}" | sort | tr '\n' ' ' | sed 's/ $//')
    wanted=$(env -u DISPLAY -u WAYLAND_DISPLAY -u QT_QPA_PLATFORM "$4" --help |
        awk '/^  -/ { print $1; print $2 }' | tr -d ',' | grep '^--' | sort | tr '\n' ' ' |
        sed 's/ $//')
    [ "$offered" = "$wanted" ] ||
        { echo "FAIL: 'quietlegs' flags: completion '$offered', --help '$wanted'"; status=1; }
fi

[ $status -eq 0 ] && echo "OK: completion matches --help"
exit $status
