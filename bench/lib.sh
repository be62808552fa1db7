# Shared by the benchmarks' scripts (sourced, bash): the local stack they run on, the tools and
# the build they need, what they read from /proc, the adaptive warm-up, and the RESULT lines that
# bench/run collects into its table. Sets ROOT (the repository) and works from there.

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$ROOT"

GATEWAY="http://127.0.0.1:${PASSERELLE_GATEWAY_PORT:-8080}"
GATEWAY_HEALTH="http://127.0.0.1:${PASSERELLE_GATEWAY_MANAGEMENT_PORT:-9080}/q/health/ready"
KEYCLOAK_REALM="http://127.0.0.1:${PASSERELLE_KEYCLOAK_PORT:-8180}/realms/passerelle"
TOKEN_URL="$KEYCLOAK_REALM/protocol/openid-connect/token"
PG_PORT="${PASSERELLE_POSTGRES_PORT:-15432}"
# Where a stack started for the benchmarks keeps its data and its launcher's log (kept across
# runs: a later start is quicker, and the prospection benchmark's employers stay).
STACK_DATA="$ROOT/target/bench/stack"
STACK_LOG="$STACK_DATA/launcher.log"
# The gateway's limits that would cap the benchmarks, raised on a stack started for them.
RAISED_LIMIT=1000000000
NEEDED_LIMIT=1000000
LAUNCHER_CLASSPATH="deploy/local/target/local-stack.jar:deploy/local/target/lib/*"

# The script's leading comment block, for --help.
usage() {
  awk 'NR > 1 && /^#/ { sub(/^# ?/, ""); print; next } NR > 1 { exit }' "$0"
}

# A figure for bench/run's table: RESULT key=value (the scripts' own output stays as it was).
result() {
  printf 'RESULT %s=%s\n' "$1" "$2"
}

# Each argument command:debian-package; installs the packages of the missing commands.
require_tools() {
  local missing=() pair
  for pair in "$@"; do
    command -v "${pair%%:*}" >/dev/null || missing+=("${pair#*:}")
  done
  [ ${#missing[@]} -eq 0 ] && return
  echo "Installing ${missing[*]} (Debian packages)..."
  local sudo="" nginx_before=""
  [ "$(id -u)" -eq 0 ] || sudo=sudo
  [ -f /run/nginx.pid ] && nginx_before="$(cat /run/nginx.pid)"
  $sudo env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${missing[@]}" >/dev/null \
    || { $sudo apt-get update -qq \
      && $sudo env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${missing[@]}" >/dev/null; }
  # On a host with an init system, nginx's package starts its own nginx on port 80: stop that one.
  if [ -f /run/nginx.pid ] && [ "$(cat /run/nginx.pid)" != "$nginx_before" ]; then
    $sudo kill "$(cat /run/nginx.pid)" 2>/dev/null || true
  fi
}

# True when the file is missing or a source of these directories is newer than it.
stale() { # file, directories...
  local file="$1"
  shift
  [ -f "$file" ] || return 0
  [ -n "$(find "$@" -newer "$file" \( -path '*/target' -prune -o -path '*/node_modules' -prune \
    -o \( -name '*.java' -o -name '*.properties' -o -name '*.sql' -o -name 'pom.xml' \
    -o -name '*.json' -o -name '*.js' -o -name '*.html' -o -name '*.css' \) -print \) 2>/dev/null | head -1)" ]
}

# The packaged suite the local stack runs, built as ./passerelle start does when a jar is missing
# or older than a source. Works on a fresh clone: the reactor builds the platform modules too.
ensure_packaged() {
  local modules=(platform partner-directory-service referral-service prospection-service
    reporting-service webhook-service gateway deploy/local pom.xml)
  local jar module build=""
  for module in partner-directory-service referral-service prospection-service reporting-service \
    webhook-service gateway; do
    [ -f "$module/target/quarkus-app/quarkus-run.jar" ] || build=1
  done
  for jar in deploy/local/target/local-stack.jar */target/quarkus-app/quarkus-run.jar; do
    stale "$jar" "${modules[@]}" && build=1
  done
  [ -z "$build" ] && return
  echo "Building the suite (mvn -B -q -DskipTests package -pl '!system-tests')..."
  mvn -B -q -DskipTests package -pl '!system-tests'
}

json_field() { # field: reads JSON on stdin
  python3 -c 'import json, sys; print(json.load(sys.stdin)[sys.argv[1]])' "$1"
}

# A demo person's token (password grant of the portal client).
user_token() {
  curl -fsS -d grant_type=password -d client_id=passerelle-portal -d username="$1" -d password=demo \
    "$TOKEN_URL" | json_field access_token
}

# A machine client's token (client credentials): the Pôle emploi system unless named.
client_token() { # [client secret]
  curl -fsS -d grant_type=client_credentials -d client_id="${1:-pe-information-system}" \
    -d client_secret="${2:-demo-pe-information-system-secret}" "$TOKEN_URL" | json_field access_token
}

# The RateLimit-Limit the gateway gives this caller on this path (0 when it does not answer).
rate_limit() { # token, path
  curl -s -o /dev/null -D - -H "Authorization: Bearer $1" "$GATEWAY$2" 2>/dev/null \
    | awk -F': *' 'tolower($1) == "ratelimit-limit" { gsub("\r", "", $2); print $2; found = 1 }
                   END { if (!found) print 0 }'
}

# Which of the gateway's limits a benchmark needs raised: pe-system (the Pôle emploi system's
# client), portal (the portal client and each person within it). Prints those that are not.
limits_too_low() { # names...
  local name limit
  for name in "$@"; do
    case "$name" in
      pe-system) limit="$(rate_limit "$(client_token)" "/api/v1/referrals/changes?limit=1")" ;;
      portal) limit="$(rate_limit "$(user_token company-advisor)" "/api/v1/prospection/employers?limit=1")" ;;
    esac
    [ "${limit:-0}" -ge "$NEEDED_LIMIT" ] || echo "$name ($limit a minute)"
  done
}

