#!/usr/bin/env bash
# A PACS for integration tests: Debian's Orthanc (with its DICOMweb and GDCM plugins), run from its
# own JSON configuration in the state folder, with fresh storage, on free ports, stopped by PID.
#
#   orthanc.sh start <state-dir>   write the configuration, start Orthanc, wait until both its
#                                  HTTP API and its DICOM port answer, write <state-dir>/env
#   orthanc.sh stop  <state-dir>   stop it by PID, wait for the exit, remove the stored data
#
# <state-dir>/env (KEY=value lines): ORTHANC_HTTP_URL (http://127.0.0.1:PORT), ORTHANC_HTTP_PORT,
# ORTHANC_DICOMWEB_URL, ORTHANC_USER, ORTHANC_PASSWORD (HTTP basic authentication),
# ORTHANC_HOST (127.0.0.1), ORTHANC_AET (the PACS's called AE title), ORTHANC_DICOM_PORT,
# ORTHANC_CALLING_AET (the AE title Orthanc knows Sijil by, in DicomModalities),
# ORTHANC_CALLING_PORT (the port Orthanc sends C-MOVE sub-operations to for Sijil's AE title: free
# when picked; tests run Sijil's storage SCP there while they need it), ORTHANC_PID,
# ORTHANC_STATE_DIR.
# Logs: <state-dir>/orthanc.log. `start` on a running server only reports it; `start` over the
# remains of a run that is no longer whole cleans them first; `stop` twice is harmless.
#
# Environment (read by start): ORTHANC_AET (default ORTHANC), ORTHANC_CALLING_AET (default
# SIJIL), ORTHANC_ENCODING (Orthanc's DefaultEncoding, the character set of its C-FIND answers:
# default Latin1, as Orthanc ships; Utf8 keeps Arabic names), ORTHANC_TIMEOUT (s, default 30). Packages: orthanc orthanc-dicomweb orthanc-gdcm, and
# gcc for the stack-size shim (see .ci/install-deps and tests/peers/README.md).
set -euo pipefail

orthanc_bin=/usr/sbin/Orthanc
plugin_dir=/usr/share/orthanc/plugins
python=/usr/bin/python3
timeout_s=${ORTHANC_TIMEOUT:-30}
pattern=Orthanc

die() { echo "orthanc: $*" >&2; exit 1; }
say() { echo "orthanc: $*"; }

usage() {
    sed -n '2,22p' "$0" | sed 's/^# \{0,1\}//' >&2
    exit 2
}

need() {
    local missing=()
    [ -x "$orthanc_bin" ] || missing+=("$orthanc_bin (orthanc)")
    [ -e "$plugin_dir/libOrthancDicomWeb.so" ] || missing+=("orthanc-dicomweb")
    [ -e "$plugin_dir/libOrthancGdcm.so" ] || missing+=("orthanc-gdcm")
    command -v gcc >/dev/null 2>&1 || missing+=(gcc)
    command -v curl >/dev/null 2>&1 || missing+=(curl)
    [ -x "$python" ] || missing+=("$python")
    [ ${#missing[@]} -eq 0 ] || die "missing: ${missing[*]} (run .ci/install-deps test)"
}

# True while PID $1 runs (not a zombie) and its command line contains $2: a zombie re-parented to
# a slow init counts as gone, and a recycled PID from a stale env file is never signalled.
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
    for ((i = 0; i < 200; i++)); do alive "$pid" "$pattern" || return 0; sleep 0.1; done
    say "PID $pid still there after 20 s, killing it" >&2
    kill -KILL "$pid" 2>/dev/null || true
    for ((i = 0; i < 50; i++)); do alive "$pid" "$pattern" || return 0; sleep 0.1; done
    die "PID $pid did not exit"
}

# N distinct TCP ports free on every address: Orthanc binds 0.0.0.0 whatever its configuration
# says, so a port free on 127.0.0.1 only is not enough. The sockets stay open until all are
# picked, so the same port cannot come back twice.
free_ports() {
    "$python" - "$1" <<'PY'
import socket, sys
socks = []
for _ in range(int(sys.argv[1])):
    s = socket.socket()
    s.bind(("0.0.0.0", 0))
    socks.append(s)
print(" ".join(str(s.getsockname()[1]) for s in socks))
for s in socks:
    s.close()
PY
}

ORTHANC_PID='' ORTHANC_HTTP_PORT='' ORTHANC_DICOM_PORT='' ORTHANC_CALLING_PORT=''
ORTHANC_USER='' ORTHANC_PASSWORD='' AET='' CALLING='' ENCODING=''
read_env() {
    local file=$1/env key value
    [ -f "$file" ] || return 1
    while IFS='=' read -r key value; do
        case "$key" in
            ORTHANC_PID | ORTHANC_HTTP_PORT | ORTHANC_DICOM_PORT | ORTHANC_CALLING_PORT | \
                ORTHANC_USER | ORTHANC_PASSWORD) printf -v "$key" '%s' "$value" ;;
            ORTHANC_AET) AET=$value ;;
            ORTHANC_CALLING_AET) CALLING=$value ;;
        esac
    done <"$file"
}

