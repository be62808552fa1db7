#!/usr/bin/env python3
"""Time from a referral's commit to its indicator changing, under a steady load of submissions.

Submits referrals through the gateway as the Pôle emploi system at a fixed rate (each its own
externalRef and Idempotency-Key; the young person obviously fictitious), and meanwhile reads the
site's funnel (this month, as the admin, no small-numbers rule) every 10 ms. The k-th submission
answered 201 (its commit) is in the indicator once the funnel's `submitted` has risen by k: the
latency is the first read showing that, minus the moment the 201 came back. Prints p50, p90, p99
and the largest.

The funnel is read from the reporting service itself (its own port, the same token checks): 100
reads a second through the gateway would meet the per-person rate limit, not the indicator.

Usage: latency.py GATEWAY REPORTING TOKEN_URL SITE_ID RATE SECONDS
"""
import json
import sys
import threading
import time
import urllib.parse
import urllib.request
from datetime import date, datetime
from zoneinfo import ZoneInfo

GATEWAY, REPORTING, TOKEN_URL, SITE = sys.argv[1:5]
RATE, SECONDS = float(sys.argv[5]), float(sys.argv[6])
MONTH = datetime.now(ZoneInfo("Europe/Paris")).strftime("%Y-%m")
RUN = str(int(time.time()))


def token(form):
    body = urllib.parse.urlencode(form).encode()
    with urllib.request.urlopen(urllib.request.Request(TOKEN_URL, data=body)) as answer:
        return json.load(answer)["access_token"]


def system_token():
    return token({"grant_type": "client_credentials", "client_id": "pe-information-system",
                  "client_secret": "demo-pe-information-system-secret"})


def admin_token():
    return token({"grant_type": "password", "client_id": "passerelle-portal", "username": "admin",
                  "password": "demo"})


def submission(ref):
    return json.dumps({
        "externalRef": ref, "agencySafir": "90001", "siteId": SITE,
        "youngPerson": {"firstName": "Bench", "lastName": "Fictitious", "birthDate": "2006-05-15",
                        "communeCode": "59350",
                        "contact": {"phone": "+33639981234", "preferredChannel": "SMS"},
                        "highestQualification": "NONE", "activity": "NONE"},
        "diagnostic": {"barriers": ["MOBILITY"],
                       "summary": "Fictitious benchmark diagnostic, no real person.",
                       "projectIdea": "Benchmark", "romeCodes": ["N1103"]},
        "consent": {"givenOn": date.today().isoformat(), "method": "IN_INTERVIEW"}}).encode()


def submitted(admin):
    url = f"{REPORTING}/api/v1/indicators/funnel?territory=site:{SITE}&month={MONTH}"
    request = urllib.request.Request(url, headers={"Authorization": f"Bearer {admin}"})
    with urllib.request.urlopen(request) as answer:
        table = json.load(answer)
    return next(v["value"] for v in table["rows"][0]["values"] if v["name"] == "submitted")


commits = []
reads = []
failures = []
stop = threading.Event()


def submit():
    bearer = system_token()
    renewed = time.monotonic()
    count = int(RATE * SECONDS)
    start = time.monotonic()
    for n in range(count):
        due = start + n / RATE
        pause = due - time.monotonic()
        if pause > 0:
            time.sleep(pause)
        if time.monotonic() - renewed > 200:
            bearer, renewed = system_token(), time.monotonic()
        ref = f"BENCH-L{RUN}-N{n}"
        request = urllib.request.Request(
            f"{GATEWAY}/api/v1/referrals", data=submission(ref), method="POST",
            headers={"Authorization": f"Bearer {bearer}", "Content-Type": "application/json",
                     "Idempotency-Key": f"key-{ref}"})
        try:
            with urllib.request.urlopen(request) as answer:
                answer.read()
                commits.append(time.monotonic())
        except urllib.error.HTTPError as error:
            failures.append(error.code)


def poll(admin):
    renewed = time.monotonic()
    while not stop.is_set():
        if time.monotonic() - renewed > 200:
            admin, renewed = admin_token(), time.monotonic()
        value = submitted(admin)
        reads.append((time.monotonic(), value))
        time.sleep(0.01)


def up_to_date(admin):
    request = urllib.request.Request(f"{REPORTING}/api/v1/indicators/freshness",
                                     headers={"Authorization": f"Bearer {admin}"})
    with urllib.request.urlopen(request) as answer:
        return json.load(answer)["upToDate"]


admin = admin_token()
# A stack just started is still applying its demo history (this month's included): measure from a
# funnel that no longer moves by itself.
deadline = time.monotonic() + 300
while time.monotonic() < deadline:
    before = submitted(admin)
    time.sleep(3)
    if up_to_date(admin) and submitted(admin) == before:
        break
base = submitted(admin)
poller = threading.Thread(target=poll, args=(admin,), daemon=True)
poller.start()
submit()
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
latencies.sort()


def percentile(p):
    return latencies[min(len(latencies) - 1, int(round(p / 100 * (len(latencies) - 1))))]


print(f"  {len(commits)} referrals submitted at {RATE:g}/s for {SECONDS:g} s"
      + (f" ({len(failures)} refused: {sorted(set(failures))})" if failures else "")
      + f"; the funnel read every 10 ms ({len(reads)} reads)")
if latencies:
    print(f"  commit -> indicator: p50 {percentile(50):.0f} ms, p90 {percentile(90):.0f} ms,"
          f" p99 {percentile(99):.0f} ms, max {latencies[-1]:.0f} ms (target p99 < 500 ms)")
if missing:
    print(f"  {missing} submissions never showed in the funnel within 60 s")
    sys.exit(1)
