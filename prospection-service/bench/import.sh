#!/usr/bin/env bash
# Prints the wall time of a 100,000-row SIRENE-style employer import (POST /employer-imports to
# COMPLETED), a second run of the same file (every row an update), and how long the outbox relay
# then takes to put the 100,000 employer-registered events on Kafka. Runs in the module's test
# application against its real servers (embedded PostgreSQL, in-JVM Kafka, OIDC test issuer), with
# the JVM's full JIT rather than the tests' quick-start options.
# Builds the platform modules it needs in the same reactor (-am), so that it runs on a fresh clone.
set -euo pipefail
cd "$(dirname "$0")/../.."
mvn -B -pl prospection-service -am test -Dtest=EmployerImportBenchmark \
  -Dsurefire.failIfNoSpecifiedTests=false -Dspotless.check.skip=true \
  -Dtest.argLine="-Xmx1g -Djava.util.logging.manager=org.jboss.logmanager.LogManager" \
  | sed -n '/Employer import benchmark/,/second import/p'
