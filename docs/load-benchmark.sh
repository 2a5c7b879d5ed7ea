#!/usr/bin/env bash
# Load benchmark of the API (issue 10), not a test: starts the jar on a throw-away embedded database with the
# Bourgogne-Franche-Comté sample, makes a personal access token for facilitatrice.21, then measures
# GET /api/candidates?size=50 with wrk at 8 connections: with the token, with a page's session (the reference)
# and with HTTP Basic (Argon2id on each call). The JIT is warmed up first (WARMUP with the token).
# Needs target/clausematch.jar (./mvnw -DskipTests package), wrk (apt-get install -y wrk), curl and python3.
# Settings: PORT (18080), DURATION of each run (30s), WARMUP (60s), CONNECTIONS (8), THREADS (2), JAVA_OPTS.
set -euo pipefail
cd "$(dirname "$0")/.."
PORT=${PORT:-18080}
DURATION=${DURATION:-30s}
WARMUP=${WARMUP:-60s}
CONNECTIONS=${CONNECTIONS:-8}
THREADS=${THREADS:-2}
BASE="http://localhost:$PORT"
URL="$BASE/api/candidates?size=50"
WORK=$(mktemp -d)
PASSWORD="banc-d-essai-$RANDOM-$RANDOM"

CLAUSEMATCH_SECURITY_DEMO_PASSWORD="$PASSWORD" java ${JAVA_OPTS:-} -jar target/clausematch.jar --server.port="$PORT" \
    --clausematch.embedded-db.data-directory="$WORK/pgdata" --clausematch.security.demo.accounts-file="$WORK/comptes.txt" \
    > "$WORK/app.log" 2>&1 &
APP=$!
cleanup() {
    local status=$?
    kill $APP 2>/dev/null || true
    wait $APP 2>/dev/null || true # 143: stopped by our SIGTERM
    rm -rf "$WORK"
    exit $status
}
trap cleanup EXIT

for _ in $(seq 1 180); do
    curl -sf "$BASE/actuator/health/readiness" > /dev/null 2>&1 && break
    kill -0 $APP 2>/dev/null || { echo "the application stopped:"; tail -20 "$WORK/app.log"; exit 1; }
    sleep 1
done
curl -sf "$BASE/actuator/health/readiness" > /dev/null || { echo "the application is not ready after 180 s"; exit 1; }

TOKEN=$(curl -sf -u "facilitatrice.21:$PASSWORD" -H 'Content-Type: application/json' -d '{"name":"banc d essai"}' \
    "$BASE/api/tokens" | python3 -c 'import json, sys; print(json.load(sys.stdin)["secret"])')
BASIC=$(printf '%s' "facilitatrice.21:$PASSWORD" | base64 -w0)
echo "candidates of 21 in one page of 50: $(curl -sf -H "Authorization: Bearer $TOKEN" "$URL" \
    | python3 -c 'import json, sys; print(len(json.load(sys.stdin)["content"]))')"
echo "cores: $(nproc), load before: $(cut -d' ' -f1-3 /proc/loadavg)"

JAR_COOKIES="$WORK/cookies"
CSRF=$(curl -sf -c "$JAR_COOKIES" "$BASE/connexion" | grep -o 'name="_csrf" value="[^"]*"' | sed 's/.*value="//; s/"$//')
curl -sf -b "$JAR_COOKIES" -c "$JAR_COOKIES" -o /dev/null --data-urlencode "identifiant=facilitatrice.21" \
    --data-urlencode "motDePasse=$PASSWORD" --data-urlencode "_csrf=$CSRF" "$BASE/connexion"
SESSION=$(awk '$6 == "JSESSIONID" {print $7}' "$JAR_COOKIES")

echo "warming up the JIT: $WARMUP with the token, then $WARMUP with the session"
wrk -t"$THREADS" -c"$CONNECTIONS" -d"$WARMUP" -H "Authorization: Bearer $TOKEN" "$URL" > /dev/null
wrk -t"$THREADS" -c"$CONNECTIONS" -d"$WARMUP" -H "Cookie: JSESSIONID=$SESSION" "$URL" > /dev/null

postgres_pids() { # the embedded PostgreSQL server (its command line names the data folder) and its backends
    local server
    for server in $(pgrep -f -- "-D $WORK/pgdata" || true); do
        [ "$server" != "$APP" ] && echo "$server" && pgrep -P "$server"
    done
}
cpu_ticks() { # CPU time of the application (first) and of its PostgreSQL processes, in clock ticks
    local app=0 database=0 pid
    [ -r /proc/$APP/stat ] && app=$(awk '{print $14 + $15}' /proc/$APP/stat)
    for pid in $(postgres_pids | sort -u); do
        [ -r /proc/$pid/stat ] && database=$((database + $(awk '{print $14 + $15}' /proc/$pid/stat)))
    done
    echo "$app $database"
}
run() { # name, header
    echo "== $1: GET /api/candidates?size=50, $CONNECTIONS connections, $DURATION (load: $(cut -d' ' -f1 /proc/loadavg))"
    local before out requests
    before=$(cpu_ticks)
    out=$(wrk -t"$THREADS" -c"$CONNECTIONS" -d"$DURATION" --latency -H "$2" "$URL")
    echo "$out" | grep -E "Requests/sec|Latency|50%|99%|Non-2xx|requests in"
    requests=$(echo "$out" | awk '/requests in/ {print $1}')
    local after
    after=$(cpu_ticks)
    python3 -c "
before, after, per = [int(x) for x in '$before'.split()], [int(x) for x in '$after'.split()], 1000 / $(getconf CLK_TCK) / $requests
app, database = (after[0] - before[0]) * per, (after[1] - before[1]) * per
print(f'    CPU a request: {app + database:.2f} ms ({app:.2f} ms the application, {database:.2f} ms PostgreSQL)')"
}
run "personal access token (Bearer)" "Authorization: Bearer $TOKEN"
run "session of the pages (reference)" "Cookie: JSESSIONID=$SESSION"
run "HTTP Basic (Argon2id each call)" "Authorization: Basic $BASIC"
