# bash completion for quietlegs-cli                                    -*- shell-script -*-
# Written from src/cli/*.cpp; tests/install/completion.sh checks every command's flags against
# the program's own --help, so a flag added there without being added here fails the tests.

# The value lists below mirror the program's (src/core/Nutrient.cpp and the command files).
_quietlegs_cli_forms()
{
    case $1 in
        magnesium) echo "oxide carbonate citrate malate glycinate lactate chloride taurate threonate aspartate orotate sulfate food unknown" ;;
        iron) echo "ferrous_sulfate ferrous_gluconate ferrous_fumarate bisglycinate polysaccharide food unknown" ;;
        *) echo "food unknown" ;;
    esac
}

_quietlegs_cli()
{
    local cur=${COMP_WORDS[COMP_CWORD]} prev=${COMP_WORDS[COMP_CWORD - 1]}
    local command="" sub="" nutrient="" positional=0 i word
    COMPREPLY=()

    # Flags that take a value; their values are skipped when finding the command.
    local valued="--database --days --seed --end --date --irls --severity --into-bed --lights-out
        --sleep-latency --awakenings --waso --final-wake --out-of-bed --notes --time-zone --at
        --nutrient --form --compound-mg --elemental-mg --route --label --caffeine --alcohol --exercise
        --stress --test --value --unit --from --to --format --out --patient --recipient --paper
        --compare --outcome --magnesium-limit --map --max-lag --primary --mid --exposure --dose
        --blocks --block-days --washout --start --onset --rls-awakenings --week-ending --name --kind --laboratory
        --week-start --rda-profile --period"
    valued=" ${valued//$'\n'/ } "

    for ((i = 1; i < COMP_CWORD; i++)); do
        word=${COMP_WORDS[i]}
        if [[ $word == -* ]]; then
            # export --notes is a flag; log night --notes takes text.
            if [[ $valued == *" $word "* && ! ($word == --notes && $command == export) ]]; then
                [[ $word == --nutrient ]] && nutrient=${COMP_WORDS[i + 1]}
                ((i++))
            fi
        elif [[ -z $command ]]; then
            command=$word
        elif [[ ($command == log || $command == experiment || $command == factor) && -z $sub ]]; then
            sub=$word
        else
            ((positional++))
        fi
    done

    # A flag's value.
    case $prev in
        --database | --out)
            compopt -o filenames 2>/dev/null
            mapfile -t COMPREPLY < <(compgen -f -- "$cur")
            return ;;
        --format)
            case $command in
                export) mapfile -t COMPREPLY < <(compgen -W "json csv fhir pdf" -- "$cur") ;;
                import) mapfile -t COMPREPLY < <(compgen -W "json cronometer fitbit csv apple-health" -- "$cur") ;;
            esac
            return ;;
        --nutrient)
            mapfile -t COMPREPLY < <(compgen -W "magnesium iron vitamin_b6 vitamin_c other" -- "$cur")
            return ;;
        --form)
            mapfile -t COMPREPLY < <(compgen -W "$(_quietlegs_cli_forms "$nutrient")" -- "$cur")
            return ;;
        --route)
            if [[ $sub == med ]]; then
                mapfile -t COMPREPLY < <(compgen -W "oral patch iv" -- "$cur")
            else
                mapfile -t COMPREPLY < <(compgen -W "oral topical" -- "$cur")
            fi
            return ;;
        --drug)
            mapfile -t COMPREPLY < <(compgen -W "levodopa pramipexole ropinirole rotigotine
                gabapentin gabapentin_enacarbil pregabalin oxycodone_naloxone methadone tramadol
                clonazepam ferric_carboxymaltose iron_sucrose other" -- "$cur")
            return ;;
        --time-zone)
            # The zone names of the system's tz database, as libdate-tz reads it.
            local zones
            zones=$(cd /usr/share/zoneinfo 2>/dev/null && find . -type f ! -path './posix/*' \
                ! -path './right/*' ! -name '*.*' ! -name 'leap*' ! -name localtime \
                ! -name posixrules ! -name Factory | sed 's|^\./||')
            mapfile -t COMPREPLY < <(compgen -W "$zones" -- "$cur")
            return ;;
        --test)
            mapfile -t COMPREPLY < <(compgen -W "ferritin tsat serum_magnesium hemoglobin crp" -- "$cur")
            return ;;
        --unit)
            [[ $command == factor ]] && return # a factor's own unit: free text
            mapfile -t COMPREPLY < <(compgen -W "ug/L ng/mL % mmol/L mg/dL g/dL g/L mg/L" -- "$cur")
            return ;;
        --kind) mapfile -t COMPREPLY < <(compgen -W "number yesno" -- "$cur"); return ;;
        --name) return ;;
        --sleep-source | --food-source) return ;; # a sourceName of the export: free text
        --paper) mapfile -t COMPREPLY < <(compgen -W "a4 letter" -- "$cur"); return ;;
        --week-start)
            mapfile -t COMPREPLY < <(compgen -W "monday sunday" -- "$cur")
            return ;;
        --rda-profile)
            mapfile -t COMPREPLY < <(compgen -W "male_19_30 male_31_plus female_19_30
                female_31_50 female_51_plus pregnant" -- "$cur")
            return ;;
        --outcome)
            mapfile -t COMPREPLY < <(compgen -W "irls_total severity sleep_efficiency
                onset_min_before_lights_out rls_awakenings" -- "$cur")
            return ;;
        --exposure)
            mapfile -t COMPREPLY < <(compgen -W "magnesium_mg iron_mg caffeine_mg alcohol_units
                exercise_min stress" -- "$cur")
            return ;;
        --notes) [[ $command == export ]] || return ;;
        --days | --seed | --end | --date | --irls | --severity | --into-bed | --lights-out | \
            --sleep-latency | --awakenings | --waso | --final-wake | --out-of-bed | --at | \
            --compound-mg | --elemental-mg | --label | --caffeine | --alcohol | --exercise | \
            --stress | --value | --from | --to | --patient | --recipient | --compare | \
            --magnesium-limit | --map | --max-lag | --primary | --mid | --dose | --blocks | \
            --block-days | --washout | --start | --laboratory | --dose-mg | --period)
            return ;; # free values: nothing sensible to offer
    esac

    local flags="" words=""
    case $command in
        "") flags="--database --help --version"
            words="demo log list check export import stats backup restore backups recover
                experiment factor alerts" ;;
        demo) flags="--days --seed --end" ;;
        log)
            case $sub in
                "") words="night intake daily lab week factor med" ;;
                night) flags="--date --irls --severity --into-bed --lights-out --sleep-latency
                              --awakenings --waso --final-wake --out-of-bed --notes
                              --time-zone --onset --rls-awakenings --arms" ;;
                intake) flags="--at --nutrient --form --compound-mg --elemental-mg --route --label" ;;
                daily) flags="--date --caffeine --alcohol --exercise --stress" ;;
                lab) flags="--date --test --value --unit --laboratory --morning-no-iron-24h" ;;
                week) flags="--week-ending --irls" ;;
                factor) flags="--date --name --value" ;;
                med) flags="--at --drug --dose-mg --route --notes" ;;
            esac ;;
        list) flags="--from --to --json"
            ((positional == 0)) && words="nights intakes daily labs weeks meds regimens" ;;
        check | backups) ;;
        export) flags="--format --from --to --out --force --patient --recipient --paper --notes
                       --compare --outcome --magnesium-limit --week-start --rda-profile
                       --period" ;;
        import) flags="--format --map --dry-run --replace-manual --sleep-source --food-source" ;;
        stats) flags="--from --to --max-lag --compare --outcome --primary --mid --include-topical
            --json" ;;
        factor)
            case $sub in
                "") words="add list values" ;;
                add) flags="--name --unit --kind" ;;
                list) flags="--json" ;;
                values) flags="--from --to --json" ;;
            esac ;;
        backup | recover) flags="--out --force" ;;
        restore) ;;
        alerts) flags="--json" ;;
        experiment)
            case $sub in
                "") words="plan show end-early list sheet take-pack" ;;
                plan) flags="--exposure --outcome --dose --blocks --block-days --washout --start
                             --seed --mid --blinded --json" ;;
                show) flags="--json" ;;
                sheet) flags="--out" ;;
                take-pack) flags="--date --remove" ;;
            esac ;;
    esac
    [[ -n $command ]] && flags="$flags --help"

    if [[ $cur == -* ]]; then
        mapfile -t COMPREPLY < <(compgen -W "$flags" -- "$cur")
    elif [[ ($command == import || $command == restore) && $positional -eq 0 ]]; then
        compopt -o filenames 2>/dev/null
        mapfile -t COMPREPLY < <(compgen -f -- "$cur")
    else
        mapfile -t COMPREPLY < <(compgen -W "$words" -- "$cur")
    fi
}

complete -F _quietlegs_cli quietlegs-cli
