#!/usr/bin/env bash
# A national ID card / passport on a virtual reader, for integration tests: our own pcscd (in a
# private mount namespace, with its own socket) serving vsmartcard's virtual reader vpcd, and
# vsmartcard's ICAO ePassport emulator (vicc -t ePass) as the card, fed its MRZ on stdin (BAC
# only). With CARD_KIND=pace the card is instead sijil_chip_sim (tests/identity): a PACE ID card
# opened with its CAN, with EF.SOD signed under a test CSCA written to <state-dir>/trust.
#
#   card-emulator.sh start  <state-dir>   start pcscd and the card, wait until the card is in,
#                                         write <state-dir>/env
#   card-emulator.sh stop   <state-dir>   stop both by PID, remove the temporary files
#   card-emulator.sh remove <state-dir>   take the card out (stop its process), wait until pcscd
#                                         saw it
#   card-emulator.sh insert <state-dir>   put it back (start it again), wait until pcscd saw it
#   card-emulator.sh service-stop  <state-dir>   stop pcscd (and the card with it)
#   card-emulator.sh service-start <state-dir>   start pcscd again, with the card in
#
# <state-dir>/env (KEY=value lines): PCSCLITE_CSOCK_NAME (point pcsc-lite clients at it),
# CARD_READER (the reader's PC/SC name), CARD_MRZ, CARD_STATE_DIR, PCSCD_PID, VICC_PID (the
# card's process, vicc or sijil_chip_sim), VPCD_PORT, CARD_TMP, CARD_KIND; with pace also
# CARD_CAN, CARD_TRUST_DIR, CARD_SIM. Logs: <state-dir>/{pcscd,vicc}.log (the card's in vicc.log
# whatever its kind).
#
# Debian 12's vicc does not run the ePass card under Python 3: the installed virtualsmartcard
# package is copied into a temporary folder and vicc_py3_fixes.py (beside this script) applies
# our fixes to that copy; the system's copy is never touched.
#
# Environment (read by start): CARD_KIND (vicc, the default, or pace), CARD_MRZ (vicc: the
# 88-character TD3 zone, default the ICAO 9303 specimen of L898902C<3; pace: the 90-character TD1
# zone, default the specimen of D23145890), CARD_CAN (pace: default 123456), CARD_SIM (pace: the
# sijil_chip_sim executable), CARD_TIMEOUT (s, default 20). Packages: pcscd vsmartcard-vpcd
# vsmartcard-vpicc python3-virtualsmartcard python3-pycryptodome (see .ci/install-deps).
set -euo pipefail

here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
python=/usr/bin/python3 # Debian's: python3-virtualsmartcard and python3-pycryptodome are its
vicc_bin=/usr/bin/vicc
vpcd_driver=/usr/lib/pcsc/drivers/serial/libifdvpcd.so
vsc_package=/usr/lib/python3/site-packages/virtualsmartcard/virtualsmartcard
timeout_s=${CARD_TIMEOUT:-20}
default_mrz='P<UTOERIKSSON<<ANNA<MARIA<<<<<<<<<<<<<<<<<<<L898902C<3UTO6908061F9406236ZE184226B<<<<<14'
default_td1='I<UTOD231458907<<<<<<<<<<<<<<<7408122F1204159UTO<<<<<<<<<<<6ERIKSSON<<ANNA<MARIA<<<<<<<<<<'
default_can=123456
reader_name='Virtual PCD 00 00'

die() { echo "card-emulator: $*" >&2; exit 1; }
say() { echo "card-emulator: $*"; }

usage() {
    sed -n '2,35p' "$0" | sed 's/^# \{0,1\}//' >&2
    exit 2
}

