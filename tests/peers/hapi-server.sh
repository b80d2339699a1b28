#!/usr/bin/env bash
# The central FHIR server for integration tests: HAPI FHIR JPA (R4) on a throw-away PostgreSQL 15
# cluster, both on 127.0.0.1 only, both stopped by PID.
#
#   hapi-server.sh start <state-dir> [port]   build the launcher if needed, start both, wait for
#                                             GET /fhir/metadata, write <state-dir>/env
#   hapi-server.sh stop  <state-dir>          stop both by PID, wait for exit, remove the data
#   hapi-server.sh url   <state-dir>          print the FHIR base URL of a running server
#   hapi-server.sh build                      only build (or find in the cache) the launcher jar
#
# The port may also come from HAPI_PORT; without either a free port is picked. <state-dir>/env is
# shell- and CMake-readable (KEY=value lines): HAPI_URL, HAPI_PORT, HAPI_PID, PG_PID, PG_PORT, ...
# Logs: <state-dir>/{build,hapi,postgres}.log. Everything is idempotent: start on a running server
# only reports it, stop on a stopped one does nothing.
#
# Environment knobs: SIJIL_PEERS_CACHE (default ~/.cache/sijil-peers) holds the built launcher;
# HAPI_START_TIMEOUT (s, default 240); HAPI_JAVA_OPTS (default -Xmx768m, C1 only, serial GC);
# HAPI_CDS=0 (no class-data-sharing archive); passed on to the server: HAPI_VALIDATE=1 (validate
# request bodies), HAPI_IF_MATCH_409=1 (stock HAPI's 409 for a stale If-Match instead of R4's 412);
# SIJIL_PG_USER (default sijiltest: the unprivileged owner of the cluster when run as root).
set -euo pipefail

here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
src="$here/hapi"
pgbin=${SIJIL_PG_BIN:-/usr/lib/postgresql/15/bin}
cache_root=${SIJIL_PEERS_CACHE:-${XDG_CACHE_HOME:-$HOME/.cache}/sijil-peers}
start_timeout=${HAPI_START_TIMEOUT:-240}
pg_user=${SIJIL_PG_USER:-sijiltest}
java_opts=${HAPI_JAVA_OPTS:--Xms256m -Xmx768m -XX:+UseSerialGC -XX:TieredStopAtLevel=1 -Xss512k -XX:ReservedCodeCacheSize=128m -Djava.net.preferIPv4Stack=true -Dfile.encoding=UTF-8 -Duser.timezone=UTC}

hapi_pattern=sijil-hapi-launcher
pg_pattern=postgres

die() { echo "hapi-server: $*" >&2; exit 1; }
say() { echo "hapi-server: $*"; }

usage() {
    sed -n '2,20p' "$0" | sed 's/^# \{0,1\}//' >&2
    exit 2
}

need() {
    local missing=()
    for tool in "$@"; do command -v "$tool" >/dev/null 2>&1 || missing+=("$tool"); done
    [ -x "$pgbin/initdb" ] || missing+=("$pgbin/initdb (Debian package postgresql-15)")
    [ ${#missing[@]} -eq 0 ] || die "missing: ${missing[*]} (see tests/peers/README.md for the packages)"
}

# --- the launcher jar ------------------------------------------------------------------------

# The cache key: every source file's content, plus the Java major version.
source_hash() {
    {
        (cd "$src" && find pom.xml src -type f -print0 | LC_ALL=C sort -z | xargs -0 sha256sum)
        java -XshowSettings:properties -version 2>&1 | grep -E 'java\.(specification\.)?version ='
    } | sha256sum | cut -c1-16
}

# Prints the launcher jar's path, building it first if the cache has no build of these sources.
# Tries Maven offline first (no network needed once ~/.m2 has everything), then online.
build_launcher() {
    local log=$1 hash dir
    hash=$(source_hash)
    dir="$cache_root/hapi-$hash"
    mkdir -p "$cache_root"
    if [ ! -f "$dir/.complete" ]; then
        # One build at a time per cache (ctest --parallel, two developers' shells...).
        exec 8>"$cache_root/hapi-build.lock"
        flock 8
        if [ ! -f "$dir/.complete" ]; then
            local work t0
            t0=$(date +%s)
            work=$(mktemp -d "$cache_root/build.XXXXXX")
            cp -r "$src/pom.xml" "$src/src" "$work/"
            say "building the HAPI launcher (the first build on a machine downloads ~350 MB from Maven Central; log: $log)" >&2
            if ! (cd "$work" && mvn -q -B -o package) >"$log" 2>&1; then
                echo "--- offline build failed, retrying online" >>"$log"
                if ! (cd "$work" && mvn -q -B package) >>"$log" 2>&1; then
                    tail -n 40 "$log" >&2
                    rm -rf "$work"
                    die "Maven build of $src failed (full log: $log)"
                fi
            fi
            rm -rf "$dir"
            mkdir -p "$dir"
            mv "$work/target/sijil-hapi-launcher.jar" "$work/target/lib" "$dir/"
            rm -rf "$work"
            touch "$dir/.complete"
            say "launcher built in $(( $(date +%s) - t0 )) s: $dir" >&2
            # Builds of other sources unused for a week go (not sooner: another work tree's server
            # may be running from one).
            find "$cache_root" -mindepth 2 -maxdepth 2 -path "$cache_root/hapi-*/.complete" -mtime +7 \
                -printf '%h\0' | xargs -0 -r rm -rf
        fi
        exec 8>&-
    fi
    touch "$dir/.complete" # marks it used
    echo "$dir/sijil-hapi-launcher.jar"
}

# --- helpers ---------------------------------------------------------------------------------

port_free() {
    python3 -c 'import socket,sys; s=socket.socket(); s.bind(("127.0.0.1",int(sys.argv[1]))); s.close()' "$1" 2>/dev/null
}

free_port() {
    python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1]); s.close()'
}

