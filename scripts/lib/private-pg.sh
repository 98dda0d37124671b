#!/usr/bin/env bash
# shellcheck shell=bash
#
# Private PostgreSQL 15 cluster for local development and tests.
#
# Source this file, then call:
#   private_pg_ensure                 start the cluster (or reuse it if it is already running)
#   private_pg_admin_url <db>         print postgres://postgres@127.0.0.1:<port>/<db>
#   private_pg_psql <db> [args...]    run psql as superuser "postgres" with ON_ERROR_STOP=1
#   private_pg_create_db <name>       create a database if it does not exist
#   private_pg_stop                   stop the cluster (data is kept)
#
# Or run it directly: scripts/lib/private-pg.sh {start|stop|status|url [db]|psql [db] [args...]}
#
# Layout (the directory is git-ignored and reusable):
#   <repo>/.local/pg/data          data directory (owned by the OS user "postgres" when run as root)
#   <repo>/.local/pg/sock/         unix socket directory
#   <repo>/.local/pg/postgres.log  server log
# When run as root and the postgres OS user cannot traverse <repo>/.local (e.g. a clone under
# /root), the cluster lives in /tmp/rezilient-restore-pg-<hash of the repo path> instead.
#
# Settings (environment):
#   RRS_PRIVATE_PG_PORT           TCP port on 127.0.0.1 (default 55432)
#   RRS_PRIVATE_PG_START_TIMEOUT  seconds to wait for the server to accept connections (default 60)
#   RRS_PG_BINDIR                 PostgreSQL 15 binaries (default /usr/lib/postgresql/15/bin)
#
# Authentication is "trust" for local-socket and 127.0.0.1 connections only: this is a private,
# loopback-only development cluster. Durability is relaxed (fsync=off) for speed; a crash of the
# server process is recovered normally, only an OS crash can lose data.
#
# The functions do not rely on the caller's `set -e`; each returns non-zero on failure.

# --- paths and settings -----------------------------------------------------------------------

_PRIVATE_PG_REPO_ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd -P)"
PRIVATE_PG_BINDIR="${RRS_PG_BINDIR:-/usr/lib/postgresql/15/bin}"
PRIVATE_PG_PORT="${RRS_PRIVATE_PG_PORT:-55432}"
PRIVATE_PG_BASE=""   # set by _private_pg_resolve_base
PRIVATE_PG_DATA=""
PRIVATE_PG_LOG=""
_PRIVATE_PG_LOCK_FD=""  # descriptor of the lock held by private_pg_ensure

_private_pg_say() { printf 'private-pg: %s\n' "$*" >&2; }
_private_pg_err() { printf 'private-pg: ERROR: %s\n' "$*" >&2; }

_private_pg_is_root() { [[ "${EUID:-$(id -u)}" -eq 0 ]]; }

# Run a command as the OS user that owns the cluster (postgres when we are root), from "/"
# so that an unreadable current directory (e.g. /root) does not produce warnings.
_private_pg_as_owner() {
    if _private_pg_is_root; then
        (cd / && runuser -u postgres -- "$@")
    else
        (cd / && "$@")
    fi
}

_private_pg_check_settings() {
    if ! [[ "$PRIVATE_PG_PORT" =~ ^[0-9]+$ ]] || ((PRIVATE_PG_PORT < 1 || PRIVATE_PG_PORT > 65535)); then
        _private_pg_err "RRS_PRIVATE_PG_PORT must be a TCP port number, got '${PRIVATE_PG_PORT}'"
        return 1
    fi
    if [[ ! -x "$PRIVATE_PG_BINDIR/postgres" || ! -x "$PRIVATE_PG_BINDIR/psql" ]]; then
        _private_pg_err "PostgreSQL 15 binaries not found in $PRIVATE_PG_BINDIR (Debian: apt-get install postgresql-15)"
        return 1
    fi
    if _private_pg_is_root && ! id postgres >/dev/null 2>&1; then
        _private_pg_err "running as root but there is no 'postgres' OS user to run the server (apt-get install postgresql-15 creates it)"
        return 1
    fi
    return 0
}

_private_pg_repo_hash() {
    printf '%s' "$_PRIVATE_PG_REPO_ROOT" | sha256sum | cut -c1-10
}