need() {
    local missing=()
    command -v pcscd >/dev/null 2>&1 || missing+=(pcscd)
    command -v unshare >/dev/null 2>&1 || missing+=("unshare (util-linux)")
    [ -e "$vpcd_driver" ] || missing+=("$vpcd_driver (vsmartcard-vpcd)")
    [ -x "$python" ] || missing+=("$python")
    if [ "$KIND" = pace ]; then
        [ -n "$SIM" ] && [ -x "$SIM" ] ||
            missing+=("CARD_SIM: the sijil_chip_sim executable (got '${SIM}')")
    else
        [ -x "$vicc_bin" ] || missing+=("$vicc_bin (vsmartcard-vpicc)")
        [ -d "$vsc_package" ] || missing+=("$vsc_package (python3-virtualsmartcard)")
        [ -x "$python" ] && "$python" -c 'import Cryptodome' 2>/dev/null ||
            missing+=("python3-pycryptodome for $python")
    fi
    [ ${#missing[@]} -eq 0 ] || die "missing: ${missing[*]} (run .ci/install-deps test)"
}

# True while PID $1 runs (not a zombie) and its command line contains $2.
alive() {
    local pid=${1:-} pattern=${2:-} stat
    [ -n "$pid" ] && [ -r "/proc/$pid/stat" ] || return 1
    stat=$(sed 's/.*) //' "/proc/$pid/stat" 2>/dev/null) || return 1
    case "$stat" in Z* | X*) return 1 ;; esac
    [ -z "$pattern" ] || tr '\0' ' ' <"/proc/$pid/cmdline" 2>/dev/null | grep -q -- "$pattern"
}

stop_pid() {
    local pid=$1 pattern=$2 i
    alive "$pid" "$pattern" || return 0
    kill -TERM "$pid" 2>/dev/null || true
    for ((i = 0; i < 100; i++)); do alive "$pid" "$pattern" || return 0; sleep 0.1; done
    say "PID $pid still there after 10 s, killing it" >&2
    kill -KILL "$pid" 2>/dev/null || true
    for ((i = 0; i < 50; i++)); do alive "$pid" "$pattern" || return 0; sleep 0.1; done
    die "PID $pid did not exit"
}

# Two consecutive free TCP ports: vpcd opens one per slot.
free_port_pair() {
    "$python" - <<'PY'
import socket
for _ in range(50):
    a = socket.socket(); a.bind(("127.0.0.1", 0)); port = a.getsockname()[1]
    b = socket.socket()
    try:
        b.bind(("127.0.0.1", port + 1))
    except OSError:
        continue
    finally:
        a.close(); b.close()
    print(port); break
PY
}

PCSCD_PID='' VICC_PID='' VPCD_PORT='' CARD_TMP='' PCSCLITE_CSOCK_NAME='' MRZ=''
KIND=vicc CAN='' SIM='' TRUST_DIR=''
read_env() {
    local file=$1/env key value
    [ -f "$file" ] || return 1
    KIND=vicc
    while IFS='=' read -r key value; do
        case "$key" in
            PCSCD_PID | VICC_PID | VPCD_PORT | CARD_TMP | PCSCLITE_CSOCK_NAME) printf -v "$key" '%s' "$value" ;;
            CARD_MRZ) MRZ=$value ;;
            CARD_KIND) KIND=$value ;;
            CARD_CAN) CAN=$value ;;
            CARD_SIM) SIM=$value ;;
            CARD_TRUST_DIR) TRUST_DIR=$value ;;
        esac
    done <"$file"
}

# The card process's command line holds this: what alive() and stop_pid() check before a kill.
card_pattern() {
    if [ "$KIND" = pace ]; then echo sijil_chip_sim; else echo vicc; fi
}

write_env() {
    local state=$1
    cat >"$state/env.tmp" <<ENV
PCSCLITE_CSOCK_NAME=$PCSCLITE_CSOCK_NAME
CARD_READER=$reader_name
CARD_MRZ=$MRZ
CARD_STATE_DIR=$state
PCSCD_PID=$PCSCD_PID
VICC_PID=$VICC_PID
VPCD_PORT=$VPCD_PORT
CARD_TMP=$CARD_TMP
CARD_KIND=$KIND
ENV
    [ "$KIND" != pace ] || cat >>"$state/env.tmp" <<ENV
CARD_CAN=$CAN
CARD_TRUST_DIR=$TRUST_DIR
CARD_SIM=$SIM
ENV
    mv "$state/env.tmp" "$state/env"
}

# Waits until pcscd's log holds more than $2 lines matching $1.
wait_log() {
    local state=$1 pattern=$2 before=$3 what=$4 deadline=$(($(date +%s) + timeout_s))
    until [ "$(grep -c -- "$pattern" "$state/pcscd.log" 2>/dev/null || true)" -gt "$before" ]; do
        alive "$PCSCD_PID" pcscd || { tail -n 20 "$state/pcscd.log" >&2; die "pcscd exited"; }
        [ "$(date +%s)" -lt "$deadline" ] || {
            tail -n 20 "$state/pcscd.log" >&2
            tail -n 20 "$state/vicc.log" >&2 || true
            die "$what not seen within ${timeout_s}s"
        }
        sleep 0.1
    done
}