STACK_LAUNCHER=""
STACK_REUSED=""
stop_stack() {
  if [ -n "$STACK_LAUNCHER" ]; then
    echo "Stopping the benchmark's stack (launcher PID $STACK_LAUNCHER)..."
    kill "$STACK_LAUNCHER" 2>/dev/null || true
    wait "$STACK_LAUNCHER" 2>/dev/null || true
    STACK_LAUNCHER=""
  fi
}

# Reuses the local stack running on the default ports when its gateway's limits allow the load
# (limit names as for limits_too_low); otherwise, when none runs, starts one with its data in
# target/bench/stack and every benchmark's limit raised (the caller stops it: stop_stack).
ensure_stack() { # limit names...
  if curl -fsS -o /dev/null "$GATEWAY_HEALTH" 2>/dev/null; then
    local low
    low="$(limits_too_low "$@")"
    if [ -n "$low" ]; then
      echo "A local stack runs on $GATEWAY, but its gateway's limits would cap the benchmark:" >&2
      echo "$low" | sed 's/^/  /' >&2
      echo "Stop it (./passerelle stop) and run this again (it then starts its own stack), or start it with" >&2
      echo "  PASSERELLE_GATEWAY_RATE_LIMIT_ROLES_PE_SYSTEM_REQUESTS=$RAISED_LIMIT PASSERELLE_PORTAL_RATE_LIMIT=$RAISED_LIMIT RATE_LIMIT_PERSON_REQUESTS_PER_MINUTE=$RAISED_LIMIT ./passerelle start" >&2
      exit 1
    fi
    STACK_REUSED=1
    echo "Reusing the local stack running on $GATEWAY."
    return
  fi
  ensure_packaged
  start_stack
}

# Starts the local stack for the benchmarks and waits until it runs (10 minutes at most). Its
# launcher's output is added to target/bench/stack/launcher.log, from line STACK_LOG_FROM.
start_stack() {
  mkdir -p "$STACK_DATA"
  touch "$STACK_LOG"
  STACK_LOG_FROM=$(($(wc -l <"$STACK_LOG") + 1))
  echo "Starting a local stack for the benchmarks (data and launcher log: $STACK_DATA)..."
  PASSERELLE_DATA_DIR="$STACK_DATA" \
    PASSERELLE_GATEWAY_RATE_LIMIT_ROLES_PE_SYSTEM_REQUESTS="$RAISED_LIMIT" \
    PASSERELLE_PORTAL_RATE_LIMIT="$RAISED_LIMIT" RATE_LIMIT_PERSON_REQUESTS_PER_MINUTE="$RAISED_LIMIT" \
    java -Dpasserelle.root="$ROOT" -cp "$LAUNCHER_CLASSPATH" fr.passerelle.local.Main start \
    >>"$STACK_LOG" 2>&1 &
  STACK_LAUNCHER=$!
  local deadline=$((SECONDS + 600))
  until tail -n +"$STACK_LOG_FROM" "$STACK_LOG" | grep -q "Passerelle is running"; do
    if ! kill -0 "$STACK_LAUNCHER" 2>/dev/null; then
      tail -n 30 "$STACK_LOG" >&2
      STACK_LAUNCHER=""
      echo "The stack did not start (log: $STACK_LOG)" >&2
      exit 1
    fi
    if [ $SECONDS -ge $deadline ]; then
      echo "The stack did not start in 10 minutes (log: $STACK_LOG)" >&2
      exit 1
    fi
    sleep 1
  done
}

