#!/usr/bin/env bash
# Installs a build into a temporary prefix and checks what a Linux desktop expects to find there:
# the executables, a valid launcher and AppStream metainfo under one id, the icon in every size,
# man pages that render without warnings, and bash completion.
#   check-install.sh BUILD_DIR APP_ID GUI(ON|OFF) SOURCE_DIR
# Exits 77 (CTest: skipped) when a validator is not installed; scripts/setup installs them all.
set -uo pipefail
build=$1 id=$2 gui=$3 source=$4

tools=(groff man)
# rsvg-convert: without it the build renders no PNG icons (data/CMakeLists.txt warns).
[ "$gui" = ON ] && tools+=(desktop-file-validate appstreamcli rsvg-convert)
for tool in "${tools[@]}"; do
    if ! command -v "$tool" >/dev/null; then
        echo "SKIP: $tool is not installed (scripts/setup installs it)"
        exit 77
    fi
done

prefix=$(mktemp -d)
trap 'rm -rf "$prefix"' EXIT
if ! cmake --install "$build" --prefix "$prefix" >"$prefix.log" 2>&1; then
    cat "$prefix.log"; rm -f "$prefix.log"
    echo "FAIL: cmake --install"; exit 1
fi
rm -f "$prefix.log"

status=0
fail() { echo "FAIL: $*"; status=1; }
share=$prefix/share
expect() { for f in "$@"; do [ -f "$f" ] || fail "not installed: ${f#"$prefix"/}"; done; }

pages=(quietlegs-cli)
[ "$gui" = ON ] && pages+=(quietlegs)
for page in "${pages[@]}"; do
    expect "$prefix/bin/$page" "$share/man/man1/$page.1" "$share/bash-completion/completions/$page"
    [ -x "$prefix/bin/$page" ] || fail "bin/$page is not executable"
    man1=$share/man/man1/$page.1
    [ -f "$man1" ] || continue
    # -ww: every groff warning; a page that warns renders wrongly somewhere.
    warnings=$(groff -man -Tutf8 -ww -z "$man1" 2>&1)
    [ -z "$warnings" ] || fail "$page.1: groff warns: $warnings"
    warnings=$(MANWIDTH=80 man --warnings -l "$man1" 2>&1 >/dev/null)
    [ -z "$warnings" ] || fail "$page.1: man warns: $warnings"
    text=$(MANWIDTH=80 man -l "$man1" 2>/dev/null)
    for section in NAME SYNOPSIS OPTIONS "EXIT STATUS" ENVIRONMENT FILES; do
        grep -q "^$section" <<<"$text" || fail "$page.1 has no $section section"
    done
    bash -n "$share/bash-completion/completions/$page" || fail "completion $page: bash syntax"
done

expect "$share/doc/quietlegs/copyright"
version=$("$prefix/bin/quietlegs-cli" --version 2>&1) || fail "installed quietlegs-cli --version"
echo "installed: $version"

if [ "$gui" = ON ]; then
    # quietlegs-cli links no Qt and runs libexec/quietlegs/quietlegs-cli-pdf for the report.
    journal=$prefix/check/journal.sqlite
    if ! out=$("$prefix/bin/quietlegs-cli" --database "$journal" demo --days 30 --end 2026-11-24 2>&1); then
        fail "installed quietlegs-cli demo: $out"
    elif ! out=$(QT_QPA_PLATFORM=offscreen "$prefix/bin/quietlegs-cli" --database "$journal" \
            export --format pdf --to 2026-11-24 --out "$prefix/check/report.pdf" 2>&1); then
        fail "installed quietlegs-cli export --format pdf: $out"
    elif [ "$(head -c 5 "$prefix/check/report.pdf")" != "%PDF-" ]; then
        fail "installed quietlegs-cli export --format pdf wrote no PDF"
    fi
    ldd "$prefix/bin/quietlegs-cli" | grep -q libQt6 && fail "bin/quietlegs-cli links Qt"
    # The app loads Qt Charts only with its chart sections' module, from lib/quietlegs.
    ldd "$prefix/bin/quietlegs" | grep -q libQt6Charts && fail "bin/quietlegs links Qt Charts"
    ls "$prefix"/lib*/quietlegs/quietlegs-chart-sections.so >/dev/null 2>&1 ||
        fail "not installed: lib/quietlegs/quietlegs-chart-sections.so"
    out=$(bash "$source/tests/install/chart-sections.sh" "$prefix/bin/quietlegs" 2>&1) ||
        fail "installed quietlegs: $out"

    desktop=$share/applications/$id.desktop
    metainfo=$share/metainfo/$id.metainfo.xml
    expect "$desktop" "$metainfo" "$share/icons/hicolor/scalable/apps/$id.svg"
    if [ -f "$desktop" ]; then
        out=$(desktop-file-validate "$desktop" 2>&1) || fail "desktop-file-validate: $out"
        grep -qx "Icon=$id" "$desktop" || fail "$id.desktop: Icon is not $id"
        exec=$(sed -n 's/^Exec=\([^ ]*\).*/\1/p' "$desktop")
        [ -x "$prefix/bin/$exec" ] || fail "$id.desktop: Exec=$exec is not installed in bin/"
    fi
    if [ -f "$metainfo" ]; then
        out=$(appstreamcli validate --no-net --no-color "$metainfo" 2>&1) ||
            fail "appstreamcli validate: $out"
        grep -q "<launchable type=\"desktop-id\">$id.desktop</launchable>" "$metainfo" ||
            fail "metainfo does not launch $id.desktop"
        grep -q "<release version=\"${version##* }\"" "$metainfo" ||
            fail "metainfo has no <release> for $version"
        # Screenshots are URLs of the repository's docs/images: each must be a picture there.
        while read -r url; do
            [ -f "$source/docs/images/${url##*/docs/images/}" ] ||
                fail "metainfo screenshot $url is not in docs/images"
        done < <(sed -n 's|.*<image>\(.*\)</image>.*|\1|p' "$metainfo")
    fi
    for size in 16 24 32 48 64 128 256; do
        png=$share/icons/hicolor/${size}x${size}/apps/$id.png
        expect "$png"
        [ -f "$png" ] || continue
        # PNG: width and height are big-endian at bytes 16..23 of the IHDR chunk.
        read -r w h < <(od -An -tu1 -j16 -N8 "$png" |
            awk '{print $1*16777216+$2*65536+$3*256+$4, $5*16777216+$6*65536+$7*256+$8}')
        [ "$w $h" = "$size $size" ] || fail "${size}x${size} icon is ${w}x${h}"
    done
fi

[ $status -eq 0 ] && echo "OK: the installed tree is complete and valid"
exit $status