count_log() {
    grep -c -- "$2" "$1/pcscd.log" 2>/dev/null || true
}

start_card() {
    local state=$1
    if [ "$KIND" = pace ]; then
        setsid "$SIM" --host 127.0.0.1 --port "$VPCD_PORT" --can "$CAN" --mrz "$MRZ" \
            --trust-dir "$TRUST_DIR" </dev/null >>"$state/vicc.log" 2>&1 &
    else
        printf '%s\n\n' "$MRZ" >"$CARD_TMP/vicc.stdin"
        # MRZ, then an empty photo path (no DG2), on stdin.
        setsid env PYTHONPATH="$CARD_TMP/vsmartcard" "$python" "$vicc_bin" -t ePass \
            -H 127.0.0.1 -P "$VPCD_PORT" <"$CARD_TMP/vicc.stdin" >>"$state/vicc.log" 2>&1 &
    fi
    VICC_PID=$!
    write_env "$state"
}

cmd_insert() {
    local state=$1 before
    read_env "$state" || die "no emulator in $state (run: $0 start $state)"
    alive "$PCSCD_PID" pcscd || die "pcscd of $state is not running"
    if alive "$VICC_PID" "$(card_pattern)"; then
        say "the card is already in"
        return 0
    fi
    before=$(count_log "$state" "Card inserted into $reader_name")
    start_card "$state"
    wait_log "$state" "Card inserted into $reader_name" "$before" "the card in $reader_name"
    say "card inserted ($(card_pattern) PID $VICC_PID)"
}

cmd_remove() {
    local state=$1 before
    read_env "$state" || die "no emulator in $state"
    alive "$VICC_PID" "$(card_pattern)" || { say "no card in the reader"; return 0; }
    before=$(count_log "$state" "Card Removed From $reader_name")
    stop_pid "$VICC_PID" "$(card_pattern)"
    VICC_PID=''
    write_env "$state"
    wait_log "$state" "Card Removed From $reader_name" "$before" "the card leaving $reader_name"
    say "card removed"
}

start_pcscd() {
    local state=$1 before
    before=$(count_log "$state" "daemon ready")
    # pcscd keeps its socket and PID file under /run/pcscd, fixed at build time: in its own
    # mount namespace our folder is its /run, so it neither meets the system's pcscd nor needs
    # root's /run. Unprivileged users get a user namespace for the mount.
    local ns=(unshare -m --propagation private)
    [ "$(id -u)" -eq 0 ] || ns=(unshare -U -r -m --propagation private)
    "${ns[@]}" true 2>/dev/null ||
        { cmd_stop "$state" >&2; die "cannot make a mount namespace here (${ns[*]})"; }
    rm -f "$PCSCLITE_CSOCK_NAME"
    setsid "${ns[@]}" sh -c 'mount --bind "$1" /run && exec pcscd --foreground --info -c "$2"' \
        sh "$CARD_TMP/run" "$CARD_TMP/reader.conf.d" </dev/null >>"$state/pcscd.log" 2>&1 &
    PCSCD_PID=$!
    write_env "$state"
    wait_log "$state" "daemon ready" "$before" "pcscd ready"
    [ -S "$PCSCLITE_CSOCK_NAME" ] || { cmd_stop "$state" >&2; die "no socket at $PCSCLITE_CSOCK_NAME"; }
}

# The smart card service going away and coming back (an update, a crash): the card and the
# reader vanish with it, then come back.
cmd_service_stop() {
    local state=$1
    read_env "$state" || die "no emulator in $state"
    stop_pid "$VICC_PID" "$(card_pattern)"
    stop_pid "$PCSCD_PID" pcscd
    VICC_PID='' PCSCD_PID=''
    write_env "$state"
    say "pcscd stopped"
}

cmd_service_start() {
    local state=$1 before
    read_env "$state" || die "no emulator in $state"
    alive "$PCSCD_PID" pcscd && { say "pcscd is already running"; return 0; }
    [ -d "$CARD_TMP/reader.conf.d" ] || die "$state was stopped for good (run: $0 start $state)"
    start_pcscd "$state"
    before=$(count_log "$state" "Card inserted into $reader_name")
    start_card "$state"
    wait_log "$state" "Card inserted into $reader_name" "$before" "the card in $reader_name"
    say "pcscd started again (PID $PCSCD_PID), card in"
}

