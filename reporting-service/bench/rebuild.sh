#!/usr/bin/env bash
# Prints the rebuild rate over a million events (target >= 20,000 events/s): the module's test
# application against its real servers (embedded PostgreSQL, in-JVM Kafka, OIDC test issuer), with
# the JVM's full JIT rather than the tests' quick-start options. The topics are filled with
# fictitious history (RebuildBenchmark), applied live, then rebuilt by an admin. Builds the
# platform modules it needs (-am), so that it runs on a fresh clone; the whole Maven output is in
# reporting-service/target/bench-rebuild.log.
# Usage: reporting-service/bench/rebuild.sh [events]   (1000000 by default)
set -euo pipefail
source "$(dirname "$0")/../../bench/lib.sh"
EVENTS="${1:-1000000}"
LOG=reporting-service/target/bench-rebuild.log
mkdir -p reporting-service/target
if ! mvn -B -pl reporting-service -am test -Dtest=RebuildBenchmark -Dbench.events="$EVENTS" \
  -Dsurefire.failIfNoSpecifiedTests=false -Dspotless.check.skip=true \
  -Dtest.argLine="-Xmx1500m -Dquarkus.test.hang-detection-timeout=PT60M -Djava.util.logging.manager=org.jboss.logmanager.LogManager" \
  >"$LOG" 2>&1; then
  tail -n 40 "$LOG" >&2
  echo "The rebuild benchmark failed (log: $LOG)" >&2
  exit 1
fi
sed -n '/Rebuild benchmark/,/rebuild:/p' "$LOG"
sed -nE 's/^  rebuild: ([0-9,]+) events in .*: ([0-9,]+) events\/s \(.*/RESULT rebuild_events=\1\nRESULT rebuild_events_per_s=\2/p' "$LOG" | tr -d ,