write_env() {
    local state=$1
    cat >"$state/env.tmp" <<ENV
ORTHANC_HTTP_URL=http://127.0.0.1:$ORTHANC_HTTP_PORT
ORTHANC_HTTP_PORT=$ORTHANC_HTTP_PORT
ORTHANC_DICOMWEB_URL=http://127.0.0.1:$ORTHANC_HTTP_PORT/dicom-web
ORTHANC_USER=$ORTHANC_USER
ORTHANC_PASSWORD=$ORTHANC_PASSWORD
ORTHANC_HOST=127.0.0.1
ORTHANC_AET=$AET
ORTHANC_DICOM_PORT=$ORTHANC_DICOM_PORT
ORTHANC_CALLING_AET=$CALLING
ORTHANC_CALLING_PORT=$ORTHANC_CALLING_PORT
ORTHANC_PID=$ORTHANC_PID
ORTHANC_STATE_DIR=$state
ENV
    mv "$state/env.tmp" "$state/env"
}

# Debian's Orthanc gives the worker threads of its embedded web server a 100 KiB stack, and the
# GDCM plugin's JPEG 2000 decoder overflows it (a segfault on any JPEG 2000 request). This shim,
# preloaded into Orthanc, raises every requested thread stack size to at least 8 MiB.
build_shim() {
    local state=$1
    cat >"$state/stack-shim.c" <<'C'
#define _GNU_SOURCE
#include <dlfcn.h>
#include <pthread.h>

int pthread_attr_setstacksize(pthread_attr_t* attr, size_t size) {
    static int (*real)(pthread_attr_t*, size_t);
    if (!real)
        real = (int (*)(pthread_attr_t*, size_t))dlsym(RTLD_NEXT, "pthread_attr_setstacksize");
    const size_t floor = 8u << 20;
    return real(attr, size < floor ? floor : size);
}
C
    gcc -O2 -shared -fPIC -o "$state/stack-shim.so" "$state/stack-shim.c" -ldl ||
        die "could not build the stack-size shim"
}

write_config() {
    local state=$1
    cat >"$state/orthanc.json" <<JSON
{
  "Name": "Sijil test PACS",
  "StorageDirectory": "$state/storage",
  "IndexDirectory": "$state/storage",
  "StorageCompression": false,
  "Plugins": ["$plugin_dir/libOrthancDicomWeb.so", "$plugin_dir/libOrthancGdcm.so"],
  "HttpServerEnabled": true,
  "HttpPort": $ORTHANC_HTTP_PORT,
  "HttpThreadsCount": 10,
  "RemoteAccessAllowed": false,
  "AuthenticationEnabled": true,
  "RegisteredUsers": { "$ORTHANC_USER": "$ORTHANC_PASSWORD" },
  "HttpDescribeErrors": true,
  "DicomServerEnabled": true,
  "DefaultEncoding": "$ENCODING",
  "DicomAet": "$AET",
  "DicomPort": $ORTHANC_DICOM_PORT,
  "DicomCheckCalledAet": true,
  "DicomCheckModalityHost": false,
  "DicomAlwaysAllowEcho": false,
  "DicomAlwaysAllowStore": false,
  "DicomScpTimeout": 30,
  "UnknownSopClassAccepted": false,
  "DicomModalities": {
    "sijil": { "AET": "$CALLING", "Host": "127.0.0.1", "Port": $ORTHANC_CALLING_PORT }
  },
  "DicomWeb": { "Enable": true, "Root": "/dicom-web/", "EnableWado": true },
  "Gdcm": { "Enable": true },
  "StableAge": 2,
  "SaveJobs": false,
  "ConcurrentJobs": 2
}
JSON
}

