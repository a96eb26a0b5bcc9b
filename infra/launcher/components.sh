# shellcheck shell=bash
# The components that `./relief up` starts: build, PostgreSQL, Keycloak, the services, the seed data.
# Sourced by ./relief after lib.sh; uses the RELIEF_* settings exported there.

KEYCLOAK_VERSION=26.7.3
APPS=(registry-service supplies-service relief-service gateway)     # start order; `down` stops in reverse

app_jar()    { echo "$ROOT/$1/target/quarkus-app/quarkus-run.jar"; }
app_name()   { echo "${1%-service}"; }                               # registry-service -> registry
app_module() { if [[ $1 == gateway ]]; then echo gateway; else echo "$1-service"; fi; }     # registry -> ...-service
app_port() {
    case $1 in
        registry-service) echo "$RELIEF_REGISTRY_PORT" ;;
        supplies-service) echo "$RELIEF_SUPPLIES_PORT" ;;
        relief-service)   echo "$RELIEF_RELIEF_PORT" ;;
        gateway)          echo "$RELIEF_GATEWAY_PORT" ;;
    esac
}

# Several instances of a service (./relief up --instances N): instance k (0, 1, ...) listens on the service's port
# + 100·k and is named supplies, supplies-2, supplies-3, ... (its pid and log file carry that name). The services'
# ports differ by less than 100 and Keycloak's 8180 ends in 80, so no two instances of anything share a port.
INSTANCE_PORT_STEP=100
instance_name() { if (( $2 == 0 )); then app_name "$1"; else echo "$(app_name "$1")-$(( $2 + 1 ))"; fi; }
instance_port() { echo $(( $(app_port "$1") + INSTANCE_PORT_STEP * $2 )); }
# The instances started: what `up --instances` recorded in the state folder (1 before any).
instance_count() { if [[ -f "$STATE/run/instances" ]]; then cat "$STATE/run/instances"; else echo 1; fi; }
# Every instance name of service app $1 that has a pid file (running or not), the first instance first.
instance_names() {
    local name f
    name=$(app_name "$1")
    echo "$name"
    for f in "$STATE"/run/"$name"-[0-9]*.pid; do [[ -e "$f" ]] && basename "$f" .pid; done | sort -t- -k2 -n
}
# The gateway's list of origins for service app $1: every instance's, unless a single own URL was set.
upstream_list() {
    local app=$1 var k list=""
    var=RELIEF_$(app_name "$app" | tr '[:lower:]' '[:upper:]')_URL
    if (( INSTANCES <= 1 )); then echo "${!var}"; return; fi
    for (( k=0; k<INSTANCES; k++ )); do list+="${list:+,}http://localhost:$(instance_port "$app" "$k")"; done
    echo "$list"
}

# Fails if port $2 is taken by something other than our component $1.
check_port_free() {
    if ! running_pid "$1" >/dev/null && port_open "$2"; then
        die "port $2 for $1 is in use by another process; set the RELIEF_*_PORT variables to move ReliefTrace"
    fi
}

# --- build ------------------------------------------------------------------------------------------------------

# True if an app jar is missing or older than any main source or pom.xml.
needs_build() {
    local app jar
    for app in "${APPS[@]}"; do
        [[ -f "$ROOT/$app/pom.xml" ]] || continue                   # module not written yet
        jar=$(app_jar "$app")
        [[ -f "$jar" ]] || return 0
        if [[ -n "$(find "$ROOT" \( -path "$STATE" -o -name .git -o -name target \) -prune -o \
                      \( -name pom.xml -o -path '*/src/main/*' \) -type f -newer "$jar" -print -quit)" ]]; then
            return 0
        fi
    done
    [[ -d "$ROOT/platform/target/classes" ]] || return 0
    return 1
}

build() {
    if needs_build; then
        say "building (./mvnw -B -q package -DskipTests) ..."
        (cd "$ROOT" && ./mvnw -B -q package -DskipTests) || die "the build failed"
    fi
}

