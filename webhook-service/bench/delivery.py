#!/usr/bin/env python3
"""Time from a referral's commit to its webhook's arrival, on the local stack, under a steady load.

A receiver on 127.0.0.1 (a free port; it answers 204 and checks every Standard Webhooks
signature) is subscribed, as the Pôle emploi system, to `referral-submitted`; referrals are then
submitted through the gateway as that system at a fixed rate (the young person obviously
fictitious). Each latency is the webhook's arrival minus the moment the submission's 201 came
back (its commit): the referral service's outbox relay, Kafka, the webhook service's consumer,
dispatcher and sender. Also prints the relay's share, from the referral database's outbox table
(published to Kafka minus written), for the same events. The subscription is deleted at the end.

Usage: delivery.py RATE SECONDS   (PASSERELLE_*_PORT are honoured; needs psql)
"""
import base64
import hashlib
import hmac
import json
import os
import subprocess
import sys
import threading
import time
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "../../bench"))
from benchlib import (GATEWAY, Bearer, call, latency_results, port,  # noqa: E402
                      submit_at_rate, summary, system_token, user_token)

RATE, SECONDS = float(sys.argv[1]), float(sys.argv[2])
EVENT_TYPE = "fr.passerelle.referral.referral-submitted.v1"

arrivals = {}
forged = []
signing_key = []
arrived = threading.Condition()


class Receiver(BaseHTTPRequestHandler):
    def do_POST(self):
        body = self.rfile.read(int(self.headers["Content-Length"]))
        now = time.monotonic()
        self.send_response(204)
        self.end_headers()
        signed = f"{self.headers['webhook-id']}.{self.headers['webhook-timestamp']}.".encode() + body
        expected = base64.b64encode(hmac.new(signing_key[0], signed, hashlib.sha256).digest()).decode()
        if not any(hmac.compare_digest(s.removeprefix("v1,"), expected)
                   for s in self.headers["webhook-signature"].split()):
            forged.append(self.headers["webhook-id"])
        with arrived:
            arrivals.setdefault(json.loads(body)["subject"], now)
            arrived.notify_all()

    def log_message(self, *args):
        pass


def wait_for(ids, seconds):
    deadline = time.monotonic() + seconds
    with arrived:
        while not all(i in arrivals for i in ids) and time.monotonic() < deadline:
            arrived.wait(max(0.0, deadline - time.monotonic()))


def outbox_latencies(ids):
    """Published minus written, in ms, of these referrals' referral-submitted events."""
    query = ("SELECT extract(epoch FROM published_at - occurred_at) * 1000 FROM outbox_event"
             f" WHERE type = '{EVENT_TYPE}' AND published_at IS NOT NULL"
             f" AND aggregate_id = ANY ('{{{','.join(ids)}}}')")
    output = subprocess.run(
        ["psql", "-X", "-q", "-t", "-A", "-h", "127.0.0.1", "-p", port("POSTGRES", 15432),
         "-U", "referral", "-d", "referral", "-c", query],
        env=dict(os.environ, PGPASSWORD="referral"), capture_output=True, text=True, check=True)
    return [float(line) for line in output.stdout.split()]


server = ThreadingHTTPServer(("127.0.0.1", 0), Receiver)
threading.Thread(target=server.serve_forever, daemon=True).start()
system = Bearer(system_token)
_, created, _ = call("POST", GATEWAY + "/api/v1/webhooks/subscriptions", system, {
    "url": f"http://127.0.0.1:{server.server_address[1]}/webhooks", "eventTypes": [EVENT_TYPE],
    "description": "Benchmark receiver (webhook-service/bench/delivery.py)"})
signing_key.append(base64.b64decode(created["secret"].removeprefix("whsec_")))
subscription = created["subscription"]["id"]
try:
    _, sites, _ = call("GET", GATEWAY + "/api/v1/sites?status=ACTIVE&limit=1",
                       user_token("directory-admin"))
    site = sites["items"][0]["id"]
    run = f"BENCH-W{int(time.time())}"
    # One webhook first: the subscription is known to the service's consumer before measuring.
    first = []
    submit_at_rate(site, 1, 1, run + "-FIRST", lambda referral, at: first.append(referral))
    wait_for(first, 60)
    if not first or first[0] not in arrivals:
        sys.exit("The first referral's webhook did not arrive within 60 s")
    commits = {}
    failures = submit_at_rate(site, RATE, SECONDS, run, commits.__setitem__)
    wait_for(list(commits), 60)
finally:
    call("DELETE", f"{GATEWAY}/api/v1/webhooks/subscriptions/{subscription}", system)
    server.shutdown()

latencies = [max(0.0, arrivals[i] - at) * 1000 for i, at in commits.items() if i in arrivals]
missing = len(commits) - len(latencies)
relay = sorted(outbox_latencies(list(commits)))
print(f"  {len(commits)} referrals submitted at {RATE:g}/s for {SECONDS:g} s"
      + (f" ({len(failures)} refused: {sorted(set(failures))})" if failures else "")
      + f"; {len(latencies)} webhooks arrived, {len(forged)} with a bad signature")
if latencies:
    print(f"  commit -> webhook received: {summary(latencies)} (target p99 < 1 s)")
    latency_results("commit_delivery", latencies)
if relay:
    print(f"  of which written -> on Kafka (the referral service's outbox relay, from its table):"
          f" {summary(relay)}")
    latency_results("outbox_kafka", relay)
if missing or forged:
    print(f"  {missing} webhooks never arrived within 60 s; {len(forged)} with a bad signature")
    sys.exit(1)