# Seconds since a $(date +%s%N) stamp, one decimal.
elapsed() {
    local ms=$((($(date +%s%N) - $1) / 1000000))
    printf '%d.%d' $((ms / 1000)) $((ms % 1000 / 100))
}

# True while PID $1 runs and its command line contains $2. A zombie counts as gone: here the
# servers are re-parented to an init that reaps slowly, and `kill -0` would see them for seconds.
# The pattern guards against a PID from a stale env file that now belongs to something else.
alive() {
    local pid=${1:-} pattern=${2:-} stat
    [ -n "$pid" ] && [ -r "/proc/$pid/stat" ] || return 1
    stat=$(sed 's/.*) //' "/proc/$pid/stat" 2>/dev/null) || return 1
    case "$stat" in Z* | X*) return 1 ;; esac
    [ -z "$pattern" ] || tr '\0' ' ' <"/proc/$pid/cmdline" 2>/dev/null | grep -q -- "$pattern"
}

# Sends a signal and waits for the process to be gone; escalates to SIGKILL after $3 seconds.
stop_pid() {
    local pid=$1 pattern=$2 sig=$3 grace=$4 i
    alive "$pid" "$pattern" || return 0
    kill "-$sig" "$pid" 2>/dev/null || true
    for ((i = 0; i < grace * 10; i++)); do
        alive "$pid" "$pattern" || return 0
        sleep 0.1
    done
    say "PID $pid still there after ${grace}s, killing it" >&2
    hapi_killed=1
    kill -KILL "$pid" 2>/dev/null || true
    for ((i = 0; i < 50; i++)); do alive "$pid" "$pattern" || return 0; sleep 0.1; done
    die "PID $pid did not exit"
}

read_env() {
    local file=$1/env
    [ -f "$file" ] || return 1
    HAPI_URL='' HAPI_PID='' PG_PID='' PG_DATA='' PG_PORT='' HAPI_PORT='' HAPI_CDS_PENDING=''
    local key value
    while IFS='=' read -r key value; do
        case "$key" in
            HAPI_URL | HAPI_PID | PG_PID | PG_DATA | PG_PORT | HAPI_PORT | HAPI_CDS_PENDING)
                printf -v "$key" '%s' "$value" ;;
        esac
    done <"$file"
}

# Runs a command as the cluster owner (PostgreSQL refuses to run as root).
as_pg() {
    if [ "$(id -u)" -eq 0 ]; then
        setpriv --reuid="$pg_user" --regid="$pg_user" --init-groups --reset-env -- "$@"
    else
        "$@"
    fi
}

ensure_pg_user() {
    [ "$(id -u)" -eq 0 ] || return 0
    if ! id -u "$pg_user" >/dev/null 2>&1; then
        useradd --system --user-group --no-create-home --home-dir /nonexistent \
            --shell /usr/sbin/nologin "$pg_user"
    fi
}

# --- class data sharing ---------------------------------------------------------------------
# The JVM spends much of its start-up loading and verifying ~20,000 classes. The first start of a
# build records them (-XX:ArchiveClassesAtExit, written when the JVM exits on "stop"); later starts
# map that archive (-XX:SharedArchiveFile). Skipped on CI (a fresh machine starts once: recording
# would only cost) and with HAPI_CDS=0.