# Waits until the REST API answers with our credentials and the DICOM port accepts connections.
wait_ready() {
    local state=$1 deadline=$(($(date +%s) + timeout_s))
    until curl -sf -o /dev/null -u "$ORTHANC_USER:$ORTHANC_PASSWORD" \
        "http://127.0.0.1:$ORTHANC_HTTP_PORT/system" &&
        (exec 3<>"/dev/tcp/127.0.0.1/$ORTHANC_DICOM_PORT") 2>/dev/null; do
        alive "$ORTHANC_PID" "$pattern" || {
            tail -n 30 "$state/orthanc.log" >&2
            cmd_stop "$state" >&2
            die "Orthanc exited during start-up"
        }
        [ "$(date +%s)" -lt "$deadline" ] || {
            tail -n 30 "$state/orthanc.log" >&2
            cmd_stop "$state" >&2
            die "Orthanc not ready within ${timeout_s}s"
        }
        sleep 0.1
    done
}

cmd_start() {
    local state=$1
    mkdir -p "$state"
    state=$(cd "$state" && pwd)
    if read_env "$state"; then
        if alive "$ORTHANC_PID" "$pattern"; then
            say "already running: http://127.0.0.1:$ORTHANC_HTTP_PORT, $AET on port $ORTHANC_DICOM_PORT"
            return 0
        fi
        say "cleaning up a previous run that is no longer whole"
        cmd_stop "$state"
    fi
    need
    AET=${ORTHANC_AET:-ORTHANC} CALLING=${ORTHANC_CALLING_AET:-SIJIL}
    ENCODING=${ORTHANC_ENCODING:-Latin1}
    [[ "$ENCODING" =~ ^[A-Za-z0-9]+$ ]] || die "ORTHANC_ENCODING: an Orthanc encoding name (got '$ENCODING')"
    [[ "$AET" =~ ^[A-Z0-9_]{1,16}$ && "$CALLING" =~ ^[A-Z0-9_]{1,16}$ ]] ||
        die "AE titles are 1 to 16 characters of A-Z, 0-9 and _ (got '$AET', '$CALLING')"

    local ports
    read -r -a ports <<<"$(free_ports 3)"
    ORTHANC_HTTP_PORT=${ports[0]} ORTHANC_DICOM_PORT=${ports[1]} ORTHANC_CALLING_PORT=${ports[2]}
    ORTHANC_USER=sijil
    ORTHANC_PASSWORD=$(head -c 18 /dev/urandom | base64 | tr -d '/+=')
    ORTHANC_PID=''
    rm -rf "$state/storage"
    mkdir -p "$state/storage"
    write_env "$state" # from here on, "stop" finds what to clean
    write_config "$state"
    chmod 600 "$state/orthanc.json" "$state/env"
    build_shim "$state"
    : >"$state/orthanc.log"

    # setsid and no inherited stdio: the server outlives this script (and a CTest fixture's set-up
    # test) without holding its pipes open.
    setsid env LD_PRELOAD="$state/stack-shim.so" "$orthanc_bin" "$state/orthanc.json" \
        </dev/null >>"$state/orthanc.log" 2>&1 &
    ORTHANC_PID=$!
    write_env "$state"
    wait_ready "$state"
    say "ready: http://127.0.0.1:$ORTHANC_HTTP_PORT (user $ORTHANC_USER), $AET on DICOM port $ORTHANC_DICOM_PORT, calling AET $CALLING (PID $ORTHANC_PID)"
}

cmd_stop() {
    local state=$1
    [ -d "$state" ] || return 0
    read_env "$state" || { say "nothing to stop in $state"; return 0; }
    # Waiting for the exit matters: a new Orthanc on the same storage before the old one is gone
    # fails with "SQLite: database is locked".
    stop_pid "$ORTHANC_PID" "$pattern"
    rm -rf "$state/storage"
    rm -f "$state/env"
    say "stopped"
}

[ $# -ge 2 ] || usage
case "$1" in
    start) cmd_start "$2" ;;
    stop) cmd_stop "$2" ;;
    *) usage ;;
esac
