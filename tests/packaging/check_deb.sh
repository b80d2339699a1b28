#!/usr/bin/env bash
# Builds the Sijil .deb from a configured and built tree, then checks it the way Debian, desktops
# and software centres will see it: file list and permissions, control fields, lintian, the
# desktop entry, the AppStream metadata, the compressed documentation, and the packaged binaries
# themselves (run from an extracted copy, since dpkg -i into a throwaway root is not possible).
#
# Usage: check_deb.sh <cpack> <CPackConfig.cmake> <version> <app id>
# Every missing tool or failed check stops the script with a non-zero exit and a FAIL: line.
set -euo pipefail

if [[ $# -ne 4 ]]; then
    echo "usage: $0 <cpack> <CPackConfig.cmake> <version> <app id>" >&2
    exit 2
fi
cpack=$1 config=$2 version=$3 app_id=$4

fail() {
    echo "FAIL: $*" >&2
    exit 1
}
step() { echo "== $*"; }

# --- tools: a missing one is a failure, never a skip (they come from .ci/install-deps) --------
declare -A tool_package=(
    [dpkg-deb]=dpkg [dpkg-shlibdeps]=dpkg-dev [lintian]=lintian
    [desktop-file-validate]=desktop-file-utils [appstreamcli]=appstream [file]=file
    [man]=man-db [col]=bsdextrautils [gzip]=gzip [od]=coreutils)
for tool in "${!tool_package[@]}"; do
    command -v "$tool" >/dev/null ||
        fail "'$tool' is not installed (Debian package: ${tool_package[$tool]})"
done
[[ -x $cpack ]] || fail "cpack not found at '$cpack'"
[[ -f $config ]] || fail "'$config' does not exist: configure the project first"

tmp=$(mktemp -d "${TMPDIR:-/tmp}/sijil-deb.XXXXXX")
trap 'rm -rf "$tmp"' EXIT

# --- build the package ------------------------------------------------------------------------
step "cpack -G DEB"
if ! "$cpack" --config "$config" -G DEB -B "$tmp/out" >"$tmp/cpack.log" 2>&1; then
    cat "$tmp/cpack.log" >&2
    fail "cpack could not build the .deb (was the tree built? cpack does not build it)"
fi
arch=$(dpkg --print-architecture)
deb="$tmp/out/sijil_${version}_${arch}.deb"
[[ -f $deb ]] || fail "expected $(basename "$deb") (DEB-DEFAULT name); got: $(ls "$tmp/out")"
echo "built $(basename "$deb")"

# --- control fields ---------------------------------------------------------------------------
step "control fields"
field() { dpkg-deb -f "$deb" "$1"; }
expect_field() {
    local got
    got=$(field "$1")
    [[ $got == "$2" ]] || fail "control field $1 is '$got', expected '$2'"
}
expect_field Package sijil
expect_field Version "$version"
expect_field Architecture "$arch"
expect_field Section science
expect_field Priority optional
expect_field Maintainer "Sijil team <sijil@sante.gov.ma>"
expect_field Recommends qt6-translations-l10n
[[ -n $(field Homepage) ]] || fail "control field Homepage is empty"
depends=$(field Depends)
echo "Depends: $depends"
# dpkg-shlibdeps must have run (the Qt libraries), and the run-time needs it cannot see must be
# there: the SQLite plug-in Qt loads with dlopen, and a font that has Arabic glyphs.
for dep in libqt6core6 libqt6widgets6 libqt6sql6 libqt6sql6-sqlite \
    "fonts-noto-core | fonts-dejavu-core"; do
    grep -qE "(^|, )${dep//|/\\|}( |,|$)" <<<"$depends" || fail "Depends lacks '$dep'"
done
description=$(field Description)
synopsis=$(head -n1 <<<"$description")
[[ -n $synopsis && ${#synopsis} -lt 80 ]] || fail "synopsis missing or 80+ characters: '$synopsis'"
[[ $(wc -l <<<"$description") -ge 3 ]] || fail "the Description has no extended description"
# CPack XML-escapes a description read from CPACK_PACKAGE_DESCRIPTION_FILE; catch it coming back.
if grep -qE '&[a-z]+;' <<<"$description"; then fail "XML entities in the Description"; fi

# --- file list, owners and permissions --------------------------------------------------------
step "contents"
dpkg-deb -c "$deb" >"$tmp/contents"
has_file() {
    # dpkg-deb -c: perms owner size date time path
    grep -qE "^$2 root/root +[0-9]+ [0-9-]+ [0-9:]+ \./$1$" "$tmp/contents" ||
        fail "the package lacks ./$1 as root-owned $2; it has:
$(cat "$tmp/contents")"
}
has_file usr/bin/sijil -rwxr-xr-x
has_file usr/bin/sijilctl -rwxr-xr-x
for f in "usr/share/applications/$app_id.desktop" \
    "usr/share/metainfo/$app_id.metainfo.xml" \
    "usr/share/icons/hicolor/scalable/apps/$app_id.svg" \
    "usr/share/icons/hicolor/256x256/apps/$app_id.png" \
    usr/share/doc/sijil/copyright usr/share/doc/sijil/changelog.gz \
    usr/share/man/man1/sijil.1.gz usr/share/man/man1/sijilctl.1.gz; do
    has_file "$f" -rw-r--r--
done
if awk '{print $1, $2}' "$tmp/contents" | grep -vE '^(d|-)r[w-]xr-xr-x root/root$|^-rw-r--r-- root/root$'; then
    fail "entries above have unusual permissions or owners"
fi
# Development files leaking from a module's install() would end up on every workstation.
if grep -E '\.(a|h|hpp|cmake|pc)$|/include/' "$tmp/contents"; then
    fail "development files in the package (listed above)"
fi

dpkg-deb -x "$deb" "$tmp/root"
root="$tmp/root"

# --- binaries and icon, as file(1) sees them --------------------------------------------------
step "file types"
for b in sijil sijilctl; do
    info=$(file -b "$root/usr/bin/$b")
    [[ $info == ELF* ]] || fail "usr/bin/$b is not an ELF executable: $info"
    [[ $info == *", stripped"* ]] || fail "usr/bin/$b is not stripped: $info"
done
info=$(file -b "$root/usr/share/icons/hicolor/256x256/apps/$app_id.png")
[[ $info == "PNG image data, 256 x 256,"* ]] || fail "the 256x256 icon is: $info"
info=$(file -b "$root/usr/share/icons/hicolor/scalable/apps/$app_id.svg")
[[ $info == "SVG Scalable Vector Graphics image"* ]] || fail "the scalable icon is: $info"

# --- gzip -9n: maximum compression, no name, no timestamp (reproducible) ----------------------
step "compressed documentation"
for gz in usr/share/doc/sijil/changelog.gz usr/share/man/man1/sijil.1.gz \
    usr/share/man/man1/sijilctl.1.gz; do
    gzip -t "$root/$gz" || fail "$gz is not a valid gzip file"
    read -r -a hdr <<<"$(od -An -tu1 -N10 "$root/$gz")"
    (((hdr[3] & 8) == 0)) || fail "$gz stores the original file name (use gzip -n)"
    ((hdr[4] + hdr[5] + hdr[6] + hdr[7] == 0)) || fail "$gz stores a timestamp (use gzip -n)"
    ((hdr[8] == 2)) || fail "$gz was not compressed with -9 (XFL=${hdr[8]})"
done

# --- every place that carries the version agrees with the package -----------------------------
step "versions"
first=$(gzip -dc "$root/usr/share/doc/sijil/changelog.gz" | head -n1)
[[ $first == "sijil ($version) "* ]] ||
    fail "the newest changelog entry is '$first', expected sijil ($version): add an entry"
release=$(grep -oE '<release [^>]*version="[^"]+"' "$root/usr/share/metainfo/$app_id.metainfo.xml" |
    head -n1 | sed -E 's/.*version="([^"]+)"/\1/')
[[ $release == "$version" ]] ||
    fail "the newest AppStream <release> is '$release', expected $version: add one"
head -n1 "$root/usr/share/doc/sijil/copyright" |
    grep -qx 'Format: https://www.debian.org/doc/packaging-manuals/copyright-format/1.0/' ||
    fail "copyright is not in the Debian machine-readable format"

# --- desktop entry ----------------------------------------------------------------------------
step "desktop-file-validate"
desktop="$root/usr/share/applications/$app_id.desktop"
desktop-file-validate "$desktop" || fail "desktop-file-validate rejects $app_id.desktop"
exec_line=$(grep -E '^Exec=' "$desktop" | head -n1)
exec_bin=${exec_line#Exec=}
exec_bin=${exec_bin%% *}
[[ -x $root/usr/bin/$exec_bin ]] || fail "$exec_line names no packaged binary"
grep -qx "Icon=$app_id" "$desktop" || fail "the desktop entry's Icon is not $app_id"
for lang in ar en; do
    for key in GenericName Comment Keywords; do
        grep -q "^${key}\[${lang}\]=" "$desktop" || fail "the desktop entry lacks ${key}[${lang}]"
    done
done

# --- AppStream --------------------------------------------------------------------------------
step "appstreamcli validate"
metainfo="$root/usr/share/metainfo/$app_id.metainfo.xml"
appstreamcli validate --no-net "$metainfo" || fail "appstreamcli validate rejects the metainfo"
# validate-tree also checks that the launchable names a desktop file installed beside it.
appstreamcli validate-tree --no-net "$root" || fail "appstreamcli validate-tree rejects the tree"
mapfile -t binaries < <(grep -oE '<binary>[^<]+</binary>' "$metainfo" | sed -E 's/<\/?binary>//g')
((${#binaries[@]} > 0)) || fail "the metainfo provides no binary"
for b in "${binaries[@]}"; do
    [[ -x $root/usr/bin/$b ]] || fail "the metainfo provides binary '$b' that is not packaged"
done

# --- lintian: errors fail, warnings are shown ---------------------------------------------------
step "lintian"
# --no-cfg: a personal lintianrc must not hide tags; --fail-on error: warnings do not fail.
set +e
lintian --no-cfg --display-info --fail-on error "$deb" >"$tmp/lintian.log" 2>&1
lintian_rc=$?
set -e
grep -v 'running with root privileges is not recommended' "$tmp/lintian.log" || true
((lintian_rc != 2)) || fail "lintian reports errors (the E: lines above)"
((lintian_rc == 0)) || fail "lintian itself failed (exit $lintian_rc)"
if grep -q '^E: ' "$tmp/lintian.log"; then fail "lintian reports errors (the E: lines above)"; fi
echo "lintian: $(grep -c '^W: ' "$tmp/lintian.log" || true) warning(s), no error"

# --- the packaged binaries run against the system's libraries ---------------------------------
step "run the extracted binaries"
# Keep them away from the real user's data and configuration.
mkdir -p "$tmp/home" "$tmp/data" "$tmp/runtime"
chmod 700 "$tmp/runtime"
run() {
    env -i PATH=/usr/bin:/bin HOME="$tmp/home" LANG=C.UTF-8 XDG_RUNTIME_DIR="$tmp/runtime" \
        SIJIL_DATA_DIR="$tmp/data" QT_QPA_PLATFORM=offscreen "$@"
}
out=$(run "$root/usr/bin/sijilctl" version) || fail "sijilctl version failed: $out"
echo "$out"
[[ $(head -n1 <<<"$out") == "sijilctl $version" ]] ||
    fail "sijilctl version printed '$(head -n1 <<<"$out")', expected 'sijilctl $version'"
out=$(run "$root/usr/bin/sijil" --version 2>/dev/null) || fail "sijil --version failed: $out"
[[ $out == "sijil $version" ]] || fail "sijil --version printed '$out', expected 'sijil $version'"

# --- manual pages cover what the programs say they accept -------------------------------------
step "manual pages"
render() { MANWIDTH=1000 LANG=C.UTF-8 man -l "$1" 2>"$tmp/man.err" | col -b; }
for page in sijil sijilctl; do
    text=$(render "$root/usr/share/man/man1/$page.1.gz")
    [[ ! -s $tmp/man.err ]] || fail "man reports problems in $page.1: $(cat "$tmp/man.err")"
    grep -q "Sijil $version" <<<"$text" || fail "$page.1 does not carry version $version"
done
ctl_man=$(render "$root/usr/share/man/man1/sijilctl.1.gz")
ctl_help=$(run "$root/usr/bin/sijilctl" --help) || fail "sijilctl --help failed"
# Command lines of the help are indented by two spaces: "  users add IDENTIFIANT ...";
# subcommands may hold hyphens ("ipp add-block").
mapfile -t commands < <(grep -oE '^  [a-z]+( [a-z][a-z-]*)?' <<<"$ctl_help" | sed 's/^  //' | sort -u)
((${#commands[@]} > 0)) || fail "no command found in 'sijilctl --help': $ctl_help"
# A documented command or option is an item of its own: a rendered line that starts with it.
for c in "${commands[@]}"; do
    grep -qE -- "^ +$c( |$)" <<<"$ctl_man" ||
        fail "sijilctl.1 has no entry for '$c' (see sijilctl --help)"
done
# Options of single commands (--json, --role...) sit inside the command's entry: mentioned is enough.
mapfile -t options < <(grep -oE -- '--[a-z][a-z-]+' <<<"$ctl_help" | sort -u)
for o in "${options[@]}"; do
    grep -qF -- "$o" <<<"$ctl_man" || fail "sijilctl.1 does not document $o (see sijilctl --help)"
done
app_man=$(render "$root/usr/share/man/man1/sijil.1.gz")
app_help=$(run "$root/usr/bin/sijil" --help 2>/dev/null) || fail "sijil --help failed"
mapfile -t options < <(grep -oE -- '^ +(-[a-zA-Z], )?--[a-z][a-z-]+' <<<"$app_help" |
    grep -oE -- '--[a-z-]+')
((${#options[@]} > 0)) || fail "no option found in 'sijil --help': $app_help"
for o in "${options[@]}"; do
    grep -qE -- "^ +(-[a-zA-Z], )?$o( |$)" <<<"$app_man" ||
        fail "sijil.1 has no entry for $o (see sijil --help)"
done
echo "sijilctl.1 documents: ${commands[*]/%/;}"
echo "sijil.1 documents: ${options[*]}"

echo "PASS: $(basename "$deb")"