# Sets cds_opts (and HAPI_CDS_PENDING when recording).
cds_options() {
    local dir=$1
    cds_opts=''
    [ "${HAPI_CDS:-1}" != 0 ] || return 0
    if [ -s "$dir/hapi.jsa" ]; then
        cds_opts="-XX:SharedArchiveFile=$dir/hapi.jsa -Xshare:auto"
    elif [ -z "${CI:-}" ]; then
        HAPI_CDS_PENDING="$dir/hapi.jsa.$$"
        cds_opts="-XX:ArchiveClassesAtExit=$HAPI_CDS_PENDING"
    fi
}

# After the JVM exited: keep the archive it wrote only if it exited by itself (a killed JVM
# leaves no archive, or half of one).
cds_keep() {
    local pending=${HAPI_CDS_PENDING:-}
    [ -n "$pending" ] || return 0
    if [ -s "$pending" ] && [ "${hapi_killed:-0}" = 0 ] && [ ! -e "${pending%.*}" ]; then
        mv -f "$pending" "${pending%.*}"
    else
        rm -f "$pending"
    fi
}

# --- start / stop ----------------------------------------------------------------------------

# Undoes a half-done start (whatever the env file names), then fails.
fail_start() {
    local state=$1
    shift
    hapi_killed=1 # a failed start records no class archive
    cmd_stop "$state" >&2 || true
    die "$*"
}

start_postgres() {
    local state=$1
    ensure_pg_user
    PG_DATA=$(mktemp -d "${TMPDIR:-/tmp}/sijil-hapi-pg.XXXXXX")
    PG_PORT=$(free_port)
    PG_PASSWORD=$(head -c 18 /dev/urandom | base64 | tr -d '/+=')
    # Written to the env file before anything can fail, so "stop" always finds what to clean.
    write_env "$state"
    mkdir -p "$PG_DATA/data" "$PG_DATA/run"
    printf '%s\n' "$PG_PASSWORD" >"$PG_DATA/pwfile"
    : >"$state/postgres.log"
    if [ "$(id -u)" -eq 0 ]; then
        chown -R "$pg_user:" "$PG_DATA" "$state/postgres.log"
    fi
    chmod 700 "$PG_DATA"
    as_pg "$pgbin/initdb" -D "$PG_DATA/data" -U hapi --pwfile="$PG_DATA/pwfile" \
        --auth=scram-sha-256 -E UTF8 --no-locale --no-sync >"$state/initdb.log" 2>&1 ||
        { cat "$state/initdb.log" >&2; fail_start "$state" "initdb failed"; }
    rm -f "$PG_DATA/pwfile"
    # A throw-away cluster: no durability wanted, speed is.
    cat >>"$PG_DATA/data/postgresql.conf" <<EOF
listen_addresses = '127.0.0.1'
port = $PG_PORT
unix_socket_directories = '$PG_DATA/run'
max_connections = 40
fsync = off
synchronous_commit = off
full_page_writes = off
shared_buffers = 64MB
log_min_messages = warning
log_line_prefix = '%m [%p] '
EOF
    as_pg "$pgbin/pg_ctl" -D "$PG_DATA/data" -l "$state/postgres.log" -w -t 60 start \
        </dev/null >>"$state/initdb.log" 2>&1 ||
        { tail -n 30 "$state/postgres.log" >&2; fail_start "$state" "PostgreSQL did not start"; }
    PG_PID=$(head -n 1 "$PG_DATA/data/postmaster.pid")
    write_env "$state"
    as_pg env PGPASSWORD="$PG_PASSWORD" "$pgbin/createdb" \
        -h 127.0.0.1 -p "$PG_PORT" -U hapi hapi >>"$state/initdb.log" 2>&1 ||
        { cat "$state/initdb.log" >&2; fail_start "$state" "createdb failed"; }
}

write_env() {
    local state=$1
    cat >"$state/env.tmp" <<EOF
HAPI_URL=${HAPI_URL:-}
HAPI_PORT=${HAPI_PORT:-}
HAPI_PID=${HAPI_PID:-}
PG_PID=${PG_PID:-}
PG_PORT=${PG_PORT:-}
PG_DATA=${PG_DATA:-}
HAPI_CDS_PENDING=${HAPI_CDS_PENDING:-}
EOF
    mv "$state/env.tmp" "$state/env"
}

metadata_ok() {
    curl -sf -o /dev/null --max-time 10 -H 'Accept: application/fhir+json' "$1/metadata"
}

