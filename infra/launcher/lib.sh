# shellcheck shell=bash
# Shared helpers of the ./relief launcher: messages, JDK discovery, background processes, HTTP checks.
# Sourced by ./relief; expects ROOT and STATE to be set.

say()  { printf '%s\n' "$*"; }
warn() { printf 'warning: %s\n' "$*" >&2; }
die()  { printf 'error: %s\n' "$*" >&2; exit 1; }

# --- JDK discovery ---------------------------------------------------------------------------------------------

# Major version of the JDK at $1 (a JAVA_HOME), or nothing if it is not one.
jdk_major() {
    local home=$1 v=""
    [[ -x "$home/bin/java" ]] || return 0
    if [[ -f "$home/release" ]]; then
        v=$(sed -n 's/^JAVA_VERSION="\(.*\)"/\1/p' "$home/release")
    fi
    if [[ -z "$v" ]]; then
        v=$("$home/bin/java" -version 2>&1 | sed -n '1s/.*version "\([^"]*\)".*/\1/p')
    fi
    v=${v#1.}                          # 1.8.0_x -> 8.0_x
    v=${v%%[!0-9]*}                    # 25.0.1 -> 25
    [[ -n "$v" ]] && echo "$v"
    return 0
}

# Sets JAVA_HOME and PATH to a JDK 21 or newer: $JAVA_HOME if it is one, else the newest one found.
find_jdk() {
    local major
    if [[ -n "${JAVA_HOME:-}" ]]; then
        major=$(jdk_major "$JAVA_HOME")
        if [[ -n "$major" && "$major" -ge 21 ]]; then
            use_jdk "$JAVA_HOME" "$major"
            return 0
        fi
    fi
    local candidates=() best="" best_major=0 found=() home
    [[ -n "${JAVA_HOME:-}" ]] && candidates+=("$JAVA_HOME")
    if command -v java >/dev/null 2>&1; then
        home=$(readlink -f "$(command -v java)"); candidates+=("${home%/bin/java}")
    fi
    candidates+=(/usr/lib/jvm/* /usr/java/* /opt/java/* /Library/Java/JavaVirtualMachines/*/Contents/Home)
    local seen=" "
    for home in "${candidates[@]}"; do
        [[ -x "$home/bin/java" ]] || continue
        home=$(cd "$home" && pwd -P)
        [[ "$seen" == *" $home "* ]] && continue                    # same JDK under another name
        seen+="$home "
        major=$(jdk_major "$home")
        [[ -n "$major" ]] || continue
        found+=("$major ($home)")
        if [[ "$major" -gt "$best_major" ]]; then best=$home; best_major=$major; fi
    done
    if [[ "$best_major" -lt 21 ]]; then
        local list="none"
        [[ ${#found[@]} -gt 0 ]] && list=$(printf '%s, ' "${found[@]}") && list=${list%, }
        say "ReliefTrace needs a JDK 21 or newer; found: $list" >&2
        exit 1
    fi
    use_jdk "$best" "$best_major"
}

# use_jdk HOME MAJOR: makes the JDK at HOME the one of this run and of its children.
use_jdk() {
    export JAVA_HOME=$1 PATH="$1/bin:$PATH"
    # Maven's own libraries use sun.misc.Unsafe, which JDK 23+ warns about on every run.
    if [[ "$2" -ge 23 && "${MAVEN_OPTS:-}" != *sun-misc-unsafe* ]]; then
        export MAVEN_OPTS="${MAVEN_OPTS:+$MAVEN_OPTS }--sun-misc-unsafe-memory-access=allow"
    fi
}

# --- background processes ---------------------------------------------------------------------------------------
# Each component runs in its own session (setsid), so its pid is also the id of its process group: stopping it
# reaches the children it spawns (kc.sh starts a JVM). The pid file holds that pid.

pid_file() { echo "$STATE/run/$1.pid"; }
log_file() { echo "$STATE/logs/$1.log"; }

# Prints the pid of component $1 if it is running and still the process we started; returns 1 otherwise.
running_pid() {
    local f pid
    f=$(pid_file "$1")
    [[ -f "$f" ]] || return 1
    pid=$(<"$f")
    [[ "$pid" =~ ^[0-9]+$ ]] || return 1
    local pgid stat
    read -r pgid stat < <(ps -o pgid=,stat= -p "$pid" 2>/dev/null) || return 1
    [[ "$pgid" == "$pid" ]] || return 1                             # a reused pid would not lead its own group
    [[ "$stat" != Z* ]] || return 1                                 # exited, not yet reaped
    echo "$pid"
}

# start_bg NAME DIR COMMAND...: runs COMMAND in DIR in a new session, output to the component's log.
start_bg() {
    local name=$1 dir=$2; shift 2
    local pidf log
    pidf=$(pid_file "$name"); log=$(log_file "$name")
    rm -f "$pidf"
    [[ -f "$log" ]] && mv -f "$log" "$log.1"          # keep the previous run's log
    # the inner shell writes its own pid (it is the session leader) and then becomes COMMAND
    # shellcheck disable=SC2016
    (cd "$dir" && exec nohup setsid bash -c 'echo $$ > "$0"; exec "$@"' "$pidf" "$@" >"$log" 2>&1 </dev/null) &
    for _ in $(seq 1 50); do [[ -s "$pidf" ]] && return 0; sleep 0.1; done
    die "$name did not start; see $log"
}

# True while a live (not zombie) process is left in process group $1.
group_alive() { ps -eo pgid=,stat= | awk -v g="$1" '$1 == g && $2 !~ /^Z/ { found = 1 } END { exit !found }'; }

# Stops component $1: SIGTERM, up to 20 s for its whole process group to end, then SIGKILL to the group.
stop_bg() {
    local name=$1 pid
    if ! pid=$(running_pid "$name"); then
        rm -f "$(pid_file "$name")"
        return 0
    fi
    say "stopping $name (pid $pid)"
    kill -TERM "$pid" 2>/dev/null || true
    for _ in $(seq 1 40); do
        group_alive "$pid" || break
        sleep 0.5
    done
    if group_alive "$pid"; then
        warn "$name did not stop within 20 s; killing it"
        kill -KILL -- "-$pid" 2>/dev/null || true
    fi
    rm -f "$(pid_file "$name")"
}

# --- network ----------------------------------------------------------------------------------------------------

# True if something accepts connections on localhost port $1.
port_open() { (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null; }

# HTTP status code of a GET of URL $1 (000 if nothing answers); uses curl when present, else bash's /dev/tcp.
http_code() {
    local url=$1
    if command -v curl >/dev/null 2>&1; then
        curl -s -o /dev/null -m 5 -w '%{http_code}' "$url" 2>/dev/null || true
        return 0
    fi
    local rest=${url#http://} hostport path code=""
    hostport=${rest%%/*}; path=/${rest#*/}; [[ "$rest" == */* ]] || path=/
    code=$( (exec 3<>"/dev/tcp/${hostport%:*}/${hostport##*:}" || exit 1
             printf 'GET %s HTTP/1.0\r\nHost: %s\r\n\r\n' "$path" "$hostport" >&3
             read -r -t 5 _ c _ <&3 && echo "$c") 2>/dev/null) || true
    echo "${code:-000}"
}

# wait_http NAME URL TIMEOUT: waits for URL to answer 200 while component NAME is alive; on failure shows its log.
wait_http() {
    local name=$1 url=$2 timeout=$3 start=$SECONDS
    while (( SECONDS - start < timeout )); do
        [[ "$(http_code "$url")" == 200 ]] && return 0
        if ! running_pid "$name" >/dev/null; then
            tail -n 40 "$(log_file "$name")" >&2 || true
            die "$name exited during startup; full log: $(log_file "$name")"
        fi
        sleep 1
    done
    tail -n 40 "$(log_file "$name")" >&2 || true
    die "$name did not answer 200 at $url within ${timeout}s; full log: $(log_file "$name")"
}

# --- the browser of the console tests ---------------------------------------------------------------------------

# Debian's chromium and chromedriver for the console's browser tests (e2e/), and a Chinese font so that their
# screenshots are legible: found in /usr/bin (or where RELIEF_CHROMIUM / RELIEF_CHROMEDRIVER point), else installed
# with apt-get when running as root. Otherwise says plainly what is missing; the browser tests then fail with the
# same message rather than skip.
ensure_chromium() {
    local browser=${RELIEF_CHROMIUM:-/usr/bin/chromium} driver=${RELIEF_CHROMEDRIVER:-/usr/bin/chromedriver}
    local font=1
    command -v fc-list >/dev/null && [[ -n "$(fc-list :lang=zh 2>/dev/null)" ]] || font=0
    [[ -x "$browser" && -x "$driver" && $font == 1 ]] && return 0
    if [[ $(id -u) == 0 ]] && command -v apt-get >/dev/null; then
        say "console tests: installing Debian's chromium, chromium-driver and a Chinese font (apt-get) ..."
        if (apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium chromium-driver \
                fonts-wqy-microhei) \
                >"${STATE}/apt-chromium.log" 2>&1; then
            say "console tests: $("$browser" --version 2>/dev/null || echo chromium) installed"
        else
            warn "installing chromium failed; see ${STATE}/apt-chromium.log"
        fi
        [[ -n "$(fc-list :lang=zh 2>/dev/null)" ]] && font=1
    fi
    [[ -x "$browser" && -x "$driver" ]] || {
        warn "the console's browser tests need Debian's chromium and chromedriver ($browser, $driver): missing."
        warn "install them with: apt-get install -y chromium chromium-driver (as root), or set RELIEF_CHROMIUM and"
        warn "RELIEF_CHROMEDRIVER; until then the browser tests (e2e ConsoleBrowserTest) fail."
    }
    [[ $font == 1 ]] || warn "no Chinese font (e.g. fonts-wqy-microhei): the console's screenshots show boxes for text"
    return 0
}