# --- PostgreSQL -------------------------------------------------------------------------------------------------

# Writes platform's runtime class path to $STATE/platform.classpath, unless it is newer than platform/pom.xml.
platform_classpath() {
    local cp="$STATE/platform.classpath"
    [[ -d "$ROOT/platform/target/classes" ]] \
        || die "platform is not built (platform/target/classes is missing); run ./relief up without --no-build"
    if [[ ! -s "$cp" || "$ROOT/platform/pom.xml" -nt "$cp" ]]; then
        # in the reactor, so that contracts and chain (dependencies of platform) come from their target/classes
        (cd "$ROOT" && ./mvnw -B -q -pl architecture,contracts,chain,platform compile dependency:build-classpath \
            -Dmdep.includeScope=runtime -Dmdep.outputFile="$cp") >"$STATE/logs/classpath.log" 2>&1 \
            || { cat "$STATE/logs/classpath.log" >&2; die "could not compute the platform class path"; }
    fi
    echo "$ROOT/platform/target/classes:$(<"$cp")"
}

start_postgres() {
    if [[ -n "${QUARKUS_DATASOURCE_JDBC_URL:-}" ]]; then
        say "postgres: using $QUARKUS_DATASOURCE_JDBC_URL"
        return 0
    fi
    local pid log cp start=$SECONDS
    if pid=$(running_pid postgres); then
        say "postgres: already running (pid $pid)"
        return 0
    fi
    stop_orphan_postgres
    check_port_free postgres "$RELIEF_PG_PORT"
    cp=$(platform_classpath)
    [[ -f "$ROOT/platform/target/classes/org/relieftrace/platform/postgres/EmbeddedPostgresMain.class" ]] \
        || die "platform has no org.relieftrace.platform.postgres.EmbeddedPostgresMain, so PostgreSQL cannot start" \
               "(or set QUARKUS_DATASOURCE_JDBC_URL to use your own)"
    mkdir -p "$STATE/data/postgres"
    say "postgres: starting on port $RELIEF_PG_PORT ..."
    start_bg postgres "$ROOT" java -Djava.util.logging.manager=org.jboss.logmanager.LogManager -cp "$cp" \
        org.relieftrace.platform.postgres.EmbeddedPostgresMain \
        --data-dir "$STATE/data/postgres" --port "$RELIEF_PG_PORT"
    log=$(log_file postgres)
    until grep -q '^READY jdbc:postgresql:' "$log" 2>/dev/null; do
        if ! running_pid postgres >/dev/null; then
            tail -n 40 "$log" >&2; die "PostgreSQL exited during startup; full log: $log"
        fi
        if (( SECONDS - start >= 180 )); then
            tail -n 40 "$log" >&2; die "PostgreSQL was not ready within 180 s; full log: $log"
        fi
        sleep 0.5
    done
    say "postgres: ready ($(( SECONDS - start )) s)"
}

# Stops a PostgreSQL server left behind in our data directory (normally the main class stops it on SIGTERM; it
# survives only if that JVM was killed hard). PostgreSQL detaches into its own session, so group kills miss it.
stop_orphan_postgres() {
    local pmf="$STATE/data/postgres/postmaster.pid" pid
    [[ -f "$pmf" ]] || return 0
    pid=$(head -n 1 "$pmf")
    [[ "$pid" =~ ^[0-9]+$ ]] && kill -0 "$pid" 2>/dev/null || return 0
    [[ "$(ps -o args= -p "$pid")" == *postgres*"$STATE/data/postgres"* ]] || return 0
    warn "PostgreSQL (pid $pid) outlived its launcher; shutting it down"
    kill -INT "$pid" 2>/dev/null || true                           # fast shutdown
    for _ in $(seq 1 40); do kill -0 "$pid" 2>/dev/null || return 0; sleep 0.5; done
    kill -KILL "$pid" 2>/dev/null || true
}

# --- Keycloak ---------------------------------------------------------------------------------------------------

keycloak_home() { echo "$STATE/keycloak/keycloak-$KEYCLOAK_VERSION"; }