cmd_start() {
    local state=$1 port=${2:-${HAPI_PORT:-}}
    need java mvn curl python3 setpriv flock
    mkdir -p "$state"
    state=$(cd "$state" && pwd)

    if read_env "$state"; then
        if alive "$HAPI_PID" "$hapi_pattern" && alive "$PG_PID" "$pg_pattern" && [ -n "$HAPI_URL" ] && metadata_ok "$HAPI_URL"; then
            say "already running: $HAPI_URL (HAPI PID $HAPI_PID, PostgreSQL PID $PG_PID)"
            return 0
        fi
        say "cleaning up a previous run that is no longer whole"
        cmd_stop "$state"
    fi

    if [ -n "$port" ] && ! port_free "$port"; then
        die "port $port on 127.0.0.1 is already in use"
    fi

    local jar
    jar=$(build_launcher "$state/build.log")

    HAPI_URL='' HAPI_PID='' PG_PID='' PG_DATA='' PG_PORT='' HAPI_PORT='' HAPI_CDS_PENDING=''
    local t0
    t0=$(date +%s%N)
    start_postgres "$state"

    HAPI_PORT=${port:-$(free_port)}
    local cds_opts
    cds_options "$(dirname "$jar")"
    # setsid + no inherited stdio: the server outlives this script (and a CTest fixture's setup
    # test) without holding its pipes open.
    # shellcheck disable=SC2086
    HAPI_DB_URL="jdbc:postgresql://127.0.0.1:$PG_PORT/hapi" HAPI_DB_USER=hapi \
        HAPI_DB_PASSWORD="$PG_PASSWORD" \
        setsid java $java_opts $cds_opts -jar "$jar" "$HAPI_PORT" </dev/null >"$state/hapi.log" 2>&1 &
    HAPI_PID=$!
    HAPI_URL="http://127.0.0.1:$HAPI_PORT/fhir"
    write_env "$state"

    local deadline=$(($(date +%s) + start_timeout))
    # Ready means: our JVM said so, and the URL answers (not some other server on that port).
    until grep -q '^SIJIL-HAPI READY' "$state/hapi.log" && metadata_ok "$HAPI_URL"; do
        if ! alive "$HAPI_PID" "$hapi_pattern"; then
            echo "----- last lines of $state/hapi.log" >&2
            tail -n 60 "$state/hapi.log" >&2
            fail_start "$state" "HAPI exited before answering $HAPI_URL/metadata (log: $state/hapi.log)"
        fi
        if [ "$(date +%s)" -ge "$deadline" ]; then
            echo "----- last lines of $state/hapi.log" >&2
            tail -n 60 "$state/hapi.log" >&2
            fail_start "$state" "no answer from $HAPI_URL/metadata within ${start_timeout}s (log: $state/hapi.log)"
        fi
        sleep 0.5
    done
    say "ready: $HAPI_URL (HAPI PID $HAPI_PID, PostgreSQL PID $PG_PID on 127.0.0.1:$PG_PORT) after $(elapsed "$t0") s"
}

cmd_stop() {
    local state=$1
    [ -d "$state" ] || return 0
    read_env "$state" || { say "nothing to stop in $state"; return 0; }
    if alive "$HAPI_PID" "$hapi_pattern"; then
        local hwm
        hwm=$(awk '/VmHWM/ {print $2 " " $3}' "/proc/$HAPI_PID/status" 2>/dev/null || true)
        [ -z "$hwm" ] || say "HAPI peak resident memory (VmHWM): $hwm"
        stop_pid "$HAPI_PID" "$hapi_pattern" TERM 60
    fi
    cds_keep
    if alive "$PG_PID" "$pg_pattern"; then
        # SIGQUIT is PostgreSQL's "immediate" shutdown: no checkpoint, which is all a cluster
        # about to be deleted needs (SIGINT, "fast", takes seconds more for nothing).
        stop_pid "$PG_PID" "$pg_pattern" QUIT 30
    fi
    if [ -n "$PG_DATA" ] && [ -d "$PG_DATA" ]; then
        case "$PG_DATA" in
            */sijil-hapi-pg.*) rm -rf "$PG_DATA" ;;
            *) say "not removing unexpected PG_DATA '$PG_DATA'" >&2 ;;
        esac
    fi
    rm -f "$state/env"
    say "stopped"
}

cmd_url() {
    local state=$1
    read_env "$state" || die "no server in $state (run: $0 start $state)"
    alive "$HAPI_PID" "$hapi_pattern" || die "the server of $state is not running"
    echo "$HAPI_URL"
}

[ $# -ge 1 ] || usage
case "$1" in
    start) [ $# -ge 2 ] || usage; cmd_start "$2" "${3:-}" ;;
    stop) [ $# -ge 2 ] || usage; cmd_stop "$2" ;;
    url) [ $# -ge 2 ] || usage; cmd_url "$2" ;;
    build) need java mvn; build_launcher "${2:-/dev/stderr}" ;;
    *) usage ;;
esac
