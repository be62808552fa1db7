#!/usr/bin/env python3
"""Time from a referral's commit to its indicator changing, under a steady load of submissions.

Submits referrals through the gateway as the Pôle emploi system at a fixed rate (each its own
externalRef and Idempotency-Key; the young person obviously fictitious), and meanwhile reads the
site's funnel (this month, as the admin, no small-numbers rule) every 10 ms. The k-th submission
answered 201 (its commit) is in the indicator once the funnel's `submitted` has risen by k: the
latency is the first read showing that, minus the moment the 201 came back. Prints p50, p90, p99
and the largest, and RESULT lines for bench/run.

The funnel is read from the reporting service itself (its own port, the same token checks): 100
reads a second through the gateway would meet the per-person rate limit, not the indicator.

Usage: latency.py SITE_ID RATE SECONDS   (PASSERELLE_*_PORT are honoured)
"""
import json
import os
import sys
import threading
import time
import urllib.request
from datetime import datetime
from zoneinfo import ZoneInfo

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "../../bench"))
from benchlib import (REPORTING, Bearer, latency_results, submit_at_rate, summary,  # noqa: E402
                      user_token)

SITE = sys.argv[1]
RATE, SECONDS = float(sys.argv[2]), float(sys.argv[3])
MONTH = datetime.now(ZoneInfo("Europe/Paris")).strftime("%Y-%m")
ADMIN = Bearer(lambda: user_token("admin"))


def read(path):
    request = urllib.request.Request(REPORTING + path, headers={"Authorization": f"Bearer {ADMIN}"})
    with urllib.request.urlopen(request) as answer:
        return json.load(answer)


def submitted():
    table = read(f"/api/v1/indicators/funnel?territory=site:{SITE}&month={MONTH}")
    return next(v["value"] for v in table["rows"][0]["values"] if v["name"] == "submitted")


commits = []
reads = []
stop = threading.Event()


def poll():
    while not stop.is_set():
        reads.append((time.monotonic(), submitted()))
        time.sleep(0.01)


# A stack just started is still applying its demo history (this month's included): measure from a
# funnel that no longer moves by itself.
deadline = time.monotonic() + 300
while time.monotonic() < deadline:
    before = submitted()
    time.sleep(3)
    if read("/api/v1/indicators/freshness")["upToDate"] and submitted() == before:
        break
base = submitted()
poller = threading.Thread(target=poll, daemon=True)
poller.start()
failures = submit_at_rate(SITE, RATE, SECONDS, f"BENCH-L{int(time.time())}",
                          lambda _referral, at: commits.append(at))
deadline = time.monotonic() + 60
while time.monotonic() < deadline and (not reads or reads[-1][1] < base + len(commits)):
    time.sleep(0.05)
stop.set()
poller.join()

commits.sort()
latencies = []
index = 0
for k, commit in enumerate(commits, start=1):
    while index < len(reads) and reads[index][1] < base + k:
        index += 1
    if index == len(reads):
        break
    latencies.append(max(0.0, reads[index][0] - commit) * 1000)
missing = len(commits) - len(latencies)

print(f"  {len(commits)} referrals submitted at {RATE:g}/s for {SECONDS:g} s"
      + (f" ({len(failures)} refused: {sorted(set(failures))})" if failures else "")
      + f"; the funnel read every 10 ms ({len(reads)} reads)")
if latencies:
    print(f"  commit -> indicator: {summary(latencies)} (target p99 < 500 ms)")
    latency_results("indicator", latencies)
if missing:
    print(f"  {missing} submissions never showed in the funnel within 60 s")
    sys.exit(1)