# The launcher's command line for a stack started by start_stack: status, restart <component>.
launcher() {
  PASSERELLE_DATA_DIR="$STACK_DATA" java -Dpasserelle.root="$ROOT" -cp "$LAUNCHER_CLASSPATH" \
    fr.passerelle.local.Main "$@"
}

# The PID listening on a loopback port (empty when none is found).
listener() {
  ss -Hltnp "sport = :$1" 2>/dev/null | grep -o 'pid=[0-9]*' | head -1 | cut -d= -f2
}

# CPU time (user + system, clock ticks) used so far by these processes and their live children
# (PostgreSQL's backends are children of its postmaster).
cpu_ticks() {
  local total=0 pid
  for pid in "$@" $(for p in "$@"; do pgrep -P "$p" || true; done); do
    [ -r "/proc/$pid/stat" ] || continue
    total=$((total + $(awk '{print $14 + $15}' "/proc/$pid/stat")))
  done
  echo "$total"
}

# Milliseconds (or µs with a third argument "us") of CPU per operation.
cpu_per() { # ticks, operations, [us]
  awk -v t="$1" -v n="$2" -v hz="$(getconf CLK_TCK)" -v unit="${3:-ms}" \
    'BEGIN { printf (unit == "us" ? "%.1f" : "%.2f"), t * (unit == "us" ? 1000000 : 1000) / hz / (n > 0 ? n : 1) }'
}

# Resident memory of a process, in MB (VmRSS; empty when it is gone).
rss_mb() {
  awk '/^VmRSS:/ { printf "%.0f", $2 / 1024 }' "/proc/$1/status" 2>/dev/null
}

load_average() {
  cut -d' ' -f1 /proc/loadavg
}

# Seconds the JIT compilers of the suite's JVMs (every quarkus-run.jar) have spent so far. A JVM
# started another way (gateway/bench/run without --on-stack) is not counted: its warm-up then
# reads the JIT as idle and relies on the rate alone.
jit_seconds() {
  local pid
  for pid in $(pgrep -f 'quarkus-run.jar'); do
    jstat -compiler "$pid" 2>/dev/null | awk 'NR == 2 { print $4 }'
  done | awk '{ total += $1 } END { printf "%.2f", total }'
}

# Runs rounds of load until the rate stops rising and the JIT is done: two rounds in a row that do
# not beat the best so far by more than 3 %, the last one with the JIT compilers of the suite's JVMs
# busy less than 5 % of a core; or the cap. The JVMs take minutes of load on 2 cores before their
# JIT reaches a steady rate, and a round's rate alone is too noisy to tell (a round 3 % slower while
# C2 still compiles a third of the time stopped the referral's warm-up at half its steady rate).
# The round command is called with its length in seconds, sets ROUND_RATE and exits on failures.
# Sets WARMUP_SECONDS and WARMUP_SUMMARY.
adaptive_warm_up() { # round seconds, cap seconds, unit, round command...
  local round_seconds="$1" cap="$2" unit="$3"
  shift 3
  local best=0 flat=0 rounds=0 started=$SECONDS first="" jit_before jit_share steady=""
  echo "Warming up until the rate stops rising and the JIT is done (rounds of ${round_seconds} s, at most ${cap} s)..."
  while [ $((rounds * round_seconds)) -lt "$cap" ]; do
    rounds=$((rounds + 1))
    jit_before="$(jit_seconds)"
    "$@" "$round_seconds"
    jit_share="$(awk -v a="$jit_before" -v b="$(jit_seconds)" -v s="$round_seconds" 'BEGIN { printf "%.0f", 100 * (b - a) / s }')"
    echo "  round $rounds: $ROUND_RATE $unit (JIT busy $jit_share % of a core)"
    [ -n "$first" ] || first="$ROUND_RATE"
    if awk -v r="$ROUND_RATE" -v b="$best" 'BEGIN { exit !(r > b * 1.03) }'; then flat=0; else flat=$((flat + 1)); fi
    best="$(awk -v r="$ROUND_RATE" -v b="$best" 'BEGIN { print (r > b ? r : b) }')"
    if [ "$flat" -ge 2 ] && [ "$jit_share" -lt 5 ]; then
      steady=1
      break
    fi
  done
  WARMUP_SECONDS=$((SECONDS - started))
  WARMUP_SUMMARY="$(awk -v n="$rounds" -v s="$WARMUP_SECONDS" -v f="$first" -v b="$best" -v u="$unit" -v steady="$steady" \
    'BEGIN { printf "%d rounds in %d s, %.0f -> %.0f %s, %s", n, s, f, b, u,
             (steady ? "steady" : "cap reached while still rising or compiling") }')"
  echo "  warm-up: $WARMUP_SUMMARY"
}