# Decide where the cluster lives; sets PRIVATE_PG_BASE / _DATA / _LOG. Does not start anything.
_private_pg_resolve_base() {
    local local_dir="$_PRIVATE_PG_REPO_ROOT/.local"
    local preferred="$local_dir/pg"
    local fallback
    fallback="/tmp/rezilient-restore-pg-$(_private_pg_repo_hash)"

    PRIVATE_PG_BASE="$preferred"
    if _private_pg_is_root; then
        # The postgres OS user must be able to reach <repo>/.local; `test -x` fails when any
        # directory of the parent chain is not searchable for it.
        if [[ ! -d "$local_dir" ]] || ! (cd / && runuser -u postgres -- test -x "$local_dir"); then
            PRIVATE_PG_BASE="$fallback"
        fi
    fi
    # An existing cluster in the fallback location keeps being used even if .local became
    # reachable later (no silent second cluster).
    if [[ "$PRIVATE_PG_BASE" == "$preferred" && ! -f "$preferred/data/PG_VERSION" && -f "$fallback/data/PG_VERSION" ]]; then
        PRIVATE_PG_BASE="$fallback"
    fi
    PRIVATE_PG_DATA="$PRIVATE_PG_BASE/data"
    PRIVATE_PG_LOG="$PRIVATE_PG_BASE/postgres.log"
}

# Create the base directory owned by the cluster owner, mode 700.
_private_pg_prepare_base() {
    if [[ "$PRIVATE_PG_BASE" != "$_PRIVATE_PG_REPO_ROOT/.local/pg" ]]; then
        _private_pg_say "$_PRIVATE_PG_REPO_ROOT/.local is not reachable by the postgres OS user; using $PRIVATE_PG_BASE instead"
    fi
    if [[ ! -d "$PRIVATE_PG_BASE" ]]; then
        mkdir -m 700 "$PRIVATE_PG_BASE" 2>/dev/null || [[ -d "$PRIVATE_PG_BASE" ]] || {
            _private_pg_err "cannot create $PRIVATE_PG_BASE"
            return 1
        }
    fi
    if _private_pg_is_root; then
        local owner
        owner="$(stat -c %U "$PRIVATE_PG_BASE")" || return 1
        if [[ "$owner" != postgres && "$owner" != root ]]; then
            _private_pg_err "$PRIVATE_PG_BASE is owned by '$owner'; refusing to use it"
            return 1
        fi
        chown postgres:postgres "$PRIVATE_PG_BASE" || return 1
    elif [[ ! -O "$PRIVATE_PG_BASE" ]]; then
        _private_pg_err "$PRIVATE_PG_BASE is not owned by $(id -un); refusing to use it"
        return 1
    fi
    chmod 700 "$PRIVATE_PG_BASE" || return 1
}

