# bash completion for quietlegs (the desktop app)                     -*- shell-script -*-
# Written from src/app/main.cpp; tests/install/completion.sh checks it against --help.

_quietlegs()
{
    local cur=${COMP_WORDS[COMP_CWORD]} prev=${COMP_WORDS[COMP_CWORD - 1]}
    COMPREPLY=()
    case $prev in
        --database)
            compopt -o filenames 2>/dev/null
            mapfile -t COMPREPLY < <(compgen -f -- "$cur")
            return ;;
        -platform) mapfile -t COMPREPLY < <(compgen -W "xcb wayland offscreen" -- "$cur"); return ;;
        -style) mapfile -t COMPREPLY < <(compgen -W "Fusion Windows" -- "$cur"); return ;;
    esac
    mapfile -t COMPREPLY < <(compgen -W "--database --dark --minimized --help --help-all --version" -- "$cur")
}

complete -F _quietlegs quietlegs