# Unpacks the Keycloak distribution from the local Maven repository (fetching it first) into $STATE/keycloak once.
install_keycloak() {
    local home zip
    home=$(keycloak_home)
    [[ -f "$home/.unpacked" ]] && return 0
    say "keycloak: fetching org.keycloak:keycloak-quarkus-dist:$KEYCLOAK_VERSION:zip ..."
    rm -rf "$home" "$STATE/keycloak/download"; mkdir -p "$STATE/keycloak/download"
    (cd "$ROOT" && ./mvnw -B -q -N dependency:copy -Dmdep.useBaseVersion=true \
        -Dartifact="org.keycloak:keycloak-quarkus-dist:$KEYCLOAK_VERSION:zip" \
        -DoutputDirectory="$STATE/keycloak/download") || die "could not fetch Keycloak"
    zip="$STATE/keycloak/download/keycloak-quarkus-dist-$KEYCLOAK_VERSION.zip"
    [[ -f "$zip" ]] || die "Keycloak zip not found at $zip"
    say "keycloak: unpacking into $STATE/keycloak ..."
    if command -v unzip >/dev/null 2>&1; then
        unzip -q "$zip" -d "$STATE/keycloak"
    else
        (cd "$STATE/keycloak" && jar xf "$zip")                     # the JDK's own zip tool
    fi
    rm -rf "$STATE/keycloak/download"
    chmod +x "$home"/bin/*.sh                                       # `jar` does not keep the executable bits
    touch "$home/.unpacked"
}

# Copies the realm into Keycloak's import folder (redirect URIs follow the gateway port). A changed realm file
# wipes Keycloak's demo database so that the new realm is imported: Keycloak imports a realm only if it is absent.
stage_realm() {
    local home new
    home=$(keycloak_home)
    mkdir -p "$home/data/import"
    new=$(sed -e "s#//localhost:8080#//localhost:$RELIEF_GATEWAY_PORT#g" \
              -e "s#//127.0.0.1:8080#//127.0.0.1:$RELIEF_GATEWAY_PORT#g" "$ROOT/infra/keycloak/relief-realm.json")
    local staged="$home/data/import/relief-realm.json"
    if [[ -f "$staged" && "$new" != "$(<"$staged")" ]]; then
        say "keycloak: the realm file changed; re-creating Keycloak's demo database to import it"
        rm -rf "$home/data/h2"
    fi
    printf '%s\n' "$new" >"$staged"
}

start_keycloak() {
    if [[ -n "${QUARKUS_OIDC_AUTH_SERVER_URL:-}" ]]; then
        say "keycloak: using $QUARKUS_OIDC_AUTH_SERVER_URL"
        return 0
    fi
    local pid start=$SECONDS url="$RELIEF_KEYCLOAK_URL/realms/relief/.well-known/openid-configuration"
    if pid=$(running_pid keycloak); then
        say "keycloak: already running (pid $pid)"
    else
        check_port_free keycloak "$RELIEF_KEYCLOAK_PORT"
        install_keycloak
        stage_realm
        say "keycloak: starting on port $RELIEF_KEYCLOAK_PORT ..."
        # Keycloak is a Quarkus application too: the services' QUARKUS_* settings must not reach it
        local unset_quarkus=() var
        for var in $(compgen -e); do [[ $var == QUARKUS_* ]] && unset_quarkus+=(-u "$var"); done
        start_bg keycloak "$(keycloak_home)" env "${unset_quarkus[@]}" \
            KC_BOOTSTRAP_ADMIN_USERNAME=admin KC_BOOTSTRAP_ADMIN_PASSWORD=admin \
            bin/kc.sh start-dev --http-port="$RELIEF_KEYCLOAK_PORT" --import-realm
    fi
    wait_http keycloak "$url" 300
    say "keycloak: ready ($(( SECONDS - start )) s)"
}

# --- the services -----------------------------------------------------------------------------------------------

# start_app APP [K]: starts instance K (default 0) of APP and waits until it is ready.
start_app() {
    local app=$1 instance=${2:-0} name port jar pid start=$SECONDS
    name=$(instance_name "$app" "$instance"); port=$(instance_port "$app" "$instance"); jar=$(app_jar "$app")
    if [[ ! -f "$jar" ]]; then
        warn "$app is not built ($app/target/quarkus-app/quarkus-run.jar is missing); skipping it"
        return 0
    fi
    if pid=$(running_pid "$name"); then
        say "$name: already running (pid $pid)"
    else
        check_port_free "$name" "$port"
        say "$name: starting on port $port ..."
        local jdbc=${QUARKUS_DATASOURCE_JDBC_URL:-jdbc:postgresql://localhost:$RELIEF_PG_PORT/relieftrace}
        # the services derive their reactive URL (read models' queries) from the JDBC URL unless one is set
        local env=(QUARKUS_HTTP_PORT="$port"
                   QUARKUS_DATASOURCE_JDBC_URL="$jdbc"
                   QUARKUS_DATASOURCE_USERNAME="${QUARKUS_DATASOURCE_USERNAME:-postgres}"
                   QUARKUS_DATASOURCE_PASSWORD="${QUARKUS_DATASOURCE_PASSWORD:-}"
                   QUARKUS_OIDC_AUTH_SERVER_URL="${QUARKUS_OIDC_AUTH_SERVER_URL:-$RELIEF_KEYCLOAK_URL/realms/relief}"
                   RELIEF_INSTANCES="$INSTANCES")
        if [[ -n "${QUARKUS_DATASOURCE_REACTIVE_URL:-}" ]]; then
            env+=(QUARKUS_DATASOURCE_REACTIVE_URL="$QUARKUS_DATASOURCE_REACTIVE_URL")
        fi
        if [[ "$app" == gateway ]]; then
            env+=(RELIEF_SUPPLIES_URL="$(upstream_list supplies-service)"
                  RELIEF_RELIEF_URL="$(upstream_list relief-service)"
                  RELIEF_REGISTRY_URL="$(upstream_list registry-service)")
        fi
        # an explicit heap for each process, so that a long catch-up or a benchmark stays within it
        local heap=${RELIEF_SERVICE_HEAP:-2g}
        [[ "$app" == gateway ]] && heap=${RELIEF_GATEWAY_HEAP:-1g}
        start_bg "$name" "$ROOT/$app" env "${env[@]}" java "-Xmx$heap" -XX:+ExitOnOutOfMemoryError -jar "$jar"
    fi
    wait_http "$name" "http://localhost:$port/q/health/ready" 120
    say "$name: ready ($(( SECONDS - start )) s)"
}

# --- seed data --------------------------------------------------------------------------------------------------

load_seeds() {
    [[ -f "$STATE/seeded" ]] && return 0
    [[ -x "$ROOT/seeds/load" ]] || return 0
    say "seeds: loading the sample county ..."
    (cd "$ROOT" && seeds/load --no-scenario) >"$(log_file seeds)" 2>&1 \
        || { tail -n 40 "$(log_file seeds)" >&2; die "loading the seeds failed; full log: $(log_file seeds)"; }
    touch "$STATE/seeded"
    say "seeds: loaded"
}

# The sample scenario (seeds/SampleScenario.java), once per state folder; its log goes on the seeds' log.
load_scenario() {
    [[ -f "$STATE/scenario-loaded" ]] && return 0
    [[ -x "$ROOT/seeds/load" ]] || return 0
    say "seeds: loading the sample scenario (a flood at 朱沱镇; ./relief up --no-scenario leaves it out) ..."
    (cd "$ROOT" && seeds/load --scenario-only) >>"$(log_file seeds)" 2>&1 \
        || { tail -n 40 "$(log_file seeds)" >&2; die "loading the sample scenario failed; full log: $(log_file seeds)"; }
    touch "$STATE/scenario-loaded"
    say "seeds: sample scenario loaded"
}