# Socket directory, or empty when the path would exceed the unix socket path limit (the cluster
# is then reachable over 127.0.0.1 only, which is all the helpers use).
_private_pg_socket_dir() {
    local dir="$PRIVATE_PG_BASE/sock"
    local path="$dir/.s.PGSQL.$PRIVATE_PG_PORT"
    if ((${#path} > 100)); then
        printf ''
    else
        printf '%s' "$dir"
    fi
}

_private_pg_initdb() {
    if [[ -f "$PRIVATE_PG_DATA/PG_VERSION" ]]; then
        local version
        version="$(<"$PRIVATE_PG_DATA/PG_VERSION")"
        if [[ "$version" != 15 ]]; then
            _private_pg_err "$PRIVATE_PG_DATA holds a PostgreSQL $version cluster, expected 15; remove $PRIVATE_PG_BASE to recreate it"
            return 1
        fi
        return 0
    fi
    if [[ -e "$PRIVATE_PG_DATA" ]]; then
        _private_pg_err "$PRIVATE_PG_DATA exists but is not a PostgreSQL data directory; remove it to recreate the cluster"
        return 1
    fi

    local tmp="$PRIVATE_PG_BASE/data.initdb.$$"
    local locale_args=(--no-locale)
    if locale -a 2>/dev/null | grep -qix 'c\.utf-\?8'; then
        locale_args=(--locale=C.UTF-8)
    fi
    _private_pg_say "initialising a new PostgreSQL 15 cluster in $PRIVATE_PG_DATA"
    _private_pg_as_owner rm -rf "$tmp" || return 1
    if ! _private_pg_as_owner "$PRIVATE_PG_BINDIR/initdb" -D "$tmp" -U postgres -E UTF8 "${locale_args[@]}" \
        --auth=trust >"$PRIVATE_PG_BASE/initdb.log" 2>&1; then
        _private_pg_err "initdb failed:"
        tail -n 30 "$PRIVATE_PG_BASE/initdb.log" >&2
        _private_pg_as_owner rm -rf "$tmp"
        return 1
    fi
    # Trust only the local socket and IPv4 loopback (initdb's default also trusts ::1 and replication).
    _private_pg_as_owner tee "$tmp/pg_hba.conf" >/dev/null <<'EOF' || return 1
# Private development cluster (scripts/lib/private-pg.sh): loopback only, no passwords.
# TYPE  DATABASE  USER  ADDRESS        METHOD
local   all       all                  trust
host    all       all   127.0.0.1/32   trust
EOF
    _private_pg_as_owner tee -a "$tmp/postgresql.conf" >/dev/null <<'EOF' || return 1

# Added by scripts/lib/private-pg.sh: port, listen address etc. (rewritten on every start).
include_if_exists = 'rezilient-dev.conf'
EOF
    _private_pg_as_owner mv "$tmp" "$PRIVATE_PG_DATA" || return 1
}

# (Re)write the settings file included by postgresql.conf; port and socket directory may change.
_private_pg_write_conf() {
    local sock_dir
    sock_dir="$(_private_pg_socket_dir)"
    if [[ -n "$sock_dir" ]]; then
        _private_pg_as_owner mkdir -p -m 700 "$sock_dir" || return 1
    fi
    _private_pg_as_owner tee "$PRIVATE_PG_DATA/rezilient-dev.conf.tmp" >/dev/null <<EOF || return 1
# Written by scripts/lib/private-pg.sh on every start; edit that script, not this file.
listen_addresses = '127.0.0.1'
port = $PRIVATE_PG_PORT
unix_socket_directories = '$sock_dir'
max_connections = 200
fsync = off
synchronous_commit = off
full_page_writes = off
log_timezone = 'UTC'
timezone = 'UTC'
EOF
    _private_pg_as_owner mv "$PRIVATE_PG_DATA/rezilient-dev.conf.tmp" "$PRIVATE_PG_DATA/rezilient-dev.conf"
}

# Port of the running postmaster according to postmaster.pid (line 4), or empty.
_private_pg_running_port() {
    sed -n 4p "$PRIVATE_PG_DATA/postmaster.pid" 2>/dev/null || true
}

_private_pg_status() {
    # 0 running, 3 not running, 4 no data directory (pg_ctl's codes).
    local rc=0
    _private_pg_as_owner "$PRIVATE_PG_BINDIR/pg_ctl" -D "$PRIVATE_PG_DATA" status >/dev/null 2>&1 || rc=$?
    return "$rc"
}

# True when PID is a live (not zombie) process named postgres.
_private_pg_pid_is_postgres() {
    local pid="$1" stat comm state
    [[ "$pid" =~ ^[0-9]+$ ]] || return 1
    stat="$(cat "/proc/$pid/stat" 2>/dev/null)" || return 1
    # /proc/PID/stat: "PID (comm) STATE ..."; comm may contain spaces and parentheses.
    comm="${stat#*(}"
    comm="${comm%)*}"
    state="${stat##*) }"
    state="${state%% *}"
    [[ "$state" != Z && "$state" != X ]] || return 1
    [[ "$comm" == postgres || "$comm" == postmaster ]]
}

# The socket lock file names the PID of the postmaster that created it; drop it when that is the
# stale PID (the new postmaster would refuse to start while the zombie is not yet reaped).
_private_pg_remove_stale_socket_lock() {
    local stale_pid="$1" sock_dir lock owner_pid
    sock_dir="$(_private_pg_socket_dir)"
    [[ -n "$sock_dir" ]] || return 0
    lock="$sock_dir/.s.PGSQL.$PRIVATE_PG_PORT.lock"
    owner_pid="$(_private_pg_as_owner head -n 1 "$lock" 2>/dev/null || true)"
    if [[ -n "$owner_pid" && "$owner_pid" == "$stale_pid" ]]; then
        _private_pg_as_owner rm -f "$lock" "$sock_dir/.s.PGSQL.$PRIVATE_PG_PORT"
    fi
}

_private_pg_isready() {
    "$PRIVATE_PG_BINDIR/pg_isready" -q -h 127.0.0.1 -p "$PRIVATE_PG_PORT" -U postgres -d postgres -t 2
}

_private_pg_wait_ready() {
    local timeout="${RRS_PRIVATE_PG_START_TIMEOUT:-60}" start=$SECONDS
    while ! _private_pg_isready; do
        if ((SECONDS - start >= timeout)); then
            return 1
        fi
        sleep 0.5
    done
    return 0
}

# Run a command with every descriptor above 2 closed. The postmaster lives on after this script;
# it must not keep the lock of private_pg_ensure or a caller's pipe (a CI log reader waiting
# for EOF, `$(...)`) open.
_private_pg_without_inherited_fds() {
    (
        local fd n
        for fd in /proc/"$BASHPID"/fd/*; do
            n="${fd##*/}"
            if [[ "$n" =~ ^[0-9]+$ ]] && ((n > 2)); then
                eval "exec $n>&-"
            fi
        done
        "$@"
    )
}

_private_pg_start() {
    local attempt timeout="${RRS_PRIVATE_PG_START_TIMEOUT:-60}"
    for attempt in 1 2 3 4 5; do
        # -w waits until postmaster.pid reports "ready"; output goes to the server log.
        if _private_pg_without_inherited_fds _private_pg_as_owner "$PRIVATE_PG_BINDIR/pg_ctl" \
            -D "$PRIVATE_PG_DATA" -l "$PRIVATE_PG_LOG" -w -t "$timeout" start >/dev/null 2>&1; then
            return 0
        fi
        # Right after a crash the old backends may still hold the shared memory segment for a
        # moment ("pre-existing shared memory block is still in use"); retry a few times.
        if _private_pg_status; then
            return 0
        fi
        _private_pg_say "start attempt $attempt failed; retrying"
        sleep 2
    done
    return 1
}

_private_pg_fail_with_log() {
    _private_pg_err "$1; last lines of $PRIVATE_PG_LOG:"
    tail -n 30 "$PRIVATE_PG_LOG" >&2 2>/dev/null || true
    return 1
}

# --- public functions -------------------------------------------------------------------------

private_pg_ensure() {
    _private_pg_check_settings || return 1
    mkdir -p "$_PRIVATE_PG_REPO_ROOT/.local" || return 1

    # Serialise concurrent callers (scripts/run and scripts/test at the same time).
    local rc=0
    exec {_PRIVATE_PG_LOCK_FD}>>"$_PRIVATE_PG_REPO_ROOT/.local/private-pg.lock" || return 1
    if ! flock -w 180 "$_PRIVATE_PG_LOCK_FD"; then
        _private_pg_err "timed out waiting for another private_pg_ensure to finish"
        exec {_PRIVATE_PG_LOCK_FD}>&-
        return 1
    fi
    _private_pg_ensure_locked || rc=$?
    exec {_PRIVATE_PG_LOCK_FD}>&-
    return "$rc"
}

_private_pg_ensure_locked() {
    _private_pg_resolve_base
    _private_pg_prepare_base || return 1
    _private_pg_initdb || return 1

    local status=0 running_port pid
    _private_pg_status || status=$?
    if ((status == 0)); then
        # pg_ctl only checks that the PID in postmaster.pid exists. After a kill -9 the PID can
        # still be an unreaped zombie, or it can have been reused by an unrelated process.
        pid="$(head -n 1 "$PRIVATE_PG_DATA/postmaster.pid" 2>/dev/null || true)"
        if ! _private_pg_pid_is_postgres "$pid"; then
            _private_pg_say "removing stale postmaster.pid (PID ${pid:-?} is not a live postgres process)"
            _private_pg_as_owner rm -f "$PRIVATE_PG_DATA/postmaster.pid" || return 1
            _private_pg_remove_stale_socket_lock "$pid" || return 1
            status=3
        fi
    fi
    if ((status == 0)); then
        running_port="$(_private_pg_running_port)"
        if [[ "$running_port" != "$PRIVATE_PG_PORT" ]]; then
            _private_pg_say "cluster is running on port ${running_port:-?}, RRS_PRIVATE_PG_PORT=$PRIVATE_PG_PORT; restarting it"
            private_pg_stop || return 1
            status=3
        elif _private_pg_wait_ready; then
            _private_pg_say "reusing running cluster on 127.0.0.1:$PRIVATE_PG_PORT ($PRIVATE_PG_DATA)"
            return 0
        else
            _private_pg_fail_with_log "server (PID $pid) is running but does not accept connections on 127.0.0.1:$PRIVATE_PG_PORT"
            return 1
        fi
    fi
    if ((status != 3)); then
        _private_pg_err "pg_ctl status failed (exit $status) for $PRIVATE_PG_DATA"
        return 1
    fi

    if [[ -f "$PRIVATE_PG_DATA/postmaster.pid" ]]; then
        _private_pg_say "found postmaster.pid of a dead server; starting anyway (crash recovery may run)"
    fi
    if (exec 3<>"/dev/tcp/127.0.0.1/$PRIVATE_PG_PORT") 2>/dev/null; then
        _private_pg_err "127.0.0.1:$PRIVATE_PG_PORT is already in use by another process; choose another port with RRS_PRIVATE_PG_PORT"
        return 1
    fi
    _private_pg_write_conf || return 1
    _private_pg_say "starting PostgreSQL 15 on 127.0.0.1:$PRIVATE_PG_PORT (data $PRIVATE_PG_DATA, log $PRIVATE_PG_LOG)"
    if ! _private_pg_start; then
        _private_pg_fail_with_log "server did not start"
        return 1
    fi
    if ! _private_pg_wait_ready; then
        _private_pg_fail_with_log "server did not accept connections within ${RRS_PRIVATE_PG_START_TIMEOUT:-60}s"
        return 1
    fi
    _private_pg_say "ready on 127.0.0.1:$PRIVATE_PG_PORT"
}

private_pg_stop() {
    _private_pg_check_settings || return 1
    [[ -n "$PRIVATE_PG_DATA" ]] || _private_pg_resolve_base
    if [[ ! -f "$PRIVATE_PG_DATA/PG_VERSION" ]]; then
        _private_pg_say "no cluster in $PRIVATE_PG_DATA"
        return 0
    fi
    if ! _private_pg_status || ! _private_pg_pid_is_postgres "$(head -n 1 "$PRIVATE_PG_DATA/postmaster.pid" 2>/dev/null)"; then
        _private_pg_say "cluster is not running ($PRIVATE_PG_DATA)"
        return 0
    fi
    _private_pg_say "stopping cluster ($PRIVATE_PG_DATA)"
    _private_pg_as_owner "$PRIVATE_PG_BINDIR/pg_ctl" -D "$PRIVATE_PG_DATA" -m fast -w -t 60 stop >/dev/null
}

private_pg_admin_url() {
    if [[ $# -ne 1 || -z "$1" ]]; then
        _private_pg_err "usage: private_pg_admin_url <database>"
        return 2
    fi
    printf 'postgres://postgres@127.0.0.1:%s/%s\n' "$PRIVATE_PG_PORT" "$1"
}

private_pg_psql() {
    if [[ $# -lt 1 || -z "$1" ]]; then
        _private_pg_err "usage: private_pg_psql <database> [psql args...]"
        return 2
    fi
    local db="$1"
    shift
    # Connects over 127.0.0.1 as database superuser "postgres" (trust auth), so it runs as the
    # calling OS user and can read files (-f) that the postgres OS user could not.
    PGCONNECT_TIMEOUT=10 "$PRIVATE_PG_BINDIR/psql" -X -v ON_ERROR_STOP=1 \
        -h 127.0.0.1 -p "$PRIVATE_PG_PORT" -U postgres -d "$db" "$@"
}

private_pg_create_db() {
    if [[ $# -ne 1 || -z "$1" ]]; then
        _private_pg_err "usage: private_pg_create_db <name>"
        return 2
    fi
    local name="$1" exists
    # psql variables are not interpolated in -c, so statements are fed on stdin.
    exists="$(private_pg_psql postgres -qAt -v name="$name" \
        <<<"SELECT 1 FROM pg_database WHERE datname = :'name';")" || {
        _private_pg_err "could not query the databases of the private cluster"
        return 1
    }
    [[ "$exists" == 1 ]] && return 0
    _private_pg_say "creating database $name"
    if ! private_pg_psql postgres -q -v name="$name" >/dev/null 2>&1 <<<"CREATE DATABASE :\"name\";"; then
        # A concurrent caller may have created it first.
        exists="$(private_pg_psql postgres -qAt -v name="$name" <<<"SELECT 1 FROM pg_database WHERE datname = :'name';")" || return 1
        if [[ "$exists" != 1 ]]; then
            _private_pg_err "could not create database $name"
            return 1
        fi
    fi
}

# --- command-line use ------------------------------------------------------------------------

if [[ "${BASH_SOURCE[0]}" == "$0" ]]; then
    set -euo pipefail
    cmd="${1:-}"
    [[ $# -gt 0 ]] && shift
    case "$cmd" in
        start) private_pg_ensure ;;
        stop) private_pg_stop ;;
        status)
            _private_pg_check_settings
            _private_pg_resolve_base
            if _private_pg_status; then
                echo "running on 127.0.0.1:$(_private_pg_running_port) (data $PRIVATE_PG_DATA)"
            else
                echo "not running (data $PRIVATE_PG_DATA)"
                exit 3
            fi
            ;;
        url) private_pg_admin_url "${1:-postgres}" ;;
        psql)
            db="${1:-postgres}"
            [[ $# -gt 0 ]] && shift
            private_pg_psql "$db" "$@"
            ;;
        *)
            echo "usage: $0 {start|stop|status|url [db]|psql [db] [psql args...]}" >&2
            exit 2
            ;;
    esac
fi