cmd_start() {
    local state=$1 kind=${CARD_KIND:-vicc}
    mkdir -p "$state"
    state=$(cd "$state" && pwd)
    if read_env "$state"; then
        if [ "$KIND" = "$kind" ] && alive "$PCSCD_PID" pcscd && alive "$VICC_PID" "$(card_pattern)"; then
            say "already running: $reader_name via $PCSCLITE_CSOCK_NAME"
            return 0
        fi
        say "cleaning up a previous run that is no longer whole"
        cmd_stop "$state"
    fi
    KIND=$kind CAN='' SIM='' TRUST_DIR=''
    case "$KIND" in
        vicc)
            MRZ=${CARD_MRZ:-$default_mrz}
            [ ${#MRZ} -eq 88 ] || die "CARD_MRZ must be a TD3 zone of 88 characters (got ${#MRZ})"
            ;;
        pace)
            MRZ=${CARD_MRZ:-$default_td1} CAN=${CARD_CAN:-$default_can} SIM=${CARD_SIM:-}
            TRUST_DIR=$state/trust
            [ ${#MRZ} -eq 90 ] || die "CARD_MRZ must be a TD1 zone of 90 characters (got ${#MRZ})"
            [[ "$CAN" =~ ^[0-9]{6}$ ]] || die "CARD_CAN must be 6 digits"
            ;;
        *) die "CARD_KIND must be vicc or pace (got '$KIND')" ;;
    esac
    need

    CARD_TMP=$(mktemp -d "${TMPDIR:-/tmp}/sijil-card.XXXXXX")
    VPCD_PORT=$(free_port_pair)
    PCSCLITE_CSOCK_NAME=$CARD_TMP/run/pcscd/pcscd.comm
    PCSCD_PID='' VICC_PID=''
    write_env "$state" # from here on, "stop" finds what to clean
    : >"$state/pcscd.log"
    : >"$state/vicc.log"

    mkdir -p "$CARD_TMP/run/pcscd" "$CARD_TMP/reader.conf.d"
    if [ "$KIND" = vicc ]; then
        mkdir -p "$CARD_TMP/vsmartcard"
        cp -r "$vsc_package" "$CARD_TMP/vsmartcard/"
        "$python" "$here/vicc_py3_fixes.py" "$CARD_TMP/vsmartcard/virtualsmartcard" ||
            { cmd_stop "$state" >&2; die "could not fix vicc for Python 3"; }
    else
        rm -rf "$TRUST_DIR"
        mkdir -p "$TRUST_DIR"
    fi
    cat >"$CARD_TMP/reader.conf.d/vpcd" <<CONF
FRIENDLYNAME "Virtual PCD"
DEVICENAME   /dev/null:$VPCD_PORT
LIBPATH      $vpcd_driver
CHANNELID    $VPCD_PORT
CONF

    start_pcscd "$state"
    start_card "$state"
    wait_log "$state" "Card inserted into $reader_name" 0 "the card in $reader_name"
    say "ready: $KIND card in '$reader_name' via $PCSCLITE_CSOCK_NAME (pcscd PID $PCSCD_PID, card PID $VICC_PID, vpcd port $VPCD_PORT)"
}

cmd_stop() {
    local state=$1
    [ -d "$state" ] || return 0
    read_env "$state" || { say "nothing to stop in $state"; return 0; }
    stop_pid "$VICC_PID" "$(card_pattern)"
    stop_pid "$PCSCD_PID" pcscd
    case "$CARD_TMP" in
        */sijil-card.*) rm -rf "$CARD_TMP" ;;
        '') ;;
        *) say "not removing unexpected CARD_TMP '$CARD_TMP'" >&2 ;;
    esac
    rm -f "$state/env"
    say "stopped"
}

[ $# -ge 2 ] || usage
case "$1" in
    start) cmd_start "$2" ;;
    stop) cmd_stop "$2" ;;
    remove) cmd_remove "$2" ;;
    insert) cmd_insert "$2" ;;
    service-stop) cmd_service_stop "$2" ;;
    service-start) cmd_service_start "$2" ;;
    *) usage ;;
esac
