#!/usr/bin/env bash
# Prints the rebuild rate over a million events (target >= 20,000 events/s): the module's test
# application against its real servers (embedded PostgreSQL, in-JVM Kafka, OIDC test issuer), with
# the JVM's full JIT rather than the tests' quick-start options. The topics are filled with
# fictitious history (RebuildBenchmark), applied live, then rebuilt by an admin.
# Usage: reporting-service/bench/rebuild.sh [events]   (1000000 by default)
set -euo pipefail
cd "$(dirname "$0")/../.."
EVENTS="${1:-1000000}"
mvn -B -pl reporting-service test -Dtest=RebuildBenchmark -Dbench.events="$EVENTS" \
  -Dsurefire.failIfNoSpecifiedTests=false -Dspotless.check.skip=true \
  -Dtest.argLine="-Xmx1500m -Dquarkus.test.hang-detection-timeout=PT60M -Djava.util.logging.manager=org.jboss.logmanager.LogManager" \
  | sed -n '/Rebuild benchmark/,/rebuild:/p'
